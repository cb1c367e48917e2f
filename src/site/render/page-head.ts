/** What a prerendered page puts in its <head>, before React turns it into markup. */
export interface PageHead {
  /** The document title, as the app sets it (`… · 首都工会新闻`). */
  title: string;
  description: string;
  /** Absolute URL. */
  canonical: string;
  openGraph: {
    type: 'article' | 'website';
    title: string;
    siteName: string;
    /** YYYY-MM-DD, articles with a date only. */
    publishedTime?: string;
    section?: string;
  };
  /** Atom feeds the page links (rel="alternate"); hrefs relative to the host. */
  feeds: { title: string; href: string }[];
  /** NewsArticle (schema.org) for articles. */
  jsonLd?: Record<string, unknown>;
  /** Code the page will need at once (the reading pane's chunk on article pages). */
  modulePreloads: string[];
}
