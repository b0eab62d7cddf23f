"""``annotate.import_spacy``: spaCy without its command line, which stays importable.

Each check runs in a fresh interpreter (spaCy may be imported in this one already), waited
for, so no process outlives the test."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_spacy_imported_without_its_command_line() -> None:
    out = _run(
        """
        import sys
        from generator.annotate import import_spacy
        spacy = import_spacy()
        print(sys.modules["spacy"] is spacy)
        print("spacy.cli" in sys.modules, "spacy.cli.info" in sys.modules, "typer" in sys.modules)
        print("cli" in vars(spacy))
        print(spacy.blank("en")("Ann met Bob.")[0].text)
        """
    )
    assert out.split("\n")[:4] == ["True", "False False False", "False", "Ann"]


def test_command_line_still_imports_for_real() -> None:
    out = _run(
        """
        from generator.annotate import import_spacy
        spacy = import_spacy()
        import spacy.cli
        from spacy.cli.info import info
        print(callable(spacy.cli.download), info.__module__)
        """
    )
    assert out.split() == ["True", "spacy.cli.info"]


def test_spacy_info_imports_the_real_one_when_called() -> None:
    out = _run(
        """
        import sys
        from generator.annotate import import_spacy
        spacy = import_spacy()
        found = spacy.info(silent=True)
        print("spacy.cli.info" in sys.modules, found["spacy_version"] == spacy.__version__)
        """
    )
    assert out.split() == ["True", "True"]


def test_spacy_imported_already_is_returned_as_is() -> None:
    out = _run(
        """
        import spacy
        from generator.annotate import import_spacy
        print(import_spacy() is spacy, "spacy.cli" in __import__("sys").modules)
        """
    )
    assert out.split() == ["True", "True"]


def test_a_spacy_needing_more_of_its_command_line_is_imported_plainly(tmp_path) -> None:
    """A later spaCy whose ``__init__`` imports more from ``spacy.cli`` than the stand-ins
    give still loads, with its real command line."""
    package = tmp_path / "spacy"
    (package / "cli").mkdir(parents=True)
    (package / "__init__.py").write_text("from .cli.info import info\nfrom .cli import download\n")
    (package / "cli" / "__init__.py").write_text("def download():\n    return 'real'\n")
    (package / "cli" / "info.py").write_text("def info():\n    return 'real info'\n")
    out = _run(
        f"""
        import sys
        sys.path.insert(0, {str(tmp_path)!r})
        from generator.annotate import import_spacy
        spacy = import_spacy()
        print(spacy.__file__.startswith({str(tmp_path)!r}), spacy.download(), spacy.info())
        """
    )
    assert out.split("\n")[0] == "True real real info"
