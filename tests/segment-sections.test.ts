import { describe, expect, it } from 'vitest';
import { segmentNotice } from '../pipeline/segment';
import { noticeOfLines } from './helpers/notice-lines';

describe('problemSections through segmentNotice', () => {
  it('segmentNotice(notice) reads no problems from a section of working methods that enumerates 一是… after the problems', () => {
    const { segmentation } = segmentNotice(
      noticeOfLines([
        '一、具体整改情况',
        '(一)政策落实不够精准。',
        '整改落实情况:一是建立台账;二是开展专项行动。',
        '(二)基金监管存在风险隐患。',
        '整改落实情况:一是专项整治;二是定期评估;三是信息共享。',
        '二、整改工作推进情况',
        '(一)提高政治站位,强化整改担当。一是召开会议专题研究;二是成立领导小组。',
        '(二)健全工作机制,压实整改责任。一是建立清单;二是定期调度。',
      ]),
    );
    expect(segmentation.problems.map((problem) => [problem.path, problem.measures.length])).toEqual([
      ['一.(一)', 2],
      ['一.(二)', 3],
    ]);
  });
});
