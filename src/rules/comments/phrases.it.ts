import { definePhrases } from '../../helpers/phrases.js'

// Moduli e contatori dei commenti, italiano (WordPress in italiano e simili).
export default definePhrases('it', {
  labels: ['Commenti', 'Lascia un commento', 'Lascia una risposta', 'Annulla risposta', 'Rispondi', 'Nessun commento', 'Aggiungi un commento', 'Scrivi un commento', 'Commenta', 'Il tuo commento', 'Commenta la notizia'],
  prefixes: ['Commenti:'],
  patterns: [
    // The likes widget of WordPress.com and Jetpack ("Mi piace:", "%d … like this:" with the count left unfilled by a scraper).
    /^a (?:%d|\d+) blogger piace questo\b/, /^mi piace:?(?: caricamento\W*)?$/u,
    // Feedback prompts under the article: "Your feedback will help us build a better experience", "Help us improve this page".
    /\bil tuo (?:feedback|parere) ci aiuta a migliorare\b/,
    /^aiutaci a migliorare (?:questa pagina|il sito|la tua esperienza)\b/,
    /\bil tuo indirizzo (?:e-?mail )?non sarà pubblicato\b/,
    /\bi campi obbligatori sono (?:contrassegnati|indicati)\b/,
    /^(?:\d+|nessun) comment[oi](?:$| ?:| (?:su|a) [^\p{L}\p{N}\s])/u,
    /^\d+ comment[oi]\b(?!.*[.!?]["”’)]?$)/,
    /\bsalva il mio nome, (?:e-?mail|indirizzo e-?mail) e sito web\b/,
    /\bquesto sito usa akismet\b/,
    /^commenti \(\d+\)/,
    /\bpubblicando (?:un|il tuo) commento,? (?:accetti|accetta)\b/,
  ],
})
