import { definePhrases } from '../../helpers/phrases.js'

// Cookiemeldingen en toestemming, Nederlands.
export default definePhrases('nl', {
  labels: ['Cookies accepteren', 'Alle cookies accepteren', 'Alles accepteren', 'Accepteren', 'Weigeren', 'Alles weigeren', 'Cookie-instellingen', 'Cookiebeleid', 'Cookies beheren', 'Voorkeuren beheren', 'Akkoord', 'Externe inhoud', 'Externe inhoud tonen'],
  patterns: [
    /\b(?:wij gebruiken|we gebruiken|deze (?:website|site) (?:gebruikt|maakt gebruik van)) cookies\b/,
    /\bdoor (?:verder te gaan op|gebruik te maken van) (?:deze|onze) (?:website|site)\b.{0,60}\b(?:akkoord|toestemming)\b/,
  ],
})
