"""Tiny builder for the e test set: writes NN-name/NN.eml + expected.json from a spec.

Each message: dict(frm=(name, addr), to=[(name, addr)], cc=[...], date="2026-11-09 10:14 -0800",
body=text the sender wrote (signature included), style=client, lang=quote header language,
parent=index of the message replied to (default previous, None for a new thread),
subject=override, html=own HTML body (optional), headers={extra}).
Styles: outlook (HTML+text, Outlook desktop quote), outlook_old ("-----Original Message-----", text),
gmail (HTML+text, "On ... wrote:" with > quoting), iphone (text, Apple quote), outlook_mobile
(HTML+text, "Get Outlook for ..." + Outlook quote), notes (text, Lotus Notes-ish quote), auto (auto reply).
"""
import html as H, json, os, email.utils, datetime as dt
from email.message import EmailMessage
from email.policy import SMTP

DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
}
LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject", ": "),
    "en-gb": ("From", "Sent", "To", "Cc", "Subject", ": "),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp", ": "),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet", " : "),
    "pt": ("De", "Enviado", "Para", "Cc", "Assunto", ": "),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff", ": "),
}


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def outlook_date(d, lang):
    if lang == "en":
        h = d.strftime("%I:%M %p").lstrip("0")
        return f"{DAYS['en'][d.weekday()]}, {MONTHS['en'][d.month-1]} {d.day}, {d.year} {h}"
    if lang == "en-gb":
        return f"{DAYS['en'][d.weekday()]}, {d.day} {MONTHS['en'][d.month-1]} {d.year} {d:%H:%M}"
    if lang == "nl":
        return f"{DAYS['nl'][d.weekday()]} {d.day} {MONTHS['nl'][d.month-1]} {d.year} {d:%H:%M}"
    if lang == "fr":
        return f"{DAYS['fr'][d.weekday()]} {d.day} {MONTHS['fr'][d.month-1]} {d.year} {d:%H:%M}"
    if lang == "pt":
        return f"{DAYS['pt'][d.weekday()]}, {d.day} de {MONTHS['pt'][d.month-1]} de {d.year} {d:%H:%M}"
    if lang == "de":
        return f"{DAYS['de'][d.weekday()]}, {d.day}. {MONTHS['de'][d.month-1]} {d.year} {d:%H:%M}"
    raise ValueError(lang)


def fmt_addr(p):
    return email.utils.formataddr(p) if p[0] else p[1]


def names(lst):
    return "; ".join(p[0] or p[1] for p in lst)


def to_html(text):
    paras = text.split("\n\n")
    return "".join("<p>" + H.escape(p).replace("\n", "<br>") + "</p>" for p in paras)


def gmail_attr(d, who, lang):
    n, a = who
    if lang == "fr":
        ab = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][d.weekday()]
        mo = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."][d.month-1]
        return f"Le {ab} {d.day} {mo} {d.year} à {d:%H:%M}, {n} <{a}> a écrit :"
    if lang == "en-gb":
        return f"On {d:%a}, {d.day} {d:%b} {d.year} at {d:%H:%M}, {n} <{a}> wrote:"
    h = d.strftime("%I:%M %p").lstrip("0")
    return f"On {d:%a}, {d:%b} {d.day}, {d.year} at {h} {n} <{a}> wrote:"


def build(root, name, me, now, msgs, agreements, recipients, lang="en"):
    folder = os.path.join(root, name)
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        os.remove(os.path.join(folder, f))
    built = []
    lang0 = lang
    for i, m in enumerate(msgs):
        d = parse_date(m["date"])
        style = m.get("style", "outlook")
        lang = m.get("lang", lang0)
        pidx = m.get("parent", i - 1 if i > 0 else None)
        parent = built[pidx] if pidx is not None else None
        dom = m["frm"][1].split("@")[1]
        mid = f"<{name}.{i+1}.{int(d.timestamp())}@{dom}>"
        if m.get("subject"):
            subject = m["subject"]
        else:
            root_subj = built[0]["subject"]
            pre = {"gmail": "Re: ", "iphone": "Re: ", "notes": "Re: "}.get(style, "RE: ")
            if lang == "nl" and style in ("outlook", "outlook_old"):
                pre = "RE: "
            if lang == "fr" and style == "outlook":
                pre = "RE : "
            if lang == "de" and style == "outlook":
                pre = "AW: "
            if lang == "pt" and style == "outlook":
                pre = "RES: "
            subject = pre + root_subj
        body = m["body"].strip("\n") + "\n"
        own_html = m.get("html") or to_html(body)
        # quoted history
        qtext, qhtml = "", ""
        if parent is not None and m.get("quote", True) and style != "auto":
            P = parent
            pd = P["d"].astimezone(d.tzinfo)
            if style in ("outlook", "outlook_mobile"):
                L = LABELS[lang]
                lines = [f"{L[0]}{L[5]}{fmt_addr(P['frm'])}", f"{L[1]}{L[5]}{outlook_date(pd, lang)}",
                         f"{L[2]}{L[5]}{names(P['to'])}"]
                if P["cc"]:
                    lines.append(f"{L[3]}{L[5]}{names(P['cc'])}")
                lines.append(f"{L[4]}{L[5]}{P['subject']}")
                qtext = "\n________________________________\n" + "\n".join(lines) + "\n\n" + P["full"]
                hdr = "<br>".join("<b>" + H.escape(l.split(L[5], 1)[0]) + L[5].rstrip() + "</b> " + H.escape(l.split(L[5], 1)[1]) for l in lines)
                qhtml = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                         '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                         + hdr + '</font><div>&nbsp;</div></div>' + P["fullhtml"])
            elif style == "outlook_old":
                lines = [f"From: {fmt_addr(P['frm'])}", f"Sent: {outlook_date(pd, 'en')}",
                         f"To: {names(P['to'])}"]
                if P["cc"]:
                    lines.append(f"Cc: {names(P['cc'])}")
                lines.append(f"Subject: {P['subject']}")
                qtext = "\n-----Original Message-----\n" + "\n".join(lines) + "\n\n" + P["full"]
            elif style == "gmail":
                attr = gmail_attr(pd, P["frm"], lang)
                qtext = "\n" + attr + "\n\n" + "\n".join(("> " + l) if l else ">" for l in P["full"].rstrip("\n").split("\n")) + "\n"
                qhtml = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + H.escape(attr) +
                         '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                         + P["fullhtml"] + '</blockquote></div>')
            elif style == "iphone":
                attr = f"On {pd.day} {pd:%b} {pd.year}, at {pd:%H:%M}, {P['frm'][0]} <{P['frm'][1]}> wrote:"
                if lang == "en":
                    attr = f"On {pd:%b} {pd.day}, {pd.year}, at {pd.strftime('%I:%M %p').lstrip('0')}, {P['frm'][0]} <{P['frm'][1]}> wrote:"
                qtext = "\n" + "> " + attr + "\n> \n" + "\n".join(("> " + l) if l else ">" for l in P["full"].rstrip("\n").split("\n")) + "\n"
            elif style == "notes":
                lines = [f"From:\t{fmt_addr(P['frm'])}", f"To:\t{', '.join(fmt_addr(p) for p in P['to'])}"]
                if P["cc"]:
                    lines.append(f"Cc:\t{', '.join(fmt_addr(p) for p in P['cc'])}")
                lines += [f"Date:\t{pd:%Y/%m/%d %H:%M}", f"Subject:\t{P['subject']}"]
                qtext = "\n\n\n" + "\n".join(lines) + "\n\n" + P["full"]
        full = body + qtext
        fullhtml = own_html + qhtml if qhtml else own_html + ("" if not qtext else "<pre>" + H.escape(qtext) + "</pre>")
        em = EmailMessage()
        em["From"] = fmt_addr(m["frm"])
        em["To"] = ", ".join(fmt_addr(p) for p in m["to"])
        if m.get("cc"):
            em["Cc"] = ", ".join(fmt_addr(p) for p in m["cc"])
        em["Subject"] = subject
        em["Date"] = email.utils.format_datetime(d)
        em["Message-ID"] = mid
        if parent is not None:
            em["In-Reply-To"] = parent["mid"]
            em["References"] = " ".join(parent["refs"] + [parent["mid"]])
        if style in ("outlook", "outlook_old", "outlook_mobile", "auto"):
            em["Thread-Topic"] = built[0]["subject"] if built else subject
        for k, v in (m.get("headers") or {}).items():
            em[k] = v
        if style in ("outlook", "gmail", "outlook_mobile") and not m.get("plain"):
            em.set_content(full, cte="quoted-printable")
            wrap_open = '<div dir="ltr">' if style == "gmail" else '<div class="WordSection1">'
            em.add_alternative('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                               + wrap_open + own_html + '</div>' + qhtml + '</body></html>\n', subtype="html", cte="quoted-printable")
        else:
            em.set_content(full, cte="quoted-printable")
        with open(os.path.join(folder, f"{i+1:02d}.eml"), "wb") as fh:
            fh.write(em.as_bytes(policy=SMTP.clone(linesep="\n")))
        built.append(dict(frm=m["frm"], to=m["to"], cc=m.get("cc") or [], d=d, subject=subject, mid=mid,
                          refs=(parent["refs"] + [parent["mid"]]) if parent else [], full=full, fullhtml=fullhtml))
    assert parse_date(now.replace("T", " ")[:16] + " " + now[19:].replace(":", "")) > built[-1]["d"], name
    for a in agreements:
        a.setdefault("optional", False)
        assert set(a) == {"owner", "due", "keywords", "optional", "note"}, a
    exp = {"me": me, "now": now, "agreements": agreements, "recipients": recipients}
    with open(os.path.join(folder, "expected.json"), "w") as fh:
        json.dump(exp, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
