import { definePhrases } from '../../helpers/phrases.js'

// Suscripciones a boletines, español.
export default definePhrases('es', {
  labels: ['Suscríbete a nuestro boletín', 'Suscríbete al newsletter', 'Boletín', 'Suscríbete', 'Tu correo electrónico', 'Recibe nuestro boletín', 'Suscríbete a nuestra newsletter'],
  patterns: [
    /\bal (?:suscribirte|suscribirse|registrarte|registrarse),? (?:aceptas|acepta|aceptás)\b/,
    /\bsuscr[ií]bete (?:a|al) (?:nuestro |nuestra )?(?:boletín|newsletter)\b/,
    /\brecibe (?:nuestro|el) (?:boletín|newsletter)\b/,
    /\ben tu (?:correo|bandeja de entrada)\b/,
    /\bpuedes darte de baja en cualquier momento\b/,
  ],
})
