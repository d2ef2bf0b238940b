// One side of a verification (before or after): a saved JSON report, or sources (a folder, files
// or a project file) audited here and now with the library's audit().
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { audit, type AuditOptions } from '../audit.js';
import { findProjectFile } from '../project/project-file.js';
import type { AuditReport } from '../report/report-schema.js';
import { unfoldAspects } from '../findings/fold-aspects.js';
import { TARGET_KINDS, type TargetKind } from '../recommendation/recommendation-schema.js';
import { displayPathOf } from '../sources/discover-files.js';
import { isSavedReport, loadSavedReport } from './load-saved-report.js';

export type SideName = 'before' | 'after';

export interface VerifySide {
  name: SideName;
  kind: 'report' | 'sources';
  /** The path as given, shown relative to the working directory. */
  path: string;
  report: AuditReport;
  /** The saved report file itself, or the project file the sources were read through. */
  file?: { path: string; sha256: string };
  /**
   * Whether the report lists every item a rule applied to (passes included), so that an item
   * absent from it is known to be absent from the system. Sources audited here always do; a saved
   * report does when it was written with `--include-passed` (or nothing passed).
   */
  listsPasses: boolean;
  /** For sources audited here: the ids of every entity of each kind, so a target's absence is known. */
  entities?: Map<TargetKind, Set<string>>;
}

export type SideAuditOptions = Pick<AuditOptions, 'packs' | 'params' | 'disable' | 'importers'>;

/** A side's report with aspects standing alone: a verification judges each rule's verdict, whatever finding it was folded into. */
function unfolded(report: AuditReport): AuditReport {
  return { ...report, findings: unfoldAspects(report.findings) };
}

export async function loadVerifySide(name: SideName, path: string, cwd: string, options: SideAuditOptions): Promise<VerifySide> {
  const fsPath = resolve(cwd, path);
  const display = displayPathOf(fsPath, cwd);
  if (isSavedReport(fsPath)) {
    const saved = loadSavedReport(fsPath, display);
    const listed = saved.report.findings.filter((f) => f.status === 'PASS').length;
    return { name, kind: 'report', path: display, report: unfolded(saved.report), file: { path: display, sha256: saved.sha256 }, listsPasses: listed === saved.report.summary.counts.PASS };
  }
  const entities = new Map<TargetKind, Set<string>>();
  const report = await audit({
    paths: [path],
    cwd,
    includePassed: true,
    ...options,
    onInventory: (inventory) => {
      for (const kind of TARGET_KINDS) entities.set(kind, new Set(inventory[kind].map((entity) => entity.id)));
    },
  });
  const projectFile = findProjectFile([path], cwd);
  return {
    name,
    kind: 'sources',
    path: display,
    report: unfolded(report),
    ...(projectFile ? { file: { path: displayPathOf(projectFile, cwd), sha256: createHash('sha256').update(readFileSync(projectFile)).digest('hex') } } : {}),
    listsPasses: true,
    entities,
  };
}
