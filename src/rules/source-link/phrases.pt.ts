import { definePhrases } from '../../helpers/phrases.js'

// Remissões para o artigo original, português.
export default definePhrases('pt', {
  labels: ['Fonte', 'Artigo original', 'Link para o artigo original', 'Leia o artigo original'],
  prefixes: ['Fonte:', 'Publicado originalmente', 'Este artigo foi publicado originalmente'],
  patterns: [/^o post .{1,200} apareceu primeiro em .{1,120}$/],
})
