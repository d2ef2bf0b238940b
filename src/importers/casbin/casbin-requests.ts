// Asking the real casbin enforcer one request at a time, in the model's own request shape
// (`r = sub, obj, act`, `r = sub, dom, obj, act` …), and, when the matcher calls a function of
// the application's, bounding the answer instead of guessing it.
import type { Enforcer } from 'casbin';

/** What casbin answered, or `undefined` when the answer depends on a function pipl-audit does not run. */
export interface Answer {
  allowed: boolean | undefined;
  /** The stored policy rule that decided an allowed request (from enforceEx). */
  explain: string[];
}

export interface RequestValues {
  subject: string;
  domain?: string;
  object: string;
  action: string;
  /** Values for other request fields, by name. */
  extra: Record<string, string>;
}

export class CasbinAsker {
  /** The value every stub of an application function returns for the request under way. */
  private stubValue = false;

  /**
   * @param requestFields the model's request fields in order, without the `r_` prefix
   * @param unknown functions of the application's (stubbed, never run)
   * @param boundable whether constant false / constant true bound the matcher (see matcher-check.ts)
   */
  constructor(
    private readonly enforcer: Enforcer,
    readonly requestFields: string[],
    unknown: string[],
    private readonly boundable: boolean,
  ) {
    this.needsBounds = unknown.length > 0;
    for (const name of unknown) {
      if (!name.includes('.')) this.enforcer.addFunction(name, () => this.stubValue);
    }
  }

  private readonly needsBounds: boolean;

  /** The request as the model's request_definition orders it; throws a plain Error naming a field it cannot fill. */
  values(request: RequestValues): string[] {
    return this.requestFields.map((field, index) => {
      if (index === 0) return request.subject;
      if (field === 'obj' || field === 'object' || field === 'resource') return request.object;
      if (field === 'act' || field === 'action') return request.action;
      if (field === 'dom' || field === 'domain' || field === 'tenant') {
        if (request.domain === undefined) throw new Error(`the model's requests carry a domain ("${field}"): give \`domain\` in the mapping or for the subject`);
        return request.domain;
      }
      const value = request.extra[field];
      if (value === undefined) throw new Error(`the model's request field "${field}" has no value: give it under \`request:\` in the mapping`);
      return value;
    });
  }

  ask(request: RequestValues): Answer {
    const values = this.values(request);
    if (!this.needsBounds) {
      const [allowed, explain] = this.enforcer.enforceExSync(...values);
      return { allowed, explain };
    }
    if (!this.boundable) return { allowed: undefined, explain: [] };
    this.stubValue = false;
    const [low, lowExplain] = this.enforcer.enforceExSync(...values);
    this.stubValue = true;
    const [high] = this.enforcer.enforceExSync(...values);
    this.stubValue = false;
    // Allowed even when every call says no, or denied even when every call says yes: decided.
    return low === high ? { allowed: low, explain: low ? lowExplain : [] } : { allowed: undefined, explain: [] };
  }
}
