import os, json, random, html, hashlib
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from email.policy import SMTP

OUT = "/work/unseen/i"
WD = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
MO = ["January","February","March","April","May","June","July","August","September","October","November","December"]
NL_WD = ["maandag","dinsdag","woensdag","donderdag","vrijdag","zaterdag","zondag"]
NL_MO = ["januari","februari","maart","april","mei","juni","juli","augustus","september","oktober","november","december"]
FR_WD = ["lundi","mardi","mercredi","jeudi","vendredi","samedi","dimanche"]
FR_MO = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
IT_WD = ["lun","mar","mer","gio","ven","sab","dom"]
IT_MO = ["gen","feb","mar","apr","mag","giu","lug","ago","set","ott","nov","dic"]

def fmt_addr(p):
    n, a = p
    if not n:
        return a
    if any(c in n for c in ',.()'):
        n = '"%s"' % n
    return "%s <%s>" % (n, a)

def h12(dt):
    h = dt.hour % 12 or 12
    return "%d:%02d %s" % (h, dt.minute, "AM" if dt.hour < 12 else "PM")

def esc(t):
    return html.escape(t, quote=False)

def para_html(text, pclass=None):
    out = []
    for block in text.split("\n\n"):
        lines = [esc(l) for l in block.split("\n")]
        if pclass:
            out.append("".join('<p class="%s">%s</p>\n' % (pclass, l if l.strip() else "&nbsp;") for l in lines) + '<p class="%s">&nbsp;</p>\n' % pclass)
        else:
            out.append("<div>%s</div>\n<div><br></div>\n" % "<br>\n".join(lines))
    return "".join(out)

class Msg:
    pass

class Conv:
    def __init__(self, name, seed=None):
        self.name = name
        self.dir = os.path.join(OUT, name)
        os.makedirs(self.dir, exist_ok=True)
        for f in os.listdir(self.dir):
            if f.endswith(".eml"):
                os.remove(os.path.join(self.dir, f))
        self.msgs = []
        self.rnd = random.Random(seed or name)

    def mid(self, client, frm):
        r = self.rnd
        dom = frm[1].split("@")[1]
        hx = lambda n: "".join(r.choice("0123456789ABCDEF") for _ in range(n))
        if client in ("outlook", "newoutlook", "owa", "android"):
            d = frm[1].lower()
            if d.endswith(".co.za"): pool = ["JNAP275MB"]
            elif d.endswith(".co.uk"): pool = ["LO2P265MB"]
            elif d.endswith(".jp"): pool = ["TYCPR01MB"]
            elif d.endswith((".ie", ".nl", ".fr", ".tr", ".ng", ".br")) or "oree" in d: pool = ["DB9PR02MB", "AM6PR07MB", "PA4PR08MB"]
            else: pool = ["PH0PR11MB", "SJ0PR14MB"]
            srv = r.choice(pool) + str(r.randint(1000, 9999))
            reg = {"DB9": "eurprd02", "AM6": "eurprd07", "PH0": "namprd11", "SJ0": "namprd14", "LO2": "GBRP265", "TYC": "jpnprd01", "JNA": "ZAFP275", "PA4": "eurprd08"}[srv[:3]]
            return "<%s%s@%s.%s.prod.outlook.com>" % (srv, hx(28), srv, reg)
        if client == "gmail":
            return "<CA%s%s@mail.gmail.com>" % ("".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(30)), r.choice(["+Yw", "=xQ", "_Lk"]) + "@")[:-1] if False else "<CA%s@mail.gmail.com>" % "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=-") for _ in range(44))
        if client in ("iphone", "applemail"):
            return "<%s-%s-%s-%s-%s@%s>" % (hx(8), hx(4), hx(4), hx(4), hx(12), dom)
        if client == "thunderbird":
            return "<%s-%s-%s-%s-%s@%s>" % (hx(8).lower(), hx(4).lower(), hx(4).lower(), hx(4).lower(), hx(12).lower(), dom)
        return "<%s.%s@%s>" % (hx(12).lower(), hx(6).lower(), dom)

    def header_block(self, m, style):
        dt = m.dt
        to = "; ".join(fmt_addr(p) for p in m.to)
        cc = "; ".join(fmt_addr(p) for p in m.cc)
        if style == "nl":
            sent = "%s %d %s %d %02d:%02d" % (NL_WD[dt.weekday()], dt.day, NL_MO[dt.month-1], dt.year, dt.hour, dt.minute)
            lines = ["Van: " + fmt_addr(m.frm), "Verzonden: " + sent, "Aan: " + to] + (["CC: " + cc] if cc else []) + ["Onderwerp: " + m.subject]
        elif style == "fr":
            sent = "%s %d %s %d %02d:%02d" % (FR_WD[dt.weekday()], dt.day, FR_MO[dt.month-1], dt.year, dt.hour, dt.minute)
            lines = ["De : " + fmt_addr(m.frm), "Envoyé : " + sent, "À : " + to] + (["Cc : " + cc] if cc else []) + ["Objet : " + m.subject]
        elif style == "uk":
            sent = "%s, %d %s %d %02d:%02d" % (WD[dt.weekday()], dt.day, MO[dt.month-1], dt.year, dt.hour, dt.minute)
            lines = ["From: " + fmt_addr(m.frm), "Sent: " + sent, "To: " + to] + (["Cc: " + cc] if cc else []) + ["Subject: " + m.subject]
        else:
            sent = "%s, %s %d, %d %s" % (WD[dt.weekday()], MO[dt.month-1], dt.day, dt.year, h12(dt))
            lines = ["From: " + fmt_addr(m.frm), "Sent: " + sent, "To: " + to] + (["Cc: " + cc] if cc else []) + ["Subject: " + m.subject]
        return lines

    def add(self, frm, to, subject, date, body, client, cc=(), parent="last", html_new=None,
            locale="us", bottom=False, headers=None, quote=True, sig_client=None, plain_only=None):
        m = Msg()
        m.frm, m.to, m.cc, m.subject, m.client = frm, list(to), list(cc), subject, client
        m.dt = datetime.strptime(date, "%Y-%m-%d %H:%M %z")
        if parent == "last":
            parent = len(self.msgs) - 1 if self.msgs else None
        p = self.msgs[parent] if parent is not None else None
        m.id = self.mid(client, frm)
        new_plain = body.strip("\n")
        new_html = html_new
        qp = qh = None
        if p is not None and quote:
            if client in ("outlook", "newoutlook", "owa", "android"):
                hb = self.header_block(p, locale)
                if client == "outlook" and locale == "orig":
                    hb = self.header_block(p, "us")
                sep = "-----Original Message-----\n" if locale == "orig" else ("________________________________\n" if client in ("android", "owa", "newoutlook") else "")
                qp = sep + "\n".join(hb) + "\n\n" + p.full_plain
                hb_html = "<br>\n".join("<b>%s</b> %s" % (esc(l.split(" ", 1)[0] if not l.startswith(("De :", "À :", "Cc :")) else l.split(": ", 1)[0] + " :"), esc(l.split(": ", 1)[1] if ": " in l else l.split(" : ", 1)[1])) for l in hb)
                if client == "outlook":
                    qh = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                          '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">%s</span></p>\n</div>\n<p class="MsoNormal">&nbsp;</p>\n%s' % (hb_html, p.full_html))
                else:
                    qh = ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                          '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>\n<div>&nbsp;</div>\n</div>\n%s' % (hb_html, p.full_html))
            elif client == "gmail":
                dt = p.dt
                if locale == "uk":
                    attr = "On %s, %d %s %d at %02d:%02d, %s wrote:" % (WD[dt.weekday()][:3], dt.day, MO[dt.month-1][:3], dt.year, dt.hour, dt.minute, fmt_addr(p.frm))
                elif locale == "tr":
                    attr = "%s, %d %s %d %s, %02d:%02d tarihinde şunu yazdı:" % (fmt_addr(p.frm), dt.day, ["Oca","Şub","Mar","Nis","May","Haz","Tem","Ağu","Eyl","Eki","Kas","Ara"][dt.month-1], dt.year, ["Pzt","Sal","Çar","Per","Cum","Cmt","Paz"][dt.weekday()], dt.hour, dt.minute)
                elif locale == "it":
                    attr = "Il giorno %s %d %s %d alle ore %02d:%02d %s ha scritto:" % (IT_WD[dt.weekday()], dt.day, IT_MO[dt.month-1], dt.year, dt.hour, dt.minute, fmt_addr(p.frm))
                else:
                    attr = "On %s, %s %d, %d at %s %s wrote:" % (WD[dt.weekday()][:3], MO[dt.month-1][:3], dt.day, dt.year, h12(dt), fmt_addr(p.frm))
                qp = attr + "\n" + "\n".join(("> " + l) if l else ">" for l in p.full_plain.split("\n"))
                qh = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(attr), p.full_html))
            elif client in ("iphone", "applemail"):
                dt = p.dt
                if client == "iphone":
                    if locale == "uk":
                        attr = "On %d %s %d, at %02d:%02d, %s wrote:" % (dt.day, MO[dt.month-1][:3], dt.year, dt.hour, dt.minute, fmt_addr(p.frm))
                    else:
                        attr = "On %s %d, %d, at %s, %s wrote:" % (MO[dt.month-1][:3], dt.day, dt.year, h12(dt), fmt_addr(p.frm))
                    qp = "\n".join(("> " + l) if l else ">" for l in ([attr, ""] + p.full_plain.split("\n")))
                else:
                    attr = "On %d %s %d, at %02d:%02d, %s wrote:" % (dt.day, MO[dt.month-1][:3], dt.year, dt.hour, dt.minute, fmt_addr(p.frm)) if locale == "uk" else \
                           "On %s %d, %d, at %s, %s wrote:" % (MO[dt.month-1][:3], dt.day, dt.year, h12(dt), fmt_addr(p.frm))
                    qp = attr + "\n\n" + "\n".join(("> " + l) if l else ">" for l in p.full_plain.split("\n"))
                qh = '<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">%s</div></blockquote>' % (esc(attr), p.full_html)
            elif client == "thunderbird":
                dt = p.dt
                attr = "On %02d/%02d/%d %02d:%02d, %s wrote:" % (dt.day, dt.month, dt.year, dt.hour, dt.minute, p.frm[0]) if locale != "fr" else \
                       "Le %02d/%02d/%d à %02d:%02d, %s a écrit :" % (dt.day, dt.month, dt.year, dt.hour, dt.minute, p.frm[0])
                qp = attr + "\n" + "\n".join(("> " + l) if not l.startswith(">") and l else (">" + l if l else ">") for l in p.full_plain.split("\n"))
        if qp is not None:
            if bottom:
                m.full_plain = qp + "\n\n" + new_plain
            elif client == "iphone":
                m.full_plain = new_plain + "\n\n" + qp
            else:
                m.full_plain = new_plain + "\n\n" + qp
        else:
            m.full_plain = new_plain
        # html
        if client in ("thunderbird", "helpdesk_plain") or plain_only:
            m.full_html = "<pre>%s</pre>" % esc(new_plain)
            m.html_doc = None
        else:
            nh = new_html or para_html(new_plain, "MsoNormal" if client == "outlook" else None)
            m.full_html = nh + (qh or "")
            if client == "outlook":
                m.html_doc = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                              'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
                              '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                              '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                              '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                              '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s</div>\n</body>\n</html>\n' % m.full_html)
            elif client in ("owa", "newoutlook", "android"):
                m.html_doc = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                              '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                              '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n</body>\n</html>\n' % m.full_html)
            elif client == "gmail":
                m.html_doc = '<div dir="ltr">%s</div>\n' % m.full_html
            elif client in ("iphone", "applemail"):
                m.html_doc = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">%s</body></html>' % m.full_html
            else:
                m.html_doc = '<html><body>%s</body></html>' % m.full_html
        if plain_only is None:
            plain_only = client in ("thunderbird",)
        # build message
        e = EmailMessage(policy=SMTP.clone(max_line_length=998))
        e["From"] = fmt_addr(frm)
        e["To"] = ", ".join(fmt_addr(x) for x in to)
        if cc:
            e["Cc"] = ", ".join(fmt_addr(x) for x in cc)
        e["Subject"] = subject
        e["Date"] = format_datetime(m.dt)
        e["Message-ID"] = m.id
        if p is not None:
            e["In-Reply-To"] = p.id
            refs = (p.refs + [p.id])[-8:]
            e["References"] = " ".join(refs)
            m.refs = p.refs + [p.id]
        else:
            m.refs = []
        for k, v in (headers or {}).items():
            if not k.startswith("_"):
                e[k] = v
        if client in ("outlook", "newoutlook", "owa", "android"):
            topic = subject
            for pre in ("RE: ", "Re: ", "FW: ", "Fwd: ", "AW: ", "TR : ", "RE : ", "Antw: ", "Re : "):
                if topic.startswith(pre):
                    topic = topic[len(pre):]
            e["Thread-Topic"] = topic
            base = hashlib.md5((self.name).encode()).hexdigest().upper()[:22]
            e["Thread-Index"] = "AQH" + base + "".join(self.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123456789") for _ in range(4 * len(self.msgs) + 4)) + "=="
            e["X-MS-Has-Attach"] = ""
            e["X-MS-TNEF-Correlator"] = ""
            e["Content-Language"] = {"us": "en-US", "uk": "en-GB", "orig": "en-US", "nl": "nl-NL", "fr": "fr-FR"}.get(locale, "en-US")
            if client == "android":
                e["X-MS-Exchange-Organization-SCL"] = "-1"
        elif client == "thunderbird":
            e["User-Agent"] = "Mozilla Thunderbird"
            e["Content-Language"] = {"fr": "fr", "uk": "en-GB"}.get(locale, "en-US")
        elif client == "iphone":
            e["X-Mailer"] = "iPhone Mail (22B91)"
        elif client == "applemail":
            e["X-Mailer"] = "Apple Mail (2.3826.200.121)"
        if plain_only:
            if client == "thunderbird":
                e.set_content(m.full_plain + "\n", charset="utf-8", cte="8bit" if any(ord(c) > 127 for c in m.full_plain) else "7bit", params={"format": "flowed"})
            else:
                e.set_content(m.full_plain + "\n", charset="utf-8", cte="quoted-printable")
        elif client in ("owa", "newoutlook", "android") and not (headers or {}).get("_multipart"):
            e.set_content(m.html_doc, subtype="html", charset="utf-8", cte="quoted-printable")
        else:
            e.set_content(m.full_plain + "\n", charset="utf-8", cte="quoted-printable")
            e.add_alternative(m.html_doc, subtype="html", charset="utf-8", cte="quoted-printable")
        m.eml = e
        self.msgs.append(m)
        n = len(self.msgs)
        with open(os.path.join(self.dir, "%02d.eml" % n), "wb") as f:
            f.write(e.as_bytes())
        return m

    def expected(self, me, now, agreements, recipients):
        ags = []
        for a in agreements:
            owner, due, kws, note = a[:4]
            opt = a[4] if len(a) > 4 else False
            ags.append({"owner": owner, "due": due, "keywords": kws, "optional": opt, "note": note})
        rec = {k: {"status": v[0], "nextStep": v[1], "unansweredRequests": v[2]} for k, v in recipients.items()}
        with open(os.path.join(self.dir, "expected.json"), "w") as f:
            json.dump({"me": me, "now": now, "agreements": ags, "recipients": rec}, f, indent=2, ensure_ascii=False)
            f.write("\n")
