import { definePhrases } from '../../helpers/phrases.js'

// Paywall prompts and subscriber log-in notes.
export const en = definePhrases('en', {
  labels: ['Subscribe to continue reading', 'Subscribe to read', 'Subscribe now', 'Subscribers only', 'Already a subscriber? Log in', 'Already a subscriber? Sign in', 'Already subscribed? Log in', 'Log in to continue reading', 'Sign in to continue reading', 'Premium content', 'Exclusive for subscribers', 'Unlock this article', 'Start your free trial'],
  patterns: [
    /\bsubscribe (?:now |today )?to (?:continue reading|read (?:the full|this|more)|unlock|get (?:full|unlimited) access)\b/,
    /\balready (?:a subscriber|subscribed|have an account)\b.{0,40}\b(?:log ?in|sign ?in)\b/,
    /\b(?:this|the full) (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:subscribers|members|premium)\b/,
    /\bto (?:view|read|continue reading) the full (?:story|article),? (?:please )?(?:subscribe|log ?in|sign ?in)\b/,
    /\b(?:you have|you've) (?:reached|used) (?:your|all of your) (?:limit of )?(?:free|\d+) (?:articles|stories)\b/,
    /\bunlimited (?:digital )?access\b.{0,60}\b(?:subscribe|subscription|per (?:month|week))\b/,
  ],
})
export const de = definePhrases('de', {
  labels: ['Jetzt abonnieren', 'Weiterlesen mit Abo', 'Abo abschließen', 'Bereits Abonnent? Anmelden', 'Plus-Artikel', 'Exklusiv für Abonnenten'],
  patterns: [/\bum (?:den (?:ganzen|vollständigen) artikel|weiter) zu lesen\b/, /\bsie sind bereits abonnent\b/, /\bdieser artikel ist (?:nur )?(?:für|abonnenten)\b/, /\bweiterlesen mit\b.{0,30}\babo\b/],
})
export const fr = definePhrases('fr', {
  labels: ['Abonnez-vous', "S'abonner", 'Déjà abonné ? Se connecter', 'Article réservé aux abonnés', 'Réservé aux abonnés'],
  patterns: [/\bdéjà abonné\b/, /\bcet article est réservé aux abonnés\b/, /\bpour lire la suite\b/],
})
export const es = definePhrases('es', {
  labels: ['Suscríbete para seguir leyendo', '¿Ya eres suscriptor? Inicia sesión', 'Contenido exclusivo para suscriptores'],
  patterns: [/\bsuscr[ií]bete para (?:seguir|continuar) leyendo\b/, /\bya eres suscriptor\b/, /\bcontenido exclusivo para suscriptores\b/],
})
