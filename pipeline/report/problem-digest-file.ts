import { createReadStream } from 'node:fs';
import { forEachCsvRecord } from './csv-record-reader';
import { ProblemDigestBuilder, type DigestWants, type ProblemDigest } from './problem-digest';

/**
 * The digest of `problems.csv`, read once in chunks: memory holds the digest and one chunk,
 * not the table, which runs to gigabytes for a national corpus.
 */
export async function readProblemDigest(file: string, wants: DigestWants): Promise<ProblemDigest> {
  // The header comes first; a file without one is a table without columns or rows.
  let builder: ProblemDigestBuilder | null = null;
  await forEachCsvRecord(createReadStream(file, { highWaterMark: CHUNK_BYTES }), file, (record) => {
    if (builder) builder.add(record);
    else builder = new ProblemDigestBuilder(record, wants);
  });
  return (builder ?? new ProblemDigestBuilder([], wants)).digest();
}

/** Large enough that a chunk holds many records, small enough not to count in the run's memory. */
const CHUNK_BYTES = 256 * 1024;
