"""Demo content for the Birgemiz news section.

Plain data, no Django imports: four news categories and a set of trilingual (kk/ru/en) articles used to seed a
development or demo database. The first three articles reproduce the "Last news" block of the real site
(the first one is a full copy of the 7 January 2026 Akorda interview excerpt); the rest are realistic examples.
Some articles are deliberately Kazakh-only or Kazakh/Russian-only, one is a draft and one is scheduled
for the future, so that fallbacks and publication rules can be exercised.
"""

CATEGORIES = [
    {
        "key": "official",
        "name": {
            "kk": "Ресми ақпарат",
            "ru": "Официально",
            "en": "Official",
        },
    },
    {
        "key": "projects",
        "name": {
            "kk": "Жобалар мен акциялар",
            "ru": "Проекты и акции",
            "en": "Projects and campaigns",
        },
    },
    {
        "key": "regions",
        "name": {
            "kk": "Өңірлер",
            "ru": "Регионы",
            "en": "Regions",
        },
    },
    {
        "key": "resources",
        "name": {
            "kk": "Нұсқаулықтар мен ресурстар",
            "ru": "Руководства и ресурсы",
            "en": "Guides and resources",
        },
    },
]

ARTICLES = [
    {
        "key": "un-international-volunteer-year",
        "category": "official",
        "status": "published",
        "published_at": "2026-01-07T10:00:00+05:00",
        "views": 35,
        "title": {
            "kk": (
                "Президент Қасым-Жомарт Тоқаев: «Біздің бастамамызбен Біріккен Ұлттық Ұйымы 2026 жылды "
                "Халықаралық Еріктілер жылы деп жариялады»"
            ),
            "ru": (
                "Президент Касым-Жомарт Токаев: «По нашей инициативе Организация Объединённых Наций объявила "
                "2026 год Международным годом волонтёров»"
            ),
            "en": (
                "President Kassym-Jomart Tokayev: “At our initiative, the United Nations has declared 2026 the "
                "International Year of Volunteers”"
            ),
        },
        "lead": {
            "kk": (
                "Мемлекет басшысы «Turkistan» газетіне берген сұхбатында жастар, цифрландыру, Тәуелсіздіктің 35 "
                "жылдығы және «Таза Қазақстан» акциясы туралы ой бөлісті."
            ),
            "ru": (
                "В интервью газете «Turkistan» Глава государства поделился мыслями о молодёжи, цифровизации, "
                "35-летии Независимости и акции «Таза Қазақстан»."
            ),
            "en": (
                "In an interview with the Turkistan newspaper, the Head of State shared his thoughts on young "
                "people, digitalisation, the 35th anniversary of Independence and the Taza Qazaqstan campaign."
            ),
        },
        "body": {
            "kk": (
                "<p><em>Мемлекет басшысының «Turkistan» газетіне берген сұхбатынан үзінді</em></p>"
                "<p><strong>– Қазіргі жастар – өте талапшыл әрі талғампаз. Әлеуметтік желіден олардың «Қазақстан "
                "«прайм-дәуірге», яғни, керемет кезеңге қадам басты» дегенін көргенде таңғалдым. Осыған қатысты "
                "не айтар едіңіз?</strong></p>"
                "<p>– Жастарымыздың күш-қуаты мол, үміті мен сенімі зор әрі азаматтық сана-сезімі өте жоғары. "
                "Олар – бар ықыласымен болашаққа ұмтылатын отаншыл азаматтар. Дәл осындай өршіл ұстанымның "
                "арқасында еліміз талай рет алдынан шығатын сын-қатерлерді еңсеріп, қиындықтарды жеңері "
                "сөзсіз.</p>"
                "<p>Жастардың қуанышы орынсыз, тіпті, оғаш көрінуі мүмкін. Бірақ, олардың ой-пікірімен санасқан "
                "жөн. Жастар Отанымызға тек жақсылық тілейді. Бұл біздің қоғамымыздың жасампаздық рухын "
                "білдіреді.</p>"
                "<p>Өскелең ұрпақ бүгінгі ахуалға арман-қиялмен емес, нақты көзқараспен қарауы қажет, виртуалды "
                "емес, шынайы әлемде өмір сүруі керек. Ауырдың үстімен, жеңілдің астымен жүрмей, ерінбей еңбек "
                "етіп, өзін темірдей тәртіпке тәрбиелей білгені жөн.</p>"
                "<p><strong>– Қазақстанның дамуы туралы айтар болсақ, осы жылдан не күтесіз? Алда қандай маңызды "
                "оқиғалар болады? Мақсат-мұраттарыңыз қандай?</strong></p>"
                "<p>– Биыл көп жұмыс істеуіміз қажет екенін айтып өттім. Осы жылы ауқымды саяси өзгерістердің "
                "жаңа кезеңі басталады, экономикалық реформалар жалғасын табады.</p>"
                "<p>Еліміз жаңғыру жолына біржола түсіп, қоғамымыздың болмысы мен бет-бейнесін түбегейлі "
                "өзгертуге тиіс. Азаматтарымыз жаңа дәуірге бейімделуі қажет. Бұл – оңай шаруа емес. Бірақ, "
                "халқымыз, соның ішінде жастарымыз алмайтын асу жоқ. Бұған кәміл сенемін.</p>"
                "<p>Мен осы жылды Цифрландыру және жасанды интеллект жылы деп жарияладым. Бұл еліміз үшін тарихи "
                "мүмкіндік екенін жаңа ғана айтып өттік. Түбегейлі цифрлық өзгерістер жасап, жасанды "
                "интеллектіні енгізу экономиканың және басқа да көптеген саланың дамуына тың серпін береді. "
                "Мемлекетті басқарудан бастап, білім беру және денсаулық сақтау саласына дейін – барлық бағытта "
                "өсіп-өркендеуге жол ашады.</p>"
                "<p>Тәуелсіздігіміздің 35 жылдығы – еліміз үшін айтулы дата әрі осыған дейін жүріп өткен "
                "жолымызды ой елегінен өткізіп, болашаққа жоспар құратын сәт. Тәуелсіздіктің мерейлі белесін ас "
                "та төк науқаншылдыққа айналдырмау керек, бұл Қазақстанның өсіп-өркендеуінің символы болуға "
                "тиіс.</p>"
                "<p>Мен Президент ретінде «Таза Қазақстан» акциясын алдағы уақытта да ерекше назарымда ұстаймын. "
                "Бұл жұмыстың мән-маңызы өте зор. Себебі, «Таза Қазақстан» жұртты үнемшіл әрі ақпейіл болуға, "
                "даңғазалықтан арылуға, үнемі ізденіп, алға ұмтылуға, ортақ жауапкершілікті ұмытпауға, елге "
                "жанашырлық танытып, қайырымдылық жасауға үндейді. Біздің бастамамызбен Біріккен Ұлттар Ұйымы "
                "2026 жылды Халықаралық еріктілер жылы деп жариялады. Бұл қадам «Таза Қазақстан» идеясымен толық "
                "үндеседі.</p>"
                "<p>Мен осы жалпыхалықтық қозғалысты айрықша маңызды идеологиялық акция деп санаймын. Өйткені, "
                "тазалық дегеніміз – мағынасы терең, мазмұны сан қырлы ұғым. Тазалық ұғымы жан дүниенің де, жер "
                "дүниенің де тоқырауын емес, гүлденуін, кіршіксіз таза болуын білдіреді. Түптеп келгенде, "
                "тазалық ұлт болмысының өзегіне айналуға тиіс.</p>"
                "<p><strong>– Президент мырза, бүгін өте мазмұнды әңгіме болды. Халықты толғандыратын көптеген "
                "маңызды мәселені талқыладық. Уақыт бөліп, сұхбат бергеніңіз үшін тағы да алғыс "
                "айтамын.</strong></p>"
                "<p>– Мен әрдайым қоғамның көңіл-күйі мен азаматтардың мұң-мұқтажын біліп отыруға тырысамын. "
                "Түйткілді мәселелер мен жоба-жоспарларды ашық әрі тура айтамын. Қазақстанның әлеуетін еселей "
                "түсу үшін әлі көп жұмыс істеуіміз керек. Біз бір ел болып, халықтың мүддесін қорғау жолындағы "
                "биік мақсатымыздың бәріне жетеміз. Мен бұған кәміл сенемін.</p>"
                "<p>Әңгімелескен Бауыржан БАБАЖАНҰЛЫ</p>"
                "<p>«Turkistan» газеті, 2026 жылғы 5 қаңтар, №1 (1638)</p>"
            ),
            "ru": (
                "<p><em>Фрагмент интервью Главы государства газете «Turkistan»</em></p>"
                "<p><strong>– Современная молодёжь очень требовательна и взыскательна. Я был удивлён, увидев в "
                "социальных сетях, как молодые люди пишут: «Казахстан вступил в „прайм-эпоху“, то есть в "
                "замечательный период». Что бы вы сказали по этому поводу?</strong></p>"
                "<p>– Наша молодёжь полна сил, больших надежд и веры, у неё очень высокое гражданское "
                "самосознание. Это патриотичные граждане, всей душой устремлённые в будущее. Именно благодаря "
                "такой амбициозной позиции наша страна, несомненно, преодолеет вызовы, которые не раз будут "
                "вставать на её пути, и справится с трудностями.</p>"
                "<p>Радость молодёжи может показаться неуместной и даже странной. Но с их мнением следует "
                "считаться. Молодые люди желают нашей Родине только добра. Это отражает созидательный дух нашего "
                "общества.</p>"
                "<p>Подрастающему поколению необходимо смотреть на сегодняшнюю ситуацию не через призму "
                "мечтаний, а трезво и реалистично, жить не в виртуальном, а в реальном мире. Молодым людям "
                "следует не искать лёгких путей и не уклоняться от трудностей, трудиться не покладая рук и "
                "воспитывать в себе железную дисциплину.</p>"
                "<p><strong>– Если говорить о развитии Казахстана, чего вы ждёте от этого года? Какие важные "
                "события нас ожидают? Каковы ваши цели и устремления?</strong></p>"
                "<p>– Я уже говорил, что в этом году нам предстоит много работать. В этом году начнётся новый "
                "этап масштабных политических преобразований, продолжатся экономические реформы.</p>"
                "<p>Наша страна должна окончательно встать на путь модернизации и коренным образом изменить "
                "сущность и облик нашего общества. Нашим гражданам необходимо адаптироваться к новой эпохе. Это "
                "непростая задача. Но нет такой вершины, которую не покорил бы наш народ, в том числе наша "
                "молодёжь. Я в этом твёрдо уверен.</p>"
                "<p>Я объявил этот год Годом цифровизации и искусственного интеллекта. Мы только что говорили о "
                "том, что это историческая возможность для нашей страны. Глубокие цифровые преобразования и "
                "внедрение искусственного интеллекта придадут новый импульс развитию экономики и многих других "
                "отраслей. Это откроет путь к росту и процветанию во всех направлениях – от государственного "
                "управления до образования и здравоохранения.</p>"
                "<p>35-летие нашей Независимости – знаменательная дата для страны и момент, чтобы осмыслить "
                "пройденный путь и наметить планы на будущее. Этот славный рубеж Независимости нельзя превращать "
                "в расточительную показную кампанию – он должен стать символом процветания Казахстана.</p>"
                "<p>Как Президент, я и впредь буду уделять особое внимание акции «Таза Қазақстан». Значение этой "
                "работы очень велико. Ведь «Таза Қазақстан» призывает людей быть бережливыми и щедрыми душой, "
                "избавляться от показухи, постоянно искать новое и стремиться вперёд, не забывать об общей "
                "ответственности, проявлять заботу о стране и творить добро. По нашей инициативе Организация "
                "Объединённых Наций объявила 2026 год Международным годом волонтёров. Этот шаг полностью "
                "созвучен идее «Таза Қазақстан».</p>"
                "<p>Я считаю это общенациональное движение особенно важной идеологической акцией. Ведь чистота – "
                "понятие глубокое по смыслу и многогранное по содержанию. Понятие чистоты означает не застой, а "
                "расцвет и безупречную чистоту как внутреннего мира человека, так и окружающей его земли. В "
                "конечном счёте чистота должна стать стержнем национальной идентичности.</p>"
                "<p><strong>– Господин Президент, сегодня у нас состоялся очень содержательный разговор. Мы "
                "обсудили много важных вопросов, которые волнуют людей. Ещё раз благодарю вас за то, что нашли "
                "время дать интервью.</strong></p>"
                "<p>– Я всегда стараюсь знать настроения общества и нужды граждан. О проблемных вопросах и о "
                "наших планах я говорю открыто и прямо. Чтобы приумножить потенциал Казахстана, нам предстоит "
                "ещё много работать. Единой страной мы достигнем всех наших высоких целей на пути защиты "
                "интересов народа. Я в этом твёрдо уверен.</p>"
                "<p>Беседовал Бауыржан БАБАЖАНУЛЫ</p>"
                "<p>Газета «Turkistan», 5 января 2026 года, №1 (1638)</p>"
            ),
            "en": (
                "<p><em>An excerpt from the Head of State’s interview with the Turkistan newspaper</em></p>"
                "<p><strong>– Today’s young people are very demanding and discerning. I was surprised to see "
                "them saying on social media that “Kazakhstan has entered its ‘prime era’, that is, a wonderful "
                "period.” What would you say about this?</strong></p>"
                "<p>– Our young people are full of energy, great hope and faith, and they have a very strong "
                "civic consciousness. They are patriotic citizens who strive towards the future with all their "
                "heart. It is precisely thanks to this ambitious attitude that our country will undoubtedly "
                "overcome the challenges that will arise on its path time and again, and prevail over "
                "difficulties.</p>"
                "<p>The young people’s joy may seem misplaced, even odd. But their views deserve to be taken "
                "into account. Young people wish our homeland nothing but good. This reflects the creative "
                "spirit of our society.</p>"
                "<p>The younger generation should look at today’s situation not through dreams and fantasies but "
                "realistically, and live not in a virtual world but in the real one. They should not shirk hard "
                "work or look for the easy way out; they should work diligently and cultivate iron discipline in "
                "themselves.</p>"
                "<p><strong>– Speaking of Kazakhstan’s development, what do you expect from this year? What "
                "important events lie ahead? What are your goals and aspirations?</strong></p>"
                "<p>– I have already said that we have a lot of work to do this year. This year a new stage of "
                "large-scale political transformation will begin, and economic reforms will continue.</p>"
                "<p>Our country must firmly embark on the path of modernisation and fundamentally change the "
                "nature and face of our society. Our citizens need to adapt to a new era. This is no easy task. "
                "But there is no height that our people, and our young people in particular, cannot conquer. I "
                "am firmly convinced of this.</p>"
                "<p>I have declared this year the Year of Digitalisation and Artificial Intelligence. We have "
                "just discussed that this is a historic opportunity for our country. Radical digital "
                "transformation and the introduction of artificial intelligence will give fresh impetus to the "
                "development of the economy and many other sectors. It will open the way to growth and "
                "prosperity in every area, from public administration to education and healthcare.</p>"
                "<p>The 35th anniversary of our Independence is a landmark date for our country and a moment to "
                "reflect on the path we have travelled and to make plans for the future. This proud milestone of "
                "Independence must not be turned into an extravagant, showy campaign; it should become a symbol "
                "of Kazakhstan’s prosperity.</p>"
                "<p>As President, I will continue to pay special attention to the Taza Qazaqstan campaign. This "
                "work is of great importance, because Taza Qazaqstan calls on people to be thrifty and "
                "generous-hearted, to shun ostentation, to keep searching and striving forward, not to forget "
                "our shared responsibility, to care for the country and to do good. At our initiative, the "
                "United Nations has declared 2026 the International Year of Volunteers. This step fully "
                "resonates with the idea of Taza Qazaqstan.</p>"
                "<p>I consider this nationwide movement an ideological campaign of special importance. After "
                "all, cleanliness is a concept with deep meaning and many facets. The notion of purity means not "
                "stagnation but the flourishing and spotless purity of both the inner world and the land around "
                "us. Ultimately, cleanliness must become the core of our national identity.</p>"
                "<p><strong>– Mr President, this has been a very substantive conversation. We have discussed "
                "many important issues that concern people. Thank you once again for taking the time to give "
                "this interview.</strong></p>"
                "<p>– I always try to stay aware of the public mood and the needs of our citizens. I speak "
                "openly and directly about pressing issues and our plans. We still have much work to do to "
                "multiply Kazakhstan’s potential. As one nation, we will achieve all our lofty goals in "
                "protecting the interests of the people. I am firmly convinced of this.</p>"
                "<p>Interviewed by Baurzhan BABAZHANULY</p>"
                "<p>Turkistan newspaper, 5 January 2026, No. 1 (1638)</p>"
            ),
        },
        "cover_alt": {
            "kk": "Мемлекет басшысы Қасым-Жомарт Тоқаевтың «Turkistan» газетіне берген сұхбаты",
            "ru": "Интервью Главы государства Касым-Жомарта Токаева газете «Turkistan»",
            "en": "Head of State Kassym-Jomart Tokayev’s interview with the Turkistan newspaper",
        },
        "cover_colors": ("#00a3c4", "#f2c14e"),
        "source_name": {
            "kk": "Ақорда",
            "ru": "Акорда",
            "en": "Akorda",
        },
        "source_url": (
            "https://www.akorda.kz/kz/kazakstan-respublikasynyn-prezidenti-kasym-zhomart-tokaev-kazakstan-"
            "zhangyrudyn-zhana-kezenine-kadam-basty-401240"
        ),
    },
    {
        "key": "new-methodological-guide-for-ngos",
        "category": "resources",
        "status": "published",
        "published_at": "2025-12-08T11:00:00+05:00",
        "views": 238,
        "title": {
            "kk": "Достар! Біз қуанышпен хабарлаймыз: ҮЕҰ үшін жаңа әдістемелік нұсқаулық жарық көрді!",
            "ru": "Друзья! С радостью сообщаем: вышло новое методическое пособие для НПО!",
            "en": "Friends! We are delighted to announce that a new methodological guide for NGOs has been published!",
        },
        "lead": {
            "kk": (
                "Үкіметтік емес ұйымдарға еріктілермен жұмысты жүйелі ұйымдастыруға көмектесетін практикалық "
                "нұсқаулық жарияланды. Оны тегін жүктеп алуға болады."
            ),
            "ru": (
                "Опубликовано практическое пособие, которое поможет неправительственным организациям системно "
                "выстраивать работу с волонтёрами. Его можно скачать бесплатно."
            ),
            "en": (
                "A practical guide to help non-governmental organisations manage their work with volunteers "
                "systematically has been published. It can be downloaded free of charge."
            ),
        },
        "body": {
            "kk": (
                "<p>Халықаралық еріктілер күні қарсаңында «Біргеміз» еріктілер фронт-офисінің сарапшылары "
                "үкіметтік емес ұйымдарға арналған жаңа әдістемелік нұсқаулықты әзірледі. Құжат еріктілерді "
                "тартудан бастап, олардың еңбегін бағалауға дейінгі барлық кезеңді қамтиды.</p>"
                "<p>Нұсқаулық бес бөлімнен тұрады:</p>"
                "<ul>"
                "<li>еріктілер жобасын жоспарлау және мақсат қою;</li>"
                "<li>еріктілерді іріктеу, тіркеу және оқыту;</li>"
                "<li>еріктілердің қауіпсіздігі мен құқықтарын қорғау;</li>"
                "<li>жұмысты үйлестіру және кері байланыс;</li>"
                "<li>нәтижелерді өлшеу және есеп беру.</li>"
                "</ul>"
                "<p>Әр бөлімде нақты мысалдар, құжат үлгілері мен бақылау парақтары берілген. Әсіресе шағын "
                "ұйымдар мен ауылдық жерлердегі бастамашыл топтарға пайдалы болатын кеңестерге ерекше көңіл "
                "бөлінді.</p>"
                "<p>2026 жыл – Халықаралық еріктілер жылы. Сондықтан еріктілер қозғалысының сапасын арттыру, "
                "ұйымдардың өзара тәжірибе алмасуы бұрынғыдан да маңызды бола түсті. Нұсқаулық осы мақсатқа "
                "қызмет етеді деп сенеміз.</p>"
                "<p>Нұсқаулықты сайтымыздағы «Ресурстар» бөлімінен тегін жүктеп алуға болады. Ұсыныстарыңыз бен "
                "пікірлеріңізді күтеміз – келесі басылымды бірге толықтырайық!</p>"
            ),
            "ru": (
                "<p>В преддверии Международного дня волонтёров эксперты волонтёрского фронт-офиса «Біргеміз» "
                "подготовили новое методическое пособие для неправительственных организаций. Документ охватывает "
                "все этапы работы – от привлечения волонтёров до оценки их труда.</p>"
                "<p>Пособие состоит из пяти разделов:</p>"
                "<ul>"
                "<li>планирование волонтёрского проекта и постановка целей;</li>"
                "<li>отбор, регистрация и обучение волонтёров;</li>"
                "<li>безопасность волонтёров и защита их прав;</li>"
                "<li>координация работы и обратная связь;</li>"
                "<li>измерение результатов и отчётность.</li>"
                "</ul>"
                "<p>В каждом разделе приведены практические примеры, образцы документов и чек-листы. Особое "
                "внимание уделено советам, которые будут полезны небольшим организациям и инициативным группам в "
                "сельской местности.</p>"
                "<p>2026 год – Международный год волонтёров. Поэтому повышение качества волонтёрского движения и "
                "обмен опытом между организациями становятся важнее, чем когда-либо. Надеемся, что пособие "
                "послужит этой цели.</p>"
                "<p>Пособие можно бесплатно скачать в разделе «Ресурсы» на нашем сайте. Ждём ваших предложений и "
                "отзывов – давайте вместе дополним следующее издание!</p>"
            ),
            "en": (
                "<p>Ahead of International Volunteer Day, experts at the Birgemiz volunteer front office have "
                "prepared a new methodological guide for non-governmental organisations. It covers every stage "
                "of the work, from recruiting volunteers to evaluating their contribution.</p>"
                "<p>The guide has five sections:</p>"
                "<ul>"
                "<li>planning a volunteer project and setting goals;</li>"
                "<li>selecting, registering and training volunteers;</li>"
                "<li>volunteer safety and the protection of volunteers’ rights;</li>"
                "<li>coordinating the work and giving feedback;</li>"
                "<li>measuring results and reporting.</li>"
                "</ul>"
                "<p>Each section includes practical examples, document templates and checklists. Particular "
                "attention is paid to advice that will be useful for small organisations and community groups in "
                "rural areas.</p>"
                "<p>2026 is the International Year of Volunteers, so raising the quality of the volunteer "
                "movement and sharing experience between organisations matter more than ever. We hope the guide "
                "will serve this purpose.</p>"
                "<p>The guide can be downloaded free of charge from the Resources section of our website. We "
                "look forward to your suggestions and feedback – let’s improve the next edition together!</p>"
            ),
        },
        "cover_alt": {
            "kk": "Үкіметтік емес ұйымдарға арналған әдістемелік нұсқаулықтың мұқабасы",
            "ru": "Обложка методического пособия для неправительственных организаций",
            "en": "Cover of the methodological guide for non-governmental organisations",
        },
        "cover_colors": ("#1d3557", "#a8dadc"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "president-address-international-volunteer-year-session",
        "category": "official",
        "status": "published",
        "published_at": "2025-12-06T12:00:00+05:00",
        "views": 238,
        "title": {
            "kk": (
                "Президент Қасым-Жомарт Тоқаевтың орнықты даму мақсаттарына орай Халықаралық еріктілер жылын "
                "жариялауға арналған сессиясына жолдаған үндеуі"
            ),
            "ru": (
                "Обращение Президента Касым-Жомарта Токаева к сессии, посвящённой провозглашению Международного "
                "года добровольцев в интересах устойчивого развития"
            ),
            "en": (
                "President Kassym-Jomart Tokayev’s address to the session on the proclamation of the "
                "International Volunteer Year for Sustainable Development"
            ),
        },
        "lead": {
            "kk": (
                "Мемлекет басшысы Біріккен Ұлттар Ұйымы алаңында өткен арнайы сессияға қатысушыларға үндеу "
                "жолдап, Қазақстанның бастамасын қолдаған елдерге алғыс айтты."
            ),
            "ru": (
                "Глава государства направил обращение к участникам специальной сессии на площадке Организации "
                "Объединённых Наций и поблагодарил страны, поддержавшие инициативу Казахстана."
            ),
            "en": (
                "The Head of State sent an address to the participants of a special session held at the United "
                "Nations and thanked the countries that supported Kazakhstan’s initiative."
            ),
        },
        "body": {
            "kk": (
                "<p>Мемлекет басшысы Қасым-Жомарт Тоқаев Біріккен Ұлттар Ұйымы алаңында өткен, 2026 жылды "
                "Орнықты даму үшін халықаралық еріктілер жылы деп жариялауға арналған арнайы сессияға "
                "қатысушыларға үндеу жолдады.</p>"
                "<p>Президент Қазақстанның бастамасын қолдап, тиісті қарарды бірлесіп әзірлеген мемлекеттерге "
                "алғыс білдірді. Үндеуде еріктілік адамдарды ұлтына, тіліне және дініне қарамастан біріктіретін "
                "әмбебап құндылық екені атап өтілді.</p>"
                "<p>Мемлекет басшысы еріктілердің төтенше жағдайлар кезінде алғашқылардың бірі болып көмекке "
                "келетінін, қарттар мен балаларға қамқорлық жасайтынын, табиғатты қорғауға үлес қосатынын "
                "айрықша атады. Сондай-ақ Қазақстандағы еріктілер қозғалысының тәжірибесі, соның ішінде су "
                "тасқыны кезіндегі өзара көмек пен «Таза Қазақстан» экологиялық акциясы туралы айтылды.</p>"
                "<p>Президент Халықаралық еріктілер жылы аясында елдер арасындағы тәжірибе алмасуды күшейтуге, "
                "еріктілерді қолдаудың тиімді тетіктерін әзірлеуге және Орнықты даму мақсаттарына жету жолында "
                "серіктестікті нығайтуға шақырды.</p>"
            ),
            "ru": (
                "<p>Глава государства Касым-Жомарт Токаев направил обращение к участникам специальной сессии, "
                "которая прошла на площадке Организации Объединённых Наций и была посвящена провозглашению 2026 "
                "года Международным годом добровольцев в интересах устойчивого развития.</p>"
                "<p>Президент выразил благодарность государствам, которые поддержали инициативу Казахстана и "
                "вместе с ним разработали соответствующую резолюцию. В обращении подчёркивается, что "
                "волонтёрство – это универсальная ценность, объединяющая людей независимо от национальности, "
                "языка и религии.</p>"
                "<p>Глава государства особо отметил, что волонтёры одними из первых приходят на помощь при "
                "чрезвычайных ситуациях, заботятся о пожилых людях и детях, вносят вклад в охрану природы. Также "
                "было рассказано об опыте волонтёрского движения Казахстана, в том числе о взаимопомощи во время "
                "паводков и экологической акции «Таза Қазақстан».</p>"
                "<p>Президент призвал в рамках Международного года добровольцев активизировать обмен опытом "
                "между странами, выработать эффективные механизмы поддержки волонтёров и укреплять партнёрство "
                "на пути к достижению Целей устойчивого развития.</p>"
            ),
            "en": (
                "<p>Head of State Kassym-Jomart Tokayev sent an address to the participants of a special session "
                "held at the United Nations to proclaim 2026 the International Volunteer Year for Sustainable "
                "Development.</p>"
                "<p>The President thanked the states that supported Kazakhstan’s initiative and co-authored the "
                "relevant resolution. The address stressed that volunteering is a universal value that unites "
                "people regardless of their ethnicity, language or religion.</p>"
                "<p>The Head of State highlighted that volunteers are among the first to help in emergencies, "
                "care for older people and children, and contribute to protecting nature. The address also "
                "described the experience of Kazakhstan’s volunteer movement, including mutual aid during floods "
                "and the Taza Qazaqstan environmental campaign.</p>"
                "<p>The President called for using the International Volunteer Year to step up the exchange of "
                "experience between countries, develop effective mechanisms to support volunteers and strengthen "
                "partnerships towards achieving the Sustainable Development Goals.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Біріккен Ұлттар Ұйымының Бас Ассамблеясы залы",
            "ru": "Зал Генеральной Ассамблеи Организации Объединённых Наций",
            "en": "The United Nations General Assembly Hall",
        },
        "cover_colors": ("#0b3d91", "#5bc0eb"),
        "source_name": {
            "kk": "Ақорда",
            "ru": "Акорда",
            "en": "Akorda",
        },
        "source_url": "https://www.akorda.kz/kz",
    },
    {
        "key": "shymkent-regional-volunteer-centre-opens",
        "category": "regions",
        "status": "published",
        "published_at": "2025-09-12T11:00:00+05:00",
        "views": 412,
        "title": {
            "kk": "Шымкентте жаңа еріктілер орталығы ашылды",
        },
        "lead": {
            "kk": (
                "Шымкент қаласында еріктілерге арналған жаңа орталық жұмысын бастады. Мұнда кез келген тұрғын "
                "тіркеліп, өзіне ұнайтын бағытты таңдай алады."
            ),
        },
        "body": {
            "kk": (
                "<p>Шымкент қаласының Әл-Фараби ауданында еріктілерге арналған өңірлік орталық ашылды. Орталық "
                "ғимаратында оқу залы, кеңес беру бөлмесі және гуманитарлық көмекті сақтауға арналған қойма "
                "бар.</p>"
                "<p>Орталық қызметкерлерінің айтуынша, бүгінде қалада екі мыңнан астам белсенді ерікті бар. Жаңа "
                "алаң олардың жұмысын үйлестіріп, әлеуметтік мекемелермен, мектептермен және кәсіпорындармен "
                "байланыс орнатуға көмектеседі.</p>"
                "<p>Ерікті болғысы келетін тұрғындар орталыққа өзі келіп немесе онлайн тіркеле алады. Бағыттар "
                "әртүрлі: экологиялық акциялар, қарттарға көмек, балалармен жұмыс, іс-шараларды ұйымдастыру және "
                "төтенше жағдайларға дайындық.</p>"
                "<p>Ашылу салтанатында белсенді еріктілерге алғыс хаттар табысталды. Алдағы айларда орталықта "
                "жаңа еріктілерге арналған тегін оқыту курстары басталады.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Шымкенттегі жаңа еріктілер орталығының ашылу салтанаты",
        },
        "cover_colors": ("#e76f51", "#f4a261"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "taza-qazaqstan-autumn-clean-up-2025",
        "category": "projects",
        "status": "published",
        "published_at": "2025-09-27T14:00:00+05:00",
        "views": 1290,
        "title": {
            "kk": "«Таза Қазақстан»: күзгі жалпыхалықтық сенбілікке мыңдаған ерікті шықты",
            "ru": "«Таза Қазақстан»: тысячи волонтёров вышли на осенний общенациональный субботник",
            "en": "Taza Qazaqstan: thousands of volunteers join the nationwide autumn clean-up",
        },
        "lead": {
            "kk": (
                "Сенбі күні еліміздің барлық өңірінде «Таза Қазақстан» акциясы аясында күзгі сенбілік өтті. "
                "Еріктілер саябақтарды, өзен жағалауларын және аулаларды тазартты."
            ),
            "ru": (
                "В субботу во всех регионах страны в рамках акции «Таза Қазақстан» прошёл осенний субботник. "
                "Волонтёры убрали парки, берега рек и дворы."
            ),
            "en": (
                "On Saturday, an autumn clean-up day took place in every region of the country as part of the "
                "Taza Qazaqstan campaign. Volunteers cleaned parks, riverbanks and courtyards."
            ),
        },
        "body": {
            "kk": (
                "<p>«Таза Қазақстан» экологиялық акциясы аясында өткен күзгі сенбілікке студенттер, мектеп "
                "оқушылары, кәсіпорын қызметкерлері және көптеген отбасылар қатысты. Таңертеңнен бастап "
                "еріктілер топтары қалалар мен ауылдардағы қоғамдық орындарды қоқыстан тазартты.</p>"
                "<p>Астанада еріктілер Есіл өзенінің жағалауын тазалап, Алматыда тау бөктеріндегі серуен "
                "жолдарын ретке келтірді. Ақтөбе мен Павлодарда аулалар мен балалар алаңдарына жаңа ағаштар "
                "отырғызылды.</p>"
                "<p>Акция ұйымдастырушылары жиналған қалдықтарды сұрыптауға ерекше мән берді. Пластик, қағаз "
                "және шыны бөлек жиналып, қайта өңдеу кәсіпорындарына жіберілді.</p>"
                "<blockquote>«Тазалық әр адамнан басталады. Бүгін біз тек қоқыс жинаған жоқпыз, балаларымызға "
                "үлгі көрсеттік», – дейді сенбілікке отбасымен келген Астана тұрғыны Айгүл Серікова.</blockquote>"
                "<p>Келесі жалпыхалықтық сенбілік көктемде өтеді. Акцияға қатысқысы келетіндер жергілікті "
                "еріктілер орталықтарына немесе сайттағы өтінім арқылы тіркеле алады.</p>"
            ),
            "ru": (
                "<p>В осеннем субботнике, прошедшем в рамках экологической акции «Таза Қазақстан», приняли "
                "участие студенты, школьники, сотрудники предприятий и множество семей. С самого утра группы "
                "волонтёров убирали мусор в общественных местах городов и сёл.</p>"
                "<p>В Астане волонтёры очистили берег реки Есиль, в Алматы привели в порядок прогулочные тропы в "
                "предгорьях. В Актобе и Павлодаре во дворах и на детских площадках высадили новые деревья.</p>"
                "<p>Организаторы акции уделили особое внимание сортировке собранных отходов. Пластик, бумагу и "
                "стекло собирали отдельно и отправили на перерабатывающие предприятия.</p>"
                "<blockquote>«Чистота начинается с каждого человека. Сегодня мы не просто собирали мусор, а "
                "показали пример нашим детям», – говорит жительница Астаны Айгуль Серикова, которая пришла на "
                "субботник всей семьёй.</blockquote>"
                "<p>Следующий общенациональный субботник пройдёт весной. Желающие принять участие в акции могут "
                "зарегистрироваться в местных волонтёрских центрах или через заявку на сайте.</p>"
            ),
            "en": (
                "<p>Students, schoolchildren, company employees and many families took part in the autumn "
                "clean-up held as part of the Taza Qazaqstan environmental campaign. From early morning, groups "
                "of volunteers cleared litter from public spaces in towns and villages.</p>"
                "<p>In Astana, volunteers cleaned the banks of the Yesil River, while in Almaty they tidied up "
                "walking trails in the foothills. In Aktobe and Pavlodar, new trees were planted in courtyards "
                "and on playgrounds.</p>"
                "<p>The organisers paid special attention to sorting the waste collected. Plastic, paper and "
                "glass were collected separately and sent to recycling companies.</p>"
                "<blockquote>“Cleanliness starts with each of us. Today we didn’t just pick up litter, we set an "
                "example for our children,” says Aigul Serikova, an Astana resident who came to the clean-up "
                "with her family.</blockquote>"
                "<p>The next nationwide clean-up will take place in spring. Anyone who wants to take part can "
                "register at their local volunteer centre or by submitting an application on the website.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Еріктілер Есіл өзенінің жағалауында қоқыс жинап жүр",
            "ru": "Волонтёры собирают мусор на берегу реки Есиль",
            "en": "Volunteers picking up litter on the bank of the Yesil River",
        },
        "cover_colors": ("#2a9d8f", "#e9c46a"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "pavlodar-caring-neighbour-project",
        "category": "regions",
        "status": "published",
        "published_at": "2025-10-01T10:30:00+05:00",
        "views": 356,
        "title": {
            "kk": "Павлодарда «Қамқор көрші» жобасы басталды: еріктілер жалғызбасты қарттарға көмектеседі",
            "ru": "В Павлодаре стартовал проект «Заботливый сосед»: волонтёры помогают одиноким пожилым людям",
        },
        "lead": {
            "kk": (
                "Халықаралық қарттар күнінде Павлодар еріктілері жалғызбасты егде адамдарға тұрақты көмек "
                "көрсететін жобаны таныстырды."
            ),
            "ru": (
                "В Международный день пожилых людей павлодарские волонтёры представили проект постоянной помощи "
                "одиноким пожилым людям."
            ),
        },
        "body": {
            "kk": (
                "<p>Павлодар қаласында «Қамқор көрші» еріктілер жобасы іске қосылды. Оның мақсаты – жалғыз "
                "тұратын қарт адамдарға күнделікті тұрмыста қолдау көрсету және олардың жалғыздығын сейілту.</p>"
                "<p>Жоба аясында әр еріктіге бір немесе екі қария бекітіледі. Еріктілер аптасына кемінде бір рет "
                "оларға барып, азық-түлік пен дәрі-дәрмек сатып әкеледі, коммуналдық төлемдерді төлеуге "
                "көмектеседі, шай үстінде жай ғана әңгімелеседі.</p>"
                "<p>Қазір жобаға елуден астам ерікті тіркелген, олардың көбі – студенттер мен жас мамандар. "
                "Барлық қатысушы алдын ала қысқа оқу курсынан өтіп, егде жастағы адамдармен қарым-қатынас "
                "жасаудың ерекшеліктерін үйренді.</p>"
                "<p>Көмекке мұқтаж қарттарды білетін тұрғындар немесе жобаға қосылғысы келетіндер қалалық "
                "еріктілер орталығына хабарласа алады.</p>"
            ),
            "ru": (
                "<p>В Павлодаре запущен волонтёрский проект «Заботливый сосед». Его цель – поддерживать одиноко "
                "живущих пожилых людей в повседневной жизни и скрашивать их одиночество.</p>"
                "<p>В рамках проекта за каждым волонтёром закрепляются один или два пожилых человека. Не реже "
                "одного раза в неделю волонтёры навещают их, покупают продукты и лекарства, помогают оплатить "
                "коммунальные услуги или просто беседуют за чашкой чая.</p>"
                "<p>Сейчас в проекте зарегистрировано более пятидесяти волонтёров, большинство из них – студенты "
                "и молодые специалисты. Все участники предварительно прошли короткий обучающий курс и узнали об "
                "особенностях общения с пожилыми людьми.</p>"
                "<p>Жители, которые знают пожилых людей, нуждающихся в помощи, а также все желающие "
                "присоединиться к проекту могут обратиться в городской волонтёрский центр.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Ерікті қарт кісіге азық-түлік әкелді",
            "ru": "Волонтёр принёс продукты пожилому человеку",
        },
        "cover_colors": ("#6d597a", "#eaac8b"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "almaty-mountains-eco-volunteers",
        "category": "projects",
        "status": "published",
        "published_at": "2025-10-18T16:00:00+05:00",
        "views": 874,
        "title": {
            "kk": "Алматы тауларындағы эко-еріктілер: Кіші Алматы шатқалынан 3 тоннадан астам қоқыс шығарылды",
            "ru": "Эко-волонтёры в горах Алматы: из ущелья Малой Алматинки вывезли более 3 тонн мусора",
            "en": (
                "Eco-volunteers in the Almaty mountains remove more than 3 tonnes of litter from the Kishi Almaty gorge"
            ),
        },
        "lead": {
            "kk": (
                "Екі жүзге жуық ерікті демалыс күндері тау соқпақтары мен өзен жағалауын тазартты. Акция Іле "
                "Алатауы ұлттық паркімен бірлесіп өткізілді."
            ),
            "ru": (
                "Почти двести волонтёров за выходные очистили горные тропы и берег реки. Акция прошла совместно "
                "с Иле-Алатауским национальным парком."
            ),
            "en": (
                "Nearly two hundred volunteers cleaned mountain trails and a riverbank over the weekend. The "
                "campaign was held jointly with Ile-Alatau National Park."
            ),
        },
        "body": {
            "kk": (
                "<p>Алматы эко-еріктілері туристік маусым аяқталғаннан кейін дәстүрлі күзгі тазалық акциясын "
                "өткізді. Еріктілер Медеу мен Шымбұлақ аралығындағы соқпақтарды, Кіші Алматы өзенінің жағалауын "
                "және туристер жиі демалатын алаңдарды аралап шықты.</p>"
                "<p>Екі күн ішінде 3 тоннадан астам қалдық жиналды. Олардың басым бөлігі – пластик бөтелкелер, "
                "бір реттік ыдыстар мен қаптамалар. Ұлттық парк қызметкерлері қоқысты таудан түсіру үшін көлік "
                "бөлді.</p>"
                "<blockquote>«Тауда қалдырылған бір бөтелке жүздеген жыл шірімейді. Біз табиғатқа шыққан әр "
                "адамды өз қоқысын өзімен бірге алып қайтуға шақырамыз», – дейді акцияны ұйымдастырушылардың "
                "бірі Дәурен Мұратов.</blockquote>"
                "<p>Акция алдында қатысушыларға қауіпсіздік нұсқауы өткізілді: топтар тек белгіленген "
                "соқпақтармен жүріп, әр топқа тәжірибелі жетекші бекітілді. Келесі эко-акция көктемде, қар "
                "ерігеннен кейін өтеді.</p>"
            ),
            "ru": (
                "<p>После окончания туристического сезона эко-волонтёры Алматы провели традиционную осеннюю "
                "акцию по уборке. Волонтёры прошли тропы между Медеу и Шымбулаком, берег реки Малая Алматинка и "
                "площадки, где часто отдыхают туристы.</p>"
                "<p>За два дня было собрано более 3 тонн отходов. Большая их часть – пластиковые бутылки, "
                "одноразовая посуда и упаковка. Сотрудники национального парка выделили транспорт, чтобы "
                "спустить мусор с гор.</p>"
                "<blockquote>«Одна бутылка, оставленная в горах, не разлагается сотни лет. Мы призываем каждого, "
                "кто выезжает на природу, забирать свой мусор с собой», – говорит один из организаторов акции "
                "Даурен Муратов.</blockquote>"
                "<p>Перед акцией участники прошли инструктаж по технике безопасности: группы двигались только по "
                "обозначенным тропам, за каждой был закреплён опытный руководитель. Следующая эко-акция пройдёт "
                "весной, после схода снега.</p>"
            ),
            "en": (
                "<p>With the tourist season over, Almaty’s eco-volunteers held their traditional autumn "
                "clean-up. They walked the trails between Medeu and Shymbulak, the banks of the Kishi Almaty "
                "River and the spots where hikers often stop to rest.</p>"
                "<p>Over two days, more than 3 tonnes of waste were collected, most of it plastic bottles, "
                "disposable tableware and packaging. National park staff provided vehicles to bring the rubbish "
                "down from the mountains.</p>"
                "<blockquote>“A single bottle left in the mountains takes hundreds of years to break down. We "
                "urge everyone who heads out into nature to take their rubbish home with them,” says Dauren "
                "Muratov, one of the organisers.</blockquote>"
                "<p>Before the event, participants received a safety briefing: the groups kept strictly to "
                "marked trails, and each was led by an experienced guide. The next eco-campaign will take place "
                "in spring, once the snow has melted.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Таудағы соқпақта қоқыс қаптарын көтеріп келе жатқан еріктілер",
            "ru": "Волонтёры несут мешки с мусором по горной тропе",
            "en": "Volunteers carrying bags of litter along a mountain trail",
        },
        "cover_colors": ("#264653", "#8ab17d"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "aktobe-blood-donation-drive",
        "category": "regions",
        "status": "published",
        "published_at": "2025-11-07T12:00:00+05:00",
        "views": 268,
        "title": {
            "kk": "Ақтөбеде еріктілер қан тапсыру акциясын ұйымдастырды",
        },
        "lead": {
            "kk": "Өңірлік қан орталығымен бірлесіп өткен акцияға жүзден астам адам қатысып, донорлық қан тапсырды.",
        },
        "body": {
            "kk": (
                "<p>Ақтөбе қаласында еріктілер өңірлік қан орталығымен бірлесіп «Бір тамшы – бір өмір» атты "
                "донорлық акция өткізді. Іс-шараға студенттер, мемлекеттік қызметшілер және кәсіпорын "
                "қызметкерлері қатысты.</p>"
                "<p>Бір күннің ішінде жүзден астам адам қан тапсырды. Дәрігерлердің айтуынша, жиналған қан мен "
                "оның компоненттері шұғыл операциялар мен ауыр науқастарды емдеу кезінде қолданылады.</p>"
                "<p>Еріктілер донорларды тіркеуге, кезекті ретке келтіруге көмектесті, қан тапсырғандарға шай "
                "мен жеңіл тамақ ұсынды. Сондай-ақ олар алғаш рет донор болғысы келетіндерге қажетті ережелерді "
                "түсіндірді.</p>"
                "<p>Ұйымдастырушылар мұндай акцияны тоқсан сайын өткізуді жоспарлап отыр. Қан тапсырар алдында "
                "жақсылап демалып, майлы тағамнан бас тарту керектігін естеріңізге саламыз.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Қан тапсыру акциясына келген донорлар мен еріктілер",
        },
        "cover_colors": ("#9d0208", "#ffba08"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "international-volunteer-day-2025-awards",
        "category": "official",
        "status": "published",
        "published_at": "2025-12-05T18:00:00+05:00",
        "views": 1840,
        "title": {
            "kk": "5 желтоқсан – Халықаралық еріктілер күні: үздік еріктілер марапатталды",
            "ru": "5 декабря – Международный день волонтёров: лучших волонтёров наградили",
            "en": "5 December, International Volunteer Day: the best volunteers receive awards",
        },
        "lead": {
            "kk": (
                "Халықаралық еріктілер күнінде Астанада еріктілер форумы өтіп, өңірлердің ең белсенді еріктілері "
                "мен ұйымдары марапатталды."
            ),
            "ru": (
                "В Международный день волонтёров в Астане прошёл форум волонтёров, на котором наградили самых "
                "активных волонтёров и организации из регионов."
            ),
            "en": (
                "On International Volunteer Day, Astana hosted a volunteer forum at which the most active "
                "volunteers and organisations from the regions received awards."
            ),
        },
        "body": {
            "kk": (
                "<p>5 желтоқсан – Халықаралық еріктілер күні. Осы күні Астанада өткен еріктілер форумына "
                "еліміздің барлық өңірінен еріктілер, үкіметтік емес ұйымдардың өкілдері және мемлекеттік "
                "органдардың қызметкерлері жиналды.</p>"
                "<p>Форумда жылдың қорытындысы шығарылды. Биыл еріктілер су тасқынынан зардап шеккендерге көмек "
                "көрсетуге, «Таза Қазақстан» акциясына, әлеуметтік және экологиялық жобаларға белсене "
                "атсалысты.</p>"
                "<p>Салтанатты бөлімде «Үздік ерікті», «Үздік еріктілер ұйымы», «Үздік корпоративтік еріктілер "
                "жобасы» және «Жыл жаңалығы» аталымдары бойынша жеңімпаздар марапатталды.</p>"
                "<p>Форум қатысушылары алдағы 2026 жылға ерекше назар аударды. Біріккен Ұлттар Ұйымы "
                "Қазақстанның бастамасымен 2026 жылды Орнықты даму үшін халықаралық еріктілер жылы деп "
                "жариялады. Бұл – еліміздің еріктілер қозғалысы үшін үлкен мүмкіндік әрі жауапкершілік.</p>"
                "<p>Форум соңында еріктілер бір-бірімен тәжірибе алмасып, алдағы жылға арналған бірлескен "
                "жобаларды талқылады.</p>"
            ),
            "ru": (
                "<p>5 декабря – Международный день волонтёров. В этот день на форум волонтёров в Астане "
                "съехались волонтёры из всех регионов страны, представители неправительственных организаций и "
                "сотрудники государственных органов.</p>"
                "<p>На форуме подвели итоги года. В этом году волонтёры активно помогали пострадавшим от "
                "паводков, участвовали в акции «Таза Қазақстан», социальных и экологических проектах.</p>"
                "<p>В торжественной части наградили победителей в номинациях «Лучший волонтёр», «Лучшая "
                "волонтёрская организация», «Лучший корпоративный волонтёрский проект» и «Открытие года».</p>"
                "<p>Особое внимание участники форума уделили наступающему 2026 году. По инициативе Казахстана "
                "Организация Объединённых Наций объявила 2026 год Международным годом добровольцев в интересах "
                "устойчивого развития. Это большая возможность и ответственность для волонтёрского движения "
                "страны.</p>"
                "<p>В завершение форума волонтёры обменялись опытом и обсудили совместные проекты на будущий "
                "год.</p>"
            ),
            "en": (
                "<p>5 December is International Volunteer Day. On this day, volunteers from every region of the "
                "country, representatives of non-governmental organisations and public officials gathered in "
                "Astana for a volunteer forum.</p>"
                "<p>The forum took stock of the year. This year volunteers actively helped people affected by "
                "floods and took part in the Taza Qazaqstan campaign and in social and environmental "
                "projects.</p>"
                "<p>At the awards ceremony, winners were honoured in the categories Best Volunteer, Best "
                "Volunteer Organisation, Best Corporate Volunteering Project and Discovery of the Year.</p>"
                "<p>Participants paid special attention to the coming year. At Kazakhstan’s initiative, the "
                "United Nations has proclaimed 2026 the International Volunteer Year for Sustainable "
                "Development. This is both a great opportunity and a responsibility for the country’s volunteer "
                "movement.</p>"
                "<p>At the end of the forum, volunteers shared their experience and discussed joint projects for "
                "the year ahead.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Астанадағы еріктілер форумында марапатталған еріктілер сахнада",
            "ru": "Награждённые волонтёры на сцене форума в Астане",
            "en": "Award-winning volunteers on stage at the forum in Astana",
        },
        "cover_colors": ("#003f88", "#fdc500"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "free-online-course-first-aid-and-safety",
        "category": "resources",
        "status": "published",
        "published_at": "2026-01-20T10:00:00+05:00",
        "views": 967,
        "title": {
            "kk": "Еріктілерге арналған тегін онлайн-курс: алғашқы көмек және қауіпсіздік негіздері",
            "ru": "Бесплатный онлайн-курс для волонтёров: первая помощь и основы безопасности",
            "en": "Free online course for volunteers: first aid and safety basics",
        },
        "lead": {
            "kk": (
                "«Біргеміз» платформасында еріктілерге арналған жаңа оқу курсы іске қосылды. Курсты аяқтағандар "
                "электрондық сертификат алады."
            ),
            "ru": (
                "На платформе «Біргеміз» запущен новый обучающий курс для волонтёров. Те, кто его пройдёт, "
                "получат электронный сертификат."
            ),
            "en": (
                "A new training course for volunteers has been launched on the Birgemiz platform. Those who "
                "complete it will receive an electronic certificate."
            ),
        },
        "body": {
            "kk": (
                "<p>Халықаралық еріктілер жылы аясында «Біргеміз» платформасында «Ерікті қауіпсіздігі және "
                "алғашқы көмек» атты тегін онлайн-курс іске қосылды. Курс қазақ және орыс тілдерінде "
                "қолжетімді.</p>"
                "<p>Курс алты модульден тұрады:</p>"
                "<ul>"
                "<li>алғашқы медициналық көмек көрсету негіздері;</li>"
                "<li>төтенше жағдайлардағы іс-әрекет тәртібі;</li>"
                "<li>көпшілік қатысатын іс-шаралар кезіндегі қауіпсіздік;</li>"
                "<li>ерікті мен көмек алушының құқықтары;</li>"
                "<li>психологиялық қолдау және күйзелістің алдын алу;</li>"
                "<li>команда ішіндегі байланыс және үйлестіру.</li>"
                "</ul>"
                "<p>Әр модульде қысқа бейнесабақтар, практикалық тапсырмалар мен тест бар. Курсты өзіңізге "
                "ыңғайлы уақытта өтуге болады, оның жалпы ұзақтығы – шамамен 8 сағат.</p>"
                "<p>Курсты сәтті аяқтаған еріктілерге электрондық сертификат беріледі. Ол еріктілер жобаларына, "
                "әсіресе төтенше жағдайлар кезіндегі жұмысқа өтінім бергенде пайдалы болады.</p>"
            ),
            "ru": (
                "<p>В рамках Международного года волонтёров на платформе «Біргеміз» запущен бесплатный "
                "онлайн-курс «Безопасность волонтёра и первая помощь». Курс доступен на казахском и русском "
                "языках.</p>"
                "<p>Курс состоит из шести модулей:</p>"
                "<ul>"
                "<li>основы оказания первой медицинской помощи;</li>"
                "<li>порядок действий в чрезвычайных ситуациях;</li>"
                "<li>безопасность на массовых мероприятиях;</li>"
                "<li>права волонтёра и получателя помощи;</li>"
                "<li>психологическая поддержка и профилактика выгорания;</li>"
                "<li>коммуникация и координация в команде.</li>"
                "</ul>"
                "<p>В каждом модуле есть короткие видеоуроки, практические задания и тест. Проходить курс можно "
                "в удобное время, общая продолжительность – около 8 часов.</p>"
                "<p>Волонтёры, успешно завершившие курс, получат электронный сертификат. Он пригодится при "
                "подаче заявок на участие в волонтёрских проектах, особенно в работе при чрезвычайных "
                "ситуациях.</p>"
            ),
            "en": (
                "<p>As part of the International Volunteer Year, a free online course, Volunteer Safety and "
                "First Aid, has been launched on the Birgemiz platform. It is available in Kazakh and "
                "Russian.</p>"
                "<p>The course consists of six modules:</p>"
                "<ul>"
                "<li>basic first aid;</li>"
                "<li>what to do in an emergency;</li>"
                "<li>safety at large public events;</li>"
                "<li>the rights of volunteers and of the people they help;</li>"
                "<li>psychological support and preventing burnout;</li>"
                "<li>communication and coordination within a team.</li>"
                "</ul>"
                "<p>Each module includes short video lessons, practical tasks and a quiz. You can take the "
                "course at your own pace; it takes about 8 hours in total.</p>"
                "<p>Volunteers who complete the course will receive an electronic certificate. It will be useful "
                "when applying for volunteer projects, especially emergency response work.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Еріктілер алғашқы көмек көрсетуді үйреніп жатыр",
            "ru": "Волонтёры учатся оказывать первую помощь",
            "en": "Volunteers learning to give first aid",
        },
        "cover_colors": ("#d62828", "#f7f7f2"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "turkistan-digital-literacy-for-seniors",
        "category": "regions",
        "status": "published",
        "published_at": "2026-02-10T11:00:00+05:00",
        "views": 431,
        "title": {
            "kk": "Түркістанда еріктілер зейнеткерлерге цифрлық сауаттылықты үйретеді",
            "ru": "В Туркестане волонтёры обучают пенсионеров цифровой грамотности",
        },
        "lead": {
            "kk": (
                "Студент-еріктілер егде жастағы адамдарға смартфонды қолдануды, электрондық үкімет қызметтерін "
                "алуды және алаяқтардан сақтануды үйретеді."
            ),
            "ru": (
                "Студенты-волонтёры учат пожилых людей пользоваться смартфоном, получать услуги электронного "
                "правительства и защищаться от мошенников."
            ),
        },
        "body": {
            "kk": (
                "<p>Түркістан қаласында «Цифрлық ата-әже» атты еріктілер жобасы басталды. Жоба Цифрландыру және "
                "жасанды интеллект жылы аясында жергілікті университет студенттерінің бастамасымен қолға "
                "алынды.</p>"
                "<p>Сабақтар аптасына екі рет кітапханада және белсенді ұзақ өмір сүру орталығында өтеді. "
                "Зейнеткерлер смартфонды баптауды, бейнеқоңырау шалуды, eGov mobile қосымшасы арқылы анықтама "
                "алуды және онлайн төлем жасауды үйренеді.</p>"
                "<p>Ерекше назар қауіпсіздікке аударылады. Еріктілер телефон алаяқтығының жиі кездесетін "
                "түрлерін түсіндіріп, SMS-кодты ешкімге айтпау керектігін қайта-қайта ескертеді.</p>"
                "<blockquote>«Немерелерім алыста тұрады. Енді олармен бейнеқоңырау арқылы сөйлесіп, "
                "бір-бірімізді көре аламыз», – дейді курсқа қатысушы 68 жастағы Гүлбаршын апай.</blockquote>"
                "<p>Алғашқы топта отызға жуық зейнеткер оқыды. Жоба ұйымдастырушылары тәжірибені облыстың басқа "
                "елді мекендеріне де таратуды көздеп отыр.</p>"
            ),
            "ru": (
                "<p>В Туркестане стартовал волонтёрский проект «Цифровые бабушки и дедушки». Он появился в "
                "рамках Года цифровизации и искусственного интеллекта по инициативе студентов местного "
                "университета.</p>"
                "<p>Занятия проходят два раза в неделю в библиотеке и в центре активного долголетия. Пенсионеры "
                "учатся настраивать смартфон, совершать видеозвонки, получать справки через приложение eGov "
                "mobile и оплачивать услуги онлайн.</p>"
                "<p>Особое внимание уделяется безопасности. Волонтёры рассказывают о самых распространённых "
                "видах телефонного мошенничества и снова и снова напоминают, что SMS-код нельзя сообщать "
                "никому.</p>"
                "<blockquote>«Внуки живут далеко. Теперь мы можем созваниваться по видео и видеть друг друга», – "
                "говорит 68-летняя участница курса Гульбаршын-апай.</blockquote>"
                "<p>В первой группе обучились около тридцати пенсионеров. Организаторы планируют распространить "
                "опыт на другие населённые пункты области.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Студент-ерікті зейнеткерге смартфонды қолдануды көрсетіп отыр",
            "ru": "Студент-волонтёр показывает пенсионерке, как пользоваться смартфоном",
        },
        "cover_colors": ("#3a86ff", "#ffbe0b"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "korisu-day-volunteers-visit-elderly",
        "category": None,
        "status": "published",
        "published_at": "2026-03-14T12:00:00+05:00",
        "views": 154,
        "title": {
            "kk": "Көрісу күні еріктілер қарттарға барды",
        },
        "lead": {
            "kk": "Наурыз мерекесі қарсаңында еріктілер қарттармен көрісіп, оларға мерекелік дастарқан жайды.",
        },
        "body": {
            "kk": (
                "<p>14 наурыз – Амал мерекесі, халық арасында оны Көрісу күні деп атайды. Бұл күні адамдар "
                "бір-біріне барып амандасады, жақсы тілектер айтып, үлкендерге құрмет көрсетеді.</p>"
                "<p>Игі дәстүрді жалғастырған еріктілер қарттар мен мүгедектігі бар адамдарға арнаулы әлеуметтік "
                "қызмет көрсету орталығына барды. Олар қарттармен көрісіп, наурыз көже мен бауырсақ дайындады, "
                "мерекелік концерт қойды.</p>"
                "<p>Қарттар еріктілерге ақ батасын беріп, өз жастық шағындағы Наурыз мерекесі туралы әңгімеледі. "
                "Жастар үшін бұл кездесу ұлттық дәстүрдің мәнін тереңірек түсінуге мүмкіндік болды.</p>"
                "<p>Наурыз мейрамы күндері еріктілер жалғызбасты қарттардың үйлеріне де барып, мерекелік "
                "сәлемдеме табыстайды.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Еріктілер мен қарттар мерекелік дастарқан басында",
        },
        "cover_colors": ("#7b2cbf", "#ffd166"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "flood-preparedness-volunteer-headquarters",
        "category": "projects",
        "status": "published",
        "published_at": "2026-03-16T09:30:00+05:00",
        "views": 2650,
        "title": {
            "kk": "Көктемгі су тасқынына дайындық: өңірлерде еріктілер штабтары құрылды",
            "ru": "Подготовка к весеннему паводку: в регионах созданы волонтёрские штабы",
            "en": "Preparing for spring floods: volunteer headquarters set up in the regions",
        },
        "lead": {
            "kk": (
                "Су тасқыны қаупі бар облыстарда еріктілер төтенше жағдайлар қызметтерімен бірлесіп жұмыс "
                "істеуге дайын. Жаңа еріктілерді тіркеу жалғасуда."
            ),
            "ru": (
                "В областях, где есть угроза паводков, волонтёры готовы работать вместе с экстренными службами. "
                "Регистрация новых волонтёров продолжается."
            ),
            "en": (
                "In regions at risk of flooding, volunteers are ready to work alongside the emergency services. "
                "Registration of new volunteers continues."
            ),
        },
        "body": {
            "kk": (
                "<p>Көктемгі су тасқыны кезеңі жақындауына байланысты Ақтөбе, Батыс Қазақстан, Қостанай, Ақмола "
                "және Солтүстік Қазақстан облыстарында еріктілер штабтары құрылды. Олар жергілікті әкімдіктермен "
                "және Төтенше жағдайлар министрлігінің аумақтық бөлімшелерімен тығыз байланыста жұмыс "
                "істейді.</p>"
                "<p>2024 жылғы ауқымды су тасқыны кезінде мыңдаған ерікті қап толтыруға, тұрғындарды көшіруге, "
                "гуманитарлық көмек таратуға және уақытша орналастыру пункттерінде кезекшілік етуге қатысты. Сол "
                "тәжірибе биылғы дайындықтың негізіне алынды.</p>"
                "<p>Штабтар еріктілерді алдын ала тіркеп, оларды бағыттар бойынша бөледі: логистика, азық-түлік "
                "пен заттарды жинау және тарату, балалар мен қарттарға көмек, ақпараттық қолдау. Барлық ерікті "
                "қауіпсіздік нұсқауынан өтеді.</p>"
                "<p><strong>Маңызды ескерту:</strong> еріктілер су басқан аймақтарға тек штабтың келісімімен "
                "және ұйымдасқан топ құрамында барады. Өз бетімен әрекет ету өміріңізге қауіп төндіріп, "
                "құтқарушылардың жұмысына кедергі келтіреді.</p>"
                "<p>Еріктілер штабына қосылғыңыз келсе, сайттағы «Ерікті болу» батырмасы арқылы өтінім "
                "қалдырыңыз немесе облыстық еріктілер орталығына хабарласыңыз.</p>"
            ),
            "ru": (
                "<p>В связи с приближением весеннего паводкового периода в Актюбинской, Западно-Казахстанской, "
                "Костанайской, Акмолинской и Северо-Казахстанской областях созданы волонтёрские штабы. Они "
                "работают в тесном контакте с местными акиматами и территориальными подразделениями Министерства "
                "по чрезвычайным ситуациям.</p>"
                "<p>Во время масштабного паводка 2024 года тысячи волонтёров наполняли мешки с песком, помогали "
                "эвакуировать жителей, раздавали гуманитарную помощь и дежурили в пунктах временного размещения. "
                "Этот опыт лёг в основу нынешней подготовки.</p>"
                "<p>Штабы заранее регистрируют волонтёров и распределяют их по направлениям: логистика, сбор и "
                "раздача продуктов и вещей, помощь детям и пожилым людям, информационная поддержка. Все "
                "волонтёры проходят инструктаж по технике безопасности.</p>"
                "<p><strong>Важно:</strong> волонтёры выезжают в зоны подтопления только с согласия штаба и в "
                "составе организованной группы. Самостоятельные действия угрожают вашей жизни и мешают работе "
                "спасателей.</p>"
                "<p>Если вы хотите присоединиться к волонтёрскому штабу, оставьте заявку через кнопку «Стать "
                "волонтёром» на сайте или обратитесь в областной волонтёрский центр.</p>"
            ),
            "en": (
                "<p>With the spring flood season approaching, volunteer headquarters have been set up in the "
                "Aktobe, West Kazakhstan, Kostanay, Akmola and North Kazakhstan regions. They work closely with "
                "local akimats and the regional departments of the Ministry of Emergency Situations.</p>"
                "<p>During the major floods of 2024, thousands of volunteers filled sandbags, helped evacuate "
                "residents, distributed humanitarian aid and staffed temporary shelters. That experience forms "
                "the basis of this year’s preparations.</p>"
                "<p>The headquarters register volunteers in advance and assign them to different areas: "
                "logistics, collecting and distributing food and supplies, helping children and older people, "
                "and information support. All volunteers receive a safety briefing.</p>"
                "<p><strong>Important:</strong> volunteers only go into flooded areas with the approval of the "
                "headquarters and as part of an organised group. Acting on your own puts your life at risk and "
                "gets in the way of rescuers.</p>"
                "<p>If you would like to join a volunteer headquarters, submit an application using the Become a "
                "volunteer button on the website or contact your regional volunteer centre.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Еріктілер су тасқынына қарсы құм толтырылған қаптарды тасып жатыр",
            "ru": "Волонтёры носят мешки с песком для защиты от паводка",
            "en": "Volunteers carrying sandbags to protect against flooding",
        },
        "cover_colors": ("#023e8a", "#90e0ef"),
        "source_name": {
            "kk": "Қазақстан Республикасы Төтенше жағдайлар министрлігі",
            "ru": "Министерство по чрезвычайным ситуациям Республики Казахстан",
            "en": "Ministry of Emergency Situations of the Republic of Kazakhstan",
        },
        "source_url": "https://www.gov.kz/memleket/entities/emer",
    },
    {
        "key": "kostanay-inclusive-sports-festival",
        "category": "regions",
        "status": "published",
        "published_at": "2026-04-18T17:00:00+05:00",
        "views": 377,
        "title": {
            "kk": "Қостанайда инклюзивті спорт фестивалі өтті: еріктілер қатысушыларға қолдау көрсетті",
            "ru": "В Костанае прошёл инклюзивный спортивный фестиваль: волонтёры поддержали участников",
        },
        "lead": {
            "kk": (
                "Мүгедектігі бар балалар мен жасөспірімдерге арналған спорт фестиваліне жүзден астам қатысушы "
                "келді. Оны өткізуге қырыққа жуық ерікті көмектесті."
            ),
            "ru": (
                "На спортивный фестиваль для детей и подростков с инвалидностью пришли более ста участников. "
                "Провести его помогли около сорока волонтёров."
            ),
        },
        "body": {
            "kk": (
                "<p>Қостанай қаласында мүгедектігі бар балалар мен жасөспірімдерге арналған «Бәріміз біргеміз» "
                "инклюзивті спорт фестивалі өтті. Фестиваль бағдарламасына эстафета, бочча, отырып ойналатын "
                "волейбол және үстел теннисі енді.</p>"
                "<p>Фестивальді ұйымдастыруға қырыққа жуық ерікті көмектесті. Олар қатысушыларды қарсы алып, "
                "алаңдар арасында жүруге көмектесті, жарыс хаттамаларын толтырды және әр командаға жанкүйер "
                "болды.</p>"
                "<p>Еріктілер фестивальге дейін арнайы дайындықтан өтті: инклюзивті қарым-қатынас негіздерін, "
                "арбамен жүретін адамдарға дұрыс көмектесу тәсілдерін және ымдау тілінің қарапайым сөздерін "
                "үйренді.</p>"
                "<p>Фестиваль соңында барлық қатысушыға медальдар мен естелік сыйлықтар табысталды. "
                "Ұйымдастырушылар мұндай фестивальді жыл сайын өткізуге уәде берді.</p>"
            ),
            "ru": (
                "<p>В Костанае прошёл инклюзивный спортивный фестиваль «Бәріміз біргеміз» («Мы все вместе») для "
                "детей и подростков с инвалидностью. В программу вошли эстафета, бочча, волейбол сидя и "
                "настольный теннис.</p>"
                "<p>Организовать фестиваль помогли около сорока волонтёров. Они встречали участников, помогали "
                "им передвигаться между площадками, заполняли протоколы соревнований и болели за каждую "
                "команду.</p>"
                "<p>Перед фестивалем волонтёры прошли специальную подготовку: изучили основы инклюзивного "
                "общения, правила помощи людям на инвалидных колясках и простые слова на жестовом языке.</p>"
                "<p>В конце фестиваля всем участникам вручили медали и памятные подарки. Организаторы пообещали "
                "проводить такой фестиваль ежегодно.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Инклюзивті спорт фестиваліндегі эстафета",
            "ru": "Эстафета на инклюзивном спортивном фестивале",
        },
        "cover_colors": ("#ff006e", "#8338ec"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "how-to-become-a-volunteer-five-steps",
        "category": "resources",
        "status": "published",
        "published_at": "2026-05-05T10:00:00+05:00",
        "views": 2210,
        "title": {
            "kk": "Ерікті болғыңыз келе ме? Бастаушыларға арналған 5 қадам",
            "ru": "Хотите стать волонтёром? 5 шагов для начинающих",
            "en": "Want to become a volunteer? 5 steps for beginners",
        },
        "lead": {
            "kk": (
                "Еріктілікті неден бастау керек, өзіңізге лайық бағытты қалай таңдауға болады? Қарапайым әрі "
                "түсінікті нұсқаулықты ұсынамыз."
            ),
            "ru": (
                "С чего начать волонтёрство и как выбрать подходящее направление? Предлагаем простую и понятную "
                "инструкцию."
            ),
            "en": (
                "Where should you start with volunteering, and how do you choose the right area for you? Here is "
                "a simple, clear guide."
            ),
        },
        "body": {
            "kk": (
                "<p>Халықаралық еріктілер жылында еріктілер қатарына қосылғысы келетіндер саны артып келеді. "
                "Егер сіз де көмектескіңіз келсе, бірақ неден бастарыңызды білмесеңіз, мына қадамдар пайдалы "
                "болады.</p>"
                "<ul>"
                "<li><strong>Бағытты таңдаңыз.</strong> Экология, әлеуметтік көмек, білім беру, спорт, мәдениет, "
                "төтенше жағдайлар – өз қызығушылығыңыз бен дағдыларыңызға сай келетінін таңдаңыз.</li>"
                "<li><strong>Уақытыңызды жоспарлаңыз.</strong> Аптасына қанша сағат бөле алатыныңызды алдын ала "
                "анықтаңыз. Тұрақты, бірақ шағын көмек бір реттік үлкен көмектен кем емес.</li>"
                "<li><strong>Тіркеліңіз.</strong> «Біргеміз» сайтындағы «Ерікті болу» батырмасы арқылы өтінім "
                "қалдырыңыз немесе жақын маңдағы еріктілер орталығына хабарласыңыз.</li>"
                "<li><strong>Оқудан өтіңіз.</strong> Көп жобаға қатысу үшін қысқа нұсқаулықтан немесе "
                "онлайн-курстан өту қажет. Бұл сіздің де, өзгелердің де қауіпсіздігі үшін маңызды.</li>"
                "<li><strong>Алғашқы акцияға қатысыңыз.</strong> Шағын іс-шарадан бастаңыз: сенбілік, "
                "қайырымдылық жәрмеңкесі немесе кітап жинау. Тәжірибе жинақтала келе, күрделірек жобаларды "
                "таңдай аласыз.</li>"
                "</ul>"
                "<p>Есте сақтаңыз: ерікті болу үшін арнайы білім немесе тәжірибе қажет емес. Кәмелетке "
                "толмағандар еріктілер жобаларына ата-анасының немесе заңды өкілінің келісімімен қатыса "
                "алады.</p>"
                "<p>Сұрақтарыңыз болса, фронт-офистің кеңесшілеріне жазыңыз – біз сізге лайық жобаны табуға "
                "көмектесеміз.</p>"
            ),
            "ru": (
                "<p>В Международный год волонтёров всё больше людей хотят присоединиться к волонтёрскому "
                "движению. Если вы тоже хотите помогать, но не знаете, с чего начать, вам пригодятся эти "
                "шаги.</p>"
                "<ul>"
                "<li><strong>Выберите направление.</strong> Экология, социальная помощь, образование, спорт, "
                "культура, чрезвычайные ситуации – выберите то, что соответствует вашим интересам и навыкам.</li>"
                "<li><strong>Спланируйте время.</strong> Заранее определите, сколько часов в неделю вы готовы "
                "уделять. Регулярная небольшая помощь ценна не меньше, чем разовая крупная.</li>"
                "<li><strong>Зарегистрируйтесь.</strong> Оставьте заявку через кнопку «Стать волонтёром» на "
                "сайте «Біргеміз» или обратитесь в ближайший волонтёрский центр.</li>"
                "<li><strong>Пройдите обучение.</strong> Для участия во многих проектах нужно пройти короткий "
                "инструктаж или онлайн-курс. Это важно для вашей безопасности и безопасности других.</li>"
                "<li><strong>Примите участие в первой акции.</strong> Начните с небольшого мероприятия: "
                "субботника, благотворительной ярмарки или сбора книг. С опытом вы сможете выбирать более "
                "сложные проекты.</li>"
                "</ul>"
                "<p>Помните: чтобы стать волонтёром, не нужны специальные знания или опыт. Несовершеннолетние "
                "могут участвовать в волонтёрских проектах с согласия родителей или законных представителей.</p>"
                "<p>Если у вас есть вопросы, напишите консультантам фронт-офиса – мы поможем подобрать "
                "подходящий проект.</p>"
            ),
            "en": (
                "<p>In the International Volunteer Year, more and more people want to join the volunteer "
                "movement. If you would like to help too but don’t know where to start, these steps will be "
                "useful.</p>"
                "<ul>"
                "<li><strong>Choose an area.</strong> Environment, social support, education, sport, culture, "
                "emergencies – pick what matches your interests and skills.</li>"
                "<li><strong>Plan your time.</strong> Decide in advance how many hours a week you can give. "
                "Regular small contributions are worth no less than a single big one.</li>"
                "<li><strong>Register.</strong> Submit an application using the Become a volunteer button on the "
                "Birgemiz website or contact your nearest volunteer centre.</li>"
                "<li><strong>Get trained.</strong> Many projects require a short briefing or an online course. "
                "This matters for your own safety and for the safety of others.</li>"
                "<li><strong>Join your first event.</strong> Start with something small: a clean-up, a charity "
                "fair or a book drive. As you gain experience, you can take on more demanding projects.</li>"
                "</ul>"
                "<p>Remember: you don’t need any special knowledge or experience to become a volunteer. Minors "
                "can take part in volunteer projects with the consent of a parent or legal guardian.</p>"
                "<p>If you have any questions, write to the front office advisers – we will help you find the "
                "right project.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Жас еріктілер тобы бір-бірінің қолын ұстап тұр",
            "ru": "Группа молодых волонтёров держится за руки",
            "en": "A group of young volunteers holding hands",
        },
        "cover_colors": ("#0b6e4f", "#f2c14e"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "victory-day-volunteers-greet-home-front-veterans",
        "category": "projects",
        "status": "published",
        "published_at": "2026-05-08T11:00:00+05:00",
        "views": 243,
        "title": {
            "kk": "Жеңіс күні қарсаңында еріктілер тыл ардагерлерін құттықтады",
        },
        "lead": {
            "kk": "Еріктілер тыл ардагерлері мен соғыс жылдарының балаларына барып, гүл мен сыйлықтар табыс етті.",
        },
        "body": {
            "kk": (
                "<p>Жеңіс күні қарсаңында еріктілер «Ардагерге құрмет» акциясын өткізді. Олар тыл ардагерлері "
                "мен балалық шағы соғыс жылдарына тап болған қарияларға барып, мерекемен құттықтады.</p>"
                "<p>Еріктілер ардагерлерге гүл шоқтары мен азық-түлік себеттерін тапсырып, үй шаруасына "
                "көмектесті. Кейбір отбасыларда олар терезе жуып, ауланы тазалады.</p>"
                "<p>Кездесу барысында қариялар соғыс жылдарындағы ауыр тұрмыс, тылдағы еңбек және бейбіт өмірдің "
                "қадірі туралы естеліктерімен бөлісті. Еріктілер бұл әңгімелерді жазып алып, болашақта "
                "естеліктер жинағын шығаруды көздеп отыр.</p>"
                "<p>Акция еліміздің барлық облысында өтті. Ұйымдастырушылар ардагерлерге көмек мереке күндерімен "
                "шектелмеуі керек екенін атап өтіп, тұрақты қамқорлыққа шақырды.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Ерікті қарт ардагерге гүл шоғын табыс етіп тұр",
        },
        "cover_colors": ("#bc4749", "#f2e8cf"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "ulken-zhurek-mentoring-programme",
        "category": "projects",
        "status": "published",
        "published_at": "2026-06-15T10:00:00+05:00",
        "views": 518,
        "title": {
            "kk": "«Үлкен жүрек» бағдарламасы: еріктілер балалар үйінің тәрбиеленушілеріне тәлімгер болады",
            "ru": "Программа «Үлкен жүрек»: волонтёры становятся наставниками воспитанников детских домов",
            "en": "Ulken Zhurek programme: volunteers become mentors for children in orphanages",
        },
        "lead": {
            "kk": (
                "Жазғы демалыс кезінде еріктілер балалар үйінің тәрбиеленушілерімен жеке жұмыс істеп, оларға "
                "мамандық таңдауға және өз бетімен өмір сүруге дайындалуға көмектеседі."
            ),
            "ru": (
                "Во время летних каникул волонтёры индивидуально работают с воспитанниками детских домов, "
                "помогая им выбрать профессию и подготовиться к самостоятельной жизни."
            ),
            "en": (
                "During the summer holidays, volunteers work one-to-one with young people in orphanages, helping "
                "them choose a career and prepare for independent life."
            ),
        },
        "body": {
            "kk": (
                "<p>Балаларды қорғау күні қарсаңында басталған «Үлкен жүрек» тәлімгерлік бағдарламасы жалғасуда. "
                "Бағдарламаға Астана, Алматы және Шымкент қалаларындағы балалар үйлерінің 14–17 жастағы "
                "тәрбиеленушілері қатысады.</p>"
                "<p>Әр жасөспірімге іріктеуден және психологиялық дайындықтан өткен ерікті-тәлімгер бекітіледі. "
                "Тәлімгерлердің барлығы соттылығының жоқтығы туралы анықтама ұсынады. Олар аптасына бір рет "
                "кездесіп, бірге кәсіпорындарға, университеттерге және мәдени орындарға барады.</p>"
                "<p>Бағдарламаның басты мақсаты – балалар үйінен шыққан жастарды өз бетімен өмір сүруге "
                "дайындау. Тәлімгерлер оларға қаржылық сауаттылықты, түйіндеме жазуды және жұмысқа қабылдау "
                "сұхбатына дайындалуды үйретеді.</p>"
                "<blockquote>«Бұл балаларға ең алдымен оларға сенетін, қиын сәтте қасынан табылатын үлкен адам "
                "керек», – дейді бағдарлама үйлестірушісі Сәуле Ахметова.</blockquote>"
                "<p>Тәлімгер болғысы келетіндер бағдарламаға кемінде бір жыл бойы тұрақты қатысуға дайын болуы "
                "тиіс. Өтінімдер жыл бойы қабылданады.</p>"
            ),
            "ru": (
                "<p>Наставническая программа «Үлкен жүрек» («Большое сердце»), стартовавшая накануне Дня защиты "
                "детей, продолжает работу. В ней участвуют воспитанники детских домов Астаны, Алматы и Шымкента "
                "в возрасте от 14 до 17 лет.</p>"
                "<p>За каждым подростком закрепляется волонтёр-наставник, прошедший отбор и психологическую "
                "подготовку. Все наставники предоставляют справку об отсутствии судимости. Они встречаются раз в "
                "неделю и вместе посещают предприятия, университеты и учреждения культуры.</p>"
                "<p>Главная цель программы – подготовить выпускников детских домов к самостоятельной жизни. "
                "Наставники учат их финансовой грамотности, составлению резюме и подготовке к собеседованию.</p>"
                "<blockquote>«Этим детям прежде всего нужен взрослый, который в них верит и окажется рядом в "
                "трудную минуту», – говорит координатор программы Сауле Ахметова.</blockquote>"
                "<p>Те, кто хочет стать наставником, должны быть готовы регулярно участвовать в программе не "
                "менее года. Заявки принимаются круглый год.</p>"
            ),
            "en": (
                "<p>The Ulken Zhurek (Big Heart) mentoring programme, launched just before Children’s Day, is "
                "continuing its work. It involves young people aged 14 to 17 from orphanages in Astana, Almaty "
                "and Shymkent.</p>"
                "<p>Each teenager is paired with a volunteer mentor who has been through selection and "
                "psychological training. All mentors provide a certificate confirming they have no criminal "
                "record. Mentors and mentees meet once a week and visit companies, universities and cultural "
                "venues together.</p>"
                "<p>The main aim of the programme is to prepare young people leaving orphanages for independent "
                "life. Mentors teach them financial literacy, how to write a CV and how to prepare for a job "
                "interview.</p>"
                "<blockquote>“More than anything, these children need an adult who believes in them and will be "
                "there for them in difficult moments,” says programme coordinator Saule Akhmetova.</blockquote>"
                "<p>Anyone who wants to become a mentor must be ready to take part regularly for at least a "
                "year. Applications are accepted all year round.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Ерікті-тәлімгер жасөспіріммен әңгімелесіп отыр",
            "ru": "Волонтёр-наставник беседует с подростком",
            "en": "A volunteer mentor talking with a teenager",
        },
        "cover_colors": ("#e63946", "#f1faee"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "international-volunteer-year-half-year-results",
        "category": "official",
        "status": "published",
        "published_at": "2026-07-01T10:00:00+05:00",
        "views": 1320,
        "title": {
            "kk": "Халықаралық еріктілер жылы: алғашқы жарты жылдың қорытындысы",
            "ru": "Международный год волонтёров: итоги первого полугодия",
            "en": "International Volunteer Year: results of the first six months",
        },
        "lead": {
            "kk": (
                "Жыл басынан бері еріктілер қатарына мыңдаған жаңа азамат қосылды, өңірлерде жаңа орталықтар "
                "ашылып, оқу бағдарламалары іске қосылды."
            ),
            "ru": (
                "С начала года ряды волонтёров пополнили тысячи людей, в регионах открылись новые центры, "
                "запущены обучающие программы."
            ),
            "en": (
                "Since the start of the year, thousands of new people have joined the ranks of volunteers, new "
                "centres have opened in the regions and training programmes have been launched."
            ),
        },
        "body": {
            "kk": (
                "<p>Біріккен Ұлттар Ұйымының шешімімен 2026 жыл Орнықты даму үшін халықаралық еріктілер жылы деп "
                "жарияланды. Бұл бастаманы Қазақстан ұсынған болатын. Жылдың алғашқы алты айында еліміздегі "
                "еріктілер қозғалысы жаңа серпін алды.</p>"
                "<p>Жыл басынан бері «Біргеміз» фронт-офисіне жаңа еріктілерден мыңдаған өтінім түсті. Өтінім "
                "берушілердің жартысынан көбі – 30 жасқа дейінгі жастар, алайда зейнеткерлер мен отбасылық "
                "топтардың белсенділігі де артып келеді.</p>"
                "<p>Көктемгі су тасқыны кезеңінде еріктілер штабтары төтенше жағдайлар қызметтерімен бірлесіп "
                "жұмыс істеді. «Таза Қазақстан» акциясы аясындағы көктемгі сенбіліктер де ауқымды өтті.</p>"
                "<p>Жылдың екінші жартысында еріктілер ұйымдарына арналған шағын гранттар конкурсы, өңірлік "
                "еріктілер форумдары және 5 желтоқсанда атап өтілетін Халықаралық еріктілер күніне арналған "
                "республикалық іс-шаралар жоспарланған.</p>"
                '<p>Халықаралық еріктілер жылы туралы толығырақ ақпаратты <a href="https://www.unv.org">БҰҰ '
                "Еріктілері бағдарламасының сайтынан</a> табуға болады.</p>"
            ),
            "ru": (
                "<p>Решением Организации Объединённых Наций 2026 год объявлен Международным годом добровольцев в "
                "интересах устойчивого развития. С этой инициативой выступил Казахстан. За первые шесть месяцев "
                "года волонтёрское движение в стране получило новый импульс.</p>"
                "<p>С начала года фронт-офис «Біргеміз» получил тысячи заявок от новых волонтёров. Более "
                "половины заявителей – молодёжь до 30 лет, однако растёт и активность пенсионеров и семейных "
                "групп.</p>"
                "<p>В период весеннего паводка волонтёрские штабы работали вместе с экстренными службами. "
                "Масштабно прошли и весенние субботники в рамках акции «Таза Қазақстан».</p>"
                "<p>На второе полугодие запланированы конкурс малых грантов для волонтёрских организаций, "
                "региональные форумы волонтёров и республиканские мероприятия к Международному дню волонтёров, "
                "который отмечается 5 декабря.</p>"
                "<p>Подробнее о Международном годе добровольцев можно узнать на <a "
                'href="https://www.unv.org">сайте программы Добровольцев ООН</a>.</p>'
            ),
            "en": (
                "<p>By decision of the United Nations, 2026 has been proclaimed the International Volunteer Year "
                "for Sustainable Development, an initiative put forward by Kazakhstan. In the first six months "
                "of the year, the country’s volunteer movement has gained new momentum.</p>"
                "<p>Since January, the Birgemiz front office has received thousands of applications from new "
                "volunteers. More than half of the applicants are young people under 30, but pensioners and "
                "family groups are becoming increasingly active too.</p>"
                "<p>During the spring floods, volunteer headquarters worked alongside the emergency services. "
                "The spring clean-ups of the Taza Qazaqstan campaign were also held on a large scale.</p>"
                "<p>Plans for the second half of the year include a small grants competition for volunteer "
                "organisations, regional volunteer forums and national events for International Volunteer Day on "
                "5 December.</p>"
                "<p>You can find out more about the International Volunteer Year on the <a "
                'href="https://www.unv.org">United Nations Volunteers website</a>.</p>'
            ),
        },
        "cover_alt": {
            "kk": "Халықаралық еріктілер жылының логотипі бар ту ұстаған еріктілер",
            "ru": "Волонтёры с флагом Международного года добровольцев",
            "en": "Volunteers holding a flag of the International Volunteer Year",
        },
        "cover_colors": ("#0077b6", "#ffd60a"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "burabay-eco-trails-clean-up",
        "category": "projects",
        "status": "published",
        "published_at": "2026-07-11T12:00:00+05:00",
        "views": 336,
        "title": {
            "kk": "Бурабайда эко-еріктілер экологиялық соқпақтарды тазалады",
        },
        "lead": {
            "kk": "«Бурабай» мемлекеттік ұлттық табиғи паркінде өткен акцияға жүзге жуық ерікті қатысты.",
        },
        "body": {
            "kk": (
                "<p>Туристік маусымның қызған шағында «Бурабай» мемлекеттік ұлттық табиғи паркінде «Таза "
                "Қазақстан» акциясы аясында экологиялық сенбілік өтті. Оған Көкшетау мен Щучинск қалаларының "
                "студенттері, жергілікті тұрғындар және туристер қатысты.</p>"
                "<p>Еріктілер Бурабай көлінің жағалауын, Оқжетпес пен Жұмбақтас маңындағы демалыс орындарын және "
                "экологиялық соқпақтарды тазартты. Жиналған қоқыс сұрыпталып, қайта өңдеуге жіберілді.</p>"
                "<p>Акция барысында еріктілер демалушыларға табиғатты қорғау ережелерін түсіндіріп, экологиялық "
                "үнпарақтар таратты. Ұлттық парк қызметкерлері соқпақтан тыс жүрудің және от жағудың қауіпті "
                "екенін ескертті.</p>"
                "<p>Ұйымдастырушылар жаз бойы әр айдың екінші сенбісінде осындай акциялар өткізуді жоспарлап "
                "отыр.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Бурабай көлінің жағалауындағы еріктілер тобы",
        },
        "cover_colors": ("#2d6a4f", "#95d5b2"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "small-grants-competition-for-volunteer-organisations",
        "category": "official",
        "status": "published",
        "published_at": "2026-08-03T10:00:00+05:00",
        "views": 1185,
        "title": {
            "kk": "Еріктілер ұйымдарына арналған шағын гранттар конкурсы жарияланды",
            "ru": "Объявлен конкурс малых грантов для волонтёрских организаций",
        },
        "lead": {
            "kk": (
                "Конкурсқа еріктілер ұйымдары мен бастамашыл топтар әлеуметтік және экологиялық жобаларымен "
                "қатыса алады. Өтінімдер 15 қыркүйекке дейін қабылданады."
            ),
            "ru": (
                "В конкурсе могут участвовать волонтёрские организации и инициативные группы с социальными и "
                "экологическими проектами. Заявки принимаются до 15 сентября."
            ),
        },
        "body": {
            "kk": (
                "<p>Халықаралық еріктілер жылы аясында еріктілер ұйымдары мен азаматтардың бастамашыл топтарына "
                "арналған шағын гранттар конкурсы жарияланды. Конкурстың мақсаты – өңірлердегі, әсіресе ауылдық "
                "жерлердегі еріктілер жобаларын қолдау.</p>"
                "<p>Гранттар мынадай бағыттар бойынша беріледі:</p>"
                "<ul>"
                "<li>әлеуметтік осал топтарға көмек;</li>"
                "<li>экология және «Таза Қазақстан» акциясын дамыту;</li>"
                "<li>балалар мен жастарды еріктілікке тарту;</li>"
                "<li>инклюзия және мүгедектігі бар адамдарды қолдау;</li>"
                "<li>төтенше жағдайларға дайындық.</li>"
                "</ul>"
                "<p>Өтінімдер «Біргеміз» сайтындағы арнайы форма арқылы 2026 жылғы 15 қыркүйекке дейін "
                "қабылданады. Жеңімпаздар қазан айында жарияланады.</p>"
                "<p>Өтінім беруге ниетті ұйымдар үшін 20 тамызда онлайн-семинар өтеді. Онда сарапшылар жоба "
                "жазудың ерекшеліктері мен жиі кездесетін қателіктер туралы айтып береді.</p>"
            ),
            "ru": (
                "<p>В рамках Международного года волонтёров объявлен конкурс малых грантов для волонтёрских "
                "организаций и инициативных групп граждан. Цель конкурса – поддержать волонтёрские проекты в "
                "регионах, особенно в сельской местности.</p>"
                "<p>Гранты предоставляются по следующим направлениям:</p>"
                "<ul>"
                "<li>помощь социально уязвимым группам;</li>"
                "<li>экология и развитие акции «Таза Қазақстан»;</li>"
                "<li>вовлечение детей и молодёжи в волонтёрство;</li>"
                "<li>инклюзия и поддержка людей с инвалидностью;</li>"
                "<li>подготовка к чрезвычайным ситуациям.</li>"
                "</ul>"
                "<p>Заявки принимаются через специальную форму на сайте «Біргеміз» до 15 сентября 2026 года. "
                "Победители будут объявлены в октябре.</p>"
                "<p>Для организаций, которые планируют подать заявку, 20 августа пройдёт онлайн-семинар. На нём "
                "эксперты расскажут об особенностях написания проектов и о типичных ошибках.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Шағын гранттар конкурсына өтінім дайындап отырған еріктілер",
            "ru": "Волонтёры готовят заявку на конкурс малых грантов",
        },
        "cover_colors": ("#14213d", "#fca311"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "young-volunteer-school-clubs",
        "category": "projects",
        "status": "published",
        "published_at": "2026-09-01T09:00:00+05:00",
        "views": 302,
        "title": {
            "kk": "Мектептерде «Жас ерікті» клубтары ашылуда",
        },
        "lead": {
            "kk": (
                "Жаңа оқу жылында оқушылар сабақтан тыс уақытта қайырымдылық, экология және қамқорлық "
                "жобаларымен айналыса алады."
            ),
        },
        "body": {
            "kk": (
                "<p>Жаңа оқу жылының басталуымен бірқатар өңірдегі мектептерде «Жас ерікті» клубтары ашылды. "
                "Клубтардың мақсаты – оқушыларды жастайынан қоғамға пайдалы істерге баулу, оларда жауапкершілік "
                "пен жанашырлық қасиеттерін қалыптастыру.</p>"
                "<p>Клуб мүшелері мектеп ауласын көгалдандырады, кітап жинау акцияларын өткізеді, көршілес "
                "тұратын қарттарға көмектеседі және бастауыш сынып оқушыларына жол жүру ережелерін үйретеді.</p>"
                "<p>Әр клубтың жұмысын мектеп мұғалімі мен тәжірибелі ерікті-тәлімгер үйлестіреді. Оқушылар "
                "жобаларды өздері ұсынып, оларды жоспарлауды және нәтижесін бағалауды үйренеді.</p>"
                "<p>Ұйымдастырушылар оқу жылының соңында клубтардың ең үздік жобаларын таныстыратын "
                "республикалық көрме өткізуді жоспарлап отыр.</p>"
            ),
        },
        "cover_alt": {
            "kk": "«Жас ерікті» клубының мүшелері мектеп ауласында ағаш отырғызып жатыр",
        },
        "cover_colors": ("#43aa8b", "#f9c74f"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "pavlodar-irtysh-embankment-tree-planting",
        "category": "regions",
        "status": "published",
        "published_at": "2026-10-03T12:00:00+05:00",
        "views": 287,
        "title": {
            "kk": "Павлодарда еріктілер Ертіс жағалауына мың түп көшет отырғызды",
        },
        "lead": {
            "kk": "«Таза Қазақстан» акциясы аясындағы күзгі көгалдандыру науқанына үш жүзден астам ерікті қатысты.",
        },
        "body": {
            "kk": (
                "<p>Павлодар қаласында «Таза Қазақстан» акциясы аясында күзгі көгалдандыру науқаны өтті. "
                "Еріктілер Ертіс өзенінің жағалауындағы саябақ аймағына мың түп қайың, терек және шырша көшетін "
                "отырғызды.</p>"
                "<p>Акцияға студенттер, мектеп оқушылары, қала кәсіпорындарының қызметкерлері мен көпбалалы "
                "отбасылар қатысты. Көшеттерді жергілікті орман тәлімбағы ұсынды.</p>"
                "<p>Көшеттер тамыр жайып, көктемде жақсы өсіп кетуі үшін еріктілер оларды суарып, түбін "
                "қопсытты. Алдағы уақытта ағаштарды күтіп-баптауды мектеп оқушыларынан құралған «Жасыл патруль» "
                "тобы өз мойнына алды.</p>"
                "<p>Ұйымдастырушылардың айтуынша, соңғы үш жылда осы аймақта еріктілердің күшімен бес мыңнан "
                "астам ағаш отырғызылған.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Ертіс жағалауында көшет отырғызып жатқан еріктілер",
        },
        "cover_colors": ("#386641", "#a7c957"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "warm-clothes-winter-drive-2026",
        "category": "projects",
        "status": "draft",
        "published_at": "2026-11-10T10:00:00+05:00",
        "views": 0,
        "title": {
            "kk": "«Жылы киім» акциясы: қысқа дайындық басталды",
            "ru": "Акция «Тёплая одежда»: начинается подготовка к зиме",
            "en": "Warm Clothes campaign: getting ready for winter",
        },
        "lead": {
            "kk": "Еріктілер көпбалалы және аз қамтылған отбасыларға арналған жылы киім мен аяқ киім жинай бастады.",
            "ru": "Волонтёры начали сбор тёплой одежды и обуви для многодетных и малообеспеченных семей.",
            "en": "Volunteers have started collecting warm clothes and footwear for large and low-income families.",
        },
        "body": {
            "kk": (
                "<p>Қыс жақындаған сайын еріктілер дәстүрлі «Жылы киім» акциясын бастады. Акция аясында "
                "көпбалалы және аз қамтылған отбасыларға, сондай-ақ жалғызбасты қарттарға арналған жылы киім, "
                "аяқ киім және көрпе жиналады.</p>"
                "<p>Заттар таза әрі жақсы күйде болуы керек. Әсіресе балаларға арналған қысқы күртешелер, "
                "етіктер, қолғаптар мен бас киімдер қажет.</p>"
                "<p>Көмекті еріктілер орталықтарындағы қабылдау пункттеріне әкелуге болады. Жиналған заттар "
                "сұрыпталып, әлеуметтік қызметтер ұсынған тізім бойынша отбасыларға жеткізіледі.</p>"
                "<p>Қабылдау пункттерінің мекенжайлары мен жұмыс уақыты жақын күндері жарияланады.</p>"
            ),
            "ru": (
                "<p>С приближением зимы волонтёры начали традиционную акцию «Тёплая одежда». В её рамках "
                "собирают тёплую одежду, обувь и одеяла для многодетных и малообеспеченных семей, а также для "
                "одиноких пожилых людей.</p>"
                "<p>Вещи должны быть чистыми и в хорошем состоянии. Особенно нужны детские зимние куртки, "
                "сапоги, варежки и шапки.</p>"
                "<p>Помощь можно принести в пункты приёма при волонтёрских центрах. Собранные вещи рассортируют "
                "и доставят семьям по спискам, которые предоставят социальные службы.</p>"
                "<p>Адреса и часы работы пунктов приёма будут опубликованы в ближайшие дни.</p>"
            ),
            "en": (
                "<p>With winter approaching, volunteers have launched their annual Warm Clothes campaign. Warm "
                "clothing, footwear and blankets are being collected for large and low-income families, as well "
                "as for older people living alone.</p>"
                "<p>Items must be clean and in good condition. Children’s winter jackets, boots, mittens and "
                "hats are especially needed.</p>"
                "<p>Donations can be brought to the collection points at volunteer centres. The items will be "
                "sorted and delivered to families on lists provided by social services.</p>"
                "<p>The addresses and opening hours of the collection points will be published in the coming "
                "days.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Қабылдау пунктіндегі жылы киімге толы қораптар",
            "ru": "Коробки с тёплой одеждой в пункте приёма",
            "en": "Boxes of warm clothes at a collection point",
        },
        "cover_colors": ("#5e548e", "#e0b1cb"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "karaganda-animal-shelter-winter-drive",
        "category": "regions",
        "status": "published",
        "published_at": "2026-11-18T13:00:00+05:00",
        "views": 189,
        "title": {
            "kk": "Қарағандыда еріктілер жануарлар баспанасына көмек жинады",
        },
        "lead": {
            "kk": "Қыс алдында еріктілер иесіз жануарлар баспанасына жем, жылы төсеніш және дәрі-дәрмек жинады.",
        },
        "body": {
            "kk": (
                "<p>Қарағанды қаласында еріктілер иесіз жануарларға арналған баспанаға көмек жинау акциясын "
                "өткізді. Қала тұрғындары екі апта бойы жем, ескі көрпелер мен төсеніштер, ветеринарлық "
                "дәрі-дәрмек әкелді.</p>"
                "<p>Барлығы бір тоннаға жуық жем мен жүздеген жылы зат жиналды. Баспанада қазір үш жүзден астам "
                "ит пен мысық бар, сондықтан қыс мезгілінде көмек ерекше қажет.</p>"
                "<p>Еріктілер баспанаға тұрақты түрде келіп, иттерді серуендетеді, торларды тазалайды, "
                "жануарларды әлеуметтік желілерде жаңа иелерге таныстырады. Акция кезінде он бір жануар жаңа "
                "отбасын тапты.</p>"
                "<p>Баспанаға көмектескісі келетіндер демалыс күндері еріктілер тобына қосыла алады. Ең бастысы "
                "– жануарларға деген жанашырлық пен аптасына бірнеше сағат бос уақыт.</p>"
            ),
        },
        "cover_alt": {
            "kk": "Жануарлар баспанасындағы ерікті итті серуендетіп жүр",
        },
        "cover_colors": ("#bb3e03", "#e9d8a6"),
        "source_name": {},
        "source_url": "",
    },
    {
        "key": "taza-qazaqstan-spring-season-2027-registration",
        "category": "projects",
        "status": "published",
        "published_at": "2027-03-01T09:00:00+05:00",
        "views": 0,
        "title": {
            "kk": "«Таза Қазақстан» көктемгі маусымы: еріктілерді тіркеу басталды",
            "ru": "Весенний сезон «Таза Қазақстан»: началась регистрация волонтёров",
            "en": "Taza Qazaqstan spring season: volunteer registration opens",
        },
        "lead": {
            "kk": (
                "Көктемгі жалпыхалықтық сенбіліктерге қатысқысы келетін еріктілер мен ұжымдар бүгіннен бастап "
                "тіркеле алады."
            ),
            "ru": (
                "Волонтёры и коллективы, которые хотят принять участие в весенних общенациональных субботниках, "
                "могут зарегистрироваться уже сегодня."
            ),
            "en": (
                "Volunteers and teams who want to take part in the spring nationwide clean-ups can register from today."
            ),
        },
        "body": {
            "kk": (
                "<p>Көктемнің алғашқы күнінен бастап «Таза Қазақстан» экологиялық акциясының жаңа маусымына "
                "еріктілерді тіркеу басталды. Биылғы маусым сәуір мен мамыр айларын қамтиды.</p>"
                "<p>Маусым бағдарламасында қалалар мен ауылдардағы сенбіліктер, ағаш отырғызу, өзен мен көл "
                "жағалауларын тазарту, сондай-ақ қалдықтарды сұрыптау туралы ағартушылық іс-шаралар бар.</p>"
                "<p>Жеке еріктілер де, мектептер, университеттер мен кәсіпорындардың ұжымдары да тіркеле алады. "
                "Ұжымдық өтінім берген топтарға жауапты үйлестіруші бекітіліп, қажетті құрал-жабдық беріледі.</p>"
                "<p>Тіркелу үшін сайттағы «Ерікті болу» батырмасын басып, «Таза Қазақстан» бағытын таңдаңыз. "
                "Бірге таза әрі жайлы Қазақстан құрайық!</p>"
            ),
            "ru": (
                "<p>С первого дня весны началась регистрация волонтёров на новый сезон экологической акции «Таза "
                "Қазақстан». В этом году сезон охватит апрель и май.</p>"
                "<p>В программе сезона – субботники в городах и сёлах, посадка деревьев, очистка берегов рек и "
                "озёр, а также просветительские мероприятия по сортировке отходов.</p>"
                "<p>Зарегистрироваться могут как отдельные волонтёры, так и коллективы школ, университетов и "
                "предприятий. За группами, подавшими коллективную заявку, закрепят ответственного координатора и "
                "выдадут необходимый инвентарь.</p>"
                "<p>Чтобы зарегистрироваться, нажмите на сайте кнопку «Стать волонтёром» и выберите направление "
                "«Таза Қазақстан». Давайте вместе сделаем Казахстан чистым и уютным!</p>"
            ),
            "en": (
                "<p>From the first day of spring, registration has opened for volunteers for the new season of "
                "the Taza Qazaqstan environmental campaign. This year the season runs through April and May.</p>"
                "<p>The programme includes clean-ups in towns and villages, tree planting, clearing the banks of "
                "rivers and lakes, and awareness events on waste sorting.</p>"
                "<p>Both individual volunteers and teams from schools, universities and companies can register. "
                "Groups that submit a team application will be assigned a coordinator and given the equipment "
                "they need.</p>"
                "<p>To register, click the Become a volunteer button on the website and choose Taza Qazaqstan. "
                "Let’s make Kazakhstan clean and welcoming together!</p>"
            ),
        },
        "cover_alt": {
            "kk": "Көктемгі сенбілікке дайындалған еріктілер мен құрал-жабдықтар",
            "ru": "Волонтёры с инвентарём готовятся к весеннему субботнику",
            "en": "Volunteers with equipment getting ready for a spring clean-up",
        },
        "cover_colors": ("#52b788", "#d8f3dc"),
        "source_name": {},
        "source_url": "",
    },
]
