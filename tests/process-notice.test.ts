import { describe, expect, it } from 'vitest';
import { processNotice, processNotices, StageFailure, type StageTimings } from '../pipeline/process-notice';
import { loadTaxonomy } from '../pipeline/taxonomy';
import { readSeed, seedFiles } from './helpers/seeds';

describe('processNotice(notice, taxonomy, tokenizer)', () => {
  const notice = readSeed(seedFiles()[0]);
  const taxonomy = loadTaxonomy();

  it('gives one token list and one tagging per problem, with the tokenizer it is given', () => {
    const processed = processNotice(notice, taxonomy, { cut: (text) => [...text] });
    expect(processed.tokens).toHaveLength(processed.segmentation.problems.length);
    expect(processed.taggings).toHaveLength(processed.segmentation.problems.length);
    expect(processed.tokens[0].titleTokens.join('')).toBe(processed.segmentation.problems[0].title);
  });

  it('names the stage that failed when a stage throws', () => {
    const broken = { cut: (): string[] => { throw new Error('dictionary missing'); } };
    expect(() => processNotice(notice, taxonomy, broken)).toThrowError(StageFailure);
    try {
      processNotice(notice, taxonomy, broken);
    } catch (error) {
      expect((error as StageFailure).stage).toBe('tokenize');
      expect((error as StageFailure).message).toBe('dictionary missing');
    }
  });
});

describe('processNotices(notices, taxonomy, tokenizer, timings)', () => {
  const notices = seedFiles().map((file) => readSeed(file));
  const taxonomy = loadTaxonomy();
  const characters = { cut: (text: string) => [...text] };

  it('gives each notice what processNotice gives it alone, in the notices’ order', () => {
    const together = processNotices(notices, taxonomy, characters);
    expect(together).toEqual(notices.map((notice) => processNotice(notice, taxonomy, characters)));
  });

  it('turns a stage failing on one notice into that notice’s StageFailure and leaves the others processed', () => {
    const failing = notices[1].text;
    // Fails on the problems of the second notice only: its texts are not in any other notice.
    const otherTexts = notices.filter((_, index) => index !== 1).map((notice) => notice.text).join('\n');
    const picky = { cut: (text: string) => {
      if (failing.includes(text) && !otherTexts.includes(text)) throw new Error('cannot cut');
      return [...text];
    } };
    const together = processNotices(notices, taxonomy, picky);
    expect(together[1]).toBeInstanceOf(StageFailure);
    expect((together[1] as StageFailure).stage).toBe('tokenize');
    together.forEach((processed, index) => {
      if (index !== 1) expect(processed).toEqual(processNotice(notices[index], taxonomy, characters));
    });
  });

  it('adds each notice’s stage times to its own timings', () => {
    const timings: StageTimings[] = notices.map(() => ({}));
    processNotices(notices, taxonomy, characters, timings);
    for (const timing of timings) expect(Object.keys(timing).sort()).toEqual(['metadata', 'segment', 'tag', 'tokenize']);
  });
});
