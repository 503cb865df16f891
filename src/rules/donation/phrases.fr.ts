import { definePhrases } from '../../helpers/phrases.js'

// Appels aux dons, français.
export default definePhrases('fr', {
  labels: ['Faire un don', 'Soutenez-nous', 'Je fais un don', 'Nous soutenir'],
  prefixes: ['Faire un don:'],
  patterns: [
    /\b(?:votre|un) don (?:nous )?(?:permet|aide)\b/,
    /\bsoutenez (?:notre|un) (?:journalisme|média|travail)\b/,
    /\bfaites un don\b/,
  ],
})
