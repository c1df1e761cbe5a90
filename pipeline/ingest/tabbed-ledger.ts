import { isPageNumber } from './formats/pdf-furniture';
import { columnRole, isLedgerHeader, ledgerLines } from './ledger-table';
import { spacedHeader, spacedRows } from './spaced-ledger';
import type { GridCell } from './table-grid';

// 12\t…: a row that opens with its number, where a row before it left its last cells empty.
const NUMBERED_ROW = /^\s*\d{1,3}\s*\t/;
// 三、下一步工作打算 or a blank line after a row whose last cells were left off: the table has ended.
const AFTER_TABLE = /^\s*(?:$|[一二三四五六七八九十]+\s*、)/;

// Two spaces, or an ideographic space, between two pieces of text: a line that may be a spaced table's row.
const SPACED_LINE = /\S(?: {2,}|\u3000)\s*\S/;

/**
 * A text notice whose ledger table was copied out of Word (or read from a .doc), one row a line
 * and its cells separated by tabs, or out of a PDF or Word with its cells separated by runs of
 * spaces → the same text with the ledger written as `ledgerLines` writes an HTML one. A cell of
 * several paragraphs runs its row over several lines; they are joined back until the row has
 * as many cells as the header (tabs), or by where they sit under the header (spaces). Text
 * without such a header is returned unchanged.
 */
export function withTabbedLedgersWritten(text: string): string {
  if (!text.includes('\t') && !SPACED_LINE.test(text)) return text;
  const lines = text.split('\n');
  const written: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const table = tableAt(lines, index);
    if (table === null) {
      written.push(lines[index]);
      continue;
    }
    written.push(...(ledgerLines([table.header, ...table.rows]) ?? lines.slice(index, table.nextIndex)));
    index = table.nextIndex - 1;
  }
  return written.join('\n');
}

/** The ledger whose header is the line at `index`, its cells separated by tabs or by spaces; `null` where that line is no ledger header. */
function tableAt(lines: readonly string[], index: number): { header: GridCell[]; rows: GridCell[][]; nextIndex: number } | null {
  const line = lines[index];
  if (line.includes('\t')) {
    const header = tabbedCells(line);
    if (header.length < 2 || !isLedgerHeader(header)) return null;
    return { header, ...tabbedRows(lines, index + 1, header) };
  }
  const header = SPACED_LINE.test(line) ? spacedHeader(line) : null;
  return header === null ? null : { header: header.cells, ...spacedRows(lines, index + 1, header) };
}

/** The rows below a header, up to the first line outside the table; where the table ends. */
function tabbedRows(lines: readonly string[], start: number, header: readonly GridCell[]): { rows: GridCell[][]; nextIndex: number } {
  const numbered = columnRole(header[0].lines.join('')) === 'number';
  const rows: GridCell[][] = [];
  let row: GridCell[] = [];
  let index = start;
  const headerLine = header.map((cell) => cell.lines.join('')).join('\t');
  for (; index < lines.length; index++) {
    const line = lines[index];
    // A page number and the header repeated on the next printed page: the table goes on after them.
    if (isPageNumber(line) || line.split('\t').map((cell) => cell.trim()).join('\t') === headerLine) continue;
    const opensRow = row.length === 0 || (numbered && NUMBERED_ROW.test(line));
    if (!opensRow && !line.includes('\t') && AFTER_TABLE.test(line)) break;
    if (opensRow) {
      if (!line.includes('\t')) break;
      if (row.length > 0) rows.push(row);
      row = tabbedCells(line);
    } else {
      // The row runs on: this line's first piece is the next paragraph of the row's last cell.
      const [continued, ...more] = tabbedCells(line);
      if (continued.lines.length > 0) row[row.length - 1] = { lines: [...row[row.length - 1].lines, ...continued.lines] };
      row.push(...more);
    }
    if (row.length >= header.length) {
      rows.push(row);
      row = [];
    }
  }
  if (row.length > 0) rows.push(row);
  return { rows, nextIndex: index };
}

function tabbedCells(line: string): GridCell[] {
  if (!line.includes('\t')) return [{ lines: line.trim() === '' ? [] : [line.trim()] }];
  return line.split('\t').map((cell) => ({ lines: cell.trim() === '' ? [] : [cell.trim()] }));
}
