import type { AgencyLevel } from '../types';
import type { Division } from './divisions';
import terms from './inspection-terms.json';
import { cityByShortNameAtStart, readPlaceChain, type PlaceMention } from './places';
import { NO_PLACE, placeOf, type AgencyPlace } from './region';

const LEVELS: readonly AgencyLevel[] = ['province', 'city', 'district'];
const COMMITTEE_LEVELS = checkedCommitteeLevels(terms.committeeLevels);
// Longest first, so that 自治区党委 is read before the 区 of a shorter name could be.
const COMMITTEES = Object.keys(COMMITTEE_LEVELS).sort((first, second) => second.length - first.length);
// 十一届衡山县委第二巡察组: the term comes before the place the committee belongs to.
const TERM = /^[一二三四五六七八九十\d]+届/;

/**
 * The place of an agency whose name carries none (苏州工艺美术职业技术学院), from the committee
 * whose group inspected it (`省委第三巡视组`): a province's groups inspect its own bodies and the
 * cities and counties that name themselves, so a body without a place is the province's; likewise
 * for a city's and a county's groups. The region is the place the group's name writes
 * (江苏省委第三巡视组), else that of the city the agency's name starts with (苏州), else the one
 * division of the committee's level the notice names (a community inspected by 县委第五巡察组 on a
 * page that names one county), cut to the committee's level. `null` when the group is no place
 * committee's (中央第十巡视组, 集团公司党委第四巡察组). `inspectionBody` may also be a round (十二届区委第二轮).
 */
export function placeByInspectingCommittee(agency: string, inspectionBody: string | null, namedInNotice: () => PlaceMention[] = () => []): AgencyPlace | null {
  if (!inspectionBody) return null;
  const level = committeeLevel(inspectionBody);
  if (!level) return null;
  const division = placeInGroupName(inspectionBody) ?? cityByShortNameAtStart(agency)?.division ?? onlyDivisionNamed(namedInNotice(), level);
  const { province, city, district } = division ? placeOf([division]).region : NO_PLACE.region;
  return { region: { province, city: level === 'province' ? null : city, district: level === 'district' ? district : null }, level };
}

// The notice names one division of that level and no other (金平苗族瑶族傣族自治县 in its breadcrumb).
function onlyDivisionNamed(mentions: PlaceMention[], level: AgencyLevel): Division | null {
  const named = new Map<string, Division>();
  for (const mention of mentions) {
    const ofLevel = mention.divisions.filter((division) => division.level === level);
    if (ofLevel.length > 1) return null;
    if (ofLevel.length === 1) named.set(ofLevel[0].code, ofLevel[0]);
  }
  return named.size === 1 ? [...named.values()][0] : null;
}

function committeeLevel(inspectionBody: string): AgencyLevel | null {
  let earliest: { index: number; committee: string } | null = null;
  for (const committee of COMMITTEES) {
    const index = inspectionBody.indexOf(committee);
    if (index >= 0 && (!earliest || index < earliest.index)) earliest = { index, committee };
  }
  return earliest ? COMMITTEE_LEVELS[earliest.committee] : null;
}

// 江苏省委第三巡视组 → 江苏省; 阜阳市委医疗卫生领域第六专项巡察组 → 阜阳市.
function placeInGroupName(inspectionBody: string): Division | null {
  const name = inspectionBody.replace(TERM, '');
  const chain = readPlaceChain(name);
  const deepest = chain?.steps[chain.steps.length - 1];
  return deepest && deepest.length === 1 ? deepest[0] : null;
}

function checkedCommitteeLevels(levels: unknown): Record<string, AgencyLevel> {
  const valid =
    typeof levels === 'object' &&
    levels !== null &&
    Object.entries(levels).every(([committee, level]) => committee !== '' && LEVELS.includes(level as AgencyLevel));
  if (!valid) throw new Error('METADATA_TERMS_INVALID: `committeeLevels` in inspection-terms.json must map committee names to province, city or district');
  return levels as Record<string, AgencyLevel>;
}

// The endings a county-level division's name drops when a body is named after it (相城区 → 相城).
const DISTRICT_ENDINGS = /(?:自治县|自治旗|区|县|市|旗)$/u;

/**
 * A body named after its city and then its district's short name (苏州市相城交通投资集团有限公司),
 * inspected by that district's committee (相城区委第二巡察组), belongs to the district: the name
 * read alone stops at the city, `place`. `null` where the group is no district committee of that
 * city or the name does not go on with the district's name.
 */
export function placeInInspectingDistrict(agency: string, place: AgencyPlace, inspectionBody: string | null): AgencyPlace | null {
  if (!inspectionBody || place.level !== 'city' || committeeLevel(inspectionBody) !== 'district') return null;
  const district = placeInGroupName(inspectionBody);
  if (!district || district.level !== 'district' || placeOf([district]).region.city !== place.region.city) return null;
  const chain = readPlaceChain(agency);
  const shortName = district.name.replace(DISTRICT_ENDINGS, '');
  if (!chain || shortName.length < 2 || !agency.startsWith(shortName, chain.length)) return null;
  return placeOf([district]);
}

/**
 * True for a group of a central organ's 党组 that does 巡视 (委党组第二巡视组): a province's
 * departments run 巡察, so such a group inspects a unit of the centre (北京医院), which has no
 * region and none of the three levels. A place committee's group (省委第三巡视组) is not one.
 */
export function isCentralOrganGroup(inspectionBody: string | null): boolean {
  const { holder, kind } = terms.centralOrganGroup;
  if (!inspectionBody || committeeLevel(inspectionBody) !== null) return false;
  const holderAt = inspectionBody.indexOf(holder);
  return holderAt >= 0 && inspectionBody.indexOf(kind, holderAt) > holderAt;
}
