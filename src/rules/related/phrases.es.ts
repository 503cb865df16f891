import { definePhrases } from '../../helpers/phrases.js'

// Encabezados de listas de enlaces, español.
export default definePhrases('es', {
  labels: [
    'Temas relacionados', 'Más información', 'Enlaces relacionados',
    'Lee también', 'Lea también', 'Leer más', 'Lee más', 'Noticias relacionadas', 'Artículos relacionados', 'Te puede interesar', 'Puede interesarte', 'Más noticias', 'Lo más leído', 'Ver también', 'Vea también', 'Puedes ver',
    'Notas relacionadas', 'Más leídas', 'Lo más visto', 'Contenido relacionado', 'También te puede interesar', 'Te recomendamos', 'Recomendados',
  ],
  prefixes: ['Lee también:', 'Lea también:', 'Lea más:', 'Lea:', 'Leer más:', 'Te puede interesar:', 'Vea también:', 'Ver también:', 'Puedes ver:', 'Relacionado:', 'Te recomendamos:', 'Noticia relacionada:', 'Mira también:', 'Te podría interesar:', 'Lee:'],
})
