import { escapeHtml } from './escape';
import { formatCount, LEVEL_ORDER, levelLabel } from './format';
import { emptyTableNote, missingTableNote, type ReportSection } from './section';
import { listOf, textOf, type TableRecords } from './table-records';

const STATUS_LABELS: Record<string, string> = { completed: '已完成', long_term: '长期坚持' };
const WHERE_LABELS: Record<string, string> = { title: '标题', body: '正文' };

/**
 * All problems in one table that the page's script filters: a search box over every
 * column, the primary category, the agency's level, and leaf problems only.
 */
export function problemTableSection(problems: TableRecords | null, notices: TableRecords | null, categoryLabels: readonly string[]): ReportSection {
  const section = { id: 'problems', title: '全部问题' };
  if (!problems) return { ...section, html: missingTableNote('problems') };
  if (problems.records.length === 0) return { ...section, html: emptyTableNote('没有提取到问题。') };
  const levelByNotice = new Map((notices?.records ?? []).map((record) => [textOf(record.notice_id), textOf(record.level)]));
  const rows = problems.records.map((record) => problemRow(record, levelByNotice.get(textOf(record.notice_id)) ?? '')).join('\n');
  const total = formatCount(problems.records.length);
  const header = ['单位', '编号', '问题', '主类别', '其他类别', '措施', '状态', '分类依据']
    .map((label) => `<th${label === '措施' ? ' class="number"' : ''}>${label}</th>`)
    .join('');
  return {
    ...section,
    html: `${filterControls(categoryLabels, levelByNotice.size > 0)}
<p id="problem-count" class="count" aria-live="polite">显示 ${total} / ${total} 条</p>
<div class="table-scroll"><table id="problem-table" class="problem-table">
<thead><tr>${header}</tr></thead>
<tbody>
${rows}
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

function problemRow(record: TableRecords['records'][number], level: string): string {
  const primary = textOf(record.primary_category);
  const others = listOf(record.categories).filter((label) => label !== primary);
  const status = STATUS_LABELS[textOf(record.status)] ?? '';
  const truncated = textOf(record.truncated) === 'yes' ? '<span class="flag">文本截断</span>' : '';
  const leaf = textOf(record.leaf) === 'no' ? 'no' : 'yes';
  const parentFlag = leaf === 'no' ? '<span class="flag">上级问题</span>' : '';
  return `<tr data-category="${escapeHtml(primary)}" data-level="${escapeHtml(level)}" data-leaf="${leaf}">` +
    `<td>${escapeHtml(textOf(record.agency) || '（未识别）')}</td>` +
    `<td class="identifier" title="${escapeHtml(textOf(record.problem_id))}">${escapeHtml(textOf(record.path))}</td>` +
    `<td class="problem-title">${escapeHtml(textOf(record.title))}${parentFlag}${truncated}</td>` +
    `<td>${primary ? `<span class="tag">${escapeHtml(primary)}</span>` : ''}</td>` +
    `<td>${others.map((label) => `<span class="tag secondary">${escapeHtml(label)}</span>`).join(' ')}</td>` +
    `<td class="number">${escapeHtml(textOf(record.measures))}</td>` +
    `<td>${escapeHtml(status)}</td>` +
    `<td class="evidence">${evidenceHtml(textOf(record.evidence))}</td></tr>`;
}

/**
 * `党建: 意识形态 [title] | 党建: 党组 [body] | …` as one line per category, title cues
 * before body cues, each cue once: `党建 标题：意识形态 · 正文：党组`. A long list of body
 * cues stays one wrapped line instead of a tall column.
 */
export function evidenceHtml(evidence: string): string {
  const byCategory = new Map<string, { title: string[]; body: string[] }>();
  const loose: string[] = [];
  for (const item of evidence.split(' | ').map((part) => part.trim()).filter((part) => part !== '')) {
    const match = /^(.*?):\s*(.*?)\s*\[(title|body)\]$/.exec(item);
    if (!match) {
      loose.push(item);
      continue;
    }
    const [, category, cue, where] = match;
    const cues = byCategory.get(category) ?? { title: [], body: [] };
    const list = where === 'title' ? cues.title : cues.body;
    if (!list.includes(cue)) list.push(cue);
    byCategory.set(category, cues);
  }
  const lines = [...byCategory].map(([category, cues]) => {
    const parts = (['title', 'body'] as const)
      .filter((where) => cues[where].length > 0)
      .map((where) => `${WHERE_LABELS[where]}：${cues[where].join('、')}`);
    return `<span class="cue"><span class="cue-category">${escapeHtml(category)}</span> ${escapeHtml(parts.join(' · '))}</span>`;
  });
  return [...lines, ...loose.map((item) => `<span class="cue">${escapeHtml(item)}</span>`)].join('');
}
