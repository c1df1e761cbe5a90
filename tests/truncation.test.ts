import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentNotice } from '../pipeline/segment';
import { truncationSign } from '../pipeline/segment/truncation';
import { noticeOfLines } from './helpers/notice-lines';
import { fixturesFolder, readSeed, seedFiles } from './helpers/seeds';

const folder = path.join(fixturesFolder, 'truncation');
const fixtures = ['township-areas-yishi-measures.txt', 'district-area-counts-sentence-measures.txt', 'soe-labelled-progress-lines.txt', 'university-lines-numbered-measures.txt'];

function readFixture(file: string): string {
  return readFileSync(path.join(folder, file), 'utf8');
}

/** The fixture's text up to and including the first occurrence of `piece`. */
function cutAfter(text: string, piece: string): string {
  const at = text.indexOf(piece);
  if (at < 0) throw new Error(`the fixture holds no ${piece}`);
  return text.slice(0, at + piece.length);
}

/** The truncated problem's path and the diagnostic's explanation (after the path), or null. */
function truncation(text: string): [string, string] | null {
  const { segmentation, diagnostics } = segmentNotice(noticeOfLines(text.split('\n')));
  const flagged = segmentation.problems.filter((problem) => problem.truncated).map((problem) => problem.path);
  const diagnostic = diagnostics.find((candidate) => candidate.code === 'SEGMENT_TRUNCATED');
  if (diagnostic === undefined) {
    expect(flagged).toEqual([]);
    return null;
  }
  expect(flagged).toHaveLength(1);
  return [flagged[0], diagnostic.message.replace(`the text stops inside problem ${flagged[0]}`, '')];
}

describe('segmentNotice on complete notices', () => {
  it.each(fixtures)('segmentNotice(%s) flags no problem truncated', (file) => {
    expect(truncation(readFixture(file))).toBeNull();
  });

  it.each(seedFiles())('segmentNotice(seed %s) flags no problem truncated', (file) => {
    const { segmentation, diagnostics } = segmentNotice(readSeed(file));
    expect(segmentation.problems.filter((problem) => problem.truncated)).toEqual([]);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('SEGMENT_TRUNCATED');
  });
});

describe('segmentNotice on notices cut off', () => {
  const cuts: [string, string, [string, string] | null][] = [
    ['township-areas-yishi-measures.txt', '补齐材料8份；', ['二.(三).2', '']],
    ['township-areas-yishi-measures.txt', '（三）基层党组织建设方面', ['二.(三)', '']],
    ['township-areas-yishi-measures.txt', '三是每半年公开一次村级财务。', ['二.(二).2', ': it declares 3 areas and lists 2']],
    ['district-area-counts-sentence-measures.txt', '整改情况：一是建立党员积分管理制度。', ['二.(三).2', ": its list of measures opens and never reaches a second item, where 5 other problems' lists run on"]],
    ['district-area-counts-sentence-measures.txt', '（三）基层党组织建设方面。巡察反馈问题2个，已完成整改2个。', ['二.(三)', ': it stands at the level of the areas 二.(一), 二.(二), which hold problems, and lists none of its own']],
    ['soe-labelled-progress-lines.txt', '开展招标采购专项检查。', ['二.(二).4', ': it stops after its 整改措施 line where every other problem goes on to 整改进展, 责任部门']],
    ['soe-labelled-progress-lines.txt', '补充完善材料21份。', ['二.(二).5', ': it stops after its 整改措施, 整改进展 line where every other problem goes on to 责任部门']],
    ['university-lines-numbered-measures.txt', '（1）修订处级干部选拔任用工作实施办法。', ['二.3', ": its list of measures opens and never reaches a second item, where 2 other problems' lists run on"]],
    ['university-lines-numbered-measures.txt', '（1）开展基建工程项目专项审计，审计项目18个。', ['二.4', ": its list of measures opens and never reaches a second item, where 3 other problems' lists run on"]],
    // Whole problems, no counts declared, no habit broken: nothing tells the cut from an end.
    ['district-area-counts-sentence-measures.txt', '二是开展党员“亮身份、作表率”活动。', null],
    ['university-lines-numbered-measures.txt', '（3）建立年轻干部培养锻炼长效机制。', null],
  ];
  it.each(cuts)('segmentNotice(%s cut after %s) flags %j', (file, piece, expected) => {
    expect(truncation(cutAfter(readFixture(file), piece))).toEqual(expected);
  });

  it('segmentNotice(notice) flags no unfinished list where another problem of the notice also stops at 一是', () => {
    const text = readFixture('district-area-counts-sentence-measures.txt').replace('二是选派23名医师到基层坐诊。', '');
    expect(truncation(cutAfter(text, '整改情况：一是建立党员积分管理制度。'))).toBeNull();
  });

  it('segmentNotice(notice) flags no missing label when the last problem leaves out the first label, so what it gives does not open the others’ sequence', () => {
    const text = readFixture('soe-labelled-progress-lines.txt').replace('整改措施：修订中层管理人员选拔任用办法，开展干部人事档案专项审核。\n', '');
    expect(truncation(cutAfter(text, '补充完善材料21份。'))).toBeNull();
  });

  it('segmentNotice(notice) flags nothing when a closing line follows the last problem’s unfinished list', () => {
    const text = `${cutAfter(readFixture('district-area-counts-sentence-measures.txt'), '整改情况：一是建立党员积分管理制度。')}\n联系电话：0000-3456789。`;
    expect(truncation(text)).toBeNull();
  });
});

describe('truncationSign', () => {
  it('truncationSign(input) reads nothing where something follows the last problem', () => {
    const { segmentation } = segmentNotice(noticeOfLines(cutAfter(readFixture('university-lines-numbered-measures.txt'), '（1）开展基建工程项目专项审计，审计项目18个。').split('\n')));
    const input = { text: '', problems: segmentation.problems.map((problem) => ({ ...problem, truncated: false })), areas: segmentation.areas, firstProblemStart: 0 };
    expect(truncationSign({ ...input, lastProblemReachesEnd: false })).toBeNull();
    expect(truncationSign({ ...input, lastProblemReachesEnd: true })?.index).toBe(3);
  });
});
