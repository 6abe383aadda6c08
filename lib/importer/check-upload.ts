// Checks a file before parsing: size, emptiness, binary content, and text encoding (UTF-8
// only: a legacy-encoded file is refused with a clear message rather than guessed at). Also
// strips <script> elements from HTML sources, so scripts are never stored, let alone run.
import { errorMessage } from '../i18n/error-message';
import { ImportError } from './import-error';

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
export const ACCEPTED_EXTENSIONS = ['.html', '.htm', '.md', '.markdown', '.txt'] as const;

export function decodeUpload(filename: string, bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new ImportError(filename, 'too-large', errorMessage('import.tooLarge', { size: bytes.byteLength, limit: MAX_UPLOAD_BYTES }));
  }
  if (bytes.byteLength === 0) throw new ImportError(filename, 'empty', errorMessage('import.empty'));
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new ImportError(filename, 'binary', errorMessage('import.binary'));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const guess = ['gb18030', 'big5'].find((encoding) => {
      try {
        new TextDecoder(encoding, { fatal: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
    });
    throw new ImportError(
      filename,
      'encoding',
      guess ? errorMessage('import.notUtf8Guess', { encoding: guess.toUpperCase() }) : errorMessage('import.notUtf8'),
    );
  }
}

export function checkUploadText(filename: string, source: string): void {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_UPLOAD_BYTES) {
    throw new ImportError(filename, 'too-large', errorMessage('import.tooLarge', { size: bytes, limit: MAX_UPLOAD_BYTES }));
  }
  if (source.trim() === '') throw new ImportError(filename, 'empty', errorMessage('import.empty'));
  if (source.includes('\u0000')) throw new ImportError(filename, 'binary', errorMessage('import.binary'));
  const replacements = (source.match(/\uFFFD/g) ?? []).length;
  if (replacements > 3) throw new ImportError(filename, 'encoding', errorMessage('import.undecodable'));
}

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>|<script\b[^>]*\/?>/gi;

/**
 * A JSON-LD block (<script type="application/ld+json">) is data no browser runs, and it is the
 * page's own metadata the importer reads first: it stays. Only a tag with exactly one type
 * attribute counts (with two, a browser obeys the first, which may be JavaScript).
 */
function isJsonLd(script: string): boolean {
  const open = /^<script\b[^>]*>/i.exec(script)?.[0] ?? '';
  const types = open.match(/\stype\s*=/gi) ?? [];
  return types.length === 1 && /\stype\s*=\s*(["']?)application\/ld\+json\1[\s>/]/i.test(open) && /<\/script\s*>$/i.test(script);
}

/** The source without <script> elements (JSON-LD data blocks kept), and how many were removed. */
export function stripScripts(source: string): { source: string; removed: number } {
  let removed = 0;
  const cleaned = source.replace(SCRIPT, (script) => {
    if (isJsonLd(script)) return script;
    removed += 1;
    return '';
  });
  return { source: cleaned, removed };
}
