import type { Cell, Table } from '../types';

/** A table's rows keyed by column name; a column the table lacks reads as `null`. */
export interface TableRecords {
  name: string;
  columns: readonly string[];
  records: Record<string, Cell>[];
}

/** The table called `name` as records, or `null` when the run did not produce it. */
export function tableRecords(tables: readonly Table[], name: string): TableRecords | null {
  const table = tables.find((candidate) => candidate.name === name);
  if (!table) return null;
  const records = table.rows.map((row) => {
    const record: Record<string, Cell> = {};
    table.columns.forEach((column, index) => {
      record[column] = row[index] ?? null;
    });
    return record;
  });
  return { name, columns: table.columns, records };
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
