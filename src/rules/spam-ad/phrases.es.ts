import { definePhrases } from '../../helpers/phrases.js'

// Etiquetas de publicidad, español.
export default definePhrases('es', {
  labels: ['Publicidad', 'Anuncio', 'Contenido patrocinado', 'Patrocinado', 'Sigue leyendo después de la publicidad', 'Continúa leyendo después del anuncio', 'Contenido de marca', 'En colaboración con', 'Presentado por', 'Patrocinado por'],
  prefixes: ['Publicidad:'],
})
