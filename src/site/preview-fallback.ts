/**
 * `vite preview` (what `npm start` serves) as a static host would with this
 * site: it already serves `articles/<id>.html` at `/articles/<id>` and
 * `articles/<id>/index.html` at `/articles/<id>/`; its SPA fallback, though,
 * answers unknown paths with index.html, which is now the prerendered list.
 * This sends them the app shell (404.html) instead, so a client-only URL is
 * rendered by the app without first showing the list.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export function previewFallback(): Plugin {
  return {
    name: 'site-preview-fallback',
    configurePreviewServer(server) {
      const { base, root, build } = server.config;
      const shell = join(resolve(root, build.outDir), '404.html');
      // Returned: runs after Vite's own fallback has rewritten the URL.
      return () => {
        server.middlewares.use((req, _res, next) => {
          if (req.url === '/index.html' && req.originalUrl && existsSync(shell)) {
            let path: string;
            try {
              path = decodeURIComponent(new URL(req.originalUrl, 'http://host').pathname);
            } catch {
              path = '';
            }
            const inApp = path.startsWith(base) ? path.slice(base.length) : path;
            if (inApp !== '' && inApp !== 'index.html') req.url = '/404.html';
          }
          next();
        });
      };
    },
  };
}
