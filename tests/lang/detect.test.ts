import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/lang/detect.js'
import { STOPWORDS } from '../../src/lang/stopwords/index.js'

describe('detectLanguage', () => {
  const cases: [string, string][] = [
    ['en', 'The council said on Tuesday that the library would stay open for another five years, and that the budget would be reviewed in the spring.'],
    ['de', 'Der Gemeinderat hat am Dienstag beschlossen, dass die Bibliothek für weitere fünf Jahre offen bleibt und der Etat im Frühjahr geprüft wird.'],
    ['fr', 'Le conseil municipal a décidé mardi que la bibliothèque resterait ouverte pendant cinq ans de plus, et que le budget serait revu au printemps.'],
    ['es', 'El ayuntamiento decidió el martes que la biblioteca seguirá abierta otros cinco años y que el presupuesto se revisará en la primavera.'],
    ['it', 'Il consiglio comunale ha deciso martedì che la biblioteca resterà aperta per altri cinque anni e che il bilancio sarà rivisto in primavera.'],
    ['nl', 'De gemeenteraad heeft dinsdag besloten dat de bibliotheek nog vijf jaar open blijft en dat het budget in het voorjaar wordt herzien.'],
    ['pt', 'A câmara municipal decidiu na terça-feira que a biblioteca vai continuar aberta por mais cinco anos e que o orçamento será revisto na primavera.'],
    ['pl', 'Rada miasta zdecydowała we wtorek, że biblioteka będzie otwarta przez kolejne pięć lat, a budżet zostanie sprawdzony na wiosnę, jak też to, czy jest on wystarczający.'],
  ]
  for (const [lang, text] of cases) it(`detects ${lang}`, () => expect(detectLanguage(text)).toBe(lang))

  it('reads a list of blocks as well as a string', () => {
    expect(detectLanguage([{ text: 'Der Rat hat entschieden.' }, { text: 'Die Bibliothek bleibt für alle Bürger offen, sagte der Bürgermeister, und das ist gut so.' }])).toBe('de')
  })
  it('returns undefined for text too short to tell', () => {
    expect(detectLanguage('Facebook Twitter')).toBeUndefined()
    expect(detectLanguage('')).toBeUndefined()
  })
  it('returns undefined for a language it has no list for', () => {
    expect(detectLanguage('Kunnanvaltuusto päätti tiistaina, että kirjasto pysyy auki vielä viisi vuotta ja budjetti tarkistetaan keväällä.')).toBeUndefined()
  })
  it('stops reading once one language leads clearly, and reads on while it does not', () => {
    const english = 'The council said that it would keep the library open for all of the people who use it, and that the budget for the year was in good shape. '
    const german = 'Der Rat hat gesagt, dass die Bibliothek für alle Bürger offen bleibt und dass der Haushalt in diesem Jahr in Ordnung ist. '
    // A clear English start decides, however much German follows.
    expect(detectLanguage(english.repeat(2) + german.repeat(40))).toBe('en')
    // One short English sentence is no clear lead: the German that follows is read and wins.
    expect(detectLanguage('It is in the news. ' + german.repeat(40))).toBe('de')
  })
  it('reads no further than maxChars', () => {
    const german = 'Der Rat hat gesagt, dass die Bibliothek für alle Bürger offen bleibt und dass der Haushalt in diesem Jahr in Ordnung ist. '
    expect(detectLanguage('x'.repeat(500) + ' ' + german.repeat(5), { maxChars: 400 })).toBeUndefined()
    expect(detectLanguage([{ text: 'x'.repeat(500) }, { text: german.repeat(5) }], { maxChars: 400 })).toBeUndefined()
  })

  it('ignores case, capitals beyond ASCII included', () => {
    // Words are looked up lower-cased only when they may hold a capital: the answer must not depend on case.
    const vocabulary = ['the', 'of', 'and', 'der', 'die', 'und', 'für', 'über', 'le', 'les', 'être', 'el', 'los', 'qué', 'het', 'een', 'się', 'że', 'também', 'não', 'Straße', 'Bibliothek', 'council', 'Łódź']
    const cased = fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom('lower', 'upper', 'title')).map(([w, c]) => (c === 'upper' ? w.toUpperCase() : c === 'title' ? w[0]!.toUpperCase() + w.slice(1) : w))
    fc.assert(
      fc.property(fc.array(cased, { minLength: 1, maxLength: 60 }), (words) => {
        const text = words.join(' ')
        expect(detectLanguage(text)).toBe(detectLanguage(text.toLowerCase()))
      }),
      { numRuns: 500 },
    )
  })

  it('counts the longest stop word of every list (longer runs of letters are skipped unread)', () => {
    for (const [code, words] of Object.entries(STOPWORDS)) {
      const others = Object.entries(STOPWORDS).filter(([c]) => c !== code)
      const own = [...words].filter((w) => others.every(([, list]) => !list.has(w)) && /^\p{L}+$/u.test(w))
      const longest = own.reduce((a, b) => (b.length > a.length ? b : a))
      expect(detectLanguage(Array(30).fill(longest).join(' ')), `${code}: "${longest}"`).toBe(code)
    }
  })
})
