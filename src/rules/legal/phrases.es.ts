import { definePhrases } from '../../helpers/phrases.js'

// Avisos del editor, español.
export default definePhrases('es', {
  labels: ['Aviso legal'],
  patterns: [
    // The site's content licence: "Except where otherwise noted, content on this site is licensed under …".
    /\bsalvo (?:que se indique lo contrario|indicación contraria),? (?:el contenido|los contenidos|este sitio)\b.{0,60}\blicencia\b/,
    /\bno (?:refleja|reflejan) necesariamente (?:la opinión|el punto de vista|la postura|la línea editorial)\b/,
    /\b(?:es|son) (?:de )?(?:exclusiva )?responsabilidad (?:exclusiva )?de (?:su|sus) autor(?:es|as?)?\b/,
    /\bpodemos (?:recibir|ganar|obtener) una comisión\b/,
  ],
})
