import { FaseLane, ProcesNodeView } from './ProcesNodeView';

/** Defined once at module level: a new object per render would make React Flow remount every node. */
export const nodeTypes = {
  fase: FaseLane,
  activiteit: ProcesNodeView,
  raadsmoment: ProcesNodeView,
  collegemoment: ProcesNodeView,
  terugkoppeling: ProcesNodeView,
  communicatie: ProcesNodeView,
  evaluatie: ProcesNodeView,
  mijlpaal: ProcesNodeView,
};
export { edgeTypes } from './edges';
