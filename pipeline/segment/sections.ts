import { recogniseHeadingNumber } from '../text/heading-numbers';
import { closesWithShortcoming, containsAny, cues, hasFindingShape, namesShortcoming, namesShortcomingItself } from './cues';
import { opensMeasureEnumeration } from './measures';
import { headingWords, rectificationMarkerEnd } from './titles';
import type { NodeTextReader } from './node-text';
import type { OutlineNode } from './outline';

/**
 * How the problem stage reads one heading: whether it groups findings, whether it names a
 * finding, whether it reports rectification. Shared by the section choice and the layout.
 */
export interface HeadingJudge {
  /** The numbered items below a heading (一是 lines count only where there is nothing else). */
  itemsOf(node: OutlineNode): OutlineNode[];
  /** True when the heading groups findings: its items are findings and it reports no rectification itself. */
  isGroup(node: OutlineNode): boolean;
  /** True when the heading's words name a shortcoming (不到位, 缺乏, 问题 …). */
  namesFinding(node: OutlineNode): boolean;
  /** True when the text reports rectification: a label such as 整改情况: or a 一是… enumeration. */
  reportsRectification(normalizedText: string): boolean;
  /**
   * True when the heading reads like an area: it names a field (…方面) or stands alone without a
   * full stop, and is not labelled as a problem ((一)反馈问题:X).
   */
  readsLikeArea(node: OutlineNode): boolean;
  /**
   * True when the heading names one finding and announces its rectification: 关于“X”问题的整改情况,
   * or the same without quote marks when X names a shortcoming (关于X不到位问题的整改情况).
   */
  announcesRectification(node: OutlineNode): boolean;
  /**
   * True when the heading reports how the rectification was carried out ((一)党委落实整改情况。一是…,
   * (三)整改事项完成情况) and names neither a finding nor a field: no problem, no area.
   */
  reportsRectificationWork(node: OutlineNode): boolean;
  /**
   * True when the heading stands under an area (…方面) and lists its measures as numbered lines
   * below it ((1)…, (2)…, each one line with nothing below): a finding, however it is worded. A
   * finding named only by its act (插手干预工程项目, 弱口令, 搭车收费) holds no shortcoming word, and
   * its place in the outline says what the words cannot.
   */
  listsMeasuresBelow(node: OutlineNode): boolean;
}

/** A judge over one notice's outline. */
export function headingJudge(reader: NodeTextReader): HeadingJudge {
  const groups = new Map<OutlineNode, boolean>();

  const itemsOf = (node: OutlineNode): OutlineNode[] => {
    const numbered = node.children.filter((child) => child.style !== 'shi');
    if (numbered.length > 0) return numbered;
    // A section may list its items as 一是/二是 lines; deeper down those are always measures.
    const isSection = node.parent === null || node.parent.parent === null;
    return isSection ? node.children : [];
  };
  // A heading's words after its number (党的建设方面 of (一)党的建设方面).
  const wordsOf = (node: OutlineNode): string => reader.heading(node).normalized.slice(node.contentStart - node.start);
  // Asked of the same heading by the section choice, the group test and the layout: read once.
  const naming = new Map<OutlineNode, boolean>();
  const namesFinding = (node: OutlineNode): boolean => {
    let cached = naming.get(node);
    if (cached === undefined) {
      const { normalized } = reader.heading(node);
      naming.set(node, (cached = containsAny(normalized, cues.findingCues) || hasFindingShape(normalized) || labelledAsFinding(node)));
    }
    return cached;
  };
  const reportsRectification = (normalizedText: string): boolean =>
    cues.rectificationLabel.test(normalizedText) || opensMeasureEnumeration(normalizedText);

  const announcing = new Map<OutlineNode, boolean>();
  const announcesRectification = (node: OutlineNode): boolean => {
    if (node.line === null) return false;
    let cached = announcing.get(node);
    if (cached === undefined) {
      const { normalized, wholeLine } = reader.heading(node);
      const words = normalized.slice(node.contentStart - node.start);
      // A heading quoting its finding over several sentences is cut at the first: the wrapper closes later on the line.
      cached =
        announcesOneFinding(normalized) ||
        (wholeLine.trimEnd() !== normalized.trimEnd() && announcesOneFinding(wholeLine)) ||
        // 1.关于X问题的整改情况:一是…: the heading ends at the marker, its rectification text follows on the line.
        rectificationMarkerEnd(words) !== -1 ||
        // 1.X问题整改情况, its measures on the lines below.
        announcesOneFindingWithoutOpening(headingWords(words, ''));
      announcing.set(node, cached);
    }
    return cached;
  };

  // (一)反馈问题:X, (二)问题二:X: the notice itself calls the heading a problem, so it is no field.
  const labelledAsFinding = (node: OutlineNode): boolean => {
    if (node.line === null) return false;
    const words = wordsOf(node);
    const label = recogniseHeadingNumber(words);
    return label !== null && (label.style === 'labelled' || label.style === 'unnumbered');
  };

  const readsLikeArea = (node: OutlineNode): boolean => {
    // 1.关于“X”问题的整改 names one finding, however its findings are detailed below it.
    if (announcesRectification(node) || labelledAsFinding(node)) return false;
    const heading = reader.heading(node).normalized;
    return containsAny(heading, cues.areaCues) || !heading.trimEnd().endsWith('。');
  };

  const isGroup = (node: OutlineNode): boolean => {
    let cached = groups.get(node);
    if (cached === undefined) {
      cached = false;
      const items = node.children.filter((child) => child.style !== 'shi');
      // A heading that reports its own rectification is a problem; numbered lines below it are its measures.
      // So is a heading that announces one finding's rectification, unless the lines below it are
      // detailed findings, each carrying its own rectification text (1.关于“X”问题的整改 / (1)关于“…”的整改 / 整改情况:).
      if (items.length > 0 && !reportsRectification(reader.ownText(node).normalized)) {
        // Findings below a group carry their own rectification text (or group further findings);
        // measures listed below a finding do not. Below an area heading, items naming findings suffice.
        const carrying = items.filter((item) => reportsRectification(reader.ownText(item).normalized) || isGroup(item) || listsMeasuresBelow(item));
        const naming = readsLikeArea(node) && !listsMeasuresOfItsFinding(node, items) ? items.filter(namesFinding) : [];
        cached = Math.max(carrying.length, naming.length) * 2 >= items.length;
      }
      groups.set(node, cached);
    }
    return cached;
  };

  /**
   * True when a heading without a full stop names a shortcoming of its own and no field
   * ((一)学习贯彻…不够深入, not (一)党的建设方面) and its items are one line each, with nothing
   * below them: the finding's measures listed as 1. 2. 3., whatever problem a measure says it
   * solves (解决学习走过场问题). Findings listed below an area carry their rectification below them.
   */
  const listsMeasuresOfItsFinding = (node: OutlineNode, items: readonly OutlineNode[]): boolean => {
    const words = wordsOf(node);
    if (containsAny(words, cues.areaCues)) return false;
    // Below an area, a heading over one-line items is a finding whatever its words: one named only
    // by its act (违法分包转包) lists measures that name the wrong they remedy (对违规企业立案查处).
    if (!namesShortcoming(words) && !standsUnderAnArea(node)) return false;
    return items.every(isOneLine);
  };
  const standsUnderAnArea = (node: OutlineNode): boolean => {
    const area = node.parent;
    if (area === null || area.line === null) return false;
    const areaWords = wordsOf(area);
    return containsAny(areaWords, cues.areaCues) && !namesShortcoming(areaWords);
  };
  // The item's body is what its own line holds after the heading's first sentence, nothing below it.
  const isOneLine = (item: OutlineNode): boolean => {
    const { normalized, wholeLine } = reader.heading(item);
    return reader.body(item).normalized === wholeLine.slice(normalized.length).trim();
  };

  const listsMeasuresBelow = (node: OutlineNode): boolean => {
    if (node.line === null || !standsUnderAnArea(node)) return false;
    const words = wordsOf(node);
    // A field of its own (1.党的建设方面) groups findings; a line that goes on after its heading is a paragraph.
    if (containsAny(words, cues.areaCues) || reader.heading(node).wholeLine.trimEnd() !== reader.heading(node).normalized.trimEnd()) return false;
    const items = node.children.filter((child) => child.style !== 'shi');
    if (items.length < 2 || isGroup(node)) return false;
    return items.every((item) => item.children.every((child) => child.style === 'shi') && isOneLine(item));
  };

  const reportsRectificationWork = (node: OutlineNode): boolean => {
    if (node.line === null || namesFinding(node) || announcesRectification(node)) return false;
    const words = wordsOf(node).trimStart();
    // Only the words of the work itself: 落实 alone also opens a field (落实新时代党的组织路线方面),
    // and the responsibility nouns of proceduralCues (主体责任) name one too.
    if (containsAny(words, cues.areaCues)) return false;
    return words.startsWith('整改') || containsAny(words, cues.rectificationWorkCues);
  };

  return { itemsOf, isGroup, namesFinding, reportsRectification, readsLikeArea, announcesRectification, reportsRectificationWork, listsMeasuresBelow };
}

/**
 * True when a heading announces one finding's rectification. Without quote marks the wrapper is
 * also how a section is headed (二、关于巡察反馈问题的整改情况): the words inside must then name a
 * shortcoming in particular.
 */
function announcesOneFinding(normalizedHeading: string): boolean {
  if (cues.findingRectificationHeading.test(normalizedHeading)) return true;
  const finding = cues.unquotedFindingRectificationHeading.exec(normalizedHeading)?.[1];
  return finding !== undefined && namesShortcoming(finding);
}

/**
 * True when a whole heading line without 关于/针对 announces one finding's rectification
 * (X问题整改情况, X的整改措施), on the conditions of the same marker with a colon: X names a
 * shortcoming of its own, or, before a bare 的整改措施, closes with one. The numbered lines below
 * it are then its measures, however many of them mention a shortcoming (对未公开的信息补充公开).
 */
function announcesOneFindingWithoutOpening(normalizedWords: string): boolean {
  const finding = cues.bareFindingRectificationTitle.exec(normalizedWords)?.[1];
  if (finding !== undefined && namesShortcomingItself(finding)) return true;
  const measuresOf = cues.bareMeasuresTitle.exec(normalizedWords)?.[1];
  return measuresOf !== undefined && closesWithShortcoming(measuresOf);
}

/**
 * The top-level sections that hold the problems. A section qualifies by its content: most of
 * its items name a finding and report rectification. Next-step sections (下一步…) never do:
 * their items read like findings' remedies. When no numbered section qualifies, the notice
 * may list its problems at the top level, and the whole notice is read as one section.
 */
export function problemSections(root: OutlineNode, reader: NodeTextReader, judge: HeadingJudge): OutlineNode[] {
  // A top-level heading that announces one finding's rectification is a problem, not a section.
  const sections = root.children.filter((section) => !judge.announcesRectification(section) && isProblemSection(section, reader, judge));
  if (sections.length > 0) return sections;
  return isProblemSection(root, reader, judge) ? [root] : [];
}

function isProblemSection(section: OutlineNode, reader: NodeTextReader, judge: HeadingJudge): boolean {
  if (section.line !== null && containsAny(reader.heading(section).normalized, cues.nextStepCues)) return false;
  const leaves = leafItems(section, judge);
  if (leaves.length === 0) return false;
  let evidence = 0;
  let naming = 0;
  for (const leaf of leaves) {
    if (judge.namesFinding(leaf)) naming++;
    if (judge.reportsRectification(reader.body(leaf).normalized) || judge.announcesRectification(leaf) || judge.listsMeasuresBelow(leaf)) evidence++;
  }
  // How the work was done (提高政治站位,强化整改担当: 一是…) enumerates like rectification but names
  // no shortcoming, neither in its items nor in its own heading.
  // An area heading (三、…方面) whose every item carries its own rectification label (整改情况:) is
  // laid out as the areas beside it are, even where no cue knows its findings' words (结构老化).
  if (naming === 0 && (section.line === null || !judge.namesFinding(section)) && !isAreaOfLabelledFindings(section, leaves, reader)) return false;
  evidence += naming;
  // Two pieces of evidence per item are possible; procedural items (召开专题会议, 成立领导小组) have
  // neither a finding in the heading nor a rectification label or 一是 run in the text.
  const threshold = section.line !== null && containsAny(reader.heading(section).normalized, cues.proceduralCues) ? 0.75 : 0.5;
  return evidence >= threshold * 2 * leaves.length;
}

/** True when a section heading names a field (…方面) and each of its items opens its body with a rectification label. */
function isAreaOfLabelledFindings(section: OutlineNode, leaves: readonly OutlineNode[], reader: NodeTextReader): boolean {
  if (section.line === null || !containsAny(reader.heading(section).normalized, cues.areaCues)) return false;
  return leaves.every((leaf) => {
    const match = cues.rectificationLabel.exec(reader.body(leaf).normalized);
    return match !== null && match.index === 0;
  });
}

/** The items of a section that group nothing: the candidate problems. */
export function leafItems(node: OutlineNode, judge: HeadingJudge): OutlineNode[] {
  const leaves: OutlineNode[] = [];
  for (const item of judge.itemsOf(node)) {
    if (judge.isGroup(item)) leaves.push(...leafItems(item, judge));
    else leaves.push(item);
  }
  return leaves;
}
