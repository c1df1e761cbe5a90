import { parseChineseNumber } from '../text/chinese-numerals';

/** A date as written in a notice; `year` is `null` where the notice leaves it out (5月10日). */
export interface DateMention {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
}

/** A calendar date with all three parts known. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

// Sticky: tried only where the 年 or 月 they need stands (see `replaceBeforeMark`).
const CHINESE_YEAR = /([〇○零一二三四五六七八九]{4})年/y;
const CHINESE_MONTH_DAY = /([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/y;
const YEAR_DIGITS: Record<string, string> = {
  〇: '0', '○': '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

/**
 * Rewrites dates written in Chinese numerals with digits: 二〇二一年五月十二日 → 2021年5月12日.
 * The result is only read for dates (its offsets differ from the notice's).
 */
export function withArabicDates(text: string): string {
  const withYears = replaceBeforeMark(text, CHINESE_YEAR, '年', 4, (match) => `${[...match[1]].map((digit) => YEAR_DIGITS[digit]).join('')}年`);
  return replaceBeforeMark(withYears, CHINESE_MONTH_DAY, '月', 2, (match) => {
    const monthNumber = parseChineseNumber(match[1]);
    const dayNumber = parseChineseNumber(match[2]);
    if (monthNumber === null || dayNumber === null || monthNumber > 12 || dayNumber > 31) return match[0];
    return `${monthNumber}月${dayNumber}日`;
  });
}

/**
 * `text.replace` with a global form of `pattern`, for a pattern whose every match holds `mark`
 * one to `lead` characters after its start (see `matchesBeforeMark`).
 */
function replaceBeforeMark(text: string, pattern: RegExp, mark: string, lead: number, replace: (match: RegExpExecArray) => string): string {
  let replaced = '';
  let copied = 0;
  for (const match of matchesBeforeMark(text, pattern, mark, lead)) {
    replaced += text.slice(copied, match.index) + replace(match);
    copied = match.index + match[0].length;
  }
  return copied === 0 ? text : replaced + text.slice(copied);
}

/**
 * The matches a global form of the sticky `pattern` finds in `text`, for a pattern whose every
 * match holds `mark` one to `lead` characters after its start: the pattern is tried only just
 * before each `mark`, where a search that tries every offset cost most of reading a notice's dates.
 */
function* matchesBeforeMark(text: string, pattern: RegExp, mark: string, lead: number): Generator<RegExpExecArray> {
  // Where the last match ended: as in a global search, the next one starts there or later.
  let searched = 0;
  for (let at = text.indexOf(mark, 1); at >= 0; at = text.indexOf(mark, Math.max(at + 1, searched))) {
    for (let start = Math.max(searched, at - lead); start < at; start++) {
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (!match) continue;
      searched = start + match[0].length;
      yield match;
      break;
    }
  }
}

// Sticky, tried just before each 月: 月 stands one or two characters after the start, six or seven with the year.
// A 年 with no digits before it (年7月17日) is a year the page lost: such a date is no date.
const DATE = /(?:(\d{4})年|(?<![\d年]))(\d{1,2})月(\d{1,2})日/y;
const DATE_LEAD = 7;

/** Every 2021年5月12日 or 5月12日 in a text (digits; see `withArabicDates`), in order; a date whose digits a page lost (年7月17日, 20247月17日) is none. */
export function findDateMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of matchesBeforeMark(text, DATE, '月', DATE_LEAD)) {
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    mentions.push({ start: match.index, end: match.index + match[0].length, year: match[1] ? Number(match[1]) : null, month, day });
  }
  return mentions;
}

/**
 * The year a date without one most likely has: the first on or after `reference`
 * (a feedback 5月10日 after an inspection that ended 2022-01-04 is 2022-05-10).
 */
export function completeYear(date: { month: number; day: number }, reference: CalendarDate): CalendarDate {
  const before = date.month < reference.month || (date.month === reference.month && date.day < reference.day);
  return { year: before ? reference.year + 1 : reference.year, month: date.month, day: date.day };
}

/**
 * The year a date without one most likely has when only a later date is known: the last on or
 * before `reference` (an inspection 3月7日 in a notice dated 2022-09-20 ran in 2022; 11月5日 in 2021).
 */
export function latestYearBy(date: { month: number; day: number }, reference: CalendarDate): number {
  const after = date.month > reference.month || (date.month === reference.month && date.day > reference.day);
  return after ? reference.year - 1 : reference.year;
}

/** `2021-05-12`. */
export function toIsoDate(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Reads a numeric date as page headers write it: 2024-07-26, 2024/7/26, 2024.07.26, 2024年07月26日. */
export function parseNumericDate(written: string): CalendarDate | null {
  const match = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(written);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31 ? date : null;
}
