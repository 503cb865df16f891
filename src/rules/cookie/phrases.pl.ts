import { definePhrases } from '../../helpers/phrases.js'

// Komunikaty o plikach cookie i zgodach, polski.
export default definePhrases('pl', {
  labels: ['Akceptuję', 'Akceptuj wszystkie', 'Zaakceptuj wszystkie', 'Odrzuć wszystkie', 'Ustawienia cookies', 'Ustawienia plików cookie', 'Polityka cookies', 'Polityka plików cookie', 'Zarządzaj zgodami', 'Przejdź do serwisu', 'Treść zewnętrzna', 'Pokaż treść zewnętrzną'],
  patterns: [
    /\b(?:ta strona|ten serwis|nasz serwis|strona) (?:używa|wykorzystuje|korzysta z) (?:plików )?cookies?\b/,
    /\b(?:używamy|wykorzystujemy) (?:plików )?cookies?\b/,
    /\bkorzystając z (?:serwisu|naszej strony|tej strony)\b.{0,80}\bzgod[aęy]\b/,
  ],
})
