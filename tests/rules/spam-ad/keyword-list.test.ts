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
    // A line break inside a box that article prose follows: the article's body, kept.
    {
      document: [
        'The festival opened on Friday with three stages and more than forty bands from across the region, and the organisers said that ticket sales had doubled compared with last year, mostly thanks to the new late-night programme.',
        'Our team works with clients across Germany.\nYou are looking for: Agency Düsseldorf / Agency Berlin / Agency Munich / Agency Cologne / Agency Essen / Agency Bonn',
        'The second day brought rain, but the crowds stayed and the headliners played their full sets well after midnight.',
      ],
      removed: [],
    },
    // A footer box of several lines whose slash line repeats no term.
    {
      document: [
        'The festival opened on Friday with three stages and more than forty bands from across the region, and the organisers said that ticket sales had doubled compared with last year, mostly thanks to the new late-night programme.',
        'We are a small studio in Leipzig.\nTools: Figma / Sketch / Photoshop / Illustrator / InDesign / Premiere / After Effects\nContact: hello@example.com',
      ],
      removed: [],
    },
    // A box with too many lines is no footer box.
    {
      document: [
        'The festival opened on Friday with three stages and more than forty bands from across the region, and the organisers said that ticket sales had doubled compared with last year, mostly thanks to the new late-night programme.',
        'One line\nTwo line\nThree line\nFour line\nFive line\nPlumber London | Plumber Croydon | Plumber Sutton | Plumber Bromley | Plumber Kingston | Plumber Richmond',
      ],
      removed: [],
    },
  ],
  remove: [
    'Sie suchen: Werbeagentur Düsseldorf / Werbeagentur Berlin / Werbeagentur München / Werbeagentur Stuttgart / Werbeagentur Köln / Werbeagentur Essen / Werbeagentur Hamburg / Shopify Agentur / Webflow Agentur / Schnittstelle Anthropic & Claude KI',
    'Plumber London | Plumber Croydon | Plumber Sutton | Plumber Bromley | Plumber Kingston | Plumber Richmond',
    // The agency's footer box at the end: blurb, stuffed line and link line in one element.
    {
      document: [
        'The festival opened on Friday with three stages and more than forty bands from across the region, and the organisers said that ticket sales had doubled compared with last year, mostly thanks to the new late-night programme.',
        'emit digital ist eine Webagentur aus Düsseldorf. Wir entwickeln Web- und Digitallösungen für Kunden aus aller Welt.\nSie suchen: Werbeagentur Düsseldorf / Werbeagentur Berlin / Werbeagentur München / Werbeagentur Stuttgart / Werbeagentur Köln / Werbeagentur Essen / Werbeagentur Hamburg\nRelaunch Checklisten: Relaunch Onlineshop Checkliste / Relaunch Webseite Checkliste',
      ],
      removed: [1],
    },
    {
      document: [
        'The festival opened on Friday with three stages and more than forty bands from across the region, and the organisers said that ticket sales had doubled compared with last year, mostly thanks to the new late-night programme.',
        'Fast Flow Plumbing has served South London since 1998.\nPlumber London | Plumber Croydon | Plumber Sutton | Plumber Bromley | Plumber Kingston | Plumber Richmond',
      ],
      removed: [1],
    },
    {
      document: [
        'The festival opened on Friday with three stages and more than forty bands from across the region, and the organisers said that ticket sales had doubled compared with last year, mostly thanks to the new late-night programme.',
        'Call us today for a free quote.\nAreas: Roofer Leeds · Roofer York · Roofer Bradford · Roofer Harrogate · Roofer Wakefield · Roofer Halifax · Roofer Huddersfield\nOpen Monday to Saturday',
        'Share',
      ],
      removed: [1],
    },
  ],
})
