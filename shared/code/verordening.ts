import { levelLabels } from '../participatie/labels';
import { formatIsoDate } from '../format';
import { type NumberedChapter, type Chapter, type Article, type ArticleParagraph, numberChapters } from './articles';
import {
  termTexts,
  evaluatorWords,
  impactWords,
  initiatorReportWords,
  supportWords,
  agreementWords,
  planWords,
  raadInstrumentWords,
  numberWord,
  uitdaagrechtCriterionWords,
  challengerWords,
  exceptionWords,
  verslagWords,
  requestWords,
} from './labels';
import { capitalize, formatList } from '../format';
import type { DefinedTerm, ParticipatieCode } from './schema';

/**
 * The participatieverordening as chapters and articles, built from the code's choices. Every
 * choice either adds or drops an article or a lid, or changes a sentence; articles are numbered
 * afterwards (articles.ts), so a dropped article renumbers the rest and references stay right.
 * All sentences are written for Samenspel; the structure (aanhef, chapters, leden with onderdelen
 * a, b, c, slotbepalingen) follows real verordeningen.
 */

export function citationTitle(code: ParticipatieCode): string {
  return code.citationTitle ?? `Participatieverordening ${code.municipality} ${code.year}`;
}

/** Anything in the code that refers to "grote maatschappelijke impact" needs its criteria. */
export function hasImpactCriteria(code: ParticipatieCode): boolean {
  return code.scope.impactCriteria.length + code.scope.ownImpactCriteria.length > 0;
}

/** Which subjects of the verordening are switched on: the chapters that exist. */
export function subjects(code: ParticipatieCode) {
  const o = code.governmentParticipation;
  return {
    uitdaagrecht: code.uitdaagrecht.enabled,
    governmentParticipation: o.enabled,
    initiatives: o.enabled || o.citizensInitiative.enabled || o.referendum,
    initiators: code.initiators.enabled,
  };
}

/** The subject a term is about, for the terms that only exist when their subject is switched on. */
const TERM_SUBJECT: Partial<Record<DefinedTerm, keyof ReturnType<typeof subjects>>> = {
  uitdaagrecht: 'uitdaagrecht',
  overheidsparticipatie: 'governmentParticipation',
  'maatschappelijk-initiatief': 'governmentParticipation',
  initiatiefnemer: 'initiators',
};

/** Whether a chosen term can be defined: a term about a subject that is switched off is left out. */
function isTermActive(code: ParticipatieCode, b: DefinedTerm): boolean {
  const onderwerp = TERM_SUBJECT[b];
  return onderwerp === undefined || subjects(code)[onderwerp];
}

/** The definitions of artikel 1, alphabetical as in real verordeningen; "college" is always there. */
function definitions(code: ParticipatieCode): string[] {
  const g = (s: string) => s.replace(/\{G\}/g, code.municipality);
  const lijst = [
    {
      term: 'college',
      definition: `het college van burgemeester en wethouders van de gemeente ${code.municipality}`,
    },
    ...code.definedTerms.filter((b) => isTermActive(code, b)).map((b) => termTexts[b]),
    ...code.ownDefinedTerms.map((b) => ({ term: b.term, definition: b.description })),
  ];
  return lijst.sort((a, b) => a.term.localeCompare(b.term, 'nl')).map((b) => `${b.term}: ${g(b.definition)}`);
}

function decidingBody(code: ParticipatieCode): string {
  return code.uitdaagrecht.decider === 'college' ? 'het college' : 'het bevoegde bestuursorgaan';
}

// ---------------------------------------------------------------- chapters

function generalChapter(code: ParticipatieCode): Chapter {
  const aan = subjects(code);
  const also = [
    ...(aan.uitdaagrecht ? ['het uitdaagrecht ({{hfd:uitdaagrecht}})'] : []),
    ...(aan.initiatives ? ['de ondersteuning van initiatieven van inwoners ({{hfd:initiatieven}})'] : []),
    ...(aan.initiators
      ? ['de participatie die initiatiefnemers onder de Omgevingswet organiseren ({{hfd:initiatiefnemers}})']
      : []),
  ];
  const onderwerp: ArticleParagraph[] = [
    {
      text: `Deze verordening regelt hoe inwoners, maatschappelijke partijen, ondernemers en andere belanghebbenden worden betrokken bij de voorbereiding, de uitvoering en de evaluatie van het beleid van de gemeente ${code.municipality}, en welke rol de raad, het college en de burgemeester daarbij hebben.`,
    },
    ...(also.length > 0 ? [{ text: `Daarnaast regelt deze verordening ${formatList(also)}.` }] : []),
  ];
  return {
    key: 'algemeen',
    title: 'Algemene bepalingen',
    articles: [
      {
        key: 'begrippen',
        title: 'Begripsbepalingen',
        paragraphs: [{ text: 'In deze verordening wordt verstaan onder:', items: definitions(code), alwaysList: true }],
      },
      { key: 'onderwerp', title: 'Onderwerp', paragraphs: onderwerp },
    ],
  };
}

function participationChapter(code: ParticipatieCode): Chapter {
  const t = code.scope;
  const impact = hasImpactCriteria(code);
  const largeImpactRef = impact ? ' als bedoeld in {{art:grote-impact}}' : '';
  const artikelen: Article[] = [];

  artikelen.push({
    key: 'toepassing',
    title: 'Toepassing van participatie',
    paragraphs: [
      {
        key: 'motivering',
        text: 'Elk bestuursorgaan besluit voor zijn eigen bevoegdheden of en hoe participatie plaatsvindt, en motiveert waarom het wel of niet tot participatie besluit.',
      },
      { text: 'Participatie vindt in ieder geval plaats als een wettelijk voorschrift dat vereist.' },
      ...(t.normForLargeImpact && impact
        ? [
            {
              text: `Bij beleid met een grote maatschappelijke impact${largeImpactRef} is participatie het uitgangspunt. Ziet het bestuursorgaan daarvan af, dan vermeldt het de redenen in het besluit.`,
            },
          ]
        : []),
      {
        text: 'Participatie vindt plaats in de voorbereiding, de uitvoering en de evaluatie van beleid, en zo vroeg dat de inbreng het beleid nog kan beïnvloeden.',
      },
    ],
  });

  const uitzonderingen = [...t.exemptions.map((u) => exceptionWords[u].clause), ...t.ownExemptions.map((u) => u.text)];
  if (uitzonderingen.length > 0)
    artikelen.push({
      key: 'uitzonderingen',
      title: 'Uitzonderingen',
      paragraphs: [
        { text: 'Het bestuursorgaan kan afzien van participatie:', items: uitzonderingen },
        {
          text: 'Een bestuursorgaan dat afziet van participatie, vermeldt in het besluit welke uitzondering het toepast en waarom; {{art:toepassing#motivering}} is van overeenkomstige toepassing.',
        },
      ],
    });

  if (impact)
    artikelen.push({
      key: 'grote-impact',
      title: 'Grote maatschappelijke impact',
      paragraphs: [
        {
          text: 'Bij de beoordeling of beleid een grote maatschappelijke impact heeft, betrekt het bestuursorgaan in ieder geval:',
          items: [...t.impactCriteria.map((c) => impactWords[c].clause), ...t.ownImpactCriteria.map((c) => c.text)],
        },
        {
          text: 'Het bestuursorgaan legt de uitkomst van die beoordeling vast in het participatieplan of, als het afziet van participatie, in het besluit.',
        },
      ],
    });

  artikelen.push({
    key: 'niveaus',
    title: 'Participatieniveaus',
    paragraphs: [
      {
        text:
          code.levels.length > 1
            ? 'Het bestuursorgaan kiest per traject, en zo nodig per fase, een van de volgende participatieniveaus, elk met de belofte die daarbij hoort:'
            : 'Het bestuursorgaan past het volgende participatieniveau toe, met de belofte die daarbij hoort:',
        items: code.levels.map((n) => `${levelLabels[n.level].label.toLowerCase()}: ${n.promise}`),
        alwaysList: true,
      },
      {
        text: 'Het gekozen niveau en de belofte worden bij de start van het traject bekendgemaakt. Het bestuursorgaan houdt zich aan de belofte of legt uit waarom dat niet is gelukt.',
      },
    ],
  });

  const p = code.participatieplan;
  const raadParagraph: ArticleParagraph =
    p.raadSees === 'before-if-large-impact' && impact
      ? {
          text: `Bij beleid met een grote maatschappelijke impact${largeImpactRef} waarover de raad besluit, legt het college het participatieplan aan de raad voor voordat de participatie begint. De raad kan daarbij kaders voor het traject meegeven.`,
        }
      : p.raadSees === 'afterwards-for-information'
        ? { text: 'Het college zendt de participatieplannen ter informatie aan de raad.' }
        : {
            text: 'Het college legt het participatieplan van elk traject over beleid waarover de raad besluit aan de raad voor voordat de participatie begint. De raad kan daarbij kaders voor het traject meegeven.',
          };
  artikelen.push({
    key: 'participatieplan',
    title: 'Participatieplan',
    paragraphs: [
      p.required === 'large-impact' && impact
        ? {
            key: 'wanneer',
            text: `Bij beleid met een grote maatschappelijke impact${largeImpactRef} stelt het bestuursorgaan een participatieplan op voordat de participatie begint. Bij ander beleid legt het bestuursorgaan ten minste het doel, het niveau en de terugkoppeling vast.`,
          }
        : {
            key: 'wanneer',
            text: 'Het bestuursorgaan stelt voor elk participatietraject een participatieplan op voordat de participatie begint.',
          },
      {
        key: 'inhoud',
        text: 'Een participatieplan bevat in ieder geval:',
        items: p.sections.map((o) => planWords[o].clause),
      },
      raadParagraph,
      { text: 'Het participatieplan wordt bij de start van het traject openbaar gemaakt.' },
    ],
  });

  const r = code.roles;
  artikelen.push({
    key: 'rollen',
    title: 'Rollen en verantwoordelijkheden',
    paragraphs: [
      {
        text: 'De raad stelt de kaders voor participatie vast, controleert of het college deze verordening naleeft en weegt de inbreng uit participatie bij de besluiten die hij zelf neemt.',
      },
      ...(r.raadInstruments.length > 0
        ? [
            {
              key: 'raad-zelf',
              text: 'De raad betrekt inwoners ook zelf bij zijn werk, in ieder geval door:',
              items: r.raadInstruments.map((i) => raadInstrumentWords[i].clause),
            },
          ]
        : []),
      {
        text: 'Het college zorgt voor de voorbereiding, de uitvoering en de verslaglegging van participatie, ook bij beleid waarover de raad besluit, en houdt de raad op de hoogte van de trajecten die lopen.',
      },
      ...(r.burgemeesterMonitors
        ? [{ text: 'De burgemeester ziet toe op de kwaliteit en de zorgvuldigheid van participatietrajecten.' }]
        : []),
      ...(r.griffieSupports
        ? [
            {
              text: 'De griffie ondersteunt de raad bij de participatie die hij zelf organiseert en bij de beoordeling van participatieplannen en participatieverslagen.',
            },
          ]
        : []),
      ...(r.participationAdviser
        ? [
            {
              text: 'Het college wijst in de ambtelijke organisatie een participatieadviseur aan, die trajecten adviseert en de kennis over participatie in de organisatie bevordert.',
            },
          ]
        : []),
    ],
  });

  const v = code.terugkoppeling;
  artikelen.push({
    key: 'verslag',
    title: 'Participatieverslag en terugkoppeling',
    paragraphs: [
      {
        text: 'Na afloop van de participatie stelt het bestuursorgaan een participatieverslag op. Het verslag bevat in ieder geval:',
        items: v.reportSections.map((o) => verslagWords[o].clause),
      },
      ...(v.reportWithProposal
        ? [
            {
              text: 'Het participatieverslag wordt gevoegd bij het voorstel aan het bestuursorgaan dat het besluit neemt. Besluit de raad, dan ontvangt hij het verslag voordat hij het voorstel behandelt.',
            },
          ]
        : []),
      { text: 'Het bestuursorgaan vermeldt in de motivering van het besluit hoe het de inbreng heeft gewogen.' },
      {
        key: 'termijn',
        text: `Binnen ${numberWord(v.terugkoppelingWeeks)} ${v.terugkoppelingWeeks === 1 ? 'week' : 'weken'} na het besluit horen de deelnemers wat is besloten, wat met hun inbreng is gedaan en waarom.`,
      },
      ...(v.reportPublic
        ? [
            {
              text: 'Het participatieverslag wordt openbaar gemaakt, met inachtneming van de regels over de bescherming van persoonsgegevens.',
            },
          ]
        : []),
    ],
  });

  return { key: 'inwonersparticipatie', title: 'Inwonersparticipatie', articles: artikelen };
}

function inspraakChapter(code: ParticipatieCode): Chapter {
  const i = code.inspraak;
  const manner = i.oral ? 'schriftelijk of mondeling' : 'schriftelijk';
  const weken = `${numberWord(i.termWeeks)} weken`;
  const leden: ArticleParagraph[] = i.awbDefault
    ? [
        {
          text: 'Op de voorbereiding van beleid waarover inspraak wordt verleend, is afdeling 3.4 van de Algemene wet bestuursrecht van toepassing, tenzij het bestuursorgaan bij de start van het traject anders besluit en dat motiveert.',
        },
        {
          text: `Inwoners en belanghebbenden kunnen binnen ${weken} na de terinzagelegging van het ontwerp hun zienswijze ${manner} naar voren brengen.`,
        },
      ]
    : [
        {
          text: 'Het bestuursorgaan bepaalt bij de start van het traject hoe inspraak wordt verleend, tenzij een wettelijk voorschrift afdeling 3.4 van de Algemene wet bestuursrecht van toepassing verklaart.',
        },
        {
          text: `Inwoners en belanghebbenden krijgen ten minste ${weken} om hun zienswijze ${manner} naar voren te brengen.`,
        },
      ];
  leden.push({
    text: 'Het bestuursorgaan reageert op de zienswijzen in een nota van beantwoording, die deel uitmaakt van het participatieverslag als bedoeld in {{art:verslag}}.',
  });
  return { key: 'inspraak', title: 'Inspraak', articles: [{ key: 'inspraak', title: 'Inspraak', paragraphs: leden }] };
}

function uitdaagrechtChapter(code: ParticipatieCode): Chapter {
  const u = code.uitdaagrecht;
  const beslisser = decidingBody(code);
  const wie = capitalize(formatList(u.challengers.map((w) => challengerWords[w].clause)));
  const tasksParagraph: ArticleParagraph =
    u.tasks === 'only-listed'
      ? {
          key: 'taken',
          text: 'Een verzoek kan betrekking hebben op de volgende taken:',
          items: u.listedTasks.map((t) => t.text),
          alwaysList: true,
        }
      : {
          key: 'taken',
          text: 'Een verzoek kan betrekking hebben op elke taak van de gemeente, behalve:',
          items: [
            {
              text: 'taken waarbij de gemeente een publiekrechtelijke bevoegdheid uitoefent, waaronder:',
              sub: ['het verlenen van vergunningen en ontheffingen', 'het opleggen van sancties en het handhaven'],
            },
            ...u.excludedTasks.map((t) => t.text),
          ],
        };
  const budget =
    u.budget === 'with-budget'
      ? 'Het budget dat de gemeente voor de taak heeft, gaat mee naar de uitvoerder voor het deel van de taak dat deze overneemt.'
      : u.budget === 'without-budget'
        ? 'De overname van een taak geeft geen aanspraak op het budget dat de gemeente voor de taak heeft.'
        : `${capitalize(beslisser)} bepaalt bij elk verzoek of en in welke mate het budget voor de taak meegaat naar de uitvoerder.`;
  return {
    key: 'uitdaagrecht',
    title: 'Uitdaagrecht',
    articles: [
      {
        key: 'ud-recht',
        title: 'Uitdaagrecht',
        paragraphs: [
          {
            text: `${wie} kunnen ${beslisser} verzoeken de feitelijke uitvoering van een taak van de gemeente over te nemen, als zij menen dat zij die taak beter en/of goedkoper kunnen uitvoeren.`,
          },
          tasksParagraph,
          {
            text: 'De gemeente blijft verantwoordelijk voor de taak. De uitvoering gaat over binnen de kaders die de gemeente stelt.',
          },
        ],
      },
      {
        key: 'ud-verzoek',
        title: 'Verzoek',
        paragraphs: [
          {
            text: `Een verzoek wordt schriftelijk ingediend bij ${beslisser} en bevat in ieder geval:`,
            items: u.requestSections.map((o) => requestWords[o].clause),
          },
          {
            text: `Binnen ${numberWord(u.conversationWeeks)} ${u.conversationWeeks === 1 ? 'week' : 'weken'} na ontvangst nodigt ${beslisser} de verzoeker uit voor een gesprek over het verzoek.`,
          },
          {
            text: 'De verzoeker krijgt de gelegenheid een onvolledig verzoek binnen een redelijke termijn aan te vullen.',
          },
        ],
      },
      {
        key: 'ud-beoordeling',
        title: 'Beoordeling',
        paragraphs: [
          {
            text: `${capitalize(beslisser)} beoordeelt het verzoek in ieder geval op:`,
            items: u.criteria.map((c) => uitdaagrechtCriterionWords[c].clause),
          },
          {
            text: `${capitalize(beslisser)} kan een verzoek geheel of gedeeltelijk toewijzen. Het wijst een verzoek af als het betrekking heeft op een taak die niet onder {{art:ud-recht#taken}} valt, of als het onvoldoende voldoet aan de criteria van het eerste lid.`,
          },
        ],
      },
      {
        key: 'ud-besluit',
        title: 'Besluit',
        paragraphs: [
          {
            text: `${capitalize(beslisser)} beslist binnen ${numberWord(u.decisionWeeks)} weken na ontvangst van het verzoek. Deze termijn kan eenmaal met ten hoogste zes weken worden verlengd; de verzoeker hoort dat voordat de termijn verstrijkt.`,
          },
          { text: 'Het besluit vermeldt hoe het verzoek aan de criteria van {{art:ud-beoordeling}} is getoetst.' },
          ...(u.raadInformed ? [{ text: 'Het college informeert de raad over elk besluit op een verzoek.' }] : []),
        ],
      },
      {
        key: 'ud-overeenkomst',
        title: 'Overeenkomst',
        paragraphs: [
          u.agreementSections.length > 0
            ? {
                text: `Bij toewijzing legt ${beslisser} de afspraken met de uitvoerder vast in een overeenkomst, die in ieder geval regelt:`,
                items: u.agreementSections.map((o) => agreementWords[o].clause),
              }
            : { text: `Bij toewijzing legt ${beslisser} de afspraken met de uitvoerder vast in een overeenkomst.` },
          { text: budget },
        ],
      },
    ],
  };
}

function initiativesChapter(code: ParticipatieCode): Chapter {
  const o = code.governmentParticipation;
  const artikelen: Article[] = [];
  if (o.enabled) {
    artikelen.push({
      key: 'op-ondersteuning',
      title: 'Ondersteuning van maatschappelijke initiatieven',
      paragraphs: [
        ...(o.support.length > 0
          ? [
              {
                text: 'Het college staat open voor maatschappelijke initiatieven en kan deze ondersteunen, onder meer door:',
                items: o.support.map((x) => supportWords[x].clause),
              },
            ]
          : [{ text: 'Het college staat open voor maatschappelijke initiatieven en kan deze ondersteunen.' }]),
        {
          text: `Binnen ${numberWord(o.responseWeeks)} ${o.responseWeeks === 1 ? 'week' : 'weken'} nadat een initiatief is gemeld, hoort de initiatiefnemer of en hoe de gemeente het ondersteunt.`,
        },
        {
          text: 'Het college weegt bij de ondersteuning het maatschappelijk belang van het initiatief, het draagvlak in de omgeving en de verenigbaarheid met het beleid van de gemeente.',
        },
      ],
    });
    if (o.initiativeFund)
      artikelen.push({
        key: 'op-fonds',
        title: 'Initiatievenfonds',
        paragraphs: [
          {
            text: 'De raad stelt bij de begroting jaarlijks een budget vast voor een initiatievenfonds, waaruit het college bijdragen verleent aan maatschappelijke initiatieven.',
          },
          { text: 'Het college stelt regels over de aanvraag en de verdeling van de bijdragen.' },
        ],
      });
  }
  if (o.citizensInitiative.enabled) {
    const age = `${o.citizensInitiative.minimumAge} jaar of ouder`;
    artikelen.push({
      key: 'burgerinitiatief',
      title: 'Burgerinitiatief',
      paragraphs: [
        {
          text: `Inwoners van ${age} kunnen een onderwerp op de agenda van de raad laten plaatsen met een voorstel dat is ondersteund door ten minste ${o.citizensInitiative.signatures} inwoners van ${age}.`,
        },
        {
          text: 'Een burgerinitiatief kan niet gaan over een onderwerp waarover de raad in de twaalf maanden ervoor een besluit heeft genomen, tenzij er sindsdien nieuwe feiten of omstandigheden zijn.',
        },
        {
          text: 'De raad behandelt een burgerinitiatief binnen drie maanden na ontvangst. De indieners mogen hun voorstel in de vergadering toelichten.',
        },
      ],
    });
  }
  if (o.referendum)
    artikelen.push({
      key: 'referendum',
      title: 'Raadgevend referendum',
      paragraphs: [
        {
          text: 'De raad kan besluiten over een voorgenomen besluit een raadgevend referendum te houden. De raad regelt de uitvoering in een afzonderlijke verordening.',
        },
        {
          text: 'De uitslag is een advies aan de raad. De raad betrekt de uitslag bij zijn besluit en vermeldt in de motivering hoe hij dat heeft gedaan.',
        },
      ],
    });
  return {
    key: 'initiatieven',
    title: o.enabled ? 'Overheidsparticipatie en initiatieven van inwoners' : 'Initiatieven van inwoners',
    articles: artikelen,
  };
}

function initiatorsChapter(code: ParticipatieCode): Chapter {
  const i = code.initiators;
  const designation: ArticleParagraph =
    i.mandatoryCases.length > 0
      ? {
          text: 'Als gevallen waarin participatie van en overleg met derden verplicht is voordat een aanvraag om een omgevingsvergunning voor een buitenplanse omgevingsplanactiviteit wordt ingediend, als bedoeld in artikel 16.55, zevende lid, van de Omgevingswet, wijst de raad aan:',
          items: i.mandatoryCases.map((g) => g.text),
        }
      : {
          text: 'De raad kan bij afzonderlijk besluit gevallen aanwijzen waarin participatie verplicht is voordat een aanvraag om een omgevingsvergunning voor een buitenplanse omgevingsplanactiviteit wordt ingediend, als bedoeld in artikel 16.55, zevende lid, van de Omgevingswet.',
        };
  return {
    key: 'initiatiefnemers',
    title: 'Participatie door initiatiefnemers',
    articles: [
      {
        key: 'in-verplicht',
        title: 'Verplichte participatie bij buitenplanse omgevingsplanactiviteiten',
        paragraphs: [
          designation,
          ...(i.preliminaryConsultation
            ? [
                {
                  text: 'Het college biedt de initiatiefnemer een vooroverleg aan, waarin het aangeeft welke participatie het verwacht.',
                },
              ]
            : []),
        ],
      },
      {
        key: 'in-verslag',
        title: 'Verslag van de initiatiefnemer',
        paragraphs: [
          {
            text: 'Een initiatiefnemer die participatie heeft georganiseerd, vermeldt bij de aanvraag in ieder geval:',
            items: i.report.map((x) => initiatorReportWords[x].clause),
          },
          {
            text: 'Het college beoordeelt of de participatie past bij de aard en de gevolgen van de activiteit en betrekt de resultaten bij zijn besluit op de aanvraag.',
          },
          {
            text: 'Ontbreken deze gegevens in een geval als bedoeld in {{art:in-verplicht}}, dan stelt het college de aanvrager in de gelegenheid de aanvraag aan te vullen.',
          },
        ],
      },
    ],
  };
}

function closingChapter(code: ParticipatieCode): Chapter {
  const e = code.evaluation;
  const jaar = `${numberWord(e.years)} jaar`;
  const artikelen: Article[] = [
    {
      key: 'evaluatie',
      title: 'Evaluatie',
      paragraphs: [
        {
          text: `${capitalize(evaluatorWords[e.by].clause)} evalueert de werking van deze verordening binnen ${jaar} na de inwerkingtreding en daarna telkens na ${jaar}.`,
        },
        ...(e.withInwoners
          ? [
              {
                text: 'Inwoners, maatschappelijke partijen en deelnemers aan participatietrajecten worden bij de evaluatie betrokken.',
              },
            ]
          : []),
        {
          text: 'De uitkomsten van de evaluatie worden aan de raad voorgelegd, met voorstellen voor de verbeteringen die daaruit volgen.',
        },
        ...(e.trajectEvaluation && hasImpactCriteria(code)
          ? [
              {
                text: 'Elk traject over beleid met een grote maatschappelijke impact wordt na afloop geëvalueerd; het college zendt de evaluatie aan de raad.',
              },
            ]
          : []),
      ],
    },
  ];
  if (code.replacedRegulation)
    artikelen.push({
      key: 'intrekking',
      title: 'Intrekking en overgangsrecht',
      paragraphs: [
        { text: `De ${code.replacedRegulation} wordt ingetrokken.` },
        {
          text: `Op een inspraak- of participatietraject dat is begonnen voor de inwerkingtreding van deze verordening, blijft de ${code.replacedRegulation} van toepassing tot het traject is afgerond.`,
        },
      ],
    });
  artikelen.push(
    {
      key: 'inwerkingtreding',
      title: 'Inwerkingtreding',
      paragraphs: [
        {
          text:
            code.entryIntoForce.kind === 'date'
              ? `Deze verordening treedt in werking op ${formatIsoDate(code.entryIntoForce.date)}.`
              : 'Deze verordening treedt in werking op de dag na die van haar bekendmaking.',
        },
      ],
    },
    {
      key: 'citeertitel',
      title: 'Citeertitel',
      paragraphs: [{ text: `Deze verordening wordt aangehaald als: ${citationTitle(code)}.` }],
    },
  );
  return { key: 'slot', title: 'Evaluatie en slotbepalingen', articles: artikelen };
}

/** The chapters of the verordening, unnumbered. */
export function verordeningStructure(code: ParticipatieCode): Chapter[] {
  const aan = subjects(code);
  return [
    generalChapter(code),
    participationChapter(code),
    inspraakChapter(code),
    ...(aan.uitdaagrecht ? [uitdaagrechtChapter(code)] : []),
    ...(aan.initiatives ? [initiativesChapter(code)] : []),
    ...(aan.initiators ? [initiatorsChapter(code)] : []),
    closingChapter(code),
  ];
}

/** The verordening numbered, references resolved. */
export function verordeningArticles(code: ParticipatieCode): NumberedChapter[] {
  return numberChapters(verordeningStructure(code));
}

/** The legal bases named in the aanhef ("gelet op …"). */
export function legalBases(code: ParticipatieCode): string[] {
  return [
    'de artikelen 149 en 150 van de Gemeentewet',
    ...(code.initiators.enabled
      ? [
          'de artikelen 2.4, 3.1, 3.4 en 16.55, zevende lid, van de Omgevingswet',
          'de artikelen 10.2, 10.7 en 10.8 van het Omgevingsbesluit',
        ]
      : []),
    ...(code.inspraak.awbDefault ? ['afdeling 3.4 van de Algemene wet bestuursrecht'] : []),
  ];
}
