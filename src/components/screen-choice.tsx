import type { FlowState, ScreenId } from '../flow/types.ts';
import { describeScreen } from '../screens/registry.ts';
import { TerminalFace } from '../device/terminal-face.tsx';
import './screen-choice.css';

export interface ScreenChoiceProps {
  readonly screen: ScreenId;
  /** The state to draw it in: as a link opens it. */
  readonly flow: FlowState;
  /** The screen's name, the button's text. */
  readonly name: string;
  /** A longer name for screen readers, where the text alone would not say what a tap does. */
  readonly label?: string;
  readonly onPick: () => void;
}

/**
 * One screen to choose, as the counter's index and the scan's "not sure" offer them: its drawing
 * (the device's own, scaled down, not read out) over one button with its name; the whole card is
 * the button's target. A list item: the caller holds the list (`ul.screen-choices`). The size of
 * the drawing is the caller's, through `--thumb-height` and `--thumb-zoom`.
 */
export function ScreenChoice({ screen, flow, name, label, onPick }: ScreenChoiceProps) {
  return (
    <li className="screen-choice" data-screen={screen}>
      <div className="screen-choice-thumb" inert aria-hidden="true">
        <TerminalFace flow={flow} view={describeScreen(flow)} send={() => undefined} />
      </div>
      <button type="button" className="screen-choice-pick" aria-label={label} onClick={onPick}>
        {name}
      </button>
    </li>
  );
}
