import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../write/atomic';
import type { CategoryLabel } from '../write/notice-tables';
import { parseCsv } from './parse-csv';
import { readProblemDigest } from './problem-digest-file';
import { MAXIMUM_PROBLEM_ROWS } from './problem-table';
import { listedProblemIds } from './recurring';
import { renderReportContent } from './render-report';
import { recordsOf, type TableRecords } from './table-records';

/**
 * Writes `report.html` from the CSV files a run has just written into `folder` and returns
 * its path. The run streams its rows to disk, so the report reads them back: the tables of
 * one row per notice, agency or group whole, and `problems.csv`, by far the largest, in one
 * pass that keeps only what the page shows. Memory does not grow with the problems.
 */
export async function writeReportFromOutputs(folder: string, categories: readonly CategoryLabel[]): Promise<string> {
  const notices = await readTable(folder, 'notices');
  const categoryByAgency = await readTable(folder, 'category_by_agency');
  // Read before the problems: its groups name the problems the digest must keep.
  const recurring = await readTable(folder, 'recurring_problems');
  const problems = await readProblemDigest(path.join(folder, 'problems.csv'), {
    firstProblems: MAXIMUM_PROBLEM_ROWS,
    groupMemberIds: listedProblemIds(recurring),
  });
  const file = path.join(folder, 'report.html');
  await writeFileAtomic(file, renderReportContent({ notices, problems, categoryByAgency, recurring, categories }));
  return file;
}

async function readTable(folder: string, name: string): Promise<TableRecords> {
  const file = path.join(folder, `${name}.csv`);
  const [columns = [], ...rows] = parseCsv(await readFile(file, 'utf8'), file);
  return recordsOf({ name, columns, rows });
}
