"""The Jinja2 environments' shared setup and the templates' compiled code kept between builds:
one place for the Markdown pages' environment (``render``) and the review pages' autoescaping
HTML one (``review_pages``), which no longer reach into each other for it."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from ..memo import code_digest


def jinja_environment(
    templates: Path, *, autoescape: bool, finalize: Callable[[Any], Any] | None = None
) -> jinja2.Environment:
    """A strict environment over ``templates`` (an undefined value is an error), its compiled
    templates kept beside them; ``autoescape`` for HTML pages, ``finalize`` for Markdown ones."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        bytecode_cache=CompiledTemplates(templates / COMPILED),
        undefined=jinja2.StrictUndefined,
        autoescape=autoescape,
        finalize=finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


COMPILED = "__pycache__"
"""Where ``CompiledTemplates`` keeps the templates' compiled code: beside them, as Python keeps
its modules' (the folder every digest of the code and templates leaves out)."""


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Each template's compiled code, kept between builds: compiling the templates a rebuild
    renders (about 20) was 0.05 s of CPU every build. Kept in the templates' own folder, never
    in the cache folder (which may be shared or restored: compiled code must not be planted
    there). An entry is used only for the same template source compiled by the same code
    (``code_digest``: the generator, which sets the environment's options, Python and Jinja2
    versions); any other is compiled again and replaces it. A folder that cannot be written
    or read only means compiling, as before."""

    def __init__(self, folder: Path):
        super().__init__(str(folder), "jinja2-%s.cache")
        self._code = code_digest().hexdigest()

    def get_source_checksum(self, source: str) -> str:
        return super().get_source_checksum(f"{self._code}\0{source}")

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # unreadable or damaged: compiled again
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)
