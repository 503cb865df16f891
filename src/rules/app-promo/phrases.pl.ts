import { definePhrases } from '../../helpers/phrases.js'

// Promocja aplikacji, polski.
export default definePhrases('pl', {
  labels: ['Pobierz aplikację', 'Pobierz naszą aplikację', 'Pobierz z Google Play', 'Pobierz w App Store', 'Dostępne w Google Play'],
  patterns: [
    /\bdodaj (?:[\p{L}\p{N}.'’-]+ ){0,3}do ekranu (?:głównego|startowego)\b/u,
    /\bpobierz (?:darmową |bezpłatną )?(?:naszą )?aplikację\b/, /\b(?:dostępn[aey]|pobierz) (?:w app store|w google play|z google play)\b/],
})
