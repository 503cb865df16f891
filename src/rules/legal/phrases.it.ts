import { definePhrases } from '../../helpers/phrases.js'

// Avvertenze dell'editore, italiano.
export default definePhrases('it', {
  patterns: [
    // The site's content licence: "Except where otherwise noted, content on this site is licensed under …".
    /\bsalvo (?:ove|dove) diversamente (?:indicato|specificato),? (?:i contenuti|il contenuto|questo sito)\b.{0,60}\blicenza\b/,
    /\bnon riflett(?:e|ono) necessariamente (?:l'opinione|le opinioni|il punto di vista|la posizione)\b/,
    /\bpotremmo (?:ricevere|guadagnare) una commissione\b/,
  ],
})
