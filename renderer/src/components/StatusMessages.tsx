import { Alert, Paragraph } from '@utrecht/component-library-react';

export interface StatusMessagesProps {
  /** A short confirmation ("Opgeslagen."), read out politely by screen readers. */
  status: string;
  /** A Dutch error message, shown as an alert; nothing when null/empty. */
  error?: string | null | undefined;
}

/**
 * Every screen reports in the same two places: a polite live region for what went well, an
 * alert for what went wrong. The live region always exists so screen readers notice changes.
 */
export function StatusMessages({ status, error }: StatusMessagesProps) {
  return (
    <>
      <p role="status" aria-live="polite" className="samenspel-status">
        {status}
      </p>
      {error && (
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
    </>
  );
}
