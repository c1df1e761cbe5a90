import furniture from './pdf-furniture.json';
import type { PdfLine } from './pdf-lines';

const pageNumberPatterns = furniture.pageNumberPatterns.map((pattern) => new RegExp(pattern, 'i'));

/**
 * Pages of lines → the same pages without their furniture: page numbers (`第 1 页`, `- 1 -`,
 * `1/5`) and running headers and footers, recognised as the lines at a page's top or bottom
 * whose text, digits aside, comes back at the edge of most pages.
 */
export function withoutPageFurniture(pages: PdfLine[][]): PdfLine[][] {
  const edgeCounts = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(edgeLines(page).map(furnitureKey))) edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1);
  }
  const repeatedOn = Math.max(2, Math.ceil(furniture.repeatedShare * pages.length));
  return pages.map((page) => {
    const edges = new Set(edgeLines(page));
    return page.filter((line) => !edges.has(line) || !(isPageNumber(line.text) || (edgeCounts.get(furnitureKey(line)) ?? 0) >= repeatedOn));
  });
}

/** True for a line that is only a page number, as printed in Chinese and Western documents. */
export function isPageNumber(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return pageNumberPatterns.some((pattern) => pattern.test(compact));
}

/** The first and last lines of a page (lines are ordered top to bottom). */
function edgeLines(page: PdfLine[]): PdfLine[] {
  return [...new Set([...page.slice(0, furniture.edgeLines), ...page.slice(Math.max(0, page.length - furniture.edgeLines))])];
}

/** Running headers repeat with a different page number or date in them. */
function furnitureKey(line: PdfLine): string {
  return line.text.replace(/\s+/g, '').replace(/\d+/g, '#');
}
