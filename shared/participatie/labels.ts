import type {
  Binding,
  CompetentBody,
  CouncilRole,
  DecisionMethod,
  Domain,
  Feedback,
  Goal,
  Group,
  GroupSize,
  Impact,
  Intensity,
  Interaction,
  Level,
  Mode,
  Phase,
  Reach,
  Recruitment,
  Requirement,
  Room,
  Scale,
} from './vocabulary';

/**
 * Dutch labels for every vocabulary id. CLI, UI and export read these maps so they all use the
 * same words. `Record<Id, …>` makes the type checker refuse a missing id.
 */

export interface LabelWithExplanation {
  label: string;
  explanation: string;
}

export const phaseLabels: Record<Phase, LabelWithExplanation> = {
  agendering: { label: 'Agendering', explanation: 'Wat is het probleem, en moet de gemeente er iets mee?' },
  beleidsvoorbereiding: {
    label: 'Beleidsvoorbereiding',
    explanation: 'Plannen maken en mogelijke oplossingen uitwerken.',
  },
  besluitvorming: { label: 'Besluitvorming', explanation: 'Het college of de raad neemt een besluit.' },
  uitvoering: { label: 'Uitvoering', explanation: 'Het besluit wordt in de praktijk gebracht.' },
  evaluatie: { label: 'Evaluatie', explanation: 'Terugkijken: werkte het, en wat leren we ervan?' },
};

/** Participatieladder with the promise each rung makes to participants. */
export const levelLabels: Record<Level, LabelWithExplanation & { promise: string }> = {
  informeren: {
    label: 'Informeren',
    explanation: 'De gemeente vertelt wat er gebeurt en waarom. Meepraten over de inhoud is niet mogelijk.',
    promise: 'We houden je op de hoogte en leggen uit hoe het besluit tot stand komt.',
  },
  raadplegen: {
    label: 'Raadplegen',
    explanation: 'De gemeente vraagt je mening over een plan. Het bestuur beslist zelf.',
    promise: 'We vragen je mening, nemen die mee in onze afweging en laten je weten wat we ermee gedaan hebben.',
  },
  adviseren: {
    label: 'Adviseren',
    explanation: 'Je denkt mee en geeft advies. Het bestuur volgt het advies in principe, of legt uit waarom niet.',
    promise: 'We vragen je advies. Wijken we ervan af, dan leggen we uit waarom.',
  },
  coproduceren: {
    label: 'Coproduceren',
    explanation: 'Inwoners en gemeente maken samen een plan, binnen vooraf gestelde kaders.',
    promise: 'We werken samen aan de oplossing en nemen het gezamenlijke resultaat zo veel mogelijk over.',
  },
  meebeslissen: {
    label: 'Meebeslissen',
    explanation: 'Inwoners beslissen zelf, binnen de kaders. Het bestuur neemt de uitkomst over.',
    promise: 'Binnen de afgesproken kaders neemt het bestuur jullie besluit over.',
  },
  zelfbeheer: {
    label: 'Zelfbeheer',
    explanation: 'Inwoners nemen het initiatief of de uitvoering zelf in handen. De gemeente ondersteunt.',
    promise: 'Jullie hebben de regie. De gemeente ondersteunt en houdt zich aan de gemaakte afspraken.',
  },
};

export const goalLabels: Record<Goal, LabelWithExplanation> = {
  'informeren-uitleggen': {
    label: 'Informeren en uitleggen',
    explanation: 'Mensen weten wat er gaat gebeuren en waarom.',
  },
  'kennis-ophalen': { label: 'Kennis ophalen', explanation: 'Ervaring en kennis van inwoners gebruiken.' },
  'ideeen-ontwikkelen': { label: 'Ideeën ontwikkelen', explanation: 'Samen nieuwe oplossingen bedenken.' },
  draagvlak: { label: 'Draagvlak', explanation: 'Zorgen dat mensen het besluit begrijpen en kunnen accepteren.' },
  betrokkenheid: { label: 'Betrokkenheid', explanation: 'Mensen voelen zich betrokken bij hun buurt of gemeente.' },
  'representatief-beeld': {
    label: 'Representatief beeld',
    explanation: 'Weten wat alle inwoners vinden, niet alleen de mensen die zich melden.',
  },
  prioriteren: { label: 'Prioriteren', explanation: 'Keuzes maken: wat gaat voor?' },
  'besluit-nemen': { label: 'Een besluit nemen', explanation: 'Inwoners nemen (mede) het besluit.' },
  'initiatief-ondersteunen': {
    label: 'Initiatief ondersteunen',
    explanation: 'Plannen van inwoners zelf mogelijk maken.',
  },
  'vertrouwen-herstellen': {
    label: 'Vertrouwen herstellen',
    explanation: 'De relatie tussen inwoners en gemeente verbeteren.',
  },
  'taak-overnemen': {
    label: 'Een taak overnemen',
    explanation: 'Inwoners voeren een taak van de gemeente zelf uit, binnen de kaders van de gemeente (uitdaagrecht).',
  },
};

/**
 * Room is about what is still open. Handing over the execution within fixed frames (uitdaagrecht,
 * zelfbeheer) needs real options within frames, not an open question: the labels say so, so a
 * user can tell `substantieel` from `groot`.
 */
export const roomLabels: Record<Room, LabelWithExplanation> = {
  geen: { label: 'Alles ligt vast', explanation: 'Er valt niets meer te kiezen. Alleen informeren is dan eerlijk.' },
  beperkt: {
    label: 'Alleen details open',
    explanation: 'De hoofdlijn ligt vast; over de uitwerking kun je nog meepraten.',
  },
  substantieel: {
    label: 'Echte keuzes binnen kaders',
    explanation:
      'Binnen vaste kaders zijn er echte keuzes open. Ook de uitvoering overdragen aan inwoners kan (uitdaagrecht, zelfbeheer).',
  },
  groot: {
    label: 'De vraag zelf ligt open',
    explanation: 'Zelfs wat het probleem is en of de gemeente iets moet doen, staat nog open.',
  },
};

export const domainLabels: Record<Domain, LabelWithExplanation> = {
  fysiek: { label: 'Fysiek en ruimtelijk', explanation: 'Openbare ruimte, wonen, verkeer, groen, bouwprojecten.' },
  sociaal: { label: 'Sociaal domein', explanation: 'Zorg en ondersteuning (Wmo), jeugd, werk en inkomen.' },
  'energie-klimaat': { label: 'Energie en klimaat', explanation: 'Warmtetransitie, zon en wind, klimaatadaptatie.' },
  veiligheid: { label: 'Veiligheid', explanation: 'Openbare orde, overlast, ondermijning.' },
  'bestuur-financien': {
    label: 'Bestuur en financiën',
    explanation: 'Begroting, belastingen, herindeling, de manier van besturen zelf.',
  },
  overig: { label: 'Iets anders', explanation: 'Cultuur, sport, onderwijs of een onderwerp dat nergens goed past.' },
};

export const scaleLabels: Record<Scale, LabelWithExplanation> = {
  straat: { label: 'Straat', explanation: 'Een straat of een paar huizenblokken.' },
  buurt: { label: 'Buurt of wijk', explanation: 'Eén buurt of wijk.' },
  kern: { label: 'Dorp of kern', explanation: 'Eén dorp of kern van de gemeente.' },
  gemeente: { label: 'Hele gemeente', explanation: 'Alle inwoners van de gemeente.' },
  regio: { label: 'Regio', explanation: 'Meer gemeenten samen.' },
};

export const impactLabels: Record<Impact, LabelWithExplanation> = {
  klein: { label: 'Klein', explanation: 'Merkbaar, maar het verandert weinig aan het dagelijks leven.' },
  middel: { label: 'Middel', explanation: 'Mensen merken het duidelijk, in hun buurt of hun portemonnee.' },
  groot: {
    label: 'Groot',
    explanation: 'Het raakt het huis, de zorg of het inkomen van veel mensen, of is moeilijk terug te draaien.',
  },
};

export const intensityLabels: Record<Intensity, string> = {
  light: 'licht: weinig voorbereiding, snel te doen',
  medium: 'middelzwaar',
  heavy: 'zwaar: maanden werk en veel deelnemers of een formele procedure',
};

export const competentBodyLabels: Record<CompetentBody, LabelWithExplanation> = {
  raad: { label: 'De gemeenteraad', explanation: 'Kaders, verordeningen, begroting, omgevingsvisie.' },
  college: {
    label: 'Het college van B en W',
    explanation: 'Uitvoering, de meeste projecten, een verzoek om uitdaagrecht.',
  },
  burgemeester: { label: 'De burgemeester', explanation: 'Openbare orde en veiligheid.' },
};

export const reachLabels: Record<Reach, LabelWithExplanation> = {
  'actieve-inwoners': {
    label: 'Actieve inwoners',
    explanation: 'Mensen die zich uit zichzelf melden en willen meedoen.',
  },
  belanghebbenden: {
    label: 'Belanghebbenden',
    explanation: 'Mensen en organisaties die direct met de gevolgen te maken krijgen.',
  },
  'alle-inwoners': { label: 'Alle inwoners', explanation: 'Een brede en gemengde groep inwoners.' },
  'specifieke-groepen': { label: 'Specifieke groepen', explanation: 'Groepen die je gericht wilt bereiken.' },
};

export const groupLabels: Record<Group, LabelWithExplanation> = {
  kinderen: { label: 'Kinderen', explanation: 'Ongeveer 4 tot 12 jaar: basisschoolleeftijd.' },
  jongeren: { label: 'Jongeren', explanation: 'Ongeveer 12 tot 27 jaar.' },
  ouderen: { label: 'Ouderen', explanation: 'Ook mensen die minder mobiel of minder digitaal vaardig zijn.' },
  laaggeletterden: { label: 'Laaggeletterden', explanation: 'Mensen die moeite hebben met lezen en schrijven.' },
  migratieachtergrond: {
    label: 'Inwoners met een migratieachtergrond',
    explanation: 'Ook mensen die het Nederlands nog niet goed beheersen.',
  },
  'mensen-met-beperking': {
    label: 'Mensen met een beperking',
    explanation: 'Lichamelijk, zintuiglijk, verstandelijk of psychisch.',
  },
  ondernemers: { label: 'Ondernemers', explanation: 'Winkeliers, zzp’ers, bedrijven.' },
  'maatschappelijke-organisaties': {
    label: 'Maatschappelijke organisaties',
    explanation: 'Verenigingen, woningcorporaties, welzijnswerk.',
  },
  afhakers: { label: 'Afhakers', explanation: 'Mensen die zich van politiek en overheid hebben afgekeerd.' },
};

export const councilRoleLabels: Record<CouncilRole, LabelWithExplanation> = {
  kaderstellend: {
    label: 'Kaderstellend',
    explanation: 'De raad stelt vooraf de kaders vast waarbinnen participatie plaatsvindt.',
  },
  volksvertegenwoordigend: {
    label: 'Volksvertegenwoordigend',
    explanation: 'De raad luistert naar inwoners en brengt hun belangen in.',
  },
  controlerend: {
    label: 'Controlerend',
    explanation: 'De raad controleert of het college zich aan de afspraken houdt.',
  },
  besluitvormend: { label: 'Besluitvormend', explanation: 'De raad neemt het besluit en weegt daarbij de inbreng.' },
};

export const recruitmentLabels: Record<Recruitment, string> = {
  open: 'Open: iedereen kan zich aanmelden',
  gericht: 'Gericht: bepaalde mensen worden uitgenodigd',
  steekproef: 'Steekproef uit de basisregistratie (BRP), gewogen naar kenmerken',
  loting: 'Loting',
  'gestratificeerde-loting': 'Gewogen loting (met quota per kenmerk)',
};

export const groupSizeLabels: Record<GroupSize, string> = {
  small: 'minder dan 20 mensen',
  medium: '20 tot 100 mensen',
  large: 'meer dan 100 mensen',
  unlimited: 'geen grens',
};

export const modeLabels: Record<Mode, string> = {
  'in-person': 'fysiek',
  online: 'online',
  both: 'fysiek en online',
};

export const interactionLabels: Record<Interaction, string> = {
  listening: 'luisteren',
  'expressing-views': 'mening geven',
  deliberating: 'samen afwegen',
  negotiating: 'onderhandelen',
  deciding: 'beslissen',
};

export const decisionMethodLabels: Record<DecisionMethod, string> = {
  none: 'geen besluit door deelnemers',
  consensus: 'overeenstemming',
  ideas: 'ideeën verzamelen',
  poll: 'peiling',
  vote: 'stemming',
};

export const bindingLabels: Record<Binding, string> = {
  informative: 'informerend',
  advisory: 'adviserend',
  weighty: 'zwaarwegend advies',
  binding: 'bindend',
};

export const feedbackLabels: Record<Feedback, string> = {
  'is-feedback': 'is zelf een terugkoppeling aan deelnemers',
  'includes-feedback': 'heeft een vaste terugkoppeling aan deelnemers',
  none: 'geen vaste terugkoppeling',
};

export const requirementLabels: Record<Requirement, string> = {
  'budget-mandate': 'De raad geeft vooraf een budget en mandaat.',
  'by-law': 'Er is een verordening nodig (bijvoorbeeld een referendumverordening).',
  'ja-nee-vraag': 'De vraag moet met ja of nee te beantwoorden zijn.',
  'frames-first': 'De raad stelt vooraf de kaders en de opdracht vast.',
  'council-agenda': 'Het onderwerp komt op de agenda van de raad.',
  'uitdaagrecht-procedure': 'Er is een procedure voor het uitdaagrecht (in de participatieverordening).',
};

export const costLabels: Record<1 | 2 | 3, string> = {
  1: '€ (tot ongeveer € 5.000)',
  2: '€€ (ongeveer € 5.000 tot € 25.000)',
  3: '€€€ (meer dan € 25.000)',
};
