import type { Taxonomy } from '../taxonomy';
import type { Problem, Tagging, TokenizedProblem } from '../types';
import { foundCueIndexes, matchCues } from './match-cues';
import { evidenceOf, scoreCategory, type CategoryScore } from './score-category';
import { DEFAULT_SCORING, type ScoringOptions } from './scoring';
import { taxonomyMatcher } from './taxonomy-matcher';

/**
 * A problem's categories: the primary is the category whose cues weigh most (title first), the
 * secondary ones (at most two) are other categories with clear evidence; the fallback category
 * is given only when no other category fits, and never with another one.
 */
export function tagProblem(problem: Problem, tokens: TokenizedProblem, taxonomy: Taxonomy, scoring: ScoringOptions = DEFAULT_SCORING): Tagging {
  const matcher = taxonomyMatcher(taxonomy);
  // A title cue counts once however often it occurs; body cues count up to a limit.
  const title = matchCues(matcher, problem.title, tokens.titleTokens, 1, matcher.workspace.title);
  const body = matchCues(matcher, problem.body, tokens.bodyTokens, occurrencesWorthCounting(scoring.bodyOccurrencesCounted), matcher.workspace.body);
  const foundCues = foundCueIndexes(matcher, [title, body]);
  const scores = taxonomy.categories.map((category, index) => scoreCategory(category, { cues: foundCues[index], slots: matcher.cueSlots[index] }, problem, { title, body }, scoring));
  const fits = (score: CategoryScore): boolean =>
    score.key === taxonomy.fallback ? score.total > 0 : score.title > 0 || score.body >= scoring.bodyScoreToFit;
  const ranked = scores.filter(fits).sort((first, second) => second.total - first.total);
  const scoreTable = Object.fromEntries(scores.map((score) => [score.key, round(score.total)]));
  const best = ranked[0];
  // Sentences are quoted only for the categories given, which are all the evidence shows.
  const evidence = (given: CategoryScore[]) => given.flatMap((score) => score.found.map((found) => evidenceOf(found, problem)));
  if (best === undefined || best.key === taxonomy.fallback) {
    return { primary: taxonomy.fallback, secondary: [], scores: scoreTable, evidence: evidence(best ? [best] : []) };
  }
  const secondary = ranked
    .slice(1)
    .filter((score) => score.key !== taxonomy.fallback)
    .filter((score) => score.total >= scoring.secondaryMinimum && score.total >= best.total * scoring.secondaryShare)
    .slice(0, scoring.secondaryLimit);
  return {
    primary: best.key,
    secondary: secondary.map((score) => score.key),
    scores: scoreTable,
    evidence: evidence([best, ...secondary]),
  };
}

/**
 * How many body occurrences a scan must count so that `Math.min(count, counted)` comes out as
 * if all were counted: at least one, to know the cue is there at all.
 */
function occurrencesWorthCounting(counted: number): number {
  return counted >= 1 ? Math.ceil(counted) : 1;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
