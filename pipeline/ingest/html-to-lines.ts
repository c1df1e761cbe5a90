import { compile } from 'html-to-text';
import furniture from './page-furniture.json';

const BLOCK_OPTIONS = { leadingLineBreaks: 1, trailingLineBreaks: 1 };

// Compiled once: html-to-text builds its selector machinery per options object.
const convert = compile({
  wordwrap: false,
  decodeEntities: true,
  selectors: [
    ...furniture.skipSelectors.map((selector) => ({ selector, format: 'skip' })),
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

/** An HTML page → its text, one line per block element, page furniture dropped. */
export function htmlToLines(html: string): string {
  return withoutFurnitureLines(convert(html));
}

/** Drops short lines that only web pages carry (footers, share buttons, breadcrumbs). */
export function withoutFurnitureLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isFurnitureLine(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function isFurnitureLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= furniture.maximumFurnitureLineLength && furniture.lineCues.some((cue) => trimmed.includes(cue));
}
