import { describe, it } from 'vitest'
import { trailingTitles } from '../../../src/rules/related/trailing-titles.js'
import { RuleTester } from '../../../src/testing.js'
import { VOTE as P1, REOPENING as P2, RELIEVED as P3, NEXT_MEETING as P4 } from '../article-prose.js'

const T1 = 'Romney wraps up tour on sour note'
const T2 = 'Half of India left without power'
const T3 = '3: Olympians find fame on social web'

new RuleTester({ it, describe }).run(trailingTitles, {
  keep: [
    { name: 'two titles are not a run', document: [P1, P2, P3, P4, T1, T2], removed: [] },
    { name: 'a sentence after the titles keeps them all', document: [P1, P2, P3, P4, T1, T2, T3, 'Thanks to everyone who wrote in about this story.'], removed: [] },
    { name: 'titles between article paragraphs stay', document: [P1, T1, T2, T3, P2, P3], removed: [] },
    { name: 'a fact sheet of "Label: value" lines is article data', document: [P1, P2, P3, P4, 'Farbe: grün und blau', 'Lieferbar: 12 ml, 125 ml', 'Penetration: 220 bis 250'], removed: [] },
    { name: 'a one-word line in the run (a summary header) keeps it', document: [P1, P2, P3, P4, 'Summary', 'Service is free and without ads', 'Available on all major platforms', 'New series follows the Mars mission'], removed: [] },
    { name: 'no article before the titles', document: ['Short intro.', T1, T2, T3], removed: [] },
  ],
  remove: [
    { name: 'a headline box after the last paragraph', document: [P1, P2, P3, P4, T1, T2, T3], removed: [4, 5, 6] },
  ],
})
