export { categoryByAgency, ALL_AGENCIES } from './category-by-agency';
export { categoryStats } from './category-stats';
export { recurringProblems, DEFAULT_RECURRING_THRESHOLD } from './recurring-problems';
export { findRecurringGroups, type RecurringOptions, type RecurringGroups } from './find-recurring-groups';
export { keywords, type KeywordOptions } from './keywords';
export { figures } from './figures';
export { findFigures, type Figure } from './find-figures';
export type { CategoryLabel } from './category';
