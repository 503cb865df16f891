import { definePhrases } from '../../helpers/phrases.js'

// Rimandi all'articolo originale, italiano.
export default definePhrases('it', {
  labels: ['Fonte', 'Articolo originale', "Leggi l'articolo originale", "Link all'articolo originale"],
  prefixes: ['Fonte:', 'Pubblicato originariamente', 'Questo articolo è stato pubblicato originariamente', 'Questo articolo è apparso'],
  patterns: [/^l'articolo .{1,200} proviene da .{1,120}$/],
})
