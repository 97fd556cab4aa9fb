from lib import *

# ---------------- 12 French hotel group revenue management (Thunderbird, inline) <-> Lyon sales office (Outlook FR)
c = Conv("12-hotel-group-rate-decline")
JM = ("Julien Marchand", "julien.marchand@hotels-oree.com")
SG = ("Sophie Garnier", "sophie.garnier@hotels-oree.com")
TRx = ("Thomas Roux", "thomas.roux@hotels-oree.com")
SG_SIG = """Belle journée,

Sophie Garnier
Responsable Commerciale Groupes & MICE
Hôtel Orée Lyon Part-Dieu ****
129 rue Servient, 69003 Lyon
+33 4 72 55 18 40"""
m1 = c.add(SG, [JM], "Demande groupe Medilys - Eurexpo mars 2027 - 120 ch.", "2026-11-24 10:02 +0100", """Bonjour Julien,

We have a group request from Medilys (pharma congress at Eurexpo) for 120 rooms x 3 nights, arrivals 8/03/2027, departures 11/03/2027.

The client asks 189 € BB per room, their budget is fixed. Can you validate this rate? They want an answer before Friday, otherwise they go to the Radisson.

Also, can you open an allotment of 120 rooms in Opera for these dates?

Merci d'avance,

""" + SG_SIG, "outlook", locale="fr")
c.add(JM, [SG], "Re: Demande groupe Medilys - Eurexpo mars 2027 - 120 ch.", "2026-11-24 11:47 +0100", """Bonjour Sophie,

Le 24/11/2026 à 10:02, Sophie Garnier a écrit :
> The client asks 189 € BB per room, their budget is fixed. Can you
> validate this rate?

No, sorry, I cannot validate 189. On these dates we are already at 82% 
OTB with the Sirha overflow and the displacement is too high. I can go 
to 209 € BB, with 1 complimentary room per 40 and no attrition below 
90%.

> Also, can you open an allotment of 120 rooms in Opera for these dates?

Yes, I will create the block in Opera once the contract is signed, with 
a cut-off at 30 days.

I send you the displacement analysis by tomorrow so you have arguments 
for the client.

Bonne journée,
Julien

-- 
Julien Marchand
Revenue Manager Cluster Rhône-Alpes
Groupe Hôtels Orée – Direction Revenue Management, Paris""", "thunderbird", quote=False)
c.add(SG, [JM], "RE: Demande groupe Medilys - Eurexpo mars 2027 - 120 ch.", "2026-11-24 15:20 +0100", """Merci Julien.

OK for 209 €. I will send the revised offer to Medilys by Thursday and I come back to you with their answer.

Thomas, pour info.

""" + SG_SIG, "outlook", cc=[TRx], locale="fr")
c.add(TRx, [JM], "RE: Demande groupe Medilys - Eurexpo mars 2027 - 120 ch.", "2026-11-24 16:05 +0100", """Julien,

We really need this group in March, Medilys is also a corporate account for us (1.800 RN/year). Is it possible to do 199 € if they sign before 15/12?

Thomas

Thomas Roux
Directeur Commercial | Director of Sales
Hôtel Orée Lyon Part-Dieu""", "outlook", cc=[SG], locale="fr")
c.add(JM, [TRx, SG], "Re: Demande groupe Medilys - Eurexpo mars 2027 - 120 ch.", "2026-11-25 09:12 +0100", """Thomas, Sophie,

Le 24/11/2026 à 16:05, Thomas Roux a écrit :
> Is it possible to do 199 € if they sign before 15/12?

199 € is possible only if the contract is signed by 11/12 and with 50% 
deposit at signature. Otherwise 209 € stays.

Displacement analysis attached, as promised.

Julien

-- 
Julien Marchand
Revenue Manager Cluster Rhône-Alpes
Groupe Hôtels Orée – Direction Revenue Management, Paris""", "thunderbird", quote=False)
c.expected(JM[1], "2026-11-26T09:00:00+01:00", [
    (JM[1], None, ["block", "allotment", "opera"], "'Yes, I will create the block in Opera once the contract is signed' - conditional on an undated event -> due null."),
    (JM[1], "2026-11-25", ["displacement", "analysis"], "'I send you the displacement analysis by tomorrow' (Tue 24 -> Wed 25 Nov); sent 'as promised' - past report, the agreement stands. The 189 € request is declined; the 199 €/209 € lines are rate conditions for the client, not commitments to a participant."),
    (SG[1], "2026-11-26", ["offer", "medilys", "revised offer"], "'I will send the revised offer to Medilys by Thursday and I come back to you with their answer.' (Tue 24 -> Thu 26 Nov)."),
], {})

# ---------------- 13 Nonprofit grants pipeline newsletter (decoy) + one reply + OOO
c = Conv("13-nonprofit-grants-newsletter")
RC = ("Renee Castillo", "renee.castillo@riverbendliteracy.org")
DP = ("DeShawn Price", "deshawn.price@riverbendliteracy.org")
MH = ("Mei Lin Huang", "meilin.huang@riverbendliteracy.org")
PG = ("Patricia Gomez", "patricia.gomez@riverbendliteracy.org")
RC_SIG = """Renee Castillo (she/her)
Grants & Foundation Relations Officer
Riverbend Literacy Council
2100 N. Dr. Martin Luther King Jr. Dr., Milwaukee, WI 53212
414-555-0177 | riverbendliteracy.org

Riverbend Literacy Council is a 501(c)(3) nonprofit. Every gift will be acknowledged for your tax records."""
body = """Hi DeShawn and Mei Lin (cc Patricia),

Here's the December pipeline update. Short version: a good month, and one ask from me at the bottom.

AWARDED SINCE LAST UPDATE
- Greater Milwaukee Foundation - $40,000 (Adult Ed, general operating, 12 months). Award letter signed 11/19.
- Bader Family Fund - $15,000 (Family Literacy, summer program). Funds arrive in January.

PENDING
- Hartwell Foundation - $75,000 over 2 years (digital literacy). The Hartwell board will announce decisions on December 15.
- Northshore Community Fund - $20,000. Site visit went well; their program officer said they'll likely decide in January.

UPCOMING DEADLINES
- Brewers Community Foundation LOI - I'm planning to submit it on December 9.
- Wisconsin Humanities mini-grant - due January 22. Not sure yet whether we apply; let's talk at the January leads meeting.

REPORTS DUE
- United Way of Greater Milwaukee Q4 outcomes report - due December 15.

THE ONE ASK
For the United Way report, please send me your Q4 outcome numbers (learners served, instructional hours, pre/post assessment gains) by Friday, December 11.

Thanks all - and happy December!
Renee

""" + RC_SIG
c.add(RC, [DP, MH], "Grants Pipeline Update - December 2026", "2026-12-01 08:45 -0600", body, "gmail", cc=[PG])
c.add(MH, [RC], "Automatic reply: Grants Pipeline Update - December 2026", "2026-12-01 08:46 -0600", """Thank you for your email. I am out of the office at the National Family Literacy conference through Friday, December 4, with limited access to email. I will respond when I return on Monday, December 7.

For urgent Family Literacy matters please contact Jordan Ellis at 414-555-0183.

Mei Lin Huang
Family Literacy Program Director""", "outlook", parent=0, quote=False, headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
c.add(DP, [RC], "Re: Grants Pipeline Update - December 2026", "2026-12-01 10:20 -0600", """Thanks Renee - great news on GMF! Will get you the Adult Ed numbers by the 10th.

Heads up that the TABE post-tests for the evening cohort won't be scored until the 8th, so those gains might be a bit rough.

DeShawn""", "gmail", parent=0, cc=[PG])
c.expected(RC[1], "2026-12-03T09:00:00-06:00", [
    (DP[1], "2026-12-10", ["numbers", "outcome", "adult ed"], "'Will get you the Adult Ed numbers by the 10th.' Everything else in the newsletter is reports, funders' plans ('The Hartwell board will announce decisions'), a hedge ('they'll likely decide') and an uncertain plan; the OOO 'I will respond when I return' is an automatic reply, not an agreement."),
    (RC[1], "2026-12-09", ["loi", "brewers"], "'I'm planning to submit it on December 9.' - the owner's own plan in a newsletter, promised to no one in particular; readers could disagree.", True),
], {DP[1]: ("replied", "none", 0), MH[1]: ("away", "wait", 1)})

# ---------------- 14 University research compliance <-> rambling professor
c = Conv("14-irb-rambling-professor")
MS = ("Megan Schultz", "mschultz@irb.lakeshore.edu")
HF = ("Howard Feldstein", "hfeldstein@lakeshore.edu")
MS_SIG = """Megan Schultz, CIP
IRB Coordinator | Office of Research Compliance
Lakeshore State University
Hadley Hall 214 | 716-555-0142
Pronouns: she/her

This message may contain confidential information about human research participants. If you received it in error, please notify the sender and delete it."""
c.add(MS, [HF], "IRB-2023-0417 - continuing review, CITI lapse and consent deviation", "2026-11-16 10:05 -0500", """Dear Dr. Feldstein,

I'm writing about protocol IRB-2023-0417, "Sleep, Screen Time and Adolescent Mood," on three items:

1. Continuing review: approval expires December 15. Please submit the continuing review in Cayuse by December 1 so the board has time to review it.
2. CITI training: the Human Subjects refresher for Priya Raman and Tom Becker (both listed as key personnel) expired on October 31. They may not interact with participants until they complete it.
3. Consent form: our post-approval monitoring visit found that consent form v3 was used for 6 participants in September, after v4 was approved. This needs a protocol deviation report.

Could you let me know by Friday how you plan to handle these?

Best,
Megan

""" + MS_SIG, "owa")
c.add(HF, [MS], "Re: IRB-2023-0417 - continuing review, CITI lapse and consent deviation", "2026-11-19 23:48 -0500", """Hi Megan,

Sorry, sorry for the slow reply - it's been a week of grant deadlines and my daughter's school play (she was a very convincing turnip) and I'm only now digging out of my inbox. Anyway. The continuing review - yes, I know, I know, I will try to get to it over the Thanksgiving weekend, probably, assuming the R01 resubmission doesn't eat me alive first. The CITI thing is entirely my fault, I should have caught it when I updated the personnel list; I'll have Priya and Tom redo their refreshers before the end of next week, and I've told them both to stop running sessions until then (well, Tom isn't running any anyway, he's at SLEEP in Boston this week, but you get the idea). The consent form thing is genuinely mysterious to me - I honestly thought we'd switched to v4 in August, but it appears one of the RAs printed a stack of v3 and nobody noticed, which, well. I'll write up the deviation report and send it to you by Monday. Is there a template? I seem to recall their was one on the old website but the new one is, frankly, a labrynth.

Also, unrelated, and more of a philosophical question: do you know whether the IRB would ever let us use verbal consent for the 6-month follow-up calls? The parents hate the DocuSign step.

Best,
Howard

Sent from my iPad""", "applemail")
c.add(MS, [HF], "RE: IRB-2023-0417 - continuing review, CITI lapse and consent deviation", "2026-11-20 09:15 -0500", """Thanks, Dr. Feldstein, that's helpful.

The deviation report template (Form IRB-07) is attached. On verbal consent: it's possible for minimal-risk follow-ups with a waiver of documentation under 45 CFR 46.117(c); you'd submit it as an amendment, and I'm happy to walk you through it.

On the continuing review, though, I do need a firm date. Can you commit to submitting it by December 1? If approval lapses, all study activities, including the follow-up calls, have to stop on December 15.

Best,
Megan

""" + MS_SIG, "owa")
c.add(HF, [MS], "Re: IRB-2023-0417 - continuing review, CITI lapse and consent deviation", "2026-11-23 07:02 -0500", """Megan - deviation report attached. Fine, Dec 1 it is, you have my word.

H.

Sent from my iPhone""", "iphone")
c.add(MS, [HF], "RE: IRB-2023-0417 - continuing review, CITI lapse and consent deviation", "2026-11-23 09:30 -0500", """Thank you! Received. I'll log the deviation and get it to the IRB chair for review at the December 3 meeting.

Megan

""" + MS_SIG, "owa")
c.expected(MS[1], "2026-11-24T12:00:00-05:00", [
    (HF[1], "2026-11-27", ["citi", "refresher", "training"], "'I'll have Priya and Tom redo their refreshers before the end of next week' (Thu 19 Nov -> Fri 27 Nov). Delegated to non-participants, so the professor owns it."),
    (HF[1], "2026-11-23", ["deviation report", "deviation"], "'I'll write up the deviation report and send it to you by Monday.' (Thu 19 Nov, 23:48 -> Mon 23 Nov); delivered."),
    (HF[1], "2026-12-01", ["continuing review", "renewal"], "First only a hedge ('I will try to get to it over the Thanksgiving weekend, probably') - not an agreement; then 'Fine, Dec 1 it is, you have my word.' in answer to 'Can you commit to submitting it by December 1?'"),
    (MS[1], "2026-12-03", ["chair", "irb chair", "log the deviation"], "Mailbox owner: 'I'll log the deviation and get it to the IRB chair for review at the December 3 meeting.'"),
], {HF[1]: ("replied", "none", 0)})
