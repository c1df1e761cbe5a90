import furniture from './page-furniture.json';

const LABEL_SPACES = /[\s\u3000\u00a0]+/g;
const COLON = /[:：]$/;
const LIST_MARKS = /^[*·•●]+/;
// 发布时间：2023-05-12 10:30, 发布日期:2026年1月12日: the page's date, with its time when it shows one.
const DATED_LABEL = new RegExp(
  `(?:${furniture.dateLabels.join('|')})\\s*[:：]\\s*\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}日?(?:\\s+\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?`,
);
// 2023-05-04 08:46:31  浏览次数：, 2026-01-12 19:24 来源：…: many article headers show the date first
// and unlabelled. It stands alone, before a space or the line's end: 2023年2月13日至… opens a sentence.
const OPENING_DATE = /^\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)(?=\s|$)/;

/**
 * The 信息公开 table reads cell by cell, the label on one line and its value on the next
 * (生成日期： / 2023-05-12): each label line is joined with the value line below it, so the
 * metadata stage reads 生成日期：2023-05-12 as it reads 发布时间：… on one line.
 */
export function withLabelCellsJoined(text: string): string {
  const lines = text.split('\n');
  const joined: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const label = metadataLabel(lines[index]);
    const valueIndex = label === null ? -1 : nextNonEmptyIndex(lines, index + 1);
    if (label !== null && valueIndex >= 0 && metadataLabel(lines[valueIndex]) === null) {
      joined.push(label + lines[valueIndex].trim());
      index = valueIndex;
    } else {
      joined.push(lines[index]);
    }
  }
  return joined.join('\n');
}

/**
 * 发布时间：2023-05-12 10:30 out of a furniture line (… 浏览次数：1234 字号【大 中 小】), or the
 * unlabelled date that opens it (2023-05-04 08:46:31  浏览次数：); `null` when it shows no date.
 */
export function pageDateIn(line: string): string | null {
  return DATED_LABEL.exec(line)?.[0] ?? OPENING_DATE.exec(line)?.[1] ?? null;
}

/** The rest of a line after the unlabelled date that opens it (`来源：区纪委监委`), or `null` when no date opens it. */
export function afterOpeningDate(line: string): string | null {
  const match = OPENING_DATE.exec(line);
  return match ? line.slice(match[0].length).trim() : null;
}

/**
 * `名  称：` (ideographic spaces) → `名称：`, ` * 成文日期：` (a list item, as 大汉 JCMS pages set the
 * table) → `成文日期：`; `null` for a line that is not a bare label of the table.
 */
function metadataLabel(line: string): string | null {
  const compact = line.replace(LABEL_SPACES, '').replace(LIST_MARKS, '');
  if (!COLON.test(compact)) return null;
  return furniture.metadataLabels.includes(compact.slice(0, -1)) ? compact : null;
}

function nextNonEmptyIndex(lines: string[], from: number): number {
  for (let index = from; index < lines.length; index++) if (lines[index].trim() !== '') return index;
  return -1;
}
