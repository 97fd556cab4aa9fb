from build import *
c = Conv("09-coffee-coop-pss-approval", "juliana.ferreira@coopserraalta.com.br", "coopserraalta.com.br")
jul = P("Juliana Ferreira", "juliana.ferreira@coopserraalta.com.br")
rod = P("Rodrigo Almeida", "rodrigo.almeida@coopserraalta.com.br")
kat = P("Katrin Vogel", "k.vogel@roestwerk-hamburg.de")
SJ = """Best regards / Atenciosamente,

Juliana Ferreira
Exportação | Export Department
Cooperativa Serra Alta – Sul de Minas
+55 35 3221-4870 | WhatsApp +55 35 99812-0443"""
SK = """Best regards
Katrin Vogel
Green Coffee Quality & Purchasing
Röstwerk Hamburg GmbH | Am Sandtorkai 52 | 20457 Hamburg
Tel. +49 40 3289 117-24

Röstwerk Hamburg GmbH, Sitz Hamburg, Amtsgericht Hamburg HRB 118842, Geschäftsführer: Jens Lüdemann"""
c.add(jul, [kat], "PSS lot 2026/114 - 2 x 20' FCL Sul de Minas NY2 17/18 - Santos", "2026-11-16 10:30 -0300", f"""Hello Katrin, how are you?

The pre-shipment samples of the lot 2026/114 (2 x 20' FCL, NY2 17/18, fine cup) were sent by DHL last Friday, tracking 48 2231 9910.

Could you please do the cupping and send us your approval until Wednesday 25/11? The booking with MSC is for the vessel closing on 02/12 at Santos, so we need some days for the stuffing and the documents.

Rodrigo from our finance is in copy.

{SJ}""", cc=[rod], client="gmail", lang="pt", html=True, request=True, parent=None)
c.add(kat, [jul], "AW: PSS lot 2026/114 - 2 x 20' FCL Sul de Minas NY2 17/18 - Santos", "2026-11-17 14:12 +0100", f"""Dear Juliana,

Thank you, the samples arrived this morning.

Our cupping sessions are on Thursdays, so we will cup them this Thursday and you'll have our approval or comments by Friday 20.11.

{SK}""", cc=[rod], html=True, lang="de")
c.add(rod, [kat, jul], "Re: PSS lot 2026/114 - 2 x 20' FCL Sul de Minas NY2 17/18 - Santos", "2026-11-17 11:05 -0300", """Hi Katrin, Juliana,

Just to inform, for this lot we need the contract addendum with the price fixation of 12/11 signed by your side. Katrin, can you send it signed to us please? I will send you the commercial invoice as soon as we receive the signed addendum.

Att,
Rodrigo Almeida
Financeiro / Finance – Câmbio e Cobrança
Cooperativa Serra Alta""", client="gmail", lang="pt", html=True)
c.add(kat, [rod], "AW: PSS lot 2026/114 - 2 x 20' FCL Sul de Minas NY2 17/18 - Santos", "2026-11-18 09:40 +0100", f"""Hello Rodrigo,

The addendum is with our managing director for signature, I will send it to you tomorrow.

{SK}""", cc=[jul], html=True, lang="de")
c.add(kat, [jul], "AW: PSS lot 2026/114 - 2 x 20' FCL Sul de Minas NY2 17/18 - Santos", "2026-11-20 16:30 +0100", f"""Dear Juliana, dear Rodrigo,

Good news: cupping went well, 84,25 average, clean and sweet. The lot is approved for shipment.

Regarding the addendum, sorry, our MD is travelling this week. You will get it signed on Monday 23.11.

{SK}""", cc=[rod], html=True, lang="de")
c.add(jul, [rod], "Re: PSS lot 2026/114 - 2 x 20' FCL Sul de Minas NY2 17/18 - Santos", "2026-11-20 13:05 -0300", f"""Perfeito, obrigada Katrin!!

Rodrigo, can you prepare the ACC paperwork with Banco do Brasil so we can close it on Monday when the addendum arrives?

{SJ}""", cc=[kat], client="gmail", lang="pt", html=True, request=True)
c.add(rod, [jul], "Re: PSS lot 2026/114 - 2 x 20' FCL Sul de Minas NY2 17/18 - Santos", "2026-11-20 13:50 -0300", """Pode deixar, Ju. Monday morning it will be ready.

Att,
Rodrigo""", cc=[kat], client="gmail", lang="pt", html=True)
c.finish("2026-11-21T10:00:00-03:00", [
 dict(owner=kat.addr, due="2026-11-20", keywords=["approval", "cupping", "comments"], note="'you'll have our approval or comments by Friday 20.11' (German sender, day-first). Delivered on 20.11."),
 dict(owner=kat.addr, due="2026-11-23", keywords=["addendum"], note="'I will send it to you tomorrow' (18.11 -> 19.11), moved: 'You will get it signed on Monday 23.11.' - date stated last wins."),
 dict(owner=rod.addr, due="2026-11-23", keywords=["acc", "paperwork", "banco do brasil"], note="Juliana: 'can you prepare the ACC paperwork ... on Monday'; Rodrigo: 'Pode deixar, Ju. Monday morning it will be ready.' (Fri 20 Nov -> Mon 23 Nov)."),
 dict(owner=rod.addr, due=None, keywords=["commercial invoice", "invoice"], optional=True, note="'I will send you the commercial invoice as soon as we receive the signed addendum' - conditional on an event; null, though the addendum is later dated 23.11, so readers may differ."),
])
