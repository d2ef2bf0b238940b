// Pairing repeated --format and --output flags, and the progress line's rules (TTY only, after a second).
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/cli/cli-error.js';
import { planOutputs, type OutputFlag } from '../src/cli/output-plan.js';
import { Progress } from '../src/cli/progress.js';

const f = (value: string): OutputFlag => ({ kind: 'format', value });
const o = (value: string): OutputFlag => ({ kind: 'output', value });

describe('output plan', () => {
  it('defaults to text on standard output', () => {
    expect(planOutputs([])).toEqual([{ format: 'text' }]);
    expect(planOutputs([f('json')])).toEqual([{ format: 'json' }]);
  });

  it('pairs one format and one output in either order', () => {
    expect(planOutputs([o('r.json'), f('json')])).toEqual([{ format: 'json', path: 'r.json' }]);
    expect(planOutputs([o('r.txt')])).toEqual([{ format: 'text', path: 'r.txt' }]);
  });

  it('pairs each output with the format before it', () => {
    expect(planOutputs([f('sarif'), o('out.sarif'), f('html'), o('report.html')])).toEqual([
      { format: 'sarif', path: 'out.sarif' },
      { format: 'html', path: 'report.html' },
    ]);
    expect(planOutputs([f('sarif'), o('out.sarif'), f('markdown')])).toEqual([{ format: 'sarif', path: 'out.sarif' }, { format: 'markdown' }]);
    expect(planOutputs([f('sarif'), o('out.sarif'), f('json'), o('-')])).toEqual([{ format: 'sarif', path: 'out.sarif' }, { format: 'json' }]);
  });

  it('refuses unknown formats, two formats on standard output, one file twice, and an output without its format', () => {
    expect(() => planOutputs([f('xml')])).toThrow(/unknown format "xml" \(expected one of: text, json, sarif, junit, markdown, csv, html, audit-report, audit-report-pdf\)/);
    // A PDF is a file: it never goes to standard output.
    expect(() => planOutputs([f('audit-report-pdf')])).toThrow(/audit-report-pdf is a PDF file, not for standard output/);
    expect(planOutputs([f('audit-report-pdf'), o('r.pdf')])).toEqual([{ format: 'audit-report-pdf', path: 'r.pdf' }]);
    expect(() => planOutputs([f('json'), f('sarif')])).toThrow(/only one format can go to standard output/);
    expect(() => planOutputs([f('json'), o('a'), f('sarif'), o('a')])).toThrow(/two formats would be written to a/);
    expect(() => planOutputs([f('json'), o('a'), o('b'), f('html')])).toThrow(UsageError);
  });
});

describe('progress line', () => {
  function recorder(isTTY: boolean) {
    const written: string[] = [];
    return { stream: { isTTY, write: (t: string) => written.push(t) }, written };
  }

  it('stays silent for the first second and on anything but a terminal', () => {
    let now = 0;
    const tty = recorder(true);
    const p = new Progress(tty.stream, () => now, 1000, true);
    p.update('reading');
    now = 999;
    p.update('rules 1/3');
    expect(tty.written).toEqual([]);
    now = 1500;
    p.update('rules 2/3');
    now = 1550;
    p.update('rules 3/3'); // throttled: less than 100 ms after the last line
    p.done();
    expect(tty.written).toEqual(['\r\x1b[2Kpipl-audit: rules 2/3', '\r\x1b[2K']);

    const pipe = recorder(false);
    const q = new Progress(pipe.stream, () => now, 1000, true);
    now = 5000;
    q.update('rules');
    q.done();
    expect(pipe.written).toEqual([]);
  });

  it('uses no escape sequence without ANSI (NO_COLOR, TERM=dumb)', () => {
    let now = 0;
    const tty = recorder(true);
    const p = new Progress(tty.stream, () => now, 1000, false);
    now = 2000;
    p.update('rules 1/2');
    p.done();
    expect(tty.written).toEqual(['\rpipl-audit: rules 1/2', '\r                     \r']);
  });
});
