// Test support: every place in src/ that writes the text of an input diagnostic, found with the
// TypeScript compiler rather than by hand. A place is a `message:` or `expected:` property of an
// object literal typed as a diagnostic (or a `{ message, expected }` pair), or an argument passed
// to a parameter named `message` or `expected`. Its text is expanded into every form it can take
// (each branch of a conditional, each template part), `${…}` holes filled with sample values, so a
// test can check that each form has its Chinese.
import { relative } from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from './run-cli.js';

export interface MessageSite {
  /** `src/…:line` of the text. */
  at: string;
  kind: 'message' | 'expected';
  /** The source text of the expression, for the failure message. */
  source: string;
  /** Every form the text can take, holes filled with samples. */
  forms: string[];
}

const WANTED = new Set(['message', 'expected']);
const MAX_FORMS = 64;

/** The sample for a hole: a number where the expression reads as one, else a word-free token. */
function sampleFor(expr: ts.Expression, checker: ts.TypeChecker, samples: Record<string, string>): string {
  if (samples['*'] !== undefined) return samples['*'];
  const text = expr.getText();
  if (samples[text] !== undefined) return samples[text];
  const type = checker.getTypeAtLocation(expr);
  if (type.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike)) return '7';
  return 'x7';
}

function forms(expr: ts.Expression, checker: ts.TypeChecker, samples: Record<string, string>): string[] | undefined {
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return forms(expr.expression, checker, samples);
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
  if (ts.isConditionalExpression(expr)) {
    const a = forms(expr.whenTrue, checker, samples);
    const b = forms(expr.whenFalse, checker, samples);
    if (a === undefined && b === undefined) return undefined;
    return [...(a ?? [sampleFor(expr.whenTrue, checker, samples)]), ...(b ?? [sampleFor(expr.whenFalse, checker, samples)])];
  }
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = forms(expr.left, checker, samples) ?? [sampleFor(expr.left, checker, samples)];
    const b = forms(expr.right, checker, samples) ?? [sampleFor(expr.right, checker, samples)];
    return a.flatMap((x) => b.map((y) => x + y)).slice(0, MAX_FORMS);
  }
  if (ts.isTemplateExpression(expr)) {
    let out = [expr.head.text];
    for (const [i, span] of expr.templateSpans.entries()) {
      // A call closing a message that names a guess (`${near(id, known)}`) adds ` (did you mean "x"?)` or nothing.
      const guess = i === expr.templateSpans.length - 1 && span.literal.text === '' && ts.isCallExpression(span.expression) && /near|guess/i.test(span.expression.expression.getText());
      const inner = guess ? ['', ' (did you mean "x7"?)'] : (forms(span.expression, checker, samples) ?? [sampleFor(span.expression, checker, samples)]);
      out = out.flatMap((x) => inner.map((y) => x + y + span.literal.text)).slice(0, MAX_FORMS);
    }
    return out;
  }
  return undefined;
}

/**
 * Whether `forms` gives the expression any form: the same cases, read from the syntax alone (the
 * checker only picks the sample values). A call none of whose arguments has one adds no site, so
 * its signature is not resolved: that resolution is most of the checker's work here.
 */
function hasForms(expr: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return hasForms(expr.expression);
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr) || ts.isTemplateExpression(expr)) return true;
  if (ts.isConditionalExpression(expr)) return hasForms(expr.whenTrue) || hasForms(expr.whenFalse);
  return ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken;
}

/** Whether an object literal is a diagnostic's text: it has `severity`, or is a `{ pointer?, message, expected }` pair. */
function isDiagnosticLiteral(node: ts.ObjectLiteralExpression): boolean {
  const names = new Set(node.properties.map((p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : '')));
  // A diagnostic that carries its own Chinese (schema errors) needs no entry.
  if (names.has('messageZh')) return false;
  return names.has('severity') || (names.has('message') && names.has('expected'));
}

export function findMessageSites(options: { dirs: string[]; samples?: Record<string, string> }): MessageSite[] {
  const samples = options.samples ?? {};
  const configPath = ts.findConfigFile(REPO_ROOT, ts.sys.fileExists, 'tsconfig.build.json');
  if (!configPath) throw new Error('tsconfig.build.json not found');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('tsconfig.build.json cannot be read');
  const program = ts.createProgram(config.fileNames, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const sites: MessageSite[] = [];
  const inScope = (file: string) => options.dirs.some((dir) => relative(REPO_ROOT, file).startsWith(dir));
  const add = (expr: ts.Expression, kind: 'message' | 'expected', file: ts.SourceFile) => {
    const found = forms(expr, checker, samples);
    if (found === undefined) return; // a variable or a call: its own site carries the text
    const { line } = file.getLineAndCharacterOfPosition(expr.getStart(file));
    sites.push({ at: `${relative(REPO_ROOT, file.fileName)}:${line + 1}`, kind, source: expr.getText(file), forms: [...new Set(found)] });
  };
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || !inScope(file.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && WANTED.has(node.name.text) && ts.isObjectLiteralExpression(node.parent) && isDiagnosticLiteral(node.parent)) {
        add(node.initializer, node.name.text as 'message' | 'expected', file);
      }
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some(hasForms)) {
        const signature = checker.getResolvedSignature(node);
        // Only the project's own functions and error classes: `new Error(message)` is a fault of the
        // code, not of the input, while `new ParamError(message)` (a class of src/ that keeps
        // Error's constructor) reaches the user.
        const ownClass = ts.isNewExpression(node) && (checker.getSymbolAtLocation(node.expression)?.declarations ?? []).some((d) => !d.getSourceFile().isDeclarationFile);
        if (signature?.declaration?.getSourceFile().isDeclarationFile !== false && !ownClass) return ts.forEachChild(node, visit);
        node.arguments.forEach((arg, i) => {
          const name = signature?.parameters[i]?.name;
          if (name !== undefined && WANTED.has(name)) add(arg, name as 'message' | 'expected', file);
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return sites;
}
