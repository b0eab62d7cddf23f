"""The command line: exit codes, messages naming file and line, and documented commands."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from conftest import FIXTURES, ROOT, write

from generator import cli
from generator.cli import _parser, main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True
    )


def test_check_passes_on_the_bundled_content():
    result = run("check")
    assert result.returncode == 0, result.stderr
    assert "OK: 2 articles" in result.stdout


def test_check_reports_every_error_as_path_line_code_and_exits_1(mini_content, capsys):
    write(mini_content / "actors/bad.yml", "name: Bad\ntype: persn\n")
    write(mini_content / "events/dup.yml", "name: Dup\ntype: meeting\ndate: 2024\nname: Again\n")
    assert main(["check", "--content", str(mini_content)]) == 1
    err = capsys.readouterr().err
    assert re.search(r"actors/bad\.yml:2:7: E015 unknown actor type 'persn' \(hint: .+\)", err)
    assert re.search(r"events/dup\.yml:4:1: E010 duplicate key 'name' \(first on line 1\)", err)
    assert err.strip().endswith("2 errors; nothing was written.")


def test_build_refuses_to_overwrite_the_project(mini_content, capsys):
    assert main(["build", "--content", str(mini_content), "--site", str(ROOT)]) == 1
    assert "E400 refusing to write output over" in capsys.readouterr().err


def test_import_writes_reviewable_articles_and_never_overwrites(tmp_path, capsys):
    raw = FIXTURES / "raw" / "reuters-like.txt"
    args = ["import", str(raw), "--content", str(tmp_path), "--source", "Reuters"]
    assert main(args) == 0
    assert "1 article(s) imported" in capsys.readouterr().out
    assert main(args) == 1
    assert "E305 article file already exists" in capsys.readouterr().err


def test_import_rejects_a_malformed_date(tmp_path, capsys):
    raw = FIXTURES / "raw" / "reuters-like.txt"
    assert main(["import", str(raw), "--content", str(tmp_path), "--date", "21/10/2025"]) == 3
    assert "--date must be YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.slow
def test_pages_only_build_writes_markdown_but_no_site(mini_content, tmp_path):
    site, docs = tmp_path / "site", tmp_path / "docs"
    result = run(
        "build",
        "--content",
        str(mini_content),
        "--site",
        str(site),
        "--docs",
        str(docs),
        "--pages-only",
    )
    assert result.returncode == 0, result.stderr
    assert (docs / "actors" / "rufus-firefly.md").is_file()
    assert not site.exists()
    # Not a terminal (a CI log): no progress drawing, one summary line naming the output.
    assert result.stderr == ""
    assert result.stdout.count("\n") == 1 and result.stdout.startswith("Built ")
    assert f"into {docs}" in result.stdout


def test_every_command_and_option_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    parser = _parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():
        assert f"python -m generator {name}" in readme, name
        for action in command._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in readme, f"{name} {option}"


@pytest.mark.slow
def test_build_passes_site_url_on_and_says_what_is_missing_without_it(
    mini_content, tmp_path, capsys, monkeypatch
):
    args = ["build", "--content", str(mini_content), "--site", str(tmp_path / "site")]
    args += ["--docs", str(tmp_path / "docs")]
    monkeypatch.delenv("SITE_URL", raising=False)
    assert main(args) == 0
    assert "note: SITE_URL is not set, so no sitemap.xml was written" in capsys.readouterr().err
    monkeypatch.setenv("SITE_URL", "https://example.org/brief/")
    assert main(args) == 0
    assert "note:" not in capsys.readouterr().err
    sitemap = (tmp_path / "site" / "sitemap.xml").read_text()
    assert "<loc>https://example.org/brief/actors/freedonia/</loc>" in sitemap


@pytest.mark.slow
def test_build_splits_the_search_index_at_the_page_count_the_environment_gives(
    mini_content, tmp_path, capsys, monkeypatch
):
    args = ["build", "--content", str(mini_content), "--site", str(tmp_path / "site")]
    args += ["--docs", str(tmp_path / "docs")]
    monkeypatch.setenv("BRIEFING_SEARCH_SPLIT_PAGES", "a few")
    assert main(args) == 3
    assert "BRIEFING_SEARCH_SPLIT_PAGES must be a whole number" in capsys.readouterr().err
    assert not (tmp_path / "site").exists()
    monkeypatch.setenv("BRIEFING_SEARCH_SPLIT_PAGES", "0")
    assert main(args) == 0
    site = tmp_path / "site"
    assert list((site / "search" / "split" / "terms").glob("*.json"))
    [worker] = (site / "assets" / "javascripts" / "workers").glob("search-split.*.js")
    assert worker.name in (site / "index.html").read_text()
    monkeypatch.setenv("BRIEFING_SEARCH_SPLIT_PAGES", "100000")
    assert main(args) == 0
    assert not (site / "search" / "split").exists()
    assert "search-split" not in (site / "index.html").read_text()


def test_import_skip_existing_reports_what_it_skipped(tmp_path, capsys):
    raw = FIXTURES / "raw" / "reuters-like.txt"
    args = ["import", str(raw), "--content", str(tmp_path)]
    assert main(args) == 0
    capsys.readouterr()
    assert main([*args, "--skip-existing"]) == 0
    out = capsys.readouterr().out
    assert "skipped" in out and "(exists)" in out
    assert "0 article(s) imported" in out and "1 skipped" in out


@pytest.mark.parametrize("args", [[], ["frobnicate"], ["check", "--bogus"], ["init"]])
def test_usage_errors_exit_3_not_the_code_of_a_failed_mkdocs_build(args, capsys):
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == cli.EXIT_USAGE == 3
    assert "usage: " in capsys.readouterr().err


def test_a_bare_command_exits_3_from_the_shell():
    result = run()
    assert result.returncode == 3
    assert "error: the following arguments are required: command" in result.stderr


@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
def test_a_closed_output_pipe_exits_141_without_a_traceback(buffered):
    """``briefing check | head -0``: the reader is gone before the one line is written."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if not buffered:
        env["PYTHONUNBUFFERED"] = "1"
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "check", "--content", str(FIXTURES / "mini")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()
    _, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (cli.EXIT_PIPE, b"")
    assert cli.EXIT_PIPE == 141


def test_exit_codes_are_distinct_and_each_is_in_the_readme():
    codes = {name: value for name, value in vars(cli).items() if name.startswith("EXIT_")}
    assert codes == {"EXIT_CONTENT": 1, "EXIT_PUBLISH": 2, "EXIT_USAGE": 3, "EXIT_PIPE": 141}
    readme = (ROOT / "README.md").read_text()
    documented = readme.split("Exit codes:", 1)[1].split("\n\n", 1)[0]
    for value in (0, *codes.values()):
        assert f"`{value}`" in documented, value


def _file_size_limit(limit: int):
    """A child whose writes past ``limit`` bytes fail (EFBIG), as on a full disk."""
    import resource

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_an_import_that_cannot_write_leaves_no_article_and_exits_3(tmp_path):
    """All or nothing: a truncated article would pass ``check`` with half its text."""
    import csv

    with (FIXTURES / "raw" / "wikinews-sample.csv").open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields, rows = reader.fieldnames, list(reader)
    rows.sort(key=lambda row: len(row["text"]))  # short ones written first, the long one last
    raw = tmp_path / "raw.csv"
    with raw.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    result = subprocess.run(
        [sys.executable, "-m", "generator", "import", str(raw), "--content", str(content)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=_file_size_limit(3500),
    )
    assert result.returncode == cli.EXIT_USAGE, result.stderr
    assert "Traceback" not in result.stderr
    assert re.search(r"^error: File too large: \S+\.md$", result.stderr, re.M), result.stderr
    assert "hint: a problem of this machine" in result.stderr
    assert list((content / "articles").iterdir()) == []


def test_a_build_that_cannot_write_exits_3_and_keeps_the_live_docs(mini_content, tmp_path):
    site, docs = tmp_path / "site", tmp_path / "docs"
    args = ["build", "--content", str(mini_content), "--site", str(site), "--docs", str(docs)]
    assert run(*args, "--pages-only").returncode == 0
    before = {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    article = mini_content / "articles" / "2024-02-03-pact-signed.md"
    article.write_text(article.read_text() + "\nThe pact was welcomed by many.\n")
    result = subprocess.run(
        [sys.executable, "-m", "generator", *args, "--pages-only"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=_file_size_limit(1000),
    )
    assert result.returncode == cli.EXIT_USAGE, result.stderr
    assert "Traceback" not in result.stderr
    assert "error: File too large: " in result.stderr
    assert {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()} == before
