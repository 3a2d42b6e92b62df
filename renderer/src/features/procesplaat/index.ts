/**
 * What other screens use of the procesplaat editor (the participatiecode's standard process): the
 * lazily loaded editor, its store factory and the saver interface. The editor's stylesheet comes along.
 */
import './procesplaat.css';

export { useEditorModule } from './lazyEditor';
export { createPlateStore } from './store';
export type { PlateSaver } from './useSave';
