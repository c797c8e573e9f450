/**
 * Offline base images for tests: nothing can be pulled here, so test images start `FROM scratch`
 * with the machine's static busybox copied in and its applets linked, which gives `/bin/sh` and
 * the usual tools to RUN steps.
 *
 * `busyboxContext()` makes a temporary build context holding `busybox` and a Dockerfile; more
 * files and Dockerfile lines can be added, and children can be made `FROM` a pushed parent.
 */
import { access, constants, copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const BUSYBOX = '/bin/busybox';

/** The lines every busybox base starts with. */
export const BUSYBOX_BASE_LINES: readonly string[] = ['FROM scratch', 'COPY busybox /bin/busybox', 'RUN ["/bin/busybox","--install","-s","/bin"]'];

export interface BusyboxContext {
  /** The build context (holds `busybox`, the Dockerfile and `files`). */
  readonly dir: string;
  /** `<dir>/Dockerfile`. */
  readonly dockerfile: string;
  /** Writes another Dockerfile (e.g. a generated one) outside the context; returns its path. */
  writeDockerfileOutside(name: string, lines: readonly string[]): Promise<string>;
  remove(): Promise<void>;
}

export interface BusyboxContextOptions {
  /** Lines after the busybox base (RUN, LABEL, COPY…). */
  readonly extraLines?: readonly string[];
  /** Replaces the whole Dockerfile (e.g. a child `FROM parent@sha256:…` that needs no busybox copy). */
  readonly dockerfileLines?: readonly string[];
  /** More files in the context, path → content. */
  readonly files?: Readonly<Record<string, string>>;
}

export async function busyboxContext(options: BusyboxContextOptions = {}): Promise<BusyboxContext> {
  await access(BUSYBOX, constants.X_OK).catch(() => {
    throw new Error(`${BUSYBOX} is missing: install a static busybox (\`apt-get install -y busybox-static\`)`);
  });
  const root = await mkdtemp(join(tmpdir(), 'image-actions-busybox-'));
  const dir = join(root, 'context');
  await mkdir(dir);
  await copyFile(BUSYBOX, join(dir, 'busybox'));
  const lines = options.dockerfileLines ?? [...BUSYBOX_BASE_LINES, ...(options.extraLines ?? [])];
  const dockerfile = join(dir, 'Dockerfile');
  await writeFile(dockerfile, `${lines.join('\n')}\n`);
  for (const [path, content] of Object.entries(options.files ?? {})) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return {
    dir,
    dockerfile,
    async writeDockerfileOutside(name, dockerfileLines) {
      const path = join(root, name);
      await writeFile(path, `${dockerfileLines.join('\n')}\n`);
      return path;
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
