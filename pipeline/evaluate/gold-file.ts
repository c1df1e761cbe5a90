import { readFileSync } from 'node:fs';

/** A gold notice as in `tests/fixtures/gold/seeds.json` (the fields evaluation reads). */
export interface GoldNotice {
  file: string;
  title: string | null;
  agency: string | null;
  publisher: string | null;
  region: { province: string | null; city: string | null; district: string | null };
  level: string | null;
  inspection_kind: string | null;
  inspection_body: string | null;
  inspection_round: string | null;
  inspection_start: string | null;
  inspection_end: string | null;
  feedback_date: string | null;
  published_date: string | null;
  declared: Record<string, number | null>;
  problems: GoldProblem[];
}

export interface GoldProblem {
  path: string;
  title: string;
  primary: string;
  secondary: string[];
}

/** The notices of a gold file; a file that is not gold throws, naming the file. */
export function readGoldFile(file: string): GoldNotice[] {
  const gold = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as { notices?: unknown };
  if (!Array.isArray(gold.notices)) {
    throw new Error(`EVALUATE_INVALID_GOLD: gold file ${file}: expected {"notices": [...]}, got no \`notices\` list`);
  }
  return gold.notices as GoldNotice[];
}
