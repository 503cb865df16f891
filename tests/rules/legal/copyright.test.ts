import { describe, it } from 'vitest'
import { copyright } from '../../../src/rules/legal/copyright.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(copyright, {
  keep: [
    // Prose that starts with the word: no rights formula, a full sentence.
    'Copyright lawyers say the ruling will change how AI models are trained on books and news articles.',
    'The author sued over copyright infringement, saying the film copied her novel.',
    'Das Urheberrecht schützt auch Fotos, sagte der Anwalt.',
    'The court said all rights to the land had passed to the tribe in 1921, ending a century of disputes over the valley and its forests.',
    // A wire story's own credit line: news corpora count it as part of the story.
    'Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    'Copyright (c) Press Association Ltd. 2015, All Rights Reserved.',
    '(c) Indo-Asian News Service',
    // Consent in the story, not a reprint notice.
    'The photos were published without the written consent of the family, the court found.',
  ],
  remove: [
    '© 2020 The Example Daily. All rights reserved.',
    'Alle Rechte vorbehalten.',
    'Tous droits réservés',
    'Tutti i diritti riservati',
    'Wszelkie prawa zastrzeżone.',
    'Copyright 2021 Example Media',
    // Near miss of the agency guard: a photo credit naming an agency is not a wire notice.
    '© dpa | Max Mustermann',
    'Copyright 2023 Example Television Corp. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    // A financial wire's notice under its stories.
    'The copying, republication or redistribution of Example News Content, including by framing or similar means, is expressly prohibited without the prior written consent of Example News. Example News and the Example News Logo are registered trademarks of Example News Limited. For more information and to contact us: www.example.com',
  ],
})
