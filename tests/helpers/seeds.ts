import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { GoldNotice as EvaluatedGoldNotice, GoldProblem as EvaluatedGoldProblem } from '../../pipeline/evaluate/gold-file';
import type { NoticeText } from '../../pipeline/types';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const corpusFolder = path.join(projectRoot, 'corpus');
export const fixturesFolder = path.join(projectRoot, 'tests', 'fixtures');

/** Gold notice as in `tests/fixtures/gold/seeds.json` (see its README): the evaluator's fields and the rest. */
export interface GoldNotice extends Omit<EvaluatedGoldNotice, 'problems'> {
  agency: string;
  level: string;
  inspection_kind: string;
  inspection_body: string;
  areas: { path: string; title: string }[];
  problems: GoldProblem[];
  notes: string;
}

export interface GoldProblem extends EvaluatedGoldProblem {
  id: string;
  number: string;
  area: string | null;
  parent: string | null;
  title_raw: string;
  measures: number;
  status: 'completed' | 'long_term' | null;
  leaf: boolean;
}

export function readGold(): GoldNotice[] {
  const gold = JSON.parse(readFileSync(path.join(fixturesFolder, 'gold', 'seeds.json'), 'utf8'));
  return gold.notices;
}

export function readRecurringGold(): { groups: { topic: string; problem_ids: string[] }[] } {
  return JSON.parse(readFileSync(path.join(fixturesFolder, 'gold', 'recurring.json'), 'utf8'));
}

/** A seed notice from `corpus/` as the ingest stage would give it for a UTF-8 text file. */
export function readSeed(file: string): NoticeText {
  const bytes = readFileSync(path.join(corpusFolder, file));
  return {
    noticeId: file.replace(/\.[^.]+$/, ''),
    file,
    format: 'txt',
    encoding: 'UTF-8',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    text: bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'),
  };
}

export function seedFiles(): string[] {
  return readdirSync(corpusFolder).filter((name) => name.endsWith('.txt')).sort();
}
