import { definePhrases } from '../../helpers/phrases.js'

// Formularze i liczniki komentarzy, polski.
export default definePhrases('pl', {
  labels: ['Komentarze', 'Dodaj komentarz', 'Napisz komentarz', 'Zostaw komentarz', 'Skomentuj', 'Odpowiedz', 'Anuluj pisanie odpowiedzi', 'Brak komentarzy', 'Pokaż komentarze', 'Twój komentarz'],
  prefixes: ['Komentarze:'],
  patterns: [
    // The likes widget of WordPress.com and Jetpack ("Podoba mi się:", "%d … like this:" with the count left unfilled by a scraper).
    /^(?:%d|\d+) bloger(?:ów|zy) lubi(?:ą)? to\b/, /^(?:podoba mi się|polub):?(?: wczytywanie\W*)?$/u,
    // Feedback prompts under the article: "Your feedback will help us build a better experience", "Help us improve this page".
    /\btwoja opinia pomoże nam\b/,
    /^pomóż nam ulepszyć (?:tę stronę|serwis|stronę)\b/,
    /\btwój adres e-?mail nie zostanie opublikowany\b/,
    /\bwymagane pola (?:są )?oznaczone\b/,
    /^(?:\d+|brak) komentarz(?:e|y)?(?:$| ?:| do [^\p{L}\p{N}\s])/u,
    /^\d+ komentarz(?:e|y)?\b(?!.*[.!?]["”’)]?$)/,
    /\bzapamiętaj moje dane w tej przeglądarce\b/,
    /^komentarze \(\d+\)/,
  ],
})
