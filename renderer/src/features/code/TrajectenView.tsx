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
  const [choice, setChoice] = useState('');
  const [status, setStatus] = useState('');
  const all = trajecten.data ?? [];
  const linked = all.filter((tr) => tr.codeId === id);
  const selectable = all.filter((tr) => tr.codeId !== id);

  const link = useMutation({
    mutationFn: (v: { traject: Traject; codeId: string | null }) =>
      api.call('codes.linkTraject', { trajectId: v.traject.id, codeId: v.codeId }),
    onSuccess: async (_data, v) => {
      setStatus(t(v.codeId ? 'code.trajecten.gekoppeld' : 'code.trajecten.ontkoppeld', { titel: v.traject.title }));
      setChoice('');
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
        error={link.error ? errorMessage(link.error) : trajecten.error ? errorMessage(trajecten.error) : null}
      />
      {trajecten.isSuccess && all.length === 0 && <Paragraph>{t('code.trajecten.geenTrajecten')}</Paragraph>}
      {selectable.length > 0 && (
        <form
          className="samenspel-card samenspel-code-koppel"
          onSubmit={(e) => {
            e.preventDefault();
            const traject = selectable.find((tr) => tr.id === choice);
            if (traject) link.mutate({ traject, codeId: id });
          }}
        >
          <label htmlFor="code-traject-kies" className="utrecht-form-label">
            {t('code.trajecten.kiesLabel')}
          </label>
          <select
            id="code-traject-kies"
            className="utrecht-select utrecht-select--html-select"
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
          >
            <option value="">{t('code.trajecten.kies')}</option>
            {selectable.map((tr) => (
              <option key={tr.id} value={tr.id}>
                {tr.title}
                {tr.municipality ? ` (${tr.municipality})` : ''}
                {tr.codeId ? ` ${t('code.trajecten.andereCode')}` : ''}
              </option>
            ))}
          </select>
          <Button type="submit" appearance="primary-action-button" disabled={!choice || link.isPending}>
            {t('code.trajecten.koppelen')}
          </Button>
        </form>
      )}
      {trajecten.isSuccess && linked.length === 0 && all.length > 0 && (
        <Paragraph>{t('code.trajecten.geen')}</Paragraph>
      )}
      {linked.map((tr) => (
        <TrajectCheck key={tr.id} traject={tr} onOntkoppel={() => link.mutate({ traject: tr, codeId: null })} />
      ))}
    </section>
  );
}

function TrajectCheck({ traject, onOntkoppel: onUnlink }: { traject: Traject; onOntkoppel(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const checks = useQuery({
    ...apiQuery(api, 'codes.checkTraject', { trajectId: traject.id }),
  });
  const headingId = `code-toets-${traject.id}`;
  const list = checks.data?.checks ?? [];
  return (
    <article className="samenspel-card samenspel-code-toets" aria-labelledby={headingId}>
      <Heading3 id={headingId}>{t('code.trajecten.checksTitel', { titel: traject.title })}</Heading3>
      <div className="samenspel-code-toets__acties">
        <a href={routeHash({ name: 'traject', id: traject.id, view: 'phases' })}>{t('code.trajecten.openen')}</a>
        <button
          type="button"
          className="samenspel-link-button"
          aria-label={t('code.trajecten.ontkoppelenNamed', { titel: traject.title })}
          onClick={onUnlink}
        >
          {t('code.trajecten.ontkoppelen')}
        </button>
      </div>
      {checks.isError && <Paragraph>{errorMessage(checks.error)}</Paragraph>}
      {checks.isSuccess &&
        (list.length === 0 ? (
          <Paragraph>{t('code.trajecten.checksGeen')}</Paragraph>
        ) : (
          <>
            <Paragraph className="samenspel-meta">{t('code.trajecten.checksAantal', { count: list.length })}</Paragraph>
            <ul className="samenspel-code-checks">
              {list.map((c) => (
                <li
                  key={c.id}
                  className={`samenspel-code-check samenspel-code-check--${c.severity}`}
                  data-check={c.check}
                >
                  <strong>{t(`code.trajecten.ernst.${c.severity}`)}</strong> {c.text}
                  {c.article && (
                    <span className="samenspel-code-check__bron">
                      {t('code.trajecten.artikel', { citaat: c.article.citation })}
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
