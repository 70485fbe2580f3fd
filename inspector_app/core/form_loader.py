"""Reading form files (YAML) into Forms, with file:line messages for every problem."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from inspector_app.core.form_schema import FormError, FormIssue, form_from_data
from inspector_app.core.form_schema import Path as DataPath
from inspector_app.core.forms import Form
from inspector_app.core.resources import forms_dir

__all__ = [
    "DEFAULT_FORM_FILE",
    "FormError",
    "FormIssue",
    "bundled_forms_dir",
    "check_form_files",
    "default_form",
    "load_form",
    "parse_form",
]

DEFAULT_FORM_FILE = "eight-rules.v2.yaml"
# libyaml parses about eight times faster; the pure-Python parser words the errors.
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_VERSIONED_NAME = re.compile(r"^(?P<id>.+)\.v(?P<version>[0-9]+)\.ya?ml$")


class _Tree:
    """Plain data built from a composed YAML node, remembering the line of every part."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines: dict[DataPath, int] = {(): 1}
        self.issues: list[FormIssue] = []
        self._active: set[int] = set()
        self._scalars = yaml.SafeLoader("")

    def line_of(self, path: DataPath) -> int:
        """The line of `path`, or of its nearest recorded parent (for missing keys)."""
        while path not in self.lines:
            path = path[:-1]
        return self.lines[path]

    def build(self, node: yaml.Node, path: DataPath) -> Any:
        if id(node) in self._active:
            self._issue(node, "an alias refers to itself")
            return None
        self._active.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node, path)
            if isinstance(node, yaml.SequenceNode):
                return self._sequence(node, path)
            return self._scalar(node)
        finally:
            self._active.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, path: DataPath) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.build(key_node, path)
            if not isinstance(key, str | int | float | bool) and key is not None:
                self._issue(key_node, f"a key must be plain text, not {type(key).__name__}")
                continue
            here = (*path, key)
            if key in result:
                self._issue(key_node, f"key {key!r} appears twice in one mapping")
                continue
            self.lines[here] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, here)
        return result

    def _sequence(self, node: yaml.SequenceNode, path: DataPath) -> list[Any]:
        result: list[Any] = []
        for index, child in enumerate(node.value):
            self.lines[(*path, index)] = child.start_mark.line + 1
            result.append(self.build(child, (*path, index)))
        return result

    def _scalar(self, node: yaml.Node) -> Any:
        try:
            return self._scalars.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as error:
            self._issue(node, f"cannot read value: {error.problem}")
            return None

    def _issue(self, node: yaml.Node, message: str) -> None:
        self.issues.append(FormIssue(self.source, node.start_mark.line + 1, message))


def _syntax_issue(error: yaml.YAMLError, source: str) -> FormIssue:
    problem_mark = getattr(error, "problem_mark", None)
    context_mark = getattr(error, "context_mark", None)
    mark = problem_mark or context_mark
    line = mark.line + 1 if mark is not None else 0
    message = getattr(error, "problem", None) or str(error)
    context = getattr(error, "context", None)
    # The parser notices some mistakes lines later; name where the open construct began.
    if context and context_mark is not None and context_mark.line + 1 != line:
        message += f" ({context} that starts on line {context_mark.line + 1})"
    return FormIssue(source, line, f"YAML syntax error: {message}")


def _compose(text: str, source: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        pass  # parse again below, for the pure-Python parser's message
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        raise FormError([_syntax_issue(error, source)]) from None


def parse_form(text: str, source: str) -> Form:
    """Parse and validate form YAML; FormError lists every problem with its line."""
    node = _compose(text, source)
    if node is None:
        raise FormError([FormIssue(source, 1, "the file is empty")])
    tree = _Tree(source)
    data = tree.build(node, ())
    try:
        form = form_from_data(data, source, tree.line_of)
    except FormError as error:
        raise FormError(_in_line_order(tree.issues + error.issues)) from None
    if tree.issues:
        raise FormError(tree.issues)
    return form


def _in_line_order(issues: list[FormIssue]) -> list[FormIssue]:
    # sorted() is stable, so problems on one line keep the order they were found in.
    return sorted(issues, key=lambda issue: issue.line)


def load_form(path: Path) -> Form:
    """Read and validate one form file (UTF-8)."""
    source = str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise FormError(
            [FormIssue(source, 0, f"cannot read the file: {error.strerror or error}")]
        ) from None
    except UnicodeDecodeError as error:
        message = f"not UTF-8 text (bad byte at offset {error.start})"
        raise FormError([FormIssue(source, _line_at(error.object, error.start), message)]) from None
    return parse_form(text, source)


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def check_form_files(paths: Iterable[Path]) -> list[FormIssue]:
    """Every problem in these form files; an empty list means all are valid."""
    issues: list[FormIssue] = []
    for path in paths:
        try:
            form = load_form(path)
        except FormError as error:
            issues.extend(error.issues)
        else:
            issues.extend(_file_name_issues(path, form))
    return issues


def _file_name_issues(path: Path, form: Form) -> list[FormIssue]:
    """A file named like "x.v2.yaml" must hold form x version 2 (a copy not bumped, say)."""
    match = _VERSIONED_NAME.match(path.name)
    if match is None or (match["id"], int(match["version"])) == (form.id, form.version):
        return []
    message = (
        f"the file name says form {match['id']!r} version {int(match['version'])}, "
        f"but the file holds form {form.id!r} version {form.version}"
    )
    return [FormIssue(str(path), 1, message)]


def bundled_forms_dir() -> Path:
    """The shipped forms: forms/ at the top of the repository, or the wheel's copy."""
    return forms_dir()


@functools.lru_cache(maxsize=1)
def default_form() -> Form:
    """The default eight-rule form (forms/eight-rules.v2.yaml), read once."""
    return load_form(bundled_forms_dir() / DEFAULT_FORM_FILE)
