// Entity linking: a place's hover card proposes the knowledge base's entity with its confidence, and
// Link records its Wikidata id in the user's annotation; an institution's, a river's and a company's cards
// link them too, and so does a name that a hard-wrapped article breaks over two lines.
import { writeFileSync } from 'node:fs';
import { sidecarItems } from '../sidecar.mjs';

export default {
  title: 'Linking a name to the knowledge base',
  steps: [
    {
      name: 'links a place from its hover card, and the card then says it was linked by you',
      run: async ui => {
        await ui.open('summit.md', { waitFor: 'drought' });
        await ui.waitForHighlights(2);
        const card = await ui.hover('Nairobi', '% sure');
        const text = await card.innerText();
        if (!/Q3870/.test(text)) throw new Error(`the card does not link Nairobi to Q3870:\n${text}`);
        await ui.clickHoverLink('Nairobi', '% sure', 'Link');
        await ui.fileWhen(
          'summit.md.annotations.yaml',
          t => sidecarItems(t).some(a => a.quote === 'Nairobi' && a.label === 'location' && a.wikidata === 'Q3870'),
          'the linked annotation',
        );
        await ui.hover('Nairobi', 'linked by you');
        await ui.shot('linking');
        await ui.closeHover();
      },
    },
    {
      name: "an institution's hover card shows the entity it is, from the institutions in the knowledge base",
      run: async ui => {
        const card = await ui.hover('World Health Organization', '% sure');
        const text = await card.innerText();
        if (!/Q7817/.test(text) || !/Geneva/.test(text)) {
          throw new Error(`the card does not link the World Health Organization to Q7817 in Geneva:\n${text}`);
        }
        await ui.shot('linking-institution');
        await ui.closeHover();
      },
    },
    {
      name: 'a river named alone is a place, and its hover card shows the river and its id',
      run: async ui => {
        writeFileSync(
          ui.file('flood.md'),
          '# Flood warning\n\nFlooding on the Danube forced hundreds of people from their homes on Sunday, ' +
            'and the river was expected to peak in Budapest on Tuesday.\n',
        );
        await ui.open('flood.md', { waitFor: 'Flooding' });
        await ui.waitForHighlights(2);
        const card = await ui.hover('Danube', '% sure');
        const text = await card.innerText();
        if (!/Location/.test(text) || !/Q1653/.test(text) || !/river/.test(text)) {
          throw new Error(`the card does not show the Danube as a location linked to Q1653, a river:\n${text}`);
        }
        await ui.shot('linking-river');
        await ui.closeHover();
      },
    },
    {
      name: "a company's hover card shows the company and what it does, from the knowledge base's companies",
      run: async ui => {
        writeFileSync(
          ui.file('gas.md'),
          '# Gas supplies\n\nGazprom said on Monday that it would cut deliveries through the pipeline for a week ' +
            'of repairs, and prices in Europe rose by a tenth.\n',
        );
        await ui.open('gas.md', { waitFor: 'pipeline' });
        await ui.waitForHighlights(2);
        const card = await ui.hover('Gazprom', '% sure');
        const text = await card.innerText();
        if (!/Organisation/.test(text) || !/Q102673/.test(text) || !/oil and gas/.test(text)) {
          throw new Error(
            `the card does not show Gazprom as an organisation linked to Q102673, a gas company:\n${text}`,
          );
        }
        await ui.shot('linking-company');
        await ui.closeHover();
      },
    },
    {
      name: 'a name a hard-wrapped article breaks over two lines is one highlight, and its card links it',
      run: async ui => {
        // Wrapped at 55 columns, as an e-mail or a plain-text wire story is.
        writeFileSync(
          ui.file('outbreak.txt'),
          'GENEVA, March 3 - The outbreak of cholera in the north\n' +
            'of the country has slowed, officials of the World\n' +
            'Health Organization said on Monday, and its teams will\n' +
            'stay in the region until the end of the rainy season.\n',
        );
        await ui.open('outbreak.txt', { waitFor: 'cholera' });
        await ui.waitForHighlights(2);
        for (const word of ['World', 'Organization']) {
          const card = await ui.hover(word, '% sure');
          const text = await card.innerText();
          if (!/Organisation/.test(text) || !/Q7817/.test(text) || !/World Health Organization — /.test(text)) {
            throw new Error(`over "${word}", the card does not show the whole name linked to Q7817:\n${text}`);
          }
        }
        await ui.shot('linking-wrapped-name');
        await ui.closeHover();
      },
    },
  ],
};
