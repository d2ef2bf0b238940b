// Running one compiled rule over its view: which items it applies to, whether each is stated
// well enough to judge, whether it complies, and the evidence when it does not.
import { statedByText } from '../i18n/stated-by-text.js';
import type { ErrorObject } from 'ajv';
import type { Provenance, SourceRef } from '../inventory/provenance.js';
import { MEMBER_FINDINGS, SEVERITY_RANK, VIA_KEYS, type WithMemberFindings, type Evidence, type Finding, type FindingDecision, type Status, type VolumeEscalation } from '../findings/finding.js';
import { causeKeyOf, causeKeyText, valueText, type CauseKey } from './cause-key.js';
import { unstatedCauseOf, unstatedGroupKey } from './unstated-cause.js';
import { conditionedInputs, decide, type CompiledDecisionTable } from './decision-table.js';
import type { VolumeCrossing } from '../reach/volume-threshold.js';
import { SEVERITIES, type Severity } from './rule-schema.js';
import { fingerprintOf } from '../findings/fingerprint.js';
import type { Bilingual } from '../i18n/bilingual.js';
import { escapeSegment, pathSegments } from '../sources/json-pointer.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { StatedBy, ViewItem } from '../views/view.js';
import type { CompiledNeed, CompiledRule } from './compile-rule.js';
import { inForceOn } from './instrument-in-force.js';
import type { Condition } from '../schema/boolean-condition.js';
import { readPath } from './item-path.js';
import { renderTemplate } from './render-template.js';

export interface RuleCounts {
  FAIL: number;
  PASS: number;
  NOT_EVALUATED: number;
  MANUAL: number;
  notApplicable: number;
}

export interface RuleOutcome {
  findings: Finding[];
  counts: RuleCounts;
}

export interface EvaluateOptions {
  provenance: Provenance;
  taxonomy: Taxonomy;
  /** Keep a finding for every PASS (fixtures, JUnit); otherwise passes are only counted. */
  includePassed: boolean;
  /** The view's table of which manifest key (or export setting) states each field, for NOT_EVALUATED reasons. */
  statedBy?: Readonly<Record<string, StatedBy>>;
  /**
   * The date the audit speaks for (YYYY-MM-DD): an item whose every grounding basis entry is of an
   * instrument not yet in force on it is not applicable. Left out, every instrument counts as in force.
   */
  asOf?: string;
}

const MAX_EVIDENCE = 6;
const MAX_ERROR_EVIDENCE = 3;

/** Every item is grounded: an entry without groundsWhen is in force. */
const EVERY_ITEM = 'every-item';

/**
 * What grounds the rule on the audit date: every item, when a grounding entry of an instrument in
 * force holds for all items; otherwise the conditions (groundsWhen) of the in-force entries, of
 * which an item must meet one (none: the rule requires nothing of any item yet).
 */
function groundedOn(rule: CompiledRule, asOf: string | undefined): typeof EVERY_ITEM | Condition[] {
  // No basis to date (a test rule): nothing is taken away.
  if (asOf === undefined || rule.grounding.length === 0) return EVERY_ITEM;
  const inForce = rule.grounding.filter((g) => inForceOn(g.instrument, asOf));
  if (inForce.some((g) => g.when === undefined)) return EVERY_ITEM;
  return inForce.map((g) => g.when as Condition);
}

export function evaluateRule(rule: CompiledRule, items: readonly ViewItem[], options: EvaluateOptions): RuleOutcome {
  const evaluation = ruleEvaluation(rule, options);
  evaluation.add(items, 0, items.length);
  return evaluation.finish();
}

/** A rule's evaluation fed its view's items a block at a time (in order), then finished. */
export interface RuleEvaluation {
  /** Evaluates items[from] up to (not including) items[to], after every item added before. */
  add(items: readonly ViewItem[], from: number, to: number): void;
  /** The findings (the groups' made now) and counts of every item added. */
  finish(): RuleOutcome;
}

/**
 * evaluateRule taken apart: fed items[0..k), then items[k..n), it gives exactly what evaluateRule
 * gives for items[0..n). runRules feeds every rule of a view the same block before the next, so
 * a block of a 300,000-item view is read from memory once for all its rules, not once per rule.
 */
export function ruleEvaluation(rule: CompiledRule, options: EvaluateOptions): RuleEvaluation {
  const { definition } = rule;
  const counts: RuleCounts = { FAIL: 0, PASS: 0, NOT_EVALUATED: 0, MANUAL: 0, notApplicable: 0 };
  const findings: Finding[] = [];
  // A rule with a shared cause collects its verdicts by (status, cause) and makes one finding per group.
  const groupBy = definition.groupBy;
  // A NOT_EVALUATED group's cause is the facts its items miss; it is named once all are in (src/rules/unstated-cause.ts).
  const groups = groupBy ? new Map<string, { cause: CauseKey | undefined; verdicts: Verdict[] }>() : undefined;
  const grounded = groundedOn(rule, options.asOf);
  const add = (items: readonly ViewItem[], from: number, to: number): void => {
    for (let at = from; at < to; at++) {
      const item = items[at] as ViewItem;
      let data = item.data;
      if (rule.derive.length > 0 && !rule.appliesBeforeDerive) data = derived(rule, data);
      if ((rule.applies && !rule.applies(data)) || (grounded !== EVERY_ITEM && !grounded.some((when) => when(data)))) {
        counts.notApplicable++;
        continue;
      }
      // `applies` cannot see the derived values: only the items it applies to are copied and derived.
      if (rule.appliesBeforeDerive && !rule.derivesForMessageOnly) data = derived(rule, data);
      // A need is a path, or a list of paths of which at least one must be stated.
      let missing: readonly Missing[] = rule.needs.length === 0 ? NOTHING_MISSING : missingNeeds(rule.needs, data);
      let status: Status;
      let errors: readonly ErrorObject[] = NO_ERRORS;
      let severity = definition.severity;
      let decided: Verdict['decided'];
      if (missing.length > 0) status = 'NOT_EVALUATED';
      else if (rule.decision) {
        // The table decides: its row gives the result and the severity, or the verdict depends on unstated inputs.
        const table = rule.decision;
        const decision = decide(table, data);
        if ('row' in decision) {
          const row = table.rows[decision.row] as CompiledDecisionTable['rows'][number];
          status = row.result;
          severity = row.severity ?? definition.severity;
          decided = { table, row: decision.row };
        } else {
          status = 'NOT_EVALUATED';
          missing = unstatedInputs(table, decision.unstated);
          decided = { table, unstated: decision.unstated };
        }
      } else if (!rule.require) status = 'MANUAL';
      else if (rule.requirePasses?.(data) || rule.require(data)) status = 'PASS';
      else {
        status = 'FAIL';
        errors = withoutContainsDetail(rule.require.errors ?? []);
      }
      counts[status as keyof RuleCounts]++;
      if (status === 'PASS' && !options.includePassed) continue;
      const verdict: Verdict = { item, data, status, severity, missing, errors, ...(decided ? { decided } : {}) };
      if (groups && groupBy && (definition.groupUnstated !== 'apart' || anyPathStated(groupBy, data))) {
        // The cause's labels are written once per group, from its first verdict (as they were read before).
        const unstated = status === 'NOT_EVALUATED';
        const groupKey = unstated ? unstatedGroupKey(missing) : `${status}\0${causeKeyText(groupBy, data)}`;
        const group = groups.get(groupKey);
        if (group) group.verdicts.push(verdict);
        else groups.set(groupKey, { cause: unstated ? undefined : causeKeyOf(groupBy, data), verdicts: [verdict] });
        continue;
      }
      findings.push(withViaKeys(rule, findingOf(rule, verdict, options), [verdict]));
    }
  };
  const finish = (): RuleOutcome => {
    if (groups && groupBy) {
      for (const { cause, verdicts } of groups.values()) {
        const named = cause ?? unstatedCauseOf(groupBy, verdicts.map((v) => v.data), (verdicts[0] as Verdict).missing);
        findings.push(withViaKeys(rule, groupFindingOf(rule, groupBy, named, verdicts, options), verdicts));
      }
    }
    return { findings, counts };
  };
  return { add, finish };
}

/**
 * The finding with, for each aspect link `via` a path, the id of the entity that path names in its
 * items (one id all of them name; none when they differ or none is stated), for the fold to find
 * the broader rule's finding on that entity (src/findings/fold-aspects.ts).
 */
function withViaKeys(rule: CompiledRule, finding: Finding, verdicts: readonly Verdict[]): Finding {
  const paths = (rule.definition.aspectOf ?? []).flatMap((link) => (link.via ? [link.via] : []));
  if (paths.length === 0) return finding;
  const keys: Record<string, string> = {};
  for (const path of paths) {
    const ids = new Set(verdicts.map((v) => valueText(readPath(v.data, path))));
    const [id] = [...ids];
    if (ids.size === 1 && id !== undefined) keys[path] = id;
  }
  return { ...finding, [VIA_KEYS]: keys } as Finding;
}

// The loop above runs once per item and rule (some 5.6 million times for a national inventory),
// so no arrow function in its body closes over a variable of the body: one that did (`data`, read
// by a `groupBy.some(…)` callback) made V8 allocate a context object for every iteration, taken or
// not (~45 bytes each, a quarter of a GB of garbage per audit). What such callbacks did is here.

/** Whether one of `paths` reads a value other than null in `data`. */
function anyPathStated(paths: readonly string[], data: Record<string, unknown>): boolean {
  for (const path of paths) if (readPath(data, path) != null) return true;
  return false;
}

/** The unstated inputs of a decision table, as missing facts. */
function unstatedInputs(table: CompiledDecisionTable, unstated: readonly number[]): Missing[] {
  return unstated.map((i) => ({ need: (table.inputs[i]?.needs ?? []).join(' | '), label: table.inputs[i]?.title }));
}

/** The item's data with the rule's derived values added (a copy: the view's item is shared by every rule). */
function derived(rule: CompiledRule, data: Record<string, unknown>): Record<string, unknown> {
  const out = { ...data };
  for (const d of rule.derive) out[d.name] = d.fn(out, d.args);
  return out;
}

/** One item's verdict, before it becomes a finding (alone, or as a member of a group). */
interface Verdict {
  item: ViewItem;
  data: Record<string, unknown>;
  status: Status;
  /** The rule's severity, or the deciding row's. */
  severity: Severity;
  missing: readonly Missing[];
  errors: readonly ErrorObject[];
  /** For a decision-table rule: the row that decided, or the unstated inputs (indices) the verdict depends on. */
  decided?: { table: CompiledDecisionTable; row?: number; unstated?: number[] };
}

/** A fact not stated: the need's paths (alternatives joined by ` | `) and, for a table input, its name. */
interface Missing {
  need: string;
  label?: Bilingual | undefined;
}

/**
 * The finding of one verdict. A group's speaker (`extraEvidencePaths` given) is not fingerprinted:
 * the group replaces the fingerprint with the cause's, so its key is kept in place (the report's
 * key order) with an empty value instead of a SHA-256 made and thrown away.
 */
function findingOf(rule: CompiledRule, verdict: Verdict, options: EvaluateOptions, extraEvidencePaths?: readonly string[]): Finding {
  const { definition } = rule;
  const { item, status, missing, errors, decided } = verdict;
  // Values only the texts read are made here, for the findings rendered (see derivesForMessageOnly).
  const data = rule.derivesForMessageOnly ? derived(rule, verdict.data) : verdict.data;
  const row = decided?.row === undefined ? undefined : decided.table.rows[decided.row];
  const reason: Bilingual | undefined =
    status !== 'NOT_EVALUATED' ? undefined : row ? row.reason : cachedMissingReason(missing, options.statedBy ?? NO_STATED_BY);
  const template = (lang: 'zh' | 'en') =>
    status === 'NOT_EVALUATED'
      ? `{label}: ${reason?.[lang] ?? ''}`
      : status === 'MANUAL' && definition.manual
        ? definition.manual[lang]
        : status === 'PASS' && definition.passMessage
          ? definition.passMessage[lang]
          : definition.message[lang];
  // A table's verdict says which row decided and why, after the item's own facts.
  const rowText = (lang: 'zh' | 'en') =>
    !row || status === 'NOT_EVALUATED' || decided?.row === undefined
      ? ''
      : lang === 'zh'
        ? `（判定表第 ${decided.row + 1} 行 ${row.id}：${row.reason.zh}）`
        : ` — decision table row ${decided.row + 1} (${row.id}): ${row.reason.en}`;
  const render = (lang: 'zh' | 'en') =>
    renderTemplate(template(lang), {
      data,
      params: rule.params,
      label: item.label,
      lang,
      taxonomy: options.taxonomy,
    }) + rowText(lang);
  // The most specific places first, but never so many that the rule's own evidence is lost.
  const evidencePaths = extraEvidencePaths ? [...extraEvidencePaths] : [];
  if (status === 'FAIL') evidencePaths.push(...[...new Set(errors.map(errorPath))].slice(0, MAX_ERROR_EVIDENCE));
  if (status === 'NOT_EVALUATED') evidencePaths.push(...missing.map((m) => m.need.split(' | ')[0] ?? m.need));
  // The facts the deciding row rests on: the stated values of the inputs it conditions on.
  if (status === 'FAIL' && decided?.row !== undefined) evidencePaths.push(...rowFacts(decided.table, decided.row, data, options.statedBy ?? NO_STATED_BY));
  evidencePaths.push(...(definition.evidence ?? []));
  const volume = status === 'FAIL' && definition.escalateByVolume ? volumeEscalation(verdict.severity, data, options.taxonomy) : undefined;
  const decision = decisionOf(decided);
  return {
    ruleId: definition.id,
    status,
    severity: volume ? volume.severity : verdict.severity,
    theme: definition.theme,
    view: definition.view,
    target: { key: item.key, label: item.label },
    message: volume ? { zh: `${render('zh')}${volume.note.zh}`, en: `${render('en')}${volume.note.en}` } : { zh: render('zh'), en: render('en') },
    ...(reason ? { reason } : {}),
    evidence: evidenceFor(item, data, evidencePaths, options.provenance),
    fingerprint: extraEvidencePaths ? '' : fingerprintOf(definition.id, item.key),
    ...(volume ? { volume: volume.escalation } : {}),
    ...(decision ? { decision } : {}),
  };
}

/** The severity findingOf gives a verdict (the row's or the rule's, raised by volume), without rendering the finding. */
function findingSeverity(rule: CompiledRule, verdict: Verdict): Severity {
  if (verdict.status !== 'FAIL' || !rule.definition.escalateByVolume) return verdict.severity;
  const crossings = verdict.data.volumeCrossings as VolumeCrossing[] | undefined;
  return crossings && crossings.length > 0 ? raisedSeverity(verdict.severity) : verdict.severity;
}

function raisedSeverity(severity: Severity): Severity {
  return SEVERITIES[Math.max(0, SEVERITIES.indexOf(severity) - 1)] ?? severity;
}

/** What a finding records of a table's verdict: the deciding row, or the inputs left unstated. */
function decisionOf(decided: Verdict['decided']): FindingDecision | undefined {
  if (!decided) return undefined;
  if (decided.row !== undefined) return { row: decided.table.rows[decided.row]?.id ?? '', rowNumber: decided.row + 1 };
  return { unstated: (decided.unstated ?? []).map((i) => decided.table.inputs[i]?.id ?? '') };
}

/** The stated places of the inputs a row conditions on (a computed field through the facts it is made from). */
function rowFacts(table: CompiledDecisionTable, row: number, data: Record<string, unknown>, statedBy: Readonly<Record<string, StatedBy>>): string[] {
  const out: string[] = [];
  for (const i of conditionedInputs(table, row)) {
    for (const path of table.inputs[i]?.needs ?? []) {
      const facts = statedBy[path]?.facts;
      const places = facts && facts.length > 0 ? facts.filter((f) => !f.startsWith('manifest:') && !f.includes('*')) : [path];
      for (const place of places) {
        const value = readPath(data, place);
        if (value !== undefined && value !== null && !out.includes(place)) out.push(place);
      }
    }
  }
  return out;
}

/**
 * One finding for every item that shares a cause: the first item (of the highest severity) speaks
 * for the group, the cause's own place is cited first, and every member is listed with the place
 * it is stated at. Its identity is the rule and the cause, so it survives members coming and going.
 */
function groupFindingOf(rule: CompiledRule, groupBy: readonly string[], cause: CauseKey, verdicts: readonly Verdict[], options: EvaluateOptions): Finding & WithMemberFindings {
  // The speaker is the first verdict of the highest severity; only its finding is rendered.
  let speaker = verdicts[0] as Verdict;
  if (rule.definition.escalateByVolume || rule.decision) {
    let highest = SEVERITY_RANK[findingSeverity(rule, speaker)];
    for (let i = 1; i < verdicts.length; i++) {
      const verdict = verdicts[i] as Verdict;
      const rank = SEVERITY_RANK[findingSeverity(rule, verdict)];
      if (rank > highest) {
        speaker = verdict;
        highest = rank;
      }
    }
  }
  const first = findingOf(rule, speaker, options, groupBy);
  const count = verdicts.length;
  const members = verdicts.map(({ item }) => ({ key: item.key, label: item.label, evidence: subjectPlaces(item, options.provenance) }));
  return {
    ...first,
    target: { key: cause.key, label: cause.label.en },
    message: {
      zh: `同一原因（${cause.label.zh}）涉及 ${count} 项；其一：${first.message.zh}`,
      en: `${count} ${count === 1 ? 'item' : 'items'} with the same cause (${cause.label.en}); for example: ${first.message.en}`,
    },
    ...(first.reason
      ? {
          reason: {
            zh: `${count} 项：${first.reason.zh}`,
            en: `${count} ${count === 1 ? 'item' : 'items'}: ${first.reason.en}`,
          },
        }
      : {}),
    fingerprint: fingerprintOf(rule.definition.id, cause.key),
    members: { count, items: members },
    // Each member as its own finding, for a fold member by member (built only when asked; kept
    // only for a rule that folds so, so that no other group holds its items' data).
    ...((rule.definition.aspectOf ?? []).some((link) => link.members === 'each')
      ? { [MEMBER_FINDINGS]: () => verdicts.map((verdict) => findingOf(rule, verdict, options)) }
      : {}),
  };
}

/** Where an item is stated: its entity, and the same fact in every other source. */
function subjectPlaces(item: ViewItem, provenance: Provenance): Evidence[] {
  const out: Evidence[] = [];
  for (const subject of [item.subject, ...(item.alsoStatedBy ?? NO_OTHERS)]) {
    const place = subject === undefined ? undefined : provenance.of(subject);
    if (place) out.push({ file: place.file, pointer: place.pointer, line: undefined, column: undefined });
  }
  return out;
}

const NOTHING_MISSING: readonly Missing[] = [];
/** A verdict without schema errors (all but FAIL): one list for every item of every rule, not one each. */
const NO_ERRORS: readonly ErrorObject[] = Object.freeze([]);
const NO_STATED_BY: Readonly<Record<string, StatedBy>> = {};

/** The reasons already written, per view's statedBy table, by the missing facts (a national inventory leaves the same facts unstated on thousands of items). */
const missingReasons = new WeakMap<Readonly<Record<string, StatedBy>>, Map<string, Bilingual>>();

function cachedMissingReason(missing: readonly Missing[], statedBy: Readonly<Record<string, StatedBy>>): Bilingual {
  let reasons = missingReasons.get(statedBy);
  if (!reasons) missingReasons.set(statedBy, (reasons = new Map()));
  let key = '';
  for (const m of missing) key += `${m.need}\u0001${m.label ? `${m.label.zh}\u0002${m.label.en}` : '\u0003'}\u0000`;
  let reason = reasons.get(key);
  if (!reason) reasons.set(key, (reason = missingReason(missing, statedBy)));
  return reason;
}

/** Which facts are missing, and for each the manifest key that states it, how to state it absent, and the export setting that would. */
function missingReason(missing: readonly Missing[], statedBy: Readonly<Record<string, StatedBy>>): Bilingual {
  const describe = ({ need, label }: Missing, lang: 'zh' | 'en') => (label ? `${label[lang]} ` : '') + describeNeed(need, lang);
  const describeNeed = (need: string, lang: 'zh' | 'en') => {
    const hints = need.split(' | ').flatMap((path) => {
      const s = statedBy[path];
      if (!s) return [];
      const parts = [lang === 'zh' ? `清单键 ${statedByText(s.manifest, lang)}` : `manifest key ${s.manifest}`];
      if (s.absent) parts.push(lang === 'zh' ? `没有时写 ${statedByText(s.absent, lang)}` : `if there is none, state ${s.absent}`);
      if (s.export) parts.push(s.export[lang]);
      return [parts.join(lang === 'zh' ? '；' : '; ')];
    });
    return hints.length > 0 ? `${need}（${hints.join(lang === 'zh' ? '，或 ' : ', or ')}）`.replace('（', lang === 'zh' ? '（' : ' (').replace(/）$/, lang === 'zh' ? '）' : ')') : need;
  };
  return {
    zh: `清单未说明判断所需的信息：${missing.map((m) => describe(m, 'zh')).join('、')}`,
    en: `the inventory does not state what this check needs: ${missing.map((m) => describe(m, 'en')).join(', ')}`,
  };
}

/**
 * One severity step up when the item reaches as many records of a category as the 2017
 * interpretation treats as "serious" (the view's `volumeCrossings`), with a sentence saying so.
 */
function volumeEscalation(severity: Severity, data: Record<string, unknown>, taxonomy: Taxonomy): { severity: Severity; escalation: VolumeEscalation; note: Bilingual } | undefined {
  const crossings = data.volumeCrossings as VolumeCrossing[] | undefined;
  if (!crossings || crossings.length === 0) return undefined;
  const records = crossings[0]?.records ?? 0;
  const raised = raisedSeverity(severity);
  const names = (lang: 'zh' | 'en') => crossings.map((c) => `${taxonomy.get(c.category)?.name[lang] ?? c.category} ≥ ${c.threshold}`).join(lang === 'zh' ? '、' : ', ');
  return {
    severity: raised,
    escalation: { raisedFrom: severity, records, crossings: crossings.map((c) => ({ category: c.category, threshold: c.threshold })) },
    note: {
      zh: `；可触及约 ${records} 条记录，达到 2017 年“两高”司法解释“情节严重”的数量标准（${names('zh')}），严重程度上调`,
      en: `; it reaches about ${records} records, at or above the 2017 SPC/SPP interpretation's "serious" thresholds (${names('en')}), so the severity is raised`,
    },
  };
}

/** The needs not stated in the item; a need is a path, or paths of which one must be stated, needed for the items its `when` matches. */
function missingNeeds(needs: readonly CompiledNeed[], data: Record<string, unknown>): readonly Missing[] {
  // Called for every item of every rule with needs: nothing is allocated while everything is stated.
  let missing: Missing[] | undefined;
  for (const need of needs) {
    if (anyStated(need.segments, data) || (need.when && !need.when(data))) continue;
    (missing ??= []).push({ need: need.paths.join(' | ') });
  }
  return missing ?? NOTHING_MISSING;
}

/** Whether one of the paths (as segments) reads a value other than null (readPath's walk: a step through anything but an object reads nothing). */
function anyStated(paths: ReadonlyArray<readonly string[]>, data: Record<string, unknown>): boolean {
  for (let p = 0; p < paths.length; p++) {
    const segments = paths[p] as readonly string[];
    let value: unknown = data;
    for (let i = 0; i < segments.length && value !== undefined; i++) {
      if (value === null || typeof value !== 'object') value = undefined;
      else value = (value as Record<string, unknown>)[segments[i] as string];
    }
    if (value !== undefined && value !== null) return true;
  }
  return false;
}

/** A failed `contains` reports every element that did not match; the array itself is the evidence. */
function withoutContainsDetail(errors: readonly ErrorObject[]): ErrorObject[] {
  const containers = errors.filter((e) => e.keyword === 'contains').map((e) => e.schemaPath + '/');
  return errors.filter((e) => !containers.some((prefix) => e.schemaPath.startsWith(prefix)));
}

function errorPath(error: ErrorObject): string {
  const missing = (error.params as { missingProperty?: string }).missingProperty;
  return missing === undefined ? error.instancePath : `${error.instancePath}/${escapeSegment(missing)}`;
}

/** Maps item paths back to source locations through the entities they pass through. */
function evidenceFor(item: ViewItem, data: Record<string, unknown>, paths: string[], provenance: Provenance): Evidence[] {
  // At most MAX_EVIDENCE entries per source stating the item: a linear scan dedupes them without building keys.
  const others = item.alsoStatedBy ?? NO_OTHERS;
  const limit = MAX_EVIDENCE * (1 + others.length);
  const out: Evidence[] = [];
  const add = (file: string, pointer: string) => {
    if (out.length >= limit || out.some((e) => e.pointer === pointer && e.file === file)) return;
    out.push({ file, pointer, line: undefined, column: undefined });
  };
  for (const path of paths) {
    let value: unknown = data;
    let place: SourceRef | undefined;
    let placeAt = 0;
    let throughSubject = false;
    const segments = pathSegments(path);
    for (let i = 0; i < segments.length; i++) {
      if (value === null || typeof value !== 'object') break;
      // A fact an overlay set on an imported entity is cited at its manifest line.
      const fact = provenance.factOf(value, segments[i] as string);
      value = (value as Record<string, unknown>)[segments[i] as string];
      const here = fact ?? provenance.of(value);
      if (here) {
        place = here;
        placeAt = i + 1;
        throughSubject = value === item.subject;
      }
    }
    if (place) {
      const rest = segments.slice(placeAt).map((s) => '/' + escapeSegment(s)).join('');
      add(place.file, place.pointer + rest);
      // The same place in every other source stating the item, where that source states it.
      if (throughSubject) {
        for (const other of others) {
          const there = provenance.of(other);
          if (there && readPath(other, rest) !== undefined) add(there.file, there.pointer + rest);
        }
      }
      continue;
    }
    // A list of entities the view gathered (a query's related reads): each is cited where stated.
    if (Array.isArray(value)) {
      const before = out.length;
      for (const element of value) {
        const there = element !== null && typeof element === 'object' ? provenance.of(element) : undefined;
        if (there) add(there.file, there.pointer);
      }
      if (out.length > before || value.length === 0) continue;
    }
    // The path names a value the view computed; cite the item's own entity for it.
    const parent = provenance.of(data[segments[0] ?? '']);
    if (parent) add(parent.file, parent.pointer);
  }
  for (const subject of [item.subject, ...others]) {
    const place = provenance.of(subject);
    if (place) add(place.file, place.pointer);
  }
  return out;
}

const NO_OTHERS: readonly object[] = [];
