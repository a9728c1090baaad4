import { lazy, Suspense } from 'react';
import { Terminal } from '../device/terminal.tsx';
import { PromptPanel } from '../overlay/prompt-panel.tsx';
import { SimControls } from '../components/sim-controls.tsx';
import { ScenarioForm } from '../components/scenario-form.tsx';
import { SettingsForm } from '../components/settings-form.tsx';
import { AppHeader } from '../components/app-header.tsx';
import { Notices } from '../components/notices.tsx';
import { ChunkBoundary } from '../components/chunk-boundary.tsx';
import { PracticePin } from '../components/practice-pin.tsx';
import { useFlowStore, selectFlow } from '../store/flow-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { describeScreen } from '../screens/registry.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { useScreenTimeout } from './use-screen-timeout.ts';
import { useUrlAndStorage } from './use-url-and-storage.ts';

// Translators are few and patients many: the workbench is its own chunk, fetched when opened.
const WorkbenchPage = lazy(() => import('../workbench/workbench-page.tsx').then((module) => ({ default: module.WorkbenchPage })));
// The sheet to print is opened once before a visit to the clinic: its own chunk too.
const SheetPage = lazy(() => import('../sheet/sheet-page.tsx').then((module) => ({ default: module.SheetPage })));

const LAYOUT_CLASS = { simulator: 'layout', workbench: 'layout workbench-layout', sheet: 'layout sheet-layout' } as const;

export function App() {
  useUrlAndStorage();
  useScreenTimeout();
  const view = useUiStore((store) => store.view);
  const setView = useUiStore((store) => store.setView);
  const { t } = useVisitorT();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('ui.app.skip')}
      </a>
      <AppHeader />
      <Notices />
      <main id="main" className={LAYOUT_CLASS[view]}>
        {view === 'simulator' ? (
          <Simulator />
        ) : (
          <ChunkBoundary key={view} onLeave={() => setView('simulator')}>
            <Suspense fallback={<p className="panel-hint">…</p>}>{view === 'workbench' ? <WorkbenchPage /> : <SheetPage />}</Suspense>
          </ChunkBoundary>
        )}
      </main>
    </div>
  );
}

function Simulator() {
  const flow = useFlowStore(selectFlow);
  const keypadShown = describeScreen(flow).keypad !== undefined;
  return (
    <>
      <div className="device-column">
        {/* While the keypad is on screen, the practice PIN and its warning come first. */}
        {keypadShown ? <PracticePin prominent /> : null}
        <Terminal />
        {keypadShown ? null : <PracticePin prominent={false} />}
      </div>
      <div className="help-column" id="help">
        <PromptPanel />
        <SimControls />
        <ScenarioForm />
        <SettingsForm />
      </div>
    </>
  );
}
