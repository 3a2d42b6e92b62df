import { PHASES, type Phase } from '../participatie/vocabulary';
import { generateProcesplaat } from '../procesplaat/generate';
import { nodeTypeLabels } from '../procesplaat/labels';
import { layoutProcesplaat } from '../procesplaat/layout';
import type { PlateNode, Procesplaat } from '../procesplaat/model';
import { renderProcesplaatSvg } from '../procesplaat/svg';
import type { Catalogue, TrajectAnswers } from '../participatie/index';

/**
 * The procesplaat as a picture, behind one function type so the document builder does not
 * depend on how it is drawn. The default is the procesplaat's own SVG renderer (A4 landscape).
 */
export interface ProcesplaatImage {
  svg: string;
  /** Size in CSS pixels (96 dpi); renderers scale it to the page. */
  width: number;
  height: number;
}
export type ProcesplaatPicture = (plate: Procesplaat) => ProcesplaatImage;

const MM_TO_PX = 96 / 25.4;
const PAGE = { widthMm: 277, heightMm: 190 };
export const defaultProcesplaatPicture: ProcesplaatPicture = (plate) => {
  const width = Math.round(PAGE.widthMm * MM_TO_PX);
  const height = Math.round(PAGE.heightMm * MM_TO_PX);
  // Pixel sizes on the root element: LibreOffice scales an SVG with mm sizes wrongly inside a .docx.
  const svg = renderProcesplaatSvg(plate, { page: PAGE }).replace(
    /^<svg([^>]*?) width="[^"]*" height="[^"]*"/,
    `<svg$1 width="${width}" height="${height}"`,
  );
  return { svg, width, height };
};

/** A generated plate has every node at 0,0 until it is laid out; a drawn plate has positions. */
function needsLayout(plate: Procesplaat): boolean {
  return plate.nodes.filter((n) => n.type !== 'fase').every((n) => n.position.x === 0 && n.position.y === 0);
}

/**
 * The plate a document shows: the stored one, or (when there is none) one generated from the
 * answers, as the editor's first draft would be. Async only because the layout engine is.
 */
export async function procesplaatForDocument(
  answers: TrajectAnswers,
  stored: Procesplaat | null | undefined,
  catalogue: Catalogue,
): Promise<Procesplaat> {
  const plate = stored ?? generateProcesplaat(answers, { catalogue });
  return needsLayout(plate) ? layoutProcesplaat(plate) : plate;
}

/** Nodes per phase lane, in the plate's own order (the generator emits them in process order). */
function nodesByPhase(plate: Procesplaat): Map<Phase, PlateNode[]> {
  const lanes = new Map<Phase, PlateNode[]>(PHASES.map((p) => [p, []]));
  for (const node of plate.nodes) {
    if (node.type === 'fase') continue;
    lanes.get(node.data.phase ?? 'agendering')?.push(node);
  }
  return lanes;
}

/** The steps per phase in words: the text alternative of the picture (and all Markdown can show). */
export function describeProcesplaat(plate: Procesplaat): { phase: Phase; steps: string[] }[] {
  return [...nodesByPhase(plate)]
    .filter(([, nodes]) => nodes.length > 0)
    .map(([phase, nodes]) => ({ phase, steps: nodes.map((n) => `${nodeTypeLabels[n.type].label}: ${n.data.title}`) }));
}
