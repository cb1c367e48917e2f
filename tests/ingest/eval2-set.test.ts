import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeIssue7Targets } from '../fixtures/eval/issue7-targets';
import { f1, recall, scoreEval } from '../fixtures/eval/scoring';
import { EVAL2_DIR, loadExpected2 } from '../fixtures/eval2/expected';
import { perfectReading } from '../fixtures/eval2/perfect-reading';
import { verifyEval2Set } from '../fixtures/eval2/verify';

describe('evaluation set 2 (independent pages in real-page conventions)', () => {
  it('accounts for every character of every page in its hand-checked expectations', () => {
    expect(verifyEval2Set().problems).toEqual([]);
  });

  it('scores a perfect reading as perfect', () => {
    const pages = loadExpected2();
    const report = scoreEval(pages, perfectReading(pages));
    expect(report.found).toBe(report.expected);
    expect(report.extra).toEqual([]);
    expect(report.bodiesExact).toBe(report.expected);
    expect(f1(report.districts)).toBe(1);
    expect(recall(report.unions)).toBe(1);
    expect(report.mismatches).toEqual([]);
  });

  it('counts a caption kept in the body, a brief glued to its neighbour and a lost union', () => {
    const pages = loadExpected2();
    const articles = perfectReading(pages);
    const withCaption = articles.find(
      (a) => a.origin.file === 'web/2023-12-14-fangshan-sijizhijia.txt',
    )!;
    withCaption.paragraphs.splice(1, 0, '图为货车司机在“司机之家”休息。');
    const briefs = articles.filter((a) => a.origin.file === 'ldwb/2024-04-17/06.txt');
    const [first, second] = [briefs[1]!, briefs[2]!];
    first.paragraphs = [...first.paragraphs, ...second.paragraphs];
    articles.splice(articles.indexOf(second), 1);
    const tianjin = articles.find((a) => a.origin.file === 'web/binhai-xinchun-songwennuan.txt')!;
    tianjin.unions = tianjin.unions.filter((u) => u !== '天津市总工会');
    tianjin.districts = ['大兴区'];
    const report = scoreEval(pages, articles);
    expect(report.missing.map((e) => e.story.title)).toEqual([second.title]);
    expect(report.bodiesExact).toBe(report.expected - 3);
    expect(report.districts.fp).toBe(1);
    expect(report.unions.fn).toBe(1 + second.unions.length);
    expect(report.mismatches.join('\n')).toMatch(/paragraph 2 differs at 0: expected …这家企业/);
  });
});

// The issue 7 targets on set 2, scored through `npm run ingest` as a black box (met since parser
// round 2; tests/fixtures/eval2/README.md has the scores). `npx tsx tests/fixtures/eval2/score.ts`
// lists the mismatches.
describeIssue7Targets('evaluation set 2', loadExpected2, join(EVAL2_DIR, 'pages'));
