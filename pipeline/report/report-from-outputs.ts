import path from 'node:path';
import { writeFileAtomic } from '../write/atomic';
import type { CategoryLabel } from '../write/notice-tables';
import { COUNT_AUDIT_COLUMNS } from './count-audit';
import { forEachTableRow } from './csv-record-reader';
import { detached } from './detached';
import { readProblemDigest } from './problem-digest-file';
import { MAXIMUM_PROBLEM_ROWS } from './problem-table';
import { listedProblemIds } from './recurring';
import { readRecurringGroups } from './recurring-groups';
import { renderReportContent } from './render-report';
import type { TableRecord, TableRecords } from './table-records';

// The columns of `notices.csv` the page reads (overview, level chart, count audit, problem
// table): only these are kept of each notice, so that a national corpus's notice table (some
// forty columns, the sha256 and the inspection body among them) is not held whole.
const NOTICE_COLUMNS_READ = new Set(['notice_id', 'file', 'title', 'agency', 'level', 'published_date', 'feedback_date', ...COUNT_AUDIT_COLUMNS]);

/**
 * Writes `report.html` from the CSV files a run has just written into `folder` and returns
 * its path. The run streams its rows to disk, so the report reads them back: the tables of
 * one row per notice or agency whole, and `recurring_problems.csv` (a group lists every one of
 * its problems) and `problems.csv`, by far the largest, each in one pass that keeps only what
 * the page shows. Memory does not grow with the problems.
 */
export async function writeReportFromOutputs(folder: string, categories: readonly CategoryLabel[]): Promise<string> {
  const notices = await readTable(folder, 'notices', NOTICE_COLUMNS_READ);
  const categoryByAgency = await readTable(folder, 'category_by_agency');
  // Read before the problems: its groups name the problems the digest must keep.
  const recurring = await readRecurringGroups(path.join(folder, 'recurring_problems.csv'));
  const problems = await readProblemDigest(path.join(folder, 'problems.csv'), {
    firstProblems: MAXIMUM_PROBLEM_ROWS,
    groupMemberIds: listedProblemIds(recurring),
  });
  const file = path.join(folder, 'report.html');
  await writeFileAtomic(file, renderReportContent({ notices, problems, categoryByAgency, recurring, categories }));
  return file;
}

/**
 * A table read once in chunks, each row kept as a record of copied cells (no cell holds on to
 * its chunk), of the columns in `kept` only when it is given.
 */
async function readTable(folder: string, name: string, kept?: ReadonlySet<string>): Promise<TableRecords> {
  const records: TableRecord[] = [];
  const columns = await forEachTableRow(path.join(folder, `${name}.csv`), 256 * 1024, (row, header) => {
    const record: TableRecord = {};
    header.forEach((column, index) => {
      if (!kept || kept.has(column)) record[column] = row[index] === undefined ? null : detached(row[index]);
    });
    records.push(record);
  });
  return { name, columns: kept ? columns.filter((column) => kept.has(column)) : columns, records };
}
