import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading3 } from '@utrecht/component-library-react';
import { phaseLabels } from '@shared/participatie/labels';
import { edgeTypeLabels } from '@shared/procesplaat/labels';
import { EDGE_TYPES, type EdgeType, type PlateEdge, type PlateNode } from '@shared/procesplaat/model';
import { nodeAccessibleName } from './mapping';

const MAX_RESULTS = 8;

export interface ConnectPanelProps {
  node: PlateNode;
  nodes: readonly PlateNode[];
  edges: readonly PlateEdge[];
  onConnect(source: string, target: string, type: EdgeType): void;
  onSelectEdge(id: string): void;
}

/**
 * "Verbinden met …": arrows made with the keyboard (WCAG 2.1.1), without dragging between two
 * small handles. A search narrows the steps; a button per step makes the arrow. The arrows the
 * step already has are listed too, so each can be chosen (and then changed or deleted).
 */
export const ConnectPanel = memo(function ConnectPanel({
  node,
  nodes,
  edges,
  onConnect,
  onSelectEdge,
}: ConnectPanelProps) {
  const { t } = useTranslation();
  const uid = useId();
  const [query, setQuery] = useState('');
  const [direction, setDirection] = useState<'out' | 'in'>('out');
  const [type, setType] = useState<EdgeType>('volgorde');
  const [done, setDone] = useState('');

  const names = useMemo(() => new Map(nodes.map((n) => [n.id, nodeAccessibleName(n)])), [nodes]);
  const candidates = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return nodes
      .filter((n) => n.type !== 'fase' && n.id !== node.id)
      .filter((n) => {
        const text = `${names.get(n.id)} ${n.data.phase ? phaseLabels[n.data.phase].label : ''}`.toLowerCase();
        return words.every((w) => text.includes(w));
      });
  }, [nodes, node.id, names, query]);
  const own = edges.filter((e) => e.source === node.id || e.target === node.id);

  return (
    <section className="pp-connect" aria-labelledby={`${uid}-heading`}>
      <Heading3 id={`${uid}-heading`}>{t('procesplaat.connect.title')}</Heading3>
      <div className="pp-connect__choices">
        <label htmlFor={`${uid}-direction`}>{t('procesplaat.connect.direction')}</label>
        <select
          id={`${uid}-direction`}
          className="utrecht-select utrecht-select--html-select"
          value={direction}
          onChange={(e) => setDirection(e.target.value as 'out' | 'in')}
        >
          <option value="out">{t('procesplaat.connect.out')}</option>
          <option value="in">{t('procesplaat.connect.in')}</option>
        </select>
        <label htmlFor={`${uid}-type`}>{t('procesplaat.connect.type')}</label>
        <select
          id={`${uid}-type`}
          className="utrecht-select utrecht-select--html-select"
          value={type}
          onChange={(e) => setType(e.target.value as EdgeType)}
        >
          {EDGE_TYPES.map((value) => (
            <option key={value} value={value}>
              {edgeTypeLabels[value]}
            </option>
          ))}
        </select>
        <label htmlFor={`${uid}-search`}>{t('procesplaat.connect.search')}</label>
        <input
          id={`${uid}-search`}
          type="search"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={`${uid}-count`}
          autoComplete="off"
        />
      </div>
      <p id={`${uid}-count`} className="samenspel-meta pp-connect__count" aria-live="polite">
        {candidates.length > MAX_RESULTS
          ? t('procesplaat.connect.more', { count: candidates.length, shown: MAX_RESULTS })
          : t('procesplaat.connect.found', { count: candidates.length })}
      </p>
      <ul className="pp-connect__list" aria-label={t('procesplaat.connect.listLabel')}>
        {candidates.slice(0, MAX_RESULTS).map((n) => (
          <li key={n.id}>
            <button
              type="button"
              className="pp-connect__item"
              onClick={() => {
                const [source, target] = direction === 'out' ? [node.id, n.id] : [n.id, node.id];
                onConnect(source, target, type);
                setDone(t('procesplaat.connect.done', { from: names.get(source), to: names.get(target) }));
              }}
            >
              {names.get(n.id)}
              {n.data.phase && <span className="samenspel-meta"> · {phaseLabels[n.data.phase].label}</span>}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="pp-connect__done">
        {done}
      </p>
      {own.length > 0 && (
        <>
          <Heading3 id={`${uid}-arrows`}>{t('procesplaat.connect.arrows', { count: own.length })}</Heading3>
          <ul className="pp-connect__list" aria-labelledby={`${uid}-arrows`}>
            {own.map((e) => (
              <li key={e.id}>
                <button type="button" className="pp-connect__item" onClick={() => onSelectEdge(e.id)}>
                  {e.source === node.id
                    ? t('procesplaat.connect.arrowOut', { name: names.get(e.target) ?? e.target })
                    : t('procesplaat.connect.arrowIn', { name: names.get(e.source) ?? e.source })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
