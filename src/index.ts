// The library API: everything the CLI does is available without it.
export { audit, compilePacks, resolvePacks, type AuditOptions } from './audit.js';
export { InputError, formatDiagnostic, type Diagnostic } from './inventory/diagnostic.js';
export { loadInventory } from './inventory/load-inventory.js';
export type { Inventory } from './inventory/inventory.js';
export { ManifestSchema, type Manifest } from './inventory/manifest-schema.js';
export { ReportSchema, type AuditReport } from './report/report-schema.js';
export { renderJson } from './report/json-reporter.js';
export { renderText } from './report/text-reporter.js';
export { gateFails } from './findings/gate.js';
export { fingerprintOf } from './findings/fingerprint.js';
export type { Finding, Evidence, Status } from './findings/finding.js';
export { RuleSchema, type RuleDefinition } from './rules/rule-schema.js';
export { loadRulePack, shippedPackDirs, type RulePack } from './rules/load-rule-pack.js';
export { runFixtures, type FixtureResult } from './rules/run-fixtures.js';
export { loadTaxonomy, Taxonomy } from './taxonomy/taxonomy.js';
export { VIEWS, VIEW_NAMES } from './views/registry.js';
export { TOOL_VERSION } from './package-version.js';
