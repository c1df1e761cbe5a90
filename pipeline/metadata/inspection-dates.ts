import { completeYear, findDateMentions, latestYearBy, toIsoDate, type CalendarDate, type DateMention } from './dates';
import { sentenceAround, sentenceEndFrom } from './sentence';

/** When the inspection ran and when its findings were fed back, as ISO dates. */
export interface InspectionDates {
  inspectionStart: string | null;
  inspectionEnd: string | null;
  feedbackDate: string | null;
}

// 2025年4月24日至5月27日, 2021年11月25日至2022年1月4日 (the end inherits the start's year);
// 3月15日—4月20日 after a year written earlier (2022年,…巡察组于3月15日—4月20日…); 2020年5月6日6月5日,
// a slip that drops the 至, still runs from the first date to the second.
// A 年 with no digits before it (年7月17日) is a year the page lost: no year is guessed for such a date.
const PERIOD = /(?:(\d{4})年|(?<![\d年]))(\d{1,2})月(\d{1,2})日?\s*(?:至|到|起至|—+|-|~|(?<=日)(?=\d))\s*(?:(\d{4})年|(?<![\d年]))(\d{1,2})月(\d{1,2})日/g;
// 2021年3月10日起,…开展了为期一个月的巡察; 自2022年9月1日起…为期2个月: a start and a length.
const START = /(?:(\d{4})年|(?<![\d年]))(\d{1,2})月(\d{1,2})日(?:起|开始)(?!至)/g;
const YEAR = /(\d{4})年/g;
const INSPECTION_WORD = /巡视|巡察/;
// 巡察反馈意见 names the findings (a plan, a meeting); a feedback event is 反馈了…, 向…反馈.
const FEEDBACK_EVENT = /(?<!巡视|巡察)反馈/;
const FEEDBACK_REACH = 60;
// 至, 到, —: a date joined to another by one of these is one end of a period, never the feedback's.
const RANGE_AFTER = /^\s*(?:至|到|起至|—+|-|~)/;
const RANGE_BEFORE = /(?:至|到|—+|-|~)\s*$/;
// The next date in a clause, whole or with digits or marks a page lost (11月日, 1125日, 930日):
// the feedback a clause reports after it is that date's, not the one before.
const NEXT_DATE = /\d+\s*[月日]|[年月]日/;

/**
 * The inspection period (the first date range in a sentence about the 巡视/巡察) and the
 * feedback date (the first date after it in a clause that reports the feedback).
 * `text` has digit dates (see `withArabicDates`); `noticeDate` (signed or shown by the page)
 * gives a year to dates the notice writes without one and with no year before them.
 */
export function findInspectionDates(text: string, noticeDate: CalendarDate | null = null): InspectionDates {
  const period = findInspectionPeriod(text, noticeDate);
  // A start without an end still dates the feedback that follows it.
  const feedback = findFeedbackDate(text, period?.endOffset ?? 0, period ? (period.end ?? period.start) : null, noticeDate);
  return {
    inspectionStart: period ? toIsoDate(period.start) : null,
    inspectionEnd: period?.end ? toIsoDate(period.end) : null,
    feedbackDate: feedback ? toIsoDate(feedback) : null,
  };
}

/** When the inspection ran: `end` is `null` when the notice gives a start and a length (为期一个月), which is no end date. */
interface InspectionPeriod {
  start: CalendarDate;
  end: CalendarDate | null;
  /** Where the period ends in the text: the feedback is read after it. */
  endOffset: number;
  index: number;
}

// The first period or start in a sentence about the inspection, whichever the notice writes first.
function findInspectionPeriod(text: string, noticeDate: CalendarDate | null): InspectionPeriod | null {
  const period = firstInInspectionSentence(text, PERIOD, noticeDate, (match, start) =>
    // 11月25日至1月4日 without a second year runs into the next year.
    match[4] ? { year: Number(match[4]), month: Number(match[5]), day: Number(match[6]) } : completeYear({ month: Number(match[5]), day: Number(match[6]) }, start),
  );
  const startOnly = firstInInspectionSentence(text, START, noticeDate, () => null);
  if (period && startOnly) return startOnly.index < period.index ? startOnly : period;
  return period ?? startOnly;
}

function firstInInspectionSentence(
  text: string,
  pattern: RegExp,
  noticeDate: CalendarDate | null,
  endOf: (match: RegExpExecArray, start: CalendarDate) => CalendarDate | null,
): InspectionPeriod | null {
  for (const match of text.matchAll(pattern)) {
    if (!INSPECTION_WORD.test(sentenceAround(text, match.index, match.index + match[0].length).text)) continue;
    const startDay = { month: Number(match[2]), day: Number(match[3]) };
    const startYear = match[1] ? Number(match[1]) : (lastYearBefore(text, match.index) ?? (noticeDate && latestYearBy(startDay, noticeDate)));
    if (startYear === null) continue;
    const start = { year: startYear, ...startDay };
    return { start, end: endOf(match, start), endOffset: match.index + match[0].length, index: match.index };
  }
  return null;
}

// The year a notice wrote last before `offset`: a period without one belongs to it.
function lastYearBefore(text: string, offset: number): number | null {
  const years = [...text.slice(0, offset).matchAll(YEAR)];
  return years.length > 0 ? Number(years[years.length - 1][1]) : null;
}

function findFeedbackDate(text: string, after: number, inspectionEnd: CalendarDate | null, noticeDate: CalendarDate | null): CalendarDate | null {
  // Without an inspection period, a year-less date takes its year from the last full date before it.
  let lastFullDate: CalendarDate | null = null;
  for (const mention of findDateMentions(text)) {
    if (mention.start < after) continue;
    if (isPeriodEnd(text, mention)) continue;
    const clause = clauseUpToNextDate(withoutBookTitles(text.slice(mention.end, sentenceEndFrom(text, mention.end))).slice(0, FEEDBACK_REACH));
    if (FEEDBACK_EVENT.test(clause)) {
      if (mention.year !== null) return { year: mention.year, month: mention.month, day: mention.day };
      const reference = inspectionEnd ?? lastFullDate ?? startOfLastYearBefore(text, mention.start);
      if (reference) return completeYear(mention, reference);
      return noticeDate && { year: latestYearBy(mention, noticeDate), month: mention.month, day: mention.day };
    }
    if (mention.year !== null) lastFullDate = { year: mention.year, month: mention.month, day: mention.day };
  }
  return null;
}

// 巡察组于2023年4月中旬至5月下旬…并于6月23日反馈: a period given by months only leaves no full
// date, but the year it wrote is the year of the feedback that follows.
function startOfLastYearBefore(text: string, offset: number): CalendarDate | null {
  const year = lastYearBefore(text, offset);
  return year === null ? null : { year, month: 1, day: 1 };
}

// 2024年7月17日至930日: the period's end lost its marks, but its start is still no feedback date.
function isPeriodEnd(text: string, mention: DateMention): boolean {
  return RANGE_AFTER.test(text.slice(mention.end, mention.end + 4)) || RANGE_BEFORE.test(text.slice(Math.max(0, mention.start - 4), mention.start));
}

function clauseUpToNextDate(clause: string): string {
  const next = NEXT_DATE.exec(clause);
  return next ? clause.slice(0, next.index) : clause;
}

function withoutBookTitles(text: string): string {
  return text.replace(/《[^》]*》/g, '');
}
