// The command line as an evidence record keeps it: the arguments after the program name, with
// absolute paths inside the working directory made relative (forward slashes), so the same
// command run from another checkout of the same files records the same line.
import { isAbsolute, relative, sep } from 'node:path';

function normalisePath(value: string, cwd: string): string {
  if (!isAbsolute(value)) return value.split(sep).join('/');
  const rel = relative(cwd, value);
  if (rel.startsWith('..') || isAbsolute(rel)) return value;
  return (rel || '.').split(sep).join('/');
}

/** `argv` as process.argv gives it: [node, script, ...args]. */
export function normaliseCommandLine(argv: readonly string[], cwd: string): string[] {
  return argv.slice(2).map((arg) => {
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    if (eq > 0) return `${arg.slice(0, eq + 1)}${normalisePath(arg.slice(eq + 1), cwd)}`;
    return normalisePath(arg, cwd);
  });
}
