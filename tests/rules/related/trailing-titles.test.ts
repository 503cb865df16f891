import { describe, it } from 'vitest'
import { trailingTitles } from '../../../src/rules/related/trailing-titles.js'
import { RuleTester } from '../../../src/testing.js'

const P1 = 'The council voted on Tuesday to keep the library open for another five years after a long campaign by residents who collected thousands of signatures.'
const P2 = 'The library will reopen on Saturday mornings from March, and the council will review its budget again next spring once the new figures are in.'
const P3 = 'Residents said they were relieved, but several warned that the building still needs a new roof and better heating before the winter comes.'
const P4 = 'The next council meeting is planned for the first week of April, when members will also discuss the opening hours of the swimming pool.'
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
