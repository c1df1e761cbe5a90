import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../pipeline/text/chinese-numerals';

describe('parseChineseNumber', () => {
  it('reads units, tens and hundreds as notices write them', () => {
    expect(parseChineseNumber('四')).toBe(4);
    expect(parseChineseNumber('十')).toBe(10);
    expect(parseChineseNumber('十一')).toBe(11);
    expect(parseChineseNumber('二十三')).toBe(23);
    expect(parseChineseNumber('一百零八')).toBe(108);
    expect(parseChineseNumber('两')).toBe(2);
    expect(parseChineseNumber('三万五千')).toBe(35_000);
  });

  it('passes digits through and rejects anything else', () => {
    expect(parseChineseNumber('56')).toBe(56);
    expect(parseChineseNumber('')).toBeNull();
    expect(parseChineseNumber('个')).toBeNull();
  });
});
