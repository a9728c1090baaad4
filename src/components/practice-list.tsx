import { PRACTICE_IDS } from '../screens/practices.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { useUiStore } from '../store/ui-store.ts';
import { startPractice } from '../store/practice-commands.ts';

/** Named rehearsals in plain words, each one tap: it sets up the card and clinic and starts at the card. */
export function PracticeList() {
  const { t, language, dir } = useVisitorT();
  const current = useUiStore((store) => store.practice);
  return (
    <section className="panel practice-list" aria-labelledby="practice-heading" lang={language} dir={dir}>
      <h2 id="practice-heading">{t('ui.practice.heading')}</h2>
      <ul>
        {PRACTICE_IDS.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="practice-choice"
              aria-current={current === id ? 'true' : undefined}
              onClick={() => {
                startPractice(id);
                // Back to the reader, which now waits for the card.
                document.getElementById('terminal-top')?.scrollIntoView({ block: 'start' });
              }}
            >
              <span className="practice-name">{t(`ui.practice.${id}.name`)}</span>
              <span className="practice-what">{t(`ui.practice.${id}.what`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
