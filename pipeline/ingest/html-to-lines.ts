import { compile } from 'html-to-text';
import furniture from './page-furniture.json';
import { pageDateIn, withLabelCellsJoined } from './page-labels';

const BLOCK_OPTIONS = { leadingLineBreaks: 1, trailingLineBreaks: 1 };

// Compiled once: html-to-text builds its selector machinery per options object.
const convert = compileConverter(furniture.skipSelectors);
// Only what never holds a notice's text: the fallback when the furniture selectors took the article.
const convertKeepingFurniture = compileConverter(furniture.neverTextSelectors);

/** A page-to-text converter that drops the elements matched by `skipSelectors` whole. */
function compileConverter(skipSelectors: string[]) {
  return compile({
    wordwrap: false,
    decodeEntities: true,
    selectors: [
      ...skipSelectors.map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', options: { ignoreHref: true } },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false, ...BLOCK_OPTIONS } })),
      { selector: 'p', options: BLOCK_OPTIONS },
      { selector: 'div', options: BLOCK_OPTIONS },
      // A notice laid out in a table reads cell by cell, one line each, not as an ASCII grid.
      { selector: 'table', format: 'block' },
      { selector: 'tr', format: 'block' },
      { selector: 'td', format: 'block' },
      { selector: 'th', format: 'block' },
      { selector: 'ul', options: { itemPrefix: '' } },
      { selector: 'ol', format: 'block' },
      { selector: 'li', format: 'block' },
    ],
  });
}

/**
 * An HTML page → its text, one line per block element, page furniture dropped. When dropping
 * the furniture elements leaves only a small share of the page's text, they wrapped the
 * article (an unclosed `<div class="nav">`, an article whose class names a menu): the page is
 * read again keeping them, and only the furniture lines are dropped, so the notice is not lost.
 */
export function htmlToLines(html: string): string {
  const withoutFurniture = withoutFurnitureLines(withLabelCellsJoined(convert(html)));
  const whole = withoutFurnitureLines(withLabelCellsJoined(convertKeepingFurniture(html)));
  return withoutFurniture.length < whole.length * furniture.minimumKeptShare ? whole : withoutFurniture;
}

/**
 * Drops short lines that only web pages carry (footers, share buttons, breadcrumbs). A line
 * that also shows the page's date (发布时间：… 浏览次数：…) keeps the date alone: an unsigned
 * notice has no other.
 */
export function withoutFurnitureLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (isFurnitureLine(line) ? pageDateIn(line) : line))
    .filter((line) => line !== null)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function isFurnitureLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= furniture.maximumFurnitureLineLength && furniture.lineCues.some((cue) => trimmed.includes(cue));
}
