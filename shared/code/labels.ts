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
  tekst: string;
}

/** Definitions in artikel 1. `{G}` is replaced by the gemeente's name. */
export const termTexts: Record<DefinedTerm, { term: string; omschrijving: string }> = {
  beleid: {
    term: 'beleid',
    omschrijving:
      'een voornemen, plan, programma of project waarmee een bestuursorgaan een doel wil bereiken, met inbegrip van de uitvoering en de evaluatie daarvan',
  },
  belanghebbende: {
    term: 'belanghebbende',
    omschrijving: 'belanghebbende als bedoeld in artikel 1:2 van de Algemene wet bestuursrecht',
  },
  bestuursorgaan: {
    term: 'bestuursorgaan',
    omschrijving: 'de raad, het college of de burgemeester van de gemeente {G}, elk voor zijn eigen bevoegdheden',
  },
  inspraak: {
    term: 'inspraak',
    omschrijving:
      'de gelegenheid die een bestuursorgaan inwoners en belanghebbenden geeft om hun zienswijze op een beleidsvoornemen naar voren te brengen, als bedoeld in artikel 150, tweede lid, van de Gemeentewet',
  },
  inwoner: { term: 'inwoner', omschrijving: 'ingezetene als bedoeld in artikel 2 van de Gemeentewet' },
  inwonersparticipatie: {
    term: 'inwonersparticipatie',
    omschrijving:
      'het op initiatief van een bestuursorgaan betrekken van inwoners, maatschappelijke partijen, ondernemers en andere belanghebbenden bij de voorbereiding, de uitvoering en de evaluatie van beleid',
  },
  'maatschappelijke-partij': {
    term: 'maatschappelijke partij',
    omschrijving:
      'een vereniging, stichting, coöperatie, buurt- of wijkorganisatie of ander samenwerkingsverband zonder winstoogmerk dat zich inzet voor de samenleving in de gemeente',
  },
  ondernemer: {
    term: 'ondernemer',
    omschrijving: 'een onderneming of instelling die in de gemeente is gevestigd of er hoofdzakelijk werkzaam is',
  },
  overheidsparticipatie: {
    term: 'overheidsparticipatie',
    omschrijving:
      'de wijze waarop de gemeente maatschappelijke initiatieven ondersteunt, mogelijk maakt of eraan deelneemt',
  },
  'maatschappelijk-initiatief': {
    term: 'maatschappelijk initiatief',
    omschrijving:
      'een activiteit die inwoners, maatschappelijke partijen of ondernemers op eigen initiatief ondernemen en die bijdraagt aan de samenleving of de leefomgeving in de gemeente',
  },
  participatieplan: {
    term: 'participatieplan',
    omschrijving:
      'het plan waarin het bestuursorgaan voor de start van een participatietraject vastlegt waarom, met wie, hoe en wanneer wordt geparticipeerd, als bedoeld in {{art:participatieplan}}',
  },
  participatieverslag: {
    term: 'participatieverslag',
    omschrijving: 'het verslag van een participatietraject als bedoeld in {{art:verslag}}',
  },
  uitdaagrecht: {
    term: 'uitdaagrecht',
    omschrijving:
      'het recht om te verzoeken de feitelijke uitvoering van een taak van de gemeente over te nemen, als bedoeld in {{hfd:uitdaagrecht}}',
  },
  initiatiefnemer: {
    term: 'initiatiefnemer',
    omschrijving:
      'degene die een activiteit in de fysieke leefomgeving wil verrichten en daarvoor een omgevingsvergunning aanvraagt',
  },
};

export const exceptionWords: Record<Exemption, CodeWording> = {
  'wettelijk-uitgesloten': {
    label: 'Wettelijk uitgesloten',
    tekst: 'als een wettelijk voorschrift participatie uitsluit',
  },
  'geen-beleidsruimte': {
    label: 'Geen beleidsruimte',
    tekst: 'als het bestuursorgaan hogere regelgeving uitvoert en daarbij geen of nauwelijks beleidsruimte heeft',
  },
  'begroting-belastingen': {
    label: 'Begroting en belastingen',
    tekst:
      'bij de vaststelling van de begroting en van belastingen en heffingen als bedoeld in hoofdstuk XV van de Gemeentewet',
  },
  spoed: { label: 'Spoed', tekst: 'als het besluit zo dringend is dat participatie niet kan worden afgewacht' },
  'ondergeschikte-wijziging': {
    label: 'Ondergeschikte wijziging',
    tekst: 'bij een wijziging van ondergeschikte aard van eerder vastgesteld beleid',
  },
  'eerder-geparticipeerd': {
    label: 'Al eerder geparticipeerd',
    tekst:
      'als over hetzelfde voornemen kort tevoren al is geparticipeerd en de omstandigheden sindsdien niet wezenlijk zijn veranderd',
  },
  'openbare-orde': {
    label: 'Openbare orde en veiligheid',
    tekst: 'als het belang van de openbare orde en veiligheid zich tegen participatie verzet',
  },
};

export const impactWords: Record<ImpactCriterion, CodeWording> = {
  'veel-inwoners': { label: 'Veel inwoners merken het', tekst: 'het aantal inwoners dat de gevolgen merkt' },
  'fysieke-leefomgeving': {
    label: 'Gevolgen voor de leefomgeving',
    tekst: 'de aard en de omvang van de gevolgen voor de fysieke leefomgeving',
  },
  'dagelijks-leven': {
    label: 'Ingrijpend voor het dagelijks leven',
    tekst: 'de mate waarin het beleid ingrijpt in het dagelijks leven van inwoners',
  },
  'maatschappelijke-aandacht': {
    label: 'Maatschappelijke aandacht',
    tekst: 'de publieke, politieke en media-aandacht voor het onderwerp',
  },
  'kwetsbare-groepen': {
    label: 'Kwetsbare groepen',
    tekst: 'de gevolgen voor groepen die zich minder vanzelf laten horen of in een kwetsbare positie verkeren',
  },
  'tegengestelde-belangen': {
    label: 'Tegengestelde belangen',
    tekst: 'de mate waarin de belangen van inwoners of groepen tegenover elkaar staan',
  },
  'hoge-kosten': {
    label: 'Grote financiële gevolgen',
    tekst: 'de omvang van de financiële gevolgen voor de gemeente of voor inwoners',
  },
};

export const planWords: Record<PlanSection, CodeWording> = {
  aanleiding: { label: 'Aanleiding', tekst: 'de aanleiding en het onderwerp van het traject' },
  doel: { label: 'Doel', tekst: 'het doel van de participatie' },
  kaders: {
    label: 'Kaders',
    tekst: 'de kaders die vastliggen, zoals wettelijke eisen, eerdere besluiten en het budget',
  },
  beleidsruimte: { label: 'Ruimte voor invloed', tekst: 'de ruimte voor invloed: wat nog openligt en wat niet' },
  niveau: { label: 'Niveau en belofte', tekst: 'het participatieniveau per fase, met de belofte die daarbij hoort' },
  belanghebbenden: { label: 'Wie doen mee', tekst: 'wie worden betrokken en waarom' },
  'moeilijk-bereikbaar': {
    label: 'Moeilijk bereikbare groepen',
    tekst: 'hoe groepen worden bereikt die zich minder vanzelf laten horen',
  },
  methoden: { label: 'Werkvormen', tekst: 'de werkvormen en middelen die worden ingezet' },
  planning: { label: 'Planning', tekst: 'de planning en de momenten waarop besluiten vallen' },
  rolverdeling: {
    label: 'Rolverdeling',
    tekst: 'de rollen van de raad, het college, de ambtelijke organisatie en de deelnemers',
  },
  budget: { label: 'Budget', tekst: 'het budget voor de participatie' },
  terugkoppeling: { label: 'Terugkoppeling', tekst: 'hoe en wanneer deelnemers horen wat met hun inbreng is gedaan' },
  weging: { label: 'Weging van de inbreng', tekst: 'hoe de inbreng wordt gewogen' },
  evaluatie: { label: 'Evaluatie', tekst: 'hoe het traject wordt geëvalueerd' },
};

export const raadInstrumentWords: Record<RaadInstrument, CodeWording> = {
  rondetafelgesprek: { label: 'Rondetafelgesprek', tekst: 'rondetafelgesprekken met inwoners en organisaties' },
  spreekrecht: {
    label: 'Spreekrecht',
    tekst: 'spreekrecht voor inwoners in vergaderingen van de raad of van raadscommissies',
  },
  'raad-op-locatie': {
    label: 'Raad op locatie',
    tekst: 'bijeenkomsten en vergaderingen op locatie in wijken en kernen',
  },
  informatiebijeenkomst: {
    label: 'Informatiebijeenkomst',
    tekst: 'informatiebijeenkomsten die de raad zelf organiseert',
  },
  werkbezoek: { label: 'Werkbezoek', tekst: 'werkbezoeken aan plaatsen waar beleid zichtbaar wordt' },
  jongerenraad: {
    label: 'Jongerenraad',
    tekst: 'een jongerenraad of kinderraad die de raad gevraagd en ongevraagd adviseert',
  },
};

export const verslagWords: Record<ReportSection, CodeWording> = {
  'wie-betrokken': { label: 'Wie waren betrokken', tekst: 'wie zijn betrokken en hoe zij zijn uitgenodigd' },
  werkwijze: { label: 'Werkwijze', tekst: 'welke werkvormen zijn gebruikt en wanneer' },
  bereik: { label: 'Bereik', tekst: 'in hoeverre de beoogde groepen zijn bereikt' },
  inbreng: { label: 'Inbreng', tekst: 'een samenvatting van de inbreng' },
  weging: { label: 'Weging', tekst: 'hoe de inbreng is gewogen' },
  reactie: { label: 'Reactie', tekst: 'een reactie op de inbreng: wat is overgenomen, wat niet en waarom' },
  vervolg: { label: 'Vervolg', tekst: 'de volgende stappen en wanneer de deelnemers weer iets horen' },
};

export const challengerWords: Record<Challenger, CodeWording> = {
  inwoners: { label: 'Inwoners', tekst: 'inwoners' },
  'maatschappelijke-partijen': { label: 'Maatschappelijke partijen', tekst: 'maatschappelijke partijen' },
};

export const requestWords: Record<RequestSection, CodeWording> = {
  taak: {
    label: 'De taak',
    tekst: 'een omschrijving van de taak, of het deel daarvan, die de verzoeker wil overnemen',
  },
  'beter-goedkoper': {
    label: 'Beter en/of goedkoper',
    tekst: 'een onderbouwing waarom de verzoeker de taak beter en/of goedkoper kan uitvoeren',
  },
  'sociale-waarde': {
    label: 'Maatschappelijke meerwaarde',
    tekst:
      'de maatschappelijke meerwaarde, zoals meer samenhang in de buurt of werk voor mensen met een afstand tot de arbeidsmarkt',
  },
  draagvlak: {
    label: 'Draagvlak',
    tekst: 'een beschrijving van het draagvlak onder de inwoners voor wie de taak wordt uitgevoerd',
  },
  deskundigheid: { label: 'Kennis en organisatie', tekst: 'de kennis, de ervaring en de organisatie van de verzoeker' },
  kosten: { label: 'Kosten', tekst: 'een raming van de kosten en van de gevraagde bijdrage van de gemeente' },
  looptijd: { label: 'Looptijd', tekst: 'de gewenste looptijd' },
  risicos: { label: 'Risico’s', tekst: 'de risico’s en de manier waarop de verzoeker de continuïteit waarborgt' },
  samenwerking: {
    label: 'Samenwerking',
    tekst: 'de gewenste samenwerking met de gemeente en de ondersteuning die de verzoeker daarbij vraagt',
  },
};

export const uitdaagrechtCriterionWords: Record<UitdaagrechtCriterion, CodeWording> = {
  beter: { label: 'Beter', tekst: 'de mate waarin de taak beter wordt uitgevoerd' },
  goedkoper: { label: 'Goedkoper', tekst: 'de mate waarin de taak goedkoper wordt uitgevoerd' },
  'sociale-waarde': { label: 'Maatschappelijke meerwaarde', tekst: 'de maatschappelijke meerwaarde' },
  draagvlak: { label: 'Draagvlak', tekst: 'het draagvlak bij de inwoners voor wie de taak wordt uitgevoerd' },
  continuiteit: { label: 'Continuïteit', tekst: 'de continuïteit en de kwaliteit van de uitvoering' },
  'gelijke-toegang': { label: 'Gelijke toegang', tekst: 'de gelijke toegang van inwoners tot de voorziening' },
  rechtmatigheid: {
    label: 'Rechtmatigheid',
    tekst: 'de verenigbaarheid met wet- en regelgeving, waaronder de regels over aanbesteding en staatssteun',
  },
};

export const agreementWords: Record<AgreementSection, CodeWording> = {
  resultaat: { label: 'Resultaat', tekst: 'het resultaat dat moet worden bereikt' },
  budget: { label: 'Budget', tekst: 'het budget en de wijze van betaling' },
  looptijd: { label: 'Looptijd', tekst: 'de looptijd' },
  kwaliteit: { label: 'Kwaliteit', tekst: 'de eisen aan de kwaliteit' },
  verantwoording: {
    label: 'Verantwoording',
    tekst: 'de verantwoording en de momenten waarop de voortgang wordt besproken',
  },
  beeindiging: { label: 'Beëindiging', tekst: 'de gronden en de gevolgen van tussentijdse beëindiging' },
  aansprakelijkheid: { label: 'Aansprakelijkheid', tekst: 'de aansprakelijkheid en de verzekering' },
};

export const supportWords: Record<Support, CodeWording> = {
  aanspreekpunt: { label: 'Aanspreekpunt', tekst: 'een vast aanspreekpunt bij de gemeente' },
  meedenken: { label: 'Meedenken', tekst: 'mee te denken over de uitwerking van het initiatief' },
  vergunningen: { label: 'Hulp bij vergunningen', tekst: 'hulp bij vergunningen en andere procedures' },
  ruimte: { label: 'Ruimte en materiaal', tekst: 'ruimte of materiaal beschikbaar te stellen' },
  netwerk: { label: 'Netwerk', tekst: 'verbindingen te leggen met andere partijen' },
  geld: { label: 'Financiële bijdrage', tekst: 'een financiële bijdrage' },
};

export const initiatorReportWords: Record<InitiatorReportItem, CodeWording> = {
  wie: { label: 'Wie', tekst: 'wie bij de participatie zijn betrokken' },
  hoe: { label: 'Hoe', tekst: 'hoe zij zijn betrokken' },
  resultaten: { label: 'Resultaten', tekst: 'wat de resultaten van de participatie zijn' },
  aanpassingen: { label: 'Aanpassingen', tekst: 'hoe het plan door de participatie is aangepast' },
  'niet-overgenomen': { label: 'Niet overgenomen', tekst: 'welke inbreng niet is overgenomen en waarom' },
};

export const evaluatorWords: Record<'college' | 'audit-office' | 'independent' | 'raad-working-group', CodeWording> = {
  college: { label: 'College', tekst: 'het college' },
  'audit-office': { label: 'Rekenkamer', tekst: 'de rekenkamer' },
  independent: {
    label: 'Onafhankelijk onderzoeker',
    tekst: 'een onafhankelijke onderzoeker in opdracht van het college',
  },
  'raad-working-group': { label: 'Werkgroep uit de raad', tekst: 'een werkgroep uit de raad' },
};

/** "a", "b", … "z", "aa", …: sub-numbering of onderdelen. */
export function listLetter(i: number): string {
  const a = 'abcdefghijklmnopqrstuvwxyz';
  return i < 26 ? a[i]! : a[Math.floor(i / 26) - 1]! + a[i % 26]!;
}

const ORDINALEN = [
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
  return ORDINALEN[n - 1] ?? `${n}e`;
}

const TELWOORDEN = [
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
  return TELWOORDEN[n] ?? String(n);
}
