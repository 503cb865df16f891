import { LIKELY, STRONG } from '../../core/confidence.js'
import { defineRule } from '../../helpers/define.js'
import { literalGate } from '../../helpers/literal-gate.js'
import { needsNormalising } from '../../helpers/trigger-index.js'
import type { Block } from '../../types.js'

/**
 * Photo credits and the captions they close: "Foto: dpa", "Bild: Hersteller", "(crédito: Name/Agency)",
 * "(© Name)", "praca / Shutterstock", "Name/WENN.com", "A caption of the picture. Foto: Name".
 *
 * A credit alone is a label that lost its picture: removed with STRONG confidence. A caption that
 * ends in a credit describes a picture the text no longer has: LIKELY. Wire-agency lines of the
 * story itself ("(Reporting by …)", "aja/PAP") are not credits: an agency name counts only after
 * a credit label or when it is a stock-photo library.
 */
const LABEL = '(?:fotos?|photos?|photograph|photo credit|bild|bilder|bildquelle|bildnachweis|titelbild|titelfoto|image|images|picture|pic|credits?|crédits?|créditos?|crédito|fotografia|foto di|zdjęcie|fot|afbeelding|beeld|imagem|imagen)'
/** The whole block is a credit: a label, a colon, a name (no sentence after it; a dot inside a name, "D.A.Press", "dpa/A.Weigel", is no sentence end). */
// The credit after a label or mark starts with a character that is not a space, so that the
// spaces before it belong to `\s*` alone: when either could take them, a long run of spaces that
// failed to match was split every possible way (polynomial time; recheck's attack strings).
const CREDIT_ONLY = new RegExp(`^[(\\[]?\\s*${LABEL}\\s*:\\s*(?:[^.!?\\s]|\\.(?=\\S))(?:[^.!?]|\\.(?=\\S)){0,79}[)\\]]?$`, 'u')
/** "(© FEI/Christophe Taniere)" */
const BRACKET_COPYRIGHT = /^[([]\s*(?:©|\(c\)|copyright)(?![^()[\]]*(?:rights reserved|associated press|reuters))\s*[^()[\]\s][^()[\]]{0,79}[)\]]$/u
/** Stock-photo libraries and celebrity photo agencies: a name ending in one is a credit. */
const STOCK = /(?:^|[\s/|–-])(?:shutter ?stock(?:\.com)?|getty ?images|istock(?:photo)?(?:\.com)?|wenn(?:\.com)?|imago(?: images)?|pixabay(?:\.com)?|unsplash(?:\.com)?|pexels(?:\.com)?|adobe ?stock|stock\.adobe\.com|picture[ -]alliance|fotolia(?:\.com)?|depositphotos|123rf(?:\.com)?|alamy(?: stock photo)?|colourbox|pixelio(?:\.de)?|ullstein ?bild|east news|agencja gazeta)\s*\)?$/u
/** A caption that ends in a credit: "… in Tschiertschen. Foto: V. Berret", "… © Name | Agency", "(crédito: …)". */
const TRAILING_CREDIT = new RegExp(`(?:[.!?…)]\\s*|\\s[–-]\\s|\\s)(?:[(\\[]\\s*)?(?:${LABEL}\\s*:|©)\\s*[^.!?:©\\s][^.!?:©]{0,79}[)\\]]?$`, 'u')
/**
 * A caption and its credit written in two elements with nothing between them: "… was man darüber
 * wissen muss© Rike/pixelio.de", "… legt das Programm fest© Bundesregierung/Kugler". The copyright
 * mark right after a lower-case letter, then a short name to the end of the block. Matched on the text
 * as written (capitals matter: "Â© CanWest News Service", a mis-decoded copyright line, is no caption).
 */
const GLUED_COPYRIGHT = /\p{Ll}©\s*[^.!?:©\s][^.!?:©]{0,79}$/u
/**
 * The same with a photographer-slash-agency credit glued to the caption's last sentence: "… zusammen
 * mit Wahlleiter Matthias Mitzscherlich.DCV / Oppitz". A sentence end with no space after it, then
 * capitalised words, a slash, capitalised words, to the end of the block (on the text as written).
 * Each name part is at most 41 characters: unbounded, the parts ran over every "a.A" of a long
 * block from every sentence end, in time quadratic in its length.
 */
const GLUED_SLASH_CREDIT = /\p{Ll}[.!?]\p{Lu}[\p{L}.'’-]{0,40}(?: \p{Lu}[\p{L}.'’-]{0,40}){0,3} ?\/ ?\p{Lu}[\p{L}.'’-]{0,40}(?: \p{Lu}[\p{L}.'’-]{0,40}){0,3}$/u
/**
 * A caption that ends in a Creative Commons licence, the credit of a picture from Wikimedia or
 * Flickr: "… Zum Vergrößern auf das Bild klicken. CC-BY-SA 2.0", "… | Lizenz: CC BY 4.0".
 */
const TRAILING_LICENCE = /(?:[.!?…)|]\s*|\s[–-]\s)(?:(?:lizenz|license|licence|licencia|licenza|licentie|licença|licencja)\s*:\s*)?\(?cc[ -](?:by|0)(?:[ -](?:sa|nd|nc))*(?: \d\.\d)?\)?$/u

/**
 * "Photo by Mark Jones", "Image by Studio Brown via One Fab Day", "Photo courtesy Method Architecture",
 * "Feature image by …", "Foto von … auf Pixabay", "Photo de …", "Imagen de …": a picture label, then
 * who made or gave it. Whole block, short, no sentence end.
 */
const CREDIT_BY =
  /^(?:(?:feature[d]?|header|cover|hero|top|lead|main) )?(?:image|photo|picture|photograph|illustration|video)s? (?:by|courtesy(?: of)?|via|credit)\b|^(?:foto|bild|titelbild|beitragsbild) von\b|^(?:photo|image|illustration) (?:de|par)\b|^(?:foto|imagen) (?:de|por)\b|^(?:foto|immagine) (?:di|da)\b|^(?:foto|afbeelding|beeld) (?:door|van)\b|^(?:foto|imagem) (?:de|por)\b|^(?:zdjęcie|fot\.) (?:autorstwa|od)\b/u
/**
 * "Feature image by Girlfriend Collective, all other images via brands mentioned.", "Header photo
 * courtesy of the museum.", "All images via Unsplash.": a sentence that credits the post's own
 * pictures, opening a short block (an editor's note that goes on about the site). The whole block
 * goes, LIKELY: a credit for the pictures of the post is no part of its text.
 */
const PICTURES_CREDIT = String.raw`(?:(?:feature[d]?|header|cover|hero|top|lead|main|title|banner|post) (?:image|photo|picture|photograph|illustration)s?|all (?:other )?(?:images|photos|pictures|photographs)) (?:by|courtesy(?: of)?|via|from|credit(?:ed)? to) [^\s.!?,;]+(?: [^\s.!?,;]+){0,5}`
/** One or two such credits, then the sentence ends: a name of up to six words, so "All photos by the finalists will be shown at …" is a sentence, not a credit. */
const OPENING_CREDIT = new RegExp(`^${PICTURES_CREDIT}(?:,? (?:and )?${PICTURES_CREDIT})?[.!?](?:\\s|$)`, 'u')
/** "Jim Wilson/The New York Times", "Jamal Saidi/Reuters": a photographer, a slash, a news organisation. Only this shape: a wire credit of the story itself ("— Reuters") stays. */
const NAME_SLASH_AGENCY = /^[\p{L}][\p{L}.'’ -]{1,40} ?\/ ?(?:the )?(?:associated press|ap|ap photo|reuters|afp|epa|dpa|bloomberg|new york times|washington post|getty images|zuma press|sipa|abaca)$/u

/**
 * Every pattern above needs a picture or credit label, a stock-library name, a picture word before
 * "by"/"von"/…, or a copyright mark, except the photographer-slash-agency line, which is short and
 * has a slash. The words come from the shared literal scan; the marks and the slash are looked
 * for in the raw text. A block with none of them (most blocks: a colon or a slash alone, in a
 * time, a ratio or a URL, is not enough) is never normalised. Text that needs normalising to be
 * read, such as full-width letters, always goes through.
 */
/**
 * A copyright mark, or the licence tag of TRAILING_LICENCE ("cc" is too short a literal for the
 * shared scan), in the raw text: one regex, so that the text is read once for both.
 */
const MARK_OR_LICENCE = /©|\(c\)|copyright|\bcc[\s-]/i
const SLASH_MAX_WORDS = 8
const mayHoldCreditWords = literalGate(CREDIT_ONLY, STOCK, CREDIT_BY, OPENING_CREDIT)
const mayBeCredit = (block: Block) =>
  mayHoldCreditWords(block) ||
  MARK_OR_LICENCE.test(block.text) ||
  (block.words <= SLASH_MAX_WORDS && block.text.includes('/')) ||
  needsNormalising(block)

export const photoCredit = defineRule({
  meta: {
    id: 'boilerplate/photo-credit',
    category: 'boilerplate',
    description: 'Remove photo credits ("Foto: dpa", "Name / Shutterstock", "(© Name)") and picture captions that end in one.',
    recommended: true,
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
    defaultOptions: { maxCreditWords: 14, maxCaptionWords: 45 },
  },
  patterns: [CREDIT_ONLY, BRACKET_COPYRIGHT, STOCK, TRAILING_CREDIT, GLUED_COPYRIGHT, GLUED_SLASH_CREDIT, TRAILING_LICENCE, CREDIT_BY, OPENING_CREDIT, NAME_SLASH_AGENCY, MARK_OR_LICENCE],
  create(context) {
    const { maxCreditWords, maxCaptionWords } = context.options
    return {
      block(block) {
        if (block.words === 0 || block.words > maxCaptionWords || block.lines > 2) return
        if (block.words >= 4 && block.text.includes('/') && GLUED_SLASH_CREDIT.test(block.text.trimEnd())) {
          context.report({ block, confidence: LIKELY, reason: `A picture caption that ends in a photo credit ("${block.text.slice(-60)}").` })
          return
        }
        if (!mayBeCredit(block)) return
        const norm = block.norm
        if (block.words <= maxCreditWords) {
          const short = block.words <= SLASH_MAX_WORDS && !block.endsLikeSentence
          if (
            CREDIT_ONLY.test(norm) || BRACKET_COPYRIGHT.test(norm) ||
            (short && (STOCK.test(norm) || NAME_SLASH_AGENCY.test(norm))) ||
            (block.words <= 12 && !block.endsLikeSentence && !/\.\s\S/.test(norm) && CREDIT_BY.test(norm))
          ) {
            context.report({ block, confidence: STRONG, reason: `The block is only a photo credit ("${block.text.slice(0, 60)}").` })
            return
          }
        }
        if (block.words >= 3 && (TRAILING_CREDIT.test(norm) || STOCK.test(norm) || GLUED_COPYRIGHT.test(block.text) || TRAILING_LICENCE.test(norm))) {
          context.report({ block, confidence: LIKELY, reason: `A picture caption that ends in a photo credit ("${block.text.slice(-60)}").` })
          return
        }
        if (block.words >= 4 && OPENING_CREDIT.test(norm)) {
          context.report({ block, confidence: LIKELY, reason: `A note that opens with the credit for the post's pictures ("${block.text.slice(0, 60)}").` })
        }
      },
    }
  },
})
