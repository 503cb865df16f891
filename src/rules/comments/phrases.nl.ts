import { definePhrases } from '../../helpers/phrases.js'

// Reactieformulieren en tellers, Nederlands (WordPress in het Nederlands en vergelijkbare).
export default definePhrases('nl', {
  labels: ['Reacties', 'Geef een reactie', 'Laat een reactie achter', 'Plaats een reactie', 'Reactie annuleren', 'Reageer', 'Reageren', 'Geen reacties', 'Schrijf een reactie', 'Jouw reactie', 'Uw reactie'],
  prefixes: ['Reacties:'],
  patterns: [
    // The likes widget of WordPress.com and Jetpack ("Vind ik leuk:", "%d … like this:" with the count left unfilled by a scraper).
    /^(?:%d|\d+) bloggers vinden dit leuk\b/, /^vind ik leuk:?(?: laden\W*)?$/u,
    // Feedback prompts under the article: "Your feedback will help us build a better experience", "Help us improve this page".
    /\b(?:jouw|uw) feedback helpt ons\b/,
    /^help ons (?:deze pagina|onze site|je ervaring) te verbeteren\b/,
    /\b(?:je|uw) e-?mailadres wordt niet gepubliceerd\b/,
    /\bvereiste velden zijn gemarkeerd\b/,
    /^(?:\d+|geen) reacties?(?:$| ?:| (?:op|bij) [^\p{L}\p{N}\s])/u,
    /^\d+ reacties?\b(?!.*[.!?]["”’)]?$)/,
    /\bsla mijn naam, e-?mail en website op\b/,
    /\bdeze site gebruikt akismet\b/,
    /^reacties \(\d+\)/,
  ],
})
