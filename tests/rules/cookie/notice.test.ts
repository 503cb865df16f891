import { describe, it } from 'vitest'
import { cookieNotice } from '../../../src/rules/cookie/notice.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(cookieNotice, {
  keep: [
    'The external content of the report was checked by auditors.',
    // Articles about cookies and privacy law.
    'The court ruled that the website had used cookies without proper consent, fining the company two million euros.',
    'Die Datenschutzbehörde prüft, ob die Website Cookies ohne Einwilligung setzt.',
    'La Garante ha multato il sito perché utilizzava cookie senza consenso.',
    'The bakery sold more than ten thousand cookies during the festival weekend.',
  ],
  remove: [
    'Externer Inhalt',
    'Um Deine persönlichen Daten zu schützen, haben wir das automatische Laden der Inhalte von twitter.com blockiert.',
    'Ich bin einverstanden, dass ich diesen Inhalt angezeigt bekomme und dadurch meine personenbezogenen Daten an den Betreiber übermittelt werden.',
    'By loading the video, you agree to YouTube\'s privacy policy.',
    'External content',
    'Contenu externe',
    'We use cookies to improve your experience. By continuing to browse this site you agree to our use of cookies.',
    'Accept all cookies',
    'Alle akzeptieren',
    'Diese Website verwendet Cookies. Wenn Sie diese Website weiter nutzen, stimmen Sie der Verwendung zu.',
    'Nous utilisons des cookies pour mesurer l’audience.',
    'Questo sito utilizza cookie tecnici e di profilazione.',
    'Wij gebruiken cookies om de website goed te laten werken.',
    'Este site utiliza cookies para melhorar a sua experiência.',
    'Ta strona używa plików cookies.',
  ],
})
