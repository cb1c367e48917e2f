/**
 * Rebuild paragraphs from body lines. A line that stops mid-sentence was cut
 * by a column break (or a hard wrap), so it is joined to the next line with
 * nothing in between; a finished sentence ends the paragraph. This works the
 * same for blank-line and single-line-break exports.
 */
import { endsSentence } from '../normalize/punctuation';
import { startsListItem } from '../segment/classify';
import type { BodyLine } from '../segment/segment-page';

export interface Paragraph {
  text: string;
  /** Input line numbers the paragraph was built from. */
  lines: number[];
  /** A subheading: a paragraph that never ends with a sentence mark. */
  standalone?: boolean;
}

export interface Join {
  line: number;
  /** A few characters either side of the seam, for the report. */
  seam: string;
}

export function joinColumnBreaks(lines: BodyLine[]): {
  paragraphs: Paragraph[];
  joins: Join[];
} {
  const paragraphs: Paragraph[] = [];
  const joins: Join[] = [];
  let open: Paragraph | null = null;
  for (const line of lines) {
    // A subheading, or the text of a 又讯 item, always starts its own paragraph;
    // so does an item of a list introduced by ： or closed by ；(一是…；/ 二是…).
    if (line.standalone || line.breakBefore) open = null;
    if (open && startsListItem(open.text, line.text)) open = null;
    if (open) {
      joins.push({ line: line.no, seam: `${open.text.slice(-6)}|${line.text.slice(0, 6)}` });
      open.text += line.text;
      open.lines.push(line.no);
    } else {
      open = {
        text: line.text,
        lines: [line.no],
        ...(line.standalone ? { standalone: true } : {}),
      };
      paragraphs.push(open);
    }
    if (line.standalone || endsSentence(open.text)) open = null;
  }
  return { paragraphs, joins };
}

/** A story whose last paragraph stops mid-sentence was cut off at the page edge. */
export function isTruncated(paragraphs: Paragraph[]): boolean {
  const last = paragraphs[paragraphs.length - 1];
  return last !== undefined && !last.standalone && !endsSentence(last.text);
}

const MIN_REPEAT_CHARS = 12;

/**
 * Blocks printed twice: a paragraph equal to an earlier one, or a piece of an
 * earlier one (a repeat that starts mid-sentence), is removed. Only the last
 * few paragraphs are searched, which keeps the work linear on huge pages.
 */
export function dropRepeats(
  paragraphs: Paragraph[],
  seen: RepeatMemory,
): { kept: Paragraph[]; dropped: Paragraph[] } {
  const kept: Paragraph[] = [];
  const dropped: Paragraph[] = [];
  for (const p of paragraphs) {
    if (seen.isRepeat(p.text)) dropped.push(p);
    else {
      kept.push(p);
      seen.remember(p.text);
    }
  }
  return { kept, dropped };
}

/** Across stories, only long paragraphs count: two stories may share a short stock sentence. */
const MIN_PAGE_REPEAT_CHARS = 50;

/**
 * Memory of printed paragraphs. Within a story, a paragraph equal to or
 * contained in one of the last few is a repeat; across the page, only a long
 * paragraph printed word for word again is.
 */
export class RepeatMemory {
  private readonly page = new Set<string>();
  private story: string[] = [];
  constructor(private readonly window = 40) {}

  startStory(): void {
    this.story = [];
  }

  isRepeat(text: string): boolean {
    const key = compact(text);
    if (key.length === 0) return false;
    if (key.length >= MIN_PAGE_REPEAT_CHARS && this.page.has(key)) return true;
    if (this.story.includes(key)) return true;
    if (key.length < MIN_REPEAT_CHARS) return false;
    return this.story.some((earlier) => earlier.includes(key));
  }

  remember(text: string): void {
    const key = compact(text);
    if (key.length >= MIN_PAGE_REPEAT_CHARS) this.page.add(key);
    this.story.push(key);
    if (this.story.length > this.window) this.story.shift();
  }
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
