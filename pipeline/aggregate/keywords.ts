import type { Cell, ProcessedNotice, Table } from '../types';
import { agencyName } from './agency';
import type { CategoryLabel } from './category';
import { compareNames } from './collate';
import { contentTermsOf } from './content-term-memo';
import { listLeafProblems } from './leaf-problems';

/** Options of the keyword table. */
export interface KeywordOptions {
  /** How many terms each scope lists. */
  topTerms?: number;
  stopWords?: ReadonlySet<string>;
}

const DEFAULT_TOP_TERMS = 20;

/**
 * The term counts one notice adds to the keyword table, as plain data (a worker sends it,
 * the cache keeps it): for each primary category of its leaf problems, how often each
 * content term occurs, in how many of the problems, and how many terms there are.
 */
export interface NoticeKeywordCounts {
  agency: string;
  categories: CategoryTermCounts[];
}

export interface CategoryTermCounts {
  category: string;
  /** Leaf problems of the notice with this primary category. */
  leaves: number;
  /** Content terms of those problems, repeats included. */
  total: number;
  terms: string[];
  /** Parallel to `terms`: occurrences. */
  counts: number[];
  /** Parallel to `terms`: problems that use the term. */
  problems: number[];
}

/** What a keyword accumulator adds notices to and builds the table from. */
export interface KeywordAccumulator {
  add(counts: NoticeKeywordCounts): void;
  table(): Table;
}

/**
 * `keywords`: the terms that characterise all problems (scope `all`), each category (scope
 * `category`, by primary category, labelled in Chinese) and each agency (scope `agency`).
 * A term's score in a scope is its frequency there (share of the scope's terms) times its
 * inverse document frequency over all leaf problems, `ln(1 + N / df)`; `problems` is the
 * number of the scope's problems that use it. Title and body tokens count alike; stop
 * words, single characters and pure numbers are left out.
 */
export function keywords(
  notices: readonly ProcessedNotice[],
  categories: readonly CategoryLabel[],
  options: KeywordOptions = {},
): Table {
  const accumulator = createKeywordAccumulator(categories, options);
  for (const notice of notices) accumulator.add(noticeKeywordCounts(notice, options.stopWords));
  return accumulator.table();
}

/** The term counts of one notice's leaf problems, grouped by primary category. */
export function noticeKeywordCounts(notice: ProcessedNotice, stopWords?: ReadonlySet<string>): NoticeKeywordCounts {
  const byCategory = new Map<string, { leaves: number; total: number; counts: Map<string, number>; problems: Map<string, number> }>();
  for (const leaf of listLeafProblems([notice])) {
    const category = leaf.tagging.primary;
    let entry = byCategory.get(category);
    if (!entry) byCategory.set(category, (entry = { leaves: 0, total: 0, counts: new Map(), problems: new Map() }));
    const terms = [...contentTermsOf(leaf.tokens.titleTokens, stopWords), ...contentTermsOf(leaf.tokens.bodyTokens, stopWords)];
    entry.leaves += 1;
    entry.total += terms.length;
    for (const term of terms) entry.counts.set(term, (entry.counts.get(term) ?? 0) + 1);
    for (const term of new Set(terms)) entry.problems.set(term, (entry.problems.get(term) ?? 0) + 1);
  }
  return {
    agency: agencyName(notice),
    categories: [...byCategory].map(([category, entry]) => ({
      category,
      leaves: entry.leaves,
      total: entry.total,
      terms: [...entry.counts.keys()],
      counts: [...entry.counts.values()],
      problems: [...entry.counts.keys()].map((term) => entry.problems.get(term) ?? 0),
    })),
  };
}

/**
 * Term counts of one scope (all problems, one category, one agency), added to notice by notice.
 * A term's occurrences and problems share one number, `occurrences × PROBLEMS_LIMIT + problems`:
 * one map instead of two, as the agencies' maps are most of what a large run holds.
 */
interface ScopeCounts {
  total: number;
  terms: Map<string, number>;
}

// Above any number of problems a run can have, and small enough for exact sums up to 2^53.
const PROBLEMS_LIMIT = 2 ** 26;

/**
 * Keeps only the per-scope term counts, so that notices can be added one by one (and then
 * forgotten) and the table built at the end is the one `keywords` builds from all of them.
 */
export function createKeywordAccumulator(categories: readonly CategoryLabel[], options: KeywordOptions = {}): KeywordAccumulator {
  const topTerms = options.topTerms ?? DEFAULT_TOP_TERMS;
  if (!Number.isInteger(topTerms) || topTerms < 1) {
    throw new RangeError(`Expected \`topTerms\` to be an integer from 1 and up, got ${topTerms}`);
  }
  const newScope = (): ScopeCounts => ({ total: 0, terms: new Map() });
  const all = newScope();
  const byCategory = new Map<string, ScopeCounts>();
  const byAgency = new Map<string, ScopeCounts>();
  let leaves = 0;
  const scopeOf = (scopes: Map<string, ScopeCounts>, key: string) => {
    let scope = scopes.get(key);
    if (!scope) scopes.set(key, (scope = newScope()));
    return scope;
  };
  const occurrences = (packed: number) => Math.floor(packed / PROBLEMS_LIMIT);
  const problemsOf = (packed: number | undefined) => (packed === undefined ? 0 : packed % PROBLEMS_LIMIT);

  const add = (counts: NoticeKeywordCounts) => {
    for (const entry of counts.categories) {
      leaves += entry.leaves;
      for (const scope of [all, scopeOf(byCategory, entry.category), scopeOf(byAgency, counts.agency)]) {
        scope.total += entry.total;
        entry.terms.forEach((term, index) => {
          scope.terms.set(term, (scope.terms.get(term) ?? 0) + entry.counts[index] * PROBLEMS_LIMIT + entry.problems[index]);
        });
      }
    }
  };

  const table = (): Table => {
    // The problems of scope `all` that use a term are its document frequency over all leaves.
    const inverseFrequency = (term: string) => Math.log(1 + leaves / (problemsOf(all.terms.get(term)) || 1));
    const scopeRows = (scope: string, value: string, counts: ScopeCounts | undefined): Cell[][] => {
      if (!counts) return [];
      return [...counts.terms]
        .map(([term, packed]) => ({ term, score: (occurrences(packed) / counts.total) * inverseFrequency(term) }))
        .sort((left, right) => right.score - left.score || compareNames(left.term, right.term))
        .slice(0, topTerms)
        .map((entry, index) => [scope, value, index + 1, entry.term, round(entry.score), problemsOf(counts.terms.get(entry.term))]);
    };
    return {
      name: 'keywords',
      columns: ['scope', 'scope_value', 'rank', 'term', 'score', 'problems'],
      rows: [
        ...scopeRows('all', '全部', all),
        ...categories.flatMap((category) => scopeRows('category', category.label, byCategory.get(category.key))),
        ...[...byAgency.keys()].sort(compareNames).flatMap((agency) => scopeRows('agency', agency, byAgency.get(agency))),
      ],
    };
  };

  return { add, table };
}

function round(value: number): number {
  return Math.round(value * 1_000_000) / 1_000_000;
}
