import { describe, expect, it } from 'vitest'
import { html, paragraphs } from './helpers.js'

const STORY = paragraphs([
  'Heat pumps moved past gas boilers in new homes last year for the first time, the builders federation said on Tuesday, after two winters of high gas prices.',
  'Installers say the wait for a heat pump has fallen from four months to six weeks, and that most buyers now ask for one before they ask about the kitchen.',
  'The federation expects the share to rise again this year, when the new rules on insulation for new homes come into force in the spring.',
  'Gas boilers will not be fitted in new homes at all from 2027, and the federation says most of its members have already stopped offering them.',
])

describe('class words of a call-to-action box (spam-ad/ad-slot)', () => {
  it('removes a box whose class names a call to action', () => {
    const r = html(`<html><body><article>${STORY}<div class="es-cta-card"><p>Get a personalized plan for an energy-saving home.</p><a href="/plan">Start now</a></div></article></body></html>`)
    expect(r.text).toContain('come into force in the spring.')
    expect(r.text).not.toContain('Get a personalized plan')
    expect(r.removed.find((x) => x.text.includes('Get a personalized plan'))?.ruleId).toBe('spam-ad/ad-slot')
  })
  it('keeps the article when the element that holds it is named after the box below it', () => {
    const r = html(`<html><body><div class="above-cta">${STORY}</div><div class="cta"><p>Book a call with our team.</p></div></body></html>`)
    expect(r.text).toContain('Heat pumps moved past gas boilers')
    expect(r.text).not.toContain('Book a call')
  })
})

describe('the safety valve', () => {
  it('gives the page back, with a warning, when the DOM rules would leave no text', () => {
    const r = html('<html><body><div class="promo"><p>The ferry to the island leaves at nine from the north pier, and the last boat back is at six.</p></div></body></html>')
    expect(r.text).toContain('The ferry to the island leaves at nine')
    expect(r.warnings.map((w) => w.code)).toContain('restored-to-avoid-empty')
  })
})

describe('numbered class and id names', () => {
  it('reads `comments18-wrapper` as the word "comments"', () => {
    const r = html(`<html><body><article>${STORY}<div id="comments18-wrapper"><p>Para comentar debes registrarte y completar los datos generales.</p></div></article></body></html>`)
    expect(r.text).not.toContain('Para comentar')
    expect(r.removed.find((x) => x.text.includes('Para comentar'))?.ruleId).toBe('comments/widget-dom')
  })
  it('strips only trailing digits of a whole word: `commentary2` is not `comment`', () => {
    const r = html(`<html><body><article>${STORY}<div id="commentary2"><p>The builders federation added that it would publish the full figures for every region in March.</p></div></article></body></html>`)
    expect(r.text).toContain('publish the full figures for every region')
  })
})

describe('a post-rating widget (social/share-widget)', () => {
  it('removes the WP-PostRatings box under the article', () => {
    const r = html(`<html><body><article>${STORY}<div id="post-ratings-4373" class="post-ratings"><strong>War der Artikel nützlich?</strong> (Noch keine Bewertungen)</div></article></body></html>`)
    expect(r.text).not.toContain('Noch keine Bewertungen')
    expect(r.removed.find((x) => x.text.includes('Noch keine Bewertungen'))?.ruleId).toBe('social/share-widget')
  })
  it("keeps a review's own ratings box", () => {
    const r = html(`<html><body><article>${STORY}<div class="ratings"><p>Our testers rated the heat pump 4 out of 5 for noise, and 5 out of 5 for running costs.</p></div></article></body></html>`)
    expect(r.text).toContain('Our testers rated the heat pump 4 out of 5')
  })
})

describe('a heading whose id is an anchor made from its own text', () => {
  it('keeps the section heading: the id spells the text, it names no widget', () => {
    const r = html(`<html><body><article>${STORY}<h3 id="h-social-media-video">Social Media Video</h3><p>Short clips of an installation did better than any advert the federation ran, its spokesman said.</p><h3 id="nav_nur_die_folie__1" class="subheading">Nur die Folie bleibt zurück</h3><p>The old units are shredded, and only the plastic film is left over at the end of the process.</p></article></body></html>`)
    expect(r.text).toContain('Social Media Video')
    expect(r.text).toContain('Nur die Folie bleibt zurück')
  })
  it('still reads an id that names a widget: one word, or words the heading does not say', () => {
    const r = html(`<html><body><article>${STORY}<h3 id="comments">3 Comments</h3><h3 id="related-posts">You may also like</h3><p class="x">Ten ways to keep your heat pump quiet at night.</p></article></body></html>`)
    expect(r.text).not.toContain('3 Comments')
    expect(r.removed.find((x) => x.text === 'You may also like')?.ruleId).toBe('related/widget')
  })
})

describe('modifier words in a class name (`--has-ads`, `--no-sidebar`)', () => {
  it('does not read the words after has/with/no/without as what the element is', () => {
    const r = html(`<html><body><article><section class="o-section o-section--has-ads"><p>The federation published its yearly report on new homes on Tuesday, and one figure stood out.</p></section><section class="post--no-sidebar">${STORY}</section></article></body></html>`)
    expect(r.text).toContain('The federation published its yearly report')
    expect(r.text).toContain('Heat pumps moved past gas boilers')
  })
  it('still reads the words before them: `share-with-friends` is a share box, `ads` an ad', () => {
    const r = html(`<html><body><article>${STORY}<div class="share-with-friends"><p>Send this story to a friend who is thinking about a heat pump.</p></div><div class="ads"><p>Heat pumps at half price this week only at our partner shop.</p></div></article></body></html>`)
    expect(r.removed.find((x) => x.text.includes('Send this story'))?.ruleId).toBe('social/share-widget')
    expect(r.removed.find((x) => x.text.includes('half price'))?.ruleId).toBe('spam-ad/ad-slot')
  })
})
