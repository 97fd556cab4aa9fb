import os, shutil, re
SRC = "/work/shared/real-mail/enron"
OUT = "/work/unseen/j"

def body_after_sent(src, sent_marker):
    data = open(os.path.join(SRC, src + ".eml"), "rb").read()
    lines = data.split(b"\n")
    idx = None
    for i, l in enumerate(lines):
        if l.startswith(b"Sent:") and sent_marker.encode() in l:
            idx = i; break
    assert idx is not None, (src, sent_marker)
    j = idx + 1
    while lines[j].strip() != b"":
        j += 1
    j += 1
    return b"\n".join(lines[j:])

def recon(folder, nn, src, sent_marker, date, frm, to, subject, cc=None, mid=None):
    body = body_after_sent(src, sent_marker)
    h = [f"Message-ID: <j.reconstructed.{src.replace('/', '.')}.{nn}@unseen.invalid>",
         f"Date: {date}", f"From: {frm}", f"To: {to}", f"Subject: {subject}"]
    if cc: h.append(f"Cc: {cc}")
    h += ["Mime-Version: 1.0", "Content-Type: text/plain; charset=us-ascii",
          "Content-Transfer-Encoding: 7bit", f"X-Reconstructed-From: {src}"]
    open(os.path.join(OUT, folder, f"{nn:02d}.eml"), "wb").write(("\n".join(h) + "\n\n").encode() + body)

def copy(folder, nn, src):
    shutil.copyfile(os.path.join(SRC, src + ".eml"), os.path.join(OUT, folder, f"{nn:02d}.eml"))

convs = {
 "01-station5-compliance-meeting": [("c", "campbell-l/1250"), ("c", "campbell-l/1252")],
 "02-ipayit-wrong-larry": [("c", "campbell-l/1042"),
    ("r", "campbell-l/1057", "Monday, November 26, 2001 10:57 AM", "Mon, 26 Nov 2001 10:57:00 -0600",
     "f..campbell@enron.com", "ipayit@enron.com", "RE: Action Requested:  Past Due Invoice for User: LARRY CAMPBELL", None),
    ("c", "campbell-l/1057")],
 "03-contact-info-farewell": [("c", "campbell-l/1078"), ("c", "campbell-l/1080"), ("c", "campbell-l/1081")],
 "04-calpx-collateral": [
    ("r", "sager-e/1032", "Tuesday, November 27, 2001 12:26 PM", "Tue, 27 Nov 2001 12:26:00 -0600",
     "ray.alvarez@enron.com", "elizabeth.sager@enron.com", "", "d..steffes@enron.com, l..nicolay@enron.com, legal <.hall@enron.com>"),
    ("c", "sager-e/1032"), ("c", "sager-e/1033"), ("c", "sager-e/1035"), ("c", "sager-e/1046")],
 "05-vepco-damages": [
    ("r", "sager-e/788", "Monday, November 05, 2001 5:41 PM", "Mon, 5 Nov 2001 17:41:00 -0600",
     "rahil.jafry@enron.com", "m..presto@enron.com, david.duran@enron.com, elizabeth.sager@enron.com, heather.kroll@enron.com",
     "Update following our meeting re. VEPCO", "d..thomas@enron.com"),
    ("c", "sager-e/788"),
    ("r", "sager-e/793", "Tuesday, November 06, 2001 10:37 AM", "Tue, 6 Nov 2001 10:37:00 -0600",
     "elizabeth.sager@enron.com", "rahil.jafry@enron.com, m..presto@enron.com, david.duran@enron.com, heather.kroll@enron.com",
     "RE: Update following our meeting re. VEPCO", "d..thomas@enron.com"),
    ("c", "sager-e/793"),
    ("r", "sager-e/800", "Tuesday, November 06, 2001 1:33 PM", "Tue, 6 Nov 2001 13:33:00 -0600",
     "elizabeth.sager@enron.com", "m..presto@enron.com, rahil.jafry@enron.com, david.duran@enron.com, heather.kroll@enron.com",
     "RE: Update following our meeting re. VEPCO", "d..thomas@enron.com"),
    ("c", "sager-e/800")],
 "06-kay-mann-father": [("c", "sager-e/58")],
 "07-leadership-interview": [("c", "skilling-j/346"),
    ("r", "skilling-j/345", "Tuesday, May 22, 2001 1:57 PM", "Tue, 22 May 2001 13:57:00 -0500",
     "jeff.skilling@enron.com", "butler@enron.com", "RE: Interview", None),
    ("c", "skilling-j/345")],
 "08-rac-presentation": [("c", "sager-e/131"),
    ("r", "sager-e/121", "Thursday, October 18, 2001 11:42 AM", "Thu, 18 Oct 2001 11:42:00 -0500",
     "elizabeth.sager@enron.com", "michael.tribolet@enron.com", "RE: Presentation", "alice.wright@enron.com"),
    ("c", "sager-e/121")],
 "09-ypo-navy-fly-away": [("c", "skilling-j/92"), ("c", "skilling-j/91")],
 "10-italy-car-ferry": [("c", "watson-k/62"),
    ("r", "watson-k/92", "Tuesday, August 28, 2001 4:23 PM", "Tue, 28 Aug 2001 16:23:00 -0500",
     "kimberly.watson@enron.com", "janell_dye@hotmail.com, dennis_dye@hotmail.com, paul.donnelly@bakeratlas.com, john.watson@pdq.net",
     "FW: Italy car and ferry", None),
    ("c", "watson-k/92")],
 "11-hello-from-canada": [("c", "watson-k/515"), ("c", "watson-k/520")],
 "12-friday-bullets": [
    ("r", "watson-k/219", "Thursday, October 18, 2001 5:55 PM", "Thu, 18 Oct 2001 17:55:00 -0500",
     "kimberly.watson@enron.com", "lorraine.lindberg@enron.com, michelle.lokay@enron.com, mark.mcconnell@enron.com, paul.y'barbo@enron.com",
     "Bullets, Please", None),
    ("c", "watson-k/219")],
}
for folder, items in convs.items():
    os.makedirs(os.path.join(OUT, folder), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, folder)):
        if f.endswith(".eml"): os.remove(os.path.join(OUT, folder, f))
    for nn, it in enumerate(items, 1):
        if it[0] == "c": copy(folder, nn, it[1])
        else: recon(folder, nn, it[1], it[2], it[3], it[4], it[5], it[6], it[7])
print("ok")
