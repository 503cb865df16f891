import { definePhrases } from '../../helpers/phrases.js'

// App-promotie, Nederlands.
export default definePhrases('nl', {
  labels: ['Download de app', 'Download onze app', 'Download de gratis app', 'Beschikbaar in de App Store', 'Ontdek het op Google Play'],
  patterns: [
    /\b(?:toevoegen|voeg (?:[\p{L}\p{N}.'’-]+ ){0,3}toe) aan (?:je |uw )?(?:beginscherm|startscherm)\b/u,
    /\bdownload (?:nu )?(?:de|onze) (?:gratis )?.{0,30}\bapp\b/, /\b(?:beschikbaar|verkrijgbaar) (?:in de app store|op google play)\b/],
})
