import { definePhrases } from '../../helpers/phrases.js'

// Banner dei cookie e del consenso, italiano.
export default definePhrases('it', {
  labels: ['Accetta i cookie', 'Accetta tutti', 'Accetta', 'Rifiuta tutti', 'Rifiuta', 'Impostazioni cookie', 'Gestisci i cookie', 'Cookie policy', 'Informativa sui cookie', 'Personalizza', 'Contenuto esterno', 'Mostra contenuto esterno'],
  patterns: [
    /\b(?:questo sito (?:web )?utilizza|utilizziamo|usiamo|questo sito usa) (?:i )?cookie\b/,
    /\bcontinuando (?:a navigare|la navigazione)\b.{0,80}\b(?:accetti|acconsenti)\b/,
    /\bacconsenti all'uso dei cookie\b/,
  ],
})
