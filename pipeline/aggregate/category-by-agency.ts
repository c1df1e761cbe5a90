import type { Cell, ProcessedNotice, Table } from '../types';
import { agencyName } from './agency';
import type { CategoryLabel } from './category';
import { compareNames } from './collate';
import { listLeafProblems } from './leaf-problems';
import { share } from './share';

/** The agency name of the final row, which sums all agencies. */
export const ALL_AGENCIES = '全部';

interface AgencyTally {
  agency: string;
  notice: ProcessedNotice | null;
  notices: number;
  problems: number;
  byCategory: Map<string, number>;
}

/**
 * `category_by_agency`: per agency, its notices, its leaf problems and, for each category in
 * taxonomy order, how many of its problems have that primary category and their share; a
 * final row `全部` sums all agencies.
 */
export function categoryByAgency(notices: readonly ProcessedNotice[], categories: readonly CategoryLabel[]): Table {
  const tallies = new Map<string, AgencyTally>();
  const tallyOf = (notice: ProcessedNotice): AgencyTally => {
    const agency = agencyName(notice);
    let tally = tallies.get(agency);
    if (!tally) {
      // The first notice of an agency gives its level and region.
      tally = { agency, notice, notices: 0, problems: 0, byCategory: new Map() };
      tallies.set(agency, tally);
    }
    return tally;
  };
  for (const notice of notices) tallyOf(notice).notices += 1;
  for (const leaf of listLeafProblems(notices)) {
    const tally = tallyOf(leaf.notice);
    tally.problems += 1;
    const category = leaf.tagging.primary;
    tally.byCategory.set(category, (tally.byCategory.get(category) ?? 0) + 1);
  }

  const agencies = [...tallies.values()].sort((left, right) => compareNames(left.agency, right.agency));
  const total: AgencyTally = { agency: ALL_AGENCIES, notice: null, notices: 0, problems: 0, byCategory: new Map() };
  for (const tally of agencies) {
    total.notices += tally.notices;
    total.problems += tally.problems;
    for (const [category, count] of tally.byCategory) {
      total.byCategory.set(category, (total.byCategory.get(category) ?? 0) + count);
    }
  }

  const rowOf = (tally: AgencyTally): Cell[] => {
    const metadata = tally.notice?.metadata;
    const counts = categories.flatMap((category) => {
      const count = tally.byCategory.get(category.key) ?? 0;
      return [count, share(count, tally.problems)];
    });
    return [
      tally.agency,
      metadata?.level ?? null,
      metadata?.region.province ?? null,
      metadata?.region.city ?? null,
      metadata?.region.district ?? null,
      tally.notices,
      tally.problems,
      ...counts,
    ];
  };

  return {
    name: 'category_by_agency',
    columns: [
      'agency', 'level', 'province', 'city', 'district', 'notices', 'problems',
      ...categories.flatMap((category) => [category.label, `${category.label}_share`]),
    ],
    rows: [...agencies.map(rowOf), rowOf(total)],
  };
}
