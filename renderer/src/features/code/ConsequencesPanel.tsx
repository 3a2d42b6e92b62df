import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { articleHeading } from '@shared/code/articles';
import type { ParticipatieCode } from '@shared/code/schema';
import { articlesOf, articlesOfStep, consequencesOf } from './consequences';
import type { Step } from './steps';

/**
 * Live consequences: what the last choice did to the verordening (articles in, out, rewritten,
 * renumbered; the aanhef), and the articles of this subject as they read now. Built with the same
 * builders as the export, so what you see is what the raad gets.
 */
export function ConsequencesPanel({
  step,
  code,
  previous,
}: {
  step: Step;
  code: ParticipatieCode;
  previous: ParticipatieCode | null;
}) {
  const { t } = useTranslation();
  const difference = useMemo(() => (previous ? consequencesOf(previous, code) : null), [previous, code]);
  const articles = useMemo(() => articlesOfStep(code, step), [code, step]);
  const total = useMemo(() => articlesOf(code).length, [code]);
  return (
    <aside className="samenspel-code-gevolgen samenspel-card" aria-labelledby="code-gevolgen-kop">
      <Heading2 id="code-gevolgen-kop">{t('code.consequences.title')}</Heading2>
      <div aria-live="polite" data-testid="gevolgen">
        {previous === null ? (
          <Paragraph className="samenspel-meta">{t('code.consequences.nogNiets')}</Paragraph>
        ) : difference === null ? (
          <Paragraph>{t('code.consequences.geen')}</Paragraph>
        ) : (
          <>
            <Paragraph>
              <strong>{t('code.consequences.laatste')}</strong>
            </Paragraph>
            <ul className="samenspel-code-gevolgen__lijst">
              {difference.added.map((a) => (
                <li key={`+${a.key}`} className="samenspel-code-gevolg--erbij">
                  {t('code.consequences.toegevoegd', { artikel: articleHeading(a) })}
                </li>
              ))}
              {difference.removed.map((a) => (
                <li key={`-${a.key}`} className="samenspel-code-gevolg--weg">
                  {t('code.consequences.verwijderd', { artikel: articleHeading(a) })}
                </li>
              ))}
              {difference.changed.map((a) => (
                <li key={`~${a.key}`} className="samenspel-code-gevolg--anders">
                  {t('code.consequences.gewijzigd', { artikel: articleHeading(a) })}
                </li>
              ))}
              {difference.addedLegalBases.map((g) => (
                <li key={`g+${g}`}>{t('code.consequences.grondslagNieuw', { grondslag: g })}</li>
              ))}
              {difference.removedLegalBases.map((g) => (
                <li key={`g-${g}`}>{t('code.consequences.grondslagWeg', { grondslag: g })}</li>
              ))}
              {difference.renumbered > 0 && (
                <li>{t('code.consequences.hernummerd', { count: difference.renumbered })}</li>
              )}
            </ul>
          </>
        )}
      </div>
      <Heading3>{t('code.consequences.nu')}</Heading3>
      <p className="samenspel-meta">{t('code.consequences.artikelen', { count: total })}</p>
      {articles.length === 0 ? (
        <Paragraph>{t('code.consequences.geenArtikel')}</Paragraph>
      ) : (
        articles.map((a) => (
          <details key={a.key} className="samenspel-code-artikel">
            <summary>{articleHeading(a)}</summary>
            {a.paragraphs.map((l, i) => (
              <div key={i} className="samenspel-code-artikel__lid">
                <p>{a.paragraphs.length > 1 ? `${i + 1}. ${l.text}` : l.text}</p>
                {l.items.length > 0 && (
                  <ol type="a">
                    {l.items.map((o, j) => (
                      <li key={o}>
                        {o}
                        {(l.sub?.[j]?.length ?? 0) > 0 && (
                          <ol className="samenspel-code-artikel__sub">
                            {l.sub![j]!.map((x) => (
                              <li key={x}>{x}</li>
                            ))}
                          </ol>
                        )}
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            ))}
          </details>
        ))
      )}
    </aside>
  );
}
