import { definePhrases } from '../../helpers/phrases.js'

// Prośby o wsparcie i darowizny, polski.
export default definePhrases('pl', {
  labels: ['Wesprzyj nas', 'Wspieraj nas', 'Przekaż darowiznę', 'Wpłać darowiznę', 'Wesprzyj', 'Zostań patronem', 'Postaw mi kawę', 'Wspieram'],
  prefixes: ['Wesprzyj nas:', 'Przekaż darowiznę:'],
  patterns: [
    /\b(?:twoja|każda) (?:darowizna|wpłata) (?:pomaga|pozwala|umożliwia)\b/,
    /\bwesprzyj (?:nas|naszą|nasze|niezależne)\b/,
    /\bprzekaż (?:darowiznę|1,5% podatku)\b/,
    /\bzostań (?:patronem|patronką|darczyńcą)\b/,
    /\b(?:patronite|zrzutka\.pl|buycoffee\.to)\b/,
  ],
})
