import os, shutil, json
SRC = "/work/shared/real-mail/enron"
OUT = "/work/unseen/h"

def lines(path):
    with open(os.path.join(SRC, path), "rb") as f:
        return f.read().split(b"\n")

def body_from(path, start, end=None, strip_indent=None):
    """1-based inclusive line range from a pool file."""
    ls = lines(path)
    seg = ls[start-1:(end if end else len(ls))]
    if strip_indent:
        seg = [l[strip_indent:] if l.startswith(b" " * strip_indent) else l for l in seg]
    return b"\n".join(seg)

def first_line(path, needle, after=1):
    ls = lines(path)
    for i, l in enumerate(ls, 1):
        if i >= after and needle.encode() in l:
            return i
    raise SystemExit(f"not found {needle} in {path}")

def recon(hdrs, body, cte="7bit"):
    h = []
    for k, v in hdrs:
        h.append(f"{k}: {v}")
    h += ["Mime-Version: 1.0", "Content-Type: text/plain; charset=us-ascii",
          f"Content-Transfer-Encoding: {cte}"]
    return ("\n".join(h) + "\n\n").encode() + body + (b"" if body.endswith(b"\n") else b"\n")

def write(folder, items, expected):
    d = os.path.join(OUT, folder)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    for i, it in enumerate(items, 1):
        p = os.path.join(d, f"{i:02d}.eml")
        if isinstance(it, str):
            shutil.copyfile(os.path.join(SRC, it), p)
        else:
            open(p, "wb").write(it)
    json.dump(expected, open(os.path.join(d, "expected.json"), "w"), indent=2, ensure_ascii=False)
    open(os.path.join(d, "expected.json"), "a").write("\n")

def A(owner, due, kw, note, optional=False):
    return {"owner": owner, "due": due, "keywords": kw, "optional": optional, "note": note}

def R(status, nxt, n):
    return {"status": status, "nextStep": nxt, "unansweredRequests": n}
