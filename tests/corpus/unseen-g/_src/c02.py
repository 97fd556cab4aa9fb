from build import *
c = Conv("02-pharma-fda-deficiency", "deepa.raghavan@sarvanalife.co.in", "sarvanalife.co.in")
dee = P("Deepa Raghavan", "deepa.raghavan@sarvanalife.co.in")
sri = P("Srinivas Rao K", "srinivas.raok@sarvanalife.co.in")
ani = P("Anil Kumar Reddy", "anilkumar.reddy@sarvanalife.co.in")
pra = P("Prakash Venkatesan", "prakash.v@sarvanalife.co.in")
ravi = P("Ravi Shankar Iyer", "ravi.iyer@sarvanalife.co.in")
DISC = """DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. Sarvana Lifesciences Ltd. will not accept any liability for any errors or omissions in the contents of this message or for any damage caused by viruses. Any views expressed are those of the sender and will not be binding on the Company unless confirmed in writing by an authorised signatory."""
SIG_D = f"""Thanks & Regards,
Deepa Raghavan
Manager - Regulatory Affairs (US Markets)
Sarvana Lifesciences Ltd. | Corporate Office, Andheri (E), Mumbai - 400 093
Ph: +91 22 6789 4412 | Mob: +91 98201 55730

{DISC}"""
c.add(dee, [sri, ani], "ANDA 21-4471 Metformin ER - Information Request from USFDA - data required", "2026-11-12 11:20 +0530", f"""Dear Srinivas Sir, Anil,

Greetings from RA.

We have received Information Request (IR) from USFDA for ANDA 21-4471 (Metformin HCl ER Tablets 500/750 mg) on 10/11/2026. Response is due to FDA on 04/12/2026. To compile the response we need the following from plant:

1. 6 month accelerated stability data for all three exhibit batches (B2209, B2210, B2211) - QC
2. Executed BMR copies for batch B2211, all pages including deviation annexures - QA
3. Revised dissolution method validation report (after the change in apparatus speed) - QC/ADL

Kindly share the above by 24/11/2026 so that we have one week for compilation and review by Ravi sir.

Request you to revert with timelines at the earliest.

{SIG_D}""", cc=[ravi], client="origmsg", lang="en-gb", request=True, parent=None)
c.add(ani, [dee], "RE: ANDA 21-4471 Metformin ER - Information Request from USFDA - data required", "2026-11-12 16:48 +0530", f"""Dear Madam,

Noted. Stability data for all 3 exhibit batches will be shared by 20/11/2026.

Method validation report is with ADL team, Mr. Prakash will revert on the same. I have forwarded your mail to him.

Regards,
Anil Kumar Reddy
Sr. Manager - Quality Control
Sarvana Lifesciences Ltd., Unit-II, Pashamylaram, Hyderabad

{DISC}""", cc=[sri, ravi], client="origmsg", lang="en-gb")
c.add(dee, [pra], "RE: ANDA 21-4471 Metformin ER - Information Request from USFDA - data required", "2026-11-13 09:45 +0530", f"""Dear Prakash,

As per Anil's mail below, requesting you to share the revised dissolution method validation report by 24/11/2026. FDA timeline is very tight, please do the needful.

{SIG_D}""", cc=[ani, sri], client="origmsg", lang="en-gb", request=True)
c.add(sri, [dee], "RE: ANDA 21-4471 Metformin ER - Information Request from USFDA - data required", "2026-11-16 10:05 +0530", f"""Deepa,

BMR copies of B2211 will be scanned and shared by tomorrow EOD.

Kindly note our QA reviewer Ms. Lakshmi is on leave this week, so if any page comes illegible in the scan we may need time till Thursday for re-scanning. Will keep you posted.

Regards,
K. Srinivas Rao
Head - Quality Assurance
Unit-II, Hyderabad

{DISC}""", cc=[ani, pra, ravi], client="origmsg", lang="en-gb", parent=0)
c.add(pra, [dee], "RE: ANDA 21-4471 Metformin ER - Information Request from USFDA - data required", "2026-11-17 12:30 +0530", f"""Dear Madam,

Validation report is under QA review. Due to HPLC column issue we had to repeat the robustness part. We will try to share by 25/11/2026 but cannot commit as of now.

Regards,
Prakash V
Asst. Manager - Analytical Development Lab (ADL)

{DISC}""", cc=[ani, sri], client="origmsg", lang="en-gb", parent=2)
c.add(dee, [pra], "RE: ANDA 21-4471 Metformin ER - Information Request from USFDA - data required", "2026-11-17 14:10 +0530", f"""Prakash,

25/11 is okay but not later than that please, we need minimum one week for compilation. Can you confirm?

{SIG_D}""", cc=[ravi], client="origmsg", lang="en-gb", request=True)
c.add(pra, [dee], "RE: ANDA 21-4471 Metformin ER - Information Request from USFDA - data required", "2026-11-18 09:15 +0530", """Confirmed madam, 25/11 EOD.

Prakash""", cc=[ravi], client="origmsg", lang="en-gb")
c.finish("2026-11-19T10:00:00+05:30", [
 dict(owner=ani.addr, due="2026-11-20", keywords=["stability data", "stability"], note="'Stability data for all 3 exhibit batches will be shared by 20/11/2026' - passive promise by Anil (day-first date)."),
 dict(owner=sri.addr, due="2026-11-17", keywords=["bmr", "batch record", "scan"], note="'BMR copies of B2211 will be scanned and shared by tomorrow EOD' (sent Mon 16/11) - the Thursday fallback is only conditional ('if any page comes illegible ... may need'), so the date stays 17/11."),
 dict(owner=pra.addr, due="2026-11-25", keywords=["validation report", "method validation", "dissolution"], note="Prakash first hedged ('We will try ... but cannot commit') - not an agreement; then 'Confirmed madam, 25/11 EOD.' in answer to Deepa's 'Can you confirm?' - agreement due 25/11."),
])
