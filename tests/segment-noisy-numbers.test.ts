import { describe, expect, it } from 'vitest';
import { splitLines } from '../pipeline/segment/lines';
import { buildOutline, descendants } from '../pipeline/segment/outline';
import { recogniseBareHeadingNumber } from '../pipeline/text/heading-numbers';

const outlineOf = (text: string) => [...descendants(buildOutline(splitLines(text)))].map((node) => node.path);

describe('recogniseBareHeadingNumber', () => {
  it('recogniseBareHeadingNumber(line) reads 一 关于… and 1 关于… as the 一、 and 1. they stand for', () => {
    expect(recogniseBareHeadingNumber('一 关于甲的问题')).toEqual({ style: 'chinese', value: 1, numberStart: 0, numberEnd: 2, pathLabel: '一' });
    expect(recogniseBareHeadingNumber('  12  “乙”不到位')).toEqual({ style: 'arabic', value: 12, numberStart: 2, numberEnd: 6, pathLabel: '12' });
  });

  it('recogniseBareHeadingNumber(line) reads no heading in a number without a space, an amount or 一 是', () => {
    expect(recogniseBareHeadingNumber('一年来,局党组')).toBeNull();
    expect(recogniseBareHeadingNumber('3 万元已退回')).toBeNull();
    expect(recogniseBareHeadingNumber('一 是加强学习')).toBeNull();
    expect(recogniseBareHeadingNumber('2019 年完成')).toBeNull();
  });
});

describe('buildOutline with bare numbers', () => {
  it('buildOutline(lines) takes bare numbers as headings where they run 1, 2 in the notice', () => {
    const text = ['一 关于甲方面', '1 乙不到位', '整改情况:一是丙。', '2 丁不严格', '整改情况:一是戊。', '二 关于己方面', '1 庚不够', '整改情况:一是辛。'].join('\n');
    expect(outlineOf(text)).toEqual(['一', '一.1', '一.2', '二', '二.1']);
  });

  it('buildOutline(lines) leaves a lone line that opens with a number and a space in the body', () => {
    const text = ['一、关于甲方面', '(一)乙不到位', '1 个问题已整改,其余正在推进。', '(二)丁不严格', '整改情况:一是戊。'].join('\n');
    expect(outlineOf(text)).toEqual(['一', '一.(一)', '一.(二)']);
  });
});
