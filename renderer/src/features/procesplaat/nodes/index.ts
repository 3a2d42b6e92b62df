import { FaseLane, StepNodeView } from './StepNodeView';

/** Defined once at module level: a new object per render would make React Flow remount every node. */
export const nodeTypes = {
  fase: FaseLane,
  activiteit: StepNodeView,
  raadsmoment: StepNodeView,
  collegemoment: StepNodeView,
  terugkoppeling: StepNodeView,
  communicatie: StepNodeView,
  evaluatie: StepNodeView,
  mijlpaal: StepNodeView,
};
export { edgeTypes } from './edges';
