import { describe, expect, it } from 'vitest';
import { makeDater } from '../../../../src/core/retention/age.js';
import { daysAgo, digestOf, fallbackTag, StateBuilder } from './fixtures.js';

describe('dating a digest', () => {
  it('prefers the registry date to the config date', () => {
    const state = new StateBuilder().image('a', { days: 100 }).registryDate('a', daysAgo(3)).build();
    expect(makeDater(state).digest(digestOf('a'))).toEqual({ date: daysAgo(3), source: { kind: 'registry' } });
  });

  it('uses the config created date when the registry gives none', () => {
    const state = new StateBuilder().image('a', { days: 100 }).build();
    expect(makeDater(state).digest(digestOf('a'))).toEqual({ date: daysAgo(100), source: { kind: 'created' } });
  });

  it('treats the epoch and Go zero time of reproducible builds as no date', () => {
    const state = new StateBuilder()
      .image('epoch', { created: new Date(0) })
      .image('zero', { created: new Date('0001-01-01T00:00:00Z') })
      .image('invalid', { created: new Date('nonsense') })
      .build();
    const dater = makeDater(state);
    for (const name of ['epoch', 'zero', 'invalid']) expect(dater.digest(digestOf(name))).toBeUndefined();
  });

  it('dates an index by its newest platform image, ignoring attestation manifests', () => {
    const state = new StateBuilder()
      .image('amd64', { days: 10 })
      .image('arm64', { days: 4 })
      .artifact('attestation', { days: 1 })
      .index('idx', ['amd64', 'arm64', 'attestation'])
      .build();
    expect(makeDater(state).digest(digestOf('idx'))).toEqual({ date: daysAgo(4), source: { kind: 'newest-child', child: digestOf('arm64') } });
  });

  it('gives an index no date when one of its images has none (it might be the newest)', () => {
    const state = new StateBuilder().image('amd64', { days: 10 }).image('arm64').index('idx', ['amd64', 'arm64']).build();
    expect(makeDater(state).digest(digestOf('idx'))).toBeUndefined();
  });

  it('dates an index of artifacts only (a referrers index) by its newest artifact', () => {
    const state = new StateBuilder().artifact('sig', { days: 8 }).artifact('sbom', { days: 2 }).index('refs', ['sig', 'sbom']).build();
    expect(makeDater(state).digest(digestOf('refs'))?.date).toEqual(daysAgo(2));
  });

  it('dates an undated referrer by its subject', () => {
    const state = new StateBuilder().image('app', { days: 20 }).artifact('sig', { subject: 'app' }).build();
    expect(makeDater(state).digest(digestOf('sig'))).toEqual({ date: daysAgo(20), source: { kind: 'subject', subject: digestOf('app') } });
  });

  it('survives a reference cycle (impossible for real digests) by giving no date', () => {
    const state = new StateBuilder().artifact('x', { subject: 'y' }).artifact('y', { subject: 'x' }).build();
    expect(makeDater(state).digest(digestOf('x'))).toBeUndefined();
  });
});

describe('dating a tag', () => {
  it('dates a cosign fallback tag on an undated signature by the digest the tag names', () => {
    const state = new StateBuilder().image('app', { days: 9 }).artifact('sig').tag(fallbackTag('app', 'sig'), 'sig').build();
    expect(makeDater(state).tag(fallbackTag('app', 'sig'), digestOf('sig'))?.date).toEqual(daysAgo(9));
  });

  it('gives an ordinary undated tag no date', () => {
    const state = new StateBuilder().image('app').tag('pr-1', 'app').build();
    expect(makeDater(state).tag('pr-1', digestOf('app'))).toBeUndefined();
  });
});
