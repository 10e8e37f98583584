import { TRADE_ENDINGS } from './nameHeads';

// Lists the rules read beside the model's name lists; the tagger was trained without them, so the
// gazetteer keeps them apart from what its features see.

/**
 * Words that head bodies' names ("State Railway of Velland", "Carnegie Institution", "Velka Power") and
 * the trades that end firms' names, missing from the lexicon's list of them, for the rules alone: the
 * tagger was trained without them, so its features must not see them. Not buildings that house a body
 * ("museum", "library"): the corpora disagree on whether those are places.
 */
export const RULE_BODY_HEADS = [
  ...['railway', 'railways', 'railroad', 'institution', 'confederation', 'diocese', 'legislature', 'power'],
  ...['unit', 'societies', 'taskforce', 'inspectorate', 'chamber', 'panel', 'survey', 'observatory', 'infirmary'],
  ...TRADE_ENDINGS,
];

/**
 * Countries' short names that news writes more often than the lexicon's lists spell them, for the rules
 * alone (the tagger learned its features without them): a name the rules read as a team or a body
 * ("U.S. coach", "victory over Britain", "troops in the DRC") stays the country, as other listed countries do.
 * So do the island states whose names join two names with "and", which the lists leave out.
 */
export const RULE_COUNTRIES = [
  ...['u.s.', 'u.s.a.', 'u.k.', 'britain', 'uae', 'u.a.e.', 'drc', 'dprk', 'prc'],
  ...['saint vincent and the grenadines', 'st vincent and the grenadines', 'st. vincent and the grenadines'],
  ...['saint kitts and nevis', 'st kitts and nevis', 'st. kitts and nevis', 'sao tome and principe'],
  // Countries' newer or official names, which the lexicon's older lists lack and agencies' copy uses.
  ...['türkiye', 'turkiye', 'eswatini', 'north macedonia', 'cabo verde', 'timor-leste', 'viet nam'],
  ...['republic of korea', 'lao pdr', 'kyrgyz republic'],
  // Former states, which history, courts and sports records still name.
  ...['yugoslavia', 'soviet union', 'ussr', 'czechoslovakia', 'east germany', 'west germany', 'rhodesia'],
];

/**
 * Nouns for a nation's people that the lexicon's lists of nationalities leave out, for the rules alone: a
 * name that is one of them is MISC, as CoNLL types them ("the Dutchman said").
 */
export const RULE_DEMONYMS = [
  ...['dutchman', 'dutchmen', 'dutchwoman', 'frenchman', 'frenchmen', 'frenchwoman', 'englishmen', 'englishwoman'],
  ...['irishmen', 'irishwoman', 'scotsman', 'scotsmen', 'scotswoman', 'welshman', 'welshmen', 'welshwoman'],
  ...['briton', 'britons'],
  // People of the compass's halves of the world or of a country ("kidnapped two Westerners").
  ...['westerner', 'westerners', 'easterner', 'easterners', 'northerner', 'northerners', 'southerner', 'southerners'],
  // Adjectives the lexicon leaves out of its nationalities, most of them ending in "-ish" or "-i".
  ...['british', 'english', 'irish', 'scots', 'cornish', 'spanish', 'catalan', 'swedish', 'danish', 'finnish'],
  ...['faroese', 'polish', 'slovakian', 'slovenian', 'montenegrin', 'kosovar', 'kosovan', 'moldovan', 'maltese'],
  ...['cypriot', 'turkish', 'kurdish', 'flemish', 'arab', 'yemeni', 'bahraini', 'azerbaijani', 'azeri', 'kyrgyz'],
  ...['uzbek', 'tajik', 'tibetan', 'uyghur', 'nepali', 'bengali', 'burmese', 'laotian', 'somali', 'eritrean'],
  ...['tanzanian', 'malian', 'malawian', 'mozambican', 'uruguayan', 'argentinian', 'salvadoran', 'fijian'],
  ...['tongan', 'papuan', 'comorian', 'kiwi', 'nordic', 'scandinavian', 'balkan', 'slav', 'latino', 'hispanic'],
  // Peoples, whom CoNLL types as nationalities are.
  ...['maori', 'aboriginal', 'inuit', 'hmong', 'punjabi', 'sindhi', 'gujarati', 'telugu', 'tamil', 'sinhalese'],
  ...['pashtun', 'baloch', 'kurd', 'kurds', 'arabs', 'bedouin', 'druze', 'berber', 'amazigh', 'rohingya'],
  ...['uighur', 'malay', 'javanese', 'aymara', 'quechua', 'yoruba', 'igbo', 'hausa', 'zulu', 'xhosa'],
  // Peoples of the Caucasus and the Volga, in news of their republics ("Abkhaz officials").
  ...['abkhaz', 'abkhazian', 'ossetian', 'chechen', 'ingush', 'dagestani', 'circassian', 'tatar', 'bashkir'],
  // Peoples and states of history, whose adjectives name periods, styles and finds ("Roman coins").
  ...['roman', 'romans', 'ottoman', 'byzantine', 'viking', 'vikings', 'soviet', 'aztec', 'mayan', 'inca'],
  ...['etruscan', 'phoenician', 'babylonian', 'assyrian', 'sumerian', 'minoan', 'mughal', 'moorish'],
];

/**
 * Words that end the names of other countries' provinces and districts ("Sikka Regency", "Aichi
 * Prefecture", "Kharkiv Oblast") and of stadiums, often named after a king or a leader ("King Velko
 * Stadium"), missing from the lexicon's place words, for the rules alone: a name ending in one is the
 * area or the ground, not a person or a body.
 */
export const RULE_PLACE_HEADS = [
  ...['regency', 'prefecture', 'oblast', 'voivodeship', 'governorate', 'krai', 'okrug'],
  'stadium',
];

/** How news abbreviates the first word of places' names ("St. Louis", "Mt. Kenya", "Ft. Worth"), with and without the stop. */
export const ABBREVIATED: Readonly<Record<string, readonly string[]>> = {
  saint: ['st.', 'st'],
  sainte: ['ste.', 'ste'],
  mount: ['mt.', 'mt'],
  fort: ['ft.', 'ft'],
};

/**
 * Countries whose names the lexicon behind the lists files as nationalities ("Philippines" beside
 * "Philippine"): a loaded model reads them as countries, so that "the Philippines" is a place.
 */
export const COUNTRIES_LISTED_AS_NATIONALITIES = ['philippines', 'laos'];
