import { rm, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { CacheLimits } from './cache-limits';
import { listCacheItems, type CacheItem } from './list-cache';

/** Limits, and what to keep whatever they say. */
export interface PruneOptions extends CacheLimits {
  /**
   * Milliseconds since the epoch: items used since then are kept even above the limits. A run
   * passes its start, so that it never removes its own entries (the cache must hold at least the
   * corpus at hand to be of use). Default: nothing is kept for that reason.
   */
  keepUsedSince?: number;
  /** The present, in milliseconds since the epoch (tests fix it). */
  now?: number;
}

/** What pruning removed and what it left. */
export interface PruneSummary {
  folder: string;
  removed: { entries: number; runs: number; partials: number; bytes: number };
  kept: { entries: number; runs: number; bytes: number };
  /** What could not be read or removed (the first few): nothing is thrown, a run goes on. */
  problems: string[];
}

// A file's entry or a run is written in seconds: a partial one older than this was left by a run that stopped.
const ABANDONED_AFTER_MILLISECONDS = 60 * 60 * 1000;
// File systems that keep mtimes to the second (or two, FAT) may round a use during the run to just before its start.
const MTIME_ROUNDING_MILLISECONDS = 5000;
const DAY_MILLISECONDS = 24 * 60 * 60 * 1000;
const PROBLEMS_KEPT = 5;

/**
 * Prunes the cache in `folder`: removes entries and stored runs not used for more than
 * `maxAgeDays`, then the least recently used until the rest fits in `maxBytes`, and partial
 * writes abandoned for an hour. "Used" is the item's mtime, which a run sets when it reads an
 * entry or restores a run. One walk of the folder (`listCacheItems`), no entry read; only the
 * cache's own names are removed. Never throws: a missing folder prunes nothing, and what cannot
 * be read or removed is listed in `problems`.
 */
export async function pruneCache(folder: string, options: PruneOptions): Promise<PruneSummary> {
  const now = options.now ?? Date.now();
  const keepFrom = (options.keepUsedSince ?? Infinity) - MTIME_ROUNDING_MILLISECONDS;
  const oldestKept = now - options.maxAgeDays * DAY_MILLISECONDS;
  const summary: PruneSummary = { folder, removed: { entries: 0, runs: 0, partials: 0, bytes: 0 }, kept: { entries: 0, runs: 0, bytes: 0 }, problems: [] };
  let problemCount = 0;
  const onProblem = (message: string) => {
    problemCount++;
    if (summary.problems.length < PROBLEMS_KEPT) summary.problems.push(message);
  };

  const limit = pLimit(16);
  const removals: Promise<void>[] = [];
  const shardsTouched = new Set<string>();
  const remove = (item: CacheItem) => {
    removals.push(
      limit(async () => {
        try {
          if (item.kind === 'entry') await unlink(item.path);
          else await rm(item.path, { recursive: true, force: true });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return onProblem(`cannot remove ${item.path}: ${(error as Error).message}`);
        }
        summary.removed[item.kind === 'entry' ? 'entries' : item.kind === 'run' ? 'runs' : 'partials']++;
        summary.removed.bytes += item.bytes;
        if (item.kind !== 'run') shardsTouched.add(path.dirname(item.path));
      }),
    );
  };
  const keep = (item: CacheItem) => {
    summary.kept[item.kind === 'entry' ? 'entries' : 'runs']++;
    summary.kept.bytes += item.bytes;
  };

  // Items that only the size limit may remove.
  const candidates: CacheItem[] = [];
  let candidateBytes = 0;
  try {
    for await (const item of listCacheItems(folder, onProblem)) {
      if (item.kind === 'partial') {
        if (now - item.lastUsed > ABANDONED_AFTER_MILLISECONDS) remove(item);
      } else if (item.lastUsed >= keepFrom) keep(item);
      else if (item.lastUsed < oldestKept) remove(item);
      else {
        candidates.push(item);
        candidateBytes += item.bytes;
      }
    }
    // Least recently used first; equal times in name order, as listed (the sort is stable).
    candidates.sort((left, right) => left.lastUsed - right.lastUsed);
    let total = summary.kept.bytes + candidateBytes;
    for (const item of candidates) {
      if (total > options.maxBytes) {
        remove(item);
        total -= item.bytes;
      } else keep(item);
    }
    await Promise.all(removals);
    // Shards emptied by pruning go too; `rmdir` leaves one that still holds anything.
    await Promise.all([...shardsTouched].map((shard) => rmdir(shard).catch(() => undefined)));
  } catch (error) {
    onProblem(`cannot prune ${folder}: ${(error as Error).message}`);
    await Promise.allSettled(removals);
  }
  if (problemCount > summary.problems.length) summary.problems.push(`and ${problemCount - summary.problems.length} more`);
  return summary;
}
