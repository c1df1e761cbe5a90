import type { Cell, ProcessedNotice, Table } from '../types';
import type { CategoryLabel } from './category';
import { compareNames } from './collate';
import { isContentTerm } from './content-term';
import { listLeafProblems, type LeafProblem } from './leaf-problems';

/** Options of the keyword table. */
export interface KeywordOptions {
  /** How many terms each scope lists. */
  topTerms?: number;
  stopWords?: ReadonlySet<string>;
}

const DEFAULT_TOP_TERMS = 20;

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
  const topTerms = options.topTerms ?? DEFAULT_TOP_TERMS;
  if (!Number.isInteger(topTerms) || topTerms < 1) {
    throw new RangeError(`Expected \`topTerms\` to be an integer from 1 and up, got ${topTerms}`);
  }
  const leaves = listLeafProblems(notices);
  const termLists = leaves.map((leaf) =>
    [...leaf.tokens.titleTokens, ...leaf.tokens.bodyTokens].filter((token) => isContentTerm(token, options.stopWords)),
  );
  const documentFrequency = new Map<string, number>();
  for (const terms of termLists) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const inverseFrequency = (term: string) => Math.log(1 + leaves.length / (documentFrequency.get(term) ?? 1));

  const scopeRows = (scope: string, value: string, members: number[]): Cell[][] => {
    const counts = new Map<string, number>();
    const problems = new Map<string, number>();
    let total = 0;
    for (const member of members) {
      for (const term of termLists[member]) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const term of new Set(termLists[member])) problems.set(term, (problems.get(term) ?? 0) + 1);
      total += termLists[member].length;
    }
    return [...counts]
      .map(([term, count]) => ({ term, score: (count / total) * inverseFrequency(term) }))
      .sort((left, right) => right.score - left.score || compareNames(left.term, right.term))
      .slice(0, topTerms)
      .map((entry, index) => [scope, value, index + 1, entry.term, round(entry.score), problems.get(entry.term) ?? 0]);
  };

  const byCategory = indicesBy(leaves, (leaf) => leaf.tagging.primary);
  const byAgency = indicesBy(leaves, (leaf) => leaf.agency);
  return {
    name: 'keywords',
    columns: ['scope', 'scope_value', 'rank', 'term', 'score', 'problems'],
    rows: [
      ...scopeRows('all', '全部', leaves.map((_, index) => index)),
      ...categories.flatMap((category) => scopeRows('category', category.label, byCategory.get(category.key) ?? [])),
      ...[...byAgency.keys()].sort(compareNames).flatMap((agency) => scopeRows('agency', agency, byAgency.get(agency) ?? [])),
    ],
  };
}

function indicesBy(leaves: readonly LeafProblem[], key: (leaf: LeafProblem) => string): Map<string, number[]> {
  const indices = new Map<string, number[]>();
  leaves.forEach((leaf, index) => {
    const value = key(leaf);
    let list = indices.get(value);
    if (!list) indices.set(value, (list = []));
    list.push(index);
  });
  return indices;
}

function round(value: number): number {
  return Math.round(value * 1_000_000) / 1_000_000;
}
