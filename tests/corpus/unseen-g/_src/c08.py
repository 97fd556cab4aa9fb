from build import *
c = Conv("08-housing-damp-inline", "sian.morgan@cartrefharbwr.org.uk", "cartrefharbwr.org.uk")
sia = P("Sian Morgan", "sian.morgan@cartrefharbwr.org.uk")
gar = P("Gareth Pugh", "gareth.pugh@cartrefharbwr.org.uk")
ker = P("Kerry Davies", "kerry.davies@cartrefharbwr.org.uk")
mark = P("Mark Rees-Jenkins", "mark.rees-jenkins@cartrefharbwr.org.uk")
SIG = """Diolch / Thanks,
Sian

Sian Morgan
Arweinydd Tîm Gwasanaethau Tenantiaeth | Tenancy Services Team Leader
Cartref Harbwr Housing
029 2046 7730

Rydym yn croesawu gohebiaeth yn Gymraeg a byddwn yn ymateb yn Gymraeg heb oedi. We welcome correspondence in Welsh and will respond in Welsh without delay."""
M1 = f"""Hi both,

Actions from today's call re the open damp & mould cases (need to stay inside the new Awaab's Law timescales):

• Kerry – survey at 14 Heol y Nant (Mrs Ahmed) – by Fri 20th
• Gareth – raise works order for extractor fans at Flats 3 & 7 Tŷ Glas and give the tenants an appointment – by Wed 25th
• Kerry – send me the survey reports for the 6 open cases so I can update the tenants – by Mon 23rd
• Me – letters to all 6 tenants with next steps – once I've got Kerry's reports

Can you both reply to confirm, or shout if any of these don't work?

{SIG}"""
c.add(sia, [gar, ker], "Damp & mould – actions from today's call", "2026-11-17 16:05 +0000", M1, cc=[mark], client="owa", lang="en-gb", html=True, request=True, parent=None)
c.add(gar, [sia], "RE: Damp & mould – actions from today's call", "2026-11-18 09:20 +0000", """Morning Sian, my bits inline below [GP]

Gareth

Gareth Pugh
Repairs Planner – Responsive Repairs
Cartref Harbwr Housing

________________________________
From: Sian Morgan <sian.morgan@cartrefharbwr.org.uk>
Sent: Tuesday, 17 November 2026 16:05
To: Gareth Pugh; Kerry Davies
Cc: Mark Rees-Jenkins
Subject: Damp & mould – actions from today's call

Hi both,

Actions from today's call re the open damp & mould cases (need to stay inside the new Awaab's Law timescales):

• Kerry – survey at 14 Heol y Nant (Mrs Ahmed) – by Fri 20th
• Gareth – raise works order for extractor fans at Flats 3 & 7 Tŷ Glas and give the tenants an appointment – by Wed 25th

[GP] Works order raised this morning (WO-118842). Morgan & Rees can't get an electrician out before the 26th, so the fitting will be 26th/27th. I'll book the appointments with both tenants and confirm the dates to you by Monday.

• Kerry – send me the survey reports for the 6 open cases so I can update the tenants – by Mon 23rd
• Me – letters to all 6 tenants with next steps – once I've got Kerry's reports

Can you both reply to confirm, or shout if any of these don't work?

""" + SIG, cc=[ker, mark], client="owa", lang="en-gb", quote=False)
c.add(ker, [sia], "Re: Damp & mould – actions from today's call", "2026-11-19 07:45 +0000", """Hi Sian, Heol y Nant survey booked for Fri 9.30 👍 Reports - I can do 4 of the 6 by Monday, the other 2 (Tŷ Glas) need moisture readings after the fans go in so that'll be end of next week. Kerry

Get Outlook for Android""", cc=[gar, mark], client="android", lang="en-gb", parent=0)
c.add(sia, [gar], "RE: Damp & mould – actions from today's call", "2026-11-19 08:30 +0000", f"""Thanks both, that works.

Gareth – can you copy me into the appointment letters to Flats 3 and 7 please?

{SIG}""", cc=[ker, mark], client="owa", lang="en-gb", html=True, request=True)
c.finish("2026-11-20T10:00:00+00:00", [
 dict(owner=ker.addr, due="2026-11-20", keywords=["survey", "heol y nant"], note="Owner's list 'Kerry – survey at 14 Heol y Nant – by Fri 20th', confirmed: 'Heol y Nant survey booked for Fri 9.30 👍'."),
 dict(owner=gar.addr, due="2026-11-23", keywords=["appointment", "confirm the dates", "tenants"], note="Inline reply [GP]: 'I'll book the appointments with both tenants and confirm the dates to you by Monday' (Wed 18 Nov -> Mon 23 Nov); replaces the list's 'give the tenants an appointment – by Wed 25th'. 'Works order raised this morning' is a past report."),
 dict(owner=ker.addr, due="2026-11-23", keywords=["report", "survey reports"], note="'I can do 4 of the 6 by Monday' (Thu 19 Nov -> Mon 23 Nov), matching the list's 'by Mon 23rd'."),
 dict(owner=ker.addr, due="2026-11-27", keywords=["report", "tŷ glas", "ty glas", "remaining"], optional=True, note="'the other 2 (Tŷ Glas) ... that'll be end of next week' - a second, later part of the reports commitment (Fri 27 Nov); readers may merge it with the first."),
 dict(owner=sia.addr, due=None, keywords=["letters", "tenants"], optional=True, note="Owner's own list item 'Me – letters to all 6 tenants – once I've got Kerry's reports': event-based (null), though the thread dates the reports, so readers may differ."),
])
