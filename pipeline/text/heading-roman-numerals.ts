// Word's list styles number with Roman numerals (Ⅰ. Ⅱ. Ⅲ. or I. II. III.), and notices pasted
// from Word keep them: a heading level like any other, read here so that heading-numbers stays one grammar.

/** A Roman numeral opening a line: its value, where it ends (past its punctuation) and how a path writes it. */
export interface RomanNumber {
  /** `roman` for capitals (Ⅰ, II), `roman-lower` for small letters (ⅰ, ii). */
  style: 'roman' | 'roman-lower';
  value: number;
  numberEnd: number;
  /** The numeral as written, without its punctuation: `Ⅱ`, `II`. */
  pathLabel: string;
}

// Unicode's one-character numerals Ⅰ … Ⅻ (U+2160) and ⅰ … ⅻ (U+2170), each spelled in letters.
const UNICODE_NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const CAPITAL_ONE = 0x2160;
const SMALL_ONE = 0x2170;
const LETTER_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };
// Up to 39 (XXXIX): a notice has no more areas than that, and longer letter runs are words.
const LETTERS_NUMERAL = /^(X{0,3})(IX|IV|V?I{0,3})$/;

/**
 * The Roman numeral at `start` of a normalised line, or `null`. Unicode numerals may stand alone
 * before the heading's words (Ⅱ基层党组织建设方面); a numeral in Latin letters (II. or ii.) must be
 * followed by `.` or `、`, so a line opening with a word in capitals is no heading.
 */
export function romanNumberAt(normalizedLine: string, start: number): RomanNumber | null {
  let end = start;
  let letters = '';
  let small: boolean | null = null;
  for (; end < normalizedLine.length; end++) {
    const code = normalizedLine.charCodeAt(end);
    const isCapital = code >= CAPITAL_ONE && code < CAPITAL_ONE + UNICODE_NUMERALS.length;
    const isSmall = code >= SMALL_ONE && code < SMALL_ONE + UNICODE_NUMERALS.length;
    if (!isCapital && !isSmall) break;
    if (small !== null && small !== isSmall) return null;
    small = isSmall;
    letters += UNICODE_NUMERALS[code - (isSmall ? SMALL_ONE : CAPITAL_ONE)];
  }
  const unicode = end > start;
  if (!unicode) {
    // Capitals (II.) or small letters (ii.), never the two mixed: Word's lower-case Roman list is a level of its own.
    const alphabet = 'ivx'.includes(normalizedLine[start]) ? 'ivx' : 'IVX';
    while (end < normalizedLine.length && alphabet.includes(normalizedLine[end])) end++;
    letters = normalizedLine.slice(start, end).toUpperCase();
    if (letters === '' || !/^\s*[.、]/.test(normalizedLine.slice(end))) return null;
    small = alphabet === 'ivx';
  }
  const value = lettersValue(letters);
  if (value === null) return null;
  const pathLabel = normalizedLine.slice(start, end);
  const punctuation = /^\s*[.、]/.exec(normalizedLine.slice(end));
  return { style: small ? 'roman-lower' : 'roman', value, numberEnd: end + (punctuation?.[0].length ?? 0), pathLabel };
}

/** The value of a numeral in Latin capitals written the usual way (IV, not IIII), or `null`. */
function lettersValue(letters: string): number | null {
  if (!LETTERS_NUMERAL.test(letters)) return null;
  let value = 0;
  for (let index = 0; index < letters.length; index++) {
    const current = LETTER_VALUES[letters[index]];
    const next = LETTER_VALUES[letters[index + 1]] ?? 0;
    value += current < next ? -current : current;
  }
  return value > 0 ? value : null;
}
