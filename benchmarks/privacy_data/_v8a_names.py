"""Person names for the v8a set.

Every pool below is a hand-filtered subset of names-dataset 3.3.1 (``NameDataset().get_top_names``,
first names n=150 per gender, last names n=250, per country): junk entries (nicknames, words,
places, clubs, emoji, other scripts) were dropped by hand.  ``python _v8a_names.py --verify``
re-checks that every kept name is in the dataset's top lists (slow: loads the dataset).
"""

from __future__ import annotations

import random
import sys

S = str.split

POOLS: dict[str, dict[str, list[str]]] = {
    "BO": {
        "M": S(
            "Juan Carlos Luis Jose Jorge Fernando Mario Javier Miguel Edwin Rodrigo Freddy "
            "Alejandro Oscar Roberto Cristian Jhonny Pedro Ruben Marcelo Edgar Raul Pablo "
            "Ramiro Ariel Sergio Jaime Julio Ronald Rene Wilson Alvaro Felix Alfredo Ivan "
            "Rolando Hugo Mauricio Nelson Gustavo Gonzalo Grover Reynaldo Efrain Wilfredo "
            "Limber Guido Vladimir Humberto Wilder Edson Gualberto Marcial"
        ),
        "F": S(
            "Silvia Carmen Martha Elizabeth Roxana Alejandra Gabriela Carla Lidia Paola "
            "Maribel Veronica Juana Isabel Rosario Nancy Lourdes Ruth Mariela Rosmery Celia "
            "Virginia Miriam Gladys Marisol Margarita Delia Norma Fabiola Ximena Erika "
            "Pamela Marlene Hilda Noemi Susana Jimena Viviana Lizeth Nelly Liliana Rocio "
            "Yolanda Eliana Graciela Zulma Noelia Wilma Maritza Soledad Deysi Jhoselin"
        ),
        "L": S(
            "Mamani Flores Quispe Choque Condori Vargas Rojas Lopez Rodriguez Gutierrez "
            "Fernandez Cruz Mendoza Ramos Apaza Gonzales Torrez Huanca Colque Aguilar "
            "Chavez Miranda Ticona Cuellar Calle Soliz Villca Justiniano Chambi Poma "
            "Montaño Villarroel Rocha Camacho Vaca Torrico Limachi Salvatierra Cespedes "
            "Callisaya Saavedra Quisbert Chura Zambrana Arancibia Canaviri Terrazas Yujra "
            "Mayta Machaca Aruquipa Alanoca Zeballos Veizaga Tarqui Calizaya Zenteno "
            "Menacho Siles Huarachi Antezana Loayza Chipana Guarachi Añez Quenta Laime"
        ),
    },
    "CR": {
        "M": S(
            "Gerardo Alejandro Esteban Andres Mauricio Ronald Marvin Erick Rafael Josue "
            "Alvaro Randall Bryan Allan Alonso Andrey Guillermo Edgar Kenneth Freddy "
            "Rodolfo Roy Greivin Brandon Rolando Minor Marlon Arturo Jairo Geovanny Olman "
            "Melvin Kendall German Ronny Gerald Alfonso Douglas Danilo Wilberth Mainor "
            "Gilberto Maikol Olger Fabricio Jeffry Rigoberto Keylor Jeison Heiner Bernal"
        ),
        "F": S(
            "Carmen Karla Xinia María Maritza Marielos Flor Shirley Roxana Katherine "
            "Kattia Karol Ligia Maribel Yorleny Yamileth Rocio Rebeca Marjorie Mayra "
            "Guiselle Damaris Mayela Kimberly Ericka Grettel Hazel Marlen Viviana Fabiola "
            "Hellen Nuria Vilma Ivannia Ileana Nidia Priscilla Rosibel Yesenia Marianela "
            "Jimena Lidieth Maureen Yendry Hannia Seidy Fiorella Xiomara Floribeth"
        ),
        "L": S(
            "Vargas Mora Rojas Jimenez Hernandez Castro Gonzalez Ramirez Morales Alvarado "
            "Araya Campos Solano Arias Quesada Castillo Salazar Villalobos Aguilar "
            "Espinoza Brenes Rodríguez Chaves Vega Alfaro Valverde Salas Soto Jiménez "
            "Quiros Murillo Cordero Montero Chavarria Barrantes Madrigal Zuñiga Monge "
            "Segura Porras Solis Fallas Fonseca Zamora Calderon Obando Chacon Picado "
            "Badilla Esquivel Corrales Umaña Cascante Arguedas Elizondo Granados "
            "Chinchilla Abarca Barquero Acuña Sequeira Bolaños Cerdas Venegas Ureña "
            "Artavia Vindas Matarrita Ugalde Sibaja Alpizar Azofeifa Masis Trejos Viquez"
        ),
    },
    "HT": {
        "M": S(
            "Frantz Robenson Evens Kervens Mackenson Mackendy Michelet Renel Wilner "
            "Fritznel Kesnel Mercidieu Fritzner Wesner Ernso Steevenson Dukens Dimy "
            "Nazaire Roberson Fenel Luckson Luckner Wilkens Stenio Sadrack Wadson Yvens "
            "Berthony Mickenson Luckenson Kesner Presnel Roobens Wisly Fedner Marvens "
            "Frisnel Evenson Osnel Yvenson Richemond Franckel Frantzdy Astrel Claudin"
        ),
        "F": S(
            "Darline Guerda Guerline Jesula Magdala Berline Kerline Yvrose Nahomie "
            "Guirlene Maudeline Daphney Nerlande Wideline Sherline Mirlande Edeline "
            "Sophonie Modeline Cherline Islande Judeline Kettia Gertha Milande Yvena "
            "Dieuna Manouchka Mirlene Phara Myrlande Yolette Wisline Lovelie Dieula "
            "Widline Guerlande Roselande Edline Rodeline Yolene Cassandre Mimose Wislande"
        ),
        "L": S(
            "Pierre Chery Etienne Cadet Desir Sanon Auguste Laguerre Jeune Calixte "
            "Guerrier Marcelin Jeanbaptiste Moïse Bazile Edouard Altidor Louissaint "
            "Belizaire Hyppolite Lubin Ulysse Casseus Delva Dorvil Jeudy Jeanty Mondesir "
            "Hilaire Brutus Exantus Lindor Geffrard Fenelon Valcin Dorsainvil Vilsaint "
            "Marcellus Metellus Saintil Senat Philistin Bonhomme Similien Romulus "
            "Saintilus Forestal Mompremier Volcy Fleurant Beaubrun Dieujuste Cantave "
            "Senatus Romelus Derosier Samedy Compere Polynice Estime Dorlus Clermont "
            "Lafortune Mesidor Thermidor Desrosiers Lamarre Morency Milord Thelusma"
        ),
    },
    "DZ": {
        "M": S(
            "Mohamed Amine Ahmed Ali Karim Samir Hamza Walid Omar Kamel Khaled Youcef "
            "Mourad Djamel Said Rachid Salim Brahim Adel Hakim Nabil Oussama Salah Bilal "
            "Yacine Farid Hamid Sofiane Hicham Amar Rabah Aymen Toufik Anis Ayoub Imad "
            "Fares Hichem Hocine Mustapha Fouad Aissa Abdelkader Younes Rafik Ramzi "
            "Mounir Fateh Bachir Nassim Smail Houari Nacer Lotfi Raouf Mokhtar Lakhdar"
        ),
        "F": S(
            "Amina Sara Amel Lina Amira Fatima Meriem Sarah Asma Karima Nadia Yasmine "
            "Samia Imane Marwa Samira Sabrina Rania Hanane Houda Fatiha Malika Souad "
            "Siham Lamia Ahlam Imene Aicha Ahlem Khadidja Nesrine Hadjer Soumia Naima "
            "Assia Chaima Farida Nabila Nassima Sihem Salima Djamila Nawel Kahina Kenza"
        ),
        "L": S(
            "Slimani Saidi Brahimi Salhi Haddad Dahmani Mansouri Touati Sahraoui Hadji "
            "Rahmani Hamdi Yahiaoui Amara Moussaoui Kadri Belhadj Bouzid Messaoudi "
            "Saadi Nasri Salmi Achour Madani Larbi"
        ),
        "Ma": S("محمد يوسف جمال كمال مراد امين عمر"),
    },
    "IQ": {
        "M": S(
            "علي محمد احمد حسين حيدر عباس مصطفى حسن سجاد امير عبدالله يوسف علاء عمر كرار "
            "عمار مرتضى سعد خالد مهند محمود وسام قاسم جاسم ابراهيم حسام مهدي ياسر كاظم "
            "وليد منتظر عقيل ضياء عماد سلام جعفر باسم ليث عادل صادق صلاح رعد عدنان كريم "
            "رائد عامر فاضل اياد زيد رضا سيف ماجد رياض فراس حميد صالح هيثم مروان ماهر "
            "يونس محسن ايمن امجد فارس زياد سالم جواد هشام ميثم عدي قصي حازم باقر طارق "
            "ستار حاتم ياسين حسنين جمال هاشم مؤمل ثائر"
        ),
        "F": S(
            "نور زهراء زينب ملاك مريم اميرة ساره شهد فاطمة نرجس روان رهف هدى ياسمين تبارك "
            "حنان ندى فرح حوراء اسراء سحر مروه رقيه شيماء ريم بنين مرام اسيل ايمان شروق سمر"
        ),
        "L": S(
            "الجبوري الشمري العبيدي الموسوي التميمي الطائي الساعدي الخفاجي الدليمي الربيعي "
            "الكعبي الاسدي العزاوي العامري المالكي العبودي الدراجي الكناني الجنابي المياحي "
            "الحسيني العبادي المحمداوي البياتي القيسي الحمداني اللامي الحسناوي العيساوي "
            "الفتلاوي السعيدي العكيلي النعيمي الخزعلي السامرائي الركابي الزيدي الخالدي "
            "البهادلي المعموري الجميلي الياسري الخزرجي العتابي البدري الناصري الزهيري "
            "الكرعاوي النجفي السوداني الشريفي الوائلي الفرطوسي العنزي"
        ),
        "Ml": S(
            "Ali Ahmed Mustafa Omar Hussein Saif Hassan Haider Abbas Karar Alaa Saad "
            "Abdullah Ahmad Sajad Ameer"
        ),
        "Fl": S(
            "Noor Sara Zahraa Zainab Aya Huda Marwa Shahad Maryam Eman Zahra Safa Farah "
            "Nada Rasha Dana Lana"
        ),
    },
    "LB": {
        "M": S(
            "Ahmad Mohamad Hassan Hussein Elie Mahmoud Charbel Khaled Alaa Georges Hadi "
            "Fadi Jad Bilal Youssef Rami Samer Elias Tarek Walid Rabih Rayan Abbas Khalil "
            "Mahdi Wael Wissam Imad Ziad Abdallah Maher Jihad Kassem Bassam Nabil Jawad "
            "Fouad Mazen Toni Ghassan Wassim Firas Maroun Nader Rawad Moussa Shadi Khodor "
            "Majd Houssam Chadi Jamil Bahaa Issam Malek Talal Elio Fadel Raed Antoine "
            "Majed Jaafar Bassel Ralph Rony Nadim Ihab Naji Nizar Adham Zaher Mounir Karam"
        ),
        "F": S(
            "Fatima Nour Rita Zeinab Mariam Amal Mona Aya Nada Hiba Rima Zeina Zahraa Hala "
            "Malak Samar Hanan Rania Iman Manal Marwa Jana Wafaa Mirna Layla Samira Batoul "
            "Ghada Hoda Mira Rola Fadia Yara Layal Sanaa Faten Randa Lama Rasha Nawal "
            "Joumana Sawsan Joelle Dalal Hawraa Najwa Souad Therese Noura Mireille Ghina "
            "Antoinette Aline Tala Eliane Celine Christelle Georgette Nisrine Liliane "
            "Perla Darine Carole Pascale Sabine"
        ),
        "L": S(
            "Khalil Khoury Ibrahim Issa Saleh Saad Haddad Abdallah Hammoud Jaber Haidar "
            "Moussa Mansour Daher Farhat Ayoub Masri Harb Awad Jaafar Kassem Assaf Abboud "
            "Eid Karam Hanna Diab Nasser Fares Fakih Hijazi Sleiman Obeid Matar Younes "
            "Zaiter Hamdan Taleb Wehbe Aoun Dib Awada Saliba Rizk Mrad Nassar Salloum Nasr "
            "Saab Fawaz Hayek Itani Khatib Ghanem Halabi Fayad Barakat Bitar Asmar Nehme "
            "Chahine Darwish Azar Mokdad Kanaan Najem Salameh Semaan Hassoun Tannous "
            "Zgheib Dagher Amhaz Daou Akiki Najjar Sakr Srour Maalouf Khalaf Melhem "
            "Mortada Khalife Atwi Hamieh Sabra Jabbour Helou Hajjar Chami Daoud Nassif "
            "Azzam Chamoun Baydoun Sfeir Atallah Ghandour Chalhoub Sarkis Mazloum Kassab "
            "Mhanna Rahal Moussawi Yaghi Azzi Kanso Zeidan Mouawad Makhoul Matta Sabbagh "
            "Rammal Sayegh Tarhini Mezher Chehade Bazzi Hatoum Yammine Gerges Touma Trad "
            "Hallak Achkar Merheb Akl"
        ),
        "Ma": S(
            "حسين حسن فادي عباس سامر ماهر خضر بسام وسام قاسم باسل حيدر شادي فراس هادي غسان مجد"
        ),
        "Fa": S("فاطمة زينب زهراء"),
        "La": S(
            "علي حسين الاحمد الحسين الحسن المحمد الحمصي المصري الشامي الخطيب الحلبي عباس "
            "عثمان جعفر قاسم درويش"
        ),
    },
    "BW": {
        "M": S(
            "Thato Tebogo Neo Kabelo Kagiso Thabo Katlego Tshepo Kabo Karabo Thabang "
            "Tumelo Kago Thapelo Thabiso Kaone Bakang Obakeng Phenyo Tefo Oteng "
            "Thatayaone Mothusi Pako Kitso Itumeleng Ofentse Thuso Kamogelo Mmoloki "
            "Tshiamo Otsile Aobakwe Oarabile Tumisang Mogomotsi Tlotlo Kgosi Thuto "
            "Onkabetse Boago Tshephang Mooketsi Tapiwa Olebogeng Mompati Godfrey "
            "Odirile Ishmael Phemelo Othusitse Moemedi Innocent Goitsemodimo Tuelo"
        ),
        "F": S(
            "Mpho Lesego Gaone Boitumelo Masego Malebogo Kefilwe Lebogang Gorata Lorato "
            "Pearl Gofaone Tshepiso Precious Onalenna Kgomotso Kelebogile Laone Lesedi "
            "Keneilwe Goitseone Refilwe Omphile Dimpho Khumo Naledi Kealeboga Dineo "
            "Tsholofelo Bonolo Keitumetse Amantle Oratile Wame Koketso Charity Goitse "
            "Tshegofatso Kutlo Patience Bontle Maipelo Keabetswe Keletso Amogelang Nonofo"
        ),
        "L": S(
            "Moyo Modise Ncube Ndlovu Sibanda Dube Molefe Mosweu Mooketsi Kenosi Mpofu "
            "Moseki Phiri Pule Ngwenya Mogotsi Moeng Moloi Motsumi Moalosi Montsho Marumo "
            "Moremi Motsamai Phuthego Tau Lesole Moilwa Molebatsi Masilo Mokgosi Mogorosi "
            "Nyathi Motlogelwa Masole Motlhabane Molatlhegi Tshuma Mothibi Letsholo "
            "Mogapi Morake Morapedi Otukile Pilane Mmereki Molapisi Khumalo Molefhe "
            "Mokwena Kgosiemang Molefi Nkomo Molosiwa Moroka Mmusi Dikgang Monageng "
            "Kaisara Toteng Seleka Mmolawa Medupe Kgosietsile Setlhare Mokgethi Ngwako "
            "Moatshe Tsheko Maswabi Mokalake Moeti Mosarwa Monyatsi Pheto Montshiwa "
            "Tshekiso Leburu Dintwa Motlhagodi Bogatsu Selelo Tladi Nkwe"
        ),
    },
    "KH": {
        "Mk": S(
            "សុខ ហេង សុវណ្ណ វ៉ាន់ នួន ហុង សាន មករា សំណាង សុផល វុទ្ធី សារិន វណ្ណា "
            "សុភាព វាសនា រស្មី ប៊ុនធឿន វិសាល រិទ្ធី សុធា ធារ៉ា រតនា"
        ),
        "Fk": S("ស្រី ចាន់ ភារម្យ សឿន សុភា លីដា ចិន្តា បញ្ញា សុផារី"),
        "Lk": S("សុខ ហេង ជា លី ចាន់ គង់ ម៉ៅ នួន សំ ហុង សឿន មាស ឃឹម អ៊ុំ ទួន សេង ឡាយ"),
        "M": S(
            "Veasna Pich Chhun Sothea Sophal Samnang Makara Socheat Vannak Ratanak "
            "Piseth Sothy Sovann Vichet Rayuth Kosal Rathana Pheara Rathanak Sopheak "
            "Vibol Saroth Pisal Chivorn Vuthy Rithy Sokha Seyha Veasna Oudom Bunly"
        ),
        "F": S(
            "Sopheap Seyha Kunthea Pisey Bopha Sreyoun Theary Leakhena Sokkeang Thavory "
            "Leakhna Sreyrath Theara Sreytoch Pheaktra Sidaneth Chantrea Sokunthea "
            "Sophorn Vantha Phallin Sreymom Vannary Rasmey Sreyka"
        ),
        "L": S(
            "Meas Pov Sreng Chhim Chheng Norng Moeng Sorn Cheang Suon Sarom Doung Nhor "
            "Nguon Heang Vorn Nget Chhay Loem Ieng Oeung Kuoch Chhuon Sloy Choeun "
            "Loeung Ngoun Hoem"
        ),
    },
    "FJ": {
        "M": S(
            "Tevita Viliame Mosese Seru Inoke Waisea Krishneel Esala Joseva Rusiate Epeli "
            "Apenisa Ashneel Shayal Isireli Mesake Timoci Kitione Taniela Jope Alifereti "
            "Aisake Rupeni Pauliasi Ulaiasi Malakai Ifereimi Nemani Isoa Ashnil Josese "
            "Samisoni Aisea Simione Petero Rajneel Solomoni Ravneel Maciu Laisiasa Avneel "
            "Iliesa Josaia Semesa Sanaila Sakiusa Isikeli Alipate Eparama Ilaitia Suliasi "
            "Emori Epineri Sikeli Apete Roneel Ravinesh Kolinio Eliki Waisale Saimoni "
            "Jonetani Navitesh Akuila Anare Praneel Apakuki Shivneel Avikash Lepani"
        ),
        "F": S(
            "Siteri Mereoni Unaisi Litia Melaia Akanisi Mereani Elenoa Lavenia Asinate "
            "Karalaini Akosita Kelera Litiana Esita Shainaz Salanieta Anaseini Loata "
            "Vaseva Salote Sereana Merewalesi Talei Laisani Alanieta Vasiti Kalesi "
            "Senimili Sainiana Sainimere Titilia Makereta Ulamila Timaima Nanise Alisi "
            "Sanjeshni Arishma Vikashni Nileshni Keresi Sereima Losalini Matelita "
            "Miliakere Asenaca Vasemaca Paulini Verenaisi Ilisapeci Riteshni Ashmika"
        ),
        "L": S(
            "Goundar Waqa Tawake Koroi Ledua Dawai Delana Cakau Delai Tabua Vuli Saukuru "
            "Vueti Lomani Naivalu Takayawa Naqica Nakarawa Volavola Roqica Baleisuva "
            "Tubuna Tuwai Waqabaca Vuki Whippy Ravula Nuku Lanyon Raluve Senikau Tukana "
            "Tuicakau Rawaqa Naborisi Ralulu Qiolevu Tabaiwalu Lutunauga Banuve Fatiaki "
            "Kaitani Ligairi Navura Waqalevu Kolinisau Vunibola Vuibau Tadulala "
            "Naitini Laqekoro Savou Vakacegu Yavala Tokalau Naulu Naceva Bakani "
            "Maisuria Raniga Salaba Rabici Wainiqolo Vonotabua Seruvatu Mudliar"
        ),
    },
    "YE": {
        "M": S(
            "محمد احمد علي عبدالله خالد ابراهيم صالح عبدالرحمن عمر وليد حسين يوسف ماجد "
            "عمار عبده عادل سالم اسامه صلاح ياسر حسن سعيد جمال ناصر نبيل ايمن اكرم امين "
            "هيثم بسام محمود صادق عصام سامي عدنان هشام عبدالعزيز بشير فارس مراد مروان "
            "عماد طارق هاني جميل عبدالكريم مصطفى يحيى معاذ مختار فيصل فؤاد فهد سلطان "
            "سمير بلال منصور جلال نجيب منير حسام زكريا توفيق انور عبدالملك عبدالسلام "
            "سليم خليل سليمان اسماعيل محسن طه رياض كمال ماهر وسيم مازن رضوان فواز حميد "
            "يونس رمزي نايف زياد وائل هاشم حمود قاسم عارف ياسين موسى عاصم مبارك نشوان "
            "زيد عرفات فايز رشاد وضاح"
        ),
        "F": S(
            "امل حنان عبير ريم مرام رهف سمر منال ندى فاطمه بسمه شهد اسماء اماني منى هديل "
            "شيماء وجدان خلود رغد سهام سارة روان نوال مها ليان هيفاء فرح رنا هناء سميه "
            "سوسن ريهام سماح سعاد سلوى نوره هند هبه شذى منار اريج رانيا الهام ابتسام "
            "سلمى غدير علياء لمياء تهاني فاتن بلقيس اروى سميره نهى هاجر لميس مروى بشرى"
        ),
        "L": S(
            "الشرعبي العامري اليافعي الشميري الوصابي الفقيه القاضي القباطي الحميري العريقي "
            "الحداد الحمادي العولقي القدسي الحميدي المخلافي الصلوي المقطري الخولاني "
            "العواضي الدبعي البعداني السامعي الجابري الجرادي المطري العبسي الشعيبي "
            "الصلاحي اليوسفي الهاشمي الهمداني النهاري المليكي الاهدل الصوفي الحسني "
            "الجبري الحيدري الاحمدي الصبيحي الحرازي العنسي الحكيمي السروري العزي الهلالي "
            "المسوري العمودي السقاف الزريقي الخليدي الضالعي العبدلي الوادعي الكثيري "
            "الحضرمي باوزير العمراني العديني البيضاني الاشول الجنيد الاغبري العودي النهدي "
            "الشهاري المرادي العليمي القرشي العزعزي الاصبحي الحيمي الانسي النهمي البخيتي "
            "الحجوري الشوافي الذماري الحجري الصباحي الحارثي الدعيس"
        ),
        "Ml": S("Mohammed Saleh Osama Abdullah Saeed"),
        "Fl": S("Aseel Shaima"),
    },
}

# Latin-script surnames for IQ/YE Latin contexts: Iraqi and Yemeni Latin documents write
# given name + father's given name, so Latin "surnames" are drawn from the Latin given names.


class Person:
    def __init__(self, given: str, family: str, full: str, latin: bool, female: bool):
        self.given, self.family, self.full, self.latin, self.female = (
            given, family, full, latin, female,
        )  # fmt: skip


def person(
    rng: random.Random, cc: str, script: str = "native", female: bool | None = None
) -> Person:
    """A private person of country ``cc``; ``script`` is native, latin or arabic (DZ/LB)."""
    p = POOLS[cc]
    asked = female is not None
    if female is None:
        female = rng.random() < 0.5
    if cc == "DZ" and script == "arabic" and (female or rng.random() < 0.6):
        # the kept Arabic-script DZ names are male given names only; Algerian forms mostly
        # carry the Latin-script civil-status name, so most names stay Latin here
        script = "latin"
    if cc == "KH" and script == "native":
        g = rng.choice(p["Fk" if female else "Mk"])
        f = rng.choice(p["Lk"])
        return Person(g, f, f"{f} {g}", False, female)
    if cc == "KH":
        g = rng.choice(p["F" if female else "M"])
        f = rng.choice(p["L"])
        return Person(g, f, f"{f} {g}", True, female)
    if cc in ("IQ", "YE") and script == "latin":
        # the Latin female pools are small: an unconstrained person is female 60 % of the time
        # it was drawn so, and the sex always follows the given name (PAXLST ATT, role words)
        if female and not asked:
            female = rng.random() < 0.6
        g = rng.choice(p["Fl" if female else "Ml"])
        f = rng.choice([x for x in p["Ml"] if x != g])
        return Person(g, f, f"{g} {f}", True, female)
    if cc in ("IQ", "YE"):
        g = rng.choice(p["F" if female else "M"])
        father = rng.choice(p["M"])
        f = rng.choice(p["L"])
        full = f"{g} {father} {f}" if rng.random() < 0.5 else f"{g} {f}"
        return Person(g, f, full, False, female)
    if cc == "LB" and script == "arabic":
        g = rng.choice(p["Fa"] if female else p["Ma"])
        f = rng.choice(p["La"])
        return Person(g, f, f"{g} {f}", False, female)
    if cc == "DZ" and script == "arabic":
        g = rng.choice(p["Ma"])  # no Arabic-script DZ surnames in the dataset: given name only
        return Person(g, "", g, False, False)
    g = rng.choice(p["F" if female else "M"])
    f = rng.choice(p["L"])
    if cc in ("BO", "CR") and rng.random() < 0.6:
        f2 = rng.choice([x for x in p["L"] if x != f])
        return Person(g, f"{f} {f2}", f"{g} {f} {f2}", True, female)
    return Person(g, f, f"{g} {f}", True, female)


def _verify() -> int:
    from names_dataset import NameDataset  # slow

    nd = NameDataset()
    bad = 0
    for cc, pools in POOLS.items():
        first = nd.get_top_names(n=150, country_alpha2=cc)[cc]
        firsts = set(first["M"]) | set(first["F"])
        lasts = set(nd.get_top_names(n=250, country_alpha2=cc, use_first_names=False)[cc])
        for key, names in pools.items():
            for n in names:  # a given name may sit in the dataset's last-name list too
                if n not in firsts | lasts:
                    print(cc, key, n)
                    bad += 1
    print("missing:", bad)
    return 1 if bad else 0


if __name__ == "__main__" and "--verify" in sys.argv:
    raise SystemExit(_verify())
