import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentNotice } from '../pipeline/segment';
import { bodyStatusAnnotation, splitStatusAnnotation } from '../pipeline/segment/own-status';
import { readStatusPhrase, statusFromHeading } from '../pipeline/segment/status';
import type { ProblemStatus } from '../pipeline/types';
import { noticeOfLines } from './helpers/notice-lines';
import { fixturesFolder } from './helpers/seeds';

/** Each problem `segmentNotice` finds in the lines: its path, title and status. */
function pathsTitlesAndStatuses(lines: readonly string[]): [string, string, ProblemStatus | null][] {
  return segmentNotice(noticeOfLines(lines)).segmentation.problems.map((problem) => [problem.path, problem.title, problem.status]);
}

// Every built notice opens with a procedural section, as real ones do, so that 二、 numbers on.
const OPENING = ['一、整改工作开展情况', '局党组成立整改工作领导小组，逐条制定整改措施。'];
const CLOSING = ['三、下一步工作打算', '持续巩固整改成果。'];

describe('a problem’s status from its own heading, through segmentNotice', () => {
  it('segmentNotice(notice) reads a bracketed status at the end of a heading and cuts it from the title, not from title_raw', () => {
    const lines = [
      ...OPENING,
      '二、巡察反馈问题整改落实情况',
      '1.关于干部队伍建设不够有力的问题（已完成整改）',
      '整改情况：一是制定干部队伍建设规划；二是开展干部轮岗交流。',
      '2.关于意识形态责任制落实不到位的问题（基本完成，长期坚持）',
      '整改情况：一是制定意识形态工作责任清单；二是每半年专题研究一次。',
      '3.关于财务管理不规范的问题（持续整改）',
      '整改情况：一是开展财务专项审计；二是修订财务报销制度。',
      ...CLOSING,
    ];
    expect(pathsTitlesAndStatuses(lines)).toEqual([
      ['二.1', '干部队伍建设不够有力', 'completed'],
      ['二.2', '意识形态责任制落实不到位', 'long_term'],
      ['二.3', '财务管理不规范', 'long_term'],
    ]);
    const titlesRaw = segmentNotice(noticeOfLines(lines)).segmentation.problems.map((problem) => problem.titleRaw);
    expect(titlesRaw[0]).toBe('1.关于干部队伍建设不够有力的问题（已完成整改）');
  });

  it('segmentNotice(notice) reads 【已整改完成】 after the heading’s full stop, and a labelled 整改进展：已完成。 on the heading’s line', () => {
    expect(
      pathsTitlesAndStatuses([
        ...OPENING,
        '二、巡察反馈问题整改落实情况',
        '（一）财务管理不规范问题。【已整改完成】',
        '一是开展财务专项审计；二是修订财务报销制度。',
        '（二）意识形态责任制落实不到位问题。整改进展：已完成。',
        '一是制定意识形态工作责任清单；二是每半年专题研究一次。',
        ...CLOSING,
      ]),
    ).toEqual([
      ['二.(一)', '财务管理不规范', 'completed'],
      ['二.(二)', '意识形态责任制落实不到位', 'completed'],
    ]);
  });

  it('segmentNotice(notice) reads a labelled status line below the heading: 整改状态：已完成, 完成情况：已完成整改, 整改时限：长期坚持', () => {
    expect(
      pathsTitlesAndStatuses([
        ...OPENING,
        '二、巡察反馈问题整改落实情况',
        '1.干部队伍建设不够有力。',
        '整改状态：已完成',
        '整改措施：一是制定干部队伍建设规划；二是开展干部轮岗交流。',
        '2.政府采购管理不规范。',
        '完成情况：已完成整改',
        '整改措施：一是建立采购台账；二是开展专项检查。',
        '3.财务管理不规范。',
        '整改时限：长期坚持',
        '整改措施：一是开展财务专项审计；二是修订财务报销制度。',
        ...CLOSING,
      ]),
    ).toEqual([
      ['二.1', '干部队伍建设不够有力', 'completed'],
      ['二.2', '政府采购管理不规范', 'completed'],
      ['二.3', '财务管理不规范', 'long_term'],
    ]);
  });

  it('segmentNotice(notice) reads a short status clause closing the heading (关于X问题，已完成整改：一是…; X，持续整改。)', () => {
    expect(
      pathsTitlesAndStatuses([
        ...OPENING,
        '二、巡察反馈问题整改落实情况',
        '1.关于公务用车管理不规范问题，已完成整改：一是修订公务用车管理办法；二是开展全面检查。',
        '2.基层党组织建设薄弱，持续整改。',
        '整改情况：一是开展软弱涣散党组织整顿；二是选优配强支部书记。',
        ...CLOSING,
      ]),
    ).toEqual([
      ['二.1', '公务用车管理不规范', 'completed'],
      ['二.2', '基层党组织建设薄弱', 'long_term'],
    ]);
  });

  it('segmentNotice(notice) keeps the section’s status where a problem says nothing, and lets a problem’s own annotation win over it', () => {
    expect(
      pathsTitlesAndStatuses([
        ...OPENING,
        '二、已完成整改的问题',
        '1.干部队伍建设不够有力。',
        '整改情况：一是制定干部队伍建设规划；二是开展干部轮岗交流。',
        '2.财务管理不规范。（持续整改）',
        '整改情况：一是开展财务专项审计；二是修订财务报销制度。',
        '3.意识形态责任制落实不到位（基本完成）',
        '整改情况：一是制定意识形态工作责任清单；二是每半年专题研究一次。',
        ...CLOSING,
      ]),
    ).toEqual([
      ['二.1', '干部队伍建设不够有力', 'completed'],
      ['二.2', '财务管理不规范', 'long_term'],
      ['二.3', '意识形态责任制落实不到位', null],
    ]);
  });

  it('segmentNotice(notice) lets a status line win over a deadline line, and reads 整改进展：已完成整改，并长期坚持 as completed', () => {
    expect(
      pathsTitlesAndStatuses([
        ...OPENING,
        '二、巡察反馈问题整改落实情况',
        '1.干部队伍建设不够有力。',
        '整改时限：长期坚持',
        '完成情况：已完成',
        '整改措施：一是制定干部队伍建设规划；二是开展干部轮岗交流。',
        '2.财务管理不规范。',
        '整改措施：一是开展财务专项审计；二是修订财务报销制度。',
        '整改进展：已完成整改，并长期坚持。',
        ...CLOSING,
      ]),
    ).toEqual([
      ['二.1', '干部队伍建设不够有力', 'completed'],
      ['二.2', '财务管理不规范', 'completed'],
    ]);
  });
});

describe('a problem’s status from its body’s first sentence, through segmentNotice', () => {
  it('segmentNotice(notice) reads a first sentence made wholly of status words (已完成整改。, 该问题已整改完成。, 持续推进。) as the problem’s status, winning over its section’s', () => {
    expect(
      pathsTitlesAndStatuses([
        ...OPENING,
        '二、需长期坚持整改的问题',
        '1.财务管理不规范。已完成整改。一是开展专项审计；二是修订财务制度。',
        '2.档案管理不规范。',
        '该问题已整改完成。一是开展档案清理；二是推行电子归档。',
        '3.干部培训不足。',
        '持续推进。一是制定培训计划；二是开展轮训。',
        '4.政府采购管理不规范。',
        '一是建立采购台账；二是开展专项检查。',
        ...CLOSING,
      ]),
    ).toEqual([
      ['二.1', '财务管理不规范', 'completed'],
      ['二.2', '档案管理不规范', 'completed'],
      ['二.3', '干部培训不足', 'long_term'],
      ['二.4', '政府采购管理不规范', 'long_term'],
    ]);
  });

  it('segmentNotice(notice) gives no status for a first sentence holding other words (已完成3项制度修订。), and reads a closing sentence of status words only (。已完成整改。)', () => {
    expect(
      pathsTitlesAndStatuses([
        ...OPENING,
        '二、巡察反馈问题整改落实情况',
        '1.财务管理不规范。',
        '已完成3项制度修订。一是开展专项审计；二是修订财务制度。',
        '2.档案管理不规范。',
        '一是开展档案清理；二是推行电子归档。已完成整改。',
        '3.干部培训不足。',
        '该问题已完成培训计划制定。一是制定培训计划；二是开展轮训。',
        ...CLOSING,
      ]),
    ).toEqual([
      ['二.1', '财务管理不规范', null],
      // Measures first, then where the problem stands: the closing sentence is the problem's status.
      ['二.2', '档案管理不规范', 'completed'],
      ['二.3', '干部培训不足', null],
    ]);
  });

  it('bodyStatusAnnotation(body) reads the opening sentence 已完成整改。 or 此问题已整改。 and nothing from 已完成3项制度修订。', () => {
    expect(bodyStatusAnnotation('已完成整改。一是修订制度')).toEqual({ status: 'completed' });
    expect(bodyStatusAnnotation('此问题已整改。\n一是修订制度')).toEqual({ status: 'completed' });
    expect(bodyStatusAnnotation('基本完成。一是修订制度')).toEqual({ status: null });
    expect(bodyStatusAnnotation('已完成3项制度修订。一是修订制度')).toBeNull();
  });
});

describe('a problem’s status from its body’s closing sentence', () => {
  it('bodyStatusAnnotation(body) reads a last sentence of status words after a time word and a subject (目前,该问题已完成整改。)', () => {
    expect(bodyStatusAnnotation('一是制定方案;二是开展检查。\n目前,该问题已完成整改。')).toEqual({ status: 'completed' });
    expect(bodyStatusAnnotation('一是修订办法;二是开展审计。\n该问题需长期坚持,持续推进。')).toEqual({ status: 'long_term' });
    expect(bodyStatusAnnotation('一是修订办法;二是开展审计。已基本完成。')).toEqual({ status: null });
    // A last sentence with other words, or other words before its subject, says nothing.
    expect(bodyStatusAnnotation('一是修订办法;二是开展审计。已完成3项制度修订。')).toBeNull();
    expect(bodyStatusAnnotation('一是修订办法。下一步该问题已完成整改')).toBeNull();
  });

  it('segmentNotice(notice) gives the problems of seg4-development-zone-status-closing-sentence the statuses their closing sentences say', () => {
    const text = readFileSync(path.join(fixturesFolder, 'styles', 'seg4-development-zone-status-closing-sentence.txt'), 'utf8');
    const problems = segmentNotice(noticeOfLines(text.split('\n'))).segmentation.problems;
    expect(problems.map((problem) => [problem.path, problem.status])).toEqual([
      ['二.(一).1', 'completed'],
      ['二.(一).2', 'long_term'],
      ['二.(二).3', 'completed'],
      ['二.(二).4', 'long_term'],
    ]);
  });

  it('segmentNotice(notice) gives the unnumbered 存在问题/整改措施/整改结果 blocks of seg4-district-bureau-paren-sections-triple-labels their 整改结果', () => {
    const text = readFileSync(path.join(fixturesFolder, 'styles', 'seg4-district-bureau-paren-sections-triple-labels.txt'), 'utf8');
    const problems = segmentNotice(noticeOfLines(text.split('\n'))).segmentation.problems;
    expect(problems.map((problem) => problem.status)).toEqual(['completed', 'long_term', 'completed']);
  });
});

describe('text that mentions a status without giving one, through segmentNotice', () => {
  it('segmentNotice(notice) gives no status for 已完成 inside measures, a body sentence, a deadline date or a labelled progress report', () => {
    expect(
      pathsTitlesAndStatuses([
        ...OPENING,
        '二、巡察反馈问题整改落实情况',
        '1.干部队伍建设不够有力。',
        '整改情况：一是已完成3项制度修订；二是已完成整改的事项开展“回头看”。',
        '2.财务管理不规范。',
        '截至目前，已完成整改。一是开展财务专项审计；二是修订财务报销制度。',
        '3.政府采购管理不规范。',
        '整改时限：2024年6月底前',
        '整改措施：一是建立采购台账；二是开展专项检查。',
        '4.意识形态责任制落实不到位。',
        '整改进展：已完成3项制度修订，其余持续推进。',
        '一是制定意识形态工作责任清单；二是每半年专题研究一次。',
        ...CLOSING,
      ]),
    ).toEqual([
      ['二.1', '干部队伍建设不够有力', null],
      ['二.2', '财务管理不规范', null],
      ['二.3', '政府采购管理不规范', null],
      ['二.4', '意识形态责任制落实不到位', null],
    ]);
  });

  it('segmentNotice(notice) keeps a finding about long-unrectified work whole in its title, without a status', () => {
    expect(
      pathsTitlesAndStatuses([
        ...OPENING,
        '二、巡察反馈问题整改落实情况',
        '1.审计发现问题整改不彻底，长期未整改到位（2019年审计）。',
        '整改情况：一是逐项梳理审计问题；二是建立整改台账。',
        '2.财务管理不规范。',
        '整改情况：一是开展财务专项审计；二是修订财务报销制度。',
        ...CLOSING,
      ]),
    ).toEqual([
      ['二.1', '审计发现问题整改不彻底，长期未整改到位（2019年审计）', null],
      ['二.2', '财务管理不规范', null],
    ]);
  });
});

describe('readStatusPhrase', () => {
  it('readStatusPhrase(normalizedPhrase) reads phrases made wholly of status words, the first status cue winning', () => {
    expect(readStatusPhrase('已完成整改,并长期坚持')).toEqual({ status: 'completed' });
    expect(readStatusPhrase('正在推进,需长期坚持')).toEqual({ status: 'long_term' });
    expect(readStatusPhrase('基本完成,持续推进')).toEqual({ status: 'long_term' });
    expect(readStatusPhrase('已整改完成')).toEqual({ status: 'completed' });
  });

  it('readStatusPhrase(normalizedPhrase) gives no status for 基本完成 or 阶段性成效 alone, and null for a phrase holding other words', () => {
    expect(readStatusPhrase('基本完成')).toEqual({ status: null });
    expect(readStatusPhrase('已取得阶段性成效')).toEqual({ status: null });
    expect(readStatusPhrase('已完成3项制度修订')).toBeNull();
    expect(readStatusPhrase('整改')).toBeNull();
    expect(readStatusPhrase('2024年6月底前')).toBeNull();
  });
});

describe('statusFromHeading', () => {
  it('statusFromHeading(heading) gives no status to a section of problems basically or not yet completed', () => {
    expect(statusFromHeading('基本完成整改的问题')).toBeNull();
    expect(statusFromHeading('未完成整改的问题')).toBeNull();
    expect(statusFromHeading('已完成整改的问题')).toBe('completed');
  });
});

describe('splitStatusAnnotation and bodyStatusAnnotation', () => {
  it('splitStatusAnnotation(words) splits a bracketed or labelled annotation off the end, and leaves other brackets', () => {
    expect(splitStatusAnnotation('关于干部队伍建设不够有力的问题（整改状态：已完成）')).toEqual({
      finding: '关于干部队伍建设不够有力的问题',
      annotation: { status: 'completed' },
    });
    expect(splitStatusAnnotation('意识形态责任制落实不到位，整改进展：已完成')).toEqual({
      finding: '意识形态责任制落实不到位',
      annotation: { status: 'completed' },
    });
    expect(splitStatusAnnotation('落实“第一议题”制度不到位（2022年）')).toEqual({ finding: '落实“第一议题”制度不到位（2022年）', annotation: null });
  });

  it('bodyStatusAnnotation(body) reads 【完成情况】已完成 and a deadline only where no status line gives one', () => {
    expect(bodyStatusAnnotation('【完成情况】已完成整改。\n一是修订制度')).toEqual({ status: 'completed' });
    expect(bodyStatusAnnotation('整改时限:长期坚持\n完成情况:基本完成')).toEqual({ status: 'long_term' });
    expect(bodyStatusAnnotation('整改情况:一是已完成3项制度修订')).toBeNull();
  });
});

describe('the styles fixture of a notice marking each problem’s status', () => {
  it('segmentNotice(notice) gives each problem of county-problem-status-marks the status it marks, 基本完成，长期坚持 long-term and an unmarked one null', () => {
    const text = readFileSync(path.join(fixturesFolder, 'styles', 'county-problem-status-marks.txt'), 'utf8');
    const problems = segmentNotice(noticeOfLines(text.split('\n'))).segmentation.problems;
    expect(problems.map((problem) => [problem.path, problem.status])).toEqual([
      ['二.(一).1', 'completed'],
      ['二.(一).2', 'long_term'],
      ['二.(一).3', 'completed'],
      ['二.(二).4', 'completed'],
      ['二.(二).5', 'completed'],
      ['二.(二).6', 'long_term'],
      ['二.(三).7', 'long_term'],
      ['二.(三).8', null],
    ]);
  });
});
