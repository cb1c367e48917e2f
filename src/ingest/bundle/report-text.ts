/**
 * report.json is JSON.stringify(report, null, 1), written in pieces: the text
 * around the pages array, and each page's text, so unchanged pages can be
 * copied from the previous build's file (assembled-file.ts) byte for byte.
 * The pieces put together are exactly what JSON.stringify would write.
 */
import type { IngestReport, PageReport } from '../../shared/schema';

/** Between two page texts in the pages array. */
export const PAGE_SEPARATOR = ',\n  ';

/** One page's text as it sits in the pages array (two levels deep). */
export function pageReportText(page: PageReport): string {
  return JSON.stringify(page, null, 1).replaceAll('\n', '\n  ');
}

/** The report's text before and after its (non-empty) pages array. */
export function reportFrame(report: Omit<IngestReport, 'pages'>): {
  before: string;
  after: string;
} {
  const marker = `pages-${Math.random().toString(36).slice(2)}`;
  const { version, generatedAt, input, warnings, totals, build } = report;
  const framed = { version, generatedAt, input, warnings, pages: [marker], totals, build };
  const text = JSON.stringify(framed, null, 1);
  const at = text.indexOf(`"${marker}"`);
  return { before: text.slice(0, at), after: text.slice(at + marker.length + 2) };
}
