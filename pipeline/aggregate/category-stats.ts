import type { ProcessedNotice, Table } from '../types';
import type { CategoryLabel } from './category';
import { createCategoryTally, noticeCategories } from './category-tally';

/**
 * `category_stats`: per category (taxonomy order), its leaf problems by primary category,
 * their share of all problems, the notices and agencies where it appears, and the mean,
 * median, min and max of its problem count per notice. The per-notice figures run over
 * every notice, those without the category counting zero, so that they compare across categories.
 */
export function categoryStats(notices: readonly ProcessedNotice[], categories: readonly CategoryLabel[]): Table {
  const tally = createCategoryTally(categories);
  for (const notice of notices) tally.add(noticeCategories(notice));
  return tally.stats();
}
