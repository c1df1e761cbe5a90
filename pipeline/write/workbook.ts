import ExcelJS from 'exceljs';
import type { Cell, Table } from '../types';
import { writeFileAtomic } from './atomic';

// Excel limits a sheet name to 31 characters and forbids these in it.
const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/g;
const MAX_COLUMN_WIDTH = 60;
const MIN_COLUMN_WIDTH = 6;
// A CJK (or other wide) character takes about two columns of a Latin one.
const WIDE_CHARACTER = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Writes the tables to one `.xlsx` workbook, one sheet per table: header row frozen,
 * autofilter on the header, column widths fitted to the content (wide characters count
 * double), numbers stored as numbers and every text as text, so that a value beginning with
 * `=`, `+`, `-` or `@` is never run as a formula.
 */
export async function writeWorkbook(tables: readonly Table[], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const usedNames = new Set<string>();
  for (const table of tables) addSheet(workbook, table, sheetName(table.name, usedNames));
  const buffer = await workbook.xlsx.writeBuffer();
  await writeFileAtomic(file, Buffer.from(buffer as ArrayBuffer));
}

function addSheet(workbook: ExcelJS.Workbook, table: Table, name: string): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.columns);
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    // exceljs stores a plain string as a string cell; only `{ formula }` objects become formulas.
    sheet.addRow(row.map(toWorkbookValue));
  }
  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + table.rows.length, column: table.columns.length } };
  }
  table.columns.forEach((column, index) => {
    const widest = Math.max(displayWidth(column), ...table.rows.map((row) => displayWidth(row[index] ?? null)));
    sheet.getColumn(index + 1).width = Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 2));
  });
}

function toWorkbookValue(cell: Cell): string | number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return cell;
}

/** Width of a value in Latin character columns; a multi-line text counts its longest line. */
function displayWidth(cell: Cell): number {
  if (cell === null) return 0;
  const text = typeof cell === 'number' ? String(cell) : cell;
  let widest = 0;
  for (const line of text.split('\n')) {
    let width = 0;
    for (const character of line) width += WIDE_CHARACTER.test(character) ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return widest;
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
