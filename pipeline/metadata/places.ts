import { divisionIndex, type Division } from './divisions';

/** Place names read one after another at the start of a name: 深圳市 + 坪山区. */
export interface PlaceChain {
  /** One entry per place read; several divisions where the name alone is ambiguous (朝阳区). */
  steps: Division[][];
  /** Characters consumed from the start. */
  length: number;
}

/** A full place name found in a notice's text. */
export interface PlaceMention {
  start: number;
  end: number;
  divisions: Division[];
}

const LEVEL_DEPTH = { province: 0, city: 1, district: 2 } as const;

// Two-character names such as 城区, 郊区 or 东区 are ordinary words; a county (赵县) or 芒市 is not.
const SHORT_NAME_ENDINGS = ['县', '市'];

/**
 * Reads the place names a name starts with, each one under the one before it:
 * `深圳市坪山区政务服务数据管理局` → 深圳市, 坪山区. Returns `null` when it starts with none.
 */
export function readPlaceChain(name: string, start = 0): PlaceChain | null {
  const { byName, longestName } = divisionIndex();
  const steps: Division[][] = [];
  let position = start;
  for (;;) {
    const previous = steps.length > 0 ? steps[steps.length - 1] : null;
    let matched: { length: number; divisions: Division[] } | null = null;
    for (let length = Math.min(longestName, name.length - position); length >= 2 && !matched; length--) {
      const candidate = name.slice(position, position + length);
      const divisions = byName.get(candidate);
      if (!divisions) continue;
      if (length === 2 && !previous && !SHORT_NAME_ENDINGS.some((ending) => candidate.endsWith(ending))) continue;
      const fitting = divisions.filter((division) => !previous || previous.some((parent) => isUnder(division, parent)));
      if (fitting.length > 0) matched = { length, divisions: preferHighestLevel(fitting) };
    }
    if (!matched) break;
    steps.push(matched.divisions);
    position += matched.length;
    if (matched.divisions.every((division) => division.level === 'district')) break;
  }
  return steps.length > 0 ? { steps, length: position - start } : null;
}

// Short names of cities run to four characters (巴音郭楞) and to two at least (苏州).
export const LONGEST_CITY_SHORT_NAME = 4;

/**
 * The city whose short name `name` starts with (苏州 of 苏州工艺美术职业技术学院, 宜昌 of
 * 宜昌城市发展投资集团), the longest such name first, among the cities `fits` accepts; `null`
 * where no length names exactly one. A city's full name (苏州市) is a place chain, not read here.
 */
export function cityByShortNameAtStart(name: string, fits: (city: Division) => boolean = () => true): { division: Division; length: number } | null {
  const { byName } = divisionIndex();
  for (let length = LONGEST_CITY_SHORT_NAME; length >= 2; length--) {
    const shortName = name.slice(0, length);
    const cities = byName.get(shortName)?.filter((division) => division.level === 'city' && division.name !== shortName && fits(division)) ?? [];
    if (cities.length === 1) return { division: cities[0], length };
  }
  return null;
}

/** True when `child` lies inside `parent` and one level or more below it. */
export function isUnder(child: Division, parent: Division): boolean {
  if (LEVEL_DEPTH[child.level] <= LEVEL_DEPTH[parent.level]) return false;
  if (parent.level === 'province') return child.provinceCode === parent.code;
  return child.cityCode === parent.code;
}

// A name that is both a city and its only district (东莞市) is read as the city.
function preferHighestLevel(divisions: Division[]): Division[] {
  const highest = Math.min(...divisions.map((division) => LEVEL_DEPTH[division.level]));
  return divisions.filter((division) => LEVEL_DEPTH[division.level] === highest);
}

/** Endings of full place names, and the characters such a name can end with. */
interface PlaceNameEndings {
  /** Every ending (last one, two, three … characters) of a full place name: lets a scan stop early. */
  endings: Set<string>;
  /** Indexed by character code: 1 where some full place name ends with that character. */
  lastCharacters: Uint8Array;
}

let nameEndings: PlaceNameEndings | null = null;

function placeNameEndings(): PlaceNameEndings {
  if (!nameEndings) {
    const endings = new Set<string>();
    const lastCharacters = new Uint8Array(0x10000);
    for (const [name, divisions] of divisionIndex().byName) {
      if (divisions.every((division) => division.name !== name)) continue;
      for (let length = 1; length <= name.length; length++) endings.add(name.slice(-length));
      lastCharacters[name.charCodeAt(name.length - 1)] = 1;
    }
    nameEndings = { endings, lastCharacters };
  }
  return nameEndings;
}

/**
 * Every full place name in a text (three characters or more, or a county), left to right,
 * without overlaps. Reads backwards from each character while what it has read still ends
 * some place name, so most positions cost one lookup.
 */
export function findPlaceMentions(text: string): PlaceMention[] {
  const { byName } = divisionIndex();
  const { endings, lastCharacters } = placeNameEndings();
  const mentions: PlaceMention[] = [];
  for (let end = 1; end <= text.length; end++) {
    // Most characters end no place name (市, 区, 县 … do): a table lookup, no substring to hash.
    if (lastCharacters[text.charCodeAt(end - 1)] === 0) continue;
    const earliestStart = mentions.length > 0 ? mentions[mentions.length - 1].end : 0;
    let longest: PlaceMention | null = null;
    for (let start = end - 1; start >= earliestStart; start--) {
      const candidate = text.slice(start, end);
      if (!endings.has(candidate)) break;
      const divisions = byName.get(candidate);
      if (!divisions || divisions.every((division) => division.name !== candidate)) continue;
      if (candidate.length === 2 && !SHORT_NAME_ENDINGS.some((ending) => candidate.endsWith(ending))) continue;
      longest = { start, end, divisions };
    }
    if (longest) mentions.push(longest);
  }
  return mentions;
}
