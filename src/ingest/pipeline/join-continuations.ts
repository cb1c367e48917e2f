/**
 * Stories continued on another page: the part ending in （下转第2版） and the
 * part opening with （上接第1版） become one article. A corpus-wide step
 * (corpus-steps.ts), made again on every build: it never changes the per-page
 * results (joined pages are new objects), so those stay free of cross-page
 * state and can be cached.
 *
 * Pages are matched within one issue: the same date (from pages.json, the
 * path or the header) and the printed page numbers the markers name. Pages
 * come in page order, so an issue's pages come together: `joinRuns` finds,
 * from the pages' summaries alone, the runs of pages to join (from the first
 * page with an outgoing marker to the end of its issue), and only those
 * pages' whole results are needed, by `joinIssue`.
 * See docs/decisions/0008-page-furniture.md and 0013-daily-updates.md.
 */
import type { Article, Byline, PageReport, Repair } from '../../shared/schema';
import { endsSentence } from '../normalize/punctuation';
import type { PageJump } from '../segment/jump-sections';
import { CHARS_PER_MINUTE, type FacetExtractor, type PageResult } from './ingest-page';

/** A page as the join sees it: its file and its parse result, before the join. */
export interface PageOutcome {
  file: string;
  result: PageResult;
}

/** What deciding the runs needs of a page (its summary has it: prepare-page.ts). */
export interface JoinFacts {
  file: string;
  /** The page's date, from pages.json, its path or its header. */
  date?: string | undefined;
  /** Its jump markers' directions, if it has any. */
  jumps?: readonly (readonly [PageJump['direction'], ...unknown[]])[] | undefined;
}

/** A run of pages in page order: one page passing through, or pages to join (`join`). */
export interface JoinRun<T> {
  pages: T[];
  join: boolean;
}

/**
 * An issue has a few dozen pages at most; a longer run of pages under one key
 * (a folder of undated pages) is held in windows of this many pages, so the
 * join never holds more than that however large the corpus.
 */
const MAX_HELD_PAGES = 64;

/**
 * The runs of pages to join, from each page's facts alone, holding back only
 * the pages from one with an outgoing marker to the end of its issue.
 */
export async function* joinRuns<T>(
  pages: AsyncIterable<T> | Iterable<T>,
  factsOf: (page: T) => JoinFacts,
): AsyncGenerator<JoinRun<T>> {
  let held: T[] = [];
  let issue: string | null = null;
  for await (const page of pages) {
    const facts = factsOf(page);
    const key = issueOf(facts);
    if (key !== issue || held.length >= MAX_HELD_PAGES) {
      if (held.length > 0) yield { pages: held, join: true };
      held = [];
      issue = key;
    }
    const jumps = facts.jumps ?? [];
    if (held.length > 0 || jumps.some(([direction]) => direction === 'out')) {
      held.push(page);
    } else if (jumps.length > 0) {
      yield { pages: [page], join: true }; // nothing earlier to join with: report its markers
    } else {
      yield { pages: [page], join: false };
    }
  }
  if (held.length > 0) yield { pages: held, join: true };
}

/**
 * The issue a page belongs to: its date. Undated pages are taken to belong to
 * the issue of the pages beside them in their folder (exports keep an issue's
 * pages together), and are matched by the order of the pages.
 */
function issueOf({ file, date }: JoinFacts): string {
  if (date) return `date ${date}`;
  return `folder ${file.slice(0, file.lastIndexOf('/') + 1)}`;
}

interface Part {
  page: number;
  article: number;
  jump: PageJump;
}

/** Join the continued stories of one issue's pages (in page order): the pages' results after the join. */
export function joinIssue(pages: PageOutcome[], extract: FacetExtractor): PageResult[] {
  if (pages.length === 0) return [];
  const edits = pages.map(() => new PageEdit());
  const outs: Part[] = [];
  const ins: Part[] = [];
  pages.forEach((p, page) => {
    for (const jump of p.result.jumps ?? []) {
      (jump.direction === 'out' ? outs : ins).push({ page, article: jump.article ?? -1, jump });
    }
  });

  const used = new Set<Part>();
  const owner = new Map<string, { page: number; article: number }>();
  const merged = new Map<string, Article>();
  const keyOf = (page: number, article: number) => `${page}:${article}`;
  const articleAt = (page: number, article: number) =>
    merged.get(keyOf(page, article)) ?? pages[page]!.result.articles[article]!;

  for (const out of outs) {
    if (out.article < 0) {
      edits[out.page]!.warnings.push(
        `${fileOf(pages, out)}:${out.jump.line}: ${out.jump.marker} follows no story on this page; the marker was removed.`,
      );
      continue;
    }
    const cont = partnerOf(out, ins, used, pages);
    if (!cont) {
      edits[out.page]!.warnings.push(unmatchedOut(out, pages, articleAt(out.page, out.article)));
      continue;
    }
    used.add(cont);
    const head = owner.get(keyOf(out.page, out.article)) ?? {
      page: out.page,
      article: out.article,
    };
    const before = articleAt(head.page, head.article);
    const { article, seam } = joinParts(before, articleAt(cont.page, cont.article), extract);
    merged.set(keyOf(head.page, head.article), article);
    owner.set(keyOf(cont.page, cont.article), head);
    edits[cont.page]!.removed.set(cont.article, article.id);
    const detail = `「${article.title}」: ${fileOf(pages, out)}:${out.jump.line} ${out.jump.marker} + ${fileOf(pages, cont)}:${cont.jump.line} ${cont.jump.marker}${seam ? '; the paragraph cut at the page edge is joined' : ''}`;
    edits[head.page]!.repairs.push({
      kind: 'joined-continuation',
      articleId: article.id,
      detail,
      line: out.jump.line,
    });
    if (cont.page !== head.page)
      edits[cont.page]!.repairs.push({
        kind: 'joined-continuation',
        articleId: article.id,
        detail,
        line: cont.jump.line,
      });
  }
  for (const part of ins) {
    if (used.has(part)) continue;
    edits[part.page]!.warnings.push(unmatchedIn(part, pages));
  }
  for (const [key, article] of merged) {
    const [page, index] = key.split(':').map(Number) as [number, number];
    edits[page]!.replaced.set(index, article);
  }
  return pages.map((p, i) => edits[i]!.apply(p));
}

/**
 * The incoming part for an outgoing one: on the page it names, naming the
 * outgoing part's page. Where a page's number is unknown (no pages.json entry,
 * no 版次 in its header), the incoming part must come later in page order.
 * Several candidates (two stories from page 1 on page 2): the one whose
 * repeated headline shares most with the story's, else the nearest.
 */
function partnerOf(
  out: Part,
  ins: Part[],
  used: Set<Part>,
  pages: PageOutcome[],
): Part | undefined {
  const from = pages[out.page]!.result.report.page;
  const candidates = ins.filter((part) => {
    const to = pages[part.page]!.result.report.page;
    const numbered = to?.number !== undefined && from?.number !== undefined;
    return (
      !used.has(part) &&
      part.article >= 0 &&
      (numbered ? part.page !== out.page : part.page > out.page) &&
      (to?.number === undefined || to.number === out.jump.page) &&
      (from?.number === undefined || from.number === part.jump.page) &&
      (!from?.paper || !to?.paper || from.paper === to.paper)
    );
  });
  if (candidates.length <= 1) return candidates[0];
  const story = pages[out.page]!.result.articles[out.article]!;
  const score = (part: Part) => {
    const cont = pages[part.page]!.result.articles[part.article]!;
    return cont.untitled ? 0 : sharedBigrams(story.headlines.join(''), cont.headlines.join(''));
  };
  return candidates.reduce((best, part) => (score(part) > score(best) ? part : best));
}

function sharedBigrams(a: string, b: string): number {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < a.length; i++) grams.add(a.slice(i, i + 2));
  let n = 0;
  for (let i = 0; i + 1 < b.length; i++) if (grams.has(b.slice(i, i + 2))) n++;
  return n;
}

/** One article from two parts: the first part's headlines and byline, the paragraphs in order. */
function joinParts(
  head: Article,
  cont: Article,
  extract: FacetExtractor,
): { article: Article; seam: boolean } {
  const last = head.paragraphs.at(-1);
  const seam = last !== undefined && cont.paragraphs.length > 0 && !endsSentence(last);
  const paragraphs = seam
    ? [...head.paragraphs.slice(0, -1), last + cont.paragraphs[0]!, ...cont.paragraphs.slice(1)]
    : [...head.paragraphs, ...cont.paragraphs];
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  const source = head.source ?? cont.source;
  return {
    seam,
    article: {
      ...head,
      byline: mergeBylines(head.byline, cont.byline),
      ...(source ? { source } : {}),
      paragraphs,
      truncated: cont.truncated,
      ...extract({ headlines: head.headlines, paragraphs }),
      readingMinutes: Math.max(1, Math.round(chars / CHARS_PER_MINUTE)),
    },
  };
}

function mergeBylines(a: Byline, b: Byline): Byline {
  const merge = (x: string[], y: string[]) => [...x, ...y.filter((n) => !x.includes(n))];
  return {
    reporters: merge(a.reporters, b.reporters),
    correspondents: merge(a.correspondents, b.correspondents),
    photographers: merge(a.photographers, b.photographers),
    authors: merge(a.authors, b.authors),
    raw: [...a.raw, ...b.raw],
  };
}

function fileOf(pages: PageOutcome[], part: Part): string {
  return pages[part.page]!.file;
}

function issueName(pages: PageOutcome[], part: Part): string {
  const date = pages[part.page]!.result.report.page?.date;
  return date
    ? `the ${date} issue`
    : 'its issue (the page has no date or 版次: give them in pages.json to match pages by number)';
}

function hasPage(pages: PageOutcome[], number: number): boolean {
  return pages.some((p) => p.result.report.page?.number === number);
}

function unmatchedOut(out: Part, pages: PageOutcome[], story: Article): string {
  const where = hasPage(pages, out.jump.page)
    ? `page ${out.jump.page} of ${issueName(pages, out)} has no matching 上接 marker`
    : `page ${out.jump.page} of ${issueName(pages, out)} is not in the input`;
  return `${fileOf(pages, out)}:${out.jump.line}: 「${story.title}」 continues on page ${out.jump.page} (${out.jump.marker}), but ${where}; the marker was removed and the story ends where this page ends${story.truncated ? ' (marked truncated)' : ''}.`;
}

function unmatchedIn(part: Part, pages: PageOutcome[]): string {
  const file = fileOf(pages, part);
  if (part.article < 0)
    return `${file}:${part.jump.line}: ${part.jump.marker} has no text under it; the marker was removed.`;
  const story = pages[part.page]!.result.articles[part.article]!;
  const where = hasPage(pages, part.jump.page)
    ? `no story on page ${part.jump.page} of ${issueName(pages, part)} continues here`
    : `page ${part.jump.page} of ${issueName(pages, part)} is not in the input`;
  return `${file}:${part.jump.line}: the text under ${part.jump.marker} continues a story from page ${part.jump.page}, but ${where}; the marker was removed and the text is kept as a story of its own, 「${story.title}」.`;
}

/** What the join changes on one page, applied to a copy of its result. */
class PageEdit {
  /** Articles whose text now lives in an article on an earlier page: index → that article's id. */
  readonly removed = new Map<number, string>();
  readonly replaced = new Map<number, Article>();
  readonly repairs: Repair[] = [];
  readonly warnings: string[] = [];

  apply({ result }: PageOutcome): PageResult {
    const rest = { ...result };
    delete rest.jumps; // consumed here
    const gone = new Map(
      [...this.removed].map(([index, into]) => [result.articles[index]!.id, into]),
    );
    const articles = result.articles
      .map((a, i) => this.replaced.get(i) ?? a)
      .filter((_, i) => !this.removed.has(i))
      .map((a, order) => (a.origin.order === order ? a : { ...a, origin: { ...a.origin, order } }));
    const report: PageReport = {
      ...result.report,
      articles: articles.map((a) => a.id),
      repairs: [...result.report.repairs.map((r) => movedTo(r, gone)), ...this.repairs],
      dropped: result.report.dropped.map((d) => movedTo(d, gone)),
      warnings: [...result.report.warnings, ...this.warnings],
    };
    return { ...rest, articles, report };
  }
}

/** Report entries about a continued part now point at the article it joined. */
function movedTo<T extends { articleId?: string }>(entry: T, gone: Map<string, string>): T {
  const into = entry.articleId === undefined ? undefined : gone.get(entry.articleId);
  return into ? { ...entry, articleId: into } : entry;
}
