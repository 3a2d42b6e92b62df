import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import type { Traject } from '../../../../shared/traject/traject';

export interface FlowViewProps {
  traject: Traject;
  /** The phase in the URL, if any. */
  phase: string | undefined;
  onPhase(phase: string): void;
}

/** Placeholder until the taskforce flow (issue 4) lands. */
export function FlowView(_props: FlowViewProps) {
  const { t } = useTranslation();
  return <Paragraph>{t('traject.notYet')}</Paragraph>;
}
