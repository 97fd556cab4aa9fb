from build import *
c = Conv("04-shipping-it-ticket", "kelvin.goh@straitsmeridian.com.sg", "straitsmeridian.com.sg")
sd = P("SML IT Service Desk", "itservicedesk@straitsmeridian.com.sg")
kel = P("Kelvin Goh", "kelvin.goh@straitsmeridian.com.sg")
H1 = {"X-ServiceNow-Generated": "true", "Precedence": "bulk"}
c.add(sd, [kel], "Incident INC0048817 has been logged -- Cannot log in to SAP Concur via SSO", "2026-11-16 09:12 +0800", """Dear Kelvin Goh,

Your incident has been logged with the SML IT Service Desk.

  Number:             INC0048817
  Short description:  Cannot log in to SAP Concur via SSO - "AADSTS50076" error
  Category:           Access / Identity
  Priority:           3 - Moderate
  Assignment group:   SG-EUC-Level2

Our service desk will respond within 4 business hours for Priority 3 incidents. You will receive an email each time your incident is updated. To add information, simply reply to this email and keep the reference below in the message.

You can view the status of all your requests on the IT Portal: https://smlit.service-now.com/sp

Thank you,
SML IT Service Desk
Straits Meridian Lines Pte. Ltd. | Ext. 8888

Ref:MSG0392817""", headers=H1, auto="auto-generated", parent=None)
c.add(sd, [kel], "Incident INC0048817 has been updated -- Cannot log in to SAP Concur via SSO", "2026-11-16 11:40 +0800", """Dear Kelvin Goh,

Incident INC0048817 has been updated with the following comment.

-------------------------------------------------------
2026-11-16 11:39:52 SGT - Wei Ling Tan (Additional comments)
Hi Kelvin, we have reset your MFA registration, the SSO error was due to the old phone still registered. The identity team will push the updated conditional access policy next Tuesday which should stop this recurring for the finance users. Meanwhile please bring your laptop to the IT counter at Level 12 so we can re-enrol the device certificate (takes about 15 min).
-------------------------------------------------------

  State:              In Progress
  Assigned to:        Wei Ling Tan

To add information, simply reply to this email and keep the reference below in the message.

Thank you,
SML IT Service Desk

Ref:MSG0392817""", headers=H1, auto="auto-generated", parent=None)
c.add(kel, [sd], "RE: Incident INC0048817 has been updated -- Cannot log in to SAP Concur via SSO", "2026-11-16 12:05 +0800", """Hi Wei Ling,

Noted with thanks. I will bring my laptop to the Level 12 counter tomorrow 9am, before our AP payment run.

Regards,
Kelvin Goh
Senior Executive, Accounts Payable | Finance
Straits Meridian Lines Pte. Ltd.
DID: +65 6221 4093""", client="outlook", lang="en-gb", html=True)
c.add(sd, [kel], "Incident INC0048817 has been resolved -- Cannot log in to SAP Concur via SSO", "2026-11-17 10:32 +0800", """Dear Kelvin Goh,

Incident INC0048817 has been resolved.

  Resolution code:    Solved (Permanently)
  Resolution notes:   Device certificate re-enrolled at IT counter L12. User confirmed SSO login to Concur working.

If you feel the issue is not resolved, reply to this email within 3 days and the incident will be reopened. Otherwise it will be closed automatically.

We would appreciate if you could take 1 minute to rate our service: https://smlit.service-now.com/survey?id=INC0048817

Thank you,
SML IT Service Desk

Ref:MSG0392817""", headers=H1, auto="auto-generated", parent=None)
c.finish("2026-11-18T09:00:00+08:00", [
 dict(owner=kel.addr, due="2026-11-17", keywords=["laptop", "level 12", "counter"], note="Owner's own commitment 'I will bring my laptop to the Level 12 counter tomorrow 9am' (Mon 16 Nov) - due 17 Nov. Ticket template lines ('will respond within 4 business hours', 'will be closed automatically') and the identity team's plan ('will push ... next Tuesday', not a participant) are not agreements."),
])
