import { definePhrases } from '../../helpers/phrases.js'

// Avvertenze dell'editore, italiano.
export default definePhrases('it', {
  patterns: [
    /\bnon riflett(?:e|ono) necessariamente (?:l'opinione|le opinioni|il punto di vista|la posizione)\b/,
    /\bpotremmo (?:ricevere|guadagnare) una commissione\b/,
  ],
})
