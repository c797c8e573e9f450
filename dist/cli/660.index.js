export const id = 660;
export const ids = [660];
export const modules = {

/***/ 4097:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 4097;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 5340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   TP: () => (/* binding */ readTextIfExists),
/* harmony export */   gU: () => (/* binding */ readTextIfExistsSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/**
 * Reading a repository's files as repository-relative, `/`-separated paths.
 *
 * Listing and the bulk reads are synchronous on purpose: a repository of 2,000 images means
 * thousands of small directory reads and file reads, and going through libuv's thread pool for
 * each one (the promise API) spent most of detect's time waiting (~150 ms to list the tree
 * that a synchronous walk lists in ~25 ms). Nothing else runs in the process meanwhile.
 */



const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** Every file below `root/dir`, as paths relative to `root`, sorted. Missing dir → []. */
async function listFiles(root, dir) {
    return listFilesSync(root, dir);
}
function listFilesSync(root, dir) {
    const out = [];
    // Paths are built as `/`-joined strings relative to the root: cheaper than path.join and
    // path.relative per entry, and already in the form callers want. Node takes `/` everywhere.
    const start = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(dir.replace(/\\/g, '/')).replace(/\/+$/, '');
    function walk(relative) {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(relative === '' || relative === '.' ? root : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, relative), { withFileTypes: true });
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return;
            throw error;
        }
        const prefix = relative === '' || relative === '.' ? '' : `${relative}/`;
        for (const entry of entries) {
            const path = `${prefix}${entry.name}`;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name))
                    walk(path);
            }
            else if (entry.isFile() || entry.isSymbolicLink()) {
                out.push(path);
            }
        }
    }
    walk(start);
    return out.sort();
}
/** A file's text, or undefined when it does not exist. */
async function readTextIfExists(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** The same, read at once: for reading many small files in a row (every image's Dockerfile). */
function readTextIfExistsSync(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 4731:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $v: () => (/* binding */ discoverImageNames),
  bE: () => (/* binding */ imageInputs),
  HT: () => (/* binding */ loadConfigFile),
  gi: () => (/* binding */ loadProject)
});

// UNUSED EXPORTS: imageReference

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/core/diagnostics.js
var core_diagnostics = __webpack_require__(2108);
// EXTERNAL MODULE: ./lib/src/core/config/load.js + 9 modules
var load = __webpack_require__(3546);
// EXTERNAL MODULE: ./lib/src/core/config/paths.js
var paths = __webpack_require__(147);
// EXTERNAL MODULE: ./lib/src/core/config/positions.js
var positions = __webpack_require__(647);
// EXTERNAL MODULE: ./lib/src/core/config/suggest.js
var suggest = __webpack_require__(7101);
;// CONCATENATED MODULE: ./lib/src/core/discovery.js
/**
 * Which images a repository has, found from its files.
 *
 * Under the images folder, every folder holding a `Dockerfile` or `Dockerfile.j2` is an image
 * named after the folder. A folder without one only groups images (`images/ironic/ironic-api`
 * is `ironic-api`). An image folder inside another image's folder is a variant named
 * `<outer image>-<folder>` (`images/notebook/cuda12` is `notebook-cuda12`). A file belongs to
 * the innermost image folder that holds it.
 */





/** The order of `localeCompare` (the default collator), without building it on every call. */
const compareText = new Intl.Collator().compare;
const DOCKERFILE = 'Dockerfile';
const TEMPLATE = 'Dockerfile.j2';
/** What a registry accepts as one component of a repository name (Docker's rule). */
const IMAGE_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
function startOf(file) {
    return { file, line: 1, column: 1 };
}
/** Image folders and the Dockerfiles in them, from the file list. */
function collectFolders(files, imagesDir, configFile, diagnostics) {
    const folders = new Map();
    for (const file of files) {
        // The name first, by hand: most files are not Dockerfiles, and a tree of thousands of images
        // made posix.basename/dirname on every file a visible part of detect.
        const slash = file.lastIndexOf('/');
        const base = file.slice(slash + 1);
        if (base !== DOCKERFILE && base !== TEMPLATE)
            continue;
        if (!(0,paths/* isWithinDir */.b)(file, imagesDir))
            continue;
        const folder = slash < 0 ? '.' : file.slice(0, slash);
        if (folder === imagesDir || (imagesDir === '.' && folder === '.')) {
            // At the repository root a Dockerfile is the repository's own, not one of its images.
            if (imagesDir !== '.') {
                diagnostics.push({
                    message: `${file} is directly in the images folder, so it has no image name`,
                    location: startOf(file),
                    hint: `Move it into a folder named after the image (e.g. ${imagesDir}/<name>/${base}), or point images-dir in ${configFile} at another folder.`,
                });
            }
            continue;
        }
        let entry = folders.get(folder);
        if (!entry)
            folders.set(folder, (entry = {}));
        if (base === DOCKERFILE)
            entry.dockerfile = file;
        else
            entry.template = file;
    }
    return folders;
}
/**
 * The images under `imagesDir` (repository-relative; "." is the root), sorted by name.
 * `files` are repository-relative '/' paths; files outside the images folder are ignored.
 * Throws a `UserInputError` listing every folder problem: names two folders share, names a
 * registry would refuse, folders with both a Dockerfile and a Dockerfile.j2.
 */
function discoverImages(files, imagesDir, configFile) {
    const normalized = (0,paths/* normalizeRepoPath */.N)(imagesDir);
    const dir = normalized.ok ? normalized.path : imagesDir;
    const diagnostics = [];
    const folders = collectFolders(files, dir, configFile, diagnostics);
    // Outer folders first, so that a variant's outer image is named before it. (Depths counted
    // once and one collator: splitting and localeCompare in the comparator cost ~20 ms on 2,000.)
    const depth = new Map([...folders.keys()].map((f) => [f, f.split('/').length]));
    const ordered = [...folders.keys()].sort((a, b) => (depth.get(a) ?? 0) - (depth.get(b) ?? 0) || compareText(a, b));
    const names = new Map();
    const images = [];
    for (const folder of ordered) {
        const entry = folders.get(folder);
        const dockerfile = entry.template ?? entry.dockerfile;
        if (entry.template && entry.dockerfile) {
            diagnostics.push({
                message: `${folder} holds both ${DOCKERFILE} and ${TEMPLATE}`,
                location: startOf(entry.template),
                hint: `Keep one: ${TEMPLATE} is rendered into the Dockerfile that is built, so a ${DOCKERFILE} beside it would never be used.`,
            });
        }
        let outer;
        for (let up = external_node_path_.posix.dirname(folder); (0,paths/* isWithinDir */.b)(up, dir) && up !== dir && up !== '.'; up = external_node_path_.posix.dirname(up)) {
            if (folders.has(up)) {
                outer = up;
                break;
            }
        }
        const variantOf = outer === undefined ? undefined : names.get(outer);
        const base = external_node_path_.posix.basename(folder);
        const name = variantOf === undefined ? base : `${variantOf}-${base}`;
        names.set(folder, name);
        if (!IMAGE_NAME.test(name)) {
            diagnostics.push({
                message: `the image name "${name}" (from the folder ${folder}) is not a valid repository name`,
                location: startOf(dockerfile),
                hint: 'Rename the folder: image names are lowercase letters and digits, with single . _ or - between them.',
            });
        }
        images.push({ name, dir: folder, dockerfile, templated: dockerfile === entry.template, ...(variantOf !== undefined ? { variantOf } : {}) });
    }
    const byName = new Map();
    for (const image of images)
        byName.set(image.name, [...(byName.get(image.name) ?? []), image]);
    for (const [name, sharing] of byName) {
        if (sharing.length < 2)
            continue;
        const [, second] = [...sharing].sort((a, b) => a.dir.localeCompare(b.dir));
        diagnostics.push({
            message: `${sharing.length === 2 ? 'two' : sharing.length} folders give the image name "${name}": ${sharing.map((i) => i.dir).sort().join(', ')}`,
            location: startOf(second.dockerfile),
            hint: 'Rename one of the folders: an image is named after its folder, and a variant folder inside an image folder is named <outer image>-<folder>.',
        });
    }
    if (diagnostics.length > 0)
        throw new core_diagnostics/* UserInputError */.m2(diagnostics);
    return images.sort((a, b) => compareText(a.name, b.name));
}
/** The image whose folder is the innermost one holding `path`, if any. */
function imageOwningPath(images, path) {
    let owner;
    for (const image of images) {
        if (isWithinDir(path, image.dir) && (!owner || image.dir.length > owner.dir.length))
            owner = image;
    }
    return owner?.name;
}
function noSuchImage(name, known) {
    const match = (0,suggest/* closest */.k)(name, known);
    return match !== undefined ? `Did you mean "${match}"?` : '';
}
/**
 * Checks the settings of images.yaml against the images found: an entry for an image that does
 * not exist, a depends-on naming one, or an image depending on itself. Each at its place.
 */
function validateSettingsAgainstImages(loaded, images) {
    const known = images.map((i) => i.name);
    const knownSet = new Set(known);
    const { config } = loaded;
    const diagnostics = [];
    for (const [name, settings] of Object.entries(config.images)) {
        if (!knownSet.has(name)) {
            const guess = noSuchImage(name, known);
            diagnostics.push({
                message: `${(0,positions/* formatDataPath */.H)(['images', name])}: there is no image "${name}"`,
                location: loaded.locateKey(['images', name]),
                hint: guess ||
                    `An image is a folder under ${config.imagesDir}/ holding a ${DOCKERFILE} or ${TEMPLATE}; add ${external_node_path_.posix.join(config.imagesDir, name, DOCKERFILE)} or remove this entry.`,
            });
        }
        for (const [index, dependency] of settings.dependsOn.entries()) {
            const path = ['images', name, 'depends-on', index];
            if (dependency === name) {
                diagnostics.push({
                    message: `${(0,positions/* formatDataPath */.H)(path)}: "${name}" depends on itself`,
                    location: loaded.locate(path),
                    hint: 'Remove it: depends-on lists the images to build before this one.',
                });
            }
            else if (!knownSet.has(dependency)) {
                diagnostics.push({
                    message: `${(0,positions/* formatDataPath */.H)(path)}: there is no image "${dependency}"`,
                    location: loaded.locate(path),
                    hint: noSuchImage(dependency, known) || `Known images: ${known.join(', ')}.`,
                });
            }
        }
    }
    if (diagnostics.length > 0)
        throw new core_diagnostics/* UserInputError */.m2(diagnostics);
}

;// CONCATENATED MODULE: ./lib/src/core/dockerfile/expand.js
/** A syntax error in a word, at an offset of that word. */
class ExpansionError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'ExpansionError';
    }
}
const SPECIAL_PARAMETERS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
const NAME_CHAR = /[\p{L}\p{Nd}_]/u;
const DIGIT = /\p{Nd}/u;
// ---------------------------------------------------------------------------------------------
// Pieces
function pushText(pieces, text) {
    if (text === '')
        return;
    const last = pieces[pieces.length - 1];
    if (last?.kind === 'text')
        pieces[pieces.length - 1] = { kind: 'text', text: last.text + text };
    else
        pieces.push({ kind: 'text', text });
}
function pushPieces(pieces, more) {
    for (const piece of more) {
        if (piece.kind === 'text')
            pushText(pieces, piece.text);
        else
            pieces.push(piece);
    }
}
/** The text of fully known pieces, or undefined when any part is unresolved. */
function knownText(pieces) {
    let text = '';
    for (const piece of pieces) {
        if (piece.kind !== 'text')
            return undefined;
        text += piece.text;
    }
    return text;
}
/** The pieces' text with unresolved parts shown as they were written. */
function displayText(pieces) {
    return pieces.map((piece) => (piece.kind === 'text' ? piece.text : piece.written)).join('');
}
function causesOf(pieces) {
    const causes = [];
    for (const piece of pieces) {
        if (piece.kind !== 'unresolved')
            continue;
        for (const cause of piece.causes) {
            if (!causes.some((c) => c.name === cause.name && c.reason === cause.reason))
                causes.push(cause);
        }
    }
    return causes;
}
function emptinessOf(pieces) {
    if (pieces.some((piece) => piece.kind === 'text' && piece.text !== ''))
        return 'non-empty';
    return pieces.length === 0 ? 'empty' : 'unknown';
}
// ---------------------------------------------------------------------------------------------
// Shell patterns of `#`, `%` and `/`: `*` any run, `?` one character, `\` makes the next literal.
function patternToRegExpSource(pattern, greedy, offset) {
    let out = '';
    for (let i = 0; i < pattern.length; i += 1) {
        const ch = pattern[i];
        if (ch === '*')
            out += greedy ? '[\\s\\S]*' : '[\\s\\S]*?';
        else if (ch === '?')
            out += '[\\s\\S]';
        else if (ch === '\\') {
            const next = pattern[i + 1];
            // `}` and `/` are escaped only to get them past the `${…}` syntax.
            if (next === '}' || next === '/')
                continue;
            if (next !== '*' && next !== '?' && next !== '\\') {
                throw new ExpansionError(`invalid escape "\\${next ?? ''}" in the pattern "${pattern}"`, offset);
            }
            out += `\\${next}`;
            i += 1;
        }
        else
            out += ch.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
    }
    return out;
}
function removePrefix(value, pattern, longest, offset) {
    const whole = new RegExp(`^(?:${patternToRegExpSource(pattern, true, offset)})$`, 'u');
    if (longest) {
        for (let end = value.length; end >= 0; end -= 1)
            if (whole.test(value.slice(0, end)))
                return value.slice(end);
    }
    else {
        for (let end = 0; end <= value.length; end += 1)
            if (whole.test(value.slice(0, end)))
                return value.slice(end);
    }
    return value;
}
function removeSuffix(value, pattern, longest, offset) {
    const whole = new RegExp(`^(?:${patternToRegExpSource(pattern, true, offset)})$`, 'u');
    if (longest) {
        for (let start = 0; start <= value.length; start += 1)
            if (whole.test(value.slice(start)))
                return value.slice(0, start);
    }
    else {
        for (let start = value.length; start >= 0; start -= 1)
            if (whole.test(value.slice(start)))
                return value.slice(0, start);
    }
    return value;
}
function replacePattern(value, pattern, replacement, all, offset) {
    const source = patternToRegExpSource(pattern, true, offset);
    if (source === '')
        return value;
    const regexp = new RegExp(source, all ? 'gu' : 'u');
    return value.replace(regexp, () => replacement);
}
// ---------------------------------------------------------------------------------------------
// The lexer
class Expander {
    text;
    scope;
    escape;
    i = 0;
    constructor(text, scope, escape) {
        this.text = text;
        this.scope = scope;
        this.escape = escape;
    }
    run() {
        return this.until(undefined, false, 0);
    }
    peek() {
        return this.text[this.i];
    }
    next() {
        const ch = this.text[this.i];
        if (ch !== undefined)
            this.i += 1;
        return ch;
    }
    /**
     * Reads up to `stop` (consumed) or the end; `raw` keeps escape characters (for patterns).
     * `openedAt` is where the construct that needs `stop` began, for the error when it is missing.
     */
    until(stop, raw, openedAt) {
        const pieces = [];
        for (;;) {
            const ch = this.peek();
            if (ch === undefined)
                break;
            if (stop !== undefined && ch === stop) {
                this.i += 1;
                return pieces;
            }
            if (ch === '$')
                pushPieces(pieces, this.dollar());
            else if (ch === "'")
                pushText(pieces, this.singleQuoted());
            else if (ch === '"')
                pushPieces(pieces, this.doubleQuoted(raw));
            else {
                this.i += 1;
                if (ch === this.escape) {
                    if (raw)
                        pushText(pieces, ch);
                    const escaped = this.next();
                    if (escaped === undefined)
                        break;
                    pushText(pieces, escaped);
                }
                else
                    pushText(pieces, ch);
            }
        }
        if (stop !== undefined)
            throw new ExpansionError(`missing "${stop}"`, openedAt);
        return pieces;
    }
    singleQuoted() {
        const start = this.i;
        this.i += 1;
        const end = this.text.indexOf("'", this.i);
        if (end < 0)
            throw new ExpansionError('a single quote is never closed', start);
        this.i = end + 1;
        return this.text.slice(start + 1, end);
    }
    doubleQuoted(raw) {
        const start = this.i;
        this.i += 1;
        const pieces = [];
        for (;;) {
            const ch = this.peek();
            if (ch === undefined)
                throw new ExpansionError('a double quote is never closed', start);
            if (ch === '"') {
                this.i += 1;
                return pieces;
            }
            if (ch === '$') {
                pushPieces(pieces, this.dollar());
                continue;
            }
            this.i += 1;
            if (ch === this.escape) {
                if (raw)
                    pushText(pieces, ch);
                const following = this.peek();
                if (following === undefined)
                    continue;
                if (following === '"' || following === '$' || following === this.escape) {
                    this.i += 1;
                    pushText(pieces, following);
                    continue;
                }
            }
            pushText(pieces, ch);
        }
    }
    name() {
        const first = this.peek();
        if (first === undefined)
            return '';
        if (DIGIT.test(first)) {
            let digits = '';
            while (this.peek() !== undefined && DIGIT.test(this.peek()))
                digits += this.next();
            return digits;
        }
        if (SPECIAL_PARAMETERS.has(first)) {
            this.i += 1;
            return first;
        }
        let name = '';
        while (this.peek() !== undefined && NAME_CHAR.test(this.peek()))
            name += this.next();
        return name;
    }
    dollar() {
        const start = this.i;
        this.i += 1; // $
        if (this.peek() !== '{') {
            const name = this.name();
            if (name === '')
                return [{ kind: 'text', text: '$' }];
            return this.valueOf(name, this.text.slice(start, this.i));
        }
        this.i += 1; // {
        const first = this.peek();
        if (first === undefined)
            throw new ExpansionError('missing "}"', start);
        if (first === '{' || first === '}' || first === ':')
            throw new ExpansionError('bad substitution', start);
        const name = this.name();
        const modifier = this.next();
        if (modifier === undefined)
            throw new ExpansionError('missing "}"', start);
        if (modifier === '}')
            return this.valueOf(name, this.text.slice(start, this.i));
        let operator = modifier;
        if (modifier === ':') {
            const second = this.next();
            if (second === undefined)
                throw new ExpansionError('missing "}"', start);
            operator = `:${second}`;
        }
        const base = operator.replace(':', '');
        if (base === '-' || base === '+' || base === '?' || base === '#' || base === '%') {
            const raw = base === '#' || base === '%';
            const word = this.until('}', raw, start);
            return this.modified(name, operator, word, this.text.slice(start, this.i), start);
        }
        if (modifier === '/') {
            const all = this.peek() === '/';
            if (all)
                this.i += 1;
            const pattern = this.until('/', true, start);
            const replacement = this.until('}', true, start);
            return this.replaced(name, pattern, replacement, all, this.text.slice(start, this.i), start);
        }
        throw new ExpansionError(`unsupported modifier "${operator}" in \${${name}${operator}…}`, start);
    }
    unresolved(written, causes) {
        return [{ kind: 'unresolved', written, causes }];
    }
    /** What a variable contributes where its value is used. */
    valueOf(name, written, message) {
        const binding = this.scope.get(name);
        const extra = message === undefined ? {} : { message };
        if (binding === undefined)
            return this.unresolved(written, [{ name, reason: 'not-declared', ...extra }]);
        switch (binding.kind) {
            case 'value':
                return [...binding.pieces];
            case 'no-value':
                return this.unresolved(written, [{ name, reason: 'no-value', declaredAt: binding.declaredAt, ...extra }]);
            case 'set-by-builder':
                return this.unresolved(written, [{ name, reason: 'set-by-builder', ...extra }]);
        }
    }
    causesOfBinding(name, binding) {
        switch (binding.kind) {
            case 'value':
                return causesOf(binding.pieces);
            case 'no-value':
                return [{ name, reason: 'no-value', declaredAt: binding.declaredAt }];
            case 'set-by-builder':
                return [{ name, reason: 'set-by-builder' }];
        }
    }
    modified(name, operator, word, written, start) {
        const binding = this.scope.get(name);
        const nullIsUnset = operator.startsWith(':');
        const base = operator.replace(':', '');
        // Docker's view: an ARG without a value is set and empty; a platform variable is set.
        const emptiness = binding === undefined
            ? 'unset'
            : binding.kind === 'value'
                ? emptinessOf(binding.pieces)
                : binding.kind === 'no-value'
                    ? 'empty'
                    : 'unknown';
        const missing = emptiness === 'unset' || (nullIsUnset && emptiness === 'empty');
        const undecidable = nullIsUnset && emptiness === 'unknown';
        const undecided = () => this.unresolved(written, binding === undefined ? [] : this.causesOfBinding(name, binding));
        switch (base) {
            case '-':
                if (undecidable)
                    return undecided();
                return missing ? word : this.valueOf(name, written);
            case '+':
                if (undecidable)
                    return undecided();
                return missing ? [] : word;
            case '?': {
                const message = knownText(word) || (emptiness === 'unset' ? 'is not allowed to be unset' : 'is not allowed to be empty');
                if (undecidable)
                    return undecided();
                if (missing) {
                    const reason = binding === undefined ? 'not-declared' : binding.kind === 'set-by-builder' ? 'set-by-builder' : 'no-value';
                    const cause = binding?.kind === 'no-value'
                        ? { name, reason, declaredAt: binding.declaredAt, message }
                        : { name, reason, message };
                    return this.unresolved(written, [cause]);
                }
                return this.valueOf(name, written);
            }
            default: {
                // `#`, `##`, `%`, `%%`: the result is the variable's value, trimmed.
                const value = this.valueOf(name, written);
                const valueText = knownText(value);
                const patternText = knownText(word);
                if (valueText === undefined || patternText === undefined) {
                    return this.unresolved(written, [...causesOf(value), ...causesOf(word)]);
                }
                const longest = patternText.startsWith(base);
                const pattern = longest ? patternText.slice(1) : patternText;
                const trimmed = base === '#' ? removePrefix(valueText, pattern, longest, start) : removeSuffix(valueText, pattern, longest, start);
                return trimmed === '' ? [] : [{ kind: 'text', text: trimmed }];
            }
        }
    }
    replaced(name, pattern, replacement, all, written, start) {
        const value = this.valueOf(name, written);
        const valueText = knownText(value);
        const patternText = knownText(pattern);
        const replacementText = knownText(replacement);
        if (valueText === undefined || patternText === undefined || replacementText === undefined) {
            return this.unresolved(written, [...causesOf(value), ...causesOf(pattern), ...causesOf(replacement)]);
        }
        const result = replacePattern(valueText, patternText, replacementText, all, start);
        return result === '' ? [] : [{ kind: 'text', text: result }];
    }
}
/** Expands one word; throws `ExpansionError` (with an offset into `text`) on bad syntax. */
function expandWord(text, scope, escape) {
    return new Expander(text, scope, escape).run();
}

// EXTERNAL MODULE: ./lib/src/core/dockerfile/instructions.js + 1 modules
var instructions = __webpack_require__(5189);
// EXTERNAL MODULE: ./lib/src/core/dockerfile/words.js
var dockerfile_words = __webpack_require__(5870);
;// CONCATENATED MODULE: ./lib/src/core/dockerfile/parse.js
/**
 * The FROM lines of a rendered Dockerfile: every stage's base, with the ARGs declared before the
 * first FROM substituted the way Docker substitutes them.
 *
 * Scope of a FROM (as in Docker): the ARGs declared before the first FROM, each default expanded
 * with the ones before it, a build arg of the same name replacing the default; and the platform
 * variables (BUILDPLATFORM, TARGETARCH…) that the builder sets. An ARG after the first FROM
 * belongs to its stage and never reaches a FROM; neither does a build arg that no ARG declares.
 */




/** Set by BuildKit for every build; a FROM may use them without declaring them. */
const PLATFORM_VARIABLES = [
    'BUILDPLATFORM',
    'BUILDOS',
    'BUILDARCH',
    'BUILDVARIANT',
    'TARGETPLATFORM',
    'TARGETOS',
    'TARGETARCH',
    'TARGETVARIANT',
];
const STAGE_NAME = /^[a-z][a-z0-9\-_.]*$/u;
function textBinding(text) {
    return { kind: 'value', pieces: text === '' ? [] : [{ kind: 'text', text }] };
}
function buildArg(buildArgs, name) {
    return buildArgs !== undefined && Object.hasOwn(buildArgs, name) ? buildArgs[name] : undefined;
}
/** Joins pieces into text, remembering where each unresolved piece landed. */
function layOut(pieces) {
    let text = '';
    const unresolved = [];
    for (const piece of pieces) {
        if (piece.kind === 'text') {
            text += piece.text;
        }
        else {
            unresolved.push({ start: text.length, end: text.length + piece.written.length, causes: piece.causes });
            text += piece.written;
        }
    }
    return { text, unresolved };
}
class DockerfileParser {
    escape;
    buildArgs;
    diagnostics = [];
    scope = new Map();
    froms = [];
    stages = [];
    /** Stages started so far, counting FROMs that had errors. */
    get stageCount() {
        return this.stages.length;
    }
    constructor(escape, buildArgs) {
        this.escape = escape;
        this.buildArgs = buildArgs;
        for (const name of PLATFORM_VARIABLES) {
            const given = buildArg(buildArgs, name);
            this.scope.set(name, given === undefined ? { kind: 'set-by-builder' } : textBinding(given));
        }
    }
    /** Expands a word, turning a syntax error into a diagnostic at its exact place. */
    expand(word, what) {
        try {
            return expandWord(word.text, this.scope, this.escape);
        }
        catch (error) {
            if (!(error instanceof ExpansionError))
                throw error;
            this.diagnostics.push({
                message: `cannot substitute variables in ${what} "${word.text}": ${error.message}`,
                location: word.locate(error.offset),
                hint: 'Write variables as $NAME or ${NAME}, optionally ${NAME:-default}; close every quote and brace.',
            });
            return undefined;
        }
    }
    declareArgs(args, location) {
        const words = (0,dockerfile_words/* splitShellWords */.CQ)(args, this.escape);
        if (words.length === 0) {
            this.diagnostics.push({ message: 'ARG needs a name', location, hint: 'Write ARG NAME or ARG NAME=default.' });
            return;
        }
        for (const word of words) {
            const equals = word.text.indexOf('=');
            const name = equals < 0 ? word.text : word.text.slice(0, equals);
            if (name === '') {
                this.diagnostics.push({
                    message: `ARG "${word.text}" has no name`,
                    location: word.locate(0),
                    hint: 'Write ARG NAME or ARG NAME=default.',
                });
                continue;
            }
            // The default is expanded even when a build arg replaces it, as Docker does, so that a
            // broken default is reported whatever the build args are.
            const pieces = equals < 0 ? undefined : this.expand(word.slice(equals + 1), `the default of ARG ${name}`);
            const given = buildArg(this.buildArgs, name);
            if (given !== undefined)
                this.scope.set(name, textBinding(given));
            else if (equals < 0)
                this.scope.set(name, { kind: 'no-value', declaredAt: word.locate(0) });
            else if (pieces !== undefined)
                this.scope.set(name, { kind: 'value', pieces });
            else
                this.scope.delete(name);
        }
    }
    addFrom(args, location) {
        const stageIndex = this.stages.length;
        const words = (0,dockerfile_words/* splitOnWhitespace */.Jl)(args);
        let platformWord;
        let k = 0;
        let flagsOk = true;
        for (; k < words.length; k += 1) {
            const word = words[k];
            if (!word.text.startsWith('--'))
                break;
            if (word.text === '--') {
                k += 1;
                break;
            }
            const equals = word.text.indexOf('=');
            const flag = equals < 0 ? word.text.slice(2) : word.text.slice(2, equals);
            if (flag !== 'platform') {
                flagsOk = false;
                this.diagnostics.push({
                    message: `FROM does not accept the flag --${flag}`,
                    location: word.locate(0),
                    hint: 'FROM takes only --platform=<os/arch>; remove the flag.',
                });
            }
            else if (equals < 0) {
                flagsOk = false;
                this.diagnostics.push({
                    message: '--platform needs a value',
                    location: word.locate(0),
                    hint: 'Write --platform=linux/amd64 (with "=", no space).',
                });
            }
            else if (platformWord !== undefined) {
                flagsOk = false;
                this.diagnostics.push({
                    message: '--platform is given twice',
                    location: word.locate(0),
                    hint: 'Keep one --platform flag.',
                });
            }
            else {
                platformWord = word.slice(equals + 1);
            }
        }
        const rest = words.slice(k);
        const image = rest[0];
        const hasStageName = rest.length === 3 && rest[1]?.text.toLowerCase() === 'as';
        if (image === undefined || (rest.length !== 1 && !hasStageName)) {
            this.stages.push({ name: undefined });
            this.diagnostics.push({
                message: image === undefined ? 'FROM names no image' : `FROM "${args.text}" is not "FROM <image> [AS <name>]"`,
                location: image?.locate(0) ?? location,
                hint: 'Write FROM [--platform=<platform>] <image> [AS <stage-name>].',
            });
            return;
        }
        let stageName;
        const stageWord = hasStageName ? rest[2] : undefined;
        if (stageWord !== undefined) {
            stageName = stageWord.text.toLowerCase();
            if (!STAGE_NAME.test(stageName)) {
                this.diagnostics.push({
                    message: `"${stageWord.text}" is not a valid stage name`,
                    location: stageWord.locate(0),
                    hint: 'A stage name starts with a letter and holds only letters, digits, "-", "_" and ".".',
                });
            }
        }
        const earlierStages = [...this.stages];
        this.stages.push({ name: stageName });
        const platformPieces = platformWord === undefined ? undefined : this.expand(platformWord, '--platform');
        const pieces = this.expand(image, 'the image of FROM');
        if (!flagsOk || pieces === undefined || (platformWord !== undefined && platformPieces === undefined))
            return;
        const { text: reference, unresolved } = layOut(pieces);
        if (reference === '') {
            this.diagnostics.push({
                message: `the image of FROM "${image.text}" is empty once its variables are substituted`,
                location: image.locate(0),
                hint: 'Give the ARG it uses a non-empty default, or set it under build-args in images.yaml.',
            });
            return;
        }
        let baseStage;
        if (unresolved.length === 0) {
            const wanted = reference.toLowerCase();
            // Docker looks a base up among the stages declared before this one; the latest wins.
            for (let index = earlierStages.length - 1; index >= 0; index -= 1) {
                if (earlierStages[index]?.name === wanted) {
                    baseStage = { name: wanted, index };
                    break;
                }
            }
        }
        this.froms.push({
            written: image.text,
            reference,
            unresolved,
            ...(platformPieces === undefined ? {} : { platform: displayText(platformPieces) }),
            ...(stageName === undefined ? {} : { stageName }),
            stageIndex,
            ...(baseStage === undefined ? {} : { baseStage }),
            location,
            referenceLocation: image.locate(0),
        });
    }
}
/**
 * Parses the FROM instructions of a rendered Dockerfile. Throws `UserInputError` listing every
 * problem found (bad syntax, instructions before the first FROM, no FROM at all).
 */
function parseDockerfile(text, options) {
    const lines = (0,instructions/* readInstructions */.K)(text, options.file);
    const parser = new DockerfileParser(lines.escape, options.buildArgs);
    const diagnostics = [...lines.diagnostics];
    let misplaced = false;
    for (const instruction of lines.instructions) {
        if (instruction.keyword === 'from') {
            parser.addFrom(instruction.args, instruction.keywordLocation);
        }
        else if (parser.stageCount === 0 && !misplaced) {
            if (instruction.keyword === 'arg') {
                parser.declareArgs(instruction.args, instruction.keywordLocation);
            }
            else {
                misplaced = true;
                diagnostics.push({
                    message: `${instruction.keyword.toUpperCase()} comes before the first FROM`,
                    location: instruction.keywordLocation,
                    hint: 'Only ARG (and comments or parser directives) may come before the first FROM; start the stage with FROM <image>.',
                });
            }
        }
    }
    if (lines.instructions.every((instruction) => instruction.keyword !== 'from')) {
        diagnostics.push({
            message: 'the Dockerfile has no FROM instruction',
            location: { file: options.file, line: 1, column: 1 },
            hint: 'Start it with FROM <image> (or FROM scratch).',
        });
    }
    diagnostics.push(...parser.diagnostics);
    (0,core_diagnostics/* throwIfAny */.MI)(sortDiagnostics(diagnostics));
    return { file: options.file, froms: parser.froms, directives: lines.directives, escape: lines.escape };
}
function sortDiagnostics(diagnostics) {
    return [...diagnostics].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0));
}

// EXTERNAL MODULE: ./lib/src/core/reference.js
var reference = __webpack_require__(4269);
;// CONCATENATED MODULE: ./lib/src/core/dockerfile/parents.js
/**
 * What each FROM builds on: an image of this repository (a graph edge), an external base, an
 * earlier stage of the same Dockerfile, or nothing (`scratch`).
 *
 * Matching rule. A reference names an image of this repository when the last path component of
 * its repository (registry, namespaces, tag and digest ignored), with the configured `prefix`
 * stripped when it starts with it, is a known image name. When stripping leaves no known name, the
 * unstripped component is tried, so an image whose own name starts with the prefix
 * (`kolla-toolbox` with prefix `kolla-`) is still found. Examples with images {base,
 * base-notebook} and prefix `kolla-`: `quay.io/x/kolla-base:1` → base;
 * `ghcr.io/acme/base-notebook@sha256:…` → base-notebook; `debian:12` → external.
 *
 * Because only the last component matters, a FROM whose registry or namespace comes from ARGs
 * without a value (`${REGISTRY}/${OWNER}/base-notebook`) is still an edge. A FROM whose image
 * name itself is unknown before the build, and that is not one of ours, is an error: its
 * external base could not be watched.
 *
 * A FROM naming the very image its Dockerfile builds (`images/debian` built `FROM debian:12`)
 * means the upstream image of that name: a build can never be its own parent.
 */


/** Marks characters whose value is unknown, so that splitting never happens inside them. */
const UNKNOWN = '\uE000';
/** Start and end of the last path component of a reference's repository. */
function lastComponentRange(reference) {
    const at = reference.indexOf('@');
    const name = at < 0 ? reference : reference.slice(0, at);
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    const end = colon > slash ? colon : name.length;
    return { start: slash + 1, end };
}
/** The known image a repository's last path component names, with the prefix rule above. */
function imageForComponent(component, known, prefix) {
    if (prefix !== '' && component.startsWith(prefix)) {
        const stripped = component.slice(prefix.length);
        if (known.has(stripped))
            return stripped;
    }
    return known.has(component) ? component : undefined;
}
/** The image of this repository that a (fully known) reference names, if any. */
function imageNamedBy(reference, known, prefix) {
    const { start, end } = lastComponentRange(reference);
    return imageForComponent(reference.slice(start, end), known, prefix);
}
/**
 * The last component of a FROM's reference, or undefined when part of it is unknown before the
 * build. Unknown parts are masked first so that a `/` or `:` inside `${X:-a/b}` cannot split.
 */
function literalLastComponent(reference, unresolved) {
    let masked = reference;
    for (const part of unresolved) {
        masked = masked.slice(0, part.start) + UNKNOWN.repeat(part.end - part.start) + masked.slice(part.end);
    }
    const { start, end } = lastComponentRange(masked);
    const component = masked.slice(start, end);
    return component.includes(UNKNOWN) || component === '' ? undefined : component;
}
function describeCause(cause) {
    const required = cause.message === undefined ? '' : ` (${cause.message})`;
    switch (cause.reason) {
        case 'no-value': {
            const where = cause.declaredAt ? ` at ${(0,core_diagnostics/* formatLocation */.j$)(cause.declaredAt)}` : '';
            return `$${cause.name} has no value: ARG ${cause.name}${where} has no default and no build arg sets it${required}`;
        }
        case 'not-declared':
            return `$${cause.name} is not declared by an ARG before the first FROM${required}`;
        case 'set-by-builder':
            return `$${cause.name} is set by the builder for each target platform${required}`;
    }
}
function hintFor(causes) {
    const hints = new Set();
    for (const cause of causes) {
        switch (cause.reason) {
            case 'no-value':
                hints.add(`give ARG ${cause.name} a default (ARG ${cause.name}=…) or set ${cause.name} under build-args in images.yaml`);
                break;
            case 'not-declared':
                hints.add(`declare ARG ${cause.name}=… before the first FROM (a FROM sees only ARGs declared before the first FROM)`);
                break;
            case 'set-by-builder':
                hints.add(`name the base without $${cause.name}, or set ${cause.name} under build-args in images.yaml`);
                break;
        }
    }
    const list = [...hints].join('; ');
    return `To fix it, ${list}. If it is an image of this repository, keep its name literal (e.g. \${REGISTRY}/base:\${TAG}) so it is recognised.`;
}
function unresolvedDiagnostic(from) {
    const causes = [];
    for (const part of from.unresolved) {
        for (const cause of part.causes) {
            if (!causes.some((c) => c.name === cause.name && c.reason === cause.reason))
                causes.push(cause);
        }
    }
    const why = causes.length > 0 ? causes.map(describeCause).join('; ') : 'a variable in it has no known value';
    return {
        message: `cannot tell which image FROM ${from.written} builds on: ${why}`,
        location: from.referenceLocation,
        hint: hintFor(causes),
    };
}
function invalidReferenceDiagnostic(from, error) {
    const substituted = from.reference === from.written ? '' : ` (after substitution: ${from.reference})`;
    return {
        message: `FROM ${from.written}${substituted}: ${error.message}`,
        location: from.referenceLocation,
        hint: 'Write the image as [registry/][namespace/]name[:tag][@sha256:digest], in lowercase.',
    };
}
/**
 * Sorts every FROM of a parsed Dockerfile into edges, external bases, stages and scratch.
 * Throws `UserInputError` for a FROM whose image cannot be known or is not a valid reference.
 */
function classifyFroms(parsed, known, options) {
    const origins = [];
    const diagnostics = [];
    for (const from of parsed.froms) {
        if (from.baseStage !== undefined) {
            origins.push({ kind: 'stage', stage: from.baseStage.name, stageIndex: from.baseStage.index, from });
            continue;
        }
        const resolved = from.unresolved.length === 0;
        if (resolved && from.reference === 'scratch') {
            origins.push({ kind: 'scratch', from });
            continue;
        }
        const component = literalLastComponent(from.reference, from.unresolved);
        const matched = component === undefined ? undefined : imageForComponent(component, known, options.prefix);
        const image = matched !== undefined && matched !== options.image ? matched : undefined;
        if (!resolved) {
            // A registry or tag we cannot know does not matter for an image we build ourselves: the
            // builder rewrites that FROM to the digest it just built.
            if (image !== undefined)
                origins.push({ kind: 'internal', image, from });
            else
                diagnostics.push(unresolvedDiagnostic(from));
            continue;
        }
        let parsedReference;
        try {
            parsedReference = (0,reference/* parseReference */.F2)(from.reference);
        }
        catch (error) {
            if (!(error instanceof reference/* ReferenceParseError */.t0))
                throw error;
            diagnostics.push(invalidReferenceDiagnostic(from, error));
            continue;
        }
        if (image !== undefined)
            origins.push({ kind: 'internal', image, from });
        else
            origins.push({ kind: 'external', reference: from.reference, parsed: parsedReference, from });
    }
    (0,core_diagnostics/* throwIfAny */.MI)(diagnostics);
    const parents = origins.flatMap((o) => (o.kind === 'internal' ? [{ image: o.image, from: o.from }] : []));
    const parentImages = [...new Set(parents.map((p) => p.image))].sort();
    const externalBases = [];
    const seen = new Set();
    for (const origin of origins) {
        if (origin.kind !== 'external')
            continue;
        const key = (0,reference/* formatReference */.FH)(origin.parsed);
        if (seen.has(key))
            continue;
        seen.add(key);
        externalBases.push({ reference: origin.reference, parsed: origin.parsed, from: origin.from });
    }
    return { origins, parents, parentImages, externalBases };
}
/** The graph edges a Dockerfile's FROM lines make: one per FROM naming an image of ours. */
function fromEdges(child, classified) {
    return classified.parents.map((parent) => ({
        parent: parent.image,
        child,
        origin: { kind: 'from', location: parent.from.location, reference: parent.from.written },
    }));
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./lib/src/core/graph/edges.js
/**
 * Edges of the image graph and where each comes from, so that every message about an edge (a
 * cycle, an unknown image) can point at the FROM line or the `depends-on` entry that made it.
 */

/** "app builds on base (FROM kolla/base:master at images/app/Dockerfile:1:1)". */
function describeEdge(edge) {
    const where = (0,core_diagnostics/* formatLocation */.j$)(edge.origin.location);
    if (edge.origin.kind === 'from') {
        const what = edge.origin.reference === undefined ? 'FROM' : `FROM ${edge.origin.reference}`;
        return `${edge.child} builds on ${edge.parent} (${what} at ${where})`;
    }
    return `${edge.child} depends on ${edge.parent} (depends-on at ${where})`;
}

// EXTERNAL MODULE: ./lib/src/core/graph/names.js
var graph_names = __webpack_require__(9151);
;// CONCATENATED MODULE: ./lib/src/core/graph/cycles.js


/** Strongly connected components that hold a cycle (more than one node, or a self-edge). */
function cyclicComponents(nodes, children) {
    const index = new Map();
    const low = new Map();
    const onStack = new Set();
    const stack = [];
    const components = [];
    let counter = 0;
    const visit = (node) => {
        index.set(node, counter);
        low.set(node, counter);
        counter += 1;
        stack.push(node);
        onStack.add(node);
        for (const child of children.get(node) ?? []) {
            if (!index.has(child)) {
                visit(child);
                low.set(node, Math.min(low.get(node), low.get(child)));
            }
            else if (onStack.has(child)) {
                low.set(node, Math.min(low.get(node), index.get(child)));
            }
        }
        if (low.get(node) === index.get(node)) {
            const component = [];
            let member;
            do {
                member = stack.pop();
                onStack.delete(member);
                component.push(member);
            } while (member !== node);
            const selfEdge = (children.get(node) ?? []).includes(node);
            if (component.length > 1 || selfEdge)
                components.push(component.sort(graph_names/* compareNames */.M));
        }
    };
    for (const node of nodes)
        if (!index.has(node))
            visit(node);
    return components.sort((a, b) => (0,graph_names/* compareNames */.M)(a[0], b[0]));
}
/**
 * The shortest cycle through the first (smallest) image of a component, as the list of images
 * in build order: each one is a parent of the next, and the last is a parent of the first.
 */
function cycleThrough(component, children) {
    const start = component[0];
    const members = new Set(component);
    const previous = new Map();
    const queue = [start];
    for (let head = 0; head < queue.length; head += 1) {
        const node = queue[head];
        for (const child of children.get(node) ?? []) {
            if (!members.has(child))
                continue;
            if (child === start) {
                const cycle = [node];
                for (let at = node; at !== start;) {
                    at = previous.get(at);
                    cycle.unshift(at);
                }
                return cycle;
            }
            if (!previous.has(child)) {
                previous.set(child, node);
                queue.push(child);
            }
        }
    }
    throw new Error(`no cycle through ${start}: the component is not strongly connected`);
}
/** One diagnostic per edge of the cycle, each at the place that made that edge. */
function cycleDiagnostics(cycle, edgeBetween, alsoEntangled) {
    const edges = cycle.map((parent, i) => edgeBetween(parent, cycle[(i + 1) % cycle.length]));
    const ring = [...cycle, cycle[0]].join(' → ');
    const others = alsoEntangled.length > 0 ? ` Also on cycles with them: ${alsoEntangled.join(', ')}.` : '';
    const hint = `Each image builds on the one before it, so none can be built first. The edges: ${edges.map(describeEdge).join('; ')}. ` +
        `Remove one of them (a FROM line or a depends-on entry).${others}`;
    return edges.map((edge) => ({
        message: `dependency cycle ${ring}: ${describeEdge(edge)}`,
        location: edge.origin.location,
        hint,
    }));
}

;// CONCATENATED MODULE: ./lib/src/core/graph/render.js
/**
 * Drawings of (part of) the image graph: Mermaid for job summaries and the `graph` output, DOT
 * for Graphviz. Both are deterministic: nodes and edges in name order.
 */

function drawnNodes(view) {
    return [...new Set([...view.include, ...view.greyed])].sort(graph_names/* compareNames */.M);
}
function sortedEdges(view) {
    return [...view.edges].sort(([p1, c1], [p2, c2]) => (0,graph_names/* compareNames */.M)(p1, p2) || (0,graph_names/* compareNames */.M)(c1, c2));
}
/**
 * Mermaid label text: quotes, angle brackets, `&` and `#` become entity codes, which Mermaid
 * decodes, so an image name or label can never break out of its `["…"]`.
 */
function mermaidText(text) {
    return text.replace(/[#"<>&]/gu, (ch) => `#${ch.codePointAt(0)};`).replace(/[\r\n]+/gu, ' ');
}
const MERMAID_GREY_CLASS = 'unaffected';
function renderMermaid(view, direction = 'TD') {
    const nodes = drawnNodes(view);
    // Ids are positional: image names may hold `-` or `.`, which Mermaid reads as syntax.
    const ids = new Map(nodes.map((node, i) => [node, `n${i}`]));
    const lines = [`flowchart ${direction}`];
    for (const node of nodes)
        lines.push(`  ${ids.get(node)}["${mermaidText(view.label(node))}"]`);
    for (const [parent, child] of sortedEdges(view))
        lines.push(`  ${ids.get(parent)} --> ${ids.get(child)}`);
    const greyed = nodes.filter((node) => view.greyed.has(node) && !view.include.has(node));
    if (greyed.length > 0) {
        lines.push(`  classDef ${MERMAID_GREY_CLASS} fill:#f6f8fa,stroke:#afb8c1,color:#8c959f,stroke-dasharray:4 3`);
        lines.push(`  class ${greyed.map((node) => ids.get(node)).join(',')} ${MERMAID_GREY_CLASS}`);
    }
    return `${lines.join('\n')}\n`;
}
function dotId(text) {
    return `"${text.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"').replace(/\r?\n/gu, '\\n')}"`;
}
function renderDot(view, name = 'images') {
    const lines = [`digraph ${dotId(name)} {`, '  rankdir=TB;', '  node [shape=box];'];
    for (const node of drawnNodes(view)) {
        const attributes = [];
        const label = view.label(node);
        if (label !== node)
            attributes.push(`label=${dotId(label)}`);
        if (view.greyed.has(node) && !view.include.has(node))
            attributes.push('style=dashed', 'color=gray60', 'fontcolor=gray45');
        lines.push(`  ${dotId(node)}${attributes.length > 0 ? ` [${attributes.join(', ')}]` : ''};`);
    }
    for (const [parent, child] of sortedEdges(view))
        lines.push(`  ${dotId(parent)} -> ${dotId(child)};`);
    lines.push('}');
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/src/core/graph/index.js
/**
 * The image DAG: which image builds on which, in what order to build them, and how to draw it.
 *
 * Edges point from parent to child and carry their provenance (a FROM line or a `depends-on`
 * entry). Building the graph rejects edges to unknown images and cycles, each reported at the
 * place that made the offending edge. Every ordering is deterministic: ties are broken by name.
 *
 * Several queries take a `subset` (e.g. the affected images). Order within a subset respects the
 * whole graph: if a → x → b and only a and b are in the subset, a still comes before b, in an
 * earlier wave, even though the edge between them runs through an image outside the subset.
 */







function insertSorted(list, item) {
    let low = 0;
    let high = list.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if ((0,graph_names/* compareNames */.M)(list[mid], item) < 0)
            low = mid + 1;
        else
            high = mid;
    }
    list.splice(low, 0, item);
}
function suggestion(name, known) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of known) {
        const d = (0,mod/* distance */.Io)(name, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    if (best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)))
        return ` Did you mean "${best}"?`;
    const listed = known.slice(0, 12).join(', ');
    return known.length === 0 ? '' : ` The images are: ${listed}${known.length > 12 ? ', …' : ''}.`;
}
function unknownImageDiagnostic(edge, missing, known) {
    const hint = `Name an image of this repository (a folder holding a Dockerfile or Dockerfile.j2).${suggestion(missing, known)}`;
    if (missing === edge.parent && edge.origin.kind === 'depends-on') {
        return { message: `${edge.child}: depends-on names "${missing}", which is not an image of this repository`, location: edge.origin.location, hint };
    }
    if (missing === edge.parent) {
        return { message: `${edge.child}: FROM names "${missing}", which is not an image of this repository`, location: edge.origin.location, hint };
    }
    return { message: `"${missing}" is not an image of this repository, yet it has a parent (${edge.parent})`, location: edge.origin.location, hint };
}
class ImageGraph {
    nodes;
    edges;
    parentLists;
    childLists;
    edgeByPair;
    order;
    constructor(
    /** All images, sorted by name. */
    nodes, 
    /** Distinct edges in the order given (the first edge between two images is kept). */
    edges, parentLists, childLists, edgeByPair, 
    /** The whole graph in topological order, ties by name. */
    order) {
        this.nodes = nodes;
        this.edges = edges;
        this.parentLists = parentLists;
        this.childLists = childLists;
        this.edgeByPair = edgeByPair;
        this.order = order;
    }
    /**
     * Builds the graph. Throws `UserInputError` when an edge names an unknown image, or when edges
     * form a cycle (every image on it named, with the FROM line or depends-on behind each edge).
     * Repeated edges between the same two images are kept once (the first one given).
     */
    static build(nodes, edges) {
        const names = [...new Set(nodes)].sort(graph_names/* compareNames */.M);
        const known = new Set(names);
        const diagnostics = [];
        const kept = [];
        const edgeByPair = new Map();
        for (const edge of edges) {
            const missing = [edge.parent, edge.child].find((name) => !known.has(name));
            if (missing !== undefined) {
                diagnostics.push(unknownImageDiagnostic(edge, missing, names));
                continue;
            }
            const key = pairKey(edge.parent, edge.child);
            if (edgeByPair.has(key))
                continue;
            edgeByPair.set(key, edge);
            kept.push(edge);
        }
        (0,core_diagnostics/* throwIfAny */.MI)(diagnostics);
        const parentLists = new Map(names.map((name) => [name, []]));
        const childLists = new Map(names.map((name) => [name, []]));
        for (const edge of kept) {
            insertSorted(parentLists.get(edge.child), edge.parent);
            insertSorted(childLists.get(edge.parent), edge.child);
        }
        for (const component of cyclicComponents(names, childLists)) {
            const cycle = cycleThrough(component, childLists);
            const entangled = component.filter((name) => !cycle.includes(name));
            diagnostics.push(...cycleDiagnostics(cycle, (parent, child) => edgeByPair.get(pairKey(parent, child)), entangled));
        }
        (0,core_diagnostics/* throwIfAny */.MI)(diagnostics);
        const order = kahn(names, parentLists, childLists, () => true);
        return new ImageGraph(names, kept, parentLists, childLists, edgeByPair, order);
    }
    has(image) {
        return this.parentLists.has(image);
    }
    /** Direct parents, sorted. */
    parents(image) {
        return this.parentLists.get(this.known(image));
    }
    /** Direct children, sorted. */
    children(image) {
        return this.childLists.get(this.known(image));
    }
    /** The edge from `parent` to `child`, if there is one. */
    edge(parent, child) {
        return this.edgeByPair.get(pairKey(parent, child));
    }
    /** Images in an order where every parent comes before its children; ties by name. */
    topologicalOrder(subset) {
        if (subset === undefined)
            return [...this.order];
        const member = this.membership(subset);
        return kahn(this.nodes, this.parentLists, this.childLists, member);
    }
    /**
     * The wave of each image of the subset: the number of subset images on the longest chain of
     * ancestors above it. Images of one wave can be built together once the earlier waves are done.
     */
    waveIndex(subset) {
        const member = subset === undefined ? () => true : this.membership(subset);
        const depth = new Map();
        for (const image of this.order) {
            let d = 0;
            for (const parent of this.parentLists.get(image) ?? []) {
                d = Math.max(d, depth.get(parent) + (member(parent) ? 1 : 0));
            }
            depth.set(image, d);
        }
        return new Map(this.order.filter(member).map((image) => [image, depth.get(image)]));
    }
    /** The subset's images grouped by wave, each wave sorted by name. */
    waves(subset) {
        const waves = [];
        for (const [image, wave] of this.waveIndex(subset)) {
            while (waves.length <= wave)
                waves.push([]);
            waves[wave].push(image);
        }
        return waves.map((wave) => wave.sort(graph_names/* compareNames */.M));
    }
    /**
     * For each image of the subset, the heaviest chain from it down to a sink: its own weight plus
     * the heaviest chain below it, counting only subset images (others weigh nothing). A scheduler
     * starts the image with the longest critical path first.
     */
    criticalPathLengths(weight = () => 1, subset) {
        const member = subset === undefined ? () => true : this.membership(subset);
        const length = new Map();
        for (let i = this.order.length - 1; i >= 0; i -= 1) {
            const image = this.order[i];
            let own = 0;
            if (member(image)) {
                own = weight(image);
                if (!Number.isFinite(own) || own < 0)
                    throw new RangeError(`the weight of ${image} must be a finite number ≥ 0, got ${own}`);
            }
            let below = 0;
            for (const child of this.childLists.get(image) ?? [])
                below = Math.max(below, length.get(child));
            length.set(image, own + below);
        }
        return new Map(this.order.filter(member).map((image) => [image, length.get(image)]));
    }
    /** Every image built on any of `images`, directly or not (a start image only if another leads to it). */
    descendants(images) {
        return this.reach(images, this.childLists);
    }
    /** Every image that any of `images` is built on, directly or not. */
    ancestors(images) {
        return this.reach(images, this.parentLists);
    }
    /**
     * Mermaid flowchart of `include`, with context images greyed by a classDef (by default the
     * parents of included images that are not included themselves).
     */
    toMermaid(options) {
        return renderMermaid(this.view(options.include, options.greyed, options.label), options.direction);
    }
    /** Graphviz DOT of the graph, or of `include` with greyed context. */
    toDot(options = {}) {
        return renderDot(this.view(options.include ?? new Set(this.nodes), options.greyed, options.label), options.name);
    }
    /** Image → its parents, both sorted by name. */
    toJSON() {
        const json = {};
        for (const image of this.nodes)
            json[image] = [...this.parentLists.get(image)];
        return json;
    }
    known(image) {
        if (!this.parentLists.has(image))
            throw new Error(`"${image}" is not in the image graph`);
        return image;
    }
    membership(subset) {
        for (const image of subset)
            this.known(image);
        return (image) => subset.has(image);
    }
    reach(start, next) {
        const found = new Set();
        const queue = [...start].map((image) => this.known(image));
        for (let head = 0; head < queue.length; head += 1) {
            for (const neighbour of next.get(queue[head]) ?? []) {
                if (found.has(neighbour))
                    continue;
                found.add(neighbour);
                queue.push(neighbour);
            }
        }
        return found;
    }
    view(include, greyed, label) {
        this.membership(include);
        const context = greyed ?? new Set([...include].flatMap((image) => this.parents(image)).filter((p) => !include.has(p)));
        this.membership(context);
        const drawn = new Set([...include, ...context]);
        const edges = this.edges.filter((edge) => drawn.has(edge.parent) && drawn.has(edge.child)).map((edge) => [edge.parent, edge.child]);
        return { include, greyed: context, edges, label: label ?? ((image) => image) };
    }
}
function pairKey(parent, child) {
    return `${parent}\u0000${child}`;
}
/**
 * Kahn's algorithm over the whole graph. Images outside `member` are passed through as soon as
 * they are ready and left out of the result; among ready members the smallest name goes first.
 * So a member is emitted as soon as every member above it (however indirectly) is, and the result
 * is the name-smallest order that respects the graph.
 */
function kahn(nodes, parents, children, member) {
    const waiting = new Map(nodes.map((node) => [node, (parents.get(node) ?? []).length]));
    const readyMembers = [];
    const readyOthers = [];
    const ready = (node) => {
        if (member(node))
            insertSorted(readyMembers, node);
        else
            readyOthers.push(node);
    };
    for (const node of nodes)
        if (waiting.get(node) === 0)
            ready(node);
    const result = [];
    while (readyOthers.length > 0 || readyMembers.length > 0) {
        const node = readyOthers.length > 0 ? readyOthers.pop() : readyMembers.shift();
        if (member(node))
            result.push(node);
        for (const child of children.get(node) ?? []) {
            const left = waiting.get(child) - 1;
            waiting.set(child, left);
            if (left === 0)
                ready(child);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./lib/src/core/template/errors.js
/**
 * A problem in a template, located in the template file where it is.
 *
 * The renderer's parts throw `TemplateFailure`; `index.ts` turns it into the
 * `UserInputError` the rest of the product understands, mapping the template's
 * name (relative to the images folder) to the path shown to the user.
 */
class TemplateFailure extends Error {
    kind;
    position;
    constructor(kind, message, position) {
        super(message);
        this.name = 'TemplateFailure';
        this.kind = kind;
        this.position = position;
    }
    /** This failure, located at `position` unless it already knows where it happened. */
    at(position) {
        return this.position ? this : new TemplateFailure(this.kind, this.message, position);
    }
}
/**
 * The failure inside an error thrown through nunjucks' runtime, which wraps errors
 * (`TemplateError` with a `cause`) as they cross template boundaries.
 */
function findTemplateFailure(error) {
    let current = error;
    for (let depth = 0; depth < 20 && current !== undefined && current !== null; depth++) {
        if (current instanceof TemplateFailure)
            return current;
        current = current.cause;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/src/core/template/callable.js
/**
 * How template code calls functions.
 *
 * Jinja2 calls take positional and keyword arguments. Functions written for the renderer
 * (built-in filters, tests, globals, Python methods, macros) receive both as they are, through
 * the `JinjaFunction` signature. Any other JavaScript function (one passed in the render
 * context, like `image(name)`) is called with the positional arguments, plus one trailing
 * object holding the keyword arguments when there are any.
 */

const JINJA_CALL = Symbol('jinja.call');
/**
 * A function object for templates: called from template code, it gets the call site and
 * the keyword arguments. (JavaScript code, an extension filter given a macro, cannot call it.)
 */
function jinjaFunction(name, implementation) {
    const direct = () => {
        throw new TemplateFailure('type', `'${name}' can only be called from a template`);
    };
    Object.defineProperty(direct, 'name', { value: name });
    direct[JINJA_CALL] = implementation;
    return direct;
}
function jinjaCallOf(value) {
    return typeof value === 'function' ? value[JINJA_CALL] : undefined;
}
const REQUIRED = Symbol('required');
/**
 * Python's binding of call arguments to parameters, with Python's error messages
 * (raised as `type` failures, located by the caller).
 */
function bindArguments(functionName, spec, args, kwargs) {
    const names = spec.map((p) => (typeof p === 'string' ? p : p[0]));
    if (args.length > names.length) {
        throw new TemplateFailure('type', `${functionName}() takes at most ${names.length} argument(s) (${args.length} given)`);
    }
    const values = names.map((_, i) => (i < args.length ? args[i] : REQUIRED));
    for (const [key, value] of Object.entries(kwargs)) {
        const index = names.indexOf(key);
        if (index < 0)
            throw new TemplateFailure('type', `${functionName}() got an unexpected keyword argument '${key}'`);
        if (values[index] !== REQUIRED)
            throw new TemplateFailure('type', `${functionName}() got multiple values for argument '${key}'`);
        values[index] = value;
    }
    return values.map((value, i) => {
        if (value !== REQUIRED)
            return value;
        const param = spec[i];
        if (typeof param === 'string')
            throw new TemplateFailure('type', `${functionName}() missing required argument: '${param}'`);
        return param[1];
    });
}

// EXTERNAL MODULE: ./node_modules/nunjucks/index.js
var nunjucks = __webpack_require__(8115);
;// CONCATENATED MODULE: ./lib/src/core/template/python.js
/**
 * Python's value semantics for template values.
 *
 * Jinja2 evaluates templates with Python values; the renderer evaluates them with JavaScript
 * values mapped one to one, and this module supplies the Python behaviour of each:
 *
 * | Python             | JavaScript                                                        |
 * |--------------------|-------------------------------------------------------------------|
 * | Undefined          | `undefined`                                                       |
 * | None               | `null`                                                            |
 * | bool               | `boolean`                                                         |
 * | int                | `number` with an integral value                                   |
 * | float              | `number` with a fractional value, or a `PyFloat` box when the     |
 * |                    | value is integral (so that `4 / 2` prints `2.0` as in Python)     |
 * | str                | `string` (or nunjucks' `SafeString`, which macros return)         |
 * | list / tuple       | `Array` / an `Array` marked by `makeTuple`                        |
 * | dict               | a plain object (keys are strings)                                 |
 * | generator          | `PyIterator` (one pass, always true, no length), as filters       |
 * |                    | like `select` and `map` return in Jinja2                          |
 */


/** nunjucks' marker for strings that must not be escaped; macros return them. */
const SafeString = nunjucks.runtime.SafeString;
/** A Python float whose value is integral: kept apart from ints only to print as `2.0`. */
class PyFloat {
    value;
    constructor(value) {
        this.value = value;
    }
}
function isPyObject(value) {
    return typeof value === 'object' && value !== null && typeof value.pyGetAttr === 'function';
}
/** A one-pass iterator (a Python generator): iterating it a second time yields nothing. */
class PyIterator {
    label;
    pyTypeName = 'generator';
    #items;
    constructor(items, label) {
        this.label = label;
        this.#items = items;
    }
    /** Takes the remaining items; later calls get none, as with a Python generator. */
    consume() {
        const items = this.#items ?? [];
        this.#items = undefined;
        return items;
    }
    pyGetAttr() {
        return undefined;
    }
    pyRepr() {
        return `<generator object ${this.label}>`;
    }
}
/** Python's `range`: lazy, so that `range(10**9)|length` costs nothing, as in Python. */
class PyRange {
    start;
    stop;
    step;
    pyTypeName = 'range';
    /** Beyond this many items a range is not turned into a list (it would exhaust memory). */
    static MAX_ITEMS = 10_000_000;
    constructor(start, stop, step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }
    get length() {
        return Math.max(0, Math.ceil((this.stop - this.start) / this.step));
    }
    at(index) {
        return this.start + index * this.step;
    }
    toArray() {
        if (this.length > PyRange.MAX_ITEMS) {
            throw new TemplateFailure('type', `${this.pyRepr()} has more than ${PyRange.MAX_ITEMS} items to iterate`);
        }
        return Array.from({ length: this.length }, (_, i) => this.at(i));
    }
    pyGetAttr(name) {
        return name === 'start' || name === 'stop' || name === 'step' ? this[name] : undefined;
    }
    pyRepr() {
        return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
    }
}
/** Jinja2's `namespace()`: the one object whose attributes `{% set ns.x = … %}` may assign. */
class Namespace {
    attributes;
    pyTypeName = 'Namespace';
    constructor(attributes) {
        this.attributes = attributes;
    }
    pyGetAttr(name) {
        return Object.hasOwn(this.attributes, name) ? this.attributes[name] : undefined;
    }
    pyRepr() {
        return `<Namespace ${repr(this.attributes)}>`;
    }
}
const TUPLE = Symbol('python.tuple');
/** Extra named attributes of a tuple (`groupby` returns named tuples with `grouper`, `list`). */
const TUPLE_ATTRIBUTES = Symbol('python.tupleAttributes');
function makeTuple(items, attributes) {
    Object.defineProperty(items, TUPLE, { value: true });
    if (attributes)
        Object.defineProperty(items, TUPLE_ATTRIBUTES, { value: attributes });
    return items;
}
function isTuple(value) {
    return Array.isArray(value) && value[TUPLE] === true;
}
function tupleAttribute(value, name) {
    const attributes = value[TUPLE_ATTRIBUTES];
    return attributes && Object.hasOwn(attributes, name) ? attributes[name] : undefined;
}
function isList(value) {
    return Array.isArray(value) && !isTuple(value);
}
function isString(value) {
    return typeof value === 'string' || value instanceof SafeString;
}
/** The JavaScript string of a Python str (unwrapping nunjucks' SafeString). */
function asString(value) {
    return typeof value === 'string' ? value : String(value);
}
function isDict(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function isFloat(value) {
    return value instanceof PyFloat || (typeof value === 'number' && !Number.isInteger(value));
}
function isInt(value) {
    return typeof value === 'number' && Number.isInteger(value);
}
/** Python's numbers.Number: int, float and bool. */
function isNumber(value) {
    return typeof value === 'number' || typeof value === 'boolean' || value instanceof PyFloat;
}
/** The numeric value of an int, float or bool. */
function toNumber(value) {
    if (value instanceof PyFloat)
        return value.value;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    return value;
}
/** A float result: boxed when integral so that it keeps printing as a float. */
function makeFloat(value) {
    return Number.isInteger(value) ? new PyFloat(value) : value;
}
/** Python's type name of a value, as Python's error messages spell it. */
function typeName(value) {
    if (value === undefined)
        return 'Undefined';
    if (value === null)
        return 'NoneType';
    if (typeof value === 'boolean')
        return 'bool';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'int' : 'float';
    if (value instanceof PyFloat)
        return 'float';
    if (isString(value))
        return 'str';
    if (isTuple(value))
        return 'tuple';
    if (Array.isArray(value))
        return 'list';
    if (isPyObject(value))
        return value.pyTypeName;
    if (typeof value === 'function')
        return 'function';
    if (isDict(value))
        return 'dict';
    return 'object';
}
/** Python's `bool(value)`. */
function truthy(value) {
    if (value === undefined || value === null)
        return false;
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'number')
        return value !== 0;
    if (value instanceof PyFloat)
        return value.value !== 0;
    if (isString(value))
        return asString(value).length > 0;
    if (Array.isArray(value))
        return value.length > 0;
    if (isDict(value))
        return Object.keys(value).length > 0;
    if (value instanceof PyRange)
        return value.length > 0;
    return true;
}
/** Python's `str(value)`; Jinja2's Undefined prints as the empty string. */
function str(value) {
    if (value === undefined)
        return '';
    if (isString(value))
        return asString(value);
    return repr(value);
}
/** Python's `repr(value)`. */
function repr(value) {
    if (value === undefined)
        return 'Undefined';
    if (value === null)
        return 'None';
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number')
        return Number.isInteger(value) ? intRepr(value) : floatRepr(value);
    if (value instanceof PyFloat)
        return floatRepr(value.value);
    if (isString(value))
        return stringRepr(asString(value));
    if (isTuple(value)) {
        if (value.length === 1)
            return `(${repr(value[0])},)`;
        return `(${value.map(repr).join(', ')})`;
    }
    if (Array.isArray(value))
        return `[${value.map(repr).join(', ')}]`;
    if (isPyObject(value))
        return value.pyRepr();
    if (typeof value === 'function')
        return `<function ${value.name || '<lambda>'}>`;
    if (isDict(value)) {
        return `{${Object.entries(value)
            .map(([k, v]) => `${stringRepr(k)}: ${repr(v)}`)
            .join(', ')}}`;
    }
    return String(value);
}
function intRepr(value) {
    // Python ints are exact and never use exponent notation; print every digit of the double.
    return Number.isSafeInteger(value) ? String(value) : BigInt(value).toString();
}
/** Python's float repr: the shortest round-tripping digits, exponent below 1e-4 and from 1e16. */
function floatRepr(value) {
    if (Number.isNaN(value))
        return 'nan';
    if (value === Infinity)
        return 'inf';
    if (value === -Infinity)
        return '-inf';
    if (value === 0)
        return Object.is(value, -0) ? '-0.0' : '0.0';
    const [mantissa = '0', exponentText = '0'] = value.toExponential().split('e');
    const exponent = Number(exponentText);
    const negative = mantissa.startsWith('-');
    const digits = mantissa.replace('-', '').replace('.', '');
    const sign = negative ? '-' : '';
    if (exponent < -4 || exponent >= 16) {
        const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
        const expSign = exponent < 0 ? '-' : '+';
        return `${sign}${digits[0]}${fraction}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
    }
    if (exponent < 0)
        return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    const intPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
    const fracPart = digits.slice(exponent + 1);
    return `${sign}${intPart}.${fracPart || '0'}`;
}
// Python's str.isprintable() is false for these categories (but a plain space is printable).
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
/** Python's repr of a str: single quotes unless the text has a ' and no ". */
function stringRepr(text) {
    const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of text) {
        if (ch === quote || ch === '\\')
            out += `\\${ch}`;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
            const code = ch.codePointAt(0) ?? 0;
            if (code < 0x100)
                out += `\\x${code.toString(16).padStart(2, '0')}`;
            else if (code < 0x10000)
                out += `\\u${code.toString(16).padStart(4, '0')}`;
            else
                out += `\\U${code.toString(16).padStart(8, '0')}`;
        }
        else
            out += ch;
    }
    return out + quote;
}
/** Python's `==`. Jinja2's Undefined equals only Undefined. */
function equals(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    if (a === null || b === null)
        return a === b;
    if (isNumber(a) && isNumber(b))
        return toNumber(a) === toNumber(b);
    if (isString(a) && isString(b))
        return asString(a) === asString(b);
    if (Array.isArray(a) && Array.isArray(b)) {
        if (isTuple(a) !== isTuple(b) || a.length !== b.length)
            return false;
        return a.every((item, i) => equals(item, b[i]));
    }
    if (a instanceof PyRange && b instanceof PyRange)
        return equals(a.toArray(), b.toArray());
    if (isDict(a) && isDict(b)) {
        const keys = Object.keys(a);
        if (keys.length !== Object.keys(b).length)
            return false;
        return keys.every((k) => Object.hasOwn(b, k) && equals(a[k], b[k]));
    }
    return a === b;
}
/**
 * Python's ordering of two values: -1, 0 or 1, or `undefined` when Python raises
 * "'<' not supported between instances of …".
 */
function order(a, b) {
    if (isNumber(a) && isNumber(b)) {
        const x = toNumber(a);
        const y = toNumber(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (isString(a) && isString(b)) {
        const x = asString(a);
        const y = asString(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (Array.isArray(a) && Array.isArray(b) && isTuple(a) === isTuple(b)) {
        for (let i = 0; i < Math.min(a.length, b.length); i++) {
            if (equals(a[i], b[i]))
                continue;
            return order(a[i], b[i]);
        }
        return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
    }
    return undefined;
}
/** Python's `len()`, or `undefined` when the value has no length. */
function python_length(value) {
    if (value === undefined)
        return 0;
    if (isString(value))
        return [...asString(value)].length;
    if (Array.isArray(value))
        return value.length;
    if (isDict(value))
        return Object.keys(value).length;
    if (value instanceof PyRange)
        return value.length;
    return undefined;
}
/**
 * The items Python's `iter(value)` yields, or `undefined` when the value is not iterable.
 * A dict yields its keys, a str its characters; Undefined yields nothing.
 */
function iterate(value) {
    if (value === undefined)
        return [];
    if (isString(value))
        return [...asString(value)];
    if (Array.isArray(value))
        return [...value];
    if (value instanceof PyIterator)
        return value.consume();
    if (value instanceof PyRange)
        return value.toArray();
    if (isDict(value))
        return Object.keys(value);
    if (typeof value === 'object' && value !== null && Symbol.iterator in value && !isPyObject(value)) {
        return [...value];
    }
    return undefined;
}
/** The key under which a Python value is stored in a JavaScript dict. */
function dictKey(value) {
    return isString(value) ? asString(value) : str(value);
}

;// CONCATENATED MODULE: ./lib/src/core/template/format.js
/**
 * Python's string formatting: `'%s-%d' % (a, b)` (and Jinja2's `format` filter) and
 * `'{}:{:>4}'.format(a, b)`, with the format-spec mini-language for both.
 */


function valueError(message) {
    return new TemplateFailure('type', message);
}
/** Rounds the exact binary value of `x` to `digits` decimals, ties to even (as Python does). */
function toFixedExact(x, digits) {
    if (!Number.isFinite(x))
        return x > 0 ? 'inf' : x < 0 ? '-inf' : 'nan';
    if (Math.abs(x) >= 1e21)
        return BigInt(Math.round(x)).toString() + (digits > 0 ? `.${'0'.repeat(digits)}` : '');
    // toFixed(100) is exact for every double of practical size; round its digits by hand.
    const exact = Math.abs(x).toFixed(100);
    const [intPart = '0', fracPart = ''] = exact.split('.');
    const kept = intPart + fracPart.slice(0, digits);
    const rest = fracPart.slice(digits);
    let roundUp = false;
    if (rest[0] !== undefined && rest[0] > '5')
        roundUp = true;
    else if (rest[0] === '5') {
        const beyond = /[1-9]/.test(rest.slice(1));
        roundUp = beyond || Number(kept[kept.length - 1] ?? '0') % 2 === 1;
    }
    let digitsOut = kept;
    if (roundUp)
        digitsOut = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
    const whole = digitsOut.slice(0, digitsOut.length - digits) || '0';
    const fraction = digits > 0 ? `.${digitsOut.slice(digitsOut.length - digits)}` : '';
    const negative = x < 0 || Object.is(x, -0);
    return `${negative ? '-' : ''}${whole}${fraction}`;
}
function exponentFormat(x, precision, upper) {
    if (!Number.isFinite(x))
        return toFixedExact(x, 0);
    const [mantissa = '0', exponent = '0'] = x.toExponential(precision).split('e');
    const e = Number(exponent);
    const text = `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
    return upper ? text.toUpperCase() : text;
}
/** Python's `g` presentation; `keepPoint` is the no-type rule (always a digit after the point). */
function generalFormat(x, precision, alternate, upper, keepPoint = false) {
    if (!Number.isFinite(x))
        return toFixedExact(x, 0);
    const p = precision === 0 ? 1 : precision;
    if (x === 0)
        return keepPoint ? '0.0' : alternate ? `0.${'0'.repeat(p - 1)}` : '0';
    const exponent = Number(x.toExponential(p - 1).split('e')[1]);
    let text;
    if (exponent >= -4 && exponent < p) {
        text = toFixedExact(x, p - 1 - exponent);
        if (!alternate && text.includes('.'))
            text = text.replace(/\.?0+$/, '');
        if (keepPoint && !text.includes('.'))
            text += '.0';
    }
    else {
        text = exponentFormat(x, p - 1, false);
        if (!alternate)
            text = text.replace(/\.?0+e/, 'e');
    }
    return upper ? text.toUpperCase() : text;
}
const SPEC = /^(?:(.)?([<>=^]))?([-+ ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su;
function parseSpec(spec) {
    const m = SPEC.exec(spec);
    if (!m)
        throw valueError(`Invalid format specifier '${spec}'`);
    return {
        fill: m[1] ?? (m[5] && !m[2] ? '0' : ' '),
        align: m[2] ?? (m[5] ? '=' : undefined),
        sign: m[3] ?? '-',
        alternate: m[4] !== undefined,
        zero: m[5] !== undefined,
        width: m[6] ? Number(m[6]) : 0,
        grouping: m[7] ?? '',
        precision: m[8] !== undefined ? Number(m[8]) : undefined,
        type: m[9] ?? '',
    };
}
function group(digits, separator, size) {
    if (!separator)
        return digits;
    const [whole = '', fraction] = digits.split('.');
    const grouped = whole.replace(new RegExp(`\\B(?=(\\d{${size}})+(?!\\d))`, 'g'), separator);
    return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
function pad(body, sign, prefix, spec, defaultAlign) {
    const align = spec.align ?? defaultAlign;
    const content = sign + prefix + body;
    const missing = spec.width - [...content].length;
    if (missing <= 0)
        return content;
    const fill = spec.fill.repeat(missing);
    if (align === '<')
        return content + fill;
    if (align === '>')
        return fill + content;
    if (align === '=')
        return sign + prefix + fill + body;
    const left = Math.floor(missing / 2);
    return spec.fill.repeat(left) + content + spec.fill.repeat(missing - left);
}
/** Python's `format(value, spec)`. */
function formatValue(value, specText) {
    const spec = parseSpec(specText);
    if (!isNumber(value) || (spec.type === 's')) {
        if (spec.type && spec.type !== 's') {
            throw valueError(`Unknown format code '${spec.type}' for object of type '${typeName(value)}'`);
        }
        let text = str(value);
        if (spec.precision !== undefined)
            text = [...text].slice(0, spec.precision).join('');
        return pad(text, '', '', spec, '<');
    }
    const n = toNumber(value);
    const float = isFloat(value);
    const negative = n < 0 || Object.is(n, -0);
    const sign = negative ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
    const abs = Math.abs(n);
    let body;
    let prefix = '';
    const type = spec.type;
    if ('bcdoxXn'.includes(type) && type !== '') {
        if (float)
            throw valueError(`Unknown format code '${type}' for object of type 'float'`);
        if (type === 'c')
            return pad(String.fromCodePoint(abs), '', '', spec, '<');
        const radix = type === 'b' ? 2 : type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
        body = abs.toString(radix);
        if (type === 'X')
            body = body.toUpperCase();
        if (spec.alternate && radix !== 10)
            prefix = type === 'b' ? '0b' : type === 'o' ? '0o' : type === 'X' ? '0X' : '0x';
        body = group(body, spec.grouping, radix === 10 ? 3 : 4);
    }
    else if (type === 'f' || type === 'F' || type === '%') {
        const scaled = type === '%' ? abs * 100 : abs;
        body = group(toFixedExact(scaled, spec.precision ?? 6), spec.grouping, 3) + (type === '%' ? '%' : '');
        if (type === 'F')
            body = body.toUpperCase();
    }
    else if (type === 'e' || type === 'E') {
        body = exponentFormat(abs, spec.precision ?? 6, type === 'E');
    }
    else if (type === 'g' || type === 'G') {
        body = generalFormat(abs, spec.precision ?? 6, spec.alternate, type === 'G');
    }
    else if (!float && spec.precision === undefined) {
        body = group(String(typeof value === 'boolean' ? (value ? 1 : 0) : abs), spec.grouping, 3);
        if (typeof value === 'boolean' && !specText)
            return value ? 'True' : 'False';
    }
    else if (spec.precision === undefined) {
        body = group(floatRepr(abs), spec.grouping, 3);
    }
    else {
        body = generalFormat(abs, spec.precision, spec.alternate, false, true);
    }
    return pad(body, sign, prefix, spec, '>');
}
// ---- `%` formatting ----------------------------------------------------------------------
const PERCENT = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;
/** Python's `template % args`. */
function percentFormat(template, args) {
    const mapping = isDict(args) ? args : undefined;
    const positional = mapping ? [] : isTuple(args) ? [...args] : [args];
    let index = 0;
    const next = () => {
        if (index >= positional.length)
            throw valueError('not enough arguments for format string');
        return positional[index++];
    };
    const out = template.replace(PERCENT, (_match, key, flags, width, precision, type) => {
        if (type === '%')
            return '%';
        let value;
        if (key !== undefined) {
            if (!mapping)
                throw valueError('format requires a mapping');
            if (!Object.hasOwn(mapping, key))
                throw new TemplateFailure('type', `KeyError: '${key}'`);
            value = mapping[key];
        }
        const w = width === '*' ? toNumber(next()) : width ? Number(width) : 0;
        const p = precision === '*' ? toNumber(next()) : precision !== undefined ? Number(precision) : undefined;
        if (key === undefined)
            value = next();
        return percentConvert(value, flags, w, p, type);
    });
    if (!mapping && index < positional.length)
        throw valueError('not all arguments converted during string formatting');
    return out;
}
function percentConvert(value, flags, width, precision, type) {
    const left = flags.includes('-');
    const zero = flags.includes('0') && !left;
    const plus = flags.includes('+');
    const space = flags.includes(' ');
    const alternate = flags.includes('#');
    let body;
    let sign = '';
    let prefix = '';
    if (type === 's' || type === 'r' || type === 'a') {
        body = type === 's' ? str(value) : repr(value);
        if (precision !== undefined)
            body = [...body].slice(0, precision).join('');
        const missing = width - [...body].length;
        if (missing <= 0)
            return body;
        return left ? body + ' '.repeat(missing) : ' '.repeat(missing) + body;
    }
    if (type === 'c') {
        body = isString(value) ? asString(value) : String.fromCodePoint(toNumber(value));
    }
    else {
        if (!isNumber(value)) {
            throw valueError(`%${type} format: ${'oxX'.includes(type) ? 'an integer' : 'a real number'} is required, not ${typeName(value)}`);
        }
        const n = toNumber(value);
        const abs = Math.abs(n);
        sign = n < 0 ? '-' : plus ? '+' : space ? ' ' : '';
        switch (type) {
            case 'd':
            case 'i':
            case 'u':
                body = String(Math.trunc(abs));
                break;
            case 'o':
                body = Math.trunc(abs).toString(8);
                if (alternate)
                    prefix = '0o';
                break;
            case 'x':
            case 'X':
                body = Math.trunc(abs).toString(16);
                if (alternate)
                    prefix = '0x';
                if (type === 'X') {
                    body = body.toUpperCase();
                    prefix = prefix.toUpperCase();
                }
                break;
            case 'e':
            case 'E':
                body = exponentFormat(abs, precision ?? 6, type === 'E');
                break;
            case 'f':
            case 'F':
                body = toFixedExact(abs, precision ?? 6);
                break;
            default:
                body = generalFormat(abs, precision ?? 6, alternate, type === 'G');
        }
        if (precision !== undefined && 'diouxX'.includes(type))
            body = body.padStart(precision, '0');
    }
    const content = sign + prefix + body;
    const missing = width - content.length;
    if (missing <= 0)
        return content;
    if (left)
        return content + ' '.repeat(missing);
    if (zero && type !== 'c')
        return sign + prefix + '0'.repeat(missing) + body;
    return ' '.repeat(missing) + content;
}
// ---- str.format --------------------------------------------------------------------------
/** Python's `template.format(*args, **kwargs)`; `lookup` resolves `{0.attr}` and `{0[key]}`. */
function strFormat(template, args, kwargs, lookup) {
    let auto = 0;
    let numbering;
    let out = '';
    let i = 0;
    while (i < template.length) {
        const ch = template[i];
        if (ch === '{' && template[i + 1] === '{') {
            out += '{';
            i += 2;
            continue;
        }
        if (ch === '}' && template[i + 1] === '}') {
            out += '}';
            i += 2;
            continue;
        }
        if (ch === '}')
            throw valueError("Single '}' encountered in format string");
        if (ch !== '{') {
            out += ch;
            i++;
            continue;
        }
        const end = template.indexOf('}', i);
        if (end < 0)
            throw valueError("Single '{' encountered in format string");
        const field = template.slice(i + 1, end);
        i = end + 1;
        const m = /^([^.[!:]*)((?:\.[^.[!:]+|\[[^\]]*\])*)(?:!([rsa]))?(?::(.*))?$/su.exec(field);
        if (!m)
            throw valueError(`invalid format field '{${field}}'`);
        const [, first = '', accessors = '', conversion, spec = ''] = m;
        let value;
        if (first === '') {
            if (numbering === 'manual')
                throw valueError('cannot switch from manual field specification to automatic field numbering');
            numbering = 'auto';
            if (auto >= args.length)
                throw valueError(`Replacement index ${auto} out of range for positional args tuple`);
            value = args[auto++];
        }
        else if (/^\d+$/.test(first)) {
            if (numbering === 'auto')
                throw valueError('cannot switch from automatic field numbering to manual field specification');
            numbering = 'manual';
            const index = Number(first);
            if (index >= args.length)
                throw valueError(`Replacement index ${index} out of range for positional args tuple`);
            value = args[index];
        }
        else {
            if (!Object.hasOwn(kwargs, first))
                throw new TemplateFailure('type', `KeyError: '${first}'`);
            value = kwargs[first];
        }
        for (const accessor of accessors.match(/\.[^.[]+|\[[^\]]*\]/g) ?? []) {
            if (accessor.startsWith('.'))
                value = lookup.attribute(value, accessor.slice(1));
            else {
                const key = accessor.slice(1, -1);
                value = lookup.item(value, /^\d+$/.test(key) ? Number(key) : key);
            }
        }
        if (conversion === 'r' || conversion === 'a')
            value = repr(value);
        else if (conversion === 's')
            value = str(value);
        out += formatValue(value, spec);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/src/core/template/methods.js
/**
 * The Python methods templates call on values: `'a,b'.split(',')`, `name.startswith('x')`,
 * `packages.append(p)`, `d.items()`, `d.get('k', 'default')`, `'{}-{}'.format(a, b)`…
 * Lists and dicts are changed in place, as in Python.
 */




function fail(message) {
    throw new TemplateFailure('type', message);
}
/** Defines a method with Python's argument binding. */
function method(name, spec, body) {
    return (self, site, args, kwargs, host) => body(self, bindArguments(name, spec, args, kwargs), site, host);
}
const WHITESPACE = /\s/u;
function strip(text, chars, left, right) {
    const set = chars === null || chars === undefined ? null : new Set(asString(chars));
    const strippable = (ch) => (set ? set.has(ch) : WHITESPACE.test(ch));
    const codePoints = [...text];
    let start = 0;
    let end = codePoints.length;
    while (left && start < end && strippable(codePoints[start]))
        start++;
    while (right && end > start && strippable(codePoints[end - 1]))
        end--;
    return codePoints.slice(start, end).join('');
}
/** Python's split()/rsplit() without a separator: runs of whitespace, at most `maxsplit` times. */
function splitWhitespace(text, maxsplit, fromRight) {
    if (maxsplit < 0)
        return text.trim() === '' ? [] : text.trim().split(/\s+/u);
    if (fromRight) {
        // The unsplit rest keeps its leading whitespace, as in Python.
        let rest = text.replace(/\s+$/u, '');
        const tail = [];
        for (let i = 0; i < maxsplit; i++) {
            const m = /\s+(\S+)$/u.exec(rest);
            if (!m)
                break;
            tail.unshift(m[1]);
            rest = rest.slice(0, m.index);
        }
        return rest === '' ? tail : [rest, ...tail];
    }
    let rest = text.replace(/^\s+/u, '');
    const head = [];
    for (let i = 0; i < maxsplit; i++) {
        const m = /^(\S+)\s+/u.exec(rest);
        if (!m)
            break;
        head.push(m[1]);
        rest = rest.slice(m[0].length);
    }
    return rest === '' ? head : [...head, rest];
}
function split(text, sep, maxsplitValue, fromRight) {
    const maxsplit = maxsplitValue === null || maxsplitValue === undefined ? -1 : toNumber(maxsplitValue);
    if (sep === null || sep === undefined)
        return splitWhitespace(text, maxsplit, fromRight);
    if (!isString(sep))
        fail(`must be str or None, not ${typeName(sep)}`);
    const separator = asString(sep);
    if (separator === '')
        fail('empty separator');
    const parts = text.split(separator);
    if (maxsplit < 0 || parts.length <= maxsplit + 1)
        return parts;
    if (fromRight)
        return [parts.slice(0, parts.length - maxsplit).join(separator), ...parts.slice(parts.length - maxsplit)];
    return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(separator)];
}
/** Python's str.replace, including the empty `old` (which inserts between characters). */
function replace(text, old, replacement, count) {
    if (count === 0)
        return text;
    if (old === '') {
        const chars = [...text];
        let out = '';
        let done = 0;
        for (let i = 0; i <= chars.length; i++) {
            if (count < 0 || done < count) {
                out += replacement;
                done++;
            }
            if (i < chars.length)
                out += chars[i];
        }
        return out;
    }
    if (count < 0)
        return text.split(old).join(replacement);
    let out = '';
    let rest = text;
    for (let i = 0; i < count; i++) {
        const at = rest.indexOf(old);
        if (at < 0)
            break;
        out += rest.slice(0, at) + replacement;
        rest = rest.slice(at + old.length);
    }
    return out + rest;
}
/** Python's str.title(): upper case after any non-letter, lower case elsewhere. */
function pyTitle(text) {
    let previousCased = false;
    let out = '';
    for (const ch of text) {
        const cased = ch.toLowerCase() !== ch.toUpperCase();
        out += cased ? (previousCased ? ch.toLowerCase() : ch.toUpperCase()) : ch;
        previousCased = cased;
    }
    return out;
}
function pyCapitalize(text) {
    const [first = '', ...rest] = [...text];
    return first.toUpperCase() + rest.join('').toLowerCase();
}
/** Python's str.center(width, fill). */
function center(text, width, fill = ' ') {
    const length = [...text].length;
    if (width <= length)
        return text;
    const total = width - length;
    // CPython's rule for where the odd extra fill character goes.
    const left = Math.floor(total / 2) + (total & width & 1);
    return fill.repeat(left) + text + fill.repeat(total - left);
}
function affix(text, value, check, name) {
    const options = isTuple(value) ? value : [value];
    return options.some((option) => {
        if (!isString(option))
            fail(`${name} first arg must be str or a tuple of str, not ${typeName(option)}`);
        return check(text, asString(option));
    });
}
// Python's line boundaries; \x1c-\x1e are the file, group and record separators.
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/u;
/** Python's str.splitlines(). */
function splitlines(text, keepends = false) {
    const lines = [];
    let rest = text;
    while (rest !== '') {
        const m = LINE_BREAKS.exec(rest);
        if (!m) {
            lines.push(rest);
            break;
        }
        lines.push(rest.slice(0, keepends ? m.index + m[0].length : m.index));
        rest = rest.slice(m.index + m[0].length);
    }
    return lines;
}
function indexOf(text, sub, fromRight) {
    if (!isString(sub))
        fail(`must be str, not ${typeName(sub)}`);
    return fromRight ? text.lastIndexOf(asString(sub)) : text.indexOf(asString(sub));
}
function justify(name, left) {
    return method(name, ['width', ['fillchar', ' ']], (s, [width, fill]) => {
        const missing = toNumber(width) - [...s].length;
        if (missing <= 0)
            return s;
        return left ? s + asString(fill).repeat(missing) : asString(fill).repeat(missing) + s;
    });
}
const STRING_METHODS = {
    upper: method('upper', [], (s) => s.toUpperCase()),
    lower: method('lower', [], (s) => s.toLowerCase()),
    casefold: method('casefold', [], (s) => s.toLowerCase()),
    swapcase: method('swapcase', [], (s) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')),
    capitalize: method('capitalize', [], (s) => pyCapitalize(s)),
    title: method('title', [], (s) => pyTitle(s)),
    strip: method('strip', [['chars', null]], (s, [chars]) => strip(s, chars, true, true)),
    lstrip: method('lstrip', [['chars', null]], (s, [chars]) => strip(s, chars, true, false)),
    rstrip: method('rstrip', [['chars', null]], (s, [chars]) => strip(s, chars, false, true)),
    split: method('split', [['sep', null], ['maxsplit', -1]], (s, [sep, max]) => split(s, sep, max, false)),
    rsplit: method('rsplit', [['sep', null], ['maxsplit', -1]], (s, [sep, max]) => split(s, sep, max, true)),
    splitlines: method('splitlines', [['keepends', false]], (s, [keep]) => splitlines(s, Boolean(keep))),
    startswith: method('startswith', ['prefix'], (s, [prefix]) => affix(s, prefix, (t, a) => t.startsWith(a), 'startswith')),
    endswith: method('endswith', ['suffix'], (s, [suffix]) => affix(s, suffix, (t, a) => t.endsWith(a), 'endswith')),
    replace: method('replace', ['old', 'new', ['count', -1]], (s, [old, replacement, count]) => {
        if (!isString(old) || !isString(replacement))
            fail(`replace() argument must be str, not ${typeName(isString(old) ? replacement : old)}`);
        return replace(s, asString(old), asString(replacement), toNumber(count));
    }),
    join: method('join', ['iterable'], (s, [iterable]) => {
        const items = iterate(iterable);
        if (items === undefined)
            fail('can only join an iterable');
        return items
            .map((item, i) => {
            if (!isString(item))
                fail(`sequence item ${i}: expected str instance, ${typeName(item)} found`);
            return asString(item);
        })
            .join(s);
    }),
    find: method('find', ['sub'], (s, [sub]) => indexOf(s, sub, false)),
    rfind: method('rfind', ['sub'], (s, [sub]) => indexOf(s, sub, true)),
    index: method('index', ['sub'], (s, [sub]) => {
        const at = indexOf(s, sub, false);
        return at < 0 ? fail('substring not found') : at;
    }),
    rindex: method('rindex', ['sub'], (s, [sub]) => {
        const at = indexOf(s, sub, true);
        return at < 0 ? fail('substring not found') : at;
    }),
    count: method('count', ['sub'], (s, [sub]) => {
        if (!isString(sub))
            fail(`must be str, not ${typeName(sub)}`);
        const needle = asString(sub);
        return needle === '' ? [...s].length + 1 : s.split(needle).length - 1;
    }),
    center: method('center', ['width', ['fillchar', ' ']], (s, [width, fill]) => center(s, toNumber(width), asString(fill))),
    ljust: justify('ljust', true),
    rjust: justify('rjust', false),
    zfill: method('zfill', ['width'], (s, [width]) => {
        const sign = s.startsWith('-') || s.startsWith('+') ? s[0] : '';
        const body = s.slice(sign.length);
        return sign + body.padStart(toNumber(width) - sign.length, '0');
    }),
    partition: method('partition', ['sep'], (s, [sep]) => {
        const separator = asString(sep);
        const at = s.indexOf(separator);
        return at < 0 ? makeTuple([s, '', '']) : makeTuple([s.slice(0, at), separator, s.slice(at + separator.length)]);
    }),
    rpartition: method('rpartition', ['sep'], (s, [sep]) => {
        const separator = asString(sep);
        const at = s.lastIndexOf(separator);
        return at < 0 ? makeTuple(['', '', s]) : makeTuple([s.slice(0, at), separator, s.slice(at + separator.length)]);
    }),
    removeprefix: method('removeprefix', ['prefix'], (s, [p]) => (s.startsWith(asString(p)) ? s.slice(asString(p).length) : s)),
    removesuffix: method('removesuffix', ['suffix'], (s, [p]) => {
        const suffix = asString(p);
        return suffix && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s;
    }),
    isdigit: method('isdigit', [], (s) => /^\p{Nd}+$/u.test(s)),
    isdecimal: method('isdecimal', [], (s) => /^\p{Nd}+$/u.test(s)),
    isnumeric: method('isnumeric', [], (s) => /^\p{N}+$/u.test(s)),
    isalpha: method('isalpha', [], (s) => /^\p{L}+$/u.test(s)),
    isalnum: method('isalnum', [], (s) => /^[\p{L}\p{N}]+$/u.test(s)),
    isspace: method('isspace', [], (s) => /^\s+$/u.test(s)),
    islower: method('islower', [], (s) => s !== s.toUpperCase() && s === s.toLowerCase()),
    isupper: method('isupper', [], (s) => s !== s.toLowerCase() && s === s.toUpperCase()),
    istitle: method('istitle', [], (s) => s !== s.toLowerCase() && pyTitle(s) === s),
    isidentifier: method('isidentifier', [], (s) => /^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(s)),
};
function listIndex(list, value) {
    if (!isInt(value) && typeof value !== 'boolean')
        fail(`'${typeName(value)}' object cannot be interpreted as an integer`);
    const n = toNumber(value);
    return n < 0 ? list.length + n : n;
}
/** Python's sorted(): stable, raising TypeError for values that cannot be compared. */
function pySort(items, key = (item) => item, reverse = false) {
    const keyed = items.map((item, index) => ({ item, key: key(item), index }));
    keyed.sort((a, b) => {
        const result = order(a.key, b.key);
        if (result === undefined)
            fail(`'<' not supported between instances of '${typeName(b.key)}' and '${typeName(a.key)}'`);
        return (reverse ? -result : result) || a.index - b.index;
    });
    return keyed.map((k) => k.item);
}
const SEQUENCE_METHODS = {
    count: method('count', ['value'], (l, [value]) => l.filter((item) => equals(item, value)).length),
    index: method('index', ['value'], (l, [value]) => {
        const at = l.findIndex((item) => equals(item, value));
        return at < 0 ? fail(`${repr(value)} is not in ${isTuple(l) ? 'tuple' : 'list'}`) : at;
    }),
};
const LIST_METHODS = {
    ...SEQUENCE_METHODS,
    append: method('append', ['object'], (l, [value]) => {
        l.push(value);
        return null;
    }),
    extend: method('extend', ['iterable'], (l, [iterable]) => {
        const items = iterate(iterable);
        if (items === undefined)
            fail(`'${typeName(iterable)}' object is not iterable`);
        l.push(...items);
        return null;
    }),
    insert: method('insert', ['index', 'object'], (l, [index, value]) => {
        const at = Math.max(0, Math.min(l.length, listIndex(l, index)));
        l.splice(at, 0, value);
        return null;
    }),
    pop: method('pop', [['index', -1]], (l, [index]) => {
        if (l.length === 0)
            fail('pop from empty list');
        const at = listIndex(l, index);
        if (at < 0 || at >= l.length)
            fail('pop index out of range');
        return l.splice(at, 1)[0];
    }),
    remove: method('remove', ['value'], (l, [value]) => {
        const at = l.findIndex((item) => equals(item, value));
        if (at < 0)
            fail('list.remove(x): x not in list');
        l.splice(at, 1);
        return null;
    }),
    reverse: method('reverse', [], (l) => {
        l.reverse();
        return null;
    }),
    sort: method('sort', [['key', null], ['reverse', false]], (l, [key, reverse], site, host) => {
        const keyOf = key === null ? undefined : (item) => host.callValue(site, key, [item]);
        const sorted = pySort(l, keyOf, Boolean(reverse));
        l.splice(0, l.length, ...sorted);
        return null;
    }),
    copy: method('copy', [], (l) => [...l]),
    clear: method('clear', [], (l) => {
        l.length = 0;
        return null;
    }),
};
const MISSING = Symbol('missing');
const DICT_METHODS = {
    keys: method('keys', [], (d) => Object.keys(d)),
    values: method('values', [], (d) => Object.values(d)),
    items: method('items', [], (d) => Object.entries(d).map(([k, v]) => makeTuple([k, v]))),
    get: method('get', ['key', ['default', null]], (d, [key, fallback]) => {
        const k = dictKey(key);
        return Object.hasOwn(d, k) ? d[k] : fallback;
    }),
    pop: method('pop', ['key', ['default', MISSING]], (d, [key, fallback]) => {
        const k = dictKey(key);
        if (Object.hasOwn(d, k)) {
            const value = d[k];
            delete d[k];
            return value;
        }
        return fallback === MISSING ? fail(`KeyError: ${repr(key)}`) : fallback;
    }),
    popitem: method('popitem', [], (d) => {
        const keys = Object.keys(d);
        const last = keys[keys.length - 1];
        if (last === undefined)
            fail("'popitem(): dictionary is empty'");
        const value = d[last];
        delete d[last];
        return makeTuple([last, value]);
    }),
    setdefault: method('setdefault', ['key', ['default', null]], (d, [key, fallback]) => {
        const k = dictKey(key);
        if (!Object.hasOwn(d, k))
            d[k] = fallback;
        return d[k];
    }),
    copy: method('copy', [], (d) => ({ ...d })),
    clear: method('clear', [], (d) => {
        for (const k of Object.keys(d))
            delete d[k];
        return null;
    }),
};
function update(d, args, kwargs) {
    if (args.length > 1)
        fail(`update expected at most 1 argument, got ${args.length}`);
    const [other] = args;
    if (isDict(other))
        Object.assign(d, other);
    else if (other !== undefined && other !== null) {
        for (const pair of iterate(other) ?? fail(`'${typeName(other)}' object is not iterable`)) {
            const [k, v] = iterate(pair) ?? [];
            d[dictKey(k)] = v;
        }
    }
    Object.assign(d, kwargs);
    return null;
}
/**
 * The bound method `name` of `value`, or `undefined` when the value's Python type has
 * no such method.
 */
function pythonMethod(value, name, host) {
    if (isString(value)) {
        const text = asString(value);
        if (name === 'format') {
            return jinjaFunction('format', (site, args, kwargs) => strFormat(text, args, kwargs, { attribute: (v, n) => host.attribute(v, n), item: (v, k) => host.item(v, k) }));
        }
        const impl = Object.hasOwn(STRING_METHODS, name) ? STRING_METHODS[name] : undefined;
        return impl && jinjaFunction(name, (site, args, kwargs) => impl(text, site, args, kwargs, host));
    }
    if (Array.isArray(value)) {
        const table = isTuple(value) ? SEQUENCE_METHODS : LIST_METHODS;
        const impl = Object.hasOwn(table, name) ? table[name] : undefined;
        return impl && jinjaFunction(name, (site, args, kwargs) => impl(value, site, args, kwargs, host));
    }
    if (isDict(value)) {
        if (name === 'update')
            return jinjaFunction('update', (_site, args, kwargs) => update(value, args, kwargs));
        const impl = Object.hasOwn(DICT_METHODS, name) ? DICT_METHODS[name] : undefined;
        return impl && jinjaFunction(name, (site, args, kwargs) => impl(value, site, args, kwargs, host));
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/src/core/template/operators.js



function typeError(message) {
    return new TemplateFailure('type', message);
}
function unsupported(op, a, b) {
    return typeError(`unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}
/** The numeric result of an operation, typed as Python would: float if either side is. */
function numeric(value, float) {
    return float ? makeFloat(value) : value;
}
function repeat(sequence, times) {
    const n = Math.max(0, toNumber(times));
    if (isString(sequence))
        return asString(sequence).repeat(n);
    const items = sequence;
    const out = [];
    for (let i = 0; i < n; i++)
        out.push(...items);
    return isTuple(sequence) ? makeTuple(out) : out;
}
const isIntLike = (v) => (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'boolean';
/** Python's binary operators. Undefined operands are the caller's to refuse (UndefinedError). */
function arithmetic(op, a, b) {
    const bothNumbers = isNumber(a) && isNumber(b);
    const float = isFloat(a) || isFloat(b);
    switch (op) {
        case '+':
            if (bothNumbers)
                return numeric(toNumber(a) + toNumber(b), float);
            if (isString(a) && isString(b))
                return asString(a) + asString(b);
            if (Array.isArray(a) && Array.isArray(b)) {
                if (isTuple(a) !== isTuple(b)) {
                    throw typeError(`can only concatenate ${typeName(a)} (not "${typeName(b)}") to ${typeName(a)}`);
                }
                return isTuple(a) ? makeTuple([...a, ...b]) : [...a, ...b];
            }
            if (isString(a))
                throw typeError(`can only concatenate str (not "${typeName(b)}") to str`);
            if (Array.isArray(a))
                throw typeError(`can only concatenate ${typeName(a)} (not "${typeName(b)}") to ${typeName(a)}`);
            throw unsupported('+', a, b);
        case '-':
            if (bothNumbers)
                return numeric(toNumber(a) - toNumber(b), float);
            throw unsupported('-', a, b);
        case '*':
            if (bothNumbers)
                return numeric(toNumber(a) * toNumber(b), float);
            if ((isString(a) || Array.isArray(a)) && isIntLike(b))
                return repeat(a, b);
            if ((isString(b) || Array.isArray(b)) && isIntLike(a))
                return repeat(b, a);
            if (isString(a) || Array.isArray(a))
                throw typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
            throw unsupported('*', a, b);
        case '/':
            if (!bothNumbers)
                throw unsupported('/', a, b);
            if (toNumber(b) === 0)
                throw typeError('division by zero');
            return makeFloat(toNumber(a) / toNumber(b));
        case '//':
            if (!bothNumbers)
                throw unsupported('//', a, b);
            if (toNumber(b) === 0)
                throw typeError('integer division or modulo by zero');
            return numeric(Math.floor(toNumber(a) / toNumber(b)), float);
        case '%': {
            if (isString(a))
                return percentFormat(asString(a), b);
            if (!bothNumbers)
                throw unsupported('%', a, b);
            const x = toNumber(a);
            const y = toNumber(b);
            if (y === 0)
                throw typeError('integer division or modulo by zero');
            // Python's modulo takes the sign of the divisor.
            return numeric(((x % y) + y) % y, float);
        }
        case '**': {
            if (!bothNumbers)
                throw unsupported('** or pow()', a, b);
            const result = toNumber(a) ** toNumber(b);
            return numeric(result, float || toNumber(b) < 0);
        }
    }
}
function unary(kind, value) {
    if (!isNumber(value))
        throw typeError(`bad operand type for unary ${kind === 'neg' ? '-' : '+'}: '${typeName(value)}'`);
    const n = toNumber(value);
    return numeric(kind === 'neg' ? -n : n, isFloat(value));
}
/** Python's `item in container`. */
function contains(container, item) {
    if (container === undefined)
        return false;
    if (isString(container)) {
        if (!isString(item))
            throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
        return asString(container).includes(asString(item));
    }
    if (Array.isArray(container))
        return container.some((element) => equals(element, item));
    if (isDict(container))
        return isString(item) || isNumber(item) ? Object.hasOwn(container, isString(item) ? asString(item) : String(toNumber(item))) : false;
    const items = iterate(container);
    if (items === undefined)
        throw typeError(`argument of type '${typeName(container)}' is not iterable`);
    return items.some((element) => equals(element, item));
}
const SYMBOLS = { lt: '<', lteq: '<=', gt: '>', gteq: '>=' };
function compare(op, a, b) {
    switch (op) {
        case 'eq':
            return equals(a, b);
        case 'ne':
            return !equals(a, b);
        case 'in':
            return contains(b, a);
        case 'notin':
            return !contains(b, a);
        default: {
            const result = order(a, b);
            if (result === undefined) {
                throw typeError(`'${SYMBOLS[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
            }
            if (op === 'lt')
                return result < 0;
            if (op === 'lteq')
                return result <= 0;
            if (op === 'gt')
                return result > 0;
            return result >= 0;
        }
    }
}

;// CONCATENATED MODULE: ./lib/src/core/template/builtins/filters.js
/**
 * Jinja2's built-in filters (jinja2/filters.py of Jinja2 3.1), with their Python behaviour:
 * `default` replaces only undefined values, `join` and `string` print Python values
 * (`None`, `True`, `['a']`), `round` rounds half to even and returns a float, `select`,
 * `map` and friends return one-pass generators (true even when empty), and so on.
 * `urlize` and `wordwrap` are not provided (they raise a clear error when used).
 */






function filters_fail(message) {
    throw new TemplateFailure('type', message);
}
function filters_define(name, spec, body) {
    return (site, value, args, kwargs) => body(value, bindArguments(name, spec, args, kwargs), site);
}
/** A filter that, like its Jinja2 original, refuses an undefined value (UndefinedError). */
function defineStrict(name, spec, body) {
    return filters_define(name, spec, (value, params, site) => {
        if (value === undefined) {
            const what = site.position.what;
            throw new TemplateFailure('undefined', `${what ? `'${what}'` : 'a value'} is undefined`);
        }
        return body(value, params, site);
    });
}
function items(value) {
    const list = iterate(value);
    if (list === undefined)
        filters_fail(`'${typeName(value)}' object is not iterable`);
    return list;
}
/** Jinja2's make_attrgetter: dotted paths, digits as indexes, items before attributes. */
function attributeGetter(site, attribute, options = {}) {
    const parts = attribute === null || attribute === undefined
        ? []
        : isString(attribute)
            ? asString(attribute)
                .split('.')
                .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
            : [attribute];
    return (item) => {
        let current = item;
        for (const part of parts) {
            const found = site.runtime.item(current, part);
            current = found !== undefined || typeof part !== 'string' ? found : site.runtime.attribute(current, part);
            if (current === undefined && options.fallback !== null && options.fallback !== undefined)
                current = options.fallback;
        }
        return options.lower && isString(current) ? asString(current).toLowerCase() : current;
    };
}
/** make_multi_attrgetter: `attribute="a,b.c"` sorts by several keys. */
function multiAttributeGetter(site, attribute, lower) {
    if (!isString(attribute)) {
        const getter = attributeGetter(site, attribute, { lower });
        return (item) => makeTuple([getter(item)]);
    }
    const getters = asString(attribute)
        .split(',')
        .map((part) => attributeGetter(site, part, { lower }));
    return (item) => makeTuple(getters.map((g) => g(item)));
}
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };
function escapeHtml(value) {
    return str(value).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}
function unescapeHtml(text) {
    const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity) => {
        if (entity[0] === '#') {
            const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
            return String.fromCodePoint(code);
        }
        return named[entity.toLowerCase()] ?? match;
    });
}
/** Python's float(): numbers, and strings like ' 1.5 ', '1e3', 'inf', '1_000.5'. */
function pyFloat(value) {
    if (isNumber(value))
        return toNumber(value);
    if (!isString(value))
        return undefined;
    const text = asString(value).trim().toLowerCase();
    if (/^[+-]?(inf|infinity)$/.test(text))
        return text.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/.test(text))
        return NaN;
    if (!/^[+-]?(\d(_?\d)*)?(\.(\d(_?\d)*)?)?(e[+-]?\d(_?\d)*)?$/.test(text) || !/\d/.test(text.split('e')[0] ?? ''))
        return undefined;
    return Number(text.replace(/_/g, ''));
}
/** Python's int(text, base). */
function pyIntFromString(text, base) {
    let t = text.trim().toLowerCase();
    let sign = 1;
    if (t.startsWith('-') || t.startsWith('+')) {
        sign = t.startsWith('-') ? -1 : 1;
        t = t.slice(1);
    }
    const prefixes = { '0x': 16, '0o': 8, '0b': 2 };
    const prefix = prefixes[t.slice(0, 2)];
    let radix = base;
    if (base === 0) {
        radix = prefix ?? 10;
        if (prefix)
            t = t.slice(2);
        else if (/^0+[1-9]/.test(t))
            return undefined;
    }
    else if (prefix === base)
        t = t.slice(2);
    if (t.startsWith('_'))
        t = t.slice(1);
    if (!t || !/^[0-9a-z]+(_[0-9a-z]+)*$/.test(t))
        return undefined;
    const digits = t.replace(/_/g, '');
    const valid = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, radix);
    if ([...digits].some((d) => !valid.includes(d)))
        return undefined;
    return sign * parseInt(digits, radix);
}
function pyInt(value, base) {
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    if (isNumber(value))
        return Number.isFinite(toNumber(value)) ? Math.trunc(toNumber(value)) : undefined;
    if (isString(value)) {
        const parsed = pyIntFromString(asString(value), base);
        if (parsed !== undefined)
            return parsed;
        const float = pyFloat(value);
        return float !== undefined && Number.isFinite(float) ? Math.trunc(float) : undefined;
    }
    return undefined;
}
function urlQuote(value, forQuery) {
    const safe = forQuery ? '' : '/';
    const bytes = new TextEncoder().encode(isString(value) ? asString(value) : str(value));
    let out = '';
    for (const byte of bytes) {
        const ch = String.fromCharCode(byte);
        out += /[A-Za-z0-9_.~-]/.test(ch) || safe.includes(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return forQuery ? out.replace(/%20/g, '+') : out;
}
/** Python's json.dumps(sort_keys=True) (Jinja2's tojson policy), made safe for HTML. */
function jsonDumps(value, indent, level = 0) {
    const newline = indent === null ? '' : `\n${' '.repeat(indent * (level + 1))}`;
    const closing = indent === null ? '' : `\n${' '.repeat(indent * level)}`;
    const itemSeparator = indent === null ? ', ' : ',';
    if (value === null || value === undefined) {
        if (value === undefined)
            filters_fail('Object of type Undefined is not JSON serializable');
        return 'null';
    }
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (isNumber(value)) {
        const n = toNumber(value);
        if (Number.isNaN(n))
            return 'NaN';
        if (!Number.isFinite(n))
            return n > 0 ? 'Infinity' : '-Infinity';
        return isFloat(value) ? floatRepr(n) : String(n);
    }
    if (isString(value)) {
        // JSON escapes control characters, and ensure_ascii escapes everything beyond ASCII.
        // eslint-disable-next-line no-control-regex
        return `"${asString(value).replace(/[\\"\u0000-\u001f\u007f-\uffff]/g, (ch) => {
            const simple = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
            return simple[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
        })}"`;
    }
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        return `[${newline}${value.map((v) => jsonDumps(v, indent, level + 1)).join(itemSeparator + newline)}${closing}]`;
    }
    if (isDict(value)) {
        const keys = Object.keys(value).sort();
        if (keys.length === 0)
            return '{}';
        const entries = keys.map((k) => `${jsonDumps(k, indent, level + 1)}: ${jsonDumps(value[k], indent, level + 1)}`);
        return `{${newline}${entries.join(itemSeparator + newline)}${closing}}`;
    }
    filters_fail(`Object of type ${typeName(value)} is not JSON serializable`);
}
function wordTitle(text) {
    return text
        .split(/([-\s({[<]+)/u)
        .filter((part) => part !== '')
        .map((part) => {
        const [first = '', ...rest] = [...part];
        return first.toUpperCase() + rest.join('').toLowerCase();
    })
        .join('');
}
function selectOrReject(name, keep, byAttribute) {
    return (site, value, args, kwargs) => {
        if (!truthy(value))
            return new PyIterator([], name);
        let offset = 0;
        let transform = (item) => item;
        if (byAttribute) {
            if (args.length === 0)
                filters_fail('Missing parameter for attribute name');
            transform = attributeGetter(site, args[0]);
            offset = 1;
        }
        const testName = args[offset];
        const testArgs = args.slice(offset + 1);
        const check = testName === undefined
            ? (item) => truthy(item)
            : (item) => truthy(site.runtime.callTest(site, asString(testName), item, testArgs, kwargs));
        return new PyIterator(items(value).filter((item) => check(transform(item)) === keep), `${name}`);
    };
}
function filters_unsupported(name) {
    return () => {
        throw new TemplateFailure('syntax', `the '${name}' filter is not supported by this renderer`);
    };
}
function minOrMax(name, pickGreater) {
    return filters_define(name, [['case_sensitive', false], ['attribute', null]], (value, [caseSensitive, attribute], site) => {
        const list = items(value);
        if (list.length === 0)
            return undefined;
        const key = attributeGetter(site, attribute, { lower: !truthy(caseSensitive) });
        let best = list[0];
        for (const item of list.slice(1)) {
            const result = order(key(item), key(best));
            if (result === undefined)
                filters_fail(`'${pickGreater ? '>' : '<'}' not supported between instances of '${typeName(key(item))}' and '${typeName(key(best))}'`);
            // Python's min and max keep the first of equal items.
            if (pickGreater ? result > 0 : result < 0)
                best = item;
        }
        return best;
    });
}
const builtinFilters = new Map([
    [
        'abs',
        filters_define('abs', [], (value) => {
            if (!isNumber(value))
                filters_fail(`bad operand type for abs(): '${typeName(value)}'`);
            return isFloat(value) ? makeFloat(Math.abs(toNumber(value))) : Math.abs(toNumber(value));
        }),
    ],
    ['attr', defineStrict('attr', ['name'], (value, [name], site) => site.runtime.attribute(value, asString(name)))],
    [
        'batch',
        filters_define('batch', ['linecount', ['fill_with', null]], (value, [linecount, fill]) => {
            const size = toNumber(linecount);
            const out = [];
            let current = [];
            for (const item of items(value)) {
                if (current.length === size) {
                    out.push(current);
                    current = [];
                }
                current.push(item);
            }
            if (current.length > 0) {
                if (fill !== null)
                    while (current.length < size)
                        current.push(fill);
                out.push(current);
            }
            return new PyIterator(out, 'do_batch');
        }),
    ],
    ['capitalize', filters_define('capitalize', [], (value) => pyCapitalize(str(value)))],
    ['center', filters_define('center', [['width', 80]], (value, [width]) => center(str(value), toNumber(width)))],
    [
        'count',
        filters_define('count', [], (value) => python_length(value) ?? filters_fail(`object of type '${typeName(value)}' has no len()`)),
    ],
    [
        'default',
        filters_define('default', [['default_value', ''], ['boolean', false]], (value, [fallback, boolean]) => value === undefined || (truthy(boolean) && !truthy(value)) ? fallback : value),
    ],
    [
        'dictsort',
        defineStrict('dictsort', [['case_sensitive', false], ['by', 'key'], ['reverse', false]], (value, [caseSensitive, by, reverse]) => {
            if (!isDict(value))
                filters_fail(`'${typeName(value)}' object has no attribute 'items'`);
            const position = by === 'key' ? 0 : by === 'value' ? 1 : filters_fail('You can only sort by either "key" or "value"');
            const pairs = Object.entries(value).map(([k, v]) => makeTuple([k, v]));
            return pySort(pairs, (pair) => {
                const item = pair[position];
                return !truthy(caseSensitive) && isString(item) ? asString(item).toLowerCase() : item;
            }, truthy(reverse));
        }),
    ],
    ['escape', filters_define('escape', [], (value) => (value === undefined ? '' : escapeHtml(value)))],
    [
        'filesizeformat',
        defineStrict('filesizeformat', [['binary', false]], (value, [binary]) => {
            const bytes = pyFloat(value) ?? filters_fail(`could not convert string to float: ${repr(value)}`);
            const base = truthy(binary) ? 1024 : 1000;
            const prefixes = truthy(binary) ? ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'] : ['kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
            if (bytes === 1)
                return '1 Byte';
            if (bytes < base)
                return `${Math.trunc(bytes)} Bytes`;
            let unit = base;
            let prefix = prefixes[0];
            for (const [i, p] of prefixes.entries()) {
                unit = base ** (i + 2);
                prefix = p;
                if (bytes < unit)
                    break;
            }
            return `${toFixedExact((base * bytes) / unit, 1)} ${prefix}`;
        }),
    ],
    ['first', filters_define('first', [], (value) => items(value)[0])],
    [
        'float',
        defineStrict('float', [['default', new PyFloat(0)]], (value, [fallback]) => {
            const n = pyFloat(value);
            return n === undefined ? fallback : makeFloat(n);
        }),
    ],
    ['forceescape', filters_define('forceescape', [], (value) => escapeHtml(value))],
    [
        'format',
        (_site, value, args, kwargs) => {
            if (args.length > 0 && Object.keys(kwargs).length > 0)
                filters_fail("can't handle positional and keyword arguments at the same time");
            return percentFormat(str(value), Object.keys(kwargs).length > 0 ? kwargs : makeTuple([...args]));
        },
    ],
    [
        'groupby',
        filters_define('groupby', ['attribute', ['default', null], ['case_sensitive', false]], (value, [attribute, fallback, caseSensitive], site) => {
            const key = attributeGetter(site, attribute, { lower: !truthy(caseSensitive), fallback });
            const output = attributeGetter(site, attribute, { fallback });
            const groups = [];
            for (const item of pySort(items(value), key)) {
                const last = groups[groups.length - 1];
                if (last && equals(last.key, key(item)))
                    last.list.push(item);
                else
                    groups.push({ key: key(item), list: [item] });
            }
            return groups.map((g) => {
                const grouper = truthy(caseSensitive) ? g.key : output(g.list[0]);
                return makeTuple([grouper, g.list], { grouper, list: g.list });
            });
        }),
    ],
    [
        'indent',
        defineStrict('indent', [['width', 4], ['first', false], ['blank', false]], (value, [width, first, blank]) => {
            const indention = isString(width) ? asString(width) : ' '.repeat(toNumber(width));
            const text = `${str(value)}\n`;
            let result;
            if (truthy(blank))
                result = splitlines(text).join(`\n${indention}`);
            else {
                const lines = splitlines(text);
                result = lines.shift() ?? '';
                if (lines.length > 0)
                    result += `\n${lines.map((line) => (line ? indention + line : line)).join('\n')}`;
            }
            return truthy(first) ? indention + result : result;
        }),
    ],
    [
        'int',
        defineStrict('int', [['default', 0], ['base', 10]], (value, [fallback, base]) => pyInt(value, toNumber(base)) ?? fallback),
    ],
    [
        'items',
        filters_define('items', [], (value) => {
            if (value === undefined)
                return new PyIterator([], 'do_items');
            if (!isDict(value))
                filters_fail('Can only get item pairs from a mapping.');
            return new PyIterator(Object.entries(value).map(([k, v]) => makeTuple([k, v])), 'do_items');
        }),
    ],
    [
        'join',
        filters_define('join', [['d', ''], ['attribute', null]], (value, [separator, attribute], site) => {
            const getter = attribute === null ? (item) => item : attributeGetter(site, attribute);
            return items(value)
                .map((item) => str(getter(item)))
                .join(str(separator));
        }),
    ],
    [
        'last',
        filters_define('last', [], (value) => {
            const list = items(value);
            return list[list.length - 1];
        }),
    ],
    ['list', filters_define('list', [], (value) => items(value))],
    ['lower', filters_define('lower', [], (value) => str(value).toLowerCase())],
    [
        'map',
        (site, value, args, kwargs) => {
            if (!truthy(value))
                return new PyIterator([], 'do_map');
            let fn;
            if (args.length === 0 && Object.hasOwn(kwargs, 'attribute')) {
                const { attribute, default: fallback = null, ...rest } = kwargs;
                const unexpected = Object.keys(rest)[0];
                if (unexpected !== undefined)
                    filters_fail(`Unexpected keyword argument '${unexpected}'`);
                fn = attributeGetter(site, attribute, { fallback });
            }
            else {
                const [name, ...filterArgs] = args;
                if (name === undefined)
                    filters_fail('map requires a filter argument');
                fn = (item) => site.runtime.callFilter(site, asString(name), item, filterArgs, kwargs);
            }
            return new PyIterator(items(value).map(fn), 'do_map');
        },
    ],
    ['max', minOrMax('max', true)],
    ['min', minOrMax('min', false)],
    ['pprint', filters_define('pprint', [], (value) => repr(value))],
    [
        'random',
        filters_define('random', [], (value) => {
            const list = items(value);
            return list[Math.floor(Math.random() * list.length)];
        }),
    ],
    ['reject', selectOrReject('select_or_reject', false, false)],
    ['rejectattr', selectOrReject('select_or_reject', false, true)],
    [
        'replace',
        filters_define('replace', ['old', 'new', ['count', null]], (value, [old, replacement, count]) => replace(str(value), str(old), str(replacement), count === null ? -1 : toNumber(count))),
    ],
    [
        'reverse',
        filters_define('reverse', [], (value) => {
            if (isString(value))
                return [...asString(value)].reverse().join('');
            return new PyIterator(items(value).reverse(), 'reversed');
        }),
    ],
    [
        'round',
        filters_define('round', [['precision', 0], ['method', 'common']], (value, [precision, method]) => {
            if (method !== 'common' && method !== 'ceil' && method !== 'floor')
                filters_fail('method must be common, ceil or floor');
            if (!isNumber(value))
                filters_fail(`type ${typeName(value)} doesn't define __round__ method`);
            const digits = toNumber(precision);
            const n = toNumber(value);
            if (method === 'common') {
                // Negative digits round to tens, hundreds…; Python's round() of an int stays an int.
                const rounded = digits >= 0 ? Number(toFixedExact(n, digits)) : Number(toFixedExact(n / 10 ** -digits, 0)) * 10 ** -digits;
                return isFloat(value) ? makeFloat(rounded) : rounded;
            }
            const scale = 10 ** digits;
            return makeFloat((method === 'ceil' ? Math.ceil(n * scale) : Math.floor(n * scale)) / scale);
        }),
    ],
    ['safe', filters_define('safe', [], (value) => str(value))],
    ['select', selectOrReject('select_or_reject', true, false)],
    ['selectattr', selectOrReject('select_or_reject', true, true)],
    [
        'slice',
        filters_define('slice', ['slices', ['fill_with', null]], (value, [slices, fill]) => {
            const seq = items(value);
            const count = toNumber(slices);
            const perSlice = Math.floor(seq.length / count);
            const withExtra = seq.length % count;
            const out = [];
            let offset = 0;
            for (let i = 0; i < count; i++) {
                const start = offset + i * perSlice;
                if (i < withExtra)
                    offset += 1;
                const end = offset + (i + 1) * perSlice;
                const part = seq.slice(start, end);
                if (fill !== null && i >= withExtra)
                    part.push(fill);
                out.push(part);
            }
            return new PyIterator(out, 'sync_do_slice');
        }),
    ],
    [
        'sort',
        filters_define('sort', [['reverse', false], ['case_sensitive', false], ['attribute', null]], (value, [reverse, caseSensitive, attribute], site) => pySort(items(value), multiAttributeGetter(site, attribute, !truthy(caseSensitive)), truthy(reverse))),
    ],
    ['string', filters_define('string', [], (value) => str(value))],
    [
        'striptags',
        filters_define('striptags', [], (value) => {
            const text = str(value)
                .replace(/<!--.*?-->/gs, '')
                .replace(/<.*?>/gs, '');
            return unescapeHtml(text.split(/\s+/u).filter(Boolean).join(' '));
        }),
    ],
    [
        'sum',
        filters_define('sum', [['attribute', null], ['start', 0]], (value, [attribute, start], site) => {
            const getter = attribute === null ? (item) => item : attributeGetter(site, attribute);
            return items(value).reduce((total, item) => arithmetic('+', total, getter(item)), start);
        }),
    ],
    ['title', filters_define('title', [], (value) => wordTitle(str(value)))],
    [
        'tojson',
        filters_define('tojson', [['indent', null]], (value, [indent]) => jsonDumps(value, indent === null ? null : toNumber(indent))
            .replace(/</g, '\\u003c')
            .replace(/>/g, '\\u003e')
            .replace(/&/g, '\\u0026')
            .replace(/'/g, '\\u0027')),
    ],
    [
        'trim',
        filters_define('trim', [['chars', null]], (value, [chars]) => {
            const text = str(value);
            if (chars === null)
                return text.replace(/^\s+|\s+$/gu, '');
            const set = new Set(str(chars));
            const codePoints = [...text];
            let start = 0;
            let end = codePoints.length;
            while (start < end && set.has(codePoints[start]))
                start++;
            while (end > start && set.has(codePoints[end - 1]))
                end--;
            return codePoints.slice(start, end).join('');
        }),
    ],
    [
        'truncate',
        filters_define('truncate', [['length', 255], ['killwords', false], ['end', '...'], ['leeway', null]], (value, [len, killwords, end, leeway]) => {
            const text = [...str(value)];
            const limit = toNumber(len);
            const suffix = str(end);
            const slack = leeway === null ? 5 : toNumber(leeway);
            if (limit < [...suffix].length)
                filters_fail(`expected length >= ${[...suffix].length}, got ${limit}`);
            if (text.length <= limit + slack)
                return text.join('');
            const head = text.slice(0, limit - [...suffix].length).join('');
            if (truthy(killwords))
                return head + suffix;
            const cut = head.lastIndexOf(' ');
            return (cut < 0 ? head : head.slice(0, cut)) + suffix;
        }),
    ],
    [
        'unique',
        filters_define('unique', [['case_sensitive', false], ['attribute', null]], (value, [caseSensitive, attribute], site) => {
            const key = attributeGetter(site, attribute, { lower: !truthy(caseSensitive) });
            const seen = [];
            const out = [];
            for (const item of items(value)) {
                const k = key(item);
                if (seen.some((s) => equals(s, k)))
                    continue;
                seen.push(k);
                out.push(item);
            }
            return new PyIterator(out, 'sync_do_unique');
        }),
    ],
    ['upper', filters_define('upper', [], (value) => str(value).toUpperCase())],
    [
        'urlencode',
        filters_define('urlencode', [], (value) => {
            if (isString(value) || iterate(value) === undefined)
                return urlQuote(value, false);
            const pairs = isDict(value) ? Object.entries(value) : items(value).map((pair) => items(pair));
            return pairs.map(([k, v]) => `${urlQuote(k, true)}=${urlQuote(v, true)}`).join('&');
        }),
    ],
    ['urlize', filters_unsupported('urlize')],
    ['wordcount', filters_define('wordcount', [], (value) => (str(value).match(/[\p{L}\p{N}\p{Mn}\p{Pc}]+/gu) ?? []).length)],
    ['wordwrap', filters_unsupported('wordwrap')],
    [
        'xmlattr',
        defineStrict('xmlattr', [['autospace', true]], (value, [autospace]) => {
            if (!isDict(value))
                filters_fail(`'${typeName(value)}' object has no attribute 'items'`);
            const parts = [];
            for (const [key, item] of Object.entries(value)) {
                if (item === null || item === undefined)
                    continue;
                if (/[\s/>=]/.test(key))
                    filters_fail(`Invalid character in attribute name: ${stringRepr(key)}`);
                parts.push(`${escapeHtml(key)}="${escapeHtml(item)}"`);
            }
            const text = parts.join(' ');
            return truthy(autospace) && text ? ` ${text}` : text;
        }),
    ],
]);
// Jinja2's aliases.
const aliases = { d: 'default', e: 'escape', length: 'count' };
for (const [alias, target] of Object.entries(aliases)) {
    builtinFilters.set(alias, builtinFilters.get(target));
}

;// CONCATENATED MODULE: ./lib/src/core/template/builtins/globals.js
/**
 * Jinja2's default globals: `range`, `dict`, `namespace`, `cycler`, `joiner`.
 * (`lipsum`, which makes random placeholder text, is left out.)
 */



function range(args) {
    if (args.length === 0)
        throw new TemplateFailure('type', 'range expected at least 1 argument, got 0');
    if (args.length > 3)
        throw new TemplateFailure('type', `range expected at most 3 arguments, got ${args.length}`);
    for (const arg of args) {
        if (!isInt(arg) && typeof arg !== 'boolean') {
            throw new TemplateFailure('type', `'${typeName(arg)}' object cannot be interpreted as an integer`);
        }
    }
    const numbers = args.map(toNumber);
    const [start, stop, step] = numbers.length === 1 ? [0, numbers[0], 1] : [numbers[0], numbers[1], numbers[2] ?? 1];
    if (step === 0)
        throw new TemplateFailure('type', 'range() arg 3 must not be zero');
    return new PyRange(start, stop, step);
}
function mapping(args, kwargs, name) {
    if (args.length > 1)
        throw new TemplateFailure('type', `${name} expected at most 1 argument, got ${args.length}`);
    const out = {};
    const [source] = args;
    if (isDict(source))
        Object.assign(out, source);
    else if (source !== undefined) {
        for (const pair of iterate(source) ?? []) {
            const [k, v] = iterate(pair) ?? [];
            out[dictKey(k)] = v;
        }
    }
    return Object.assign(out, kwargs);
}
/** `cycler(*items)`: `next()`, `current`, `reset()`. */
class Cycler {
    items;
    pyTypeName = 'Cycler';
    position = 0;
    constructor(items) {
        this.items = items;
    }
    pyGetAttr(name) {
        switch (name) {
            case 'items':
                return [...this.items];
            case 'current':
                return this.items[this.position];
            case 'next':
                return jinjaFunction('next', () => {
                    const value = this.items[this.position];
                    this.position = (this.position + 1) % this.items.length;
                    return value;
                });
            case 'reset':
                return jinjaFunction('reset', () => {
                    this.position = 0;
                    return null;
                });
            default:
                return undefined;
        }
    }
    pyRepr() {
        return '<jinja2.utils.Cycler object>';
    }
}
const builtinGlobals = {
    range: jinjaFunction('range', (_site, args) => range(args)),
    dict: jinjaFunction('dict', (_site, args, kwargs) => mapping(args, kwargs, 'dict')),
    namespace: jinjaFunction('namespace', (_site, args, kwargs) => new Namespace(mapping(args, kwargs, 'namespace'))),
    cycler: jinjaFunction('cycler', (_site, args) => {
        if (args.length === 0)
            throw new TemplateFailure('type', 'at least one item has to be provided');
        return new Cycler(args);
    }),
    joiner: jinjaFunction('joiner', (_site, args, kwargs) => {
        const [separator] = bindArguments('joiner', [['sep', ', ']], args, kwargs);
        let used = false;
        return jinjaFunction('joiner', () => {
            if (!used) {
                used = true;
                return '';
            }
            return separator;
        });
    }),
};

;// CONCATENATED MODULE: ./lib/src/core/template/builtins/tests.js
/**
 * Jinja2's built-in tests (jinja2/tests.py of Jinja2 3.1), with Python's answers:
 * `sequence` is true for strings and dicts (they have a length and items), `mapping`
 * only for dicts, `number` also for booleans, `integer` not for booleans.
 */



function tests_define(name, spec, body) {
    return (_site, value, args, kwargs) => body(value, bindArguments(name, spec, args, kwargs));
}
function comparison(name, op) {
    return tests_define(name, ['other'], (value, [other]) => compare(op, value, other));
}
function isIterable(value) {
    if (value === undefined || isString(value) || Array.isArray(value) || isDict(value) || value instanceof PyIterator)
        return true;
    return typeof value === 'object' && value !== null && Symbol.iterator in value;
}
const tests = [
    ['boolean', tests_define('boolean', [], (v) => typeof v === 'boolean')],
    ['callable', tests_define('callable', [], (v) => typeof v === 'function' || jinjaCallOf(v) !== undefined)],
    ['defined', tests_define('defined', [], (v) => v !== undefined)],
    ['undefined', tests_define('undefined', [], (v) => v === undefined)],
    ['divisibleby', tests_define('divisibleby', ['num'], (v, [num]) => toNumber(arithmetic('%', v, num)) === 0)],
    ['escaped', tests_define('escaped', [], () => false)],
    ['even', tests_define('even', [], (v) => toNumber(arithmetic('%', v, 2)) === 0)],
    ['odd', tests_define('odd', [], (v) => toNumber(arithmetic('%', v, 2)) === 1)],
    ['false', tests_define('false', [], (v) => v === false)],
    ['true', tests_define('true', [], (v) => v === true)],
    ['none', tests_define('none', [], (v) => v === null)],
    ['float', tests_define('float', [], (v) => isFloat(v))],
    ['integer', tests_define('integer', [], (v) => typeof v === 'number' && Number.isInteger(v))],
    ['number', tests_define('number', [], (v) => isNumber(v))],
    ['string', tests_define('string', [], (v) => isString(v))],
    ['mapping', tests_define('mapping', [], (v) => isDict(v))],
    ['sequence', tests_define('sequence', [], (v) => v === undefined || python_length(v) !== undefined)],
    ['iterable', tests_define('iterable', [], (v) => isIterable(v))],
    // Python's str.islower()/isupper(): at least one cased character, all in that case.
    ['lower', tests_define('lower', [], (v) => str(v) !== str(v).toUpperCase() && str(v) === str(v).toLowerCase())],
    ['upper', tests_define('upper', [], (v) => str(v) !== str(v).toLowerCase() && str(v) === str(v).toUpperCase())],
    ['sameas', tests_define('sameas', ['other'], (v, [other]) => v === other || (isNumber(v) && isNumber(other) && !isFloat(v) && !isFloat(other) && equals(v, other) && typeof v === typeof other))],
    ['in', tests_define('in', ['seq'], (v, [seq]) => contains(seq, v))],
    ['eq', comparison('eq', 'eq')],
    ['equalto', comparison('equalto', 'eq')],
    ['==', comparison('==', 'eq')],
    ['ne', comparison('ne', 'ne')],
    ['!=', comparison('!=', 'ne')],
    ['gt', comparison('gt', 'gt')],
    ['greaterthan', comparison('greaterthan', 'gt')],
    ['>', comparison('>', 'gt')],
    ['ge', comparison('ge', 'gteq')],
    ['>=', comparison('>=', 'gteq')],
    ['lt', comparison('lt', 'lt')],
    ['lessthan', comparison('lessthan', 'lt')],
    ['<', comparison('<', 'lt')],
    ['le', comparison('le', 'lteq')],
    ['<=', comparison('<=', 'lteq')],
    ['filter', (site, value) => isString(value) && site.runtime.hasFilter(asString(value))],
    ['test', (site, value) => isString(value) && site.runtime.hasTest(asString(value))],
];
const builtinTests = new Map(tests);

;// CONCATENATED MODULE: ./lib/src/core/template/codegen.js

/** Compile-time names → JavaScript variables. */
class Scope {
    parent;
    names = new Map();
    constructor(parent) {
        this.parent = parent;
    }
    lookup(name) {
        return this.names.get(name) ?? this.parent?.lookup(name);
    }
    own(name) {
        return this.names.get(name);
    }
    declare(name, id) {
        this.names.set(name, id);
    }
}
const js = (value) => JSON.stringify(value);
/** Names assigned directly in these statements (not inside nested scopes). */
function assignedNames(stmts, into = new Set()) {
    const addTarget = (target) => {
        if (target.kind === 'name')
            into.add(target.name);
        else if (target.kind === 'tuple')
            target.items.forEach(addTarget);
    };
    for (const stmt of stmts) {
        switch (stmt.kind) {
            case 'assign':
            case 'assignblock':
                addTarget(stmt.target);
                break;
            case 'macro':
                into.add(stmt.name);
                break;
            case 'import':
                into.add(stmt.target);
                break;
            case 'fromimport':
                stmt.names.forEach((n) => into.add(n.alias));
                break;
            case 'if':
                stmt.branches.forEach((b) => assignedNames(b.body, into));
                assignedNames(stmt.orelse, into);
                break;
            case 'for':
                assignedNames(stmt.orelse, into);
                break;
            case 'filterblock':
                assignedNames(stmt.body, into);
                break;
            default:
                break;
        }
    }
    return into;
}
/** Whether the statements use `name` (for a macro's `caller`, `varargs`, `kwargs`). */
function usesName(node, name) {
    if (Array.isArray(node))
        return node.some((n) => usesName(n, name));
    if (typeof node !== 'object' || node === null)
        return false;
    const record = node;
    if (record.kind === 'name' && record.name === name)
        return true;
    // A nested macro has its own `caller`/`varargs`/`kwargs`; a call block's body is a macro too.
    if (record.kind === 'macro')
        return false;
    return Object.entries(record).some(([key, value]) => key !== 'kind' && (key !== 'body' || record.kind !== 'callblock') && usesName(value, name));
}
class CodeGenerator {
    templateName;
    ast;
    known;
    positions = [];
    nextId = 0;
    extendsSoFar = 0;
    knownExtends = false;
    compilerExit = false;
    /** The block being compiled, for `super()`. */
    currentBlock = null;
    blockFunctions = new Map();
    constructor(templateName, ast, known) {
        this.templateName = templateName;
        this.ast = ast;
        this.known = known;
        let index = 0;
        for (const name of ast.blocks.keys())
            this.blockFunctions.set(name, `b_${index++}`);
    }
    generate() {
        const functions = [this.rootFunction()];
        for (const block of this.ast.blocks.values())
            functions.push(this.blockFunction(block));
        const props = [...this.ast.blocks.keys()].map((name) => `${js(`b_${name}`)}: ${this.blockFunctions.get(name)}`);
        props.push('root: root');
        return [`var P = ${JSON.stringify(this.positions)};`, ...functions, `return { ${props.join(', ')} };`].join('\n');
    }
    // ---- helpers ---------------------------------------------------------------------------
    id(prefix = 't') {
        return `${prefix}_${++this.nextId}`;
    }
    pos(node, what, operands) {
        this.positions.push({
            template: this.templateName,
            line: node.line,
            column: node.column,
            ...(what === undefined ? {} : { what }),
            ...(operands ? { operands } : {}),
        });
        return `P[${this.positions.length - 1}]`;
    }
    fail(message, node) {
        throw new TemplateFailure('syntax', message, { template: this.templateName, line: node.line, column: node.column });
    }
    /** Declares, at the entry of a scope, the names assigned in it, starting from their outer value. */
    enterScope(scope, stmts, outer, lines) {
        for (const name of assignedNames(stmts)) {
            if (scope.own(name))
                continue;
            const id = this.id();
            lines.push(`var ${id} = ${this.nameValue(name, outer)};`);
            scope.declare(name, id);
        }
    }
    nameValue(name, scope) {
        return scope?.lookup(name) ?? `R.lookup(context, frame, ${js(name)})`;
    }
    // ---- functions -------------------------------------------------------------------------
    rootFunction() {
        const scope = new Scope(null);
        const state = { isRoot: true, outputCheck: true, rootScope: scope };
        const lines = [];
        this.enterScope(scope, this.ast.body, null, lines);
        lines.push(...this.statements(this.ast.body, scope, state));
        return [
            'function root(env, context, frame, runtime, cb) {',
            'var R = env.jr; var output = ""; var parentTemplate = null; var result; var failure = null;',
            'try {',
            ...lines,
            'result = parentTemplate ? output + R.renderParent(parentTemplate, env, context, runtime) : output;',
            '} catch (e) { failure = e; }',
            // The callback runs outside the try: an error it throws must not re-enter this function's catch.
            'if (failure) { cb(failure); } else { cb(null, result); }',
            '}',
        ].join('\n');
    }
    blockFunction(block) {
        const fn = this.blockFunctions.get(block.name);
        const scope = new Scope(null);
        const state = { isRoot: false, outputCheck: false, rootScope: null };
        const lines = [];
        this.enterScope(scope, block.body, null, lines);
        this.currentBlock = { name: block.name, fn };
        lines.push(...this.statements(block.body, scope, state));
        this.currentBlock = null;
        return [
            `function ${fn}(env, context, frame, runtime, cb) {`,
            'var R = env.jr; var output = ""; var failure = null;',
            'try {',
            'frame = frame.push(true);',
            ...lines,
            '} catch (e) { failure = e; }',
            'if (failure) { cb(failure); } else { cb(null, output); }',
            '}',
        ].join('\n');
    }
    /** `(function () { var output = ""; …; return output; })()`: the output of statements as a value. */
    capture(body, scope, state) {
        const inner = { ...state, outputCheck: false, isRoot: false };
        return `(() => { var output = "";\n${this.statements(body, scope, inner).join('\n')}\nreturn output; })()`;
    }
    /** A macro (or the `caller` of a call block) as a runtime macro object. */
    macro(node, scope) {
        const macroScope = new Scope(scope);
        const paramIds = node.params.map((p) => {
            const id = `l_${this.id('p')}`;
            macroScope.declare(p.name, id);
            return id;
        });
        const special = { varargs: usesName(node.body, 'varargs'), kwargs: usesName(node.body, 'kwargs'), caller: usesName(node.body, 'caller') };
        const lines = [];
        const definitionFrame = this.id('f');
        node.params.forEach((param, i) => {
            const id = paramIds[i];
            if (param.defaultValue)
                lines.push(`if (${id} === R.MISSING) { ${id} = ${this.expr(param.defaultValue, macroScope)}; }`);
            lines.push(`frame.set(${js(param.name)}, ${id});`);
        });
        for (const name of ['varargs', 'kwargs', 'caller']) {
            if (!special[name])
                continue;
            const id = `l_${name}`;
            macroScope.declare(name, id);
            lines.push(`frame.set(${js(name)}, ${id});`);
        }
        const inner = { isRoot: false, outputCheck: false, rootScope: null };
        this.enterScope(macroScope, node.body, macroScope, lines);
        lines.push(...this.statements(node.body, macroScope, inner));
        const params = js(JSON.stringify(node.params.map((p) => ({ name: p.name, hasDefault: p.defaultValue !== null }))));
        return [
            `((${definitionFrame}) => R.macro(${js(node.name)}, JSON.parse(${params}), ${JSON.stringify(special)},`,
            `function (${[...paramIds, 'l_varargs', 'l_kwargs', 'l_caller'].join(', ')}) {`,
            `var frame = ${definitionFrame}.push(true); var output = "";`,
            ...lines,
            'return output;',
            '}))(frame)',
        ].join('\n');
    }
    // ---- statements ------------------------------------------------------------------------
    statements(stmts, scope, state) {
        const lines = [];
        for (const stmt of stmts) {
            lines.push(...this.statement(stmt, scope, state));
            // Jinja2 stops compiling a template at an `{% extends %}` after a top-level one.
            if (this.compilerExit)
                break;
        }
        return lines;
    }
    /** Wraps output statements of the root function per Jinja2's `{% extends %}` rules. */
    checkedOutput(lines, state) {
        if (!state.outputCheck)
            return lines;
        if (this.knownExtends)
            return [];
        if (this.extendsSoFar > 0)
            return ['if (!parentTemplate) {', ...lines, '}'];
        return lines;
    }
    statement(stmt, scope, state) {
        switch (stmt.kind) {
            case 'output': {
                const lines = stmt.nodes.map((node) => node.kind === 'data' ? `output += ${js(node.text)};` : `output += R.str(${this.expr(node, scope)});`);
                return this.checkedOutput(lines, state);
            }
            case 'if': {
                const lines = [];
                stmt.branches.forEach((branch, i) => {
                    lines.push(`${i === 0 ? 'if' : '} else if'} (R.truthy(${this.expr(branch.test, scope)})) {`);
                    lines.push(...this.statements(branch.body, scope, state));
                });
                if (stmt.orelse.length > 0)
                    lines.push('} else {', ...this.statements(stmt.orelse, scope, state));
                lines.push('}');
                return lines;
            }
            case 'for':
                return this.forLoop(stmt, scope, state);
            case 'assign': {
                const value = this.id();
                return [`var ${value} = ${this.expr(stmt.value, scope)};`, ...this.assign(stmt.target, value, scope, state, true)];
            }
            case 'assignblock': {
                const value = this.id();
                const captured = this.capture(stmt.body, scope, state);
                const filtered = stmt.filter ? this.filterChain(stmt.filter, captured, scope) : captured;
                return [`var ${value} = ${filtered};`, ...this.assign(stmt.target, value, scope, state, true)];
            }
            case 'block':
                return this.blockCall(stmt, state);
            case 'extends':
                return this.extendsStatement(stmt, scope, state);
            case 'include':
                return [
                    `output += R.include(${this.pos(stmt, describe(stmt.template))}, env, context, frame, ${this.expr(stmt.template, scope)}, ${stmt.ignoreMissing}, ${stmt.withContext});`,
                ];
            case 'import': {
                const module = this.id();
                return [
                    `var ${module} = R.importModule(${this.pos(stmt, describe(stmt.template))}, env, context, frame, ${this.expr(stmt.template, scope)}, ${stmt.withContext});`,
                    ...this.assign({ kind: 'name', name: stmt.target, line: stmt.line, column: stmt.column }, module, scope, state, false),
                ];
            }
            case 'fromimport': {
                const module = this.id();
                const lines = [`var ${module} = R.importModule(${this.pos(stmt, describe(stmt.template))}, env, context, frame, ${this.expr(stmt.template, scope)}, ${stmt.withContext});`];
                for (const { name, alias } of stmt.names) {
                    const value = this.id();
                    lines.push(`var ${value} = R.importName(${module}, ${js(name)});`);
                    lines.push(...this.assign({ kind: 'name', name: alias, line: stmt.line, column: stmt.column }, value, scope, state, false));
                }
                return lines;
            }
            case 'macro': {
                const value = this.id();
                return [`var ${value} = ${this.macro(stmt, scope)};`, ...this.assign({ kind: 'name', name: stmt.name, line: stmt.line, column: stmt.column }, value, scope, state, true)];
            }
            case 'callblock': {
                const caller = this.macro({ name: 'caller', params: stmt.params, body: stmt.body, line: stmt.line, column: stmt.column }, scope);
                const call = stmt.call;
                const args = this.arguments(call, scope, `{ caller: ${caller} }`);
                // Unlike other output, Jinja2 does not suppress a call block after `{% extends %}`.
                return [`output += R.str(R.call(${this.pos(codegen_startOf(call), describe(call.callee))}, context, ${this.expr(call.callee, scope)}, ${args}));`];
            }
            case 'filterblock': {
                const line = `output += R.str(${this.filterChain(stmt.filter, this.capture(stmt.body, scope, state), scope)});`;
                return this.checkedOutput([line], state);
            }
            case 'with': {
                const values = stmt.values.map((value) => {
                    const id = this.id();
                    return { id, code: `var ${id} = ${this.expr(value, scope)};` };
                });
                const inner = new Scope(scope);
                const innerState = { ...state, isRoot: false };
                const lines = [...values.map((v) => v.code), 'frame = frame.push();'];
                stmt.targets.forEach((target, i) => lines.push(...this.assign(target, values[i].id, inner, innerState, false, true)));
                this.enterScope(inner, stmt.body, scope, lines);
                lines.push(...this.statements(stmt.body, inner, innerState), 'frame = frame.pop();');
                return lines;
            }
        }
    }
    /**
     * Assigns the JavaScript value `value` to a target. `fresh` declares new variables (loop
     * and `with` targets) instead of reusing the scope's.
     */
    assign(target, value, scope, state, exported, fresh = false) {
        if (target.kind === 'nsref') {
            return [`R.setNamespaceAttribute(${this.pos(target, target.name)}, ${this.nameValue(target.name, scope)}, ${js(target.attr)}, ${value});`];
        }
        if (target.kind === 'tuple') {
            const parts = this.id();
            const lines = [`var ${parts} = R.unpack(${this.pos(target)}, ${value}, ${target.items.length});`];
            target.items.forEach((item, i) => lines.push(...this.assign(item, `${parts}[${i}]`, scope, state, exported, fresh)));
            return lines;
        }
        let id = fresh ? undefined : scope.own(target.name);
        const lines = [];
        if (!id) {
            id = this.id();
            lines.push(`var ${id};`);
            scope.declare(target.name, id);
        }
        lines.push(`${id} = ${value};`, `frame.set(${js(target.name)}, ${id});`);
        if (scope === state.rootScope) {
            lines.push(`context.setVariable(${js(target.name)}, ${id});`);
            if (exported && !target.name.startsWith('_'))
                lines.push(`context.addExport(${js(target.name)});`);
        }
        return lines;
    }
    forLoop(stmt, scope, state) {
        const items = this.id();
        const index = this.id();
        const loop = this.id();
        const lines = ['frame = frame.push();', `var ${items} = R.iterate(${this.pos(stmt.iter, describe(stmt.iter))}, ${this.expr(stmt.iter, scope)});`];
        if (stmt.filter) {
            // `{% for x in xs if cond %}`: the condition sees the loop variables but not `loop`.
            const item = this.id();
            const filterScope = new Scope(scope);
            const bind = this.assign(stmt.target, item, filterScope, { ...state, isRoot: false }, false, true);
            lines.push(`${items} = ${items}.filter((${item}) => {`, ...bind, `return R.truthy(${this.expr(stmt.filter, filterScope)}); });`);
        }
        lines.push(`var ${loop} = R.loop(${items});`);
        lines.push(`for (var ${index} = 0; ${index} < ${items}.length; ${index}++) {`);
        lines.push('frame = frame.push();', `${loop}.step(${index});`);
        const body = new Scope(scope);
        const bodyState = { ...state, isRoot: false };
        lines.push(...this.assign(stmt.target, `${items}[${index}]`, body, bodyState, false, true));
        const loopId = this.id();
        lines.push(`var ${loopId} = ${loop};`, `frame.set("loop", ${loopId});`);
        body.declare('loop', loopId);
        this.enterScope(body, stmt.body, scope, lines);
        lines.push(...this.statements(stmt.body, body, bodyState), 'frame = frame.pop();', '}');
        if (stmt.orelse.length > 0)
            lines.push(`if (${items}.length === 0) {`, ...this.statements(stmt.orelse, scope, state), '}');
        lines.push('frame = frame.pop();');
        return lines;
    }
    blockCall(block, state) {
        const frame = block.scoped ? 'frame' : 'R.newFrame(runtime)';
        const call = `output += R.renderBlock(${this.pos(block)}, env, context, ${frame}, runtime, ${js(block.name)});`;
        // Only a block at the template's top level (or in its top-level ifs) is the parent's to render.
        if (!state.isRoot)
            return [call];
        // A block at the top of a child template is rendered by the parent, not here.
        if (this.knownExtends)
            return [];
        if (this.extendsSoFar > 0)
            return [`if (!parentTemplate) { ${call} }`];
        return [call];
    }
    extendsStatement(stmt, scope, state) {
        if (!state.isRoot)
            this.fail('cannot use extend from a non top-level scope', stmt);
        const lines = [];
        const position = this.pos(stmt, describe(stmt.template));
        if (this.extendsSoFar > 0) {
            if (this.knownExtends) {
                this.compilerExit = true;
                return [`throw R.failure(${position}, "extended multiple times");`];
            }
            lines.push(`if (parentTemplate) { throw R.failure(${position}, "extended multiple times"); }`);
        }
        const parent = this.id();
        lines.push(`var ${parent} = R.parentTemplate(${position}, env, ${this.expr(stmt.template, scope)});`, `parentTemplate = ${parent};`, `R.inheritBlocks(context, ${parent});`);
        // A top-level (not conditional) extends: nothing after it outside blocks is output.
        if (this.ast.body.includes(stmt))
            this.knownExtends = true;
        this.extendsSoFar++;
        return lines;
    }
    // ---- expressions -----------------------------------------------------------------------
    arguments(args, scope, extraKwargs) {
        const positional = `[${args.args.map((a) => this.expr(a, scope)).join(', ')}]`;
        const pairs = args.kwargs.map((k) => `${js(k.name)}: ${this.expr(k.value, scope)}`);
        let kwargs = pairs.length > 0 ? `{ ${pairs.join(', ')} }` : 'null';
        if (extraKwargs)
            kwargs = pairs.length > 0 ? `Object.assign(${kwargs}, ${extraKwargs})` : extraKwargs;
        const dynArgs = args.dynArgs ? this.expr(args.dynArgs, scope) : 'undefined';
        const dynKwargs = args.dynKwargs ? this.expr(args.dynKwargs, scope) : 'undefined';
        if (!args.dynArgs && !args.dynKwargs)
            return `${positional}, ${kwargs}`;
        return `${positional}, ${kwargs}, ${dynArgs}, ${dynKwargs}`;
    }
    filterChain(filter, body, scope) {
        const target = filter.target === null ? body : filter.target.kind === 'filter' ? this.filterChain(filter.target, body, scope) : this.expr(filter.target, scope);
        return this.filterCall(filter, target, scope);
    }
    filterCall(filter, target, scope) {
        if (!this.known.filters.has(filter.name))
            this.fail(`No filter named '${filter.name}'.`, filter);
        return `R.filter(${this.pos(filter, filter.target ? describe(filter.target) : undefined)}, context, ${js(filter.name)}, ${target}, ${this.arguments(filter, scope)})`;
    }
    expr(node, scope) {
        switch (node.kind) {
            case 'const':
                if (typeof node.value === 'number') {
                    const literal = Number.isFinite(node.value) ? String(node.value) : 'Infinity';
                    return node.isFloat ? `R.float(${literal})` : literal;
                }
                return node.value === null ? 'null' : typeof node.value === 'string' ? js(node.value) : String(node.value);
            case 'name':
                return this.nameValue(node.name, scope);
            case 'tuple':
                return `R.tuple([${node.items.map((i) => this.expr(i, scope)).join(', ')}])`;
            case 'list':
                return `[${node.items.map((i) => this.expr(i, scope)).join(', ')}]`;
            case 'dict':
                return `R.dict([${node.pairs.map((p) => `[${this.expr(p.key, scope)}, ${this.expr(p.value, scope)}]`).join(', ')}])`;
            case 'getattr':
                return `R.getattr(${this.pos(codegen_startOf(node), describe(node.target))}, ${this.expr(node.target, scope)}, ${js(node.attr)})`;
            case 'getitem': {
                const target = this.expr(node.target, scope);
                if (node.key.kind === 'slice') {
                    const part = (e) => (e ? this.expr(e, scope) : 'null');
                    return `R.slice(${this.pos(codegen_startOf(node), describe(node.target))}, ${target}, ${part(node.key.start)}, ${part(node.key.stop)}, ${part(node.key.step)})`;
                }
                return `R.getitem(${this.pos(codegen_startOf(node), describe(node.target))}, ${target}, ${this.expr(node.key, scope)})`;
            }
            case 'slice':
                return this.fail('a slice is only valid inside [ ]', node);
            case 'call': {
                if (node.callee.kind === 'name' && node.callee.name === 'super' && !scope.lookup('super')) {
                    const block = this.currentBlock;
                    if (block && node.args.length === 0 && node.kwargs.length === 0) {
                        return `R.superBlock(${this.pos(node)}, env, context, runtime, ${js(block.name)}, ${block.fn})`;
                    }
                }
                return `R.call(${this.pos(codegen_startOf(node), describe(node.callee))}, context, ${this.expr(node.callee, scope)}, ${this.arguments(node, scope)})`;
            }
            case 'filter':
                return this.filterChain(node, 'undefined', scope);
            case 'test':
                if (!this.known.tests.has(node.name))
                    this.fail(`No test named '${node.name}'.`, node);
                return `R.test(${this.pos(node, describe(node.target))}, context, ${js(node.name)}, ${this.expr(node.target, scope)}, ${this.arguments(node, scope)})`;
            case 'condexpr':
                return `(R.truthy(${this.expr(node.test, scope)}) ? ${this.expr(node.body, scope)} : ${node.orelse ? this.expr(node.orelse, scope) : 'undefined'})`;
            case 'and':
            case 'or':
                return `R.${node.kind}(${this.expr(node.left, scope)}, () => ${this.expr(node.right, scope)})`;
            case 'not':
                return `!R.truthy(${this.expr(node.operand, scope)})`;
            case 'neg':
            case 'pos':
                return `R.unary(${this.pos(node, describe(node.operand))}, ${js(node.kind)}, ${this.expr(node.operand, scope)})`;
            case 'binop':
                return `R.arith(${this.pos(node, undefined, [describe(node.left), describe(node.right)])}, ${js(node.op)}, ${this.expr(node.left, scope)}, ${this.expr(node.right, scope)})`;
            case 'concat':
                return `R.concat([${node.items.map((i) => this.expr(i, scope)).join(', ')}])`;
            case 'compare': {
                const [first, ...rest] = node.ops;
                if (!first)
                    return this.expr(node.left, scope);
                if (rest.length === 0) {
                    return `R.compare(${this.pos(node, undefined, [describe(node.left), describe(first.right)])}, ${js(first.op)}, ${this.expr(node.left, scope)}, ${this.expr(first.right, scope)})`;
                }
                const chain = node.ops.map((o) => `[${js(o.op)}, () => ${this.expr(o.right, scope)}]`).join(', ');
                return `R.compareChain(${this.pos(node, describe(node.left))}, ${this.expr(node.left, scope)}, [${chain}])`;
            }
        }
    }
}
/**
 * Where an attribute access or call starts (`foo` in `foo.bar(1)`): errors about them
 * point at the expression, not at the `.` or `(`.
 */
function codegen_startOf(node) {
    switch (node.kind) {
        case 'getattr':
        case 'getitem':
            return codegen_startOf(node.target);
        case 'call':
            return codegen_startOf(node.callee);
        default:
            return node;
    }
}
/** The source-like text of a name or attribute chain, for error messages (`foo.bar`, `items[0]`). */
function describe(node) {
    switch (node.kind) {
        case 'name':
            return node.name;
        case 'getattr': {
            const target = describe(node.target);
            return target === undefined ? undefined : `${target}.${node.attr}`;
        }
        case 'getitem': {
            const target = describe(node.target);
            if (target === undefined)
                return undefined;
            return node.key.kind === 'const' ? `${target}[${JSON.stringify(node.key.value)}]` : `${target}[…]`;
        }
        case 'call': {
            const callee = describe(node.callee);
            return callee === undefined ? undefined : `${callee}()`;
        }
        default:
            return undefined;
    }
}
/** The JavaScript program of a template (the body of a function returning nunjucks' template props). */
function generateCode(ast, templateName, known) {
    const generator = new CodeGenerator(templateName, ast, known);
    return generator.generate();
}

;// CONCATENATED MODULE: ./lib/src/core/template/extensions.js
/**
 * Filters, tests and globals from the repository's `template.extensions` ES module.
 *
 * They are called as nunjucks calls its filters: `this` is the render context, the filtered
 * value comes first, then the arguments, then (only when the template passes any) one
 * object of keyword arguments. A function marked `passContext = true` gets the context as
 * its first argument instead, as Jinja2's `@pass_context` filters do (Kolla's `customizable`
 * reads `context[...]` that way).
 */



function contextView(site, globals) {
    const variables = site.context.ctx;
    return {
        has: (name) => Object.hasOwn(variables, name) || Object.hasOwn(globals, name),
        get: (name) => (Object.hasOwn(variables, name) ? variables[name] : Object.hasOwn(globals, name) ? globals[name] : undefined),
        variables: () => ({ ...globals, ...variables }),
    };
}
/** Template values as plain JavaScript: floats as numbers, generators as arrays. */
function plain(value) {
    if (value instanceof PyFloat)
        return value.value;
    if (value instanceof PyIterator)
        return value.consume();
    return value;
}
function invoke(kind, name, fn, view, args, kwargs) {
    const values = args.map(plain);
    if (Object.keys(kwargs).length > 0)
        values.push({ ...kwargs });
    try {
        return fn.passContext === true ? fn(view, ...values) : fn.apply(view, values);
    }
    catch (error) {
        const failure = findTemplateFailure(error);
        if (failure)
            throw failure;
        const message = error instanceof Error ? error.message : String(error);
        throw new TemplateFailure('extension', `the extension ${kind} '${name}' raised an error: ${message}`);
    }
}
/** The extensions in the runtime's calling convention; `allGlobals` is what contexts see. */
function registerExtensions(extensions, allGlobals) {
    const filters = new Map();
    for (const [name, fn] of Object.entries(extensions.filters ?? {})) {
        filters.set(name, (site, value, args, kwargs) => invoke('filter', name, fn, contextView(site, allGlobals()), [value, ...args], kwargs));
    }
    const tests = new Map();
    for (const [name, fn] of Object.entries(extensions.tests ?? {})) {
        tests.set(name, (site, value, args, kwargs) => invoke('test', name, fn, contextView(site, allGlobals()), [value, ...args], kwargs));
    }
    const globals = {};
    for (const [name, value] of Object.entries(extensions.globals ?? {})) {
        globals[name] =
            typeof value === 'function'
                ? jinjaFunction(name, (site, args, kwargs) => invoke('global', name, value, contextView(site, allGlobals()), args, kwargs))
                : value;
    }
    return { filters, tests, globals };
}

;// CONCATENATED MODULE: ./lib/src/core/template/lexer.js
/**
 * Jinja2's lexer, with Jinja2's default settings.
 *
 * nunjucks' own lexer differs from Jinja2's in ways real templates hit: it drops the
 * backslash of unknown string escapes (`'\d'` → `d`), knows neither `True`/`False`/`None`
 * nor `0x`/`1_000` literals, rejects a lone `#}` in text, and keeps the template's final
 * newline. This lexer follows Jinja2 3.1 instead:
 *
 * - newlines are normalised to `\n`, and ONE trailing newline of the source is dropped
 *   (Jinja2's `keep_trailing_newline=False`);
 * - `trim_blocks` and `lstrip_blocks` are off; `{%-`, `-%}`, `{{-`, `-}}`, `{#-`, `-#}`
 *   strip all whitespace (newlines included) on their side; `{%+` and `+%}` change nothing;
 * - `{% raw %}…{% endraw %}` is text;
 * - string literals decode Python escapes, keeping unknown ones (`'\d'` stays `\d`).
 */
// Longest first, so that `//` wins over `/`.
const OPERATORS = [
    ['//', 'floordiv'],
    ['**', 'pow'],
    ['==', 'eq'],
    ['!=', 'ne'],
    ['>=', 'gteq'],
    ['<=', 'lteq'],
    ['+', 'add'],
    ['-', 'sub'],
    ['/', 'div'],
    ['*', 'mul'],
    ['%', 'mod'],
    ['~', 'tilde'],
    ['[', 'lbracket'],
    [']', 'rbracket'],
    ['(', 'lparen'],
    [')', 'rparen'],
    ['{', 'lbrace'],
    ['}', 'rbrace'],
    ['>', 'gt'],
    ['<', 'lt'],
    ['=', 'assign'],
    ['.', 'dot'],
    [':', 'colon'],
    ['|', 'pipe'],
    [',', 'comma'],
    [';', 'semicolon'],
];
const CLOSING = { lparen: 'rparen', lbracket: 'rbracket', lbrace: 'rbrace' };
// The regular expressions of Jinja2's lexer (sticky, applied at the current position).
const lexer_WHITESPACE = /\s+/y;
const FLOAT = /(?:\d+_)*\d+(?:(?:\.(?:\d+_)*\d+)?[eE][+-]?(?:\d+_)*\d+|\.(?:\d+_)*\d+)/y;
const INTEGER = /0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|0[xX](?:_?[\da-fA-F])+|[1-9](?:_?\d)*|0(?:_?0)*/y;
const NAME = /[\p{ID_Start}_][\p{ID_Continue}]*/uy;
const STRING = /'([^'\\]*(?:\\.[^'\\]*)*)'|"([^"\\]*(?:\\.[^"\\]*)*)"/sy;
const BLOCK_END = /\+%\}|-%\}\s*|%\}/y;
const VARIABLE_END = /-\}\}\s*|\}\}/y;
const COMMENT_END = /\+#\}|-#\}\s*|#\}/g;
const RAW_BEGIN = /\{%[-+]?\s*raw\s*(?:-%\}\s*|%\})/y;
const RAW_END = /\{%([-+]?)\s*endraw\s*(?:\+%\}|-%\}\s*|%\})/g;
const TAG_START = /\{\{|\{%|\{#/g;
/**
 * Jinja2's source normalisation: `\r\n` and `\r` become `\n`, and one trailing newline
 * is dropped. Line numbers are unchanged by it.
 */
function normalizeSource(source) {
    const normalized = source.replace(/\r\n|\r/g, '\n');
    return normalized.endsWith('\n') ? normalized.slice(0, -1) : normalized;
}
/** Python's str.rstrip(): strips trailing whitespace. */
function rstrip(text) {
    return text.replace(/\s+$/u, '');
}
function countNewlines(text) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
class Lexer {
    source;
    tokens = [];
    pos = 0;
    line = 1;
    lineStart = 0;
    constructor(source) {
        this.source = source;
    }
    run() {
        try {
            while (this.pos < this.source.length)
                this.lexData();
        }
        catch (error) {
            if (!(error instanceof LexError))
                throw error;
            this.tokens.push({ type: 'error', value: error.message, line: error.line, column: error.column });
            return this.tokens;
        }
        // Jinja2's end-of-template token carries the line of the last token.
        const last = this.tokens[this.tokens.length - 1];
        this.tokens.push({ type: 'eof', value: '', line: last?.line ?? 1, column: last?.column ?? 1 });
        return this.tokens;
    }
    column(pos) {
        return pos - this.lineStart + 1;
    }
    fail(message, pos = this.pos) {
        throw new LexError(message, this.line, this.column(pos));
    }
    /** Moves to `to`, keeping line and column in step. */
    advance(to) {
        for (let i = this.source.indexOf('\n', this.pos); i !== -1 && i < to; i = this.source.indexOf('\n', i + 1)) {
            this.line++;
            this.lineStart = i + 1;
        }
        this.pos = to;
    }
    push(type, value, start, line, lineStart, isFloat) {
        const token = { type, value, line, column: start - lineStart + 1 };
        this.tokens.push(isFloat ? { ...token, isFloat } : token);
    }
    /** Text up to the next tag, then the tag. */
    lexData() {
        TAG_START.lastIndex = this.pos;
        const tag = TAG_START.exec(this.source);
        const tagPos = tag ? tag.index : this.source.length;
        let text = this.source.slice(this.pos, tagPos);
        const sign = tag ? this.source[tagPos + 2] : undefined;
        if (sign === '-')
            text = rstrip(text);
        if (text)
            this.push('data', text, this.pos, this.line, this.lineStart);
        this.advance(tagPos);
        if (!tag)
            return;
        RAW_BEGIN.lastIndex = tagPos;
        if (tag[0] === '{%' && RAW_BEGIN.test(this.source)) {
            this.lexRaw(RAW_BEGIN.lastIndex);
            return;
        }
        const afterTag = tagPos + 2 + (sign === '-' || sign === '+' ? 1 : 0);
        if (tag[0] === '{#')
            this.lexComment(afterTag);
        else if (tag[0] === '{%')
            this.lexTag('block_begin', 'block_end', BLOCK_END, tagPos, afterTag);
        else
            this.lexTag('variable_begin', 'variable_end', VARIABLE_END, tagPos, afterTag);
    }
    lexRaw(bodyStart) {
        RAW_END.lastIndex = bodyStart;
        const end = RAW_END.exec(this.source);
        if (!end)
            this.fail('Missing end of raw directive');
        let text = this.source.slice(bodyStart, end.index);
        if (end[1] === '-')
            text = rstrip(text);
        const line = this.line + countNewlines(this.source.slice(this.pos, bodyStart));
        const lineStart = Math.max(this.lineStart, this.source.lastIndexOf('\n', bodyStart - 1) + 1);
        if (text)
            this.push('data', text, bodyStart, line, lineStart);
        this.advance(end.index + end[0].length);
    }
    lexComment(bodyStart) {
        COMMENT_END.lastIndex = bodyStart;
        const end = COMMENT_END.exec(this.source);
        if (!end)
            this.fail('Missing end of comment tag');
        this.advance(end.index + end[0].length);
    }
    lexTag(begin, endType, endPattern, tagPos, bodyStart) {
        this.push(begin, this.source.slice(tagPos, bodyStart), tagPos, this.line, this.lineStart);
        this.advance(bodyStart);
        const balancing = [];
        for (;;) {
            // An unclosed tag: the parser reports it when it reaches the end of the template.
            if (this.pos >= this.source.length)
                return;
            if (balancing.length === 0) {
                endPattern.lastIndex = this.pos;
                const end = endPattern.exec(this.source);
                if (end) {
                    this.push(endType, end[0], this.pos, this.line, this.lineStart);
                    this.advance(this.pos + end[0].length);
                    return;
                }
            }
            this.lexExpressionToken(balancing);
        }
    }
    match(pattern) {
        pattern.lastIndex = this.pos;
        const m = pattern.exec(this.source);
        return m ? m[0] : undefined;
    }
    lexExpressionToken(balancing) {
        const start = this.pos;
        const { line, lineStart } = this;
        const whitespace = this.match(lexer_WHITESPACE);
        if (whitespace) {
            this.advance(start + whitespace.length);
            return;
        }
        const previous = this.source[start - 1];
        const float = previous === '.' ? undefined : this.match(FLOAT);
        if (float) {
            this.push('float', Number(float.replace(/_/g, '')), start, line, lineStart, true);
            this.advance(start + float.length);
            return;
        }
        const integer = this.match(INTEGER);
        if (integer) {
            this.push('integer', parseInteger(integer), start, line, lineStart);
            this.advance(start + integer.length);
            return;
        }
        const name = this.match(NAME);
        if (name) {
            this.push('name', name, start, line, lineStart);
            this.advance(start + name.length);
            return;
        }
        STRING.lastIndex = start;
        const string = STRING.exec(this.source);
        if (string) {
            const body = string[1] ?? string[2] ?? '';
            let decoded;
            try {
                decoded = decodeEscapes(body);
            }
            catch (error) {
                this.fail(error.message, start);
            }
            this.push('string', decoded, start, line, lineStart);
            this.advance(start + string[0].length);
            return;
        }
        for (const [text, type] of OPERATORS) {
            if (!this.source.startsWith(text, start))
                continue;
            const closing = CLOSING[type];
            if (closing)
                balancing.push(closing);
            else if (type === 'rparen' || type === 'rbracket' || type === 'rbrace') {
                const expected = balancing.pop();
                if (expected === undefined)
                    this.fail(`unexpected '${text}'`, start);
                if (expected !== type)
                    this.fail(`unexpected '${text}', expected '${operatorText(expected)}'`, start);
            }
            this.push(type, text, start, line, lineStart);
            this.advance(start + text.length);
            return;
        }
        this.fail(`unexpected char ${JSON.stringify(this.source[start])} at ${start}`, start);
    }
}
class LexError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
    }
}
function operatorText(type) {
    return OPERATORS.find(([, t]) => t === type)?.[0] ?? type;
}
function parseInteger(text) {
    const digits = text.replace(/_/g, '');
    const prefix = digits.slice(0, 2).toLowerCase();
    if (prefix === '0b')
        return parseInt(digits.slice(2), 2);
    if (prefix === '0o')
        return parseInt(digits.slice(2), 8);
    if (prefix === '0x')
        return parseInt(digits.slice(2), 16);
    return Number(digits);
}
const SIMPLE_ESCAPES = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '\n': '',
};
/** Python's unicode-escape decoding, as Jinja2 applies it to string literals. */
function decodeEscapes(body) {
    const text = body.replace(/\r\n|\r/g, '\n');
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch !== '\\' || i === text.length - 1) {
            out += ch;
            continue;
        }
        const next = text[i + 1];
        const simple = SIMPLE_ESCAPES[next];
        if (simple !== undefined) {
            out += simple;
            i++;
        }
        else if (/[0-7]/.test(next)) {
            const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1))?.[0] ?? '';
            out += String.fromCodePoint(parseInt(octal, 8));
            i += octal.length;
        }
        else if (next === 'x' || next === 'u' || next === 'U') {
            const width = next === 'x' ? 2 : next === 'u' ? 4 : 8;
            const hex = text.slice(i + 2, i + 2 + width);
            if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) {
                throw new Error(`truncated \\${next}${'X'.repeat(width)} escape`);
            }
            const code = parseInt(hex, 16);
            if (code > 0x10ffff)
                throw new Error('illegal Unicode character');
            out += String.fromCodePoint(code);
            i += 1 + width;
        }
        else if (next === 'N') {
            throw new Error('\\N{...} escapes (Unicode character names) are not supported');
        }
        else {
            // Python keeps the backslash of an unknown escape.
            out += ch;
        }
    }
    return out;
}
/** The tokens of a template source (already normalised by `normalizeSource`). */
function tokenize(source) {
    return new Lexer(source).run();
}

;// CONCATENATED MODULE: ./lib/src/core/template/nunjucks-bridge.js
/**
 * The parts of nunjucks' runtime the renderer drives, typed.
 *
 * Templates compiled by `codegen.ts` run on nunjucks' own machinery: `Environment` (loaders,
 * template cache), `Template` (render, exports), `Context` (variables, blocks and their
 * inheritance chain) and `Frame` (scopes). @types/nunjucks leaves these internals untyped,
 * so this module states the little it relies on, in one place.
 */

const nunjucksRuntime = nunjucks.runtime;
const TemplateClass = nunjucks.Template;
function isCompiledTemplate(value) {
    return value instanceof TemplateClass;
}
/** A nunjucks Environment whose templates come from `loader`, with Jinja2's runtime as `env.jr`. */
function createEnvironment(loader, jinjaRuntime) {
    // `dev` keeps the original error objects (nunjucks otherwise replaces them by bare copies),
    // so that a failure's location survives; autoescaping is Jinja2's default: off.
    const env = new nunjucks.Environment(loader, { autoescape: false, dev: true });
    env.jr = jinjaRuntime;
    return env;
}

;// CONCATENATED MODULE: ./lib/src/core/template/parser.js

const COMPARE_OPERATORS = new Set(['eq', 'ne', 'lt', 'lteq', 'gt', 'gteq']);
const TOKEN_DESCRIPTIONS = {
    block_begin: 'begin of statement block',
    block_end: 'end of statement block',
    variable_begin: 'begin of print statement',
    variable_end: 'end of print statement',
    data: 'template data / text',
    eof: 'end of template',
    add: '+',
    sub: '-',
    div: '/',
    floordiv: '//',
    mul: '*',
    mod: '%',
    pow: '**',
    tilde: '~',
    lbracket: '[',
    rbracket: ']',
    lparen: '(',
    rparen: ')',
    lbrace: '{',
    rbrace: '}',
    eq: '==',
    ne: '!=',
    gt: '>',
    gteq: '>=',
    lt: '<',
    lteq: '<=',
    assign: '=',
    dot: '.',
    colon: ':',
    pipe: '|',
    comma: ',',
    semicolon: ';',
};
function parser_describe(token) {
    if (token.type === 'name')
        return String(token.value);
    return TOKEN_DESCRIPTIONS[token.type] ?? token.type;
}
/** `type` or `type:value`, as Jinja2 writes its token expectations. */
function describeExpectation(expectation) {
    const [type, value] = expectation.split(':', 2);
    if (value !== undefined && type === 'name')
        return value;
    return TOKEN_DESCRIPTIONS[type] ?? type;
}
class TokenStream {
    tokens;
    index = 0;
    constructor(tokens) {
        this.tokens = tokens;
        this.check();
    }
    get current() {
        return this.tokens[this.index];
    }
    /** The current token's type (a method, so that TypeScript does not narrow it across `next()`). */
    type() {
        return this.current.type;
    }
    /** The token after the current one. */
    look() {
        return this.tokens[Math.min(this.index + 1, this.tokens.length - 1)];
    }
    next() {
        const token = this.current;
        if (token.type !== 'eof') {
            this.index++;
            this.check();
        }
        return token;
    }
    /** Raises a lexing error once the parser reaches it, as Jinja2's lazy lexer does. */
    check() {
        const token = this.current;
        if (token.type === 'error')
            parser_fail(String(token.value), token);
    }
    test(expectation) {
        const token = this.current;
        const [type, value] = expectation.split(':', 2);
        if (token.type !== type)
            return false;
        return value === undefined || token.value === value;
    }
    skipIf(expectation) {
        if (!this.test(expectation))
            return false;
        this.next();
        return true;
    }
    expect(expectation) {
        if (this.test(expectation))
            return this.next();
        const token = this.current;
        if (token.type === 'eof') {
            parser_fail(`unexpected end of template, expected '${describeExpectation(expectation)}'.`, token);
        }
        parser_fail(`expected token '${describeExpectation(expectation)}', got '${parser_describe(token)}'`, token);
    }
}
function parser_fail(message, at) {
    throw new TemplateFailure('syntax', message, { template: '', line: at.line, column: at.column });
}
const STATEMENT_KEYWORDS = new Set([
    'for',
    'if',
    'block',
    'extends',
    'print',
    'macro',
    'include',
    'from',
    'import',
    'set',
    'with',
    'autoescape',
]);
class Parser {
    stream;
    tagStack = [];
    endTokenStack = [];
    blocks = new Map();
    constructor(tokens) {
        this.stream = new TokenStream(tokens);
    }
    parse() {
        const body = this.subparse(null);
        return { body, blocks: this.blocks };
    }
    // ---- statements ------------------------------------------------------------------------
    subparse(endTokens) {
        const body = [];
        let buffer = [];
        const flush = () => {
            const first = buffer[0];
            if (first)
                body.push({ kind: 'output', nodes: buffer, line: first.line, column: first.column });
            buffer = [];
        };
        if (endTokens)
            this.endTokenStack.push(endTokens);
        try {
            while (this.stream.type() !== 'eof') {
                const token = this.stream.current;
                if (token.type === 'data') {
                    buffer.push({ kind: 'data', text: String(token.value), line: token.line, column: token.column });
                    this.stream.next();
                }
                else if (token.type === 'variable_begin') {
                    this.stream.next();
                    buffer.push(this.parseTuple({ withCondexpr: true }));
                    this.stream.expect('variable_end');
                }
                else if (token.type === 'block_begin') {
                    flush();
                    this.stream.next();
                    if (endTokens && endTokens.some((e) => this.stream.test(e)))
                        return body;
                    body.push(...this.parseStatement());
                    this.stream.expect('block_end');
                }
                else {
                    parser_fail('internal parsing error', token);
                }
            }
            flush();
        }
        finally {
            if (endTokens)
                this.endTokenStack.pop();
        }
        return body;
    }
    parseStatement() {
        const token = this.stream.current;
        if (token.type !== 'name')
            parser_fail('tag name expected', token);
        const name = String(token.value);
        if (!STATEMENT_KEYWORDS.has(name) && name !== 'call' && name !== 'filter') {
            this.failUnknownTag(name, token);
        }
        this.tagStack.push(name);
        try {
            switch (name) {
                case 'for':
                    return [this.parseFor()];
                case 'if':
                    return [this.parseIf()];
                case 'block':
                    return [this.parseBlock()];
                case 'extends': {
                    const tag = this.stream.next();
                    return [{ kind: 'extends', template: this.parseExpression(), line: tag.line, column: tag.column }];
                }
                case 'print':
                    return [this.parsePrint()];
                case 'macro':
                    return [this.parseMacro()];
                case 'include':
                    return [this.parseInclude()];
                case 'from':
                    return [this.parseFrom()];
                case 'import':
                    return [this.parseImport()];
                case 'set':
                    return [this.parseSet()];
                case 'with':
                    return [this.parseWith()];
                case 'autoescape':
                    return [this.parseAutoescape()];
                case 'call':
                    return [this.parseCallBlock()];
                default:
                    return [this.parseFilterBlock()];
            }
        }
        finally {
            this.tagStack.pop();
        }
    }
    /** The body of a statement, up to one of `endTokens` (the end token stays current). */
    parseStatements(endTokens, dropNeedle = false) {
        this.stream.skipIf('colon');
        this.stream.expect('block_end');
        const result = this.subparse(endTokens);
        if (this.stream.type() === 'eof')
            this.failEof(endTokens);
        if (dropNeedle)
            this.stream.next();
        return result;
    }
    failUnknownTag(name, at) {
        this.failUnexpected(name, this.endTokenStack, at);
    }
    failEof(endTokens) {
        this.failUnexpected(null, [...this.endTokenStack, endTokens], this.stream.current);
    }
    failUnexpected(name, stack, at) {
        const expected = new Set(stack.flat().map(describeExpectation));
        const innermost = stack[stack.length - 1];
        const looking = innermost ? innermost.map((e) => `'${describeExpectation(e)}'`).join(' or ') : null;
        const message = [name === null ? 'Unexpected end of template.' : `Encountered unknown tag '${name}'.`];
        if (looking) {
            if (name !== null && expected.has(name)) {
                message.push(`You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for ${looking}.`);
            }
            else {
                message.push(`Jinja was looking for the following tags: ${looking}.`);
            }
        }
        const open = this.tagStack[this.tagStack.length - 1];
        if (open)
            message.push(`The innermost block that needs to be closed is '${open}'.`);
        parser_fail(message.join(' '), at);
    }
    parseFor() {
        const tag = this.stream.expect('name:for');
        const target = this.parseAssignTarget({ extraEndRules: ['name:in'] });
        this.stream.expect('name:in');
        const iter = this.parseTuple({ withCondexpr: false, extraEndRules: ['name:recursive'] });
        const filter = this.stream.skipIf('name:if') ? this.parseExpression() : null;
        if (this.stream.test('name:recursive')) {
            parser_fail('recursive for loops are not supported by this renderer; use a macro that calls itself', this.stream.current);
        }
        const body = this.parseStatements(['name:endfor', 'name:else']);
        const orelse = this.stream.next().value === 'endfor' ? [] : this.parseStatements(['name:endfor'], true);
        return { kind: 'for', target, iter, filter, body, orelse, line: tag.line, column: tag.column };
    }
    parseIf() {
        const tag = this.stream.expect('name:if');
        const branches = [];
        let orelse = [];
        for (;;) {
            const test = this.parseTuple({ withCondexpr: false });
            const body = this.parseStatements(['name:elif', 'name:else', 'name:endif']);
            branches.push({ test, body });
            const token = this.stream.next();
            if (token.value === 'elif')
                continue;
            if (token.value === 'else')
                orelse = this.parseStatements(['name:endif'], true);
            break;
        }
        return { kind: 'if', branches, orelse, line: tag.line, column: tag.column };
    }
    parseBlock() {
        const tag = this.stream.next();
        const nameToken = this.stream.expect('name');
        const name = String(nameToken.value);
        const scoped = this.stream.skipIf('name:scoped');
        const required = this.stream.skipIf('name:required');
        if (this.stream.type() === 'sub') {
            parser_fail('Block names in Jinja have to be valid Python identifiers and may not contain hyphens, use an underscore instead.', this.stream.current);
        }
        const body = this.parseStatements(['name:endblock'], true);
        if (required && !body.every((s) => s.kind === 'output' && s.nodes.every((n) => n.kind === 'data' && !n.text.trim()))) {
            parser_fail('Required blocks can only contain comments or whitespace', tag);
        }
        this.stream.skipIf(`name:${name}`);
        const block = { kind: 'block', name, scoped, body, line: tag.line, column: tag.column };
        if (this.blocks.has(name))
            parser_fail(`block '${name}' defined twice`, tag);
        this.blocks.set(name, block);
        return block;
    }
    parsePrint() {
        const tag = this.stream.next();
        const nodes = [];
        while (this.stream.type() !== 'block_end') {
            if (nodes.length > 0)
                this.stream.expect('comma');
            nodes.push(this.parseExpression());
        }
        return { kind: 'output', nodes, line: tag.line, column: tag.column };
    }
    /** `with context` / `without context` after an include or import. */
    parseImportContext(defaultValue) {
        if ((this.stream.test('name:with') || this.stream.test('name:without')) && this.stream.look().type === 'name' && this.stream.look().value === 'context') {
            const withContext = this.stream.next().value === 'with';
            this.stream.next();
            return withContext;
        }
        return defaultValue;
    }
    parseInclude() {
        const tag = this.stream.next();
        const template = this.parseExpression();
        let ignoreMissing = false;
        if (this.stream.test('name:ignore') && this.stream.look().type === 'name' && this.stream.look().value === 'missing') {
            ignoreMissing = true;
            this.stream.next();
            this.stream.next();
        }
        const withContext = this.parseImportContext(true);
        return { kind: 'include', template, ignoreMissing, withContext, line: tag.line, column: tag.column };
    }
    parseImport() {
        const tag = this.stream.next();
        const template = this.parseExpression();
        this.stream.expect('name:as');
        const target = String(this.stream.expect('name').value);
        const withContext = this.parseImportContext(false);
        return { kind: 'import', template, target, withContext, line: tag.line, column: tag.column };
    }
    parseFrom() {
        const tag = this.stream.next();
        const template = this.parseExpression();
        this.stream.expect('name:import');
        const names = [];
        let withContext;
        const parseContext = () => {
            if ((this.stream.test('name:with') || this.stream.test('name:without')) && this.stream.look().type === 'name' && this.stream.look().value === 'context') {
                withContext = this.stream.next().value === 'with';
                this.stream.next();
                return true;
            }
            return false;
        };
        for (;;) {
            if (names.length > 0)
                this.stream.expect('comma');
            if (this.stream.type() !== 'name') {
                this.stream.expect('name');
                continue;
            }
            if (parseContext())
                break;
            const target = this.stream.expect('name');
            const name = String(target.value);
            if (name.startsWith('_'))
                parser_fail('names starting with an underline can not be imported', target);
            const alias = this.stream.skipIf('name:as') ? String(this.stream.expect('name').value) : name;
            names.push({ name, alias });
            if (parseContext() || this.stream.type() !== 'comma')
                break;
        }
        return { kind: 'fromimport', template, names, withContext: withContext ?? false, line: tag.line, column: tag.column };
    }
    parseSignature() {
        const params = [];
        this.stream.expect('lparen');
        while (this.stream.type() !== 'rparen') {
            if (params.length > 0)
                this.stream.expect('comma');
            const name = String(this.stream.expect('name').value);
            let defaultValue = null;
            if (this.stream.skipIf('assign'))
                defaultValue = this.parseExpression();
            else if (params.some((p) => p.defaultValue !== null))
                parser_fail('non-default argument follows default argument', this.stream.current);
            params.push({ name, defaultValue });
        }
        this.stream.expect('rparen');
        return params;
    }
    parseMacro() {
        const tag = this.stream.next();
        const name = String(this.stream.expect('name').value);
        const params = this.parseSignature();
        const body = this.parseStatements(['name:endmacro'], true);
        return { kind: 'macro', name, params, body, line: tag.line, column: tag.column };
    }
    parseCallBlock() {
        const tag = this.stream.next();
        const params = this.stream.type() === 'lparen' ? this.parseSignature() : [];
        const call = this.parseExpression();
        if (call.kind !== 'call')
            parser_fail('expected call', tag);
        const body = this.parseStatements(['name:endcall'], true);
        return { kind: 'callblock', call, params, body, line: tag.line, column: tag.column };
    }
    parseFilterBlock() {
        const tag = this.stream.next();
        const filter = this.parseFilter(null, true);
        const body = this.parseStatements(['name:endfilter'], true);
        return { kind: 'filterblock', filter, body, line: tag.line, column: tag.column };
    }
    parseSet() {
        const tag = this.stream.next();
        const target = this.parseAssignTarget({ withNamespace: true });
        if (this.stream.skipIf('assign')) {
            return { kind: 'assign', target, value: this.parseTuple({}), line: tag.line, column: tag.column };
        }
        const filter = this.parseFilter(null);
        const body = this.parseStatements(['name:endset'], true);
        return { kind: 'assignblock', target, filter, body, line: tag.line, column: tag.column };
    }
    parseWith() {
        const tag = this.stream.next();
        const targets = [];
        const values = [];
        while (this.stream.type() !== 'block_end') {
            if (targets.length > 0)
                this.stream.expect('comma');
            targets.push(this.parseAssignTarget({}));
            this.stream.expect('assign');
            values.push(this.parseExpression());
        }
        const body = this.parseStatements(['name:endwith'], true);
        return { kind: 'with', targets, values, body, line: tag.line, column: tag.column };
    }
    parseAutoescape() {
        const tag = this.stream.next();
        const value = this.parseExpression();
        if (!(value.kind === 'const' && value.value === false)) {
            parser_fail('{% autoescape %} is not supported: Dockerfile templates are rendered without HTML escaping', tag);
        }
        const body = this.parseStatements(['name:endautoescape'], true);
        return { kind: 'with', targets: [], values: [], body, line: tag.line, column: tag.column };
    }
    /** A `{% set %}`/`{% for %}` target: a name, `ns.attr`, or a tuple of targets. */
    parseAssignTarget(options) {
        const start = this.stream.current;
        const items = [];
        let isTuple = false;
        for (;;) {
            if (items.length > 0)
                this.stream.expect('comma');
            if (this.isTupleEnd(options.extraEndRules ?? null))
                break;
            items.push(this.parseTargetPrimary(options.withNamespace ?? false));
            if (this.stream.type() === 'comma')
                isTuple = true;
            else
                break;
        }
        const single = items[0];
        if (!isTuple && single)
            return single;
        if (!isTuple)
            parser_fail(`Expected an expression, got '${parser_describe(this.stream.current)}'`, this.stream.current);
        return { kind: 'tuple', items, line: start.line, column: start.column };
    }
    parseTargetPrimary(withNamespace) {
        const token = this.stream.current;
        if (token.type === 'lparen') {
            this.stream.next();
            const target = this.parseAssignTarget({});
            this.stream.expect('rparen');
            return target;
        }
        const expr = this.parsePrimary();
        if (expr.kind !== 'name')
            parser_fail(`can't assign to '${expr.kind}'`, expr);
        if (withNamespace && this.stream.type() === 'dot') {
            this.stream.next();
            const attr = String(this.stream.expect('name').value);
            return { kind: 'nsref', name: expr.name, attr, line: expr.line, column: expr.column };
        }
        return expr;
    }
    // ---- expressions -----------------------------------------------------------------------
    parseExpression(withCondexpr = true) {
        return withCondexpr ? this.parseCondexpr() : this.parseOr();
    }
    parseCondexpr() {
        const start = this.stream.current;
        let expr = this.parseOr();
        while (this.stream.skipIf('name:if')) {
            const test = this.parseOr();
            const orelse = this.stream.skipIf('name:else') ? this.parseCondexpr() : null;
            expr = { kind: 'condexpr', test, body: expr, orelse, line: start.line, column: start.column };
        }
        return expr;
    }
    parseOr() {
        let left = this.parseAnd();
        while (this.stream.test('name:or')) {
            const op = this.stream.next();
            left = { kind: 'or', left, right: this.parseAnd(), line: op.line, column: op.column };
        }
        return left;
    }
    parseAnd() {
        let left = this.parseNot();
        while (this.stream.test('name:and')) {
            const op = this.stream.next();
            left = { kind: 'and', left, right: this.parseNot(), line: op.line, column: op.column };
        }
        return left;
    }
    parseNot() {
        if (this.stream.test('name:not')) {
            const op = this.stream.next();
            return { kind: 'not', operand: this.parseNot(), line: op.line, column: op.column };
        }
        return this.parseCompare();
    }
    parseCompare() {
        const start = this.stream.current;
        const left = this.parseMath1();
        const ops = [];
        for (;;) {
            const token = this.stream.current;
            if (COMPARE_OPERATORS.has(token.type)) {
                this.stream.next();
                ops.push({ op: token.type, right: this.parseMath1() });
            }
            else if (this.stream.skipIf('name:in')) {
                ops.push({ op: 'in', right: this.parseMath1() });
            }
            else if (this.stream.test('name:not') && this.stream.look().type === 'name' && this.stream.look().value === 'in') {
                this.stream.next();
                this.stream.next();
                ops.push({ op: 'notin', right: this.parseMath1() });
            }
            else
                break;
        }
        if (ops.length === 0)
            return left;
        return { kind: 'compare', left, ops, line: start.line, column: start.column };
    }
    parseMath1() {
        let left = this.parseConcat();
        while (this.stream.type() === 'add' || this.stream.type() === 'sub') {
            const op = this.stream.next();
            left = { kind: 'binop', op: op.type === 'add' ? '+' : '-', left, right: this.parseConcat(), line: op.line, column: op.column };
        }
        return left;
    }
    parseConcat() {
        const start = this.stream.current;
        const items = [this.parseMath2()];
        while (this.stream.type() === 'tilde') {
            this.stream.next();
            items.push(this.parseMath2());
        }
        if (items.length === 1)
            return items[0];
        return { kind: 'concat', items, line: start.line, column: start.column };
    }
    parseMath2() {
        let left = this.parsePow();
        for (;;) {
            const type = this.stream.type();
            const op = type === 'mul' ? '*' : type === 'div' ? '/' : type === 'floordiv' ? '//' : type === 'mod' ? '%' : null;
            if (!op)
                return left;
            const token = this.stream.next();
            left = { kind: 'binop', op, left, right: this.parsePow(), line: token.line, column: token.column };
        }
    }
    parsePow() {
        let left = this.parseUnary();
        while (this.stream.type() === 'pow') {
            const op = this.stream.next();
            left = { kind: 'binop', op: '**', left, right: this.parseUnary(), line: op.line, column: op.column };
        }
        return left;
    }
    parseUnary(withFilter = true) {
        const token = this.stream.current;
        let node;
        if (token.type === 'sub' || token.type === 'add') {
            this.stream.next();
            node = { kind: token.type === 'sub' ? 'neg' : 'pos', operand: this.parseUnary(false), line: token.line, column: token.column };
        }
        else {
            node = this.parsePrimary();
        }
        node = this.parsePostfix(node);
        if (withFilter)
            node = this.parseFilterExpr(node);
        return node;
    }
    parsePrimary() {
        const token = this.stream.current;
        const at = { line: token.line, column: token.column };
        if (token.type === 'name') {
            this.stream.next();
            const value = String(token.value);
            if (value === 'true' || value === 'True' || value === 'false' || value === 'False') {
                return { kind: 'const', value: value === 'true' || value === 'True', isFloat: false, ...at };
            }
            if (value === 'none' || value === 'None')
                return { kind: 'const', value: null, isFloat: false, ...at };
            return { kind: 'name', name: value, ...at };
        }
        if (token.type === 'string') {
            this.stream.next();
            let value = String(token.value);
            // Adjacent string literals are concatenated, as in Python.
            while (this.stream.type() === 'string')
                value += String(this.stream.next().value);
            return { kind: 'const', value, isFloat: false, ...at };
        }
        if (token.type === 'integer' || token.type === 'float') {
            this.stream.next();
            return { kind: 'const', value: token.value, isFloat: token.type === 'float', ...at };
        }
        if (token.type === 'lparen') {
            this.stream.next();
            const node = this.parseTuple({ explicitParentheses: true });
            this.stream.expect('rparen');
            return node;
        }
        if (token.type === 'lbracket')
            return this.parseList();
        if (token.type === 'lbrace')
            return this.parseDict();
        parser_fail(`unexpected '${parser_describe(token)}'`, token);
    }
    isTupleEnd(extraEndRules) {
        const type = this.stream.type();
        if (type === 'variable_end' || type === 'block_end' || type === 'rparen')
            return true;
        return extraEndRules !== null && extraEndRules.some((rule) => this.stream.test(rule));
    }
    parseTuple(options) {
        const start = this.stream.current;
        const parse = () => this.parseExpression(options.withCondexpr ?? true);
        const items = [];
        let isTuple = false;
        for (;;) {
            if (items.length > 0)
                this.stream.expect('comma');
            if (this.isTupleEnd(options.extraEndRules ?? null))
                break;
            items.push(parse());
            if (this.stream.type() === 'comma')
                isTuple = true;
            else
                break;
        }
        if (!isTuple) {
            const single = items[0];
            if (single)
                return single;
            if (!options.explicitParentheses)
                parser_fail(`Expected an expression, got '${parser_describe(this.stream.current)}'`, this.stream.current);
        }
        return { kind: 'tuple', items, line: start.line, column: start.column };
    }
    parseList() {
        const token = this.stream.expect('lbracket');
        const items = [];
        while (this.stream.type() !== 'rbracket') {
            if (items.length > 0)
                this.stream.expect('comma');
            if (this.stream.type() === 'rbracket')
                break;
            items.push(this.parseExpression());
        }
        this.stream.expect('rbracket');
        return { kind: 'list', items, line: token.line, column: token.column };
    }
    parseDict() {
        const token = this.stream.expect('lbrace');
        const pairs = [];
        while (this.stream.type() !== 'rbrace') {
            if (pairs.length > 0)
                this.stream.expect('comma');
            if (this.stream.type() === 'rbrace')
                break;
            const key = this.parseExpression();
            this.stream.expect('colon');
            pairs.push({ key, value: this.parseExpression() });
        }
        this.stream.expect('rbrace');
        return { kind: 'dict', pairs, line: token.line, column: token.column };
    }
    parsePostfix(node) {
        for (;;) {
            const type = this.stream.type();
            if (type === 'dot' || type === 'lbracket')
                node = this.parseSubscript(node);
            else if (type === 'lparen')
                node = this.parseCall(node);
            else
                return node;
        }
    }
    parseFilterExpr(node) {
        for (;;) {
            const token = this.stream.current;
            if (token.type === 'pipe')
                node = this.parseFilter(node);
            else if (token.type === 'name' && token.value === 'is')
                node = this.parseTest(node);
            else if (token.type === 'lparen')
                node = this.parseCall(node);
            else
                return node;
        }
    }
    parseSubscript(node) {
        const token = this.stream.next();
        if (token.type === 'dot') {
            const attr = this.stream.next();
            if (attr.type === 'name')
                return { kind: 'getattr', target: node, attr: String(attr.value), line: token.line, column: token.column };
            if (attr.type !== 'integer')
                parser_fail('expected name or number', attr);
            const key = { kind: 'const', value: attr.value, isFloat: false, line: attr.line, column: attr.column };
            return { kind: 'getitem', target: node, key, line: token.line, column: token.column };
        }
        const args = [];
        while (this.stream.type() !== 'rbracket') {
            if (args.length > 0)
                this.stream.expect('comma');
            args.push(this.parseSubscribed());
        }
        this.stream.expect('rbracket');
        const key = args.length === 1 ? args[0] : { kind: 'tuple', items: args, line: token.line, column: token.column };
        return { kind: 'getitem', target: node, key, line: token.line, column: token.column };
    }
    parseSubscribed() {
        const start = this.stream.current;
        const parts = [];
        if (this.stream.type() === 'colon') {
            this.stream.next();
            parts.push(null);
        }
        else {
            const node = this.parseExpression();
            if (this.stream.type() !== 'colon')
                return node;
            this.stream.next();
            parts.push(node);
        }
        const type = this.stream.type();
        if (type === 'colon')
            parts.push(null);
        else if (type !== 'rbracket' && type !== 'comma')
            parts.push(this.parseExpression());
        else
            parts.push(null);
        if (this.stream.type() === 'colon') {
            this.stream.next();
            const after = this.stream.type();
            parts.push(after !== 'rbracket' && after !== 'comma' ? this.parseExpression() : null);
        }
        else
            parts.push(null);
        const [startExpr = null, stop = null, step = null] = parts;
        return { kind: 'slice', start: startExpr, stop, step, line: start.line, column: start.column };
    }
    parseCallArgs() {
        const token = this.stream.expect('lparen');
        const args = [];
        const kwargs = [];
        let dynArgs = null;
        let dynKwargs = null;
        let requireComma = false;
        const ensure = (ok) => {
            if (!ok)
                parser_fail('invalid syntax for function call expression', token);
        };
        while (this.stream.type() !== 'rparen') {
            if (requireComma) {
                this.stream.expect('comma');
                if (this.stream.type() === 'rparen')
                    break;
            }
            if (this.stream.type() === 'mul') {
                ensure(dynArgs === null && dynKwargs === null);
                this.stream.next();
                dynArgs = this.parseExpression();
            }
            else if (this.stream.type() === 'pow') {
                ensure(dynKwargs === null);
                this.stream.next();
                dynKwargs = this.parseExpression();
            }
            else if (this.stream.type() === 'name' && this.stream.look().type === 'assign') {
                ensure(dynKwargs === null);
                const name = String(this.stream.next().value);
                this.stream.next();
                kwargs.push({ name, value: this.parseExpression() });
            }
            else {
                ensure(dynArgs === null && dynKwargs === null && kwargs.length === 0);
                args.push(this.parseExpression());
            }
            requireComma = true;
        }
        this.stream.expect('rparen');
        return { args, kwargs, dynArgs, dynKwargs };
    }
    parseCall(node) {
        const token = this.stream.current;
        return { kind: 'call', callee: node, ...this.parseCallArgs(), line: token.line, column: token.column };
    }
    parseFilter(node, startInline = false) {
        while (this.stream.type() === 'pipe' || startInline) {
            if (!startInline)
                this.stream.next();
            const token = this.stream.expect('name');
            let name = String(token.value);
            while (this.stream.type() === 'dot') {
                this.stream.next();
                name += `.${String(this.stream.expect('name').value)}`;
            }
            const args = this.stream.type() === 'lparen' ? this.parseCallArgs() : { args: [], kwargs: [], dynArgs: null, dynKwargs: null };
            node = { kind: 'filter', target: node, name, ...args, line: token.line, column: token.column };
            startInline = false;
        }
        return node;
    }
    parseTest(node) {
        const token = this.stream.next();
        const negated = this.stream.skipIf('name:not');
        let name = String(this.stream.expect('name').value);
        while (this.stream.type() === 'dot') {
            this.stream.next();
            name += `.${String(this.stream.expect('name').value)}`;
        }
        let args = { args: [], kwargs: [], dynArgs: null, dynKwargs: null };
        const current = this.stream.current;
        if (current.type === 'lparen') {
            args = this.parseCallArgs();
        }
        else if (['name', 'string', 'integer', 'float', 'lparen', 'lbracket', 'lbrace'].includes(current.type) &&
            !(current.type === 'name' && (current.value === 'else' || current.value === 'or' || current.value === 'and'))) {
            if (current.type === 'name' && current.value === 'is')
                parser_fail('You cannot chain multiple tests with is', current);
            const argument = this.parsePostfix(this.parsePrimary());
            args = { ...args, args: [argument] };
        }
        const test = { kind: 'test', target: node, name, ...args, line: token.line, column: token.column };
        return negated ? { kind: 'not', operand: test, line: token.line, column: token.column } : test;
    }
}
/** Parses a template's tokens (see `lexer.ts`). Syntax errors are `TemplateFailure`s. */
function parse(tokens) {
    return new Parser(tokens).parse();
}

;// CONCATENATED MODULE: ./lib/src/core/template/template-names.js
/**
 * Template names: paths relative to the images folder, `/`-separated, as Jinja2's
 * FileSystemLoader reads them (`split_template_path`): empty and `.` segments are
 * ignored, and a `..` segment is refused, so no template can leave the images folder.
 */
/** The canonical form of a template name, or `undefined` when it would leave the folder. */
function normalizeTemplateName(name) {
    const segments = [];
    for (const segment of name.split('/')) {
        if (segment === '..')
            return undefined;
        if (segment && segment !== '.')
            segments.push(segment);
    }
    return segments.join('/');
}

;// CONCATENATED MODULE: ./lib/src/core/template/runtime.js







/** `loop` inside `{% for %}`. */
class LoopContext {
    items;
    pyTypeName = 'LoopContext';
    index0 = 0;
    lastChanged;
    constructor(items) {
        this.items = items;
    }
    step(index0) {
        this.index0 = index0;
    }
    pyGetAttr(name) {
        const i = this.index0;
        const length = this.items.length;
        switch (name) {
            case 'index':
                return i + 1;
            case 'index0':
                return i;
            case 'revindex':
                return length - i;
            case 'revindex0':
                return length - i - 1;
            case 'first':
                return i === 0;
            case 'last':
                return i === length - 1;
            case 'length':
                return length;
            case 'depth':
                return 1;
            case 'depth0':
                return 0;
            case 'previtem':
                return i > 0 ? this.items[i - 1] : undefined;
            case 'nextitem':
                return i < length - 1 ? this.items[i + 1] : undefined;
            case 'cycle':
                return jinjaFunction('cycle', (_site, args) => {
                    if (args.length === 0)
                        throw new TemplateFailure('type', 'no items for cycling given');
                    return args[i % args.length];
                });
            case 'changed':
                return jinjaFunction('changed', (_site, args) => {
                    const changed = this.lastChanged === undefined || !equals(makeTuple([...this.lastChanged]), makeTuple([...args]));
                    this.lastChanged = args;
                    return changed;
                });
            default:
                return undefined;
        }
    }
    pyRepr() {
        return `<LoopContext ${this.index0 + 1}/${this.items.length}>`;
    }
}
/** What `{% import "x.j2" as m %}` binds: the template's exported macros and variables. */
class TemplateModule {
    name;
    exported;
    pyTypeName = 'TemplateModule';
    constructor(name, exported) {
        this.name = name;
        this.exported = exported;
    }
    pyGetAttr(name) {
        return Object.hasOwn(this.exported, name) ? this.exported[name] : undefined;
    }
    pyRepr() {
        return `<TemplateModule '${this.name}'>`;
    }
}
const runtime_MISSING = Symbol('missing');
function locate(error, position, kind, prefix = '') {
    const failure = findTemplateFailure(error);
    if (failure)
        return failure.at(position);
    const message = error instanceof Error ? error.message : String(error);
    return new TemplateFailure(kind, `${prefix}${message}`, position);
}
class JinjaRuntime {
    filters;
    tests;
    globals;
    /** A macro parameter the caller did not pass (its default applies). */
    MISSING = runtime_MISSING;
    constructor(filters, tests, globals) {
        this.filters = filters;
        this.tests = tests;
        this.globals = globals;
    }
    // ---- values ----------------------------------------------------------------------------
    str(value) {
        return str(value);
    }
    truthy(value) {
        return truthy(value);
    }
    float(value) {
        return makeFloat(value);
    }
    tuple(items) {
        return makeTuple(items);
    }
    dict(pairs) {
        const out = {};
        for (const [key, value] of pairs)
            out[dictKey(key)] = value;
        return out;
    }
    and(left, right) {
        return truthy(left) ? right() : left;
    }
    or(left, right) {
        return truthy(left) ? left : right();
    }
    concat(items) {
        return items.map(str).join('');
    }
    failure(position, message) {
        return new TemplateFailure('syntax', message, position);
    }
    undefinedError(position, what = position.what) {
        return new TemplateFailure('undefined', `${what === undefined ? 'a value' : `'${what}'`} is undefined`, position);
    }
    /** UndefinedError for the undefined one of two operands. */
    undefinedOperand(position, left) {
        const [leftText, rightText] = position.operands ?? [];
        return this.undefinedError(position, left === undefined ? leftText : rightText);
    }
    /** A name: the local scopes, then the render context, then the globals. */
    lookup(context, frame, name) {
        const local = frame.lookup(name);
        if (local !== undefined)
            return local;
        if (Object.hasOwn(context.ctx, name))
            return context.ctx[name];
        return Object.hasOwn(this.globals, name) ? this.globals[name] : undefined;
    }
    // ---- attributes and items --------------------------------------------------------------
    /** Python's getattr(value, name), without Jinja2's fall-back to the item. */
    attribute(value, name) {
        if (value === undefined || value === null)
            return undefined;
        if (isPyObject(value))
            return value.pyGetAttr(name);
        const method = pythonMethod(value, name, this);
        if (method)
            return method;
        if (isTuple(value))
            return tupleAttribute(value, name);
        if (isString(value) || Array.isArray(value) || isDict(value) || typeof value !== 'object')
            return undefined;
        // Another JavaScript object (from the render context): its properties.
        const property = value[name];
        return typeof property === 'function' ? property.bind(value) : property;
    }
    /** Python's value[key], or `undefined` when Python would raise. */
    item(value, key) {
        if (value instanceof PyRange) {
            if (!isInt(key))
                return undefined;
            const index = key < 0 ? value.length + key : key;
            return index >= 0 && index < value.length ? value.at(index) : undefined;
        }
        if (isString(value) || Array.isArray(value)) {
            if (!isInt(key) && typeof key !== 'boolean')
                return undefined;
            const sequence = isString(value) ? [...asString(value)] : value;
            const n = toNumber(key);
            const index = n < 0 ? sequence.length + n : n;
            return index >= 0 && index < sequence.length ? sequence[index] : undefined;
        }
        if (isDict(value)) {
            const k = dictKey(key);
            return Object.hasOwn(value, k) ? value[k] : undefined;
        }
        if (typeof value === 'object' && value !== null && !isPyObject(value) && isString(key)) {
            return value[asString(key)];
        }
        return undefined;
    }
    /** `value.name`: the attribute, else the item (Jinja2's Environment.getattr). */
    getattr(position, value, name) {
        if (value === undefined)
            throw this.undefinedError(position);
        const attribute = this.attribute(value, name);
        return attribute !== undefined ? attribute : this.item(value, name);
    }
    /** `value[key]`: the item, else the attribute (Jinja2's Environment.getitem). */
    getitem(position, value, key) {
        if (value === undefined)
            throw this.undefinedError(position);
        const item = this.item(value, key);
        if (item !== undefined || !isString(key))
            return item;
        return this.attribute(value, asString(key));
    }
    /** `value[start:stop:step]`. */
    slice(position, value, start, stop, step) {
        if (value === undefined)
            throw this.undefinedError(position);
        if (value instanceof PyRange)
            value = value.toArray();
        if (!isString(value) && !Array.isArray(value))
            return undefined;
        const sequence = isString(value) ? [...asString(value)] : value;
        const length = sequence.length;
        const by = step === null ? 1 : toNumber(step);
        if (by === 0)
            throw new TemplateFailure('type', 'slice step cannot be zero', position);
        const clamp = (v, fallback, low, high) => {
            if (v === null)
                return fallback;
            const n = toNumber(v);
            const index = n < 0 ? n + length : n;
            return Math.min(Math.max(index, low), high);
        };
        const out = [];
        if (by > 0) {
            for (let i = clamp(start, 0, 0, length); i < clamp(stop, length, 0, length); i += by)
                out.push(sequence[i]);
        }
        else {
            for (let i = clamp(start, length - 1, -1, length - 1); i > clamp(stop, -1, -1, length - 1); i += by)
                out.push(sequence[i]);
        }
        if (isString(value))
            return out.join('');
        return isTuple(value) ? makeTuple(out) : out;
    }
    setNamespaceAttribute(position, target, name, value) {
        if (!(target instanceof Namespace)) {
            throw new TemplateFailure('type', 'cannot assign attribute on non-namespace object', position);
        }
        target.attributes[name] = value;
    }
    // ---- calls -----------------------------------------------------------------------------
    arguments(args, kwargs, dynArgs, dynKwargs, position) {
        const positional = [...args];
        const keywords = { ...(kwargs ?? {}) };
        if (dynArgs !== undefined) {
            const extra = iterate(dynArgs);
            if (extra === undefined)
                throw new TemplateFailure('type', `argument after * must be an iterable, not ${typeName(dynArgs)}`, position);
            positional.push(...extra);
        }
        if (dynKwargs !== undefined) {
            if (!isDict(dynKwargs))
                throw new TemplateFailure('type', `argument after ** must be a mapping, not ${typeName(dynKwargs)}`, position);
            Object.assign(keywords, dynKwargs);
        }
        return { positional, keywords };
    }
    /** Calls a value from template code. */
    call(position, context, callee, args, kwargs, dynArgs, dynKwargs) {
        if (callee === undefined)
            throw this.undefinedError(position);
        const { positional, keywords } = this.arguments(args, kwargs, dynArgs, dynKwargs, position);
        const site = { context, position, runtime: this };
        const jinja = jinjaCallOf(callee);
        try {
            if (jinja)
                return jinja(site, positional, keywords);
            if (typeof callee !== 'function')
                throw new TemplateFailure('type', `'${typeName(callee)}' object is not callable`);
            const plain = Object.keys(keywords).length > 0 ? [...positional, keywords] : positional;
            return callee(...plain);
        }
        catch (error) {
            throw locate(error, position, 'extension', `${position.what ?? 'function'}() raised an error: `);
        }
    }
    /** Calls a function given as a value (a `sort` key, …) from within a built-in. */
    callValue(site, fn, args) {
        return this.call(site.position, site.context, fn, args, null);
    }
    filter(position, context, name, value, args, kwargs, dynArgs, dynKwargs) {
        const { positional, keywords } = this.arguments(args, kwargs, dynArgs, dynKwargs, position);
        return this.callFilter({ context, position, runtime: this }, name, value, positional, keywords);
    }
    hasFilter(name) {
        return this.filters.has(name);
    }
    hasTest(name) {
        return this.tests.has(name);
    }
    /** Applies a filter by name (also for `map`, which names filters). */
    callFilter(site, name, value, args, kwargs) {
        const filter = this.filters.get(name);
        if (!filter)
            throw new TemplateFailure('syntax', `No filter named '${name}'.`, site.position);
        try {
            return filter(site, value, args, kwargs);
        }
        catch (error) {
            throw locate(error, site.position, 'extension', `filter '${name}' raised an error: `);
        }
    }
    test(position, context, name, value, args, kwargs, dynArgs, dynKwargs) {
        const { positional, keywords } = this.arguments(args, kwargs, dynArgs, dynKwargs, position);
        return this.callTest({ context, position, runtime: this }, name, value, positional, keywords);
    }
    /** Applies a test by name (also for `select`, which names tests). */
    callTest(site, name, value, args, kwargs) {
        const test = this.tests.get(name);
        if (!test)
            throw new TemplateFailure('syntax', `No test named '${name}'.`, site.position);
        try {
            return test(site, value, args, kwargs);
        }
        catch (error) {
            throw locate(error, site.position, 'extension', `test '${name}' raised an error: `);
        }
    }
    /** A macro: binds arguments as Jinja2's Macro._invoke does, and returns its output. */
    macro(name, params, special, body) {
        return jinjaFunction(name, (_site, args, kwargs) => {
            const remaining = { ...kwargs };
            let caller;
            if (special.caller) {
                caller = remaining.caller;
                delete remaining.caller;
            }
            const bound = params.map((param, i) => {
                if (i < args.length)
                    return args[i];
                if (Object.hasOwn(remaining, param.name)) {
                    const value = remaining[param.name];
                    delete remaining[param.name];
                    return value;
                }
                return param.hasDefault ? runtime_MISSING : undefined;
            });
            if (args.length > params.length && !special.varargs) {
                // Unlocated: the call site reports it, as Jinja2's traceback does.
                throw new TemplateFailure('type', `macro '${name}' takes not more than ${params.length} argument(s)`);
            }
            const extraKeys = Object.keys(remaining);
            if (extraKeys.length > 0 && !special.kwargs) {
                const key = extraKeys[0];
                throw new TemplateFailure('type', key === 'caller'
                    ? `macro '${name}' was invoked with two values for the special caller argument. This is most likely a bug.`
                    : `macro '${name}' takes no keyword argument '${key}'`);
            }
            const varargs = makeTuple(args.slice(params.length));
            return body(...bound, varargs, remaining, caller);
        });
    }
    // ---- operators -------------------------------------------------------------------------
    arith(position, op, left, right) {
        if (left === undefined || right === undefined)
            throw this.undefinedOperand(position, left);
        try {
            return arithmetic(op, left, right);
        }
        catch (error) {
            throw locate(error, position, 'type');
        }
    }
    unary(position, kind, value) {
        if (value === undefined)
            throw this.undefinedError(position);
        try {
            return unary(kind, value);
        }
        catch (error) {
            throw locate(error, position, 'type');
        }
    }
    compare(position, op, left, right) {
        const ordering = op === 'lt' || op === 'lteq' || op === 'gt' || op === 'gteq';
        if (ordering && (left === undefined || right === undefined))
            throw this.undefinedOperand(position, left);
        try {
            return compare(op, left, right);
        }
        catch (error) {
            throw locate(error, position, 'type');
        }
    }
    /** `a < b < c`: each operand evaluated once, stopping at the first false comparison. */
    compareChain(position, left, ops) {
        let current = left;
        for (const [op, next] of ops) {
            const right = next();
            if (!this.compare(position, op, current, right))
                return false;
            current = right;
        }
        return true;
    }
    // ---- loops -----------------------------------------------------------------------------
    iterate(position, value) {
        const items = iterate(value);
        if (items === undefined)
            throw new TemplateFailure('type', `'${typeName(value)}' object is not iterable`, position);
        return items;
    }
    unpack(position, value, count) {
        const items = iterate(value);
        if (items === undefined)
            throw new TemplateFailure('type', `cannot unpack non-iterable ${typeName(value)} object`, position);
        if (items.length < count) {
            throw new TemplateFailure('type', `not enough values to unpack (expected ${count}, got ${items.length})`, position);
        }
        if (items.length > count)
            throw new TemplateFailure('type', `too many values to unpack (expected ${count})`, position);
        return items;
    }
    loop(items) {
        return new LoopContext(items);
    }
    // ---- templates -------------------------------------------------------------------------
    newFrame(runtime) {
        return new runtime.Frame();
    }
    /** The template a template expression names: a name, a list of names (the first found), or a template. */
    template(position, env, value, ignoreMissing) {
        if (value === undefined)
            throw this.undefinedError(position);
        if (isCompiledTemplate(value)) {
            value.compile();
            return value;
        }
        const candidates = isString(value) ? [value] : Array.isArray(value) ? value : [value];
        const tried = [];
        for (const candidate of candidates) {
            if (isCompiledTemplate(candidate))
                return candidate;
            if (!isString(candidate))
                throw new TemplateFailure('type', `a template name must be a string, not ${typeName(candidate)}`, position);
            const name = normalizeTemplateName(asString(candidate));
            tried.push(asString(candidate));
            if (name === undefined)
                continue;
            try {
                const template = env.getTemplate(name, true, null, false);
                return template;
            }
            catch (error) {
                const failure = findTemplateFailure(error);
                if (failure)
                    throw failure.at(position);
                if (!/^template not found/.test(error.message))
                    throw locate(error, position, 'not-found');
            }
        }
        if (ignoreMissing)
            return undefined;
        const names = tried.map((t) => `'${t}'`).join(', ');
        throw new TemplateFailure('not-found', tried.length > 1 ? `none of the templates exist: ${names}` : `template not found: ${names}`, position);
    }
    include(position, env, context, frame, name, ignoreMissing, withContext) {
        const template = this.template(position, env, name, ignoreMissing);
        if (!template)
            return '';
        try {
            return withContext ? template.render(context.getVariables(), frame) : template.render({});
        }
        catch (error) {
            throw locate(error, position, 'type');
        }
    }
    importModule(position, env, context, frame, name, withContext) {
        const template = this.template(position, env, name, false);
        let exported = {};
        let failure;
        template.getExported(withContext ? context.getVariables() : {}, withContext ? frame : null, (error, result) => {
            failure = error;
            exported = result ?? {};
        });
        if (failure)
            throw locate(failure, position, 'type');
        return new TemplateModule(template.path, exported);
    }
    /** `{% from m import name %}`: Jinja2 binds an undefined value when the template lacks it. */
    importName(module, name) {
        return module.pyGetAttr(name);
    }
    parentTemplate(position, env, name) {
        return this.template(position, env, name, false);
    }
    /** Registers the parent's blocks after the child's (the child's override them). */
    inheritBlocks(context, parent) {
        for (const [name, block] of Object.entries(parent.blocks))
            context.addBlock(name, block);
    }
    run(fn, env, context, frame, runtime) {
        let output = '';
        let failure;
        fn(env, context, frame, runtime, (error, result) => {
            failure = error;
            output = result ?? '';
        });
        if (failure)
            throw failure;
        return output;
    }
    /** Renders the parent of a child template with the child's context (and its blocks). */
    renderParent(parent, env, context, runtime) {
        const frame = new runtime.Frame();
        frame.topLevel = true;
        return this.run(parent.rootRenderFunc, env, context, frame, runtime);
    }
    renderBlock(position, env, context, frame, runtime, name) {
        try {
            return this.run(context.getBlock(name), env, context, frame, runtime);
        }
        catch (error) {
            throw locate(error, position, 'type');
        }
    }
    /** `{{ super() }}`: the same block of the parent template. */
    superBlock(position, env, context, runtime, name, current) {
        const chain = (context.blocks[name] ?? []);
        const parent = chain[chain.indexOf(current) + 1];
        if (chain.indexOf(current) < 0 || !parent) {
            throw new TemplateFailure('undefined', `there is no parent block called '${name}'.`, position);
        }
        return this.run(parent, env, context, new runtime.Frame(), runtime);
    }
}

;// CONCATENATED MODULE: ./lib/src/core/template/index.js
/**
 * Renders Jinja2 templates (`Dockerfile.j2`) exactly as Jinja2 does, on nunjucks.
 *
 * nunjucks is "the JavaScript Jinja2", but its grammar and semantics differ from Jinja2's in
 * ways real template trees hit (see COMPAT.md beside this file). So templates are lexed,
 * parsed and compiled here with Jinja2's rules (`lexer.ts`, `parser.ts`, `codegen.ts`), and
 * the compiled programs run on nunjucks' runtime — its Environment, template cache,
 * Template/Context/Frame, blocks and inheritance — with Python's value semantics supplied
 * by `runtime.ts`.
 *
 * Template paths are relative to the images folder and `/`-separated; includes, imports and
 * extends resolve there too. File access goes through the caller's `TemplateSource`.
 */












/** The variable naming the image's template in an override file (Kolla's convention). */
const PARENT_TEMPLATE_VARIABLE = 'parent_template';
const HINTS = {
    syntax: 'Fix the template: it is rendered with Jinja2 3 syntax and semantics.',
    undefined: 'Define the value (render variables come from images.yaml `template.variables` and the built-in globals), or guard it with `is defined`.',
    type: 'The values in this expression do not support the operation (templates follow Python semantics).',
    'not-found': 'Template paths in include, import and extends are relative to the images folder.',
    extension: 'The error comes from the template extensions module (`template.extensions` in images.yaml).',
};
/** A copy of plain data (arrays and plain objects), so that one render cannot change the next. */
function isolate(value) {
    if (Array.isArray(value))
        return value.map(isolate);
    if (typeof value === 'object' && value !== null) {
        const proto = Object.getPrototypeOf(value);
        if (proto === Object.prototype || proto === null) {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isolate(v)]));
        }
    }
    return value;
}
function compileTemplate(name, text, known) {
    let code;
    try {
        code = generateCode(parse(tokenize(normalizeSource(text))), name, known);
    }
    catch (error) {
        // The lexer and parser do not know the template's name.
        if (error instanceof TemplateFailure && error.position && !error.position.template) {
            throw new TemplateFailure(error.kind, error.message, { ...error.position, template: name });
        }
        throw error;
    }
    return new Function(code)();
}
function createTemplateRenderer(options) {
    const displayPath = options.displayPath ?? ((path) => path);
    let globals = builtinGlobals;
    const extensions = registerExtensions(options.extensions ?? {}, () => globals);
    globals = { ...builtinGlobals, ...extensions.globals };
    const filters = new Map([...builtinFilters, ...extensions.filters]);
    const tests = new Map([...builtinTests, ...extensions.tests]);
    const runtime = new JinjaRuntime(filters, tests, globals);
    const known = { filters: new Set(filters.keys()), tests: new Set(tests.keys()) };
    const loader = {
        getSource(name) {
            const text = options.source.read(name);
            if (text === undefined)
                return null;
            return { src: { type: 'code', obj: compileTemplate(name, text, known) }, path: name, noCache: false };
        },
    };
    const env = createEnvironment(loader, runtime);
    const load = (path) => {
        const name = normalizeTemplateName(path);
        if (name === undefined || name === '') {
            throw new TemplateFailure('not-found', `template path '${path}' is not inside the images folder`);
        }
        try {
            return env.getTemplate(name, true, null, false);
        }
        catch (error) {
            if (findTemplateFailure(error))
                throw error;
            throw new TemplateFailure('not-found', `template not found: '${name}'`);
        }
    };
    return {
        render(templatePath, context, renderOptions = {}) {
            try {
                const template = load(templatePath);
                const variables = isolate(context);
                if (renderOptions.overridePath === undefined)
                    return template.render(variables);
                const override = load(renderOptions.overridePath);
                return override.render({ ...variables, [PARENT_TEMPLATE_VARIABLE]: template });
            }
            catch (error) {
                const failure = findTemplateFailure(error);
                if (!failure)
                    throw error;
                const diagnostic = {
                    message: failure.message,
                    hint: HINTS[failure.kind],
                    ...(failure.position
                        ? { location: { file: displayPath(failure.position.template), line: failure.position.line, column: failure.position.column } }
                        : {}),
                };
                throw new core_diagnostics/* UserInputError */.m2([diagnostic]);
            }
        },
    };
}

// EXTERNAL MODULE: ./lib/src/adapters/fs/files.js
var fs_files = __webpack_require__(5340);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./lib/src/adapters/template-extensions.js
/**
 * Loads the repository's template extensions module (images.yaml `template.extensions`).
 *
 * The module is an ES module exporting `filters`, `tests` and `globals` objects, either as
 * named exports or as properties of its default export. Filters and tests are functions;
 * globals are any values (functions included). A module of another shape is refused with an
 * error naming the file and what is wrong, before any template renders.
 */


const SECTIONS = ['filters', 'tests', 'globals'];
// Jinja2 names: identifiers, dotted for namespaced filters and tests (`my.filter`).
const template_extensions_NAME = /^[\p{ID_Start}_][\p{ID_Continue}]*(\.[\p{ID_Start}_][\p{ID_Continue}]*)*$/u;
function problem(file, message, hint) {
    return new core_diagnostics/* UserInputError */.m2([{ message, location: { file, line: 1, column: 1 }, hint }]);
}
function isPlainObject(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function section(file, module, name) {
    const fromDefault = isPlainObject(module.default) ? module.default[name] : undefined;
    const value = module[name] ?? fromDefault;
    if (value === undefined)
        return undefined;
    if (!isPlainObject(value)) {
        throw problem(file, `the template extensions module exports \`${name}\` as ${Array.isArray(value) ? 'an array' : typeof value}, not an object`, `Export an object mapping names to ${name === 'globals' ? 'values' : 'functions'}, e.g. \`export const ${name} = { my_${name.slice(0, -1)}: … }\`.`);
    }
    for (const [key, entry] of Object.entries(value)) {
        if (!template_extensions_NAME.test(key)) {
            throw problem(file, `the template extensions module's ${name} has an invalid name '${key}'`, 'Names must be identifiers (letters, digits, underscores), as templates use them.');
        }
        if (name !== 'globals' && typeof entry !== 'function') {
            throw problem(file, `the template extension ${name.slice(0, -1)} '${key}' is ${entry === null ? 'null' : typeof entry}, not a function`, `Every entry of \`${name}\` must be a function.`);
        }
    }
    return value;
}
/**
 * Imports the extensions module at `absolutePath` and checks its shape. `displayPath` is the
 * path shown in errors (relative to the repository).
 */
async function loadTemplateExtensions(absolutePath, displayPath = absolutePath) {
    let module;
    try {
        module = (await __webpack_require__(4097)((0,external_node_url_.pathToFileURL)(absolutePath).href));
    }
    catch (error) {
        const code = error.code;
        if (code === 'ERR_MODULE_NOT_FOUND' && error.message.includes(absolutePath)) {
            throw new core_diagnostics/* UserInputError */.m2([
                { message: `the template extensions module ${displayPath} does not exist`, hint: 'Fix `template.extensions` in images.yaml: it is a path relative to the repository.' },
            ]);
        }
        throw problem(displayPath, `the template extensions module failed to load: ${error.message}`, 'It must be a valid ES module (a .mjs file, or .js in a package with "type": "module").');
    }
    const found = SECTIONS.map((name) => [name, section(displayPath, module, name)]);
    if (found.every(([, value]) => value === undefined)) {
        throw problem(displayPath, 'the template extensions module exports none of `filters`, `tests` or `globals`', 'Export at least one of them, e.g. `export const filters = { … }`.');
    }
    const extensions = {};
    for (const [name, value] of found) {
        if (value === undefined)
            continue;
        if (name === 'globals')
            extensions.globals = value;
        else
            extensions[name] = value;
    }
    return extensions;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/src/app/project.js
/**
 * Loading a repository's images: configuration, discovery, rendered Dockerfiles and the graph.
 *
 * This is where core meets the file system. Problems are collected across all images and
 * raised together, so that one run shows every mistake, and nothing is built after one.
 */












/** Reads images.yaml (absent → defaults) and validates it. */
async function loadConfigFile(root, configFile) {
    const text = await (0,fs_files/* readTextIfExists */.TP)((0,external_node_path_.join)(root, configFile));
    return (0,load/* loadImagesConfig */.D)(text, configFile);
}
/** The reference another image of this repository has in this run, for `image(name)`. */
function imageReference(config, name, tag) {
    const repository = `${config.prefix}${name}`;
    return config.registry ? `${config.registry.replace(/\/+$/, '')}/${repository}:${tag}` : `${repository}:${tag}`;
}
/** A TemplateSource over the images folder that records every file it hands out. */
class RecordingSource {
    root;
    imagesDir;
    read_ = new Set();
    constructor(root, imagesDir) {
        this.root = root;
        this.imagesDir = imagesDir;
    }
    read(relativePath) {
        const repoPath = external_node_path_.posix.join(this.imagesDir, relativePath);
        try {
            const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.root, repoPath), 'utf8');
            this.read_.add(repoPath);
            return text;
        }
        catch {
            return undefined;
        }
    }
    take() {
        const files = [...this.read_].sort();
        this.read_.clear();
        return files;
    }
}
async function loadProject(options) {
    const { root } = options;
    const loaded = options.loaded ?? (await loadConfigFile(root, options.configFile));
    const config = loaded.config;
    const imagesDir = config.imagesDir;
    const files = await (0,fs_files/* listFiles */.CS)(root, imagesDir);
    const discovered = discoverImages(files, imagesDir, options.configFile);
    validateSettingsAgainstImages(loaded, discovered);
    const diagnostics = [];
    const source = new RecordingSource(root, imagesDir);
    let renderer;
    let extensionsFile;
    const needsTemplates = discovered.some((i) => i.templated);
    if (needsTemplates) {
        const extensionsPath = config.template.extensions;
        const extensions = extensionsPath ? await loadTemplateExtensions((0,external_node_path_.join)(root, extensionsPath)) : undefined;
        extensionsFile = extensionsPath;
        renderer = createTemplateRenderer({
            source,
            ...(extensions ? { extensions } : {}),
            displayPath: (p) => external_node_path_.posix.join(imagesDir, p),
        });
    }
    const tag = options.tag ?? 'latest';
    const known = new Set(discovered.map((i) => i.name));
    const images = new Map();
    const edges = [];
    for (const image of discovered) {
        const settings = config.images[image.name];
        try {
            let text;
            let templateInputs = [];
            if (image.templated && renderer) {
                const revisions = options.sourceRevisions?.get(image.name) ?? {};
                const sources = Object.fromEntries((settings?.sources ?? []).map((s) => [s.name, { url: s.url, ref: s.ref, revision: revisions[s.name] ?? s.ref }]));
                source.take();
                text = renderer.render(external_node_path_.posix.relative(imagesDir, image.dockerfile), {
                    ...config.template.variables,
                    registry: config.registry,
                    prefix: config.prefix,
                    tag,
                    image_name: image.name,
                    image: (name) => imageReference(config, name, tag),
                    sources,
                });
                templateInputs = source.take();
                if (extensionsFile)
                    templateInputs.push(extensionsFile);
            }
            else {
                // Read at once: one thread-pool round trip per Dockerfile is most of the load time of a large tree.
                text = (0,fs_files/* readTextIfExistsSync */.gU)((0,external_node_path_.join)(root, image.dockerfile)) ?? '';
            }
            const parsed = parseDockerfile(text, { file: image.dockerfile, buildArgs: settings?.buildArgs ?? {} });
            // `image` lets `images/debian` say FROM debian:12 and mean the upstream image, not itself.
            const classified = classifyFroms(parsed, known, { prefix: config.prefix, image: image.name });
            edges.push(...fromEdges(image.name, classified));
            for (const [index, dep] of (settings?.dependsOn ?? []).entries()) {
                edges.push({
                    parent: dep,
                    child: image.name,
                    origin: { kind: 'depends-on', location: loaded.locate(['images', image.name, 'depends-on', index]) },
                });
            }
            images.set(image.name, {
                image,
                dockerfileText: text,
                parsed,
                externalBases: classified.externalBases,
                parents: classified.parents,
                templateInputs,
                context: settings?.context ?? image.dir,
            });
        }
        catch (error) {
            if (error instanceof core_diagnostics/* UserInputError */.m2)
                diagnostics.push(...error.diagnostics);
            else
                throw error;
        }
    }
    if (diagnostics.length > 0)
        throw new core_diagnostics/* UserInputError */.m2(diagnostics);
    const graph = ImageGraph.build([...known].sort(), edges);
    return { root, loaded, config, images, graph };
}
/** What the plan needs to know of each image to match changed paths. */
function imageInputs(project) {
    return [...project.images.values()].map((p) => ({
        name: p.image.name,
        dir: p.image.dir,
        ...(p.context !== p.image.dir ? { context: p.context } : {}),
        watch: project.config.images[p.image.name]?.watch ?? [],
        templateInputs: p.templateInputs,
    }));
}
/** The names of the repository's images, from the folders alone (no rendering). */
async function discoverImageNames(root, loaded) {
    const files = await (0,fs_files/* listFiles */.CS)(root, loaded.config.imagesDir);
    const discovered = discoverImages(files, loaded.config.imagesDir, loaded.file);
    validateSettingsAgainstImages(loaded, discovered);
    return discovered.map((i) => i.name).sort();
}


/***/ }),

/***/ 3014:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ COMMON_HELP),
/* harmony export */   P$: () => (/* binding */ strings),
/* harmony export */   Sq: () => (/* binding */ COMMON),
/* harmony export */   gx: () => (/* binding */ str)
/* harmony export */ });
const COMMON = {
    root: { type: 'string', default: '.' },
    config: { type: 'string', default: 'images.yaml' },
    help: { type: 'boolean', short: 'h', default: false },
};
const COMMON_HELP = `  --root DIR        the repository (default .)
  --config FILE     images.yaml, relative to the root (default images.yaml)
  -h, --help        this help`;
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function strings(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}


/***/ }),

/***/ 4717:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ DEFAULT_DEPLOY_TIMEOUT),
/* harmony export */   Br: () => (/* binding */ DEFAULT_CHECK_INTERVAL),
/* harmony export */   HN: () => (/* binding */ DEFAULT_CHECK_TIMEOUT),
/* harmony export */   Kk: () => (/* binding */ DEFAULT_CHECK_RETRIES),
/* harmony export */   Kt: () => (/* binding */ DEFAULT_BUILDER),
/* harmony export */   MQ: () => (/* binding */ DEFAULT_TAGS),
/* harmony export */   VU: () => (/* binding */ DEFAULT_IMAGES_DIR),
/* harmony export */   Wc: () => (/* binding */ DEFAULT_SOURCE_REF),
/* harmony export */   pu: () => (/* binding */ DEFAULT_PLATFORMS),
/* harmony export */   xh: () => (/* binding */ DEFAULT_RETENTION),
/* harmony export */   yl: () => (/* binding */ DEFAULT_HTTP_STATUS),
/* harmony export */   zc: () => (/* binding */ settingsFor)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8855);
/**
 * The defaults of images.yaml, in one place. The schema repeats them in its `default`
 * annotations for editors; a unit test keeps the two equal.
 */

/** Defaults are shared by every loaded configuration: frozen, so that no consumer can change them for the next. */
function deepFreeze(value) {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
        for (const child of Object.values(value))
            deepFreeze(child);
        Object.freeze(value);
    }
    return value;
}
const DEFAULT_IMAGES_DIR = 'images';
const DEFAULT_BUILDER = 'auto';
const DEFAULT_PLATFORMS = deepFreeze(['linux/amd64']);
const DEFAULT_SOURCE_REF = 'HEAD';
const DEFAULT_TAGS = deepFreeze({
    temporary: { kind: 'default' },
    promote: ['latest', 'sha-{sha7}', 'semver'],
});
const DEFAULT_DEPLOY_TIMEOUT = '5m';
const DEFAULT_CHECK_TIMEOUT = '10s';
const DEFAULT_CHECK_RETRIES = 20;
const DEFAULT_CHECK_INTERVAL = '3s';
/** An http check passes on any 2xx unless it says otherwise. */
const DEFAULT_HTTP_STATUS = '2xx';
/** The policy of SPEC.md: short-lived CI tags rotate, default-branch builds stay long, releases never go. */
const DEFAULT_RETENTION = deepFreeze({
    rules: [
        { tags: 'pr-*', olderThan: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p)('7d') },
        { tags: 'mq-*', olderThan: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p)('2d') },
        { tags: 'nightly-*', keepLast: 14 },
        { tags: 'main-*', olderThan: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p)('180d') },
        // Before `*-*`, which would otherwise decide build-key tags too (the first match wins), and
        // reuse needs them to outlive the weekly rotation. SPEC.md lists the two the other way round.
        { tags: 'bk-*', olderThan: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p)('30d') },
        { tags: '*-*', olderThan: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p)('7d') },
    ],
    protect: ['latest', 'v*', '[0-9]*', 'keep-*'],
});
/** An image's settings, with the defaults for an image the file does not mention. */
function settingsFor(config, name) {
    if (Object.hasOwn(config.images, name))
        return config.images[name];
    return { sources: [], watch: [], dependsOn: [], buildArgs: {}, platforms: config.defaults.platforms };
}


/***/ }),

/***/ 8855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ duration)
/* harmony export */ });
/* unused harmony export parseDuration */
const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
};
// "ms" must be tried before "m".
const PART = /([0-9]+)(ms|s|m|h|d|w)/gy;
/** Parses a duration; undefined when the text is not one (the schema normally prevents that). */
function parseDuration(value) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value) || value <= 0)
            return undefined;
        return { text: `${value}s`, milliseconds: Math.round(value * 1000) };
    }
    PART.lastIndex = 0;
    let total = 0;
    let consumed = 0;
    for (let match = PART.exec(value); match; match = PART.exec(value)) {
        total += Number(match[1]) * UNIT_MS[match[2]];
        consumed = PART.lastIndex;
    }
    if (consumed === 0 || consumed !== value.length)
        return undefined;
    return { text: value, milliseconds: total };
}
/** A duration known to be valid (a default, or text the schema accepted). */
function duration(value) {
    const parsed = parseDuration(value);
    if (!parsed)
        throw new Error(`not a duration: ${String(value)}`);
    return parsed;
}


/***/ }),

/***/ 3546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ loadImagesConfig)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/src/core/diagnostics.js
var core_diagnostics = __webpack_require__(2108);
// EXTERNAL MODULE: ./lib/src/core/config/positions.js
var positions = __webpack_require__(647);
// EXTERNAL MODULE: ./lib/src/core/config/paths.js
var paths = __webpack_require__(147);
;// CONCATENATED MODULE: ./lib/src/core/config/problems.js


class Problems {
    locator;
    diagnostics = [];
    constructor(locator) {
        this.locator = locator;
    }
    /** A problem with the value at `path`: "<path>: <what>". */
    atValue(path, what, hint) {
        this.diagnostics.push({
            message: `${(0,positions/* formatDataPath */.H)(path)}: ${what}`,
            location: this.locator.locate(path),
            ...(hint ? { hint } : {}),
        });
    }
    /** A problem with the key at the end of `path` (its presence, not its value). */
    atKey(path, what, hint) {
        this.diagnostics.push({
            message: `${(0,positions/* formatDataPath */.H)(path)}: ${what}`,
            location: this.locator.locateKey(path),
            ...(hint ? { hint } : {}),
        });
    }
    /** A repository-relative path, normalised; undefined (and a problem) when it leaves the repository. */
    repoPath(path, raw) {
        const result = (0,paths/* normalizeRepoPath */.N)(raw);
        if (result.ok)
            return result.path;
        this.atValue(path, result.why, result.hint);
        return undefined;
    }
    /** A regular expression known to compile, or undefined (and a problem). */
    regex(path, source) {
        try {
            new RegExp(source);
            return source;
        }
        catch (error) {
            const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
            this.atValue(path, `not a valid regular expression: ${reason}`, 'Use JavaScript regular expression syntax; escape special characters such as . ( [ with a backslash.');
            return undefined;
        }
    }
    /** A build argument or environment value as text: numbers and booleans as the user typed them. */
    scalarText(path, value) {
        if (typeof value === 'string')
            return value;
        return this.locator.scalarSource(path) ?? String(value);
    }
}
/** A record without a prototype, so that user-chosen keys ("constructor", "__proto__") are plain keys. */
function plainRecord(entries) {
    const record = Object.create(null);
    for (const [key, value] of entries)
        record[key] = value;
    return record;
}

// EXTERNAL MODULE: ./lib/src/core/config/defaults.js
var defaults = __webpack_require__(4717);
// EXTERNAL MODULE: ./lib/src/core/config/duration.js
var duration = __webpack_require__(8855);
;// CONCATENATED MODULE: ./lib/src/core/config/resolve-deploy.js
/**
 * The `deploy:` section: how the images are deployed together, and the checks run on them.
 */



function resolveStringMap(problems, path, raw) {
    return plainRecord(Object.entries(raw ?? {}).map(([key, value]) => [key, problems.scalarText([...path, key], value)]));
}
function resolveDeployment(problems, raw) {
    const path = ['deploy'];
    if (raw.compose !== undefined && raw.command !== undefined) {
        problems.atKey([...path, 'command'], 'deploy has both compose and command', 'Use one: compose files, or a command that deploys.');
    }
    if (raw.command === undefined) {
        for (const key of ['rewrite', 'teardown']) {
            if (raw[key] !== undefined) {
                problems.atKey([...path, key], `${key} applies only to a deploy.command`, raw.compose !== undefined ? 'Compose deployments point services at the builds under test and are torn down with down -v by themselves; remove it.' : 'Add deploy.command, or remove it.');
            }
        }
    }
    if (raw.compose !== undefined) {
        const list = typeof raw.compose === 'string' ? [raw.compose] : raw.compose;
        const files = list.flatMap((file, i) => problems.repoPath(typeof raw.compose === 'string' ? [...path, 'compose'] : [...path, 'compose', i], file) ?? []);
        return { kind: 'compose', files };
    }
    if (raw.command !== undefined) {
        return {
            kind: 'command',
            command: raw.command,
            rewrite: raw.rewrite ?? [],
            ...(raw.teardown ? { teardown: raw.teardown } : {}),
        };
    }
    return { kind: 'none' };
}
/** Statuses that pass: numbers as given, a class such as "2xx" as its hundred codes; default any 2xx. */
function resolveStatuses(raw) {
    const items = raw === undefined ? [defaults/* DEFAULT_HTTP_STATUS */.yl] : Array.isArray(raw) ? raw : [raw];
    const statuses = new Set();
    for (const item of items) {
        if (typeof item === 'number') {
            statuses.add(item);
        }
        else {
            const base = Number(item[0]) * 100;
            for (let code = base; code < base + 100; code++)
                statuses.add(code);
        }
    }
    return [...statuses].sort((a, b) => a - b);
}
function resolveRunProgram(problems, path, raw) {
    if (raw.script !== undefined && raw.command !== undefined) {
        problems.atKey([...path, 'command'], 'a run check has both script and command', 'Use one of them.');
        return undefined;
    }
    if (raw.script !== undefined) {
        const script = problems.repoPath([...path, 'script'], raw.script);
        return script === undefined ? undefined : { kind: 'script', path: script };
    }
    if (raw.command !== undefined)
        return { kind: 'command', argv: raw.command };
    problems.atValue(path, 'a run check needs script or command', 'Add script: <file of the repository>, or command: [program, args…].');
    return undefined;
}
function resolveCheck(problems, path, raw, deployment) {
    const common = {
        timeout: (0,duration/* duration */.p)(raw.timeout ?? defaults/* DEFAULT_CHECK_TIMEOUT */.HN),
        retries: raw.retries ?? defaults/* DEFAULT_CHECK_RETRIES */.Kk,
        interval: (0,duration/* duration */.p)(raw.interval ?? defaults/* DEFAULT_CHECK_INTERVAL */.Br),
    };
    const optionalRegex = (key, yamlKey, source) => {
        if (source === undefined)
            return {};
        const checked = problems.regex([...path, yamlKey], source);
        return (checked === undefined ? {} : { [key]: checked });
    };
    const optionalCa = (ca) => {
        if (ca === undefined)
            return {};
        const checked = problems.repoPath([...path, 'ca'], ca);
        return checked === undefined ? {} : { ca: checked };
    };
    if ((raw.type === 'exec' || raw.type === 'logs') && deployment.kind === 'none') {
        problems.atValue([...path, 'service'], `an ${raw.type} check needs a deployment with services`, 'Add deploy.compose (or deploy.command), or use a run check.');
    }
    const service = () => {
        if (!(raw.type === 'http' || raw.type === 'tcp' || raw.type === 'tls') || raw.service === undefined)
            return {};
        if (deployment.kind === 'none') {
            problems.atValue([...path, 'service'], `a ${raw.type} check names a service, but nothing is deployed`, 'Add deploy.compose (or deploy.command), or give the host and port.');
        }
        if (raw.type !== 'http' && raw.host !== undefined) {
            problems.atKey([...path, 'host'], `a ${raw.type} check has both host and service`, 'Use one: service (its published port is found) or host.');
        }
        return { service: raw.service };
    };
    switch (raw.type) {
        case 'http': {
            try {
                new URL(raw.url);
            }
            catch {
                problems.atValue([...path, 'url'], `${JSON.stringify(raw.url)} is not a valid URL`, 'Write a whole URL, e.g. http://localhost:8080/health.');
            }
            const method = raw.method ?? 'GET';
            return {
                type: 'http',
                name: raw.name ?? `http ${method === 'GET' ? '' : `${method} `}${raw.url}`,
                ...common,
                url: raw.url,
                method,
                headers: plainRecord(Object.entries(raw.headers ?? {})),
                status: resolveStatuses(raw.status),
                ...(raw['body-contains'] !== undefined ? { bodyContains: raw['body-contains'] } : {}),
                ...optionalRegex('bodyMatches', 'body-matches', raw['body-matches']),
                insecure: raw.insecure ?? false,
                ...optionalCa(raw.ca),
                ...service(),
            };
        }
        case 'tcp': {
            const host = raw.host ?? 'localhost';
            return { type: 'tcp', name: raw.name ?? `tcp ${raw.service ?? host}:${raw.port}`, ...common, host, port: raw.port, ...service() };
        }
        case 'tls': {
            const host = raw.host ?? 'localhost';
            return {
                type: 'tls',
                name: raw.name ?? `tls ${raw.service ?? host}:${raw.port}`,
                ...common,
                host,
                port: raw.port,
                serverName: raw['server-name'] ?? host,
                insecure: raw.insecure ?? false,
                ...optionalCa(raw.ca),
                ...service(),
            };
        }
        case 'exec':
            return {
                type: 'exec',
                name: raw.name ?? `exec ${raw.service}: ${raw.command.join(' ')}`,
                ...common,
                service: raw.service,
                command: raw.command,
                exitCode: raw['exit-code'] ?? 0,
                ...(raw['output-contains'] !== undefined ? { outputContains: raw['output-contains'] } : {}),
                ...optionalRegex('outputMatches', 'output-matches', raw['output-matches']),
            };
        case 'run': {
            const program = resolveRunProgram(problems, path, raw);
            if (!program)
                return undefined;
            return {
                type: 'run',
                name: raw.name ?? `run ${program.kind === 'script' ? program.path : program.argv.join(' ')}`,
                ...common,
                program,
                exitCode: raw['exit-code'] ?? 0,
                ...(raw['output-contains'] !== undefined ? { outputContains: raw['output-contains'] } : {}),
                ...optionalRegex('outputMatches', 'output-matches', raw['output-matches']),
            };
        }
        case 'logs': {
            const pattern = problems.regex([...path, 'pattern'], raw.pattern);
            if (pattern === undefined)
                return undefined;
            const absent = raw.absent ?? false;
            return {
                type: 'logs',
                name: raw.name ?? `logs ${raw.service}: ${absent ? 'no ' : ''}/${raw.pattern}/`,
                ...common,
                service: raw.service,
                pattern,
                absent,
            };
        }
    }
}
function resolveDeploy(problems, raw) {
    const deploy = raw ?? {};
    const deployment = resolveDeployment(problems, deploy);
    const checks = [];
    const names = new Map();
    for (const [index, rawCheck] of (deploy.checks ?? []).entries()) {
        const path = ['deploy', 'checks', index];
        const check = resolveCheck(problems, path, rawCheck, deployment);
        if (!check)
            continue;
        const earlier = names.get(check.name);
        if (earlier !== undefined) {
            problems.atValue(rawCheck.name !== undefined ? [...path, 'name'] : path, `two checks are named "${check.name}" (deploy.checks[${earlier}] and this one)`, 'Give each check its own name, so that reports tell them apart.');
        }
        names.set(check.name, index);
        checks.push(check);
    }
    return {
        deployment,
        env: resolveStringMap(problems, ['deploy', 'env'], deploy.env),
        timeout: (0,duration/* duration */.p)(deploy.timeout ?? defaults/* DEFAULT_DEPLOY_TIMEOUT */.Av),
        checks,
    };
}

;// CONCATENATED MODULE: ./lib/src/core/config/resolve.js
/**
 * From data the schema accepted to the typed, defaulted configuration. What a JSON Schema
 * cannot say is checked here, each problem at its place: paths that leave the repository,
 * regular expressions that do not compile, sources with the same name, retention rules that
 * limit nothing, and the combinations of deploy keys.
 */




const SOURCE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** "https://github.com/theforeman/foreman.git" → "foreman". */
function nameFromUrl(url) {
    const last = url.replace(/[/]+$/, '').split(/[/:]/).at(-1) ?? '';
    return last.replace(/\.git$/, '');
}
function resolveSources(problems, image, raw) {
    const sources = [];
    const seen = new Map();
    for (const [index, source] of raw.entries()) {
        const path = ['images', image, 'sources', index];
        const name = source.name ?? nameFromUrl(source.url);
        if (source.name === undefined && !SOURCE_NAME.test(name)) {
            problems.atValue([...path, 'url'], `cannot name this source after its URL ("${name}" is not a usable name)`, 'Add name: <name>; templates use it as sources.<name>.revision.');
            continue;
        }
        const earlier = seen.get(name);
        if (earlier !== undefined) {
            problems.atValue(source.name !== undefined ? [...path, 'name'] : [...path, 'url'], `two sources of "${image}" are named "${name}" (sources[${earlier}] and sources[${index}])`, 'Give each source its own name: templates tell them apart by it (sources.<name>.revision).');
            continue;
        }
        seen.set(name, index);
        sources.push({ name, url: source.url, ref: source.ref ?? defaults/* DEFAULT_SOURCE_REF */.Wc });
    }
    return sources;
}
function resolveStructureTests(problems, image, raw) {
    const path = ['images', image, 'structure-tests'];
    if (raw === undefined)
        return undefined;
    if (typeof raw === 'string') {
        const file = problems.repoPath(path, raw);
        return file === undefined ? undefined : { kind: 'files', files: [file] };
    }
    if (Array.isArray(raw)) {
        const files = raw.flatMap((file, i) => problems.repoPath([...path, i], file) ?? []);
        return { kind: 'files', files };
    }
    return { kind: 'inline', spec: raw };
}
function resolveImage(problems, name, raw, defaultPlatforms) {
    const path = ['images', name];
    const context = raw.context === undefined ? undefined : problems.repoPath([...path, 'context'], raw.context);
    const structureTests = resolveStructureTests(problems, name, raw['structure-tests']);
    return {
        sources: resolveSources(problems, name, raw.sources ?? []),
        watch: raw.watch ?? [],
        dependsOn: raw['depends-on'] ?? [],
        buildArgs: resolveStringMap(problems, [...path, 'build-args'], raw['build-args']),
        ...(context !== undefined ? { context } : {}),
        ...(raw.target !== undefined ? { target: raw.target } : {}),
        platforms: raw.platforms ?? defaultPlatforms,
        ...(structureTests ? { structureTests } : {}),
    };
}
function resolveTags(raw) {
    const temporary = raw?.temporary;
    return {
        temporary: temporary === undefined || temporary === 'default' ? { kind: 'default' } : { kind: 'pattern', pattern: temporary },
        promote: raw?.promote ?? defaults/* DEFAULT_TAGS */.MQ.promote,
    };
}
function resolveRetention(problems, raw) {
    const protect = raw?.protect ?? defaults/* DEFAULT_RETENTION */.xh.protect;
    if (raw?.rules === undefined)
        return { rules: defaults/* DEFAULT_RETENTION */.xh.rules, protect };
    const rules = [];
    for (const [index, rule] of raw.rules.entries()) {
        if (rule['older-than'] === undefined && rule['keep-last'] === undefined) {
            problems.atValue(['retention', 'rules', index], `the rule for "${rule.tags}" says neither older-than nor keep-last`, 'Add older-than (e.g. 7d) to delete old tags, keep-last (e.g. 10) to keep the newest, or both; to never delete these tags, list them under retention.protect.');
            continue;
        }
        rules.push({
            tags: rule.tags,
            ...(rule['older-than'] !== undefined ? { olderThan: (0,duration/* duration */.p)(rule['older-than']) } : {}),
            ...(rule['keep-last'] !== undefined ? { keepLast: rule['keep-last'] } : {}),
        });
    }
    return { rules, protect };
}
function resolveConfig(problems, raw) {
    const imagesDir = problems.repoPath(['images-dir'], raw['images-dir'] ?? defaults/* DEFAULT_IMAGES_DIR */.VU) ?? defaults/* DEFAULT_IMAGES_DIR */.VU;
    const extensions = raw.template?.extensions === undefined ? undefined : problems.repoPath(['template', 'extensions'], raw.template.extensions);
    const platforms = raw.defaults?.platforms ?? defaults/* DEFAULT_PLATFORMS */.pu;
    const images = plainRecord(Object.entries(raw.images ?? {}).map(([name, settings]) => [name, resolveImage(problems, name, settings ?? {}, platforms)]));
    return {
        version: 1,
        registry: raw.registry ?? '',
        prefix: raw.prefix ?? '',
        imagesDir,
        template: {
            variables: raw.template?.variables ?? {},
            ...(extensions !== undefined ? { extensions } : {}),
        },
        defaults: { builder: raw.defaults?.builder ?? defaults/* DEFAULT_BUILDER */.Kt, platforms },
        images,
        tags: resolveTags(raw.tags),
        deploy: resolveDeploy(problems, raw.deploy),
        retention: resolveRetention(problems, raw.retention),
    };
}

// EXTERNAL MODULE: ./lib/src/core/config/suggest.js
var suggest = __webpack_require__(7101);
;// CONCATENATED MODULE: ./lib/src/core/config/schema-errors.js


// A command (definitions/argv) given as text: its type error gets a hint of its own. Known by the
// schema path, as the generated validator's errors carry copies of the schema, not the object.
const ARGV_TYPE_PATH = '#/definitions/argv/type';
const TYPE_NAMES = {
    object: 'a mapping',
    array: 'a list',
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'a boolean',
    null: 'nothing',
};
const TYPE_HINTS = {
    object: 'Write "key: value" lines indented below it, or {key: value}.',
    array: 'Write a list: [a, b], or one "- item" per line below it.',
    string: 'Write text; quote it if it would otherwise read as a number or a boolean.',
    number: 'Write a number, without quotes.',
    integer: 'Write a whole number, without quotes.',
    boolean: 'Write true or false, without quotes.',
};
function expectedTypes(type) {
    const types = Array.isArray(type) ? type : [String(type)];
    // `null` is accepted where an empty `key:` means the same as `{}`; it is no help to mention it.
    const shown = types.length > 1 ? types.filter((t) => t !== 'null') : types;
    return shown;
}
function joinOr(words) {
    return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
/** What a value is, for "found ...". */
function describeValue(value) {
    if (value === null || value === undefined)
        return 'an empty value';
    if (Array.isArray(value))
        return 'a list';
    switch (typeof value) {
        case 'object':
            return 'a mapping';
        case 'string':
            return `text (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
        case 'number':
            return Number.isInteger(value) ? `a whole number (${value})` : `a number (${value})`;
        case 'boolean':
            return `a boolean (${value})`;
        default:
            return typeof value;
    }
}
/** Splits a JSON pointer, using the data to tell list indexes from keys that look like numbers. */
function pointerToPath(pointer, root) {
    if (pointer === '')
        return [];
    const path = [];
    let node = root;
    for (const raw of pointer.slice(1).split('/')) {
        const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node)) {
            const index = Number(segment);
            path.push(index);
            node = node[index];
        }
        else {
            path.push(segment);
            node = node !== null && typeof node === 'object' ? node[segment] : undefined;
        }
    }
    return path;
}
/** "(an http check)" for errors inside one kind of check, whose keys differ from the others'. */
function checkKind(error) {
    // Inside a check's branch the failing schema is that kind's definition, whose `type` is a const.
    const properties = error.parentSchema?.properties;
    const type = properties?.type?.const;
    if (typeof type !== 'string')
        return '';
    return ` (${type === 'http' || type === 'exec' ? 'an' : 'a'} ${type} check)`;
}
function translate(error, root, locator) {
    const path = pointerToPath(error.instancePath, root);
    const at = (location, message, hint) => ({
        path,
        diagnostic: { message, location, ...(hint ? { hint } : {}) },
    });
    const params = error.params;
    const label = (0,positions/* formatDataPath */.H)(path);
    switch (error.keyword) {
        case 'if':
        case 'propertyNames':
            // Wrappers: the errors of the branch (or of the property name) say what is wrong.
            return undefined;
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = Object.keys(error.parentSchema?.properties ?? {});
            const inWhat = path.length === 0 ? 'at the top level' : `in ${label}${checkKind(error)}`;
            return {
                path: [...path, key],
                diagnostic: {
                    message: `unknown key "${key}" ${inWhat}`,
                    location: locator.locateKey([...path, key]),
                    hint: ((0,suggest/* didYouMean */.a)(key, allowed, 'Keys allowed here') || 'Remove it.') +
                        (path.length === 0 && (0,suggest/* closest */.k)(key, allowed) === undefined ? ` An image's settings go under images: ${key}:.` : ''),
                },
            };
        }
        case 'type': {
            const expected = expectedTypes(params.type);
            const first = expected[0] ?? '';
            const argv = error.schemaPath === ARGV_TYPE_PATH;
            const hint = argv
                ? 'A command is a list of arguments and never runs through a shell: write [program, arg1, arg2].'
                : expected.length === 1
                    ? TYPE_HINTS[first]
                    : undefined;
            return at(locator.locate(path), `${label}: expected ${joinOr(expected.map((t) => TYPE_NAMES[t] ?? t))}, found ${describeValue(error.data)}`, hint);
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const value = error.data;
            const hint = typeof value === 'string' ? (0,suggest/* didYouMean */.a)(value, allowed, 'Allowed') : `Allowed: ${allowed.join(', ')}.`;
            return at(locator.locate(path), `${label}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}${checkKind(error)}`, hint);
        }
        case 'const':
            return at(locator.locate(path), `${label}: expected ${JSON.stringify(params.allowedValue)}, found ${JSON.stringify(error.data)}`, `Write ${(0,positions/* formatDataPath */.H)(path.slice(-1))}: ${JSON.stringify(params.allowedValue)}.`);
        case 'required': {
            const key = String(params.missingProperty);
            return at(locator.locate(path), `${label}: missing required key "${key}"${checkKind(error)}`, `Add "${key}: …".`);
        }
        case 'pattern': {
            const explained = error.parentSchema?.patternErrorMessage ?? `text matching ${String(params.pattern)}`;
            if (error.propertyName !== undefined) {
                return {
                    path: [...path, error.propertyName],
                    diagnostic: {
                        message: `${label}: the key "${error.propertyName}" is not ${explained}`,
                        location: locator.locateKey([...path, error.propertyName]),
                    },
                };
            }
            return at(locator.locate(path), `${label}: ${JSON.stringify(error.data)} is not ${explained}`);
        }
        case 'minItems':
            return at(locator.locate(path), params.limit === 1 ? `${label}: the list is empty` : `${label}: needs at least ${String(params.limit)} items`, 'Add an item, or remove the key to take the default.');
        case 'minLength':
            return at(locator.locate(path), `${label}: the text is empty`, 'Write a value, or remove the key to take the default.');
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum': {
            const bound = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' }[error.keyword];
            return at(locator.locate(path), `${label}: ${JSON.stringify(error.data)} is out of range: it must be ${bound} ${String(params.limit)}`);
        }
        case 'uniqueItems': {
            const later = Math.max(Number(params.i), Number(params.j));
            const items = error.data;
            return {
                path: [...path, later],
                diagnostic: {
                    message: `${label}: ${JSON.stringify(items[later])} is listed twice`,
                    location: locator.locate([...path, later]),
                    hint: 'Remove the repeated item.',
                },
            };
        }
        default:
            return at(locator.locate(path), `${label}: ${error.message ?? 'is not valid'}`);
    }
}
/** The place in the data each error is about (the offending key itself for unknown and misnamed keys). */
function schemaErrorPaths(errors, root) {
    return errors.map((error) => {
        const path = pointerToPath(error.instancePath, root);
        const params = error.params;
        if (error.keyword === 'additionalProperties')
            return [...path, String(params.additionalProperty)];
        if (error.propertyName !== undefined)
            return [...path, error.propertyName];
        return path;
    });
}
function isWithin(path, prefix) {
    return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}
/**
 * Every schema error as a diagnostic, deduplicated, with those that a wrong type makes
 * meaningless dropped (a value of the wrong type explains every other complaint about it),
 * in the order they appear in the file.
 */
function schemaDiagnostics(errors, root, locator) {
    const translated = errors.map((e) => ({ error: e, result: translate(e, root, locator) }));
    const wrongTypes = translated.filter((t) => t.error.keyword === 'type' && t.result).map((t) => t.result.path);
    const seen = new Set();
    const out = [];
    for (const { error, result } of translated) {
        if (!result)
            continue;
        if (error.keyword !== 'type' && wrongTypes.some((p) => isWithin(result.path, p)))
            continue;
        const key = `${(0,positions/* formatDataPath */.H)(result.path)}\u0000${result.diagnostic.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(result.diagnostic);
    }
    return out.sort(byPosition);
}
/** Orders diagnostics as they appear in the file. */
function byPosition(a, b) {
    return ((a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
        a.message.localeCompare(b.message));
}

;// CONCATENATED MODULE: ./lib/src/core/config/prune.js

const MAX_ROUNDS = 10;
/** The part of `path` to cut: up to (not into) the first list. */
function cutPoint(path) {
    const firstIndex = path.findIndex((segment) => typeof segment === 'number');
    return firstIndex === -1 ? path : path.slice(0, firstIndex);
}
function removeAt(data, path) {
    let node = data;
    for (const segment of path.slice(0, -1)) {
        if (node === null || typeof node !== 'object')
            return;
        node = node[String(segment)];
    }
    if (node !== null && typeof node === 'object' && !Array.isArray(node))
        delete node[String(path.at(-1))];
}
/**
 * A copy of `data` without what the schema rejected, that the schema accepts; undefined when
 * nothing sensible is left to check (the whole file was of the wrong shape).
 */
function pruneRejected(data, errors, validate) {
    const current = structuredClone(data);
    let remaining = errors;
    for (let round = 0; round < MAX_ROUNDS && remaining.length > 0; round++) {
        const cuts = schemaErrorPaths(remaining, current).map(cutPoint);
        if (cuts.some((cut) => cut.length === 0))
            return undefined;
        for (const cut of cuts)
            removeAt(current, cut);
        remaining = validate(current);
    }
    return remaining.length === 0 ? current : undefined;
}

;// CONCATENATED MODULE: ./lib/schema/images.schema.json
const images_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"image-actions images.yaml","description":"Configuration of image-actions. Every key is optional and has a default. Images are discovered from the folders under images-dir; this file only adds settings. Paths are relative to the repository root and use \'/\'.","type":["object","null"],"additionalProperties":false,"properties":{"version":{"description":"Version of this file\'s format. Only 1 exists.","const":1,"default":1},"registry":{"description":"Registry and namespace images are pushed to, e.g. ghcr.io/acme. An image\'s repository is <registry>/<prefix><name>. Empty: local names only.","type":"string","pattern":"^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]+)?(/[a-z0-9]+((\\\\.|_|__|-+)[a-z0-9]+)*)*)?$","patternErrorMessage":"a registry host with an optional port and namespace in lowercase, such as ghcr.io/acme or localhost:5000","default":""},"prefix":{"description":"Text put before every image name in its repository name (Kolla\'s image_prefix), e.g. \\"acme-\\" makes image foo the repository acme-foo.","type":"string","pattern":"^([a-z0-9][a-z0-9._/-]*)?$","patternErrorMessage":"lowercase letters, digits and . _ - / starting with a letter or digit, such as \\"acme-\\"","default":""},"images-dir":{"description":"Folder searched recursively for images: a folder holding a Dockerfile or Dockerfile.j2 is an image named after the folder; a folder without one only groups images; an image folder inside another image\'s folder is a variant named <outer image>-<folder>.","$ref":"#/definitions/path","default":"images"},"template":{"description":"How Dockerfile.j2 templates render (nunjucks, behaving as Jinja2).","type":["object","null"],"additionalProperties":false,"properties":{"variables":{"description":"Variables every template sees, by name. Any YAML value.","type":["object","null"],"default":{}},"extensions":{"description":"An ES module exporting filters and globals for the templates, e.g. images/filters.mjs.","$ref":"#/definitions/path"}}},"defaults":{"description":"Settings that apply to every image unless the image sets its own.","type":["object","null"],"additionalProperties":false,"properties":{"builder":{"description":"The tool that builds images: auto picks the first available of buildx, docker and buildah.","enum":["auto","buildx","docker","buildah"],"default":"auto"},"platforms":{"description":"Platforms every image is built for, unless the image lists its own.","$ref":"#/definitions/platforms","default":["linux/amd64"]}}},"images":{"description":"Settings per image, by image name. An entry must name an image that exists under images-dir.","type":["object","null"],"additionalProperties":{"$ref":"#/definitions/image"},"default":{}},"tags":{"description":"Names of the tags images are pushed and promoted under.","type":["object","null"],"additionalProperties":false,"properties":{"temporary":{"description":"The tag a run pushes its builds under before promotion: \\"default\\" follows the event (pr-<number>-<sha7>, mq-<sha7>, <branch>-<sha7>, nightly-<date>-<sha7>, ...), or a pattern of tag characters and {placeholders} such as \\"ci-{sha7}\\".","$ref":"#/definitions/tagPattern","default":"default"},"promote":{"description":"Tags a tested build is promoted to: literal tags, patterns with {placeholders} such as \\"sha-{sha7}\\", and \\"semver\\" (for a version tag 1.2.3: 1.2.3, 1.2 and 1).","type":"array","items":{"$ref":"#/definitions/tagPattern"},"uniqueItems":true,"default":["latest","sha-{sha7}","semver"]}}},"deploy":{"description":"How the images are deployed together for smoke tests, and the checks run against the deployment.","type":["object","null"],"additionalProperties":false,"properties":{"compose":{"description":"Compose file(s) to bring up. Services whose image belongs to this repository run the build under test. Use either compose or command.","type":["string","array"],"minLength":1,"minItems":1,"items":{"$ref":"#/definitions/path"}},"command":{"description":"A command that deploys (Ansible, Helm, a script), as a list of arguments; never run through a shell. It gets IMAGE_<NAME> variables with each image\'s reference. Use either compose or command.","$ref":"#/definitions/argv"},"rewrite":{"description":"With command: globs of files whose references to this repository\'s images are rewritten, in a temporary copy, to the builds under test.","type":"array","items":{"$ref":"#/definitions/glob"},"default":[]},"teardown":{"description":"With command: the command that removes the deployment, as a list of arguments. (Compose deployments are torn down with down -v.)","$ref":"#/definitions/argv"},"env":{"description":"Environment variables for the deployment (compose or command) and the checks.","$ref":"#/definitions/stringMap","default":{}},"timeout":{"description":"How long bringing the deployment up may take: seconds, or a duration such as \\"5m\\".","$ref":"#/definitions/duration","default":"5m"},"checks":{"description":"Checks run against the deployment. Each is retried until it passes or its retries run out.","type":"array","items":{"$ref":"#/definitions/check"},"default":[]}}},"retention":{"description":"Which tags cleanup deletes. A manifest is deleted only when no kept tag points at it.","type":["object","null"],"additionalProperties":false,"properties":{"rules":{"description":"Rules tried in order: the first whose tags pattern matches a tag decides whether it is kept.","type":"array","items":{"$ref":"#/definitions/retentionRule"},"default":[{"tags":"pr-*","older-than":"7d"},{"tags":"mq-*","older-than":"2d"},{"tags":"nightly-*","keep-last":14},{"tags":"main-*","older-than":"180d"},{"tags":"bk-*","older-than":"30d"},{"tags":"*-*","older-than":"7d"}]},"protect":{"description":"Tag globs never deleted, nor is any digest they point to.","type":"array","items":{"$ref":"#/definitions/glob"},"default":["latest","v*","[0-9]*","keep-*"]}}}},"definitions":{"path":{"description":"A path relative to the repository root, inside the repository.","type":"string","minLength":1},"glob":{"description":"A glob pattern (picomatch syntax: *, **, ?, [abc], {a,b}).","type":"string","minLength":1},"regex":{"description":"A JavaScript regular expression.","type":"string","minLength":1},"argv":{"description":"A command as a list of arguments, the program first, e.g. [helm, upgrade, --install, app, ./chart]. Never run through a shell.","type":"array","minItems":1,"items":{"type":"string"}},"imageName":{"description":"The name of an image of this repository.","type":"string","pattern":"^[a-z0-9]+((\\\\.|_|__|-+)[a-z0-9]+)*$","patternErrorMessage":"an image name: lowercase letters and digits, with single . _ or - between them"},"platforms":{"description":"Platforms as os/arch[/variant].","type":"array","minItems":1,"uniqueItems":true,"items":{"description":"A platform as os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8.","type":"string","pattern":"^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9.]+)?$","patternErrorMessage":"a platform as os/arch[/variant], such as linux/amd64 or linux/arm64/v8"}},"stringMap":{"description":"Variables by name; numbers and booleans are taken as written.","type":["object","null"],"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$","patternErrorMessage":"a variable name: letters, digits and _, not starting with a digit"},"additionalProperties":{"type":["string","number","boolean"]}},"duration":{"description":"Seconds, or a duration such as \\"30s\\", \\"5m\\", \\"1h30m\\" or \\"500ms\\".","type":["string","number"],"pattern":"^([0-9]+(ms|h|m|s))+$","patternErrorMessage":"a duration such as \\"30s\\", \\"5m\\", \\"1h30m\\" or \\"500ms\\"","exclusiveMinimum":0},"tagPattern":{"description":"Tag characters (letters, digits, _ . -) and {placeholders}.","type":"string","pattern":"^([A-Za-z0-9_.-]|\\\\{[a-z0-9-]+\\\\})+$","patternErrorMessage":"a tag: letters, digits, _ . - and {placeholders} such as {sha7}"},"source":{"description":"An upstream repository the image is built from. Its revision is available to templates as sources.<name>.revision.","type":"object","additionalProperties":false,"required":["url"],"properties":{"name":{"description":"The name templates use for this source. Default: the last part of the URL without .git.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$","patternErrorMessage":"a name of letters, digits, _ and -, not starting with a digit or -"},"url":{"description":"The repository\'s clone URL, e.g. https://github.com/theforeman/foreman.git.","type":"string","minLength":1},"ref":{"description":"The branch or tag whose moves rebuild the image.","type":"string","minLength":1,"default":"HEAD"}}},"image":{"description":"Settings of one image.","type":["object","null"],"additionalProperties":false,"properties":{"sources":{"description":"Upstream repositories this image is built from; a moved ref rebuilds it.","type":"array","items":{"$ref":"#/definitions/source"},"default":[]},"watch":{"description":"More paths (globs) whose change rebuilds the image, besides its folder and context.","type":"array","items":{"$ref":"#/definitions/glob"},"default":[]},"depends-on":{"description":"Images this image needs built first, besides those its FROM lines name.","type":"array","items":{"$ref":"#/definitions/imageName"},"uniqueItems":true,"default":[]},"build-args":{"description":"Build arguments (ARG values) by name; numbers and booleans are taken as written.","$ref":"#/definitions/stringMap","default":{}},"context":{"description":"The build context. Default: the image folder.","$ref":"#/definitions/path"},"target":{"description":"The stage of a multi-stage Dockerfile to build. Default: the last.","type":"string","minLength":1},"platforms":{"description":"Platforms this image is built for. Default: defaults.platforms.","$ref":"#/definitions/platforms"},"structure-tests":{"description":"Structure tests run on the built image: a container-structure-test YAML file, a list of them, or the tests written inline (the container-structure-test format).","type":["string","array","object"],"minLength":1,"minItems":1,"items":{"$ref":"#/definitions/path"}}}},"retentionRule":{"description":"Tags matching the pattern are deleted when older than older-than, except the newest keep-last of them. At least one of older-than and keep-last is needed.","type":"object","additionalProperties":false,"required":["tags"],"properties":{"tags":{"description":"A glob matched against tag names, e.g. \\"pr-*\\".","$ref":"#/definitions/glob"},"older-than":{"description":"Age past which a matching tag is deleted: hours, days or weeks, e.g. \\"12h\\", \\"7d\\", \\"6w\\".","type":"string","pattern":"^[0-9]+[hdw]$","patternErrorMessage":"an age in hours, days or weeks, such as \\"12h\\", \\"7d\\" or \\"6w\\""},"keep-last":{"description":"How many of the newest matching tags are always kept.","type":"integer","minimum":0}}},"check":{"description":"A check run against the deployment; type says which kind.","type":"object","required":["type"],"properties":{"type":{"description":"The kind of check: http, tcp, tls, exec, run or logs.","enum":["http","tcp","tls","exec","run","logs"]}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"http"}},"required":["type"]},"then":{"$ref":"#/definitions/httpCheck"}},{"if":{"type":"object","properties":{"type":{"const":"tcp"}},"required":["type"]},"then":{"$ref":"#/definitions/tcpCheck"}},{"if":{"type":"object","properties":{"type":{"const":"tls"}},"required":["type"]},"then":{"$ref":"#/definitions/tlsCheck"}},{"if":{"type":"object","properties":{"type":{"const":"exec"}},"required":["type"]},"then":{"$ref":"#/definitions/execCheck"}},{"if":{"type":"object","properties":{"type":{"const":"run"}},"required":["type"]},"then":{"$ref":"#/definitions/runCheck"}},{"if":{"type":"object","properties":{"type":{"const":"logs"}},"required":["type"]},"then":{"$ref":"#/definitions/logsCheck"}}]},"checkName":{"description":"The name the check is reported under. Default: its type and target.","type":"string","minLength":1},"checkTimeout":{"description":"How long one attempt may take. Default: 10s.","$ref":"#/definitions/duration","default":"10s"},"checkRetries":{"description":"How many more attempts after the first fails. Default: 20.","type":"integer","minimum":0,"default":20},"checkInterval":{"description":"The wait between attempts. Default: 3s.","$ref":"#/definitions/duration","default":"3s"},"port":{"description":"A TCP port number.","type":"integer","minimum":1,"maximum":65535},"exitCode":{"description":"The exit code that passes. Default: 0.","type":"integer","minimum":0,"maximum":255,"default":0},"httpCheck":{"description":"An HTTP request that must answer with the expected status and body.","type":"object","additionalProperties":false,"required":["type","url"],"properties":{"type":{"description":"http","const":"http"},"name":{"description":"The name the check is reported under. Default: http <url>.","$ref":"#/definitions/checkName"},"timeout":{"description":"How long one attempt may take. Default: 10s.","$ref":"#/definitions/checkTimeout"},"retries":{"description":"How many more attempts after the first fails. Default: 20.","$ref":"#/definitions/checkRetries"},"interval":{"description":"The wait between attempts. Default: 3s.","$ref":"#/definitions/checkInterval"},"url":{"description":"The URL to request, e.g. http://localhost:8080/health.","type":"string","pattern":"^https?://","patternErrorMessage":"an http:// or https:// URL"},"method":{"description":"The request method. Default: GET.","enum":["GET","HEAD","POST","PUT","PATCH","DELETE","OPTIONS"],"default":"GET"},"headers":{"description":"Request headers by name.","type":"object","additionalProperties":{"type":"string"},"default":{}},"status":{"description":"The status that passes: a code (204), a class (\\"2xx\\"), or a list of them. Default: any 2xx.","type":["integer","string","array"],"minimum":100,"maximum":599,"pattern":"^[1-5]xx$","patternErrorMessage":"a status code such as 200, or a class such as \\"2xx\\"","minItems":1,"items":{"type":["integer","string"],"minimum":100,"maximum":599,"pattern":"^[1-5]xx$","patternErrorMessage":"a status code such as 200, or a class such as \\"2xx\\""},"default":"2xx"},"body-contains":{"description":"Text the response body must contain.","type":"string"},"body-matches":{"description":"A regular expression the response body must match.","$ref":"#/definitions/regex"},"insecure":{"description":"Accept any TLS certificate. Default: false.","type":"boolean","default":false},"ca":{"description":"A PEM file of CA certificates to verify the server with.","$ref":"#/definitions/path"},"service":{"description":"A deployed service: the request goes to where it publishes the URL\'s port, the URL (Host header, TLS name) staying as written, so that no host port is hard-coded.","type":"string","minLength":1}}},"tcpCheck":{"description":"A TCP connection that must be accepted.","type":"object","additionalProperties":false,"required":["type","port"],"properties":{"type":{"description":"tcp","const":"tcp"},"name":{"description":"The name the check is reported under. Default: tcp <host>:<port>.","$ref":"#/definitions/checkName"},"timeout":{"description":"How long one attempt may take. Default: 10s.","$ref":"#/definitions/checkTimeout"},"retries":{"description":"How many more attempts after the first fails. Default: 20.","$ref":"#/definitions/checkRetries"},"interval":{"description":"The wait between attempts. Default: 3s.","$ref":"#/definitions/checkInterval"},"host":{"description":"The host to connect to. Default: localhost.","type":"string","minLength":1,"default":"localhost"},"port":{"description":"The port to connect to; with service, the service\'s container port.","$ref":"#/definitions/port"},"service":{"description":"A deployed service: the check connects to where it publishes port (or to its container\'s address). Use instead of host.","type":"string","minLength":1}}},"tlsCheck":{"description":"A TLS handshake that must succeed; the certificate is verified unless insecure is true.","type":"object","additionalProperties":false,"required":["type","port"],"properties":{"type":{"description":"tls","const":"tls"},"name":{"description":"The name the check is reported under. Default: tls <host>:<port>.","$ref":"#/definitions/checkName"},"timeout":{"description":"How long one attempt may take. Default: 10s.","$ref":"#/definitions/checkTimeout"},"retries":{"description":"How many more attempts after the first fails. Default: 20.","$ref":"#/definitions/checkRetries"},"interval":{"description":"The wait between attempts. Default: 3s.","$ref":"#/definitions/checkInterval"},"host":{"description":"The host to connect to. Default: localhost.","type":"string","minLength":1,"default":"localhost"},"port":{"description":"The port to connect to; with service, the service\'s container port.","$ref":"#/definitions/port"},"server-name":{"description":"The name sent in SNI and verified in the certificate. Default: host.","type":"string","minLength":1},"insecure":{"description":"Accept any certificate. Default: false.","type":"boolean","default":false},"ca":{"description":"A PEM file of CA certificates to verify the server with.","$ref":"#/definitions/path"},"service":{"description":"A deployed service: the check connects to where it publishes port (or to its container\'s address). Use instead of host.","type":"string","minLength":1}}},"execCheck":{"description":"A command run inside a deployed service\'s container.","type":"object","additionalProperties":false,"required":["type","service","command"],"properties":{"type":{"description":"exec","const":"exec"},"name":{"description":"The name the check is reported under. Default: exec <service>: <command>.","$ref":"#/definitions/checkName"},"timeout":{"description":"How long one attempt may take. Default: 10s.","$ref":"#/definitions/checkTimeout"},"retries":{"description":"How many more attempts after the first fails. Default: 20.","$ref":"#/definitions/checkRetries"},"interval":{"description":"The wait between attempts. Default: 3s.","$ref":"#/definitions/checkInterval"},"service":{"description":"The service whose container runs the command.","type":"string","minLength":1},"command":{"description":"The command, as a list of arguments.","$ref":"#/definitions/argv"},"exit-code":{"description":"The exit code that passes. Default: 0.","$ref":"#/definitions/exitCode"},"output-contains":{"description":"Text the output (stdout and stderr) must contain.","type":"string"},"output-matches":{"description":"A regular expression the output (stdout and stderr) must match.","$ref":"#/definitions/regex"}}},"runCheck":{"description":"A program run on the runner with the endpoints and image references in its environment: script (a file) or command (a list of arguments).","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"run","const":"run"},"name":{"description":"The name the check is reported under. Default: run <script or command>.","$ref":"#/definitions/checkName"},"timeout":{"description":"How long one attempt may take. Default: 10s.","$ref":"#/definitions/checkTimeout"},"retries":{"description":"How many more attempts after the first fails. Default: 20.","$ref":"#/definitions/checkRetries"},"interval":{"description":"The wait between attempts. Default: 3s.","$ref":"#/definitions/checkInterval"},"script":{"description":"An executable file of the repository to run. Use script or command.","$ref":"#/definitions/path"},"command":{"description":"The command, as a list of arguments. Use script or command.","$ref":"#/definitions/argv"},"exit-code":{"description":"The exit code that passes. Default: 0.","$ref":"#/definitions/exitCode"},"output-contains":{"description":"Text the output (stdout and stderr) must contain.","type":"string"},"output-matches":{"description":"A regular expression the output (stdout and stderr) must match.","$ref":"#/definitions/regex"}}},"logsCheck":{"description":"A deployed service\'s logs must contain a pattern (or, with absent: true, must not).","type":"object","additionalProperties":false,"required":["type","service","pattern"],"properties":{"type":{"description":"logs","const":"logs"},"name":{"description":"The name the check is reported under. Default: logs <service>: <pattern>.","$ref":"#/definitions/checkName"},"timeout":{"description":"How long one attempt may take. Default: 10s.","$ref":"#/definitions/checkTimeout"},"retries":{"description":"How many more attempts after the first fails. Default: 20.","$ref":"#/definitions/checkRetries"},"interval":{"description":"The wait between attempts. Default: 3s.","$ref":"#/definitions/checkInterval"},"service":{"description":"The service whose logs are read.","type":"string","minLength":1},"pattern":{"description":"A regular expression searched for in the logs.","$ref":"#/definitions/regex"},"absent":{"description":"The pattern must NOT appear. Default: false.","type":"boolean","default":false}}}}}');
;// CONCATENATED MODULE: ./lib/src/core/config/schema-runtime.js
/**
 * What the generated schema validator (schema-validator.generated.ts) calls at run time, in
 * place of ajv's runtime modules: ajv's standalone code `require`s those, which an ES module
 * cannot, and they are CommonJS modules whose default export differs between Node and the
 * bundler. Both functions keep ajv's semantics for the JSON data YAML parses into.
 */
/** Deep equality of JSON values (the `const` and `uniqueItems` keywords). */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
        // NaN equals NaN here, as in ajv's deep equality.
        return Number.isNaN(a) && Number.isNaN(b);
    }
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((item, i) => jsonEqual(item, b[i]));
    }
    const left = a;
    const right = b;
    const keys = Object.keys(left);
    if (keys.length !== Object.keys(right).length)
        return false;
    return keys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && jsonEqual(left[key], right[key]));
}
/** A string's length in code points, as JSON Schema counts `minLength` and `maxLength`. */
function codePointLength(text) {
    let length = 0;
    for (let i = 0; i < text.length; i++) {
        length++;
        const unit = text.charCodeAt(i);
        // A high surrogate followed by a low one is one code point.
        if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff)
                i++;
        }
    }
    return length;
}

;// CONCATENATED MODULE: ./lib/src/core/config/schema-validator.generated.js
/* eslint-disable */
// Generated by scripts/generate-schema-validator.ts from schema/images.schema.json: do not edit.
// Regenerate with `node scripts/generate-schema-validator.ts` (scripts/build.sh does it before tsc).
// @ts-nocheck

// The schema this was compiled from, as JSON.stringify writes it: schema.ts compares it with the schema it imports.
const SCHEMA_TEXT = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"title\":\"image-actions images.yaml\",\"description\":\"Configuration of image-actions. Every key is optional and has a default. Images are discovered from the folders under images-dir; this file only adds settings. Paths are relative to the repository root and use '/'.\",\"type\":[\"object\",\"null\"],\"additionalProperties\":false,\"properties\":{\"version\":{\"description\":\"Version of this file's format. Only 1 exists.\",\"const\":1,\"default\":1},\"registry\":{\"description\":\"Registry and namespace images are pushed to, e.g. ghcr.io/acme. An image's repository is <registry>/<prefix><name>. Empty: local names only.\",\"type\":\"string\",\"pattern\":\"^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]+)?(/[a-z0-9]+((\\\\.|_|__|-+)[a-z0-9]+)*)*)?$\",\"patternErrorMessage\":\"a registry host with an optional port and namespace in lowercase, such as ghcr.io/acme or localhost:5000\",\"default\":\"\"},\"prefix\":{\"description\":\"Text put before every image name in its repository name (Kolla's image_prefix), e.g. \\\"acme-\\\" makes image foo the repository acme-foo.\",\"type\":\"string\",\"pattern\":\"^([a-z0-9][a-z0-9._/-]*)?$\",\"patternErrorMessage\":\"lowercase letters, digits and . _ - / starting with a letter or digit, such as \\\"acme-\\\"\",\"default\":\"\"},\"images-dir\":{\"description\":\"Folder searched recursively for images: a folder holding a Dockerfile or Dockerfile.j2 is an image named after the folder; a folder without one only groups images; an image folder inside another image's folder is a variant named <outer image>-<folder>.\",\"$ref\":\"#/definitions/path\",\"default\":\"images\"},\"template\":{\"description\":\"How Dockerfile.j2 templates render (nunjucks, behaving as Jinja2).\",\"type\":[\"object\",\"null\"],\"additionalProperties\":false,\"properties\":{\"variables\":{\"description\":\"Variables every template sees, by name. Any YAML value.\",\"type\":[\"object\",\"null\"],\"default\":{}},\"extensions\":{\"description\":\"An ES module exporting filters and globals for the templates, e.g. images/filters.mjs.\",\"$ref\":\"#/definitions/path\"}}},\"defaults\":{\"description\":\"Settings that apply to every image unless the image sets its own.\",\"type\":[\"object\",\"null\"],\"additionalProperties\":false,\"properties\":{\"builder\":{\"description\":\"The tool that builds images: auto picks the first available of buildx, docker and buildah.\",\"enum\":[\"auto\",\"buildx\",\"docker\",\"buildah\"],\"default\":\"auto\"},\"platforms\":{\"description\":\"Platforms every image is built for, unless the image lists its own.\",\"$ref\":\"#/definitions/platforms\",\"default\":[\"linux/amd64\"]}}},\"images\":{\"description\":\"Settings per image, by image name. An entry must name an image that exists under images-dir.\",\"type\":[\"object\",\"null\"],\"additionalProperties\":{\"$ref\":\"#/definitions/image\"},\"default\":{}},\"tags\":{\"description\":\"Names of the tags images are pushed and promoted under.\",\"type\":[\"object\",\"null\"],\"additionalProperties\":false,\"properties\":{\"temporary\":{\"description\":\"The tag a run pushes its builds under before promotion: \\\"default\\\" follows the event (pr-<number>-<sha7>, mq-<sha7>, <branch>-<sha7>, nightly-<date>-<sha7>, ...), or a pattern of tag characters and {placeholders} such as \\\"ci-{sha7}\\\".\",\"$ref\":\"#/definitions/tagPattern\",\"default\":\"default\"},\"promote\":{\"description\":\"Tags a tested build is promoted to: literal tags, patterns with {placeholders} such as \\\"sha-{sha7}\\\", and \\\"semver\\\" (for a version tag 1.2.3: 1.2.3, 1.2 and 1).\",\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/tagPattern\"},\"uniqueItems\":true,\"default\":[\"latest\",\"sha-{sha7}\",\"semver\"]}}},\"deploy\":{\"description\":\"How the images are deployed together for smoke tests, and the checks run against the deployment.\",\"type\":[\"object\",\"null\"],\"additionalProperties\":false,\"properties\":{\"compose\":{\"description\":\"Compose file(s) to bring up. Services whose image belongs to this repository run the build under test. Use either compose or command.\",\"type\":[\"string\",\"array\"],\"minLength\":1,\"minItems\":1,\"items\":{\"$ref\":\"#/definitions/path\"}},\"command\":{\"description\":\"A command that deploys (Ansible, Helm, a script), as a list of arguments; never run through a shell. It gets IMAGE_<NAME> variables with each image's reference. Use either compose or command.\",\"$ref\":\"#/definitions/argv\"},\"rewrite\":{\"description\":\"With command: globs of files whose references to this repository's images are rewritten, in a temporary copy, to the builds under test.\",\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/glob\"},\"default\":[]},\"teardown\":{\"description\":\"With command: the command that removes the deployment, as a list of arguments. (Compose deployments are torn down with down -v.)\",\"$ref\":\"#/definitions/argv\"},\"env\":{\"description\":\"Environment variables for the deployment (compose or command) and the checks.\",\"$ref\":\"#/definitions/stringMap\",\"default\":{}},\"timeout\":{\"description\":\"How long bringing the deployment up may take: seconds, or a duration such as \\\"5m\\\".\",\"$ref\":\"#/definitions/duration\",\"default\":\"5m\"},\"checks\":{\"description\":\"Checks run against the deployment. Each is retried until it passes or its retries run out.\",\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/check\"},\"default\":[]}}},\"retention\":{\"description\":\"Which tags cleanup deletes. A manifest is deleted only when no kept tag points at it.\",\"type\":[\"object\",\"null\"],\"additionalProperties\":false,\"properties\":{\"rules\":{\"description\":\"Rules tried in order: the first whose tags pattern matches a tag decides whether it is kept.\",\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/retentionRule\"},\"default\":[{\"tags\":\"pr-*\",\"older-than\":\"7d\"},{\"tags\":\"mq-*\",\"older-than\":\"2d\"},{\"tags\":\"nightly-*\",\"keep-last\":14},{\"tags\":\"main-*\",\"older-than\":\"180d\"},{\"tags\":\"bk-*\",\"older-than\":\"30d\"},{\"tags\":\"*-*\",\"older-than\":\"7d\"}]},\"protect\":{\"description\":\"Tag globs never deleted, nor is any digest they point to.\",\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/glob\"},\"default\":[\"latest\",\"v*\",\"[0-9]*\",\"keep-*\"]}}}},\"definitions\":{\"path\":{\"description\":\"A path relative to the repository root, inside the repository.\",\"type\":\"string\",\"minLength\":1},\"glob\":{\"description\":\"A glob pattern (picomatch syntax: *, **, ?, [abc], {a,b}).\",\"type\":\"string\",\"minLength\":1},\"regex\":{\"description\":\"A JavaScript regular expression.\",\"type\":\"string\",\"minLength\":1},\"argv\":{\"description\":\"A command as a list of arguments, the program first, e.g. [helm, upgrade, --install, app, ./chart]. Never run through a shell.\",\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"string\"}},\"imageName\":{\"description\":\"The name of an image of this repository.\",\"type\":\"string\",\"pattern\":\"^[a-z0-9]+((\\\\.|_|__|-+)[a-z0-9]+)*$\",\"patternErrorMessage\":\"an image name: lowercase letters and digits, with single . _ or - between them\"},\"platforms\":{\"description\":\"Platforms as os/arch[/variant].\",\"type\":\"array\",\"minItems\":1,\"uniqueItems\":true,\"items\":{\"description\":\"A platform as os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8.\",\"type\":\"string\",\"pattern\":\"^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9.]+)?$\",\"patternErrorMessage\":\"a platform as os/arch[/variant], such as linux/amd64 or linux/arm64/v8\"}},\"stringMap\":{\"description\":\"Variables by name; numbers and booleans are taken as written.\",\"type\":[\"object\",\"null\"],\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_]*$\",\"patternErrorMessage\":\"a variable name: letters, digits and _, not starting with a digit\"},\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"]}},\"duration\":{\"description\":\"Seconds, or a duration such as \\\"30s\\\", \\\"5m\\\", \\\"1h30m\\\" or \\\"500ms\\\".\",\"type\":[\"string\",\"number\"],\"pattern\":\"^([0-9]+(ms|h|m|s))+$\",\"patternErrorMessage\":\"a duration such as \\\"30s\\\", \\\"5m\\\", \\\"1h30m\\\" or \\\"500ms\\\"\",\"exclusiveMinimum\":0},\"tagPattern\":{\"description\":\"Tag characters (letters, digits, _ . -) and {placeholders}.\",\"type\":\"string\",\"pattern\":\"^([A-Za-z0-9_.-]|\\\\{[a-z0-9-]+\\\\})+$\",\"patternErrorMessage\":\"a tag: letters, digits, _ . - and {placeholders} such as {sha7}\"},\"source\":{\"description\":\"An upstream repository the image is built from. Its revision is available to templates as sources.<name>.revision.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"url\"],\"properties\":{\"name\":{\"description\":\"The name templates use for this source. Default: the last part of the URL without .git.\",\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\",\"patternErrorMessage\":\"a name of letters, digits, _ and -, not starting with a digit or -\"},\"url\":{\"description\":\"The repository's clone URL, e.g. https://github.com/theforeman/foreman.git.\",\"type\":\"string\",\"minLength\":1},\"ref\":{\"description\":\"The branch or tag whose moves rebuild the image.\",\"type\":\"string\",\"minLength\":1,\"default\":\"HEAD\"}}},\"image\":{\"description\":\"Settings of one image.\",\"type\":[\"object\",\"null\"],\"additionalProperties\":false,\"properties\":{\"sources\":{\"description\":\"Upstream repositories this image is built from; a moved ref rebuilds it.\",\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/source\"},\"default\":[]},\"watch\":{\"description\":\"More paths (globs) whose change rebuilds the image, besides its folder and context.\",\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/glob\"},\"default\":[]},\"depends-on\":{\"description\":\"Images this image needs built first, besides those its FROM lines name.\",\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/imageName\"},\"uniqueItems\":true,\"default\":[]},\"build-args\":{\"description\":\"Build arguments (ARG values) by name; numbers and booleans are taken as written.\",\"$ref\":\"#/definitions/stringMap\",\"default\":{}},\"context\":{\"description\":\"The build context. Default: the image folder.\",\"$ref\":\"#/definitions/path\"},\"target\":{\"description\":\"The stage of a multi-stage Dockerfile to build. Default: the last.\",\"type\":\"string\",\"minLength\":1},\"platforms\":{\"description\":\"Platforms this image is built for. Default: defaults.platforms.\",\"$ref\":\"#/definitions/platforms\"},\"structure-tests\":{\"description\":\"Structure tests run on the built image: a container-structure-test YAML file, a list of them, or the tests written inline (the container-structure-test format).\",\"type\":[\"string\",\"array\",\"object\"],\"minLength\":1,\"minItems\":1,\"items\":{\"$ref\":\"#/definitions/path\"}}}},\"retentionRule\":{\"description\":\"Tags matching the pattern are deleted when older than older-than, except the newest keep-last of them. At least one of older-than and keep-last is needed.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"tags\"],\"properties\":{\"tags\":{\"description\":\"A glob matched against tag names, e.g. \\\"pr-*\\\".\",\"$ref\":\"#/definitions/glob\"},\"older-than\":{\"description\":\"Age past which a matching tag is deleted: hours, days or weeks, e.g. \\\"12h\\\", \\\"7d\\\", \\\"6w\\\".\",\"type\":\"string\",\"pattern\":\"^[0-9]+[hdw]$\",\"patternErrorMessage\":\"an age in hours, days or weeks, such as \\\"12h\\\", \\\"7d\\\" or \\\"6w\\\"\"},\"keep-last\":{\"description\":\"How many of the newest matching tags are always kept.\",\"type\":\"integer\",\"minimum\":0}}},\"check\":{\"description\":\"A check run against the deployment; type says which kind.\",\"type\":\"object\",\"required\":[\"type\"],\"properties\":{\"type\":{\"description\":\"The kind of check: http, tcp, tls, exec, run or logs.\",\"enum\":[\"http\",\"tcp\",\"tls\",\"exec\",\"run\",\"logs\"]}},\"allOf\":[{\"if\":{\"type\":\"object\",\"properties\":{\"type\":{\"const\":\"http\"}},\"required\":[\"type\"]},\"then\":{\"$ref\":\"#/definitions/httpCheck\"}},{\"if\":{\"type\":\"object\",\"properties\":{\"type\":{\"const\":\"tcp\"}},\"required\":[\"type\"]},\"then\":{\"$ref\":\"#/definitions/tcpCheck\"}},{\"if\":{\"type\":\"object\",\"properties\":{\"type\":{\"const\":\"tls\"}},\"required\":[\"type\"]},\"then\":{\"$ref\":\"#/definitions/tlsCheck\"}},{\"if\":{\"type\":\"object\",\"properties\":{\"type\":{\"const\":\"exec\"}},\"required\":[\"type\"]},\"then\":{\"$ref\":\"#/definitions/execCheck\"}},{\"if\":{\"type\":\"object\",\"properties\":{\"type\":{\"const\":\"run\"}},\"required\":[\"type\"]},\"then\":{\"$ref\":\"#/definitions/runCheck\"}},{\"if\":{\"type\":\"object\",\"properties\":{\"type\":{\"const\":\"logs\"}},\"required\":[\"type\"]},\"then\":{\"$ref\":\"#/definitions/logsCheck\"}}]},\"checkName\":{\"description\":\"The name the check is reported under. Default: its type and target.\",\"type\":\"string\",\"minLength\":1},\"checkTimeout\":{\"description\":\"How long one attempt may take. Default: 10s.\",\"$ref\":\"#/definitions/duration\",\"default\":\"10s\"},\"checkRetries\":{\"description\":\"How many more attempts after the first fails. Default: 20.\",\"type\":\"integer\",\"minimum\":0,\"default\":20},\"checkInterval\":{\"description\":\"The wait between attempts. Default: 3s.\",\"$ref\":\"#/definitions/duration\",\"default\":\"3s\"},\"port\":{\"description\":\"A TCP port number.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":65535},\"exitCode\":{\"description\":\"The exit code that passes. Default: 0.\",\"type\":\"integer\",\"minimum\":0,\"maximum\":255,\"default\":0},\"httpCheck\":{\"description\":\"An HTTP request that must answer with the expected status and body.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\",\"url\"],\"properties\":{\"type\":{\"description\":\"http\",\"const\":\"http\"},\"name\":{\"description\":\"The name the check is reported under. Default: http <url>.\",\"$ref\":\"#/definitions/checkName\"},\"timeout\":{\"description\":\"How long one attempt may take. Default: 10s.\",\"$ref\":\"#/definitions/checkTimeout\"},\"retries\":{\"description\":\"How many more attempts after the first fails. Default: 20.\",\"$ref\":\"#/definitions/checkRetries\"},\"interval\":{\"description\":\"The wait between attempts. Default: 3s.\",\"$ref\":\"#/definitions/checkInterval\"},\"url\":{\"description\":\"The URL to request, e.g. http://localhost:8080/health.\",\"type\":\"string\",\"pattern\":\"^https?://\",\"patternErrorMessage\":\"an http:// or https:// URL\"},\"method\":{\"description\":\"The request method. Default: GET.\",\"enum\":[\"GET\",\"HEAD\",\"POST\",\"PUT\",\"PATCH\",\"DELETE\",\"OPTIONS\"],\"default\":\"GET\"},\"headers\":{\"description\":\"Request headers by name.\",\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"},\"default\":{}},\"status\":{\"description\":\"The status that passes: a code (204), a class (\\\"2xx\\\"), or a list of them. Default: any 2xx.\",\"type\":[\"integer\",\"string\",\"array\"],\"minimum\":100,\"maximum\":599,\"pattern\":\"^[1-5]xx$\",\"patternErrorMessage\":\"a status code such as 200, or a class such as \\\"2xx\\\"\",\"minItems\":1,\"items\":{\"type\":[\"integer\",\"string\"],\"minimum\":100,\"maximum\":599,\"pattern\":\"^[1-5]xx$\",\"patternErrorMessage\":\"a status code such as 200, or a class such as \\\"2xx\\\"\"},\"default\":\"2xx\"},\"body-contains\":{\"description\":\"Text the response body must contain.\",\"type\":\"string\"},\"body-matches\":{\"description\":\"A regular expression the response body must match.\",\"$ref\":\"#/definitions/regex\"},\"insecure\":{\"description\":\"Accept any TLS certificate. Default: false.\",\"type\":\"boolean\",\"default\":false},\"ca\":{\"description\":\"A PEM file of CA certificates to verify the server with.\",\"$ref\":\"#/definitions/path\"},\"service\":{\"description\":\"A deployed service: the request goes to where it publishes the URL's port, the URL (Host header, TLS name) staying as written, so that no host port is hard-coded.\",\"type\":\"string\",\"minLength\":1}}},\"tcpCheck\":{\"description\":\"A TCP connection that must be accepted.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\",\"port\"],\"properties\":{\"type\":{\"description\":\"tcp\",\"const\":\"tcp\"},\"name\":{\"description\":\"The name the check is reported under. Default: tcp <host>:<port>.\",\"$ref\":\"#/definitions/checkName\"},\"timeout\":{\"description\":\"How long one attempt may take. Default: 10s.\",\"$ref\":\"#/definitions/checkTimeout\"},\"retries\":{\"description\":\"How many more attempts after the first fails. Default: 20.\",\"$ref\":\"#/definitions/checkRetries\"},\"interval\":{\"description\":\"The wait between attempts. Default: 3s.\",\"$ref\":\"#/definitions/checkInterval\"},\"host\":{\"description\":\"The host to connect to. Default: localhost.\",\"type\":\"string\",\"minLength\":1,\"default\":\"localhost\"},\"port\":{\"description\":\"The port to connect to; with service, the service's container port.\",\"$ref\":\"#/definitions/port\"},\"service\":{\"description\":\"A deployed service: the check connects to where it publishes port (or to its container's address). Use instead of host.\",\"type\":\"string\",\"minLength\":1}}},\"tlsCheck\":{\"description\":\"A TLS handshake that must succeed; the certificate is verified unless insecure is true.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\",\"port\"],\"properties\":{\"type\":{\"description\":\"tls\",\"const\":\"tls\"},\"name\":{\"description\":\"The name the check is reported under. Default: tls <host>:<port>.\",\"$ref\":\"#/definitions/checkName\"},\"timeout\":{\"description\":\"How long one attempt may take. Default: 10s.\",\"$ref\":\"#/definitions/checkTimeout\"},\"retries\":{\"description\":\"How many more attempts after the first fails. Default: 20.\",\"$ref\":\"#/definitions/checkRetries\"},\"interval\":{\"description\":\"The wait between attempts. Default: 3s.\",\"$ref\":\"#/definitions/checkInterval\"},\"host\":{\"description\":\"The host to connect to. Default: localhost.\",\"type\":\"string\",\"minLength\":1,\"default\":\"localhost\"},\"port\":{\"description\":\"The port to connect to; with service, the service's container port.\",\"$ref\":\"#/definitions/port\"},\"server-name\":{\"description\":\"The name sent in SNI and verified in the certificate. Default: host.\",\"type\":\"string\",\"minLength\":1},\"insecure\":{\"description\":\"Accept any certificate. Default: false.\",\"type\":\"boolean\",\"default\":false},\"ca\":{\"description\":\"A PEM file of CA certificates to verify the server with.\",\"$ref\":\"#/definitions/path\"},\"service\":{\"description\":\"A deployed service: the check connects to where it publishes port (or to its container's address). Use instead of host.\",\"type\":\"string\",\"minLength\":1}}},\"execCheck\":{\"description\":\"A command run inside a deployed service's container.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\",\"service\",\"command\"],\"properties\":{\"type\":{\"description\":\"exec\",\"const\":\"exec\"},\"name\":{\"description\":\"The name the check is reported under. Default: exec <service>: <command>.\",\"$ref\":\"#/definitions/checkName\"},\"timeout\":{\"description\":\"How long one attempt may take. Default: 10s.\",\"$ref\":\"#/definitions/checkTimeout\"},\"retries\":{\"description\":\"How many more attempts after the first fails. Default: 20.\",\"$ref\":\"#/definitions/checkRetries\"},\"interval\":{\"description\":\"The wait between attempts. Default: 3s.\",\"$ref\":\"#/definitions/checkInterval\"},\"service\":{\"description\":\"The service whose container runs the command.\",\"type\":\"string\",\"minLength\":1},\"command\":{\"description\":\"The command, as a list of arguments.\",\"$ref\":\"#/definitions/argv\"},\"exit-code\":{\"description\":\"The exit code that passes. Default: 0.\",\"$ref\":\"#/definitions/exitCode\"},\"output-contains\":{\"description\":\"Text the output (stdout and stderr) must contain.\",\"type\":\"string\"},\"output-matches\":{\"description\":\"A regular expression the output (stdout and stderr) must match.\",\"$ref\":\"#/definitions/regex\"}}},\"runCheck\":{\"description\":\"A program run on the runner with the endpoints and image references in its environment: script (a file) or command (a list of arguments).\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\"],\"properties\":{\"type\":{\"description\":\"run\",\"const\":\"run\"},\"name\":{\"description\":\"The name the check is reported under. Default: run <script or command>.\",\"$ref\":\"#/definitions/checkName\"},\"timeout\":{\"description\":\"How long one attempt may take. Default: 10s.\",\"$ref\":\"#/definitions/checkTimeout\"},\"retries\":{\"description\":\"How many more attempts after the first fails. Default: 20.\",\"$ref\":\"#/definitions/checkRetries\"},\"interval\":{\"description\":\"The wait between attempts. Default: 3s.\",\"$ref\":\"#/definitions/checkInterval\"},\"script\":{\"description\":\"An executable file of the repository to run. Use script or command.\",\"$ref\":\"#/definitions/path\"},\"command\":{\"description\":\"The command, as a list of arguments. Use script or command.\",\"$ref\":\"#/definitions/argv\"},\"exit-code\":{\"description\":\"The exit code that passes. Default: 0.\",\"$ref\":\"#/definitions/exitCode\"},\"output-contains\":{\"description\":\"Text the output (stdout and stderr) must contain.\",\"type\":\"string\"},\"output-matches\":{\"description\":\"A regular expression the output (stdout and stderr) must match.\",\"$ref\":\"#/definitions/regex\"}}},\"logsCheck\":{\"description\":\"A deployed service's logs must contain a pattern (or, with absent: true, must not).\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\",\"service\",\"pattern\"],\"properties\":{\"type\":{\"description\":\"logs\",\"const\":\"logs\"},\"name\":{\"description\":\"The name the check is reported under. Default: logs <service>: <pattern>.\",\"$ref\":\"#/definitions/checkName\"},\"timeout\":{\"description\":\"How long one attempt may take. Default: 10s.\",\"$ref\":\"#/definitions/checkTimeout\"},\"retries\":{\"description\":\"How many more attempts after the first fails. Default: 20.\",\"$ref\":\"#/definitions/checkRetries\"},\"interval\":{\"description\":\"The wait between attempts. Default: 3s.\",\"$ref\":\"#/definitions/checkInterval\"},\"service\":{\"description\":\"The service whose logs are read.\",\"type\":\"string\",\"minLength\":1},\"pattern\":{\"description\":\"A regular expression searched for in the logs.\",\"$ref\":\"#/definitions/regex\"},\"absent\":{\"description\":\"The pattern must NOT appear. Default: false.\",\"type\":\"boolean\",\"default\":false}}}}}";
const validate = validate10;
/* harmony default export */ const schema_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "image-actions images.yaml", "description": "Configuration of image-actions. Every key is optional and has a default. Images are discovered from the folders under images-dir; this file only adds settings. Paths are relative to the repository root and use '/'.", "type": ["object", "null"], "additionalProperties": false, "properties": { "version": { "description": "Version of this file's format. Only 1 exists.", "const": 1, "default": 1 }, "registry": { "description": "Registry and namespace images are pushed to, e.g. ghcr.io/acme. An image's repository is <registry>/<prefix><name>. Empty: local names only.", "type": "string", "pattern": "^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]+)?(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*)?$", "patternErrorMessage": "a registry host with an optional port and namespace in lowercase, such as ghcr.io/acme or localhost:5000", "default": "" }, "prefix": { "description": "Text put before every image name in its repository name (Kolla's image_prefix), e.g. \"acme-\" makes image foo the repository acme-foo.", "type": "string", "pattern": "^([a-z0-9][a-z0-9._/-]*)?$", "patternErrorMessage": "lowercase letters, digits and . _ - / starting with a letter or digit, such as \"acme-\"", "default": "" }, "images-dir": { "description": "Folder searched recursively for images: a folder holding a Dockerfile or Dockerfile.j2 is an image named after the folder; a folder without one only groups images; an image folder inside another image's folder is a variant named <outer image>-<folder>.", "$ref": "#/definitions/path", "default": "images" }, "template": { "description": "How Dockerfile.j2 templates render (nunjucks, behaving as Jinja2).", "type": ["object", "null"], "additionalProperties": false, "properties": { "variables": { "description": "Variables every template sees, by name. Any YAML value.", "type": ["object", "null"], "default": {} }, "extensions": { "description": "An ES module exporting filters and globals for the templates, e.g. images/filters.mjs.", "$ref": "#/definitions/path" } } }, "defaults": { "description": "Settings that apply to every image unless the image sets its own.", "type": ["object", "null"], "additionalProperties": false, "properties": { "builder": { "description": "The tool that builds images: auto picks the first available of buildx, docker and buildah.", "enum": ["auto", "buildx", "docker", "buildah"], "default": "auto" }, "platforms": { "description": "Platforms every image is built for, unless the image lists its own.", "$ref": "#/definitions/platforms", "default": ["linux/amd64"] } } }, "images": { "description": "Settings per image, by image name. An entry must name an image that exists under images-dir.", "type": ["object", "null"], "additionalProperties": { "$ref": "#/definitions/image" }, "default": {} }, "tags": { "description": "Names of the tags images are pushed and promoted under.", "type": ["object", "null"], "additionalProperties": false, "properties": { "temporary": { "description": "The tag a run pushes its builds under before promotion: \"default\" follows the event (pr-<number>-<sha7>, mq-<sha7>, <branch>-<sha7>, nightly-<date>-<sha7>, ...), or a pattern of tag characters and {placeholders} such as \"ci-{sha7}\".", "$ref": "#/definitions/tagPattern", "default": "default" }, "promote": { "description": "Tags a tested build is promoted to: literal tags, patterns with {placeholders} such as \"sha-{sha7}\", and \"semver\" (for a version tag 1.2.3: 1.2.3, 1.2 and 1).", "type": "array", "items": { "$ref": "#/definitions/tagPattern" }, "uniqueItems": true, "default": ["latest", "sha-{sha7}", "semver"] } } }, "deploy": { "description": "How the images are deployed together for smoke tests, and the checks run against the deployment.", "type": ["object", "null"], "additionalProperties": false, "properties": { "compose": { "description": "Compose file(s) to bring up. Services whose image belongs to this repository run the build under test. Use either compose or command.", "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "$ref": "#/definitions/path" } }, "command": { "description": "A command that deploys (Ansible, Helm, a script), as a list of arguments; never run through a shell. It gets IMAGE_<NAME> variables with each image's reference. Use either compose or command.", "$ref": "#/definitions/argv" }, "rewrite": { "description": "With command: globs of files whose references to this repository's images are rewritten, in a temporary copy, to the builds under test.", "type": "array", "items": { "$ref": "#/definitions/glob" }, "default": [] }, "teardown": { "description": "With command: the command that removes the deployment, as a list of arguments. (Compose deployments are torn down with down -v.)", "$ref": "#/definitions/argv" }, "env": { "description": "Environment variables for the deployment (compose or command) and the checks.", "$ref": "#/definitions/stringMap", "default": {} }, "timeout": { "description": "How long bringing the deployment up may take: seconds, or a duration such as \"5m\".", "$ref": "#/definitions/duration", "default": "5m" }, "checks": { "description": "Checks run against the deployment. Each is retried until it passes or its retries run out.", "type": "array", "items": { "$ref": "#/definitions/check" }, "default": [] } } }, "retention": { "description": "Which tags cleanup deletes. A manifest is deleted only when no kept tag points at it.", "type": ["object", "null"], "additionalProperties": false, "properties": { "rules": { "description": "Rules tried in order: the first whose tags pattern matches a tag decides whether it is kept.", "type": "array", "items": { "$ref": "#/definitions/retentionRule" }, "default": [{ "tags": "pr-*", "older-than": "7d" }, { "tags": "mq-*", "older-than": "2d" }, { "tags": "nightly-*", "keep-last": 14 }, { "tags": "main-*", "older-than": "180d" }, { "tags": "bk-*", "older-than": "30d" }, { "tags": "*-*", "older-than": "7d" }] }, "protect": { "description": "Tag globs never deleted, nor is any digest they point to.", "type": "array", "items": { "$ref": "#/definitions/glob" }, "default": ["latest", "v*", "[0-9]*", "keep-*"] } } } }, "definitions": { "path": { "description": "A path relative to the repository root, inside the repository.", "type": "string", "minLength": 1 }, "glob": { "description": "A glob pattern (picomatch syntax: *, **, ?, [abc], {a,b}).", "type": "string", "minLength": 1 }, "regex": { "description": "A JavaScript regular expression.", "type": "string", "minLength": 1 }, "argv": { "description": "A command as a list of arguments, the program first, e.g. [helm, upgrade, --install, app, ./chart]. Never run through a shell.", "type": "array", "minItems": 1, "items": { "type": "string" } }, "imageName": { "description": "The name of an image of this repository.", "type": "string", "pattern": "^[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*$", "patternErrorMessage": "an image name: lowercase letters and digits, with single . _ or - between them" }, "platforms": { "description": "Platforms as os/arch[/variant].", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "description": "A platform as os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8.", "type": "string", "pattern": "^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9.]+)?$", "patternErrorMessage": "a platform as os/arch[/variant], such as linux/amd64 or linux/arm64/v8" } }, "stringMap": { "description": "Variables by name; numbers and booleans are taken as written.", "type": ["object", "null"], "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "patternErrorMessage": "a variable name: letters, digits and _, not starting with a digit" }, "additionalProperties": { "type": ["string", "number", "boolean"] } }, "duration": { "description": "Seconds, or a duration such as \"30s\", \"5m\", \"1h30m\" or \"500ms\".", "type": ["string", "number"], "pattern": "^([0-9]+(ms|h|m|s))+$", "patternErrorMessage": "a duration such as \"30s\", \"5m\", \"1h30m\" or \"500ms\"", "exclusiveMinimum": 0 }, "tagPattern": { "description": "Tag characters (letters, digits, _ . -) and {placeholders}.", "type": "string", "pattern": "^([A-Za-z0-9_.-]|\\{[a-z0-9-]+\\})+$", "patternErrorMessage": "a tag: letters, digits, _ . - and {placeholders} such as {sha7}" }, "source": { "description": "An upstream repository the image is built from. Its revision is available to templates as sources.<name>.revision.", "type": "object", "additionalProperties": false, "required": ["url"], "properties": { "name": { "description": "The name templates use for this source. Default: the last part of the URL without .git.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$", "patternErrorMessage": "a name of letters, digits, _ and -, not starting with a digit or -" }, "url": { "description": "The repository's clone URL, e.g. https://github.com/theforeman/foreman.git.", "type": "string", "minLength": 1 }, "ref": { "description": "The branch or tag whose moves rebuild the image.", "type": "string", "minLength": 1, "default": "HEAD" } } }, "image": { "description": "Settings of one image.", "type": ["object", "null"], "additionalProperties": false, "properties": { "sources": { "description": "Upstream repositories this image is built from; a moved ref rebuilds it.", "type": "array", "items": { "$ref": "#/definitions/source" }, "default": [] }, "watch": { "description": "More paths (globs) whose change rebuilds the image, besides its folder and context.", "type": "array", "items": { "$ref": "#/definitions/glob" }, "default": [] }, "depends-on": { "description": "Images this image needs built first, besides those its FROM lines name.", "type": "array", "items": { "$ref": "#/definitions/imageName" }, "uniqueItems": true, "default": [] }, "build-args": { "description": "Build arguments (ARG values) by name; numbers and booleans are taken as written.", "$ref": "#/definitions/stringMap", "default": {} }, "context": { "description": "The build context. Default: the image folder.", "$ref": "#/definitions/path" }, "target": { "description": "The stage of a multi-stage Dockerfile to build. Default: the last.", "type": "string", "minLength": 1 }, "platforms": { "description": "Platforms this image is built for. Default: defaults.platforms.", "$ref": "#/definitions/platforms" }, "structure-tests": { "description": "Structure tests run on the built image: a container-structure-test YAML file, a list of them, or the tests written inline (the container-structure-test format).", "type": ["string", "array", "object"], "minLength": 1, "minItems": 1, "items": { "$ref": "#/definitions/path" } } } }, "retentionRule": { "description": "Tags matching the pattern are deleted when older than older-than, except the newest keep-last of them. At least one of older-than and keep-last is needed.", "type": "object", "additionalProperties": false, "required": ["tags"], "properties": { "tags": { "description": "A glob matched against tag names, e.g. \"pr-*\".", "$ref": "#/definitions/glob" }, "older-than": { "description": "Age past which a matching tag is deleted: hours, days or weeks, e.g. \"12h\", \"7d\", \"6w\".", "type": "string", "pattern": "^[0-9]+[hdw]$", "patternErrorMessage": "an age in hours, days or weeks, such as \"12h\", \"7d\" or \"6w\"" }, "keep-last": { "description": "How many of the newest matching tags are always kept.", "type": "integer", "minimum": 0 } } }, "check": { "description": "A check run against the deployment; type says which kind.", "type": "object", "required": ["type"], "properties": { "type": { "description": "The kind of check: http, tcp, tls, exec, run or logs.", "enum": ["http", "tcp", "tls", "exec", "run", "logs"] } }, "allOf": [{ "if": { "type": "object", "properties": { "type": { "const": "http" } }, "required": ["type"] }, "then": { "$ref": "#/definitions/httpCheck" } }, { "if": { "type": "object", "properties": { "type": { "const": "tcp" } }, "required": ["type"] }, "then": { "$ref": "#/definitions/tcpCheck" } }, { "if": { "type": "object", "properties": { "type": { "const": "tls" } }, "required": ["type"] }, "then": { "$ref": "#/definitions/tlsCheck" } }, { "if": { "type": "object", "properties": { "type": { "const": "exec" } }, "required": ["type"] }, "then": { "$ref": "#/definitions/execCheck" } }, { "if": { "type": "object", "properties": { "type": { "const": "run" } }, "required": ["type"] }, "then": { "$ref": "#/definitions/runCheck" } }, { "if": { "type": "object", "properties": { "type": { "const": "logs" } }, "required": ["type"] }, "then": { "$ref": "#/definitions/logsCheck" } }] }, "checkName": { "description": "The name the check is reported under. Default: its type and target.", "type": "string", "minLength": 1 }, "checkTimeout": { "description": "How long one attempt may take. Default: 10s.", "$ref": "#/definitions/duration", "default": "10s" }, "checkRetries": { "description": "How many more attempts after the first fails. Default: 20.", "type": "integer", "minimum": 0, "default": 20 }, "checkInterval": { "description": "The wait between attempts. Default: 3s.", "$ref": "#/definitions/duration", "default": "3s" }, "port": { "description": "A TCP port number.", "type": "integer", "minimum": 1, "maximum": 65535 }, "exitCode": { "description": "The exit code that passes. Default: 0.", "type": "integer", "minimum": 0, "maximum": 255, "default": 0 }, "httpCheck": { "description": "An HTTP request that must answer with the expected status and body.", "type": "object", "additionalProperties": false, "required": ["type", "url"], "properties": { "type": { "description": "http", "const": "http" }, "name": { "description": "The name the check is reported under. Default: http <url>.", "$ref": "#/definitions/checkName" }, "timeout": { "description": "How long one attempt may take. Default: 10s.", "$ref": "#/definitions/checkTimeout" }, "retries": { "description": "How many more attempts after the first fails. Default: 20.", "$ref": "#/definitions/checkRetries" }, "interval": { "description": "The wait between attempts. Default: 3s.", "$ref": "#/definitions/checkInterval" }, "url": { "description": "The URL to request, e.g. http://localhost:8080/health.", "type": "string", "pattern": "^https?://", "patternErrorMessage": "an http:// or https:// URL" }, "method": { "description": "The request method. Default: GET.", "enum": ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"], "default": "GET" }, "headers": { "description": "Request headers by name.", "type": "object", "additionalProperties": { "type": "string" }, "default": {} }, "status": { "description": "The status that passes: a code (204), a class (\"2xx\"), or a list of them. Default: any 2xx.", "type": ["integer", "string", "array"], "minimum": 100, "maximum": 599, "pattern": "^[1-5]xx$", "patternErrorMessage": "a status code such as 200, or a class such as \"2xx\"", "minItems": 1, "items": { "type": ["integer", "string"], "minimum": 100, "maximum": 599, "pattern": "^[1-5]xx$", "patternErrorMessage": "a status code such as 200, or a class such as \"2xx\"" }, "default": "2xx" }, "body-contains": { "description": "Text the response body must contain.", "type": "string" }, "body-matches": { "description": "A regular expression the response body must match.", "$ref": "#/definitions/regex" }, "insecure": { "description": "Accept any TLS certificate. Default: false.", "type": "boolean", "default": false }, "ca": { "description": "A PEM file of CA certificates to verify the server with.", "$ref": "#/definitions/path" }, "service": { "description": "A deployed service: the request goes to where it publishes the URL's port, the URL (Host header, TLS name) staying as written, so that no host port is hard-coded.", "type": "string", "minLength": 1 } } }, "tcpCheck": { "description": "A TCP connection that must be accepted.", "type": "object", "additionalProperties": false, "required": ["type", "port"], "properties": { "type": { "description": "tcp", "const": "tcp" }, "name": { "description": "The name the check is reported under. Default: tcp <host>:<port>.", "$ref": "#/definitions/checkName" }, "timeout": { "description": "How long one attempt may take. Default: 10s.", "$ref": "#/definitions/checkTimeout" }, "retries": { "description": "How many more attempts after the first fails. Default: 20.", "$ref": "#/definitions/checkRetries" }, "interval": { "description": "The wait between attempts. Default: 3s.", "$ref": "#/definitions/checkInterval" }, "host": { "description": "The host to connect to. Default: localhost.", "type": "string", "minLength": 1, "default": "localhost" }, "port": { "description": "The port to connect to; with service, the service's container port.", "$ref": "#/definitions/port" }, "service": { "description": "A deployed service: the check connects to where it publishes port (or to its container's address). Use instead of host.", "type": "string", "minLength": 1 } } }, "tlsCheck": { "description": "A TLS handshake that must succeed; the certificate is verified unless insecure is true.", "type": "object", "additionalProperties": false, "required": ["type", "port"], "properties": { "type": { "description": "tls", "const": "tls" }, "name": { "description": "The name the check is reported under. Default: tls <host>:<port>.", "$ref": "#/definitions/checkName" }, "timeout": { "description": "How long one attempt may take. Default: 10s.", "$ref": "#/definitions/checkTimeout" }, "retries": { "description": "How many more attempts after the first fails. Default: 20.", "$ref": "#/definitions/checkRetries" }, "interval": { "description": "The wait between attempts. Default: 3s.", "$ref": "#/definitions/checkInterval" }, "host": { "description": "The host to connect to. Default: localhost.", "type": "string", "minLength": 1, "default": "localhost" }, "port": { "description": "The port to connect to; with service, the service's container port.", "$ref": "#/definitions/port" }, "server-name": { "description": "The name sent in SNI and verified in the certificate. Default: host.", "type": "string", "minLength": 1 }, "insecure": { "description": "Accept any certificate. Default: false.", "type": "boolean", "default": false }, "ca": { "description": "A PEM file of CA certificates to verify the server with.", "$ref": "#/definitions/path" }, "service": { "description": "A deployed service: the check connects to where it publishes port (or to its container's address). Use instead of host.", "type": "string", "minLength": 1 } } }, "execCheck": { "description": "A command run inside a deployed service's container.", "type": "object", "additionalProperties": false, "required": ["type", "service", "command"], "properties": { "type": { "description": "exec", "const": "exec" }, "name": { "description": "The name the check is reported under. Default: exec <service>: <command>.", "$ref": "#/definitions/checkName" }, "timeout": { "description": "How long one attempt may take. Default: 10s.", "$ref": "#/definitions/checkTimeout" }, "retries": { "description": "How many more attempts after the first fails. Default: 20.", "$ref": "#/definitions/checkRetries" }, "interval": { "description": "The wait between attempts. Default: 3s.", "$ref": "#/definitions/checkInterval" }, "service": { "description": "The service whose container runs the command.", "type": "string", "minLength": 1 }, "command": { "description": "The command, as a list of arguments.", "$ref": "#/definitions/argv" }, "exit-code": { "description": "The exit code that passes. Default: 0.", "$ref": "#/definitions/exitCode" }, "output-contains": { "description": "Text the output (stdout and stderr) must contain.", "type": "string" }, "output-matches": { "description": "A regular expression the output (stdout and stderr) must match.", "$ref": "#/definitions/regex" } } }, "runCheck": { "description": "A program run on the runner with the endpoints and image references in its environment: script (a file) or command (a list of arguments).", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "description": "run", "const": "run" }, "name": { "description": "The name the check is reported under. Default: run <script or command>.", "$ref": "#/definitions/checkName" }, "timeout": { "description": "How long one attempt may take. Default: 10s.", "$ref": "#/definitions/checkTimeout" }, "retries": { "description": "How many more attempts after the first fails. Default: 20.", "$ref": "#/definitions/checkRetries" }, "interval": { "description": "The wait between attempts. Default: 3s.", "$ref": "#/definitions/checkInterval" }, "script": { "description": "An executable file of the repository to run. Use script or command.", "$ref": "#/definitions/path" }, "command": { "description": "The command, as a list of arguments. Use script or command.", "$ref": "#/definitions/argv" }, "exit-code": { "description": "The exit code that passes. Default: 0.", "$ref": "#/definitions/exitCode" }, "output-contains": { "description": "Text the output (stdout and stderr) must contain.", "type": "string" }, "output-matches": { "description": "A regular expression the output (stdout and stderr) must match.", "$ref": "#/definitions/regex" } } }, "logsCheck": { "description": "A deployed service's logs must contain a pattern (or, with absent: true, must not).", "type": "object", "additionalProperties": false, "required": ["type", "service", "pattern"], "properties": { "type": { "description": "logs", "const": "logs" }, "name": { "description": "The name the check is reported under. Default: logs <service>: <pattern>.", "$ref": "#/definitions/checkName" }, "timeout": { "description": "How long one attempt may take. Default: 10s.", "$ref": "#/definitions/checkTimeout" }, "retries": { "description": "How many more attempts after the first fails. Default: 20.", "$ref": "#/definitions/checkRetries" }, "interval": { "description": "The wait between attempts. Default: 3s.", "$ref": "#/definitions/checkInterval" }, "service": { "description": "The service whose logs are read.", "type": "string", "minLength": 1 }, "pattern": { "description": "A regular expression searched for in the logs.", "$ref": "#/definitions/regex" }, "absent": { "description": "The pattern must NOT appear. Default: false.", "type": "boolean", "default": false } } } } };
const schema12 = { "description": "A path relative to the repository root, inside the repository.", "type": "string", "minLength": 1 };
const schema14 = { "description": "Platforms as os/arch[/variant].", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "description": "A platform as os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8.", "type": "string", "pattern": "^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9.]+)?$", "patternErrorMessage": "a platform as os/arch[/variant], such as linux/amd64 or linux/arm64/v8" } };
const schema23 = { "description": "Tag characters (letters, digits, _ . -) and {placeholders}.", "type": "string", "pattern": "^([A-Za-z0-9_.-]|\\{[a-z0-9-]+\\})+$", "patternErrorMessage": "a tag: letters, digits, _ . - and {placeholders} such as {sha7}" };
const schema26 = { "description": "A command as a list of arguments, the program first, e.g. [helm, upgrade, --install, app, ./chart]. Never run through a shell.", "type": "array", "minItems": 1, "items": { "type": "string" } };
const schema17 = { "description": "A glob pattern (picomatch syntax: *, **, ?, [abc], {a,b}).", "type": "string", "minLength": 1 };
const schema19 = { "description": "Variables by name; numbers and booleans are taken as written.", "type": ["object", "null"], "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "patternErrorMessage": "a variable name: letters, digits and _, not starting with a digit" }, "additionalProperties": { "type": ["string", "number", "boolean"] } };
const schema30 = { "description": "Seconds, or a duration such as \"30s\", \"5m\", \"1h30m\" or \"500ms\".", "type": ["string", "number"], "pattern": "^([0-9]+(ms|h|m|s))+$", "patternErrorMessage": "a duration such as \"30s\", \"5m\", \"1h30m\" or \"500ms\"", "exclusiveMinimum": 0 };
const func2 = Object.prototype.hasOwnProperty;
const func3 = codePointLength;
const func0 = jsonEqual;
const pattern0 = new RegExp("^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]+)?(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*)?$", "u");
const pattern1 = new RegExp("^([a-z0-9][a-z0-9._/-]*)?$", "u");
const pattern2 = new RegExp("^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9.]+)?$", "u");
const pattern7 = new RegExp("^([A-Za-z0-9_.-]|\\{[a-z0-9-]+\\})+$", "u");
const pattern5 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern10 = new RegExp("^([0-9]+(ms|h|m|s))+$", "u");
const schema15 = { "description": "Settings of one image.", "type": ["object", "null"], "additionalProperties": false, "properties": { "sources": { "description": "Upstream repositories this image is built from; a moved ref rebuilds it.", "type": "array", "items": { "$ref": "#/definitions/source" }, "default": [] }, "watch": { "description": "More paths (globs) whose change rebuilds the image, besides its folder and context.", "type": "array", "items": { "$ref": "#/definitions/glob" }, "default": [] }, "depends-on": { "description": "Images this image needs built first, besides those its FROM lines name.", "type": "array", "items": { "$ref": "#/definitions/imageName" }, "uniqueItems": true, "default": [] }, "build-args": { "description": "Build arguments (ARG values) by name; numbers and booleans are taken as written.", "$ref": "#/definitions/stringMap", "default": {} }, "context": { "description": "The build context. Default: the image folder.", "$ref": "#/definitions/path" }, "target": { "description": "The stage of a multi-stage Dockerfile to build. Default: the last.", "type": "string", "minLength": 1 }, "platforms": { "description": "Platforms this image is built for. Default: defaults.platforms.", "$ref": "#/definitions/platforms" }, "structure-tests": { "description": "Structure tests run on the built image: a container-structure-test YAML file, a list of them, or the tests written inline (the container-structure-test format).", "type": ["string", "array", "object"], "minLength": 1, "minItems": 1, "items": { "$ref": "#/definitions/path" } } } };
const schema16 = { "description": "An upstream repository the image is built from. Its revision is available to templates as sources.<name>.revision.", "type": "object", "additionalProperties": false, "required": ["url"], "properties": { "name": { "description": "The name templates use for this source. Default: the last part of the URL without .git.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$", "patternErrorMessage": "a name of letters, digits, _ and -, not starting with a digit or -" }, "url": { "description": "The repository's clone URL, e.g. https://github.com/theforeman/foreman.git.", "type": "string", "minLength": 1 }, "ref": { "description": "The branch or tag whose moves rebuild the image.", "type": "string", "minLength": 1, "default": "HEAD" } } };
const schema18 = { "description": "The name of an image of this repository.", "type": "string", "pattern": "^[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*$", "patternErrorMessage": "an image name: lowercase letters and digits, with single . _ or - between them" };
const pattern3 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]*$", "u");
const pattern4 = new RegExp("^[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if ((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema15.type }, message: "must be object,null", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((((((((key0 === "sources") || (key0 === "watch")) || (key0 === "depends-on")) || (key0 === "build-args")) || (key0 === "context")) || (key0 === "target")) || (key0 === "platforms")) || (key0 === "structure-tests"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.sources !== undefined) {
        let data0 = data.sources;
        if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    if (data1.url === undefined) {
                        const err2 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/definitions/source/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema16.required, parentSchema: schema16, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                    for (const key1 in data1) {
                        if (!(((key1 === "name") || (key1 === "url")) || (key1 === "ref"))) {
                            const err3 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/definitions/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                    if (data1.name !== undefined) {
                        let data2 = data1.name;
                        if (typeof data2 === "string") {
                            if (!pattern3.test(data2)) {
                                const err4 = { instancePath: instancePath + "/sources/" + i0 + "/name", schemaPath: "#/definitions/source/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_-]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema16.properties.name, data: data2 };
                                if (vErrors === null) {
                                    vErrors = [err4];
                                }
                                else {
                                    vErrors.push(err4);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err5 = { instancePath: instancePath + "/sources/" + i0 + "/name", schemaPath: "#/definitions/source/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.name.type, parentSchema: schema16.properties.name, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                    if (data1.url !== undefined) {
                        let data3 = data1.url;
                        if (typeof data3 === "string") {
                            if (func3(data3) < 1) {
                                const err6 = { instancePath: instancePath + "/sources/" + i0 + "/url", schemaPath: "#/definitions/source/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.url, data: data3 };
                                if (vErrors === null) {
                                    vErrors = [err6];
                                }
                                else {
                                    vErrors.push(err6);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err7 = { instancePath: instancePath + "/sources/" + i0 + "/url", schemaPath: "#/definitions/source/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.url.type, parentSchema: schema16.properties.url, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    if (data1.ref !== undefined) {
                        let data4 = data1.ref;
                        if (typeof data4 === "string") {
                            if (func3(data4) < 1) {
                                const err8 = { instancePath: instancePath + "/sources/" + i0 + "/ref", schemaPath: "#/definitions/source/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.ref, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err9 = { instancePath: instancePath + "/sources/" + i0 + "/ref", schemaPath: "#/definitions/source/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.ref.type, parentSchema: schema16.properties.ref, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err10 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/definitions/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.sources.type, parentSchema: schema15.properties.sources, data: data0 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.watch !== undefined) {
        let data5 = data.watch;
        if (Array.isArray(data5)) {
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data6 = data5[i1];
                if (typeof data6 === "string") {
                    if (func3(data6) < 1) {
                        const err12 = { instancePath: instancePath + "/watch/" + i1, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                else {
                    const err13 = { instancePath: instancePath + "/watch/" + i1, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.type, parentSchema: schema17, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
        }
        else {
            const err14 = { instancePath: instancePath + "/watch", schemaPath: "#/properties/watch/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.watch.type, parentSchema: schema15.properties.watch, data: data5 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data["depends-on"] !== undefined) {
        let data7 = data["depends-on"];
        if (Array.isArray(data7)) {
            const len2 = data7.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data8 = data7[i2];
                if (typeof data8 === "string") {
                    if (!pattern4.test(data8)) {
                        const err15 = { instancePath: instancePath + "/depends-on/" + i2, schemaPath: "#/definitions/imageName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*$", parentSchema: schema18, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                else {
                    const err16 = { instancePath: instancePath + "/depends-on/" + i2, schemaPath: "#/definitions/imageName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            let i3 = data7.length;
            let j0;
            if (i3 > 1) {
                outer0: for (; i3--;) {
                    for (j0 = i3; j0--;) {
                        if (func0(data7[i3], data7[j0])) {
                            const err17 = { instancePath: instancePath + "/depends-on", schemaPath: "#/properties/depends-on/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema15.properties["depends-on"], data: data7 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/depends-on", schemaPath: "#/properties/depends-on/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties["depends-on"].type, parentSchema: schema15.properties["depends-on"], data: data7 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data["build-args"] !== undefined) {
        let data9 = data["build-args"];
        if ((!(data9 && typeof data9 == "object" && !Array.isArray(data9))) && (data9 !== null)) {
            const err19 = { instancePath: instancePath + "/build-args", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: schema19.type }, message: "must be object,null", schema: schema19.type, parentSchema: schema19, data: data9 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key2 in data9) {
                const _errs27 = errors;
                if (typeof key2 === "string") {
                    if (!pattern5.test(key2)) {
                        const err20 = { instancePath: instancePath + "/build-args", schemaPath: "#/definitions/stringMap/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema19.propertyNames, data: key2, propertyName: key2 };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
                var valid13 = _errs27 === errors;
                if (!valid13) {
                    const err21 = { instancePath: instancePath + "/build-args", schemaPath: "#/definitions/stringMap/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema19.propertyNames, parentSchema: schema19, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
            for (const key3 in data9) {
                let data10 = data9[key3];
                if (((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))) && (typeof data10 !== "boolean")) {
                    const err22 = { instancePath: instancePath + "/build-args/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema19.additionalProperties.type }, message: "must be string,number,boolean", schema: schema19.additionalProperties.type, parentSchema: schema19.additionalProperties, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.context !== undefined) {
        let data11 = data.context;
        if (typeof data11 === "string") {
            if (func3(data11) < 1) {
                const err23 = { instancePath: instancePath + "/context", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data11 };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        else {
            const err24 = { instancePath: instancePath + "/context", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data11 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.target !== undefined) {
        let data12 = data.target;
        if (typeof data12 === "string") {
            if (func3(data12) < 1) {
                const err25 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.target, data: data12 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        else {
            const err26 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.target.type, parentSchema: schema15.properties.target, data: data12 };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    if (data.platforms !== undefined) {
        let data13 = data.platforms;
        if (Array.isArray(data13)) {
            if (data13.length < 1) {
                const err27 = { instancePath: instancePath + "/platforms", schemaPath: "#/definitions/platforms/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14, data: data13 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            const len3 = data13.length;
            for (let i4 = 0; i4 < len3; i4++) {
                let data14 = data13[i4];
                if (typeof data14 === "string") {
                    if (!pattern2.test(data14)) {
                        const err28 = { instancePath: instancePath + "/platforms/" + i4, schemaPath: "#/definitions/platforms/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9.]+)?$" }, message: "must match pattern \"" + "^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9.]+)?$" + "\"", schema: "^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9.]+)?$", parentSchema: schema14.items, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
                else {
                    const err29 = { instancePath: instancePath + "/platforms/" + i4, schemaPath: "#/definitions/platforms/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.items.type, parentSchema: schema14.items, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
            let i5 = data13.length;
            let j1;
            if (i5 > 1) {
                const indices0 = {};
                for (; i5--;) {
                    let item0 = data13[i5];
                    if (typeof item0 !== "string") {
                        continue;
                    }
                    if (typeof indices0[item0] == "number") {
                        j1 = indices0[item0];
                        const err30 = { instancePath: instancePath + "/platforms", schemaPath: "#/definitions/platforms/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: true, parentSchema: schema14, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                        break;
                    }
                    indices0[item0] = i5;
                }
            }
        }
        else {
            const err31 = { instancePath: instancePath + "/platforms", schemaPath: "#/definitions/platforms/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.type, parentSchema: schema14, data: data13 };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
    }
    if (data["structure-tests"] !== undefined) {
        let data15 = data["structure-tests"];
        if ((!data15 || typeof data15 != "object") && (typeof data15 !== "string")) {
            const err32 = { instancePath: instancePath + "/structure-tests", schemaPath: "#/properties/structure-tests/type", keyword: "type", params: { type: schema15.properties["structure-tests"].type }, message: "must be string,array,object", schema: schema15.properties["structure-tests"].type, parentSchema: schema15.properties["structure-tests"], data: data15 };
            if (vErrors === null) {
                vErrors = [err32];
            }
            else {
                vErrors.push(err32);
            }
            errors++;
        }
        if (typeof data15 === "string") {
            if (func3(data15) < 1) {
                const err33 = { instancePath: instancePath + "/structure-tests", schemaPath: "#/properties/structure-tests/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties["structure-tests"], data: data15 };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        if (Array.isArray(data15)) {
            if (data15.length < 1) {
                const err34 = { instancePath: instancePath + "/structure-tests", schemaPath: "#/properties/structure-tests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties["structure-tests"], data: data15 };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
            const len4 = data15.length;
            for (let i6 = 0; i6 < len4; i6++) {
                let data16 = data15[i6];
                if (typeof data16 === "string") {
                    if (func3(data16) < 1) {
                        const err35 = { instancePath: instancePath + "/structure-tests/" + i6, schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                }
                else {
                    const err36 = { instancePath: instancePath + "/structure-tests/" + i6, schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
        }
    }
} validate11.errors = vErrors; return errors === 0; }
const schema31 = { "description": "A check run against the deployment; type says which kind.", "type": "object", "required": ["type"], "properties": { "type": { "description": "The kind of check: http, tcp, tls, exec, run or logs.", "enum": ["http", "tcp", "tls", "exec", "run", "logs"] } }, "allOf": [{ "if": { "type": "object", "properties": { "type": { "const": "http" } }, "required": ["type"] }, "then": { "$ref": "#/definitions/httpCheck" } }, { "if": { "type": "object", "properties": { "type": { "const": "tcp" } }, "required": ["type"] }, "then": { "$ref": "#/definitions/tcpCheck" } }, { "if": { "type": "object", "properties": { "type": { "const": "tls" } }, "required": ["type"] }, "then": { "$ref": "#/definitions/tlsCheck" } }, { "if": { "type": "object", "properties": { "type": { "const": "exec" } }, "required": ["type"] }, "then": { "$ref": "#/definitions/execCheck" } }, { "if": { "type": "object", "properties": { "type": { "const": "run" } }, "required": ["type"] }, "then": { "$ref": "#/definitions/runCheck" } }, { "if": { "type": "object", "properties": { "type": { "const": "logs" } }, "required": ["type"] }, "then": { "$ref": "#/definitions/logsCheck" } }] };
const schema32 = { "description": "An HTTP request that must answer with the expected status and body.", "type": "object", "additionalProperties": false, "required": ["type", "url"], "properties": { "type": { "description": "http", "const": "http" }, "name": { "description": "The name the check is reported under. Default: http <url>.", "$ref": "#/definitions/checkName" }, "timeout": { "description": "How long one attempt may take. Default: 10s.", "$ref": "#/definitions/checkTimeout" }, "retries": { "description": "How many more attempts after the first fails. Default: 20.", "$ref": "#/definitions/checkRetries" }, "interval": { "description": "The wait between attempts. Default: 3s.", "$ref": "#/definitions/checkInterval" }, "url": { "description": "The URL to request, e.g. http://localhost:8080/health.", "type": "string", "pattern": "^https?://", "patternErrorMessage": "an http:// or https:// URL" }, "method": { "description": "The request method. Default: GET.", "enum": ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"], "default": "GET" }, "headers": { "description": "Request headers by name.", "type": "object", "additionalProperties": { "type": "string" }, "default": {} }, "status": { "description": "The status that passes: a code (204), a class (\"2xx\"), or a list of them. Default: any 2xx.", "type": ["integer", "string", "array"], "minimum": 100, "maximum": 599, "pattern": "^[1-5]xx$", "patternErrorMessage": "a status code such as 200, or a class such as \"2xx\"", "minItems": 1, "items": { "type": ["integer", "string"], "minimum": 100, "maximum": 599, "pattern": "^[1-5]xx$", "patternErrorMessage": "a status code such as 200, or a class such as \"2xx\"" }, "default": "2xx" }, "body-contains": { "description": "Text the response body must contain.", "type": "string" }, "body-matches": { "description": "A regular expression the response body must match.", "$ref": "#/definitions/regex" }, "insecure": { "description": "Accept any TLS certificate. Default: false.", "type": "boolean", "default": false }, "ca": { "description": "A PEM file of CA certificates to verify the server with.", "$ref": "#/definitions/path" }, "service": { "description": "A deployed service: the request goes to where it publishes the URL's port, the URL (Host header, TLS name) staying as written, so that no host port is hard-coded.", "type": "string", "minLength": 1 } } };
const schema33 = { "description": "The name the check is reported under. Default: its type and target.", "type": "string", "minLength": 1 };
const schema35 = { "description": "How many more attempts after the first fails. Default: 20.", "type": "integer", "minimum": 0, "default": 20 };
const schema37 = { "description": "A JavaScript regular expression.", "type": "string", "minLength": 1 };
const pattern13 = new RegExp("^https?://", "u");
const pattern14 = new RegExp("^[1-5]xx$", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema32.required, parentSchema: schema32, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.url === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema32.required, parentSchema: schema32, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema32.properties, key0))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if ("http" !== data0) {
            const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "http" }, message: "must be equal to constant", schema: "http", parentSchema: schema32.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/checkName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/checkName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.timeout !== undefined) {
        let data2 = data.timeout;
        if ((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) {
            const err6 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/type", keyword: "type", params: { type: schema30.type }, message: "must be string,number", schema: schema30.type, parentSchema: schema30, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if ((typeof data2 == "number") && (isFinite(data2))) {
            if (data2 <= 0 || isNaN(data2)) {
                const err7 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema30, data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (typeof data2 === "string") {
            if (!pattern10.test(data2)) {
                const err8 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|h|m|s))+$" }, message: "must match pattern \"" + "^([0-9]+(ms|h|m|s))+$" + "\"", schema: "^([0-9]+(ms|h|m|s))+$", parentSchema: schema30, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
    }
    if (data.retries !== undefined) {
        let data3 = data.retries;
        if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
            const err9 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/checkRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data3 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if ((typeof data3 == "number") && (isFinite(data3))) {
            if (data3 < 0 || isNaN(data3)) {
                const err10 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/checkRetries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
    }
    if (data.interval !== undefined) {
        let data4 = data.interval;
        if ((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) {
            const err11 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/type", keyword: "type", params: { type: schema30.type }, message: "must be string,number", schema: schema30.type, parentSchema: schema30, data: data4 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        if ((typeof data4 == "number") && (isFinite(data4))) {
            if (data4 <= 0 || isNaN(data4)) {
                const err12 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema30, data: data4 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (typeof data4 === "string") {
            if (!pattern10.test(data4)) {
                const err13 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|h|m|s))+$" }, message: "must match pattern \"" + "^([0-9]+(ms|h|m|s))+$" + "\"", schema: "^([0-9]+(ms|h|m|s))+$", parentSchema: schema30, data: data4 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
    }
    if (data.url !== undefined) {
        let data5 = data.url;
        if (typeof data5 === "string") {
            if (!pattern13.test(data5)) {
                const err14 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: "must match pattern \"" + "^https?://" + "\"", schema: "^https?://", parentSchema: schema32.properties.url, data: data5 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.url.type, parentSchema: schema32.properties.url, data: data5 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.method !== undefined) {
        let data6 = data.method;
        if (!(((((((data6 === "GET") || (data6 === "HEAD")) || (data6 === "POST")) || (data6 === "PUT")) || (data6 === "PATCH")) || (data6 === "DELETE")) || (data6 === "OPTIONS"))) {
            const err16 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: schema32.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.method.enum, parentSchema: schema32.properties.method, data: data6 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.headers !== undefined) {
        let data7 = data.headers;
        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key1 in data7) {
                let data8 = data7[key1];
                if (typeof data8 !== "string") {
                    const err17 = { instancePath: instancePath + "/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.headers.additionalProperties.type, parentSchema: schema32.properties.headers.additionalProperties, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.headers.type, parentSchema: schema32.properties.headers, data: data7 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.status !== undefined) {
        let data9 = data.status;
        if (((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (typeof data9 !== "string")) && (!(Array.isArray(data9)))) {
            const err19 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: schema32.properties.status.type }, message: "must be integer,string,array", schema: schema32.properties.status.type, parentSchema: schema32.properties.status, data: data9 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
        if ((typeof data9 == "number") && (isFinite(data9))) {
            if (data9 > 599 || isNaN(data9)) {
                const err20 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema32.properties.status, data: data9 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if (data9 < 100 || isNaN(data9)) {
                const err21 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema32.properties.status, data: data9 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (typeof data9 === "string") {
            if (!pattern14.test(data9)) {
                const err22 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/pattern", keyword: "pattern", params: { pattern: "^[1-5]xx$" }, message: "must match pattern \"" + "^[1-5]xx$" + "\"", schema: "^[1-5]xx$", parentSchema: schema32.properties.status, data: data9 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (Array.isArray(data9)) {
            if (data9.length < 1) {
                const err23 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.status, data: data9 };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
            const len0 = data9.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data10 = data9[i0];
                if ((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (typeof data10 !== "string")) {
                    const err24 = { instancePath: instancePath + "/status/" + i0, schemaPath: "#/properties/status/items/type", keyword: "type", params: { type: schema32.properties.status.items.type }, message: "must be integer,string", schema: schema32.properties.status.items.type, parentSchema: schema32.properties.status.items, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
                if ((typeof data10 == "number") && (isFinite(data10))) {
                    if (data10 > 599 || isNaN(data10)) {
                        const err25 = { instancePath: instancePath + "/status/" + i0, schemaPath: "#/properties/status/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema32.properties.status.items, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                    if (data10 < 100 || isNaN(data10)) {
                        const err26 = { instancePath: instancePath + "/status/" + i0, schemaPath: "#/properties/status/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema32.properties.status.items, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
                if (typeof data10 === "string") {
                    if (!pattern14.test(data10)) {
                        const err27 = { instancePath: instancePath + "/status/" + i0, schemaPath: "#/properties/status/items/pattern", keyword: "pattern", params: { pattern: "^[1-5]xx$" }, message: "must match pattern \"" + "^[1-5]xx$" + "\"", schema: "^[1-5]xx$", parentSchema: schema32.properties.status.items, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                }
            }
        }
    }
    if (data["body-contains"] !== undefined) {
        let data11 = data["body-contains"];
        if (typeof data11 !== "string") {
            const err28 = { instancePath: instancePath + "/body-contains", schemaPath: "#/properties/body-contains/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties["body-contains"].type, parentSchema: schema32.properties["body-contains"], data: data11 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
    }
    if (data["body-matches"] !== undefined) {
        let data12 = data["body-matches"];
        if (typeof data12 === "string") {
            if (func3(data12) < 1) {
                const err29 = { instancePath: instancePath + "/body-matches", schemaPath: "#/definitions/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data12 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        else {
            const err30 = { instancePath: instancePath + "/body-matches", schemaPath: "#/definitions/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data12 };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
    }
    if (data.insecure !== undefined) {
        let data13 = data.insecure;
        if (typeof data13 !== "boolean") {
            const err31 = { instancePath: instancePath + "/insecure", schemaPath: "#/properties/insecure/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.insecure.type, parentSchema: schema32.properties.insecure, data: data13 };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
    }
    if (data.ca !== undefined) {
        let data14 = data.ca;
        if (typeof data14 === "string") {
            if (func3(data14) < 1) {
                const err32 = { instancePath: instancePath + "/ca", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data14 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        else {
            const err33 = { instancePath: instancePath + "/ca", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data14 };
            if (vErrors === null) {
                vErrors = [err33];
            }
            else {
                vErrors.push(err33);
            }
            errors++;
        }
    }
    if (data.service !== undefined) {
        let data15 = data.service;
        if (typeof data15 === "string") {
            if (func3(data15) < 1) {
                const err34 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.service, data: data15 };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
        }
        else {
            const err35 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.service.type, parentSchema: schema32.properties.service, data: data15 };
            if (vErrors === null) {
                vErrors = [err35];
            }
            else {
                vErrors.push(err35);
            }
            errors++;
        }
    }
}
else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
        vErrors = [err36];
    }
    else {
        vErrors.push(err36);
    }
    errors++;
} validate14.errors = vErrors; return errors === 0; }
const schema39 = { "description": "A TCP connection that must be accepted.", "type": "object", "additionalProperties": false, "required": ["type", "port"], "properties": { "type": { "description": "tcp", "const": "tcp" }, "name": { "description": "The name the check is reported under. Default: tcp <host>:<port>.", "$ref": "#/definitions/checkName" }, "timeout": { "description": "How long one attempt may take. Default: 10s.", "$ref": "#/definitions/checkTimeout" }, "retries": { "description": "How many more attempts after the first fails. Default: 20.", "$ref": "#/definitions/checkRetries" }, "interval": { "description": "The wait between attempts. Default: 3s.", "$ref": "#/definitions/checkInterval" }, "host": { "description": "The host to connect to. Default: localhost.", "type": "string", "minLength": 1, "default": "localhost" }, "port": { "description": "The port to connect to; with service, the service's container port.", "$ref": "#/definitions/port" }, "service": { "description": "A deployed service: the check connects to where it publishes port (or to its container's address). Use instead of host.", "type": "string", "minLength": 1 } } };
const schema44 = { "description": "A TCP port number.", "type": "integer", "minimum": 1, "maximum": 65535 };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema39.required, parentSchema: schema39, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.port === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property '" + "port" + "'", schema: schema39.required, parentSchema: schema39, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((((key0 === "type") || (key0 === "name")) || (key0 === "timeout")) || (key0 === "retries")) || (key0 === "interval")) || (key0 === "host")) || (key0 === "port")) || (key0 === "service"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if ("tcp" !== data0) {
            const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "tcp" }, message: "must be equal to constant", schema: "tcp", parentSchema: schema39.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/checkName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/checkName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.timeout !== undefined) {
        let data2 = data.timeout;
        if ((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) {
            const err6 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/type", keyword: "type", params: { type: schema30.type }, message: "must be string,number", schema: schema30.type, parentSchema: schema30, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if ((typeof data2 == "number") && (isFinite(data2))) {
            if (data2 <= 0 || isNaN(data2)) {
                const err7 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema30, data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (typeof data2 === "string") {
            if (!pattern10.test(data2)) {
                const err8 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|h|m|s))+$" }, message: "must match pattern \"" + "^([0-9]+(ms|h|m|s))+$" + "\"", schema: "^([0-9]+(ms|h|m|s))+$", parentSchema: schema30, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
    }
    if (data.retries !== undefined) {
        let data3 = data.retries;
        if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
            const err9 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/checkRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data3 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if ((typeof data3 == "number") && (isFinite(data3))) {
            if (data3 < 0 || isNaN(data3)) {
                const err10 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/checkRetries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
    }
    if (data.interval !== undefined) {
        let data4 = data.interval;
        if ((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) {
            const err11 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/type", keyword: "type", params: { type: schema30.type }, message: "must be string,number", schema: schema30.type, parentSchema: schema30, data: data4 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        if ((typeof data4 == "number") && (isFinite(data4))) {
            if (data4 <= 0 || isNaN(data4)) {
                const err12 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema30, data: data4 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (typeof data4 === "string") {
            if (!pattern10.test(data4)) {
                const err13 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|h|m|s))+$" }, message: "must match pattern \"" + "^([0-9]+(ms|h|m|s))+$" + "\"", schema: "^([0-9]+(ms|h|m|s))+$", parentSchema: schema30, data: data4 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
    }
    if (data.host !== undefined) {
        let data5 = data.host;
        if (typeof data5 === "string") {
            if (func3(data5) < 1) {
                const err14 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.host, data: data5 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.host.type, parentSchema: schema39.properties.host, data: data5 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.port !== undefined) {
        let data6 = data.port;
        if (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) {
            const err16 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.type, parentSchema: schema44, data: data6 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
        if ((typeof data6 == "number") && (isFinite(data6))) {
            if (data6 > 65535 || isNaN(data6)) {
                const err17 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema44, data: data6 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            if (data6 < 1 || isNaN(data6)) {
                const err18 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44, data: data6 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
    }
    if (data.service !== undefined) {
        let data7 = data.service;
        if (typeof data7 === "string") {
            if (func3(data7) < 1) {
                const err19 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.service, data: data7 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        else {
            const err20 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.service.type, parentSchema: schema39.properties.service, data: data7 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
}
else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
        vErrors = [err21];
    }
    else {
        vErrors.push(err21);
    }
    errors++;
} validate16.errors = vErrors; return errors === 0; }
const schema45 = { "description": "A TLS handshake that must succeed; the certificate is verified unless insecure is true.", "type": "object", "additionalProperties": false, "required": ["type", "port"], "properties": { "type": { "description": "tls", "const": "tls" }, "name": { "description": "The name the check is reported under. Default: tls <host>:<port>.", "$ref": "#/definitions/checkName" }, "timeout": { "description": "How long one attempt may take. Default: 10s.", "$ref": "#/definitions/checkTimeout" }, "retries": { "description": "How many more attempts after the first fails. Default: 20.", "$ref": "#/definitions/checkRetries" }, "interval": { "description": "The wait between attempts. Default: 3s.", "$ref": "#/definitions/checkInterval" }, "host": { "description": "The host to connect to. Default: localhost.", "type": "string", "minLength": 1, "default": "localhost" }, "port": { "description": "The port to connect to; with service, the service's container port.", "$ref": "#/definitions/port" }, "server-name": { "description": "The name sent in SNI and verified in the certificate. Default: host.", "type": "string", "minLength": 1 }, "insecure": { "description": "Accept any certificate. Default: false.", "type": "boolean", "default": false }, "ca": { "description": "A PEM file of CA certificates to verify the server with.", "$ref": "#/definitions/path" }, "service": { "description": "A deployed service: the check connects to where it publishes port (or to its container's address). Use instead of host.", "type": "string", "minLength": 1 } } };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema45.required, parentSchema: schema45, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.port === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property '" + "port" + "'", schema: schema45.required, parentSchema: schema45, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema45.properties, key0))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if ("tls" !== data0) {
            const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "tls" }, message: "must be equal to constant", schema: "tls", parentSchema: schema45.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/checkName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/checkName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.timeout !== undefined) {
        let data2 = data.timeout;
        if ((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) {
            const err6 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/type", keyword: "type", params: { type: schema30.type }, message: "must be string,number", schema: schema30.type, parentSchema: schema30, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if ((typeof data2 == "number") && (isFinite(data2))) {
            if (data2 <= 0 || isNaN(data2)) {
                const err7 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema30, data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (typeof data2 === "string") {
            if (!pattern10.test(data2)) {
                const err8 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|h|m|s))+$" }, message: "must match pattern \"" + "^([0-9]+(ms|h|m|s))+$" + "\"", schema: "^([0-9]+(ms|h|m|s))+$", parentSchema: schema30, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
    }
    if (data.retries !== undefined) {
        let data3 = data.retries;
        if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
            const err9 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/checkRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data3 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if ((typeof data3 == "number") && (isFinite(data3))) {
            if (data3 < 0 || isNaN(data3)) {
                const err10 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/checkRetries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
    }
    if (data.interval !== undefined) {
        let data4 = data.interval;
        if ((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) {
            const err11 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/type", keyword: "type", params: { type: schema30.type }, message: "must be string,number", schema: schema30.type, parentSchema: schema30, data: data4 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        if ((typeof data4 == "number") && (isFinite(data4))) {
            if (data4 <= 0 || isNaN(data4)) {
                const err12 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema30, data: data4 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (typeof data4 === "string") {
            if (!pattern10.test(data4)) {
                const err13 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|h|m|s))+$" }, message: "must match pattern \"" + "^([0-9]+(ms|h|m|s))+$" + "\"", schema: "^([0-9]+(ms|h|m|s))+$", parentSchema: schema30, data: data4 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
    }
    if (data.host !== undefined) {
        let data5 = data.host;
        if (typeof data5 === "string") {
            if (func3(data5) < 1) {
                const err14 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.host, data: data5 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.host.type, parentSchema: schema45.properties.host, data: data5 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.port !== undefined) {
        let data6 = data.port;
        if (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) {
            const err16 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.type, parentSchema: schema44, data: data6 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
        if ((typeof data6 == "number") && (isFinite(data6))) {
            if (data6 > 65535 || isNaN(data6)) {
                const err17 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema44, data: data6 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            if (data6 < 1 || isNaN(data6)) {
                const err18 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44, data: data6 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
    }
    if (data["server-name"] !== undefined) {
        let data7 = data["server-name"];
        if (typeof data7 === "string") {
            if (func3(data7) < 1) {
                const err19 = { instancePath: instancePath + "/server-name", schemaPath: "#/properties/server-name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties["server-name"], data: data7 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        else {
            const err20 = { instancePath: instancePath + "/server-name", schemaPath: "#/properties/server-name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties["server-name"].type, parentSchema: schema45.properties["server-name"], data: data7 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.insecure !== undefined) {
        let data8 = data.insecure;
        if (typeof data8 !== "boolean") {
            const err21 = { instancePath: instancePath + "/insecure", schemaPath: "#/properties/insecure/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema45.properties.insecure.type, parentSchema: schema45.properties.insecure, data: data8 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data.ca !== undefined) {
        let data9 = data.ca;
        if (typeof data9 === "string") {
            if (func3(data9) < 1) {
                const err22 = { instancePath: instancePath + "/ca", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data9 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        else {
            const err23 = { instancePath: instancePath + "/ca", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data9 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
    }
    if (data.service !== undefined) {
        let data10 = data.service;
        if (typeof data10 === "string") {
            if (func3(data10) < 1) {
                const err24 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.service, data: data10 };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        else {
            const err25 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.service.type, parentSchema: schema45.properties.service, data: data10 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
}
else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
        vErrors = [err26];
    }
    else {
        vErrors.push(err26);
    }
    errors++;
} validate18.errors = vErrors; return errors === 0; }
const schema52 = { "description": "A command run inside a deployed service's container.", "type": "object", "additionalProperties": false, "required": ["type", "service", "command"], "properties": { "type": { "description": "exec", "const": "exec" }, "name": { "description": "The name the check is reported under. Default: exec <service>: <command>.", "$ref": "#/definitions/checkName" }, "timeout": { "description": "How long one attempt may take. Default: 10s.", "$ref": "#/definitions/checkTimeout" }, "retries": { "description": "How many more attempts after the first fails. Default: 20.", "$ref": "#/definitions/checkRetries" }, "interval": { "description": "The wait between attempts. Default: 3s.", "$ref": "#/definitions/checkInterval" }, "service": { "description": "The service whose container runs the command.", "type": "string", "minLength": 1 }, "command": { "description": "The command, as a list of arguments.", "$ref": "#/definitions/argv" }, "exit-code": { "description": "The exit code that passes. Default: 0.", "$ref": "#/definitions/exitCode" }, "output-contains": { "description": "Text the output (stdout and stderr) must contain.", "type": "string" }, "output-matches": { "description": "A regular expression the output (stdout and stderr) must match.", "$ref": "#/definitions/regex" } } };
const schema58 = { "description": "The exit code that passes. Default: 0.", "type": "integer", "minimum": 0, "maximum": 255, "default": 0 };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema52.required, parentSchema: schema52, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.service === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property '" + "service" + "'", schema: schema52.required, parentSchema: schema52, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.command === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property '" + "command" + "'", schema: schema52.required, parentSchema: schema52, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema52.properties, key0))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if ("exec" !== data0) {
            const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "exec" }, message: "must be equal to constant", schema: "exec", parentSchema: schema52.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err5 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/checkName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/checkName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.timeout !== undefined) {
        let data2 = data.timeout;
        if ((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) {
            const err7 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/type", keyword: "type", params: { type: schema30.type }, message: "must be string,number", schema: schema30.type, parentSchema: schema30, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if ((typeof data2 == "number") && (isFinite(data2))) {
            if (data2 <= 0 || isNaN(data2)) {
                const err8 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema30, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (typeof data2 === "string") {
            if (!pattern10.test(data2)) {
                const err9 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|h|m|s))+$" }, message: "must match pattern \"" + "^([0-9]+(ms|h|m|s))+$" + "\"", schema: "^([0-9]+(ms|h|m|s))+$", parentSchema: schema30, data: data2 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
    }
    if (data.retries !== undefined) {
        let data3 = data.retries;
        if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
            const err10 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/checkRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data3 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if ((typeof data3 == "number") && (isFinite(data3))) {
            if (data3 < 0 || isNaN(data3)) {
                const err11 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/checkRetries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35, data: data3 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
    }
    if (data.interval !== undefined) {
        let data4 = data.interval;
        if ((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) {
            const err12 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/type", keyword: "type", params: { type: schema30.type }, message: "must be string,number", schema: schema30.type, parentSchema: schema30, data: data4 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
        if ((typeof data4 == "number") && (isFinite(data4))) {
            if (data4 <= 0 || isNaN(data4)) {
                const err13 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema30, data: data4 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (typeof data4 === "string") {
            if (!pattern10.test(data4)) {
                const err14 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|h|m|s))+$" }, message: "must match pattern \"" + "^([0-9]+(ms|h|m|s))+$" + "\"", schema: "^([0-9]+(ms|h|m|s))+$", parentSchema: schema30, data: data4 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
    }
    if (data.service !== undefined) {
        let data5 = data.service;
        if (typeof data5 === "string") {
            if (func3(data5) < 1) {
                const err15 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.service, data: data5 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        else {
            const err16 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.service.type, parentSchema: schema52.properties.service, data: data5 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.command !== undefined) {
        let data6 = data.command;
        if (Array.isArray(data6)) {
            if (data6.length < 1) {
                const err17 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/argv/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema26, data: data6 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data7 = data6[i0];
                if (typeof data7 !== "string") {
                    const err18 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/definitions/argv/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.items.type, parentSchema: schema26.items, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/argv/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.type, parentSchema: schema26, data: data6 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data["exit-code"] !== undefined) {
        let data8 = data["exit-code"];
        if (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) {
            const err20 = { instancePath: instancePath + "/exit-code", schemaPath: "#/definitions/exitCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema58.type, parentSchema: schema58, data: data8 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
        if ((typeof data8 == "number") && (isFinite(data8))) {
            if (data8 > 255 || isNaN(data8)) {
                const err21 = { instancePath: instancePath + "/exit-code", schemaPath: "#/definitions/exitCode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema58, data: data8 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            if (data8 < 0 || isNaN(data8)) {
                const err22 = { instancePath: instancePath + "/exit-code", schemaPath: "#/definitions/exitCode/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema58, data: data8 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
    }
    if (data["output-contains"] !== undefined) {
        let data9 = data["output-contains"];
        if (typeof data9 !== "string") {
            const err23 = { instancePath: instancePath + "/output-contains", schemaPath: "#/properties/output-contains/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties["output-contains"].type, parentSchema: schema52.properties["output-contains"], data: data9 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
    }
    if (data["output-matches"] !== undefined) {
        let data10 = data["output-matches"];
        if (typeof data10 === "string") {
            if (func3(data10) < 1) {
                const err24 = { instancePath: instancePath + "/output-matches", schemaPath: "#/definitions/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data10 };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        else {
            const err25 = { instancePath: instancePath + "/output-matches", schemaPath: "#/definitions/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data10 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
}
else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
        vErrors = [err26];
    }
    else {
        vErrors.push(err26);
    }
    errors++;
} validate20.errors = vErrors; return errors === 0; }
const schema60 = { "description": "A program run on the runner with the endpoints and image references in its environment: script (a file) or command (a list of arguments).", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "description": "run", "const": "run" }, "name": { "description": "The name the check is reported under. Default: run <script or command>.", "$ref": "#/definitions/checkName" }, "timeout": { "description": "How long one attempt may take. Default: 10s.", "$ref": "#/definitions/checkTimeout" }, "retries": { "description": "How many more attempts after the first fails. Default: 20.", "$ref": "#/definitions/checkRetries" }, "interval": { "description": "The wait between attempts. Default: 3s.", "$ref": "#/definitions/checkInterval" }, "script": { "description": "An executable file of the repository to run. Use script or command.", "$ref": "#/definitions/path" }, "command": { "description": "The command, as a list of arguments. Use script or command.", "$ref": "#/definitions/argv" }, "exit-code": { "description": "The exit code that passes. Default: 0.", "$ref": "#/definitions/exitCode" }, "output-contains": { "description": "Text the output (stdout and stderr) must contain.", "type": "string" }, "output-matches": { "description": "A regular expression the output (stdout and stderr) must match.", "$ref": "#/definitions/regex" } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema60.required, parentSchema: schema60, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema60.properties, key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if ("run" !== data0) {
            const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "run" }, message: "must be equal to constant", schema: "run", parentSchema: schema60.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err3 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/checkName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/checkName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.timeout !== undefined) {
        let data2 = data.timeout;
        if ((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) {
            const err5 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/type", keyword: "type", params: { type: schema30.type }, message: "must be string,number", schema: schema30.type, parentSchema: schema30, data: data2 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if ((typeof data2 == "number") && (isFinite(data2))) {
            if (data2 <= 0 || isNaN(data2)) {
                const err6 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema30, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (typeof data2 === "string") {
            if (!pattern10.test(data2)) {
                const err7 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|h|m|s))+$" }, message: "must match pattern \"" + "^([0-9]+(ms|h|m|s))+$" + "\"", schema: "^([0-9]+(ms|h|m|s))+$", parentSchema: schema30, data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
    }
    if (data.retries !== undefined) {
        let data3 = data.retries;
        if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
            const err8 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/checkRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data3 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if ((typeof data3 == "number") && (isFinite(data3))) {
            if (data3 < 0 || isNaN(data3)) {
                const err9 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/checkRetries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35, data: data3 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
    }
    if (data.interval !== undefined) {
        let data4 = data.interval;
        if ((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) {
            const err10 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/type", keyword: "type", params: { type: schema30.type }, message: "must be string,number", schema: schema30.type, parentSchema: schema30, data: data4 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if ((typeof data4 == "number") && (isFinite(data4))) {
            if (data4 <= 0 || isNaN(data4)) {
                const err11 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema30, data: data4 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (typeof data4 === "string") {
            if (!pattern10.test(data4)) {
                const err12 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|h|m|s))+$" }, message: "must match pattern \"" + "^([0-9]+(ms|h|m|s))+$" + "\"", schema: "^([0-9]+(ms|h|m|s))+$", parentSchema: schema30, data: data4 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
    }
    if (data.script !== undefined) {
        let data5 = data.script;
        if (typeof data5 === "string") {
            if (func3(data5) < 1) {
                const err13 = { instancePath: instancePath + "/script", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data5 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        else {
            const err14 = { instancePath: instancePath + "/script", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data5 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.command !== undefined) {
        let data6 = data.command;
        if (Array.isArray(data6)) {
            if (data6.length < 1) {
                const err15 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/argv/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema26, data: data6 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data7 = data6[i0];
                if (typeof data7 !== "string") {
                    const err16 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/definitions/argv/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.items.type, parentSchema: schema26.items, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
        }
        else {
            const err17 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/argv/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.type, parentSchema: schema26, data: data6 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data["exit-code"] !== undefined) {
        let data8 = data["exit-code"];
        if (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) {
            const err18 = { instancePath: instancePath + "/exit-code", schemaPath: "#/definitions/exitCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema58.type, parentSchema: schema58, data: data8 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
        if ((typeof data8 == "number") && (isFinite(data8))) {
            if (data8 > 255 || isNaN(data8)) {
                const err19 = { instancePath: instancePath + "/exit-code", schemaPath: "#/definitions/exitCode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema58, data: data8 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            if (data8 < 0 || isNaN(data8)) {
                const err20 = { instancePath: instancePath + "/exit-code", schemaPath: "#/definitions/exitCode/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema58, data: data8 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
    }
    if (data["output-contains"] !== undefined) {
        let data9 = data["output-contains"];
        if (typeof data9 !== "string") {
            const err21 = { instancePath: instancePath + "/output-contains", schemaPath: "#/properties/output-contains/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties["output-contains"].type, parentSchema: schema60.properties["output-contains"], data: data9 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data["output-matches"] !== undefined) {
        let data10 = data["output-matches"];
        if (typeof data10 === "string") {
            if (func3(data10) < 1) {
                const err22 = { instancePath: instancePath + "/output-matches", schemaPath: "#/definitions/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data10 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        else {
            const err23 = { instancePath: instancePath + "/output-matches", schemaPath: "#/definitions/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data10 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
    }
}
else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.type, parentSchema: schema60, data };
    if (vErrors === null) {
        vErrors = [err24];
    }
    else {
        vErrors.push(err24);
    }
    errors++;
} validate22.errors = vErrors; return errors === 0; }
const schema69 = { "description": "A deployed service's logs must contain a pattern (or, with absent: true, must not).", "type": "object", "additionalProperties": false, "required": ["type", "service", "pattern"], "properties": { "type": { "description": "logs", "const": "logs" }, "name": { "description": "The name the check is reported under. Default: logs <service>: <pattern>.", "$ref": "#/definitions/checkName" }, "timeout": { "description": "How long one attempt may take. Default: 10s.", "$ref": "#/definitions/checkTimeout" }, "retries": { "description": "How many more attempts after the first fails. Default: 20.", "$ref": "#/definitions/checkRetries" }, "interval": { "description": "The wait between attempts. Default: 3s.", "$ref": "#/definitions/checkInterval" }, "service": { "description": "The service whose logs are read.", "type": "string", "minLength": 1 }, "pattern": { "description": "A regular expression searched for in the logs.", "$ref": "#/definitions/regex" }, "absent": { "description": "The pattern must NOT appear. Default: false.", "type": "boolean", "default": false } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema69.required, parentSchema: schema69, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.service === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property '" + "service" + "'", schema: schema69.required, parentSchema: schema69, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.pattern === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property '" + "pattern" + "'", schema: schema69.required, parentSchema: schema69, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((((key0 === "type") || (key0 === "name")) || (key0 === "timeout")) || (key0 === "retries")) || (key0 === "interval")) || (key0 === "service")) || (key0 === "pattern")) || (key0 === "absent"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema69, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if ("logs" !== data0) {
            const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "logs" }, message: "must be equal to constant", schema: "logs", parentSchema: schema69.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err5 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/checkName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/checkName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.timeout !== undefined) {
        let data2 = data.timeout;
        if ((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) {
            const err7 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/type", keyword: "type", params: { type: schema30.type }, message: "must be string,number", schema: schema30.type, parentSchema: schema30, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if ((typeof data2 == "number") && (isFinite(data2))) {
            if (data2 <= 0 || isNaN(data2)) {
                const err8 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema30, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (typeof data2 === "string") {
            if (!pattern10.test(data2)) {
                const err9 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/checkTimeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|h|m|s))+$" }, message: "must match pattern \"" + "^([0-9]+(ms|h|m|s))+$" + "\"", schema: "^([0-9]+(ms|h|m|s))+$", parentSchema: schema30, data: data2 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
    }
    if (data.retries !== undefined) {
        let data3 = data.retries;
        if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
            const err10 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/checkRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data3 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if ((typeof data3 == "number") && (isFinite(data3))) {
            if (data3 < 0 || isNaN(data3)) {
                const err11 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/checkRetries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35, data: data3 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
    }
    if (data.interval !== undefined) {
        let data4 = data.interval;
        if ((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) {
            const err12 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/type", keyword: "type", params: { type: schema30.type }, message: "must be string,number", schema: schema30.type, parentSchema: schema30, data: data4 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
        if ((typeof data4 == "number") && (isFinite(data4))) {
            if (data4 <= 0 || isNaN(data4)) {
                const err13 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema30, data: data4 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (typeof data4 === "string") {
            if (!pattern10.test(data4)) {
                const err14 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/checkInterval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|h|m|s))+$" }, message: "must match pattern \"" + "^([0-9]+(ms|h|m|s))+$" + "\"", schema: "^([0-9]+(ms|h|m|s))+$", parentSchema: schema30, data: data4 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
    }
    if (data.service !== undefined) {
        let data5 = data.service;
        if (typeof data5 === "string") {
            if (func3(data5) < 1) {
                const err15 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema69.properties.service, data: data5 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        else {
            const err16 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.service.type, parentSchema: schema69.properties.service, data: data5 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.pattern !== undefined) {
        let data6 = data.pattern;
        if (typeof data6 === "string") {
            if (func3(data6) < 1) {
                const err17 = { instancePath: instancePath + "/pattern", schemaPath: "#/definitions/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data6 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/pattern", schemaPath: "#/definitions/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data6 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.absent !== undefined) {
        let data7 = data.absent;
        if (typeof data7 !== "boolean") {
            const err19 = { instancePath: instancePath + "/absent", schemaPath: "#/properties/absent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema69.properties.absent.type, parentSchema: schema69.properties.absent, data: data7 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
}
else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.type, parentSchema: schema69, data };
    if (vErrors === null) {
        vErrors = [err20];
    }
    else {
        vErrors.push(err20);
    }
    errors++;
} validate24.errors = vErrors; return errors === 0; }
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs2 = errors; let valid1 = true; const _errs3 = errors; if (errors === _errs3) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((data.type === undefined) && (missing0 = "type")) {
            const err0 = {};
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        else {
            if (data.type !== undefined) {
                if ("http" !== data.type) {
                    const err1 = {};
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err2 = {};
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
} var _valid0 = _errs3 === errors; errors = _errs2; if (vErrors !== null) {
    if (_errs2) {
        vErrors.length = _errs2;
    }
    else {
        vErrors = null;
    }
} if (_valid0) {
    const _errs6 = errors;
    if (!(validate14(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
    }
    var _valid0 = _errs6 === errors;
    valid1 = _valid0;
} if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema31.allOf[0].if, parentSchema: schema31.allOf[0], data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} const _errs8 = errors; let valid3 = true; const _errs9 = errors; if (errors === _errs9) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if ((data.type === undefined) && (missing1 = "type")) {
            const err4 = {};
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        else {
            if (data.type !== undefined) {
                if ("tcp" !== data.type) {
                    const err5 = {};
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err6 = {};
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
} var _valid1 = _errs9 === errors; errors = _errs8; if (vErrors !== null) {
    if (_errs8) {
        vErrors.length = _errs8;
    }
    else {
        vErrors = null;
    }
} if (_valid1) {
    const _errs12 = errors;
    if (!(validate16(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
    }
    var _valid1 = _errs12 === errors;
    valid3 = _valid1;
} if (!valid3) {
    const err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema31.allOf[1].if, parentSchema: schema31.allOf[1], data };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} const _errs14 = errors; let valid5 = true; const _errs15 = errors; if (errors === _errs15) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if ((data.type === undefined) && (missing2 = "type")) {
            const err8 = {};
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        else {
            if (data.type !== undefined) {
                if ("tls" !== data.type) {
                    const err9 = {};
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err10 = {};
        if (vErrors === null) {
            vErrors = [err10];
        }
        else {
            vErrors.push(err10);
        }
        errors++;
    }
} var _valid2 = _errs15 === errors; errors = _errs14; if (vErrors !== null) {
    if (_errs14) {
        vErrors.length = _errs14;
    }
    else {
        vErrors = null;
    }
} if (_valid2) {
    const _errs18 = errors;
    if (!(validate18(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
    }
    var _valid2 = _errs18 === errors;
    valid5 = _valid2;
} if (!valid5) {
    const err11 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema31.allOf[2].if, parentSchema: schema31.allOf[2], data };
    if (vErrors === null) {
        vErrors = [err11];
    }
    else {
        vErrors.push(err11);
    }
    errors++;
} const _errs20 = errors; let valid7 = true; const _errs21 = errors; if (errors === _errs21) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing3;
        if ((data.type === undefined) && (missing3 = "type")) {
            const err12 = {};
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
        else {
            if (data.type !== undefined) {
                if ("exec" !== data.type) {
                    const err13 = {};
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err14 = {};
        if (vErrors === null) {
            vErrors = [err14];
        }
        else {
            vErrors.push(err14);
        }
        errors++;
    }
} var _valid3 = _errs21 === errors; errors = _errs20; if (vErrors !== null) {
    if (_errs20) {
        vErrors.length = _errs20;
    }
    else {
        vErrors = null;
    }
} if (_valid3) {
    const _errs24 = errors;
    if (!(validate20(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
        errors = vErrors.length;
    }
    var _valid3 = _errs24 === errors;
    valid7 = _valid3;
} if (!valid7) {
    const err15 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema31.allOf[3].if, parentSchema: schema31.allOf[3], data };
    if (vErrors === null) {
        vErrors = [err15];
    }
    else {
        vErrors.push(err15);
    }
    errors++;
} const _errs26 = errors; let valid9 = true; const _errs27 = errors; if (errors === _errs27) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing4;
        if ((data.type === undefined) && (missing4 = "type")) {
            const err16 = {};
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
        else {
            if (data.type !== undefined) {
                if ("run" !== data.type) {
                    const err17 = {};
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err18 = {};
        if (vErrors === null) {
            vErrors = [err18];
        }
        else {
            vErrors.push(err18);
        }
        errors++;
    }
} var _valid4 = _errs27 === errors; errors = _errs26; if (vErrors !== null) {
    if (_errs26) {
        vErrors.length = _errs26;
    }
    else {
        vErrors = null;
    }
} if (_valid4) {
    const _errs30 = errors;
    if (!(validate22(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
    }
    var _valid4 = _errs30 === errors;
    valid9 = _valid4;
} if (!valid9) {
    const err19 = { instancePath, schemaPath: "#/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema31.allOf[4].if, parentSchema: schema31.allOf[4], data };
    if (vErrors === null) {
        vErrors = [err19];
    }
    else {
        vErrors.push(err19);
    }
    errors++;
} const _errs32 = errors; let valid11 = true; const _errs33 = errors; if (errors === _errs33) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing5;
        if ((data.type === undefined) && (missing5 = "type")) {
            const err20 = {};
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
        else {
            if (data.type !== undefined) {
                if ("logs" !== data.type) {
                    const err21 = {};
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err22 = {};
        if (vErrors === null) {
            vErrors = [err22];
        }
        else {
            vErrors.push(err22);
        }
        errors++;
    }
} var _valid5 = _errs33 === errors; errors = _errs32; if (vErrors !== null) {
    if (_errs32) {
        vErrors.length = _errs32;
    }
    else {
        vErrors = null;
    }
} if (_valid5) {
    const _errs36 = errors;
    if (!(validate24(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
    }
    var _valid5 = _errs36 === errors;
    valid11 = _valid5;
} if (!valid11) {
    const err23 = { instancePath, schemaPath: "#/allOf/5/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema31.allOf[5].if, parentSchema: schema31.allOf[5], data };
    if (vErrors === null) {
        vErrors = [err23];
    }
    else {
        vErrors.push(err23);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err24 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err24];
        }
        else {
            vErrors.push(err24);
        }
        errors++;
    }
    if (data.type !== undefined) {
        let data6 = data.type;
        if (!((((((data6 === "http") || (data6 === "tcp")) || (data6 === "tls")) || (data6 === "exec")) || (data6 === "run")) || (data6 === "logs"))) {
            const err25 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.type.enum, parentSchema: schema31.properties.type, data: data6 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
}
else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
        vErrors = [err26];
    }
    else {
        vErrors.push(err26);
    }
    errors++;
} validate13.errors = vErrors; return errors === 0; }
const schema75 = { "description": "Tags matching the pattern are deleted when older than older-than, except the newest keep-last of them. At least one of older-than and keep-last is needed.", "type": "object", "additionalProperties": false, "required": ["tags"], "properties": { "tags": { "description": "A glob matched against tag names, e.g. \"pr-*\".", "$ref": "#/definitions/glob" }, "older-than": { "description": "Age past which a matching tag is deleted: hours, days or weeks, e.g. \"12h\", \"7d\", \"6w\".", "type": "string", "pattern": "^[0-9]+[hdw]$", "patternErrorMessage": "an age in hours, days or weeks, such as \"12h\", \"7d\" or \"6w\"" }, "keep-last": { "description": "How many of the newest matching tags are always kept.", "type": "integer", "minimum": 0 } } };
const pattern26 = new RegExp("^[0-9]+[hdw]$", "u");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tags === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property '" + "tags" + "'", schema: schema75.required, parentSchema: schema75, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "tags") || (key0 === "older-than")) || (key0 === "keep-last"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema75, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.tags !== undefined) {
        let data0 = data.tags;
        if (typeof data0 === "string") {
            if (func3(data0) < 1) {
                const err2 = { instancePath: instancePath + "/tags", schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/tags", schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.type, parentSchema: schema17, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data["older-than"] !== undefined) {
        let data1 = data["older-than"];
        if (typeof data1 === "string") {
            if (!pattern26.test(data1)) {
                const err4 = { instancePath: instancePath + "/older-than", schemaPath: "#/properties/older-than/pattern", keyword: "pattern", params: { pattern: "^[0-9]+[hdw]$" }, message: "must match pattern \"" + "^[0-9]+[hdw]$" + "\"", schema: "^[0-9]+[hdw]$", parentSchema: schema75.properties["older-than"], data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/older-than", schemaPath: "#/properties/older-than/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.properties["older-than"].type, parentSchema: schema75.properties["older-than"], data: data1 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data["keep-last"] !== undefined) {
        let data2 = data["keep-last"];
        if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
            const err6 = { instancePath: instancePath + "/keep-last", schemaPath: "#/properties/keep-last/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema75.properties["keep-last"].type, parentSchema: schema75.properties["keep-last"], data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if ((typeof data2 == "number") && (isFinite(data2))) {
            if (data2 < 0 || isNaN(data2)) {
                const err7 = { instancePath: instancePath + "/keep-last", schemaPath: "#/properties/keep-last/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema75.properties["keep-last"], data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
    }
}
else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema75.type, parentSchema: schema75, data };
    if (vErrors === null) {
        vErrors = [err8];
    }
    else {
        vErrors.push(err8);
    }
    errors++;
} validate27.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if ((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema11.type }, message: "must be object,null", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func2.call(schema11.properties, key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data0 = data.version;
        if (1 !== data0) {
            const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.registry !== undefined) {
        let data1 = data.registry;
        if (typeof data1 === "string") {
            if (!pattern0.test(data1)) {
                const err3 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]+)?(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*)?$" }, message: "must match pattern \"" + "^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]+)?(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*)?$" + "\"", schema: "^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]+)?(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*)?$", parentSchema: schema11.properties.registry, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.registry.type, parentSchema: schema11.properties.registry, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.prefix !== undefined) {
        let data2 = data.prefix;
        if (typeof data2 === "string") {
            if (!pattern1.test(data2)) {
                const err5 = { instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9][a-z0-9._/-]*)?$" }, message: "must match pattern \"" + "^([a-z0-9][a-z0-9._/-]*)?$" + "\"", schema: "^([a-z0-9][a-z0-9._/-]*)?$", parentSchema: schema11.properties.prefix, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.prefix.type, parentSchema: schema11.properties.prefix, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data["images-dir"] !== undefined) {
        let data3 = data["images-dir"];
        if (typeof data3 === "string") {
            if (func3(data3) < 1) {
                const err7 = { instancePath: instancePath + "/images-dir", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data3 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/images-dir", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data3 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.template !== undefined) {
        let data4 = data.template;
        if ((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)) {
            const err9 = { instancePath: instancePath + "/template", schemaPath: "#/properties/template/type", keyword: "type", params: { type: schema11.properties.template.type }, message: "must be object,null", schema: schema11.properties.template.type, parentSchema: schema11.properties.template, data: data4 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key1 in data4) {
                if (!((key1 === "variables") || (key1 === "extensions"))) {
                    const err10 = { instancePath: instancePath + "/template", schemaPath: "#/properties/template/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.template, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data4.variables !== undefined) {
                let data5 = data4.variables;
                if ((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)) {
                    const err11 = { instancePath: instancePath + "/template/variables", schemaPath: "#/properties/template/properties/variables/type", keyword: "type", params: { type: schema11.properties.template.properties.variables.type }, message: "must be object,null", schema: schema11.properties.template.properties.variables.type, parentSchema: schema11.properties.template.properties.variables, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            if (data4.extensions !== undefined) {
                let data6 = data4.extensions;
                if (typeof data6 === "string") {
                    if (func3(data6) < 1) {
                        const err12 = { instancePath: instancePath + "/template/extensions", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                else {
                    const err13 = { instancePath: instancePath + "/template/extensions", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.defaults !== undefined) {
        let data7 = data.defaults;
        if ((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)) {
            const err14 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/type", keyword: "type", params: { type: schema11.properties.defaults.type }, message: "must be object,null", schema: schema11.properties.defaults.type, parentSchema: schema11.properties.defaults, data: data7 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key2 in data7) {
                if (!((key2 === "builder") || (key2 === "platforms"))) {
                    const err15 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.defaults, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
            }
            if (data7.builder !== undefined) {
                let data8 = data7.builder;
                if (!((((data8 === "auto") || (data8 === "buildx")) || (data8 === "docker")) || (data8 === "buildah"))) {
                    const err16 = { instancePath: instancePath + "/defaults/builder", schemaPath: "#/properties/defaults/properties/builder/enum", keyword: "enum", params: { allowedValues: schema11.properties.defaults.properties.builder.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.defaults.properties.builder.enum, parentSchema: schema11.properties.defaults.properties.builder, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            if (data7.platforms !== undefined) {
                let data9 = data7.platforms;
                if (Array.isArray(data9)) {
                    if (data9.length < 1) {
                        const err17 = { instancePath: instancePath + "/defaults/platforms", schemaPath: "#/definitions/platforms/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                    const len0 = data9.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data10 = data9[i0];
                        if (typeof data10 === "string") {
                            if (!pattern2.test(data10)) {
                                const err18 = { instancePath: instancePath + "/defaults/platforms/" + i0, schemaPath: "#/definitions/platforms/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9.]+)?$" }, message: "must match pattern \"" + "^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9.]+)?$" + "\"", schema: "^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9.]+)?$", parentSchema: schema14.items, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err19 = { instancePath: instancePath + "/defaults/platforms/" + i0, schemaPath: "#/definitions/platforms/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.items.type, parentSchema: schema14.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                    let i1 = data9.length;
                    let j0;
                    if (i1 > 1) {
                        const indices0 = {};
                        for (; i1--;) {
                            let item0 = data9[i1];
                            if (typeof item0 !== "string") {
                                continue;
                            }
                            if (typeof indices0[item0] == "number") {
                                j0 = indices0[item0];
                                const err20 = { instancePath: instancePath + "/defaults/platforms", schemaPath: "#/definitions/platforms/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema14, data: data9 };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                                break;
                            }
                            indices0[item0] = i1;
                        }
                    }
                }
                else {
                    const err21 = { instancePath: instancePath + "/defaults/platforms", schemaPath: "#/definitions/platforms/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.type, parentSchema: schema14, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.images !== undefined) {
        let data11 = data.images;
        if ((!(data11 && typeof data11 == "object" && !Array.isArray(data11))) && (data11 !== null)) {
            const err22 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/type", keyword: "type", params: { type: schema11.properties.images.type }, message: "must be object,null", schema: schema11.properties.images.type, parentSchema: schema11.properties.images, data: data11 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key3 in data11) {
                if (!(validate11(data11[key3], { instancePath: instancePath + "/images/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data11, parentDataProperty: key3, rootData }))) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                }
            }
        }
    }
    if (data.tags !== undefined) {
        let data13 = data.tags;
        if ((!(data13 && typeof data13 == "object" && !Array.isArray(data13))) && (data13 !== null)) {
            const err23 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: schema11.properties.tags.type }, message: "must be object,null", schema: schema11.properties.tags.type, parentSchema: schema11.properties.tags, data: data13 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key4 in data13) {
                if (!((key4 === "temporary") || (key4 === "promote"))) {
                    const err24 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.tags, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
            if (data13.temporary !== undefined) {
                let data14 = data13.temporary;
                if (typeof data14 === "string") {
                    if (!pattern7.test(data14)) {
                        const err25 = { instancePath: instancePath + "/tags/temporary", schemaPath: "#/definitions/tagPattern/pattern", keyword: "pattern", params: { pattern: "^([A-Za-z0-9_.-]|\\{[a-z0-9-]+\\})+$" }, message: "must match pattern \"" + "^([A-Za-z0-9_.-]|\\{[a-z0-9-]+\\})+$" + "\"", schema: "^([A-Za-z0-9_.-]|\\{[a-z0-9-]+\\})+$", parentSchema: schema23, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
                else {
                    const err26 = { instancePath: instancePath + "/tags/temporary", schemaPath: "#/definitions/tagPattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.type, parentSchema: schema23, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
            if (data13.promote !== undefined) {
                let data15 = data13.promote;
                if (Array.isArray(data15)) {
                    const len1 = data15.length;
                    for (let i2 = 0; i2 < len1; i2++) {
                        let data16 = data15[i2];
                        if (typeof data16 === "string") {
                            if (!pattern7.test(data16)) {
                                const err27 = { instancePath: instancePath + "/tags/promote/" + i2, schemaPath: "#/definitions/tagPattern/pattern", keyword: "pattern", params: { pattern: "^([A-Za-z0-9_.-]|\\{[a-z0-9-]+\\})+$" }, message: "must match pattern \"" + "^([A-Za-z0-9_.-]|\\{[a-z0-9-]+\\})+$" + "\"", schema: "^([A-Za-z0-9_.-]|\\{[a-z0-9-]+\\})+$", parentSchema: schema23, data: data16 };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err28 = { instancePath: instancePath + "/tags/promote/" + i2, schemaPath: "#/definitions/tagPattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.type, parentSchema: schema23, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err28];
                            }
                            else {
                                vErrors.push(err28);
                            }
                            errors++;
                        }
                    }
                    let i3 = data15.length;
                    let j1;
                    if (i3 > 1) {
                        outer0: for (; i3--;) {
                            for (j1 = i3; j1--;) {
                                if (func0(data15[i3], data15[j1])) {
                                    const err29 = { instancePath: instancePath + "/tags/promote", schemaPath: "#/properties/tags/properties/promote/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema11.properties.tags.properties.promote, data: data15 };
                                    if (vErrors === null) {
                                        vErrors = [err29];
                                    }
                                    else {
                                        vErrors.push(err29);
                                    }
                                    errors++;
                                    break outer0;
                                }
                            }
                        }
                    }
                }
                else {
                    const err30 = { instancePath: instancePath + "/tags/promote", schemaPath: "#/properties/tags/properties/promote/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.tags.properties.promote.type, parentSchema: schema11.properties.tags.properties.promote, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.deploy !== undefined) {
        let data17 = data.deploy;
        if ((!(data17 && typeof data17 == "object" && !Array.isArray(data17))) && (data17 !== null)) {
            const err31 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/type", keyword: "type", params: { type: schema11.properties.deploy.type }, message: "must be object,null", schema: schema11.properties.deploy.type, parentSchema: schema11.properties.deploy, data: data17 };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key5 in data17) {
                if (!(((((((key5 === "compose") || (key5 === "command")) || (key5 === "rewrite")) || (key5 === "teardown")) || (key5 === "env")) || (key5 === "timeout")) || (key5 === "checks"))) {
                    const err32 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.deploy, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
            if (data17.compose !== undefined) {
                let data18 = data17.compose;
                if ((typeof data18 !== "string") && (!(Array.isArray(data18)))) {
                    const err33 = { instancePath: instancePath + "/deploy/compose", schemaPath: "#/properties/deploy/properties/compose/type", keyword: "type", params: { type: schema11.properties.deploy.properties.compose.type }, message: "must be string,array", schema: schema11.properties.deploy.properties.compose.type, parentSchema: schema11.properties.deploy.properties.compose, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
                if (typeof data18 === "string") {
                    if (func3(data18) < 1) {
                        const err34 = { instancePath: instancePath + "/deploy/compose", schemaPath: "#/properties/deploy/properties/compose/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deploy.properties.compose, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                }
                if (Array.isArray(data18)) {
                    if (data18.length < 1) {
                        const err35 = { instancePath: instancePath + "/deploy/compose", schemaPath: "#/properties/deploy/properties/compose/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.deploy.properties.compose, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                    const len2 = data18.length;
                    for (let i4 = 0; i4 < len2; i4++) {
                        let data19 = data18[i4];
                        if (typeof data19 === "string") {
                            if (func3(data19) < 1) {
                                const err36 = { instancePath: instancePath + "/deploy/compose/" + i4, schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data19 };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err37 = { instancePath: instancePath + "/deploy/compose/" + i4, schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data17.command !== undefined) {
                let data20 = data17.command;
                if (Array.isArray(data20)) {
                    if (data20.length < 1) {
                        const err38 = { instancePath: instancePath + "/deploy/command", schemaPath: "#/definitions/argv/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema26, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                    const len3 = data20.length;
                    for (let i5 = 0; i5 < len3; i5++) {
                        let data21 = data20[i5];
                        if (typeof data21 !== "string") {
                            const err39 = { instancePath: instancePath + "/deploy/command/" + i5, schemaPath: "#/definitions/argv/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.items.type, parentSchema: schema26.items, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err40 = { instancePath: instancePath + "/deploy/command", schemaPath: "#/definitions/argv/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.type, parentSchema: schema26, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
            }
            if (data17.rewrite !== undefined) {
                let data22 = data17.rewrite;
                if (Array.isArray(data22)) {
                    const len4 = data22.length;
                    for (let i6 = 0; i6 < len4; i6++) {
                        let data23 = data22[i6];
                        if (typeof data23 === "string") {
                            if (func3(data23) < 1) {
                                const err41 = { instancePath: instancePath + "/deploy/rewrite/" + i6, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17, data: data23 };
                                if (vErrors === null) {
                                    vErrors = [err41];
                                }
                                else {
                                    vErrors.push(err41);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err42 = { instancePath: instancePath + "/deploy/rewrite/" + i6, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.type, parentSchema: schema17, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err42];
                            }
                            else {
                                vErrors.push(err42);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err43 = { instancePath: instancePath + "/deploy/rewrite", schemaPath: "#/properties/deploy/properties/rewrite/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.deploy.properties.rewrite.type, parentSchema: schema11.properties.deploy.properties.rewrite, data: data22 };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
            }
            if (data17.teardown !== undefined) {
                let data24 = data17.teardown;
                if (Array.isArray(data24)) {
                    if (data24.length < 1) {
                        const err44 = { instancePath: instancePath + "/deploy/teardown", schemaPath: "#/definitions/argv/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema26, data: data24 };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                    const len5 = data24.length;
                    for (let i7 = 0; i7 < len5; i7++) {
                        let data25 = data24[i7];
                        if (typeof data25 !== "string") {
                            const err45 = { instancePath: instancePath + "/deploy/teardown/" + i7, schemaPath: "#/definitions/argv/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.items.type, parentSchema: schema26.items, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err45];
                            }
                            else {
                                vErrors.push(err45);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err46 = { instancePath: instancePath + "/deploy/teardown", schemaPath: "#/definitions/argv/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.type, parentSchema: schema26, data: data24 };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
            }
            if (data17.env !== undefined) {
                let data26 = data17.env;
                if ((!(data26 && typeof data26 == "object" && !Array.isArray(data26))) && (data26 !== null)) {
                    const err47 = { instancePath: instancePath + "/deploy/env", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: schema19.type }, message: "must be object,null", schema: schema19.type, parentSchema: schema19, data: data26 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
                if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                    for (const key6 in data26) {
                        const _errs68 = errors;
                        if (typeof key6 === "string") {
                            if (!pattern5.test(key6)) {
                                const err48 = { instancePath: instancePath + "/deploy/env", schemaPath: "#/definitions/stringMap/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema19.propertyNames, data: key6, propertyName: key6 };
                                if (vErrors === null) {
                                    vErrors = [err48];
                                }
                                else {
                                    vErrors.push(err48);
                                }
                                errors++;
                            }
                        }
                        var valid30 = _errs68 === errors;
                        if (!valid30) {
                            const err49 = { instancePath: instancePath + "/deploy/env", schemaPath: "#/definitions/stringMap/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema19.propertyNames, parentSchema: schema19, data: data26 };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                    for (const key7 in data26) {
                        let data27 = data26[key7];
                        if (((typeof data27 !== "string") && (!((typeof data27 == "number") && (isFinite(data27))))) && (typeof data27 !== "boolean")) {
                            const err50 = { instancePath: instancePath + "/deploy/env/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema19.additionalProperties.type }, message: "must be string,number,boolean", schema: schema19.additionalProperties.type, parentSchema: schema19.additionalProperties, data: data27 };
                            if (vErrors === null) {
                                vErrors = [err50];
                            }
                            else {
                                vErrors.push(err50);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data17.timeout !== undefined) {
                let data28 = data17.timeout;
                if ((typeof data28 !== "string") && (!((typeof data28 == "number") && (isFinite(data28))))) {
                    const err51 = { instancePath: instancePath + "/deploy/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: schema30.type }, message: "must be string,number", schema: schema30.type, parentSchema: schema30, data: data28 };
                    if (vErrors === null) {
                        vErrors = [err51];
                    }
                    else {
                        vErrors.push(err51);
                    }
                    errors++;
                }
                if ((typeof data28 == "number") && (isFinite(data28))) {
                    if (data28 <= 0 || isNaN(data28)) {
                        const err52 = { instancePath: instancePath + "/deploy/timeout", schemaPath: "#/definitions/duration/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema30, data: data28 };
                        if (vErrors === null) {
                            vErrors = [err52];
                        }
                        else {
                            vErrors.push(err52);
                        }
                        errors++;
                    }
                }
                if (typeof data28 === "string") {
                    if (!pattern10.test(data28)) {
                        const err53 = { instancePath: instancePath + "/deploy/timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|h|m|s))+$" }, message: "must match pattern \"" + "^([0-9]+(ms|h|m|s))+$" + "\"", schema: "^([0-9]+(ms|h|m|s))+$", parentSchema: schema30, data: data28 };
                        if (vErrors === null) {
                            vErrors = [err53];
                        }
                        else {
                            vErrors.push(err53);
                        }
                        errors++;
                    }
                }
            }
            if (data17.checks !== undefined) {
                let data29 = data17.checks;
                if (Array.isArray(data29)) {
                    const len6 = data29.length;
                    for (let i8 = 0; i8 < len6; i8++) {
                        if (!(validate13(data29[i8], { instancePath: instancePath + "/deploy/checks/" + i8, parentData: data29, parentDataProperty: i8, rootData }))) {
                            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                            errors = vErrors.length;
                        }
                    }
                }
                else {
                    const err54 = { instancePath: instancePath + "/deploy/checks", schemaPath: "#/properties/deploy/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.deploy.properties.checks.type, parentSchema: schema11.properties.deploy.properties.checks, data: data29 };
                    if (vErrors === null) {
                        vErrors = [err54];
                    }
                    else {
                        vErrors.push(err54);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.retention !== undefined) {
        let data31 = data.retention;
        if ((!(data31 && typeof data31 == "object" && !Array.isArray(data31))) && (data31 !== null)) {
            const err55 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/type", keyword: "type", params: { type: schema11.properties.retention.type }, message: "must be object,null", schema: schema11.properties.retention.type, parentSchema: schema11.properties.retention, data: data31 };
            if (vErrors === null) {
                vErrors = [err55];
            }
            else {
                vErrors.push(err55);
            }
            errors++;
        }
        if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            for (const key8 in data31) {
                if (!((key8 === "rules") || (key8 === "protect"))) {
                    const err56 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.retention, data: data31 };
                    if (vErrors === null) {
                        vErrors = [err56];
                    }
                    else {
                        vErrors.push(err56);
                    }
                    errors++;
                }
            }
            if (data31.rules !== undefined) {
                let data32 = data31.rules;
                if (Array.isArray(data32)) {
                    const len7 = data32.length;
                    for (let i9 = 0; i9 < len7; i9++) {
                        if (!(validate27(data32[i9], { instancePath: instancePath + "/retention/rules/" + i9, parentData: data32, parentDataProperty: i9, rootData }))) {
                            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                            errors = vErrors.length;
                        }
                    }
                }
                else {
                    const err57 = { instancePath: instancePath + "/retention/rules", schemaPath: "#/properties/retention/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.retention.properties.rules.type, parentSchema: schema11.properties.retention.properties.rules, data: data32 };
                    if (vErrors === null) {
                        vErrors = [err57];
                    }
                    else {
                        vErrors.push(err57);
                    }
                    errors++;
                }
            }
            if (data31.protect !== undefined) {
                let data34 = data31.protect;
                if (Array.isArray(data34)) {
                    const len8 = data34.length;
                    for (let i10 = 0; i10 < len8; i10++) {
                        let data35 = data34[i10];
                        if (typeof data35 === "string") {
                            if (func3(data35) < 1) {
                                const err58 = { instancePath: instancePath + "/retention/protect/" + i10, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17, data: data35 };
                                if (vErrors === null) {
                                    vErrors = [err58];
                                }
                                else {
                                    vErrors.push(err58);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err59 = { instancePath: instancePath + "/retention/protect/" + i10, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.type, parentSchema: schema17, data: data35 };
                            if (vErrors === null) {
                                vErrors = [err59];
                            }
                            else {
                                vErrors.push(err59);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err60 = { instancePath: instancePath + "/retention/protect", schemaPath: "#/properties/retention/properties/protect/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.retention.properties.protect.type, parentSchema: schema11.properties.retention.properties.protect, data: data34 };
                    if (vErrors === null) {
                        vErrors = [err60];
                    }
                    else {
                        vErrors.push(err60);
                    }
                    errors++;
                }
            }
        }
    }
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./lib/src/core/config/schema.js


const IMAGES_SCHEMA = images_schema_namespaceObject;
const schema_validate = validate;
let checked = false;
/** Validates parsed YAML data; an empty list when it conforms. */
function validateAgainstSchema(data) {
    if (!checked) {
        // Its text, not a hash: JSON.stringify and a string comparison take ~0.2 ms; hashing took ~2.
        if (JSON.stringify(IMAGES_SCHEMA) !== SCHEMA_TEXT) {
            throw new Error('schema/images.schema.json changed since src/core/config/schema-validator.generated.ts was generated: ' +
                'run `node scripts/generate-schema-validator.ts` (scripts/build.sh does it too)');
        }
        checked = true;
    }
    return schema_validate(data) ? [] : [...(schema_validate.errors ?? [])];
}

;// CONCATENATED MODULE: ./lib/src/core/config/load.js
/**
 * Loading images.yaml: parse with positions, validate against the JSON Schema, apply the
 * defaults, and check what a schema cannot. Every problem found is reported at once, each at
 * its file, line and column; nothing is built after one.
 *
 * The checks that need well-typed data run on what is left once the values the schema rejected
 * are taken out, so that one run reports both kinds of problem.
 */








// A file of a few kilobytes never needs more; a "billion laughs" of aliases stops here.
const MAX_ALIAS_COUNT = 1000;
function loaded(config, file, locator) {
    return {
        config,
        file,
        locate: (path) => locator.locate(path),
        locateKey: (path) => locator.locateKey(path),
    };
}
function syntaxDiagnostic(error, file) {
    const [start] = error.linePos ?? [];
    // yaml appends " at line L, column C:" and a code frame; the location says that already.
    const message = error.message.split(/ at line \d+, column \d+/)[0]?.trim() ?? error.message;
    return {
        message: `invalid YAML: ${message}`,
        location: { file, line: start?.line ?? 1, column: start?.col ?? 1 },
        hint: 'Fix the YAML syntax (indentation, quotes, brackets) at this place.',
    };
}
/** Parses and validates images.yaml; `text` undefined (no file) or empty gives every default. */
function loadImagesConfig(text, file) {
    if (text === undefined) {
        // No file: the defaults, built fresh (as for an empty file) so that no two loads share objects.
        const locator = new positions/* YamlLocator */.K(file, undefined, undefined);
        return loaded(resolveConfig(new Problems(locator), {}), file, locator);
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, merge: true, prettyErrors: true });
    const locator = new positions/* YamlLocator */.K(file, document, lineCounter);
    if (document.errors.length > 0)
        throw new core_diagnostics/* UserInputError */.m2(document.errors.map((e) => syntaxDiagnostic(e, file)));
    let data;
    try {
        data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
    }
    catch (error) {
        throw new core_diagnostics/* UserInputError */.m2([
            {
                message: `cannot read the YAML: ${error instanceof Error ? error.message : String(error)}`,
                location: { file, line: 1, column: 1 },
                hint: 'Use fewer aliases (*name) or none.',
            },
        ]);
    }
    const schemaErrors = validateAgainstSchema(data);
    const problems = new Problems(locator);
    if (schemaErrors.length === 0) {
        const config = resolveConfig(problems, data);
        if (problems.diagnostics.length === 0)
            return loaded(config, file, locator);
    }
    else {
        const accepted = pruneRejected(data, schemaErrors, validateAgainstSchema);
        if (accepted)
            resolveConfig(problems, accepted);
    }
    const diagnostics = [...schemaDiagnostics(schemaErrors, data, locator), ...problems.diagnostics];
    throw new core_diagnostics/* UserInputError */.m2(diagnostics.sort(byPosition));
}


/***/ }),

/***/ 147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ normalizeRepoPath),
/* harmony export */   b: () => (/* binding */ isWithinDir)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/**
 * Paths in images.yaml are relative to the repository root. They are normalised here
 * ("./images//foo/" → "images/foo") and rejected when they leave the repository, so that
 * a build context or a compose file can never reach files outside the checkout.
 */

/** "." is the repository root itself. */
function normalizeRepoPath(raw) {
    const text = raw.replace(/\\/g, '/');
    if (text.startsWith('/') || /^[A-Za-z]:\//.test(text)) {
        return { ok: false, why: `"${raw}" is an absolute path`, hint: 'Write it relative to the repository root, e.g. images/foo.' };
    }
    const normalized = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(text).replace(/\/+$/, '');
    if (normalized === '..' || normalized.startsWith('../')) {
        return {
            ok: false,
            why: `"${raw}" is outside the repository`,
            hint: 'Paths are relative to the repository root and must stay inside it; move the files into the repository.',
        };
    }
    return { ok: true, path: normalized === '' ? '.' : normalized };
}
/** Whether repository-relative `path` is `dir` or inside it ("." holds everything). */
function isWithinDir(path, dir) {
    return dir === '.' || dir === '' || path === dir || path.startsWith(`${dir}/`);
}


/***/ }),

/***/ 647:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ formatDataPath),
/* harmony export */   K: () => (/* binding */ YamlLocator)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * From a path into the data (['images', 'foo', 'depends-on', 0]) back to a line and column
 * in the YAML text, so that every problem can point at the place to fix.
 *
 * The walk follows aliases and `<<` merge keys, and stops at the deepest node that exists:
 * a missing key is reported at the mapping that lacks it.
 */

const MERGE_KEY = '<<';
class YamlLocator {
    file;
    document;
    lineCounter;
    constructor(file, document, lineCounter) {
        this.file = file;
        this.document = document;
        this.lineCounter = lineCounter;
    }
    /** Where the value at `path` starts; the nearest existing ancestor when it does not exist. */
    locate(path) {
        const found = this.walk(path);
        const value = found.at(-1);
        if (!value)
            return this.at(undefined);
        // `key:` with nothing after it: the empty value has no place of its own; point at the key.
        if (value.pair && isEmptyScalar(value.node))
            return this.at(value.pair.key);
        return this.at(value.node ?? value.pair?.key);
    }
    /** Where the key of the last segment of `path` is (for unknown keys); else as `locate`. */
    locateKey(path) {
        const found = this.walk(path);
        const last = found.at(-1);
        if (found.length === path.length + 1 && last?.pair)
            return this.at(last.pair.key);
        return this.locate(path);
    }
    /** The text of the scalar at `path` as the user typed it ("3.10" for a value read as 3.1). */
    scalarSource(path) {
        const found = this.walk(path);
        if (found.length !== path.length + 1)
            return undefined;
        const node = this.resolve(found.at(-1)?.node);
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.source === 'string' ? node.source : undefined;
    }
    /** The nodes along `path`, starting with the document's root; shorter when the path leaves the data. */
    walk(path) {
        const root = this.document?.contents ?? undefined;
        if (!root)
            return [];
        const found = [{ node: root }];
        let node = root;
        for (const segment of path) {
            const next = this.child(node, segment);
            if (!next)
                break;
            found.push(next);
            node = next.node;
        }
        return found;
    }
    child(node, segment) {
        const target = this.resolve(node);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(target)) {
            const index = typeof segment === 'number' ? segment : /^[0-9]+$/.test(segment) ? Number(segment) : NaN;
            const item = target.items[index];
            return item === undefined ? undefined : { node: item ?? undefined };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(target)) {
            for (const pair of target.items) {
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && String(pair.key.value) === String(segment)) {
                    return { node: pair.value ?? undefined, pair };
                }
            }
            // Keys brought in by `<<: *anchor` (or a list of anchors) live in the merged mappings.
            for (const pair of target.items) {
                if (!isMergeKey(pair.key))
                    continue;
                const sources = this.resolve(pair.value ?? undefined);
                const candidates = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(sources) ? sources.items.map((i) => i ?? undefined) : [sources];
                for (const candidate of candidates) {
                    const merged = this.child(candidate, segment);
                    if (merged)
                        return merged;
                }
            }
        }
        return undefined;
    }
    resolve(node) {
        if (node && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) && this.document)
            return node.resolve(this.document) ?? undefined;
        return node;
    }
    at(node) {
        const offset = node && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node) ? node.range?.[0] : undefined;
        if (offset === undefined || !this.lineCounter)
            return { file: this.file, line: 1, column: 1 };
        const { line, col } = this.lineCounter.linePos(offset);
        return { file: this.file, line, column: col };
    }
}
/** `<<`, which yaml reads as a symbol when merge keys are on. */
function isMergeKey(key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return false;
    return typeof key.value === 'symbol' ? key.value.description === MERGE_KEY : key.value === MERGE_KEY;
}
function isEmptyScalar(node) {
    return node === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null && !node.source);
}
/** `images.foo.depends-on[0]`: a path as a person reads it in a message. */
function formatDataPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment))
            out += out === '' ? segment : `.${segment}`;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out === '' ? '(the top level)' : out;
}


/***/ }),

/***/ 7101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);
/**
 * "Did you mean" for names the user mistyped: keys of images.yaml, image names.
 */

/** Case, `_` and `-` are the commonest slips (dependsOn, depends_on for depends-on). */
function fold(name) {
    return name.toLowerCase().replace(/[-_]/g, '');
}
/**
 * The candidate closest to `name`, when it is close enough to be a likely typo: the same name
 * but for case and separators, or within an edit distance of a third of its length (at least 2,
 * so that a swap of two letters is caught) and less than the length of either name (so that
 * short names are not "corrected" into unrelated ones).
 */
function closest(name, candidates) {
    const folded = fold(name);
    const limit = Math.max(2, Math.floor(name.length / 3));
    let best;
    let bestScore = Infinity;
    for (const candidate of candidates) {
        if (candidate === name)
            continue;
        const other = fold(candidate);
        const edits = other === folded ? 0 : (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(folded, other);
        if (edits > limit || (edits > 0 && edits >= Math.min(folded.length, other.length)))
            continue;
        // The same name but for case or separators beats any real edit.
        const score = other === folded ? -1 : edits;
        if (score < bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}
/** A hint sentence: "Did you mean "x"?" when one is close, else the list of what is allowed. */
function didYouMean(name, candidates, allowedLabel) {
    const match = closest(name, candidates);
    if (match !== undefined)
        return `Did you mean "${match}"?`;
    if (candidates.length === 0)
        return '';
    return `${allowedLabel}: ${candidates.join(', ')}.`;
}


/***/ }),

/***/ 5189:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ readInstructions)
});

// UNUSED EXPORTS: splitLines

;// CONCATENATED MODULE: ./lib/src/core/dockerfile/located.js
class LocatedText {
    file;
    text;
    fragments;
    constructor(file, text, 
    /** Sorted by offset; never empty, so that even empty text has a place. */
    fragments) {
        this.file = file;
        this.text = text;
        this.fragments = fragments;
    }
    /** Joins pieces of physical lines; the first piece gives the place of empty text. */
    static join(file, pieces) {
        const first = pieces[0];
        if (!first)
            throw new Error('LocatedText.join needs at least one piece');
        const fragments = [];
        let text = '';
        for (const piece of pieces) {
            fragments.push({ offset: text.length, line: piece.line, column: piece.column });
            text += piece.text;
        }
        return new LocatedText(file, text, fragments);
    }
    /** The 1-based line and column of the character at `offset` (or just past the end). */
    locate(offset) {
        const fragment = this.fragmentAt(offset);
        return { file: this.file, line: fragment.line, column: fragment.column + (offset - fragment.offset) };
    }
    slice(start, end = this.text.length) {
        const from = Math.max(0, Math.min(start, this.text.length));
        const to = Math.max(from, Math.min(end, this.text.length));
        const startPlace = this.locate(from);
        const fragments = [{ offset: 0, line: startPlace.line, column: startPlace.column }];
        for (const fragment of this.fragments) {
            if (fragment.offset > from && fragment.offset < to) {
                fragments.push({ offset: fragment.offset - from, line: fragment.line, column: fragment.column });
            }
        }
        return new LocatedText(this.file, this.text.slice(from, to), fragments);
    }
    fragmentAt(offset) {
        // Fragments are few (one per physical line of an instruction): a linear scan is enough.
        let found = this.fragments[0];
        for (const fragment of this.fragments) {
            if (fragment.offset <= offset)
                found = fragment;
            else
                break;
        }
        return found;
    }
}

// EXTERNAL MODULE: ./lib/src/core/dockerfile/words.js
var words = __webpack_require__(5870);
;// CONCATENATED MODULE: ./lib/src/core/dockerfile/instructions.js


const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/u;
const HEREDOC_INSTRUCTIONS = new Set(['run', 'copy', 'add']);
function leadingWhitespace(line) {
    let i = 0;
    while (i < line.length && (0,words/* isWhitespace */.Yv)(line[i]))
        i += 1;
    return i;
}
function isComment(line) {
    return line.slice(leadingWhitespace(line)).startsWith('#');
}
/** Strips a trailing continuation (escape character plus blanks); says whether there was one. */
function trimContinuation(line, escape) {
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t'))
        end -= 1;
    if (end > 0 && line[end - 1] === escape)
        return { text: line.slice(0, end - 1), continues: true };
    return { text: line, continues: false };
}
function splitLines(text) {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const lines = body.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
    // A final newline ends the last line; it does not start an empty one.
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function readInstructions(text, file) {
    const lines = splitLines(text);
    const diagnostics = [];
    const directives = {};
    let escape = '\\';
    // Directives: only at the top, each at most once.
    let index = 0;
    for (; index < lines.length; index += 1) {
        const line = lines[index];
        const lead = leadingWhitespace(line);
        const match = DIRECTIVE.exec(line.slice(lead));
        const name = match?.[1]?.toLowerCase();
        if (!match || name === undefined || !KNOWN_DIRECTIVES.has(name))
            break;
        const value = match[2] ?? '';
        const location = { file, line: index + 1, column: lead + 1 };
        if (name in directives) {
            diagnostics.push({
                message: `the "${name}" parser directive is given twice`,
                location,
                hint: 'Keep one; Docker accepts each parser directive only once.',
            });
            continue;
        }
        directives[name] = value;
        if (name === 'escape') {
            if (value === '\\' || value === '`')
                escape = value;
            else {
                diagnostics.push({
                    message: `invalid escape directive "${value}"`,
                    location,
                    hint: 'The escape character can only be \\ (the default) or ` (backtick).',
                });
            }
        }
    }
    const instructions = [];
    while (index < lines.length) {
        const raw = lines[index];
        const startLine = index + 1;
        index += 1;
        const lead = leadingWhitespace(raw);
        if (raw.slice(lead).startsWith('#'))
            continue;
        let { text: pieceText, continues } = trimContinuation(raw.slice(lead), escape);
        if (!continues && pieceText === '')
            continue;
        const pieces = [{ text: pieceText, line: startLine, column: lead + 1 }];
        while (continues && index < lines.length) {
            const next = lines[index];
            const lineNumber = index + 1;
            index += 1;
            if (isComment(next) || next.trim() === '')
                continue;
            ({ text: pieceText, continues } = trimContinuation(next, escape));
            pieces.push({ text: pieceText, line: lineNumber, column: 1 });
        }
        const joined = LocatedText.join(file, pieces);
        const keywordStart = leadingWhitespace(joined.text);
        if (keywordStart === joined.text.length)
            continue; // only continuation characters
        let keywordEnd = keywordStart;
        while (keywordEnd < joined.text.length && !(0,words/* isWhitespace */.Yv)(joined.text[keywordEnd]))
            keywordEnd += 1;
        let argsStart = keywordEnd;
        while (argsStart < joined.text.length && (0,words/* isWhitespace */.Yv)(joined.text[argsStart]))
            argsStart += 1;
        let argsEnd = joined.text.length;
        while (argsEnd > argsStart && (0,words/* isWhitespace */.Yv)(joined.text[argsEnd - 1]))
            argsEnd -= 1;
        const keyword = joined.text.slice(keywordStart, keywordEnd).toLowerCase();
        const instruction = {
            keyword,
            keywordLocation: joined.locate(keywordStart),
            args: joined.slice(argsStart, argsEnd),
        };
        instructions.push(instruction);
        if (HEREDOC_INSTRUCTIONS.has(keyword)) {
            for (const heredoc of (0,words/* findHeredocs */.TQ)(instruction.args, escape)) {
                let terminated = false;
                while (index < lines.length) {
                    const bodyLine = lines[index];
                    index += 1;
                    const candidate = heredoc.stripTabs ? bodyLine.replace(/^\t+/u, '') : bodyLine;
                    if (candidate === heredoc.name) {
                        terminated = true;
                        break;
                    }
                }
                if (!terminated) {
                    diagnostics.push({
                        message: `the heredoc <<${heredoc.name} opened by this ${keyword.toUpperCase()} is never closed`,
                        location: instruction.keywordLocation,
                        hint: `End it with a line holding only "${heredoc.name}".`,
                    });
                }
            }
        }
    }
    return { instructions, directives, escape, diagnostics };
}


/***/ }),

/***/ 5870:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ splitShellWords),
/* harmony export */   Jl: () => (/* binding */ splitOnWhitespace),
/* harmony export */   TQ: () => (/* binding */ findHeredocs),
/* harmony export */   Yv: () => (/* binding */ isWhitespace)
/* harmony export */ });
/* unused harmony export unquoteWord */
const WHITESPACE = /\s/u;
function isWhitespace(ch) {
    return WHITESPACE.test(ch);
}
/** Words separated by whitespace, quotes not honoured (Docker's FROM, EXPOSE). */
function splitOnWhitespace(args) {
    const words = [];
    for (const match of args.text.matchAll(/\S+/gu)) {
        words.push(args.slice(match.index, match.index + match[0].length));
    }
    return words;
}
/**
 * Words separated by whitespace outside quotes, each kept exactly as written (quotes and escapes
 * included), as Docker splits the arguments of ARG and looks for heredoc markers. Inside single
 * quotes the escape character is literal; elsewhere it makes the next character part of the word.
 */
function splitShellWords(args, escape) {
    const text = args.text;
    const words = [];
    let start = -1;
    let quote;
    let i = 0;
    const close = (end) => {
        if (start >= 0)
            words.push(args.slice(start, end));
        start = -1;
    };
    while (i < text.length) {
        const ch = text[i];
        if (quote === undefined && isWhitespace(ch)) {
            close(i);
            i += 1;
            continue;
        }
        if (start < 0)
            start = i;
        if (quote !== undefined) {
            if (ch === quote)
                quote = undefined;
            else if (ch === escape && quote === '"')
                i += 1; // the escaped character cannot end the quote
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
        }
        else if (ch === escape) {
            i += 1;
        }
        i += 1;
    }
    close(Math.min(i, text.length));
    return words;
}
const HEREDOC = /^\d*<<(-?)([^<]+)$/u;
/**
 * The heredocs an instruction opens, in order. A marker is a whole word `<<NAME`, `<<-NAME`,
 * `<<"NAME"` or `<<'NAME'` (optionally after a file descriptor number); quoted `"<<EOF"` is text.
 */
function findHeredocs(args, escape) {
    const markers = [];
    for (const word of splitShellWords(args, escape)) {
        const match = HEREDOC.exec(word.text);
        if (!match)
            continue;
        const name = unquoteWord(match[2] ?? '', escape);
        if (name !== '')
            markers.push({ name, stripTabs: match[1] === '-' });
    }
    return markers;
}
/** Removes shell quoting from a word without expanding anything. */
function unquoteWord(word, escape) {
    let out = '';
    let quote;
    for (let i = 0; i < word.length; i += 1) {
        const ch = word[i];
        if (quote === "'") {
            if (ch === "'")
                quote = undefined;
            else
                out += ch;
        }
        else if (ch === escape && i + 1 < word.length) {
            i += 1;
            out += word[i];
        }
        else if (quote === '"' && ch === '"') {
            quote = undefined;
        }
        else if (quote === undefined && (ch === '"' || ch === "'")) {
            quote = ch;
        }
        else {
            out += ch;
        }
    }
    return out;
}


/***/ }),

/***/ 9151:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ compareNames)
/* harmony export */ });
/** Name order used everywhere in the graph: by UTF-16 code units, independent of the locale. */
function compareNames(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 4269:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   OC: () => (/* binding */ DOCKER_HUB_HOST),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   t0: () => (/* binding */ ReferenceParseError)
/* harmony export */ });
/* unused harmony export targetString */
/**
 * Image references, parsed and normalised the way Docker does.
 *
 * `foreman` → registry-1.docker.io/library/foreman:latest
 * `quay.io/foreman/foreman:3.9` → quay.io / foreman/foreman / tag 3.9
 * `localhost:5000/base@sha256:…` → localhost:5000 / base / digest
 *
 * The grammar follows distribution/reference: the first path component is a registry host only
 * when it contains a `.` or a `:`, or is `localhost`; otherwise the reference is on Docker Hub.
 */
const DOCKER_HUB_HOST = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
class ReferenceParseError extends Error {
    constructor(reference, reason) {
        super(`invalid image reference "${reference}": ${reason}`);
        this.name = 'ReferenceParseError';
    }
}
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
const HOST = /^(?:\[[0-9a-fA-F:]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?$/;
function looksLikeHost(component) {
    return component.includes('.') || component.includes(':') || component === 'localhost';
}
/** Parses a reference; a missing tag means `latest`, as Docker assumes. */
function parseReference(reference) {
    const input = reference.trim();
    if (input === '')
        throw new ReferenceParseError(reference, 'it is empty');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest)) {
            throw new ReferenceParseError(reference, `"${digest}" is not a digest (expected algorithm:hex, e.g. sha256:<64 hex>)`);
        }
        if (digest.startsWith('sha256:') && !SHA256_DIGEST.test(digest)) {
            throw new ReferenceParseError(reference, 'a sha256 digest has exactly 64 lowercase hex characters');
        }
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag)) {
            throw new ReferenceParseError(reference, `"${tag}" is not a valid tag (letters, digits, _ . -, at most 128, not starting with . or -)`);
        }
    }
    const components = rest.split('/');
    let registry;
    const first = components[0] ?? '';
    if (components.length > 1 && looksLikeHost(first)) {
        if (!HOST.test(first))
            throw new ReferenceParseError(reference, `"${first}" is not a valid registry host`);
        registry = first;
        components.shift();
    }
    else {
        registry = 'docker.io';
    }
    if (components.length === 0 || components.some((c) => c === '')) {
        throw new ReferenceParseError(reference, 'the repository path has an empty component');
    }
    for (const c of components) {
        if (!PATH_COMPONENT.test(c)) {
            throw new ReferenceParseError(reference, `"${c}" is not a valid repository name component (lowercase letters, digits and single separators . _ __ -)`);
        }
    }
    let repository = components.join('/');
    if (DOCKER_HUB_ALIASES.has(registry)) {
        registry = DOCKER_HUB_HOST;
        if (components.length === 1)
            repository = `library/${repository}`;
    }
    const target = digest !== undefined
        ? tag !== undefined
            ? { kind: 'digest', digest, tag }
            : { kind: 'digest', digest }
        : { kind: 'tag', tag: tag ?? 'latest' };
    return { registry, repository, target };
}
/** The canonical text of a reference: `host/repo:tag` or `host/repo@digest`. */
function formatReference(ref) {
    const base = `${ref.registry}/${ref.repository}`;
    return ref.target.kind === 'digest' ? `${base}@${ref.target.digest}` : `${base}:${ref.target.tag}`;
}
/** `host/repo` without tag or digest. */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** The text a tag or digest takes in a manifest URL. */
function targetString(target) {
    return target.kind === 'digest' ? target.digest : target.tag;
}
function withTag(ref, tag) {
    return { registry: ref.registry, repository: ref.repository, target: { kind: 'tag', tag } };
}
function withDigest(ref, digest) {
    return { registry: ref.registry, repository: ref.repository, target: { kind: 'digest', digest } };
}
/** True when a host is on the loopback range, where plain HTTP is allowed by default. */
function isLoopbackHost(registry) {
    const host = registry.startsWith('[') ? registry.slice(1, registry.indexOf(']')) : registry.split(':')[0] ?? '';
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}


/***/ })

};
