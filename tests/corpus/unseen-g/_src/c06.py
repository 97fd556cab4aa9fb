from build import *
c = Conv("06-museum-loan-actions-table", "claire.fontaine@musee-vernet-delorme.fr", "musee-vernet-delorme.fr")
cla = P("Claire Fontaine", "claire.fontaine@musee-vernet-delorme.fr")
jul = P("Julien Roux", "julien.roux@musee-vernet-delorme.fr")
sop = P("Sophie Marchal", "sophie.marchal@musee-vernet-delorme.fr")
met = P("Mette Kjærgaard", "mk@kunstmuseum-oresund.dk")
luc = P("Luca Bertin", "l.bertin@artrans-logistique.fr")
and_ = P("Anders Holm", "anders.holm@kunstmuseum-oresund.dk")
SIG = """Bien cordialement / Kind regards,

Claire Fontaine
Chargée d'expositions | Exhibitions Coordinator
Musée Vernet-Delorme
12, quai Saint-Antoine – 69002 Lyon
+33 (0)4 72 10 38 64"""
table = [["#", "Action", "Owner", "Deadline"],
 ["1", "Send updated facility report + humidity/temperature logs Salle 4 (Sept–Oct)", "Julien Roux", "20/11/2026"],
 ["2", "Confirm courier name and travel dates for the 3 paintings", "Mette Kjærgaard", "18/11/2026"],
 ["3", "Send crate dimensions and quote for climate-controlled truck Copenhagen–Lyon", "Luca Bertin (Artrans)", "19/11/2026"],
 ["4", "Send credit lines and image rights text for the press kit", "Mette Kjærgaard", "25/11/2026"],
 ["5", "Press kit draft with images to lender for validation", "Sophie Marchal", "27/11/2026"],
 ["6", "Book hotel for the courier (2 nights, near the museum)", "Claire Fontaine", "20/11/2026"]]
c.add(cla, [met, luc, jul, sop], "Loan Hammershøi – action points call 12/11", "2026-11-12 17:40 +0100", f"""Dear all,

Thank you for the call this afternoon. Please find below the action points as we discussed for the loan of the three Hammershøi paintings for the exhibition « Intérieurs du Nord » (opening 5 February 2027).

{{{{TABLE}}}}

If anything is not correct, please flag it by Monday 16/11.

{SIG}""", html=True, table=table, lang="fr", parent=None)
c.add(luc, [cla], "RE: Loan Hammershøi – action points call 12/11", "2026-11-13 09:25 +0100", """Bonjour Claire,

All good for us. Only one correction: for the quote we need the final crate sizes from Mette's team first, so the realistic date for point 3 is 24/11 and not 19/11. Sorry for that.

Bonne journée,
Luca

Luca Bertin
Chef de projet Beaux-Arts | Fine Art Project Manager
ARTRANS Logistique – Lyon Saint-Exupéry
Tél. +33 (0)4 78 40 11 92

Les informations contenues dans ce message sont confidentielles. ARTRANS Logistique décline toute responsabilité en cas d'altération du message.""", cc=[met, jul, sop], html=True, lang="fr")
c.add(met, [cla], "SV: Loan Hammershøi – action points call 12/11", "2026-11-16 10:12 +0100", """Hi Claire,

Thank you for the good summary.

Point 2: the courier will be me. I will confirm the travel dates by Wednesday as planned, I only need to check with our conservator.

Point 4: I am afraid I am not the right person for the credit lines, this is handled by our Rights & Reproductions department. Please write to Anders Holm (anders.holm@kunstmuseum-oresund.dk), he can help you with the text and the image rights.

Best wishes,
Mette

Mette Kjærgaard
Registrar | Collections & Loans
Kunstmuseum Øresund
Strandgade 41, DK-1401 København K""", cc=[luc, jul, sop], client="owa", lang="no", html=True, parent=0)
c.add(cla, [and_], "Hammershøi loan – credit lines and image rights for press kit", "2026-11-17 09:05 +0100", f"""Dear Mr Holm,

Mette Kjærgaard kindly referred me to you. We are preparing the press kit for our exhibition « Intérieurs du Nord » (Musée Vernet-Delorme, Lyon, opening 5 February 2027), which includes three paintings by Vilhelm Hammershøi lent by your museum.

Could you send us the credit lines and the image rights conditions for the three works by 25/11? Our communication team needs them to send the press kit to you for validation on 27/11.

Many thanks in advance,

{SIG}""", cc=[met], html=True, lang="fr", request=True, parent=None)
c.add(and_, [cla], "SV: Hammershøi loan – credit lines and image rights for press kit", "2026-11-17 13:48 +0100", """Dear Claire,

Yes of course. You will have the credit lines and the rights conditions by 25 November at the latest.

Kind regards,
Anders Holm
Rights & Reproductions
Kunstmuseum Øresund""", cc=[met], client="owa", lang="no", html=True)
c.finish("2026-11-18T09:00:00+01:00", [
 dict(owner=jul.addr, due="2026-11-20", keywords=["facility report", "humidity", "logs"], note="Table row 1 in the owner's action list (Julien Roux, 20/11/2026); not contested."),
 dict(owner=met.addr, due="2026-11-18", keywords=["courier", "travel dates"], note="Row 2, restated by Mette: 'I will confirm the travel dates by Wednesday as planned' (Mon 16/11 -> Wed 18/11)."),
 dict(owner=luc.addr, due="2026-11-24", keywords=["quote", "crate", "truck"], note="Row 3 said 19/11; Luca moved it: 'the realistic date for point 3 is 24/11 and not 19/11' - date stated last wins."),
 dict(owner=sop.addr, due="2026-11-27", keywords=["press kit"], note="Row 5 (Sophie Marchal, 27/11/2026); not contested."),
 dict(owner=cla.addr, due="2026-11-20", keywords=["hotel"], note="Row 6, owner's own action (book hotel for the courier, 20/11/2026)."),
 dict(owner=and_.addr, due="2026-11-25", keywords=["credit line", "image rights", "rights"], note="Row 4 was Mette's, but she declined and referred to Anders ('I am not the right person ... Please write to Anders Holm'), so Mette's row 4 is not an agreement; Anders: 'You will have the credit lines and the rights conditions by 25 November at the latest.'"),
])
