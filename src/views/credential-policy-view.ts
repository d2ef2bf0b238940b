// One item per credential policy, with how many active accounts of people (and privileged ones) it
// governs, and whether it is the policy of an identity realm exported without its users.
import type { ViewDefinition } from './view.js';

export const credentialPolicyView: ViewDefinition = {
  name: 'credential-policy',
  reads: ['credentialPolicies', 'accounts', 'roles'],
  description: 'every credential policy with the number of active accounts of people, and privileged ones, it governs, and whether its realm was exported without users',
  statedBy: {
    '/policy/blocklist': { manifest: 'credentialPolicies[].blocklist', absent: 'blocklist: false', export: { zh: 'Keycloak：passwordPolicy 中的 passwordBlacklist', en: 'Keycloak: passwordBlacklist in the realm\'s passwordPolicy' } },
    '/policy/characterClasses': { manifest: 'credentialPolicies[].characterClasses', export: { zh: 'Keycloak：passwordPolicy 中的 upperCase、lowerCase、digits、specialChars；阿里云 RAM：GetPasswordPolicy 的 Require… 各项', en: 'Keycloak: upperCase, lowerCase, digits, specialChars in the realm\'s passwordPolicy; Alibaba Cloud RAM: the Require… flags of GetPasswordPolicy' } },
    '/policy/hashing': { manifest: 'credentialPolicies[].hashing', export: { zh: 'Keycloak：passwordPolicy 中的 hashAlgorithm、hashIterations', en: 'Keycloak: hashAlgorithm and hashIterations in the realm\'s passwordPolicy' } },
    '/policy/hashing/iterations': { manifest: 'credentialPolicies[].hashing.iterations', absent: 'iterations: 1', export: { zh: 'Keycloak：passwordPolicy 中的 hashIterations；RuoYi、JeecgBoot 等：口令散列代码中的迭代次数', en: 'Keycloak: hashIterations in the realm\'s passwordPolicy; RuoYi, JeecgBoot and the like: the iteration count in the password-hashing code' } },
    '/policy/hashing/salted': { manifest: 'credentialPolicies[].hashing.salted', absent: 'salted: false', export: { zh: '用户表中是否有逐个口令的盐值列（如 RuoYi 4.x 的 sys_user.salt）', en: 'whether the user table keeps a salt per password (e.g. sys_user.salt in RuoYi 4.x)' } },
    '/policy/idleTimeoutMinutes': { manifest: 'credentialPolicies[].idleTimeoutMinutes', export: { zh: 'Keycloak：ssoSessionIdleTimeout', en: 'Keycloak: ssoSessionIdleTimeout' } },
    '/policy/lockout': { manifest: 'credentialPolicies[].lockout', absent: 'lockout: none', export: { zh: 'Keycloak：bruteForceProtected 与 failureFactor；阿里云 RAM：GetPasswordPolicy 的 MaxLoginAttemps', en: 'Keycloak: bruteForceProtected and failureFactor; Alibaba Cloud RAM: MaxLoginAttemps of GetPasswordPolicy' } },
    '/policy/minLength': { manifest: 'credentialPolicies[].minLength', export: { zh: 'Keycloak：passwordPolicy 中的 length；阿里云 RAM：GetPasswordPolicy 的 MinimumPasswordLength', en: 'Keycloak: length in the realm\'s passwordPolicy; Alibaba Cloud RAM: MinimumPasswordLength of GetPasswordPolicy' } },
    '/policy/rotationDays': { manifest: 'credentialPolicies[].rotationDays', absent: 'rotationDays: none', export: { zh: 'Keycloak：passwordPolicy 中的 forceExpiredPasswordChange；阿里云 RAM：GetPasswordPolicy 的 MaxPasswordAge', en: 'Keycloak: forceExpiredPasswordChange in the realm\'s passwordPolicy; Alibaba Cloud RAM: MaxPasswordAge of GetPasswordPolicy' } },
    '/policy/transport': { manifest: 'credentialPolicies[].transport' },
    '/strengthInterpreted': { manifest: 'credentialPolicies[] (every constraint of an imported policy understood)', facts: [] },
  },
  build({ index }) {
    const usage = new Map<string, { accounts: number; privileged: number }>();
    for (const account of index.inventory.accounts) {
      const policy = index.policyOf(account);
      // A service account (Keycloak's service-account-<client> users) is not a person: password
      // policy and second-factor rules are about people.
      if (!policy || account.status === 'disabled' || account.type === 'service') continue;
      const privileged = (account.roles ?? []).some((r) => index.isPrivileged(r));
      const u = usage.get(policy.id) ?? { accounts: 0, privileged: 0 };
      const n = account.count ?? 1; // a cohort counts every account it stands for
      u.accounts += n;
      if (privileged) u.privileged += n;
      usage.set(policy.id, u);
    }
    // Policies of identity realms exported without users: whom they govern is not stated, so they are judged.
    const unlisted = new Set(index.inventory.identityRealms.filter((r) => r.usersExported === false && r.credentialPolicy !== undefined).map((r) => r.credentialPolicy as string));
    return index.inventory.credentialPolicies.map((policy) => ({
      key: policy.id,
      label: policy.id,
      subject: policy,
      data: {
        policy,
        accounts: usage.get(policy.id)?.accounts ?? 0,
        privilegedAccounts: usage.get(policy.id)?.privileged ?? 0,
        usersNotExported: unlisted.has(policy.id),
        mlpsLevel: index.inventory.system?.mlpsLevel ?? null,
        // null when the source states constraints pipl-audit cannot interpret (an unknown Keycloak
        // password policy id): the policy's strength is then unknown, not weak.
        strengthInterpreted: (policy.uninterpreted?.length ?? 0) > 0 ? null : true,
      },
    }));
  },
};
