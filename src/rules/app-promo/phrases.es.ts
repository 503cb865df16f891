import { definePhrases } from '../../helpers/phrases.js'

// Promoción de aplicaciones, español.
export default definePhrases('es', {
  labels: ['Descarga la app', 'Descarga nuestra app', 'Descarga la aplicación', 'Disponible en Google Play', 'Descárgala en App Store', 'Descarga nuestra aplicación'],
  patterns: [
    /\bañad(?:ir|e) (?:[\p{L}\p{N}.'’-]+ ){0,3}a (?:la|tu) pantalla de inicio\b/u,
    /\bdescarga (?:la|nuestra) (?:app|aplicación)\b/, /\bdisponible en (?:app store|google play)\b/, /\bdescárga(?:te|la) (?:gratis )?(?:la |nuestra )?(?:app|aplicación)\b/],
})
