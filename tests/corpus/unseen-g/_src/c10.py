from build import *
c = Conv("10-garment-labdips-iphone", "hoang.tran@saigonstitch.vn", "saigonstitch.vn")
hoa = P("Tran Minh Hoang", "hoang.tran@saigonstitch.vn")
lin = P("Pham Thuy Linh", "linh.pham@saigonstitch.vn")
eli = P("Elin Sandberg", "elin.sandberg@norrvikoutdoor.se")
jon = P("Jonas Lindqvist", "jonas.lindqvist@norrvikoutdoor.se")
SE = """Best regards,
Elin Sandberg
Production Developer – Outerwear
Norrvik Outdoor AB | Hornsgatan 103, 117 28 Stockholm
+46 8 559 216 40"""
c.add(eli, [hoa], "NV-2214 Fjällrav shell jacket AW27 – lab dips / costing / PP", "2026-11-16 09:15 +0100", f"""Hi Hoang,

For style NV-2214 Fjällrav shell jacket (AW27) we need the following from you:

1) Lab dips for the 3 colours (Moss, Slate, Rust) on the recycled nylon – by Fri 20/11
2) Updated costing with the Toray recycled nylon instead of the virgin one
3) Confirmation of the PP sample date

Could you please come back to me on these?

{SE}""", cc=[jon], html=True, lang="sv", parent=None)
c.add(hoa, [eli], "Re: NV-2214 Fjällrav shell jacket AW27 – lab dips / costing / PP", "2026-11-16 16:40 +0700", """Hi Elin,

Noted. Lab dips we can send Friday by DHL. Costing I will send you Wednesday. PP sample date I check with production team and revert.

Hoang

Sent from my iPhone""", cc=[jon], client="apple", lang="en-gb")
c.add(hoa, [eli], "Re: NV-2214 Fjällrav shell jacket AW27 – lab dips / costing / PP", "2026-11-18 19:20 +0700", """Hi Elin,

Sorry, scratch what I said about Friday for the lab dips - the dye house in Binh Duong is shut for environmental inspection until 23/11. Linh will send them next Thursday 26/11 instead.

Costing attached, FOB HCMC USD 24.60 with Toray nylon (was 23.10).

PP sample: 15/12.

Hoang

Sent from my iPhone""", cc=[lin, jon], client="apple", lang="en-gb")
c.add(lin, [eli], "RE: NV-2214 Fjällrav shell jacket AW27 – lab dips / costing / PP", "2026-11-19 08:05 +0700", """Dear Elin,

Well noted. I will courier the lab dips on 26/11 and send you the AWB number the same day.

Best regards,
Pham Thuy Linh (Ms.)
Merchandiser – Lab & Sampling
Saigon Stitch Garment JSC
Lot C7, Tan Binh Industrial Park, Ho Chi Minh City
Tel: +84 28 3815 6620 ext. 214""", cc=[hoa, jon], html=True, lang="en-gb")
c.add(eli, [lin, hoa], "Re: NV-2214 Fjällrav shell jacket AW27 – lab dips / costing / PP", "2026-11-19 09:30 +0100", """OK thanks both. 26/11 is the latest we can accept, otherwise we miss the colour approval meeting on 1/12.

Jonas will send you the updated care label artwork by Monday.

/Elin

Skickat från min iPhone""", cc=[jon], client="apple", lang="en-gb")
c.add(jon, [eli], "SV: NV-2214 Fjällrav shell jacket AW27 – lab dips / costing / PP", "2026-11-19 10:02 +0100", """Yes, Monday.

Jonas Lindqvist
Quality & Compliance
Norrvik Outdoor AB""", cc=[lin, hoa], html=True, lang="sv")
c.finish("2026-11-20T09:00:00+07:00", [
 dict(owner=hoa.addr, due="2026-11-18", keywords=["costing"], note="Owner (the one asked): 'Costing I will send you Wednesday' (Mon 16 Nov -> Wed 18 Nov); delivered on 18 Nov."),
 dict(owner=lin.addr, due="2026-11-26", keywords=["lab dip", "lab dips"], note="Hoang's 'Lab dips we can send Friday' was withdrawn ('scratch what I said about Friday') and handed to Linh: 'Linh will send them next Thursday 26/11'; Linh: 'I will courier the lab dips on 26/11'. One agreement, owner Linh, 26 Nov. No agreement for Hoang's Friday."),
 dict(owner=jon.addr, due="2026-11-23", keywords=["care label", "artwork"], note="Elin: 'Jonas will send you the updated care label artwork by Monday' (Thu 19 Nov -> Mon 23 Nov); Jonas: 'Yes, Monday.'"),
 dict(owner=hoa.addr, due=None, keywords=["pp sample", "pp"], optional=True, note="'PP sample date I check with production team and revert' - undated commitment, answered two days later; readers may not list it."),
 dict(owner=hoa.addr, due="2026-12-15", keywords=["pp sample", "pp"], optional=True, note="'PP sample: 15/12.' - a date statement rather than an explicit promise; readers may differ."),
])
