import { isPageNumber } from './formats/pdf-furniture';
import ledger from './ledger-columns.json';
import { columnRole, isLedgerHeader, opensWithItemNumber } from './ledger-table';
import { spacedPieces, type SpacedPiece } from './spaced-cells';
import type { GridCell } from './table-grid';

// 12  …: a row that opens with its number.
const ROW_NUMBER = /^\d{1,3}$/;
// 三、下一步工作打算: a section heading; the table has ended.
const SECTION_HEADING = /^[一二三四五六七八九十]+\s*、/;
// （一）…方面: a row of one cell across the table, an area heading between the problems.
const AREA_ROW = /^[(（]\s*[一二三四五六七八九十]+\s*[)）]/;
// A header cell is a short name; a line of prose that happens to hold two spaces is not a header.
const HEADER_CELL = /^[^，。；,;！？]{1,12}$/;

/** A header read from a spaced line: its cells, and where each sits. */
interface SpacedHeader {
  cells: GridCell[];
  pieces: SpacedPiece[];
  /** The columns whose cells a wrapped line may continue (the problem and the measures). */
  wrapColumns: Set<number>;
  numbered: boolean;
}

/**
 * A line that is a ledger's header with its cells separated by runs of spaces (序号  问题  整改措施  …):
 * three cells or more, each a short name, naming a problem column and a measures or status
 * column. `null` for any other line.
 */
export function spacedHeader(line: string): SpacedHeader | null {
  const pieces = spacedPieces(line);
  if (pieces.length < ledger.shortestSpacedHeader || !pieces.every((piece) => HEADER_CELL.test(piece.text))) return null;
  const cells = pieces.map((piece) => ({ lines: [piece.text] }));
  if (!isLedgerHeader(cells)) return null;
  const roles = pieces.map((piece) => columnRole(piece.text));
  const wrapColumns = new Set(roles.flatMap((role, column) => (role === 'problem' || role === 'measures' ? [column] : [])));
  return { cells, pieces, wrapColumns, numbered: roles[0] === 'number' };
}

/**
 * The rows below a spaced header, up to the first line outside the table; where the table ends.
 * A row opens at its number (or, in a table without one, at each line). A line without a number
 * is read by where its pieces sit under the header: text only under the problem or measures
 * column is the rest of a cell too long for its column (joined to it, a new paragraph where it
 * opens with an item's number); text under other columns too is a row of its own under a merged
 * problem cell (a further measure). Page numbers and the header repeated on each printed page
 * are skipped, so a row broken by a page goes on after them.
 */
export function spacedRows(lines: readonly string[], start: number, header: SpacedHeader): { rows: GridCell[][]; nextIndex: number } {
  const rows: GridCell[][] = [];
  let row: GridCell[] | null = null;
  let index = start;
  for (; index < lines.length; index++) {
    const line = lines[index];
    if (line.trim() === '' || isPageNumber(line) || isRepeatedHeader(line, header)) continue;
    const pieces = spacedPieces(line);
    if (pieces.length === 1 && pieces[0].start === 0) {
      if (AREA_ROW.test(pieces[0].text)) {
        // One cell across the table: ledgerLines reads a row whose columns share one cell as an area heading.
        if (row !== null) rows.push(row);
        const areaCell = { lines: [pieces[0].text] };
        rows.push(header.cells.map(() => areaCell));
        row = null;
        continue;
      }
      if (header.numbered || SECTION_HEADING.test(pieces[0].text)) break;
    }
    const opensRow = pieces.length > 1 && (!header.numbered || ROW_NUMBER.test(pieces[0].text));
    if (opensRow) {
      if (row !== null) rows.push(row);
      // A row with every cell filled reads in order; one with empty cells by where its pieces sit.
      const inOrder = pieces.map((_, column) => column);
      row = rowOf(pieces, pieces.length === header.cells.length ? inOrder : (columnsByPlace(pieces, header) ?? inOrder), header);
      continue;
    }
    const columns = columnsByPlace(pieces, header);
    if (row === null || columns === null) break;
    if (columns.every((column) => header.wrapColumns.has(column))) {
      pieces.forEach((piece, position) => continueCell(row!, columns[position], piece.text));
    } else {
      rows.push(row);
      row = rowOf(pieces, columns, header);
    }
  }
  if (row !== null) rows.push(row);
  return { rows, nextIndex: index };
}

/**
 * The column each piece sits under, or `null` where the line is not laid out under the header.
 * A cell is set at its column's left edge and a header name within its column (at the edge or
 * centred), so a piece is in the column after every header name that ends at or before it.
 */
function columnsByPlace(pieces: readonly SpacedPiece[], header: SpacedHeader): number[] | null {
  const columns = pieces.map((piece) => header.pieces.filter((name) => name.end <= piece.start).length);
  const increasing = columns.every((column, position) => column < header.cells.length && (position === 0 || column > columns[position - 1]));
  return increasing ? columns : null;
}

function rowOf(pieces: readonly SpacedPiece[], columns: readonly number[], header: SpacedHeader): GridCell[] {
  const row: GridCell[] = header.cells.map(() => ({ lines: [] }));
  pieces.forEach((piece, position) => (row[columns[position]] = { lines: [piece.text] }));
  return row;
}

/** A wrapped cell's next line joins its last line without a space; a new numbered item starts a paragraph. */
function continueCell(row: GridCell[], column: number, text: string): void {
  const lines = row[column].lines;
  if (lines.length === 0 || opensWithItemNumber(text)) row[column] = { lines: [...lines, text] };
  else row[column] = { lines: [...lines.slice(0, -1), lines[lines.length - 1] + text] };
}

function isRepeatedHeader(line: string, header: SpacedHeader): boolean {
  const pieces = spacedPieces(line);
  return pieces.length === header.pieces.length && pieces.every((piece, column) => piece.text === header.pieces[column].text);
}
