from build import *
c = Conv("11-hotel-cost-per-cover-referral", "elif.yildiz@lykiaresorts.com.tr", "lykiaresorts.com.tr")
eli = P("Elif Yıldız", "elif.yildiz@lykiaresorts.com.tr")
mur = P("Murat Kaya", "murat.kaya@lykiaresorts.com.tr")
ser = P("Serkan Aydın", "serkan.aydin@lykiaresorts.com.tr")
hak = P("Hakan Öztürk", "hakan.ozturk@lykiaresorts.com.tr")
SIG = """Best regards / Saygılarımla,

Elif Yıldız
Corporate Revenue Manager
Lykia Resorts & Spa | Head Office – Levent, İstanbul
T: +90 212 318 44 70 | M: +90 532 411 08 95

Bu e-posta ve ekleri gizlidir. Bu e-posta size yanlışlıkla ulaştıysa lütfen göndericiye bildiriniz ve siliniz. Lykia Resorts, bu e-postanın içeriğinden doğabilecek zararlardan sorumlu tutulamaz."""
c.add(eli, [mur], "2027 AI pricing – F&B cost per cover & à la carte changes", "2026-11-09 10:00 +0300", f"""Dear Murat Bey,

We are finalising the 2027 all-inclusive rates for Belek and Kemer. For the pricing model I need two inputs from F&B:

1. F&B cost per cover (per guest night) by month, May–October 2026
2. The planned changes in the à la carte restaurants for 2027 (new concepts, closures, extra-charge items)

Could you share these by Tuesday 17 November? We present the 2027 rates to the tour operators (TUI, Jet2, Coral) on 24 November.

{SIG}""", html=True, lang="tr", request=True, parent=None)
c.add(mur, [eli], "YNT: 2027 AI pricing – F&B cost per cover & à la carte changes", "2026-11-10 11:30 +0300", """Elif Hanım merhaba,

For cost per cover I am not the right person, cost control is under Finance since this year. Please ask Serkan Bey (Cost Controller), he has all the numbers from the system.

For the à la carte changes I will send you the list of new concepts by end of next week. Our new Executive Chef joins on 1 December and he will also redesign the main buffet, but this will not affect the pricing I think.

Murat Kaya
F&B Director – Lykia Belek

Get Outlook for Android""", client="android", lang="tr")
c.add(eli, [ser], "2027 AI pricing – F&B cost per cover May–Oct 2026", "2026-11-10 14:00 +0300", f"""Serkan Bey merhaba,

Murat Bey referred me to you (see below). Could you share the F&B cost per cover (food + beverage, per guest night) by month for May–October 2026, for Belek and Kemer separately, by 17 November? We present the 2027 AI rates to the tour operators on 24 November.

Thank you in advance.

{SIG}""", cc=[mur], html=True, lang="tr", request=True)
c.add(ser, [eli], "Otomatik yanıt: 2027 AI pricing – F&B cost per cover May–Oct 2026", "2026-11-10 14:01 +0300", """Merhaba,

16.11.2026 tarihine kadar yıllık izindeyim, e-postalarıma sınırlı erişimim olacaktır. Acil konular için Gökhan Demir (gokhan.demir@lykiaresorts.com.tr) ile iletişime geçebilirsiniz.

I am on annual leave until 16.11.2026 with limited access to e-mail. For urgent matters please contact Gökhan Demir (gokhan.demir@lykiaresorts.com.tr).

Serkan Aydın""", auto="auto-replied", away_until="2026-11-16", quote=False, headers={"X-Auto-Response-Suppress": "All"})
c.add(ser, [eli], "YNT: 2027 AI pricing – F&B cost per cover May–Oct 2026", "2026-11-16 09:40 +0300", """Elif Hanım merhaba,

I am back today, sorry for the delay. I can prepare the cost per cover, but I need the final occupancy figures (guest nights) from Front Office, the ones in the system are not closed for October yet. If Hakan Bey sends them by Wednesday, you will have the cost per cover on Thursday 19.11.

Kolay gelsin,
Serkan Aydın
Cost Controller – Finance
Lykia Resorts & Spa""", cc=[mur], client="owa", lang="tr", html=True, parent=2)
c.add(eli, [hak], "YNT: 2027 AI pricing – F&B cost per cover May–Oct 2026", "2026-11-16 10:15 +0300", f"""Hakan Bey merhaba,

Please see Serkan Bey's mail below. Could you send him the final guest nights by month (May–October 2026, Belek and Kemer) by Wednesday 18.11?

{SIG}""", cc=[ser], html=True, lang="tr", request=True)
c.finish("2026-11-20T09:00:00+03:00", [
 dict(owner=mur.addr, due="2026-11-20", keywords=["à la carte", "a la carte", "concepts", "list"], note="Murat declines the cost per cover with a referral ('I am not the right person ... Please ask Serkan Bey') and commits: 'I will send you the list of new concepts by end of next week' (Tue 10 Nov -> Fri 20 Nov). The new chef 'will also redesign the main buffet' is a non-participant's plan."),
 dict(owner=ser.addr, due="2026-11-19", keywords=["cost per cover"], note="Conditional promise with a date: 'If Hakan Bey sends them by Wednesday, you will have the cost per cover on Thursday 19.11.' Not withdrawn."),
], expect_recipients={mur.addr: {"status": "replied", "nextStep": "none", "unansweredRequests": 0},
 ser.addr: {"status": "replied", "nextStep": "none", "unansweredRequests": 0},
 hak.addr: {"status": "waiting", "nextStep": "remind", "unansweredRequests": 1}})
