import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  calendarFilePath,
  calendarFileSchema,
  issueFilePath,
  issueFileSchema,
  type CalendarFile,
  type IssueFile,
} from '../../shared/issue-files';
import { manifestQueryOptions } from '../articles/manifest-query';
import { BundleError, isBundleError } from '../shared/bundle-error';
import { fetchDataJson } from '../shared/fetch-data';

async function fetchIssue(
  client: QueryClient,
  date: string,
  signal: AbortSignal,
): Promise<IssueFile | null> {
  const manifest = await client.ensureQueryData(manifestQueryOptions());
  const file = issueFilePath(manifest, date);
  const dates = manifest.dates;
  // No issues at all, or a day outside the archive: nothing to fetch.
  if (!file || !dates || date < dates.first || date > dates.last) return null;
  try {
    const issue = await fetchDataJson(file, issueFileSchema, signal);
    if (issue.date !== date) throw new BundleError('invalid', '版面数据与日期不符。', file);
    return issue;
  } catch (error) {
    // No file for a day: no issue was published that day.
    if (isBundleError(error) && error.kind === 'missing') return null;
    throw error;
  }
}

/** One day's issue: its pages and their stories in print order; `null` when there is no issue that day. */
export function issueQueryOptions(client: QueryClient, date: string) {
  return queryOptions({
    queryKey: ['archive', 'issue', date] as const,
    queryFn: ({ signal }) => fetchIssue(client, date, signal),
  });
}

async function fetchCalendar(client: QueryClient, signal: AbortSignal): Promise<CalendarFile> {
  const manifest = await client.ensureQueryData(manifestQueryOptions());
  const file = calendarFilePath(manifest);
  if (!file) return { dates: [], pages: [], stories: [] };
  const calendar = await fetchDataJson(file, calendarFileSchema, signal);
  if (
    calendar.dates.length !== manifest.issues?.count ||
    calendar.pages.length !== calendar.dates.length
  ) {
    throw new BundleError('invalid', '期号目录与清单不符。', file);
  }
  return calendar;
}

/** Every issue's date (and its page and story counts), for the calendar. */
export function calendarQueryOptions(client: QueryClient) {
  return queryOptions({
    queryKey: ['archive', 'calendar'] as const,
    queryFn: ({ signal }) => fetchCalendar(client, signal),
  });
}
