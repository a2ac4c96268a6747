"""Demo course: "Ethics and confidentiality in social counselling", for everyone who meets the public."""

from intranet.organisations.demo import Text
from intranet.pages.demo_content import Callout, Checklist, Picture, Process, Quote, Rich, Step

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

CONFIDENTIALITY = CourseLesson(
    slug="confidentiality-and-its-limits",
    title=Text(da="Tavshedspligt og dens grænser", ar="واجب السرية وحدوده", fr="La confidentialité et ses limites"),
    summary=Text(
        da="Det, en borger fortæller dig, bliver i foreningen – undtagen når et liv eller et barn er i fare.",
        ar="ما يخبرك به المستفيد يبقى داخل الجمعية، إلا إذا كانت حياة شخص أو سلامة طفل في خطر.",
        fr="Ce qu'une personne vous confie reste dans l'association – sauf quand une vie ou un enfant est en danger.",
    ),
    minutes=12,
    body=(
        Rich(
            Text(
                da=(
                    "<p>Folk fortæller frivillige om vold, gæld, sygdom og papirer, fordi de stoler på, at det "
                    "ikke kommer videre. <strong>Tavshedspligt</strong> betyder, at du kun deler oplysninger med "
                    "dem i foreningen, der har brug for dem for at hjælpe – og aldrig med familie, venner eller "
                    "på sociale medier, heller ikke uden navn, hvis personen kan genkendes.</p>"
                    "<p>Tavshedspligten har grænser. Er nogens liv eller helbred i alvorlig fare, eller bliver "
                    "et barn udsat for vold eller omsorgssvigt, skal du handle: tal med din leder samme dag. I "
                    "Danmark har foreningen pligt til at underrette kommunen om børn i mistrivsel; i Marokko "
                    "straffer loven den, der undlader at hjælpe en person i fare.</p>"
                ),
                ar=(
                    "<p>يحدّث الناس المتطوعين عن العنف والديون والمرض والوثائق لأنهم يثقون بأن ذلك لن يخرج إلى "
                    "غيرهم. يعني <strong>واجب السرية</strong> ألّا تشارك المعلومات إلا مع من يحتاجها داخل الجمعية "
                    "لتقديم المساعدة، وألّا تشاركها أبداً مع العائلة أو الأصدقاء أو على شبكات التواصل، حتى دون "
                    "ذكر الاسم إذا كان من الممكن التعرف على الشخص.</p>"
                    "<p>لواجب السرية حدود. إذا كانت حياة شخص أو صحته في خطر جسيم، أو كان طفل يتعرض للعنف أو "
                    "الإهمال، فعليك أن تتصرف: تحدّث مع مسؤولك في اليوم نفسه. في الدنمارك تلتزم الجمعية بإبلاغ "
                    "البلدية عن الأطفال الذين يعيشون وضعاً صعباً، وفي المغرب يعاقب القانون على الامتناع عن "
                    "تقديم المساعدة لشخص في خطر.</p>"
                ),
                fr=(
                    "<p>Les gens parlent aux bénévoles de violence, de dettes, de maladie ou de papiers parce "
                    "qu'ils ont confiance : cela n'ira pas plus loin. La <strong>confidentialité</strong> veut dire "
                    "que vous ne partagez une information qu'avec les personnes de l'association qui en ont besoin "
                    "pour aider – jamais avec la famille, les amis ou sur les réseaux sociaux, même sans nom si "
                    "la personne peut être reconnue.</p>"
                    "<p>La confidentialité a des limites. Si la vie ou la santé de quelqu'un est gravement en "
                    "danger, ou si un enfant subit des violences ou de la négligence, vous devez agir : parlez-en à "
                    "votre responsable le jour même. Au Danemark, l'association doit signaler à la commune un "
                    "enfant en danger ; au Maroc, la loi punit la non-assistance à personne en danger.</p>"
                ),
            )
        ),
        EmbeddedVideo("confidentiality-in-practice"),
        Process(
            title=Text(da="Når du er bekymret", ar="عندما يساورك القلق", fr="Quand vous êtes inquiet"),
            steps=(
                Step(
                    title=Text(da="Lov ikke hemmeligholdelse", ar="لا تَعِد بالكتمان", fr="Ne promettez pas le secret"),
                    responsible="volunteer",
                    detail=Text(da="", ar="", fr=""),
                    description=Text(
                        da="Sig ærligt, at du ikke kan holde på noget, der bringer nogen i fare, og at du vil hjælpe.",
                        ar="قل بصدق إنك لا تستطيع كتمان ما يعرّض أحداً للخطر، وإنك تريد المساعدة.",
                        fr="Dites honnêtement que vous ne pouvez pas garder pour vous ce qui met quelqu'un en "
                        "danger, et que vous voulez aider.",
                    ),
                ),
                Step(
                    title=Text(
                        da="Tal med din leder samme dag",
                        ar="تحدّث مع مسؤولك في اليوم نفسه",
                        fr="Parlez-en à votre responsable le jour même",
                    ),
                    responsible="leader",
                    detail=Text(da="", ar="", fr=""),
                    description=Text(
                        da="Lederen beslutter, om der skal underrettes, og hvem der gør det.",
                        ar="يقرر المسؤول(ة) إن كان يجب الإبلاغ ومن يتولى ذلك.",
                        fr="Le ou la responsable décide s'il faut signaler et qui s'en charge.",
                    ),
                ),
                Step(
                    title=Text(
                        da="Skriv kort ned, hvad du hørte",
                        ar="دوّن باختصار ما سمعته",
                        fr="Notez brièvement ce que vous avez entendu",
                    ),
                    responsible="volunteer",
                    detail=Text(da="", ar="", fr=""),
                    description=Text(
                        da="Med personens egne ord, dato og klokkeslæt – og gem det kun i foreningens låste mappe.",
                        ar="بكلمات الشخص نفسه مع التاريخ والساعة، واحفظه فقط في الملف المغلق للجمعية.",
                        fr="Avec les mots de la personne, la date et l'heure – et rangez-le seulement dans le "
                        "dossier fermé de l'association.",
                    ),
                ),
            ),
        ),
    ),
)

CONSENT = CourseLesson(
    slug="consent-and-personal-data",
    title=Text(
        da="Samtykke og personoplysninger", ar="الموافقة والمعطيات الشخصية", fr="Consentement et données personnelles"
    ),
    summary=Text(
        da="Spørg, før du noterer, deler eller fotograferer – og gem kun det, I har brug for.",
        ar="اطلب الإذن قبل أن تدوّن أو تشارك أو تصوّر، ولا تحتفظ إلا بما تحتاجونه.",
        fr="Demandez avant de noter, de partager ou de photographier – et ne gardez que ce qui est nécessaire.",
    ),
    minutes=12,
    body=(
        Rich(
            Text(
                da=(
                    "<p>Navne, telefonnumre, helbred, opholdsstatus og billeder er personoplysninger. I Danmark "
                    "gælder databeskyttelsesforordningen (GDPR), i Marokko lov 09-08 om beskyttelse af "
                    "personoplysninger. Reglen er den samme: <strong>spørg om samtykke</strong>, fortæl hvad "
                    "oplysningerne skal bruges til, og gem kun det nødvendige.</p>"
                    "<p>Et samtykke skal være frivilligt. Den, der får hjælp, må aldrig føle, at hjælpen afhænger "
                    "af et ja til et foto eller til at stå på en liste. Et nej skal være lige så let at sige som "
                    "et ja.</p>"
                ),
                ar=(
                    "<p>الأسماء وأرقام الهاتف والحالة الصحية ووضعية الإقامة والصور كلها معطيات شخصية. في "
                    "الدنمارك تطبَّق اللائحة العامة لحماية البيانات، وفي المغرب القانون 09-08 المتعلق بحماية "
                    "الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي. والقاعدة واحدة: <strong>اطلب "
                    "الموافقة</strong>، واشرح الغرض من استعمال المعطيات، ولا تحتفظ إلا بما هو ضروري.</p>"
                    "<p>يجب أن تكون الموافقة حرة. لا ينبغي أبداً أن يشعر المستفيد بأن المساعدة مشروطة بقبوله "
                    "التصوير أو التسجيل في لائحة. يجب أن يكون الرفض سهلاً كالقبول.</p>"
                ),
                fr=(
                    "<p>Noms, numéros de téléphone, santé, situation de séjour et photos sont des données "
                    "personnelles. Au Danemark s'applique le RGPD, au Maroc la loi 09-08 relative à la protection "
                    "des données à caractère personnel. La règle est la même : <strong>demandez le "
                    "consentement</strong>, dites à quoi serviront les données et ne gardez que le nécessaire.</p>"
                    "<p>Le consentement doit être libre. La personne aidée ne doit jamais sentir que l'aide dépend "
                    "d'un oui à une photo ou à une liste. Dire non doit être aussi facile que dire oui.</p>"
                ),
            )
        ),
        Checklist(
            title=Text(da="Gode vaner", ar="عادات جيدة", fr="Les bons réflexes"),
            items=(
                Text(
                    da="Ingen navne eller billeder af borgere i WhatsApp-grupper",
                    ar="لا أسماء ولا صور للمستفيدين في مجموعات واتساب",
                    fr="Pas de noms ni de photos des personnes aidées dans les groupes WhatsApp",
                ),
                Text(
                    da="Kopier af pas og papirer kun i foreningens låste mappe – aldrig på din egen telefon",
                    ar="نسخ جوازات السفر والوثائق في الملف المغلق للجمعية فقط، وليس أبداً على هاتفك",
                    fr="Les copies de passeports et de papiers dans le dossier fermé de l'association – jamais "
                    "sur votre téléphone",
                ),
                Text(
                    da="Skriftligt samtykke, før et foto bruges på plakater eller sociale medier",
                    ar="موافقة مكتوبة قبل استعمال صورة في ملصق أو على شبكات التواصل",
                    fr="Un accord écrit avant d'utiliser une photo sur une affiche ou les réseaux sociaux",
                ),
                Text(
                    da="Slet oplysninger, når sagen er afsluttet og ikke skal bruges mere",
                    ar="احذف المعطيات عند إغلاق الملف وانتفاء الحاجة إليها",
                    fr="Effacez les données quand le dossier est clos et qu'elles ne servent plus",
                ),
            ),
        ),
    ),
)

CONFLICTS = CourseLesson(
    slug="conflicts-of-interest-and-gifts",
    title=Text(da="Interessekonflikter og gaver", ar="تضارب المصالح والهدايا", fr="Conflits d'intérêts et cadeaux"),
    summary=Text(
        da="Hvornår du skal sige fra over for en opgave, og hvornår en gave er for stor til at tage imod.",
        ar="متى تعتذر عن مهمة، ومتى تكون الهدية أكبر من أن تُقبل.",
        fr="Quand se retirer d'une situation, et quand un cadeau est trop important pour être accepté.",
    ),
    minutes=10,
    body=(
        Rich(
            Text(
                da=(
                    "<p>Der er en <strong>interessekonflikt</strong>, når du har en personlig interesse i det, du "
                    "hjælper med: en ansøgning fra din fætter, en lejlighed, som din svoger udlejer, en borger, "
                    "der kunne blive kunde i din butik. Det er ikke forkert at have familie og venner – men sig det "
                    "til din leder, og lad en anden tage opgaven.</p>"
                    "<p>Små tak som te, kage eller en tegning fra et barn må du gerne tage imod. Penge, dyre "
                    "gaver og tjenester, der skaber en forventning om noget til gengæld, siger du venligt nej tak "
                    "til. Er du i tvivl, så spørg din leder, og fortæl det åbent.</p>"
                ),
                ar=(
                    "<p>يوجد <strong>تضارب في المصالح</strong> عندما تكون لك مصلحة شخصية فيما تساعد فيه: طلب "
                    "من ابن عمك، أو شقة يؤجرها صهرك، أو مستفيد قد يصبح زبوناً في متجرك. ليس عيباً أن تكون لك "
                    "عائلة وأصدقاء، لكن أخبر مسؤولك واترك المهمة لشخص آخر.</p>"
                    "<p>لا بأس بقبول شكر بسيط كالشاي أو الحلوى أو رسم من طفل. أما المال والهدايا الثمينة "
                    "والخدمات التي تنتظر مقابلاً، فاعتذر عنها بلطف. وإن ساورك الشك، فاسأل مسؤولك وتحدّث عن "
                    "الأمر بوضوح.</p>"
                ),
                fr=(
                    "<p>Il y a <strong>conflit d'intérêts</strong> quand vous avez un intérêt personnel dans ce "
                    "que vous faites : la demande de votre cousin, un logement loué par votre beau-frère, une "
                    "personne aidée qui pourrait devenir cliente de votre commerce. Avoir de la famille et des amis "
                    "n'a rien de mal – mais dites-le à votre responsable et laissez quelqu'un d'autre s'en "
                    "occuper.</p>"
                    "<p>Un petit merci – du thé, un gâteau, le dessin d'un enfant – peut être accepté. L'argent, "
                    "les cadeaux de valeur et les services qui attendent quelque chose en retour se refusent "
                    "poliment. En cas de doute, demandez à votre responsable et parlez-en ouvertement.</p>"
                ),
            )
        ),
        Quote(
            quote=Text(
                da="Vi siger altid: hjælpen er gratis, og den skal blive ved med at være det – også i folks øjne.",
                ar="نقول دائماً: المساعدة مجانية، ويجب أن تبقى كذلك في أعين الناس أيضاً.",
                fr="Nous le répétons toujours : l'aide est gratuite, et elle doit le rester – aussi aux yeux des gens.",
            ),
            attribution=Text(
                da="Leder af en retshjælp i Tanger",
                ar="مسؤولة في جمعية للمساعدة القانونية بطنجة",
                fr="Responsable d'une permanence juridique à Tanger",
            ),
        ),
        Callout(
            kind="important",
            title=Text(da="Aldrig i foreningens navn", ar="أبداً باسم الجمعية", fr="Jamais au nom de l'association"),
            text=Text(
                da=(
                    "<p>Brug aldrig din rolle som frivillig til at sælge noget, skaffe stemmer til et parti eller "
                    "få nogen til at skifte tro.</p>"
                ),
                ar=(
                    "<p>لا تستعمل أبداً صفتك كمتطوع(ة) لبيع شيء ما، أو لكسب أصوات لحزب، أو لدفع أحد إلى تغيير "
                    "معتقده.</p>"
                ),
                fr=(
                    "<p>N'utilisez jamais votre rôle de bénévole pour vendre quelque chose, gagner des voix pour "
                    "un parti ou pousser quelqu'un à changer de religion.</p>"
                ),
            ),
        ),
    ),
    pass_mark=75,
    questions=(
        Question(
            kind=TRUE_FALSE,
            text=Text(
                da="Beder en borger dig om at holde noget hemmeligt, skal du altid love det.",
                ar="إذا طلب منك مستفيد أن تكتم أمراً ما، فعليك أن تَعِده بذلك دائماً.",
                fr="Si une personne vous demande de garder un secret, vous devez toujours le promettre.",
            ),
            explanation=Text(
                da="Lov aldrig mere, end du kan holde: er nogen i fare, skal du handle.",
                ar="لا تَعِد أبداً بأكثر مما تستطيع الوفاء به: إذا كان أحد في خطر، فعليك أن تتصرف.",
                fr="Ne promettez jamais plus que vous ne pouvez tenir : si quelqu'un est en danger, vous devez agir.",
            ),
            choices=true_false(
                False,
                right=RIGHT,
                wrong=Text(
                    da="Nej – tavshedspligten har grænser, og det skal personen vide på forhånd.",
                    ar="لا، لواجب السرية حدود، ويجب أن يعرفها الشخص مسبقاً.",
                    fr="Non – la confidentialité a des limites, et la personne doit les connaître à l'avance.",
                ),
            ),
        ),
        Question(
            kind=SINGLE,
            text=Text(
                da="En pige på 13 fortæller, at hun bliver slået derhjemme, og beder dig ikke sige det til nogen. "
                "Hvad gør du?",
                ar="تخبرك فتاة في الثالثة عشرة بأنها تتعرض للضرب في البيت، وتطلب منك ألّا تخبر أحداً. ماذا تفعل؟",
                fr="Une fille de 13 ans vous dit qu'elle est frappée à la maison et vous demande de n'en parler à "
                "personne. Que faites-vous ?",
            ),
            explanation=Text(
                da="Et barn i fare går forud for tavshedspligten. Lederen sørger for, at der bliver underrettet.",
                ar="حماية الطفل المعرّض للخطر تسبق واجب السرية، والمسؤول(ة) يتكفل بالإبلاغ.",
                fr="Un enfant en danger passe avant la confidentialité. Le ou la responsable veille au signalement.",
            ),
            choices=(
                Choice(
                    Text(
                        da="Siger ærligt, at du må fortælle det videre, og taler med din leder samme dag",
                        ar="أقول لها بصدق إنني مضطر لإبلاغ غيري، وأتحدث مع مسؤولي في اليوم نفسه",
                        fr="Je lui dis honnêtement que je dois en parler, et j'en parle à mon responsable le jour même",
                    ),
                    True,
                    RIGHT,
                ),
                Choice(
                    Text(
                        da="Lover at tie, så hun bliver ved med at stole på dig",
                        ar="أعِدها بالكتمان حتى تبقى واثقة بي",
                        fr="Je promets de me taire pour qu'elle garde confiance",
                    ),
                    False,
                    Text(
                        da="Så står hun alene med volden. Du må ikke love det.",
                        ar="بذلك تبقى وحيدة أمام العنف. لا يجوز لك أن تَعِد بهذا.",
                        fr="Elle resterait seule face à la violence. Vous ne pouvez pas le promettre.",
                    ),
                ),
                Choice(
                    Text(
                        da="Ringer selv til forældrene for at tale dem til fornuft",
                        ar="أتصل بنفسي بالوالدين لأقنعهما",
                        fr="J'appelle moi-même les parents pour les raisonner",
                    ),
                    False,
                    Text(
                        da="Det kan gøre det farligere for pigen. Lad lederen og myndighederne tage det videre.",
                        ar="قد يزيد ذلك الخطر على الفتاة. اترك الأمر للمسؤول(ة) وللسلطات المختصة.",
                        fr="Cela peut la mettre plus en danger. Laissez le responsable et les autorités s'en charger.",
                    ),
                ),
            ),
        ),
        Question(
            kind=MULTIPLE,
            text=Text(
                da="Hvad er i orden? Vælg alle rigtige svar.",
                ar="ما الذي يجوز فعله؟ اختر كل الإجابات الصحيحة.",
                fr="Qu'est-ce qui est correct ? Choisissez toutes les bonnes réponses.",
            ),
            explanation=Text(
                da="Samtykke og foreningens låste mappe er i orden; private telefoner og sociale medier er ikke.",
                ar="الموافقة والملف المغلق للجمعية أمران سليمان، أما الهاتف الشخصي وشبكات التواصل فلا.",
                fr="Le consentement et le dossier fermé de l'association, oui ; le téléphone personnel et les "
                "réseaux sociaux, non.",
            ),
            choices=(
                Choice(
                    Text(
                        da="Et gruppefoto på foreningens side, når alle på billedet har sagt ja",
                        ar="صورة جماعية على صفحة الجمعية بعد موافقة كل من فيها",
                        fr="Une photo de groupe sur la page de l'association quand tout le monde a dit oui",
                    ),
                    True,
                    RIGHT,
                ),
                Choice(
                    Text(
                        da="Deltagerlisten i foreningens låste, fælles mappe",
                        ar="لائحة المشاركين في الملف المشترك والمغلق للجمعية",
                        fr="La liste des participants dans le dossier partagé et fermé de l'association",
                    ),
                    True,
                    RIGHT,
                ),
                Choice(
                    Text(
                        da='Et billede af en borgers pas på din egen telefon "for en sikkerheds skyld"',
                        ar='صورة جواز سفر أحد المستفيدين على هاتفك "احتياطاً"',
                        fr="La photo du passeport d'une personne sur votre téléphone « au cas où »",
                    ),
                    False,
                    Text(
                        da="Mistes telefonen, er oplysningerne ude. Brug foreningens mappe.",
                        ar="إذا ضاع الهاتف ضاعت معه المعطيات. استعمل ملف الجمعية.",
                        fr="Si le téléphone est perdu, les données le sont aussi. Utilisez le dossier de "
                        "l'association.",
                    ),
                ),
                Choice(
                    Text(
                        da="En rørende historie om en navngiven borger på din private Facebook",
                        ar="قصة مؤثرة عن مستفيد باسمه على حسابك الشخصي في فيسبوك",
                        fr="Une histoire touchante sur une personne nommée, sur votre Facebook personnel",
                    ),
                    False,
                    Text(
                        da="Det bryder tavshedspligten, selv i den bedste mening.",
                        ar="هذا خرق لواجب السرية، حتى بأحسن النوايا.",
                        fr="C'est une rupture de confidentialité, même avec les meilleures intentions.",
                    ),
                ),
            ),
        ),
        Question(
            kind=SINGLE,
            text=Text(
                da="En familie, du har hjulpet, vil give dig 200 kr. (200 dirham) som tak. Hvad gør du?",
                ar="تريد أسرة ساعدتَها أن تعطيك 200 درهم (أو 200 كرونة) شكراً لك. ماذا تفعل؟",
                fr="Une famille que vous avez aidée veut vous donner 200 dirhams (200 couronnes) pour vous remercier. "
                "Que faites-vous ?",
            ),
            explanation=Text(
                da="Penge siger man venligt nej til; en åben snak med lederen beskytter både dig og familien.",
                ar="يُعتذَر عن المال بلطف، والحديث الصريح مع المسؤول(ة) يحميك ويحمي الأسرة.",
                fr="On refuse l'argent poliment ; en parler ouvertement au responsable vous protège, vous et la "
                "famille.",
            ),
            choices=(
                Choice(
                    Text(
                        da="Siger venligt nej tak, forklarer at hjælpen er gratis, og fortæller det til lederen",
                        ar="أعتذر بلطف، وأشرح أن المساعدة مجانية، وأخبر المسؤول(ة)",
                        fr="Je refuse poliment, j'explique que l'aide est gratuite et j'en parle au responsable",
                    ),
                    True,
                    RIGHT,
                ),
                Choice(
                    Text(
                        da="Tager imod – det ville være uhøfligt at sige nej",
                        ar="أقبل، فالرفض قلة أدب",
                        fr="J'accepte – refuser serait impoli",
                    ),
                    False,
                    Text(
                        da="Penge skaber forventninger og skævhed mellem dem, der kan betale, og dem, der ikke kan.",
                        ar="المال يخلق توقعات وتمييزاً بين من يستطيع الدفع ومن لا يستطيع.",
                        fr="L'argent crée des attentes et une inégalité entre ceux qui peuvent payer et les autres.",
                    ),
                ),
                Choice(
                    Text(
                        da="Tager imod, hvis ingen ser det",
                        ar="أقبل إذا لم يرني أحد",
                        fr="J'accepte si personne ne le voit",
                    ),
                    False,
                    Text(
                        da="Netop det hemmelige gør det til et problem.",
                        ar="السرية بالذات هي ما يجعل الأمر مشكلة.",
                        fr="C'est justement le secret qui pose problème.",
                    ),
                ),
            ),
        ),
    ),
)

ETHICS_AND_CONFIDENTIALITY = Course(
    slug="ethics-and-confidentiality",
    topic="ethics",
    audience="everyone",
    title=Text(
        da="Etik og tavshedspligt i social rådgivning",
        ar="الأخلاقيات وواجب السرية في الإرشاد الاجتماعي",
        fr="Éthique et confidentialité dans l'accompagnement social",
    ),
    summary=Text(
        da=(
            "For alle, der møder borgere: hvad tavshedspligt betyder, og hvor den stopper, samtykke og "
            "personoplysninger, interessekonflikter og gaver."
        ),
        ar=("لكل من يستقبل المستفيدين: معنى واجب السرية وحدوده، والموافقة والمعطيات الشخصية، وتضارب المصالح والهدايا."),
        fr=(
            "Pour toutes celles et ceux qui reçoivent du public : ce que veut dire la confidentialité et où elle "
            "s'arrête, le consentement et les données personnelles, les conflits d'intérêts et les cadeaux."
        ),
    ),
    learning_outcomes=Text(
        da=(
            "<ul><li>Forklare en borger, hvad tavshedspligten dækker, og hvor den stopper</li>"
            "<li>Handle rigtigt, når et barn eller et liv er i fare</li>"
            "<li>Indhente samtykke og opbevare personoplysninger sikkert</li>"
            "<li>Genkende en interessekonflikt og sige nej tak til gaver, der binder</li></ul>"
        ),
        ar=(
            "<ul><li>أن تشرح للمستفيد ما يشمله واجب السرية وأين يتوقف</li>"
            "<li>أن تتصرف بشكل صحيح عندما يكون طفل أو حياة شخص في خطر</li>"
            "<li>أن تحصل على الموافقة وتحفظ المعطيات الشخصية بأمان</li>"
            "<li>أن تتعرف على تضارب المصالح وتعتذر عن الهدايا التي تُلزم</li></ul>"
        ),
        fr=(
            "<ul><li>Expliquer à une personne ce que couvre la confidentialité et où elle s'arrête</li>"
            "<li>Agir correctement quand un enfant ou une vie est en danger</li>"
            "<li>Recueillir le consentement et conserver les données personnelles en sécurité</li>"
            "<li>Reconnaître un conflit d'intérêts et refuser les cadeaux qui engagent</li></ul>"
        ),
    ),
    minutes=35,
    picture=Picture("Ethics", ("#3d405b", "#81b29a"), "waves"),
    lessons=(CONFIDENTIALITY, CONSENT, CONFLICTS),
)
