/**
 * Typed path helpers of the 版面 views (issues and pages): links to them and their
 * route params, checked. Apart from paths.ts so the list's first view carries
 * only the route patterns, not what the lazy views and the reading pane use. Pure.
 */
import { parsePeriod } from './periods';

export const issuePath = (date: string): string => `/issues/${date}`;
export const pagePath = (date: string, page: number): string => `/issues/${date}/${page}`;
export const pageArticlePath = (date: string, page: number, id: string): string =>
  `/issues/${date}/${page}/articles/${encodeURIComponent(id)}`;

/** Route params of the 版面 views, checked: a real day, a page number 1–999. */
export function parseIssueParams(params: {
  date?: string | undefined;
  page?: string | undefined;
}): {
  date: string | undefined;
  page: number | undefined;
} {
  const date = params.date && params.date.length === 10 ? parsePeriod(params.date) : undefined;
  const page = params.page && /^[1-9]\d{0,2}$/.test(params.page) ? Number(params.page) : undefined;
  return { date, page };
}
