/**
 * Segment a normalised page into raw articles: which lines are the headline
 * group, the lead, the body and the credits of each story, plus what belongs
 * to no story (banner, orphan headings, stray credits). Nothing is dropped
 * here: every input line ends up in exactly one of the returned buckets.
 *
 * One pass over the lines, with a lookahead of at most a few lines. A story
 * starts at a lead (本报讯…), at a headline group over a lead, a byline, a
 * publication line or a photo credit, and at a headline group after a
 * finished story. See docs/decisions/0001-segmenting-pages.md.
 */
import type { NormalizedLine } from '../normalize/punctuation';
import { endsSentence } from '../normalize/punctuation';
import {
  isCutSentence,
  isNumberedSubhead,
  opensLikeNews,
  opensLikeParagraph,
  opensWithTime,
  type MetaLine,
} from './classify';
import { emptyPeople, looksLikeName } from './credit-grammar';
import { closesStory, splitTrailingCredit, type CreditLine } from './credit-lines';
import type { Lead } from './leads';
import { isBareDate, isNoticeTitle, isSalutation, isSigningUnit } from './site-lines';
import {
  holdsSeveralStories,
  indentsParagraphs,
  showsColumnBreaks,
  toUnits,
  type Unit,
} from './units';

export interface BodyLine extends NormalizedLine {
  /** A subheading inside a story: its own paragraph, never joined to its neighbours. */
  standalone?: boolean;
  /** Starts a paragraph even after an unfinished line (the text of a 又讯 item). */
  breakBefore?: boolean;
}

export interface PlacedCredit {
  credit: CreditLine;
  /** Input lines the credit was printed on (two for a credit broken over a line end). */
  lines: number[];
  /** Above the text (a byline), at the end of the story, or inside it (a photo credit). */
  position: 'above' | 'end' | 'inside';
}

export interface PlacedLead extends Lead {
  line: number;
  /** More than one line when a column break cut the lead (本报讯（记者 X 通讯员 / Y）…). */
  lines: number[];
}

export interface RawArticle {
  kind: 'news' | 'photo';
  headlines: NormalizedLine[];
  lead: PlacedLead | null;
  /** 又讯 items printed under this story's headline. */
  secondLeads: PlacedLead[];
  /** Body lines in print order (a lead's text is the first one). */
  body: BodyLine[];
  credits: PlacedCredit[];
  /** Publication lines (date, 来源, 作者) under the headline. */
  meta: (MetaLine & { line: number })[];
}

export interface SegmentedPage {
  banner: NormalizedLine[];
  articles: RawArticle[];
  orphanHeadings: NormalizedLine[];
  /** Lines before the first story that start none (a stray source or editor line): kept in the report. */
  unassigned: NormalizedLine[];
  /** Website navigation and tool lines (您所在的位置：…, 扫一扫…): kept in the report. */
  siteChrome: NormalizedLine[];
}

const MAX_HEADLINES = 3;
/** A photo item's text is one paragraph, maybe cut once by a column break. */
const MAX_PHOTO_BODY_LINES = { report: 4, plain: 2 };
/** Subheadings are short; a longer headline-shaped line inside a story is a cut sentence. */
const MAX_SUBHEAD = 16;
/** A title naming a place, then what happened there: 顺义高丽营镇：企业工会主席集中“充电”. */
const PLACE_TOPIC = /^[\u4e00-\u9fa5]{2,12}[：:][^，,：:]{4,}$/u;
/** How far ahead (in units) a feature's closing signature is looked for. */
const MAX_SIGNED_LOOKAHEAD = 60;
/** A headline without a lead: one phrase of 6–40 characters, or two phrases set apart by a space. */
const HEADLINE_LENGTH = { min: 6, max: 40, twoPhrases: 60 };

export function segmentPage(lines: NormalizedLine[], banners: ReadonlySet<string>): SegmentedPage {
  // A banner is only a banner at the top of the page; the same words lower
  // down (a recurring headline, say) are content.
  let top = 0;
  while (top < lines.length && banners.has(lines[top]!.text)) top++;
  const units = toUnits(lines.slice(top));
  const segmenter = new Segmenter(units, showsColumnBreaks(units));
  return { ...segmenter.run(), banner: lines.slice(0, top) };
}

/**
 * Where the pass stands: at the page start; right after a story's opening
 * (headline, byline, publication line or a lead without text), where text
 * follows; after text that stops mid-sentence or at a sentence end; or after
 * an explicit end (names, source, 摄影报道), where anything new is a new story.
 */
type State = 'start' | 'opening' | 'unfinished' | 'finished' | 'closed';

class Segmenter {
  private readonly articles: RawArticle[] = [];
  private readonly orphanHeadings: NormalizedLine[] = [];
  private readonly unassigned: NormalizedLine[] = [];
  private readonly siteChrome: NormalizedLine[] = [];
  private current: RawArticle | null = null;
  private state: State = 'start';
  /** The last unit was a body line (not a lead's text): only such a line's tail can be cut off into a kicker. */
  private lastWasBody = false;
  /** Publication lines printed before the page's first story. */
  private readonly pendingMeta: RawArticle['meta'] = [];
  /** The next body line starts a paragraph (after 又讯 printed on its own line). */
  private breakNext = false;

  /** The page evidently holds several stories (see holdsSeveralStories). */
  private readonly severalStories: boolean;
  /** The page indents its paragraphs and leaves headlines flush (see indentsParagraphs). */
  private readonly indentedPage: boolean;

  constructor(
    private readonly units: Unit[],
    /** The page shows column breaks elsewhere (see showsColumnBreaks). */
    private readonly columnBreaks: boolean,
  ) {
    this.severalStories = columnBreaks || holdsSeveralStories(units);
    this.indentedPage = indentsParagraphs(units);
  }

  run(): Omit<SegmentedPage, 'banner'> {
    let i = 0;
    while (i < this.units.length) {
      const unit = this.units[i]!;
      if (unit.type === 'headline' || this.takesForTitle(i)) {
        i = this.headlineRun(i);
        this.lastWasBody = false;
        continue;
      }
      this.single(unit);
      this.lastWasBody = unit.type === 'body';
      i++;
    }
    // A publication line with no story after it (a page of one date line) is kept too.
    if (this.pendingMeta.length > 0)
      this.unassigned.push(...this.pendingMeta.map((m) => ({ no: m.line, text: m.raw })));
    return {
      articles: this.articles,
      orphanHeadings: this.orphanHeadings,
      unassigned: this.unassigned,
      siteChrome: this.siteChrome,
    };
  }

  private start(kind: RawArticle['kind'], headlines: NormalizedLine[]): RawArticle {
    const article: RawArticle = {
      kind,
      headlines,
      lead: null,
      secondLeads: [],
      body: [],
      credits: [],
      meta: this.pendingMeta.splice(0),
    };
    this.articles.push(article);
    this.current = article;
    this.state = 'opening';
    return article;
  }

  private afterText(text: string, closes = false): void {
    this.state = closes ? 'closed' : endsSentence(text) ? 'finished' : 'unfinished';
  }

  private single(unit: Exclude<Unit, { type: 'headline' }>): void {
    switch (unit.type) {
      case 'body': {
        const article =
          this.state === 'start' || this.state === 'closed' || !this.current
            ? this.start('news', [])
            : this.current;
        // On a page that prints one paragraph per line (no column breaks), a
        // line without a sentence end is a paragraph of its own: a subheading
        // (一、思想引领有温度, 塘沽街道：…), a salutation (各直属基层工会：), a
        // list line. On a page that indents its paragraphs, an indent starts one.
        const own = !this.columnBreaks && !unit.closes && standsAlone(unit.line.text);
        const breakBefore =
          this.breakNext ||
          (this.indentedPage && unit.line.indented === true && article.body.length > 0);
        article.body.push(
          own
            ? { ...unit.line, standalone: true }
            : breakBefore
              ? { ...unit.line, breakBefore: true }
              : unit.line,
        );
        this.breakNext = false;
        if (own) this.state = 'finished';
        else this.afterText(unit.line.text, unit.closes);
        return;
      }
      case 'chrome':
        this.siteChrome.push(unit.line);
        return;
      case 'lead':
        return this.lead(unit);
      case 'credit':
        return this.credit(unit);
      case 'meta': {
        const meta = { ...unit.meta, line: unit.line.no };
        // A publication line above the first title belongs to the story below it.
        if (this.state === 'start' || !this.current) this.pendingMeta.push(meta);
        else this.current.meta.push(meta);
        return;
      }
    }
  }

  private lead(unit: Extract<Unit, { type: 'lead' }>): void {
    const placed: PlacedLead = {
      ...unit.lead,
      line: unit.line.no,
      lines: unit.lines.map((l) => l.no),
    };
    const rest = (breakBefore: boolean): BodyLine => ({
      no: unit.line.no,
      text: unit.lead.rest,
      ...(breakBefore ? { breakBefore } : {}),
    });
    const current = this.current;
    if (unit.lead.continuation && current && this.state !== 'start') {
      // 又讯: a second item under the same headline stays in this story as a new paragraph.
      current.secondLeads.push(placed);
      if (unit.lead.rest) {
        current.body.push(rest(true));
        this.afterText(unit.lead.rest);
      } else {
        // 又讯 on its own line: the item's text on the next line starts a paragraph.
        this.breakNext = true;
        this.state = 'opening';
      }
      return;
    }
    const opensCurrent =
      this.state === 'opening' && current !== null && !current.lead && current.body.length === 0;
    const startsStory = unit.lead.strong || this.state === 'start' || this.state === 'closed';
    if (!opensCurrent && !startsStory) {
      // 据X报道 / 记者 X … inside a story is an ordinary paragraph.
      current!.body.push(unit.line);
      this.afterText(unit.line.text);
      return;
    }
    const article = opensCurrent ? current : this.start('news', []);
    article.lead = placed;
    if (unit.lead.rest) {
      article.body.push(rest(false));
      // 本报讯 …。（郑蕾）: a brief signed on its lead's line is over.
      this.afterText(unit.lead.rest, signedAtEnd(unit.lead.rest));
    } else this.state = 'opening';
  }

  private credit(unit: Extract<Unit, { type: 'credit' }>): void {
    const { credit } = unit;
    const lines = unit.lines.map((l) => l.no);
    if (!this.current || this.state === 'start') {
      if (credit.kind === 'people') {
        // A byline at the top of the page opens a story without a headline.
        this.start('news', []).credits.push({ credit, lines, position: 'above' });
        return;
      }
      this.unassigned.push(...unit.lines);
      return;
    }
    if (this.state === 'opening') {
      this.current.credits.push({ credit, lines, position: 'above' });
      return;
    }
    const position = credit.kind === 'photo' && !credit.report ? 'inside' : 'end';
    this.current.credits.push({ credit, lines, position });
    if (closesStory(credit)) this.state = 'closed';
    else if (credit.kind === 'photo') this.state = 'finished';
  }

  /**
   * A title-like line (with a comma or colon) is a title only where a story
   * certainly starts: at the page start or after an explicit end, over text;
   * or after a finished sentence, over a lead, a byline or a publication line.
   */
  private takesForTitle(i: number): boolean {
    const unit = this.units[i]!;
    if (unit.type !== 'body' || !unit.titleLike) return false;
    let j = i + 1;
    while (this.units[j]?.type === 'headline' || this.units[j]?.type === 'chrome') j++;
    const next = this.units[j];
    if (!next) return false;
    const anchor =
      next.type === 'meta' ||
      (next.type === 'lead' && next.lead.strong && !next.lead.continuation) ||
      (next.type === 'credit' && (next.credit.kind === 'people' || next.credit.kind === 'source'));
    if (this.state === 'start' || this.state === 'closed') return anchor || next.type === 'body';
    if (this.state !== 'finished') return false;
    // After an ordinary sentence end, only right above the anchor: a story cut
    // off at the page edge leaves such a line above the next story's headline.
    if (anchor) return j === i + 1;
    return j === i + 1 && next.type === 'body' && this.placeTitleOverNews(unit.line.text, next, j);
  }

  /**
   * 顺义高丽营镇：企业工会主席集中“充电” over 5月16日，…: on a page of several
   * stories printed without datelines, a place and a topic set apart by ： over
   * a time-first opening is the next story's title. Under a story that opened
   * with a dateline (its siblings have one too), or one signed further down,
   * it is a subheading.
   */
  private placeTitleOverNews(
    title: string,
    next: Extract<Unit, { type: 'body' }>,
    at: number,
  ): boolean {
    if (!this.severalStories || !this.current || !PLACE_TOPIC.test(title)) return false;
    if (this.inPlaceSeries()) return true;
    if (this.current.lead) return false;
    return opensWithTime(next.line.text) && !this.signedBelow(at);
  }

  /**
   * The story above is titled 地名：事 too (辽宁朝阳：… / 德州：…): a column of
   * regional items, each titled alike, so the next such title starts the next item.
   */
  private inPlaceSeries(): boolean {
    return this.current?.headlines.some((h) => PLACE_TOPIC.test(h.text)) === true;
  }

  /** A run of headline-shaped lines: a new story's headline group, a subheading, a cut sentence or orphans. */
  private headlineRun(from: number): number {
    let end = from + 1;
    while (end < this.units.length && this.units[end]!.type === 'headline') end++;
    const run = this.units.slice(from, end).map((u) => u.line);
    if (this.state === 'opening') {
      // Right after a lead without text or a byline: these are the text's first pieces.
      for (const line of run) this.current!.body.push(line);
      this.state = 'unfinished';
      return end;
    }
    // Navigation between a headline and its text (【字号：大 中 小】) is passed over.
    let next = end;
    while (this.units[next]?.type === 'chrome') next++;
    if (this.state !== 'unfinished') {
      const heads = columnHeads(run);
      if (heads > 0) return this.columnHeadsAt(from, heads, end, next);
    }
    const signed = this.signature(run, next);
    if (signed !== null) return signed;
    const start = this.storyStart(run, next);
    if (!start) {
      this.noStory(run, this.units[next]);
      return end;
    }
    // A brief's bold lead-in is the item's whole headline; a column label above it is not.
    const leadIn = this.units[end - 1]?.type === 'headline' && this.leadInAt(end - 1);
    let groupSize = leadIn ? 1 : start.groupSize;
    // Lines the story above announced (以下为获奖名单。/ 名单如下：) are its list; the
    // headline group is only the last of them (and a kicker or subtitle beside it).
    const listed = this.state === 'finished' && this.announcedList();
    if (listed) groupSize = Math.min(groupSize, groupAfterList(run));
    // 吴丽萍 …医院护士长 over the list's closing paragraph: the list's last line, not a title.
    if (listed && !leadIn && groupSize === 1 && looksLikeListLine(run.at(-1)!.text)) {
      this.current!.body.push(...run.map((l) => ({ ...l, standalone: true })));
      return end;
    }
    const group = run.slice(run.length - groupSize);
    const before = run.slice(0, run.length - groupSize);
    if (this.state === 'unfinished') this.current!.body.push(...before);
    else if (listed) this.current!.body.push(...before.map((l) => ({ ...l, standalone: true })));
    else this.orphanHeadings.push(...before);
    // Websites print the writer's name alone between the title and the
    // publication line (现场传技 / 田国垒 / 2021年10月19日 来源：…).
    const author =
      group.length > 1 && this.publicationAt(next) && looksLikeName(group.at(-1)!.text)
        ? group.pop()!
        : null;
    const article = this.start(start.kind, group);
    if (author) {
      const people = { ...emptyPeople(), authors: [author.text] };
      article.credits.push({
        credit: { kind: 'people', raw: author.text, people },
        lines: [author.no],
        position: 'above',
      });
    }
    return end;
  }

  /**
   * A column's label (工会简讯) or a campaign's column head (贯彻落实工会十八大精神)
   * heads a section, not a story: it is an orphan heading. A label alone over
   * text opens the section's first item, untitled; lines under the heads are
   * read as a headline run of their own.
   */
  private columnHeadsAt(from: number, heads: number, end: number, next: number): number {
    this.orphanHeadings.push(...this.units.slice(from, from + heads).map((u) => u.line));
    if (from + heads < end) return this.headlineRun(from + heads);
    if (this.units[next]?.type === 'body') this.start('news', []);
    return end;
  }

  /** A publication line, or what furniture left of one (来源：X once its date was taken). */
  private publicationAt(i: number): boolean {
    const unit = this.units[i];
    if (unit?.type === 'meta') return true;
    return (
      unit?.type === 'credit' && unit.credit.kind === 'source' && !/^[（(]/u.test(unit.credit.raw)
    );
  }

  private leadInAt(i: number): boolean {
    const unit = this.units[i];
    return unit?.type === 'headline' && unit.leadIn === true;
  }

  /** The story above ends by announcing a list (以下为部分获奖单位和个人名单。/ 名单如下：). */
  private announcedList(): boolean {
    const last = this.current?.body.at(-1)?.text;
    if (!last) return false;
    const sentence = last.slice(Math.max(0, last.lastIndexOf('。', last.length - 2) + 1));
    return /[：:]$/u.test(last) || /(?:名单|名录|如下|以下)/u.test(sentence);
  }

  /**
   * A unit named alone on the story's last line: the notice's signature (then
   * its date follows), or the union that sent a news story in (its source).
   * Only at the end of the page, where nothing but a date or navigation follows.
   */
  private signature(run: NormalizedLine[], next: number): number | null {
    const current = this.current;
    if (!current || this.state !== 'finished' || run.length > MAX_HEADLINES) return null;
    if (!isSigningUnit(run.at(-1)!.text)) return null;
    // A notice signs after its contact line (联系人：X 电话：Y); a news story's unit stands alone.
    const notice = isNotice(current);
    if (run.length > 1 && !notice) return null;
    let after = next;
    const date = this.units[after];
    const dated = date?.type === 'meta' && isBareDate(date.line.text);
    if (dated) after++;
    while (this.units[after]?.type === 'chrome') after++;
    if (after < this.units.length) return null;
    if (notice) {
      current.body.push(...run.map((l) => ({ ...l, standalone: true })));
      if (dated) current.body.push({ ...date.line, standalone: true });
    } else {
      const raw = run[0]!.text;
      current.credits.push({
        credit: { kind: 'source', raw, source: raw, people: emptyPeople() },
        lines: [run[0]!.no],
        position: 'end',
      });
      if (dated) current.meta.push({ ...date.meta, line: date.line.no });
    }
    this.state = 'closed';
    return dated ? next + 1 : next;
  }

  private storyStart(
    run: NormalizedLine[],
    end: number,
  ): { kind: RawArticle['kind']; groupSize: number } | null {
    const next = this.units[end];
    if (!next) return null;
    let groupSize = Math.min(run.length, MAX_HEADLINES);
    // A headline-shaped line right after an unfinished sentence is that
    // sentence's tail cut by a column break, not a kicker.
    const afterCutLine = this.state === 'unfinished' && this.lastWasBody;
    if (afterCutLine && run.length <= MAX_HEADLINES && groupSize > 1) groupSize--;
    switch (next.type) {
      case 'lead':
        return { kind: 'news', groupSize };
      case 'meta':
        return { kind: 'news', groupSize };
      case 'credit':
        return next.credit.kind === 'people' || next.credit.kind === 'source'
          ? { kind: 'news', groupSize }
          : null;
      case 'body':
        if (this.photoFollows(end)) return { kind: 'photo', groupSize };
        if (this.flushOverIndent(run, next.line)) {
          return { kind: 'news', groupSize: Math.min(run.length, MAX_HEADLINES) };
        }
        return this.startsWithoutLead(run, next.line.text, end) || this.leadInAt(end - 1)
          ? { kind: 'news', groupSize: Math.min(run.length, MAX_HEADLINES) }
          : null;
      default:
        return null;
    }
  }

  /**
   * On a page that indents its paragraphs, headlines are printed flush: a
   * flush headline-shaped line after a finished sentence, over an indented
   * paragraph, is the next story's headline.
   */
  private flushOverIndent(run: NormalizedLine[], next: NormalizedLine): boolean {
    if (!this.indentedPage || this.state !== 'finished' || next.indented !== true) return false;
    if (run.length > MAX_HEADLINES || run.some((l) => l.indented === true)) return false;
    const last = run[run.length - 1]!.text;
    return !isCutSentence(last, next.text) && !opensLikeParagraph(run[0]!.text);
  }

  /** A photo item: a few lines of text, then its credit (摄 / 摄影报道). */
  private photoFollows(firstBody: number): boolean {
    let j = firstBody;
    while (
      j < this.units.length &&
      this.units[j]!.type === 'body' &&
      j - firstBody < MAX_PHOTO_BODY_LINES.report
    )
      j++;
    const credit = this.units[j];
    if (credit?.type !== 'credit' || credit.credit.kind !== 'photo') return false;
    const bodyLines = j - firstBody;
    const max = credit.credit.report ? MAX_PHOTO_BODY_LINES.report : MAX_PHOTO_BODY_LINES.plain;
    return bodyLines >= 1 && bodyLines <= max;
  }

  /**
   * A headline group over plain text starts a story when the story above is
   * finished. At the page start or after an explicit end that is certain;
   * after an ordinary sentence end the group must look like a news headline
   * over a news opening (近日，… / 2月8日，…), or be a kicker/title/subtitle
   * group, so a subheading or a cut sentence inside a story is not taken.
   */
  private startsWithoutLead(run: NormalizedLine[], next: string, end: number): boolean {
    const last = run[run.length - 1]!.text;
    const first = run[0]!.text;
    switch (this.state) {
      case 'start':
      case 'closed':
        // After an explicit end only a plainly unfinished line (open quote, next line
        // going on with punctuation) is not a headline.
        return !isCutSentence(last, next, { loose: true });
      case 'unfinished':
        // The story above was cut off at the page edge; a headline over a fresh
        // time-first sentence starts the next one.
        return run.length === 1 && goodHeadline(last, next) && opensWithTime(next);
      case 'finished':
        // A website article's subheadings are not stories: on a page that shows
        // one story only, a headline over plain text never splits it.
        // 倡议书 over 全区广大职工朋友们：: a notice starts after the story above.
        if (run.length === 1 && isNoticeTitle(last) && isSalutation(next)) return true;
        if (!this.severalStories || isCutSentence(last, next)) return false;
        if (run.length === 1 && PLACE_TOPIC.test(last) && this.inPlaceSeries()) return true;
        if (run.length === 1 && this.signedBelow(end)) return false;
        if (run.length >= 2)
          return !opensLikeParagraph(first) && !isCutSentence(first, run[1]!.text);
        return goodHeadline(last, next) && opensLikeNews(next);
      default:
        return false;
    }
  }

  /**
   * A feature printed without a dateline signs at its end (本报记者 X alone on
   * its last line): until that signature,
   * a single headline-shaped line over text is one of its subheadings, not the
   * next story. A dateline, a publication line or a headline group of two
   * lines on the way means the story above ended unsigned.
   */
  private signedBelow(from: number): boolean {
    const current = this.current;
    if (!current || current.kind !== 'news' || current.lead) return false;
    // Credited already (a byline above the text, a photo credit): not a signed feature.
    if (current.headlines.length === 0 || current.credits.length > 0) return false;
    const stop = Math.min(this.units.length, from + MAX_SIGNED_LOOKAHEAD);
    for (let j = from; j < stop; j++) {
      const unit = this.units[j]!;
      switch (unit.type) {
        case 'lead':
        case 'meta':
          return false;
        case 'credit':
          return unit.credit.kind === 'people' && this.units[j - 1]?.type === 'body';
        case 'headline':
          if (this.units[j + 1]?.type === 'headline') return false;
          break;
      }
    }
    return false;
  }

  private noStory(run: NormalizedLine[], next: Unit | undefined): void {
    if (this.state === 'unfinished') {
      this.current!.body.push(...run);
      return;
    }
    if (next?.type !== 'body') {
      this.orphanHeadings.push(...run);
      return;
    }
    if (this.state === 'start' || this.state === 'closed' || !this.current) {
      // Pieces of the first sentence of a story without a headline.
      this.start('news', []).body.push(...run);
      this.state = 'unfinished';
      return;
    }
    const last = run[run.length - 1]!.text;
    const cut =
      this.columnBreaks ||
      run.length > 1 ||
      isCutSentence(last, next.line.text) ||
      opensLikeParagraph(last) ||
      Array.from(last).length > MAX_SUBHEAD;
    if (cut) {
      this.current.body.push(...run);
      this.state = 'unfinished';
    } else {
      this.current.body.push(...run.map((l) => ({ ...l, standalone: true })));
      this.state = 'finished';
    }
  }
}

function signedAtEnd(text: string): boolean {
  const tail = splitTrailingCredit(text);
  return tail !== null && closesStory(tail.credit);
}

/** 工会简讯 / 基层快讯: a brief column's label. */
const COLUMN_LABEL = /^(?:工会|基层|职工|区县|各地|本市)?(?:简讯|快讯|短讯|速递)$/u;
/** 工人时评 / 短评 / 一线观察: a commentary column's label over the comment's own title. */
const COMMENT_LABEL =
  /^(?:工人|中工|职工|劳动|本报|今日|一线|基层|网友|工会)?(?:时评|短评|评论|快评|锐评|热评|微评|观察|声音|论坛|杂谈|随笔)$/u;
/** 贯彻落实工会十八大精神 / 学习贯彻党的二十大精神: a campaign's column head. */
const CAMPAIGN_HEAD =
  /^(?:深入)?(?:学习宣传贯彻|学习贯彻|贯彻落实)[^\s，。]{0,12}[大会][^\s，。]{0,4}精神$/u;

/**
 * How many lines at the top of a headline run head a column: labels anywhere
 * in such a position, a campaign head only over a headline of its own.
 */
function columnHeads(run: NormalizedLine[]): number {
  let heads = 0;
  while (heads < run.length) {
    const text = run[heads]!.text;
    if (text.length > 24) break;
    if (COLUMN_LABEL.test(text) || COMMENT_LABEL.test(text)) heads++;
    else if (heads + 1 < run.length && CAMPAIGN_HEAD.test(text)) heads++;
    else break;
  }
  return heads;
}

/**
 * A line without a sentence end that is still a whole paragraph: a heading,
 * a salutation or introduction ending in ：, a list line. A line with a comma
 * that stops short is a sentence cut off (at the page edge, or by a break).
 */
function standsAlone(text: string): boolean {
  if (endsSentence(text)) return false;
  return /[：:]$/u.test(text) || !/[，、；,;]/u.test(text.replace(NUMBERING, ''));
}

const NUMBERING =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])/u;

/** After a list: the last line is the title, with a subtitle (——…) under it and a kicker above. */
function groupAfterList(run: NormalizedLine[]): number {
  let size = 1;
  let title = run.length - 1;
  if (run[title]!.text.startsWith('——') && title > 0) {
    title--;
    size++;
  }
  const kicker = run[title - 1]?.text;
  if (
    kicker !== undefined &&
    (/\S \S/u.test(kicker) || /[：:]$/u.test(kicker)) &&
    !looksLikeListLine(kicker)
  )
    size++;
  return size;
}

/** 郑晓东 北京公交集团…驾驶员 / 首都劳动奖状（部分）: a line of an award list. */
function looksLikeListLine(text: string): boolean {
  return /^[\u4e00-\u9fa5]{2,4} [\u4e00-\u9fa5]/u.test(text) || /[（(]部分[）)]$/u.test(text);
}

/** A notice or letter (关于…的通知, or a salutation 各…工会： first): its signature and date are its text. */
function isNotice(article: RawArticle): boolean {
  const title = article.headlines.map((l) => l.text).join('');
  const first = article.body[0]?.text ?? '';
  return isNoticeTitle(title) || isSalutation(first);
}

function goodHeadline(line: string, next: string): boolean {
  const length = Array.from(line).length;
  const max = line.includes(' ') ? HEADLINE_LENGTH.twoPhrases : HEADLINE_LENGTH.max;
  return (
    length >= HEADLINE_LENGTH.min &&
    length <= max &&
    !opensLikeParagraph(line) &&
    !isNumberedSubhead(line) &&
    !isCutSentence(line, next)
  );
}
