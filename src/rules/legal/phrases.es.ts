import { definePhrases } from '../../helpers/phrases.js'

// Avisos del editor, español.
export default definePhrases('es', {
  labels: ['Aviso legal'],
  patterns: [
    /\bno (?:refleja|reflejan) necesariamente (?:la opinión|el punto de vista|la postura|la línea editorial)\b/,
    /\b(?:es|son) (?:de )?(?:exclusiva )?responsabilidad (?:exclusiva )?de (?:su|sus) autor(?:es|as?)?\b/,
    /\bpodemos (?:recibir|ganar|obtener) una comisión\b/,
  ],
})
