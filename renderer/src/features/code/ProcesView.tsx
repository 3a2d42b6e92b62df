import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { renderProcesplaatSvg } from '../../../../shared/procesplaat/svg';
import { useApi } from '../../api/context';
import { errorMessage } from '../../lib/errorMessage';
import { useCodeState } from './CodeSessionProvider';
import { codeKeys } from './queries';

/**
 * The code's standard process as a figure, drawn by the same SVG renderer as the procesplaat
 * export; read-only here (editing it in the React Flow editor comes after the editor rework).
 * The steps follow as a list too, so the figure is not the only way to read them.
 */
export function ProcesView({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  // Refetched after every save of the choices (the process follows them).
  const revision = useCodeState((s) => s.revision);
  const citeertitel = useCodeState((s) => s.stored?.citeertitel ?? '');
  const proces = useQuery({
    queryKey: [...codeKeys.proces(id), revision],
    queryFn: () => api.call('codes.proces', { id }),
  });
  const svg = useMemo(
    () => (proces.data ? renderProcesplaatSvg(proces.data.plate, { title: citeertitel }) : null),
    [proces.data, citeertitel],
  );
  const stappen = proces.data?.plate.nodes.filter((n) => n.type !== 'fase') ?? [];
  const label = t('code.proces.figuur', { citeertitel });
  return (
    <section aria-labelledby="code-proces-kop" className="samenspel-code-proces">
      <Heading2 id="code-proces-kop">{t('code.proces.title')}</Heading2>
      <Paragraph>{t('code.proces.uitleg')}</Paragraph>
      <Paragraph className="samenspel-meta">
        {proces.data?.bewerkt ? `${t('code.proces.bewerkt')} ` : ''}
        {t('code.proces.alleenLezen')}
      </Paragraph>
      {proces.isError && (
        <Alert type="error">
          <Paragraph>{errorMessage(proces.error)}</Paragraph>
        </Alert>
      )}
      {proces.isPending && <Paragraph>{t('code.loading')}</Paragraph>}
      {svg && (
        <figure className="samenspel-code-figuur">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={label} />
          <figcaption className="samenspel-meta">{label}</figcaption>
        </figure>
      )}
      {stappen.length > 0 && (
        <>
          <Heading3>{t('code.proces.stappen')}</Heading3>
          <ol className="samenspel-code-processtappen">
            {stappen.map((n) => (
              <li key={n.id}>
                <strong>{n.data.title}</strong>
                {n.data.description ? <span> {n.data.description}</span> : null}
              </li>
            ))}
          </ol>
        </>
      )}
      {proces.data && proces.data.checks.length > 0 && (
        <>
          <Heading3>{t('code.proces.checks')}</Heading3>
          <ul>
            {proces.data.checks.map((c) => (
              <li key={c.id}>{c.message}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
