import { compile } from 'html-to-text';
import { articleTemplateOf } from './article-templates';
import furniture from './page-furniture.json';
import { withoutFurnitureLines } from './furniture-lines';
import { formatMarkedLink, withoutLinkLists } from './link-lists';
import { formatTable } from './ledger-format';
import { withLabelCellsJoined } from './page-labels';
import { withoutRepeatedCopy } from './repeated-copy';

export { withoutFurnitureLines } from './furniture-lines';

const BLOCK_OPTIONS = { leadingLineBreaks: 1, trailingLineBreaks: 1 };

type Converter = (html: string) => string;
interface ConverterPair {
  convert: Converter;
  // Only what never holds a notice's text: the fallback when the furniture selectors took the article.
  convertKeepingFurniture: Converter;
}

// Compiled once: html-to-text builds its selector machinery per options object.
const wholePage = compileConverters(['body']);
const templateConverters = new Map<string, ConverterPair>();

/** The two converters for pages read from `baseSelectors` (the body, or a template's article elements). */
function compileConverters(baseSelectors: string[]): ConverterPair {
  return { convert: compileConverter(furniture.skipSelectors, baseSelectors), convertKeepingFurniture: compileConverter(furniture.neverTextSelectors, baseSelectors) };
}

/** A page-to-text converter that reads the elements matched by `baseSelectors` and drops those matched by `skipSelectors` whole. */
function compileConverter(skipSelectors: string[], baseSelectors: string[]): Converter {
  return compile({
    wordwrap: false,
    decodeEntities: true,
    // In the page's order (the title before the article); the whole page when none is there.
    baseElements: { selectors: baseSelectors, orderBy: 'occurrence', returnDomByDefault: true },
    formatters: { markedLink: formatMarkedLink, ledgerOrBlockTable: formatTable },
    selectors: [
      ...skipSelectors.map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', format: 'markedLink' },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false, ...BLOCK_OPTIONS } })),
      { selector: 'p', options: BLOCK_OPTIONS },
      { selector: 'div', options: BLOCK_OPTIONS },
      // A notice laid out in a table reads cell by cell, one line each, not as an ASCII grid;
      // a rectification ledger reads row by row, one problem each.
      { selector: 'table', format: 'ledgerOrBlockTable' },
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
 * A page carrying the article twice (a desktop and a mobile copy) keeps the first.
 */
export function htmlToLines(html: string): string {
  const { convert, convertKeepingFurniture } = convertersFor(html);
  const withoutFurniture = withoutFurnitureLines(withoutLinkLists(withLabelCellsJoined(convert(html))));
  const whole = withoutFurnitureLines(withoutLinkLists(withLabelCellsJoined(convertKeepingFurniture(html))));
  // A second copy of the article (for phones) is dropped only now, so that it counts in neither share.
  return withoutRepeatedCopy(withoutFurniture.length < whole.length * furniture.minimumKeptShare ? whole : withoutFurniture);
}

/** The whole page's converters, or those of the template the page is built on (a WeChat article: its title, date and article only). */
function convertersFor(html: string): ConverterPair {
  const template = articleTemplateOf(html);
  if (template === null) return wholePage;
  let converters = templateConverters.get(template.name);
  if (converters === undefined) {
    converters = compileConverters(template.articleSelectors);
    templateConverters.set(template.name, converters);
  }
  return converters;
}
