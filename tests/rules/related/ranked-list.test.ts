import { describe, it } from 'vitest'
import { rankedList } from '../../../src/rules/related/ranked-list.js'
import { RuleTester } from '../../../src/testing.js'
import { VOTE as P1, REOPENING as P2, RELIEVED as P3, NEXT_MEETING as P4 } from '../article-prose.js'

const R1 = '1: Second huge power cut hits India'
const R2 = '2: Your Olympic athlete body match'
const R3 = '3: Romney visit irks Polish unions'
const R4 = '4: Games hit central London tourism Watch'

new RuleTester({ it, describe }).run(rankedList, {
  keep: [
    { name: 'a numbered list followed by article prose stays', document: [P1, P2, P3, P4, R1, R2, R3, P1], removed: [] },
    { name: 'two items are not a run', document: [P1, P2, P3, P4, R1, R2], removed: [] },
    { name: 'numbers out of order are not a ranking', document: [P1, P2, P3, P4, R1, R3, R2], removed: [] },
    { name: 'no article before the list', document: ['Most read', R1, R2, R3], removed: [] },
    { name: 'numbered definitions in lower case stay', document: [P1, P2, P3, P4, '1: talk or opinion widely disseminated', '2: a statement or report current', '3: archaic talk or report'], removed: [] },
    { name: 'numbered sentences stay', document: [P1, P2, P3, P4, '1: Preheat the oven to 200 degrees.', '2: Mix the flour and the butter.', '3: Bake it for twenty minutes.'], removed: [] },
  ],
  remove: [
    { name: 'a most-read box with its header after the article', document: [P1, P2, P3, P4, 'Read', R1, R2, R3, R4], removed: [4, 5, 6, 7, 8] },
    { name: 'two boxes one after the other', document: [P1, P2, P3, P4, 'Shared', R1, R2, R3, 'Video/Audio', R1, R2, R3, R4], removed: [4, 5, 6, 7, 8, 9, 10, 11, 12] },
    { name: 'a box without a header', document: [P1, P2, P3, P4, R1, R2, R3], removed: [4, 5, 6] },
  ],
})
