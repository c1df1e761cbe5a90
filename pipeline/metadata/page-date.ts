import { parseNumericDate, type CalendarDate } from './dates';
import { isWebDebris } from './web-debris';

// 日期:2024-07-26, 发布时间:2024年07月26日, 生成日期:2023-05-12, 来源:… 时间:2022-09-20 in the lines a web
// page puts above or below a notice.
const PAGE_DATE = /(?:发布日期|发文日期|日期|时间)[::]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})/;
// 2026-01-12 19:24 来源:区纪委监委, 2023-05-04 08:46:31  浏览次数: (an article header that shows the date
// first and unlabelled), also run together (2021年10月25日09:20 来源:…, 2021-02-23 12:42:06来源:…); what
// follows must be page debris, so 2023年2月13日至3月31日,… opens a sentence instead.
const OPENING_DATE = /^(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?![\d:])/;
const LINES_AT_EACH_END = 10;

/**
 * The publication date a web page shows in its header or footer; `null` when it shows none.
 * The header is every line before the first sentence, however many (a 信息公开 table and a
 * menu above the title), and at least the first lines.
 */
export function findPageDate(lines: string[]): CalendarDate | null {
  const nonEmpty = lines.filter((line) => line.trim() !== '');
  const firstSentence = nonEmpty.findIndex((line) => line.includes('。'));
  const header = nonEmpty.slice(0, Math.max(LINES_AT_EACH_END, firstSentence));
  const edges = [...header, ...nonEmpty.slice(-LINES_AT_EACH_END)];
  for (const line of edges) {
    const match = PAGE_DATE.exec(line);
    const date = match ? parseNumericDate(match[1]) : unlabelledPageDate(line);
    if (date) return date;
  }
  return null;
}

/**
 * The date of a line that shows only a page's date, unlabelled, and page debris after it
 * (2023-05-04 08:46:31  浏览次数:); `null` for any other line. `line` is normalised for parsing.
 */
export function unlabelledPageDate(line: string): CalendarDate | null {
  const text = line.trim();
  const match = OPENING_DATE.exec(text);
  if (!match) return null;
  const rest = text.slice(match[0].length).trim();
  return rest === '' || isWebDebris(rest) ? parseNumericDate(match[1]) : null;
}
