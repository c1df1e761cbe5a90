import { max, mean, median, min } from 'd3-array';
import type { Cell, ProcessedNotice, Table } from '../types';
import { agencyName } from './agency';
import type { CategoryLabel } from './category';
import { compareNames } from './collate';
import { growableInt32, type Growable } from './growable';
import type { NoticeFindings } from './leaf-findings';
import { listLeafProblems } from './leaf-problems';
import { share } from './share';

/** The agency name of the final row of `category_by_agency`, which sums all agencies. */
export const ALL_AGENCIES = '全部';

/** What the category tables read of a notice: its agency, where it is, and its leaves' primary categories. */
export type NoticeCategories = Pick<NoticeFindings, 'agency' | 'level' | 'region'> & { leaves: readonly { primary: string }[] };

/** Counts that notices are added to one by one, and the two category tables built from them. */
export interface CategoryTally {
  add(notice: NoticeCategories): void;
  /** `category_by_agency`. */
  byAgency(): Table;
  /** `category_stats`. */
  stats(): Table;
}

interface AgencyTally {
  agency: string;
  /** Of the agency's first notice. */
  place: Pick<NoticeCategories, 'level' | 'region'> | null;
  notices: number;
  problems: number;
  byCategory: Map<string, number>;
}

/** What the category tables read of a processed notice. */
export function noticeCategories(notice: ProcessedNotice): NoticeCategories {
  return {
    agency: agencyName(notice),
    level: notice.metadata.level,
    region: notice.metadata.region,
    leaves: listLeafProblems([notice]).map((leaf) => ({ primary: leaf.tagging.primary })),
  };
}

/**
 * An empty tally. It keeps per agency its counts, and per notice one count per category
 * (for the per-notice figures of `category_stats`): a few bytes a notice.
 */
export function createCategoryTally(categories: readonly CategoryLabel[]): CategoryTally {
  const tallies = new Map<string, AgencyTally>();
  const perNotice = new Map<string, Growable<Int32Array>>(categories.map((category) => [category.key, growableInt32()]));
  const agenciesByCategory = new Map<string, Set<string>>(categories.map((category) => [category.key, new Set()]));
  let leaves = 0;

  return {
    add(notice) {
      let tally = tallies.get(notice.agency);
      if (!tally) {
        // The first notice of an agency gives its level and region.
        tally = { agency: notice.agency, place: { level: notice.level, region: { ...notice.region } }, notices: 0, problems: 0, byCategory: new Map() };
        tallies.set(notice.agency, tally);
      }
      tally.notices += 1;
      const counts = new Map<string, number>();
      for (const { primary } of notice.leaves) {
        tally.problems += 1;
        tally.byCategory.set(primary, (tally.byCategory.get(primary) ?? 0) + 1);
        counts.set(primary, (counts.get(primary) ?? 0) + 1);
        agenciesByCategory.get(primary)?.add(notice.agency);
      }
      leaves += notice.leaves.length;
      for (const [category, counted] of perNotice) counted.push(counts.get(category) ?? 0);
    },

    byAgency() {
      const agencies = [...tallies.values()].sort((left, right) => compareNames(left.agency, right.agency));
      const total: AgencyTally = { agency: ALL_AGENCIES, place: null, notices: 0, problems: 0, byCategory: new Map() };
      for (const tally of agencies) {
        total.notices += tally.notices;
        total.problems += tally.problems;
        for (const [category, count] of tally.byCategory) total.byCategory.set(category, (total.byCategory.get(category) ?? 0) + count);
      }
      const rowOf = (tally: AgencyTally): Cell[] => [
        tally.agency,
        tally.place?.level ?? null,
        tally.place?.region.province ?? null,
        tally.place?.region.city ?? null,
        tally.place?.region.district ?? null,
        tally.notices,
        tally.problems,
        ...categories.flatMap((category) => {
          const count = tally.byCategory.get(category.key) ?? 0;
          return [count, share(count, tally.problems)];
        }),
      ];
      return {
        name: 'category_by_agency',
        columns: [
          'agency', 'level', 'province', 'city', 'district', 'notices', 'problems',
          ...categories.flatMap((category) => [category.label, `${category.label}_share`]),
        ],
        rows: [...agencies.map(rowOf), rowOf(total)],
      };
    },

    stats() {
      const rows = categories.map((category) => {
        // Every notice counts, those without the category as zero, so that the figures compare across categories.
        const counts = perNotice.get(category.key)!.values();
        let problems = 0;
        let notices = 0;
        for (const count of counts) {
          problems += count;
          if (count > 0) notices += 1;
        }
        return [
          category.key,
          category.label,
          problems,
          share(problems, leaves),
          notices,
          agenciesByCategory.get(category.key)!.size,
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
    },
  };
}

function roundOrNull(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value * 10_000) / 10_000;
}
