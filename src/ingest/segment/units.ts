/**
 * A page's lines as units for the segmenter: each line classified once (lead,
 * credit, publication line, navigation, headline, body), a lead cut by a
 * column break rejoined, and what the page as a whole shows (column breaks,
 * several stories). Linear: each recogniser reads one line or two.
 */
import type { NormalizedLine } from '../normalize/punctuation';
import { endsSentence } from '../normalize/punctuation';
import {
  hasHeadlineShape,
  isColonKicker,
  isListingSubtitle,
  opensWithTime,
  isSiteChrome,
  splitLeadIn,
  looksLikeTitle,
  opensNewsStory,
  parseMetaLine,
  startsListItem,
  type MetaLine,
} from './classify';
import { closesStory, parseCreditLine, splitTrailingCredit, type CreditLine } from './credit-lines';
import { couldBeCutLead, parseLead, type Lead } from './leads';

export type Unit =
  | { type: 'lead'; line: NormalizedLine; lead: Lead; lines: NormalizedLine[] }
  | { type: 'credit'; line: NormalizedLine; credit: CreditLine; lines: NormalizedLine[] }
  | { type: 'meta'; line: NormalizedLine; meta: MetaLine }
  /** Website navigation: reported, and never part of a headline group. */
  | { type: 'chrome'; line: NormalizedLine }
  /** `leadIn`: the bold title a brief column prints before an item's text, on the same line. */
  | { type: 'headline'; line: NormalizedLine; leadIn?: boolean }
  /**
   * `closes`: the line ends with a credit that ends its story (…活动。（张衍 桂子））.
   * `titleLike`: short, unfinished and comma-bearing: a title where a story certainly starts.
   */
  | { type: 'body'; line: NormalizedLine; closes: boolean; titleLike: boolean };

export function toUnits(lines: NormalizedLine[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isSiteChrome(line.text)) {
      units.push({ type: 'chrome', line });
      continue;
    }
    const lead = leadAt(lines, i);
    if (lead) {
      units.push(lead);
      i += lead.lines.length - 1;
      continue;
    }
    const credit = parseCreditLine(line.text);
    if (credit) {
      const next = lines[i + 1];
      // A credit broken over two lines: 本报记者 崔欣 / 通讯员 宋雅欣 摄影报道
      if (credit.kind === 'people' && next && parseCreditLine(next.text)?.kind === 'photo') {
        const joined = parseCreditLine(`${line.text} ${next.text}`);
        if (joined?.kind === 'photo') {
          units.push({ type: 'credit', line, credit: joined, lines: [line, next] });
          i++;
          continue;
        }
      }
      units.push({ type: 'credit', line, credit, lines: [line] });
      continue;
    }
    const meta = parseMetaLine(line.text);
    if (meta) {
      units.push({ type: 'meta', line, meta });
      continue;
    }
    if (hasHeadlineShape(line.text)) {
      units.push({ type: 'headline', line });
      continue;
    }
    const next = lines[i + 1];
    // Under a headline and over a time-first opening (近日，… / 本报讯…), a phrase
    // listing with 、 is the headline's subtitle, not a piece of cut text.
    const above = units.at(-1);
    if (
      above?.type === 'headline' &&
      !above.leadIn &&
      next &&
      isListingSubtitle(line.text) &&
      (opensWithTime(next.text) || parseLead(next.text) !== null)
    ) {
      units.push({ type: 'headline', line });
      continue;
    }
    // ——记北京市劳动模范、…赵德胜 under a title is its subtitle, 、 or ： and all.
    if (above?.type === 'headline' && !above.leadIn && isDashSubtitle(line.text)) {
      units.push({ type: 'headline', line });
      continue;
    }
    // 拱辰街道总工会： over a headline is that headline's kicker.
    if (next && isColonKicker(line.text) && hasHeadlineShape(next.text)) {
      units.push({ type: 'headline', line });
      continue;
    }
    // In a column of signed lead-in items, a signed line opening with a title is the next item.
    const leadIn = splitLeadIn(line.text, afterLeadInItem(units) && closedByCredit(line.text));
    if (leadIn) {
      const rest = { ...line, text: leadIn.rest };
      units.push({ type: 'headline', line: { ...line, text: leadIn.title }, leadIn: true });
      const tail = splitTrailingCredit(rest.text);
      units.push({
        type: 'body',
        line: rest,
        closes: tail !== null && closesStory(tail.credit),
        titleLike: false,
      });
      continue;
    }
    const trailing = splitTrailingCredit(line.text);
    units.push({
      type: 'body',
      line,
      closes: trailing !== null && closesStory(trailing.credit),
      titleLike: looksLikeTitle(line.text),
    });
  }
  return units;
}

/** A subtitle line: —— then a short phrase, no sentence in it. */
function isDashSubtitle(text: string): boolean {
  if (!text.startsWith('——') || text.length > 48) return false;
  return !/[。；！？;!?]/u.test(text) && Array.from(text).length <= 40;
}

/**
 * The last units are a brief column's item (a lead-in title, then its text
 * closed by names): the next item has a lead-in too, whatever its text opens with.
 */
function afterLeadInItem(units: Unit[]): boolean {
  const text = units.at(-1);
  const title = units.at(-2);
  return (
    text?.type === 'body' && text.closes && title?.type === 'headline' && title.leadIn === true
  );
}

function closedByCredit(text: string): boolean {
  const tail = splitTrailingCredit(text);
  return tail !== null && closesStory(tail.credit);
}

/**
 * Does the page show column breaks: text that stops mid-sentence with more
 * text after it? E-paper exports do, website exports (one line per
 * paragraph) do not. Decides what an ambiguous headline-shaped line inside a
 * story is: a piece of a cut sentence, or a subheading.
 */
export function showsColumnBreaks(units: Unit[]): boolean {
  for (let i = 0; i + 1 < units.length; i++) {
    const unit = units[i]!;
    // A title-like line (传承劳模精神，争当时代工匠) over text is no evidence either way.
    const text =
      unit.type === 'body' && !unit.titleLike
        ? unit.line.text
        : unit.type === 'lead'
          ? unit.lead.rest
          : '';
    if (!text || endsSentence(text)) continue;
    const next = units[i + 1]!;
    if (next.type !== 'body' || startsListItem(text, next.line.text)) continue;
    // A line ending in ： introduces what follows (各直属基层工会： / 他说：); a
    // numbered or colon-split subheading (一、思想引领有温度 / 塘沽街道：温暖送到…)
    // is a line of its own. Neither shows that the page cuts its text.
    if (/[：:]$/u.test(text)) continue;
    if (/[，、；]/u.test(text.replace(NUMBERING, ''))) return true;
  }
  return false;
}

/** 一、 / （二） / 3. opening a subheading or list line. */
const NUMBERING =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])/u;

/**
 * Does the page indent its paragraphs (an ideographic-space indent) and leave something
 * unindented (its headlines, the rest of a paragraph cut by a column break)?
 * Then an indent starts a paragraph and an unindented headline-shaped line
 * over an indented paragraph is a headline. Pages that indent every line, or
 * none, say nothing.
 */
export function indentsParagraphs(units: Unit[]): boolean {
  let indented = 0;
  let flush = 0;
  let unindentedLines = 0;
  for (const unit of units) {
    if (unit.type !== 'body' && unit.type !== 'lead') continue;
    if (!unit.line.indented) unindentedLines++;
    const text = unit.type === 'lead' ? unit.lead.rest : unit.line.text;
    // text.length first: cheap, and below 20 code units there are below 20 characters.
    if (text.length < 20 || Array.from(text).length < 20 || !endsSentence(text)) continue;
    if (unit.line.indented) indented++;
    else flush++;
  }
  for (const unit of units) if (unit.type === 'headline' && !unit.line.indented) unindentedLines++;
  return indented >= 3 && indented >= 3 * flush && unindentedLines > 0;
}

/**
 * Does the page evidently hold several stories: two or more openings or ends
 * (leads, bylines, publication lines, photo credits, names or a source at the
 * end, a headline over a paragraph that opens with its date: 近日，… / 3月6日，…)?
 */
export function holdsSeveralStories(units: Unit[]): boolean {
  let marks = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const next = units[i + 1];
    const mark =
      (unit.type === 'headline' && next?.type === 'body' && opensNewsStory(next.line.text)) ||
      (unit.type === 'lead' && unit.lead.strong && !unit.lead.continuation) ||
      unit.type === 'meta' ||
      (unit.type === 'credit' && unit.credit.kind !== 'editor') ||
      (unit.type === 'body' && unit.closes);
    if (mark && ++marks >= 2) return true;
  }
  return false;
}

/** A lead on this line, or on this line and the next one or two when a column break cut it. */
function leadAt(lines: NormalizedLine[], i: number): Extract<Unit, { type: 'lead' }> | null {
  const line = lines[i]!;
  const lead = parseLead(line.text);
  // 本报讯（记者 边磊 通讯员 / 王小彤）…: a credit bracket left open goes on on the next line.
  const openBracket = lead !== null && /^[（(][^）)]*$/u.test(lead.rest);
  if (lead && !openBracket) return { type: 'lead', line, lead, lines: [line] };
  if (!lead && (!couldBeCutLead(line.text) || parseCreditLine(line.text))) return null;
  let text = line.text;
  for (let n = 1; n <= 2 && i + n < lines.length; n++) {
    text += lines[i + n]!.text;
    const joined = parseLead(text);
    // Only a cut inside the dateline or its credit: the printed prefix runs past the first line.
    if (joined && joined.raw.length > line.text.length) {
      return {
        type: 'lead',
        line: { no: line.no, text, indented: line.indented ?? false },
        lead: joined,
        lines: lines.slice(i, i + n + 1),
      };
    }
  }
  return lead ? { type: 'lead', line, lead, lines: [line] } : null;
}
