#!/usr/bin/env node
// The pipl-audit command line: parse, dispatch to a command, map errors to exit codes.
import { Command, CommanderError } from 'commander';
import { PACKAGE_ROOT } from '../package-root.js';
import { TOOL_VERSION } from '../package-version.js';
import { PACKAGE_HOMEPAGE } from '../package-homepage.js';
import { EXIT_USAGE, reportError } from './cli-error.js';
import { removeTemporaryFilesOnSignal } from './output-file.js';

/**
 * The commands, in the order help lists them. Each is loaded only when named on the command line
 * (all of them for help or an unknown command): an audit does not pay for loading `verify` or
 * `evidence` and what they use.
 */
const COMMANDS: Record<string, () => Promise<(program: Command) => void>> = {
  init: async () => (await import('./init-command.js')).registerInitCommand,
  audit: async () => (await import('./audit-command.js')).registerAuditCommand,
  baseline: async () => (await import('./baseline-command.js')).registerBaselineCommand,
  reach: async () => (await import('./reach-command.js')).registerReachCommand,
  rules: async () => (await import('./rules-command.js')).registerRulesCommand,
  schema: async () => (await import('./schema-command.js')).registerSchemaCommand,
  views: async () => (await import('./views-command.js')).registerViewsCommand,
  verify: async () => (await import('./verify-command.js')).registerVerifyCommand,
  evidence: async () => (await import('./evidence-command.js')).registerEvidenceCommand,
  frameworks: async () => (await import('./frameworks-command.js')).registerFrameworksCommand,
  record: async () => (await import('./record-command.js')).registerRecordCommand,
  print: async () => (await import('./print-command.js')).registerPrintCommand,
};

removeTemporaryFilesOnSignal();

const program = new Command()
  .name('pipl-audit')
  .description('Audit systems holding personal information against PIPL and the standards used beside it')
  .version(TOOL_VERSION)
  .exitOverride()
  .showHelpAfterError();

program.addHelpText(
  'after',
  `
Examples:
  pipl-audit init station                                  draft pipl-audit.yaml and manifest.yaml from the exports in a folder
  pipl-audit audit examples/courier/before                 audit a project (pipl-audit.yaml) in a folder
  pipl-audit audit . -f sarif -o out.sarif -f html -o report.html --fail-on high
  pipl-audit audit --config compliance/audit.yaml --quiet  an explicitly named project file, summary only
  pipl-audit rules explain PIPL-QRY-001                    what a rule checks, needs and cites
  pipl-audit verify --recommendation rec.yaml --before before/ --after after/

Exit codes:
  0  no FAIL at or above --fail-on
  1  FAIL findings at or above --fail-on (or: verify item not fixed, reach widened, evidence changed)
  2  usage or input error: a bad option, project file, manifest or mapping, or an export that could
     not be read (unless --allow-unreadable); nothing is written
  3  internal error (a bug in pipl-audit: please report it with the command line)

Documentation, shipped with this install in ${PACKAGE_ROOT}:
  README.md             commands, options, project file, exports
  docs/manifest.md      every manifest key: type, allowed values, description, example
  docs/rules/ID.md      one page per rule (also: pipl-audit rules explain ID)
  docs/sources/         each export format (keycloak.md, ruoyi.md, postgresql.md, …)
  docs/init.md  docs/reports.md  docs/security.md  docs/verify.md  docs/frameworks.md
Online (SARIF links to it; --docs-url or the project's docsUrl for your own copy): ${PACKAGE_HOMEPAGE}`,
);

const named = process.argv[2];
const wanted = named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
for (const register of await Promise.all(wanted.map((name) => (COMMANDS[name] as () => Promise<(program: Command) => void>)()))) register(program);
program.commands.forEach(function exitOverride(command: Command) {
  command.exitOverride();
  command.commands.forEach(exitOverride);
});

// A reader that stops early (`pipl-audit audit . | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; every other parse problem is a usage error.
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else {
    process.exitCode = reportError(error);
  }
}
