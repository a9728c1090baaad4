// Inlined into the <head> of the built page (vite.config.ts), its hash in the Content-Security-
// Policy (scripts/hosting-headers.mjs). It asks one thing, before anything is drawn: is this a
// plain first visit? That is: no link to a screen, language or view; nothing of Uketsuke's in
// this browser's storage; a browser that asks for English first. Only then is the first screen
// built into the page (the idle terminal, in English) the visitor's own start. Otherwise the
// page is marked, and that screen stays hidden, taking no space, until the app has drawn the
// visitor's start. When in doubt (storage that refuses), the answer is no: a start drawn a
// moment later is better than the wrong screen flashing first.
(() => {
  let plain = false;
  try {
    const link = new URLSearchParams(location.search);
    const linked = ['screen', 'lang', 'also', 'view'].some((name) => link.has(name));
    let stored = false;
    for (let index = 0; index < localStorage.length; index += 1) {
      if (localStorage.key(index)?.startsWith('uketsuke:')) stored = true;
    }
    const first = navigator.languages?.[0] ?? navigator.language ?? '';
    plain = !linked && !stored && /^en(-|$)/i.test(first);
  } catch {
    plain = false;
  }
  if (!plain) document.documentElement.dataset.start = 'own';
})();
