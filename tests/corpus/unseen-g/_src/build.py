"""Tiny helper that writes one conversation folder: .eml files + expected.json.
Quoted history is generated from the parent message the way the chosen client quotes it."""
import os, json, re, hashlib, html as H, datetime as DT
def hash(x): return int(hashlib.md5(repr(x).encode()).hexdigest()[:15], 16)
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
import email.policy

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

EN_DAYS = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
EN_MON = ["January","February","March","April","May","June","July","August","September","October","November","December"]

def parse(d):  # "2026-11-16 09:12 +0100"
    return DT.datetime.strptime(d, "%Y-%m-%d %H:%M %z")

class P:
    def __init__(s, name, addr, notes=None): s.name, s.addr, s.notes = name, addr, notes
    def fmt(s): return formataddr((s.name, s.addr)) if s.name else s.addr

def us_sent(dt):  # Monday, November 9, 2026 4:30 PM
    h = dt.strftime("%I").lstrip("0")
    return f"{EN_DAYS[dt.weekday()]}, {EN_MON[dt.month-1]} {dt.day}, {dt.year} {h}:{dt.strftime('%M %p')}"
def uk_sent(dt):  # Monday, 9 November 2026 16:30
    return f"{EN_DAYS[dt.weekday()]}, {dt.day} {EN_MON[dt.month-1]} {dt.year} {dt.strftime('%H:%M')}"

LOCAL = {  # Outlook header labels per language: from, sent, to, cc, subject, date formatter
 "en-us": ("From","Sent","To","Cc","Subject", us_sent),
 "en-gb": ("From","Sent","To","Cc","Subject", uk_sent),
 "no": ("Fra","Sendt","Til","Kopi","Emne", lambda d: f"{['mandag','tirsdag','onsdag','torsdag','fredag','lørdag','søndag'][d.weekday()]} {d.day}. {['januar','februar','mars','april','mai','juni','juli','august','september','oktober','november','desember'][d.month-1]} {d.year} {d.strftime('%H:%M')}"),
 "fr": ("De","Envoyé","À","Cc","Objet", lambda d: f"{['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche'][d.weekday()]} {d.day} {['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'][d.month-1]} {d.year} {d.strftime('%H:%M')}"),
 "fi": ("Lähettäjä","Lähetetty","Vastaanottaja","Kopio","Aihe", lambda d: f"{['maanantai','tiistai','keskiviikko','torstai','perjantai','lauantai','sunnuntai'][d.weekday()]} {d.day}. {['tammikuuta','helmikuuta','maaliskuuta','huhtikuuta','toukokuuta','kesäkuuta','heinäkuuta','elokuuta','syyskuuta','lokakuuta','marraskuuta','joulukuuta'][d.month-1]} {d.year} {d.strftime('%H.%M')}"),
 "de": ("Von","Gesendet","An","Cc","Betreff", lambda d: f"{['Montag','Dienstag','Mittwoch','Donnerstag','Freitag','Samstag','Sonntag'][d.weekday()]}, {d.day}. {['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember'][d.month-1]} {d.year} {d.strftime('%H:%M')}"),
 "sv": ("Från","Skickat","Till","Kopia","Ämne", lambda d: f"den {d.day} {['januari','februari','mars','april','maj','juni','juli','augusti','september','oktober','november','december'][d.month-1]} {d.year} {d.strftime('%H:%M')}"),
 "tr": ("Kimden","Gönderildi","Kime","Bilgi","Konu", lambda d: f"{d.day} {['Ocak','Şubat','Mart','Nisan','Mayıs','Haziran','Temmuz','Ağustos','Eylül','Ekim','Kasım','Aralık'][d.month-1]} {d.year} {['Pazartesi','Salı','Çarşamba','Perşembe','Cuma','Cumartesi','Pazar'][d.weekday()]} {d.strftime('%H:%M')}"),
}

def text_to_html(t):
    out = []
    for para in t.split("\n\n"):
        if para.strip() == "{{TABLE}}":
            out.append("{{TABLE}}"); continue
        out.append('<p class="MsoNormal">' + H.escape(para).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)

def table_html(rows):
    head, *body = rows
    s = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border:none">']
    s.append("<tr>" + "".join(f'<td style="background:#D9E2F3;border:solid windowtext 1.0pt"><b>{H.escape(c)}</b></td>' for c in head) + "</tr>")
    for r in body:
        s.append("<tr>" + "".join(f'<td style="border:solid windowtext 1.0pt">{H.escape(c)}</td>' for c in r) + "</tr>")
    s.append("</table>")
    return "\n".join(s)

def table_text(rows):
    return "\n".join("\t".join(r) for r in rows)

class Conv:
    def __init__(s, folder, me, host):
        s.folder, s.me, s.host, s.msgs = folder, me, host, []
        os.makedirs(os.path.join(OUT, folder), exist_ok=True)
        for f in os.listdir(os.path.join(OUT, folder)):
            if f.endswith(".eml"): os.remove(os.path.join(OUT, folder, f))

    def add(s, frm, to, subject, date, body, cc=(), client="outlook", lang="en-us", parent=-1,
            html=False, table=None, request=False, auto=None, away_until=None, headers=None,
            quote=True, sig_html=None, calendar=None, mid_host=None, thread_topic=True):
        """parent: index of message replied to (-1 = last, None = new thread)."""
        dt = parse(date)
        n = len(s.msgs) + 1
        mid = f"<{abs(hash((s.folder, n))) % 10**12:012d}.{n}@{mid_host or s.host}>"
        if client == "gmail":
            mid = f"<CA{abs(hash((s.folder,n,'g'))) % 10**16:016d}+{n}Qx@mail.gmail.com>"
        if client == "apple":
            mid = f"<{abs(hash((s.folder,n,'a'))) % 10**8:08X}-{n}A2B-4C1D-9E3F-{abs(hash((s.folder,n))) % 10**12:012X}@{mid_host or s.host}>"
        if client == "notes":
            h = f"{hash((s.folder,n,'n')):015X}"
            mid = f"<OF{h[:8]}.{h[8:15]}0-ONC1258A{n}F.00{h[:6]}-C1258A{n}F.00{h[6:12]}@{mid_host or s.host}>"
        par = None
        if parent is not None and s.msgs:
            par = s.msgs[parent]
        text = body
        if table:
            text = text.replace("{{TABLE}}", table_text(table))
        hbody = None
        if html:
            hbody = text_to_html(body)
            if table: hbody = hbody.replace("{{TABLE}}", table_html(table))
        if par is not None and quote:
            qt, qh = s.quote(par, client, lang)
            text = text.rstrip("\n") + qt
            if html: hbody = hbody + qh
        m = EmailMessage(policy=email.policy.SMTP.clone(linesep="\n", max_line_length=998))
        m["From"] = frm.fmt()
        m["To"] = ", ".join(p.fmt() for p in to)
        if cc: m["Cc"] = ", ".join(p.fmt() for p in cc)
        m["Subject"] = subject
        m["Date"] = format_datetime(dt)
        m["Message-ID"] = mid
        if par is not None:
            m["In-Reply-To"] = par["mid"]
            refs = (par["refs"] + " " + par["mid"]).strip()
            m["References"] = refs
        else:
            refs = ""
        if thread_topic and client in ("outlook", "owa", "android"):
            m["Thread-Topic"] = re.sub(r"^((RE|AW|SV|VS|FW|Fwd|TR|YNT|R):\s*)+", "", subject, flags=re.I)
        for k, v in (headers or {}).items(): m[k] = v
        if auto: m["Auto-Submitted"] = auto
        m["MIME-Version"] = "1.0"
        m.set_content(text, charset="utf-8")
        if html:
            doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                   '<body lang="EN-US" style="word-wrap:break-word"><div class="WordSection1">\n' + hbody + "\n</div></body></html>")
            m.add_alternative(doc, subtype="html", charset="utf-8")
        if calendar:
            method, ics = calendar
            m.add_alternative(ics.replace("\n", "\r\n"), subtype="calendar", charset="utf-8", params={"method": method})
        raw = m.as_bytes()
        if b"MIME-Version: 1.0" in raw.split(b"\n\n")[0]:
            pass
        with open(os.path.join(OUT, s.folder, f"{n:02d}.eml"), "wb") as f: f.write(raw)
        rec = dict(mid=mid, refs=refs, frm=frm, to=list(to), cc=list(cc), subject=subject, dt=dt, text=text,
                   html=hbody or text_to_html(text), request=request, auto=auto, away_until=away_until, client=client)
        s.msgs.append(rec)
        return n

    def quote(s, p, client, lang):
        dt = p["dt"]
        if client in ("outlook", "owa", "android"):
            L = LOCAL[lang]
            hdr = [f"{L[0]}: {p['frm'].fmt() if client!='outlook' else p['frm'].name + ' <' + p['frm'].addr + '>'}",
                   f"{L[1]}: {L[5](dt)}",
                   f"{L[2]}: {'; '.join(x.name or x.addr for x in p['to'])}"]
            if p["cc"]: hdr.append(f"{L[3]}: {'; '.join(x.name or x.addr for x in p['cc'])}")
            hdr.append(f"{L[4]}: {p['subject']}")
            sep = "\n\n________________________________\n" if client != "outlook" else "\n\n"
            if client == "outlook" and lang == "plain-orig": pass
            qt = sep + "\n".join(hdr) + "\n\n" + p["text"]
            hh = "<br>\n".join(f"<b>{H.escape(x.split(':',1)[0])}:</b>{H.escape(x.split(':',1)[1])}" for x in hdr)
            qh = ('\n<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                  f'<p class="MsoNormal">{hh}</p></div></div>\n' + p["html"])
            return qt, qh
        if client == "origmsg":  # Outlook plain text
            L = LOCAL[lang]
            hdr = [f"{L[0]}: {p['frm'].name} [mailto:{p['frm'].addr}]", f"{L[1]}: {L[5](dt)}",
                   f"{L[2]}: {'; '.join(x.name or x.addr for x in p['to'])}"]
            if p["cc"]: hdr.append(f"{L[3]}: {'; '.join(x.name or x.addr for x in p['cc'])}")
            hdr.append(f"{L[4]}: {p['subject']}")
            return "\n\n-----Original Message-----\n" + "\n".join(hdr) + "\n\n" + p["text"], ""
        if client == "gmail":
            h = dt.strftime("%I").lstrip("0")
            line = f"On {dt.strftime('%a')}, {dt.strftime('%b')} {dt.day}, {dt.year} at {h}:{dt.strftime('%M %p')} {p['frm'].name} <{p['frm'].addr}> wrote:"
            if lang == "pt":
                line = f"Em {['seg.','ter.','qua.','qui.','sex.','sáb.','dom.'][dt.weekday()]}, {dt.day} de {['jan.','fev.','mar.','abr.','mai.','jun.','jul.','ago.','set.','out.','nov.','dez.'][dt.month-1]} de {dt.year} às {dt.strftime('%H:%M')}, {p['frm'].name} <{p['frm'].addr}> escreveu:"
            q = "\n".join(("> " + l) if l else ">" for l in p["text"].split("\n"))
            qh = (f'\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{H.escape(line)}<br></div>'
                  f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{p["html"]}</blockquote></div>')
            return "\n\n" + line + "\n" + q + "\n", qh
        if client == "apple":
            line = f"On {dt.day} {EN_MON[dt.month-1][:3]} {dt.year}, at {dt.strftime('%H:%M')}, {p['frm'].name} <{p['frm'].addr}> wrote:"
            if lang == "en-us":
                h = dt.strftime("%I").lstrip("0")
                line = f"On {EN_MON[dt.month-1][:3]} {dt.day}, {dt.year}, at {h}:{dt.strftime('%M %p')}, {p['frm'].name} <{p['frm'].addr}> wrote:"
            q = "\n".join(("> " + l) if l else ">" for l in p["text"].split("\n"))
            return "\n\n> " + line + "\n> \n" + q + "\n", f'\n<div dir="ltr"><br><blockquote type="cite">{H.escape(line)}<br><br>{p["html"]}</blockquote></div>'
        if client == "notes":
            fr = p["frm"].notes or p["frm"].addr
            to = ", ".join(x.notes or x.addr for x in p["to"])
            cc = ", ".join(x.notes or x.addr for x in p["cc"])
            blk = (f"\n\n\n\nFrom:\t{fr}\nTo:\t{to}\n" + (f"Cc:\t{cc}\n" if cc else "") +
                   f"Date:\t{dt.strftime('%d-%m-%Y %H:%M')}\nSubject:\t{p['subject']}\n\n")
            return blk + p["text"], ""
        if client == "gt":  # '>' quoting with a plain attribution (ticket/Thunderbird-ish)
            line = f"On {dt.strftime('%d/%m/%Y %H:%M')}, {p['frm'].name} wrote:"
            q = "\n".join(("> " + l) if l else ">" for l in p["text"].split("\n"))
            return "\n\n" + line + "\n" + q + "\n", ""
        return "", ""

    def finish(s, now, agreements, expect_recipients=None):
        nowdt = DT.datetime.fromisoformat(now)
        assert all(m["dt"] < nowdt for m in s.msgs), "now must be after last message"
        me = s.me.lower()
        rec = {}
        asked = {}
        for i, m in enumerate(s.msgs):
            if m["frm"].addr.lower() == me and m["request"]:
                for p in m["to"]:
                    if p.addr.lower() != me: asked.setdefault(p.addr.lower(), []).append(i)
        for a, idx in asked.items():
            first = idx[0]
            replies = [i for i, m in enumerate(s.msgs) if i > first and m["frm"].addr.lower() == a and not m["auto"]]
            autos = [m for i, m in enumerate(s.msgs) if i > first and m["frm"].addr.lower() == a and m["auto"]]
            last = replies[-1] if replies else None
            un = [i for i in idx if last is None or i > last]
            away = False
            if autos:
                au = autos[-1]
                lastauto_i = s.msgs.index(au)
                if (last is None or lastauto_i > last):
                    away = au["away_until"] is None or DT.date.fromisoformat(au["away_until"]) > nowdt.date()
            if replies and not un: status, step = "replied", "none"
            else:
                status = "replied" if replies else ("away" if away else "waiting")
                if away: step = "wait"
                elif len(un) >= 2: step = "call"
                else:
                    sent = s.msgs[un[0]]["dt"]
                    bd = busdays(sent, nowdt)
                    if bd == 2: print(f"  WARNING {s.folder}: {a} borderline business days {bd}")
                    step = "remind" if bd >= 2 else "wait"
                if away and status == "replied": pass
            rec[a] = {"status": status, "nextStep": step, "unansweredRequests": len(un)}
        if expect_recipients is not None:
            assert rec == expect_recipients, (rec, expect_recipients)
        for ag in agreements:
            ag.setdefault("optional", False)
            assert ag["keywords"] == [k.lower() for k in ag["keywords"]]
            parts = {m["frm"].addr.lower() for m in s.msgs} | {p.addr.lower() for m in s.msgs for p in m["to"] + m["cc"]}
            assert ag["owner"].lower() in parts, ag["owner"]
        exp = {"me": s.me, "now": now, "agreements": [
            {"owner": a["owner"], "due": a["due"], "keywords": a["keywords"], "optional": a["optional"], "note": a["note"]} for a in agreements],
            "recipients": rec}
        with open(os.path.join(OUT, s.folder, "expected.json"), "w") as f:
            json.dump(exp, f, indent=2, ensure_ascii=False); f.write("\n")
        print(s.folder, len(s.msgs), "msgs", len([a for a in agreements if not a["optional"]]), "agreements", rec)

def busdays(a, b):
    """business days (Mon-Fri) elapsed from a to b, counted as whole weekdays after a's date up to b's date."""
    d, n = a.date(), 0
    while d < b.date():
        d += DT.timedelta(days=1)
        if d.weekday() < 5: n += 1
    return n
