"""The install: one lock, nothing resolved by pip, a console command that works anywhere."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import ROOT

import generator

PINNED = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s\\]+)", re.MULTILINE)


def _direct(path: Path) -> set[str]:
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line and not line.startswith("-"):
            names.add(re.split(r"[<>=!\[ ]", line)[0].lower())
    return names


def test_every_runtime_package_is_pinned_with_a_hash():
    text = (ROOT / "requirements.txt").read_text(encoding="utf-8")
    for block in re.split(r"\n(?=[a-z0-9])", text):
        if PINNED.match(block):
            assert "--hash=sha256:" in block, block.splitlines()[0]
    pinned = {name.lower() for name, _ in PINNED.findall(text)}
    assert _direct(ROOT / "requirements.in") <= pinned
    assert "setuptools" in pinned, "the build backend must be in the lock for --no-build-isolation"


def test_dev_lock_agrees_with_the_runtime_lock():
    runtime = dict(PINNED.findall((ROOT / "requirements.txt").read_text(encoding="utf-8")))
    dev = dict(PINNED.findall((ROOT / "requirements-dev.txt").read_text(encoding="utf-8")))
    assert {"pytest", "ruff", "selenium", "zizmor"} <= set(dev)
    assert not {"pytest", "ruff", "selenium"} & set(runtime), "dev tools stay out of the runtime"
    for name in runtime.keys() & dev.keys():
        assert runtime[name] == dev[name], name


def test_project_metadata_matches_the_lock_inputs_and_the_package():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = {re.split(r"[<>=!\[ ]", d)[0].lower() for d in meta["project"]["dependencies"]}
    assert declared == _direct(ROOT / "requirements.in") - {"setuptools"}
    assert meta["project"]["version"] == generator.__version__
    assert meta["project"]["scripts"]["briefing"] == "generator.cli:main"


def test_dask_is_an_optional_extra_locked_for_development_only():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extra = {
        re.split(r"[<>=!\[ ]", d)[0].lower()
        for d in meta["project"]["optional-dependencies"]["dask"]
    }
    assert extra == {"dask", "distributed"}
    runtime = {n.lower() for n, _ in PINNED.findall((ROOT / "requirements.txt").read_text())}
    dev = {n.lower() for n, _ in PINNED.findall((ROOT / "requirements-dev.txt").read_text())}
    assert extra <= _direct(ROOT / "requirements-dev.in") and extra <= dev, (
        "tested: in the dev lock"
    )
    assert not extra & runtime, "a build without --scheduler never needs it"


def test_makefile_installs_the_lock_without_resolving():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = [line for line in makefile.splitlines() if "$(PIP) install" in line]
    locked = [line for line in installs if "-r requirements" in line]
    assert locked and all("--no-deps" in line and "--require-hashes" in line for line in locked)
    assert any("--no-build-isolation" in line and "-e ." in line for line in installs)
    assert "$(PIP) check" in makefile


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
@pytest.mark.parametrize(
    ("target", "command"), [("site", "-m generator build"), ("bench", "bench_build.py")]
)
def test_make_compiles_the_generator_before_running_it(target, command):
    """``make site`` and ``make bench`` run the generator compiled (``BYTECODE``): with
    PYTHONDONTWRITEBYTECODE set, each command compiled its source anew."""
    lines = subprocess.run(
        ["make", "-n", target], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    ran = next(i for i, line in enumerate(lines) if command in line)
    assert any("-m compileall -q generator" in line for line in lines[:ran])


@pytest.mark.skipif(
    shutil.which("briefing") is None and not (Path(sys.prefix) / "bin/briefing").exists(),
    reason="console command not installed (run make install)",
)
def test_console_command_works_from_any_folder(tmp_path):
    command = shutil.which("briefing") or str(Path(sys.prefix) / "bin/briefing")
    result = subprocess.run([command, "--version"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"briefing {generator.__version__}"


def test_pre_commit_hooks_are_local_and_use_the_locked_tools():
    """No hook downloads anything: each runs a tool from the project's .venv."""
    import yaml

    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    assert {repo["repo"] for repo in config["repos"]} == {"local"}
    assert all(hook["entry"].startswith(".venv/bin/") for hook in hooks)
    entries = {hook["id"]: hook["entry"] for hook in hooks}
    assert entries["briefing-check"] == ".venv/bin/python -m generator check"
    assert {"ruff-check", "ruff-format"} <= entries.keys()
