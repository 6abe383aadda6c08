// Decides whether the production build in .next is current, so a second `npm start`
// skips `next build` and starts in seconds. The fingerprint is a hash of every input
// the build reads (sources, config, lockfile).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const INPUT_DIRS = ['app', 'components', 'lib', 'public', 'messages'];
const INPUT_FILES = ['next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json', 'package.json'];
const SKIP = new Set(['node_modules', '.next', '.data']);

function listFiles(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else if (!/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
}

export function computeBuildFingerprint(root: string): string {
  const files: string[] = [];
  for (const dir of INPUT_DIRS) listFiles(path.join(root, dir), files);
  for (const file of INPUT_FILES) if (existsSync(path.join(root, file))) files.push(path.join(root, file));
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    if (!statSync(file).isFile()) continue;
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const STAMP = path.join('.next', 'claimgrid-build.json');

export function isBuildCurrent(root: string, fingerprint: string): boolean {
  const stamp = path.join(root, STAMP);
  if (!existsSync(path.join(root, '.next', 'BUILD_ID')) || !existsSync(stamp)) return false;
  try {
    return JSON.parse(readFileSync(stamp, 'utf8')).fingerprint === fingerprint;
  } catch {
    return false;
  }
}

export function buildStampPath(root: string): string {
  return path.join(root, STAMP);
}
