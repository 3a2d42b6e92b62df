import { ApiError } from '../../../shared/api/errors';
import type { ExportSoort } from '../../../shared/loting/api';
import type { PoolGegevens } from '../../../shared/loting/model';
import { bouwInstance } from '../../../shared/loting/instance';
import { kansenCsv, maakVerslag, panelCsv, reservesCsv } from '../../../shared/loting/rapport';
import { herselectieMelding } from '../../../shared/loting/herselectie';
import { bereikbaarheidsMeldingen } from '../../../shared/loting/uitsluiting';
import { maakPool, tellingen, valideerLoting } from '../../../shared/loting/validatie';
import { renderDocx } from '../../export/docx';
import { renderMarkdown } from '../../export/markdown';
import { highsSolver } from '../../loting/highs';
import { nieuweSeed } from '../../loting/rekenen';
import type { Services } from '../../services';
import type { Handler, Handlers } from '../types';

type LotingMethod = Extract<keyof Handlers, `loting.${string}`>;

const weg = 'Deze pool bestaat niet (meer). Misschien is hij verwijderd.';

function requireGegevens(services: Services, id: string): PoolGegevens {
  const gegevens = services.loting.gegevens(id);
  if (!gegevens) throw new ApiError('NOT_FOUND', weg);
  return gegevens;
}

const mime: Record<ExportSoort, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown',
  'panel-csv': 'text/csv',
  'reserves-csv': 'text/csv',
  'kansen-csv': 'text/csv',
};
const bestandsnaam: Record<ExportSoort, string> = {
  docx: 'verslag-loting.docx',
  md: 'verslag-loting.md',
  'panel-csv': 'panel.csv',
  'reserves-csv': 'reservelijst.csv',
  'kansen-csv': 'selectiekansen.csv',
};

export const lotingHandlers: { [M in LotingMethod]: Handler<M> } = {
  'loting.pools.list': (_input, { services }) => services.loting.list(),

  'loting.pools.get': ({ id }, { services }) => {
    const samenvatting = services.loting.samenvatting(id);
    const gegevens = services.loting.gegevens(id);
    if (!samenvatting || !gegevens) throw new ApiError('NOT_FOUND', weg);
    const trekking = services.loting.laatsteTrekking(id);
    const personen: Record<string, string[]> = {};
    const uitgesloten = (trekking?.uitgesloten ?? []).flatMap((g) => g.personen);
    for (const p of [...(trekking?.panel ?? []), ...(trekking?.reserves ?? []), ...uitgesloten])
      personen[String(p)] = gegevens.rijen[p] ?? [];
    return {
      ...samenvatting,
      kolommen: gegevens.kolommen,
      tellingen: tellingen(maakPool(gegevens).pool),
      instellingen: services.loting.instellingen(id),
      trekking,
      personen,
    };
  },

  'loting.pools.create': ({ naam, kolommen, rijen }, { services }) => {
    if (kolommen.some((k) => k.rol === 'negeren')) {
      throw new ApiError('INVALID_INPUT', 'Kolommen die je negeert, horen niet mee te komen: laat ze weg.');
    }
    if (rijen.some((r) => r.length !== kolommen.length)) {
      throw new ApiError('INVALID_INPUT', 'Niet iedere rij heeft evenveel cellen als er kolommen zijn.');
    }
    const gegevens = { kolommen, rijen };
    const fouten = maakPool(gegevens).meldingen.filter((m) => m.ernst === 'fout');
    if (fouten.length > 0) {
      throw new ApiError(
        'INVALID_INPUT',
        fouten.map((f) => f.tekst).join(' '),
        fouten.map((f) => ({ path: ['rijen'], message: f.tekst })),
      );
    }
    return services.loting.create(naam, gegevens);
  },

  'loting.pools.delete': ({ id }, { services }) => {
    services.rekentaken.vergeetPool(id);
    if (!services.loting.delete(id)) throw new ApiError('NOT_FOUND', weg);
    return { id };
  },

  'loting.valideer': async ({ poolId, instellingen }, { services }) => {
    const gegevens = requireGegevens(services, poolId);
    const { pool } = maakPool(gegevens);
    const meldingen = valideerLoting(
      pool,
      instellingen,
      gegevens.kolommen.some((k) => k.rol === 'huishouden'),
    );
    if (meldingen.some((m) => m.ernst === 'fout')) return meldingen;
    // Before the computation: who can never be selected, and which quota exclude them.
    const instance = bouwInstance(pool, instellingen);
    return [...meldingen, ...(await bereikbaarheidsMeldingen(pool, instance, await highsSolver(), 3))];
  },

  'loting.bereken.start': ({ poolId, instellingen, seed }, { services }) => {
    const gegevens = requireGegevens(services, poolId);
    services.loting.saveInstellingen(poolId, instellingen);
    const gekozen = seed ?? nieuweSeed();
    const taak = services.rekentaken.start(
      poolId,
      gegevens,
      instellingen,
      gekozen,
      (r) => services.loting.saveTrekking(poolId, r) ?? '',
    );
    return { taakId: taak.id, seed: gekozen };
  },

  'loting.herselectie.start': ({ poolId, afvallers, seed }, { services }) => {
    const gegevens = requireGegevens(services, poolId);
    const vorige = services.loting.laatsteTrekking(poolId);
    if (!vorige) throw new ApiError('NOT_FOUND', 'Er is nog geen trekking om aan te vullen.');
    const melding = herselectieMelding(vorige, afvallers);
    if (melding) throw new ApiError('INVALID_INPUT', melding);
    // The settings of the draw itself, not later edits on the quota screen.
    const instellingen = {
      panelgrootte: vorige.panelgrootte,
      quota: vorige.quota,
      huishoudensUitsluiten: vorige.huishoudensUitsluiten,
      ...(vorige.maxUitval === undefined ? {} : { maxUitval: vorige.maxUitval }),
    };
    const gekozen = seed ?? nieuweSeed();
    const taak = services.rekentaken.start(
      poolId,
      gegevens,
      instellingen,
      gekozen,
      (r) => services.loting.saveTrekking(poolId, r) ?? '',
      undefined,
      { vorige, afvallers },
    );
    return { taakId: taak.id, seed: gekozen };
  },

  'loting.bereken.status': ({ taakId }, { services }) => {
    const taak = services.rekentaken.get(taakId);
    if (!taak) throw new ApiError('NOT_FOUND', 'Deze berekening is niet (meer) bekend. Start hem opnieuw.');
    return {
      taakId,
      status: taak.status,
      fase: taak.fase,
      voortgang: taak.voortgang,
      panels: taak.panels,
      meldingen: taak.meldingen,
    };
  },

  'loting.bereken.afbreken': ({ taakId }, { services }) => {
    services.rekentaken.breekAf(taakId);
    return {};
  },

  'loting.export': async ({ poolId, soort, kolommen }, { services }) => {
    const gegevens = requireGegevens(services, poolId);
    const resultaat = services.loting.laatsteTrekking(poolId);
    if (!resultaat) throw new ApiError('NOT_FOUND', 'Er is nog geen trekking om te exporteren.');
    const keuze = { kolommen };
    let inhoud: Uint8Array;
    if (soort === 'docx' || soort === 'md') {
      const verslag = maakVerslag(resultaat, maakPool(gegevens).pool, gegevens, keuze);
      inhoud = soort === 'docx' ? await renderDocx(verslag) : new TextEncoder().encode(renderMarkdown(verslag));
    } else {
      const tekst =
        soort === 'panel-csv'
          ? panelCsv(resultaat, gegevens, keuze)
          : soort === 'reserves-csv'
            ? reservesCsv(resultaat, gegevens, keuze)
            : kansenCsv(resultaat, gegevens);
      // The CSV writer (shared/csv.ts) already starts the file with the BOM Excel needs.
      inhoud = new TextEncoder().encode(tekst);
    }
    return { bestandsnaam: bestandsnaam[soort], mime: mime[soort], base64: Buffer.from(inhoud).toString('base64') };
  },
};
