import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Table } from '../types';
import type { CategoryLabel } from '../write/notice-tables';
import { parseCsv } from './parse-csv';
import { writeReport } from './write-report';

/** The tables the report is drawn from, as the run wrote them. */
const REPORT_TABLES = ['notices', 'problems', 'category_by_agency', 'recurring_problems'];

/**
 * Past this size the tables are not read back. The page itself stays small enough to open
 * whatever the corpus (the problem table and each recurring group list only their first
 * rows), but reading the tables back holds them all in memory at the end of the run: 58 MB
 * of tables (5,000 notices, 111,000 problems) take about 2 s and a few hundred MB. The CSV
 * files and the workbook hold a larger corpus.
 */
export const MAXIMUM_REPORT_CSV_BYTES = 64 * 1024 * 1024;

export type ReportOutcome = { written: string } | { skipped: string };

/**
 * Writes `report.html` from the CSV files a run has just written into `folder`: the run
 * streams its rows to disk, so the report reads them back rather than holding them all.
 */
export async function writeReportFromOutputs(folder: string, categories: readonly CategoryLabel[]): Promise<ReportOutcome> {
  const files = REPORT_TABLES.map((name) => path.join(folder, `${name}.csv`));
  const sizes = await Promise.all(files.map((file) => stat(file).then((info) => info.size)));
  const bytes = sizes.reduce((sum, size) => sum + size, 0);
  if (bytes > MAXIMUM_REPORT_CSV_BYTES) {
    return { skipped: `report.html not written: the tables it shows take ${Math.round(bytes / 1024 / 1024)} MB, more than the report reads back at the end of a run; open the CSV files or notices.xlsx` };
  }
  const tables: Table[] = [];
  for (const [index, name] of REPORT_TABLES.entries()) {
    const [columns = [], ...rows] = parseCsv(await readFile(files[index], 'utf8'), files[index]);
    tables.push({ name, columns, rows });
  }
  const file = path.join(folder, 'report.html');
  await writeReport({ tables, categories }, file);
  return { written: file };
}
