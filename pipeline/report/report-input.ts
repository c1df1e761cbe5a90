import type { Table } from '../types';
import type { CategoryLabel } from '../write/notice-tables';

/** What the report is drawn from: the run's output tables and the categories in taxonomy order. */
export interface ReportInput {
  /** The tables the run wrote; the report reads `notices`, `problems`, `category_by_agency` and `recurring_problems` by name. */
  tables: readonly Table[];
  /** Category keys and labels in the taxonomy's order (the labels head the columns of `category_by_agency`). */
  categories: readonly CategoryLabel[];
}
