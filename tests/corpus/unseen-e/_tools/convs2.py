from lib import build
import sys
ROOT = sys.argv[1] if len(sys.argv) > 1 else ".."

def A(owner, due, kw, note, optional=False):
    return dict(owner=owner, due=due, keywords=kw, optional=optional, note=note)

def R(status, step, n):
    return dict(status=status, nextStep=step, unansweredRequests=n)

# ---------------------------------------------------------------- 08 Brazilian bank compliance
FL = ("Fernanda Lima", "fernanda.lima@bancoaurora.com.br")
RA = ("Rodrigo Alves", "rodrigo.alves@bancoaurora.com.br")
BC = ("Beatriz Costa", "beatriz.costa@bancoaurora.com.br")
BDISC = """Classificação: Interna
Esta mensagem pode conter informação confidencial ou privilegiada. Se você não for o destinatário, por favor apague-a e avise o remetente. O Banco Aurora S.A. não se responsabiliza por decisões tomadas com base nesta mensagem. / This message may contain confidential information. Banco Aurora S.A. will not be liable for decisions taken on the basis of this message."""
SIG_FL = f"""Atenciosamente,

Fernanda Lima
Analista Sênior de Compliance Regulatório
Banco Aurora S.A. | São Paulo
+55 11 5555-3090

{BDISC}"""
build(ROOT, "08-bacen-report-pix", FL[1], "2026-12-08T10:00:00-03:00", [
    dict(frm=FL, to=[RA, BC], date="2026-11-30 10:00 -0300", lang="pt",
         subject="BACEN - relatório Pix Parcelado / documents needed by 7/12",
         body=f"""Oi Rodrigo, oi Beatriz, tudo bem?

We have to file the report on the new Pix Parcelado product with BACEN on 15/12 (Resolução BCB nº 1/2020 as amended). To prepare it I need from you:

1. Rodrigo (Produtos): the product manual (versão final) and the operational risk assessment.
2. Beatriz (Jurídico): the legal opinion on whether the installment feature is classified as consumer credit.

Could you send them by 7/12 (segunda-feira)? I need a week to consolidate and get the director's sign-off.

Obrigada!

{SIG_FL}"""),
    dict(frm=BC, to=[FL], cc=[RA], date="2026-11-30 15:20 -0300", lang="pt",
         body=f"""Oi Fernanda, tudo bem?

7/12 is too tight for the opinion because Pinheiro Vieira (our external counsel) has to review it first. I'll send you the legal opinion by 10/12, that still leaves you a few days before the filing.

The product manual is with Rodrigo's team, I don't have the final version.

Abs,
Beatriz

Beatriz Costa
Advogada Sênior - Jurídico Regulatório
Banco Aurora S.A.

{BDISC}"""),
    dict(frm=FL, to=[RA], cc=[BC], date="2026-12-03 09:00 -0300", lang="pt",
         body=f"""Rodrigo, bom dia!

Following up on the product manual and the risk assessment - could you send them by Monday 7/12? Without them I can't start the consolidation.

Beatriz, 10/12 is fine, obrigada. As soon as I have everything I will consolidate the report and file it with BACEN on 15/12.

{SIG_FL}"""),
], [
    A(BC[1], "2026-12-10", ["legal opinion", "opinion", "parecer"], "Decline of 7/12 with a firm alternative: \"I'll send you the legal opinion by 10/12\" (day-first, Brazil)."),
    A(FL[1], "2026-12-15", ["file", "bacen", "report", "consolidate"], "Owner: \"I will consolidate the report and file it with BACEN on 15/12\" - conditional wording but the thread gives the date."),
], {RA[1]: R("waiting", "call", 2), BC[1]: R("replied", "none", 0)})

# ---------------------------------------------------------------- 09 Japanese manufacturer QA (formal, Notes-ish), me = US plant manager
KW = ("Kenji Watanabe", "k.watanabe@hoshino-seimitsu.co.jp")
ML = ("Mike Larson", "mlarson@hoshino-usa.com")
JR = ("Jennifer Ruiz", "jruiz@hoshino-usa.com")
SIG_KW = """Best regards,

Kenji Watanabe
Manager, Quality Assurance Dept. Section 2
Hoshino Precision Co., Ltd.
1-14-3 Minamisenba, Chuo-ku, Osaka 542-0081, Japan
TEL: +81-6-5555-2214  FAX: +81-6-5555-2290"""
SIG_ML = """Best regards,
Mike Larson
Plant Manager | Hoshino Precision USA, Inc. - Findlay, OH
419-555-0130"""
minutes = f"""Dear Mr. Larson, Ms. Ruiz,

Thank you very much for your time for the web meeting this morning.
Please find below the minutes of meeting.

----------------------------------------------------------
MINUTES OF MEETING
Subject : Nonconformance of P/N 48210-KX, Lot H-2611-07
Date    : 2026/12/01 08:00-08:50 (JST) / 2026/11/30 18:00-18:50 (EST)
Attendees:
  Hoshino Precision : K. Watanabe, T. Sato
  Hoshino USA       : M. Larson, J. Ruiz

1. Containment
   Completed by Hoshino USA on 2026/11/24. 3 NG pcs quarantined.
2. Suspected cause
   Tool wear of OP30 boring bar (to be confirmed).
3. Action items
   (1) Hoshino USA (Mr. Larson)  : Submit 8D report D1-D4    : 2026/12/04
   (2) Hoshino USA (Ms. Ruiz)    : Provide OP30 tool change
                                   records (Oct.-Nov.)       : 2026/12/02
   (3) Hoshino Precision (Watanabe): Send CMM data of 3 NG pcs
                                   from Daiwa Motors         : 2026/12/02
   (4) On-site audit of OP30 process at Findlay plant by
       Mr. Sato. Host: Mr. Larson                            : 2026/12/09
----------------------------------------------------------

If there is any misunderstanding, please kindly inform us by 2026/12/02.

{SIG_KW}"""
build(ROOT, "09-8d-nonconformance", ML[1], "2026-12-01T15:00:00-05:00", [
    dict(frm=KW, to=[ML, JR], date="2026-11-25 10:30 +0900", style="notes",
         subject="[Request] Nonconformance of P/N 48210-KX (Lot H-2611-07) - containment and 8D report",
         body=f"""Dear Mr. Larson, Ms. Ruiz,

We would like to inform you that our customer, Daiwa Motors Corporation, has reported a nonconformance on Lot H-2611-07 of bearing housing P/N 48210-KX, shipped from your Findlay plant.
Defect : bore diameter out of tolerance (+0.018 mm), 3 pcs.

We would kindly request you the following:
1. Containment: please sort all stock of this part at your plant and inform us of the result.
2. Please submit 8D report. D1-D4 by December 4, and the full report by December 18.

We sincerely apologize for the short notice and thank you very much for your cooperation.

{SIG_KW}"""),
    dict(frm=JR, to=[KW], cc=[ML], date="2026-11-25 07:40 -0500", style="outlook",
         body="""Kenji-san,

Containment is done - our second shift sorted all stock overnight: 2,400 pcs checked, 3 more rejects found, all quarantined in the MRB cage. I'll send you the sort data sheet later today.

Regards,
Jennifer Ruiz
Quality Lead | Hoshino Precision USA, Inc."""),
    dict(frm=ML, to=[KW], cc=[JR], date="2026-11-27 09:10 -0500", style="outlook",
         body=f"""Kenji-san,

Thank you for the detailed notice, and my apologies for the trouble this has caused you with Daiwa.

We'll have D1-D4 to you by Friday 12/4 as requested, and the full 8D with root cause and corrective action by 12/18. Our first suspicion is tool wear on the OP30 boring bar.

Could you send us the CMM measurement data from Daiwa's incoming inspection? It would help the root cause work. Also, would a short web meeting on Monday evening our time (Tuesday morning in Osaka) work for you?

{SIG_ML}"""),
    dict(frm=KW, to=[ML], cc=[JR], date="2026-11-28 09:15 +0900", style="notes",
         body=f"""Dear Mr. Larson,

Thank you very much for your quick response.
December 1 (Tue) 8:00 JST is acceptable for us. We will send the Teams invitation.
Regarding CMM data, we will send it after receiving it from Daiwa Motors.

{SIG_KW}"""),
    dict(frm=KW, to=[ML, JR], date="2026-12-01 10:30 +0900", style="notes", parent=2, body=minutes),
    dict(frm=ML, to=[KW], cc=[JR], date="2026-12-01 08:05 -0500", style="outlook",
         body=f"""Kenji-san,

Thank you, the minutes are correct. I'll send Mr. Sato the hotel and plant directions by Friday.

{SIG_ML}"""),
], [
    A(JR[1], "2026-11-25", ["sort data", "data sheet"], "\"I'll send you the sort data sheet later today\". \"Containment is done\" is a past report."),
    A(ML[1], "2026-12-04", ["d1-d4", "d1", "8d"], "Owner: \"We'll have D1-D4 to you by Friday 12/4\", restated in the minutes item (1) with the same date - one agreement."),
    A(ML[1], "2026-12-18", ["full 8d", "8d", "root cause"], "Owner: \"the full 8D with root cause and corrective action by 12/18\"."),
    A(KW[1], "2026-12-01", ["web meeting", "meeting", "teams"], "Meeting acceptance \"December 1 (Tue) 8:00 JST is acceptable for us. We will send the Teams invitation.\" - readers may differ on whether a meeting acceptance is an agreement.", optional=True),
    A(JR[1], "2026-12-02", ["tool change", "records"], "Minutes item (2), Ms. Ruiz named as owner: \"Provide OP30 tool change records (Oct.-Nov.) : 2026/12/02\"."),
    A(KW[1], "2026-12-02", ["cmm"], "\"we will send it after receiving it from Daiwa Motors\" (no date) then dated in the minutes item (3): 2026/12/02 - one agreement, last date."),
    A(ML[1], "2026-12-09", ["audit", "host"], "Minutes item (4): on-site audit by Mr. Sato (not a participant), \"Host: Mr. Larson\" : 2026/12/09; Mike confirmed the minutes. Optional: the item reads as Mr. Sato's audit as much as Mike's hosting.", optional=True),
    A(ML[1], "2026-12-04", ["hotel", "directions"], "Owner: \"I'll send Mr. Sato the hotel and plant directions by Friday\" (sent Tue 1 Dec -0500)."),
], {KW[1]: R("replied", "none", 0)})

# ---------------------------------------------------------------- 10 UK NGO volunteers on phones
HR = ("Hannah Reid", "hannah@riversidepantry.org.uk")
DH = ("Dave Holt", "dave.m.holt@gmail.com")
PK = ("Priya Kapoor", "priyakapoor82@icloud.com")
TF = ("Tom Fairweather", "tomfairweather@yahoo.co.uk")
MO = ("Marguerite O'Neill", "marguerite.oneill@btinternet.com")
build(ROOT, "10-hamper-drive-volunteers", HR[1], "2026-12-03T20:00:00+00:00", [
    dict(frm=HR, to=[DH, PK, TF, MO], date="2026-11-30 19:40 +0000", style="gmail", lang="en-gb",
         subject="Christmas hamper drive - who can do what?",
         body="""Hi lovely volunteers!

It's that time again 🎄 We've got 160 hampers to get out this year (up from 110!). The Co-op on Mill Lane said they'll donate 40 selection boxes, which is brilliant.

Here's what I still need:
1) Two drivers on Sat 12 Dec, 9am-1pm, for the deliveries round Riverside & Hollins estate
2) Someone to collect the Tesco Extra donation on Thurs 10 Dec (after 2pm, ask for Kerry at customer service)
3) Priya - any chance you could print the hamper labels by Friday? Template attached, same as last year.
4) Marguerite - you did the allergen list last year and it was a lifesaver. Could you do it again?

Once it's all sorted I'll stick the final rota on the WhatsApp group.

Thanks so much everyone,
Hannah x

--
Hannah Reid
Volunteer Coordinator, Riverside Community Pantry
Registered charity no. 1187442"""),
    dict(frm=PK, to=[HR], date="2026-11-30 20:02 +0000", style="iphone", lang="en-gb",
         body="""Sure, Friday 👍

Sent from my iPhone"""),
    dict(frm=DH, to=[HR], date="2026-12-01 07:15 +0000", style="gmail", lang="en-gb", parent=0,
         body="""can do sat morning driving, not the afternoon. vans in for its MOT weds but should be fine

Dave"""),
    dict(frm=TF, to=[HR], date="2026-12-01 12:30 +0000", style="gmail", lang="en-gb", parent=0,
         body="""Hi Hannah I might be able to do the tesco run on the thurs, depends on my shifts. will let u know

Tom

Sent from Yahoo Mail on Android"""),
    dict(frm=HR, to=[TF, MO], cc=[DH, PK], date="2026-12-01 21:00 +0000", style="gmail", lang="en-gb",
         body="""Thanks all!! Dave and Priya you're stars.

Tom - could you let me know by Weds night either way?
Marguerite - are you ok to do the allergen list again?

H x"""),
    dict(frm=TF, to=[HR], cc=[DH, PK, MO], date="2026-12-02 18:10 +0000", style="gmail", lang="en-gb",
         body="""ok 👍 I'll do the tesco run thurs

Tom"""),
    dict(frm=DH, to=[HR], date="2026-12-03 08:30 +0000", style="gmail", lang="en-gb", parent=4,
         body="""Hannah so sorry, work have put me on the sat shift on the 12th so I cant drive after all. Gutted. Dave"""),
], [
    A(HR[1], None, ["rota", "whatsapp"], "Owner: \"Once it's all sorted I'll stick the final rota on the WhatsApp group\" - event, no date."),
    A(PK[1], "2026-12-04", ["label", "print"], "Short acceptance \"Sure, Friday 👍\" of \"print the hamper labels by Friday\" (sent Mon 30 Nov)."),
    A(TF[1], "2026-12-10", ["tesco", "collect", "donation"], "\"I might be able to...\" (hedge, not an agreement) later firmed up: \"ok 👍 I'll do the tesco run thurs\" -> Thu 10 Dec as in the ask. Dave's Saturday driving was withdrawn (\"I cant drive after all\"); the Co-op's selection boxes are a non-participant's promise."),
], {PK[1]: R("replied", "none", 0), DH[1]: R("replied", "none", 0), TF[1]: R("replied", "none", 0),
    MO[1]: R("waiting", "call", 2)})

# ---------------------------------------------------------------- 11 French museum loans registrar
CM = ("Camille Moreau", "camille.moreau@mba-valmont.fr")
EC = ("Emma Clarke", "e.clarke@rcg.org.uk")
SL = ("Sophie Laurent", "s.laurent@artrans-fineart.fr")
SIG_CM = """Bien cordialement / Best regards,

Camille Moreau
Régisseuse des œuvres / Registrar
Musée des Beaux-Arts de Valmont
12, place des Augustins - 38200 Valmont
+33 (0)4 55 55 31 08"""
build(ROOT, "11-loan-three-paintings", CM[1], "2026-12-04T10:00:00+01:00", [
    dict(frm=CM, to=[EC], cc=[SL], date="2026-11-30 10:12 +0100", lang="fr",
         subject="Prêt RCG 1887.12, 1887.14, 1902.3 - exposition « Lumières du Nord » (ouverture 5 février 2027)",
         body=f"""Dear Emma,

Following the approval of your Loans Committee, we would like to finalise the practical arrangements for the loan of the three works for our exhibition « Lumières du Nord », which opens on 5 February 2027.

Could you please:
- return the countersigned loan agreement (sent on 12 November);
- confirm the name of your courier and his/her travel dates;
- send us the crate dimensions, so that Sophie Laurent (Artrans, in copy) can prepare the transport quote.

I remain at your disposal for any further information.

{SIG_CM}"""),
    dict(frm=EC, to=[CM], cc=[SL], date="2026-12-01 09:30 +0000", lang="en-gb",
         body="""Dear Camille,

Lovely to hear from you - we're all very excited about the show.

I'll return the countersigned loan agreement by Friday 11 December; it only needs our Director's signature and she is back from New York on the 10th.

Our courier will be Dr Fiona Grant, Senior Paintings Conservator. I'll send you her passport details and travel dates once she has confirmed them with her team.

The crate dimensions are in the attached packing list. Please note the Trustees will formally note the loan at their meeting on 9 December, but this is a formality at this stage.

Kind regards,
Emma

Emma Clarke
Registrar (Loans Out)
Royal Caledonian Gallery, Edinburgh"""),
    dict(frm=SL, to=[CM, EC], date="2026-12-01 11:05 +0100", lang="fr",
         body="""Bonjour Camille, bonjour Emma,

Thank you for the packing list. We will send you the transport quote with two options (shared shuttle / dedicated vehicle with two drivers) by Thursday.

Our Edinburgh agent confirms they can build the crates in the week of 18 January.

Bien cordialement,
Sophie Laurent
Chargée d'affaires Musées
Artrans Fine Art Logistics - Paris"""),
    dict(frm=CM, to=[SL, EC], date="2026-12-02 14:20 +0100", lang="fr",
         body=f"""Merci beaucoup Sophie, merci Emma.

Emma, I will send you the insurance certificate (nail-to-nail, « clou à clou ») as soon as our insurer issues it, at the latest on 15 January.

{SIG_CM}"""),
    dict(frm=EC, to=[CM], cc=[SL], date="2026-12-02 15:01 +0000", lang="en-gb",
         body="""Perfect, thank you Camille!

Emma"""),
], [
    A(EC[1], "2026-12-11", ["loan agreement", "countersigned"], "\"I'll return the countersigned loan agreement by Friday 11 December\"."),
    A(EC[1], None, ["passport", "courier", "travel dates"], "Conditional: \"I'll send you her passport details and travel dates once she has confirmed them\" - no date. The Trustees' meeting is an announcement."),
    A(SL[1], "2026-12-03", ["transport quote", "quote"], "\"We will send you the transport quote ... by Thursday\" (sent Tue 1 Dec). The Edinburgh agent's crate slot is a non-participant's plan."),
    A(CM[1], "2027-01-15", ["insurance", "certificate"], "Owner: \"as soon as our insurer issues it, at the latest on 15 January\" - the stated latest date is the due date."),
], {EC[1]: R("replied", "none", 0)})

# ---------------------------------------------------------------- 12 Singapore shipping agent advisory, forwarded (mostly decoy)
WL = ("Tan Wei Ling", "weiling.tan@straitsmaritime.com.sg")
AN = ("Arjun Nair", "arjun.nair@polyform-asia.com")
NA = ("Nur Aisyah Rahman", "nuraisyah.rahman@polyform-asia.com")
SMDISC = """Straits Maritime Agencies Pte Ltd | 10 Anson Road #22-05 International Plaza Singapore 079903
All business is transacted subject to the Singapore Logistics Association Standard Trading Conditions. This e-mail is confidential; if received in error please delete it. We will not be responsible for any loss arising from viruses."""
build(ROOT, "12-vessel-delay-advisory", NA[1], "2026-11-27T09:00:00+08:00", [
    dict(frm=WL, to=[AN], date="2026-11-26 11:20 +0800",
         subject="ADVISORY: MV OCEAN LOTUS V.2611E - revised schedule due to port congestion",
         body=f"""Dear Valued Customers,

Please be advised that MV OCEAN LOTUS V.2611E will be delayed due to congestion at Port Klang.

Revised ETA Singapore (PSA Pasir Panjang Terminal): 04 Dec 2026 1800hrs (previously 30 Nov 2026)

Please note:
- Cargo will be available for collection 2 working days after discharge.
- Storage charges will be waived for the first 3 days after discharge.
- Delivery orders will be released upon receipt of payment of local charges.

We will keep you posted on any further changes. We apologise for any inconvenience caused.

Thanks & Best Regards,
Tan Wei Ling (Ms)
Customer Service Executive - Import
Straits Maritime Agencies Pte Ltd
DID: +65 6555 0274

{SMDISC}"""),
    dict(frm=AN, to=[NA], date="2026-11-26 14:05 +0800", subject="FW: ADVISORY: MV OCEAN LOTUS V.2611E - revised schedule due to port congestion",
         body="""Hi Aisyah,

FYI - this is the vessel with our PP resin (2 x 40HC from Rayong). No action needed from your side yet.

Arjun

Arjun Nair
Procurement Executive | Polyform Asia Pte Ltd"""),
    dict(frm=NA, to=[AN], date="2026-11-26 14:30 +0800",
         body="""Hi Arjun,

Thanks. Our Line 3 run for the Tan Chong order starts 7 Dec and we only have about 5 days of resin left. Can check with the agent if our containers (TGHU 884120-3, TGHU 884133-1) can be priority discharged?

Rgds
Aisyah
Production Planning"""),
    dict(frm=AN, to=[NA], date="2026-11-26 16:50 +0800",
         body="""Hi Aisyah,

Already called Wei Ling just now. She say priority discharge is not possible, but she will try to arrange first-day collection with the haulier. I've asked her to check on it.

I'll let you know once she revert.

Arjun"""),
    dict(frm=NA, to=[AN], date="2026-11-26 17:02 +0800",
         body="""Ok noted, thanks Arjun!

Aisyah"""),
], [
    A(AN[1], None, ["let you know", "know", "update", "inform", "revert"], "The only agreement: \"I'll let you know once she revert\" - event without a date. The advisory's \"will\" sentences are announcements/standard terms; \"she will try to arrange\" is a hedge reported second-hand; \"No action needed\" is FYI."),
], {AN[1]: R("replied", "none", 0)}, lang="en-gb")

# ---------------------------------------------------------------- 13 UK retailer: actions as an HTML table, sent by the owner
CH = ("Claire Hughes", "claire.hughes@harlowandfinch.co.uk")
RD = ("Ravi Desai", "ravi.desai@harlowandfinch.co.uk")
GP = ("Gemma Pratt", "gemma.pratt@harlowandfinch.co.uk")
GL = ("Gareth Lloyd", "gareth.lloyd@harlowandfinch.co.uk")
SIG_CH = """Claire Hughes
Senior Merchandiser - Home & Gifting
Harlow & Finch Ltd | 40 Brindley Place, Birmingham B1 2HQ
07700 900 514"""
tbl_text = f"""Hi both,

Thanks for your time this afternoon - good session. Actions as agreed below; shout if I've got anything wrong.

#  Action                                                        Owner   Due
1  Confirm December delivery slots for the 14 new SKUs with DCs  Ravi    02/12
2  Sign off the markdown budget for the January sale             Gemma   04/12
3  Shelf-edge labels printed and in the 12 trial stores          Ravi    08/12
4  Circulate final range plan (v7) to Buying and Store Ops       Claire  27/11

FYI the board pack goes to the exec on 10/12, so these dates are fairly fixed.

Thanks,
Claire

{SIG_CH}"""
tbl_html = """<p>Hi both,</p><p>Thanks for your time this afternoon - good session. Actions as agreed below; shout if I've got anything wrong.</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr style="background:#1F3864;color:white"><td style="padding:0 5.4pt"><b>#</b></td><td style="padding:0 5.4pt"><b>Action</b></td><td style="padding:0 5.4pt"><b>Owner</b></td><td style="padding:0 5.4pt"><b>Due</b></td></tr>
<tr><td style="padding:0 5.4pt">1</td><td style="padding:0 5.4pt">Confirm December delivery slots for the 14 new SKUs with DCs</td><td style="padding:0 5.4pt">Ravi</td><td style="padding:0 5.4pt">02/12</td></tr>
<tr><td style="padding:0 5.4pt">2</td><td style="padding:0 5.4pt">Sign off the markdown budget for the January sale</td><td style="padding:0 5.4pt">Gemma</td><td style="padding:0 5.4pt">04/12</td></tr>
<tr><td style="padding:0 5.4pt">3</td><td style="padding:0 5.4pt">Shelf-edge labels printed and in the 12 trial stores</td><td style="padding:0 5.4pt">Ravi</td><td style="padding:0 5.4pt">08/12</td></tr>
<tr><td style="padding:0 5.4pt">4</td><td style="padding:0 5.4pt">Circulate final range plan (v7) to Buying and Store Ops</td><td style="padding:0 5.4pt">Claire</td><td style="padding:0 5.4pt">27/11</td></tr>
</table>
<p>FYI the board pack goes to the exec on 10/12, so these dates are fairly fixed.</p>
<p>Thanks,<br>Claire</p>
<p style="color:#1F3864">Claire Hughes<br>Senior Merchandiser - Home &amp; Gifting<br>Harlow &amp; Finch Ltd | 40 Brindley Place, Birmingham B1 2HQ<br>07700 900 514</p>"""
build(ROOT, "13-range-review-actions", CH[1], "2026-11-30T09:00:00+00:00", [
    dict(frm=CH, to=[RD, GP], date="2026-11-26 15:10 +0000", subject="Christmas range review - actions",
         body=tbl_text, html=tbl_html),
    dict(frm=RD, to=[CH], cc=[GP, GL], date="2026-11-26 16:02 +0000", lang="en-gb",
         body="""Hi Claire,

#1 is fine. #3 isn't mine though - shelf-edge labels sit with Store Ops, not Supply Chain. Gareth Lloyd is the right person, I've copied him in.

Ravi

Ravi Desai | Supply Chain Planner | Harlow & Finch"""),
    dict(frm=GL, to=[CH], cc=[RD, GP], date="2026-11-26 17:34 +0000", style="iphone", lang="en-gb",
         body="""Hi Claire, happy to pick up the labels. They'll be in the 12 trial stores by Tue 8th.

Gareth

Sent from my iPhone"""),
    dict(frm=GP, to=[CH], cc=[RD, GL], date="2026-11-27 09:20 +0000", lang="en-gb", parent=0,
         body="""Morning Claire,

Can we push #2 to Monday 7th? I need the Q4 reforecast first and that doesn't land until the 4th.

Gemma

Gemma Pratt
Finance Business Partner - Commercial
Harlow & Finch Ltd"""),
    dict(frm=CH, to=[GP], cc=[RD, GL], date="2026-11-27 09:45 +0000", lang="en-gb",
         body=f"""Fine - 7th it is. Range plan v7 will follow later today as per #4.

Claire

{SIG_CH}"""),
], [
    A(RD[1], "2026-12-02", ["delivery slots", "slots", "skus"], "Table row 1 (owner-sent recap of a meeting), confirmed \"#1 is fine\"."),
    A(GP[1], "2026-12-07", ["markdown", "budget"], "Row 2 (04/12) moved at Gemma's request: \"Can we push #2 to Monday 7th?\" / \"Fine - 7th it is.\" - last date wins."),
    A(GL[1], "2026-12-08", ["shelf-edge", "shelf edge", "label"], "Row 3 declined by Ravi with referral (\"#3 isn't mine ... Gareth Lloyd is the right person\"), taken up by Gareth: \"They'll be in the 12 trial stores by Tue 8th.\" Not an agreement of Ravi's."),
    A(CH[1], "2026-11-27", ["range plan", "circulate"], "Row 4, owner's own, restated \"Range plan v7 will follow later today as per #4\". The board pack date is an FYI."),
], {}, lang="en-gb")

# ---------------------------------------------------------------- 14 German IT change-freeze announcement (no agreements)
KV = ("Katrin Vogel", "katrin.vogel@bergmann-technik.de")
ALL = ("Alle Mitarbeitenden", "alle-mitarbeitenden@bergmann-technik.de")
LB = ("Lukas Becker", "lukas.becker@bergmann-technik.de")
GDISC = """H. Bergmann Technik GmbH | Sitz: Stuttgart | Registergericht Stuttgart HRB 734512 | Geschäftsführer: Dr. Andreas Bergmann, Petra Lindner
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""
freeze = f"""Liebe Kolleginnen und Kollegen, dear colleagues,

as every year, a change freeze will apply to all production systems (SAP S/4HANA, MES, Windchill, network and firewall) from 18.12.2026 to 08.01.2027.

During this period:
- No changes will be deployed to production without approval of the Change Advisory Board (CAB).
- Emergency changes must be requested via the ServiceNow form "Emergency Change" and will be reviewed by the CAB within 24 hours.
- The IT Service Desk will be staffed on working days from 8:00 to 16:00 (24.12. and 31.12. until 12:00).

Changes submitted after 11.12.2026 will not be scheduled before the freeze. Please plan accordingly.

The last CAB meeting before the freeze will take place on 15.12.2026.

Mit freundlichen Grüßen / Kind regards

Katrin Vogel
IT Service Management | Change & Release
H. Bergmann Technik GmbH
Tel. +49 711 5550 4420

{GDISC}"""
build(ROOT, "14-change-freeze-notice", LB[1], "2026-12-09T09:00:00+01:00", [
    dict(frm=KV, to=[ALL], date="2026-12-07 08:30 +0100", subject="IT Change Freeze 2026/27 - Information", body=freeze),
    dict(frm=LB, to=[KV], date="2026-12-07 10:12 +0100", lang="de",
         body="""Hallo Katrin,

quick question from Controlling: our year-end closing needs the SAP transports for the new cost centre structure (CO) in production on 30.12. Does this fall under the freeze, and if yes, what is the process?

Danke und Gruß
Lukas

Lukas Becker
Controlling | H. Bergmann Technik GmbH"""),
    dict(frm=KV, to=[LB], date="2026-12-07 13:40 +0100", lang="de",
         body=f"""Hallo Lukas,

yes, this is covered by the freeze. For planned year-end changes you submit a normal change in ServiceNow with the tag "Year-End" before 11.12.; the CAB on 15.12. decides. Closing-related changes are usually approved.

Viele Grüße
Katrin

{GDISC}"""),
    dict(frm=LB, to=[KV], date="2026-12-07 14:05 +0100", lang="de",
         body="""Alles klar, danke für die schnelle Antwort! Jana from our team will probably raise it, she owns the CO transports.

Gruß
Lukas"""),
], [], {KV[1]: R("replied", "none", 0)})
