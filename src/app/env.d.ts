interface ImportMetaEnv {
  /** The site's absolute URL, base path included (SITE_URL; see src/site/settings.ts). */
  readonly SITE_URL: string;
}
