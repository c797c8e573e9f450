/** The registry adapter's public surface: the client, its credential sources, and its types. */
export { RegistryClient, choosePlatform, parseImageConfig, referrersTag } from './client.js';
export type { BlobHead, BlobStream, CopyImageResult, CopyReport, ImageConfigInfo, ManifestHead, MountResult, PlatformSelector, RegistryClientOptions, RepositoryRef } from './client.js';
export { bytesSource, type BlobSource, type UploadOptions } from './blob-upload.js';
export {
  anonymousCredentials,
  chainCredentials,
  containersAuthCredentials,
  CredentialError,
  defaultCredentialProvider,
  dockerConfigCredentials,
  explicitCredentials,
  type Credential,
  type CredentialProvider,
  type ExplicitCredential,
  type FoundCredential,
} from './credentials.js';
export { RegistryError } from './errors.js';
export { computeDigest } from './digest.js';
export { encodeJson, manifestDescriptor, parseManifest, type Descriptor, type ImageIndex, type ImageManifest, type Manifest, type ManifestContent, type Platform } from './manifest.js';
export * from './media-types.js';
export { DEFAULT_RETRY_POLICY, type Clock, type RetryPolicy } from './retry.js';
export type { TokenRequestEvent } from './auth.js';
export type { Logger, RequestEvent } from './transport.js';
