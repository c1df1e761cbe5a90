import pLimit from 'p-limit';
import type { SourceFile } from '../types';
import { markEntryUsed, type NoticeCache } from './notice-cache';

// A fingerprint's content is the sha256 of the bytes, or why the file could not be read (no entry then).
const CONTENT_HASH = /^[0-9a-f]{64}$/;

/**
 * Marks used the entries of the files of a run whose outputs were restored whole: none was
 * read, but pruning goes by use, and the next run with one file changed needs all the others.
 * `fingerprints` are `fingerprintFiles(sources)`, in the same order.
 */
export async function markFilesUsed(cache: NoticeCache, sources: readonly SourceFile[], fingerprints: readonly { content: string }[], concurrency: number): Promise<void> {
  const limit = pLimit(concurrency);
  await Promise.all(
    sources.map((source, index) => {
      const { content } = fingerprints[index];
      return CONTENT_HASH.test(content) ? limit(() => markEntryUsed(cache.entryPath(source, content))) : undefined;
    }),
  );
}
