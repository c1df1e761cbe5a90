import { forEachTableRow } from './csv-record-reader';
import { ProblemDigestBuilder, type DigestWants, type ProblemDigest } from './problem-digest';

/**
 * The digest of `problems.csv`, read once in chunks: memory holds the digest and one chunk,
 * not the table, which runs to gigabytes for a national corpus.
 */
export async function readProblemDigest(file: string, wants: DigestWants): Promise<ProblemDigest> {
  let builder: ProblemDigestBuilder | null = null;
  const columns = await forEachTableRow(file, CHUNK_BYTES, (row, header) => (builder ??= new ProblemDigestBuilder(header, wants)).add(row));
  // A table of a header only, or of nothing, is digested all the same.
  return (builder ?? new ProblemDigestBuilder(columns, wants)).digest();
}

/** Large enough that a chunk holds many records, small enough not to count in the run's memory. */
const CHUNK_BYTES = 256 * 1024;
