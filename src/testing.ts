export { RuleTester, type RuleTesterCases, type DocumentCase } from './testing/rule-tester.js'
