/**
 * What a compiled taxonomy found in one text, one slot per distinct cue: the first occurrence
 * (the one quoted as evidence) and how many occurrences there are, counted up to a limit.
 * Tagging reuses one of these for every text, so only the slots in `found` are ever cleared.
 */
export interface CueMatches {
  /** Offset of the first occurrence; meaningful where `count` is above 0. */
  start: Int32Array;
  end: Int32Array;
  /** Where the last occurrence counted ends: an occurrence of the same phrase before it overlaps. */
  lastEnd: Int32Array;
  /** Occurrences (of a phrase, not overlapping), counted up to the limit the scan was given. */
  count: Int32Array;
  /** The slots with a count above 0, in the order they were first found. */
  found: number[];
}

/** Empty matches for `slots` cues. */
export function emptyCueMatches(slots: number): CueMatches {
  return { start: new Int32Array(slots), end: new Int32Array(slots), lastEnd: new Int32Array(slots), count: new Int32Array(slots), found: [] };
}

/** Forgets what the previous text held, so that the matches can be used for another. */
export function clearCueMatches(matches: CueMatches): void {
  for (const slot of matches.found) matches.count[slot] = 0;
  matches.found.length = 0;
}

/** Records one occurrence of the cue in `slot`; the first one is kept as the evidence. */
export function recordOccurrence(matches: CueMatches, slot: number, start: number, end: number): void {
  if (matches.count[slot]++ === 0) {
    matches.start[slot] = start;
    matches.end[slot] = end;
    matches.found.push(slot);
  }
  matches.lastEnd[slot] = end;
}
