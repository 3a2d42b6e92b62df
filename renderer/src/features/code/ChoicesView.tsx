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
  step: stepId,
  focusOnMount,
  onStap: onStep,
  onKlaar: onDone,
}: {
  id: string;
  step: string | undefined;
  focusOnMount: boolean;
  onStap(step: string): void;
  onKlaar(): void;
}) {
  const { t } = useTranslation();
  const session = useCodeSession();
  const code = useChoices((s) => s.value);
  const previousStep = useChoices((s) => s.previous);
  const errors = useCodeState((s) => s.errors);
  const status = useCodeState((s) => s.status);
  const helpOpen = useCodeHelp((s) => s.open);
  const step = stepOf(stepId);
  const index = STEPS.indexOf(step);
  const prev = STEPS[index - 1];
  const next = STEPS[index + 1];
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      if (!focusOnMount) return;
    }
    heading.current?.focus();
  }, [step.id, focusOnMount]);

  if (!code) return status === 'loading' ? <Paragraph>{t('code.loading')}</Paragraph> : null;
  const stepErrors = errors.filter((f) => f.step === step.id);

  return (
    <div className="samenspel-code-flow">
      <nav aria-label={t('code.steps.label')} className="samenspel-code-stappen">
        <ol>
          {STEPS.map((s, i) => {
            const error = errors.some((f) => f.step === s.id);
            return (
              <li key={s.id}>
                <a
                  href={codeHash({ name: 'code', id, tab: 'keuzes', step: s.id })}
                  aria-current={s.id === step.id ? 'step' : undefined}
                >
                  {i + 1}. {t(`code.step.${s.id}`)}
                  {error && (
                    <span className="samenspel-code-stappen__fout">
                      {' '}
                      <span aria-hidden="true">!</span>
                      <span className="samenspel-visually-hidden">({t('code.steps.fout')})</span>
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
          <Heading2 id="code-stap-kop" ref={heading} tabIndex={-1}>
            {index + 1}. {t(`code.step.${step.id}`)}
          </Heading2>
          <Paragraph className="samenspel-meta">
            {(t(`code.explanation.${step.id}`, { returnObjects: true }) as string[])[0]}
          </Paragraph>
          {stepErrors.length > 0 && (
            <Alert type="warning" className="samenspel-code-alert">
              <Paragraph>
                <strong>{t('code.steps.foutenTitel')}</strong>
              </Paragraph>
              <ul>
                {stepErrors.map((f) => (
                  <li key={f.text}>{f.text}</li>
                ))}
              </ul>
            </Alert>
          )}
          <StepFields
            key={step.id}
            step={step.id}
            code={code}
            change={(recipe, merge) => session.choices.getState().change(recipe, merge)}
          />
          <div className="samenspel-code-stap__nav">
            {prev && (
              <Button appearance="secondary-action-button" onClick={() => onStep(prev.id)}>
                ← {t('code.steps.vorige', { stap: t(`code.step.${prev.id}`) })}
              </Button>
            )}
            {next ? (
              <Button appearance="primary-action-button" onClick={() => onStep(next.id)}>
                {t('code.steps.volgende', { stap: t(`code.step.${next.id}`) })} →
              </Button>
            ) : (
              <Button appearance="primary-action-button" onClick={onDone}>
                {t('code.steps.klaar')} →
              </Button>
            )}
          </div>
        </section>
        <ConsequencesPanel step={step} code={code} previous={previousStep} />
        {helpOpen && <Explanation step={step.id} />}
      </div>
    </div>
  );
}
