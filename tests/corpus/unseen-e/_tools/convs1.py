from lib import build
import sys
ROOT = sys.argv[1] if len(sys.argv) > 1 else ".."

def A(owner, due, kw, note, optional=False):
    return dict(owner=owner, due=due, keywords=kw, optional=optional, note=note)

def R(status, step, n):
    return dict(status=status, nextStep=step, unansweredRequests=n)

# ---------------------------------------------------------------- 01 Canadian university
PR = ("Priya Raman", "priya.raman@lvu.ca")
MO = ("Okafor, Martin", "martin.okafor@lvu.ca")
CT = ("Chloé Tremblay", "chloe.tremblay@lvu.ca")
SIG_PR = """Priya Raman, CPA
Senior Financial Officer, Research Finance
Lakehead Valley University | Vancouver, BC
T 604-555-0187

The information in this email is confidential and intended only for the named recipient(s). If you are not an intended recipient, please notify the sender and delete it. Research Finance will never ask you to change banking details by email."""
build(ROOT, "01-grant-year-end", PR[1], "2026-11-12T09:00:00-08:00", [
    dict(frm=PR, to=[MO, CT], date="2026-11-09 10:14 -0800",
         subject="NSERC Discovery Grant (F26-0413) - year-end reconciliation and missing receipts",
         body=f"""Hi Dr. Okafor, hi Chloé,

I'm closing out the fiscal year on the NSERC Discovery account (F26-0413) and two things are still open before the Dec 4 cut-off:

1. The expense reconciliation for April-October needs the PI's signature (attached, page 3). Dr. Okafor, could you sign and return it?
2. Receipts are missing for the two conference trips (Montréal in June and Banff in September) - roughly $3,900 in total. Chloé, could you upload them to the Research Finance SharePoint folder?

If the signature and receipts aren't in by Dec 4 those expenses get moved to the department's discretionary account, which I know nobody wants.

Thanks very much,
Priya

{SIG_PR}"""),
    dict(frm=CT, to=[PR], cc=[MO], date="2026-11-09 13:02 -0800", style="outlook",
         body="""Hi Priya,

Thanks for the heads-up. I'll upload the missing receipts to the SharePoint folder by Wednesday - I have most of them, just need to dig the Banff hotel folio out of the student's email.

FYI I already sent the Montréal registration invoice to Accounts Payable last week, so that one may already be in your system.

Dr. Okafor is at a conference in Lisbon until the 13th, so the signature might have to wait until he's back.

Chloé

Chloé Tremblay
Lab Manager | Okafor Lab, Department of Earth, Ocean & Atmospheric Sciences
Lakehead Valley University"""),
    dict(frm=MO, to=[PR], cc=[CT], date="2026-11-10 08:41 +0000", style="iphone", lang="en",
         body="""Priya - I'll sign it first thing Monday the 16th when I'm back in the office. Apologies for the delay.

Martin

Sent from my iPhone"""),
    dict(frm=PR, to=[MO, CT], date="2026-11-10 09:05 -0800", style="outlook",
         body=f"""Thank you both, that works.

I'll keep the journal entry open until the 16th and post it on the 17th once I have the signed copy.

Priya

{SIG_PR}"""),
], [
    A(CT[1], "2026-11-11", ["receipts", "upload"], "\"I'll upload the missing receipts to the SharePoint folder by Wednesday\" (sent Mon 9 Nov). The AP invoice sentence is a past report, not an agreement."),
    A(MO[1], "2026-11-16", ["sign", "reconciliation"], "\"I'll sign it first thing Monday the 16th\" - iPhone reply from Lisbon (+0000); the date is explicit."),
    A(PR[1], "2026-11-17", ["journal entry", "post"], "Owner's own commitment: \"I'll keep the journal entry open until the 16th and post it on the 17th\"; the signature's 'will never ask' is a disclaimer, not an agreement."),
], {MO[1]: R("replied", "none", 0), CT[1]: R("replied", "none", 0)})

# ---------------------------------------------------------------- 02 Irish software company
AM = ("Aoife Mulligan", "aoife.mulligan@brightlane.ie")
CM = ("Ciarán Ó Dálaigh", "ciaran.odalaigh@brightlane.ie")
NB = ("Niamh Brennan", "niamh.brennan@brightlane.ie")
DISC = """This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient you must not use, copy or disclose it; please notify the sender and delete it. Brightlane Software Ltd will not accept any liability for loss or damage caused by viruses or by reliance on this message. Brightlane Software Ltd, registered in Ireland No. 612044, 2 Grand Canal Quay, Dublin 2."""
SIG_AM = f"""Aoife Mulligan
Sales Operations Manager | Brightlane
M: +353 87 555 0143

{DISC}"""
SIG_NB = f"""Niamh Brennan
Senior Legal Counsel (Commercial) | Brightlane

{DISC}"""
build(ROOT, "02-msa-redline-cover", AM[1], "2026-11-20T12:00:00+00:00", [
    dict(frm=AM, to=[CM], date="2026-11-16 09:22 +0000",
         subject="Harcourt Group - MSA redline back from customer",
         body=f"""Hi Ciarán,

Harcourt's procurement team sent back their redline on our MSA this morning (attached), plus their own DPA. Declan over there wants our response by the 25th so they can get it through their committee before Christmas.

Could you take a look and let me know when we could turn it around? Most of the changes are in clauses 9 (liability cap) and 14 (termination).

Thanks a mil,
Aoife

{SIG_AM}"""),
    dict(frm=CM, to=[AM], cc=[NB], date="2026-11-16 10:05 +0000",
         body=f"""Hi Aoife,

I'm off from Wednesday for two weeks (paternity leave - finally!) so I won't be able to do this one justice. Niamh is covering commercial contracts while I'm out - copying her here.

Niamh, the liability cap they're asking for is 3x fees, we usually hold at 1x. I'd push back.

Ciarán

Ciarán Ó Dálaigh
Head of Legal | Brightlane

{DISC}"""),
    dict(frm=AM, to=[NB], cc=[CM], date="2026-11-16 11:47 +0000",
         body=f"""Hi Niamh,

Hope you don't mind me landing this on you. Would you be able to take the Harcourt MSA? Customer wants our redline back by the 25th.

Also - does their DPA need to go to Siobhán as DPO, or can you sign that off yourself?

Congrats Ciarán, enjoy the time off!

Aoife

{SIG_AM}"""),
    dict(frm=NB, to=[AM], cc=[CM], date="2026-11-17 08:58 +0000",
         body=f"""Morning Aoife,

No problem at all. I'll have my comments on the MSA back to you by Tuesday 24th.

On the DPA - yes, it needs to go to Siobhán, it has a couple of non-standard sub-processor clauses. I'll forward it to her today. I'd hope she'd turn it around by the end of next week but I can't speak for her workload.

Niamh

{SIG_NB}"""),
    dict(frm=AM, to=[NB], cc=[CM], date="2026-11-17 09:30 +0000",
         body=f"""Brilliant, thanks Niamh. I'll let Declan at Harcourt know this afternoon that he'll have our redline on the 25th.

Aoife

{SIG_AM}"""),
    dict(frm=NB, to=[AM], cc=[CM], date="2026-11-19 16:40 +0000",
         body=f"""Aoife,

Good news - I got through more of it than expected today. You'll have the MSA comments on Monday (23rd) morning instead.

Niamh

{SIG_NB}"""),
], [
    A(NB[1], "2026-11-23", ["msa", "comments", "redline"], "\"I'll have my comments on the MSA back to you by Tuesday 24th\" later moved: \"You'll have the MSA comments on Monday (23rd) morning instead\" - the date stated last wins, even though earlier."),
    A(NB[1], "2026-11-17", ["dpa", "forward", "siobhán", "siobhan"], "\"I'll forward it to her today\" (sent 17 Nov). Siobhán's turnaround is hoped for by a non-participant - not an agreement."),
    A(AM[1], "2026-11-17", ["declan", "harcourt", "let", "tell", "inform"], "Owner's own commitment: \"I'll let Declan at Harcourt know this afternoon\"."),
], {CM[1]: R("replied", "none", 0), NB[1]: R("replied", "none", 0)}, lang="en-gb")

# ---------------------------------------------------------------- 03 South African mine safety office / contractor
TN = ("Thabo Nkosi", "thabo.nkosi@kgalagadiplatinum.co.za")
RV = ("Rudi van der Merwe", "rudi@vlaktedrilling.co.za")
SD = ("Sipho Dlamini", "sipho.vlaktedrilling@gmail.com")
SIG_TN = """Regards

Thabo Nkosi
Safety Officer - Contractor Management
Kgalagadi Platinum (Pty) Ltd | Modikwa Shaft Complex
Tel: +27 14 555 0921 | Cell: +27 82 555 4410

ZERO HARM - Every incident will be reported and investigated. If it is not safe, do not do it.

DISCLAIMER: This e-mail and its contents are subject to the Kgalagadi Platinum e-mail legal notice available at www.kgalagadiplatinum.co.za/legal. The company will not be held liable for any loss arising from the use of this e-mail."""
build(ROOT, "03-contractor-induction", TN[1], "2026-11-23T08:00:00+02:00", [
    dict(frm=TN, to=[RV], cc=[SD], date="2026-11-16 07:10 +0200",
         subject="Vlakte Drilling - new operators: medicals, induction, raise-bore method statement",
         body=f"""Morning Rudi

Before your six new operators can go underground at Shaft 3 I need the following:

1. Certificates of fitness (medicals) for all 6 operators, incl. audiometry and lung function.
2. The updated method statement for the raise-bore at 14 Level - the one we got in October still references the old ventilation layout.
3. Induction is on Thursday 19 November at 07:30 at the Shaft 3 training centre. Please confirm you will attend with your supervisor.

For your info, we submitted the Section 54 close-out to the DMRE inspector last week, so the stoppage on 14 Level is formally lifted.

{SIG_TN}"""),
    dict(frm=RV, to=[TN], cc=[SD], date="2026-11-16 18:45 +0200", style="outlook_mobile",
         body="""Hi Thabo

Thursday 07:30 is fine, I'll be there with Sipho and the 6 guys.

I've asked Sipho to send you the medicals by Wednesday.

Method statement - Annelie our SHEQ officer is busy updating it, should be ready by Friday.

Rudi

Get Outlook for Android"""),
    dict(frm=SD, to=[TN], cc=[RV], date="2026-11-17 06:20 +0200", style="gmail", lang="en-gb",
         body="""Morning Mr Nkosi

Noted, will send the medicals by Wednesday. Only one problem, J. Mokoena is still waiting for his audiometry results from the clinic in Burgersfort. I will send his one as soon as the clinic releases it.

Thanks
Sipho Dlamini
Site Supervisor - Vlakte Drilling"""),
    dict(frm=TN, to=[SD], cc=[RV], date="2026-11-18 16:05 +0200", style="outlook",
         body=f"""Sipho

Received 5 of the 6 medicals, thank you. I will load them on the access control system tomorrow morning before the induction so the guys can collect their tags.

{SIG_TN}"""),
    dict(frm=RV, to=[TN], cc=[SD], date="2026-11-20 14:30 +0200", style="outlook",
         body="""Thabo

Method statement for the raise-bore attached, updated with the new vent layout. Annelie signed it off this morning.

Thanks for the induction yesterday, the guys found it very useful.

Regards
Rudi van der Merwe
Contracts Manager
Vlakte Drilling cc
082 555 7789"""),
], [
    A(RV[1], "2026-11-19", ["induction", "attend"], "Meeting acceptance: \"Thursday 07:30 is fine, I'll be there with Sipho and the 6 guys.\""),
    A(SD[1], "2026-11-18", ["medical", "fitness", "certificates"], "Delegation \"I've asked Sipho to send you the medicals by Wednesday\" confirmed by Sipho: \"Noted, will send the medicals by Wednesday\" - one agreement, owned by Sipho (a participant)."),
    A(SD[1], None, ["audiometry", "mokoena"], "Conditional: \"I will send his one as soon as the clinic releases it\" - event without a date, so due null."),
    A(TN[1], "2026-11-19", ["access control", "load", "medicals"], "Owner: \"I will load them on the access control system tomorrow morning\" (sent Wed 18 Nov)."),
], {RV[1]: R("replied", "none", 0)}, lang="en-gb")

# ---------------------------------------------------------------- 04 Dutch logistics
SV = ("Sanne de Vries", "s.devries@vandijklogistiek.nl")
JB = ("Joost Bakker", "j.bakker@vandijklogistiek.nl")
MY = ("Mehmet Yilmaz", "m.yilmaz@vandijklogistiek.nl")
LJ = ("Lotte Jansen", "l.jansen@vandijklogistiek.nl")
SIG_SV = """Met vriendelijke groet / Kind regards,

Sanne de Vries
Teamleider Customer Service
Van Dijk Logistiek B.V. | Distributiecentrum Tilburg
T +31 13 555 2210

Op al onze diensten zijn de Nederlandse Expeditievoorwaarden (FENEX) van toepassing."""
build(ROOT, "04-peak-cutoff-times", SV[1], "2026-11-27T10:00:00+01:00", [
    dict(frm=SV, to=[JB, MY, LJ], date="2026-11-24 09:12 +0100", lang="nl",
         subject="Peak season december: cut-off times and Saturday shifts",
         body=f"""Hi all,

From customers we get many questions about the december peak. Before I inform the key accounts I need some things from you:

- Joost: the new cut-off times for order intake per customer (warehouse side). Last year we sent it too late, customers were not happy.
- Mehmet: can transport do extra Saturday rides in december, and with which carrier?
- Lotte: is the Saturday allowance for the warehouse staff already agreed with HR / the OR? Customers ask if we are open on saturday.

Please let me know, I want to send the information to the key accounts in our newsletter of 9/12.

{SIG_SV}"""),
    dict(frm=MY, to=[SV], cc=[JB, LJ], date="2026-11-24 11:40 +0100", lang="nl",
         body="""Hoi Sanne,

Yes extra saturday rides are possible from 5/12. Last year we did 3 extra rides with Koopman and that went ok. I am waiting for their price, I will confirm the carrier to you latest friday 27/11.

Gr. Mehmet

Mehmet Yilmaz
Transportplanner
Van Dijk Logistiek B.V."""),
    dict(frm=JB, to=[SV], cc=[MY, LJ], date="2026-11-24 14:05 +0100", lang="nl",
         body="""Hi Sanne,

I will send you the new cut-off times schedule before 4/12. We are still testing the new wave planning in the WMS, so the times can change a little bit.

Regards,
Joost Bakker
Operations Manager Warehouse
Van Dijk Logistiek B.V."""),
    dict(frm=SV, to=[JB, MY], cc=[LJ], date="2026-11-25 08:30 +0100", lang="nl",
         body=f"""Thanks both!

I will inform the key accounts in the newsletter of 9/12, as soon as I have the schedule from Joost.

{SIG_SV}"""),
    dict(frm=JB, to=[SV], cc=[MY, LJ], date="2026-11-26 16:20 +0100", lang="nl",
         body="""Sanne,

Small change. The OR (works council) meets on 7/12 for the saturday shifts and the cut-off times depend on it. So I send the schedule on 8/12 in the morning instead of before 4/12. Sorry for that, still in time for your newsletter I hope.

Regards,
Joost Bakker
Operations Manager Warehouse
Van Dijk Logistiek B.V."""),
], [
    A(MY[1], "2026-11-27", ["carrier", "confirm", "koopman"], "\"I will confirm the carrier to you latest friday 27/11\" (day-first). \"extra saturday rides are possible from 5/12\" is a statement of capacity, not a commitment to the owner."),
    A(JB[1], "2026-12-08", ["cut-off", "cutoff", "schedule"], "\"I will send you the new cut-off times schedule before 4/12\" moved by Joost: \"I send the schedule on 8/12 in the morning instead\" - last date wins; day-first dates."),
    A(SV[1], "2026-12-09", ["key accounts", "newsletter", "inform"], "Owner: \"I will inform the key accounts in the newsletter of 9/12\"."),
], {JB[1]: R("replied", "none", 0), MY[1]: R("replied", "none", 0), LJ[1]: R("waiting", "remind", 1)})

# ---------------------------------------------------------------- 05 Indian IT services
RM = ("Rahul Menon", "rahul.menon@tristarinfotech.com")
VI = ("Venkatesh Iyer", "venkatesh.iyer@tristarinfotech.com")
PS = ("Pooja Sharma", "pooja.sharma@tristarinfotech.com")
SK = ("Suresh Kulkarni", "suresh.kulkarni@tristarinfotech.com")
TDISC = """==============================================================================
DISCLAIMER: The information transmitted is intended only for the person or entity to which it is addressed and may contain confidential and/or privileged material. Any review, retransmission, dissemination or other use of this information by persons other than the intended recipient is prohibited. Tristar Infotech Ltd. will not accept any liability for errors or omissions, and will not be responsible for any virus transmitted with this e-mail.
=============================================================================="""
SIG_RM = f"""Thanks & Regards,
Rahul Menon
Project Manager | BFSI Delivery Unit 3
Tristar Infotech Ltd., Hinjewadi Phase 2, Pune
Mob: +91 98220 55512

{TDISC}"""
SIG_VI = f"""Regards,
Venkatesh Iyer
Lead - IT Infrastructure (End User Computing)
Tristar Infotech Ltd. | Ext. 4417

{TDISC}"""
build(ROOT, "05-new-joiners-onboarding", RM[1], "2026-11-27T18:00:00+05:30", [
    dict(frm=RM, to=[VI, PS, SK], date="2026-11-25 10:05 +0530",
         subject="Onboarding of 4 new joiners for Meridian Bank project - joining 30-Nov",
         body=f"""Hi Venkatesh, Pooja, Suresh,

Greetings!

4 new joiners (list attached) are joining the Meridian Bank project on Monday 30-Nov. Client has mandated that they must be productive from day 1. Kindly help with below:

1. Venkatesh - laptops with client image and VPN tokens for all 4.
2. Pooja - ODC access cards for Bay 4 (client restricted area).
3. Suresh - USB exception for 2 of the joiners (testing team), as per client approval mail attached.

Request you to kindly do the needful and revert with timelines.

{SIG_RM}"""),
    dict(frm=SK, to=[RM], date="2026-11-25 10:06 +0530", style="auto",
         subject="Automatic reply: Onboarding of 4 new joiners for Meridian Bank project - joining 30-Nov",
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
         body="""Dear Sender,

I am on leave till 01-Dec-2026 with limited access to mails. For urgent matters please contact infosec-helpdesk@tristarinfotech.com.

Regards,
Suresh Kulkarni"""),
    dict(frm=VI, to=[RM], cc=[PS, SK], date="2026-11-25 15:32 +0530", style="outlook_old", parent=0,
         body=f"""Hi Rahul,

Noted. VPN tokens will be created by EOD tomorrow.

3 laptops are available in stock, the same will be imaged with client image and kept ready by Friday. For the 4th laptop we have to procure, kindly get the approval from your DM and share.

{SIG_VI}"""),
    dict(frm=PS, to=[RM], cc=[VI, SK], date="2026-11-26 11:18 +0530", style="outlook_old", parent=0,
         body="""Hi Rahul,

Access card request is raised vide SR-44821. Cards will be handed over to the joiners on joining day i.e. 30-Nov at the reception.

Regards,
Pooja Sharma
Admin & Facilities | Tristar Infotech Ltd."""),
    dict(frm=RM, to=[VI], cc=[PS], date="2026-11-26 12:40 +0530", style="outlook_old", parent=2,
         body=f"""Hi Venkatesh,

PFA DM approval for the 4th laptop. Kindly revert with ETA.

{SIG_RM}"""),
    dict(frm=VI, to=[RM], cc=[PS], date="2026-11-27 10:15 +0530", style="outlook_old",
         body=f"""Hi Rahul,

Received. PO is raised, the 4th laptop will be delivered by 3rd Dec and I will get it imaged the same day. Till then the joiner can use a loaner from the pool.

{SIG_VI}"""),
], [
    A(VI[1], "2026-11-26", ["vpn", "token"], "Passive promise: \"VPN tokens will be created by EOD tomorrow\" (sent 25 Nov)."),
    A(VI[1], "2026-11-27", ["laptop", "image", "ready"], "\"3 laptops ... will be imaged with client image and kept ready by Friday\" (sent Wed 25 Nov)."),
    A(PS[1], "2026-11-30", ["access card", "cards"], "Passive: \"Cards will be handed over to the joiners on joining day i.e. 30-Nov\"."),
    A(VI[1], "2026-12-03", ["4th laptop", "fourth laptop", "deliver", "laptop"], "\"the 4th laptop will be delivered by 3rd Dec and I will get it imaged the same day\" - one agreement (deliver + image same day)."),
], {VI[1]: R("replied", "none", 0), PS[1]: R("replied", "none", 0), SK[1]: R("away", "wait", 1)})

# ---------------------------------------------------------------- 06 US hospital pharmacy / IT / biomed (recap by someone else)
DW = ("Dana Whitfield", "dwhitfield@stlukesmercy.org")
KO = ("Kevin O'Brien", "kobrien@stlukesmercy.org")
LO = ("Luis Ortega", "lortega@stlukesmercy.org")
AH = ("Angela Hart", "ahart@stlukesmercy.org")
HDISC = """CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information, including protected health information (PHI). Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender and destroy all copies. St. Luke's Mercy Health System will take appropriate action in the event of misuse."""
kevin_html = """<p>Hi all,</p><p>Thanks for joining today's smart pump drug library huddle. Notes below - let me know if I missed anything.</p>
<p><b>Decisions</b></p><ul><li>Library v14 go-live stays 12/8 (house-wide push overnight 12/7-12/8).</li><li>The 12 concentration changes from P&amp;T go in v14; the insulin drip stays as-is until January.</li></ul>
<p><b>Action items</b></p><ul>
<li>Dana (Pharmacy) - send the final drug library spreadsheet to Biomed by 12/2</li>
<li>Luis (Biomed) - push v14 to the 40 test pumps on 4 West by 12/4</li>
<li>Kevin (IS) - update the ERX records in Willow for the 12 concentration changes by 12/3</li>
<li>Nursing Education (Karen) will update the pump tip sheet before go-live</li></ul>
<p>Next huddle Monday 11/30 at 1:00.</p><p>Kevin</p>
<p>Kevin O'Brien<br>Sr. Clinical Applications Analyst - Epic Willow<br>Information Services | St. Luke's Mercy Health System<br>Office 314-555-0166</p>
<p style="font-size:8pt;color:#777">""" + HDISC + "</p>"
kevin_text = f"""Hi all,

Thanks for joining today's smart pump drug library huddle. Notes below - let me know if I missed anything.

Decisions
  * Library v14 go-live stays 12/8 (house-wide push overnight 12/7-12/8).
  * The 12 concentration changes from P&T go in v14; the insulin drip stays as-is until January.

Action items
  * Dana (Pharmacy) - send the final drug library spreadsheet to Biomed by 12/2
  * Luis (Biomed) - push v14 to the 40 test pumps on 4 West by 12/4
  * Kevin (IS) - update the ERX records in Willow for the 12 concentration changes by 12/3
  * Nursing Education (Karen) will update the pump tip sheet before go-live

Next huddle Monday 11/30 at 1:00.

Kevin

Kevin O'Brien
Sr. Clinical Applications Analyst - Epic Willow
Information Services | St. Luke's Mercy Health System
Office 314-555-0166

{HDISC}"""
SIG_DW = f"""Dana Whitfield, PharmD, BCPS
Pharmacy Informatics | St. Luke's Mercy Health System
314-555-0142

{HDISC}"""
build(ROOT, "06-pump-library-huddle", DW[1], "2026-11-30T08:00:00-06:00", [
    dict(frm=KO, to=[DW, LO], cc=[AH], date="2026-11-23 15:30 -0600",
         subject="Smart pump library v14 - huddle notes and action items", body=kevin_text, html=kevin_html),
    dict(frm=LO, to=[KO, DW], cc=[AH], date="2026-11-24 07:50 -0600", style="iphone",
         body="""Kevin - 12/4 won't work for the 4 West pumps, they're in the PM cycle that whole week. I can push them Monday 12/7 morning, still ahead of go-live.

Luis

Sent from my iPhone"""),
    dict(frm=DW, to=[KO], cc=[LO, AH], date="2026-11-25 09:10 -0600",
         body=f"""Luis - 12/7 works for me. I'll have the final spreadsheet to you by Tuesday 12/1 so you have a few days with it.

Kevin, quick question: is heparin 25,000 units/250 mL in your list of 12? I don't see it in the Willow build sheet.

Thanks,
Dana

{SIG_DW}"""),
    dict(frm=KO, to=[DW], cc=[LO, AH], date="2026-11-25 11:02 -0600",
         body=f"""Dana,

Yes, heparin 25,000/250 is #7 on the list - the build sheet you have is the old tab. I'll double check the 1,000 units/500 mL bag on Friday, I'm out for Thanksgiving tomorrow.

Kevin

Kevin O'Brien
Sr. Clinical Applications Analyst - Epic Willow
Information Services | St. Luke's Mercy Health System

{HDISC}"""),
], [
    A(DW[1], "2026-12-01", ["spreadsheet", "drug library"], "Recap item \"Dana (Pharmacy) - send the final drug library spreadsheet to Biomed by 12/2\" restated earlier by Dana: \"I'll have the final spreadsheet to you by Tuesday 12/1\" - last date wins."),
    A(LO[1], "2026-12-07", ["push", "test pumps", "pumps", "4 west"], "Recap \"push v14 to the 40 test pumps on 4 West by 12/4\" moved by Luis: \"I can push them Monday 12/7 morning\"."),
    A(KO[1], "2026-12-03", ["erx", "concentration", "willow"], "Recap item written by Kevin himself: \"Kevin (IS) - update the ERX records in Willow ... by 12/3\". Karen (Nursing Education) is not a participant: her tip sheet is not an agreement; the 12/8 go-live is a decision, not a commitment."),
    A(KO[1], "2026-11-27", ["double check", "heparin", "1,000", "bag"], "\"I'll double check the 1,000 units/500 mL bag on Friday\" (sent Wed 25 Nov -> Fri 27 Nov)."),
], {KO[1]: R("replied", "none", 0)})

# ---------------------------------------------------------------- 07 Australian council parks newsletter (mostly decoy)
BM = ("Brendan Murphy", "brendan.murphy@wattlecreek.nsw.gov.au")
LIST = ("Parks Update - All Staff", "parks-update@wattlecreek.nsw.gov.au")
JP = ("Jess Papadopoulos", "jess.papadopoulos@wattlecreek.nsw.gov.au")
MK = ("Marion Kelly", "marion.kelly@wattlecreek.nsw.gov.au")
news_text = """Hi all,

Here's the November wrap from Parks & Open Spaces.

WHAT'S HAPPENING
- Summer mowing schedule starts Tuesday 1 December. Sportsgrounds move to a 7-day cycle, passive reserves to 14 days.
- Banksia Reserve playground will be closed from 7 December for softfall replacement, weather permitting. Expected to reopen before Christmas.
- Tree planting at Heritage Drive wrapped up last week - 240 natives in the ground thanks to the Friends of Wattle Creek volunteers.
- The new dog off-leash area at Kurrajong Park opened on 14 November. Early feedback is very positive.

WORKS SCHEDULE (indicative)
Site                | Works                 | Week of
Banksia Reserve     | Softfall replacement  | 7 Dec
Memorial Park       | Irrigation upgrade    | Jan 2027
Lions Oval          | Cricket wicket reno   | Feb 2027

REMINDERS
- Fire season: all hot works in reserves need a permit from the Parks office.
- Please report fallen trees on the CRM, not by email.

Parks & Open Spaces responds to all CRM requests within 10 working days. This update is sent monthly to all staff; please do not reply-all.

Cheers,
Brendan Murphy
Coordinator Parks & Open Spaces
Wattle Creek Council | 02 4555 0300"""
news_html = """<p>Hi all,</p><p>Here's the November wrap from Parks &amp; Open Spaces.</p>
<h3 style="color:#2e7d32">What's happening</h3><ul>
<li>Summer mowing schedule starts <b>Tuesday 1 December</b>. Sportsgrounds move to a 7-day cycle, passive reserves to 14 days.</li>
<li>Banksia Reserve playground will be closed from 7 December for softfall replacement, weather permitting. Expected to reopen before Christmas.</li>
<li>Tree planting at Heritage Drive wrapped up last week - 240 natives in the ground thanks to the Friends of Wattle Creek volunteers.</li>
<li>The new dog off-leash area at Kurrajong Park opened on 14 November. Early feedback is very positive.</li></ul>
<h3 style="color:#2e7d32">Works schedule (indicative)</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Site</th><th>Works</th><th>Week of</th></tr>
<tr><td>Banksia Reserve</td><td>Softfall replacement</td><td>7 Dec</td></tr>
<tr><td>Memorial Park</td><td>Irrigation upgrade</td><td>Jan 2027</td></tr>
<tr><td>Lions Oval</td><td>Cricket wicket reno</td><td>Feb 2027</td></tr></table>
<h3 style="color:#2e7d32">Reminders</h3><ul><li>Fire season: all hot works in reserves need a permit from the Parks office.</li><li>Please report fallen trees on the CRM, not by email.</li></ul>
<p style="font-size:9pt">Parks &amp; Open Spaces responds to all CRM requests within 10 working days. This update is sent monthly to all staff; please do not reply-all.</p>
<p>Cheers,<br>Brendan Murphy<br>Coordinator Parks &amp; Open Spaces<br>Wattle Creek Council | 02 4555 0300</p>"""
build(ROOT, "07-parks-monthly-update", JP[1], "2026-11-24T09:00:00+11:00", [
    dict(frm=BM, to=[LIST], date="2026-11-19 16:02 +1100", subject="Parks & Open Spaces - November update",
         body=news_text, html=news_html),
    dict(frm=MK, to=[BM], cc=[LIST], date="2026-11-19 16:45 +1100",
         body="""Thanks Brendan, very handy for the front counter - we always get calls about Banksia when it's fenced off.

Marion
Customer Service Team Leader"""),
    dict(frm=JP, to=[BM], date="2026-11-20 08:55 +1100", parent=0, subject="RE: Parks & Open Spaces - November update",
         body="""Hi Brendan,

Quick one - the sprinklers on the eastern side of Memorial Park are still popping up at random (we had the whole sound desk soaked at the Remembrance Day service). Carols by Candlelight is on Saturday 12 December. Any chance they can be sorted before then, rather than waiting for the January upgrade?

Thanks,
Jess

Jess Papadopoulos
Events Officer | Community & Culture
Wattle Creek Council"""),
    dict(frm=BM, to=[JP], date="2026-11-20 10:12 +1100", style="iphone", lang="en-gb",
         body="""No worries Jess, I'll get the irrigation crew to fix the Memorial Park sprinklers by Fri 4 Dec, well before Carols.

B

Sent from my iPhone"""),
], [
    A(BM[1], "2026-12-04", ["sprinkler", "irrigation", "memorial park"], "The only agreement: \"I'll get the irrigation crew to fix the Memorial Park sprinklers by Fri 4 Dec\". The newsletter (mowing schedule, closure, works table, 10-working-day CRM standard) is announcements, not agreements; Marion's reply is a courtesy."),
], {BM[1]: R("replied", "none", 0)}, lang="en-gb")
