// The test suite's shared results (tests/support/shared-results.ts): what they give is what a run
// of its own gives, and they refuse what they could get wrong — a run that writes files, or
// inputs outside the repository that a test may change between two asks.
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { sharedCli } from './support/shared-results.js';
import { tempDir } from './support/temp-dir.js';

describe('sharedCli', () => {
  it('gives what runCli gives (a spawned CLI), once: a second ask is the first result', async () => {
    const shared = await sharedCli(['rules', 'explain', 'PIPL-QRY-001', '--lang', 'zh']);
    expect(shared).toEqual(runCli(['rules', 'explain', 'PIPL-QRY-001', '--lang', 'zh']));
    expect(shared.code).toBe(0);
    expect(await sharedCli(['rules', 'explain', 'PIPL-QRY-001', '--lang', 'zh'])).toBe(shared);
  });

  it('refuses a run that writes files, and inputs outside the repository', () => {
    expect(() => sharedCli(['audit', 'examples/gym/before', '-f', 'json', '-o', 'r.json'])).toThrow(/never write files/);
    expect(() => sharedCli(['audit', 'examples/gym/before', '--output=r.json'])).toThrow(/never write files/);
    expect(() => sharedCli(['baseline', 'write', 'examples/gym/before'])).toThrow(/never write files/);
    expect(() => sharedCli(['audit', 'examples/gym/before', '--evidence', 'e.json'])).toThrow(/never write files/);
    const outside = tempDir({});
    expect(() => sharedCli(['audit', '.'], { cwd: outside })).toThrow(/outside/);
    expect(() => sharedCli(['audit', outside])).toThrow(/outside/);
  });
});
