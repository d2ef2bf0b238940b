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
import { EXIT_FINDINGS, EXIT_OK, UsageError } from './cli-error.js';
import { writeFileAtomic } from './output-file.js';

export function registerEvidenceCommand(program: Command): void {
  const evidence = program.command('evidence').description('evidence records: make a signing key pair, check a record against its inputs');

  evidence
    .command('keygen')
    .description('write an Ed25519 key pair: PREFIX.key (private, PKCS#8 PEM, mode 600) and PREFIX.pub (public, SPKI PEM)')
    .argument('<prefix>', 'path and name of the key files, without extension')
    .action((prefix: string) => {
      const privateFile = `${prefix}.key`;
      const publicFile = `${prefix}.pub`;
      for (const f of [privateFile, publicFile]) if (existsSync(f)) throw new UsageError(`${f} exists; not overwriting a key`);
      const keys = generateSigningKeys();
      writeFileSync(privateFile, keys.privateKeyPem, { mode: 0o600, flag: 'wx' });
      writeFileSync(publicFile, keys.publicKeyPem, { flag: 'wx' });
      process.stdout.write(`wrote ${privateFile} (keep it secret) and ${publicFile}\npublic key fingerprint (SHA-256 of the SPKI DER): ${keys.fingerprint}\n`);
    });

  evidence
    .command('check')
    .description('verify an evidence record (or a verify JSON result holding one): its signature, and the SHA-256 of every input file it names')
    .argument('<record>', 'the evidence record (verify --evidence, audit --evidence) or a verify JSON result')
    .option('--public-key <file>', 'the trusted public key the record must be signed with (PEM); without it nothing is verified and the check fails (exit 1)')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('-o, --output <file>', 'write the check to a file instead of standard output')
    .action((record: string, flags: { publicKey?: string; format: string; output?: string }) => {
      if (flags.format !== 'text' && flags.format !== 'json') throw new UsageError(`unknown format "${flags.format}" (expected text or json)`);
      let publicKeyPem: string | undefined;
      if (flags.publicKey) {
        try {
          publicKeyPem = readFileSync(resolve(flags.publicKey), 'utf8');
        } catch {
          throw new UsageError(`cannot read the public key ${flags.publicKey}`);
        }
      }
      const fsPath = resolve(record);
      const check = checkEvidence(fsPath, displayPathOf(fsPath), publicKeyPem ? { publicKeyPem } : {});
      const content = flags.format === 'json' ? JSON.stringify(check, null, 2) + '\n' : renderCheck(check, record);
      if (flags.output) writeFileAtomic(flags.output, content);
      else process.stdout.write(content);
      process.exitCode = check.passed ? EXIT_OK : EXIT_FINDINGS;
    });
}

function renderCheck(check: EvidenceCheck, record: string): string {
  const out = [`signature: ${check.signature.state} — ${check.signature.detail}`];
  for (const f of check.files) {
    const where = `${f.role} ${f.kind} ${f.path}`;
    if (f.state === 'CHANGED') out.push(`CHANGED      ${where}\n             expected sha256 ${f.expected}\n             actual   sha256 ${f.actual}`);
    else if (f.state === 'NOT_PRESENT') out.push(`NOT PRESENT  ${where} (recorded by ${f.via}; not re-hashed)`);
    else out.push(`${f.state.padEnd(12)} ${where}`);
  }
  if (check.result) out.push(check.result.state === 'OK' ? 'result: OK (the verification result hashes to what the record says)' : `result: CHANGED — the verification result was altered: expected sha256 ${check.result.expected}, actual ${check.result.actual}`);
  const changed = check.files.filter((f) => f.state === 'CHANGED' || f.state === 'MISSING').length;
  const unverified = check.signature.state === 'UNSIGNED' || check.signature.state === 'NOT_VERIFIED';
  if (check.passed) out.push(`${record}: intact, signed by the trusted key`);
  else if (unverified && changed === 0 && check.result?.state !== 'CHANGED') out.push(`${record}: UNSIGNED / NOT VERIFIED — the files re-hash as recorded, but without a trusted key (--public-key) that proves nothing`);
  else out.push(`${record}: FAILED${unverified ? ' (NOT VERIFIED: no trusted key)' : ''}${changed ? ` (${changed} file${changed === 1 ? '' : 's'} changed or missing)` : ''}`);
  return out.join('\n') + '\n';
}
