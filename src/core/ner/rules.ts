import { Span } from '../types';
import { Token } from '../text/tokenize';
import {
  extendByDesignator,
  joinBracketedLegalForms,
  joinCommonPossessives,
  joinSpanishLegalForms,
} from './rules-designators';
import { FeatureContext } from './features';
import {
  allCaps,
  dropOpeningTheOfInstitutions,
  joinAfterOpeningThe,
  tagOpeningBodies,
  trimCapsVerbs,
} from './rules-caps';
import {
  COMPASS,
  closeOpenEnds,
  includeInitials,
  joinCompassWords,
  joinMetropolitanAreas,
  joinParticleNames,
  mergeCompassAdjectives,
  retypeCompassAdjectives,
  retypeRegionalAdjectives,
  splitPersonNames,
  trimLeadingWords,
  takeInLeftOutOpeners,
} from './rules-edges';
import {
  addDescribedNames,
  addGivenNamePairs,
  takeInGivenNames,
  includeLeadingThe,
  retypeListedPlacesWithThe,
  tagAwardTitles,
  tagHallsOfFame,
} from './rules-runs';
import { extendBodiesOverLinks, joinFieldLists, splitBodiesAtFor, tagHeadsBeforeLinks } from './rules-links';
import {
  joinNamesBeforeAcronyms,
  joinNamesSpelledByAcronyms,
  retypeAcronymsGlossedAsBodies,
  retypeAcronymsReadAsPeople,
  tagBracketedAcronyms,
} from './rules-acronyms';
import {
  dropWeekdaysAndLowerCase,
  dropAbbreviatedNouns,
  joinNicknames,
  includeShopPossessives,
  joinAmpersandNames,
  joinShopsOfPlaces,
  splitBasedAdjectives,
  trimLeadingCapitals,
} from './rules-extent';
import { joinFieldsBeforeHeads } from './rules-fields';
import { tagBracketedOriginalNames } from './rules-originals';
import {
  dropPossessivesBeforeNames,
  joinListedPossessiveNames,
  splitNationsBeforeCountriesPossessives,
} from './rules-possessives';
import {
  joinListedPlaces,
  retypeDestinations,
  retypeListedBodies,
  splitNationalities,
  retypePeoplesNames,
  retypeListedNames,
  retypeOfficeCities,
} from './rules-listed';
import {
  retypeListedBodiesInLists,
  retypeListedPlacesInLists,
  retypeTownsListedWithPlaces,
  retypeListsOfPlaces,
  retypeLanguagesInLists,
  retypePeopleInBodyLists,
} from './rules-neighbours';
import {
  extendToListedEnds,
  extendToListedStarts,
  retypePlacesReadAsPeople,
  retypeTownsReadAsBodies,
  retypeListedPlacesAfterThe,
  tagListedBodies,
  tagListedNamesAlone,
} from './rules-known';
import { retypeForeignBodies, retypeForeignPlaces } from './rules-foreign';
import { extendForeignBodiesOverWords } from './rules-foreignwords';
import { retypeFirmsAfterOpeningForms, tagFirmsByEnding, tagBodiesByHead, tagPollsters } from './rules-firms';
import { retypeRiversAndMountains, tagSeasNamedAlone } from './rules-landforms';
import { tagLetteredRoads, tagNumberedRoads, takeInStreetHonorifics } from './rules-roads';
import { tagTickerExchanges } from './rules-tickers';
import {
  retypeFirmsSayingIt,
  retypeMarketTowns,
  retypeShareIndices,
  retypeTownsBeforeFirms,
  tagFirmsAfterStaff,
  tagTradedCompanies,
} from './rules-markets';
import { retypeNamesListedWithParties, splitPlacesFromPartyMembers, tagPartiesBeforeNoun } from './rules-parties';
import {
  retypeExamplesOfKinds,
  splitPairsAfterKinds,
  tagBodiesBeforeKindNouns,
  tagClubsBeforePositions,
  tagExamplesAfterKinds,
} from './rules-kinds';
import {
  addAppositiveNames,
  retypeNamesBeforeWhich,
  splitAtDescribingNouns,
  trimOpeningRoleNouns,
} from './rules-appositions';
import { joinEventWords, retypeFestivals, retypeNamesOfSchemes, tagEventNames, tagHolidays } from './rules-holidays';
import { splitPeopleFromTheirOf, trimNumberWords } from './rules-members';
import { splitAtMemberTitles, splitPlacesOfPosts, trimMemberTitles, trimPostNominals } from './rules-posts';
import { retypeFaithsAndEras, retypeQuotedTitles, typeAdjectiveLists } from './rules-ideas';
import { extendChannelNumbers, tagCallSigns } from './rules-broadcasters';
import {
  retypeAreasOfPlaces,
  retypeBeforeAreaNouns,
  retypeListsBeforeAreaNouns,
  retypePeopleAfterPlaceOpeners,
  readAbbreviatedCounties,
  retypeNamesEndingInAreas,
  tagNamesBeforeAreaNouns,
} from './rules-areas';
import {
  retypePlacesByWhatTheyHave,
  retypePlacesInAreas,
  joinTownsOverTheirOf,
  retypeSaintsAmongPlaces,
  retypeTownsOutsideSport,
  retypeStatesOfDivisions,
} from './rules-towns';
import { retypePlacesByBearing } from './rules-bearings';
import { tagSuffixedPlaces } from './rules-suffixes';
import { readPartyLabels, splitHyphenedPairs } from './rules-hyphens';
import { joinCourtsToTheirDistricts } from './rules-courts';
import { retypeHomesAfterAges, retypeNamesBeforeAges } from './rules-homes';
import {
  retypePeopleAfterIn,
  tagTownsBeforeRegions,
  joinSaintsNames,
  splitPlacePairs,
  splitPlacePossessives,
  typeCountryAdjectives,
} from './rules-places';
import { retypeAwards, retypeGivenNames, retypeNamesAfterRoles } from './rules-people';
import { cutOffices, cutTitlesBeforeHolders, retypeHoldersBeforeTitles, splitOfficeTitles } from './rules-offices';
import { retypeMemberClubs, retypeResultTeams, retypeTableRows } from './rules-tables';
import {
  joinBodyBeginnings,
  joinOfNames,
  joinPurposeNames,
  retypeByHeadWord,
  retypeEvents,
  tagStorms,
} from './rules-heads';
import { retypeNewspapers, tagOutletsBeforeNouns } from './rules-newspapers';
import {
  splitAfterLegalForms,
  splitAtSeparators,
  splitAtVerbs,
  splitJoinedPairs,
  splitListEnds,
  splitListedLists,
} from './rules-coordination';
import { typeLanguages } from './rules-languages';
import { joinBodyBranches, joinPlusGroups, joinUnionLocals, retypePlacesEndingInBodies } from './rules-branches';
import { joinSportBodies } from './rules-sportbodies';
import { retypePeopleBetweenPlaces, tagPlacesBetweenPlaces } from './rules-listgaps';
import {
  retypeFamilyNames,
  retypeIrishNames,
  takeInChineseFamilyNames,
  takeInPatronymicWords,
  takeInSaidAsSurname,
  tagVietnameseNames,
} from './rules-surnames';
import { dropCurrencyCodes } from './rules-currencies';
import { joinRemitsReadAsTwoBodies, takeInRemitsBeforeAnd } from './rules-remits';
import { trimLeadingNouns } from './rules-openers';
import { joinMinistryPortfolios, joinOfficesOfHolders } from './rules-ministries';
import { retypeSpeakersReadAsPlaces, tagListedSources, tagSourceCredits } from './rules-sources';
import { joinBodiesOfStates } from './rules-polities';
import {
  joinBodiesOfTwoPartCountries,
  joinFieldBodiesOfNations,
  mergeCountryLedBodies,
  mergeNationalBodies,
  splitNationsFromMinistries,
} from './rules-national';
import { splitFirmsOfCountries } from './rules-origins';
import { retypeSites, retypeVenuesAfterAt } from './rules-venues';
import {
  retypeCreditedPeople,
  retypeDatelineRegions,
  retypeDatelineTowns,
  splitDatelines,
  tagDatelineAgencies,
  tagDatelineStates,
} from './rules-datelines';
import { joinCouplesBodies, joinEponyms } from './rules-eponyms';
import { joinTouchingNames } from './rules-touching';
import { joinBodiesNamedForPairs, splitHeadedPairs } from './rules-headedpairs';
import { splitHoldersFromBodies, splitMembersOfBodies } from './rules-holders';
import {
  dropPortfoliosAfterTitles,
  dropTitlesBeforeNames,
  retypeTitledNames,
  trimPortfolios,
  trimTitles,
} from './rules-titles';
import { joinParentsOfBodies } from './rules-parents';
import { joinTwoAreaServices } from './rules-services';
import { tagTitleCaseBodies } from './rules-titlecase';
import {
  extendSecondLegalForms,
  joinCampusNames,
  joinOfTheBodies,
  retypeCompanyNames,
  retypePlaceNamedCompanies,
  splitListedPairs,
} from './rules-bodies';
import { CUE, SentenceCues } from './ruleCues';
import { joinTownsOnRivers } from './rules-riverside';
import { retypeExamplesOfPlaces, retypeNamesBeforeSites, retypePeopleBeforeSites } from './rules-placekinds';

/**
 * Rules applied to one sentence's decoded spans, before the document-level pass: each corrects a
 * kind of mistake the tagger makes on its own (see the comment of each). They look only at the
 * sentence, its tags, the compiled name lists and whether a "Sources" heading of its paragraph came
 * before it, so a paragraph's result does not depend on others.
 * A rule that acts only where the sentence holds certain words declares them as its cue (ruleCues.ts)
 * and runs behind `cues.has`: most sentences then skip it unread.
 */

/** One decoded sentence: tokens, tag indices (0 = O), spans in order and each span's first token. */
interface DecodedSentence {
  tokens: Token[];
  tags: Uint8Array;
  spans: Span[];
  first: number[];
  /** Which of the cued rules can act on it (ruleCues.ts). */
  cues: SentenceCues;
  /** Whether it is a line under a "Sources" heading of its paragraph (rules-sources.ts). */
  listsSources?: boolean;
}

/**
 * All rules in order, in stages whose order carries meaning as the order of the rules inside each does;
 * returns the sentence's final spans.
 */
export function applyRules(sentence: DecodedSentence, ctx: FeatureContext): Span[] {
  const { tokens, spans, first, cues } = sentence;
  tagNamesLeftOut(sentence, ctx);
  tagNamesOfTheirOwnKind(sentence, ctx);
  // Most sentences: nothing more to do.
  if (spans.length === 0) return cues.has(CUE.hyphenedPair) ? splitHyphenedPairs(ctx, tokens, spans) : spans;
  trimNameEdges(sentence, ctx);
  joinAndSplitNames(sentence, ctx);
  const compass = spans.map(
    (sp, k) => sp.type === 'LOC' && sp.end === tokens[first[k]].end && COMPASS.test(tokens[first[k]].text),
  );
  readPeopleAndTitles(sentence, ctx);
  readBodies(sentence, ctx);
  retypeByLists(sentence, ctx);
  retypeByContext(sentence, ctx);
  settleLastReadings(sentence, ctx);
  const merged = mergeNationalBodies(ctx, tokens, mergeCompassAdjectives(spans, compass));
  const joined = merged.length < 2 ? merged : joinTouchingNames(ctx, tokens, merged);
  return cues.has(CUE.hyphenedPair) ? readPartyLabels(tokens, splitHyphenedPairs(ctx, tokens, joined)) : joined;
}

/**
 * Names the tagger left out or cut short, found by the lists and the words around them (a description, a given
 * name, a body's head word, a road's number), and places read with "the".
 */
function tagNamesLeftOut({ tokens, tags, spans, first, cues }: DecodedSentence, ctx: FeatureContext): void {
  if (cues.has(CUE.describingNoun)) addDescribedNames(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.describingNoun)) addAppositiveNames(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.givenName)) addGivenNamePairs(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.givenName)) takeInGivenNames(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.vietnameseName)) tagVietnameseNames(ctx, tokens, tags, spans, first);
  tagOpeningBodies(ctx, tokens, spans, first);
  joinAfterOpeningThe(ctx, tokens, tags, spans, first);
  joinOfTheBodies(ctx, tokens, tags, spans, first);
  includeLeadingThe(ctx, tokens, spans, first);
  tagTitleCaseBodies(tokens, tags, spans, first);
  tagListedBodies(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.listedAlone)) tagListedNamesAlone(ctx, tokens, tags, spans, first);
  extendToListedStarts(ctx, tokens, tags, spans, first);
  extendToListedEnds(ctx, tokens, tags, spans, first);
  takeInLeftOutOpeners(ctx, tokens, tags, spans, first);
  tagTownsBeforeRegions(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.areaNoun)) tagNamesBeforeAreaNouns(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.suffixedPlace)) tagSuffixedPlaces(tokens, tags, spans, first);
  tagHeadsBeforeLinks(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.traded)) tagTradedCompanies(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.firmEnding)) tagFirmsByEnding(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.openingForm)) retypeFirmsAfterOpeningForms(tokens, spans, first);
  if (cues.has(CUE.bodyHead)) tagBodiesByHead(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.poll)) tagPollsters(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.road)) tagNumberedRoads(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.letteredRoad)) tagLetteredRoads(tokens, tags, spans, first);
  if (cues.has(CUE.tickerExchange)) tagTickerExchanges(tokens, tags, spans, first);
  takeInStreetHonorifics(tokens, tags, spans, first);
  tagFirmsAfterStaff(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.outlet)) tagOutletsBeforeNouns(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.partyNoun)) tagPartiesBeforeNoun(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.kindNoun)) tagBodiesBeforeKindNouns(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.position)) tagClubsBeforePositions(ctx, tokens, tags, spans, first);
  splitPlacesFromPartyMembers(ctx, tokens, spans, first);
  retypeListedPlacesWithThe(ctx, tokens, spans, first);
  retypeListedPlacesAfterThe(ctx, tokens, spans, first);
}

/**
 * Names of kinds the tagger reads poorly and a sentence may hold alone: seas, halls of fame, awards, storms,
 * holidays, events, datelines' agencies and states, call signs, table rows, languages, credits and union locals.
 */
function tagNamesOfTheirOwnKind(
  { tokens, tags, spans, first, cues, listsSources }: DecodedSentence,
  ctx: FeatureContext,
): void {
  // Before the return below: a sea may be the sentence's only name.
  if (cues.has(CUE.seaAdjective)) tagSeasNamedAlone(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.hallOfFame)) tagHallsOfFame(tokens, spans, first);
  if (cues.has(CUE.awardTitle)) tagAwardTitles(tokens, spans, first);
  if (cues.has(CUE.storm)) tagStorms(ctx, tokens, spans, first);
  if (cues.has(CUE.holiday)) tagHolidays(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.eventName)) tagEventNames(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.datelineAgency)) tagDatelineAgencies(ctx, tokens, spans, first);
  tagDatelineStates(tokens, tags, spans, first);
  if (cues.has(CUE.callSign)) tagCallSigns(tokens, tags, spans, first);
  retypeTableRows(ctx.gazetteer, tokens, tags, spans, first);
  if (cues.has(CUE.language)) typeLanguages(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.sourceCredit)) tagSourceCredits(tokens, tags, spans, first);
  if (listsSources) tagListedSources(tokens, tags, spans, first);
  if (cues.has(CUE.unionLocal)) joinUnionLocals(tokens, tags, spans, first);
}

/**
 * Words at a name's edges that are not part of it: open ends, weekdays and lower-case words, currency codes,
 * number words, leading nouns and capitals.
 */
function trimNameEdges({ tokens, spans, first, cues }: DecodedSentence, ctx: FeatureContext): void {
  closeOpenEnds(ctx, tokens, spans, first);
  if (cues.has(CUE.said)) takeInSaidAsSurname(tokens, spans, first);
  if (cues.has(CUE.patronymic)) takeInPatronymicWords(tokens, spans, first);
  if (cues.has(CUE.chineseFamilyName)) takeInChineseFamilyNames(tokens, spans, first);
  dropWeekdaysAndLowerCase(tokens, spans, first);
  dropPossessivesBeforeNames(tokens, spans, first);
  dropCurrencyCodes(tokens, spans, first);
  if (cues.has(CUE.numberWord)) trimNumberWords(ctx, tokens, spans, first);
  dropAbbreviatedNouns(tokens, spans, first);
  trimLeadingWords(tokens, spans, first);
  trimLeadingNouns(ctx, tokens, spans, first);
  trimLeadingCapitals(tokens, spans, first);
  trimOpeningRoleNouns(tokens, spans, first);
  splitBasedAdjectives(tokens, spans, first);
  splitAtDescribingNouns(ctx, tokens, spans, first);
  if (allCaps(tokens)) trimCapsVerbs(ctx, tokens, spans, first);
}

/**
 * Names joined where the tagger cut one in two (listed places, possessives, saints, towns on rivers) and split
 * where it read two as one (pairs, lists, holders and their bodies, verbs and separators inside).
 */
function joinAndSplitNames({ tokens, tags, spans, first, cues }: DecodedSentence, ctx: FeatureContext): void {
  joinListedPlaces(ctx, tokens, spans, first);
  splitPlacePairs(ctx, tokens, spans, first);
  splitPlacePossessives(ctx, tokens, spans, first);
  joinListedPossessiveNames(ctx, tokens, tags, spans, first);
  splitNationsBeforeCountriesPossessives(ctx, tokens, spans, first);
  joinSaintsNames(ctx, tokens, spans, first);
  if (cues.has(CUE.riverside)) joinTownsOnRivers(tokens, spans, first);
  joinAmpersandNames(ctx, tokens, spans, first);
  joinShopsOfPlaces(ctx, tokens, spans, first);
  splitListedLists(ctx, tokens, spans, first);
  splitListedPairs(ctx, tokens, spans, first);
  splitJoinedPairs(ctx, tokens, spans, first);
  splitHeadedPairs(ctx, tokens, spans, first);
  splitHoldersFromBodies(ctx, tokens, spans, first);
  splitMembersOfBodies(ctx, tokens, spans, first);
  splitAfterLegalForms(tokens, spans, first);
  splitAtVerbs(ctx, tokens, spans, first);
  splitBodiesAtFor(ctx, tokens, spans, first);
  splitListEnds(ctx, tokens, spans, first);
  splitAtSeparators(ctx, tokens, spans, first);
  joinCompassWords(tokens, tags, spans, first);
  joinMetropolitanAreas(tokens, tags, spans, first);
}

/** People's names apart from their nationalities, titles, offices and portfolios, initials, nicknames and particles. */
function readPeopleAndTitles({ tokens, spans, first, cues }: DecodedSentence, ctx: FeatureContext): void {
  splitNationalities(ctx, tokens, spans, first);
  splitNationsFromMinistries(ctx, tokens, spans, first);
  retypePeoplesNames(ctx, tokens, spans, first);
  retypeFamilyNames(ctx, tokens, spans, first);
  retypeIrishNames(tokens, spans, first);
  if (cues.has(CUE.title)) retypeTitledNames(ctx, tokens, spans, first);
  retypeNamesAfterRoles(ctx, tokens, spans, first);
  if (cues.has(CUE.title)) trimTitles(ctx, tokens, spans, first);
  if (cues.has(CUE.title)) dropTitlesBeforeNames(ctx, tokens, spans, first);
  includeInitials(tokens, spans, first);
  splitPersonNames(ctx, tokens, spans, first);
  joinNicknames(tokens, spans, first);
  joinParticleNames(ctx, tokens, spans, first);
  if (cues.has(CUE.officeTitle)) splitOfficeTitles(ctx, tokens, spans, first);
  if (cues.has(CUE.officeTitle)) retypeHoldersBeforeTitles(ctx, tokens, spans, first);
  if (cues.has(CUE.portfolio)) trimPortfolios(ctx, tokens, spans, first);
  if (cues.has(CUE.portfolio)) dropPortfoliosAfterTitles(ctx, tokens, spans, first);
  if (cues.has(CUE.title)) cutOffices(ctx, tokens, spans, first);
  if (cues.has(CUE.title)) cutTitlesBeforeHolders(ctx, tokens, spans, first);
  splitPlacesOfPosts(ctx, tokens, spans, first);
  if (cues.has(CUE.givenName) || cues.has(CUE.describingNoun)) splitPeopleFromTheirOf(ctx, tokens, spans, first);
  if (cues.has(CUE.memberTitle)) splitAtMemberTitles(ctx, tokens, spans, first);
  if (cues.has(CUE.memberTitle)) trimMemberTitles(ctx, tokens, spans, first);
  trimPostNominals(tokens, spans, first);
}

/** Bodies' names: legal forms, "of" and campuses, ministries and offices, acronyms in brackets, events and faiths. */
function readBodies({ tokens, tags, spans, first, cues }: DecodedSentence, ctx: FeatureContext): void {
  if (cues.has(CUE.designator)) extendByDesignator(ctx, tokens, tags, spans, first);
  joinBracketedLegalForms(tokens, spans, first);
  joinSpanishLegalForms(tokens, spans, first);
  extendChannelNumbers(tokens, spans, first);
  joinBodyBeginnings(ctx, tokens, spans, first);
  joinCommonPossessives(ctx, tokens, spans, first);
  retypeGivenNames(ctx, tokens, spans, first);
  retypeAwards(tokens, spans, first);
  retypeByHeadWord(ctx, tokens, spans, first);
  if (cues.has(CUE.newspaperHead)) retypeNewspapers(tokens, spans, first);
  joinOfNames(ctx, tokens, spans, first);
  // After the body's name is joined over its "of the" ("University of the West Indies at Mona").
  joinCampusNames(ctx, tokens, spans, first);
  joinMinistryPortfolios(tokens, spans, first);
  joinOfficesOfHolders(tokens, spans, first);
  joinBodiesOfStates(ctx, tokens, spans, first);
  joinPurposeNames(ctx, tokens, spans, first);
  joinCourtsToTheirDistricts(tokens, spans, first);
  retypeCompanyNames(tokens, spans, first);
  extendSecondLegalForms(tokens, spans, first);
  retypePlaceNamedCompanies(ctx, tokens, spans, first);
  extendBodiesOverLinks(ctx, tokens, tags, spans, first);
  splitFirmsOfCountries(ctx, tokens, spans, first);
  joinFieldLists(ctx, tokens, spans, first);
  joinFieldsBeforeHeads(ctx, tokens, spans, first);
  joinParentsOfBodies(tokens, spans, first);
  joinTwoAreaServices(tokens, spans, first);
  joinNamesBeforeAcronyms(ctx, tokens, spans, first);
  tagBracketedAcronyms(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.bracket)) joinNamesSpelledByAcronyms(ctx, tokens, spans, first);
  retypeAcronymsReadAsPeople(tokens, spans, first);
  retypeAcronymsGlossedAsBodies(ctx, tokens, spans, first);
  if (cues.has(CUE.event) || cues.has(CUE.lawOrShow)) retypeEvents(ctx, tokens, spans, first);
  joinEventWords(ctx, tokens, spans, first);
  retypeFaithsAndEras(tokens, spans, first);
}

/** Types the compiled lists give, and the types that names listed together in the sentence give one another. */
function retypeByLists({ tokens, tags, spans, first, cues }: DecodedSentence, ctx: FeatureContext): void {
  typeAdjectiveLists(ctx, tokens, tags, spans, first);
  retypeResultTeams(tokens, spans, first);
  retypeMemberClubs(tokens, spans, first);
  retypeListedNames(ctx, tokens, spans, first);
  typeCountryAdjectives(ctx, tokens, spans, first);
  retypeListedBodies(ctx, tokens, spans, first);
  retypeListedBodiesInLists(ctx, tokens, spans, first);
  retypeNamesListedWithParties(ctx, tokens, spans, first);
  retypePeopleInBodyLists(ctx, tokens, spans, first);
  if (cues.has(CUE.kindPlural)) {
    splitPairsAfterKinds(ctx, tokens, spans, first);
    tagExamplesAfterKinds(ctx, tokens, tags, spans, first);
    retypeExamplesOfKinds(ctx, tokens, spans, first);
  }
  if (cues.has(CUE.placePlural)) retypeExamplesOfPlaces(ctx, tokens, spans, first);
  if (cues.has(CUE.site)) retypeNamesBeforeSites(ctx, tokens, spans, first);
  retypeListedPlacesInLists(ctx, tokens, spans, first);
  if (cues.has(CUE.saint)) retypeSaintsAmongPlaces(tokens, spans, first);
  if (cues.has(CUE.townOf)) joinTownsOverTheirOf(tokens, tags, spans, first);
  retypeTownsListedWithPlaces(ctx, tokens, spans, first);
  retypeListsOfPlaces(ctx, tokens, spans, first);
  tagPlacesBetweenPlaces(ctx, tokens, tags, spans, first);
  retypePeopleBetweenPlaces(ctx, tokens, spans, first);
  retypeLanguagesInLists(ctx, tokens, spans, first);
}

/**
 * Places, towns and people typed by the words around them: "in", an age, what a place has, a bearing, a venue,
 * an area's noun, a market, a firm's word.
 */
function retypeByContext({ tokens, tags, spans, first, cues }: DecodedSentence, ctx: FeatureContext): void {
  retypePlacesReadAsPeople(ctx, tokens, spans, first);
  retypeTownsReadAsBodies(ctx, tokens, spans, first);
  retypePeopleAfterIn(ctx, tokens, spans, first);
  retypeNamesBeforeAges(ctx, tokens, spans, first);
  retypeHomesAfterAges(ctx, tokens, tags, spans, first);
  retypePlacesByWhatTheyHave(ctx, tokens, spans, first);
  retypeTownsOutsideSport(ctx, tokens, tags, spans, first);
  retypeStatesOfDivisions(ctx, tokens, spans, first);
  retypePlacesInAreas(ctx, tokens, spans, first);
  if (cues.has(CUE.bearing)) retypePlacesByBearing(ctx, tokens, spans, first);
  retypeVenuesAfterAt(ctx, tokens, spans, first);
  retypeSites(ctx, tokens, spans, first);
  retypeBeforeAreaNouns(ctx, tokens, spans, first);
  retypeListsBeforeAreaNouns(tokens, spans, first);
  retypePeopleAfterPlaceOpeners(tokens, spans, first);
  retypeMarketTowns(ctx, tokens, spans, first);
  retypeShareIndices(ctx, tokens, spans, first);
  retypeTownsBeforeFirms(ctx, tokens, spans, first);
  retypeFirmsSayingIt(ctx, tokens, spans, first);
  includeShopPossessives(ctx, tokens, spans, first);
  retypeOfficeCities(ctx, tokens, spans, first);
  retypeDestinations(ctx, tokens, spans, first);
  retypeNamesBeforeWhich(ctx, tokens, spans, first);
}

/**
 * Readings that need the ones above: datelines, branches of bodies, speakers, foreign bodies and places, areas
 * and counties, festivals, eponyms and couples.
 */
function settleLastReadings({ tokens, tags, spans, first, cues }: DecodedSentence, ctx: FeatureContext): void {
  splitDatelines(ctx, tokens, spans, first);
  retypeDatelineTowns(ctx, tokens, spans, first);
  retypeDatelineRegions(tokens, spans, first);
  retypeCreditedPeople(ctx, tokens, spans, first);
  joinBodyBranches(ctx, tokens, spans, first);
  if (cues.has(CUE.speaker)) retypeSpeakersReadAsPlaces(ctx, tokens, spans, first);
  if (cues.has(CUE.plus)) joinPlusGroups(tokens, spans, first);
  if (cues.has(CUE.listedAcronym)) retypePlacesEndingInBodies(ctx, tokens, spans, first);
  if (cues.has(CUE.sportBody)) joinSportBodies(ctx, tokens, spans, first);
  takeInRemitsBeforeAnd(ctx, tokens, spans, first);
  mergeCountryLedBodies(ctx, tokens, spans, first);
  joinBodiesOfTwoPartCountries(ctx, tokens, spans, first);
  if (cues.has(CUE.fieldBeforeNation)) joinFieldBodiesOfNations(ctx, tokens, spans, first);
  joinRemitsReadAsTwoBodies(ctx, tokens, spans, first);
  if (cues.has(CUE.foreignHead)) extendForeignBodiesOverWords(ctx, tokens, tags, spans, first);
  retypeForeignBodies(tokens, spans, first);
  retypeForeignPlaces(ctx, tokens, tags, spans, first);
  if (cues.has(CUE.bracket)) tagBracketedOriginalNames(ctx, tokens, tags, spans, first);
  retypeRiversAndMountains(ctx, tokens, spans, first);
  retypeAreasOfPlaces(ctx, tokens, spans, first);
  readAbbreviatedCounties(ctx, tokens, spans, first);
  retypeNamesEndingInAreas(ctx, tokens, spans, first);
  retypeCompassAdjectives(tokens, spans, first);
  if (cues.has(CUE.regional)) retypeRegionalAdjectives(ctx, tokens, spans, first);
  if (cues.has(CUE.schemeNoun)) retypeNamesOfSchemes(ctx, tokens, spans, first);
  if (cues.has(CUE.festival)) retypeFestivals(tokens, spans, first);
  if (cues.has(CUE.doubleQuote)) retypeQuotedTitles(ctx, tokens, spans, first);
  joinEponyms(tokens, spans, first);
  retypePeopleBeforeSites(tokens, spans, first);
  joinCouplesBodies(ctx, tokens, spans, first);
  joinBodiesNamedForPairs(ctx, tokens, spans, first);
  dropOpeningTheOfInstitutions(tokens, spans, first);
}
