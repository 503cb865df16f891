import { describe, it } from 'vitest'
import { sourceLink } from '../../../src/rules/source-link/source-link.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(sourceLink, {
  keep: [
    'The source of the leak has not been identified, police said.',
    'Die Quelle des Feuers ist noch unbekannt, sagte ein Sprecher der Feuerwehr.',
    'La fonte del finanziamento resta sconosciuta.',
    // A sentence of the article that begins with "Source:" and goes on is prose (over the 30-word limit).
    'Source: the ministry said the figures were preliminary and would be revised in the spring, according to officials who spoke on condition of anonymity because they were not allowed to discuss the plan before the cabinet had approved it.',
  ],
  remove: [
    'Source link',
    'The post Ten tips for winter hiking appeared first on Trail Notes.',
    'Originally published at example.com',
    'Quelle: dpa',
    'Dieser Artikel erschien zuerst auf example.de',
    'Fuente: EFE',
    'Fonte: ANSA',
    'Bron: NOS',
    'Fonte: Agência Brasil',
    'Źródło: PAP',
  ],
})
