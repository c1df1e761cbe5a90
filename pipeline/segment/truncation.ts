import { normalizeForParsing } from '../ingest/normalize';
import { parseChineseNumber } from '../text/chinese-numerals';
import type { Area, Problem } from '../types';
import { declaredProblemCount } from './declared-problems';
import { endsMidSentence } from './problems';
import signData from './truncation-signs.json';

/** The last problem of a notice whose text stops inside it, and why a reader would say so. */
export interface TruncationSign {
  /** The problem's index in the notice's problems. */
  index: number;
  /** What gives the cut away where the text ends a sentence; `null` where it stops mid-sentence or short of the declared count, which say it themselves. */
  explanation: string | null;
}

/** What the truncation check reads of a notice already segmented. */
export interface TruncationInput {
  text: string;
  problems: readonly Problem[];
  areas: readonly Area[];
  /** Offset of the first problem's heading: the notice's introduction ends there. */
  firstProblemStart: number;
  /** True when nothing (next section, closing lines, signature) follows the last problem. */
  lastProblemReachesEnd: boolean;
}

interface ListFamily {
  first: RegExp;
  second: RegExp;
}

const listFamilies: ListFamily[] = signData.listFamilies.map((family, index) => ({
  first: compiled(family.first, `listFamilies[${index}].first`),
  second: compiled(family.second, `listFamilies[${index}].second`),
}));
const labelLine = compiled(signData.labelLinePattern, 'labelLinePattern');
const declaredAreaCount = compiled(signData.declaredAreaCountPattern, 'declaredAreaCountPattern');

/**
 * The problem the text stops inside, or `null` when the notice reads as complete. Only a last
 * problem that runs to the end of the text can be cut off. It is when its text stops
 * mid-sentence, or when fewer problems are listed than the notice declares; where it ends a
 * sentence and declares no count, when it breaks off a habit every other problem of the notice
 * keeps or its introduction announces: fewer areas than it declares, a list opened and never continued (一是 with no 二是), the labelled lines the others end
 * with (整改进展:, 责任部门:) not reached, or an area-level heading with nothing below it.
 */
export function truncationSign(input: TruncationInput): TruncationSign | null {
  const { problems } = input;
  if (problems.length === 0 || !input.lastProblemReachesEnd) return null;
  const index = problems.length - 1;
  const last = problems[index];
  if (endsMidSentence(last.body) || listsFewerThanDeclared(input)) return { index, explanation: null };
  const explanation =
    fewerAreasThanDeclared(input) ?? unfinishedList(problems) ?? unreachedLabels(problems) ?? headingWithoutItsProblems(last, input.areas);
  return explanation === null ? null : { index, explanation };
}

/** True when the text before the first problem declares more problems than were found. */
function listsFewerThanDeclared({ text, firstProblemStart, problems }: TruncationInput): boolean {
  const declared = declaredProblemCount(text.slice(0, firstProblemStart));
  return declared !== null && declared > problems.length;
}

/** 指出了3个方面问题 before the first problem, and fewer areas at the top of the notice's areas. */
function fewerAreasThanDeclared({ text, firstProblemStart, areas }: TruncationInput): string | null {
  if (areas.length === 0) return null;
  const match = declaredAreaCount.exec(normalizeForParsing(text.slice(0, firstProblemStart)));
  const declared = match === null ? null : /^\d+$/.test(match[1]) ? Number(match[1]) : parseChineseNumber(match[1]);
  const topDepth = Math.min(...areas.map((area) => area.path.split('.').length));
  const listed = areas.filter((area) => area.path.split('.').length === topDepth).length;
  if (declared === null || listed >= declared) return null;
  return `it declares ${declared} areas and lists ${listed}`;
}

/** 一是 … with no 二是 in the last problem, where the notice's other lists all run on. */
function unfinishedList(problems: readonly Problem[]): string | null {
  const bodies = problems.filter((problem) => problem.leaf).map((problem) => normalizeForParsing(problem.body));
  const lastBody = bodies.pop();
  if (lastBody === undefined) return null;
  const family = listFamilies.find((candidate) => opensOnly(lastBody, candidate));
  if (family === undefined) return null;
  // A notice whose writer leaves lists at one item elsewhere does so on purpose.
  if (bodies.some((body) => listFamilies.some((candidate) => opensOnly(body, candidate)))) return null;
  const listsRunningOn = bodies.filter((body) => family.first.test(body) && family.second.test(body)).length;
  if (listsRunningOn < signData.minimumOtherLists) return null;
  return `its list of measures opens and never reaches a second item, where ${listsRunningOn} other problems' lists run on`;
}

function opensOnly(body: string, family: ListFamily): boolean {
  return family.first.test(body) && !family.second.test(body);
}

/** The last problem gives only the first of the labelled lines every other problem gives. */
function unreachedLabels(problems: readonly Problem[]): string | null {
  const sequences = problems.filter((problem) => problem.leaf).map((problem) => labelsOf(problem.body));
  const lastLabels = sequences.pop();
  if (lastLabels === undefined || sequences.length < signData.minimumOtherLabelledProblems) return null;
  const shared = sequences[0].filter((label) => sequences.every((labels) => labels.includes(label)));
  if (shared.length < 2) return null;
  const given = shared.filter((label) => lastLabels.includes(label));
  const isLeadingPart = given.length > 0 && given.length < shared.length && given.every((label, position) => label === shared[position]);
  if (!isLeadingPart) return null;
  return `it stops after its ${given.join(', ')} line where every other problem goes on to ${shared.slice(given.length).join(', ')}`;
}

function labelsOf(body: string): string[] {
  return normalizeForParsing(body)
    .split('\n')
    .map((line) => labelLine.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => match[1] ?? match[2]);
}

/**
 * The last item stands where areas stand ((三) after the areas (一) and (二), each holding
 * problems), in their numbering, and lists nothing: the page stopped at an area's heading.
 */
function headingWithoutItsProblems(last: Problem, areas: readonly Area[]): string | null {
  if (last.area !== null || last.parent !== null || last.measures.length > 0) return null;
  const parentPath = pathParent(last.path);
  const style = numberingStyle(last.number);
  const siblings = areas.filter((area) => pathParent(area.path) === parentPath && numberingStyle(area.number) === style);
  if (siblings.length === 0) return null;
  return `it stands at the level of the areas ${siblings.map((area) => area.path).join(', ')}, which hold problems, and lists none of its own`;
}

function pathParent(path: string): string {
  const cut = path.lastIndexOf('.');
  return cut < 0 ? '' : path.slice(0, cut);
}

/** The number with its numeral blanked: (三) and (一) share `(N)`, 3. and 1. share `N.`. */
function numberingStyle(number: string): string {
  return normalizeForParsing(number).replace(/[〇零一二三四五六七八九十百两]+|\d+/g, 'N').trim();
}

function compiled(source: string, name: string): RegExp {
  try {
    return new RegExp(source);
  } catch (error) {
    throw new Error(`SEGMENT_TRUNCATION_SIGNS_INVALID: truncation-signs.json \`${name}\` must be a regular expression, got ${JSON.stringify(source)}: ${(error as Error).message}`);
  }
}
