import { describe, expect, it } from 'vitest';
import { checkUploadText, decodeUpload, MAX_UPLOAD_BYTES, stripScripts } from './check-upload';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string; message: string }).code + ': ' + (error as Error).message;
  }
  return 'ok';
};

describe('decodeUpload', () => {
  it('decodes UTF-8 and refuses empty, binary, oversized and non-UTF-8 files with clear reasons', () => {
    expect(decodeUpload('a.txt', new TextEncoder().encode('習近平'))).toBe('習近平');
    expect(code(() => decodeUpload('e.txt', new Uint8Array()))).toMatch(/^empty: e.txt: the file is empty/);
    expect(code(() => decodeUpload('b.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])))).toMatch(/^binary: b.png: this is a binary file/);
    expect(code(() => decodeUpload('big.txt', new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(65)))).toMatch(/^too-large: .*limit is 2097152 bytes/);
    // 习近平 in GB18030
    const gb = new Uint8Array([0xcf, 0xb0, 0xbd, 0xfc, 0xc6, 0xbd]);
    expect(code(() => decodeUpload('gb.txt', gb))).toMatch(/^encoding: gb.txt: the file is not UTF-8 text \(it may be GB18030\)/);
  });
});

describe('checkUploadText', () => {
  it('refuses empty, binary and mis-decoded text', () => {
    expect(code(() => checkUploadText('a', '  \n '))).toMatch(/^empty/);
    expect(code(() => checkUploadText('a', 'abc\u0000def'))).toMatch(/^binary/);
    expect(code(() => checkUploadText('a', '\uFFFD\uFFFD\uFFFD\uFFFD text'))).toMatch(/^encoding/);
    expect(code(() => checkUploadText('a', '正常的文字'))).toBe('ok');
  });
});

describe('stripScripts', () => {
  it('removes every script element and counts them', () => {
    const { source, removed } = stripScripts('<p>a</p><script>alert(1)</script><SCRIPT src="x.js"></SCRIPT><p>b</p><script src=y />');
    expect(source).toBe('<p>a</p><p>b</p>');
    expect(removed).toBe(3);
  });
});

describe('stripScripts and JSON-LD', () => {
  it('keeps a JSON-LD data block (the page metadata read first) and removes every script a browser would run', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>';
    const source = `${ld}<script>alert(1)</script><script type="application/ld+json" type="text/javascript">alert(2)</script><script type=text/javascript>alert(3)</script>`;
    expect(stripScripts(source)).toEqual({ source: ld, removed: 3 });
  });
});
