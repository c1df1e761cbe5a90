import { describe, expect, it } from 'vitest';
import { segmentNotice } from '../pipeline/segment';
import { areaStatus, splitAreaHeading } from '../pipeline/segment/area-headings';
import { noticeOfLines } from './helpers/notice-lines';

/** The areas `segmentNotice` finds in the lines, and each problem's path, area and status. */
function areasAndProblems(lines: readonly string[]): { areas: [string, string][]; problems: [string, string | null, string | null][] } {
  const { segmentation } = segmentNotice(noticeOfLines(lines));
  return {
    areas: segmentation.areas.map((area) => [area.path, area.title]),
    problems: segmentation.problems.map((problem) => [problem.path, problem.area, problem.status]),
  };
}

describe('area headings with a note in brackets, through segmentNotice', () => {
  it('segmentNotice(notice) cuts a bracketed status note and count from (一)(二) area titles and gives the note’s status to the problems under them', () => {
    expect(
      areasAndProblems([
        '一、巡察反馈问题整改落实情况',
        '（一）政治建设方面（已整改）',
        '1.党建工作责任制落实不到位。',
        '整改情况：一是修订责任清单；二是每季度专题研究。',
        '（二）已完成整改的问题（15个）',
        '1.意识形态工作责任制落实不到位。',
        '整改情况：一是修订工作方案；二是开展专题研究。',
        '（三）业务工作方面（共3个问题）（整改中）',
        '1.财务管理不规范。',
        '整改情况：一是开展专项审计；二是修订财务制度。',
        '（四）作风建设方面（2022年）',
        '1.公务用车管理不严。',
        '整改情况：一是建立派车登记制度；二是开展全面检查。',
        '二、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    ).toEqual({
      areas: [
        ['一.(一)', '政治建设方面'],
        ['一.(二)', '已完成整改的问题'],
        ['一.(三)', '业务工作方面'],
        ['一.(四)', '作风建设方面（2022年）'],
      ],
      problems: [
        ['一.(一).1', '一.(一)', 'completed'],
        ['一.(二).1', '一.(二)', 'completed'],
        ['一.(三).1', '一.(三)', 'long_term'],
        ['一.(四).1', '一.(四)', null],
      ],
    });
  });

  it('segmentNotice(notice) reads top-level 一、X方面（已完成整改） areas the same way, a problem’s own status still winning', () => {
    expect(
      areasAndProblems([
        '一、政治建设方面（已完成整改）',
        '（一）党建工作责任制落实不到位。',
        '整改情况：一是修订责任清单；二是每季度专题研究。',
        '（二）意识形态工作责任制落实不到位。（持续整改）',
        '整改情况：一是修订工作方案；二是开展专题研究。',
        '二、业务工作方面（基本完成）',
        '（一）财务管理不规范。',
        '整改情况：一是开展专项审计；二是修订财务制度。',
      ]),
    ).toEqual({
      areas: [
        ['一', '政治建设方面'],
        ['二', '业务工作方面'],
      ],
      problems: [
        ['一.(一)', '一', 'completed'],
        ['一.(二)', '一', 'long_term'],
        ['二.(一)', '二', null],
      ],
    });
  });
});

describe('splitAreaHeading and areaStatus', () => {
  it('splitAreaHeading(words) takes status notes and counts off the end, and leaves other brackets in the name', () => {
    expect(splitAreaHeading('政治建设方面（已完成整改）')).toEqual({ title: '政治建设方面', annotation: { status: 'completed' } });
    expect(splitAreaHeading('已完成整改的问题（15个）')).toEqual({ title: '已完成整改的问题', annotation: null });
    expect(splitAreaHeading('需长期坚持的问题【共三项】')).toEqual({ title: '需长期坚持的问题', annotation: null });
    expect(splitAreaHeading('作风建设方面（2022年）')).toEqual({ title: '作风建设方面（2022年）', annotation: null });
    expect(splitAreaHeading('（已完成整改）')).toEqual({ title: '（已完成整改）', annotation: null });
  });

  it('areaStatus(words, inherited) prefers the bracketed note, then a status cue in the words, then the inherited status', () => {
    expect(areaStatus('政治建设方面（整改中）', 'completed')).toBe('long_term');
    expect(areaStatus('已完成整改的问题（15个）', null)).toBe('completed');
    expect(areaStatus('业务工作方面', 'long_term')).toBe('long_term');
    expect(areaStatus('业务工作方面（基本完成）', 'completed')).toBeNull();
  });
});

describe('area headings with a count and its progress in brackets', () => {
  it('splitAreaHeading(words) cuts a count with its progress ((15个问题，已完成14个), (共5个问题)) off the name', () => {
    expect(splitAreaHeading('全面从严治党方面（15个问题，已完成14个）')).toEqual({ title: '全面从严治党方面', annotation: null });
    expect(splitAreaHeading('党的建设方面（共5个问题）')).toEqual({ title: '党的建设方面', annotation: null });
    expect(splitAreaHeading('业务工作方面（问题6个，已整改5个，正在整改1个）')).toEqual({ title: '业务工作方面', annotation: null });
    expect(splitAreaHeading('作风建设方面（涉及3个科室）')).toEqual({ title: '作风建设方面（涉及3个科室）', annotation: null });
  });

  it('areaStatus(words, inherited) reads no status from a count’s progress (已完成14个 of 15 problems)', () => {
    expect(areaStatus('全面从严治党方面（15个问题，已完成14个）', null)).toBeNull();
    expect(areaStatus('全面从严治党方面（15个问题，已完成14个）', 'long_term')).toBe('long_term');
  });

  it('segmentNotice(notice) titles (一)X方面（3个问题，已完成2个） areas X方面 and leaves their problems without a status', () => {
    expect(
      areasAndProblems([
        '一、反馈问题整改情况',
        '（一）全面从严治党方面（2个问题，已完成1个）',
        '1.落实主体责任不够有力。',
        '整改情况：一是制定主体责任清单；二是定期听取汇报。',
        '2.廉政风险防控薄弱。',
        '整改情况：一是排查廉政风险点；二是完善防控措施。',
        '（二）党的建设方面（共1个问题）',
        '3.基层党组织建设薄弱。',
        '整改情况：一是规范组织生活；二是开展支部书记轮训。',
        '二、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    ).toEqual({
      areas: [
        ['一.(一)', '全面从严治党方面'],
        ['一.(二)', '党的建设方面'],
      ],
      problems: [
        ['一.(一).1', '一.(一)', null],
        ['一.(一).2', '一.(一)', null],
        ['一.(二).3', '一.(二)', null],
      ],
    });
  });
});
