import os
from pathlib import Path

import pytest
from conftest import write

from generator.errors import BuildError
from generator.load import load_content, split_paragraphs


def errors_of(content: Path) -> list[str]:
    with pytest.raises(BuildError) as info:
        load_content(content)
    return [str(e) for e in info.value.errors]


def test_fixture_content_loads(mini_content):
    content = load_content(mini_content)
    assert [a.id for a in content.articles] == ["2024-01-02-summit-held", "2024-02-03-pact-signed"]
    assert "actors/rufus-firefly" in content.entity_keys()
    summit = content.articles[0]
    assert summit.paragraphs[0].startswith("Rufus Firefly met")
    assert summit.paragraph_lines == (12, 14, 16)
    assert summit.annotations[0].entity == "events/peace-summit"


def test_bundled_content_is_valid():
    content = load_content(Path(__file__).resolve().parent.parent / "content")
    assert len(content.articles) == 2
    assert {"actors/vladimir-putin", "agreements/russia-iran-strategic-partnership-treaty"} <= (
        content.entity_keys()
    )


def test_every_problem_is_reported_at_once_with_file_and_line(mini_content):
    write(mini_content / "actors/bad.yml", "name: Bad\ntype: persn\nalias: [x]\n")
    write(mini_content / "events/broken.yml", "name: [unclosed\n")
    write(
        mini_content / "agreements/other.yml",
        "name: Other\ntype: deal\nparties:\n  - freedonai\n",
    )
    errors = errors_of(mini_content)
    joined = "\n".join(errors)
    assert (
        "actors/bad.yml:2:7: E015 unknown actor type 'persn' (hint: did you mean 'person'?)"
        in joined
    )
    assert (
        "actors/bad.yml:3:1: E012 unknown field 'alias' (hint: did you mean 'aliases'?)" in joined
    )
    assert "events/broken.yml:1:7: E010 malformed YAML" in joined
    assert "agreements/other.yml:4:5: E103 unknown actor 'freedonai'" in joined
    assert "did you mean 'freedonia'?" in joined


def test_actors_an_event_is_about_are_checked_like_its_participants(mini_content):
    event = mini_content / "events/peace-summit.yml"
    event.write_text(event.read_text() + "about:\n  - acme-corporation\n")
    summit = {e.key: e for e in load_content(mini_content).entities}["events/peace-summit"]
    assert summit.about == ("acme-corporation",)
    event.write_text(event.read_text() + "  - sylvannia\n  - sylvania\n  - border-pact\n")
    joined = "\n".join(errors_of(mini_content))
    assert "events/peace-summit.yml:11:5: E103 unknown actor 'sylvannia'" in joined
    assert "events/peace-summit.yml:12:1: E105 'sylvania' is listed twice" in joined
    # The event's agreement id is still no actor id.
    assert "events/peace-summit.yml:13:5: E103 unknown actor 'border-pact'" in joined


def test_adjectives_are_checked_like_aliases_and_only_for_actors(mini_content):
    actor = mini_content / "actors/freedonia.yml"
    actor.write_text(actor.read_text() + "adjectives: [Freedonian]\n")
    freedonia = {e.key: e for e in load_content(mini_content).entities}["actors/freedonia"]
    assert freedonia.adjectives == ("Freedonian",)
    actor.write_text(actor.read_text().replace("[Freedonian]", "[Freedonian, <b>]"))
    event = mini_content / "events/peace-summit.yml"
    event.write_text(event.read_text() + "adjectives: [Peaceful]\n")
    sylvania = mini_content / "actors/sylvania.yml"
    sylvania.write_text(sylvania.read_text() + "adjectives: [nuclear, Freedonian]\n")
    joined = "\n".join(errors_of(mini_content))
    assert "E204 adjective '<b>' contains characters not allowed in a name" in joined
    assert "events/peace-summit.yml:9:1: E012 unknown field 'adjectives'" in joined
    assert "E204 adjective 'nuclear' does not start with a capital letter" in joined
    assert "E104 name, alias or adjective 'Freedonian' is also used by actors/freedonia" in joined


def test_duplicate_names_across_entities_are_errors(mini_content):
    write(mini_content / "actors/other-firefly.yml", "name: Firefly\ntype: person\n")
    assert any("E104 name, alias or adjective 'Firefly'" in e for e in errors_of(mini_content))


def test_raw_html_and_snippets_in_articles_are_rejected_with_the_line(mini_content):
    path = mini_content / "articles/2024-02-03-pact-signed.md"
    text = path.read_text()
    path.write_text(text + '\nA <script>alert(1)</script> here.\n\n--8<-- ".git/config"\n')
    errors = errors_of(mini_content)
    assert any(
        e.endswith(
            "E200 raw HTML is not allowed in content (hint: write "
            "plain text; the generator adds all markup itself)"
        )
        and ":10:" in e
        for e in errors
    )
    assert any(":12:1: E201" in e for e in errors)
    assert path.read_text().endswith('"\n'), "a source file is never rewritten"


def test_annotation_text_must_occur_and_entity_must_exist(mini_content):
    path = mini_content / "articles/2024-02-03-pact-signed.md"
    path.write_text(
        path.read_text().replace(
            "language: en\n",
            "language: en\nannotations:\n  - text: not in body\n    entity: actors/nobody\n",
        )
    )
    joined = "\n".join(errors_of(mini_content))
    assert "2024-02-03-pact-signed.md:7:11: E106 annotated text 'not in body'" in joined
    assert "2024-02-03-pact-signed.md:8:1: E103 unknown entity 'actors/nobody'" in joined


def test_article_file_names_must_start_with_the_date(mini_content):
    write(
        mini_content / "articles/2024-03-01-wrong.md",
        "---\ntitle: T\ndate: '2024-03-02'\nsource: S\nlanguage: en\n---\n\nText.\n",
    )
    assert any(":3:7: E017" in e for e in errors_of(mini_content))


def test_missing_front_matter_and_bad_urls(mini_content):
    write(mini_content / "articles/2024-03-01-none.md", "Just text.\n")
    write(
        mini_content / "articles/2024-03-02-url.md",
        "---\ntitle: T\ndate: '2024-03-02'\nsource: S\nlanguage: en\n"
        "url: javascript:alert(1)\n---\n\nText.\n",
    )
    joined = "\n".join(errors_of(mini_content))
    assert "2024-03-01-none.md:1:1: E020" in joined
    assert "2024-03-02-url.md:6:6: E202" in joined


def test_odd_file_names_and_symlinks_are_errors(mini_content, tmp_path):
    write(mini_content / "actors/Bad Name.yml", "name: X\ntype: person\n")
    secret = write(tmp_path / "secret.yml", "name: Secret\ntype: person\n")
    os.symlink(secret, mini_content / "actors/linked.yml")
    joined = "\n".join(errors_of(mini_content))
    assert "Bad Name.yml: E001" in joined
    assert "linked.yml: E002 symbolic links are not allowed" in joined


def test_paragraphs_join_wrapped_lines_and_keep_their_first_line():
    assert split_paragraphs("\nOne\ntwo\n\n\nThree\n", 10) == [("One two", 11), ("Three", 15)]


def test_blank_required_fields_and_impossible_dates_are_errors(mini_content):
    write(mini_content / "actors/blank.yml", "name: '  '\ntype: person\n")
    write(mini_content / "actors/empty.yml", "")
    write(mini_content / "events/when.yml", "name: When\ntype: meeting\ndate:\n")
    write(mini_content / "events/feb.yml", "name: Feb\ntype: meeting\ndate: 2024-02-30\n")
    joined = "\n".join(errors_of(mini_content))
    assert "actors/blank.yml:1:7: E013 required field 'name' is empty" in joined
    assert "actors/empty.yml:1:1: E011 an entity file must be a mapping of fields" in joined
    assert "events/when.yml:3:1: E013 required field 'date' is empty" in joined
    assert "events/feb.yml:3:7: E016 '2024-02-30' is not a valid date" in joined


def test_an_entity_missing_its_name_is_still_checked_field_by_field(mini_content):
    write(
        mini_content / "events/nameless.yml",
        "type: meeting\ndate: 2024-13\ndescription: <b>x</b>\nagreement: nope\n",
    )
    joined = "\n".join(errors_of(mini_content))
    for expected in (
        "nameless.yml:1:1: E013 missing required field 'name'",
        "nameless.yml:2:7: E016",
        "nameless.yml:3:14: E200",
    ):
        assert expected in joined


def test_reserved_ids_generic_aliases_and_unclosed_front_matter(mini_content):
    write(mini_content / "actors/index.yml", "name: Index\ntype: person\n")
    write(mini_content / "events/page-2.yml", "name: Page two\ntype: meeting\n")  # index's page
    write(mini_content / "actors/generic.yml", "name: Generic\ntype: person\naliases: [the, '']\n")
    write(mini_content / "articles/2024-05-01-open.md", "---\ntitle: Open\n\nText.\n")
    joined = "\n".join(errors_of(mini_content))
    assert "actors/index.yml: E001 'index' is a reserved id" in joined
    assert "events/page-2.yml: E001 'page-2' is a reserved id" in joined
    assert "generic.yml:3:11: E204 alias 'the' is empty or too generic" in joined
    assert "generic.yml:3:16: E204 alias '' is empty or too generic" in joined
    assert "2024-05-01-open.md:1:1: E021 front matter is not closed" in joined


def test_annotations_match_whole_words_and_mean_one_thing(mini_content):
    path = mini_content / "articles/2024-02-03-pact-signed.md"
    path.write_text(
        path.read_text().replace(
            "language: en\n",
            "language: en\nannotations:\n  - text: act\n    entity: agreements/border-pact\n"
            "  - text: Firefly\n    entity: actors/rufus-firefly\n"
            "  - text: Firefly\n    entity: actors/sylvania\n",
        )
    )
    joined = "\n".join(errors_of(mini_content))
    assert "pact-signed.md:7:11: E106 annotated text 'act' does not occur" in joined
    assert "pact-signed.md:11:11: E105 'Firefly' is annotated twice" in joined


def test_symlinked_folders_and_key_actor_lines(mini_content, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    (mini_content / "events").rename(elsewhere)
    os.symlink(elsewhere, mini_content / "events")
    briefing = mini_content / "briefing.yml"
    briefing.write_text(
        briefing.read_text().replace("  - freedonia\n", "  - freedonia\n  - nobody\n")
    )
    joined = "\n".join(errors_of(mini_content))
    assert "content/events: E002 symbolic links are not allowed" in joined
    assert "briefing.yml:5:5: E103 unknown actor 'nobody'" in joined


def test_an_indented_dashes_line_inside_a_block_stays_yaml(mini_content):
    write(
        mini_content / "articles/2024-05-02-block.md",
        "---\ntitle: |\n  A title\n  ---\n  continued\ndate: '2024-05-02'\nsource: S\n"
        "language: en\n---\n\nBody.\n",
    )
    titles = {a.id: a.title for a in load_content(mini_content).articles}
    assert titles["2024-05-02-block"] == "A title --- continued"


def test_prose_with_angle_brackets_is_text_but_a_tag_is_raw_html(mini_content):
    path = mini_content / "articles/2024-02-03-pact-signed.md"
    path.write_text(path.read_text().replace("title: Pact signed", "title: '< script and 3 > 2'"))
    content = load_content(mini_content)
    assert "< script and 3 > 2" in {a.title for a in content.articles}
    for tag in ("<b>", "</b >", "<!-- x -->", "<?php x ?>", "<img src=x>"):
        path.write_text(path.read_text().replace("title: '", f"title: '{tag}", 1))
        assert any(":2:8: E200" in e for e in errors_of(mini_content)), tag
        path.write_text(path.read_text().replace(f"title: '{tag}", "title: '", 1))


def test_a_missing_alias_suggests_the_form_the_articles_write():
    from generator.load.references import _near_form, _WordIndex

    texts = ["Samoanson met Samoansov in Apia.", "Vladimir Putin's envoy arrived."]
    assert _near_form("Samoansvo", texts) == "Samoansov"  # a swapped pair is one edit
    assert _near_form("Vladmir Putin", texts) == "Vladimir Putin"  # without the possessive
    assert _near_form("Ouagadougou", texts) is None
    index = _WordIndex(texts)
    assert index.candidates("Putin") == [1]  # "Putin's" holds the word
    assert index.candidates("Putin Apia") == []
    assert index.candidates("...") == [0, 1]


def test_paths_are_shown_as_typed_below_the_working_directory_and_resolved_otherwise(
    tmp_path, monkeypatch
):
    """Errors name a file as a contributor would type it; ".." after a link is not undone by
    text alone (it leads to the link's target's parent, not to content/x.yml)."""
    from generator.errors import display_path

    real = tmp_path / "real"
    (real / "deep").mkdir(parents=True)
    (real / "x.yml").write_text("the file read", encoding="utf-8")
    work = tmp_path / "work"
    (work / "content").mkdir(parents=True)
    (work / "content" / "x.yml").write_text("another file", encoding="utf-8")
    (work / "content" / "link").symlink_to(real / "deep")
    monkeypatch.chdir(work)
    assert display_path(Path("content/x.yml")) == "content/x.yml"
    assert display_path(work / "content" / "x.yml") == "content/x.yml"
    assert display_path(Path("content/link/../x.yml")) == "content/link/../x.yml"
    assert display_path(tmp_path / "real" / "x.yml") == str(tmp_path / "real" / "x.yml")
    # A path outside that a link leads back inside is shown from inside (as resolved).
    (tmp_path / "into").symlink_to(work / "content")
    assert display_path(tmp_path / "into" / "x.yml") == "content/x.yml"


def test_a_files_shown_path_is_found_only_when_it_reports(tmp_path, monkeypatch):
    """Listing a content folder makes a collector for every file (``content_files``); only
    one that reports asks ``display_path``, and its errors name the file as before."""
    from generator.errors import display_path
    from generator.load import collect
    from generator.load.files import content_files

    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a.md", "b.md", "Bad Name.md"):
        (folder / name).write_text("x", encoding="utf-8")
    asked: list[object] = []
    real = collect.display_path
    monkeypatch.setattr(collect, "display_path", lambda p: asked.append(p) or real(p))
    errors: list = []
    found = content_files(folder, ".md", errors)
    assert [p.name for p in found] == ["a.md", "b.md"]
    assert asked == [folder / "Bad Name.md"], "only the file with an error"
    assert [e.path for e in errors] == [display_path(folder / "Bad Name.md")]
