import { readFileSync } from 'node:fs';
import { categoryScores } from '../../pipeline/evaluate/category-metrics';
import type { CategoryScores } from '../../pipeline/evaluate/evaluation-types';
import type { MatchedProblem } from '../../pipeline/evaluate/problem-matching';
import { tagProblem } from '../../pipeline/tag';
import type { Taxonomy } from '../../pipeline/taxonomy';
import { tokenizeProblem, type Tokenizer } from '../../pipeline/tokenize';
import type { Problem } from '../../pipeline/types';

/** One labelled problem of a held-out set: a title in the genre's wording and one rectification sentence. */
export interface HoldoutProblem {
  title: string;
  body: string;
  agency: string;
  primary: string;
  secondary: string[];
}

/** The problems of a held-out set in `tests/fixtures/` (same format for every set). */
export function readHoldout(fixture: string): HoldoutProblem[] {
  return (JSON.parse(readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), 'utf8')) as { problems: HoldoutProblem[] }).problems;
}

function asProblem(item: HoldoutProblem, index: number): Problem {
  const number = `${index + 1}.`;
  return { path: String(index + 1), number, area: null, parent: null, title: item.title, titleRaw: `${number}${item.title}。`, status: null, leaf: true, body: item.body, measures: [], truncated: false };
}

/**
 * Tags every held-out problem and scores the labels against the set's; the confusion table
 * (gold rows, output columns) and the primary misses are printed for whoever tunes the cues.
 */
export function scoreHoldout(holdout: readonly HoldoutProblem[], taxonomy: Taxonomy, tokenizer: Tokenizer, setName: string): CategoryScores {
  const labelOf = new Map(taxonomy.categories.map((category) => [category.key, category.label]));
  const matched: MatchedProblem[] = holdout.map((item, index) => {
    const problem = asProblem(item, index);
    const tagging = tagProblem(problem, tokenizeProblem(problem, tokenizer), taxonomy);
    const labels = [tagging.primary, ...tagging.secondary].map((key) => labelOf.get(key) ?? key);
    return {
      gold: { path: problem.path, title: item.title, primary: item.primary, secondary: item.secondary },
      output: { primary_category: labels[0], categories: labels.join(';') },
    };
  });
  const scores = categoryScores(matched, taxonomy);
  const { keys, counts } = scores.confusion;
  const misses = matched
    .filter(({ gold, output }) => labelOf.get(gold.primary) !== output.primary_category)
    .map(({ gold, output }) => `  ${gold.primary} → ${output.categories}: ${gold.title}`);
  console.info([
    `primary accuracy ${scores.primaryAccuracy?.toFixed(3)}, micro-F1 ${scores.microF1?.toFixed(3)} on ${scores.problems} ${setName}`,
    `gold \\ output ${keys.join(' ')}`,
    ...keys.map((key, row) => `${key.padEnd(14)} ${counts[row].join(' ')}`),
    'primary misses:',
    ...misses,
  ].join('\n'));
  return scores;
}

/** The labels of every held-out problem that the taxonomy does not know, or that put 其他 beside another category. */
export function invalidLabels(holdout: readonly HoldoutProblem[], taxonomy: Taxonomy): string[] {
  const keys = new Set(taxonomy.categories.map((category) => category.key));
  return holdout
    .filter((item) => ![item.primary, ...item.secondary].every((key) => keys.has(key)) || item.secondary.includes('other') || (item.primary === 'other' && item.secondary.length > 0))
    .map((item) => item.title);
}
