import * as assert from 'assert';
import { run } from './ruleBench';

describe('head-word and "of" rules (rules-heads.ts)', () => {
  it("types a storm's given name after its word as MISC, outside longer names", () => {
    assert.deepStrictEqual(run('Typhoon Velka hit Tarnby', 'B-ORG I-ORG O B-LOC'), ['Velka/MISC', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('Tropical Storm Tarvell weakened', 'O O B-PER O'), ['Tarvell/MISC']);
    assert.deepStrictEqual(run('Hurricane Velka struck', 'B-MISC I-MISC O'), ['Hurricane Velka/MISC']);
    // In lower case too, "storm" only after its kind.
    assert.deepStrictEqual(run('After hurricane Ulla struck Tarnby', 'O O B-PER O B-LOC'), ['Ulla/MISC', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('a post-tropical storm Ulla swept in', 'O O O B-PER O O'), ['Ulla/MISC']);
    assert.deepStrictEqual(run('after the storm Ulla Brennick said', 'O O O B-PER I-PER O'), ['Ulla Brennick/PER']);
    // A longer name, a body's word after it, or a capitalised word before it: as read.
    assert.deepStrictEqual(run('the Hurricane Velka Fund paid', 'O B-ORG I-ORG I-ORG O'), ['Hurricane Velka Fund/ORG']);
    assert.deepStrictEqual(run('the Hurricane Ministry said', 'O B-ORG I-ORG O'), ['Hurricane Ministry/ORG']);
    assert.deepStrictEqual(run('the Tarnby Hurricane Velka said', 'O B-ORG I-ORG I-ORG O'), [
      'Tarnby Hurricane Velka/ORG',
    ]);
  });

  it('retypes a person name ending in a place or organisation word, unless that word is a name', () => {
    assert.deepStrictEqual(run('at Harl Market Center today', 'O B-PER I-PER I-PER O'), ['Harl Market Center/ORG']);
    // A cooperative, read as a place.
    assert.deepStrictEqual(run('at Velmar Prairie Cooperative ,', 'O B-LOC I-LOC I-LOC O'), [
      'Velmar Prairie Cooperative/ORG',
    ]);
    assert.deepStrictEqual(run('at Tarn Creek today', 'O B-PER I-PER O'), ['Tarn Creek/LOC']);
    // Coasts' features: an inlet, a spit, a cove.
    assert.deepStrictEqual(run('voters in Velk Inlet today', 'O O B-PER I-PER O'), ['Velk Inlet/LOC']);
    assert.deepStrictEqual(run('on the Velmar Spit today', 'O O B-ORG I-ORG O'), ['Velmar Spit/LOC']);
    // A stream, a mountain range.
    assert.deepStrictEqual(run('along the Velmar Stream ,', 'O O B-ORG I-ORG O'), ['Velmar Stream/LOC']);
    assert.deepStrictEqual(run('over the Velmar Range in', 'O O B-ORG I-ORG O'), ['Velmar Range/LOC']);
    // A head word of both kinds ("County", which ends clubs' names too): a place.
    assert.deepStrictEqual(run('in Harl County today', 'O B-PER I-PER O'), ['Harl County/LOC']);
    // Other countries' areas, whose words the rules know beyond the lexicon's list.
    assert.deepStrictEqual(run('from Ula Velk Regency ,', 'O B-PER I-PER I-PER O'), ['Ula Velk Regency/LOC']);
    assert.deepStrictEqual(run('the Qorvin Prefecture said', 'O B-ORG I-ORG O'), ['Qorvin Prefecture/LOC']);
    assert.deepStrictEqual(run('met Grace Park today', 'O B-PER I-PER O'), ['Grace Park/PER']);
    // A venue's last word is no surname.
    assert.deepStrictEqual(run('at the Joss Harl Hotel today', 'O O B-PER I-PER I-PER O'), ['Joss Harl Hotel/ORG']);
    assert.deepStrictEqual(run('said Tarnby Cathedral would', 'O B-PER I-PER O'), ['Tarnby Cathedral/ORG']);
    // Nor is a health provider's, which before a title is a portfolio.
    assert.deepStrictEqual(run('said Qarvel Health would', 'O B-PER I-PER O'), ['Qarvel Health/ORG']);
    assert.deepStrictEqual(run('Velland Health Minister Ula Harl said', 'B-LOC O O B-PER I-PER O'), [
      'Velland/LOC',
      'Ula Harl/PER',
    ]);
    // A given name before a place word that is a common surname too: a person ("Christopher Hill").
    assert.deepStrictEqual(run('met Joss Pond today', 'O B-PER I-PER O'), ['Joss Pond/PER']);
    assert.deepStrictEqual(run('near Joss Creek today', 'O B-PER I-PER O'), ['Joss Creek/LOC']);
    assert.deepStrictEqual(run('near Tarn Pond today', 'O B-PER I-PER O'), ['Tarn Pond/LOC']);
  });

  it('retypes a body ending in a natural feature, but not a state or a name', () => {
    assert.deepStrictEqual(run('at Harl Pond today', 'O B-ORG I-ORG O'), ['Harl Pond/LOC']);
    // So too a street's name ("Row", "Walk", "Place", "Straße").
    assert.deepStrictEqual(run('a shop on Tarn Walk', 'O O O B-ORG I-ORG'), ['Tarn Walk/LOC']);
    assert.deepStrictEqual(run('the tailors of Velby Row', 'O O O B-ORG I-ORG'), ['Velby Row/LOC']);
    // A road between towns, and a ground named for its shape, after a person's name or a body's.
    assert.deepStrictEqual(run('The Harl Highway was closed', 'O B-PER I-PER O O'), ['Harl Highway/LOC']);
    assert.deepStrictEqual(run('a century at Velby Oval today', 'O O O B-ORG I-ORG O'), ['Velby Oval/LOC']);
    // Mountain passes and trails.
    assert.deepStrictEqual(run('slides over Harl Pass again', 'O O B-PER I-PER O'), ['Harl Pass/LOC']);
    assert.deepStrictEqual(run('along Velby Trail every day', 'O B-PER I-PER O O'), ['Velby Trail/LOC']);
    // A district named for the service it runs is the body that runs it.
    assert.deepStrictEqual(run('the Tarnby Unified School District said', 'O B-LOC I-LOC I-LOC I-LOC O'), [
      'Tarnby Unified School District/ORG',
    ]);
    assert.deepStrictEqual(run('the Velby Financial District said', 'O B-LOC I-LOC I-LOC O'), [
      'Velby Financial District/LOC',
    ]);
    // A realm is a place, as the country it was.
    assert.deepStrictEqual(run('the Velkan Empire fell', 'O B-ORG I-ORG O'), ['Velkan Empire/LOC']);
    assert.deepStrictEqual(run('the Tarn Sultanate fell', 'O B-PER I-PER O'), ['Tarn Sultanate/LOC']);
    assert.deepStrictEqual(run('the Islamic State said', 'O B-ORG I-ORG O'), ['Islamic State/ORG']);
    assert.deepStrictEqual(run('worries on Harl Street that', 'O O B-ORG I-ORG O'), ['Harl Street/LOC']);
    assert.deepStrictEqual(run('the Harl Park tour', 'O B-ORG I-ORG O'), ['Harl Park/ORG']);
    // A bridge is a place, whatever the tagger read.
    assert.deepStrictEqual(run('onto the Harl Bridge on Monday', 'O O B-ORG I-ORG O O'), ['Harl Bridge/LOC']);
    // Not a body whose head word stands before "of": the name ends in its place.
    assert.deepStrictEqual(run('the Reform Council of Velk Creek said', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Reform Council of Velk Creek/ORG',
    ]);
    // A national park is land.
    assert.deepStrictEqual(run('near the Harl National Park', 'O O B-ORG I-ORG I-ORG'), ['Harl National Park/LOC']);
  });

  it('joins "<organisation or place word> of (the) <name>" into one name', () => {
    assert.deepStrictEqual(run('the Army of the Tarn marched', 'O B-ORG O O B-LOC O'), ['Army of the Tarn/ORG']);
    assert.deepStrictEqual(run('the Harl Organization of Tarn Growers', 'O B-ORG I-ORG O B-ORG I-ORG'), [
      'Harl Organization of Tarn Growers/ORG',
    ]);
    assert.deepStrictEqual(run('the Gulf of Tarn', 'O B-LOC O B-LOC'), ['Gulf of Tarn/LOC']);
    assert.deepStrictEqual(run('around the Cape of Velk Hope', 'O O B-LOC O B-LOC I-LOC'), ['Cape of Velk Hope/LOC']);
    // Head words the rules know beyond the lexicon's list.
    assert.deepStrictEqual(run('the State Railway of Tarnia ran', 'O B-ORG I-ORG O B-LOC O'), [
      'State Railway of Tarnia/ORG',
    ]);
    assert.deepStrictEqual(run('at the Royal Infirmary of Tarnby ,', 'O O B-ORG I-ORG O B-LOC O'), [
      'Royal Infirmary of Tarnby/ORG',
    ]);
    assert.deepStrictEqual(run('the National Observatory of Velkstad said', 'O B-ORG I-ORG O B-LOC O'), [
      'National Observatory of Velkstad/ORG',
    ]);
    // A longer body's name joins only the listed nation it serves, after a body's head word or noun.
    assert.deepStrictEqual(run('the Solar Fitters Guild of Vellandia said', 'O B-ORG I-ORG I-ORG O B-LOC O'), [
      'Solar Fitters Guild of Vellandia/ORG',
    ]);
    assert.deepStrictEqual(run('the National Power Regulator of Velmark said', 'O B-ORG I-ORG I-ORG O B-LOC O'), [
      'National Power Regulator of Velmark/ORG',
    ]);
    assert.deepStrictEqual(run('the Velby Fitters Guild of Tarnby said', 'O B-ORG I-ORG I-ORG O B-LOC O'), [
      'Velby Fitters Guild/ORG',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('the Velby Harl Partners of Vellandia said', 'O B-ORG I-ORG I-ORG O B-LOC O'), [
      'Velby Harl Partners/ORG',
      'Vellandia/LOC',
    ]);
    // A company's legal form ends its name; a person is never the second part.
    assert.deepStrictEqual(run('Harl Co of the Tarn', 'B-ORG I-ORG O O B-LOC'), ['Harl Co/ORG', 'Tarn/LOC']);
    assert.deepStrictEqual(run('the Army of Harl Voss', 'O B-ORG O B-PER I-PER'), ['Army/ORG', 'Harl Voss/PER']);
  });

  it('joins "<body head word> to <name opened by an everyday word>" or "on <name>" into one body', () => {
    assert.deepStrictEqual(run('the Organization to Protect Tarnians said', 'O B-ORG O B-ORG I-ORG O'), [
      'Organization to Protect Tarnians/ORG',
    ]);
    assert.deepStrictEqual(run('the Tarnian Council on Velby Relations said', 'O B-ORG I-ORG O B-ORG I-ORG O'), [
      'Tarnian Council on Velby Relations/ORG',
    ]);
    // Before "for", a head word read alone, or "Centre"; not a word that heads no body.
    assert.deepStrictEqual(run('the Centre for Velby Policy said', 'O B-ORG O B-ORG I-ORG O'), [
      'Centre for Velby Policy/ORG',
    ]);
    assert.deepStrictEqual(run('the Velk for Velby Policy said', 'O B-ORG O B-ORG I-ORG O'), [
      'Velk/ORG',
      'Velby Policy/ORG',
    ]);
    // A forum, after a nation's adjective too, and over "for the".
    assert.deepStrictEqual(run('the Korean Forum for the Environment said', 'O B-ORG I-ORG O O B-ORG O'), [
      'Korean Forum for the Environment/ORG',
    ]);
    assert.deepStrictEqual(run('the Velk Forum for the Environment said', 'O B-ORG I-ORG O O B-ORG O'), [
      'Velk Forum/ORG',
      'Environment/ORG',
    ]);
    // A capitalised "Against" after a head word is inside the name, whatever the tagger read after it.
    assert.deepStrictEqual(run('the Velk Council Against Fraud said', 'O B-ORG I-ORG O B-MISC O'), [
      'Velk Council Against Fraud/ORG',
    ]);
    assert.deepStrictEqual(run('the Velk Council Against Ann Harl', 'O B-ORG I-ORG O B-PER I-PER'), [
      'Velk Council/ORG',
      'Ann Harl/PER',
    ]);
    // A panel or a survey heads a body's name as a council does.
    assert.deepStrictEqual(run('the Tarnian Panel on Velby Fisheries said', 'O B-ORG I-ORG O B-ORG I-ORG O'), [
      'Tarnian Panel on Velby Fisheries/ORG',
    ]);
    assert.deepStrictEqual(run('the Chinese Polar Survey said', 'O B-MISC B-ORG I-ORG O'), [
      'Chinese Polar Survey/ORG',
    ]);
    // "on" before a place or a date is no part of a name.
    assert.deepStrictEqual(run('the Council on Tarnia said', 'O B-ORG O B-LOC O'), ['Council/ORG', 'Tarnia/LOC']);
    // A second body after "to", one that is no body, or a first name that is not headed by a body word: two names.
    assert.deepStrictEqual(run('the Ministry wrote to People Tarn Company', 'O B-ORG O O B-ORG I-ORG I-ORG'), [
      'Ministry/ORG',
      'People Tarn Company/ORG',
    ]);
    assert.deepStrictEqual(run('the Ministry sent Ann to People Tarn', 'O B-ORG O B-PER O B-LOC I-LOC'), [
      'Ministry/ORG',
      'Ann/PER',
      'People Tarn/LOC',
    ]);
    assert.deepStrictEqual(run('Velkom went to People Tarn', 'B-ORG O O B-ORG I-ORG'), [
      'Velkom/ORG',
      'People Tarn/ORG',
    ]);
  });

  it('makes a place whose words before "of" end in a body\'s word that body', () => {
    assert.deepStrictEqual(run('the Harl Bank of Tarnia said', 'O B-LOC I-LOC I-LOC I-LOC O'), [
      'Harl Bank of Tarnia/ORG',
    ]);
    // A place word, or a polity, before "of" leaves it a place.
    assert.deepStrictEqual(run('the Harl Street of Tarnby', 'O B-LOC I-LOC I-LOC I-LOC'), [
      'Harl Street of Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('the Free State of Tarnby', 'O B-LOC I-LOC I-LOC I-LOC'), ['Free State of Tarnby/LOC']);
  });

  it('makes a place ending in the word of an institution (council, school, legislature, corporation) that body', () => {
    assert.deepStrictEqual(run('a member of Velby City Council said', 'O O O B-LOC I-LOC I-LOC O'), [
      'Velby City Council/ORG',
    ]);
    assert.deepStrictEqual(run('at Harl Middle School', 'O B-LOC I-LOC I-LOC'), ['Harl Middle School/ORG']);
    // An American school named by its grade alone.
    // A state's chamber or party read as a place is the body.
    assert.deepStrictEqual(run("Tarnia 's National Assembly voted", 'B-LOC O B-LOC I-LOC O'), [
      'Tarnia/LOC',
      'National Assembly/ORG',
    ]);
    assert.deepStrictEqual(run('pupils moved to Tarn Ridge Elementary', 'O O O B-LOC I-LOC I-LOC'), [
      'Tarn Ridge Elementary/ORG',
    ]);
    // So is a corporation, foundation, association, company, bureau or directorate named after a place.
    assert.deepStrictEqual(run('led by the Tarnia Finance Corporation', 'O O O B-LOC I-LOC I-LOC'), [
      'Tarnia Finance Corporation/ORG',
    ]);
    assert.deepStrictEqual(run('a poll by the Velby Foundation', 'O O O O B-LOC I-LOC'), ['Velby Foundation/ORG']);
    // Hospitals, museums and courts stay as read: the gold sets type them as places as often.
    assert.deepStrictEqual(run('near Harl General Hospital', 'O B-LOC I-LOC I-LOC'), ['Harl General Hospital/LOC']);
    assert.deepStrictEqual(run('at Velby Court', 'O B-LOC I-LOC'), ['Velby Court/LOC']);
  });

  it('makes names of events, prizes and treaties MISC', () => {
    assert.deepStrictEqual(run('won the Harland Cup', 'O O B-ORG I-ORG'), ['Harland Cup/MISC']);
    assert.deepStrictEqual(run('the Treaty of Tarnby', 'O B-LOC I-LOC I-LOC'), ['Treaty of Tarnby/MISC']);
    assert.deepStrictEqual(run('under the Treaty on Velkan Union', 'O O B-ORG I-ORG I-ORG I-ORG'), [
      'Treaty on Velkan Union/MISC',
    ]);
    assert.deepStrictEqual(run('the Cup', 'O B-ORG'), ['Cup/ORG']);
    // A stage race's name.
    assert.deepStrictEqual(run('won the Tour de Velland', 'O O B-ORG I-ORG I-ORG'), ['Tour de Velland/MISC']);
    assert.deepStrictEqual(run("starts the Giro d'Tarnia", 'O O B-ORG I-ORG'), ["Giro d'Tarnia/MISC"]);
    assert.deepStrictEqual(run('the Tour Velland', 'O B-ORG I-ORG'), ['Tour Velland/ORG']);
  });

  it('makes a body read in the name of a law, a yearly show or a week MISC', () => {
    assert.deepStrictEqual(run('under the Velland Labour Code ,', 'O O B-ORG I-ORG I-ORG O'), [
      'Velland Labour Code/MISC',
    ]);
    assert.deepStrictEqual(run('at Tarnby Energy Week', 'O B-ORG I-ORG I-ORG'), ['Tarnby Energy Week/MISC']);
    assert.deepStrictEqual(run('the Velk Budget Law passed', 'O B-ORG I-ORG I-ORG O'), ['Velk Budget Law/MISC']);
    assert.deepStrictEqual(run('the Charter of Velk Rights', 'O B-ORG I-ORG I-ORG I-ORG'), [
      'Charter of Velk Rights/MISC',
    ]);
    // A law's kind may stand before its opening word, but not before a school's name.
    assert.deepStrictEqual(run('the General Law of Velk Rights', 'O B-ORG I-ORG I-ORG I-ORG I-ORG'), [
      'General Law of Velk Rights/MISC',
    ]);
    assert.deepStrictEqual(run('the National Law School of Velk', 'O B-ORG I-ORG I-ORG I-ORG I-ORG'), [
      'National Law School of Velk/ORG',
    ]);
    // Not a school ("Velkton Law", "Velk University Law"), a faculty, a listed body or a company.
    assert.deepStrictEqual(run('at Velkton Law today', 'O B-ORG I-ORG O'), ['Velkton Law/ORG']);
    assert.deepStrictEqual(run('at Velk University Law today', 'O B-ORG I-ORG I-ORG O'), ['Velk University Law/ORG']);
    assert.deepStrictEqual(run('the Faculty of Law', 'O B-ORG I-ORG I-ORG'), ['Faculty of Law/ORG']);
    assert.deepStrictEqual(run('at Velkom Week', 'O B-ORG I-ORG'), ['Velkom Week/ORG']);
    // Nor a person or place.
    assert.deepStrictEqual(run('met Ann Law', 'O B-PER I-PER'), ['Ann Law/PER']);
  });

  it('makes a person or body ending in a natural feature or built place a place', () => {
    assert.deepStrictEqual(run('over Harl Brook today', 'O B-ORG I-ORG O'), ['Harl Brook/LOC']);
    assert.deepStrictEqual(run('at Voss Gym today', 'O B-PER I-PER O'), ['Voss Gym/LOC']);
  });

  it("joins a person's or place's name right before a body's name into the body's name", () => {
    assert.deepStrictEqual(run('in Tarnby City Council', 'O B-LOC B-ORG I-ORG'), ['Tarnby City Council/ORG']);
    // Also with one everyday word the tagger left out between them; not another name or a day.
    assert.deepStrictEqual(run('at Middle Tarn Village University', 'O B-LOC I-LOC O B-ORG'), [
      'Middle Tarn Village University/ORG',
    ]);
    assert.deepStrictEqual(run('in Tarnby Sunday Council officials', 'O B-LOC O B-ORG O'), [
      'Tarnby/LOC',
      'Council/ORG',
    ]);
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
    assert.deepStrictEqual(run('Tarnby and Velk Bank', 'B-LOC O B-ORG I-ORG'), ['Tarnby/LOC', 'Velk Bank/ORG']);
    assert.deepStrictEqual(run('Velk Council Ann Harl', 'B-ORG I-ORG B-PER I-PER'), [
      'Velk Council/ORG',
      'Ann Harl/PER',
    ]);
  });
});
