import type { AgencyLevel, Region } from '../types';
import { divisionIndex, type Division } from './divisions';

/** Where an agency sits: its region and the level of government it belongs to. */
export interface AgencyPlace {
  region: Region;
  level: AgencyLevel | null;
}

/** No region and no level: nothing in the name places it. */
export const NO_PLACE: AgencyPlace = { region: { province: null, city: null, district: null }, level: null };

/** The place of a division, or what several candidates share (with several left, only that is known). */
export function placeOf(candidates: Division[]): AgencyPlace {
  const regions = candidates.map(regionOf);
  const shared = (pick: (region: Region) => string | null) =>
    regions.every((region) => pick(region) === pick(regions[0])) ? pick(regions[0]) : null;
  const levels = new Set(candidates.map((division) => division.level));
  return {
    region: { province: shared((region) => region.province), city: shared((region) => region.city), district: shared((region) => region.district) },
    level: levels.size === 1 ? candidates[0].level : null,
  };
}

function regionOf(division: Division): Region {
  const { byCode, placeholderCityCodes } = divisionIndex();
  const province = byCode.get(division.provinceCode)?.name ?? null;
  if (division.level === 'province') return { province, city: null, district: null };
  if (division.level === 'city') return { province, city: division.name, district: null };
  const cityCode = division.cityCode ?? '';
  let city = byCode.get(cityCode)?.name ?? null;
  if (placeholderCityCodes.has(cityCode)) {
    // A municipality's districts sit under 市辖区 / 县 in the data: the municipality is their city.
    // Province-administered county-level cities (仙桃市) have no city above them.
    city = province?.endsWith('市') ? province : null;
  }
  return { province, city, district: division.name };
}
