/**
 * The results in relevance order while a query is active: the query's `ranked`
 * positions (search-match.ts runQuery) that are among `results` (the filtered
 * matches, ascending). Pure and linear: a membership table, then one pass.
 */
export function rankResults(results: Uint32Array, ranked: Uint32Array): Uint32Array {
  if (results.length === ranked.length) return ranked;
  const last = results[results.length - 1] ?? -1;
  const member = new Uint8Array(last + 1);
  for (const p of results) member[p] = 1;
  const out = new Uint32Array(results.length);
  let n = 0;
  for (const p of ranked) if (p <= last && member[p] === 1) out[n++] = p;
  return out.subarray(0, n);
}
