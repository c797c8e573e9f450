/**
 * Shared by the build use-case tests: a small repository of `FROM scratch` + busybox images
 * (base → mid → leaf, and a sibling of mid), what the registry holds for an image (manifest
 * layers, config diff_ids, history and labels, read back over the registry API), a logger that
 * keeps each image's builder output, and the bundled CLI run as a separate process.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildLogger } from '../../../src/app/build.js';
import type { RegistryClient } from '../../../src/adapters/registry/index.js';
import { parseReference } from '../../../src/core/reference.js';
import { BUSYBOX } from '../../harness/busybox.js';
import { REPO_ROOT } from '../../support/action-runner.js';
import { TestRepo } from '../../support/git-repo.js';

export const TREE_IMAGES = ['base', 'leaf', 'mid', 'sibling'] as const;

/** The Dockerfiles of the tree. `registry` is the images.yaml prefix the FROMs name. */
export function treeFiles(registry: string): Record<string, string> {
  return {
    'images.yaml': `version: 1\nregistry: ${registry}\n`,
    'images/base/Dockerfile': ['FROM scratch', 'COPY busybox /bin/busybox', 'RUN ["/bin/busybox","--install","-s","/bin"]', 'RUN echo base > /base.txt', ''].join('\n'),
    // notes/ is outside what the build sees: changing it must not change the build key.
    'images/base/.dockerignore': 'notes/\n',
    'images/base/notes/todo.txt': 'nothing yet\n',
    'images/mid/Dockerfile': [`FROM ${registry}/base:latest`, 'COPY mid.txt /mid.txt', 'RUN cat /base.txt /mid.txt > /chain.txt', ''].join('\n'),
    'images/mid/mid.txt': 'mid 1\n',
    'images/leaf/Dockerfile': [`FROM ${registry}/mid:latest`, 'RUN cat /chain.txt > /leaf.txt', ''].join('\n'),
    'images/sibling/Dockerfile': [`FROM ${registry}/base:latest`, 'COPY sibling.txt /sibling.txt', ''].join('\n'),
    'images/sibling/sibling.txt': 'sibling 1\n',
  };
}

/** The mid Dockerfile with a RUN that fails on line 3 (a line the builders name). */
export function brokenMid(registry: string): string {
  return [`FROM ${registry}/base:latest`, 'COPY mid.txt /mid.txt', 'RUN echo "went $((3 + 4)) wrong" && exit 1', ''].join('\n');
}

/** A git repository holding the tree, with the machine's static busybox in base's context. */
export function treeRepo(registry: string): TestRepo {
  const repo = TestRepo.init('main');
  mkdirSync(join(repo.dir, 'images/base'), { recursive: true });
  copyFileSync(BUSYBOX, join(repo.dir, 'images/base/busybox'));
  repo.commit(treeFiles(registry), 'the tree');
  return repo;
}

/** A BuildLogger that keeps every line, per image and for the run. */
export class CapturingLogger implements BuildLogger {
  readonly messages: string[] = [];
  readonly imageLines = new Map<string, string[]>();
  readonly closed: string[] = [];

  info(message: string): void {
    this.messages.push(message);
  }

  warn(message: string): void {
    this.messages.push(`warning: ${message}`);
  }

  forImage(image: string): { line(text: string): void; close(): void } {
    const lines: string[] = [];
    this.imageLines.set(image, lines);
    return { line: (text) => lines.push(text), close: () => this.closed.push(image) };
  }

  linesOf(image: string): readonly string[] {
    return this.imageLines.get(image) ?? [];
  }
}

export interface PushedImage {
  readonly digest: string;
  /** The manifest's layer blobs, in order. */
  readonly layers: readonly string[];
  /** The config's rootfs.diff_ids: the uncompressed layers, what a child builds on. */
  readonly diffIds: readonly string[];
  readonly history: readonly { readonly created_by?: string; readonly created?: string }[];
  readonly labels: Readonly<Record<string, string>>;
}

/** What the registry holds under `reference` (a tag or digest reference of an image manifest). */
export async function pushedImage(client: RegistryClient, reference: string): Promise<PushedImage> {
  const ref = parseReference(reference);
  const manifest = await client.getManifest(ref);
  if (manifest.kind !== 'image') throw new Error(`${reference} is an index, not one image`);
  const bytes = await client.getBlobBytes({ registry: ref.registry, repository: ref.repository }, manifest.config.digest);
  const config = JSON.parse(Buffer.from(bytes).toString('utf8')) as {
    rootfs: { diff_ids: string[] };
    history?: { created_by?: string; created?: string }[];
    config?: { Labels?: Record<string, string> | null };
  };
  return {
    digest: manifest.digest,
    layers: manifest.layers.map((layer) => layer.digest),
    diffIds: config.rootfs.diff_ids,
    history: (config.history ?? []).map((h) => ({ ...(h.created_by === undefined ? {} : { created_by: h.created_by }), ...(h.created === undefined ? {} : { created: h.created }) })),
    labels: config.config?.Labels ?? {},
  };
}

export interface ProcessRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `dist/cli/index.js` as a separate Node process, asynchronously, so that servers in this
 * test process (the counting proxy) keep answering while it runs.
 */
export function runCli(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/cli/index.js'), ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}
