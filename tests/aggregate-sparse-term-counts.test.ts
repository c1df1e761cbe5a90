import { describe, expect, it } from 'vitest';
import { sparseTermCounts } from '../pipeline/aggregate/sparse-term-counts';

describe('sparseTermCounts().add(term, occurrences, problems)', () => {
  it('sums both counts per term through the table growing many times', () => {
    const table = sparseTermCounts();
    const expected = new Map<number, [number, number]>();
    // Term numbers spread wide and repeated, 3,000 distinct among 9,000 additions.
    for (let addition = 0; addition < 9_000; addition++) {
      const term = ((addition % 3_000) * 7_919) % 1_000_003;
      table.add(term, 2, 1);
      const [occurrences, problems] = expected.get(term) ?? [0, 0];
      expected.set(term, [occurrences + 2, problems + 1]);
    }
    expect(table.size).toBe(3_000);
    const entries = table.entries().sort(([left], [right]) => left - right);
    expect(entries).toEqual([...expected].sort(([left], [right]) => left - right).map(([term, [occurrences, problems]]) => [term, occurrences, problems]));
    expect(entries.every(([, occurrences, problems]) => occurrences === 6 && problems === 3)).toBe(true);
  });

  it('counts term 0 like any other', () => {
    const table = sparseTermCounts();
    table.add(0, 4, 1);
    table.add(0, 1, 1);
    expect(table.entries()).toEqual([[0, 5, 2]]);
  });
});
