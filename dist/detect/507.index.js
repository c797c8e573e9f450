export const id = 507;
export const ids = [507];
export const modules = {

/***/ 4507:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRegistryClient: () => (/* binding */ createRegistryClient),
/* harmony export */   registryHost: () => (/* binding */ registryHost)
/* harmony export */ });
/* harmony import */ var _adapters_registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2953);
/**
 * One place that turns user inputs into a registry client: explicit credentials for the
 * configured registry first, then the Docker config (docker/login-action) and auth.json.
 */

function createRegistryClient(access) {
    const explicit = access.host && access.username !== undefined && access.password !== undefined
        ? [{ registry: access.host, username: access.username, password: access.password }]
        : [];
    return new _adapters_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryClient */ .bP({
        credentials: (0,_adapters_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultCredentialProvider */ .Kp)({ explicit }),
        insecureRegistries: access.insecureRegistries ?? [],
        ...(access.debug ? { logger: { debug: access.debug } } : {}),
        ...(access.onRequest ? { onRequest: access.onRequest } : {}),
    });
}
/** The registry host of a `registry:` prefix such as `ghcr.io/acme` or `127.0.0.1:5000/x`. */
function registryHost(prefix) {
    return prefix.split('/')[0] ?? prefix;
}


/***/ })

};
