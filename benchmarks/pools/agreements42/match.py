"""Match the judged pools' proposals (agreements33/34/37/38 ``propose.py`` output in
/tmp/agreements42/TAG/) to the verdicts committed in those pools, by article and key or name;
print every proposal not judged right (and those never judged) with its evidence.

Usage: python3 benchmarks/pools/agreements42/match.py main|branch
"""

import yaml,sys,glob
P='/work/wt/agreements42/benchmarks/pools/'
T=sys.argv[1] if len(sys.argv)>1 else 'main'
def load(f):
    d=yaml.safe_load(open(f)); return d['proposals'] if isinstance(d,dict) and 'proposals' in d else d
old={}
for f in sorted(glob.glob(P+'agreements3[378]/judged-*.yml')):
    for p in load(f) or []:
        if p.get('verdict'):
            for k in [(p['article'],p['key']),(p['article'],p['name'])]:
                old.setdefault(k,(p['verdict'],p.get('class'),p.get('note'),f.split('/')[-2]+'/'+f.split('/')[-1]))
for pool in ['a33','a34','a37','a38']:
    for half in ['tune','check']:
        try: props=load(f'/tmp/agreements42/{T}/{pool}-{half}.yml')
        except FileNotFoundError: continue
        n=w=u=0
        for p in props:
            v=old.get((p['article'],p['key'])) or old.get((p['article'],p['name']))
            n+=1
            tag=v[0] if v else 'NEW'
            if tag!='right':
                print(f"{pool} {half} [{tag}] {p['article']} | {p['name']} | {p['parties']} | class={v[1] if v else ''} | {(v[2] or '')[:150] if v else ''}")
                for e in p['evidence']: print('      |',e[:220])
            if tag=='wrong': w+=1
            if tag=='NEW': u+=1
        print(f'## {pool} {half}: {n} proposals, {w} wrong by old verdict, {u} unjudged')
