const QUOTE = 0x22;
const COMMA = 0x2c;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const BYTE_ORDER_MARK = 0xfeff;

/**
 * CSV text → records of fields, for the tables a run has just written: RFC 4180 quoting
 * (`""` inside quotes), records ended by CRLF or LF, a leading byte-order mark dropped.
 * It gives what csv-parse gives for those files at several times its speed, because it
 * jumps from delimiter to delimiter with `indexOf` instead of visiting every character;
 * reading the tables back was half the cost of writing the report. Text that is not such
 * CSV (a quote left open, text after a closing quote) throws, naming `source` and the line.
 */
export function parseCsv(text: string, source = 'CSV text'): string[][] {
  const records: string[][] = [];
  const start = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  parseCsvRecords(text, start, { source, firstLine: 1, final: true }, records);
  return records;
}

/** Where a piece of CSV text sits in its file, and whether the file ends with it. */
export interface CsvPiece {
  /** The file or table named in errors. */
  source: string;
  /** The line of the file the piece starts on, so that errors name the file's line. */
  firstLine: number;
  /** `false` while more text may follow: a record the piece does not finish is left for it. */
  final: boolean;
}

/**
 * Appends to `records` the records of `text` from `start` on, and returns where the text
 * left unread starts. The whole text is read when `piece.final`; otherwise reading stops
 * before a record that the text does not end with a line feed, because the text to come
 * may still change it (a doubled quote, the LF after a CR, a field's last characters).
 */
export function parseCsvRecords(text: string, start: number, piece: CsvPiece, records: string[][]): number {
  const length = text.length;
  let position = start;
  let recordStart = start;
  // The next comma and line feed at or after `position`, found again only once passed, so
  // that a long line is not searched for its end once per field.
  let nextComma = -1;
  let nextLineFeed = -1;
  let record: string[] = [];
  while (position < length) {
    let field: string;
    let end: number;
    if (text.charCodeAt(position) === QUOTE) {
      const quoted = quotedField(text, position, piece);
      if (!quoted) return recordStart;
      [field, end] = quoted;
    } else {
      if (nextComma < position) nextComma = indexOrLength(text, ',', position);
      if (nextLineFeed < position) nextLineFeed = indexOrLength(text, '\n', position);
      end = Math.min(nextComma, nextLineFeed);
      if (end === length && !piece.final) return recordStart;
      const endsLine = end === nextLineFeed && end > position && text.charCodeAt(end - 1) === CARRIAGE_RETURN;
      field = text.slice(position, endsLine ? end - 1 : end);
    }
    record.push(field);
    if (end < length && text.charCodeAt(end) === COMMA) {
      position = end + 1;
      if (position === length) {
        if (!piece.final) return recordStart;
        // A comma that ends the text leaves one empty field after it.
        record.push('');
      }
      continue;
    }
    records.push(record);
    record = [];
    position = end + 1;
    recordStart = position;
  }
  if (record.length > 0) records.push(record);
  return length;
}

/**
 * The quoted field that starts at `start` and the index of the delimiter after it (a comma,
 * the line feed of CRLF or LF, or the end of the text); `null` when the text ends before
 * that is known and more may follow.
 */
function quotedField(text: string, start: number, piece: CsvPiece): [string, number] | null {
  let field = '';
  let chunk = start + 1;
  for (;;) {
    const quote = text.indexOf('"', chunk);
    if (quote === -1) {
      if (!piece.final) return null;
      throw csvError(piece, text, start, 'a quoted field is never closed');
    }
    if (text.charCodeAt(quote + 1) === QUOTE) {
      field += text.slice(chunk, quote + 1);
      chunk = quote + 2;
      continue;
    }
    field += text.slice(chunk, quote);
    const after = quote + 1;
    if (after === text.length) return piece.final ? [field, after] : null;
    const next = text.charCodeAt(after);
    if (next === COMMA || next === LINE_FEED) return [field, after];
    if (next === CARRIAGE_RETURN && text.charCodeAt(after + 1) === LINE_FEED) return [field, after + 1];
    if (next === CARRIAGE_RETURN && after + 1 === text.length && !piece.final) return null;
    throw csvError(piece, text, after, 'expected a comma or a line end after a closing quote');
  }
}

function indexOrLength(text: string, search: string, from: number): number {
  const index = text.indexOf(search, from);
  return index === -1 ? text.length : index;
}

function csvError(piece: CsvPiece, text: string, position: number, expectation: string): Error {
  let line = piece.firstLine;
  for (let index = text.indexOf('\n'); index !== -1 && index < position; index = text.indexOf('\n', index + 1)) line += 1;
  return new Error(`${piece.source}: line ${line}: ${expectation}`);
}
