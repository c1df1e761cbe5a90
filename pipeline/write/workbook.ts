import { rename, rm } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Cell, Table } from '../types';

// Excel limits a sheet name to 31 characters and forbids these in it.
const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/g;
const MAX_COLUMN_WIDTH = 60;
const MIN_COLUMN_WIDTH = 6;
/** Rows a worksheet can hold below its header row (Excel's limit is 1,048,576 rows in all). */
export const MAXIMUM_SHEET_ROWS = 1_048_575;

/** One worksheet to write: its rows may come from a file, one at a time, so they are never all in memory. */
export interface WorkbookSheet {
  name: string;
  columns: readonly string[];
  /** The widest value of each column, by `displayWidth`; the header is measured here. */
  widths: readonly number[];
  rows: Iterable<Cell[]> | AsyncIterable<Cell[]>;
}

/**
 * Writes the tables to one `.xlsx` workbook, one sheet per table: header row frozen,
 * autofilter on the header, column widths fitted to the content (wide characters count
 * double), numbers stored as numbers and every text as text, so that a value beginning with
 * `=`, `+`, `-` or `@` is never run as a formula.
 */
export async function writeWorkbook(tables: readonly Table[], file: string): Promise<void> {
  await writeWorkbookSheets(
    tables.map((table) => ({ name: table.name, columns: table.columns, widths: columnWidths(table.rows, table.columns.length), rows: table.rows })),
    file,
  );
}

/**
 * Writes sheets as `writeWorkbook` does, row by row through exceljs's streaming writer, so
 * that a workbook of a large run is never held in memory. A sheet with more rows than Excel
 * can show keeps the first `MAXIMUM_SHEET_ROWS`; the names of such sheets are returned.
 */
export async function writeWorkbookSheets(sheets: readonly WorkbookSheet[], file: string): Promise<string[]> {
  const temporary = `${file}.${process.pid}.partial`;
  const truncated: string[] = [];
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true, useSharedStrings: false });
    const usedNames = new Set<string>();
    for (const sheet of sheets) {
      if (!(await addSheet(workbook, sheet, sheetName(sheet.name, usedNames)))) truncated.push(sheet.name);
    }
    await workbook.commit();
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return truncated;
}

/** Adds one sheet; false when its rows did not all fit. */
async function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: WorkbookSheet, name: string): Promise<boolean> {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((column, index) => ({
    width: Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, Math.max(displayWidth(column), sheet.widths[index] ?? 0) + 2)),
  }));
  const header = worksheet.addRow([...sheet.columns]);
  header.font = { bold: true };
  header.commit();
  let rows = 0;
  let complete = true;
  for await (const row of sheet.rows) {
    if (rows === MAXIMUM_SHEET_ROWS) {
      complete = false;
      break;
    }
    // exceljs stores a plain string as a string cell; only `{ formula }` objects become formulas.
    worksheet.addRow(row.map(toWorkbookValue)).commit();
    rows++;
  }
  if (sheet.columns.length > 0) {
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows, column: sheet.columns.length } };
  }
  worksheet.commit();
  return complete;
}

/** The widest value of each column of `rows`, by `displayWidth`. */
export function columnWidths(rows: Iterable<readonly Cell[]>, columns: number, widths: number[] = new Array(columns).fill(0)): number[] {
  for (const row of rows) {
    for (let index = 0; index < columns; index++) widths[index] = Math.max(widths[index], displayWidth(row[index] ?? null));
  }
  return widths;
}

function toWorkbookValue(cell: Cell): string | number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return cell;
}

/** Width of a value in Latin character columns; a multi-line text counts its longest line. */
export function displayWidth(cell: Cell): number {
  if (cell === null) return 0;
  const text = typeof cell === 'number' ? String(cell) : cell;
  // A loop over code units: the per-character regular expression it replaces cost more than
  // a notice's tagging. A surrogate pair is one (narrow) character, as for `for…of`.
  let widest = 0;
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) {
      widest = Math.max(widest, width);
      width = 0;
    } else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
      width += 1;
    } else {
      width += isWide(code) ? 2 : 1;
    }
  }
  return Math.max(widest, width);
}

// A CJK (or other wide) character takes about two columns of a Latin one.
const WIDE_RANGES: readonly [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6],
];

function isWide(code: number): boolean {
  if (code < 0x1100) return false;
  for (const [from, to] of WIDE_RANGES) if (code >= from && code <= to) return true;
  return false;
}

function sheetName(tableName: string, usedNames: Set<string>): string {
  const base = (tableName.replace(FORBIDDEN_IN_SHEET_NAME, '_') || 'sheet').slice(0, MAX_SHEET_NAME);
  let name = base;
  for (let suffix = 2; usedNames.has(name.toLowerCase()); suffix++) {
    name = `${base.slice(0, MAX_SHEET_NAME - String(suffix).length - 1)}_${suffix}`;
  }
  usedNames.add(name.toLowerCase());
  return name;
}
