import { definePhrases } from '../../helpers/phrases.js'

// Iscrizioni alla newsletter, italiano.
export default definePhrases('it', {
  labels: ['Iscriviti alla newsletter', 'Iscriviti alla nostra newsletter', 'Newsletter', 'Iscriviti', 'La tua email', 'Il tuo indirizzo email', 'Ricevi la newsletter'],
  prefixes: ['Newsletter:'],
  patterns: [
    /\biscrivendoti,? (?:accetti|dichiari)\b/,
    /\biscriviti (?:alla|alle) (?:nostra |nostre )?newsletter\b/,
    /\bricevi (?:la nostra|la|le nostre) newsletter\b/,
    /\bnella tua (?:casella (?:di posta|email|e-mail)|inbox)\b/,
    /\bpuoi (?:annullare l'iscrizione|disiscriverti) in qualsiasi momento\b/,
  ],
})
