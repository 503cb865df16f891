import { definePhrases } from '../../helpers/phrases.js'

// Bezahlschranken und Abonnenten-Hinweise, Deutsch.
export default definePhrases('de', {
  labels: ['Jetzt abonnieren', 'Weiterlesen mit Abo', 'Abo abschließen', 'Bereits Abonnent? Anmelden', 'Plus-Artikel', 'Exklusiv für Abonnenten', 'Schon Abonnent? Hier anmelden', 'Jetzt weiterlesen', 'Jetzt testen', 'Zum Abo', 'Abo-Angebote'],
  patterns: [
    /\bum (?:den (?:ganzen|vollständigen) artikel|weiter) zu lesen\b/,
    /\bsie sind bereits abonnent\b/,
    /\bdieser artikel ist (?:nur )?(?:für|abonnenten)\b/,
    /\bweiterlesen mit\b.{0,30}\babo\b/,
    /\b(?:bereits|schon) (?:abonnent|abonniert)(?:in)?\?? (?:hier )?(?:anmelden|einloggen)\b/,
    /\bden vollständigen (?:artikel|beitrag) (?:lesen sie|gibt es) (?:mit|im)\b/,
  ],
})
