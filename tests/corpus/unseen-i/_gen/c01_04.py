from lib import *

# ---------------- 01 Irish pharma QA release <-> contract lab
c = Conv("01-pharma-batch-release")
AO = ("Aoife Brennan", "aoife.brennan@lisheenpharma.ie")
DH = ("Dervla Hegarty", "dhegarty@shannonanalytical.ie")
CL = ("Ciarán Lynch", "clynch@shannonanalytical.ie")
MQ = ("Michael Quinlan", "michael.quinlan@lisheenpharma.ie")
AO_SIG = """Kind regards,
Aoife

Aoife Brennan
QA Batch Release Specialist
Lisheen Pharmaceuticals Ltd | Ringaskiddy, Co. Cork | P43 XK72
T: +353 21 486 3310

CONFIDENTIALITY: This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient please notify the sender immediately and delete it. Lisheen Pharmaceuticals Ltd will not be liable for any loss arising from viruses. Registered in Ireland No. 412876."""
LAB_DISC = """Shannon Analytical Services Ltd | INAB accredited testing laboratory, Reg. No. 118T
Unit 4, Westpoint Business Park, Galway H91 D2X8

This message is intended for the addressee only. Results will be reported only by signed Certificate of Analysis; results communicated by e-mail are provisional. Shannon Analytical Services Ltd will not accept any liability for decisions taken on the basis of provisional results. If you have received this in error please delete it and tell us."""
c.add(AO, [DH], "Batch LP-24117 - CoA status / release slot Thurs", "2026-11-16 09:12 +0000", """Hi Dervla,

Hope you had a good weekend.

Just checking in on the CoA for batch LP-24117 (Ramipril 10 mg caps, your job ref SAS-26-08841). We have the batch booked for QP release on Thursday afternoon and Michael needs the signed CoA in hand before then, so ideally we'd have it by Thursday 19th at the latest.

Could you confirm when it will issue? I know micro was only plated last Friday.

""" + AO_SIG, "outlook", cc=[MQ], locale="uk")
c.add(DH, [AO], "RE: Batch LP-24117 - CoA status / release slot Thurs", "2026-11-16 14:40 +0000", """Hi Aoife,

Dissolution and assay are complete and second-person reviewed – I sent you the raw data pack on Friday evening. Micro (TAMC/TYMC) plates read on day 5, which is Wednesday.

Provided there are no excursions, I'll have the signed CoA over to you by 12 noon Thursday 19/11.

Best regards,
Dervla

Dervla Hegarty
Client Services Manager
""" + LAB_DISC, "outlook", cc=[MQ], locale="uk")
c.add(AO, [DH], "RE: Batch LP-24117 - CoA status / release slot Thurs", "2026-11-17 08:55 +0000", """Thanks Dervla, that works.

One other thing while I have you - our auditor (Nov 30th) has asked for the closure report for the OOS investigation on LP-24098 (OOS-SAS-0457). I don't think we ever got the final signed version, only the Phase 1. Could you send it on?

""" + AO_SIG, "outlook", cc=[MQ], locale="uk")
c.add(DH, [AO], "RE: Batch LP-24117 - CoA status / release slot Thurs", "2026-11-17 11:20 +0000", """Hi Aoife,

That one sits with Ciarán in our QA team rather than with me - copying him in here. Ciarán, would you be able to send Aoife the final closure report for OOS-SAS-0457?

Thanks,
Dervla

Dervla Hegarty
Client Services Manager
""" + LAB_DISC, "outlook", cc=[CL, MQ], locale="uk")
c.add(CL, [AO], "RE: Batch LP-24117 - CoA status / release slot Thurs", "2026-11-17 15:02 +0000", """Hi Aoife,

Will do - you'll have the signed closure report by Friday. It's only waiting on Dr Walsh to sign off the CAPA section, and she said she'd do that tomorrow.

Regards,
Ciarán

Ciarán Lynch | Quality Assurance Officer
""" + LAB_DISC, "outlook", cc=[DH, MQ], locale="uk")
c.add(AO, [CL], "RE: Batch LP-24117 - CoA status / release slot Thurs", "2026-11-18 09:30 +0000", """Thanks Ciarán, much appreciated.

Michael - FYI, release slot is holding for Thursday afternoon.

""" + AO_SIG, "outlook", cc=[DH, MQ], locale="uk")
c.expected(AO[1], "2026-11-18T16:00:00+00:00", [
    (DH[1], "2026-11-19", ["coa", "certificate of analysis", "certificate"], "'Provided there are no excursions, I'll have the signed CoA over to you by 12 noon Thursday 19/11.' Conditional promise with a date; the condition does not remove the date."),
    (CL[1], "2026-11-20", ["closure", "oos", "investigation"], "'Will do - you'll have the signed closure report by Friday.' (Tue 17 Nov -> Fri 20 Nov). Dervla only delegated; 'Dr Walsh ... said she'd do that tomorrow' is a non-participant and not an agreement; the lab disclaimer 'will not accept any liability' is not one either."),
], {DH[1]: ("replied", "none", 0)})

# ---------------- 02 Indian IT services delivery <-> UK client procurement
c = Conv("02-it-services-po-chase")
RS = ("Rohit Sharma", "rohit.sharma@vistaarinfotech.com")
AI = ("Anand Iyer", "anand.iyer@vistaarinfotech.com")
CH = ("Claire Hughes", "claire.hughes@brantwoodretail.co.uk")
TA = ("Tom Ashworth", "tom.ashworth@brantwoodretail.co.uk")
RS_SIG = """Thanks & Regards,
Rohit Sharma
Delivery Manager – Retail & CPG
Vistaar Infotech Pvt. Ltd. | Hinjewadi Phase 2, Pune 411057
M: +91 98220 41735 | www.vistaarinfotech.com

DISCLAIMER: The information in this e-mail is confidential and intended solely for the addressee(s). Vistaar Infotech will not be responsible for any errors or omissions in the contents of this message which arise as a result of e-mail transmission. Please consider the environment before printing this e-mail."""
c.add(RS, [CH], "CR-17 | Loyalty App – Store Inventory Integration | PO request", "2026-11-23 10:45 +0530", """Dear Claire,

Greetings from Vistaar!

As discussed with Tom in last week's governance call, CR-17 (Loyalty App – store inventory integration) has been approved from business side. Kindly share the PO for CR-17 at the earliest so that we can onboard the 3 resources from 1st Dec as per plan.

Request you to do the needful by EOD Wednesday, as our resources are blocked for this engagement.

PFB the commercial summary for your reference:
- Effort: 186 person-days (T&M)
- Team: 1 Tech Lead, 2 Sr. Developers (offshore)
- Duration: 01-Dec-2026 to 26-Feb-2027

Please let me know in case any clarification is required.

""" + RS_SIG, "newoutlook", cc=[TA, AI], locale="uk")
c.add(CH, [RS], "RE: CR-17 | Loyalty App – Store Inventory Integration | PO request", "2026-11-23 14:10 +0000", """Hi Rohit,

Thanks for this. The PO needs Mark Fenwick's sign-off as budget holder - he's told me he'll look at the CR on Thursday, so Wednesday isn't going to happen I'm afraid. Assuming Mark approves, I'll get the PO raised by Friday 27th.

Before I can raise it though I need the revised rate card - the one we have on file still shows the 2025 blended rate. Can you send that over?

Thanks,
Claire

Claire Hughes
Procurement Business Partner – Technology
Brantwood Retail Group plc""", "owa", cc=[TA, AI], locale="uk")
c.add(RS, [CH], "RE: CR-17 | Loyalty App – Store Inventory Integration | PO request", "2026-11-23 20:05 +0530", """Dear Claire,

Noted with thanks.

PFA the revised rate card (FY 2026-27) with the blended rate of GBP 312/day as agreed with Tom. Also, I will share the CVs of the 3 proposed resources by EOD tomorrow for Tom's review.

Kindly confirm the PO number once it is generated so that we can initiate the onboarding formalities (laptops, VPN, ID cards) from our side.

""" + RS_SIG, "newoutlook", cc=[TA, AI], locale="uk")
c.add(RS, [CH], "RE: CR-17 | Loyalty App – Store Inventory Integration | PO request", "2026-11-26 11:30 +0530", """Dear Claire,

Gentle reminder on the below.

As committed, I have shared the CVs with Tom on Tuesday. Kindly revert on the PO status by EOD today as the resources are blocked and our RMG is asking for release.

Awaiting your kind response.

""" + RS_SIG, "newoutlook", cc=[TA, AI], locale="uk")
c.expected(RS[1], "2026-11-27T10:00:00+05:30", [
    (CH[1], "2026-11-27", ["po", "purchase order"], "'Assuming Mark approves, I'll get the PO raised by Friday 27th.' Conditional, but a date is given. 'he's told me he'll look at the CR on Thursday' is Mark's (a non-participant) and reported, not an agreement."),
    (RS[1], "2026-11-24", ["cv", "resume", "profiles"], "'I will share the CVs of the 3 proposed resources by EOD tomorrow' (sent Mon 23 Nov IST). Later reported done ('As committed, I have shared the CVs'), which does not withdraw it. Disclaimer 'will not be responsible' is not an agreement."),
], {CH[1]: ("replied", "call", 2)})

# ---------------- 03 South African mining safety office <-> shaft-sinking contractor (HTML table)
c = Conv("03-mine-safety-actions-table")
TN = ("Thandiwe Nkosi", "tnkosi@marulaplatinum.co.za")
PV = ("Pieter van der Merwe", "pieter@bakwenashafts.co.za")
SM = ("Sipho Mahlangu", "sipho.m@bakwenashafts.co.za")
JB = ("Johan Botha", "jbotha@marulaplatinum.co.za")
TN_SIG = """Regards

Thandiwe Nkosi
Senior SHE Officer – Shaft 3
Marula Platinum Mine (Pty) Ltd | Burgersfort, Limpopo
Tel: +27 13 214 7700 | Cell: +27 82 417 3391

This e-mail is subject to the Marula Platinum e-mail legal notice at www.marulaplatinum.co.za/legal. The company will not be bound by any commitment made in this e-mail unless confirmed in writing by an authorised signatory."""
rows = [
    ("1", "Submit full incident investigation report (ICAM) for NM-2026-114", "Pieter van der Merwe (Bakwena)", "20/11/2026"),
    ("2", "Revise baseline HIRA for headframe steelwork and anchor points", "Pieter van der Merwe (Bakwena)", "24/11/2026"),
    ("3", "Toolbox talk on fall arrest and anchor points to all riggers, with signed attendance register", "Sipho Mahlangu (Bakwena)", "19/11/2026"),
    ("4", "Book re-induction slot at Marula Training Centre for the rigging team", "Thandiwe Nkosi (Marula SHE)", "23/11/2026"),
    ("5", "Inspect and tag all harnesses and lanyards on site; remove any defective items", "Sipho Mahlangu (Bakwena)", "20/11/2026"),
]
intro = """Good afternoon Pieter

Following this morning's incident review for near-miss NM-2026-114 (dropped spanner from the Shaft 3 headframe, 14:10 on 17/11), please find below the actions agreed in the meeting.

"""
outro = """
Kindly acknowledge the actions and confirm the dates by return.

Please note that, in terms of the mine's Code of Practice for Working at Heights, work at heights on the headframe remains suspended until items 1 and 2 are closed out.

"""
plain_table = "No.\tAction\tResponsible\tDue date\n" + "\n".join("\t".join(r) for r in rows) + "\n"
html_table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n'
              '<tr>' + "".join('<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>%s</b></p></td>' % h for h in ("No.", "Action", "Responsible", "Due date")) + '</tr>\n' +
              "".join('<tr>' + "".join('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">%s</p></td>' % esc(x) for x in r) + '</tr>\n' for r in rows) + '</table>\n')
c.add(TN, [PV], "NM-2026-114 Shaft 3 headframe – actions from incident review 18/11", "2026-11-18 16:20 +0200",
      intro + plain_table + outro + TN_SIG, "outlook", cc=[SM, JB], locale="uk",
      html_new=para_html(intro, "MsoNormal") + html_table + para_html(outro + TN_SIG, "MsoNormal"))
c.add(PV, [TN], "RE: NM-2026-114 Shaft 3 headframe – actions from incident review 18/11", "2026-11-19 06:48 +0200", """Morning Thandiwe

Acknowledged. Items 1, 3 and 5 fine. Item 2 - our SHE consultant is in Rustenburg till Tuesday so the HIRA will only come Wednesday 25/11, sorry.
Sipho is doing the toolbox talk at 07:00 today before shift.

Regards
Pieter

Get Outlook for Android""", "android", cc=[SM, JB], locale="uk")
c.add(SM, [TN], "RE: NM-2026-114 Shaft 3 headframe – actions from incident review 18/11", "2026-11-19 10:05 +0200", """Good day Ma'am

Toolbox talk done this morning with 14 riggers and 2 banksmen, signed register attached. The harness inspection will be completed by tomorrow as per the table.

Thanks
Sipho Mahlangu
SHE Representative | Bakwena Shaft Sinking (Pty) Ltd
Cell: 072 559 0184""", "outlook", cc=[PV, JB], locale="uk")
c.add(TN, [SM, PV], "RE: NM-2026-114 Shaft 3 headframe – actions from incident review 18/11", "2026-11-19 11:30 +0200", """Thank you Sipho, received.

Pieter, noted - 25/11 is acceptable for the HIRA, but the suspension stays in place until it is signed off by Johan. The re-induction is booked for Monday 23/11 at 08:00 at the Training Centre, venue B.

""" + TN_SIG, "outlook", cc=[JB], locale="uk")
c.expected(TN[1], "2026-11-20T08:00:00+02:00", [
    (PV[1], "2026-11-20", ["investigation report", "icam", "incident report"], "Table row 1, agreed at the review; Pieter acknowledges 'Items 1, 3 and 5 fine'."),
    (PV[1], "2026-11-25", ["hira", "risk assessment"], "Table row 2 said 24/11; Pieter moved it: 'the HIRA will only come Wednesday 25/11' - the date stated last wins."),
    (SM[1], "2026-11-19", ["toolbox talk", "toolbox", "register"], "Table row 3, Sipho owner; done the same morning (still an agreement, not withdrawn)."),
    (TN[1], "2026-11-23", ["re-induction", "induction"], "Table row 4, owned by the mailbox owner; later 'The re-induction is booked for Monday 23/11'."),
    (SM[1], "2026-11-20", ["harness", "lanyard", "inspect"], "Table row 5; Sipho restates: 'The harness inspection will be completed by tomorrow as per the table.' (Thu 19 -> Fri 20)."),
], {PV[1]: ("replied", "none", 0)})

# ---------------- 04 Australian state school business manager <-> regional IT service desk (decoy-heavy)
c = Conv("04-school-it-ticket-notifications")
KW = ("Karen Whitfield", "karen.whitfield@wattlecreekss.qld.edu.au")
SD = ("ICT Service Centre", "servicedesk@ddsw-ict.qld.gov.au")
c.add(KW, [SD], "Staffroom copier not scanning to email + outage 5 Dec?", "2026-11-23 08:40 +1000", """Hi there,

The staffroom copier (Fuji Apeos C3570, asset WCSS-0412) stopped scanning to email after the school admin password change last Friday. Staff are getting "SMTP authentication failed". Can someone please have a look?

Also, is the network outage on Saturday 5 Dec still going ahead? We have the P&C Christmas markets on that morning and need EFTPOS.

Thanks,
Karen

Karen Whitfield
Business Manager
Wattle Creek State School
Ph (07) 4631 8200""", "outlook", locale="uk")
c.add(SD, [KW], "INC0104482 has been logged - Staffroom copier not scanning to email + outage 5 Dec?", "2026-11-23 08:41 +1000", """Hello Karen,

Thank you for contacting the ICT Service Centre. Your request has been logged.

Number: INC0104482
Short description: Staffroom copier not scanning to email + outage 5 Dec?
Priority: 3 - Moderate
Assignment group: DDSW Field Services - Toowoomba

Priority 3 requests will be responded to within 1 business day. You will be notified by email when your request is updated.

To add information to this request, reply to this email and keep the reference number in the subject line.

Ref:MSG0938114_vR2nQ7eKc1

This is an automatically generated email. Please do not change the subject line.""", "helpdesk_plain", headers={"Auto-Submitted": "auto-generated", "X-ServiceNow-Generated": "true", "Precedence": "bulk"}, quote=False, plain_only=True)
c.add(("Liam Nguyen (ICT Service Centre)", SD[1]), [KW], "INC0104482 - comment added - Staffroom copier not scanning to email + outage 5 Dec?", "2026-11-23 11:52 +1000", """INC0104482 has a new comment.

Liam Nguyen, 23-11-2026 11:52:
Hi Karen, the copier's scan-to-email profile still has the old relay credentials. I'll remote in this arvo and update the SMTP auth and the address book - should be sorted by 3pm today. Re the outage: yes, it's going ahead Sat 5 Dec 7am-1pm for the core switch upgrade. The 4G failover for EFTPOS is your school's call, see the notice on the ICT Portal.

Cheers, Liam

You can view all the details of this request by following the link: INC0104482

Ref:MSG0938171_vR2nQ7eKc1""", "helpdesk_plain", parent=None, quote=False, plain_only=True, headers={"X-ServiceNow-Generated": "true"})
c.add(SD, [KW], "INC0104482 has been resolved - Staffroom copier not scanning to email + outage 5 Dec?", "2026-11-23 15:17 +1000", """Hello Karen,

Your request INC0104482 has been resolved.

Resolution code: Solved (Permanently)
Resolution notes: Updated SMTP authentication on scan-to-email profile and refreshed LDAP address book on device WCSS-0412. Test scan to karen.whitfield received OK.

If you feel the issue has not been resolved, reply to this email within 5 business days to reopen it. Otherwise this request will be closed automatically.

How did we do? We will use your feedback to improve our services - take the 1-minute survey.

Ref:MSG0938305_vR2nQ7eKc1

This is an automatically generated email. Please do not change the subject line.""", "helpdesk_plain", parent=None, quote=False, plain_only=True, headers={"Auto-Submitted": "auto-generated", "X-ServiceNow-Generated": "true", "Precedence": "bulk"})
c.expected(KW[1], "2026-11-24T09:00:00+10:00", [
    (SD[1], "2026-11-23", ["scan", "smtp", "copier"], "Ticket comment from Liam via the service desk address: 'I'll remote in this arvo and update the SMTP auth ... should be sorted by 3pm today.' The SLA line 'will be responded to within 1 business day', the outage notice and the survey line are not agreements."),
], {SD[1]: ("replied", "none", 0)})
