import { categoryByAgency, categoryStats, recurringProblems, type CategoryLabel } from '../aggregate';
import { createKeywordAccumulator } from '../aggregate/keywords';
import type { Table } from '../types';
import type { NoticeOutcome } from './notice-outcome';
import { noticeFromSummary, type NoticeSummary } from './notice-summary';

/** The tables that need every notice of the run, built from notice outcomes added one by one. */
export interface CorpusTables {
  add(outcome: NoticeOutcome): void;
  /** `category_by_agency`, `category_stats`, `recurring_problems` and `keywords`, in that order; the time each took is added to `timings`. */
  tables(timings?: Record<string, number>): Table[];
}

/**
 * Keeps, per notice, only its summary (titles, title tokens, categories, agency) and adds its
 * term counts to the keyword table's counts; texts, bodies and measures are never held.
 * Strings are interned: a term, a numbering path (二.(一)), an agency or a title that many
 * notices share is one string in memory, not one per notice.
 */
export function createCorpusTables(categories: readonly CategoryLabel[], options: { recurringThreshold: number }): CorpusTables {
  const summaries: NoticeSummary[] = [];
  const keywordTable = createKeywordAccumulator(categories);
  const interned = new Map<string, string>();
  const intern = (text: string): string => {
    const known = interned.get(text);
    if (known !== undefined) return known;
    interned.set(text, text);
    return text;
  };

  return {
    add(outcome) {
      const { summary } = outcome;
      for (const problem of summary.problems) {
        problem.path = intern(problem.path);
        problem.parent = problem.parent === null ? null : intern(problem.parent);
        problem.title = intern(problem.title);
        problem.titleTokens = problem.titleTokens.map(intern);
        problem.primary = intern(problem.primary);
      }
      if (summary.agency !== null) summary.agency = intern(summary.agency);
      const { province, city, district } = summary.region;
      summary.region = { province: province && intern(province), city: city && intern(city), district: district && intern(district) };
      summaries.push(summary);
      keywordTable.add(outcome.keywordCounts);
    },
    tables(timings = {}) {
      const time = <T>(name: string, build: () => T): T => {
        const started = performance.now();
        const result = build();
        timings[name] = (timings[name] ?? 0) + (performance.now() - started);
        return result;
      };
      const notices = summaries.map(noticeFromSummary);
      return [
        time('category_by_agency', () => categoryByAgency(notices, categories)),
        time('category_stats', () => categoryStats(notices, categories)),
        time('recurring_problems', () => recurringProblems(notices, categories, { threshold: options.recurringThreshold })),
        time('keywords', () => keywordTable.table()),
      ];
    },
  };
}
