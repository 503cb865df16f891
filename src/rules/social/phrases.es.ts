import { definePhrases } from '../../helpers/phrases.js'

// Invitaciones a seguir y compartir, español.
export default definePhrases('es', {
  labels: ['Compartir', 'Compartir en Facebook', 'Compartir en Twitter', 'Síguenos', 'Comparte este artículo', 'Compartir artículo'],
  prefixes: ['Compartir:', 'Síguenos:', 'Síguenos en:'],
  patterns: [/\bsíguenos en\b/, /\bcomparte (?:este|esta) (?:artículo|nota|noticia)\b/],
})
