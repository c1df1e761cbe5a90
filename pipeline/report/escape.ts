/**
 * Escapes text for HTML and SVG, in element content and in quoted attributes alike: the
 * titles come from scraped pages and must never become markup.
 */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape: a test is cheaper than a replace that finds nothing.
  return MARKUP.test(text) ? text.replace(MARKUP_EVERYWHERE, (character) => ESCAPES[character]) : text;
}

const MARKUP = /[&<>"']/;
const MARKUP_EVERYWHERE = /[&<>"']/g;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
