import { describe, it } from 'vitest'
import { copyright } from '../../../src/rules/legal/copyright.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(copyright, {
  keep: [
    'The author sued over copyright infringement, saying the film copied her novel.',
    'Das Urheberrecht schützt auch Fotos, sagte der Anwalt.',
    'The court said all rights to the land had passed to the tribe in 1921, ending a century of disputes over the valley and its forests.',
  ],
  remove: [
    '© 2020 The Example Daily. All rights reserved.',
    'Alle Rechte vorbehalten.',
    'Tous droits réservés',
    'Tutti i diritti riservati',
    'Wszelkie prawa zastrzeżone.',
    'Copyright 2021 Example Media',
  ],
})
