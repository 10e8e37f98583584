import { encodeWorld, KnowledgeBase } from '../../src/core/world';

/**
 * An invented knowledge base for the editor tests, in place of the shipped one (left out of the test
 * extension): the places of test/fixtures/workspace/linking, so that what a hover card links does not
 * depend on the shipped sources.
 */
export function fixtureWorld(): KnowledgeBase {
  return new KnowledgeBase(
    encodeWorld([
      {
        id: 'Q9901',
        type: 'LOC',
        label: 'Valdoria',
        aliases: [],
        description: 'country in Northern Europe',
        prominence: 8,
      },
      {
        id: 'Q9902',
        type: 'LOC',
        label: 'Marrowby',
        aliases: [],
        description: 'capital city in Elsmere, Valdoria',
        prominence: 7,
      },
      { id: 'Q9903', type: 'LOC', label: 'Marrowby', aliases: [], description: 'city in Ostland', prominence: 4 },
    ]),
  );
}
