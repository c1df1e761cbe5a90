/**
 * Colours readable by colour-blind readers: viridis for the heat map (perceptually even,
 * ordered by lightness as well as hue, so it also survives greyscale printing) and two
 * Okabe–Ito colours for the bars and points of the level chart.
 */

/** Viridis sampled at nine even steps, from 0 to 1. */
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];

/** The colour of a cell whose count is zero: neutral, so that empty cells do not draw the eye. */
export const EMPTY_CELL_COLOUR = '#f2f2f2';

/** Okabe–Ito blue and vermilion. */
export const BAR_COLOUR = '#0072b2';
export const POINT_COLOUR = '#d55e00';

/**
 * The heat-map colour of a share (0–1): viridis read from light to dark, so that a larger
 * share is a darker cell, as a reader expects of ink.
 */
export function heatColour(share: number): string {
  const position = (1 - clamp(share)) * (VIRIDIS.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, VIRIDIS.length - 1);
  const [from, to] = [hexToRgb(VIRIDIS[lower]), hexToRgb(VIRIDIS[upper])];
  const fraction = position - lower;
  return rgbToHex(from.map((channel, index) => channel + (to[index] - channel) * fraction));
}

/** Black or white, whichever reads better on the given background. */
export function textColourOn(background: string): string {
  const luminance = hexToRgb(background)
    .map((channel) => channel / 255)
    .map((channel) => (channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4))
    .reduce((sum, channel, index) => sum + channel * [0.2126, 0.7152, 0.0722][index], 0);
  return luminance > 0.179 ? '#111111' : '#ffffff';
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function hexToRgb(hex: string): number[] {
  return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
}

function rgbToHex(channels: number[]): string {
  return `#${channels.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}
