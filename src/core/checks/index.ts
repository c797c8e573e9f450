/** Smoke deployments and checks: the pure parts (names, overrides, rewriting, judging, retrying). */
export { envSuffix, imageEnvName, imageEnvironment, serviceEnvPrefix, EnvNameClash } from './env-names.js';
export { ImageOwnership, type RepositoryImages } from './ownership.js';
export { composeOverride, type ServicePin } from './override.js';
export { rewriteImageReferences, type Replacement, type RewriteResult, type RewriteTarget } from './rewrite.js';
export { endpointOf, serviceEnvironment, urlPort, type Endpoint, type EndpointLookup, type PublishedPort, type ServiceAddress } from './endpoints.js';
export { describeStatuses, failed, judgeHttp, judgeLogs, judgeOutput, passed, quote, type HttpResponse, type OutputExpectation, type ProcessOutcome, type Verdict } from './verdict.js';
export { untilPasses, type RetryClock, type RetryOutcome, type RetryPolicy } from './retry.js';
export { assessReadiness, describeState, MAX_RESTARTS, type ContainerState, type ContainerStatus, type ExpectedService, type HealthStatus, type Readiness } from './readiness.js';
export { composeProjectName, isValidProjectName, type RunIdentity } from './project-name.js';
export { parseChecksText } from './checks-input.js';
export { servicesOfConfig, type ComposeService } from './compose-services.js';
