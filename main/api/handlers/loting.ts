import { ApiError } from '../../../shared/api/errors';
import type { ExportKind } from '../../../shared/loting/api';
import type { PoolData } from '../../../shared/loting/model';
import { buildInstance } from '../../../shared/loting/instance';
import { probabilitiesCsv, makeReport, panelCsv, reservesCsv } from '../../../shared/loting/report';
import { reselectionNotice } from '../../../shared/loting/reselection';
import { bereikbaarheidsMeldingen } from '../../../shared/loting/exclusion';
import { createPool, categoryCounts, validateLoting } from '../../../shared/loting/validation';
import { trialPanels } from '../../../shared/loting/trial-draw';
import type { LotingResult } from '../../../shared/loting/result';
import {
  asPublished,
  instanceOf,
  poolFingerprint,
  publicationOf,
  drawNotice,
  drawWithValue,
} from '../../../shared/loting/verification';
import { localIsoDate } from '../../../shared/format';
import { removePoolFromBackups } from '../../db/backup-privacy';
import { ChromiumMissing } from '../../export/chromium';
import { renderDocument } from '../../export/render';
import { fileSlug } from '../../export/text';
import { highsSolver } from '../../loting/highs';
import { newSeed } from '../../loting/jobs';
import type { Services } from '../../services';
import type { DomainHandlers } from '../types';

const weg = 'Deze pool bestaat niet (meer). Misschien is hij verwijderd.';

function requireGegevens(services: Services, id: string): PoolData {
  const gegevens = services.loting.gegevens(id);
  if (!gegevens) throw new ApiError('NOT_FOUND', weg);
  return gegevens;
}

const mime: Record<ExportKind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown',
  'panel-csv': 'text/csv',
  'reserves-csv': 'text/csv',
  'kansen-csv': 'text/csv',
  'verdeling-json': 'application/json',
};
const bestandsnaam: Record<ExportKind, string> = {
  docx: 'verslag-loting.docx',
  pdf: 'verslag-loting.pdf',
  md: 'verslag-loting.md',
  'panel-csv': 'panel.csv',
  'reserves-csv': 'reservelijst.csv',
  'kansen-csv': 'selectiekansen.csv',
  'verdeling-json': 'verdeling.json',
};

/** "burgerberaad-klimaat-2026-11-29-panel.csv": the pool's name and the date of the computation. */
export function lotingBestandsnaam(poolnaam: string, r: LotingResult, soort: ExportKind): string {
  const datum = localIsoDate(new Date(r.controle?.getrokkenOp ?? r.berekendOp));
  const soortNaam = r.herselectie ? bestandsnaam[soort].replace('loting', 'herselectie') : bestandsnaam[soort];
  return `${fileSlug(poolnaam)}-${datum}-${soortNaam}`;
}

export const lotingHandlers: DomainHandlers<'loting'> = {
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
      tellingen: categoryCounts(createPool(gegevens).pool),
      instellingen: services.loting.instellingen(id),
      trekking,
      personen,
      vingerafdruk: poolFingerprint(createPool(gegevens).pool),
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
    const fouten = createPool(gegevens).meldingen.filter((m) => m.ernst === 'fout');
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
    services.lotingJobs.forgetPool(id);
    removePoolFromBackups(services.db, id);
    if (!services.loting.delete(id)) throw new ApiError('NOT_FOUND', weg);
    return { id };
  },

  'loting.validate': async ({ poolId, instellingen }, { services }) => {
    const gegevens = requireGegevens(services, poolId);
    const { pool } = createPool(gegevens);
    const meldingen = validateLoting(
      pool,
      instellingen,
      gegevens.kolommen.some((k) => k.rol === 'huishouden'),
    );
    if (meldingen.some((m) => m.ernst === 'fout')) return meldingen;
    // Before the computation: who can never be selected, and which quota exclude them.
    const instance = buildInstance(pool, instellingen);
    return [...meldingen, ...(await bereikbaarheidsMeldingen(pool, instance, await highsSolver(), 3))];
  },

  'loting.compute': ({ poolId, instellingen, seed, toezegging }, { services }) => {
    const gegevens = requireGegevens(services, poolId);
    services.loting.saveInstellingen(poolId, instellingen);
    const gekozen = seed ?? newSeed();
    const naam = services.loting.samenvatting(poolId)?.naam ?? '';
    // A verifiable draw: the draw made while computing is dropped; step 1 publishes the
    // distribution, and a value announced in advance draws at once from it (verification.ts).
    const bewaar = (r: LotingResult): string => {
      let opslag = r;
      if (toezegging) {
        const pool = createPool(gegevens).pool;
        opslag = asPublished(r, pool, toezegging, naam, new Date());
        if (toezegging.soort === 'vooraf') opslag = drawWithValue(opslag, pool, toezegging.waarde!, new Date());
      }
      return services.loting.saveTrekking(poolId, opslag) ?? '';
    };
    const taak = services.lotingJobs.start(poolId, gegevens, instellingen, gekozen, bewaar);
    return { taakId: taak.id, seed: gekozen };
  },

  'loting.draw': ({ poolId, waarde }, { services }) => {
    const gegevens = requireGegevens(services, poolId);
    const vorige = services.loting.laatsteTrekking(poolId);
    const melding = drawNotice(vorige);
    if (melding) throw new ApiError(vorige ? 'CONFLICT' : 'NOT_FOUND', melding);
    const r = drawWithValue(vorige!, createPool(gegevens).pool, waarde, new Date());
    if (!services.loting.saveTrekking(poolId, r)) throw new ApiError('NOT_FOUND', weg);
    return { seed: r.seed };
  },

  'loting.trialDraw': ({ poolId, aantal }, { services }) => {
    const gegevens = requireGegevens(services, poolId);
    const r = services.loting.laatsteTrekking(poolId);
    if (!r) throw new ApiError('NOT_FOUND', 'Bereken eerst de kansen; daarna kun je proefpanels trekken.');
    if (r.herselectie) {
      throw new ApiError(
        'CONFLICT',
        'Een proeftrekking kan alleen uit de verdeling van een eerste loting, niet van een herselectie.',
      );
    }
    const instance = instanceOf(r, createPool(gegevens).pool);
    const panels = trialPanels(
      instance,
      r.verdeling,
      Array.from({ length: aantal }, () => newSeed()),
    );
    const personen: Record<string, string[]> = {};
    for (const p of panels.flatMap((x) => x.leden)) personen[String(p)] = gegevens.rijen[p] ?? [];
    return { panels, personen };
  },

  'loting.reselect': ({ poolId, afvallers, seed }, { services }) => {
    const gegevens = requireGegevens(services, poolId);
    const vorige = services.loting.laatsteTrekking(poolId);
    if (!vorige) throw new ApiError('NOT_FOUND', 'Er is nog geen trekking om aan te vullen.');
    const melding = reselectionNotice(vorige, afvallers);
    if (melding) throw new ApiError('INVALID_INPUT', melding);
    // The settings of the draw itself, not later edits on the quota screen.
    const instellingen = {
      panelgrootte: vorige.panelgrootte,
      quota: vorige.quota,
      huishoudensUitsluiten: vorige.huishoudensUitsluiten,
      ...(vorige.maxUitval === undefined ? {} : { maxUitval: vorige.maxUitval }),
    };
    const gekozen = seed ?? newSeed();
    const taak = services.lotingJobs.start(
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

  'loting.computeStatus': ({ taakId }, { services }) => {
    const taak = services.lotingJobs.get(taakId);
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

  'loting.cancelCompute': ({ taakId }, { services }) => {
    services.lotingJobs.cancel(taakId);
    return {};
  },

  'loting.export': async ({ poolId, soort, kolommen, csvVariant }, { services }) => {
    const gegevens = requireGegevens(services, poolId);
    const resultaat = services.loting.laatsteTrekking(poolId);
    if (!resultaat) throw new ApiError('NOT_FOUND', 'Er is nog geen trekking om te exporteren.');
    const keuze = { kolommen };
    const naam = services.loting.samenvatting(poolId)?.naam ?? 'pool';
    let inhoud: Uint8Array;
    if (soort === 'verdeling-json') {
      if (resultaat.herselectie) {
        throw new ApiError(
          'CONFLICT',
          'Van een herselectie wordt geen verdeling gepubliceerd; publiceer die van de eerste loting.',
        );
      }
      const publicatie = publicationOf(resultaat, createPool(gegevens).pool, naam);
      inhoud = new TextEncoder().encode(`${JSON.stringify(publicatie, null, 1)}\n`);
    } else if (soort === 'docx' || soort === 'md' || soort === 'pdf') {
      const verslag = makeReport(resultaat, createPool(gegevens).pool, gegevens, keuze);
      try {
        inhoud = await renderDocument(verslag, soort, { host: services.exportHost });
      } catch (error) {
        if (error instanceof ChromiumMissing) {
          throw new ApiError('INTERNAL', 'Een PDF maken lukt hier niet: Chromium ontbreekt. Kies het verslag in Word.');
        }
        throw error;
      }
    } else {
      const tekst =
        soort === 'panel-csv'
          ? panelCsv(resultaat, gegevens, keuze, csvVariant)
          : soort === 'reserves-csv'
            ? reservesCsv(resultaat, gegevens, keuze, csvVariant)
            : probabilitiesCsv(resultaat, gegevens, csvVariant);
      // The CSV writer (shared/csv.ts) already starts the file with the BOM Excel needs.
      inhoud = new TextEncoder().encode(tekst);
    }
    return {
      bestandsnaam: lotingBestandsnaam(naam, resultaat, soort),
      mime: mime[soort],
      base64: Buffer.from(inhoud).toString('base64'),
    };
  },
};
