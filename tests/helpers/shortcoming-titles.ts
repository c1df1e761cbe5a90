import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { normalizeForParsing } from '../../pipeline/ingest/normalize';
import { namesShortcomingItself } from '../../pipeline/segment/cues';
import { corpusFolder, fixturesFolder, readGold, seedFiles } from './seeds';

/** Where a problem title was read from, and the title itself. */
export interface SourcedTitle {
  source: string;
  title: string;
}

/**
 * The problem titles of the tagging holdout sets, the seeds' gold and the style fixtures' expected
 * problems: a corpus of findings as the genre words them, to measure the shortcoming vocabulary on.
 */
export function readProblemTitles(): SourcedTitle[] {
  const titles: SourcedTitle[] = [];
  for (const file of readdirSync(fixturesFolder).filter((name) => /^tagging-holdout.*\.json$/.test(name)).sort()) {
    const holdout = JSON.parse(readFileSync(path.join(fixturesFolder, file), 'utf8')) as { problems: { title: string }[] };
    for (const problem of holdout.problems) titles.push({ source: file, title: problem.title });
  }
  for (const notice of readGold()) {
    for (const problem of notice.problems) titles.push({ source: 'gold/seeds.json', title: problem.title });
  }
  const stylesFolder = path.join(fixturesFolder, 'styles');
  for (const file of readdirSync(stylesFolder).filter((name) => name.endsWith('.expected.json')).sort()) {
    const expected = JSON.parse(readFileSync(path.join(stylesFolder, file), 'utf8')) as { problems: { title: string }[] };
    for (const problem of expected.problems) titles.push({ source: `styles/${file}`, title: problem.title });
  }
  return titles;
}

/** The titles the segment stage's shortcoming test (`namesShortcomingItself`) does not recognise as a finding. */
export function unrecognisedTitles(titles: readonly SourcedTitle[]): SourcedTitle[] {
  return titles.filter(({ title }) => !namesShortcomingItself(title));
}

/**
 * The lines of the seed notices and the style fixtures that hold no problem title (measures, area
 * and section headings, introductions), normalised: no finding shape may be read in one of them.
 */
export function linesWithoutProblemTitles(titles: readonly SourcedTitle[]): string[] {
  const normalizedTitles = titles.map(({ title }) => normalizeForParsing(title)).filter((title) => title.length > 3);
  const stylesFolder = path.join(fixturesFolder, 'styles');
  const files = [
    ...seedFiles().map((name) => path.join(corpusFolder, name)),
    ...readdirSync(stylesFolder).filter((name) => name.endsWith('.txt')).map((name) => path.join(stylesFolder, name)),
  ];
  return files
    .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
    .map((line) => normalizeForParsing(line).trim())
    .filter((line) => line !== '' && !normalizedTitles.some((title) => line.includes(title)));
}
