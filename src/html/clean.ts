import { LIKELY } from '../core/confidence.js'
import type { ActiveRule, Config } from '../core/config.js'
import { ruleFailure, runEngine, type EngineRunOptions } from '../core/engine.js'
import { DETECT_CHARS, detectLanguage } from '../lang/detect.js'
import { DecruftError } from '../errors.js'
import { isDocumentLike, parseHtmlDocument, type DocumentLike } from '../segment/html.js'
import { hasRegularShell, serialiseDocument, type ShellDocument } from '../segment/html-shell.js'
import { LazyBlock } from '../segment/block.js'
import { normalizeForMatch } from '../text/normalize.js'
import type { Block, DomReport, DomRuleContext, Removal, Result, Warning } from '../types.js'
import { buildBlocks, isInRunningText, isProtectedElement, type HtmlBlock } from './blocks.js'
import { articleHeader, findArticle, live, proseOf } from './extract.js'
import { checkMarkup, checkSize } from './limits.js'
import { FIGURE_CAPTION, OUTSIDE_ARTICLE, SITE_PHRASE, SITE_REMOVE, THREAD_AFTER_HEADING, TRAILING_HEADING, commentsWidget, hiddenElement } from './rules.js'
import { trailingHeadings } from './headings.js'
import { threadsAfterHeadings } from './threads.js'
import { collapse, describe, elements, measure, readDom, serialize, type ElementVerdict, type HElement, type HNode } from './tree.js'

/**
 * HTML in: parse (or take the caller's Document), read it into decruft's tree, remove cruft
 * elements with the DOM rules, choose the article, cut it into blocks, run the text engine on
 * them, and map the text rules' removals back onto the elements.
 */

const SEPARATOR = '\n\n'
/** An element holding this share of the page's text is never removed by a class word or its tag alone: when unsure, keep. */
const MAX_PAGE_SHARE = 0.4
const MIN_PAGE_TEXT = 500
/** An element holding this share of the page's prose is never removed by a class word or its tag alone. */
const MAX_PROSE_SHARE = 0.5

interface Pending {
  readonly pos: number
  readonly removal: Removal
}

export function cleanHtml(input: string | DocumentLike, config: Config, run: EngineRunOptions = {}): Result {
  // A linkedom Document with content outside its body (or no body), read through its getters,
  // lost that content and had an empty <body> inserted: its markup is parsed instead, as a string
  // is, and the caller's Document is left as it was.
  const markup = typeof input === 'string' ? input : hasRegularShell(input as unknown as ShellDocument) ? undefined : serialiseDocument(input as unknown as ShellDocument)
  let doc: DocumentLike
  if (markup === undefined) {
    doc = input as DocumentLike
  } else {
    checkSize(markup, config.limits.maxInputBytes)
    checkMarkup(markup, config.limits)
    doc = parseHtmlDocument(markup)
    run.deadline?.assert('HTML parsing')
  }
  const inputChars = typeof input === 'string' ? input.length : 0
  const withBody = doc.body ? (doc as DocumentWithBody) : undefined
  if (!withBody) throw new DecruftError('invalid_input', 'The Document has no body.')
  const result = cleanDocument(withBody, inputChars, config, run, false)
  // Safety valve, second form: the DOM rules left blocks, but only ones the text rules then
  // removed (a hidden article beside an "Advertisement" line). Clean the page as it is instead,
  // and keep that when it has text (a page of cruft alone stays empty either way). readDom
  // copies the document, so the second pass starts from the page as it came.
  if (result.text === '' && result.stats.removedChars > 0 && !result.warnings.some((w) => w.code === 'restored-to-avoid-empty')) {
    const whole = cleanDocument(withBody, inputChars, config, run, true)
    if (whole.text !== '') return whole
  }
  return result
}

type DocumentWithBody = DocumentLike & { body: NonNullable<DocumentLike['body']> }

/** `wholePage`: keep every element the DOM phase would remove, as the safety valve does. */
function cleanDocument(doc: DocumentWithBody, inputChars: number, config: Config, run: EngineRunOptions, wholePage: boolean): Result {
  const active = new Set(config.domRules.map((r) => r.rule.meta.id))
  const marks = { keep: selectAll(doc, config.site?.keep ?? []), remove: active.has(SITE_REMOVE) ? selectAll(doc, config.site?.remove ?? []) : new Set<unknown>() }
  const title = titleOf(doc)
  const body = readDom(doc.body, marks, config.limits.maxDepth, config.limits.maxElements)
  if (!inputChars) inputChars = body.textLength
  // Measured before any removal: the safety valve below compares against the page as it came.
  const pageText = body.textLength

  const all = elements(body)
  const order = new Map<HElement, number>()
  all.forEach((el, i) => order.set(el, i))
  const holdsKept = new Set<HElement>()
  for (const el of all) if (el.keep) for (let p = el.parent; p && !holdsKept.has(p); p = p.parent) holdsKept.add(p)

  const pending: Pending[] = []
  const removeElement = (el: HElement, v: ElementVerdict, live = false): void => {
    // `live`: leave out the text of descendants already removed (they carry their own removal).
    const text = live ? collapse(liveText(el, undefined)) : el.text
    el.removed = v
    if (text) pending.push({ pos: order.get(el) ?? 0, removal: domRemoval(text, v, describe(el)) })
  }

  runPageRules(body, config, active, holdsKept, removeElement)
  measure(body)
  // Each DOM stage runs to its end: the budget is read between them, naming the stage.
  run.deadline?.assert('DOM page rules')

  // The article: the finder's choice, widened to hold every element a keep-selector protects.
  let root = body
  let excluded: ReadonlySet<HElement> = new Set()
  let headline: HElement | undefined
  // The finder's choice is a LIKELY verdict like the others: a threshold above it cleans the whole page.
  if (active.has(OUTSIDE_ARTICLE) && LIKELY >= config.threshold) {
    const found = findArticle(body)
    root = found.root
    excluded = found.excludedChildren
    const kept = all.filter((el) => el.keep && !el.parent?.keep)
    if (kept.some((el) => !isInside(el, root) || excludedHolds(excluded, el))) {
      root = commonAncestor([root, ...kept])
      excluded = new Set()
    }
    const outside = verdictOf(OUTSIDE_ARTICLE, 'boilerplate', 'It lies outside the main content the article finder chose.')
    const h1 = headlineBefore(body, root, order) ?? titleBeside(root)
    if (h1) {
      const header = articleHeader(h1, root)
      headline = header.box
      for (const el of header.before) removeElement(el, outside)
    }
    for (const el of excluded) removeElement(el, outside)
    reportOutside(root, body, outside, order, pending, headline)
    run.deadline?.assert('the article finder')
  }

  runArticleRules(root, config, holdsKept, removeElement)
  if (headline && headline.hasBlock) runArticleRules(headline, config, holdsKept, removeElement)
  const creditRule = config.blockRules.find((r) => r.rule.meta.id === PHOTO_CREDIT)
  if (creditRule && LIKELY >= config.threshold) {
    removeCredits(root, holdsKept, removeElement)
    if (headline && headline.hasBlock) removeCredits(headline, holdsKept, removeElement)
  }
  // After the credits, so that a credit in a caption is reported (and switched off) as a credit.
  if (active.has(FIGURE_CAPTION) && LIKELY >= config.threshold) {
    removeCaptions(root, holdsKept, removeElement)
    if (headline && headline.hasBlock) removeCaptions(headline, holdsKept, removeElement)
  }

  run.deadline?.assert('DOM article rules')
  // The article's own headline often sits just above the element the finder chose: it belongs to the article.
  let htmlBlocks = [...(headline ? buildBlocks(headline) : []), ...buildBlocks(root, excluded)]
  const warnings: Warning[] = []
  if ((wholePage || !htmlBlocks.length) && pageText > 0) {
    // Safety valve: never an empty article from a page with text. Undo every DOM removal and
    // take the page as it is; the caller is told.
    for (const el of all) el.removed = undefined
    pending.length = 0
    measure(body)
    root = body
    headline = undefined
    excluded = new Set()
    htmlBlocks = buildBlocks(body)
    warnings.push({
      code: 'restored-to-avoid-empty',
      message: wholePage
        ? 'The text rules removed all that the DOM rules and the article finder had left; the page was cleaned as it is instead.'
        : 'The DOM rules and the article finder left no text; the whole page was kept instead.',
    })
  }

  const blocks: LazyBlock[] = []
  let offset = 0
  htmlBlocks.forEach((b, i) => {
    blocks.push(new LazyBlock(i, b.text, offset, offset + b.text.length, 'html', { tag: b.tag, linkDensity: b.linkDensity, ancestors: b.ancestors }))
    offset += b.text.length + SEPARATOR.length
  })
  // The language of the article's text, as for plain text: rules that weigh stop words read it.
  const language = config.language ?? detectLanguage(blocks, { maxChars: DETECT_CHARS })
  const out = runEngine(blocks, config, language ? { ...run, language } : run)
  // The share warning weighs the text rules' removals against the article's text: the page
  // chrome the DOM rules remove is most of many pages, and would set it off on all of them.
  warnings.push(...out.warnings)

  // Text rules never remove protected blocks (code, data tables, quotes, captions).
  const removedByIndex = new Map<number, Removal>()
  // A credit inside a figure's caption is the exception: captions are kept, credits are cruft.
  for (const r of out.removed) {
    const hb = htmlBlocks[r.index]!
    if (!hb.protected || (r.ruleId === PHOTO_CREDIT && captionOnly(hb.owner))) removedByIndex.set(r.index, r)
  }
  if (config.site?.phrases.length && active.has(SITE_PHRASE)) sitePhrases(blocks, config.site.phrases, removedByIndex)
  if (active.has(TRAILING_HEADING) && LIKELY >= config.threshold) {
    for (const i of trailingHeadings(blocks, htmlBlocks, new Set(removedByIndex.keys()))) {
      const b = blocks[i]!
      removedByIndex.set(i, {
        text: b.text, ruleId: TRAILING_HEADING, category: 'boilerplate', reason: 'A heading at the end of the article with no text after it: it titles nothing the reader gets.',
        confidence: LIKELY, index: i, start: b.start, end: b.end,
      })
    }
  }

  // What a site's keep selector matched, and everything inside it, stays whatever rule says
  // otherwise: the DOM rules skip it, and here the text rules' removals of it are dropped.
  for (const i of removedByIndex.keys()) if (underKeep(htmlBlocks[i]!)) removedByIndex.delete(i)

  const keptText: string[] = []
  for (const block of blocks) {
    const hb = htmlBlocks[block.index]!
    const r = removedByIndex.get(block.index)
    if (!r) {
      keptText.push(block.text)
      continue
    }
    const v = verdictOf(r.ruleId, r.category, r.reason, r.confidence)
    markBlock(hb, v, root)
    pending.push({ pos: (order.get(firstElement(hb)) ?? 0) + 0.5, removal: { ...r, element: describe(hb.owner) } })
  }
  pending.sort((a, b) => a.pos - b.pos)
  const removed = pending.map((p) => p.removal)
  const removedChars = removed.reduce((n, r) => n + r.text.length, 0)
  const keptChars = keptText.reduce((n, t) => n + t.length, 0)

  const removedShare = removedChars + keptChars ? removedChars / (removedChars + keptChars) : 0

  const result: Result = {
    text: keptText.join(SEPARATOR),
    removed,
    warnings,
    stats: {
      blocks: blocks.length,
      keptBlocks: keptText.length,
      removedBlocks: removed.length,
      inputChars,
      removedChars,
      removedShare,
    },
    language,
    format: 'html',
    paragraphs: 'blank-line',
    html: (headline && !headline.removed ? serialize(headline) : '') + serializeArticle(root),
    ...(title ? { title } : {}),
  }
  return result
}

export { isDocumentLike }

/** Whether a block is inside an element a site keep-selector matched (`keep` is inherited), or holds one. */
function underKeep(hb: HtmlBlock): boolean {
  return hb.owner.keep || hb.nodes.some((n) => n.kind === 'element' && n.keep)
}

function verdictOf(ruleId: string, category: string, reason: string, confidence = LIKELY): ElementVerdict {
  return { ruleId, category, reason, confidence }
}

function domRemoval(text: string, v: ElementVerdict, element: string): Removal {
  return { text, ruleId: v.ruleId, category: v.category, reason: v.reason, confidence: v.confidence, index: -1, start: -1, end: -1, element }
}

function selectAll(doc: DocumentLike, selectors: readonly string[]): Set<unknown> {
  const out = new Set<unknown>()
  for (const sel of selectors) {
    let list: ArrayLike<unknown>
    try {
      list = doc.querySelectorAll(sel)
    } catch (error) {
      throw new DecruftError('invalid_option', `Site rule selector ${JSON.stringify(sel)} is not a valid CSS selector: ${(error as Error).message}`, { selector: sel })
    }
    for (let i = 0; i < list.length; i++) out.add(list[i])
  }
  return out
}

function titleOf(doc: DocumentLike): string | undefined {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute?.('content')
  if (og && og.trim()) return collapse(og)
  const title = doc.querySelector('title')?.textContent
  if (title && title.trim()) return collapse(title)
  const h1 = doc.querySelector('h1')?.textContent
  return h1 && h1.trim() ? collapse(h1) : undefined
}

/** Page-stage DOM rules, top-down: a removed element's subtree is not visited again. */
function runPageRules(
  body: HElement,
  config: Config,
  active: ReadonlySet<string>,
  holdsKept: ReadonlySet<HElement>,
  remove: (el: HElement, v: ElementVerdict) => void,
): void {
  const rules = config.domRules.filter((r) => r.rule.dom!.stage === 'page' && r.rule.meta.id !== OUTSIDE_ARTICLE && r.rule.meta.id !== THREAD_AFTER_HEADING)
  const pageTextLength = body.textLength
  const prose = proseOf(body)
  const pageProse = prose.get(body) ?? 0
  const stack: HElement[] = [...childrenOf(body)].reverse()
  while (stack.length) {
    const el = stack.pop()!
    if (!el.keep && !holdsKept.has(el)) {
      // An element holding most of the page's prose is the article, whatever its class says
      // (`<div class="share_wrapper">` around a whole story): when unsure, keep.
      const holdsArticle = pageProse >= MIN_PAGE_TEXT && (prose.get(el) ?? 0) >= pageProse * MAX_PROSE_SHARE
      const v = judge(el, rules, config, pageTextLength, active, holdsArticle)
      if (v) {
        remove(el, v)
        continue
      }
    }
    const kids = childrenOf(el)
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!)
  }
  const thread = config.domRules.find((r) => r.rule.meta.id === THREAD_AFTER_HEADING)
  if (thread && LIKELY >= config.threshold) {
    const v = verdictOf(THREAD_AFTER_HEADING, 'comments', 'It follows a comment-section heading, after the article.')
    for (const el of threadsAfterHeadings(body, prose)) if (!el.keep && !holdsKept.has(el)) remove(el, v)
  }
}

function judge(el: HElement, rules: readonly ActiveRule[], config: Config, pageTextLength: number, active: ReadonlySet<string>, holdsArticle: boolean): ElementVerdict | undefined {
  if (el.siteRemove && active.has(SITE_REMOVE)) return verdictOf(SITE_REMOVE, 'boilerplate', "It matches a remove-selector of the site rules.", 1)
  // Guards for rules that judge by name or tag: never an element that holds much of the page's
  // text, never code, quotes or data tables. Hidden elements are not guarded: nobody reads them.
  const big = pageTextLength >= MIN_PAGE_TEXT && el.textLength >= pageTextLength * MAX_PAGE_SHARE
  const guarded = big || isProtectedElement(el) || isInRunningText(el)
  for (const { rule, options } of rules) {
    if (guarded && rule !== hiddenElement) continue
    // Comment threads are prose too: the comments rule is not held back by the prose guard.
    if (holdsArticle && rule !== hiddenElement && rule !== commentsWidget) continue
    const context: DomRuleContext = { options, pageTextLength, stage: 'page' }
    const report = domCheck(rule, el, context)
    if (!report) continue
    const confidence = report.confidence ?? LIKELY
    if (confidence < config.threshold) continue
    return verdictOf(rule.meta.id, String(rule.meta.category), report.reason, confidence)
  }
  return undefined
}

/**
 * A DOM rule's check, with what it reports checked as the text rules' reports are: a removal
 * needs a reason and a confidence in (0, 1], or the result could not explain it; a throw names
 * the rule.
 */
function domCheck(rule: ActiveRule['rule'], el: HElement, context: DomRuleContext): DomReport | undefined {
  const id = rule.meta.id
  let report: unknown
  try {
    report = rule.dom!.check(el, context)
  } catch (error) {
    throw ruleFailure(id, error)
  }
  if (report === undefined || report === null || report === false) return undefined
  const r = report as Partial<DomReport>
  const bad = (what: string) => new DecruftError('invalid_rule', `Rule ${id} (DOM check) returned ${what}.`, { ruleId: id })
  if (typeof report !== 'object') throw bad(`${JSON.stringify(report)}, not a report object ({ reason, confidence? }) or undefined`)
  if (typeof r.reason !== 'string' || r.reason.trim() === '') throw bad('a report without a reason (a sentence saying why)')
  if (r.confidence !== undefined && !(typeof r.confidence === 'number' && r.confidence > 0 && r.confidence <= 1)) throw bad('a confidence outside (0, 1]')
  return r as DomReport
}

const PHOTO_CREDIT = 'boilerplate/photo-credit'
/** Class and id words of a picture credit: the photographer's or agency's name under an image. */
const CREDIT_WORDS = new Set(['credit', 'credits', 'copyright', 'photographer', 'photo-credit', 'image-credit', 'captioncredit', 'imagecredit', 'photocredit', 'bildnachweis', 'fotograf', 'urheber'])
const MAX_CREDIT = 150

/**
 * Picture credits: a short element inside a figure whose class or id names a credit or copyright
 * (`<span class="copyright">© Agency / Name</span>` in a caption). The caption itself stays; only
 * the credit goes, reported under the text rule for photo credits (same id, same `off` switch).
 */
function removeCredits(root: HElement, holdsKept: ReadonlySet<HElement>, remove: (el: HElement, v: ElementVerdict) => void): void {
  const v = verdictOf(PHOTO_CREDIT, 'boilerplate', 'Its class or id names a picture credit inside a figure.')
  for (const el of live(root)) {
    if (el === root || el.removed || el.keep || holdsKept.has(el) || el.textLength === 0 || el.textLength > MAX_CREDIT) continue
    let named = false
    for (const t of el.tokens) if (CREDIT_WORDS.has(t)) named = true
    if (!named || hasRemovedAncestor(el, root) || !inFigure(el)) continue
    remove(el, v)
  }
}

/** Longer than this, a figcaption is prose set in a figure (a lead, a summary), not a picture's caption: when unsure, keep. */
const MAX_CAPTION = 500
/** A figure of these holds content, not a picture: its caption is the title or source of a quote, a listing or data. */
const CONTENT_FIGURE = new Set(['blockquote', 'pre', 'code', 'table'])

/** Picture captions: every figcaption of a picture, up to a prose-length limit. */
function removeCaptions(root: HElement, holdsKept: ReadonlySet<HElement>, remove: (el: HElement, v: ElementVerdict, live: boolean) => void): void {
  const v = verdictOf(FIGURE_CAPTION, 'boilerplate', 'It is the caption of a picture, not article text.')
  // Per figure, so that many captions in one figure do not each search it again.
  const contentFigures = new Map<HElement, boolean>()
  for (const el of live(root)) {
    if (el.tag !== 'figcaption' || el === root || el.removed || el.keep || holdsKept.has(el) || el.textLength === 0 || el.textLength > MAX_CAPTION) continue
    if (hasRemovedAncestor(el, root) || captionsContent(el, contentFigures)) continue
    remove(el, v, true)
  }
}

/** Whether the figure the caption belongs to holds a quote, code or a table (searched only up to that figure). */
function captionsContent(caption: HElement, memo: Map<HElement, boolean>): boolean {
  let figure: HElement | undefined
  for (let p = caption.parent; p; p = p.parent) {
    if (p.tag === 'figure') {
      figure = p
      break
    }
  }
  if (!figure) return false
  let known = memo.get(figure)
  if (known === undefined) {
    known = false
    const stack: HElement[] = []
    for (const c of figure.children) if (c.kind === 'element' && c.tag !== 'figcaption') stack.push(c)
    while (stack.length && !known) {
      const e = stack.pop()!
      if (CONTENT_FIGURE.has(e.tag)) known = true
      for (const c of e.children) if (c.kind === 'element') stack.push(c)
    }
    memo.set(figure, known)
  }
  return known
}

function inFigure(el: HElement): boolean {
  for (let p: HElement | undefined = el; p; p = p.parent) {
    if (p.tag === 'figure' || p.tag === 'figcaption') return true
    if (p.tag === 'pre' || p.tag === 'code' || p.tag === 'blockquote' || p.tag === 'table') return false
  }
  return false
}

/** Whether the element is protected only as (part of) a figure caption, not as code, quote or data. */
function captionOnly(el: HElement): boolean {
  let caption = false
  for (let p: HElement | undefined = el; p; p = p.parent) {
    if (p.tag === 'figcaption') caption = true
    else if (isProtectedElement(p)) return false
  }
  return caption
}

function runArticleRules(root: HElement, config: Config, holdsKept: ReadonlySet<HElement>, remove: (el: HElement, v: ElementVerdict) => void): void {
  const rules = config.domRules.filter((r) => r.rule.dom!.stage === 'article' && r.rule.meta.id !== SITE_PHRASE && r.rule.meta.id !== TRAILING_HEADING && r.rule.meta.id !== FIGURE_CAPTION)
  if (!rules.length) return
  const pageTextLength = root.textLength
  // When the chosen element is wide (a page wrapper), a box inside it can hold the article and a
  // sidebar of link lists that outweighs it: an element holding most of the article's prose is
  // never removed for its links. When unsure, keep.
  const prose = proseOf(root)
  const rootProse = prose.get(root) ?? 0
  // Code, quotes and data tables are not entered: a linked cell of a price table is data, not a link box.
  for (const el of elements(root, (c) => !c.removed && !isProtectedElement(c))) {
    if (el === root || el.removed || el.keep || holdsKept.has(el) || hasRemovedAncestor(el, root)) continue
    if (rootProse > 0 && (prose.get(el) ?? 0) >= rootProse * MAX_PROSE_SHARE) continue
    // Hidden elements went in the page stage; what is left here judges by name, links or shape.
    if (isInRunningText(el)) continue
    for (const { rule, options } of rules) {
      const report = domCheck(rule, el, { options, pageTextLength, stage: 'article' })
      if (!report || (report.confidence ?? LIKELY) < config.threshold) continue
      remove(el, verdictOf(rule.meta.id, String(rule.meta.category), report.reason, report.confidence ?? LIKELY))
      break
    }
  }
}

const TITLE_TAGS = new Set(['h1', 'h2', 'h3', 'h4'])

/**
 * With no <h1> before it or in it, the article's title is the heading just before the chosen element (a
 * blog's `<h3 class="post-title">` above `<div class="post-body">`), when it is a plain heading
 * of title length.
 */
function titleBeside(root: HElement): HElement | undefined {
  const parent = root.parent
  // An article with its own <h1> has its title.
  if (!parent || live(root).some((el) => el.tag === 'h1')) return undefined
  let prev: HElement | undefined
  for (const c of parent.children) {
    if (c === root) break
    if (c.kind === 'element' && !c.removed && c.textLength > 0) prev = c
  }
  if (!prev || !TITLE_TAGS.has(prev.tag) || prev.linkDensity > 0.5) return undefined
  return prev.textLength >= 10 && prev.textLength <= 300 ? prev : undefined
}

/** The first kept <h1> of the page when it comes before the article and is not in it. */
function headlineBefore(body: HElement, root: HElement, order: Map<HElement, number>): HElement | undefined {
  const start = order.get(root) ?? 0
  for (const el of live(body)) {
    if (el.tag !== 'h1') continue
    if ((order.get(el) ?? 0) >= start || isInside(el, root)) return undefined
    // An <h1> that is a link is most often the site's name linking home (blogs): the article's own headline may follow.
    if (el.linkDensity > 0.5) continue
    return el.textLength >= 10 && el.textLength <= 300 ? el : undefined
  }
  return undefined
}

function hasRemovedAncestor(el: HElement, root: HElement): boolean {
  for (let p = el.parent; p && p !== root; p = p.parent) if (p.removed) return true
  return false
}

function childrenOf(el: HElement): HElement[] {
  const out: HElement[] = []
  for (const c of el.children) if (c.kind === 'element' && !c.removed) out.push(c)
  return out
}

function isInside(el: HElement, root: HElement): boolean {
  for (let p: HElement | undefined = el; p; p = p.parent) if (p === root) return true
  return false
}

function excludedHolds(excluded: ReadonlySet<HElement>, el: HElement): boolean {
  for (const x of excluded) if (isInside(el, x)) return true
  return false
}

function commonAncestor(list: HElement[]): HElement {
  let anc = list[0]!
  for (const el of list.slice(1)) while (!isInside(el, anc) && anc.parent) anc = anc.parent
  return anc
}

/** Reports what lies outside the article: the siblings along the path from the article up to the body. */
function reportOutside(root: HElement, body: HElement, v: ElementVerdict, order: Map<HElement, number>, pending: Pending[], headline: HElement | undefined): void {
  for (let child: HElement = root; child !== body && child.parent; child = child.parent) {
    const parent = child.parent
    for (const c of parent.children) {
      if (c === child) continue
      if (c.kind === 'text') {
        const text = collapse(c.text)
        if (text) pending.push({ pos: order.get(parent) ?? 0, removal: domRemoval(text, v, describe(parent)) })
      } else if (!c.removed) {
        const text = c.text
        const rest = text && c.textLength > 0 ? collapse(liveText(c, headline)) : ''
        if (rest) pending.push({ pos: order.get(c) ?? 0, removal: domRemoval(rest, v, describe(c)) })
      }
    }
  }
}

/** Text of a subtree without the parts DOM rules already removed (those carry their own removal). */
function liveText(el: HElement, skip: HElement | undefined): string {
  let out = ''
  const visit = (n: HNode): void => {
    if (n.kind === 'text') out += n.text
    else if (!n.removed && n !== skip) {
      out += ' '
      for (const c of n.children) visit(c)
      out += ' '
    }
  }
  visit(el)
  return out
}

function sitePhrases(blocks: readonly Block[], phrases: readonly string[], removed: Map<number, Removal>): void {
  const norms = phrases.map((p) => normalizeForMatch(p))
  for (const b of blocks) {
    if (removed.has(b.index)) continue
    const i = norms.findIndex((p) => b.norm.includes(p))
    if (i < 0) continue
    removed.set(b.index, {
      text: b.text, ruleId: SITE_PHRASE, category: 'boilerplate', reason: `The block contains the site phrase "${phrases[i]}".`,
      confidence: 1, index: b.index, start: b.start, end: b.end,
    })
  }
}

function markBlock(b: HtmlBlock, v: ElementVerdict, root: HElement): void {
  if (b.whole && b.owner !== root) {
    b.owner.removed = v
    return
  }
  for (const n of b.nodes) n.removed = v
}

function firstElement(b: HtmlBlock): HElement {
  for (const n of b.nodes) if (n.kind === 'element') return n
  return b.owner
}

function serializeArticle(root: HElement): string {
  // Excluded children and removed blocks carry a removal verdict, so serialize skips them.
  return serialize(root)
}
