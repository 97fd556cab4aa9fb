from lib import *

# ---------------- 09 Texas oil-field services dispatcher <-> field supervisor (terse, mobile)
c = Conv("09-oilfield-dispatch-terse")
TR = ("Tammy Reyes", "treyes@permianedgewell.com")
CO = ("Cody Hollis", "chollis@permianedgewell.com")
RD = ("Ray Dominguez", "rdominguez@permianedgewell.com")
c.add(TR, [CO], "Pad 14 Coyote 14-3H rig up", "2026-11-30 14:20 -0600", """Cody -

Diamondback wants the frac stack on Pad 14 (Coyote 14-3H) rigged up for pressure test. Need crew on location by 0500 tmrw. Can you confirm?

Also need the field ticket for Pad 9 from Sat. Billing is on me about it.

Tammy Reyes
Dispatch | Permian Edge Well Services
Odessa Yard (432) 555-0190 | 24hr dispatch (432) 555-0199""", "outlook", cc=[RD])
c.add(CO, [TR], "Re: Pad 14 Coyote 14-3H rig up", "2026-11-30 14:41 -0600", """10-4. Crew on location 0500. Will send pad 9 ticket tonight when I get back to the yard

Need a 10k gauge + 2 hammer unions out there, ours are junk

Sent from my iPhone""", "iphone", cc=[RD])
c.add(TR, [CO], "RE: Pad 14 Coyote 14-3H rig up", "2026-11-30 14:55 -0600", """Copy. Hot shot w/ gauge and unions will be there by 0700.

Tammy Reyes
Dispatch | Permian Edge Well Services
Odessa Yard (432) 555-0190 | 24hr dispatch (432) 555-0199""", "outlook", cc=[RD], locale="orig")
c.add(CO, [TR], "Re: Pad 14 Coyote 14-3H rig up", "2026-11-30 19:48 -0600", """Company man just called. pushed to Wed. crew there 0500 Wed instead. hot shot can wait till then too

Sent from my iPhone""", "iphone", cc=[RD])
c.add(TR, [CO], "Re: Pad 14 Coyote 14-3H rig up", "2026-11-30 20:05 -0600", """ok 👍 hot shot Wed AM then. still need that pad 9 ticket

Get Outlook for Android""", "android", cc=[RD])
c.expected(TR[1], "2026-12-01T07:30:00-06:00", [
    (CO[1], "2026-12-02", ["crew", "location", "pad 14"], "'10-4. Crew on location 0500.' (Tue 1 Dec) moved by Cody: 'crew there 0500 Wed instead' -> Wed 2 Dec."),
    (CO[1], "2026-11-30", ["ticket", "pad 9"], "'Will send pad 9 ticket tonight' (Mon 30 Nov); not delivered yet, not withdrawn."),
    (TR[1], "2026-12-02", ["hot shot", "hotshot", "gauge", "unions"], "'Hot shot w/ gauge and unions will be there by 0700.' (Tue 1 Dec) moved by the owner herself: 'ok 👍 hot shot Wed AM then.'"),
], {CO[1]: ("replied", "wait", 1)})

# ---------------- 10 Japanese trading company, Tokyo <-> Chicago (very formal)
c = Conv("10-trading-tokyo-chicago-formal")
KT = ("Kenji Takahashi", "k.takahashi@marunishi-corp.co.jp")
SMo = ("Shota Mori", "s.mori@marunishi-america.com")
JW = ("Jennifer Walsh", "j.walsh@marunishi-america.com")
HS = ("Hiroshi Sato", "h.sato@marunishi-corp.co.jp")
KT_SIG = """Best regards,

Kenji Takahashi
高橋 健二
Assistant Manager, Steel Products Division II
Marunishi Corporation
2-7-1 Marunouchi, Chiyoda-ku, Tokyo 100-8321, Japan
Tel: +81-3-5219-4408"""
c.add(KT, [SMo], "[Request] Q4 FY2026 Galvanized Coil Import Forecast for Management Meeting on 8 December", "2026-11-24 10:30 +0900", """Dear Mr. Mori,

I hope this message finds you well, and thank you very much for your continued support.

I am writing on behalf of the Steel Products Division II regarding the Management Meeting to be held on 8 December (Tuesday) at 9:00 JST.

We would be most grateful if you could kindly provide the Q4 FY2026 (January to March 2027) import forecast of galvanized coil for our Midwest customers, broken down by volume and by mill, by 3 December (Thursday) JST.

In addition, we would highly appreciate it if you could let us know whether Ms. Walsh would be able to join the meeting by video conference to explain the situation of the Section 232 tariff.

We sincerely apologize for the short notice, and thank you in advance for your kind cooperation.

""" + KT_SIG, "outlook", cc=[JW, HS])
c.add(SMo, [KT], "RE: [Request] Q4 FY2026 Galvanized Coil Import Forecast for Management Meeting on 8 December", "2026-11-24 08:15 -0600", """Dear Mr. Takahashi,

Thank you very much for your e-mail and for your kind consideration.

We acknowledge your request with thanks. We will submit the Q4 forecast by close of business on 2 December (Wednesday), Central Time, which should reach you on the morning of 3 December in Tokyo.

Regarding Ms. Walsh's participation, we shall confirm her schedule and revert to you in due course.

Please kindly note that the figures for the Gallatin mill remain subject to change, as the mill has not yet confirmed its January rolling schedule.

Sincerely yours,

Shota Mori
General Manager, Steel Department
Marunishi America Inc.
155 N. Wacker Drive, Suite 3100, Chicago, IL 60606
Tel: +1-312-555-0148""", "outlook", cc=[JW, HS])
c.add(JW, [KT], "RE: [Request] Q4 FY2026 Galvanized Coil Import Forecast for Management Meeting on 8 December", "2026-11-24 09:40 -0600", """Dear Takahashi-san,

Thank you for the kind invitation. I will be pleased to join the Management Meeting by video conference and give a short update on Section 232.

Please note that 9:00 JST on 8 December is 6:00 PM on 7 December Chicago time, which is fine for me.

Sincerely,

Jennifer Walsh
Manager, Trade Compliance & Logistics
Marunishi America Inc.
Tel: +1-312-555-0163""", "outlook", cc=[SMo, HS])
c.add(KT, [SMo, JW], "RE: [Request] Q4 FY2026 Galvanized Coil Import Forecast for Management Meeting on 8 December", "2026-11-25 09:05 +0900", """Dear Mr. Mori,
Dear Ms. Walsh,

Thank you very much for your kind and prompt reply. We are deeply grateful for your cooperation.

I will send the Teams invitation and the meeting materials to both of you by 4 December (Friday).

We look forward to receiving the forecast, and to Ms. Walsh's participation.

""" + KT_SIG, "outlook", cc=[HS])
c.expected(KT[1], "2026-11-25T12:00:00+09:00", [
    (SMo[1], "2026-12-02", ["forecast"], "'We will submit the Q4 forecast by close of business on 2 December (Wednesday), Central Time' - the sender's zone date is 2 Dec (it reaches Tokyo on the 3rd)."),
    (JW[1], "2026-12-07", ["join", "meeting", "video"], "Meeting acceptance: 'I will be pleased to join the Management Meeting by video conference' - the meeting is 8 Dec 9:00 JST, which she states is '6:00 PM on 7 December Chicago time'; due is the date in her zone."),
    (KT[1], "2026-12-04", ["invitation", "invite", "materials", "teams"], "Mailbox owner: 'I will send the Teams invitation and the meeting materials to both of you by 4 December (Friday).'"),
    (SMo[1], None, ["walsh", "schedule", "revert"], "'we shall confirm her schedule and revert to you in due course' - vague; Jennifer answered herself. Readers could disagree whether it is a commitment.", True),
], {SMo[1]: ("replied", "none", 0)})

# ---------------- 11 Nigerian fintech product <-> legal; minutes written by the legal associate
c = Conv("11-fintech-product-legal-minutes")
CE = ("Chiamaka Eze", "chiamaka.eze@kobofy.ng")
TA2 = ("Tolulope Adeyemi", "tolu.adeyemi@kobofy.ng")
IN = ("Ifeoma Nwosu", "ifeoma.nwosu@kobofy.ng")
BO = ("Babatunde Ogun", "babatunde.ogun@kobofy.ng")
EO = ("Emeka Obi", "emeka.obi@kobofy.ng")
CE_SIG = """--
Chiamaka Eze
Senior Product Manager, Savings
Kobofy Technologies Ltd | 12B Admiralty Way, Lekki Phase 1, Lagos
+234 803 555 0142"""
c.add(CE, [TA2], "Kobo Stash T&Cs - Legal review before CBN filing", "2026-11-23 09:12 +0100", """Good morning Tolu,

Hope you had a restful weekend.

Please, I need Legal's input on the T&Cs for Kobo Stash (the save-as-you-spend round-ups) before we file with CBN. We are targeting 14th December for launch, so time is a bit tight.

Can we hold a 30-min sync this week? Thursday works for us.

Thanks

""" + CE_SIG, "gmail", cc=[IN, BO])
c.add(TA2, [CE], "Re: Kobo Stash T&Cs - Legal review before CBN filing", "2026-11-23 11:40 +0100", """Morning Chiamaka,

Well noted. Thursday 11am is fine, I'll send an invite. Ifeoma will join and take minutes.

Kindly note that we can't sign off the T&Cs until Babatunde confirms whether the November CBN circular on digital savings products applies to us.

Regards,
Tolulope Adeyemi
Head, Legal & Company Secretariat
Kobofy Technologies Ltd

This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Kobofy Technologies Ltd shall not be liable for any action taken in reliance on this e-mail.""", "gmail", cc=[IN, BO])
c.add(IN, [CE, TA2, BO], "Minutes: Kobo Stash T&Cs - Product/Legal sync (26/11/2026)", "2026-11-26 14:05 +0100", """Dear all,

Please find below the minutes of today's meeting.

Attendees: Tolulope Adeyemi, Chiamaka Eze, Babatunde Ogun, Emeka Obi, Ifeoma Nwosu

Discussion
1. Kobo Stash rounds up card and transfer payments to the nearest N100 and credits the difference to a Stash wallet held with Harbour MFB, earning 8% p.a.
2. Babatunde noted that the CBN circular of 10/11/2026 on digital savings products is likely to apply, since interest is paid to customers.
3. Legal flagged that the current T&Cs do not address reversal of round-ups on failed or reversed transactions.

Action points
S/N | Action | Owner | Timeline
1 | Confirm applicability of the CBN circular and share a written position | Babatunde | Mon 30/11
2 | Send marked-up T&Cs and privacy notice to Product | Legal (Tolu) | Wed 2/12
3 | Share final product flow and interest computation sheet with Legal | Product (Chiamaka) | Fri 27/11
4 | Confirm that round-up transactions can be reversed within 24 hours | Engineering (Emeka) | Fri 27/11
5 | Draft customer FAQ for the launch | Product (Chiamaka) | TBD

Kindly let me know if I missed anything.

Regards,
Ifeoma Nwosu
Legal Associate
Kobofy Technologies Ltd""", "gmail", parent=None, cc=[EO])
c.add(EO, [IN], "Re: Minutes: Kobo Stash T&Cs - Product/Legal sync (26/11/2026)", "2026-11-26 16:20 +0100", """Thanks Ifeoma. Small correction on 4: we agreed Tuesday 1/12, not Friday, because the reversal logic sits with the core banking vendor. Will confirm by then.

Emeka""", "gmail", cc=[CE, TA2, BO])
c.add(CE, [TA2], "Re: Minutes: Kobo Stash T&Cs - Product/Legal sync (26/11/2026)", "2026-11-27 10:30 +0100", """Thanks Ifeoma, minutes are fine by me.

Product flow and interest computation sheet attached (item 3) ✅

Tolu, please can we have the marked-up T&Cs by Tuesday instead of Wednesday? The CBN filing window closes for the year on 4/12 and I need a day for internal sign-off.

""" + CE_SIG, "gmail", cc=[IN, BO, EO])
c.expected(CE[1], "2026-11-27T17:00:00+01:00", [
    (TA2[1], "2026-11-26", ["sync", "meeting", "invite"], "Meeting acceptance: 'Thursday 11am is fine, I'll send an invite.' (Mon 23 Nov -> Thu 26 Nov); the meeting took place."),
    (BO[1], "2026-11-30", ["circular", "cbn", "position"], "Minutes (written by Ifeoma, not the mailbox owner), action 1: Babatunde, Mon 30/11."),
    (TA2[1], "2026-12-02", ["t&c", "terms", "marked-up", "mark up"], "Minutes action 2: 'Legal (Tolu)' -> Tolulope, Wed 2/12. Chiamaka asks for Tuesday instead but Tolu has not agreed, so the agreed date stands."),
    (CE[1], "2026-11-27", ["product flow", "interest computation", "flow"], "Minutes action 3: 'Product (Chiamaka)', Fri 27/11; delivered in her last message."),
    (EO[1], "2026-12-01", ["revers", "round-up"], "Minutes action 4 said Fri 27/11; Emeka corrects: 'we agreed Tuesday 1/12 ... Will confirm by then.' Date stated last wins."),
    (CE[1], None, ["faq"], "Minutes action 5: 'Draft customer FAQ for the launch | Product (Chiamaka) | TBD' -> no date."),
    (IN[1], "2026-11-26", ["minutes", "take minutes"], "'Ifeoma will join and take minutes.' - said by Tolu on Ifeoma's behalf; done. Readers could disagree whether this is a commitment.", True),
], {TA2[1]: ("replied", "wait", 1)})
