import { escapeHtml } from './escape';

/** One section of the report, with the anchor the navigation links to. */
export interface ReportSection {
  id: string;
  title: string;
  /** The section's body, already escaped HTML. */
  html: string;
}

/** A section as HTML: a heading and its body. */
export function renderSection(section: ReportSection): string {
  return `<section id="${escapeHtml(section.id)}" class="report-section">
<h2>${escapeHtml(section.title)}</h2>
${section.html}
</section>`;
}

/** Said in place of a section whose table the run did not produce, so that the rest of the report still stands. */
export function missingTableNote(tableName: string): string {
  return `<p class="note missing">本次运行没有生成 <code>${escapeHtml(tableName)}</code> 表，此部分无法显示。</p>`;
}

/** Said in place of a section whose table is present but empty. */
export function emptyTableNote(text: string): string {
  return `<p class="note">${escapeHtml(text)}</p>`;
}
