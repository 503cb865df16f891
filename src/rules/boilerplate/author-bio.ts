import { LIKELY } from '../../core/confidence.js'
import type { Block } from '../../types.js'
import { defineRule } from '../../helpers/define.js'
import { proseAround } from '../../helpers/prose-around.js'

/**
 * An author's bio under an article: "Archie is a writer from South London. He studied …",
 * "Matt Frankel, CFP, is a contributing stock market analyst …", "Joanna Nelius, senior editor
 * and E Ink enthusiast …", "Hi, I'm Becky. I live in Atlanta …", "Daniel Weinmann arbeitete viele
 * Jahre als Redakteur …". (A box the page marks as one, with a header, a contact line or
 * several paragraphs, is `boilerplate/author-box`, which is on in every preset.)
 *
 * A bio names a person and gives a writer's role: "<Name> is a (… ) writer/journalist/editor …"
 * in eight languages, or "<Name>, <role>". The name is one to four capitalised words (not a
 * pronoun: "He is a reporter" is the story). Guards, because an article may end on a sentence
 * about a journalist:
 * - the block is at most `maxWords` long and comes after at least `minProseWords` words of prose;
 * - at most `maxProseAfter` prose blocks follow it: an author box closes the text.
 */
const ROLE_EN =
  'writer|journalist|editor|reporter|correspondent|columnist|contributor|author|blogger|photographer|photojournalist|critic|freelancer|copywriter|novelist|podcaster|' +
  'staff writer|contributing writer|contributing editor'
const ROLE_DE = 'journalist(?:in)?|autor(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|kolumnist(?:in)?|fotograf(?:in)?|blogger(?:in)?|schriftsteller(?:in)?|texter(?:in)?'
const ROLE_FR = 'journaliste|rédact(?:eur|rice)|auteure?|autrice|chroniqueu(?:r|se)|correspondante?|photographe|blogueu(?:r|se)|écrivaine?'
const ROLE_ES = 'periodista|redactora?|escritora?|columnista|corresponsal|fotógraf[oa]|bloguer[oa]|editora?|autora?'
const ROLE_IT = 'giornalista|redat(?:tore|trice)|scrit(?:tore|trice)|editorialista|corrispondente|fotograf[oa]|blogger|autore|autrice'
const ROLE_NL = 'journalist|redacteur|schrijver|schrijfster|columnist|correspondent|fotograaf|blogger|auteur'
const ROLE_PT = 'jornalista|redator(?:a)?|escritor(?:a)?|colunista|correspondente|fotógraf[oa]|blogueir[oa]|editor(?:a)?|autor(?:a)?'
const ROLE_PL = 'dziennikar(?:zem|ką)|redaktor(?:em|ką)|autor(?:em|ką)|felietonist(?:ą|ką)|korespondent(?:em|ką)|fotograf(?:em|ką)|bloger(?:em|ką)|pisar(?:zem|ką)'

/** One to four capitalised words, optionally followed by ", credentials,": the person. */
export const NAME = String.raw`(?!(?:He|She|They|It|This|That|There|Er|Sie|Es|Il|Elle|Ils|Él|Ella|Lui|Lei|Hij|Zij|Ele|Ela|On|Ona)\b)\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?:, [\p{Lu}][\p{L}.]{1,10},)?`
const ADJ = String.raw`(?:[\p{L}-]+ ){0,5}`
/** The person at the start of the block, matched on the text as written (capitals matter). */
const NAME_AT_START = new RegExp(`^${NAME}`, 'u')
/** After the name, in lower case: "is a … writer", "ist freier Journalist", "est journaliste", "arbeitete … als Redakteur". */
const ROLE_AFTER = new RegExp(
  '^ ?(?:' +
    [
      `(?:is|was) (?:an? |the )?${ADJ}(?:${ROLE_EN})s?(?![\\p{L}])`,
      `(?:is|was) (?:an? |the )?(?:contributing|senior|freelance) `,
      `(?:has been writing|has written|writes|covers|specializes|specialises) (?:about |for |in |on )`,
      `(?:ist|war) (?:ein(?:e)? )?${ADJ}(?:${ROLE_DE})(?![\\p{L}])`,
      `(?:arbeitete|arbeitet|schreibt) ${ADJ}als (?:${ROLE_DE})(?![\\p{L}])`,
      `(?:est|était) (?:une? )?${ADJ}(?:${ROLE_FR})(?![\\p{L}])`,
      `(?:es|era) (?:una? )?${ADJ}(?:${ROLE_ES})(?![\\p{L}])`,
      `(?:è|era) (?:una? |un'|uno )?${ADJ}(?:${ROLE_IT})(?![\\p{L}])`,
      `(?:is|was) (?:een )?${ADJ}(?:${ROLE_NL})(?![\\p{L}])`,
      `(?:é|era) (?:uma? )?${ADJ}(?:${ROLE_PT})(?![\\p{L}])`,
      `(?:jest|był|była) ${ADJ}(?:${ROLE_PL})(?![\\p{L}])`,
      // "Joanna Nelius, senior editor and …": a comma, then a role among the next few words.
      `, (?:an? |the )?(?:[\\p{L}-]+ ){0,3}(?:${ROLE_EN})(?![\\p{L}])`,
    ].join('|') +
    ')',
  'u',
)
/** Whether the block starts with a person's name followed by a writer's role. */
export function namesAWriter(text: string): boolean {
  const m = NAME_AT_START.exec(text)
  return m !== null && ROLE_AFTER.test(text.slice(m[0].length).toLowerCase())
}
/** "Hi, I'm Becky.", "Hallo, ich bin Anna", "Bonjour, je suis …", "Hola, soy …": the blogger introduces herself. */
export const GREETING = /^(?:hi|hello|hey|hallo|bonjour|salut|hola|ciao|hoi|olá|oi|cześć)[ ,!]+(?:i'm|i am|ich bin|je suis|je m'appelle|soy|me llamo|sono|mi chiamo|ik ben|sou|eu sou|jestem|nazywam się) \p{Lu}/iu
/** The header of an author box (used by `boilerplate/author-box`). */
export const HEADER = /^(?:about the author|about the writer|über den autor|über die autorin|über die autoren|zum autor|zur autorin|à propos de l'auteur|l'auteur|sobre el autor|sobre la autora|sull'autore|l'autore|over de auteur|sobre o autor|sobre a autora|o autorze|o autorce)\s*:?$/u

export const authorBio = defineRule({
  meta: {
    id: 'boilerplate/author-bio',
    category: 'boilerplate',
    description: 'Remove an author\'s bio at the end of an article ("Archie is a writer from South London. …").',
    // Not in `recommended`: news corpora count the author line as part of the article (on the
    // bench, 4 of the 9 bios it found were in the gold text of their page). Corpus builders want it gone.
    recommended: false,
    presets: ['aggressive'],
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
    defaultOptions: { maxWords: 120, minProseWords: 80, maxProseAfter: 1 },
  },
  patterns: [NAME_AT_START, ROLE_AFTER, GREETING],
  create(context) {
    const { maxWords, minProseWords, maxProseAfter } = context.options
    const { blocks } = context
    const bios: Block[] = []
    return {
      block(block) {
        if (block.words === 0 || block.words > maxWords) return
        const first = block.text.charCodeAt(0)
        // Every shape starts with a capital letter (a name or a greeting).
        if (!(first >= 65 && first <= 90) && !/^\p{Lu}/u.test(block.text)) return
        if (namesAWriter(block.text) || GREETING.test(block.text)) bios.push(block)
      },
      document() {
        if (!bios.length) return
        const { wordsBefore: before, blocksAfter: after } = proseAround(blocks, context.isProse)
        for (const block of bios) {
          const i = block.index
          if (before[i]! >= minProseWords && after[i]! <= maxProseAfter) {
            context.report({ block, confidence: LIKELY, reason: `An author's bio after the article ("${block.text.slice(0, 60)}").` })
          }
        }
      },
    }
  },
})
