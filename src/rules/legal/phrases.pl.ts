import { definePhrases } from '../../helpers/phrases.js'

// Zastrzeżenia wydawcy, polski.
export default definePhrases('pl', {
  patterns: [
    // The site's content licence: "Except where otherwise noted, content on this site is licensed under …".
    /\bo ile nie zaznaczono inaczej,? (?:treści|treść|materiały)\b.{0,60}\blicencj/,
    /\bnie (?:musi|muszą) (?:odzwierciedlać|być zgodne ze) (?:stanowisk(?:a|iem)|poglądów|poglądami|opinii) redakcji\b/,
    /\bredakcja nie ponosi odpowiedzialności\b/,
  ],
})
