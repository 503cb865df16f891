import { describe, it } from 'vitest'
import { followShare } from '../../../src/rules/social/follow-share.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(followShare, {
  keep: [
    // Sharing with a friend in the story, or without a word to the reader.
    'She would share with a friend the secrets of the recipe, she said.',
    'Share with a friend who lives abroad, the museum suggests in its leaflet.',
    'The couple like what they see in the new stadium plans.',
    'Follow the money',
    'Follow the signs to the car park.',
    'Google News was launched in 2002.',
    'She sent the letter to a friend in Leeds before the trial.',
    "The suspect's social media accounts were deleted.",
    'Die Polizei bat Zeugen, den Beitrag nicht weiter zu teilen.',
    // "condividere l'articolo" is not the imperative "condividi".
    "Il ministro ha chiesto ai cittadini di condividere l'articolo del decreto con i vicini.",
    'De politie vraagt mensen om de beelden niet te delen.',
    'A conta do suspeito nas redes sociais foi apagada pela plataforma.',
    'Follow-up questions from the committee were sent to the ministry on Friday.',
  ],
  remove: [
    'Like what you see? Share with a friend',
    'Enjoyed this article? Share it with your friends!',
    'Share this recipe with your friends.',
    'Follow Hardtail Canada',
    'Suivez Le Monde',
    'Add as a preferred source on Google',
    'Favourite on Google News',
    'Als bevorzugte Quelle bei Google hinzufügen',
    'Síguenos en Google Noticias',
    'Social Bookmark This Story',
    'Email to a friend',
    'Bookmark and Share',
    'Follow us on Facebook and Twitter for the latest updates.',
    'Share this article',
    'Artikel teilen',
    'Möchten Sie den Artikel teilen?',
    'Den Artikel mit anderen teilen/diskutieren:',
    'Folgen Sie uns auf Instagram und verpassen Sie keine Geschichte mehr.',
    'Suivez-nous sur Facebook',
    '¡Mira lo que tiene nuestro canal de YouTube!',
    'Seguici su Facebook e Instagram per restare aggiornato.',
    'Volg ons op Twitter voor het laatste nieuws.',
    'Siga-nos no Instagram',
    'Obserwuj nas na Facebooku',
  ],
})
