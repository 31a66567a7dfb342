"""From the paths a user gives to decoded lines: path expansion, gzip, binary sniffing, UTF-8.

Files are read as bytes, line by line, so a large file is never held in memory; each line is
decoded on its own, so one bad byte spoils nothing but its own line (and that is repaired with
U+FFFD and reported, not dropped).
"""
from __future__ import annotations

import glob
import gzip
import os
import zlib
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple

from kg.ingest.skips import BINARY_FILE, EMPTY_FILE, MISSING_PATH, NO_INPUTS, UNREADABLE_FILE, InputSkip

GZIP_MAGIC = b"\x1f\x8b"
UTF8_BOM = b"\xef\xbb\xbf"
HEAD_BYTES = 64 * 1024
# Share of undecodable or control characters in a file's head above which it is not text.
BINARY_SHARE = 0.10
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
_GLOB_CHARS = frozenset("*?[")
# What a damaged gzip stream raises while being read.
_READ_ERRORS = (OSError, EOFError, zlib.error)


class InputFile(NamedTuple):
    """One file to read, and the directory or glob it was found through (None if named)."""

    path: str
    group: str | None = None


class MissingInput(NamedTuple):
    """An input that names nothing readable: a missing path, an empty directory, a bare glob."""

    path: str
    reason: str
    detail: str = ""


def expand_inputs(inputs: Iterable[str | os.PathLike], report=None, strict: bool = False) -> Iterator[str]:
    """The paths of the files named by `inputs`, each once, in the order given.

    Args:
        inputs: paths of files or directories, or glob patterns (see `resolve_inputs`).
        report: a `kg.report.Report`; inputs naming no file are counted in it as skipped.
        strict: raise InputError for an input naming no file instead.
    """
    from kg.errors import InputError

    for item in resolve_inputs(inputs):
        if isinstance(item, InputFile):
            yield item.path
        elif strict:
            raise InputError(item.path, f"{item.reason}: {item.detail}")
        elif report is not None:
            report.skip(item.reason, item.path, None, item.detail)


def resolve_inputs(inputs: Iterable[str | os.PathLike]) -> Iterator[InputFile | MissingInput]:
    """The files named by `inputs`, each once, in the order given.

    Directories are walked recursively in sorted order, leaving out hidden files and folders
    (names starting with "."); patterns with `*`, `?` or `[` are globbed (`**` recurses).

    Args:
        inputs: paths of files or directories, or glob patterns.

    Yields:
        InputFile for each file, MissingInput for each input that names no file.
    """
    seen: set[str] = set()
    for item in inputs:
        name = os.fspath(item)
        if os.path.isfile(name):
            found, group = [name], None
        elif os.path.isdir(name):
            found, group = _files_under(name), name
            if not found:
                yield MissingInput(name, NO_INPUTS, "directory holds no files")
                continue
        elif _GLOB_CHARS & set(name):
            found, group = sorted(glob.glob(name, recursive=True)), name
            found = [f for path in found for f in ([path] if os.path.isfile(path) else _files_under(path))]
            if not found:
                yield MissingInput(name, MISSING_PATH, "no file matches this pattern")
                continue
        else:
            yield MissingInput(name, MISSING_PATH, "no such file or directory")
            continue
        for path in found:
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                yield InputFile(path, group)


def _files_under(directory: str) -> list[str]:
    files = []
    for path in sorted(Path(directory).rglob("*")):
        relative = path.relative_to(directory).parts
        if path.is_file() and not any(part.startswith(".") for part in relative):
            files.append(str(path))
    return files


def open_bytes(path: str):
    """The file opened for reading bytes, decompressed when its first bytes are gzip's magic."""
    with open(path, "rb") as probe:
        magic = probe.read(len(GZIP_MAGIC))
    return gzip.open(path, "rb") if magic == GZIP_MAGIC else open(path, "rb")


def read_head(path: str) -> bytes:
    """Up to HEAD_BYTES of the file's (decompressed) content, for sniffing.

    Raises:
        InputSkip: the file cannot be opened or its gzip stream is damaged.
    """
    try:
        with open_bytes(path) as stream:
            return stream.read(HEAD_BYTES)
    except _READ_ERRORS as err:
        raise InputSkip(UNREADABLE_FILE, None, _describe(err)) from err


def check_text(head: bytes) -> None:
    """Refuse a file whose head is empty or not text.

    Raises:
        InputSkip: EMPTY_FILE when only whitespace, BINARY_FILE when NUL bytes or mostly
            undecodable or control characters.
    """
    if not head.removeprefix(UTF8_BOM).strip():
        raise InputSkip(EMPTY_FILE, None, "nothing but whitespace" if head else "0 bytes")
    if b"\x00" in head:
        hint = " (UTF-16? convert it to UTF-8)" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
        raise InputSkip(BINARY_FILE, None, f"holds NUL bytes{hint}")
    text = head.decode("utf-8", "replace")
    bad = sum(1 for ch in text if ch == "\ufffd" or (ch < " " and ch not in _TEXT_CONTROLS))
    if bad > BINARY_SHARE * len(text):
        raise InputSkip(BINARY_FILE, None, f"{bad} of {len(text)} leading characters are not text")


def head_text(head: bytes) -> str:
    """The head decoded for format detection (bad bytes replaced, BOM dropped)."""
    return head.removeprefix(UTF8_BOM).decode("utf-8", "replace")


def iter_lines(path: str, on_invalid: Callable[[int], None]) -> Iterator[tuple[int, str]]:
    """The file's lines, decoded, without their line endings, numbered from 1.

    Args:
        path: a plain or gzip file.
        on_invalid: called with the line number of each line whose invalid UTF-8 was replaced.

    Raises:
        InputSkip: UNREADABLE_FILE when reading fails part way (e.g. a truncated gzip).
    """
    lineno = 0
    try:
        with open_bytes(path) as stream:
            for lineno, raw in enumerate(stream, start=1):
                if lineno == 1:
                    raw = raw.removeprefix(UTF8_BOM)
                raw = raw.rstrip(b"\n").rstrip(b"\r")
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    text = raw.decode("utf-8", "replace")
                    on_invalid(lineno)
                yield lineno, text
    except _READ_ERRORS as err:
        raise InputSkip(UNREADABLE_FILE, lineno + 1, _describe(err)) from err


def _describe(err: BaseException) -> str:
    text = str(err) or type(err).__name__
    return " ".join(text.split())
