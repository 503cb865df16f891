import { definePhrases } from '../../helpers/phrases.js'

// Invitaciones a seguir y compartir, español.
export default definePhrases('es', {
  labels: ['Compartir', 'Compartir en Facebook', 'Compartir en Twitter', 'Compartir en WhatsApp', 'Síguenos', 'Comparte este artículo', 'Compartir artículo', 'Comparte', 'Síguenos en redes sociales', 'Añadir como fuente preferida en Google', 'Síguenos en Google Noticias'],
  prefixes: ['Compartir:', 'Síguenos:', 'Síguenos en:'],
  patterns: [
    /\bsíguenos en\b/,
    /\bcomparte (?:este|esta) (?:artículo|nota|noticia)\b/,
    /\bnuestro canal de (?:youtube|whatsapp|telegram)\b/, // bench (es): "¡Mira lo que tiene nuestro canal de YouTube!"
    /\búnete a nuestro (?:canal|grupo) de\b/,
  ],
})
