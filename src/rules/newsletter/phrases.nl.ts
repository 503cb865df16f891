import { definePhrases } from '../../helpers/phrases.js'

// Aanmeldingen voor nieuwsbrieven, Nederlands.
export default definePhrases('nl', {
  labels: ['Nieuwsbrief', 'Schrijf je in voor de nieuwsbrief', 'Meld je aan voor onze nieuwsbrief', 'Aanmelden nieuwsbrief', 'Inschrijven nieuwsbrief', 'Je e-mailadres', 'Uw e-mailadres', 'E-mailadres'],
  prefixes: ['Nieuwsbrief:'],
  patterns: [
    /\bdoor (?:je|u) (?:aan te melden|in te schrijven),? (?:ga je|gaat u) akkoord\b/,
    /\b(?:meld je|meld u|schrijf je|schrijf u) (?:nu )?(?:aan|in) voor (?:onze|de) (?:gratis |wekelijkse |dagelijkse )?nieuwsbrief\b/,
    /\bontvang (?:onze|de) (?:gratis |wekelijkse |dagelijkse )?nieuwsbrief\b/,
    /\bin (?:je|jouw|uw) (?:inbox|mailbox)\b/,
    /\b(?:je|u) kunt (?:je|zich) (?:op elk moment|altijd) (?:weer )?afmelden\b/,
  ],
})
