/** Parsed command line: positional arguments and --flags (every flag takes a value, --flag=value or --flag value). */
export interface Args {
  readonly positional: string[];
  readonly flags: Map<string, string>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    let value: string;
    if (eq > 0) value = a.slice(eq + 1);
    else {
      if (i + 1 >= argv.length) throw new UsageError(`--${name} needs a value`);
      value = argv[++i];
    }
    if (flags.has(name)) throw new UsageError(`--${name} given twice`);
    flags.set(name, value);
  }
  return { positional, flags };
}

export function flag(args: Args, name: string, fallback?: string): string {
  const v = args.flags.get(name) ?? fallback;
  if (v === undefined) throw new UsageError(`--${name} is required`);
  return v;
}

export function uintFlag(args: Args, name: string, fallback?: string): bigint {
  const v = flag(args, name, fallback);
  if (!/^[0-9]+$/.test(v)) throw new UsageError(`--${name} must be a non-negative integer, got ${v}`);
  return BigInt(v);
}
