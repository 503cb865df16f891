import { describe, it } from 'vitest'
import { shareTargets } from '../../../src/rules/social/share-targets.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(shareTargets, {
  keep: [
    // Filler words alone, and a headline made of them, are no share row.
    'Your Story',
    'A Friend by Your Side',
    'Social Page',
    'Facebook announced new privacy tools on Tuesday.',
    // Filler words from the caption list, but no real share target.
    'More on this',
    // "and" is not a caption: a sentence fragment about the companies.
    'Twitter and Facebook',
    'Print edition',
    // Tool captions beside fewer than two share targets: a heading or a line of a story.
    'Print size',
    'Return to top',
    'Save on Print',
    'Text Size',
    'Subscribe to the feed',
  ],
  remove: [
    'digg del.icio.us Fark StumbleUpon reddit Newsvine Technorati',
    'Post to del.icio.us Facebook',
    'Print Story Email to a Friend',
    'Send this article to Friends by E-Mail',
    'StumbleUpon',
    'Drukuj',
    'Partilhar Facebook',
    'Afdrukken',
    'Kopiuj link Facebook Drukuj',
    'Facebook Twitter WhatsApp E-Mail',
    'Drucken',
    'Share on Facebook Share on Twitter',
    'Partager Facebook Twitter E-mail',
    'Udostępnij Facebook Twitter',
    'Compartilhar WhatsApp Telegram',
    'Email Print Text Size',
    'Text Size Print Email',
    'Print Email Return to Top',
    'E-mail Article Print-Friendly Subscribe to RSS Feed',
    'Print Facebook X Email More Options WhatsApp LinkedIn Reddit Pinterest Copy Link',
  ],
})
