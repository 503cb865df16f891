import { CERTAIN, LIKELY, STRONG } from '../../core/confidence.js'
import type { Block } from '../../types.js'
import { defineRule } from '../../helpers/define.js'
import { literalGate } from '../../helpers/literal-gate.js'

/**
 * Copyright and reprint-rights lines ("© 2020 The Havering Daily. All rights reserved.",
 * "Alle Rechte vorbehalten"). A short block that starts with ©/(c)/Copyright, or that contains an
 * all-rights-reserved formula. Photo credits that start with © are handled the same way: they are
 * not article text either.
 */
const STARTS = /^(?:©|\(c\)|copyright\b|\u24b8)/
const RESERVED = /\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|alle rechten voorbehouden|todos os direitos reservados|wszelkie prawa zastrzeżone)\b/
// "… is expressly prohibited without the prior written consent of AFX News": the wire services'
// notice. Consent alone is news ("published without the written consent of the family").
const PROHIBITED = /\b(?:is|are) (?:strictly |expressly )?prohibited without (?:the )?(?:prior )?(?:express )?written (?:permission|consent)\b/
const REPRINT = new RegExp(String.raw`\b(?:may not be (?:reproduced|republished|reprinted|redistributed)|without (?:the )?(?:prior )?written permission|must not be (?:reproduced|republished))\b|` + PROHIBITED.source)

/** Cheap checks first: a block that neither starts like a notice nor holds the formulas' words is not looked at further. */
const STARTS_RAW = /^\s*(?:©|\(c\)|copyright|\u24b8)/i
const mayReserve = literalGate(RESERVED)
const mayForbid = literalGate(REPRINT)
const mayMatch = (block: Block) => STARTS_RAW.test(block.text) || mayReserve(block) || mayForbid(block)

/**
 * News agencies. A wire story ends with the agency's own notice ("Copyright 2008 The Associated
 * Press. All rights reserved. This material may not be published, broadcast, rewritten or
 * redistributed.", "Copyright (c) Press Association Ltd. 2008"): news corpora count that line as
 * part of the story, so a notice in words (not a "© dpa | name" photo credit) that names an agency
 * is kept.
 */
const AGENCY = /\b(?:associated press|the canadian press|press association|reuters|agence france[- ]presse|afp|upi|united press international|business wire|pr newswire|globe newswire|indo-asian news service|ians|aap|australian associated press|xinhua|ansa|efe|dpa|deutsche presse-agentur|kyodo|bloomberg news)\b/
const IN_WORDS = /^\(?\s*(?:copyright\b|\(c\))/

export const copyright = defineRule({
  meta: {
    id: 'legal/copyright',
    category: 'legal',
    description: 'Remove copyright and reprint-rights lines ("© 2020 … All rights reserved.").',
    recommended: true,
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
    defaultOptions: { maxWords: 60 },
  },
  patterns: [STARTS, STARTS_RAW, RESERVED, REPRINT, PROHIBITED],
  create(context) {
    return {
      block(block) {
        if (block.words === 0 || block.words > context.options.maxWords || !mayMatch(block)) return
        const norm = block.norm
        const starts = STARTS.test(norm)
        const reserved = RESERVED.test(norm)
        const reprint = REPRINT.test(norm)
        if (!starts && !reserved && !reprint) return
        if ((reserved || reprint || IN_WORDS.test(norm)) && AGENCY.test(norm)) return
        // Prose that starts with the word ("Copyright lawyers say the ruling will change …"): a long,
        // sentence-shaped block without a rights formula or a year is not a notice.
        if (!reserved && !reprint && block.words > 12 && block.endsLikeSentence && !/\b(?:1[89]|20)\d\d\b/.test(norm.slice(0, 40))) return
        // The wire notice runs on into trademark lines ("… AFX News and AFX Financial News Logo are
        // registered trademarks …"): up to `maxWords`, where other reprint lines stop at 40.
        const confidence = starts && (reserved || block.words <= 12) ? CERTAIN : reserved ? STRONG : starts ? LIKELY : reprint && (block.words <= 40 || PROHIBITED.test(norm)) ? LIKELY : 0
        if (!confidence) return
        context.report({ block, confidence, reason: `A copyright or reprint-rights line${reserved ? ' ("all rights reserved")' : ''}.` })
      },
    }
  },
})
