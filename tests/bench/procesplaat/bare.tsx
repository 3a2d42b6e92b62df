// The baseline: React Flow with its default nodes, the same 500 nodes and 700 edges, nothing of ours.
import { applyNodeChanges, ReactFlow, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { syntheticPlate } from './synthetic';

const plate = syntheticPlate();
const initial: Node[] = plate.nodes.map((n) => ({
  id: n.id,
  position: n.position,
  data: { label: n.data.title },
  width: n.width ?? 220,
  height: n.height ?? 84,
}));
const edges = plate.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));

function Bare() {
  const [nodes, setNodes] = useState(initial);
  return (
    <div style={{ width: '100%', height: '100%' }} className="pp-canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={(c: NodeChange[]) => setNodes((n) => applyNodeChanges(c, n))}
        minZoom={0.1}
        defaultViewport={{ x: 20, y: 100, zoom: 0.6 }}
      />
    </div>
  );
}
createRoot(document.getElementById('root')!).render(<Bare />);
