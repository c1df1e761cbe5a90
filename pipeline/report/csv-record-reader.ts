import { createReadStream } from 'node:fs';
import { parseCsvRecords } from './parse-csv';

const BYTE_ORDER_MARK = 0xfeff;

/**
 * Reads CSV records from bytes as they arrive, for a table too large to hold as text: the
 * same records `parseCsv` gives for the whole text, whatever the cuts between the chunks
 * (inside quotes, between CR and LF, inside a UTF-8 character). Only the record not yet
 * ended is kept between chunks.
 */
export class CsvRecordReader {
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  /** The text of the records not yet ended. */
  private pending = '';
  /** The file's line on which `pending` starts. */
  private line = 1;
  private started = false;

  constructor(private readonly source = 'CSV text') {}

  /** The records that the bytes read so far end; the record still open waits for the next chunk. */
  push(chunk: Uint8Array): string[][] {
    return this.read(this.decoder.decode(chunk, { stream: true }), false);
  }

  /** The records left once the bytes are all read; throws when a quoted field is never closed. */
  end(): string[][] {
    return this.read(this.decoder.decode(), true);
  }

  private read(decoded: string, final: boolean): string[][] {
    const text = this.pending + decoded;
    let start = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === BYTE_ORDER_MARK) start = 1;
    }
    const records: string[][] = [];
    const unread = parseCsvRecords(text, start, { source: this.source, firstLine: this.line, final }, records);
    this.line += lineFeedsIn(text, unread);
    this.pending = text.slice(unread);
    return records;
  }
}

/** Reads CSV records from `chunks` (a file's read stream) once, handing each to `visit` in file order. */
export async function forEachCsvRecord(chunks: AsyncIterable<Uint8Array>, source: string, visit: (record: string[]) => void): Promise<void> {
  const reader = new CsvRecordReader(source);
  for await (const chunk of chunks) {
    for (const record of reader.push(chunk)) visit(record);
  }
  for (const record of reader.end()) visit(record);
}

/**
 * Reads a CSV file with a header row once, in chunks of `chunkBytes`, handing each row after
 * the header to `visit` with the header's columns; returns the columns (none for an empty file).
 */
export async function forEachTableRow(file: string, chunkBytes: number, visit: (row: string[], columns: readonly string[]) => void): Promise<string[]> {
  let columns: string[] | null = null;
  await forEachCsvRecord(createReadStream(file, { highWaterMark: chunkBytes }), file, (record) => {
    if (columns) visit(record, columns);
    else columns = record;
  });
  return columns ?? [];
}

function lineFeedsIn(text: string, end: number): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}
