export const id = 806;
export const ids = [806];
export const modules = {

/***/ 9806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   graphVerb: () => (/* binding */ graphVerb)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _app_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4731);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3014);
/** `image-actions graph`: the dependency graph. */



const graphVerb = {
    summary: 'print the dependency graph of all images',
    usage: `image-actions graph [--format json|mermaid|dot]

  --format F        json: every image → sorted list of its parents (external bases left out);
                    mermaid or dot: a drawing (default mermaid)
${_verb_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMON_HELP */ .CX}`,
    options: { ..._verb_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMON */ .Sq, format: { type: 'string', default: 'mermaid' } },
    async run(values) {
        const project = await (0,_app_project_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProject */ .gi)({ root: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)((0,_verb_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values['root']) ?? '.'), configFile: (0,_verb_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values['config']) ?? 'images.yaml' });
        const format = (0,_verb_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values['format']) ?? 'mermaid';
        const graph = project.graph;
        let text;
        if (format === 'json')
            text = JSON.stringify(graph.toJSON(), null, 2);
        else if (format === 'mermaid')
            text = graph.toMermaid({ include: new Set(graph.nodes) });
        else if (format === 'dot')
            text = graph.toDot();
        else
            throw new Error(`--format must be json, mermaid or dot, not "${format}"`);
        process.stdout.write(`${text}\n`);
        return 0;
    },
};


/***/ })

};
