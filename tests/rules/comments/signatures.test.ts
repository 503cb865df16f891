import { describe, it } from 'vitest'
import { commentSignatures } from '../../../src/rules/comments/signatures.js'
import { trailingSection } from '../../../src/rules/comments/trailing-section.js'
import { RuleTester } from '../../../src/testing.js'
import { VOTE as P1, CAMPAIGNERS as P2, REOPENING as P3, REPAIRS as P4, RAT as D1, INITIATIVE as D2, SAMSTAGS as D3, ANWOHNER as D4 } from '../article-prose.js'

const C1 = 'The council should stop spending money on buildings nobody uses and fix the roads first, they are a disgrace.'
const C2 = 'I agree with the decision, the library is the only warm place many older people can go to in the afternoon.'
const C3 = 'Good news for the town, but who is going to pay for the new roof when the grant runs out in two years?'

new RuleTester({ it, describe }).run(commentSignatures, {
  keep: [
    { name: 'one dated byline is the article\'s own', document: [P1, P2, P3, P4, 'Posted by James Hamilton at October 28, 2012 01:23 PM'], removed: [] },
    { name: 'two signatures are not yet a thread', document: [P1, P2, P3, P4, 'Posted by: anna at October 28, 2012 02:30 PM', C1, 'Posted by: ben at October 28, 2012 04:59 PM', C2], removed: [] },
    { name: 'signatures before the article are bylines', document: ['Posted by: anna on 3 May 2021', 'Posted by: ben on 4 May 2021', 'Posted by: carl on 5 May 2021', P1, P2], removed: [] },
    { name: 'a schedule of times is not a thread', document: [P1, P2, P3, P4, 'Warm Up 11:00 Uhr', 'Contest 12:00 Uhr', 'Siegerehrung 18:30 Uhr'], removed: [] },
    { name: 'a sentence that says who wrote what stays', document: [P1, P2, P3, P4, 'The mayor said on March 3 that the library would stay open.', 'The mayor wrote on March 4 to the county.', 'The mayor said on March 5 that the grant was approved, at 10:00 in the morning.'], removed: [] },
  ],
  remove: [
    {
      name: 'three dated signatures after the article',
      document: [P1, P2, P3, P4, 'Posted by: anna at October 28, 2012 02:30 PM', C1, 'Posted by: ben at October 28, 2012 04:59 PM', C2, 'Posted by: carl, Bolton on 9:06pm Tue 1 Jan 08', C3],
      removed: [4, 6, 8],
    },
    {
      name: 'German signatures',
      document: [D1, D2, D3, D4, 'Anna schrieb am 3. Mai 2021 um 14:02:', C1, 'Ben schrieb am 3. Mai 2021 um 15:10:', C2, 'Geschrieben von Carl am 04.05.2021', C3],
      removed: [4, 6, 8],
    },
  ],
})

// With comments/trailing-section the first signature starts the thread, and it goes to the end.
new RuleTester({ it, describe, with: [commentSignatures] }).run(trailingSection, {
  keep: [
    { name: 'two signatures cut nothing', document: [P1, P2, P3, P4, 'Posted by: anna at October 28, 2012 02:30 PM', C1, 'Posted by: ben at October 28, 2012 04:59 PM', C2], removed: [] },
  ],
  remove: [
    {
      name: 'the thread after the first of several signatures',
      document: [P1, P2, P3, P4, D1, D2, 'Posted by: anna at October 28, 2012 02:30 PM', C1, 'Posted by: ben at October 28, 2012 04:59 PM', C2, 'Posted by: carl at October 28, 2012 05:58 PM', C3],
      removed: [6, 7, 8, 9, 10, 11],
    },
  ],
})
