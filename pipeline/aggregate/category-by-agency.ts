import type { ProcessedNotice, Table } from '../types';
import type { CategoryLabel } from './category';
import { createCategoryTally, noticeCategories } from './category-tally';

export { ALL_AGENCIES } from './category-tally';

/**
 * `category_by_agency`: per agency, its notices, its leaf problems and, for each category in
 * taxonomy order, how many of its problems have that primary category and their share; a
 * final row `全部` sums all agencies.
 */
export function categoryByAgency(notices: readonly ProcessedNotice[], categories: readonly CategoryLabel[]): Table {
  const tally = createCategoryTally(categories);
  for (const notice of notices) tally.add(noticeCategories(notice));
  return tally.byAgency();
}
