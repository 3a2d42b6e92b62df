import type {
  DefinedTerm,
  ImpactCriterion,
  InitiatorReportItem,
  Support,
  AgreementSection,
  PlanSection,
  RaadInstrument,
  Challenger,
  UitdaagrechtCriterion,
  Exemption,
  ReportSection,
  RequestSection,
} from './schema';

/**
 * Dutch words for every id of the code: `label` is short (comparison view, UI), `tekst` is the
 * clause the verordening uses in an enumeration ("a. <tekst>;"). All written for Samenspel.
 */
export interface CodeWording {
  label: string;
  clause: string;
}

/** Definitions in artikel 1. `{G}` is replaced by the gemeente's name. */
export const termTexts: Record<DefinedTerm, { term: string; definition: string }> = {
  beleid: {
    term: 'beleid',
    definition:
      'een voornemen, plan, programma of project waarmee een bestuursorgaan een doel wil bereiken, met inbegrip van de uitvoering en de evaluatie daarvan',
  },
  belanghebbende: {
    term: 'belanghebbende',
    definition: 'belanghebbende als bedoeld in artikel 1:2 van de Algemene wet bestuursrecht',
  },
  bestuursorgaan: {
    term: 'bestuursorgaan',
    definition: 'de raad, het college of de burgemeester van de gemeente {G}, elk voor zijn eigen bevoegdheden',
  },
  inspraak: {
    term: 'inspraak',
    definition:
      'de gelegenheid die een bestuursorgaan inwoners en belanghebbenden geeft om hun zienswijze op een beleidsvoornemen naar voren te brengen, als bedoeld in artikel 150, tweede lid, van de Gemeentewet',
  },
  inwoner: { term: 'inwoner', definition: 'ingezetene als bedoeld in artikel 2 van de Gemeentewet' },
  inwonersparticipatie: {
    term: 'inwonersparticipatie',
    definition:
      'het op initiatief van een bestuursorgaan betrekken van inwoners, maatschappelijke partijen, ondernemers en andere belanghebbenden bij de voorbereiding, de uitvoering en de evaluatie van beleid',
  },
  'maatschappelijke-partij': {
    term: 'maatschappelijke partij',
    definition:
      'een vereniging, stichting, coöperatie, buurt- of wijkorganisatie of ander samenwerkingsverband zonder winstoogmerk dat zich inzet voor de samenleving in de gemeente',
  },
  ondernemer: {
    term: 'ondernemer',
    definition: 'een onderneming of instelling die in de gemeente is gevestigd of er hoofdzakelijk werkzaam is',
  },
  overheidsparticipatie: {
    term: 'overheidsparticipatie',
    definition:
      'de wijze waarop de gemeente maatschappelijke initiatieven ondersteunt, mogelijk maakt of eraan deelneemt',
  },
  'maatschappelijk-initiatief': {
    term: 'maatschappelijk initiatief',
    definition:
      'een activiteit die inwoners, maatschappelijke partijen of ondernemers op eigen initiatief ondernemen en die bijdraagt aan de samenleving of de leefomgeving in de gemeente',
  },
  participatieplan: {
    term: 'participatieplan',
    definition:
      'het plan waarin het bestuursorgaan voor de start van een participatietraject vastlegt waarom, met wie, hoe en wanneer wordt geparticipeerd, als bedoeld in {{art:participatieplan}}',
  },
  participatieverslag: {
    term: 'participatieverslag',
    definition: 'het verslag van een participatietraject als bedoeld in {{art:verslag}}',
  },
  uitdaagrecht: {
    term: 'uitdaagrecht',
    definition:
      'het recht om te verzoeken de feitelijke uitvoering van een taak van de gemeente over te nemen, als bedoeld in {{hfd:uitdaagrecht}}',
  },
  initiatiefnemer: {
    term: 'initiatiefnemer',
    definition:
      'degene die een activiteit in de fysieke leefomgeving wil verrichten en daarvoor een omgevingsvergunning aanvraagt',
  },
};

export const exceptionWords: Record<Exemption, CodeWording> = {
  'wettelijk-uitgesloten': {
    label: 'Wettelijk uitgesloten',
    clause: 'als een wettelijk voorschrift participatie uitsluit',
  },
  'geen-beleidsruimte': {
    label: 'Geen beleidsruimte',
    clause: 'als het bestuursorgaan hogere regelgeving uitvoert en daarbij geen of nauwelijks beleidsruimte heeft',
  },
  'begroting-belastingen': {
    label: 'Begroting en belastingen',
    clause:
      'bij de vaststelling van de begroting en van belastingen en heffingen als bedoeld in hoofdstuk XV van de Gemeentewet',
  },
  spoed: { label: 'Spoed', clause: 'als het besluit zo dringend is dat participatie niet kan worden afgewacht' },
  'ondergeschikte-wijziging': {
    label: 'Ondergeschikte wijziging',
    clause: 'bij een wijziging van ondergeschikte aard van eerder vastgesteld beleid',
  },
  'eerder-geparticipeerd': {
    label: 'Al eerder geparticipeerd',
    clause:
      'als over hetzelfde voornemen kort tevoren al is geparticipeerd en de omstandigheden sindsdien niet wezenlijk zijn veranderd',
  },
  'openbare-orde': {
    label: 'Openbare orde en veiligheid',
    clause: 'als het belang van de openbare orde en veiligheid zich tegen participatie verzet',
  },
};

export const impactWords: Record<ImpactCriterion, CodeWording> = {
  'veel-inwoners': { label: 'Veel inwoners merken het', clause: 'het aantal inwoners dat de gevolgen merkt' },
  'fysieke-leefomgeving': {
    label: 'Gevolgen voor de leefomgeving',
    clause: 'de aard en de omvang van de gevolgen voor de fysieke leefomgeving',
  },
  'dagelijks-leven': {
    label: 'Ingrijpend voor het dagelijks leven',
    clause: 'de mate waarin het beleid ingrijpt in het dagelijks leven van inwoners',
  },
  'maatschappelijke-aandacht': {
    label: 'Maatschappelijke aandacht',
    clause: 'de publieke, politieke en media-aandacht voor het onderwerp',
  },
  'kwetsbare-groepen': {
    label: 'Kwetsbare groepen',
    clause: 'de gevolgen voor groepen die zich minder vanzelf laten horen of in een kwetsbare positie verkeren',
  },
  'tegengestelde-belangen': {
    label: 'Tegengestelde belangen',
    clause: 'de mate waarin de belangen van inwoners of groepen tegenover elkaar staan',
  },
  'hoge-kosten': {
    label: 'Grote financiële gevolgen',
    clause: 'de omvang van de financiële gevolgen voor de gemeente of voor inwoners',
  },
};

export const planWords: Record<PlanSection, CodeWording> = {
  aanleiding: { label: 'Aanleiding', clause: 'de aanleiding en het onderwerp van het traject' },
  doel: { label: 'Doel', clause: 'het doel van de participatie' },
  kaders: {
    label: 'Kaders',
    clause: 'de kaders die vastliggen, zoals wettelijke eisen, eerdere besluiten en het budget',
  },
  beleidsruimte: { label: 'Ruimte voor invloed', clause: 'de ruimte voor invloed: wat nog openligt en wat niet' },
  niveau: { label: 'Niveau en belofte', clause: 'het participatieniveau per fase, met de belofte die daarbij hoort' },
  belanghebbenden: { label: 'Wie doen mee', clause: 'wie worden betrokken en waarom' },
  'moeilijk-bereikbaar': {
    label: 'Moeilijk bereikbare groepen',
    clause: 'hoe groepen worden bereikt die zich minder vanzelf laten horen',
  },
  methoden: { label: 'Werkvormen', clause: 'de werkvormen en middelen die worden ingezet' },
  planning: { label: 'Planning', clause: 'de planning en de momenten waarop besluiten vallen' },
  rolverdeling: {
    label: 'Rolverdeling',
    clause: 'de rollen van de raad, het college, de ambtelijke organisatie en de deelnemers',
  },
  budget: { label: 'Budget', clause: 'het budget voor de participatie' },
  terugkoppeling: { label: 'Terugkoppeling', clause: 'hoe en wanneer deelnemers horen wat met hun inbreng is gedaan' },
  weging: { label: 'Weging van de inbreng', clause: 'hoe de inbreng wordt gewogen' },
  evaluatie: { label: 'Evaluatie', clause: 'hoe het traject wordt geëvalueerd' },
};

export const raadInstrumentWords: Record<RaadInstrument, CodeWording> = {
  rondetafelgesprek: { label: 'Rondetafelgesprek', clause: 'rondetafelgesprekken met inwoners en organisaties' },
  spreekrecht: {
    label: 'Spreekrecht',
    clause: 'spreekrecht voor inwoners in vergaderingen van de raad of van raadscommissies',
  },
  'raad-op-locatie': {
    label: 'Raad op locatie',
    clause: 'bijeenkomsten en vergaderingen op locatie in wijken en kernen',
  },
  informatiebijeenkomst: {
    label: 'Informatiebijeenkomst',
    clause: 'informatiebijeenkomsten die de raad zelf organiseert',
  },
  werkbezoek: { label: 'Werkbezoek', clause: 'werkbezoeken aan plaatsen waar beleid zichtbaar wordt' },
  jongerenraad: {
    label: 'Jongerenraad',
    clause: 'een jongerenraad of kinderraad die de raad gevraagd en ongevraagd adviseert',
  },
};

export const verslagWords: Record<ReportSection, CodeWording> = {
  'wie-betrokken': { label: 'Wie waren betrokken', clause: 'wie zijn betrokken en hoe zij zijn uitgenodigd' },
  werkwijze: { label: 'Werkwijze', clause: 'welke werkvormen zijn gebruikt en wanneer' },
  bereik: { label: 'Bereik', clause: 'in hoeverre de beoogde groepen zijn bereikt' },
  inbreng: { label: 'Inbreng', clause: 'een samenvatting van de inbreng' },
  weging: { label: 'Weging', clause: 'hoe de inbreng is gewogen' },
  reactie: { label: 'Reactie', clause: 'een reactie op de inbreng: wat is overgenomen, wat niet en waarom' },
  vervolg: { label: 'Vervolg', clause: 'de volgende stappen en wanneer de deelnemers weer iets horen' },
};

export const challengerWords: Record<Challenger, CodeWording> = {
  inwoners: { label: 'Inwoners', clause: 'inwoners' },
  'maatschappelijke-partijen': { label: 'Maatschappelijke partijen', clause: 'maatschappelijke partijen' },
};

export const requestWords: Record<RequestSection, CodeWording> = {
  taak: {
    label: 'De taak',
    clause: 'een omschrijving van de taak, of het deel daarvan, die de verzoeker wil overnemen',
  },
  'beter-goedkoper': {
    label: 'Beter en/of goedkoper',
    clause: 'een onderbouwing waarom de verzoeker de taak beter en/of goedkoper kan uitvoeren',
  },
  'sociale-waarde': {
    label: 'Maatschappelijke meerwaarde',
    clause:
      'de maatschappelijke meerwaarde, zoals meer samenhang in de buurt of werk voor mensen met een afstand tot de arbeidsmarkt',
  },
  draagvlak: {
    label: 'Draagvlak',
    clause: 'een beschrijving van het draagvlak onder de inwoners voor wie de taak wordt uitgevoerd',
  },
  deskundigheid: {
    label: 'Kennis en organisatie',
    clause: 'de kennis, de ervaring en de organisatie van de verzoeker',
  },
  kosten: { label: 'Kosten', clause: 'een raming van de kosten en van de gevraagde bijdrage van de gemeente' },
  looptijd: { label: 'Looptijd', clause: 'de gewenste looptijd' },
  risicos: { label: 'Risico’s', clause: 'de risico’s en de manier waarop de verzoeker de continuïteit waarborgt' },
  samenwerking: {
    label: 'Samenwerking',
    clause: 'de gewenste samenwerking met de gemeente en de ondersteuning die de verzoeker daarbij vraagt',
  },
};

export const uitdaagrechtCriterionWords: Record<UitdaagrechtCriterion, CodeWording> = {
  beter: { label: 'Beter', clause: 'de mate waarin de taak beter wordt uitgevoerd' },
  goedkoper: { label: 'Goedkoper', clause: 'de mate waarin de taak goedkoper wordt uitgevoerd' },
  'sociale-waarde': { label: 'Maatschappelijke meerwaarde', clause: 'de maatschappelijke meerwaarde' },
  draagvlak: { label: 'Draagvlak', clause: 'het draagvlak bij de inwoners voor wie de taak wordt uitgevoerd' },
  continuiteit: { label: 'Continuïteit', clause: 'de continuïteit en de kwaliteit van de uitvoering' },
  'gelijke-toegang': { label: 'Gelijke toegang', clause: 'de gelijke toegang van inwoners tot de voorziening' },
  rechtmatigheid: {
    label: 'Rechtmatigheid',
    clause: 'de verenigbaarheid met wet- en regelgeving, waaronder de regels over aanbesteding en staatssteun',
  },
};

export const agreementWords: Record<AgreementSection, CodeWording> = {
  resultaat: { label: 'Resultaat', clause: 'het resultaat dat moet worden bereikt' },
  budget: { label: 'Budget', clause: 'het budget en de wijze van betaling' },
  looptijd: { label: 'Looptijd', clause: 'de looptijd' },
  kwaliteit: { label: 'Kwaliteit', clause: 'de eisen aan de kwaliteit' },
  verantwoording: {
    label: 'Verantwoording',
    clause: 'de verantwoording en de momenten waarop de voortgang wordt besproken',
  },
  beeindiging: { label: 'Beëindiging', clause: 'de gronden en de gevolgen van tussentijdse beëindiging' },
  aansprakelijkheid: { label: 'Aansprakelijkheid', clause: 'de aansprakelijkheid en de verzekering' },
};

export const supportWords: Record<Support, CodeWording> = {
  aanspreekpunt: { label: 'Aanspreekpunt', clause: 'een vast aanspreekpunt bij de gemeente' },
  meedenken: { label: 'Meedenken', clause: 'mee te denken over de uitwerking van het initiatief' },
  vergunningen: { label: 'Hulp bij vergunningen', clause: 'hulp bij vergunningen en andere procedures' },
  ruimte: { label: 'Ruimte en materiaal', clause: 'ruimte of materiaal beschikbaar te stellen' },
  netwerk: { label: 'Netwerk', clause: 'verbindingen te leggen met andere partijen' },
  geld: { label: 'Financiële bijdrage', clause: 'een financiële bijdrage' },
};

export const initiatorReportWords: Record<InitiatorReportItem, CodeWording> = {
  wie: { label: 'Wie', clause: 'wie bij de participatie zijn betrokken' },
  hoe: { label: 'Hoe', clause: 'hoe zij zijn betrokken' },
  resultaten: { label: 'Resultaten', clause: 'wat de resultaten van de participatie zijn' },
  aanpassingen: { label: 'Aanpassingen', clause: 'hoe het plan door de participatie is aangepast' },
  'niet-overgenomen': { label: 'Niet overgenomen', clause: 'welke inbreng niet is overgenomen en waarom' },
};

export const evaluatorWords: Record<'college' | 'audit-office' | 'independent' | 'raad-working-group', CodeWording> = {
  college: { label: 'College', clause: 'het college' },
  'audit-office': { label: 'Rekenkamer', clause: 'de rekenkamer' },
  independent: {
    label: 'Onafhankelijk onderzoeker',
    clause: 'een onafhankelijke onderzoeker in opdracht van het college',
  },
  'raad-working-group': { label: 'Werkgroep uit de raad', clause: 'een werkgroep uit de raad' },
};

/** "a", "b", … "z", "aa", …: sub-numbering of onderdelen. */
export function listLetter(i: number): string {
  const a = 'abcdefghijklmnopqrstuvwxyz';
  return i < 26 ? a[i]! : a[Math.floor(i / 26) - 1]! + a[i % 26]!;
}

const ORDINALS = [
  'eerste',
  'tweede',
  'derde',
  'vierde',
  'vijfde',
  'zesde',
  'zevende',
  'achtste',
  'negende',
  'tiende',
  'elfde',
  'twaalfde',
];
/** "eerste", "tweede", …: how a verordening names a lid. */
export function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? `${n}e`;
}

const NUMBER_WORDS = [
  'nul',
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
];
/** Numbers up to twelve in words ("zes weken"), larger ones in digits, as Dutch legal texts do. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}
