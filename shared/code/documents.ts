import { z } from 'zod';
import type { Block, DocumentModel, Section, TitlePage } from '../document/model';
import { formatIsoDate } from '../format';
import { levelLabels } from '../participatie/labels';
import {
  type NumberedArticle,
  type NumberedChapter,
  articleHeading,
  chapterSections,
  resolveReference,
} from './articles';
import { cardLevelName, defaultCardPromise } from './defaults';
import {
  evaluatorWords,
  impactWords,
  supportWords,
  raadInstrumentWords,
  numberWord,
  challengerWords,
  uitdaagrechtCriterionWords,
  exceptionWords,
} from './labels';
import { capitalize, formatList } from '../format';
import type { ParticipatieCode } from './schema';
import { citationTitle, legalBases, hasImpactCriteria, subjects, verordeningArticles } from './verordening';

/**
 * The four texts of a participatiecode as document models, rendered by main/export like the
 * participatieplan: the verordening, its toelichting, the participatiebeleid (spelregelnota) and
 * the spelregelkaart for inwoners. Formal, impersonal Dutch in the first three; "je" and B1 on the
 * kaart. Every sentence is written for Samenspel.
 */

export const CODE_VARIANTS = ['verordening', 'toelichting', 'beleid', 'kaart'] as const;
export const CodeVariant = z.enum(CODE_VARIANTS);
export type CodeVariant = z.infer<typeof CodeVariant>;

export interface CodeDocumentOptions {
  /** yyyy-mm-dd; passed in, never read from a clock, so the same code gives the same document. */
  date: string;
  version?: string;
}

const p = (text: string, label?: string): Block => ({ kind: 'paragraph', text, ...(label ? { label } : {}) });
const list = (items: string[], ordered = false): Block => ({ kind: 'list', ordered, items });
const section = (id: string, title: string, blocks: Block[], children: Section[] = []): Section => ({
  id,
  title,
  blocks,
  children,
});
const weeks = (n: number) => `${numberWord(n)} ${n === 1 ? 'week' : 'weken'}`;

function titlePage(
  code: ParticipatieCode,
  documentTitle: string,
  subtitle: string,
  options: CodeDocumentOptions,
): TitlePage {
  return {
    documentTitle,
    trajectTitle: subtitle,
    municipality: code.municipality,
    date: formatIsoDate(options.date),
    version: options.version?.trim() || '1.0',
    status: 'Concept',
  };
}

/** Looks articles up by key, for texts outside the verordening. */
class ArticleIndex {
  readonly all: NumberedArticle[];
  constructor(readonly chapters: NumberedChapter[]) {
    this.all = chapters.flatMap((h) => h.articles);
  }
  has(key: string): boolean {
    return this.all.some((a) => a.key === key);
  }
  /** "artikel 7" for a key. */
  number(key: string): string {
    return resolveReference(this.chapters, `{{art:${key}}}`);
  }
  tekst(text: string): string {
    return resolveReference(this.chapters, text);
  }
}

// ================================================================ verordening

export function verordeningDocument(code: ParticipatieCode, opties: CodeDocumentOptions): DocumentModel {
  const hoofdstukken = verordeningArticles(code);
  const preamble = section('aanhef', 'Aanhef', [
    p(`De raad van de gemeente ${code.municipality};`),
    p('gelezen het voorstel van het college van burgemeester en wethouders van [datum];'),
    p(`gelet op ${formatList(legalBases(code))};`),
    p(
      'overwegende dat inwoners, maatschappelijke partijen en ondernemers kennis en ideeën hebben die het beleid van de gemeente beter maken, dat zij vooraf moeten kunnen weten wanneer en hoe zij kunnen meedoen en wat er met hun inbreng gebeurt, en dat de raad daarvoor de spelregels vaststelt;',
    ),
    p('besluit vast te stellen de volgende verordening:'),
    p(citationTitle(code)),
  ]);
  const adoption = section('vaststelling', 'Ondertekening', [
    p('Aldus vastgesteld in de openbare vergadering van de raad van [datum].'),
    p('[naam]', 'De griffier'),
    p('[naam]', 'De voorzitter'),
  ]);
  return {
    title: titlePage(code, citationTitle(code), 'Ontwerp-verordening voor de gemeenteraad', opties),
    sections: [preamble, ...chapterSections(hoofdstukken), adoption],
  };
}

// ================================================================ toelichting

/** What each article means and why, by key; the paragraphs follow the choices. */
function explanation(code: ParticipatieCode, a: NumberedArticle, art: ArticleIndex): string[] {
  const active = subjects(code);
  const u = code.uitdaagrecht;
  const o = code.governmentParticipation;
  switch (a.key) {
    case 'begrippen':
      return [
        'Dit artikel omschrijft de begrippen die in de verordening terugkomen. Begrippen die al in de Gemeentewet of de Algemene wet bestuursrecht zijn omschreven, worden met een verwijzing naar die wet gebruikt, zodat de verordening dezelfde betekenis aanhoudt.',
        'Participatie wordt in deze verordening ruim opgevat: het gaat niet alleen om de voorbereiding van beleid, maar ook om de uitvoering en de evaluatie. Zo sluit de verordening aan bij artikel 150 van de Gemeentewet, zoals dat is gewijzigd door de Wet versterking participatie op decentraal niveau.',
      ];
    case 'onderwerp':
      return [
        `Dit artikel beschrijft waarover de verordening gaat. De kern is inwonersparticipatie: het bestuur betrekt inwoners bij zijn eigen beleid.${active.uitdaagrecht || active.initiatives || active.initiators ? ' De gemeente heeft ervoor gekozen ook andere vormen te regelen, die elk een eigen hoofdstuk hebben.' : ' De gemeente heeft ervoor gekozen de verordening daartoe te beperken; andere vormen, zoals het uitdaagrecht, kunnen later worden toegevoegd.'}`,
      ];
    case 'toepassing':
      return [
        'Elk bestuursorgaan (raad, college, burgemeester) beslist zelf over participatie bij de besluiten die het zelf neemt. De verordening verplicht niet tot participatie bij elk besluit, maar wel tot een motivering: wie afziet van participatie, legt uit waarom. Dat voorkomt de klacht dat inwoners niet weten waarom zij niet zijn gevraagd.',
        ...(code.scope.normForLargeImpact && hasImpactCriteria(code)
          ? [
              `Bij beleid met een grote maatschappelijke impact is participatie het uitgangspunt. Afwijken mag, maar alleen met redenen in het besluit. Wat onder grote maatschappelijke impact valt, staat in ${art.number('grote-impact')}.`,
            ]
          : []),
        'Participatie heeft alleen zin als de inbreng nog iets kan veranderen. Daarom vraagt het artikel om participatie in een vroeg stadium.',
      ];
    case 'uitzonderingen': {
      const choices = [
        ...code.scope.exemptions.map((x) => exceptionWords[x].label.toLowerCase()),
        ...code.scope.ownExemptions.map((x) => x.text),
      ];
      return [
        `Soms is participatie niet mogelijk of niet zinvol. De gemeente heeft gekozen voor deze uitzonderingen: ${formatList(choices)}.`,
        'Een uitzondering is een bevoegdheid, geen verplichting: het bestuursorgaan kan ook dan participatie organiseren. Wie een uitzondering toepast, moet dat in het besluit vermelden en motiveren, zodat de raad en inwoners kunnen nagaan of de uitzondering terecht is gebruikt.',
        ...(code.scope.exemptions.includes('begroting-belastingen')
          ? [
              'De uitzondering voor de begroting en belastingen betekent niet dat inwoners geen invloed op de besteding van geld kunnen hebben; een burgerbegroting of een raadpleging over prioriteiten blijft mogelijk. Zij betekent alleen dat de vaststelling zelf niet aan participatie gebonden is.',
            ]
          : []),
      ];
    }
    case 'grote-impact': {
      const criteria = [
        ...code.scope.impactCriteria.map((c) => impactWords[c].label.toLowerCase()),
        ...code.scope.ownImpactCriteria.map((c) => c.text),
      ];
      return [
        `Of beleid een grote maatschappelijke impact heeft, is een afweging per geval. De verordening noemt de gezichtspunten die daarbij in ieder geval meewegen: ${formatList(criteria)}. Het is geen rekensom; één zwaarwegend gezichtspunt kan voldoende zijn.`,
        'Het bestuursorgaan legt zijn afweging vast, zodat de raad kan controleren of trajecten terecht wel of niet als ingrijpend zijn aangemerkt.',
      ];
    }
    case 'niveaus': {
      const names = code.levels.map((n) => levelLabels[n.level].label.toLowerCase());
      return [
        `De gemeente gebruikt de participatieladder met ${code.levels.length === 1 ? 'het niveau' : 'de niveaus'} ${formatList(names)}. Bij elk niveau hoort een belofte: wat deelnemers mogen verwachten over wat er met hun inbreng gebeurt. Onduidelijke verwachtingen zijn een van de bekendste oorzaken van teleurstelling over participatie; de belofte vooraf maakt duidelijk hoeveel invloed er is.`,
        `${code.levels.length > 1 ? `Een traject kan per fase een ander niveau hebben, bijvoorbeeld ${levelLabels[code.levels[0]!.level].label.toLowerCase()} bij het verkennen van het probleem en ${levelLabels[code.levels[code.levels.length - 1]!.level].label.toLowerCase()} bij het uitwerken van oplossingen. ` : ''}Het niveau moet passen bij de ruimte die er werkelijk is: is alles al besloten, dan is alleen informeren eerlijk.`,
      ];
    }
    case 'participatieplan':
      return [
        code.participatieplan.required === 'always'
          ? 'Voor elk traject wordt vooraf een participatieplan gemaakt. Zo weet iedereen vanaf het begin wat het doel is, wat vastligt en wat niet, en hoe de terugkoppeling verloopt.'
          : 'Een volledig participatieplan is verplicht bij beleid met een grote maatschappelijke impact. Bij kleinere trajecten volstaat een korte vastlegging van doel, niveau en terugkoppeling; zo blijft de administratieve last in verhouding.',
        code.participatieplan.raadSees === 'afterwards-for-information'
          ? 'De raad ontvangt de participatieplannen ter informatie. Hij controleert achteraf, aan de hand van het participatieverslag, of het traject volgens plan is verlopen.'
          : 'De raad ziet het participatieplan voordat de participatie begint en kan dan kaders meegeven. Zo stelt de raad de kaders vooraf, in plaats van achteraf te ontdekken dat hij het met de aanpak oneens is. Dat past bij de kaderstellende rol van de raad.',
      ];
    case 'rollen':
      return [
        'De raad, het college en de burgemeester hebben elk een eigen rol. De raad is kaderstellend en controlerend en besluit zelf over de belangrijkste onderwerpen; het college bereidt voor en voert uit.',
        ...(code.roles.raadInstruments.length > 0
          ? [
              `Naast de participatie die het college organiseert, haalt de raad ook zelf informatie op (${formatList(code.roles.raadInstruments.map((i) => raadInstrumentWords[i].label.toLowerCase()))}). Daarmee vervult de raad zijn volksvertegenwoordigende rol.`,
            ]
          : []),
        ...(code.roles.burgemeesterMonitors
          ? [
              'De burgemeester let als voorzitter van raad en college op de kwaliteit en de zorgvuldigheid van participatietrajecten.',
            ]
          : []),
        ...(code.roles.griffieSupports
          ? ['De griffie ondersteunt de raad in zijn eigen rol, los van de ambtelijke organisatie van het college.']
          : []),
      ];
    case 'verslag':
      return [
        'Het participatieverslag maakt zichtbaar wie er zijn betrokken, wat zij hebben ingebracht en wat daarmee is gedaan. Het bestuursorgaan dat besluit, weegt de inbreng en legt in de motivering uit hoe.',
        `Deelnemers horen binnen ${weeks(code.terugkoppeling.terugkoppelingWeeks)} na het besluit wat er is besloten en waarom. Die termijn is een harde afspraak: niets horen na meedoen ondermijnt het vertrouwen in de volgende participatie.`,
        ...(code.terugkoppeling.reportWithProposal
          ? [
              'Omdat het verslag bij het voorstel wordt gevoegd, kent de raad de inbreng voordat hij besluit, en niet pas daarna.',
            ]
          : []),
      ];
    case 'inspraak':
      return code.inspraak.awbDefault
        ? [
            `Inspraak is de formele mogelijkheid om een zienswijze te geven op een ontwerp. De gemeente kiest voor de uniforme openbare voorbereidingsprocedure van afdeling 3.4 van de Algemene wet bestuursrecht als standaard: het ontwerp ligt ter inzage en iedereen kan binnen ${weeks(code.inspraak.termWeeks)} een zienswijze geven. Artikel 3:16 van de Algemene wet bestuursrecht schrijft voor die procedure ten minste zes weken voor.`,
            'Het bestuursorgaan kan bij de start van een traject een andere vorm kiezen, bijvoorbeeld als uitgebreide participatie al heeft plaatsgevonden; het motiveert dat dan. De nota van beantwoording maakt deel uit van het participatieverslag, zodat inspraak en andere participatie samen worden gewogen.',
          ]
        : [
            `Inspraak is de formele mogelijkheid om een zienswijze te geven op een ontwerp. De gemeente kiest niet voor één vaste procedure, maar laat het bestuursorgaan per traject de vorm kiezen, met een termijn van ten minste ${weeks(code.inspraak.termWeeks)}. Waar een wet afdeling 3.4 van de Algemene wet bestuursrecht voorschrijft, geldt die procedure.`,
            'De nota van beantwoording maakt deel uit van het participatieverslag, zodat inspraak en andere participatie samen worden gewogen.',
          ];
    case 'ud-recht':
      return [
        `Het uitdaagrecht geeft ${formatList(u.challengers.map((w) => challengerWords[w].clause))} het recht om te vragen of zij een taak van de gemeente mogen uitvoeren, omdat zij dat beter en/of goedkoper kunnen. De Gemeentewet biedt de raad de mogelijkheid dit recht in de participatieverordening te regelen; de gemeente maakt daarvan gebruik.`,
        u.tasks === 'only-listed'
          ? 'De gemeente begint met een beperkte lijst van taken die kunnen worden overgenomen. Bij de evaluatie wordt bekeken of de lijst kan worden uitgebreid.'
          : 'In beginsel kan elke taak worden uitgedaagd. Uitgezonderd zijn taken waarbij de gemeente publiekrechtelijke bevoegdheden uitoefent, zoals vergunningverlening en handhaving, en de taken die de gemeente zelf uitzondert.',
        'Het gaat om de feitelijke uitvoering. De gemeente blijft verantwoordelijk voor de taak en houdt de kaders in handen.',
      ];
    case 'ud-verzoek':
      return [
        `Het verzoek moet voldoende informatie bevatten om te kunnen beoordelen of de uitvoering beter en/of goedkoper wordt. Binnen ${weeks(u.conversationWeeks)} volgt een gesprek, zodat verzoekers niet alleen op papier worden beoordeeld en een verzoek samen kan worden verbeterd.`,
      ];
    case 'ud-beoordeling':
      return [
        `Het verzoek wordt beoordeeld aan de hand van deze criteria: ${formatList(u.criteria.map((c) => uitdaagrechtCriterionWords[c].label.toLowerCase()))}. Beter en goedkoper hoeven niet allebei; een verzoek dat de taak beter uitvoert tegen dezelfde kosten kan worden toegewezen.`,
        ...(u.criteria.includes('sociale-waarde')
          ? [
              'De gemeente weegt ook de maatschappelijke meerwaarde mee, zoals meer samenhang in een buurt; die waarde telt niet altijd mee in een kostenvergelijking.',
            ]
          : []),
      ];
    case 'ud-besluit':
      return [
        `${u.decider === 'college' ? 'Het college' : 'Het bestuursorgaan dat voor de taak bevoegd is'} beslist binnen ${weeks(u.decisionWeeks)}. Zo weten verzoekers waar zij aan toe zijn.${u.raadInformed ? ' De raad wordt over elk besluit geïnformeerd en kan het college daarover bevragen.' : ''}`,
      ];
    case 'ud-overeenkomst':
      return [
        'De afspraken over de uitvoering komen in een overeenkomst, zodat beide partijen weten wat zij van elkaar kunnen verwachten en wat er gebeurt als het anders loopt.',
        u.budget === 'with-budget'
          ? 'Het budget voor de taak gaat mee. Zonder middelen zou het uitdaagrecht voor veel inwoners alleen op papier bestaan.'
          : u.budget === 'without-budget'
            ? 'Het budget voor de taak gaat niet mee. De gemeente kiest hiervoor om de begrotingsruimte van de raad te bewaren; verzoekers voeren de taak met eigen middelen uit.'
            : 'Of het budget meegaat, wordt per verzoek bepaald. Zo kan de gemeente maatwerk leveren en houdt de raad zicht op de begroting.',
      ];
    case 'op-ondersteuning':
      return [
        `Bij overheidsparticipatie is de rol omgedraaid: inwoners nemen het initiatief en de gemeente sluit aan. De gemeente kan op verschillende manieren ondersteunen (${formatList(o.support.map((x) => supportWords[x].label.toLowerCase()))}). Binnen ${weeks(o.responseWeeks)} hoort de initiatiefnemer of en hoe de gemeente helpt.`,
      ];
    case 'op-fonds':
      return [
        'Het initiatievenfonds maakt financiële steun voorspelbaar. De raad bepaalt de omvang bij de begroting; het college verdeelt volgens regels die het zelf vaststelt.',
      ];
    case 'burgerinitiatief':
      return [
        `Met het burgerinitiatief kunnen inwoners zelf een onderwerp op de agenda van de raad zetten. De drempel van ${o.citizensInitiative.signatures} ondersteuners zorgt ervoor dat een voorstel door meer mensen wordt gedragen dan alleen de indiener.`,
      ];
    case 'referendum':
      return [
        'Een raadgevend referendum geeft de raad de mening van alle kiezers over één vraag. De uitslag bindt de raad niet; de raad legt wel uit wat hij ermee heeft gedaan. Voor de uitvoering is een afzonderlijke verordening nodig, met onder meer de vraagstelling en de opkomstdrempel.',
      ];
    case 'in-verplicht':
      return [
        'Onder de Omgevingswet organiseert de initiatiefnemer van een activiteit zelf de participatie. Artikel 16.55, zevende lid, van de Omgevingswet geeft de raad de bevoegdheid gevallen aan te wijzen waarin participatie verplicht is bij een buitenplanse omgevingsplanactiviteit.',
        code.initiators.mandatoryCases.length > 0
          ? 'De raad heeft die gevallen in dit artikel aangewezen: activiteiten met zoveel gevolgen voor de omgeving dat overleg met omwonenden en belanghebbenden vooraf nodig is.'
          : 'De raad heeft die gevallen nog niet aangewezen en kan dat bij afzonderlijk besluit doen.',
      ];
    case 'in-verslag':
      return [
        'De initiatiefnemer vermeldt bij de aanvraag hoe de participatie is verlopen. Het college beoordeelt niet of iedereen het eens is, maar of de participatie zorgvuldig is geweest en betrekt de uitkomsten bij zijn besluit.',
      ];
    case 'evaluatie':
      return [
        `${capitalize(evaluatorWords[code.evaluation.by].clause)} evalueert de verordening eens in de ${numberWord(code.evaluation.years)} jaar. De evaluatie gaat naar de raad, die de verordening heeft vastgesteld en daarom ook beslist over aanpassingen.${code.evaluation.withInwoners ? ' Inwoners en deelnemers worden bij de evaluatie betrokken: zij weten het best of de spelregels in de praktijk werken.' : ''}`,
      ];
    case 'intrekking':
      return [
        `Deze verordening vervangt de ${code.replacedRegulation}. Trajecten die al liepen, worden afgerond volgens de oude regels, zodat deelnemers niet halverwege met andere spelregels te maken krijgen.`,
      ];
    case 'inwerkingtreding':
      return [
        code.entryIntoForce.kind === 'date'
          ? `De verordening treedt in werking op ${formatIsoDate(code.entryIntoForce.date)}. Dat geeft de organisatie tijd om zich voor te bereiden.`
          : 'De verordening treedt in werking op de dag na de bekendmaking in het gemeenteblad.',
      ];
    case 'citeertitel':
      return ['Dit artikel geeft de naam waaronder de verordening wordt aangehaald.'];
    default:
      return [];
  }
}

export function toelichtingDocument(code: ParticipatieCode, opties: CodeDocumentOptions): DocumentModel {
  const art = new ArticleIndex(verordeningArticles(code));
  const active = subjects(code);
  const algemeen = section(
    'algemeen',
    'Algemene toelichting',
    [],
    [
      section('aanleiding', 'Aanleiding', [
        p(
          'De Wet versterking participatie op decentraal niveau (Kamerstuk 36210) heeft artikel 150 van de Gemeentewet gewijzigd. De raad stelt een verordening vast over de wijze waarop inwoners en belanghebbenden worden betrokken bij de voorbereiding, de uitvoering en de evaluatie van gemeentelijk beleid. Deze participatieverordening vervangt de inspraakverordening, die alleen over de voorbereiding van beleid ging.',
        ),
        p(
          `Met deze verordening legt de raad van ${code.municipality} de spelregels vast: wanneer inwoners worden betrokken, hoeveel invloed zij krijgen, wie welke rol heeft en wat deelnemers terughoren. De verordening is bewust kort; de uitwerking voor de praktijk staat in het participatiebeleid.`,
        ),
      ]),
      section('uitgangspunten', 'Uitgangspunten', [
        list([
          'Participatie is maatwerk: het bestuursorgaan kiest per traject, maar motiveert die keuze altijd.',
          'Deelnemers weten vooraf wat er vastligt, hoeveel invloed zij hebben en wat er met hun inbreng gebeurt.',
          'De raad stelt de kaders vooraf en hoort de inbreng voordat hij besluit.',
          `Wie meedoet, hoort binnen ${weeks(code.terugkoppeling.terugkoppelingWeeks)} na het besluit wat ermee is gedaan.`,
          'Ook wie zich minder vanzelf laat horen, wordt actief opgezocht.',
        ]),
      ]),
      section('andere-regels', 'Verhouding tot andere regels', [
        p(
          code.inspraak.awbDefault
            ? 'Voor inspraak gebruikt de verordening als standaard de uniforme openbare voorbereidingsprocedure van afdeling 3.4 van de Algemene wet bestuursrecht. Waar een wet zelf een procedure voorschrijft, gaat die voor.'
            : 'Waar een wet een procedure voor inspraak voorschrijft, zoals afdeling 3.4 van de Algemene wet bestuursrecht, gaat die voor. In andere gevallen kiest het bestuursorgaan de vorm.',
        ),
        p(
          active.initiators
            ? 'De verordening regelt ook participatie onder de Omgevingswet, waaronder de gevallen waarin initiatiefnemers participatie moeten organiseren. Daarom noemt de aanhef ook de Omgevingswet en het Omgevingsbesluit.'
            : 'Participatie door initiatiefnemers onder de Omgevingswet is niet in deze verordening geregeld; daarvoor gelden de regels van de Omgevingswet zelf.',
        ),
      ]),
    ],
  );
  const articleByArticle = section(
    'artikelsgewijs',
    'Artikelsgewijze toelichting',
    [],
    art.all.map((a) =>
      section(
        `toelichting:${a.key}`,
        articleHeading(a),
        explanation(code, a, art).map((t) => p(art.tekst(t))),
      ),
    ),
  );
  return {
    title: titlePage(code, 'Toelichting', citationTitle(code), opties),
    sections: [algemeen, articleByArticle],
  };
}

// ================================================================ beleid (spelregelnota)

export function policyDocument(code: ParticipatieCode, opties: CodeDocumentOptions): DocumentModel {
  const art = new ArticleIndex(verordeningArticles(code));
  const active = subjects(code);
  const impact = hasImpactCriteria(code);
  const t = code.terugkoppeling;
  const sections: Section[] = [];
  let n = 0;
  const head = (id: string, title: string, blocks: Block[], children: Section[] = []) =>
    sections.push(section(id, `${++n} ${title}`, blocks, children));

  head('waarom', 'Waarom deze nota', [
    p(
      `De ${citationTitle(code)} legt de spelregels voor participatie vast. Deze nota laat zien hoe raad, college en ambtelijke organisatie daarmee werken. Zij is bedoeld voor iedereen die een traject voorbereidt, begeleidt of beoordeelt.`,
    ),
    p(
      'Het uitgangspunt is eenvoudig: bepaal eerst het doel van participatie, dan de ruimte voor invloed, dan de rol van deelnemers en de doelgroep, en kies pas daarna de werkvormen. Wie met een werkvorm begint, loopt het risico iets te organiseren dat niet bij de vraag past.',
    ),
  ]);

  head('wanneer', 'Wanneer participeren we', [
    p(
      `Elk bestuursorgaan beslist voor zijn eigen besluiten of er wordt geparticipeerd en legt uit waarom wel of niet (${art.number('toepassing')}).`,
    ),
    ...(art.has('uitzonderingen')
      ? [
          p(`Participatie kan achterwege blijven in de gevallen van ${art.number('uitzonderingen')}:`),
          list([
            ...code.scope.exemptions.map((x) => exceptionWords[x].clause),
            ...code.scope.ownExemptions.map((x) => x.text),
          ]),
          p('Wie een uitzondering gebruikt, noemt haar in het voorstel en motiveert waarom zij van toepassing is.'),
        ]
      : []),
    ...(impact
      ? [
          p(
            `Bij beleid met een grote maatschappelijke impact${code.scope.normForLargeImpact ? ' is participatie de norm' : ' is extra zorg nodig'}. Of daarvan sprake is, hangt af van (${art.number('grote-impact')}):`,
          ),
          list([
            ...code.scope.impactCriteria.map((c) => impactWords[c].clause),
            ...code.scope.ownImpactCriteria.map((c) => c.text),
          ]),
        ]
      : []),
  ]);

  head('ladder', 'Invloed en belofte', [
    p(
      `De gemeente gebruikt de volgende niveaus van de participatieladder (${art.number('niveaus')}). Het niveau bepaalt de belofte aan de deelnemers; die belofte wordt bij de start bekendgemaakt en nagekomen.`,
    ),
    {
      kind: 'table',
      header: ['Niveau', 'Belofte aan de deelnemers'],
      rows: code.levels.map((x) => [levelLabels[x.level].label, capitalize(x.promise) + '.']),
      widths: [1, 3],
    },
    p(
      'Het niveau volgt uit de ruimte die er werkelijk is. Ligt alles al vast, dan is alleen informeren eerlijk; een hoger niveau wekt verwachtingen die niet kunnen worden waargemaakt.',
    ),
  ]);

  const roleRows: string[][] = [
    [
      'Raad',
      'Stelt de kaders vooraf, hoort de inbreng voordat hij besluit, controleert achteraf en besluit over de belangrijkste onderwerpen.',
    ],
    [
      'College',
      'Bereidt trajecten voor, voert de participatie uit, stelt het verslag op en koppelt terug. Houdt de raad op de hoogte.',
    ],
    ...(code.roles.burgemeesterMonitors
      ? [['Burgemeester', 'Let op de kwaliteit en de zorgvuldigheid van participatietrajecten.']]
      : []),
    ...(code.roles.griffieSupports
      ? [['Griffie', 'Ondersteunt de raad bij zijn eigen participatie en bij het beoordelen van plannen en verslagen.']]
      : []),
    [
      'Ambtelijke organisatie',
      code.roles.participationAdviser
        ? 'Maakt participatieplannen en -verslagen, met advies van de participatieadviseur.'
        : 'Maakt participatieplannen en -verslagen en zoekt daarbij de groepen op die minder vanzelf meedoen.',
    ],
    [
      'Inwoners en organisaties',
      'Brengen kennis, ervaring en ideeën in, nemen initiatief en spreken de gemeente aan op de gemaakte afspraken.',
    ],
  ];
  head('rollen', 'Wie doet wat', [
    { kind: 'table', header: ['Wie', 'Rol'], rows: roleRows, widths: [1, 3] },
    ...(code.roles.raadInstruments.length > 0
      ? [
          p('De raad haalt ook zelf informatie op bij inwoners:'),
          list(code.roles.raadInstruments.map((i) => raadInstrumentWords[i].clause)),
        ]
      : []),
  ]);

  const steps = [
    'Het bestuursorgaan besluit óf en hoe er wordt geparticipeerd, en motiveert dat.',
    `Het college maakt een participatieplan (${art.number('participatieplan')}).`,
    ...(code.participatieplan.raadSees === 'afterwards-for-information'
      ? ['De raad ontvangt het plan ter informatie.']
      : [
          code.participatieplan.raadSees === 'before-always'
            ? 'De raad bespreekt het plan en stelt kaders voordat de participatie begint (bij beleid waarover de raad besluit).'
            : 'Bij grote maatschappelijke impact bespreekt de raad het plan en stelt kaders voordat de participatie begint.',
        ]),
    'De participatie vindt plaats, zo vroeg dat de inbreng nog verschil kan maken.',
    `Het college stelt het participatieverslag op (${art.number('verslag')})${t.reportWithProposal ? ' en voegt het bij het voorstel' : ''}.`,
    'Het bestuursorgaan besluit en legt in de motivering uit hoe de inbreng is gewogen.',
    `De deelnemers horen binnen ${weeks(t.terugkoppelingWeeks)} wat er is besloten en waarom.`,
    code.evaluation.trajectEvaluation && impact
      ? 'Het traject wordt geëvalueerd; bij grote maatschappelijke impact gaat de evaluatie naar de raad.'
      : 'Het traject wordt kort geëvalueerd, zodat de volgende beter gaat.',
  ];
  head('stappen', 'De stappen van elk traject', [
    p(
      'Elk traject volgt dezelfde route. De volgorde is van belang: de raad stelt de kaders voordat de participatie begint en hoort de inbreng voordat hij besluit.',
    ),
    list(steps, true),
  ]);

  head('plan-en-verslag', 'Participatieplan en verslag', [
    p(
      `Een participatieplan beantwoordt de vragen die deelnemers vooraf hebben. Het bevat in ieder geval de onderdelen van ${art.number('participatieplan')}. Bijzondere aandacht verdient het bereiken van groepen die zich minder vanzelf laten horen, zoals jongeren, laaggeletterden en mensen die zich van de politiek hebben afgekeerd.`,
    ),
    p(
      `Het participatieverslag laat zien wat er is opgehaald en wat ermee is gedaan. Het is geen verantwoording achteraf, maar informatie voor het besluit.${t.reportPublic ? ' Het verslag is openbaar.' : ''}`,
    ),
  ]);

  if (active.uitdaagrecht || active.initiatives) {
    const blocks: Block[] = [];
    if (active.uitdaagrecht) {
      const u = code.uitdaagrecht;
      blocks.push(
        p(
          `Met het uitdaagrecht (${art.number('ud-recht')}) kunnen ${formatList(u.challengers.map((w) => challengerWords[w].clause))} vragen een taak van de gemeente over te nemen. ${u.decider === 'college' ? 'Het college' : 'Het bevoegde bestuursorgaan'} beslist binnen ${weeks(u.decisionWeeks)}; binnen ${weeks(u.conversationWeeks)} volgt een gesprek. De organisatie behandelt een uitdaging als een kans om de taak beter te doen, niet als kritiek.`,
        ),
      );
    }
    if (code.governmentParticipation.enabled)
      blocks.push(
        p(
          `Initiatieven van inwoners krijgen binnen ${weeks(code.governmentParticipation.responseWeeks)} een reactie (${art.number('op-ondersteuning')}). De gemeente denkt mee in mogelijkheden en is terughoudend met voorwaarden.${code.governmentParticipation.initiativeFund ? ' Voor financiële steun is er een initiatievenfonds.' : ''}`,
        ),
      );
    if (code.governmentParticipation.citizensInitiative.enabled)
      blocks.push(
        p(
          `Inwoners kunnen met een burgerinitiatief zelf een onderwerp op de agenda van de raad zetten (${art.number('burgerinitiatief')}).`,
        ),
      );
    if (code.governmentParticipation.referendum)
      blocks.push(
        p(
          `De raad kan een raadgevend referendum houden (${art.number('referendum')}). Dat vraagt een vraag die met ja of nee te beantwoorden is en een eigen verordening.`,
        ),
      );
    head('initiatief', 'Als inwoners het initiatief nemen', blocks);
  }

  if (active.initiators)
    head('initiatiefnemers', 'Initiatiefnemers onder de Omgevingswet', [
      p(
        `Wie een buitenplanse omgevingsplanactiviteit wil verrichten, organiseert zelf de participatie. ${code.initiators.mandatoryCases.length > 0 ? `In de gevallen van ${art.number('in-verplicht')} is dat verplicht.` : 'De raad kan gevallen aanwijzen waarin dat verplicht is.'} De gemeente ${code.initiators.preliminaryConsultation ? 'bespreekt in een vooroverleg wat zij verwacht en ' : ''}beoordeelt bij de aanvraag het verslag van de initiatiefnemer (${art.number('in-verslag')}).`,
      ),
    ]);

  head('organisatie', 'Wat dit vraagt van de organisatie', [
    list([
      'Participatie hoort vanaf het begin in de planning en de begroting van een project, niet als laatste stap.',
      'Medewerkers kennen de participatieladder en kunnen een participatieplan maken en uitvoeren.',
      'Terugkoppeling wordt gepland zoals een besluit wordt gepland, met een datum en een verantwoordelijke.',
      ...(code.roles.participationAdviser
        ? ['De participatieadviseur adviseert trajecten en houdt de kennis in de organisatie op peil.']
        : []),
    ]),
  ]);

  head('evaluatie', 'Evalueren en leren', [
    p(
      `${capitalize(evaluatorWords[code.evaluation.by].clause)} evalueert de spelregels eens in de ${numberWord(code.evaluation.years)} jaar en legt de uitkomsten aan de raad voor (${art.number('evaluatie')}).${code.evaluation.withInwoners ? ' Inwoners en deelnemers worden daarbij betrokken.' : ''}`,
    ),
  ]);

  return {
    title: titlePage(code, 'Participatiebeleid', `Spelregels voor participatie in ${code.municipality}`, opties),
    sections: sections,
  };
}

// ================================================================ spelregelkaart (B1, je)

export function spelregelkaartDocument(code: ParticipatieCode, opties: CodeDocumentOptions): DocumentModel {
  const aan = subjects(code);
  const o = code.governmentParticipation;
  const self: string[] = [
    ...(o.enabled
      ? [`Heb je een idee voor je buurt? Meld het. Binnen ${weeks(o.responseWeeks)} hoor je of en hoe we helpen.`]
      : []),
    ...(aan.uitdaagrecht
      ? [
          `Kun je een taak van de gemeente beter of goedkoper doen? Daag ons uit. Je hoort binnen ${weeks(code.uitdaagrecht.decisionWeeks)} of het mag.`,
        ]
      : []),
    ...(o.citizensInitiative.enabled
      ? [
          `Wil je dat de gemeenteraad over iets praat? Met ${o.citizensInitiative.signatures} handtekeningen komt het op de agenda.`,
        ]
      : []),
  ];
  // One page: four headings at most (Word puts a table of contents above them) and short texts.
  const secties: Section[] = [
    section('wanneer', 'Wanneer doe je mee?', [
      p(
        `Gaat een plan over jouw buurt of jouw leven? Dan vragen we je vaak mee te doen.${code.scope.normForLargeImpact && hasImpactCriteria(code) ? ' Bij grote plannen die veel mensen raken, vragen we het bijna altijd.' : ''} Doen we dat niet, dan leggen we uit waarom. Ligt er een plan ter inzage? ${code.inspraak.awbDefault ? `Reageer dan binnen ${weeks(code.inspraak.termWeeks)}` : `Je hebt dan minstens ${weeks(code.inspraak.termWeeks)} om te reageren`}${code.inspraak.oral ? ', ook in een gesprek' : ', op papier of per mail'}.`,
      ),
    ]),
    section('invloed', 'Hoeveel invloed heb je?', [
      ...code.levels.map((x) => p(x.cardPromise ?? defaultCardPromise[x.level], cardLevelName[x.level])),
    ]),
    section('verwachten', 'Wat mag je van ons verwachten?', [
      list([
        'Je hoort vooraf hoeveel invloed je hebt, wat al vastligt en wat nog kan veranderen.',
        'We zoeken ook mensen op die niet vanzelf meedoen.',
        `Binnen ${weeks(code.terugkoppeling.terugkoppelingWeeks)} na het besluit hoor je wat we met je inbreng hebben gedaan.`,
        ...(code.roles.raadInstruments.includes('spreekrecht')
          ? ['Je mag ook zelf inspreken bij de gemeenteraad.']
          : []),
        'Niet tevreden over hoe het ging? Zeg het ons. Daar leren we van.',
      ]),
    ]),
  ];
  if (self.length > 0) secties.push(section('zelf', 'Zelf iets doen?', [list(self)]));
  return {
    // One page: no title page and no table of contents in Word, the title block opens the page.
    title: {
      ...titlePage(code, 'Zo doe je mee in onze gemeente', `Spelregelkaart ${code.municipality}`, opties),
      compact: true,
    },
    sections: secties,
  };
}

/** One of the four texts. */
export function codeDocument(code: ParticipatieCode, variant: CodeVariant, opties: CodeDocumentOptions): DocumentModel {
  switch (variant) {
    case 'verordening':
      return verordeningDocument(code, opties);
    case 'toelichting':
      return toelichtingDocument(code, opties);
    case 'beleid':
      return policyDocument(code, opties);
    case 'kaart':
      return spelregelkaartDocument(code, opties);
  }
}
