import pLimit from 'p-limit';
import { readSourceBytes } from '../stream/read-source';
import type { SourceFile } from '../types';
import { contentHash } from './notice-cache';

/**
 * Each input's name and the sha256 of its bytes (or, for a file that cannot be read, the code
 * and message saying why), in the run's order: what decides whether a stored run can be
 * reused. The bytes are read and let go; a run that is not reused reads them again.
 */
export async function fingerprintFiles(files: readonly SourceFile[], readConcurrency: number): Promise<{ file: string; content: string }[]> {
  const limit = pLimit(readConcurrency);
  return Promise.all(
    files.map((source) =>
      limit(async () => {
        const read = await readSourceBytes(source);
        return { file: source.file, content: read.bytes ? contentHash(read.bytes) : `${read.diagnostic.code}: ${read.diagnostic.message}` };
      }),
    ),
  );
}
