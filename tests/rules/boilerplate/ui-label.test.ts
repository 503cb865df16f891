import { describe, it } from 'vitest'
import { uiLabel } from '../../../src/rules/boilerplate/ui-label.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(uiLabel, {
  keep: [
    'The contents of the letter were never published.',
    'Inhalt',
    // Near misses: the words in a sentence or a headline.
    'Loading the trucks took the crew most of the night.',
    'Back to top form after a long injury',
    'Nach oben ging es nur langsam.',
    'Loading docks closed for repairs',
    'Loading docks',
    'Report this comment to the moderators if it breaks the rules.',
    'Text size matters less than contrast, the study found.',
    // Near misses of the language switchers: the words in a sentence or a longer heading.
    'Alternate versions of the song were recorded in 1968.',
    'The report is also available in Spanish and French.',
    'Alternate versions of the ending',
    // Near misses of the menu-button captions: a headline and sentences with the words.
    'Close the menu gap, chefs urge restaurants',
    'Die Kantine will das Menü schließen und neu planen.',
    'Open menu pricing is the norm in the city now.',
  ],
  remove: [
    'Table of Contents',
    'Inhaltsverzeichnis',
    'Sommaire',
    'Spis treści',
    'In this article',
    'Loading paragraph...',
    'Loading image…',
    'Back to top',
    'PIN FOR LATER',
    'Zum Vergrößern klicken',
    'Wird geladen …',
    'Report this comment',
    'Click photo to enlarge',
    'Skip to next paragraph',
    'Printer friendly page',
    'Schriftgröße',
    'Alternate Versions',
    'Also available in:',
    'Read this article in',
    'Auch verfügbar in',
    'Navigation schliessen',
    'Menü schließen',
    'Close menu',
    'Toggle navigation',
    'Fermer le menu',
  ],
})
