"""The demo world: two networks, their member organisations and the people in them.

Everything here is invented. Any likeness to a real organisation or person is a coincidence. The
`demo_data` management command loads it through the services; this module only describes it.
Sign-in addresses are derived from the organisation slugs, so they are stable between runs.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from .models import OrganisationKind, Role

EMAIL_DOMAIN = "demo.shabaka.org"


@dataclass(frozen=True)
class Text:
    """One text in the three content languages."""

    da: str
    ar: str
    fr: str


@dataclass(frozen=True)
class Person:
    full_name: str
    language: str = "da"


@dataclass(frozen=True)
class DemoOrganisation:
    slug: str
    name: Text
    description: Text
    city: str
    phone: str
    leader: Person
    volunteers: tuple[Person, ...]
    members: tuple[Person, ...] = ()
    kind: str = OrganisationKind.ASSOCIATION
    has_website: bool = False

    @property
    def contact_email(self) -> str:
        return f"contact@{self.slug}.example.org"

    @property
    def website(self) -> str:
        return f"https://{self.slug}.example.org/" if self.has_website else ""


@dataclass(frozen=True)
class DemoNetwork:
    slug: str
    name: Text
    description: Text
    country: str
    time_zone: str
    # The language whose organisation names the sign-in table shows; Latin script reads well in any terminal.
    table_language: str
    coordinator: Person
    organisations: tuple[DemoOrganisation, ...]


@dataclass(frozen=True)
class DemoStaff:
    email: str
    full_name: str
    language: str
    time_zone: str


def coordinator_email(network: DemoNetwork) -> str:
    return f"coordinator.{network.slug}@{EMAIL_DOMAIN}"


def organisation_people(organisation: DemoOrganisation) -> Iterator[tuple[str, Person, str]]:
    """(e-mail, person, role) for everyone in `organisation`: the leader, then volunteers, then members."""
    yield f"leader.{organisation.slug}@{EMAIL_DOMAIN}", organisation.leader, Role.LEADER
    for number, person in enumerate(organisation.volunteers, start=1):
        yield f"volunteer{number}.{organisation.slug}@{EMAIL_DOMAIN}", person, Role.VOLUNTEER
    for number, person in enumerate(organisation.members, start=1):
        yield f"member{number}.{organisation.slug}@{EMAIL_DOMAIN}", person, Role.MEMBER


ADMIN = DemoStaff(f"admin@{EMAIL_DOMAIN}", "Sune Bjerre", "da", "Europe/Copenhagen")
EDITOR = DemoStaff(f"editor@{EMAIL_DOMAIN}", "Leila Chami", "fr", "Africa/Casablanca")


TANGER = DemoNetwork(
    slug="tanger",
    name=Text(da="Tanger-netværket", ar="شبكة طنجة", fr="Réseau de Tanger"),
    description=Text(
        da=(
            "Et netværk af civilsamfundsorganisationer i Tanger, der deler viden, uddanner frivillige "
            "og taler med én stemme for kvinders, unges og migranters rettigheder."
        ),
        ar=(
            "شبكة من منظمات المجتمع المدني في طنجة تتبادل المعارف وتدرّب المتطوعين "
            "وتترافع بصوت واحد عن حقوق النساء والشباب والمهاجرين."
        ),
        fr=(
            "Un réseau d'organisations de la société civile de Tanger qui partagent leurs savoirs, "
            "forment des bénévoles et défendent d'une seule voix les droits des femmes, des jeunes "
            "et des personnes migrantes."
        ),
    ),
    country="MA",
    time_zone="Africa/Casablanca",
    table_language="fr",
    coordinator=Person("Houda El Ouardi", "ar"),
    organisations=(
        DemoOrganisation(
            slug="dar-yasmine",
            name=Text(
                da="Dar Yasmine – kvindeforening i Beni Makada",
                ar="جمعية دار الياسمين لنساء بني مكادة",
                fr="Association Dar Yasmine des femmes de Beni Makada",
            ),
            description=Text(
                da=(
                    "Læse- og skrivekurser, syværksteder og madlavning, der giver kvinderne en indtægt, "
                    "og et lyttested for kvinder, der har været udsat for vold."
                ),
                ar=("دروس لمحو الأمية، وورشات للخياطة والطبخ مدرّة للدخل، وفضاء للإنصات إلى النساء ضحايا العنف."),
                fr=(
                    "Cours d'alphabétisation, ateliers de couture et de cuisine générateurs de revenus, "
                    "et un espace d'écoute pour les femmes victimes de violence."
                ),
            ),
            city="Tanger",
            phone="+212 539 35 17 42",
            leader=Person("Fatima Zahra El Idrissi", "ar"),
            volunteers=(Person("Khadija Bennani", "ar"), Person("Naima Ouazzani", "fr"), Person("Samira Tahiri", "ar")),
            members=(Person("Rachida Amrani", "ar"),),
            has_website=True,
        ),
        DemoOrganisation(
            slug="passerelle-jeunesse",
            name=Text(
                da="Ungdomsbroen Tanger",
                ar="جمعية جسور الشباب بطنجة",
                fr="Passerelle Jeunesse Tanger",
            ),
            description=Text(
                da=(
                    "Ungdomsklubber i bydelene, uddannelses- og jobvejledning, digitale værksteder "
                    "og sportsturneringer for 15–25-årige."
                ),
                ar=(
                    "نوادٍ للشباب في الأحياء، وتوجيه دراسي ومهني، وورشات رقمية "
                    "ودوريات رياضية للفئة العمرية من 15 إلى 25 سنة."
                ),
                fr=(
                    "Clubs de jeunes dans les quartiers, orientation scolaire et professionnelle, "
                    "ateliers numériques et tournois sportifs pour les 15–25 ans."
                ),
            ),
            city="Tanger",
            phone="+212 539 94 28 06",
            leader=Person("Youssef Benali", "fr"),
            volunteers=(Person("Amine Chraibi", "fr"), Person("Salma Haddad", "ar")),
            members=(Person("Hamza Lahlou", "fr"),),
        ),
        DemoOrganisation(
            slug="espace-escale",
            name=Text(
                da="Escale – modtagelse og rådgivning af migranter",
                ar="فضاء المحطة لاستقبال المهاجرين وتوجيههم",
                fr="Espace Escale – accueil et orientation des personnes migrantes",
            ),
            description=Text(
                da=(
                    "Dagcenter, hjælp med papirer og myndigheder, vejledning om sundhedsvæsenet og undervisning "
                    "i darija og fransk for migranter, der er på gennemrejse eller har slået sig ned i Tanger."
                ),
                ar=(
                    "استقبال نهاري، ومواكبة في الإجراءات الإدارية، وتوجيه نحو الخدمات الصحية، "
                    "ودروس في الدارجة والفرنسية للمهاجرين العابرين أو المقيمين في طنجة."
                ),
                fr=(
                    "Accueil de jour, accompagnement administratif, orientation vers les soins et cours "
                    "de darija et de français pour les personnes migrantes de passage ou installées à Tanger."
                ),
            ),
            city="Tanger",
            phone="+212 539 32 61 19",
            leader=Person("Mohamed Amine Tazi", "fr"),
            volunteers=(Person("Imane Berrada", "fr"), Person("Omar El Fassi", "ar"), Person("Hajar Ziani", "fr")),
            has_website=True,
        ),
        DemoOrganisation(
            slug="cercle-aines-kasbah",
            name=Text(
                da="Ældreklubben i Kasbahen",
                ar="نادي المسنين بالقصبة",
                fr="Cercle des aînés de la Kasbah",
            ),
            description=Text(
                da="Hjemmebesøg hos ensomme ældre, fællesspisning hver fredag og følgeskab til lægeaftaler.",
                ar=(
                    "زيارات منزلية للمسنين الذين يعيشون في عزلة، ووجبات جماعية كل يوم جمعة، "
                    "ومرافقة إلى المواعيد الطبية."
                ),
                fr=(
                    "Visites à domicile pour les personnes âgées isolées, repas partagés chaque vendredi "
                    "et accompagnement aux rendez-vous médicaux."
                ),
            ),
            city="Tanger",
            phone="+212 539 37 40 85",
            leader=Person("Abdellah Mernissi", "ar"),
            volunteers=(Person("Zineb Alaoui", "ar"), Person("Karim Bouzid", "fr")),
            members=(Person("Latifa Sqalli", "ar"),),
        ),
        DemoOrganisation(
            slug="fondation-haqq",
            name=Text(
                da="Haqq-fonden for retshjælp",
                ar="مؤسسة حق للمساعدة القانونية",
                fr="Fondation Haqq pour l'aide juridique",
            ),
            description=Text(
                da=(
                    "Gratis juridisk rådgivning om familieret, arbejdsret og opholdstilladelser "
                    "ved frivillige advokater og jurastuderende."
                ),
                ar=(
                    "استشارات قانونية مجانية في قانون الأسرة وقانون الشغل ووثائق الإقامة، "
                    "تؤمّنها محاميات ومحامون وطلبة قانون متطوعون."
                ),
                fr=(
                    "Permanences juridiques gratuites en droit de la famille, droit du travail et droit "
                    "au séjour, tenues par des avocats et des étudiants en droit bénévoles."
                ),
            ),
            city="Tanger",
            phone="+212 539 33 05 58",
            leader=Person("Nadia Benjelloun", "fr"),
            volunteers=(Person("Mehdi Kettani", "fr"), Person("Soukaina Rifi", "ar")),
            kind=OrganisationKind.FOUNDATION,
            has_website=True,
        ),
        DemoOrganisation(
            slug="secouristes-marshan",
            name=Text(
                da="Frivillige førstehjælpere i Marshan",
                ar="جمعية المسعفين المتطوعين بمرشان",
                fr="Secouristes volontaires du Marshan",
            ),
            description=Text(
                da=(
                    "Førstehjælpskurser for beboere og skoler og frivillige vagthold ved bydelsfester "
                    "og sportsbegivenheder."
                ),
                ar=(
                    "دورات تدريبية في الإسعافات الأولية لفائدة السكان والمدارس، وفرق من المتطوعين "
                    "حاضرة في احتفالات الأحياء والتظاهرات الرياضية."
                ),
                fr=(
                    "Formations aux premiers secours pour les habitants et les écoles, et équipes de bénévoles "
                    "présentes lors des fêtes de quartier et des événements sportifs."
                ),
            ),
            city="Tanger",
            phone="+212 539 94 71 23",
            leader=Person("Rachid Boukhari", "ar"),
            volunteers=(
                Person("Yassine Mansouri", "fr"),
                Person("Meryem Chaoui", "ar"),
                Person("Anas El Khatib", "ar"),
            ),
            members=(Person("Ilyas Daoudi", "fr"),),
        ),
    ),
)


ALLIANCEN = DemoNetwork(
    slug="alliancen",
    name=Text(da="Alliancen", ar="التحالف", fr="L'Alliance"),
    description=Text(
        da=(
            "En alliance af lokale foreninger over hele Danmark, der samarbejder om frivilligt socialt arbejde: "
            "lektiehjælp, rådgivning og fællesskaber for kvinder, unge og ældre."
        ),
        ar=(
            "تحالف من الجمعيات المحلية في مختلف أنحاء الدنمارك يتعاون في العمل الاجتماعي التطوعي: "
            "الدعم في الواجبات المدرسية، والاستشارات، وفضاءات تجمع النساء والشباب والمسنين."
        ),
        fr=(
            "Une alliance d'associations locales de tout le Danemark qui coopèrent dans l'action sociale "
            "bénévole : aide aux devoirs, conseil et lieux de rencontre pour les femmes, les jeunes et les aînés."
        ),
    ),
    country="DK",
    time_zone="Europe/Copenhagen",
    table_language="da",
    coordinator=Person("Maria Rahbek"),
    organisations=(
        DemoOrganisation(
            slug="kvindernes-stue-norrebro",
            name=Text(
                da="Kvindernes Stue Nørrebro",
                ar="صالون النساء في نوربرو",
                fr="Le Salon des femmes de Nørrebro",
            ),
            description=Text(
                da=(
                    "Et åbent fællesskab for kvinder i alle aldre med danskundervisning, cykelkurser, "
                    "motion og rådgivning om uddannelse og job."
                ),
                ar=(
                    "فضاء مفتوح للنساء من جميع الأعمار يقدّم دروساً في اللغة الدنماركية، ودورات لتعلّم "
                    "ركوب الدراجة، وأنشطة رياضية، واستشارات حول التعليم والعمل."
                ),
                fr=(
                    "Un lieu ouvert aux femmes de tous âges : cours de danois, apprentissage du vélo, "
                    "activités sportives et conseils sur les études et l'emploi."
                ),
            ),
            city="København",
            phone="+45 35 81 24 60",
            leader=Person("Mette Kjærgaard"),
            volunteers=(Person("Amira Hassan"), Person("Sofie Lindberg"), Person("Hanan Ali")),
            members=(Person("Birthe Mortensen"),),
            has_website=True,
        ),
        DemoOrganisation(
            slug="lektiecafeen-vollsmose",
            name=Text(
                da="Lektiecaféen i Vollsmose",
                ar="مقهى الواجبات المدرسية في فولسموسه",
                fr="Le Café des devoirs de Vollsmose",
            ),
            description=Text(
                da=(
                    "Frivillige hjælper skolebørn med lektier og læsning tre eftermiddage om ugen "
                    "– med kakao, boller og masser af tålmodighed."
                ),
                ar=(
                    "متطوعون يساعدون تلاميذ المدارس في واجباتهم وفي القراءة ثلاثة أيام في الأسبوع بعد الظهر، "
                    "مع الكاكاو والكعك وكثير من الصبر."
                ),
                fr=(
                    "Des bénévoles aident les écoliers à faire leurs devoirs et à lire trois après-midi "
                    "par semaine – avec du chocolat chaud, des brioches et beaucoup de patience."
                ),
            ),
            city="Odense",
            phone="+45 66 14 37 82",
            leader=Person("Jens Kristensen"),
            volunteers=(Person("Ida Holm"), Person("Ahmad Sharif")),
            members=(Person("Lone Poulsen"),),
        ),
        DemoOrganisation(
            slug="ungekraft-gellerup",
            name=Text(
                da="Ungekraft Gellerup",
                ar="قوة الشباب في غيلروب",
                fr="Force Jeunes Gellerup",
            ),
            description=Text(
                da=(
                    "Unge for unge: hjælp til at finde fritidsjob, mentorforløb, e-sport og aftenfodbold "
                    "for 13–22-årige i Gellerup og Toveshøj."
                ),
                ar=(
                    "من الشباب وإلى الشباب: مساعدة في إيجاد عمل بعد الدراسة، وبرامج مع مرشدين، "
                    "ورياضات إلكترونية، وكرة قدم مسائية للفئة العمرية من 13 إلى 22 سنة في غيلروب وتوفسهوي."
                ),
                fr=(
                    "Par et pour les jeunes : aide à trouver un petit boulot, mentorat, e-sport et football "
                    "en soirée pour les 13–22 ans de Gellerup et Toveshøj."
                ),
            ),
            city="Aarhus",
            phone="+45 86 25 90 13",
            leader=Person("Bilal Osman"),
            volunteers=(Person("Mads Thomsen"), Person("Yasmin Abdi"), Person("Oliver Bach")),
            has_website=True,
        ),
        DemoOrganisation(
            slug="vejviseren-aalborg",
            name=Text(
                da="Vejviseren – rådgivning for nytilkomne",
                ar="الدليل – استشارات للقادمين الجدد",
                fr="Le Guide – conseil aux nouveaux arrivants",
            ),
            description=Text(
                da=(
                    "Gratis rådgivning for flygtninge og migranter om breve fra kommunen, familiesammenføring, "
                    "bolig og arbejde. Vi taler dansk, arabisk, engelsk og tigrinya."
                ),
                ar=(
                    "استشارات مجانية للاجئين والمهاجرين حول رسائل البلدية، ولمّ الشمل العائلي، والسكن، "
                    "والعمل. نتحدث الدنماركية والعربية والإنجليزية والتغرينية."
                ),
                fr=(
                    "Conseil gratuit aux personnes réfugiées et migrantes : courriers de la commune, "
                    "regroupement familial, logement et travail. Nous parlons danois, arabe, anglais et tigrinya."
                ),
            ),
            city="Aalborg",
            phone="+45 98 12 46 70",
            leader=Person("Hanne Søndergaard"),
            volunteers=(Person("Tesfay Gebremedhin"), Person("Rasmus Vestergaard")),
            members=(Person("Lina Haddad"),),
        ),
        DemoOrganisation(
            slug="aeldrevennerne-esbjerg",
            name=Text(
                da="Ældrevennerne i Esbjerg",
                ar="أصدقاء المسنين في إسبيرغ",
                fr="Les Amis des aînés d'Esbjerg",
            ),
            description=Text(
                da=(
                    "Besøgsvenner, gåture og telefonkæder for ældre, der sidder alene – "
                    "også på arabisk, tyrkisk og bosnisk."
                ),
                ar=(
                    "زيارات ودّية ونزهات على الأقدام وسلاسل اتصال هاتفية للمسنين الذين يعيشون وحدهم، "
                    "بالعربية والتركية والبوسنية أيضاً."
                ),
                fr=(
                    "Visites amicales, promenades et chaînes téléphoniques pour les personnes âgées isolées "
                    "– aussi en arabe, en turc et en bosnien."
                ),
            ),
            city="Esbjerg",
            phone="+45 75 13 58 21",
            leader=Person("Karen Østergaard"),
            volunteers=(Person("Emir Hodžić"), Person("Anne-Marie Lund"), Person("Peter Møller")),
        ),
        DemoOrganisation(
            slug="paragrafhjoernet-kolding",
            name=Text(
                da="Paragrafhjørnet Kolding",
                ar="ركن القانون في كولدينغ",
                fr="Le Coin du droit de Kolding",
            ),
            description=Text(
                da=(
                    "Frivillige jurastuderende og advokater giver gratis retshjælp om lejeforhold, gæld, "
                    "familieret og udlændingeret."
                ),
                ar=(
                    "طلبة قانون ومحامون متطوعون يقدّمون مساعدة قانونية مجانية في قضايا الإيجار والديون "
                    "وقانون الأسرة وقانون الأجانب."
                ),
                fr=(
                    "Des étudiants en droit et des avocats bénévoles offrent une aide juridique gratuite : "
                    "location, dettes, droit de la famille et droit des étrangers."
                ),
            ),
            city="Kolding",
            phone="+45 75 52 17 39",
            leader=Person("Christian Dahl"),
            volunteers=(Person("Sara Nielsen"), Person("Omar Khalil")),
            members=(Person("Jonas Bruun"),),
        ),
        DemoOrganisation(
            slug="foerstehjaelpsvagten-vejle",
            name=Text(
                da="Førstehjælpsvagten Vejle",
                ar="فرقة الإسعافات الأولية التطوعية في فايله",
                fr="Les Secouristes bénévoles de Vejle",
            ),
            description=Text(
                da=(
                    "Uddannede frivillige står klar med førstehjælp ved koncerter, løb og byfester "
                    "og holder førstehjælpskurser på flere sprog."
                ),
                ar=(
                    "متطوعون مدرَّبون يقدّمون الإسعافات الأولية في الحفلات الموسيقية وسباقات الجري "
                    "واحتفالات المدينة، وينظّمون دورات في الإسعافات الأولية بعدّة لغات."
                ),
                fr=(
                    "Des bénévoles formés assurent les premiers secours lors des concerts, des courses "
                    "et des fêtes de la ville, et donnent des cours de secourisme en plusieurs langues."
                ),
            ),
            city="Vejle",
            phone="+45 75 83 60 94",
            leader=Person("Henrik Laursen"),
            volunteers=(Person("Camilla Friis"), Person("Ali Rezaei"), Person("Maja Skov")),
        ),
        DemoOrganisation(
            slug="moedrenetvaerket-ishoej",
            name=Text(
                da="Mødrenetværket Ishøj",
                ar="شبكة الأمهات في إيشوي",
                fr="Le Réseau des mères d'Ishøj",
            ),
            description=Text(
                da=(
                    "Et netværk af mødregrupper, hvor mødre mødes om børns trivsel, samarbejdet mellem "
                    "skole og hjem og sundhed – med sundhedsplejersker og tolke."
                ),
                ar=(
                    "شبكة من مجموعات الأمهات يلتقين فيها للحديث عن رفاه الأطفال والتعاون بين المدرسة والأسرة "
                    "والصحة، بحضور ممرضات صحة الطفل ومترجمين."
                ),
                fr=(
                    "Un réseau de groupes de mères qui se retrouvent autour du bien-être des enfants, "
                    "du lien entre l'école et la famille et de la santé – avec des puéricultrices et des interprètes."
                ),
            ),
            city="Ishøj",
            phone="+45 43 54 08 27",
            leader=Person("Fatma Yildiz"),
            volunteers=(Person("Louise Frederiksen"), Person("Nour Saleh")),
            members=(Person("Ayesha Malik"),),
            kind=OrganisationKind.NETWORK,
        ),
        DemoOrganisation(
            slug="kompasset-randers",
            name=Text(
                da="Lektiecaféen Kompasset, Randers",
                ar="مقهى الواجبات المدرسية «البوصلة» في راندرس",
                fr="Café des devoirs La Boussole, Randers",
            ),
            description=Text(
                da=(
                    "Lektiehjælp til udskolingen og gymnasiet med vægt på matematik, fysik og dansk stil, "
                    "drevet af studerende fra byens uddannelser."
                ),
                ar=(
                    "دعم في الواجبات المدرسية لتلاميذ المرحلتين الإعدادية والثانوية، مع التركيز على الرياضيات "
                    "والفيزياء والتعبير الكتابي بالدنماركية، يقدّمه طلبة من مؤسسات التعليم في المدينة."
                ),
                fr=(
                    "Aide aux devoirs pour les collégiens et les lycéens, surtout en mathématiques, en physique "
                    "et en rédaction danoise, assurée par des étudiants des écoles de la ville."
                ),
            ),
            city="Randers",
            phone="+45 86 42 19 55",
            leader=Person("Anders Hviid"),
            volunteers=(Person("Freja Mikkelsen"), Person("Hassan Mahmoud"), Person("Emma Dam")),
        ),
        DemoOrganisation(
            slug="pigeklubben-horsens",
            name=Text(
                da="Pigeklubben Horsens",
                ar="نادي الفتيات في هورسنس",
                fr="Le Club des filles de Horsens",
            ),
            description=Text(
                da=(
                    "Et trygt frirum for piger mellem 10 og 17 år med sport, madlavning, lektiehjælp "
                    "og samtaler om krop, venskab og fremtid."
                ),
                ar=(
                    "فضاء آمن للفتيات بين 10 و17 سنة، فيه أنشطة رياضية وطبخ ودعم في الواجبات المدرسية "
                    "ونقاشات حول الجسد والصداقة والمستقبل."
                ),
                fr=(
                    "Un espace sûr pour les filles de 10 à 17 ans : sport, cuisine, aide aux devoirs "
                    "et discussions sur le corps, l'amitié et l'avenir."
                ),
            ),
            city="Horsens",
            phone="+45 75 61 33 08",
            leader=Person("Rikke Andersen"),
            volunteers=(Person("Zahra Ahmadi"), Person("Julie Krogh")),
        ),
        DemoOrganisation(
            slug="sprogcafeen-roskilde",
            name=Text(
                da="Sprogcaféen Roskilde",
                ar="مقهى اللغة في روسكيلده",
                fr="Le Café des langues de Roskilde",
            ),
            description=Text(
                da=(
                    "Hver tirsdag øver nye og gamle roskildensere dansk over en kop kaffe; "
                    "vi hjælper også med jobansøgninger og indfødsretsprøven."
                ),
                ar=(
                    "كل يوم ثلاثاء يتمرّن سكان روسكيلده، القدامى منهم والجدد، على اللغة الدنماركية حول فنجان قهوة، "
                    "ونساعد أيضاً في كتابة طلبات العمل والتحضير لامتحان الجنسية."
                ),
                fr=(
                    "Chaque mardi, habitants de longue date et nouveaux venus pratiquent le danois autour d'un café ; "
                    "nous aidons aussi à rédiger des candidatures et à préparer l'examen de naturalisation."
                ),
            ),
            city="Roskilde",
            phone="+45 46 35 72 14",
            leader=Person("Bodil Jacobsen"),
            volunteers=(Person("Thomas Winther"), Person("Mariam Jaber"), Person("Kirsten Bech")),
            members=(Person("Dariush Karimi"),),
            has_website=True,
        ),
        DemoOrganisation(
            slug="sundhedsguiderne-naestved",
            name=Text(
                da="Sundhedsguiderne Næstved",
                ar="مرشدو الصحة في نستفد",
                fr="Les Guides santé de Næstved",
            ),
            description=Text(
                da=(
                    "Frivillige sundhedsguider fortæller på deres eget sprog om sundhedsvæsenet, forebyggelse "
                    "og mental sundhed – i boligområder, moskeer og foreninger."
                ),
                ar=(
                    "مرشدون صحيون متطوعون يشرحون بلغاتهم الأم النظام الصحي والوقاية والصحة النفسية، "
                    "في الأحياء السكنية والمساجد والجمعيات."
                ),
                fr=(
                    "Des guides santé bénévoles expliquent dans leur propre langue le système de santé, "
                    "la prévention et la santé mentale – dans les quartiers, les mosquées et les associations."
                ),
            ),
            city="Næstved",
            phone="+45 55 72 46 91",
            leader=Person("Samir Aziz"),
            volunteers=(Person("Pernille Knudsen"), Person("Halima Warsame")),
        ),
        DemoOrganisation(
            slug="faelles-bord-fonden",
            name=Text(
                da="Fonden Fælles Bord",
                ar="مؤسسة المائدة المشتركة",
                fr="Fondation La Table commune",
            ),
            description=Text(
                da=(
                    "Fonden støtter fællesspisninger og madklubber, hvor naboer på tværs af alder "
                    "og baggrund laver mad og spiser sammen."
                ),
                ar=(
                    "تدعم المؤسسة الموائد الجماعية ونوادي الطبخ التي يجتمع فيها الجيران من مختلف الأعمار "
                    "والخلفيات ليطبخوا ويأكلوا معاً."
                ),
                fr=(
                    "La fondation soutient des repas partagés et des clubs de cuisine où des voisins "
                    "de tous âges et de tous horizons cuisinent et mangent ensemble."
                ),
            ),
            city="Holbæk",
            phone="+45 59 43 81 26",
            leader=Person("Lars Høj"),
            volunteers=(Person("Gitte Bang"), Person("Khalid Mustafa")),
            kind=OrganisationKind.FOUNDATION,
            has_website=True,
        ),
        DemoOrganisation(
            slug="medborgerhuset-havnevang",
            name=Text(
                da="Medborgerhuset Havnevang",
                ar="دار المواطنين هافنفانغ",
                fr="Maison citoyenne Havnevang",
            ),
            description=Text(
                da=(
                    "Kommunens medborgerhus i Havnevang lægger lokaler til foreninger og samler frivillige, "
                    "borgerrådgivning og kommunale tilbud under ét tag."
                ),
                ar=(
                    "تضع دار المواطنين التابعة للبلدية في هافنفانغ قاعاتها في متناول الجمعيات، وتجمع تحت سقف "
                    "واحد المتطوعين وخدمات إرشاد المواطنين وعروض البلدية."
                ),
                fr=(
                    "La maison citoyenne municipale de Havnevang prête ses salles aux associations et réunit "
                    "sous un même toit bénévoles, conseil aux habitants et services de la commune."
                ),
            ),
            city="Sønderborg",
            phone="+45 74 42 65 30",
            leader=Person("Susanne Bundgaard"),
            volunteers=(Person("Ebru Demir"), Person("Niels Hedegaard")),
            kind=OrganisationKind.PUBLIC_BODY,
        ),
        DemoOrganisation(
            slug="faedregruppen-herning",
            name=Text(
                da="Fædregruppen Herning",
                ar="مجموعة الآباء في هيرنينغ",
                fr="Le Groupe des pères de Herning",
            ),
            description=Text(
                da=(
                    "Fædre mødes hver anden uge om opdragelse, skole og fritid – "
                    "og tager på ture med børnene i weekenderne."
                ),
                ar=(
                    "يلتقي الآباء مرة كل أسبوعين للحديث عن التربية والمدرسة وأوقات الفراغ، "
                    "ويخرجون في رحلات مع أطفالهم في عطلات نهاية الأسبوع."
                ),
                fr=(
                    "Des pères se retrouvent toutes les deux semaines pour parler d'éducation, d'école "
                    "et de loisirs – et partent en sortie avec leurs enfants le week-end."
                ),
            ),
            city="Herning",
            phone="+45 97 12 84 47",
            leader=Person("Abdirahman Farah"),
            volunteers=(Person("Søren Kjeldsen"), Person("Mustafa Aydın"), Person("Martin Bisgaard")),
        ),
        DemoOrganisation(
            slug="pengeskolen-silkeborg",
            name=Text(
                da="Pengeskolen Silkeborg",
                ar="مدرسة المال في سيلكبورغ",
                fr="L'École de l'argent de Silkeborg",
            ),
            description=Text(
                da=(
                    "Gratis økonomisk rådgivning for familier om budget, gæld, e-Boks og digitale betalinger, "
                    "med frivillige fra bank og revision."
                ),
                ar=(
                    "استشارات مالية مجانية للأسر في الميزانية والديون وصندوق البريد الرقمي e-Boks والمدفوعات "
                    "الرقمية، يقدّمها متطوعون يعملون في البنوك ومكاتب مراجعة الحسابات."
                ),
                fr=(
                    "Conseil budgétaire gratuit pour les familles : budget, dettes, boîte aux lettres numérique "
                    "e-Boks et paiements en ligne, avec des bénévoles issus de la banque et de l'audit."
                ),
            ),
            city="Silkeborg",
            phone="+45 86 80 53 12",
            leader=Person("Jette Rasmussen"),
            volunteers=(Person("Kasper Lauridsen"), Person("Reem Nasser")),
        ),
        DemoOrganisation(
            slug="solsikken-viborg",
            name=Text(
                da="Solsikken – kvindeforening i Viborg",
                ar="عبّاد الشمس – جمعية نسائية في فيبورغ",
                fr="Le Tournesol – association de femmes de Viborg",
            ),
            description=Text(
                da=(
                    "Kvinder med og uden minoritetsbaggrund mødes om syning, gåture, foredrag "
                    "og støtte til hinanden i hverdagen."
                ),
                ar="تلتقي نساء من أصول مختلفة حول الخياطة والمشي والمحاضرات والدعم المتبادل في الحياة اليومية.",
                fr=(
                    "Des femmes de toutes origines se retrouvent autour de la couture, de la marche, "
                    "de conférences et de l'entraide au quotidien."
                ),
            ),
            city="Viborg",
            phone="+45 86 62 30 78",
            leader=Person("Dorthe Vinther"),
            volunteers=(Person("Samira Jensen"), Person("Inge Lykke"), Person("Aisha Noor")),
            members=(Person("Grethe Iversen"),),
        ),
        DemoOrganisation(
            slug="samtalerummet-slagelse",
            name=Text(
                da="Samtalerummet Slagelse",
                ar="فضاء الحوار في سلاغلسه",
                fr="L'Espace d'écoute de Slagelse",
            ),
            description=Text(
                da=(
                    "Psykosocial støtte til flygtninge og deres familier: samtalegrupper, individuelle samtaler "
                    "med frivillige psykologer og aktiviteter for børn."
                ),
                ar=(
                    "دعم نفسي واجتماعي للاجئين وأسرهم: مجموعات حوار، وجلسات فردية مع أخصائيين نفسيين "
                    "متطوعين، وأنشطة للأطفال."
                ),
                fr=(
                    "Soutien psychosocial aux personnes réfugiées et à leurs familles : groupes de parole, "
                    "entretiens individuels avec des psychologues bénévoles et activités pour les enfants."
                ),
            ),
            city="Slagelse",
            phone="+45 58 52 17 63",
            leader=Person("Merete Juhl"),
            volunteers=(Person("Walid Hamdan"), Person("Katrine Bak")),
        ),
    ),
)


NETWORKS = (TANGER, ALLIANCEN)

# People who belong to a second organisation besides their own: (e-mail, organisation slug, role).
EXTRA_MEMBERSHIPS = (
    # A volunteer of the legal aid foundation also helps migrants with their papers at Espace Escale.
    (f"volunteer1.fondation-haqq@{EMAIL_DOMAIN}", "espace-escale", Role.VOLUNTEER),
    # A Nørrebro volunteer also takes part in the mothers' network in nearby Ishøj.
    (f"volunteer3.kvindernes-stue-norrebro@{EMAIL_DOMAIN}", "moedrenetvaerket-ishoej", Role.MEMBER),
)
