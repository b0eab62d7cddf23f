"""Edit links: the content file behind each page, on the code host named by briefing.yml or
$BRIEFING_REPO_URL; never the generated Markdown, and none without a repository."""

from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from conftest import write
from test_evidence import linked_deal

from generator.errors import BuildError
from generator.evidence import gather
from generator.evidence.edit import REPO_ENV, entity_file, repo_for, repo_prefix
from generator.load import load_content
from generator.model import Briefing, Entity
from generator.model.views import EditTarget, Repo
from generator.render import render_pages

ROOT = Path(__file__).resolve().parent.parent
REPO = Repo("https://github.com/o/brief", "main", "content")


def test_briefing_names_the_repository_and_branch(mini_content):
    briefing = load_content(mini_content).briefing
    assert briefing.repo_url == "https://git.example.org/editors/mini-briefing"
    assert briefing.edit_branch == "trunk"


@pytest.mark.parametrize(
    "line",
    [
        "repo_url: http://github.com/o/brief",
        "repo_url: javascript:alert(1)",
        "repo_url: https://github.com/o/brief?x=1",
        "repo_url: https://user:secret@github.com/o/brief",
        "repo_url: https://github.com",
        "edit_branch: ../main",
        "edit_branch: 'main?x'",
    ],
)
def test_a_bad_repository_or_branch_is_e018_on_its_line(mini_content, line):
    path = mini_content / "briefing.yml"
    kept = [x for x in path.read_text().splitlines() if not x.startswith(line.split(":")[0])]
    write(path, "\n".join(kept) + f"\n{line}\n")
    with pytest.raises(BuildError) as info:
        load_content(mini_content)
    (error,) = info.value.errors
    assert (error.code, error.line) == ("E018", len(kept) + 1)


def test_the_environment_overrides_briefing_yml_and_is_checked(tmp_path):
    briefing = Briefing("T", "S", repo_url="https://github.com/a/b")
    assert repo_for(briefing, tmp_path, {}) == Repo("https://github.com/a/b", "main", tmp_path.name)
    found = repo_for(briefing, tmp_path, {REPO_ENV: "https://github.com/ci/fork/"})
    assert found is not None and found.url == "https://github.com/ci/fork"
    assert repo_for(Briefing("T", "S"), tmp_path, {}) is None
    with pytest.raises(BuildError) as info:
        repo_for(briefing, tmp_path, {REPO_ENV: "http://github.com/a/b"})
    assert [(e.path, e.code) for e in info.value.errors] == [(REPO_ENV, "E018")]


def test_paths_are_relative_to_the_repository_root(tmp_path):
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    (tmp_path / "repo" / "briefs" / "iran").mkdir(parents=True)
    assert repo_prefix(tmp_path / "repo" / "briefs" / "iran") == "briefs/iran"
    assert repo_prefix(ROOT / "content") == "content"  # this checkout (or a worktree of it)
    assert repo_prefix(tmp_path / "repo") == ""
    assert (
        REPO.edit_url("actors/x.yml") == "https://github.com/o/brief/edit/main/content/actors/x.yml"
    )
    assert Repo("https://h/o/r", "main", "").edit_url("briefing.yml").endswith("main/briefing.yml")


def test_a_found_entity_links_to_a_new_file_prefilled_with_the_yaml_that_accepts_it():
    found = Entity("events", "talks-a-b-2024", "Talks & more", "meeting", parties=("a", "b"))
    target = entity_file(Entity("actors", "x", "X", "person", curated=False, aliases=("Y",)))
    assert target == EditTarget("actors/x.yml", "name: X\ntype: person\naliases:\n- Y\n")
    url = urlsplit(REPO.new_url(*_new(found)))
    assert url.path == "/o/brief/new/main"
    query = parse_qs(url.query)
    assert query["filename"] == ["content/events/talks-a-b-2024.yml"]
    assert yaml.safe_load(query["value"][0]) == {
        "name": "Talks & more",
        "type": "meeting",
        "participants": ["a", "b"],
        "date": "",  # required: the editor fills it in
    }
    assert entity_file(Entity("actors", "x", "X", "person")).new_file is None


@pytest.mark.parametrize(
    "url", ["https://gitlab.com/group/sub/brief", "https://GitLab.example.org/editors/brief"]
)
def test_gitlab_links_use_its_own_paths_and_new_file_fields(url):
    repo = Repo(url, "trunk", "content")
    assert repo.gitlab
    assert repo.edit_url("actors/x.yml") == f"{url}/-/edit/trunk/content/actors/x.yml"
    assert repo.folder_url("events") == f"{url}/-/tree/trunk/content/events"
    found = Entity("events", "talks", "Talks & more", "meeting", parties=("a",))
    new = urlsplit(repo.new_url(*_new(found)))
    assert f"{new.scheme}://{new.netloc}{new.path}" == f"{url}/-/new/trunk"
    query = parse_qs(new.query)
    assert sorted(query) == ["content", "file_name"]
    assert query["file_name"] == ["content/events/talks.yml"]
    assert yaml.safe_load(query["content"][0])["name"] == "Talks & more"


@pytest.mark.parametrize(
    "url",
    ["https://github.com/o/gitlab", "https://notgitlab.com/o/b", "https://git.example.org/o/b"],
)
def test_other_hosts_keep_the_github_scheme(url):
    repo = Repo(url, "main", "")
    assert not repo.gitlab
    assert repo.edit_url("briefing.yml") == f"{url}/edit/main/briefing.yml"
    assert repo.new_url("actors/x.yml", "name: X\n").startswith(f"{url}/new/main?filename=")


def _new(entity: Entity) -> tuple[str, str]:
    target = entity_file(replace(entity, curated=False))
    assert target.new_file is not None
    return target.path, target.new_file


def test_every_page_links_to_its_content_file_and_none_without_a_repository():
    linked, briefing = linked_deal(), Briefing("T", "S")
    evidence = gather(linked, briefing)
    without = render_pages(ROOT / "templates", evidence, briefing)
    assert not any("Edit this page" in text or "rel=" in text for text in without.values())
    pages = render_pages(ROOT / "templates", evidence, briefing, repo=REPO)
    base = "https://github.com/o/brief"
    expected = {
        "actors/putin.md": f"{base}/edit/main/content/actors/putin.yml",
        "agreements/deal.md": f"{base}/edit/main/content/agreements/deal.yml",
        "articles/2025-01-01-a.md": f"{base}/edit/main/content/articles/2025-01-01-a.md",
        "index.md": f"{base}/edit/main/content/briefing.yml",
        "actors/index.md": f"{base}/tree/main/content/actors",
        "timeline/index.md": f"{base}/tree/main/content/events",
    }
    for path, url in expected.items():
        assert f"]({url}){{: .edit-link" in pages[path], path
    gitlab = Repo("https://gitlab.com/o/brief", "main", "content")
    on_gitlab = render_pages(ROOT / "templates", evidence, briefing, repo=gitlab)
    for path, url in expected.items():
        url = url.replace("github.com/o/brief/", "gitlab.com/o/brief/-/")
        assert f"]({url}){{: .edit-link" in on_gitlab[path], path
    for path, text in pages.items():
        assert "build/docs" not in text and "/edit/main/content/actors/putin.md" not in text
        if path.endswith(".md") and not path.startswith("review/"):
            assert ".edit-link" in text, path
