"""Alliancen's demo toolkits: a new leader's first 90 days, recruiting volunteers, ethics rules, kitchen hygiene."""

from intranet.organisations.demo import Text

from .demo_content import (
    ALLIANCEN,
    SIGNATURE,
    Callout,
    Checklist,
    DemoDocument,
    DocumentLink,
    LessonLink,
    Picture,
    Process,
    Quote,
    Rich,
    Step,
    Toolkit,
    listed,
)

LEADER = Text(da="Lederen", ar="المسؤول(ة)", fr="Le ou la responsable")

# --- leadership ---------------------------------------------------------------------------------------------------

FIRST_90_DAYS = Toolkit(
    network=ALLIANCEN,
    slug="leaders-first-90-days",
    topic="leadership",
    audience="leaders",
    title=Text(
        da="Ny leder: de første 90 dage",
        ar="المسؤول(ة) الجديد(ة): الأيام التسعون الأولى",
        fr="Nouvelle ou nouveau responsable : les 90 premiers jours",
    ),
    summary=Text(
        da=(
            "Du er lige blevet leder af en frivillig forening. Sådan lærer du folk at kende, skaber overblik og "
            "deler opgaverne i de første tre måneder."
        ),
        ar=(
            "أصبحتَ للتو مسؤولاً عن جمعية تطوعية. إليك كيف تتعرّف على الناس، وتكوّن نظرة شاملة، وتوزّع المهام "
            "خلال الأشهر الثلاثة الأولى."
        ),
        fr=(
            "Vous venez de prendre la responsabilité d'une association bénévole. Comment connaître les personnes, "
            "avoir une vue d'ensemble et partager les tâches pendant les trois premiers mois."
        ),
    ),
    body=(
        Rich(
            Text(
                da=(
                    "<p>En frivillig leder leder mennesker, der ikke er forpligtet til at komme. Derfor handler "
                    "ledelse her mest om at lytte, skabe mening og give ansvar fra sig.</p>"
                ),
                ar=(
                    "<p>يقود المسؤول(ة) في العمل التطوعي أشخاصاً غير ملزمين بالحضور. لذلك تعني القيادة هنا "
                    "قبل كل شيء الإصغاء، وإعطاء معنى للعمل، وتفويض المسؤولية.</p>"
                ),
                fr=(
                    "<p>Un·e responsable bénévole guide des personnes qui ne sont pas obligées de venir. Diriger, "
                    "ici, c'est surtout écouter, donner du sens et confier des responsabilités.</p>"
                ),
            )
        ),
        Checklist(
            title=Text(da="De første 30 dage", ar="الأيام الثلاثون الأولى", fr="Les 30 premiers jours"),
            items=(
                Text(
                    da="Hold en kort samtale med hver frivillig: Hvorfor er du her?",
                    ar="أجرِ حديثاً قصيراً مع كل متطوع(ة): لماذا أنت هنا؟",
                    fr="Un court entretien avec chaque bénévole : pourquoi êtes-vous là ?",
                ),
                Text(
                    da="Find vedtægter, regnskab og aftaler frem",
                    ar="اجمع النظام الأساسي والحسابات والاتفاقيات",
                    fr="Rassembler les statuts, les comptes et les conventions",
                ),
                Text(
                    da="Mød netværkskoordinatoren og de andre ledere",
                    ar="تعرّف على منسق(ة) الشبكة وعلى باقي المسؤولين",
                    fr="Rencontrer la coordinatrice du réseau et les autres responsables",
                ),
                Text(
                    da="Skriv de opgaver ned, som kun én person kan løse",
                    ar="دوّن المهام التي لا يقوم بها إلا شخص واحد",
                    fr="Noter les tâches qu'une seule personne sait faire",
                ),
            ),
        ),
        Process(
            title=Text(da="Dag 30 til 90", ar="من اليوم الثلاثين إلى اليوم التسعين", fr="Du 30e au 90e jour"),
            steps=(
                Step(
                    title=Text(
                        da="Aftal fælles mål for året", ar="الاتفاق على أهداف السنة", fr="Fixer les buts de l'année"
                    ),
                    responsible="board",
                    detail=Text(
                        da="Bestyrelse og leder sammen",
                        ar="مجلس الإدارة مع المسؤول(ة)",
                        fr="Le bureau avec le ou la responsable",
                    ),
                    description=Text(
                        da="Højst tre mål, som alle kan huske.",
                        ar="ثلاثة أهداف على الأكثر يستطيع الجميع تذكّرها.",
                        fr="Trois buts au plus, que tout le monde peut retenir.",
                    ),
                ),
                Step(
                    title=Text(da="Fordel ansvaret", ar="توزيع المسؤوليات", fr="Répartir les responsabilités"),
                    responsible="leader",
                    detail=LEADER,
                    description=Text(
                        da="Giv hver opgave en ansvarlig og en makker, så ingen står alene.",
                        ar="اجعل لكل مهمة مسؤولاً ورفيقاً يسانده، حتى لا يبقى أحد وحيداً.",
                        fr="Chaque tâche a un·e responsable et un·e binôme : personne ne reste seul·e.",
                    ),
                ),
                Step(
                    title=Text(
                        da="Hold det første frivilligmøde",
                        ar="عقد أول لقاء للمتطوعين",
                        fr="Tenir la première réunion des bénévoles",
                    ),
                    responsible="leader",
                    detail=LEADER,
                    description=Text(
                        da="Fejr det, der virker, og spørg, hvad der skal ændres.",
                        ar="احتفِ بما ينجح، واسأل عمّا يجب تغييره.",
                        fr="Célébrez ce qui marche et demandez ce qu'il faut changer.",
                    ),
                ),
            ),
        ),
        Callout(
            kind="tip",
            title=Text(da="Spørg netværket", ar="استعن بالشبكة", fr="Appuyez-vous sur le réseau"),
            text=Text(
                da="Andre ledere har stået, hvor du står. Skriv i forummet, eller bed koordinatoren om en mentor.",
                ar="مرّ مسؤولون آخرون بما تمرّ به الآن. اكتب في المنتدى أو اطلب من المنسق(ة) مرشداً يرافقك.",
                fr="D'autres responsables sont passés par là. Écrivez sur le forum ou demandez un mentor à la "
                "coordination.",
            ),
        ),
        Quote(
            quote=Text(
                da="Mit første år lærte jeg, at min vigtigste opgave ikke var at gøre tingene selv, men at spørge: "
                "Hvem har lyst til at stå for det her?",
                ar="تعلّمت في سنتي الأولى أن مهمتي الأهم ليست أن أنجز كل شيء بنفسي، بل أن أسأل: من يرغب في تولّي "
                "هذه المهمة؟",
                fr="Ma première année, j'ai appris que ma tâche principale n'était pas de tout faire moi-même, mais "
                "de demander : qui a envie de s'en occuper ?",
            ),
            attribution=Text(
                da="Hanne Søndergaard, Vejviseren i Aalborg",
                ar="هانه سوندرغارد، جمعية الدليل في ألبورغ",
                fr="Hanne Søndergaard, Le Guide, Aalborg",
            ),
        ),
    ),
    picture=Picture("Leadership", ("#5f0f40", "#fb8b24"), "circles"),
)

# --- organising: recruiting and keeping volunteers ----------------------------------------------------------------

RECRUITING = Toolkit(
    network=ALLIANCEN,
    slug="recruiting-volunteers",
    topic="organising",
    audience="leaders",
    title=Text(
        da="Rekruttér og fasthold frivillige",
        ar="استقطاب المتطوعين والحفاظ عليهم",
        fr="Recruter et fidéliser des bénévoles",
    ),
    summary=Text(
        da=(
            "Hvor finder I nye frivillige, hvordan tager I imod dem, og hvad får dem til at blive? Konkrete råd fra "
            "Alliancens foreninger."
        ),
        ar="أين تجدون متطوعين جدداً؟ وكيف تستقبلونهم؟ وما الذي يجعلهم يستمرون؟ نصائح عملية من جمعيات التحالف.",
        fr=(
            "Où trouver de nouveaux bénévoles, comment les accueillir et qu'est-ce qui les fait rester ? Des "
            "conseils concrets des associations de l'Alliance."
        ),
    ),
    body=(
        Rich(
            Text(
                da=(
                    "<p>Folk melder sig sjældent, fordi de ser et opslag – de kommer, fordi nogen spørger dem. Den "
                    "personlige invitation er stadig den stærkeste vej.</p><p>Og de bliver, når de føler sig "
                    "velkomne, ved, hvad de skal, og oplever, at deres indsats gør en forskel.</p>"
                ),
                ar=(
                    "<p>نادراً ما يتطوع الناس لأنهم رأوا إعلاناً؛ إنهم يأتون لأن أحداً دعاهم. ولا تزال الدعوة "
                    "الشخصية أقوى وسيلة للاستقطاب.</p><p>ويستمرون عندما يشعرون بالترحيب، ويعرفون ما عليهم فعله، "
                    "ويرون أن جهدهم يُحدث فرقاً.</p>"
                ),
                fr=(
                    "<p>On s'engage rarement parce qu'on a vu une affiche : on vient parce que quelqu'un nous l'a "
                    "demandé. L'invitation personnelle reste le meilleur moyen de recruter.</p><p>Et on reste quand "
                    "on se sent bienvenu·e, qu'on sait quoi faire et qu'on voit que son engagement compte.</p>"
                ),
            )
        ),
        Checklist(
            title=Text(da="Sådan tager I godt imod", ar="كيف تحسنون الاستقبال", fr="Bien accueillir"),
            items=(
                Text(
                    da="En fast kontaktperson den første måned",
                    ar="شخص مرجعي ثابت خلال الشهر الأول",
                    fr="Une personne de référence le premier mois",
                ),
                Text(
                    da="En velkomstsamtale om ønsker, tid og grænser",
                    ar="حديث ترحيبي حول الرغبات والوقت المتاح والحدود",
                    fr="Un entretien d'accueil sur les envies, le temps disponible et les limites",
                ),
                Text(
                    da="En første opgave, der kan lykkes",
                    ar="مهمة أولى يمكن النجاح فيها",
                    fr="Une première tâche qui peut réussir",
                ),
                Text(
                    da="En opfølgende snak efter seks uger",
                    ar="حديث للمتابعة بعد ستة أسابيع",
                    fr="Un point de suivi après six semaines",
                ),
            ),
        ),
        Callout(
            kind="important",
            title=Text(da="Husk børneattesten", ar="لا تنسوا شهادة الأطفال", fr="N'oubliez pas le certificat enfants"),
            text=Text(
                da="Foreningen skal indhente en børneattest for alle frivillige, der får direkte kontakt med børn "
                "under 15 år – før de starter.",
                ar="يجب على الجمعية في الدنمارك أن تطلب «شهادة الأطفال» (børneattest) لكل متطوع(ة) سيكون على "
                "تواصل مباشر مع أطفال دون الخامسة عشرة، وذلك قبل بدء التطوع.",
                fr="Au Danemark, l'association doit demander un « certificat enfants » (børneattest) pour chaque "
                "bénévole en contact direct avec des enfants de moins de 15 ans – avant le début.",
            ),
        ),
        Quote(
            quote=Text(
                da="Jeg kom for at hjælpe med lektier én gang om ugen. Fire år senere er lektiecaféen mit andet hjem.",
                ar="جئت لأساعد في الواجبات المدرسية مرة في الأسبوع. وبعد أربع سنوات صار المقهى بيتي الثاني.",
                fr="Je suis venu aider aux devoirs une fois par semaine. Quatre ans plus tard, le café des devoirs "
                "est ma deuxième maison.",
            ),
            attribution=Text(
                da="Ahmad Sharif, frivillig i Lektiecaféen i Vollsmose",
                ar="أحمد شريف، متطوع في مقهى الواجبات المدرسية في فولسموسه",
                fr="Ahmad Sharif, bénévole au Café des devoirs de Vollsmose",
            ),
        ),
    ),
    picture=Picture("Volunteers", ("#0b525b", "#9be564"), "circles"),
)

# --- ethics rules -------------------------------------------------------------------------------------------------

ETHICS_RULES = Checklist(
    title=Text(da="De fem regler", ar="القواعد الخمس", fr="Les cinq règles"),
    items=(
        Text(
            da="Det, du hører, bliver hos dig – også når du er stoppet som frivillig",
            ar="ما تسمعه يبقى عندك، حتى بعد انتهاء تطوعك",
            fr="Ce que vous entendez reste avec vous – même après votre engagement",
        ),
        Text(
            da="Du tager ikke imod penge eller gaver af værdi",
            ar="لا تقبل المال ولا الهدايا ذات القيمة",
            fr="Vous n'acceptez ni argent ni cadeau de valeur",
        ),
        Text(
            da="Du blander ikke privatliv og frivilligt arbejde, fx ved at låne penge ud",
            ar="لا تخلط بين حياتك الخاصة والعمل التطوعي، كأن تُقرض المال",
            fr="Vous ne mélangez pas vie privée et bénévolat, par exemple en prêtant de l'argent",
        ),
        Text(
            da="Du møder alle med respekt uanset baggrund, tro, køn og seksualitet",
            ar="تعامل الجميع باحترام بغض النظر عن أصلهم ودينهم وجنسهم وتوجههم الجنسي",
            fr="Vous respectez chacun·e, quels que soient son origine, sa religion, son genre et son orientation",
        ),
        Text(
            da="Du siger til, når en opgave er for stor for dig",
            ar="تُخبر المسؤول(ة) عندما تكون المهمة أكبر من طاقتك",
            fr="Vous prévenez quand une tâche vous dépasse",
        ),
    ),
)

ETHICS_RULES_DOCUMENT = DemoDocument(
    name="ethics-rules-for-volunteers",
    title="Etiske regler for frivillige – til underskrift (da/ar/fr)",
    text=listed(
        ETHICS_RULES.title,
        ETHICS_RULES.items,
        SIGNATURE,
    ),
)

ETHICS = Toolkit(
    network=ALLIANCEN,
    slug="ethics-rules-for-volunteers",
    topic="ethics",
    audience="volunteers",
    title=Text(
        da="Etiske regler for frivillige", ar="القواعد الأخلاقية للمتطوعين", fr="Règles d'éthique des bénévoles"
    ),
    summary=Text(
        da=(
            "Alliancens fælles etiske regler: tavshedspligt, grænser, gaver og dobbeltroller – og hvad du gør, "
            "når du er i tvivl."
        ),
        ar="القواعد الأخلاقية المشتركة للتحالف: السرية، والحدود، والهدايا، وتداخل الأدوار، وما تفعله عندما تكون في شك.",
        fr=(
            "Les règles d'éthique communes de l'Alliance : confidentialité, limites, cadeaux et doubles rôles – et "
            "que faire en cas de doute."
        ),
    ),
    body=(
        Rich(
            Text(
                da=(
                    "<p>Frivillige møder mennesker i sårbare situationer. De etiske regler beskytter både dem, vi "
                    "hjælper, og dig som frivillig. Alle frivillige i Alliancens foreninger læser og underskriver "
                    "reglerne, når de starter.</p>"
                ),
                ar=(
                    "<p>يلتقي المتطوعون بأشخاص في أوضاع هشّة. تحمي القواعد الأخلاقية من نساعدهم وتحميك أنت أيضاً "
                    "بصفتك متطوعاً. يقرأ كل متطوعي جمعيات التحالف هذه القواعد ويوقّعون عليها عند بداية تطوعهم.</p>"
                ),
                fr=(
                    "<p>Les bénévoles rencontrent des personnes en situation de vulnérabilité. Les règles d'éthique "
                    "protègent à la fois les personnes aidées et vous, bénévole. Tous les bénévoles des associations "
                    "de l'Alliance les lisent et les signent à leur arrivée.</p>"
                ),
            )
        ),
        ETHICS_RULES,
        Callout(
            kind="warning",
            title=Text(da="Tavshedspligten har en grænse", ar="للسرية حدود", fr="La confidentialité a une limite"),
            text=Text(
                da="Hvis et barn mistrives, eller nogen er i fare, siger du det til din leder samme dag. Så vurderer "
                "I sammen, om kommunen skal underrettes.",
                ar="إذا كان طفل في وضع سيئ أو كان شخص ما في خطر، فأخبر المسؤول(ة) في اليوم نفسه، لتقرّرا معاً "
                "إن كان يجب إبلاغ البلدية.",
                fr="Si un enfant va mal ou si quelqu'un est en danger, parlez-en à votre responsable le jour même. "
                "Vous déciderez ensemble s'il faut alerter la commune.",
            ),
        ),
        LessonLink(
            slug="confidentiality-in-practice",
            note=Text(
                da="Se den korte videolektion om tavshedspligt i praksis.",
                ar="شاهد الدرس المصور القصير حول السرية في الممارسة اليومية.",
                fr="Regardez la courte leçon vidéo sur la confidentialité en pratique.",
            ),
        ),
        DocumentLink(
            ETHICS_RULES_DOCUMENT,
            Text(
                da="Reglerne til underskrift, når du starter som frivillig.",
                ar="القواعد للتوقيع عليها عند بداية التطوع.",
                fr="Les règles à signer au début de votre engagement.",
            ),
        ),
    ),
    picture=Picture("Ethics", ("#22223b", "#9a8c98"), "squares"),
)

# --- hygiene ------------------------------------------------------------------------------------------------------

KITCHEN_HYGIENE = Toolkit(
    network=ALLIANCEN,
    slug="kitchen-hygiene",
    topic="hygiene",
    audience="volunteers",
    title=Text(
        da="Hygiejne, når I laver mad sammen",
        ar="النظافة عند الطبخ الجماعي",
        fr="L'hygiène quand on cuisine ensemble",
    ),
    summary=Text(
        da="Fællesspisning samler folk – og kræver god køkkenhygiejne. De vigtigste regler for frivillige i køkkenet.",
        ar="تجمع الوجبات المشتركة الناس، لكنها تتطلب نظافة جيدة في المطبخ. إليكم أهم القواعد للمتطوعين في المطبخ.",
        fr=(
            "Les repas partagés rassemblent – et demandent une bonne hygiène en cuisine. Les règles essentielles "
            "pour les bénévoles aux fourneaux."
        ),
    ),
    body=(
        Rich(
            Text(
                da=(
                    "<p>Madbårne sygdomme rammer hårdest de ældste, de yngste og gravide. Tre ting forebygger det "
                    "meste: rene hænder, råt og tilberedt holdt adskilt, og den rigtige temperatur.</p>"
                ),
                ar=(
                    "<p>تصيب الأمراض المنقولة عبر الغذاء كبار السن والأطفال الصغار والحوامل أكثر من غيرهم. وتكفي "
                    "ثلاثة أمور للوقاية من معظمها: أيدٍ نظيفة، وفصل الطعام النيء عن المطبوخ، ودرجة الحرارة "
                    "المناسبة.</p>"
                ),
                fr=(
                    "<p>Les maladies d'origine alimentaire frappent d'abord les plus âgés, les plus petits et les "
                    "femmes enceintes. Trois gestes évitent l'essentiel : des mains propres, le cru séparé du cuit "
                    "et la bonne température.</p>"
                ),
            )
        ),
        Checklist(
            title=Text(da="Før, under og efter", ar="قبل الطبخ وأثناءه وبعده", fr="Avant, pendant et après"),
            items=(
                Text(
                    da="Vask hænder i mindst 40 sekunder, før du går i gang",
                    ar="اغسل يديك أربعين ثانية على الأقل قبل البدء",
                    fr="Lavez-vous les mains au moins 40 secondes avant de commencer",
                ),
                Text(
                    da="Brug separate skærebrætter til råt kød og grøntsager",
                    ar="استعمل ألواح تقطيع منفصلة للحوم النيئة وللخضر",
                    fr="Des planches à découper séparées pour la viande crue et les légumes",
                ),
                Text(
                    da="Hold kølevarer under 5 °C og varm mad over 65 °C",
                    ar="احفظ المواد المبرّدة تحت 5 درجات والطعام الساخن فوق 65 درجة",
                    fr="Produits frais sous 5 °C, plats chauds au-dessus de 65 °C",
                ),
                Text(
                    da="Køl rester hurtigt ned, og mærk dem med dato",
                    ar="برّد بقايا الطعام بسرعة واكتب عليها التاريخ",
                    fr="Refroidissez vite les restes et notez la date dessus",
                ),
                Text(
                    da="Bliv væk fra køkkenet, hvis du har maveonde",
                    ar="ابتعد عن المطبخ إذا كنت تعاني من اضطراب في المعدة",
                    fr="Restez hors de la cuisine si vous avez des troubles digestifs",
                ),
            ),
        ),
        LessonLink(
            slug="handwashing-40-seconds",
            note=Text(
                da="Se håndvasken trin for trin.",
                ar="شاهد طريقة غسل اليدين خطوة بخطوة.",
                fr="Le lavage des mains, étape par étape.",
            ),
        ),
        Callout(
            kind="important",
            title=Text(da="Allergener og madregler", ar="مسببات الحساسية وعادات الأكل", fr="Allergènes et régimes"),
            text=Text(
                da="Skriv på et skilt, hvad maden indeholder – især nødder, gluten, mælk, æg og fisk – og om der er "
                "svinekød eller alkohol i. Spørg gæsterne, og gæt aldrig.",
                ar="اكتبوا على لافتة مكوّنات الطعام، ولا سيما المكسرات والغلوتين والحليب والبيض والسمك، وبيّنوا "
                "إن كان فيه لحم خنزير أو كحول. اسألوا الضيوف ولا تخمّنوا أبداً.",
                fr="Indiquez sur une affichette ce que contient le plat – surtout fruits à coque, gluten, lait, œufs "
                "et poisson – et s'il y a du porc ou de l'alcool. Demandez aux convives, ne devinez jamais.",
            ),
        ),
        Quote(
            quote=Text(
                da="Når 60 naboer spiser sammen hver torsdag, er hygiejnen grunden til, at de kommer igen.",
                ar="عندما يتناول ستون جاراً العشاء معاً كل يوم خميس، تكون النظافة هي سبب عودتهم.",
                fr="Quand 60 voisins dînent ensemble chaque jeudi, c'est l'hygiène qui les fait revenir.",
            ),
            attribution=Text(
                da="Lars Høj, Fonden Fælles Bord",
                ar="لارس هوي، مؤسسة المائدة المشتركة",
                fr="Lars Høj, Fondation La Table commune",
            ),
        ),
    ),
    picture=Picture("Hygiene", ("#006d77", "#edf6f9"), "waves"),
)

TOOLKITS = (FIRST_90_DAYS, RECRUITING, ETHICS, KITCHEN_HYGIENE)
