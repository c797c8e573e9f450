/**
 * The judgement of one attempt of a check: passed (with what it saw), or failed with what was
 * expected and what was got, so that the last failed try explains itself.
 */
import type { HttpCheck, LogsCheck } from '../config/types.js';

export type Verdict =
  | { readonly ok: true; readonly detail: string }
  | {
      readonly ok: false;
      readonly expected: string;
      readonly got: string;
      /** Retrying cannot change it (e.g. a pattern that must never appear has appeared). */
      readonly final?: boolean;
    };

export function passed(detail: string): Verdict {
  return { ok: true, detail };
}

export function failed(expected: string, got: string, final = false): Verdict {
  return final ? { ok: false, expected, got, final } : { ok: false, expected, got };
}

const SHOWN = 300;

export function quote(text: string, limit = SHOWN): string {
  // JSON quoting shows line breaks as \n, so that a message stays on one line.
  return JSON.stringify(text.length > limit ? `${text.slice(0, limit)}…` : text);
}

/** Statuses as a person reads them: "200", "2xx", "200, 204 or 3xx". */
export function describeStatuses(statuses: readonly number[]): string {
  const parts: string[] = [];
  const set = new Set(statuses);
  const done = new Set<number>();
  for (const code of [...set].sort((a, b) => a - b)) {
    if (done.has(code)) continue;
    const base = Math.floor(code / 100) * 100;
    let whole = true;
    for (let c = base; c < base + 100; c++) if (!set.has(c)) whole = false;
    if (whole) {
      parts.push(`${base / 100}xx`);
      for (let c = base; c < base + 100; c++) done.add(c);
    } else {
      parts.push(String(code));
      done.add(code);
    }
  }
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
}

export interface HttpResponse {
  readonly status: number;
  readonly body: string;
}

export function judgeHttp(check: Pick<HttpCheck, 'status' | 'bodyContains' | 'bodyMatches' | 'method'>, response: HttpResponse): Verdict {
  if (!check.status.includes(response.status)) {
    return failed(`status ${describeStatuses(check.status)}`, `status ${response.status}, body ${quote(response.body)}`);
  }
  if (check.bodyContains !== undefined && !response.body.includes(check.bodyContains)) {
    return failed(`a body containing ${quote(check.bodyContains)}`, `status ${response.status}, body ${quote(response.body)}`);
  }
  if (check.bodyMatches !== undefined && !new RegExp(check.bodyMatches).test(response.body)) {
    return failed(`a body matching /${check.bodyMatches}/`, `status ${response.status}, body ${quote(response.body)}`);
  }
  return passed(`status ${response.status}`);
}

export interface OutputExpectation {
  readonly exitCode: number;
  readonly outputContains?: string;
  readonly outputMatches?: string;
}

export interface ProcessOutcome {
  readonly exitCode: number;
  /** stdout and stderr together. */
  readonly output: string;
}

export function judgeOutput(expectation: OutputExpectation, outcome: ProcessOutcome): Verdict {
  const got = `exit code ${outcome.exitCode}, output ${quote(outcome.output)}`;
  if (outcome.exitCode !== expectation.exitCode) return failed(`exit code ${expectation.exitCode}`, got);
  if (expectation.outputContains !== undefined && !outcome.output.includes(expectation.outputContains)) {
    return failed(`output containing ${quote(expectation.outputContains)}`, got);
  }
  if (expectation.outputMatches !== undefined && !new RegExp(expectation.outputMatches).test(outcome.output)) {
    return failed(`output matching /${expectation.outputMatches}/`, got);
  }
  return passed(`exit code ${outcome.exitCode}`);
}

/** The last lines of a text, for a message. */
function tail(text: string, lines = 5): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

export function judgeLogs(check: Pick<LogsCheck, 'pattern' | 'absent' | 'service'>, logs: string): Verdict {
  const match = new RegExp(check.pattern, 'm').exec(logs);
  if (check.absent) {
    // A line that was logged stays logged: waiting longer cannot make this pass.
    if (match) {
      const line = logs.slice(logs.lastIndexOf('\n', match.index) + 1).split('\n')[0] ?? match[0];
      return failed(`no line of ${check.service}'s log matching /${check.pattern}/`, `the line ${quote(line)}`, true);
    }
    return passed(`/${check.pattern}/ does not appear in ${logs.split('\n').length} lines`);
  }
  if (!match) return failed(`a line of ${check.service}'s log matching /${check.pattern}/`, logs.trim() === '' ? 'an empty log' : `no such line; the log ends ${quote(tail(logs))}`);
  const line = logs.slice(logs.lastIndexOf('\n', match.index) + 1).split('\n')[0] ?? match[0];
  return passed(`found ${quote(line, 120)}`);
}
