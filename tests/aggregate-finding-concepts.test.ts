import { describe, expect, it } from 'vitest';
import concepts from '../pipeline/aggregate/finding-concepts.json' with { type: 'json' };
import { findingConcepts } from '../pipeline/aggregate/finding-concepts';
import { normalizeForParsing } from '../pipeline/ingest/normalize';
import { readGold } from './helpers/seeds';

/** The concepts whose phrases the text contains, in the file's order: the definition, searched phrase by phrase. */
function conceptsSearchedOneByOne(text: string): string[] {
  const normalized = normalizeForParsing(text);
  return Object.entries(concepts.concepts)
    .filter(([, phrases]) => phrases.some((phrase) => normalized.includes(normalizeForParsing(phrase))))
    .map(([concept]) => concept);
}

describe('findingConcepts(text)', () => {
  it('names the recurring findings of the examples it documents', () => {
    expect(findingConcepts('因私出国(境)管理不善')).toEqual(['因私出国']);
    expect(findingConcepts("'一岗双责'执行不到位")).toEqual(['主体责任']);
    expect(findingConcepts('制度执行不力')).toEqual(conceptsSearchedOneByOne('制度执行不力'));
  });

  it('gives what a search for every phrase gives, in the file order, on every title of the gold', () => {
    const titles = readGold().flatMap((notice) => notice.problems.map((problem) => problem.title));
    const named = titles.map(findingConcepts);
    expect(named).toEqual(titles.map(conceptsSearchedOneByOne));
    // Not a vacuous comparison: titles naming one concept and titles naming two.
    expect(named.filter((list) => list.length > 0).length).toBeGreaterThan(20);
    expect(named.some((list) => list.length > 1)).toBe(true);
  });

  it('lists concepts in the file order whatever order the text names them in', () => {
    const [first, second] = Object.entries(concepts.concepts);
    const text = `${second[1][0]}，${first[1][0]}`;
    expect(findingConcepts(text)).toEqual([first[0], second[0]]);
  });
});
