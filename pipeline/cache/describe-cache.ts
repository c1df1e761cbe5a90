import { listCacheItems } from './list-cache';

/** What a cache folder holds, for `notices cache info`. */
export interface CacheContents {
  folder: string;
  entries: { count: number; bytes: number };
  runs: { count: number; bytes: number };
  /** Writes in progress or abandoned. */
  partials: { count: number; bytes: number };
  /** Milliseconds since the epoch of the least and the most recent use of an entry or run; `null` when there is none. */
  oldestUse: number | null;
  newestUse: number | null;
  /** Folders that could not be read. */
  problems: string[];
}

/** Counts the cache's entries and stored runs in `folder` and their bytes, in one walk (`listCacheItems`). */
export async function describeCache(folder: string): Promise<CacheContents> {
  const contents: CacheContents = { folder, entries: { count: 0, bytes: 0 }, runs: { count: 0, bytes: 0 }, partials: { count: 0, bytes: 0 }, oldestUse: null, newestUse: null, problems: [] };
  for await (const item of listCacheItems(folder, (message) => contents.problems.push(message))) {
    const tally = item.kind === 'entry' ? contents.entries : item.kind === 'run' ? contents.runs : contents.partials;
    tally.count++;
    tally.bytes += item.bytes;
    if (item.kind === 'partial') continue;
    contents.oldestUse = Math.min(contents.oldestUse ?? Infinity, item.lastUsed);
    contents.newestUse = Math.max(contents.newestUse ?? -Infinity, item.lastUsed);
  }
  return contents;
}
