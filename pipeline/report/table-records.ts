import type { Cell, Table } from '../types';

/** One row keyed by column name. */
export type TableRecord = Record<string, Cell>;

/** A table's rows keyed by column name; a column the table lacks reads as `null`. */
export interface TableRecords {
  name: string;
  columns: readonly string[];
  records: TableRecord[];
}

/** The table called `name` as records, or `null` when the run did not produce it. */
export function tableRecords(tables: readonly Table[], name: string): TableRecords | null {
  const table = tables.find((candidate) => candidate.name === name);
  return table ? recordsOf(table) : null;
}

/** A table's rows as records. */
export function recordsOf(table: Table): TableRecords {
  return { name: table.name, columns: table.columns, records: table.rows.map((row) => recordOf(table.columns, row)) };
}

/** One row keyed by `columns`; a cell the row lacks reads as `null`. */
export function recordOf(columns: readonly string[], row: readonly Cell[]): TableRecord {
  const record: TableRecord = {};
  columns.forEach((column, index) => {
    record[column] = row[index] ?? null;
  });
  return record;
}

/** A cell as text: `null` and empty cells give `''`. */
export function textOf(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return String(cell);
}

/**
 * A cell as a number, or `null` when it holds none. Tables read back from CSV carry
 * numbers as text, so numeric text counts too.
 */
export function numberOf(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string' || cell.trim() === '') return null;
  const value = Number(cell);
  return Number.isFinite(value) ? value : null;
}

/** Splits a `;`-separated list cell into its items, dropping empty ones. */
export function listOf(cell: Cell | undefined): string[] {
  return textOf(cell)
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
