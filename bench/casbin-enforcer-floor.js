// Casbin's own load of a model and policy: `newEnforcer(model.conf, policy.csv)` of the casbin
// package pipl-audit reads policies with, in a process of its own, nothing else. The `casbin`
// phase (bench/casbin-scale.js) compares the audit of the same policy against it.
//
// Usage: node bench/casbin-enforcer-floor.js MODEL POLICY   (prints one JSON line)
import { newEnforcer } from 'casbin';

const [model, policy] = process.argv.slice(2);
if (!model || !policy) {
  console.error('usage: node bench/casbin-enforcer-floor.js MODEL POLICY');
  process.exit(2);
}
const t0 = performance.now();
const enforcer = await newEnforcer(model, policy);
const loadMs = performance.now() - t0;
// Counted from the model: getPolicy() spreads every rule into one call's arguments, beyond the stack at this size.
const count = (sec, key) => enforcer.getModel().model.get(sec)?.get(key)?.policy.length ?? 0;
console.log(JSON.stringify({ loadMs, policies: count('p', 'p'), groupings: count('g', 'g') }));
