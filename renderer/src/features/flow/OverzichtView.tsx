import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import type { Traject } from '../../../../shared/traject/traject';

/** Placeholder until the overview (issue 4) lands. */
export function OverzichtView(_props: { traject: Traject }) {
  const { t } = useTranslation();
  return <Paragraph>{t('traject.notYet')}</Paragraph>;
}
