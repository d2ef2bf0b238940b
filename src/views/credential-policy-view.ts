// One item per credential policy, with how many accounts (and privileged ones) it governs.
import type { ViewDefinition } from './view.js';

export const credentialPolicyView: ViewDefinition = {
  name: 'credential-policy',
  reads: ['credentialPolicies', 'accounts', 'roles'],
  description: 'every credential policy with the number of accounts, and privileged accounts, it governs',
  build({ index }) {
    const usage = new Map<string, { accounts: number; privileged: number }>();
    for (const account of index.inventory.accounts) {
      const policy = index.policyOf(account);
      if (!policy || account.status === 'disabled') continue;
      const privileged = (account.roles ?? []).some((r) => index.isPrivileged(r));
      const u = usage.get(policy.id) ?? { accounts: 0, privileged: 0 };
      const n = account.count ?? 1; // a cohort counts every account it stands for
      u.accounts += n;
      if (privileged) u.privileged += n;
      usage.set(policy.id, u);
    }
    return index.inventory.credentialPolicies.map((policy) => ({
      key: policy.id,
      label: policy.id,
      subject: policy,
      data: {
        policy,
        accounts: usage.get(policy.id)?.accounts ?? 0,
        privilegedAccounts: usage.get(policy.id)?.privileged ?? 0,
        mlpsLevel: index.inventory.system?.mlpsLevel ?? null,
        // null when the source states constraints pipl-audit cannot interpret (an unknown Keycloak
        // password policy id): the policy's strength is then unknown, not weak.
        strengthInterpreted: (policy.uninterpreted?.length ?? 0) > 0 ? null : true,
      },
    }));
  },
};
