import { LIKELY, STRONG } from '../../core/confidence.js'
import type { Block } from '../../types.js'
import { defineRule } from '../../helpers/define.js'
import { proseAround } from '../../helpers/prose-around.js'
import { literalGate } from '../../helpers/literal-gate.js'
import { GREETING, HEADER, namesAWriter } from './author-bio.js'

/**
 * An author box that the page marks as one, so that it can go even where news corpora keep a
 * one-line author note ("Sean Collins is a writer based in New York." stays: that is
 * `boilerplate/author-bio`, aggressive only). Three marks, each one the gold of every bench set
 * leaves out of the article:
 *
 * 1. A header: "About the author", "Über die Autorin", … and the short bio under it.
 * 2. A contact or archive line right under a bio: "Inquiries: archie.f@movieweb.com",
 *    "E-Mail: lisa.borch@popkultur.de", "More by J.O. Haselhoef", "View all posts by Becky",
 *    "Contact the author". The bio is the block before it when it is about that person: it
 *    opens with the name (or the first name) the line gives, or it reads as a bio ("<Name> is a
 *    writer…", "Hi, I'm Becky", "Benny has …"). A name line or "About <Name>" above the bio
 *    goes with it. An archive line ("View all posts by Becky") goes even alone: it is a link caption.
 * 3. A person box at the end: paragraphs about one person the article never named, opened by
 *    "<First Last> is the owner of…" or by a name line over a paragraph that starts with the
 *    name ("Isabella Tabacchi" / "Isabella Tabacchi's lens captures…"), every following block
 *    naming the person again (or a link line), and nothing sentence-shaped after it. A list of
 *    people or brands has that shape many times: only a shape found once in the text counts.
 */

/** A capitalised word that opens sentences, not names. */
const NOT_A_NAME =
  'The|A|An|This|That|These|Those|Our|Your|My|His|Her|Their|Its|It|We|You|I|He|She|They|In|On|At|For|Why|How|What|When|Where|If|As|By|From|With|And|But|Or|So|All|Every|Each|Some|Most|More|New|Der|Die|Das|Ein|Eine|Er|Sie|Es|Le|La|Les|Un|Une|Il|Elle|El|Los|Las|Lo|Gli|Het|De|Een|Hij|Zij|Os|As|Um|Uma|Ele|Ela|To|Ta|Ten|On|Ona'
/** Two to four capitalised words: a person's full name ("Karina Cohen", "J.O. Haselhoef"). */
const FULL_NAME = String.raw`(?!(?:${NOT_A_NAME})\b)\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}`
const UPPER_START = /^\p{Lu}/u
/**
 * FULL_NAME's second word starts right after the text's first space, with a capital. Testing that
 * first rules out most blocks ("The council met…", "He said…") before the regex and its list of
 * excluded words run; it ran on every block of up to 120 words.
 */
export function secondWordCapitalised(text: string): boolean {
  const space = text.indexOf(' ')
  if (space < 0) return false
  const c = text.charCodeAt(space + 1)
  if (c < 128) return c >= 65 && c <= 90
  return UPPER_START.test(text.slice(space + 1, space + 3))
}
/** A block that is only a name (the title line of an author box). */
const NAME_LINE = new RegExp(`^${FULL_NAME}$`, 'u')
/** "<First Last> is the owner …", "… ist eine …": the name, then a copula and an article, in eight languages (on the text as written). */
const NAME_IS = new RegExp(
  `^(${FULL_NAME}) (?:(?:is|was) (?:an?|the)|(?:ist|war) (?:ein|eine|der|die)|(?:est|était) (?:une?|le|la|l')|(?:es|era) (?:una?|el|la)|(?:è|era) (?:una?|uno|il|la|l')|is (?:een|de|het)|(?:é|era) (?:uma?|o|a)|(?:jest|był|była)) `,
  'u',
)
/** A bio that opens with a name (one to four capitalised words) and a verb of a life: "Benny has …", "Archie is …". */
const PERSON_OPEN = new RegExp(
  `^(?!(?:${NOT_A_NAME})\\b)\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3},? (?:is|was|has|had|writes|wrote|loves|lives|studied|works|worked|holds|spent|began|started|joined|covers|grew|ist|war|hat|schreibt|lebt|studierte|arbeitet|est|a|écrit|vit|es|escribe|vive|è|ha|scrive|vive|heeft|schrijft|woont|é|escreve|mora|jest|pisze)\\b`,
  'u',
)
/** "About Becky": "About" and a name, the header of a personal author box. */
const ABOUT_NAME = new RegExp(`^(?:About|Über|À propos de|Sobre|Su|Over|O) (\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2})$`, 'u')

/** An e-mail address, or the placeholder Cloudflare's e-mail protection leaves ("[email protected]"). */
const EMAIL = String.raw`(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email protected\])`
/** "Inquiries: archie.f@movieweb.com", "E-Mail: lisa.borch@popkultur.de": a contact word, then only an address (on `norm`). */
const CONTACT_EMAIL = new RegExp(
  `^(?:inquiries|enquiries|contact|contact me|e-?mail|e-?mail me|mail|reach (?:him|her|me|them)(?: at)?|write to (?:him|her|me)|kontakt|contatto|contacto|contato|correo|courriel)(?: ?:)? ${EMAIL}$`,
)
/** "Contact the author": the caption of an author's contact link. */
const CONTACT_AUTHOR =
  /^(?:contact|e-?mail|message|write to) (?:the )?(?:author|writer|reporter)$|^(?:kontakt zum autor|kontakt zur autorin|autor kontaktieren|autorin kontaktieren|contacter l'auteur|contactar al autor|contactar con el autor|contatta l'autore|contact met de auteur|contactar o autor|kontakt z autorem)$/
/** "Follow her on Twitter @x": following the person, not the publisher (on `norm`). */
const FOLLOW_PERSON = /^follow (?:him|her|them|me|[\p{L}.'-]+(?: [\p{L}.'-]+)?) on (?:twitter|x|instagram|linkedin|facebook|threads|bluesky|mastodon|tiktok|youtube)\b/u
/** "View all posts by Becky", "More by J.O. Haselhoef", "Alle Beiträge von …": a link to the author's archive (on `norm`). */
const ARCHIVE =
  /^(?:(?:view|see|read|browse) (?:all|more) (?:posts|articles|stories|entries|reviews|columns|content)(?: written)? (?:by|from)|all (?:posts|articles|stories|entries) (?:by|from)|more (?:posts |articles |stories )?by|more from|other (?:posts|articles|stories) by|(?:alle|weitere|mehr) (?:beiträge|artikel|texte) (?:von|der autorin|des autors)|mehr von|(?:voir )?tous les articles de|plus d'articles de|(?:ver )?todos los artículos de|ver todas las entradas de|más artículos de|(?:vedi )?tutti gli articoli di|altri articoli di|alle (?:berichten|artikelen|blogs) van|meer van|(?:ver )?todos os (?:artigos|posts) de|mais artigos de|wszystkie (?:wpisy|artykuły|teksty) autor(?:a|ki)|więcej od autor(?:a|ki)) \S/u
/** The archive captions that are a link and nothing else, removed even without a bio above them ("More from <section>" is not among them). */
const ARCHIVE_ALONE = /^(?:(?:view|see|read|browse) (?:all|more) (?:posts|articles|stories|entries|columns)(?: written)? by|all (?:posts|articles|stories) by|more (?:posts |articles |stories )?by|(?:alle|weitere) (?:beiträge|artikel) von|(?:voir )?tous les articles de|(?:ver )?todos los artículos de|(?:vedi )?tutti gli articoli di|alle (?:berichten|artikelen) van|(?:ver )?todos os (?:artigos|posts) de|wszystkie (?:wpisy|artykuły) autor(?:a|ki)) \S/u
/** A greeting before the name, on `norm` ("hi, i'm becky"). */
const GREETING_NORM = /^(?:hi|hello|hey|hallo|bonjour|salut|hola|ciao|hoi|olá|oi|cześć)[ ,!]+(?:i'm|i am|ich bin|je suis|je m'appelle|soy|me llamo|sono|mi chiamo|ik ben|sou|eu sou|jestem|nazywam się) /
/** A line that is only a link: the author's site under the box. */
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/

/** The names a contact or archive line gives: capitalised words after "by"/"von"/…, and the parts of an e-mail's local part. */
function namesIn(text: string): string[] {
  const names: string[] = []
  const by = /(?:\bby|\bvon|\bde|\bdi|\bvan|\bfrom|\bautora|\bautorki)\s+((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})/u.exec(text)
  if (by) for (const w of by[1]!.trim().split(/\s+/)) if (w.replace(/\./g, '').length >= 2) names.push(w.toLowerCase())
  const mail = /([\w.+-]+)@/.exec(text)
  if (mail) for (const w of mail[1]!.split(/[._+-]/)) if (w.length >= 3 && /^\p{L}+$/u.test(w)) names.push(w.toLowerCase())
  const follow = /^follow (\p{Lu}[\p{L}'’.-]*)/iu.exec(text)
  if (follow && !/^(?:him|her|them|me)$/i.test(follow[1]!)) names.push(follow[1]!.toLowerCase())
  return names
}

/** Whether the words of `text` include `name` (case-sensitive, whole words). */
function mentions(text: string, name: string): boolean {
  let at = text.indexOf(name)
  while (at >= 0) {
    const before = at === 0 ? '' : text[at - 1]!
    const after = text[at + name.length] ?? ''
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true
    at = text.indexOf(name, at + 1)
  }
  return false
}

/** The header's and the lines' words, from the shared literal scan: most short blocks hold none and are never normalised here. */
const mayBeLine = literalGate(HEADER, CONTACT_EMAIL, CONTACT_AUTHOR, FOLLOW_PERSON, ARCHIVE)

export const authorBox = defineRule({
  meta: {
    id: 'boilerplate/author-box',
    category: 'boilerplate',
    description:
      'Remove an author box the page marks as one: an "About the author" header, a bio with the author\'s contact or archive line ("Inquiries: …", "View all posts by …"), or paragraphs about a person the article never named at its end.',
    recommended: true,
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
    defaultOptions: { maxWords: 120, minProseWords: 80, maxProseAfter: 1, maxBoxWords: 80, maxLineWords: 12 },
  },
  patterns: [HEADER, GREETING_NORM, NAME_LINE, NAME_IS, PERSON_OPEN, ABOUT_NAME, CONTACT_EMAIL, CONTACT_AUTHOR, FOLLOW_PERSON, ARCHIVE, ARCHIVE_ALONE, URL_LINE],
  create(context) {
    const { maxWords, minProseWords, maxProseAfter, maxBoxWords, maxLineWords } = context.options
    const { blocks } = context
    const headers: Block[] = []
    const lines: Block[] = []
    return {
      block(block) {
        if (block.words === 0 || block.words > maxLineWords || !mayBeLine(block)) return
        if (block.words <= 5 && block.lines === 1 && HEADER.test(block.norm)) headers.push(block)
        else if (CONTACT_EMAIL.test(block.norm) || CONTACT_AUTHOR.test(block.norm.replace(/[.:!]+$/, '')) || FOLLOW_PERSON.test(block.norm) || ARCHIVE.test(block.norm)) lines.push(block)
      },
      document() {
        const { wordsBefore: before, blocksAfter: after } = proseAround(blocks, context.isProse)

        // 1. "About the author", the name and role lines under it, and the bio paragraph.
        for (const block of headers) {
          const i = block.index
          if (before[i]! < minProseWords) continue
          let j = i + 1
          while (j < blocks.length && j <= i + 3 && blocks[j]!.words > 0 && blocks[j]!.words <= 8 && !blocks[j]!.endsLikeSentence) j++
          const bio = blocks[j]
          const box = bio !== undefined && bio.words >= 5 && bio.words <= maxBoxWords && bio.endsLikeSentence && after[j]! <= maxProseAfter
          context.report({
            block,
            through: box ? j : i,
            confidence: STRONG,
            reason: `The header of an author box ("${block.text.slice(0, 40)}")${box ? ' and the bio under it' : ''}.`,
          })
        }

        // 2. A bio and the contact or archive line under it.
        for (const line of lines) {
          const i = line.index
          const bio = blocks[i - 1]
          const names = namesIn(line.text)
          // The bio opens with the name the line gives ("Archie is …" over "Inquiries: archie.f@…").
          const opening = bio ? bio.norm.replace(GREETING_NORM, '').split(' ', 1)[0]!.replace(/[^\p{L}.]+$/u, '') : ''
          const isBio =
            bio !== undefined &&
            bio.words >= 5 &&
            bio.words <= maxWords &&
            /^\p{Lu}/u.test(bio.text) &&
            (names.includes(opening) || namesAWriter(bio.text) || GREETING.test(bio.text) || PERSON_OPEN.test(bio.text))
          if (isBio) {
            // The article must be more than this box.
            if (context.stats.proseWords - (context.isProse(bio) ? bio.words : 0) < minProseWords) continue
            let start = i - 1
            const above = blocks[i - 2]
            if (above && above.words <= 5 && (NAME_LINE.test(above.text) || ABOUT_NAME.test(above.text) || HEADER.test(above.norm))) start = i - 2
            context.report({
              block: blocks[start]!,
              through: i,
              confidence: LIKELY,
              reason: `An author's bio with the author's contact or archive line under it ("${line.text.slice(0, 50)}").`,
            })
          } else if (ARCHIVE_ALONE.test(line.norm) && line.words <= 8 && names.length > 0) {
            context.report({ block: line, confidence: LIKELY, reason: `A link to an author's other articles ("${line.text.slice(0, 50)}").` })
          }
        }

        // 3. A person box at the end: found once, about a person the article never named.
        const starts: { start: number; bio: number; name: string }[] = []
        for (let i = 0; i < blocks.length; i++) {
          const b = blocks[i]!
          if (b.words === 0 || b.words > maxWords) continue
          if (!secondWordCapitalised(b.text)) continue
          const line = b.words <= 4 && b.lines === 1 ? NAME_LINE.exec(b.text) : null
          const next = blocks[i + 1]
          if (line && next && next.words >= 12 && next.words <= maxWords && next.text.startsWith(line[0]) && /^(?:['’]s \p{Ll}| \p{Ll}|, )/u.test(next.text.slice(line[0].length))) {
            starts.push({ start: i, bio: i + 1, name: line[0] })
            i++
            continue
          }
          const is = NAME_IS.exec(b.text)
          if (is) starts.push({ start: i, bio: i, name: is[1]! })
        }
        if (starts.length !== 1) return
        const { start, bio, name } = starts[0]!
        if (before[start]! < minProseWords) return
        const parts = name.split(' ')
        const first = parts[0]!
        const last = parts[parts.length - 1]!.replace(/['’]s$/u, '')
        // The article never named the person: its prose blocks before the box do not hold the surname.
        for (let k = 0; k < start; k++) if (context.isProse(blocks[k]!) && mentions(blocks[k]!.text, last)) return
        let end = bio + 1
        while (
          end < blocks.length &&
          blocks[end]!.words <= maxWords &&
          (mentions(blocks[end]!.text, first) || mentions(blocks[end]!.text, last) || URL_LINE.test(blocks[end]!.norm) || CONTACT_EMAIL.test(blocks[end]!.norm))
        )
          end++
        if (end - start < 2 || after[end - 1]! > 0) return
        context.report({
          block: blocks[start]!,
          through: end - 1,
          confidence: LIKELY,
          reason: `Paragraphs about ${name} at the end, a person the article does not name: an author box.`,
        })
      },
    }
  },
})
