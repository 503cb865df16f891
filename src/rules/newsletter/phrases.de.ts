import { definePhrases } from '../../helpers/phrases.js'

// Newsletter-Anmeldungen, Deutsch.
export default definePhrases('de', {
  labels: ['Newsletter abonnieren', 'Jetzt Newsletter abonnieren', 'Zum Newsletter anmelden', 'Newsletter-Anmeldung', 'Jetzt anmelden', 'Ihre E-Mail-Adresse', 'E-Mail-Adresse'],
  prefixes: ['Newsletter:'],
  patterns: [/\b(?:abonnieren sie|abonniere|bestellen sie) (?:unseren|den) (?:kostenlosen )?newsletter\b/, /\bzum newsletter anmelden\b/, /\bdirekt in (?:ihr|dein) postfach\b/, /\bsie können sich jederzeit (?:wieder )?abmelden\b/],
})
