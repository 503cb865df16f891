import { CERTAIN } from '../../core/confidence.js'
import { defineRule } from '../../helpers/define.js'
import { firstWord, firstWordOfPhrase } from '../../helpers/first-word.js'

/**
 * Captions of page widgets that a scraper kept without their widget: loading placeholders
 * ("Loading paragraph...", "Wird geladen …"), back-to-top and skip links, menu buttons ("Close menu"), language switchers ("Alternate versions", "Also available in"), "Pin for later",
 * "Click to enlarge". The whole block must be the caption (case, punctuation and spacing ignored);
 * "Loading" may name what is loading in one word when an ellipsis follows. A sentence that uses the words stays.
 */
const LABELS = new Set([
  'pin for later', 'pin it', 'save for later', 'click to enlarge', 'tap to enlarge', 'scroll to continue', 'scroll to continue with content',
  'skip to content', 'skip to main content', 'back to top', 'to top', 'nach oben', 'zurück nach oben', 'zum seitenanfang', 'zum vergrößern klicken',
  'zum vergrößern auf das bild klicken', 'bild vergrößern', 'retour en haut', 'haut de page', 'cliquez pour agrandir', 'volver arriba', 'ir arriba',
  'haz clic para ampliar', 'torna su', 'torna all inizio', 'clicca per ingrandire', 'terug naar boven', 'naar boven', 'klik om te vergroten',
  'voltar ao topo', 'clique para ampliar', 'do góry', 'powrót do góry', 'przejdź do treści', 'kliknij aby powiększyć',
  // Picture viewers, article tools and comment moderation links.
  'click photo to enlarge', 'click image to enlarge', 'click to enlarge image', 'view larger image', 'view larger', 'enlarge image', 'enlarge this image',
  'skip to next paragraph', 'continue reading the main story', 'report this comment', 'report abuse', 'report comment',
  'printer friendly page', 'printer friendly version', 'print version', 'print this article', 'print this page', 'text size', 'font size',
  'rate this article', 'story tools', 'article tools', 'send this article to a friend', 'email this article', 'e mail this article',
  'schriftgröße', 'artikel drucken', 'druckversion', 'taille du texte', 'imprimer l article', 'tamaño de letra', 'imprimir artículo',
  'dimensione testo', 'stampa articolo', 'lettergrootte', 'artikel afdrukken', 'tamanho do texto', 'imprimir artigo', 'rozmiar tekstu', 'drukuj artykuł',
  // The screen-reader captions of a menu button ("Navigation schliessen", "Close menu").
  'close menu', 'open menu', 'toggle menu', 'close navigation', 'open navigation', 'toggle navigation', 'close the menu',
  'menü schließen', 'menü schliessen', 'menü öffnen', 'navigation schließen', 'navigation schliessen', 'navigation öffnen',
  'fermer le menu', 'ouvrir le menu', 'cerrar menú', 'abrir menú', 'chiudi menu', 'apri menu', 'menu sluiten', 'sluit menu', 'menu openen',
  'fechar menu', 'abrir menu', 'zamknij menu', 'otwórz menu',
  // Language switchers: the header of the list of the page's other language versions, left without the list.
  'alternate versions', 'alternate language versions', 'other language versions', 'also available in', 'available in other languages',
  'this page in other languages', 'read this article in', 'read this page in', 'auch verfügbar in', 'andere sprachversionen',
  'disponible en otros idiomas', 'disponible dans d autres langues', 'disponibile in altre lingue', 'ook beschikbaar in', 'disponível em outros idiomas',
  // Table-of-contents headers: the entries under them repeat the article's own subheadings.
  // ("Inhalt" and "Inhoud" alone are left out: a review's plot section is headed that way.)
  'table of contents', 'table of content', 'contents', 'in this article', 'on this page', 'jump to section', 'skip to section',
  'inhaltsverzeichnis', 'sommaire', 'table des matières', 'índice', 'tabla de contenidos', 'indice', 'sommario', 'inhoudsopgave', 'sumário', 'spis treści',
  // Buttons of teaser cards and product boxes, left on a line of their own once the card's link is
  // gone (bench: eufic.org, tasteofhome.com, greenpeace.de, iass-potsdam.de, mein-schoener-garten.de,
  // dvgw.de, phys.org). In a sentence ("Learn more about the plan at …") the words stay.
  'learn more', 'mehr erfahren', 'jetzt mehr erfahren', 'en savoir plus', 'saber más', 'scopri di più', 'saiba mais', 'dowiedz się więcej',
  'shop now', 'zum shop', 'zum onlineshop', 'zum online shop', 'zum abo shop',
  // Shop and offer buttons (womenshealth.de, lady50plus.de, industriemagazin.at, mein-schoener-garten.de,
  // greenpeace.de; wcxb 0477, 4603, 4815).
  'mehr infos', 'mehr informationen', 'jetzt kaufen', 'jetzt bestellen', 'jetzt entdecken', 'entdecken sie jetzt', 'jetzt abonnieren',
  'view deal', 'get deal', 'check price', 'check current price',
  // Theme links and search-box captions: "Page load link" and "Go to Top" (Avada: iprimo.sg,
  // courage-online.de, jagd-oesterreich.at), "Search this site" (theherald.co.uk, guardian.co.uk, search4cars).
  'page load link', 'go to top', 'return to top', 'search this site',
  // Headers of article-tool boxes (l3s: pennlive.com, al.com, oregonlive.com, tv3.co.nz, kptv.com, Trinity Mirror papers).
  'site tools', 'sharing tools', 'share tools', 'page tools',
])
/**
 * A text-size switcher with its buttons spelled out: "Font size: Decrease Increase", "Font Size -",
 * "Text size: Smaller Larger", "Schriftgröße groß" (news.com.au, canada.com, indianexpress, stuttgart.de).
 * Only button words may follow, so "Font size matters" stays.
 */
const SIZE_SWITCH = /^(?:(?:font|text|type) size|schriftgröße|textgröße)(?: (?:decrease|increase|smaller|larger|bigger|reset|normal|default|small|large|medium|a|aa|aaa|klein|groß|gross|größer|kleiner))+$/u
const LOADING = /^(?:loading|wird geladen|lädt|laden|chargement|chargement en cours|cargando|caricamento|carregando|ładowanie|bezig met laden)(?: [\p{L}_]+)?$/u
/**
 * The first words of every caption: a block that starts otherwise (most short blocks) is ruled out
 * from its first word, without being normalised for its label key.
 */
const FIRST_WORDS = new Set([
  ...[...LABELS].map(firstWordOfPhrase),
  'type', 'textgröße',
  'loading', 'wird', 'lädt', 'laden', 'chargement', 'cargando', 'caricamento', 'carregando', 'ładowanie', 'bezig',
])

export const uiLabel = defineRule({
  meta: {
    id: 'boilerplate/ui-label',
    category: 'boilerplate',
    description: 'Remove widget captions left without their widget ("Loading image...", "Back to top", "Pin for later", "Zum Vergrößern klicken").',
    recommended: true,
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
  },
  patterns: [LOADING, SIZE_SWITCH],
  create(context) {
    return {
      block(block) {
        if (block.words === 0 || block.words > 7 || block.lines > 1 || !FIRST_WORDS.has(firstWord(block))) return
        const key = block.key.replace(/_/g, ' ')
        // A loading caption ends in an ellipsis ("Loading image…") or is the bare word: "Loading docks" stays.
        const loading = LOADING.test(block.key) && (/(?:\.\.\.|…)$/.test(block.text) || block.words === 1 || key === 'wird geladen')
        if (!LABELS.has(key) && !loading && !SIZE_SWITCH.test(key)) return
        context.report({ block, confidence: CERTAIN, reason: `A widget caption without its widget ("${block.text.slice(0, 40)}").` })
      },
    }
  },
})
