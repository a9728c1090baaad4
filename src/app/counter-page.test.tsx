import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { openApp } from './open-app.test-support.tsx';

/** Opens the app at the counter, as a staff member's bookmark would, and waits for its Japanese. */
async function openCounter(search = '?mode=counter&lang=en') {
  const user = await openApp(search);
  await screen.findByRole('heading', { level: 2, name: /受付カウンター/ }, { timeout: 5000 });
  return user;
}

const index = () => screen.getByRole('region', { name: '患者さんが止まっている画面' });

/** The entries of the index, by the screen each shows. */
const indexEntries = () =>
  within(index())
    .getAllByRole('button', { name: /を見せる$/ })
    .map((button) => button.closest('li')?.getAttribute('data-screen'));

// The first test fetches the counter's chunk and draws every screen once: more than the default 5 s on a busy machine.
describe('the reception counter', { timeout: 20_000 }, () => {
  it('shows the consent screen in Nepali in two taps from its home', async () => {
    const user = await openCounter();
    await user.click(screen.getByRole('button', { name: /^नेपाली/ }));
    // Chosen once its file is in.
    await screen.findByRole('button', { name: /^नेपाली/, pressed: true });
    await user.click(screen.getByRole('button', { name: 'まとめて同意を見せる' }));

    const terminal = await screen.findByRole('heading', { name: /患者さんに見せている画面：まとめて同意/ });
    expect(terminal).toBeInTheDocument();
    const device = document.querySelector('.counter-device .terminal');
    expect(device).toHaveAttribute('data-screen', 'consent-all');
    // The reader's Japanese, with the Nepali laid over it.
    expect(within(device as HTMLElement).getByText('まとめて同意する')).toBeInTheDocument();
    expect(device?.querySelector('.overlay-chip[lang="ne"]')).not.toBeNull();
    expect(window.location.search).toBe('?mode=counter&screen=consent-all&lang=ne');

    // A clear way back to the index, with the language kept.
    await user.click(screen.getByRole('button', { name: '画面の一覧に戻る' }));
    expect(screen.getByRole('button', { name: /^नेपाली/ })).toHaveAttribute('aria-pressed', 'true');
    expect(window.location.search).toBe('?mode=counter&lang=ne');
  });

  it('shows the screen first and the language second, also in two taps', async () => {
    const user = await openCounter();
    await user.click(screen.getByRole('button', { name: '暗証番号のロックを見せる' }));
    await user.click(await screen.findByRole('button', { name: /^Tiếng Việt/ }));
    await screen.findByRole('button', { name: /^Tiếng Việt/, pressed: true });
    const device = document.querySelector('.counter-device .terminal');
    expect(device).toHaveAttribute('data-screen', 'pin-locked');
    expect(device?.querySelector('.overlay-chip[lang="vi"]')).not.toBeNull();
  });

  it('lists every screen, and finds error 006 as staff type 006', async () => {
    const user = await openCounter();
    expect(indexEntries()).toHaveLength(29);
    await user.type(screen.getByRole('searchbox', { name: /画面を探す/ }), '006');
    expect(indexEntries()).toEqual(['error-006']);
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), '期限');
    expect(indexEntries().sort()).toEqual(['eligibility-only', 'error-006', 'renewal-alert']);
  });

  it('says so when nothing matches, and gives the whole index back on clearing', async () => {
    const user = await openCounter();
    await user.type(screen.getByRole('searchbox', { name: /画面を探す/ }), 'ぬぬぬ');
    expect(within(index()).getByRole('status')).toHaveTextContent('「ぬぬぬ」に合う画面はありません');
    expect(screen.queryAllByRole('button', { name: /を見せる$/ })).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: '検索を消す' }));
    expect(indexEntries()).toHaveLength(29);
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });

  it('is reached from the header', async () => {
    const user = await openApp('?lang=en');
    await user.click(screen.getByRole('button', { name: 'For reception staff' }));
    expect(await screen.findByRole('heading', { level: 2, name: /受付カウンター/ }, { timeout: 5000 })).toBeInTheDocument();
    expect(window.location.search).toBe('?mode=counter&lang=en');
  });
});
