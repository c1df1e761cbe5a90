import type { ProcessedNotice, Table } from '../types';
import type { CategoryLabel } from './category';
import { compareNames } from './collate';
import { createFindingIndex, type FindingIndex } from './finding-index';
import { findRecurringGroups, type RecurringGroups, type RecurringOptions } from './find-recurring-groups';
import { DEFAULT_FINDING_TERM_WEIGHTS } from './finding-terms';
import { dotWithCentroid, scaledVector } from './group-by-centroid';
import { noticeFindings, type FindingOptions } from './leaf-findings';

/** The similarity from which two problems count as one finding when no threshold is given. */
export const DEFAULT_RECURRING_THRESHOLD = 0.5;

/** `recurringProblems` on processed notices: builds their index, then the table. */
export function recurringProblems(
  notices: readonly ProcessedNotice[],
  categories: readonly CategoryLabel[],
  options: RecurringOptions & FindingOptions = { threshold: DEFAULT_RECURRING_THRESHOLD },
): Table {
  const index = createFindingIndex();
  for (const notice of notices) index.add(noticeFindings(notice, options));
  return recurringTable(index, categories, { ...options, conceptShare: options.conceptShare ?? (options.weights ?? DEFAULT_FINDING_TERM_WEIGHTS).concept });
}

/**
 * `recurring_problems`: groups of similar leaf problems found in two or more agencies, one
 * row per group, largest first (`R001`, `R002`, …; ids follow the same order, so they are
 * stable for the same input). The category is the most common primary category of the
 * group's problems; the representative title is the problem closest to the group's centre.
 */
export function recurringTable(index: FindingIndex, categories: readonly CategoryLabel[], options: RecurringOptions): Table {
  const found = findRecurringGroups(index, options);
  const described = found.groups.map((group) => describeGroup(index, found, group, categories));
  described.sort(
    (left, right) =>
      right.agencies.length - left.agencies.length ||
      right.problemIds.length - left.problemIds.length ||
      compareNames(left.problemIds[0], right.problemIds[0]),
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
      group.representativeTitle,
      group.agencies.length,
      group.notices,
      group.problemIds.length,
      group.agencies.join('; '),
      group.problemIds.join('; '),
      group.titles.join(' | '),
    ]),
  };
}

function describeGroup(index: FindingIndex, found: RecurringGroups, group: RecurringGroups['groups'][number], categories: readonly CategoryLabel[]) {
  const { vectors } = found;
  const problems = index.findings.problems.values();
  const centre = new Map<number, number>();
  for (const finding of group.findings) {
    for (const [feature, weight] of scaledVector(vectors, finding, problems[finding])) centre.set(feature, (centre.get(feature) ?? 0) + weight);
  }
  const closeness = new Map(group.findings.map((finding) => [finding, dotWithCentroid(vectors, finding, centre)]));

  const leafNotice = index.leaves.notice.values();
  const leafTitle = index.leaves.title.values();
  const leafPath = index.leaves.path.values();
  const leafPrimary = index.leaves.primary.values();
  const leafFinding = index.leaves.finding.values();
  const noticeAgency = index.notices.agency.values();
  let representative = group.leaves[0];
  let best = -Infinity;
  for (const leaf of group.leaves) {
    const value = closeness.get(leafFinding[leaf]) ?? 0;
    if (value > best + 1e-12) [representative, best] = [leaf, value];
  }

  const votes = new Map<string, number>();
  for (const leaf of group.leaves) {
    const primary = index.categories.texts[leafPrimary[leaf]];
    votes.set(primary, (votes.get(primary) ?? 0) + 1);
  }
  const order = (key: string) => {
    const position = categories.findIndex((category) => category.key === key);
    return position === -1 ? categories.length : position;
  };
  const [categoryKey] = [...votes].sort((left, right) => right[1] - left[1] || order(left[0]) - order(right[0]))[0];
  const category = categories.find((candidate) => candidate.key === categoryKey)?.label ?? categoryKey;

  return {
    category,
    representativeTitle: index.titles.texts[leafTitle[representative]],
    agencies: [...new Set(group.leaves.map((leaf) => index.agencies.texts[noticeAgency[leafNotice[leaf]]]))].sort(compareNames),
    notices: new Set(group.leaves.map((leaf) => leafNotice[leaf])).size,
    problemIds: group.leaves.map((leaf) => `${index.notices.ids[leafNotice[leaf]]}#${index.paths.texts[leafPath[leaf]]}`),
    titles: group.leaves.map((leaf) => index.titles.texts[leafTitle[leaf]]),
  };
}
