import { definePhrases } from '../../helpers/phrases.js'

// Spenden- und Unterstützungsaufrufe, Deutsch.
export default definePhrases('de', {
  labels: ['Jetzt spenden', 'Spenden', 'Spenden Sie jetzt', 'Unterstützen Sie uns', 'Unterstütze uns', 'Jetzt unterstützen', 'Mitglied werden', 'Jetzt Mitglied werden', 'Förderer werden', 'Unterstützer werden', 'Journalismus unterstützen', 'Unterstützen Sie unabhängigen Journalismus'],
  prefixes: ['Jetzt spenden:', 'Spenden:', 'Unterstützen Sie uns:'],
  patterns: [
    /\b(?:ihre|deine|eine) (?:spende|unterstützung) (?:hilft|ermöglicht|sichert|macht)\b/,
    /\bunterstützen sie (?:uns|unsere arbeit|unabhängigen journalismus)\b/,
    /\bunterstütze (?:uns|unsere arbeit)\b/,
    /\b(?:jetzt|bitte) spenden\b/,
    /\bmit (?:ihrer|deiner) (?:spende|unterstützung|hilfe) (?:können|kannst|ermöglichen|sichern|helfen)\b/,
    /\b(?:werden sie|werde) (?:jetzt )?(?:mitglied|unterstützer(?:in)?|förderer|förderin)\b/,
    /\bunabhängigen journalismus (?:unterstützen|fördern|ermöglichen)\b/,
    // LACRUX family: "Bei der Lancierung haben wir entschieden, keine Bezahlschranke (Paywall) einzuführen."
    /\bwir\b.{0,40}\bkeine (?:bezahlschranke|paywall)\b/,
    /\bohne (?:bezahlschranke|paywall)\b.{0,60}\b(?:frei|kostenlos|für alle)\b/,
  ],
})
