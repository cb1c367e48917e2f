/**
 * The archive's date families (docs/decisions/0011-archive.md): the date column
 * (`dates-<hash>/dates.bin`, the timeline and date order) and the 版面 index
 * (`issues-<hash>/`, one file per day and a calendar). Both are small next to
 * the segmented families (the column is well under a byte per article; an
 * issue file a few KB), so every build writes them whole from what it keeps
 * about every article anyway (page summaries: date, 版, headlines), like the
 * facet columns: no page is loaded for them. Undated archives get neither.
 */
import { DATES_FILE, type ArchiveManifest } from '../../shared/archive-bundle';
import { CALENDAR_FILE } from '../../shared/issue-files';
import { DateColumnBuilder } from './date-column-builder';
import type { FamilyFolder } from './family-folder';
import { IssueIndexBuilder, type IssueArticle } from './issue-index-builder';

/** Writes a family folder with `write` and returns its name. */
export type WriteFamily = (name: string, write: (folder: FamilyFolder) => void) => string;

export class ArchiveFamilies {
  private readonly dates = new DateColumnBuilder();
  private readonly issues = new IssueIndexBuilder();

  /** The next article, in corpus order. */
  add(position: number, article: IssueArticle): void {
    this.dates.add(position, article.date);
    this.issues.add(position, article);
  }

  /** Writes both families when some article is dated; returns their manifest sections. */
  write(family: WriteFamily): Pick<ArchiveManifest, 'dates' | 'issues'> {
    const summary = this.dates.summary();
    if (!summary) return {};
    const datesDir = family('dates', (f) => f.write(DATES_FILE, this.dates.encode()));
    // A folder per year for the day files, so a daily build rewrites (and a CDN
    // uploads) this year's folder and the calendar, not every day ever printed.
    const byYear = new Map<string, { name: string; content: string }[]>();
    let calendar = '';
    for (const file of this.issues.files()) {
      if (file.name === CALENDAR_FILE) calendar = file.content;
      else {
        const year = file.name.slice(0, 4);
        const files = byYear.get(year) ?? [];
        files.push(file);
        byYear.set(year, files);
      }
    }
    const years: Record<string, string> = {};
    for (const [year, files] of [...byYear].sort(([a], [b]) => a.localeCompare(b))) {
      years[year] = family(`issues${year}`, (f) => {
        for (const { name, content } of files) f.write(name, content);
      });
    }
    const issuesDir = family('issues', (f) => f.write(CALENDAR_FILE, calendar));
    return {
      dates: { ...summary, parts: [{ dir: datesDir, start: 0, count: this.dates.size }] },
      issues: { dir: issuesDir, count: this.issues.count, years },
    };
  }
}
