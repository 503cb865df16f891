import { describe, it } from 'vitest'
import { donationAppeal } from '../../../src/rules/donation/appeal.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(donationAppeal, {
  keep: [
    // A blood drive asks the reader to help patients, not the publisher.
    'Can you spare an hour this winter? By donating blood every 56 days you can help up to six patients a year, the clinic said.',
    // A long blog paragraph about giving, not an appeal for the site.
    'There are many food banks that run drives at this time of year. If you want to give back, please consider donating to one near you. When we were students we served meals at a shelter every December, and it taught us more about our town than any class did. Volunteers are always needed on the days around the holidays, and most shelters welcome families with children.',
    // News about donations talks about third parties, not to the reader.
    'The charity appealed for donations after the flood.',
    'Die Hilfsorganisation rief nach dem Hochwasser zu Spenden auf.',
    'Il sindaco ha detto che la donazione della fondazione aiuta le famiglie colpite dal terremoto.',
    // The pattern "een donatie helpt" matches, but nothing addresses the reader: Dutch "te" (to) is no "you".
    'Een donatie helpt de voedselbank om de winter door te komen, zei de burgemeester.',
    // "uma doação ajuda" matches; Portuguese "nas" (in the) is no "us".
    'Uma doação ajuda pouco, disse o prefeito nas entrevistas desta semana.',
    // "u.a." is German "und andere", not Dutch "u".
    'Eine Spende hilft u.a. beim Wiederaufbau der Schule, berichtete der Verein.',
    // The payment platforms in the news: nothing asks the reader for money.
    'Patreon, the membership platform for creators, raised $90 million in its latest funding round.',
    'The artist said Ko-fi and PayPal.me now bring in more than her gallery sales.',
  ],
  remove: [
    'Support local journalism',
    'Donate now',
    'Your generous donation helps us keep our reporting free for everyone.',
    'Jetzt spenden',
    'Ihre Spende hilft uns, unabhängig zu bleiben. Unterstützen Sie unsere Arbeit mit einem monatlichen Beitrag.',
    'Faites un don : votre don nous permet de rester indépendants.',
    'Con tu apoyo podemos seguir informando sin muros de pago.',
    'Sostienici: la tua donazione ci aiuta a restare indipendenti.',
    'Jouw bijdrage helpt ons om dit werk gratis te houden. Steun onafhankelijke journalistiek.',
    'Faça uma doação e ajude o nosso jornal a continuar independente.',
    'Twoja darowizna pomaga nam pisać niezależnie. Wesprzyj nas już dziś!',
    'Wesprzyj nas',
    // The platforms named with the reader addressed (Ko-fi only in "support us on …").
    'If you enjoy these tutorials, you can back me on Patreon for early access.',
    'Like what we do? Support us on Ko-fi.',
    'Buy us a coffee at paypal.me/ourblog if this guide saved you time.',
  ],
})
