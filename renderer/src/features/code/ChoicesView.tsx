import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useChoices, useCodeSession, useCodeState } from './CodeSessionProvider';
import { ConsequencesPanel } from './ConsequencesPanel';
import { useCodeHelp } from './helpStore';
import { codeHash } from './route';
import { StepFields } from './StepFields';
import { STEPS, stepOf } from './steps';
import { Explanation } from './Explanation';

/**
 * The guided flow: one subject per step, the choices on the left, the live consequences for the
 * verordening beside them, the explanation when asked for. Everything saves by itself.
 */
export function ChoicesView({
  id,
  stap: stapId,
  focusOnMount,
  onStap,
  onKlaar,
}: {
  id: string;
  stap: string | undefined;
  focusOnMount: boolean;
  onStap(stap: string): void;
  onKlaar(): void;
}) {
  const { t } = useTranslation();
  const session = useCodeSession();
  const code = useChoices((s) => s.value);
  const vorige = useChoices((s) => s.previous);
  const fouten = useCodeState((s) => s.fouten);
  const status = useCodeState((s) => s.status);
  const helpOpen = useCodeHelp((s) => s.open);
  const stap = stepOf(stapId);
  const index = STEPS.indexOf(stap);
  const prev = STEPS[index - 1];
  const next = STEPS[index + 1];
  const kop = useRef<HTMLHeadingElement>(null);
  const eerste = useRef(true);

  useEffect(() => {
    if (eerste.current) {
      eerste.current = false;
      if (!focusOnMount) return;
    }
    kop.current?.focus();
  }, [stap.id, focusOnMount]);

  if (!code) return status === 'loading' ? <Paragraph>{t('code.loading')}</Paragraph> : null;
  const stapFouten = fouten.filter((f) => f.stap === stap.id);

  return (
    <div className="samenspel-code-flow">
      <nav aria-label={t('code.stappen.label')} className="samenspel-code-stappen">
        <ol>
          {STEPS.map((s, i) => {
            const fout = fouten.some((f) => f.stap === s.id);
            return (
              <li key={s.id}>
                <a
                  href={codeHash({ name: 'code', id, tab: 'keuzes', stap: s.id })}
                  aria-current={s.id === stap.id ? 'step' : undefined}
                >
                  {i + 1}. {t(`code.stap.${s.id}`)}
                  {fout && (
                    <span className="samenspel-code-stappen__fout">
                      {' '}
                      <span aria-hidden="true">!</span>
                      <span className="samenspel-visually-hidden">({t('code.stappen.fout')})</span>
                    </span>
                  )}
                </a>
              </li>
            );
          })}
        </ol>
      </nav>
      <div className={helpOpen ? 'samenspel-code-grid samenspel-code-grid--help' : 'samenspel-code-grid'}>
        <section className="samenspel-code-stap" aria-labelledby="code-stap-kop">
          <Heading2 id="code-stap-kop" ref={kop} tabIndex={-1}>
            {index + 1}. {t(`code.stap.${stap.id}`)}
          </Heading2>
          <Paragraph className="samenspel-meta">
            {(t(`code.uitleg.${stap.id}`, { returnObjects: true }) as string[])[0]}
          </Paragraph>
          {stapFouten.length > 0 && (
            <Alert type="warning" className="samenspel-code-alert">
              <Paragraph>
                <strong>{t('code.stappen.foutenTitel')}</strong>
              </Paragraph>
              <ul>
                {stapFouten.map((f) => (
                  <li key={f.tekst}>{f.tekst}</li>
                ))}
              </ul>
            </Alert>
          )}
          <StepFields
            key={stap.id}
            stap={stap.id}
            code={code}
            wijzig={(recipe, merge) => session.choices.getState().change(recipe, merge)}
          />
          <div className="samenspel-code-stap__nav">
            {prev && (
              <Button appearance="secondary-action-button" onClick={() => onStap(prev.id)}>
                ← {t('code.stappen.vorige', { stap: t(`code.stap.${prev.id}`) })}
              </Button>
            )}
            {next ? (
              <Button appearance="primary-action-button" onClick={() => onStap(next.id)}>
                {t('code.stappen.volgende', { stap: t(`code.stap.${next.id}`) })} →
              </Button>
            ) : (
              <Button appearance="primary-action-button" onClick={onKlaar}>
                {t('code.stappen.klaar')} →
              </Button>
            )}
          </div>
        </section>
        <ConsequencesPanel stap={stap} code={code} vorige={vorige} />
        {helpOpen && <Explanation stap={stap.id} />}
      </div>
    </div>
  );
}
