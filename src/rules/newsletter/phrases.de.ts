import { definePhrases } from '../../helpers/phrases.js'

// Newsletter-Anmeldungen, Deutsch.
export default definePhrases('de', {
  labels: ['Newsletter abonnieren', 'Jetzt Newsletter abonnieren', 'Zum Newsletter anmelden', 'Newsletter-Anmeldung', 'Jetzt anmelden', 'Ihre E-Mail-Adresse', 'E-Mail-Adresse', 'Newsletter bestellen', 'Zum Newsletter', 'Kostenlos abonnieren', 'RSS-Feed abonnieren'],
  prefixes: ['Newsletter:'],
  patterns: [
    /\bmit (?:der|ihrer|deiner) anmeldung (?:erklären sie|stimmen sie|erklärst du|stimmst du|akzeptieren sie|akzeptierst du)\b/,
    /\b(?:abonnieren sie|abonniere|bestellen sie|bestelle) (?:jetzt )?(?:unseren|den) (?:kostenlosen )?newsletter\b/,
    /\bzum newsletter anmelden\b/,
    /\bdirekt in (?:ihr|dein) (?:e-mail-)?postfach\b/,
    /\bsie können sich jederzeit (?:wieder )?abmelden\b/,
    // "Melden Sie sich jetzt für unseren Newsletter an", "Melde dich hier für unseren Newsletter an!", "… zu unserem Newsletter an".
    /\b(?:melden sie sich|melde dich|meldet euch) (?:(?:jetzt|hier|gleich|kostenlos) )*(?:für (?:unseren|den)|zu unserem|zum) (?:kostenlosen )?newsletter an\b/,
    /\bnichts mehr (?:verpassen|versäumen)\b.{0,60}\bnewsletter\b/,
    /\babmeldung (?:ist )?jederzeit möglich\b/,
  ],
})
