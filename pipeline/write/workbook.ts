import { rename, rm } from 'node:fs/promises';
import type { Cell, Table } from '../types';
import { columnLetters, rowXml } from './sheet-xml';
import {
  contentTypesXml,
  packageRelationshipsXml,
  sheetEndXml,
  sheetStartXml,
  stylesXml,
  workbookRelationshipsXml,
  workbookXml,
} from './workbook-parts';
import type { DeflatedPart } from './deflated-part';
import { openZipWriter } from './zip-writer';

// Excel limits a sheet name to 31 characters and forbids these in it.
const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/g;
const MAX_COLUMN_WIDTH = 60;
const MIN_COLUMN_WIDTH = 6;
// A column is at most MAX_COLUMN_WIDTH wide, its content plus a margin of 2: wider content changes nothing.
const WIDEST_MEASURED = MAX_COLUMN_WIDTH - 2;
/** Rows a worksheet can hold below its header row (Excel's limit is 1,048,576 rows in all). */
export const MAXIMUM_SHEET_ROWS = 1_048_575;

/** One worksheet to write: its rows may come from a file, one at a time, so they are never all in memory. */
export interface WorkbookSheet {
  name: string;
  columns: readonly string[];
  /** The widest value of each column, by `displayWidth`; the header is measured here. */
  widths: readonly number[];
  /** The rows as cells, or already as compressed SpreadsheetML (numbered from 2, at most `MAXIMUM_SHEET_ROWS`, see `rowXml`). */
  rows: Iterable<Cell[]> | AsyncIterable<Cell[]> | DeflatedRows;
}

/** Rows rendered and compressed during the run (`openDeflatedPart`), numbered from 2. */
export interface DeflatedRows {
  deflated: DeflatedPart;
  count: number;
  /** False when rows past Excel's limit were left out. */
  complete: boolean;
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
 * Writes sheets as `writeWorkbook` does, row by row into a zip stream, so that the workbook of
 * a large run is never held in memory. The SpreadsheetML is written here rather than by
 * exceljs, whose per-cell objects made the workbook cost more than all the notices' stages.
 * A sheet with more rows than Excel can show keeps the first `MAXIMUM_SHEET_ROWS`; the
 * names of such sheets are returned.
 */
export async function writeWorkbookSheets(sheets: readonly WorkbookSheet[], file: string): Promise<string[]> {
  const temporary = `${file}.${process.pid}.partial`;
  const truncated: string[] = [];
  try {
    const zip = openZipWriter(temporary);
    const usedNames = new Set<string>();
    const written: { name: string; filterRange: string | null }[] = [];
    for (const [index, sheet] of sheets.entries()) {
      const name = sheetName(sheet.name, usedNames);
      const outcome = { rows: 0, complete: true };
      const entry = `xl/worksheets/sheet${index + 1}.xml`;
      if ('deflated' in sheet.rows) {
        const { deflated, count, complete } = sheet.rows;
        Object.assign(outcome, { rows: count, complete });
        await zip.addPrecompressedEntry(entry, sheetStart(sheet), deflated, sheetEnd(sheet, count));
      } else {
        await zip.addEntry(entry, sheetPieces(sheet, sheet.rows, outcome));
      }
      if (!outcome.complete) truncated.push(sheet.name);
      const lastColumn = columnLetters(Math.max(0, sheet.columns.length - 1));
      written.push({ name, filterRange: sheet.columns.length > 0 ? `A1:${lastColumn}${1 + outcome.rows}` : null });
    }
    await zip.addEntry('xl/workbook.xml', [workbookXml(written)]);
    await zip.addEntry('xl/styles.xml', [stylesXml()]);
    await zip.addEntry('xl/_rels/workbook.xml.rels', [workbookRelationshipsXml(sheets.length)]);
    await zip.addEntry('_rels/.rels', [packageRelationshipsXml()]);
    await zip.addEntry('[Content_Types].xml', [contentTypesXml(sheets.length)]);
    await zip.close();
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return truncated;
}

// Rows are handed to the compressor in pieces of this many.
const ROWS_PER_PIECE = 500;

/** A sheet's XML up to its rows: columns fitted to the widths, then the header row. */
function sheetStart(sheet: WorkbookSheet): string {
  const widths = sheet.columns.map((column, index) => Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, Math.max(displayWidth(column), sheet.widths[index] ?? 0) + 2)));
  const letters = sheet.columns.map((_, index) => columnLetters(index));
  return sheetStartXml(widths) + rowXml(sheet.columns as string[], 1, letters, 1);
}

/** A sheet's XML after its `rows` rows: the autofilter over them and the end. */
function sheetEnd(sheet: WorkbookSheet, rows: number): string {
  const lastColumn = columnLetters(Math.max(0, sheet.columns.length - 1));
  return sheetEndXml(sheet.columns.length > 0 ? `A1:${lastColumn}${1 + rows}` : null);
}

/** A sheet's XML in pieces: start, header, rows (up to Excel's limit), end; counts the rows into `outcome`. */
async function* sheetPieces(sheet: WorkbookSheet, rows: Iterable<Cell[]> | AsyncIterable<Cell[]>, outcome: { rows: number; complete: boolean }): AsyncGenerator<string> {
  const letters = sheet.columns.map((_, index) => columnLetters(index));
  let piece = sheetStart(sheet);
  const end = () => sheetEnd(sheet, outcome.rows);
  let inPiece = 0;
  for await (const row of rows) {
    if (outcome.rows === MAXIMUM_SHEET_ROWS) {
      outcome.complete = false;
      break;
    }
    outcome.rows++;
    piece += rowXml(row, outcome.rows + 1, letters);
    if (++inPiece === ROWS_PER_PIECE) {
      yield piece;
      piece = '';
      inPiece = 0;
    }
  }
  yield piece + end();
}

/**
 * The widest value of each column of `rows`, by `displayWidth`, counted up to the width from
 * which a column is shown at its widest anyway (long texts are not measured to their end).
 */
export function columnWidths(rows: Iterable<readonly Cell[]>, columns: number, widths: number[] = new Array(columns).fill(0)): number[] {
  for (const row of rows) {
    for (let index = 0; index < columns; index++) {
      if (widths[index] < WIDEST_MEASURED) widths[index] = Math.max(widths[index], displayWidth(row[index] ?? null, WIDEST_MEASURED));
    }
  }
  return widths;
}

/** Width of a value in Latin character columns; a multi-line text counts its longest line. Counting stops at `limit`. */
export function displayWidth(cell: Cell, limit = Infinity): number {
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
    if (width >= limit) return width;
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
