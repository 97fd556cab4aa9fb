from build import *
c = Conv("12-library-ebook-tender-ooo", "aoife.brennan@pyhajoensuu.fi", "pyhajoensuu.fi")
ao = P("Aoife Brennan", "aoife.brennan@pyhajoensuu.fi")
juk = P("Mäkelä Jukka", "jukka.makela@pyhajoensuu.fi")
san = P("Virtanen Sanna", "sanna.virtanen@pyhajoensuu.fi")
SIG = """Best regards,
Aoife Brennan
E-resources Coordinator | E-aineistokoordinaattori
Pyhäjoensuu City Library / Pyhäjoensuun kaupunginkirjasto
Kirjastokatu 4, 45100 Pyhäjoensuu
+358 44 718 2290"""
c.add(ao, [juk, san], "E-book & e-audiobook platform tender 2027 – draft specification", "2026-11-02 09:10 +0200", f"""Hi Jukka and Sanna,

Attached is the draft tender specification for the new e-book and e-audiobook lending platform (current contract ends 31.3.2027).

Jukka – could you review it from the procurement side and let me know when we could realistically publish the notice in Hilma?

Sanna – could you add the ICT requirements for login (SSO with our library card system and Suomi.fi identification) to section 4 by 13.11.?

Thanks a lot!

{SIG}""", html=True, lang="en-gb", request=True, parent=None)
c.add(juk, [ao], "Automaattinen vastaus: E-book & e-audiobook platform tender 2027 – draft specification", "2026-11-02 09:11 +0200", """Olen lomalla 2.11.–6.11.2026 ja palaan töihin maanantaina 9.11.2026. Sähköpostejani ei lueta poissaoloni aikana. Kiireellisissä hankinta-asioissa ota yhteyttä hankintapalvelut@pyhajoensuu.fi.

I am on holiday 2–6 November 2026 and will be back on Monday 9 November 2026. My e-mails are not read during my absence. For urgent procurement matters please contact hankintapalvelut@pyhajoensuu.fi.

Jukka Mäkelä
Hankinta-asiantuntija / Procurement Specialist""", auto="auto-replied", away_until="2026-11-09", quote=False, headers={"X-Auto-Response-Suppress": "All"})
c.add(san, [ao], "VS: E-book & e-audiobook platform tender 2027 – draft specification", "2026-11-03 13:25 +0200", """Hi Aoife,

Sure, I'll add the SSO requirements to section 4 by Friday 13.11.

Just note that we can only commit to the Suomi.fi integration once the ICT steering group approves next year's budget on 8 December. I will confirm then whether it can be a mandatory requirement or only optional.

BR,
Sanna

Sanna Virtanen
ICT-palvelut / ICT Services
Pyhäjoensuun kaupunki""", cc=[juk], client="owa", lang="fi", html=True, parent=0)
c.add(ao, [juk], "RE: E-book & e-audiobook platform tender 2027 – draft specification", "2026-11-10 08:50 +0200", f"""Hi Jukka,

Welcome back, hope you had a good holiday! Just bumping this up - could you let me know when we could publish the tender in Hilma? If we want the new platform live by 1.4.2027 I think we would need to publish before Christmas.

{SIG}""", html=True, lang="en-gb", request=True, parent=0)
c.add(san, [ao], "VS: E-book & e-audiobook platform tender 2027 – draft specification", "2026-11-13 15:02 +0200", """Section 4 is done, see the tracked changes in the Teams file.

Sanna""", cc=[juk], client="owa", lang="fi", html=True, parent=2)
c.add(ao, [san], "RE: E-book & e-audiobook platform tender 2027 – draft specification", "2026-11-13 15:20 +0200", """Kiitos Sanna, looks great!

Aoife""", html=True, lang="en-gb")
c.finish("2026-11-18T10:00:00+02:00", [
 dict(owner=san.addr, due="2026-11-13", keywords=["sso", "section 4", "requirements"], note="'Sure, I'll add the SSO requirements to section 4 by Friday 13.11.' (Finnish day-first); delivered 13.11."),
 dict(owner=san.addr, due="2026-12-08", keywords=["suomi.fi", "confirm", "mandatory"], note="'I will confirm then' - tied to an event the thread dates ('once the ICT steering group approves next year's budget on 8 December'), so due 2026-12-08 per the contract."),
], expect_recipients={juk.addr: {"status": "waiting", "nextStep": "call", "unansweredRequests": 2},
 san.addr: {"status": "replied", "nextStep": "none", "unansweredRequests": 0}})
