import { describe, expect, it } from 'vitest';
import { segmentNotice } from '../pipeline/segment';
import { noticeOfLines } from './helpers/notice-lines';

/** Each problem `segmentNotice` finds in the lines: path, title, status and measure count. */
function problemsOf(lines: readonly string[]): [string, string, string | null, number][] {
  const { segmentation } = segmentNotice(noticeOfLines(lines));
  return segmentation.problems.map((problem) => [problem.path, problem.title, problem.status, problem.measures.length]);
}

const OPENING = '根据区委统一部署，区委第一巡察组对区水利局党组进行了巡察。现将整改情况公布如下。';

describe('segmentNotice on layouts of the third segmentation audit', () => {
  it('segmentNotice(notice) reads a page’s continuation notes ((上接第1页), (下转第3页)) as furniture, not as part of a measure', () => {
    const { segmentation } = segmentNotice(
      noticeOfLines([
        OPENING,
        '一、全面从严治党方面',
        '（一）主体责任落实不到位。',
        '整改情况：一是制定主体责任清单。二是开展专项行动，',
        '（上接第1页）',
        '清理问题台账12项。',
        '（下转第3页）',
        '（二）廉政风险防控不严。',
        '整改情况：一是开展专项检查。二是建立集体研究制度。',
      ]),
    );
    expect(segmentation.problems.map((problem) => problem.path)).toEqual(['一.(一)', '一.(二)']);
    expect(segmentation.problems[0].measures[1].text).toBe('二是开展专项行动，\n清理问题台账12项。');
  });

  it('segmentNotice(notice) takes an area whose findings name no known shortcoming as an area when each finding opens its text with 整改情况:', () => {
    expect(
      problemsOf([
        OPENING,
        '一、全面从严治党方面',
        '（一）主体责任落实不到位。',
        '整改情况：一是制定主体责任清单。二是开展廉政谈话。',
        '二、落实新时代党的组织路线方面',
        '（一）干部队伍结构老化。',
        '整改情况：一是制定年轻干部培养计划。二是公开招聘专业技术人员。',
      ]),
    ).toEqual([
      ['一.(一)', '主体责任落实不到位', null, 2],
      ['二.(一)', '干部队伍结构老化', null, 2],
    ]);
  });

  it('segmentNotice(notice) reads (一)立行立改情况 beside the areas as how the work was done, neither a problem nor an area', () => {
    const { segmentation } = segmentNotice(
      noticeOfLines([
        OPENING,
        '一、巡察反馈问题整改落实情况',
        '（一）立行立改情况。巡察期间，即知即改：一是重新组织公开招标。二是增设护栏。',
        '（二）党的政治建设方面',
        '1.落实意识形态工作责任制不到位。整改情况：一是制定责任清单。二是专题研判。',
        '（三）全面从严治党方面',
        '1.财务管理制度执行不严。整改情况：一是修订财务管理办法。二是开展自查。',
      ]),
    );
    expect(segmentation.areas.map((area) => area.path)).toEqual(['一.(二)', '一.(三)']);
    expect(segmentation.problems.map((problem) => problem.path)).toEqual(['一.(二).1', '一.(三).1']);
  });

  it('segmentNotice(notice) cuts a count of tasks in brackets from a problem’s title, reads a paragraph (1)…(2)… as its measures, and its closing (已完成) or (持续推进) as its status', () => {
    expect(
      problemsOf([
        OPENING,
        '一、巡察反馈问题整改落实情况',
        '（一）全面从严治党方面',
        '1.医药领域腐败问题整治不够深入（共3项整改任务）',
        '（1）开展医药领域腐败问题集中整治。（2）建立医药代表接待登记制度。（3）开展警示教育。（持续推进）',
        '2.财务管理不规范（共2项整改任务）',
        '（1）修订财务管理制度。（2）清退违规发放的补贴。（已完成）',
      ]),
    ).toEqual([
      ['一.(一).1', '医药领域腐败问题整治不够深入', 'long_term', 3],
      ['一.(一).2', '财务管理不规范', 'completed', 2],
    ]);
  });

  it('segmentNotice(notice) still reads a heading whose own text lists measures of its style after a label (1.X。整改情况:1.…2.…) as a heading', () => {
    expect(
      problemsOf([
        OPENING,
        '一、巡察反馈问题整改落实情况',
        '1.落实意识形态工作责任制不到位。整改情况：1.制定责任清单；2.每半年专题研判。',
        '2.财务管理制度执行不严。整改情况：1.修订财务管理办法；2.开展自查。',
      ]).map(([path, title]) => [path, title]),
    ).toEqual([
      ['一.1', '落实意识形态工作责任制不到位'],
      ['一.2', '财务管理制度执行不严'],
    ]);
  });
});
