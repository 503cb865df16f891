import { definePhrases } from '../../helpers/phrases.js'

// Paywall e inviti ad abbonarsi, italiano.
export default definePhrases('it', {
  labels: ['Abbonati', 'Abbonati ora', 'Sei già abbonato? Accedi', 'Contenuto riservato agli abbonati', 'Riservato agli abbonati', 'Articolo riservato agli abbonati'],
  patterns: [/\bsei già abbonato\b/, /\bper (?:continuare a leggere|leggere (?:l'articolo completo|tutto l'articolo))\b.{0,30}\b(?:abbonati|accedi|registrati)\b/, /\b(?:questo )?(?:articolo|contenuto) (?:è )?riservato agli abbonati\b/],
})
