import { useQuery } from '@tanstack/react-query';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useApi } from '../api/context';
import { apiQuery } from '../api/queries';

/**
 * When the data file or folder cannot be written, main opens the database read-only and every
 * save fails: say so once, at the top of every screen, in main's own words (app.info).
 */
export function ReadOnlyBanner() {
  const api = useApi();
  const info = useQuery({
    ...apiQuery(api, 'app.info', {}),
    staleTime: Infinity,
    retry: false,
  });
  if (!info.data?.readOnly) return null;
  return (
    <div className="samenspel-read-only" data-testid="read-only">
      <Alert type="warning">
        <Paragraph>{info.data.readOnlyMessage}</Paragraph>
      </Alert>
    </div>
  );
}
