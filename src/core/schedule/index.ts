/**
 * Scheduling the images of one build job: which image to start next with `parallel` slots,
 * what a failure skips, progress lines, duration estimates, and the simulator the benchmark
 * compares against its lower bound and against wave-by-wave scheduling.
 */
export { analyseBuildSet, type BuildSet, type BuildSetAnalysis, type CriticalPath } from './build-set.js';
export {
  createSchedule,
  formatProgress,
  Schedule,
  type ImageStatus,
  type Progress,
  type ScheduleOptions,
  type SkipReason,
} from './schedule.js';
export { runSchedule, type Outcome, type RunOptions } from './run.js';
export { lowerBound, simulate, waveBarrierMakespan, type Run, type Simulation, type SimulatedSet } from './simulate.js';
export {
  DEFAULT_ESTIMATE_SECONDS,
  DEFAULT_SMOOTHING,
  estimator,
  parseDurationHistory,
  recordDurations,
  type DurationHistory,
} from './durations.js';
