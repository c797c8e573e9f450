/** Structure tests (container-structure-test v2): reading test files, and judging an image by them. */
export * from './types.js';
export { parseStructureTestFile, readStructureTests, SCHEMA_VERSION, type Locator } from './parse.js';
export { compileGoRegex, goRegexMatches, translateGoRegex, GoRegexError } from './regex.js';
export { expandVariables, envListToMap } from './expand.js';
export { TarReader, TarFormatError, normalizeTarPath, parsePaxRecords, type TarEntry, type TarEntryType, type TarVisitor } from './tar.js';
export { ImageFilesystem, displayPath, type ContentLocation, type FsNode, type Lookup, type NodeType } from './filesystem.js';
export { goModeString } from './mode.js';
export { imageConfigView, ImageConfigError, type ImageConfigView } from './image-config.js';
export {
  commandArgv,
  commandEnvironment,
  commandNotRun,
  contentNeeded,
  evaluateCommand,
  evaluateFileContent,
  evaluateFileExistence,
  evaluateLicense,
  evaluateMetadata,
  evaluateWithoutCommands,
  licenseFiles,
  snippet,
  type CommandOutput,
  type FileContents,
} from './evaluate.js';
