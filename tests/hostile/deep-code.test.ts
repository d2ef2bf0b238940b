// Issue 10, item 4: a TypeScript file with 50,000 nested parentheses exhausts the parser's stack.
// It must be skipped with a warning naming it (as docs/code-scanning.md promises) and the rest of
// the code base scanned, whether files are parsed in the main thread or in a worker.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCodeFile } from '../../src/importers/typescript/parse-code-file.js';
import { runCli } from '../support/run-cli.js';
import { hostileLayout, manifestYaml, projectYaml } from './hostile-project.js';

const DEPTH = 50_000;
// One parenthesis per line, so the file is not taken for minified code and skipped for that.
const DEEP = `export const x = ${'(\n'.repeat(DEPTH)}1${'\n)'.repeat(DEPTH)};\n`;
const ROUTES = `import express from 'express';\nconst app = express();\napp.get('/waybills/search', (req, res) => res.json([]));\n`;

describe('a code file nested too deeply to parse', () => {
  it('yields no facts and says why, instead of throwing', () => {
    const facts = parseCodeFile('deep.ts', DEEP);
    expect(facts.unreadable).toMatch(/nested too deeply/);
    expect(parseCodeFile('ok.ts', ROUTES).routes.length).toBe(1);
  });

  for (const workers of [0, 1]) {
    it(`is skipped with a warning and the audit goes on (${workers === 0 ? 'main thread' : 'worker thread'})`, () => {
      const { project } = hostileLayout({
        'system.yaml': manifestYaml(),
        'backend/package.json': '{ "name": "backend" }\n',
        'backend/src/deep.ts': DEEP,
        'backend/src/routes.ts': ROUTES,
      });
      writeFileSync(join(project, 'pipl-audit.yaml'), projectYaml({ manifests: ['system.yaml'], sources: [{ type: 'typescript', path: 'backend', options: { workers } }] }));
      const result = runCli(['audit', '.', '--format', 'json', '--fail-on', 'none'], { cwd: project });
      expect(result.stderr).not.toContain('internal error');
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as { diagnostics: Array<{ file: string; message: string }>; inputs: Array<{ path: string }> };
      expect(report.diagnostics).toContainEqual(expect.objectContaining({ file: 'backend/src/deep.ts', message: expect.stringMatching(/^not scanned: nested too deeply/) }));
      expect(report.inputs.map((i) => i.path)).toContain('backend/src/routes.ts');
    });
  }
});
