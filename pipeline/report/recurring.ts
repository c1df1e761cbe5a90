import { escapeHtml } from './escape';
import { formatCount } from './format';
import { emptyTableNote, missingTableNote, type ReportSection } from './section';
import type { ProblemDigest } from './problem-digest';
import { listOf, numberOf, textOf, type TableRecord, type TableRecords } from './table-records';

interface GroupProblem {
  id: string;
  agency: string;
  title: string;
}

/**
 * The most problems a group lists. A group of similar problems may span thousands of
 * agencies; "expand all" and printing open every group, and 111,000 listed problems took
 * Chromium 11 s to lay out. Past this a group lists its first problems and says how many it has.
 */
export const MAXIMUM_GROUP_ROWS = 200;

/**
 * The recurring problems: one row per group, each opening to its problems (the first
 * `maximumRows` of them) with their agency and title.
 */
export function recurringSection(recurring: TableRecords | null, problems: ProblemDigest | null, maximumRows = MAXIMUM_GROUP_ROWS): ReportSection {
  const section = { id: 'recurring', title: '多个单位共有的问题' };
  if (!recurring) return { ...section, html: missingTableNote('recurring_problems') };
  if (recurring.records.length === 0) return { ...section, html: emptyTableNote('没有发现在两个以上单位重复出现的问题。') };
  const groups = recurring.records.map((record) => {
    const ids = listOf(record.problem_ids);
    // Split only when an id is missing from the problem table: the list holds every title of the group.
    let titles: string[] | null = null;
    const members = ids.slice(0, maximumRows).map((id, index): GroupProblem => {
      const problem = problems?.groupMembers.get(id);
      // Titles from the problem table first: a `;` inside a title would shift the list.
      if (problem) return { id, ...problem };
      titles ??= titleListOf(record.titles, ids.length);
      return { id, agency: '', title: titles[index] ?? '' };
    });
    return groupHtml(record, members, ids.length);
  });
  const intro = `<p class="intro">相似的问题归为一组，每组至少涉及两个单位。点击一行展开该组的全部问题。共 ${formatCount(groups.length)} 组。</p>`;
  const controls = '<p class="controls"><button type="button" data-expand="recurring">全部展开</button> <button type="button" data-collapse="recurring">全部收起</button></p>';
  return { ...section, html: `${intro}\n${controls}\n<div class="recurring-groups">\n${groups.join('\n')}\n</div>` };
}

/**
 * The problem ids the groups list, at most `maximumRows` a group: the problems whose agency
 * and title the page shows, the only ones a digest of the problem table must keep.
 */
export function listedProblemIds(recurring: TableRecords | null, maximumRows = MAXIMUM_GROUP_ROWS): Set<string> {
  return new Set((recurring?.records ?? []).flatMap((record) => listOf(record.problem_ids).slice(0, maximumRows)));
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

/**
 * The group's titles, one per problem id. Titles may be joined by ` | ` or by `;`; the
 * separator that gives one title per id is the one used, and none when neither does.
 */
function titleListOf(cell: TableRecord[string], expected: number): string[] {
  const text = textOf(cell);
  for (const separator of [' | ', ';']) {
    const titles = text.split(separator).map((title) => title.trim());
    if (titles.length === expected) return titles;
  }
  return [];
}
