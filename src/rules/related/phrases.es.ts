import { definePhrases } from '../../helpers/phrases.js'

// Encabezados de listas de enlaces, español.
export default definePhrases('es', {
  labels: ['Lee también', 'Lea también', 'Leer más', 'Lee más', 'Noticias relacionadas', 'Artículos relacionados', 'Te puede interesar', 'Puede interesarte', 'Más noticias', 'Lo más leído', 'Ver también', 'Vea también', 'Puedes ver'],
  prefixes: ['Lee también:', 'Lea también:', 'Lea más:', 'Lea:', 'Leer más:', 'Te puede interesar:', 'Vea también:', 'Ver también:', 'Puedes ver:', 'Relacionado:'],
})
