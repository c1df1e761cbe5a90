import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** One row of an output CSV, by column name. */
export type OutputRow = Record<string, string>;

/** The rows of `<folder>/<name>.csv` as written by the pipeline (UTF-8 with BOM, header row). */
export function readOutputTable(folder: string, name: string): OutputRow[] {
  const file = path.join(folder, `${name}.csv`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`EVALUATE_MISSING_OUTPUT: ${file} cannot be read: ${(error as Error).message}`);
  }
  return parse<OutputRow>(text, { bom: true, columns: true, skip_empty_lines: true, relax_column_count: true });
}
