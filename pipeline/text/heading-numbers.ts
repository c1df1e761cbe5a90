import { parseChineseNumber } from './chinese-numerals';
import headingLabels from './heading-labels.json';
import { romanNumberAt } from './heading-roman-numerals';
import { literalAlternatives } from './literal-alternatives';

// Both the segment stage (reading the outline) and ingest (telling a paragraph's start from a
// hard-wrapped line) ask what number a line opens with: one grammar, here, so that they agree.

/**
 * The numbering styles of notice headings, from the usual top level down. `shi` is 一是/二是
 * at the start of a line: sometimes a heading, more often a measure.
 */
export type HeadingStyle =
  | 'part' // 第一部分
  | 'chinese' // 一、
  | 'chinese-paren' // (一) ㈠
  | 'financial' // 壹、 (the financial numerals: a level of its own, usually above 一、 or (一))
  | 'financial-paren' // (壹)
  | 'chinese-half-paren' // 一) 一）: a numeral with only a closing bracket, a level of its own below 一、
  | 'arabic' // 1. 1、 ⒈
  | 'decimal-2' // 3.1 (a Word outline's second level: below 3. or 三、)
  | 'decimal-3' // 3.1.1
  | 'decimal-4' // 3.1.1.1
  | 'arabic-paren' // (1) ⑴
  | 'arabic-half-paren' // 1)
  | 'circled' // ①
  | 'roman' // Ⅰ. Ⅱ、 II. (a Word list's Roman numerals)
  | 'roman-lower' // ⅰ ⅱ
  | 'labelled' // 问题一: 问题1: 【问题1】
  | 'unnumbered' // 【问题】 问题: (a label without a number: the outline numbers these blocks in reading order)
  | 'shi'; // 一是

/** A heading number found at the start of a line. */
export interface HeadingNumber {
  style: HeadingStyle;
  /** The number's value: 十一 → 11, (3) → 3, ② → 2, 3.2 → 2 (its place among its siblings); 0 for an unnumbered label. */
  value: number;
  /** Offset in the line where the number starts (after leading spaces). */
  numberStart: number;
  /** Offset in the line just past the number and its punctuation. */
  numberEnd: number;
  /**
   * The number as it appears in a path: normalised, without trailing punctuation (`二`, `(七)`, `17`);
   * a decimal number's last part (`2` of 3.1.2, whose parents give the rest: 3.1.2 below 3.1 below 3.
   * reads `3.1.2`); an unnumbered label's word (`问题`).
   */
  pathLabel: string;
}

// With the financial forms (壹、贰、叁, 拾壹) some notices number their areas with.
const FINANCIAL_NUMERAL_CHARACTERS = '壹贰貳叁參肆伍陆陸柒捌玖拾佰';
const CHINESE_NUMERAL = `[〇零一二三四五六七八九十百两${FINANCIAL_NUMERAL_CHARACTERS}]+`;

/** Labels that head a problem without a number: 【问题】X, 反馈问题:X. */
const UNNUMBERED_PROBLEM_LABELS = checkedLabels(headingLabels.unnumberedProblemLabels, 'unnumberedProblemLabels');

/** What follows a decimal amount or measure (3.5万元, 1.2%): such a number opens no heading. */
const DECIMAL_NUMBER_UNITS = checkedLabels(headingLabels.decimalNumberUnits, 'decimalNumberUnits');

/** What follows a number that counts something (3 个, 一 年): such a number opens no bare heading. */
const BARE_NUMBER_COUNT_WORDS = checkedLabels(headingLabels.bareNumberCountWords, 'bareNumberCountWords');

function checkedLabels(labels: unknown, key: string): string[] {
  if (!Array.isArray(labels) || labels.length === 0 || labels.some((label) => typeof label !== 'string' || label.length === 0)) {
    throw new Error(`heading-labels.json: ${key} must be a list of non-empty words`);
  }
  return labels as string[];
}

// The parts of a decimal number have no leading zero (2.05, 3.0 are amounts) and at most two digits
// (2023.5.6 is a date).
const DECIMAL_PART = '[1-9]\\d?';

interface HeadingPattern {
  /** `decimal` stands for the three decimal styles, told apart by the number's depth once matched. */
  style: HeadingStyle | 'decimal';
  /** Group 1: leading spaces; group 2: the number with its punctuation; group 3: the numeral; group 4: the path label. */
  pattern: RegExp;
}

// Matched on normalised lines, so full-width （一） and １． arrive as (一) and 1. here.
// Order matters only where two could match the same line; none of these can.
const HEADING_PATTERNS: HeadingPattern[] = [
  { style: 'part', pattern: new RegExp(`^(\\s*)((第(${CHINESE_NUMERAL}|\\d{1,2})(?:部分|章|篇))[、.:\\s]?)`) },
  { style: 'chinese-paren', pattern: new RegExp(`^(\\s*)((\\(\\s*(${CHINESE_NUMERAL})\\s*\\))[、.]?)`) },
  { style: 'arabic-paren', pattern: /^(\s*)((\(\s*(\d{1,3})\s*\))[、.]?)/ },
  { style: 'chinese', pattern: new RegExp(`^(\\s*)(((${CHINESE_NUMERAL}))\\s*[、.])`) },
  { style: 'arabic', pattern: /^(\s*)(((\d{1,3}))\s*[.、](?![\d.]))/ },
  // 3.1 关于…, 3.1关于…, 2.3.党建…, 3.1.2、…; not followed by a digit, a point or a unit: 3.15日,
  // 3.5万元 and 1.2% are not headings.
  {
    style: 'decimal',
    pattern: new RegExp(
      `^(\\s*)(((${DECIMAL_PART}(?:\\.${DECIMAL_PART}){1,3}))(?:\\s*[.、]|\\s+)?)(?![\\d.%‰])(?!\\s*(?:${literalAlternatives(DECIMAL_NUMBER_UNITS)}))`,
    ),
  },
  { style: 'arabic-half-paren', pattern: /^(\s*)(((\d{1,3}))\))/ },
  { style: 'chinese-half-paren', pattern: new RegExp(`^(\\s*)(((${CHINESE_NUMERAL}))\\s*\\))`) },
  { style: 'circled', pattern: /^(\s*)((([①-⑳])))/ },
  // 问题一: / 问题1: / 【问题1】: the number carries its label; a colon or closing bracket must follow,
  // so a sentence that starts with 问题1个 is not a heading.
  { style: 'labelled', pattern: new RegExp(`^(\\s*)(【?((?:反馈问题|问题)\\s*(${CHINESE_NUMERAL}|\\d{1,3}))\\s*(?:】|[:、.])\\s*)`) },
  // 【问题】X / 反馈问题:X: a label without a number, followed by the finding on the same line.
  { style: 'unnumbered', pattern: new RegExp(`^(\\s*)(【?((${literalAlternatives(UNNUMBERED_PROBLEM_LABELS)}))(?:】\\s*:?|\\s*:)\\s*)(?=\\S)`) },
  { style: 'shi', pattern: new RegExp(`^(\\s*)((([一二三四五六七八九十]+)\\s*是))`) },
];

/**
 * Numbers Unicode writes as one character, which Word and some editors put in for (一), (1) and 1.:
 * ㈠ … ㈩ (PARENTHESIZED IDEOGRAPH) and ㊀ … ㊉ (CIRCLED IDEOGRAPH), ⑴ … ⒇ (PARENTHESIZED DIGIT),
 * ⒈ … ⒛ (DIGIT FULL STOP). Each reads as the style it stands for, with the path label that style
 * gives, so ㈡ or ㊁ under 三、 reads 三.(二).
 */
const SINGLE_CHARACTER_NUMBERS: { first: string; count: number; style: HeadingStyle; label: (value: number) => string }[] = [
  { first: '㈠', count: 10, style: 'chinese-paren', label: (value) => `(${chineseNumeral(value)})` },
  { first: '㊀', count: 10, style: 'chinese-paren', label: (value) => `(${chineseNumeral(value)})` },
  { first: '⑴', count: 20, style: 'arabic-paren', label: (value) => `(${value})` },
  { first: '⒈', count: 20, style: 'arabic', label: (value) => String(value) },
];

function chineseNumeral(value: number): string {
  const digits = '一二三四五六七八九';
  if (value <= 9) return digits[value - 1];
  return value === 10 ? '十' : `十${digits[value - 11]}`;
}

// Every pattern above starts, after the leading spaces, with one of these characters: most lines
// (body text) start with none, and are settled without trying ten patterns.
const FIRST_CHARACTERS = new Set(
  [...'第(0123456789〇零一二三四五六七八九十百两【反问', ...FINANCIAL_NUMERAL_CHARACTERS].concat(
    circledNumbers(),
    UNNUMBERED_PROBLEM_LABELS.map((label) => label[0]),
  ),
);
const SPACE = /\s/;

function circledNumbers(): string[] {
  const numbers: string[] = [];
  for (let code = '①'.charCodeAt(0); code <= '⑳'.charCodeAt(0); code++) numbers.push(String.fromCharCode(code));
  return numbers;
}

/** The heading number at the start of a normalised line, or `null` when the line starts with none. */
export function recogniseHeadingNumber(normalizedLine: string): HeadingNumber | null {
  let first = 0;
  while (first < normalizedLine.length && SPACE.test(normalizedLine[first])) first++;
  const single = singleCharacterHeading(normalizedLine, first);
  if (single !== null) return single;
  const roman = romanNumberAt(normalizedLine, first);
  if (roman !== null) return { ...roman, numberStart: first };
  if (!FIRST_CHARACTERS.has(normalizedLine[first])) return null;
  for (const { style, pattern } of HEADING_PATTERNS) {
    const match = pattern.exec(normalizedLine);
    if (!match) continue;
    const numberStart = match[1].length;
    if (style === 'decimal') return decimalHeading(match[3], numberStart, numberStart + match[2].length);
    const value = style === 'unnumbered' ? 0 : numeralValue(style, match[4]);
    if (value === null || (value < 1 && style !== 'unnumbered')) continue;
    return {
      style: financialOrSame(style, match[4]),
      value,
      numberStart,
      numberEnd: numberStart + match[2].length,
      pathLabel: pathLabelOf(match[3]),
    };
  }
  return null;
}

/**
 * 壹、 and (壹) number a level apart from 一、 and (一): a notice that writes both means two levels
 * (壹、 over 一、), and a 壹 after 二、 opens a level, not a slip back to one.
 */
function financialOrSame(style: HeadingStyle, numeral: string | undefined): HeadingStyle {
  if (numeral === undefined || ![...numeral].some((character) => FINANCIAL_NUMERAL_CHARACTERS.includes(character))) return style;
  if (style === 'chinese') return 'financial';
  return style === 'chinese-paren' ? 'financial-paren' : style;
}

/** The heading of a line opening with a one-character number (㈡, ⑵, ⒉), with the 、 or . some write after it. */
function singleCharacterHeading(normalizedLine: string, numberStart: number): HeadingNumber | null {
  const code = normalizedLine.charCodeAt(numberStart);
  for (const { first, count, style, label } of SINGLE_CHARACTER_NUMBERS) {
    const value = code - first.charCodeAt(0) + 1;
    if (value < 1 || value > count) continue;
    let numberEnd = numberStart + 1;
    if (normalizedLine[numberEnd] === '、' || normalizedLine[numberEnd] === '.') numberEnd++;
    return { style, value, numberStart, numberEnd, pathLabel: label(value) };
  }
  return null;
}

/**
 * A decimal number's heading: its depth names its style, so that 3.1.1 opens a level below 3.1 as
 * (一) does below 一、; its last part is its value and path label, the parts before it are its parents'.
 */
function decimalHeading(number: string, numberStart: number, numberEnd: number): HeadingNumber {
  const parts = number.split('.');
  const last = parts[parts.length - 1];
  return { style: decimalStyle(parts.length), value: Number(last), numberStart, numberEnd, pathLabel: last };
}

function decimalStyle(depth: number): HeadingStyle {
  if (depth === 2) return 'decimal-2';
  return depth === 3 ? 'decimal-3' : 'decimal-4';
}

function numeralValue(style: HeadingStyle, numeral: string): number | null {
  if (style === 'circled') return numeral.charCodeAt(0) - '①'.charCodeAt(0) + 1;
  const digits = /\d+/.exec(numeral);
  if (digits) return Number(digits[0]);
  const chinese = new RegExp(CHINESE_NUMERAL).exec(numeral);
  return chinese ? parseChineseNumber(chinese[0]) : null;
}

function pathLabelOf(written: string): string {
  return written.replace(/\s+/g, '');
}


// 一 关于…, 1 关于…: a numeral, then spaces, then the heading's words (a Chinese character or an
// opening quote or bracket), not a word that counts with the number.
const BARE_HEADING = new RegExp(
  `^(\\s*)((([一二三四五六七八九十]{1,3}|\\d{1,3}))\\s+)(?=[\\u4e00-\\u9fff“"《【])(?!(?:${literalAlternatives(BARE_NUMBER_COUNT_WORDS)}))`,
);

/**
 * The number of a line whose copy lost the punctuation after it (一 关于…, 1 关于…), read as the
 * 一、 or 1. it stands for, or `null`. Kept apart from `recogniseHeadingNumber`: a number and a space
 * open some sentences too, so the caller takes these only where a notice numbers a run of lines
 * this way (see the segment stage's outline).
 */
export function recogniseBareHeadingNumber(normalizedLine: string): HeadingNumber | null {
  const match = BARE_HEADING.exec(normalizedLine);
  if (match === null) return null;
  const numeral = match[3];
  const style: HeadingStyle = /\d/.test(numeral) ? 'arabic' : 'chinese';
  const value = numeralValue(style, numeral);
  if (value === null || value < 1) return null;
  const numberStart = match[1].length;
  return { style, value, numberStart, numberEnd: numberStart + match[2].length, pathLabel: numeral };
}
