import { definePhrases } from '../../helpers/phrases.js'

// Renvois vers l'article original, français.
export default definePhrases('fr', {
  labels: ['Source', "Lien vers l'article original", 'Article original', "Lire l'article original"],
  prefixes: ['Source:', 'Cet article a été publié', 'Cet article est paru', 'Publié initialement', 'Article publié initialement', 'Cet article a initialement été publié'],
  patterns: [/^l'article .{1,200} est apparu en premier sur .{1,120}$/],
})
