// The workspace the journeys work in. Every article is invented for these tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The README's story: what the screenshots of the README show. */
export const STORY = [
  '# Water talks in Lisbon',
  '',
  'On Sunday, Maria Lindqvist of the Nordic Water Council met Daniel Okafor in Lisbon.',
  'The two spoke for an hour about river levels before Okafor left for Porto.',
  '',
].join('\n');

/** Names said more than once, for the hover card's actions. */
export const HARBOUR = [
  '# Harbour works resume in Aberdeen',
  '',
  'ABERDEEN – Fiona Mackay of the Grampian Harbour Board said on Tuesday',
  'that the dredging of the north basin would resume next month.',
  'Mackay later wrote to the Grampian Harbour Board about the costs.',
  '',
  'Ewan Baird, who chairs the Solway Shipping Company, welcomed the plan.',
  '',
].join('\n');

/** An article whose sidecar holds an organisation and a person whose text was removed: orphans. */
export const ORPHANED = [
  '# Ferry timetable changes',
  '',
  'Lena Voss of the Baltic Ferry Line announced crossings to Gdansk.',
  'Passengers can book from Monday, Voss said in Rostock.',
  '',
].join('\n');

export const ORPHANED_SIDECAR = [
  'version: 1',
  'article: ferries.md',
  `textHash: sha256:${'0'.repeat(64)}`,
  'annotations:',
  '  - id: a-e2e-orphan-org',
  '    label: organisation',
  '    quote: Stena Harbour Trust',
  '    prefix: "Passengers can "',
  '    suffix: " from Monday"',
  '    start: 108',
  '    end: 127',
  '    note: checked with the port authority',
  '    created: 2026-11-27T10:00:00Z',
  '  - id: a-e2e-orphan-person',
  '    label: person',
  '    quote: Jonas Lind',
  '    prefix: "ngs to Gdansk.\\n"',
  '    suffix: " can book fr"',
  '    start: 93',
  '    end: 103',
  '    created: 2026-11-27T10:00:00Z',
  'corrections: []',
  '',
].join('\n');

/** A folder of two short articles, for Analyse Articles in Folder. */
export const DESK = {
  'desk/market.md': 'Traders in Valencia said on Friday that Orla Byrne had bought the Marisco Fish Market.\n',
  'desk/festival.txt': 'The Kestrel Film Festival opens in Galway on Thursday, said its director Sean Roche.\n',
};

/** An article for the in-span edit: a note on a word whose spelling gets fixed. */
export const TYPO = ['# Vote on the budget', '', 'The bill goes to parliament next week, said Ruth Kennet.', ''].join(
  '\n',
);

/** brat standoff for TYPO: one entity, code-point offsets. */
export const TYPO_BRAT = 'T1\tperson 66 77\tRuth Kennet\n';

/** For entity linking: a capital the shipped knowledge base holds, with its country. */
export const SUMMIT =
  '# Drought talks\n\nWater ministers from Kenya met in Nairobi on Monday to plan for the drought.\n\n' +
  'The World Health Organization warned that cholera could spread.\n';

/** For the fact checks: a wrong weekday (March 10, 2026 is a Tuesday) and a surname misspelled after the full name. */
export const COUNCIL = [
  '---',
  'date: 2026-03-12',
  '---',
  '',
  '# Harbour council backs dredging plan',
  '',
  'VALMORE – The harbour council approved the plan on Monday, March 10, 2026, after a long debate.',
  '',
  'Council chair Ingrid Solvang said the work would start in the spring. Deputy chair Tomas Haraldsen abstained.',
  '',
  'Haraldson said the costings were unclear.',
  '',
].join('\n');

export function writeWorkspace(workspace) {
  const files = {
    'story.md': STORY,
    'harbour.md': HARBOUR,
    'ferries.md': ORPHANED,
    'ferries.md.annotations.yaml': ORPHANED_SIDECAR,
    'vote.md': TYPO,
    'vote.ann': TYPO_BRAT,
    'summit.md': SUMMIT,
    'council.md': COUNCIL,
    ...DESK,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    writeFileSync(path.join(workspace, name), text);
  }
}

/**
 * The annotation project's article, written when its journey starts (so Analyse All Articles, earlier, does
 * not touch it): the README's story on another day, as "Sunday" is a date other journeys annotate.
 */
export const TALKS = STORY.replace('On Sunday', 'On Tuesday');

/** The project's schema: the labels, relation types and attributes the project journeys use. */
export const SCHEMA = `version: 1
labels:
  - id: person
    name: Person
    key: p
    guideline: A **named** individual, not a job title.
  - id: organisation
    name: Organisation
    key: o
    guideline: A named company, public body or group.
  - id: claim
    name: Checkable claim
    colour: "#d6336c"
    key: c
    guideline: A statement of fact that can be *checked* against a source.
relations:
  - name: works-for
    from: person
    to: organisation
  - name: meets
    from: person
    to: person
    symmetric: true
attributes:
  - name: verdict
    values: [accurate, misleading, wrong]
    labels: claim
`;
