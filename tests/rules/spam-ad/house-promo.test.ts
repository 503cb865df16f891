import { describe, it } from 'vitest'
import { housePromo } from '../../../src/rules/spam-ad/house-promo.js'
import { RuleTester } from '../../../src/testing.js'
import { VOTE as P1, CAMPAIGNERS as P2, REOPENING as P3 } from '../article-prose.js'

new RuleTester({ it, describe }).run(housePromo, {
  keep: [
    // News about competitions, phones and white papers talks about third parties.
    'The festival said fans could win tickets by answering a question on its website, and more than 4,000 people took part.',
    { name: 'a team\'s chance to win (near miss: no call to enter)', document: [P1, 'Still, if there is some way they still have a chance to win, I would love to tell them.'], removed: [] },
    { name: 'a headline about a win (near miss: not "Win tickets to")', document: ['Win for Obama in Iowa', P1, P2], removed: [] },
    { name: 'a headline about winning a vote (near miss: no prize)', document: ['Win in the Senate gives Democrats hope', P1, P2], removed: [] },
    { name: 'a report quoted in the story (near miss: no teaser verb)', document: [P1, 'The company published a white paper on Tuesday arguing that tape backup is still cheaper for most archives.'], removed: [] },
    { name: 'a guide that tells the reader what it teaches (near miss: "in this guide" is not a white paper)', document: ['Learn how to prune roses in this guide.', P1], removed: [] },
    { name: 'a phone in the story (near miss: not the site on the reader\'s phone)', document: [P1, 'Police said the driver had been reading messages on his cell phone when the truck hit the divider.'], removed: [] },
    { name: 'an organisation\'s site for more information (near miss: not "for all the latest news")', document: [P1, 'For frequent updates, visit Canadian Blood Services for more information.'], removed: [] },
    { name: 'a premium service in the news (near miss: no imperative to the reader)', document: [P1, "Analysts expect Spotify to get more subscribers from its premium service after the price change."], removed: [] },
    { name: 'a premium tier named in a review (near miss: the imperative is not about a premium service)', document: [P1, 'Get the larger model if you edit video; the premium version adds a second fan.'], removed: [] },
    { name: 'a heading over a premium service that is news (near miss)', document: [P1, 'Premium Services Grow', 'Revenue from the premium services of the bank rose 12 percent in the quarter, the company said.'], removed: [] },
    { name: 'a sentence about a calendar (near miss)', document: [P1, 'Mark your calendars and register today!'], removed: [] },
  ],
  remove: [
    { name: 'a competition and its title line', document: [P1, P2, 'Win Tickets', 'Enter here for your chance to win tickets to see Blue Man Group live in Las Vegas.'], removed: [2, 3] },
    'Enter for a chance to win tickets to see "Monty Python\'s SPAMALOT" at Hershey Theatre and dinner at Fenicci\'s of Hershey!',
    'Win return flights to London. Enter now to win two return flights to London courtesy of British Airways',
    'Sign up to receive our weekly newsletter to be in with a chance to win prizes and see what\'s coming up.',
    { name: 'a competition headline under its section name', document: [P1, 'COMPETITIONS', 'Win tickets to see Mika at the UK launch of Fiat 500 at the London Eye', P2], removed: [1, 2] },
    'Win Skiing Lessons with Realli-Ski',
    { name: "the publisher's premium services and their title line", document: [P1, 'Premium Investing Services', "Invest better with The Motley Fool. Get stock recommendations, portfolio guidance, and more from The Motley Fool's premium services.", P2], removed: [1, 2] },
    'Unlock ad-free reading and weekly briefings with our premium membership.',
    "Enjoy recipes, meal plans and more from Example Kitchen's premium subscription.",
    'Jetzt mitmachen und gewinnen: zwei Freikarten für das Konzert am Samstag',
    'Tentez de gagner deux places pour le concert de samedi !',
    'Take NY1 News with you on your browser-equipped handheld or cellphone by accessing our NY1 To Go site at www.ny1.com/text.',
    'News on your cell phone or wireless device',
    'Came straight to this page? Visit www.xboxer.tv for all the latest news.',
    'Go to example.co.uk/news for the latest headlines',
    {
      name: 'white-paper teasers with their titles',
      document: [
        P1,
        P2,
        '7 Advantages of D2D Backup',
        'For decades, tape has been the backup medium of choice. But, now, disk-to-disk (D2D) backup is gaining in favor. Learn why you should make the move in this whitepaper.',
        'Building a Virtual Infrastructure from Servers to Storage',
        'This white paper discusses the virtual storage solutions that reduce cost and increase storage utilization.',
        P3,
      ],
      removed: [2, 3, 4, 5],
    },
    'Today\'s featured White Paper is titled VoIP Doesn\'t Require Any Phone Equipment Investment, brought to you by Accessline.',
    'Don\'t forget to check out TMCnet\'s White Paper Library, which provides a selection of in-depth information on relevant topics.',
  ],
})
