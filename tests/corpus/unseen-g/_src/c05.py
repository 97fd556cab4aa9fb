from build import *
c = Conv("05-water-metering-fyi", "ayesha.patel@vaalrivierwater.co.za", "vaalrivierwater.co.za")
tha = P("Thabo Mokoena", "thabo.mokoena@vaalrivierwater.co.za")
aye = P("Ayesha Patel", "ayesha.patel@vaalrivierwater.co.za")
rev = P("Revenue Management Team", "revenue.mgmt@vaalrivierwater.co.za")
DISC = """Vaal Rivier Water Board - "Water for growth"
Disclaimer: This message and any attachments are subject to the Vaal Rivier Water Board e-mail legal notice available at www.vaalrivierwater.co.za/legal. The Board will not be held liable for any loss resulting from the use of information in this e-mail."""
c.add(tha, [aye], "FW: Metering Services - Monthly Report October 2026", "2026-11-17 16:52 +0200", f"""Hi Ayesha

FYI – see Pieter's report below. Please note the billing adjustment on the Ward 14 bulk meters, it will affect your November figures.

Regards
Thabo

Thabo Mokoena
Manager: Metering Services
Vaal Rivier Water Board
Tel: 016 430 2271 | Cell: 082 554 1937

{DISC}

From: Pieter van Wyk <pieter.vanwyk@vaalrivierwater.co.za>
Sent: Monday, 16 November 2026 14:07
To: Thabo Mokoena <thabo.mokoena@vaalrivierwater.co.za>
Cc: Metering Field Supervisors <metering.supervisors@vaalrivierwater.co.za>
Subject: Metering Services - Monthly Report October 2026

Morning Thabo

Herewith the October report.

Summary
- 412 domestic meters replaced (target 380). Backlog now 1 126 meters, mostly Sebokeng and Evaton.
- 37 bulk meters read manually due to AMR modem failures. Vendor replaced 22 modems on 28 October.
- Non-revenue water for October estimated at 38,6% (September 41,2%).
- Ward 14: bulk meter BM-14-03 found under-registering by ±17% after the flow test on 21 October. Consumption from July to October was re-estimated; total adjustment R 1 284 600 (see attachment, tab "Adj W14").

Next month
- The team will continue the zone audit in Ward 14 and start Ward 9 in December.
- Load-shedding stage 4 schedules will again affect the AMR readings, we expect another round of manual reads.
- I will send the final reconciliation for BM-14-03 to Revenue by 30 November once the meter is re-certified.

Regards
Pieter van Wyk
Senior Technician: Metering
Vaal Rivier Water Board""", cc=[rev], html=True, lang="en-gb", parent=None)
c.add(aye, [tha], "RE: Metering Services - Monthly Report October 2026", "2026-11-18 10:15 +0200", f"""Hi Thabo

Thanks for sharing. Could you send us the ward-level breakdown of the Ward 14 adjustment in Excel (per account, per month)? We need it before the December billing run locks on 1 December.

Kind regards
Ayesha

Ayesha Patel
Senior Analyst: Revenue Management
Vaal Rivier Water Board
Tel: 016 430 2380

{DISC}""", cc=[rev], html=True, lang="en-gb", request=True)
c.finish("2026-11-23T08:00:00+02:00", [], expect_recipients={tha.addr: {"status": "waiting", "nextStep": "remind", "unansweredRequests": 1}})
