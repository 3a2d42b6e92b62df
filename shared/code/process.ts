import { levelLabels, phaseLabels } from '../participatie/labels';
import { PHASES } from '../participatie/vocabulary';
import { layoutRows } from '../procesplaat/layout-rows';
import { makeNode, type EdgeType, type PlateEdge, type PlateNode, type Procesplaat } from '../procesplaat/model';
import { numberWord } from './labels';
import type { ParticipatieCode } from './schema';
import { codeArticle } from './traject-checks';
import { citationTitle, hasImpactCriteria } from './verordening';

/**
 * The code's standard process: the generic route every traject under the code follows, as
 * procesplaat domain data (the same nodes and edges as a traject's procesplaat, so the same
 * editor, storage, SVG export and checks apply). In the order the verordening sets: the
 * bestuursorgaan decides whether and how residents take part → participatieplan → the raad sets
 * kaders (for this traject when the code says so; otherwise the kaders are those of the
 * verordening itself and the plan goes to the raad for information) → participation, with the
 * level and its promise announced → participatieverslag → the raad hears the input → decision with
 * motivering → feedback within the code's weeks → evaluation, reported to the raad.
 *
 * Each step names the article it comes from. Ids start with `code:` so they never collide with
 * the ids a traject's generator makes (`gen:`); a traject that starts from this process can be
 * merged with its own generated plate later. Pure and deterministic; laid out with the row layout.
 */
export const CODE_PROCESS_IDS = {
  fase: (phase: string) => `code:fase:${phase}`,
  besluitOfEnHoe: 'code:besluit-of-en-hoe',
  participatieplan: 'code:participatieplan',
  kaders: 'code:raad:kaders',
  planTerInformatie: 'code:raad:participatieplan',
  aankondiging: 'code:aankondiging',
  participatie: 'code:participatie',
  verslag: 'code:participatieverslag',
  raadHoort: 'code:raad:informatie',
  besluit: 'code:raad:besluit',
  terugkoppeling: 'code:terugkoppeling',
  evaluatie: 'code:evaluatie',
  raadEvaluatie: 'code:raad:evaluatie',
} as const;

export function standardProcess(code: ParticipatieCode): Procesplaat {
  const ids = CODE_PROCESS_IDS;
  const art = (key: string) => {
    const a = codeArticle(code, key);
    return a ? ` (artikel ${a.number} van de ${citationTitle(code)})` : '';
  };
  const impact = hasImpactCriteria(code);
  const p = code.participatieplan;
  const v = code.terugkoppeling;
  const weeks = `${numberWord(v.terugkoppelingWeeks)} ${v.terugkoppelingWeeks === 1 ? 'week' : 'weken'}`;
  const levels = code.levels.map((n) => levelLabels[n.level].label.toLowerCase());

  const nodes: PlateNode[] = PHASES.map((phase) =>
    makeNode('fase', ids.fase(phase), { title: phaseLabels[phase].label, phase }),
  );
  const edges: PlateEdge[] = [];
  let tail: string | undefined;
  const connect = (source: string, target: string, type: EdgeType = 'volgorde', label = '') =>
    edges.push({ id: `e:${source}>${target}`, source, target, type, label });
  const step = (node: PlateNode) => {
    nodes.push(node);
    if (tail) connect(tail, node.id);
    tail = node.id;
  };

  step(
    makeNode('collegemoment', ids.besluitOfEnHoe, {
      // "bepaalt", not "besluit": a title with besluit makes it a decision, and the raad's kaders must precede every decision (order.ts).
      title: 'Bestuursorgaan bepaalt óf en hoe inwoners meedoen',
      description: `Het bestuursorgaan dat over het beleid gaat, besluit of en hoe participatie plaatsvindt en motiveert dat${art('toepassing')}.${
        code.scope.normForLargeImpact && impact
          ? ` Bij grote maatschappelijke impact is participatie het uitgangspunt${art('grote-impact')}.`
          : ''
      }`,
      phase: 'agendering',
    }),
  );
  step(
    makeNode('collegemoment', ids.participatieplan, {
      title: 'Participatieplan opstellen',
      description: `${
        p.required === 'large-impact' && impact
          ? 'Bij grote maatschappelijke impact een volledig participatieplan; bij ander beleid ten minste doel, niveau en terugkoppeling'
          : 'Een participatieplan voor elk traject'
      }, vóór de participatie begint${art('participatieplan')}.`,
      phase: 'agendering',
    }),
  );
  if (p.raadSees === 'afterwards-for-information') {
    // The raad set the kaders in the verordening itself and reads the plan afterwards.
    step(
      makeNode('raadsmoment', ids.kaders, {
        title: 'Kaders uit de participatieverordening',
        description: `De raad heeft de kaders voor participatie vooraf vastgesteld in de verordening${art('rollen')}.`,
        moment: 'kaderstelling',
        councilRoles: ['kaderstellend'],
        phase: 'agendering',
      }),
    );
    step(
      makeNode('raadsmoment', ids.planTerInformatie, {
        title: 'Participatieplan ter informatie naar de raad',
        description: `Het college zendt het participatieplan ter informatie aan de raad${art('participatieplan')}.`,
        moment: 'informatie',
        councilRoles: ['controlerend'],
        phase: 'agendering',
      }),
    );
  } else {
    step(
      makeNode('raadsmoment', ids.kaders, {
        title:
          p.raadSees === 'before-if-large-impact' && impact
            ? 'Raad stelt kaders (bij grote maatschappelijke impact)'
            : 'Raad stelt kaders',
        description: `Het college legt het participatieplan aan de raad voor voordat de participatie begint; de raad kan kaders meegeven${art('participatieplan')}.`,
        moment: 'kaderstelling',
        councilRoles: ['kaderstellend'],
        phase: 'agendering',
      }),
    );
  }
  step(
    makeNode('communicatie', ids.aankondiging, {
      title: 'Niveau en belofte bekendmaken',
      description: `Bij de start horen deelnemers het gekozen niveau en de belofte die erbij hoort${art('niveaus')}; het participatieplan wordt openbaar.`,
      audience: 'Inwoners en andere belanghebbenden',
      phase: 'beleidsvoorbereiding',
    }),
  );
  step(
    makeNode('activiteit', ids.participatie, {
      title: 'Participatie',
      description: `Inwoners doen mee op een van de niveaus die de gemeente gebruikt: ${levels.join(', ')}${art('niveaus')}.`,
      phase: 'beleidsvoorbereiding',
    }),
  );
  step(
    makeNode('mijlpaal', ids.verslag, {
      title: 'Participatieverslag',
      description: `Het verslag legt vast wie meededen, wat zij inbrachten en hoe de inbreng wordt gewogen${art('verslag')}.${v.reportPublic ? ' Het verslag wordt openbaar.' : ''}`,
      phase: 'beleidsvoorbereiding',
    }),
  );
  step(
    makeNode('raadsmoment', ids.raadHoort, {
      title: v.reportWithProposal ? 'Raad ontvangt het verslag bij het voorstel' : 'Raad hoort de opbrengst',
      description: v.reportWithProposal
        ? `Het participatieverslag gaat mee met het voorstel; de raad heeft het voordat hij het voorstel behandelt${art('verslag')}.`
        : 'De raad hoort wat inwoners hebben ingebracht, voordat hij besluit.',
      moment: 'informatie',
      councilRoles: ['volksvertegenwoordigend'],
      phase: 'besluitvorming',
    }),
  );
  step(
    makeNode('raadsmoment', ids.besluit, {
      title: 'Besluit met motivering',
      description: `Het bevoegde bestuursorgaan besluit en vermeldt hoe het de inbreng heeft gewogen${art('verslag')}. Besluit het college, dan informeert het de raad.`,
      moment: 'besluit',
      councilRoles: ['besluitvormend'],
      phase: 'besluitvorming',
    }),
  );
  step(
    makeNode('terugkoppeling', ids.terugkoppeling, {
      title: `Terugkoppeling binnen ${weeks}`,
      description: `Binnen ${weeks} na het besluit horen deelnemers wat is besloten, wat met hun inbreng is gedaan en waarom${art('verslag')}.`,
      whatWasDone: 'Wat is besloten, wat met de inbreng is gedaan en waarom.',
      phase: 'besluitvorming',
    }),
  );
  step(
    makeNode('evaluatie', ids.evaluatie, {
      title:
        code.evaluation.trajectEvaluation && impact
          ? 'Evaluatie van het traject (verplicht bij grote impact)'
          : 'Evaluatie van het traject',
      description: `Wat ging goed en wat kan beter, met de deelnemers${art('evaluatie')}.`,
      phase: 'evaluatie',
    }),
  );
  step(
    makeNode('raadsmoment', ids.raadEvaluatie, {
      title: 'Raad hoort de evaluatie',
      description: 'De raad hoort wat de evaluatie oplevert en wat er de volgende keer beter kan.',
      moment: 'informatie',
      councilRoles: ['controlerend'],
      phase: 'evaluatie',
    }),
  );

  const generatedIds = [...nodes.map((n) => n.id), ...edges.map((e) => e.id)];
  return layoutRows({ nodes, edges, generatedIds });
}
