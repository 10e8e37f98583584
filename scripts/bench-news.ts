/**
 * Seeded generator of news-like text for the benchmark: datelined articles whose paragraphs
 * (one per line) mention people, organisations, places and dates, with full names first and
 * surnames later, as real reporting does. Same seed, same text, so runs are comparable.
 */
import { MONTHS, WEEKDAYS } from '../src/core/dates/describe';

const FIRST = [
  'Maria',
  'James',
  'Aiko',
  'Omar',
  'Elena',
  'Kwame',
  'Li',
  'Sofia',
  'Rahul',
  'Ingrid',
  'Mateo',
  'Fatima',
  'Pierre',
  'Yuki',
  'Daniel',
  'Amara',
  'Tomasz',
  'Grace',
  'Hassan',
  'Lucia',
  'Sven',
  'Nadia',
  'Carlos',
  'Mei',
];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Tanaka',
  'Haddad',
  'Petrov',
  'Mensah',
  'Wei',
  'Moreau',
  'Sharma',
  'Novak',
  'Alvarez',
  'Brennan',
  'Kowalski',
  'Nakamura',
  'Osei',
  'Fischer',
  'Rossi',
  'Demir',
  'Castillo',
  'Park',
  'Dubois',
];
const CITIES = [
  'Nairobi',
  'Lisbon',
  'Osaka',
  'Cairo',
  'Warsaw',
  'Lima',
  'Hanoi',
  'Oslo',
  'Accra',
  'Bogota',
  'Manila',
  'Geneva',
  'Chicago',
  'Mumbai',
  'Istanbul',
  'Melbourne',
  'Toronto',
  'Seoul',
  'Madrid',
  'Jakarta',
];
const COUNTRIES = [
  'Kenya',
  'Portugal',
  'Japan',
  'Egypt',
  'Poland',
  'Peru',
  'Vietnam',
  'Norway',
  'Ghana',
  'Colombia',
  'the Philippines',
  'Switzerland',
  'India',
  'Turkey',
  'Australia',
  'Canada',
  'South Korea',
  'Spain',
  'Indonesia',
];
const ORG_HEADS = [
  'Northwind',
  'Meridian',
  'Atlas',
  'Bluewater',
  'Crescent',
  'Summit',
  'Harbor',
  'Pinecrest',
  'Vantage',
];
const ORG_TAILS = ['Energy', 'Holdings', 'Bank', 'Airlines', 'Pharmaceuticals', 'Motors', 'Telecom', 'Group'];
const INSTITUTIONS = [
  'the United Nations',
  'the World Bank',
  'the European Commission',
  'the Ministry of Finance',
  'the Central Bank',
  'the Supreme Court',
  'the International Monetary Fund',
  'the Red Cross',
  'Parliament',
];
const ROLES = [
  'chief executive',
  'finance minister',
  'spokesperson',
  'senior analyst',
  'prime minister',
  'mayor',
  'foreign minister',
  'chief economist',
  'union leader',
  'opposition leader',
];
const RELATIVE = [
  'last week',
  'next month',
  'earlier this year',
  'two days ago',
  'this morning',
  'last year',
  'in the coming weeks',
  'three months ago',
  'every quarter',
  'for six years',
  'later this month',
];
const TOPICS = [
  'a new trade agreement',
  'rising fuel prices',
  'the budget deficit',
  'flood relief efforts',
  'a long-delayed rail project',
  'interest rates',
  'the election timetable',
  'a merger proposal',
  'drought in the region',
  'new safety rules',
  'the cost of housing',
  'talks on climate finance',
];
const VERBS = ['said', 'told reporters', 'warned', 'announced', 'confirmed', 'argued', 'added'];

/** Small, fast, seedable PRNG (32-bit state). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Slots = Record<string, () => string>;

const TEMPLATES = [
  '{person}, the {role} of {org}, {verb} on {weekday} that {topic} would be discussed in {city}.',
  'Speaking in {city} {relative}, {person} {verb} that {org} expected {topic} to dominate talks with {country}.',
  'On {date}, {org} {verb} it would cut {n} jobs in {country} after {topic} weighed on results.',
  '{again} {verb} the plan had the support of {institution}, which meets again on {date}.',
  'Officials in {country} {verb} {relative} that {topic} had cost about {n} million dollars since {year}.',
  '"We are not there yet," {again} {verb}, adding that a decision was expected by {month} {year}.',
  'The meeting, held at {time} on {weekday}, brought together {person} and representatives of {institution}.',
  'Shares in {org} fell {n} percent in {city} trading {relative}, the lowest level since {month} {year}.',
  '{institution} {verb} in a statement that it had asked {org} to explain {topic} by {date}.',
  'Critics, including {person} of {org}, said {topic} had been ignored for {n} years.',
  'Protesters gathered outside the offices of {org} in {city} on {weekday} evening.',
  'According to {again}, talks between {country} and {country} will resume {relative}.',
];

/** Writes one article of roughly `words` words: a dateline paragraph, then one paragraph per line. */
function article(rand: () => number, words: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const people: string[] = [];
  const slots: Slots = {
    person: () => {
      const name = `${pick(FIRST)} ${pick(LAST)}`;
      people.push(name);
      return name;
    },
    again: () => (people.length ? pick(people).split(' ')[1] : `${pick(FIRST)} ${pick(LAST)}`),
    role: () => pick(ROLES),
    org: () => `${pick(ORG_HEADS)} ${pick(ORG_TAILS)}`,
    institution: () => pick(INSTITUTIONS),
    city: () => pick(CITIES),
    country: () => pick(COUNTRIES),
    verb: () => pick(VERBS),
    weekday: () => pick(WEEKDAYS),
    month: () => pick(MONTHS),
    year: () => String(1990 + Math.floor(rand() * 36)),
    date: () => `${pick(MONTHS)} ${1 + Math.floor(rand() * 28)}, ${2020 + Math.floor(rand() * 6)}`,
    time: () => `${1 + Math.floor(rand() * 11)} ${rand() < 0.5 ? 'a.m.' : 'p.m.'}`,
    relative: () => pick(RELATIVE),
    topic: () => pick(TOPICS),
    n: () => String(2 + Math.floor(rand() * 400)),
  };
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot]());
  const sentence = () => {
    const s = fill(pick(TEMPLATES));
    return s[0].toUpperCase() + s.slice(1);
  };
  const paragraphs = [`${pick(CITIES).toUpperCase()} – ${sentence()} ${sentence()}`];
  let count = paragraphs[0].split(' ').length;
  while (count < words) {
    const sentences = Array.from({ length: 1 + Math.floor(rand() * 4) }, sentence);
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    count += paragraph.split(' ').length;
  }
  return paragraphs.join('\n');
}

/** News text of at least `words` words, as articles of 400–1,200 words separated by blank lines. */
export function generateNews(words: number, seed = 1): string {
  const rand = seededRandom(seed);
  const articles: string[] = [];
  let count = 0;
  while (count < words) {
    const size = Math.min(400 + Math.floor(rand() * 800), words - count + 20);
    const text = article(rand, size);
    articles.push(text);
    count += text.split(/\s+/).length;
  }
  return articles.join('\n\n');
}

/** One long article of at least `words` words (for the editing measurements). */
export function generateArticle(words: number, seed = 1): string {
  return article(seededRandom(seed), words);
}
