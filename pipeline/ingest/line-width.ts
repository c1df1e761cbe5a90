/**
 * How wide a line is set, in Chinese characters: a Chinese or full-width character takes one
 * place, an ASCII character or space `asciiWidth` of one (½ where the text was set in a
 * proportional font, as a PDF viewer lays it out; 1 where a tool cut it by counting characters).
 */
export function lineWidth(line: string, asciiWidth: number): number {
  let width = 0;
  for (const character of line) width += isNarrow(character) ? asciiWidth : 1;
  return width;
}

/** The width of the spaces a line starts with, in the same measure as `lineWidth`. */
export function indentWidth(line: string, asciiWidth: number): number {
  return lineWidth(/^\s*/.exec(line)![0], asciiWidth);
}

// A no-break space is set as narrow as a plain one; the ideographic space (U+3000) is a full place.
function isNarrow(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x7f || code === 0xa0;
}
