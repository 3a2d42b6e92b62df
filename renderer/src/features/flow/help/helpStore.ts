import { create } from 'zustand';

export const HELP_TOPICS = [
  'goals-first',
  'room-for-influence',
  'participation-ladder',
  'target-group',
  'multiple-democracy',
  'role-of-the-raad',
  'motivering',
] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

interface HelpState {
  open: boolean;
  /** The topic to bring into view; null shows the panel from the top. */
  topic: HelpTopic | null;
  /** Bumped on every request, so asking for the same topic twice still moves focus there. */
  request: number;
  show(topic?: HelpTopic): void;
  toggle(): void;
  close(): void;
}

/** UI state only (never saved): whether the help panel is open and at which topic. */
export const useHelp = create<HelpState>()((set) => ({
  open: false,
  topic: null,
  request: 0,
  show: (topic) => set((s) => ({ open: true, topic: topic ?? null, request: s.request + 1 })),
  toggle: () => set((s) => ({ open: !s.open, topic: null, request: s.request + 1 })),
  close: () => set({ open: false }),
}));
