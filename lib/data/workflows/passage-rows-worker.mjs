// Starts a worker thread of computePassageRows (lib/data/workflows/compute-passage-rows.ts): the worker
// itself is TypeScript, loaded through tsx's API (a worker does not inherit tsx's loader).
import { tsImport } from 'tsx/esm/api';

await tsImport('./passage-rows-worker.ts', import.meta.url);
