from build import *
c = Conv("14-bank-branch-audit-android", "chiamaka.okafor@corvusbankng.com", "corvusbankng.com")
chi = P("Chiamaka Okafor", "chiamaka.okafor@corvusbankng.com")
bab = P("Babatunde Adeyemi", "babatunde.adeyemi@corvusbankng.com")
fun = P("Funmilayo Bello", "funmilayo.bello@corvusbankng.com")
ife = P("Ifeanyi Nwosu", "ifeanyi.nwosu@corvusbankng.com")
DISC = """This e-mail and any attachments are confidential and intended solely for the named addressee(s). Corvus Bank Nigeria Plc will not accept liability for any loss or damage arising from the use of this e-mail or its attachments. Corvus Bank will never ask you for your PIN, password or OTP by e-mail. Corvus Bank Nigeria Plc is regulated by the Central Bank of Nigeria. RC 118402."""
SC = f"""Regards,

Chiamaka Okafor, CIA
Audit Lead – Branch Network (Lagos Mainland)
Internal Audit Division, Corvus Bank Nigeria Plc
14 Adeola Odeku Street, Victoria Island, Lagos
Ext: 4417 | 0803 214 5598

{DISC}"""
c.add(chi, [bab], "Q4 2026 Branch Audit – Ikeja (Allen Avenue) – Document Request", "2026-11-16 09:30 +0100", f"""Dear Babatunde,

Following the entry meeting on Friday, please find below the documents required ahead of the Q4 audit of the Allen Avenue branch:

1. Vault cash reconciliation logs (September – October 2026), signed by the dual custodians
2. Dormant account reactivation approvals (August – October 2026)
3. CCTV footage retention report for the banking hall and vault (last 90 days)

Kindly forward these by Wednesday, 18th November 2026, as fieldwork begins on Monday, 23rd November. We will also need a 1-hour walkthrough of the vault procedures with you and the vault custodian on the first day of fieldwork.

{SC}""", cc=[ife], html=True, lang="en-gb", request=True, parent=None)
c.add(bab, [chi], "Re: Q4 2026 Branch Audit – Ikeja (Allen Avenue) – Document Request", "2026-11-17 07:58 +0100", """Good morning ma,

Thank you for your mail and well noted. Please ma permit me to explain, we are having serious network downtime in the branch since Friday because of the fibre cut along Obafemi Awolowo Way, so most of the reports cannot be generated from Finacle until IT restores the link, they said maybe today but we have heard that before. The CCTV retention report I already sent to your colleague Emeka last week Thursday when he came for the spot check, please kindly confirm from him. For the vault reconciliation logs I will send them to you latest Thursday 19th, the vault custodian has the manual copies but they need to be scanned and our scanner is also on the network. For the dormant account approvals I have copied Funmi our Head of Customer Service, she will scan and send them to you before close of business tomorrow. Also I will make myself and the vault custodian available on Monday 23rd for the walkthrough as you requested. Thank you ma and sorry for the inconvenience.

Babatunde Adeyemi
Branch Operations Manager, Allen Avenue

Get Outlook for Android""", cc=[ife, fun], client="android", lang="en-gb")
c.add(fun, [chi], "RE: Q4 2026 Branch Audit – Ikeja (Allen Avenue) – Document Request", "2026-11-18 17:45 +0100", f"""Dear Chiamaka,

Please find attached the dormant account reactivation approvals for August to October 2026 (47 accounts).

3 of the approval forms for September could not be found in the file, we are still searching the archive and I will send them to you as soon as we find them.

Best regards,
Funmilayo Bello
Head, Customer Service – Allen Avenue Branch
Corvus Bank Nigeria Plc

{DISC}""", cc=[bab, ife], html=True, lang="en-gb")
c.add(chi, [fun], "RE: Q4 2026 Branch Audit – Ikeja (Allen Avenue) – Document Request", "2026-11-19 09:10 +0100", f"""Thanks Funmi.

Please note that approvals not provided by the start of fieldwork on Monday 23rd will be raised as an exception in the report. Could you let me know which 3 accounts they are?

I will share the draft exception list with you and Babatunde on Tuesday 24th before the exit meeting.

{SC}""", cc=[bab, ife], html=True, lang="en-gb", request=True)
c.add(fun, [chi], "RE: Q4 2026 Branch Audit – Ikeja (Allen Avenue) – Document Request", "2026-11-19 09:40 +0100", f"""Noted ma.

The accounts are 0041872239, 0041903318 and 0042017745. We will do our best to get them before Monday.

Funmilayo Bello
Head, Customer Service – Allen Avenue Branch

{DISC}""", cc=[bab, ife], html=True, lang="en-gb")
ICS_REQ = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Central Africa Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0100
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Chiamaka Okafor:mailto:chiamaka.okafor@corvusbankng.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Babatunde Adeyemi:mailto:babatunde.adeyemi@corvusbankng.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ifeanyi Nwosu:mailto:ifeanyi.nwosu@corvusbankng.com
SUMMARY;LANGUAGE=en-GB:Q4 Audit – Vault procedures walkthrough (Allen Avenue)
DTSTART;TZID=W. Central Africa Standard Time:20261123T100000
DTEND;TZID=W. Central Africa Standard Time:20261123T110000
UID:040000008200E00074C5B7101A82E00800000000B0C4F1A7E278DD01000000000000000010000000
DTSTAMP:20261119T090000Z
LOCATION;LANGUAGE=en-GB:Allen Avenue Branch – Vault area
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
c.add(chi, [bab], "Q4 Audit – Vault procedures walkthrough (Allen Avenue)", "2026-11-19 10:00 +0100", """Walkthrough of the vault procedures with the Branch Operations Manager and the vault custodian, first day of fieldwork. Please have the vault register and the key/combination log available.

Chiamaka""", cc=[ife], html=True, lang="en-gb", request=True, parent=None, calendar=("REQUEST", ICS_REQ))
c.add(bab, [chi], "Accepted: Q4 Audit – Vault procedures walkthrough (Allen Avenue)", "2026-11-19 10:25 +0100", """I'll be there with Mr. Okon (vault custodian).""", client="android", lang="en-gb", quote=False,
 calendar=("REPLY", ICS_REQ.replace("METHOD:REQUEST", "METHOD:REPLY").replace("PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Babatunde", "PARTSTAT=ACCEPTED;CN=Babatunde").replace("ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ifeanyi Nwosu:mailto:ifeanyi.nwosu@corvusbankng.com\n", "")))
c.finish("2026-11-19T12:00:00+01:00", [
 dict(owner=bab.addr, due="2026-11-19", keywords=["vault", "reconciliation", "logs"], note="Inside a long Android paragraph: 'For the vault reconciliation logs I will send them to you latest Thursday 19th'. 'The CCTV retention report I already sent to ... Emeka last week' is a past report."),
 dict(owner=fun.addr, due="2026-11-18", keywords=["dormant", "approvals", "reactivation"], note="Delegation: 'I have copied Funmi ..., she will scan and send them to you before close of business tomorrow' (Tue 17 -> Wed 18 Nov); Funmi is copied and delivers on the 18th."),
 dict(owner=bab.addr, due="2026-11-23", keywords=["walkthrough", "available", "vault custodian"], note="'I will make myself and the vault custodian available on Monday 23rd for the walkthrough'."),
 dict(owner=fun.addr, due=None, keywords=["missing", "approval forms", "forms"], note="'I will send them to you as soon as we find them' - event-based, due null; the later 'We will do our best to get them before Monday' is a hedge and sets no date, but readers may read it as moving the date to 23 Nov.", optional=True),
 dict(owner=chi.addr, due="2026-11-24", keywords=["exception list", "draft exception"], note="Owner's own promise: 'I will share the draft exception list with you and Babatunde on Tuesday 24th'. 'will be raised as an exception' is a policy statement, not a commitment."),
], expect_recipients={bab.addr: {"status": "replied", "nextStep": "none", "unansweredRequests": 0},
 fun.addr: {"status": "replied", "nextStep": "none", "unansweredRequests": 0}})
