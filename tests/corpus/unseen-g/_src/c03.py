from build import *
c = Conv("03-mine-hse-bulletin", "rebecca.mcinnes@kurrajongiron.com.au", "kurrajongiron.com.au")
dale = P("Dale Whitford", "dale.whitford@kurrajongiron.com.au")
dl = P("KI Site Leads", "ki-site-leads@kurrajongiron.com.au")
bec = P("Rebecca McInnes", "rebecca.mcinnes@kurrajongiron.com.au")
c.add(dale, [dl], "HSE Weekly Bulletin - Week 47 - Heat stress, wet season readiness, LV inspections", "2026-11-16 05:45 +0800", """G'day all,

Please read and forward to your crews. Print a copy for the crib rooms at the pit and the OPF.

1. HEAT STRESS
Temperatures at site hit 46°C last Thursday and we had two heat-related first aids on nightshift (both dehydration, both returned to work). From Monday 23 November all crews will complete the 20 minute heat stress refresher at pre-start. The refresher will be run by the HSE team on both rosters for the next two swings. Hydration testing will be random, not just at start of swing.

2. WET SEASON READINESS
The Wet Season Readiness audit will be conducted by Corporate HSE in week 50. Area supervisors should have their drainage inspection checklists up to date before then. No need to send them to me, the auditors will look at them on site.

3. LIGHT VEHICLE INSPECTIONS
Last week 3 LVs were found with expired pre-start books. The fleet team have replaced all pre-start books with the new version (rev 7). Old books will be collected by the fleet team this week.

4. SAFETY SHARE OF THE MONTH
Congrats to the crusher maintenance crew for picking up the cracked guard on CV-04. The Safety Share award will be announced at the Christmas BBQ.

Any questions give me a yell on 0417 336 218 or drop into the HSE office (Admin building, Room 14).

Cheers,
Dale

Dale Whitford
Senior HSE Adviser | Kurrajong Iron Pty Ltd | Kurrajong Mine Site, Pilbara WA
P: +61 8 9175 4420 | M: 0417 336 218

Kurrajong Iron acknowledges the Traditional Owners of the land on which we work.
This email is confidential. If you have received it in error please notify the sender and delete it. Kurrajong Iron will not be responsible for any viruses transmitted with this email.""", html=True, lang="en-gb", parent=None)
c.add(bec, [dale], "RE: HSE Weekly Bulletin - Week 47 - Heat stress, wet season readiness, LV inspections", "2026-11-16 14:20 +0800", """Hi Dale,

Quick one on the heat stress refresher - will that count toward the mandatory training hours for the new 8/6 swing? If it does I'll need the attendance list so I can load it into the rostering system before pay run.

Thanks,
Bec

Rebecca McInnes
Rostering Coordinator - People & Culture
Kurrajong Iron Pty Ltd""", client="owa", lang="en-gb", html=True, request=True)
c.add(dale, [bec], "Re: HSE Weekly Bulletin - Week 47 - Heat stress, wet season readiness, LV inspections", "2026-11-17 06:10 +0800", """Yep it counts, 20 min each. I'll send the attendance sheet through Friday arvo once both rosters have done it

Sent from my iPhone""", client="apple")
c.add(bec, [dale], "RE: HSE Weekly Bulletin - Week 47 - Heat stress, wet season readiness, LV inspections", "2026-11-17 07:02 +0800", """Legend, thanks Dale!

Bec""", client="owa", lang="en-gb", html=True)
c.finish("2026-11-18T09:00:00+08:00", [
 dict(owner=dale.addr, due="2026-11-20", keywords=["attendance"], note="'I'll send the attendance sheet through Friday arvo' (Tue 17 Nov) - Friday 20 Nov. Everything in the bulletin (refresher will be run, audit will be conducted, books will be collected, award will be announced) is an announcement to a distribution list, not a commitment to anyone in the conversation."),
])
