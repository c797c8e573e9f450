/**
 * A retention policy made ready to match: globs compiled once, rules labelled for reports.
 */
import picomatch from 'picomatch';
import { UserInputError, type Diagnostic } from '../diagnostics.js';
import type { RetentionPolicy, RetentionRule } from './model.js';

/** Which rule decided, as recorded in a plan: its position (0-based) and how it reads. */
export interface RuleRef {
  readonly index: number;
  /** `rule 1 "pr-*" (older-than 7d)`: 1-based, as people count the rules in images.yaml. */
  readonly label: string;
}

export interface CompiledRule extends RuleRef {
  readonly rule: RetentionRule;
  readonly matches: (tag: string) => boolean;
}

export interface CompiledPolicy {
  readonly rules: readonly CompiledRule[];
  /** The first protect glob matching the tag, or undefined. */
  protectedBy(tag: string): string | undefined;
  /** The first rule whose glob matches the tag, or undefined. */
  firstRule(tag: string): CompiledRule | undefined;
}

export function describeRule(rule: RetentionRule, index: number): string {
  const limits: string[] = [];
  if (rule.keepLast !== undefined) limits.push(`keep-last ${rule.keepLast}`);
  if (rule.olderThan !== undefined) limits.push(`older-than ${rule.olderThan.text}`);
  return `rule ${index + 1} "${rule.tags}" (${limits.length > 0 ? limits.join(', ') : 'keep'})`;
}

function matcher(glob: string): (tag: string) => boolean {
  return picomatch(glob, { dot: true });
}

/**
 * Checks what the config schema should already have refused (the config layer reports those
 * with file positions); a policy built in code gets the same clear refusal.
 */
function validate(policy: RetentionPolicy): void {
  const problems: Diagnostic[] = [];
  policy.rules.forEach((rule, i) => {
    const where = `retention rule ${i + 1}`;
    if (rule.tags.trim() === '') problems.push({ message: `${where} has an empty tags pattern`, hint: 'Give a glob such as "pr-*".' });
    if (rule.keepLast !== undefined && !(Number.isInteger(rule.keepLast) && rule.keepLast >= 0)) {
      problems.push({ message: `${where}: keep-last must be a whole number ≥ 0, not ${rule.keepLast}`, hint: 'For example keep-last: 14.' });
    }
    if (rule.olderThan !== undefined && !(Number.isFinite(rule.olderThan.milliseconds) && rule.olderThan.milliseconds >= 0)) {
      problems.push({ message: `${where}: older-than "${rule.olderThan.text}" is not a valid duration`, hint: 'For example older-than: 7d.' });
    }
  });
  policy.protect.forEach((glob, i) => {
    if (glob.trim() === '') problems.push({ message: `retention protect entry ${i + 1} is empty`, hint: 'Give a glob such as "latest" or "v*".' });
  });
  if (problems.length > 0) throw new UserInputError(problems);
}

export function compilePolicy(policy: RetentionPolicy): CompiledPolicy {
  validate(policy);
  const rules = policy.rules.map((rule, index) => ({ index, rule, label: describeRule(rule, index), matches: matcher(rule.tags) }));
  const protect = policy.protect.map((glob) => ({ glob, matches: matcher(glob) }));
  return {
    rules,
    protectedBy: (tag) => protect.find((p) => p.matches(tag))?.glob,
    firstRule: (tag) => rules.find((r) => r.matches(tag)),
  };
}
