import { definePhrases } from '../../helpers/phrases.js'

// Oznaczenia reklam, polski. "Reklama" alone: Polish bench pages (Interia, Gazeta Prawna family).
export default definePhrases('pl', {
  labels: ['Reklama', 'Reklamy', 'Artykuł sponsorowany', 'Materiał sponsorowany', 'Materiał partnera', 'Treść sponsorowana', 'Dalsza część artykułu pod reklamą', 'Czytaj dalej pod reklamą', 'Artykuł promocyjny', 'We współpracy z', 'Partnerem materiału jest', 'Sponsorem jest'],
  prefixes: ['Reklama:', 'Materiał promocyjny:'],
})
