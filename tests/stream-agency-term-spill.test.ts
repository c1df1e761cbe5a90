import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inMemoryAgencyTermStore, type AgencyTermStore } from '../pipeline/aggregate/agency-term-store';
import { createKeywordAccumulator, noticeKeywordCounts } from '../pipeline/aggregate/keywords';
import { processNotice } from '../pipeline/process-notice';
import { agencyTermSpill } from '../pipeline/stream/agency-term-spill';
import { loadTaxonomy } from '../pipeline/taxonomy';
import { createTokenizer } from '../pipeline/tokenize';
import { readSeed, seedFiles } from './helpers/seeds';

const folders: string[] = [];
function temporaryFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'agency-terms-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Every agency's counts as sorted (agency, term, occurrences, problems) rows. */
function collected(store: AgencyTermStore): number[][] {
  const rows: number[][] = [];
  store.forEachAgency((agency, counts) => {
    for (const [term, occurrences, problems] of counts.entries()) rows.push([agency, term, occurrences, problems]);
  });
  return rows.sort((left, right) => left[0] - right[0] || left[1] - right[1]);
}

describe('agencyTermSpill(folder, prefix, { buckets, recordsPerWrite })', () => {
  it('sums what forEachAgency gives as the in-memory store does, holding at most buckets × recordsPerWrite records', () => {
    const folder = temporaryFolder();
    const spill = agencyTermSpill(folder, 'keywords', { buckets: 3, recordsPerWrite: 5 });
    const memory = inMemoryAgencyTermStore();
    let mostHeld = 0;
    // 40 agencies, 25 terms each, every pair added twice (in two notices, far apart).
    for (let round = 0; round < 2; round++) {
      for (let agency = 0; agency < 40; agency++) {
        for (let term = 0; term < 25; term++) {
          const id = (term * 7_919 + agency) % 1_000;
          for (const store of [spill, memory]) store.add(agency, id, term + 1, 1);
          mostHeld = Math.max(mostHeld, spill.heldRecords);
        }
      }
    }
    expect(mostHeld).toBeLessThanOrEqual(15);
    expect(spill.spilledRecords).toBeGreaterThan(1_900);
    expect(readdirSync(folder).sort()).toEqual(['keywords.0.spill', 'keywords.1.spill', 'keywords.2.spill']);
    const rows = collected(spill);
    expect(rows).toEqual(collected(memory));
    expect(rows).toHaveLength(40 * 25);
    expect(rows.find(([agency, term]) => agency === 7 && term === (3 * 7_919 + 7) % 1_000)).toEqual([7, (3 * 7_919 + 7) % 1_000, 8, 2]);
    // Each file is removed once its agencies are visited.
    expect(readdirSync(folder)).toEqual([]);
  });

  it('writes no file while no bucket fills, and discard removes the files of a failed run', () => {
    const folder = temporaryFolder();
    const small = agencyTermSpill(folder, 'small', { buckets: 4, recordsPerWrite: 100 });
    small.add(1, 2, 3, 1);
    expect(readdirSync(folder)).toEqual([]);
    expect(collected(small)).toEqual([[1, 2, 3, 1]]);

    const failed = agencyTermSpill(folder, 'failed', { buckets: 2, recordsPerWrite: 1 });
    failed.add(0, 1, 1, 1);
    failed.add(1, 1, 1, 1);
    expect(readdirSync(folder).sort()).toEqual(['failed.0.spill', 'failed.1.spill']);
    failed.discard();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('gives the keyword table the rows it gives with every agency held in memory', () => {
    const taxonomy = loadTaxonomy();
    const categories = taxonomy.categories.map(({ key, label }) => ({ key, label }));
    const tokenizer = createTokenizer();
    const notices = seedFiles().map((file) => processNotice(readSeed(file), taxonomy, tokenizer));
    const inMemory = createKeywordAccumulator(categories);
    const spilled = createKeywordAccumulator(categories, { agencyTerms: agencyTermSpill(temporaryFolder(), 'keywords', { buckets: 2, recordsPerWrite: 16 }) });
    for (const notice of notices) {
      inMemory.add(noticeKeywordCounts(notice));
      spilled.add(noticeKeywordCounts(notice));
    }
    const table = spilled.table();
    expect(table).toEqual(inMemory.table());
    expect(new Set(table.rows.filter((row) => row[0] === 'agency').map((row) => row[1])).size).toBe(notices.length);
  });
});
