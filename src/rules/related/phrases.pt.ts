import { definePhrases } from '../../helpers/phrases.js'

// Cabeçalhos de listas de ligações, português.
export default definePhrases('pt', {
  labels: ['Temas relacionados', 'Saiba mais', 'Veja mais', 'Conteúdo relacionado', 'Leia também', 'Leia mais', 'Veja também', 'Notícias relacionadas', 'Artigos relacionados', 'Mais lidas', 'Mais lidos', 'Você também pode gostar', 'Pode te interessar', 'Posts relacionados', 'Mais notícias', 'Relacionados'],
  prefixes: ['Leia também:', 'Leia mais:', 'Veja também:', 'Saiba mais:', 'Veja:', 'Leia:'],
})
