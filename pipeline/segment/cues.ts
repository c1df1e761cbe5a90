import cueData from './segment-cues.json';

/**
 * The segment stage's word lists from `segment-cues.json`, checked and compiled once when the
 * module loads: a broken data file is a setup mistake and throws at once, never per notice.
 */
export interface SegmentCues {
  nextStepCues: string[];
  proceduralCues: string[];
  areaCues: string[];
  /** Words of a section heading that reports rather than names a field: 整改, 情况, 问题 … */
  sectionTitleCues: string[];
  findingCues: string[];
  rectificationLabel: RegExp;
  /** A heading that names one quoted finding and announces its rectification: 一、关于“…”问题的整改情况. */
  findingRectificationHeading: RegExp;
  /** The same without quote marks, group 1 the finding: 一、关于X问题的整改情况, (三)关于X的问题整改情况. */
  unquotedFindingRectificationHeading: RegExp;
  /**
   * A heading that names one finding and carries its rectification text on the same line, after a
   * marker and a colon (1.关于X问题的整改情况:一是…, 针对“X”的问题,整改如下:…): group 1 the finding
   * with its 关于/针对 wrapper peeled, the match's end where the heading ends.
   */
  inlineRectificationMarker: RegExp;
  /**
   * The finding cues that name a shortcoming in particular (不到位, 缺乏 …), i.e. without those a
   * heading uses of findings in general (问题, 存在 …): an unquoted 关于X问题的整改情况 announces
   * one finding only when X holds one of these.
   */
  specificFindingCues: string[];
  /** Openings of a heading that quotes its finding whole (关于“X。Y”的整改): a 。 inside that quote ends the first sentence. */
  quotedFindingOpenings: string[];
  /** Labels that head a problem without a number: 【问题】X, 反馈问题:X. */
  unnumberedProblemLabels: string[];
  titleWrappers: RegExp[];
  /** Wrappers peeled only when the words inside name a shortcoming in particular: 关于X问题. */
  findingTitleWrappers: RegExp[];
  trailingProblemWrapper: RegExp;
  statusCues: { completed: string[]; long_term: string[] };
  debrisLineCues: string[];
  debrisAnywhereCues: string[];
  /** Whole lines that are page numbers (`- 3 -`, `第3页 共9页`) left in by printing or conversion. */
  pageNumberLines: RegExp[];
  maximumDebrisLineLength: number;
  closingCues: string[];
  sentenceEnds: string;
}

/** The compiled cues every segment module reads. */
export const cues: SegmentCues = compileCues(cueData);

function compileCues(raw: typeof cueData): SegmentCues {
  return {
    nextStepCues: checkedList(raw.nextStepCues, 'nextStepCues'),
    proceduralCues: checkedList(raw.proceduralCues, 'proceduralCues'),
    areaCues: checkedList(raw.areaCues, 'areaCues'),
    sectionTitleCues: checkedList(raw.sectionTitleCues, 'sectionTitleCues'),
    findingCues: checkedList(raw.findingCues, 'findingCues'),
    rectificationLabel: compiled(raw.rectificationLabelPattern, 'rectificationLabelPattern'),
    findingRectificationHeading: compiled(raw.findingRectificationHeadingPattern, 'findingRectificationHeadingPattern'),
    unquotedFindingRectificationHeading: compiled(raw.unquotedFindingRectificationHeadingPattern, 'unquotedFindingRectificationHeadingPattern'),
    inlineRectificationMarker: compiled(raw.inlineRectificationMarkerPattern, 'inlineRectificationMarkerPattern'),
    specificFindingCues: withoutGeneral(raw.findingCues, checkedList(raw.generalFindingCues, 'generalFindingCues')),
    quotedFindingOpenings: checkedList(raw.quotedFindingOpenings, 'quotedFindingOpenings'),
    unnumberedProblemLabels: checkedList(raw.unnumberedProblemLabels, 'unnumberedProblemLabels'),
    titleWrappers: raw.titleWrapperPatterns.map((source, index) => compiled(source, `titleWrapperPatterns[${index}]`)),
    findingTitleWrappers: raw.findingTitleWrapperPatterns.map((source, index) => compiled(source, `findingTitleWrapperPatterns[${index}]`)),
    trailingProblemWrapper: compiled(raw.trailingProblemWrapperPattern, 'trailingProblemWrapperPattern'),
    statusCues: {
      completed: checkedList(raw.statusCues.completed, 'statusCues.completed'),
      long_term: checkedList(raw.statusCues.long_term, 'statusCues.long_term'),
    },
    debrisLineCues: checkedList(raw.debrisLineCues, 'debrisLineCues'),
    debrisAnywhereCues: checkedList(raw.debrisAnywhereCues, 'debrisAnywhereCues'),
    pageNumberLines: raw.pageNumberLinePatterns.map((source, index) => compiled(source, `pageNumberLinePatterns[${index}]`)),
    maximumDebrisLineLength: raw.maximumDebrisLineLength,
    closingCues: checkedList(raw.closingCues, 'closingCues'),
    sentenceEnds: raw.sentenceEnds,
  };
}

function withoutGeneral(findingCues: string[], generalCues: string[]): string[] {
  const general = new Set(generalCues);
  return findingCues.filter((cue) => !general.has(cue));
}

function checkedList(list: string[], key: string): string[] {
  if (!Array.isArray(list) || list.some((entry) => typeof entry !== 'string' || entry === '')) {
    throw new Error(`SEGMENT_CUES_INVALID: \`${key}\` in segment-cues.json must be a list of non-empty strings`);
  }
  return list;
}

function compiled(source: string, key: string): RegExp {
  try {
    return new RegExp(source);
  } catch (error) {
    throw new Error(`SEGMENT_CUES_INVALID: \`${key}\` in segment-cues.json is not a valid pattern: ${(error as Error).message}`);
  }
}

/** True when `text` contains any of `list`. */
export function containsAny(text: string, list: readonly string[]): boolean {
  return list.some((cue) => text.includes(cue));
}

/**
 * True when the words of a 关于X问题 wrapper name a shortcoming in particular (不到位, 缺乏 …):
 * the same wrapper around findings in general (关于巡察反馈问题) heads a section, not one finding.
 */
export function namesShortcoming(words: string): boolean {
  return containsAny(words, cues.specificFindingCues);
}

/** True when `text` starts with any of `list`. */
export function startsWithAny(text: string, list: readonly string[]): boolean {
  return list.some((cue) => text.startsWith(cue));
}
