import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../pipeline/taxonomy';
import { createTokenizer } from '../pipeline/tokenize';
import { invalidLabels, readHoldout, scoreHoldout } from './helpers/tagging-holdout';

// Titles written for many kinds of agencies, labelled by taxonomy.md before the tagger was run on
// them: they measure whether the cues describe the genre rather than the five seed notices.
const holdout = readHoldout('tagging-holdout.json');
const taxonomy = loadTaxonomy();

describe('tagProblem on the held-out titles', () => {
  it('the held-out set covers every category, the four named ones with at least 20 problems each', () => {
    expect(holdout.length).toBeGreaterThanOrEqual(150);
    for (const key of ['party', 'finance', 'security', 'business', 'other']) {
      expect(holdout.filter((item) => item.primary === key).length, key).toBeGreaterThanOrEqual(20);
    }
    expect(invalidLabels(holdout, taxonomy)).toEqual([]);
  });

  it('tagProblem(problem, tokens, taxonomy) on the held-out titles reaches primary accuracy >= 0.85 and micro-F1 >= 0.80', () => {
    const scores = scoreHoldout(holdout, taxonomy, createTokenizer(), 'held-out problems');
    expect(scores.primaryAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(scores.microF1).toBeGreaterThanOrEqual(0.8);
  });
});
