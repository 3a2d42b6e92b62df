import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Traject } from '@shared/traject/traject';
import { useApi } from '../../api/context';
import { routeHash } from '../../app/route';
import { StatusMessages } from '../../components/StatusMessages';
import { errorMessage } from '../../lib/errorMessage';
import { apiQuery, invalidateDomain, invalidateMethods } from '../../api/queries';

/**
 * The trajecten that follow this code: link one (a traject follows at most one code), unlink,
 * and per linked traject the code's checks on its answers and procesplaat.
 */
export function TrajectenView({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const trajecten = useQuery(apiQuery(api, 'trajecten.list', {}));
  const [keuze, setKeuze] = useState('');
  const [status, setStatus] = useState('');
  const alle = trajecten.data ?? [];
  const gekoppeld = alle.filter((tr) => tr.codeId === id);
  const kiesbaar = alle.filter((tr) => tr.codeId !== id);

  const koppel = useMutation({
    mutationFn: (v: { traject: Traject; codeId: string | null }) =>
      api.call('codes.linkTraject', { trajectId: v.traject.id, codeId: v.codeId }),
    onSuccess: async (_data, v) => {
      setStatus(t(v.codeId ? 'code.trajecten.gekoppeld' : 'code.trajecten.ontkoppeld', { titel: v.traject.titel }));
      setKeuze('');
      await Promise.all([
        invalidateMethods(queryClient, 'trajecten.list', 'trajecten.get'),
        invalidateDomain(queryClient, 'codes'),
      ]);
    },
  });

  return (
    <section className="samenspel-code-trajecten" aria-labelledby="code-trajecten-kop">
      <Heading2 id="code-trajecten-kop">{t('code.trajecten.title')}</Heading2>
      <Paragraph>{t('code.trajecten.uitleg')}</Paragraph>
      <StatusMessages
        status={status}
        error={koppel.error ? errorMessage(koppel.error) : trajecten.error ? errorMessage(trajecten.error) : null}
      />
      {trajecten.isSuccess && alle.length === 0 && <Paragraph>{t('code.trajecten.geenTrajecten')}</Paragraph>}
      {kiesbaar.length > 0 && (
        <form
          className="samenspel-card samenspel-code-koppel"
          onSubmit={(e) => {
            e.preventDefault();
            const traject = kiesbaar.find((tr) => tr.id === keuze);
            if (traject) koppel.mutate({ traject, codeId: id });
          }}
        >
          <label htmlFor="code-traject-kies" className="utrecht-form-label">
            {t('code.trajecten.kiesLabel')}
          </label>
          <select
            id="code-traject-kies"
            className="utrecht-select utrecht-select--html-select"
            value={keuze}
            onChange={(e) => setKeuze(e.target.value)}
          >
            <option value="">{t('code.trajecten.kies')}</option>
            {kiesbaar.map((tr) => (
              <option key={tr.id} value={tr.id}>
                {tr.titel}
                {tr.gemeente ? ` (${tr.gemeente})` : ''}
                {tr.codeId ? ` ${t('code.trajecten.andereCode')}` : ''}
              </option>
            ))}
          </select>
          <Button type="submit" appearance="primary-action-button" disabled={!keuze || koppel.isPending}>
            {t('code.trajecten.koppelen')}
          </Button>
        </form>
      )}
      {trajecten.isSuccess && gekoppeld.length === 0 && alle.length > 0 && (
        <Paragraph>{t('code.trajecten.geen')}</Paragraph>
      )}
      {gekoppeld.map((tr) => (
        <TrajectToets key={tr.id} traject={tr} onOntkoppel={() => koppel.mutate({ traject: tr, codeId: null })} />
      ))}
    </section>
  );
}

function TrajectToets({ traject, onOntkoppel }: { traject: Traject; onOntkoppel(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const checks = useQuery({
    ...apiQuery(api, 'codes.checkTraject', { trajectId: traject.id }),
  });
  const kopId = `code-toets-${traject.id}`;
  const lijst = checks.data?.checks ?? [];
  return (
    <article className="samenspel-card samenspel-code-toets" aria-labelledby={kopId}>
      <Heading3 id={kopId}>{t('code.trajecten.checksTitel', { titel: traject.titel })}</Heading3>
      <div className="samenspel-code-toets__acties">
        <a href={routeHash({ name: 'traject', id: traject.id, view: 'fasen' })}>{t('code.trajecten.openen')}</a>
        <button
          type="button"
          className="samenspel-link-button"
          aria-label={t('code.trajecten.ontkoppelenNamed', { titel: traject.titel })}
          onClick={onOntkoppel}
        >
          {t('code.trajecten.ontkoppelen')}
        </button>
      </div>
      {checks.isError && <Paragraph>{errorMessage(checks.error)}</Paragraph>}
      {checks.isSuccess &&
        (lijst.length === 0 ? (
          <Paragraph>{t('code.trajecten.checksGeen')}</Paragraph>
        ) : (
          <>
            <Paragraph className="samenspel-meta">
              {t('code.trajecten.checksAantal', { count: lijst.length })}
            </Paragraph>
            <ul className="samenspel-code-checks">
              {lijst.map((c) => (
                <li
                  key={c.id}
                  className={`samenspel-code-check samenspel-code-check--${c.severity}`}
                  data-check={c.check}
                >
                  <strong>{t(`code.trajecten.ernst.${c.severity}`)}</strong> {c.tekst}
                  {c.artikel && (
                    <span className="samenspel-code-check__bron">
                      {t('code.trajecten.artikel', { citaat: c.artikel.citaat })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </>
        ))}
    </article>
  );
}
