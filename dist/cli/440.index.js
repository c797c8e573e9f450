export const id = 440;
export const ids = [440];
export const modules = {

/***/ 8440:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderVerb: () => (/* binding */ renderVerb)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _app_project_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4731);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3014);
/** `image-actions render`: rendered Dockerfiles. */




const renderVerb = {
    summary: 'write the rendered Dockerfile of each image',
    usage: `image-actions render [IMAGE…] --out DIR [--tag TAG]

Writes DIR/<image>/Dockerfile for each named image, or for all.
  --out DIR         where to write (required)
  --tag TAG         the tag templates see (default latest)
${_verb_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMON_HELP */ .CX}`,
    options: { ..._verb_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMON */ .Sq, out: { type: 'string' }, tag: { type: 'string', default: 'latest' } },
    async run(values, positionals) {
        const outDir = (0,_verb_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['out']);
        if (!outDir)
            throw new Error('render needs --out DIR');
        const project = await (0,_app_project_js__WEBPACK_IMPORTED_MODULE_2__/* .loadProject */ .gi)({
            root: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,_verb_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['root']) ?? '.'),
            configFile: (0,_verb_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['config']) ?? 'images.yaml',
            tag: (0,_verb_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['tag']) ?? 'latest',
        });
        const names = positionals.length > 0 ? positionals : [...project.images.keys()].sort();
        const unknown = names.filter((n) => !project.images.has(n));
        if (unknown.length > 0)
            throw new Error(`no image named ${unknown.map((n) => `"${n}"`).join(', ')}; known: ${[...project.images.keys()].sort().join(', ')}`);
        for (const name of names) {
            const image = project.images.get(name);
            if (!image)
                continue;
            const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, name);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Dockerfile'), image.dockerfileText);
            process.stdout.write(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Dockerfile')}\n`);
        }
        return 0;
    },
};


/***/ })

};
