import { normalizeForParsing } from '../ingest/normalize';
import { parseChineseNumber } from '../text/chinese-numerals';
import units from './figure-units.json' with { type: 'json' };
import { literalAlternatives } from '../text/literal-alternatives';

/** One quantity stated in a text. */
export interface Figure {
  /** The number as written (`1600余万元` → 1600). */
  value: number;
  /** The unit as written, magnitude included (`万元`, `人次`, `%`). */
  unit: string;
  kind: 'money' | 'count' | 'duration' | 'percent';
  /** For money: the amount in yuan (`173.89万元` → 1738900); otherwise `null`. */
  valueYuan: number | null;
  /** The sentence the quantity stands in, as the notice wrote it. */
  context: string;
  /** Offset of the quantity in the text. */
  offset: number;
}

type Kind = Figure['kind'];

const UNIT_KINDS = new Map<string, Kind>([
  ...Object.keys(units.money).map((unit): [string, Kind] => [unit, 'money']),
  ...units.duration.map((unit): [string, Kind] => [unit, 'duration']),
  ...units.count.map((unit): [string, Kind] => [unit, 'count']),
  ...units.percent.map((unit): [string, Kind] => [unit, 'percent']),
]);
const YUAN_PER_UNIT = new Map<string, number>(Object.entries(units.money));
// Longest first (literalAlternatives), so that 万元 wins over 元 and 人次 over 人.
const UNIT_PATTERN = literalAlternatives([...UNIT_KINDS.keys()]);

// Chinese numerals count only with two or more characters: 四个意识, 两个维护, 一岗双责 and
// the like are set phrases of the genre, not quantities.
const NUMBER = String.raw`(\d+(?:,\d{3})*(?:\.\d+)?|[〇零一二两三四五六七八九十百千]{2,})`;
// The look-ahead only restates what a number starts with: with it the search skips the offsets
// where no number starts before it checks the look-behind, three times as fast on a notice.
const QUANTITY = new RegExp(
  String.raw`(?=[\d〇零一二两三四五六七八九十百千])(?<![\d.A-Za-z第〇零一二两三四五六七八九十百千])${NUMBER}(余|多)?(万|亿)?(余|多)?(${UNIT_PATTERN})`,
  'g',
);
const PERCENT_IN_WORDS = /百分之([〇零一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)/g;
// Sentence ends on the normalised text and, as written, on the notice's own text.
const SENTENCE_ENDS = '。;!?\n；！？';
const MAX_CONTEXT = 120;

/**
 * Every quantity a text states: money (`157704元`, `173.89万元`, `1600余万元`), counts
 * (`12项`, `3人次`), durations and percentages (`52.3%`, `百分之五十`), in text order.
 */
export function findFigures(text: string): Figure[] {
  const normalized = normalizeForParsing(text);
  const sentences = sentenceReader(text);
  const figures: Figure[] = [];
  QUANTITY.lastIndex = 0;
  for (let match = QUANTITY.exec(normalized); match !== null; match = QUANTITY.exec(normalized)) {
    const [, written, , magnitude = '', , baseUnit] = match;
    const value = parseNumber(written);
    if (value === null) continue;
    const kind = UNIT_KINDS.get(baseUnit) as Kind;
    // 万 in front of a money unit is part of the unit; in front of a count it is a magnitude word.
    const unit = magnitude + baseUnit;
    const yuan = kind === 'money' ? YUAN_PER_UNIT.get(baseUnit) : undefined;
    const magnitudeFactor = magnitude === '万' ? 10_000 : magnitude === '亿' ? 100_000_000 : 1;
    figures.push({
      value,
      unit,
      kind,
      valueYuan: yuan === undefined ? null : roundToCents(value * magnitudeFactor * yuan),
      context: sentences.around(match.index),
      offset: match.index,
    });
  }
  PERCENT_IN_WORDS.lastIndex = 0;
  for (let match = PERCENT_IN_WORDS.exec(normalized); match !== null; match = PERCENT_IN_WORDS.exec(normalized)) {
    const value = parseNumber(match[1]);
    if (value === null) continue;
    const offset = match.index;
    figures.push({ value, unit: '%', kind: 'percent', valueYuan: null, context: sentences.around(offset), offset });
  }
  return figures.sort((left, right) => left.offset - right.offset);
}

function parseNumber(written: string): number | null {
  if (/^\d/.test(written)) return Number(written.replace(/,/g, ''));
  const [whole, fraction] = written.split('点');
  const integer = parseChineseNumber(whole);
  if (integer === null) return null;
  if (fraction === undefined) return integer;
  const digits = [...fraction].map((character) => parseChineseNumber(character));
  if (digits.some((digit) => digit === null || digit > 9)) return null;
  return Number(`${integer}.${digits.join('')}`);
}

function roundToCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/**
 * The sentences of a text, each cut once: a sentence stating several quantities (退回资金…元,
 * 处理…人) is asked for once per quantity.
 */
function sentenceReader(text: string): { around(offset: number): string } {
  let start = -1;
  let end = -1;
  let sentence = '';
  return {
    around(offset) {
      if (offset < start || offset >= end) {
        start = offset;
        while (start > 0 && !SENTENCE_ENDS.includes(text[start - 1])) start--;
        end = offset;
        while (end < text.length && !SENTENCE_ENDS.includes(text[end])) end++;
        if (end < text.length) end++;
        sentence = text.slice(start, end).trim();
      }
      if (sentence.length <= MAX_CONTEXT) return sentence;
      const from = Math.max(0, offset - start - MAX_CONTEXT / 2);
      return `…${text.slice(start + from, start + from + MAX_CONTEXT).trim()}…`;
    },
  };
}
