import type { Category, Cue } from '../taxonomy';
import type { Evidence, Problem } from '../types';
import type { CueMatches } from './cue-matches';
import type { ScoringOptions } from './scoring';
import { sentenceAround } from './sentence-around';

/** A cue found in a problem, before its sentence is quoted: only the chosen categories' are. */
export interface FoundCue {
  category: string;
  /** The cue as shown to people: see `cueAsFound`. */
  cue: string;
  where: 'title' | 'body';
  /** The first occurrence, in the title or the body as `where` says. */
  start: number;
  end: number;
  weight: number;
}

/** What one category scored on one problem. */
export interface CategoryScore {
  key: string;
  /** The strongest title cue's weight, and a share of each further distinct one's. */
  title: number;
  /** Sum of the weights of the cues found in the body, repeated ones counted a few times. */
  body: number;
  total: number;
  /** Strongest first. */
  found: FoundCue[];
}

/** Which of a category's cues a problem holds, and where each cue's matches are. */
export interface FoundIn {
  /** Indexes into the category's cues, in its order: the order evidence of equal weight keeps. */
  cues: readonly number[];
  /** For each of the category's cues, its slot in the matches. */
  slots: Int32Array;
}

/** Scores `category` from the cues found in a problem's title and body. */
export function scoreCategory(category: Category, foundIn: FoundIn, problem: Problem, texts: { title: CueMatches; body: CueMatches }, scoring: ScoringOptions): CategoryScore {
  const score: CategoryScore = { key: category.key, title: 0, body: 0, total: 0, found: [] };
  const titleWeights: number[] = [];
  const { title, body } = texts;
  for (const index of foundIn.cues) {
    const cue = category.cues[index];
    const slot = foundIn.slots[index];
    if (title.count[slot] > 0) {
      const start = title.start[slot];
      const end = title.end[slot];
      titleWeights.push(cue.weight);
      score.found.push({ category: category.key, cue: cueAsFound(cue, problem.title, start, end), where: 'title', start, end, weight: cue.weight * scoring.titleWeight });
    }
    if (body.count[slot] > 0) {
      const start = body.start[slot];
      const end = body.end[slot];
      const counted = Math.min(body.count[slot], scoring.bodyOccurrencesCounted);
      score.body += cue.weight * counted;
      score.found.push({ category: category.key, cue: cueAsFound(cue, problem.body, start, end), where: 'body', start, end, weight: cue.weight * counted * scoring.bodyWeight });
    }
  }
  score.title = strongestFirst(titleWeights, scoring.titleFurtherCueShare);
  score.total = score.title * scoring.titleWeight + score.body * scoring.bodyWeight;
  // Strongest evidence first, so the first item explains the decision.
  score.found.sort((first, second) => second.weight - first.weight);
  return score;
}

/** A found cue as evidence, quoting the sentence it occurs in. */
export function evidenceOf(found: FoundCue, problem: Problem): Evidence {
  const text = found.where === 'title' ? problem.title : problem.body;
  return { category: found.category, cue: found.cue, where: found.where, context: sentenceAround(text, found.start, found.end), weight: found.weight };
}

/** The strongest weight in full and each further one by `share`: one title, one finding. Sorts `weights`. */
function strongestFirst(weights: number[], share: number): number {
  weights.sort((first, second) => second - first);
  let further = 0;
  for (let index = 1; index < weights.length; index++) further += weights[index];
  return (weights[0] ?? 0) + share * further;
}

/** A pattern is shown by the words it matched (学习不深入), which a reader understands; terms and phrases as listed. */
function cueAsFound(cue: Cue, text: string, start: number, end: number): string {
  return cue.kind === 'pattern' ? text.slice(start, end) : cue.text;
}
