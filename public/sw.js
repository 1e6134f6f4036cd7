// OKR Studio's service worker: after one online visit the app loads and works offline.
// The post-build hook fills in this build's id and its exact file list.
const BUILD = '__BUILD__';
const PRECACHE = ['__PRECACHE__'];
const PREFIX = 'okr-studio-';
const CACHE = PREFIX + BUILD;

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new build waits until the user accepts the reload prompt,
  // so an open workshop never switches versions under people's hands.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Every page of the app is the same document; screens live in the URL hash.
      const cached =
        request.mode === 'navigate'
          ? await cache.match('./')
          : await cache.match(request, { ignoreSearch: true });
      return cached ?? fetch(request);
    })(),
  );
});
