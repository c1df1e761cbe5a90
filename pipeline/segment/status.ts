import type { ProblemStatus } from '../types';
import { cues, type StatusWords } from './cues';

const STATUSES = ['completed', 'long_term'] as const;

/**
 * The status a section or area heading gives the problems under it (已完成整改… → completed,
 * 长期整改… → long_term), or `null`. Where a heading names both, the cue written first wins.
 * A partial completion (基本完成整改的问题, 未完成整改的问题) hides the completed cue inside it.
 */
export function statusFromHeading(normalizedHeading: string): ProblemStatus | null {
  return firstStatusCue(withoutPartialCompletion(normalizedHeading), [cues.statusCues]);
}

/** A problem's own word on its status, read from an annotation: the status it gives, `null` for 基本完成 and the like. */
export interface StatusAnnotation {
  status: ProblemStatus | null;
}

/**
 * Reads a status phrase that holds nothing but status words and their joiners (已完成整改,并长期坚持;
 * 基本完成,持续推进; 持续整改), or `null` when anything else is written (已完成3项制度修订): a
 * sentence that merely mentions 已完成 is no status. The status cue written first gives the status.
 */
export function readStatusPhrase(normalizedPhrase: string): StatusAnnotation | null {
  const phrase = normalizedPhrase.trim();
  if (!isMadeOfStatusWords(phrase)) return null;
  return { status: firstStatusCue(withoutPartialCompletion(phrase), [cues.statusCues, cues.ownStatusCues]) };
}

/**
 * True when the phrase splits whole into status words and joiners, at least one a status word.
 * Every split is tried, not only the longest word first: 需长期坚持 is 需 + 长期坚持, not 需长期 + 坚持.
 */
function isMadeOfStatusWords(phrase: string): boolean {
  // For each offset: not reached, reached through joiners only, or reached through a status word.
  const reached: ('none' | 'joiners' | 'status')[] = new Array(phrase.length + 1).fill('none');
  reached[0] = 'joiners';
  let furthest = 0;
  for (let position = 0; position < phrase.length; position++) {
    // A gap no word bridges: the phrase holds other words (a finding, 3项制度修订).
    if (position > furthest) return false;
    if (reached[position] === 'none') continue;
    for (const word of STATUS_PHRASE_WORDS) {
      if (!phrase.startsWith(word, position)) continue;
      const next = position + word.length;
      furthest = Math.max(furthest, next);
      if (reached[position] === 'status' || !cues.statusJoiners.includes(word)) reached[next] = 'status';
      else if (reached[next] === 'none') reached[next] = 'joiners';
    }
  }
  return reached[phrase.length] === 'status';
}

const STATUS_PHRASE_WORDS = [
  ...STATUSES.flatMap((status) => [...cues.statusCues[status], ...cues.ownStatusCues[status]]),
  ...cues.partialCompletionCues,
  ...cues.statusJoiners,
];

function firstStatusCue(text: string, wordLists: readonly StatusWords[]): ProblemStatus | null {
  let best: { status: ProblemStatus; position: number } | null = null;
  for (const status of STATUSES) {
    for (const cue of wordLists.flatMap((words) => words[status])) {
      const position = text.indexOf(cue);
      if (position !== -1 && (best === null || position < best.position)) best = { status, position };
    }
  }
  return best?.status ?? null;
}

// Blanked to the same length, so that the positions of the other cues stay where they were written.
function withoutPartialCompletion(text: string): string {
  let blanked = text;
  for (const cue of cues.partialCompletionCues) blanked = blanked.split(cue).join(BLANK.repeat(cue.length));
  return blanked;
}

const BLANK = '\u0000';
