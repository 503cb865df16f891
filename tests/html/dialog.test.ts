import { describe, expect, it } from 'vitest'
import { html, paragraphs } from './helpers.js'

const RECIPE = paragraphs([
  'Warm the milk until it is just lukewarm, stir in the yeast and a spoon of the sugar, and leave it for ten minutes until it foams.',
  'Mix the flour, the rest of the sugar and the salt, pour in the milk and the melted butter, and knead for five minutes into a smooth dough.',
  'Cover the bowl and let the dough rise in a warm place for an hour, until it has doubled, then divide it into twelve muffin cups.',
  'For the topping melt the butter with the honey and the cream, stir in the flaked almonds and let the mixture cool a little.',
  'Spread the almond mixture over the muffins and bake them for twenty minutes until the topping is golden brown.',
  'Let the muffins cool on a rack, cut them in half and fill them with the vanilla cream just before you serve them.',
])

// A contact panel that opens over the page: more prose per element than the recipe's steps, and
// named "content" inside, so the article finder preferred it before it was known as a dialog.
const FLYOUT = `<div class="contactflyout"><div class="contactflyout-modal"><div class="contactflyout-content">
<p>Our consumer service gladly answers your questions about products, recipes, ingredients, complaints, tours, seminars, demonstrations.</p>
<p>Call us, or use our free web chat: weekdays, nine to twelve; Saturdays, nine to three; holidays, closed.</p>
</div></div></div>`

describe('dialogs that open over the page (boilerplate/dialog)', () => {
  it('removes a fly-out named by the word "modal", and the article finder takes the recipe', () => {
    const r = html(`<html><body><div class="recipe"><h1>Bee sting muffins</h1><div class="steps">${RECIPE}</div></div>${FLYOUT}</body></html>`)
    expect(r.text).toContain('Warm the milk until it is just lukewarm')
    expect(r.text).toContain('divide it into twelve muffin cups')
    expect(r.text).not.toContain('consumer service')
    expect(r.removed.find((x) => x.text.includes('consumer service'))?.ruleId).toBe('boilerplate/dialog')
    const off = html(`<html><body><div class="recipe"><h1>Bee sting muffins</h1><div class="steps">${RECIPE}</div></div>${FLYOUT}</body></html>`, { rules: { 'boilerplate/dialog': 'off' } })
    expect(off.text).toContain('consumer service')
  })
  it('removes role="dialog", aria-modal and <dialog>', () => {
    const box = (attrs: string, text: string) => `<div ${attrs}><p>${text}</p></div>`
    const r = html(`<html><body><article>${RECIPE}${box('role="dialog"', 'Sign in to save this recipe to your list.')}${box('aria-modal="true"', 'Get our weekly recipe letter in your inbox.')}<dialog><p>Rate this recipe before you go.</p></dialog></article></body></html>`)
    expect(r.text).toContain('divide it into twelve muffin cups')
    for (const t of ['Sign in to save', 'weekly recipe letter', 'Rate this recipe']) expect(r.text).not.toContain(t)
  })
  it('keeps words that only contain the name (`modality`, `popupstore`) and an element that holds the article', () => {
    const r = html(`<html><body><article><div class="modality">${RECIPE}</div><p class="popupstore">The bakery runs a pop-up store at the market every Saturday, with these muffins on the counter.</p></article></body></html>`)
    expect(r.text).toContain('divide it into twelve muffin cups')
    expect(r.text).toContain('The bakery runs a pop-up store')
    const whole = html(`<html><body><div class="modal">${RECIPE}</div><div class="menu"><a href="/">Home</a></div></body></html>`)
    expect(whole.text).toContain('Warm the milk until it is just lukewarm')
  })
})
