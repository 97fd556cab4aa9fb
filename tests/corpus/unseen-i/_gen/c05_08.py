from lib import *

# ---------------- 05 US regional hospital revenue cycle <-> ortho clinic manager (Teams recap pasted)
c = Conv("05-hospital-denials-teams-recap")
DK = ("Dana Kowalski", "dana.kowalski@prairieviewhealth.org")
TG = ("Tasha Greene", "tasha.greene@prairieviewhealth.org")
MR = ("Marcus Reed", "marcus.reed@prairieviewhealth.org")
LO = ("Linda Ochoa", "linda.ochoa@prairieviewhealth.org")
DK_SIG = """Dana Kowalski, CRCR
Revenue Integrity Analyst – Denials Management
Prairie View Regional Medical Center | Patient Financial Services
Office: (308) 555-0164 | Teams preferred

CONFIDENTIALITY NOTICE: This message may contain protected health information (PHI) that is privileged and confidential under HIPAA. If you are not the intended recipient, you will be held responsible for any further use or disclosure; please notify the sender and delete all copies."""
c.add(DK, [TG], "Ortho CO-197 denials - recap + next steps", "2026-11-17 15:05 -0600", """Hi Tasha and Marcus,

Thanks for jumping on the call on short notice. Pasting the Teams recap below so we're all working off the same list.

Meeting recap
Ortho denials huddle - CO-197 / prior auth
Tuesday, November 17, 2026 | 2:00 PM - 2:30 PM
Attendees: Dana Kowalski, Tasha Greene, Marcus Reed

Notes
- Ortho clinic CO-197 (precert/authorization absent) denials went from 11 in September to 38 in October, mostly MRI and outpatient PT referrals ordered at checkout.
- Front desk is scheduling imaging before the auth comes back from UHC and Medica.
- Roughly $61K in open AR tied to these; about half still inside the appeal window.

Follow-up tasks
- Marcus Reed will pull the list of open October CO-197 denials with payer and CPT and send it to Tasha (by Friday)
- Tasha Greene will retrain front desk staff on the auth-hold workflow before scheduling imaging (by Dec 4)
- Dana Kowalski will set up an Epic work queue for ortho referrals missing auth (by Nov 25)
- Tasha Greene will check whether the clinic can get read access to the UHC and Medica payer portals

AI-generated content may be incorrect. Review for accuracy.

Tasha - one more thing for the work queue: can you send me the names of the front desk staff who'll need access to it?

Thanks!
Dana

""" + DK_SIG, "outlook", cc=[MR, LO])
c.add(TG, [DK], "Re: Ortho CO-197 denials - recap + next steps", "2026-11-17 18:22 -0600", """Thanks Dana. One correction - I cant get the front desk retrained by the 4th, half my team is out that week for the holidays. Can we make it the 11th?

I'll send you the names tomorrow. Portal access I already asked our UHC rep about, waiting to hear back.

Tasha

Sent from my iPhone""", "iphone", cc=[MR, LO])
c.add(MR, [DK, TG], "RE: Ortho CO-197 denials - recap + next steps", "2026-11-18 09:10 -0600", """Dana/Tasha -

Friday is tight with month-end close. You'll have the October list by Monday (11/23) noon instead. I'll add the Medica ones from the 835s too.

Marcus Reed
Supervisor, Prior Authorization & Pre-Service
Prairie View Regional Medical Center
(308) 555-0127""", "outlook", cc=[LO])
c.add(DK, [TG], "RE: Ortho CO-197 denials - recap + next steps", "2026-11-18 10:02 -0600", """Works for me, Marcus, thanks.

Tasha - Dec 11 is fine for the retraining. Could you still send me those names when you get a sec? I want to get the queue built before the holiday.

Dana

""" + DK_SIG, "outlook", cc=[MR, LO])
c.expected(DK[1], "2026-11-23T08:00:00-06:00", [
    (MR[1], "2026-11-23", ["denial", "co-197", "list"], "Recap task 'by Friday' (11/20), moved by Marcus: 'You'll have the October list by Monday (11/23) noon instead.' Date stated last wins."),
    (TG[1], "2026-12-11", ["retrain", "training", "front desk"], "Recap said Dec 4; Tasha: 'Can we make it the 11th?' and Dana agrees 'Dec 11 is fine for the retraining.'"),
    (DK[1], "2026-11-25", ["work queue", "epic", "queue"], "Recap task owned by the mailbox owner: 'Dana Kowalski will set up an Epic work queue ... (by Nov 25)'."),
    (TG[1], None, ["portal", "payer portal", "read access"], "Recap task with no date: 'Tasha Greene will check whether the clinic can get read access to the ... payer portals'; Tasha reports she has asked, not withdrawn."),
    (TG[1], "2026-11-18", ["names", "staff", "access"], "'I'll send you the names tomorrow.' (sent Tue 17 Nov CST -> Wed 18 Nov)."),
], {TG[1]: ("replied", "remind", 1)})

# ---------------- 06 Dutch customs desk <-> Turkish shipper (non-native English, Dutch Outlook headers)
c = Conv("06-customs-desk-atr-referral")
SV = ("Sanne de Vries", "sanne.devries@vandijklogistics.nl")
EY = ("Emre Yıldız", "emre.yildiz@egetekstil.com.tr")
KD = ("Kaan Demir", "kaan.demir@anatoliaforwarding.com")
SV_SIG = """Met vriendelijke groet / With kind regards,

Sanne de Vries
Customs Desk | Douane-afdeling
Van Dijk Logistics B.V.
Waalhaven Z.z. 45, 3089 JH Rotterdam
T +31 10 428 6650 | douane@vandijklogistics.nl

Op al onze diensten zijn de Nederlandse Expeditievoorwaarden (FENEX) van toepassing, laatste versie. All our services are performed under the Dutch Forwarding Conditions (FENEX), latest version, which will be sent free of charge on request."""
c.add(SV, [EY], "Import declaration MSKU7741203 / B/L MAEU261184772 - invoice not correct", "2026-11-24 10:12 +0100", """Dear Mr. Yıldız,

For container MSKU 774120-3 (B/L MAEU261184772, ETA Maasvlakte thursday 26/11) we make the import declaration for your customer Hotelbedden Nederland B.V.

In the commercial invoice nr. 2026-1187 the HS codes are missing and the gross weight (18.420 kg) is not the same as on the packing list (18.240 kg). Please can you send us a corrected invoice with HS code per line? Without this we cannot make the declaration.

Also we need the original A.TR movement certificate, otherwise the customer must pay the full duty of 12% on the towels.

""" + SV_SIG, "outlook", locale="nl")
c.add(EY, [SV], "Re: Import declaration MSKU7741203 / B/L MAEU261184772 - invoice not correct", "2026-11-24 14:30 +0300", """Dear Sanne Hanım,

Thank you for your mail. Sorry for the mistake, packing list is correct, 18.240 kg.
I will send corrected invoice with HS codes tomorrow morning our time.

About A.TR, this is not in our department, our forwarder Mr. Kaan Demir is handling all documents, please ask to him directly (kaan.demir@anatoliaforwarding.com).

Best regards,
Emre Yıldız
Export Department
Ege Tekstil San. ve Tic. A.Ş.
Kemalpaşa OSB, İzmir / TÜRKİYE""", "gmail", locale="tr")
c.add(SV, [KD], "FW: Import declaration MSKU7741203 / B/L MAEU261184772 - A.TR needed", "2026-11-24 15:05 +0100", """Dear Mr. Demir,

Mr. Yıldız of Ege Tekstil gave me your name, see below. For this container we need the original A.TR certificate. Can you please send a scan to us in advance and the original by courier to our office (address below)? The container will be discharged on thursday.

""" + SV_SIG, "outlook", cc=[EY], locale="nl")
c.add(EY, [SV], "Re: Import declaration MSKU7741203 / B/L MAEU261184772 - invoice not correct", "2026-11-25 09:05 +0300", """Dear Sanne,

Corrected invoice is attached (INV-2026-1187 rev.1), with GTIP/HS code per line.

Best regards,
Emre Yıldız
Export Department
Ege Tekstil San. ve Tic. A.Ş.""", "gmail", parent=0, locale="tr")
c.add(SV, [EY], "RE: Import declaration MSKU7741203 / B/L MAEU261184772 - invoice not correct", "2026-11-25 09:40 +0100", """Dear Emre,

Thank you, received and it is OK now. We will lodge the declaration as soon as the A.TR scan from Mr. Demir is here.

""" + SV_SIG, "outlook", cc=[KD], locale="nl")
c.expected(SV[1], "2026-11-27T10:00:00+01:00", [
    (EY[1], "2026-11-25", ["invoice", "hs code"], "'I will send corrected invoice with HS codes tomorrow morning our time.' (Tue 24 Nov Izmir -> Wed 25 Nov); delivered next message, not withdrawn. His A.TR answer is a decline with referral to Kaan, not an agreement."),
    (SV[1], None, ["declaration", "lodge"], "'We will lodge the declaration as soon as the A.TR scan from Mr. Demir is here.' Conditional on an event the thread does not date -> due null."),
], {EY[1]: ("replied", "none", 0), KD[1]: ("waiting", "remind", 1)})

# ---------------- 07 Brazilian bank compliance announcement (decoy) + branch reply
c = Conv("07-bank-compliance-announcement")
FA = ("Fernanda Albuquerque", "fernanda.albuquerque@bancoitaguara.com.br")
GE = ("Gareth Ebanks", "gareth.ebanks@bancoitaguara.ky")
RM = ("Rafael Moura", "rafael.moura@bancoitaguara.com.br")
LIST = ("Gestores - Áreas de Negócio e Agências no Exterior", "gestores.negocios@bancoitaguara.com.br")
DISC = """Esta mensagem é confidencial e destinada exclusivamente ao(s) destinatário(s). Se você a recebeu por engano, por favor informe o remetente e apague-a. O Banco Itaguara S.A. não se responsabiliza por opiniões pessoais expressas nesta mensagem.
This message is confidential and intended only for the addressee(s). If you received it by mistake, please inform the sender and delete it. Banco Itaguara S.A. will not be responsible for personal opinions expressed in this message and will take all measures required by Law 9.613/98."""
c.add(FA, [LIST], "[Comunicado Compliance] Updated AML/CFT Policy (POL-PLD-004 v7) - effective 01/12/2026", "2026-11-23 09:30 -0300", """Dear all,

We inform that the Board of Directors approved on 19/11/2026 the new version of the Anti-Money Laundering and Counter-Terrorism Financing Policy (POL-PLD-004 v7), in line with BCB Resolution 119/2021 and Circular 3.978/2020.

Main changes:
1. Enhanced due diligence now applies to all PEP relatives up to 2nd degree;
2. The threshold for automatic COAF communication of cash operations is kept at R$ 50.000,00;
3. Foreign branches (Grand Cayman and Miami) shall apply section 6.3 to correspondent accounts;
4. The KYC refresh cycle for high-risk clients changes from 24 to 12 months.

The updated policy will enter into force on 01/12/2026 and is available on the intranet (Normativos > Compliance > PLD/FT).

All employees of the business areas must complete the e-learning "PLD/FT 2026" on the UniItaguara platform until 15/12/2026. The Compliance area will monitor completion and will report pending employees to the Executive Board on 18/12/2026.

This is an informative communication, no reply is needed.

Atenciosamente / Best regards,

Fernanda Albuquerque
Superintendência de Compliance – PLD/FT
Banco Itaguara S.A. | Av. Brigadeiro Faria Lima, 3.400 – São Paulo/SP

""" + DISC, "outlook", locale="us")
c.add(GE, [FA], "RE: [Comunicado Compliance] Updated AML/CFT Policy (POL-PLD-004 v7) - effective 01/12/2026", "2026-11-23 11:15 -0500", """Dear Fernanda,

Noted, thank you. The Grand Cayman branch team (9 people) will complete the e-learning by 11 December.

One question: item 3 mentions correspondent accounts. Does section 6.3 also apply to the USD nostro accounts we hold with our US correspondents, or only to vostro accounts of respondent banks?

Kind regards,
Gareth

Gareth Ebanks
General Manager | Banco Itaguara S.A. – Grand Cayman Branch
Cayman Islands | T +1 345 949 2210""", "outlook", cc=[RM], locale="us")
c.add(RM, [GE], "Resposta automática: RE: [Comunicado Compliance] Updated AML/CFT Policy (POL-PLD-004 v7) - effective 01/12/2026", "2026-11-23 13:16 -0300", """Olá,

Estou em férias até 07/12/2026, com acesso limitado a e-mails. Para assuntos urgentes, favor contatar compliance.pld@bancoitaguara.com.br.

I am on vacation until 07/12/2026 with limited access to e-mail. For urgent matters please contact compliance.pld@bancoitaguara.com.br.

Rafael Moura""", "outlook", quote=False, headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "rafael.moura@bancoitaguara.com.br"})
c.add(FA, [GE], "RE: [Comunicado Compliance] Updated AML/CFT Policy (POL-PLD-004 v7) - effective 01/12/2026", "2026-11-23 15:40 -0300", """Dear Gareth,

Thank you for the return. Section 6.3 applies only to vostro accounts of respondent banks. Nostro accounts follow the Correspondent Banking Procedure (PROC-PLD-011), without changes.

Atenciosamente / Best regards,

Fernanda Albuquerque
Superintendência de Compliance – PLD/FT
Banco Itaguara S.A.

""" + DISC, "outlook", parent=1, cc=[RM], locale="us")
c.expected(GE[1], "2026-11-24T09:00:00-05:00", [
    (GE[1], "2026-12-11", ["e-learning", "training", "pld/ft"], "Mailbox owner's own reply: 'The Grand Cayman branch team (9 people) will complete the e-learning by 11 December.'"),
    (FA[1], "2026-12-18", ["report pending", "pending employees", "executive board"], "Announcement: 'The Compliance area will monitor completion and will report pending employees to the Executive Board on 18/12/2026.' An organisational plan in a broadcast rather than a promise to a participant; readers could disagree.", True),
], {FA[1]: ("replied", "none", 0)})

# ---------------- 08 London theatre production office <-> set builder (Gmail / Apple Mail)
c = Conv("08-theatre-getin-set-builder")
HL = ("Hattie Lowe", "hattie.lowe@albionplayhouse.co.uk")
DO = ("Dave Okafor", "dave@brockleyscenic.co.uk")
IM = ("Inès Moreau", "ines.moreau.design@gmail.com")
SO = ("Sol Baptiste", "sol.baptiste@albionplayhouse.co.uk")
HL_SIG = """Hattie Lowe
Production Manager
The Albion Playhouse
14 Salamanca Row, London SE1 7HX
07700 900 418

The Albion Playhouse is a registered charity, no. 1071234."""
c.add(HL, [DO, IM], "Cherry Orchard - get-in, trial assembly, header drawings", "2026-11-23 10:14 +0000", """Hi Dave (and Inès),

Following Friday's production meeting, a few bits to pin down:

1) Can we lock the get-in for Sunday 6th with the truck on the dock for 7am?
2) Is the trial assembly of the revolve still on for Tuesday 1st at yours? Inès and I would like to come down.
3) Inès - can you get the final header drawings to Dave by Wednesday? He needs them to cut steel.
4) Floor cloth: Dave, you mentioned you could paint it at the workshop - is that still the case?

Also still need the revised quote with the second truck when you have a moment.

Thanks both!
Hattie

""" + HL_SIG, "gmail", cc=[SO], locale="uk")
c.add(DO, [HL], "Re: Cherry Orchard - get-in, trial assembly, header drawings", "2026-11-23 13:50 +0000", """Hi Hattie

1) Yep Sunday 6th, truck on the dock at 7, me plus three of the lads till the revolve's down then it's all yours
2) Trial assembly Tuesday 1st still on, come from 10, we'll have it up by then. Bring biscuits
3) Need those drawings Weds latest or we can't cut steel Thurs
4) Floor cloth yes I'll get that painted here, Marta's on it next week

Revised quote with the second truck you'll have by tomorrow.

Cheers
Dave

--
Dave Okafor
Brockley Scenic Workshop Ltd
Unit 7, Endwell Road, SE4 2PE
020 7946 0733""", "applemail", cc=[IM, SO], locale="uk")
c.add(IM, [HL, DO], "Re: Cherry Orchard - get-in, trial assembly, header drawings", "2026-11-23 17:31 +0000", """Hi both — header drawings will be with Dave by Wednesday lunchtime, I'm just adding the fixing details for the flying bars.

Inès x""", "gmail", cc=[SO], locale="uk")
c.add(DO, [HL], "Re: Cherry Orchard - get-in, trial assembly, header drawings", "2026-11-25 08:12 +0000", """Hattie - bad news on the floor cloth. Marta's done her back in so I can't do the paint here after all, sorry. You'll need to get it painted in the theatre, I'll send it over primed with the rest of the load.

Quote attached, sorry it's a day late. Got Inès's drawings, all good.

Dave""", "applemail", cc=[IM, SO], locale="uk")
c.add(HL, [DO], "Re: Cherry Orchard - get-in, trial assembly, header drawings", "2026-11-25 09:03 +0000", """Ah no, poor Marta - send her our love. OK, we'll paint it in on the Monday.

Quote's fine, thanks. PO to follow.

H

""" + HL_SIG, "gmail", cc=[IM, SO], locale="uk")
c.expected(HL[1], "2026-11-25T12:00:00+00:00", [
    (DO[1], "2026-12-06", ["get-in", "truck", "dock"], "'Yep Sunday 6th, truck on the dock at 7'."),
    (DO[1], "2026-12-01", ["trial assembly", "revolve", "assembly"], "'Trial assembly Tuesday 1st still on, come from 10, we'll have it up by then.'"),
    (DO[1], "2026-11-24", ["quote"], "'Revised quote with the second truck you'll have by tomorrow.' (Mon 23 -> Tue 24); delivered a day late, not withdrawn."),
    (IM[1], "2026-11-25", ["drawings", "header"], "'header drawings will be with Dave by Wednesday lunchtime'."),
    (DO[1], None, ["primed", "send the floor cloth", "send floor cloth"], "'I'll send it over primed with the rest of the load.' No date of its own (the load comes with the get-in, but the thread does not say so). The earlier 'Floor cloth yes I'll get that painted here' is withdrawn ('I can't do the paint here after all') and is not an agreement."),
    (HL[1], None, ["po", "purchase order"], "'PO to follow.' Passive promise by the mailbox owner, no date."),
    (HL[1], "2026-12-07", ["paint", "floor cloth"], "'we'll paint it in on the Monday' (Mon 7 Dec, after the Sunday get-in) - a plan of the owner's team more than a promise to Dave; readers could disagree.", True),
], {DO[1]: ("replied", "none", 0), IM[1]: ("replied", "none", 0)})
