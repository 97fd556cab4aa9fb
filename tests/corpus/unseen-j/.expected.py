import json, os
OUT = "/work/unseen/j"
def A(owner, due, kw, note, optional=False):
    return {"owner": owner, "due": due, "keywords": kw, "optional": optional, "note": note}
def R(status, step, n):
    return {"status": status, "nextStep": step, "unansweredRequests": n}
W = lambda: R("waiting", "remind", 1)
E = {}
E["01-station5-compliance-meeting"] = {
 "me": "team.gallup-sta5@enron.com", "now": "2002-01-03T10:00:00-07:00",
 "agreements": [
  A("matt.francis@enron.com", "2002-01-15", ["meet", "station 5", "compliance", "get together"],
    "'January 15th is great for me.' A short acceptance of Charlie's proposal ('HOW DUES THE 15 OF JAN. AT STATION 5 AROUND 11:00 LOOK FOR YOU GUYS. LET ME KNOW.'), so Matt owns the meeting on 15 Jan 2002. The report deadline (due Jan. 23, 45 days after Jan. 25) is a permit fact, not a commitment."),
  A("team.gallup-sta5@enron.com", "2002-01-15", ["meet", "station 5", "compliance", "get together"],
    "Charlie proposed the 15 January meeting and Matt accepted; some readers also give the proposer (the mailbox owner) the meeting. Optional.", True)],
 "recipients": {
  "matt.francis@enron.com": R("replied", "none", 0),
  "larry.campbell@enron.com": W(), "team.gallup-sta4@enron.com": W(), "team.gallup@enron.com": W(),
  "jonny.hendricks@enron.com": W(), "rich.jolly@enron.com": W(), "rick.smith@enron.com": W()}}
E["02-ipayit-wrong-larry"] = {
 "me": "f..campbell@enron.com", "now": "2001-11-29T10:00:00-06:00",
 "agreements": [
  A("ipayit@enron.com", None, ["check", "look into", "problem"],
    "'I'll check into the problem.  Thanks!' (Sally McAdams, iPayit Team) replying to Larry's 'I AM NOT THE LARRY CAMPBELL YOU'RE LOOKING FOR.' No date given. The alert's 'It is critical that you login ... and take immediate action' is an automated demand, not a commitment.")],
 "recipients": {}}
E["03-contact-info-farewell"] = {
 "me": "f..campbell@enron.com", "now": "2001-12-03T10:00:00-06:00",
 "agreements": [],
 "recipients": {}}
E["04-calpx-collateral"] = {
 "me": "elizabeth.sager@enron.com", "now": "2001-11-30T10:00:00-06:00",
 "agreements": [
  A("ray.alvarez@enron.com", None, ["forward", "filings", "pleadings"],
    "'There are other related filings and I will forward them as soon as I locate.' Due only on an event, so null."),
  A("ray.alvarez@enron.com", None, ["interpretation", "tariff"],
    "'In the meantime, I am working with Steve Hall to get an independent interpretation of the PX tariff so as to yield answers to our questions' - work in progress rather than a promise; readers may or may not count it. Optional.", True),
  A("amr.ibrahim@enron.com", None, ["keep you posted", "posted", "progress"],
    "'I shall keep you posted with progress.' No date. (His 'a summary could be prepared if needed' in the same message is a hedged offer, not an agreement.)"),
  A("amr.ibrahim@enron.com", "2001-11-28", ["another pass", "literature", "confirm", "research"],
    "'I intend to have another pass tomorrow on the available literature to confirm.' Sent Tue 27 Nov 2001, so tomorrow = 2001-11-28.")],
 "recipients": {}}
E["05-vepco-damages"] = {
 "me": "elizabeth.sager@enron.com", "now": "2001-11-09T10:00:00-06:00",
 "agreements": [
  A("rahil.jafry@enron.com", None, ["tie", "phone", "dial"],
    "'As discussed, we will tie-in Dave and Elizabeth into the meeting via phone (it starts at c. 8:00AM CST).' The meeting's day is never given, so due is null. 'ENE will aim to settle against ...' is a negotiating goal, and Presto's 'Make sure we are crystal clear ...' and 'we need to eliminate the Peak Day designation damages' are instructions, not commitments.")],
 "recipients": {
  "m..presto@enron.com": R("replied", "none", 0),
  "rahil.jafry@enron.com": R("waiting", "call", 2),
  "david.duran@enron.com": R("waiting", "call", 2),
  "heather.kroll@enron.com": R("waiting", "call", 2)}}
E["06-kay-mann-father"] = {
 "me": "elizabeth.sager@enron.com", "now": "2001-10-29T10:00:00-06:00",
 "agreements": [
  A("alice.wright@enron.com", None, ["funeral", "arrangement", "details"],
    "'I will get funeral arrangement details to you as soon as I receive them.' Due only on an event, so null."),
  A("alice.wright@enron.com", None, ["flowers"],
    "'I will also send flowers on behalf of the company.' No date.")],
 "recipients": {}}
E["07-leadership-interview"] = {
 "me": "jeff.skilling@enron.com", "now": "2001-05-25T10:00:00-05:00",
 "agreements": [
  A("jeff.skilling@enron.com", "2001-05-31", ["interview", "15 minutes", "schedule", "meet"],
    "Joannie, writing from Jeff's mailbox: 'I can schedule 15 minutes for you on Thursday, May 31 at 3:00p.' Janet accepts ('Thank you very much. I appreciate Jeff giving me a few minutes'), so this is the owner's commitment for 31 May."),
  A("jeff.skilling@enron.com", "2001-05-24", ["interview", "15 minutes", "schedule", "meet"],
    "Janet restates the slot as '(May 24 at 3:00 p.m.)', which looks like a misreading, but under 'the date stated last' some readers would use 24 May. Optional alternative to the entry above.", True),
  A("butler@enron.com", None, ["questions"],
    "Janet offered ('If you wish, I could provide you questions in advance') and was asked ('It would be a big help to Jeff if you could submit your questions via e-mail prior to the interview'). She sends them in the same reply, so it is done rather than pending. Optional.", True)],
 "recipients": {"butler@enron.com": R("replied", "none", 0)}}
E["08-rac-presentation"] = {
 "me": "elizabeth.sager@enron.com", "now": "2001-10-23T10:00:00-05:00",
 "agreements": [
  A("elizabeth.sager@enron.com", "2001-10-31", ["present", "presentation", "underwriting", "be there"],
    "'Sure  just let me know conference room and I'll be there.' This accepts Tribolet's 'Can you come on October 31 at 9 am to our one hour underwriting meeting in RAC to present the materials you gave at the Legal Conference?', so the mailbox owner presents on 2001-10-31. Not agreements: 'Alice can you make sure we have final presentation' (a request to a Cc, never accepted) and 'EB 2831, I would bring 25 presentations' (Tribolet's advice to Sager, not his own promise).")],
 "recipients": {"michael.tribolet@enron.com": R("replied", "none", 0)}}
E["09-ypo-navy-fly-away"] = {
 "me": "jskilli@enron.com", "now": "2001-04-27T10:00:00-05:00",
 "agreements": [
  A("roy.steinhagen@enron.com", None, ["contact", "additional information", "information"],
    "Announcement (decoy). 'We will be in contact with you soon with additional information regarding the trip' is the organiser's one real commitment; 'soon' has no date. The deposit 'on or before April 30, 2001' and 'Please block out these dates' are asks of the reader, not agreements."),
  A("roy.steinhagen@enron.com", None, ["survey", "form"],
    "'... and we will also be sending out a participant information survey form' - the same sentence as the entry above; readers may count it separately. Optional.", True)],
 "recipients": {}}
E["10-italy-car-ferry"] = {
 "me": "kimberly.watson@enron.com", "now": "2001-08-31T10:00:00-05:00",
 "agreements": [
  A("dee.espinoza@travelpark.com", None, ["get back", "follow up"],
    "'I'll get back to you.' (the travel agent, 14 Aug). No date."),
  A("dee.espinoza@travelpark.com", None, ["verify", "cabin rate", "passenger fee"],
    "'I need to verify if the cabin rate includes the passenger fee.' A statement of need rather than a clear promise. Optional.", True),
  A("kimberly.watson@enron.com", "2001-08-29", ["fax", "florence"],
    "'I will prepare faxes in mass for Florence tonight and send them out tomorrow.' Sent Tue 28 Aug 2001, so they go out 2001-08-29."),
  A("kimberly.watson@enron.com", "2001-08-28", ["fax", "florence", "prepare"],
    "The preparation half of the same sentence ('tonight' = 2001-08-28), if a reader splits it. Optional.", True),
  A("kimberly.watson@enron.com", None, ["keep you posted", "posted", "update"],
    "'I will keep you posted as we hear more.' No date. Not agreements: 'I have asked Dee to book the overnight ferry' and 'She is also confirming the car' (a report about a third party), 'I told her we will drink for them everyday' (an old social remark), 'We can put everyone's luggage in our room' (a plan). John's and Paul's text is preference only.")],
 "recipients": {}}
E["11-hello-from-canada"] = {
 "me": "drew.fossum@enron.com", "now": "2001-11-21T10:00:00-06:00",
 "agreements": [
  A("steven.harris@enron.com", None, ["speak", "talk", "briefing", "chat"],
    "'I would be happy to speak with this person. Although our experience with Mexico is limited, I can provide a briefing and offer others to speak with at Enron.' Accepts Drew's 'anyone interested in chatting with this person?'. No date."),
  A("steven.harris@enron.com", None, ["offer others", "others to speak", "contacts"],
    "'... and offer others to speak with at Enron' - a second part of the same sentence, if a reader splits it. Optional.", True)],
 "recipients": {
  "steven.harris@enron.com": R("replied", "none", 0),
  "kimberly.watson@enron.com": W(), "danny.mccarty@enron.com": W()}}
E["12-friday-bullets"] = {
 "me": "kimberly.watson@enron.com", "now": "2001-10-24T10:00:00-05:00",
 "agreements": [],
 "recipients": {
  "michelle.lokay@enron.com": R("replied", "none", 0),
  "lorraine.lindberg@enron.com": W(), "mark.mcconnell@enron.com": W(), "paul.y'barbo@enron.com": W()}}
req = opt = 0
for k, v in E.items():
    assert os.path.isdir(os.path.join(OUT, k)), k
    json.dump(v, open(os.path.join(OUT, k, "expected.json"), "w"), indent=2)
    req += sum(1 for a in v["agreements"] if not a["optional"]); opt += sum(1 for a in v["agreements"] if a["optional"])
print("required", req, "optional", opt)
