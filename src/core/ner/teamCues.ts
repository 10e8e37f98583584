/**
 * A sports side named by its town ("Tarnby beat Harl 2-1", "Tarnby striker Ann Lee") is a body in
 * CoNLL-style news, and a sports report names it so throughout ("Tarnby are close to signing ..."),
 * where nothing but the first mentions says it is the side. So is a club or firm named before one of
 * its posts ("Velkona president Ann Lee"), whose other mentions may read as a surname. These cues let
 * the document pass carry a reading the sentence's rules made at such a mention to every mention of
 * the name.
 */

/** A player's position or a side's post, written between the side's name and the player's ("Velby striker Ann Lee"). */
export const POSITIONS: ReadonlySet<string> = new Set([
  'defender',
  'midfielder',
  'striker',
  'forward',
  'goalkeeper',
  'keeper',
  'winger',
  'playmaker',
  'batsman',
  'batter',
  'bowler',
  'all-rounder',
  'wicketkeeper',
  'captain',
  'coach',
  'manager',
]);

/**
 * A body's post, written between the body's name and its holder's as a side's position is ("Velkona
 * president Ann Lee", "Tarnco chief executive Ann Lee"): a person has no president, chairman, owner or
 * founder, so the name before one is a club, firm or institution. Not "director" alone, nor
 * "spokesman" or "adviser", which a person or a place has too ("Hollywood director", "Obama spokesman").
 */
export const BODY_POSTS: ReadonlySet<string> = new Set([
  'president',
  'chairman',
  'chairwoman',
  'owner',
  'founder',
  'co-founder',
  'boss',
  'CEO',
  'secretary-general',
]);
/**
 * A firm's staff, written between the firm's name and the person's as a body's post is ("Velkona analyst
 * Ann Lee"): banks, brokers and research firms employ analysts, economists and strategists. A place may
 * stand there too, saying where the person works ("Tokyo analyst Ann Lee").
 */
export const FIRM_STAFF: ReadonlySet<string> = new Set(['analyst', 'economist', 'strategist']);
/** Posts of two words, by their first word. */
export const TWO_WORD_POSTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['chief', new Set(['executive'])],
  ['sporting', new Set(['director'])],
  ['technical', new Set(['director'])],
  ['managing', new Set(['director'])],
  ['team', new Set(['principal'])],
  ['executive', new Set(['chairman'])],
  ['general', new Set(['manager', 'secretary'])],
  ['secretary', new Set(['general'])],
]);
const POST_PATTERN = [
  ...BODY_POSTS,
  ...FIRM_STAFF,
  ...[...TWO_WORD_POSTS].flatMap(([opening, lasts]) => [...lasts].map(last => `${opening}\\s+${last}`)),
].join('|');

/** Verbs of a sports result, between the side that won and the one that lost. */
export const RESULT_VERBS: readonly string[] = [
  'beat',
  'beats',
  'defeated',
  'thrashed',
  'edged',
  'blanked',
  'routed',
  'downed',
  'outplayed',
  'trounced',
  'drubbed',
  'hammered',
  'whipped',
];
const RESULT = RESULT_VERBS.join('|');

/**
 * Right after the side: its result ("beat Harl", "drew 1-1", "were bowled out") or a player's position
 * before the player's name; or a body's post before its holder's name.
 */
const AFTER_SIDE = new RegExp(
  `^\\s+(?:(?:${RESULT})\\s+\\p{Lu}|drew\\s+(?:with\\s+\\p{Lu}|\\d)|(?:were|was)\\s+bowled\\s+out\\b|` +
    `(?:${[...POSITIONS].join('|')}|${POST_PATTERN})\\s+\\p{Lu})`,
  'u',
);

/** Right before the side: the result it lost ("beat", "lost to", "victory over"). */
const BEFORE_SIDE = new RegExp(
  `(?:^|[^\\p{L}])(?:${RESULT}|lost\\s+to|drew\\s+with|(?:victory|win)\\s+over|defeat\\s+to)\\s+$`,
  'u',
);

/**
 * Whether the name at `start`-`end` of `text`, read as a body by the sentence's rules, stands where a
 * sports side does: before or after a result's verb, or before a player's position and name; or
 * before a body's post and its holder's name. Only a body: a country the rules kept as a place is a
 * national side, which CoNLL types as the place.
 */
export function isSideInContext(text: string, start: number, end: number): boolean {
  return AFTER_SIDE.test(text.slice(end, end + 40)) || BEFORE_SIDE.test(text.slice(Math.max(0, start - 30), start));
}
