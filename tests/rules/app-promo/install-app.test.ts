import { describe, it } from 'vitest'
import { installApp } from '../../../src/rules/app-promo/install-app.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(installApp, {
  keep: [
    'Add the eggs to the flour and stir.',
    // News about an app is a long sentence.
    'Users can download the app from Monday, the company said in a statement on its website.',
    'Die Stadt will ihre Parkplatz-App im Frühjahr überarbeiten, teilte ein Sprecher mit.',
    "Il governo ha detto che l'app è stata scaricata da milioni di italiani nelle prime settimane.",
  ],
  remove: [
    'Add Echolive.ie to your home screen - easy access to Cork news, views, sport and more',
    'Zum Startbildschirm hinzufügen',
    'Download the app',
    'Get it on Google Play',
    'Laden Sie jetzt unsere kostenlose App herunter und verpassen Sie keine Eilmeldung',
    "Téléchargez l'application",
    "Scarica l'app",
    'Download de gratis app van de krant',
    'Baixe o aplicativo',
    'Pobierz aplikację',
  ],
})
