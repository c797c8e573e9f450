/**
 * Renders templates with the real Jinja2 (python3 + jinja2_render.py beside this file), to
 * compare the TypeScript renderer with it.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./jinja2_render.py', import.meta.url));

export const MISSING_JINJA2 = 'install python3-jinja2 (apt-get install -y python3-jinja2)';

export interface Jinja2Request {
  readonly id: string;
  readonly templates: Readonly<Record<string, string>>;
  readonly entry: string;
  readonly context?: Readonly<Record<string, unknown>>;
  readonly override?: string;
  /** Functions the Python side defines in the context (`image` builds `<registry>/<prefix><name>:<tag>`). */
  readonly functions?: readonly 'image'[];
  readonly extensions?: 'kolla-fixture';
}

export interface Jinja2Error {
  readonly type: string;
  readonly message: string;
  readonly template: string | null;
  readonly line: number | null;
}

export type Jinja2Result = { readonly output: string } | { readonly error: Jinja2Error };

function run(args: readonly string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('python3', args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`python3 ${args.join(' ')} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
    child.stdin?.end(input ?? '');
  });
}

/** Fails, saying what to install, unless python3 can import jinja2. */
export async function requireJinja2(): Promise<string> {
  try {
    return (await run(['-c', 'import jinja2; print(jinja2.__version__)'])).trim();
  } catch {
    throw new Error(`The Jinja2 comparison needs python3 with jinja2: ${MISSING_JINJA2}`);
  }
}

/** Renders every request with Jinja2 in one python3 process. */
export async function renderWithJinja2(requests: readonly Jinja2Request[]): Promise<Map<string, Jinja2Result>> {
  const response = JSON.parse(await run([SCRIPT], JSON.stringify({ cases: requests }))) as { results: Record<string, Jinja2Result> };
  return new Map(Object.entries(response.results));
}
