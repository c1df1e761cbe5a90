import { parseNumericDate, type CalendarDate } from './dates';

// 日期:2024-07-26, 发布时间:2024年07月26日, 生成日期:2023-05-12, 来源:… 时间:2022-09-20 in the lines a web
// page puts above or below a notice.
const PAGE_DATE = /(?:发布日期|发文日期|日期|时间)[::]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})/;
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
    const date = match ? parseNumericDate(match[1]) : null;
    if (date) return date;
  }
  return null;
}
