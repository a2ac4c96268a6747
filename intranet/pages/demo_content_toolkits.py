"""The Tangier network's demo toolkits: first aid, fundraising, local policy work and process descriptions."""

from intranet.organisations.demo import Text

from .demo_content import (
    TANGER,
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

# --- first aid (Tangier) ------------------------------------------------------------------------------------------

FIRST_AID_BAG = Checklist(
    title=Text(da="Førstehjælpstasken", ar="محتويات حقيبة الإسعافات الأولية", fr="La trousse de premiers secours"),
    items=(
        Text(
            da="Engangshandsker i flere størrelser",
            ar="قفازات طبية تُستعمل مرة واحدة بمقاسات مختلفة",
            fr="Gants à usage unique de plusieurs tailles",
        ),
        Text(
            da="Sterile kompresser og elastiske bind",
            ar="ضمادات معقمة وأربطة مطاطية",
            fr="Compresses stériles et bandes élastiques",
        ),
        Text(
            da="Plaster og sårrens uden alkohol",
            ar="لصقات طبية ومطهر للجروح خالٍ من الكحول",
            fr="Pansements et antiseptique sans alcool",
        ),
        Text(da="Kuldeposer", ar="أكياس تبريد فورية", fr="Poches de froid instantané"),
        Text(da="Redningstæppe", ar="بطانية نجاة حرارية", fr="Couverture de survie"),
        Text(
            da="Vand og sukker til en, der har lavt blodsukker",
            ar="ماء وسكر لمن ينخفض لديه مستوى السكر في الدم",
            fr="De l'eau et du sucre pour une personne en hypoglycémie",
        ),
        Text(
            da="En opladet telefon og en liste med nødnumre",
            ar="هاتف مشحون وقائمة بأرقام الطوارئ",
            fr="Un téléphone chargé et la liste des numéros d'urgence",
        ),
    ),
)

FIRST_AID_BAG_DOCUMENT = DemoDocument(
    name="first-aid-bag-checklist",
    title="Førstehjælpstasken – tjekliste (da/ar/fr)",
    text=listed(FIRST_AID_BAG.title, FIRST_AID_BAG.items),
)

FIRST_AID = Toolkit(
    network=TANGER,
    slug="first-aid-at-events",
    topic="first-aid",
    audience="volunteers",
    title=Text(
        da="Førstehjælp ved arrangementer",
        ar="الإسعافات الأولية خلال الأنشطة والتظاهرات",
        fr="Premiers secours lors des événements",
    ),
    summary=Text(
        da=(
            "Sådan planlægger I førstehjælpen, når foreningen holder fest, turnering eller udflugt – og hvad "
            "den frivillige gør, når nogen kommer til skade."
        ),
        ar=(
            "كيف تخططون للإسعافات الأولية عندما تنظم الجمعية حفلاً أو دوري رياضياً أو رحلة، وما الذي يفعله "
            "المتطوع(ة) عند وقوع إصابة."
        ),
        fr=(
            "Comment prévoir les premiers secours quand l'association organise une fête, un tournoi ou une "
            "sortie – et ce que fait le ou la bénévole quand quelqu'un se blesse."
        ),
    ),
    body=(
        Rich(
            Text(
                da=(
                    "<p>Når mange mennesker samles, sker der små og store uheld: en forstuvet ankel, et barn, der "
                    "er blevet væk, en ældre, der besvimer i varmen. Med en enkel plan og en fyldt "
                    "førstehjælpstaske kan jeres frivillige handle roligt og hurtigt.</p>"
                    "<p>Planen skal være klar <strong>før</strong> arrangementet: Hvem har vagten? Hvor står "
                    "tasken? Hvor ligger det nærmeste sundhedscenter?</p>"
                ),
                ar=(
                    "<p>عندما يجتمع عدد كبير من الناس تقع حوادث صغيرة وكبيرة: التواء في الكاحل، أو طفل تائه، "
                    "أو شخص مسن يُغمى عليه بسبب الحرارة. بخطة بسيطة وحقيبة إسعافات مجهزة يستطيع متطوعوكم "
                    "التصرف بهدوء وسرعة.</p>"
                    "<p>يجب أن تكون الخطة جاهزة <strong>قبل</strong> النشاط: من المناوب؟ أين توجد الحقيبة؟ "
                    "وأين يقع أقرب مركز صحي؟</p>"
                ),
                fr=(
                    "<p>Quand beaucoup de personnes se rassemblent, les incidents arrivent : une cheville tordue, "
                    "un enfant perdu, une personne âgée qui fait un malaise à cause de la chaleur. Avec un plan "
                    "simple et une trousse complète, vos bénévoles peuvent agir calmement et vite.</p>"
                    "<p>Le plan doit être prêt <strong>avant</strong> l'événement : qui est de garde ? Où se "
                    "trouve la trousse ? Où est le centre de santé le plus proche ?</p>"
                ),
            )
        ),
        FIRST_AID_BAG,
        Process(
            title=Text(da="Når nogen kommer til skade", ar="عندما يُصاب شخص ما", fr="Quand quelqu'un se blesse"),
            steps=(
                Step(
                    title=Text(da="Sørg for sikkerheden", ar="تأمين المكان", fr="Sécuriser les lieux"),
                    responsible="volunteer",
                    detail=Text(
                        da="Den frivillige, der er tættest på",
                        ar="المتطوع(ة) الأقرب إلى المكان",
                        fr="Le ou la bénévole le plus proche",
                    ),
                    description=Text(
                        da="Se dig om: Er der trafik, ild eller trængsel? Beskyt dig selv og den tilskadekomne.",
                        ar="انظر حولك: هل هناك حركة سير أو نار أو ازدحام؟ احمِ نفسك واحمِ المصاب.",
                        fr="Regardez autour de vous : circulation, feu, foule ? Protégez-vous et protégez la victime.",
                    ),
                ),
                Step(
                    title=Text(da="Vurdér og tilkald hjælp", ar="التقييم وطلب النجدة", fr="Évaluer et alerter"),
                    responsible="volunteer",
                    detail=Text(
                        da="Førstehjælperen på vagt", ar="المسعف(ة) المناوب(ة)", fr="Le ou la secouriste de garde"
                    ),
                    description=Text(
                        da=(
                            "Tal til personen. Svarer hun ikke, eller trækker hun ikke vejret normalt, så ring "
                            "straks 15 (civilbeskyttelsen) og følg vejledningen i telefonen."
                        ),
                        ar=(
                            "كلّم الشخص. إذا لم يُجب أو لم يكن يتنفس بشكل طبيعي، فاتصل فوراً بالرقم 15 "
                            "(الوقاية المدنية) واتبع التعليمات عبر الهاتف."
                        ),
                        fr=(
                            "Parlez à la personne. Si elle ne répond pas ou ne respire pas normalement, appelez "
                            "immédiatement le 15 (protection civile) et suivez les consignes au téléphone."
                        ),
                    ),
                ),
                Step(
                    title=Text(
                        da="Giv førstehjælp og bliv hos personen",
                        ar="قدّم الإسعافات الأولية وابقَ مع المصاب",
                        fr="Porter secours et rester auprès de la personne",
                    ),
                    responsible="volunteer",
                    detail=Text(
                        da="Førstehjælperen på vagt", ar="المسعف(ة) المناوب(ة)", fr="Le ou la secouriste de garde"
                    ),
                    description=Text(
                        da="Hold personen varm, tal roligt, og giv hverken mad eller medicin.",
                        ar="حافظ على دفء الشخص وتحدّث إليه بهدوء، ولا تعطه طعاماً ولا دواءً.",
                        fr="Gardez la personne au chaud, parlez-lui calmement, ne lui donnez ni nourriture ni "
                        "médicament.",
                    ),
                ),
                Step(
                    title=Text(
                        da="Skriv en hændelsesrapport", ar="كتابة تقرير عن الحادث", fr="Rédiger un rapport d'incident"
                    ),
                    responsible="leader",
                    detail=Text(
                        da="Arrangementets ansvarlige", ar="مسؤول(ة) النشاط", fr="Le ou la responsable de l'événement"
                    ),
                    description=Text(
                        da="Samme dag: Hvad skete der, hvad blev gjort, og hvem blev kontaktet? Gem rapporten "
                        "fortroligt.",
                        ar="في اليوم نفسه: ماذا حدث؟ وما الذي تم فعله؟ ومن تم الاتصال به؟ احفظ التقرير بسرية.",
                        fr="Le jour même : que s'est-il passé, qu'a-t-on fait, qui a été prévenu ? Conservez le "
                        "rapport de façon confidentielle.",
                    ),
                ),
            ),
        ),
        Callout(
            kind="warning",
            title=Text(
                da="Flyt ikke en person med mulig rygskade",
                ar="لا تحرّك شخصاً قد يكون مصاباً في ظهره",
                fr="Ne déplacez pas une personne qui a pu se blesser au dos",
            ),
            text=Text(
                da="<p>Medmindre der er umiddelbar fare, bliver personen liggende, til redningstjenesten kommer.</p>",
                ar="<p>ما لم يكن هناك خطر داهم، يبقى الشخص في مكانه إلى أن تصل فرق الإنقاذ.</p>",
                fr="<p>Sauf danger immédiat, la personne reste où elle est jusqu'à l'arrivée des secours.</p>",
            ),
        ),
        LessonLink(
            slug="first-aid-recovery-position",
            note=Text(
                da="Se, hvordan man lægger en bevidstløs person i stabilt sideleje.",
                ar="شاهد كيف تضع شخصاً فاقداً للوعي في وضعية الإفاقة الجانبية.",
                fr="Voyez comment placer une personne inconsciente en position latérale de sécurité.",
            ),
        ),
        DocumentLink(
            FIRST_AID_BAG_DOCUMENT,
            Text(
                da="Udskriv listen, og læg den i tasken.",
                ar="اطبع القائمة وضعها داخل الحقيبة.",
                fr="Imprimez la liste et glissez-la dans la trousse.",
            ),
        ),
        Quote(
            quote=Text(
                da=(
                    "Den vigtigste førstehjælp er den, der bliver givet. "
                    "Man behøver ikke være læge for at redde et liv."
                ),
                ar="أهم إسعاف أولي هو الذي يُقدَّم فعلاً. لستَ بحاجة إلى أن تكون طبيباً لتنقذ حياة.",
                fr="Les premiers secours les plus importants sont ceux qu'on donne. Pas besoin d'être médecin pour "
                "sauver une vie.",
            ),
            attribution=Text(
                da="Rachid Boukhari, Frivillige førstehjælpere i Marshan",
                ar="رشيد بوخاري، جمعية المسعفين المتطوعين بمرشان",
                fr="Rachid Boukhari, Secouristes volontaires du Marshan",
            ),
        ),
    ),
    picture=Picture("Premiers secours", ("#b3262e", "#f4e9d8"), "squares"),
)

# --- fundraising (Tangier) ----------------------------------------------------------------------------------------

FUNDRAISING = Toolkit(
    network=TANGER,
    slug="finding-funding",
    topic="fundraising",
    audience="leaders",
    title=Text(
        da="Find penge til jeres aktiviteter",
        ar="البحث عن تمويل لأنشطتكم",
        fr="Trouver des financements pour vos activités",
    ),
    summary=Text(
        da=(
            "Fra idé til ansøgning: sådan finder en lille forening de rette bidragydere, skriver et realistisk "
            "budget og aflægger regnskab."
        ),
        ar=(
            "من الفكرة إلى طلب التمويل: كيف تجد جمعية صغيرة الجهات المانحة المناسبة، وتعدّ ميزانية واقعية، "
            "وتقدّم تقريرها المالي."
        ),
        fr=(
            "De l'idée à la demande : comment une petite association trouve les bons bailleurs, établit un budget "
            "réaliste et rend compte de l'utilisation des fonds."
        ),
    ),
    body=(
        Rich(
            Text(
                da=(
                    "<p>De fleste foreninger lever af mange små kilder: kontingenter, lokale virksomheder, "
                    "kommunens tilskud, fonde og internationale partnere. Jo flere ben, jo mere robust er "
                    "foreningen.</p><p>Start altid med aktiviteten og de mennesker, den hjælper – ikke med pengene.</p>"
                ),
                ar=(
                    "<p>تعيش أغلب الجمعيات من مصادر صغيرة متعددة: اشتراكات الأعضاء، والمقاولات المحلية، ودعم "
                    "الجماعة الترابية، والمؤسسات المانحة، والشركاء الدوليين. كلما تنوعت المصادر ازدادت الجمعية "
                    "صلابة.</p><p>ابدأوا دائماً بالنشاط وبالأشخاص الذين يستفيدون منه، لا بالمال.</p>"
                ),
                fr=(
                    "<p>La plupart des associations vivent de nombreuses petites sources : cotisations, entreprises "
                    "locales, subventions de la commune, fondations et partenaires internationaux. Plus les sources "
                    "sont variées, plus l'association est solide.</p><p>Commencez toujours par l'activité et les "
                    "personnes qu'elle aide – pas par l'argent.</p>"
                ),
            )
        ),
        Process(
            title=Text(da="Fra idé til bevilling", ar="من الفكرة إلى المنحة", fr="De l'idée à la subvention"),
            steps=(
                Step(
                    title=Text(da="Beskriv behovet og målet", ar="صِف الحاجة والهدف", fr="Décrire le besoin et le but"),
                    responsible="leader",
                    detail=Text(
                        da="Foreningens leder", ar="مسؤول(ة) الجمعية", fr="Le ou la responsable de l'association"
                    ),
                    description=Text(
                        da="Hvem hjælper I, hvor mange, og hvad er forandret om et år? Skriv det på én side.",
                        ar="من تساعدون؟ وكم عددهم؟ وما الذي سيتغيّر بعد سنة؟ اكتبوا ذلك في صفحة واحدة.",
                        fr="Qui aidez-vous, combien de personnes, et qu'est-ce qui aura changé dans un an ? "
                        "Tenez-vous-en à une page.",
                    ),
                ),
                Step(
                    title=Text(
                        da="Find den rette bidragyder",
                        ar="ابحث عن الجهة المانحة المناسبة",
                        fr="Choisir le bon bailleur",
                    ),
                    responsible="coordinator",
                    detail=Text(
                        da="Netværkskoordinatoren hjælper med kontakter",
                        ar="يساعد منسق(ة) الشبكة في ربط الاتصالات",
                        fr="Le coordinateur ou la coordinatrice du réseau aide avec les contacts",
                    ),
                    description=Text(
                        da="Læs bidragyderens prioriteter og frister. Søg kun, hvor jeres aktivitet passer ind.",
                        ar="اقرأوا أولويات الجهة المانحة وآجالها، ولا تتقدّموا إلا حيث يتلاءم نشاطكم معها.",
                        fr="Lisez les priorités et les dates limites du bailleur. Ne postulez que là où votre "
                        "activité correspond.",
                    ),
                ),
                Step(
                    title=Text(da="Lav budgettet", ar="إعداد الميزانية", fr="Établir le budget"),
                    responsible="board",
                    detail=Text(da="Kassereren", ar="أمين(ة) المال", fr="Le trésorier ou la trésorière"),
                    description=Text(
                        da="Medtag alle udgifter – også transport, forsikring og frivilliges udlæg – og vis, hvad "
                        "foreningen selv bidrager med.",
                        ar="أدرجوا كل المصاريف، بما فيها النقل والتأمين ومصاريف المتطوعين، وبيّنوا ما تساهم به "
                        "الجمعية بنفسها.",
                        fr="Comptez toutes les dépenses – transport, assurance et frais des bénévoles compris – et "
                        "montrez ce que l'association apporte elle-même.",
                    ),
                ),
                Step(
                    title=Text(da="Send, og følg op", ar="الإرسال والمتابعة", fr="Envoyer et faire le suivi"),
                    responsible="leader",
                    detail=Text(
                        da="Foreningens leder", ar="مسؤول(ة) الجمعية", fr="Le ou la responsable de l'association"
                    ),
                    description=Text(
                        da="Få ansøgningen læst af en anden før afsendelse. Sig tak – også ved afslag – og spørg, "
                        "hvad der kan gøres bedre.",
                        ar="اطلبوا من شخص آخر قراءة الطلب قبل إرساله. اشكروا الجهة المانحة حتى في حالة الرفض، "
                        "واسألوا عمّا يمكن تحسينه.",
                        fr="Faites relire la demande avant de l'envoyer. Remerciez – même en cas de refus – et "
                        "demandez ce qui pourrait être amélioré.",
                    ),
                ),
            ),
        ),
        LessonLink(
            slug="budget-in-an-application",
            note=Text(
                da="Kort videolektion om et realistisk budget.",
                ar="درس مصور قصير حول إعداد ميزانية واقعية.",
                fr="Courte leçon vidéo sur un budget réaliste.",
            ),
        ),
        Callout(
            kind="important",
            title=Text(da="Gem alle bilag", ar="احتفظوا بكل الوثائق المحاسبية", fr="Conservez tous les justificatifs"),
            text=Text(
                da="Bidragyderen kan bede om at se kvitteringerne flere år efter. Gem dem samlet, sorteret efter "
                "bevilling.",
                ar="قد تطلب الجهة المانحة الاطلاع على الفواتير بعد سنوات. احفظوها مجمّعة ومرتّبة حسب كل منحة.",
                fr="Le bailleur peut demander les justificatifs plusieurs années après. Rangez-les ensemble, classés "
                "par subvention.",
            ),
        ),
        Quote(
            quote=Text(
                da="Vores første bevilling var på 8.000 dirham. Det vigtigste var ikke beløbet, men at vi lærte at "
                "aflægge regnskab.",
                ar="كانت أول منحة حصلنا عليها ثمانية آلاف درهم. لم يكن المبلغ هو الأهم، بل أننا تعلّمنا كيف نقدّم "
                "الحساب.",
                fr="Notre première subvention était de 8 000 dirhams. Le plus important n'était pas le montant, mais "
                "d'avoir appris à rendre des comptes.",
            ),
            attribution=Text(
                da="Nadia Benjelloun, Haqq-fonden for retshjælp",
                ar="نادية بنجلون، مؤسسة حق للمساعدة القانونية",
                fr="Nadia Benjelloun, Fondation Haqq pour l'aide juridique",
            ),
        ),
    ),
    picture=Picture("Financement", ("#1d6f42", "#f6d55c"), "circles"),
)

# --- local policy work (Tangier) ----------------------------------------------------------------------------------

JOINT_LETTER = Checklist(
    title=Text(da="En god fælles henvendelse", ar="رسالة مشتركة ناجحة", fr="Une bonne lettre commune"),
    items=(
        Text(
            da="Én sag og én konkret anmodning",
            ar="قضية واحدة وطلب واحد محدد",
            fr="Une seule cause, une demande précise",
        ),
        Text(
            da="Tal og eksempler, som I selv har indsamlet",
            ar="أرقام وأمثلة جمعتموها بأنفسكم",
            fr="Des chiffres et des exemples recueillis par vous-mêmes",
        ),
        Text(
            da="Et forslag til en løsning – ikke kun kritik",
            ar="اقتراح حل، لا مجرد انتقاد",
            fr="Une proposition de solution, pas seulement une critique",
        ),
        Text(
            da="Alle underskriveres navne og én kontaktperson",
            ar="أسماء كل الجهات الموقعة وشخص واحد للتواصل",
            fr="Le nom de chaque signataire et une personne de contact",
        ),
        Text(
            da="En dato, hvor I beder om et svar",
            ar="تاريخ تطلبون فيه الرد",
            fr="Une date à laquelle vous demandez une réponse",
        ),
    ),
)

LOCAL_POLICY = Toolkit(
    network=TANGER,
    slug="influencing-local-policy",
    topic="legal-policy",
    audience="leaders",
    title=Text(
        da="Påvirk lokalpolitikken: fra sag til fælles henvendelse",
        ar="التأثير في السياسات المحلية: من القضية إلى الرسالة المشتركة",
        fr="Influencer la politique locale : de la cause à la lettre commune",
    ),
    summary=Text(
        da=(
            "Sådan bringer netværkets foreninger sammen en sag frem for kommunalrådet – med fakta, en fælles "
            "henvendelse og et godt forberedt møde."
        ),
        ar="كيف تحمل جمعيات الشبكة معاً قضية إلى المجلس الجماعي: بالمعطيات، وبرسالة مشتركة، وبلقاء مُحكم الإعداد.",
        fr=(
            "Comment les associations du réseau portent ensemble une cause devant le conseil communal : des faits, "
            "une lettre commune et une rencontre bien préparée."
        ),
    ),
    body=(
        Rich(
            Text(
                da=(
                    "<p>Én forening bliver hørt; ti foreninger bliver lyttet til. Når en sag rammer mange – "
                    "manglende gadebelysning på vejen til skolen, et lukket ungdomshus – er netværket det rette "
                    "sted at samle kræfterne.</p><p>Den marokkanske forfatning giver foreningerne ret til at "
                    "deltage i det offentlige liv og til at indgive andragender til de folkevalgte råd. Brug den "
                    "ret sagligt og respektfuldt.</p>"
                ),
                ar=(
                    "<p>جمعية واحدة يُسمع صوتها، وعشر جمعيات يُنصت إليها. عندما تمسّ قضية عدداً كبيراً من الناس، "
                    "كغياب الإنارة في الطريق إلى المدرسة أو إغلاق دار للشباب، فإن الشبكة هي المكان المناسب لتوحيد "
                    "الجهود.</p><p>يكفل الدستور المغربي للجمعيات حق المساهمة في الشأن العام وتقديم العرائض إلى "
                    "المجالس المنتخبة. استعملوا هذا الحق بموضوعية واحترام.</p>"
                ),
                fr=(
                    "<p>Une association se fait entendre ; dix associations se font écouter. Quand une cause "
                    "touche beaucoup de monde – l'absence d'éclairage sur le chemin de l'école, une maison des "
                    "jeunes fermée –, le réseau est le bon endroit pour unir les forces.</p><p>La Constitution "
                    "marocaine reconnaît aux associations le droit de contribuer à la vie publique et de présenter "
                    "des pétitions aux conseils élus. Utilisez ce droit avec rigueur et respect.</p>"
                ),
            )
        ),
        JOINT_LETTER,
        Callout(
            kind="tip",
            title=Text(da="Fordel ordet", ar="وزّعوا الأدوار", fr="Répartissez la parole"),
            text=Text(
                da="Aftal før mødet, hvem der åbner, hvem der fremlægger tallene, og hvem der fortæller en konkret "
                "historie. Tre stemmer på ti minutter virker bedre end én stemme på en halv time.",
                ar="اتفقوا قبل اللقاء على من يفتتح الكلام، ومن يعرض الأرقام، ومن يحكي قصة واقعية. ثلاثة أصوات في "
                "عشر دقائق أقوى أثراً من صوت واحد في نصف ساعة.",
                fr="Décidez avant la rencontre qui ouvre, qui présente les chiffres et qui raconte une histoire "
                "concrète. Trois voix en dix minutes valent mieux qu'une seule pendant une demi-heure.",
            ),
        ),
        Quote(
            quote=Text(
                da="Vi kom ikke for at klage, men med et kort over de mørke gader og en plan. Tre måneder senere var "
                "lamperne tændt.",
                ar="لم نأتِ لنشتكي، بل جئنا بخريطة للأزقة المظلمة وبخطة عمل. وبعد ثلاثة أشهر أُضيئت المصابيح.",
                fr="Nous ne sommes pas venus nous plaindre, mais avec une carte des rues sombres et un plan. Trois "
                "mois plus tard, les lampadaires étaient allumés.",
            ),
            attribution=Text(
                da="Houda El Ouardi, netværkskoordinator i Tanger-netværket",
                ar="هدى الوردي، منسقة شبكة طنجة",
                fr="Houda El Ouardi, coordinatrice du Réseau de Tanger",
            ),
        ),
    ),
    picture=Picture("Plaidoyer", ("#3d348b", "#f18701"), "waves"),
)

# --- process descriptions (Tangier) -------------------------------------------------------------------------------

PROCESS_DESCRIPTIONS = Toolkit(
    network=TANGER,
    slug="writing-process-descriptions",
    topic="social-processes",
    audience="leaders",
    title=Text(
        da="Skriv gode procesbeskrivelser",
        ar="كيف تكتبون أدلة إجراءات جيدة",
        fr="Rédiger de bons guides de procédure",
    ),
    summary=Text(
        da="En procesbeskrivelse gør det tydeligt, hvem der gør hvad og hvornår – så intet afhænger af én person.",
        ar="يوضّح دليل الإجراءات من يفعل ماذا ومتى، حتى لا يتوقف شيء على شخص واحد.",
        fr="Un guide de procédure montre qui fait quoi et quand – pour que rien ne dépende d'une seule personne.",
    ),
    body=(
        Rich(
            Text(
                da=(
                    "<p>Mange foreninger kører på én ildsjæls hukommelse. Når hun rejser eller bliver syg, går "
                    "viden tabt. En procesbeskrivelse er ikke bureaukrati, men en gave til den næste frivillige.</p>"
                    "<p>Netværket bruger samme opbygning overalt: nummererede trin, en ansvarlig rolle for hvert "
                    "trin og de dokumenter, man skal bruge.</p>"
                ),
                ar=(
                    "<p>تعتمد جمعيات كثيرة على ذاكرة شخص واحد متحمّس. وعندما يسافر أو يمرض تضيع المعرفة. "
                    "دليل الإجراءات ليس بيروقراطية، بل هدية للمتطوع(ة) القادم(ة).</p><p>تعتمد الشبكة البنية "
                    "نفسها في كل مكان: خطوات مرقّمة، ودور مسؤول عن كل خطوة، والوثائق اللازمة.</p>"
                ),
                fr=(
                    "<p>Beaucoup d'associations reposent sur la mémoire d'une seule personne très engagée. "
                    "Quand elle part ou tombe malade, le savoir se perd. Un guide de procédure n'est pas de la "
                    "bureaucratie : c'est un cadeau au prochain bénévole.</p><p>Le réseau utilise partout la même "
                    "structure : des étapes numérotées, un rôle responsable pour chaque étape et les documents "
                    "à utiliser.</p>"
                ),
            )
        ),
        Process(
            title=Text(
                da="Sådan skriver I en procesbeskrivelse",
                ar="خطوات كتابة دليل الإجراءات",
                fr="Comment rédiger un guide de procédure",
            ),
            steps=(
                Step(
                    title=Text(
                        da="Vælg en opgave, der går igen", ar="اختاروا مهمة تتكرر", fr="Choisir une tâche récurrente"
                    ),
                    responsible="leader",
                    detail=Text(
                        da="Lederen sammen med en erfaren frivillig",
                        ar="المسؤول(ة) مع متطوع(ة) ذي خبرة",
                        fr="Le ou la responsable avec un·e bénévole expérimenté·e",
                    ),
                    description=Text(
                        da="For eksempel at tage imod en ny frivillig eller at refundere udlæg.",
                        ar="مثل استقبال متطوع(ة) جديد(ة) أو استرداد المصاريف.",
                        fr="Par exemple accueillir un·e nouveau·elle bénévole ou rembourser des frais.",
                    ),
                ),
                Step(
                    title=Text(
                        da="Skriv trinene, som de faktisk sker",
                        ar="اكتبوا الخطوات كما تحدث فعلاً",
                        fr="Écrire les étapes telles qu'elles se passent",
                    ),
                    responsible="volunteer",
                    detail=Text(
                        da="Den frivillige, der løser opgaven i dag",
                        ar="المتطوع(ة) الذي يقوم بالمهمة حالياً",
                        fr="Le ou la bénévole qui fait la tâche aujourd'hui",
                    ),
                    description=Text(
                        da="Brug korte sætninger i bydeform. Ét trin er én handling.",
                        ar="استعملوا جملاً قصيرة بصيغة الأمر. كل خطوة تعني فعلاً واحداً.",
                        fr="Des phrases courtes, à l'impératif. Une étape, une action.",
                    ),
                ),
                Step(
                    title=Text(
                        da="Sæt en ansvarlig på hvert trin",
                        ar="حدّدوا مسؤولاً عن كل خطوة",
                        fr="Donner un responsable à chaque étape",
                    ),
                    responsible="leader",
                    detail=Text(da="Lederen", ar="المسؤول(ة)", fr="Le ou la responsable"),
                    description=Text(
                        da="Skriv rollen, ikke navnet: »kassereren«, ikke »Karim«. Så holder beskrivelsen, når "
                        "folk skifter.",
                        ar="اكتبوا الدور لا الاسم: «أمين المال» وليس «كريم»، حتى يبقى الدليل صالحاً عند تغيّر الأشخاص.",
                        fr="Écrivez le rôle, pas le nom : « le trésorier », pas « Karim ». Le guide reste valable "
                        "quand les personnes changent.",
                    ),
                ),
                Step(
                    title=Text(da="Afprøv og godkend", ar="التجريب والمصادقة", fr="Tester et valider"),
                    responsible="board",
                    detail=Text(da="Bestyrelsen", ar="المكتب المسيّر", fr="Le bureau"),
                    description=Text(
                        da="Lad en ny frivillig følge beskrivelsen, ret det, hun snubler over, og få bestyrelsen til "
                        "at godkende den.",
                        ar="اطلبوا من متطوعة جديدة اتباع الدليل، وصحّحوا ما تتعثر فيه، ثم اعرضوه على المكتب "
                        "المسيّر للمصادقة.",
                        fr="Faites suivre le guide par une nouvelle bénévole, corrigez ce qui la fait trébucher, "
                        "puis faites-le valider par le bureau.",
                    ),
                ),
            ),
        ),
        Callout(
            kind="tip",
            title=Text(da="Gennemgå den hvert år", ar="راجعوه كل سنة", fr="Relisez-le chaque année"),
            text=Text(
                da="Skriv datoen for seneste gennemgang nederst. En forældet beskrivelse er værre end ingen.",
                ar="اكتبوا تاريخ آخر مراجعة في أسفل الدليل. الدليل المتقادم أسوأ من غيابه.",
                fr="Indiquez en bas la date de la dernière relecture. Un guide périmé est pire que pas de guide.",
            ),
        ),
    ),
    picture=Picture("Procedures", ("#264653", "#2a9d8f"), "squares"),
)

TOOLKITS = (FIRST_AID, FUNDRAISING, LOCAL_POLICY, PROCESS_DESCRIPTIONS)
