import { createContext, useContext } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { chipLanguages, useUiStore } from '../store/ui-store.ts';

/** Lets a preview (the translators' workbench) show the device in a language of its choosing. */
export const ChipLanguagesContext = createContext<readonly string[] | null>(null);

export function useChipLanguages(): readonly string[] {
  const override = useContext(ChipLanguagesContext);
  const fromStore = useUiStore(useShallow(chipLanguages));
  return override ?? fromStore;
}

/** Whether chips are laid over the device: as the visitor chose, and always in a preview that asks for a language. */
export function useChipsShown(): boolean {
  const override = useContext(ChipLanguagesContext);
  const overlay = useUiStore((store) => store.overlay);
  return override !== null || overlay;
}
