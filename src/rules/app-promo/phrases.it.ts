import { definePhrases } from '../../helpers/phrases.js'

// Promozione dell'app, italiano.
export default definePhrases('it', {
  labels: ["Scarica l'app", 'Scarica la nostra app', "Scarica l'applicazione", 'Disponibile su Google Play', "Scarica su App Store"],
  patterns: [
    /\baggiungi (?:[\p{L}\p{N}.'’-]+ ){0,3}alla (?:tua )?schermata (?:home|iniziale)\b/u,
    /\bscarica (?:gratis )?(?:l'app|la nostra app|l'applicazione)\b/, /\bdisponibile (?:su|nell') ?(?:app store|google play)\b/],
})
