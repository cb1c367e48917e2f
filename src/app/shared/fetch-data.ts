/**
 * Fetches files of the data bundle (public/data → /data/ under Vite's base) and
 * validates JSON with a zod schema: nothing fetched is ever cast.
 */
import type { z } from 'zod/mini';
import { BundleError } from './bundle-error';

/** Bundle file names are plain names like `summaries.1a2b3c.json`: no paths, no URLs. */
const FILE_NAME = /^[A-Za-z0-9_.-]+\.json$/;

export function dataUrl(file: string): string {
  if (!FILE_NAME.test(file) || file.startsWith('.')) {
    throw new BundleError('invalid', `数据清单中的文件名无效：${file}`);
  }
  return `${import.meta.env.BASE_URL}data/${file}`;
}

export async function fetchDataText(file: string, signal?: AbortSignal): Promise<string> {
  const url = dataUrl(file);
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new BundleError('missing', '无法连接到数据文件。', `${url}: ${String(error)}`);
  }
  // A static host may answer a missing file with the app's index.html (SPA fallback).
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || type.includes('text/html')) {
    throw new BundleError('missing', '找不到数据文件。', `${url}: HTTP ${response.status}`);
  }
  return response.text();
}

export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BundleError('invalid', '数据文件不是有效的 JSON。', file);
  }
}

export async function fetchDataJson<S extends z.ZodMiniType>(
  file: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  const json = parseJson(await fetchDataText(file, signal), file);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.')}: ${first.message}` : '';
    throw new BundleError('invalid', '数据文件的格式与阅读器不符。', `${file} ${where}`);
  }
  return parsed.data;
}
