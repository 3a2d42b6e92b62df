import { PHASES } from '../../../shared/participatie/vocabulary';
import {
  makeNode,
  NODE_SIZE,
  type PlateEdge,
  type PlateNode,
  type Procesplaat,
} from '../../../shared/procesplaat/model';

/**
 * A large but realistic procesplaat for benchmarks: five lanes, 495 steps in a grid (activities
 * with their feedback, council moments between), 700 edges. Positions are fixed so every run
 * draws the same picture; no ELK, so the bench measures the editor, not the layout.
 */
export function syntheticPlate(nodeCount = 500, edgeCount = 700): Procesplaat {
  const steps = nodeCount - PHASES.length;
  const perLane = Math.ceil(steps / PHASES.length);
  const rows = 10;
  const colWidth = NODE_SIZE.activiteit.width + 60;
  const laneWidth = Math.ceil(perLane / rows) * colWidth + 40;
  const nodes: PlateNode[] = PHASES.map((phase, i) => ({
    ...makeNode('fase', `fase-${phase}`, { title: phase, phase }, { x: i * laneWidth, y: -70 }),
    width: laneWidth,
    height: rows * 110 + 90,
  }));
  const kinds = ['activiteit', 'terugkoppeling', 'raadsmoment', 'communicatie', 'mijlpaal'] as const;
  for (let i = 0; i < steps; i++) {
    const lane = Math.floor(i / perLane);
    const k = i % perLane;
    const type = kinds[i % kinds.length]!;
    const position = { x: lane * laneWidth + 20 + Math.floor(k / rows) * colWidth, y: (k % rows) * 110 };
    const phase = PHASES[lane]!;
    nodes.push(
      type === 'raadsmoment'
        ? makeNode(type, `n${i}`, { title: `Raad ${i}`, moment: 'informatie', phase }, position)
        : makeNode(type, `n${i}`, { title: `Stap ${i}`, phase }, position),
    );
  }
  const edges: PlateEdge[] = [];
  for (let i = 1; i < steps && edges.length < edgeCount; i++)
    edges.push({ id: `e${i}`, source: `n${i - 1}`, target: `n${i}`, type: 'volgorde', label: '' });
  for (let i = 0; edges.length < edgeCount; i++)
    edges.push({ id: `x${i}`, source: `n${i}`, target: `n${(i * 7 + 13) % steps}`, type: 'informatie', label: '' });
  return { nodes, edges, generatedIds: [] };
}
