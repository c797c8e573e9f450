export const id = 954;
export const ids = [954];
export const modules = {

/***/ 2954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lsRemote: () => (/* binding */ lsRemote),
/* harmony export */   pickRevision: () => (/* binding */ pickRevision)
/* harmony export */ });
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4688);
/**
 * `git ls-remote`: the revision an upstream source ref points at now.
 *
 * A token for GitHub URLs is handed to git through GIT_CONFIG_* environment variables (an
 * `http.extraHeader`), never on the command line where `ps` would show it.
 */

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function authEnv(url, options) {
    const server = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    if (!options.token || !url.startsWith(`${server}/`))
        return {};
    const basic = Buffer.from(`x-access-token:${options.token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${server}/.extraheader`,
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    };
}
/** Picks the revision of `ref` from ls-remote output: HEAD, a branch, a (peeled) tag, or a full ref. */
function pickRevision(output, ref) {
    const refs = new Map();
    for (const line of output.split('\n')) {
        const [sha, name] = line.split('\t');
        if (sha && name && SHA.test(sha))
            refs.set(name, sha);
    }
    const candidates = ref === 'HEAD' ? ['HEAD'] : [ref, `refs/heads/${ref}`, `refs/tags/${ref}^{}`, `refs/tags/${ref}`];
    for (const candidate of candidates) {
        const sha = refs.get(candidate);
        if (sha)
            return sha;
    }
    return undefined;
}
/** The commit `ref` of `url` points at now; an error when the remote or the ref is missing. */
async function lsRemote(url, ref, options = {}) {
    if (SHA.test(ref))
        return ref; // A pinned commit does not move.
    if (url.startsWith('-') || ref.startsWith('-'))
        throw new Error(`refusing source "${url}" ref "${ref}": it looks like an option`);
    const result = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runChecked */ .X4)('git', ['ls-remote', '--', url, ref === 'HEAD' ? 'HEAD' : ref], {
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...authEnv(url, options) },
        timeoutMs: options.timeoutMs ?? 60_000,
    }).catch((error) => {
        throw new Error(`git ls-remote ${url} ${ref} failed: ${error.message.split('\n').slice(-2).join(' ')}`);
    });
    const sha = pickRevision(result.stdout, ref);
    if (!sha)
        throw new Error(`${url} has no ref "${ref}" (git ls-remote found no branch or tag of that name)`);
    return sha;
}


/***/ })

};
