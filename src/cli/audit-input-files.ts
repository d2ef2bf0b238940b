// The files an audit read, as paths on disk: an output path that is one of them is refused
// (`-o system.yaml` would overwrite the manifest; a hostile repository could name its own input
// as the place a CI job writes a report). Found by walking folders or named, the project file,
// the exceptions file and the baseline included.
import { dirname, join, resolve } from 'node:path';
import { EXCEPTIONS_FILE_NAMES } from '../exceptions/load-exceptions.js';
import { findProjectFile } from '../project/project-file.js';
import type { AuditReport } from '../report/report-schema.js';

export function auditInputFiles(report: AuditReport, paths: readonly string[], flags: { exceptions?: string | false; baseline?: string }, cwd: string = process.cwd()): string[] {
  const files = report.inputs.map((i) => resolve(cwd, i.path));
  const project = findProjectFile([...paths], cwd);
  if (project) {
    files.push(project);
    for (const name of EXCEPTIONS_FILE_NAMES) files.push(join(dirname(project), name));
  }
  for (const p of paths) files.push(resolve(cwd, p));
  if (typeof flags.exceptions === 'string') files.push(resolve(cwd, flags.exceptions));
  if (flags.baseline !== undefined) files.push(resolve(cwd, flags.baseline));
  return files;
}
