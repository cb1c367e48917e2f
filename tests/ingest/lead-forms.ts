/**
 * Rewrite a seed page so each news story is credited in another of the forms
 * real union news uses: other datelines, other outlets, a byline above the
 * text, names or a source at the end, or nothing at all. Where each story's
 * lead, text and end are is read from the seed text and the hand-checked
 * fixtures, never from the parser under test; the test then expects the same
 * articles, with the credit in the byline or the source.
 */
import type { ExpectedArticle, ExpectedPage } from './seed-fixtures';

export interface Credit {
  reporters: string[];
  correspondents: string[];
}

/** What a form moves into the article besides the unchanged text. */
export interface FormResult {
  reporters: string[];
  correspondents: string[];
  authors: string[];
  /** Added to the story's own photographers. */
  photographers: string[];
  source?: string;
  dateline: string;
}

interface LeadForm {
  name: string;
  /** Replaces 本报讯（…） at the start of the lead line ('' leaves the text bare). */
  lead?: (c: Credit) => string;
  /** A line printed between the headline and the text. */
  above?: (c: Credit) => string;
  /** Printed after the story's last line: on its own line, or appended to that line. */
  end?: (c: Credit) => { text: string; ownLine: boolean };
  result: (c: Credit) => FormResult;
}

const join = (names: string[]) => names.join(' ');
const roles = (c: Credit) =>
  [
    c.reporters.length ? `记者 ${join(c.reporters)}` : '',
    c.correspondents.length ? `通讯员 ${join(c.correspondents)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
const none = (dateline = ''): FormResult => ({
  reporters: [],
  correspondents: [],
  authors: [],
  photographers: [],
  dateline,
});
const same = (c: Credit, dateline = ''): FormResult => ({
  ...none(dateline),
  reporters: c.reporters,
  correspondents: c.correspondents,
});

export const LEAD_FORMS: LeadForm[] = [
  {
    name: '本报讯（记者 X）',
    lead: (c) => `本报讯（${roles(c)}）`,
    result: (c) => same(c, '本报讯'),
  },
  { name: '本报讯(记者 X)', lead: (c) => `本报讯(${roles(c)})`, result: (c) => same(c, '本报讯') },
  { name: '本报讯 with no credit', lead: () => '本报讯 ', result: () => none('本报讯') },
  {
    name: '本报北京2月10日讯（记者 X）',
    lead: (c) => `本报北京2月10日讯（${roles(c)}）`,
    result: (c) => same(c, '本报北京2月10日讯'),
  },
  { name: '本报2月10日电', lead: () => '本报2月10日电 ', result: () => none('本报2月10日电') },
  {
    name: '中工网讯（…）',
    lead: (c) => `中工网讯（${roles(c)}）`,
    result: (c) => same(c, '中工网讯'),
  },
  {
    name: '新华社北京2月10日电（记者 X）',
    lead: (c) => `新华社北京2月10日电（${roles(c)}）`,
    result: (c) => same(c, '新华社北京2月10日电'),
  },
  {
    name: '工人日报-中工网记者 X 通讯员 Y',
    lead: (c) => `工人日报-中工网${roles(c)} `,
    result: (c) => same(c),
  },
  {
    name: '据X报道',
    lead: () => '据《劳动午报》报道，',
    result: () => ({ ...none('据《劳动午报》报道'), source: '劳动午报' }),
  },
  {
    name: '□本报记者 X above',
    lead: () => '',
    above: (c) => `□本报${roles(c)}`,
    result: (c) => same(c),
  },
  {
    name: '本报记者 X 通讯员 Y above',
    lead: () => '',
    above: (c) => `本报${roles(c)}`,
    result: (c) => same(c),
  },
  { name: '记者 X above', lead: () => '', above: (c) => roles(c), result: (c) => same(c) },
  {
    name: '文/X above',
    lead: () => '',
    above: (c) => `文/${join(c.reporters)}`,
    result: (c) => ({ ...none(), authors: c.reporters }),
  },
  {
    name: '文·图/X above',
    lead: () => '',
    above: (c) => `文·图/${join(c.reporters)}`,
    result: (c) => ({ ...none(), authors: c.reporters, photographers: c.reporters }),
  },
  {
    name: '（X Y） at the end',
    lead: () => '',
    end: (c) => ({ text: `（${join([...c.reporters, ...c.correspondents])}）`, ownLine: false }),
    result: (c) => ({ ...none(), authors: [...c.reporters, ...c.correspondents] }),
  },
  {
    name: '（特约记者 X） on the last line',
    lead: () => '',
    end: (c) => ({ text: `（特约记者 ${join(c.reporters)}）`, ownLine: true }),
    result: (c) => ({ ...none(), reporters: c.reporters }),
  },
  {
    name: '本报记者 X on the last line',
    lead: () => '',
    end: (c) => ({ text: `本报${roles(c)}`, ownLine: true }),
    result: (c) => same(c),
  },
  {
    name: '（来源：X） on the last line',
    lead: () => '',
    end: () => ({ text: '（来源：北京市总工会）', ownLine: true }),
    result: () => ({ ...none(), source: '北京市总工会' }),
  },
  {
    name: '来源：X on the last line',
    lead: () => '',
    end: () => ({ text: '来源：劳动午报', ownLine: true }),
    result: () => ({ ...none(), source: '劳动午报' }),
  },
  {
    name: '（北京邮政工会） after the text',
    lead: () => '',
    end: () => ({ text: '（北京邮政工会）', ownLine: false }),
    result: () => ({ ...none(), source: '北京邮政工会' }),
  },
  { name: 'no dateline and no byline', lead: () => '', result: () => none() },
];

const LEAD = /^本报讯（([^）]*)）\s*/u;

export interface RewrittenStory {
  article: ExpectedArticle;
  form: string;
  result: FormResult;
}

/**
 * The seed page with news story i (in print order) credited in form
 * (i + offset) mod the number of forms. Photo items keep their credits.
 */
export function rewriteLeads(
  text: string,
  expected: ExpectedPage,
  offset: number,
): { text: string; stories: RewrittenStory[] } {
  const lines = text.split('\n');
  const out = [...lines];
  const inserts = new Map<number, string[]>();
  const appends = new Map<number, string>();
  const stories: RewrittenStory[] = [];
  let cursor = 0;
  let newsIndex = 0;
  expected.articles.forEach((article, k) => {
    if (article.kind !== 'news') {
      stories.push({ article, form: 'photo item', result: none() });
      return;
    }
    const leadLine = lines.findIndex((l, i) => i >= cursor && LEAD.test(l.trim()));
    cursor = leadLine + 1;
    const credit = {
      reporters: article.byline.reporters,
      correspondents: article.byline.correspondents,
    };
    let form = LEAD_FORMS[(newsIndex++ + offset) % LEAD_FORMS.length]!;
    // A story cut off mid-sentence has no end to print names after.
    if (form.end && article.truncated) form = LEAD_FORMS[0]!;
    const bare = lines[leadLine]!.trim().replace(LEAD, '');
    out[leadLine] = `${form.lead ? form.lead(credit) : ''}${bare}`;
    if (form.above) inserts.set(leadLine, [form.above(credit), '']);
    if (form.end) {
      const last = lastLineOf(lines, leadLine, expected, k);
      const end = form.end(credit);
      // Names follow the last sentence; after a photo credit line they get their own line.
      if (end.ownLine || !/[。！？][”’）]*$/u.test(lines[last]!.trim())) {
        inserts.set(last + 1, ['', end.text]);
      } else appends.set(last, end.text);
    }
    stories.push({ article, form: form.name, result: form.result(credit) });
  });
  const rebuilt: string[] = [];
  out.forEach((line, i) => {
    // A byline above goes before the lead line; a closing line after the story's last line.
    if (inserts.has(i)) rebuilt.push(...inserts.get(i)!);
    rebuilt.push(appends.has(i) ? `${line.trimEnd()}${appends.get(i)}` : line);
  });
  if (inserts.has(out.length)) rebuilt.push(...inserts.get(out.length)!);
  return { text: rebuilt.join('\n'), stories };
}

/**
 * The last printed line of story k: the last non-blank line before the next
 * story's headline (or the page's orphan heading, or its end).
 */
function lastLineOf(lines: string[], leadLine: number, expected: ExpectedPage, k: number): number {
  const next = expected.articles[k + 1];
  const stops = new Set([next?.headlines[0], ...expected.orphanHeadings].filter(Boolean));
  let boundary = lines.length;
  for (let i = leadLine + 1; i < lines.length; i++) {
    if (stops.has(lines[i]!.trim())) {
      boundary = i;
      break;
    }
  }
  let last = boundary - 1;
  while (last > leadLine && lines[last]!.trim() === '') last--;
  return last;
}
