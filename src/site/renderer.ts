/**
 * Builds the prerenderer (render/entry-server.tsx) with Vite in SSR mode and the
 * app's own config, into a folder of its own under node_modules/.cache (there
 * Node resolves react & co. from the project), and loads it.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type * as EntryServer from './render/entry-server';

export type Renderer = typeof EntryServer;

export const REPO_ROOT = join(import.meta.dirname, '../..');
const ENTRY = 'src/site/render/entry-server.tsx';

export interface BuiltRenderer {
  /** The built module's file: worker threads import it too. */
  file: string;
  renderer: Renderer;
  dispose(): void;
}

export async function buildRenderer(basePath: string): Promise<BuiltRenderer> {
  const cache = join(REPO_ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'site-render-'));
  await build({
    root: REPO_ROOT,
    configFile: join(REPO_ROOT, 'vite.config.ts'),
    base: basePath,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    // Bundled (not loaded from node_modules at run time) so they come in their
    // production builds, as in the browser: react-router's package exports
    // only its development build to Node.
    ssr: {
      noExternal: [
        'react-router',
        'react-router-dom',
        '@tanstack/react-query',
        '@tanstack/query-core',
      ],
    },
    build: {
      ssr: ENTRY,
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      rollupOptions: {
        output: { entryFileNames: 'entry-server.js' },
        // The pane is lazy in the app and imported directly here (renderArticlePane): expected.
        onwarn(warning, warn) {
          if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
        },
      },
    },
  });
  const file = join(outDir, 'entry-server.js');
  const renderer = (await import(pathToFileURL(file).href)) as Renderer;
  return { file, renderer, dispose: () => rmSync(outDir, { recursive: true, force: true }) };
}
