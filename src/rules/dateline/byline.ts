import { LIKELY, STRONG } from '../../core/confidence.js'
import { defineRule } from '../../helpers/define.js'
import { literalGate } from '../../helpers/literal-gate.js'
import { needsNormalising } from '../../helpers/trigger-index.js'
import type { Block } from '../../types.js'

/**
 * Bylines, tag lines and filing lines that a scraper kept around the article: "Posted by Jane in
 * News", "Kategorie: News", "Tags: Politik, Wahl", "Autoren:", a wire-agency
 * sign-off of initials ("aja/PAP", "mk/dpa"), and the WordPress footer "This entry was posted on …
 * and is filed under …". The block must start with the label and stay short (a tag line may list
 * up to `maxTagWords` words); a sentence that uses the words ("Posted by courier, the letter …")
 * ends like a sentence and stays, except for the WordPress footer, which is a sentence by design.
 */
const LABEL = new RegExp(
  // A blog's meta line may open with the post's date and time: "24.01.2022 11:38 Kategorie: News".
  '^(?:\\d{1,2}\\.\\d{1,2}\\.\\d{2,4},? (?:\\d{1,2}:\\d{2} (?:uhr )?)?(?:[|·] )?)?(?:' +
    [
      // Taxonomy lines: a label and a colon.
      '(?:tags?|tagged(?: with)?|categor(?:y|ies)|kategorien?|schlagw(?:orte|örter)|stichw(?:orte|örter)|themen|rubriken?|' +
        'catégories?|étiquettes?|mots[- ]clés|etiquetas|categor(?:ía|ías)|categori[ae]|parole chiave|trefwoorden|categorieën|tagi|kategori[ae]|' +
        'autor(?:en|in|es|e|zy)?|authors?|auteurs?|auteur\\(s\\)|autore|autori|writers?|redaktion|text)\\s*:',
      // Posted/written by …, posted in …
      '(?:posted|written) (?:by|in)\\b|published by\\b',
      '(?:geschrieben|veröffentlicht|verfasst|gepostet|erstellt) (?:von|in)\\b',
      '(?:publié|écrit|posté) (?:par|dans)\\b',
      '(?:publicado|escrito) (?:por|en)\\b',
      '(?:pubblicato|scritto) (?:da|in)\\b',
      '(?:geplaatst|geschreven) (?:door|in)\\b',
      '(?:opublikowan[oey]|napisan[oey]) (?:przez|w)\\b',
    ].join('|') +
    ')',
  'u',
)
/** A label alone: "Autoren:", "Tags", "opublikowano", "Posted in", "Reviewed by". */
// The review credits of guide sites set as a label over the name ("Edited by" / "Jane Doe": wcxb 0026, 0312; thebalance.com).
const BARE = /^(?:tags?|tagged|kategorie|kategorien|category|categories|schlagworte|autoren|autor|author|authors|posted in|posted by|edited by|reviewed by|fact[- ]?checked by|medically reviewed by|opublikowano|publicado|pubblicato|publié|veröffentlicht|geplaatst)\s*:?$/u
/** "aja/PAP", "mk/dpa", "(sda/afp)": initials, then a wire agency. */
const AGENCY_SIGNOFF = /^\(?[\p{Ll}]{1,4}(?:\/[\p{Ll}]{1,4})*\/(?:pap|dpa|afp|apa|ap|reuters|rtr|ansa|efe|sda|kna|epd|dapd|ddp|ats|belga|anp|lusa|ots|sid)\)?\.?$/u
/** The WordPress entry footer in its translations. */
const WP_FOOTER = /^(?:this entry was posted|this (?:post|entry) was (?:written|filed)|dieser (?:eintrag|beitrag) wurde .{0,60}?(?:veröffentlicht|abgelegt)|(?:erstellt|geschrieben|veröffentlicht) am .{0,60}? (?:und )?abgelegt unter|cette entrée a été publiée|esta entrada (?:fue|se) publicó|questa voce è stata pubblicata|dit bericht is geplaatst|ten wpis został opublikowany)/u

/**
 * A blog post's meta line that ends in its permalink: "January 8, 2008 | Permalink", "Posted at 08:18
 * AM in Motorcycle Touring | Permalink", "Wednesday, July 4, 2012 at 12:48 pm | Permalink", "7
 * comments – permalink" (TypePad and Movable Type themes: l3s, dragnet R54, R290, R521, R703, 217).
 * The link caption must close the line after a separator, with at most the comment and trackback
 * links after it: a sentence that mentions a permalink does not end that way.
 */
const PERMALINK_LINE = /(?:\||\s[–-])\s*permalink(?:\s*\|\s*(?:comments?|trackbacks?|reply)(?: \(\d+\))?)*$/u
/** A line that is only a numeric date and time: "24.01.2022 11:38", "03.05.2021, 09:15 Uhr". */
const DATE_LINE = /^\d{1,2}\.\d{1,2}\.\d{2,4},?(?: \d{1,2}:\d{2}(?: uhr)?)?$/u
/** A taxonomy label and a colon opening a line: "Kategorie: News". */
const TAG_LINE = /^(?:tags?|categor(?:y|ies)|kategorien?|schlagw(?:orte|örter)|stichw(?:orte|örter)|themen|rubriken?|catégories?|étiquettes?|etiquetas|categor(?:ía|ías)|categori[ae]|trefwoorden|categorieën|tagi|kategori[ae])\s*:/u

/**
 * A line needs a label's or the footer's words, or (the sign-off, whose agency names are too short
 * to gate on) a slash: most one-line blocks have none and are never normalised. Only normalising
 * turns a full-width slash into "/", so text that needs it always goes through.
 */
const mayLabelOrFooter = literalGate(LABEL, WP_FOOTER)
const mayEndInPermalink = literalGate(PERMALINK_LINE)
const mayBeBare = literalGate(BARE)
const maySignOff = (block: Block) => block.text.includes('/') || needsNormalising(block)

/** Comma-separated items of at most five words each, at least one item per five words: a list of tags, not a sentence. */
function isTagList(rest: string): boolean {
  const items = rest.split(/[,;|]/)
  let words = 0
  for (const item of items) {
    const n = item.trim().split(' ').filter(Boolean).length
    if (n > 5) return false
    words += n
  }
  return items.length >= 5 && items.length * 5 >= words
}

export const byline = defineRule({
  meta: {
    id: 'dateline/byline',
    category: 'dateline',
    description: 'Remove bylines and tag lines ("Posted by … in …", "Kategorie: News", "Tags: …", "Autoren:", "aja/PAP") and the WordPress "This entry was posted on …" footer.',
    recommended: true,
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
    defaultOptions: { maxWords: 14, maxTagWords: 30, maxFooterWords: 60, maxFooterLines: 4, maxListWords: 120 },
  },
  patterns: [LABEL, BARE, AGENCY_SIGNOFF, WP_FOOTER, PERMALINK_LINE],
  create(context) {
    const { maxWords, maxTagWords, maxFooterWords, maxFooterLines, maxListWords } = context.options
    return {
      block(block) {
        if (block.words === 0) return
        if (block.lines > 1) {
          // The WordPress footer is often set with line breaks ("Erstellt am … abgelegt unter …" /
          // "Kommentare zu diesem Eintrag im RSS 2.0 Feed." / "Kommentare und Pings sind derzeit
          // nicht erlaubt."): it opens the block and the block stays short.
          if (block.lines <= maxFooterLines && block.words <= maxFooterWords && mayLabelOrFooter(block) && WP_FOOTER.test(block.norm)) {
            context.report({ block, confidence: LIKELY, reason: `The blog's "posted on … filed under …" footer ("${block.text.slice(0, 50)}").` })
            return
          }
          // The post's date and time on a line of its own above the tag line ("24.01.2022 11:38" / "Kategorie: News").
          if (block.lines === 2 && block.words <= maxTagWords && !block.endsLikeSentence && mayLabelOrFooter(block)) {
            // On the text as written: `norm` does not keep line breaks in every script.
            const [first, second] = block.text.trim().toLowerCase().split(/\s*(?:\r\n?|[\n\u0085\u2028\u2029])\s*/)
            if (second !== undefined && DATE_LINE.test(first!) && TAG_LINE.test(second)) {
              context.report({ block, confidence: LIKELY, reason: `A date and a tag line ("${block.text.slice(0, 50)}").` })
            }
          }
          return
        }
        if (block.words <= maxTagWords && mayEndInPermalink(block) && PERMALINK_LINE.test(block.norm)) {
          context.report({ block, confidence: LIKELY, reason: `A blog post's meta line that ends in its permalink ("${block.text.slice(0, 50)}").` })
          return
        }
        const short = block.words <= 3
        if (!(short && (mayBeBare(block) || maySignOff(block))) && !mayLabelOrFooter(block)) return
        const norm = block.norm
        if (short && (BARE.test(norm) || AGENCY_SIGNOFF.test(norm))) {
          context.report({ block, confidence: STRONG, reason: `A byline or tag label alone ("${block.text.slice(0, 40)}").` })
          return
        }
        if (block.words <= maxFooterWords && WP_FOOTER.test(norm)) {
          context.report({ block, confidence: LIKELY, reason: `The blog's "posted on … filed under …" footer ("${block.text.slice(0, 50)}").` })
          return
        }
        const m = LABEL.exec(norm)
        if (!m) return
        const isTags = /:$/.test(m[0]) && !/^(?:autor|author|auteur|writer|redaktion|text)/u.test(norm)
        // A long tag line is still one when it is a comma-separated list of short tags ("Categories:
        // Barack Obama, Bolitics, Cry Me A River, …"), up to `maxListWords`.
        const tagList = isTags && block.words > maxTagWords && block.words <= maxListWords && isTagList(norm.slice(m[0].length))
        // A sentence that uses the words ends like one; a list of tags may end in a tag with "...".
        if (block.endsLikeSentence && !tagList) return
        if (block.words > (isTags ? maxTagWords : maxWords) && !tagList) return
        context.report({ block, confidence: LIKELY, reason: `A byline or tag line ("${block.text.slice(0, 50)}").` })
      },
    }
  },
})
