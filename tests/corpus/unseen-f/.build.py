import os, re, json, shutil
SRC='/work/shared/real-mail/enron'
OUT='/work/unseen/f'

def raw(cust,n):
    return open(f'{SRC}/{cust}/{n}.eml','rb').read()

def recon(cust, n, marker, hdr, msgid):
    """Body = the quoted text after the quoted header block that contains `marker`, copied exactly to end of file."""
    data = raw(cust,n).decode('ascii')
    body_all = data.split('\n\n',1)[1]
    i = body_all.index(marker)
    rest = body_all[i:]
    j = rest.index('\n\n')          # end of quoted header block
    body = rest[j+2:]
    body = body.lstrip('\n')
    h = [f'Message-ID: <{msgid}@reconstructed.unseen-f>']
    h += [f'{k}: {v}' for k,v in hdr]
    h += ['MIME-Version: 1.0', 'Content-Type: text/plain; charset=us-ascii',
          'Content-Transfer-Encoding: 7bit', f'X-Reconstructed-From: {cust}/{n}']
    return ('\n'.join(h) + '\n\n' + body).encode('ascii')

def build(name, parts, exp):
    d = f'{OUT}/{name}'
    if os.path.isdir(d): shutil.rmtree(d)
    os.makedirs(d)
    for k,p in enumerate(parts,1):
        b = raw(*p) if isinstance(p,tuple) else p
        open(f'{d}/{k:02d}.eml','wb').write(b)
    json.dump(exp, open(f'{d}/expected.json','w'), indent=2, ensure_ascii=False)

def A(owner,due,kw,note,opt=False):
    return {"owner":owner,"due":due,"keywords":kw,"optional":opt,"note":note}
R=lambda s,n,c: {"status":s,"nextStep":n,"unansweredRequests":c}

# 01 ---------------------------------------------------------------
mc = recon('cash-m',19,'From: Cash, Michelle [mailto:Michelle.Cash@ENRON.com]',[
  ('Date','Thu, 4 Oct 2001 19:49:00 -0500'),
  ('From','"Cash, Michelle" <michelle.cash@enron.com>'),
  ('To','david.lund@nepco.com, mike.indivero@nepco.com'),
  ('Cc','galen.torneby@nepco.com, bob.black@nepco.com, john.gillis@enron.com'),
  ('Subject','RE: lake worth project')],'cash-m-19-a')
build('01-lake-worth-local-counsel',[mc,('cash-m',15),('cash-m',18),('cash-m',19),('cash-m',23)],{
 "me":"michelle.cash@enron.com","now":"2001-10-11T09:00:00-07:00",
 "agreements":[
  A("michelle.cash@enron.com",None,["call mark","local counsel","stubley","call"],
    "01 (reconstructed): \"I'll give Mark a call to finalize the issue of local counsel\" - the owner's own commitment, no date."),
  A("michelle.cash@enron.com",None,["jim derrick","derrick","let you know","recommendation"],
    "01: \"I'll let you know if Jim Derrick has any issue with their recommendation.\" - conditional promise to report back, no date."),
  A("mike.indivero@nepco.com",None,["call michelle","michelle","call"],
    "03: \"I'll give Michelle a call.\" - short unconditional commitment, no date."),
  A("david.lund@nepco.com",None,["input","training","ogletree"],
    "02: \"by copy to Michelle, I'll ask for her input here\" - arguably done by the copy itself.",True),
 ],
 "recipients":{
  "david.lund@nepco.com":R("replied","none",0),
  "mike.indivero@nepco.com":R("replied","none",0)}})

# 02 ---------------------------------------------------------------
build('02-hk-letter-reply',[('haedicke-m',676),('haedicke-m',679),('haedicke-m',692),('haedicke-m',696)],{
 "me":"alan.aronowitz@enron.com","now":"2001-11-30T09:00:00-08:00",
 "agreements":[
  A("matthias.lee@enron.com","2001-11-28",["letter","plitsch","sign and send","send"],
    "03: \"If not, I'll sign and send the letter tomorrow (Singapore time) and copy to Mark Frevert\" - sent 27 Nov (Singapore evening / US Pacific early morning), tomorrow = 28 Nov either way; Alan approves the approach in 04."),
 ],
 "recipients":{
  "matthias.lee@enron.com":R("replied","none",0),
  "paul.simons@enron.com":R("replied","none",0)}})

# 03 ---------------------------------------------------------------
tc = recon('shackleton-s',218,'From: Callahan, Teresa',[
  ('Date','Fri, 21 Sep 2001 15:15:00 -0500'),
  ('From','"Callahan, Teresa" <teresa.callahan@enron.com>'),
  ('To','maricela.trevino@enron.com'),
  ('Cc','carol.essig@enron.com, clement.abrams@enron.com, joel.ephross@enron.com'),
  ('Subject','RE: Raptor'),('Importance','High')],'shackleton-s-218-a')
build('03-raptor-dissolutions',[('shackleton-s',215),('shackleton-s',216),('shackleton-s',217),tc,('shackleton-s',218)],{
 "me":"sara.shackleton@enron.com","now":"2001-09-25T09:00:00-07:00",
 "agreements":[
  A("teresa.callahan@enron.com","2001-09-21",["notice of intent","notice","dissolve","cancel"],
    "04 (reconstructed): \"I will send out the Notice of Intent to Dissolve/Cancel this entities today.\""),
  A("teresa.callahan@enron.com","2001-09-24",["touch base","carol"],
    "04: \"Carol I will touch base with you on Monday - to give you the information you may need to prepare documentation.\" Sent Friday 21 Sep -> Monday 24 Sep."),
  A("teresa.callahan@enron.com",None,["expedite","documentation"],
    "04: \"Corp. Legal prepares the appropriate documentation (which I will ask to have expedited)\" - a commitment buried in a procedure description, no date."),
 ],
 "recipients":{}})

# 04 ---------------------------------------------------------------
ss = recon('scott-s',390,'From: \tScott, Susan M.',[
  ('Date','Wed, 27 Feb 2002 10:33:00 -0600'),
  ('From','"Scott, Susan M." <m..scott@enron.com>'),
  ('To','tim.bowler@enron.com, michael.barone@enron.com'),
  ('Subject','FW: Curve mapping')],'scott-s-390-a')
bh = recon('scott-s',391,'From: \tHagelmann, Bjorn',[
  ('Date','Wed, 27 Feb 2002 10:54:00 -0600'),
  ('From','"Hagelmann, Bjorn" <bjorn.hagelmann@enron.com>'),
  ('To','michael.barone@enron.com, m..scott@enron.com, tim.bowler@enron.com, wei.hu@enron.com'),
  ('Cc','chris.constantine@enron.com'),
  ('Subject','RE: Curve mapping')],'scott-s-391-a')
build('04-curve-mapping-meeting',[('scott-s',387),ss,('scott-s',390),bh,('scott-s',391)],{
 "me":"m..scott@enron.com","now":"2002-03-04T09:00:00-08:00",
 "agreements":[
  A("michael.barone@enron.com","2002-02-27",["1:30","meet","meeting","curve"],
    "03: \"1:30pm sounds fine.\" - accepts Wei's proposed 1:30 meeting the same afternoon."),
  A("wei.hu@enron.com","2002-02-27",["1:30","meet","meeting","curve"],
    "01: \"Can we do this early this afternoon, say at 1:30?\" - a proposal that became the meeting once accepted; readers may not count the proposer.",True),
 ],
 "recipients":{
  "michael.barone@enron.com":R("replied","none",0),
  "tim.bowler@enron.com":R("waiting","remind",1)}})

# 05 ---------------------------------------------------------------
build('05-bankruptcy-book-moves',[('keiser-k',126),('keiser-k',125),('keiser-k',123),('keiser-k',115),('keiser-k',85)],{
 "me":"m..love@enron.com","now":"2002-02-05T09:00:00-08:00",
 "agreements":[
  A("cecilia.cheung@enron.com",None,["ft-termin-gd","move","script","book"],
    "05: \"I was out sick yesterday.  Let me know if this has not been taken care of.\" - an implied, conditional offer to run the second move; not a clear commitment.",True),
 ],
 "recipients":{"cecilia.cheung@enron.com":R("replied","none",0)}})

# 06 ---------------------------------------------------------------
build('06-risktrac-post-mortem',[('beck-s',524),('beck-s',522),('beck-s',520)],{
 "me":"sally.beck@enron.com","now":"2001-10-18T09:00:00-07:00",
 "agreements":[
  A("a..price@enron.com",None,["risk guys","new commodity","understand","setting up"],
    "02: \"we will make sure our risk guys understand what they need to do when setting up a new commodity\" - commitment, no date."),
  A("shona.wilson@enron.com","2001-10-16",["exception report","dedicated","running"],
    "03: \"Starting tomorrow we have someone dedicated to running this (and all other available) exception reports.\" - an arrangement announced, arguably a commitment from 16 Oct.",True),
 ],
 "recipients":{}})

# 07 ---------------------------------------------------------------
TO7=['jay.blaine@enron.com','dustin.collins@enron.com','joe.errigo@enron.com','andrew.greer@enron.com',
     'carrie.larkworthy@enron.com','david.maskell@enron.com','punit.rawal@enron.com','brant.reves@enron.com',
     'michael.seely@enron.com','reese.trejo@enron.com']
jh = recon('hernandez-j',101,'From: Hernandez, Juan',[
  ('Date','Sun, 30 Sep 2001 21:38:00 -0500'),
  ('From','"Hernandez, Juan" <juan.hernandez@enron.com>'),
  ('To',', '.join(TO7)),
  ('Cc','don.baughman@enron.com, dean.laurent@enron.com, l..garcia@enron.com'),
  ('Subject','November and December Vacation')],'hernandez-j-101-a')
rec7={a:R("replied","none",0) for a in TO7}
for a in ['dustin.collins@enron.com','joe.errigo@enron.com','andrew.greer@enron.com','david.maskell@enron.com']:
    rec7[a]=R("waiting","remind",1)
build('07-holiday-volunteers',[jh]+[('hernandez-j',n) for n in (101,102,108,109,112,117)],{
 "me":"juan.hernandez@enron.com","now":"2001-10-05T12:00:00-07:00",
 "agreements":[
  A("jay.blaine@enron.com",None,["holiday","work"],
    "02: \"I will work all three holidays as I have indicated to you before.\" - firm commitment; it names three work days (Thanksgiving, Christmas, New Year), not one deadline, so due is null."),
  A("punit.rawal@enron.com",None,["let you know","intimate","time off","xmas","christmas","new year"],
    "03: \"will intimtae as soon as i find out.\" - promise to tell Juan about Christmas/New Year time off; due only by an event."),
  A("punit.rawal@enron.com",None,["thanksgiving","work"],
    "03: \"can work..no problemo... Thanksgiving sounds like the best time for me to work\" - short acceptance of the volunteer ask (Thanksgiving weekend, several days, so no single due date)."),
  A("michael.seely@enron.com",None,["work","holiday"],
    "05: \"If you need me to work I will ... if you need me to work I'll be there if not then I won't\" - conditional promise, no date."),
 ],
 "recipients":rec7})

# 08 ---------------------------------------------------------------
build('08-change-of-control-announcement',[('lay-k',n) for n in (1818,1821,1822,1823,1824)],{
 "me":"kenneth.lay@enron.com","now":"2001-11-16T09:00:00-08:00",
 "agreements":[
  A("chairman.ken@enron.com",None,["waive","payment","change of control"],
    "01: \"I have decided that the best course of action would be for me to waive my right to any of this payment.  Therefore, at closing, I will receive no payments\" - an all-employee announcement of a decision; not a commitment to a participant in the usual sense.",True),
 ],
 "recipients":{}})

# 10 ---------------------------------------------------------------
m1 = recon('smith-m',226,'From:\tMatt Smith/ENRON@enronXgate on 05/23/2001',[
  ('Date','Wed, 23 May 2001 09:51:00 -0500'),
  ('From','"Smith, Matt" <matt.smith@enron.com>'),
  ('To','rebecca.cantrell@enron.com'),
  ('Subject','Questar historicals')],'smith-m-226-a')
m2 = recon('smith-m',256,'From:\tMatt Smith/ENRON@enronXgate on 06/04/2001',[
  ('Date','Mon, 4 Jun 2001 13:38:00 -0500'),
  ('From','"Smith, Matt" <matt.smith@enron.com>'),
  ('To','rebecca.cantrell@enron.com'),
  ('Subject','RE: Questar historicals')],'smith-m-256-a')
build('10-questar-historicals',[('smith-m',179),('smith-m',189),m1,('smith-m',226),m2,('smith-m',256),('smith-m',281)],{
 "me":"matt.smith@enron.com","now":"2001-06-11T09:00:00-07:00",
 "agreements":[
  A("rebecca.cantrell@enron.com","2001-06-05",["follow up","questar","lori"],
    "04: \"I will follow up as soon as I get a chance.\" then 06: \"I'll follow up tomorrow.\" (sent Mon 4 Jun) - one commitment, the date stated last wins: 5 Jun."),
  A("loric@questar.com","2001-05-16",["daily use","reports","points","data"],
    "01: \"we are happy to provide you with the dialy use reports ... If you can give me a list of specific points I can get those for you by tomorrow afternoon\" - conditional, and narrowed in 02 to the one contract point; readers may disagree whether it stands.",True),
 ],
 "recipients":{"rebecca.cantrell@enron.com":R("replied","none",0)}})

# 11 ---------------------------------------------------------------
build('11-korea-tickets',[('scott-s',56),('scott-s',57),('scott-s',60)],{
 "me":"m..scott@enron.com","now":"2001-08-06T09:00:00-07:00",
 "agreements":[
  A("cscott_korea@yahoo.com",None,["ask","9:00","arrival","arrive","get in"],
    "01: \"I won't be able to do anything about you getting in at 9:00pm Sunday.  I will ask though.\""),
  A("cscott_korea@yahoo.com",None,["ticket","buy","purchas"],
    "01: \"Otherwise, I will plan on purchasing your tickets this afternoon.\" moved in 02 to \"I will buy the tickets after you have a chance to give the times one more look.\" - the date stated last is only a condition, so due is null."),
  A("cscott_korea@yahoo.com","2001-08-02",["itinerary","itenerary"],
    "02: \"I'll e-mail you the entire itenerary tomorrow morning (my time) for your final approval.\" - sent Wed 1 Aug (Korea evening / US Pacific early morning): tomorrow = 2 Aug in both."),
  A("cscott_korea@yahoo.com","2001-08-01",["return","reservation","check"],
    "03: \"I think they made the reservation wrong on the return, I'll have to go back today and check it out.\" - header date is 1 Aug (US Pacific, as the corpus normalised it) but the writer is in Korea where it is 2 Aug; optional because of that.",True),
 ],
 "recipients":{}})

# 12 ---------------------------------------------------------------
build('12-lc-draw-summary',[('shackleton-s',145),('shackleton-s',149)],{
 "me":"carol.st.@enron.com","now":"2001-12-28T09:00:00-08:00",
 "agreements":[
  A("carol.st.@enron.com",None,["follow up letter","letter","enserco","monica"],
    "01: \"5. Enserco - I will draft for Monica a follow up letter to send to them.\""),
  A("harlan.murphy@enron.com",None,["default notice","santa clara","default"],
    "01: \"7. City of Santa Clara - Harlan to send out default notice.\" - recap of an assignment to a participant (To)."),
  A("alan.aronowitz@enron.com","2001-12-26",["revisit","vitol","tom"],
    "02: \"We'll have to revisit about this on Wednesday, Dec 26 assuming we hear back from Tom.\" - conditional plan.",True),
  A("alan.aronowitz@enron.com",None,["sale confirmation","payment terms","pulling"],
    "02: \"We are pulling the sale confirmation to see what the payment terms are.\" - in progress, not a promise.",True),
 ],
 "recipients":{a:R("waiting","remind",1) for a in
   ["lisa.mellencamp@enron.com","harlan.murphy@enron.com","s..bradford@enron.com","tanya.rohauer@enron.com"]}})

# 09 ---------------------------------------------------------------
sw = recon('buy-r',712,'From: \tWilson, Shona',[
  ('Date','Wed, 22 Aug 2001 10:46:00 -0500'),
  ('From','"Wilson, Shona" <shona.wilson@enron.com>'),
  ('To','wanda.curry@enron.com'),
  ('Cc','beth.apollo@enron.com, m.hall@enron.com'),
  ('Subject','RE: Daily Tie Outs Across Risk Systems')],'buy-r-712-a')
wc = recon('buy-r',712,'Sent:\tWednesday, August  22, 2001 3:38 PM',[
  ('Date','Wed, 22 Aug 2001 15:38:00 -0500'),
  ('From','"Curry, Wanda" <wanda.curry@enron.com>'),
  ('To','shona.wilson@enron.com'),
  ('Cc','beth.apollo@enron.com, m.hall@enron.com, r..brackett@enron.com'),
  ('Subject','RE: Daily Tie Outs Across Risk Systems')],'buy-r-712-b')
build('09-risk-tieout-meetings',[('buy-r',697),sw,wc,('buy-r',712)],{
 "me":"wanda.curry@enron.com","now":"2001-08-28T09:00:00-07:00",
 "agreements":[
  A("wanda.curry@enron.com",None,["agenda","presentation"],
    "01: \"Please let me know today if you agree with this list and I will move forward getting the meeting scheduled and work on a presentation/agenda\" (conditional), restated firmly in 03: \"As I stated below, I will work on an agenda and presentation which I review with you and Beth\" - one agreement, no date."),
  A("wanda.curry@enron.com",None,["beth","shona","approach","pre-kick"],
    "04: \"Beth and Shona, I will schedule a meeting with both of you to review what approach would be best prior to scheduling the large group meeting.\""),
  A("wanda.curry@enron.com",None,["large group","kick-off","kickoff","schedule"],
    "01/04: scheduling the large group kick-off meeting - conditional in 01 and deferred in 04 (\"prior to scheduling the large group meeting\").",True),
 ],
 "recipients":{"shona.wilson@enron.com":R("replied","remind",1)}})

# 13 ---------------------------------------------------------------
t1 = recon('white-s',364,'Sent:\tThursday, October 25, 2001 12:52 PM',[
  ('Date','Thu, 25 Oct 2001 12:52:00 -0500'),
  ('From','"Victorio, Tom" <tom.victorio@enron.com>'),
  ('To','w..white@enron.com'),
  ('Subject','Enpower positions')],'white-s-364-a')
sw2 = recon('white-s',364,'Sent:\tThursday, October 25, 2001 3:49 PM',[
  ('Date','Thu, 25 Oct 2001 15:49:00 -0500'),
  ('From','"White, Stacey W." <w..white@enron.com>'),
  ('To','tom.victorio@enron.com'),
  ('Subject','RE: Enpower positions')],'white-s-364-b')
t3 = recon('white-s',341,'Sent:\tSaturday, October  27, 2001 1:13 PM',[
  ('Date','Sat, 27 Oct 2001 13:13:00 -0500'),
  ('From','"Victorio, Tom" <tom.victorio@enron.com>'),
  ('To','w..white@enron.com, casey.evans@enron.com, john.postlethwaite@enron.com, wayne.vinson@enron.com, kori.loibl@enron.com, kathy.reeves@enron.com'),
  ('Subject','EnPower positions')],'white-s-341-a')
build('13-enpower-positions',[t1,sw2,('white-s',364),t3,('white-s',341)],{
 "me":"w..white@enron.com","now":"2001-11-01T09:00:00-08:00",
 "agreements":[
  A("tom.victorio@enron.com",None,["numbers daily","daily","contacts","send"],
    "01 (reconstructed): \"4) I will be sending the numbers daily to the \\\"contacts\\\" listed -- any other names I should add?\""),
  A("tom.victorio@enron.com",None,["retaileast","retailwest","remove"],
    "03: \"Per your last email, I'll remove RETAILEAST and RETAILWEST.\""),
  A("tom.victorio@enron.com",None,["risktrac","spreadsheet"],
    "03: \"We'll take these from RiskTrac.\" restated in 04: \"I'll pull those spreadsheet positions from RiskTrac.\" - one agreement."),
  A("tom.victorio@enron.com",None,["southamerica","south america"],
    "03: \"For SouthAmerica positions, we can also take from RiskTrac\" - 'can', an option rather than a promise.",True),
  A("casey.evans@enron.com",None,["walk through","query"],
    "05: \"Give me a ring if you still come up with the same answer and we'll walk through your query together.\" - conditional offer to Tom.",True),
 ],
 "recipients":{"tom.victorio@enron.com":R("replied","none",0)}})
