import { describe, expect, it } from 'vitest';
import { segmentNotice } from '../pipeline/segment';
import type { NoticeText, Problem, Segmentation } from '../pipeline/types';
import { readGold, readSeed, type GoldNotice } from './helpers/seeds';

/** A notice built in the test, as the ingest stage would hand it over. */
function builtNotice(text: string, file = 'built.txt'): NoticeText {
  return { noticeId: file.replace(/\.txt$/, ''), file, format: 'txt', encoding: 'UTF-8', sha256: '', bytes: text.length, text };
}

/** The measure count the gold gives a problem: its own for a leaf, its findings' sum for a parent. */
function measureCount(problem: Problem, segmentation: Segmentation): number {
  if (problem.leaf) return problem.measures.length;
  return segmentation.problems.filter((child) => child.parent === problem.path).reduce((sum, child) => sum + child.measures.length, 0);
}

/** The fields the gold records for each problem, in the gold's shape. */
function comparable(segmentation: Segmentation) {
  return segmentation.problems.map((problem) => ({
    path: problem.path,
    number: problem.number,
    area: problem.area,
    parent: problem.parent,
    title: problem.title,
    title_raw: problem.titleRaw,
    status: problem.status,
    leaf: problem.leaf,
    measures: measureCount(problem, segmentation),
  }));
}

function goldComparable(gold: GoldNotice) {
  return gold.problems.map((problem) => ({
    path: problem.path,
    number: problem.number,
    area: problem.area,
    // The gold names a parent by id (`003#二.(一).1`); the pipeline by path.
    parent: problem.parent === null ? null : problem.parent.slice(problem.parent.indexOf('#') + 1),
    title: problem.title,
    title_raw: problem.title_raw,
    status: problem.status,
    leaf: problem.leaf,
    measures: problem.measures,
  }));
}

describe('segmentNotice on the seed notices', () => {
  for (const gold of readGold()) {
    describe(gold.file, () => {
      const notice = readSeed(gold.file);
      const { segmentation, diagnostics } = segmentNotice(notice);

      it('segmentNotice(seed) lists the gold problem paths in reading order', () => {
        expect(segmentation.problems.map((problem) => problem.path)).toEqual(gold.problems.map((problem) => problem.path));
      });

      it('segmentNotice(seed) gives every problem the gold number, area, parent, titles, status, leaf and measure count', () => {
        expect(comparable(segmentation)).toEqual(goldComparable(gold));
      });

      it('segmentNotice(seed) gives the gold areas', () => {
        expect(segmentation.areas.map(({ path, title }) => ({ path, title }))).toEqual(gold.areas);
      });

      it('segmentNotice(seed) quotes every title_raw and body verbatim from the notice and flags nothing', () => {
        for (const problem of segmentation.problems) {
          expect(notice.text).toContain(problem.titleRaw);
          for (const line of problem.body.split('\n')) expect(notice.text).toContain(line);
          expect(problem.truncated).toBe(false);
        }
        expect(diagnostics).toEqual([]);
      });
    });
  }

  it('segmentNotice(seed) keeps web debris out of titles and bodies', () => {
    for (const gold of readGold()) {
      for (const problem of segmentNotice(readSeed(gold.file)).segmentation.problems) {
        expect(`${problem.title}\n${problem.body}`).not.toMatch(/展开全文|评论列表|网站地图|信息来源|主办单位|欢迎广大干部群众/);
      }
    }
  });

  it('segmentNotice(seed) keeps a body that continues on the next line', () => {
    const { segmentation } = segmentNotice(readSeed('000_eae2e7ee22df30ec.txt'));
    const problem = segmentation.problems.find((candidate) => candidate.path === '二.(六)');
    expect(problem?.measures[2].text).toMatch(/^三是丰富.*预约功能,\n开展了公共场馆摸底调查/s);
    expect(problem?.body.endsWith('持续拓展场馆预约范围。')).toBe(true);
  });

  it('segmentNotice(seed) counts measures in every sub-block of a problem and keeps their text', () => {
    const { segmentation } = segmentNotice(readSeed('001_e510119d14028505.txt'));
    const problem = segmentation.problems.find((candidate) => candidate.path === '二.(一).1');
    expect(problem?.measures.map((measure) => measure.text.slice(0, 2))).toEqual([
      '一是', '二是', '三是', '四是', '五是', '六是', '七是', '一是', '二是', '三是',
    ]);
    expect(problem?.measures.map((measure) => measure.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // The seventh measure ends with its line: the next line opens the next sub-block (…方面:).
    expect(problem?.measures[6].text).not.toContain('方面:');
  });
});

/** What should not change when only the numbering is written differently. */
function shape(segmentation: Segmentation) {
  return segmentation.problems.map((problem) => [problem.path, problem.area, problem.parent, problem.title, problem.leaf, problem.status, problem.measures.length]);
}

describe('segmentNotice on notices written with other numbering', () => {
  it('segmentNotice(notice numbered 1、) gives the same problems as numbered 1.', () => {
    const seed = readSeed('001_e510119d14028505.txt');
    const rewritten = seed.text.replace(/^(\s*\d{1,2})\./gm, '$1、');
    expect(rewritten).not.toEqual(seed.text);
    const original = segmentNotice(seed).segmentation;
    const { segmentation } = segmentNotice(builtNotice(rewritten));
    expect(shape(segmentation)).toEqual(shape(original));
    expect(segmentation.areas).toEqual(original.areas);
    expect(segmentation.problems[16].number).toBe('17、');
    expect(segmentation.problems[16].titleRaw).toBe('17、财务支出管理不规范的整改落实情况。');
  });

  it('segmentNotice(notice numbered （一）, １．, （１）) gives the same problems as ASCII numbering and quotes the full-width original', () => {
    const seed = readSeed('003_c4e32004219fb3a4.txt');
    const toFullWidth = (digits: string) => digits.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
    const rewritten = seed.text
      .replace(/^\((\d{1,2})\)/gm, (_, digits: string) => `（${toFullWidth(digits)}）`)
      .replace(/^\(([一二三四五六七八九十]+)\)/gm, '（$1）')
      .replace(/^(\d{1,2})\./gm, (_, digits: string) => `${toFullWidth(digits)}．`);
    const original = segmentNotice(seed).segmentation;
    const { segmentation } = segmentNotice(builtNotice(rewritten));
    expect(shape(segmentation)).toEqual(shape(original));
    expect(segmentation.areas.map((area) => [area.path, area.title])).toEqual(original.areas.map((area) => [area.path, area.title]));
    expect(segmentation.problems[1]).toMatchObject({ path: '二.(一).1.(1)', number: '（１）' });
    expect(segmentation.problems[0].number).toBe('１．');
    expect(segmentation.problems[0].titleRaw.startsWith('１．学习贯彻')).toBe(true);
    for (const problem of segmentation.problems) expect(rewritten).toContain(problem.titleRaw);
  });

  it('segmentNotice(notice with 第一部分 sections, 1） problems and headings without 。) finds the problems and skips the next steps', () => {
    const text = [
      '中共某局党组关于巡察整改进展情况的通报',
      '第一部分 整改工作开展情况',
      '局党组召开专题会议,成立整改工作领导小组。',
      '第二部分 问题整改情况',
      '1）理论学习不深入问题',
      '整改情况:一是制定学习计划。二是开展专题学习。',
      '2）意识形态工作责任制落实不到位问题',
      '整改情况:一是制定实施方案;二是开展专题研究;三是加强阵地管理。',
      '第三部分 下一步工作打算',
      '一是持续巩固整改成果。二是建立长效机制。',
    ].join('\n');
    const { segmentation, diagnostics } = segmentNotice(builtNotice(text));
    expect(segmentation.problems.map((problem) => [problem.path, problem.number, problem.title, problem.titleRaw, problem.measures.length])).toEqual([
      ['第二部分.1', '1）', '理论学习不深入', '1）理论学习不深入问题', 2],
      ['第二部分.2', '2）', '意识形态工作责任制落实不到位', '2）意识形态工作责任制落实不到位问题', 3],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('segmentNotice(notice whose measures are numbered lines under 整改措施:) keeps those lines as measures, not problems', () => {
    const text = [
      '某局巡察整改情况通报',
      '一、整改落实情况',
      '（一）政治理论学习不深入的问题。',
      '整改措施:',
      '1.制定年度学习计划,每月开展集中学习。',
      '2.开展专题研讨2次。',
      '（二）财务管理不规范的问题。',
      '整改措施:',
      '1.修订财务管理制度。',
      '2.开展专项检查。',
      '3.清退违规资金。',
      '展开全文',
      '二、下一步工作打算',
      '（一）持续抓好整改。坚持标准不降。',
    ].join('\n');
    const { segmentation } = segmentNotice(builtNotice(text));
    expect(segmentation.problems.map((problem) => [problem.path, problem.title, problem.measures.map((measure) => measure.text)])).toEqual([
      ['一.(一)', '政治理论学习不深入', ['1.制定年度学习计划,每月开展集中学习。', '2.开展专题研讨2次。']],
      ['一.(二)', '财务管理不规范', ['1.修订财务管理制度。', '2.开展专项检查。', '3.清退违规资金。']],
    ]);
    expect(segmentation.problems[1].body).not.toContain('展开全文');
  });
});

describe('segmentNotice on other layouts of problems', () => {
  const rows = (segmentation: Segmentation) =>
    segmentation.problems.map((problem) => [problem.path, problem.area, problem.parent, problem.leaf, problem.title, problem.measures.length]);

  it('segmentNotice(notice with numbered measure lines and no label under each finding) counts them as measures', () => {
    const text = [
      '一、整改工作开展情况', '局党组高度重视,召开专题会议。', '二、具体问题整改情况',
      '(一)政治理论学习不深入的问题。', '1.制定年度学习计划,对未参加学习的人员进行提醒。', '2.对学习中发现的问题及时整改。',
      '(二)财务管理不规范的问题。', '1.修订财务管理制度。', '2.开展专项检查。',
      '三、下一步工作打算', '持续巩固。',
    ].join('\n');
    expect(rows(segmentNotice(builtNotice(text)).segmentation)).toEqual([
      ['二.(一)', null, null, true, '政治理论学习不深入', 2],
      ['二.(二)', null, null, true, '财务管理不规范', 2],
    ]);
  });

  it('segmentNotice(two-level notice without areas) lists numbered problems as parents of their findings', () => {
    const text = [
      '一、整改工作开展情况', '局党组高度重视,召开专题会议。', '二、具体问题整改情况',
      '1.理论学习不深入。', '(1)中心组学习次数不足。', '整改情况:一是制定计划。二是按月学习。', '(2)学习研讨不够。', '整改情况:一是开展研讨。',
      '2.财务管理不规范。', '(3)报销审核不严。', '整改情况:一是修订制度。二是开展检查。三是清退资金。',
      '三、下一步工作打算', '持续巩固。',
    ].join('\n');
    const { segmentation } = segmentNotice(builtNotice(text));
    expect(rows(segmentation)).toEqual([
      ['二.1', null, null, false, '理论学习不深入', 0],
      ['二.1.(1)', null, '二.1', true, '中心组学习次数不足', 2],
      ['二.1.(2)', null, '二.1', true, '学习研讨不够', 1],
      ['二.2', null, null, false, '财务管理不规范', 0],
      ['二.2.(3)', null, '二.2', true, '报销审核不严', 3],
    ]);
    expect(segmentation.areas).toEqual([]);
  });

  it('segmentNotice(notice whose top-level headings are areas) lists them as areas', () => {
    const text = [
      '关于巡察整改情况的通报',
      '(一)关于党的政治建设方面', '1.学习贯彻不深入。整改情况:一是制定计划。二是按月学习。', '2.落实意识形态责任制不到位。整改情况:一是制定方案。',
      '(二)关于全面从严治党方面', '1.主体责任落实不到位。整改情况:一是召开专题会议。',
      '欢迎广大干部群众对巡察整改落实情况进行监督。',
    ].join('\n');
    const { segmentation } = segmentNotice(builtNotice(text));
    expect(segmentation.areas).toEqual([
      { path: '(一)', number: '(一)', title: '关于党的政治建设方面' },
      { path: '(二)', number: '(二)', title: '关于全面从严治党方面' },
    ]);
    expect(rows(segmentation)).toEqual([
      ['(一).1', '(一)', null, true, '学习贯彻不深入', 2],
      ['(一).2', '(一)', null, true, '落实意识形态责任制不到位', 1],
      ['(二).1', '(二)', null, true, '主体责任落实不到位', 1],
    ]);
    expect(segmentation.problems[2].body).toBe('整改情况:一是召开专题会议。');
  });
});

describe('segmentNotice on notices that are cut off or are not notices', () => {
  it('segmentNotice(notice cut inside its last problem) flags that problem as truncated with a warning', () => {
    const seed = readSeed('000_eae2e7ee22df30ec.txt');
    const cut = seed.text.slice(0, seed.text.indexOf('已面向30个市直部门'));
    const { segmentation, diagnostics } = segmentNotice(builtNotice(cut, 'cut.txt'));
    expect(segmentation.problems).toHaveLength(11);
    expect(segmentation.problems.map((problem) => problem.truncated)).toEqual([...Array(10).fill(false), true]);
    expect(segmentation.problems[10].measures).toHaveLength(1);
    expect(diagnostics).toEqual([
      { file: 'cut.txt', stage: 'segment', severity: 'warning', code: 'SEGMENT_TRUNCATED', message: 'the text stops inside problem 二.(十一)' },
    ]);
  });

  it('segmentNotice(notice cut right after a problem heading, with page debris below) flags the heading as truncated', () => {
    const seed = readSeed('004_6114e440de6cb3cd.txt');
    const cut = `${seed.text.slice(0, seed.text.indexOf('整改情况:一是对《2018年'))}评论列表\n`;
    const { segmentation, diagnostics } = segmentNotice(builtNotice(cut));
    const last = segmentation.problems[segmentation.problems.length - 1];
    expect(last).toMatchObject({ path: '二.(六).2', title: '合同管理不严谨', body: '', truncated: true });
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['SEGMENT_TRUNCATED']);
  });

  it('segmentNotice(news article) finds no problems and warns', () => {
    const text = [
      '某某区召开2024年经济工作会议',
      '会议指出,今年以来全区经济运行稳中向好。',
      '一、抓好项目建设。加快推进重点项目。',
      '二、优化营商环境。提升政务服务效能。',
    ].join('\n');
    const { segmentation, diagnostics } = segmentNotice(builtNotice(text, 'news.txt'));
    expect(segmentation).toEqual({ areas: [], problems: [] });
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.file])).toEqual([['SEGMENT_NO_PROBLEMS', 'warning', 'news.txt']]);
  });

  it('segmentNotice(notice) does not change its input', () => {
    const notice = readSeed('002_02a5b11db95fc73c.txt');
    const copy = structuredClone(notice);
    segmentNotice(notice);
    expect(notice).toEqual(copy);
  });
});
