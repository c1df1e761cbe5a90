import { describe, expect, it } from 'vitest';
import { processNotice, StageFailure } from '../pipeline/process-notice';
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
