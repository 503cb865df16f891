import { describe, it } from 'vitest'
import { newsletterSignup } from '../../../src/rules/newsletter/signup.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(newsletterSignup, {
  keep: [
    'The company said it would send a newsletter to shareholders next month.',
    'Die Zeitung hat ihren Newsletter nach der Übernahme eingestellt.',
    'Il ministero invierà una newsletter ai cittadini interessati dalla riforma.',
    'Minister zapisał się do partii w 1998 roku.',
    'Hij meldde zich in 2015 aan bij de partij en werd later wethouder.',
  ],
  remove: [
    'Sign up for our newsletter',
    'Get the best stories delivered straight to your inbox every morning.',
    'Abonnieren Sie unseren kostenlosen Newsletter und erhalten Sie die wichtigsten Nachrichten direkt in Ihr Postfach.',
    'Inscrivez-vous à notre newsletter',
    'Suscríbete a nuestro boletín y recibe las noticias en tu correo.',
    'Iscriviti alla nostra newsletter',
    'Meld je aan voor onze nieuwsbrief en ontvang elke week het beste nieuws in je inbox.',
    'Receba a nossa newsletter na sua caixa de entrada.',
    'Zapisz się do newslettera',
  ],
})
