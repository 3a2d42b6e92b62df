import { useSyncExternalStore } from 'react';
import type * as EditorExports from './Editor';

// The editor (React Flow) is its own chunk, requested as soon as a screen that shows it runs (the
// procesplaat tab, a participatiecode's standard process): it loads while the plate is fetched. No
// React.lazy: a Suspense fallback makes React hold the editor back for a further 300 ms after it is ready.
type EditorModule = typeof EditorExports;
let editorModule: EditorModule | undefined;
let requested = false;
const editorListeners = new Set<() => void>();
const subscribeEditor = (listener: () => void) => {
  editorListeners.add(listener);
  return () => editorListeners.delete(listener);
};

/** Starts loading the editor chunk (once). */
export function loadEditor(): void {
  if (requested) return;
  requested = true;
  void import('./Editor').then((m) => {
    editorModule = m;
    editorListeners.forEach((listener) => listener());
  });
}

/** The editor module once its chunk has loaded; undefined until then. */
export function useEditorModule(): EditorModule | undefined {
  loadEditor();
  return useSyncExternalStore(subscribeEditor, () => editorModule);
}
