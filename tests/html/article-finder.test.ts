import { describe, expect, it } from 'vitest'
import { html } from './helpers.js'

const ref = (i: number) => `<li>Author${i} A, Second B, Third C, Fourth D. A study of drug reactions, number ${i}, in patients, with outcomes, costs, and follow-up. J Clin Res. 2015;${i}(2):100-${110 + i}.</li>`
const REFERENCES = `<section><div class="section"><h2>References</h2><div class="section-content"><div><ol class="references">${Array.from({ length: 24 }, (_, i) => ref(i + 1)).join('')}</ol></div></div></div></section>`
const SECTION = (title: string, texts: readonly string[]) => `<section><div class="section"><h2>${title}</h2><div class="section-content">${texts.map((t) => `<p>${t}</p>`).join('')}</div></div></section>`

describe('a list that outscores the article (a paper\'s references)', () => {
  // Figures and tables beside the prose keep the finder from widening to the paper on prose alone.
  it('takes the text the list belongs to when an ancestor scores near the list', () => {
    const page = `<html><body><main><div class="paper">
${SECTION('Abstract', ['The purpose of the review is to summarise what is known about severe drug reactions, how they present, and how they are treated in clinics today.'])}
<table><tr><th>Drug</th><th>Cases</th><th>Onset (days)</th><th>Deaths</th></tr>${['Allopurinol', 'Carbamazepine', 'Sulfasalazine', 'Minocycline', 'Dapsone', 'Leflunomide', 'Lamotrigine', 'Phenytoin', 'Vancomycin', 'Abacavir', 'Nevirapine', 'Phenobarbital'].map((d, i) => `<tr><td>${d}</td><td>${240 - i * 15}</td><td>${14 + i * 3}</td><td>${19 - i}</td></tr>`).join('')}</table>
<div class="text">${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the review discusses the drugs most often reported, the time to onset, the organs involved, and the treatment that helped.</p>`).join('')}</div>
${REFERENCES}
</div></main></body></html>`
    const r = html(page)
    expect(r.text).toContain('The purpose of the review is to summarise')
    expect(r.text).toContain('Paragraph 1 of the review')
    expect(r.text).toContain('Carbamazepine')
    expect(r.text).toContain('A study of drug reactions, number 1,')
  })
  it('keeps a list that is the article: nothing around it scores near it', () => {
    const page = `<html><body><div class="menu"><p>Home, News, Sport, Weather, and more.</p></div><div class="page"><h1>Twenty-four studies of drug reactions</h1>${REFERENCES}</div></body></html>`
    const r = html(page)
    expect(r.text).toContain('A study of drug reactions, number 24,')
    expect(r.text).not.toContain('Home, News, Sport')
  })
})
