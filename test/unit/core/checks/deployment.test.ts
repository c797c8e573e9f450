import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  composeOverride,
  composeProjectName,
  EnvNameClash,
  imageEnvironment,
  imageEnvName,
  ImageOwnership,
  isValidProjectName,
  rewriteImageReferences,
  serviceEnvPrefix,
  servicesOfConfig,
} from '../../../../src/core/checks/index.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;

describe('environment names', () => {
  it('upper-cases image and service names and turns - and . into _', () => {
    expect(imageEnvName('web-tls')).toBe('IMAGE_WEB_TLS');
    expect(imageEnvName('nova.api')).toBe('IMAGE_NOVA_API');
    expect(serviceEnvPrefix('db-primary')).toBe('SERVICE_DB_PRIMARY');
  });

  it('maps every image to its reference, refusing two names that become one variable', () => {
    expect(imageEnvironment(new Map([['web', 'r/web@x'], ['web-tls', 'r/web-tls@y']]))).toEqual({ IMAGE_WEB: 'r/web@x', IMAGE_WEB_TLS: 'r/web-tls@y' });
    expect(() => imageEnvironment(new Map([['web-tls', 'a'], ['web.tls', 'b']]))).toThrow(new EnvNameClash('IMAGE_WEB_TLS', ['web-tls', 'web.tls']));
  });
});

describe('which references are the repository\'s images', () => {
  const ownership = new ImageOwnership({ names: ['web', 'web-tls', 'base'], prefix: 'examples-', registries: ['127.0.0.1:5000/acme', 'ghcr.io/acme/'] });

  it('recognises the run\'s and the configured registry, with any tag or digest', () => {
    expect(ownership.imageOf('127.0.0.1:5000/acme/examples-web')).toBe('web');
    expect(ownership.imageOf('ghcr.io/acme/examples-web:latest')).toBe('web');
    expect(ownership.imageOf(`ghcr.io/acme/examples-web-tls@${DIGEST}`)).toBe('web-tls');
    expect(ownership.imageOf(`ghcr.io/acme/examples-base:1.0@${DIGEST}`)).toBe('base');
  });

  it('recognises the short form <prefix><name>, which names no registry', () => {
    expect(ownership.imageOf('examples-web')).toBe('web');
    expect(ownership.imageOf('examples-web-tls:dev')).toBe('web-tls');
  });

  it('leaves everything else alone', () => {
    expect(ownership.imageOf('postgres:16')).toBeUndefined();
    expect(ownership.imageOf('docker.io/acme/examples-web')).toBeUndefined();
    expect(ownership.imageOf('ghcr.io/other/examples-web')).toBeUndefined();
    expect(ownership.imageOf('ghcr.io/acme/examples-webby')).toBeUndefined();
    expect(ownership.imageOf('examples-worker')).toBeUndefined();
    expect(ownership.imageOf('not a reference')).toBeUndefined();
  });

  it('knows how each image is written, for finding it in text', () => {
    expect(ownership.writtenRepositories('web')).toEqual(['127.0.0.1:5000/acme/examples-web', 'ghcr.io/acme/examples-web']);
  });
});

describe('the compose override', () => {
  it('pins each service of the repository to its digest and says why in a comment', () => {
    const text = composeOverride([
      { service: 'web', image: 'web', reference: `r/examples-web@${DIGEST}`, why: 'built in this run' },
      { service: 'api', image: 'app', reference: `r/examples-app@${OTHER}`, why: 'promoted' },
    ]);
    expect(parse(text)).toEqual({ services: { api: { image: `r/examples-app@${OTHER}` }, web: { image: `r/examples-web@${DIGEST}` } } });
    expect(text).toContain('#   api: app (promoted)');
    expect(text).not.toMatch(/^version:/m);
  });
});

describe('rewriting references in a deployer\'s files', () => {
  const targets = [
    { image: 'web', repositories: ['ghcr.io/acme/web', '127.0.0.1:5000/acme/web'], reference: `127.0.0.1:5000/acme/web@${DIGEST}` },
    { image: 'web-tls', repositories: ['ghcr.io/acme/web-tls'], reference: `127.0.0.1:5000/acme/web-tls@${OTHER}` },
  ];

  it('rewrites references with a tag, a digest, both or neither, and reports each with its line', () => {
    const text = [
      'image: ghcr.io/acme/web:latest',
      `  - "ghcr.io/acme/web-tls:1.2@${OTHER}"`,
      'WEB=ghcr.io/acme/web',
      `already: 127.0.0.1:5000/acme/web@${DIGEST}`,
      'url: docker://ghcr.io/acme/web:v1',
    ].join('\n');
    const result = rewriteImageReferences(text, targets);
    expect(result.text).toBe(
      [
        `image: 127.0.0.1:5000/acme/web@${DIGEST}`,
        `  - "127.0.0.1:5000/acme/web-tls@${OTHER}"`,
        `WEB=127.0.0.1:5000/acme/web@${DIGEST}`,
        `already: 127.0.0.1:5000/acme/web@${DIGEST}`,
        `url: docker://127.0.0.1:5000/acme/web@${DIGEST}`,
      ].join('\n'),
    );
    expect(result.replacements.map((r) => [r.line, r.image, r.from])).toEqual([
      [1, 'web', 'ghcr.io/acme/web:latest'],
      [2, 'web-tls', `ghcr.io/acme/web-tls:1.2@${OTHER}`],
      [3, 'web', 'ghcr.io/acme/web'],
      [5, 'web', 'ghcr.io/acme/web:v1'],
    ]);
  });

  it('leaves other repositories that start the same alone', () => {
    const text = 'a: ghcr.io/acme/webby:1\nb: ghcr.io/acme/web/extra:1\nc: myghcr.io/acme/web\nd: ghcr.io/acme/web-other';
    expect(rewriteImageReferences(text, targets)).toEqual({ text, replacements: [] });
  });
});

describe('compose project names', () => {
  it('are unique to the run, its attempt and job, and valid for compose', () => {
    const name = composeProjectName({ runId: '12345', runAttempt: '2', job: 'Smoke Test (web)' }, '0a1b2c');
    expect(name).toBe('ia-smoke-12345-2-smoke-test-web-0a1b2c');
    expect(isValidProjectName(name)).toBe(true);
    expect(composeProjectName({}, 'ff00ff')).toBe('ia-smoke-ff00ff');
    expect(isValidProjectName('Bad Name')).toBe(false);
  });
});

describe('the services of a compose configuration', () => {
  it('lists what up starts, with images and one-shots, leaving out other profiles and zero replicas', () => {
    const config = [
      'services:',
      '  web: { image: examples-web, depends_on: { migrate: { condition: service_completed_successfully }, db: { condition: service_healthy } } }',
      '  migrate: { image: examples-app }',
      '  db: { image: postgres:16 }',
      '  built: { build: { context: . } }',
      '  debug: { image: busybox, profiles: [debug] }',
      '  spare: { image: busybox, deploy: { replicas: 0 } }',
      'volumes: { data: {} }',
      '',
    ].join('\n');
    expect(servicesOfConfig(config, [])).toEqual([
      { name: 'built', oneShot: false },
      { name: 'db', image: 'postgres:16', oneShot: false },
      { name: 'migrate', image: 'examples-app', oneShot: true },
      { name: 'web', image: 'examples-web', oneShot: false },
    ]);
    expect(servicesOfConfig(config, ['debug']).map((s) => s.name)).toContain('debug');
  });
});
