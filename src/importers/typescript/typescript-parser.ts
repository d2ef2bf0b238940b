// The TypeScript parser, loaded as a CommonJS module: the copy ts-morph bundles (the same parser
// the rest of the project and the benchmark's floor use), required directly. Importing `ts-morph`
// through Node's ESM loader lexed and compiled all of ts-morph and @ts-morph/common for their
// export names (~1 s of CPU per process, docs: bench/README.md) to reach the one namespace the
// scanner uses; the scanner never builds a ts-morph Project, only `ts.createSourceFile`. Its
// compilation comes from V8's code cache when an earlier process left one (src/cache/code-cache.ts).
import { createRequire } from 'node:module';
import type { ts as TS } from 'ts-morph';
import { requireWithCodeCache } from '../../cache/code-cache.js';

const requireHere = createRequire(import.meta.url);

export const ts: typeof TS = requireWithCodeCache(createRequire(requireHere.resolve('ts-morph')).resolve('@ts-morph/common/dist/typescript.js')) as typeof TS;

/** The parser's node and enum types, under the same `ts.` names as ts-morph's namespace. */
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace ts {
  export type ArrayLiteralExpression = TS.ArrayLiteralExpression;
  export type BinaryExpression = TS.BinaryExpression;
  export type BindingName = TS.BindingName;
  export type CallExpression = TS.CallExpression;
  export type ClassDeclaration = TS.ClassDeclaration;
  export type ClassExpression = TS.ClassExpression;
  export type DiagnosticWithLocation = TS.DiagnosticWithLocation;
  export type ElementAccessExpression = TS.ElementAccessExpression;
  export type Expression = TS.Expression;
  export type FunctionLikeDeclaration = TS.FunctionLikeDeclaration;
  export type HasDecorators = TS.HasDecorators;
  export type Identifier = TS.Identifier;
  export type IfStatement = TS.IfStatement;
  export type MethodDeclaration = TS.MethodDeclaration;
  export type NewExpression = TS.NewExpression;
  export type Node = TS.Node;
  export type ObjectLiteralExpression = TS.ObjectLiteralExpression;
  export type ParameterDeclaration = TS.ParameterDeclaration;
  export type PropertyAccessExpression = TS.PropertyAccessExpression;
  export type PropertyAssignment = TS.PropertyAssignment;
  export type PropertyName = TS.PropertyName;
  export type ScriptKind = TS.ScriptKind;
  export type ScriptTarget = TS.ScriptTarget;
  export type ShorthandPropertyAssignment = TS.ShorthandPropertyAssignment;
  export type SignatureDeclaration = TS.SignatureDeclaration;
  export type SourceFile = TS.SourceFile;
  export type Statement = TS.Statement;
  export type StringLiteral = TS.StringLiteral;
  export type StringLiteralLike = TS.StringLiteralLike;
  export type TemplateExpression = TS.TemplateExpression;
  export type VariableDeclaration = TS.VariableDeclaration;
  export type SyntaxKind = TS.SyntaxKind;
}
