import { describe, expect, it } from 'vitest';
import { ImageGraph, type GraphEdge } from '../../../../src/core/graph/index.js';
import { findAffected, imagesTouchedBy, type ImageInputs } from '../../../../src/core/plan/affected.js';
import { detectOutputs } from '../../../../src/core/plan/outputs.js';

const here = { file: 'images.yaml', line: 1, column: 1 };
const edge = (parent: string, child: string): GraphEdge => ({ parent, child, origin: { kind: 'from', location: here } });

// base → foreman → dynflow ; base → notebook → notebook-cuda12 (variant folder)
const graph = ImageGraph.build(
  ['base', 'foreman', 'dynflow', 'notebook', 'notebook-cuda12', 'proxy'],
  [edge('base', 'foreman'), edge('foreman', 'dynflow'), edge('base', 'notebook'), edge('notebook', 'notebook-cuda12')],
);
const images: ImageInputs[] = [
  { name: 'base', dir: 'images/base', watch: [], templateInputs: [] },
  { name: 'foreman', dir: 'images/foreman', watch: ['common/ruby/**'], templateInputs: ['images/macros.j2'] },
  { name: 'dynflow', dir: 'images/dynflow', watch: [], templateInputs: [] },
  { name: 'notebook', dir: 'images/notebook', watch: [], templateInputs: [] },
  { name: 'notebook-cuda12', dir: 'images/notebook/cuda12', watch: [], templateInputs: [] },
  { name: 'proxy', dir: 'images/proxy', context: 'services/proxy', watch: [], templateInputs: [] },
];

describe('imagesTouchedBy', () => {
  it('gives a file to the innermost image folder only', () => {
    expect(imagesTouchedBy('images/notebook/cuda12/Dockerfile', images)).toEqual(['notebook-cuda12']);
    expect(imagesTouchedBy('images/notebook/start.sh', images)).toEqual(['notebook']);
  });
  it('matches watch globs, explicit contexts and template inputs', () => {
    expect(imagesTouchedBy('common/ruby/Gemfile', images)).toEqual(['foreman']);
    expect(imagesTouchedBy('services/proxy/nginx.conf', images)).toEqual(['proxy']);
    expect(imagesTouchedBy('images/macros.j2', images)).toEqual(['foreman']);
    expect(imagesTouchedBy('README.md', images)).toEqual([]);
  });
  it('does not take a sibling folder with a common prefix', () => {
    expect(imagesTouchedBy('images/base-extra/file', images)).toEqual([]);
  });
});

describe('findAffected', () => {
  it('adds every descendant with reason dependency, in dependency order', () => {
    const r = findAffected(graph, images, { changedPaths: ['images/foreman/Dockerfile'] });
    expect(r.images).toEqual(['foreman', 'dynflow']);
    expect(Object.fromEntries(r.reasons)).toEqual({ foreman: ['path'], dynflow: ['dependency'] });
  });
  it('keeps every reason of an image changed directly and through its parent', () => {
    const r = findAffected(graph, images, { changedPaths: ['images/base/Dockerfile', 'images/dynflow/x'] });
    expect(r.reasons.get('dynflow')).toEqual(['path', 'dependency']);
    expect(r.images[0]).toBe('base');
  });
  it('marks only the images whose settings changed, or all on a global change', () => {
    const one = findAffected(graph, images, { config: { globalChanged: false, changedImages: new Set(['notebook']) } });
    expect(one.images).toEqual(['notebook', 'notebook-cuda12']);
    const all = findAffected(graph, images, { config: { globalChanged: true, changedImages: new Set() } });
    expect(all.images).toHaveLength(6);
  });
  it('takes forced images and upstream reasons', () => {
    const r = findAffected(graph, images, {
      forced: new Set(['proxy']),
      upstream: new Map([['notebook', ['source', 'base'] as const]]),
    });
    expect(Object.fromEntries(r.reasons)).toEqual({
      notebook: ['source', 'base'],
      'notebook-cuda12': ['dependency'],
      proxy: ['forced'],
    });
  });
  it('affects nothing when nothing matches', () => {
    expect(findAffected(graph, images, { changedPaths: ['docs/index.md'] }).images).toEqual([]);
  });
});

describe('detectOutputs', () => {
  it('encodes images, matrix, waves and reasons for GitHub', () => {
    const r = findAffected(graph, images, { changedPaths: ['images/base/Dockerfile'] });
    const subset = new Set(r.images);
    const out = detectOutputs(
      { images: r.images, reasons: r.reasons, waves: graph.waves(subset), criticalPath: graph.criticalPathLengths(() => 1, subset) },
      graph,
      'pr-1-abcdef0',
    );
    expect(JSON.parse(out.waves)).toEqual([['base'], ['foreman', 'notebook'], ['dynflow', 'notebook-cuda12']]);
    expect(JSON.parse(out.matrix).include[0]).toEqual({ image: 'base', wave: 1, reason: 'path' });
    expect(out['wave-count']).toBe('3');
    expect(out['has-changes']).toBe('true');
    expect(out.graph).toContain('base');
    expect(out.graph).not.toContain('proxy');
  });
  it('greys unaffected parents in the graph', () => {
    const r = findAffected(graph, images, { changedPaths: ['images/dynflow/Dockerfile'] });
    const out = detectOutputs({ images: r.images, reasons: r.reasons, waves: [['dynflow']], criticalPath: new Map() }, graph, undefined);
    expect(out.graph).toMatch(/class \S+ \S+/);
    expect(out.graph).toContain('foreman');
    expect(out.graph).toContain('classDef');
    expect(out['temporary-tag']).toBe('');
  });
});
