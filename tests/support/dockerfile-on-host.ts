// Test support: carries out a Dockerfile's instructions on the host (no Docker engine runs on
// these machines) — FROM, WORKDIR, COPY, RUN, USER, ENTRYPOINT, CMD — with every container
// folder mapped to a temporary folder and `npm install --global` going to a given prefix.
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { expect } from 'vitest';
import { run } from './installing.js';

/** One build stage: its container folders, each mapped to a temporary folder on the host. */
class Stage {
  private readonly folders = new Map<string, string>();
  workdir = '/';

  host(path: string): string {
    const absolute = posix.resolve(this.workdir, path);
    let best = '';
    for (const root of this.folders.keys()) if ((absolute === root || absolute.startsWith(root + '/')) && root.length > best.length) best = root;
    if (!best) {
      const dir = mkdtempSync(join(tmpdir(), 'pipl-audit-image-'));
      this.folders.set(absolute, dir);
      return dir;
    }
    return join(this.folders.get(best) as string, posix.relative(best, absolute));
  }
}

/** What a carried-out Dockerfile leaves: the image's entry point and user, and where a named stage's folder is on the host. */
export interface BuiltImage {
  entrypoint: string[];
  user?: string;
  /** The host folder standing for `path` (absolute, in the container) of the build stage named `stage`. */
  stageFolder(stage: string, path: string): string;
}

/** Carries out a Dockerfile's instructions on the host; `npm install --global` goes to globalPrefix. */
export function buildDockerfile(dockerfile: string, context: string, globalPrefix: string): BuiltImage {
  const named = new Map<string, Stage>();
  let stage = new Stage();
  let entrypoint: string[] = [];
  let user: string | undefined;
  const lines = dockerfile.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  for (const line of lines) {
    const [instruction, ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    switch (instruction) {
      case 'FROM': {
        stage = new Stage();
        const name = /\bAS\s+(\S+)/i.exec(args)?.[1];
        if (name) named.set(name, stage);
        break;
      }
      case 'WORKDIR':
        stage.workdir = posix.resolve(stage.workdir, args);
        mkdirSync(stage.host('.'), { recursive: true });
        break;
      case 'COPY': {
        const from = /^--from=(\S+)\s+/.exec(args);
        const paths = (from ? args.slice(from[0].length) : args).split(/\s+/);
        const target = paths.pop() as string;
        const intoFolder = paths.length > 1 || target.endsWith('/');
        for (const source of paths) {
          const origin = from ? (named.get(from[1] as string) as Stage).host(source) : join(context, source);
          cpSync(origin, intoFolder ? join(stage.host(target), posix.basename(source)) : stage.host(target), { recursive: true });
        }
        break;
      }
      case 'RUN': {
        // npm answers from its cache where it can, as the Action's install step asks with
        // --prefer-offline: an image build starts with an empty cache, so on the host this changes
        // only whether npm first asks the registry about every package it already holds.
        const result = run('bash', ['-e', '-c', args], { cwd: stage.host('.'), env: { npm_config_prefix: globalPrefix, npm_config_prefer_offline: 'true' } });
        expect(result.code, `RUN ${args}: ${result.stderr}`).toBe(0);
        break;
      }
      case 'ENTRYPOINT':
        entrypoint = JSON.parse(args) as string[];
        break;
      case 'USER':
        user = args;
        break;
      case 'CMD':
        break;
      default:
        throw new Error(`the test's Dockerfile interpreter does not know ${instruction}`);
    }
  }
  const stageFolder = (name: string, path: string): string => {
    const found = named.get(name);
    if (!found) throw new Error(`the Dockerfile has no stage named ${name}`);
    return found.host(path);
  };
  return { entrypoint, ...(user ? { user } : {}), stageFolder };
}

