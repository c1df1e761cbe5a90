import { createFindingIndex, recurringTable, type CategoryLabel } from '../aggregate';
import { createCategoryTally } from '../aggregate/category-tally';
import type { AgencyTermStore } from '../aggregate/agency-term-store';
import type { Interned } from '../aggregate/growable';
import { createKeywordAccumulator } from '../aggregate/keywords';
import type { Table } from '../types';
import type { NoticeOutcome } from './notice-outcome';

/** The tables that need every notice of the run, built from notice outcomes added one by one. */
export interface CorpusTables {
  /** Adds a notice's outcome; `termIds` are its terms' numbers in `options.terms`, if the caller numbered them already. */
  add(outcome: Pick<NoticeOutcome, 'findings' | 'keywordCounts'>, termIds?: readonly number[]): void;
  /** `category_by_agency`, `category_stats`, `recurring_problems` and `keywords`, in that order; the time each took is added to `timings`. */
  tables(timings?: Record<string, number>): Table[];
}

/**
 * Keeps, per notice, only counts and, per leaf problem, its finding in a compact index
 * (`createFindingIndex`); texts, bodies, measures and tokens are never held.
 */
export function createCorpusTables(
  categories: readonly CategoryLabel[],
  options: { recurringThreshold: number; terms?: Interned; agencyTerms?: AgencyTermStore },
): CorpusTables {
  const tally = createCategoryTally(categories);
  const index = createFindingIndex();
  const keywordTable = createKeywordAccumulator(categories, { terms: options.terms, agencyTerms: options.agencyTerms });

  return {
    add(outcome, termIds) {
      tally.add(outcome.findings);
      index.add(outcome.findings);
      keywordTable.add(outcome.keywordCounts, termIds);
    },
    tables(timings = {}) {
      const time = <T>(name: string, build: () => T): T => {
        const started = performance.now();
        const result = build();
        timings[name] = (timings[name] ?? 0) + (performance.now() - started);
        return result;
      };
      return [
        time('category_by_agency', () => tally.byAgency()),
        time('category_stats', () => tally.stats()),
        time('recurring_problems', () => recurringTable(index, categories, { threshold: options.recurringThreshold })),
        time('keywords', () => keywordTable.table()),
      ];
    },
  };
}
