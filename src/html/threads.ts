import { elements, type HElement } from './tree.js'

/**
 * Comment threads that follow their heading as siblings. Blog engines of every age (Movable
 * Type, Blogger, many WordPress themes) write `<h2 id="comments">Comments</h2>` and then each
 * comment as a sibling `<div>` or `<p>` with no container that a class word could name. The
 * heading goes by its name (comments/widget-dom); this pass takes the siblings after it too.
 *
 * A heading counts when it is short and either its class or id has a comment word or its text
 * is a comment-section title in one of the common languages ("3 Comments", "12 thoughts on “…”",
 * "Kommentare (34)", "5 Gedanken zu …", "Laisser un commentaire"). Guards, so that the article
 * is never cut: enough prose comes before the heading in the page (the article precedes its
 * comments), and no sibling after it is named or tagged as the article.
 */

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const COMMENT_WORDS = new Set(['comments', 'comment', 'commentlist', 'comments-title', 'comment-title', 'comments-area', 'responses', 'respond', 'reply-title', 'disqus'])
/** Words that name the article: a sibling carrying one is not a comment. */
const ARTICLE_WORDS = new Set(['article', 'entry-content', 'post-content', 'article-body', 'story-body', 'post-body'])
const MAX_HEADING = 120
/** Characters of prose that must come before the heading in the page. */
export const MIN_PROSE_BEFORE = 500

const NUMBER = String.raw`(?:\d+|no|one|two|three|four|five|ein(?:e|en)?|zwei|drei|keine|un|une|deux|trois|sin|uno|dos|tres)`
/** The whole heading is a comment-section title (case-insensitive), optionally with a count "(12)" or a quoted post title. */
const TITLE = new RegExp(
  [
    String.raw`^(?:${NUMBER}\s+)?(?:reader\s+)?(?:comments?|responses?|replies|kommentare?|leserkommentare|commentaires?|comentarios?|commenti|reacties|komentarze?)\s*(?:\(\s*\d+\s*\)|:|»)?$`,
    String.raw`^(?:${NUMBER}\s+)(?:thoughts?|comments?|responses?|replies|gedanken|antworten|kommentare?|commentaires?|comentarios?)\s+(?:on|to|zu|sur|en|a|em)\b`,
    String.raw`^(?:leave|post|add|write)\s+(?:a|your)\s+(?:comment|reply|response)\b`,
    String.raw`^(?:schreibe|hinterlasse|hinterlassen\s+sie)\s+(?:einen|eine|jetzt\s+einen)\s+(?:kommentar|antwort)\b`,
    String.raw`^kommentar\s+(?:verfassen|schreiben|erstellen)\b`,
    String.raw`^(?:laisser|laissez|ajouter)\s+un\s+commentaire\b`,
    String.raw`^(?:deja|dejar|escribe)\s+(?:un|una|tu)\s+(?:comentario|respuesta)\b`,
  ].join('|'),
  'iu',
)

export function isCommentHeading(el: HElement): boolean {
  if (!HEADINGS.has(el.tag) || el.textLength === 0 || el.textLength > MAX_HEADING) return false
  for (const t of el.tokens) if (COMMENT_WORDS.has(t)) return true
  return TITLE.test(el.text)
}

function namesArticle(el: HElement): boolean {
  if (el.tag === 'article' || el.tag === 'main') return !hasCommentWord(el)
  for (const t of el.tokens) if (ARTICLE_WORDS.has(t)) return !hasCommentWord(el)
  return false
}

function hasCommentWord(el: HElement): boolean {
  for (const t of el.tokens) if (COMMENT_WORDS.has(t)) return true
  return false
}

/**
 * Walks the page in document order; `prose` gives each element's prose characters (extract.ts
 * proseOf), counted for the block-level units only. Returns the siblings to remove after each
 * comment heading that passes the guards (the heading itself is judged by the class-word rules).
 */
export function threadsAfterHeadings(body: HElement, prose: ReadonlyMap<HElement, number>): HElement[] {
  const out: HElement[] = []
  const taken = new Set<HElement>()
  // Parents where a heading was refused because an article-named sibling follows: the headings
  // after it in the same parent see the same sibling, so they are not scanned again (linear time).
  const refused = new Set<HElement>()
  let before = 0
  // Removed subtrees are not entered (their text is gone), except a removed heading itself.
  for (const el of elements(body, (c) => !c.removed || HEADINGS.has(c.tag))) {
    if (el.parent?.removed || cut(el, taken)) continue
    if (!el.hasBlock && !el.removed) before += prose.get(el) ?? 0
    if (before < MIN_PROSE_BEFORE || !el.parent || refused.has(el.parent) || !isCommentHeading(el)) continue
    const sibs = el.parent.children
    const after: HElement[] = el.removed ? [] : [el]
    let article = false
    for (let i = sibs.indexOf(el) + 1; i < sibs.length; i++) {
      const s = sibs[i]!
      if (s.kind !== 'element' || s.removed) continue
      if (namesArticle(s)) article = true
      after.push(s)
    }
    if (article) refused.add(el.parent)
    if (article || after.length === (el.removed ? 0 : 1)) continue
    for (const s of after) {
      out.push(s)
      taken.add(s)
    }
  }
  return out
}

/** Whether an element lies in a subtree already taken (a walk up the tree, whose depth is bounded). */
function cut(el: HElement, taken: ReadonlySet<HElement>): boolean {
  if (!taken.size) return false
  for (let p: HElement | undefined = el; p; p = p.parent) if (taken.has(p)) return true
  return false
}
