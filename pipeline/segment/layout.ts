import type { ProblemStatus } from '../types';
import { containsAny, cues, namesShortcomingItself } from './cues';
import type { NodeTextReader } from './node-text';
import type { OutlineNode } from './outline';
import type { HeadingJudge } from './sections';
import { headingWords } from './titles';
import { areaStatus } from './area-headings';

/** A heading chosen as a problem, with its place in the notice. */
export interface ProblemPlacement {
  node: OutlineNode;
  area: OutlineNode | null;
  /** The numbered problem this detailed finding belongs to (two-level notices). */
  parent: OutlineNode | null;
  /** False for a numbered problem whose findings are listed below it. */
  leaf: boolean;
  status: ProblemStatus | null;
}

/** The areas and problems of the problem sections, in reading order. */
export interface ProblemLayout {
  areas: OutlineNode[];
  problems: ProblemPlacement[];
}

/**
 * Lays out the problems of the given sections. Below a section, a heading that groups findings
 * is an area when it groups other groups, or when it reads like an area (…方面, or a bare
 * heading line); otherwise it is a numbered problem whose detailed findings are listed below
 * it. A heading on how the rectification was done ((一)党委落实整改情况。一是…) is no problem
 * where findings stand beside it, and no area over findings ((三)整改事项完成情况). Everything
 * else is a problem.
 */
export function layoutProblems(sections: readonly OutlineNode[], reader: NodeTextReader, judge: HeadingJudge): ProblemLayout {
  const layout: ProblemLayout = { areas: [], problems: [] };
  for (const section of sections) {
    const status = section.line === null ? null : headingStatus(section, null, reader);
    if (isSectionAnArea(section, reader, judge)) {
      layout.areas.push(section);
      placeItems(section, section, status, layout, reader, judge);
    } else {
      placeItems(section, null, status, layout, reader, judge);
    }
  }
  return layout;
}

function placeItems(
  node: OutlineNode,
  area: OutlineNode | null,
  status: ProblemStatus | null,
  layout: ProblemLayout,
  reader: NodeTextReader,
  judge: HeadingJudge,
): void {
  const items = judge.itemsOf(node);
  // Findings stand beside a heading on how the work was done when a sibling names one or lists them.
  const findingsBeside = items.some((item) => !judge.reportsRectificationWork(item) || judge.isGroup(item));
  for (const item of items) {
    // Read as one section, a notice's top-level next-step heading (九、下一步工作打算) is no problem.
    if (node.line === null && containsAny(reader.heading(item).normalized, cues.nextStepCues)) continue;
    if (judge.reportsRectificationWork(item)) {
      // (三)整改事项完成情况 over its findings: they are placed as if it were not there.
      if (judge.isGroup(item)) {
        placeItems(item, area, headingStatus(item, status, reader), layout, reader, judge);
        continue;
      }
      // (一)党委落实整改情况。一是…: how the work was done, beside the findings.
      if (findingsBeside) continue;
    }
    if (!judge.isGroup(item)) {
      layout.problems.push({ node: item, area, parent: null, leaf: true, status });
      continue;
    }
    const groupsGroups = judge.itemsOf(item).some((child) => judge.isGroup(child));
    if (groupsGroups || (area === null && judge.readsLikeArea(item))) {
      layout.areas.push(item);
      placeItems(item, item, headingStatus(item, status, reader), layout, reader, judge);
      continue;
    }
    layout.problems.push({ node: item, area, parent: null, leaf: false, status });
    for (const finding of judge.itemsOf(item)) {
      layout.problems.push({ node: finding, area, parent: item, leaf: true, status });
    }
  }
}

/** The status a section or area heading gives its problems, `inherited` where it gives none. */
function headingStatus(node: OutlineNode, inherited: ProblemStatus | null, reader: NodeTextReader): ProblemStatus | null {
  return areaStatus(headingWords(reader.heading(node).titleRaw, node.numberText), inherited);
}

/**
 * A notice without 一、 sections may number its areas at the top level (一、关于…方面 or
 * (一)关于…方面 with the problems below, or a bare field such as 一、政治建设): such a section is
 * an area itself, unless areas are listed inside it. A section heading that reports (反馈问题整改
 * 落实情况) is no area; one worded as a shortcoming over its findings (一、落实…要求有差距) is.
 */
function isSectionAnArea(section: OutlineNode, reader: NodeTextReader, judge: HeadingJudge): boolean {
  if (section.line === null) return false;
  const heading = reader.heading(section).normalized;
  const namesField =
    containsAny(heading, cues.areaCues) ||
    (judge.readsLikeArea(section) && (!containsAny(heading, cues.sectionTitleCues) || namesShortcomingOverItsFindings(section, reader, judge)));
  if (!namesField) return false;
  return !judge.itemsOf(section).some((item) => judge.isGroup(item) && judge.readsLikeArea(item));
}

/**
 * True when a top-level heading names a shortcoming of its own (一、贯彻落实…要求有差距) and most of
 * its items are findings that carry their own rectification text: it groups them as a field does,
 * whatever reporting words it holds (落实). A section heading speaks of findings in general
 * (二、巡察反馈问题整改落实情况) and names none of its own.
 */
function namesShortcomingOverItsFindings(section: OutlineNode, reader: NodeTextReader, judge: HeadingJudge): boolean {
  if (!namesShortcomingItself(reader.heading(section).normalized.slice(section.contentStart - section.start))) return false;
  const items = section.children.filter((child) => child.style !== 'shi');
  const carrying = items.filter((item) => judge.namesFinding(item) && judge.reportsRectification(reader.ownText(item).normalized));
  return items.length > 0 && carrying.length * 2 >= items.length;
}
