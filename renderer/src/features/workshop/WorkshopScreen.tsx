import { Presenter } from './Presenter';
import type { WorkshopRoute } from './route';
import { SessionList } from './SessionList';
import { SessionPage } from './SessionPage';
import './workshop.css';

export interface WorkshopScreenProps {
  route: WorkshopRoute;
  navigate(route: WorkshopRoute): void;
}

/** Entry of the workshop feature inside the app frame (list and session page). */
export function WorkshopScreen({ route, navigate }: WorkshopScreenProps) {
  if (!('id' in route)) return <SessionList navigate={navigate} />;
  if (route.view === 'presenter') return <Presenter id={route.id} />;
  return <SessionPage id={route.id} view={route.view} />;
}

/** True for the projector view, which the app shows without its header. */
