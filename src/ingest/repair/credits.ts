/**
 * Move every credit a story prints out of its text and into the article:
 * people to the byline (with roles), outlets and units to `source`, editors
 * and 完 to the report. Each move is a report line, so nothing is lost.
 */
import type { Byline, Dropped, Repair } from '../../shared/schema';
import type { MetaLine } from '../segment/classify';
import type { CreditPeople } from '../segment/credit-grammar';
import type { CreditLine } from '../segment/credit-lines';
import type { PlacedLead } from '../segment/segment-page';
import { addToByline, emptyByline, leadCreditPeople, type CreditKind } from './byline';

export class CreditCollector {
  private collected: Byline = emptyByline();
  source: string | undefined;
  readonly repairs: Repair[] = [];
  /** Lines taken out of the story that are kept in the report only. */
  readonly dropped: Omit<Dropped, 'articleId'>[] = [];
  /** A 摄影报道 credit was printed: pictures and words by the same people. */
  photoReport = false;

  /** Photo credits of photo items are the item's own byline, not a repair to report. */
  constructor(private readonly kind: 'news' | 'photo') {}

  /**
   * The byline: a writer named both with a role (记者 X) and without one
   * (作者：X on a website's publication line) is listed once, by the role.
   */
  get byline(): Byline {
    const { reporters, correspondents, authors } = this.collected;
    const withRole = new Set([...reporters, ...correspondents]);
    return { ...this.collected, authors: authors.filter((n) => !withRole.has(n)) };
  }

  lead(lead: PlacedLead): void {
    if (lead.credit) this.add(leadCreditPeople(lead.credit), lead.raw, 'words');
    if (lead.source) this.setSource(lead.source, lead.raw, lead.line);
    if (lead.lines.length > 1) {
      this.repairs.push({
        kind: 'joined-column-break',
        detail: `lead printed over lines ${lead.lines.join(', ')}: ${lead.raw}`,
        line: lead.lines[1],
      });
    }
    if (lead.continuation) {
      this.repairs.push({
        kind: 'second-item-merged',
        detail: `${lead.raw}: a second item under the same headline, kept as a new paragraph of this story`,
        line: lead.line,
      });
    }
  }

  meta(meta: MetaLine, line: number): void {
    const taken: string[] = [];
    if (meta.source) {
      this.setSource(meta.source, meta.raw, line);
      taken.push(`source ${meta.source}`);
    }
    if (meta.authors.length > 0) {
      this.collected = { ...this.collected, authors: [...this.collected.authors, ...meta.authors] };
      taken.push(`authors ${meta.authors.join('、')}`);
    }
    this.dropped.push({
      kind: 'publication-line',
      text: meta.raw,
      line,
      reason: `publication line under the headline${taken.length ? `; ${taken.join(', ')} kept` : ''}`,
    });
  }

  credit(credit: CreditLine, line: number): void {
    switch (credit.kind) {
      case 'people':
        this.add(credit.people, credit.raw, 'words');
        this.moved(credit.raw, line);
        return;
      case 'photo':
        this.photoReport ||= credit.report;
        this.add(credit.people, credit.raw, credit.report ? 'photo-report' : 'photo');
        if (this.kind === 'news') this.moved(credit.raw, line);
        return;
      case 'source':
        this.setSource(credit.source, credit.raw, line);
        return;
      case 'editor':
        this.dropped.push({
          kind: 'editor-credit',
          text: credit.raw,
          line,
          reason: 'editor credit, not part of the byline',
        });
        return;
      case 'end-mark':
        this.dropped.push({
          kind: 'end-mark',
          text: credit.raw,
          line,
          reason: 'end-of-story mark',
        });
        return;
    }
  }

  private add(people: CreditPeople, raw: string, kind: CreditKind): void {
    this.collected = addToByline(this.collected, people, raw, kind);
  }

  private moved(raw: string, line: number): void {
    this.repairs.push({ kind: 'credit-moved-to-byline', detail: raw, line });
  }

  private setSource(value: string, raw: string, line: number): void {
    const kept = this.source === undefined;
    this.source ??= value;
    this.repairs.push({
      kind: 'source-moved',
      detail: kept
        ? `${raw} → source「${value}」`
        : `${raw}: the story already names its source「${this.source}」; kept here only`,
      line,
    });
  }
}
