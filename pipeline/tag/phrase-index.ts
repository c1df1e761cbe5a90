import { recordOccurrence, type CueMatches } from './cue-matches';

/**
 * Phrases grouped by their first two characters, so that one pass over a text finds every
 * phrase: at each position one table look-up rules out nearly every phrase, and only the few
 * that begin with those two characters are compared, instead of searching the whole text once
 * per phrase. A phrase of one character is grouped by that character alone.
 */
export interface PhraseIndex {
  phrases: readonly string[];
  /** For each hash of two adjacent code units, the index in `buckets` of the phrases starting with them, or -1. */
  bucketOfPair: Int32Array;
  /** For each code unit, the index in `buckets` of the one-character phrases equal to it, or -1; null when there are none. */
  bucketOfCharacter: Int32Array | null;
  /** Phrase numbers (into `phrases`); phrases whose starts share a hash share a bucket. */
  buckets: number[][];
}

const CODE_UNITS = 0x10000;
// A power of two well above the number of phrases, so that few text positions hit a bucket by chance.
const PAIR_TABLE_SIZE = 1 << 16;

function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & (PAIR_TABLE_SIZE - 1);
}

/** Indexes normalised, distinct phrases; an empty phrase is never found. */
export function buildPhraseIndex(phrases: readonly string[]): PhraseIndex {
  const bucketOfPair = new Int32Array(PAIR_TABLE_SIZE).fill(-1);
  const buckets: number[][] = [];
  let bucketOfCharacter: Int32Array | null = null;
  const add = (table: Int32Array, key: number, number: number) => {
    if (table[key] === -1) table[key] = buckets.push([]) - 1;
    buckets[table[key]].push(number);
  };
  phrases.forEach((phrase, number) => {
    if (phrase.length >= 2) add(bucketOfPair, pairHash(phrase.charCodeAt(0), phrase.charCodeAt(1)), number);
    else if (phrase.length === 1) add((bucketOfCharacter ??= new Int32Array(CODE_UNITS).fill(-1)), phrase.charCodeAt(0), number);
  });
  return { phrases, bucketOfPair, bucketOfCharacter, buckets };
}

/**
 * Finds every phrase in the normalised `text` and records phrase `n` in slot `firstSlot + n`.
 * Occurrences of one phrase do not overlap and are taken leftmost first, as repeated `indexOf`
 * from the end of the previous one takes them (两个两个 holds 两个两个 once, not three times).
 */
export function scanPhrases(index: PhraseIndex, text: string, matches: CueMatches, firstSlot: number): void {
  const { bucketOfPair, bucketOfCharacter } = index;
  let next = text.charCodeAt(0);
  for (let position = 0; position < text.length; position++) {
    const current = next;
    next = text.charCodeAt(position + 1);
    if (bucketOfCharacter !== null && bucketOfCharacter[current] !== -1) recordBucket(index, bucketOfCharacter[current], text, position, matches, firstSlot);
    // Past the last character `next` is NaN, and no phrase of two characters can start there.
    if (position + 1 < text.length && bucketOfPair[pairHash(current, next)] !== -1) recordBucket(index, bucketOfPair[pairHash(current, next)], text, position, matches, firstSlot);
  }
}

function recordBucket(index: PhraseIndex, bucket: number, text: string, position: number, matches: CueMatches, firstSlot: number): void {
  for (const number of index.buckets[bucket]) {
    const phrase = index.phrases[number];
    const slot = firstSlot + number;
    if ((matches.count[slot] > 0 && position < matches.lastEnd[slot]) || !text.startsWith(phrase, position)) continue;
    recordOccurrence(matches, slot, position, position + phrase.length);
  }
}
