import { describe, it } from 'vitest'
import { rankedList } from '../../../src/rules/related/ranked-list.js'
import { RuleTester } from '../../../src/testing.js'

const P1 = 'The council voted on Tuesday to keep the library open for another five years after a long campaign by residents who collected thousands of signatures.'
const P2 = 'The library will reopen on Saturday mornings from March, and the council will review its budget again next spring once the new figures are in.'
const P3 = 'Residents said they were relieved, but several warned that the building still needs a new roof and better heating before the winter comes.'
const P4 = 'The next council meeting is planned for the first week of April, when members will also discuss the opening hours of the swimming pool.'
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
