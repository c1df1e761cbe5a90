import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serialize, deserialize } from 'node:v8';
import { threadId } from 'node:worker_threads';
import type { FileOutcome } from '../stream/process-source-file';
import { taxonomyHash, type Taxonomy } from '../taxonomy';
import type { SourceFile } from '../types';
import { codeVersion } from './code-version';

// Raised whenever the layout of `FileOutcome` changes, so that entries of another layout are never read.
const ENTRY_FORMAT = 3;

/** Where the results of earlier runs are kept, one file per input file's content. */
export interface NoticeCache {
  readonly folder: string;
  /** The entry's path for a file: sha256 of its bytes (`contentHash`), its name, the tool's version (`codeVersion`) and the taxonomy's hash. */
  entryPath(source: SourceFile, contentSha256: string): string;
  /** The cached outcome, or `null` when there is none or it cannot be read (it is then recomputed). Marks the entry used (`markEntryUsed`). */
  read(entry: string): Promise<FileOutcome | null>;
}

/**
 * A cache in `folder` for runs with this taxonomy. The file's name is part of the key because
 * the outcome's rows name it; a renamed file is processed again.
 */
export function openNoticeCache(folder: string, taxonomy: Taxonomy): NoticeCache {
  const keyPrefix = `${ENTRY_FORMAT}\n${codeVersion()}\n${taxonomyHash(taxonomy)}`;
  return {
    folder,
    entryPath(source, contentSha256) {
      const key = createHash('sha256').update(`${keyPrefix}\n${contentSha256}\n${source.file}`).digest('hex');
      return path.join(folder, key.slice(0, 2), `${key}.v8`);
    },
    async read(entry) {
      try {
        const outcome = deserialize(await readFile(entry));
        if (!isFileOutcome(outcome)) return null;
        await markEntryUsed(entry);
        return outcome;
      } catch {
        // Missing, truncated or corrupt: the file is simply processed again.
        return null;
      }
    },
  };
}

/**
 * Sets an entry's mtime to now: pruning (`pruneCache`) removes the least recently *used*
 * entries, not the oldest written, so a corpus re-run every week keeps its entries. One
 * `utimes`, far cheaper than the read it follows; failing only makes the entry look older.
 */
export async function markEntryUsed(entry: string): Promise<void> {
  const now = new Date();
  await utimes(entry, now, now).catch(() => undefined);
}

/** sha256 of a file's bytes, in hex: what cache entries are keyed by. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Stores an outcome under its entry path (written beside it, then renamed, so that a reader
 * never sees half an entry). Failing to write only costs the next run some work, so it is silent.
 */
export async function writeCacheEntry(entry: string, outcome: FileOutcome): Promise<void> {
  const temporary = `${entry}.${process.pid}-${threadId}.partial`;
  try {
    await mkdir(path.dirname(entry), { recursive: true });
    await writeFile(temporary, serialize(outcome));
    await rename(temporary, entry);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

/** True for an outcome worth caching: one that does not depend on a passing failure. */
export function isCacheable(outcome: FileOutcome): boolean {
  return !outcome.diagnostics.some((diagnostic) => diagnostic.code === 'PIPELINE_INTERNAL_ERROR');
}

function isFileOutcome(value: unknown): value is FileOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const outcome = value as Partial<FileOutcome>;
  if (!Array.isArray(outcome.diagnostics)) return false;
  if (outcome.notice === null) return true;
  const notice = outcome.notice;
  return (
    typeof notice === 'object' &&
    notice !== undefined &&
    typeof notice.texts === 'object' &&
    notice.texts !== null &&
    notice.texts['problems.csv'] instanceof Uint8Array &&
    typeof notice.findings === 'object' &&
    typeof notice.keywordCounts === 'object'
  );
}
