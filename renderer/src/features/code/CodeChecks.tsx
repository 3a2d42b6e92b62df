import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Phase } from '@shared/participatie/index';
import { phaseLabels } from '@shared/participatie/index';
import type { Traject } from '@shared/traject/traject';
import { useApi } from '../../api/context';
import { routeHash } from '../../app/route';
import { useSessionState } from '../../lib/answers/AnswersSessionProvider';
import { CodeCheckList } from './CodeCheckList';
import { apiKey, apiQuery } from '../../api/queries';

/**
 * The code's checks on the open traject (codes.checkTraject: the saved answers and procesplaat,
 * the same checks the participatieplan lists). Asked again after every save of the answers, so
 * a check appears or goes away a moment after the answer that causes it.
 */
export function useCodeChecks(traject: Traject) {
  const api = useApi();
  const revision = useSessionState((s) => s.revision);
  const queryClient = useQueryClient();
  const checkedAt = useRef(revision);
  useEffect(() => {
    if (checkedAt.current === revision) return;
    checkedAt.current = revision;
    void queryClient.invalidateQueries({ queryKey: apiKey('codes.checkTraject', { trajectId: traject.id }) });
  }, [queryClient, revision, traject.id]);
  return useQuery({
    ...apiQuery(api, 'codes.checkTraject', { trajectId: traject.id }),
    enabled: traject.codeId != null,
    staleTime: 0,
  });
}

/** In the flow's overview: which code the traject follows and all its checks. */
export function CodeChecksOverview({ traject }: { traject: Traject }) {
  const { t } = useTranslation();
  const checks = useCodeChecks(traject);
  if (!traject.codeId) return null;
  const data = checks.data;
  const list = data?.checks ?? [];
  return (
    <section className="samenspel-card samenspel-code-flow" aria-labelledby="overzicht-code-kop">
      <Heading2 id="overzicht-code-kop">{t('code.checks.title')}</Heading2>
      {checks.isError && <Paragraph>{t('code.checks.fout')}</Paragraph>}
      {data?.citeertitel && (
        <Paragraph>
          {t('code.checks.volgt', { citeertitel: data.citeertitel })}{' '}
          <a href={routeHash({ name: 'code', id: traject.codeId, tab: 'keuzes' })}>{t('code.checks.bekijken')}</a>
        </Paragraph>
      )}
      <div aria-live="polite">
        {data &&
          (list.length === 0 ? (
            <Paragraph>{t('code.trajecten.checksGeen')}</Paragraph>
          ) : (
            <>
              <Paragraph className="samenspel-meta">{t('code.checks.aantal', { count: list.length })}</Paragraph>
              <CodeCheckList checks={list} showPhase />
            </>
          ))}
      </div>
    </section>
  );
}

/** In one phase of the flow: the checks about this phase, next to the questions that cause them. */
export function CodeChecksForPhase({ traject, phase }: { traject: Traject; phase: Phase }) {
  const { t } = useTranslation();
  const checks = useCodeChecks(traject);
  if (!traject.codeId) return null;
  const list = (checks.data?.checks ?? []).filter((c) => c.phase === phase);
  // The live region is always there, so a check that appears is read out.
  return (
    <div className="samenspel-code-fase" aria-live="polite" data-testid="code-checks-fase">
      {list.length > 0 && (
        <>
          <p className="samenspel-code-fase__titel">
            {t('code.checks.inFase', {
              count: list.length,
              fase: phaseLabels[phase].label.toLowerCase(),
              citeertitel: checks.data?.citeertitel ?? '',
            })}
          </p>
          <CodeCheckList checks={list} />
        </>
      )}
    </div>
  );
}
