import { definePhrases } from '../../helpers/phrases.js'

// Richieste di donazioni e sostegno, italiano.
export default definePhrases('it', {
  labels: ['Dona ora', 'Fai una donazione', 'Sostienici', 'Sostieni il nostro giornalismo', "Sostieni l'informazione indipendente", 'Diventa socio', 'Diventa sostenitore', 'Dona'],
  prefixes: ['Dona ora:', 'Sostienici:'],
  patterns: [
    /\b(?:la tua|una) (?:donazione|contribuzione|contributo) (?:ci )?(?:aiuta|permette|consente|sostiene)\b/,
    /\bsostieni (?:il nostro|la nostra|l'informazione|il giornalismo)\b/,
    /\bfai una donazione\b/,
    /\bsostienici\b/,
    /\bdiventa (?:socio|sostenitore|sostenitrice|membro)\b/,
  ],
})
