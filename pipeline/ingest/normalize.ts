/**
 * Normalisation for parsing: full-width ASCII (digits, letters, brackets, punctuation
 * such as （一） １． ：) to half-width, ideographic and non-breaking spaces to a plain space.
 *
 * Every character maps to exactly one character, so an offset into the normalised text is
 * the same offset into the original: parsers match on the normalised text and quote the
 * original, which stays as the notice wrote it.
 */
export function normalizeForParsing(text: string): string {
  // One regular-expression pass touches only the few characters that change; building the
  // text character by character cost ten times as much on a notice of tens of kilobytes.
  return text.replace(CHANGED_CHARACTERS, normalizeCharacter);
}

const FULL_WIDTH_FIRST = 0xff01; // ！
const FULL_WIDTH_LAST = 0xff5e; // ～
const FULL_TO_HALF_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;
const NO_BREAK_SPACE = 0x00a0;

// The Chinese full stop, comma and enumeration comma stay: they carry meaning in headings (一、).
const CHANGED_CHARACTERS = /[\uff01-\uff5e\u3000\u00a0]/g;

function normalizeCharacter(character: string): string {
  const code = character.charCodeAt(0);
  if (code === IDEOGRAPHIC_SPACE || code === NO_BREAK_SPACE) return ' ';
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) return String.fromCharCode(code - FULL_TO_HALF_OFFSET);
  return character;
}
