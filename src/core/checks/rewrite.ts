/**
 * Rewriting a deployer's files (Helm values, Ansible inventories, Kubernetes manifests) so that
 * every reference to one of the repository's images names the build under test:
 * `ghcr.io/acme/web:latest` → `ghcr.io/acme/web@sha256:…`.
 *
 * A reference is the repository as written (`<registry>/<prefix><name>`) with an optional tag
 * and digest, standing on its own: `ghcr.io/acme/web-tls` is not a reference to `web`, nor is
 * `ghcr.io/acme/web/extra`.
 */

export interface RewriteTarget {
  readonly image: string;
  /** How the image's repository may be written, e.g. ["ghcr.io/acme/web"]. */
  readonly repositories: readonly string[];
  /** What references become: `repository@sha256:…`. */
  readonly reference: string;
}

export interface Replacement {
  readonly image: string;
  readonly line: number;
  readonly from: string;
  readonly to: string;
}

export interface RewriteResult {
  readonly text: string;
  readonly replacements: readonly Replacement[];
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

const TAG = String.raw`(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?`;
const DIGEST = String.raw`(?:@sha256:[0-9a-f]{64})?`;

export function rewriteImageReferences(text: string, targets: readonly RewriteTarget[]): RewriteResult {
  const byRepository = new Map<string, RewriteTarget>();
  for (const target of targets) for (const repository of target.repositories) byRepository.set(repository, target);
  if (byRepository.size === 0) return { text, replacements: [] };
  // Longest first, so that of two repositories where one extends the other the longer wins.
  const alternatives = [...byRepository.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  const pattern = new RegExp(String.raw`(?<![A-Za-z0-9_.\-])(${alternatives.join('|')})${TAG}${DIGEST}(?![A-Za-z0-9_.\-/@:])`, 'g');
  const replacements: Replacement[] = [];
  const rewritten = text.replace(pattern, (match: string, repository: string, offset: number) => {
    const target = byRepository.get(repository) as RewriteTarget;
    if (match !== target.reference) {
      const line = text.slice(0, offset).split('\n').length;
      replacements.push({ image: target.image, line, from: match, to: target.reference });
    }
    return target.reference;
  });
  return { text: rewritten, replacements };
}
