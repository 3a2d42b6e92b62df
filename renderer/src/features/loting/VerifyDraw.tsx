import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { verificationText, verifyPublication, type Verification } from '@shared/loting/verification';
import { FileField } from './FileField';

/**
 * Anyone can check a published draw here, without the pool: the distribution file, the value and
 * (optionally) the panel's numbers. The replay runs in the browser (shared/loting/verification.ts),
 * exactly as `npm run cli -- loting verify`.
 */
export function VerifyDraw() {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<{ name: string; content: unknown } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [value, setValue] = useState('');
  const [panel, setPanel] = useState('');
  const [outcome, setOutcome] = useState<Verification | null>(null);

  const choose = async (file: File | undefined) => {
    setOutcome(null);
    if (!file) return;
    try {
      setFile({ name: file.name, content: JSON.parse(await file.text()) as unknown });
      setFileError(null);
    } catch {
      setFile(null);
      setFileError(t('loting.verify.noJson'));
    }
  };
  const runCheck = () => {
    if (!file) return setFileError(t('loting.verify.noFile'));
    const numbers = panel
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number);
    setOutcome(verifyPublication(file.content, value, numbers.length > 0 ? numbers : undefined));
  };

  return (
    <section className="samenspel-card" aria-labelledby={`${id}-title`}>
      <Heading2 id={`${id}-title`}>{t('loting.verify.title')}</Heading2>
      <Paragraph>{t('loting.verify.explanation')}</Paragraph>
      <FileField
        id={`${id}-distribution`}
        label={t('loting.verify.distribution')}
        explanation={t('loting.verify.distributionHelp')}
        accept=".json,application/json"
        onChoose={(f) => void choose(f)}
      />
      {fileError && (
        <Alert type="error">
          <Paragraph>{fileError}</Paragraph>
        </Alert>
      )}
      <FormField>
        <FormLabel htmlFor={`${id}-value`}>{t('loting.verify.value')}</FormLabel>
        <FormFieldDescription id={`${id}-value-help`}>{t('loting.verify.valueHelp')}</FormFieldDescription>
        <Textbox
          id={`${id}-value`}
          aria-describedby={`${id}-value-help`}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${id}-panel`}>{t('loting.verify.panel')}</FormLabel>
        <FormFieldDescription id={`${id}-panel-help`}>{t('loting.verify.panelHelp')}</FormFieldDescription>
        <Textbox
          id={`${id}-panel`}
          aria-describedby={`${id}-panel-help`}
          value={panel}
          onChange={(e) => setPanel(e.target.value)}
        />
      </FormField>
      <div>
        <Button appearance="secondary-action-button" onClick={runCheck}>
          {t('loting.verify.button')}
        </Button>
      </div>
      <div aria-live="polite">
        {outcome && (
          <Alert type={outcome.ok ? 'ok' : 'error'}>
            <Paragraph>
              <strong>{outcome.ok ? t('loting.verify.approved') : t('loting.verify.rejected')}</strong>{' '}
              {verificationText(outcome)}
            </Paragraph>
          </Alert>
        )}
      </div>
    </section>
  );
}
