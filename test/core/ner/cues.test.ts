import * as assert from 'assert';
import { EntityType, Span } from '../../../src/core/types';
import { definedTypes, definingType, typeAfterNoun } from '../../../src/core/ner/cues';

/** The type the context gives the first occurrence of `name` in `text` (names invented for the tests). */
function typeIn(text: string, name: string, type: EntityType = 'PER'): EntityType | undefined {
  const start = text.indexOf(name);
  return definingType(text, { start, end: start + name.length, type });
}

describe('defining contexts', () => {
  it('types a name by the head noun of "is a/an ..."', () => {
    assert.strictEqual(typeIn('Kessler Brothers is an American rock band from Ohio .', 'Kessler Brothers'), 'ORG');
    assert.strictEqual(typeIn('Tarnby was a small fishing village in the north.', 'Tarnby'), 'LOC');
    assert.strictEqual(typeIn('Vellora is a Danish shipping company.', 'Vellora'), 'ORG');
    assert.strictEqual(typeIn('Vellora (Vellora Rederi A/S) is a Danish shipping company.', 'Vellora'), 'ORG');
    assert.strictEqual(typeIn('Ann Lee is a British singer-songwriter who lives in Hull.', 'Ann Lee'), 'PER');
    // Networks, groups of firms and armed units are bodies; ships and postings are not ("the aircraft carrier").
    assert.strictEqual(typeIn('the Arabic satellite network Velkira said', 'Velkira'), 'ORG');
    assert.strictEqual(typeIn('Tarn Velby is an extremist network based in Harl.', 'Tarn Velby'), 'ORG');
    assert.strictEqual(typeIn('the aircraft carrier Harl Velson sailed', 'Harl Velson'), undefined);
    // A firm's part, a regulator (not a contractor, who may be a person).
    assert.strictEqual(
      typeIn('The contractor is Velkexport, the engineering division of Tarnatom.', 'Velkexport'),
      'ORG',
    );
    assert.strictEqual(typeIn("Velkcom, the country's telecoms watchdog, said", 'Velkcom'), 'ORG');
    // An officer or an official is a person; "official" before a name is an adjective.
    assert.strictEqual(typeIn('led by customs officer Harl Velby-Tarn, won', 'Harl Velby-Tarn', 'ORG'), 'PER');
    assert.strictEqual(typeIn('Ann Velk, a senior official, said', 'Ann Velk', 'ORG'), 'PER');
    assert.strictEqual(typeIn('in the official Velkom statement', 'Velkom', 'ORG'), undefined);
    // An adjective after the head ends the description ("the agency responsible for").
    assert.strictEqual(typeIn('Velklinx, the provincial agency responsible for transit, said', 'Velklinx'), 'ORG');
    // A number with separators inside the description, and a preposition of place ending it.
    assert.strictEqual(typeIn('camped below Khan Velgri, the 7,010-metre peak near the border', 'Khan Velgri'), 'LOC');
    assert.strictEqual(
      typeIn('Residents of Tanjung Velk, a fishing village near the mill, said', 'Tanjung Velk'),
      'LOC',
    );
  });

  it('takes the head, not a noun inside the description', () => {
    // "a band member": the head is "member", which says nothing.
    assert.strictEqual(typeIn('Joss Harlan is a former band member.', 'Joss Harlan'), undefined);
    assert.strictEqual(typeIn('Joss Harlan is a member of the band.', 'Joss Harlan'), undefined);
    // A possessive is not the end of the description: the head is "drummer", not "band".
    assert.strictEqual(typeIn("Joss Harlan, the band's drummer, left.", 'Joss Harlan'), 'PER');
  });

  it('reads a short appositive after a comma but not a clause', () => {
    assert.strictEqual(typeIn('Norvane, a furniture maker owned by Dansco, opened.', 'Norvane'), 'ORG');
    assert.strictEqual(typeIn('In Leeds, the club said on Monday it would appeal.', 'Leeds'), undefined);
    // After "a" or "an", a longer phrase when a mark closes it; not one that runs on.
    assert.strictEqual(typeIn('by Velk Bio, a small Tarnian drug maker, on Monday.', 'Velk Bio'), 'ORG');
    assert.strictEqual(typeIn('to Velk Bio, a small Tarnian drug maker sold', 'Velk Bio'), undefined);
  });

  it("reads a person's trade the noun list lacks by its ending, as a description's head only", () => {
    assert.strictEqual(
      typeIn('Halla Velksdottir, a volcanologist at the institute, said.', 'Halla Velksdottir', 'ORG'),
      'PER',
    );
    assert.strictEqual(typeIn('Joss Tarn, a paediatrician in Harl, said.', 'Joss Tarn', 'ORG'), 'PER');
    // Not a list, nor such a word before a name, where it may be an adjective.
    assert.strictEqual(typeIn('Velk Tarn, a shortlist of four, was out.', 'Velk Tarn', 'ORG'), undefined);
    assert.strictEqual(typeIn('the separatist Velk Tarn said', 'Velk Tarn', 'ORG'), undefined);
  });

  it('reads a possessive name in place of the article ("Tarnia\'s biggest lender")', () => {
    assert.strictEqual(typeIn("Velkom, East Tarnia's largest telecoms company, said so.", 'Velkom'), 'ORG');
    assert.strictEqual(typeIn("Harlby is Tarnia's third city.", 'Harlby'), 'LOC');
    assert.strictEqual(typeIn("Harlby is Tarnia 's third city .", 'Harlby'), 'LOC'); // text split into tokens
    // The head decides, as after "a" or "the": a post says nothing.
    assert.strictEqual(typeIn("Ann Lee, Tarnia's foreign minister, said so.", 'Ann Lee'), undefined);
  });

  it("reads a possessive pronoun in place of the article after a comma, and a person's description up to a participle", () => {
    assert.strictEqual(typeIn('Velkom said Ann Velk, its chief executive, would leave.', 'Ann Velk', 'ORG'), 'PER');
    assert.strictEqual(
      typeIn('They mourned Tarik Velmon, their correspondent killed in Harl.', 'Tarik Velmon', 'ORG'),
      'PER',
    );
    assert.strictEqual(typeIn('Harl Velby, its parent company, said so.', 'Harl Velby'), 'ORG');
    assert.strictEqual(typeIn('Velkira, the vaccine alliance, said so.', 'Velkira'), 'ORG');
    // A place opening the sentence after a preposition is not described by the subject after its comma.
    assert.strictEqual(typeIn("In Harlby, Chancellor Ann Velk's coalition agreed.", 'Harlby', 'LOC'), undefined);
    assert.strictEqual(typeIn('So. In Harlby, the club said so.', 'Harlby', 'LOC'), undefined);
    // Not without the comma ("Velkom its ..." is no apposition), nor a body's noun before a participle.
    assert.strictEqual(typeIn('Ann Velk its chief executive said', 'Ann Velk', 'ORG'), undefined);
    assert.strictEqual(typeIn('Velland is the only team eliminated so far.', 'Velland', 'LOC'), undefined);
  });

  it('reads "the world\'s", "the country\'s" in place of the article, before a description of up to four words', () => {
    assert.strictEqual(typeIn("Velkom, the country's largest mobile phone company, said so.", 'Velkom'), 'ORG');
    assert.strictEqual(typeIn("Tarn Peak is the world 's tallest mountain .", 'Tarn Peak'), 'LOC');
    // Five words after a comma may hold a verb: not read.
    assert.strictEqual(
      typeIn("Velkom, the country's largest and oldest mobile phone company, said so.", 'Velkom'),
      undefined,
    );
  });

  it('does not let a place after a comma take the description of the subject', () => {
    assert.strictEqual(typeIn('Born in Tarnby, Ohio is a singer.', 'Ohio'), undefined);
  });

  it('types a name right before the noun of a news outlet as the outlet', () => {
    assert.strictEqual(typeIn('Velka news agency said on Monday.', 'Velka'), 'ORG');
    assert.strictEqual(typeIn('But Le Tarn newspaper , quoting witnesses', 'Le Tarn'), 'ORG');
    // One outlet of a place, a place before the outlet's own name, a nationality: not the outlet.
    assert.strictEqual(typeIn('a Tarnby newspaper said', 'Tarnby'), undefined);
    // The field it covers may come before the noun; an adjective may follow the article.
    assert.strictEqual(typeIn('the Velka business daily said', 'Velka'), 'ORG');
    assert.strictEqual(typeIn('a major Tarnby business magazine said', 'Tarnby'), undefined);
    assert.strictEqual(typeIn('the Tarnby daily Velka Post said', 'Tarnby'), undefined);
    assert.strictEqual(definingType('the Velkan news agency said', { start: 4, end: 10, type: 'MISC' }), undefined);
  });

  it('types a name after "<place>-based" or "<owner>-controlled" as a body', () => {
    assert.strictEqual(typeIn('The deal with Tarnby-based Velka Holdings closed.', 'Velka Holdings'), 'ORG');
    assert.strictEqual(typeIn('shares of family-controlled Harl & Sons rose', 'Harl & Sons'), 'ORG');
    assert.strictEqual(typeIn('The deal with Tarnby, based in Velland', 'Velland'), undefined);
  });

  it("types a name right before a company's officer and the officer's name as a company", () => {
    assert.strictEqual(typeIn('Velkora chief executive Ann Lee said so.', 'Velkora', 'LOC'), 'ORG');
    assert.strictEqual(typeIn('Harl Ridge CEO Ann Lee said so.', 'Harl Ridge', 'LOC'), 'ORG');
    // A firm's analyst defines the firm where the sentence read it as one, for its other mentions.
    assert.strictEqual(typeIn('Velkora analyst Ann Lee wrote.', 'Velkora', 'ORG'), 'ORG');
    // Not without the officer's name, nor a state's office.
    assert.strictEqual(typeIn('Velkora chief executive said so.', 'Velkora', 'LOC'), undefined);
    assert.strictEqual(typeIn('Tarnby Mayor Ann Lee said so.', 'Tarnby', 'LOC'), undefined);
  });

  it('types a name whose stock is traded as a company, unless it was read as a place', () => {
    assert.strictEqual(typeIn('for 2,000 shares of Harlow Tarm common stock.', 'Harlow Tarm'), 'ORG');
    assert.strictEqual(typeIn('Velkora stock closed down 1/8.', 'Velkora'), 'ORG');
    assert.strictEqual(typeIn('It bought a stake in Velkora last year.', 'Velkora', 'ORG'), 'ORG');
    assert.strictEqual(typeIn('Velkora preferred stock was not traded.', 'Velkora'), 'ORG');
    assert.strictEqual(typeIn('Velkora shares jumped.', 'Velkora'), 'ORG');
    assert.strictEqual(typeIn('It paid 2 dollars per Velkora share.', 'Velkora'), 'ORG');
    assert.strictEqual(typeIn('Velkora shareholders agreed.', 'Velkora'), 'ORG');
    // Places have stock markets; a person who shares, or stock of something else, says nothing.
    assert.strictEqual(typeIn('Tarnby stock markets fell, as did shares in Vellandia.', 'Tarnby', 'LOC'), undefined);
    assert.strictEqual(typeIn('as did shares in Vellandia.', 'Vellandia', 'LOC'), undefined);
    assert.strictEqual(typeIn('Ann Tarm shares a flat with Joss.', 'Ann Tarm'), undefined);
    assert.strictEqual(typeIn('Ann Tarm shares in the blame.', 'Ann Tarm'), undefined);
    assert.strictEqual(typeIn('Tarnby shares fell.', 'Tarnby', 'LOC'), undefined);
    assert.strictEqual(typeIn('Ann Tarm stockpiled food.', 'Ann Tarm'), undefined);
  });

  it('types a name read as a person that was founded, formed or disbanded as a body', () => {
    assert.strictEqual(typeIn('Caddoni was founded in 1898 by a cyclist.', 'Caddoni'), 'ORG');
    assert.strictEqual(typeIn('Harl Tarm were formed in Leeds.', 'Harl Tarm'), 'ORG');
    assert.strictEqual(typeIn('Velkora has been taken over by a rival.', 'Velkora'), 'ORG');
    // Places are founded too; a person is "found", "informed" or "formerly" something.
    assert.strictEqual(typeIn('Tarnby was founded by monks.', 'Tarnby', 'LOC'), undefined);
    assert.strictEqual(typeIn('Ann Tarm was found guilty.', 'Ann Tarm'), undefined);
    assert.strictEqual(typeIn('Ann Tarm was formerly a judge.', 'Ann Tarm'), undefined);
    assert.strictEqual(typeIn('Ann Tarm was informed of it.', 'Ann Tarm'), undefined);
  });

  it("types a name before a company's possession (chief executive, board, shareholders) as a company", () => {
    assert.strictEqual(typeIn("Shares rose, according to Hargreave's chief executive.", 'Hargreave'), 'ORG');
    assert.strictEqual(typeIn('He left Velkora ’s board of directors.', 'Velkora'), 'ORG');
    assert.strictEqual(typeIn("Tarnwell's shareholders voted on Friday.", 'Tarnwell'), 'ORG');
    assert.strictEqual(typeIn("Brisk Harl's pre-tax profit fell.", 'Brisk Harl'), 'ORG');
    // What people and places have: a minister, earnings, a leader; and a noun that only starts with one.
    assert.strictEqual(typeIn("Vellandia's foreign minister said so.", 'Vellandia'), undefined);
    assert.strictEqual(typeIn("Ann Tarnwell's earnings doubled.", 'Ann Tarnwell'), undefined);
    assert.strictEqual(typeIn("Tarnby's chief of police resigned.", 'Tarnby'), undefined);
    assert.strictEqual(typeIn("Tarnby's boardwalk reopened.", 'Tarnby'), undefined);
    assert.strictEqual(typeIn("The order came from Velkora's head office in Tarnby.", 'Velkora'), 'ORG');
    assert.strictEqual(typeIn("outside Harl Tarm's headquarters", 'Harl Tarm'), 'ORG');
  });

  it('types a name after a describing noun', () => {
    assert.strictEqual(typeIn('He joined the band Velvet Tarns in 1990.', 'Velvet Tarns'), 'ORG');
    assert.strictEqual(typeIn('It was first reported by the local portal Velk Nowiny.', 'Velk Nowiny'), 'ORG');
    assert.strictEqual(typeIn('They moved to the village of Tarnby.', 'Tarnby'), 'LOC');
    assert.strictEqual(typeIn('the singer Ann Lee', 'Ann Lee'), 'PER');
    // A trade union, a grocer, a brokerage, an authority.
    assert.strictEqual(typeIn('The services union Velkar said it would strike.', 'Velkar'), 'ORG');
    assert.strictEqual(typeIn('Struggling grocer Velkar is closing stores.', 'Velkar'), 'ORG');
    assert.strictEqual(typeIn('Regional transport authority Velkar said so.', 'Velkar'), 'ORG');
    assert.strictEqual(typeIn('exporters such as watchmaker Velkar', 'Velkar'), 'ORG');
    assert.strictEqual(typeIn('Tarnian payments start-up Velkpay raised funds', 'Velkpay', 'LOC'), 'ORG');
    // A noun that describes a body only after its trade: "auction house", "chip designer", "grid operator".
    assert.strictEqual(typeIn('She worked at auction house Velkar.', 'Velkar'), 'ORG');
    assert.strictEqual(typeIn('Shares in chip designer Velkar rose.', 'Velkar'), 'ORG');
    assert.strictEqual(typeIn('Airport operator Velkar said so.', 'Velkar'), 'ORG');
    assert.strictEqual(typeIn('He questioned operator Ann Velkar.', 'Ann Velkar'), undefined);
    assert.strictEqual(typeIn('the fashion designer Ann Velkar', 'Ann Velkar'), 'PER');
    // A person after a comma that follows a place after "in" is the next clause's subject.
    assert.strictEqual(typeIn('exams held in Velmark, a regional officer said.', 'Velmark', 'LOC'), undefined);
    assert.strictEqual(typeIn('She met Ann Velk, a regional officer, today.', 'Ann Velk'), 'PER');
    // The same compound as the head of a description after the name.
    assert.strictEqual(typeIn('made by Velk Tarnara, a production house based in Joss.', 'Velk Tarnara'), 'ORG');
    assert.strictEqual(typeIn('Ann Velkar, a think tank in Tarnby, said so.', 'Ann Velkar'), 'ORG');
    assert.strictEqual(typeIn('Ann Velkar, a house painter, said so.', 'Ann Velkar'), 'PER');
    assert.strictEqual(typeIn('Ann Velkar, a house on the hill, was sold.', 'Ann Velkar'), undefined);
    // A firm's name describes it before any noun does ("Velkar Systems, a designer of chips").
    assert.strictEqual(typeIn('Velkar Systems, a designer of chips, rose.', 'Velkar Systems'), 'ORG');
    // Modifiers and groups of people do not type what follows.
    assert.strictEqual(typeIn('She won the league MVP award.', 'MVP'), undefined);
    assert.strictEqual(typeIn('the duo Ann Lee and Joss Harlan', 'Ann Lee'), undefined);
    assert.strictEqual(typeAfterNoun('band', true), undefined);
    assert.strictEqual(typeAfterNoun('town', true), 'LOC');
    assert.strictEqual(typeAfterNoun('constructor', false), undefined);
    assert.strictEqual(typeIn("the band's Velvet Tarns", 'Velvet Tarns'), undefined);
    assert.strictEqual(typeIn('the Oakband Velvet Tarns', 'Velvet Tarns'), undefined);
    // After "a" the word is an adjective ("a firm Velland dollar"); a noun labelling a name takes "the".
    assert.strictEqual(typeIn('pressured by a firm Velland dollar', 'Velland', 'LOC'), undefined);
    assert.strictEqual(typeIn('pressured by the firm Velland said', 'Velland', 'LOC'), 'ORG');
    // A noun after "kind of" names a kind; the name after it is what the sentence goes on about.
    assert.strictEqual(typeIn('Velkom is the kind of company Vellandia says it wants.', 'Vellandia'), undefined);
    assert.strictEqual(typeIn('the sort of band Harl Tarm would join', 'Harl Tarm'), undefined);
    // Where someone was born, or governs, is a place, not a body named there.
    assert.strictEqual(typeIn('He was born in Velkabad and moved to the capital.', 'Velkabad'), 'LOC');
    assert.strictEqual(typeIn('Born in Satu Velk, she trained in Tarnby.', 'Satu Velk'), 'LOC');
    assert.strictEqual(typeIn('He was born in Velby Hospital.', 'Velby Hospital', 'ORG'), undefined);
    assert.strictEqual(typeIn('He was reborn in Velkabad.', 'Velkabad'), undefined);
    assert.strictEqual(typeIn('The Governor of Velkabad, Ann Lee, spoke.', 'Velkabad'), 'LOC');
    assert.strictEqual(typeIn('the mayor of Tarn Velk said', 'Tarn Velk'), 'LOC');
    // What a thing is near is a place, where the tagger read it as one; not a person read there.
    assert.strictEqual(typeIn('his home near Tarn Velk, County Harl', 'Tarn Velk', 'LOC'), 'LOC');
    assert.strictEqual(typeIn('she sat near Tarn Velk at dinner', 'Tarn Velk'), undefined);
    assert.strictEqual(typeIn('a shop in Tarn Velk', 'Tarn Velk', 'LOC'), undefined);
    // After another "of", the noun labels the name as anywhere else.
    assert.strictEqual(typeIn('Shares of carmaker Velkona rose.', 'Velkona'), 'ORG');
    assert.strictEqual(typeIn('an analyst of lender Tarnby said', 'Tarnby', 'LOC'), 'ORG');
    // Nor across a line break: a headline's last noun does not label the dateline under it.
    assert.strictEqual(typeIn('Watchdog probes Tarnby lender\n\nVELBY, May 2 - It said so.', 'VELBY'), undefined);
    assert.strictEqual(typeIn('Watchdog probes Tarnby lender VELBY', 'VELBY'), 'ORG');
  });

  it('types a name set off by commas after a sentence\'s opening "The", "A" or "An", or "a" anywhere, and a body\'s noun', () => {
    assert.strictEqual(typeIn('It fell. The regulator, Velkom, said so.', 'Velkom'), 'ORG');
    assert.strictEqual(typeIn('It rained. A Tarnby-based youth charity, Velk Aid, gave tea.', 'Velk Aid'), 'ORG');
    assert.strictEqual(typeIn('It rained. An opposition group, Velk, said so.', 'Velk'), 'ORG');
    assert.strictEqual(typeIn('It rained. A local man, Harl Velby, said so.', 'Harl Velby'), undefined);
    // After "a" or "an" inside the sentence too, a place's name among the words; not after "of".
    assert.strictEqual(typeIn('It lent money to a Tarnby trading firm, Velk Quant, after that.', 'Velk Quant'), 'ORG');
    assert.strictEqual(typeIn('They held the head of an alliance, Harl Tarm, on Monday.', 'Harl Tarm'), undefined);
    assert.strictEqual(typeIn('The separatist group , Harl Tarm , said so.', 'Harl Tarm'), 'ORG');
    // Not a post of the body, nor mid-sentence, nor without the closing comma.
    assert.strictEqual(typeIn('Police held the head of the alliance, Harl Tarm, on Monday.', 'Harl Tarm'), undefined);
    assert.strictEqual(typeIn('It fell. The regulator, Velkom said.', 'Velkom'), undefined);
  });

  it('types a name set off by commas after "the" and a person\'s noun as a person', () => {
    assert.strictEqual(typeIn('He blamed the referee, Harl Tarm Velko, for it.', 'Harl Tarm Velko', 'ORG'), 'PER');
    assert.strictEqual(typeIn("The company's managing director, Harl Tarm, said.", 'Harl Tarm', 'ORG'), 'PER');
    // Not without the closing comma, nor after a body's noun mid-sentence.
    assert.strictEqual(typeIn('He blamed the referee, Harl Tarm said.', 'Harl Tarm', 'ORG'), undefined);
    assert.strictEqual(typeIn('Police held the head of the alliance, Harl Tarm, on Monday.', 'Harl Tarm'), undefined);
    // What a described thing is known as.
    assert.strictEqual(typeIn("The bank's policy committee, known as Velcom, met.", 'Velcom', 'LOC'), 'ORG');
    assert.strictEqual(typeIn('a small village known locally as Tarnby', 'Tarnby', 'PER'), 'LOC');
    assert.strictEqual(typeIn('a drug known as Velkamine', 'Velkamine', 'PER'), undefined);
    // A candidate or a nominee before a name is a person; a country may be a candidate for membership.
    assert.strictEqual(typeIn('the Velk Party candidate Ann Tarm polled 900 votes', 'Ann Tarm', 'ORG'), 'PER');
    assert.strictEqual(typeIn('the court nominee Harl Velby', 'Harl Velby', 'LOC'), 'PER');
    assert.strictEqual(typeIn('Tarnia is a candidate for membership of the bloc.', 'Tarnia', 'LOC'), undefined);
    // A driver, a teacher, a director described after the name.
    assert.strictEqual(typeIn('said Harl Tarm, a bus driver who plies it.', 'Harl Tarm', 'ORG'), 'PER');
    // Not a description set off before another name, which is that name's.
    assert.strictEqual(
      typeIn("at Velby Coroner's Court, the driver of the van, Ann Tarm, said", "Velby Coroner's Court", 'ORG'),
      undefined,
    );
  });

  it('types the name after a job and "at" as the employer, a body, and a sentence\'s opening "Shares in" as a company\'s', () => {
    assert.strictEqual(typeIn('said Ann Lee, an analyst at Velbank in Tarnby.', 'Velbank', 'LOC'), 'ORG');
    assert.strictEqual(typeIn('a professor at Harl University said', 'Harl University', 'LOC'), 'ORG');
    assert.strictEqual(typeIn('said Ann Lee, head of Tarnian equities at Velkora in Harlow.', 'Velkora', 'LOC'), 'ORG');
    assert.strictEqual(typeIn('Shares in Velka fell.', 'Velka'), 'ORG');
    // Not the owner of the employer, nor someone who is only there.
    assert.strictEqual(typeIn("a lecturer at Tarnby 's university", 'Tarnby', 'LOC'), undefined);
    assert.strictEqual(typeIn('a tourist at Tarnby said', 'Tarnby', 'LOC'), undefined);
    // Not where the employer is, or who owns it, before a body's noun and the employer's name.
    assert.strictEqual(typeIn('an economist at Tarnby asset manager Velkor Capital.', 'Tarnby', 'LOC'), undefined);
    assert.strictEqual(typeIn('said an analyst at Harlow brokerage Velka Valores.', 'Harlow', 'LOC'), undefined);
    assert.strictEqual(typeIn('said Ann Lee, an analyst at Velbank in Tarnby.', 'Velbank', 'LOC'), 'ORG');
  });

  it('types the name after a firm\'s office and "of" as the employer, and the names a brand or consultancy describes', () => {
    assert.strictEqual(typeIn('Ann Lee, chief executive of Velkor, said', 'Velkor', 'LOC'), 'ORG');
    assert.strictEqual(typeIn('the CEO of Velkor said', 'Velkor', 'PER'), 'ORG');
    assert.strictEqual(typeIn('a deal with sportswear brand Velkor on Monday', 'Velkor', 'PER'), 'ORG');
    assert.strictEqual(typeIn('data from the consultancy Harlwick showed', 'Harlwick', 'LOC'), 'ORG');
    // Not a state's office, nor a town before its state.
    assert.strictEqual(typeIn('the president of Tarnia said', 'Tarnia', 'LOC'), undefined);
    assert.strictEqual(typeIn('chief executive of Tarnby, Velland-based Harlco', 'Tarnby', 'LOC'), undefined);
  });

  it("types a side named by its town as a body wherever a sports result or a player's position says so", () => {
    // Only a name the sentence's rules already read as a body: a country they kept as a place stays one.
    assert.strictEqual(typeIn('Tarnby beat Harlow 2-1 on Saturday.', 'Tarnby', 'ORG'), 'ORG');
    assert.strictEqual(typeIn('Harlow drew 1-1 at home.', 'Harlow', 'ORG'), 'ORG');
    assert.strictEqual(typeIn('Velby were bowled out for 142.', 'Velby', 'ORG'), 'ORG');
    assert.strictEqual(typeIn('after their defeat to Velby on Sunday', 'Velby', 'ORG'), 'ORG');
    assert.strictEqual(typeIn('a late header from Tarnby striker Ann Lee', 'Tarnby', 'ORG'), 'ORG');
    assert.strictEqual(typeIn('Tarnby beat Harlow 2-1 on Saturday.', 'Tarnby', 'LOC'), undefined);
    // A result's verb before a lower-case word, or a position with no player named, is not a result.
    assert.strictEqual(typeIn('Tarnby beat expectations again.', 'Tarnby', 'ORG'), undefined);
    assert.strictEqual(typeIn('Tarnby captain of industry', 'Tarnby', 'ORG'), undefined);
  });

  it('types a name ending in a legal form as a body, whatever describes it', () => {
    assert.strictEqual(typeIn('to the chip designer Velka Corp. in May', 'Velka Corp.'), 'ORG');
    assert.strictEqual(typeIn('Tarn Holdings is a singer', 'Tarn Holdings'), 'ORG');
    // Forms that translated and wire copy keeps: Italian, Peruvian, Finnish, Indonesian.
    for (const name of ['Velkora S.p.A.', 'Tarnavia S.A.C.', 'Harl Oyj', 'Velka Tbk'])
      assert.strictEqual(typeIn(`${name} is a singer`, name), 'ORG', name);
    assert.strictEqual(typeIn('the singer Tarn Velby said', 'Tarn Velby'), 'PER');
  });

  it("types an acronym in brackets after a body's name as a body", () => {
    assert.strictEqual(typeIn('the Velland Space Research Organisation (VSRO) launched', 'VSRO'), 'ORG');
    assert.strictEqual(typeIn('the Weather and Climate Agency (BMKT) warned', 'BMKT'), 'ORG');
    assert.strictEqual(typeIn('the Tarn Freedom Party (TFP) won', 'TFP', 'LOC'), 'ORG');
    assert.strictEqual(typeIn('the Tarn Freedom Party ( TFP ) won', 'TFP'), 'ORG'); // text split into tokens
    // Not after a place, a person or a word that names no body, nor a word that is no acronym.
    assert.strictEqual(typeIn('TARNBY (VNA) - Floods hit', 'VNA'), undefined);
    assert.strictEqual(typeIn('the Velby Pipeline (VBP) opened', 'VBP'), undefined);
    assert.strictEqual(typeIn('the Harl Agency (Velkon) said', 'Velkon'), undefined);
    assert.strictEqual(typeIn('the Harl Agency (H) said', 'H'), undefined);
  });

  it('types works, vehicles and peoples as other names (MISC)', () => {
    assert.strictEqual(typeIn('Quiet Harbours is a 1994 album by Ann Lee.', 'Quiet Harbours'), 'MISC');
    assert.strictEqual(typeIn('the film Quiet Harbours', 'Quiet Harbours'), 'MISC');
    assert.strictEqual(typeIn('The Harl JT4 was a racing car for 1990.', 'Harl JT4'), 'MISC');
    // After the noun a capitalised word is often not a title: "won the game Saturday".
    assert.strictEqual(typeIn('They won the game Saturday.', 'Saturday'), undefined);
  });

  it('gives each described name the type most of its contexts give', () => {
    const text = 'Vellora is a furniture maker. Vellora sells chairs. Vellora, a company from Norway, grew.';
    const spans: Span[] = [];
    for (let at = text.indexOf('Vellora'); at >= 0; at = text.indexOf('Vellora', at + 1)) {
      spans.push({ start: at, end: at + 7, type: 'PER' });
    }
    const types = definedTypes(
      text,
      spans,
      spans.map(s => text.slice(s.start, s.end)),
    );
    assert.deepStrictEqual([...types], [['Vellora', 'ORG']]);
  });
});
