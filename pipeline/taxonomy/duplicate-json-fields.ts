/**
 * The first field name written twice in one JSON object, or `null`. `JSON.parse` silently keeps
 * the last of two equal fields, which would hide a category or cue list a person wrote.
 * Expects text that `JSON.parse` has already accepted.
 */
// A string is a field name exactly when a colon follows it.
const FIELD_COLON = /\s*:/y;

export function findDuplicateJsonField(json: string): string | null {
  // One set of field names per open object; `null` for an open array.
  const open: (Set<string> | null)[] = [];
  let index = 0;
  while (index < json.length) {
    const character = json[index];
    if (character === '"') {
      const end = endOfString(json, index);
      const current = open[open.length - 1];
      FIELD_COLON.lastIndex = end + 1;
      if (current && FIELD_COLON.test(json)) {
        const name = JSON.parse(json.slice(index, end + 1)) as string;
        if (current.has(name)) return name;
        current.add(name);
      }
      index = end + 1;
      continue;
    }
    if (character === '{') open.push(new Set());
    else if (character === '[') open.push(null);
    else if (character === '}' || character === ']') open.pop();
    index++;
  }
  return null;
}

/** Index of the quote that closes the string opening at `start`, skipping escaped characters. */
function endOfString(json: string, start: number): number {
  let index = start + 1;
  while (index < json.length && json[index] !== '"') index += json[index] === '\\' ? 2 : 1;
  return index;
}
