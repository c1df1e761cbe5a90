import { isPageNumber } from './formats/pdf-furniture';
import ledger from './ledger-columns.json';
import type { GridCell } from './table-grid';

type Role = keyof typeof ledger.columns;

/** A ledger's header: which column holds what, and the headers as written for the others. */
interface LedgerHeader {
  /** The header's first row: the rows above it (the table's title) are lines of text. */
  firstRowIndex: number;
  /** The header's last row: the data rows follow it. */
  rowIndex: number;
  roles: Map<number, Role>;
  headers: string[];
}

const HEADER_NOISE = /[\s\u3000\u00a0:：]+/g;
const ROLE_BY_NAME = new Map<string, Role>(
  (Object.entries(ledger.columns) as [Role, string[]][]).flatMap(([role, names]) => names.map((name) => [name, role] as [string, Role])),
);
const DIGITS = /\d+/;
const COUNT_ONLY = /^[\d\s.,，、%％个项条处件]*$/;
// 1.… 1、… (1)… ①… 一是…: a measures cell that numbers itself.
const MEASURE_NUMBER = /^\s*(?:\d{1,2}\s*[、.．]|[(（]\s*\d{1,2}\s*[)）]|[①-⑳]|[一二三四五六七八九十]+是)/;
// 一、政治建设方面, (一)…, （一）…, 1.…: an area cell that already carries its number.
const NUMBERED_HEADING = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|\d+\s*[、.．])/;
const AREA_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const [OPEN, CLOSE] = ledger.otherLabelBrackets;

/**
 * A table's grid → the lines that write it as a rectification ledger, or `null` when it is not
 * one (no header row naming a problem column and a measures or status column, or no finding
 * below it). Each problem
 * becomes `1.【问题】X`, `【整改措施】Y`, `【完成情况】Z` and one bracketed line per other column,
 * which the segment stage reads as a numbered problem with its labelled rectification text; the
 * area column becomes `(一)X` headings where its value changes. Rows above the header stay lines.
 * Rows that share one problem cell (a rowspan over a row per measure) are one problem.
 */
export function ledgerLines(grid: readonly GridCell[][]): string[] | null {
  const header = ledgerHeader(grid);
  if (header === null) return null;
  const lines = grid.slice(0, header.firstRowIndex).flatMap(distinctCellLines);
  let area: GridCell | null = null;
  let areaCount = 0;
  let problemCount = 0;
  let group: GridCell[][] = [];
  const writeGroup = (): void => {
    if (group.length > 0) lines.push(...problemLines(group, header, ++problemCount));
    group = [];
  };
  for (const row of grid.slice(header.rowIndex + 1)) {
    if (distinctCells(row).length === 0) continue;
    // A printed table repeats its header on each page and carries the page's number between:
    // neither is a row of the ledger.
    if (isLedgerHeader(row) || (distinctCells(row).length === 1 && isPageNumber(cellText(distinctCells(row)[0])))) continue;
    if (row.length > 1 && row.every((cell) => cell === row[0])) {
      // One cell across the table: a heading row (一、政治建设方面) between the problems.
      writeGroup();
      lines.push(areaHeading(row[0], ++areaCount));
      continue;
    }
    const problem = cellOf(row, header, 'problem');
    // A row under a problem cell that spans it (rowspan, or a merged cell Word leaves empty) adds a measure.
    const continues = problem === cellOf(group[0] ?? [], header, 'problem') || problem === null || problem.lines.length === 0;
    // A count where a finding should be (问题 | 5 | 已完成5个): a summary table's row, not a problem.
    if (!continues && COUNT_ONLY.test(cellText(problem))) continue;
    if (continues && group.length === 0) continue;
    if (continues) {
      group.push(row);
      continue;
    }
    writeGroup();
    const areaCell = cellOf(row, header, 'area');
    if (areaCell !== null && areaCell !== area && areaCell.lines.length > 0) {
      area = areaCell;
      lines.push(areaHeading(areaCell, ++areaCount));
    }
    group = [row];
  }
  writeGroup();
  // A header and no finding under it (a summary table of counts) is no ledger: it reads as before.
  return problemCount === 0 ? null : lines;
}

/** True when a row names a problem column and a measures or status column: a ledger's header. */
export function isLedgerHeader(row: readonly GridCell[]): boolean {
  return headerOf(row.map(headerName), 0) !== null;
}

/** The role a header cell names (`number`, `area`, `problem`, `measures`, `status`), or `null`. */
export function columnRole(header: string): Role | null {
  return ROLE_BY_NAME.get(header.replace(HEADER_NOISE, '')) ?? null;
}

/**
 * The first of the first rows that names a problem column and a measures or status column. A
 * second header row below it (under a cell spanning two columns: 责任 over 责任领导 | 责任单位,
 * 整改情况 over 整改措施 | 完成情况) gives the names of the columns it splits.
 */
function ledgerHeader(grid: readonly GridCell[][]): LedgerHeader | null {
  for (let rowIndex = 0; rowIndex < Math.min(grid.length, ledger.headerRowsToSearch); rowIndex++) {
    const names = grid[rowIndex].map(headerName);
    const header = headerOf(names, rowIndex);
    if (header === null) continue;
    const below = grid[rowIndex + 1];
    const problemColumn = [...header.roles].find(([, role]) => role === 'problem')![0];
    if (below === undefined || below[problemColumn] !== grid[rowIndex][problemColumn]) return header;
    const split = names.map((name, column) => (below[column] !== undefined && below[column] !== grid[rowIndex][column] ? headerName(below[column]) : name));
    return { ...(headerOf(split, rowIndex) ?? header), rowIndex: rowIndex + 1 };
  }
  return null;
}

function headerName(cell: GridCell): string {
  return cellText(cell).replace(HEADER_NOISE, '');
}

function headerOf(names: string[], rowIndex: number): LedgerHeader | null {
  const roles = new Map<number, Role>();
  names.forEach((name, column) => {
    const role = ROLE_BY_NAME.get(name);
    // A header spanning two columns names the first; the same role twice keeps the first.
    if (role !== undefined && ![...roles.values()].includes(role)) roles.set(column, role);
  });
  const named = new Set(roles.values());
  return named.has('problem') && (named.has('measures') || named.has('status')) ? { firstRowIndex: rowIndex, rowIndex, roles, headers: names } : null;
}

/**
 * One problem's lines from its rows (one, or several sharing the problem cell). Several rows'
 * measures cells are its measures in order: each is numbered (1)(2)… unless it opens with a
 * number of its own, since the rows, not the words, enumerate them.
 */
function problemLines(rows: readonly GridCell[][], header: LedgerHeader, problemCount: number): string[] {
  const numberDigits = DIGITS.exec(cellText(cellOf(rows[0], header, 'number')));
  const lines = [`${numberDigits === null ? problemCount : numberDigits[0]}.${ledger.rowLabels.problem}${cellText(cellOf(rows[0], header, 'problem'))}`];
  const measureCells = distinctColumnCells(rows, (row) => cellOf(row, header, 'measures'));
  const measures = measureCells.length > 1 ? measureCells.map((cell, index) => numbered(cellText(cell), index + 1)) : measureCells.map(cellText);
  if (measures.length > 0) lines.push(ledger.rowLabels.measures + measures.join(' '));
  const status = distinctColumnCells(rows, (row) => cellOf(row, header, 'status')).map(cellText);
  if (status.length > 0) lines.push(ledger.rowLabels.status + status.join(';'));
  header.headers.forEach((name, column) => {
    if (header.roles.has(column) || name === '') return;
    const values = distinctColumnCells(rows, (row) => (column > 0 && row[column - 1] === row[column] ? null : row[column] ?? null)).map(cellText);
    if (values.length > 0) lines.push(`${OPEN}${name}${CLOSE}${values.join(';')}`);
  });
  return lines;
}

/** The non-empty cells a column holds over some rows, each once, in order. */
function distinctColumnCells(rows: readonly GridCell[][], cellOfRow: (row: readonly GridCell[]) => GridCell | null): GridCell[] {
  const cells = rows.map(cellOfRow).filter((cell): cell is GridCell => cell !== null && cell.lines.length > 0);
  return [...new Set(cells)];
}

function numbered(text: string, order: number): string {
  return opensWithItemNumber(text) ? text : `(${order})${text}`;
}

/** True when a cell's text opens with an item's number (1.… (1)… ①… 一是…): the start of a new item, not the rest of one. */
export function opensWithItemNumber(text: string): boolean {
  return MEASURE_NUMBER.test(text);
}

/**
 * The cell of a row in a role's column. A cell spanning several columns (colspan) holds one
 * text: it is the problem where it covers the problem column (问题 over 问题 | 整改措施, a
 * finding with no measure of its own), else the first column's, so it is not read twice.
 */
function cellOf(row: readonly GridCell[], header: LedgerHeader, role: Role): GridCell | null {
  for (const [column, columnRole] of header.roles) {
    if (columnRole !== role) continue;
    const cell = row[column] ?? null;
    if (cell === null || role === 'problem') return cell;
    const problemColumn = [...header.roles].find(([, named]) => named === 'problem')?.[0];
    const spansProblem = problemColumn !== undefined && row[problemColumn] === cell;
    return spansProblem || (column > 0 && row[column - 1] === cell) ? null : cell;
  }
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
