"""Demo course: "Fundraising for small associations", for the leaders. Take "Leading volunteers" first."""

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

FUNDING_PLAN = CourseLesson(
    slug="a-funding-plan",
    title=Text(da="En plan for foreningens økonomi", ar="خطة لتمويل الجمعية", fr="Un plan de financement"),
    summary=Text(
        da="Hvad koster jeres aktiviteter, hvem kan betale for dem, og hvornår skal I søge?",
        ar="كم تكلّف أنشطتكم، ومن يمكنه تمويلها، ومتى يجب أن تقدّموا الطلبات؟",
        fr="Combien coûtent vos activités, qui peut les financer, et quand faut-il déposer les demandes ?",
    ),
    minutes=12,
    body=(
        Rich(
            Text(
                da=(
                    "<p>En lille forening søger ofte penge, når kassen er tom. En <strong>finansieringsplan</strong> "
                    "vender det om: I starter med årets aktiviteter og hvad de koster – husleje, materialer, "
                    "transport, forsikring – og finder så ud af, hvem der kan betale hvad.</p>"
                    "<p>Spred pengene på flere kilder: kontingent, lokale indsamlinger og arrangementer, kommunen "
                    "(i Danmark § 18-midler, i Marokko kommunen og INDH-programmet), fonde og lokale virksomheder. "
                    "Kommer mere end halvdelen fra én giver, er foreningen sårbar, hvis den giver siger nej næste "
                    "år.</p>"
                ),
                ar=(
                    "<p>كثيراً ما تبحث الجمعية الصغيرة عن المال حين يفرغ صندوقها. <strong>خطة التمويل</strong> "
                    "تقلب هذا المنطق: تبدؤون بأنشطة السنة وكلفتها، من الكراء والمواد إلى التنقل والتأمين، ثم "
                    "تحددون من يستطيع تمويل كل منها.</p>"
                    "<p>نوّعوا مصادر التمويل: اشتراكات الأعضاء، والحملات والأنشطة المحلية، والجماعة المحلية "
                    "(في المغرب الجماعة والمبادرة الوطنية للتنمية البشرية، وفي الدنمارك منح البلدية)، والمؤسسات "
                    "المانحة والمقاولات المحلية. إذا جاء أكثر من نصف التمويل من جهة واحدة، صارت الجمعية هشة إن "
                    "رفضت تلك الجهة في السنة التالية.</p>"
                ),
                fr=(
                    "<p>Une petite association cherche souvent de l'argent quand la caisse est vide. Un <strong>plan "
                    "de financement</strong> renverse la logique : on part des activités de l'année et de leur coût "
                    "– loyer, matériel, transport, assurance – puis on cherche qui peut financer quoi.</p>"
                    "<p>Diversifiez les sources : cotisations, collectes et événements locaux, la commune (au "
                    "Maroc la commune et l'INDH, au Danemark les subventions municipales), les fondations et les "
                    "entreprises du quartier. Si plus de la moitié vient d'un seul donateur, l'association devient "
                    "fragile le jour où il dit non.</p>"
                ),
            )
        ),
        Checklist(
            title=Text(da="Planen på én side", ar="الخطة في صفحة واحدة", fr="Le plan sur une page"),
            items=(
                Text(
                    da="Årets aktiviteter med et beløb ud for hver",
                    ar="أنشطة السنة مع المبلغ المقابل لكل منها",
                    fr="Les activités de l'année, avec un montant pour chacune",
                ),
                Text(
                    da="Mulige givere for hver aktivitet",
                    ar="الجهات المانحة الممكنة لكل نشاط",
                    fr="Les donateurs possibles pour chaque activité",
                ),
                Text(
                    da="En kalender med ansøgningsfristerne",
                    ar="جدول زمني بآجال تقديم الطلبات",
                    fr="Un calendrier des dates limites de dépôt",
                ),
                Text(
                    da="Hvem i bestyrelsen der skriver hvilken ansøgning",
                    ar="من في المكتب المسير يكتب كل طلب",
                    fr="Qui, au bureau, rédige quelle demande",
                ),
            ),
        ),
    ),
)

APPLICATION = CourseLesson(
    slug="writing-an-application",
    title=Text(da="At skrive en ansøgning", ar="كتابة طلب تمويل", fr="Rédiger une demande de financement"),
    summary=Text(
        da="Svar på det, giveren spørger om, med et klart problem, konkrete aktiviteter og et budget, der passer.",
        ar="أجب عما يسأل عنه المانح: مشكلة واضحة وأنشطة محددة وميزانية منسجمة معها.",
        fr="Répondez à ce que demande le donateur : un problème clair, des activités concrètes et un budget qui "
        "leur correspond.",
    ),
    minutes=15,
    body=(
        Process(
            title=Text(
                da="Fra opslag til indsendt ansøgning",
                ar="من الإعلان إلى إرسال الطلب",
                fr="De l'appel à projets à la demande envoyée",
            ),
            steps=(
                Step(
                    title=Text(da="Læs opslaget to gange", ar="اقرأ الإعلان مرتين", fr="Lisez l'appel deux fois"),
                    responsible="leader",
                    detail=Text(da="", ar="", fr=""),
                    description=Text(
                        da="Hvem kan søge, hvad støttes, hvad er kriterierne? Passer jeres projekt ikke, så lad være.",
                        ar="من يحق له التقدم؟ ماذا يُموَّل؟ ما المعايير؟ إن لم يناسب مشروعكم، فلا تتقدموا.",
                        fr="Qui peut postuler, qu'est-ce qui est financé, quels sont les critères ? Si votre projet "
                        "ne correspond pas, renoncez.",
                    ),
                ),
                Step(
                    title=Text(
                        da="Beskriv problemet og målgruppen",
                        ar="صِف المشكلة والفئة المستهدفة",
                        fr="Décrivez le problème et le public",
                    ),
                    responsible="leader",
                    detail=Text(da="", ar="", fr=""),
                    description=Text(
                        da="Med tal og et eksempel fra jeres hverdag: hvem, hvor mange, og hvad mangler de?",
                        ar="بالأرقام ومثال من عملكم اليومي: من هم، وكم عددهم، وماذا ينقصهم؟",
                        fr="Avec des chiffres et un exemple de votre quotidien : qui, combien, que leur manque-t-il ?",
                    ),
                ),
                Step(
                    title=Text(
                        da="Aktiviteter, resultater og budget",
                        ar="الأنشطة والنتائج والميزانية",
                        fr="Activités, résultats et budget",
                    ),
                    responsible="leader",
                    detail=Text(da="Sammen med kassereren", ar="بالتعاون مع أمين المال", fr="Avec le ou la trésorière"),
                    description=Text(
                        da="Hver aktivitet har en linje i budgettet, og hvert resultat kan tælles eller vises.",
                        ar="لكل نشاط سطر في الميزانية، ولكل نتيجة ما يُعدّ أو يُثبَت.",
                        fr="Chaque activité a sa ligne au budget, et chaque résultat peut être compté ou montré.",
                    ),
                ),
                Step(
                    title=Text(
                        da="Lad en udefra læse den",
                        ar="اطلب من شخص من خارج الجمعية قراءته",
                        fr="Faites-la relire par quelqu'un d'extérieur",
                    ),
                    responsible="board",
                    detail=Text(da="", ar="", fr=""),
                    description=Text(
                        da="Forstår hun, hvad I vil, efter fem minutter? Send så ansøgningen – før fristen.",
                        ar="هل فهم ما تريدونه بعد خمس دقائق؟ أرسلوا الطلب إذن، قبل انتهاء الأجل.",
                        fr="Comprend-elle ce que vous voulez en cinq minutes ? Alors envoyez – avant la date limite.",
                    ),
                ),
            ),
        ),
        EmbeddedVideo("budget-in-an-application"),
        Callout(
            kind="tip",
            title=Text(da="Egenfinansiering tæller", ar="المساهمة الذاتية مهمة", fr="L'apport propre compte"),
            text=Text(
                da=(
                    "<p>Skriv de frivilliges timer og de lån, I får gratis (lokaler, busser), ind i budgettet som "
                    "egenfinansiering. Det viser giveren, at foreningen selv bidrager.</p>"
                ),
                ar=(
                    "<p>أدرجوا ساعات التطوع وما تحصلون عليه مجاناً (القاعات، الحافلات) في الميزانية كمساهمة "
                    "ذاتية، فذلك يبيّن للمانح أن الجمعية تساهم بنفسها.</p>"
                ),
                fr=(
                    "<p>Inscrivez les heures de bénévolat et ce qu'on vous prête gratuitement (salles, cars) au "
                    "budget comme apport propre. Le donateur voit ainsi que l'association contribue elle-même.</p>"
                ),
            ),
        ),
    ),
)

REPORTING = CourseLesson(
    slug="reporting-to-donors",
    title=Text(da="At rapportere til giverne", ar="تقديم التقارير للمانحين", fr="Rendre compte aux donateurs"),
    summary=Text(
        da="En god rapport fortæller, hvad pengene blev til, og gør det lettere at få penge næste gang.",
        ar="التقرير الجيد يبيّن ما تحقق بالمال، ويسهّل الحصول على التمويل في المرة القادمة.",
        fr="Un bon rapport montre ce que l'argent a permis, et rend le financement suivant plus facile.",
    ),
    minutes=12,
    body=(
        Rich(
            Text(
                da=(
                    "<p>Rapporten begynder den dag, bevillingen kommer: gem alle bilag, før deltagerlister, og "
                    "tag billeder (med samtykke). Følg det godkendte budget. Skal I flytte penge mellem "
                    "budgetposter, så <strong>spørg giveren skriftligt først</strong>.</p>"
                    "<p>En god rapport har tre dele: tallene (hvad blev der brugt, hvor mange deltog), hvad der "
                    "ændrede sig for folk, og hvad I lærte – også det, der ikke lykkedes. Giverne sætter pris på "
                    "ærlighed mere end på pynt.</p>"
                ),
                ar=(
                    "<p>يبدأ التقرير يوم وصول المنحة: احتفظوا بكل الفواتير والوصولات، وسجّلوا لوائح الحضور، "
                    "والتقطوا صوراً (بعد الموافقة). التزموا بالميزانية المصادق عليها. وإن احتجتم إلى نقل مبالغ "
                    "بين بنود الميزانية، <strong>فاطلبوا موافقة المانح كتابياً أولاً</strong>.</p>"
                    "<p>للتقرير الجيد ثلاثة أجزاء: الأرقام (ما صُرف، وعدد المشاركين)، وما تغيّر في حياة الناس، "
                    "وما تعلمتموه، بما في ذلك ما لم ينجح. يقدّر المانحون الصدق أكثر من التجميل.</p>"
                ),
                fr=(
                    "<p>Le rapport commence le jour où la subvention arrive : gardez toutes les pièces "
                    "justificatives, tenez des listes de présence et prenez des photos (avec accord). Respectez le "
                    "budget validé. Pour déplacer de l'argent d'une ligne à l'autre, <strong>demandez d'abord "
                    "l'accord écrit du donateur</strong>.</p>"
                    "<p>Un bon rapport a trois parties : les chiffres (ce qui a été dépensé, combien de "
                    "participants), ce qui a changé pour les gens, et ce que vous avez appris – y compris ce qui "
                    "n'a pas marché. Les donateurs apprécient l'honnêteté plus que l'enjolivement.</p>"
                ),
            )
        ),
        Quote(
            quote=Text(
                da="Den rapport, hvor de skrev, hvad der gik galt, og hvad de ændrede, gjorde mig tryg ved at støtte "
                "dem igen.",
                ar="التقرير الذي كتبوا فيه ما لم ينجح وما غيّروه جعلني مطمئناً لدعمهم مرة أخرى.",
                fr="Le rapport où ils expliquaient ce qui n'avait pas marché et ce qu'ils avaient changé m'a donné "
                "confiance pour les soutenir à nouveau.",
            ),
            attribution=Text(
                da="Sagsbehandler i en dansk fond",
                ar="مكلّف بالملفات في مؤسسة دنماركية مانحة",
                fr="Chargé de programmes dans une fondation danoise",
            ),
        ),
    ),
    pass_mark=70,
    attempts_allowed=3,
    questions=(
        Question(
            kind=SINGLE,
            text=Text(
                da="Workshoppen blev billigere end budgetteret, og I vil bruge resten på transport. Hvad gør I?",
                ar="كلّفت الورشة أقل مما في الميزانية، وتريدون صرف الباقي على التنقل. ماذا تفعلون؟",
                fr="L'atelier a coûté moins que prévu et vous voulez utiliser le reste pour le transport. Que "
                "faites-vous ?",
            ),
            explanation=Text(
                da="Bevillingen gælder det godkendte budget. Ændringer aftales skriftligt med giveren først.",
                ar="المنحة مرتبطة بالميزانية المصادق عليها، وأي تغيير يُتفق عليه كتابياً مع المانح أولاً.",
                fr="La subvention porte sur le budget validé. Tout changement se convient d'abord par écrit "
                "avec le donateur.",
            ),
            choices=(
                Choice(
                    Text(
                        da="Spørger giveren skriftligt, før pengene flyttes",
                        ar="نطلب موافقة المانح كتابياً قبل نقل المبلغ",
                        fr="Nous demandons l'accord écrit du donateur avant de déplacer l'argent",
                    ),
                    True,
                    RIGHT,
                ),
                Choice(
                    Text(
                        da="Flytter pengene og forklarer det i rapporten",
                        ar="ننقل المبلغ ونشرح ذلك في التقرير",
                        fr="Nous déplaçons l'argent et l'expliquons dans le rapport",
                    ),
                    False,
                    Text(
                        da="Så kan giveren kræve pengene tilbage. Spørg først.",
                        ar="قد يطالب المانح حينها باسترجاع المبلغ. اسألوا أولاً.",
                        fr="Le donateur pourrait alors demander le remboursement. Demandez d'abord.",
                    ),
                ),
                Choice(
                    Text(
                        da="Beholder resten i foreningens kasse",
                        ar="نحتفظ بالباقي في صندوق الجمعية",
                        fr="Nous gardons le reste dans la caisse de l'association",
                    ),
                    False,
                    Text(
                        da="Ubrugte midler skal som regel betales tilbage eller bruges efter aftale.",
                        ar="الأموال غير المصروفة تُرَدّ عادة أو تُصرف وفق ما يُتفق عليه.",
                        fr="Les fonds non utilisés se remboursent en général, ou s'utilisent selon un accord.",
                    ),
                ),
            ),
        ),
        Question(
            kind=TRUE_FALSE,
            text=Text(
                da="En god rapport indeholder kun tal.",
                ar="التقرير الجيد لا يتضمن سوى الأرقام.",
                fr="Un bon rapport ne contient que des chiffres.",
            ),
            explanation=Text(
                da="Tal, hvad der ændrede sig for folk, og hvad I lærte.",
                ar="الأرقام، وما تغيّر في حياة الناس، وما تعلمتموه.",
                fr="Les chiffres, ce qui a changé pour les gens et ce que vous avez appris.",
            ),
            choices=true_false(
                False,
                right=RIGHT,
                wrong=Text(
                    da="Nej – giveren vil også vide, hvad pengene gjorde for folk.",
                    ar="لا، يريد المانح أن يعرف أيضاً ما الذي غيّره المال في حياة الناس.",
                    fr="Non – le donateur veut aussi savoir ce que l'argent a changé pour les gens.",
                ),
            ),
        ),
        Question(
            kind=MULTIPLE,
            text=Text(
                da="Hvad gemmer I til regnskabet? Vælg alle rigtige svar.",
                ar="ما الذي تحتفظون به للمحاسبة؟ اختر كل الإجابات الصحيحة.",
                fr="Que gardez-vous pour les comptes ? Choisissez toutes les bonnes réponses.",
            ),
            explanation=Text(
                da="Bilag, kontoudtog og deltagerlister dokumenterer, at pengene blev brugt som aftalt.",
                ar="الفواتير وكشوف الحساب ولوائح الحضور تثبت أن المال صُرف كما اتُّفق عليه.",
                fr="Pièces justificatives, relevés bancaires et listes de présence prouvent que l'argent a été "
                "utilisé comme prévu.",
            ),
            choices=(
                Choice(
                    Text(da="Kvitteringer og fakturaer", ar="الوصولات والفواتير", fr="Les reçus et les factures"),
                    True,
                    RIGHT,
                ),
                Choice(
                    Text(da="Kontoudtog", ar="كشوف الحساب البنكي", fr="Les relevés bancaires"),
                    True,
                    RIGHT,
                ),
                Choice(
                    Text(
                        da="Underskrevne deltagerlister", ar="لوائح الحضور الموقّعة", fr="Les listes de présence signées"
                    ),
                    True,
                    RIGHT,
                ),
                Choice(
                    Text(
                        da="Intet – giveren stoler på os",
                        ar="لا شيء، فالمانح يثق بنا",
                        fr="Rien – le donateur nous fait confiance",
                    ),
                    False,
                    Text(
                        da="Tillid bygger netop på, at I kan dokumentere.",
                        ar="الثقة تُبنى بالضبط على قدرتكم على الإثبات.",
                        fr="La confiance repose justement sur ce que vous pouvez prouver.",
                    ),
                ),
            ),
        ),
    ),
)

FUNDRAISING = Course(
    slug="fundraising-for-small-associations",
    topic="fundraising",
    audience="leaders",
    title=Text(
        da="Fundraising for små foreninger",
        ar="جمع التبرعات للجمعيات الصغيرة",
        fr="La collecte de fonds pour les petites associations",
    ),
    summary=Text(
        da="Fra en finansieringsplan over en god ansøgning til rapporten, der gør giveren klar til at støtte igen.",
        ar="من خطة التمويل إلى طلب تمويل جيد، ثم إلى التقرير الذي يجعل المانح مستعداً للدعم من جديد.",
        fr="Du plan de financement à une bonne demande, puis au rapport qui donne envie au donateur de "
        "soutenir à nouveau.",
    ),
    learning_outcomes=Text(
        da=(
            "<ul><li>Lave en finansieringsplan med flere kilder og en kalender over frister</li>"
            "<li>Skrive en ansøgning, hvor problem, aktiviteter og budget hænger sammen</li>"
            "<li>Dokumentere udgifter og skrive en ærlig rapport til giveren</li></ul>"
        ),
        ar=(
            "<ul><li>إعداد خطة تمويل متنوعة المصادر مع جدول زمني للآجال</li>"
            "<li>كتابة طلب تمويل تنسجم فيه المشكلة والأنشطة والميزانية</li>"
            "<li>توثيق المصاريف وكتابة تقرير صادق للمانح</li></ul>"
        ),
        fr=(
            "<ul><li>Établir un plan de financement à plusieurs sources, avec un calendrier des dates limites</li>"
            "<li>Rédiger une demande où problème, activités et budget se tiennent</li>"
            "<li>Justifier les dépenses et écrire un rapport honnête au donateur</li></ul>"
        ),
    ),
    minutes=40,
    picture=Picture("Fundraising", ("#005f73", "#94d2bd"), "squares"),
    lessons=(FUNDING_PLAN, APPLICATION, REPORTING),
    prerequisites=("leading-volunteers",),
)
