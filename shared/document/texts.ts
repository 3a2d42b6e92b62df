import {
  describeReason,
  describeExclusion,
  euro,
  goalLabels,
  groupLabels,
  recruitmentLabels,
  levelLabels,
  phaseLabels,
  type Group,
  type Level,
  type Reason,
  type Recruitment,
  type Room,
  type Warning,
  type WarningId,
  type InstrumentNames,
} from '../participatie/index';
import { formatIsoDate, formatList } from '../format';
import type { CheckId } from '../procesplaat/checks';
import type { PlateNode } from '../procesplaat/model';

/**
 * Formal, impersonal Dutch for the exported document ("de gemeente", "inwoners"). The app's own
 * sentences (texts.ts in participatie) address the user as "je"; where those would read wrong in
 * a raadsvoorstel they are rephrased here, keyed by the same ids so nothing can be forgotten.
 * The promise per level is quoted verbatim: it is what participants themselves are told.
 */

export const phaseName = (phase: string): string => phaseLabels[phase as keyof typeof phaseLabels]?.label ?? phase;
export const levelName = (level: string): string => levelLabels[level as Level]?.label ?? level;
export const groupName = (group: string): string => groupLabels[group as Group]?.label ?? group;

/** The promise per level, as participants hear it, in quotation marks. */
export function quotedPromise(level: Level): string {
  return `“${levelLabels[level].promise}”`;
}

export const roomFormal: Record<Room, string> = {
  geen: 'Er is geen ruimte voor invloed: de inhoud ligt vast. Inwoners worden alleen geïnformeerd.',
  beperkt: 'De hoofdlijn ligt vast. Inwoners kunnen invloed uitoefenen op de uitwerking en de details.',
  substantieel: 'Er zijn reële keuzes open binnen vooraf vastgestelde kaders.',
  groot: 'De vraag zelf ligt nog open; inwoners kunnen ook het probleem en de aanpak mee bepalen.',
};

/** How the municipality reaches each group that does not come by itself. */
export const outreachFormal: Record<Group, string> = {
  kinderen:
    'Kinderen worden betrokken via basisscholen, de kinderraad en op de plek zelf, in korte en speelse vormen met begeleiding.',
  jongeren:
    'De gemeente zoekt jongeren op via scholen, sportclubs en jongerenwerk, en biedt korte en online vormen van meedoen.',
  ouderen: 'Ouderen worden persoonlijk en op papier uitgenodigd; bijeenkomsten zijn overdag, dichtbij en toegankelijk.',
  laaggeletterden:
    'Informatie is in eenvoudige taal (B1) en met beeld; uitnodigingen gaan ook mondeling, via sleutelpersonen en taalhuizen.',
  migratieachtergrond:
    'De gemeente werkt met sleutelpersonen uit de gemeenschappen en biedt waar nodig vertaling of tolken aan.',
  'mensen-met-beperking':
    'Locaties en materialen zijn toegankelijk; deelnemers kunnen vooraf aangeven welke ondersteuning zij nodig hebben.',
  ondernemers: 'Ondernemers worden benaderd via ondernemersverenigingen, op tijdstippen die passen bij hun werk.',
  'maatschappelijke-organisaties':
    'Maatschappelijke organisaties worden gericht uitgenodigd en gevraagd hun achterban te betrekken.',
  afhakers:
    'De gemeente gaat naar plekken waar deze inwoners al komen en voert gesprekken zonder verplichtingen vooraf.',
};

/**
 * A reason for an instrument in formal wording. Most engine sentences are already impersonal;
 * the two that address the user are rephrased. A test checks that no "je" slips through.
 */
export function reasonFormal(reason: Reason): string {
  if (reason.criterion === 'tijd' && reason.effect !== 'fits') {
    return `Vraagt minstens ${reason.value} weken voorbereiding; er zijn ${reason.answer} weken beschikbaar.`;
  }
  if (reason.criterion === 'ja-nee-vraag') return 'Vraagt om een vraag die met ja of nee te beantwoorden is.';
  if (reason.criterion === 'budget') {
    const [low, high] = String(reason.value).split('-').map(Number);
    const range = `${euro(low ?? 0)} tot ${euro(high ?? 0)}`;
    const budget = euro(Number(reason.answer));
    return reason.effect === 'fits'
      ? `Kost ongeveer ${range}; dat past binnen het budget van ${budget}.`
      : reason.effect === 'neutral'
        ? `Kost ongeveer ${range}; met het budget van ${budget} is alleen een eenvoudige vorm mogelijk.`
        : `Kost ongeveer ${range}; dat is meer dan het budget van ${budget}.`;
  }
  if (reason.criterion === 'werving') {
    const how = (recruitmentLabels[reason.answer as Recruitment] ?? String(reason.answer)).toLowerCase();
    return reason.effect === 'fits'
      ? `Deelnemers worden geworven via ${how}; dat geeft een representatief beeld.`
      : `Deelnemers worden geworven via ${how.replace(/:.*/, '')}; het beeld is daardoor niet representatief.`;
  }
  if (reason.criterion === 'representatief' && reason.value === 'mits-steekproef')
    return 'Geeft alleen een representatief beeld als de deelnemers met een steekproef of loting worden getrokken.';
  return describeReason(reason);
}

export { describeExclusion };

const names = (w: Warning, n: InstrumentNames) => formatList((w.instrumentIds ?? []).map(n));

/** Open points for the annex; one entry per warning id, so a new warning cannot be left out. */
export const warningFormal: Record<WarningId, (w: Warning, n: InstrumentNames) => string> = {
  'ruimte-geen-maar-invloed': () =>
    'Er is geen ruimte voor invloed, terwijl deelnemers wel invloed wordt beloofd. Alleen informeren is dan eerlijk, of eerst moet worden vastgesteld waar nog ruimte is.',
  'niveau-hoger-dan-ruimte': () =>
    'Het participatieniveau belooft meer invloed dan de beïnvloedingsruimte toelaat. Het niveau moet omlaag of de ruimte moet groter worden.',
  'representatief-alleen-zelfselectie': (w, n) =>
    `Er is een representatief beeld beoogd, maar ${names(w, n)} ${(w.instrumentIds ?? []).length > 1 ? 'werken' : 'werkt'} zonder loting of steekproef. Een instrument met loting of steekproef ontbreekt.`,
  'besluit-zonder-raadsmoment': () =>
    'Inwoners nemen (mede) een besluit, maar er is geen besluitmoment van de raad en geen mandaat. Vooraf moet vastliggen hoe de raad de uitkomst overneemt.',
  'referendum-geen-ja-nee-vraag': (w, n) =>
    `${names(w, n)} werkt het best met één vraag die met ja of nee te beantwoorden is; dat is hier niet (zeker) het geval. Bij meer keuzes moet vooraf vastliggen hoe de uitslag wordt vastgesteld; een preferendum is een alternatief.`,
  'geen-terugkoppeling': () =>
    'De mix bevat geen moment waarop deelnemers horen wat met hun inbreng is gedaan. Een terugkoppeling moet nog worden toegevoegd.',
  'instrumenten-voor-doelen': () =>
    'Er zijn instrumenten gekozen, maar nog geen doelen vastgesteld. Eerst moeten de doelen worden bepaald.',
  'groepen-niet-bereikt': (w) =>
    `De mix bereikt ${formatList((w.groups ?? []).map((g) => groupName(g).toLowerCase()))} niet goed. Een instrument dat deze groepen wel bereikt ontbreekt.`,
  'geen-participatie-zonder-reden': () =>
    'Voor deze fase is gekozen om inwoners niet te betrekken, zonder motivering. De participatieverordening vraagt om een motivering.',
  'gekozen-instrument-past-niet': (w, n) =>
    `${names(w, n)} past niet bij de antwoorden: ${(w.exclusions ?? []).map((e) => describeExclusion(e).replace(/\.$/, '').toLowerCase()).join('; ')}.`,
  'onbekend-instrument': (w) => `Onbekend instrument: ${formatList(w.instrumentIds ?? [])}.`,
  'budgetmandaat-ontbreekt': (w, n) =>
    `${names(w, n)} vraagt een budget en mandaat van de raad; dat is (nog) niet geregeld.`,
  'meebeslissen-zonder-mandaat': () =>
    'Inwoners beslissen in deze fase, maar er is geen mandaat en geen voorafgaande toezegging dat het bevoegd gezag de uitkomst overneemt. Het mandaat of de toezegging moet nog worden vastgelegd, of het niveau moet omlaag.',
  'mandaat-niet-doorgetrokken': () =>
    'Er is in een andere fase een mandaat verleend, maar niet in deze fase, waarin inwoners ook beslissen. Het mandaat moet ook voor deze fase worden vastgelegd, of het niveau moet omlaag.',
  'doel-past-niet-bij-niveau': (w) =>
    `Het doel ${formatList((w.goals ?? []).map((g) => goalLabels[g].label.toLowerCase()))} past niet bij het beloofde participatieniveau. Doel of niveau moet worden aangepast.`,
  'representatief-met-actieve-inwoners': () =>
    'Er wordt een representatief beeld beoogd, terwijl de doelgroep bestaat uit actieve inwoners die zich zelf melden. Doelgroep of doel moet worden aangepast.',
  'specifieke-groepen-zonder-groepen': () =>
    'Als doelgroep zijn specifieke groepen genoemd, maar nog niet welke. De groepen moeten nog worden bepaald.',
  'geen-kaderstelling-vooraf': () =>
    'De raad stelt vóór de eerste participatie geen kaders vast. Een kaderstellend moment van de raad moet nog worden ingepland.',
  'start-bij-besluitvorming': () =>
    'Het traject begint bij de besluitvorming. Toegelicht moet worden waarom inwoners bij agendering en beleidsvoorbereiding niet zijn betrokken.',
  'ondersteunend-instrument': (w, n) =>
    `${names(w, n)} geeft deelnemers minder invloed dan het niveau van deze fase en dient als ondersteuning. Deelnemers horen vooraf welke invloed zij met dit instrument hebben.`,
  'geen-participatie-met-instrumenten': (w, n) =>
    `Voor deze fase is gekozen om inwoners niet te betrekken, terwijl er wel instrumenten zijn gekozen (${names(w, n)}). Een van beide moet worden aangepast.`,
  'geen-evaluatie': () =>
    'Er is geen evaluatie van de participatie gepland. Vastgelegd moet worden wanneer wordt geëvalueerd en hoe de raad daarover wordt geïnformeerd.',
  'gekozen-instrument-niet-haalbaar': (w, n) =>
    `${names(w, n)} is met het beschikbare budget of de beschikbare tijd niet haalbaar: ${(w.infeasible ?? []).map((l) => (l.criterion === 'budget' ? `de kosten bedragen minstens ${euro(l.needed)} bij een budget van ${euro(l.answer)}` : `er zijn minstens ${l.needed} weken nodig en er zijn er ${l.answer}`)).join('; ')}.`,
  'pas-laat-betrokken': () =>
    'Inwoners worden niet betrokken bij agendering en beleidsvoorbereiding, maar pas daarna. Het probleem en de plannen liggen dan al vast. Er moet worden nagegaan of inwoners eerder kunnen meedenken; zo niet, dan moet de reden worden toegelicht.',
};

/** The visible marker for a gap the author still has to fill: never a silent omission. */
export const TO_BE_FILLED_IN = '[nog in te vullen]';
export const toBeFilledIn = (what: string) => `${TO_BE_FILLED_IN} ${what}`;

const nodeTitle = (n: PlateNode | undefined) => (n ? `‘${n.data.title}’` : 'een stap');
const nodeTitles = (nodes: PlateNode[]) => formatList(nodes.map((n) => nodeTitle(n)));

/** Failed procesplaat checks as open points, formal and impersonal; keyed by check id so none is forgotten. */
export const checkFormal: Record<CheckId, (nodes: PlateNode[]) => string> = {
  'activiteit-zonder-terugkoppeling': ([n]) =>
    `Na ${nodeTitle(n)} horen deelnemers niet wat met hun inbreng is gedaan. Een terugkoppeling moet nog worden toegevoegd.`,
  'participatie-na-besluit': ([n, decision]) =>
    `${nodeTitle(n)} vindt plaats na het besluit ${nodeTitle(decision)}, terwijl de inbreng dat besluit moet voeden. De activiteit moet vóór het besluit worden geplaatst.`,
  'niveau-hoger-dan-ruimte': ([n]) =>
    `${nodeTitle(n)} belooft deelnemers meer invloed dan de beïnvloedingsruimte in deze fase toelaat. Het niveau moet omlaag of de ruimte moet groter worden.`,
  'geen-kaderstelling-vooraf': (nodes) =>
    `De raad stelt geen kaders vast voordat ${nodeTitles(nodes)} ${nodes.length > 1 ? 'beginnen' : 'begint'}. Een kaderstellend moment van de raad moet nog worden ingepland.`,
  'besluit-zonder-informatie': ([n]) =>
    `Vóór ${nodeTitle(n)} wordt de raad niet geïnformeerd over de inbreng van inwoners. Een informatiemoment voor de raad moet nog worden toegevoegd.`,
  'besluit-niet-teruggekoppeld': ([n]) =>
    `Na ${nodeTitle(n)} horen deelnemers niet wat is besloten en waarom. Een terugkoppeling van het besluit moet nog worden toegevoegd.`,
  'geen-evaluatie': () =>
    'In de procesplaat is geen evaluatie van de participatie opgenomen. Een evaluatie aan het eind, met een informatiemoment voor de raad, moet nog worden toegevoegd.',
  'los-van-proces': (nodes) =>
    `${nodeTitles(nodes)} ${nodes.length > 1 ? 'zijn' : 'is'} niet verbonden met de rest van het proces in de procesplaat.`,
  kringloop: (nodes) =>
    `De stappen ${nodeTitles(nodes)} volgen elkaar in de procesplaat in een kring op, zodat het proces geen einde heeft.`,
};

/** Who decides, in a sentence ("de gemeenteraad"). */
export const deciderName: Record<'raad' | 'college' | 'burgemeester' | 'inwoners', string> = {
  raad: 'de gemeenteraad',
  college: 'het college van burgemeester en wethouders',
  burgemeester: 'de burgemeester',
  inwoners: 'inwoners, binnen het mandaat dat de raad vooraf heeft gegeven',
};

/** "in de fase besluitvorming" / "in de fasen agendering en uitvoering". */
export function inPhases(phases: string[]): string {
  const names = phases.map((p) => phaseName(p).toLowerCase());
  return names.length === 1 ? `in de fase ${names[0]}` : `in de fasen ${formatList(names)}`;
}

/** "3 maart 2026 – 1 mei 2026"; "vanaf …" or "uiterlijk …" when the end or start is missing. */
export function formatPeriod(start?: string, end?: string): string {
  if (start && end) return `${formatIsoDate(start)} – ${formatIsoDate(end)}`;
  if (start) return `vanaf ${formatIsoDate(start)}`;
  if (end) return `uiterlijk ${formatIsoDate(end)}`;
  return '';
}

/** Chapter and paragraph titles of the participatieplan, keyed by section id (build.ts adds the numbers). */
export const planTitles = {
  definitions: 'Begrippen',
  vraagstuk: 'Vraagstuk en motivering',
  goals: 'Doelen per fase',
  room: 'Beïnvloedingsruimte en kaders',
  level: 'Participatieniveau en belofte aan deelnemers',
  roles: 'Rollen',
  rolesInwoners: 'Inwoners',
  rolesRaad: 'Gemeenteraad',
  rolesCollege: 'College van burgemeester en wethouders',
  rolesOfficials: 'Ambtelijke organisatie',
  targetGroups: 'Doelgroepen en bereik',
  mix: 'Participatiemix',
  planning: 'Planning',
  procesplaat: 'Procesplaat',
  spelregels: 'Spelregels',
  terugkoppeling: 'Terugkoppeling, weging en verslag aan de raad',
  terugkoppelingParticipants: 'Terugkoppeling aan deelnemers',
  terugkoppelingWeighing: 'Wegingskader',
  terugkoppelingReport: 'Participatieverslag',
  terugkoppelingProcedure: 'Formele inspraak en zienswijzen',
  evaluation: 'Evaluatie',
  assignment: 'Opdracht, bevoegd gezag en middelen',
  legalFramework: 'Wettelijk kader',
  stakeholders: 'Belanghebbenden',
  privacy: 'Privacy en klachten',
  decisionPoints: 'Beslispunten',
  openPoints: 'Open aandachtspunten',
  sources: 'Instrumenten: kosten en bronnen',
} as const;

/** The document title of each variant (plan, paragraaf, motivering). */
export const variantTitles = {
  plan: 'Participatieplan en spelregels',
  paragraaf: 'Participatieparagraaf',
  motivering: 'Motivering afzien van participatie',
} as const;

/** Titles of the one-page participatieparagraaf, keyed by the plan's section id it summarises. */
export const paragraafTitles = {
  vraagstuk: 'Aanpak',
  roles: 'Rol van de raad en belofte aan deelnemers',
  terugkoppeling: 'Terugkoppeling en weging',
  assignment: 'Middelen',
  openPoints: 'Open punten',
} as const;

/** Titles of the one-page motivering (no participation), keyed by section id. */
export const motiveringTitles = {
  vraagstuk: 'Besluit en bevoegd gezag',
  vraagstukMotivering: 'Motivering per fase',
  legalFramework: 'Grondslag',
  openPoints: 'Open punten',
} as const;

/** The fixed words around a document's content: title page, header and footer, table of contents. */
export const documentLabels = {
  municipality: 'Gemeente',
  date: 'Datum',
  version: 'Versie',
  status: 'Status',
  commissioner: 'Opdrachtgever',
  concept: 'Concept',
  /** "versie 1.0" in the footer. */
  versionInFooter: (version: string) => `versie ${version}`,
  annex: (letter: string) => `Bijlage ${letter}`,
  contents: 'Inhoud',
  /** Word's footer: "Pagina " PAGE " van " NUMPAGES. */
  pageOf: ['Pagina ', ' van '] as const,
  /** The PDF's footer, as CSS content. */
  pageOfCss: '"Pagina " counter(page) " van " counter(pages)',
  figureName: 'Procesplaat',
  madeWith: (documentTitle: string) => `${documentTitle}, gemaakt met Samenspel`,
  /** Markdown cannot show the figure: its text alternative is followed by this. */
  stepsBelow: 'De stappen per fase staan hieronder.',
} as const;

/** The header row of each table, keyed by the section it is in. */
export const tableHeaders = {
  definitions: ['Begrip', 'Betekenis in dit plan'],
  vraagstuk: ['Fase', 'Participatie', 'Motivering'],
  goals: ['Fase', 'Doelen'],
  room: ['Fase', 'Ruimte voor invloed', 'Kaders die vastliggen', 'Middelen en tijd'],
  level: ['Fase', 'Niveau', 'Belofte aan deelnemers'],
  targetGroups: ['Fase', 'Wie wordt betrokken', 'Groepen die extra aandacht krijgen'],
  mix: ['Instrument', 'Rol in de mix', 'Waarom het past', 'Kanttekening'],
  planning: ['Fase', 'Periode', 'Stappen', 'Beschikbare tijd'],
  assignment: ['Onderdeel', 'Invulling'],
  stakeholders: ['Partij', 'Belang'],
  openPoints: ['Fase', 'Herkomst', 'Aandachtspunt'],
  sources: ['Instrument', 'Indicatieve kosten en onderbouwing', 'Bronnen'],
  paragraaf: ['Fase', 'Niveau', 'Instrumenten', 'Periode'],
  motivering: ['Fase', 'Motivering'],
} satisfies Record<string, string[]>;

/** Where an open point comes from, as the annex's column 'Herkomst' says it. */
export const openPointSources = {
  advice: 'Advies',
  procesplaat: 'Procesplaat',
  details: 'Plangegevens',
  code: 'Participatiecode',
} as const;

/** The column 'Rol in de mix': what an instrument does in a phase's mix. */
export const mixRoles = {
  companion: 'Informeert en koppelt terug',
  supporting: 'Ondersteunt',
  proposed: 'Voorgesteld',
  chosenInfeasible: 'Gekozen; niet haalbaar',
  chosenNotFitting: 'Gekozen; past niet bij de antwoorden',
  chosen: 'Gekozen',
} as const;

/** Short fixed sentences of the participatieplan: placeholders, captions and lead-ins. */
export const planPhrases = {
  seeAnnexA: 'Zie bijlage A.',
  wholeTraject: 'Hele traject',
  motiveringMissing: 'De motivering ontbreekt nog.',
  notYetSet: 'Nog niet vastgesteld.',
  notYetFilledIn: 'Nog niet ingevuld.',
  levelNotChosen: 'Nog niet gekozen',
  reachNotDecided: 'Nog niet bepaald',
  noStepsYet: 'Nog geen stappen in de procesplaat.',
  vraagstukNotDescribed: 'Het vraagstuk is nog niet beschreven.',
  noFramesSet: 'Geen vastgelegd.',
  noParticipationInPhase: 'Geen participatie in deze fase.',
  noParticularReasons: 'Geen bijzondere redenen vastgelegd.',
  figureCaption: 'Figuur 1. Procesplaat van het traject',
  noSpelregels: 'Er zijn geen spelregels opgesteld.',
  noOpenPoints: 'Er zijn geen open aandachtspunten.',
  noFittingInstrument: 'Er is geen passend instrument gevonden.',
  roomNotDecided: 'De beïnvloedingsruimte is nog niet bepaald.',
  councilIsAsked: 'De raad wordt gevraagd:',
  stepsInOrder: 'De stappen per fase, in volgorde:',
  legalBasisIntro: 'Dit plan berust op de volgende bepalingen:',
} as const;

/** Bold lead-ins, row labels and one-line statements of the participatieplan. */
export const planLabels = {
  organisation: 'Organisatie',
  competences: 'Benodigde competenties',
  preconditions: 'Randvoorwaarden',
  agreement: 'Afspraak',
  councilRolePerPhase: 'Rol van de raad per fase:',
  councilMoments: 'Momenten van de raad volgens de procesplaat:',
  feedbackMoments: 'Terugkoppelmomenten volgens de procesplaat:',
  evaluationQuestion: 'Evaluatievraag',
  planned: 'Gepland',
  noResidentsInEvaluation: 'Inwoners worden bij de evaluatie niet betrokken',
  evaluationInstruments: 'Instrumenten voor de evaluatie',
  competentAuthority: 'Bevoegd gezag',
  commissioner: 'Opdrachtgever',
  contact: 'Contactpersoon',
  budget: 'Budget voor participatie',
  capacity: 'Ambtelijke capaciteit',
  uitdaagrecht: 'Uitdaagrecht',
  complaints: 'Klachten',
  noInstrumentsNamed: 'In dit plan worden nog geen instrumenten genoemd.',
  instrumentsChosen: 'Voor deze fase zijn de volgende instrumenten gekozen.',
} as const;

/** The table of definitions at the start of the plan: term and meaning. */
export const definitionRows: readonly (readonly [string, string])[] = [
  [
    'Participatie',
    'Het betrekken van inwoners en maatschappelijke partijen bij de voorbereiding, uitvoering en evaluatie van beleid.',
  ],
  ['Inwoner', 'Iedereen die in de gemeente woont, werkt, onderneemt of er een belang heeft.'],
  [
    'Participatieladder',
    'De treden van invloed: informeren, raadplegen, adviseren, coproduceren, meebeslissen en zelfbeheer.',
  ],
  [
    'Participatieplan',
    'Dit document: hoe de gemeente inwoners in dit traject betrekt, met de spelregels die daarbij gelden.',
  ],
  [
    'Procesplaat',
    'Het schema van het proces: activiteiten, momenten van college en raad, terugkoppeling en evaluatie.',
  ],
];

/** "Voor dit traject is nog geen doel vastgelegd." */
export const nothingRecorded = (what: string) => `Voor dit traject is nog geen ${what} vastgelegd.`;

/** Fixed sentences of the one-page documents (participatieparagraaf, motivering). */
export const shortPhrases = {
  noOpenPoints: 'Er staan geen punten open.',
  feedbackNotArranged: 'De terugkoppeling aan deelnemers is nog niet geregeld.',
} as const;
