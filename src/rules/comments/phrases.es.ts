import { definePhrases } from '../../helpers/phrases.js'

// Formularios y contadores de comentarios, español.
export default definePhrases('es', {
  labels: ['Comentarios', 'Deja un comentario', 'Dejar un comentario', 'Responder', 'Cancelar respuesta', 'Añadir comentario', 'Deja una respuesta', 'Comentar', 'Tu comentario', 'Deja tu comentario', 'Opina sobre esta noticia'],
  patterns: [
    // The likes widget of WordPress.com and Jetpack ("Me gusta:", "%d … like this:" with the count left unfilled by a scraper).
    /^a (?:%d|\d+) blogueros les gusta esto\b/, /^me gusta:?(?: cargando\W*)?$/u,
    // Feedback prompts under the article: "Your feedback will help us build a better experience", "Help us improve this page".
    /\btu opinión nos ayuda a mejorar\b/,
    /^ayúdanos a mejorar (?:esta página|nuestro sitio|tu experiencia)\b/,
    /\btu (?:dirección de )?correo electrónico no será publicad[oa]\b/,
    /\blos campos obligatorios están marcados\b/,
    /^(?:\d+|sin) comentarios?(?:$| ?:| (?:en|a|para) [^\p{L}\p{N}\s])/u,
    /^\d+ comentarios?\b(?!.*[.!?]["”’)]?$)/,
    /\bguarda mi nombre, correo electrónico y web\b/,
    /^comentarios \(\d+\)/,
    /\bal (?:publicar|enviar) (?:un|tu|su) comentario,? (?:aceptas|acepta)\b/,
  ],
})
