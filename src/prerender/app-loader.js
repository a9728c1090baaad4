// Inlined into the <head> of the built page (vite.config.ts), after the list of files the build
// wrote there (#first-paint-files); its hash is in the Content-Security-Policy
// (scripts/hosting-headers.mjs). No script tag names the app's code: this fetches and runs it,
// as the visitor's start asks (docs/architecture.md, "First paint").
// - A plain first visit: the first screen is already in the page, and the code is not needed to
//   show it. It is fetched and run once the browser has shown that screen: fetched alongside, it
//   takes bandwidth from the page and its style sheet on a slow connection, and run first, where
//   it arrives as fast as the page (a quick connection, a slow phone), it holds that frame back
//   by the app's whole start. At once where the page is not being displayed or the browser does
//   not report paints; after a second at most.
// - Any other start (the page is marked by plain-first-visit.js) needs the code to show
//   anything: it is fetched at once and run, and so is the language the link
//   (or else this browser's kept preferences) asks for, so the app does not wait for it later.
(() => {
  const files = JSON.parse(document.getElementById('first-paint-files')?.textContent ?? '{}');
  const plain = document.documentElement.dataset.start !== 'own';
  const fetchEarly = (rel, href) => {
    const link = document.createElement('link');
    link.rel = rel;
    if (rel === 'preload') link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
  };
  if (!plain) {
    fetchEarly('modulepreload', files.app);
    let kept = {};
    try {
      kept = JSON.parse(localStorage.getItem('uketsuke:preferences:v1') ?? '{}') ?? {};
    } catch {
      kept = {};
    }
    const link = new URLSearchParams(location.search);
    for (const code of new Set([link.get('lang') || kept.language, link.get('also') || kept.second])) {
      if (typeof code === 'string' && Object.hasOwn(files.languages, code)) fetchEarly('preload', files.languages[code]);
    }
  }
  const shown = new Promise((resolve) => {
    if (!plain || document.visibilityState !== 'visible' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      resolve();
      return;
    }
    new PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      resolve();
    }).observe({ type: 'paint', buffered: true });
    setTimeout(resolve, 1000);
  });
  void shown.then(() => import(files.app));
})();
