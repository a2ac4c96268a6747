"""The demo video lessons. Their videos are short generated samples; captions and transcripts are real text."""

from intranet.organisations.demo import Text

from .demo_content import ALLIANCEN, TANGER, Cue, DemoDocument, Lesson, Picture, listed


def transcript(cues: tuple[Cue, ...], extra: Text) -> Text:
    """The transcript: what is said in the video, one paragraph per caption, then `extra` (HTML)."""

    def one(language: str) -> str:
        said = "".join(f"<p>{getattr(cue.text, language)}</p>" for cue in cues)
        return said + getattr(extra, language)

    return Text(da=one("da"), ar=one("ar"), fr=one("fr"))


# --- first aid (Tangier) ------------------------------------------------------------------------------------------

RECOVERY_POSITION_CUES = (
    Cue(
        0.0,
        2.0,
        Text(
            da="Personen svarer ikke, men trækker vejret.",
            ar="الشخص لا يستجيب لكنه يتنفس.",
            fr="La personne ne répond pas, mais elle respire.",
        ),
    ),
    Cue(
        2.0,
        4.0,
        Text(
            da="Læg den nærmeste arm i en ret vinkel, og bøj det fjerne knæ.",
            ar="ضع الذراع القريبة بزاوية قائمة واثنِ الركبة البعيدة.",
            fr="Placez le bras le plus proche à angle droit et pliez le genou opposé.",
        ),
    ),
    Cue(
        4.0,
        5.5,
        Text(
            da="Rul personen om på siden ind mod dig.",
            ar="اقلب الشخص على جنبه نحوك.",
            fr="Faites rouler la personne sur le côté, vers vous.",
        ),
    ),
    Cue(
        5.5,
        7.0,
        Text(
            da="Bøj hovedet let bagover, så luftvejen er fri. Ring 15.",
            ar="أمِل الرأس قليلاً إلى الخلف ليبقى مجرى التنفس مفتوحاً، ثم اتصل بالرقم 15.",
            fr="Basculez doucement la tête en arrière pour libérer les voies aériennes. Appelez le 15.",
        ),
    ),
)

RECOVERY_POSITION = Lesson(
    network=TANGER,
    slug="first-aid-recovery-position",
    topic="first-aid",
    audience="volunteers",
    title=Text(
        da="Førstehjælp for frivillige: stabilt sideleje",
        ar="اسعافات أولية للمتطوعين: وضعية الإفاقة الجانبية",
        fr="Premiers secours pour les bénévoles : la position latérale de sécurité",
    ),
    summary=Text(
        da="En kort videolektion om, hvordan du lægger en bevidstløs person, der trækker vejret, i stabilt sideleje.",
        ar="درس مصور قصير حول كيفية وضع شخص فاقد للوعي يتنفس في وضعية الإفاقة الجانبية.",
        fr=(
            "Une courte leçon vidéo : comment placer en position latérale de sécurité une personne inconsciente "
            "qui respire."
        ),
    ),
    transcript=transcript(
        RECOVERY_POSITION_CUES,
        Text(
            da=(
                "<h3>Husk</h3><ul><li>Tjek vejrtrækningen igen hvert minut, til hjælpen kommer.</li>"
                "<li>Trækker personen ikke vejret normalt, så start hjertelungeredning.</li></ul>"
            ),
            ar=(
                "<h3>تذكّر</h3><ul><li>تحقق من التنفس مرة كل دقيقة إلى أن تصل النجدة.</li>"
                "<li>إذا لم يكن الشخص يتنفس بشكل طبيعي، فابدأ الإنعاش القلبي الرئوي.</li></ul>"
            ),
            fr=(
                "<h3>À retenir</h3><ul><li>Vérifiez la respiration chaque minute jusqu'à l'arrivée des secours.</li>"
                "<li>Si la personne ne respire pas normalement, commencez la réanimation cardio-pulmonaire.</li></ul>"
            ),
        ),
    ),
    cues=RECOVERY_POSITION_CUES,
    material=DemoDocument(
        name="recovery-position-steps",
        title="Stabilt sideleje – trin for trin (da/ar/fr)",
        text=listed(
            Text(da="Stabilt sideleje", ar="وضعية الإفاقة الجانبية", fr="Position latérale de sécurité"),
            tuple(cue.text for cue in RECOVERY_POSITION_CUES),
        ),
    ),
    picture=Picture("First aid", ("#b3262e", "#2b2d42"), "circles"),
)

# --- fundraising (Tangier) ----------------------------------------------------------------------------------------

BUDGET_CUES = (
    Cue(
        0.0,
        2.0,
        Text(
            da="Et budget viser, at I har tænkt aktiviteten igennem.",
            ar="تُظهر الميزانية أنكم فكّرتم في النشاط بكل تفاصيله.",
            fr="Un budget montre que vous avez pensé l'activité jusqu'au bout.",
        ),
    ),
    Cue(
        2.0,
        4.0,
        Text(
            da="Husk transport og forplejning til de frivillige.",
            ar="لا تنسوا نقل المتطوعين وتغذيتهم.",
            fr="N'oubliez pas le transport et les repas des bénévoles.",
        ),
    ),
    Cue(
        4.0,
        5.5,
        Text(
            da="Husk også forsikring og bankgebyrer.",
            ar="ولا تنسوا التأمين والرسوم البنكية.",
            fr="Pensez aussi à l'assurance et aux frais bancaires.",
        ),
    ),
    Cue(
        5.5,
        7.0,
        Text(
            da="Og vis jeres eget bidrag: frivillige timer og lokaler.",
            ar="وبيّنوا مساهمتكم الذاتية: ساعات التطوع والمقرات.",
            fr="Et montrez votre apport : heures de bénévolat et locaux.",
        ),
    ),
)

BUDGET = Lesson(
    network=TANGER,
    slug="budget-in-an-application",
    topic="fundraising",
    audience="leaders",
    title=Text(
        da="Budgettet i en projektansøgning",
        ar="الميزانية في طلب تمويل مشروع",
        fr="Le budget d'une demande de financement",
    ),
    summary=Text(
        da="De poster, som små foreninger oftest glemmer, når de lægger budget for en ansøgning.",
        ar="البنود التي تنساها الجمعيات الصغيرة في الغالب عند إعداد ميزانية طلب التمويل.",
        fr="Les postes que les petites associations oublient le plus souvent dans le budget d'une demande.",
    ),
    transcript=transcript(
        BUDGET_CUES,
        Text(
            da=(
                "<h3>Til ansøgningen</h3><ul><li>Brug bidragyderens egen budgetskabelon, hvis der er en.</li>"
                "<li>Regn i dirham, og oplys kursen, hvis bidragyderen regner i euro.</li></ul>"
            ),
            ar=(
                "<h3>عند إعداد الطلب</h3><ul><li>استعملوا نموذج الميزانية الخاص بالجهة المانحة إن وُجد.</li>"
                "<li>احسبوا بالدرهم، واذكروا سعر الصرف إذا كانت الجهة المانحة تعتمد اليورو.</li></ul>"
            ),
            fr=(
                "<h3>Pour la demande</h3><ul><li>Utilisez le modèle de budget du bailleur s'il en a un.</li>"
                "<li>Comptez en dirhams et indiquez le taux de change si le bailleur compte en euros.</li></ul>"
            ),
        ),
    ),
    cues=BUDGET_CUES,
    material=DemoDocument(
        name="budget-template",
        title="Budgetskabelon til ansøgninger (da/ar/fr)",
        text=listed(
            Text(da="Budget – poster", ar="الميزانية – البنود", fr="Budget – postes"),
            (
                Text(da="Aktiviteter og materialer", ar="الأنشطة والمعدات", fr="Activités et matériel"),
                Text(da="Transport og forplejning", ar="النقل والتغذية", fr="Transport et repas"),
                Text(da="Forsikring", ar="التأمين", fr="Assurance"),
                Text(da="Bankgebyrer", ar="الرسوم البنكية", fr="Frais bancaires"),
                Text(da="Kommunikation", ar="التواصل", fr="Communication"),
                Text(
                    da="Eget bidrag: frivillige timer og lokaler",
                    ar="المساهمة الذاتية: ساعات التطوع والمقرات",
                    fr="Apport propre : heures de bénévolat et locaux",
                ),
                Text(da="I alt", ar="المجموع", fr="Total"),
            ),
        ),
    ),
    picture=Picture("Budget", ("#264653", "#1d6f42"), "squares"),
)

# --- hygiene (Alliancen) ------------------------------------------------------------------------------------------

HANDWASHING_CUES = (
    Cue(
        0.0,
        2.0,
        Text(da="Væd hænderne, og tag sæbe.", ar="بلّل يديك وضع الصابون.", fr="Mouillez vos mains et prenez du savon."),
    ),
    Cue(
        2.0,
        4.0,
        Text(
            da="Gnid håndflader, håndrygge og mellem fingrene.",
            ar="افرك راحتَي اليدين وظهرهما وما بين الأصابع.",
            fr="Frottez les paumes, le dos des mains et entre les doigts.",
        ),
    ),
    Cue(
        4.0,
        5.5,
        Text(
            da="Glem ikke tommelfingre og negle.",
            ar="لا تنسَ الإبهامين والأظافر.",
            fr="N'oubliez ni les pouces ni les ongles.",
        ),
    ),
    Cue(
        5.5,
        7.0,
        Text(
            da="Skyl, og tør hænderne i et rent engangshåndklæde.",
            ar="اشطف يديك وجففهما بمنديل نظيف يُستعمل مرة واحدة.",
            fr="Rincez, puis séchez avec un essuie-mains propre à usage unique.",
        ),
    ),
)

HANDWASHING = Lesson(
    network=ALLIANCEN,
    slug="handwashing-40-seconds",
    topic="hygiene",
    audience="volunteers",
    title=Text(da="Håndvask på 40 sekunder", ar="غسل اليدين في أربعين ثانية", fr="Se laver les mains en 40 secondes"),
    summary=Text(
        da="Den rigtige håndvask før madlavning og efter toiletbesøg – vist trin for trin.",
        ar="الطريقة الصحيحة لغسل اليدين قبل الطبخ وبعد استعمال المرحاض، خطوة بخطوة.",
        fr="Le bon lavage des mains avant de cuisiner et après être allé aux toilettes, étape par étape.",
    ),
    transcript=transcript(
        HANDWASHING_CUES,
        Text(
            da=(
                "<h3>Hvornår?</h3><ul><li>Før du rører mad.</li>"
                "<li>Efter toiletbesøg, efter at have rørt råt kød og efter at have pudset næse.</li></ul>"
            ),
            ar=(
                "<h3>متى؟</h3><ul><li>قبل لمس الطعام.</li>"
                "<li>بعد استعمال المرحاض، وبعد لمس اللحم النيء، وبعد تنظيف الأنف.</li></ul>"
            ),
            fr=(
                "<h3>Quand ?</h3><ul><li>Avant de toucher les aliments.</li>"
                "<li>Après les toilettes, après avoir touché de la viande crue et après s'être mouché.</li></ul>"
            ),
        ),
    ),
    cues=HANDWASHING_CUES,
    material=DemoDocument(
        name="handwashing-poster",
        title="Plakat: håndvask trin for trin (da/ar/fr)",
        text=listed(
            Text(da="Håndvask trin for trin", ar="غسل اليدين خطوة بخطوة", fr="Le lavage des mains, étape par étape"),
            tuple(cue.text for cue in HANDWASHING_CUES),
        ),
    ),
    picture=Picture("Hand washing", ("#006d77", "#83c5be"), "circles"),
)

# --- ethics rules (Alliancen) -------------------------------------------------------------------------------------

CONFIDENTIALITY_CUES = (
    Cue(
        0.0,
        2.0,
        Text(
            da="Det, du hører som frivillig, bliver hos dig.",
            ar="ما تسمعه بصفتك متطوعاً يبقى عندك.",
            fr="Ce que vous entendez comme bénévole reste avec vous.",
        ),
    ),
    Cue(
        2.0,
        4.5,
        Text(
            da="Fortæl aldrig navne eller detaljer til familie, venner eller på sociale medier.",
            ar="لا تذكر أبداً الأسماء أو التفاصيل لعائلتك أو أصدقائك أو على مواقع التواصل الاجتماعي.",
            fr="Ne donnez jamais de noms ni de détails à vos proches ou sur les réseaux sociaux.",
        ),
    ),
    Cue(
        4.5,
        7.0,
        Text(
            da="Er nogen i fare, så tal med din leder samme dag.",
            ar="إذا كان أحد في خطر، فتحدّث إلى المسؤول(ة) في اليوم نفسه.",
            fr="Si quelqu'un est en danger, parlez-en à votre responsable le jour même.",
        ),
    ),
)

CONFIDENTIALITY_CASES = (
    Text(
        da="En nabo spørger, om hendes veninde kommer hos jer. Du svarer, at du ikke kan sige, hvem der kommer.",
        ar="تسألك جارة إن كانت صديقتها تتردد على جمعيتكم. تجيبها بأنك لا تستطيع ذكر من يأتي إلى الجمعية.",
        fr="Une voisine demande si son amie vient chez vous. Vous répondez que vous ne pouvez pas dire qui vient.",
    ),
    Text(
        da="Du har brug for råd i en svær sag. Tal med lederen uden at nævne navnet – eller med personens samtykke.",
        ar="تحتاج إلى نصيحة في حالة صعبة. تحدّث إلى المسؤول(ة) دون ذكر الاسم، أو بموافقة الشخص المعني.",
        fr="Vous avez besoin de conseils sur une situation difficile. Parlez-en à votre responsable sans donner "
        "le nom – ou avec l'accord de la personne.",
    ),
    Text(
        da="En ung fortæller om vold derhjemme. Lyt, lov ikke at holde det hemmeligt, og tal med lederen samme dag.",
        ar="يحكي لك شاب عن عنف في البيت. أنصت إليه، ولا تعِده بالكتمان، وتحدّث إلى المسؤول(ة) في اليوم نفسه.",
        fr="Un jeune vous parle de violence à la maison. Écoutez-le, ne promettez pas le secret et parlez-en à "
        "votre responsable le jour même.",
    ),
)


def _numbered(cases: tuple[Text, ...], language: str) -> str:
    return "".join(f"<li>{getattr(case, language)}</li>" for case in cases)


CONFIDENTIALITY = Lesson(
    network=ALLIANCEN,
    slug="confidentiality-in-practice",
    topic="ethics",
    audience="volunteers",
    title=Text(da="Tavshedspligt i praksis", ar="السرية في الممارسة اليومية", fr="La confidentialité en pratique"),
    summary=Text(
        da="Hvad må du fortælle videre, og til hvem? Tre hverdagssituationer for frivillige i rådgivning og samtale.",
        ar="ما الذي يجوز لك نقله، ولمن؟ ثلاث مواقف يومية للمتطوعين في الإرشاد ومجموعات الحوار.",
        fr=(
            "Que pouvez-vous transmettre, et à qui ? Trois situations du quotidien pour les bénévoles du conseil "
            "et de l'écoute."
        ),
    ),
    transcript=transcript(
        CONFIDENTIALITY_CUES,
        Text(
            da=f"<h3>Tre situationer</h3><ol>{_numbered(CONFIDENTIALITY_CASES, 'da')}</ol>",
            ar=f"<h3>ثلاث مواقف</h3><ol>{_numbered(CONFIDENTIALITY_CASES, 'ar')}</ol>",
            fr=f"<h3>Trois situations</h3><ol>{_numbered(CONFIDENTIALITY_CASES, 'fr')}</ol>",
        ),
    ),
    cues=CONFIDENTIALITY_CUES,
    material=DemoDocument(
        name="confidentiality-cases",
        title="Tavshedspligt – tre cases til frivilligmødet (da/ar/fr)",
        text=listed(
            Text(da="Tre cases om tavshedspligt", ar="ثلاث حالات حول السرية", fr="Trois cas sur la confidentialité"),
            CONFIDENTIALITY_CASES,
        ),
    ),
    picture=Picture("Confidentiality", ("#22223b", "#4a4e69"), "squares"),
)

LESSONS = (RECOVERY_POSITION, BUDGET, HANDWASHING, CONFIDENTIALITY)
