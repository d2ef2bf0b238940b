// The directory SARIF artifact URIs are relative to (`--sarif-root`): code scanning resolves a
// relative URI against the repository root, so by default it is the git work tree holding the
// project (a `.git` folder or file, found by walking up; git itself is never run), else the
// project file's folder, else the working directory.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { findProjectFile } from '../project/project-file.js';
import type { SarifRoot } from '../report/sarif-artifact.js';
import { UsageError } from './cli-error.js';

export function sarifRoot(option: string | undefined, paths: string[], config: string | undefined, cwd: string): SarifRoot {
  if (option !== undefined) {
    const dir = resolve(cwd, option);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError({ zh: `--sarif-root ${option}：不是目录`, en: `--sarif-root ${option}: not a directory` });
    return { dir, cwd };
  }
  const projectFile = config !== undefined ? resolve(cwd, config) : findProjectFile(paths, cwd);
  const first = paths[0] !== undefined ? resolve(cwd, paths[0]) : undefined;
  const start = projectFile !== undefined ? dirname(projectFile) : first !== undefined && existsSync(first) && statSync(first).isDirectory() ? first : first !== undefined ? dirname(first) : cwd;
  const dir = gitWorkTree(start) ?? gitWorkTree(cwd) ?? (projectFile !== undefined ? dirname(projectFile) : cwd);
  return { dir, cwd };
}

function gitWorkTree(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
