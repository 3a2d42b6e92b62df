import { ApiError } from '../../../shared/api/errors';
import type { ExportKind } from '../../../shared/loting/api';
import type { PoolData } from '../../../shared/loting/model';
import { buildInstance } from '../../../shared/loting/instance';
import { probabilitiesCsv, makeReport, panelCsv, reservesCsv } from '../../../shared/loting/report';
import { reselectionNotice } from '../../../shared/loting/reselection';
import { reachabilityNotices } from '../../../shared/loting/exclusion';
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
import { apiMessages } from '../../../shared/loting/messages';

const gone = apiMessages.poolGone;

function requirePoolData(services: Services, id: string): PoolData {
  const poolData = services.loting.poolData(id);
  if (!poolData) throw new ApiError('NOT_FOUND', gone);
  return poolData;
}

const mime: Record<ExportKind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown',
  'panel-csv': 'text/csv',
  'reserves-csv': 'text/csv',
  'probabilities-csv': 'text/csv',
  'distribution-json': 'application/json',
};
const fileName: Record<ExportKind, string> = {
  docx: 'verslag-loting.docx',
  pdf: 'verslag-loting.pdf',
  md: 'verslag-loting.md',
  'panel-csv': 'panel.csv',
  'reserves-csv': 'reservelijst.csv',
  'probabilities-csv': 'selectiekansen.csv',
  'distribution-json': 'verdeling.json',
};

/** "burgerberaad-klimaat-2026-11-29-panel.csv": the pool's name and the date of the computation. */
export function lotingFileName(poolName: string, r: LotingResult, kind: ExportKind): string {
  const date = localIsoDate(new Date(r.verification?.drawnAt ?? r.computedAt));
  const kindName = r.reselection ? fileName[kind].replace('loting', 'herselectie') : fileName[kind];
  return `${fileSlug(poolName)}-${date}-${kindName}`;
}

export const lotingHandlers: DomainHandlers<'loting'> = {
  'loting.pools.list': (_input, { services }) => services.loting.list(),

  'loting.pools.get': ({ id }, { services }) => {
    const summary = services.loting.summary(id);
    const poolData = services.loting.poolData(id);
    if (!summary || !poolData) throw new ApiError('NOT_FOUND', gone);
    const draw = services.loting.lastDraw(id);
    const people: Record<string, string[]> = {};
    const excluded = (draw?.excluded ?? []).flatMap((g) => g.people);
    for (const p of [...(draw?.panel ?? []), ...(draw?.reserves ?? []), ...excluded])
      people[String(p)] = poolData.rows[p] ?? [];
    return {
      ...summary,
      columns: poolData.columns,
      categoryCounts: categoryCounts(createPool(poolData).pool),
      settings: services.loting.settings(id),
      draw,
      people,
      fingerprint: poolFingerprint(createPool(poolData).pool),
    };
  },

  'loting.pools.create': ({ name, columns, rows: rows }, { services }) => {
    if (columns.some((k) => k.role === 'ignore')) {
      throw new ApiError('INVALID_INPUT', apiMessages.ignoredColumnSent);
    }
    if (rows.some((r) => r.length !== columns.length)) {
      throw new ApiError('INVALID_INPUT', apiMessages.rowLengths);
    }
    const poolData = { columns, rows };
    const errors = createPool(poolData).messages.filter((m) => m.severity === 'error');
    if (errors.length > 0) {
      throw new ApiError(
        'INVALID_INPUT',
        errors.map((f) => f.text).join(' '),
        errors.map((f) => ({ path: ['rows'], message: f.text })),
      );
    }
    return services.loting.create(name, poolData);
  },

  'loting.pools.delete': ({ id }, { services }) => {
    services.lotingJobs.forgetPool(id);
    removePoolFromBackups(services.db, id);
    if (!services.loting.delete(id)) throw new ApiError('NOT_FOUND', gone);
    return { id };
  },

  'loting.validate': async ({ poolId, settings }, { services }) => {
    const poolData = requirePoolData(services, poolId);
    const { pool } = createPool(poolData);
    const messages = validateLoting(
      pool,
      settings,
      poolData.columns.some((k) => k.role === 'household'),
    );
    if (messages.some((m) => m.severity === 'error')) return messages;
    // Before the computation: who can never be selected, and which quota exclude them.
    const instance = buildInstance(pool, settings);
    return [...messages, ...(await reachabilityNotices(pool, instance, await highsSolver(), 3))];
  },

  'loting.compute': ({ poolId, settings, seed, commitment }, { services }) => {
    const poolData = requirePoolData(services, poolId);
    services.loting.saveSettings(poolId, settings);
    const chosen = seed ?? newSeed();
    const name = services.loting.summary(poolId)?.name ?? '';
    // A verifiable draw: the draw made while computing is dropped; step 1 publishes the
    // distribution, and a value announced in advance draws at once from it (verification.ts).
    const store = (r: LotingResult): string => {
      let stored = r;
      if (commitment) {
        const pool = createPool(poolData).pool;
        stored = asPublished(r, pool, commitment, name, new Date());
        if (commitment.kind === 'announced') stored = drawWithValue(stored, pool, commitment.value!, new Date());
      }
      return services.loting.saveDraw(poolId, stored) ?? '';
    };
    const job = services.lotingJobs.start(poolId, poolData, settings, chosen, store);
    return { jobId: job.id, seed: chosen };
  },

  'loting.draw': ({ poolId, value }, { services }) => {
    const poolData = requirePoolData(services, poolId);
    const previous = services.loting.lastDraw(poolId);
    const message = drawNotice(previous);
    if (message) throw new ApiError(previous ? 'CONFLICT' : 'NOT_FOUND', message);
    const r = drawWithValue(previous!, createPool(poolData).pool, value, new Date());
    if (!services.loting.saveDraw(poolId, r)) throw new ApiError('NOT_FOUND', gone);
    return { seed: r.seed };
  },

  'loting.trialDraw': ({ poolId, count }, { services }) => {
    const poolData = requirePoolData(services, poolId);
    const r = services.loting.lastDraw(poolId);
    if (!r) throw new ApiError('NOT_FOUND', apiMessages.trialWithoutDistribution);
    if (r.reselection) {
      throw new ApiError('CONFLICT', apiMessages.trialFromReselection);
    }
    const instance = instanceOf(r, createPool(poolData).pool);
    const panels = trialPanels(
      instance,
      r.distribution,
      Array.from({ length: count }, () => newSeed()),
    );
    const people: Record<string, string[]> = {};
    for (const p of panels.flatMap((x) => x.members)) people[String(p)] = poolData.rows[p] ?? [];
    return { panels, people };
  },

  'loting.reselect': ({ poolId, dropouts, seed }, { services }) => {
    const poolData = requirePoolData(services, poolId);
    const previous = services.loting.lastDraw(poolId);
    if (!previous) throw new ApiError('NOT_FOUND', apiMessages.nothingToReselect);
    const message = reselectionNotice(previous, dropouts);
    if (message) throw new ApiError('INVALID_INPUT', message);
    // The settings of the draw itself, not later edits on the quota screen.
    const settings = {
      panelSize: previous.panelSize,
      quota: previous.quota,
      excludeHouseholds: previous.excludeHouseholds,
      ...(previous.maxDropouts === undefined ? {} : { maxDropouts: previous.maxDropouts }),
    };
    const chosen = seed ?? newSeed();
    const job = services.lotingJobs.start(
      poolId,
      poolData,
      settings,
      chosen,
      (r) => services.loting.saveDraw(poolId, r) ?? '',
      undefined,
      { previous, dropouts },
    );
    return { jobId: job.id, seed: chosen };
  },

  'loting.computeStatus': ({ jobId }, { services }) => {
    const job = services.lotingJobs.get(jobId);
    if (!job) throw new ApiError('NOT_FOUND', apiMessages.jobUnknown);
    return {
      jobId,
      status: job.status,
      phase: job.phase,
      progress: job.progress,
      panels: job.panels,
      messages: job.messages,
    };
  },

  'loting.cancelCompute': ({ jobId }, { services }) => {
    services.lotingJobs.cancel(jobId);
    return {};
  },

  'loting.export': async ({ poolId, kind, columns, csvVariant }, { services }) => {
    const poolData = requirePoolData(services, poolId);
    const result = services.loting.lastDraw(poolId);
    if (!result) throw new ApiError('NOT_FOUND', apiMessages.nothingToExport);
    const choice = { columns };
    const name = services.loting.summary(poolId)?.name ?? 'pool';
    let content: Uint8Array;
    if (kind === 'distribution-json') {
      if (result.reselection) {
        throw new ApiError('CONFLICT', apiMessages.noPublicationOfReselection);
      }
      const publication = publicationOf(result, createPool(poolData).pool, name);
      content = new TextEncoder().encode(`${JSON.stringify(publication, null, 1)}\n`);
    } else if (kind === 'docx' || kind === 'md' || kind === 'pdf') {
      const report = makeReport(result, createPool(poolData).pool, poolData, choice);
      try {
        content = await renderDocument(report, kind, { host: services.exportHost });
      } catch (error) {
        if (error instanceof ChromiumMissing) {
          throw new ApiError('INTERNAL', apiMessages.pdfWithoutChromium);
        }
        throw error;
      }
    } else {
      const text =
        kind === 'panel-csv'
          ? panelCsv(result, poolData, choice, csvVariant)
          : kind === 'reserves-csv'
            ? reservesCsv(result, poolData, choice, csvVariant)
            : probabilitiesCsv(result, poolData, csvVariant);
      // The CSV writer (shared/csv.ts) already starts the file with the BOM Excel needs.
      content = new TextEncoder().encode(text);
    }
    return {
      fileName: lotingFileName(name, result, kind),
      mime: mime[kind],
      base64: Buffer.from(content).toString('base64'),
    };
  },
};
