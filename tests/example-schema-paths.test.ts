// Every `# yaml-language-server: $schema=…` comment in examples/ names a schema that exists at that
// relative path, and the schema of the file's kind (a project file's, a recommendation's or a
// manifest's): an editor opening an example validates it against the right schema, not nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/run-cli.js';

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesBelow(join(dir, e.name)) : [join(dir, e.name)]));
}

function expectedSchema(file: string): string {
  const name = basename(file);
  if (name === 'pipl-audit.yaml') return 'project-v1.json';
  if (name === 'recommendation.yaml') return 'recommendation-v1.json';
  return 'manifest-v1.json';
}

describe('$schema paths of the examples', () => {
  const files = filesBelow(join(REPO_ROOT, 'examples')).filter((f) => /\.ya?ml$/.test(f));
  const withSchema = files.map((f) => ({ f, m: /\$schema=(\S+)/.exec(readFileSync(f, 'utf8')) })).filter((x) => x.m !== null);

  it('are stated by the examples (so this test checks something)', () => {
    expect(withSchema.length).toBeGreaterThanOrEqual(30);
  });

  it('resolve to the committed schema of the file’s kind', () => {
    const wrong: string[] = [];
    for (const { f, m } of withSchema) {
      const target = resolve(dirname(f), m![1]!);
      const want = join(REPO_ROOT, 'schemas', expectedSchema(f));
      if (target !== want || !existsSync(target)) wrong.push(`${f.slice(REPO_ROOT.length)} → ${m![1]} (resolves to ${target})`);
    }
    expect(wrong).toEqual([]);
  });
});
