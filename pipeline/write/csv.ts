import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Cell, Table } from '../types';
import { writeFileAtomic } from './atomic';

const BYTE_ORDER_MARK = '\uFEFF';
// A field with a lone line feed is quoted too: Excel and WPS end a record at any unquoted line break.
const CSV_OPTIONS = { record_delimiter: '\r\n', eof: true, quoted_match: /[\r\n]/ } as const;

/**
 * A table → CSV text for Excel and WPS: UTF-8 byte-order mark (without it Excel reads
 * Chinese as mojibake), one header row, RFC 4180 quoting and CRLF line ends, numbers as
 * plain numbers, and text that a spreadsheet would run as a formula made inert.
 */
export function tableToCsv(table: Table): string {
  return csvHeader(table.columns) + csvRows(table.rows);
}

/**
 * The start of a CSV file: the byte-order mark and the header row. Followed by any number of
 * `csvRows` chunks it gives the same bytes as `tableToCsv`, so a table can be written as its
 * rows come.
 */
export function csvHeader(columns: readonly string[]): string {
  return BYTE_ORDER_MARK + stringify([columns as string[]], CSV_OPTIONS);
}

/**
 * Rows as CSV records, each ended by CRLF (empty text for no rows): the bytes csv-stringify
 * gives with the options above, written directly because the per-call cost of csv-stringify
 * was a tenth of a notice's processing time. As there, a field is quoted when it holds a
 * comma, a quote or any line break (a measure written over two lines), and its quotes are doubled.
 */
export function csvRows(rows: readonly Cell[][]): string {
  let text = '';
  for (const row of rows) {
    for (let index = 0; index < row.length; index++) {
      if (index > 0) text += ',';
      text += quoteField(toCsvCell(row[index]));
    }
    text += '\r\n';
  }
  return text;
}

/** One cell as a CSV field, quoted and made inert as in `csvRows`. */
export function csvField(cell: Cell): string {
  return quoteField(toCsvCell(cell));
}

const NEEDS_QUOTES = /[",\r\n]/;

function quoteField(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Writes `<folder>/<table.name>.csv` atomically and returns its path. */
export async function writeTableCsv(table: Table, folder: string): Promise<string> {
  const file = path.join(folder, `${table.name}.csv`);
  await writeFileAtomic(file, tableToCsv(table));
  return file;
}

// Excel and WPS run a cell that starts with these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function toCsvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
