import serialize from 'serialize-javascript';
import type { PageHead } from './page-head';

/**
 * The <head> elements of a prerendered page. React escapes every attribute and
 * text; the JSON-LD goes through serialize-javascript, which escapes `<`, `>`,
 * `/` and the JS line separators, so no text can close the script element.
 */
export function HeadTags({ head }: { head: PageHead }) {
  const og = head.openGraph;
  return (
    <>
      <title>{head.title}</title>
      <meta name="description" content={head.description} />
      <link rel="canonical" href={head.canonical} />
      <meta property="og:type" content={og.type} />
      <meta property="og:title" content={og.title} />
      <meta property="og:description" content={head.description} />
      <meta property="og:url" content={head.canonical} />
      <meta property="og:site_name" content={og.siteName} />
      <meta property="og:locale" content="zh_CN" />
      {og.publishedTime && <meta property="article:published_time" content={og.publishedTime} />}
      {og.section && <meta property="article:section" content={og.section} />}
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={og.title} />
      <meta name="twitter:description" content={head.description} />
      {head.feeds.map((f) => (
        <link
          key={f.href}
          rel="alternate"
          type="application/atom+xml"
          title={f.title}
          href={f.href}
        />
      ))}
      {head.modulePreloads.map((href) => (
        <link key={href} rel="modulepreload" crossOrigin="" href={href} />
      ))}
      {head.jsonLd && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: serialize(head.jsonLd, { isJSON: true }) }}
        />
      )}
    </>
  );
}
