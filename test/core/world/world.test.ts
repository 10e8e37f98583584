import * as assert from 'assert';
import { encodeWorld, KnowledgeBase, linkMention, nameKey, WorldEntity } from '../../../src/core/world';
import { linkHighlight } from '../../../src/core/world/linkHighlight';

/**
 * An invented world: two towns called Marrowby, a country, a region, parties, a senator, and bodies
 * whose acronyms two of them share.
 */
const entities: WorldEntity[] = [
  {
    id: 'Q901',
    type: 'LOC',
    label: 'Valdoria',
    aliases: ['VLD'],
    description: 'country in Northern Europe',
    prominence: 7,
  },
  { id: 'Q902', type: 'LOC', label: 'Marrowby', aliases: [], description: 'city in Elsmere, Valdoria', prominence: 7 },
  {
    id: 'Q903',
    type: 'LOC',
    label: 'Marrowby',
    aliases: [],
    description: 'city in Kestrel Coast, Ostland',
    prominence: 6,
  },
  { id: 'Q904', type: 'LOC', label: 'Kestrel Coast', aliases: [], description: 'province of Ostland', prominence: 5 },
  {
    id: 'Q905',
    type: 'ORG',
    label: 'Harbour Workers’ Party',
    aliases: ['HWP', 'Partido Portuario'],
    description: 'political party in Valdoria',
    prominence: 5,
  },
  {
    id: 'Q906',
    type: 'ORG',
    label: 'Green Union',
    aliases: ['GU'],
    description: 'political party in Valdoria',
    prominence: 5,
  },
  {
    id: 'Q907',
    type: 'ORG',
    label: 'Green Union',
    aliases: [],
    description: 'political party in Ostland',
    prominence: 5,
  },
  {
    id: 'Q908',
    type: 'PER',
    label: 'Tamsin R. Okonjo',
    aliases: ['Tamsin Okonjo'],
    description: 'senator for Elsmere',
    prominence: 6,
  },
  { id: 'Q909', type: 'LOC', label: 'São Quirino', aliases: [], description: 'city in Valdoria', prominence: 4 },
  {
    id: 'Q910',
    type: 'ORG',
    label: 'CBB',
    aliases: ['Coastal Broadcasting Board'],
    description: 'company in Marrowby, Valdoria',
    prominence: 6,
  },
  {
    id: 'Q911',
    type: 'ORG',
    label: 'Copperfield Brewing Board',
    aliases: ['CBB'],
    description: 'company in Kestrel Coast, Ostland',
    prominence: 6,
  },
  {
    id: 'Q912',
    type: 'ORG',
    label: 'Valdorian Tide Office',
    aliases: ['VTO'],
    description: 'government body in Valdoria',
    prominence: 6,
  },
  // The places data lists a few capitals twice, as the city and as another item of the same name.
  { id: 'Q9140', type: 'LOC', label: 'Ostburg', aliases: [], description: 'capital city in Ostland', prominence: 7 },
  {
    id: 'Q914',
    type: 'LOC',
    label: 'Ostburg',
    aliases: [],
    description: 'capital city in Ostburg Province, Ostland',
    prominence: 7,
  },
  { id: 'Q915', type: 'LOC', label: 'Ostburg', aliases: [], description: 'province of Ostland', prominence: 4 },
];
const text = encodeWorld(entities, ['invented']);

describe('KnowledgeBase', () => {
  const kb = new KnowledgeBase(text);

  it('reads every line but comments, and finds entities by label and alias, ignoring case, accents and dots', () => {
    assert.strictEqual(kb.size, entities.length);
    assert.deepStrictEqual(
      kb.candidates('vld').map(e => e.id),
      ['Q901'],
    );
    assert.deepStrictEqual(
      kb.candidates('Sao Quirino').map(e => e.id),
      ['Q909'],
    );
    assert.deepStrictEqual(
      kb.candidates('Tamsin R Okonjo').map(e => e.id),
      ['Q908'],
    );
    assert.deepStrictEqual(kb.entity('Q905')?.aliases, ['HWP', 'Partido Portuario']);
    assert.strictEqual(kb.has('Marrowby'), true);
    assert.strictEqual(kb.has('Marrowbury'), false);
  });

  it('lists candidates most prominent first and reports the types a name can have', () => {
    assert.deepStrictEqual(
      kb.candidates('Marrowby').map(e => e.id),
      ['Q902', 'Q903'],
    );
    assert.strictEqual(kb.typesOf('Green Union'), 2);
    assert.strictEqual(kb.typesOf('Valdoria'), 4);
    assert.strictEqual(kb.typesOf('Nowhere'), 0);
  });

  it("reads the same from the file's bytes as from its text, with or without a last newline", () => {
    const fromBytes = new KnowledgeBase(new TextEncoder().encode(text));
    const noLastNewline = new KnowledgeBase(text.trimEnd());
    for (const other of [fromBytes, noLastNewline]) {
      assert.strictEqual(other.size, entities.length);
      for (const name of ['Marrowby', 'São Quirino', 'Green Union', 'CBB', 'Valdorian Tide Office', 'VTO', 'Nowhere']) {
        assert.deepStrictEqual(other.candidates(name), kb.candidates(name), name);
        assert.strictEqual(other.typesOf(name), kb.typesOf(name), name);
      }
      assert.deepStrictEqual(other.entity('Q909'), kb.entity('Q909'));
    }
  });

  it('rejects a malformed line instead of guessing', () => {
    const wrongType = new KnowledgeBase('# c\n@entities\nQ1\tX\tName\t\tdescription\t3\n@names\nname\t0\n');
    assert.throws(() => wrongType.candidates('Name'), /malformed line 3/);
    const tooShort = new KnowledgeBase('@entities\nQ1\tL\tName\n@names\nname\t0\n');
    assert.throws(() => tooShort.entity('Q1'), /malformed line 2/);
    assert.throws(() => new KnowledgeBase('Q1\tL\tName\t\tdescription\t3\n'), /not a knowledge base/);
  });

  it('keys names so that spelling variants meet and different words do not', () => {
    assert.strictEqual(nameKey('U.S.'), nameKey('US'));
    assert.strictEqual(nameKey('Guinea-Bissau'), nameKey('Guinea Bissau'));
    assert.strictEqual(nameKey('Harbour Workers’ Party'), nameKey("Harbour Workers' Party"));
    assert.notStrictEqual(nameKey('Marrowby'), nameKey('Marrow by'));
  });
});

describe('linkMention', () => {
  const kb = new KnowledgeBase(text);

  it('links an unambiguous name with high confidence', () => {
    const link = linkMention(kb, 'Valdoria', 'LOC', 'Talks in Valdoria ended.');
    assert.strictEqual(link?.entity.id, 'Q901');
    assert.ok(link!.confidence > 0.8, String(link!.confidence));
  });

  it('prefers the more prominent of two places when the article says nothing else', () => {
    const link = linkMention(kb, 'Marrowby', 'LOC', 'Floods reached Marrowby on Sunday.');
    assert.strictEqual(link?.entity.id, 'Q902');
    assert.deepStrictEqual(
      link!.alternatives.map(e => e.id),
      ['Q903'],
    );
  });

  it('takes the other place when the article names its region', () => {
    const link = linkMention(kb, 'Marrowby', 'LOC', 'Along the Kestrel Coast, Marrowby braced for the storm.');
    assert.strictEqual(link?.entity.id, 'Q903');
  });

  it('leaves a name unlinked when two readings are equally likely', () => {
    assert.strictEqual(linkMention(kb, 'Green Union', 'ORG', 'The Green Union won seats.'), undefined);
    assert.strictEqual(
      linkMention(kb, 'Green Union', 'ORG', 'In Ostland, the Green Union won seats.')?.entity.id,
      'Q907',
    );
  });

  it("reads a country's capital listed twice as one city, the older item", () => {
    const link = linkMention(kb, 'Ostburg', 'LOC', 'Talks in Ostburg, the capital of Ostland, ended.');
    assert.strictEqual(link?.entity.id, 'Q914');
    assert.ok(link.confidence > 0.9, `confidence ${link.confidence}`);
  });

  it('never links to an entity of another type than the text gives the mention', () => {
    assert.strictEqual(linkMention(kb, 'Valdoria', 'ORG', 'Valdoria beat Ostland 2-1.'), undefined);
    assert.strictEqual(linkMention(kb, 'Tamsin Okonjo', 'PER', '')?.entity.id, 'Q908');
    assert.strictEqual(linkMention(kb, 'Tamsin Okonjo', 'LOC', ''), undefined);
  });

  it('leaves a little-known entity unlinked unless the article names where it is', () => {
    assert.strictEqual(linkMention(kb, 'São Quirino', 'LOC', 'Fishermen in São Quirino protested.'), undefined);
    assert.strictEqual(
      linkMention(kb, 'São Quirino', 'LOC', 'Fishermen in São Quirino, on the coast of Valdoria, protested.')?.entity
        .id,
      'Q909',
    );
    assert.strictEqual(linkMention(kb, 'São Quirino, Valdoria', 'LOC', '')?.entity.id, 'Q909');
  });

  it('looks a name up without a leading "the"', () => {
    assert.strictEqual(linkMention(kb, 'the Harbour Workers’ Party', 'ORG', 'a vote in Valdoria')?.entity.id, 'Q905');
  });

  it('returns nothing for names the knowledge base does not have', () => {
    assert.strictEqual(linkMention(kb, 'Brackenfold', 'LOC', 'Brackenfold'), undefined);
  });

  it('takes an acronym for the body best known by it, and for another only where the article backs it', () => {
    // "CBB" is the broadcaster's best-known name; the brewing board bears it only as an acronym.
    assert.strictEqual(linkMention(kb, 'CBB', 'ORG', 'Listeners wrote to CBB on Monday.')?.entity.id, 'Q910');
    const spelledOut = 'The Copperfield Brewing Board (CBB) met. CBB said prices would rise.';
    assert.strictEqual(linkMention(kb, 'CBB', 'ORG', spelledOut)?.entity.id, 'Q911');
    // Naming where an institution is is not enough: news names places all the time.
    assert.strictEqual(linkMention(kb, 'CBB', 'ORG', 'Brewers on the Kestrel Coast told CBB.')?.entity.id, 'Q910');
    // An acronym one body alone bears, however written, needs its name spelled out, or, for a body of a
    // whole country, the country named.
    assert.strictEqual(linkMention(kb, 'VTO', 'ORG', 'The VTO closed the harbour.'), undefined);
    assert.strictEqual(linkMention(kb, 'Vto', 'ORG', 'The Vto closed the harbour.'), undefined);
    assert.strictEqual(linkMention(kb, 'VTO', 'ORG', 'In Valdoria, the VTO closed the harbour.')?.entity.id, 'Q912');
    // Places keep their short names: "VLD" is the country.
    assert.strictEqual(linkMention(kb, 'VLD', 'LOC', 'Talks in VLD ended.')?.entity.id, 'Q901');
  });
});

describe('linkHighlight', () => {
  const kb = new KnowledgeBase(text);

  it('links a short form through the longer form of the name in the article', () => {
    const article = 'Senator Tamsin Okonjo spoke. Later, Okonjo left.';
    assert.strictEqual(linkHighlight(kb, article, 'person', 'Okonjo', ['Tamsin Okonjo', 'Okonjo'])?.entity.id, 'Q908');
    assert.strictEqual(linkHighlight(kb, article, 'person', 'Okonjo', ['Okonjo']), undefined);
  });

  it('links only people, organisations and places, by the type their label gives', () => {
    assert.strictEqual(linkHighlight(kb, '', 'location', 'Valdoria', [])?.entity.id, 'Q901');
    assert.strictEqual(linkHighlight(kb, '', 'organisation', 'Valdoria', []), undefined);
    assert.strictEqual(linkHighlight(kb, '', 'claim', 'Valdoria', []), undefined);
    assert.strictEqual(linkHighlight(kb, '', 'date', 'Valdoria', []), undefined);
  });
});

describe('linkHighlight, longer names', () => {
  const kb = new KnowledgeBase(text);

  it('does not take a place for a longer name it is part of', () => {
    // Kestrel Coast alone is too little known to link here; "Marrowby, Kestrel Coast" is Marrowby, not it.
    const article = 'Storms hit Marrowby, Kestrel Coast, and later the rest of Kestrel Coast.';
    assert.strictEqual(
      linkHighlight(kb, article, 'location', 'Kestrel Coast', ['Marrowby, Kestrel Coast', 'Kestrel Coast']),
      undefined,
    );
  });
});
