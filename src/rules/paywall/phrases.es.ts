import { definePhrases } from '../../helpers/phrases.js'

// Muros de pago y avisos a suscriptores, español.
export default definePhrases('es', {
  labels: ['Suscríbete para seguir leyendo', '¿Ya eres suscriptor? Inicia sesión', 'Contenido exclusivo para suscriptores', 'Suscríbete', 'Exclusivo para suscriptores'],
  patterns: [/\bsuscr[ií]bete para (?:seguir|continuar) leyendo\b/, /\bya eres suscriptor\b/, /\bcontenido exclusivo para suscriptores\b/, /\bpara (?:seguir|continuar) leyendo,? (?:suscr[ií]bete|inicia sesión|reg[ií]strate)\b/],
})
