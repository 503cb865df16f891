import { describe, it } from 'vitest'
import { dateOnly } from '../../../src/rules/dateline/date-only.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(dateOnly, {
  keep: [
    // A sentence that mentions a date has other words.
    'On 16 November 2023 the council voted to close the library.',
    // A year alone is a number, not a date stamp.
    '2019',
    'Mai Thai opens 3 new restaurants',
    'März 2020: Der Lockdown beginnt',
  ],
  remove: [
    'Monday 3 April 2023 09:15, UK',
    '02.02.2022',
    'Updated: 3 hours ago',
    'Aktualisiert am 12. März 2024 um 14:30 Uhr',
    'Publié le 5 juin 2021',
    'Actualizado el 3 de mayo de 2022',
  ],
})
