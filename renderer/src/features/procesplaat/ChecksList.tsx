import { memo, useDeferredValue, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { checkProcesplaat, type CheckIssue } from '@shared/procesplaat/checks';
import type { PlateDoc } from './store';
import { useAfterFirstPaint } from './viewport';

/** One finding in a checks list: the plate's own spelregels, or another source's (a participatiecode). */
export type ListedCheck = Omit<CheckIssue, 'check'> & { check: string };

/**
 * The plate's own checks, and per node the messages of those and of `more` (its badge). Checks run
 * once per document change, and after the edit itself is on screen: a drop or a keystroke shows at
 * once, the badges and the list follow a moment later (React may interrupt). The first time only
 * once the canvas is painted: `issues` is undefined until then.
 */
export function usePlateChecks(
  doc: PlateDoc,
  check: ((doc: PlateDoc) => ListedCheck[]) | undefined,
  more: ReadonlyArray<{ issues: readonly ListedCheck[] }> | undefined,
) {
  const painted = useAfterFirstPaint();
  const checkedDoc = useDeferredValue(painted ? doc : undefined);
  const run = check ?? checkProcesplaat;
  const issues = useMemo(() => (checkedDoc ? run(checkedDoc) : undefined), [run, checkedDoc]);
  const issuesByNode = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const issue of [...(issues ?? []), ...(more ?? []).flatMap((list) => list.issues)])
      for (const id of issue.nodeIds.slice(0, 1)) map.set(id, [...(map.get(id) ?? []), issue.message]);
    return map;
  }, [issues, more]);
  return { issues, issuesByNode };
}

/**
 * A list of checks; each item takes you to the node it is about. Without a title: the spelregels
 * checks. Nothing while the checks have not run yet (`issues` undefined): never "all is well" early.
 */
export const ChecksList = memo(function ChecksList({
  issues,
  onGoTo,
  title,
  none,
}: {
  issues: readonly ListedCheck[] | undefined;
  onGoTo(nodeId: string): void;
  title?: string | undefined;
  /** What shows when all is well. */
  none?: string | undefined;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  if (!issues) return null;
  return (
    <section className="pp-checks" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{title ?? t('procesplaat.checks.title', { count: issues.length })}</Heading2>
      {issues.length === 0 ? (
        <Paragraph>{none ?? t('procesplaat.checks.none')}</Paragraph>
      ) : (
        <ul>
          {issues.map((issue) => (
            <li key={issue.id} className={`pp-check-item pp-check-item--${issue.severity}`} data-check={issue.check}>
              <span className="pp-check-item__severity">{t(`procesplaat.checks.severity.${issue.severity}`)}</span>{' '}
              {issue.nodeIds[0] ? (
                <button
                  type="button"
                  className="samenspel-link-button"
                  onClick={() => issue.nodeIds[0] && onGoTo(issue.nodeIds[0])}
                >
                  {issue.message}
                </button>
              ) : (
                issue.message
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
