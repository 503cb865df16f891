import { describe, it } from 'vitest'
import { paywallPrompt } from '../../../src/rules/paywall/prompt.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(paywallPrompt, {
  keep: [
    'The newspaper said subscribers would get access to the archive from March.',
    'Der Verlag meldete einen Anstieg der Abonnenten um zwölf Prozent.',
    'Il giornale ha detto che gli abbonati sono aumentati del dieci per cento.',
    // "pour lire la suite" without a call to subscribe is prose.
    'Pour lire la suite de ses mémoires, il faudra attendre la publication du second tome.',
  ],
  remove: [
    'Subscribe to continue reading',
    'To view the full story, please subscribe to The Daily Example.',
    'Um den ganzen Artikel zu lesen, schließen Sie ein Abo ab.',
    'Pour lire la suite, abonnez-vous.',
    'Il vous reste 72% de cet article à lire.',
    '¿Ya eres suscriptor? Inicia sesión',
    'Sei già abbonato? Accedi',
    'Al abonnee? Log in',
    'Já é assinante? Faça login',
    'Masz już subskrypcję? Zaloguj się',
  ],
})
