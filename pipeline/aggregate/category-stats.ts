import { max, mean, median, min } from 'd3-array';
import type { ProcessedNotice, Table } from '../types';
import type { CategoryLabel } from './category';
import { listLeafProblems } from './leaf-problems';
import { share } from './share';

/**
 * `category_stats`: per category (taxonomy order), its leaf problems by primary category,
 * their share of all problems, the notices and agencies where it appears, and the mean,
 * median, min and max of its problem count per notice. The per-notice figures run over
 * every notice, those without the category counting zero, so that they compare across categories.
 */
export function categoryStats(notices: readonly ProcessedNotice[], categories: readonly CategoryLabel[]): Table {
  const leaves = listLeafProblems(notices);
  const countsByCategory = new Map(categories.map((category) => [category.key, new Map<ProcessedNotice, number>()]));
  for (const leaf of leaves) {
    const perNotice = countsByCategory.get(leaf.tagging.primary);
    if (perNotice) perNotice.set(leaf.notice, (perNotice.get(leaf.notice) ?? 0) + 1);
  }

  const rows = categories.map((category) => {
    const perNotice = countsByCategory.get(category.key) ?? new Map<ProcessedNotice, number>();
    const counts = notices.map((notice) => perNotice.get(notice) ?? 0);
    const problems = counts.reduce((sum, count) => sum + count, 0);
    const agencies = new Set(leaves.filter((leaf) => leaf.tagging.primary === category.key).map((leaf) => leaf.agency));
    return [
      category.key,
      category.label,
      problems,
      share(problems, leaves.length),
      perNotice.size,
      agencies.size,
      roundOrNull(mean(counts)),
      roundOrNull(median(counts)),
      min(counts) ?? null,
      max(counts) ?? null,
    ];
  });

  return {
    name: 'category_stats',
    columns: [
      'category', 'label', 'problems', 'share', 'notices', 'agencies',
      'mean_per_notice', 'median_per_notice', 'min_per_notice', 'max_per_notice',
    ],
    rows,
  };
}

function roundOrNull(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value * 10_000) / 10_000;
}
