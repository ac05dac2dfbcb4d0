"""Hand-written name pools for ur_PK, sw_KE, es_PY, en_NZ, sk_SK and hy_AM.

Entries are ``native|romanised|sex`` (given) or ``native|romanised`` (family),
separated by ``;``.  For Latin-script locales native and romanised are one form
(``name|sex``).  Slovak family names are ``male|female``.  Written by hand.
"""

# Pakistan: Punjabi, Pashtun, Sindhi, Baloch, Kashmiri, Gilgit-Baltistani, Christian
# and Hindu names; Urdu script and the English spelling used on forms.
UR_GIVEN = """
عمران|Imran|m; بلال|Bilal|m; فیصل|Faisal|m; حمزہ|Hamza|m; عثمان|Usman|m; طارق|Tariq|m;
ندیم|Nadeem|m; شاہد|Shahid|m; کامران|Kamran|m; وقاص|Waqas|m; زبیر|Zubair|m; عاطف|Atif|m;
جنید|Junaid|m; اسد|Asad|m; سلمان|Salman|m; ذیشان|Zeeshan|m; فرحان|Farhan|m;
ارسلان|Arsalan|m; نوید|Naveed|m; آصف|Asif|m; گل خان|Gul Khan|m; شیر علی|Sher Ali|m;
دوست محمد|Dost Muhammad|m; اللہ بخش|Allah Bakhsh|m; غلام رسول|Ghulam Rasool|m;
سکندر|Sikandar|m; یاسر|Yasir|m; ثاقب|Saqib|m; مراد|Murad|m; نعمان|Noman|m; امجد|Amjad|m;
پرویز|Pervaiz|m; رمیش|Ramesh|m; محمد اکرم|Muhammad Akram|m;
عائشہ|Ayesha|f; فاطمہ|Fatima|f; سدرہ|Sidra|f; ماہ نور|Mahnoor|f; حنا|Hina|f; رابعہ|Rabia|f;
ثناء|Sana|f; نادیہ|Nadia|f; صائمہ|Saima|f; کرن|Kiran|f; زینب|Zainab|f; مریم|Maryam|f;
عظمیٰ|Uzma|f; شازیہ|Shazia|f; نازیہ|Nazia|f; فریحہ|Fariha|f; انعم|Anum|f; ارم|Iram|f;
گلالئی|Gulalai|f; زرینہ|Zarina|f; شمیم|Shamim|f; نسرین|Nasreen|f; رخسانہ|Rukhsana|f;
طاہرہ|Tahira|f; عالیہ|Aliya|f; مہوش|Mehwish|f; صبا|Saba|f; پروین|Parveen|f;
ثمینہ|Samina|f; لائبہ|Laiba|f; سویرا|Savera|f; کلثوم|Kulsoom|f
"""
UR_FAMILY = """
خان|Khan; ملک|Malik; چوہدری|Chaudhry; بٹ|Butt; قریشی|Qureshi; شیخ|Sheikh; اعوان|Awan;
راجپوت|Rajput; آرائیں|Arain; میمن|Memon; بلوچ|Baloch; یوسفزئی|Yousafzai; آفریدی|Afridi;
خٹک|Khattak; درانی|Durrani; مری|Marri; بگٹی|Bugti; سومرو|Soomro; بھٹو|Bhutto; جتوئی|Jatoi;
لغاری|Leghari; مزاری|Mazari; گیلانی|Gilani; نقوی|Naqvi; رضوی|Rizvi; ہاشمی|Hashmi;
عباسی|Abbasi; کیانی|Kayani; ستی|Satti; گجر|Gujjar; وڑائچ|Warraich; چیمہ|Cheema;
باجوہ|Bajwa; مسیح|Masih; کمار|Kumar; ہنزائی|Hunzai; شاہ|Shah; صدیقی|Siddiqui;
انصاری|Ansari; تالپور|Talpur; کھوسو|Khoso; مینگل|Mengal
"""

# Kenya: Christian given names with Kikuyu, Luo, Kalenjin, Luhya, Kamba, Kisii,
# Maasai, Turkana, Somali and coastal (Swahili, Mijikenda) names.
SW_GIVEN = """
Brian|m; Kevin|m; Dennis|m; Collins|m; Victor|m; Evans|m; Kelvin|m; Samuel|m; Joseph|m;
Peter|m; Wycliffe|m; Fredrick|m; Erick|m; Geoffrey|m; Kipchoge|m; Kiprono|m; Kipkemboi|m;
Omondi|m; Onyango|m; Ochieng|m; Wekesa|m; Barasa|m; Mutua|m; Musyoka|m; Njoroge|m;
Hassan|m; Abdi|m; Juma|m; Bakari|m; Salim|m; Lemayian|m; Ekai|m; Lokwang|m; Nyaga|m;
Faith|f; Mercy|f; Grace|f; Joy|f; Caroline|f; Purity|f; Beatrice|f; Winnie|f; Esther|f;
Lucy|f; Nancy|f; Sharon|f; Diana|f; Cynthia|f; Wanjiru|f; Wambui|f; Njeri|f; Wanjiku|f;
Nyambura|f; Akinyi|f; Atieno|f; Adhiambo|f; Awuor|f; Chebet|f; Jepkosgei|f; Chepkoech|f;
Nafula|f; Nekesa|f; Mwende|f; Mumbua|f; Ndinda|f; Zawadi|f; Amina|f; Halima|f; Fatuma|f;
Mwanaisha|f; Nasieku|f; Naliaka|f; Kwamboka|f
"""
SW_FAMILY = """
Kamau; Njoroge; Mwangi; Kariuki; Githinji; Wainaina; Gachanja; Otieno; Odhiambo; Ochieng;
Onyango; Owino; Okoth; Omondi; Kiptoo; Kipchumba; Rotich; Cheruiyot; Kirui; Langat; Koech;
Wafula; Wekesa; Barasa; Simiyu; Were; Mutua; Musyoka; Kilonzo; Muthoka; Nyamweya; Ombati;
Abdi; Hassan; Mohamed; Lemayian; Saitoti; Ekiru; Lokorio; Mbwana; Mazrui; Kazungu; Chengo;
Baya; Nyakundi; Mogaka
"""

# Paraguay: Spanish, Guarani-origin, Mennonite, Japanese-Paraguayan and
# Korean-Paraguayan names; people carry two family names.
ES_GIVEN = """
Derlis|m; Osvaldo|m; Nery|m; Ever|m; Blas|m; Cirilo|m; Aníbal|m; Hugo|m; Édgar|m; Wilson|m;
Celso|m; Rubén|m; Crispín|m; Ramón|m; Eusebio|m; Gustavo|m; Julio César|m; Alcides|m;
Rodolfo|m; Teófilo|m; Nelson|m; Arnaldo|m; Lorenzo|m; Sixto|m; Clemente|m; Efraín|m;
Juan Carlos|m; Pedro Pablo|m; Heinrich|m; Jakob|m; Hiroshi|m; Arapy|m; Tupã|m; Fulgencio|m;
María Celeste|f; Liz|f; Nilda|f; Lourdes|f; Fátima|f; Ramona|f; Ruth|f; Fidelina|f;
Gladys|f; Mirna|f; Zunilda|f; Elvira|f; Petrona|f; Raquel|f; Perla|f; Rocío|f; Araceli|f;
Jazmín|f; Tania|f; Marlene|f; Griselda|f; Mirtha|f; Blanca|f; Romina|f; Cinthia|f;
Carmen Rosa|f; Aurelia|f; Katharina|f; Yuki|f; Yvoty|f; Jasy|f; Panambi|f; Cándida|f
"""
ES_FAMILY = """
Benítez; Giménez; Cáceres; Báez; Ayala; Duarte; Vera; Villalba; Ortiz; Insfrán; Riquelme;
Zárate; Aquino; Brítez; Cabañas; Florentín; Galeano; Acosta; Núñez; Rojas; Ojeda; Sanabria;
Paredes; Escobar; Leguizamón; Arce; Cardozo; Chamorro; Espínola; Maidana; Mereles; Ocampos;
Recalde; Sosa; Talavera; Velázquez; Villagra; Alderete; Amarilla; Bogado; Cantero; Friesen;
Wiebe; Penner; Nakayama; Kim; Yegros; Melgarejo
"""

# New Zealand: Pākehā, Māori, Samoan, Tongan, Cook Islands, Indian, Chinese and
# other immigrant names.
EN_GIVEN = """
Tama|m; Wiremu|m; Hemi|m; Rawiri|m; Manaia|m; Nikau|m; Tāne|m; Rangi|m; Hone|m; Sione|m;
Viliami|m; Tevita|m; Iosefa|m; Liam|m; Oliver|m; Jack|m; Hamish|m; Angus|m; Cameron|m;
Finn|m; Lachlan|m; Mitchell|m; Brayden|m; Kieran|m; Ethan|m; Rohan|m; Harpreet|m; Arjun|m;
Wei|m; Jun|m; Craig|m; Trevor|m; Graeme|m; Teina|m; Mataio|m;
Aroha|f; Mere|f; Ngaire|f; Anahera|f; Kahurangi|f; Mereana|f; Hine|f; Moana|f; Losa|f;
Mele|f; Salote|f; Leilani|f; Malia|f; Sina|f; Talia|f; Olivia|f; Charlotte|f; Isla|f;
Ruby|f; Amelia|f; Sophie|f; Georgia|f; Kirsty|f; Shona|f; Fiona|f; Rebecca|f; Priya|f;
Mei|f; Hana|f; Aisha|f; Bridget|f; Sinead|f; Tiare|f; Ngaio|f
"""
EN_FAMILY = """
Ngata; Tipene; Parata; Te Whata; Horomona; Tuhiwai; Te Rangi; Walker; Smith; Williams;
Brown; Wilson; Taylor; Thompson; McKenzie; O'Connor; Campbell; Robertson; Fraser; Henare;
Pōmare; Tāwhiri; Fa'amausili; Tuilagi; Fonoti; Taufa; Havili; Fifita; Tupou; Leaupepe;
Patel; Singh; Chen; Zhang; Kaur; Nguyen; van der Berg; Kowalski; Sutherland; MacDonald;
Marsters; Tangitu; Ruawai; Paewai
"""

# Slovakia: Slovak, Hungarian-minority, Rusyn and Roma-community names.
SK_GIVEN = """
Ján|m; Peter|m; Martin|m; Marek|m; Juraj|m; Ľubomír|m; Miroslav|m; Dušan|m; Ondrej|m;
Matúš|m; Tibor|m; Zoltán|m; Gejza|m; Rastislav|m; Branislav|m; Vladimír|m; Štefan|m;
Jozef|m; Ivan|m; Radoslav|m; Ľudovít|m; Milan|m; Pavol|m; Imrich|m; Attila|m; Vasiľ|m;
Kristián|m; Samuel|m; Oliver|m; Bystrík|m;
Zuzana|f; Katarína|f; Jana|f; Lucia|f; Mária|f; Veronika|f; Ľudmila|f; Soňa|f; Alžbeta|f;
Eva|f; Daniela|f; Miriam|f; Jarmila|f; Nikoleta|f; Viera|f; Silvia|f; Gabriela|f;
Dominika|f; Erzsébet|f; Ildikó|f; Anna|f; Terézia|f; Kristína|f; Natália|f; Petronela|f;
Slávka|f; Olga|f; Marcela|f; Timea|f; Emília|f
"""
SK_FAMILY = """
Horváth|Horváthová; Kováč|Kováčová; Varga|Vargová; Tóth|Tóthová; Nagy|Nagyová;
Baláž|Balážová; Molnár|Molnárová; Szabó|Szabóová; Novák|Nováková; Mináč|Mináčová;
Hudák|Hudáková; Slovák|Slováková; Lukáč|Lukáčová; Krajčír|Krajčírová; Polák|Poláková;
Kučera|Kučerová; Šimko|Šimková; Gajdoš|Gajdošová; Oravec|Oravcová; Petráš|Petrášová;
Bartoš|Bartošová; Kollár|Kollárová; Rusnák|Rusnáková; Ščerba|Ščerbová; Fedor|Fedorová;
Chovanec|Chovancová; Ďurica|Ďuricová; Kmeť|Kmeťová; Jurčo|Jurčová; Čierny|Čierna;
Bielik|Bieliková; Sýkora|Sýkorová; Hrušovský|Hrušovská; Ondrejka|Ondrejková;
Záhorský|Záhorská; Demko|Demková; Staňo|Staňová; Pavlík|Pavlíková; Lacko|Lacková;
Mikuš|Mikušová; Gunár|Gunárová; Kaleja|Kalejová
"""

# Armenia: Armenian given and family names (Eastern Armenian spelling), with
# Yazidi names.
HY_GIVEN = """
Արամ|Aram|m; Արմեն|Armen|m; Դավիթ|Davit|m; Գոռ|Gor|m; Տիգրան|Tigran|m; Հայկ|Hayk|m;
Նարեկ|Narek|m; Վահե|Vahe|m; Սուրեն|Suren|m; Արթուր|Artur|m; Կարեն|Karen|m; Գագիկ|Gagik|m;
Արտակ|Artak|m; Սամվել|Samvel|m; Վարդան|Vardan|m; Հովհաննես|Hovhannes|m; Գևորգ|Gevorg|m;
Մհեր|Mher|m; Ռուբեն|Ruben|m; Աշոտ|Ashot|m; Էդգար|Edgar|m; Մանվել|Manvel|m;
Սերգեյ|Sergey|m; Հրանտ|Hrant|m; Վազգեն|Vazgen|m; Ժիրայր|Zhirayr|m; Համլետ|Hamlet|m;
Ռաֆայել|Rafayel|m; Լևոն|Levon|m; Արսեն|Arsen|m; Միքայել|Mikayel|m; Ազիզ|Aziz|m;
Անի|Ani|f; Անահիտ|Anahit|f; Լուսինե|Lusine|f; Մարիամ|Mariam|f; Նարինե|Narine|f;
Գայանե|Gayane|f; Արմինե|Armine|f; Սոնա|Sona|f; Հասմիկ|Hasmik|f; Սիրանուշ|Siranush|f;
Լիլիթ|Lilit|f; Տաթևիկ|Tatevik|f; Աստղիկ|Astghik|f; Նունե|Nune|f; Քրիստինե|Kristine|f;
Մերի|Meri|f; Զարուհի|Zaruhi|f; Գոհար|Gohar|f; Սաթենիկ|Satenik|f; Շուշան|Shushan|f;
Էլեն|Elen|f; Արփինե|Arpine|f; Վարսենիկ|Varsenik|f; Ռուզաննա|Ruzanna|f;
Սյուզաննա|Syuzanna|f; Ալվարդ|Alvard|f; Մանե|Mane|f; Հռիփսիմե|Hripsime|f; Անուշ|Anush|f;
Ծովինար|Tsovinar|f; Զեյնաբ|Zeynab|f
"""
HY_FAMILY = """
Հովհաննիսյան|Hovhannisyan; Սարգսյան|Sargsyan; Պետրոսյան|Petrosyan; Գրիգորյան|Grigoryan;
Կարապետյան|Karapetyan; Հարությունյան|Harutyunyan; Ավետիսյան|Avetisyan; Մկրտչյան|Mkrtchyan;
Խաչատրյան|Khachatryan; Ղազարյան|Ghazaryan; Մանուկյան|Manukyan; Վարդանյան|Vardanyan;
Ստեփանյան|Stepanyan; Սահակյան|Sahakyan; Գասպարյան|Gasparyan; Ալեքսանյան|Aleksanyan;
Մարտիրոսյան|Martirosyan; Բաղդասարյան|Baghdasaryan; Զաքարյան|Zakaryan;
Աբրահամյան|Abrahamyan; Թովմասյան|Tovmasyan; Մելքոնյան|Melkonyan; Դանիելյան|Danielyan;
Համբարձումյան|Hambardzumyan; Շահինյան|Shahinyan; Եղիազարյան|Yeghiazaryan;
Ոսկանյան|Voskanyan; Չոբանյան|Chobanyan; Ասատրյան|Asatryan; Մինասյան|Minasyan;
Թորոսյան|Torosyan; Օհանյան|Ohanyan; Գալստյան|Galstyan; Ադամյան|Adamyan;
Աղաջանյան|Aghajanyan; Տեր-Պետրոսյան|Ter-Petrosyan; Մուրադյան|Muradyan; Նազարյան|Nazaryan;
Ղուկասյան|Ghukasyan; Սիմոնյան|Simonyan; Թամոյան|Tamoyan; Հասոյան|Hasoyan
"""
