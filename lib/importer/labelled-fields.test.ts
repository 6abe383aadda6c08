import { describe, expect, it } from 'vitest';
import { parseLabelledLine } from './labelled-fields';

describe('parseLabelledLine', () => {
  it('reads header lines with author and time', () => {
    const line = parseLabelledLine('作者:鄭凱義 發表:2024-07-04 17:33');
    expect(line?.authors).toEqual(['鄭凱義']);
    expect(line?.dates).toMatchObject([{ kind: 'local', wall: { hour: 17, minute: 33 } }]);
  });

  it('reads bylines and staff credits, keeping only authors', () => {
    expect(parseLabelledLine('作者： 杨威')?.authors).toEqual(['杨威']);
    expect(parseLabelledLine('记者：经纬    责编：李亚千    网编：洪伟')?.authors).toEqual(['经纬']);
    expect(parseLabelledLine('记者：张三、李四 编辑：王五')?.authors).toEqual(['张三', '李四']);
  });

  it('leaves sentences alone', () => {
    expect(parseLabelledLine('记者：你怎么看这次峰会？')).toBeNull();
    expect(parseLabelledLine('他说，作者：不详。')).toBeNull();
    expect(parseLabelledLine('美国情报评估:中共装备销售激增')).toBeNull();
    expect(parseLabelledLine('發表:明天见')).toBeNull();
  });
});
