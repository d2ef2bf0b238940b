// The bench scripts' one command-line form: `--flag value`, else the fallback.
export function option(flag, fallback) {
  const args = process.argv.slice(2);
  return args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback;
}
