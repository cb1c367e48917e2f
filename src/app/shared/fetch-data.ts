/**
 * Fetches files of the data bundle (public/data → /data/ under Vite's base):
 * JSON validated with a zod schema (nothing fetched is ever cast), and the
 * binary facet and search files as bytes for their decoders.
 */
import type { z } from 'zod/mini';
import { BundleError } from './bundle-error';

/**
 * Bundle paths are `manifest.json` or `<family>-<hash>/<file>.json|bin` (see
 * src/shared/archive-bundle.ts): no other folders, no `..`, no URLs.
 */
const FILE_PATH =
  /^(?:[a-z][a-z0-9]*-[0-9a-f]{10}\/)?[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.(?:json|bin)$/;

export function dataUrl(file: string): string {
  if (!FILE_PATH.test(file)) {
    throw new BundleError('invalid', `数据清单中的文件名无效：${file}`);
  }
  return `${import.meta.env.BASE_URL}data/${file}`;
}

async function fetchData(file: string, signal?: AbortSignal): Promise<Response> {
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
  return response;
}

export async function fetchDataText(file: string, signal?: AbortSignal): Promise<string> {
  return (await fetchData(file, signal)).text();
}

export async function fetchDataBytes(file: string, signal?: AbortSignal): Promise<Uint8Array> {
  return new Uint8Array(await (await fetchData(file, signal)).arrayBuffer());
}

export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BundleError('invalid', '数据文件不是有效的 JSON。', file);
  }
}

export function validate<S extends z.ZodMiniType>(
  schema: S,
  json: unknown,
  file: string,
): z.infer<S> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.')}: ${first.message}` : '';
    throw new BundleError('invalid', '数据文件的格式与阅读器不符。', `${file} ${where}`);
  }
  return parsed.data;
}

export async function fetchDataJson<S extends z.ZodMiniType>(
  file: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  return validate(schema, parseJson(await fetchDataText(file, signal), file), file);
}

/** Runs a binary decoder; a decoder error means a broken file, not a bug. */
export function decodeOrThrow<T>(file: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    throw new BundleError('invalid', '数据文件无法解码。', `${file}: ${String(error)}`);
  }
}
