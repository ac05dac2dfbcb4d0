"""Birth cues and month names of more languages, for `_birth_dates` (session 10).

The first lists (`_birth_dates._CUES_BEFORE`, `_MONTHS_TEXT`) grew with the languages of
each privacy set. These add the languages none of them held, so a birth date in a
country nobody wrote rules for is still read: Khmer, Lao, Burmese, Sinhala, Malayalam,
Kannada, Odia, Amharic, Mongolian, Kyrgyz, Tajik, Turkmen, Somali, Hausa, Yoruba, Igbo,
Zulu, Xhosa, Sotho and Tswana, Kinyarwanda, Malagasy, Pashto, Kurdish, Sindhi,
Luxembourgish, Faroese, Esperanto, Maori, Samoan, Quechua, Haitian Creole; and short forms
of the languages already there ("Fec. Nac.", "fecha de nac.").

`MORE_CUES` has the format of `_CUES_BEFORE` (alternatives ending in "|", one group of
languages a line); `MORE_GLUED_CUES` are cues of scripts written without spaces between
words (no word boundary is asked, as for CJK); `MORE_MONTHS` has the format of
`_MONTHS_TEXT` (a language code, then its twelve month names, "_" for a space).
"""

# Text in many scripts is what this file is about.
# ruff: noqa: RUF001

from __future__ import annotations

__all__ = ["MORE_CUES", "MORE_GLUED_CUES", "MORE_MONTHS"]

MORE_CUES = r"""
fec\.?\s?nac(?:imiento|\.)?|fecha\s+de\s+nac\.?|date\s+born|
උපන්\s+දිනය|උපන්\s+දිනය|උපන්|ജനന\s+തീയതി|ജനനത്തീയതി|ജനനം|ಜನ್ಮ\s+ದಿನಾಂಕ|ಹುಟ್ಟಿದ\s+ದಿನಾಂಕ|ଜନ୍ମ\s+ତାରିଖ|
የትውልድ\s+ቀን|የተወለደ(?:በት)?|ተወለደ|төрсөн\s+огноо|төрсөн|туулган\s+күнү|туулган|санаи\s+таваллуд|таваллуд|
doglan\s+(?:senesi|güni)|doglan|taariikhda\s+dhalashada|dhalasho|dhashay|ranar\s+haihuwa|haihuwa|
ọjọ́\s+ìbí|ojo\s+ibi|ụbọchị\s+ọmụmụ|usuku\s+lokuzalwa|umhla\s+wokuzalwa|wazalwa|letsatsi\s+la\s+tswalo|
itariki\s+y['’]amavuko|yavutse|daty\s+nahaterahana|teraka|د\s+زیږیدو\s+نیټه|زیږیدنه|زیږېدلی|
roja\s+jidayikbûnê|dîroka\s+jidayikbûnê|jidayikbûn|ڄمڻ\s+جي\s+تاريخ|gebuertsdatum|gebuer(?:en)?|
føðingardagur|føddur|naskiĝdato|naskiĝis|rā\s+whānau|aso\s+fanau|paqarisqan|dat\s+nesans|
"""
MORE_GLUED_CUES = (
    "ថ្ងៃខែឆ្នាំកំណើត|ថ្ងៃកំណើត|កើតថ្ងៃទី|កើតថ្ងៃ|ວັນເດືອນປີເກີດ|ວັນເກີດ|ເກີດວັນທີ|မွေးသက္ကရာဇ်|မွေးနေ့|မွေးဖွားသည့်နေ့"
)
MORE_MONTHS = """
km មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ
lo ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ
my ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ
si ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්
ml ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ
kn ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್
or ଜାନୁଆରୀ ଫେବୃଆରୀ ମାର୍ଚ୍ଚ ଅପ୍ରେଲ ମଇ ଜୁନ ଜୁଲାଇ ଅଗଷ୍ଟ ସେପ୍ଟେମ୍ବର ଅକ୍ଟୋବର ନଭେମ୍ବର ଡିସେମ୍ବର
pa ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ
ne जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर
am ጃንዩወሪ ፌብሩወሪ ማርች ኤፕሪል ሜይ ጁን ጁላይ ኦገስት ሴፕቴምበር ኦክቶበር ኖቬምበር ዲሴምበር
tg январ феврал март апрел май июн июл август сентябр октябр ноябр декабр
tk ýanwar fewral mart aprel maý iýun iýul awgust sentýabr oktýabr noýabr dekabr
so janaayo febraayo maarso abriil maajo juun luuliyo ogost sebtembar oktoobar nofembar desembar
ha janairu faburairu maris afirilu mayu yuni yuli agusta satumba oktoba nuwamba disamba
zu januwari februwari mashi ephreli meyi juni julayi agasti septhemba okthoba novemba disemba
xh janyuwari februwari matshi epreli meyi juni julayi agasti septemba okthobha novemba disemba
rw mutarama gashyantare werurwe mata gicurasi kamena nyakanga kanama nzeri ukwakira ugushyingo ukuboza
mg janoary febroary martsa aprily mey jona jolay aogositra septambra oktobra novambra desambra
ps جنوري فبروري مارچ اپریل مۍ جون جولای اګست سپتمبر اکتوبر نومبر دسمبر
ku çile sibat adar nîsan gulan pûşper tîrmeh gelawêj rezber kewçêr sermawez berfanbar
lb januar februar mäerz abrëll mee juni juli august september oktober november dezember
fo januar februar mars apríl mai juni juli august september oktober november desember
eo januaro februaro marto aprilo majo junio julio aŭgusto septembro oktobro novembro decembro
mi hānuere pēpuere māehe āperira mei hune hūrae ākuhata hepetema oketopa noema tīhema
"""
