/**
 * Public types of decruft. Everything a rule author or a user of the result touches is declared here,
 * so that the shape of the library can be read in one file.
 */

/** The built-in categories of cruft. User rule sets may add their own category names. */
export type BuiltinCategory =
  | 'donation'
  | 'social'
  | 'newsletter'
  | 'comments'
  | 'related'
  | 'app-promo'
  | 'spam-ad'
  | 'source-link'
  | 'dateline'
  | 'cookie'
  | 'paywall'
  | 'legal'
  | 'boilerplate'

/**
 * A rule's category. `structure` rules (neighbour smoothing) report removals under the category of
 * the cruft they join, so a removal's category is always a cruft category, never `structure`.
 */
export type Category = BuiltinCategory | 'structure' | (string & {})

/** How sure a rule is. Numbers in 0..1; the named levels keep rules consistent with each other. */
export type Confidence = number

/** Where a block came from: plain text or an HTML element. */
export type BlockSource = 'text' | 'html'

/** What the HTML adapter knows about the element a block came from (absent for text input). */
export interface BlockElementInfo {
  /** Lower-case tag name of the block element, e.g. `p`, `li`, `h2`. */
  readonly tag: string
  /** Share of the block's characters that sit inside `<a>` elements, 0..1. */
  readonly linkDensity: number
  /** Tag names of the ancestors, nearest first (bounded). */
  readonly ancestors: readonly string[]
}

/**
 * One unit of text that gets one verdict: a paragraph (blank-line separated) or a line, depending on
 * how the input separates its paragraphs. Measures are computed lazily and cached.
 */
export interface Block {
  /** Position among the document's blocks, 0-based. */
  readonly index: number
  /** The block as it appears in the input, trailing whitespace trimmed. Never rewritten. */
  readonly text: string
  /** UTF-16 offset of the block's first character in the input string. */
  readonly start: number
  /** UTF-16 offset just past the block's last kept character in the input string. */
  readonly end: number
  /** Text for matching: NFKC, zero-width characters and soft hyphens removed, look-alike letters folded, lower case, whitespace collapsed. */
  readonly norm: string
  /** `norm` reduced to letters, digits and single spaces: the key that label tables are looked up by. */
  readonly key: string
  /** Number of words (runs of letters or digits). */
  readonly words: number
  /** Number of characters of `text`. */
  readonly chars: number
  /** Number of lines in the block (1 unless a paragraph holds hard line breaks). */
  readonly lines: number
  /** Whether the block ends like a sentence: `.`, `!`, `?`, `…`, optionally followed by closing quotes or brackets. */
  readonly endsLikeSentence: boolean
  /** Share of the block's characters that are URLs, e-mail addresses or @handles, 0..1. */
  readonly linkShare: number
  /** Short, no final punctuation, most words capitalised or a heading shape: how headlines and link titles look. */
  readonly titleLike: boolean
  /** Where the block came from. */
  readonly source: BlockSource
  /** The HTML element the block came from (HTML input only). */
  readonly element?: BlockElementInfo
}

/** What a rule reports about a block. */
export interface Report {
  /** The block the report is about. */
  readonly block: Block
  /** `remove` (it is cruft) or `keep` (protect it from other rules). Defaults to `remove`. */
  readonly action?: 'remove' | 'keep'
  /** One sentence a person can read: why. */
  readonly reason: string
  /** 0..1; defaults to `LIKELY`. */
  readonly confidence?: Confidence
  /** Overrides the rule's category for this report (used by structure rules). */
  readonly category?: string
  /** Also report every block from `block` up to and including this index (a header and its list). */
  readonly through?: number
}

/** One finding after reporting, as the resolver and structure rules see it. */
export interface Finding {
  readonly index: number
  readonly action: 'remove' | 'keep'
  readonly ruleId: string
  readonly category: string
  readonly reason: string
  readonly confidence: Confidence
}

/** Counts over the whole document, for rules that weigh a block against the rest. */
export interface DocumentStats {
  readonly blocks: number
  readonly words: number
  readonly chars: number
  /** Words in blocks that look like article prose (long enough and sentence-shaped). */
  readonly proseWords: number
  /** Index of the first and last block that look like article prose (-1 when none). */
  readonly firstProse: number
  readonly lastProse: number
}

/** What a rule's `create` receives. */
export interface RuleContext<Options = Record<string, unknown>> {
  /** The rule's options: its defaults merged with the user's. */
  readonly options: Readonly<Options>
  /** All blocks of the document, in order. */
  readonly blocks: readonly Block[]
  readonly stats: DocumentStats
  /** The language hint (`options.language`) or the detected language; `undefined` when unknown. */
  readonly language: string | undefined
  /**
   * Only the caller's hint (`options.language`). Phrase rules restrict their tables to it; they do
   * not restrict them to a detected language, because pages mix languages (English share buttons
   * on a German article) and a wrong guess must not switch tables off.
   */
  readonly languageHint: string | undefined
  /** Name of the active preset. */
  readonly preset: string
  /** Report a verdict about a block. */
  report(report: Report): void
  /** For `structure` rules: the resolved verdict of a block after the block rules ran (undefined: kept, nothing said). */
  verdict(index: number): Finding | undefined
  /** Whether a block looks like article prose: long enough, sentence-shaped, not link-like. */
  isProse(block: Block): boolean
  /** The block's sentences, from a natural-language parse built on demand and cached (costly: use only after cheap checks passed). */
  sentences(block: Block): readonly string[]
}

/** What `create` returns: called for every block, then once for the document. */
export interface RuleVisitor {
  block?(block: Block): void
  document?(): void
}

/** Describes a rule: shown in the README, in `--explain`, and validated when options are given. */
export interface RuleMeta<Options = Record<string, unknown>> {
  /** `category/name`, unique. */
  readonly id: string
  readonly category: Category
  /** One sentence: what it removes. */
  readonly description: string
  /** In the `recommended` preset (the default)? */
  readonly recommended: boolean
  /** Other presets the rule is on in, besides `recommended` when that is true. */
  readonly presets?: readonly string[]
  /** Languages with phrase data; omitted for language-independent rules. */
  readonly languages?: readonly string[]
  /** Options and their defaults. Option values given by users must have the same types. */
  readonly defaultOptions?: Options
  /**
   * `block` rules run first and see only the blocks; `structure` rules run after and see the block
   * rules' verdicts (`context.verdict`).
   */
  readonly phase?: 'block' | 'structure'
}

/**
 * What an HTML (DOM-phase) rule sees of an element: decruft's own read-only view of the page,
 * the same whether the page came as a string (parsed with linkedom) or as a DOM Document.
 */
export interface DomElement {
  /** Lower-case tag name. */
  readonly tag: string
  readonly id: string
  /** Class names, lower case. */
  readonly classes: readonly string[]
  /** Whole words of the id and class names, lower case (`share-buttons` → `share-buttons`, `share`, `buttons`). */
  readonly tokens: ReadonlySet<string>
  attr(name: string): string | undefined
  readonly parent: DomElement | undefined
  /** Characters of text in the element (whitespace collapsed), and the share inside links. */
  readonly textLength: number
  readonly linkDensity: number
  /** The element's text, whitespace collapsed. */
  readonly text: string
  hasAncestor(tag: string): boolean
}

/** What a DOM rule's check receives besides the element. */
export interface DomRuleContext<Options = Record<string, unknown>> {
  readonly options: Readonly<Options>
  /** Characters of text in the whole page body: to weigh an element against the page. */
  readonly pageTextLength: number
  /** `'page'`: before the article is chosen, over the whole page; `'article'`: inside the chosen article. */
  readonly stage: 'page' | 'article'
}

/** A DOM rule's verdict on an element: remove it (and everything inside it). */
export interface DomReport {
  readonly reason: string
  /** 0..1; defaults to `LIKELY`. */
  readonly confidence?: Confidence
}

export interface Rule<Options = Record<string, unknown>> {
  readonly meta: RuleMeta<Options>
  create(context: RuleContext<Options>): RuleVisitor
  /**
   * HTML input only: a check run on elements before the text rules (DOM phase). A rule with
   * `dom` takes part in the same settings (`rules`, `categories`, presets) as every other rule.
   */
  readonly dom?: {
    /** Where it runs: over the whole page before the article is chosen, or inside the article. */
    readonly stage: 'page' | 'article'
    check(element: DomElement, context: DomRuleContext<Options>): DomReport | undefined
  }
  /**
   * The regular expressions the rule runs, exposed for audits: the test suite checks every
   * built-in one for catastrophic backtracking. Phrase rules fill it from their tables.
   */
  readonly patterns?: readonly RegExp[]
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>

/** A named collection of rules, with optional presets of its own. */
export interface RuleSet {
  readonly name: string
  readonly rules: readonly AnyRule[]
  /** Extra presets: preset name → rule ids turned on in it. */
  readonly presets?: Readonly<Record<string, readonly string[]>>
}

/** How a user sets a rule: `'off'`, `'on'`, or `['on', options]`. */
export type RuleSetting = 'off' | 'on' | readonly ['on', Record<string, unknown>] | readonly ['off']

/** One removal in the result. */
export interface Removal {
  /** The removed block, verbatim. */
  readonly text: string
  /** The rule that made the removal. */
  readonly ruleId: string
  /** Cruft category, e.g. `donation`. */
  readonly category: string
  /** Why, in one sentence. */
  readonly reason: string
  /** 0..1 */
  readonly confidence: Confidence
  /** Index of the block. */
  readonly index: number
  /**
   * Text input: UTF-16 offsets of the removed text in the input string. HTML input: offsets in
   * the article text as it was before removals (all blocks joined by a blank line); -1 for an
   * element removed by a DOM rule, which has no place in that text.
   */
  readonly start: number
  readonly end: number
  /** HTML input: the removed element, e.g. `div#respond.comment-respond`. */
  readonly element?: string
}

/** Something the result wants the caller to know (nothing is ever dropped silently). */
export interface Warning {
  readonly code: 'removed-share-exceeded' | 'restored-to-avoid-empty' | (string & {})
  readonly message: string
}

export interface ResultStats {
  readonly blocks: number
  readonly keptBlocks: number
  readonly removedBlocks: number
  readonly inputChars: number
  readonly removedChars: number
  /** removedChars over the characters of all blocks, 0..1. */
  readonly removedShare: number
}

export interface Result {
  /** The kept blocks, verbatim, separated by one blank line; no trailing newline. */
  readonly text: string
  /** Every removal, in document order. */
  readonly removed: readonly Removal[]
  /** Notes the caller should read: safety valves that fired. */
  readonly warnings: readonly Warning[]
  readonly stats: ResultStats
  /** The language hint, or the language detected from stop words (`undefined` when it could not be told). */
  readonly language: string | undefined
  /** The format the input was read as. */
  readonly format: 'text' | 'html'
  /** How text input was split into blocks (HTML input: `blank-line`, the convention of `text`). */
  readonly paragraphs: 'blank-line' | 'line'
  /** HTML input: the cleaned article as HTML (structure and links kept, cruft removed). Not sanitised. */
  readonly html?: string
  /** HTML input: the page's title (`og:title`, `<title>` or the first `<h1>`), when it has one. */
  readonly title?: string
}

/** Per-site rules for HTML input, chosen by the hostname of `options.url`. */
export interface SiteRules {
  /** CSS selectors of elements to remove (rule id `site/remove`). */
  readonly remove?: readonly string[]
  /** CSS selectors of elements to keep: no rule removes them or anything inside them. */
  readonly keep?: readonly string[]
  /** Extra phrases: a block whose text contains one (case-insensitive) is removed (rule id `site/phrase`). */
  readonly phrases?: readonly string[]
}

/** Budgets: what an untrusted page may cost before decruft refuses it with a typed error. */
export interface Limits {
  /** Largest input in UTF-8 bytes (text and HTML). Default 10 MB. Over it: `input_too_large`, before any work. */
  readonly maxInputBytes?: number
  /** Deepest HTML nesting, counted by a tag scan before parsing. Default 1000. Over it: `too_deep`. */
  readonly maxDepth?: number
  /**
   * Most HTML elements (start tags), counted by the same scan before parsing. Default 100,000 (the
   * largest of the 830 bench pages has 5,594). Over it: `too_many_elements`. Parsing costs time
   * and memory per element: 2 million `<p>` in 8 MB took 66 s and 1.5 GB to parse.
   */
  readonly maxElements?: number
  /**
   * Most blocks (paragraphs) in a text document. Default 100,000 (the largest of the bench's
   * pages has 2,359). Over it: `too_many_blocks`, while segmenting. Each block costs the engine
   * a few hundred bytes: 3 million one-letter paragraphs in 9 MB took 1.1 GB.
   */
  readonly maxBlocks?: number
  /** Time for one document in milliseconds, checked between blocks and rules. Default 5000; `Infinity` for none. Over it: `timeout`. */
  readonly timeBudgetMs?: number
}

export type Format = 'text' | 'html' | 'auto'

/**
 * A DOM Document parsed by the caller (linkedom, jsdom, a browser). decruft reads it through
 * the standard DOM API (`body`, `querySelectorAll`, `firstChild`/`nextSibling`, `attributes`) and never changes it.
 */
export interface DomDocument {
  readonly nodeType: number
  readonly body: unknown
  querySelectorAll(selector: string): unknown
}
export type ParagraphMode = 'auto' | 'blank-line' | 'line'

export interface Options {
  /** `'text'` (default), `'html'`, or `'auto'` (HTML when the input looks like markup). */
  readonly format?: Format
  /** How text paragraphs are separated: `'auto'` (default) tells from the input. */
  readonly paragraphs?: ParagraphMode
  /** `'recommended'` (default), `'aggressive'`, or a preset from a user rule set. */
  readonly preset?: string
  /** Per-rule settings by rule id: `'off'`, `'on'`, or `['on', { ...options }]`. */
  readonly rules?: Readonly<Record<string, RuleSetting>>
  /** Switch whole categories on or off: `{ social: 'off' }`. */
  readonly categories?: Readonly<Record<string, 'on' | 'off'>>
  /** Extra rule sets (from `defineRuleSet`). Their rules follow the same settings as built-in ones. */
  readonly ruleSets?: readonly RuleSet[]
  /** A language hint (ISO 639-1, e.g. `'de'`). Default: rules of every language apply. */
  readonly language?: string
  /** Confidence a removal needs; default from the preset (recommended 0.6). */
  readonly threshold?: number
  /** Share of the text above which the result carries a `removed-share-exceeded` warning (default from the preset). */
  readonly maxRemovedShare?: number
  /** HTML input: the page's URL, used to choose `sites` rules by hostname. */
  readonly url?: string
  /** HTML input: per-site rules by hostname (`example.com` also covers `www.example.com` and other subdomains). */
  readonly sites?: Readonly<Record<string, SiteRules>>
  /** Budgets for untrusted input (see `Limits`). */
  readonly limits?: Limits
  /**
   * Encoding of `Buffer`/`Uint8Array` input (a WHATWG label such as `'windows-1252'`). Default:
   * a byte-order mark, then (HTML) the page's `<meta charset>`, then UTF-8. Decoding is strict.
   */
  readonly encoding?: string
}
