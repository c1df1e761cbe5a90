import { recordOccurrence, type CueMatches } from './cue-matches';

/**
 * Phrases grouped by their first character, so that one pass over a text finds every phrase:
 * at each character only the few phrases that begin with it are compared, instead of searching
 * the whole text once per phrase.
 */
export interface PhraseIndex {
  phrases: readonly string[];
  /** For each UTF-16 code unit, the index in `buckets` of the phrases starting with it, or -1. */
  bucketOfCharacter: Int32Array;
  /** Phrase numbers (into `phrases`), in the order the phrases were given. */
  buckets: number[][];
}

const CODE_UNITS = 0x10000;

/** Indexes normalised, distinct phrases; an empty phrase is never found. */
export function buildPhraseIndex(phrases: readonly string[]): PhraseIndex {
  const bucketOfCharacter = new Int32Array(CODE_UNITS).fill(-1);
  const buckets: number[][] = [];
  phrases.forEach((phrase, number) => {
    if (phrase === '') return;
    const first = phrase.charCodeAt(0);
    if (bucketOfCharacter[first] === -1) bucketOfCharacter[first] = buckets.push([]) - 1;
    buckets[bucketOfCharacter[first]].push(number);
  });
  return { phrases, bucketOfCharacter, buckets };
}

/**
 * Finds every phrase in the normalised `text` and records phrase `n` in slot `firstSlot + n`.
 * Occurrences of one phrase do not overlap and are taken leftmost first, as repeated `indexOf`
 * from the end of the previous one takes them (两个两个 holds 两个两个 once, not three times).
 */
export function scanPhrases(index: PhraseIndex, text: string, matches: CueMatches, firstSlot: number): void {
  const { phrases, bucketOfCharacter, buckets } = index;
  for (let position = 0; position < text.length; position++) {
    const bucket = bucketOfCharacter[text.charCodeAt(position)];
    if (bucket === -1) continue;
    for (const number of buckets[bucket]) {
      const phrase = phrases[number];
      const slot = firstSlot + number;
      if ((matches.count[slot] > 0 && position < matches.lastEnd[slot]) || !text.startsWith(phrase, position)) continue;
      recordOccurrence(matches, slot, position, position + phrase.length);
    }
  }
}
