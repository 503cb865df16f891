import { definePhrases } from '../../helpers/phrases.js'

// Peticiones de donaciones, español.
export default definePhrases('es', {
  labels: ['Dona ahora', 'Haz una donación', 'Apóyanos', 'Colabora', 'Donar', 'Hazte socio', 'Hazte miembro', 'Apoya el periodismo independiente'],
  prefixes: ['Dona:', 'Apóyanos:'],
  patterns: [
    /\b(?:tu|su) (?:donación|aporte|contribución) (?:nos )?(?:ayuda|permite)\b/,
    /\bapoya (?:el|nuestro) periodismo\b/,
    /\bhaz(?:te)? (?:una donación|socio|miembro)\b/,
    /\b(?:con|gracias a) tu (?:apoyo|aporte|donación)\b/,
  ],
})
