import { describe, expect, it } from 'vitest';
import { segmentNotice } from '../pipeline/segment';
import { enumerateMeasures } from '../pipeline/segment/measures';
import { splitLines } from '../pipeline/segment/lines';
import { buildOutline, descendants } from '../pipeline/segment/outline';
import { parseChineseNumber } from '../pipeline/text/chinese-numerals';
import { recogniseHeadingNumber } from '../pipeline/text/heading-numbers';
import type { NoticeText } from '../pipeline/types';

const outlineOf = (text: string) => [...descendants(buildOutline(splitLines(text)))].map((node) => node.path);

function notice(text: string): NoticeText {
  return { noticeId: 'built', file: 'built.txt', format: 'txt', encoding: 'UTF-8', sha256: '', bytes: Buffer.byteLength(text), text };
}

describe('financial numerals (壹、贰、叁)', () => {
  it('parseChineseNumber(written) reads the financial forms as the plain numerals they stand for', () => {
    expect(parseChineseNumber('叁')).toBe(3);
    expect(parseChineseNumber('拾壹')).toBe(11);
    expect(parseChineseNumber('贰拾')).toBe(20);
    expect(parseChineseNumber('陸')).toBe(6);
  });

  it('recogniseHeadingNumber(line) reads 壹、 and (壹) as a level apart from 一、 and (一)', () => {
    expect(recogniseHeadingNumber('贰、全面从严治党方面')).toMatchObject({ style: 'financial', value: 2, pathLabel: '贰' });
    expect(recogniseHeadingNumber('(叁)基层党组织建设方面')).toMatchObject({ style: 'financial-paren', value: 3, pathLabel: '(叁)' });
    expect(recogniseHeadingNumber('二、具体问题')).toMatchObject({ style: 'chinese', value: 2 });
  });

  it('buildOutline(lines) opens 壹、 below 二、 as a level of its own, not a slip back to one', () => {
    const text = ['一、整改工作情况', '二、问题整改情况', '壹、甲方面', '(一)乙不到位。', '贰、丙方面', '(一)丁不规范。'].join('\n');
    expect(outlineOf(text)).toEqual(['一', '二', '二.壹', '二.壹.(一)', '二.贰', '二.贰.(一)']);
  });
});

describe('lower-case Roman numerals in Latin letters (i. ii. iii.)', () => {
  it('recogniseHeadingNumber(line) reads i. ii. iv、 as lower-case Roman numbers and no other small letters', () => {
    expect(recogniseHeadingNumber('ii. 意识形态工作责任制落实不到位。')).toMatchObject({ style: 'roman-lower', value: 2, pathLabel: 'ii' });
    expect(recogniseHeadingNumber('iv、科研经费管理不规范')).toMatchObject({ style: 'roman-lower', value: 4, pathLabel: 'iv' });
    expect(recogniseHeadingNumber('iI. 混写')).toBeNull();
    expect(recogniseHeadingNumber('ii 没有标点')).toBeNull();
    expect(recogniseHeadingNumber('vivo手机')).toBeNull();
  });
});

describe('measures numbered 1 2 3 with a space and no punctuation', () => {
  it('enumerateMeasures(body) reads lines opening 1 , 2 , 3 as a run of measures', () => {
    const body = '整改措施:\n1 建立招商项目库。\n2 每月召开项目调度会。\n3 将项目落地情况纳入考核。';
    expect(enumerateMeasures(body, body).map((measure) => measure.text)).toEqual(['1 建立招商项目库。', '2 每月召开项目调度会。', '3 将项目落地情况纳入考核。']);
  });

  it('enumerateMeasures(body) reads no run in a number and a space inside a line, nor in a lone 1 line', () => {
    const inside = '共开展检查 1 次,整改 2 处。';
    expect(enumerateMeasures(inside, inside)).toEqual([]);
    const lone = '1 建立台账。\n此后每月更新。';
    expect(enumerateMeasures(lone, lone)).toEqual([]);
  });

  it('buildOutline(lines) keeps bare 1 2 lines in the bodies where the notice numbers its headings 1. 2. with their points', () => {
    const text = ['(一)甲方面', '1.乙不到位。', '1 建立台账。', '2 开展检查。', '2.丙不规范。', '1 修订制度。', '2 开展培训。'].join('\n');
    expect(outlineOf(text)).toEqual(['(一)', '(一).1', '(一).2']);
  });
});

describe('findings named only by their act, their measures listed below them', () => {
  const text = [
    '一、整改工作开展情况',
    '局党组制定整改方案。',
    '二、巡察反馈问题整改落实情况',
    '(一)全面从严治党方面',
    '1.工程项目违法分包转包',
    '(1)开展建筑市场违法分包转包专项检查。',
    '(2)对3家违规企业立案查处。',
    '2.搭车收费',
    '(1)清理收费项目。',
    '(2)退还违规收取的费用2.6万元。',
    '(二)网络安全方面',
    '1.弱口令',
    '(1)全面修改系统密码。',
    '(2)建立密码管理制度。',
  ].join('\n');

  it('segmentNotice(notice) reads each such heading under an area as one problem whose (1)(2) lines are its measures', () => {
    const { segmentation } = segmentNotice(notice(text));
    expect(segmentation.areas.map((area) => area.path)).toEqual(['二.(一)', '二.(二)']);
    expect(segmentation.problems.map((problem) => [problem.path, problem.title, problem.leaf, problem.measures.length])).toEqual([
      ['二.(一).1', '工程项目违法分包转包', true, 2],
      ['二.(一).2', '搭车收费', true, 2],
      ['二.(二).1', '弱口令', true, 2],
    ]);
  });

  it('segmentNotice(notice) still reads a heading over a bare field (1.党的建设) as a group of the findings listed below it', () => {
    const grouped = ['一、整改工作开展情况', '局党组制定整改方案。', '二、巡察反馈问题整改落实情况', '(一)党的建设方面', '1.组织建设', '(1)三会一课落实不到位。整改情况:一是制定计划;二是开展检查。', '(2)党员发展程序不规范。整改情况:一是开展自查;二是规范档案。'].join('\n');
    const { segmentation } = segmentNotice(notice(grouped));
    expect(segmentation.problems.map((problem) => [problem.path, problem.leaf])).toEqual([
      ['二.(一).1', false],
      ['二.(一).1.(1)', true],
      ['二.(一).1.(2)', true],
    ]);
  });
});
