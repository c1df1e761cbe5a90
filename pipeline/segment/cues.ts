import cueData from './segment-cues.json';

/**
 * The segment stage's word lists from `segment-cues.json`, checked and compiled once when the
 * module loads: a broken data file is a setup mistake and throws at once, never per notice.
 */
export interface SegmentCues {
  nextStepCues: string[];
  proceduralCues: string[];
  /** Words that speak of carrying out the rectification itself (落实整改, 整改事项): a heading of how the work was done. */
  rectificationWorkCues: string[];
  areaCues: string[];
  /** Words of a section heading that reports rather than names a field: 整改, 情况, 问题 … */
  sectionTitleCues: string[];
  findingCues: string[];
  /**
   * Shapes in which a heading names a shortcoming without any shortcoming word: 重建设轻应用,
   * 环节多、时限长, 签约热闹、落地冷清, 负担依然较重, 存在廉洁风险 as the whole statement.
   */
  findingShapes: RegExp[];
  /**
   * Words that name a wrong act or the public's complaint, with no judging word (化整为零,
   * 搭车收费, 弱口令, 群众往返跑, 不便): read like the shapes, never in words holding a measure's
   * verb, since a measure names the same act to forbid or remedy it (严禁转包, 盘活闲置资产).
   */
  findingActs: string[];
  /** Words of a measure (解决, 防范, 排查 …): words holding one quote a finding's shape to remedy it, they name none. */
  findingShapeExclusions: string[];
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
   * The same heading without 关于/针对 (3.X问题整改情况:一是…, (二)X的整改情况:一是…): group 1 the
   * finding, read as one only when `namesShortcomingItself` holds for it.
   */
  bareInlineRectificationMarker: RegExp;
  /** A title ending in the same wrapper (X问题整改情况), group 1 the finding, peeled on the same condition. */
  bareFindingRectificationTitle: RegExp;
  /** X的整改措施: / X的整改举措: after a bare 的, group 1 the finding, read as one only when `closesWithShortcoming` holds for it. */
  bareMeasuresMarker: RegExp;
  /** A title ending in the same wrapper (X的整改措施), peeled on the same condition. */
  bareMeasuresTitle: RegExp;
  /** Words that refer to findings in general or to their progress (反馈问题, 未能完成): no shortcoming by themselves. */
  genericFindingReferences: string[];
  /** An unnumbered paragraph naming one finding before its measures (针对“X”的问题,一是…): group 1 the finding, the match's end where its heading ends. */
  findingParagraphOpening: RegExp;
  /** A line that is nothing but a row's number of a problem list pasted as labelled lines (序号:3): group 1 the number. */
  serialNumberLine: RegExp;
  /** An item that gives the measures of a finding listed elsewhere by its number (针对第1个问题:…): group 1 or 2 the number. */
  findingReference: RegExp;
  /**
   * The finding cues that name a shortcoming in particular (不到位, 缺乏 …), i.e. without those a
   * heading uses of findings in general (问题, 存在 …): an unquoted 关于X问题的整改情况 announces
   * one finding only when X holds one of these.
   */
  specificFindingCues: string[];
  /** Openings of a heading that quotes its finding whole (关于“X。Y”的整改): a 。 inside that quote ends the first sentence. */
  quotedFindingOpenings: string[];
  titleWrappers: RegExp[];
  /** Wrappers peeled only when the words inside name a shortcoming in particular: 关于X问题. */
  findingTitleWrappers: RegExp[];
  trailingProblemWrapper: RegExp;
  /** Words of a section heading that sorts problems (已完成整改的问题); also read in a problem's own status annotation. */
  statusCues: StatusWords;
  /** Status words read only in a problem's own annotation, where nothing else is written (持续推进, 整改中). */
  ownStatusCues: StatusWords;
  /** Words of a rectification not fully done (基本完成, 阶段性成效): never completed, no status by themselves. */
  partialCompletionCues: string[];
  /** What may stand between the status words of an annotation (punctuation, 并, 已 …). */
  statusJoiners: string[];
  /** Labels of a problem's status line (整改进展:, 完成情况:, 【整改状态】). */
  statusLabels: string[];
  /** Labels of a problem's deadline line, read for a status only where no status line gives one (整改时限:长期坚持). */
  deadlineLabels: string[];
  /** A count in brackets closing an area heading ((15个), (共3个问题)): a note, not part of the area's name. */
  areaCountNote: RegExp;
  /** How a notice declares the problems it was given (反馈问题25个, 4个方面32个问题), group 1 the count. */
  declaredProblemCounts: RegExp[];
  /** What may open a body's status sentence before its status words (该问题已整改完成。). */
  statusSubjects: string[];
  /** Opening and closing brackets an annotation is written in: `()`, `【】`. */
  statusBrackets: { opening: string; closing: string }[];
  /** What sets off a last status clause from a heading's finding (关于X问题,已完成整改). */
  statusClauseSeparators: string[];
  debrisLineCues: string[];
  debrisAnywhereCues: string[];
  /** Whole lines that are page numbers (`- 3 -`, `第3页 共9页`) left in by printing or conversion. */
  pageNumberLines: RegExp[];
  maximumDebrisLineLength: number;
  closingCues: string[];
  sentenceEnds: string;
}

/** Status words by the status they give. */
export interface StatusWords {
  completed: string[];
  long_term: string[];
}

/** The compiled cues every segment module reads. */
export const cues: SegmentCues = compileCues(cueData);

function compileCues(raw: typeof cueData): SegmentCues {
  return {
    nextStepCues: checkedList(raw.nextStepCues, 'nextStepCues'),
    proceduralCues: checkedList(raw.proceduralCues, 'proceduralCues'),
    rectificationWorkCues: checkedList(raw.rectificationWorkCues, 'rectificationWorkCues'),
    areaCues: checkedList(raw.areaCues, 'areaCues'),
    sectionTitleCues: checkedList(raw.sectionTitleCues, 'sectionTitleCues'),
    findingCues: checkedList(raw.findingCues, 'findingCues'),
    findingShapes: raw.findingShapePatterns.map((source, index) => compiled(source, `findingShapePatterns[${index}]`)),
    findingActs: checkedList(raw.findingActs, 'findingActs'),
    findingShapeExclusions: checkedList(raw.findingShapeExclusions, 'findingShapeExclusions'),
    rectificationLabel: compiled(raw.rectificationLabelPattern, 'rectificationLabelPattern'),
    findingRectificationHeading: compiled(raw.findingRectificationHeadingPattern, 'findingRectificationHeadingPattern'),
    unquotedFindingRectificationHeading: compiled(raw.unquotedFindingRectificationHeadingPattern, 'unquotedFindingRectificationHeadingPattern'),
    inlineRectificationMarker: compiled(raw.inlineRectificationMarkerPattern, 'inlineRectificationMarkerPattern'),
    bareInlineRectificationMarker: compiled(raw.bareInlineRectificationMarkerPattern, 'bareInlineRectificationMarkerPattern'),
    bareFindingRectificationTitle: compiled(raw.bareFindingRectificationTitlePattern, 'bareFindingRectificationTitlePattern'),
    bareMeasuresMarker: compiled(raw.bareMeasuresMarkerPattern, 'bareMeasuresMarkerPattern'),
    bareMeasuresTitle: compiled(raw.bareMeasuresTitlePattern, 'bareMeasuresTitlePattern'),
    genericFindingReferences: checkedList(raw.genericFindingReferences, 'genericFindingReferences'),
    findingParagraphOpening: compiled(raw.findingParagraphOpeningPattern, 'findingParagraphOpeningPattern'),
    serialNumberLine: compiled(raw.serialNumberLinePattern, 'serialNumberLinePattern'),
    findingReference: compiled(raw.findingReferencePattern, 'findingReferencePattern'),
    specificFindingCues: withoutGeneral(raw.findingCues, checkedList(raw.generalFindingCues, 'generalFindingCues')),
    quotedFindingOpenings: checkedList(raw.quotedFindingOpenings, 'quotedFindingOpenings'),
    titleWrappers: raw.titleWrapperPatterns.map((source, index) => compiled(source, `titleWrapperPatterns[${index}]`)),
    findingTitleWrappers: raw.findingTitleWrapperPatterns.map((source, index) => compiled(source, `findingTitleWrapperPatterns[${index}]`)),
    trailingProblemWrapper: compiled(raw.trailingProblemWrapperPattern, 'trailingProblemWrapperPattern'),
    statusCues: checkedStatusWords(raw.statusCues, 'statusCues'),
    ownStatusCues: checkedStatusWords(raw.ownStatusCues, 'ownStatusCues'),
    partialCompletionCues: checkedList(raw.partialCompletionCues, 'partialCompletionCues'),
    statusJoiners: checkedList(raw.statusJoiners, 'statusJoiners'),
    statusLabels: checkedList(raw.statusLabels, 'statusLabels'),
    deadlineLabels: checkedList(raw.deadlineLabels, 'deadlineLabels'),
    areaCountNote: compiled(raw.areaCountNotePattern, 'areaCountNotePattern'),
    statusSubjects: checkedList(raw.statusSubjects, 'statusSubjects'),
    declaredProblemCounts: raw.declaredProblemCountPatterns.map((source, index) => compiled(source, `declaredProblemCountPatterns[${index}]`)),
    statusBrackets: checkedList(raw.statusBrackets, 'statusBrackets').map((pair) => checkedBracketPair(pair)),
    statusClauseSeparators: checkedList(raw.statusClauseSeparators, 'statusClauseSeparators'),
    debrisLineCues: checkedList(raw.debrisLineCues, 'debrisLineCues'),
    debrisAnywhereCues: checkedList(raw.debrisAnywhereCues, 'debrisAnywhereCues'),
    pageNumberLines: raw.pageNumberLinePatterns.map((source, index) => compiled(source, `pageNumberLinePatterns[${index}]`)),
    maximumDebrisLineLength: raw.maximumDebrisLineLength,
    closingCues: checkedList(raw.closingCues, 'closingCues'),
    sentenceEnds: raw.sentenceEnds,
  };
}

function checkedStatusWords(raw: StatusWords, key: string): StatusWords {
  return {
    completed: checkedList(raw.completed, `${key}.completed`),
    long_term: checkedList(raw.long_term, `${key}.long_term`),
  };
}

// A pair is written as its two characters, `()`: an annotation sits between them.
function checkedBracketPair(pair: string): { opening: string; closing: string } {
  if ([...pair].length !== 2) {
    throw new Error(`SEGMENT_CUES_INVALID: \`statusBrackets\` in segment-cues.json must list pairs of two characters such as "()", got "${pair}"`);
  }
  const [opening, closing] = [...pair];
  return { opening, closing };
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
  return containsAny(words, cues.specificFindingCues) || hasFindingShape(words);
}

/**
 * True when words are shaped as a finding though no shortcoming word is in them (重建设轻应用,
 * 环节多、时限长, 存在廉洁风险), or name a wrong act or a complaint alone (化整为零规避公开招标,
 * 群众查档往返跑): a measure quotes the same shapes and acts to say what it remedies
 * (解决办事难、办事慢问题, 防范廉洁风险, 开展违法分包转包专项检查), so words holding a measure's verb have none.
 */
export function hasFindingShape(words: string): boolean {
  if (containsAny(words, cues.findingShapeExclusions)) return false;
  return containsAny(words, cues.findingActs) || cues.findingShapes.some((shape) => shape.test(words));
}

/**
 * True when words written without 关于/针对 before 问题整改情况 name a shortcoming of their own:
 * the references to findings in general and to their progress (巡察反馈问题, 未能完成整改的问题)
 * are blanked first, so a heading about rectification itself (上轮巡察反馈问题整改情况) names none,
 * while 上轮巡察反馈问题整改不到位 still does.
 */
export function namesShortcomingItself(words: string): boolean {
  let blanked = words;
  for (const reference of PROGRESS_AND_GENERAL_WORDS) blanked = blanked.split(reference).join(' ');
  return namesShortcoming(blanked);
}

/**
 * True when words written before 问题整改情况 without 关于/针对 refer to no findings in general
 * nor to their progress, the wrapper's 问题 included: in a problem's title, X不完整问题整改情况
 * then names its own finding even where no cue knows the word, while 上轮巡察反馈问题整改情况 and
 * 未能完成整改的问题整改情况 speak of findings in general.
 */
export function refersToNoFindingsInGeneral(words: string): boolean {
  return words.trim() !== '' && !containsAny(`${words}问题`, PROGRESS_AND_GENERAL_WORDS);
}

/**
 * True when words before a bare 的整改措施 close with a shortcoming (廉政风险防控薄弱的整改措施):
 * where the shortcoming opens them instead (缺乏有效的整改措施, 未制定具体的整改措施), the words
 * after it modify the measures the finding says are missing, and the whole is the finding.
 */
export function closesWithShortcoming(words: string): boolean {
  const trimmed = words.trimEnd();
  return cues.specificFindingCues.some((cue) => trimmed.endsWith(cue));
}

// Longest first, so that 未按期完成 is blanked whole before 未完成 could leave 按期 behind.
const PROGRESS_AND_GENERAL_WORDS = [
  ...cues.genericFindingReferences,
  ...cues.partialCompletionCues,
  ...cues.statusCues.completed,
  ...cues.statusCues.long_term,
].sort((first, second) => second.length - first.length);

/** True when `text` starts with any of `list`. */
export function startsWithAny(text: string, list: readonly string[]): boolean {
  return list.some((cue) => text.startsWith(cue));
}
