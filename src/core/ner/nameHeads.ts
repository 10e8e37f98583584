// Word lists the rules read a name's last word against: legal forms, which end companies' names, and
// the last words of place names. Rules only: no model feature reads them, so a change needs no retrain.

/**
 * Companies' legal forms as news writes them, without a final full stop ("Ltd", "S.A", "GmbH"), from
 * the English-speaking world and the forms translated and wire copy keeps ("S.p.A", "Oyj", "Tbk").
 */
export const WRITTEN_LEGAL_FORMS: readonly string[] = [
  'Inc',
  'Corp',
  'Co',
  'Ltd',
  'Plc',
  'PLC',
  // British papers write it in lower case ("Velkom Group plc").
  'plc',
  'LLC',
  'LLP',
  'AG',
  'SA',
  'S.A',
  'SpA',
  'S.p.A',
  'NV',
  'N.V',
  'BV',
  'B.V',
  'GmbH',
  'KGaA',
  'ASA',
  'Oyj',
  'K.K',
  'SARL',
  'S.A.S',
  'S.A.C',
  'SAB',
  'Pte',
  'Bhd',
  'Berhad',
  'Tbk',
  'PJSC',
  'OJSC',
  'JSC',
  'Ltda',
  'S.L',
  'SRL',
  'S.r.l',
  'Pty',
  // A European company, and forms of the Nordic, Baltic, Central European and Malaysian firms wire copy names.
  'SE',
  'AB',
  'Oy',
  'ApS',
  'OÜ',
  'a.s',
  'e.V',
  'Kft',
  'Zrt',
  'd.o.o',
  'Sdn',
  // Joint-stock companies of Bulgaria and the former Yugoslavia ("Luka Velm AD", "Velkoprom d.d.").
  'AD',
  'EAD',
  'a.d',
  'd.d',
];

/**
 * Words for a trade that end a firm's name as a legal form does ("Velka Semiconductor", "Harl Pharma",
 * "Tarn Logistics") and that the lexicon's organisation words lack. Lower-cased.
 */
export const TRADE_ENDINGS: readonly string[] = [
  ...['semiconductor', 'semiconductors', 'pharma', 'therapeutics', 'biosciences', 'biotech', 'fuels'],
  ...['logistics', 'shipping', 'telecoms', 'ventures', 'consulting', 'minerals', 'labs', 'capital', 're'],
  ...['partners', 'investments', 'coatings', 'plastics', 'textiles', 'fabrics', 'fertilizers', 'fertilisers'],
  ...['cosmetics', 'paints', 'breweries', 'brewing', 'dairies', 'aerospace', 'apparel', 'packaging', 'realty'],
  ...['freight', 'beverages', 'metals', 'builders', 'robotics', 'cement', 'systems', 'technologies', 'industries'],
  ...['solutions', 'networks', 'electronics', 'hospitals', 'construction', 'contractors', 'utilities'],
  // A cooperative's name ends in the word as a firm's in its form ("Heartland Prairie Cooperative").
  ...['cooperative', 'co-operative'],
  // Sports clubs' designators, which end a club's name as a legal form ends a firm's ("Alhama CF").
  ...['fc', 'cf', 'afc'],
  // Trades as German and Nordic firms' names end in them, which translated news keeps.
  ...['elektronik', 'technik', 'logistik', 'werke', 'gruppe', 'gruppen', 'verlag', 'chemie', 'invest'],
];

/** A company's legal form, lower-cased, which ends its name ("ltd", "gmbh"), and "Holdings" and "Group". */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  ...WRITTEN_LEGAL_FORMS.flatMap(form => [form.toLowerCase(), form.toLowerCase() + '.']),
  'company',
  'group',
  'holdings',
  'limited',
]);

/**
 * Last words that end a company's name and say it is one: its legal form or its trade. Not what splits
 * two names at "and" or joins a second form ("Tarn Shipping and Logistics" is one firm).
 */
export const COMPANY_ENDINGS: ReadonlySet<string> = new Set([...LEGAL_FORMS, ...TRADE_ENDINGS]);

/**
 * Last words of place names that the compiled lists leave out (they are not model features, so
 * adding one here does not need a retrain): natural features, built places and realms.
 */
export const PLACE_HEADS = new Set([
  'creek',
  'stream',
  'range',
  'brook',
  'pond',
  'reservoir',
  'cave',
  'caves',
  'glacier',
  'falls',
  'canyon',
  'gorge',
  'ridge',
  'peak',
  'forest',
  'marsh',
  'fjord',
  'loch',
  'lagoon',
  'inlet',
  'cove',
  'spit',
  'estuary',
  'harbour',
  'harbor',
  'cape',
  'beach',
  'dock',
  'docks',
  'lane',
  'boulevard',
  // Streets' last words beyond the lists' "street", "avenue" and "road".
  'walk',
  'row',
  'terrace',
  'place',
  'mews',
  'straße',
  'strasse',
  'ave',
  'blvd',
  // Roads between towns, grounds named for their shape ("Adelaide Oval"), mountain passes and trails.
  'highway',
  'freeway',
  'motorway',
  'expressway',
  'oval',
  'pass',
  'trail',
  'mill',
  'mills',
  'playfield',
  'gym',
  'stadium',
  'arena',
  'airfield',
  'corner',
  'crossing',
  'pier',
  'wharf',
  'quay',
  'moor',
  'heath',
  'downs',
  'rapids',
  'springs',
  'archipelago',
  'atoll',
  'plateau',
  'volcano',
  'headland',
  'promontory',
  'isthmus',
  'delta',
  'reef',
  'crater',
  'strip',
  'corridor',
  'enclave',
  'straits',
  'highlands',
  'lowlands',
  'steppe',
  // Administrative units the lists lack.
  'territory',
  'territories',
  'oblast',
  'prefecture',
  'governorate',
  // Realms, which news and the guidelines treat as places, like the countries they were.
  'empire',
  'duchy',
  'caliphate',
  'sultanate',
  'emirate',
  'principality',
  'khanate',
]);

/**
 * Fields that a nation's own agency, sports body or industry group is named by, written before the
 * nation's name: "Statistics Norway", "Tennis Australia", "Police Scotland", "Insurance Europe".
 */
export const FIELDS_BEFORE_NATIONS: ReadonlySet<string> = new Set([
  ...['Statistics', 'Environment', 'Transport', 'Tourism', 'Sport', 'Screen', 'Creative', 'Insurance'],
  ...['Universities', 'Parks', 'Health', 'Elections', 'Infrastructure', 'Fisheries', 'Enterprise', 'Retail'],
  ...['Audit', 'Police', 'Historic', 'Natural', 'Visit', 'Highways', 'Homes', 'Innovation', 'Research', 'Water'],
  ...['Energy', 'Tennis', 'Cricket', 'Rugby', 'Netball', 'Hockey', 'Athletics', 'Swimming', 'Cycling'],
  ...['Rowing', 'Golf', 'Football', 'Basketball', 'Volleyball', 'Gymnastics', 'Triathlon', 'Sailing'],
]);
