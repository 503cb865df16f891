import { CERTAIN, LIKELY, STRONG } from '../core/confidence.js'
import { defineRule, defineRuleSet } from '../helpers/define.js'
import type { AnyRule, Category, DomElement, DomReport, DomRuleContext, Rule } from '../types.js'
import { HElement, linksOf } from './tree.js'

/**
 * The DOM-phase rules: they look at elements of an HTML page before the text rules see its
 * blocks. They are ordinary rules (same ids, categories, presets and `off` switches); their
 * `create` does nothing because they have no text-phase work, their `dom.check` does it all.
 */

type Check = (el: DomElement, context: DomRuleContext) => DomReport | undefined

function domRule(
  id: string,
  category: Category,
  description: string,
  stage: 'page' | 'article',
  check: Check,
  recommended = true,
): Rule {
  return defineRule({
    meta: { id, category, description, recommended },
    create: () => ({}),
    dom: { stage, check },
  })
}

/**
 * Class and id words per category. Each entry is a whole word of a class or id name (names are
 * split at `-`, `_` and camelCase) or a whole name: `gdpr`, `footnote`, `header`, `shadow`,
 * `leader` never match because they are never compared as substrings.
 */
const TOKENS: Readonly<Record<string, readonly string[]>> = {
  social: ['share', 'shares', 'sharing', 'sharebar', 'sharethis', 'addthis', 'addtoany', 'a2a_kit', 'shareaholic', 'social', 'socials', 'sharedaddy', 'follow-us', 'followus', 'social-links', 'post-ratings'],
  newsletter: ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'mc4wp', 'mailchimp', 'optin', 'opt-in', 'email-signup'],
  related: ['related', 'relatedposts', 'jp-relatedposts', 'yarpp', 'outbrain', 'taboola', 'recommended', 'recommendations', 'more-stories', 'read-more-links', 'readmore-links'],
  comments: ['comments', 'comment', 'respond', 'replies', 'commentlist', 'disqus', 'disqus_thread', 'comment-respond', 'comments-area'],
  donation: ['donate', 'donation', 'donations', 'support-us'],
  'spam-ad': ['ad', 'ads', 'cta', 'advert', 'adverts', 'advertisement', 'advertising', 'adsbygoogle', 'adslot', 'ad-slot', 'dfp', 'sponsored', 'sponsor', 'promo', 'promos', 'promotion', 'promoted'],
  cookie: ['cookie', 'cookies', 'consent', 'cookiebar', 'onetrust'],
  paywall: ['paywall', 'regwall'],
  'app-promo': ['smartbanner', 'app-banner', 'app-promo'],
  boilerplate: ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'sidebar', 'pagination', 'pager', 'skip-link', 'masthead', 'footer', 'author-bio', 'author-box', 'authorbox', 'about-author', 'post-tags', 'tag-list', 'tags'],
}

/** Words that say "this is the article": an element carrying one is never removed by a class word. */
const ARTICLE_WORDS = new Set(['article', 'content', 'entry', 'main', 'story', 'body', 'post-body', 'entry-content', 'article-body'])

/** Elements whose content is never cruft by its class alone (code, quotes, data). */
const PROTECTED_TAGS = new Set(['pre', 'code', 'blockquote', 'body', 'html', 'main', 'h1'])

function tokenRule(id: string, category: string, what: string): Rule {
  const words = new Set(TOKENS[category]!)
  return domRule(id, category, `Remove elements whose class or id names ${what} (whole words: ${[...words].slice(0, 6).join(', ')}…).`, 'page', (el) => {
    if (PROTECTED_TAGS.has(el.tag)) return undefined
    let hit: string | undefined
    for (const t of el.tokens) {
      if (ARTICLE_WORDS.has(t)) return undefined
      if (!hit && words.has(t)) hit = t
    }
    if (!hit) return undefined
    return { reason: `Its class or id has the word "${hit}": ${what}.`, confidence: STRONG }
  })
}

export const HIDDEN_CLASSES = new Set([
  'hidden', 'hide', 'd-none', 'sr-only', 'screen-reader-text', 'visually-hidden', 'visuallyhidden', 'invisible', 'is-hidden', 'u-hidden', 'element-invisible', 'offscreen',
])
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i

/** Words of a collapsed panel that the reader opens in place: an accordion, a tab, an FAQ answer. */
const DISCLOSURE_WORDS = new Set(['accordion', 'collapse', 'collapsible', 'collapsed', 'tabpanel', 'tab-pane', 'expandable', 'expander', 'faq', 'answer', 'disclosure'])
const DISCLOSURE_ROLES = new Set(['region', 'tabpanel'])
/** React's streamed server rendering: content arrives in `<div hidden id="S:1">` and a script moves it into place. */
const STREAMED_SEGMENT = /^S:[0-9a-f]+$/

/**
 * Hidden now, read by everyone: a streamed segment that the page's script puts in place, or a
 * collapsed disclosure panel (ARIA region or tab panel, or named as an accordion, collapse or FAQ
 * answer) that opens on a click. These are the page's content, not cruft.
 */
function revealedLater(el: DomElement): boolean {
  if (el.tag === 'div' && el.attr('hidden') !== undefined && STREAMED_SEGMENT.test(el.id)) return true
  const role = el.attr('role')?.toLowerCase()
  if (role && DISCLOSURE_ROLES.has(role) && el.attr('aria-labelledby') !== undefined) return true
  for (const t of el.tokens) if (DISCLOSURE_WORDS.has(t)) return true
  return false
}

export const hiddenElement = domRule(
  'boilerplate/hidden-element',
  'boilerplate',
  'Remove elements a reader never sees: the hidden attribute, aria-hidden="true", inline display:none or visibility:hidden, and common hidden classes.',
  'page',
  (el) => {
    if (revealedLater(el)) return undefined
    if (el.attr('hidden') !== undefined) return { reason: 'It has the hidden attribute.', confidence: CERTAIN }
    if (el.attr('aria-hidden') === 'true') return { reason: 'It is aria-hidden="true".', confidence: STRONG }
    const style = el.attr('style')
    if (style && HIDDEN_STYLE.test(style)) return { reason: 'Its inline style hides it (display:none or visibility:hidden).', confidence: CERTAIN }
    for (const c of el.classes) if (HIDDEN_CLASSES.has(c)) return { reason: `Its class "${c}" hides it.`, confidence: STRONG }
    return undefined
  },
)

const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'form'])
const CHROME_ROLES = new Set(['complementary', 'navigation', 'contentinfo', 'search', 'banner'])

export const pageChrome = domRule(
  'boilerplate/page-chrome',
  'boilerplate',
  'Remove page chrome by its element: nav, aside, footer, form and [role=complementary|navigation|contentinfo|search|banner].',
  'page',
  (el) => {
    if (CHROME_TAGS.has(el.tag)) return { reason: `It is a <${el.tag}> element: page chrome, not article text.`, confidence: STRONG }
    const role = el.attr('role')
    if (role && CHROME_ROLES.has(role.toLowerCase())) return { reason: `It has role="${role}": page chrome, not article text.`, confidence: STRONG }
    return undefined
  },
)

export const shareWidget = tokenRule('social/share-widget', 'social', 'name share buttons or social links')
export const newsletterBox = tokenRule('newsletter/signup-box', 'newsletter', 'name a newsletter or subscription box')
export const relatedWidget = tokenRule('related/widget', 'related', 'name a related-posts or recommendations widget')
export const commentsWidget = tokenRule('comments/widget-dom', 'comments', 'name a comment section, reply form or Disqus thread')
export const donateBox = tokenRule('donation/widget', 'donation', 'name a donation box')
export const adSlot = tokenRule('spam-ad/ad-slot', 'spam-ad', 'name an ad slot or promotion')
export const cookieBanner = tokenRule('cookie/banner', 'cookie', 'name a cookie or consent banner')
export const paywallBox = tokenRule('paywall/box', 'paywall', 'name a paywall prompt')
export const appBanner = tokenRule('app-promo/banner', 'app-promo', 'name an app-install banner')
export const navigationClass = tokenRule('boilerplate/navigation-class', 'boilerplate', 'name navigation, menus, sidebars, footers, tags or author boxes')

/** Class and id words of a dialog that opens over the page: a modal, a pop-up, a fly-out panel. */
const DIALOG_WORDS = new Set(['modal', 'modals', 'popup', 'popups', 'pop-up', 'flyout', 'fly-out'])
const DIALOG_ROLES = new Set(['dialog', 'alertdialog'])

/**
 * Dialogs that open over the page (a contact fly-out, a login or newsletter modal, a pop-up): not
 * part of the page's text flow, and never its article. Named by whole words of the class or id,
 * by `role="dialog"`, `aria-modal="true"` or the `<dialog>` element.
 */
export const dialogBox = domRule(
  'boilerplate/dialog',
  'boilerplate',
  'Remove dialogs that open over the page: <dialog>, role="dialog", aria-modal="true", and elements whose class or id names a modal, pop-up or fly-out.',
  'page',
  (el) => {
    if (el.tag === 'dialog') return { reason: 'It is a <dialog> element: it opens over the page.', confidence: STRONG }
    const role = el.attr('role')?.toLowerCase()
    if (role && DIALOG_ROLES.has(role)) return { reason: `It has role="${role}": it opens over the page.`, confidence: STRONG }
    if (el.attr('aria-modal') === 'true') return { reason: 'It is aria-modal="true": it opens over the page.', confidence: STRONG }
    let hit: string | undefined
    for (const t of el.tokens) {
      if (ARTICLE_WORDS.has(t)) return undefined
      if (!hit && DIALOG_WORDS.has(t)) hit = t
    }
    return hit ? { reason: `Its class or id has the word "${hit}": a dialog that opens over the page.`, confidence: STRONG } : undefined
  },
)

const LINK_LIST_TAGS = new Set(['ul', 'ol', 'dl'])
// Not <span>: an inline element inside a paragraph is a linked name or source ("By <a>Jane Doe</a>"),
// and on the benchmark pages more of the text such spans held was article than cruft.
const LINK_BOX_TAGS = new Set(['div', 'section', 'table', 'header', 'center', 'td'])
/**
 * A paragraph is prose with links in it: a linked book title "by Author (review)", a credit line
 * "Photography: <a>Studio</a> // Venue: <a>…</a>", a source. Only a paragraph that is all link
 * ("Learn more.", "View larger image", "Email") is a link line. On the benchmark's gold pages,
 * paragraphs 50-90% links held twice as much article text as cruft; those over 90% mostly cruft.
 */
const PARAGRAPH_LINK_SHARE = 0.9
/**
 * A paragraph that is a menu: 3+ links with only separators between them and a few short labels
 * ("News: a | b | c … Advts: x"). A credit line has a label for every link ("Photography: <a>…</a>
 * // Design: <a>…</a>"): at most one label per three links is a menu.
 */
const MENU_LINKS = 3
const MENU_SEPARATORS = /^[\s|•·:/\\\-–—»«>,.()[\]]*$/u
const MENU_LABEL = /[\p{L}\p{N}][\p{L}\p{N} ]{0,20}:/gu
const MAX_MENU_REST = 300

function isLinkMenu(el: DomElement): boolean {
  if (!(el instanceof HElement)) return false
  const { links, rest } = linksOf(el)
  if (links < MENU_LINKS || rest.length > MAX_MENU_REST) return false
  let labels = 0
  const separators = rest.replace(MENU_LABEL, () => {
    labels++
    return ' '
  })
  return labels * MENU_LINKS <= links && MENU_SEPARATORS.test(separators)
}

/** Link density: inside the article, a list or box that is mostly links is navigation or a link list. */
export const linkDense = domRule(
  'boilerplate/link-dense',
  'boilerplate',
  'Remove lists, boxes and paragraphs inside the article whose text is mostly links (navigation, tag clouds, link lists, link lines).',
  'article',
  (el) => {
    if (el.textLength === 0 || el.hasAncestor('pre') || el.hasAncestor('blockquote')) return undefined
    const d = el.linkDensity
    if (LINK_LIST_TAGS.has(el.tag) && d >= 0.6) {
      return { reason: `${Math.round(d * 100)}% of the list's text is links.`, confidence: STRONG }
    }
    if (el.tag === 'p' && d >= PARAGRAPH_LINK_SHARE) {
      return { reason: `${Math.round(d * 100)}% of the paragraph's text is links.`, confidence: LIKELY }
    }
    if (el.tag === 'p' && d > 0.5 && isLinkMenu(el)) {
      return { reason: `The paragraph is a menu: links with only separators between them (${Math.round(d * 100)}% links).`, confidence: LIKELY }
    }
    if (LINK_BOX_TAGS.has(el.tag) && d > 0.5 && el.textLength < 3000) {
      return { reason: `${Math.round(d * 100)}% of the element's text is links.`, confidence: LIKELY }
    }
    return undefined
  },
)

/** The siblings after a comment-section heading (its work is done in clean.ts with threads.ts). */
export const threadAfterHeading = domRule(
  'comments/thread-after-heading',
  'comments',
  'Remove the comments that follow a comment-section heading ("3 Comments", <h2 id="comments">) as its siblings, once the article\'s prose has come before it.',
  'page',
  () => undefined,
)

/** Headings with no article text after them (its work is done in clean.ts with headings.ts). */
export const trailingHeading = domRule(
  'boilerplate/trailing-heading',
  'boilerplate',
  'Remove headings left at the end of the article with no text after them (the title of a removed or empty box: "You may also like", "Latest news").',
  'article',
  () => undefined,
)

/**
 * Figure captions (its work is done in clean.ts). The gold of every benchmark set that has
 * `<figcaption>` leaves captions out of the article (wcxb 101 of 111, dragnet 8 of 8, and the
 * trafilatura snippets put 34 captions among what must go against 5 among what must stay): a
 * caption describes a picture the text reader does not get.
 */
export const figureCaption = domRule(
  'boilerplate/figure-caption',
  'boilerplate',
  'Remove picture captions (<figcaption>) from the article; captions of a quote, code listing or data table, and long ones that are prose set in a figure, stay.',
  'article',
  () => undefined,
)

/** Everything outside the element chosen as the article. Switch it off to clean the whole page. */
export const outsideArticle = domRule(
  'boilerplate/outside-article',
  'boilerplate',
  'Remove what lies outside the main content the article finder chose (site header, menus, sidebars, footers).',
  'page',
  () => undefined,
)

/** Elements matched by a site's remove-selectors (`options.sites`). */
export const siteRemove = domRule('site/remove', 'boilerplate', "Remove elements matched by the site rules' remove-selectors (options.sites).", 'page', () => undefined)

/** Blocks containing a site's extra phrases (`options.sites`). */
export const sitePhrase = domRule('site/phrase', 'boilerplate', "Remove blocks containing the site rules' extra phrases (options.sites).", 'article', () => undefined)

export const OUTSIDE_ARTICLE = outsideArticle.meta.id
export const THREAD_AFTER_HEADING = threadAfterHeading.meta.id
export const TRAILING_HEADING = trailingHeading.meta.id
export const FIGURE_CAPTION = figureCaption.meta.id
export const SITE_REMOVE = siteRemove.meta.id
export const SITE_PHRASE = sitePhrase.meta.id

/** The DOM rules in the order they are tried on an element (the first that reports wins). */
export const htmlRules: readonly AnyRule[] = [
  hiddenElement,
  siteRemove,
  commentsWidget,
  shareWidget,
  relatedWidget,
  newsletterBox,
  donateBox,
  cookieBanner,
  paywallBox,
  appBanner,
  adSlot,
  pageChrome,
  navigationClass,
  dialogBox,
  linkDense,
  figureCaption,
  threadAfterHeading,
  outsideArticle,
  sitePhrase,
  trailingHeading,
]

export const htmlRuleSet = defineRuleSet({ name: 'decruft-html', rules: htmlRules })
