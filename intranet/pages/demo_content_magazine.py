"""The demo magazine articles: news, stories and interviews from both networks."""

import datetime

from intranet.organisations.demo import Text

from .demo_content import ALLIANCEN, TANGER, Article, Callout, Picture, Quote, Rich


def interview(*pairs: tuple[Text, Text]) -> Rich:
    """Questions in bold, each followed by its answer."""

    def one(language: str) -> str:
        return "".join(
            f"<p><strong>{getattr(question, language)}</strong></p><p>{getattr(answer, language)}</p>"
            for question, answer in pairs
        )

    return Rich(Text(da=one("da"), ar=one("ar"), fr=one("fr")))


# --- Tangier ------------------------------------------------------------------------------------------------------

FIRST_AID_WEEKEND = Article(
    network=TANGER,
    slug="first-aid-weekend-marshan",
    kind="news",
    author="Meryem Chaoui",
    date=datetime.date(2026, 10, 18),
    title=Text(
        da="120 beboere i Marshan lærte førstehjælp på én weekend",
        ar="120 من سكان مرشان تعلّموا الإسعافات الأولية في عطلة نهاية أسبوع واحدة",
        fr="120 habitants du Marshan formés aux premiers secours en un week-end",
    ),
    summary=Text(
        da="Frivillige førstehjælpere i Marshan holdt gratis kurser på kvarterets skole. Næste hold starter i januar.",
        ar="نظّمت جمعية المسعفين المتطوعين بمرشان دورات مجانية في مدرسة الحي، والفوج القادم يبدأ في يناير.",
        fr=(
            "Les Secouristes volontaires du Marshan ont donné des formations gratuites à l'école du quartier. "
            "Prochaine session en janvier."
        ),
    ),
    body=(
        Rich(
            Text(
                da=(
                    "<p>Lørdag og søndag forvandlede Frivillige førstehjælpere i Marshan kvarterets skole til et "
                    "øvelseslokale. 120 beboere – mødre, unge, butiksejere og to lærere – lærte at tilkalde hjælp, "
                    "lægge en person i stabilt sideleje og stoppe en blødning.</p><p>Kurserne var gratis og blev "
                    "holdt på darija og fransk. Skolen har allerede bedt om et kursus for alle sine lærere.</p>"
                ),
                ar=(
                    "<p>يومَي السبت والأحد حوّلت جمعية المسعفين المتطوعين بمرشان مدرسة الحي إلى قاعة للتدريب. "
                    "وتعلّم 120 من السكان، من أمهات وشباب وأصحاب محلات ومعلّمَين اثنين، كيف يطلبون النجدة، وكيف "
                    "يضعون شخصاً في وضعية الإفاقة الجانبية، وكيف يوقفون نزيفاً.</p><p>كانت الدورات مجانية وقُدّمت "
                    "بالدارجة والفرنسية، وقد طلبت المدرسة بالفعل دورة لجميع أساتذتها.</p>"
                ),
                fr=(
                    "<p>Samedi et dimanche, les Secouristes volontaires du Marshan ont transformé l'école du "
                    "quartier en salle d'entraînement. 120 habitants – des mères, des jeunes, des commerçants et "
                    "deux enseignants – ont appris à alerter les secours, à placer une personne en position latérale "
                    "de sécurité et à arrêter un saignement.</p><p>Les formations étaient gratuites, en darija et en "
                    "français. L'école a déjà demandé une session pour tous ses enseignants.</p>"
                ),
            )
        ),
        Quote(
            quote=Text(
                da="Jeg har altid været bange for at gøre noget forkert. Nu ved jeg, at det eneste forkerte er ikke at "
                "gøre noget.",
                ar="كنت دائماً أخاف أن أخطئ. الآن أعرف أن الخطأ الوحيد هو ألّا أفعل شيئاً.",
                fr="J'avais toujours peur de mal faire. Maintenant je sais que la seule erreur, c'est de ne rien "
                "faire.",
            ),
            attribution=Text(da="Latifa, deltager fra Marshan", ar="لطيفة، مشاركة من مرشان", fr="Latifa, participante"),
        ),
        Callout(
            kind="tip",
            title=Text(
                da="Tilmeld jer næste hold", ar="سجّلوا في الفوج القادم", fr="Inscrivez-vous à la prochaine session"
            ),
            text=Text(
                da="Næste kursus er den 16.–17. januar. Foreningerne i netværket tilmelder deres frivillige hos "
                "netværkskoordinatoren.",
                ar="الدورة القادمة يومَي 16 و17 يناير. تسجّل جمعيات الشبكة متطوعيها لدى منسقة الشبكة.",
                fr="Prochaine formation les 16 et 17 janvier. Les associations du réseau inscrivent leurs bénévoles "
                "auprès de la coordinatrice du réseau.",
            ),
        ),
    ),
    tags=("premiers-secours", "formation", "marshan"),
    picture=Picture("Marshan", ("#b3262e", "#ffb703"), "circles"),
)

DAR_YASMINE_INTERVIEW = Article(
    network=TANGER,
    slug="interview-fatima-zahra-el-idrissi",
    kind="interview",
    author="Naima Ouazzani",
    date=datetime.date(2026, 9, 27),
    title=Text(
        da="»Når en kvinde lærer at læse, forandrer hele familien sig«",
        ar="«عندما تتعلّم المرأة القراءة، تتغيّر الأسرة كلها»",
        fr="« Quand une femme apprend à lire, toute la famille change »",
    ),
    summary=Text(
        da=(
            "Interview med Fatima Zahra El Idrissi, leder af Dar Yasmine i Beni Makada, om læsekurser, "
            "syværksteder og tolv års frivilligt arbejde."
        ),
        ar=(
            "حوار مع فاطمة الزهراء الإدريسي، مسؤولة جمعية دار الياسمين ببني مكادة، حول محو الأمية وورشات الخياطة "
            "واثنتي عشرة سنة من العمل التطوعي."
        ),
        fr=(
            "Entretien avec Fatima Zahra El Idrissi, responsable de Dar Yasmine à Beni Makada, sur "
            "l'alphabétisation, les ateliers de couture et douze ans de bénévolat."
        ),
    ),
    body=(
        interview(
            (
                Text(
                    da="Hvordan begyndte Dar Yasmine?",
                    ar="كيف بدأت دار الياسمين؟",
                    fr="Comment Dar Yasmine a-t-elle commencé ?",
                ),
                Text(
                    da="Med seks kvinder om mit køkkenbord i 2014. De ville selv kunne læse brevene fra skolen. I dag "
                    "følger 140 kvinder vores læsekurser.",
                    ar="بستّ نساء حول مائدة مطبخي سنة 2014. كنّ يرغبن في قراءة رسائل المدرسة بأنفسهن. واليوم تتابع "
                    "140 امرأة دروس محو الأمية عندنا.",
                    fr="Avec six femmes autour de la table de ma cuisine, en 2014. Elles voulaient lire elles-mêmes "
                    "les lettres de l'école. Aujourd'hui, 140 femmes suivent nos cours d'alphabétisation.",
                ),
            ),
            (
                Text(
                    da="Hvad betyder netværket for jer?", ar="ماذا تعني لكم الشبكة؟", fr="Que vous apporte le réseau ?"
                ),
                Text(
                    da="Vi deler alt fra budgetskabeloner til frivillige. Da vi manglede en jurist, fandt Haqq-fonden "
                    "en til os på to dage.",
                    ar="نتقاسم كل شيء، من نماذج الميزانية إلى المتطوعين. وعندما احتجنا إلى قانونية، وجدت لنا مؤسسة "
                    "حق واحدة في يومين.",
                    fr="Nous partageons tout, des modèles de budget aux bénévoles. Quand il nous fallait une "
                    "juriste, la Fondation Haqq en a trouvé une en deux jours.",
                ),
            ),
            (
                Text(da="Hvad drømmer du om?", ar="بماذا تحلمين؟", fr="De quoi rêvez-vous ?"),
                Text(
                    da="Et hus, der er vores eget, med en vuggestue, så også de yngste mødre kan komme.",
                    ar="ببيت خاص بنا فيه حضانة للأطفال الصغار، حتى تتمكن الأمهات الشابات أيضاً من الحضور.",
                    fr="D'une maison à nous, avec une crèche, pour que les plus jeunes mères puissent venir aussi.",
                ),
            ),
        ),
        Quote(
            quote=Text(
                da="Når en kvinde lærer at læse, forandrer hele familien sig.",
                ar="عندما تتعلّم المرأة القراءة، تتغيّر الأسرة كلها.",
                fr="Quand une femme apprend à lire, toute la famille change.",
            ),
            attribution=Text(da="Fatima Zahra El Idrissi", ar="فاطمة الزهراء الإدريسي", fr="Fatima Zahra El Idrissi"),
        ),
    ),
    tags=("alphabétisation", "femmes", "beni-makada"),
    picture=Picture("Dar Yasmine", ("#7b2cbf", "#ffd6a5"), "waves"),
)

YOUSSEF_STORY = Article(
    network=TANGER,
    slug="from-participant-to-leader",
    kind="story",
    author="Amine Chraibi",
    date=datetime.date(2026, 11, 12),
    title=Text(
        da="Fra deltager til leder: Youssefs vej i Ungdomsbroen",
        ar="من مشارك إلى مسؤول: مسار يوسف في جمعية جسور الشباب",
        fr="De participant à responsable : le parcours de Youssef à Passerelle Jeunesse",
    ),
    summary=Text(
        da="Som 15-årig kom Youssef Benali for at spille fodbold. I dag leder han foreningen, der gav ham en vej frem.",
        ar="جاء يوسف بنعلي وهو في الخامسة عشرة ليلعب كرة القدم، واليوم يقود الجمعية التي فتحت له طريق المستقبل.",
        fr="À 15 ans, Youssef Benali venait pour jouer au foot. Aujourd'hui, il dirige l'association qui lui a ouvert "
        "un chemin.",
    ),
    body=(
        Rich(
            Text(
                da=(
                    "<p>Det begyndte med en fodboldturnering i Bir Chifa. Youssef var 15, var droppet ud af skolen "
                    "og brugte dagene på gaden. En af de frivillige trænere spurgte, om han ville hjælpe med at "
                    "stille målene op næste gang.</p><p>»Det var første gang, nogen gav mig ansvar,« siger han. "
                    "Året efter hjalp han yngre drenge med lektierne, og som 19-årig begyndte han på en uddannelse "
                    "som elektriker – med en mentor fra foreningen ved sin side.</p><p>I dag er Youssef 31 og leder "
                    "af Ungdomsbroen Tanger. Han holder fast i én regel: Alle nye deltagere får en opgave inden for "
                    "den første måned.</p>"
                ),
                ar=(
                    "<p>بدأ كل شيء بدوري لكرة القدم في حي بئر الشفا. كان يوسف في الخامسة عشرة، وقد انقطع عن "
                    "الدراسة ويقضي أيامه في الشارع. سأله أحد المدربين المتطوعين إن كان يرغب في المساعدة على نصب "
                    "المرمى في المرة القادمة.</p><p>يقول: «كانت تلك أول مرة يمنحني فيها أحد مسؤولية». وفي السنة "
                    "الموالية صار يساعد الأطفال الأصغر منه في واجباتهم المدرسية، وفي التاسعة عشرة التحق بتكوين "
                    "في الكهرباء، يرافقه مرشد من الجمعية.</p><p>يبلغ يوسف اليوم واحداً وثلاثين عاماً، وهو مسؤول "
                    "جمعية جسور الشباب بطنجة. ويتمسك بقاعدة واحدة: كل مشارك جديد يتولى مهمة خلال شهره الأول.</p>"
                ),
                fr=(
                    "<p>Tout a commencé par un tournoi de foot à Bir Chifa. Youssef avait 15 ans, avait quitté "
                    "l'école et passait ses journées dans la rue. Un des entraîneurs bénévoles lui a demandé s'il "
                    "voulait aider à installer les buts la fois suivante.</p><p>« C'était la première fois qu'on me "
                    "confiait une responsabilité », raconte-t-il. L'année suivante, il aidait les plus jeunes à "
                    "faire leurs devoirs ; à 19 ans, il a commencé une formation d'électricien, avec un mentor de "
                    "l'association à ses côtés.</p><p>Aujourd'hui, Youssef a 31 ans et il est responsable de "
                    "Passerelle Jeunesse Tanger. Il tient à une règle : chaque nouveau participant reçoit une tâche "
                    "dès son premier mois.</p>"
                ),
            )
        ),
        Quote(
            quote=Text(
                da="Man bliver ikke leder af at få en titel. Man bliver det, når nogen stoler på en.",
                ar="لا يصبح المرء مسؤولاً بحصوله على لقب، بل حين يثق به أحد.",
                fr="On ne devient pas responsable en recevant un titre, mais quand quelqu'un vous fait confiance.",
            ),
            attribution=Text(da="Youssef Benali", ar="يوسف بنعلي", fr="Youssef Benali"),
        ),
    ),
    tags=("jeunesse", "leadership", "parcours"),
    picture=Picture("Passerelle", ("#023e8a", "#48cae4"), "waves"),
)

# --- Alliancen ----------------------------------------------------------------------------------------------------

NETWORK_MEETING = Article(
    network=ALLIANCEN,
    slug="network-meeting-autumn",
    kind="news",
    author="Maria Rahbek",
    date=datetime.date(2026, 11, 5),
    title=Text(
        da="Netværksmøde i Odense: alle 18 foreninger om etik og frivillighed",
        ar="اجتماع الشبكة في أودنسه: الجمعيات الثماني عشرة تناقش الأخلاقيات والتطوع",
        fr="Réunion du réseau à Odense : les 18 associations parlent éthique et bénévolat",
    ),
    summary=Text(
        da="Alliancens efterårsmøde samlede over 70 frivillige og ledere. Dagens dilemma handlede om gaver.",
        ar="جمع الاجتماع الخريفي للتحالف أكثر من سبعين متطوعاً ومسؤولاً، ودارت معضلة اليوم حول الهدايا.",
        fr="La réunion d'automne de l'Alliance a rassemblé plus de 70 bénévoles et responsables. Le dilemme du jour "
        "portait sur les cadeaux.",
    ),
    body=(
        Rich(
            Text(
                da=(
                    "<p>Over 70 frivillige og ledere fra alle 18 foreninger mødtes lørdag i Vollsmose til "
                    "Alliancens efterårsmøde. På dagsordenen: de nye etiske regler, fælles førstehjælpskurser og et "
                    "forslag om en fælles pulje til frivilliges udlæg.</p><p>Dagens dilemma gav mest debat: Må en "
                    "frivillig tage imod en hjemmebagt kage – eller en guldkæde – fra en familie, hun har hjulpet? "
                    "Svaret blev et klart ja til kagen og et venligt nej til guldkæden. Nu står det i de etiske "
                    "regler.</p>"
                ),
                ar=(
                    "<p>التقى يوم السبت في فولسموسه أكثر من سبعين متطوعاً ومسؤولاً من الجمعيات الثماني عشرة "
                    "في الاجتماع الخريفي للتحالف. وتضمّن جدول الأعمال القواعد الأخلاقية الجديدة، ودورات مشتركة "
                    "في الإسعافات الأولية، ومقترحاً لإنشاء صندوق مشترك لتغطية مصاريف المتطوعين.</p><p>وأثارت "
                    "معضلة اليوم أكبر قدر من النقاش: هل يجوز لمتطوعة أن تقبل كعكة منزلية، أو سلسلة من ذهب، من "
                    "أسرة ساعدتها؟ وكان الجواب نعم واضحة للكعكة، ولا لطيفة للسلسلة الذهبية. وقد أُدرج ذلك الآن "
                    "في القواعد الأخلاقية.</p>"
                ),
                fr=(
                    "<p>Plus de 70 bénévoles et responsables des 18 associations se sont retrouvés samedi à "
                    "Vollsmose pour la réunion d'automne de l'Alliance. À l'ordre du jour : les nouvelles règles "
                    "d'éthique, des formations communes aux premiers secours et une proposition de fonds commun pour "
                    "les frais des bénévoles.</p><p>Le dilemme du jour a suscité le plus de débats : une bénévole "
                    "peut-elle accepter un gâteau fait maison – ou une chaîne en or – d'une famille qu'elle a aidée ? "
                    "La réponse : un oui clair pour le gâteau, un non bienveillant pour la chaîne en or. C'est "
                    "désormais écrit dans les règles d'éthique.</p>"
                ),
            )
        ),
        Callout(
            kind="tip",
            title=Text(da="Referatet", ar="المحضر", fr="Le compte rendu"),
            text=Text(
                da="Referatet med alle opfølgningspunkter ligger under netværksmøderne.",
                ar="المحضر وكل الإجراءات للمتابعة متاحة في قسم اجتماعات الشبكة.",
                fr="Le compte rendu et toutes les actions à suivre se trouvent dans la rubrique des réunions du "
                "réseau.",
            ),
        ),
        Quote(
            quote=Text(
                da="Vi er 18 foreninger med hver vores historie, men dilemmaerne er de samme.",
                ar="نحن ثماني عشرة جمعية، لكل منها قصتها، لكن المعضلات هي نفسها.",
                fr="Nous sommes 18 associations, chacune avec son histoire, mais les dilemmes sont les mêmes.",
            ),
            attribution=Text(
                da="Maria Rahbek, netværkskoordinator",
                ar="ماريا راهبك، منسقة الشبكة",
                fr="Maria Rahbek, coordinatrice du réseau",
            ),
        ),
    ),
    tags=("netværksmøde", "etik", "frivillige"),
    picture=Picture("Odense", ("#7a1f3d", "#f2c14e"), "squares"),
)

HOMEWORK_CAFE = Article(
    network=ALLIANCEN,
    slug="homework-cafe-ten-years",
    kind="story",
    author="Ida Holm",
    date=datetime.date(2026, 10, 2),
    title=Text(
        da="Lektiecaféen i Vollsmose fylder ti år",
        ar="مقهى الواجبات المدرسية في فولسموسه يحتفل بعامه العاشر",
        fr="Le Café des devoirs de Vollsmose fête ses dix ans",
    ),
    summary=Text(
        da="Fra to borde på biblioteket til 60 elever om ugen: historien om en lektiecafé, der blev et fællesskab.",
        ar="من طاولتين في المكتبة إلى ستين تلميذاً كل أسبوع: قصة مقهى للواجبات المدرسية صار فضاءً مشتركاً.",
        fr="De deux tables à la bibliothèque à 60 élèves par semaine : l'histoire d'un café des devoirs devenu une "
        "communauté.",
    ),
    body=(
        Rich(
            Text(
                da=(
                    "<p>I 2016 satte to pensionerede lærere sig ved to borde på biblioteket i Vollsmose med en kande "
                    "kaffe og et skilt: »Gratis lektiehjælp«. Den første uge kom der tre elever.</p><p>Ti år senere "
                    "kommer 60 elever hver uge, og 25 frivillige – studerende, pensionister og tidligere elever – "
                    "hjælper med alt fra brøker til ansøgninger om læreplads. Flere af de frivillige sad selv ved "
                    "bordene som børn.</p>"
                ),
                ar=(
                    "<p>في سنة 2016 جلس معلّمان متقاعدان إلى طاولتين في مكتبة فولسموسه، ومعهما إبريق قهوة ولافتة "
                    "كُتب عليها: «مساعدة مجانية في الواجبات المدرسية». وفي الأسبوع الأول جاء ثلاثة تلاميذ.</p>"
                    "<p>وبعد عشر سنوات يأتي ستون تلميذاً كل أسبوع، ويساعدهم خمسة وعشرون متطوعاً، من طلبة ومتقاعدين "
                    "وتلاميذ سابقين، في كل شيء من الكسور إلى طلبات التدريب المهني. وقد جلس عدد من هؤلاء المتطوعين "
                    "إلى الطاولات نفسها حين كانوا أطفالاً.</p>"
                ),
                fr=(
                    "<p>En 2016, deux enseignants retraités se sont installés à deux tables de la bibliothèque de "
                    "Vollsmose, avec une cafetière et un panneau : « Aide aux devoirs gratuite ». La première "
                    "semaine, trois élèves sont venus.</p><p>Dix ans plus tard, 60 élèves viennent chaque semaine et "
                    "25 bénévoles – étudiants, retraités et anciens élèves – aident pour tout, des fractions aux "
                    "candidatures d'apprentissage. Plusieurs bénévoles étaient eux-mêmes assis à ces tables quand "
                    "ils étaient enfants.</p>"
                ),
            )
        ),
        Quote(
            quote=Text(
                da="Jeg fik hjælp til matematik her i 7. klasse. Nu læser jeg til ingeniør og hjælper selv hver "
                "tirsdag.",
                ar="تلقّيت هنا مساعدة في الرياضيات حين كنت في الصف السابع. واليوم أدرس الهندسة وأساعد بنفسي كل ثلاثاء.",
                fr="On m'a aidée en maths ici quand j'étais en cinquième. Aujourd'hui, j'étudie pour devenir "
                "ingénieure et j'aide à mon tour chaque mardi.",
            ),
            attribution=Text(
                da="Sara, tidligere elev og nu frivillig",
                ar="سارة، تلميذة سابقة ومتطوعة اليوم",
                fr="Sara, ancienne élève, aujourd'hui bénévole",
            ),
        ),
        Callout(
            kind="tip",
            title=Text(da="Bliv frivillig", ar="كن متطوعاً", fr="Devenez bénévole"),
            text=Text(
                da="Lektiecaféen søger frivillige til matematik og fysik – især om torsdagen.",
                ar="يبحث المقهى عن متطوعين في الرياضيات والفيزياء، ولا سيما أيام الخميس.",
                fr="Le café des devoirs cherche des bénévoles en maths et en physique – surtout le jeudi.",
            ),
        ),
    ),
    tags=("lektiehjælp", "jubilæum", "vollsmose"),
    picture=Picture("Vollsmose", ("#0b525b", "#ffb4a2"), "circles"),
)

VISITING_FRIEND_INTERVIEW = Article(
    network=ALLIANCEN,
    slug="interview-emir-hodzic",
    kind="interview",
    author="Karen Østergaard",
    date=datetime.date(2026, 8, 20),
    title=Text(
        da="»Et besøg om ugen kan ændre en hel uge«",
        ar="«زيارة واحدة في الأسبوع قد تغيّر أسبوعاً كاملاً»",
        fr="« Une visite par semaine peut changer toute une semaine »",
    ),
    summary=Text(
        da=(
            "Emir Hodžić er besøgsven hos to ældre i Esbjerg. Vi har talt med ham om ensomhed, sprog og kaffe med "
            "kardemomme."
        ),
        ar="إمير هوجيتش صديق زائر لمسنَّين اثنين في إسبيرغ. تحدّثنا معه عن الوحدة واللغة والقهوة بالهيل.",
        fr=(
            "Emir Hodžić rend visite chaque semaine à deux aînés d'Esbjerg. Nous avons parlé avec lui de solitude, "
            "de langue et de café à la cardamome."
        ),
    ),
    body=(
        interview(
            (
                Text(
                    da="Hvorfor blev du besøgsven?",
                    ar="لماذا أصبحت صديقاً زائراً؟",
                    fr="Pourquoi êtes-vous devenu visiteur bénévole ?",
                ),
                Text(
                    da="Min mor boede alene de sidste år af sit liv, langt fra os. Jeg ville ønske, at nogen havde "
                    "besøgt hende. Så nu gør jeg det for andre.",
                    ar="عاشت أمي وحدها في سنواتها الأخيرة، بعيداً عنا. كنت أتمنى لو أن أحداً زارها، لذلك أفعل ذلك "
                    "الآن من أجل غيرها.",
                    fr="Ma mère a vécu seule ses dernières années, loin de nous. J'aurais aimé que quelqu'un lui rende "
                    "visite. Alors maintenant, je le fais pour d'autres.",
                ),
            ),
            (
                Text(da="Hvad laver I sammen?", ar="ماذا تفعلون معاً؟", fr="Que faites-vous ensemble ?"),
                Text(
                    da="Vi drikker kaffe, går en tur ved havnen og taler bosnisk med Mirsad og dansk med Inger. Inger "
                    "lærer mig at spille whist.",
                    ar="نشرب القهوة ونتمشّى قرب الميناء، وأتحدث البوسنية مع ميرساد والدنماركية مع إنغر، التي تعلّمني "
                    "لعب الورق (الويست).",
                    fr="On boit un café, on se promène sur le port ; je parle bosnien avec Mirsad et danois avec "
                    "Inger. Inger m'apprend à jouer au whist.",
                ),
            ),
            (
                Text(da="Hvad er svært?", ar="ما الصعب في ذلك؟", fr="Qu'est-ce qui est difficile ?"),
                Text(
                    da="At sige farvel, når man ved, at de bliver alene igen. Derfor hjælper det at mødes med de andre "
                    "besøgsvenner en gang om måneden.",
                    ar="الوداع، حين تعرف أنهم سيعودون إلى وحدتهم. لذلك يساعدني اللقاء بباقي الأصدقاء الزائرين مرة "
                    "في الشهر.",
                    fr="Dire au revoir en sachant qu'ils vont se retrouver seuls. C'est pour ça que ça aide de "
                    "retrouver les autres visiteurs une fois par mois.",
                ),
            ),
        ),
        Quote(
            quote=Text(
                da="Et besøg om ugen kan ændre en hel uge – for dem og for mig.",
                ar="زيارة واحدة في الأسبوع قد تغيّر أسبوعاً كاملاً، لهم ولي.",
                fr="Une visite par semaine peut changer toute une semaine – pour eux comme pour moi.",
            ),
            attribution=Text(da="Emir Hodžić", ar="إمير هوجيتش", fr="Emir Hodžić"),
        ),
    ),
    tags=("besøgsven", "ældre", "ensomhed"),
    picture=Picture("Esbjerg", ("#3a0ca3", "#4cc9f0"), "waves"),
)

ARTICLES = (
    FIRST_AID_WEEKEND,
    DAR_YASMINE_INTERVIEW,
    YOUSSEF_STORY,
    NETWORK_MEETING,
    HOMEWORK_CAFE,
    VISITING_FRIEND_INTERVIEW,
)
