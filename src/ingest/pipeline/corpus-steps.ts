/**
 * Corpus-wide decisions, made again on every build over every page in order,
 * from page summaries alone (so unchanged pages need not be loaded). Each
 * decision about a page is a small patch applied when the page's articles and
 * report are written; the patch is part of the keys that decide whether a
 * segment or a page's report text can be reused, so a decision that changes
 * invalidates exactly what it touches.
 *
 * Today: distinct ids (two identical stories keep both, the second as id-2).
 * A step that needs more of a page than its summary must add it to the
 * summary (prepare-page.ts), not keep state across pages in the page results.
 */
import type { Article, PageReport } from '../../shared/schema';
import type { PageSummary } from './prepare-page';

export interface PagePatch {
  /** Article order on the page → its final id. */
  renames: [number, string][];
  warnings: string[];
}

export class DistinctIds {
  private readonly seen = new Set<string>();
  renamed = 0;

  /** The next page's patch, in page order; `titleOf` is asked only for a renamed article. */
  next(file: string, summary: PageSummary, titleOf: (order: number) => string): PagePatch {
    const patch: PagePatch = { renames: [], warnings: [] };
    summary.articles.forEach((article, order) => {
      // Two identical stories on one page would share an id; keep both, distinctly.
      let id = article.id;
      for (let n = 2; this.seen.has(id); n++) id = `${article.id}-${n}`;
      if (id !== article.id) {
        patch.renames.push([order, id]);
        patch.warnings.push(
          `${file}: two stories titled 「${article.title ?? titleOf(order)}」 with the same opening; the second is ${id}.`,
        );
        this.renamed++;
      }
      this.seen.add(id);
    });
    return patch;
  }
}

export const finalId = (patch: PagePatch, order: number, id: string): string =>
  patch.renames.find(([o]) => o === order)?.[1] ?? id;

export function patchedArticle(article: Article, patch: PagePatch, order: number): Article {
  const id = finalId(patch, order, article.id);
  return id === article.id ? article : { ...article, id };
}

export function patchedReport(report: PageReport, patch: PagePatch): PageReport {
  if (patch.renames.length === 0) return report;
  return {
    ...report,
    articles: report.articles.map((id, order) => finalId(patch, order, id)),
    warnings: [...report.warnings, ...patch.warnings],
  };
}
