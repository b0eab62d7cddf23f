"""args: CODE_ROOT TAG [probes.yml]. Imports Wikinews 2019 no-split rows and /tmp/fix72/bbc/*.txt
with CODE_ROOT's importer; writes TAG-paras.json (paragraphs) and TAG-pages.json (mention -> page)
after load+annotate+resolve (Wikinews as one briefing, BBC as another)."""
import csv, json, sys, tempfile, yaml
from pathlib import Path
root, tag = sys.argv[1:3]
sys.path.insert(0, root)
import generator
assert generator.__file__.startswith(root), generator.__file__
from generator.annotate import annotate
from generator.importer import RawArticle, read_sources, write_articles
from generator.load import load_content
from generator.resolve import resolve

W = "/work/wt/fix72"
urls = {x["url"] for x in yaml.safe_load(open(f"{W}/tests/gold/wikinews-gold.yml"))["articles"]}
rows = list(csv.DictReader(open(f"{W}/../shared/corpora/wikinews_2019.csv")))
ns = [i for i, r in enumerate(rows) if r["url"] not in urls]
with tempfile.TemporaryDirectory() as tmp:
    p = Path(tmp) / "ns.csv"
    with p.open("w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["url", "date", "title", "text"]); w.writeheader()
        for i in ns: w.writerow({k: rows[i][k] for k in ["url", "date", "title", "text"]})
    wiki = read_sources([p])
groups = {}
if len(sys.argv) > 3:
    items = yaml.safe_load(Path(sys.argv[3]).read_text())
    groups["probe"] = [(f"probe-{it['id']}", RawArticle(title="Probe " + str(it["id"]), date="2019-05-01", paragraphs=tuple(it["paragraphs"]), source="Probe")) for it in items]
else:
    groups["wiki"] = [(f"wiki-{i}", r) for i, r in zip(ns, wiki, strict=True)]
    bbc = sorted(Path("/tmp/fix72/bbc").glob("*.txt"))
    groups["bbc"] = [(f.stem, r) for f in bbc for r in read_sources([f], date="2005-02-01", source="BBC News")]
paras = {aid: list(r.paragraphs) for g in groups.values() for aid, r in g}
Path(f"/tmp/fix72/{tag}-paras.json").write_text(json.dumps(paras, indent=1, ensure_ascii=False))
result = {}
for name, group in groups.items():
    each = [[x] for x in group] if name == "probe" else [group]
    for grp in each:
        with tempfile.TemporaryDirectory(prefix="fix72-") as tmp:
            content = Path(tmp) / "content"
            write_articles([r for _, r in grp], content)
            (content / "briefing.yml").write_text("title: Probe\n")
            loaded = load_content(content)
            ann = annotate(loaded.articles, loaded.entities, cache_dir=Path(f"/tmp/fix72/cache-{tag}"))
            res = resolve(loaded, ann)
        ents = {e.key: e for e in res.entities}
        by_title = {a.id: a.title for a in loaded.articles}
        ids = {r.title: aid for aid, r in grp}
        for m in res.mentions:
            e = ents[m.entity]
            aid = ids.get(by_title.get(m.article), m.article)
            cur = set(result.setdefault(aid, {}).get(m.text, [])); cur.add(f"{e.name} [{e.type}]")
            result[aid][m.text] = sorted(cur)
Path(f"/tmp/fix72/{tag}-pages.json").write_text(json.dumps(result, indent=1, sort_keys=True, ensure_ascii=False))
print(tag, "articles", len(paras), "with mentions", len(result))
