import { queryOptions } from '@tanstack/react-query';
import { BUNDLE_VERSION, manifestSchema, type Manifest } from '../../shared/bundle';
import { BundleError } from '../shared/bundle-error';
import { fetchDataText, parseJson } from '../shared/fetch-data';

export const MANIFEST_FILE = 'manifest.json';

async function fetchManifest(signal: AbortSignal): Promise<Manifest> {
  const json = parseJson(await fetchDataText(MANIFEST_FILE, signal), MANIFEST_FILE);
  // Check the version first: a bundle from another version may not even parse.
  const version =
    typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
  if (version !== BUNDLE_VERSION) {
    throw new BundleError(
      'incompatible',
      '新闻数据的版本与阅读器不兼容。',
      `数据版本 ${String(version)}，阅读器需要版本 ${BUNDLE_VERSION}`,
    );
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new BundleError(
      'invalid',
      '数据清单的格式与阅读器不符。',
      first ? `${first.path.join('.')}: ${first.message}` : '',
    );
  }
  return parsed.data;
}

export function manifestQueryOptions() {
  return queryOptions({
    queryKey: ['bundle', 'manifest'] as const,
    queryFn: ({ signal }) => fetchManifest(signal),
  });
}
