/**
 * Build a synthetic corpus page by page and stream it to disk. Each page has
 * its own PRNG stream derived from (seed, page index), so page 12 is the same
 * whether 20 or 20 000 pages are written, and nothing but the current page is
 * held in memory.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { BANNERS, STRAY_HEADINGS } from './events';
import { loadMaterial } from './material';
import { makeDesk } from './names';
import { deriveSeed, Random } from './prng';
import { renderPage, type PagePlan } from './render';
import {
  makeCorpusContext,
  makeNewsStory,
  makePhotoStory,
  type CorpusContext,
  type PageState,
  type Story,
} from './story';

/** Bump when the output for a given seed changes, so cached bench corpora are rebuilt. */
export const GENERATOR_VERSION = 2;
export const SUMMARY_FILE = 'corpus.json';
export const PAGES_PER_ISSUE = 8;
const PAGE_NAMES = ['要闻', '要闻', '新闻', '区县工会', '基层', '职工服务', '综合', '文化'];
const PAPER = '劳动午报（合成语料）';
/** Issues run Monday to Friday from this Monday on. */
const FIRST_ISSUE = Date.UTC(2019, 0, 7);

/** A problem with the caller's options or folder, not a bug: reported without a stack. */
export class CorpusError extends Error {}

export type PageEncoding = 'utf-8' | 'utf-8-crlf' | 'utf-8-bom' | 'gb18030';

export interface GeneratedPage {
  file: string;
  meta: { date: string; page: number; pageName: string; paper: string };
  bytes: Uint8Array;
  encoding: PageEncoding;
  /** Every story printed, in order: what the ingest should find (news and photo items). */
  stories: Story[];
}

export function createContext(seed: number): CorpusContext {
  return makeCorpusContext(loadMaterial(), makeDesk(new Random(deriveSeed(seed, 'desk'))));
}

function issueDate(issue: number): Date {
  const days = Math.floor(issue / 5) * 7 + (issue % 5);
  return new Date(FIRST_ISSUE + days * 86_400_000);
}

export function generatePage(
  ctx: CorpusContext,
  seed: number,
  index: number,
  plain = false,
): GeneratedPage {
  const rng = new Random(deriveSeed(seed, 'page', index));
  const date = issueDate(Math.floor(index / PAGES_PER_ISSUE));
  const pageNo = (index % PAGES_PER_ISSUE) + 1;
  const iso = date.toISOString().slice(0, 10);
  const state: PageState = {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    used: new Set(),
  };

  // 5–8 stories on ~9–12.5 KB, like the seeds; photo items are short, so news stories share the bytes.
  const count = rng.int(5, 8);
  const photos = Math.min(
    rng.weighted([
      [0, 0.45],
      [1, 0.4],
      [2, 0.15],
    ] as const),
    count - 3,
  );
  const chars = rng.int(9500, 13000) / 3;
  const budget = Math.max(250, (chars - photos * 110 - count * 60) / (count - photos));
  const stories: Story[] = [];
  for (let i = 0; i < count - photos; i++) stories.push(makeNewsStory(rng, ctx, state, budget));
  for (let i = 0; i < photos; i++)
    stories.splice(rng.int(1, stories.length), 0, makePhotoStory(rng, ctx, state));

  const news = stories.flatMap((s, i) => (s.kind === 'news' ? [i] : []));
  const truncate = rng.chance(0.15) ? rng.pick(news) : null;
  const repeatable = news.filter(
    (i) => i !== truncate && !(stories[i] as { photoCredit?: unknown }).photoCredit,
  );
  const repeat = rng.chance(0.1) && repeatable.length > 0 ? rng.pick(repeatable) : null;
  const plan: PagePlan = {
    banner: rng.chance(0.92) ? rng.pick(BANNERS) : null,
    stories,
    truncate,
    repeat,
    // A heading after a story cut mid-sentence would read as that sentence's end.
    stray: rng.chance(0.12) && truncate !== stories.length - 1 ? rng.pick(STRAY_HEADINGS) : null,
    leadSpace: rng.chance(0.2),
  };
  const text = renderPage(rng, plan);

  // Most exports are UTF-8; a few come from Windows tools (CRLF, BOM) or as GB18030.
  const encoding: PageEncoding = plain
    ? 'utf-8'
    : rng.weighted([
        ['utf-8', 0.92],
        ['utf-8-crlf', 0.03],
        ['utf-8-bom', 0.02],
        ['gb18030', 0.03],
      ] as const);
  return {
    file: `${iso.slice(0, 7)}/${iso}_p${String(pageNo).padStart(2, '0')}.txt`,
    meta: { date: iso, page: pageNo, pageName: PAGE_NAMES[pageNo - 1]!, paper: PAPER },
    bytes: encode(text, encoding),
    encoding,
    stories,
  };
}

function encode(text: string, encoding: PageEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-crlf':
      return Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}

export interface CorpusOptions {
  out: string;
  seed: number;
  /** Stop after this many pages … */
  pages?: number;
  /** … or once this many articles are written (whichever comes first). */
  articles?: number;
  plain?: boolean;
  onProgress?: (pages: number, articles: number) => void;
}

export interface CorpusSummary {
  generator: number;
  seed: number;
  pages: number;
  articles: number;
  photoItems: number;
  bytes: number;
  firstDate: string;
  lastDate: string;
  encodings: Record<string, number>;
}

/** Writes the pages, pages.json (the ingest's page manifest), then corpus.json as the completion mark. */
export function writeCorpus(options: CorpusOptions): CorpusSummary {
  if (options.pages === undefined && options.articles === undefined)
    throw new CorpusError('give pages or articles');
  prepareOut(options.out);
  const ctx = createContext(options.seed);
  const summary: CorpusSummary = {
    generator: GENERATOR_VERSION,
    seed: options.seed,
    pages: 0,
    articles: 0,
    photoItems: 0,
    bytes: 0,
    firstDate: '',
    lastDate: '',
    encodings: {},
  };
  const manifest = openSync(join(options.out, 'pages.json'), 'w');
  const dirs = new Set<string>();
  try {
    writeSync(manifest, '[\n');
    while (
      (options.pages === undefined || summary.pages < options.pages) &&
      (options.articles === undefined || summary.articles < options.articles)
    ) {
      const page = generatePage(ctx, options.seed, summary.pages, options.plain);
      const path = join(options.out, page.file);
      if (!dirs.has(dirname(path))) {
        mkdirSync(dirname(path), { recursive: true });
        dirs.add(dirname(path));
      }
      writeFileSync(path, page.bytes);
      writeSync(
        manifest,
        `${summary.pages > 0 ? ',\n' : ''}${JSON.stringify({ file: page.file, ...page.meta })}`,
      );
      summary.pages++;
      summary.articles += page.stories.length;
      summary.photoItems += page.stories.filter((s) => s.kind === 'photo').length;
      summary.bytes += page.bytes.length;
      summary.encodings[page.encoding] = (summary.encodings[page.encoding] ?? 0) + 1;
      summary.firstDate ||= page.meta.date;
      summary.lastDate = page.meta.date;
      options.onProgress?.(summary.pages, summary.articles);
    }
    writeSync(manifest, '\n]\n');
  } finally {
    closeSync(manifest);
  }
  writeFileSync(join(options.out, SUMMARY_FILE), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

/**
 * Never write into (or delete) a folder of real pages: only an empty folder or
 * a finished earlier corpus (it has our corpus.json) is replaced.
 */
function prepareOut(out: string): void {
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(join(out, SUMMARY_FILE))) {
      throw new CorpusError(
        `${out} is not empty and holds no finished generated corpus (no ${SUMMARY_FILE}); pick a new or empty folder.`,
      );
    }
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
}
