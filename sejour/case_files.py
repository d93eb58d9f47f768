"""Reading a case file (YAML or JSON) or a file's content: :func:`load_case` (also
``sejour.case.load_case``), refusing with a :class:`CaseError` at ``<file>`` what is no case
file at all, and with the case's own problems what :func:`sejour.case.parse_case` refuses."""

from __future__ import annotations

import json
import os
import pathlib
import re
import stat

import yaml

from . import case_errors as texts
from .case_errors import _show, fail as _fail, say

MAX_FILE_BYTES = 1_000_000
WHOLE_FILE = "<file>"
MINIMUM = texts.MINIMUM


# -- reading files ------------------------------------------------------------------------------
class CaseLoader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 scalars: no implicit dates (the case's date fields check
    them, with their path), booleans are only true/false (`NO`, Norway, and `yes` stay text),
    `1e12` is a number, no base-60 numbers; and a duplicate key is an error."""


_YAML12 = {  # tag: (regular expression, first characters)
    "bool": (r"true|True|TRUE|false|False|FALSE", "tTfF"),
    "int": (r"[-+]?(?:0|[1-9][0-9_]*|0[0-7][0-7_]*|0x[0-9a-fA-F][0-9a-fA-F_]*|0b[01][01_]*)", "-+0123456789"),
    "float": ((r"[-+]?(?:(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*[eE][-+]?[0-9]+)"
               r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"), "-+0123456789."),
}
_REPLACED = {f"tag:yaml.org,2002:{tag}" for tag in (*_YAML12, "timestamp")}
CaseLoader.yaml_implicit_resolvers = {first: [(tag, regexp) for tag, regexp in resolvers if tag not in _REPLACED]
                                      for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
for _tag, (_regexp, _first) in _YAML12.items():
    CaseLoader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(f"^(?:{_regexp})$"), list(_first))


class _DuplicateKey(yaml.constructor.ConstructorError):
    def __init__(self, key, mark):
        self.key = key
        super().__init__(None, None, f"duplicate key {key!r}; each key may appear once", mark)


def _mapping_without_duplicates(loader: CaseLoader, node, deep: bool = False):
    seen = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        key = loader.construct_object(key_node, deep=deep)
        try:
            if key in seen:
                raise _DuplicateKey(key, key_node.start_mark)
            seen.add(key)
        except TypeError:  # an unhashable key: construct_mapping says so
            break
    return loader.construct_mapping(node, deep=deep)


CaseLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def _json_object(pairs):
    data = dict(pairs)
    if len(data) < len(pairs):
        raise ValueError("duplicate key")  # the YAML reader then says which one, and where
    return data


def _parse_text(text: str):
    if text.lstrip().startswith("{"):
        try:
            return json.loads(text, object_pairs_hook=_json_object)
        except (ValueError, RecursionError):
            pass  # not JSON after all: the YAML parser reads it or says where it goes wrong
    try:
        return yaml.load(text, Loader=CaseLoader)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        what = " ".join(part for part in (error.context, error.problem) if part)
        if isinstance(error, _DuplicateKey) and mark:
            raise _fail(WHOLE_FILE, say(texts.DUPLICATE_KEY, key=_show(error.key), line=mark.line + 1, column=mark.column + 1)) from None
        if mark:
            raise _fail(WHOLE_FILE, say(texts.INVALID_AT, line=mark.line + 1, column=mark.column + 1, reason=what)) from None
        raise _fail(WHOLE_FILE, say(texts.INVALID_TEXT, reason=what)) from None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        raise _fail(WHOLE_FILE, say(texts.CONTROL, code=f"{error.character:04x}", line=line)) from None
    except (yaml.YAMLError, ValueError, RecursionError, OverflowError) as error:
        raise _fail(WHOLE_FILE, say(texts.INVALID_TEXT, reason=error)) from None


def _read(path: pathlib.Path) -> bytes:
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            raise _fail(WHOLE_FILE, say(texts.DIRECTORY if stat.S_ISDIR(mode) else texts.NOT_A_FILE, path=path))
        with path.open("rb") as file:
            return file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _fail(WHOLE_FILE, say(texts.NO_FILE, path=path)) from None
    except OSError as error:
        raise _fail(WHOLE_FILE, say(texts.CANNOT_READ, path=path, reason=error.strerror or error)) from None
    except ValueError as error:  # e.g. a NUL character in the path
        raise _fail(WHOLE_FILE, say(texts.BAD_NAME, reason=error)) from None


def load_case(source: str | pathlib.Path | bytes) -> Case:
    """A Case from a YAML or JSON file (a path) or from such a file's content (bytes); else CaseError."""
    if not isinstance(source, (bytes, bytearray, str, os.PathLike)):
        raise _fail(WHOLE_FILE, say(texts.NOT_A_SOURCE, kind=type(source).__name__))
    content = bytes(source) if isinstance(source, (bytes, bytearray)) else _read(pathlib.Path(source))
    if len(content) > MAX_FILE_BYTES:
        raise _fail(WHOLE_FILE, say(texts.TOO_LARGE, most=MAX_FILE_BYTES, minimum=MINIMUM))
    if not content.strip():
        raise _fail(WHOLE_FILE, say(texts.EMPTY, minimum=MINIMUM))
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(WHOLE_FILE, say(texts.UTF16))
    if b"\x00" in content:
        raise _fail(WHOLE_FILE, say(texts.NUL))
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _fail(WHOLE_FILE, say(texts.NOT_UTF8, byte=f"{content[error.start]:02x}", offset=error.start)) from None
    data = _parse_text(text)
    if data is None:
        raise _fail(WHOLE_FILE, say(texts.ONLY_COMMENTS, minimum=MINIMUM))
    from .case import _small, parse_case

    if not isinstance(data, dict):
        raise _fail(WHOLE_FILE, say(texts.TOP_LEVEL, kind=type(data).__name__, minimum=MINIMUM), _small(data))
    return parse_case(data)
