import { describe, it } from 'vitest'
import { photoCredit } from '../../../src/rules/boilerplate/photo-credit.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(photoCredit, {
  keep: [
    // A picture label at the start of a sentence, and the story's own wire credit.
    'Pictures via satellite show the damage.',
    'Photo by photo, the exhibition retraces the life of the village.',
    'The photographs by local children will be shown in the library until May.',
    'The city council said the plan would cost millions. Reuters',
    // Near misses: the credit words in prose.
    'Photographs taken by the agency show the flooded valley from above.',
    'Das Foto zeigt den Bürgermeister bei der Eröffnung der neuen Brücke am Montag.',
    'Shares of Getty Images rose 4 percent after the company reported higher sales.',
    // A wire agency's own notice is the story's, not a picture credit.
    '(Copyright 2008 by The Associated Press. All Rights Reserved.)',
    // A wire-agency sign-off without a stock-photo library or a credit label.
    'mk/PAP',
    // Near misses of the opening credit: a sentence about a picture, and a long block after it.
    'The feature image shows the harbour at dawn, before the fishing boats return.',
    'All photos by the finalists will be shown at the town hall until the end of May, and visitors can vote for their favourite.',
    // Near misses of the glued copyright mark and the licence credit: a mark inside a sentence, a
    // mis-decoded copyright line (a capital before the mark), a licence named in a sentence.
    'Das Logo ist ein eingetragenes Markenzeichen© und wird seit 1990 auf allen Verpackungen verwendet.',
    'Â© CanWest News Service 2008',
    // Near misses of the glued slash credit: a space after the sentence end, a web address, a
    // slash inside the last sentence.
    'The mayor opened the new bridge on Monday. Reuters / AP',
    'More information is on the website www.example.org/News',
    'Der Zug fährt nach Berlin.Er hält in Hamburg und Hannover',
    'All texts on this site are published under CC BY 4.0',
    'Wir veröffentlichen unsere Recherchen unter der Lizenz CC BY-SA 4.0',
    'Cover image by Ana Example. The book follows three sisters who leave their village in 1948 and meet again forty years later in Lisbon, where one of them runs a small bookshop near the river and the other two have come to settle an old quarrel about the family house.',
  ],
  remove: [
    '(crédito: Minervino Júnior/CB/D.A.Press)',
    'Photo by Mark Jones',
    'Image by Studio Brown via One Fab Day',
    'Photo courtesy Method Architecture',
    'Feature image by Girlfriend Collective',
    'Foto von Gerd Altmann auf Pixabay',
    'Imagen de archivo por Juan Pérez',
    'Jim Wilson/The New York Times',
    'Jamal Saidi/Reuters',
    'Susan Walsh / AP',
    'Foto: Klaus Beispiel',
    'Bild: Hersteller',
    '(crédito: Ana Ejemplo/Agencia)',
    '(© Verband/Erika Muster)',
    '(©  Verband/Erika Muster)',
    'Foto:   Klaus Beispiel',
    '(Bild: )',
    'Straßenszene / Shutterstock',
    'Photo: Jane Example / Getty Images',
    'Der neue Vorsitzende bei seiner ersten Rede im Landtag. Foto: Max Muster',
    'Die Brücke wurde 1902 gebaut. © Stadtarchiv | Peter Beispiel',
    // Labels that the cheap gate in front of the patterns must let through.
    'Pic: Reuters',
    'Credit: Jane Example',
    'Crédits : Studio Exemple',
    'Titelbild: Gemeinde Beispiel',
    // A caption whose credit was set in an element of its own, glued to it in the text.
    'Das Kabinett bei seiner Klausurtagung im Januar© Bundesregierung/Erika Muster',
    'Neuschnee auf dem Gehweg vor dem Haus© Max Muster',
    'Die neue Präsidentin nach der Wahl zusammen mit dem Wahlleiter.DCV / Oppitz',
    'The new bridge over the river at dusk.Jane Example/Example Agency',
    // A caption that ends in the picture's Creative Commons licence.
    'Der Marktplatz im Winter. Zum Vergrößern auf das Bild klicken. CC-BY-SA 2.0',
    'Blick über den Hafen von Kiel | Lizenz: CC BY 4.0',
    'The old mill on the river, seen from the bridge. (CC BY-SA 3.0)',
    // A note that opens with the credit for the post's pictures, then a line about the site.
    'Feature image by Girlfriend Collective, all other images via brands mentioned. Our ratings cover thousands of brands; use our directory to search them.',
    'Header photo courtesy of the Example Museum. This post was first published in 2021.',
    'All images via Unsplash. Want more ideas like these? Browse our guides.',
  ],
})
