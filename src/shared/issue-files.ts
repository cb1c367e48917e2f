/**
 * The 版面 family (`issues-<hash>/`): one file per issue (day) with its pages and
 * their stories in print order, and calendar.json listing the issues. Only the
 * 版面 views load these, so their schemas stay out of the app's first view.
 */
import { z } from 'zod/mini';
import type { ArchiveManifest } from './archive-bundle';
import { headlineRoleSchema, isoDateSchema } from './schema';

const count = z.number();

/** One story as its page printed it: headlines with their roles, for the 版面 view. */
export const issueStorySchema = z.object({
  id: z.string(),
  /** Corpus position. */
  index: count,
  headlines: z.array(z.string()),
  roles: z.array(headlineRoleSchema),
  kind: z.enum(['news', 'photo']),
});
export type IssueStory = z.infer<typeof issueStorySchema>;

export const issuePageSchema = z.object({
  /** The 版 number: as printed when `printed`, else the page's place in the issue. */
  number: count,
  printed: z.boolean(),
  name: z.optional(z.string()),
  paper: z.optional(z.string()),
  /** In print order. */
  stories: z.array(issueStorySchema),
});
export type IssuePage = z.infer<typeof issuePageSchema>;

/** `issues-<hash>/<date>.json`: one day's pages, with the neighbouring issues' dates. */
export const issueFileSchema = z.object({
  date: isoDateSchema,
  prev: z.optional(isoDateSchema),
  next: z.optional(isoDateSchema),
  pages: z.array(issuePageSchema),
});
export type IssueFile = z.infer<typeof issueFileSchema>;

/** `issues-<hash>/calendar.json`: every issue's date, page count and story count, in date order. */
export const calendarFileSchema = z.object({
  dates: z.array(isoDateSchema),
  pages: z.array(count),
  stories: z.array(count),
});
export type CalendarFile = z.infer<typeof calendarFileSchema>;

export const CALENDAR_FILE = 'calendar.json';

/** `null` when the archive has no issues (no dates). */
export const issueFilePath = (m: ArchiveManifest, date: string) =>
  m.issues ? `${m.issues.years?.[date.slice(0, 4)] ?? m.issues.dir}/${date}.json` : null;
export const calendarFilePath = (m: ArchiveManifest) =>
  m.issues ? `${m.issues.dir}/${CALENDAR_FILE}` : null;
