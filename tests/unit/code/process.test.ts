import { describe, expect, it } from 'vitest';
import { CODE_PROCESS_IDS, standardProcess } from '../../../shared/code/process';
import { exampleCodes } from '../../../shared/code/examples/index';
import { checkProcesplaat } from '../../../shared/procesplaat/checks';
import { Procesplaat } from '../../../shared/procesplaat/model';
import { orderViolations } from '../../../shared/procesplaat/order';
import { code, nr } from './helpers';

const varianten = {
  standaard: code(),
  lindewaard: exampleCodes.lindewaard,
  bremerveld: exampleCodes.bremerveld,
  'raad ter informatie': {
    ...code(),
    participatieplan: { ...code().participatieplan, raadSees: 'afterwards-for-information' as const },
  },
  'raad altijd vooraf': {
    ...code(),
    participatieplan: { ...code().participatieplan, raadSees: 'before-always' as const },
  },
  'zonder verslag bij voorstel': { ...code(), terugkoppeling: { ...code().terugkoppeling, reportWithProposal: false } },
};

const titels = (p: Procesplaat) => p.nodes.filter((n) => n.type !== 'fase').map((n) => n.data.title);

describe('the standard process of a code', () => {
  it.each(Object.entries(varianten))('%s: is a valid procesplaat that passes every check', (_naam, c) => {
    const plate = standardProcess(c);
    expect(Procesplaat.safeParse(plate).success).toBe(true);
    expect(checkProcesplaat(plate)).toEqual([]);
    expect(orderViolations(plate)).toEqual([]);
    // Laid out: not every step at the origin.
    expect(new Set(plate.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(plate.nodes.length);
  });

  it('follows the route of the verordening in order', () => {
    const plate = standardProcess(code());
    expect(titels(plate)).toEqual([
      'Bestuursorgaan bepaalt óf en hoe inwoners meedoen',
      'Participatieplan opstellen',
      'Raad stelt kaders (bij grote maatschappelijke impact)',
      'Niveau en belofte bekendmaken',
      'Participatie',
      'Participatieverslag',
      'Raad ontvangt het verslag bij het voorstel',
      'Besluit met motivering',
      'Terugkoppeling binnen zes weken',
      'Evaluatie van het traject',
      'Raad hoort de evaluatie',
    ]);
    // One chain: every step follows the one before.
    const flow = plate.nodes.filter((n) => n.type !== 'fase');
    for (let i = 1; i < flow.length; i++)
      expect(plate.edges.some((e) => e.source === flow[i - 1]!.id && e.target === flow[i]!.id)).toBe(true);
  });

  it('follows the choices: kaders per traject or from the verordening, the feedback term, the levels', () => {
    const c = code();
    const info = standardProcess({
      ...c,
      participatieplan: { ...c.participatieplan, raadSees: 'afterwards-for-information' },
    });
    expect(titels(info)).toContain('Kaders uit de participatieverordening');
    expect(titels(info)).toContain('Participatieplan ter informatie naar de raad');
    const altijd = standardProcess({ ...c, participatieplan: { ...c.participatieplan, raadSees: 'before-always' } });
    expect(titels(altijd)).toContain('Raad stelt kaders');
    const twee = standardProcess({ ...c, terugkoppeling: { ...c.terugkoppeling, terugkoppelingWeeks: 2 } });
    expect(titels(twee)).toContain('Terugkoppeling binnen twee weken');
    const participatie = standardProcess({ ...c, levels: c.levels.slice(0, 2) }).nodes.find(
      (n) => n.id === CODE_PROCESS_IDS.participatie,
    )!;
    expect(participatie.data.description).toContain('informeren, raadplegen');
    expect(participatie.data.description).not.toContain('adviseren');
  });

  it('names the articles of the verordening in its steps', () => {
    const c = code();
    const plate = standardProcess(c);
    const plan = plate.nodes.find((n) => n.id === CODE_PROCESS_IDS.participatieplan)!;
    expect(plan.data.description).toContain(
      `artikel ${nr(c, 'participatieplan')} van de Participatieverordening Teststad 2026`,
    );
    const terug = plate.nodes.find((n) => n.id === CODE_PROCESS_IDS.terugkoppeling)!;
    expect(terug.data.description).toContain(`artikel ${nr(c, 'verslag')} van de`);
  });

  it('is deterministic and uses its own ids', () => {
    const c = code();
    expect(standardProcess(c)).toEqual(standardProcess(structuredClone(c)));
    expect(standardProcess(c).nodes.every((n) => n.id.startsWith('code:'))).toBe(true);
    expect(standardProcess(c).generatedIds.length).toBeGreaterThan(0);
  });
});
