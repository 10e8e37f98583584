// Word lists and regular-expression fragments shared by the temporal grammar.

const MONTH_NUMBERS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const WEEKDAY_NUMBERS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  'a hundred': 100,
  'a couple of': 2,
  'a couple': 2,
  'a dozen': 12,
  dozen: 12,
};

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** TimeML duration unit letters; `time` units go after the `T`. */
export const UNITS: Record<string, { code: string; time?: boolean; factor?: number }> = {
  second: { code: 'S', time: true },
  minute: { code: 'M', time: true },
  hour: { code: 'H', time: true },
  day: { code: 'D' },
  night: { code: 'D' },
  week: { code: 'W' },
  weekend: { code: 'D', factor: 2 },
  month: { code: 'M' },
  quarter: { code: 'M', factor: 3 },
  year: { code: 'Y' },
  decade: { code: 'Y', factor: 10 },
  century: { code: 'Y', factor: 100 },
  centurie: { code: 'Y', factor: 100 },
};

const norm = (w: string): string =>
  w
    .toLowerCase()
    .replace(/[.\s]+/g, ' ')
    .trim();

export const monthNumber = (w: string): number | undefined => MONTH_NUMBERS[norm(w).replace(/ $/, '')];
export const weekdayNumber = (w: string): number | undefined => WEEKDAY_NUMBERS[norm(w).replace(/s$/, '')];
export const ordinalNumber = (w: string): number | undefined => ORDINALS[norm(w)];

/** A cardinal written in digits or words ("twenty-four", "a few" -> NaN meaning "some"). */
export function cardinal(w: string): number | undefined {
  const s = norm(w).replace(/-/g, ' ');
  if (/^\d+(\.\d+)?$/.test(s)) return parseFloat(s);
  if (/^(a few|few|several|many|some|a number of|numerous)$/.test(s)) return NaN;
  if (s in NUMBER_WORDS) return NUMBER_WORDS[s];
  const parts = s.split(' ');
  if (parts.length === 2 && parts[0] in NUMBER_WORDS && parts[1] in NUMBER_WORDS) {
    const [a, b] = [NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]];
    return b === 100 ? a * 100 : a + b;
  }
  return undefined;
}

/** Unit word (singular or plural) to its UNITS key. */
export function unitKey(w: string): string | undefined {
  const s = w.toLowerCase().replace(/s$/, '');
  return s in UNITS ? s : s === 'centurie' ? 'century' : undefined;
}

// Regular-expression fragments. `_` in a pattern stands for in-line white space and `_?` for
// optional white space (never a line break, so an expression never crosses paragraphs).
export const MONTH =
  '(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|\\b))';
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A weekday, also abbreviated; only safe right before a written date ("Mon 13 Oct 2025"). */
export const WEEKDAY_OR_ABBR = `(?:${WEEKDAY}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?)`;
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b';
export const YEAR = '(?:1[0-9]\\d\\d|20\\d\\d)\\b';
const SMALL =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
  'sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
export const NUMBER =
  `(?:\\d{1,3}(?:\\.\\d+)?|(?:${TENS})(?:(?:-|_)(?:${SMALL}))?|${SMALL}|a_(?:few|couple(?:_of)?|dozen|hundred)|an?|` +
  'several|few|many|some|hundreds|dozens)';
export const UNIT = '(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|century|centurie)';
/** Modifiers in front of a date that TimeML keeps inside the expression ("early", "the end of"). */
export const PRE =
  '(?:(?:the_)?(?:very_)?(?:end|beginning|start|middle|close|turn)_of_|(?:early|late|earlier|later|around|sometime)_|mid-_?|mid_)?';

export function compile(source: string, flags = 'gi'): RegExp {
  return new RegExp(source.replace(/_\?/g, '[ \\t\\u00a0]*').replace(/_/g, '[ \\t\\u00a0]+'), flags);
}
