import email, json, os, glob
from email import policy
from email.utils import parsedate_to_datetime
from datetime import datetime
root="/work/unseen/i"
tot=opt=0
for d in sorted(glob.glob(root+"/[0-9]*")):
    exp=json.load(open(d+"/expected.json"))
    now=datetime.fromisoformat(exp["now"])
    ids={}; last=None; addrs=set()
    for f in sorted(glob.glob(d+"/*.eml")):
        m=email.message_from_binary_file(open(f,'rb'),policy=policy.default)
        for h in ("From","To","Subject","Date","Message-ID","MIME-Version","Content-Type"):
            assert m[h], (f,h)
        dt=parsedate_to_datetime(m["Date"]); assert dt<now,(f,dt,now)
        ids[m["Message-ID"]]=f
        if m["In-Reply-To"]: assert m["In-Reply-To"] in ids,(f,"irt")
        for h in ("From","To","Cc"):
            if m[h]:
                for a in m[h].addresses: addrs.add(a.addr_spec.lower())
        b=m.get_body(('plain','html')); assert b.get_content().strip()
    for a in exp["agreements"]:
        assert a["owner"].lower() in addrs,(d,a["owner"])
        assert a["due"] is None or len(a["due"])==10
        assert all(k==k.lower() for k in a["keywords"]),(d,a["keywords"])
        if a["optional"]: opt+=1
        else: tot+=1
    for r,v in exp["recipients"].items():
        assert r in addrs,(d,r)
        assert v["status"] in("replied","waiting","away") and v["nextStep"] in("none","wait","remind","call")
    assert exp["me"] in addrs
    print(os.path.basename(d), len(ids), "msgs", sum(1 for a in exp["agreements"] if not a["optional"]), "agr", sum(1 for a in exp["agreements"] if a["optional"]),"opt", len(exp["recipients"]),"rec")
print("total required",tot,"optional",opt)
