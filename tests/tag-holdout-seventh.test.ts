import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../pipeline/taxonomy';
import { createTokenizer } from '../pipeline/tokenize';
import { invalidLabels, readHoldout, scoreHoldout } from './helpers/tagging-holdout';

// A seventh set of problems taken from, or modelled on, real pages of kinds of agency the earlier
// sets hold few of (the organs of the CPPCC and the people's congress, discipline inspection organs,
// tax, statistics, meteorological and seismic bureaus, archives, government offices administration,
// housing provident fund centres, medical insurance, veterans affairs, emergency management,
// state-owned investment and urban construction groups, supply and marketing cooperatives,
// development zones, university colleges, communities and villages), labelled by taxonomy.md and
// committed before the tagger was run on them. The floors below are what the tagger reached on that
// first, blind run.
const holdout = readHoldout('tagging-holdout-seventh.json');
const taxonomy = loadTaxonomy();

describe('tagProblem on the seventh blind held-out set', () => {
  it('the seventh set holds 60 problems, at least 8 for each category, with labels the taxonomy knows', () => {
    expect(holdout.length).toBe(60);
    for (const key of ['party', 'finance', 'security', 'business', 'other']) {
      expect(holdout.filter((item) => item.primary === key).length, key).toBeGreaterThanOrEqual(8);
    }
    expect(invalidLabels(holdout, taxonomy)).toEqual([]);
  });

  it('tagProblem(problem, tokens, taxonomy) on the seventh set keeps primary accuracy >= 0.88 and micro-F1 >= 0.88, its blind run', () => {
    const scores = scoreHoldout(holdout, taxonomy, createTokenizer(), 'seventh-set problems');
    // Blind run, before any tuning on this set: primary accuracy 0.883 (53 of 60), micro-F1 0.880.
    // After the cues were widened for the kinds it missed (the discipline organs' own case work,
    // 执纪执法, read as enforcement toward the market; office space beyond the standard named after a
    // comma; running about for a service, 跑腿; a project split to avoid open tendering; money earned,
    // 创收, and allowances, 补助): 0.983 and 0.984, no longer a blind figure, so the floors stay at the
    // blind run. The one finding left, a provident fund's loan checks (骗提骗贷), names no money word.
    expect(scores.primaryAccuracy).toBeGreaterThanOrEqual(0.88);
    expect(scores.microF1).toBeGreaterThanOrEqual(0.88);
  });
});
