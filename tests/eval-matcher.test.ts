// The evaluation harness's matcher (eval/match-findings.js) on small made-up inputs: which FAIL
// finding counts for which expected item, what is a false positive, a duplicate, a FAIL on an
// unstated fact, and the figures computed from them. Not the evaluation's own figures.
import { describe, expect, it } from 'vitest';
import { bestEntry, namesSubject, parseEvalArgs, scoreOverall, scoreSystem, type EvalFinding, type ExpectedDocument } from '../eval/match-findings.js';
import { adjudicate, adjudicateOverall, verdictsOf } from '../eval/adjudicate.js';

const fail = (ruleId: string, key: string, members?: string[]): EvalFinding => ({
  ruleId,
  status: 'FAIL',
  target: { key, label: key },
  ...(members ? { members: { count: members.length, items: members.map((m) => ({ key: m, label: m })) } } : {}),
});

describe('namesSubject', () => {
  it('finds a subject as a whole name between separators', () => {
    expect(namesSubject('ruoyi/admin>trip-lookup', 'ruoyi/admin')).toBe(true);
    expect(namesSubject('policy.id=ruoyi/password-policy;account.mfa=', 'ruoyi/password-policy')).toBe(true);
    expect(namesSubject('ruoyi/admin>trip-lookup', 'trip-lookup')).toBe(true);
  });
  it('does not find a subject inside a longer name', () => {
    expect(namesSubject('ruoyi/administrator', 'ruoyi/admin')).toBe(false);
    expect(namesSubject('trip-lookup-v2', 'trip-lookup')).toBe(false);
    expect(namesSubject('my-orders', 'orders')).toBe(false);
    expect(namesSubject('anything', '')).toBe(false);
  });
  it('finds a later whole occurrence after a partial one', () => {
    expect(namesSubject('orders-archive>orders', 'orders')).toBe(true);
  });
});

describe('bestEntry', () => {
  const entries = [
    { id: 'A', rules: ['R-1'], subjects: ['role-x', 'screen-a'] },
    { id: 'B', rules: ['R-1'], subjects: ['role-x', 'screen-b'] },
  ];
  it('needs the rule id and a subject', () => {
    expect(bestEntry(fail('R-2', 'role-x>screen-a'), entries)).toBeUndefined();
    expect(bestEntry(fail('R-1', 'role-y>screen-c'), entries)).toBeUndefined();
  });
  it('prefers the entry naming the most subjects, then the first listed', () => {
    expect(bestEntry(fail('R-1', 'role-x>screen-b'), entries)?.id).toBe('B');
    expect(bestEntry(fail('R-1', 'role-x>screen-c'), entries)?.id).toBe('A');
  });
  it('reads the members of a grouped finding', () => {
    expect(bestEntry(fail('R-1', 'policy.id=p1', ['screen-b']), entries)?.id).toBe('B');
  });
  it('on a tie, prefers the entry the target (a grouped finding\'s cause) names over one only a member names', () => {
    const tied = [
      { id: 'EXPORT', rules: ['R-1'], subjects: ['screen-a', 'role-z'] },
      { id: 'LINE', rules: ['R-1'], subjects: ['role-y'] },
    ];
    expect(bestEntry(fail('R-1', 'role=role-y;grant.pattern=/api/*', ['role-y>screen-a', 'role-y>screen-b']), tied)?.id).toBe('LINE');
    // Named alike by the target, the first listed.
    expect(bestEntry(fail('R-1', 'role-q>screen-a'), [tied[0] as (typeof tied)[number], { id: 'OTHER', rules: ['R-1'], subjects: ['screen-a'] }])?.id).toBe('EXPORT');
  });
});

describe('scoreSystem', () => {
  const doc: ExpectedDocument = {
    system: 'made-up',
    expected: [
      { id: 'E1', rules: ['R-1'], subjects: ['acct-1'] },
      { id: 'E2', rules: ['R-2', 'R-3'], subjects: ['store-a'] },
      { id: 'E3', rules: [], subjects: ['api-z'] },
    ],
    trueNegatives: [{ id: 'T1', rules: ['R-4'], subjects: ['flow-ok'] }],
    unstated: [{ id: 'U1', rules: ['R-5'], subjects: ['store-a'] }],
  };
  const findings: EvalFinding[] = [
    fail('R-1', 'acct-1'),
    fail('R-2', 'store-a'),
    fail('R-3', 'store-a'), // same cause as the one before: a duplicate
    fail('R-4', 'flow-ok'), // reported where nothing is wrong
    fail('R-5', 'store-a'), // a FAIL on a fact nobody stated
    fail('R-9', 'elsewhere'), // matches nothing
    { ruleId: 'R-1', status: 'NOT_EVALUATED', target: { key: 'acct-2', label: 'acct-2' } }, // not a FAIL: ignored
  ];
  const score = scoreSystem(doc, findings);

  it('counts an item found when any of its rules fails on one of its subjects', () => {
    expect(score.found.map((f) => f.item.id)).toEqual(['E1', 'E2']);
    expect(score.missed.map((i) => i.id)).toEqual(['E3']);
    expect(score.recall).toBeCloseTo(2 / 3);
  });
  it('counts every FAIL matching no item as a false positive, tagged by what it fell on', () => {
    expect(score.failCount).toBe(6);
    expect(score.falsePositives.map((fp) => [fp.finding.ruleId, fp.trueNegative, fp.unstated])).toEqual([
      ['R-4', 'T1', undefined],
      ['R-5', undefined, 'U1'],
      ['R-9', undefined, undefined],
    ]);
    expect(score.unstatedFails).toBe(1);
    expect(score.trueNegativeFails).toBe(1);
    expect(score.precision).toBeCloseTo(3 / 6);
  });
  it('finds an item through an aspect folded into another finding, adding no FAIL and no duplicate', () => {
    const host: EvalFinding = { ...fail('R-1', 'acct-1'), aspects: [fail('R-3', 'store-a'), fail('R-4', 'flow-ok')] };
    const folded = scoreSystem(doc, [host]);
    expect(folded.found.map((f) => [f.item.id, f.findings.length, f.byAspect?.ruleId])).toEqual([
      ['E1', 1, undefined],
      ['E2', 0, 'R-3'],
    ]);
    expect(folded.failCount).toBe(1);
    expect(folded.duplicates).toBe(0);
    expect(folded.aspectsOnTrueNegatives.map((a) => [a.finding.ruleId, a.trueNegative])).toEqual([['R-4', 'T1']]);
    // Without the aspect the item is missed: the aspect is what finds it.
    expect(scoreSystem(doc, [fail('R-1', 'acct-1')]).missed.map((i) => i.id)).toEqual(['E2', 'E3']);
  });
  it('counts second findings on one item as duplicates', () => {
    expect(score.duplicates).toBe(1);
  });
  it('scores a system with no FAIL as fully precise and one with no expected item as fully recalled', () => {
    const none = scoreSystem({ system: 'empty' }, []);
    expect(none.precision).toBe(1);
    expect(none.recall).toBe(1);
  });
  it('adds systems up over items and FAILs, not by averaging percentages', () => {
    const other = scoreSystem({ system: 'b', expected: [{ id: 'X', rules: ['R-1'], subjects: ['a'] }] }, [fail('R-1', 'a')]);
    const overall = scoreOverall([score, other]);
    expect(overall.expectedCount).toBe(4);
    expect(overall.foundCount).toBe(3);
    expect(overall.recall).toBeCloseTo(3 / 4);
    expect(overall.failCount).toBe(7);
    expect(overall.precision).toBeCloseTo(4 / 7);
  });
});

describe('adjudication of false positives', () => {
  const doc: ExpectedDocument = {
    system: 'made-up',
    expected: [{ id: 'E1', rules: ['R-1'], subjects: ['acct-1'] }],
  };
  // One true positive and three false positives: the list left out is wrong.
  const score = scoreSystem(doc, [fail('R-1', 'acct-1'), fail('R-2', 'store-a'), fail('R-3', 'store-b'), fail('R-9', 'elsewhere')]);
  const verdicts = verdictsOf(
    {
      findings: [
        { rule: 'R-2', target: 'store-a', verdict: 'right', reason: 'the period is stated and nothing deletes' },
        { rule: 'R-9', target: 'elsewhere', verdict: 'wrong', reason: 'the control is stated' },
        { rule: 'R-7', target: 'gone', verdict: 'right', reason: 'a finding of an earlier run' },
      ],
    },
    'adjudication.yaml',
  );
  const result = adjudicate(score, verdicts);

  it('counts false positives judged right as true, and unjudged ones as false', () => {
    expect([result.right, result.wrong, result.unjudged]).toEqual([1, 1, 1]);
    expect(score.precision).toBeCloseTo(1 / 4);
    expect(result.precision).toBeCloseTo(2 / 4);
  });
  it('reports a verdict that matches no false positive of the run as stale', () => {
    expect(result.stale).toEqual(['R-7 gone']);
  });
  it('adds systems up over FAILs', () => {
    const clean = adjudicate(scoreSystem(doc, [fail('R-1', 'acct-1')]), new Map());
    const overall = adjudicateOverall([result, clean]);
    expect(overall.failCount).toBe(5);
    expect(overall.precision).toBeCloseTo(3 / 5);
  });
  it('refuses a verdict without a reason, an unknown verdict and a finding judged twice', () => {
    expect(() => verdictsOf({ findings: [{ rule: 'R-2', target: 'a', verdict: 'right', reason: ' ' }] }, 'f.yaml')).toThrow(/f\.yaml: findings\[0\]/);
    expect(() => verdictsOf({ findings: [{ rule: 'R-2', target: 'a', verdict: 'maybe' as 'right', reason: 'x' }] }, 'f.yaml')).toThrow(/right or wrong/);
    const twice = { rule: 'R-2', target: 'a', verdict: 'right' as const, reason: 'x' };
    expect(() => verdictsOf({ findings: [twice, twice] }, 'f.yaml')).toThrow(/second time/);
  });
});

describe('run-eval.js arguments', () => {
  it('without --json every word is a system, the first one included', () => {
    expect(parseEvalArgs(['dating-app', 'childcare-chain'])).toEqual({ systems: ['dating-app', 'childcare-chain'], jsonFile: undefined });
  });

  it('the word after --json is its file, not a system, wherever --json stands', () => {
    expect(parseEvalArgs(['--json', 'out.json', 'dating-app'])).toEqual({ systems: ['dating-app'], jsonFile: 'out.json' });
    expect(parseEvalArgs(['dating-app', '--json', 'out.json'])).toEqual({ systems: ['dating-app'], jsonFile: 'out.json' });
    expect(parseEvalArgs([])).toEqual({ systems: [], jsonFile: undefined });
  });
});
