/**
 * Normalisation for parsing: full-width ASCII (digits, letters, brackets, punctuation
 * such as （一） １． ：) to half-width, ideographic and non-breaking spaces to a plain space.
 *
 * Every character maps to exactly one character, so an offset into the normalised text is
 * the same offset into the original: parsers match on the normalised text and quote the
 * original, which stays as the notice wrote it.
 */
export function normalizeForParsing(text: string): string {
  let normalized = '';
  for (let index = 0; index < text.length; index++) {
    normalized += normalizeCharacter(text.charCodeAt(index), text[index]);
  }
  return normalized;
}

const FULL_WIDTH_FIRST = 0xff01; // ！
const FULL_WIDTH_LAST = 0xff5e; // ～
const FULL_TO_HALF_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;
const NO_BREAK_SPACE = 0x00a0;

function normalizeCharacter(code: number, character: string): string {
  // The Chinese full stop, comma and enumeration comma stay: they carry meaning in headings (一、).
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) return String.fromCharCode(code - FULL_TO_HALF_OFFSET);
  if (code === IDEOGRAPHIC_SPACE || code === NO_BREAK_SPACE) return ' ';
  return character;
}
