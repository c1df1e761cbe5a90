import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintTaxonomy, loadTaxonomy, parseTaxonomy, TaxonomyError, taxonomyHash, type Taxonomy } from '../pipeline/taxonomy';

const folder = mkdtempSync(path.join(tmpdir(), 'taxonomy-'));

function writeTaxonomy(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

const validCategories = [
  { key: 'roads', label: '道路', cues: [{ weight: 2, phrases: ['道路'] }] },
  { key: 'misc', label: '杂项', cues: [] },
];

function thrownBy(action: () => unknown): TaxonomyError {
  try {
    action();
  } catch (error) {
    if (error instanceof TaxonomyError) return error;
    throw error;
  }
  throw new Error('expected a TaxonomyError, got none');
}

describe('loadTaxonomy', () => {
  it('loadTaxonomy() gives the default taxonomy of taxonomy.md: five keys in order with their labels', () => {
    const taxonomy = loadTaxonomy();
    expect(taxonomy.categories.map((category) => category.key)).toEqual(['party', 'finance', 'security', 'business', 'other']);
    expect(taxonomy.categories.map((category) => category.label)).toEqual(['党建', '财务内控', '网络安全', '营商环境', '其他']);
    expect(taxonomy.fallback).toBe('other');
    expect(taxonomy.categories.every((category) => category.cues.length > 0)).toBe(true);
  });

  it('loadTaxonomy() lists the guide\'s typical cues under their categories', () => {
    const cuesOf = (key: string) => loadTaxonomy().categories.find((category) => category.key === key)!.cues.map((cue) => cue.text);
    expect(cuesOf('party')).toEqual(expect.arrayContaining(['三会一课', '三重一大', '意识形态', '选人用人', '八项规定', '形式主义', '廉政']));
    expect(cuesOf('finance')).toEqual(expect.arrayContaining(['财务', '差旅', '固定资产', '经费', '内部控制']));
    expect(cuesOf('security')).toEqual(expect.arrayContaining(['网络安全', '数据安全', '等保', '保密', 'HTTPS']));
    expect(cuesOf('business')).toEqual(expect.arrayContaining(['营商环境', '政务服务', '放管服', '互联网+监管', '招投标']));
  });

  it('loadTaxonomy(file) reads a user taxonomy with its own keys and a named fallback', () => {
    const file = writeTaxonomy('user.json', JSON.stringify({ fallback: 'misc', categories: validCategories }));
    const taxonomy = loadTaxonomy(file);
    expect(taxonomy.categories.map((category) => category.key)).toEqual(['roads', 'misc']);
    expect(taxonomy.fallback).toBe('misc');
    expect(taxonomy.source).toBe(file);
    expect(taxonomy.categories[0].cues).toEqual([{ kind: 'phrase', text: '道路', weight: 2 }]);
  });

  const malformed: [string, string, string][] = [
    ['bad JSON', '{"categories": [', 'TAXONOMY_INVALID_JSON'],
    ['a field written twice', '{"categories": [], "categories": []}', 'TAXONOMY_DUPLICATE_FIELD'],
    ['an unknown field', JSON.stringify({ categories: validCategories, colour: 'red' }), 'TAXONOMY_UNKNOWN_FIELD'],
    ['an unknown cue field', JSON.stringify({ fallback: 'misc', categories: [{ key: 'roads', label: '道路', cues: [{ weight: 1, word: ['道路'] }] }, validCategories[1]] }), 'TAXONOMY_UNKNOWN_FIELD'],
    ['no categories', JSON.stringify({ categories: [] }), 'TAXONOMY_NO_CATEGORIES'],
    ['an empty category', JSON.stringify({ fallback: 'misc', categories: [{ key: 'roads', label: '道路', cues: [] }, validCategories[1]] }), 'TAXONOMY_EMPTY_CATEGORY'],
    ['a cue group without cues', JSON.stringify({ fallback: 'misc', categories: [{ key: 'roads', label: '道路', cues: [{ weight: 1 }] }, validCategories[1]] }), 'TAXONOMY_EMPTY_CATEGORY'],
    ['an invalid pattern', JSON.stringify({ fallback: 'misc', categories: [{ key: 'roads', label: '道路', cues: [{ weight: 1, patterns: ['道路('] }] }, validCategories[1]] }), 'TAXONOMY_INVALID_PATTERN'],
    ['a pattern matching the empty string', JSON.stringify({ fallback: 'misc', categories: [{ key: 'roads', label: '道路', cues: [{ weight: 1, patterns: ['道*'] }] }, validCategories[1]] }), 'TAXONOMY_PATTERN_MATCHES_EMPTY'],
    ['a duplicate key', JSON.stringify({ fallback: 'misc', categories: [...validCategories, { key: 'roads', label: '公路', cues: [{ weight: 1, phrases: ['公路'] }] }] }), 'TAXONOMY_DUPLICATE_KEY'],
    ['a duplicate label', JSON.stringify({ fallback: 'misc', categories: [...validCategories, { key: 'highways', label: '道路', cues: [{ weight: 1, phrases: ['公路'] }] }] }), 'TAXONOMY_DUPLICATE_LABEL'],
    ['a weight of zero', JSON.stringify({ fallback: 'misc', categories: [{ key: 'roads', label: '道路', cues: [{ weight: 0, phrases: ['道路'] }] }, validCategories[1]] }), 'TAXONOMY_INVALID_WEIGHT'],
    ['a label that is not a string', JSON.stringify({ fallback: 'misc', categories: [{ key: 'roads', label: 7, cues: [{ weight: 1, phrases: ['道路'] }] }, validCategories[1]] }), 'TAXONOMY_INVALID_FIELD'],
    ['a fallback that is no key', JSON.stringify({ fallback: 'nothing', categories: validCategories }), 'TAXONOMY_UNKNOWN_FALLBACK'],
    ['no fallback and no other', JSON.stringify({ categories: [validCategories[0]] }), 'TAXONOMY_UNKNOWN_FALLBACK'],
  ];

  for (const [fault, text, code] of malformed) {
    it(`loadTaxonomy(file) with ${fault} throws ${code} naming the file`, () => {
      const file = writeTaxonomy(`${code}.json`, text);
      const error = thrownBy(() => loadTaxonomy(file));
      expect(error.code).toBe(code);
      expect(error.message).toContain(file);
      expect(error.message.startsWith(`${code}: `)).toBe(true);
    });
  }

  it('loadTaxonomy(file) with a missing file throws TAXONOMY_FILE_UNREADABLE', () => {
    expect(thrownBy(() => loadTaxonomy(path.join(folder, 'absent.json'))).code).toBe('TAXONOMY_FILE_UNREADABLE');
  });

  it('loadTaxonomy(file) names the faulty pattern and its category', () => {
    const file = writeTaxonomy('pattern.json', JSON.stringify({ fallback: 'misc', categories: [{ key: 'roads', label: '道路', cues: [{ weight: 1, patterns: ['道路('] }] }, validCategories[1]] }));
    expect(thrownBy(() => loadTaxonomy(file)).message).toContain('categories[0].cues[0] (roads).patterns[0] /道路(/');
  });
});

describe('lintTaxonomy', () => {
  const taxonomy: Taxonomy = {
    name: 'lint sample',
    source: null,
    fallback: 'misc',
    categories: [
      { key: 'money', label: '钱', description: '', cues: [{ kind: 'phrase', text: '资金', weight: 2 }, { kind: 'phrase', text: '报销', weight: 2 }, { kind: 'pattern', text: '(?=预算)', weight: 1 }] },
      { key: 'projects', label: '项目', description: '', cues: [{ kind: 'phrase', text: '资金', weight: 1 }, { kind: 'term', text: '专项资金', weight: 2 }] },
      { key: 'misc', label: '其他', description: '', cues: [] },
    ],
  };

  it('lintTaxonomy(taxonomy) finds a cue listed under two categories', () => {
    expect(lintTaxonomy(taxonomy)).toContainEqual(expect.objectContaining({ code: 'CUE_IN_TWO_CATEGORIES', category: 'money', cue: '资金', otherCategory: 'projects' }));
  });

  it('lintTaxonomy(taxonomy) finds a cue inside another category\'s cue', () => {
    expect(lintTaxonomy(taxonomy)).toContainEqual(expect.objectContaining({ code: 'CUE_INSIDE_OTHER_CATEGORY_CUE', category: 'money', cue: '资金', otherCategory: 'projects', otherCue: '专项资金' }));
  });

  it('lintTaxonomy(taxonomy, corpusTexts) finds cues that never match and patterns that match empty strings', () => {
    const findings = lintTaxonomy(taxonomy, ['专项资金用于年度预算。']);
    expect(findings.filter((finding) => finding.code === 'CUE_NEVER_MATCHES').map((finding) => finding.cue)).toEqual(['报销']);
    expect(findings).toContainEqual(expect.objectContaining({ code: 'PATTERN_MATCHES_EMPTY', category: 'money', cue: '(?=预算)' }));
  });

  it('lintTaxonomy(taxonomy) without corpus texts reports no unmatched cues', () => {
    expect(lintTaxonomy(taxonomy).some((finding) => finding.code === 'CUE_NEVER_MATCHES')).toBe(false);
  });

  it('lintTaxonomy(loadTaxonomy()) finds no cue shared between categories in the default taxonomy', () => {
    expect(lintTaxonomy(loadTaxonomy())).toEqual([]);
  });
});

describe('taxonomyHash', () => {
  it('taxonomyHash(taxonomy) is a sha256 that ignores where the file lives and changes with a cue', () => {
    const taxonomy = loadTaxonomy();
    const hash = taxonomyHash(taxonomy);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(taxonomyHash({ ...taxonomy, source: '/elsewhere/taxonomy.json' })).toBe(hash);
    const changed = parseTaxonomy(JSON.stringify({ fallback: 'misc', categories: validCategories }), 'a.json');
    const reweighted = parseTaxonomy(JSON.stringify({ fallback: 'misc', categories: [{ ...validCategories[0], cues: [{ weight: 3, phrases: ['道路'] }] }, validCategories[1]] }), 'a.json');
    expect(taxonomyHash(changed)).not.toBe(taxonomyHash(reweighted));
  });
});
