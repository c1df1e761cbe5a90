/**
 * The width a line of text takes in an SVG, estimated without a browser: Chinese characters
 * and full-width punctuation are one em, other characters about six tenths. Charts size
 * their label columns from this so that long agency names are not cut.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += isWide(character) ? 1 : 0.6;
  return ems * fontSize;
}

/** Cuts text to fit a width, ending it with `…` when it had to be cut. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let kept = '';
  for (const character of text) {
    if (textWidth(`${kept}${character}…`, fontSize) > width) break;
    kept += character;
  }
  return `${kept}…`;
}

function isWide(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0x20000 && code <= 0x3fffd);
}
