/** Rows of cells as aligned plain-text columns; the first row is the header. */
export function textTable(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column] ?? ''))));
  const line = (row: string[]): string => row.map((cell, column) => pad(cell, widths[column], column > 0)).join('  ').trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

// Chinese characters take two columns in a terminal; padding by string length would misalign them.
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(character) ? 2 : 1;
  return width;
}

function pad(cell: string, width: number, alignRight: boolean): string {
  const padding = ' '.repeat(Math.max(0, width - displayWidth(cell)));
  return alignRight ? padding + cell : cell + padding;
}
