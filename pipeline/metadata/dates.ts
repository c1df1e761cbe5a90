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

const CHINESE_YEAR = /([〇○零一二三四五六七八九]{4})年/g;
const CHINESE_MONTH_DAY = /([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/g;
const YEAR_DIGITS: Record<string, string> = {
  〇: '0', '○': '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

/**
 * Rewrites dates written in Chinese numerals with digits: 二〇二一年五月十二日 → 2021年5月12日.
 * The result is only read for dates (its offsets differ from the notice's).
 */
export function withArabicDates(text: string): string {
  return text
    .replace(CHINESE_YEAR, (_whole, year: string) => `${[...year].map((digit) => YEAR_DIGITS[digit]).join('')}年`)
    .replace(CHINESE_MONTH_DAY, (whole, month: string, day: string) => {
      const monthNumber = parseChineseNumber(month);
      const dayNumber = parseChineseNumber(day);
      if (monthNumber === null || dayNumber === null || monthNumber > 12 || dayNumber > 31) return whole;
      return `${monthNumber}月${dayNumber}日`;
    });
}

const DATE = /(?:(\d{4})年)?(?<!\d)(\d{1,2})月(\d{1,2})日/g;

/** Every 2021年5月12日 or 5月12日 in a text (digits; see `withArabicDates`), in order. */
export function findDateMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of text.matchAll(DATE)) {
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
