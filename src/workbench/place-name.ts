import { useVisitorT } from '../store/use-visitor-t.ts';
import { PANEL_NAMES, type Place } from './workbench-model.ts';

/** The name of a place strings appear in: a screen of the reader, or a panel of the help layer. */
export function usePlaceName(): (place: Place) => string {
  const { t } = useVisitorT();
  return (place) => (place.kind === 'screen' ? t(`ui.screens.${place.screen}`) : t(PANEL_NAMES[place.panel]));
}
