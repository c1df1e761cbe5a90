import type { Cell, ProcessedNotice, Table } from '../types';
import { agencyName } from './agency';
import type { CategoryLabel } from './category';
import { compareNames } from './collate';
import { interned, type Interned } from './growable';
import { countProblemTerms, type ProblemTermCounts } from './problem-term-counts';
import { inMemoryAgencyTermStore, type AgencyTermStore } from './agency-term-store';

/** Options of the keyword table. */
export interface KeywordOptions {
  /** How many terms each scope lists. */
  topTerms?: number;
  stopWords?: ReadonlySet<string>;
  /** Where each agency's term counts wait for the end of the run (in memory unless given). */
  agencyTerms?: AgencyTermStore;
}

const DEFAULT_TOP_TERMS = 20;

/**
 * The term counts one notice adds to the keyword table, as plain data (a worker sends it,
 * the cache keeps it): for each primary category of its leaf problems, how often each
 * content term occurs, in how many of the problems, and how many terms there are. Terms are
 * positions in `terms`, so that each term's text is sent, and looked up, once per notice.
 */
export interface NoticeKeywordCounts {
  agency: string;
  terms: string[];
  categories: CategoryTermCounts[];
}

export interface CategoryTermCounts {
  category: string;
  /** Leaf problems of the notice with this primary category. */
  leaves: number;
  /** Content terms of those problems, repeats included. */
  total: number;
  /** Positions in the notice's `terms`. */
  terms: number[];
  /** Parallel to `terms`: occurrences. */
  counts: number[];
  /** Parallel to `terms`: problems that use the term. */
  problems: number[];
}

/** What a keyword accumulator adds notices to and builds the table from. */
export interface KeywordAccumulator {
  /** Adds a notice's counts; `ids` are its terms' numbers in the accumulator's `terms`, if the caller has them already. */
  add(counts: NoticeKeywordCounts, ids?: readonly number[]): void;
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

/**
 * The term counts of one notice's leaf problems, grouped by primary category. `termTable`,
 * if given, numbers the terms (new ones are added to it): a caller that numbers the notice's
 * terms for another table shares the numbers. `counted`, if given, holds each problem's term
 * counts (`countProblemTerms`, by problem index) when the caller has them already.
 */
export function noticeKeywordCounts(
  notice: ProcessedNotice,
  stopWords?: ReadonlySet<string>,
  termTable: Map<string, number> = new Map(),
  counted?: readonly ProblemTermCounts[],
): NoticeKeywordCounts {
  // `slots[position]`: where a term of the notice is in the category's lists (an array, as positions are small and dense).
  const byCategory = new Map<string, { leaves: number; total: number; slots: number[]; terms: number[]; counts: number[]; problems: number[] }>();
  const { problems } = notice.segmentation;
  problems.forEach((problem, index) => {
    if (!problem.leaf) return;
    const category = notice.taggings[index].primary;
    let entry = byCategory.get(category);
    if (!entry) byCategory.set(category, (entry = { leaves: 0, total: 0, slots: [], terms: [], counts: [], problems: [] }));
    const termCounts = counted?.[index] ?? countProblemTerms(notice.tokens[index] ?? { titleTokens: [], bodyTokens: [] }, stopWords);
    entry.leaves += 1;
    entry.total += termCounts.total;
    termCounts.terms.forEach((term, slotInProblem) => {
      let position = termTable.get(term);
      if (position === undefined) termTable.set(term, (position = termTable.size));
      let slot = entry.slots[position];
      if (slot === undefined) {
        entry.slots[position] = slot = entry.terms.length;
        entry.terms.push(position);
        entry.counts.push(0);
        entry.problems.push(0);
      }
      entry.counts[slot] += termCounts.titleCounts[slotInProblem] + termCounts.bodyCounts[slotInProblem];
      entry.problems[slot] += 1;
    });
  });
  return {
    agency: agencyName(notice),
    terms: [...termTable.keys()],
    categories: [...byCategory].map(([category, entry]) => ({
      category,
      leaves: entry.leaves,
      total: entry.total,
      terms: entry.terms,
      counts: entry.counts,
      problems: entry.problems,
    })),
  };
}

/**
 * Term counts of one scope (all problems, or one category), added to notice by notice, by
 * term number. Such a scope holds counts for most terms: arrays by term number. An agency's
 * scope holds few, and there are as many agencies as notices on a national corpus: its counts
 * wait in an `AgencyTermStore`, and only its total is held here. Every count stays a small
 * integer, which an array holds without allocating (sums packed into one number did not, and
 * were the main thread's garbage).
 */
interface DenseScope {
  total: number;
  /** By term number: occurrences, and problems that use the term (grown as terms are numbered). */
  occurrences: Float64Array;
  problems: Float64Array;
}

interface AgencyScope {
  /** The agency's number in the store. */
  id: number;
  total: number;
}

/**
 * Keeps only the per-scope term counts, so that notices can be added one by one (and then
 * forgotten) and the table built at the end is the one `keywords` builds from all of them.
 * `terms` numbers the terms; a caller that numbers them for another table may share it.
 */
export function createKeywordAccumulator(categories: readonly CategoryLabel[], options: KeywordOptions & { terms?: Interned } = {}): KeywordAccumulator {
  const topTerms = options.topTerms ?? DEFAULT_TOP_TERMS;
  if (!Number.isInteger(topTerms) || topTerms < 1) {
    throw new RangeError(`Expected \`topTerms\` to be an integer from 1 and up, got ${topTerms}`);
  }
  const termTable = options.terms ?? interned();
  const newDense = (): DenseScope => ({ total: 0, occurrences: new Float64Array(1024), problems: new Float64Array(1024) });
  // Room for every term number so far: arrays double, so a run grows them a few times only.
  const makeRoom = (scope: DenseScope) => {
    if (scope.occurrences.length >= termTable.texts.length) return;
    let size = scope.occurrences.length;
    while (size < termTable.texts.length) size *= 2;
    for (const key of ['occurrences', 'problems'] as const) {
      const grown = new Float64Array(size);
      grown.set(scope[key]);
      scope[key] = grown;
    }
  };
  const byCategory = new Map<string, DenseScope>();
  const byAgency = new Map<string, AgencyScope>();
  const agencyTerms = options.agencyTerms ?? inMemoryAgencyTermStore();
  let leaves = 0;

  const add = (counts: NoticeKeywordCounts, ids: readonly number[] = counts.terms.map((term) => termTable.id(term))) => {
    let agency = byAgency.get(counts.agency);
    if (!agency) byAgency.set(counts.agency, (agency = { id: byAgency.size, total: 0 }));
    for (const entry of counts.categories) {
      leaves += entry.leaves;
      let category = byCategory.get(entry.category);
      if (!category) byCategory.set(entry.category, (category = newDense()));
      makeRoom(category);
      category.total += entry.total;
      const { occurrences, problems } = category;
      for (let index = 0; index < entry.terms.length; index++) {
        const id = ids[entry.terms[index]];
        occurrences[id] += entry.counts[index];
        problems[id] += entry.problems[index];
      }
      agency.total += entry.total;
      for (let index = 0; index < entry.terms.length; index++) agencyTerms.add(agency.id, ids[entry.terms[index]], entry.counts[index], entry.problems[index]);
    }
  };

  const table = (): Table => {
    // Scope `all` is the sum of the categories' (a problem has one primary category): summed
    // once here rather than counted again for every notice.
    const all = newDense();
    makeRoom(all);
    for (const category of byCategory.values()) {
      makeRoom(category);
      all.total += category.total;
      for (let id = 0; id < termTable.texts.length; id++) {
        all.occurrences[id] += category.occurrences[id];
        all.problems[id] += category.problems[id];
      }
    }
    // The problems of scope `all` that use a term are its document frequency over all leaves.
    const inverseFrequency = (id: number) => Math.log(1 + leaves / (all.problems[id] || 1));
    const ranked = (scope: string, value: string, total: number, entries: Iterable<[number, number, number]>): Cell[][] => {
      const scored: { term: string; score: number; problems: number }[] = [];
      for (const [id, occurrences, problems] of entries) scored.push({ term: termTable.texts[id], score: (occurrences / total) * inverseFrequency(id), problems });
      // By score first, which is cheap; only the terms that reach the last place kept are
      // compared by name, which the collator makes costly on an agency's thousands of terms.
      scored.sort((left, right) => right.score - left.score);
      const lastKept = scored[Math.min(topTerms, scored.length) - 1]?.score ?? Infinity;
      let reaching = 0;
      while (reaching < scored.length && scored[reaching].score >= lastKept) reaching++;
      return scored
        .slice(0, reaching)
        .sort((left, right) => right.score - left.score || compareNames(left.term, right.term))
        .slice(0, topTerms)
        .map((entry, index) => [scope, value, index + 1, entry.term, round(entry.score), entry.problems]);
    };
    const denseRows = (scope: string, value: string, counts: DenseScope | undefined): Cell[][] => {
      if (!counts) return [];
      function* entries(): Generator<[number, number, number]> {
        for (let id = 0; id < counts!.occurrences.length; id++) if (counts!.occurrences[id]) yield [id, counts!.occurrences[id], counts!.problems[id]];
      }
      return ranked(scope, value, counts.total, entries());
    };
    // Each agency's rows, scored as its counts come back from the store; an agency whose
    // notices had no leaf problem with a content term has none.
    const names: string[] = [];
    for (const [name, agency] of byAgency) names[agency.id] = name;
    const agencyRows = new Map<string, Cell[][]>();
    agencyTerms.forEachAgency((id, counts) => {
      if (counts.size > 0) agencyRows.set(names[id], ranked('agency', names[id], byAgency.get(names[id])!.total, counts.entries()));
    });
    return {
      name: 'keywords',
      columns: ['scope', 'scope_value', 'rank', 'term', 'score', 'problems'],
      rows: [
        ...denseRows('all', '全部', all),
        ...categories.flatMap((category) => denseRows('category', category.label, byCategory.get(category.key))),
        ...[...agencyRows.keys()].sort(compareNames).flatMap((agency) => agencyRows.get(agency)!),
      ],
    };
  };

  return { add, table };
}

function round(value: number): number {
  return Math.round(value * 1_000_000) / 1_000_000;
}
