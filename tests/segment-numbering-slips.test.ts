import { describe, expect, it } from 'vitest';
import { splitLines } from '../pipeline/segment/lines';
import { buildOutline, descendants } from '../pipeline/segment/outline';

const outlineOf = (text: string) => [...descendants(buildOutline(splitLines(text)))].map((node) => node.path);

describe('buildOutline on hand-numbered notices with slips', () => {
  it('buildOutline(lines) keeps a heading whose number skips one, when the skipped number does not follow', () => {
    const text = ['一、甲', '(一)乙', '(二)丙', '(四)丁', '(五)戊', '二、己', '(一)庚', '(三)辛'].join('\n');
    expect(outlineOf(text)).toEqual(['一', '一.(一)', '一.(二)', '一.(四)', '一.(五)', '二', '二.(一)', '二.(三)']);
  });

  it('buildOutline(lines) leaves a skipping number in the body when the skipped number comes next', () => {
    const text = ['一、甲', '(一)乙', '(三)丙', '(二)丁'].join('\n');
    expect(outlineOf(text)).toEqual(['一', '一.(一)', '一.(二)']);
  });

  it('buildOutline(lines) keeps a number typed twice as a sibling with a path of its own', () => {
    const text = ['1.甲', '2.乙', '2.丙', '3.丁', '3.戊'].join('\n');
    expect(outlineOf(text)).toEqual(['1', '2', '2~2', '3', '3~2']);
  });
});

describe('splitLines', () => {
  it('splitLines(text) marks page-number lines as debris and keeps numbers that are content', () => {
    const kinds = splitLines(['- 3 -', '—12—', '第 2 页 共 9 页', '3/9', '2', '3.5亿元', '(一)甲'].join('\n')).map((line) => line.kind);
    expect(kinds).toEqual(['debris', 'debris', 'debris', 'debris', 'content', 'content', 'content']);
  });
});
