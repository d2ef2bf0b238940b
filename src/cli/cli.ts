// The pipl-audit command line: parse, dispatch to a command, map errors to exit codes.
import { Command, CommanderError } from 'commander';
import { PACKAGE_ROOT } from '../package-root.js';
import { TOOL_VERSION } from '../package-version.js';
import { PACKAGE_HOMEPAGE } from '../package-homepage.js';
import { HELP_AFTER, helpDocumentation } from '../i18n/help-text.js';
import { EXIT_USAGE, reportError } from './cli-error.js';
import { langFlag, localeLang, setCliLang } from './cli-lang.js';
import { localiseHelp } from './localise-help.js';
import { removeTemporaryFilesOnSignal } from './output-file.js';
import { limitHeapGrowth } from './heap-growth.js';

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
limitHeapGrowth();

// Help and the errors raised before a command reads its project speak --lang, else the locale
// (a command that reads a project file switches to its `lang:` when the flag is not given).
const flag = langFlag(process.argv.slice(2));
const helpLang = flag === 'zh' || flag === 'en' ? flag : localeLang();
setCliLang(helpLang);

const program = new Command()
  .name('pipl-audit')
  .description('Audit systems holding personal information against PIPL and the standards used beside it')
  .version(TOOL_VERSION)
  .exitOverride()
  .showHelpAfterError();

program.addHelpText('after', HELP_AFTER[helpLang] + helpDocumentation(helpLang, PACKAGE_ROOT, PACKAGE_HOMEPAGE));

const named = process.argv[2];
// --version (-V) is answered before any command is looked at: it loads none.
const wanted = named === '--version' || named === '-V' ? [] : named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
for (const register of await Promise.all(wanted.map((name) => (COMMANDS[name] as () => Promise<(program: Command) => void>)()))) register(program);
if (helpLang === 'zh') localiseHelp(program);
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
