/**
 * Fetches and decodes the date column (its parts, in parallel) into a DateIndex.
 * In the engines chunk, with the decoder: the first view never needs it.
 */
import { DATES_FILE, type ArchiveManifest } from '../../shared/archive-bundle';
import { decodeDateColumn } from '../../shared/date-column';
import { BundleError } from '../shared/bundle-error';
import { decodeOrThrow, fetchDataBytes } from '../shared/fetch-data';
import { buildDateIndex, type DateIndex } from './date-index';

/** `first` and `last`: the archive's first and last day numbers (periods.ts dayOf of manifest.dates). */
export async function fetchDateIndex(
  manifest: ArchiveManifest,
  [first, last]: [number, number],
  signal: AbortSignal,
): Promise<DateIndex> {
  const dates = manifest.dates;
  if (!dates) throw new BundleError('invalid', '这份新闻数据没有日期。');
  const parts = await Promise.all(
    dates.parts.map(async (part) => {
      const file = `${part.dir}/${DATES_FILE}`;
      const bytes = await fetchDataBytes(file, signal);
      const decoded = decodeOrThrow(file, () => decodeDateColumn(bytes));
      if (decoded.start !== part.start || decoded.days.length !== part.count) {
        throw new BundleError('invalid', '日期索引与清单不符。', file);
      }
      return decoded;
    }),
  );
  return decodeOrThrow(dates.parts[0]?.dir ?? DATES_FILE, () =>
    buildDateIndex(parts, manifest.articleCount, first, last),
  );
}
