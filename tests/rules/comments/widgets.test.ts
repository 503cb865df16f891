import { describe, it } from 'vitest'
import { commentWidgets } from '../../../src/rules/comments/widgets.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(commentWidgets, {
  keep: [
    'The minister declined to comment on the allegations.',
    // A counter is a whole line or introduces a quoted title; this is a sentence of the article.
    'Three comments from the judge stood out during the hearing',
    'Kommentare von Lesern zeigen, dass das Thema viele bewegt.',
    // The byline of an opinion piece, not a comment counter.
    'Ein Kommentar von Anna Schmidt',
    'Il presidente ha risposto alle critiche con un lungo commento su Facebook.',
    'Sin comentarios por ahora sobre la reforma, dijo el portavoz del partido.',
    '12 comments were sent to the council before the vote.',
  ],
  remove: [
    'Kommentieren',
    'Leave a Reply',
    '3 Comments',
    '1 Comment » | Published in Architecture | 1 Comment',
    '14 Kommentare | Drucken',
    'No comments have been posted',
    'No comments yet.',
    'One thought on “Best winter hikes in Wales”',
    'Schreibe einen Kommentar',
    'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert',
    '2 Kommentare zu „Winterreise im Harz“',
    'Kommentare insgesamt: 0',
    'Aufrufe: 532 | Hinzugefügt von: admin',
    'Kommentarfeed | Kommentare geschlossen | Trackback-URL',
    'Laisser un commentaire',
    'Lascia un commento',
    'Il tuo indirizzo email non sarà pubblicato.',
    'Laat een reactie achter',
    '12 reacties',
    'Deixe um comentário',
    'Dodaj komentarz',
  ],
})
