import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { CheckIssue } from '../../../../shared/procesplaat/checks';

/** The spelregels checks as a list; each item takes you to the node it is about. */
export const ChecksList = memo(function ChecksList({
  issues,
  onGoTo,
}: {
  issues: CheckIssue[];
  onGoTo(nodeId: string): void;
}) {
  const { t } = useTranslation();
  return (
    <section className="pp-checks" aria-labelledby="pp-checks-kop">
      <Heading2 id="pp-checks-kop">{t('procesplaat.checks.title', { count: issues.length })}</Heading2>
      {issues.length === 0 ? (
        <Paragraph>{t('procesplaat.checks.none')}</Paragraph>
      ) : (
        <ul>
          {issues.map((issue) => (
            <li key={issue.id} className={`pp-check-item pp-check-item--${issue.severity}`} data-check={issue.check}>
              <span className="pp-check-item__severity">{t(`procesplaat.checks.severity.${issue.severity}`)}</span>{' '}
              <button
                type="button"
                className="samenspel-link-button"
                onClick={() => issue.nodeIds[0] && onGoTo(issue.nodeIds[0])}
              >
                {issue.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
