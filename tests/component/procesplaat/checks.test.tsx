import { render, renderHook, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { catalogue, exampleCasussen } from '../../../shared/participatie/index';
import { checkProcesplaat } from '../../../shared/procesplaat/checks';
import { generateProcesplaat } from '../../../shared/procesplaat/index';
import { createI18n } from '../../../renderer/src/i18n';
import { ChecksList, usePlateChecks } from '../../../renderer/src/features/procesplaat/ChecksList';

// Without its arrows the plate breaks spelregels: there is something to find.
const doc = { ...generateProcesplaat(exampleCasussen['aardgasvrij-de-horst'].answers, { catalogue }), edges: [] };
const more = [
  {
    issues: [
      {
        id: 'code:x',
        check: 'code',
        severity: 'medium' as const,
        message: 'Volgens de code',
        nodeIds: [doc.nodes[1]!.id],
      },
    ],
  },
];

describe('the plate checks wait for the first paint of the canvas', () => {
  it('give no findings in the first render, then the spelregels findings and every badge', async () => {
    const hook = renderHook(() => usePlateChecks(doc, undefined, more));
    // First render: the checks have not run; only the other list's badge is there.
    expect(hook.result.current.issues).toBeUndefined();
    expect(hook.result.current.issuesByNode.get(doc.nodes[1]!.id)).toEqual(['Volgens de code']);
    const expected = checkProcesplaat(doc);
    expect(expected.length).toBeGreaterThan(0);
    await waitFor(() => expect(hook.result.current.issues).toEqual(expected));
    const first = expected.find((issue) => issue.nodeIds[0])!;
    expect(hook.result.current.issuesByNode.get(first.nodeIds[0]!)).toContain(first.message);
    expect(hook.result.current.issuesByNode.get(doc.nodes[1]!.id)).toContain('Volgens de code');
  });

  it('the list shows nothing, not "no remarks", before the checks have run', () => {
    const { container } = render(
      <I18nextProvider i18n={createI18n()}>
        <ChecksList issues={undefined} onGoTo={() => {}} />
      </I18nextProvider>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
