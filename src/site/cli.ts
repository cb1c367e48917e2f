/**
 * npm run site -- --out <folder> [--workers N]
 *
 * The site build on a folder `vite build` wrote (npm run build runs both):
 * article pages, the prerendered list page, feeds, sitemap, robots.txt.
 * SITE_URL and BASE_PATH come from the environment (src/site/settings.ts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readSiteSettings } from './settings';

const USAGE = 'usage: npm run site -- --out <folder vite build wrote> [--workers N]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { out: { type: 'string' }, workers: { type: 'string' } },
    }).values;
  } catch (error) {
    console.error(`site: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!args.out) {
    console.error(`site: --out is required\n${USAGE}`);
    return 2;
  }
  if (args.workers !== undefined && !/^\d+$/.test(args.workers)) {
    console.error(`site: --workers takes a whole number (0 = this thread), not "${args.workers}"`);
    return 2;
  }
  try {
    const settings = readSiteSettings();
    if (settings.siteUrlIsDefault) {
      console.warn(
        `site: SITE_URL is not set; canonical links, feeds and the sitemap point at ${settings.siteUrl} (set SITE_URL=https://… for a real deploy)`,
      );
    }
    // Before anything loads React: its production build renders twice as fast.
    process.env.NODE_ENV ??= 'production';
    const { buildSite } = await import('./build-site');
    const result = await buildSite({
      outDir: resolve(args.out),
      settings,
      workers: args.workers === undefined ? 'auto' : Number(args.workers),
      log: (line) => console.warn(line),
    });
    const s = result.seconds;
    // All threads' CPU time: on a busy machine a truer measure of the work than the wall clock.
    const { user, system } = process.cpuUsage();
    console.log(
      `site: ${result.articles} article pages, ${result.feeds} feeds, ${result.sitemaps} sitemap files under ${settings.siteUrl} in ${s.total.toFixed(1)} s ` +
        `(renderer ${s.renderer.toFixed(1)} s, pages ${s.pages.toFixed(1)} s, feeds ${s.feeds.toFixed(1)} s, sitemap ${s.sitemap.toFixed(1)} s; cpu ${((user + system) / 1e6).toFixed(1)} s)`,
    );
    return 0;
  } catch (error) {
    console.error(`site: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
