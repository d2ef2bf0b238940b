// `pipl-audit evidence keygen PREFIX` makes an Ed25519 key pair for signing evidence records;
// `pipl-audit evidence check RECORD --public-key KEY` verifies a record's signature against a
// trusted key and re-hashes every input and output file it names: exit 0 intact and verified,
// 1 a signature or a hash does not match, or no trusted key was given (NOT VERIFIED), 2 a
// malformed record or one that points outside its folder.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { checkEvidence, type EvidenceCheck } from '../evidence/check-evidence.js';
import { generateSigningKeys } from '../evidence/sign-record.js';
import { displayPathOf } from '../sources/discover-files.js';
import { pick, type Bilingual, type Lang } from '../i18n/bilingual.js';
import { padEndDisplay } from '../i18n/display-width.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from './cli-error.js';
import { parseLang } from './common-options.js';
import { say } from './cli-lang.js';
import { writeFileAtomic } from './output-file.js';
import { cliStdout } from './cli-io.js';

export function registerEvidenceCommand(program: Command): void {
  const evidence = program.command('evidence').description('evidence records: make a signing key pair, check a record against its inputs');

  evidence
    .command('keygen')
    .description('write an Ed25519 key pair: PREFIX.key (private, PKCS#8 PEM, mode 600) and PREFIX.pub (public, SPKI PEM)')
    .argument('<prefix>', 'path and name of the key files, without extension')
    .option('--lang <lang>', 'language of messages: zh or en (default: from LANG)')
    .action((prefix: string, flags: { lang?: string }) => {
      parseLang(flags.lang);
      const privateFile = `${prefix}.key`;
      const publicFile = `${prefix}.pub`;
      for (const f of [privateFile, publicFile]) if (existsSync(f)) throw new UsageError({ zh: `${f} 已存在；不覆盖密钥`, en: `${f} exists; not overwriting a key` });
      const keys = generateSigningKeys();
      writeFileSync(privateFile, keys.privateKeyPem, { mode: 0o600, flag: 'wx' });
      writeFileSync(publicFile, keys.publicKeyPem, { flag: 'wx' });
      cliStdout().write(
        `${say({ zh: `已写入 ${privateFile}（请妥善保密）和 ${publicFile}\n公钥指纹（SPKI DER 的 SHA-256）：${keys.fingerprint}`, en: `wrote ${privateFile} (keep it secret) and ${publicFile}\npublic key fingerprint (SHA-256 of the SPKI DER): ${keys.fingerprint}` })}\n`,
      );
    });

  evidence
    .command('check')
    .description('verify an evidence record (or a verify JSON result holding one): its signature, and the SHA-256 of every input file it names')
    .argument('<record>', 'the evidence record (verify --evidence, audit --evidence) or a verify JSON result')
    .option('--public-key <file>', 'the trusted public key the record must be signed with (PEM); without it nothing is verified and the check fails (exit 1)')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('-o, --output <file>', 'write the check to a file instead of standard output')
    .option('--lang <lang>', 'language of messages: zh or en (default: from LANG)')
    .action((record: string, flags: { publicKey?: string; format: string; output?: string; lang?: string }) => {
      const lang = parseLang(flags.lang);
      if (flags.format !== 'text' && flags.format !== 'json') throw new UsageError({ zh: `未知的格式 "${flags.format}"（应为 text 或 json）`, en: `unknown format "${flags.format}" (expected text or json)` });
      let publicKeyPem: string | undefined;
      if (flags.publicKey) {
        try {
          publicKeyPem = readFileSync(resolve(flags.publicKey), 'utf8');
        } catch {
          throw new UsageError({ zh: `无法读取公钥 ${flags.publicKey}`, en: `cannot read the public key ${flags.publicKey}` });
        }
      }
      const fsPath = resolve(record);
      const check = checkEvidence(fsPath, displayPathOf(fsPath), publicKeyPem ? { publicKeyPem } : {});
      const content = flags.format === 'json' ? JSON.stringify(check, null, 2) + '\n' : renderCheck(check, record, lang);
      if (flags.output) writeFileAtomic(flags.output, content);
      else cliStdout().write(content);
      process.exitCode = check.passed ? EXIT_OK : EXIT_FINDINGS;
    });
}

/** The check as lines a person reads, in the run's language. */
export function renderCheck(check: EvidenceCheck, record: string, lang: Lang): string {
  const zh = lang === 'zh';
  const sig = check.signature;
  const own = check.record.signature?.publicKeySha256 ?? '';
  const signatureText: Record<EvidenceCheck['signature']['state'], Bilingual> = {
    VALID: { zh: `有效，由所给公钥签署（${sig.publicKeySha256 ?? ''}）`, en: sig.detail },
    INVALID: check.record.signature
      ? { zh: `无效：签名与记录内容不符（公钥 ${sig.publicKeySha256 ?? ''}）：记录在签署后被改动，或由其他密钥签署`, en: sig.detail }
      : { zh: '无效：记录未签名，但给出了用于核验的公钥', en: sig.detail },
    UNSIGNED: { zh: '未签名 / 未核验：记录没有签名，无法证明由谁生成、是否被改动', en: sig.detail },
    KEY_MISMATCH: { zh: `密钥不符：记录由密钥 ${own} 签署，而不是所给的密钥 ${sig.publicKeySha256 ?? ''}`, en: sig.detail },
    NOT_VERIFIED: { zh: `未对照可信公钥核验：记录自带其公钥（${own}），任何人都可以用自己的密钥重新签署改动过的记录；请用 --public-key 给出签署人的公钥`, en: sig.detail },
  };
  const stateName: Record<string, Bilingual> = {
    OK: { zh: '一致', en: 'OK' },
    CHANGED: { zh: '已改动', en: 'CHANGED' },
    MISSING: { zh: '缺失', en: 'MISSING' },
    NOT_PRESENT: { zh: '未提供', en: 'NOT PRESENT' },
  };
  const roleName = (role: string): string => (zh ? ({ audit: '审计', input: '输入', output: '输出', before: '整改前', after: '整改后', recommendation: '检察建议', exceptions: '例外', baseline: '基线' } as Record<string, string>)[role] ?? role : role);
  const column = (text: string) => padEndDisplay(text, 12);
  const out = [`${zh ? '签名' : 'signature'}: ${zh ? ({ VALID: '有效', INVALID: '无效', UNSIGNED: '未签名', KEY_MISMATCH: '密钥不符', NOT_VERIFIED: '未核验' } as const)[sig.state] : sig.state} — ${signatureText[sig.state][lang]}`];
  // The id a printed report carries: recomputed from the record's content.
  if (check.id.state === 'OK') out.push(zh ? `记录编号: 一致 — ${check.id.actual}（与报告上印的编号对照）` : `record id: OK — ${check.id.actual} (compare with the id the printed report shows)`);
  else if (check.id.state === 'CHANGED') out.push(zh ? `记录编号: 不一致 — 记录写明 ${check.id.recorded}，按其内容计算为 ${check.id.actual}：记录内容被改动过` : `record id: CHANGED — the record states ${check.id.recorded}, its content hashes to ${check.id.actual}: the record was altered`);
  else out.push(zh ? `记录编号: 记录中没有编号（按内容计算为 ${check.id.actual}）` : `record id: not in the record (its content hashes to ${check.id.actual})`);
  for (const f of check.files) {
    const where = `${roleName(f.role)} ${zh ? ({ source: '源文件', 'report-input': '报告所记输入', report: '报告' } as Record<string, string>)[f.kind] ?? f.kind : f.kind} ${f.path}`;
    if (f.state === 'CHANGED') out.push(`${column(pick(stateName.CHANGED, lang))} ${where}\n             ${zh ? '记录的 sha256' : 'expected sha256'} ${f.expected}\n             ${zh ? '实际的 sha256' : 'actual   sha256'} ${f.actual}`);
    else if (f.state === 'NOT_PRESENT') out.push(`${column(pick(stateName.NOT_PRESENT, lang))} ${where} ${zh ? `（由 ${f.via} 记录；未重新计算哈希）` : `(recorded by ${f.via}; not re-hashed)`}`);
    else out.push(`${column(pick(stateName[f.state], lang))} ${where}`);
  }
  if (check.result) {
    out.push(
      check.result.state === 'OK'
        ? zh ? '核查结果: 一致（核查结果的哈希与记录相符）' : 'result: OK (the verification result hashes to what the record says)'
        : zh ? `核查结果: 已改动 — 核查结果被改动：记录的 sha256 ${check.result.expected}，实际 ${check.result.actual}` : `result: CHANGED — the verification result was altered: expected sha256 ${check.result.expected}, actual ${check.result.actual}`,
    );
  }
  const changed = check.files.filter((f) => f.state === 'CHANGED' || f.state === 'MISSING').length;
  const unverified = sig.state === 'UNSIGNED' || sig.state === 'NOT_VERIFIED';
  if (check.passed) out.push(zh ? `${record}: 完整，由可信公钥签署` : `${record}: intact, signed by the trusted key`);
  else if (unverified && changed === 0 && check.result?.state !== 'CHANGED' && check.id.state !== 'CHANGED')
    out.push(zh ? `${record}: 未签名 / 未核验 — 各文件的哈希与记录相符，但没有可信公钥（--public-key），这证明不了任何事` : `${record}: UNSIGNED / NOT VERIFIED — the files re-hash as recorded, but without a trusted key (--public-key) that proves nothing`);
  else if (zh) out.push(`${record}: 核验未通过${unverified ? '（未核验：没有可信公钥）' : ''}${check.id.state === 'CHANGED' ? '（记录编号不一致）' : ''}${changed ? `（${changed} 个文件已改动或缺失）` : ''}`);
  else out.push(`${record}: FAILED${unverified ? ' (NOT VERIFIED: no trusted key)' : ''}${check.id.state === 'CHANGED' ? ' (record id does not match its content)' : ''}${changed ? ` (${changed} file${changed === 1 ? '' : 's'} changed or missing)` : ''}`);
  return out.join('\n') + '\n';
}
