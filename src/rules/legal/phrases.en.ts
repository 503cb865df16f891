import { definePhrases } from '../../helpers/phrases.js'

// Publisher disclaimers, English.
export default definePhrases('en', {
  labels: ['Disclaimer', 'Affiliate disclosure'],
  patterns: [
    // The site's content licence: "Except where otherwise noted, content on this site is licensed under …".
    /\b(?:except where otherwise noted|unless otherwise (?:noted|stated|indicated)),? (?:the )?(?:content|contents|this (?:work|site|article))\b.{0,60}\blicensed under\b/,
    /\b(?:has a|see (?:our|the|his|her|its)) disclosure policy\b/, // \"The Motley Fool has a disclosure policy.\"
    // "The opinions expressed in this release are those of …, and do not necessarily reflect the thoughts of …" (bench: press-release portals)
    /\bdo(?:es)? not necessarily (?:reflect|represent) the (?:views|opinions|thoughts|position|policy|policies)\b/,
    /\b(?:views|opinions) expressed (?:in this|here|on this|by (?:the )?(?:author|contributor|writer)s?)\b.{0,80}\b(?:are (?:solely )?(?:those|the views|the opinions) of|do not)\b/,
    // "NEWS.com.au is not responsible for the content of external sites."
    /\bnot responsible for the content of (?:external|third[- ]party|linked|other) (?:sites|websites|web sites|pages|links)\b/,
    // Affiliate notices: "If you purchase a product through a link on the site, I may earn a commission", "As an Amazon Associate I earn from qualifying purchases".
    /\b(?:we|i) may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation|affiliate commission|share of (?:the )?(?:sales|revenue))\b/,
    /\bas an amazon associate,? (?:we|i) earn\b/,
    // "Purchases made through our links may earn us a commission", "… may earn Example a small share of the sale".
    /\b(?:purchases|sales|items bought|products bought) (?:made )?(?:through|via|from) (?:(?:our|these|the) )?links\b.{0,40}\b(?:earn|earns|pay|pays) (?:us|[\p{L}.-]+(?: [\p{L}.-]+)?) (?:a )?(?:small )?(?:commission|fee|share)\b/u,
    /\bmay earn us (?:a )?(?:small )?(?:commission|fee|share of (?:the )?(?:sale|sales|revenue))\b/,
    // "Products are chosen independently by our editors": the shopping site's editorial disclosure.
    /\b(?:products|items|everything we recommend) (?:is|are|were) (?:chosen|selected|picked) independently by (?:our )?(?:editors|editorial team)\b/,
  ],
})
