import { PromptPanel } from '../overlay/prompt-panel.tsx';
import { DisplayOptions } from './display-options.tsx';
import { ScenarioForm } from './scenario-form.tsx';
import { SettingsForm } from './settings-form.tsx';

/** What the screen says line by line (with sources), the card and insurance, the clinic, and display options. */
export function MorePanels() {
  return (
    <div id="more-panels" className="more-panels">
      <PromptPanel />
      <ScenarioForm />
      <SettingsForm />
      <DisplayOptions />
    </div>
  );
}
