import terms from './agency-terms.json';
import { findPlaceMentions, readPlaceChain, type PlaceMention } from './places';

/** Where the notice names the inspected agency, most trusted first. */
export interface AgencySources {
  /** The title line, normalised for parsing: 中共X党组关于…的通报. */
  title: string | null;
  /** The signing body: 中共X党组, 中共X委员会. */
  publisher: string | null;
  /** The agency in the sentence that reports the inspection: 市大数据局党组. */
  agencyAsNamed: string | null;
}

const PARENTHESES = /\(([^)]*)\)/g;
const BRACKETED_NAME_PARTS = new Set<string>(terms.bracketedNameParts);
// 《中共X党组关于…》: a rule or plan issued by the agency's party organisation.
const ISSUED_BY_PARTY = /《([^《》]{2,60}?)(?:党组|党委|委员会)关于/g;

/**
 * The inspected agency's full name without 中共 and 党组/党委: from the title, the signature,
 * the sentence that reports the inspection, or a plan the agency's party organisation issued.
 * A name that leaves out its place (市大数据局) gets the place the notice gives it (东营市大数据局).
 * `text` is normalised for parsing; `mentions` lists its place names.
 */
export function findAgency(sources: AgencySources, text: string, mentions: () => PlaceMention[]): string | null {
  const named = [agencyInTitle(sources.title), sources.publisher, sources.agencyAsNamed]
    .map((candidate) => (candidate ? withoutWrappers(candidate) : ''))
    .filter((candidate) => candidate.length >= 2);
  const placed = named.find(hasPlace);
  if (placed) return withFullForm(placed, text);
  for (const candidate of named) {
    const expanded = withPlaceFromText(candidate, text, mentions());
    if (expanded) return withFullForm(expanded, text);
  }
  return issuedByParty(text)[0] ?? named[0] ?? null;
}

/**
 * 青神县科协 → 青神县科学技术协会 where the notice also writes the name with the full form (a plan its
 * party group issued), with the higher places it writes before it there: 利州区法院 →
 * 广元市利州区人民法院 from 《广元市利州区人民法院涉诉信访工作管理办法》.
 */
export function withFullForm(name: string, text: string): string {
  for (const { short, full } of terms.shortForms) {
    const at = name.lastIndexOf(short);
    if (at < 0) continue;
    const written = name.slice(0, at) + full + name.slice(at + short.length);
    const writtenAt = text.indexOf(written);
    if (writtenAt >= 0) return placesWrittenBefore(text, writtenAt) + written;
  }
  return name;
}

// The longest run of place names that ends right where the full name starts (广元市 before 利州区人民法院).
function placesWrittenBefore(text: string, position: number): string {
  const reach = Math.min(position, terms.longestPlacesBeforeName);
  for (let start = position - reach; start < position; start++) {
    const before = text.slice(start, position);
    if (readPlaceChain(before)?.length === before.length) return before;
  }
  return '';
}

/** The name without 中共, 党组/党委/委员会 and remarks in brackets: 中共海南省大数据管理局委员会 → 海南省大数据管理局 (a company's bracketed 集团 stays). */
export function withoutWrappers(name: string): string {
  let cleaned = withoutRemarks(name).trim();
  for (const prefix of terms.wrapperPrefixes) if (cleaned.startsWith(prefix)) cleaned = cleaned.slice(prefix.length);
  // 共青团南县委员会 is the league's own committee: its 委员会 names the body, not a party organisation over it.
  if (terms.committeeBodyPrefixes.some((prefix) => cleaned.startsWith(prefix))) return cleaned;
  // 中共X街道工作委员会 is the street's party working committee: the street is the agency.
  const held = cleaned.slice(0, -terms.workCommitteeSuffix.length);
  if (cleaned.endsWith(terms.workCommitteeSuffix) && terms.workCommitteeHolders.some((holder) => held.endsWith(holder))) return held;
  const suffix = terms.wrapperSuffixes.find((ending) => cleaned.endsWith(ending) && cleaned.length > ending.length);
  if (suffix) return cleaned.slice(0, -suffix.length);
  return placeOfCommittee(cleaned) ?? cleaned;
}

// 华润(集团)有限公司 keeps its (集团): a registered company name holds such words in brackets.
function withoutRemarks(name: string): string {
  return name.replace(PARENTHESES, (bracketed, inside: string) => (BRACKETED_NAME_PARTS.has(inside) ? bracketed : ''));
}

// 中共乐山市沙湾区委 and 中共湖北省委 are the place's party committee (X委员会 shortened): the place
// itself was inspected. Only a name that is nothing but places before 委 reads so (市发改委 does not).
function placeOfCommittee(name: string): string | null {
  if (!name.endsWith(terms.placeCommitteeSuffix)) return null;
  const place = name.slice(0, -terms.placeCommitteeSuffix.length);
  return place.length > 0 && readPlaceChain(place)?.length === place.length ? place : null;
}

function agencyInTitle(title: string | null): string | null {
  if (!title) return null;
  const about = title.indexOf('关于');
  if (about <= 0) return null;
  const issuer = title.slice(0, about);
  return /巡视|巡察|通报/.test(issuer) ? null : issuer;
}

// Only a name that goes on after its place: 《中共东营市委员会关于…》 is the city's committee, not an agency.
function issuedByParty(text: string): string[] {
  return [...text.matchAll(ISSUED_BY_PARTY)]
    .map((match) => withoutWrappers(match[1]))
    .filter((name) => {
      const chain = readPlaceChain(name);
      return chain !== null && chain.length < name.length;
    });
}

// 国家税务总局东营市税务局 has its place inside the name, not at its start.
function hasPlace(name: string): boolean {
  return readPlaceChain(name) !== null || findPlaceMentions(name).length > 0;
}

function levelPrefixOf(name: string) {
  return terms.levelPrefixes.find(({ prefix }) => name.startsWith(prefix)) ?? null;
}

/**
 * 市大数据局 → 东营市大数据局: first where the notice writes the name after a place of that
 * level (a rule 《东营市大数据局…》), else with the place of that level the notice names most.
 */
function withPlaceFromText(name: string, text: string, mentions: PlaceMention[]): string | null {
  const levelPrefix = levelPrefixOf(name);
  if (levelPrefix) {
    const core = name.slice(levelPrefix.prefix.length);
    const written = placeWrittenBefore(core, text, mentions, levelPrefix.endings);
    if (written) return written + core;
  }
  const writtenWhole = placeWrittenBefore(name, text, mentions, null);
  if (writtenWhole) return writtenWhole + name;
  if (!levelPrefix) return null;
  const place = mostNamedPlace(text, mentions, levelPrefix.endings);
  return place ? place + name.slice(levelPrefix.prefix.length) : null;
}

function placeWrittenBefore(core: string, text: string, mentions: PlaceMention[], endings: string[] | null): string | null {
  const byEnd = new Map(mentions.map((mention) => [mention.end, mention]));
  let best: string | null = null;
  for (let index = text.indexOf(core); index >= 0; index = text.indexOf(core, index + 1)) {
    const place = chainEndingAt(text, index, byEnd);
    if (!place || (endings && !endings.some((ending) => place.endsWith(ending)))) continue;
    if (!best || place.length > best.length) best = place;
  }
  return best;
}

// Consecutive place names (深圳市 + 坪山区) that end exactly at `end`, longest that reads as one chain.
function chainEndingAt(text: string, end: number, byEnd: Map<number, PlaceMention>): string | null {
  const starts: number[] = [];
  for (let mention = byEnd.get(end); mention; mention = byEnd.get(mention.start)) starts.push(mention.start);
  for (const start of starts.reverse()) {
    const place = text.slice(start, end);
    if (readPlaceChain(place)?.length === place.length) return place;
  }
  return null;
}

function mostNamedPlace(text: string, mentions: PlaceMention[], endings: string[]): string | null {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    const name = text.slice(mention.start, mention.end);
    if (endings.some((ending) => name.endsWith(ending))) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, count] of counts) if (!best || count > counts.get(best)!) best = name;
  return best;
}
