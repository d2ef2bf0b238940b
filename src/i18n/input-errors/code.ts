// Chinese of the code scanner's diagnostics (src/importers/typescript). English template →
// Chinese; see src/i18n/input-error-templates.ts. The TypeScript parser's own syntax-error
// texts, quoted after a colon, stay as the parser writes them.
export const CODE_ZH: Record<string, string> = {
  'route "{0}" is mapped to interface "{1}", which no manifest declares': '路由 "{0}" 映射到接口 "{1}"，但没有清单声明该接口',
  'code role "{0}" is mapped to role "{1}", which no manifest declares': '代码中的角色 "{0}" 映射到角色 "{1}"，但没有清单声明该角色',
  'not scanned: {0}': '未扫描：{0|skip}',
  'code under {0} has no tsconfig.json or package.json; scanned as loose files': '{0} 下的代码没有 tsconfig.json 或 package.json；按零散文件扫描',
  'not scanned: not UTF-8 text': '未扫描：不是 UTF-8 文本',
  'syntax error: {0} (and {1} more); the rest of the file was scanned as far as it parses': '语法错误：{0}（另有 {1} 处）；文件其余部分已在可解析的范围内扫描',
  'syntax error: {0}; the rest of the file was scanned as far as it parses': '语法错误：{0}；文件其余部分已在可解析的范围内扫描',
};

/** Why a code file was not scanned (src/importers/typescript/select-code-files.ts, parse-code-file.ts). */
export function skipReasonZh(reason: string): string {
  return reason
    .replace(/^larger than (\d+) KB \((\d+) KB\); generated files are not scanned \(raise options\.maxFileBytes to scan it\)$/, '大于 $1 KB（$2 KB）；生成的文件不扫描（如需扫描，请调高 options.maxFileBytes）')
    .replace(/^binary content under a source-file name$/, '以源文件名命名的二进制内容')
    .replace(/^minified bundle \(\.min\.js\)$/, '压缩后的打包文件（.min.js）')
    .replace(/^minified or generated code \(average line longer than (\d+) characters\)$/, '压缩或生成的代码（平均行长超过 $1 个字符）')
    .replace(/^nested too deeply to parse \(the parser ran out of stack\)$/, '嵌套过深，无法解析（解析器栈空间耗尽）');
}
