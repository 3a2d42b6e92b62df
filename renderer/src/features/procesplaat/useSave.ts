import { useEffect, useMemo, useRef, useState } from 'react';
import { createStore } from 'zustand/vanilla';
import type { ApiClient } from '../../api/client';
import type { Viewport } from '@shared/procesplaat/model';
import { diffPlate, isEmptyPatch, type ProcesplaatPatch } from '@shared/procesplaat/patch';
import {
  createDocumentSession,
  useAutosaveDelay,
  useDocumentSession,
  type DocumentState,
} from '../../lib/documentSession';
import type { PlateDoc, PlateStore } from './store';

/**
 * Where the editor stores a plate: a traject's procesplaat, or a participatiecode's standard
 * process. The plate's document session (lib/documentSession.ts) decides when to save and keeps
 * the revision; a stale revision rejects with an ApiClientError with code CONFLICT (nothing is written).
 */
export interface PlateSaver {
  /** The revision the plate was loaded with: the first save starts from it. */
  readonly revision: number;
  /**
   * Stores the document on `expectedRevision` and answers the next revision. `patch`: what changed
   * since the last save; null when the whole plate must go.
   */
  save(
    change: { doc: PlateDoc; patch: ProcesplaatPatch | null; viewport: Viewport | undefined },
    expectedRevision: number,
  ): Promise<{ revision: number }>;
  /** Where the user looked when the canvas stopped moving (not an edit: no revision, no undo). */
  saveViewport?(viewport: Viewport): void;
}

/** A traject's procesplaat: patches where possible, the whole plate otherwise, on the traject's revision. */
export function trajectPlateSaver(api: ApiClient, trajectId: string, revision: number): PlateSaver {
  return {
    revision,
    save: ({ doc, patch, viewport }, expectedRevision) =>
      patch
        ? api.call('procesplaat.patch', { trajectId, patch, expectedRevision, viewport })
        : api.call('procesplaat.save', { trajectId, plate: { ...doc, viewport }, expectedRevision }),
    saveViewport(viewport) {
      void api.call('procesplaat.saveViewport', { trajectId, viewport }).catch(() => undefined);
    },
  };
}

/** What the plate's session watches of the editor's store: the plate, and whether it came from typing. */
interface PlateEdit {
  doc: PlateDoc;
  typingDoc: PlateDoc | null;
}

/** The plate session's state: the one SaveStatus, and whether this editor saved anything yet. */
export interface PlateSessionState extends DocumentState {
  /** "Alle wijzigingen zijn opgeslagen" is said after the first save, not when the plate opens. */
  savedOnce: boolean;
}

export interface PlateSessionOptions {
  /** Where the user looks: saved with the plate. */
  getViewport(): Viewport | undefined;
  /**
   * "Nieuwste versie laden" after a conflict: the screen loads the newest plate and mounts a new
   * editor (with a new store and session) for it.
   */
  onReload(): void;
  /** After every save that reached the server. */
  onSaved?: (() => void) | undefined;
}

/**
 * The plate's document session (lib/documentSession.ts, the one autosave): it decides when to save
 * (at once after a drag stop, connect, delete or undo; the autosave delay after the last keystroke
 * when typing in a field), saves one at a time on the revision the previous save returned, stops at
 * a CONFLICT and flushes when the page is left. The plate adds only what a save sends: the changed
 * nodes and edges (a patch) against the last saved plate; the whole plate when the order changed
 * (an undone delete) or the loaded plate was repaired on read.
 */
export function createPlateSession(
  plate: PlateEdit & { repairedOnLoad: boolean },
  saver: PlateSaver,
  delayMs: number,
  options: PlateSessionOptions,
) {
  // The session's own copy of the store's plate: it follows the store only while the editor is
  // mounted (usePlateSession), so a session React made and threw away never saves anything.
  const document = createStore<PlateEdit>()(() => ({ doc: plate.doc, typingDoc: plate.typingDoc }));
  const state = createStore<PlateSessionState>()(() => ({
    status: 'loading',
    message: null,
    revision: 0,
    savedOnce: false,
  }));
  let wholeNext = plate.repairedOnLoad;
  const session = createDocumentSession({
    state,
    document,
    select: (edit) => edit.doc,
    reset: (doc) => document.setState({ doc, typingDoc: null }),
    delayMs,
    saveAtOnce: (edit) => edit.doc !== edit.typingDoc,
    initial: { value: plate.doc, revision: saver.revision },
    load() {
      options.onReload();
      // This session ends with its editor: the newest plate comes with a new one.
      return new Promise<never>(() => undefined);
    },
    async save(doc, expectedRevision, lastSaved) {
      const patch = wholeNext || lastSaved === null ? null : diffPlate(lastSaved, doc);
      // New objects with the same content (undo, then redo): nothing to store.
      if (patch && isEmptyPatch(patch)) return { revision: expectedRevision };
      const result = await saver.save({ doc, patch, viewport: options.getViewport() }, expectedRevision);
      wholeNext = false;
      return result;
    },
    stateAfterSave: () => ({ savedOnce: true }),
    onSaved: () => options.onSaved?.(),
  });
  return { ...session, state, document };
}

export type PlateSession = ReturnType<typeof createPlateSession>;

/**
 * The editor's plate session for this store and saver, open while the editor is mounted: every
 * edit in the store reaches it, and `useDocumentSession` loads, flushes and signs it up for saving
 * when the page is hidden or closed.
 */
export function usePlateSession(store: PlateStore, saver: PlateSaver, options: PlateSessionOptions): PlateSession {
  const delayMs = useAutosaveDelay();
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });
  // The newest callbacks, read when the session calls them (never during render).
  const [callbacks] = useState<PlateSessionOptions>(() => ({
    getViewport: () => optionsRef.current.getViewport(),
    onReload: () => optionsRef.current.onReload(),
    onSaved: () => optionsRef.current.onSaved?.(),
  }));
  const session = useMemo(
    () => createPlateSession(store.getState(), saver, delayMs, callbacks),
    [store, saver, delayMs, callbacks],
  );
  useEffect(() => {
    const follow = ({ doc, typingDoc }: PlateEdit) => session.document.setState({ doc, typingDoc });
    // An edit between render and now counts too.
    follow(store.getState());
    return store.subscribe(follow);
  }, [store, session]);
  useDocumentSession(session);
  return session;
}
