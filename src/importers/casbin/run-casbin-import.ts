// Runs one Casbin import in a worker thread with a wall-clock and a heap limit. casbin evaluates
// patterns from the export as regular expressions, which can backtrack for hours; a worker can be
// stopped mid-expression, a function call in this thread cannot. The whole decision loop runs in
// the worker and the grants come back in one message: one message per enforce() would cost more
// than the enforce() itself on a large policy.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CasbinJob, CasbinOutcome } from './casbin-job.js';
import type { CasbinLimits } from './casbin-limits.js';

type WorkerAnswer = { kind: 'outcome'; outcome: CasbinOutcome } | { kind: 'crash'; message: string; stack?: string };

const WORKER_SCRIPT = fileURLToPath(new URL('./casbin-worker.js', import.meta.url));
/** Run from the TypeScript sources (tests), there is no compiled worker script: the import runs in this thread, without limits. */
const FROM_SOURCES = import.meta.url.endsWith('.ts');

export async function runCasbinImport(job: CasbinJob, limits: CasbinLimits): Promise<CasbinOutcome> {
  if (FROM_SOURCES) {
    const { importCasbin } = await import('./import-casbin.js');
    return importCasbin(job);
  }
  // The job (the policy texts) is copied to the worker as it starts; no closure below holds it,
  // so it need not stay alive in this thread while the worker runs.
  const modelFile = job.modelFile;
  const worker = new Worker(WORKER_SCRIPT, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: limits.memoryLimitMb } });
  return new Promise<CasbinOutcome>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      finish();
      void worker.terminate();
    };
    const refused = (message: string, expected: string): CasbinOutcome => ({ ok: false, diagnostics: [{ severity: 'error', file: modelFile, message, expected }] });
    const timer = setTimeout(
      () => settle(() => resolve(refused(`Casbin evaluation exceeded ${limits.timeLimitSeconds} s (time limit) and was stopped, so nothing of this source is evaluated; a regexMatch or keyMatch pattern of the policy that backtracks without end does this`, 'policy patterns that match in linear time, or a higher `options.timeLimitSeconds` for this source in the project file'))),
      limits.timeLimitSeconds * 1000,
    );
    worker.once('message', (answer: WorkerAnswer) =>
      settle(() => {
        if (answer.kind === 'outcome') resolve(answer.outcome);
        else reject(Object.assign(new Error(answer.message), answer.stack !== undefined ? { stack: answer.stack } : {}));
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') resolve(refused(`Casbin evaluation exceeded ${limits.memoryLimitMb} MB (memory limit) and was stopped, so nothing of this source is evaluated`, 'a smaller policy, or a higher `options.memoryLimitMb` for this source in the project file'));
        else reject(error);
      }),
    );
    worker.once('exit', (code) => settle(() => resolve(refused(`Casbin evaluation ended without an answer (worker exit code ${code}), so nothing of this source is evaluated`, 'a model and policy casbin can evaluate'))));
  });
}
