import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
// Only the title, from the file itself: the participatie barrel (catalogue, five casussen parsed
// with zod) would load with the start screen.
import workshopCasus from '@shared/participatie/casussen/aardgasvrij-de-horst.json';
import type { ExampleCasusId } from '@shared/participatie/casussen/index';
import { useApi } from '../../api/context';
import { errorMessage } from '../../lib/errorMessage';
import { invalidateMethods } from '../../api/queries';

/** The workshop casus (Groningen gas in a wijk): the example that shows how the flow works. */
const WORKSHOP_CASUS = 'aardgasvrij-de-horst' satisfies ExampleCasusId;

/** On the start screen: opens the workshop casus as a fresh copy, in one API call. */
export function ExampleCard({ onOpen }: { onOpen(trajectId: string): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const open = useMutation({
    mutationFn: () => api.call('examples.open', { id: WORKSHOP_CASUS }),
    onSuccess: async ({ traject }) => {
      await invalidateMethods(queryClient, 'trajecten.list', 'trajecten.get');
      onOpen(traject.id);
    },
  });
  return (
    <div className="samenspel-card">
      <Heading2>{t('flow.example.title')}</Heading2>
      <Paragraph>{t('flow.example.intro')}</Paragraph>
      <Button appearance="secondary-action-button" disabled={open.isPending} onClick={() => open.mutate()}>
        {t('flow.example.open', { title: workshopCasus.titel })}
      </Button>
      <p aria-live="polite" className="samenspel-status">
        {open.isPending ? t('flow.example.opening') : ''}
      </p>
      {open.isError && (
        <Alert type="error">
          <Paragraph>{errorMessage(open.error)}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
