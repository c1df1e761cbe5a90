import { describe, expect, it } from 'vitest';
import { categoryByAgency, categoryStats, keywords, recurringProblems } from '../pipeline/aggregate';
import { createKeywordAccumulator, noticeKeywordCounts } from '../pipeline/aggregate/keywords';
import { processNotice } from '../pipeline/process-notice';
import { createCorpusTables } from '../pipeline/stream/corpus-tables';
import { noticeOutcome } from '../pipeline/stream/notice-outcome';
import { loadTaxonomy } from '../pipeline/taxonomy';
import { createTokenizer } from '../pipeline/tokenize';
import { PROBLEM_COLUMNS, problemsTable } from '../pipeline/write/notice-tables';
import { countProblemTerms } from '../pipeline/aggregate/problem-term-counts';
import { packTexts } from '../pipeline/stream/packed-texts';
import { contentTermsOf } from '../pipeline/aggregate/content-term-memo';
import type { TokenizedProblem } from '../pipeline/types';
import { keywordChooser, problemTermsJson } from '../pipeline/write/problem-keywords';
import { readSeed, seedFiles } from './helpers/seeds';

const taxonomy = loadTaxonomy();
const categories = taxonomy.categories.map(({ key, label }) => ({ key, label }));
const tokenizer = createTokenizer();
/** A problem's weighted terms counted the plain way, as the reference: title terms twice, body terms once. */
function weightedTerms(tokens: TokenizedProblem): Record<string, number> {
  const terms: Record<string, number> = {};
  for (const term of contentTermsOf(tokens.titleTokens)) terms[term] = (terms[term] ?? 0) + 2;
  for (const term of contentTermsOf(tokens.bodyTokens)) terms[term] = (terms[term] ?? 0) + 1;
  return terms;
}

const notices = seedFiles().map((file) => processNotice(readSeed(file), taxonomy, tokenizer));

describe('createCorpusTables(categories, { recurringThreshold })', () => {
  it('builds from notice outcomes, one at a time, the corpus tables the aggregate functions build from the full notices', () => {
    const corpus = createCorpusTables(categories, { recurringThreshold: 0.5 });
    // Through structured clone, as outcomes arrive from a worker or the cache.
    for (const notice of notices) corpus.add(structuredClone(noticeOutcome(notice, categories)));
    expect(corpus.tables()).toEqual([
      categoryByAgency(notices, categories),
      categoryStats(notices, categories),
      recurringProblems(notices, categories, { threshold: 0.5 }),
      keywords(notices, categories),
    ]);
  });
});

describe('noticeOutcome(notice, categories)', () => {
  it('gives one problems.jsonl line per problem with the problems.csv columns but keywords, and its weighted terms', () => {
    const outcome = noticeOutcome(notices[1], categories);
    const lines = Buffer.from(outcome.texts['problems.jsonl']).toString('utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
    const rows = problemsTable([notices[1]], categories, () => []).rows;
    expect(lines).toHaveLength(notices[1].segmentation.problems.length);
    expect(Object.keys(lines[0])).toEqual([...PROBLEM_COLUMNS.filter((column) => column !== 'keywords'), 'terms']);
    expect(lines.map((line) => line.problem_id)).toEqual(rows.map((row) => row[0]));
    expect(lines.map((line) => line.terms)).toEqual(notices[1].tokens.map(weightedTerms));
  });
});

describe('problemTermsJson(countProblemTerms(tokens))', () => {
  it('counts title terms twice and body terms once, and leaves out stop words, single characters and numbers', () => {
    expect(JSON.parse(problemTermsJson(countProblemTerms({ titleTokens: ['意识形态', '问题'], bodyTokens: ['意识形态', '阵地', '年', '2023'] })))).toEqual({ 意识形态: 3, 阵地: 1 });
  });
});

describe('countProblemTerms(tokens)', () => {
  it('lists distinct content terms in order of first use, title first, with their title and body counts', () => {
    const counts = countProblemTerms({ titleTokens: ['阵地', '管理', '不', '到位', '阵地'], bodyTokens: ['意识形态', '阵地', '，', '2023', '台账'] });
    // 不 is one character and 到位 a verdict of the genre (a stop word): neither is a content term.
    expect(counts.terms).toEqual(['阵地', '管理', '意识形态', '台账']);
    expect(counts.titleCounts).toEqual([2, 1, 0, 0]);
    expect(counts.bodyCounts).toEqual([1, 0, 1, 1]);
    expect(counts.total).toBe(6);
  });

  it('counts each problem afresh, whatever the problems counted before used the same terms', () => {
    const tokens = { titleTokens: ['阵地', '管理'], bodyTokens: ['管理', '台账'] };
    const first = countProblemTerms(tokens);
    countProblemTerms({ titleTokens: ['台账', '管理'], bodyTokens: ['阵地'] });
    expect(countProblemTerms(tokens)).toEqual(first);
    expect(first).toEqual({ terms: ['阵地', '管理', '台账'], titleCounts: [1, 1, 0], bodyCounts: [0, 1, 1], total: 4 });
  });

  it('counts a problem right when its tokens fill the memo of content terms, which then starts afresh', () => {
    // More distinct tokens than the memo keeps (200,000), then a problem that repeats its terms.
    const many = Array.from({ length: 210_000 }, (_, index) => `词${index.toString(36)}`);
    expect(countProblemTerms({ titleTokens: many, bodyTokens: [] }).terms).toHaveLength(many.length);
    const counts = countProblemTerms({ titleTokens: ['阵地', many[5], '阵地'], bodyTokens: [many[5], '台账'] });
    expect(counts).toEqual({ terms: ['阵地', many[5], '台账'], titleCounts: [2, 1, 0], bodyCounts: [0, 1, 1], total: 5 });
  });
});

describe('problemTermsJson(counts)', () => {
  it('writes the bytes JSON.stringify writes for the weighted terms, quotes and full-width digits included', () => {
    const tokens = { titleTokens: ['"三重一大"', '２０２３', '阵地'], bodyTokens: ['阵地', 'a\\b'] };
    const json = problemTermsJson(countProblemTerms(tokens));
    expect(json).toBe(JSON.stringify({ '"三重一大"': 2, '２０２３': 2, 阵地: 3, 'a\\b': 1 }));
    expect(json).toBe(JSON.stringify(weightedTerms(tokens)));
  });

  it('writes {} for a problem without content terms', () => {
    expect(problemTermsJson(countProblemTerms({ titleTokens: ['的', '2023'], bodyTokens: [] }))).toBe('{}');
  });

  it('escapes control characters and lone surrogates as JSON.stringify does, and keeps surrogate pairs', () => {
    const terms = ['换行\n符', 'x\u0001', '𠀀字', 'a\ud800b', 'c\udc00d'];
    const counts = { terms, titleCounts: terms.map(() => 0), bodyCounts: terms.map(() => 1), total: terms.length };
    expect(problemTermsJson(counts)).toBe(JSON.stringify(Object.fromEntries(terms.map((term) => [term, 1]))));
  });
});

describe('noticeKeywordCounts(notice, stopWords, termTable, counted)', () => {
  it('gives the same counts from terms counted beforehand as from the tokens', () => {
    for (const notice of notices) {
      const counted = notice.tokens.map((tokens) => countProblemTerms(tokens));
      expect(noticeKeywordCounts(notice, undefined, new Map(), counted)).toEqual(noticeKeywordCounts(notice));
    }
  });
});

describe('packTexts(texts)', () => {
  it('gives each text as a UTF-8 view on one transferable buffer, in the order given', () => {
    const packed = packTexts({ first: '整改a,"b"\r\n', empty: '', last: '𠀀问题' });
    expect(Object.keys(packed)).toEqual(['first', 'empty', 'last']);
    expect(Buffer.from(packed.first).toString('utf8')).toBe('整改a,"b"\r\n');
    expect(packed.empty.byteLength).toBe(0);
    expect(Buffer.from(packed.last).toString('utf8')).toBe('𠀀问题');
    expect(packed.last.buffer).toBe(packed.first.buffer);
    expect(packed.first.buffer.byteLength).toBe(Buffer.byteLength('整改a,"b"\r\n𠀀问题'));
  });
});

describe('createKeywordAccumulator(categories, options)', () => {
  it('gives, with notices added one by one, the table keywords gives for all of them', () => {
    const accumulator = createKeywordAccumulator(categories, { topTerms: 5 });
    for (const notice of notices) accumulator.add(noticeKeywordCounts(notice));
    expect(accumulator.table()).toEqual(keywords(notices, categories, { topTerms: 5 }));
  });
});

describe('keywordChooser(texts, documentFrequency, problems)', () => {
  it('picks the top five terms by weight × ln(1 + N / df), ties by code point', () => {
    const texts = ['意识形态', '阵地', '责任制', '报销', '审核', '台账', '制度'];
    const documentFrequency = [1, 10, 10, 100, 100, 100, 100];
    const choose = keywordChooser(texts, documentFrequency, 100);
    // (id, weight) pairs after two entries of another problem. 报销 is common but weighs 4; 阵地
    // and 责任制 tie, as do the other common terms: code point order decides.
    const entries = new Int32Array([9, 9, 0, 1, 1, 1, 2, 1, 3, 4, 4, 1, 5, 1, 6, 1]);
    expect(choose(entries, 2, 7)).toEqual(['意识形态', '报销', '责任制', '阵地', '制度']);
    expect(choose(entries, 2, 0)).toEqual([]);
  });
});
