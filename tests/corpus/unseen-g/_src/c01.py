from build import *
c = Conv("01-salmon-wellboat", "per.arne.vik@nordfjordhavbruk.no", "nordfjordhavbruk.no")
per = P("Per Arne Vik", "per.arne.vik@nordfjordhavbruk.no")
ing = P("Ingrid Solberg", "ingrid.solberg@nordfjordhavbruk.no")
tor = P("Tor Helge Brekke", "tor.helge.brekke@nordfjordhavbruk.no")
mar = P("Marte Lunde", "marte.lunde@nordfjordhavbruk.no")
SIG_P = """Med vennlig hilsen / Best regards
Per Arne Vik
Logistikk og slakteplanlegging | Logistics & Harvest Planning
Nordfjord Havbruk AS
Mob: +47 917 44 208

Denne e-posten kan inneholde konfidensiell informasjon. Dersom du ikke er riktig mottaker, vennligst slett e-posten og gi beskjed til avsender. This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it; Nordfjord Havbruk AS will not be liable for any loss arising from its use."""
SIG_I = """Vennlig hilsen
Ingrid Solberg
Fiskehelsebiolog / Fish Health Biologist
Nordfjord Havbruk AS
Tlf: +47 478 12 903"""
c.add(per, [ing], "Lusetall uke 47 / booking brønnbåt Hestnes", "2026-11-17 08:40 +0100", f"""Hi Ingrid,

We must book the well boat (Ronja Fjord) for delousing at Hestnes before the slot goes to Lerøy. Can you send me the lice counts from week 47 and your recommendation (thermal or mechanical) until Thursday 19.11? The boat company needs our answer Friday before 12:00, otherwise we lose the slot and the next one is in week 50.

Tor is in copy since it is his site.

{SIG_P}""", cc=[tor], html=True, request=True, parent=None)
c.add(ing, [per], "SV: Lusetall uke 47 / booking brønnbåt Hestnes", "2026-11-17 10:15 +0100", f"""Hi Per Arne,

The counts from week 47 I will send you tomorrow, when Tor's team have finished counting at cage 4-8. Cage 1-3 we counted on Friday already and they were 0,31 adult female lice per fish, so not so bad.

Recommendation: thermal (Thermolicer) is ok from fish health side, but I will confirm it after I see the mortality numbers from last week. We had some gill issues in cage 6 in October so I want to be careful.

Tor – can you make sure the counting is done on Wednesday?

{SIG_I}""", cc=[tor], html=True, lang="no")
c.add(tor, [ing, per], "Re: SV: Lusetall uke 47 / booking brønnbåt Hestnes", "2026-11-17 11:02 +0100", """Ja, we count cage 4-8 wednesday morning, weather looks ok.

Tor

Get Outlook for Android""", client="android", lang="no")
c.add(ing, [per], "SV: Lusetall uke 47 / booking brønnbåt Hestnes", "2026-11-18 15:30 +0100", f"""Hi again,

Attached are the counts for all cages, week 47. Average is 0,38 adult female lice per fish, and cage 6 is highest with 0,46. Mortality last week was normal (0,04 %), so thermal is confirmed from my side.

I have asked Marte in the lab to prepare the fish welfare form for the treatment day, she will send it to you by Monday. Marte is in copy.

{SIG_I}""", cc=[tor, mar], html=True, lang="no")
c.add(per, [tor], "SV: Lusetall uke 47 / booking brønnbåt Hestnes", "2026-11-18 16:10 +0100", f"""Thank you Ingrid, very good.

I booked Ronja Fjord for 25.11, arrival at Hestnes 07:00. I will send the booking confirmation from the boat company to all of you when I get it.

Tor, please confirm that feeding stop from 23.11 in the evening is ok for you and the crew.

{SIG_P}""", cc=[ing, mar], html=True, lang="no", request=True)
c.finish("2026-11-19T08:30:00+01:00", [
 dict(owner=ing.addr, due="2026-11-18", keywords=["lice count", "counts", "week 47"], note="'The counts from week 47 I will send you tomorrow' (17.11) - Ingrid commits, delivered on 18.11 but still an agreement made."),
 dict(owner=ing.addr, due=None, keywords=["confirm", "thermal", "recommendation", "treatment"], note="'I will confirm it after I see the mortality numbers' - commitment tied to an undated event, so due null."),
 dict(owner=tor.addr, due="2026-11-18", keywords=["count", "cage"], note="Tor (Cc, Android one-liner): 'Ja, we count cage 4-8 wednesday morning' in answer to Ingrid's ask - Wednesday 18.11."),
 dict(owner=mar.addr, due="2026-11-23", keywords=["welfare form", "fish welfare", "form"], note="Delegation: 'I have asked Marte in the lab to prepare the fish welfare form ..., she will send it to you by Monday' - Marte is copied; Monday 23.11.", optional=False),
 dict(owner=per.addr, due=None, keywords=["booking confirmation", "confirmation"], note="Owner's own promise 'I will send the booking confirmation ... when I get it' - event without a date, due null. 'I booked Ronja Fjord' is a past report, not an agreement."),
])
