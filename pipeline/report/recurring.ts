import { escapeHtml } from './escape';
import { formatCount } from './format';
import { emptyTableNote, missingTableNote, type ReportSection } from './section';
import type { ProblemDigest } from './problem-digest';
import { MAXIMUM_GROUP_ROWS, type RecurringGroup } from './recurring-groups';
import { listOf, numberOf, textOf, type TableRecord } from './table-records';

interface GroupProblem {
  id: string;
  agency: string;
  title: string;
}

/**
 * The recurring problems: one row per group, each opening to its problems (the first
 * `maximumRows` of them, at most `MAXIMUM_GROUP_ROWS`) with their agency and title.
 */
export function recurringSection(groups: readonly RecurringGroup[] | null, problems: ProblemDigest | null, maximumRows = MAXIMUM_GROUP_ROWS): ReportSection {
  const section = { id: 'recurring', title: '多个单位共有的问题' };
  if (!groups) return { ...section, html: missingTableNote('recurring_problems') };
  if (groups.length === 0) return { ...section, html: emptyTableNote('没有发现在两个以上单位重复出现的问题。') };
  const html = groups.map((group) => {
    const members = group.memberIds.slice(0, maximumRows).map((id, index): GroupProblem => {
      const problem = problems?.groupMembers.get(id);
      // Titles from the problem table first: a `;` inside a title would shift the list.
      if (problem) return { id, ...problem };
      return { id, agency: '', title: group.memberTitles[index] ?? '' };
    });
    return groupHtml(group.record, members, group.members);
  });
  const intro = `<p class="intro">相似的问题归为一组，每组至少涉及两个单位。点击一行展开该组的全部问题。共 ${formatCount(html.length)} 组。</p>`;
  const controls = '<p class="controls"><button type="button" data-expand="recurring">全部展开</button> <button type="button" data-collapse="recurring">全部收起</button></p>';
  return { ...section, html: `${intro}\n${controls}\n<div class="recurring-groups">\n${html.join('\n')}\n</div>` };
}

/**
 * The problem ids the groups list, at most `maximumRows` a group: the problems whose agency
 * and title the page shows, the only ones a digest of the problem table must keep.
 */
export function listedProblemIds(groups: readonly RecurringGroup[] | null, maximumRows = MAXIMUM_GROUP_ROWS): Set<string> {
  return new Set((groups ?? []).flatMap((group) => group.memberIds.slice(0, maximumRows)));
}

function groupHtml(record: TableRecord, members: GroupProblem[], listed: number): string {
  const counts = [
    `${formatCount(numberOf(record.agencies) ?? new Set(listOf(record.agency_list)).size)} 个单位`,
    `${formatCount(numberOf(record.notices) ?? 0)} 份通报`,
    `${formatCount(numberOf(record.problems) ?? listed)} 条问题`,
  ].join(' · ');
  const rows = members
    .map((member) => `<tr><td>${escapeHtml(member.agency)}</td><td>${escapeHtml(member.title)}</td><td class="identifier">${escapeHtml(member.id)}</td></tr>`)
    .join('\n');
  const capNote = members.length < listed
    ? `\n<p class="note group-note">只列出前 ${formatCount(members.length)} 条（该组共 ${formatCount(listed)} 条）；全部见同目录下的 recurring_problems.csv。</p>`
    : '';
  return `<details class="recurring-group" data-group="${escapeHtml(textOf(record.group_id))}">
<summary><span class="group-id">${escapeHtml(textOf(record.group_id))}</span><span class="group-title">${escapeHtml(textOf(record.representative_title))}</span><span class="tag">${escapeHtml(textOf(record.category))}</span><span class="group-counts">${escapeHtml(counts)}</span></summary>
<p class="group-agencies">涉及单位：${escapeHtml(listOf(record.agency_list).join('、'))}</p>
<table class="group-problems"><thead><tr><th>单位</th><th>问题</th><th>编号</th></tr></thead>
<tbody>
${rows}
</tbody></table>${capNote}
</details>`;
}
