/**
 * The data a prerendered page carries for the app (src/site writes it, src/app
 * reads it): what the page was rendered from, so the app's react-query cache
 * starts with it and hydration renders exactly the server's markup without a
 * request. It sits in `<script type="application/json" id="prerender-seed">`,
 * serialized with HTML-unsafe characters escaped (src/site/serialize.ts).
 */
import { z } from 'zod/mini';
import { archiveManifestSchema, articleRecordSchema, listChunkSchema } from './archive-bundle';

export const PRERENDER_SEED_ID = 'prerender-seed';

export const prerenderSeedSchema = z.object({
  /** The app path (without the base path) the markup was rendered for: `/` or `/articles/<id>`. */
  path: z.string(),
  manifest: z.optional(archiveManifestSchema),
  /** The article the page shows (`/articles/<id>`). */
  article: z.optional(articleRecordSchema),
  /** List chunks by number, for the rows the page shows. */
  list: z.optional(z.array(z.object({ n: z.number(), rows: listChunkSchema }))),
});
export type PrerenderSeed = z.infer<typeof prerenderSeedSchema>;
