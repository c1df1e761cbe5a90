import type { FormatCallback } from 'html-to-text';
import furniture from './page-furniture.json';

// Private-use characters: no notice holds them, and html-to-text passes them through untouched.
const LINK_OPEN = '\uE000';
const LINK_CLOSE = '\uE001';
// What a menu puts between its links: spaces, bars, dots, arrows, brackets.
const LINK_SEPARATOR = /[\s|｜·•*/>»›→\-–—、,，[\]【】()（）]/;
const HEADLINE_LIST_HEADINGS = new Set(furniture.headlineListHeadings);
// What decorates a heading of a list: ▼, 【】, a colon, spaces.
const MARKS = /[\p{P}\p{S}\s]/gu;

/** html-to-text formatter for `<a>`: its text between link marks, so that lines made of links can be told apart. */
export const formatMarkedLink: FormatCallback = (element, walk, builder) => {
  builder.addInline(LINK_OPEN, { noWordTransform: true });
  walk(element.children ?? [], builder);
  builder.addInline(LINK_CLOSE, { noWordTransform: true });
};

/**
 * Text with link marks → the text without them, lines made only of links dropped when they hold
 * two links or more (a side menu, a column's links, 相关阅读, 网站首页 | 政务公开) or are as short as
 * a menu entry (首页, 机构概况), with the label ending in a colon just above them (附件：, 相关链接：).
 * A long link alone among them is kept (a run of them is a list of headlines): some sites make the
 * title of the page itself a link, below a menu. Not below 往期推荐 or 相关阅读: that is a list of one headline.
 */
export function withoutLinkLists(text: string): string {
  const lines = text.split('\n');
  const linkOnly = markLinkOnlyLines(lines);
  const kept: string[] = [];
  let index = 0;
  while (index < lines.length) {
    if (!linkOnly[index]) {
      kept.push(lines[index]);
      index++;
      continue;
    }
    // A run of link lines, blank lines between them included.
    let end = index;
    const lone: number[] = [];
    for (let next = index; next < lines.length && (linkOnly[next] || lines[next].trim() === ''); next++) {
      if (!linkOnly[next]) continue;
      end = next + 1;
      if (countLinks(lines[next]) === 1 && unmarked(lines[next]).trim().length > furniture.longestMenuEntry) lone.push(next);
    }
    const keptLink = lone.length === 1 && !headsHeadlines(kept) ? lone[0] : -1;
    if (end - index > 1 || keptLink < 0) dropListLabel(kept);
    if (keptLink >= 0) kept.push(lines[keptLink]);
    index = end;
  }
  return unmarked(kept.join('\n'));
}

/** For each line, whether its visible characters are all inside links (the marks nest across lines). */
function markLinkOnlyLines(lines: string[]): boolean[] {
  let depth = 0;
  return lines.map((line) => {
    let insideLink = 0;
    let outsideLink = 0;
    for (const character of line) {
      if (character === LINK_OPEN) depth++;
      else if (character === LINK_CLOSE) depth = Math.max(0, depth - 1);
      else if (LINK_SEPARATOR.test(character)) continue;
      else if (depth > 0) insideLink++;
      else outsideLink++;
    }
    return insideLink > 0 && outsideLink === 0;
  });
}

/** Drops the last kept line when it is a short label ending in a colon (附件：) heading the dropped links. */
function dropListLabel(kept: string[]): void {
  let last = kept.length - 1;
  while (last >= 0 && kept[last].trim() === '') last--;
  const label = last >= 0 ? unmarked(kept[last]).trim() : '';
  if (/[:：]$/.test(label) && label.length <= furniture.longestMenuEntry + 1) kept.splice(last, 1);
}

/** The last kept line names a list of headlines (往期推荐, ▼相关阅读：): the links below it are other articles. */
function headsHeadlines(kept: string[]): boolean {
  let last = kept.length - 1;
  while (last >= 0 && kept[last].trim() === '') last--;
  return last >= 0 && HEADLINE_LIST_HEADINGS.has(unmarked(kept[last]).replace(MARKS, ''));
}

function countLinks(line: string): number {
  let count = 0;
  for (const character of line) if (character === LINK_OPEN) count++;
  return count;
}

function unmarked(text: string): string {
  return text.replace(/[\uE000\uE001]/g, '');
}
