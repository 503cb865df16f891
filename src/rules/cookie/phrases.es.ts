import { definePhrases } from '../../helpers/phrases.js'

// Avisos de cookies y consentimiento, español.
export default definePhrases('es', {
  labels: ['Aceptar cookies', 'Aceptar todas', 'Rechazar todas', 'Configuración de cookies', 'Aceptar', 'Aceptar todo', 'Rechazar todo', 'Política de cookies', 'Gestionar cookies', 'Contenido externo', 'Mostrar contenido externo'],
  patterns: [
    /\b(?:utilizamos|usamos|este sitio (?:web )?utiliza|esta web utiliza) cookies\b/,
    /\bsi contin[uú]a navegando\b/,
    /\bacepta(?:s)? (?:el uso de|nuestra política de) cookies\b/,
  ],
})
