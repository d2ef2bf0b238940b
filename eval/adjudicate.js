// Second reading of a blind system's false positives (eval/systems/*/adjudication.yaml).
//
// An expected list is never corrected after the findings are read, so a FAIL it left out counts
// as a false positive even when it is right. The strict precision stays the headline. Beside it,
// an engineer who wrote neither the system, nor its list, nor the rule judges each such FAIL from
// the inputs alone (`right`: the inputs state the fact and the cited article requires what the
// finding says is missing; `wrong`: they do not) and writes the reason down. The adjudicated
// precision counts the FAILs judged right as true; a FAIL with no verdict counts as false, and a
// verdict matching no FAIL of the run (the rule or its target changed since) is reported as
// stale, so a figure never rests on a judgement of a finding that no longer exists.
//
// Plain JavaScript (types in adjudicate.d.ts), tested in tests/eval-matcher.test.ts.

const VERDICTS = new Set(['right', 'wrong']);

/** The verdicts of an adjudication.yaml document, keyed by `rule target.key`. */
export function verdictsOf(document, file) {
  const verdicts = new Map();
  for (const [index, entry] of (document?.findings ?? []).entries()) {
    if (typeof entry?.rule !== 'string' || typeof entry?.target !== 'string' || !VERDICTS.has(entry?.verdict) || typeof entry?.reason !== 'string' || entry.reason.trim() === '') {
      throw new Error(`${file}: findings[${index}] needs rule, target, verdict (right or wrong) and a reason`);
    }
    const key = `${entry.rule} ${entry.target}`;
    if (verdicts.has(key)) throw new Error(`${file}: findings[${index}] judges ${key} a second time`);
    verdicts.set(key, entry);
  }
  return verdicts;
}

/**
 * Applies verdicts to a system's score (scoreSystem's result): how many of its false positives
 * were judged right, wrong or not at all, which verdicts matched none, and the adjudicated precision.
 */
export function adjudicate(score, verdicts) {
  const used = new Set();
  let right = 0;
  let wrong = 0;
  let unjudged = 0;
  for (const fp of score.falsePositives) {
    const key = `${fp.finding.ruleId} ${fp.finding.target.key}`;
    const verdict = verdicts.get(key);
    if (verdict === undefined) unjudged += 1;
    else {
      used.add(key);
      if (verdict.verdict === 'right') right += 1;
      else wrong += 1;
    }
  }
  const stale = [...verdicts.keys()].filter((key) => !used.has(key));
  const truePositives = score.failCount - score.falsePositives.length;
  return {
    right,
    wrong,
    unjudged,
    stale,
    failCount: score.failCount,
    truePositives,
    precision: score.failCount === 0 ? 1 : (truePositives + right) / score.failCount,
  };
}

/** Adjudicated figures over several systems, micro-averaged like scoreOverall. */
export function adjudicateOverall(results) {
  const sum = (pick) => results.reduce((n, r) => n + pick(r), 0);
  const failCount = sum((r) => r.failCount);
  const truePositives = sum((r) => r.truePositives);
  const right = sum((r) => r.right);
  return {
    right,
    wrong: sum((r) => r.wrong),
    unjudged: sum((r) => r.unjudged),
    stale: results.flatMap((r) => r.stale),
    failCount,
    truePositives,
    precision: failCount === 0 ? 1 : (truePositives + right) / failCount,
  };
}
