from build import *
c = Conv("13-terminal-ics2-notes", "jan.degraaf@maasvlakteterminals.nl", "maasvlakteterminals.nl")
jan = P("Jan de Graaf", "jan.degraaf@maasvlakteterminals.nl", "Jan de Graaf/RTM/MVT@MVT")
est = P("Esther Bakker", "esther.bakker@maasvlakteterminals.nl", "Esther Bakker/RTM/MVT@MVT")
ruu = P("Ruud Verhoeven", "ruud.verhoeven@maasvlakteterminals.nl", "Ruud Verhoeven/RTM/MVT@MVT")
mar = P("Marloes Dekker", "marloes.dekker@maasvlakteterminals.nl", "Marloes Dekker/RTM/MVT@MVT")
XM = {"X-Mailer": "IBM Notes Release 9.0.1FP10 SHF383 February 19, 2018", "X-MIMETrack": "Serialize by Router on MVTSMTP01/MVT(Release 9.0.1FP10|February 19, 2018)"}
SJ = """Met vriendelijke groet / Kind regards,

Jan de Graaf
Customs & Compliance
Maasvlakte Terminals Rotterdam B.V.
Europaweg 875, 3199 LD Maasvlakte-Rotterdam
T +31 10 252 6610"""
DISC = """
Disclaimer: The information contained in this communication is confidential and may be legally privileged. It is intended solely for the use of the individual or entity to whom it is addressed. Maasvlakte Terminals Rotterdam B.V. shall not be liable for the proper and complete transmission of the information contained in this communication nor for any delay in its receipt. All services are rendered under our General Terms and Conditions, which will be sent to you upon request."""
c.add(jan, [est, ruu], "ICS2 release 3 - new Portbase message version, go-live 3-12", "2026-11-16 08:55 +0100", f"""Hi Esther, Ruud,

Portbase announced the new message version (COPRAR/IFTSTA v2.4) for ICS2 release 3. Go-live for all terminals is Thursday 3 December. We must test our TOS interface before that, otherwise the export containers from the deepsea lines can not be released on 3-12.

Esther: can you plan the test of the TOS interface in the acceptance environment and give me a date?
Ruud: the new Portbase endpoint needs a firewall rule. Can you arrange that before 25-11?

Please let me know before Wednesday, then I can inform Douane.

{SJ}
{DISC}""", cc=[mar], client="notes", headers=XM, request=True, parent=None)
c.add(ruu, [jan], "Re: ICS2 release 3 - new Portbase message version, go-live 3-12", "2026-11-16 11:20 +0100", f"""Jan,

Firewall change is submitted for the CAB of Thursday 19-11, so it will be live on Friday 20-11.

Groet,
Ruud

Ruud Verhoeven
IT Infrastructure & Network
Maasvlakte Terminals Rotterdam B.V.
{DISC}""", cc=[est, mar], client="notes", headers=XM)
c.add(est, [jan], "Re: ICS2 release 3 - new Portbase message version, go-live 3-12", "2026-11-17 14:05 +0100", f"""Hoi Jan,

We will do the test in ACC on Thursday 26-11. I arrange the test scripts with Portbase myself, before Monday 23-11, they have a template.

If the tests are ok we deploy to production on 1-12 in the evening release window. I am not there on 1-12, Bas from my team does the deployment.

Groetjes,
Esther

Esther Bakker
Application Manager TOS
Maasvlakte Terminals Rotterdam B.V.
{DISC}""", cc=[ruu, mar], client="notes", headers=XM, parent=0)
c.add(jan, [est, ruu], "Re: ICS2 release 3 - new Portbase message version, go-live 3-12", "2026-11-17 15:10 +0100", f"""Thanks both. To be sure we have the same picture:

1. Ruud - firewall rule for the Portbase endpoint live on 20-11
2. Esther - test scripts with Portbase ready by 23-11, test in ACC on 26-11
3. Customs (me) - inform Douane and our top 10 shipping lines about the go-live by 24-11

Shout if I have something wrong.

{SJ}
{DISC}""", cc=[mar], client="notes", headers=XM)
c.add(mar, [jan], "Re: ICS2 release 3 - new Portbase message version, go-live 3-12", "2026-11-18 08:40 +0100", f"""Jan,

I take the mail to the shipping lines, you do Douane. I send it tomorrow, I have the contacts list anyway from the ENS project.

Marloes

Marloes Dekker
Teamleider Customs & Compliance
Maasvlakte Terminals Rotterdam B.V.""", client="notes", headers=XM)
c.finish("2026-11-19T09:00:00+01:00", [
 dict(owner=ruu.addr, due="2026-11-20", keywords=["firewall"], note="'Firewall change is submitted for the CAB of Thursday 19-11, so it will be live on Friday 20-11.' (Dutch day-month); confirmed in Jan's recap."),
 dict(owner=est.addr, due="2026-11-23", keywords=["test scripts", "scripts"], note="'I arrange the test scripts with Portbase myself, before Monday 23-11'; recap: 'ready by 23-11'."),
 dict(owner=est.addr, due="2026-11-26", keywords=["test", "acc", "acceptance"], note="'We will do the test in ACC on Thursday 26-11.' The production deploy on 1-12 is conditional and done by Bas (not a participant): not an agreement."),
 dict(owner=jan.addr, due="2026-11-24", keywords=["douane", "inform"], note="Owner's recap item 3 'inform Douane and our top 10 shipping lines ... by 24-11'; Marloes then takes the shipping-lines part ('you do Douane'), so Jan keeps informing Douane by 24-11."),
 dict(owner=mar.addr, due="2026-11-19", keywords=["shipping lines", "mail"], note="Marloes (Cc) takes over part of the owner's item: 'I take the mail to the shipping lines ... I send it tomorrow' (Wed 18-11 -> Thu 19-11)."),
], expect_recipients={est.addr: {"status": "replied", "nextStep": "none", "unansweredRequests": 0},
 ruu.addr: {"status": "replied", "nextStep": "none", "unansweredRequests": 0}})
