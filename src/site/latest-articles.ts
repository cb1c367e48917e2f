/**
 * The latest N articles per feed, collected in one pass over the archive in
 * any order: newest by date first, then by corpus position (later first);
 * undated articles after every dated one. Each feed keeps only its N, so
 * memory is bounded by N × feeds, not by the archive.
 */
export interface Datable {
  position: number;
  date?: string;
}

/** Negative when `a` is newer (goes first). */
export function newestFirst(a: Datable, b: Datable): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return b.position - a.position;
}

export class LatestArticles<T extends Datable> {
  private readonly lists = new Map<string, T[]>();

  constructor(readonly limit: number) {}

  add(key: string, item: T): void {
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = []));
    if (list.length === this.limit && newestFirst(item, list[list.length - 1]!) >= 0) return;
    // Insertion into a short sorted list: from the end, since most items are older.
    let i = list.length;
    while (i > 0 && newestFirst(item, list[i - 1]!) < 0) i--;
    list.splice(i, 0, item);
    if (list.length > this.limit) list.pop();
  }

  get(key: string): readonly T[] {
    return this.lists.get(key) ?? [];
  }
}
