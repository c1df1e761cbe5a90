import { forEachTableRow } from './csv-record-reader';
import { NoticeSummaryBuilder, type NoticeSummary, type NoticeWants } from './notice-summary';

/**
 * The summary of `notices.csv`, read once in chunks: memory holds the summary and one chunk,
 * not the table, whose records took some 250 MB at 50,000 notices.
 */
export async function readNoticeSummary(file: string, wants: NoticeWants): Promise<NoticeSummary> {
  let builder: NoticeSummaryBuilder | null = null;
  const columns = await forEachTableRow(file, CHUNK_BYTES, (row, header) => (builder ??= new NoticeSummaryBuilder(header, wants)).add(row));
  // A table of a header only, or of nothing, is summarised all the same.
  return (builder ?? new NoticeSummaryBuilder(columns, wants)).summary();
}

/** Large enough that a chunk holds many records, small enough not to count in the run's memory. */
const CHUNK_BYTES = 256 * 1024;
