import type { Cell } from '../types';
import { forEachTableRow } from './csv-record-reader';
import { detached } from './detached';
import { listOf, recordOf, textOf, type TableRecord, type TableRecords } from './table-records';

/**
 * The most problems a group lists. A group of similar problems may span thousands of
 * agencies; "expand all" and printing open every group, and 111,000 listed problems took
 * Chromium 11 s to lay out. Past this a group lists its first problems and says how many it has.
 */
export const MAXIMUM_GROUP_ROWS = 200;

/**
 * A row of `recurring_problems` as the page shows it: its cells but the two lists of every
 * member, of which it keeps the first `MAXIMUM_GROUP_ROWS` and the count. A group of a
 * national corpus lists tens of thousands of problems; the page shows 200.
 */
export interface RecurringGroup {
  /** The row's cells, without `problem_ids` and `titles`. */
  record: TableRecord;
  /** Its first problem ids. */
  memberIds: string[];
  /** The title of each of those, from the row's `titles` (none when that list does not split into one title per id). */
  memberTitles: string[];
  /** How many problems the row lists. */
  members: number;
}

/** The groups of a `recurring_problems` table held in memory, or `null` when there is none. */
export function recurringGroups(recurring: TableRecords | null): RecurringGroup[] | null {
  return recurring && recurring.records.map(recurringGroupOf);
}

/**
 * The groups of `recurring_problems.csv`, read once in chunks: one row at a time is held
 * whole, each kept as its `RecurringGroup`.
 */
export async function readRecurringGroups(file: string): Promise<RecurringGroup[]> {
  const groups: RecurringGroup[] = [];
  await forEachTableRow(file, 1024 * 1024, (row, columns) => groups.push(recurringGroupOf(recordOf(columns, row))));
  return groups;
}

// What a group keeps is copied (`detached`): a cut string would hold on to its chunk of the file.
function recurringGroupOf(record: TableRecord): RecurringGroup {
  const { problem_ids: identifiers, titles, ...rest } = record;
  const ids = listOf(identifiers);
  return {
    record: Object.fromEntries(Object.entries(rest).map(([column, cell]) => [column, typeof cell === 'string' ? detached(cell) : cell])),
    memberIds: ids.slice(0, MAXIMUM_GROUP_ROWS).map(detached),
    memberTitles: titleListOf(titles, ids.length).slice(0, MAXIMUM_GROUP_ROWS).map(detached),
    members: ids.length,
  };
}

/**
 * The group's titles, one per problem id. Titles may be joined by ` | ` or by `;`; the
 * separator that gives one title per id is the one used, and none when neither does.
 */
function titleListOf(cell: Cell | undefined, expected: number): string[] {
  const text = textOf(cell);
  for (const separator of [' | ', ';']) {
    const titles = text.split(separator).map((title) => title.trim());
    if (titles.length === expected) return titles;
  }
  return [];
}
