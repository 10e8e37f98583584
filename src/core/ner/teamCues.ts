/**
 * A sports side named by its town ("Tarnby beat Harl 2-1", "Tarnby striker Ann Lee") is a body in
 * CoNLL-style news, and a sports report names it so throughout ("Tarnby are close to signing ..."),
 * where nothing but the first mentions says it is the side. These cues let the document pass carry a
 * reading the sentence's rules made at such a mention to every mention of the name.
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

/** Right after the side: its result ("beat Harl", "drew 1-1", "were bowled out") or a player's position before the player's name. */
const AFTER_SIDE = new RegExp(
  `^\\s+(?:(?:${RESULT})\\s+\\p{Lu}|drew\\s+(?:with\\s+\\p{Lu}|\\d)|(?:were|was)\\s+bowled\\s+out\\b|` +
    `(?:${[...POSITIONS].join('|')})\\s+\\p{Lu})`,
  'u',
);

/** Right before the side: the result it lost ("beat", "lost to", "victory over"). */
const BEFORE_SIDE = new RegExp(
  `(?:^|[^\\p{L}])(?:${RESULT}|lost\\s+to|drew\\s+with|(?:victory|win)\\s+over|defeat\\s+to)\\s+$`,
  'u',
);

/**
 * Whether the name at `start`-`end` of `text`, read as a body by the sentence's rules, stands where a
 * sports side does: before or after a result's verb, or before a player's position and name. Only a
 * body: a country the rules kept as a place is a national side, which CoNLL types as the place.
 */
export function isSideInContext(text: string, start: number, end: number): boolean {
  return AFTER_SIDE.test(text.slice(end, end + 40)) || BEFORE_SIDE.test(text.slice(Math.max(0, start - 30), start));
}
