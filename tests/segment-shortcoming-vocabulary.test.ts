import { describe, expect, it } from 'vitest';
import { hasFindingShape, namesShortcomingItself } from '../pipeline/segment/cues';
import { findingParagraphOpeningEnd } from '../pipeline/segment/unnumbered-findings';
import { linesWithoutProblemTitles, readProblemTitles, unrecognisedTitles } from './helpers/shortcoming-titles';
import { pathsTitlesAndMeasures } from './helpers/notice-lines';

// The share of real problem titles (holdout sets, seeds' gold, style fixtures) the segment stage
// recognises as naming a shortcoming: 0.8875 (907 of 1022) before 流于形式, 打折扣, 混乱 … were
// listed, 0.9628 (984 of 1022) after, 0.9863 (1008 of 1022) once the shapes of a finding
// (重X轻Y, 环节多、时限长, 热…冷…, 较重, 存在…风险 as the whole statement) were read too. What
// remains names a wrong act without any judging word (领导干部插手干预工程项目) or is no title.
// The titles are read from every set, so a new set moves the share: with the sixth tagging set
// (whose security and utility findings name acts: 子业务系统存在弱口令, 搭车收费) it is 0.9768
// (1135 of 1162), and 0.9718 (1206 of 1241) with the seventh, whose findings name an act or the
// public's complaint alone (化整为零规避公开招标, 群众查档往返跑, 群众办理不便) or understate
// (力度仍需加强, 还需持续发力, 成效不彰显). Once those acts and complaints were listed (read only in
// words without a measure's verb, as the shapes are) it is 0.9976 (1238 of 1241): what remains is a
// target left undone (任务未完成, whose 未完成 is read as progress) and two gold titles that are no finding.
// The eighth set, the ledger2 and seg7 fixtures brought it to 0.9949 (1355 of 1362) with findings
// named by a backlog or an overrun (办件积压, 超过承诺时限) or by the act alone (公务用车私用, 搭车收取
// 管理费); listed as acts, 0.9978 (1359 of 1362). 超时 and 反映强烈 are not listed: a measure (通报超时
// 办件情况) and an area (群众反映强烈的问题方面) use them.
const RECOGNISED_SHARE_FLOOR = 0.995;

describe('the shortcoming vocabulary of segment-cues.json', () => {
  it('namesShortcomingItself(title) holds for at least the floor share of the fixtures\' problem titles', () => {
    const titles = readProblemTitles();
    const unrecognised = unrecognisedTitles(titles);
    expect(titles.length).toBeGreaterThan(1000);
    expect((titles.length - unrecognised.length) / titles.length).toBeGreaterThanOrEqual(RECOGNISED_SHARE_FLOOR);
  });

  it('namesShortcomingItself(words) recognises the genre\'s general shortcoming words', () => {
    expect(namesShortcomingItself('理论学习中心组学习流于形式')).toBe(true);
    expect(namesShortcomingItself('贯彻中央决策部署打折扣')).toBe(true);
    expect(namesShortcomingItself('编外聘用人员管理混乱')).toBe(true);
    expect(namesShortcomingItself('主体责任落实层层递减')).toBe(true);
    expect(namesShortcomingItself('党风廉政建设宣传教育不经常')).toBe(true);
    expect(namesShortcomingItself('安全生产监管存在盲区')).toBe(true);
    expect(namesShortcomingItself('固定资产账实不符')).toBe(true);
  });

  it('namesShortcomingItself(words) still names nothing for a reference to findings in general', () => {
    expect(namesShortcomingItself('巡察反馈问题')).toBe(false);
    expect(namesShortcomingItself('上轮巡察反馈问题')).toBe(false);
    expect(namesShortcomingItself('党的建设')).toBe(false);
  });

  it('namesShortcomingItself(words) recognises a finding by its shape where no shortcoming word is written', () => {
    expect(namesShortcomingItself('智慧城市项目重建设轻应用')).toBe(true);
    expect(namesShortcomingItself('工程建设项目审批环节多、时限长')).toBe(true);
    expect(namesShortcomingItself('高层次医学人才引进难、流失多')).toBe(true);
    expect(namesShortcomingItself('招商引资签约热闹、落地冷清')).toBe(true);
    expect(namesShortcomingItself('学生课业负担依然较重')).toBe(true);
    expect(namesShortcomingItself('优化营商环境行动少落实差')).toBe(true);
    expect(namesShortcomingItself('不动产登记办理时间长')).toBe(true);
    expect(namesShortcomingItself('“一网通办”事项网上办理率低')).toBe(true);
    expect(namesShortcomingItself('视频监控系统存在安全隐患')).toBe(true);
    expect(namesShortcomingItself('政务新媒体账号长期无人维护,存在被盗用风险')).toBe(true);
    expect(namesShortcomingItself('本单位工程项目存在围标串标现象')).toBe(true);
    expect(namesShortcomingItself('工程建设领域廉洁风险突出')).toBe(true);
  });

  it('namesShortcomingItself(words) recognises a finding that names a wrong act, the public\'s complaint or an understatement alone', () => {
    expect(namesShortcomingItself('工程项目化整为零规避公开招标')).toBe(true);
    expect(namesShortcomingItself('档案查阅利用服务不便民，群众查档往返跑')).toBe(true);
    expect(namesShortcomingItself('异地就医备案渠道单一，群众办理不便')).toBe(true);
    expect(namesShortcomingItself('领导干部插手干预工程项目')).toBe(true);
    expect(namesShortcomingItself('项目资金闲置沉淀')).toBe(true);
    expect(namesShortcomingItself('部分村党组织软弱涣散')).toBe(true);
    expect(namesShortcomingItself('打击电信网络新型违法犯罪力度仍需加强')).toBe(true);
    expect(namesShortcomingItself('作风效能建设成效不彰显')).toBe(true);
  });

  it('hasFindingShape(words) is false for measures that name a wrong act to forbid or remedy it', () => {
    expect(hasFindingShape('开展建筑市场违法分包转包专项检查')).toBe(false);
    expect(hasFindingShape('建立领导干部插手干预工程建设项目记录报告制度')).toBe(false);
    expect(hasFindingShape('盘活村级闲置资产')).toBe(false);
    expect(hasFindingShape('对12个软弱涣散党组织进行整顿')).toBe(false);
    expect(hasFindingShape('追回应由个人承担的费用')).toBe(false);
    expect(hasFindingShape('严禁使用互联网邮箱传输工作敏感信息')).toBe(false);
  });

  it('hasFindingShape(words) is false for measures that quote a finding\'s shape to remedy it and for headings of sections and areas', () => {
    expect(hasFindingShape('解决群众办事难、办事慢问题')).toBe(false);
    expect(hasFindingShape('着力破解人才引进难、留住难问题')).toBe(false);
    expect(hasFindingShape('防范廉洁风险')).toBe(false);
    expect(hasFindingShape('全面排查存在的风险隐患')).toBe(false);
    expect(hasFindingShape('压缩审批环节、缩短办理时限')).toBe(false);
    expect(hasFindingShape('重点轻微违法行为免罚')).toBe(false);
    expect(hasFindingShape('注重建设轻松氛围')).toBe(false);
    expect(hasFindingShape('取得较大进展')).toBe(false);
    expect(hasFindingShape('整改成效较大')).toBe(false);
    expect(hasFindingShape('(二)存在的主要问题')).toBe(false);
    expect(hasFindingShape('二、巡察反馈存在问题整改情况')).toBe(false);
    expect(hasFindingShape('一、党的建设方面')).toBe(false);
  });

  it('hasFindingShape(line) holds for no line of the seeds and style fixtures that is not a problem title', () => {
    const lines = linesWithoutProblemTitles(readProblemTitles());
    expect(lines.length).toBeGreaterThan(1000);
    expect(lines.filter((line) => hasFindingShape(line))).toEqual([]);
  });

  it('findingParagraphOpeningEnd(words) takes an unquoted finding worded with 流于形式', () => {
    expect(findingParagraphOpeningEnd('针对民主生活会流于形式的问题,一是制定方案。')).toBe('针对民主生活会流于形式的问题,'.length);
  });

  it('segmentNotice(notice) reads a heading without a full stop worded with 流于形式 as a finding whose one-line items stay its measures, even one that says it solves 走过场', () => {
    expect(
      pathsTitlesAndMeasures([
        '一、整改工作开展情况',
        '局党组成立整改工作领导小组，逐条制定整改措施。',
        '二、巡察反馈问题整改落实情况',
        '(一)理论学习中心组学习流于形式',
        '1.制定年度学习计划。',
        '2.将学习情况纳入考核，解决学习走过场问题。',
        '(二)贯彻上级决策部署打折扣',
        '1.建立重点工作督办台账。',
        '2.每季度通报落实进度。',
        '三、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    ).toEqual([
      ['二.(一)', '理论学习中心组学习流于形式', 2],
      ['二.(二)', '贯彻上级决策部署打折扣', 2],
    ]);
  });
  it('segmentNotice(notice) reads a heading worded only by its shape (重建设轻应用, 环节多、时限长) as a finding whose one-line items stay its measures', () => {
    expect(
      pathsTitlesAndMeasures([
        '一、整改工作开展情况',
        '局党组成立整改工作领导小组，逐条制定整改措施。',
        '二、巡察反馈问题整改落实情况',
        '(一)信息化项目重建设轻应用',
        '1.开展系统使用情况评估。',
        '2.停用使用率低的系统。',
        '(二)审批环节多、时限长',
        '1.精简审批材料。',
        '2.推行并联审批。',
        '三、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    ).toEqual([
      ['二.(一)', '信息化项目重建设轻应用', 2],
      ['二.(二)', '审批环节多、时限长', 2],
    ]);
  });
});
