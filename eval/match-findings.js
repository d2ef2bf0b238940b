// Matches an audit's FAIL findings to an auditor's expected list (eval/systems/*/expected.yaml)
// and computes recall and precision. Plain JavaScript (types in match-findings.d.ts) so that
// `npm run eval` needs nothing but the built library; the logic is tested in
// tests/eval-matcher.test.ts on small made-up inputs.
//
// A FAIL finding matches an expected item when the item lists the finding's rule id and the
// finding names one of the item's subjects. A finding "names" a subject when the subject occurs
// in its target key or label, or in a member's key or label, with no id character (letter,
// digit, `_`, `.`, `-`) directly before or after it: `ruoyi/admin` is named by
// `ruoyi/admin>trip-lookup` and `policy.id=ruoyi/admin`, not by `ruoyi/administrator`. When
// several items match, the one naming the most subjects wins (then the one the finding's target
// names the most subjects of: a grouped finding's target is its cause; then the first listed).

const ID_CHAR = /[\p{L}\p{N}_.-]/u;

/** Whether `text` holds `subject` as a whole name (see above). */
export function namesSubject(text, subject) {
  if (!subject) return false;
  let from = 0;
  for (;;) {
    const at = text.indexOf(subject, from);
    if (at < 0) return false;
    const before = at === 0 ? '' : text[at - 1];
    const after = text[at + subject.length] ?? '';
    if (!ID_CHAR.test(before) && !ID_CHAR.test(after)) return true;
    from = at + 1;
  }
}

/** The texts a finding is known by: its target and every member's. */
function findingTexts(finding) {
  const texts = [finding.target.key, finding.target.label];
  for (const member of finding.members?.items ?? []) texts.push(member.key, member.label);
  return texts.filter((t) => typeof t === 'string');
}

/** How many of `subjects` the finding names. */
export function subjectsNamed(finding, subjects) {
  const texts = findingTexts(finding);
  return subjects.filter((s) => texts.some((t) => namesSubject(t, s))).length;
}

/** How many of `subjects` the finding's own target names (for a grouped finding: its cause). */
function subjectsNamedByTarget(finding, subjects) {
  const texts = [finding.target.key, finding.target.label].filter((t) => typeof t === 'string');
  return subjects.filter((s) => texts.some((t) => namesSubject(t, s))).length;
}

/** The entry of `entries` (expected items, true negatives or unstated facts) the finding matches, or undefined. */
export function bestEntry(finding, entries) {
  let best;
  let bestCount = 0;
  let bestByTarget = 0;
  for (const entry of entries) {
    if (!(entry.rules ?? []).includes(finding.ruleId)) continue;
    const count = subjectsNamed(finding, entry.subjects ?? []);
    if (count === 0) continue;
    // On a tie, the entry its target names wins: a grouped finding is about its cause (a policy
    // line's holder), its members are the places the cause reaches.
    const byTarget = subjectsNamedByTarget(finding, entry.subjects ?? []);
    if (count > bestCount || (count === bestCount && byTarget > bestByTarget)) {
      best = entry;
      bestCount = count;
      bestByTarget = byTarget;
    }
  }
  return best;
}

/**
 * Scores one system: `expected` is the parsed expected.yaml, `findings` the report's findings.
 * Only FAIL findings count. Returns per-item outcomes and the figures.
 */
export function scoreSystem(expected, findings) {
  const items = expected.expected ?? [];
  const negatives = expected.trueNegatives ?? [];
  const unstated = expected.unstated ?? [];
  const fails = findings.filter((f) => f.status === 'FAIL');
  const hits = new Map(items.map((item) => [item.id, []]));
  const falsePositives = [];
  for (const finding of fails) {
    const item = bestEntry(finding, items);
    if (item) {
      hits.get(item.id).push(finding);
      continue;
    }
    falsePositives.push({
      finding,
      trueNegative: bestEntry(finding, negatives)?.id,
      unstated: bestEntry(finding, unstated)?.id,
    });
  }
  // A finding's aspects (narrower rules' FAILs folded into it, one cause) are shown with it in every
  // report: an item an aspect matches is found by that finding. They add no FAIL to the count (the
  // finding is one), and a found item is not a duplicate because an aspect also names it; an aspect
  // on a true negative is listed apart, since the finding it sits in is counted once already.
  const aspectHits = new Map();
  const aspectsOnTrueNegatives = [];
  for (const finding of fails) {
    for (const aspect of finding.aspects ?? []) {
      if (aspect.status !== 'FAIL') continue;
      const item = bestEntry(aspect, items);
      if (item) {
        if (!aspectHits.has(item.id)) aspectHits.set(item.id, aspect);
        continue;
      }
      const trueNegative = bestEntry(aspect, negatives)?.id;
      if (trueNegative !== undefined) aspectsOnTrueNegatives.push({ finding: aspect, trueNegative, unstated: undefined });
    }
  }
  const isFound = (item) => hits.get(item.id).length > 0 || aspectHits.has(item.id);
  const found = items.filter(isFound);
  const missed = items.filter((item) => !isFound(item));
  const duplicates = [...hits.values()].reduce((n, list) => n + Math.max(0, list.length - 1), 0);
  const truePositives = fails.length - falsePositives.length;
  return {
    system: expected.system,
    expectedCount: items.length,
    failCount: fails.length,
    found: found.map((item) => ({ item, findings: hits.get(item.id), ...(hits.get(item.id).length === 0 ? { byAspect: aspectHits.get(item.id) } : {}) })),
    aspectsOnTrueNegatives,
    missed,
    falsePositives,
    duplicates,
    unstatedFails: falsePositives.filter((fp) => fp.unstated !== undefined).length,
    trueNegativeFails: falsePositives.filter((fp) => fp.trueNegative !== undefined).length,
    recall: ratio(found.length, items.length),
    precision: ratio(truePositives, fails.length),
  };
}

/** Overall figures: recall over every expected item, precision over every FAIL (micro-averaged). */
export function scoreOverall(scores) {
  const sum = (pick) => scores.reduce((n, s) => n + pick(s), 0);
  const expectedCount = sum((s) => s.expectedCount);
  const foundCount = sum((s) => s.found.length);
  const failCount = sum((s) => s.failCount);
  const fpCount = sum((s) => s.falsePositives.length);
  return {
    expectedCount,
    foundCount,
    failCount,
    falsePositiveCount: fpCount,
    duplicates: sum((s) => s.duplicates),
    unstatedFails: sum((s) => s.unstatedFails),
    trueNegativeFails: sum((s) => s.trueNegativeFails),
    recall: ratio(foundCount, expectedCount),
    precision: ratio(failCount - fpCount, failCount),
  };
}

function ratio(numerator, denominator) {
  return denominator === 0 ? 1 : numerator / denominator;
}

/**
 * The command line of run-eval.js: the systems named (none = all) and the file after `--json`.
 * Only the word right after `--json` is its file; without `--json` every word is a system.
 */
export function parseEvalArgs(args) {
  const jsonAt = args.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  const systems = args.filter((a, i) => !a.startsWith('--') && !(jsonAt >= 0 && i === jsonAt + 1));
  return { systems, jsonFile };
}
