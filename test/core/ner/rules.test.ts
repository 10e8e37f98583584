import * as assert from 'assert';
import { tokenize } from '../../../src/core/text/tokenize';
import { FeatureContext } from '../../../src/core/ner/features';
import { Gazetteer } from '../../../src/core/ner/gazetteer';
import { WordClusters } from '../../../src/core/ner/clusters';
import { TAGS } from '../../../src/core/ner/model';
import { applyRules } from '../../../src/core/ner/rules';
import { EntityType, Span } from '../../../src/core/types';

const ctx: FeatureContext = {
  hashBits: 8,
  gazetteer: new Gazetteer(
    {
      demonym: ['chinese', 'korean'],
      country: ['tarnia and velland', 'vellandia', 'san tarno', 'harlow'],
      city: ['tarnby', 'the tarnhaven'],
      org: ['velkom', 'tarnair', 'harl and sons'],
      orgWord: [
        'ministry',
        'band',
        'united',
        'center',
        'army',
        'organization',
        'co',
        'university',
        'bank',
        'company',
        'department',
        'services',
      ],
      locWord: ['creek', 'park', 'pond', 'gulf', 'state', 'street'],
      eventWord: ['cup', 'war', 'treaty'],
      title: ['president', 'colonel', 'ms'],
      last: ['park', 'hall', 'harlow', 'brennick'],
      first: ['joss'],
      calendar: ['june', 'sunday'],
    },
    ['brask & tolle', 'brastow athletico', 'qorvane', 'velmora dynamics'].join('\n'),
  ),
  lowerWords: new Set(['people', 'women', 'the', 'band', 'village', 'trust']),
  clusters: WordClusters.empty(),
};

/** Runs the rules on `text` tagged by `spec` (one tag per token, "O" / "B-PER" / "I-PER" ...); names are invented. */
function run(text: string, spec: string): string[] {
  const tokens = tokenize(text);
  const labels = spec.split(' ');
  assert.strictEqual(labels.length, tokens.length, tokens.map(t => t.text).join('|'));
  const tags = Uint8Array.from(labels, l => TAGS.indexOf(l as (typeof TAGS)[number]));
  const spans: Span[] = [];
  const first: number[] = [];
  labels.forEach((l, i) => {
    if (l.startsWith('B-')) {
      spans.push({ start: tokens[i].start, end: tokens[i].end, type: l.slice(2) as EntityType });
      first.push(i);
    } else if (l.startsWith('I-')) spans[spans.length - 1].end = tokens[i].end;
  });
  return applyRules({ tokens, tags, spans, first }, ctx).map(s => `${text.slice(s.start, s.end)}/${s.type}`);
}

describe('sentence rules after decoding', () => {
  it('joins a nationality with a body ending in an organisation word, not with other names', () => {
    assert.deepStrictEqual(run('The Chinese Foreign Ministry said', 'O B-MISC B-ORG I-ORG O'), [
      'Chinese Foreign Ministry/ORG',
    ]);
    assert.deepStrictEqual(run('The Chinese Vellora Group said', 'O B-MISC B-ORG I-ORG O'), [
      'Chinese/MISC',
      'Vellora Group/ORG',
    ]);
  });

  it('joins a capitalised compass word the model left out to a nationality', () => {
    assert.deepStrictEqual(run('South Korean officials', 'O B-MISC O'), ['South Korean/MISC']);
    assert.deepStrictEqual(run('the south Korean', 'O O B-MISC'), ['Korean/MISC']);
  });

  it('joins names across the possessive of an ordinary word only', () => {
    assert.deepStrictEqual(run("the Democratic People's Republic of Korea", 'O B-ORG I-ORG O B-LOC I-LOC I-LOC'), [
      "Democratic People's Republic of Korea/LOC",
    ]);
    assert.deepStrictEqual(run("Vellora's Labour Party", 'B-LOC O B-ORG I-ORG'), ['Vellora/LOC', 'Labour Party/ORG']);
  });

  it('makes a person or place followed by untagged organisation words a body', () => {
    assert.deepStrictEqual(run('the Joss Harl Band played', 'O B-PER I-PER O O'), ['Joss Harl Band/ORG']);
    assert.deepStrictEqual(run('Tarnby United won', 'B-LOC O O'), ['Tarnby United/ORG']);
    assert.deepStrictEqual(run('Tarnby band won', 'B-LOC O O'), ['Tarnby/LOC']);
  });

  it('retypes a person name ending in a place or organisation word, unless that word is a name', () => {
    assert.deepStrictEqual(run('at Harl Market Center today', 'O B-PER I-PER I-PER O'), ['Harl Market Center/ORG']);
    assert.deepStrictEqual(run('at Tarn Creek today', 'O B-PER I-PER O'), ['Tarn Creek/LOC']);
    assert.deepStrictEqual(run('met Grace Park today', 'O B-PER I-PER O'), ['Grace Park/PER']);
  });

  it('retypes a body ending in a natural feature, but not a state or a name', () => {
    assert.deepStrictEqual(run('at Harl Pond today', 'O B-ORG I-ORG O'), ['Harl Pond/LOC']);
    assert.deepStrictEqual(run('the Islamic State said', 'O B-ORG I-ORG O'), ['Islamic State/ORG']);
    assert.deepStrictEqual(run('worries on Harl Street that', 'O O B-ORG I-ORG O'), ['Harl Street/LOC']);
    assert.deepStrictEqual(run('the Harl Park tour', 'O B-ORG I-ORG O'), ['Harl Park/ORG']);
  });

  it('joins "<organisation or place word> of (the) <name>" into one name', () => {
    assert.deepStrictEqual(run('the Army of the Tarn marched', 'O B-ORG O O B-LOC O'), ['Army of the Tarn/ORG']);
    assert.deepStrictEqual(run('the Harl Organization of Tarn Growers', 'O B-ORG I-ORG O B-ORG I-ORG'), [
      'Harl Organization of Tarn Growers/ORG',
    ]);
    assert.deepStrictEqual(run('the Gulf of Tarn', 'O B-LOC O B-LOC'), ['Gulf of Tarn/LOC']);
    // A company's legal form ends its name; a person is never the second part.
    assert.deepStrictEqual(run('Harl Co of the Tarn', 'B-ORG I-ORG O O B-LOC'), ['Harl Co/ORG', 'Tarn/LOC']);
    assert.deepStrictEqual(run('the Army of Harl Voss', 'O B-ORG O B-PER I-PER'), ['Army/ORG', 'Harl Voss/PER']);
  });

  it('makes names of events, prizes and treaties MISC', () => {
    assert.deepStrictEqual(run('won the Harland Cup', 'O O B-ORG I-ORG'), ['Harland Cup/MISC']);
    assert.deepStrictEqual(run('the Treaty of Tarnby', 'O B-LOC I-LOC I-LOC'), ['Treaty of Tarnby/MISC']);
    assert.deepStrictEqual(run('the Cup', 'O B-ORG'), ['Cup/ORG']);
  });

  it('adds an untagged capitalised run after a describing noun', () => {
    assert.deepStrictEqual(run('joined the band Velvet Tarns in', 'O O O O O O'), ['Velvet Tarns/ORG']);
    assert.deepStrictEqual(run('the village of Tarnby', 'O O O O'), ['Tarnby/LOC']);
    // A lone ordinary word is not a name, and a run the tagger continued is left to it.
    assert.deepStrictEqual(run('the band The', 'O O O'), []);
    assert.deepStrictEqual(run('the band Velvet Tarns Ltd', 'O O O O B-ORG'), ['Ltd/ORG']);
  });

  it('strips titles from person names', () => {
    assert.deepStrictEqual(run('President Harl Voss said', 'B-PER I-PER I-PER O'), ['Harl Voss/PER']);
  });
  it('takes initials right before a person name into it', () => {
    assert.deepStrictEqual(run('by writer L. Joss Tarvell today', 'O O O B-PER I-PER O'), ['L. Joss Tarvell/PER']);
    assert.deepStrictEqual(run('J. R. Tarvell wrote', 'O O B-PER O'), ['J. R. Tarvell/PER']);
    // Not a place's, and not over a name before it.
    assert.deepStrictEqual(run('in N. Tarnby today', 'O O B-LOC O'), ['Tarnby/LOC']);
  });

  it('takes a mid-sentence "The" into the name after it, but not one that starts a sentence', () => {
    assert.deepStrictEqual(run('bands like The Velvet Tarns and', 'O O O B-ORG I-ORG O'), ['The Velvet Tarns/ORG']);
    assert.deepStrictEqual(run('The Harl Bank said', 'O B-ORG I-ORG O'), ['Harl Bank/ORG']);
    assert.deepStrictEqual(run('" The Harl Bank said', 'O O B-ORG I-ORG O'), ['Harl Bank/ORG']);
    // An untagged run after it is a name: a quoted title is a work, otherwise a body.
    assert.deepStrictEqual(run('supporting The Quills on tour', 'O O O O O'), ['The Quills/ORG']);
    assert.deepStrictEqual(run('the single " The Quill " was', 'O O O O O O O'), ['The Quill/MISC']);
    assert.deepStrictEqual(run('The Quills played', 'O O O'), []);
  });

  it('makes a person or body ending in a natural feature or built place a place', () => {
    assert.deepStrictEqual(run('over Harl Brook today', 'O B-ORG I-ORG O'), ['Harl Brook/LOC']);
    assert.deepStrictEqual(run('at Voss Gym today', 'O B-PER I-PER O'), ['Voss Gym/LOC']);
  });

  it('drops a leading lower-case article or direction from a name', () => {
    assert.deepStrictEqual(run('in southern Tarnia today', 'O B-LOC I-LOC O'), ['Tarnia/LOC']);
    assert.deepStrictEqual(run('in the Velland', 'O B-LOC I-LOC'), ['Velland/LOC']);
  });

  it('joins two places whose whole, with "and", is a listed place', () => {
    assert.deepStrictEqual(run('in Tarnia and Velland today', 'O B-LOC O B-LOC O'), ['Tarnia and Velland/LOC']);
    assert.deepStrictEqual(run('in Tarnia and Harl today', 'O B-LOC O B-LOC O'), ['Tarnia/LOC', 'Harl/LOC']);
  });

  it('tags a hall of fame as one body', () => {
    assert.deepStrictEqual(run('into the Tarn Hockey Hall of Fame in', 'O O B-LOC O B-PER O O O'), [
      'Tarn Hockey Hall of Fame/ORG',
    ]);
  });

  it('tags an award "<title> of the <period>" as one MISC name, with the capitalised words before it', () => {
    assert.deepStrictEqual(
      run('Ann Harl won the Velkom Man of the Match award .', 'B-PER I-PER O O B-ORG I-ORG O O O O O'),
      ['Ann Harl/PER', 'Velkom Man of the Match/MISC'],
    );
    assert.deepStrictEqual(run("for June 's Player of the Year", 'O O O O O O O'), ['Player of the Year/MISC']);
    // Not a capitalised "The", nor a title that is no award.
    assert.deepStrictEqual(run('The Man of the Match', 'O O O O O'), ['Man of the Match/MISC']);
    assert.deepStrictEqual(run('the Battle of the Velk', 'O B-MISC I-MISC I-MISC I-MISC'), ['Battle of the Velk/MISC']);
    assert.deepStrictEqual(run('the start of the Year', 'O O O O O'), []);
  });

  it('makes places followed by scores in a results line teams', () => {
    assert.deepStrictEqual(run('Tarnby 2 Harl City 1', 'B-LOC O B-LOC I-LOC O'), ['Tarnby/ORG', 'Harl City/ORG']);
    // One score, or prose around it, is not a results line.
    assert.deepStrictEqual(run('Tarnby 2 of them were there and stayed', 'B-LOC O O O O O O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('in Tarnby 2 people met in Harl 3 times', 'O B-LOC O O O O B-LOC O O'), [
      'Tarnby/LOC',
      'Harl/LOC',
    ]);
  });

  it('types a listed country as a place, also when it stands for a team or government', () => {
    assert.deepStrictEqual(run('Vellandia beat San Tarno 2-1', 'B-ORG O B-ORG I-ORG O'), [
      'Vellandia/LOC',
      'San Tarno/LOC',
    ]);
    assert.deepStrictEqual(run('Vellandia 2 Harl 1', 'B-LOC O B-LOC O'), ['Vellandia/LOC', 'Harl/ORG']);
    // A person whose name is also a listed given name or surname stays a person.
    assert.deepStrictEqual(run('Harlow said', 'B-PER O'), ['Harlow/PER']);
    assert.deepStrictEqual(run('Vellandia said', 'B-PER O'), ['Vellandia/LOC']);
  });

  it('takes a capitalised "<place>-based" out of the name after it, which is a body', () => {
    assert.deepStrictEqual(run('Tarnby-based Velka rose', 'B-LOC I-LOC O'), ['Velka/ORG']);
    assert.deepStrictEqual(run('Tarnby-based Velka rose', 'B-MISC B-LOC O'), ['Tarnby-based/MISC', 'Velka/LOC']);
  });

  it('makes a name that starts with a listed given name and has no place, body or ordinary word a person', () => {
    assert.deepStrictEqual(run('against Joss Tarvell on Friday', 'O B-ORG I-ORG O O'), ['Joss Tarvell/PER']);
    assert.deepStrictEqual(run('ahead of Joss Tarvell Velk', 'O O B-LOC I-LOC I-LOC'), ['Joss Tarvell Velk/PER']);
    // A designator, a place word or an ordinary word keeps the tagger's type.
    assert.deepStrictEqual(run('the Joss Tarvell Band', 'O B-ORG I-ORG I-ORG'), ['Joss Tarvell Band/ORG']);
    assert.deepStrictEqual(run('near Joss Creek', 'O B-LOC I-LOC'), ['Joss Creek/LOC']);
    assert.deepStrictEqual(run('the Joss Village', 'O B-ORG I-ORG'), ['Joss Village/ORG']);
  });

  it('makes a name of titles and then person-like words a person, without the titles', () => {
    assert.deepStrictEqual(run('led by Colonel Tarvo Velk today', 'O O B-ORG I-ORG I-ORG O'), ['Tarvo Velk/PER']);
    assert.deepStrictEqual(run('by President Velk', 'O B-LOC I-LOC'), ['Velk/PER']);
    // A designator or place word after the title, or a title in capitals, is not a person's name.
    assert.deepStrictEqual(run('the Colonel Creek', 'O B-LOC I-LOC'), ['Colonel Creek/LOC']);
    assert.deepStrictEqual(run('under MS Velkow', 'O B-ORG I-ORG'), ['MS Velkow/ORG']);
  });

  it('types a one-word listed nationality as MISC', () => {
    assert.deepStrictEqual(run('fellow Korean Joss Tarvell', 'O B-ORG B-PER I-PER'), [
      'Korean/MISC',
      'Joss Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('the Korean Velk Group', 'O B-ORG I-ORG I-ORG'), ['Korean Velk Group/ORG']);
  });

  it('makes a person-typed name before a comma and a listed country a place', () => {
    assert.deepStrictEqual(run('born in Tarvby , Vellandia .', 'O O B-PER O B-LOC O'), ['Tarvby/LOC', 'Vellandia/LOC']);
    assert.deepStrictEqual(run("Ann Tarvby , Vellandia 's captain", 'B-PER I-PER O B-LOC O O'), [
      'Ann Tarvby/PER',
      'Vellandia/LOC',
    ]);
    assert.deepStrictEqual(run('Ann Tarvby , Harl said', 'B-PER I-PER O B-LOC O'), ['Ann Tarvby/PER', 'Harl/LOC']);
  });

  it("takes a possessive no noun follows into a shop's or firm's name", () => {
    assert.deepStrictEqual(run("Harlby 's was sold in 1990", 'B-PER O O O O O'), ["Harlby 's/ORG"]);
    assert.deepStrictEqual(run("a bar , Velkin's , in Tarn", 'O O O B-ORG O O O B-LOC'), ["Velkin's/ORG", 'Tarn/LOC']);
    // An ordinary possessive, or one before a quoted title or a bracket, is not part of the name.
    assert.deepStrictEqual(run("Harlby 's shares fell", 'B-PER O O O'), ['Harlby/PER']);
    assert.deepStrictEqual(run('Harlby \'s " Tarn Song "', 'B-PER O O O O O'), ['Harlby/PER']);
  });

  it('makes a listed city before a lower-case office noun a place', () => {
    assert.deepStrictEqual(run('-- Tarnby newsroom +44 20', 'O B-ORG O O O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('the Harl newsroom', 'O B-ORG O'), ['Harl/ORG']);
  });

  it('joins two names around an ampersand into a firm, but not two full names of people', () => {
    assert.deepStrictEqual(run('Harlby & Velkin shares rose', 'B-PER O B-ORG O O'), ['Harlby & Velkin/ORG']);
    assert.deepStrictEqual(run('Harlby & Velkin said', 'B-PER O B-PER O'), ['Harlby & Velkin/ORG']);
    assert.deepStrictEqual(run('Ann Harlby & Joss Velkin said', 'B-PER I-PER O B-PER I-PER O'), [
      'Ann Harlby/PER',
      'Joss Velkin/PER',
    ]);
  });

  it('cuts an opening function word, and a month before a body or place, from the start of a name', () => {
    assert.deepStrictEqual(run('For Harl Street , it was', 'B-LOC I-LOC I-LOC O O O'), ['Harl Street/LOC']);
    assert.deepStrictEqual(run('to June Velkin exported', 'O B-ORG I-ORG O'), ['Velkin/ORG']);
    // A weekday may start a newspaper's name; a month may be a given name.
    assert.deepStrictEqual(run('the Sunday Velkin said', 'O B-ORG I-ORG O'), ['Sunday Velkin/ORG']);
    assert.deepStrictEqual(run('June Velkin said', 'B-PER I-PER O'), ['June Velkin/PER']);
  });

  it('cuts a headline verb from the end of a name in an all-capitals line', () => {
    assert.deepStrictEqual(run('BOXING - BRENNICK RETIRES .', 'O O B-PER I-PER O'), ['BRENNICK/PER']);
    assert.deepStrictEqual(run('SOCCER - VELLANDIA SCRAPE PAST HARL', 'O O B-ORG I-ORG O B-LOC'), [
      'VELLANDIA/LOC',
      'HARL/LOC',
    ]);
    // Not after a given name, nor outside an all-capitals line.
    assert.deepStrictEqual(run('BOXING - JOSS TARVELL WINS .', 'O O B-PER I-PER O O'), ['JOSS TARVELL/PER']);
    assert.deepStrictEqual(run('Then Brennick Retires said', 'O B-PER I-PER O'), ['Brennick Retires/PER']);
  });

  it('makes a place before or after the verb of a sports result a team, but not a listed country', () => {
    assert.deepStrictEqual(run('Tarnby beat Harl on Saturday', 'B-LOC O B-LOC O O'), ['Tarnby/ORG', 'Harl/ORG']);
    assert.deepStrictEqual(run('title rivals Tarnby', 'O O B-LOC'), ['Tarnby/ORG']);
    assert.deepStrictEqual(run('56-13 winners over Harl', 'O O O B-LOC'), ['Harl/ORG']);
    assert.deepStrictEqual(run('Vellandia beat Tarnby', 'B-LOC O B-LOC'), ['Vellandia/LOC', 'Tarnby/ORG']);
    assert.deepStrictEqual(run('the trip over Harl', 'O O O B-LOC'), ['Harl/LOC']);
  });

  it("joins a person's or place's name right before a body's name into the body's name", () => {
    assert.deepStrictEqual(run('in Tarnby City Council', 'O B-LOC B-ORG I-ORG'), ['Tarnby City Council/ORG']);
    assert.deepStrictEqual(run('Attended Ann Harl High School .', 'O B-PER I-PER B-ORG I-ORG O'), [
      'Ann Harl High School/ORG',
    ]);
    // A building named after a person, read as a place: one place.
    assert.deepStrictEqual(run('at the Ann Harl Art Museum .', 'O O B-PER I-PER B-LOC I-LOC O'), [
      'Ann Harl Art Museum/LOC',
    ]);
    assert.deepStrictEqual(run('at the Ann Harl Museum of Art .', 'O O B-PER I-PER B-LOC I-LOC I-LOC O'), [
      'Ann Harl Museum of Art/LOC',
    ]);
    assert.deepStrictEqual(run('at the Velby Concert Hall .', 'O O B-LOC B-LOC I-LOC O'), ['Velby Concert Hall/LOC']);
    assert.deepStrictEqual(run('Ann Harl Tarnby', 'B-PER I-PER B-LOC'), ['Ann Harl/PER', 'Tarnby/LOC']);
    // Read whole by the later rules: an event word at its end makes it an event.
    assert.deepStrictEqual(run('the Tarnby Cup semifinals', 'O B-LOC B-ORG O'), ['Tarnby Cup/MISC']);
    // Not over a comma or a word between, nor a body before a person.
    assert.deepStrictEqual(run('Tarnby , Velk Council', 'B-LOC O B-ORG I-ORG'), ['Tarnby/LOC', 'Velk Council/ORG']);
    assert.deepStrictEqual(run('Tarnby and Velk Council', 'B-LOC O B-ORG I-ORG'), ['Tarnby/LOC', 'Velk Council/ORG']);
    assert.deepStrictEqual(run('Velk Council Ann Harl', 'B-ORG I-ORG B-PER I-PER'), [
      'Velk Council/ORG',
      'Ann Harl/PER',
    ]);
  });

  it("cuts a parliament member's title from the end of a name, and drops it alone", () => {
    assert.deepStrictEqual(run('the Harl Labour MPP for Tarnby', 'O B-ORG I-ORG I-ORG O B-LOC'), [
      'Harl Labour/ORG',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('Tarnby MEPs voted', 'B-LOC I-LOC O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('the " Velk " MP for Tarnby', 'O O B-ORG O B-ORG O B-LOC'), ['Velk/ORG', 'Tarnby/LOC']);
    // Read as a person: the party of a member (MISC), or a person whose name starts with a given name.
    assert.deepStrictEqual(run('an Tarnby Velk Democrat MP said', 'O B-LOC B-PER I-PER I-PER O'), [
      'Tarnby/LOC',
      'Velk Democrat/MISC',
    ]);
    assert.deepStrictEqual(run('Joss Tarvell MP said', 'B-PER I-PER I-PER O'), ['Joss Tarvell/PER']);
    // A name only starting with the letters is kept whole.
    assert.deepStrictEqual(run('Harl Mpho spoke', 'B-PER I-PER O'), ['Harl Mpho/PER']);
    assert.deepStrictEqual(run('Velk MPX rose', 'B-ORG I-ORG O'), ['Velk MPX/ORG']);
  });

  it('makes a place right after playing for or signing with a side, and the places listed after it, clubs', () => {
    assert.deepStrictEqual(run('Voss played for Tarnby', 'B-PER O O B-LOC'), ['Voss/PER', 'Tarnby/ORG']);
    assert.deepStrictEqual(run('he signed with the Harl Rovers', 'O O O O B-LOC I-LOC'), ['Harl Rovers/ORG']);
    assert.deepStrictEqual(run('was signed to Velk', 'O O O B-LOC'), ['Velk/ORG']);
    assert.deepStrictEqual(run('played with Tarnby and Harl Rovers , then', 'O O B-LOC O B-LOC I-LOC O O'), [
      'Tarnby/ORG',
      'Harl Rovers/ORG',
    ]);
    // A listed country is a national side (LOC); a place one plays in, and a person one plays with, stay.
    assert.deepStrictEqual(run('she plays for Vellandia', 'O O O B-LOC'), ['Vellandia/LOC']);
    assert.deepStrictEqual(run('played in Tarnby and Harl', 'O O B-LOC O B-LOC'), ['Tarnby/LOC', 'Harl/LOC']);
    assert.deepStrictEqual(run('played with Ann Voss', 'O O B-PER I-PER'), ['Ann Voss/PER']);
  });

  it('makes the names in results lines and standings rows teams, including ones the tagger left out', () => {
    assert.deepStrictEqual(run('Tarnby 2 Harl Rovers 1', 'B-PER O O O O'), ['Tarnby/ORG', 'Harl Rovers/ORG']);
    assert.deepStrictEqual(run('TARNBY 70 63 .526 4', 'B-LOC O O O O O'), ['TARNBY/ORG']);
    assert.deepStrictEqual(run('Velland 4 1 2 1 9 7 5', 'O O O O O O O O'), ['Velland/ORG']);
    // A person's full name, a ranking line opened by a number, a date, prose: left alone.
    assert.deepStrictEqual(run('Ann Velland 4 1 2 1 9 7 5', 'B-PER I-PER O O O O O O O'), ['Ann Velland/PER']);
    assert.deepStrictEqual(run('287 Harl 70 76 71 70', 'O B-LOC O O O O'), ['Harl/LOC']);
    assert.deepStrictEqual(run('June 4 and 5 1996', 'O O O O O'), []);
    assert.deepStrictEqual(run('Harl 4 of the 7 were there', 'B-LOC O O O O O O'), ['Harl/LOC']);
  });
  it("makes a listed city after a journey's verb a place, not its club", () => {
    assert.deepStrictEqual(run('before Voss left for Tarnby .', 'O B-PER O O B-ORG O'), ['Voss/PER', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('Voss set off for Tarnby .', 'B-PER O O O B-ORG O'), ['Voss/PER', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('Voss returned to Tarnby .', 'B-PER O O B-ORG O'), ['Voss/PER', 'Tarnby/ORG']);
    assert.deepStrictEqual(run('Voss flew to Harl City .', 'B-PER O O B-ORG I-ORG O'), ['Voss/PER', 'Harl City/ORG']);
  });

  it('takes a name tagged on its own into a described name that reaches it over "of the"', () => {
    assert.deepStrictEqual(
      run('The campaign group Friends of the Marsh Valdoria said so .', 'O O O O O O B-LOC I-LOC O O O'),
      ['Friends of the Marsh Valdoria/ORG'],
    );
    assert.deepStrictEqual(run('The lender Bank of Velby cut rates .', 'O O O O B-LOC O O O'), ['Bank of Velby/ORG']);
    // Without a connector the tagged word after the run is another name, as before.
    assert.deepStrictEqual(run('She joined the band Velvet Tarns Harlow .', 'O O O O O O B-LOC O'), ['Harlow/LOC']);
  });

  it('reads a body whose whole name with "The" is a listed place as that place', () => {
    assert.deepStrictEqual(run('Talks in The Tarnhaven ended .', 'O O B-ORG I-ORG O O'), ['The Tarnhaven/LOC']);
    assert.deepStrictEqual(run('Talks in The Tarnhaven ended .', 'O O O O O O'), ['The Tarnhaven/LOC']);
    assert.deepStrictEqual(run('Talks in The Velkin ended .', 'O O O O O O'), ['The Velkin/ORG']);
    assert.deepStrictEqual(run('Talks in Tarnby ended .', 'O O B-ORG O O'), ['Tarnby/ORG']);
  });

  it('keeps a campus of a university ("University of X at Y") in one name', () => {
    assert.deepStrictEqual(
      run('She studied at the University of Tarnia at Velby .', 'O O O O B-ORG I-ORG I-ORG O B-LOC O'),
      ['University of Tarnia at Velby/ORG'],
    );
    assert.deepStrictEqual(run('She met the Tarnia Trust at Velby .', 'O O O B-ORG I-ORG O B-LOC O'), [
      'Tarnia Trust/ORG',
      'Velby/LOC',
    ]);
    // The campus's name ends in a place word, but its head is "University": still a body.
    assert.deepStrictEqual(
      run('She studied at the University of Tarnia at Velby Creek .', 'O O O O B-ORG I-ORG I-ORG O B-LOC I-LOC O'),
      ['University of Tarnia at Velby Creek/ORG'],
    );
    // A body's name ending in a place word is still that place ("Harl Pond").
    assert.deepStrictEqual(run('They swam in Harl Creek .', 'O O O B-ORG I-ORG O'), ['Harl Creek/LOC']);
  });

  it('reads an untagged listed given name and a surname in mid-sentence as a person', () => {
    assert.deepStrictEqual(run('The captain Joss Tarvell scored .', 'O O O O O O'), ['Joss Tarvell/PER']);
    assert.deepStrictEqual(run('said his wife Joss Shin-Tarvell today', 'O O O O O O'), ['Joss Shin-Tarvell/PER']);
    // Left to the tagger: a sentence's start, a longer run, a place, a body word or an ordinary word after it.
    for (const text of [
      'Joss Tarvell scored .',
      'the captain Joss Tarvell Velkin scored .',
      'the captain Joss Tarnby scored .',
      'the captain Joss Ministry scored .',
      'the captain Joss Village scored .',
      'the captain Joss TARVELL scored .',
    ])
      assert.deepStrictEqual(
        run(
          text,
          text
            .split(' ')
            .map(() => 'O')
            .join(' '),
        ),
        [],
        text,
      );
  });

  it('splits two bodies each named by its head word and joined by "and"', () => {
    const tags = (n: number) => ['O', 'O', 'O', 'B-ORG', ...Array<string>(n - 1).fill('I-ORG'), 'O'].join(' ');
    assert.deepStrictEqual(run('Funds came from Velby University and University of Tarnia .', tags(6)), [
      'Velby University/ORG',
      'University of Tarnia/ORG',
    ]);
    assert.deepStrictEqual(run('Funds came from Ministry of Fish and Ministry of Roads .', tags(7)), [
      'Ministry of Fish/ORG',
      'Ministry of Roads/ORG',
    ]);
    assert.deepStrictEqual(run('Funds came from Velby Bank and Tarnby Bank .', tags(5)), [
      'Velby Bank/ORG',
      'Tarnby Bank/ORG',
    ]);
    // One body whose name has "and" in it stays whole.
    for (const body of ['Velby Bank and Trust Company', 'Department of Fish and Social Services'])
      assert.deepStrictEqual(run(`Funds came from ${body} .`, tags(body.split(' ').length)), [`${body}/ORG`]);
  });

  it('splits two listed bodies joined by "and", unless the whole name is listed', () => {
    assert.deepStrictEqual(run('Shares in Velkom and Tarnair fell .', 'O O B-ORG I-ORG I-ORG O O'), [
      'Velkom/ORG',
      'Tarnair/ORG',
    ]);
    assert.deepStrictEqual(run('Shares in Harl and Sons fell .', 'O O B-ORG I-ORG I-ORG O O'), ['Harl and Sons/ORG']);
    // A listed body and a name that is no given name, surname or ordinary word: two bodies too.
    assert.deepStrictEqual(run('a report by Velkom and Greenvale .', 'O O O B-ORG I-ORG I-ORG O'), [
      'Velkom/ORG',
      'Greenvale/ORG',
    ]);
    // A firm named after its founders, or a listed body and an ordinary word, stays one name.
    for (const firm of ['Velkom and Brennick', 'Velkom and Women', 'Prockter and Gamwell'])
      assert.deepStrictEqual(run(`Shares in ${firm} fell .`, 'O O B-ORG I-ORG I-ORG O O'), [`${firm}/ORG`]);
  });

  it('splits two names of two or more words each joined by "and", unless "and" joins ordinary words', () => {
    assert.deepStrictEqual(
      run('Tarn Capital Inc and Velk Data Corp rose .', 'B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O'),
      ['Tarn Capital Inc/ORG', 'Velk Data Corp/ORG'],
    );
    assert.deepStrictEqual(run('Tarn Capital and Agence Velk-Presse', 'B-ORG I-ORG I-ORG I-ORG I-ORG'), [
      'Tarn Capital/ORG',
      'Agence Velk-Presse/ORG',
    ]);
    const one = (name: string) => {
      const tags = name
        .split(' ')
        .map((_, i) => (i === 0 ? 'B-ORG' : 'I-ORG'))
        .join(' ');
      assert.deepStrictEqual(run(name, tags), [`${name}/ORG`]);
    };
    one('Tarn People and Women Council'); // ordinary words on both sides of "and"
    one('Ministry of Tarn Trade and Velk Industry'); // "and" after "of"
    one('Tarn Harl and The Velk Band'); // a band named with its leader
    one('Tarnby and Velk Press'); // one word before "and"
    one('Velk Fish and Wildlife Center'); // both describe the head word that ends the name
  });

  it("reads a name ending in a company's legal form as a company, whatever its first words", () => {
    assert.deepStrictEqual(run('Shares in Velmora Holdings rose .', 'O O B-LOC I-LOC O O'), ['Velmora Holdings/ORG']);
    assert.deepStrictEqual(run('Tarnby GmbH cut jobs .', 'B-LOC I-LOC O O O'), ['Tarnby GmbH/ORG']);
    assert.deepStrictEqual(run('Ann Brennick Ltd said so .', 'B-PER I-PER I-PER O O O'), ['Ann Brennick Ltd/ORG']);
    // "Group" also ends the names of islands and other groups of places; one word alone says nothing.
    assert.deepStrictEqual(run('the Tarn Group of islands', 'O B-LOC I-LOC O O'), ['Tarn Group/LOC']);
    assert.deepStrictEqual(run('Holdings rose .', 'B-LOC O O'), ['Holdings/LOC']);
  });

  it('reads a listed place followed by capitalised words that are neither places nor place words as a company', () => {
    assert.deepStrictEqual(run('Analysts at Tarnby Semiconductor said so .', 'O O B-LOC I-LOC O O O'), [
      'Tarnby Semiconductor/ORG',
    ]);
    assert.deepStrictEqual(run('officials from Vellandia Scientific Systems Labs', 'O O B-LOC I-LOC I-LOC I-LOC'), [
      'Vellandia Scientific Systems Labs/ORG',
    ]);
    // Place words, landmarks, a city's own name for itself, a second place and a state's abbreviation keep it a place.
    for (const place of [
      'Tarnby Harbor',
      'Tarnby Creek',
      'Tarnby City',
      'Tarnby Castle',
      'Tarnby Vellandia',
      'Tarnby TX',
    ])
      assert.deepStrictEqual(run(`ships in ${place} .`, 'O O B-LOC I-LOC O'), [`${place}/LOC`]);
    // Only a listed place at the start, only a name read as a place, and not a listed place as a whole.
    assert.deepStrictEqual(run('at Velmoran Scientific .', 'O B-LOC I-LOC O'), ['Velmoran Scientific/LOC']);
    assert.deepStrictEqual(run('met Tarnby Brennick .', 'O B-PER I-PER O'), ['Tarnby Brennick/PER']);
    assert.deepStrictEqual(run('in San Tarno .', 'O B-LOC I-LOC O'), ['San Tarno/LOC']);
  });

  it('makes capitalised words the tagger left out, "of the" and an unlisted place-read name one body', () => {
    assert.deepStrictEqual(run('a spokeswoman for Friends of the Earth Vellandia said', 'O O O O O O B-LOC I-LOC O'), [
      'Friends of the Earth Vellandia/ORG',
    ]);
    assert.deepStrictEqual(run('she joined Friends of the Velk today', 'O O O O O B-LOC O'), [
      'Friends of the Velk/ORG',
    ]);
    // A body's national branch read as a body joins too, but not after a title.
    assert.deepStrictEqual(run('a spokesman for Friends of the Velk Vellandia said', 'O O O O O O B-ORG I-ORG O'), [
      'Friends of the Velk Vellandia/ORG',
    ]);
    assert.deepStrictEqual(run('met the President of the Velk Vellandia', 'O O O O O B-ORG I-ORG'), [
      'Velk Vellandia/ORG',
    ]);
    // A listed place after "of the", a body after it, words already tagged, or nothing before "of the": left alone.
    assert.deepStrictEqual(run('the Sons of the Vellandia met', 'O O O O B-LOC O'), ['Vellandia/LOC']);
    assert.deepStrictEqual(run('a Fellow of the Royal Society said', 'O O O O B-ORG I-ORG O'), ['Royal Society/ORG']);
    assert.deepStrictEqual(run('met Joss of the Earth Vellandia', 'O B-PER O O B-LOC I-LOC'), [
      'Joss/PER',
      'Earth Vellandia/LOC',
    ]);
    assert.deepStrictEqual(run('most of the Earth Vellandia', 'O O O B-LOC I-LOC'), ['Earth Vellandia/LOC']);
  });

  it('keeps the possessive of a name given after "called" when a verb follows it', () => {
    assert.deepStrictEqual(run("a bank called Hargrove 's failed .", 'O O O B-PER O O O'), ["Hargrove 's/ORG"]);
    assert.deepStrictEqual(run("the referee called Hargrove 's return good .", 'O O O B-PER O O O O'), [
      'Hargrove/PER',
    ]);
  });

  it('reads a person- or place-read name that is a listed body, whole, as that body', () => {
    assert.deepStrictEqual(run('Velmora Dynamics said on Sunday', 'B-PER I-PER O O O'), ['Velmora Dynamics/ORG']);
    assert.deepStrictEqual(run('Shares in Qorvane rose', 'O O B-LOC O'), ['Qorvane/ORG']);
    assert.deepStrictEqual(run('Brask & Tolle and Brastow Athletico', 'B-PER I-PER I-PER O B-LOC I-LOC'), [
      'Brask & Tolle/ORG',
      'Brastow Athletico/ORG',
    ]);
  });

  it('leaves a name alone when only part of it is a listed body, or it was read as a work', () => {
    assert.deepStrictEqual(run('Velmora said', 'B-PER O'), ['Velmora/PER']);
    assert.deepStrictEqual(run('Qorvane Heights is quiet', 'B-LOC I-LOC O O'), ['Qorvane Heights/LOC']);
    assert.deepStrictEqual(run('the film Qorvane', 'O O B-MISC'), ['Qorvane/MISC']);
  });
});
