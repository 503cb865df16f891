import { definePhrases } from '../../helpers/phrases.js'

// Advertisement labels left where an ad slot was, one table per language.
export const en = definePhrases('en', {
  labels: ['Advertisement', 'Advertisements', 'Advertising', 'Ad', 'Ads', 'Sponsored', 'Sponsored content', 'Paid content', 'Promoted', 'Promoted content', 'Partner content', 'Scroll to continue', 'Scroll to continue with content', 'Continue reading below', 'Story continues below advertisement', 'Article continues below advertisement', 'Skip Advertisement', 'Ad Feedback', 'Report this ad', 'Advertise with us'],
  prefixes: ['Advertisement:', 'Sponsored:'],
})
export const de = definePhrases('de', {
  labels: ['Anzeige', 'Werbung', 'Gesponsert', 'Sponsored Post', 'Anzeigen', 'Bezahlte Partnerschaft', 'Weiterlesen nach der Anzeige', 'Artikel wird nach der Anzeige fortgesetzt'],
  prefixes: ['Anzeige:', 'Werbung:'],
})
export const fr = definePhrases('fr', {
  labels: ['Publicité', 'Contenu sponsorisé', 'Sponsorisé', 'Annonce', 'La suite après la publicité'],
  prefixes: ['Publicité:'],
})
export const es = definePhrases('es', {
  labels: ['Publicidad', 'Anuncio', 'Contenido patrocinado', 'Patrocinado'],
  prefixes: ['Publicidad:'],
})
