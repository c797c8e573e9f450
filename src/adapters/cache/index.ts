/** Keeping things between runs: the cache stores, and the builders' layer stores as files. */
export { checkCacheKey, MAX_KEY_LENGTH, type LayerCacheStore } from './store.js';
export { DirectoryCacheStore } from './directory.js';
export { GitHubCacheStore, githubCacheAvailable } from './github.js';
export { builderLayers, type BuilderLayers, type BuiltImage, type PreparedLayers } from './layers.js';
export { DockerLayers, dockerCacheReference } from './docker-layers.js';
export { BuildahLayers, buildahReusedImages, layoutLinkPath, unnamedImages } from './buildah-layers.js';
