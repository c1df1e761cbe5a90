/**
 * The names the cache gives its files, and the only names pruning ever removes: anything else
 * in the folder (a note, a file someone put there, a folder of another tool) is left alone.
 *
 *   <folder>/<2 hex>/<64 hex>.v8                        one file's outcome (`notice-cache.ts`)
 *   <folder>/<2 hex>/<64 hex>.v8.<pid>-<thread>.partial  an outcome being written
 *   <folder>/runs/<64 hex>/                             a finished run (`run-cache.ts`)
 *   <folder>/runs/<64 hex>.<pid>-<thread>.partial/      a run being stored
 */
export const SHARD_NAME = /^[0-9a-f]{2}$/;
export const ENTRY_NAME = /^[0-9a-f]{64}\.v8$/;
export const ENTRY_PARTIAL_NAME = /^[0-9a-f]{64}\.v8\.\d+-\d+\.partial$/;
export const RUNS_FOLDER = 'runs';
export const RUN_NAME = /^[0-9a-f]{64}$/;
export const RUN_PARTIAL_NAME = /^[0-9a-f]{64}\.\d+-\d+\.partial$/;
