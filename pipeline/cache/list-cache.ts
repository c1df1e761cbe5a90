import { lstatSync, type Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ENTRY_NAME, ENTRY_PARTIAL_NAME, RUN_NAME, RUN_PARTIAL_NAME, RUNS_FOLDER, SHARD_NAME } from './cache-layout';

/** One thing the cache made: a file's entry, a stored run (a folder), or either being written (`partial`). */
export interface CacheItem {
  kind: 'entry' | 'run' | 'partial';
  path: string;
  bytes: number;
  /** Milliseconds since the epoch: the file's mtime, which a run sets when it reads the entry or restores the run. */
  lastUsed: number;
}

/**
 * Every item the cache made in `folder`, a shard at a time: one `readdir` per folder and one
 * `lstat` per item, never an entry's content, so that a cache of 10^6 entries is listed in
 * seconds. Only names of the cache's own layout are listed (`cache-layout.ts`), and links are
 * not followed. A folder that cannot be read is told to `onProblem` and skipped; a missing
 * cache folder lists nothing.
 */
export async function* listCacheItems(folder: string, onProblem: (message: string) => void): AsyncGenerator<CacheItem> {
  const top = await readFolder(folder, onProblem);
  for (const child of top) {
    if (!child.isDirectory()) continue;
    const childPath = path.join(folder, child.name);
    if (SHARD_NAME.test(child.name)) yield* listShard(childPath, child.name, onProblem);
    else if (child.name === RUNS_FOLDER) yield* listRuns(childPath, onProblem);
  }
}

async function* listShard(shard: string, prefix: string, onProblem: (message: string) => void): AsyncGenerator<CacheItem> {
  const names = (await readFolder(shard, onProblem))
    .filter((child) => child.isFile())
    .map((child) => child.name)
    .filter((name) => name.startsWith(prefix) && (ENTRY_NAME.test(name) || ENTRY_PARTIAL_NAME.test(name)));
  // In one go, synchronously: three times faster than a promise per file (measured: 1.0 s against
  // 3.2 s for 10^5 entries), and a shard (1/256 of the cache) blocks for milliseconds only.
  const items: CacheItem[] = [];
  for (const name of names) {
    const file = path.join(shard, name);
    let stats;
    try {
      // Removed meanwhile (by another run's pruning): nothing to list.
      stats = lstatSync(file, { throwIfNoEntry: false });
    } catch (error) {
      onProblem(`cannot read ${file}: ${(error as Error).message}`);
    }
    if (stats) items.push({ kind: ENTRY_NAME.test(name) ? 'entry' : 'partial', path: file, bytes: stats.size, lastUsed: stats.mtimeMs });
  }
  yield* items;
}

async function* listRuns(runs: string, onProblem: (message: string) => void): AsyncGenerator<CacheItem> {
  for (const child of await readFolder(runs, onProblem)) {
    if (!child.isDirectory()) continue;
    const kind = RUN_NAME.test(child.name) ? 'run' : RUN_PARTIAL_NAME.test(child.name) ? 'partial' : null;
    if (kind === null) continue;
    const folder = path.join(runs, child.name);
    const stats = await lstat(folder).catch(() => null);
    if (stats) yield { kind, path: folder, bytes: await filesSize(folder), lastUsed: stats.mtimeMs };
  }
}

// A stored run holds only files (the outputs and run-facts.json).
async function filesSize(folder: string): Promise<number> {
  const children = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const sizes = await Promise.all(children.filter((child) => child.isFile()).map((child) => lstat(path.join(folder, child.name)).then((stats) => stats.size, () => 0)));
  return sizes.reduce((total, size) => total + size, 0);
}

// A folder that is missing (no cache yet, or removed by another run meanwhile) holds nothing.
async function readFolder(folder: string, onProblem: (message: string) => void): Promise<Dirent[]> {
  try {
    const children = await readdir(folder, { withFileTypes: true });
    // In name order, so that listing (and pruning equal times) does not depend on the file system.
    return children.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onProblem(`cannot read ${folder}: ${(error as Error).message}`);
    return [];
  }
}
