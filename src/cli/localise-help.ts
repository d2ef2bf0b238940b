// `--help` and commander's own parse errors in Chinese (under --lang zh or a zh_* locale): each
// command's, option's and argument's description from the catalogue in src/i18n/help-text.ts,
// the section titles, the built-in help and version options, and the usage errors commander
// raises. English help is commander's as written.
import { Help, type Command } from 'commander';
import { displayWidth } from '../i18n/display-width.js';
import { HELP_TITLES_ZH, HELP_ZH } from '../i18n/help-text.js';
import { wrapByColumns } from '../i18n/wrap-by-columns.js';

const zh = (text: string) => HELP_ZH[text] ?? text;

/** Commander's usage errors, rewritten in Chinese. */
const ERRORS_ZH: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^error: unknown option '([^']*)'(?:\n\(Did you mean (.*)\?\))?$/s, (flag, guess) => `错误：未知选项 '${flag}'${guess ? `\n（是否应为 ${guess}？）` : ''}`],
  [/^error: unknown command '([^']*)'(?:\n\(Did you mean (.*)\?\))?$/s, (name, guess) => `错误：未知命令 '${name}'${guess ? `\n（是否应为 ${guess}？）` : ''}`],
  [/^error: missing required argument '([^']*)'$/, (name) => `错误：缺少必需的参数 '${name}'`],
  [/^error: option '([^']*)' argument missing$/, (flags) => `错误：选项 '${flags}' 缺少参数值`],
  [/^error: required option '([^']*)' not specified$/, (flags) => `错误：未指定必需的选项 '${flags}'`],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (command, expected, got) => `错误：${command ? `'${command}' 的` : ''}参数过多：应为 ${expected} 个，实际 ${got} 个`],
];

export function localiseHelp(program: Command): void {
  const walk = (command: Command) => {
    command.description(zh(command.description()));
    for (const option of command.options) option.description = zh(option.description);
    for (const argument of command.registeredArguments) argument.description = zh(argument.description);
    command.helpOption('-h, --help', '显示命令帮助');
    // A command with subcommands (rules, baseline, evidence, frameworks) has its own implicit
    // `help [command]`; set only there, since naming it on a leaf command would add one.
    if (command.commands.length > 0) command.helpCommand('help [command]', '显示命令帮助');
    command.configureHelp({
      styleTitle: (title: string) => HELP_TITLES_ZH[title] ?? title,
      // Chinese takes two columns a character: pad and wrap by terminal columns.
      displayWidth,
      // Commander breaks lines only at spaces; Chinese has none between characters.
      boxWrap: (text: string, width: number) => (width < new Help().minWidthToWrap ? text : wrapByColumns(text, width)),
      commandUsage: (cmd: Command) => new Help().commandUsage(cmd).replace('[options]', '[选项]').replace('[command]', '[命令]'),
      subcommandTerm: (cmd: Command) => new Help().subcommandTerm(cmd).replace('[options]', '[选项]').replace('[command]', '[命令]'),
      optionDescription: (option) => new Help().optionDescription(option).replace(/ \(default: (.*)\)$/, '（默认：$1）'),
    });
    command.configureOutput({
      outputError: (text, write) => {
        const line = text.replace(/\n$/, '');
        for (const [pattern, render] of ERRORS_ZH) {
          const m = pattern.exec(line);
          if (m) return write(`${render(...m.slice(1).map((g) => g ?? ''))}\n`);
        }
        write(text);
      },
    });
    command.commands.forEach(walk);
  };
  walk(program);
}
