import { describe, expect, it } from 'vitest';
import { isStopWord, STOP_WORDS } from '../pipeline/dict';
import { createTokenizer, mergeNumberTokens, tokenizeProblem, type Tokenizer } from '../pipeline/tokenize';
import type { Problem } from '../pipeline/types';

const tokenizer = createTokenizer();

function problem(title: string, body: string): Problem {
  return { path: '二.(一)', number: '(一)', area: null, parent: null, title, titleRaw: `(一)${title}。`, status: null, leaf: true, body, measures: [], truncated: false };
}

describe('createTokenizer', () => {
  it('cut(text) keeps the genre\'s terms whole', () => {
    const tokens = tokenizer.cut('严格执行三重一大制度,落实三会一课和第一议题制度,优化营商环境,严查围标串标,压实一岗双责,开展等保测评,召开民主生活会');
    for (const term of ['三重一大', '三会一课', '第一议题', '营商环境', '围标串标', '一岗双责', '等保测评', '民主生活会']) {
      expect(tokens).toContain(term);
    }
  });

  it('cut(text) keeps years, amounts, decimals and Latin words whole', () => {
    const tokens = tokenizer.cut('2023年退回资金173.89万元,达标率仅52.3%,IPV6改造');
    expect(tokens).toEqual(expect.arrayContaining(['2023', '173.89', '52.3', 'IPV6']));
    expect(tokens).not.toContain('2');
  });

  it('cut(text) gives tokens that join back to the text', () => {
    const text = '落实意识形态工作责任制不到位,中央八项规定精神。';
    expect(tokenizer.cut(text).join('')).toBe(text);
  });

  it('createTokenizer({ userDictionary }) adds the terms of a further dictionary', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dictionary-')), 'extra.txt');
    writeFileSync(file, '数聚蓝海行动 100 n\n');
    expect(createTokenizer({ userDictionary: file }).cut('推进数聚蓝海行动')).toContain('数聚蓝海行动');
  });
});

describe('mergeNumberTokens', () => {
  it('mergeNumberTokens(tokens) joins digit runs and decimal points between digits', () => {
    expect(mergeNumberTokens(['共', '1', '7', '3', '.', '8', '9', '万元'])).toEqual(['共', '173.89', '万元']);
  });

  it('mergeNumberTokens(tokens) leaves a point that ends a number alone', () => {
    expect(mergeNumberTokens(['1', '7', '.', '财务'])).toEqual(['17', '.', '财务']);
  });
});

describe('tokenizeProblem', () => {
  it('tokenizeProblem(problem, tokenizer) cuts title and body with the given tokenizer', () => {
    const characters: Tokenizer = { cut: (text) => [...text] };
    expect(tokenizeProblem(problem('党费', '补缴'), characters)).toEqual({ titleTokens: ['党', '费'], bodyTokens: ['补', '缴'] });
  });
});

describe('isStopWord', () => {
  it('isStopWord(term) is true for function words, the genre\'s boilerplate, punctuation and numbers', () => {
    for (const term of ['的', '问题', '整改', '落实', '进一步', '加强', '不到位', '。', '2023', '173.89']) expect(isStopWord(term)).toBe(true);
  });

  it('isStopWord(term) is false for terms that say what a problem is about', () => {
    for (const term of ['党费', '差旅费', '营商环境', '网络安全']) expect(isStopWord(term)).toBe(false);
    expect(STOP_WORDS.size).toBeGreaterThan(700);
  });
});
