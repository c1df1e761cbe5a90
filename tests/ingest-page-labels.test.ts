import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../pipeline/ingest/html-to-lines';
import { pageDateIn, withLabelCellsJoined } from '../pipeline/ingest/page-labels';

describe('withLabelCellsJoined', () => {
  it('withLabelCellsJoined(text) joins each 信息公开 label cell with the value cell below it', () => {
    const cells = ['索引号：', '', '11150100MB1234567X/2023-00123', '名　　称：', '关于巡察整改进展情况的通报', '生成日期：', '2023-05-12'].join('\n');
    expect(withLabelCellsJoined(cells).split('\n')).toEqual(['索引号：11150100MB1234567X/2023-00123', '名称：关于巡察整改进展情况的通报', '生成日期：2023-05-12']);
  });

  it('withLabelCellsJoined(text) leaves a notice’s own label lines (整改情况：) and two labels in a row alone', () => {
    const lines = ['整改情况：', '一是召开专题会议。', '文号：', '发文日期：', '2023-05-12'].join('\n');
    expect(withLabelCellsJoined(lines).split('\n')).toEqual(['整改情况：', '一是召开专题会议。', '文号：', '发文日期：2023-05-12']);
  });
});

describe('pageDateIn', () => {
  it('pageDateIn(line) gives the label and date (with its time) out of a furniture line, null without one', () => {
    expect(pageDateIn('发布时间：2023-05-12 10:30  来源：市纪委监委  浏览次数：1234')).toBe('发布时间：2023-05-12 10:30');
    expect(pageDateIn('发布日期：2026年1月12日 点击数：356 【打印】【关闭】')).toBe('发布日期：2026年1月12日');
    expect(pageDateIn('浏览次数：1234 【打印】【关闭】')).toBeNull();
  });

  it('pageDateIn(line) gives an unlabelled date (with its time) that opens a furniture line, and no date that opens a sentence', () => {
    expect(pageDateIn('2023-05-04 08:46:31  浏览次数：')).toBe('2023-05-04 08:46:31');
    expect(pageDateIn('2026-01-12 19:24 来源：区纪委监委')).toBe('2026-01-12 19:24');
    expect(pageDateIn('2023年2月13日至3月31日，区委第二巡察组开展了巡察')).toBeNull();
  });
});

describe('htmlToLines on page furniture', () => {
  it('htmlToLines(page) keeps the date of a 发布时间 line it drops as furniture, and drops the rest of the line', () => {
    const page = '<div class="info">发布时间：2023-05-12 10:30　来源：市纪委监委　浏览次数：1234 字号【大 中 小】</div><p>关于巡察整改进展情况的通报</p>';
    expect(htmlToLines(page).split('\n').filter((line) => line !== '')).toEqual(['发布时间：2023-05-12 10:30', '关于巡察整改进展情况的通报']);
  });

  it('htmlToLines(page) drops a header line that opens with an unlabelled date before 来源, keeping the date', () => {
    const page = '<div class="info">2026-01-12 19:24 来源：区纪委监委</div><p>关于巡察整改进展情况的通报</p>';
    expect(htmlToLines(page).split('\n').filter((line) => line !== '')).toEqual(['2026-01-12 19:24', '关于巡察整改进展情况的通报']);
  });

  it('htmlToLines(page) drops a <title> written outside <head> (the tab’s text names the site, not the notice)', () => {
    const page = '<html><title>巡察整改进展情况的通报 - 某某市人民政府</title><body><p>关于巡察整改进展情况的通报</p></body></html>';
    expect(htmlToLines(page)).toBe('关于巡察整改进展情况的通报');
  });
});
