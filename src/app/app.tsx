import { lazy, Suspense } from 'react';
import { Terminal } from '../device/terminal.tsx';
import { GuideBar } from '../components/guide-bar.tsx';
import { AppHeader } from '../components/app-header.tsx';
import { Notices } from '../components/notices.tsx';
import { ChunkBoundary } from '../components/chunk-boundary.tsx';
import { PracticePin } from '../components/practice-pin.tsx';
import { SheetLink } from '../components/sheet-link.tsx';
import { ScanLink } from '../components/scan-link.tsx';
import { LazyPart } from '../components/lazy-part.tsx';
import { LanguageList } from '../components/language-list.tsx';
import { PracticeList } from '../components/practice-list.tsx';
import { ConsentHelp } from '../components/consent-help.tsx';
import { MoreToggle } from '../components/more-toggle.tsx';
import { useUiStore } from '../store/ui-store.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { useScreenTimeout } from './use-screen-timeout.ts';
import { useUrlAndStorage } from './use-url-and-storage.ts';

// Translators are few and patients many: the workbench is its own chunk, fetched when opened.
// Folded away until asked for: the side panel, scenario, clinic settings and display options.
const loadMorePanels = () => import('../components/more-panels.tsx').then((module) => module.MorePanels);
const WorkbenchPage = lazy(() => import('../workbench/workbench-page.tsx').then((module) => ({ default: module.WorkbenchPage })));
// The sheet to print is opened once before a visit to the clinic: its own chunk too.
const SheetPage = lazy(() => import('../sheet/sheet-page.tsx').then((module) => ({ default: module.SheetPage })));
// The reception counter is for staff at a tablet, not patients: its own chunk as well.
const CounterPage = lazy(() => import('../counter/counter-page.tsx').then((module) => ({ default: module.CounterPage })));
// At the real reader: which screen a photo shows. Its own chunk; the OCR engine comes later still, on first use.
const ScanPage = lazy(() => import('../scan/scan-page.tsx').then((module) => ({ default: module.ScanPage })));

const LAYOUT_CLASS = {
  simulator: 'layout',
  workbench: 'layout workbench-layout',
  sheet: 'layout sheet-layout',
  counter: 'layout counter-layout',
  scan: 'layout scan-layout',
} as const;
const PAGES = { workbench: WorkbenchPage, sheet: SheetPage, counter: CounterPage, scan: ScanPage } as const;

export function App() {
  useUrlAndStorage();
  useScreenTimeout();
  const view = useUiStore((store) => store.view);
  const setView = useUiStore((store) => store.setView);
  const languageList = useUiStore((store) => store.languageList);
  const handedOver = useUiStore((store) => store.view === 'counter' && store.counterShown && store.counterHandedOver);
  const { t } = useVisitorT();
  const Page = view === 'simulator' ? null : PAGES[view];
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('ui.app.skip')}
      </a>
      {/* In the patient's hands at the counter: no way to the settings, the practice or the workbench. */}
      {handedOver ? null : <AppHeader />}
      <Notices />
      <main id="main" className={languageList !== 'closed' ? 'layout list-layout' : LAYOUT_CLASS[view]}>
        {languageList !== 'closed' ? (
          <LanguageList />
        ) : Page === null ? (
          <Simulator />
        ) : (
          <ChunkBoundary key={view} onLeave={() => setView('simulator')}>
            <Suspense fallback={<p className="panel-hint">…</p>}>
              <Page />
            </Suspense>
          </ChunkBoundary>
        )}
      </main>
    </div>
  );
}

/**
 * The patient's page, phone first: the reader with its chips and, right under it, the bar that
 * says what happens next; then consent explained (on consent screens), named rehearsals, and one
 * control that unfolds everything else. On a wide screen the two columns sit side by side.
 */
function Simulator() {
  const moreOpen = useUiStore((store) => store.moreOpen);
  const setMoreOpen = useUiStore((store) => store.setMoreOpen);
  return (
    <>
      <div className="device-column" id="terminal-top">
        {/* The practice PIN and its warning, over the screen right above the keypad: in view while typing. */}
        <Terminal keypadNote={<PracticePin prominent />} />
        <GuideBar />
        {/* Under the bar, on a tablet too: the bar's "see below" holds on every layout. */}
        <ConsentHelp />
      </div>
      <div className="help-column" id="help">
        {/* At the clinic, in front of the real reader: point the phone at it. */}
        <ScanLink place="page" />
        <PracticeList />
        {/* Take it along: the printable sheet, in the visitor's language. */}
        <SheetLink className="sheet-link take-along" />
        <MoreToggle />
        {moreOpen ? <LazyPart load={loadMorePanels} onLeave={() => setMoreOpen(false)} /> : null}
      </div>
    </>
  );
}
