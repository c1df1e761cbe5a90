/**
 * Strings of which every match of the regular expression `source` (Unicode mode) contains at
 * least one, or null when the pattern is not simple enough to tell. `企业[^。;]{0,8}(诉求|投诉)`
 * gives ["企业"]; `围标|串标` gives ["围标", "串标"]; `[0-9]+元` gives ["元"]. A text holding none of
 * them cannot match, so the pattern need not be run on it.
 */
export function requiredLiterals(source: string): string[] | null {
  try {
    const parser = { source, at: 0 };
    const required = parseAlternation(parser);
    return parser.at === source.length ? required : null;
  } catch (error) {
    if (error instanceof TooComplex) return null;
    throw error;
  }
}

/** The pattern uses syntax this reading does not follow; nothing is known about it. */
class TooComplex extends Error {}

interface Parser {
  source: string;
  at: number;
}

/** One element of a sequence: a literal character, or something whose matches are not known. */
type Element = { literal: string } | { required: string[] | null };

// Characters that may follow a backslash to stand for themselves in Unicode mode.
const SYNTAX_CHARACTERS = '^$\\.*+?()[]{}|/';
// Escapes of one letter that stand for a class of characters or a position.
const CLASS_ESCAPES = 'dDsSwWbB';

function parseAlternation(parser: Parser): string[] | null {
  const branches = [parseSequence(parser)];
  while (parser.source[parser.at] === '|') {
    parser.at++;
    branches.push(parseSequence(parser));
  }
  // Every branch must require something for the whole to require one of them.
  if (branches.some((branch) => branch === null)) return null;
  return [...new Set(branches.flatMap((branch) => branch ?? []))];
}

function parseSequence(parser: Parser): string[] | null {
  const elements: Element[] = [];
  while (parser.at < parser.source.length && parser.source[parser.at] !== '|' && parser.source[parser.at] !== ')') {
    const element = parseAtom(parser);
    const repeat = parseQuantifier(parser);
    if (repeat === null) elements.push(element);
    // An optional element requires nothing; a repeated one still requires itself, but cannot be
    // joined to its neighbours as one literal.
    else elements.push({ required: repeat.minimum === 0 ? null : 'literal' in element ? [element.literal] : element.required });
  }
  return strongest(literalRuns(elements));
}

/** Adjacent literal characters joined into one string, each a requirement of its own. */
function literalRuns(elements: Element[]): (string[] | null)[] {
  const requirements: (string[] | null)[] = [];
  let run = '';
  for (const element of elements) {
    if ('literal' in element) {
      run += element.literal;
      continue;
    }
    if (run !== '') requirements.push([run]);
    run = '';
    requirements.push(element.required);
  }
  if (run !== '') requirements.push([run]);
  return requirements;
}

/** The requirement that rules out most texts: its shortest string longest, then fewest strings. */
function strongest(requirements: (string[] | null)[]): string[] | null {
  let best: string[] | null = null;
  for (const requirement of requirements) {
    if (requirement === null || requirement.length === 0) continue;
    if (best === null || shortest(requirement) > shortest(best) || (shortest(requirement) === shortest(best) && requirement.length < best.length)) best = requirement;
  }
  return best;
}

function shortest(strings: string[]): number {
  return Math.min(...strings.map((text) => text.length));
}

function parseAtom(parser: Parser): Element {
  const { source } = parser;
  const character = source[parser.at++];
  if (character === '(') return parseGroup(parser);
  if (character === '[') return skipClass(parser);
  if (character === '.' || character === '^' || character === '$') return { required: null };
  if (character === '\\') {
    const escaped = source[parser.at++];
    if (escaped !== undefined && SYNTAX_CHARACTERS.includes(escaped)) return { literal: escaped };
    if (escaped !== undefined && CLASS_ESCAPES.includes(escaped)) return { required: null };
    throw new TooComplex();
  }
  if ('*+?{}]'.includes(character)) throw new TooComplex();
  // A surrogate pair is one character in Unicode mode; as a literal it is two code units in a row.
  return { literal: character };
}

function parseGroup(parser: Parser): Element {
  const { source } = parser;
  let lookaround = false;
  if (source[parser.at] === '?') {
    const opening = /^\?(:|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(parser.at));
    if (opening === null) throw new TooComplex();
    lookaround = ['=', '!', '<=', '<!'].includes(opening[1]);
    parser.at += opening[0].length;
  }
  const required = parseAlternation(parser);
  if (source[parser.at++] !== ')') throw new TooComplex();
  // A lookaround matches no characters of its own.
  return { required: lookaround ? null : required };
}

function skipClass(parser: Parser): Element {
  const { source } = parser;
  while (parser.at < source.length && source[parser.at] !== ']') parser.at += source[parser.at] === '\\' ? 2 : 1;
  if (source[parser.at++] !== ']') throw new TooComplex();
  return { required: null };
}

/** The quantifier after an atom, if any, with its minimum count. */
function parseQuantifier(parser: Parser): { minimum: number } | null {
  const { source } = parser;
  const character = source[parser.at];
  let minimum: number;
  if (character === '*' || character === '?') minimum = 0;
  else if (character === '+') minimum = 1;
  else if (character === '{') {
    const braces = /^\{(\d+)(,\d*)?\}/.exec(source.slice(parser.at));
    if (braces === null) throw new TooComplex();
    parser.at += braces[0].length - 1;
    minimum = Number(braces[1]);
  } else return null;
  parser.at++;
  if (source[parser.at] === '?') parser.at++;
  return { minimum };
}
