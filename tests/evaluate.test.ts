import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRun, formatEvaluation } from '../pipeline/evaluate';

// A gold file of two notices (four problems) and a run that found one notice, two of its three
// problems (one title cut differently, one primary wrong) and one problem the gold does not have.
const folder = mkdtempSync(path.join(tmpdir(), 'evaluate-'));
const goldFile = path.join(folder, 'gold.json');
const declaredNone = { areas: null, problems: null, sub_problems: null, tasks: null, measures: null, measures_completed: null, measures_basically_completed: null, rules_made: null, money_returned_yuan: null, people_disciplined: null };
const goldNotice = (file: string, problems: unknown[]) => ({
  file, title: '关于整改情况的通报', agency: '某市某局', publisher: null, region: { province: '山东省', city: '东营市', district: null },
  level: 'city', inspection_kind: '巡察', inspection_body: '市委第一巡察组', inspection_round: null, inspection_start: null, inspection_end: null,
  feedback_date: '2025-08-26', published_date: null, declared: { ...declaredNone, areas: 2, problems: 3 }, areas: [], problems, notes: '',
});
writeFileSync(goldFile, JSON.stringify({
  notices: [
    goldNotice('a.txt', [
      { path: '二.(一)', title: '党费收缴不规范', primary: 'party', secondary: [] },
      { path: '二.(二)', title: '差旅费报销不严', primary: 'finance', secondary: [] },
      { path: '二.(三)', title: '网络安全防线未筑牢', primary: 'security', secondary: ['party'] },
    ]),
    goldNotice('b.txt', [{ path: '二.1', title: '营商环境差', primary: 'business', secondary: [] }]),
  ],
}));

const outputs = path.join(folder, 'outputs');
const noticeColumns = 'notice_id,file,title,agency,publisher,province,city,district,level,inspection_kind,inspection_body,inspection_round,inspection_start,inspection_end,feedback_date,published_date,declared_areas,declared_problems,declared_sub_problems,declared_tasks,declared_measures,declared_measures_completed,declared_measures_basically_completed,declared_rules_made,declared_money_returned_yuan,declared_people_disciplined';
const problemColumns = 'problem_id,notice_id,file,agency,path,number,area,parent_id,title,title_raw,measures,status,primary_category,categories,evidence,keywords';
mkdirSync(outputs);
writeFileSync(path.join(outputs, 'notices.csv'), '\uFEFF' + [
  noticeColumns,
  'a,a.txt,关于整改情况的通报,某市某局,,山东省,东营市,,city,巡察,市委第二巡察组,,,,2025-08-26,,2,4,,,,,,,,',
  'c,c.txt,另一个通报,某县某局,,山东省,东营市,某县,district,巡察,县委巡察组,,,,,,,,,,,,,,,',
].join('\r\n') + '\r\n');
writeFileSync(path.join(outputs, 'problems.csv'), '\uFEFF' + [
  problemColumns,
  'a#1,a,a.txt,某市某局,二.(一),(一),,,党费收缴不规范,(一)党费收缴不规范。,2,,党建,党建,"party:党费@title",党费',
  'a#2,a,a.txt,某市某局,二.（二）,（二）,,,差旅费报销不严问题,(二)差旅费报销不严问题。,1,,党建,党建;财务内控,"",差旅费',
  'a#4,a,a.txt,某市某局,二.(四),(四),,,下一步工作打算,(四)下一步工作打算。,0,,其他,其他,"",',
  'c#1,c,c.txt,某县某局,二.(一),(一),,,档案管理不规范,(一)档案管理不规范。,0,,其他,其他,"",',
].join('\r\n') + '\r\n');

describe('evaluateRun', () => {
  const evaluation = evaluateRun(goldFile, outputs);

  it('evaluateRun(gold, outputs) matches notices by file and lists the missing ones', () => {
    expect(evaluation.notices).toEqual({ gold: 2, found: 1, missing: ['b.txt'] });
  });

  it('evaluateRun(gold, outputs) gives metadata accuracy per field, a missing notice counting as wrong', () => {
    const accuracy = Object.fromEntries(evaluation.metadata.map((field) => [field.field, field.correct]));
    expect(accuracy).toMatchObject({ title: 1, publisher: 1, district: 1, inspection_body: 0, feedback_date: 1, declared_areas: 1, declared_problems: 0, declared_tasks: 1 });
    expect(evaluation.metadata.every((field) => field.total === 2)).toBe(true);
    expect(evaluation.metadata.find((field) => field.field === 'title')!.accuracy).toBe(0.5);
  });

  it('evaluateRun(gold, outputs) scores segmentation by notice and path, and exact titles', () => {
    expect(evaluation.segmentation).toMatchObject({ goldProblems: 4, outputProblems: 3, matched: 2, precision: 2 / 3, recall: 0.5 });
    expect(evaluation.segmentation.f1).toBeCloseTo(4 / 7, 10);
    expect(evaluation.titles).toEqual({ exact: 1, matched: 2, rate: 0.5 });
  });

  it('evaluateRun(gold, outputs) scores categories read back from their labels', () => {
    const { categories } = evaluation;
    expect(categories.problems).toBe(2);
    expect(categories.primaryAccuracy).toBe(0.5);
    expect(categories.perCategory.find((result) => result.key === 'party')).toMatchObject({ label: '党建', truePositives: 1, falsePositives: 1, falseNegatives: 0, precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(categories.perCategory.find((result) => result.key === 'finance')).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0, f1: 1 });
    expect(categories.perCategory.find((result) => result.key === 'security')).toMatchObject({ support: 0, precision: null, f1: null });
    expect(categories.microPrecision).toBe(2 / 3);
    expect(categories.microRecall).toBe(1);
    expect(categories.microF1).toBeCloseTo(0.8, 10);
    expect(categories.macroF1).toBeCloseTo(5 / 6, 10);
    expect(categories.confusion.keys).toEqual(['party', 'finance', 'security', 'business', 'other']);
    expect(categories.confusion.counts[0]).toEqual([1, 0, 0, 0, 0]);
    expect(categories.confusion.counts[1]).toEqual([1, 0, 0, 0, 0]);
  });

  it('evaluateRun(gold, outputs) returns plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(evaluation))).toEqual(evaluation);
  });

  it('evaluateRun(gold, folder) without outputs throws naming the missing file', () => {
    expect(() => evaluateRun(goldFile, folder)).toThrow(/EVALUATE_MISSING_OUTPUT: .*notices\.csv/);
  });
});

describe('formatEvaluation', () => {
  it('formatEvaluation(evaluation) prints the figures as text tables', () => {
    const text = formatEvaluation(evaluateRun(goldFile, outputs));
    expect(text).toContain('Notices: 1 of 2 found (missing: b.txt)');
    expect(text).toMatch(/segmentation\s+4\s+3\s+2\s+66\.7%\s+50\.0%\s+57\.1%/);
    expect(text).toContain('Titles exactly as gold: 1 of 2 (50.0%)');
    expect(text).toContain('Primary category: 1 of 2 (50.0%); all labels micro-F1 80.0%');
    expect(text).toMatch(/finance\s+财务内控\s+1\s+100\.0%\s+100\.0%\s+100\.0%/);
  });
});
