import { unlabelledPageDate } from './page-date';
import terms from './title-terms.json';
import { isWebDebris } from './web-debris';

const NUMBERED_HEADING = /^[一二三四五六七八九十]+、|^\(?[一二三四五六七八九十\d]+[).、]/;
// A link in a column page ends with its date: …的通报2024-07-26, …的通报 [2024-07-26].
const ENDS_WITH_DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\]?\)?$/;
// A page's column label left before the title (【反馈】中共…关于…的通报): the site's, not the notice's.
const COLUMN_LABEL = /^\s*[【[]\s*[^】\]]{1,8}?\s*[】\]]\s*/;

/**
 * The notice's title: the first line (or two lines joined) before the body that ends like a
 * title (…的通报), one that names the subject or opens like a title (中共…, …关于…) before any
 * other. `null` when the text opens with the body (根据…, 按照…).
 * `lines` are the notice's lines normalised for parsing; `originalLines` are quoted.
 */
export function findTitle(lines: string[], originalLines: string[]): string | null {
  // Pages leave menu names and column tabs above the title that no debris list can know
  // (网站首页, 巡视巡察, 审查调查 …): every line before the body is read, up to linesToRead of them.
  const candidates: number[] = [];
  for (let index = 0; index < lines.length && candidates.length < terms.linesToRead; index++) {
    const line = lines[index].trim();
    if (line === '' || isWebDebris(line) || isListItem(line) || unlabelledPageDate(line) !== null) continue;
    if (isBody(line)) break;
    candidates.push(index);
  }
  const quote = (index: number) => originalLines[index].trim().replace(COLUMN_LABEL, '');
  const endingLikeTitle = (titleShaped: boolean) => {
    for (let position = 0; position < candidates.length; position++) {
      const index = candidates[position];
      const line = quote(index);
      const shaped = !titleShaped || startsLikeTitle(lines[index].trim());
      if (shaped && endsLikeTitle(line) && line.length >= terms.shortestTitle) return line;
      const next = candidates[position + 1];
      // A long title wraps: 十三届市委第一轮巡察整改 / 进展情况的通报. A site name or a tag above a
      // title does not, and a next line that opens a title of its own (中共…关于…) is not a tail.
      const wraps = next !== undefined && endsLikeTitle(quote(next)) && !opensTitle(lines[next].trim());
      if (wraps && startsLikeTitle(lines[index].trim())) return line + quote(next);
    }
    return null;
  };
  // A column name that ends like a title (某某县人民政府信息公开) may stand above the title itself.
  const title = endingLikeTitle(true) ?? endingLikeTitle(false);
  if (title !== null) return title;
  const subjectLine = candidates.find(
    (index) => lines[index].trim().length >= terms.shortestTitle && terms.subjectWords.some((word) => lines[index].includes(word)),
  );
  return subjectLine === undefined ? null : quote(subjectLine);
}

/** A menu entry or a column page's link (· 通知公告, * …的通报2024-07-26): never a notice's title. */
function isListItem(line: string): boolean {
  return terms.listMarks.some((mark) => line.startsWith(mark)) || ENDS_WITH_DATE.test(line);
}

function isBody(line: string): boolean {
  return (
    terms.bodyOpenings.some((opening) => line.startsWith(opening)) ||
    line.includes('。') ||
    NUMBERED_HEADING.test(line) ||
    line.length > terms.longestTitle
  );
}

function opensTitle(line: string): boolean {
  return line.startsWith('中共') || line.includes('关于');
}

function startsLikeTitle(line: string): boolean {
  return opensTitle(line) || terms.subjectWords.some((word) => line.includes(word));
}

function endsLikeTitle(line: string): boolean {
  return terms.titleEndings.some((ending) => line.endsWith(ending));
}
