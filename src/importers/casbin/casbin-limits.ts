// How long and how much memory one Casbin source may take to evaluate. casbin runs policy
// patterns as regular expressions (regexMatch, keyMatch …), and a pattern from the export can
// backtrack without end; the evaluation runs in a worker thread that is stopped at these limits,
// and the source is then unreadable (its rules NOT_EVALUATED), never a hang.
import { Type, type Static } from '@sinclair/typebox';

export const CasbinOptionsSchema = Type.Object(
  {
    timeLimitSeconds: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'wall-clock limit for evaluating this Casbin source (default 300)' })),
    memoryLimitMb: Type.Optional(Type.Integer({ minimum: 64, description: 'heap limit in MB for evaluating this Casbin source (default 2048)' })),
  },
  { additionalProperties: false, description: 'limits of the Casbin evaluation (see docs/sources/casbin.md, Security)' },
);

export type CasbinLimits = Required<Static<typeof CasbinOptionsSchema>>;

/** Measured: a 400,000-line policy imports in 11 s (44 s on a loaded 2-core machine) and about 0.6 GB; the defaults leave room for slower machines and larger exports. */
export const DEFAULT_CASBIN_LIMITS: CasbinLimits = { timeLimitSeconds: 300, memoryLimitMb: 2048 };

export function casbinLimits(options: Record<string, unknown>): CasbinLimits {
  const { timeLimitSeconds, memoryLimitMb } = options as Static<typeof CasbinOptionsSchema>;
  return { timeLimitSeconds: timeLimitSeconds ?? DEFAULT_CASBIN_LIMITS.timeLimitSeconds, memoryLimitMb: memoryLimitMb ?? DEFAULT_CASBIN_LIMITS.memoryLimitMb };
}
