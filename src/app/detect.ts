/**
 * The detect use case: from an event (or explicit overrides) to the affected images, their
 * reasons, waves and the temporary tag.
 */
import { distance } from 'fastest-levenshtein';
import { UserInputError } from '../core/diagnostics.js';
import { loadImagesConfig } from '../core/config/load.js';
import { diffConfigs } from '../core/config/diff.js';
import type { WorkflowContext } from '../core/event/context.js';
import { interpretEvent, type DetectOverrides, type EventInterpretation } from '../core/event/interpret.js';
import { findAffected, type ChangeEvidence } from '../core/plan/affected.js';
import type { PlanResult } from '../core/plan/outputs.js';
import type { Reason } from '../core/plan/reasons.js';
import { sameRepository } from '../core/plan/sources.js';
import { Git, fetchBranchTip } from '../adapters/git/git.js';
import { findMergeBase } from '../adapters/git/history.js';
import { imageInputs, loadConfigFile, loadProject, type Project } from './project.js';
import { applyTemporaryTagRule } from '../core/event/temporary-tag.js';

/** Finds `source`, `base` and `new` reasons; it needs the registry and git remotes. */
export interface UpstreamChecker {
  check(project: Project, images: readonly string[]): Promise<ReadonlyMap<string, readonly Reason[]>>;
}

export interface DetectRequest {
  readonly root: string;
  readonly configFile: string;
  readonly context: WorkflowContext;
  readonly overrides: DetectOverrides;
  readonly upstream?: UpstreamChecker;
  readonly warn: (message: string) => void;
  readonly info: (message: string) => void;
}

export interface DetectResult extends PlanResult {
  readonly interpretation: EventInterpretation;
  readonly project: Project;
  /** The commits compared, when the event compared two. */
  readonly compared?: { readonly base: string; readonly head: string };
  readonly changedPaths: readonly string[];
}

function unknownImagesError(names: readonly string[], known: readonly string[]): UserInputError {
  return new UserInputError(
    names.map((name) => {
      const close = known.filter((k) => distance(k, name) <= 2);
      return {
        message: `no image named "${name}"`,
        hint: close.length > 0 ? `Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : `Known images: ${known.join(', ')}.`,
      };
    }),
  );
}

export async function detect(request: DetectRequest): Promise<DetectResult> {
  const eventInterpretation = interpretEvent(request.context, request.overrides);
  request.info(eventInterpretation.description);
  // The temporary tag can be reshaped by tags.temporary, which needs the config first.
  const loaded = await loadConfigFile(request.root, request.configFile);
  const interpretation: EventInterpretation = {
    ...eventInterpretation,
    temporaryTag: applyTemporaryTagRule(
      loaded.config.tags.temporary,
      eventInterpretation.temporaryTag,
      request.context,
      loaded.locate(['tags', 'temporary']),
    ),
  };
  const project = await loadProject({
    root: request.root,
    configFile: request.configFile,
    loaded,
    ...(interpretation.temporaryTag ? { tag: interpretation.temporaryTag } : {}),
  });
  const allNames = [...project.images.keys()].sort();
  const git = new Git(request.root);
  const query = interpretation.query;

  let evidence: ChangeEvidence = {};
  let compared: { base: string; head: string } | undefined;
  let changedPaths: string[] = [];

  const compare = async (base: string, head: string): Promise<void> => {
    const found = await findMergeBase(git, base, head);
    for (const step of found.found ? found.fetched : []) request.info(`git: ${step}`);
    if (!found.found) {
      request.warn(`Cannot tell what changed, so every image is treated as changed: ${found.why}.`);
      evidence = { forced: 'all' };
      return;
    }
    compared = { base: found.base, head };
    changedPaths = await git.changedPaths(found.base, head);
    let config: ChangeEvidence['config'];
    if (changedPaths.includes(request.configFile)) {
      const before = await git.readFileAt(found.base, request.configFile);
      try {
        config = diffConfigs(loadImagesConfig(before, request.configFile).config, project.config);
      } catch (error) {
        if (!(error instanceof UserInputError)) throw error;
        // The old file was invalid: nothing in it can be trusted to compare, so all images are affected.
        config = { globalChanged: true, changedImages: new Set() };
      }
    }
    evidence = { changedPaths, ...(config ? { config } : {}) };
  };

  switch (query.kind) {
    case 'compare':
      await compare(query.base, query.head);
      break;
    case 'new-branch': {
      const remote = await git.defaultRemote();
      const tip = remote ? await fetchBranchTip(git, remote, query.defaultBranch) : await git.resolveCommit(query.defaultBranch);
      if (!tip) {
        request.warn(`Cannot find the default branch "${query.defaultBranch}" to compare the new branch with, so every image is treated as changed.`);
        evidence = { forced: 'all' };
      } else {
        await compare(tip, query.head);
      }
      break;
    }
    case 'all':
      evidence = { forced: 'all' };
      break;
    case 'named': {
      const unknown = query.images.filter((name) => !project.images.has(name));
      if (unknown.length > 0) throw unknownImagesError(unknown, allNames);
      evidence = { forced: new Set(query.images) };
      break;
    }
    case 'upstream': {
      if (!request.upstream) {
        throw new Error(
          'a scheduled run without `all: true` checks upstream sources and external bases against the last promoted ' +
            'images, which needs a registry: set registry in images.yaml or the registry input, or set all: true',
        );
      }
      evidence = { upstream: await request.upstream.check(project, allNames) };
      break;
    }
    case 'source-updated': {
      const upstream = new Map<string, Reason[]>();
      for (const name of allNames) {
        const sources = project.config.images[name]?.sources ?? [];
        if (sources.some((s) => sameRepository(s.url, query.repository))) upstream.set(name, ['source']);
      }
      if (upstream.size === 0) request.warn(`No image lists ${query.repository} among its sources; nothing to rebuild.`);
      evidence = { upstream };
      break;
    }
    case 'nothing':
      request.info(query.why);
      break;
  }

  const affected = findAffected(project.graph, imageInputs(project), evidence);
  const subset = new Set(affected.images);
  const waves = project.graph.waves(subset);
  const criticalPath = project.graph.criticalPathLengths(() => 1, subset);
  return {
    interpretation,
    project,
    images: affected.images,
    reasons: affected.reasons,
    waves,
    criticalPath,
    ...(compared ? { compared } : {}),
    changedPaths,
  };
}
