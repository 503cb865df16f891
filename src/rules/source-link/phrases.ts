import { definePhrases } from '../../helpers/phrases.js'

// Aggregator footers that point back at the original article.
export const en = definePhrases('en', {
  labels: ['Source link', 'Source', 'Original article', 'Link to the original article', 'View original article', 'Read the original article', 'Read original article', 'Continue reading on', 'Read the full story'],
  prefixes: ['Originally published at', 'Originally published on', 'Originally published in', 'This article was originally published', 'This article originally appeared', 'This story was originally published', 'This post was originally published', 'This article first appeared', 'This story first appeared', 'Source:', 'Source link:', 'Via:', 'Read the full article at', 'Continue reading at', 'Read the original article at'],
  patterns: [/^the post .{1,200} appeared first on .{1,120}$/, /^(?:this|the) (?:article|story|post) (?:was )?(?:originally |first )?(?:published|appeared) (?:on|at|in|by)\b/],
})
export const de = definePhrases('de', {
  labels: ['Quelle', 'Zum Originalartikel', 'Originalartikel'],
  prefixes: ['Quelle:', 'Zuerst erschienen', 'Dieser Artikel erschien zuerst', 'Der Beitrag erschien zuerst', 'Erstveröffentlichung:'],
})
export const fr = definePhrases('fr', {
  labels: ['Source', "Lien vers l'article original", 'Article original'],
  prefixes: ['Source:', 'Cet article a été publié', "Cet article est paru", 'Publié initialement'],
})
export const es = definePhrases('es', {
  labels: ['Fuente', 'Enlace de origen', 'Artículo original'],
  prefixes: ['Fuente:', 'Publicado originalmente', 'Este artículo fue publicado originalmente', 'Este artículo apareció'],
})
