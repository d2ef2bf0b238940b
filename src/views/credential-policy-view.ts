// One item per credential policy, with how many active accounts of people (and privileged ones) it
// governs, and whether it is the policy of an identity realm exported without its users.
import { isUnstated } from '../inventory/assumed-facts.js';
import type { ViewDefinition } from './view.js';

export const credentialPolicyView: ViewDefinition = {
  name: 'credential-policy',
  reads: ['credentialPolicies', 'accounts', 'roles'],
  description: 'every credential policy with the number of active accounts of people, and privileged ones, it governs, and whether its realm was exported without users',
  statedBy: {
    // Whom the policy covers rests on each account's type: a person's account is covered, a
    // service account is not. An account whose type its export does not state (a RAM user without
    // GetLoginProfile) is neither: while no account of a stated person is under the policy and such
    // an account is, whether the policy covers anyone is unstated (null).
    '/accounts': {
      manifest: 'accounts[].type of the active accounts under the policy (a person\'s account, not type: service)',
      facts: ['manifest:/accounts'],
      export: { zh: '阿里云 RAM：每个用户的 GetLoginProfile 响应（有控制台登录即为人使用），或 overlays.accounts[].set.type', en: 'Alibaba Cloud RAM: the GetLoginProfile response of each user (a console log-in: a person uses it), or overlays.accounts[].set.type' },
    },
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
    const usage = new Map<string, { accounts: number; privileged: number; typeUnstated: number }>();
    for (const account of index.inventory.accounts) {
      const policy = index.policyOf(account);
      if (!policy || account.status === 'disabled') continue;
      const u = usage.get(policy.id) ?? { accounts: 0, privileged: 0, typeUnstated: 0 };
      usage.set(policy.id, u);
      const n = account.count ?? 1; // a cohort counts every account it stands for
      // A type its export does not state (markUnstated: a RAM user without GetLoginProfile) may be a
      // person's or a program's: the account is neither covered nor left out, only counted apart.
      if (isUnstated(account, 'type')) {
        u.typeUnstated += n;
        continue;
      }
      // A service account (Keycloak's service-account-<client> users) is not a person: password
      // policy and second-factor rules are about people.
      if (account.type === 'service') continue;
      const privileged = (account.roles ?? []).some((r) => index.isPrivileged(r));
      u.accounts += n;
      if (privileged) u.privileged += n;
    }
    // Policies of identity realms exported without users: whom they govern is not stated, so they are judged.
    const unlisted = new Set(index.inventory.identityRealms.filter((r) => r.usersExported === false && r.credentialPolicy !== undefined).map((r) => r.credentialPolicy as string));
    return index.inventory.credentialPolicies.map((policy) => {
      const u = usage.get(policy.id);
      // Whether the policy covers a person's account is unstated only while no stated person's
      // account is under it and an account of unstated type is: one stated person settles it.
      const coverageUnstated = u !== undefined && u.accounts === 0 && u.typeUnstated > 0;
      return {
        key: policy.id,
        label: policy.id,
        subject: policy,
        data: {
          policy,
          accounts: coverageUnstated ? null : (u?.accounts ?? 0),
          privilegedAccounts: coverageUnstated ? null : (u?.privileged ?? 0),
          // Active accounts under the policy whose type (a person's or a program's) is not stated.
          accountsTypeUnstated: u?.typeUnstated ?? 0,
          usersNotExported: unlisted.has(policy.id),
          mlpsLevel: index.inventory.system?.mlpsLevel ?? null,
          // null when the source states constraints pipl-audit cannot interpret (an unknown Keycloak
          // password policy id): the policy's strength is then unknown, not weak.
          strengthInterpreted: (policy.uninterpreted?.length ?? 0) > 0 ? null : true,
        },
      };
    });
  },
};
