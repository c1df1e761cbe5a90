import type { LeafProblem } from './leaf-problems';
import { isContentTermMemo } from './content-term-memo';
import { findingConcepts } from './finding-concepts';
// Only the Chinese n-grams: natural's index loads dotenv and heavy optional backends.
import chineseNgrams from 'natural/lib/natural/ngrams/ngrams_zh.js';

/** How much each source of terms counts towards what a finding is about. */
export interface FindingTermWeights {
  /** The heading of the problem a sub-problem details names its finding too, a bit less precisely. */
  parentTitle: number;
  /**
   * The share (0–1) of the similarity that comes from the recurring findings the titles name
   * (`finding-concepts.json`) rather than from their words; used where both problems name one.
   */
  concept: number;
  /**
   * Character pairs inside longer words, so that 组织生活会 meets 组织生活 and 专业人才 meets
   * 专业技术人员 however the tokenizer cut them.
   */
  characterPairs: number;
  /** The rectification text: many words, few of them about the finding itself. */
  body: number;
}

export const DEFAULT_FINDING_TERM_WEIGHTS: FindingTermWeights = { parentTitle: 0.6, concept: 0.6, characterPairs: 0.35, body: 0 };

/** Prefix that keeps character-pair features apart from words of two characters. */
const PAIR_PREFIX = '~';

// Past this many distinct words the memo of their character pairs starts afresh.
const PAIR_MEMO_LIMIT = 100_000;
const pairMemo = new Map<string, readonly string[]>();

/**
 * The character-pair features of a word of three characters or more (none for shorter ones),
 * remembered: a parent's heading is read again for each of its sub-problems.
 */
function characterPairs(word: string): readonly string[] {
  let pairs = pairMemo.get(word);
  if (pairs === undefined) {
    if (pairMemo.size >= PAIR_MEMO_LIMIT) pairMemo.clear();
    pairs = [...word].length < 3 ? [] : chineseNgrams.bigrams(word).map((characters: string[]) => PAIR_PREFIX + characters.join(''));
    pairMemo.set(word, pairs);
  }
  return pairs;
}

/**
 * The terms that describe a leaf problem's finding, with their weighted counts: `words`
 * holds its title's content words, its parent's title words, character pairs of the longer
 * words and, if asked for, the words of its rectification text; `concepts` holds the
 * recurring findings its title and, with less weight, its parent's title name.
 */
export function findingTerms(
  leaf: LeafProblem,
  stopWords: ReadonlySet<string> | undefined,
  weights: FindingTermWeights = DEFAULT_FINDING_TERM_WEIGHTS,
): { words: Map<string, number>; concepts: Map<string, number> } {
  const terms = new Map<string, number>();
  const add = (tokens: readonly string[], weight: number) => {
    if (weight <= 0) return;
    for (const token of tokens) {
      if (!isContentTermMemo(token, stopWords)) continue;
      terms.set(token, (terms.get(token) ?? 0) + weight);
      if (weights.characterPairs <= 0) continue;
      for (const pair of characterPairs(token)) {
        terms.set(pair, (terms.get(pair) ?? 0) + weight * weights.characterPairs);
      }
    }
  };
  add(leaf.tokens.titleTokens, 1);
  if (leaf.parent) add(leaf.parent.tokens.titleTokens, weights.parentTitle);
  add(leaf.tokens.bodyTokens, weights.body);

  const concepts = new Map(findingConcepts(leaf.problem.title).map((concept) => [concept, 1]));
  // A concept named by both the sub-problem and its parent's heading is what the sub-problem
  // is mainly about; one its detailed first sentence mentions in passing is not.
  if (leaf.parent && weights.parentTitle > 0) {
    for (const concept of findingConcepts(leaf.parent.problem.title)) {
      concepts.set(concept, (concepts.get(concept) ?? 0) + weights.parentTitle);
    }
  }
  return { words: terms, concepts };
}
