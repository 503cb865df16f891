import { definePhrases } from '../../helpers/phrases.js'

// Murs payants et invitations à s'abonner, français.
export default definePhrases('fr', {
  labels: ['Abonnez-vous', "S'abonner", 'Déjà abonné ? Se connecter', 'Article réservé aux abonnés', 'Réservé aux abonnés', 'Lire la suite pour les abonnés'],
  patterns: [/\bdéjà abonné\b/, /\bcet article est réservé aux abonnés\b/, /\bpour lire la suite(?: de cet article)?,? (?:abonnez-vous|connectez-vous|inscrivez-vous|identifiez-vous)\b/, /\bil vous reste \d+% de cet article à lire\b/],
})
