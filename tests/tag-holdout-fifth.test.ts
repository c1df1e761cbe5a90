import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../pipeline/taxonomy';
import { createTokenizer } from '../pipeline/tokenize';
import { invalidLabels, readHoldout, scoreHoldout } from './helpers/tagging-holdout';

// A fifth set of problems taken from real notices of kinds the earlier sets hold few of (police,
// environment, land, agriculture, transport, health, civil affairs, statistics, finance departments
// and audit findings, propaganda and united-front departments, market regulation, government
// services, and the data findings of commercial banks), labelled by taxonomy.md and committed
// before the tagger was run on them. The floors below are what the tagger reached on that first,
// blind run.
const holdout = readHoldout('tagging-holdout-fifth.json');
const taxonomy = loadTaxonomy();

describe('tagProblem on the fifth blind held-out set', () => {
  it('the fifth set holds 60 problems, at least 8 for each category, with labels the taxonomy knows', () => {
    expect(holdout.length).toBe(60);
    for (const key of ['party', 'finance', 'security', 'business', 'other']) {
      expect(holdout.filter((item) => item.primary === key).length, key).toBeGreaterThanOrEqual(8);
    }
    expect(invalidLabels(holdout, taxonomy)).toEqual([]);
  });

  it('tagProblem(problem, tokens, taxonomy) on the fifth set keeps primary accuracy >= 0.83 and micro-F1 >= 0.82, its blind run', () => {
    const scores = scoreHoldout(holdout, taxonomy, createTokenizer(), 'fifth-set problems');
    // Blind run, before any tuning on this set: primary accuracy 0.833 (50 of 60), micro-F1 0.829.
    // After the cues were widened for the kinds it missed (preaching theory, team building of any
    // staff, corruption and unhealthy practices, reception without a letter or inside the city,
    // holes a system is found to have, plain-text data, incidents of systems, protection of networks
    // and information, land violations, and 超标准建设 as scale rather than money): 1.000 and 0.984,
    // no longer a blind figure, so the floors stay at the blind run.
    expect(scores.primaryAccuracy).toBeGreaterThanOrEqual(0.83);
    expect(scores.microF1).toBeGreaterThanOrEqual(0.82);
  });
});
