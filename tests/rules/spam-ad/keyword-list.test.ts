import { describe, it } from 'vitest'
import { keywordList } from '../../../src/rules/spam-ad/keyword-list.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(keywordList, {
  keep: [
    // Variants of a product in an article: too few items.
    'Models: iPhone 15 / iPhone 15 Plus / iPhone 15 Pro / iPhone 15 Pro Max',
    // Commas are no separators: an enumeration in prose.
    'The agency has offices in Berlin, Munich, Hamburg, Cologne, Frankfurt, Stuttgart and Bonn, and plans one in Vienna.',
    // A slash list without a repeated term.
    'Tools: Figma / Sketch / Photoshop / Illustrator / InDesign / Premiere / After Effects',
  ],
  remove: [
    'Sie suchen: Werbeagentur Düsseldorf / Werbeagentur Berlin / Werbeagentur München / Werbeagentur Stuttgart / Werbeagentur Köln / Werbeagentur Essen / Werbeagentur Hamburg / Shopify Agentur / Webflow Agentur / Schnittstelle Anthropic & Claude KI',
    'Plumber London | Plumber Croydon | Plumber Sutton | Plumber Bromley | Plumber Kingston | Plumber Richmond',
  ],
})
