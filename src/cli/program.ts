// The pipl-audit command line as a function: parse, dispatch to a command, map errors to exit
// codes. ./cli.ts runs it with the process's own argv and streams (what `pipl-audit` does);
// tests run it in-process with captured streams (tests/support/run-cli-in-process.ts), which
// saves a Node start and the CLI's module loading per run.
//
// One run at a time per process: a run sets process-wide state for its duration — the language
// messages are printed in (./cli-lang.ts), the streams commands write to (./cli-io.ts),
// process.exitCode (which the commands set), and, when asked for another working folder or
// environment, process.cwd() and process.env (the commands and the library resolve relative
// paths against the working folder and read variables such as the dump cache's) — and restores
// the last three when it ends.
import { Command, CommanderError } from 'commander';
import { PACKAGE_ROOT } from '../package-root.js';
import { TOOL_VERSION } from '../package-version.js';
import { PACKAGE_HOMEPAGE } from '../package-homepage.js';
import { HELP_AFTER, helpDocumentation } from '../i18n/help-text.js';
import { EXIT_USAGE, reportError } from './cli-error.js';
import { langFlag, localeLang, setCliLang } from './cli-lang.js';
import { localiseHelp } from './localise-help.js';
import { setCliIo, type CliStream } from './cli-io.js';
import type { Lang } from '../i18n/bilingual.js';

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

export interface RunCliOptions {
  /** The working folder for the run (process.chdir for its duration); default: the process's. */
  cwd?: string;
  /** The environment for the run (process.env for its duration); default: the process's. */
  env?: NodeJS.ProcessEnv;
  /** Where the run writes; default: the process's own streams, untouched. */
  stdout?: CliStream;
  stderr?: CliStream;
}

/**
 * Runs the command line on `argv` (as process.argv has it: node, the script, then the arguments)
 * and resolves to its exit code. Leaves process.exitCode as it found it.
 */
export async function runCli(argv: readonly string[], options: RunCliOptions = {}): Promise<number> {
  const ownStreams = options.stdout === undefined && options.stderr === undefined;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const cwdBefore = process.cwd();
  const envBefore = process.env;
  const exitCodeBefore = process.exitCode;
  const ioBefore = setCliIo({ argv, stdout, stderr });
  try {
    if (options.env !== undefined && options.env !== process.env) process.env = options.env;
    if (options.cwd !== undefined && options.cwd !== cwdBefore) process.chdir(options.cwd);
    process.exitCode = undefined;
    const { program, helpLang } = createProgram(argv);
    // Commander writes help, version and parse errors through its output configuration, which
    // the commands registered later inherit: set before any is added.
    if (!ownStreams) {
      program.configureOutput({
        writeOut: (text) => void stdout.write(text),
        writeErr: (text) => void stderr.write(text),
        getOutHelpWidth: () => (stdout.isTTY ? stdout.columns : undefined) as number, // commander reads undefined as "not a terminal"
        getErrHelpWidth: () => (stderr.isTTY ? stderr.columns : undefined) as number,
        getOutHasColors: () => stdout.isTTY === true && !process.env.NO_COLOR,
        getErrHasColors: () => stderr.isTTY === true && !process.env.NO_COLOR,
      });
    }
    await registerCommands(program, argv, helpLang);
    try {
      await program.parseAsync(argv);
    } catch (error) {
      if (error instanceof CommanderError) {
        // Help and version exit 0; every other parse problem is a usage error.
        process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      } else {
        process.exitCode = reportError(error);
      }
    }
    return Number(process.exitCode ?? 0);
  } finally {
    process.exitCode = exitCodeBefore;
    if (process.cwd() !== cwdBefore) process.chdir(cwdBefore);
    process.env = envBefore;
    setCliIo(ioBefore);
  }
}

function createProgram(argv: readonly string[]): { program: Command; helpLang: Lang } {
  // Help and the errors raised before a command reads its project speak --lang, else the locale
  // (a command that reads a project file switches to its `lang:` when the flag is not given).
  const flag = langFlag(argv.slice(2));
  const helpLang = flag === 'zh' || flag === 'en' ? flag : localeLang();
  setCliLang(helpLang);
  const program = new Command()
    .name('pipl-audit')
    .description('Audit systems holding personal information against PIPL and the standards used beside it')
    .version(TOOL_VERSION)
    .exitOverride()
    .showHelpAfterError();
  program.addHelpText('after', HELP_AFTER[helpLang] + helpDocumentation(helpLang, PACKAGE_ROOT, PACKAGE_HOMEPAGE));
  return { program, helpLang };
}

async function registerCommands(program: Command, argv: readonly string[], helpLang: Lang): Promise<void> {
  const named = argv[2];
  // --version (-V) is answered before any command is looked at: it loads none.
  const wanted = named === '--version' || named === '-V' ? [] : named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
  for (const register of await Promise.all(wanted.map((name) => (COMMANDS[name] as () => Promise<(program: Command) => void>)()))) register(program);
  if (helpLang === 'zh') localiseHelp(program);
  program.commands.forEach(function exitOverride(command: Command) {
    command.exitOverride();
    command.commands.forEach(exitOverride);
  });
}
