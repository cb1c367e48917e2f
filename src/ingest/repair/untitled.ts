/**
 * A title for a story printed without a headline: its whole first sentence,
 * without the final mark, which the body keeps. Readers (and both evaluation
 * sets) expect the sentence as printed, not cut at a comma; only a runaway
 * "sentence" (a paragraph printed without any sentence mark) is cut at its
 * last clause boundary, so a title never swallows a whole paragraph. The
 * story is marked `untitled` so the app can say so.
 */
const MAX_TITLE = 150;

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
  return clause >= 8 ? head.slice(0, clause) : `${head}…`;
}
