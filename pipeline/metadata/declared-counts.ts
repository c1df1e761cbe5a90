import type { DeclaredCounts } from '../types';
import { parseChineseNumber } from '../text/chinese-numerals';
import { requiredLiterals } from '../text/pattern-literals';
import patternFile from './declared-count-patterns.json';
import { sentenceAround } from './sentence';
import { noticeWidePassages } from './summary-scope';

interface FieldRule {
  field: keyof DeclaredCounts;
  patterns: CountPattern[];
  sentenceMustContain: string | null;
  /** The word may be in the sentence right before, on the same line, when the match's own names no 问题. */
  wordMayEndSentenceBefore: boolean;
  sumInSentence: boolean;
}

const COUNT = '(\\d+|[零〇一二两三四五六七八九十百千万]+)';
const DIGITS = '(\\d+)';
const AMOUNT = '(\\d+(?:\\.\\d+)?)(亿元|万元|元)';
const FIELD_NAMES: (keyof DeclaredCounts)[] = [
  'areas', 'problems', 'subProblems', 'tasks', 'measures', 'measuresCompleted',
  'measuresBasicallyCompleted', 'rulesMade', 'moneyReturnedYuan', 'peopleDisciplined',
];

const RULES: FieldRule[] = FIELD_NAMES.map((field) => {
  const rule = (patternFile.fields as Record<string, { patterns: string[]; sentenceMustContain?: string; wordMayEndSentenceBefore?: boolean; sumInSentence?: boolean }>)[field];
  if (!rule) throw new Error(`METADATA_COUNT_PATTERNS_MISSING: declared-count-patterns.json has no entry for \`${field}\``);
  return {
    field,
    patterns: rule.patterns.map((source) => {
      const pattern = compilePattern(source);
      return { pattern, literals: requiredLiterals(pattern.source) };
    }),
    sentenceMustContain: rule.sentenceMustContain ?? null,
    wordMayEndSentenceBefore: rule.wordMayEndSentenceBefore ?? false,
    sumInSentence: rule.sumInSentence ?? false,
  };
});

interface CountPattern {
  pattern: RegExp;
  /** Strings one of which every match holds (个子问题, 整改任务): a text with none is not searched; null when not known. */
  literals: string[] | null;
}

// Only the first placeholder captures: the rest (inside look-aheads) only have to be there.
function compilePattern(source: string): RegExp {
  let captured = false;
  const expanded = source.replace(/\{([NDA])\}/g, (_whole, kind: string) => {
    const group = kind === 'N' ? COUNT : kind === 'D' ? DIGITS : AMOUNT;
    if (captured) return group.replace(/\((?!\?)/g, '(?:');
    captured = true;
    return group;
  });
  return new RegExp(expanded, 'g');
}

/**
 * The totals a notice states about its own rectification (四个方面11个问题, 确定了58条整改措施,
 * 责令退回资金共157704元), read from its notice-wide parts; `null` where it states none.
 * `lines` are the notice's lines normalised for parsing.
 */
export function findDeclaredCounts(lines: string[]): DeclaredCounts {
  const text = noticeWidePassages(lines).join('\n');
  return Object.fromEntries(RULES.map((rule) => [rule.field, findCount(text, rule)])) as unknown as DeclaredCounts;
}

interface CountMatch {
  index: number;
  /** Where the count or amount ends: two patterns reading the same amount end at the same place. */
  end: number;
  value: number;
}

function findCount(text: string, rule: FieldRule): number | null {
  const matches: CountMatch[] = [];
  for (const { pattern, literals } of rule.patterns) {
    if (literals !== null && !literals.some((literal) => text.includes(literal))) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      // exec on an empty match would not move on by itself (as matchAll does).
      if (match[0] === '') pattern.lastIndex++;
      const value = valueOf(match);
      if (value === null) continue;
      if (rule.sentenceMustContain && !sentenceMentions(text, match.index, rule.sentenceMustContain, rule.wordMayEndSentenceBefore)) continue;
      const end = match.index + match[0].length;
      if (matches.some((earlier) => earlier.end === end)) continue;
      matches.push({ index: match.index, end, value });
    }
  }
  matches.sort((first, second) => first.index - second.index);
  if (matches.length === 0) return null;
  if (!rule.sumInSentence) return matches[0].value;
  const tallyEnd = endOfTally(text, matches);
  // 问责5人,其中党纪处分2人: what follows 其中 is already counted.
  const detailStart = text.indexOf('其中', matches[0].index);
  const sumEnd = detailStart >= 0 && detailStart < tallyEnd ? detailStart : tallyEnd;
  return matches.filter((match) => match.index < sumEnd).reduce((total, match) => total + match.value, 0);
}

/**
 * True when the sentence at `index` holds `word` or, where `orBefore`, when the sentence right
 * before it on the same line does and its own counts no 问题: 制定112项整改措施。目前，已完成98项
 * speaks of those measures, 反馈的12个问题已完成10项 of problems.
 */
function sentenceMentions(text: string, index: number, word: string, orBefore: boolean): boolean {
  const sentence = sentenceAround(text, index);
  if (sentence.text.includes(word)) return true;
  if (!orBefore || sentence.text.includes('问题') || text[sentence.start - 1] !== '。') return false;
  return sentenceAround(text, sentence.start - 1).text.includes(word);
}

/**
 * Where the tally that the first match opens ends: its sentence, and the sentences right after
 * it on the same line that go on counting (政务处分0人;组织处理1人。…批评帮助4人,批评教育3人。).
 */
function endOfTally(text: string, matches: CountMatch[]): number {
  let end = sentenceAround(text, matches[0].index).end;
  while (text[end] === '。') {
    const next = sentenceAround(text, end + 1);
    if (!matches.some((match) => match.index >= next.start && match.index < next.end)) break;
    end = next.end;
  }
  return end;
}

function valueOf(match: RegExpMatchArray): number | null {
  const [, count, unit] = match;
  if (unit === '亿元') return Math.round(Number(count) * 100_000_000);
  if (unit === '万元') return Math.round(Number(count) * 10_000);
  if (unit === '元') return Math.round(Number(count));
  return parseChineseNumber(count);
}
