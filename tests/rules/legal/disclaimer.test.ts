import { describe, it } from 'vitest'
import { disclaimer } from '../../../src/rules/legal/disclaimer.js'
import { RuleTester } from '../../../src/testing.js'

new RuleTester({ it, describe }).run(disclaimer, {
  keep: [
    'The Motley Fool is an investment website.',
    'The photos are licensed under a Creative Commons licence, the museum said.',
    // Article sentences about opinions, responsibility and commissions.
    'The committee said the report reflects the views of its members and will be published next week.',
    'The agency is not responsible for the roads, which are maintained by the county council.',
    'Sales staff earn a commission on every car they sell, the union said.',
    // Near misses of the shopping disclosures: news about links, commissions and editors' choices.
    'Purchases made through the links in the phishing e-mails earned the gang millions, police said.',
    'The scheme may earn us a reputation for fairness, the mayor told the council.',
    'The winners are chosen by our editors and a jury of readers every December.',
    'Der Autor gibt in seinem Buch die Meinung vieler Landwirte wieder, die seit Jahren auf Hilfe warten.',
    // Press releases end with their trademark notice: news corpora count it as the release.
    'All other products and brand names are trademarks of their respective holders.',
    // Long blocks are article text, whatever they quote.
    'In a statement that ran to several pages, the broadcaster said the opinions expressed in this programme are those of the guests and do not necessarily reflect the views of the station, a line that critics called an evasion of responsibility for what had been said on air during the election campaign, when several guests made claims that later turned out to be false and were never corrected by the presenters or the editors.',
  ],
  remove: [
    'The Motley Fool has a disclosure policy.',
    'Except where otherwise noted, content on this site is licensed under a Creative Commons Attribution 4.0 License.',
    'Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY',
    'Sauf mention contraire, le contenu de ce site est sous licence CC BY.',
    'The opinions expressed in this release are those of the organization issuing it, and do not necessarily reflect the thoughts or opinions of the site or its staff.',
    'NEWS.com.au is not responsible for the content of external sites.',
    'Please note: If you decide to purchase a product through a link on the site, I may earn a commission without additional cost to you.',
    'As an Amazon Associate I earn from qualifying purchases.',
    'Products are chosen independently by our editors. Purchases made through our links may earn us a commission.',
    'Purchases made through links on this page may earn Example Media a small share of the sale.',
    'Everything we recommend is selected independently by our editorial team.',
    'Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.',
    'Namentlich gekennzeichnete Beiträge geben immer die Meinung des Autors wieder, nicht meine.',
    'Hinweis: Für den Inhalt der Pressemitteilung ist der Emittent / Herausgeber der Meldung verantwortlich.',
    "Les propos publiés dans cette tribune n'engagent que leur auteur.",
    'Este artículo no refleja necesariamente la opinión del periódico.',
    "Le opinioni espresse non riflettono necessariamente l'opinione della redazione.",
    'Deze column geeft niet noodzakelijk de mening van de redactie weer.',
    'O texto não reflete necessariamente a opinião do jornal.',
    'Redakcja nie ponosi odpowiedzialności za treść komentarzy.',
    'Disclaimer',
  ],
})
