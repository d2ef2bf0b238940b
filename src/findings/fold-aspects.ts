// One finding per cause across rules. The same over-broad grant can fail several rules: a free
// lookup of anyone (PIPL-QRY-001), its unmasked results (PIPL-QRY-002), a scope wider than the job
// (PIPL-QRY-006), the wildcard policy line that gives that scope (PIPL-CAS-001). Where a narrower
// rule says in its `aspectOf` that its verdict is part of the cause a broader rule's verdict names
// (for a decision table: the rows whose reason already names it), its FAIL on an item folds into
// the broader rule's FAIL on the same item (a grouped finding: on every item it groups, all in one
// broader finding): one finding, listing every aspect in full (each with its own fingerprint,
// evidence and severity), at the worst severity of them all. A link `on: system` names a rule that
// judges the system as a whole (the system view, one item): the FAIL folds into that rule's FAIL on
// the system, whatever item it is on (an interface whose use is not logged, where the system's
// audit log records no reads at all). Links may chain (an aspect of a rule that is itself an aspect
// of a third): the fold follows the chain to the finding that stays and lists every aspect flat
// under it. A FAIL the broader rule decided by another row, a broader finding that is not a FAIL
// (passed, suppressed by an exception, not evaluated) and a narrower finding that is not a FAIL all
// stay apart.
import type { AspectLink } from '../rules/rule-schema.js';
import { MEMBER_FINDINGS, SEVERITY_RANK, VIA_KEYS, type Finding, type WithMemberFindings, type WithViaKeys } from './finding.js';

/** The rule ids' aspect links, as the rules state them. */
export type AspectLinks = ReadonlyMap<string, readonly AspectLink[]>;

export function foldAspects<F extends Finding>(findings: readonly F[], links: AspectLinks): F[] {
  if (links.size === 0) return [...findings];
  // A FAIL is known by each item it speaks for: its target, or (grouped by a shared cause) each member.
  const fails = new Map<string, F>();
  const systemFails = new Map<string, F>();
  for (const f of findings) {
    if (f.status !== 'FAIL') continue;
    for (const key of itemKeysOf(f)) fails.set(`${f.ruleId}\0${key}`, f);
    if (f.view === 'system') systemFails.set(f.ruleId, f);
  }
  const hostOf = new Map<F, F>();
  // A grouped finding that folds member by member (a link with `members: each`): its members, each
  // the finding it is ungrouped, stand in for it; the group itself is not listed.
  const split = new Map<F, F[]>();
  for (const f of findings) {
    if (f.status !== 'FAIL') continue;
    for (const link of links.get(f.ruleId) ?? []) {
      // A FAIL this rule decided by a row the link does not list is another cause: it stays apart.
      if (link.fromRows && !link.fromRows.includes(f.decision?.row ?? '')) continue;
      const fits = (host: F | undefined): host is F =>
        host !== undefined && host !== f && (link.on === 'system' || link.via !== undefined || host.view === f.view) && (!link.rows || link.rows.includes(host.decision?.row ?? ''));
      // A link via a path: the broader finding is on the entity that path names (another view).
      if (link.via !== undefined) {
        const id = (f as WithViaKeys)[VIA_KEYS]?.[link.via];
        const viaHost = id === undefined ? undefined : fails.get(`${link.rule}\0${id}`);
        if (fits(viaHost)) {
          hostOf.set(f, viaHost);
          break;
        }
        continue;
      }
      // Every item of the narrower finding must be an item of one and the same broader FAIL: a
      // grouped cause (one policy line over several grants) folds whole or not at all …
      const host = link.on === 'system' ? systemFails.get(link.rule) : oneHost(itemKeysOf(f).map((key) => fails.get(`${link.rule}\0${key}`)));
      if (fits(host)) {
        hostOf.set(f, host);
        break;
      }
      // … unless the link folds it member by member and every member has a broader FAIL of its own.
      if (link.members !== 'each' || link.on === 'system' || !f.members || f.members.items.length === 0) continue;
      const memberFindings = (f as WithMemberFindings)[MEMBER_FINDINGS]?.() as F[] | undefined;
      if (!memberFindings || memberFindings.length !== f.members.items.length) continue;
      const hosts = memberFindings.map((m) => fails.get(`${link.rule}\0${m.target.key}`));
      if (!hosts.every(fits)) continue;
      memberFindings.forEach((m, i) => hostOf.set(m, hosts[i] as F));
      split.set(f, memberFindings);
      break;
    }
  }
  // An aspect whose host was split folds into the member for its item instead (the chain goes on
  // from there); one that spans several members has no single host left and stays apart.
  for (const [aspect, host] of hostOf) {
    const members = split.get(host);
    if (!members) continue;
    const keys = new Set(itemKeysOf(aspect));
    const member = members.find((m) => keys.size === 1 && keys.has(m.target.key));
    if (member) hostOf.set(aspect, member);
    else hostOf.delete(aspect);
  }
  if (hostOf.size === 0) return [...findings];
  // A host that is itself an aspect: follow the chain to the finding that stays (rules load only
  // without cycles; the bound keeps a malformed set from looping).
  const rootOf = (f: F): F => {
    let host = hostOf.get(f) as F;
    for (let hops = 0; hostOf.has(host) && hops < hostOf.size; hops++) host = hostOf.get(host) as F;
    return host;
  };
  const aspectsOf = new Map<F, F[]>();
  for (const aspect of hostOf.keys()) {
    const host = rootOf(aspect);
    const list = aspectsOf.get(host);
    if (list) list.push(aspect);
    else aspectsOf.set(host, [aspect]);
  }
  const out: F[] = [];
  for (const f of findings) {
    if (hostOf.has(f) || split.has(f)) continue;
    const aspects = aspectsOf.get(f);
    if (!aspects) {
      out.push(f);
      continue;
    }
    aspects.sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
    const worst = aspects.reduce((s, a) => (SEVERITY_RANK[a.severity] > SEVERITY_RANK[s] ? a.severity : s), f.severity);
    out.push({ ...f, severity: worst, aspects: [...(f.aspects ?? []), ...aspects] });
  }
  return out;
}

/** The items a finding speaks for: its target, or each member of a grouped finding. */
function itemKeysOf(f: Finding): string[] {
  return f.members && f.members.items.length > 0 ? f.members.items.map((m) => m.key) : [f.target.key];
}

/** The one finding every entry names, or undefined when one is missing or they differ. */
function oneHost<F>(hosts: ReadonlyArray<F | undefined>): F | undefined {
  const first = hosts[0];
  return first !== undefined && hosts.every((h) => h === first) ? first : undefined;
}

/** Every finding and, after it, each of its aspects as a finding of its own (for comparing verdicts rule by rule). */
export function withAspects<F extends Finding>(findings: readonly F[]): F[] {
  const out: F[] = [];
  for (const f of findings) {
    out.push(f);
    for (const a of f.aspects ?? []) out.push(a as F);
  }
  return out;
}

/** The findings with every aspect standing alone again, as each rule decided it (verification compares rule by rule). */
export function unfoldAspects<F extends Finding>(findings: readonly F[]): F[] {
  if (!findings.some((f) => f.aspects)) return [...findings];
  return withAspects(findings).map((f) => {
    if (!f.aspects) return f;
    const { aspects: _aspects, ...rest } = f;
    return rest as F;
  });
}
