"""Errors safec reports to the user (never as a Python traceback)."""

from __future__ import annotations


class SafecError(Exception):
    """A user-facing error; the CLI prints `str(e)` and exits with status 2."""


class UnsupportedError(SafecError):
    """A construct safec refuses, with its source position."""

    def __init__(self, loc: object, what: str) -> None:
        super().__init__(f"{loc}: error: unsupported construct: {what}")
        self.loc = loc
        self.what = what


class ParseError(SafecError):
    """The C file does not parse (clang's diagnostics are in the message)."""
