/**
 * The Dutch text of the loting audit report (report.ts): headings, table labels and paragraphs.
 * Formal and impersonal, B1 where it can be: the report goes into the file of the burgerberaad.
 * The code refers to the texts by English names (README naming rule).
 */
export const reportTexts = {
  documentTitle: 'Verslag gewogen loting',
  documentTitleReselection: 'Verslag herselectie gewogen loting',
  documentTitlePublished: 'Verslag gewogen loting, stap 1: gepubliceerde verdeling',
  subtitle: (panel: string, pool: string) => `Loting van ${panel} deelnemers uit ${pool} respondenten`,

  headingPanel: 'Getrokken panel',
  headingPanelReselection: 'Panel na de herselectie',
  panelAfterReselection: (stayers: string, open: string) =>
    `Het panel bestaat uit de ${stayers} panelleden die bleven en ${open} nieuw gelote deelnemers. Bij de nieuwe deelnemers staat “nieuw”.`,
  columnOrigin: 'Herkomst',
  originStayed: 'bleef',
  originNew: 'nieuw',

  headingReplacements: 'Vervangers bij afvallen',
  replacementsGuarantee: (maxDropouts: string, households: boolean) =>
    `Ieder panellid heeft een eigen reserve, of geen (dan staat de reden erbij). De reserves zijn samen gekozen, niet één voor één: vallen er tegelijk hoogstens ${maxDropouts} panelleden af die een reserve hebben, dan voldoet het panel met hun reserves erbij nog steeds aan alle quota${households ? ' en aan de regel van één persoon per huishouden' : ''}. Dat geldt voor iedere combinatie van hoogstens zoveel afvallers, niet alleen voor één afvaller tegelijk. Vallen er meer mensen tegelijk af, of iemand zonder reserve, dan is dat niet zeker. Doe dan een herselectie: een nieuwe loting voor de open plaatsen uit de rest van de pool, met dezelfde eerlijkheid (LEXIMIN) en dezelfde quota.`,
  replacementsCount: (withReserve: string, members: string, same: string, without: number, withoutText: string) =>
    `${withReserve} van de ${members} panelleden hebben een reserve (${same} met precies dezelfde kenmerken). ${without > 0 ? `${withoutText} panelleden hebben geen reserve binnen de quota; de tabel zegt welk quotum dat verhindert.` : 'Ieder panellid heeft een reserve.'}`,
  columnMember: 'Panellid',
  columnReserve: 'Reserve',
  columnNote: 'Toelichting',
  noReplacementWithinQuota: 'Geen vervanger binnen de quota.',
  sameProfile: 'zelfde kenmerken',
  otherProfile: (profile: string) => `andere kenmerken: ${profile}`,

  headingReserves: 'Reservelijst',
  reservesExplanation:
    'De reserves in de volgorde van de loting, met het panellid voor wie ieder van hen is aangewezen. Valt dat panellid af, dan neemt deze reserve de plaats in.',
  columnOrder: 'Volgorde',
  columnReplaces: 'Vervangt',

  headingReselection: 'Herselectie',
  reselection: (
    previousDate: string,
    previousSeed: number,
    dropouts: string,
    names: string,
    stayers: string,
    open: string,
    households: boolean,
  ) =>
    `Dit is een herselectie. Na de loting van ${previousDate} (startgetal ${previousSeed}) vielen ${dropouts} panelleden af: ${names}. De ${stayers} anderen bleven. De ${open} open plaatsen zijn opnieuw geloot uit de rest van de pool: iedereen die niet in het panel zat${households ? ' en niet in een huishouden woont met iemand die bleef' : ''}. Daarbij gelden de oorspronkelijke quota, min wat de blijvers al invullen, zodat het hele panel weer aan alle quota voldoet. De verdeling is weer LEXIMIN: de laagste kans op een open plaats is zo hoog mogelijk, daarna de op één na laagste, enzovoort. De kansen in dit verslag gelden voor deze ronde en tellen samen op tot ${open}.`,

  headingSummary: 'Samenvatting',
  columnItem: 'Gegeven',
  columnValue: 'Waarde',
  computedOn: 'Datum berekening',
  poolSize: 'Respondenten in de pool',
  panelSize: 'Panelgrootte',
  method: 'Methode',
  methodName: 'LEXIMIN (Flanigan e.a., Nature 2021)',
  optimality: 'Optimaliteit',
  proven: 'bewezen',
  notProven: (unreachable: boolean, bound: string) =>
    `niet bewezen binnen de tijdslimiet; de laagste kans${unreachable ? ' van wie in een panel past' : ''} kan hoogstens ${bound} worden`,
  seed: 'Startgetal (seed)',
  seedNotKnown: 'nog niet bekend: wordt afgeleid van de openbare waarde',
  fingerprint: 'Vingerafdruk van de verdeling (SHA-256)',
  lowestProbability: 'Laagste selectiekans',
  lowestWithUnreachable: (count: string, reselection: boolean, reachable: string) =>
    `0% voor ${count} respondent(en) die ${reselection ? 'geen open plaats kunnen krijgen' : 'in geen enkel panel passen'} (zie ‘${reselection ? 'Wie in deze ronde geen kans heeft' : 'Wie nooit geloot kan worden'}’); ${reachable} voor de anderen`,
  gini: 'Gini-coëfficiënt van de kansen',
  greedyLowest: 'Laagste kans bij de gretige methode (geschat)',
  greedyLowestEstimate: (estimate: string, bound: string) => `${estimate}; met 99% zekerheid hoogstens ${bound}`,
  households: 'Huishoudens uitgesloten',
  householdsYes: 'ja, hoogstens één persoon per huishouden',
  householdsNo: 'nee',

  headingMethod: 'Werkwijze',
  method1:
    'Uit alle panels die aan de quota voldoen, is een kansverdeling berekend die de laagste selectiekans zo hoog mogelijk maakt, daarna de op één na laagste, enzovoort (LEXIMIN). Respondenten met precies dezelfde kenmerken hebben daardoor dezelfde kans. De berekening gebruikt lineaire en geheeltallige optimalisatie (HiGHS) en is volledig op dit apparaat uitgevoerd.',
  methodPublished: (panels: string) =>
    `De verdeling bestaat uit ${panels} mogelijke panels, elk met een kans. Er is nog niemand getrokken: dat gebeurt pas als de openbare waarde bekend is (zie ‘Controleerbare trekking’).`,
  methodDrawn: (panels: string, seed: number, panelNumber: number) =>
    `Uit de verdeling (${panels} mogelijke panels, elk met een kans) is met het startgetal ${seed} één panel getrokken (nummer ${panelNumber}); daarna zijn per profiel de personen en de volgorde van de reservelijst getrokken. Met hetzelfde bestand, dezelfde quota, dezelfde verdeling en hetzelfde startgetal levert de trekking dezelfde personen op.`,
  terms:
    'Begrippen. De pool: alle mensen die op de uitnodiging reageerden en uit wie geloot wordt. Een profiel: een groep respondenten met precies dezelfde kenmerken. Het startgetal (in het Engels seed): het getal waarmee de willekeurige getallen van de trekking beginnen; met hetzelfde startgetal komt er precies hetzelfde uit, zodat iedereen de trekking kan herhalen. De willekeurige getallen komen uit sfc32 (Small Fast Counting, een bekende rekenregel voor willekeurige getallen), waarvan de begintoestand met splitmix32 uit het startgetal is berekend. De gretige methode: de manier van loten van oudere programma’s, die steeds één persoon kiest met de waarde die het verst achterloopt; zij dient hier alleen ter vergelijking. SHA-256: een vingerafdruk van een bestand; verandert er één teken, dan is de vingerafdruk een heel andere.',
  greedyComparison: (draws: string, failed: number, failedText: string) =>
    `Ter vergelijking is de gretige methode van oudere lotingsprogramma’s ${draws} keer op dezelfde pool uitgevoerd; de kansen van die methode zijn daaruit geschat. Die methode kiest steeds een willekeurige persoon met de waarde die het verst achterloopt op haar minimum. Ze houdt zich vanaf de eerste keuze aan de maxima (een waarde met maximum 0 doet dus niet mee), en alleen panels die aan alle quota voldoen, tellen mee${failed > 0 ? ` (${failedText} pogingen liepen vast of haalden een quotum niet en zijn overgedaan)` : ''}.`,
  greedyLowestMeasured: (draws: string, hits: number, hitsText: string, estimate: string, bound: string) =>
    `De laagste kans bij de gretige methode is daarna opnieuw gemeten met ${draws} aparte trekkingen, voor één vaste persoon met het profiel dat het laagst uitkwam: ${hitsText} keer in het panel, dus ${estimate}. Een schatting uit trekkingen is nooit precies. Daarom staat er ook een bovengrens bij: met 99% zekerheid is deze kans hoogstens ${bound} (de Clopper-Pearson-bovengrens: de grootste kans die nog goed past bij wat er is geteld). ${hits >= 60 ? 'Het aantal trekkingen is zo gekozen dat er genoeg treffers zijn; daardoor ligt de bovengrens dicht bij de schatting.' : 'Deze persoon werd zelden of nooit getrokken, ook na het maximale aantal trekkingen; de bovengrens is daarom ruimer dan de schatting, maar blijft een echte bovengrens.'}`,

  headingUnreachable: 'Wie nooit geloot kan worden',
  headingUnreachableReselection: 'Wie in deze ronde geen kans heeft',
  unreachable: (count: string) =>
    `Samenspel heeft nagegaan wie in minstens één panel past dat aan alle quota voldoet (een bewijs, geen schatting). ${count} respondent(en) kunnen nooit in het panel komen, hoe er ook geloot wordt: hun kans is 0%. Dat ligt aan de quota, niet aan het toeval. Wie hen een kans wil geven, past de genoemde quota aan en berekent opnieuw.`,
  unreachableReselection: (count: string) =>
    `Samenspel heeft nagegaan wie uit de rest van de pool een open plaats kan krijgen zonder dat het panel een quotum breekt (een bewijs, geen schatting). ${count} respondent(en) kunnen dat in deze ronde niet: hun kans is 0%. Dat ligt aan de quota en aan wie bleef, niet aan het toeval.`,
  columnFeatures: 'Kenmerken',
  columnWhy: 'Waarom geen kans',

  headingQuota: 'Quota',
  columnFeature: 'Kenmerk',
  columnMinimum: 'Minimum',
  columnMaximum: 'Maximum',
  columnInPool: 'In de pool',
  columnInPanel: 'In het panel',

  headingProfiles: 'Selectiekansen per profiel',
  columnCount: 'Aantal',
  columnLeximin: 'Kans LEXIMIN',
  columnGreedy: 'Kans gretige methode',

  headingVerification: 'Controleerbare trekking',
  howToVerify:
    'Iedereen kan de trekking controleren met Samenspel: op het scherm ‘Trekking controleren’, of met de opdracht npm run cli -- loting verify --distribution verdeling.json --seed GETAL --panel panel.csv. Samenspel rekent dan de vingerafdruk opnieuw uit en herhaalt de trekking met het getal; klopt de vingerafdruk niet, of komt er een ander panel uit, dan keurt het de trekking af.',
  ownSeed: (seed: number, how: string) =>
    `Het startgetal ${seed} is in Samenspel gekozen (ingetypt of willekeurig). De trekking is daarmee te herhalen: met de verdeling (verdeling.json, zonder namen) en dit startgetal komt precies hetzelfde panel uit. ${how} Wat dit niet bewijst: dat het startgetal niet vaker is geprobeerd tot er een welgevallig panel uitkwam. Wie dat wil uitsluiten, gebruikt de trekking in twee stappen: eerst de verdeling publiceren, dan loten met een openbaar getal dat toen nog niet bestond.`,
  sourcePublic: (description: string) => `een openbare waarde die bij de publicatie nog niet bestond (${description})`,
  sourceAnnounced: (description: string, value: string) =>
    `een waarde die al vóór de sluiting van de aanmelding openbaar was aangekondigd (${description}): “${value}”`,
  step1: (date: string, fingerprint: string, source: string) =>
    `Deze loting is in twee stappen gedaan, zodat niemand — ook de organisator niet — de uitkomst kan sturen. Stap 1 (${date}): de kansverdeling is vastgelegd om te publiceren: alle mogelijke panels met hun kans, waarin de respondenten alleen een nummer hebben (geen namen of kenmerken). Van dat bestand is een vingerafdruk gemaakt (SHA-256): ${fingerprint}. In hetzelfde bestand staat waar het startgetal vandaan komt: ${source}. Die verdeling moet openbaar zijn gemaakt vóórdat het getal bekend was, en er mag maar één verdeling openbaar zijn gemaakt; dat is na te gaan aan de datum van de publicatie (bijvoorbeeld op de website van de gemeente).`,
  step2Drawn: (date: string, value: string, seed: number, panelNumber: number, how: string) =>
    `Stap 2 (${date}): met de waarde “${value}” en de vingerafdruk is het startgetal ${seed} berekend, en daarmee is panel ${panelNumber} uit de verdeling getrokken. ${how}`,
  step2Pending: (how: string) =>
    `Stap 2 volgt zodra de waarde bekend is: dan wordt met die waarde en de vingerafdruk het startgetal berekend en het panel getrokken. ${how}`,
  proves: (publicSource: boolean) =>
    `Wat dit bewijst: het panel volgt uit de gepubliceerde verdeling en de openbare waarde, en de verdeling is na publicatie niet veranderd. ${publicSource ? 'Omdat de waarde bij de publicatie nog niet bestond, kon de organisator haar niet kiezen. ' : ''}Wat dit niet bewijst: dat de verdeling de eerlijkste is voor deze pool. Dat staat in ‘Werkwijze’ en kan alleen nagerekend worden met de pool zelf, en die bevat persoonsgegevens.`,
} as const;

/** The generator as a result and a publication name it: part of the fingerprinted text, never change it. */
export const generatorTexts = {
  description: 'sfc32, gevuld met splitmix32 uit het startgetal (seed)',
} as const;
