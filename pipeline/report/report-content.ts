import type { CategoryLabel } from '../write/notice-tables';
import type { NoticeSummary } from './notice-summary';
import type { ProblemDigest } from './problem-digest';
import type { RecurringGroup } from './recurring-groups';
import type { TableRecords } from './table-records';

/**
 * What the page is drawn from: the tables of one row per agency or group whole, the notice
 * table as its summary (drawn with the problem digest's wants, `noticeWants`), the problem
 * table as its digest; a table the run did not produce is `null`.
 */
export interface ReportContent {
  notices: NoticeSummary | null;
  problems: ProblemDigest | null;
  categoryByAgency: TableRecords | null;
  recurring: readonly RecurringGroup[] | null;
  /** Category keys and labels in the taxonomy's order. */
  categories: readonly CategoryLabel[];
}
