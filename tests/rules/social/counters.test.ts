import { describe, it } from 'vitest'
import { counters } from '../../../src/rules/social/counters.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(counters, {
  keep: [
    // Near misses: a number and a counter word inside a sentence or a headline.
    '3 likes were enough to make the post the most popular on the forum.',
    'Views differ on the 2 options the council put forward',
    'Die Aufrufe zur Ruhe blieben ungehört',
    '2024 Shares Outlook',
  ],
  remove: [
    '3 likes',
    '1.2K shares',
    'Aufrufe: 1234',
    '1.234 mal gelesen',
    '12 comentarios · 4 compartidos',
    'Views: 184',
    '37 views | 5 comments',
    // Forms the ReDoS rewrite of the number and the colon must still read.
    '1 234 views',
    '4.5 k likes',
    'Aufrufe :  56',
  ],
})
