import { definePhrases } from '../../helpers/phrases.js'

// Etichette pubblicitarie, italiano.
export default definePhrases('it', {
  labels: ['Pubblicità', 'Contenuto sponsorizzato', 'Sponsorizzato', "L'articolo continua dopo la pubblicità", 'Continua a leggere dopo la pubblicità', 'Contenuto pubblicitario', 'In collaborazione con', 'Presentato da', 'Sponsorizzato da'],
  prefixes: ['Pubblicità:'],
})
