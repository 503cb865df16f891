import { describe, it } from 'vitest'
import { adLabel } from '../../../src/rules/spam-ad/ad-label.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(adLabel, {
  keep: [
    'The festival was presented by the city in partnership with local schools.',
    'Advertisement revenue fell by a third last year.',
    // German "Anzeige" is also a police report.
    'Die Anzeige wurde von der Polizei aufgenommen.',
    'Reklama telewizyjna kosztowała partię miliony złotych.',
    'La pubblicità elettorale è vietata nelle ultime due settimane.',
  ],
  remove: ['Advertisement', 'Anzeige', 'ANZEIGE', 'Anzeige:', 'Publicité', 'Publicidad', 'Pubblicità', 'Advertentie', 'Publicidade', 'Reklama', 'Story continues below advertisement'],
})
