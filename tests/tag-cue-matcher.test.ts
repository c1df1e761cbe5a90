import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForParsing } from '../pipeline/ingest/normalize';
import { emptyCueMatches, type CueMatches } from '../pipeline/tag/cue-matches';
import { matchCues } from '../pipeline/tag/match-cues';
import { findCue, matchableText } from './helpers/find-cues';
import { requiredLiterals } from '../pipeline/text/pattern-literals';
import { taxonomyMatcher } from '../pipeline/tag/taxonomy-matcher';
import { loadTaxonomy, type Cue, type Taxonomy } from '../pipeline/taxonomy';

// Built in code rather than parsed, so that it may hold a pattern validation would refuse
// (one that matches the empty string somewhere), which the matcher must still step over.
const taxonomy: Taxonomy = {
  name: 'test',
  source: null,
  fallback: 'other',
  categories: [
    {
      key: 'words',
      label: '词',
      description: '',
      cues: [
        { kind: 'phrase', text: '两个', weight: 1 },
        { kind: 'phrase', text: '个两', weight: 1 },
        { kind: 'phrase', text: '两个两个', weight: 2 },
        { kind: 'phrase', text: '两', weight: 1 },
        { kind: 'phrase', text: '因私出（境）', weight: 3 },
        { kind: 'term', text: '管理', weight: 1 },
        { kind: 'term', text: 'ＡＢ', weight: 1 },
      ],
    },
    {
      key: 'forms',
      label: '式',
      description: '',
      cues: [
        { kind: 'phrase', text: '两个', weight: 2 },
        { kind: 'pattern', text: '[0-9]+(\\.[0-9]+)?万?元', weight: 1 },
        { kind: 'pattern', text: '(?<!国有)企业', weight: 1 },
        { kind: 'pattern', text: '(?<=管)理*', weight: 1 },
        { kind: 'pattern', text: '[甲乙]{2}', weight: 1 },
      ],
    },
    { key: 'other', label: '其他', description: '', cues: [] },
  ],
};

/** What `findCue` finds for every cue of the taxonomy, in the shape the matcher records it. */
function straightforward(text: string, tokens: string[], enough: number): { cue: Cue; start: number; end: number; count: number }[] {
  const matchable = matchableText(text, tokens);
  return taxonomy.categories.flatMap((category) =>
    category.cues.map((cue) => {
      const occurrences = findCue(cue, matchable);
      const count = cue.kind === 'pattern' ? Math.min(occurrences.length, enough) : occurrences.length;
      return { cue, start: occurrences[0]?.start ?? -1, end: occurrences[0]?.end ?? -1, count };
    }),
  );
}

function compiled(text: string, tokens: string[], enough: number): { cue: Cue; start: number; end: number; count: number }[] {
  const matcher = taxonomyMatcher(taxonomy);
  const matches: CueMatches = matchCues(matcher, text, tokens, enough, emptyCueMatches(matcher.slotCount));
  return taxonomy.categories.flatMap((category, index) =>
    category.cues.map((cue, cueIndex) => {
      const slot = matcher.cueSlots[index][cueIndex];
      const count = matches.count[slot];
      return { cue, start: count > 0 ? matches.start[slot] : -1, end: count > 0 ? matches.end[slot] : -1, count };
    }),
  );
}

describe('matchCues', () => {
  it('matchCues(matcher, text, tokens, enough, matches) finds overlapping phrases as repeated indexOf does', () => {
    const text = '两个两个两个两';
    expect(compiled(text, [], 3)).toEqual(straightforward(text, [], 3));
    const found = compiled(text, [], 3);
    expect(found.find((item) => item.cue.text === '两个两个')).toMatchObject({ start: 0, end: 4, count: 1 });
    expect(found.find((item) => item.cue.text === '个两')).toMatchObject({ start: 1, end: 3, count: 3 });
    expect(found.find((item) => item.cue.text === '两')).toMatchObject({ start: 0, end: 1, count: 4 });
  });

  it('matchCues(matcher, text, tokens, enough, matches) matches full-width and half-width forms alike', () => {
    const text = '存在因私出(境)未报备、因私出（境）';
    expect(compiled(text, [], 3)).toEqual(straightforward(text, [], 3));
    expect(compiled(text, [], 3).find((item) => item.cue.text === '因私出（境）')).toMatchObject({ start: 2, end: 8, count: 2 });
    const tokens = ['ＡＢ', '系统'];
    expect(compiled('ＡＢ系统', tokens, 3).find((item) => item.cue.text === 'ＡＢ')).toMatchObject({ start: 0, end: 2, count: 1 });
  });

  it('matchCues(matcher, text, tokens, enough, matches) takes a term only as a whole token, at the offset findCue gives', () => {
    const tokens = ['管理制度', '不', '健全', ',', '管理', '松散'];
    const text = '管理制度不健全,管理松散';
    expect(compiled(text, tokens, 3)).toEqual(straightforward(text, tokens, 3));
    expect(compiled(text, tokens, 3).find((item) => item.cue.text === '管理')).toMatchObject({ start: 8, end: 10, count: 1 });
  });

  it('matchCues(matcher, text, tokens, enough, matches) runs patterns like matchAll, counting up to enough', () => {
    const text = '国有企业退回3.5万元,民营企业退回２万元,管理理顺,甲乙丙';
    expect(compiled(text, [], 3)).toEqual(straightforward(text, [], 3));
    expect(compiled(text, [], 1)).toEqual(straightforward(text, [], 1));
    const found = compiled(text, [], 3);
    expect(found.find((item) => item.cue.text === '(?<!国有)企业')).toMatchObject({ start: 14, end: 16, count: 1 });
    expect(found.find((item) => item.cue.text.includes('万?元'))).toMatchObject({ start: 6, end: 11, count: 2 });
  });

  it('matchCues(matcher, text, tokens, enough, matches) agrees with findCue on random texts of the cues\' characters', () => {
    // Few characters per text, so that overlaps, repeats and near misses are common.
    const alphabets = ['两个', '两个管', '管理 ,', '因私出境（）()', 'ＡＢAB管理', '国有企业民营', '0123456789.万元', '甲乙丙', '两个管理国企业元甲乙,。'];
    const tokenized = fc.constantFrom(...alphabets).chain((alphabet) =>
      fc.array(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 4 }).map((token) => token.join('')), { maxLength: 30 }),
    );
    fc.assert(
      fc.property(tokenized, fc.integer({ min: 1, max: 4 }), (tokens, enough) => {
        const text = tokens.join('');
        expect(compiled(text, tokens, enough)).toEqual(straightforward(text, tokens, enough));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('requiredLiterals', () => {
  it('requiredLiterals(source) gives the strings one of which every match holds', () => {
    expect(requiredLiterals('企业[^。;]{0,8}(诉求|投诉)')).toEqual(['企业']);
    expect(requiredLiterals('围标|串标')).toEqual(['围标', '串标']);
    expect(requiredLiterals('[0-9]+(\\.[0-9]+)?万?元')).toEqual(['元']);
    expect(requiredLiterals('(?<!国有)企业')).toEqual(['企业']);
    expect(requiredLiterals('因私出(国|境|入境)')).toEqual(['因私出']);
  });

  it('requiredLiterals(source) gives null when a branch requires nothing or the syntax is not followed', () => {
    expect(requiredLiterals('围标|串*')).toBeNull();
    expect(requiredLiterals('\\p{Script=Han}+')).toBeNull();
    expect(requiredLiterals('(甲)乙?\\1')).toBeNull();
  });

  it('requiredLiterals(source) knows a required string for every pattern of the default taxonomy, and each match holds one', () => {
    const patterns = loadTaxonomy().categories.flatMap((category) => category.cues.filter((cue) => cue.kind === 'pattern'));
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) {
      const literals = requiredLiterals(pattern.text);
      expect(literals, pattern.text).not.toBeNull();
      for (const match of pattern.text.matchAll(/[^\\[\](){}|?*+^$.:<=!,0-9]+/gu)) {
        // Each run of literal characters in the source, tried as a text on its own and in a sentence.
        for (const text of [match[0], `经查,${match[0]}问题。`]) {
          if (new RegExp(pattern.text, 'u').test(text)) expect(literals!.some((literal) => text.includes(literal)), `${pattern.text} on ${text}`).toBe(true);
        }
      }
    }
  });
});

describe('normalizeForParsing', () => {
  it('normalizeForParsing(text) maps full-width forms and wide spaces to half-width, one character for one', () => {
    expect(normalizeForParsing('（一）１．　全角')).toBe('(一)1. 全角');
  });
});
