/**
 * The prerenderer: the app's own components (routes, ReaderPage, ArticlePane …)
 * rendered to HTML for one location, with the react-query cache seeded from the
 * same data the page then carries (src/shared/prerender-seed.ts). The browser
 * seeds its cache the same way (src/app/main.tsx), so its first render is this
 * markup and it hydrates in place.
 *
 * Built by Vite in SSR mode (src/site/renderer.ts) with the app's own config, so
 * `import.meta.env.BASE_URL`, JSX and module resolution match the client build.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { StaticRouter, UNSAFE_createMemoryHistory } from 'react-router-dom';
import serialize from 'serialize-javascript';
import { App } from '../../app/App';
import { ArticlePane } from '../../app/reader/ArticlePane';
import { seedQueryClient } from '../../app/shared/prerender-seed';
import { createQueryClient } from '../../app/shared/query-client';
import { parseReaderParams } from '../../shared/paths';
import { PRERENDER_SEED_ID, type PrerenderSeed } from '../../shared/prerender-seed';
import { HeadTags } from './HeadTags';
import type { PageHead } from './page-head';

// As in the browser (src/app/main.tsx): the base path with its trailing slash.
const basename = import.meta.env.BASE_URL;

async function streamToString(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let out = '';
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    out += decoder.decode(chunk, { stream: true });
  }
  return out + decoder.decode();
}

function appFor(seed: PrerenderSeed) {
  const client = createQueryClient();
  seedQueryClient(client, seed);
  const history = UNSAFE_createMemoryHistory({
    initialEntries: [`${basename.replace(/\/$/, '')}${seed.path}`],
    v5Compat: true,
  });
  return <App history={history} basename={basename} queryClient={client} />;
}

/** React's marker of a boundary it could not render on the server (it suspended). */
const CLIENT_RENDERED = '<!--$!-->';

/**
 * The markup inside #root for `seed.path`. `prerender` waits for lazy parts
 * (the reading pane's chunk) instead of rendering their fallback; once they
 * are loaded, the synchronous renderToString gives the same markup at half
 * the cost, so it is tried first (the site renders 100,000 pages).
 */
export async function renderRoot(seed: PrerenderSeed): Promise<string> {
  const fast = renderToString(appFor(seed));
  if (!fast.includes(CLIENT_RENDERED)) return fast;
  const errors: unknown[] = [];
  const { prelude } = await prerender(appFor(seed), {
    onError: (error) => void errors.push(error),
  });
  const html = await streamToString(prelude);
  if (errors.length > 0) {
    throw new Error(`rendering ${seed.path} failed: ${String(errors[0])}`, { cause: errors[0] });
  }
  return html;
}

/**
 * The reading pane alone, as ReaderPage renders it for an article before the
 * manifest has loaded (no filters, results, manifest, phrases or type labels).
 * Every article page is the same markup around its pane, so the site build
 * renders that markup once and each page's pane on its own, at a fraction of
 * the cost, checking against full renders that it is still true
 * (src/site/article-pages.ts); if the app changes so that it is not, the
 * build falls back to `renderRoot` for every page.
 */
export function renderArticlePane(seed: PrerenderSeed): string {
  const article = seed.article;
  if (!article) throw new Error(`renderArticlePane: no article in the seed for ${seed.path}`);
  const client = createQueryClient();
  seedQueryClient(client, seed);
  return renderToString(
    <QueryClientProvider client={client}>
      <StaticRouter location={`${basename.replace(/\/$/, '')}${seed.path}`} basename={basename}>
        <ArticlePane
          id={article.id}
          filters={parseReaderParams('')}
          results={undefined}
          manifest={undefined}
          phrases={[]}
          typeLabels={undefined}
        />
      </StaticRouter>
    </QueryClientProvider>,
  );
}

/** The page's <head> elements. */
export function renderHead(head: PageHead): string {
  return renderToStaticMarkup(<HeadTags head={head} />);
}

/** The seed as a JSON script element; serialize-javascript escapes what could end the element. */
export function renderSeedScript(seed: PrerenderSeed): string {
  return renderToStaticMarkup(
    <script
      type="application/json"
      id={PRERENDER_SEED_ID}
      dangerouslySetInnerHTML={{ __html: serialize(seed, { isJSON: true }) }}
    />,
  );
}
