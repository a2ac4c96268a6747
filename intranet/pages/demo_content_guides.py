"""The demo process guides: reimbursing volunteers' expenses (Tangier), ethics and confidentiality in social
counselling (Alliancen)."""

from intranet.organisations.demo import Text

from .demo_content import ALLIANCEN, SIGNATURE, TANGER, DemoDocument, Guide, Picture, Step, listed
from .demo_content_toolkits_alliancen import ETHICS_RULES_DOCUMENT

# --- reimbursing volunteers' expenses (Tangier) -------------------------------------------------------------------

EXPENSE_FORM = DemoDocument(
    name="expense-claim-form",
    title="Udlægsbilag for frivillige (da/ar/fr)",
    text=listed(
        Text(da="Udlægsbilag", ar="استمارة استرداد المصاريف", fr="Note de frais"),
        (
            Text(da="Navn og forening", ar="الاسم والجمعية", fr="Nom et association"),
            Text(da="Aktivitet", ar="النشاط", fr="Activité"),
            Text(
                da="Dato, beløb (dirham) og formål",
                ar="التاريخ والمبلغ (بالدرهم) والغرض",
                fr="Date, montant (dirhams) et objet",
            ),
            Text(da="Aftalt på forhånd med", ar="تم الاتفاق عليه مسبقاً مع", fr="Accord préalable de"),
            Text(da="Antal vedlagte kvitteringer", ar="عدد الفواتير المرفقة", fr="Nombre de justificatifs joints"),
            Text(
                da="Godkendt af (leder) og dato",
                ar="صادق عليه (المسؤول(ة)) والتاريخ",
                fr="Validé par (responsable) et date",
            ),
            Text(da="Udbetalt: dato og måde", ar="تم الأداء: التاريخ والطريقة", fr="Payé : date et moyen"),
        ),
        SIGNATURE,
    ),
)

VOLUNTEER = Text(
    da="Den frivillige, der har lagt ud",
    ar="المتطوع(ة) صاحب(ة) المصاريف",
    fr="Le ou la bénévole qui a avancé les frais",
)

EXPENSES = Guide(
    network=TANGER,
    slug="reimbursing-volunteer-expenses",
    topic="economic-processes",
    area="economic",
    audience="everyone",
    title=Text(
        da="Refusion af frivilliges udlæg", ar="استرداد مصاريف المتطوعين", fr="Rembourser les frais des bénévoles"
    ),
    summary=Text(
        da=(
            "Sådan får frivillige deres udlæg betalt tilbage: aftale på forhånd, kvittering, udlægsbilag, "
            "godkendelse og udbetaling."
        ),
        ar="كيف يسترجع المتطوعون ما أنفقوه: اتفاق مسبق، ثم الفاتورة، فاستمارة المصاريف، فالمصادقة، ثم الأداء.",
        fr=(
            "Comment les bénévoles se font rembourser leurs frais : accord préalable, justificatif, note de frais, "
            "validation et paiement."
        ),
    ),
    introduction=Text(
        da=(
            "<p>Ingen skal betale for at være frivillig. Samtidig skal foreningen kunne dokumentere hver dirham "
            "over for bidragydere og revisor. Procesbeskrivelsen gælder for alle foreninger, der får tilskud "
            "gennem netværket.</p>"
        ),
        ar=(
            "<p>لا ينبغي لأحد أن يدفع من ماله ليكون متطوعاً. وفي الوقت نفسه يجب أن تتمكن الجمعية من تبرير كل درهم "
            "أمام الجهات المانحة ومدقق الحسابات. يسري هذا الدليل على كل الجمعيات التي تستفيد من دعم عبر الشبكة.</p>"
        ),
        fr=(
            "<p>Personne ne doit payer pour être bénévole. En même temps, l'association doit pouvoir justifier "
            "chaque dirham auprès des bailleurs et du commissaire aux comptes. Ce guide vaut pour toutes les "
            "associations financées par l'intermédiaire du réseau.</p>"
        ),
    ),
    steps=(
        Step(
            title=Text(
                da="Aftal udgiften på forhånd", ar="الاتفاق المسبق على النفقة", fr="Convenir de la dépense avant"
            ),
            responsible="volunteer",
            detail=VOLUNTEER,
            description=Text(
                da="Spørg lederen, før du køber noget til over 200 dirham. En sms er nok, men gem den.",
                ar="اسأل المسؤول(ة) قبل شراء أي شيء يتجاوز 200 درهم. تكفي رسالة نصية، لكن احتفظ بها.",
                fr="Demandez au ou à la responsable avant tout achat de plus de 200 dirhams. Un SMS suffit, mais "
                "gardez-le.",
            ),
        ),
        Step(
            title=Text(da="Få en kvittering", ar="الحصول على فاتورة", fr="Obtenir un justificatif"),
            responsible="volunteer",
            detail=VOLUNTEER,
            description=Text(
                da="Bed om en faktura med foreningens navn. Kan du ikke få en, så skriv dato, beløb og formål på en "
                "seddel, og få sælgeren til at skrive under.",
                ar="اطلب فاتورة باسم الجمعية. وإن تعذّر ذلك، فاكتب التاريخ والمبلغ والغرض على ورقة واطلب من البائع "
                "توقيعها.",
                fr="Demandez une facture au nom de l'association. Si c'est impossible, notez la date, le montant et "
                "l'objet sur un papier signé par le vendeur.",
            ),
        ),
        Step(
            title=Text(
                da="Udfyld udlægsbilaget inden 30 dage",
                ar="ملء استمارة المصاريف في أجل ثلاثين يوماً",
                fr="Remplir la note de frais sous 30 jours",
            ),
            responsible="volunteer",
            detail=VOLUNTEER,
            description=Text(
                da="Vedlæg kvitteringerne, og skriv, hvilken aktivitet udgiften hører til.",
                ar="أرفق الفواتير واذكر النشاط الذي تخصه النفقة.",
                fr="Joignez les justificatifs et indiquez l'activité concernée.",
            ),
            documents=(EXPENSE_FORM,),
        ),
        Step(
            title=Text(da="Godkend udlægget", ar="المصادقة على المصاريف", fr="Valider la note de frais"),
            responsible="leader",
            detail=Text(
                da="Foreningens leder – aldrig den, der selv har lagt ud",
                ar="مسؤول(ة) الجمعية، وليس أبداً صاحب(ة) المصاريف نفسه",
                fr="Le ou la responsable – jamais la personne remboursée",
            ),
            description=Text(
                da="Tjek, at udgiften var aftalt og står i budgettet. Skriv under, og sæt dato på.",
                ar="تحقّق من أن النفقة متفق عليها ومدرجة في الميزانية، ثم وقّع وأرّخ.",
                fr="Vérifiez que la dépense était convenue et prévue au budget. Signez et datez.",
            ),
        ),
        Step(
            title=Text(da="Udbetal og bogfør", ar="الأداء والتسجيل في الحسابات", fr="Payer et comptabiliser"),
            responsible="board",
            detail=Text(da="Kassereren", ar="أمين(ة) المال", fr="Le trésorier ou la trésorière"),
            description=Text(
                da="Betal inden 14 dage, helst ved bankoverførsel. Ved kontant betaling skriver den frivillige under "
                "for modtagelsen. Bogfør udgiften på aktiviteten.",
                ar="ادفع خلال أربعة عشر يوماً، ويُفضّل بتحويل بنكي. وفي حالة الأداء نقداً يوقّع المتطوع(ة) على وصل "
                "الاستلام. سجّل النفقة في حسابات النشاط.",
                fr="Payez sous 14 jours, de préférence par virement. En cas de paiement en espèces, le ou la "
                "bénévole signe un reçu. Enregistrez la dépense sur l'activité.",
            ),
        ),
        Step(
            title=Text(da="Arkivér bilagene", ar="أرشفة الوثائق", fr="Archiver les pièces"),
            responsible="staff",
            detail=Text(
                da="Den ansatte, der fører regnskabet",
                ar="الموظف(ة) المكلّف(ة) بالمحاسبة",
                fr="La personne salariée chargée de la comptabilité",
            ),
            description=Text(
                da="Gem udlægsbilag og kvitteringer samlet pr. bevilling, så længe loven og bidragyderne kræver det.",
                ar="احفظ استمارات المصاريف والفواتير مجمّعة حسب كل منحة، طوال المدة التي يفرضها القانون والجهات "
                "المانحة.",
                fr="Conservez notes de frais et justificatifs, classés par subvention, aussi longtemps que la loi et "
                "les bailleurs l'exigent.",
            ),
        ),
    ),
    documents=(EXPENSE_FORM,),
    related=("finding-funding", "writing-process-descriptions"),
    picture=Picture("Expenses", ("#1d3557", "#a8dadc"), "squares"),
)

# --- ethics and confidentiality in social counselling (Alliancen) -------------------------------------------------

CONSENT_FORM = DemoDocument(
    name="consent-form-counselling",
    title="Samtykkeerklæring til rådgivning (da/ar/fr)",
    text=listed(
        Text(da="Samtykke", ar="الموافقة", fr="Consentement"),
        (
            Text(
                da="Jeg giver foreningen lov til at notere de oplysninger, der er nødvendige for min sag.",
                ar="أوافق على أن تدوّن الجمعية المعلومات الضرورية لملفي.",
                fr="J'autorise l'association à noter les informations nécessaires à mon dossier.",
            ),
            Text(
                da="Jeg ved, at oplysningerne slettes senest et år efter min sidste kontakt med foreningen.",
                ar="أعلم أن هذه المعلومات تُحذف في أجل أقصاه سنة بعد آخر تواصل لي مع الجمعية.",
                fr="Je sais que ces informations sont supprimées au plus tard un an après mon dernier contact.",
            ),
            Text(
                da="Jeg kan til enhver tid trække mit samtykke tilbage.",
                ar="يمكنني سحب موافقتي في أي وقت.",
                fr="Je peux retirer mon consentement à tout moment.",
            ),
        ),
        SIGNATURE,
    ),
)

COUNSELLOR = Text(
    da="Den frivillige rådgiver", ar="المتطوع(ة) في خدمة الإرشاد", fr="Le ou la bénévole de la permanence"
)

CONFIDENTIALITY = Guide(
    network=ALLIANCEN,
    slug="ethics-confidentiality-social-counselling",
    topic="ethics",
    area="ethics",
    audience="volunteers",
    title=Text(
        da="Etik og tavshedspligt i social rådgivning",
        ar="الأخلاقيات والسرية في الإرشاد الاجتماعي",
        fr="Éthique et confidentialité dans le conseil social",
    ),
    summary=Text(
        da=(
            "Trin for trin: sådan håndterer frivillige rådgivere fortrolige oplysninger – fra første samtale til "
            "sletning, og når nogen er i fare."
        ),
        ar=(
            "خطوة بخطوة: كيف يتعامل المتطوعون في الإرشاد مع المعلومات السرية، من أول حديث إلى الحذف، وعندما يكون "
            "أحد في خطر."
        ),
        fr=(
            "Étape par étape : comment les bénévoles du conseil traitent les informations confidentielles – du "
            "premier entretien à la suppression, et quand quelqu'un est en danger."
        ),
    ),
    introduction=Text(
        da=(
            "<p>Folk kommer til vores rådgivning med deres økonomi, helbred, familie og opholdsgrundlag. De skal "
            "kunne stole på, at det bliver mellem dem og os. Samtidig har vi pligt til at handle, når et barn eller "
            "en voksen er i fare. Procesbeskrivelsen følger Alliancens <strong>etiske regler</strong> og "
            "databeskyttelsesreglerne (GDPR).</p>"
        ),
        ar=(
            "<p>يأتي الناس إلى خدمة الإرشاد عندنا بأسئلة عن أوضاعهم المالية وصحتهم وأسرهم وإقاماتهم. يجب أن "
            "يثقوا بأن ما يقولونه يبقى بيننا وبينهم. وفي الوقت نفسه علينا واجب التصرف عندما يكون طفل أو راشد في "
            "خطر. يتبع هذا الدليل <strong>القواعد الأخلاقية</strong> للتحالف وقواعد حماية المعطيات الشخصية "
            "(GDPR).</p>"
        ),
        fr=(
            "<p>Les personnes viennent à notre permanence avec leurs questions d'argent, de santé, de famille et "
            "de titre de séjour. Elles doivent pouvoir compter sur notre discrétion. En même temps, nous devons "
            "agir quand un enfant ou un adulte est en danger. Ce guide suit les <strong>règles d'éthique</strong> "
            "de l'Alliance et le règlement sur la protection des données (RGPD).</p>"
        ),
    ),
    steps=(
        Step(
            title=Text(
                da="Fortæl om tavshedspligten og dens grænse",
                ar="التعريف بالسرية وبحدودها",
                fr="Expliquer la confidentialité et sa limite",
            ),
            responsible="volunteer",
            detail=COUNSELLOR,
            description=Text(
                da="Begynd hver ny samtale med at sige, at det, der bliver sagt, bliver her – undtagen hvis nogen "
                "er i fare.",
                ar="ابدأ كل حديث جديد بالتوضيح أن ما يقال يبقى هنا، إلا إذا كان أحد في خطر.",
                fr="Commencez chaque premier entretien en disant que ce qui est dit reste ici – sauf si quelqu'un "
                "est en danger.",
            ),
        ),
        Step(
            title=Text(da="Skriv kun det nødvendige ned", ar="تدوين الضروري فقط", fr="Ne noter que le nécessaire"),
            responsible="volunteer",
            detail=COUNSELLOR,
            description=Text(
                da="Notér ikke CPR-nummer eller helbredsoplysninger, medmindre personen har givet skriftligt "
                "samtykke, og det er nødvendigt for sagen.",
                ar="لا تدوّن رقم التسجيل المدني (CPR) ولا المعلومات الصحية إلا بموافقة كتابية من الشخص وعند "
                "الضرورة للملف.",
                fr="Ne notez ni numéro CPR ni information de santé, sauf accord écrit de la personne et si c'est "
                "nécessaire au dossier.",
            ),
            documents=(CONSENT_FORM,),
        ),
        Step(
            title=Text(da="Opbevar oplysningerne sikkert", ar="حفظ المعلومات بأمان", fr="Conserver en sécurité"),
            responsible="leader",
            detail=Text(da="Foreningens leder", ar="مسؤول(ة) الجمعية", fr="Le ou la responsable de l'association"),
            description=Text(
                da="Papirer i et aflåst skab, digitale noter kun i foreningens system – aldrig på en privat telefon "
                "eller i en privat mail.",
                ar="الأوراق في خزانة مقفلة، والملاحظات الرقمية في نظام الجمعية فقط، وليس أبداً على هاتف شخصي أو "
                "في بريد خاص.",
                fr="Papiers dans une armoire fermée à clé, notes numériques uniquement dans le système de "
                "l'association – jamais sur un téléphone ou une messagerie personnels.",
            ),
        ),
        Step(
            title=Text(da="Når nogen er i fare", ar="عندما يكون أحد في خطر", fr="Quand quelqu'un est en danger"),
            responsible="leader",
            detail=Text(
                da="Lederen – samme dag", ar="المسؤول(ة)، في اليوم نفسه", fr="Le ou la responsable, le jour même"
            ),
            description=Text(
                da="Den frivillige fortæller det til lederen samme dag, og lederen vurderer, om kommunen skal "
                "underrettes. Alle har pligt til at underrette kommunen, hvis et barn udsættes for vanrøgt, vold "
                "eller overgreb.",
                ar="يُخبر المتطوع(ة) المسؤول(ة) في اليوم نفسه، ويقرّر المسؤول(ة) إن كان يجب إبلاغ البلدية. وعلى "
                "الجميع واجب إبلاغ البلدية إذا تعرّض طفل للإهمال أو العنف أو الاعتداء.",
                fr="Le ou la bénévole en parle au ou à la responsable le jour même, qui décide s'il faut alerter la "
                "commune. Toute personne doit alerter la commune si un enfant subit négligence, violence ou abus.",
            ),
        ),
        Step(
            title=Text(
                da="Slet, når sagen er afsluttet", ar="الحذف عند إغلاق الملف", fr="Supprimer à la clôture du dossier"
            ),
            responsible="staff",
            detail=Text(
                da="Den ansatte med ansvar for data",
                ar="الموظف(ة) المكلّف(ة) بالمعطيات",
                fr="La personne salariée chargée des données",
            ),
            description=Text(
                da="Slet noter og papirer senest et år efter sidste kontakt, medmindre personen har bedt om andet.",
                ar="احذف الملاحظات والأوراق في أجل أقصاه سنة بعد آخر تواصل، ما لم يطلب الشخص غير ذلك.",
                fr="Supprimez notes et papiers au plus tard un an après le dernier contact, sauf demande contraire "
                "de la personne.",
            ),
        ),
        Step(
            title=Text(
                da="Tal om de svære samtaler", ar="الحديث عن المحادثات الصعبة", fr="Parler des entretiens difficiles"
            ),
            responsible="coordinator",
            detail=Text(
                da="Netværkskoordinatoren tilbyder supervision",
                ar="يوفّر منسق(ة) الشبكة جلسات إشراف",
                fr="La coordination du réseau propose une supervision",
            ),
            description=Text(
                da="Svære samtaler sætter spor. Tal om dem – uden navne – i den månedlige supervision.",
                ar="المحادثات الصعبة تترك أثراً. تحدّث عنها دون ذكر الأسماء في جلسة الإشراف الشهرية.",
                fr="Les entretiens difficiles laissent des traces. Parlez-en – sans noms – lors de la supervision "
                "mensuelle.",
            ),
        ),
    ),
    documents=(CONSENT_FORM, ETHICS_RULES_DOCUMENT),
    related=("ethics-rules-for-volunteers", "recruiting-volunteers"),
    picture=Picture("Ethics", ("#3c096c", "#c77dff"), "circles"),
)

GUIDES = (EXPENSES, CONFIDENTIALITY)
