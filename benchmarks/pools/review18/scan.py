import pickle, re, sys, collections
sys.path.insert(0, '/work/wt/review18')
from generator.extract.vocabulary import read_cameo_verbs, forms, EVENT_VERBS
cv = read_cameo_verbs()
form2verb = {}
for v in cv:
    for f in forms(v.verb) | set(v.irregular):
        if EVENT_VERBS.get(f) == v.type:
            form2verb[f] = v.verb
pat = re.compile(r"\b(" + "|".join(sorted(form2verb, key=len, reverse=True)) + r")\b", re.I)
ok = pickle.load(open('/tmp/review18/cache.pkl', 'rb'))
def text(v):
    r, p = v
    if 'txtpath' in r:
        return open(r['txtpath'], encoding='utf-8', errors='replace').read()
    return r['title'] + "\n" + r['text']
hits = collections.defaultdict(list)
for k, v in sorted(ok.items()):
    for m in pat.finditer(text(v)):
        hits[k].append(form2verb[m[1].lower()])
per = collections.Counter()
for k, vs in hits.items():
    for x in set(vs): per[x] += 1
print(len(hits), "articles with hits")
print(per.most_common())
pickle.dump(dict(hits), open('/tmp/review18/hits.pkl', 'wb'))
for k, vs in sorted(hits.items()): print(k, sorted(set(vs)))
