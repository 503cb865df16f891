import { describe, it } from 'vitest'
import { photoCredit } from '../../../src/rules/boilerplate/photo-credit.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(photoCredit, {
  keep: [
    // Near misses: the credit words in prose.
    'Photographs taken by the agency show the flooded valley from above.',
    'Das Foto zeigt den Bürgermeister bei der Eröffnung der neuen Brücke am Montag.',
    'Shares of Getty Images rose 4 percent after the company reported higher sales.',
    // A wire agency's own notice is the story's, not a picture credit.
    '(Copyright 2008 by The Associated Press. All Rights Reserved.)',
    // A wire-agency sign-off without a stock-photo library or a credit label.
    'mk/PAP',
  ],
  remove: [
    'Foto: Klaus Beispiel',
    'Bild: Hersteller',
    '(crédito: Ana Ejemplo/Agencia)',
    '(© Verband/Erika Muster)',
    'Straßenszene / Shutterstock',
    'Photo: Jane Example / Getty Images',
    'Der neue Vorsitzende bei seiner ersten Rede im Landtag. Foto: Max Muster',
    'Die Brücke wurde 1902 gebaut. © Stadtarchiv | Peter Beispiel',
  ],
})
