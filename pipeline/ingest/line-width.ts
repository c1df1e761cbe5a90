/**
 * How wide a line is set, in Chinese characters: a Chinese or full-width character takes one
 * place, an ASCII character or space `asciiWidth` of one (½ where the text was set in a
 * proportional font, as a PDF viewer lays it out; 1 where a tool cut it by counting characters).
 * A no-break space is as narrow as a plain one; the ideographic space (U+3000) takes a full place.
 */
export function lineWidth(line: string, asciiWidth: number): number {
  const { narrow, wide } = characterCounts(line);
  return wide + narrow * asciiWidth;
}

/** How many narrow (ASCII, no-break space) and wide characters a line has: its width in any measure. */
export function characterCounts(line: string): { narrow: number; wide: number } {
  let narrow = 0;
  let wide = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code < 0x7f || code === 0xa0) narrow++;
    // A character outside the Basic Multilingual Plane is two UTF-16 units and one place.
    else if (code < 0xdc00 || code > 0xdfff) wide++;
  }
  return { narrow, wide };
}

/** The width of the spaces a line starts with, in the same measure as `lineWidth`. */
export function indentWidth(line: string, asciiWidth: number): number {
  return lineWidth(/^\s*/.exec(line)![0], asciiWidth);
}
