import { describe, expect, it } from 'vitest';
import { interned } from '../pipeline/aggregate/growable';
import type { NoticeOutcome } from '../pipeline/stream/notice-outcome';
import { createTermResolver, createWorkerTermNumbering, createWorkerVocabularies } from '../pipeline/stream/worker-terms';

type TermsOfOutcome = Pick<NoticeOutcome, 'problemTerms' | 'keywordCounts' | 'numberedTerms'>;

/** The parts of an outcome that carry its terms, one list shared as a worker builds it. */
function outcomeWithTerms(terms: string[]): TermsOfOutcome {
  return {
    problemTerms: { terms, problems: terms.map(() => 1), entries: new Int32Array(0) },
    keywordCounts: { agency: '某局', terms, categories: [] },
  };
}

// Five notices in the run's order, processed by two workers in turns.
const noticeTerms = [
  ['整改', '责任', '落实'],
  ['制度', '整改', '台账'],
  ['落实', '台账', '巡察'],
  ['巡察', '制度', '责任', '问责'],
  ['问责', '整改'],
];

/** Each term's number as the main thread gives it when every notice sends its texts, in the run's order. */
function idsFromTexts(): number[][] {
  const terms = interned();
  const resolver = createTermResolver(terms, null);
  return noticeTerms.map((texts) => resolver.ids(outcomeWithTerms([...texts])));
}

describe('createWorkerTermNumbering(thread).number(outcome)', () => {
  it('replaces the texts by numbers in the worker vocabulary and sends each text once', () => {
    const numbering = createWorkerTermNumbering(7);
    const first = outcomeWithTerms(['整改', '责任']);
    const second = outcomeWithTerms(['责任', '台账']);
    numbering.number(first);
    numbering.number(second);
    expect(first.numberedTerms).toEqual({ owner: '7.0', ids: Int32Array.from([0, 1]), newTerms: ['整改', '责任'], firstNewId: 0 });
    expect(second.numberedTerms).toEqual({ owner: '7.0', ids: Int32Array.from([1, 2]), newTerms: ['台账'], firstNewId: 2 });
    expect(second.problemTerms.terms).toEqual([]);
    expect(second.keywordCounts.terms).toEqual([]);
  });

  it('starts a new vocabulary once the next notice would take it past the limit', () => {
    const numbering = createWorkerTermNumbering(3, 4);
    const first = outcomeWithTerms(['整改', '责任', '落实']);
    const second = outcomeWithTerms(['落实', '台账']);
    numbering.number(first);
    numbering.number(second);
    expect(second.numberedTerms).toEqual({ owner: '3.1', ids: Int32Array.from([0, 1]), newTerms: ['落实', '台账'], firstNewId: 0 });
  });
});

describe('createTermResolver(terms, vocabularies).ids(outcome)', () => {
  it('gives the same run numbers as texts when workers post out of the run order and outcomes are resolved in it', () => {
    // Worker 1 takes notices 0, 2, 4 and worker 2 notices 1, 3; worker 1 posts 2 before 0
    // (its file was read first), with a vocabulary limit small enough to start a second one.
    const workers = new Map([
      [1, createWorkerTermNumbering(1, 5)],
      [2, createWorkerTermNumbering(2)],
    ]);
    const outcomes = noticeTerms.map((texts) => outcomeWithTerms([...texts]));
    const postingOrder: [number, number][] = [[1, 2], [2, 1], [1, 0], [2, 3], [1, 4]];
    const vocabularies = createWorkerVocabularies();
    for (const [worker, notice] of postingOrder) {
      workers.get(worker)!.number(outcomes[notice]);
      vocabularies.received(outcomes[notice].numberedTerms!);
    }
    expect(outcomes[4].numberedTerms!.owner).toBe('1.1');
    const terms = interned();
    const resolver = createTermResolver(terms, vocabularies);
    expect(outcomes.map((outcome) => resolver.ids(outcome))).toEqual(idsFromTexts());
    expect(terms.texts).toEqual(['整改', '责任', '落实', '制度', '台账', '巡察', '问责']);
  });

  it('refuses numbered terms whose worker outcome was never received', () => {
    const outcome = outcomeWithTerms(['整改']);
    createWorkerTermNumbering(9).number(outcome);
    expect(() => createTermResolver(interned(), createWorkerVocabularies()).ids(outcome)).toThrow(/9\.0/);
  });
});
