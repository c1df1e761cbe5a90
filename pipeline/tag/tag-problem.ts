import type { Category, Cue, Taxonomy } from '../taxonomy';
import type { Evidence, Problem, Tagging, TokenizedProblem } from '../types';
import { findCue, matchableText, type CueOccurrence, type MatchableText } from './find-cues';
import { DEFAULT_SCORING, type ScoringOptions } from './scoring';
import { sentenceAround } from './sentence-around';

/** What one category scored on one problem. */
interface CategoryScore {
  key: string;
  /** The strongest title cue's weight, and a share of each further distinct one's. */
  title: number;
  /** Sum of the weights of the cues found in the body, repeated ones counted a few times. */
  body: number;
  total: number;
  evidence: Evidence[];
}

/**
 * A problem's categories: the primary is the category whose cues weigh most (title first), the
 * secondary ones (at most two) are other categories with clear evidence; the fallback category
 * is given only when no other category fits, and never with another one.
 */
export function tagProblem(problem: Problem, tokens: TokenizedProblem, taxonomy: Taxonomy, scoring: ScoringOptions = DEFAULT_SCORING): Tagging {
  const title = matchableText(problem.title, tokens.titleTokens);
  const body = matchableText(problem.body, tokens.bodyTokens);
  const scores = taxonomy.categories.map((category) => scoreCategory(category, problem, { title, body }, scoring));
  const fits = (score: CategoryScore): boolean =>
    score.key === taxonomy.fallback ? score.total > 0 : score.title > 0 || score.body >= scoring.bodyScoreToFit;
  const ranked = scores.filter(fits).sort((first, second) => second.total - first.total);
  const scoreTable = Object.fromEntries(scores.map((score) => [score.key, round(score.total)]));
  const best = ranked[0];
  if (best === undefined || best.key === taxonomy.fallback) {
    return { primary: taxonomy.fallback, secondary: [], scores: scoreTable, evidence: best?.evidence ?? [] };
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
    evidence: [best, ...secondary].flatMap((score) => score.evidence),
  };
}

function scoreCategory(category: Category, problem: Problem, texts: { title: MatchableText; body: MatchableText }, scoring: ScoringOptions): CategoryScore {
  const score: CategoryScore = { key: category.key, title: 0, body: 0, total: 0, evidence: [] };
  const titleWeights: number[] = [];
  for (const cue of category.cues) {
    const inTitle = findCue(cue, texts.title);
    const inBody = findCue(cue, texts.body);
    if (inTitle.length > 0) {
      titleWeights.push(cue.weight);
      score.evidence.push({ category: category.key, cue: cueAsFound(cue, problem.title, inTitle[0]), where: 'title', context: sentenceAround(problem.title, inTitle[0].start, inTitle[0].end), weight: cue.weight * scoring.titleWeight });
    }
    if (inBody.length > 0) {
      const counted = Math.min(inBody.length, scoring.bodyOccurrencesCounted);
      score.body += cue.weight * counted;
      score.evidence.push({ category: category.key, cue: cueAsFound(cue, problem.body, inBody[0]), where: 'body', context: sentenceAround(problem.body, inBody[0].start, inBody[0].end), weight: cue.weight * counted * scoring.bodyWeight });
    }
  }
  score.title = strongestFirst(titleWeights, scoring.titleFurtherCueShare);
  score.total = score.title * scoring.titleWeight + score.body * scoring.bodyWeight;
  // Strongest evidence first, so the first item explains the decision.
  score.evidence.sort((first, second) => second.weight - first.weight);
  return score;
}

/** The strongest weight in full and each further one by `share`: one title, one finding. */
function strongestFirst(weights: number[], share: number): number {
  const [strongest = 0, ...further] = [...weights].sort((first, second) => second - first);
  return strongest + share * further.reduce((sum, weight) => sum + weight, 0);
}

/** A pattern is shown by the words it matched (学习不深入), which a reader understands; terms and phrases as listed. */
function cueAsFound(cue: Cue, text: string, occurrence: CueOccurrence): string {
  return cue.kind === 'pattern' ? text.slice(occurrence.start, occurrence.end) : cue.text;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
