import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { bodiesChunkSchema, type BodiesChunk } from '../../shared/bundle';
import { BundleError } from '../shared/bundle-error';
import { fetchDataJson } from '../shared/fetch-data';
import { manifestQueryOptions } from './manifest-query';

async function fetchChunk(
  client: QueryClient,
  chunk: number,
  signal: AbortSignal,
): Promise<BodiesChunk> {
  const manifest = await client.ensureQueryData(manifestQueryOptions());
  const file = manifest.files.bodies[chunk];
  if (file === undefined) throw new BundleError('invalid', '正文分块不存在。', String(chunk));
  return fetchDataJson(file, bodiesChunkSchema, signal);
}

/** One chunk of article bodies: article id → paragraphs. */
export function bodyChunkQueryOptions(client: QueryClient, chunk: number) {
  return queryOptions({
    queryKey: ['articles', 'bodies', chunk] as const,
    queryFn: ({ signal }) => fetchChunk(client, chunk, signal),
  });
}
