import { definePhrases } from '../../helpers/phrases.js'

// Cookie and consent notices.
export const en = definePhrases('en', {
  labels: ['Accept cookies', 'Accept all cookies', 'Accept all', 'Reject all', 'Cookie settings', 'Cookie policy', 'Manage cookies', 'Manage consent', 'Manage preferences', 'Privacy preferences', 'We value your privacy', 'I accept', 'Allow cookies', 'Got it'],
  patterns: [
    /\b(?:we|this (?:site|website)) uses? cookies\b/,
    /\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)\b.{0,60}\b(?:agree|accept|consent)\b/,
    /\b(?:accept|agree to) (?:the use of|our use of|all) cookies\b/,
    /\bcookies? (?:to (?:improve|enhance|personali[sz]e|give you|ensure)|and similar technologies)\b/,
    /\byou (?:can )?(?:change|manage) your (?:cookie|privacy) (?:settings|preferences)\b/,
  ],
})
export const de = definePhrases('de', {
  labels: ['Cookies akzeptieren', 'Alle akzeptieren', 'Alle Cookies akzeptieren', 'Cookie-Einstellungen', 'Datenschutzeinstellungen', 'Einwilligung verwalten', 'Akzeptieren', 'Ablehnen'],
  patterns: [/\b(?:wir verwenden|diese (?:website|webseite|seite) verwendet|wir nutzen) cookies\b/, /\bmit der nutzung (?:dieser|unserer) (?:website|webseite|seite) (?:stimmen|erklären) sie\b/],
})
export const fr = definePhrases('fr', {
  labels: ['Accepter les cookies', 'Tout accepter', 'Tout refuser', 'Paramètres des cookies', 'Gérer les cookies'],
  patterns: [/\b(?:nous utilisons|ce site utilise) des cookies\b/, /\ben poursuivant votre navigation\b/],
})
export const es = definePhrases('es', {
  labels: ['Aceptar cookies', 'Aceptar todas', 'Rechazar todas', 'Configuración de cookies', 'Aceptar'],
  patterns: [/\b(?:utilizamos|usamos|este sitio (?:web )?utiliza) cookies\b/, /\bsi contin[uú]a navegando\b/],
})
