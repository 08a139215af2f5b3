"""Data: common given names (issue 11, session 28), a gazetteer apart from logic.

Read where a rule of last resort takes a lone two-word text for a person ("the one name in
the page's header", :func:`~newsarchive.extract.profilebox.header_owner`): on the 288 real
dev pages that rule gave 10 names, none a person ("Zum Inhalt", "Service Navigation",
"Kostenlose Beratung", "ZUR KASSE"), while the people it is for open with a given name.
The list is general knowledge, written by origin (German first, as the archive's pages are),
not from any page: the names people writing in German-language media and blogs carry most,
then English, Nordic, Dutch, French, Italian, Spanish and Portuguese, Slavic, Hungarian,
Greek, Turkish, Arabic and Persian, South and East Asian and African ones. Lower case
without diacritics (:func:`~newsarchive.extract.givenname.plain`): "Jürgen" is "jurgen".
"""

from __future__ import annotations

_GERMAN = """
achim adelheid adrian agathe albert alexander alexandra alfred alina alois alwin andre andrea
andreas angela angelika anita anja anke anna annalena anne annegret annemarie annette annika
antje anton antonia ariane armin arnd arne arno arnold astrid axel barbara bastian beate ben
benedikt benjamin berit bernadette bernd bernhard berta bettina bianca birgit birgitta birte
bjarne bjorn bodo brigitte britta brunhilde bruno burkhard carina carl carla carmen carolin
caroline carsten charlotte christa christian christiane christina christine christoph
christopher clara claudia clemens constanze cornelia dana daniel daniela david denise dennis
detlef diana dieter dietmar dietrich dirk dominik doris dorit dorothea dorothee eckart eckhard
edeltraud edgar edith egon elena elfriede elias elisabeth elke ella ellen elmar elsa else emely
emil emilia emma erhard erich erik erika erna ernst erwin esther eugen eva ewald fabian falk
felix ferdinand fiete finn florian frank franz franziska frauke frida friederike friedhelm
friedrich fritz gabi gabriel gabriele georg gerald gerd gerda gerhard gerlinde gernot gerold
gert gertrud gesine gisela gottfried gregor greta gudrun guido gunter gunther gustav hagen hanna
hannah hannelore hannes hanno hans harald hartmut hedwig heide heidi heidrun heike heiko
heinrich heinz helena helene helga helge hella helmut hendrik henning henri henriette henrik
henry herbert hermann hilde hildegard holger horst hubert hugo ida ilka ilona ilse imke ina ines
inga inge ingeborg ingo ingrid irene iris irma irmgard isabel isabell isabella jacqueline jakob
jan jana janina janine janna jannik jasmin jens jessica joachim jochen johann johanna johannes
jonas jonathan jorg joschka josef josefine josephine judith julia julian juliane julius jurgen
justus jutta kai kai-uwe karin karl karla karolina karoline karsten katharina kathrin katja
katrin kerstin kevin kilian klara klaus klaus-dieter konrad konstantin kristin kurt lara lars
laura lea lena leni leo leon leonie leopold lina linda lisa lorenz lothar lotte louisa luca
lucas lucia lucie lucy ludwig luisa luise lukas lutz magdalena maik malin malte manfred manuel
manuela marc marcel marco marcus mareike maren marga margarete margit margot maria marianne
marie marika marina mario marion marius mark markus marlene marlies marta martha martin martina
marvin mathias mathilda matthias max maximilian meike melanie melina merle mia michael michaela
michelle mila miriam mirko monika moritz nadine nadja natalie nathalie nele nico nicola nicolas
nicole niklas nils nina nora norbert norma oda olaf ole oliver oskar ottmar otto pascal patricia
patrick paul paula paulina peer peter petra philipp philippa pia rainer ralf ralph raphael
regina reiner reinhard reinhold renate rene richard rieke rita robert robin roland rolf roman
ronald ronja rosa rosemarie rudi rudiger rudolf ruth sabine sabrina sandra sandro sara sarah
sascha sebastian selma severin siegfried sieglinde siegrid sigrid silke silvia silvio simon
simone sina sofia sonja sophia sophie stefan stefanie steffen stephan stephanie stine susanne
svea sven svenja swen sybille sylvia tabea tanja tatjana thea thekla theo theresa therese thilo
thomas thorsten til till tilman tilo tim timo tina tjark tobias tom toni torben torsten ulf ulla
ulli ulrich ulrike ursula ute uwe valentin vanessa vera verena viktor viktoria vincent volker
waldemar walter waltraud wenke werner wiebke wilfried wilhelm willi wiltrud winfried wolf
wolfgang wolfram xaver yannick yasmin yvonne
enno fenja hauke jonte lotta maja mats
almut anselm bendix cornelius dorte eberhard ekkehard gotz hajo hendrikje henner henrike hiltrud
hinnerk insa janne jannis kay keno korbinian leonhard maike mathis piet quirin roswitha silas
sonke swantje thore tomke veit vitus wendelin wilko
barbel carola frieda marita ottilie sepp uschi
adele alma annelie anneliese ansgar beatrix benno carlotta claas corinna corinne edda finja
gerrit gesa gesche gunda heiner hilke hinrich jarne jorinde jost jule kira kirsten kuno lene
lennart levin lioba mara marieke marit martje meret mira mirjam okke okko rahel ramona reinhild
renke reto ricarda romy ruben smilla soren tamara tammo tessa thies thorben udo urs uta
"""

_ENGLISH = """
aoife arlo bea callum finley isla maya niamh rory siobhan
aaron abigail adam aiden alan albert alex alfie alice alison amanda amber amelia amy andrew andy
angus ann anthony archie arthur ashley audrey austin barry beatrice bella bernard beth betty
bill billy blake bob bonnie brad brandon brenda brian bridget brooke bruce bryan caitlin caleb
calvin cameron carl carol caroline carrie catherine cecilia charles charlie chelsea chloe chris
christopher cindy claire clarence cole colin colleen connor craig crystal cynthia dale dan danny
darren dave dawn dean debbie deborah declan dennis derek desmond diane dominic donald donna
dorothy douglas duncan dylan edith edward edwin eileen elaine eleanor eliza elizabeth ellie
elliot ellis emily emma eric erin esme ethan evan evelyn felicity fiona florence floyd frances
francis freddie frederick gabriel gareth gary gavin gemma george gerald gilbert gillian gina
glen glenn glenys gordon grace graham grant greg gregory gwen harold harriet harry harvey hazel
heather hector helen henry herbert holly howard hugh ian imogen isaac isabelle ivy jack jackie
jacob jacqueline jake james jamie jane janet jasmine jason jasper jean jeff jeffrey jennifer
jenny jeremy jerry jessie jill joan joanne jocelyn jodie joe john jonathan jordan joseph josh
joshua joyce julian julie june justin karen kate katherine kathleen kathryn katie keith kelly
ken kenneth kerry kieran kim kimberly kirk kirsty kyle lauren laurence leah lee leonard leslie
lewis liam lily linda lindsay lisa liz lloyd logan lorna lorraine louise lucy luke lydia lynn
mabel madison maggie malcolm mandy marcus margaret marian marjorie martha mary matt matthew
maureen maxine megan melissa mia michelle mike mildred miles miriam molly morgan muriel nancy
naomi nathan neil nell nicholas nick nigel noah nora norman oliver olivia ophelia oscar owen
pamela patricia patrick paula pauline peggy penelope penny percy phil phillip phoebe phyllis
quentin rachel ralph raymond rebecca reginald rhys richard rick rita rob roger roland ronald
rosalind rose rosie ross ruby rupert russell ryan sally sam samantha samuel scott sean shane
sharon shaun sheila shirley sidney simon sophie stacey stanley stella steve steven stuart susan
suzanne sylvia tara teresa terry theodore tiffany timothy toby todd tony tracy trevor tyler
ursula valerie vanessa vera victoria vincent violet walter wayne wendy wilfred william winifred
zachary zoe
alaric barnaby bethany bronwen carys cerys cordelia demelza dermot eamon eilidh elspeth euan
ezra fergus ffion fraser gwendolyn hamish hattie idris iona keira kelsey kendra lachlan
lionel lorcan marguerite morag morwenna nuala orla ottoline perpetua poppy rhiannon rufus
saoirse seamus sinead tamsin tegan tobiah verity wendell
"""

_NORDIC_DUTCH = """
aart agnes anders anneke arvid astrid birgitta bjarne bo daan dag einar eirik elin emil erling
espen eva fenna finn frode gunnar gustaf hakon halvard hanne harald henk hilde ingrid ivar jens
joost jorn kari karin kjell klaas knut lars lasse leif linnea liv maarten mads magnus mette
mikkel morten nils noor oddvar pieter ragnar ruud sanne saskia sigrid sindre siri solveig stig
sven thijs tor torbjorn trond ulrika vibeke wim wouter
jorunn ragnhild sunniva synnove tove torunn
"""

_ROMANCE = """
adriana agnes alain alberto alejandro alessandra alessandro alicia alvaro amelie ana antoine
antonio beatriz benoit bruno camille carlos carmen catarina cecile celine chiara claude cristina
diego dolores eduardo elena emilio enrico enzo esteban fabio federica federico fernando
francesca francesco francisco francois gabriel gael giacomo gianluca gilles giorgio giovanna
giovanni giulia giuseppe guillaume helene hugo ines isabelle jacques javier jean joao joaquim
jorge jose josefa juan julien laetitia laurent leonardo lorenzo luc lucia luis luisa manon
manuel marcello marco mariana marta mateo mathieu matteo mercedes miguel monique nathalie
nicolas nuno pablo paola pedro philippe pierre raffaele raul roberto rodrigo rosa sandro sergio
silvia simone stefano teresa thierry tiago valentina vincent virginie xavier yves
fabienne marisa marisol rafael
"""

_SLAVIC_HU_GR = """
agnieszka aleksandar aleksandra alena alexei ana anastasia andrei andrzej anja bartosz bogdan
boris branko dagmar dariusz darko dimitri dimitrios dmitri dragan elena eleni ewa georgios goran
ioannis irina istvan ivan ivana jakub jan jana janos jaroslav jelena jiri joanna karel katarzyna
kostas krzysztof lajos laszlo lenka lucie magdalena malgorzata marek marija marko milan miroslav
monika natasha nikola nikos oksana olga pavel pavla petr petra piotr radek sergei slavica sofia
stanislav stefan svetlana tamas tatiana tomas tomasz vaclav vasilis vera vesna viktor vladimir
wojciech yannis yuri zbigniew zoltan zoran zuzana
alexej juri natalja pawel sergej swetlana wladimir
branka dragana dubravka jovana luka lukasz milena mirjana natalia sanja snezana tijana
teodor veronika
"""

_TURKISH_ARABIC_PERSIAN = """
abdullah adem ahmad ahmed ahmet ali amina amir asli ayhan aylin aynur ayse aysel aziz bahar
baris bayram burak can canan cem cemal cengiz deniz derya dilek ebru elif emel emine emre enes
erkan esra fadime farah fatima fatma ferhat feride gokhan gul gulsen hakan halil hamid hasan
hassan hatice huseyin ibrahim ilknur ismail kaan kemal khalid layla leyla mahmoud mariam mehmet
melek meltem merve mohammad mohammed muhammad murat mustafa naz nesrin nihat nilufer omar omer
osman ozlem rana recep reza sabine sami samir sara selin selma serkan sevgi sinan songul tarek
tariq tugba umut volkan yasemin yasin yusuf zainab zehra zeynep
karim kerem nadia
arif berk busra ceren dilara eren ercan hulya ilker levent melike metin nazan onur orhan ozan
pinar seda sibel tolga ufuk
kubra
ayla ece malik mert okan selim
"""

_ASIAN_AFRICAN = """
aditya amara amit anil anjali arjun ashok chen chidi chinedu deepak divya feng ganesh haruto
hiroshi hui jin jun kavita kemi kenji kofi kwame li lin mei min ming ngozi nikhil oluwaseun
priya rahul raj rajesh ravi rohan sakura sanjay satoshi shreya sunil takashi thabo tunde vijay
wei xin yan yuki yusuke zanele zhang
kwabena priyanka tayo
"""

#: Every given name above (lower case, no diacritics), for a first word's test.
GIVEN_NAMES = frozenset(
    " ".join(
        (
            _GERMAN,
            _ENGLISH,
            _NORDIC_DUTCH,
            _ROMANCE,
            _SLAVIC_HU_GR,
            _TURKISH_ARABIC_PERSIAN,
            _ASIAN_AFRICAN,
        )
    ).split()
)
