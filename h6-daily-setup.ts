import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createContext, generatePage } from '/work/wt/h6-daily/scripts/corpus/generate';
const [corpus, root, mode] = process.argv.slice(2);
const input = join(root!, 'input');
if (mode === 'init') { rmSync(root!, { recursive: true, force: true }); mkdirSync(root!, { recursive: true }); execFileSync('cp', ['-al', corpus!, input]); }
else {
  const summary = JSON.parse(readFileSync(join(corpus!, 'corpus.json'), 'utf8'));
  const ctx = createContext(1);
  const m = join(input, 'pages.json');
  const entries = JSON.parse(readFileSync(m, 'utf8'));
  for (let i = 0; i < 8; i++) { const p = generatePage(ctx, 1, summary.pages + i + Number(mode) * 8); mkdirSync(dirname(join(input, p.file)), { recursive: true }); writeFileSync(join(input, p.file), p.bytes); entries.push({ file: p.file, ...p.meta }); }
  unlinkSync(m); writeFileSync(m, JSON.stringify(entries));
}
