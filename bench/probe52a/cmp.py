import json,sys
items={json.loads(l)['id']:json.loads(l) for l in open(__import__("os").path.join(__import__("os").path.dirname(__file__),"items.jsonl"))}
out={json.loads(l)['id']:json.loads(l) for l in open(sys.argv[1])}
verbose=len(sys.argv)>2
tot=dict(exp=0,found=0,false=0,wrongslot=0,typeok=0)
def nm(a): return a['name'] if a else None
for id_,it in items.items():
    got=out[id_]['events']; exp=it['expect']; tot['exp']+=len(exp)
    g=[dict(type=e['event_type'],sub=e['sub_event_type'],a1=nm(e['actor1']),a2=nm(e['actor2']),
            place=(e['location'] or {}).get('name') if e['location'] else None,ptext=(e['location'] or {}).get('text') if e['location'] else None,
            date=(e['date'] or {}).get('start'), fat=e['fatalities'], s=e['evidence']['sentence'], trig=e.get('trigger')) for e in got]
    used=set(); lines=[]
    for x in exp:
        # match: same type family and same date or place
        best=None
        for j,y in enumerate(g):
            if j in used: continue
            if y['type']==x['type'] and (y['date']==x['date'] or (y['place'] or '').lower()[:5]==(x['place'] or '').lower()[:5]):
                best=j;break
        if best is None:
            for j,y in enumerate(g):
                if j in used: continue
                if y['date']==x['date'] or y['type']==x['type']:
                    best=j;break
        if best is None:
            lines.append(f"  MISS {x['type']}/{x['sub']} {x['place']} {x['date']}"); continue
        used.add(best); y=g[best]; tot['found']+=1
        bad=[]
        if y['sub']!=x['sub']: bad.append(f"sub {y['type']}/{y['sub']}!={x['sub']}")
        if (y['place'] or '')!=(x['place'] or '') and (y['ptext'] or '')!=(x['place'] or ''): bad.append(f"place {y['ptext']}/{y['place']}!={x['place']}")
        if y['date']!=x['date']: bad.append(f"date {y['date']}!={x['date']}")
        if y['a1']!=x['actor1']: bad.append(f"a1 {y['a1']}!={x['actor1']}")
        if y['a2']!=x['actor2']: bad.append(f"a2 {y['a2']}!={x['actor2']}")
        if y['fat']!=x['fatalities']: bad.append(f"fat {y['fat']}!={x['fatalities']}")
        if bad: tot['wrongslot']+=1
        lines.append(f"  {'OK  ' if not bad else 'SLOT'} s{y['s']} {x['sub']} {x['place']} {x['date']} ; "+" | ".join(bad))
    for j,y in enumerate(g):
        if j not in used:
            tot['false']+=1; lines.append(f"  FALSE s{y['s']} {y['type']}/{y['sub']} trig={y['trig']} {y['a1']} -> {y['a2']} @{y['ptext']} {y['date']} fat={y['fat']}")
    print(id_); print("\n".join(lines))
print(tot)
