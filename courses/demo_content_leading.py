"""Demo course: "Leading volunteers", for the leaders of the organisations."""

from intranet.organisations.demo import Text
from intranet.pages.demo_content import Callout, Checklist, Picture, Quote, Rich

from .demo_content import MULTIPLE, SINGLE, TRUE_FALSE, Choice, Course, CourseLesson, Question, true_false

RECRUITING = CourseLesson(
    slug="recruiting-and-welcoming",
    title=Text(
        da="At finde og tage imod nye frivillige",
        ar="استقطاب المتطوعين الجدد واستقبالهم",
        fr="Recruter et accueillir de nouveaux bénévoles",
    ),
    summary=Text(
        da="Hvor de nye frivillige findes, og hvordan de første to uger afgør, om de bliver.",
        ar="أين نجد المتطوعين الجدد، وكيف يحدد الأسبوعان الأولان بقاءهم معنا.",
        fr="Où trouver de nouveaux bénévoles, et pourquoi les deux premières semaines décident s'ils restent.",
    ),
    minutes=12,
    body=(
        Rich(
            Text(
                da=(
                    "<p>De fleste bliver frivillige, fordi nogen spørger dem personligt. En opslagstavle eller et "
                    "opslag på sociale medier hjælper, men en direkte invitation fra en frivillig, der selv er glad "
                    "for opgaven, virker bedre. Beskriv en <strong>konkret opgave</strong> med et tidsforbrug – "
                    '"to timer hver tirsdag i lektiecaféen" – i stedet for et generelt "vi mangler hjælp".</p>'
                    "<p>Den første tid afgør, om en ny frivillig bliver. Den, der ikke bliver hilst på, ikke får en "
                    "opgave og ikke kender nogen, kommer sjældent igen efter tredje gang.</p>"
                ),
                ar=(
                    "<p>يصبح معظم الناس متطوعين لأن أحداً دعاهم شخصياً. يفيد الإعلان على لوحة الجمعية أو على "
                    "شبكات التواصل الاجتماعي، لكن الدعوة المباشرة من متطوع(ة) راضٍ عن مهمته أنجع. صِف "
                    '<strong>مهمة محددة</strong> ووقتها، مثل "ساعتان كل ثلاثاء في الدعم المدرسي"، بدلاً من '
                    'عبارة عامة مثل "نحتاج إلى المساعدة".</p>'
                    "<p>الفترة الأولى هي التي تحدد بقاء المتطوع(ة) الجديد(ة). من لا يجد من يرحب به، ولا يُكلَّف "
                    "بمهمة، ولا يعرف أحداً، نادراً ما يعود بعد المرة الثالثة.</p>"
                ),
                fr=(
                    "<p>La plupart des gens deviennent bénévoles parce que quelqu'un le leur a demandé "
                    "personnellement. Une affiche ou une publication sur les réseaux sociaux aide, mais "
                    "l'invitation directe d'un ou d'une bénévole content de sa mission marche mieux. Décrivez "
                    "<strong>une mission précise</strong> avec le temps qu'elle demande – « deux heures chaque "
                    "mardi au soutien scolaire » – plutôt qu'un vague « nous avons besoin d'aide ».</p>"
                    "<p>Les premiers temps décident si un nouveau bénévole reste. Celui que personne n'accueille, "
                    "qui n'a pas de tâche et ne connaît personne revient rarement après la troisième fois.</p>"
                ),
            )
        ),
        Checklist(
            title=Text(da="De første to uger", ar="الأسبوعان الأولان", fr="Les deux premières semaines"),
            items=(
                Text(
                    da="En fast kontaktperson, der tager imod den nye første gang",
                    ar="شخص مرجعي ثابت يستقبل المتطوع(ة) الجديد(ة) في المرة الأولى",
                    fr="Une personne de référence qui accueille le nouveau bénévole la première fois",
                ),
                Text(
                    da="En rundvisning og en præsentation for de andre frivillige",
                    ar="جولة في المقر وتقديم المتطوع(ة) لباقي المتطوعين",
                    fr="Une visite des locaux et une présentation aux autres bénévoles",
                ),
                Text(
                    da="En lille, overskuelig opgave allerede første dag",
                    ar="مهمة صغيرة وواضحة منذ اليوم الأول",
                    fr="Une petite tâche claire dès le premier jour",
                ),
                Text(
                    da="Foreningens etiske regler og tavshedspligt, gennemgået mundtligt",
                    ar="شرح شفهي للقواعد الأخلاقية للجمعية ولواجب السرية",
                    fr="Les règles d'éthique et la confidentialité de l'association, expliquées de vive voix",
                ),
                Text(
                    da="En kort snak efter to uger: Hvordan går det, og hvad mangler du?",
                    ar="حديث قصير بعد أسبوعين: كيف تسير الأمور، وماذا ينقصك؟",
                    fr="Un court échange après deux semaines : comment ça va, que vous manque-t-il ?",
                ),
            ),
        ),
        Quote(
            quote=Text(
                da="Jeg kom igen, fordi Khadija kunne huske mit navn, da jeg kom anden gang.",
                ar="عدتُ لأن خديجة تذكّرت اسمي عندما جئت في المرة الثانية.",
                fr="Je suis revenue parce que Khadija se souvenait de mon prénom la deuxième fois.",
            ),
            attribution=Text(
                da="Frivillig i en kvindeforening i Tanger",
                ar="متطوعة في جمعية نسائية بطنجة",
                fr="Bénévole d'une association de femmes à Tanger",
            ),
        ),
    ),
)

ROLES = CourseLesson(
    slug="roles-and-agreements",
    title=Text(
        da="Roller og aftaler",
        ar="الأدوار والاتفاقات",
        fr="Rôles et engagements",
    ),
    summary=Text(
        da="En klar rollebeskrivelse og en skriftlig aftale beskytter både den frivillige, brugerne og foreningen.",
        ar="وصف واضح للدور واتفاق مكتوب يحميان المتطوع(ة) والمستفيدين والجمعية معاً.",
        fr="Une fiche de mission claire et un engagement écrit protègent le bénévole, le public et l'association.",
    ),
    minutes=10,
    body=(
        Rich(
            Text(
                da=(
                    "<p>Frivillige arbejder ulønnet, men ikke uforpligtende. En <strong>rollebeskrivelse</strong> "
                    "siger, hvad opgaven er, hvor meget tid den kræver, hvem man spørger, og hvad man ikke skal "
                    "gøre – for eksempel give juridisk rådgivning uden en jurist ved sin side.</p>"
                    "<p>En kort <strong>frivilligaftale</strong>, som begge underskriver, samler det vigtigste: "
                    "opgaven, tavshedspligten, foreningens etiske regler, hvordan udgifter dækkes, og hvordan man "
                    "stopper igen. Den er ikke en ansættelseskontrakt, men en fælles forståelse.</p>"
                ),
                ar=(
                    "<p>يعمل المتطوعون دون أجر، لكن ليس دون التزام. يحدد <strong>وصف الدور</strong> المهمة "
                    "والوقت الذي تتطلبه، ومن يُسأل عند الحاجة، وما لا ينبغي فعله، كتقديم استشارة قانونية دون "
                    "حضور مختص في القانون.</p>"
                    "<p>ويجمع <strong>اتفاق تطوع</strong> قصير يوقّعه الطرفان أهم العناصر: المهمة، وواجب "
                    "السرية، والقواعد الأخلاقية للجمعية، وطريقة تعويض المصاريف، وكيفية التوقف عن التطوع. إنه "
                    "ليس عقد عمل، بل تفاهم مشترك.</p>"
                ),
                fr=(
                    "<p>Les bénévoles ne sont pas payés, mais ils s'engagent. Une <strong>fiche de mission</strong> "
                    "dit en quoi consiste la tâche, le temps qu'elle demande, à qui s'adresser et ce qu'il ne faut "
                    "pas faire – par exemple donner un conseil juridique sans juriste à ses côtés.</p>"
                    "<p>Un court <strong>engagement bénévole</strong>, signé des deux côtés, rassemble l'essentiel : "
                    "la mission, la confidentialité, les règles d'éthique de l'association, le remboursement des "
                    "frais et la façon d'arrêter. Ce n'est pas un contrat de travail, mais une entente commune.</p>"
                ),
            )
        ),
        Checklist(
            title=Text(
                da="Det skal frivilligaftalen nævne",
                ar="ما يجب أن يتضمنه اتفاق التطوع",
                fr="Ce que l'engagement bénévole doit contenir",
            ),
            items=(
                Text(da="Opgaven og den forventede tid", ar="المهمة والوقت المتوقع", fr="La mission et le temps prévu"),
                Text(
                    da="Kontaktperson i foreningen",
                    ar="الشخص المرجعي في الجمعية",
                    fr="La personne de référence dans l'association",
                ),
                Text(
                    da="Tavshedspligt og etiske regler",
                    ar="واجب السرية والقواعد الأخلاقية",
                    fr="La confidentialité et les règles d'éthique",
                ),
                Text(
                    da="Dækning af udgifter (transport, telefon)",
                    ar="تعويض المصاريف (التنقل، الهاتف)",
                    fr="Le remboursement des frais (transport, téléphone)",
                ),
                Text(
                    da="Forsikring under opgaven", ar="التأمين أثناء أداء المهمة", fr="L'assurance pendant la mission"
                ),
                Text(
                    da="Hvordan man holder pause eller stopper",
                    ar="كيفية أخذ استراحة أو التوقف",
                    fr="Comment faire une pause ou arrêter",
                ),
            ),
        ),
        Callout(
            kind="tip",
            title=Text(da="Børne- og straffeattest", ar="السجل العدلي", fr="Extrait de casier judiciaire"),
            text=Text(
                da=(
                    "Arbejder den frivillige med børn, skal foreningen i Danmark indhente en børneattest; i "
                    "Marokko beder man om en udskrift af strafferegistret. Skriv i aftalen, at det sker, og hvorfor."
                ),
                ar=(
                    "إذا كان المتطوع(ة) سيعمل مع الأطفال، فعلى الجمعية في الدنمارك أن تطلب شهادة خاصة بالعمل مع "
                    "الأطفال، وفي المغرب تُطلب نسخة من السجل العدلي. اذكروا ذلك وسببه في الاتفاق."
                ),
                fr=(
                    "Si le ou la bénévole travaille avec des enfants, l'association demande au Danemark une "
                    "attestation pour enfants (børneattest) et au Maroc un extrait de casier judiciaire. "
                    "Indiquez-le dans l'engagement, avec la raison."
                ),
            ),
        ),
    ),
)

SUPERVISION = CourseLesson(
    slug="supervision-and-feedback",
    title=Text(da="Sparring og feedback", ar="المواكبة والتغذية الراجعة", fr="Accompagnement et retours"),
    summary=Text(
        da="Faste, korte samtaler holder de frivillige trygge og opgaverne gode – også når noget er svært.",
        ar="لقاءات قصيرة ومنتظمة تمنح المتطوعين الطمأنينة وتحافظ على جودة العمل، حتى حين يصعب الأمر.",
        fr="Des échanges courts et réguliers rassurent les bénévoles et gardent un travail de qualité, même difficile.",
    ),
    minutes=12,
    body=(
        Rich(
            Text(
                da=(
                    "<p>Frivillige i socialt arbejde møder tunge historier: vold, sygdom, gæld, et afslag på "
                    "opholdstilladelse. Sparring betyder, at ingen står alene med det. Hold en kort samtale med "
                    "hver frivillig mindst en gang om måneden, og en fælles sparringsgang for holdet, hvor man "
                    "taler om situationer uden navne.</p>"
                    "<p>God feedback er <strong>konkret, rettidig og venlig</strong>: beskriv hvad du så, hvad det "
                    "betød, og hvad I aftaler næste gang. Ros det, der lykkes, lige så præcist som du påpeger "
                    "det, der skal ændres.</p>"
                ),
                ar=(
                    "<p>يواجه المتطوعون في العمل الاجتماعي قصصاً ثقيلة: العنف والمرض والديون ورفض طلب الإقامة. "
                    "تعني المواكبة ألّا يبقى أحد وحيداً أمام ذلك. خصّص حديثاً قصيراً مع كل متطوع(ة) مرة في الشهر "
                    "على الأقل، وجلسة جماعية للفريق تُناقش فيها المواقف دون ذكر الأسماء.</p>"
                    "<p>التغذية الراجعة الجيدة <strong>محددة وفي وقتها ولطيفة</strong>: صِف ما رأيت، وما أثره، "
                    "وما تتفقان عليه للمرة القادمة. امدح ما ينجح بالدقة نفسها التي تشير بها إلى ما يجب تغييره.</p>"
                ),
                fr=(
                    "<p>Les bénévoles de l'action sociale entendent des histoires lourdes : violence, maladie, "
                    "dettes, refus de titre de séjour. L'accompagnement veut dire que personne ne reste seul avec "
                    "cela. Prévoyez un court entretien avec chaque bénévole au moins une fois par mois, et un temps "
                    "d'échange collectif où l'équipe parle des situations sans citer de noms.</p>"
                    "<p>Un bon retour est <strong>précis, rapide et bienveillant</strong> : décrivez ce que vous "
                    "avez vu, ce que cela a produit et ce que vous convenez pour la prochaine fois. Saluez ce qui "
                    "réussit aussi précisément que vous signalez ce qui doit changer.</p>"
                ),
            )
        ),
        Checklist(
            title=Text(da="Tre spørgsmål til samtalen", ar="ثلاثة أسئلة للحديث", fr="Trois questions pour l'entretien"),
            items=(
                Text(
                    da="Hvad er gået godt siden sidst?",
                    ar="ما الذي سار بشكل جيد منذ آخر لقاء؟",
                    fr="Qu'est-ce qui s'est bien passé depuis la dernière fois ?",
                ),
                Text(
                    da="Hvad har været svært, og hvad tager du med hjem?",
                    ar="ما الذي كان صعباً، وما الذي تحمله معك إلى البيت؟",
                    fr="Qu'est-ce qui a été difficile, et qu'emportez-vous avec vous à la maison ?",
                ),
                Text(
                    da="Hvad har du brug for fra foreningen?",
                    ar="ماذا تحتاج من الجمعية؟",
                    fr="De quoi avez-vous besoin de la part de l'association ?",
                ),
            ),
        ),
        Callout(
            kind="important",
            title=Text(da="Når det bliver for tungt", ar="عندما يصبح الأمر ثقيلاً جداً", fr="Quand c'est trop lourd"),
            text=Text(
                da=(
                    "Fortæller en frivillig om søvnløshed eller om en borger, hun ikke kan slippe, så tag det "
                    "alvorligt: tilbyd en ekstra samtale og hjælp til at finde professionel støtte."
                ),
                ar=(
                    "إذا حدّثك متطوع(ة) عن الأرق أو عن شخص مستفيد لا يستطيع التوقف عن التفكير فيه، فخذ الأمر "
                    "بجدية: اقترح حديثاً إضافياً وساعده في الوصول إلى دعم مهني."
                ),
                fr=(
                    "Si un ou une bénévole parle d'insomnie ou d'une personne accompagnée qu'il n'arrive pas à "
                    "oublier, prenez-le au sérieux : proposez un entretien de plus et aidez-le à trouver un "
                    "soutien professionnel."
                ),
            ),
        ),
    ),
)

RECOGNITION = CourseLesson(
    slug="recognition-and-preventing-burnout",
    title=Text(
        da="Anerkendelse og forebyggelse af udbrændthed",
        ar="التقدير والوقاية من الإنهاك",
        fr="Reconnaissance et prévention de l'épuisement",
    ),
    summary=Text(
        da="Frivillige bliver, når de føler sig set og ikke overbebyrdet. Sådan holder du øje med begge dele.",
        ar="يبقى المتطوعون حين يشعرون بالتقدير ولا يُثقل كاهلهم. هكذا تنتبه للأمرين معاً.",
        fr="Les bénévoles restent quand ils se sentent reconnus et pas surchargés. Voici comment veiller aux deux.",
    ),
    minutes=15,
    body=(
        Rich(
            Text(
                da=(
                    "<p>Anerkendelse behøver ikke koste penge. Et tak ved navn på et møde, en fælles middag efter "
                    "en travl sæson, et kursus eller et anbefalingsbrev til en jobansøgning betyder meget. Det "
                    "vigtigste er, at den frivillige kan se, hvad indsatsen gør for andre.</p>"
                    "<p>Udbrændthed kommer sjældent af én stor belastning, men af mange små: den frivillige, der "
                    "altid siger ja, der dækker for andre, og som ingen spørger til. Hold øje med tegnene, og sig "
                    "selv fra på hendes vegne, hvis det bliver nødvendigt.</p>"
                ),
                ar=(
                    "<p>لا يحتاج التقدير إلى مال. شكرٌ بالاسم في اجتماع، أو عشاء مشترك بعد موسم مزدحم، أو دورة "
                    "تدريبية، أو رسالة توصية لطلب عمل، كلها تعني الكثير. الأهم أن يرى المتطوع(ة) أثر عمله على "
                    "الآخرين.</p>"
                    "<p>نادراً ما يأتي الإنهاك من عبء كبير واحد، بل من أعباء صغيرة كثيرة: المتطوع(ة) الذي يقول "
                    "نعم دائماً، ويعوّض غياب الآخرين، ولا يسأل عنه أحد. انتبه للعلامات، واحمِه بنفسك إن لزم "
                    "الأمر بتخفيف مهامه.</p>"
                ),
                fr=(
                    "<p>La reconnaissance ne coûte pas forcément d'argent. Un merci nominatif en réunion, un repas "
                    "commun après une saison chargée, une formation ou une lettre de recommandation pour une "
                    "candidature comptent beaucoup. L'essentiel : que le ou la bénévole voie ce que son action "
                    "change pour les autres.</p>"
                    "<p>L'épuisement vient rarement d'une seule grosse charge, mais de beaucoup de petites : le "
                    "bénévole qui dit toujours oui, qui remplace les autres et à qui personne ne demande comment il "
                    "va. Repérez les signes et, si nécessaire, allégez vous-même sa charge.</p>"
                ),
            )
        ),
        Checklist(
            title=Text(da="Tegn at holde øje med", ar="علامات يجب الانتباه إليها", fr="Signes à surveiller"),
            items=(
                Text(
                    da="Aflysninger og forsinkelser hos en, der plejede at være stabil",
                    ar="إلغاء المواعيد والتأخر عند شخص كان منتظماً",
                    fr="Des absences et des retards chez quelqu'un de d'habitude fiable",
                ),
                Text(
                    da="Irritation over for brugerne eller de andre frivillige",
                    ar="انفعال تجاه المستفيدين أو المتطوعين الآخرين",
                    fr="De l'irritation envers le public ou les autres bénévoles",
                ),
                Text(
                    da='"Det er kun mig, der kan" – ingen vil aflevere opgaver',
                    ar='"لا أحد غيري يستطيع": رفض تسليم المهام للآخرين',
                    fr="« Il n'y a que moi qui peux » : refus de passer le relais",
                ),
                Text(
                    da="Træthed, søvnproblemer, tilbagetrækning",
                    ar="التعب ومشاكل النوم والانعزال",
                    fr="Fatigue, troubles du sommeil, repli sur soi",
                ),
            ),
        ),
    ),
    pass_mark=75,
    questions=(
        Question(
            kind=SINGLE,
            text=Text(
                da="Hvad virker oftest bedst, når foreningen søger nye frivillige?",
                ar="ما الذي ينجح في أغلب الأحيان عندما تبحث الجمعية عن متطوعين جدد؟",
                fr="Qu'est-ce qui marche le mieux, le plus souvent, pour trouver de nouveaux bénévoles ?",
            ),
            explanation=Text(
                da="De fleste siger ja, fordi nogen spørger dem personligt om en konkret opgave.",
                ar="يقبل معظم الناس لأن أحداً دعاهم شخصياً إلى مهمة محددة.",
                fr="La plupart disent oui parce qu'on leur a proposé personnellement une mission précise.",
            ),
            choices=(
                Choice(
                    Text(
                        da="En personlig invitation til en konkret opgave",
                        ar="دعوة شخصية إلى مهمة محددة",
                        fr="Une invitation personnelle à une mission précise",
                    ),
                    True,
                    Text(da="Rigtigt.", ar="صحيح.", fr="Exact."),
                ),
                Choice(
                    Text(
                        da='Et generelt opslag: "Vi mangler hjælp"',
                        ar='إعلان عام: "نحتاج إلى المساعدة"',
                        fr="Une annonce générale : « Nous avons besoin d'aide »",
                    ),
                    False,
                    Text(
                        da="Et generelt opslag fortæller ikke, hvad man siger ja til.",
                        ar="الإعلان العام لا يوضح ما الذي يُطلب من الشخص.",
                        fr="Une annonce générale ne dit pas à quoi l'on s'engage.",
                    ),
                ),
                Choice(
                    Text(
                        da="At vente på, at folk selv henvender sig",
                        ar="انتظار أن يتقدم الناس من تلقاء أنفسهم",
                        fr="Attendre que les gens se présentent d'eux-mêmes",
                    ),
                    False,
                    Text(
                        da="Nogle kommer af sig selv, men de fleste skal spørges.",
                        ar="يأتي البعض من تلقاء أنفسهم، لكن أغلب الناس ينتظرون من يدعوهم.",
                        fr="Certains viennent seuls, mais la plupart attendent qu'on le leur demande.",
                    ),
                ),
            ),
        ),
        Question(
            kind=MULTIPLE,
            text=Text(
                da="Hvad hører hjemme i en frivilligaftale? Vælg alle rigtige svar.",
                ar="ما الذي يجب أن يتضمنه اتفاق التطوع؟ اختر كل الإجابات الصحيحة.",
                fr="Que doit contenir un engagement bénévole ? Choisissez toutes les bonnes réponses.",
            ),
            explanation=Text(
                da="Aftalen samler opgaven, tavshedspligten og de praktiske vilkår. Den fastsætter ikke løn.",
                ar="يجمع الاتفاق المهمة وواجب السرية والشروط العملية، ولا يحدد أجراً.",
                fr="L'engagement réunit la mission, la confidentialité et les conditions pratiques. Il ne fixe "
                "pas de salaire.",
            ),
            choices=(
                Choice(
                    Text(da="Tavshedspligten", ar="واجب السرية", fr="La confidentialité"),
                    True,
                    Text(da="Ja, altid.", ar="نعم، دائماً.", fr="Oui, toujours."),
                ),
                Choice(
                    Text(da="Hvordan udgifter dækkes", ar="طريقة تعويض المصاريف", fr="Le remboursement des frais"),
                    True,
                    Text(
                        da="Ja – så ingen betaler for at hjælpe.",
                        ar="نعم، حتى لا يدفع أحد من جيبه ليساعد.",
                        fr="Oui – pour que personne ne paie pour aider.",
                    ),
                ),
                Choice(
                    Text(da="En timeløn", ar="أجر بالساعة", fr="Un salaire horaire"),
                    False,
                    Text(
                        da="Nej, frivilligt arbejde er ulønnet; det er netop ikke en ansættelseskontrakt.",
                        ar="لا، العمل التطوعي دون أجر، والاتفاق ليس عقد عمل.",
                        fr="Non, le bénévolat n'est pas rémunéré ; ce n'est justement pas un contrat de travail.",
                    ),
                ),
                Choice(
                    Text(da="Hvordan man stopper igen", ar="كيفية التوقف عن التطوع", fr="Comment arrêter"),
                    True,
                    Text(
                        da="Ja – det gør det lettere at sige ja.",
                        ar="نعم، فذلك يسهّل قرار الالتزام.",
                        fr="Oui – cela rend plus facile de s'engager.",
                    ),
                ),
            ),
        ),
        Question(
            kind=TRUE_FALSE,
            text=Text(
                da="Den frivillige, der altid siger ja til ekstra vagter, er den, man mindst behøver at spørge til.",
                ar="المتطوع(ة) الذي يقبل دائماً المناوبات الإضافية هو آخر من نحتاج إلى السؤال عنه.",
                fr="Le bénévole qui accepte toujours des permanences en plus est celui dont on a le moins besoin "
                "de prendre des nouvelles.",
            ),
            explanation=Text(
                da="Netop dem, der altid siger ja, er i størst risiko for at brænde ud.",
                ar="من يقولون نعم دائماً هم الأكثر عرضة للإنهاك.",
                fr="Ce sont justement ceux qui disent toujours oui qui risquent le plus l'épuisement.",
            ),
            choices=true_false(
                False,
                right=Text(
                    da="Rigtigt: spørg også til dem, der aldrig klager.",
                    ar="صحيح: اسأل أيضاً عمن لا يشتكون أبداً.",
                    fr="Exact : prenez aussi des nouvelles de ceux qui ne se plaignent jamais.",
                ),
                wrong=Text(
                    da="Nej – de er ofte dem, der har mest brug for, at nogen holder øje.",
                    ar="لا، فهم غالباً الأحوج إلى من ينتبه إليهم.",
                    fr="Non – ce sont souvent eux qui ont le plus besoin qu'on veille sur eux.",
                ),
            ),
        ),
        Question(
            kind=SINGLE,
            text=Text(
                da="Hvordan giver du bedst feedback på noget, der skal ændres?",
                ar="ما أفضل طريقة لتقديم ملاحظة حول أمر يجب تغييره؟",
                fr="Comment faire au mieux un retour sur quelque chose qui doit changer ?",
            ),
            explanation=Text(
                da="God feedback er konkret, kommer hurtigt og ender med en aftale.",
                ar="التغذية الراجعة الجيدة محددة وسريعة وتنتهي باتفاق.",
                fr="Un bon retour est précis, arrive vite et se termine par un accord.",
            ),
            choices=(
                Choice(
                    Text(
                        da="Kort efter, med det du så, og en aftale om næste gang",
                        ar="بعد وقت قصير، بما رأيته واتفاق للمرة القادمة",
                        fr="Peu après, avec ce que vous avez vu et un accord pour la prochaine fois",
                    ),
                    True,
                    Text(da="Ja, præcis.", ar="نعم، بالضبط.", fr="Oui, exactement."),
                ),
                Choice(
                    Text(
                        da="Samlet ved årets afslutning", ar="دفعة واحدة في نهاية السنة", fr="En bloc, en fin d'année"
                    ),
                    False,
                    Text(
                        da="Så er situationen glemt, og intet kan nå at ændre sig.",
                        ar="حينها تكون الواقعة قد نُسيت ولا يبقى وقت للتغيير.",
                        fr="La situation est alors oubliée et plus rien ne peut changer.",
                    ),
                ),
                Choice(
                    Text(
                        da="Foran hele holdet, så alle lærer af det",
                        ar="أمام الفريق كله حتى يتعلم الجميع",
                        fr="Devant toute l'équipe, pour que tout le monde apprenne",
                    ),
                    False,
                    Text(
                        da="Kritik tages bedst under fire øjne; ros gerne foran alle.",
                        ar="الملاحظات النقدية تُقال على انفراد، أما المديح فأمام الجميع.",
                        fr="Une critique se fait en tête-à-tête ; les compliments, devant tout le monde.",
                    ),
                ),
            ),
        ),
    ),
)

LEADING_VOLUNTEERS = Course(
    slug="leading-volunteers",
    topic="leadership",
    audience="leaders",
    title=Text(da="At lede frivillige", ar="قيادة المتطوعين", fr="Encadrer des bénévoles"),
    summary=Text(
        da=(
            "Et kursus for foreningens ledere: at finde og tage imod frivillige, lave klare aftaler, give "
            "sparring og feedback og passe på, at ingen brænder ud."
        ),
        ar=(
            "دورة تدريبية لمسؤولي الجمعيات: استقطاب المتطوعين واستقبالهم، ووضع اتفاقات واضحة، والمواكبة "
            "والتغذية الراجعة، والحرص على ألّا يُنهَك أحد."
        ),
        fr=(
            "Une formation pour les responsables d'association : recruter et accueillir des bénévoles, poser des "
            "engagements clairs, accompagner, faire des retours et veiller à ce que personne ne s'épuise."
        ),
    ),
    learning_outcomes=Text(
        da=(
            "<ul><li>Skrive en konkret opgavebeskrivelse og tage godt imod en ny frivillig</li>"
            "<li>Lave en frivilligaftale med tavshedspligt og praktiske vilkår</li>"
            "<li>Holde korte sparringssamtaler og give konkret feedback</li>"
            "<li>Se tegnene på udbrændthed og handle på dem</li></ul>"
        ),
        ar=(
            "<ul><li>كتابة وصف محدد للمهمة واستقبال المتطوع(ة) الجديد(ة) استقبالاً حسناً</li>"
            "<li>إعداد اتفاق تطوع يشمل واجب السرية والشروط العملية</li>"
            "<li>إجراء لقاءات مواكبة قصيرة وتقديم تغذية راجعة محددة</li>"
            "<li>التعرف على علامات الإنهاك والتصرف إزاءها</li></ul>"
        ),
        fr=(
            "<ul><li>Rédiger une mission précise et bien accueillir un nouveau bénévole</li>"
            "<li>Établir un engagement bénévole avec la confidentialité et les conditions pratiques</li>"
            "<li>Mener de courts entretiens d'accompagnement et faire des retours précis</li>"
            "<li>Repérer les signes d'épuisement et y répondre</li></ul>"
        ),
    ),
    minutes=50,
    picture=Picture("Leading volunteers", ("#2f4858", "#86bbd8"), "circles"),
    lessons=(RECRUITING, ROLES, SUPERVISION, RECOGNITION),
)
