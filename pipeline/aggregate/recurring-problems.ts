import type { ProcessedNotice, Table } from '../types';
import type { CategoryLabel } from './category';
import { compareNames } from './collate';
import { findRecurringGroups, type RecurringOptions } from './find-recurring-groups';
import { listLeafProblems, type LeafProblem } from './leaf-problems';
import { dotProduct, type TermVector } from './weighted-vectors';

/** The similarity from which two problems count as one finding when no threshold is given. */
export const DEFAULT_RECURRING_THRESHOLD = 0.5;

/**
 * `recurring_problems`: groups of similar leaf problems found in two or more agencies, one
 * row per group, largest first (`R001`, `R002`, …; ids follow the same order, so they are
 * stable for the same input). The category is the most common primary category of the
 * group's problems; the representative title is the problem closest to the group's centre.
 */
export function recurringProblems(
  notices: readonly ProcessedNotice[],
  categories: readonly CategoryLabel[],
  options: RecurringOptions = { threshold: DEFAULT_RECURRING_THRESHOLD },
): Table {
  const leaves = listLeafProblems(notices);
  const { groups, vectors } = findRecurringGroups(leaves, options);
  const described = groups.map((group) => describeGroup(group.map((index) => leaves[index]), group.map((index) => vectors[index]), categories));
  described.sort(
    (left, right) =>
      right.agencies.length - left.agencies.length ||
      right.members.length - left.members.length ||
      compareNames(left.members[0].id, right.members[0].id),
  );
  const width = String(described.length).length;
  return {
    name: 'recurring_problems',
    columns: [
      'group_id', 'category', 'representative_title', 'agencies', 'notices', 'problems',
      'agency_list', 'problem_ids', 'titles',
    ],
    rows: described.map((group, index) => [
      `R${String(index + 1).padStart(Math.max(3, width), '0')}`,
      group.category,
      group.representative.problem.title,
      group.agencies.length,
      new Set(group.members.map((member) => member.notice.source.noticeId)).size,
      group.members.length,
      group.agencies.join('; '),
      group.members.map((member) => member.id).join('; '),
      group.members.map((member) => member.problem.title).join(' | '),
    ]),
  };
}

function describeGroup(members: LeafProblem[], vectors: TermVector[], categories: readonly CategoryLabel[]) {
  const centre: TermVector = new Map();
  for (const vector of vectors) for (const [term, weight] of vector) centre.set(term, (centre.get(term) ?? 0) + weight);
  let representative = members[0];
  let best = -Infinity;
  members.forEach((member, index) => {
    const closeness = dotProduct(vectors[index], centre);
    if (closeness > best + 1e-12) [representative, best] = [member, closeness];
  });

  const votes = new Map<string, number>();
  for (const member of members) votes.set(member.tagging.primary, (votes.get(member.tagging.primary) ?? 0) + 1);
  const order = (key: string) => {
    const position = categories.findIndex((category) => category.key === key);
    return position === -1 ? categories.length : position;
  };
  const [categoryKey] = [...votes].sort((left, right) => right[1] - left[1] || order(left[0]) - order(right[0]))[0];
  const category = categories.find((candidate) => candidate.key === categoryKey)?.label ?? categoryKey;

  return {
    members,
    representative,
    category,
    agencies: [...new Set(members.map((member) => member.agency))].sort(compareNames),
  };
}
