import { describe, it } from 'vitest'
import { newsletterSignup } from '../../../src/rules/newsletter/signup.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(newsletterSignup, {
  keep: [
    'The company said it would reply to the regulator within a week.',
    'Data rates for mobile plans rose again in March, the regulator said.',
    'The company said it would send a newsletter to shareholders next month.',
    'Die Zeitung hat ihren Newsletter nach der Übernahme eingestellt.',
    'Il ministero invierà una newsletter ai cittadini interessati dalla riforma.',
    'Minister zapisał się do partii w 1998 roku.',
    'Hij meldde zich in 2015 aan bij de partij en werd later wethouder.',
  ],
  remove: [
    'By signing up, you agree to receive recurring automated SMS marketing messages at the number provided. Msg and data rates may apply. Reply STOP to opt out.',
    'By submitting, you acknowledge the Privacy Policy',
    'Subscribe to the Tiger Data Newsletter',
    'Sign up for the Undercover Newsletter.',
    'Keep up to date with the news. Receive our free E-Newsletter',
    'Click here for free Newsletter subscription!',
    'News Alerts by Email click here )',
    'NEWSLETTER SIGN UP',
    'Mit der Anmeldung erklären Sie sich mit unserer Datenschutzerklärung einverstanden.',
    'En vous inscrivant, vous acceptez nos conditions.',
    'Al suscribirte, aceptas la política de privacidad.',
    'Iscrivendoti, accetti la privacy policy.',
    'Door je aan te melden, ga je akkoord met de voorwaarden.',
    'Ao se inscrever, você concorda com a política de privacidade.',
    'Zapisując się, akceptujesz regulamin.',
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
