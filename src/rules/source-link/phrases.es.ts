import { definePhrases } from '../../helpers/phrases.js'

// Enlaces al artículo original, español.
export default definePhrases('es', {
  labels: ['Fuente', 'Enlace de origen', 'Artículo original', 'Ver artículo original'],
  prefixes: ['Fuente:', 'Publicado originalmente', 'Este artículo fue publicado originalmente', 'Este artículo apareció', 'Este artículo se publicó originalmente'],
  patterns: [/^la entrada .{1,200} se publicó primero en .{1,120}$/],
})
