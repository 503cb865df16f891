import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseHTML } from 'linkedom'
import { html } from './helpers.js'
import { proseOf } from '../../src/html/extract.js'
import { threadsAfterHeadings } from '../../src/html/threads.js'
import { readDom, type DomNodeLike } from '../../src/html/tree.js'

const fixture = (name: string): string => readFileSync(new URL(`../../test-fixtures/html/${name}`, import.meta.url), 'utf8')
const PROSE = '<p>The council met on Tuesday evening to decide the future of the old swimming baths, which have been closed since the roof was found to be unsafe two winters ago, and voted to repair them.</p>'.repeat(4)

describe('comments/thread-after-heading', () => {
  const r = html(fixture('comment-thread.html'))
  it('keeps the post', () => {
    expect(r.text).toContain('The first estimate of third-quarter output came out on Friday')
    expect(r.text).toContain('Housing was the one bright spot.')
  })
  it('removes the comments that follow <h2 id="comments"> as its siblings', () => {
    expect(r.text).not.toContain('Why leave out the drought?')
    expect(r.text).not.toContain('I am surprised the numbers were this good')
    expect(r.text).not.toContain('Posted by: Jon')
    expect(r.removed.find((x) => x.text.includes('Why leave out the drought?'))?.ruleId).toBe('comments/thread-after-heading')
  })
  it('takes a heading whose text is a comment title, in other languages too', () => {
    const page = `<html><body><div>${PROSE}<h3>3 Kommentare</h3><div><p>Sehr schöner Beitrag, vielen Dank dafür, das hat mir sehr geholfen.</p></div></div></body></html>`
    const out = html(page)
    expect(out.text).toContain('voted to repair them.')
    expect(out.text).not.toContain('Sehr schöner Beitrag')
    expect(out.removed.find((x) => x.text.includes('Sehr schöner Beitrag'))?.ruleId).toBe('comments/thread-after-heading')
  })
  it('cuts nothing when the heading comes before the article prose', () => {
    const page = `<html><body><div><h2 class="comments-link">2 Comments</h2><div>${PROSE}</div></div></body></html>`
    expect(html(page).text).toContain('voted to repair them.')
  })
  it('cuts nothing when a sibling after the heading is named as the article', () => {
    const page = `<html><body><div><div>${PROSE}</div><h2>Comments</h2><div class="entry-content">${PROSE.replace(/council/g, 'committee')}</div></div></body></html>`
    expect(html(page).text).toContain('The committee met on Tuesday evening')
  })
  it('is switched off like any rule', () => {
    const off = html(fixture('comment-thread.html'), { rules: { 'comments/thread-after-heading': 'off' } })
    expect(off.removed.some((x) => x.ruleId === 'comments/thread-after-heading')).toBe(false)
    expect(off.text).toContain('Why leave out the drought?')
  })
  it('stays linear on many comment headings before an article-named sibling', () => {
    const page = `<div>${PROSE}${'<h3>Comments</h3><p>A short comment.</p>'.repeat(20000)}<div class="entry-content">${PROSE}</div></div>`
    const body = readDom(parseHTML(`<html><body>${page}</body></html>`).document.body as unknown as DomNodeLike)
    const prose = proseOf(body)
    const t = performance.now()
    expect(threadsAfterHeadings(body, prose)).toEqual([])
    // Quadratic (every heading scanning its 40,000 siblings) takes seconds; linear takes milliseconds.
    expect(performance.now() - t).toBeLessThan(1000)
  })
})
