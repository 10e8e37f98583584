// What makes a recognised name a person's full name, and when two full names are one person.
import { nameWords, sameName } from '../highlights/highlights';
import { monthNumber, weekdayNumber } from '../dates/lexicon';
import { NameForm, oneSlipApart, plainWords, spellingKey } from './nameForms';
import { remembered } from './text';

export const isCalendarWord = (word: string) => !!monthNumber(word) || !!weekdayNumber(word);

/** Whether two names are one person's: one holds all of the other's words ("bin Laden" and "Bin Laden" alike). */
const nested = (a: Pick<NameForm, 'words'>, b: Pick<NameForm, 'words'>) => sameName(lower(a.words), lower(b.words));
const lower = (words: readonly string[]) => words.map(w => w.toLowerCase());

/** Words that do not belong in a person's name: a recognised "person" holding one is something else. */
const NOT_PERSONAL =
  /^(?:Inc|Corp|Co|Ltd|S\.?A|AG|SpA|PLC|Plc|LLC|NV|Group|Institute|Institut|University|Bank|Company|Council|Party|Union|Street|Avenue|League|Front|Movement|Army|Forces?|Association|Federation|Organi[sz]ation|Committee|Commission|Agency|Ministry|Department|Office|Court|Church|Day|Trio|Quartet|Band|Orchestra|Choir|Ensemble|Chairman|President|Minister|Secretary|Senator|Governor|General|Ambassador|Mayor|Judge|King|Queen|Prince|Princess|Pope|Saint|St|Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Dr|Professor|Prof)\.?$/;
/** Lower-case words a person's name may hold ("Joost van der Westhuizen", "Osama bin Laden"). */
const PARTICLE = /^(?:van|von|der|den|de|da|di|del|della|du|la|le|bin|ibn|al|el|abu|ben|y|e)$/;

/**
 * A full name that reads as a person's: two to four words, none of them a company form or a title,
 * not starting with an article ("The Poet", "La Pointe"), no lower-case word but a name particle.
 */
export function looksPersonal(f: NameForm): boolean {
  return f.words.length >= 2 && personal(f.surface);
}

const personal = remembered(surface => {
  const words = surface.split(' ');
  return (
    words.length <= 4 &&
    !/^(?:The|La|Le|Les|Los|Las)$/.test(words[0]) &&
    words.every(
      w =>
        !w.split('-').some(part => NOT_PERSONAL.test(part)) &&
        !isCalendarWord(w) &&
        (/^\p{Lu}/u.test(w) || PARTICLE.test(w)),
    )
  );
});

/** Familiar forms of given names, each with its formal names. */
const FAMILIAR: Record<string, string[]> = {
  Al: ['Albert', 'Alfred', 'Alan'],
  Alex: ['Alexander', 'Alexandra'],
  Andy: ['Andrew'],
  Ben: ['Benjamin'],
  Bill: ['William'],
  Billy: ['William'],
  Bob: ['Robert'],
  Bobby: ['Robert'],
  Charlie: ['Charles'],
  Chuck: ['Charles'],
  Dan: ['Daniel'],
  Danny: ['Daniel'],
  Dave: ['David'],
  Dick: ['Richard'],
  Ed: ['Edward', 'Edwin'],
  Ted: ['Edward', 'Theodore'],
  Jim: ['James'],
  Jimmy: ['James'],
  Jack: ['John'],
  Joe: ['Joseph'],
  Kate: ['Katherine', 'Catherine', 'Kathryn'],
  Larry: ['Lawrence'],
  Liz: ['Elizabeth'],
  Beth: ['Elizabeth'],
  Maggie: ['Margaret'],
  Peggy: ['Margaret'],
  Mike: ['Michael'],
  Mick: ['Michael'],
  Nick: ['Nicholas'],
  Pat: ['Patrick', 'Patricia'],
  Rick: ['Richard'],
  Rob: ['Robert'],
  Ron: ['Ronald'],
  Sam: ['Samuel', 'Samantha'],
  Steve: ['Steven', 'Stephen'],
  Sue: ['Susan'],
  Tom: ['Thomas'],
  Tony: ['Anthony'],
  Will: ['William'],
};

/** Whether two given names can be one person's: the same, one the start of the other ("Chris"), or familiar and formal. */
function sameGivenName(a: string, b: string): boolean {
  if (a === b || a.startsWith(b) || b.startsWith(a)) return true;
  return (FAMILIAR[a] ?? []).includes(b) || (FAMILIAR[b] ?? []).includes(a);
}

/**
 * Whether two full names can be one person: nested ("George Bush", "George W. Bush"), one spelling of
 * the other ("Ichiyo"/"Ichiyō", "Kristin"/"Kristen"), or the same but for a familiar given name.
 */
export function onePerson(first: string, second: string): boolean {
  const [a, b] = [first, second].map(surface => ({ surface, words: nameWords(surface), key: spellingKey(surface) }));
  if (nested(a, b) || a.key === b.key || oneSlipApart(plainWords(a.surface), plainWords(b.surface))) return true;
  const [x, y] = [a.words, b.words];
  return (
    x.length === y.length && x.length >= 2 && sameGivenName(x[0], y[0]) && x.slice(1).every((w, i) => w === y[i + 1])
  );
}
