/**
 * One page through the pipeline: decode → normalise → furniture → segment →
 * repair → extract. Pure apart from hashing; the caller does the file I/O.
 * Every line of the input ends up in an article or in the page report. Parts
 * of stories continued on other pages are joined later, across pages
 * (join-continuations.ts).
 */
import type { Article, Dropped, PageReport, Repair } from '../../shared/schema';
import type { PageFacts } from '../input/list-pages';
import { decodePage, PageDecodeError } from '../normalize/decode';
import { normalizePage } from '../normalize/punctuation';
import type { RawArticle } from '../segment/segment-page';
import { readFurniture } from '../segment/furniture';
import { segmentWithJumps, type PageJump } from '../segment/jump-sections';
import { CreditCollector } from '../repair/credits';
import { headlineRoles, joinBrokenHeadlines, titleOf } from '../repair/headlines';
import { dropRepeats, isTruncated, joinColumnBreaks, RepeatMemory } from '../repair/paragraphs';
import { titleFromFirstSentence } from '../repair/untitled';
import { splitTrailingCredit } from '../segment/credit-lines';
import { articleId } from './article-id';
import { furnitureDropped, headerDisagreements, publicationOf, resolvePage } from './page-metadata';
import { jumpDropped, warningsExplainedByJumps } from './page-jumps';

export interface FacetInput {
  headlines: string[];
  paragraphs: string[];
  /** The credited outlet or unit (（北京邮政工会）, 来源：X), when the story prints one. */
  source?: string;
}
export type FacetExtractor = (
  input: FacetInput,
) => Pick<
  Article,
  'districts' | 'unions' | 'unionRefs' | 'eventTypes' | 'eventEvidence' | 'campaigns'
>;

export interface PageInput {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  bytes: Uint8Array;
  /** Date (pages.json or path, with its source), page number, name and paper. */
  meta?: PageFacts;
  banners: ReadonlySet<string>;
  extract: FacetExtractor;
}

export interface PageResult {
  articles: Article[];
  report: PageReport;
  /** Jump markers (下转/上接) by article index, for the corpus-wide join. */
  jumps?: PageJump[];
}

const LARGE_PAGE_BYTES = 2 * 1024 * 1024;
export const CHARS_PER_MINUTE = 400;

/** A page's report before anything is known about it. */
export function emptyPageReport(file: string): PageReport {
  return {
    file,
    encoding: 'unknown',
    lines: 0,
    articles: [],
    banner: [],
    orphanHeadings: [],
    repairs: [],
    dropped: [],
    warnings: [],
  };
}

export function ingestPage(input: PageInput): PageResult {
  const report = emptyPageReport(input.file);
  if (input.bytes.length === 0) {
    report.error = `${input.file}: the file is empty. Remove it or export the page again.`;
    return { articles: [], report };
  }
  let text: string;
  try {
    const decoded = decodePage(input.bytes);
    text = decoded.text;
    report.encoding = decoded.encoding;
  } catch (error) {
    if (!(error instanceof PageDecodeError)) throw error;
    report.error = `${input.file}: ${error.message}. Only plain-text pages (.txt) can be read; remove the file or export it as text.`;
    return { articles: [], report };
  }
  if (input.bytes.length > LARGE_PAGE_BYTES) {
    report.warnings.push(
      `${input.file}: ${(input.bytes.length / 1048576).toFixed(1)} MB is unusually large for one printed page; check that several pages were not saved into one file.`,
    );
  }

  const { lines, halfWidthFixes } = normalizePage(text);
  report.lines = lines.length === 0 ? 0 : lines[lines.length - 1]!.no;
  if (halfWidthFixes > 0) {
    report.repairs.push({
      kind: 'punctuation-normalised',
      detail: `${halfWidthFixes} half-width punctuation marks turned into full-width`,
    });
  }

  const furniture = readFurniture(lines, input.banners);
  report.dropped.push(...furnitureDropped(furniture.furniture));
  if (Object.keys(furniture.header).length > 0) report.header = furniture.header;
  const printed = resolvePage(input.meta, furniture.header);
  if (printed) report.page = printed;
  report.warnings.push(...headerDisagreements(input.file, input.meta, furniture.header));

  const { page, jumps } = segmentWithJumps(furniture.lines, input.banners);
  report.banner = page.banner.map((l) => l.text);
  report.orphanHeadings = page.orphanHeadings.map((l) => l.text);
  for (const l of page.banner) {
    report.dropped.push({
      kind: 'banner',
      text: l.text,
      line: l.no,
      reason: 'page banner, not a headline',
    });
  }
  for (const l of page.orphanHeadings) {
    report.dropped.push({
      kind: 'orphan-heading',
      text: l.text,
      line: l.no,
      reason: 'heading with no story under it',
    });
  }
  for (const l of page.unassigned) {
    report.dropped.push({
      kind: 'unassigned-text',
      text: l.text,
      line: l.no,
      reason: 'a source or editor line before the first story on the page',
    });
  }
  for (const l of page.siteChrome) {
    report.dropped.push({
      kind: 'unassigned-text',
      text: l.text,
      line: l.no,
      reason: 'website navigation or tool line, not part of a story',
    });
  }
  if (page.articles.length === 0) {
    report.warnings.push(
      `${input.file}: no article found (no text, only headings or credits). Check that this is a page of news text.`,
    );
  }

  const memory = new RepeatMemory();
  const articles = page.articles.map((raw, order) => {
    const built = buildArticle(raw, order, input, memory, publicationOf(printed));
    report.articles.push(built.article.id);
    report.repairs.push(...built.repairs);
    report.dropped.push(...built.dropped);
    report.warnings.push(...warningsExplainedByJumps(built.warnings, jumps, order));
    return built.article;
  });
  report.dropped.push(...jumpDropped(jumps, articles));
  return { articles, report, ...(jumps.length > 0 ? { jumps } : {}) };
}

function buildArticle(
  raw: RawArticle,
  order: number,
  input: PageInput,
  memory: RepeatMemory,
  publication: Pick<Article, 'date' | 'dateSource' | 'page'>,
) {
  const warnings: string[] = [];
  const credits = new CreditCollector(raw.kind);
  for (const lead of [raw.lead, ...raw.secondLeads]) if (lead) credits.lead(lead);
  for (const m of raw.meta) credits.meta(m, m.line);
  for (const c of raw.credits) credits.credit(c.credit, c.lines[0]!);

  const { paragraphs: joined, joins } = joinColumnBreaks(raw.body);
  // Credits come off before repeats are compared: names printed after a
  // block that was printed twice still belong to the story.
  const uncredited = joined.map((p) => {
    const split = splitTrailingCredit(p.text);
    if (!split) return p;
    credits.credit(split.credit, p.lines.at(-1)!);
    return { ...p, text: split.body };
  });
  memory.startStory();
  const { kept: body, dropped: repeats } = dropRepeats(uncredited, memory);
  const paragraphs = body.map((p) => p.text);

  const brokenHeads = joinBrokenHeadlines(raw.headlines);
  const headlines = brokenHeads.lines.map((l) => l.text);
  const roles = headlineRoles(headlines);
  const firstLine = raw.headlines[0]?.no ?? raw.lead?.line ?? raw.body[0]?.no ?? 0;
  const untitled = headlines.length === 0;
  if (untitled) {
    const title = titleFromFirstSentence(paragraphs[0] ?? '') || '无标题';
    headlines.push(title);
    roles.push('title');
    credits.repairs.push({
      kind: 'untitled-story',
      detail: `no headline printed above this story; its first sentence gives the title「${title}」and stays in the text`,
      line: firstLine,
    });
  }
  const id = articleId(input.file, headlines, paragraphs[0] ?? '');
  const repairs: Repair[] = [...credits.repairs];
  for (const j of [...brokenHeads.joins, ...joins])
    repairs.push({ kind: 'joined-column-break', articleId: id, detail: j.seam, line: j.line });
  for (const r of repairs) r.articleId = id;
  const dropped: Dropped[] = credits.dropped.map((d) => ({ ...d, articleId: id }));
  for (const p of repeats) {
    dropped.push({
      kind: 'duplicate-block',
      text: p.text,
      line: p.lines[0]!,
      articleId: id,
      reason: `printed twice (lines ${p.lines.join(', ')})`,
    });
  }
  const truncated = isTruncated(body);
  if (truncated)
    warnings.push(
      `${input.file}:${body.at(-1)?.lines.at(-1)}: 「${titleOf(headlines, roles)}」 stops mid-sentence; marked truncated.`,
    );

  const source = credits.source;
  const facets = input.extract({ headlines, paragraphs, ...(source ? { source } : {}) });
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  const article: Article = {
    id,
    origin: { file: input.file, order },
    ...publication,
    headlines,
    headlineRoles: roles,
    title: titleOf(headlines, roles),
    untitled,
    // A story without a lead signed 摄影报道 after its text is a photo item too.
    kind: raw.kind === 'news' && !raw.lead && credits.photoReport ? 'photo' : raw.kind,
    byline: credits.byline,
    ...(source ? { source } : {}),
    dateline: raw.lead?.dateline ?? '',
    paragraphs,
    truncated,
    ...facets,
    readingMinutes: Math.max(1, Math.round(chars / CHARS_PER_MINUTE)),
  };
  return { article, repairs, dropped, warnings };
}
