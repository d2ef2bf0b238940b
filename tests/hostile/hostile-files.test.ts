// Issue 10: hostile files the auditor already withstood, pinned down so they stay withstood —
// YAML alias bombs (in a manifest and in an exceptions file), invalid UTF-8, NUL bytes. Each ends
// in the safe outcome: an input error naming the file (exit 2, nothing written), or a report in
// which the hostile bytes reach no text, Markdown or HTML output. The alias bombs are
// spawned (a regression would take the process's memory); the rest run in-process
// (tests/support/run-cli-in-process.ts).
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../support/run-cli.js';
import { runCliInProcess } from '../support/run-cli-in-process.js';
import { tempDir } from '../support/temp-dir.js';

const BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

describe('hostile files', () => {
  it('a YAML alias bomb in a manifest is an input error, not a hang or an out-of-memory crash', () => {
    const dir = tempDir({ 'bomb.yaml': `apiVersion: pipl-audit/v1\n${BOMB}\n` });
    const run = runCli(['audit', 'bomb.yaml', '-f', 'json', '-o', 'r.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^bomb\.yaml:\d+:\d+: error: YAML cannot be read: an alias names no anchor, or aliases expand too far/m);
    expect(readdirSync(dir)).not.toContain('r.json');
  });

  it('a YAML alias bomb in an exceptions file is an input error naming that file', () => {
    const dir = tempDir({ 'pipl-audit.exceptions.yaml': `version: 1\n${BOMB}\nexceptions: []\n` });
    cpSync(join(REPO_ROOT, 'examples/gym/before'), dir, { recursive: true });
    const run = runCli(['audit', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^pipl-audit\.exceptions\.yaml:\d+:\d+: error: YAML cannot be read: an alias names no anchor, or aliases expand too far/m);
  });

  it('invalid UTF-8 is an input error naming file and line', async () => {
    const dir = tempDir({ 'bad.yaml': Buffer.concat([Buffer.from('apiVersion: pipl-audit/v1\nsystem:\n  id: sys\n  name: "bad '), Buffer.from([0xff, 0xfe]), Buffer.from(' name"\n')]) });
    const run = await runCliInProcess(['audit', 'bad.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^bad\.yaml:4: error: file is not valid UTF-8/m);
  });

  it('a NUL byte in an id is refused; in a name it stays data in JSON and reaches no text, Markdown or HTML output', async () => {
    const badId = tempDir({ 'nul.yaml': Buffer.from('apiVersion: pipl-audit/v1\nsystem:\n  id: sys\u0000evil\n  name: x\n') });
    const refused = await runCliInProcess(['audit', 'nul.yaml'], { cwd: badId });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^nul\.yaml:3:\d+: error: \/system\/id:/m);

    const dir = tempDir({ 'nul.yaml': Buffer.from('apiVersion: pipl-audit/v1\nsystem:\n  id: sys\n  name: "x\u0000y \u001b[2J"\n') });
    const run = await runCliInProcess(['audit', 'nul.yaml', '--fail-on', 'none', '-f', 'json', '-o', 'r.json', '-f', 'markdown', '-o', 'r.md', '-f', 'html', '-o', 'r.html', '-f', 'text', '-o', 'r.txt'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { system: { name: string } }).system.name).toBe('x\u0000y \u001b[2J');
    for (const name of ['r.md', 'r.html', 'r.txt']) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(text, name).toContain('xy');
      // eslint-disable-next-line no-control-regex
      expect(text, name).not.toMatch(/[\u0000\u001b]/);
    }
  });
});
