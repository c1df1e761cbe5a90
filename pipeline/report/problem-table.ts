import { escapeHtml } from './escape';
import { formatCount, LEVEL_ORDER, levelLabel } from './format';
import { emptyTableNote, missingTableNote, type ReportSection } from './section';
import type { NoticeSummary } from './notice-summary';
import type { ProblemDigest } from './problem-digest';
import { listOf, textOf, type TableRecord } from './table-records';

const STATUS_LABELS: Record<string, string> = { completed: '已完成', long_term: '长期坚持' };
const WHERE_LABELS: Record<string, string> = { title: '标题', body: '正文' };

/**
 * The most rows the problem table shows. Measured in headless Chromium on a 2-core machine:
 * 10,000 rows open in about 3 s and filter in about 1 s a keystroke; 22,000 rows took 13 s
 * to open and 5 s a keystroke, and the time grows faster than the rows. Past this the
 * table shows the first rows and says how many there are; problems.csv has them all.
 */
export const MAXIMUM_PROBLEM_ROWS = 10_000;

/**
 * All problems in one table that the page's script filters: a search box over every
 * column, the primary category, the agency's level, and leaf problems only. Only the first
 * `maximumRows` problems are listed, with a note saying so.
 */
export function problemTableSection(problems: ProblemDigest | null, notices: NoticeSummary | null, categoryLabels: readonly string[], maximumRows = MAXIMUM_PROBLEM_ROWS): ReportSection {
  const section = { id: 'problems', title: '全部问题' };
  if (!problems) return { ...section, html: missingTableNote('problems') };
  if (problems.problems === 0) return { ...section, html: emptyTableNote('没有提取到问题。') };
  // The summary keeps the level of the notices of the digest's first problems, those shown here among them.
  const levelByNotice = notices?.levelByNotice ?? new Map<string, string>();
  // The digest keeps the first rows it was asked for; fewer are shown when fewer are asked here.
  const shown = problems.firstProblems.length > maximumRows ? problems.firstProblems.slice(0, maximumRows) : problems.firstProblems;
  // One array for every row's pieces, joined once: a corpus has tens of thousands of rows,
  // and joining each row and then the rows made the table's text twice over.
  const rows: string[] = [];
  for (const record of shown) {
    if (rows.length > 0) rows.push('\n');
    pushProblemRow(rows, record, levelByNotice.get(textOf(record.notice_id)) ?? '');
  }
  const total = formatCount(shown.length);
  const capNote = shown.length < problems.problems
    ? `\n${emptyTableNote(`为使页面能在浏览器中打开，表中只列出前 ${formatCount(shown.length)} 条问题（共 ${formatCount(problems.problems)} 条），搜索和筛选只作用于这些行；全部问题见同目录下的 problems.csv。`)}`
    : '';
  const header = ['单位', '编号', '问题', '主类别', '其他类别', '措施', '状态', '分类依据']
    .map((label) => `<th${label === '措施' ? ' class="number"' : ''}>${label}</th>`)
    .join('');
  return {
    ...section,
    html: `${filterControls(categoryLabels, (notices?.notices ?? 0) > 0)}
<p id="problem-count" class="count" aria-live="polite">显示 ${total} / ${total} 条</p>${capNote}
<div class="table-scroll"><table id="problem-table" class="problem-table">
<thead><tr>${header}</tr></thead>
<tbody>
${rows.join('')}
</tbody></table></div>`,
  };
}

function filterControls(categoryLabels: readonly string[], hasLevels: boolean): string {
  const categories = categoryLabels.map((label) => `<option value="${escapeHtml(label)}">${escapeHtml(label)}</option>`).join('');
  const levels = LEVEL_ORDER.filter((level) => level !== '').map((level) => `<option value="${level}">${levelLabel(level)}</option>`).join('');
  return `<div class="filters" role="search">
<label>搜索 <input id="problem-search" type="search" placeholder="问题、单位、依据中的文字，空格分隔多个词" autocomplete="off"></label>
<label>主类别 <select id="problem-category"><option value="">全部</option>${categories}</select></label>
${hasLevels ? `<label>级别 <select id="problem-level"><option value="">全部</option>${levels}</select></label>` : ''}
<label class="checkbox"><input id="problem-leaf" type="checkbox"> 只看末级问题</label>
</div>`;
}

/** Appends one problem's row to `html`, piece by piece. */
function pushProblemRow(html: string[], record: TableRecord, level: string): void {
  const primary = textOf(record.primary_category);
  const leaf = textOf(record.leaf) === 'no' ? 'no' : 'yes';
  html.push(
    '<tr data-category="', escapeHtml(primary), '" data-level="', escapeHtml(level), '" data-leaf="', leaf, '">',
    '<td>', escapeHtml(textOf(record.agency) || '（未识别）'), '</td>',
    '<td class="identifier" title="', escapeHtml(textOf(record.problem_id)), '">', escapeHtml(textOf(record.path)), '</td>',
    '<td class="problem-title">', escapeHtml(textOf(record.title)),
    leaf === 'no' ? '<span class="flag">上级问题</span>' : '',
    textOf(record.truncated) === 'yes' ? '<span class="flag">文本截断</span>' : '',
    '</td>',
    '<td>', primary ? `<span class="tag">${escapeHtml(primary)}</span>` : '', '</td>',
    '<td>',
  );
  let separator = '';
  for (const label of listOf(record.categories)) {
    if (label === primary) continue;
    html.push(separator, '<span class="tag secondary">', escapeHtml(label), '</span>');
    separator = ' ';
  }
  html.push(
    '</td>',
    '<td class="number">', escapeHtml(textOf(record.measures)), '</td>',
    '<td>', escapeHtml(STATUS_LABELS[textOf(record.status)] ?? ''), '</td>',
    '<td class="evidence">', evidenceHtml(textOf(record.evidence)), '</td></tr>',
  );
}

/**
 * `党建: 意识形态 [title] | 党建: 党组 [body] | …` as one line per category, title cues
 * before body cues, each cue once: `党建 标题：意识形态 · 正文：党组`. A long list of body
 * cues stays one wrapped line instead of a tall column.
 */
export function evidenceHtml(evidence: string): string {
  const byCategory = new Map<string, { title: string[]; body: string[] }>();
  const loose: string[] = [];
  for (const part of evidence.split(' | ')) {
    const item = part.trim();
    if (item === '') continue;
    const cue = evidenceCue(item);
    if (!cue) {
      loose.push(item);
      continue;
    }
    const cues = byCategory.get(cue.category) ?? { title: [], body: [] };
    const list = cue.where === 'title' ? cues.title : cues.body;
    if (!list.includes(cue.text)) list.push(cue.text);
    byCategory.set(cue.category, cues);
  }
  let html = '';
  for (const [category, cues] of byCategory) {
    const parts: string[] = [];
    if (cues.title.length > 0) parts.push(`${WHERE_LABELS.title}：${cues.title.join('、')}`);
    if (cues.body.length > 0) parts.push(`${WHERE_LABELS.body}：${cues.body.join('、')}`);
    html += `<span class="cue"><span class="cue-category">${escapeHtml(category)}</span> ${escapeHtml(parts.join(' · '))}</span>`;
  }
  for (const item of loose) html += `<span class="cue">${escapeHtml(item)}</span>`;
  return html;
}

const CUE_ENDINGS = [
  { where: 'title', ending: '[title]' },
  { where: 'body', ending: '[body]' },
] as const;

/**
 * `党建: 意识形态 [title]` → its category, cue and where the cue was found; `null` for an
 * item of another form. Read with `indexOf` rather than a regular expression because a
 * large corpus has over a hundred thousand such items; the same as
 * `/^(.*?):\s*(.*?)\s*\[(title|body)\]$/`, whose `.` stops at a line break.
 */
function evidenceCue(item: string): { category: string; text: string; where: 'title' | 'body' } | null {
  const colon = item.indexOf(':');
  if (colon === -1) return null;
  const ending = CUE_ENDINGS.find((candidate) => item.endsWith(candidate.ending));
  if (!ending) return null;
  const category = item.slice(0, colon);
  // `trim` drops exactly what `\s` matches, line breaks included.
  const text = item.slice(colon + 1, item.length - ending.ending.length).trim();
  if (LINE_BREAK.test(category) || LINE_BREAK.test(text)) return null;
  return { category, text, where: ending.where };
}

/** The characters a regular expression's `.` does not match. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
