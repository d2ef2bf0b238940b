// Scheduled jobs: node-cron, cron's CronJob, node-schedule, @nestjs/schedule decorators, agenda,
// bullmq repeatable jobs and setInterval. The job's function is resolved later to see whether it
// deletes or anonymises a store.
import { ts } from './typescript-parser.js';
import { calleeName, dottedName, positionOf, propertyName } from './ast-values.js';
import type { ScheduleFact } from './code-facts.js';
import { handlerRef } from './extract-routes.js';

function text(node: ts.Expression | undefined, file: ts.SourceFile): string {
  if (!node) return '';
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isNumericLiteral(node)) return `PT${Math.max(1, Math.round(Number(node.text) / 1000))}S`;
  return node.getText(file).slice(0, 60);
}

/** Milliseconds written as a literal or a product of literals (24 * 60 * 60 * 1000). */
function millis(node: ts.Expression | undefined): number | undefined {
  if (!node) return undefined;
  if (ts.isNumericLiteral(node)) return Number(node.text.replace(/_/g, ''));
  if (ts.isParenthesizedExpression(node)) return millis(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AsteriskToken) {
    const a = millis(node.left);
    const b = millis(node.right);
    return a !== undefined && b !== undefined ? a * b : undefined;
  }
  return undefined;
}

/** The callee names the forms below are called by. */
export const SCHEDULE_CALLS: ReadonlySet<string> = new Set(['schedule', 'CronJob', 'scheduleJob', 'every', 'repeatEvery', 'add', 'setInterval']);

export function scheduleFromCall(call: ts.CallExpression | ts.NewExpression, file: ts.SourceFile, path: string): ScheduleFact | undefined {
  const name = calleeName(call);
  if (name === undefined || !SCHEDULE_CALLS.has(name)) return undefined;
  const full = dottedName(call.expression) ?? '';
  const args = call.arguments ?? [];
  if (ts.isCallExpression(call) && name === 'schedule' && /cron/i.test(full) && args[1]) {
    return { library: 'node-cron', schedule: text(args[0], file), job: handlerRef(args[1], path), at: positionOf(call, file) };
  }
  if (ts.isNewExpression(call) && name === 'CronJob' && args[1]) {
    return { library: 'cron', schedule: text(args[0], file), job: handlerRef(args[1], path), at: positionOf(call, file) };
  }
  if (ts.isCallExpression(call) && name === 'scheduleJob' && args.length >= 2) {
    const fn = args[args.length - 1] as ts.Expression;
    return { library: 'node-schedule', schedule: text(args[args.length - 2], file), job: handlerRef(fn, path), at: positionOf(call, file) };
  }
  if (ts.isCallExpression(call) && (name === 'every' || name === 'repeatEvery') && /agenda/i.test(full) && args[1] && ts.isStringLiteralLike(args[1])) {
    return { library: 'agenda', schedule: text(args[0], file), job: { agendaJob: args[1].text }, at: positionOf(call, file) };
  }
  if (ts.isCallExpression(call) && name === 'add' && args[2] && ts.isObjectLiteralExpression(args[2])) {
    const repeat = args[2].properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === 'repeat');
    if (!repeat || !ts.isObjectLiteralExpression(repeat.initializer)) return undefined;
    const get = (n: string) => (repeat.initializer as ts.ObjectLiteralExpression).properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === n)?.initializer;
    const every = millis(get('every'));
    const schedule = text(get('pattern') ?? get('cron'), file) || (every ? `PT${Math.round(every / 1000)}S` : '');
    const receiver = ts.isPropertyAccessExpression(call.expression) ? (dottedName(call.expression.expression) ?? '') : '';
    return { library: 'bullmq', schedule, job: { queue: receiver.split('.').pop() ?? receiver }, at: positionOf(call, file) };
  }
  if (ts.isCallExpression(call) && name === 'setInterval' && ts.isIdentifier(call.expression) && args[0]) {
    const ms = millis(args[1]);
    return { library: 'setInterval', schedule: ms !== undefined ? `PT${Math.max(1, Math.round(ms / 1000))}S` : text(args[1], file), job: handlerRef(args[0], path), at: positionOf(call, file) };
  }
  return undefined;
}

/** @Cron('0 3 * * *') / @Interval(ms) on a method: the method is the job. */
export function scheduleFromDecorator(method: ts.MethodDeclaration, file: ts.SourceFile, path: string): ScheduleFact | undefined {
  for (const d of ts.getDecorators(method) ?? []) {
    if (!ts.isCallExpression(d.expression)) continue;
    const name = dottedName(d.expression.expression);
    if (name !== 'Cron' && name !== 'Interval') continue;
    const arg = d.expression.arguments[name === 'Interval' && d.expression.arguments.length > 1 ? 1 : 0];
    const schedule = name === 'Interval' ? (millis(arg) !== undefined ? `PT${Math.round((millis(arg) ?? 0) / 1000)}S` : text(arg, file)) : text(arg, file);
    return { library: 'nestjs-schedule', schedule, job: { key: `${path}@${method.pos}` }, at: positionOf(d, file) };
  }
  return undefined;
}
