import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Span } from '../../../src/core/types';
import { EntityRecognizer, loadEntityModel, paragraphRanges } from '../../../src/core/ner';

function shippedModel(): Uint8Array {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return new Uint8Array(fs.readFileSync(path.join(dir, 'models', 'ner.bin')));
}

const show = (text: string, spans: Span[]) => spans.map(s => `${text.slice(s.start, s.end)}/${s.type}`);

describe('EntityRecognizer with the shipped model', () => {
  const recognizer = new EntityRecognizer(loadEntityModel(shippedModel()));

  it('ends a name before a possessive', () => {
    const text = "ATHENS – Greece's prime minister met Angela Merkel in Berlin on Monday.";
    const found = show(text, recognizer.recognize(text));
    assert.ok(found.includes('Greece/LOC'), found.join(', '));
    assert.ok(found.includes('Angela Merkel/PER'), found.join(', '));
    assert.ok(found.includes('Berlin/LOC'), found.join(', '));
    assert.ok(!found.some(f => f.includes("'s")));
  });

  it('reads the Philippines as a country, not a nationality', () => {
    const text = 'Storms hit the Philippines on Sunday, and Philippine officials asked Laos for help.';
    const found = show(text, recognizer.recognize(text));
    assert.ok(found.includes('Philippines/LOC') && found.includes('Laos/LOC'), found.join(', '));
    assert.ok(found.includes('Philippine/MISC'), found.join(', '));
  });

  it('tags link text and never the link target or markup', () => {
    const text = '## Visit\n\nThe **[European Commission](https://ec.example/Paris_France)** met in _Brussels_.';
    const spans = recognizer.recognize(text);
    for (const s of spans) {
      const surface = text.slice(s.start, s.end);
      assert.ok(!/[[\]()*_#/:]/.test(surface), `markup inside ${surface}`);
      assert.ok(s.start < text.indexOf('https') || s.start > text.indexOf(')**'), `span in URL: ${surface}`);
    }
    assert.ok(show(text, spans).includes('Brussels/LOC'), show(text, spans).join(', '));
  });

  it('returns sorted, non-overlapping entity spans inside the text', () => {
    const text = fs.readFileSync(__filename, 'utf8').slice(0, 4000);
    const spans = recognizer.recognize(text);
    spans.forEach((s, i) => {
      assert.ok(['PER', 'ORG', 'LOC', 'MISC'].includes(s.type));
      assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length);
      if (i > 0) assert.ok(spans[i - 1].end <= s.start);
    });
  });

  it('keeps a person name consistent through the article', () => {
    const text = 'Kim Jong Un visited the factory.\n\nLater, Kim inspected a new missile, state media said.';
    const found = show(text, recognizer.recognize(text));
    assert.ok(found.includes('Kim Jong Un/PER'), found.join(', '));
    assert.ok(found.includes('Kim/PER'), found.join(', '));
  });

  it('equals harmonize over spans found paragraph by paragraph', () => {
    const text =
      'BONN, Germany\n\nSiemens AG said on Tuesday that Peter Loescher would visit Munich.\n\n' +
      'Loescher said Siemens expects growth in Asia.\nShares rose in Frankfurt.';
    const perParagraph: Span[] = [];
    for (const r of paragraphRanges(text)) {
      for (const s of recognizer.recognizeParagraph(text.slice(r.start, r.end))) {
        perParagraph.push({ ...s, start: s.start + r.start, end: s.end + r.start });
      }
    }
    assert.deepStrictEqual(recognizer.recognize(text), recognizer.harmonize(text, perParagraph));
    assert.ok(perParagraph.length > 3);
  });

  it('ends a person\'s name before "and" and before "of" with the body the person is from', () => {
    const text =
      'Elected were Marta Quell of VRP and Tobin Alsager of the Harbour Party. ' +
      'The winners were Petra Lindqvist of DLF and Oskar Brandvold. Joan of Arc was burned in Rouen.';
    const found = show(text, recognizer.recognize(text));
    for (const name of [
      'Marta Quell/PER',
      'VRP/ORG',
      'Tobin Alsager/PER',
      'Petra Lindqvist/PER',
      'Oskar Brandvold/PER',
    ])
      assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
    // A single name before "of" is the model's to read.
    assert.ok(found.includes('Joan of Arc/PER'), found.join(', '));
  });

  it("reads an office title after a body's name as the title of the person beside it, never as a name", () => {
    const text =
      'The plan was backed by Marta Quell, NRVA Administrator, and by the Foreign Minister. ' +
      'Administrator Marta Quell said the NRVA would fund it. NRVA staff agreed.';
    const found = show(text, recognizer.recognize(text));
    assert.ok(found.includes('NRVA/ORG'), found.join(', '));
    assert.ok(found.includes('Marta Quell/PER'), found.join(', '));
    assert.ok(!found.some(f => /Administrator|Minister|NRVA\/PER/.test(f)), found.join(', '));
  });

  it("cuts a person's name after an office title, and the words before the title are no part of it", () => {
    const text = 'The team met Velkan Ambassador Tobin Alsager in Oslo. Velkan fans cheered.';
    const found = show(text, recognizer.recognize(text));
    assert.ok(found.includes('Tobin Alsager/PER'), found.join(', '));
    assert.ok(!found.some(f => /Ambassador|Velkan\/PER/.test(f)), found.join(', '));
  });

  it("reads a club named by its town as the club throughout a sports report, and a country's side as the country", () => {
    const text =
      'Leicester beat Everton 2-1 on Saturday.\n\nLeicester are close to signing a midfielder, and two ' +
      'Leicester players were called up by France.\n\nThe U.S. coach said Britain played well.';
    const found = show(text, recognizer.recognize(text));
    assert.deepStrictEqual(
      found.filter(f => f.startsWith('Leicester')),
      ['Leicester/ORG', 'Leicester/ORG', 'Leicester/ORG'],
      found.join(', '),
    );
    assert.ok(
      found.includes('France/LOC') && found.includes('U.S./LOC') && found.includes('Britain/LOC'),
      found.join(', '),
    );
  });

  it('reads ALL-CAPS datelines', () => {
    const text = 'MOSCOW 1997-05-12\nRussian officials said the talks would continue.';
    assert.ok(show(text, recognizer.recognize(text)).includes('MOSCOW/LOC'));
  });

  it('reads the names before headlines on the lines under a "Sources" heading as outlets, and only there', () => {
    const text = 'Sources\n- Velk Dagblad: "Talks stall in Tarnby"\n- Harl Champion: "Fiddler mourned"';
    const found = show(text, recognizer.recognize(text));
    assert.ok(found.includes('Velk Dagblad/ORG') && found.includes('Harl Champion/ORG'), found.join(', '));
    const quotes = 'Reactions\n- Ann Brask: "We mourn a great fiddler"';
    assert.ok(show(quotes, recognizer.recognize(quotes)).includes('Ann Brask/PER'));
  });
});

describe('paragraphRanges', () => {
  it('splits at blank lines and skips empty paragraphs', () => {
    const text = 'a b\nc\n\n\n  \nd\n';
    assert.deepStrictEqual(
      paragraphRanges(text).map(r => text.slice(r.start, r.end)),
      ['a b\nc', 'd\n'],
    );
  });
});

describe('EntityRecognizer rules after decoding, with the shipped model', () => {
  const recognizer = new EntityRecognizer(loadEntityModel(shippedModel()));

  it('keeps a nationality with the body it names, not with a ministry, and a compass word with the nationality', () => {
    const text =
      'South Korean officials met on Monday.\nThe Chinese Foreign Ministry said the talks would go on.\n' +
      'The Korean Grain Exporters Council agreed.';
    const found = show(text, recognizer.recognize(text));
    assert.ok(found.includes('South Korean/MISC'), found.join(', '));
    assert.ok(found.includes('Chinese/MISC') && found.includes('Foreign Ministry/ORG'), found.join(', '));
    assert.ok(found.includes('Korean Grain Exporters Council/ORG'), found.join(', '));
  });

  it("joins a name across the possessive of an ordinary word (People's, Women's)", () => {
    const text = "Officials of the Democratic People's Republic of Korea arrived. Britain's Labour Party did not.";
    const found = show(text, recognizer.recognize(text));
    assert.ok(found.includes("Democratic People's Republic of Korea/LOC"), found.join(', '));
    assert.ok(found.includes('Britain/LOC'), found.join(', '));
    assert.ok(found.includes('Labour Party/ORG'), found.join(', '));
  });

  it('types a name by the way the article describes it', () => {
    const text =
      'Harlan Oakes is an American rock band from Ohio.\n\nHarlan Oakes toured Europe. ' +
      'He later joined the band Velvet Tarns.';
    const found = show(text, recognizer.recognize(text));
    assert.ok(found.includes('Harlan Oakes/ORG'), found.join(', '));
    assert.ok(!found.includes('Harlan Oakes/PER'), found.join(', '));
    assert.ok(found.includes('Velvet Tarns/ORG'), found.join(', '));
  });

  it('reads firms named with a possessive, joined by "and", named after a place or "<...> of the" as bodies', () => {
    const text =
      "Shares in Harbrook's rose 4 percent, according to Harbrook's chief executive.\n\n" +
      'The report, written by Oxfam and Velgreen, was published, and Tarnwell Capital Partners and ' +
      'Agence Velmont-Presse reported it.\n\n"We are disappointed," a spokeswoman for Friends of the Velk ' +
      'Belgium said.\n\nAnalysts at Denver Velcronics and officials from Boston Quarrix met in Boston Harbor.';
    const found = show(text, recognizer.recognize(text));
    const expected = [
      'Harbrook/ORG',
      'Oxfam/ORG',
      'Velgreen/ORG',
      'Tarnwell Capital Partners/ORG',
      'Agence Velmont-Presse/ORG',
      'Friends of the Velk Belgium/ORG',
      'Denver Velcronics/ORG',
      'Boston Quarrix/ORG',
      'Boston Harbor/LOC',
    ];
    for (const name of expected) assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
    assert.ok(!found.includes('Harbrook/LOC') && !found.includes('Harbrook/PER'), found.join(', '));
  });

  it('reads a full name whose given name is only on the larger list as a person, not a body', () => {
    // Given names from the build's packages that the lexicon lacks, with invented surnames.
    const text =
      'Saffet Varnhagen beat Tolunay Brekke 6-2 6-1.\n\nConchita Veldrom and Aime Parlange met the minister.';
    const found = show(text, recognizer.recognize(text));
    for (const name of ['Saffet Varnhagen', 'Tolunay Brekke', 'Conchita Veldrom', 'Aime Parlange'])
      assert.ok(found.includes(`${name}/PER`), `${name} in ${found.join(', ')}`);
  });

  it('leaves places, people and known firms around those cues alone', () => {
    const text = "Officials of New York City met Paris Hilton, and China's foreign minister flew to Boston.";
    const found = show(text, recognizer.recognize(text));
    for (const name of ['New York City/LOC', 'Paris Hilton/PER', 'China/LOC', 'Boston/LOC'])
      assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
  });
});
