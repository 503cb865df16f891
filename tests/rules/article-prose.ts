/**
 * Article paragraphs shared by the tests of rules that need "enough article before" (a local news
 * story about a library, in English and German): real-length prose that no rule removes.
 */
export const VOTE = 'The council voted on Tuesday to keep the library open for another five years after a long campaign by residents who collected thousands of signatures.'
export const CAMPAIGNERS = 'Campaigners said the decision showed that the town still valued its public spaces, and promised to keep raising money for new books and longer hours.'
export const REOPENING = 'The library will reopen on Saturday mornings from March, and the council will review its budget again next spring once the new figures are in.'
export const REPAIRS = 'Several residents said the building needed a new roof, better heating and a ramp at the side entrance before the winter, and the council agreed to ask for a grant.'
export const RELIEVED = 'Residents said they were relieved, but several warned that the building still needs a new roof and better heating before the winter comes.'
export const NEXT_MEETING = 'The next council meeting is planned for the first week of April, when members will also discuss the opening hours of the swimming pool.'
export const RAT = 'Der Gemeinderat hat am Dienstag beschlossen, die Bibliothek für weitere fünf Jahre offen zu halten und den Etat für neue Bücher deutlich zu erhöhen.'
export const INITIATIVE = 'Die Initiative sprach von einem guten Tag für die Stadt und kündigte an, weiter Spenden für neue Bücher und längere Öffnungszeiten zu sammeln.'
export const SAMSTAGS = 'Ab März öffnet die Bibliothek auch samstags, und im nächsten Frühjahr wird der Haushalt der Einrichtung erneut geprüft, sobald die neuen Zahlen vorliegen.'
export const ANWOHNER = 'Mehrere Anwohner forderten ein neues Dach, eine bessere Heizung und eine Rampe am Seiteneingang, und der Rat will dafür Fördergeld beim Kreis beantragen.'
