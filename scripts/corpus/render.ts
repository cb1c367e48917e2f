/**
 * Print stories as a page export looks: blank lines between paragraphs,
 * column breaks that cut sentences mid-word (sometimes over several blank
 * lines, or a line holding one space), a block printed twice, a story cut
 * off at the page edge, a banner on top and a stray heading at the foot.
 * These are exactly the defects the seed pages show and the ingest repairs.
 */
import type { Random } from './prng';
import type { NewsStory, PhotoStory, Story } from './story';

export interface PagePlan {
  banner: string | null;
  stories: Story[];
  /** Index of a news story cut off mid-sentence (its remaining text is not printed). */
  truncate: number | null;
  /** Index of a news story whose tail is printed a second time right after it. */
  repeat: number | null;
  stray: string | null;
  /** Seed 001 prints a space after every lead bracket: a per-page habit. */
  leadSpace: boolean;
}

/** Punctuation that keeps a line from looking like a headline to the ingest. */
const PUNCT = /[，。；：！？、]/u;
const STOPS = /[。！？!?…]/u;
const CLOSERS = /[”’」』）)》]/u;
/** Keep pieces at least this long so a break never leaves a one-character line. */
const MIN_PIECE = 6;
/** A repeated tail shorter than this is not recognised as a repeat by the ingest. */
const MIN_REPEAT = 12;

function gap(rng: Random): string {
  return rng.weighted([
    ['\n\n', 0.8],
    ['\n\n\n\n', 0.1],
    ['\n \n', 0.05],
    ['\n', 0.05],
  ] as const);
}

/**
 * A place to cut `chars` after `from`: mid-sentence, with punctuation in the
 * piece before it, so the piece is not mistaken for a headline. Linear in the
 * paragraph length: this runs for every paragraph of a 100k-article corpus.
 */
function cutPoint(rng: Random, chars: string[], from: number, tail = MIN_PIECE): number | null {
  const ok: number[] = [];
  let punct = false;
  for (let i = from + 1; i <= chars.length - tail; i++) {
    punct ||= PUNCT.test(chars[i - 1]!);
    if (i - from >= MIN_PIECE && punct && !endsSentenceAt(chars, i)) ok.push(i);
  }
  return ok.length > 0 ? rng.pick(ok) : null;
}

/** Does chars[0, end) end a sentence (。！？… then any closing quotes)? Mirrors the ingest's rule. */
function endsSentenceAt(chars: string[], end: number): boolean {
  let i = end - 1;
  while (i >= 0 && CLOSERS.test(chars[i]!)) i--;
  return i >= 0 && STOPS.test(chars[i]!);
}

/** Where each paragraph is cut by column breaks; long paragraphs are cut more often. */
function planBreaks(rng: Random, paragraphs: readonly string[]): number[][] {
  return paragraphs.map((p) => {
    const chars = Array.from(p);
    const p1 = chars.length > 120 ? 0.45 : chars.length > 60 ? 0.25 : 0.05;
    if (!rng.chance(p1)) return [];
    const first = cutPoint(rng, chars, 0);
    if (first === null) return [];
    const second = chars.length > 200 && rng.chance(0.15) ? cutPoint(rng, chars, first) : null;
    return second === null ? [first] : [first, second];
  });
}

function printParagraph(rng: Random, text: string, cuts: number[], from = 0): string {
  const chars = Array.from(text);
  const bounds = [from, ...cuts.filter((c) => c > from), chars.length];
  const pieces = bounds.slice(1).map((end, i) => chars.slice(bounds[i], end).join(''));
  return pieces.reduce((out, piece, i) => (i === 0 ? piece : out + gap(rng) + piece), '');
}

function printHeadlines(story: Story): string {
  const [first, ...rest] = story.headlines;
  const gapAfterKicker = story.kind === 'news' && story.kickerGap ? '\n\n\n\n' : '\n\n';
  return rest.length === 0 ? first! : first + gapAfterKicker + rest.join('\n\n');
}

function printNews(rng: Random, story: NewsStory, plan: PagePlan, index: number): string {
  let paragraphs = [...story.paragraphs];
  const breaks = planBreaks(rng, paragraphs);
  let credit = story.photoCredit;
  if (plan.truncate === index) {
    // Keep the text up to a cut in one of the last paragraphs; the rest fell off the page.
    // (Not the lead when there is more: seed 004 cuts a later paragraph.)
    const last = paragraphs.length - 1;
    const k = rng.int(Math.min(last, Math.max(1, last - 1)), last);
    const chars = Array.from(paragraphs[k]!);
    const cut = cutPoint(rng, chars, 0);
    if (cut !== null) {
      paragraphs = [...paragraphs.slice(0, k), chars.slice(0, cut).join('')];
      breaks[k] = (breaks[k] ?? []).filter((c) => c < cut - MIN_PIECE);
      credit = undefined;
    }
  }
  const printed = paragraphs.map((p, i) => printParagraph(rng, p, breaks[i] ?? []));
  const lead = `本报讯（${story.credit}）${plan.leadSpace ? ' ' : ''}`;
  printed[0] = lead + printed[0];
  if (credit?.trailing) printed[printed.length - 1] += ` ${credit.text}`;
  let out = `${printHeadlines(story)}\n\n${printed.join('\n\n')}`;
  if (credit && !credit.trailing) out += `\n\n${credit.text}`;
  if (plan.repeat === index) out += repeatedTail(rng, paragraphs, breaks);
  return out;
}

/**
 * Seed 001 prints the end of a story twice, starting at the column break in
 * one of its last paragraphs. We do the same, from the same break.
 */
function repeatedTail(rng: Random, paragraphs: string[], breaks: number[][]): string {
  for (let j = paragraphs.length - 1; j >= Math.max(1, paragraphs.length - 3); j--) {
    const chars = Array.from(paragraphs[j]!);
    const start = breaks[j]?.[0] ?? cutPoint(rng, chars, 0, MIN_REPEAT);
    if (start === null || chars.length - start < MIN_REPEAT) continue;
    const again = [printParagraph(rng, paragraphs[j]!, breaks[j] ?? [], start)];
    for (let i = j + 1; i < paragraphs.length; i++)
      again.push(printParagraph(rng, paragraphs[i]!, breaks[i] ?? []));
    return `\n\n${again.join('\n\n')}`;
  }
  return '';
}

function printPhoto(rng: Random, story: PhotoStory): string {
  const [text] = story.paragraphs;
  const cut = rng.chance(0.2) ? cutPoint(rng, Array.from(text), 0) : null;
  const body = printParagraph(rng, text, cut === null ? [] : [cut]);
  return `${printHeadlines(story)}\n\n${body}\n\n${story.creditLines.join('\n')}`;
}

/** The page as text (LF line ends; the caller picks the encoding). */
export function renderPage(rng: Random, plan: PagePlan): string {
  let out = '\n\n';
  if (plan.banner) out += `${plan.banner}\n\n`;
  plan.stories.forEach((story, i) => {
    if (i > 0) out += rng.chance(0.3) ? '\n\n\n\n' : '\n\n';
    out += story.kind === 'news' ? printNews(rng, story, plan, i) : printPhoto(rng, story);
  });
  if (plan.stray) out += `\n\n${plan.stray}`;
  return out;
}
