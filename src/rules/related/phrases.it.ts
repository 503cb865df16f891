import { definePhrases } from '../../helpers/phrases.js'

// Intestazioni di liste di link, italiano.
export default definePhrases('it', {
  labels: ['Per saperne di più', 'Approfondimenti', 'Argomenti correlati', 'Leggi anche', 'Leggi di più', 'Articoli correlati', 'Notizie correlate', 'Potrebbe interessarti', 'Potrebbe interessarti anche', 'Ti potrebbe interessare', 'I più letti', 'Più letti', 'Vedi anche', 'Altri articoli', 'Articoli recenti', 'Ultimi articoli'],
  prefixes: ['Leggi anche:', 'Vedi anche:', 'Leggi:', 'Approfondisci:', 'Potrebbe interessarti:', 'Ti potrebbe interessare:'],
})
