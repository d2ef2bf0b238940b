// The schemas committed in schemas/ are the ones the code publishes (`npm run schemas` rewrites
// them), and every shipped example and rule file validates against them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemaJson, SCHEMA_FILES } from '../src/cli/schema-command.js';
import { createAjv } from '../src/schema/ajv-instance.js';
import { REPO_ROOT } from './support/run-cli.js';

const committed = (file: string) => readFileSync(join(REPO_ROOT, 'schemas', file), 'utf8');

function yamlFilesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFilesBelow(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('published schemas', () => {
  for (const [name, file] of Object.entries(SCHEMA_FILES)) {
    it(`schemas/${file} is up to date (npm run schemas)`, () => {
      expect(committed(file)).toBe(schemaJson(name));
    });
  }

  it('accept every shipped example manifest and every shipped rule', () => {
    const ajv = createAjv();
    const manifest = ajv.compile(JSON.parse(committed(SCHEMA_FILES.manifest ?? '')) as object);
    const rule = ajv.compile(JSON.parse(committed(SCHEMA_FILES.rule ?? '')) as object);
    // examples/ci holds CI configuration (GitHub Actions, GitLab, pre-commit), project files and recommendations have their own schemas.
    const examples = yamlFilesBelow(join(REPO_ROOT, 'examples')).filter((f) => !f.endsWith('recommendation.yaml') && !f.endsWith('pipl-audit.yaml') && !f.startsWith(join(REPO_ROOT, 'examples', 'ci')));
    const rules = yamlFilesBelow(join(REPO_ROOT, 'rules')).filter((f) => !f.endsWith('.test.yaml') && !f.endsWith('pack.yaml'));
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(rules.length).toBeGreaterThanOrEqual(30);
    for (const f of examples) expect(manifest(parse(readFileSync(f, 'utf8'))), `${f}: ${JSON.stringify(manifest.errors)}`).toBe(true);
    for (const f of rules) expect(rule(parse(readFileSync(f, 'utf8'))), `${f}: ${JSON.stringify(rule.errors)}`).toBe(true);
  });

  it('accept every shipped project file', () => {
    const validate = createAjv().compile(JSON.parse(committed(SCHEMA_FILES.project ?? '')) as object);
    const files = yamlFilesBelow(join(REPO_ROOT, 'examples')).filter((f) => f.endsWith('pipl-audit.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) expect(validate(parse(readFileSync(f, 'utf8'))), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('accept every shipped recommendation', () => {
    const validate = createAjv().compile(JSON.parse(committed(SCHEMA_FILES.recommendation ?? '')) as object);
    const files = yamlFilesBelow(join(REPO_ROOT, 'examples')).filter((f) => f.endsWith('recommendation.yaml'));
    expect(files.length).toBe(4);
    for (const f of files) expect(validate(parse(readFileSync(f, 'utf8'))), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });
});
