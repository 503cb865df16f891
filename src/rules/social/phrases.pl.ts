import { definePhrases } from '../../helpers/phrases.js'

// Zachęty do obserwowania i udostępniania, polski. "Drukuj" sits with the share buttons on Polish bench pages.
export default definePhrases('pl', {
  labels: ['Udostępnij', 'Udostępnij na Facebooku', 'Udostępnij artykuł', 'Podziel się', 'Podziel się artykułem', 'Obserwuj nas', 'Polub nas na Facebooku', 'Drukuj', 'Kopiuj link', 'Dodaj jako preferowane źródło w Google', 'Obserwuj nas w Google News'],
  prefixes: ['Udostępnij:', 'Obserwuj nas:', 'Obserwuj nas na:'],
  patterns: [
    // A follow button with a name; accepted only when the name is capitalised (see follow-share.ts).
    /^obserwuj(?: [\p{L}\p{N}&'’.-]+){1,4}$/u,
    /\b(?:obserwuj|polub|śledź|obserwujcie) nas (?:na|w)\b/, /\budostępnij (?:ten )?(?:artykuł|wpis|tekst)\b/, /\bdołącz do nas na\b/],
})
