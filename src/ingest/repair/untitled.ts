/**
 * A title for a story printed without a headline: its first sentence, which
 * the body keeps. Long first sentences are cut at a clause boundary so the
 * title stays a title; the story is marked `untitled` so the app can say so.
 */
const MAX_TITLE = 40;

export function titleFromFirstSentence(paragraph: string): string {
  const end = /[。！？!?]/u.exec(paragraph);
  // A list bullet (△, ■) is no part of a title.
  let sentence = (end ? paragraph.slice(0, end.index) : paragraph)
    .replace(/^[△▲■□●◆◇○☆★◎]+\s*/u, '')
    .trim();
  // A sentence that opens a quotation keeps the quote balanced or drops it.
  if (sentence.startsWith('“') && !sentence.includes('”')) sentence = sentence.slice(1);
  const chars = Array.from(sentence);
  if (chars.length <= MAX_TITLE) return sentence;
  const head = chars.slice(0, MAX_TITLE).join('');
  const clause = Math.max(head.lastIndexOf('，'), head.lastIndexOf('；'), head.lastIndexOf('：'));
  if (clause >= 8) return head.slice(0, clause);
  return `${head}…`;
}
