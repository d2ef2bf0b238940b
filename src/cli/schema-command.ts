// `pipl-audit schema NAME`: the published JSON Schemas, for editors and other tools.
import type { Command } from 'commander';
import { BaselineFileSchema } from '../baseline/baseline-schema.js';
import { ExceptionsFileSchema } from '../exceptions/exceptions-schema.js';
import { ManifestSchema } from '../inventory/manifest-schema.js';
import { ProjectFileSchema } from '../project/project-file.js';
import { ReachSnapshotSchema } from '../reach/reach-snapshot.js';
import { ReportSchema } from '../report/report-schema.js';
import { FixtureFileSchema, RuleSchema } from '../rules/rule-schema.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.js';
import { RecommendationSchema } from '../recommendation/recommendation-schema.js';
import { VerifyResultSchema } from '../verify/verify-result-schema.js';
import { EvidenceRecordSchema } from '../evidence/evidence-record-schema.js';
import { UsageError } from './cli-error.js';
import { parseLang } from './common-options.js';
import { FrameworkSchema } from '../frameworks/framework-schema.js';
import { cliStdout } from './cli-io.js';

export const SCHEMAS: Record<string, () => unknown> = {
  manifest: () => ManifestSchema,
  rule: () => RuleSchema,
  fixtures: () => FixtureFileSchema,
  report: () => ReportSchema,
  project: () => ProjectFileSchema,
  'reach-snapshot': () => ReachSnapshotSchema,
  exceptions: () => ExceptionsFileSchema,
  baseline: () => BaselineFileSchema,
  taxonomy: () => ({ categories: loadTaxonomy().categories() }),
  recommendation: () => RecommendationSchema,
  verify: () => VerifyResultSchema,
  evidence: () => EvidenceRecordSchema,
  framework: () => FrameworkSchema,
};

/** The file each schema is published as in schemas/. */
export const SCHEMA_FILES: Record<string, string> = {
  manifest: 'manifest-v1.json',
  rule: 'rule-v1.json',
  fixtures: 'fixtures-v1.json',
  report: 'report-v1.json',
  project: 'project-v1.json',
  'reach-snapshot': 'reach-snapshot-v1.json',
  recommendation: 'recommendation-v1.json',
  verify: 'verify-v1.json',
  evidence: 'evidence-v1.json',
  exceptions: 'exceptions-v1.json',
  baseline: 'baseline-v1.json',
  framework: 'framework-v1.json',
};

export function schemaJson(name: string): string {
  const make = SCHEMAS[name];
  if (!make) throw new UsageError({ zh: `未知的 Schema "${name}"（应为以下之一：${Object.keys(SCHEMAS).join('、')}）`, en: `unknown schema "${name}" (expected one of: ${Object.keys(SCHEMAS).join(', ')})` });
  return JSON.stringify({ $schema: name === 'taxonomy' ? undefined : 'http://json-schema.org/draft-07/schema#', ...(make() as object) }, null, 2) + '\n';
}

export function registerSchemaCommand(program: Command): void {
  program
    .command('schema')
    .description(`print a published JSON Schema (${Object.keys(SCHEMAS).join(', ')}); "taxonomy" prints the PI category taxonomy`)
    .argument('<name>', 'which schema')
    .option('--lang <lang>', 'language of messages: zh or en (default: from LANG)')
    .action((name: string, flags: { lang?: string }) => {
      parseLang(flags.lang);
      cliStdout().write(schemaJson(name));
    });
}
