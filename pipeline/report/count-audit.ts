import { escapeHtml } from './escape';
import { formatCount } from './format';
import { emptyTableNote, missingTableNote, type ReportSection } from './section';
import { AUDITED_COUNTS, VERDICT_ORDER, type Verdict } from './count-audit-rows';
import type { NoticeSummary } from './notice-summary';
import { numberOf, textOf, type TableRecord } from './table-records';

const VERDICT_LABELS: Record<Verdict, string> = { mismatch: '不一致', ok: '一致', undeclared: '未声明' };

/**
 * The most notices the audit lists. Mismatches come first, so these are the ones to check by
 * hand; a national corpus lists tens of thousands, which `notices.csv` (`count_check`) holds.
 */
export const MAXIMUM_AUDIT_ROWS = 2_000;

/**
 * The count audit: what each notice declares beside what was extracted, mismatches first (the
 * first `maximumRows`, no more than the summary kept of each verdict).
 */
export function countAuditSection(notices: NoticeSummary | null, maximumRows = MAXIMUM_AUDIT_ROWS): ReportSection {
  const section = { id: 'count-audit', title: '数量核对（通报自述 / 实际提取）' };
  if (!notices) return { ...section, html: missingTableNote('notices') };
  if (notices.notices === 0) return { ...section, html: emptyTableNote('没有通报。') };
  const { rows: kept, tally: counts, maximumRows: keptRows } = notices.audit;
  if (maximumRows > keptRows) {
    throw new RangeError(`REPORT_AUDIT_ROWS_NOT_KEPT: countAuditSection lists at most the ${keptRows} notices of each verdict the summary kept, got maximumRows ${maximumRows}`);
  }
  // Each verdict's first rows are kept, so the first `maximumRows` of them in verdict order are the first of all.
  const ordered = VERDICT_ORDER.flatMap((verdict) => kept[verdict].map((record) => ({ record, verdict })));
  const tally = VERDICT_ORDER.map((verdict) => `${VERDICT_LABELS[verdict]} ${formatCount(counts[verdict])} 份`).join(' · ');
  const intro = `<p class="intro">每格为“通报自述 / 实际提取”；不一致的格子标有 ≠。${escapeHtml(tally)}。</p>`;
  const header = `<tr><th>单位</th><th>通报</th>${AUDITED_COUNTS.map((count) => `<th class="number">${escapeHtml(count.label)}</th>`).join('')}<th>核对结果</th></tr>`;
  const rows = ordered.slice(0, maximumRows).map(({ record, verdict }) => auditRow(record, verdict)).join('\n');
  const capNote = notices.notices > maximumRows
    ? `\n<p class="note">只列出前 ${formatCount(maximumRows)} 份（共 ${formatCount(notices.notices)} 份，不一致的在前）；全部见同目录下 notices.csv 的 count_check 列。</p>`
    : '';
  return { ...section, html: `${intro}\n<div class="table-scroll"><table class="count-audit">\n<thead>${header}</thead>\n<tbody>\n${rows}\n</tbody></table></div>${capNote}` };
}

function auditRow(record: TableRecord, verdict: Verdict): string {
  const cells = AUDITED_COUNTS.map((count) => {
    const declared = numberOf(record[`declared_${count.name}`]);
    const extracted = numberOf(record[`extracted_${count.name}`]);
    const differs = declared !== null && declared !== extracted;
    const text = `${declared === null ? '—' : formatCount(declared)} / ${extracted === null ? '—' : formatCount(extracted)}`;
    return `<td class="number${differs ? ' mismatch' : ''}">${differs ? '≠ ' : ''}${escapeHtml(text)}</td>`;
  }).join('');
  const notice = textOf(record.title) || textOf(record.file) || textOf(record.notice_id);
  const detail = AUDITED_COUNTS.filter((count) => {
    const declared = numberOf(record[`declared_${count.name}`]);
    return declared !== null && declared !== numberOf(record[`extracted_${count.name}`]);
  })
    .map((count) => `${count.label}相差 ${formatCount(Math.abs((numberOf(record[`declared_${count.name}`]) ?? 0) - (numberOf(record[`extracted_${count.name}`]) ?? 0)))}`)
    .join('；');
  return `<tr class="audit-${verdict}"><td>${escapeHtml(textOf(record.agency) || '（未识别）')}</td><td class="notice-title" title="${escapeHtml(textOf(record.file))}">${escapeHtml(notice)}</td>${cells}<td class="verdict">${escapeHtml(VERDICT_LABELS[verdict])}${detail ? `<span class="verdict-detail">${escapeHtml(detail)}</span>` : ''}</td></tr>`;
}
