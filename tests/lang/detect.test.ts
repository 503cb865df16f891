import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/lang/detect.js'

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
})
