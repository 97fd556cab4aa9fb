exec(open("/work/unseen/h/.build.py").read())
RP="rapp-b"
def mid(n, m): return f"<h.{n:02d}.{m:02d}.reconstructed@thyme>"

# 01
bill = recon([("Message-ID", mid(1,4)), ("Date","Mon, 19 Nov 2001 17:12:00 -0600 (CST)"),
  ("From","bill.rapp@enron.com"), ("To","maria.pavlou@enron.com, kay.miller@enron.com"),
  ("Subject","RE: answer to cpuc protest"),
  ("Cc","robert.kilmer@enron.com, j..porter@enron.com, fkelly@gbmdc.com, \n\tmark.mcconnell@enron.com, steven.harris@enron.com, steve.kirk@enron.com"),
  ("In-Reply-To","<13018138.1075861200723.JavaMail.evans@thyme>"),
  ("X-Reconstructed-From","rapp-b/322")], body_from("rapp-b/322.eml", 30))
write("01-cpuc-answer-call", ["rapp-b/312.eml","rapp-b/317.eml","rapp-b/318.eml",bill,"rapp-b/322.eml","rapp-b/323.eml"], {
 "me":"bill.rapp@enron.com","now":"2001-11-23T09:00:00-06:00",
 "agreements":[A("j..porter@enron.com","2001-11-20",["call","10:00","meet"],
   "Greg Porter (06): 'Lets plan on 10:00.' closes Bill's 'What's a good time for everyone?' and Mary Kay's '9:30 or 10??': the conference call Maria proposed for 'tomorrow a.m.' (Tue 20 Nov) is fixed at 10:00. Maria's 'I think we could wind this up with a quick conference call' and Mary Kay's 'How about 9:30 or 10??' are proposals, not commitments; 'I'm open in the morning' is availability.")],
 "recipients":{"kay.miller@enron.com":R("replied","none",0),
               "maria.pavlou@enron.com":R("waiting","remind",1)}})

# 02
write("02-negotiated-rate-orders", ["rapp-b/155.eml","rapp-b/179.eml"], {
 "me":"bill.rapp@enron.com","now":"2001-12-07T09:00:00-06:00",
 "agreements":[A("gregory.porter@enron.com","2001-12-03",["call","meet","approach"],
   "Porter (01, Sat 1 Dec): 'Lets plan to meet Monday morning at 10:00 to discuss our approach.  Bill, we will call you.' Monday = 3 Dec. 'Maria and I will not be at Mary Kay's meeting' is a decline; 'Bill and Dari should attend' is a direction nobody accepted. Josie Call's 'I will be faxing or sending you some materials' and 'we will call you' are quoted history from a non-participant."),
  A("dari.dornan@enron.com","2001-12-05",["set up","set something","ann","sharon"],
   "Dornan (02, Tue 4 Dec): 'We probably should talk before tomorrow's meeting.  I'll get Ann and Sharon to set something up.' The thread dates tomorrow's meeting (Josie Call's quoted notice: Dec. 5 at 1:30 pm), so due 2001-12-05. 'Bill and I had a cc with Frank Kelly' is a past report.")],
 "recipients":{}})

# 03 decoy
write("03-color-laser-printer", ["rapp-b/12.eml","rapp-b/36.eml"], {
 "me":"bill.rapp@enron.com","now":"2001-10-29T09:00:00-06:00",
 "agreements":[],
 "recipients":{}})

# 04
g1 = recon([("Message-ID", mid(4,3)), ("Date","Wed, 6 Mar 2002 14:38:33 -0600 (CST)"),
  ("From","chris.germany@enron.com"), ("To","kay.mann@enron.com, ed.mcmichael@enron.com"),
  ("Subject","RE: Letter re Unpaid Invoice for Post petition Deliveries"),
  ("Cc","louis.dicarlo@enron.com, margaret.dhont@enron.com, phil.polsky@enron.com, \n\teric.boyt@enron.com, joe.parks@enron.com, melanie.gray@weil.com"),
  ("In-Reply-To","<18273231.1075841390786.JavaMail.evans@thyme>"),
  ("X-Reconstructed-From","parks-j/346")], body_from("parks-j/346.eml", 40))
g2 = recon([("Message-ID", mid(4,5)), ("Date","Mon, 11 Mar 2002 16:38:00 -0600 (CST)"),
  ("From","chris.germany@enron.com"), ("To","ed.mcmichael@enron.com"),
  ("Subject","RE: Letter re Unpaid Invoice for Post petition Deliveries"),
  ("Cc","kay.mann@enron.com, ed.mcmichael@enron.com, louis.dicarlo@enron.com, \n\tmargaret.dhont@enron.com, phil.polsky@enron.com, eric.boyt@enron.com, \n\tjoe.parks@enron.com, melanie.gray@weil.com"),
  ("In-Reply-To","<12571894.1075841390640.JavaMail.evans@thyme>"),
  ("X-Reconstructed-From","parks-j/334")], body_from("parks-j/334.eml", 33))
write("04-tdc-postpetition-invoice", ["parks-j/665.eml","parks-j/352.eml",g1,"parks-j/346.eml",g2,"parks-j/334.eml"], {
 "me":"joe.parks@enron.com","now":"2002-03-14T09:00:00-06:00",
 "agreements":[A("chris.germany@enron.com","2002-03-08",["call","status","tdc","schott"],
   "Germany (03, Wed 6 Mar): 'I told him I would call him back Friday afternoon and give him a status update.' His own pending promise, restated to the group with a day: Friday 8 Mar 2002. Not agreements: Kay Mann's 'I'll confirm.' (20 Feb) sits only in quoted history; 'Won't hurt to call them anyway' is a suggestion; Melanie Gray's 'it appears that TDC is entitled to payment' is an opinion; Ed McMichael's 'Please work with Energy Operations...' (06) is a request nobody accepted in the thread; 'Let me know what you want to do' is a question.")],
 "recipients":{}})

# 05
c1 = recon([("Message-ID", mid(5,1)), ("Date","Wed, 5 Sep 2001 16:43:00 -0700 (PDT)"),
  ("From","sean.crandall@enron.com"), ("To","kevin.meredith@enron.com"),
  ("Subject","Day Ahead \"Financial\" Parking/Lending product"),
  ("Cc","tim.belden@enron.com, diana.scholtes@enron.com, tom.alonso@enron.com"),
  ("X-Reconstructed-From","crandell-s/192")], body_from("crandell-s/192.eml", 28, 34))
c3 = recon([("Message-ID", mid(5,3)), ("Date","Mon, 10 Sep 2001 10:07:00 -0700 (PDT)"),
  ("From","sean.crandall@enron.com"), ("To","kevin.meredith@enron.com"),
  ("Subject","RE: Day Ahead \"Financial\" Parking/Lending product"),
  ("In-Reply-To","<%s>" % "PLACEHOLDER"),
  ("X-Reconstructed-From","crandell-s/191")], body_from("crandell-s/191.eml", 60), cte="quoted-printable")
import re
mid192 = re.search(rb"^Message-ID: (<[^>]+>)", open(SRC+"/crandell-s/192.eml","rb").read(), re.M).group(1)
c3 = c3.replace(b"<PLACEHOLDER>", mid192)
write("05-dart-eol-product", [c1,"crandell-s/192.eml",c3,"crandell-s/191.eml","crandell-s/168.eml"], {
 "me":"sean.crandall@enron.com","now":"2001-10-08T09:00:00-07:00",
 "agreements":[A("kevin.meredith@enron.com","2001-09-06",["call","discuss"],
   "Meredith (02, Thu 6 Sep): 'I am the one to talk with about this new product.  I will call you today to discuss.' Answers Sean's 'I'm not sure if it's you I need to talk to'. Not agreements: Sean's 'Once we identify who we need to look at this, I'd like to set up a conference call' (a plan); 'Savita wanted to conference call you this afternoon' (a third party's wish, then a question); 'The language is below' (delivered, not promised); Sean's 'Take a look, give me a call' and 'let's get going with this' exist only as quoted history in 05.")],
 "recipients":{"kevin.meredith@enron.com":R("replied","none",0)}})

# 06
k1 = recon([("Message-ID", mid(6,1)), ("Date","Tue, 6 Nov 2001 08:52:00 -0600 (CST)"),
  ("From","bill.rapp@enron.com"), ("To","kay.miller@enron.com, joe.hartsoe@enron.com"),
  ("Subject","Northern Natural Gas - Marketing Affiliate Compliance"),
  ("X-Reconstructed-From","rapp-b/389")], body_from("rapp-b/389.eml", 57))
k3 = recon([("Message-ID", mid(6,3)), ("Date","Tue, 6 Nov 2001 10:11:00 -0600 (CST)"),
  ("From","bill.rapp@enron.com"), ("To","drew.fossum@enron.com, j..porter@enron.com"),
  ("Subject","FW: Northern Natural Gas - Marketing Affiliate Compliance"),
  ("X-Reconstructed-From","rapp-b/389")], body_from("rapp-b/389.eml", 41))
k6 = recon([("Message-ID", mid(6,6)), ("Date","Wed, 7 Nov 2001 08:47:00 -0600 (CST)"),
  ("From","bill.rapp@enron.com"), ("To","j..porter@enron.com, drew.fossum@enron.com"),
  ("Subject","RE: Northern Natural Gas - Marketing Affiliate Compliance"),
  ("In-Reply-To","<27765026.1075861202499.JavaMail.evans@thyme>"),
  ("X-Reconstructed-From","rapp-b/389")], body_from("rapp-b/389.eml", 25))
write("06-nng-affiliate-officer", [k1,"rapp-b/384.eml",k3,"rapp-b/385.eml","rapp-b/387.eml",k6,"rapp-b/389.eml"], {
 "me":"bill.rapp@enron.com","now":"2001-11-12T09:00:00-06:00",
 "agreements":[A("bill.rapp@enron.com",None,["frazier","identify","someone","replacement"],
   "Bill (06, Wed 7 Nov): 'I'll work with Frazier to see if we can identify someone.' No date. In the same message he calls off the McMahon contact ('let's hold off for now in contacting Jeff McMahon'), so Greg Porter's offer 'Drew do you want to contact McMahon's office or should I.' (05, a question/offer, never accepted) is not an agreement either way. Also not agreements: Bill's 'Among other things, I'll be handling Northern Natural's compliance with the marketing affiliate rule' (a job description), 'If not, I'll probably need the help of one of you in contacting Jeff McMahon' (hedged), Maria's 'We probably could use his replacement--do you know who that is?' (a question)."),
  A("bill.rapp@enron.com",None,["keep you updated","update"],
   "Same message: 'I'll keep you updated.' - a real promise but readers may fold it into the Frazier search, hence optional.", optional=True)],
 "recipients":{"kay.miller@enron.com":R("replied","none",0),
               "joe.hartsoe@enron.com":R("waiting","remind",1),
               "drew.fossum@enron.com":R("replied","none",0),
               "j..porter@enron.com":R("replied","none",0)}})

# 07
p2 = recon([("Message-ID", mid(7,2)), ("Date","Tue, 20 Nov 2001 11:55:00 -0600 (CST)"),
  ("From","d..thomas@enron.com"), ("To","david.ingram@enron.com"),
  ("Subject","RE: Data Problems"),
  ("In-Reply-To","<9937163.1075862138977.JavaMail.evans@thyme>"),
  ("X-Reconstructed-From","thomas-p/383")], body_from("thomas-p/383.eml", 41))
write("07-pjm-data-problems", ["thomas-p/369.eml",p2,"thomas-p/383.eml"], {
 "me":"d..thomas@enron.com","now":"2001-11-26T09:00:00-06:00",
 "agreements":[A("david.ingram@enron.com",None,["record","difference"],
   "David Ingram (03): 'I will begin to record the difference and will talk with the web data folks...' - first half: log the differences between edata and the website. No date."),
  A("david.ingram@enron.com",None,["web data","talk","where they are pulling"],
   "Same sentence, second half: '...will talk with the web data folks in an attempt to understand where they are pulling the data.' No date. Not agreements in 03: 'If you would like we can do some of the analysis and pass it on to you' (conditional offer, not taken up), 'Another idea might be for you to tell us...' (suggestion), 'I would like to find a time to discuss it' (a wish, no promise). In 01, David's 'we could cover the DA-RT physical' is a proposal."),
  A("d..thomas@enron.com",None,["northeast physical","manage","book"],
   "Paul (02, the mailbox owner): 'I will continue to manage the Northeast physical book.' A statement that he keeps an ongoing responsibility (and so turns down David's suggestion), not a task with an end; readers may or may not list it, hence optional. 'Diana Allen and the IT team are currently working on resovling...' and 'Diana said that she fixed the Zone P problem' are third-party status and a past report.", optional=True)],
 "recipients":{}})

# 08
b2 = recon([("Message-ID", mid(8,2)), ("Date","Fri, 15 Jun 2001 08:39:00 -0700 (PDT)"),
  ("From","holden.salisbury@enron.com"), ("To","stephanie.piwetz@enron.com"),
  ("Subject","Bloomberg Fees"),
  ("X-Reconstructed-From","salisbury-h/1040")], body_from("salisbury-h/1040.eml", 30, 33))
write("08-bloomberg-fees", ["salisbury-h/1087.eml",b2,"salisbury-h/1040.eml"], {
 "me":"holden.salisbury@enron.com","now":"2001-06-20T09:00:00-07:00",
 "agreements":[A("stephanie.piwetz@enron.com","2001-06-18",["follow up","evelyn","posted"],
   "Stephanie Piwetz (03, Fri 15 Jun): 'I will follow up with Evelyn on Monday and will keep you posted.' Monday = 18 Jun 2001."),
  A("stephanie.piwetz@enron.com",None,["fee","take care"],
   "Same message: 'We will soon take care of the fee' - an undated promise to fix the Bloomberg fee default ('soon' is no date). 'Evelyn will be out of the office til Monday' is a fact about a non-participant. Kate Symes' broadcast (01: 'going forward we should see every trade ... showing up') and Holden's 'Please let me know if you have any more questions' are not commitments.")],
 "recipients":{"stephanie.piwetz@enron.com":R("replied","none",0)}})

# 09 decoy
write("09-index-option-fyi", ["salisbury-h/742.eml","salisbury-h/719.eml","salisbury-h/706.eml","salisbury-h/705.eml"], {
 "me":"holden.salisbury@enron.com","now":"2001-08-28T09:00:00-07:00",
 "agreements":[A("heather.dunton@enron.com",None,["keep you updated","update","ready"],
   "Heather Dunton (04): 'I will keep you updated when everything is ready to use the Index Option deal type' - the one real commitment, tied to an undated event. Everything else is FYI forwarding: 'Just want to keep you in the loop', quoted requests to Matt Motley ('I need written confirmation'), quoted IT notes ('It should exercise Index Options...'), and a question to Holden ('Do you use the Option Exercise for any other options?').")],
 "recipients":{}})

# 10
r1 = recon([("Message-ID", mid(10,1)), ("Date","Thu, 20 Dec 2001 09:28:00 -0600 (CST)"),
  ("From","ramanarao.tamma@enron.com"), ("To","daniel.muschar@enron.com"),
  ("Subject","request"),
  ("X-Reconstructed-From","saibi-e/363")], body_from("saibi-e/363.eml", 31, 39))
e1 = recon([("Message-ID", mid(10,4)), ("Date","Fri, 21 Dec 2001 11:14:00 -0600 (CST)"),
  ("From","eric.saibi@enron.com"), ("To","daniel.muschar@enron.com"),
  ("Subject","RE: request"),
  ("In-Reply-To","<26636140.1075841497214.JavaMail.evans@thyme>"),
  ("X-Reconstructed-From","saibi-e/347")], body_from("saibi-e/347.eml", 31))
e2 = recon([("Message-ID", mid(10,6)), ("Date","Mon, 31 Dec 2001 09:50:00 -0600 (CST)"),
  ("From","eric.saibi@enron.com"), ("To","daniel.muschar@enron.com"),
  ("Subject","RE: request"),
  ("In-Reply-To","<24910692.1075841496765.JavaMail.evans@thyme>"),
  ("X-Reconstructed-From","saibi-e/341")], body_from("saibi-e/341.eml", 27))
write("10-printer-cable", [r1,"saibi-e/363.eml","saibi-e/362.eml",e1,"saibi-e/347.eml",e2,"saibi-e/341.eml"], {
 "me":"eric.saibi@enron.com","now":"2002-01-03T09:00:00-06:00",
 "agreements":[A("eric.saibi@enron.com",None,["cable","get it","pick"],
   "Eric (04): 'I'd like to get that cable if you are still around. ... Otherwise I'll just get it after the Xmas.' A conditional promise by the mailbox owner; 'after the Xmas' gives no date, so null. Not agreements: Daniel's 'I have the cable now if u r still here' and 'I have one at my desk ... Whoever wants it can come get it' (offers, no promise), Rao's 'I will be out of office for the rest of the week' (a fact), 'np... have a happy new year' (courtesy).")],
 "recipients":{"daniel.muschar@enron.com":R("replied","none",0)}})

# 11
j1 = recon([("Message-ID", mid(11,1)), ("Date","Mon, 8 Oct 2001 18:03:00 -0500 (CDT)"),
  ("From","jason.wolfe@enron.com"), ("To","valerie.ridinger@alcoa.com"),
  ("Subject","gas load at Aluminum Ingot plants"),
  ("X-Reconstructed-From","wolfe-j/210")], body_from("wolfe-j/210.eml", 26))
j3 = recon([("Message-ID", mid(11,3)), ("Date","Tue, 9 Oct 2001 12:45:00 -0500 (CDT)"),
  ("From","jason.wolfe@enron.com"), ("To","valerie.ridinger@alcoa.com"),
  ("Subject","RE: gas load at Aluminum Ingot plants"),
  ("In-Reply-To","<26632405.1075852554930.JavaMail.evans@thyme>"),
  ("X-Reconstructed-From","wolfe-j/209")], body_from("wolfe-j/209.eml", 29))
write("11-alcoa-referral", [j1,"wolfe-j/210.eml",j3,"wolfe-j/209.eml","wolfe-j/185.eml"], {
 "me":"jason.wolfe@enron.com","now":"2001-10-16T09:00:00-05:00",
 "agreements":[],
 "recipients":{"valerie.ridinger@alcoa.com":R("replied","none",0)}})

# 12 decoy
write("12-monitor-sale", ["salisbury-h/415.eml","salisbury-h/413.eml","salisbury-h/412.eml","salisbury-h/396.eml"], {
 "me":"holden.salisbury@enron.com","now":"2001-10-30T09:00:00-08:00",
 "agreements":[A("paul.kane@enron.com","2001-10-26",["notif"],
   "Paul Kane's sale announcement (01, Wed 24 Oct) to the whole Portland office: 'By Friday afternoon, you will be notified that you can come by and pick out your monitor.' A passive promise inside a broadcast; careful readers may call it announcement boilerplate, hence optional. Not agreements: 'Will have a lottery type drawing on Friday Morning' and 'I will be drawing names in about one hour' (plans announced to everyone), 'We need to have all monitors picked up ... Friday the 2nd' (a demand on buyers), David Porter's 'Could you please put me on the list' (a request between other people, unanswered).", optional=True)],
 "recipients":{}})
print("built")
