/**
 * Counts fixed phrases (event triggers, campaign names) in text with one trie
 * walk per start position: linear in the text, whatever the number of phrases.
 * Every occurrence of every phrase counts, overlapping ones too, so listing a
 * phrase and a longer phrase containing it (记者采访, 接受本报记者采访) makes the
 * longer one weigh more; that is a deliberate knob for the data files.
 *
 * Counts go into a flat Int32Array indexed by phrase id (group by group, in
 * order), so a call allocates nothing per phrase or per match.
 */
import { CharTrie } from './char-trie';

export class PhraseCounter {
  /** Number of phrase ids: the size of the counts array to pass to `count`. */
  readonly size: number;
  /** For each group, the id of its first phrase; ids of a group are consecutive. */
  readonly groupStart: readonly number[];
  private readonly trie = new CharTrie<number[]>();

  constructor(groups: readonly (readonly string[])[]) {
    let id = 0;
    const starts: number[] = [];
    for (const phrases of groups) {
      starts.push(id);
      for (const phrase of phrases) {
        const ids = this.trie.get(phrase) ?? [];
        ids.push(id++);
        this.trie.set(phrase, ids);
      }
    }
    this.size = id;
    this.groupStart = starts;
  }

  /** Adds 1 to `counts[id]` for each occurrence of phrase `id` in `text`. */
  count(text: string, counts: Int32Array): void {
    const visit = (_end: number, ids: number[]) => {
      for (const id of ids) counts[id]!++;
    };
    for (let i = 0; i < text.length; i++) this.trie.forEachAt(text, i, visit);
  }
}
