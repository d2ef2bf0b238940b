// Differential tests of the RAM / CAM policy evaluator against the outcomes the providers' own
// documentation states for its examples. Each case is a documented policy, a request, and the
// documented answer (allow, deny — explicit or implicit — or, where the documented outcome depends
// on a Condition of the request, undecided: the evaluator must never guess it).
// Sources (by title): Alibaba Cloud RAM "Policy structure and syntax", "Permission policy
// elements", "How RAM evaluates policies", OSS "RAM Policy", "Access OSS through an IP address",
// OSS error "0003-00000201", ossutil "put-bucket-policy"; Tencent Cloud CAM "Syntax Structure",
// "Element Reference Overview", COS "Authorization Policy Syntax" and its examples.
import { describe, expect, it } from 'vitest';
import { decide, type PlacedStatement } from '../src/importers/cloud-policy/evaluate-policy.js';
import { parsePolicyText, PolicyShapeError, type Provider } from '../src/importers/cloud-policy/policy-document.js';

function statements(provider: Provider, ...documents: unknown[]): PlacedStatement[] {
  return documents.flatMap((d, i) => parsePolicyText(provider, d).statements.map((statement) => ({ statement, policy: `p${i}`, file: 'doc.json', pointer: `/${i}` })));
}

interface Case {
  name: string;
  provider: Provider;
  policies: unknown[];
  action: string;
  resource: string;
  expected: 'allow' | 'deny' | 'undecided';
}

const IP_POLICY = {
  Version: '1',
  Statement: [
    { Effect: 'Allow', Action: ['oss:ListBuckets', 'oss:GetBucketStat', 'oss:GetBucketInfo', 'oss:GetBucketTagging', 'oss:GetBucketAcl'], Resource: ['acs:oss:*:*:*'] },
    { Effect: 'Allow', Action: ['oss:ListObjects', 'oss:GetObject'], Resource: ['acs:oss:*:*:myphotos', 'acs:oss:*:*:myphotos/*'], Condition: { IpAddress: { 'acs:SourceIp': ['192.168.0.0/16', '172.16.0.0/12'] } } },
  ],
};
const IP_DENY_POLICY = {
  Version: '1',
  Statement: [
    { Effect: 'Allow', Action: ['oss:ListObjects', 'oss:GetObject'], Resource: ['acs:oss:*:*:myphotos', 'acs:oss:*:*:myphotos/*'] },
    { Effect: 'Deny', Action: 'oss:*', Resource: ['acs:oss:*:*:*'], Condition: { NotIpAddress: { 'acs:SourceIp': ['192.168.0.0/16'] } } },
  ],
};
const MYBUCKET_READ = { Version: '1', Statement: [{ Action: ['oss:ListObjects', 'oss:GetObject'], Effect: 'Allow', Resource: ['acs:oss:*:*:mybucket', 'acs:oss:*:*:mybucket/*'] }] };
const ADMIN = { Version: '1', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const POWER_USER = { Version: '1', Statement: [{ Effect: 'Allow', NotAction: ['ram:*', 'ims:*'], Resource: '*' }] };

const CASES: Case[] = [
  // RAM "Policy structure and syntax": Resource "*" matches all resources; Action names an API.
  { name: 'RAM: AdministratorAccess allows any action on any resource', provider: 'ram', policies: [ADMIN], action: 'oss:GetObject', resource: 'acs:oss:cn-hangzhou:1234567890:mybucket/a.jpg', expected: 'allow' },
  // Terraform alicloud_ram_policies example: list and get on mybucket and its objects.
  { name: 'RAM: GetObject on an object of mybucket is allowed', provider: 'ram', policies: [MYBUCKET_READ], action: 'oss:GetObject', resource: 'acs:oss:cn-shenzhen:1234567890:mybucket/2024/a.jpg', expected: 'allow' },
  { name: 'RAM: ListObjects on mybucket itself is allowed', provider: 'ram', policies: [MYBUCKET_READ], action: 'oss:ListObjects', resource: 'acs:oss:cn-shenzhen:1234567890:mybucket', expected: 'allow' },
  { name: 'RAM: PutObject is not listed: implicit deny', provider: 'ram', policies: [MYBUCKET_READ], action: 'oss:PutObject', resource: 'acs:oss:cn-shenzhen:1234567890:mybucket/a.jpg', expected: 'deny' },
  { name: 'RAM: another bucket whose name starts the same is not matched', provider: 'ram', policies: [MYBUCKET_READ], action: 'oss:GetObject', resource: 'acs:oss:cn-shenzhen:1234567890:mybucket2/a.jpg', expected: 'deny' },
  // "How RAM evaluates policies": explicit deny overrides allow, in another policy too.
  { name: 'RAM: an explicit Deny in another policy overrides AdministratorAccess', provider: 'ram', policies: [ADMIN, { Version: '1', Statement: [{ Effect: 'Deny', Action: 'oss:DeleteObject', Resource: 'acs:oss:*:*:mybucket/private/*' }] }], action: 'oss:DeleteObject', resource: 'acs:oss:cn-hangzhou:1234567890:mybucket/private/x.txt', expected: 'deny' },
  { name: 'RAM: the Deny on /private/ leaves other prefixes allowed', provider: 'ram', policies: [ADMIN, { Version: '1', Statement: [{ Effect: 'Deny', Action: 'oss:DeleteObject', Resource: 'acs:oss:*:*:mybucket/private/*' }] }], action: 'oss:DeleteObject', resource: 'acs:oss:cn-hangzhou:1234567890:mybucket/public/x.txt', expected: 'allow' },
  // OSS error 0003-00000201: Deny PutBucketReferer on mybucket.
  { name: 'RAM: Deny PutBucketReferer on mybucket denies it', provider: 'ram', policies: [ADMIN, { Version: '1', Statement: [{ Effect: 'Deny', Action: ['oss:PutBucketReferer'], Resource: ['acs:oss:*:*:mybucket'] }] }], action: 'oss:PutBucketReferer', resource: 'acs:oss:cn-hangzhou:1234567890:mybucket', expected: 'deny' },
  // put-bucket-policy example resource acs:oss:*:1234567890:*/* with a Deny of Put/GetObject.
  { name: 'RAM: Deny GetObject on acs:oss:*:1234567890:*/* covers every bucket of that account', provider: 'ram', policies: [ADMIN, { Version: '1', Statement: [{ Action: ['oss:PutObject', 'oss:GetObject'], Effect: 'Deny', Resource: ['acs:oss:*:1234567890:*/*'] }] }], action: 'oss:GetObject', resource: 'acs:oss:cn-beijing:1234567890:photos/a.jpg', expected: 'deny' },
  { name: 'RAM: …but not objects of another account', provider: 'ram', policies: [ADMIN, { Version: '1', Statement: [{ Action: ['oss:PutObject', 'oss:GetObject'], Effect: 'Deny', Resource: ['acs:oss:*:1234567890:*/*'] }] }], action: 'oss:GetObject', resource: 'acs:oss:cn-beijing:9999999999:photos/a.jpg', expected: 'allow' },
  // "Policy structure and syntax": NotAction with Allow grants everything except the listed.
  { name: 'RAM: Allow NotAction ram:* allows OSS', provider: 'ram', policies: [POWER_USER], action: 'oss:GetObject', resource: 'acs:oss:*:1234567890:b/o', expected: 'allow' },
  { name: 'RAM: Allow NotAction ram:* does not allow RAM actions', provider: 'ram', policies: [POWER_USER], action: 'ram:CreateUser', resource: 'acs:ram:*:1234567890:user/x', expected: 'deny' },
  { name: 'RAM: Deny with NotResource denies every resource but the listed', provider: 'ram', policies: [ADMIN, { Version: '1', Statement: [{ Effect: 'Deny', Action: 'oss:GetObject', NotResource: 'acs:oss:*:*:public-assets/*' }] }], action: 'oss:GetObject', resource: 'acs:oss:*:1:waybills/a.jpg', expected: 'deny' },
  { name: 'RAM: …and leaves the listed resource to the Allow', provider: 'ram', policies: [ADMIN, { Version: '1', Statement: [{ Effect: 'Deny', Action: 'oss:GetObject', NotResource: 'acs:oss:*:*:public-assets/*' }] }], action: 'oss:GetObject', resource: 'acs:oss:*:1:public-assets/logo.png', expected: 'allow' },
  // Action names are not case-sensitive; `?` matches one character.
  { name: 'RAM: action names match case-insensitively', provider: 'ram', policies: [{ Version: '1', Statement: [{ Effect: 'Allow', Action: 'OSS:getobject', Resource: '*' }] }], action: 'oss:GetObject', resource: 'acs:oss:*:1:b/o', expected: 'allow' },
  { name: 'RAM: resources match case-sensitively', provider: 'ram', policies: [{ Version: '1', Statement: [{ Effect: 'Allow', Action: 'oss:GetObject', Resource: 'acs:oss:*:*:MyBucket/*' }] }], action: 'oss:GetObject', resource: 'acs:oss:*:1:mybucket/o', expected: 'deny' },
  { name: 'RAM: ? matches exactly one character', provider: 'ram', policies: [{ Version: '1', Statement: [{ Effect: 'Allow', Action: 'oss:Get?bject', Resource: 'acs:oss:*:*:bucket-?/*' }] }], action: 'oss:GetObject', resource: 'acs:oss:*:1:bucket-a/o', expected: 'allow' },
  { name: 'RAM: ? does not match two characters', provider: 'ram', policies: [{ Version: '1', Statement: [{ Effect: 'Allow', Action: 'oss:GetObject', Resource: 'acs:oss:*:*:bucket-?/*' }] }], action: 'oss:GetObject', resource: 'acs:oss:*:1:bucket-ab/o', expected: 'deny' },
  { name: 'RAM: oss:Get* covers GetObject but not ListObjects', provider: 'ram', policies: [{ Version: '1', Statement: [{ Effect: 'Allow', Action: 'oss:Get*', Resource: '*' }] }], action: 'oss:ListObjects', resource: 'acs:oss:*:1:b', expected: 'deny' },
  // "Access OSS through an IP address": the allow depends on acs:SourceIp.
  { name: 'RAM: GetObject allowed only from an IP range is undecided', provider: 'ram', policies: [IP_POLICY], action: 'oss:GetObject', resource: 'acs:oss:*:1:myphotos/a.jpg', expected: 'undecided' },
  { name: 'RAM: the unconditioned statement of the same policy still allows ListBuckets', provider: 'ram', policies: [IP_POLICY], action: 'oss:ListBuckets', resource: 'acs:oss:*:1:*', expected: 'allow' },
  { name: 'RAM: a conditional Deny (NotIpAddress) makes an allowed request undecided', provider: 'ram', policies: [IP_DENY_POLICY], action: 'oss:GetObject', resource: 'acs:oss:*:1:myphotos/a.jpg', expected: 'undecided' },
  { name: 'RAM: a conditional Deny with nothing allowing is a deny either way', provider: 'ram', policies: [IP_DENY_POLICY], action: 'oss:PutObject', resource: 'acs:oss:*:1:myphotos/a.jpg', expected: 'deny' },

  // CAM "Syntax Structure" / COS examples: name/cos: actions, six-part qcs resources.
  { name: 'CAM: read-only COS policy allows GetObject on the bucket', provider: 'cam', policies: [{ version: '2.0', statement: [{ effect: 'allow', action: ['name/cos:HeadObject', 'name/cos:GetObject', 'name/cos:GetBucket'], resource: ['qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*'] }] }], action: 'cos:GetObject', resource: 'qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/folder/a.jpg', expected: 'allow' },
  { name: 'CAM: …and not PutObject', provider: 'cam', policies: [{ version: '2.0', statement: [{ effect: 'allow', action: ['name/cos:HeadObject', 'name/cos:GetObject', 'name/cos:GetBucket'], resource: ['qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*'] }] }], action: 'cos:PutObject', resource: 'qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/folder/a.jpg', expected: 'deny' },
  { name: 'CAM: the name/ prefix is optional on either side', provider: 'cam', policies: [{ version: '2.0', statement: [{ effect: 'allow', action: 'cos:*', resource: '*' }] }], action: 'name/cos:DeleteObject', resource: 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/x', expected: 'allow' },
  { name: 'CAM: deny takes precedence over allow', provider: 'cam', policies: [{ version: '2.0', statement: [{ effect: 'allow', action: 'name/cos:*', resource: '*' }, { effect: 'deny', action: 'name/cos:GetObject', resource: 'qcs::cos:ap-guangzhou:uid/1250000000:secret-1250000000/*' }] }], action: 'cos:GetObject', resource: 'qcs::cos:ap-guangzhou:uid/1250000000:secret-1250000000/a', expected: 'deny' },
  { name: 'CAM: a condition on the source IP leaves the request undecided', provider: 'cam', policies: [{ version: '2.0', statement: [{ effect: 'allow', action: 'name/cos:GetObject', resource: '*', condition: { ip_equal: { 'qcs:ip': ['10.217.182.3/24'] } } }] }], action: 'cos:GetObject', resource: 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/a', expected: 'undecided' },
  { name: 'CAM: nothing attached is an implicit deny', provider: 'cam', policies: [], action: 'cos:GetObject', resource: 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/a', expected: 'deny' },
];

describe('RAM / CAM policy evaluation against the providers’ documented examples', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const result = decide(statements(c.provider, ...c.policies), { action: c.action, resource: c.resource });
      expect(result.decision).toBe(c.expected);
      if (c.expected === 'undecided') expect(result.by.every((s) => s.statement.condition !== undefined)).toBe(true);
    });
  }

  it('names the statement that explicitly denies', () => {
    const result = decide(statements('ram', ADMIN, { Version: '1', Statement: [{ Effect: 'Deny', Action: 'oss:*', Resource: '*' }] }), { action: 'oss:GetObject', resource: 'acs:oss:*:1:b/o' });
    expect(result.by.map((s) => s.policy)).toEqual(['p1']);
  });

  it('refuses documents that are not policies, saying where', () => {
    expect(() => parsePolicyText('ram', '{"Version":"2","Statement":[]}')).toThrow(PolicyShapeError);
    expect(() => parsePolicyText('ram', '{"Version":"1","Statement":[{"Effect":"Allow","Resource":"*"}]}')).toThrow(/exactly one of Action and NotAction/);
    expect(() => parsePolicyText('cam', '{"version":"2.0","statement":[{"effect":"permit","action":"*","resource":"*"}]}')).toThrow(/Effect/);
    expect(() => parsePolicyText('ram', '{"Version":"1",')).toThrow(/not valid JSON/);
    const thrown = (() => {
      try {
        parsePolicyText('ram', { Version: '1', Statement: [{ Effect: 'Allow', Action: 5, Resource: '*' }] });
        return undefined;
      } catch (error) {
        return error as PolicyShapeError;
      }
    })();
    expect(thrown?.pointer).toBe('/Statement/0/Action');
  });
});

// Reach: can the principal get the request allowed at all? A condition on the request's context
// (source IP, HTTPS, MFA, time) is one the principal meets by calling from the office, over HTTPS …;
// any other condition (a prefix of the listing, a tag) still leaves the request undecided.
describe('the reach mode the importer uses', () => {
  const get = { action: 'oss:GetObject', resource: 'acs:oss:*:1:myphotos/a.jpg' };
  const ADMIN_OSS = { Version: '1', Statement: [{ Effect: 'Allow', Action: 'oss:*', Resource: '*' }] };

  it('reads an Allow on a source-IP condition as allowed, naming the conditional statement', () => {
    const result = decide(statements('ram', IP_POLICY), get, 'reach');
    expect(result.decision).toBe('allow');
    expect(result.by[0]?.statement.condition).toEqual({ IpAddress: { 'acs:SourceIp': ['192.168.0.0/16', '172.16.0.0/12'] } });
    // The same request, decided strictly, stays undecided.
    expect(decide(statements('ram', IP_POLICY), get).decision).toBe('undecided');
  });

  it('reads a Deny outside an IP range, or without HTTPS, as denying only there: the Allow stands', () => {
    expect(decide(statements('ram', ADMIN_OSS, IP_DENY_POLICY), get, 'reach').decision).toBe('allow');
    const https = { Version: '1', Statement: [{ Effect: 'Deny', Action: 'oss:*', Resource: '*', Condition: { Bool: { 'acs:SecureTransport': ['false'] } } }] };
    expect(decide(statements('ram', ADMIN_OSS, https), get, 'reach').decision).toBe('allow');
  });

  it('still says undecided for a condition that is not the request’s context, and denies on an unconditional Deny', () => {
    const tagged = { Version: '1', Statement: [{ Effect: 'Allow', Action: 'oss:GetObject', Resource: '*', Condition: { StringEquals: { 'acs:ResourceTag/unit': 'outlet-201' } } }] };
    expect(decide(statements('ram', tagged), get, 'reach').decision).toBe('undecided');
    const mixed = { Version: '1', Statement: [{ Effect: 'Allow', Action: 'oss:GetObject', Resource: '*', Condition: { IpAddress: { 'acs:SourceIp': '10.0.0.0/8' }, StringLike: { 'oss:Prefix': 'a/*' } } }] };
    expect(decide(statements('ram', mixed), get, 'reach').decision).toBe('undecided');
    expect(decide(statements('ram', IP_POLICY, { Version: '1', Statement: [{ Effect: 'Deny', Action: 'oss:GetObject', Resource: '*' }] }), get, 'reach').decision).toBe('deny');
  });

  it('CAM: qcs:ip is the request’s context too', () => {
    const cam = { version: '2.0', statement: [{ effect: 'allow', action: 'name/cos:GetObject', resource: '*', condition: { ip_equal: { 'qcs:ip': ['10.217.182.3/24'] } } }] };
    expect(decide(statements('cam', cam), { action: 'cos:GetObject', resource: 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/a' }, 'reach').decision).toBe('allow');
  });
});
