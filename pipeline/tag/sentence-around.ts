// Sentence ends in notices: full stops, question and exclamation marks, semicolons, line breaks.
// A table of character codes: this runs for every piece of evidence, one character at a time.
const SENTENCE_ENDS = new Uint8Array(0x10000);
for (const character of '。！？!?；;\n') SENTENCE_ENDS[character.charCodeAt(0)] = 1;
const LONGEST_CONTEXT = 120;

/**
 * The sentence of `text` that holds the characters `start`..`end`, as written, trimmed; a very
 * long sentence is cut to a window around the cue so that evidence stays readable.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let first = start;
  while (first > 0 && SENTENCE_ENDS[text.charCodeAt(first - 1)] !== 1) first--;
  let last = end;
  while (last < text.length && SENTENCE_ENDS[text.charCodeAt(last - 1)] !== 1) last++;
  if (last - first > LONGEST_CONTEXT) {
    const margin = Math.max(0, Math.floor((LONGEST_CONTEXT - (end - start)) / 2));
    first = Math.max(first, start - margin);
    last = Math.min(last, end + margin);
  }
  return text.slice(first, last).trim();
}
