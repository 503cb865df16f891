import { definePhrases } from '../../helpers/phrases.js'

// Invitaciones a seguir y compartir, español.
export default definePhrases('es', {
  labels: ['Compartir', 'Compartir en Facebook', 'Compartir en Twitter', 'Compartir en WhatsApp', 'Síguenos', 'Comparte este artículo', 'Compartir artículo', 'Comparte', 'Síguenos en redes sociales', 'Añadir como fuente preferida en Google', 'Síguenos en Google Noticias'],
  prefixes: ['Compartir:', 'Síguenos:', 'Síguenos en:'],
  patterns: [
    // A follow button with a name; accepted only when the name is capitalised (see follow-share.ts).
    /^sigue a(?: [\p{L}\p{N}&'’.-]+){1,4}$/u,
    /\bsíguenos en\b/,
    /\bcomparte (?:este|esta) (?:artículo|nota|noticia)\b/,
    /\bnuestro canal de (?:youtube|whatsapp|telegram)\b/, // bench (es): "¡Mira lo que tiene nuestro canal de YouTube!"
    /\búnete a nuestro (?:canal|grupo) de\b/,
  ],
})
