import { definePhrases } from '../../helpers/phrases.js'

// Zastrzeżenia wydawcy, polski.
export default definePhrases('pl', {
  patterns: [
    /\bnie (?:musi|muszą) (?:odzwierciedlać|być zgodne ze) (?:stanowisk(?:a|iem)|poglądów|poglądami|opinii) redakcji\b/,
    /\bredakcja nie ponosi odpowiedzialności\b/,
  ],
})
