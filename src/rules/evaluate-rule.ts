// Running one compiled rule over its view: which items it applies to, whether each is stated
// well enough to judge, whether it complies, and the evidence when it does not.
import type { ErrorObject } from 'ajv';
import type { Provenance, SourceRef } from '../inventory/provenance.js';
import type { Evidence, Finding, Status, VolumeEscalation } from '../findings/finding.js';
import type { VolumeCrossing } from '../reach/volume-threshold.js';
import { SEVERITIES, type Severity } from './rule-schema.js';
import { fingerprintOf } from '../findings/fingerprint.js';
import type { Bilingual } from '../i18n/bilingual.js';
import { escapeSegment, pathSegments } from '../sources/json-pointer.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { ViewItem } from '../views/view.js';
import type { CompiledRule } from './compile-rule.js';
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
}

const MAX_EVIDENCE = 6;
const MAX_ERROR_EVIDENCE = 3;

export function evaluateRule(rule: CompiledRule, items: readonly ViewItem[], options: EvaluateOptions): RuleOutcome {
  const { definition } = rule;
  const counts: RuleCounts = { FAIL: 0, PASS: 0, NOT_EVALUATED: 0, MANUAL: 0, notApplicable: 0 };
  const findings: Finding[] = [];
  const needs = definition.needs ?? [];
  for (const item of items) {
    let data = item.data;
    if (rule.derive.length > 0) {
      data = { ...data };
      for (const d of rule.derive) data[d.name] = d.fn(data, d.args);
    }
    if (rule.applies && !rule.applies(data)) {
      counts.notApplicable++;
      continue;
    }
    // A need is a path, or a list of paths of which at least one must be stated.
    const missing = needs.length === 0 ? NOTHING_MISSING : missingNeeds(needs, data);
    let status: Status;
    let errors: readonly ErrorObject[] = [];
    let reason: Bilingual | undefined;
    if (missing.length > 0) {
      status = 'NOT_EVALUATED';
      reason = {
        zh: `清单未说明判断所需的信息：${missing.join('、')}`,
        en: `the inventory does not state what this check needs: ${missing.join(', ')}`,
      };
    } else if (!rule.require) {
      status = 'MANUAL';
    } else if (rule.require(data)) {
      status = 'PASS';
    } else {
      status = 'FAIL';
      errors = withoutContainsDetail(rule.require.errors ?? []);
    }
    counts[status as keyof RuleCounts]++;
    if (status === 'PASS' && !options.includePassed) continue;
    const template = (lang: 'zh' | 'en') =>
      status === 'NOT_EVALUATED' ? `{label}: ${reason?.[lang] ?? ''}` : status === 'MANUAL' && definition.manual ? definition.manual[lang] : definition.message[lang];
    const render = (lang: 'zh' | 'en') =>
      renderTemplate(template(lang), {
        data,
        params: rule.params,
        label: item.label,
        lang,
        taxonomy: options.taxonomy,
      });
    // The most specific places first, but never so many that the rule's own evidence is lost.
    const evidencePaths = status === 'FAIL' ? [...new Set(errors.map(errorPath))].slice(0, MAX_ERROR_EVIDENCE) : [];
    if (status === 'NOT_EVALUATED') evidencePaths.push(...missing.map((m) => m.split(' | ')[0] ?? m));
    evidencePaths.push(...(definition.evidence ?? []));
    const volume = status === 'FAIL' && definition.escalateByVolume ? volumeEscalation(definition.severity, data, options.taxonomy) : undefined;
    findings.push({
      ruleId: definition.id,
      status,
      severity: volume ? volume.severity : definition.severity,
      theme: definition.theme,
      view: definition.view,
      target: { key: item.key, label: item.label },
      message: volume ? { zh: `${render('zh')}${volume.note.zh}`, en: `${render('en')}${volume.note.en}` } : { zh: render('zh'), en: render('en') },
      ...(reason ? { reason } : {}),
      evidence: evidenceFor(item, data, evidencePaths, options.provenance),
      fingerprint: fingerprintOf(definition.id, item.key),
      ...(volume ? { volume: volume.escalation } : {}),
    });
  }
  return { findings, counts };
}

const NOTHING_MISSING: readonly string[] = [];

/**
 * One severity step up when the item reaches as many records of a category as the 2017
 * interpretation treats as "serious" (the view's `volumeCrossings`), with a sentence saying so.
 */
function volumeEscalation(severity: Severity, data: Record<string, unknown>, taxonomy: Taxonomy): { severity: Severity; escalation: VolumeEscalation; note: Bilingual } | undefined {
  const crossings = data.volumeCrossings as VolumeCrossing[] | undefined;
  if (!crossings || crossings.length === 0) return undefined;
  const records = crossings[0]?.records ?? 0;
  const raised = SEVERITIES[Math.max(0, SEVERITIES.indexOf(severity) - 1)] ?? severity;
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

/** The needs not stated in the item; a need is a path, or a list of paths of which one must be stated. */
function missingNeeds(needs: ReadonlyArray<string | string[]>, data: Record<string, unknown>): string[] {
  const stated = (path: string) => {
    const value = readPath(data, path);
    return value !== undefined && value !== null;
  };
  return needs.filter((need) => (typeof need === 'string' ? !stated(need) : !need.some(stated))).map((need) => (typeof need === 'string' ? need : need.join(' | ')));
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
  // At most MAX_EVIDENCE entries: a linear scan dedupes them without building keys.
  const out: Evidence[] = [];
  const add = (file: string, pointer: string) => {
    if (out.length >= MAX_EVIDENCE || out.some((e) => e.pointer === pointer && e.file === file)) return;
    out.push({ file, pointer, line: undefined, column: undefined });
  };
  for (const path of paths) {
    let value: unknown = data;
    let place: SourceRef | undefined;
    let placeAt = 0;
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
      }
    }
    if (place) {
      let pointer = place.pointer;
      for (let i = placeAt; i < segments.length; i++) pointer += '/' + escapeSegment(segments[i] as string);
      add(place.file, pointer);
      continue;
    }
    // The path names a value the view computed; cite the item's own entity for it.
    const parent = provenance.of(data[segments[0] ?? '']);
    if (parent) add(parent.file, parent.pointer);
  }
  const subject = provenance.of(item.subject);
  if (subject) add(subject.file, subject.pointer);
  return out;
}
