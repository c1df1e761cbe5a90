import terms from './inspection-terms.json';
import { sentenceAround } from './sentence';

/** Who inspected the agency, as the notice writes it. */
export interface Inspection {
  kind: '巡视' | '巡察' | null;
  /** The inspecting group: 市委第四巡察组, 一届坪山区委第九轮第二巡察组. */
  body: string | null;
  /** The round of this inspection: 八届市委第四轮. */
  round: string | null;
  /** The inspected agency as the body of the notice names it (市大数据局党组), before cleaning. */
  agencyAsNamed: string | null;
}

const NUMERAL = '[一二三四五六七八九十\\d]';
const GROUP = `(?:巡视|巡察)${NUMERAL}*(?:工作)?组`;
// 市委第四巡察组对市大数据局党组开展了巡察; 省委第三巡视组对省大数据管理局(…)党委进行了巡视.
const INSPECTION_SENTENCE = new RegExp(
  `([^,,。;;::\\s《》“”]*?${GROUP})[^,。;]{0,30}?(?:对|进驻)([^。;]{2,80}?)(?:开展|进行|实施)了?[^,。;]{0,12}?(巡视|巡察)`,
);
// Without that sentence: a numbered group anywhere, 省委第三巡视组.
const NUMBERED_GROUP = new RegExp(
  `(?:${NUMERAL}+届[\\u4e00-\\u9fa5]{0,6}?)?(?:${terms.placeCommittees.join('|')})(?:第${NUMERAL}+轮)?第${NUMERAL}+(?:巡视|巡察)组`,
);
// 八届市委第四轮, 十三届市委第一轮, 一届坪山区委第九轮, 十九届中央第七轮; a place name is only taken
// after 届. An organisation's own committee also runs rounds: 集团公司第一届党委第三轮, 校党委第二轮, 四届党委第一轮.
const ROUND = new RegExp(
  `(?:${NUMERAL}+届[\\u4e00-\\u9fa5]{0,6}?)?(?:${terms.placeCommittees.join('|')}|(?:${terms.organisationCommittees.join('|')})(?:第${NUMERAL}+届)?党委|(?<=届)党委)(?:\\d{4}年度?)?第${NUMERAL}+轮`,
);
// 十三届县委组织开展了第二轮巡察, 区委在2022年开展的第三轮巡察中: the committee and its round in one
// clause with a few words between, none of them the 巡 of an inspecting group's name (县委第三巡察组于第二轮…).
const ROUND_WORDS_BETWEEN = new RegExp(
  `((?:${NUMERAL}+届[\\u4e00-\\u9fa5]{0,6}?)?(?:${terms.placeCommittees.join('|')}))[^,，;；。:：巡]{1,${terms.longestWordsInRound}}?(第${NUMERAL}+轮)`,
);
const DATE_BEFORE_GROUP = /^.*\d日/;
// 区委组建4个巡察组: a count of groups names several, none of which is this notice's group.
const SEVERAL_GROUPS = new RegExp(`${NUMERAL}+个(?:巡视|巡察)`);
// 对区民政局、区农业农村局…等4家单位开展常规巡察: a list of units, none of which is this notice's agency.
const SEVERAL_UNITS = new RegExp(`[${terms.unitListMarks.join('')}]|等${NUMERAL}+(?:${terms.unitCountWords.join('|')})`);
// 六届市委第八轮巡察整改: a round written whole right before the rectification it names is this notice's.
const ROUND_OF_RECTIFICATION = new RegExp(`(${ROUND.source})(?=${terms.rectificationWords.join('|')})`);

/**
 * The kind of inspection (巡视 or 巡察), the inspecting group, its round and the agency as
 * named in the sentence that reports the inspection. The round is read only from the title,
 * the group's name and that sentence: a round named in passing elsewhere (a speech on a round's
 * report) need not be this inspection's. `text` is normalised for parsing.
 */
export function findInspection(text: string, title: string | null): Inspection {
  const sentence = INSPECTION_SENTENCE.exec(text);
  const written = sentence ? sentence[1].replace(DATE_BEFORE_GROUP, '') : (NUMBERED_GROUP.exec(text)?.[0] ?? null);
  const body = written === null || SEVERAL_GROUPS.test(written) ? null : withKindAsWrittenElsewhere(written, text);
  const sentenceText = sentence ? sentenceAround(text, sentence.index).text : '';
  const sources = [title ?? '', body ?? '', sentenceText];
  const round =
    sources.map((source) => ROUND.exec(source)?.[0]).find(Boolean) ??
    sources.map(roundWithWordsBetween).find(Boolean) ??
    ROUND_OF_RECTIFICATION.exec(text)?.[1] ??
    null;
  const named = sentence ? sentence[2] : null;
  return {
    kind: kindOf(body) ?? kindOf(title) ?? mostUsedKind(text),
    body,
    round,
    agencyAsNamed: named && !SEVERAL_UNITS.test(withoutBrackets(named)) ? named : null,
  };
}

/**
 * 县委第五巡视组 where the notice otherwise speaks of 巡察 and names the group 县委第五巡察组: a slip of
 * the pen in one sentence; the group is read as the notice names it elsewhere.
 */
function withKindAsWrittenElsewhere(body: string, text: string): string {
  const kind = kindOf(body);
  if (!kind) return body;
  const other = kind === '巡视' ? '巡察' : '巡视';
  const at = body.lastIndexOf(kind);
  const otherForm = body.slice(0, at) + other + body.slice(at + kind.length);
  return mostUsedKind(text) === other && text.includes(otherForm) ? otherForm : body;
}

// 对县委宣传部(含县网信办、县文明办)开展了巡察: the units in brackets belong to the one agency.
function withoutBrackets(named: string): string {
  return named.replace(/\([^)]*\)/g, '');
}

/** 十三届县委组织开展了第二轮 → 十三届县委第二轮: the committee and its round, as a round written whole reads. */
function roundWithWordsBetween(source: string): string | null {
  const match = ROUND_WORDS_BETWEEN.exec(source);
  return match ? match[1] + match[2] : null;
}

function kindOf(source: string | null): '巡视' | '巡察' | null {
  if (!source) return null;
  const last = Math.max(source.lastIndexOf('巡视'), source.lastIndexOf('巡察'));
  return last < 0 ? null : (source.slice(last, last + 2) as '巡视' | '巡察');
}

// 巡视巡察 names the whole system, not this inspection.
function mostUsedKind(text: string): '巡视' | '巡察' | null {
  const plain = text.replaceAll('巡视巡察', '');
  const inspections = plain.split('巡视').length - 1;
  const patrols = plain.split('巡察').length - 1;
  if (inspections === patrols) return null;
  return inspections > patrols ? '巡视' : '巡察';
}
