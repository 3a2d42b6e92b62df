import { formatList } from '../format';
import type { CompetentBody } from '../participatie/vocabulary';
import type { CheckId } from './checks';

/**
 * The Dutch words of a generated procesplaat and of its checks: plain language (B1), "je" to the
 * reader. Kept apart from the logic so the texts can be read and reviewed in one place.
 */

const bodyName: Record<CompetentBody, string> = { raad: 'Raad', college: 'College', burgemeester: 'Burgemeester' };

/** Titles and descriptions of the steps the generator adds around the chosen instruments. */
export const stepTexts = {
  kaderstelling: {
    title: 'Raad stelt de kaders vast',
    description: 'De raad legt vooraf vast wat vastligt, waarover inwoners meepraten en hoe hij de inbreng weegt.',
  },
  announcement: {
    title: 'Aankondigen: wie kan meedoen en waarover',
    description: 'Vertel vooraf de kaders, de spelregels en wat er met de inbreng gebeurt.',
    audience: 'Alle betrokkenen',
  },
  activityFeedback: (name: string) => ({
    title: `Uitkomst ${lowerFirst(name)}`,
    description: 'Laat deelnemers weten wat er met hun inbreng is gedaan, en waarom.',
  }),
  /** The label on the information arrow that brings earlier results to the raad. */
  resultsArrowLabel: 'opbrengst',
  resultsBundled: (phase: string) => ({ title: `Opbrengst ${phase.toLowerCase()} gebundeld` }),
  councilProposal: (withReport: boolean) => ({
    title: 'College stelt raadsvoorstel op',
    description: withReport
      ? 'Met een verslag van de participatie: wat is opgehaald en wat ermee is gedaan.'
      : 'Het college legt het voorstel aan de raad voor.',
  }),
  councilHearsResults: {
    title: 'Raad hoort de opbrengst',
    description: 'De raad hoort wat inwoners hebben ingebracht, voordat hij besluit.',
  },
  councilDiscussesProposal: {
    title: 'Raad bespreekt het voorstel',
    description: 'De raad bespreekt het voorstel en hoort inwoners, voordat hij besluit.',
  },
  councilDecision: (promised: boolean) => ({
    title: 'Raad neemt het besluit',
    description: promised
      ? 'De raad besluit en legt uit hoe de inbreng is gewogen. Hij heeft vooraf beloofd de uitkomst over te nemen.'
      : 'De raad besluit en legt uit hoe de inbreng van inwoners is gewogen.',
  }),
  /** A college or burgemeester decision: the title must say "besluit" (order.ts isCollegebesluit). */
  bodyDecision: (body: Exclude<CompetentBody, 'raad'>, promised: boolean) => ({
    title: `${bodyName[body]} neemt het besluit`,
    description: `${body === 'college' ? 'Het college' : 'De burgemeester'} besluit en legt uit hoe de inbreng van inwoners is gewogen.${promised ? ' De uitkomst wordt overgenomen, zoals vooraf beloofd.' : ''}`,
  }),
  councilInformationLetter: {
    title: 'Raad geïnformeerd (raadsinformatiebrief)',
    description: 'De raad hoort wat er is besloten en hoe de inbreng is gewogen, zodat hij kan controleren.',
  },
  uitdaagrechtDecision: {
    title: 'College beslist op het verzoek',
    description:
      'Het college toetst het verzoek aan de regels van het uitdaagrecht en besluit of inwoners de taak mogen overnemen.',
  },
  mandate: {
    title: 'Inwoners beslissen binnen mandaat',
    description: 'De uitkomst van de stemming of keuze van inwoners geldt: de raad heeft dat vooraf zo afgesproken.',
  },
  collegeExecutes: {
    title: 'College voert uit',
    description: 'Het college voert uit wat inwoners binnen hun mandaat hebben besloten.',
  },
  decisionFeedback: {
    title: 'Terugkoppeling van het besluit aan alle deelnemers',
    description: 'Laat iedereen die meedeed weten wat er is besloten, hoe de inbreng is gewogen en waarom.',
  },
  evaluatie: {
    title: 'Evaluatie van de participatie',
    question: 'Hebben we onze beloftes aan deelnemers waargemaakt?',
  },
  councilHearsEvaluation: {
    title: 'Raad hoort de evaluatie',
    description: 'De raad hoort wat de evaluatie oplevert en wat er de volgende keer beter kan.',
  },
} as const;

/** Per check a short name and why it matters; the messages themselves name the nodes. */
export const checkTexts: Record<CheckId, { title: string; explanation: string }> = {
  'activiteit-zonder-terugkoppeling': {
    title: 'Geen terugkoppeling na een activiteit',
    explanation:
      'Deelnemers willen weten wat er met hun inbreng is gedaan. Anders hebben ze het gevoel dat ze nooit meer iets horen.',
  },
  'participatie-na-besluit': {
    title: 'Meedoen na het besluit',
    explanation: 'Inbreng die pas komt als het besluit al is genomen, kan niets meer veranderen.',
  },
  'niveau-hoger-dan-ruimte': {
    title: 'Meer invloed beloofd dan er ruimte is',
    explanation: 'Beloof inwoners niet meer invloed dan er echt is. Anders voelen ze zich bedrogen.',
  },
  'geen-kaderstelling-vooraf': {
    title: 'Geen kaders vooraf',
    explanation:
      'De raad stelt de kaders voordat inwoners meedoen. Dan weet iedereen vooraf waarover het gaat en wat vastligt.',
  },
  'besluit-zonder-informatie': {
    title: 'Besluit zonder de inbreng te horen',
    explanation: 'De raad moet weten wat inwoners hebben gezegd, voordat hij besluit.',
  },
  'besluit-niet-teruggekoppeld': {
    title: 'Besluit niet teruggekoppeld',
    explanation: 'Wie meedeed, hoort na het besluit wat er is besloten en waarom.',
  },
  'geen-evaluatie': {
    title: 'Geen evaluatie',
    explanation: 'Kijk na afloop terug of de participatie deed wat je beloofde, en laat de raad dat horen.',
  },
  'los-van-proces': {
    title: 'Los van het proces',
    explanation: 'Een stap zonder pijl naar de rest hoort nergens bij. Verbind hem of haal hem weg.',
  },
  kringloop: {
    title: 'Rondje zonder einde',
    explanation: 'Stappen die elkaar in een rondje opvolgen, maken het proces eindeloos.',
  },
};

/** The messages of the checks; node titles come in already quoted. */
export const checkMessages = {
  activityWithoutFeedback: (activity: string) =>
    `Na ${activity} horen deelnemers niet wat er met hun inbreng is gedaan. Voeg een terugkoppeling toe.`,
  participationAfterDecision: (activity: string, decision: string) =>
    `${activity} komt pas na het besluit ${decision}, terwijl de inbreng dat besluit moet voeden. Zet de activiteit ervoor.`,
  levelAboveRoom: (activity: string, level: string, phase: string, room: string, maxLevel: string) =>
    `${activity} belooft ${level}, maar in ${phase} is de ruimte voor invloed: ${room}. Daar past hoogstens ${maxLevel}.`,
  noFrameSetting:
    'Er is geen moment waarop de raad vooraf de kaders stelt. Zet een raadsmoment ‘kaderstelling’ vóór de eerste activiteit.',
  startsWithoutFrameSetting: (activity: string) =>
    `${activity} begint zonder dat de raad vooraf de kaders heeft gesteld. Verbind de kaderstelling ervoor.`,
  decisionWithoutInformation: (decision: string) =>
    `Voor ${decision} wordt de raad niet geïnformeerd over de inbreng van inwoners. Zet een raadsmoment ‘informatie’ ervoor.`,
  loop: (names: string) =>
    `De stappen ${names} volgen elkaar in een rondje op, zodat het proces nooit eindigt. Maak van een van de pijlen een informatiepijl of haal hem weg.`,
  decisionNotFedBack: (decision: string) =>
    `Na ${decision} horen deelnemers niet wat er is besloten en waarom. Voeg een terugkoppeling toe na het besluit.`,
  noEvaluation:
    'Er is geen evaluatie gepland. Kijk na afloop terug: deed de participatie wat je beloofde? Zet een evaluatie aan het eind en laat de raad de uitkomst horen.',
  disconnected: (names: string[]) =>
    names.length === 1
      ? `${names[0]} is niet verbonden met de rest van het proces.`
      : `${listSteps(names)} zijn niet verbonden met de rest van het proces.`,
};

/** Validation messages of the procesplaat model and patches (zod errors, API errors). */
export const validationMessages = {
  graphId: 'een id met letters, cijfers, : _ > of -',
  titleRequired: 'Geef een korte titel.',
  titleTooLong: 'Hoogstens 200 tekens.',
  textTooLong: 'Hoogstens 2000 tekens.',
  date: 'Vul een datum in als jjjj-mm-dd.',
  duplicateId: (id: string) => `Het id ${id} komt twee keer voor.`,
  edgeToUnknownNode: (id: string) => `De verbinding ${id} wijst naar een onbekend onderdeel.`,
  changedAndRemoved: (id: string) => `Het id ${id} wordt tegelijk gewijzigd en verwijderd.`,
  edgeToMissingNode: (id: string) => `De verbinding ${id} wijst naar een onderdeel dat er niet (meer) is.`,
  patchDoesNotFit: 'Deze wijziging past niet bij de opgeslagen procesplaat.',
};

/** What the repair on read tells the user, per node or edge it changed. */
export const repairMessages = {
  untitled: 'Naamloos onderdeel',
  unknownNodeType: (id: string, type: string) =>
    `Onderdeel ${id} heeft een onbekende soort (${type}) en is weggelaten.`,
  edgeDropped: (id: string) => `Een verbinding (${id}) klopte niet en is weggelaten.`,
  edgeReset: (id: string) => `Een verbinding (${id}) had ongeldige gegevens; die zijn teruggezet.`,
  nodeReset: (kind: string, name: string, fields: string) =>
    `${kind} ${name} had ongeldige gegevens${fields ? ` (${fields})` : ''}; die zijn teruggezet.`,
};

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "A, B en C"; after five names "A, B, C, D, E en nog 3 andere stappen". */
function listSteps(names: string[]): string {
  return names.length > 5
    ? formatList([...names.slice(0, 5), `nog ${names.length - 5} andere stappen`])
    : formatList(names);
}
