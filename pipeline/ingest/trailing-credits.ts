import furniture from './page-furniture.json';

// （张丽春 || 责任编辑 茹婷婷）, (通讯员 李明), （记者 王芳 供稿）at a line's end: the credit word,
// then a colon, a space or a bar before the names, inside one pair of brackets.
const TRAILING_CREDIT = new RegExp(
  `\\s*[（(][^（()）]{0,30}?(?:${furniture.trailingCreditWords.join('|')})\\s*[:：\\s|｜][^（()）]{0,30}[)）]\\s*$`,
);

/**
 * A line without the bracketed credit a page glued to its end (`…补齐材料16份。（张丽春 ||
 * 责任编辑 茹婷婷）`): the writer and editor of the page, not part of the notice's last paragraph.
 * The credit must follow a sentence's end (。；！), so a bracketed note inside a sentence stays.
 */
export function withoutTrailingCredit(line: string): string {
  const match = TRAILING_CREDIT.exec(line);
  if (!match) return line;
  const before = line.slice(0, match.index);
  return /[。；;！!]\s*$/.test(before) || before.trim() === '' ? before : line;
}
