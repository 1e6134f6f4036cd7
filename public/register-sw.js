// Registers the service worker and tells the app when a new build is waiting, so it can
// offer "reload" rather than stay silently on a stale version. No app data passes here.
(() => {
  if (!('serviceWorker' in navigator)) return;
  let updateAccepted = false;

  const announce = (worker) => {
    window.okrUpdateWaiting = worker;
    window.dispatchEvent(new CustomEvent('okr-update-ready'));
  };

  // Called by the app's "Reload" button.
  window.okrApplyUpdate = () => {
    updateAccepted = true;
    if (window.okrUpdateWaiting) window.okrUpdateWaiting.postMessage('skip-waiting');
    else window.location.reload();
  };

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updateAccepted) window.location.reload();
  });

  window.addEventListener('load', async () => {
    try {
      const registration = await navigator.serviceWorker.register('sw.js');
      if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
        });
      });
    } catch (error) {
      console.warn('OKR Studio cannot work offline in this browser:', error);
    }
  });
})();
