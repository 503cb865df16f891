import { definePhrases } from '../../helpers/phrases.js'

// Hinweise des Herausgebers unter Artikeln, Deutsch.
export default definePhrases('de', {
  labels: ['Haftungsausschluss'],
  patterns: [
    // The site's content licence: "Except where otherwise noted, content on this site is licensed under …".
    /\bsofern nicht anders (?:angegeben|ausgewiesen|vermerkt|gekennzeichnet),? (?:stehen|steht|sind|ist)\b.{0,60}\b(?:unter|lizenz)/,
    // "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion." (bench: Community-Blogs)
    /\bgibt (?:\p{L}+ )?(?:die |ausschließlich die )?meinung de[sr] (?:autors|autorin|verfassers|verfasserin|autor\*in)\b.{0,40}\bwieder\b/u,
    /\bgeben (?:\p{L}+ )?(?:die )?meinung de[sr] (?:autors|autorin|verfassers|autoren)\b.{0,40}\bwieder\b/u,
    /\bnicht (?:notwendigerweise|unbedingt|zwingend) die (?:meinung|ansicht|position) der redaktion\b/,
    // "Für den Inhalt der Pressemitteilung ist der Emittent … verantwortlich."
    /\bfür den inhalt (?:der|dieser|des) (?:pressemitteilung|meldung|verlinkten seiten?|externen (?:links|seiten))\b.{0,80}\bverantwortlich\b/,
    /\b(?:affiliate|partner)-?links?\b.{0,80}\bprovision\b/,
  ],
})
