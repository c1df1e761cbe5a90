import { describe, expect, it } from 'vitest';
import { categoryScores } from '../pipeline/evaluate/category-metrics';
import { segmentNotice } from '../pipeline/segment';
import { tagProblem } from '../pipeline/tag';
import { loadTaxonomy, parseTaxonomy } from '../pipeline/taxonomy';
import { createTokenizer, tokenizeProblem } from '../pipeline/tokenize';
import type { Problem, Tagging } from '../pipeline/types';
import { readGold, readSeed } from './helpers/seeds';

const taxonomy = loadTaxonomy();
const tokenizer = createTokenizer();

function problem(title: string, body = ''): Problem {
  return { path: '二.(一)', number: '(一)', area: null, parent: null, title, titleRaw: `(一)${title}。`, status: null, leaf: true, body, measures: [], truncated: false };
}

function tag(title: string, body = ''): Tagging {
  const item = problem(title, body);
  return tagProblem(item, tokenizeProblem(item, tokenizer), taxonomy);
}

describe('tagProblem', () => {
  it('tagProblem(problem, tokens, taxonomy) gives the category a title names', () => {
    expect(tag('差旅费报销审核把关不严').primary).toBe('finance');
    expect(tag('三会一课制度落实不到位').primary).toBe('party');
    expect(tag('等保测评工作滞后').primary).toBe('security');
    expect(tag('政务服务事项网上可办率低').primary).toBe('business');
  });

  it('tagProblem(problem, tokens, taxonomy) gives evidence naming the cue, where it is and its sentence', () => {
    const tagging = tag('日常管理不严格', '经查,2022年违规报销差旅费3.2万元。已责令退回。');
    expect(tagging.primary).toBe('finance');
    expect(tagging.evidence).toContainEqual({ category: 'finance', cue: '报销', where: 'body', context: '经查,2022年违规报销差旅费3.2万元。', weight: expect.any(Number) });
    const titled = tag('党费收缴不规范');
    expect(titled.evidence[0]).toMatchObject({ category: 'party', where: 'title', context: '党费收缴不规范' });
    expect(titled.evidence.map((evidence) => evidence.cue)).toContain('党费');
  });

  it('tagProblem(problem, tokens, taxonomy) lets the title outweigh the rectification text', () => {
    const tagging = tag('党费收缴不规范', '财务人员核对账目,会计凭证已补齐。');
    expect(tagging.primary).toBe('party');
    expect(tagging.scores.party).toBeGreaterThan(tagging.scores.finance);
  });

  it('tagProblem(problem, tokens, taxonomy) adds a second category the title also names, never the fallback', () => {
    const tagging = tag('网络安全与电子证照推广应用不力');
    expect(tagging).toMatchObject({ primary: 'security', secondary: ['business'] });
    expect(tag('大数据人才发展规划缺乏')).toMatchObject({ primary: 'party', secondary: [] });
  });

  it('tagProblem(problem, tokens, taxonomy) gives the fallback alone when nothing fits', () => {
    expect(tag('落实上级工作要求不主动')).toEqual({ primary: 'other', secondary: [], scores: { party: 0, finance: 0, security: 0, business: 0, other: 0 }, evidence: [] });
    expect(tag('审计反馈问题整改不彻底')).toMatchObject({ primary: 'other', secondary: [] });
  });

  it('tagProblem(problem, tokens, taxonomy) follows the hard cases of taxonomy.md', () => {
    expect(tag('违反中央八项规定精神问题依然存在').primary).toBe('party');
    expect(tag('专业技术人员缺乏').primary).toBe('party');
    expect(tag('招投标监管不到位').primary).toBe('business');
    expect(tag('项目建设违规转包').primary).toBe('party');
  });

  it('tagProblem(problem, tokens, taxonomy) reads a named kind of eight-point violation as party with finance beside it, and managing cars in general as finance', () => {
    expect(tag('违规发放津贴补贴')).toMatchObject({ primary: 'party', secondary: ['finance'] });
    expect(tag('既领取公务交通补贴又违规使用公务用车')).toMatchObject({ primary: 'party', secondary: ['finance'] });
    expect(tag('违规超标准公务接待')).toMatchObject({ primary: 'party', secondary: ['finance'] });
    expect(tag('公务用车管理不规范')).toMatchObject({ primary: 'finance', secondary: [] });
  });

  it('tagProblem(problem, tokens, taxonomy) works with a user taxonomy of other keys', () => {
    const roads = parseTaxonomy(JSON.stringify({
      fallback: 'misc',
      categories: [
        { key: 'roads', label: '道路', cues: [{ weight: 2, phrases: ['道路', '桥梁'] }] },
        { key: 'water', label: '供水', cues: [{ weight: 2, terms: ['水'] }, { weight: 1, patterns: ['管网(漏损|老化)'] }] },
        { key: 'misc', label: '杂项', cues: [] },
      ],
    }), 'roads.json');
    const tagWith = (title: string, body = ''): Tagging => {
      const item = problem(title, body);
      return tagProblem(item, tokenizeProblem(item, tokenizer), roads);
    };
    expect(tagWith('桥梁养护不及时')).toMatchObject({ primary: 'roads', secondary: [] });
    expect(tagWith('供水管网漏损严重')).toMatchObject({ primary: 'water', evidence: [expect.objectContaining({ cue: '管网漏损', where: 'title' })] });
    expect(tagWith('档案管理不规范')).toMatchObject({ primary: 'misc', secondary: [], scores: { roads: 0, water: 0, misc: 0 } });
  });
});

describe('tagProblem on the seed notices', () => {
  it('tagProblem(problem, tokens, taxonomy) on the segmented seeds reaches primary accuracy >= 0.90 and micro-F1 >= 0.85 against the gold', () => {
    const labelOf = new Map(taxonomy.categories.map((category) => [category.key, category.label]));
    const matched = readGold().flatMap((notice) => {
      const { segmentation } = segmentNotice(readSeed(notice.file));
      return notice.problems.flatMap((gold) => {
        const segmented = segmentation.problems.find((candidate) => candidate.path === gold.path);
        if (segmented === undefined) return [];
        const tagging = tagProblem(segmented, tokenizeProblem(segmented, tokenizer), taxonomy);
        const labels = [tagging.primary, ...tagging.secondary].map((key) => labelOf.get(key)!);
        return [{ gold, output: { primary_category: labels[0], categories: labels.join(';') } }];
      });
    });
    expect(matched).toHaveLength(118);
    const scores = categoryScores(matched, taxonomy);
    expect(scores.primaryAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(scores.microF1).toBeGreaterThanOrEqual(0.85);
  });
});
