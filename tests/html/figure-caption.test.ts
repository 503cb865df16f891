import { describe, expect, it } from 'vitest'
import { html, paragraphs } from './helpers.js'

const STORY = paragraphs([
  'The county will close the Mill Lane bridge for six weeks from Monday while engineers replace the deck, which an inspection found cracked in two places.',
  'Drivers will be sent along the ring road, which adds about ten minutes at peak times, and the number 12 bus will stop at the station instead of the square.',
  'Cyclists and walkers can still cross on a temporary footbridge that the contractor will put up beside the old one before the work starts.',
])
const page = (figure: string) => `<html><body><article><h1>Mill Lane bridge to close for six weeks</h1>${STORY}${figure}<p>The county says the bridge should reopen before the school holidays begin.</p></article></body></html>`

describe('picture captions (boilerplate/figure-caption)', () => {
  it("removes a picture's caption, with its rule id, and keeps the article around it", () => {
    const r = html(page('<figure><img src="bridge.jpg" alt=""><figcaption>The Mill Lane bridge seen from the towpath last spring.</figcaption></figure>'))
    expect(r.text).not.toContain('seen from the towpath')
    expect(r.removed.find((x) => x.text.includes('seen from the towpath'))?.ruleId).toBe('boilerplate/figure-caption')
    expect(r.text).toContain('temporary footbridge')
    expect(r.text).toContain('should reopen before the school holidays')
  })
  it('keeps the caption of a quote, a listing or a data table: it names what the figure holds', () => {
    const quote = html(page('<figure><blockquote><p>We had no choice once the cracks were found.</p></blockquote><figcaption>Anna Berg, county engineer</figcaption></figure>'))
    expect(quote.text).toContain('Anna Berg, county engineer')
    const table = html(page('<figure><figcaption>Traffic on the bridge, cars a day</figcaption><table><tr><th>Year</th><th>Cars</th></tr><tr><td>2023</td><td>8,400</td></tr></table></figure>'))
    expect(table.text).toContain('Traffic on the bridge, cars a day')
  })
  it('keeps a figcaption as long as several paragraphs: that is prose set in a figure, not a caption', () => {
    const lead = 'The county had planned to repair the bridge in 2026, but the inspection in March found two cracks in the deck that could not wait, and the council agreed on Tuesday to bring the work forward by two years. '.repeat(3)
    const r = html(page(`<figure><img src="deck.jpg" alt=""><figcaption>${lead}</figcaption></figure>`))
    expect(r.text).toContain('bring the work forward by two years')
  })
  it('keeps every caption when the rule is off', () => {
    const r = html(page('<figure><img src="bridge.jpg" alt=""><figcaption>The Mill Lane bridge seen from the towpath last spring.</figcaption></figure>'), { rules: { 'boilerplate/figure-caption': 'off' } })
    expect(r.text).toContain('The Mill Lane bridge seen from the towpath last spring.')
  })
  it('handles many captions in one figure in linear time', () => {
    const captions = '<figcaption>A picture of the bridge deck.</figcaption>'.repeat(20000)
    const t = performance.now()
    const r = html(page(`<figure><img src="a.jpg" alt="">${captions}</figure>`))
    expect(performance.now() - t).toBeLessThan(5000)
    expect(r.text).not.toContain('A picture of the bridge deck.')
  })
})
