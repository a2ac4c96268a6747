"""Demo course: "First aid basics", for every volunteer."""

from intranet.organisations.demo import Text
from intranet.pages.demo_content import Callout, Checklist, Picture, Process, Rich, Step

from .demo_content import (
    MULTIPLE,
    SINGLE,
    TRUE_FALSE,
    Choice,
    Course,
    CourseLesson,
    EmbeddedVideo,
    Question,
    true_false,
)

RIGHT = Text(da="Rigtigt.", ar="صحيح.", fr="Exact.")

SCENE = CourseLesson(
    slug="securing-the-scene-and-calling-for-help",
    title=Text(
        da="Sikre stedet og tilkalde hjælp",
        ar="تأمين المكان وطلب النجدة",
        fr="Sécuriser les lieux et alerter les secours",
    ),
    summary=Text(
        da="De første minutter: pas på dig selv, se hvad der er sket, og ring til det rigtige nummer.",
        ar="الدقائق الأولى: احمِ نفسك، وافهم ما حدث، واتصل بالرقم الصحيح.",
        fr="Les premières minutes : se protéger, comprendre ce qui s'est passé, appeler le bon numéro.",
    ),
    minutes=10,
    body=(
        Process(
            title=Text(
                da="Fire trin, altid i samme rækkefølge",
                ar="أربع خطوات بالترتيب نفسه دائماً",
                fr="Quatre étapes, toujours dans le même ordre",
            ),
            steps=(
                Step(
                    title=Text(da="Stands ulykken", ar="أوقف الحادث", fr="Protéger"),
                    responsible="volunteer",
                    detail=Text(
                        da="Den første frivillige på stedet",
                        ar="أول متطوع(ة) في المكان",
                        fr="Le premier bénévole sur place",
                    ),
                    description=Text(
                        da=(
                            "Se dig om: trafik, ild, strøm, gas, trængsel. Bliv ikke "
                            "selv nummer to, der kommer til skade."
                        ),
                        ar="انظر حولك: حركة السير، النار، الكهرباء، الغاز، الازدحام. لا تكن المصاب الثاني.",
                        fr="Regardez autour de vous : circulation, feu, électricité, gaz, foule. Ne devenez pas la "
                        "deuxième victime.",
                    ),
                ),
                Step(
                    title=Text(da="Se, hvad der er sket", ar="افهم ما حدث", fr="Examiner"),
                    responsible="volunteer",
                    detail=Text(da="", ar="", fr=""),
                    description=Text(
                        da="Tal højt til personen og rør ved skulderen. Svarer hun? Trækker hun vejret normalt?",
                        ar="كلّم الشخص بصوت مرتفع والمس كتفه. هل يجيب؟ هل يتنفس بشكل طبيعي؟",
                        fr=(
                            "Parlez fort à la personne et touchez son épaule. "
                            "Répond-elle ? Respire-t-elle normalement ?"
                        ),
                    ),
                ),
                Step(
                    title=Text(da="Tilkald hjælp", ar="اطلب النجدة", fr="Alerter"),
                    responsible="volunteer",
                    detail=Text(
                        da="Gerne en anden end førstehjælperen",
                        ar="يُفضَّل شخص آخر غير المسعف(ة)",
                        fr="De préférence une autre personne que le secouriste",
                    ),
                    description=Text(
                        da=(
                            "I Danmark: ring 112. I Marokko: ring 15 (civilbeskyttelsen: ambulance og brandvæsen) "
                            "eller 19 (politiet i byen), 177 (gendarmeriet på landet). Sig først, hvor I er."
                        ),
                        ar=(
                            "في الدنمارك: اتصل بالرقم 112. في المغرب: اتصل بالرقم 15 (الوقاية المدنية: الإسعاف "
                            "والإطفاء) أو 19 (الشرطة في المدن) أو 177 (الدرك الملكي في القرى). ابدأ بذكر المكان."
                        ),
                        fr=(
                            "Au Danemark : appelez le 112. Au Maroc : le 15 (protection civile : ambulance et "
                            "pompiers), le 19 (police en ville) ou le 177 (gendarmerie à la campagne). "
                            "Dites d'abord où vous êtes."
                        ),
                    ),
                ),
                Step(
                    title=Text(da="Giv førstehjælp", ar="قدّم الإسعافات الأولية", fr="Secourir"),
                    responsible="volunteer",
                    detail=Text(da="", ar="", fr=""),
                    description=Text(
                        da="Bliv hos personen, og følg vagtcentralens råd, til hjælpen er fremme.",
                        ar="ابقَ بجانب الشخص، واتبع تعليمات مركز النداء حتى وصول النجدة.",
                        fr="Restez auprès de la personne et suivez les consignes du centre d'appel jusqu'à "
                        "l'arrivée des secours.",
                    ),
                ),
            ),
        ),
        Callout(
            kind="important",
            title=Text(da="Læg ikke røret på", ar="لا تُنهِ المكالمة", fr="Ne raccrochez pas"),
            text=Text(
                da=(
                    "<p>Lad vagtcentralen afslutte samtalen. De kan guide dig gennem hjertelungeredning og sende "
                    "hjælpen det rigtige sted hen, hvis forbindelsen bliver afbrudt.</p>"
                ),
                ar=(
                    "<p>اترك مركز النداء يُنهي المكالمة. يستطيعون توجيهك خلال الإنعاش القلبي الرئوي، وإرسال "
                    "النجدة إلى المكان الصحيح إن انقطع الاتصال.</p>"
                ),
                fr=(
                    "<p>Laissez le centre d'appel mettre fin à la conversation. Il peut vous guider pour la "
                    "réanimation et envoyer les secours au bon endroit si la communication est coupée.</p>"
                ),
            ),
        ),
        Callout(
            kind="tip",
            title=Text(da="Numrene på tasken", ar="الأرقام على الحقيبة", fr="Les numéros sur la trousse"),
            text=Text(
                da=(
                    "<p>Skriv alarmnumrene og adressen på jeres lokale på førstehjælpstasken, og tjek dem hvert år "
                    "med den lokale civilbeskyttelse eller kommune.</p>"
                ),
                ar=(
                    "<p>اكتبوا أرقام الطوارئ وعنوان مقر الجمعية على حقيبة الإسعافات، وتحققوا منها كل سنة لدى "
                    "الوقاية المدنية أو الجماعة المحلية.</p>"
                ),
                fr=(
                    "<p>Notez les numéros d'urgence et l'adresse de votre local sur la trousse de secours, et "
                    "vérifiez-les chaque année auprès de la protection civile ou de la commune.</p>"
                ),
            ),
        ),
    ),
    pass_mark=75,
    attempts_allowed=3,
    questions=(
        Question(
            kind=SINGLE,
            text=Text(
                da="Du kommer først frem til en trafikulykke. Hvad gør du først?",
                ar="تصل أولاً إلى مكان حادث سير. ما أول ما تفعله؟",
                fr="Vous arrivez le premier sur un accident de la route. Que faites-vous d'abord ?",
            ),
            explanation=Text(
                da="Din egen og andres sikkerhed kommer først; en skadet hjælper kan ikke hjælpe nogen.",
                ar="سلامتك وسلامة الآخرين أولاً، فالمسعف المصاب لا يستطيع مساعدة أحد.",
                fr="Votre sécurité et celle des autres d'abord : un sauveteur blessé ne peut aider personne.",
            ),
            choices=(
                Choice(
                    Text(
                        da="Ser mig om og sikrer stedet",
                        ar="أنظر حولي وأؤمّن المكان",
                        fr="Je regarde autour de moi et je sécurise les lieux",
                    ),
                    True,
                    RIGHT,
                ),
                Choice(
                    Text(
                        da="Løber direkte hen til den tilskadekomne",
                        ar="أركض مباشرة نحو المصاب",
                        fr="Je cours directement vers la victime",
                    ),
                    False,
                    Text(
                        da=(
                            "Først skal du se, om der er trafik eller ild – ellers "
                            "risikerer du selv at komme til skade."
                        ),
                        ar="عليك أولاً أن ترى إن كانت هناك سيارات أو نار، وإلا قد تُصاب أنت أيضاً.",
                        fr="Vérifiez d'abord la circulation ou le feu, sinon vous risquez d'être blessé à votre tour.",
                    ),
                ),
                Choice(
                    Text(
                        da="Flytter personen ind til siden",
                        ar="أنقل الشخص إلى جانب الطريق",
                        fr="Je déplace la personne sur le bas-côté",
                    ),
                    False,
                    Text(
                        da="Flyt kun en tilskadekommen, hvis stedet er farligt og ikke kan gøres sikkert.",
                        ar="لا تنقل المصاب إلا إذا كان المكان خطيراً ولا يمكن تأمينه.",
                        fr="Ne déplacez une victime que si le lieu est dangereux et ne peut pas être sécurisé.",
                    ),
                ),
            ),
        ),
        Question(
            kind=MULTIPLE,
            text=Text(
                da="Hvilke alarmnumre er rigtige? Vælg alle rigtige svar.",
                ar="ما أرقام الطوارئ الصحيحة؟ اختر كل الإجابات الصحيحة.",
                fr="Quels numéros d'urgence sont justes ? Choisissez toutes les bonnes réponses.",
            ),
            explanation=Text(
                da="Danmark: 112. Marokko: 15 for civilbeskyttelsen (ambulance og brand) og 19 for politiet.",
                ar="الدنمارك: 112. المغرب: 15 للوقاية المدنية (الإسعاف والإطفاء) و19 للشرطة.",
                fr="Danemark : 112. Maroc : 15 pour la protection civile (ambulance et pompiers), 19 pour la police.",
            ),
            choices=(
                Choice(
                    Text(da="112 i Danmark", ar="112 في الدنمارك", fr="Le 112 au Danemark"),
                    True,
                    RIGHT,
                ),
                Choice(
                    Text(
                        da="15 i Marokko (ambulance og brandvæsen)",
                        ar="15 في المغرب (الإسعاف والإطفاء)",
                        fr="Le 15 au Maroc (ambulance et pompiers)",
                    ),
                    True,
                    RIGHT,
                ),
                Choice(
                    Text(da="19 i Marokko (politiet)", ar="19 في المغرب (الشرطة)", fr="Le 19 au Maroc (police)"),
                    True,
                    RIGHT,
                ),
                Choice(
                    Text(da="911 i Danmark", ar="911 في الدنمارك", fr="Le 911 au Danemark"),
                    False,
                    Text(
                        da="911 er nummeret i USA. I Danmark og resten af EU er det 112.",
                        ar="911 هو رقم الولايات المتحدة. في الدنمارك وباقي الاتحاد الأوروبي هو 112.",
                        fr="Le 911 est le numéro des États-Unis. Au Danemark et dans l'UE, c'est le 112.",
                    ),
                ),
            ),
        ),
        Question(
            kind=TRUE_FALSE,
            text=Text(
                da="Når du har sagt adressen, kan du lægge på og gå i gang med førstehjælpen.",
                ar="بعد أن تذكر العنوان، يمكنك إنهاء المكالمة والبدء في الإسعاف.",
                fr="Une fois l'adresse donnée, vous pouvez raccrocher et commencer les premiers secours.",
            ),
            explanation=Text(
                da="Bliv i røret: vagtcentralen guider dig og afslutter selv samtalen.",
                ar="ابقَ على الخط: مركز النداء يوجّهك وهو من يُنهي المكالمة.",
                fr="Restez en ligne : le centre d'appel vous guide et met lui-même fin à l'appel.",
            ),
            choices=true_false(
                False,
                right=RIGHT,
                wrong=Text(
                    da="Nej – læg ikke på, før vagtcentralen siger det.",
                    ar="لا، لا تُنهِ المكالمة قبل أن يطلب منك مركز النداء ذلك.",
                    fr="Non – ne raccrochez pas avant que le centre d'appel vous le dise.",
                ),
            ),
        ),
        Question(
            kind=SINGLE,
            text=Text(
                da="Hvad skal vagtcentralen vide først?",
                ar="ما أول ما يحتاج مركز النداء إلى معرفته؟",
                fr="Que doit savoir d'abord le centre d'appel ?",
            ),
            explanation=Text(
                da="Uden stedet kan hjælpen ikke sendes af sted; resten spørger de om bagefter.",
                ar="دون معرفة المكان لا يمكن إرسال النجدة، وبقية الأسئلة تأتي بعد ذلك.",
                fr="Sans le lieu, les secours ne peuvent pas partir ; le reste vient ensuite.",
            ),
            choices=(
                Choice(
                    Text(da="Hvor I er", ar="أين أنتم", fr="Où vous êtes"),
                    True,
                    RIGHT,
                ),
                Choice(
                    Text(da="Personens navn", ar="اسم الشخص", fr="Le nom de la personne"),
                    False,
                    Text(
                        da="Navnet hjælper senere, men stedet kommer først.",
                        ar="يفيد الاسم لاحقاً، لكن المكان أولاً.",
                        fr="Le nom servira plus tard, mais le lieu passe avant.",
                    ),
                ),
                Choice(
                    Text(
                        da="Hvilken medicin personen tager",
                        ar="الأدوية التي يتناولها الشخص",
                        fr="Les médicaments que prend la personne",
                    ),
                    False,
                    Text(
                        da="Nyttigt for ambulancen, men først skal den vide, hvor den skal køre hen.",
                        ar="معلومة مفيدة لسيارة الإسعاف، لكن عليها أولاً أن تعرف إلى أين تتجه.",
                        fr="Utile pour l'ambulance, mais elle doit d'abord savoir où aller.",
                    ),
                ),
            ),
        ),
    ),
)

RECOVERY = CourseLesson(
    slug="recovery-position",
    title=Text(da="Stabilt sideleje", ar="وضعية الإفاقة الجانبية", fr="La position latérale de sécurité"),
    summary=Text(
        da="En bevidstløs, der trækker vejret normalt, skal ligge, så luftvejene holdes frie.",
        ar="الشخص الفاقد للوعي الذي يتنفس بشكل طبيعي يجب وضعه بطريقة تُبقي مجرى التنفس مفتوحاً.",
        fr="Une personne inconsciente qui respire normalement doit être placée de façon à garder les voies "
        "respiratoires libres.",
    ),
    minutes=8,
    body=(
        Rich(
            Text(
                da=(
                    "<p>Når en person er bevidstløs, falder tungen tilbage og kan lukke luftvejen, og opkast kan "
                    "løbe ned i lungerne. <strong>Stabilt sideleje</strong> holder munden nedad og luftvejen åben. "
                    "Brug det kun, når personen trækker vejret normalt; gør hun ikke det, så start "
                    "hjertelungeredning.</p>"
                ),
                ar=(
                    "<p>عندما يفقد الشخص وعيه قد يرتد لسانه إلى الخلف فيسد مجرى التنفس، وقد يتسرب القيء إلى "
                    "الرئتين. تُبقي <strong>وضعية الإفاقة الجانبية</strong> الفم متجهاً إلى الأسفل ومجرى "
                    "التنفس مفتوحاً. استعملها فقط إذا كان الشخص يتنفس بشكل طبيعي، وإلا فابدأ الإنعاش القلبي "
                    "الرئوي.</p>"
                ),
                fr=(
                    "<p>Chez une personne inconsciente, la langue peut basculer en arrière et bloquer les voies "
                    "respiratoires, et des vomissements peuvent passer dans les poumons. La <strong>position "
                    "latérale de sécurité</strong> garde la bouche vers le bas et les voies respiratoires "
                    "ouvertes. Utilisez-la seulement si la personne respire normalement ; sinon, commencez la "
                    "réanimation.</p>"
                ),
            )
        ),
        EmbeddedVideo("first-aid-recovery-position"),
        Checklist(
            title=Text(da="Sådan gør du", ar="هكذا تفعل", fr="Comment faire"),
            items=(
                Text(
                    da="Læg den nærmeste arm i en ret vinkel opad",
                    ar="ضع الذراع الأقرب إليك بزاوية قائمة إلى الأعلى",
                    fr="Placez le bras le plus proche à angle droit, vers le haut",
                ),
                Text(
                    da="Læg den anden hånds håndryg mod personens kind",
                    ar="ضع ظهر اليد الأخرى على خد الشخص",
                    fr="Placez le dos de l'autre main contre la joue de la personne",
                ),
                Text(
                    da="Bøj det fjerneste knæ, og rul personen over mod dig",
                    ar="اثنِ الركبة البعيدة واقلب الشخص نحوك",
                    fr="Pliez le genou le plus éloigné et faites rouler la personne vers vous",
                ),
                Text(
                    da="Bøj hovedet let bagover, så munden peger nedad",
                    ar="أمِل الرأس قليلاً إلى الخلف بحيث يتجه الفم إلى الأسفل",
                    fr="Basculez légèrement la tête en arrière, bouche vers le bas",
                ),
                Text(
                    da="Hold øje med vejrtrækningen hvert minut, til hjælpen kommer",
                    ar="راقب التنفس كل دقيقة حتى وصول النجدة",
                    fr="Surveillez la respiration chaque minute jusqu'à l'arrivée des secours",
                ),
            ),
        ),
    ),
)

CPR = CourseLesson(
    slug="cpr-and-defibrillator",
    title=Text(
        da="Hjertelungeredning og hjertestarter",
        ar="الإنعاش القلبي الرئوي وجهاز إزالة الرجفان",
        fr="Réanimation cardio-pulmonaire et défibrillateur",
    ),
    summary=Text(
        da=(
            "Når en person ikke trækker vejret normalt, tæller hvert minut. "
            "Tryk hårdt, tryk hurtigt, hent en hjertestarter."
        ),
        ar="عندما لا يتنفس الشخص بشكل طبيعي، كل دقيقة مهمة. اضغط بقوة وبسرعة، واطلب جهاز إزالة الرجفان.",
        fr="Quand une personne ne respire pas normalement, chaque minute compte. Appuyez fort, vite, et faites "
        "chercher un défibrillateur.",
    ),
    minutes=15,
    body=(
        Rich(
            Text(
                da=(
                    "<p>Ved hjertestop falder chancen for at overleve for hvert minut uden hjælp. Den, der står "
                    "ved siden af, gør den største forskel: ring efter hjælp, start "
                    "<strong>brystkompressioner</strong> med det samme, og få en anden til at hente en "
                    "hjertestarter.</p>"
                    "<p>Tryk midt på brystet, 5–6 cm ned, 100–120 gange i minuttet, og lad brystkassen komme helt "
                    "op mellem trykkene. Har du lært det, så giv 2 indblæsninger efter hver 30 tryk. Vil eller kan "
                    "du ikke give indblæsninger, så fortsæt med tryk alene – det er langt bedre end ingenting.</p>"
                ),
                ar=(
                    "<p>عند توقف القلب تتراجع فرص النجاة مع كل دقيقة تمر دون مساعدة. الشخص الحاضر هو من يصنع "
                    "الفرق الأكبر: اطلب النجدة، وابدأ <strong>الضغطات الصدرية</strong> فوراً، واطلب من شخص آخر "
                    "إحضار جهاز إزالة الرجفان.</p>"
                    "<p>اضغط في وسط الصدر بعمق 5 إلى 6 سنتيمترات، بمعدل 100 إلى 120 ضغطة في الدقيقة، واترك "
                    "الصدر يرتفع تماماً بين الضغطات. إن كنت قد تدربت، فأعطِ نفختين بعد كل 30 ضغطة. وإن لم ترغب أو "
                    "لم تستطع، فواصل الضغطات وحدها، فذلك أفضل بكثير من لا شيء.</p>"
                ),
                fr=(
                    "<p>En cas d'arrêt cardiaque, les chances de survie baissent à chaque minute sans aide. C'est "
                    "le témoin qui fait la plus grande différence : alertez, commencez tout de suite les "
                    "<strong>compressions thoraciques</strong> et envoyez quelqu'un chercher un "
                    "défibrillateur.</p>"
                    "<p>Appuyez au milieu de la poitrine, sur 5 à 6 cm, 100 à 120 fois par minute, et laissez la "
                    "poitrine remonter complètement entre deux compressions. Si vous avez appris, faites 2 "
                    "insufflations toutes les 30 compressions. Si vous ne voulez ou ne pouvez pas, continuez les "
                    "compressions seules – c'est bien mieux que rien.</p>"
                ),
            )
        ),
        Callout(
            kind="tip",
            title=Text(
                da="Hjertestarteren taler til dig",
                ar="جهاز إزالة الرجفان يُرشدك بالصوت",
                fr="Le défibrillateur vous parle",
            ),
            text=Text(
                da=(
                    "<p>Tænd den, og følg stemmen. Sæt elektroderne på den bare brystkasse, som tegningerne viser. "
                    "Ingen må røre personen, mens maskinen analyserer eller giver stød. Fortsæt trykkene, så snart "
                    "den siger det. Alle kan bruge en hjertestarter; den giver kun stød, hvis der er brug for det.</p>"
                ),
                ar=(
                    "<p>شغّله واتبع التعليمات الصوتية. ضع الأقطاب على الصدر العاري كما تبيّن الرسوم. لا يلمس "
                    "أحد الشخص أثناء التحليل أو الصدمة. استأنف الضغطات فور أن يطلب الجهاز ذلك. يستطيع أي شخص "
                    "استعماله، فهو لا يعطي صدمة إلا عند الحاجة.</p>"
                ),
                fr=(
                    "<p>Allumez-le et suivez la voix. Collez les électrodes sur la poitrine nue comme le montrent "
                    "les dessins. Personne ne touche la victime pendant l'analyse ou le choc. Reprenez les "
                    "compressions dès qu'il le demande. Tout le monde peut l'utiliser : il ne délivre un choc que "
                    "si c'est nécessaire.</p>"
                ),
            ),
        ),
    ),
    questions=(
        Question(
            kind=SINGLE,
            text=Text(
                da="Hvilken rytme bruger du, når du giver både tryk og indblæsninger til en voksen?",
                ar="ما الإيقاع الذي تتبعه عند إعطاء الضغطات والنفخات لشخص بالغ؟",
                fr="Quel rythme suivez-vous chez un adulte quand vous faites compressions et insufflations ?",
            ),
            explanation=Text(
                da="30 tryk, derefter 2 indblæsninger, og så forfra.",
                ar="30 ضغطة، ثم نفختان، ثم من جديد.",
                fr="30 compressions, puis 2 insufflations, et on recommence.",
            ),
            choices=(
                Choice(
                    Text(
                        da="30 tryk og 2 indblæsninger", ar="30 ضغطة ونفختان", fr="30 compressions et 2 insufflations"
                    ),
                    True,
                    RIGHT,
                ),
                Choice(
                    Text(
                        da="15 tryk og 2 indblæsninger", ar="15 ضغطة ونفختان", fr="15 compressions et 2 insufflations"
                    ),
                    False,
                    Text(
                        da="Det var en ældre anbefaling; i dag er det 30:2 for voksne.",
                        ar="هذه توصية قديمة، أما اليوم فهي 30 مقابل 2 للبالغين.",
                        fr="C'était une ancienne recommandation ; aujourd'hui c'est 30 pour 2 chez l'adulte.",
                    ),
                ),
                Choice(
                    Text(da="5 tryk og 1 indblæsning", ar="5 ضغطات ونفخة واحدة", fr="5 compressions et 1 insufflation"),
                    False,
                    Text(
                        da="For få tryk: blodet når ikke at cirkulere.",
                        ar="عدد قليل جداً من الضغطات، فلا يدور الدم بما يكفي.",
                        fr="Trop peu de compressions : le sang n'a pas le temps de circuler.",
                    ),
                ),
            ),
        ),
        Question(
            kind=TRUE_FALSE,
            text=Text(
                da="Kun sundhedspersonale må bruge en hjertestarter.",
                ar="لا يحق استعمال جهاز إزالة الرجفان إلا للعاملين في الصحة.",
                fr="Seul le personnel de santé peut utiliser un défibrillateur.",
            ),
            explanation=Text(
                da="Offentlige hjertestartere er lavet til, at alle kan bruge dem; maskinen guider dig.",
                ar="أجهزة إزالة الرجفان العمومية مصممة ليستعملها الجميع، والجهاز يرشدك.",
                fr="Les défibrillateurs publics sont faits pour tout le monde ; l'appareil vous guide.",
            ),
            choices=true_false(
                False,
                right=RIGHT,
                wrong=Text(
                    da="Nej – alle må og kan bruge den.",
                    ar="لا، يحق للجميع استعماله ويستطيعون ذلك.",
                    fr="Non – tout le monde peut et a le droit de l'utiliser.",
                ),
            ),
        ),
        Question(
            kind=MULTIPLE,
            text=Text(
                da="Hvad kendetegner gode brystkompressioner? Vælg alle rigtige svar.",
                ar="ما الذي يميز الضغطات الصدرية الجيدة؟ اختر كل الإجابات الصحيحة.",
                fr="Qu'est-ce qui caractérise de bonnes compressions ? Choisissez toutes les bonnes réponses.",
            ),
            explanation=Text(
                da="Midt på brystet, 5–6 cm dybt, 100–120 i minuttet – og uden unødige pauser.",
                ar="في وسط الصدر، بعمق 5 إلى 6 سنتيمترات، و100 إلى 120 ضغطة في الدقيقة، ودون توقف غير ضروري.",
                fr="Au milieu de la poitrine, 5 à 6 cm, 100 à 120 par minute – et sans pauses inutiles.",
            ),
            choices=(
                Choice(Text(da="5–6 cm dybe", ar="بعمق 5 إلى 6 سنتيمترات", fr="Profondes de 5 à 6 cm"), True, RIGHT),
                Choice(
                    Text(da="100–120 i minuttet", ar="100 إلى 120 ضغطة في الدقيقة", fr="100 à 120 par minute"),
                    True,
                    RIGHT,
                ),
                Choice(
                    Text(
                        da="En pause efter hver 10 tryk for at mærke pulsen",
                        ar="توقف بعد كل 10 ضغطات لجسّ النبض",
                        fr="Une pause toutes les 10 compressions pour prendre le pouls",
                    ),
                    False,
                    Text(
                        da=(
                            "Pauser stopper blodomløbet. Hold kun pause til "
                            "indblæsninger og når hjertestarteren siger det."
                        ),
                        ar="التوقف يوقف دوران الدم. لا تتوقف إلا للنفخات أو حين يطلب الجهاز ذلك.",
                        fr="Les pauses arrêtent la circulation. Ne vous arrêtez que pour les insufflations ou "
                        "quand le défibrillateur le demande.",
                    ),
                ),
            ),
        ),
    ),
)

BLEEDING = CourseLesson(
    slug="bleeding-and-burns",
    title=Text(da="Blødninger og forbrændinger", ar="النزيف والحروق", fr="Saignements et brûlures"),
    summary=Text(
        da="Tryk på såret, og køl forbrændingen længe med lunkent vand – de to ting redder mest.",
        ar="اضغط على الجرح، وبرّد الحرق طويلاً بماء فاتر، فهذان الأمران ينقذان أكثر من غيرهما.",
        fr="Comprimer la plaie et refroidir longtemps la brûlure à l'eau tiède : ce sont les deux gestes qui "
        "sauvent le plus.",
    ),
    minutes=12,
    body=(
        Rich(
            Text(
                da=(
                    "<p><strong>En kraftig blødning</strong> stopper du med direkte tryk: tag handsker på, hvis "
                    "du har dem, læg en ren klud eller forbinding på såret, og tryk hårdt. Gennemblødes "
                    "forbindingen, så læg en ny ovenpå i stedet for at fjerne den. Læg personen ned, og ring efter "
                    "hjælp.</p>"
                    "<p><strong>En forbrænding</strong> køles straks med lunkent, rindende vand i mindst 20 "
                    "minutter. Tag ringe og ure af, før hævelsen kommer. Dæk derefter med et rent, fnugfrit "
                    "klæde eller husholdningsfilm. Brug aldrig is, smør, olie eller tandpasta.</p>"
                ),
                ar=(
                    "<p><strong>النزيف الحاد</strong> يوقَف بالضغط المباشر: ارتدِ القفازات إن وُجدت، وضع "
                    "قطعة قماش نظيفة أو ضمادة على الجرح واضغط بقوة. إذا تشبعت الضمادة بالدم، فضع أخرى فوقها "
                    "بدلاً من نزعها. مدّد الشخص واطلب النجدة.</p>"
                    "<p><strong>الحرق</strong> يُبرَّد فوراً بماء فاتر جارٍ لمدة عشرين دقيقة على الأقل. انزع "
                    "الخواتم والساعات قبل أن يظهر التورم. ثم غطِّ الحرق بقماش نظيف لا يترك وبراً أو بغشاء "
                    "بلاستيكي للطعام. لا تستعمل أبداً الثلج أو الزبدة أو الزيت أو معجون الأسنان.</p>"
                ),
                fr=(
                    "<p>On arrête <strong>un saignement abondant</strong> par compression directe : mettez des "
                    "gants si vous en avez, posez un linge propre ou un pansement sur la plaie et appuyez fort. Si "
                    "le pansement est imbibé, ajoutez-en un autre par-dessus au lieu de l'enlever. Allongez la "
                    "personne et alertez les secours.</p>"
                    "<p><strong>Une brûlure</strong> se refroidit tout de suite à l'eau tiède courante pendant au "
                    "moins 20 minutes. Retirez bagues et montres avant que ça gonfle. Couvrez ensuite d'un linge "
                    "propre qui ne peluche pas ou de film alimentaire. Jamais de glace, de beurre, d'huile ni de "
                    "dentifrice.</p>"
                ),
            )
        ),
        EmbeddedVideo("handwashing-40-seconds"),
        Callout(
            kind="warning",
            title=Text(
                da="Ring altid efter hjælp, når …",
                ar="اطلب النجدة دائماً عندما…",
                fr="Appelez toujours les secours quand…",
            ),
            text=Text(
                da=(
                    "<ul><li>blødningen ikke stopper trods tryk</li><li>forbrændingen er større end personens "
                    "håndflade, eller sidder i ansigtet, på hænderne eller kønsorganerne</li><li>den "
                    "tilskadekomne er et lille barn eller en ældre</li></ul>"
                ),
                ar=(
                    "<ul><li>لا يتوقف النزيف رغم الضغط</li><li>يكون الحرق أكبر من كف يد المصاب، أو في الوجه "
                    "أو اليدين أو الأعضاء التناسلية</li><li>يكون المصاب طفلاً صغيراً أو شخصاً مسناً</li></ul>"
                ),
                fr=(
                    "<ul><li>le saignement ne s'arrête pas malgré la compression</li><li>la brûlure est plus "
                    "grande que la paume de la victime, ou touche le visage, les mains ou les parties "
                    "génitales</li><li>la victime est un petit enfant ou une personne âgée</li></ul>"
                ),
            ),
        ),
    ),
)

FIRST_AID_BASICS = Course(
    slug="first-aid-basics",
    topic="first-aid",
    audience="volunteers",
    title=Text(da="Grundlæggende førstehjælp", ar="أساسيات الإسعافات الأولية", fr="Les bases des premiers secours"),
    summary=Text(
        da=(
            "Det, enhver frivillig skal kunne, før der sker noget: sikre stedet og tilkalde hjælp, stabilt "
            "sideleje, hjertelungeredning med hjertestarter, blødninger og forbrændinger."
        ),
        ar=(
            "ما يجب أن يعرفه كل متطوع(ة) قبل وقوع أي حادث: تأمين المكان وطلب النجدة، ووضعية الإفاقة "
            "الجانبية، والإنعاش القلبي الرئوي مع جهاز إزالة الرجفان، والنزيف والحروق."
        ),
        fr=(
            "Ce que chaque bénévole doit savoir avant qu'un accident n'arrive : sécuriser et alerter, la position "
            "latérale de sécurité, la réanimation avec défibrillateur, les saignements et les brûlures."
        ),
    ),
    learning_outcomes=Text(
        da=(
            "<ul><li>Sikre et ulykkessted og ringe til det rigtige alarmnummer</li>"
            "<li>Lægge en bevidstløs, der trækker vejret, i stabilt sideleje</li>"
            "<li>Give hjertelungeredning og bruge en hjertestarter</li>"
            "<li>Standse en blødning og køle en forbrænding</li></ul>"
        ),
        ar=(
            "<ul><li>تأمين مكان الحادث والاتصال برقم الطوارئ الصحيح</li>"
            "<li>وضع شخص فاقد للوعي يتنفس في وضعية الإفاقة الجانبية</li>"
            "<li>القيام بالإنعاش القلبي الرئوي واستعمال جهاز إزالة الرجفان</li>"
            "<li>إيقاف النزيف وتبريد الحرق</li></ul>"
        ),
        fr=(
            "<ul><li>Sécuriser les lieux d'un accident et appeler le bon numéro d'urgence</li>"
            "<li>Placer une personne inconsciente qui respire en position latérale de sécurité</li>"
            "<li>Pratiquer la réanimation et utiliser un défibrillateur</li>"
            "<li>Arrêter un saignement et refroidir une brûlure</li></ul>"
        ),
    ),
    minutes=45,
    picture=Picture("First aid", ("#9b2226", "#f4a261"), "squares"),
    lessons=(SCENE, RECOVERY, CPR, BLEEDING),
)
