""" "Edit this page": which content file a contributor changes, and the code host's link to it.

Contributors fix the briefing by pull request, so every page links to the file behind it: the
entity's YAML, the article's Markdown, ``briefing.yml``, never the generated page. An entity
the machine found has no file yet; its link starts one, prefilled with the YAML that accepts
it. The repository comes from ``briefing.yml`` (``repo_url``, ``edit_branch``) or, overriding
it, ``$BRIEFING_REPO_URL``; never from the theme's ``repo_url``, which would make the theme
call the code host's API from every reader's browser. Links follow GitHub's URL scheme
(``edit/<branch>/<path>``, ``new/<branch>?filename=...&value=...``), which Gitea and Forgejo
share, or GitLab's (``-/edit/<branch>/<path>``, ``-/new/<branch>?file_name=...&content=...``)
for a GitLab host (``gitlab.com``, or a host whose name has a ``gitlab`` label, such as
``gitlab.example.org``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import BuildError, ContentError
from ..load.schema import repo_url_problem
from ..model import Briefing, Entity
from ..model.views import EditTarget, Repo
from ..yamlio import DATE_TO_FILL, dump_fields

REPO_ENV = "BRIEFING_REPO_URL"
DEFAULT_BRANCH = "main"


def repo_prefix(content: Path) -> str:
    """The content folder relative to the repository holding it (the nearest folder with a
    ``.git``), else just its name: the same on every machine and from any working folder."""
    content = content.resolve()
    for folder in (content, *content.parents):
        if (folder / ".git").exists():
            return content.relative_to(folder).as_posix().strip(".")
    return content.name


def repo_for(
    briefing: Briefing, content: Path, environ: Mapping[str, str] = os.environ
) -> Repo | None:
    """The repository edit links point into, or None (no edit links) when none is set.

    ``$BRIEFING_REPO_URL`` overrides ``repo_url`` (CI sets it from the repository it runs
    in); a malformed value is an error like one in ``briefing.yml``.
    """
    url = environ.get(REPO_ENV) or briefing.repo_url
    if not url:
        return None
    if environ.get(REPO_ENV) and (problem := repo_url_problem(url)):
        hint = "set it to https://<host>/<owner>/<name>, or unset it to use briefing.yml"
        raise BuildError([ContentError(REPO_ENV, 0, "E018", problem, hint)])
    return Repo(url.rstrip("/"), briefing.edit_branch, repo_prefix(content))


def entity_file(entity: Entity) -> EditTarget:
    """An entity's YAML, or for a found one, the file that would accept it as it stands."""
    path = f"{entity.kind}/{entity.id}.yml"
    return EditTarget(path, None if entity.curated else _accepting_yaml(entity))


def _accepting_yaml(entity: Entity) -> str:
    """The fields of the loader's schema the machine knows, in the order editors write them."""
    data: dict[str, Any] = {"name": entity.name, "type": entity.type}
    if entity.aliases:
        data["aliases"] = list(entity.aliases)
    if entity.kind != "actors":
        if entity.date:
            data["date"] = entity.date
        if entity.place:
            data["place"] = entity.place
        field = "parties" if entity.kind == "agreements" else "participants"
        if entity.parties:
            data[field] = list(entity.parties)
        if entity.about:
            data["about"] = list(entity.about)
        if entity.agreement:
            data["agreement"] = entity.agreement
    text = dump_fields(data)
    if entity.kind == "events" and not entity.date:
        text += DATE_TO_FILL
    return text
