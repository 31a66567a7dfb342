"""Errors kg reports to a user as one line; the CLI prints `str(err)` and never a traceback."""
from __future__ import annotations


class KGError(Exception):
    """Base of every error kg expects; its message is one line a user can act on."""


class UsageError(KGError):
    """Bad command-line usage: an unknown format, a missing argument (exit status 2)."""


class InputError(KGError):
    """A problem with one input file, optionally at one line or record.

    The message always starts with the place: `path:line: what is wrong`.
    """

    def __init__(self, path: str, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.reason = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class DatabaseError(KGError):
    """The graph database could not be reached or refused a statement."""
