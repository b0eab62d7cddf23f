"""Build ``generator/data/organisations.txt`` from the Phoenix dictionaries' entries, by rule.

Usage (from the project folder): ``.venv/bin/python benchmarks/pools/actors65/phoenix.py``.

Reads ``phoenix/*.txt`` beside this file: the entries of ``Phoenix.International.actors.txt``
(IGO and NGO sections) and ``Phoenix.MilNonState.actors.txt`` (whole) in the dictionaries'
own syntax (``NAME_ [CODE]``, ``+SYNONYM`` lines, a code on its own tab line), copied from the
tool library's pages (see SOURCE.md: the library answers a session, not a script, so the pages
were copied into these files line by line, comments dropped, and everything after that is this
script's). Every choice below is a rule applied to every entry, and every entry or form left
out is counted with its reason in the data file's header and in ``phoenix-dropped.tsv``.

Rules, in order (an entry is its head and its ``+`` synonyms, its forms):
1. Organisations only: codes IGO*, NGO*, *REB, IMG* (the armed-groups file's); an entry whose
   code carries a date range (``[IGOUNO 970101-061231]``) is a person holding an office.
2. Forms written as news writes them: ``_`` a space, a leading "THE" dropped, a bracketed
   acronym ("BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_") made a form of its own, any other bracket
   ("NATIONAL_LIBERATION_ARMY_(COLOMBIA)_": a qualifier news does not write) drops the form;
   each word's case as the corpus (Wikinews 2019, rows in no gold split) writes it most often,
   else capitalised (function words lower case, hyphen parts of one or two letters lower case:
   "Lashkar-e-Taiba"), a single word the corpus never writes kept in capitals (an acronym);
   variants added: "al-"/"Al-" of an Arabic name, "-isation" beside "-ization", ``’`` beside
   ``'``.
3. People: a form the NER (the project's spaCy model) reads whole as PERSON in "X said." and
   "X, the group, said." is dropped ("Khaled Meshaal", "Nasrallah", "Amal").
4. Offices and kinds, not bodies: a form with an office word ("UN Secretary General", "World
   Bank President", "UN Envoy") or made only of kind words ("Human Rights Organization",
   "UN Mission", "ASEAN Countries", "NGO").
5. Dates and numbers ("17 November", "May 15", "313"): a date in any text. Common words and
   phrases: a one-word form the corpus writes in lower case (``tigers``,
   ``zero``, ``youth``, ``organization``), a form whose words the corpus writes in lower case
   as a phrase ("islamic party", "new order", "popular resistance"), an acronym shorter than
   three letters ("HM", "JI") or one the corpus writes in lower case as a word ("LET", "CARE").
6. A form two different entries list is left out of both (never join two bodies); entries of
   one name (the same body listed twice) are one; an entry whose acronym is the initials of
   another's name under the same code is one ("IAEA_" and "INTERNATIONAL_ATOMIC_ENERGY_AGENCY_",
   "UNSC_" and "UN_SECURITY_COUNCIL_").
The name a page takes is the entry's first kept non-acronym form (its head where kept).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = ROOT / "generator" / "data" / "organisations.txt"
DROPPED = HERE / "phoenix-dropped.tsv"
CORPUS = ROOT.parent.parent / "shared" / "corpora" / "wikinews_2019.csv"
GOLD = ROOT / "tests" / "gold" / "wikinews-gold.yml"

KEEP_CODE = re.compile(r"^(IGO|NGO|IMG)|REB")
DATED = re.compile(r"\d{6}|[<>]\d")
FUNCTION = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by", "with", "from"}
FUNCTION_FOREIGN = {"de", "la", "le", "les", "des", "du", "del", "y", "e", "et", "el", "di", "da"}
OFFICE = {
    "secretary", "president", "envoy", "representative", "chief", "monitor", "peacekeeper",
    "resident", "ministers", "spokesman", "operatives", "linked", "affiliated", "offshoot",
    "contingent", "sec", "secy", "gen",
}  # fmt: skip
KIND = {
    "ngo", "ngos", "non", "government", "governmental", "organisation", "organization",
    "international", "human", "rights", "group", "aid", "development", "agenc", "bodies",
    "mission", "countries", "un", "u.n.", "eu", "asean", "the", "of", "database", "unog:",
}  # fmt: skip


MONTHS = set(
    "january february march april may june july august september october november december".split()
)
BODY_WORDS = {"un", "u.n.", "eu", "asean", "the", "of"}
KIND_WORDS = {"ngo", "ngos", "organization", "organisation", "foundation"}


def gold_rows() -> set[int]:
    return {int(m) for m in re.findall(r"row:\s*(\d+)", GOLD.read_text(encoding="utf-8"))}


def corpus_counts() -> tuple[Counter[str], str]:
    """Each word as the corpus writes it, and its text (for phrases in lower case). The corpus: the
    Wikinews 2019 rows in no gold split and the committed pools' article CSVs (Wikinews 2020,
    WikinewsSum, probes; never a test file)."""
    csv.field_size_limit(sys.maxsize)
    skip = gold_rows()
    texts = []
    with CORPUS.open(encoding="utf-8", newline="") as f:
        texts += [r["text"] for i, r in enumerate(csv.DictReader(f)) if i not in skip]
    for path in sorted((ROOT / "benchmarks" / "pools").glob("*/*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            if reader.fieldnames and "text" in reader.fieldnames:
                texts += [r["text"] or "" for r in reader]
    words: Counter[str] = Counter()
    for text in texts:
        words.update(re.findall(r"[A-Za-z][A-Za-z'’.]*[A-Za-z]|[A-Za-z]", text))
    return words, "\n".join(texts)


def parse(paths: list[Path]) -> list[dict]:
    """Entries in file order: head, synonyms, codes."""
    entries: list[dict] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            codes = re.findall(r"\[([^\]]*)\]", line)
            text = re.sub(r"\[[^\]]*\]", "", line).strip()
            if line.startswith("+"):
                entries[-1]["synonyms"].append(text[1:].strip())
                entries[-1]["codes"] += codes
            elif line[0] in " \t":
                entries[-1]["codes"] += codes
            else:
                entries.append({"head": text, "synonyms": [], "codes": codes, "file": path.name})
    return entries


def words_of(raw: str) -> tuple[list[str], list[str], bool]:
    """A dictionary form's words, its bracketed acronyms, and whether another bracket qualifies
    it (the form is then dropped)."""
    acronyms = []
    qualified = False
    for inner in re.findall(r"\(([^)]*)\)?", raw):
        token = inner.strip("_ ")
        if re.fullmatch(r"[A-Z][A-Z0-9\-]{1,7}", token):
            acronyms.append(token)
        else:
            qualified = True
    raw = re.sub(r"\([^)]*\)?", " ", raw)
    words = [w for w in re.split(r"[_ ]+", raw) if w]
    if words and words[0] == "THE":
        words = words[1:]
    return words, acronyms, qualified


def cased(words: list[str], seen: Counter[str]) -> str:
    """A form as news writes it: see the module docstring, rule 2."""
    if len(words) == 1 and "-" not in words[0]:
        word = words[0]
        forms = [f for f in (word, word.capitalize()) if seen[f]]
        return max(forms, key=lambda f: seen[f]) if forms else word
    if any(w.lower() in ARTICLES for w in words[1:]) and words[0].lower() == "al":
        words = ["Al", *words[1:]]
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i and (lower in FUNCTION or lower in FUNCTION_FOREIGN or lower in ARTICLES):
            out.append(lower)
            continue
        parts = word.split("-")
        if len(parts) > 1:
            out.append("-".join(_part(p, i + j, seen) for j, p in enumerate(parts)))
            continue
        out.append(_part(word, i, seen))
    return " ".join(out)


ARTICLES = {"al", "el", "ul", "ud", "ur", "ad", "as", "ash", "at", "an", "wa", "fi", "li", "il"}
BODY_ACRONYMS = {"UN", "U.N.", "EU", "US", "U.S.", "UK", "USA", "AU"}


def _part(part: str, index: int, seen: Counter[str]) -> str:
    lower = part.lower()
    if lower in ARTICLES or (index and len(part) <= 2 and part.isalpha()):
        return lower.capitalize() if not index else lower
    if (
        part in BODY_ACRONYMS
        or not re.search(r"[AEIOUY]", part)
        or seen[part] > seen[part.capitalize()]
    ):
        return part  # "UN", "WWF", "ICRC", "USA": an acronym inside a name
    if "'" in part:
        head, _, tail = part.partition("'")
        return head.capitalize() + "'" + tail.lower()
    return part.capitalize()


def variants(form: str, seen: Counter[str]) -> list[str]:
    out = [form]
    vowels = len(re.findall(r"[AEIOU]", form))
    if form.isupper() and form.isalpha() and len(form) >= 5 and vowels >= 2 and not seen[form]:
        out.append(form.capitalize())  # HEZBOLLAH, unseen: "Hezbollah" too
    if re.match(r"(?i)al-", form):
        out += ["al-" + form[3:], "Al-" + form[3:]]
    if "ization" in form:
        out.append(form.replace("ization", "isation"))
    if "'" in form:
        out += [v.replace("'", "’") for v in list(out)]
    return list(dict.fromkeys(out))


def is_acronym(form: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.?){2,7}|[A-Z]{1,6}\d{1,2}|[A-Z]{2,6}-[A-Z0-9]{1,4}", form))


def initials(form: str) -> str:
    return "".join(
        w if is_acronym(w) else w[0]
        for w in re.split(r"[ \-]+", form)
        if w and w.lower() not in FUNCTION
    ).replace(".", "")


ORG_WORDS = {
    "foundation", "mission", "church", "aid", "federation", "alliance", "association",
    "council", "union", "committee", "front", "army", "party", "movement", "group", "brigade",
    "brigades", "league", "institute", "society", "organization", "organisation", "fund",
    "bank", "agency", "project", "trust", "centre", "center", "network", "international",
    "commission", "forces", "force", "battalion", "organizacion", "fundacion", "team",
    "relief", "campaign", "coalition", "community", "conference", "congress", "cells",
    "nuclei", "nucleus", "faction", "commando", "command", "militia", "jihad", "mujahideen",
    "liberation", "revolutionary", "islamic", "world", "global", "human", "rights",
}  # fmt: skip


def _form_of(text: str, frames: tuple[str, ...]) -> str:
    for frame in frames:
        head, _, tail = frame.partition("{}")
        if text.startswith(head) and text.endswith(tail):
            return text[len(head) : len(text) - len(tail)]
    raise ValueError(text)


def person_forms(forms: list[str]) -> set[str]:
    """Forms the project's NER reads as a person in each of three frames (one inviting a group's
    reading: "Supporters of X marched"), with no
    word naming a kind of body ("Aga Khan Foundation" is not a person)."""
    sys.path.insert(0, str(ROOT))
    from generator.annotate import choose_model, load_model

    nlp = load_model(choose_model())
    frames = (
        "{} said on Monday.",
        "{} militants attacked the town.",
        "Supporters of {} marched in the capital.",
    )
    texts = [frame.format(f) for f in forms for frame in frames]
    votes: Counter[str] = Counter()
    for text, doc in zip(texts, nlp.pipe(texts), strict=True):
        form = _form_of(text, frames)
        if any(e.label_ == "PERSON" and form in e.text for e in doc.ents):
            votes[form] += 1
    return {
        f
        for f, n in votes.items()
        if n == len(frames) and not set(re.split(r"[ \-]+", f.lower())) & ORG_WORDS
    }


def main() -> None:
    seen, text = corpus_counts()
    lowered_words = {w for w in seen if w.islower()}
    raw = parse(sorted((HERE / "phoenix").glob("*.txt")))
    dropped: list[tuple[str, str, str]] = []  # (dictionary form, written form, reason)
    entries = []
    for entry in raw:
        code = next((c.split()[0] for c in entry["codes"] if c.strip()), "")
        if any(DATED.search(c) for c in entry["codes"]):
            dropped.append((entry["head"], "", "a date range: a person in office"))
            continue
        if not KEEP_CODE.search(code):
            dropped.append((entry["head"], "", f"code {code or 'none'}: not an organisation"))
            continue
        forms: list[tuple[str, str]] = []  # (dictionary form, written form)
        for source in [entry["head"], *entry["synonyms"]]:
            words, acronyms, qualified = words_of(source)
            if qualified:
                dropped.append((source, "", "a bracket qualifies it (a place, an alias)"))
            elif words:
                forms += [(source, v) for v in variants(cased(words, seen), seen)]
            forms += [(source, a) for a in acronyms]
        entries.append({"code": code, "forms": forms, "head": entry["head"]})

    everyone = sorted({w for e in entries for _, w in e["forms"] if not is_acronym(w)})
    people = person_forms(everyone)
    for entry in entries:
        kept = []
        for source, form in entry["forms"]:
            lower = form.lower()
            words = lower.replace("-", " ").split()
            why = ""
            if form in people:
                why = "the NER reads it as a person"
            elif set(words) & OFFICE:
                why = "an office or a role, not a body"
            elif (len(words) > 1 and set(words) <= KIND and set(words) - BODY_WORDS) or (
                len(words) == 1 and lower in KIND_WORDS
            ):
                why = "only words for a kind of body"
            elif all(w in MONTHS or re.fullmatch(r"\d+(st|nd|rd|th)?", w) for w in words):
                why = "a date or a number"
            elif is_acronym(form):
                if len(form.replace(".", "")) < 3 and form not in BODY_ACRONYMS:
                    why = "an acronym of fewer than three letters"
                elif lower in lowered_words and form not in BODY_ACRONYMS:
                    why = "an acronym the corpus writes as a lower-case word"
            elif " " not in form and "-" not in form and lower in lowered_words:
                why = "one common English word"
            elif " " in form and re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", text):
                why = "a phrase the corpus writes in lower case"
            if why:
                dropped.append((source, form, why))
            elif form not in kept:
                kept.append(form)
        entry["kept"] = kept

    # Rule 6: one body listed twice is one entry; a form two bodies list is neither's.
    merged: list[dict] = []
    by_name: dict[str, dict] = {}
    for entry in entries:
        if not entry["kept"]:
            continue
        longs = [f for f in entry["kept"] if not is_acronym(f)]
        name = longs[0] if longs else entry["kept"][0]
        same = by_name.get(name)
        if same is None and not longs:
            same = next(
                (
                    m
                    for m in merged
                    if m["code"] == entry["code"]
                    and any(initials(m["name"]) == a.replace(".", "") for a in entry["kept"])
                ),
                None,
            )
        if same is None and longs:
            same = next(
                (
                    m
                    for m in merged
                    if m["code"] == entry["code"]
                    and not any(not is_acronym(f) for f in m["forms"])
                    and any(initials(name) == f.replace(".", "") for f in m["forms"])
                ),
                None,
            )
            if same is not None:
                del by_name[same["name"]]
                same["name"] = name
                by_name[name] = same
        if same is not None:
            same["forms"] += [f for f in entry["kept"] if f not in same["forms"]]
            continue
        record = {"code": entry["code"], "name": name, "forms": list(entry["kept"])}
        merged.append(record)
        by_name[name] = record
    owners: dict[str, set[str]] = defaultdict(set)
    for record in merged:
        for form in record["forms"]:
            owners[form].add(record["name"])
    shared = {f for f, names in owners.items() if len(names) > 1}
    for form in sorted(shared):
        dropped.append(("", form, "listed under two entries: " + " / ".join(sorted(owners[form]))))
    # A synonym that another entry's form holds after one word ("Islamic Jihad", Hezbollah's,
    # in "Palestinian Islamic Jihad") names either: neither's.
    heads = {r["name"].upper() for r in merged}
    ends: dict[str, set[str]] = defaultdict(set)
    for record in merged:
        for form in record["forms"]:
            first, _, rest = form.partition(" ")
            if rest and first[:1].isupper():
                ends[rest].add(record["name"])
    for record in merged:
        for form in record["forms"]:
            others = ends.get(form, set()) - {record["name"]}
            if others and form.upper() not in heads and form not in shared:
                shared.add(form)
                dropped.append(("", form, "the end of another entry's name: " + sorted(others)[0]))
    final = []
    for record in merged:
        written_forms = [f for f in record["forms"] if f not in shared]
        longs = [f for f in written_forms if not is_acronym(f)]
        if not written_forms:
            continue
        name = record["name"] if record["name"] in written_forms else (longs or written_forms)[0]
        if name.isupper() and (written := [f for f in longs if not f.isupper()]):
            name = written[0]  # "Hezbollah" for the dictionary's HEZBOLLAH
        final.append((record["code"], name, [f for f in written_forms if f != name]))

    reasons = Counter(why.split(":")[0] for _, _, why in dropped)
    DROPPED.write_text(
        "dictionary form\twritten form\treason\n"
        + "".join(f"{s}\t{w}\t{why}\n" for s, w, why in dropped),
        encoding="utf-8",
    )
    header = (HERE / "organisations-header.txt").read_text(encoding="utf-8")
    counts = (
        f"# Counts (this script's run): {len(raw)} entries read, {len(final)} kept with "
        f"{sum(1 + len(s) for _, _, s in final)} forms; left out (entries or forms, "
        "benchmarks/pools/actors65/phoenix-dropped.tsv lists each):\n"
        + "".join(f"#   {n:5d}  {why}\n" for why, n in reasons.most_common())
        + "#\n# Format: CODE<TAB>name<TAB>form|form... ; the name is the one a page takes.\n"
    )
    body = "".join(f"{c}\t{n}\t{'|'.join(s)}\n".replace("\t\n", "\n") for c, n, s in final)
    OUT.write_text(header + counts + body, encoding="utf-8")
    print(f"{len(raw)} entries read, {len(final)} kept; {len(dropped)} left out")
    for why, n in reasons.most_common():
        print(f"  {n:5d}  {why}")


if __name__ == "__main__":
    main()
