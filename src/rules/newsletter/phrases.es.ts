import { definePhrases } from '../../helpers/phrases.js'

// Suscripciones a boletines, español.
export default definePhrases('es', {
  labels: ['Suscríbete a nuestro boletín', 'Suscríbete al newsletter', 'Boletín', 'Suscríbete', 'Tu correo electrónico'],
  patterns: [/\bsuscr[ií]bete (?:a|al) (?:nuestro )?(?:boletín|newsletter)\b/, /\brecibe (?:nuestro|el) (?:boletín|newsletter)\b/, /\ben tu (?:correo|bandeja de entrada)\b/],
})
