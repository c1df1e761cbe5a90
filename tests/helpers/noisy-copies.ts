/**
 * Noisy copies of a notice, as web pages, WeChat articles and Word-to-web conversions give them:
 * the same text with stray spaces, breaks and widths in every heading number and measure marker.
 * Each kind of noise is applied to every number of the text the same way, as one copying tool
 * would, so a copy is deterministic and its expected segmentation is the original's.
 */

/** The kinds of noise a copied notice carries in its numbers. */
export type NoiseKind =
  | 'bracket-spaces' // （ 一 ） ( 1)
  | 'punctuation-spaces' // 一 、 1 . 1 、
  | 'shi-colon' // 一是 ：
  | 'wide-spaces' // U+3000 before the number, U+00A0 inside it
  | 'tabs' // a tab before the number and after it
  | 'number-alone' // （一） on its line, the heading's words on the next
  | 'heading-split' // the heading's words broken over two lines by a hard break
  | 'no-punctuation' // 一 关于…, 1 关于…
  | 'full-width-digits'; // （１） (１) １.

export const NOISE_KINDS: readonly NoiseKind[] = [
  'bracket-spaces',
  'punctuation-spaces',
  'shi-colon',
  'wide-spaces',
  'tabs',
  'number-alone',
  'heading-split',
  'no-punctuation',
  'full-width-digits',
];

const NUMERAL = '[一二三四五六七八九十]{1,3}|\\d{1,3}|[０-９]{1,3}';

// A number at the start of a line: its leading spaces, opening bracket (if any), numeral, and
// closing bracket or punctuation; the rest of the line follows.
const LINE_NUMBER = new RegExp(`^([ \\t\\u3000]*)(?:([（(])(${NUMERAL})([)）])|(${NUMERAL})([、.．](?![\\d０-９])))(.*)$`);
// A bracketed numeral anywhere: the (1)(2) of a measure list inside a body.
const BRACKETED_NUMERAL = new RegExp(`([（(])(${NUMERAL})([)）])`, 'g');
// 一是, 二是 … after the end of a clause (or at the start of a line).
const SHI_MARKER = /(^|[。；;：:，,\s])([一二三四五六七八九十]{1,3})是/gm;

interface LineNumber {
  indent: string;
  open: string;
  numeral: string;
  close: string;
  rest: string;
}

function lineNumber(line: string): LineNumber | null {
  const match = LINE_NUMBER.exec(line);
  if (match === null) return null;
  if (match[3] !== undefined) return { indent: match[1], open: match[2], numeral: match[3], close: match[4], rest: match[7] };
  return { indent: match[1], open: '', numeral: match[5], close: match[6], rest: match[7] };
}

function toFullWidthDigits(numeral: string): string {
  return numeral.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
}

/** The copy of `text` with `kind` of noise in every heading number and measure marker. */
export function noisyCopy(text: string, kind: NoiseKind): string {
  if (kind === 'shi-colon') return text.replace(SHI_MARKER, (_match, before: string, numeral: string) => `${before}${numeral}是 ：`);
  if (kind === 'bracket-spaces') return text.replace(BRACKETED_NUMERAL, (_match, open: string, numeral: string, close: string) => `${open} ${numeral} ${close}`);
  if (kind === 'full-width-digits') {
    // Alternates （１） and (１) as copies mix them.
    let count = 0;
    const brackets = text.replace(BRACKETED_NUMERAL, (_match, _open: string, numeral: string, close: string) =>
      count++ % 2 === 0 ? `（${toFullWidthDigits(numeral)}${close}` : `(${toFullWidthDigits(numeral)})`,
    );
    return eachNumberedLine(brackets, (number) => `${number.indent}${number.open}${toFullWidthDigits(number.numeral)}${number.close}${number.rest}`);
  }
  return eachNumberedLine(text, (number) => noisyLine(number, kind));
}

function eachNumberedLine(text: string, rewrite: (number: LineNumber) => string): string {
  return text
    .split('\n')
    .map((line) => {
      const number = lineNumber(line);
      return number === null ? line : rewrite(number);
    })
    .join('\n');
}

function noisyLine(number: LineNumber, kind: NoiseKind): string {
  const { indent, open, numeral, close, rest } = number;
  switch (kind) {
    case 'punctuation-spaces':
      return open === '' ? `${indent}${numeral} ${close}${rest}` : `${indent}${open}${numeral}${close}${rest}`;
    case 'wide-spaces':
      return open === '' ? `${indent}\u3000\u3000${numeral}\u00a0${close}${rest}` : `${indent}\u3000\u3000${open}\u00a0${numeral}${close}${rest}`;
    case 'tabs':
      return `${indent}\t${open}${numeral}${close}\t${rest}`;
    case 'number-alone':
      return `${indent}${open}${numeral}${close}\n${rest}`;
    case 'heading-split':
      return `${indent}${open}${numeral}${close}${splitHeading(rest)}`;
    case 'no-punctuation':
      return open === '' ? `${indent}${numeral} ${rest}` : `${indent}${open}${numeral}${close}${rest}`;
    default:
      return `${indent}${open}${numeral}${close}${rest}`;
  }
}

// A hard break falls inside the heading's words, as a fixed line width puts it: a heading of more
// than this many characters before its first 。 is broken after this many.
const BREAK_WIDTH = 12;

function splitHeading(rest: string): string {
  const sentenceEnd = rest.indexOf('。');
  const headingLength = sentenceEnd === -1 ? rest.trimEnd().length : sentenceEnd;
  if (headingLength <= BREAK_WIDTH + 2) return rest;
  return `${rest.slice(0, BREAK_WIDTH)}\n${rest.slice(BREAK_WIDTH)}`;
}

/** Several kinds of noise at once, applied in the order given, as a copy passed through several tools. */
export function noisyCopyOf(text: string, kinds: readonly NoiseKind[]): string {
  return kinds.reduce((copy, kind) => noisyCopy(copy, kind), text);
}

/** The text with every line cut at `width` characters, as a PDF viewer or a fixed-width page copies it. */
export function hardWrapped(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const pieces: string[] = [];
      for (let start = 0; start < line.length; start += width) pieces.push(line.slice(start, start + width));
      return pieces.length === 0 ? line : pieces.join('\n');
    })
    .join('\n');
}
