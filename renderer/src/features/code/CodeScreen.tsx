import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { CodeList } from './CodeList';
import { CodeSessionProvider, useCodeState } from './CodeSessionProvider';
import { DocumentsView } from './DocumentsView';
import { ChoicesView } from './ChoicesView';
import { CodeName } from './CodeName';
import { StandardProcessView } from './StandardProcessView';
import { CODE_TABS, codeHash, type CodeRoute, type CodeTab } from './route';
import { TrajectenView } from './TrajectenView';
import { CompareView } from './CompareView';
import { CodeToolbar } from './CodeToolbar';
import './code.css';

/** `#/code…`: the participatiecode of the gemeente — list, one code (four tabs), comparison. */
export function CodeScreen({ route, navigate }: { route: CodeRoute; navigate(route: CodeRoute): void }) {
  const { t } = useTranslation();
  if (route.id === undefined) {
    return (
      <div className="samenspel-code">
        {route.compare ? (
          <>
            <p>
              <a href={codeHash({ name: 'code' })}>← {t('code.back')}</a>
            </p>
            <Heading1>{t('code.title')}</Heading1>
            <CompareView
              key={`${route.compare.a ?? ''}-${route.compare.b ?? ''}`}
              a={route.compare.a}
              b={route.compare.b}
              navigate={navigate}
            />
          </>
        ) : (
          <>
            <Heading1>{t('code.title')}</Heading1>
            <Paragraph className="samenspel-code-intro">{t('code.intro')}</Paragraph>
            <CodeList
              onOpen={(id) => navigate({ name: 'code', id, tab: 'keuzes' })}
              onVergelijk={() => navigate({ name: 'code', compare: {} })}
            />
          </>
        )}
      </div>
    );
  }
  return (
    <CodeSessionProvider key={route.id} id={route.id}>
      <CodePage id={route.id} tab={route.tab} step={route.step} navigate={navigate} />
    </CodeSessionProvider>
  );
}

function CodePage({
  id,
  tab,
  step,
  navigate,
}: {
  id: string;
  tab: CodeTab;
  step: string | undefined;
  navigate(route: CodeRoute): void;
}) {
  const { t } = useTranslation();
  const stored = useCodeState((s) => s.stored);
  const status = useCodeState((s) => s.status);
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving at a code: its title, once it has loaded; a new step moves focus to the step's own heading.
  useEffect(() => {
    if (stored) heading.current?.focus();
    // Once, when the code has loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [Boolean(stored)]);

  return (
    <div className="samenspel-code">
      <p className="samenspel-code-terug">
        <a href={codeHash({ name: 'code' })}>← {t('code.back')}</a>
      </p>
      <div className="samenspel-code-kop">
        <Heading1 ref={heading} tabIndex={-1} id="code-kop">
          {stored?.naam ?? t('code.title')}
        </Heading1>
        {stored && (
          <Paragraph className="samenspel-meta">
            {t('code.header.meta', { citeertitel: stored.citeertitel, revision: stored.revision })}
          </Paragraph>
        )}
        {stored && <CodeName />}
      </div>
      <nav className="samenspel-tabs" aria-label={t('code.tabs.label')}>
        <ul>
          {CODE_TABS.map((x) => (
            <li key={x}>
              <a href={codeHash({ name: 'code', id, tab: x })} aria-current={x === tab ? 'page' : undefined}>
                {t(`code.tabs.${x}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="samenspel-view">
        <CodeToolbar
          withUndo={tab === 'keuzes'}
          onOpenCopy={(copy) => navigate({ name: 'code', id: copy, tab: 'keuzes' })}
        />
        {status !== 'loadError' && (
          <>
            {tab === 'keuzes' && (
              <ChoicesView
                id={id}
                step={step}
                focusOnMount={false}
                onStap={(s) => navigate({ name: 'code', id, tab: 'keuzes', step: s })}
                onKlaar={() => navigate({ name: 'code', id, tab: 'documenten' })}
              />
            )}
            {tab === 'proces' && <StandardProcessView id={id} />}
            {tab === 'documenten' && <DocumentsView id={id} />}
            {tab === 'trajecten' && <TrajectenView id={id} />}
          </>
        )}
      </div>
    </div>
  );
}
