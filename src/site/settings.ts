/**
 * Site settings, from environment variables of the build (README "Deploy"):
 *
 *   SITE_URL   where the site is served, e.g. https://news.example.org or
 *              https://www.example.org/news/ — absolute URLs in og:url,
 *              canonical links, feeds and the sitemap are built on it.
 *   BASE_PATH  the sub-path the site is served under, e.g. /news/ (default /).
 *
 * SITE_URL may carry the base path itself (then BASE_PATH may be left out);
 * if both name a path they must agree. Read by vite.config.ts (Vite's `base`)
 * and by the site build (src/site/), so both always see the same values.
 */

export interface SiteSettings {
  /** Starts and ends with `/`: `/` or `/news/`. */
  basePath: string;
  /** Absolute URL of the site's root, base path included, ending with `/`. */
  siteUrl: string;
  /** SITE_URL was not set: links point at the local server `npm start` runs. */
  siteUrlIsDefault: boolean;
}

/** What `npm start` serves on; the fallback when SITE_URL is not set. */
export const LOCAL_SITE_URL = 'http://localhost:4173';

export class SiteSettingsError extends Error {
  override name = 'SiteSettingsError';
}

// A path segment: letters, digits and the URL-safe marks; no dots-only segments.
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

function normalizeBasePath(raw: string, source: string): string {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed === '/') return '/';
  const segments = trimmed.split('/').filter((s) => s !== '');
  for (const s of segments) {
    if (!SEGMENT.test(s) || /^\.+$/.test(s)) {
      throw new SiteSettingsError(
        `${source}="${raw}": "${s}" is not a plain path segment; use letters, digits, "-", "_", "." or "~", e.g. BASE_PATH=/news/`,
      );
    }
  }
  return `/${segments.join('/')}/`;
}

/** Reads and checks SITE_URL and BASE_PATH; throws a SiteSettingsError saying what to fix. */
export function readSiteSettings(
  env: Record<string, string | undefined> = process.env,
): SiteSettings {
  const rawBase = env.BASE_PATH;
  const rawSite = env.SITE_URL?.trim();
  const explicitBase = rawBase !== undefined && rawBase.trim() !== '';
  let basePath = explicitBase ? normalizeBasePath(rawBase, 'BASE_PATH') : '/';

  if (!rawSite) {
    return { basePath, siteUrl: `${LOCAL_SITE_URL}${basePath}`, siteUrlIsDefault: true };
  }
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new SiteSettingsError(
      `SITE_URL="${rawSite}" is not an absolute URL; give scheme and host, e.g. SITE_URL=https://news.example.org`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteSettingsError(`SITE_URL="${rawSite}" must start with https:// or http://`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new SiteSettingsError(
      `SITE_URL="${rawSite}" must be the site's address alone, without query, fragment or credentials`,
    );
  }
  const sitePath = normalizeBasePath(url.pathname, 'SITE_URL');
  if (sitePath !== '/') {
    if (explicitBase && basePath !== sitePath) {
      throw new SiteSettingsError(
        `SITE_URL="${rawSite}" ends in ${sitePath} but BASE_PATH is ${basePath}; give the path in one of them only, e.g. SITE_URL=${url.origin} BASE_PATH=${basePath}`,
      );
    }
    basePath = sitePath;
  }
  return { basePath, siteUrl: `${url.origin}${basePath}`, siteUrlIsDefault: false };
}

/** The absolute URL of an app path (`/articles/x`, `feeds/all.xml`) under the site. */
export function absoluteUrl(settings: SiteSettings, path: string): string {
  return new URL(path.replace(/^\//, ''), settings.siteUrl).href;
}
