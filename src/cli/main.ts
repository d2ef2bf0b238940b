#!/usr/bin/env node
// The pipl-audit command line: parse, dispatch to a command, map errors to exit codes.
import { Command, CommanderError } from 'commander';
import { TOOL_VERSION } from '../package-version.js';
import { registerAuditCommand } from './audit-command.js';
import { registerBaselineCommand } from './baseline-command.js';
import { EXIT_USAGE, reportError } from './cli-error.js';
import { registerReachCommand } from './reach-command.js';
import { registerRulesCommand } from './rules-command.js';
import { registerSchemaCommand } from './schema-command.js';
import { registerViewsCommand } from './views-command.js';
import { registerVerifyCommand } from './verify-command.js';
import { registerEvidenceCommand } from './evidence-command.js';
import { removeTemporaryFilesOnSignal } from './output-file.js';

removeTemporaryFilesOnSignal();

const program = new Command()
  .name('pipl-audit')
  .description('Audit systems holding personal information against PIPL and the standards used beside it')
  .version(TOOL_VERSION)
  .exitOverride()
  .showHelpAfterError();

registerAuditCommand(program);
registerBaselineCommand(program);
registerReachCommand(program);
registerRulesCommand(program);
registerSchemaCommand(program);
registerViewsCommand(program);
registerVerifyCommand(program);
registerEvidenceCommand(program);
program.commands.forEach(function exitOverride(command: Command) {
  command.exitOverride();
  command.commands.forEach(exitOverride);
});

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
