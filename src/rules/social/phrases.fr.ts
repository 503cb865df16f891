import { definePhrases } from '../../helpers/phrases.js'

// Invitations à suivre et à partager, français.
export default definePhrases('fr', {
  labels: ['Partager', 'Partager cet article', 'Suivez-nous', 'Partager sur Facebook', 'Partager sur Twitter', 'Partager sur WhatsApp', 'Partager par e-mail', 'Suivez-nous sur les réseaux sociaux', 'Ajouter comme source préférée sur Google', 'Suivez-nous sur Google Actualités'],
  prefixes: ['Partager:', 'Suivez-nous:', 'Partager cet article:'],
  patterns: [
    // A follow button with a name; accepted only when the name is capitalised (see follow-share.ts).
    /^suivez(?: [\p{L}\p{N}&'’.-]+){1,4}$/u,
    /\bsuivez-nous sur\b/, /\bpartagez cet article\b/, /\brejoignez-nous sur\b/, /\bnotre chaîne (?:youtube|whatsapp|telegram)\b/],
})
