import * as assert from 'assert';
import { run } from './ruleBench';

describe("rules on bodies' names", () => {
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
    // Also when the body's name is joined over "of the" first.
    assert.deepStrictEqual(
      run('a lecturer at the University of the Velk Isles at Tarnby .', 'O O O O B-ORG O O B-LOC I-LOC O B-LOC O'),
      ['University of the Velk Isles at Tarnby/ORG'],
    );
    // A campus the tagger left out, but not a month, a weekday or an everyday word.
    assert.deepStrictEqual(
      run('She studied at the University of Tarnia at Velby-Harl and', 'O O O O B-ORG I-ORG I-ORG O O O'),
      ['University of Tarnia at Velby-Harl/ORG'],
    );
    assert.deepStrictEqual(run('the University of Tarnia at Sunday Mass', 'O B-ORG I-ORG I-ORG O O O'), [
      'University of Tarnia/ORG',
    ]);
    assert.deepStrictEqual(run('a lecture at the University of Tarnia at Dream .', 'O O O O B-ORG I-ORG I-ORG O O O'), [
      'University of Tarnia/ORG',
    ]);
    // A body's name ending in a place word is still that place ("Harl Pond").
    assert.deepStrictEqual(run('They swam in Harl Creek .', 'O O O B-ORG I-ORG O'), ['Harl Creek/LOC']);
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
    // One body whose name has "and" in it stays whole: a ministry's fields go on over its country too.
    for (const body of [
      'Velby Bank and Trust Company',
      'Department of Fish and Social Services',
      'Ministry of Fish and Energy of Tarnia',
    ])
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
    // A listed body's one-word name and a name of two or three words after it, not one a trade opens.
    assert.deepStrictEqual(run('a merger of Velkom and Three Tarnia .', 'O O O B-ORG I-ORG I-ORG I-ORG O'), [
      'Velkom/ORG',
      'Three Tarnia/ORG',
    ]);
    assert.deepStrictEqual(run('a merger of Velkom and Trust Company .', 'O O O B-ORG I-ORG I-ORG I-ORG O'), [
      'Velkom and Trust Company/ORG',
    ]);
    // So too for the listed companies and clubs the lexicon's lists lack.
    assert.deepStrictEqual(run('advised by Velmora Dynamics and Greenvale .', 'O O B-ORG I-ORG I-ORG I-ORG O'), [
      'Velmora Dynamics/ORG',
      'Greenvale/ORG',
    ]);
    // A listed body and an unlisted name of two or more words, as two long names are.
    assert.deepStrictEqual(run('Velmora Dynamics and Société Tarnaise cut jobs', 'B-ORG I-ORG I-ORG I-ORG I-ORG O O'), [
      'Velmora Dynamics/ORG',
      'Société Tarnaise/ORG',
    ]);
    // A firm named after its founders, or a listed body and an ordinary word, stays one name.
    for (const firm of ['Velkom and Brennick', 'Velkom and Women', 'Prockter and Gamwell'])
      assert.deepStrictEqual(run(`Shares in ${firm} fell .`, 'O O B-ORG I-ORG I-ORG O O'), [`${firm}/ORG`]);
    // A plain name ending in a body's head word counts as a listed one; a listed place after it is the place.
    assert.deepStrictEqual(run('by the Velk Rowing Council and Greenvale .', 'O O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Velk Rowing Council/ORG',
      'Greenvale/ORG',
    ]);
    assert.deepStrictEqual(run('the Velk Rowing Council and Tarnby', 'O B-ORG I-ORG I-ORG I-ORG I-ORG'), [
      'Velk Rowing Council/ORG',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('the Velk Bank and Trust said', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Velk Bank and Trust/ORG',
    ]);
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
    // A body's word after "and" before an everyday head ("Party City") starts the second.
    assert.deepStrictEqual(run('at Big Tarn and Press Band', 'O B-ORG I-ORG I-ORG I-ORG I-ORG'), [
      'Big Tarn/ORG',
      'Press Band/ORG',
    ]);
    // A first name ending in its head word is whole: an everyday word after "and" starts the second.
    assert.deepStrictEqual(
      run('Tarnby International and Human Rights Watch said so .', 'B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O O'),
      ['Tarnby International/ORG', 'Human Rights Watch/ORG'],
    );
    // Not a nation's agency, whose name goes on over "and" to the head word that ends it.
    assert.deepStrictEqual(run('the Korean Press and Border Council said', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Korean Press and Border Council/ORG',
    ]);
    // Nor a state's agency named by its fields ("National Energy and ..."), unless its first name
    // ends in a head word that is no field ("National Velby Bank").
    assert.deepStrictEqual(run('the National Energy and Border Council said', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'National Energy and Border Council/ORG',
    ]);
    assert.deepStrictEqual(
      run('the National Velby Bank and Human Rights Council said', 'O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O'),
      ['National Velby Bank/ORG', 'Human Rights Council/ORG'],
    );
    // A nation's branch of a listed body, then another listed body: two bodies.
    assert.deepStrictEqual(
      run('the Korean Velmora Dynamics and Village Army said', 'O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O'),
      ['Korean Velmora Dynamics/ORG', 'Village Army/ORG'],
    );
    // So is a listed body: the words after "and" do not describe its head with the last name's.
    assert.deepStrictEqual(run('backed by Velmora Dynamics and Vision Trust', 'O O B-ORG I-ORG I-ORG I-ORG I-ORG'), [
      'Velmora Dynamics/ORG',
      'Vision Trust/ORG',
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
    one('Tarn Water Supply and Press Department'); // a body's word after "and" before a head no everyday word
    one('Flood Relief and Recovery Unit'); // so do they before a unit, a task force, societies
    one('Velby National Bank and Trust Company'); // the word after "and" heads names itself
  });

  it("reads a name ending in a company's legal form as a company, whatever its first words", () => {
    assert.deepStrictEqual(run('Shares in Velmora Holdings rose .', 'O O B-LOC I-LOC O O'), ['Velmora Holdings/ORG']);
    assert.deepStrictEqual(run('Tarnby GmbH cut jobs .', 'B-LOC I-LOC O O O'), ['Tarnby GmbH/ORG']);
    assert.deepStrictEqual(run('Ann Brennick Ltd said so .', 'B-PER I-PER I-PER O O O'), ['Ann Brennick Ltd/ORG']);
    // "Group" also ends the names of islands and other groups of places; one word alone says nothing.
    assert.deepStrictEqual(run('the Tarn Group of islands', 'O B-LOC I-LOC O O'), ['Tarn Group/LOC']);
    assert.deepStrictEqual(run('Holdings rose .', 'B-LOC O O'), ['Holdings/LOC']);
    // So does a trade that ends firms' names ("Semiconductor", "Pharma", "Logistics", "Coatings"), and "Power".
    assert.deepStrictEqual(run('Velmora Semiconductor said so .', 'B-PER I-PER O O O'), ['Velmora Semiconductor/ORG']);
    assert.deepStrictEqual(run('Ann Qelby Pharma rose .', 'B-PER I-PER I-PER O O'), ['Ann Qelby Pharma/ORG']);
    assert.deepStrictEqual(run('Qelby Labs and Harl Capital rose .', 'B-PER I-PER O B-LOC I-LOC O O'), [
      'Qelby Labs/ORG',
      'Harl Capital/ORG',
    ]);
    assert.deepStrictEqual(run('Ann Qelby Power rose .', 'B-PER I-PER I-PER O O'), ['Ann Qelby Power/ORG']);
    // A chain of hospitals, and a sports club's designator ("CF", "FC"), end their names as a trade does.
    assert.deepStrictEqual(run('rivals Qelby Hospitals expanded', 'O B-PER I-PER O'), ['Qelby Hospitals/ORG']);
    assert.deepStrictEqual(run('promoted Tarnvik CF were relegated', 'O B-PER I-PER O O'), ['Tarnvik CF/ORG']);
    // Manufacturers' trades in the plural, and the words of firms' names that a description does not override.
    assert.deepStrictEqual(run('against Harwell Coatings and Tarnby Plastics', 'O B-PER I-PER O B-LOC I-LOC'), [
      'Harwell Coatings/ORG',
      'Tarnby Plastics/ORG',
    ]);
    // A second legal form after a comma ends the same name ("Co., Ltd."); a name after the comma does not.
    assert.deepStrictEqual(run('Velmora Holdings Co. , Ltd. said', 'B-ORG I-ORG I-ORG O O O'), [
      'Velmora Holdings Co. , Ltd./ORG',
    ]);
    assert.deepStrictEqual(run('Velmora Co. , Tarnair Ltd. said', 'B-ORG I-ORG O B-ORG I-ORG O'), [
      'Velmora Co./ORG',
      'Tarnair Ltd./ORG',
    ]);
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
      'Tarnby Strip',
      'Tarnby Corridor',
      'Tarnby Governorate',
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
    // ... unless the words before "of the" end in a body's head word.
    assert.deepStrictEqual(run('the Tarn Bank of the Vellandia said', 'O O O O O B-LOC O'), [
      'Tarn Bank of the Vellandia/ORG',
    ]);
    assert.deepStrictEqual(run('a Fellow of the Royal Society said', 'O O O O B-ORG I-ORG O'), ['Royal Society/ORG']);
    assert.deepStrictEqual(run('met Joss of the Earth Vellandia', 'O B-PER O O B-LOC I-LOC'), [
      'Joss/PER',
      'Earth Vellandia/LOC',
    ]);
    assert.deepStrictEqual(run('most of the Earth Vellandia', 'O O O B-LOC I-LOC'), ['Earth Vellandia/LOC']);
  });
});
