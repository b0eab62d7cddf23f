from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.ids import slugify
from generator.importer import clean_text, parse_date_line, read_sources, write_articles
from generator.load import load_content

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "wikinews_2019.csv"
FIXTURE_TXT = Path(__file__).resolve().parent / "fixtures" / "raw" / "reuters-like.txt"
SAMPLE_CSV = Path(__file__).resolve().parent / "fixtures" / "raw" / "wikinews-sample.csv"


def test_page_furniture_and_wire_dateline_are_removed():
    title, date, paragraphs, dateline = clean_text(FIXTURE_TXT.read_text())
    assert title == "Russia ready to expand ties with Iran in all areas"
    assert date == "2025-10-21"
    assert dateline == "MOSCOW, Oct 20 (Reuters)"
    assert paragraphs[0] == "Russia is prepared to expand cooperation with Iran, the Kremlin said."
    assert "logo" not in paragraphs


def test_date_lines_in_both_orders():
    assert parse_date_line("Tuesday, 21 October 2025") == "2025-10-21"
    assert parse_date_line("Friday, January 4, 2019") == "2019-01-04"
    assert parse_date_line("Not a date 2019") is None


def test_slugs_are_ascii_and_cut_at_a_word():
    assert (
        slugify("Putin–Pezeshkian talks: ‘very close’ views!")
        == "putin-pezeshkian-talks-very-close-views"
    )
    assert len(slugify("word " * 40)) <= 60
    assert slugify("Сергей Лавров") == "sergey-lavrov"
    assert slugify("Αλέξης Τσίπρας") != slugify("Сергей Лавров")
    assert slugify("index") == "index-1"
    assert slugify("!!!").startswith("x-")


def test_imported_files_load_as_valid_content_and_are_never_overwritten(tmp_path):
    articles = read_sources([FIXTURE_TXT], source="Reuters", url="https://example.org/a")
    (written,) = write_articles(articles, tmp_path)
    assert written.name == "2025-10-21-russia-ready-to-expand-ties-with-iran-in-all-areas.md"
    (tmp_path / "briefing.yml").write_text("title: T\n")
    content = load_content(tmp_path)
    assert content.articles[0].dateline == "MOSCOW, Oct 20 (Reuters)"
    assert content.articles[0].url == "https://example.org/a"
    before = written.read_text()
    with pytest.raises(BuildError, match="E305 article file already exists"):
        write_articles(articles, tmp_path)
    assert written.read_text() == before


def test_txt_without_a_date_needs_one(tmp_path):
    raw = tmp_path / "x.txt"
    raw.write_text("Headline\nBody text.\n")
    with pytest.raises(BuildError, match="E302 no publication date found"):
        read_sources([raw])
    assert read_sources([raw], date="2024-01-01")[0].paragraphs == ("Body text.",)


def test_csv_rows_become_articles_and_bad_rows_are_reported(tmp_path):
    csv = tmp_path / "news.csv"
    csv.write_text(
        "url,date,title,text\n"
        '"https://en.wikinews.org/wiki/A",2019-01-04,"A title",'
        '"Friday, January 4, 2019\n\nFirst.\n\nSecond."\n'
        "https://x.org/b,someday,B,text\n"
    )
    with pytest.raises(BuildError) as info:
        read_sources([csv])
    assert [e.code for e in info.value.errors] == ["E302"]
    assert info.value.errors[0].line == 7


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not present")
def test_the_wikinews_corpus_imports_and_validates(tmp_path):
    written = write_articles(read_sources([CORPUS]), tmp_path)
    assert len(written) == 171
    (tmp_path / "briefing.yml").write_text("title: Wikinews 2019\n")
    assert len(load_content(tmp_path).articles) == 171


def test_a_sample_of_the_news_corpus_imports_with_furniture_removed(tmp_path):
    articles = read_sources([SAMPLE_CSV])
    assert len(articles) == 4
    first = articles[0]
    assert first.date == "2019-01-04" and first.source == "en.wikinews.org"
    assert first.url.startswith("https://en.wikinews.org/")
    assert first.paragraphs[0].startswith("An apartment building collapsed")
    assert not any(p.startswith("Friday, January 4, 2019") for p in first.paragraphs)
