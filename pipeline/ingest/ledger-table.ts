import ledger from './ledger-columns.json';
import type { GridCell } from './table-grid';

type Role = keyof typeof ledger.columns;

/** A ledger's header: which column holds what, and the headers as written for the others. */
interface LedgerHeader {
  rowIndex: number;
  roles: Map<number, Role>;
  headers: string[];
}

const HEADER_NOISE = /[\s\u3000\u00a0:：]+/g;
const ROLE_BY_NAME = new Map<string, Role>(
  (Object.entries(ledger.columns) as [Role, string[]][]).flatMap(([role, names]) => names.map((name) => [name, role] as [string, Role])),
);
const DIGITS = /\d+/;
// 一、政治建设方面, (一)…, （一）…, 1.…: an area cell that already carries its number.
const NUMBERED_HEADING = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|\d+\s*[、.．])/;
const AREA_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const [OPEN, CLOSE] = ledger.otherLabelBrackets;

/**
 * A table's grid → the lines that write it as a rectification ledger, or `null` when it is not
 * one (no header row naming a problem column and a measures or status column). Each data row
 * becomes `1.【问题】X`, `【整改措施】Y`, `【完成情况】Z` and one bracketed line per other column,
 * which the segment stage reads as a numbered problem with its labelled rectification text; the
 * area column becomes `(一)X` headings where its value changes. Rows above the header stay lines.
 */
export function ledgerLines(grid: readonly GridCell[][]): string[] | null {
  const header = ledgerHeader(grid);
  if (header === null) return null;
  const lines = grid.slice(0, header.rowIndex).flatMap(distinctCellLines);
  let area: GridCell | null = null;
  let areaCount = 0;
  let rowCount = 0;
  for (const row of grid.slice(header.rowIndex + 1)) {
    if (distinctCells(row).length === 0) continue;
    if (row.length > 1 && row.every((cell) => cell === row[0])) {
      // One cell across the table: a heading row (一、政治建设方面) between the problems.
      lines.push(areaHeading(row[0], ++areaCount));
      continue;
    }
    const areaCell = cellOf(row, header, 'area');
    if (areaCell !== null && areaCell !== area && areaCell.lines.length > 0) {
      area = areaCell;
      lines.push(areaHeading(areaCell, ++areaCount));
    }
    const problem = cellText(cellOf(row, header, 'problem'));
    if (problem === '') continue;
    rowCount++;
    lines.push(...rowLines(row, header, problem, rowCount));
  }
  return lines;
}

/** The role a header cell names (`number`, `area`, `problem`, `measures`, `status`), or `null`. */
export function columnRole(header: string): Role | null {
  return ROLE_BY_NAME.get(header.replace(HEADER_NOISE, '')) ?? null;
}

function ledgerHeader(grid: readonly GridCell[][]): LedgerHeader | null {
  for (let rowIndex = 0; rowIndex < Math.min(grid.length, ledger.headerRowsToSearch); rowIndex++) {
    const headers = grid[rowIndex].map((cell) => cellText(cell).replace(HEADER_NOISE, ''));
    const roles = new Map<number, Role>();
    headers.forEach((name, column) => {
      const role = ROLE_BY_NAME.get(name);
      // A header spanning two columns names the first; the same role twice keeps the first.
      if (role !== undefined && ![...roles.values()].includes(role)) roles.set(column, role);
    });
    const named = new Set(roles.values());
    if (named.has('problem') && (named.has('measures') || named.has('status'))) return { rowIndex, roles, headers };
  }
  return null;
}

function rowLines(row: readonly GridCell[], header: LedgerHeader, problem: string, rowCount: number): string[] {
  const numberDigits = DIGITS.exec(cellText(cellOf(row, header, 'number')));
  const lines = [`${numberDigits === null ? rowCount : numberDigits[0]}.${ledger.rowLabels.problem}${problem}`];
  const measures = cellText(cellOf(row, header, 'measures'));
  if (measures !== '') lines.push(ledger.rowLabels.measures + measures);
  const status = cellText(cellOf(row, header, 'status'));
  if (status !== '') lines.push(ledger.rowLabels.status + status);
  row.forEach((cell, column) => {
    const value = cellText(cell);
    const name = header.headers[column];
    const firstOfSpan = column === 0 || row[column - 1] !== cell;
    if (!header.roles.has(column) && firstOfSpan && value !== '' && name !== '') lines.push(`${OPEN}${name}${CLOSE}${value}`);
  });
  return lines;
}

function cellOf(row: readonly GridCell[], header: LedgerHeader, role: Role): GridCell | null {
  for (const [column, columnRole] of header.roles) if (columnRole === role) return row[column] ?? null;
  return null;
}

/**
 * A cell's lines on one line, joined by a space: measures written one per paragraph
 * (1.… / 2.…) are then read as one enumeration, not as numbered headings of their own.
 */
function cellText(cell: GridCell | null): string {
  return cell === null ? '' : cell.lines.join(' ');
}

function areaHeading(cell: GridCell, areaCount: number): string {
  const text = cellText(cell);
  return NUMBERED_HEADING.test(text) ? text : `（${AREA_NUMERALS[areaCount - 1] ?? areaCount}）${text}`;
}

function distinctCells(row: readonly GridCell[]): GridCell[] {
  return [...new Set(row)].filter((cell) => cell.lines.length > 0);
}

function distinctCellLines(row: readonly GridCell[]): string[] {
  return distinctCells(row).flatMap((cell) => cell.lines);
}
