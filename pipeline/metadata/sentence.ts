const SENTENCE_ENDS = ['。', '\n'];

/** The sentence (between 。 or line breaks) that holds `text[start, end)`. */
export function sentenceAround(text: string, start: number, end = start): { start: number; end: number; text: string } {
  const sentenceStart = Math.max(...SENTENCE_ENDS.map((mark) => text.lastIndexOf(mark, start - 1))) + 1;
  const sentenceEnd = sentenceEndFrom(text, end);
  return { start: sentenceStart, end: sentenceEnd, text: text.slice(sentenceStart, sentenceEnd) };
}

/** Where the sentence running at `from` ends (the offset of its 。 or line break). */
export function sentenceEndFrom(text: string, from: number): number {
  const ends = SENTENCE_ENDS.map((mark) => text.indexOf(mark, from)).filter((index) => index >= 0);
  return ends.length > 0 ? Math.min(...ends) : text.length;
}
