export const id = 130;
export const ids = [130];
export const modules = {

/***/ 4158:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


/**
 * @license
 * Copyright 2020 Balena Ltd.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *    http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 *
 * ------------------------------------------------------------------------
 *
 * Copyright 2018 Zeit, Inc.
 * Licensed under the MIT License. See file LICENSE.md for a full copy.
 *
 * ------------------------------------------------------------------------
 */

/**
 * This module implements the [dockerignore
 * spec](https://docs.docker.com/engine/reference/builder/#dockerignore-file),
 * closely following Docker's (Moby) Golang implementation:
 * https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go
 * https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go
 * https://github.com/moby/moby/blob/v19.03.8/pkg/archive/archive.go#L825
 *
 * Something the spec is not clear about, but we discovered by reading source code
 * and testing against the "docker build" command, is the handling of backslashes and
 * forward slashes as path separators and escape characters in the .dockerignore file
 * across platforms including Windows, Linux and macOS:
 *
 * * On Linux and macOS, only forward slashes can be used as path separators in the
 *   .dockerignore file, and the backslash works as an escape character.
 * * On Windows, both forward slashes and backslashes are allowed as path separators
 *   in the .dockerignore file, and the backslash is not used as an escape character.
 *
 * This is consistent with how Windows works generally: both forward slashes and
 * backslashes are accepted as path separators by the cmd.exe Command Prompt or
 * PowerShell, and by library functions like the Golang filepath.Clean or the
 * Node.js path.normalize.
 *
 * Similarly, path strings provided to the IgnoreBase.ignores() and IgnoreBase.filter()
 * methods can use either forward slashes or backslashes as path separators on Windows,
 * but only forward slashes are accepted as path separators on Linux and macOS.
 */

const path = __webpack_require__(6928);

const factory = options => new IgnoreBase(options); // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L538-L539
// Fixes typescript module import


factory.default = factory;
module.exports = factory;

function make_array(subject) {
  return Array.isArray(subject) ? subject : [subject];
}

const REGEX_TRAILING_SLASH = /(?<=.)\/$/;
const REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/;
const REGEX_TRAILING_PATH_SEP = path.sep === '\\' ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH;
const KEY_IGNORE = typeof Symbol !== 'undefined' ? Symbol.for('dockerignore') : 'dockerignore'; // An implementation of Go's filepath.Clean
// https://golang.org/pkg/path/filepath/#Clean
// https://github.com/golang/go/blob/master/src/path/filepath/path.go
// Note that, like Go, on Windows this function converts forward slashes
// to backslashes.

function cleanPath(file) {
  return path.normalize(file).replace(REGEX_TRAILING_PATH_SEP, '');
} // Javascript port of Golang's filepath.ToSlash
// https://golang.org/pkg/path/filepath/#ToSlash
// https://github.com/golang/go/blob/master/src/path/filepath/path.go
// Convert any OS-specific path separator to '/'. Backslash is converted
// to forward slash on Windows, but not on Linux/macOS.
// Note that both forward slashes and backslashes are valid path separators on
// Windows. As a result, code such as `pattern.split(path.sep).join('/')` fails
// on Windows when forward slashes are used as path separators.


function toSlash(file) {
  if (path.sep === '/') {
    return file;
  }

  return file.replace(/\\/g, '/');
} // Javascript port of Golang's filepath.FromSlash
// https://github.com/golang/go/blob/master/src/path/filepath/path.go


function fromSlash(file) {
  if (path.sep === '/') {
    return file;
  }

  return file.replace(/\//g, path.sep);
}

class IgnoreBase {
  constructor({
    // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L372
    ignorecase = true
  } = {}) {
    this._rules = [];
    this._ignorecase = ignorecase;
    this[KEY_IGNORE] = true;

    this._initCache();
  }

  _initCache() {
    this._cache = {};
  } // @param {Array.<string>|string|Ignore} pattern


  add(pattern) {
    this._added = false;

    if (typeof pattern === 'string') {
      pattern = pattern.split(/\r?\n/g);
    }

    make_array(pattern).forEach(this._addPattern, this); // Some rules have just added to the ignore,
    // making the behavior changed.

    if (this._added) {
      this._initCache();
    }

    return this;
  } // legacy


  addPattern(pattern) {
    return this.add(pattern);
  }

  _addPattern(pattern) {
    // https://github.com/kaelzhang/node-ignore/issues/32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules);
      this._added = true;
      return;
    }

    if (this._checkPattern(pattern)) {
      const rule = this._createRule(pattern.trim());

      if (rule !== null) {
        this._added = true;

        this._rules.push(rule);
      }
    }
  }

  _checkPattern(pattern) {
    // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L34-L40
    return pattern && typeof pattern === 'string' && pattern.indexOf('#') !== 0 && pattern.trim() !== "";
  }

  filter(paths) {
    return make_array(paths).filter(path => this._filter(path));
  }

  createFilter() {
    return path => this._filter(path);
  }

  ignores(path) {
    return !this._filter(path);
  } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L41-L53
  // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L29-L55


  _createRule(pattern) {
    const origin = pattern;
    let negative = false; // > An optional prefix "!" which negates the pattern;
    // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L43-L46

    if (pattern[0] === '!') {
      negative = true;
      pattern = pattern.substring(1).trim();
    } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L47-L53


    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      pattern = toSlash(pattern);

      if (pattern.length > 1 && pattern[0] === '/') {
        pattern = pattern.slice(1);
      }
    } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L54-L55


    if (negative) {
      pattern = '!' + pattern;
    } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L30


    pattern = pattern.trim();

    if (pattern === "") {
      return null;
    } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L34
    // convert forward slashes to backslashes on Windows


    pattern = cleanPath(pattern); // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L36-L42

    if (pattern[0] === '!') {
      if (pattern.length === 1) {
        return null;
      }

      negative = true;
      pattern = pattern.substring(1);
    } else {
      negative = false;
    }

    return {
      origin,
      pattern,
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L54
      dirs: pattern.split(path.sep),
      negative
    };
  } // @returns `Boolean` true if the `path` is NOT ignored


  _filter(path) {
    if (!path) {
      return false;
    }

    if (path in this._cache) {
      return this._cache[path];
    }

    return this._cache[path] = this._test(path);
  } // @returns {Boolean} true if a file is NOT ignored
  // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62


  _test(file) {
    file = fromSlash(file); // equivalent to golang filepath.Dir() https://golang.org/src/path/filepath/path.go

    const parentPath = cleanPath(path.dirname(file));
    const parentPathDirs = parentPath.split(path.sep);
    let matched = false;

    this._rules.forEach(rule => {
      let match = this._match(file, rule); // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L80


      if (!match && parentPath !== ".") {
        // Check to see if the pattern matches one of our parent dirs.
        if (rule.dirs.includes('**')) {
          // Ah shucks! We have to test every possible parent path that has 
          // a number of dirs _n_ where 
          // `rule.dirs.filter(doubleStar).length <= _n_ <= parentPathDirs.length`
          // since the ** can imply any number of directories including 0
          for (let i = rule.dirs.filter(x => x !== '**').length; i <= parentPathDirs.length; i++) {
            match = match || this._match(parentPathDirs.slice(0, i).join(path.sep), rule);
          }
        } else if (rule.dirs.length <= parentPathDirs.length) {
          // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L83
          match = this._match(parentPathDirs.slice(0, rule.dirs.length).join(path.sep), rule);
        }
      }

      if (match) {
        matched = !rule.negative;
      }
    });

    return !matched;
  } // @returns {Boolean} true if a file is matched by a rule


  _match(file, rule) {
    return this._compile(rule).regexp.test(file);
  } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L139


  _compile(rule) {
    if (rule.regexp) {
      return rule;
    }

    let regStr = '^'; // Go through the pattern and convert it to a regexp.

    let escapedSlash = path.sep === '\\' ? '\\\\' : path.sep;

    for (let i = 0; i < rule.pattern.length; i++) {
      const ch = rule.pattern[i];

      if (ch === '*') {
        if (rule.pattern[i + 1] === '*') {
          // is some flavor of "**"
          i++; // Treat **/ as ** so eat the "/"

          if (rule.pattern[i + 1] === path.sep) {
            i++;
          }

          if (rule.pattern[i + 1] === undefined) {
            // is "**EOF" - to align with .gitignore just accept all
            regStr += ".*";
          } else {
            // is "**"
            // Note that this allows for any # of /'s (even 0) because
            // the .* will eat everything, even /'s
            regStr += `(.*${escapedSlash})?`;
          }
        } else {
          // is "*" so map it to anything but "/"
          regStr += `[^${escapedSlash}]*`;
        }
      } else if (ch === '?') {
        // "?" is any char except "/"
        regStr += `[^${escapedSlash}]`;
      } else if (ch === '.' || ch === '$') {
        // Escape some regexp special chars that have no meaning
        // in golang's filepath.Match
        regStr += `\\${ch}`;
      } else if (ch === '\\') {
        // escape next char. Note that a trailing \ in the pattern
        // will be left alone (but need to escape it)
        if (path.sep === '\\') {
          // On windows map "\" to "\\", meaning an escaped backslash,
          // and then just continue because filepath.Match on
          // Windows doesn't allow escaping at all
          regStr += escapedSlash;
          continue;
        }

        if (rule.pattern[i + 1] !== undefined) {
          regStr += '\\' + rule.pattern[i + 1];
          i++;
        } else {
          regStr += '\\';
        }
      } else {
        regStr += ch;
      }
    }

    regStr += "$";
    rule.regexp = new RegExp(regStr, this._ignorecase ? 'i' : '');
    return rule;
  }

}


/***/ }),

/***/ 6026:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ parseBuildxMetadata)
/* harmony export */ });
/* unused harmony export BuildxMetadataError */
/**
 * The file `docker buildx build --metadata-file` writes: a JSON object whose
 * `containerimage.digest` is the digest of what was exported (pushed), a manifest or, with
 * attestations or several platforms, an index. `containerimage.descriptor` repeats it with
 * its media type; `image.name` lists the pushed names, comma-separated.
 *
 * Read by hand rather than through @docker/actions-toolkit: its `Build.resolveDigest` is this
 * one property lookup, and importing it bundles ~4.6 MB (handlebars, csv-parse, @actions/artifact
 * deps…) and creates a temporary directory as a side effect of `import`.
 */
const SHA256 = /^sha256:[a-f0-9]{64}$/;
class BuildxMetadataError extends Error {
    constructor(file, reason) {
        super(`buildx metadata file ${file}: ${reason}`);
        this.name = 'BuildxMetadataError';
    }
}
function stringField(object, key) {
    const value = object[key];
    return typeof value === 'string' ? value : undefined;
}
/** Parses the metadata file's text; `file` is only for messages. */
function parseBuildxMetadata(text, file) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new BuildxMetadataError(file, `not JSON (${error.message})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new BuildxMetadataError(file, 'expected a JSON object (buildx writes `null` when the build exported nothing)');
    }
    const object = parsed;
    const digest = stringField(object, 'containerimage.digest');
    if (digest === undefined) {
        throw new BuildxMetadataError(file, 'no "containerimage.digest": the build exported no image (was --push or --load given?)');
    }
    if (!SHA256.test(digest))
        throw new BuildxMetadataError(file, `"containerimage.digest" is "${digest}", not a sha256 digest`);
    let mediaType;
    const descriptor = object['containerimage.descriptor'];
    if (typeof descriptor === 'object' && descriptor !== null) {
        const d = descriptor;
        const descriptorDigest = stringField(d, 'digest');
        if (descriptorDigest !== undefined && descriptorDigest !== digest) {
            throw new BuildxMetadataError(file, `"containerimage.descriptor" names ${descriptorDigest} but "containerimage.digest" is ${digest}`);
        }
        mediaType = stringField(d, 'mediaType');
    }
    const configDigest = stringField(object, 'containerimage.config.digest');
    const buildRef = stringField(object, 'buildx.build.ref');
    const names = (stringField(object, 'image.name') ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '');
    return {
        digest,
        names,
        ...(mediaType === undefined ? {} : { mediaType }),
        ...(configDigest === undefined ? {} : { configDigest }),
        ...(buildRef === undefined ? {} : { buildRef }),
    };
}


/***/ }),

/***/ 6402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ BuildxBuilder)
/* harmony export */ });
/* unused harmony export probeBuildx */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4688);
/* harmony import */ var _arguments_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7892);
/* harmony import */ var _buildx_metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6026);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66);
/* harmony import */ var _log_lines_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2604);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8165);
/* harmony import */ var _registries_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4465);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9109);
/**
 * `docker buildx build --push --metadata-file …`: the default on GitHub's runners. BuildKit
 * pushes while it exports, and says what it pushed in the metadata file, so the digest is read
 * there (see buildx-metadata.ts).
 *
 * Availability is probed, not assumed: `docker buildx version` proves the plugin is there, and
 * `docker buildx inspect` that the current builder instance answers.
 */










const INSTALL_HINT = 'Install the buildx plugin (https://github.com/docker/buildx#installing; on GitHub Actions, add docker/setup-buildx-action), or choose `builder: docker` or `builder: buildah`.';
function firstLine(text) {
    return (text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '') ?? 'no output');
}
async function probeUncached(docker, env) {
    let version;
    try {
        version = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(docker, ['buildx', 'version'], { env, timeoutMs: 30_000 });
    }
    catch (error) {
        return { usable: false, reason: error.message };
    }
    if (version.exitCode !== 0)
        return { usable: false, reason: `\`docker buildx version\` failed: ${firstLine(version.stderr || version.stdout)}` };
    // `github.com/docker/buildx v0.12.1 30feaa1…`
    const versionText = version.stdout.trim().split(/\s+/)[1] ?? version.stdout.trim();
    const inspect = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(docker, ['buildx', 'inspect'], { env, timeoutMs: 60_000 });
    if (inspect.exitCode !== 0)
        return { usable: false, reason: `buildx ${versionText} is installed but its builder does not answer: ${firstLine(inspect.stderr)}` };
    const name = /^Name:\s*(\S+)/m.exec(inspect.stdout)?.[1] ?? 'default';
    const driver = /^Driver:\s*(\S+)/m.exec(inspect.stdout)?.[1] ?? 'unknown';
    return { usable: true, version: versionText, builderInstance: name, driver, detail: `buildx ${versionText}, builder "${name}" (${driver} driver)` };
}
const probes = new Map();
function probeBuildx(options = {}) {
    const docker = options.docker ?? 'docker';
    const env = options.env ?? process.env;
    const key = JSON.stringify([docker, env['DOCKER_HOST'] ?? '', env['DOCKER_CONTEXT'] ?? '', env['BUILDX_BUILDER'] ?? '', env['DOCKER_CONFIG'] ?? '']);
    let probe = probes.get(key);
    if (!probe) {
        probe = probeUncached(docker, env);
        probes.set(key, probe);
    }
    return probe;
}
class BuildxBuilder {
    name = 'buildx';
    description;
    /**
     * The builder instance's driver (`docker`, `docker-container`, `kubernetes`, `remote`). The
     * `docker` driver cannot export a build cache (unless dockerd uses the containerd image store),
     * so the default cache-to depends on it.
     */
    driver;
    docker;
    env;
    constructor(options, probe) {
        this.docker = options.docker ?? 'docker';
        this.env = options.env ?? process.env;
        this.driver = probe.driver;
        this.description = `buildx: ${probe.detail}`;
    }
    static async create(options = {}) {
        const probe = await probeBuildx(options);
        if (!probe.usable)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .BuilderUnavailableError */ .yk('buildx', probe.reason, INSTALL_HINT);
        return new BuildxBuilder(options, probe);
    }
    async build(request) {
        if (request.tags.length === 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .UnsupportedBuildRequestError */ .Lx('buildx', request.image, 'no tag was given');
        const start = performance.now();
        const log = new _log_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .LogLines */ .K(request.onLog);
        // Only registries listed as insecure get `registry.insecure`: loopback ones are already
        // plain HTTP to dockerd (the `docker` driver) and to BuildKit's resolver (localhost rule).
        const listed = new Set((request.insecureRegistries ?? []).map((h) => h.trim().toLowerCase()));
        const insecurePush = request.tags.some((tag) => listed.has((0,_registries_js__WEBPACK_IMPORTED_MODULE_8__/* .registryOf */ .Fv)(tag).toLowerCase()));
        return (0,_process_js__WEBPACK_IMPORTED_MODULE_7__/* .withScratchDir */ .Cc)(async (dir) => {
            const files = { metadataFile: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'metadata.json'), iidFile: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'iid') };
            const built = await (0,_process_js__WEBPACK_IMPORTED_MODULE_7__/* .runLogged */ .Eb)(log, this.docker, (0,_arguments_js__WEBPACK_IMPORTED_MODULE_3__/* .buildxArguments */ .Xm)(request, files, insecurePush), { env: this.env });
            if (built.exitCode !== 0) {
                const dockerfileText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(request.dockerfile, 'utf8').catch(() => '');
                throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .BuildFailedError */ .Wu({
                    image: request.image,
                    builder: 'buildx',
                    phase: 'build',
                    reason: `docker buildx build exited with ${built.exitCode}: ${log.lastLines().at(-1) ?? 'no output'}`,
                    logTail: log.lastLines(),
                    dockerfile: request.dockerfile,
                    dockerfileLine: (0,_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .failingDockerfileLine */ .zU)('buildkit', log.lines(), dockerfileText),
                });
            }
            if (!request.push) {
                const imageId = await (0,_process_js__WEBPACK_IMPORTED_MODULE_7__/* .readWrittenValue */ .HR)(files.iidFile);
                if (imageId === undefined)
                    throw new Error(`docker buildx build --load of ${request.image} wrote no image ID to --iidfile`);
                return { pushed: false, imageId, image: request.image, builder: 'buildx', durationMs: (0,_process_js__WEBPACK_IMPORTED_MODULE_7__/* .elapsedSince */ .lP)(start), logTail: log.lastLines() };
            }
            const metadata = (0,_buildx_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBuildxMetadata */ .V)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(files.metadataFile, 'utf8'), files.metadataFile);
            log.note(`pushed ${request.tags.join(', ')} as ${metadata.digest}${metadata.mediaType ? ` (${metadata.mediaType})` : ''}`);
            return { pushed: true, digest: metadata.digest, image: request.image, builder: 'buildx', durationMs: (0,_process_js__WEBPACK_IMPORTED_MODULE_7__/* .elapsedSince */ .lP)(start), logTail: log.lastLines() };
        });
    }
}


/***/ }),

/***/ 1702:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ DockerBuilder)
/* harmony export */ });
/* unused harmony exports probeDocker, pushedDigestFromRepoDigests */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4688);
/* harmony import */ var _arguments_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7892);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66);
/* harmony import */ var _log_lines_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2604);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8165);
/* harmony import */ var _registries_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4465);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9109);
/**
 * The classic `docker build`, then `docker push` of every tag.
 *
 * BuildKit or the legacy builder is found out, not assumed: with DOCKER_BUILDKIT=1 a docker CLI
 * ≥ 23 needs the buildx plugin (and fails without it), while a 20.10 CLI carries BuildKit
 * itself. So a tiny `FROM scratch` build is tried once per process and CLI, first with BuildKit,
 * then without, and the answer is kept.
 *
 * The pushed digest is read from the daemon's RepoDigests after the push (machine-readable),
 * never from the push's progress text.
 */










const INSTALL_HINT = 'Install Docker (e.g. `apt-get install -y docker.io`) and start its daemon so that `docker info` answers, or choose `builder: buildah`.';
function firstMeaningfulLine(text) {
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/^DEPRECATED:|^\s*BuildKit is currently disabled|^\s*environment-variable/.test(l));
    const error = lines.find((l) => /error/i.test(l));
    return error ?? lines[0] ?? 'no output';
}
async function tryProbeBuild(docker, env, mode) {
    return (0,_process_js__WEBPACK_IMPORTED_MODULE_7__/* .withScratchDir */ .Cc)(async (dir) => {
        const context = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'context');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(context);
        // A unique label gives each probe its own image ID: two processes probing at once would
        // otherwise build the same ID, and one's clean-up would delete the other's image mid-build.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(context, 'Dockerfile'), `FROM scratch\nLABEL io.image-actions.probe=${mode}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}\n`);
        const iidFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'iid');
        const args = ['build', ...(mode === 'buildkit' ? ['--progress=plain'] : []), '--iidfile', iidFile, context];
        const result = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)(docker, args, { env: (0,_process_js__WEBPACK_IMPORTED_MODULE_7__/* .envWith */ .g1)({ DOCKER_BUILDKIT: mode === 'buildkit' ? '1' : '0' }, env), timeoutMs: 120_000 });
        const imageId = await (0,_process_js__WEBPACK_IMPORTED_MODULE_7__/* .readWrittenValue */ .HR)(iidFile);
        if (imageId !== undefined)
            await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)(docker, ['image', 'rm', imageId], { env });
        return result.exitCode === 0 && imageId !== undefined ? { ok: true } : { ok: false, why: firstMeaningfulLine(`${result.stderr}\n${result.stdout}`) };
    });
}
async function probeUncached(docker, env) {
    let versions;
    try {
        versions = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)(docker, ['version', '--format', '{{.Client.Version}} {{.Server.Version}}'], { env, timeoutMs: 30_000 });
    }
    catch (error) {
        return { usable: false, reason: error.message };
    }
    const [clientVersion = '', serverVersion = ''] = versions.stdout.trim().split(/\s+/);
    if (versions.exitCode !== 0 || serverVersion === '') {
        return { usable: false, reason: `the Docker daemon does not answer (${firstMeaningfulLine(versions.stderr || versions.stdout)})` };
    }
    // DOCKER_BUILDKIT=0 set by the user is their choice of the legacy builder: honoured, not probed.
    const userChoseLegacy = env['DOCKER_BUILDKIT'] === '0' || env['DOCKER_BUILDKIT']?.toLowerCase() === 'false';
    const buildkit = userChoseLegacy ? { ok: false, why: 'DOCKER_BUILDKIT=0 is set' } : await tryProbeBuild(docker, env, 'buildkit');
    if (buildkit.ok) {
        return { usable: true, mode: 'buildkit', clientVersion, serverVersion, detail: `BuildKit (docker CLI ${clientVersion}, daemon ${serverVersion})` };
    }
    const legacy = await tryProbeBuild(docker, env, 'legacy');
    if (legacy.ok) {
        return {
            usable: true,
            mode: 'legacy',
            clientVersion,
            serverVersion,
            detail: `legacy builder, as BuildKit did not work: ${buildkit.why} (docker CLI ${clientVersion}, daemon ${serverVersion})`,
        };
    }
    return { usable: false, reason: `a test build failed with BuildKit (${buildkit.why}) and without it (${legacy.why})` };
}
const probes = new Map();
/** What `docker build` can do here; probed once per process for each CLI and daemon. */
function probeDocker(options = {}) {
    const docker = options.docker ?? 'docker';
    const env = options.env ?? process.env;
    const key = JSON.stringify([docker, env['DOCKER_HOST'] ?? '', env['DOCKER_CONTEXT'] ?? '', env['DOCKER_CONFIG'] ?? '', env['DOCKER_BUILDKIT'] ?? '']);
    let probe = probes.get(key);
    if (!probe) {
        probe = probeUncached(docker, env);
        probes.set(key, probe);
    }
    return probe;
}
async function repoDigests(docker, env, imageId) {
    const result = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)(docker, ['image', 'inspect', '--format', '{{json .RepoDigests}}', imageId], { env });
    if (result.exitCode !== 0)
        throw new Error(`docker image inspect ${imageId} failed: ${firstMeaningfulLine(result.stderr)}`);
    const parsed = JSON.parse(result.stdout.trim() || '[]');
    return Array.isArray(parsed) ? parsed.filter((d) => typeof d === 'string') : [];
}
function digestsIn(repository, entries) {
    const digests = new Set();
    for (const entry of entries) {
        const at = entry.lastIndexOf('@');
        if (at < 0)
            continue;
        let entryRepository;
        try {
            entryRepository = (0,_registries_js__WEBPACK_IMPORTED_MODULE_8__/* .repositoryOf */ ._M)(entry);
        }
        catch {
            continue;
        }
        if (entryRepository === repository)
            digests.add(entry.slice(at + 1));
    }
    return digests;
}
/**
 * The digest the pushed repositories hold, from RepoDigests before and after the push. A
 * repository normally has one entry per image; when the image was pushed there before in
 * another form (other compression) there are several, and the one this push added is taken.
 */
function pushedDigestFromRepoDigests(tags, before, after) {
    const repositories = [...new Set(tags.map(_registries_js__WEBPACK_IMPORTED_MODULE_8__/* .repositoryOf */ ._M))];
    const found = new Map();
    for (const repository of repositories) {
        const candidates = digestsIn(repository, after);
        const added = [...candidates].filter((d) => !digestsIn(repository, before).has(d));
        const digest = candidates.size === 1 ? [...candidates][0] : added.length === 1 ? added[0] : undefined;
        if (digest === undefined) {
            throw new Error(candidates.size === 0
                ? `docker reports no digest for ${repository} after the push (RepoDigests: ${JSON.stringify(after)})`
                : `docker reports several digests for ${repository} (${[...candidates].join(', ')}) and cannot tell which one this push wrote`);
        }
        found.set(repository, digest);
    }
    const distinct = new Set(found.values());
    if (distinct.size !== 1) {
        throw new Error(`the pushed repositories hold different digests: ${[...found].map(([r, d]) => `${r}@${d}`).join(', ')}`);
    }
    return [...distinct][0];
}
class DockerBuilder {
    probe;
    name = 'docker';
    description;
    /** The docker CLI and its environment, for whoever works on the same daemon (the layer cache). */
    docker;
    env;
    constructor(options, probe) {
        this.probe = probe;
        this.docker = options.docker ?? 'docker';
        this.env = options.env ?? process.env;
        this.description = `docker: ${probe.detail}`;
    }
    /** A docker builder once the probe says `docker build` works here; else BuilderUnavailableError. */
    static async create(options = {}) {
        const probe = await probeDocker(options);
        if (!probe.usable)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .BuilderUnavailableError */ .yk('docker', probe.reason, INSTALL_HINT);
        return new DockerBuilder(options, probe);
    }
    get mode() {
        return this.probe.mode;
    }
    async build(request) {
        if (request.platforms.length > 1) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .UnsupportedBuildRequestError */ .Lx('docker', request.image, `the classic docker builder makes one platform per build, and ${request.platforms.join(', ')} were asked for. Use \`builder: buildx\` or \`builder: buildah\` for multi-platform images.`);
        }
        if (request.tags.length === 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .UnsupportedBuildRequestError */ .Lx('docker', request.image, 'no tag was given');
        const start = performance.now();
        const log = new _log_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .LogLines */ .K(request.onLog);
        const env = (0,_process_js__WEBPACK_IMPORTED_MODULE_7__/* .envWith */ .g1)({ DOCKER_BUILDKIT: this.mode === 'buildkit' ? '1' : '0' }, this.env);
        return (0,_process_js__WEBPACK_IMPORTED_MODULE_7__/* .withScratchDir */ .Cc)(async (dir) => {
            const iidFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'iid');
            const built = await (0,_process_js__WEBPACK_IMPORTED_MODULE_7__/* .runLogged */ .Eb)(log, this.docker, (0,_arguments_js__WEBPACK_IMPORTED_MODULE_4__/* .dockerBuildArguments */ .lC)(request, this.mode, iidFile), { env });
            if (built.exitCode !== 0) {
                const dockerfileText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(request.dockerfile, 'utf8').catch(() => '');
                throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .BuildFailedError */ .Wu({
                    image: request.image,
                    builder: 'docker',
                    phase: 'build',
                    reason: `docker build exited with ${built.exitCode}: ${log.lastLines().at(-1) ?? 'no output'}`,
                    logTail: log.lastLines(),
                    dockerfile: request.dockerfile,
                    dockerfileLine: (0,_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .failingDockerfileLine */ .zU)(this.mode, log.lines(), dockerfileText),
                });
            }
            const imageId = await (0,_process_js__WEBPACK_IMPORTED_MODULE_7__/* .readWrittenValue */ .HR)(iidFile);
            if (imageId === undefined)
                throw new Error(`docker build of ${request.image} succeeded but wrote no image ID to --iidfile`);
            if (!request.push) {
                return { pushed: false, imageId, image: request.image, builder: 'docker', durationMs: (0,_process_js__WEBPACK_IMPORTED_MODULE_7__/* .elapsedSince */ .lP)(start), logTail: log.lastLines() };
            }
            const before = await repoDigests(this.docker, this.env, imageId);
            for (const tag of request.tags) {
                const pushed = await (0,_process_js__WEBPACK_IMPORTED_MODULE_7__/* .runLogged */ .Eb)(log, this.docker, ['push', tag], { env: this.env });
                if (pushed.exitCode !== 0) {
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .BuildFailedError */ .Wu({
                        image: request.image,
                        builder: 'docker',
                        phase: 'push',
                        reason: `docker push ${tag} exited with ${pushed.exitCode}: ${log.lastLines().at(-1) ?? 'no output'}`,
                        logTail: log.lastLines(),
                        dockerfile: request.dockerfile,
                    });
                }
            }
            const after = await repoDigests(this.docker, this.env, imageId);
            const digest = pushedDigestFromRepoDigests(request.tags, before, after);
            log.note(`pushed ${request.tags.join(', ')} as ${digest}`);
            return { pushed: true, digest, image: request.image, builder: 'docker', durationMs: (0,_process_js__WEBPACK_IMPORTED_MODULE_7__/* .elapsedSince */ .lP)(start), logTail: log.lastLines() };
        });
    }
}


/***/ }),

/***/ 4344:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $y: () => (/* binding */ describeEstimates),
  h1: () => (/* binding */ durationsCacheKey),
  Yy: () => (/* binding */ measuredDurations),
  sZ: () => (/* binding */ openImageCache),
  G7: () => (/* binding */ restoreDurations),
  nz: () => (/* binding */ saveDurations)
});

// UNUSED EXPORTS: DURATIONS_RESTORE_KEY, buildxCacheFor, defaultBuildxCache, expandCacheSpec, layerCacheKeys, parseCacheSpecs

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/adapters/builders/buildx.js
var buildx = __webpack_require__(6402);
// EXTERNAL MODULE: ./lib/src/adapters/builders/buildah.js
var buildah = __webpack_require__(3229);
// EXTERNAL MODULE: ./lib/src/adapters/builders/docker.js
var docker = __webpack_require__(1702);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/src/adapters/process/run.js
var run = __webpack_require__(4688);
// EXTERNAL MODULE: ./lib/src/adapters/builders/arguments.js
var builders_arguments = __webpack_require__(7892);
;// CONCATENATED MODULE: ./lib/src/adapters/cache/buildah-layers.js
/**
 * The layer cache of `buildah bud --layers`: the images buildah committed or reused for the
 * steps of a build, pushed into one OCI layout directory (blobs shared between them) and pulled
 * back into the store before the next build of the image.
 *
 * Why that gives cache hits: with `--layers`, buildah reuses a step when its store holds an
 * image whose top layer sits on the current one and whose history matches the Dockerfile so far.
 * Pulled from an OCI layout, the images keep their IDs (the config digest), history and layer
 * chain, so a fresh store answers like the one that built them. The final image alone would not
 * do: buildah looks for the image of each step.
 *
 * Which images those are:
 * - the steps it reused it names in its output (`--> Using cache <full ID>`);
 * - the steps it committed it names only without `--iidfile`, which the builder needs; so the
 *   store's unnamed images are listed before and after the build, and the new ones taken. That
 *   covers every stage of a multi-stage Dockerfile. Another build running in the same store at
 *   the same time adds its own step images to the difference: they are saved too, which costs
 *   space in the cache but never a wrong hit (a hit needs the same history).
 *
 * Layers are pushed uncompressed: the cache store compresses the whole directory anyway.
 *
 * buildah names an image pulled from an OCI layout after the layout's path (`localhost/<path>`),
 * which must then be a valid reference: lowercase, no `_temp` (RUNNER_TEMP) components. So the
 * pull goes through a symbolic link at a path that is, one per image (the name moves to the last
 * image pulled, so a store keeps at most one such name per image). The name is never removed:
 * `buildah rmi` of an image's only name deletes the image, and its unnamed parents with it.
 */






const LAYOUT = 'oci';
const MANIFEST = 'buildah-layers.json';
const IMAGE_ID = /^[0-9a-f]{64}$/;
const REUSED_STEP = /^--> Using cache ([0-9a-f]{64})$/;
/** A path whose every component is a valid repository path component. */
const REFERENCE_PATH = /^(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+$/;
/**
 * Where the layout of `image` is linked for pulling: a path that makes a valid image name, the
 * same for every run of this user (so the names it leaves in the store do not pile up).
 */
function layoutLinkPath(image, temporary = (0,external_node_os_.tmpdir)(), uid = process.getuid?.() ?? 0) {
    const base = REFERENCE_PATH.test(temporary) ? temporary : '/tmp';
    const component = image
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[._-]+|[._-]+$/g, '') || 'image';
    return (0,external_node_path_.join)(base, `image-actions-layers-${uid}`, component);
}
/** The images of the steps a `buildah bud --layers` output says it reused, in order, once each. */
function buildahReusedImages(lines) {
    const ids = [];
    for (const line of lines) {
        const id = REUSED_STEP.exec(line.trim())?.[1];
        if (id !== undefined && !ids.includes(id))
            ids.push(id);
    }
    return ids;
}
/**
 * The IDs of the images without a name in `buildah images --all --no-trunc --format '{{.ID}}
 * {{.Name}}'` output (one row per name, `<none>` for an image that has none): step images, as
 * opposed to tagged results and pulled bases.
 */
function unnamedImages(listing) {
    const named = new Set();
    const all = new Set();
    for (const row of listing.split('\n')) {
        const [rawId, name] = row.trim().split(/\s+/);
        const id = rawId?.replace(/^sha256:/, '');
        if (id === undefined || !IMAGE_ID.test(id))
            continue;
        all.add(id);
        if (name !== undefined && name !== '<none>')
            named.add(id);
    }
    return new Set([...all].filter((id) => !named.has(id)));
}
function errorLine(result) {
    const lines = `${result.stdout}\n${result.stderr}`.split('\n').map((l) => l.trim()).filter(Boolean);
    return lines.findLast((l) => /^error\b/i.test(l)) ?? lines.at(-1) ?? `exit code ${result.exitCode}`;
}
class BuildahLayers {
    options;
    description = 'the images of the build steps (buildah --layers, kept as an OCI layout)';
    constructor(options) {
        this.options = options;
    }
    buildah(args) {
        return (0,run/* run */.eF)(this.options.buildah, [...(0,builders_arguments/* buildahGlobalArguments */.T)(this.options.setup), ...args], { env: this.options.env });
    }
    async stepImages() {
        const listed = await this.buildah(['images', '--all', '--no-trunc', '--format', '{{.ID}} {{.Name}}']);
        if (listed.exitCode !== 0)
            throw new Error(`buildah images failed: ${errorLine(listed)}`);
        return unnamedImages(listed.stdout);
    }
    async prepare(dir, image) {
        if (dir !== undefined)
            await this.load(dir, image);
        const before = await this.stepImages();
        return {
            cache: {},
            save: async (into, built) => {
                const after = await this.stepImages();
                const images = [...new Set([...buildahReusedImages(built.lines), ...[...after].filter((id) => !before.has(id))])];
                return this.save(into, images);
            },
            release: () => Promise.resolve(),
        };
    }
    async load(dir, image) {
        const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, MANIFEST), 'utf8'));
        const images = Array.isArray(manifest.images) ? manifest.images : [];
        if (images.length === 0 || !images.every((id) => typeof id === 'string' && IMAGE_ID.test(id))) {
            throw new Error(`${MANIFEST} lists no image IDs`);
        }
        const link = layoutLinkPath(image);
        await (0,promises_.mkdir)((0,external_node_path_.join)(link, '..'), { recursive: true });
        // Linked under a temporary name and renamed over the old link: one step, even if another
        // process restores the same image now.
        const temporary = `${link}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
        await (0,promises_.symlink)((0,external_node_path_.join)(dir, LAYOUT), temporary);
        await (0,promises_.rename)(temporary, link);
        try {
            for (const id of images) {
                // `always`: with `missing`, the name an earlier restore left would make buildah skip the pull.
                const pulled = await this.buildah(['pull', '--quiet', '--policy', 'always', `oci:${link}:${id}`]);
                if (pulled.exitCode !== 0)
                    throw new Error(`buildah pull of cached image ${id.slice(0, 12)} failed: ${errorLine(pulled)}`);
            }
        }
        finally {
            await (0,promises_.rm)(link, { force: true });
        }
    }
    async save(dir, images) {
        if (images.length === 0)
            return false;
        for (const id of images) {
            const pushed = await this.buildah(['push', '--quiet', '--disable-compression', id, `oci:${(0,external_node_path_.join)(dir, LAYOUT)}:${id}`]);
            if (pushed.exitCode !== 0)
                throw new Error(`buildah push of ${id.slice(0, 12)} to the layer cache failed: ${errorLine(pushed)}`);
        }
        const manifest = { images };
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, MANIFEST), `${JSON.stringify(manifest)}\n`);
        return true;
    }
}

;// CONCATENATED MODULE: ./lib/src/adapters/cache/docker-layers.js
/**
 * The layer cache of classic `docker build`: the built image, `docker save`d under a tag of its
 * own, and `docker load`ed before the next build of the image, which names it in `--cache-from`.
 *
 * Why that gives cache hits:
 * - the legacy builder, given `--cache-from`, reuses a step when the named image's history and
 *   layers match the build so far (it rebuilds the intermediate image from them), so the final
 *   image alone is enough, with no intermediate images;
 * - BuildKit (docker 20.10, or a newer CLI with buildx) reads a local image named in
 *   `--cache-from` through the cache metadata the image carries inline, which a build writes
 *   only when asked (`BUILDKIT_INLINE_CACHE=1`): so every cached build asks for it.
 *
 * The cache tag is removed again right after `docker save` and after the build: the daemon may
 * be shared, and only references we made are ever removed (by reference, never by ID).
 */



const ARCHIVE = 'image.tar';
const docker_layers_MANIFEST = 'docker-layers.json';
const CACHE_REPOSITORY = 'image-actions-cache';
const CACHE_REFERENCE = /^image-actions-cache\/[a-z0-9]+(?:[._-][a-z0-9]+)*:[0-9a-f]{16}$/;
/** `image-actions-cache/<image>:<16 hex of the build key>`: a name only the layer cache uses. */
function dockerCacheReference(image, buildKey) {
    const name = image
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[._-]+|[._-]+$/g, '')
        .replace(/[._-]{2,}/g, '-') || 'image';
    return `${CACHE_REPOSITORY}/${name}:${buildKey.slice(0, 16)}`;
}
function meaningful(result) {
    const lines = `${result.stderr}\n${result.stdout}`.split('\n').map((l) => l.trim()).filter(Boolean);
    return lines.find((l) => /error/i.test(l)) ?? lines.at(-1) ?? `exit code ${result.exitCode}`;
}
class DockerLayers {
    options;
    description;
    constructor(options) {
        this.options = options;
        this.description =
            options.mode === 'buildkit'
                ? 'the built image (docker save/load, BuildKit inline cache, --cache-from)'
                : 'the built image (docker save/load, --cache-from for the legacy builder)';
    }
    docker(args) {
        return (0,run/* run */.eF)(this.options.docker, args, { env: this.options.env });
    }
    async prepare(dir) {
        const inline = this.options.mode === 'buildkit';
        const save = (into, built) => this.save(into, built);
        if (dir === undefined)
            return { cache: { inline }, save, release: () => Promise.resolve() };
        const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, docker_layers_MANIFEST), 'utf8'));
        // The reference goes to docker as an argument and is removed after the build: only a name
        // of our own cache repository is accepted from a restored file.
        if (typeof manifest.reference !== 'string' || !CACHE_REFERENCE.test(manifest.reference)) {
            throw new Error(`${docker_layers_MANIFEST} names no image-actions-cache reference`);
        }
        const reference = manifest.reference;
        const loaded = await this.docker(['load', '--quiet', '--input', (0,external_node_path_.join)(dir, ARCHIVE)]);
        if (loaded.exitCode !== 0)
            throw new Error(`docker load failed: ${meaningful(loaded)}`);
        return {
            cache: { from: [reference], inline },
            save,
            release: async () => {
                await this.docker(['image', 'rm', reference]).catch(() => undefined);
            },
        };
    }
    async save(dir, built) {
        const reference = dockerCacheReference(built.image, built.buildKey);
        const tagged = await this.docker(['tag', built.reference, reference]);
        if (tagged.exitCode !== 0)
            throw new Error(`docker tag ${built.reference} failed: ${meaningful(tagged)}`);
        try {
            const saved = await this.docker(['save', '--output', (0,external_node_path_.join)(dir, ARCHIVE), reference]);
            if (saved.exitCode !== 0)
                throw new Error(`docker save failed: ${meaningful(saved)}`);
            const manifest = { reference };
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, docker_layers_MANIFEST), `${JSON.stringify(manifest)}\n`);
            return true;
        }
        finally {
            await this.docker(['image', 'rm', reference]).catch(() => undefined);
        }
    }
}

;// CONCATENATED MODULE: ./lib/src/adapters/cache/layers.js
/**
 * A builder's local layer store as files: what a build leaves that the next build of the same
 * image can reuse, written to a directory (which the cache store keeps between runs) and loaded
 * back into the builder's store before that next build.
 *
 * Only builders without a remote cache of their own have this: classic docker and buildah.
 * buildx is given `--cache-from`/`--cache-to` instead.
 */




/** The layer store of a builder that has one to keep (docker, buildah); undefined for buildx. */
function builderLayers(builder) {
    if (builder instanceof docker/* DockerBuilder */.Ir)
        return new DockerLayers({ docker: builder.docker, env: builder.env, mode: builder.mode });
    if (builder instanceof buildah/* BuildahBuilder */.$N)
        return new BuildahLayers({ buildah: builder.buildah, env: builder.env, setup: builder.setup });
    return undefined;
}

// EXTERNAL MODULE: ./lib/src/core/schedule/durations.js
var durations = __webpack_require__(8473);
;// CONCATENATED MODULE: ./lib/src/app/build-cache.js
/**
 * What the build keeps between runs, in a cache store (GitHub's cache service, or a local
 * directory with the CLI's --cache-dir):
 *
 * - the layers of each image built by docker or buildah, which have no remote cache of their own:
 *   saved under `image-actions-<image>:<build key>` after a build, restored before the next build
 *   of the image from the newest `image-actions-<image>:` entry (the exact key when the image is
 *   rebuilt unchanged, with `reuse: false`);
 * - the measured build durations, which the scheduler's estimates come from.
 *
 * buildx is given `--cache-from`/`--cache-to` instead (GitHub's cache through `type=gha`, else a
 * `buildcache` tag in the image's repository).
 *
 * Everything here is a cache: a miss, or a failure to restore or save, is logged and the build
 * goes on as if there were no cache.
 */



// Module by module, not the index: the CLI bundle need not carry @actions/cache (github.ts).


// ---------------------------------------------------------------- keys
const KEY_PREFIX = 'image-actions-';
/**
 * The layer cache's keys of an image. The image and the build key are joined by `:`, which an
 * image name cannot hold: with `-`, the restore prefix of `python` would also match the entries
 * of its variant `python-slim`, and an image called `durations` those of the duration history.
 */
function layerCacheKeys(image, buildKey) {
    return { primary: `${KEY_PREFIX}${image}:${buildKey}`, restore: [`${KEY_PREFIX}${image}:`] };
}
const DURATIONS_RESTORE_KEY = `${KEY_PREFIX}durations-`;
/**
 * The key the duration history of a run is saved under. Entries are immutable, so a run saves
 * a new one; `job` tells the jobs of one run apart (wave and matrix jobs each build other images,
 * and would otherwise race for one key).
 */
function durationsCacheKey(runId, attempt, job) {
    const safe = (text) => text.replace(/[^A-Za-z0-9._-]+/g, '_');
    return `${DURATIONS_RESTORE_KEY}${safe(runId)}-${safe(attempt)}${job ? `-${safe(job)}` : ''}`;
}
/**
 * buildx's default cache. The `docker` driver cannot export a cache (unless dockerd runs the
 * containerd image store, which it cannot tell us cheaply), so it gets none by default: a
 * `--cache-to` would fail the build. `ignore-error=true`: a cache that cannot be written is not
 * the build's failure.
 */
function defaultBuildxCache(driver, github, push) {
    if (driver === 'docker') {
        return {
            from: [],
            to: [],
            note: "buildx's docker driver cannot export a build cache: set up a docker-container builder (docker/setup-buildx-action) for type=gha, or give cache-from/cache-to",
        };
    }
    if (github) {
        return { from: ['type=gha,scope=image-actions-{image}'], to: ['type=gha,scope=image-actions-{image},mode=max,ignore-error=true'] };
    }
    return {
        from: ['type=registry,ref={repository}:buildcache'],
        to: push ? ['type=registry,ref={repository}:buildcache,mode=max,ignore-error=true'] : [],
    };
}
/** A cache spec with `{image}` and `{repository}` (`host/path/image`, no tag) filled in. */
function expandCacheSpec(spec, values) {
    return spec.replaceAll('{image}', values.image).replaceAll('{repository}', values.repository);
}
/** The buildx cache of one image: the configured specs, or the default ones. */
function buildxCacheFor(settings, driver, values) {
    const fallback = defaultBuildxCache(driver, settings.github, settings.push);
    const from = settings.buildxFrom ?? fallback.from;
    const to = settings.buildxTo ?? fallback.to;
    const configured = settings.buildxFrom !== undefined || settings.buildxTo !== undefined;
    return {
        cache: { from: from.map((s) => expandCacheSpec(s, values)), to: to.map((s) => expandCacheSpec(s, values)) },
        ...(!configured && fallback.note ? { note: fallback.note } : {}),
    };
}
/** Multi-line cache specs (the cache-from/cache-to inputs): one per line, blank lines and `#` comments left out. */
function parseCacheSpecs(text) {
    return text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
const NO_CACHE = { cache: undefined, observes: false, observe: () => undefined, finish: () => Promise.resolve() };
/** Directory name for an image's files: image names are already safe, this keeps it so. */
function dirName(image) {
    return image.replace(/[^a-z0-9._-]/g, '_');
}
class LayerImageCache {
    location;
    prepared;
    dir;
    image;
    buildKey;
    exact;
    log;
    observes = true;
    #lines = [];
    constructor(location, prepared, dir, image, buildKey, 
    /** The key restored exactly: then there is nothing new to save. */
    exact, log) {
        this.location = location;
        this.prepared = prepared;
        this.dir = dir;
        this.image = image;
        this.buildKey = buildKey;
        this.exact = exact;
        this.log = log;
    }
    get cache() {
        return this.prepared.cache;
    }
    observe(line) {
        this.#lines.push(line);
    }
    async finish(built) {
        try {
            if (built && !this.exact)
                await this.save(built.reference);
        }
        finally {
            await this.prepared.release();
            await (0,promises_.rm)(this.dir, { recursive: true, force: true }).catch(() => undefined);
        }
    }
    async save(reference) {
        const keys = layerCacheKeys(this.image, this.buildKey);
        const started = performance.now();
        try {
            await (0,promises_.rm)(this.dir, { recursive: true, force: true });
            await (0,promises_.mkdir)(this.dir, { recursive: true });
            const wrote = await this.prepared.save(this.dir, { image: this.image, buildKey: this.buildKey, reference, lines: this.#lines });
            if (!wrote) {
                this.log.info(`${this.image}: layer cache: nothing to save (the build made no reusable layers)`);
                return;
            }
            await this.location.store.save([this.dir], keys.primary);
            await this.location.store.prune?.(keys.restore[0], 2);
            this.log.info(`${this.image}: layer cache saved as ${keys.primary} (${seconds(started)})`);
        }
        catch (error) {
            this.log.warn(`${this.image}: layer cache not saved: ${error.message}`);
        }
    }
}
function seconds(started) {
    return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
/**
 * Opens the cache of one image about to be built: for buildx its cache specs; for docker and
 * buildah the restored layers, loaded into the builder's store. `noticeOnce` is called for every
 * image with why nothing is kept; the caller says it once per run, and only when a builder that
 * needs it builds (a run that only reuses never hears it).
 */
async function openImageCache(settings, builder, image, log, noticeOnce) {
    if (!settings)
        return NO_CACHE;
    if (builder instanceof buildx/* BuildxBuilder */.O) {
        const { cache, note } = buildxCacheFor(settings, builder.driver, { image: image.name, repository: image.repository });
        if (note)
            noticeOnce(`build cache: ${note}`);
        return { ...NO_CACHE, cache };
    }
    const layers = builderLayers(builder);
    if (!layers)
        return NO_CACHE;
    if (!settings.layers) {
        noticeOnce(`Layer cache across runs: skipped (${settings.unavailable ?? 'no cache store'})`);
        return NO_CACHE;
    }
    const location = settings.layers;
    const keys = layerCacheKeys(image.name, image.buildKey);
    const dir = (0,external_node_path_.join)(location.workDir, dirName(image.name));
    const started = performance.now();
    let matched;
    try {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.mkdir)(dir, { recursive: true });
        matched = await location.store.restore([dir], keys.primary, keys.restore);
    }
    catch (error) {
        log.warn(`${image.name}: layer cache not restored: ${error.message}`);
        matched = undefined;
    }
    let prepared;
    if (matched !== undefined) {
        try {
            prepared = await layers.prepare(dir, image.name);
            log.info(`${image.name}: layer cache restored from ${matched}${matched === keys.primary ? ' (exact)' : ''}: ${layers.description} (${seconds(started)})`);
        }
        catch (error) {
            log.warn(`${image.name}: layer cache entry ${matched} could not be loaded, building without it: ${error.message}`);
            matched = undefined;
        }
    }
    else {
        log.info(`${image.name}: layer cache: no entry for ${keys.restore[0]}*`);
    }
    try {
        prepared ??= await layers.prepare(undefined, image.name);
    }
    catch (error) {
        log.warn(`${image.name}: layer cache off for this build: ${error.message}`);
        await (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
        return NO_CACHE;
    }
    return new LayerImageCache(location, prepared, dir, image.name, image.buildKey, matched === keys.primary, log);
}
// ---------------------------------------------------------------- durations
const DURATIONS_FILE = 'durations.json';
/** The duration history of earlier runs, or an empty one (a miss or a failure only costs estimates). */
async function restoreDurations(location, log) {
    try {
        await (0,promises_.rm)(location.workDir, { recursive: true, force: true });
        await (0,promises_.mkdir)(location.workDir, { recursive: true });
        const key = await location.store.restore([location.workDir], location.saveKey, [DURATIONS_RESTORE_KEY]);
        if (key === undefined)
            return { history: {} };
        const history = (0,durations/* parseDurationHistory */.aA)(JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(location.workDir, DURATIONS_FILE), 'utf8')));
        return { history, key };
    }
    catch (error) {
        log.warn(`build durations not restored: ${error.message}`);
        return { history: {} };
    }
}
async function saveDurations(location, history, log) {
    try {
        await (0,promises_.rm)(location.workDir, { recursive: true, force: true });
        await (0,promises_.mkdir)(location.workDir, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(location.workDir, DURATIONS_FILE), `${JSON.stringify(history, null, 2)}\n`);
        await location.store.save([location.workDir], location.saveKey);
        await location.store.prune?.(DURATIONS_RESTORE_KEY, 3);
        log.info(`build durations saved as ${location.saveKey} (${Object.keys(history).length} images)`);
    }
    catch (error) {
        log.warn(`build durations not saved: ${error.message}`);
    }
    finally {
        await (0,promises_.rm)(location.workDir, { recursive: true, force: true }).catch(() => undefined);
    }
}
/**
 * The seconds of the images really built in a run. Reused images are left out: a retag takes a
 * second, and recording it would make the image's next real build look cheap.
 */
function measuredDurations(outcomes) {
    const measured = {};
    for (const [image, outcome] of outcomes) {
        if (outcome.status === 'built' && outcome.result.status === 'built')
            measured[image] = outcome.result.seconds;
    }
    return measured;
}
/**
 * One line on where the schedule's estimates come from, with each image's estimate:
 * `estimates from 14 recorded builds: base 31.2 s, app 12 s (no record: median)`.
 */
function describeEstimates(history, images) {
    const recorded = Object.keys(history).length;
    if (recorded === 0)
        return 'durations: no history: equal estimates';
    const estimate = (0,durations/* estimator */.HD)(history);
    const parts = [...images].sort().map((image) => `${image} ${formatSeconds(estimate(image))}${history[image] === undefined ? ' (no record: median)' : ''}`);
    return `durations: estimates from ${recorded} recorded build${recorded === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
function formatSeconds(value) {
    return `${Number(value.toFixed(2))} s`;
}


/***/ }),

/***/ 173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ BUILD_KEY_LABEL),
  r: () => (/* binding */ buildImages)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/src/core/graph/names.js
var names = __webpack_require__(9151);
;// CONCATENATED MODULE: ./lib/src/core/build-key/index.js
/**
 * The build key: a SHA-256 that names everything an image's build depends on, so that an image
 * whose key is already in the registry (as tag `bk-<first 16 hex>`) need not be built again.
 *
 * The hash is taken over one canonical JSON document (see `buildKeyDocument`). JSON quotes and
 * escapes every string and brackets every list, so no two different inputs encode to the same
 * bytes by running into each other (as "ab"+"c" and "a"+"bc" would by concatenation). Sets are
 * sorted; the document names its recipe version, to be bumped whenever the recipe changes, so
 * keys made by an older recipe simply stop matching.
 *
 * Hashing is computation, not I/O: node:crypto is allowed in the pure core.
 */


/** Names the recipe inside the hashed document; change it whenever the document changes shape. */
const BUILD_KEY_VERSION = 'image-actions/build-key/v1';
/** The prefix of build-key tags. */
const BUILD_KEY_TAG_PREFIX = 'bk-';
/** A tag made by `buildKeyTag`. */
const BUILD_KEY_TAG_PATTERN = /^bk-[0-9a-f]{16}$/;
/** The recipe in words, for the README and `--help`. */
const BUILD_KEY_RECIPE = (/* unused pure expression or super */ null && (`\
The build key is the SHA-256 of one canonical JSON document (recipe \`${BUILD_KEY_VERSION}\`) holding, in this order:

1. \`dockerfile\`: the SHA-256 of the rendered Dockerfile (UTF-8) as built, its parents' FROMs pinned to \`<repository>@<digest>\`
   (so a tag in a FROM, which changes every run, does not change the key);
2. \`context\`: every file, directory and symlink of the build context that \`.dockerignore\` lets through, as
   \`[path, mode, sha256]\` sorted by path. \`mode\` is the file type and permission bits (times and owners are left out);
   \`sha256\` hashes a file's contents, a symlink's target text, and nothing for a directory;
3. \`buildArgs\`: \`[name, value]\` pairs sorted by name;
4. \`target\`: the target stage, or \`null\` for the last stage;
5. \`platforms\`: sorted, without repeats;
6. \`parents\`: \`[parent image, digest]\` pairs sorted by parent, each parent at the digest it is built on;
7. \`sources\`: \`[source, revision]\` pairs sorted by source.

JSON quotes every string and brackets every list, so different inputs never encode to the same bytes.
An image whose key is in the registry as tag \`bk-<first 16 hex of the key>\` is retagged instead of rebuilt
(unless \`reuse: false\`). Not in the key: the builder, the time, labels, and the repository's own revision,
so a commit that changes nothing an image is built from does not rebuild it.`));
const SHA256_HEX = /^[0-9a-f]{64}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const MAX_MODE = 0o177777;
/**
 * The canonical document that is hashed. Exposed so that "why did this rebuild?" can be
 * answered by comparing two documents. Throws on malformed inputs (a bug in the caller, not
 * user input: digests and hashes come from our own adapters).
 */
function buildKeyDocument(inputs) {
    const document = {
        recipe: BUILD_KEY_VERSION,
        dockerfile: sha256Hex(inputs.dockerfile),
        context: canonicalContext(inputs.context),
        buildArgs: sortedPairs(inputs.buildArgs, 'build arg', () => undefined),
        target: inputs.target === undefined || inputs.target === '' ? null : inputs.target,
        platforms: [...new Set(inputs.platforms)].sort(names/* compareNames */.M),
        parents: sortedPairs(inputs.parentDigests, 'parent', (parent, digest) => DIGEST.test(digest) ? undefined : `the digest of parent ${parent} must be sha256:<64 hex>, got ${JSON.stringify(digest)}`),
        sources: sortedPairs(inputs.sourceRevisions, 'source', () => undefined),
    };
    return JSON.stringify(document);
}
/** The build key: 64 lowercase hex. */
function buildKey(inputs) {
    return sha256Hex(buildKeyDocument(inputs));
}
/** The registry tag that marks an image built from `key`: `bk-` and the key's first 16 hex. */
function buildKeyTag(key) {
    if (!SHA256_HEX.test(key))
        throw new TypeError(`a build key is 64 lowercase hex, got ${JSON.stringify(key)}`);
    return BUILD_KEY_TAG_PREFIX + key.slice(0, 16);
}
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function canonicalContext(context) {
    const seen = new Set();
    for (const file of context) {
        if (!isCanonicalPath(file.path))
            throw new TypeError(`context path must be relative, /-separated, without . or .. segments: ${JSON.stringify(file.path)}`);
        if (seen.has(file.path))
            throw new TypeError(`context path listed twice: ${file.path}`);
        seen.add(file.path);
        if (!Number.isInteger(file.mode) || file.mode < 0 || file.mode > MAX_MODE)
            throw new TypeError(`mode of ${file.path} must be an st_mode integer, got ${file.mode}`);
        if (!SHA256_HEX.test(file.sha256))
            throw new TypeError(`sha256 of ${file.path} must be 64 lowercase hex, got ${JSON.stringify(file.sha256)}`);
    }
    return [...context].sort((a, b) => (0,names/* compareNames */.M)(a.path, b.path)).map((file) => [file.path, file.mode, file.sha256]);
}
function isCanonicalPath(path) {
    return path !== '' && path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
function sortedPairs(record, what, problem) {
    const pairs = Object.entries(record);
    for (const [name, value] of pairs) {
        if (typeof value !== 'string')
            throw new TypeError(`${what} ${name} must be a string, got ${typeof value}`);
        const message = problem(name, value);
        if (message !== undefined)
            throw new TypeError(message);
    }
    return pairs.sort(([a], [b]) => (0,names/* compareNames */.M)(a, b));
}

// EXTERNAL MODULE: ./lib/src/core/config/defaults.js
var defaults = __webpack_require__(4717);
;// CONCATENATED MODULE: ./lib/src/core/dockerfile/pin.js
class PinError extends Error {
    constructor(from, why) {
        super(`${from.location.file}:${from.location.line}:${from.location.column}: cannot pin FROM ${from.written}: ${why}`);
        this.name = 'PinError';
    }
}
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            starts.push(i + 1);
    return starts;
}
/**
 * Replaces the image argument of each given FROM with its pinned reference.
 * `pins` maps a FROM (by identity) to the reference to write instead.
 */
function pinFroms(text, pins) {
    const starts = lineStarts(text);
    const edits = [...pins].map(([from, pinned]) => {
        const lineStart = starts[from.referenceLocation.line - 1];
        if (lineStart === undefined)
            throw new PinError(from, 'its line is not in the text');
        const offset = lineStart + from.referenceLocation.column - 1;
        if (text.slice(offset, offset + from.written.length) !== from.written) {
            // A reference split across a line continuation: too rare to rewrite in place safely.
            throw new PinError(from, 'the image reference spans several lines; write it on one line');
        }
        return { offset, length: from.written.length, pinned };
    });
    edits.sort((a, b) => b.offset - a.offset);
    let out = text;
    for (const e of edits)
        out = out.slice(0, e.offset) + e.pinned + out.slice(e.offset + e.length);
    return out;
}

// EXTERNAL MODULE: ./lib/src/core/reference.js
var reference = __webpack_require__(4269);
;// CONCATENATED MODULE: ./lib/src/core/schedule/build-set.js
/**
 * The images built together in one job, analysed once for scheduling: parents and children
 * within the set, a topological order, each image's wave and its critical path.
 *
 * Only edges between images of the set count. A parent outside the set is not built in this
 * job (it is used at its promoted tag, or was built by an earlier job), so nothing waits for it.
 */

/** Reads a value the analysis itself put in a map: absence is a bug here, not bad input. */
function must(map, image) {
    const value = map.get(image);
    if (value === undefined)
        throw new Error(`"${image}" is not in this build set`);
    return value;
}
/**
 * Analyses a build set. Throws `RangeError` for an estimate that is not a finite number ≥ 0 and
 * `Error` for a cycle: the image graph rejects cycles with a located diagnostic long before a
 * build, so reaching one here is a bug in the caller.
 */
function analyseBuildSet(set) {
    const images = [...new Set(set.images)].sort(names/* compareNames */.M);
    const member = new Set(images);
    const parents = new Map();
    const children = new Map(images.map((image) => [image, []]));
    for (const image of images) {
        const own = [...new Set(set.parentsOf(image))].filter((parent) => member.has(parent)).sort(names/* compareNames */.M);
        parents.set(image, own);
        for (const parent of own)
            must(children, parent).push(image);
    }
    for (const list of children.values())
        list.sort(names/* compareNames */.M);
    const estimates = new Map();
    for (const image of images) {
        const seconds = set.estimate(image);
        if (!Number.isFinite(seconds) || seconds < 0)
            throw new RangeError(`the estimated duration of ${image} must be a finite number ≥ 0, got ${seconds}`);
        estimates.set(image, seconds);
    }
    const order = topologicalOrder(images, parents, children);
    const wave = new Map();
    for (const image of order) {
        let depth = 0;
        for (const parent of must(parents, image))
            depth = Math.max(depth, must(wave, parent) + 1);
        wave.set(image, depth);
    }
    const criticalPath = new Map();
    for (let i = order.length - 1; i >= 0; i -= 1) {
        const image = order[i];
        // Children are sorted by name, so keeping only a strictly heavier one breaks ties by name.
        let heaviest;
        for (const child of must(children, image)) {
            const below = must(criticalPath, child);
            if (heaviest === undefined || below.seconds > heaviest.seconds)
                heaviest = below;
        }
        const own = must(estimates, image);
        criticalPath.set(image, heaviest === undefined ? { seconds: own, chain: [image] } : { seconds: own + heaviest.seconds, chain: [image, ...heaviest.chain] });
    }
    return { images, parents, children, estimates, order, wave, criticalPath };
}
/** Kahn's algorithm, smallest ready name first; names the images left on a cycle if any. */
function topologicalOrder(images, parents, children) {
    const waiting = new Map(images.map((image) => [image, must(parents, image).length]));
    const ready = images.filter((image) => waiting.get(image) === 0);
    const order = [];
    while (ready.length > 0) {
        ready.sort(names/* compareNames */.M);
        const image = ready.shift();
        order.push(image);
        for (const child of must(children, image)) {
            const left = must(waiting, child) - 1;
            waiting.set(child, left);
            if (left === 0)
                ready.push(child);
        }
    }
    if (order.length < images.length) {
        const stuck = images.filter((image) => must(waiting, image) > 0);
        throw new Error(`the build set has a cycle among: ${stuck.join(', ')}`);
    }
    return order;
}

;// CONCATENATED MODULE: ./lib/src/core/schedule/schedule.js
/**
 * The in-job build schedule as a pure state machine: the caller asks what to start, and reports
 * each image as finished or failed. It holds no clock and does no I/O, so the same machine drives
 * the real executor (`runSchedule`) and the benchmark's simulator (`simulate`).
 *
 * Policy: among the images whose parents in the set are all built, start the one with the longest
 * remaining critical path (its own estimated duration plus the heaviest chain of estimates below
 * it) first, ties by name. This is list scheduling by "highest level first": it keeps the long
 * chains moving while short independent images fill the idle slots, and it never leaves a slot
 * idle while an image is ready. A failed image skips every image of the set built on it; the
 * others go on.
 */


/** `[3/12] building foreman (wave 2, critical path 3)`; the critical path counts images. */
function formatProgress(image, progress, verb = 'building') {
    return `[${progress.position}/${progress.total}] ${verb} ${image} (wave ${progress.wave}, critical path ${progress.criticalPath.chain.length})`;
}
class Schedule {
    parallel;
    analysis;
    #status = new Map();
    /** Ready images, best first. */
    #ready = [];
    #running = new Set();
    /** Parents of each waiting image that are not built yet. */
    #unbuiltParents = new Map();
    #position = new Map();
    /** For a skipped image, the chain from its first failed ancestor down to it. */
    #skipPath = new Map();
    #started = 0;
    #unsettled;
    constructor(options) {
        if (!Number.isInteger(options.parallel) || options.parallel < 1)
            throw new RangeError(`parallel must be an integer ≥ 1, got ${options.parallel}`);
        this.parallel = options.parallel;
        this.analysis = analyseBuildSet(options);
        this.#unsettled = this.analysis.images.length;
        for (const image of this.analysis.images) {
            const parents = must(this.analysis.parents, image).length;
            this.#unbuiltParents.set(image, parents);
            if (parents === 0)
                this.#makeReady(image);
            else
                this.#status.set(image, { status: 'waiting' });
        }
    }
    /** The images, sorted by name. */
    get images() {
        return this.analysis.images;
    }
    /** True once every image is built, failed or skipped. */
    get done() {
        return this.#unsettled === 0;
    }
    /** Images started and not yet reported, in no particular order. */
    get running() {
        return [...this.#running];
    }
    /** Images whose parents are all built, best first (what `next` would start). */
    get ready() {
        return [...this.#ready];
    }
    status(image) {
        return must(this.#status, image);
    }
    /**
     * Starts as many ready images as there are free slots, best first, and returns them in that
     * order. Returns [] when every slot is busy or nothing is ready.
     */
    next() {
        const started = [];
        while (this.#running.size < this.parallel && this.#ready.length > 0) {
            const image = this.#ready.shift();
            this.#running.add(image);
            this.#status.set(image, { status: 'running' });
            this.#started += 1;
            this.#position.set(image, this.#started);
            started.push(image);
        }
        return started;
    }
    /** Reports a running image as built; its children whose parents are all built become ready. */
    finished(image) {
        this.#settle(image, { status: 'built' });
        for (const child of must(this.analysis.children, image)) {
            const left = must(this.#unbuiltParents, child) - 1;
            this.#unbuiltParents.set(child, left);
            if (left === 0 && this.#status.get(child)?.status === 'waiting')
                this.#makeReady(child);
        }
    }
    /**
     * Reports a running image as failed. Every image of the set built on it, directly or not, is
     * skipped (it cannot have started: it waits on this one). Returns the images skipped now, with
     * their reasons, in topological order; an image already skipped by an earlier failure gains
     * this one among its failed ancestors and is not returned again.
     */
    failed(image) {
        this.#settle(image, { status: 'failed' });
        const newlySkipped = [];
        const via = new Map();
        const queue = [image];
        for (let head = 0; head < queue.length; head += 1) {
            const current = queue[head];
            for (const child of must(this.analysis.children, current)) {
                if (via.has(child))
                    continue;
                via.set(child, current);
                queue.push(child);
            }
        }
        const descendants = this.analysis.order.filter((candidate) => via.has(candidate));
        for (const descendant of descendants) {
            const before = must(this.#status, descendant);
            if (before.status === 'skipped') {
                const failedAncestors = [...before.failedAncestors, image].sort(names/* compareNames */.M);
                const reason = describeSkip(failedAncestors, must(this.#skipPath, descendant));
                this.#status.set(descendant, { status: 'skipped', failedAncestors, reason });
                continue;
            }
            if (before.status !== 'waiting')
                throw new Error(`bug: ${descendant} is ${before.status} while its ancestor ${image} was still running`);
            const path = [descendant];
            for (let step = via.get(descendant); step !== undefined; step = via.get(step))
                path.unshift(step);
            this.#skipPath.set(descendant, path);
            const skip = { failedAncestors: [image], reason: describeSkip([image], path) };
            this.#status.set(descendant, { status: 'skipped', ...skip });
            this.#unsettled -= 1;
            newlySkipped.push({ image: descendant, ...skip });
        }
        return newlySkipped;
    }
    /** Progress of a started image, for its log line. */
    progress(image) {
        const position = this.#position.get(image);
        if (position === undefined)
            throw new Error(`${image} has not been started`);
        return {
            position,
            total: this.analysis.images.length,
            wave: must(this.analysis.wave, image) + 1,
            criticalPath: must(this.analysis.criticalPath, image),
        };
    }
    #settle(image, status) {
        if (!this.#running.delete(image)) {
            const now = this.#status.get(image)?.status ?? 'not in this build set';
            throw new Error(`${image} cannot be reported ${status.status}: it is ${now}, not running`);
        }
        this.#status.set(image, status);
        this.#unsettled -= 1;
    }
    #makeReady(image) {
        this.#status.set(image, { status: 'ready' });
        const seconds = must(this.analysis.criticalPath, image).seconds;
        let low = 0;
        let high = this.#ready.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            const other = this.#ready[mid];
            const otherSeconds = must(this.analysis.criticalPath, other).seconds;
            if (otherSeconds > seconds || (otherSeconds === seconds && (0,names/* compareNames */.M)(other, image) < 0))
                low = mid + 1;
            else
                high = mid;
        }
        this.#ready.splice(low, 0, image);
    }
}
/** Creates the schedule of a build set; see `Schedule`. */
function createSchedule(options) {
    return new Schedule(options);
}
function describeSkip(failedAncestors, firstPath) {
    if (failedAncestors.length > 1)
        return `${failedAncestors.join(', ')} failed`;
    return firstPath.length === 2 ? `its parent ${failedAncestors[0]} failed` : `${failedAncestors[0]} failed (${firstPath.join(' → ')})`;
}

// EXTERNAL MODULE: ./lib/src/core/schedule/durations.js
var durations = __webpack_require__(8473);
;// CONCATENATED MODULE: ./lib/src/core/schedule/run.js
/**
 * Runs `work` for every image of the schedule in dependency order and returns each image's
 * outcome, keyed in name order. `work` failing (rejecting or throwing) fails that image only.
 * The schedule must be fresh: nothing started yet.
 */
async function runSchedule(schedule, work, options = {}) {
    if (schedule.running.length > 0 || schedule.images.some((image) => schedule.status(image).status !== 'waiting' && schedule.status(image).status !== 'ready')) {
        throw new Error('runSchedule needs a schedule that has not been started');
    }
    const clock = options.clock ?? (() => performance.now());
    const outcomes = new Map();
    const inFlight = new Map();
    const start = (image) => {
        const began = clock();
        const seconds = () => (clock() - began) / 1000;
        const settled = Promise.resolve()
            .then(() => work(image, schedule.progress(image)))
            .then((result) => {
            outcomes.set(image, { status: 'built', result, seconds: seconds() });
            schedule.finished(image);
        }, (error) => {
            outcomes.set(image, { status: 'failed', error, seconds: seconds() });
            for (const { image: skipped, ...reason } of schedule.failed(image))
                options.onSkipped?.(skipped, reason);
        })
            .finally(() => inFlight.delete(image));
        inFlight.set(image, settled);
    };
    for (;;) {
        for (const image of schedule.next())
            start(image);
        if (inFlight.size === 0)
            break;
        await Promise.race(inFlight.values());
    }
    if (!schedule.done)
        throw new Error('bug: the schedule stopped with images neither built, failed nor skipped');
    const ordered = new Map();
    for (const image of schedule.images) {
        const status = schedule.status(image);
        const outcome = status.status === 'skipped' ? { status: 'skipped', failedAncestors: status.failedAncestors, reason: status.reason } : outcomes.get(image);
        if (outcome === undefined)
            throw new Error(`bug: no outcome for ${image}`);
        ordered.set(image, outcome);
    }
    return ordered;
}

// EXTERNAL MODULE: ./node_modules/@balena/dockerignore/ignore.js
var ignore = __webpack_require__(4158);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/src/adapters/context-files.js
/**
 * The build context as the builder will see it, reduced to plain data for the build key:
 * every entry that `.dockerignore` lets through, with its type and permission bits and the
 * SHA-256 of its contents.
 *
 * Docker's semantics, through `@balena/dockerignore` (a port of Docker's own matcher):
 * patterns are relative to the context root, `*` stays within one directory, `**` spans any,
 * `!` re-includes, the last matching pattern wins, and a pattern that matches a directory
 * excludes everything below it (unless re-included). Matching is case-sensitive, as Docker's.
 *
 * Where Docker's builders disagree, we err towards counting a file: the key must change
 * whenever the image could. The port follows Docker 19.03, where an exception that matches a
 * folder re-includes everything below it; today's Docker and BuildKit (moby/patternmatcher)
 * apply it below only if the folder was excluded at that point, and the classic builder does
 * not even walk into an excluded folder unless an exception starts with its name. So with
 * unusual exception patterns we may count a file that a builder leaves out, which costs at
 * most a rebuild; we never leave out a file a builder sends (checked against a real
 * `docker build` in test/integration/context-files.itg.test.ts).
 *
 * Decisions:
 * - The Dockerfile and `.dockerignore` are treated like any other file: counted when
 *   `.dockerignore` lets them through (then COPY can put them in the image), left out when it
 *   excludes them (Docker still sends them, but COPY and ADD cannot see them). The rendered
 *   Dockerfile is part of the key on its own anyway.
 * - Directories are entries (an empty directory, or a directory's mode, shows in the image);
 *   a directory that is excluded while something below it is re-included is left out, its
 *   existence being implied by the paths below it. The context root itself is not an entry.
 * - Symlinks are not followed: an entry hashes the link's target text, as Docker sends it.
 * - Sockets, FIFOs and devices are skipped: they have no contents to send.
 * - Modification times and owners are left out: they do not reach the image through COPY in
 *   a way the key should care about, and a fresh checkout changes every mtime.
 */





// The package sets `module.exports = factory` while its typings declare `export default`, which
// NodeNext reads as `module.exports.default`. At run time the default import is the factory.
const context_files_ignore = ignore;
const S_IFMT = 0o170000;
const MODE_BITS = S_IFMT | 0o7777;
const EMPTY_SHA256 = (0,external_node_crypto_.createHash)('sha256').digest('hex');
/**
 * Lists and hashes the build context below `contextDir`, sorted by path. File contents are
 * streamed through the hash, never held whole in memory.
 */
async function listContextFiles(contextDir, options = {}) {
    const patterns = await readIgnorePatterns(options.dockerignore ?? (0,external_node_path_.join)(contextDir, '.dockerignore'));
    const matcher = context_files_ignore({ ignorecase: false }).add(patterns);
    // Without exceptions nothing below an excluded directory can come back, so the walk skips it.
    const hasExceptions = patterns.some((line) => line.trim().startsWith('!'));
    const found = [];
    const walk = async (relativeDir) => {
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(contextDir, relativeDir), { withFileTypes: true });
        for (const entry of entries) {
            const path = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
            const excluded = matcher.ignores(path);
            if (!excluded) {
                const stats = await (0,promises_.lstat)((0,external_node_path_.join)(contextDir, path));
                if (stats.isDirectory() || stats.isFile() || stats.isSymbolicLink())
                    found.push({ path, stats });
            }
            if (entry.isDirectory() && (!excluded || hasExceptions))
                await walk(path);
        }
    };
    await walk('');
    const files = await mapLimited(found, options.concurrency ?? 16, async ({ path, stats }) => {
        const absolute = (0,external_node_path_.join)(contextDir, path);
        const mode = stats.mode & MODE_BITS;
        if (stats.isDirectory())
            return { path, mode, sha256: EMPTY_SHA256 };
        if (stats.isSymbolicLink())
            return { path, mode, sha256: (0,external_node_crypto_.createHash)('sha256').update(await (0,promises_.readlink)(absolute, 'utf8'), 'utf8').digest('hex') };
        return { path, mode, sha256: await hashFile(absolute) };
    });
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** The lines of an ignore file, or none when it does not exist. */
async function readIgnorePatterns(file) {
    try {
        return (await (0,promises_.readFile)(file, 'utf8')).split(/\r?\n/);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
}
async function hashFile(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** `Promise.all(items.map(fn))` with at most `limit` calls in flight, results in input order. */
async function mapLimited(items, limit, fn) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError(`concurrency must be an integer ≥ 1, got ${limit}`);
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next;
            next += 1;
            results[index] = await fn(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./lib/src/adapters/registry/index.js
var registry = __webpack_require__(8431);
// EXTERNAL MODULE: ./lib/src/app/build-cache.js + 3 modules
var build_cache = __webpack_require__(4344);
// EXTERNAL MODULE: ./lib/src/app/project.js + 26 modules
var app_project = __webpack_require__(4731);
// EXTERNAL MODULE: ./lib/src/app/promote.js
var promote = __webpack_require__(3394);
// EXTERNAL MODULE: ./lib/src/app/upstream.js
var upstream = __webpack_require__(4201);
;// CONCATENATED MODULE: ./lib/src/app/build.js
/**
 * The build use case: a set of images built in dependency order inside one job, each pushed
 * under the run's temporary tag and its build-key tag, parents pinned by digest.
 *
 * For every image:
 *   1. its parents' digests: a parent built in this job (it finished first: the schedule
 *      guarantees it), else the parent's temporary tag in the registry (an earlier wave job of
 *      the same run), else its promoted tag; each looked up once per run;
 *   2. the build key over the rendered Dockerfile, the context, args, platforms, parents'
 *      digests and source revisions;
 *   3. with `reuse`, an existing `bk-<key>` tag is retagged (one GET, one PUT) instead of
 *      building;
 *   4. otherwise the builder builds a generated Dockerfile (FROMs pinned) outside the context,
 *      pushes both tags, and the pushed digest is checked against the registry; docker's and
 *      buildah's layers are restored from the cache before and saved after, behind the
 *      schedule (build-cache.ts), and buildx is given its cache specs.
 */














const BUILD_KEY_LABEL = 'io.image-actions.build-key';
/** Upstream revisions by image, each (url, ref) asked once. */
async function resolveSourceRevisions(project, images, lsRemote) {
    const cache = new Map();
    const result = new Map();
    for (const image of images) {
        const revisions = {};
        for (const source of (0,defaults/* settingsFor */.zc)(project.config, image).sources) {
            const key = `${source.url}\0${source.ref}`;
            if (!cache.has(key))
                cache.set(key, lsRemote(source.url, source.ref));
            revisions[source.name] = await cache.get(key);
        }
        result.set(image, revisions);
    }
    return result;
}
/** The manifest under a reference, or undefined when the registry has none there. */
async function getManifestIfAny(client, ref) {
    try {
        return await client.getManifest(ref);
    }
    catch (error) {
        if (error instanceof registry/* RegistryError */.gl && error.status === 404)
            return undefined;
        throw error;
    }
}
function sumSizes(manifest) {
    if (manifest.kind !== 'image')
        return undefined;
    return manifest.config.size + manifest.layers.reduce((total, layer) => total + layer.size, 0);
}
class ParentDigests {
    client;
    registry;
    project;
    tag;
    inThisJob;
    #lookups = new Map();
    #built = new Map();
    constructor(client, registry, project, tag, inThisJob) {
        this.client = client;
        this.registry = registry;
        this.project = project;
        this.tag = tag;
        this.inThisJob = inThisJob;
    }
    recordBuilt(image, digest) {
        this.#built.set(image, digest);
    }
    repository(image) {
        return (0,promote/* imageRef */.D6)(this.registry, this.project.config.prefix, image, this.tag);
    }
    /** The digest a child of `parent` is built on. */
    digestOf(parent, child) {
        const built = this.#built.get(parent);
        if (built)
            return Promise.resolve(built);
        if (this.inThisJob.has(parent)) {
            return Promise.reject(new Error(`${parent} is built in this job but has no digest yet (building ${child})`));
        }
        let pending = this.#lookups.get(parent);
        if (!pending) {
            pending = this.#lookup(parent, child);
            this.#lookups.set(parent, pending);
        }
        return pending;
    }
    async #lookup(parent, child) {
        const temporary = this.repository(parent);
        const fromRun = await this.client.headManifest(temporary);
        if (fromRun)
            return fromRun.digest;
        const promoted = (0,reference/* withTag */.Rd)(temporary, (0,upstream/* promotedTag */.Pu)(this.project.config.tags.promote));
        const fromPromotion = await this.client.headManifest(promoted);
        if (fromPromotion)
            return fromPromotion.digest;
        throw new Error(`${child} is built FROM ${parent}, which has neither a build of this run (${(0,reference/* formatReference */.FH)(temporary)}) ` +
            `nor a promoted image (${(0,reference/* formatReference */.FH)(promoted)}). Build ${parent} first: include it in the images of this job or an earlier wave.`);
    }
}
async function externalBaseLabels(client, image, warn) {
    const base = image.externalBases[image.externalBases.length - 1];
    if (!base)
        return {};
    try {
        const head = await client.headManifest(base.parsed);
        if (head)
            return { [upstream/* BASE_NAME_LABEL */.$w]: base.reference, [upstream/* BASE_DIGEST_LABEL */.m8]: head.digest };
    }
    catch (error) {
        warn(`${image.image.name}: cannot resolve external base ${base.reference} (${error.message}); its base label is left out`);
    }
    return { [upstream/* BASE_NAME_LABEL */.$w]: base.reference };
}
async function buildImages(request) {
    const loadedProject = await (0,app_project/* loadProject */.gi)({ root: request.root, configFile: request.configFile, tag: request.tag });
    const unknown = request.images.filter((name) => !loadedProject.images.has(name));
    if (unknown.length > 0) {
        throw new Error(`no image named ${unknown.join(', ')}; known: ${[...loadedProject.images.keys()].sort().join(', ')}`);
    }
    // Templates may print sources.<name>.revision, so render again with the real revisions.
    const revisions = await resolveSourceRevisions(loadedProject, request.images, request.lsRemote);
    const project = [...revisions.values()].some((r) => Object.keys(r).length > 0)
        ? await (0,app_project/* loadProject */.gi)({ root: request.root, configFile: request.configFile, tag: request.tag, sourceRevisions: revisions, loaded: loadedProject.loaded })
        : loadedProject;
    const registry = request.registry ?? project.config.registry;
    if (!registry)
        throw new Error('no registry: set registry in images.yaml or the registry input');
    const set = new Set(request.images);
    const parents = new ParentDigests(request.client, registry, project, request.tag, set);
    const schedule = createSchedule({
        images: [...set],
        parentsOf: (image) => project.graph.parents(image),
        estimate: (0,durations/* estimator */.HD)(request.durations ?? {}),
        parallel: request.parallel,
    });
    request.log.info((0,build_cache/* describeEstimates */.$y)(request.durations ?? {}, [...set]));
    const cacheLog = {
        info: (m) => request.log.info(m),
        warn: (m) => request.log.warn(m),
        notice: (m) => (request.log.notice ? request.log.notice(m) : request.log.info(m)),
    };
    const noticed = new Set();
    const noticeOnce = (message) => {
        if (noticed.has(message))
            return;
        noticed.add(message);
        cacheLog.notice(message);
    };
    // Layer cache saves run behind the schedule: a child need not wait for its parent's upload.
    const pendingSaves = [];
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'image-actions-build-'));
    let chosenBuilder;
    const builder = () => (chosenBuilder ??= typeof request.builder === 'function' ? request.builder() : Promise.resolve(request.builder));
    /** `announce` prints the progress line once it is known whether the image is reused or built. */
    const buildOne = async (name, announce) => {
        const started = Date.now();
        const image = project.images.get(name);
        const settings = (0,defaults/* settingsFor */.zc)(project.config, name);
        const target = (0,promote/* imageRef */.D6)(registry, project.config.prefix, name, request.tag);
        const pins = new Map();
        const parentDigests = {};
        for (const parent of image.parents) {
            const digest = await parents.digestOf(parent.image, name);
            parentDigests[parent.image] = digest;
            pins.set(parent.from, (0,reference/* formatReference */.FH)((0,reference/* withDigest */.hQ)(parents.repository(parent.image), digest)));
        }
        const buildArgs = { ...settings.buildArgs, ...request.extraBuildArgs };
        const platforms = request.platforms ?? settings.platforms;
        const contextDir = (0,external_node_path_.join)(request.root, image.context);
        const pinnedText = pinFroms(image.dockerfileText, pins);
        const key = buildKey({
            dockerfile: pinnedText,
            context: await listContextFiles(contextDir),
            buildArgs,
            target: settings.target,
            platforms,
            parentDigests,
            sourceRevisions: revisions.get(name) ?? {},
        });
        const keyRef = (0,reference/* withTag */.Rd)(target, buildKeyTag(key));
        /** A result for a manifest now under the temporary tag; children are built on its digest. */
        const pushedResult = (status, by, manifest) => {
            parents.recordBuilt(name, manifest.digest);
            const size = sumSizes(manifest);
            return {
                image: name,
                status,
                digest: manifest.digest,
                ref: (0,reference/* formatReference */.FH)((0,reference/* withDigest */.hQ)(target, manifest.digest)),
                buildKey: key,
                builder: by,
                seconds: (Date.now() - started) / 1000,
                ...(size !== undefined ? { size } : {}),
            };
        };
        if (request.reuse && request.push) {
            // One GET answers both "is the key there?" and "what is it?".
            const existing = await getManifestIfAny(request.client, keyRef);
            if (existing) {
                const current = await request.client.headManifest(target);
                announce('reusing');
                if (current?.digest !== existing.digest)
                    await request.client.putManifest(target, existing);
                request.log.info(`${name}: reused ${buildKeyTag(key)} → ${existing.digest}`);
                return pushedResult('reused', 'reuse', existing);
            }
        }
        announce('building');
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(work, `${name}-`));
        const dockerfile = (0,external_node_path_.join)(dir, 'Dockerfile');
        await (0,promises_.writeFile)(dockerfile, pinnedText);
        const labels = {
            'org.opencontainers.image.title': name,
            'org.opencontainers.image.revision': request.revision,
            'org.opencontainers.image.created': request.now.toISOString(),
            ...(request.sourceUrl ? { 'org.opencontainers.image.source': request.sourceUrl } : {}),
            ...(await externalBaseLabels(request.client, image, request.log.warn)),
            [BUILD_KEY_LABEL]: key,
            [upstream/* SOURCES_LABEL */.Ou]: JSON.stringify(revisions.get(name) ?? {}),
        };
        const chosen = await builder();
        const tags = request.push ? [(0,reference/* formatReference */.FH)(target), (0,reference/* formatReference */.FH)(keyRef)] : [(0,reference/* formatReference */.FH)(target)];
        let imageCache;
        let succeeded = false;
        const log = request.log.forImage(name);
        try {
            imageCache = await (0,build_cache/* openImageCache */.sZ)(request.cache, chosen, { name, buildKey: key, repository: (0,reference/* repositoryName */.aR)(target) }, cacheLog, noticeOnce);
            const observer = imageCache.observes ? imageCache : undefined;
            const outcome = await chosen.build({
                image: name,
                contextDir,
                dockerfile,
                buildArgs,
                ...(settings.target ? { target: settings.target } : {}),
                platforms,
                labels,
                tags,
                push: request.push,
                insecureRegistries: request.insecureRegistries ?? [],
                ...(imageCache.cache ? { cache: imageCache.cache } : {}),
                onLog: (line) => {
                    log.line(line);
                    observer?.observe(line);
                },
            });
            succeeded = true;
            if (!outcome.pushed) {
                return { image: name, status: 'built', digest: '', ref: (0,reference/* formatReference */.FH)(target), buildKey: key, builder: outcome.builder, seconds: outcome.durationMs / 1000 };
            }
            // The builder's word is checked against the registry: what children and promote will use.
            const pushed = await request.client.getManifest(target);
            if (pushed.digest !== outcome.digest) {
                throw new Error(`${name}: the builder reported ${outcome.digest} but ${(0,reference/* formatReference */.FH)(target)} is ${pushed.digest}`);
            }
            return pushedResult('built', outcome.builder, pushed);
        }
        finally {
            log.close();
            if (imageCache)
                pendingSaves.push(imageCache.finish(succeeded ? { reference: tags[0] } : undefined));
        }
    };
    try {
        const outcomes = await runSchedule(schedule, async (image, progress) => {
            let announced = false;
            const announce = (verb) => {
                if (announced)
                    return;
                announced = true;
                request.log.info(formatProgress(image, progress, verb));
            };
            try {
                return await buildOne(image, announce);
            }
            finally {
                // An image that failed before it was clear whether it is reused still gets its line.
                announce('building');
            }
        }, {
            onSkipped: (image, skip) => request.log.warn(`${image}: skipped, ${skip.reason}`),
        });
        return { project, outcomes };
    }
    finally {
        await Promise.all(pendingSaves);
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 6142:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseList),
/* harmony export */   S: () => (/* binding */ interpretEvent)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2108);
/* harmony import */ var _slug_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1881);
/**
 * From a GitHub event to the question detect must answer: which commits to compare (or which
 * images to take without comparing), and which temporary tag this run pushes under.
 *
 * | event                   | compared                                   | temporary tag            |
 * |-------------------------|--------------------------------------------|--------------------------|
 * | pull_request(_target)   | merge-base(base, head) .. head             | pr-<n>-<sha7>            |
 * | merge_group             | base_sha .. head_sha                       | mq-<sha7>                |
 * | push to a branch        | before .. after (new branch: default's merge base) | <branch-slug>-<sha7> |
 * | push of a tag           | nothing rebuilt                            | —                        |
 * | schedule                | upstream sources and bases; all with `all` | nightly-<yyyymmdd>-<sha7>|
 * | workflow_dispatch       | the named images, or all                   | manual-<run-id>          |
 * | repository_dispatch     | images whose sources match the payload     | source-<sha7>            |
 */


const ZERO_SHA = /^0+$/;
const HEX_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function field(payload, path) {
    let node = payload;
    for (const key of path) {
        if (typeof node !== 'object' || node === null)
            return undefined;
        node = node[key];
    }
    return node;
}
function requireString(payload, path, eventName) {
    const value = field(payload, path);
    if (typeof value !== 'string' || value === '') {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([
            {
                message: `the ${eventName} event payload has no ${path.join('.')}`,
                hint: 'Run detect from the event itself (GITHUB_EVENT_PATH), or give the base and head inputs.',
            },
        ]);
    }
    return value;
}
function requireSha(payload, path, eventName) {
    const value = requireString(payload, path, eventName);
    if (!HEX_SHA.test(value)) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: `${eventName} payload ${path.join('.')} is not a commit SHA: "${value.slice(0, 80)}"` }]);
    }
    return value;
}
function yyyymmdd(date) {
    return date.toISOString().slice(0, 10).replace(/-/g, '');
}
function branchOfRef(ref) {
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}
function interpretEvent(ctx, overrides) {
    const interpretation = interpretPayload(ctx, overrides);
    // Explicit base/head inputs override what the event says to compare, not the tag.
    if (overrides.base !== undefined || overrides.head !== undefined) {
        const base = overrides.base ?? (interpretation.query.kind === 'compare' ? interpretation.query.base : undefined);
        const head = overrides.head ?? (interpretation.query.kind === 'compare' ? interpretation.query.head : ctx.sha);
        if (base === undefined) {
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: `a head override needs a base as well for the ${ctx.eventName} event`, hint: 'Set the base input.' }]);
        }
        return {
            ...interpretation,
            query: { kind: 'compare', base, head },
            description: `compare ${base} .. ${head} (inputs)`,
        };
    }
    return interpretation;
}
function interpretPayload(ctx, overrides) {
    const { eventName, payload } = ctx;
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const number = field(payload, ['pull_request', 'number']) ?? field(payload, ['number']);
            if (typeof number !== 'number') {
                throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: `the ${eventName} event payload has no pull_request.number` }]);
            }
            const head = requireSha(payload, ['pull_request', 'head', 'sha'], eventName);
            const base = requireSha(payload, ['pull_request', 'base', 'sha'], eventName);
            return {
                query: overrides.all ? { kind: 'all' } : { kind: 'compare', base, head },
                temporaryTag: `pr-${number}-${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)}`,
                description: `pull request #${number}: merge-base(${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(base)}, ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)}) .. ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)}`,
            };
        }
        case 'merge_group': {
            const head = requireSha(payload, ['merge_group', 'head_sha'], eventName);
            const base = requireSha(payload, ['merge_group', 'base_sha'], eventName);
            return {
                query: overrides.all ? { kind: 'all' } : { kind: 'compare', base, head },
                temporaryTag: `mq-${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)}`,
                description: `merge queue: ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(base)} .. ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)}`,
            };
        }
        case 'push': {
            const ref = requireString(payload, ['ref'], eventName);
            if (ref.startsWith('refs/tags/')) {
                const tag = ref.slice('refs/tags/'.length);
                return {
                    query: { kind: 'nothing', why: `a tag push (${tag}) rebuilds nothing; promote moves the commit's images` },
                    temporaryTag: undefined,
                    description: `tag ${tag}: nothing to rebuild`,
                };
            }
            const branch = branchOfRef(ref);
            if (branch === undefined) {
                throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: `push to "${ref}" is neither a branch nor a tag` }]);
            }
            const after = requireSha(payload, ['after'], eventName);
            const before = requireString(payload, ['before'], eventName);
            const tag = (0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .joinTag */ .kG)((0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .slugify */ .Yv)(branch), (0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(after));
            if (overrides.all)
                return { query: { kind: 'all' }, temporaryTag: tag, description: `push to ${branch}: all images` };
            if (ZERO_SHA.test(before)) {
                const defaultBranch = requireString(payload, ['repository', 'default_branch'], eventName);
                return {
                    query: { kind: 'new-branch', defaultBranch, head: after },
                    temporaryTag: tag,
                    description: `new branch ${branch}: merge-base(${defaultBranch}, ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(after)}) .. ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(after)}`,
                };
            }
            if (!HEX_SHA.test(before))
                throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: `push payload "before" is not a commit SHA` }]);
            return {
                query: { kind: 'compare', base: before, head: after },
                temporaryTag: tag,
                description: `push to ${branch}: ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(before)} .. ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(after)}`,
            };
        }
        case 'schedule':
            return {
                query: overrides.all ? { kind: 'all' } : { kind: 'upstream' },
                temporaryTag: `nightly-${yyyymmdd(ctx.now)}-${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(ctx.sha)}`,
                description: overrides.all ? 'schedule: all images' : 'schedule: upstream sources and external bases',
            };
        case 'workflow_dispatch': {
            const named = overrides.images.length > 0 ? overrides.images : imagesFromDispatchInputs(payload);
            return {
                query: overrides.all || named.length === 0 ? { kind: 'all' } : { kind: 'named', images: named },
                temporaryTag: `manual-${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .slugify */ .Yv)(ctx.runId)}`,
                description: named.length > 0 && !overrides.all ? `manual: ${named.join(', ')}` : 'manual: all images',
            };
        }
        case 'repository_dispatch': {
            const action = field(payload, ['action']);
            if (action !== 'source-updated') {
                return {
                    query: { kind: 'nothing', why: `repository_dispatch "${String(action)}" is not "source-updated"` },
                    temporaryTag: undefined,
                    description: `repository_dispatch ${String(action)}: ignored`,
                };
            }
            const repository = requireString(payload, ['client_payload', 'repository'], eventName);
            const sha = field(payload, ['client_payload', 'sha']);
            const ref = field(payload, ['client_payload', 'ref']);
            const sourceSha = typeof sha === 'string' && HEX_SHA.test(sha) ? sha : ctx.sha;
            return {
                query: {
                    kind: 'source-updated',
                    repository,
                    ...(typeof ref === 'string' ? { ref } : {}),
                    ...(typeof sha === 'string' ? { sha } : {}),
                },
                temporaryTag: `source-${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(sourceSha)}`,
                description: `source ${repository} updated`,
            };
        }
        default: {
            // Any other event (workflow_run, release…): build what the commit range says, if we can tell.
            return {
                query: { kind: 'all' },
                temporaryTag: (0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .joinTag */ .kG)((0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .slugify */ .Yv)(eventName), (0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(ctx.sha)),
                description: `${eventName}: all images`,
            };
        }
    }
}
/** workflow_dispatch inputs may carry `images` as a comma, space or newline separated list. */
function imagesFromDispatchInputs(payload) {
    const value = field(payload, ['inputs', 'images']);
    return typeof value === 'string' ? parseList(value) : [];
}
/** Splits a user list: JSON array, or names separated by commas, spaces or newlines. */
function parseList(text) {
    const trimmed = text.trim();
    if (trimmed.startsWith('[')) {
        const parsed = JSON.parse(trimmed);
        if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string'))
            return parsed;
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: 'the images list is a JSON value but not an array of strings' }]);
    }
    return trimmed.split(/[\s,]+/).filter(Boolean);
}


/***/ }),

/***/ 8473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ estimator),
/* harmony export */   Xf: () => (/* binding */ recordDurations),
/* harmony export */   aA: () => (/* binding */ parseDurationHistory)
/* harmony export */ });
/* unused harmony exports DEFAULT_ESTIMATE_SECONDS, DEFAULT_SMOOTHING */
/**
 * Duration estimates for the scheduler, learnt from earlier runs.
 *
 * The history maps an image to its estimated build seconds. Each new measurement moves the
 * estimate part of the way (an exponential moving average), so one slow run on a busy runner
 * does not throw the estimates off, while a lasting change is picked up within a few runs.
 * Only real builds should be recorded: a reused image takes a second, and recording that would
 * make its next real build look cheap.
 */
/** The estimate for an image never built before, when there is no history at all. */
const DEFAULT_ESTIMATE_SECONDS = 120;
/** How far a new measurement moves the estimate: new = w·measured + (1 − w)·old. */
const DEFAULT_SMOOTHING = 0.5;
/**
 * The estimate of each image: its recorded duration when there is one, else `fallbackSeconds`,
 * which defaults to the median of the history (a new image is most likely a typical one), or
 * `DEFAULT_ESTIMATE_SECONDS` when the history is empty.
 */
function estimator(history, fallbackSeconds) {
    const known = new Map(Object.entries(history).filter(([, seconds]) => isDuration(seconds)));
    const fallback = fallbackSeconds ?? (known.size > 0 ? median([...known.values()]) : DEFAULT_ESTIMATE_SECONDS);
    if (!isDuration(fallback))
        throw new RangeError(`the fallback estimate must be a finite number ≥ 0, got ${fallback}`);
    return (image) => known.get(image) ?? fallback;
}
/**
 * Merges measured durations (image → seconds) into the history and returns the new history,
 * sorted by image name; the input is not changed. A first measurement is taken as it is.
 * Measurements that are not finite numbers ≥ 0 are ignored.
 */
function recordDurations(history, measured, smoothing = DEFAULT_SMOOTHING) {
    if (!(smoothing > 0 && smoothing <= 1))
        throw new RangeError(`smoothing must be in (0, 1], got ${smoothing}`);
    const merged = new Map(Object.entries(history).filter(([, seconds]) => isDuration(seconds)));
    for (const [image, seconds] of Object.entries(measured)) {
        if (!isDuration(seconds))
            continue;
        const before = merged.get(image);
        merged.set(image, roundSeconds(before === undefined ? seconds : smoothing * seconds + (1 - smoothing) * before));
    }
    const result = {};
    for (const image of [...merged.keys()].sort())
        result[image] = merged.get(image);
    return result;
}
/**
 * Reads a stored history (e.g. a JSON file kept in a cache). It is only a hint, so anything
 * malformed is dropped rather than reported: a bad entry is left out, a bad document is empty.
 */
function parseDurationHistory(json) {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return {};
    const result = {};
    for (const [image, seconds] of Object.entries(json)) {
        if (typeof seconds === 'number' && isDuration(seconds))
            result[image] = seconds;
    }
    return result;
}
function isDuration(seconds) {
    return Number.isFinite(seconds) && seconds >= 0;
}
/** Hundredths of a second: enough for scheduling, and keeps the stored JSON readable. */
function roundSeconds(seconds) {
    return Math.round(seconds * 100) / 100;
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}


/***/ })

};
