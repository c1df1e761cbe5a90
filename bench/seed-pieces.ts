import { discoverSourceFiles, ingestFile } from '../pipeline/ingest';
import { extractMetadata } from '../pipeline/metadata';
import { segmentNotice } from '../pipeline/segment';

/** A seed notice cut into what a synthetic notice is made of. */
export interface SeedTemplate {
  /** The seed's text. */
  text: string;
  /** Where its top-level problems stand: from after the number to the end of the body, in text order. */
  slots: { start: number; end: number }[];
  /** The place name the agency is named after (东营 in 东营市大数据局), swapped for others to make new agencies. */
  place: string | null;
}

/** The seeds as templates, and every top-level problem (title and rectification text, without its number) as a piece to put in them. */
export interface SeedPieces {
  templates: SeedTemplate[];
  problems: string[];
}

const PLACE_SUFFIX = /(省|市|自治区|自治州|地区|盟|区|县)$/u;

/**
 * Reads the seeds with the pipeline's own ingest, metadata and segment stages and keeps the
 * problems whose heading and body can be found in the text, so that a synthetic notice is
 * laid out as a real one and parses the same way.
 */
export async function readSeedPieces(corpusFolder: string): Promise<SeedPieces> {
  const { files } = await discoverSourceFiles([corpusFolder]);
  const templates: SeedTemplate[] = [];
  const problems: string[] = [];
  for (const source of files) {
    const { notice } = await ingestFile(source);
    if (!notice) continue;
    const { metadata } = extractMetadata(notice);
    const { segmentation } = segmentNotice(notice);
    const slots: SeedTemplate['slots'] = [];
    let cursor = 0;
    for (const problem of segmentation.problems) {
      if (!problem.leaf || problem.parent !== null || problem.body === '') continue;
      const start = notice.text.indexOf(problem.titleRaw, cursor);
      if (start === -1) continue;
      const bodyStart = notice.text.indexOf(problem.body, start + problem.titleRaw.length);
      if (bodyStart === -1) continue;
      const end = bodyStart + problem.body.length;
      slots.push({ start: start + problem.number.length, end });
      problems.push(notice.text.slice(start + problem.number.length, end));
      cursor = end;
    }
    const region = metadata.region.city ?? metadata.region.province ?? metadata.region.district;
    const place = region?.replace(PLACE_SUFFIX, '') ?? null;
    if (slots.length > 0) templates.push({ text: notice.text, slots, place: place && place.length >= 2 ? place : null });
  }
  if (templates.length === 0) throw new Error(`no seed notice with problems in ${corpusFolder}`);
  return { templates, problems };
}
