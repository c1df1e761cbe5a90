import { describe, expect, it } from 'vitest';
import { figures, findFigures } from '../pipeline/aggregate';
import { segmentNotice } from '../pipeline/segment';
import type { ProcessedNotice } from '../pipeline/types';
import { builtNotice } from './helpers/built-notice';
import { readSeed, seedFiles } from './helpers/seeds';

const summary = (text: string) => findFigures(text).map((figure) => [figure.value, figure.unit, figure.kind, figure.valueYuan]);

describe('findFigures(text)', () => {
  it('reads money in 元, 万元 and 亿元 with 余/多 and gives the amount in yuan', () => {
    expect(summary('责令退回资金共157704元,造成173.89万元浪费,获支持资金1600余万元,投入2.5亿元。')).toEqual([
      [157704, '元', 'money', 157704],
      [173.89, '万元', 'money', 1738900],
      [1600, '万元', 'money', 16000000],
      [2.5, '亿元', 'money', 250000000],
    ]);
    expect(summary('累计3万余元、100多万元')).toEqual([
      [3, '万元', 'money', 30000],
      [100, '万元', 'money', 1000000],
    ]);
  });

  it('reads counts, durations and percentages, longer units first', () => {
    expect(summary('建立制度17项,批评教育4人次,44家网站中21家不达标,达标率仅52.3%,限期10个工作日,服务1.2万人次。')).toEqual([
      [17, '项', 'count', null],
      [4, '人次', 'count', null],
      [44, '家', 'count', null],
      [21, '家', 'count', null],
      [52.3, '%', 'percent', null],
      [10, '个工作日', 'duration', null],
      [1.2, '万人次', 'count', null],
    ]);
  });

  it('reads full-width digits and written-out numbers of two or more characters, and 百分之', () => {
    expect(summary('整改问题二十三个,完成率百分之八十五,培训１２次')).toEqual([
      [23, '个', 'count', null],
      [85, '%', 'percent', null],
      [12, '次', 'count', null],
    ]);
  });

  it('leaves out ordinals, set phrases and numbers inside codes', () => {
    expect(findFigures('第3项任务;树牢四个意识、做到两个维护;IPV6个别网站;三会一课')).toEqual([]);
  });

  it('quotes the sentence the quantity stands in', () => {
    const [figure] = findFigures('第一句话。整改期间,责令退回资金共157704元,批评教育。下一句。');
    expect(figure.context).toBe('整改期间,责令退回资金共157704元,批评教育。');
  });
});

describe('figures(notices)', () => {
  it('gives one row per quantity of each problem body, with problem_id noticeId#path', () => {
    const notice = builtNotice('n1', '甲局', [
      { path: '二.1', primary: 'finance', titleTokens: ['报销'], body: '退回资金5820元。' },
      { path: '二.2', primary: 'party', titleTokens: ['学习'], body: '开展学习3次。' },
    ]);
    const table = figures([notice]);
    expect(table.columns).toEqual(['problem_id', 'notice_id', 'value', 'unit', 'kind', 'context', 'value_yuan']);
    expect(table.rows).toEqual([
      ['n1#二.1', 'n1', 5820, '元', 'money', '退回资金5820元。', 5820],
      ['n1#二.2', 'n1', 3, '次', 'count', '开展学习3次。', null],
    ]);
  });

  it('finds the money amounts the seed notices state, with the right values in yuan', () => {
    const notices = seedFiles().map((file): ProcessedNotice => {
      const source = readSeed(file);
      const base = builtNotice(source.noticeId, null, []);
      return { ...base, source, segmentation: segmentNotice(source).segmentation };
    });
    const money = figures(notices).rows.filter((row) => row[4] === 'money');
    const find = (value: number, unit: string) => money.find((row) => row[2] === value && row[3] === unit);
    expect(find(157704, '元')?.[6]).toBe(157704);
    expect(find(173.89, '万元')?.[6]).toBe(1738900);
    expect(find(1600, '万元')?.[6]).toBe(16000000);
    // 173.89万元 stands in the body of 003's problem (4); 157704元 in 004's summary, outside any problem.
    expect(find(173.89, '万元')?.[0]).toMatch(/^003_[0-9a-f]+#二\.\(一\)\.2\.\(4\)$/);
    expect(find(157704, '元')?.[0]).toBeNull();
  });
});
