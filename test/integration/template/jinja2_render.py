"""Renders test cases with the real Jinja2, for comparison with the TypeScript renderer.

Reads JSON from stdin:
  {"cases": [{"id": "...", "templates": {"path": "text", ...}, "entry": "path",
              "context": {...}, "override": "path" (optional),
              "functions": ["image"] (optional), "extensions": "kolla-fixture" (optional)}]}
Writes JSON to stdout:
  {"jinja2": "<version>", "results": {"<id>": {"output": "..."} or
                                      {"error": {"type", "message", "template", "line"}}}}

The environment is Jinja2's default one (trim_blocks and lstrip_blocks off,
keep_trailing_newline off, autoescape off, the default Undefined), with a loader that
serves the case's templates by their path relative to the images folder, as the
TypeScript renderer's TemplateSource does.
"""
import json
import sys
import traceback

import jinja2


class CaseLoader(jinja2.BaseLoader):
    def __init__(self, templates):
        self.templates = templates

    def get_source(self, environment, template):
        pieces = [p for p in template.split("/") if p and p != "."]
        if ".." in pieces:
            raise jinja2.TemplateNotFound(template)
        name = "/".join(pieces)
        if name not in self.templates:
            raise jinja2.TemplateNotFound(template)
        # The filename is the template's path, so that tracebacks name the template.
        return self.templates[name], name, lambda: True


@jinja2.pass_context
def customizable(context, val_list, call_type):
    """Kolla's `customizable` filter (kolla/template/filters.py), as the fixture's
    filters.mjs implements it in JavaScript."""
    if isinstance(val_list, jinja2.Undefined):
        return val_list
    name = context["image_name"].replace("-", "_") + "_" + call_type + "_"
    if name + "override" in context:
        return context[name + "override"]
    if name + "append" in context:
        val_list.extend(context[name + "append"])
    if name + "remove" in context:
        for removal in context[name + "remove"]:
            if removal in val_list:
                val_list.remove(removal)
    return val_list


def debian_package_install(packages, clean_package_cache=True):
    """The fixture's global of the same name (see filters.mjs)."""
    if not packages:
        return ""
    cmd = "apt-get --error-on=any update && apt-get -y install --no-install-recommends " + " ".join(packages)
    if clean_package_cache:
        cmd += " && apt-get clean && rm -rf /var/lib/apt/lists/*"
    return "RUN " + cmd


def shell_quote(value):
    """The fixture's `shell_quote` filter."""
    return "'" + str(value).replace("'", "'\"'\"'") + "'"


def is_pinned(value):
    """The fixture's `pinned` test: a package spec with a version (`name=1.2`)."""
    return isinstance(value, str) and "=" in value


def kolla_fixture_extensions(env):
    env.filters["customizable"] = customizable
    env.filters["shell_quote"] = shell_quote
    env.tests["pinned"] = is_pinned
    env.globals["debian_package_install"] = debian_package_install
    env.globals["kolla_version"] = "17.1.0"


def error_location(exc, templates):
    """The template and line of an error: Jinja2's own for syntax errors, otherwise the
    innermost traceback frame that is a template."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return exc.name, exc.lineno
    location = (None, None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename in templates:
            location = (frame.filename, frame.lineno)
    return location


def render_case(case):
    templates = case["templates"]
    env = jinja2.Environment(loader=CaseLoader(templates))
    if case.get("extensions") == "kolla-fixture":
        kolla_fixture_extensions(env)
    context = dict(case.get("context", {}))
    if "image" in case.get("functions", []):
        def image(name):
            return "%s/%s%s:%s" % (context["registry"], context["prefix"], name, context["tag"])

        context["image"] = image
    try:
        template = env.get_template(case["entry"])
        if case.get("override"):
            context["parent_template"] = template
            template = env.get_template(case["override"])
        return {"output": template.render(context)}
    except Exception as exc:  # every error is a result to compare
        name, line = error_location(exc, templates)
        return {"error": {"type": type(exc).__name__, "message": str(exc), "template": name, "line": line}}


def main():
    request = json.load(sys.stdin)
    results = {case["id"]: render_case(case) for case in request["cases"]}
    json.dump({"jinja2": jinja2.__version__, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
