import templates from './article-templates.json';

/** A page template whose article stands in known elements (see `article-templates.json`). */
export interface ArticleTemplate {
  name: string;
  detectIds: string[];
  articleSelectors: string[];
}

/** The template a page is built on, when it holds every element the template names; `null` otherwise. */
export function articleTemplateOf(html: string): ArticleTemplate | null {
  return templates.templates.find((template) => template.detectIds.every((id) => hasElementId(html, id))) ?? null;
}

function hasElementId(html: string, id: string): boolean {
  return new RegExp(`\\sid\\s*=\\s*["']?${id}["'\\s>]`).test(html);
}
