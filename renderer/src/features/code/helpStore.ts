import { create } from 'zustand';

/** UI state only: whether the explanation beside the choices is open. */
export const useCodeHelp = create<{ open: boolean; toggle(): void; show(): void; close(): void }>()((set) => ({
  open: false,
  toggle: () => set((s) => ({ open: !s.open })),
  show: () => set({ open: true }),
  close: () => set({ open: false }),
}));
