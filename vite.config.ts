import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { readSiteSettings } from './src/site/settings.ts';
import { previewFallback } from './src/site/preview-fallback.ts';

// SITE_URL and BASE_PATH (README "Deploy"): the same values for the app, the
// prerenderer's SSR build and the site build.
const site = readSiteSettings();

export default defineConfig({
  base: site.basePath,
  define: { 'import.meta.env.SITE_URL': JSON.stringify(site.siteUrl) },
  plugins: [react(), tailwindcss(), previewFallback()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'tests/ingest/**/*.test.ts',
            'tests/shared/**/*.test.ts',
            'tests/site/**/*.test.ts',
          ],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/app/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/app/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
