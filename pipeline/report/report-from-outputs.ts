import path from 'node:path';
import { writeFileAtomic } from '../write/atomic';
import type { CategoryLabel } from '../write/notice-tables';
import { forEachTableRow } from './csv-record-reader';
import { detached } from './detached';
import { noticeWants } from './notice-summary';
import { readNoticeSummary } from './notice-summary-file';
import { readProblemDigest } from './problem-digest-file';
import { MAXIMUM_PROBLEM_ROWS } from './problem-table';
import { listedProblemIds } from './recurring';
import { readRecurringGroups } from './recurring-groups';
import { renderReportContent } from './render-report';
import type { TableRecord, TableRecords } from './table-records';

/**
 * Writes `report.html` from the CSV files a run has just written into `folder` and returns
 * its path. The run streams its rows to disk, so the report reads them back: the table of one
 * row per agency whole, and `recurring_problems.csv` (a group lists every one of its problems),
 * `problems.csv`, by far the largest, and `notices.csv` each in one pass that keeps only what
 * the page shows. Memory does not grow with the problems, and by a few numbers a notice with
 * the notices.
 */
export async function writeReportFromOutputs(folder: string, categories: readonly CategoryLabel[]): Promise<string> {
  const categoryByAgency = await readTable(folder, 'category_by_agency');
  // Read before the problems: its groups name the problems the digest must keep.
  const recurring = await readRecurringGroups(path.join(folder, 'recurring_problems.csv'));
  const problems = await readProblemDigest(path.join(folder, 'problems.csv'), {
    firstProblems: MAXIMUM_PROBLEM_ROWS,
    groupMemberIds: listedProblemIds(recurring),
  });
  // Read after the problems: the level chart counts each notice's leaf problems, and the problem table shows its notices' levels.
  const notices = await readNoticeSummary(path.join(folder, 'notices.csv'), noticeWants(problems));
  const file = path.join(folder, 'report.html');
  await writeFileAtomic(file, renderReportContent({ notices, problems, categoryByAgency, recurring, categories }));
  return file;
}

/** A table read once in chunks, each row kept as a record of copied cells (no cell holds on to its chunk). */
async function readTable(folder: string, name: string): Promise<TableRecords> {
  const records: TableRecord[] = [];
  const columns = await forEachTableRow(path.join(folder, `${name}.csv`), 256 * 1024, (row, header) => {
    const record: TableRecord = {};
    header.forEach((column, index) => {
      record[column] = row[index] === undefined ? null : detached(row[index]);
    });
    records.push(record);
  });
  return { name, columns, records };
}
