import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../pipeline/ingest';
import { hardWrapWidth, joinHardWrappedLines } from '../pipeline/ingest/hard-wraps';
import { extractMetadata } from '../pipeline/metadata';
import { segmentNotice } from '../pipeline/segment';
import type { NoticeMetadata, NoticeText, Problem, Segmentation, SourceFile } from '../pipeline/types';
import { fixturesFolder, readGold, readSeed, seedFiles, type GoldNotice } from './helpers/seeds';

const source = (file: string): SourceFile => ({ path: `/virtual/${file}`, file, noticeId: file.replace(/\.[^.]+$/, '') });

// Marks a line-breaking word processor keeps off the start of a line: they hang in the margin.
const NO_LINE_START = new Set('，。、；：？！）》”’');

/**
 * A text cut the way a PDF viewer copies it: every line broken before the character that would
 * pass `width` (an ASCII character counts `asciiWidth`); with `hangingMarks`, a closing mark that
 * would start a line stays at the end of the one before, as word processors set it.
 */
function rewrap(text: string, width: number, { asciiWidth = 0.5, hangingMarks = false } = {}): string {
  return text
    .split('\n')
    .map((line) => {
      const pieces: string[] = [];
      let piece = '';
      let pieceWidth = 0;
      for (const character of line) {
        const characterWidth = character.charCodeAt(0) < 0x7f ? asciiWidth : 1;
        if (pieceWidth + characterWidth > width && piece !== '' && !(hangingMarks && NO_LINE_START.has(character))) {
          pieces.push(piece);
          piece = '';
          pieceWidth = 0;
        }
        piece += character;
        pieceWidth += characterWidth;
      }
      pieces.push(piece);
      return pieces.join('\n');
    })
    .join('\n');
}

function textNotice(text: string, file = 'wrapped.txt'): NoticeText {
  return { noticeId: file.replace(/\.txt$/, ''), file, format: 'txt', encoding: 'UTF-8', sha256: '', bytes: text.length, text };
}

/** The measure count as the gold gives it: a leaf's own, a parent's summed over its findings. */
function measureCount(problem: Problem, segmentation: Segmentation): number {
  if (problem.leaf) return problem.measures.length;
  return segmentation.problems.filter((child) => child.parent === problem.path).reduce((sum, child) => sum + child.measures.length, 0);
}

function segmentedProblems(text: string) {
  const { segmentation } = segmentNotice(textNotice(text));
  return segmentation.problems.map((problem) => ({ path: problem.path, title: problem.title, measures: measureCount(problem, segmentation) }));
}

function goldProblems(gold: GoldNotice) {
  return gold.problems.map((problem) => ({ path: problem.path, title: problem.title, measures: problem.measures }));
}

const gold = readGold();
const goldOf = (file: string): GoldNotice => gold.find((notice) => notice.file === file)!;

// Seeds with different numbering: (一) problems with 一是 measures inline; 1. problems under
// (一) areas; 1. problems on indented lines with blank lines between (cut at 32, one line
// breaks off at …考核中一、 and the next starts 二、三季度); 1. findings detailed by (1)
// sub-findings; 1.针对“X”的问题 headings on lines of their own.
const [parenthesisedSeed, arabicSeed, spacedSeed, twoLevelSeed, ownLineSeed] = seedFiles();

describe('joinHardWrappedLines on seeds re-wrapped at a fixed width', () => {
  const cases = [
    { file: parenthesisedSeed, width: 24, options: {} },
    { file: arabicSeed, width: 26, options: {} },
    { file: spacedSeed, width: 32, options: {} },
    { file: twoLevelSeed, width: 32, options: { hangingMarks: true } },
    { file: ownLineSeed, width: 34, options: { asciiWidth: 1 } },
  ];
  for (const { file, width, options } of cases) {
    it(`joinHardWrappedLines(${file} cut at ${width}) segments to the gold problem paths, titles and measure counts`, () => {
      const wrapped = rewrap(readSeed(file).text, width, options);
      // The re-wrap does cut titles: without the join the segmentation differs from the gold.
      expect(segmentedProblems(wrapped)).not.toEqual(goldProblems(goldOf(file)));
      expect(segmentedProblems(joinHardWrappedLines(wrapped))).toEqual(goldProblems(goldOf(file)));
    });
  }

  it('hardWrapWidth(lines of a seed cut at 30) finds the width 30, ASCII counted ½', () => {
    expect(hardWrapWidth(rewrap(readSeed(arabicSeed).text, 30).split('\n'))).toEqual({ width: 30, asciiWidth: 0.5 });
  });

  it('hardWrapWidth(lines of a seed cut at 34 counting characters) finds the width 34, ASCII counted 1', () => {
    expect(hardWrapWidth(rewrap(readSeed(ownLineSeed).text, 34, { asciiWidth: 1 }).split('\n'))).toEqual({ width: 34, asciiWidth: 1 });
  });

  it('ingestBytes(a seed cut at 30, as a .txt file) gives a text whose quoted titles and measures are all in it', async () => {
    const notice = (await ingestBytes(source('wrapped.txt'), Buffer.from(rewrap(readSeed(arabicSeed).text, 30), 'utf8'))).notice!;
    const { segmentation } = segmentNotice(notice);
    expect(segmentation.problems.map((problem) => problem.title)).toEqual(goldOf(arabicSeed).problems.map((problem) => problem.title));
    for (const problem of segmentation.problems) {
      expect(notice.text).toContain(problem.titleRaw);
      for (const measure of problem.measures) expect(notice.text).toContain(measure.text);
    }
  });

  it('ingestBytes(an HTML page with a <br> after every cut line) joins the lines of each paragraph', async () => {
    const wrapped = rewrap(readSeed(parenthesisedSeed).text, 30);
    const html = `<!DOCTYPE html><html><body><div class="article"><p>${wrapped.split('\n').join('<br>\n')}</p></div></body></html>`;
    const notice = (await ingestBytes(source('wrapped.html'), Buffer.from(html, 'utf8'))).notice!;
    expect(notice.format).toBe('html');
    expect(segmentedProblems(notice.text)).toEqual(goldProblems(goldOf(parenthesisedSeed)));
  });
});

describe('joinHardWrappedLines on texts that are not hard-wrapped', () => {
  it('joinHardWrappedLines(seed) returns every seed unchanged: one paragraph per line', () => {
    for (const file of seedFiles()) {
      const { text } = readSeed(file);
      expect(hardWrapWidth(text.split('\n'))).toBeNull();
      expect(joinHardWrappedLines(text)).toBe(text);
    }
  });

  it('joinHardWrappedLines(text with a title, a date and a few short lines) leaves it unchanged', () => {
    const text = [
      '关于巡察整改进展情况的通报',
      '2023年6月1日',
      '根据区委统一部署，区委第二巡察组对区文化和旅游局党组开展了常规巡察。',
      '一、整改工作开展情况',
      '局党组召开专题会议研究部署整改工作，制定整改方案，明确责任领导和完成时限。',
      '二、问题整改情况',
      '1.意识形态工作责任制落实不到位。整改情况：一是制定意识形态工作责任清单。二是每半年专题研究一次。',
      '2.文物安全巡查不到位。整改情况：一是建立文物安全巡查台账。二是开展专项检查2次。',
      '区文化和旅游局党组',
      '2023年6月1日',
    ].join('\n');
    expect(hardWrapWidth(text.split('\n'))).toBeNull();
    expect(joinHardWrappedLines(text)).toBe(text);
  });

  it('joinHardWrappedLines(a list of one-line headings of about the same length) leaves it unchanged: they pile up against no edge', () => {
    const text = [
      '（一）理论学习中心组学习制度执行不严格',
      '（二）意识形态工作责任制落实不到位',
      '（三）基层党组织标准化建设推进缓慢',
      '（四）干部教育培训针对性不强',
      '（五）财务报销审核把关不严',
      '（六）政府采购程序执行不规范',
      '（七）固定资产管理存在漏洞',
      '（八）执法监督检查覆盖面不够全面',
      '（九）信访矛盾化解工作不够及时到位',
      '（十）安全生产隐患排查整治不够彻底',
    ].join('\n');
    expect(hardWrapWidth(text.split('\n'))).toBeNull();
    expect(joinHardWrappedLines(text)).toBe(text);
  });
});

describe('joinHardWrappedLines at a paragraph’s edges', () => {
  // Lines cut at 22: each full line below is 21 to 23 characters wide.
  const wrapped = [
    '（一）关于落实全面从严治党主体责任和监督责任',
    '不够到位的问题',
    '1.党组对意识形态工作研究部署不够。整改情况：',
    '一是召开党组会议专题研究意识形态工作，制定年',
    '度工作要点。二是将意识形态工作纳入党建工作考',
    '核。',
    '2.关于食品安全监管存在薄弱环节的问题。整改情',
    '况：一是开展校园及周边食品安全专项检查，检查',
    '学校食堂86家。二是建立农村集体聚餐申报备案',
    '（二）关于干部队伍建设不够有力的问题',
    '局党组召开专题会议研究部署整改工作，制定方案。',
    '局党组对照问题清单逐项整改，建立整改工作台账',
    '  各支部对照问题清单逐项整改，建立整改台账，明',
    '确整改时限',
  ].join('\n');
  const joined = joinHardWrappedLines(wrapped).split('\n');

  it('joinHardWrappedLines(text) joins a heading cut at the width with its second half', () => {
    expect(joined[0]).toBe('（一）关于落实全面从严治党主体责任和监督责任不够到位的问题');
  });

  it('joinHardWrappedLines(text) does not join a full line to a line opening with 一是, (二) or a number', () => {
    expect(joined).toContain('1.党组对意识形态工作研究部署不够。整改情况：');
    expect(joined).toContain('一是召开党组会议专题研究意识形态工作，制定年度工作要点。二是将意识形态工作纳入党建工作考核。');
    expect(joined).toContain('2.关于食品安全监管存在薄弱环节的问题。整改情况：一是开展校园及周边食品安全专项检查，检查学校食堂86家。二是建立农村集体聚餐申报备案');
    expect(joined).toContain('（二）关于干部队伍建设不够有力的问题');
  });

  it('joinHardWrappedLines(text) does not join a full line that ends a sentence, nor a line indented further', () => {
    expect(joined.slice(5)).toEqual([
      '局党组召开专题会议研究部署整改工作，制定方案。',
      '局党组对照问题清单逐项整改，建立整改工作台账',
      '  各支部对照问题清单逐项整改，建立整改台账，明确整改时限',
    ]);
  });
});

/** A style notice whose file is hard-wrapped: read through ingest, as the pipeline reads it. */
describe('the hard-wrapped style fixture read through ingest', () => {
  const name = 'county-bureau-copied-from-pdf';
  const folder = path.join(fixturesFolder, 'styles', 'hard-wrapped');
  const expected: { metadata: NoticeMetadata; areas: { path: string; title: string }[]; problems: { path: string; title: string; area: string | null; measures: number }[] } = JSON.parse(
    readFileSync(path.join(folder, `${name}.expected.json`), 'utf8'),
  );
  const read = ingestBytes(source(`${name}.txt`), readFileSync(path.join(folder, `${name}.txt`)));

  it('ingestBytes(fixture) then extractMetadata gives the expected title, agency, place, inspection, dates and declared counts', async () => {
    expect(extractMetadata((await read).notice!).metadata).toEqual(expected.metadata);
  });

  it('ingestBytes(fixture) then segmentNotice gives the expected areas and problems, quoted verbatim', async () => {
    const notice = (await read).notice!;
    const { segmentation, diagnostics } = segmentNotice(notice);
    expect(segmentation.areas.map(({ path: areaPath, title }) => ({ path: areaPath, title }))).toEqual(expected.areas);
    expect(
      segmentation.problems.map((problem) => ({ path: problem.path, title: problem.title, area: problem.area, measures: measureCount(problem, segmentation) })),
    ).toEqual(expected.problems);
    for (const problem of segmentation.problems) expect(notice.text).toContain(problem.titleRaw);
    expect(diagnostics).toEqual([]);
  });
});
