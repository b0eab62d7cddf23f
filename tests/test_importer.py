import csv
from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.ids import slugify
from generator.importer import clean_text, parse_date_line, read_sources, write_articles
from generator.importer.clean import short_paragraphs
from generator.load import load_content

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "wikinews_2019.csv"
FIXTURE_TXT = Path(__file__).resolve().parent / "fixtures" / "raw" / "reuters-like.txt"
SAMPLE_CSV = Path(__file__).resolve().parent / "fixtures" / "raw" / "wikinews-sample.csv"


def test_page_furniture_and_wire_dateline_are_removed():
    cleaned = clean_text(FIXTURE_TXT.read_text())
    assert cleaned.title == "Russia ready to expand ties with Iran in all areas"
    assert cleaned.date == "2025-10-21"
    assert cleaned.dateline == "MOSCOW, Oct 20 (Reuters)"
    assert cleaned.paragraphs[0] == (
        "Russia is prepared to expand cooperation with Iran, the Kremlin said."
    )
    assert "logo" not in cleaned.paragraphs


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
    (written,) = write_articles(articles, tmp_path).written
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
    written = write_articles(read_sources([CORPUS]), tmp_path).written
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


def test_the_outlet_comes_from_the_dateline_or_the_byline(tmp_path):
    (article,) = read_sources([FIXTURE_TXT])  # no --source: the dateline names Reuters
    assert article.source == "Reuters"
    assert read_sources([FIXTURE_TXT], source="Wire")[0].source == "Wire"  # explicit wins
    cleaned = clean_text("Title\nWASHINGTON (AP) — The president spoke.\n")
    assert (cleaned.dateline, cleaned.outlet) == ("WASHINGTON (AP)", "AP")
    assert cleaned.paragraphs == ("The president spoke.",)
    for line, outlet in (
        ("By Jane Doe | Bloomberg", "Bloomberg"),
        ("By Jane Doe and Li Wei (Reuters)", "Reuters"),
        ("By Jane Doe, Reuters", "Reuters"),
        ("By Reuters Staff", "Reuters"),
        ("By Jane Doe, John Roe", None),  # a second author, not an outlet
    ):
        cleaned = clean_text(f"Title\n{line}\nText.\n")
        assert (cleaned.outlet, cleaned.paragraphs) == (outlet, ("Text.",)), line
    kept = clean_text("Title\nBy Friday, the talks had stalled.\n")
    assert kept.paragraphs == ("By Friday, the talks had stalled.",) and kept.outlet is None
    # A dateline names the wire that wrote the story: it wins over a byline and a CSV's host.
    csv = tmp_path / "news.csv"
    csv.write_text(
        "url,date,title,text\n"
        'https://example.org/a,2019-01-04,A,"By Jane Doe | Bloomberg\n\nMOSCOW (Reuters) - Text."\n'
        "https://example.org/b,2019-01-05,B,Text.\n"
    )
    assert [a.source for a in read_sources([csv])] == ["Reuters", "example.org"]


def test_a_grown_csv_imports_only_its_new_rows_with_skip_existing(tmp_path):
    csv = tmp_path / "news.csv"
    row = "https://x.org/{0},2019-01-0{0},Title {0},Text {0}.\n"
    csv.write_text("url,date,title,text\n" + row.format(1) + row.format(2))
    first = write_articles(read_sources([csv]), tmp_path)
    assert len(first.written) == 2
    first.written[0].write_text(first.written[0].read_text() + "\nReviewed.\n")  # an editor's fix
    csv.write_text(csv.read_text() + row.format(3))
    with pytest.raises(BuildError, match="E305"):
        write_articles(read_sources([csv]), tmp_path)
    again = write_articles(read_sources([csv]), tmp_path, skip_existing=True)
    assert again.skipped == first.written
    assert [p.name for p in again.written] == ["2019-01-03-title-3.md"]
    assert first.written[0].read_text().endswith("Reviewed.\n")  # never overwritten


def test_a_truncated_or_malformed_csv_is_an_error_naming_the_row(tmp_path):
    csv = tmp_path / "news.csv"
    good = 'https://x.org/a,2019-01-01,A,"One.\n\nTwo."\n'
    csv.write_text("url,date,title,text\n" + good + 'https://x.org/b,2019-01-02,B,"Three.\n\nFou')
    with pytest.raises(BuildError) as info:
        read_sources([csv])
    (error,) = info.value.errors
    assert (error.code, error.line) == ("E307", 5)  # the row that starts on line 5 is cut off
    assert "truncated" in str(error)
    csv.write_text("url,date,title,text\n" + good + "https://x.org/b,2019-01-02,B,x,y\n")
    with pytest.raises(BuildError, match=r"news\.csv:5:1: E307 row has 5 fields; the header has 4"):
        read_sources([csv])
    csv.write_text("url,date,title,text\n" + 'https://x.org/a,2019-01-01,A,"a "b" c"\n')
    with pytest.raises(BuildError, match=r"news\.csv:2:1: E307 malformed CSV"):
        read_sources([csv])
    csv.write_bytes(b"url,date,title,text\nhttps://x.org/a,2019-01-01,A,\xff\n")
    with pytest.raises(BuildError, match=r"news\.csv:2:1: E306"):
        read_sources([csv])


def test_picture_credits_and_media_file_names_are_dropped_captions_kept():
    """Shapes of Wikinews 2019 and 2020 captions: a credit after the caption, glued to its last
    word, in brackets, or alone; a file name on its own line. A photographer is no actor."""
    raw = (
        "Title\n"
        "Talks resumed on Monday.\n"
        "Protesters at the march. Image: Andrew Gray.\n"
        "Jo JorgensenImage: Jo Jorgensen for President.\n"
        "Sirhan in 1969  (Image: CDCR)\n"
        "Image: Nicholas Moreau.\n"
        "File:Keisha Lance Bottoms (cropped).jpg\n"
        "Participants waiting for the start. Image: Дмитрий Кошелев.\n"
        "The big Picture: was it worth it, she asked.\n"
    )
    assert clean_text(raw).paragraphs == (
        "Talks resumed on Monday.",
        "Protesters at the march.",
        "Jo Jorgensen",
        "Sirhan in 1969",
        "Participants waiting for the start.",
        "The big Picture: was it worth it, she asked.",  # no credit: lower case follows
    )


def test_a_sentence_after_picture_or_photo_is_no_credit():
    """fix72's probes: "Picture:" inside a sentence or a studio's name, or a caption sentence
    after "Photo:", is text, kept whole; a name or an agency after it is still a credit."""
    raw = (
        "Title\n"
        "The big Picture: Why Brexit matters to farmers in Wales.\n"
        "Sony Pictures: The studio said it would release the film in May.\n"
        "Picture: Tony Blair said the election would be fought on the economy.\n"
        "Demonstrators outside parliament. Photo: Reuters/Toby Melville\n"
        "Mr Brown said the Budget would focus on growth. Photo: PA\n"
    )
    assert clean_text(raw).paragraphs == (
        "The big Picture: Why Brexit matters to farmers in Wales.",
        "Sony Pictures: The studio said it would release the film in May.",
        "Picture: Tony Blair said the election would be fought on the economy.",
        "Demonstrators outside parliament.",
        "Mr Brown said the Budget would focus on growth.",
    )


def test_a_bare_address_above_the_headline_is_the_url_not_the_title(tmp_path):
    """A saved page's first line is its address (benchmarks/pools/actors56/raw/r01.txt): the
    robustness benchmark found such articles titled "https://en.wikinews.org//wiki/…"."""
    raw = tmp_path / "r01.txt"
    raw.write_text(
        "https://en.wikinews.org//wiki/Fire_erupts_in_parking_structure_at_Sola_Airport,_Norway\n"
        "2020-01-10\n"
        "Fire erupts in parking structure at Sola Airport, Norway\n"
        'At about 15:30 local time (1430 UTC) on Tuesday a fire was reported in the "Kiss & Fly" '
        "section of a parking structure at Stavanger Airport, Sola in Norway.\n"
    )
    (article,) = read_sources([raw])
    assert article.title == "Fire erupts in parking structure at Sola Airport, Norway"
    assert article.date == "2020-01-10"
    assert article.url.endswith("/wiki/Fire_erupts_in_parking_structure_at_Sola_Airport,_Norway")
    assert article.paragraphs[0].startswith("At about 15:30 local time")
    assert read_sources([raw], url="https://example.org/a")[0].url == "https://example.org/a"
    # an address inside the text stays text
    assert clean_text("Headline\nSee https://example.org for more.\n").paragraphs == (
        "See https://example.org for more.",
    )


def test_scraped_markup_and_invisible_characters_never_reach_content(tmp_path):
    """The robustness benchmark's hostile pool (benchmarks/pools/robust48/hostile.csv):
    import wrote these articles and ``build`` then refused them (E200 raw HTML, E205 a soft
    hyphen in the title), so one scraped page stopped a whole briefing."""
    raw = tmp_path / "news.csv"
    raw.write_text(
        "url,date,title,text\n"
        'https://example.org/a,2019-07-08,"<b>Trump</b> &amp; Kim meet <script>alert(1)</script>",'
        '"United States President Donald Trump met Kim Jong-un on Sunday, the White House '
        "said. <script>alert('x')</script> The talks lasted <10 minutes.\n\n"
        '<p>Kim said the meeting was good.</p><!-- ad -->"\n'
        "https://example.org/b,2019-11-12,Vla\u00addimir Pu\u200btin visits\u200f Ankara,"
        '"Russian President Vla\u00addimir Pu\u200btin met Recep\u00a0Tayyip Erdoğan in '
        'Ankara on Monday.\u202e\ufeff"\n',
        encoding="utf-8",
    )
    first, second = read_sources([raw])
    assert first.title == "Trump & Kim meet"
    assert first.paragraphs == (
        "United States President Donald Trump met Kim Jong-un on Sunday, the White House "
        "said. The talks lasted <10 minutes.",
        "Kim said the meeting was good.",
    )
    assert second.title == "Vladimir Putin visits Ankara"
    assert second.paragraphs == (
        "Russian President Vladimir Putin met Recep Tayyip Erdoğan in Ankara on Monday.",
    )
    write_articles([first, second], tmp_path / "c")
    (tmp_path / "c" / "briefing.yml").write_text("title: T\n")
    assert len(load_content(tmp_path / "c").articles) == 2  # raised BuildError before
    # a tag-like "<" left without its ">" is spaced, as prose; Persian joiners stay
    assert clean_text("Headline\nPrices fell <b by half.\n").paragraphs == (
        "Prices fell < b by half.",
    )
    assert clean_text("Headline\nمی\u200cخواهم said Zarif.\n").paragraphs == (
        "می\u200cخواهم said Zarif.",
    )


def test_an_import_never_writes_an_article_that_build_refuses(tmp_path):
    """The robustness benchmark's import limits: a scraped page that lost its paragraph
    breaks (one 24,000-character paragraph, E004 at build), a "--8<--" in the text (E201 at
    build) and an article too long to build (E309 at import, naming the row, not "malformed
    CSV" from the csv module's field limit)."""
    wall = "Putin met Erdogan in Ankara on Monday, the Kremlin said. " * 420
    raw = tmp_path / "news.csv"
    with raw.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["url", "date", "title", "text"])
        writer.writerow(["https://e.org/a", "2019-01-01", "Wall of text", wall])
        writer.writerow(["https://e.org/b", "2019-01-02", "Cut here", 'He wrote "--8<--" below.'])
    first, second = read_sources([raw])
    assert len(first.paragraphs) == 5
    assert max(len(p) for p in first.paragraphs) <= 5_000
    assert " ".join(first.paragraphs) == wall.strip()
    assert second.paragraphs == ('He wrote "-- 8<--" below.',)
    write_articles([first, second], tmp_path / "c")
    (tmp_path / "c" / "briefing.yml").write_text("title: T\n")
    assert len(load_content(tmp_path / "c").articles) == 2  # E004 and E201 before
    # a sentence longer than the limit alone is cut; its rest joins the next sentence
    assert short_paragraphs("x" * 25 + " " + "y" * 10, limit=20) == ["x" * 20, "xxxxx " + "y" * 10]
    huge = tmp_path / "huge.csv"
    huge.write_text(f'url,date,title,text\nhttps://e.org/c,2019-01-03,Huge,"{wall * 6}"\n')
    with pytest.raises(BuildError, match=r"huge\.csv:2:1: E309 .* more than the 100,000"):
        read_sources([huge])
    long_txt = tmp_path / "long.txt"
    long_txt.write_text("Headline\n" + "\n\n".join([wall[:19_000]] * 6))
    with pytest.raises(BuildError, match=r"long\.txt:1:1: E309 article of 11[0-9,]+ characters"):
        read_sources([long_txt], date="2019-01-04")


def test_a_csv_rows_address_is_written_as_content_accepts_it(tmp_path):
    """E202 at build for an imported row's url (the robustness benchmark's hostile rows): a
    bare host as spreadsheets keep it, a space, an upper-case scheme, a script address."""
    raw = tmp_path / "news.csv"
    with raw.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["url", "date", "title", "text"])
        for n, url in enumerate(
            [
                "www.bbc.co.uk/news/world-123",
                "https://example.org/a b",
                "HTTPS://E.ORG/A",
                "javascript:alert(1)",
                "/news/x",
            ]
        ):
            writer.writerow([url, "2019-01-01", f"Talks {n}", "Putin met Erdogan in Ankara."])
    articles = read_sources([raw])
    assert [a.url for a in articles] == [
        "https://www.bbc.co.uk/news/world-123",
        "https://example.org/a%20b",
        "https://E.ORG/A",
        None,
        None,
    ]
    assert articles[0].source == "bbc.co.uk"
    write_articles(articles, tmp_path / "c")
    (tmp_path / "c" / "briefing.yml").write_text("title: T\n")
    assert len(load_content(tmp_path / "c").articles) == 5  # E202 on four of them before
