/**
 * Words that address the reader or speak for the publisher ("your donation", "follow us"). Cruft
 * talks to the reader; news about the same topic talks about third parties ("The charity appealed
 * for donations"). Matched on the normalised (lower-case) text.
 *
 * One list serves every language, so a pronoun that is an everyday function word in another
 * supported language is only listed in a context that makes it a pronoun:
 * - Dutch "u" is also German "u." (und) and a stray letter; Dutch "je" is French "I"; Dutch "te"
 *   is "to/too" and Spanish/Italian/Portuguese "te" appears in ordinary quotes: they count only
 *   before a verb of the appeal ("je kunt", "u kunt", "te invitamos").
 * - Italian "ci" is "there" ("ci sono"): only the enclitic forms count ("seguici", "sostienici").
 * - Portuguese "nas" is "in the", Polish "ta" is "this", Polish/English "my" differ: not listed;
 *   Polish "nas" counts after a verb ("wesprzyj nas").
 * - Portuguese "seu"/"sua" are also "his/her": not listed; "você", "nosso" carry the address.
 * Enclitic imperatives are listed whole ("síguenos", "siga-nos"), since they carry the address in
 * a single word.
 */
const WORDS = [
  // en
  'you', 'your', 'yours', 'us', 'our', 'we', "we're",
  // de
  'sie', 'ihr', 'ihre', 'ihren', 'ihrer', 'uns', 'unser', 'unsere', 'unseren', 'unserer', 'unserem', 'wir', 'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'euch', 'euer', 'eure',
  // fr
  'vous', 'votre', 'vos', 'nous', 'notre', 'nos', 'tu', 'tes', 'toi',
  // es
  'usted', 'ustedes', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'tú', 'tus', 'vosotros', 'síguenos', 'apóyanos', 'ayúdanos', 'suscríbete', 'únete',
  // it
  'voi', 'vostro', 'vostra', 'vostri', 'vostre', 'noi', 'nostro', 'nostra', 'nostri', 'nostre', 'tuo', 'tua', 'tuoi', 'seguici', 'sostienici', 'aiutaci', 'supportaci', 'iscriviti',
  // nl
  'jij', 'jouw', 'jullie', 'uw', 'wij', 'ons', 'onze',
  // pt
  'você', 'vocês', 'nós', 'nosso', 'nossa', 'nossos', 'nossas', 'siga-nos', 'apoie-nos', 'ajude-nos', 'acompanhe-nos',
  // pl
  'ty', 'twój', 'twoja', 'twoje', 'twojego', 'twojej', 'ciebie', 'wy', 'wasz', 'wasza', 'wasze', 'nasz', 'nasza', 'nasze', 'naszego', 'naszej', 'naszym', 'naszych', 'wesprzyj', 'obserwuj', 'polub', 'dołącz',
]
/** Pronouns that are only an address next to a verb of the appeal (see above). */
const CONTEXTUAL = [
  // nl: u / je before a verb
  'u (?:kunt|kan|wilt|bent|steunt|helpt|ontvangt|vindt|leest)',
  'je (?:kunt|kan|wilt|wil|bent|steunt|helpt|ontvangt|vindt|leest)',
  '(?:kunt|kan|wilt|wil|steunt|helpt) (?:u|je)',
  // es, it, pt: te before a verb of the appeal
  'te (?:invitamos|pedimos|necesitamos|puede|pueden|recomendamos|interesa|chiediamo|invitiamo|consigliamo|convidamos)',
  // pl: nas after a verb of the appeal
  '(?:wspieraj|wesprzyjcie|obserwujcie|śledź|śledźcie|polubcie|wspierają) nas',
]
const READER_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...CONTEXTUAL, ...WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))].join('|')})(?![\\p{L}\\p{N}])`,
  'u',
)

export function addressesReader(norm: string): boolean {
  return READER_ADDRESS.test(norm)
}
