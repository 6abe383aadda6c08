import { describe, expect, it } from 'vitest';
import { addParagraph, classifyParagraph, emptyExtraction } from './extraction';

describe('classifyParagraph', () => {
  it('separates attribution, bylines, date lines, chrome and body', () => {
    expect(classifyParagraph('来源：中文大纪元 ')).toEqual({ kind: 'attribution', publisher: '中文大纪元' });
    expect(classifyParagraph('来源:看中國')).toEqual({ kind: 'attribution', publisher: '看中國' });
    expect(classifyParagraph('作者： 杨威')).toMatchObject({ kind: 'byline', authors: ['杨威'] });
    expect(classifyParagraph('Wed, 03 Jul 2024 14:22:35 GMT')).toMatchObject({ kind: 'date' });
    expect(classifyParagraph('图像来源，Reuters')).toEqual({ kind: 'boilerplate', rule: 'image-credit' });
    expect(classifyParagraph('上合组织前景难料')).toEqual({ kind: 'body' });
  });

  it('does not treat a sentence about a source as an attribution', () => {
    expect(classifyParagraph('来源：据路透社报道，普京和习近平将2001年成立的上合组织扩展，将印度、伊朗和巴基斯坦纳入，作为对西方的一个抗衡。')).toEqual({
      kind: 'body',
    });
    expect(classifyParagraph('图像来源不明的照片在网上流传')).toEqual({ kind: 'body' });
  });
});

describe('addParagraph', () => {
  it('routes paragraphs into the extraction and records what it drops', () => {
    const ex = emptyExtraction('html');
    for (const p of ['作者： 杨威', '正文第一段。', '来源：中文大纪元', '图像来源，EPA', '']) addParagraph(ex, p);
    expect(ex.paragraphs).toEqual(['正文第一段。']);
    expect(ex.bylines).toEqual([['杨威']]);
    expect(ex.attributions).toEqual(['中文大纪元']);
    expect(ex.dropped.map((d) => d.rule)).toEqual(['byline', 'attribution', 'image-credit']);
  });
});
