/**
 * The 版面 index: for every day that has dated articles, its pages (版) and
 * their stories in print order, plus a calendar of the days. Fed one article
 * at a time with its corpus position (the ingest feeds it from page summaries,
 * so an incremental build loads no page for it); holds one short JSON string
 * per dated article (id, position, headlines) until `files()`, not the text.
 *
 * Pages are keyed by their printed number; pages of one day that share a
 * number are one page (stories in input order), and pages with no number
 * follow the numbered ones, numbered by their place (printed: false).
 */
import type { CalendarFile, IssueFile, IssuePage, IssueStory } from '../../shared/issue-files';
import type { Article } from '../../shared/schema';

interface PageDraft {
  file: string;
  number: number | undefined;
  name: string | undefined;
  paper: string | undefined;
  /** Each story as its JSON text (an IssueStory): a string holds far less than the object. */
  stories: string[];
}

/** What the 版面 index needs of an article (an Article has it all). */
export type IssueArticle = Pick<
  Article,
  'id' | 'date' | 'page' | 'headlines' | 'headlineRoles' | 'kind'
> & { origin: Pick<Article['origin'], 'file'> };

export class IssueIndexBuilder {
  /** Date → pages in arrival order (input order: by page number, then file name). */
  private readonly issues = new Map<string, PageDraft[]>();

  add(position: number, article: IssueArticle): void {
    const { date } = article;
    if (!date) return;
    let pages = this.issues.get(date);
    if (!pages) this.issues.set(date, (pages = []));
    const file = article.origin.file;
    let page = pages.find((p) => p.file === file);
    if (!page) {
      page = {
        file,
        number: article.page?.number,
        name: article.page?.name,
        paper: article.page?.paper,
        stories: [],
      };
      pages.push(page);
    }
    const story: IssueStory = {
      id: article.id,
      index: position,
      headlines: article.headlines,
      roles: article.headlineRoles,
      kind: article.kind,
    };
    page.stories.push(JSON.stringify(story));
  }

  get count(): number {
    return this.issues.size;
  }

  /** calendar.json and one `<date>.json` per issue, in date order. */
  *files(): Generator<{ name: string; content: string }> {
    const dates = [...this.issues.keys()].sort();
    const calendar: CalendarFile = { dates, pages: [], stories: [] };
    for (const [i, date] of dates.entries()) {
      const pages = pagesOf(this.issues.get(date)!);
      calendar.pages.push(pages.length);
      calendar.stories.push(pages.reduce((n, p) => n + p.stories.length, 0));
      const issue: Omit<IssueFile, 'pages'> = {
        date,
        ...(i > 0 ? { prev: dates[i - 1]! } : {}),
        ...(i < dates.length - 1 ? { next: dates[i + 1]! } : {}),
      };
      // The stories are JSON already: splice them in rather than parse and stringify again.
      const pageTexts = pages.map(({ stories, ...page }) =>
        JSON.stringify(page).replace(/\}$/, `,"stories":[${stories.join(',')}]}`),
      );
      yield {
        name: `${date}.json`,
        content: JSON.stringify(issue).replace(/\}$/, `,"pages":[${pageTexts.join(',')}]}`),
      };
    }
    yield { name: 'calendar.json', content: JSON.stringify(calendar) };
  }
}

type PageText = Omit<IssuePage, 'stories'> & { stories: string[] };

function pagesOf(drafts: PageDraft[]): PageText[] {
  const byNumber = new Map<number, PageText>();
  const unnumbered: PageDraft[] = [];
  for (const d of drafts) {
    if (d.number === undefined || d.number < 0) {
      unnumbered.push(d);
      continue;
    }
    const page = byNumber.get(d.number);
    if (page) {
      page.stories.push(...d.stories);
      page.name ??= d.name;
      continue;
    }
    byNumber.set(d.number, {
      number: d.number,
      printed: true,
      ...(d.name ? { name: d.name } : {}),
      ...(d.paper ? { paper: d.paper } : {}),
      stories: [...d.stories],
    });
  }
  const pages = [...byNumber.values()].sort((a, b) => a.number - b.number);
  let next = (pages.at(-1)?.number ?? 0) + 1;
  for (const d of unnumbered) {
    pages.push({
      number: next++,
      printed: false,
      ...(d.name ? { name: d.name } : {}),
      ...(d.paper ? { paper: d.paper } : {}),
      stories: d.stories,
    });
  }
  return pages;
}
