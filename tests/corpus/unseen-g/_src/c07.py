from build import *
c = Conv("07-school-transport-minutes", "dwhitaker@cedarprairie.k12.ia.us", "cedarprairie.k12.ia.us")
bre = P("Brenda Kowalski", "bkowalski@cedarprairie.k12.ia.us")
dana = P("Dana Whitaker", "dwhitaker@cedarprairie.k12.ia.us")
rick = P("Rick Alvarez", "ralvarez@cedarprairie.k12.ia.us")
tam = P("Tamika Jones", "tjones@cedarprairie.k12.ia.us")
greg = P("Greg Olsen", "golsen@cedarprairie.k12.ia.us")
CONF = """CONFIDENTIALITY NOTICE: This email and any attachments may contain student information protected under FERPA. If you are not the intended recipient, please notify the sender and delete this message. The District will not disclose student records except as permitted by law."""
c.add(bre, [rick, dana, tam, greg], "Minutes - Transportation/Special Ed coordination 11/10", "2026-11-10 15:22 -0600", f"""Hi all,

Below are the minutes from this afternoon's meeting. Please let me know of any corrections.

MEETING: Transportation / Special Education Monthly Coordination
DATE: Tuesday, November 10, 2026, 1:30 PM - Central Office, Conf. Rm B
PRESENT: Rick Alvarez (RA), Dana Whitaker (DW), Tamika Jones (TJ), Greg Olsen (GO), Brenda Kowalski (BK, notes)

DISCUSSION
1. IEP transportation - ride times. TJ reported 3 students at Maple Grove Elem. with ride times over 60 min on Bus 22 since the Oct. route change. DW reminded the group that two IEPs specify max 45 min. Discussed splitting the route.
2. Aide coverage on Bus 14. Still no aide on PM route. RA said the district is posting two bus aide positions; HR will post them after Thanksgiving.
3. Lift bus at Maple Grove. Construction has blocked the north door. GO thinks the west door could work but needs to check with facilities.
4. Winter weather. RA noted the late start notification process will be the same as last year (Infinite Campus call-out by 5:30 AM).

ACTION ITEMS
- TJ - Re-route Bus 22 to get the three Maple Grove ride times under 60 min - by 11/20
- DW - Send updated list of students w/ IEP transportation accommodations (incl. lift/harness needs) to TJ - by Fri 11/13
- GO - Confirm new dismissal door for the lift bus at Maple Grove - by Tue 11/17
- RA - Follow up with HR on the bus aide posting
- BK - Schedule December meeting

Next meeting: Tuesday, December 8 (tentative)

Thanks,
Brenda

Brenda Kowalski
Administrative Assistant - Transportation Department
Cedar Prairie Community School District
(319) 555-0148

{CONF}""", client="outlook", parent=None)
c.add(rick, [bre, dana, tam, greg], "RE: Minutes - Transportation/Special Ed coordination 11/10", "2026-11-11 07:48 -0600", f"""Thanks Brenda. One change - I talked to HR this morning and the aide positions already went up on the district site yesterday, so you can take my item off.

Tamika - I need the Bus 22 reroute sooner. Can you have it done by Tuesday 11/17 so parents get notice before Thanksgiving week?

Rick

Rick Alvarez
Director of Transportation
Cedar Prairie CSD

{CONF}""", html=True)
c.add(tam, [rick], "Re: Minutes - Transportation/Special Ed coordination 11/10", "2026-11-11 08:31 -0600", """Can do Tuesday. Dana I'll still need that list Friday so I can build it

Sent from my iPhone""", cc=[bre, dana, greg], client="apple", lang="en-us")
c.add(dana, [greg], "RE: Minutes - Transportation/Special Ed coordination 11/10", "2026-11-12 13:05 -0600", f"""Tamika - updated list is attached. Two students are new since October and both need harness seats, I highlighted them in yellow.

Greg - can you confirm the dismissal door for the lift bus by Tuesday like we said in the meeting? The lift needs the curb cut on the west side, otherwise we have to use the gym entrance.

Thanks!
Dana

Dana Whitaker, M.Ed.
Special Education Coordinator
Cedar Prairie Community School District
(319) 555-0193

{CONF}""", cc=[tam, rick, bre], client="owa", html=True, request=True)
c.finish("2026-11-18T08:00:00-06:00", [
 dict(owner=tam.addr, due="2026-11-17", keywords=["re-route", "reroute", "bus 22", "route"], note="Minutes (written by Brenda, not the owner) said TJ by 11/20; Rick asked for Tuesday 11/17 and Tamika answered 'Can do Tuesday.' - date stated last wins."),
 dict(owner=dana.addr, due="2026-11-13", keywords=["list", "accommodations"], note="Minutes: 'DW - Send updated list ... to TJ - by Fri 11/13' (owner's own item; Tamika restates 'I'll still need that list Friday'). Delivered on 11/12, still an agreement."),
 dict(owner=greg.addr, due="2026-11-17", keywords=["dismissal door", "door", "lift bus"], note="Minutes: 'GO - Confirm new dismissal door for the lift bus at Maple Grove - by Tue 11/17'. Greg never replied; the item stands as recorded."),
 dict(owner=bre.addr, due=None, keywords=["december meeting", "schedule", "meeting"], note="Minutes: 'BK - Schedule December meeting' - no date (the Next meeting line gives a tentative meeting date, not a deadline for scheduling it, so readers may differ).", optional=True),
], expect_recipients={greg.addr: {"status": "waiting", "nextStep": "remind", "unansweredRequests": 1}})
