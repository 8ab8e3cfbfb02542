<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr">
  <context>
    <name>AllergenPicker</name>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="51" />
      <source>aucun</source>
      <translation>لا شيء</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../app/ui/app.py" line="83" />
      <source>Base Coopér'Actives (*.sqlite3 *.db);;Tous les fichiers (*)</source>
      <translation>قاعدة بيانات Coopér'Actives (*.sqlite3 *.db);;كل الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="99" />
      <source>Base de données</source>
      <translation>قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="123" />
      <source>Choisir un autre fichier…</source>
      <translation>اختيار ملف آخر…</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="155" />
      <source>Coopér'Actives est déjà ouverte sur cette base de données. Utilisez la fenêtre déjà ouverte.</source>
      <translation>Coopér'Actives مفتوح بالفعل على قاعدة البيانات هذه. استعملي النافذة المفتوحة بالفعل.</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="154" />
      <source>Déjà ouverte</source>
      <translation>مفتوحة بالفعل</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="107" />
      <source>La dernière sauvegarde en bon état date du {when}.</source>
      <translation>آخر نسخة احتياطية سليمة بتاريخ {when}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="119" />
      <source>Ouvrir en lecture seule</source>
      <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="81" />
      <source>Ouvrir ou créer une base de données</source>
      <translation>فتح قاعدة بيانات أو إنشاؤها</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="127" />
      <source>Quitter</source>
      <translation>خروج</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="213" />
      <location filename="../../app/ui/app.py" line="313" />
      <source>Restauration impossible</source>
      <translation>الاسترجاع غير ممكن</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="114" />
      <source>Restaurer cette sauvegarde</source>
      <translation>استعادة هذه النسخة الاحتياطية</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="250" />
      <source>Sauvegarde automatique</source>
      <translation>نسخة احتياطية تلقائية</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="176" />
      <source>Serveur indisponible</source>
      <translation>الخادم غير متاح</translation>
    </message>
  </context>
  <context>
    <name>AppliancesDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="103" />
      <source> (hors service)</source>
      <translation> (خارج الخدمة)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="69" />
      <source>Ajouter</source>
      <translation>إضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="66" />
      <source>En service</source>
      <translation>في الخدمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="78" />
      <source>Fermer</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="40" />
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="43" />
      <source>Frigos et congélateurs</source>
      <translation>الثلاجات والمجمدات</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="76" />
      <source>Imprimer le mois…</source>
      <translation>طباعة الشهر…</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="64" />
      <source>Limite basse (°C)</source>
      <translation>الحد الأدنى (°م)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="65" />
      <source>Limite haute (°C)</source>
      <translation>الحد الأعلى (°م)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="70" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="74" />
      <source>Mois à imprimer</source>
      <translation>الشهر المراد طباعته</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="62" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="174" />
      <source>Relevé des températures</source>
      <translation>سجل درجات الحرارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="63" />
      <source>Sorte</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="46" />
      <source>par exemple : frigo du bas</source>
      <translation>مثلاً: الثلاجة السفلية</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="96" />
      <source>{name} — {kind}, de {low} à {high}</source>
      <translation>{name} — {kind}، من {low} إلى {high}</translation>
    </message>
  </context>
  <context>
    <name>AttendancePage</name>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/attendance_page.py" line="117" />
      <source>%n membre(s) notée(s) présente(s).</source>
      <translation>
        <numerusform>%n عضوة مسجّلة حاضرة.</numerusform>
        <numerusform>%n عضوة مسجّلة حاضرة.</numerusform>
        <numerusform>%n عضوتان مسجّلتان حاضرتان.</numerusform>
        <numerusform>%n عضوات مسجّلات حاضرات.</numerusform>
        <numerusform>%n عضوة مسجّلة حاضرة.</numerusform>
        <numerusform>%n عضوة مسجّلة حاضرة.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="53" />
      <source>Attestation de ce membre</source>
      <translation>شهادة هذه العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="134" />
      <source>Attestation de {name}</source>
      <translation>شهادة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="127" />
      <source>Cliquez d'abord sur la ligne d'un membre.</source>
      <translation>انقري أولًا على سطر عضوة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="113" />
      <source>Cliquez d'abord sur une case de la matinée.</source>
      <translation>انقري أولًا على خانة من الصباحية.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="43" />
      <source>Cliquez sur une case pour passer à l'état suivant, ou tapez P (présente), R (en retard), E (excusée), A (absente). Suppr efface.</source>
      <translation>انقري على خانة للانتقال إلى الحالة التالية، أو اكتبي P (حاضرة)، R (متأخرة)، E (معذورة)، A (غائبة). زر Delete يمسح.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="50" />
      <source>Toutes présentes à cette matinée</source>
      <translation>الكل حاضرات في هذه الصباحية</translation>
    </message>
  </context>
  <context>
    <name>BatchDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="51" />
      <source>Ingrédients achetés utilisés : écrivez la quantité prise dans chaque lot (dans l'unité de l'ingrédient), laissez vide les autres.</source>
      <translation>المكوّنات المشتراة المستعملة: اكتبي الكمية المأخوذة من كل رقم التشغيلة (بوحدة المكوّن)، واتركي الباقي فارغًا.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="44" />
      <source>Jour de fabrication *</source>
      <translation>يوم التصنيع *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="46" />
      <source>Lot (sur les étiquettes)</source>
      <translation>رقم التشغيلة (على الملصقات)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="33" />
      <source>Lot fabriqué</source>
      <translation>رقم التشغيلة المصنوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="43" />
      <source>Produit *</source>
      <translation>المنتج *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="45" />
      <source>Unités faites *</source>
      <translation>الوحدات المصنوعة *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="38" />
      <source>nombre d'unités, par exemple 20</source>
      <translation>عدد الوحدات، مثلًا 20</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="76" />
      <source>vide : {lot}</source>
      <translation>فارغ: {lot}</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="63" />
      <source>{ingredient} — lot {lot} (reste {left})</source>
      <translation>{ingredient} — رقم التشغيلة {lot} (الباقي {left})</translation>
    </message>
  </context>
  <context>
    <name>CampaignDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="84" />
      <source>Format</source>
      <translation>الشكل</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="86" />
      <source>Nombre de jours de vente</source>
      <translation>عدد أيام البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="66" />
      <source>Nouvelle évaluation</source>
      <translation>تقييم جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="85" />
      <source>Premier jour</source>
      <translation>اليوم الأول</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="83" />
      <source>Titre *</source>
      <translation>العنوان *</translation>
    </message>
  </context>
  <context>
    <name>CashCorrectionDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="291" />
      <source>(personne)</source>
      <translation>(لا أحد)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="289" />
      <source>-2,00 pour une sortie</source>
      <translation>-2,00 للمال الخارج</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="287" />
      <source>Correction de la caisse</source>
      <translation>تصحيح الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="297" />
      <source>Montant (+ ou −) *</source>
      <translation>المبلغ (+ أو −) *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="298" />
      <source>Pourquoi ? *</source>
      <translation>لماذا؟ *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="299" />
      <source>Qui corrige</source>
      <translation>من تصحّح</translation>
    </message>
  </context>
  <context>
    <name>ChangeDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="219" />
      <source>Pourquoi</source>
      <translation>لماذا</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="213" />
      <source>par exemple : rendez-vous médical</source>
      <translation>مثلًا: موعد عند الطبيب</translation>
    </message>
  </context>
  <context>
    <name>ChangePinDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="45" />
      <source>Ancien code</source>
      <translation>الرمز القديم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="44" />
      <source>Changer le code PIN</source>
      <translation>تغيير الرمز السري PIN</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="46" />
      <source>Nouveau code</source>
      <translation>الرمز الجديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="47" />
      <source>Nouveau code, encore une fois</source>
      <translation>الرمز الجديد، مرة أخرى</translation>
    </message>
  </context>
  <context>
    <name>ChecklistTemplatesDialog</name>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="57" />
      <source>Ajouter</source>
      <translation>إضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="60" />
      <source>Fermer</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="88" />
      <source>Frigos…</source>
      <translation>الثلاجات…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="81" />
      <source>Imprimer le nettoyage du mois…</source>
      <translation>طباعة تنظيف الشهر…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="90" />
      <source>Les frigos et congélateurs à relever chaque jour</source>
      <translation>الثلاجات والمجمدات التي تُقرأ كل يوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="48" />
      <source>Lignes de la liste</source>
      <translation>سطور القائمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="39" />
      <source>Listes du jour</source>
      <translation>قوائم اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="58" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="79" />
      <source>Mois à imprimer</source>
      <translation>الشهر المراد طباعته</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="113" />
      <source>Nettoyage et hygiène</source>
      <translation>التنظيف والنظافة الصحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="59" />
      <location filename="../../app/ui/delegate/lists.py" line="161" />
      <source>Retirer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="163" />
      <source>Retirer « {text} » de la liste ? Les jours déjà cochés le gardent.</source>
      <translation>حذف «{text}» من القائمة؟ الأيام التي تم تأشيرها بالفعل تحتفظ به.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="52" />
      <source>Texte de la ligne</source>
      <translation>نص السطر</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="43" />
      <source>Type de journée</source>
      <translation>نوع اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="53" />
      <source>par exemple : sortir les poubelles</source>
      <translation>مثلًا: إخراج القمامة</translation>
    </message>
  </context>
  <context>
    <name>CircleDetails</name>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="104" />
      <source>Ajouter</source>
      <translation>إضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="176" />
      <source>Animateur : {lead} · ensuite : {next}</source>
      <translation>المنشط: {lead} · بعده: {next}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="178" />
      <source>Animatrice : {lead} · ensuite : {next}</source>
      <translation>المنشطة: {lead} · بعدها: {next}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="127" />
      <source>Apporter au groupe</source>
      <translation>عرض على المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="124" />
      <source>Apporter au groupe…</source>
      <translation>عرض على المجموعة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="166" />
      <source>Décide seul : {alone}
Apporte au groupe : {group}</source>
      <translation>تقرر وحدها: {alone}
تعرض على المجموعة: {group}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="92" />
      <location filename="../../app/ui/decisions/circle_details.py" line="106" />
      <source>Liste de départ</source>
      <translation>قائمة البداية</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="172" />
      <source>Membres : {names}</source>
      <translation>العضوات: {names}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="122" />
      <source>Modifier le compte rendu</source>
      <translation>تعديل المحضر</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="98" />
      <source>Nouveau point de la liste</source>
      <translation>بند جديد في القائمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="121" />
      <source>Nouvelle réunion</source>
      <translation>اجتماع جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="140" />
      <source>Nouvelle tâche</source>
      <translation>مهمة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="81" />
      <source>Passer l'animation</source>
      <translation>تمرير التنشيط</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="117" />
      <location filename="../../app/ui/decisions/circle_details.py" line="131" />
      <source>Réunions</source>
      <translation>الاجتماعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="138" />
      <source>Tâches du cercle</source>
      <translation>مهام الدائرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="142" />
      <source>Tâches du cercle (aussi sur Aujourd'hui)</source>
      <translation>مهام الدائرة (أيضاً في اليوم)</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="128" />
      <source>Une nouvelle décision du registre, à partir de ce compte rendu</source>
      <translation>قرار جديد في السجل، انطلاقاً من هذا المحضر</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="99" />
      <source>par exemple : choisir les fournisseurs</source>
      <translation>مثلاً: اختيار المورّدين</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="189" />
      <source>pour le {date}</source>
      <translation>قبل {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="199" />
      <source>{text} (fait le {date})</source>
      <translation>{text} (أُنجز في {date})</translation>
    </message>
  </context>
  <context>
    <name>CircleDialog</name>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="95" />
      <source>Apporte au groupe</source>
      <translation>تعرض على المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="71" />
      <source>Ce que le cercle apporte au groupe</source>
      <translation>ما تعرضه الدائرة على المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="66" />
      <source>Ce que le cercle décide seul</source>
      <translation>ما تقرره الدائرة وحدها</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="94" />
      <source>Décide seul</source>
      <translation>تقرر وحدها</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="96" />
      <source>Membres *</source>
      <translation>العضوات *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="74" />
      <source>Membres du cercle</source>
      <translation>عضوات الدائرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="53" />
      <source>Modifier le cercle</source>
      <translation>تعديل الدائرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="93" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="61" />
      <source>Nom du cercle</source>
      <translation>اسم الدائرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="53" />
      <source>Nouveau cercle</source>
      <translation>دائرة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="62" />
      <source>par exemple : Achats et stock</source>
      <translation>مثلاً: المشتريات والمخزون</translation>
    </message>
  </context>
  <context>
    <name>Circles</name>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="31" />
      <source>Animatrice</source>
      <translation>منشطة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="25" />
      <source>Cercle</source>
      <translation>دائرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="50" />
      <source>Compte rendu</source>
      <translation>المحضر</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="47" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="27" />
      <source>Membres</source>
      <translation>العضوات</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="52" />
      <source>ajout à la liste du cercle</source>
      <translation>إضافة إلى قائمة الدائرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="111" />
      <source>animation passée</source>
      <translation>تمرير التنشيط</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="99" />
      <source>compte rendu modifié</source>
      <translation>تعديل المحضر</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="40" />
      <source>modification d'un cercle</source>
      <translation>تعديل دائرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="28" />
      <source>nouveau cercle</source>
      <translation>دائرة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="68" />
      <source>point de la liste coché</source>
      <translation>تأشير بند من القائمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="86" />
      <source>réunion du cercle</source>
      <translation>اجتماع الدائرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="126" />
      <source>tâche du cercle</source>
      <translation>مهمة الدائرة</translation>
    </message>
  </context>
  <context>
    <name>CirclesPage</name>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="51" />
      <source>Cercles</source>
      <translation>الدوائر</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="169" />
      <source>Fiche du cercle</source>
      <translation>بطاقة الدائرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="62" />
      <source>Imprimer la fiche</source>
      <translation>طباعة البطاقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="57" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="55" />
      <source>Nouveau cercle</source>
      <translation>دائرة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="59" />
      <source>Supprimer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="43" />
      <source>Un cercle prépare et fait un travail pour le groupe : il décide seul ce que son mandat lui donne, il apporte le reste au groupe.</source>
      <translation>الدائرة تحضّر عملاً للمجموعة وتقوم به: تقرر وحدها ما يسمح به تفويضها، وتعرض الباقي على المجموعة.</translation>
    </message>
  </context>
  <context>
    <name>ClosingPage</name>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="294" />
      <source> (correction)</source>
      <translation> (تصحيح)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="121" />
      <source>-3,50 pour une sortie</source>
      <translation>-3,50 للمال الخارج</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="100" />
      <source>1. Comptes de la journée (si vous avez compté sur papier)</source>
      <translation>1. حسابات اليوم (إذا حسبتِ على الورق)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="134" />
      <source>2. Argent de la caisse</source>
      <translation>2. مال الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="151" />
      <source>3. Comptage de la caisse à la fin</source>
      <translation>3. عدّ الصندوق في النهاية</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="186" />
      <source>4. Clôturer la journée</source>
      <translation>4. إغلاق اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="126" />
      <source>Ajouter</source>
      <translation>إضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="385" />
      <source>Attendu : {e}   ·   Compté : {c}   ·   Différence : {d}</source>
      <translation>المتوقع: {e}   ·   المعدود: {c}   ·   الفرق: {d}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="552" />
      <source>Ce que vous avez tapé n'est pas encore enregistré : cliquez d'abord sur {buttons}, puis clôturez la journée.</source>
      <translation>ما كتبتِه لم يُحفظ بعد: اضغطي أولاً على {buttons}، ثم أغلقي اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="115" />
      <source>Ce qui s'est passé, ce qu'il faut retenir</source>
      <translation>ما حدث، وما يجب تذكّره</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="202" />
      <source>Clôture et corrections</source>
      <translation>الإغلاق والتصحيحات</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="564" />
      <source>Clôturer la journée</source>
      <translation>إغلاق اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="566" />
      <source>Clôturer la journée du {date} ? Ensuite, on ne peut plus changer les comptes, seulement ajouter des corrections.</source>
      <translation>إغلاق يوم {date}؟ بعد ذلك لا يمكن تغيير الحسابات، فقط إضافة تصحيحات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="89" />
      <source>Comptes de la feuille papier</source>
      <translation>حسابات الورقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="191" />
      <source>Corriger (après clôture)…</source>
      <translation>تصحيح (بعد الإغلاق)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="194" />
      <source>Corriger la caisse…</source>
      <translation>تصحيح الصندوق…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="174" />
      <source>Enregistrer le comptage</source>
      <translation>حفظ العدّ</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="117" />
      <source>Enregistrer le fonds de caisse et les notes</source>
      <translation>حفظ مال البداية والملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="96" />
      <source>Enregistrer les comptes</source>
      <translation>حفظ الحسابات</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="141" />
      <source>Entrée (+) ou sortie (−) :</source>
      <translation>مال داخل (+) أو خارج (−):</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="131" />
      <source>Entrées et sorties d'argent</source>
      <translation>المال الداخل والخارج</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="171" />
      <source>Explication de la différence</source>
      <translation>شرح الفرق</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="111" />
      <source>Fonds de caisse</source>
      <translation>مال البداية في الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="136" />
      <source>Fonds de caisse au début :</source>
      <translation>مال الصندوق في البداية:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="92" />
      <source>Invendus</source>
      <translation>ما لم يُبَع</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="314" />
      <source>Journée clôturée le {when} par {who}. Elle ne change plus : utilisez « Corriger ».</source>
      <translation>أُغلق اليوم في {when} من طرف {who}. لم يعد يتغيّر: استعملي «تصحيح».</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="323" />
      <source>Journée ouverte.</source>
      <translation>اليوم مفتوح.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="121" />
      <source>Montant entré ou sorti</source>
      <translation>المبلغ الداخل أو الخارج</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="158" />
      <source>Nombre de {d}</source>
      <translation>عدد {d}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="435" />
      <source>Nombre très grand</source>
      <translation>الرقم كبير جدًا</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="114" />
      <source>Notes de la journée</source>
      <translation>ملاحظات اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="138" />
      <source>Notes de la journée :</source>
      <translation>ملاحظات اليوم:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="92" />
      <source>Offert ou perdu hors vente</source>
      <translation>مُهدى أو ضائع خارج البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="124" />
      <source>Pourquoi ?</source>
      <translation>لماذا؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="124" />
      <source>Raison</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="424" />
      <source>Rien à enregistrer : aucun compte n'a changé.</source>
      <translation>لا شيء للحفظ: لم يتغير أي عدد.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="172" />
      <source>S'il y a une différence : pourquoi ?</source>
      <translation>إذا كان هناك فرق: لماذا؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="557" />
      <source>« {button} »</source>
      <translation>«{button}»</translation>
    </message>
  </context>
  <context>
    <name>ClosureDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="332" />
      <source>Au</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="331" />
      <source>Du *</source>
      <translation>من *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="318" />
      <source>Nouvelle fermeture</source>
      <translation>إغلاق جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="325" />
      <source>Pour toutes les cohortes</source>
      <translation>لكل المجموعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="333" />
      <source>Raison</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="324" />
      <source>par exemple : congé d'automne</source>
      <translation>مثلًا: عطلة الخريف</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="322" />
      <source>vide = un seul jour</source>
      <translation>فارغ = يوم واحد فقط</translation>
    </message>
  </context>
  <context>
    <name>CohortDialog</name>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="43" />
      <source>Activité</source>
      <translation>النشاط</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_action.py" line="54" />
      <source>Cette cohorte a été changée ou supprimée depuis, dans une autre fenêtre : elle reste comme elle est.</source>
      <translation>تم تغيير هذه المجموعة أو حذفها منذ ذلك الحين في نافذة أخرى: تبقى كما هي.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_action.py" line="53" />
      <location filename="../../app/ui/cohort_dialog.py" line="18" />
      <source>Cohorte</source>
      <translation>المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="41" />
      <source>Début</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="42" />
      <source>Fin</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="45" />
      <source>Heures prévues</source>
      <translation>الساعات المخطط لها</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="44" />
      <source>Matinées prévues</source>
      <translation>الصباحيات المخطط لها</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="40" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="18" />
      <source>Nouvelle cohorte</source>
      <translation>مجموعة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_action.py" line="48" />
      <source>modification de la cohorte</source>
      <translation>تعديل المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="26" />
      <source>par exemple : Coopérative 3</source>
      <translation>مثلًا: التعاونية 3</translation>
    </message>
  </context>
  <context>
    <name>ComponentsDialog</name>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="112" />
      <source>Ingrédients du paquet</source>
      <translation>مكوّنات العبوة</translation>
    </message>
  </context>
  <context>
    <name>ComponentsEditor</name>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="73" />
      <source>Ajouter une ligne</source>
      <translation>إضافة سطر</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="67" />
      <source>Allergènes</source>
      <translation>مسببات الحساسية</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="85" />
      <source>Allergènes, ligne {n}</source>
      <translation>مسببات الحساسية، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="67" />
      <source>Ingrédient</source>
      <translation>المكوّن</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="56" />
      <source>Ingrédient composé : ses propres ingrédients</source>
      <translation>مكوّن مركّب: مكوّناته الخاصة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="83" />
      <source>Ingrédient du paquet, ligne {n}</source>
      <translation>مكوّن العبوة، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="66" />
      <source>Ingrédients du paquet</source>
      <translation>مكوّنات العبوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="58" />
      <source>Seulement si le paquet liste des ingrédients (beurre de cacahuète : arachides, sel). Recopiez-les dans l'ordre du paquet, avec leurs allergènes. L'étiquette les imprime entre parenthèses.</source>
      <translation>فقط إذا كانت العبوة تذكر مكوّنات (زبدة الفول السوداني: فول سوداني، ملح). انسخيها بترتيب العبوة مع مسببات الحساسية. يطبعها الملصق بين قوسين.</translation>
    </message>
  </context>
  <context>
    <name>ConsentRow</name>
    <message>
      <location filename="../../app/ui/outcomes/consent_row.py" line="57" />
      <source>Accord donné le {date}.</source>
      <translation>أُعطيت الموافقة في {date}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/consent_row.py" line="59" />
      <source>Accord retiré le {date}.</source>
      <translation>سُحبت الموافقة في {date}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/consent_row.py" line="39" />
      <source>Noter son accord</source>
      <translation>تسجيل موافقتها</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/consent_row.py" line="55" />
      <source>Pas encore d'accord.</source>
      <translation>لا موافقة بعد.</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/consent_row.py" line="41" />
      <source>Retirer son accord</source>
      <translation>سحب موافقتها</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="120" />
      <source>(aucune)</source>
      <translation>(لا شيء)</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="137" />
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="113" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="134" />
      <source>Nom</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="139" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="113" />
      <source>Nouvelle personne</source>
      <translation>شخص جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="136" />
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="133" />
      <source>Prénom *</source>
      <translation>الاسم الشخصي *</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="135" />
      <source>Rôle</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="138" />
      <source>Téléphone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="124" />
      <source>nom@exemple.be</source>
      <translation>name@example.be</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="128" />
      <source>par exemple : a enseigné les étiquettes</source>
      <translation>مثلاً: درّست الملصقات</translation>
    </message>
  </context>
  <context>
    <name>CoopLifeTab</name>
    <message>
      <location filename="../../app/ui/decisions/tab.py" line="42" />
      <source>Cercles</source>
      <translation>الدوائر</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/tab.py" line="37" />
      <source>Charte et règlement</source>
      <translation>الميثاق والنظام الداخلي</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/tab.py" line="34" />
      <source>Décisions</source>
      <translation>القرارات</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/tab.py" line="52" />
      <source>Vie coopérative</source>
      <translation>الحياة التعاونية</translation>
    </message>
  </context>
  <context>
    <name>CooperativeDialog</name>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="188" />
      <source>(aucun)</source>
      <translation>(لا شيء)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="105" />
      <source>Adresse</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="201" />
      <source>Ce fichier n'est pas une image lisible.</source>
      <translation>هذا الملف ليس صورة يمكن قراءتها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_action.py" line="48" />
      <source>Ces paramètres ont été changés depuis, dans une autre fenêtre : ils restent comme ils sont.</source>
      <translation>تغيّرت هذه الإعدادات منذ ذلك الحين في نافذة أخرى: تبقى كما هي.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="193" />
      <source>Choisir un logo</source>
      <translation>اختيار شعار</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="89" />
      <source>Choisir un logo…</source>
      <translation>اختيار شعار…</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="106" />
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="141" />
      <source>IBAN</source>
      <translation>IBAN</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="195" />
      <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
      <translation>صور (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="112" />
      <source>Langue des étiquettes et documents clients</source>
      <translation>لغة الملصقات ووثائق الزبائن</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="81" />
      <source>Les étiquettes, la liste de prix, les fiches allergènes et les devis.</source>
      <translation>الملصقات وقائمة الأسعار وأوراق مسببات الحساسية وعروض الأسعار.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="109" />
      <source>Ligne « producteur »</source>
      <translation>سطر «المنتِج»</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="118" />
      <source>Logo</source>
      <translation>الشعار</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="104" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="139" />
      <source>N° d'entreprise (BCE)</source>
      <translation>رقم المؤسسة (BCE)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="108" />
      <source>N° d'entreprise / TVA</source>
      <translation>رقم المؤسسة / ضريبة القيمة المضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_action.py" line="47" />
      <location filename="../../app/ui/cooperative_dialog.py" line="65" />
      <source>Paramètres de la coopérative</source>
      <translation>إعدادات التعاونية</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="78" />
      <source>Produit par … (imprimé sur les étiquettes)</source>
      <translation>من إنتاج … (يُطبع على الملصقات)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="143" />
      <source>Qui signe (fonction)</source>
      <translation>الموقِّعة (الوظيفة)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="142" />
      <source>Qui signe (nom)</source>
      <translation>الموقِّعة (الاسم)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="140" />
      <source>RPM</source>
      <translation>سجل الأشخاص الاعتباريين (RPM)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="91" />
      <source>Retirer le logo</source>
      <translation>حذف الشعار</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="138" />
      <source>TVA</source>
      <translation>الضريبة على القيمة المضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="107" />
      <source>Téléphone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="76" />
      <source>facultatif, par exemple BE 0123.456.789</source>
      <translation>اختياري، مثلًا BE 0123.456.789</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_action.py" line="42" />
      <source>modification des paramètres de la coopérative</source>
      <translation>تعديل إعدادات التعاونية</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="129" />
      <source>par exemple 0123.456.749</source>
      <translation>مثلاً 0123.456.749</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="136" />
      <source>par exemple Coordinatrice</source>
      <translation>مثلاً منسقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="131" />
      <source>par exemple RPM Liège, division Liège</source>
      <translation>مثلاً RPM Liège, division Liège</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="133" />
      <source>pour les virements, par exemple BE68 5390 0754 7034</source>
      <translation>للتحويلات، مثلاً BE68 5390 0754 7034</translation>
    </message>
  </context>
  <context>
    <name>CopyWeekDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="221" />
      <source>Copier la semaine</source>
      <translation>نسخ الأسبوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="227" />
      <source>Copier les matinées de la semaine du {date} vers la semaine du :</source>
      <translation>نسخ صباحيات أسبوع {date} إلى أسبوع:</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="232" />
      <source>Semaine</source>
      <translation>الأسبوع</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="246" />
      <source>(personne)</source>
      <translation>(لا أحد)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="255" />
      <source>Ajouter (+) ou enlever (−)</source>
      <translation>إضافة (+) أو إزالة (−)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="233" />
      <source>Correction après clôture</source>
      <translation>تصحيح بعد الإغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="254" />
      <source>Paiement</source>
      <translation>الدفع</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="256" />
      <source>Pourquoi ? *</source>
      <translation>لماذا؟ *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="252" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="257" />
      <source>Qui corrige</source>
      <translation>من تصحّح</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="253" />
      <source>Quoi</source>
      <translation>ماذا</translation>
    </message>
  </context>
  <context>
    <name>CostPanel</name>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="34" />
      <source>&lt;b&gt;Coût et marge&lt;/b&gt;</source>
      <translation>&lt;b&gt;التكلفة والهامش&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="48" />
      <source>Coût d'une fournée : {batch} (ingrédients {ingredients} + emballage {packaging})</source>
      <translation>تكلفة طبخة واحدة: {batch} (المكوّنات {ingredients} + التغليف {packaging})</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="70" />
      <source>Coût de la commande : {cost}</source>
      <translation>تكلفة الطلب: {cost}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="25" />
      <source>Coût et marge</source>
      <translation>التكلفة والهامش</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="57" />
      <source>Coût par {unit} : {cost}</source>
      <translation>التكلفة لكل {unit}: {cost}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="84" />
      <source>Marge : {margin} ({percent}) · coût matière {food} · coefficient {markup}</source>
      <translation>الهامش: {margin} ({percent}) · تكلفة المواد {food} · المعامل {markup}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="79" />
      <source>Prix : {incl} TVA comprise, soit {excl} hors TVA</source>
      <translation>السعر: {incl} مع ضريبة القيمة المضافة، أي {excl} بدون الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="93" />
      <source>Prix conseillé (coût matière {target}) : {price}</source>
      <translation>السعر المقترح (تكلفة المواد {target}): {price}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="64" />
      <source>Sans prix : {names}</source>
      <translation>بدون سعر: {names}</translation>
    </message>
  </context>
  <context>
    <name>CostingSettingsDialog</name>
    <message>
      <location filename="../../app/ui/menus/costing_settings_action.py" line="44" />
      <source>Ces réglages ont été changés depuis, dans une autre fenêtre : ils restent comme ils sont.</source>
      <translation>تم تغيير هذه الإعدادات منذ ذلك الحين في نافذة أخرى: تبقى كما هي.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="39" />
      <source>Coût matière visé</source>
      <translation>تكلفة المواد المطلوبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="43" />
      <source>Coût matière visé : la part du prix hors TVA que coûtent les ingrédients et l'emballage. 30 % veut dire une marge de 70 %.</source>
      <translation>تكلفة المواد المطلوبة: جزء السعر بدون ضريبة القيمة المضافة الذي تكلّفه المكوّنات والتغليف. 30 % تعني هامشًا بنسبة 70 %.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="36" />
      <source>TVA alimentation (%)</source>
      <translation>ضريبة القيمة المضافة على الطعام (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/costing_settings_action.py" line="43" />
      <location filename="../../app/ui/menus/settings_dialog.py" line="24" />
      <source>TVA et objectif de marge</source>
      <translation>ضريبة القيمة المضافة وهدف الهامش</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="38" />
      <source>TVA taux normal (%)</source>
      <translation>ضريبة القيمة المضافة العادية (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="37" />
      <source>TVA traiteur et service (%)</source>
      <translation>ضريبة القيمة المضافة على التموين والخدمة (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/costing_settings_action.py" line="38" />
      <source>modification de la TVA et de la marge</source>
      <translation>تعديل الضريبة والهامش</translation>
    </message>
  </context>
  <context>
    <name>CountDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="33" />
      <source>Compter le stock</source>
      <translation>جرد المخزون</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="35" />
      <source>Comptez ce qui est sur l'étagère et écrivez-le à côté du lot (par exemple 2,5). Laissez vide un lot que vous n'avez pas compté.</source>
      <translation>عُدّي ما هو على الرف واكتبيه بجانب رقم التشغيلة (مثلًا 2,5). اتركي فارغًا ما لم تعدّيه.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="80" />
      <source>Ingrédients</source>
      <translation>المكوّنات</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="75" />
      <source>Produits</source>
      <translation>المنتجات</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="45" />
      <source>Raison du comptage *</source>
      <translation>سبب الجرد *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="84" />
      <source>Rien en stock à compter.</source>
      <translation>لا شيء في المخزون للجرد.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="96" />
      <source>compté</source>
      <translation>المعدود</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="43" />
      <source>par exemple : comptage du vendredi</source>
      <translation>مثلًا: جرد يوم الجمعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="64" />
      <source>{ingredient} — lot {lot} (selon les fiches : {left})</source>
      <translation>{ingredient} — رقم التشغيلة {lot} (حسب السجلات: {left})</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="52" />
      <source>{product} — lot {lot} (selon les fiches : {left})</source>
      <translation>{product} — رقم التشغيلة {lot} (حسب السجلات: {left})</translation>
    </message>
  </context>
  <context>
    <name>CustomerPicker</name>
    <message>
      <location filename="../../app/ui/menus/customer_picker.py" line="62" />
      <source>(pas dans le répertoire)</source>
      <translation>(ليس في الدليل)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/customer_picker.py" line="43" />
      <source>Client du répertoire</source>
      <translation>زبون من الدليل</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/customer_picker.py" line="88" />
      <source>Commandes passées : {orders}</source>
      <translation>الطلبات السابقة: {orders}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/customer_picker.py" line="47" />
      <source>Nouveau client…</source>
      <translation>زبون جديد…</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="86" />
      <source>Ajouter une objection</source>
      <translation>إضافة اعتراض</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="136" />
      <source>Comment elle a été intégrée</source>
      <translation>كيف تم دمجه</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="97" />
      <source>Date de la décision *</source>
      <translation>تاريخ القرار *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="77" />
      <location filename="../../app/ui/decisions/decision_dialog.py" line="109" />
      <source>Décision prise</source>
      <translation>القرار المتخذ</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="117" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="63" />
      <source>Modifier la décision</source>
      <translation>تعديل القرار</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="63" />
      <source>Nouvelle décision</source>
      <translation>قرار جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="136" />
      <source>Objection</source>
      <translation>اعتراض</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="108" />
      <source>Objections</source>
      <translation>الاعتراضات</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="136" />
      <source>Par</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="117" />
      <source>Position</source>
      <translation>الموقف</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="126" />
      <source>Position de {name}</source>
      <translation>موقف {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="107" />
      <source>Positions</source>
      <translation>المواقف</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="74" />
      <source>Proposition</source>
      <translation>الاقتراح</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="104" />
      <source>Proposition *</source>
      <translation>الاقتراح *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="151" />
      <source>Qui a fait l'objection</source>
      <translation>من قدّمت الاعتراض</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="76" />
      <location filename="../../app/ui/decisions/decision_dialog.py" line="106" />
      <source>Réactions</source>
      <translation>ردود الفعل</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="100" />
      <source>Révision</source>
      <translation>المراجعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="96" />
      <source>Titre</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="75" />
      <location filename="../../app/ui/decisions/decision_dialog.py" line="105" />
      <source>Tour de clarification</source>
      <translation>جولة التوضيح</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="69" />
      <source>À revoir le</source>
      <translation>تُراجع في</translation>
    </message>
  </context>
  <context>
    <name>Decisions</name>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="94" />
      <source>Adopté le</source>
      <translation>اعتُمد في</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="45" />
      <source>Consentements</source>
      <translation>الموافقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="32" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="87" />
      <source>Document</source>
      <translation>المستند</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="110" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="50" />
      <source>Objections</source>
      <translation>الاعتراضات</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="41" />
      <source>Proposition</source>
      <translation>الاقتراح</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="55" />
      <source>Révision</source>
      <translation>المراجعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="98" />
      <source>Signatures</source>
      <translation>التوقيعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="112" />
      <source>Signé le</source>
      <translation>وُقّع في</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="37" />
      <source>Titre</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="91" />
      <source>Version</source>
      <translation>النسخة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/commands.py" line="23" />
      <source>ajout d'une décision</source>
      <translation>إضافة قرار</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/commands.py" line="38" />
      <source>modification d'une décision</source>
      <translation>تعديل قرار</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/commands.py" line="52" />
      <source>nouvelle version d'un document</source>
      <translation>نسخة جديدة من مستند</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/commands.py" line="67" />
      <source>signature d'un document</source>
      <translation>توقيع مستند</translation>
    </message>
  </context>
  <context>
    <name>DecisionsPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/decisions/decisions_page.py" line="122" />
      <source>%n décision(s)</source>
      <translation>
        <numerusform>%n قرار</numerusform>
        <numerusform>%n قرار</numerusform>
        <numerusform>%n قراران</numerusform>
        <numerusform>%n قرارات</numerusform>
        <numerusform>%n قراراً</numerusform>
        <numerusform>%n قرار</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="95" />
      <source>Imprimer le registre</source>
      <translation>طباعة السجل</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="89" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="86" />
      <source>Nouvelle décision</source>
      <translation>قرار جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="72" />
      <source>Rechercher</source>
      <translation>بحث</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="73" />
      <source>Rechercher un mot dans les décisions…</source>
      <translation>ابحثي عن كلمة في القرارات…</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="80" />
      <location filename="../../app/ui/decisions/decisions_page.py" line="221" />
      <source>Registre des décisions</source>
      <translation>سجل القرارات</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="92" />
      <location filename="../../app/ui/decisions/decisions_page.py" line="196" />
      <source>Supprimer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="197" />
      <source>Un partage du bénéfice reste dans le registre : il est lié aux ventes de la cohorte. Vous pouvez le modifier.</source>
      <translation>يبقى تقاسم الربح في السجل: فهو مرتبط بمبيعات المجموعة. يمكنك تعديله.</translation>
    </message>
  </context>
  <context>
    <name>Directory</name>
    <message>
      <location filename="../../app/ui/people/directory_commands.py" line="24" />
      <location filename="../../app/ui/people/directory_commands.py" line="52" />
      <source>ajout de {name}</source>
      <translation>إضافة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_commands.py" line="39" />
      <location filename="../../app/ui/people/directory_commands.py" line="65" />
      <source>modification de {name}</source>
      <translation>تعديل {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_commands.py" line="81" />
      <source>{mentor} accompagne {member}</source>
      <translation>مرافقة {mentor} لـ{member}</translation>
    </message>
  </context>
  <context>
    <name>DirectoryCustomers</name>
    <message>
      <location filename="../../app/ui/menus/directory_customers.py" line="44" />
      <source>Nouveau client</source>
      <translation>زبون جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/directory_customers.py" line="31" />
      <source>{date} ({status})</source>
      <translation>{date} ({status})</translation>
    </message>
  </context>
  <context>
    <name>DirectoryModel</name>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="17" />
      <source>Commandes</source>
      <translation>الطلبات</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="14" />
      <location filename="../../app/ui/people/directory_models.py" line="27" />
      <source>Nom</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="29" />
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="28" />
      <source>Rôle</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="15" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="16" />
      <location filename="../../app/ui/people/directory_models.py" line="30" />
      <source>Téléphone</source>
      <translation>الهاتف</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPage</name>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="233" />
      <source>Accompagne : {names}</source>
      <translation>ترافق: {names}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="119" />
      <source>Accompagner une membre…</source>
      <translation>مرافقة عضوة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="188" />
      <source>Adresse : {address}</source>
      <translation>العنوان: {address}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="69" />
      <source>Ajouter une organisation</source>
      <translation>إضافة منظمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="110" />
      <source>Ajouter une personne</source>
      <translation>إضافة شخص</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="203" />
      <source>Commandes : {orders}</source>
      <translation>الطلبات: {orders}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="191" />
      <source>Comment y aller : {note}</source>
      <translation>كيفية الوصول: {note}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="75" />
      <location filename="../../app/ui/people/directory_page.py" line="113" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="58" />
      <location filename="../../app/ui/people/directory_page.py" line="81" />
      <source>Organisations</source>
      <translation>المنظمات</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="196" />
      <source>Personnes : {names}</source>
      <translation>الأشخاص: {names}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="99" />
      <source>Personnes extérieures</source>
      <translation>أشخاص من الخارج</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="122" />
      <source>Personnes extérieures (marraines, intervenantes…)</source>
      <translation>أشخاص من الخارج (عرّابات، متدخلات…)</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="42" />
      <source>Rechercher</source>
      <translation>بحث</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="43" />
      <source>Rechercher un nom, une adresse, un téléphone…</source>
      <translation>ابحثي عن اسم أو عنوان أو هاتف…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="240" />
      <source>Ses matinées : {dates}</source>
      <translation>فتراتها الصباحية: {dates}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="78" />
      <location filename="../../app/ui/people/directory_page.py" line="116" />
      <source>Supprimer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="206" />
      <source>{date} ({status})</source>
      <translation>{date} ({status})</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPage</name>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="128" />
      <source>Charte et règlement</source>
      <translation>الميثاق والنظام الداخلي</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="139" />
      <source>Nouvelle version</source>
      <translation>نسخة جديدة</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/decisions/documents_page.py" line="180" />
      <source>Pas encore signée par %n membre(s) de la cohorte.</source>
      <translation>
        <numerusform>لم توقّعها بعد %n عضوة من المجموعة.</numerusform>
        <numerusform>لم توقّعها بعد %n عضوة من المجموعة.</numerusform>
        <numerusform>لم توقّعها بعد %n عضوتان من المجموعة.</numerusform>
        <numerusform>لم توقّعها بعد %n عضوات من المجموعة.</numerusform>
        <numerusform>لم توقّعها بعد %n عضوة من المجموعة.</numerusform>
        <numerusform>لم توقّعها بعد %n عضوة من المجموعة.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="136" />
      <source>Signatures</source>
      <translation>التوقيعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="141" />
      <source>Signer</source>
      <translation>توقيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="132" />
      <source>Texte du document</source>
      <translation>نص المستند</translation>
    </message>
  </context>
  <context>
    <name>EmphasisBox</name>
    <message>
      <location filename="../../app/ui/menus/emphasis_box.py" line="57" />
      <source>Coché : le nom du produit met cet ingrédient en avant, son pourcentage est imprimé sur l'étiquette.</source>
      <translation>محدد: اسم المنتج يبرز هذا المكوّن، وتُطبع نسبته على الملصق.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/emphasis_box.py" line="50" />
      <source>Le nom du produit évoque cet ingrédient : son pourcentage sera imprimé. Cliquez pour confirmer (coché) ou refuser (vide).</source>
      <translation>اسم المنتج يشير إلى هذا المكوّن: ستُطبع نسبته. انقري للتأكيد (محدد) أو للرفض (فارغ).</translation>
    </message>
  </context>
  <context>
    <name>EvaluationPinDialog</name>
    <message>
      <location filename="../../app/ui/safety/pin_dialog.py" line="32" />
      <location filename="../../app/ui/safety/pin_dialog.py" line="34" />
      <source>Code PIN</source>
      <translation>رمز PIN</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/pin_dialog.py" line="24" />
      <source>Code PIN des évaluations</source>
      <translation>رمز PIN للتقييمات</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/pin_dialog.py" line="26" />
      <source>Ses données contiennent des évaluations. Seule la coordinatrice peut les exporter ou les effacer : tapez le code PIN des évaluations.</source>
      <translation>تحتوي بياناتها على تقييمات. وحدها المنسقة يمكنها تصديرها أو مسحها: اكتبي رمز PIN للتقييمات.</translation>
    </message>
  </context>
  <context>
    <name>EvaluationsTab</name>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="85" />
      <source>Auto-évaluation et pairs</source>
      <translation>التقييم الذاتي وتقييم الزميلات</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="90" />
      <source>Bilans individuels</source>
      <translation>الحصيلة الفردية</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="109" />
      <source>Changer le code PIN…</source>
      <translation>تغيير الرمز السري PIN…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="95" />
      <source>Compétences et échelle</source>
      <translation>المهارات والسُّلَّم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="112" />
      <source>Données privées : verrouillez avant de quitter l'ordinateur.</source>
      <translation>معلومات خاصة: أقفلي قبل أن تتركي الحاسوب.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="80" />
      <source>Grille d'observation</source>
      <translation>شبكة الملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="103" />
      <source>Verrouiller</source>
      <translation>قفل</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="106" />
      <source>Verrouiller les évaluations (Ctrl+L)</source>
      <translation>قفل التقييمات (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="142" />
      <source>Évaluations</source>
      <translation>التقييمات</translation>
    </message>
  </context>
  <context>
    <name>EvaluatorsDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="69" />
      <source>Au moins deux évaluatrices observent chaque membre.</source>
      <translation>تلاحظ مقيّمتان على الأقل كل عضوة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="56" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="59" />
      <source>Évaluatrices</source>
      <translation>المقيّمات</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="88" />
      <source>(aucune)</source>
      <translation>(لا شيء)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="86" />
      <source>(personne)</source>
      <translation>(لا أحد)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="123" />
      <source>Commande (onglet Menus)</source>
      <translation>الطلب (قسم القوائم)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="119" />
      <source>Date *</source>
      <translation>التاريخ *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="169" />
      <source>Deuxième vente le même jour</source>
      <translation>بيع ثانٍ في نفس اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="122" />
      <source>Déléguée du jour</source>
      <translation>مندوبة اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="125" />
      <source>Fonds de caisse</source>
      <translation>مال البداية في الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="171" />
      <source>Il y a déjà une vente le {date} à cet endroit : « {title} ». Créer quand même une deuxième vente ?</source>
      <translation>يوجد بيع بالفعل في {date} في هذا المكان: «{title}». هل تريدين إنشاء بيع ثانٍ على أي حال؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="130" />
      <source>Les prix sont copiés maintenant : changer une recette plus tard ne change pas cette vente.</source>
      <translation>الأسعار تُنسخ الآن: تغيير وصفة فيما بعد لا يغيّر هذا البيع.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="121" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="81" />
      <source>Nouvelle vente</source>
      <translation>بيع جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="124" />
      <source>Produits en vente *</source>
      <translation>المنتجات المعروضة للبيع *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="120" />
      <source>Type de vente *</source>
      <translation>نوع البيع *</translation>
    </message>
  </context>
  <context>
    <name>ExpenseDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="344" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="341" />
      <source>Date *</source>
      <translation>التاريخ *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="342" />
      <source>Fournisseur</source>
      <translation>المورّد</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="332" />
      <source>Liée à la vente du {d}</source>
      <translation>مرتبطة ببيع يوم {d}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="343" />
      <source>Montant *</source>
      <translation>المبلغ *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="322" />
      <source>Nouvelle dépense</source>
      <translation>مصروف جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="346" />
      <source>N° du ticket</source>
      <translation>رقم الوصل</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="345" />
      <source>Payé par</source>
      <translation>دفعته</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="347" />
      <source>Vente</source>
      <translation>البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="329" />
      <source>la caisse (rien à rembourser)</source>
      <translation>الصندوق (لا شيء يجب تعويضه)</translation>
    </message>
  </context>
  <context>
    <name>ExpensesPage</name>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="88" />
      <source>Ajouter une dépense</source>
      <translation>إضافة مصروف</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="91" />
      <source>Annuler cette dépense…</source>
      <translation>إلغاء هذا المصروف…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="153" />
      <source>Annuler une dépense</source>
      <translation>إلغاء مصروف</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="80" />
      <source>Dépenses de la cohorte</source>
      <translation>مصاريف المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="94" />
      <source>Marquer remboursée</source>
      <translation>تأشير: تم التعويض</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="154" />
      <source>On garde la dépense et on ajoute une dépense contraire. Pourquoi ?</source>
      <translation>نحتفظ بالمصروف ونضيف مصروفًا معاكسًا. لماذا؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="131" />
      <source>Rien à rembourser.</source>
      <translation>لا شيء للتعويض.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="129" />
      <source>À rembourser : {list}</source>
      <translation>للتعويض: {list}</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="192" />
      <source>&lt; Retour</source>
      <translation>&lt; رجوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="194" />
      <source>Plus tard</source>
      <translation>لاحقًا</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="177" />
      <source>Premier démarrage</source>
      <translation>التشغيل الأول</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="191" />
      <source>Suivant &gt;</source>
      <translation>التالي &gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="193" />
      <source>Terminer</source>
      <translation>إنهاء</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <location filename="../../app/ui/dialogs.py" line="61" />
      <source>Annuler</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="58" />
      <source>Enregistrer</source>
      <translation>حفظ</translation>
    </message>
  </context>
  <context>
    <name>FormEntryDialog</name>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="115" />
      <source>1 à 5</source>
      <translation>من 1 إلى 5</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="94" />
      <source>Annuler le dernier formulaire (Ctrl+Z)</source>
      <translation>إلغاء آخر استمارة (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="91" />
      <source>Enregistrer et formulaire suivant (Ctrl+Entrée)</source>
      <translation>حفظ والاستمارة التالية (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="96" />
      <source>Fermer</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="124" />
      <source>Formulaire {n}</source>
      <translation>الاستمارة {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="68" />
      <source>Saisir les formulaires</source>
      <translation>إدخال الاستمارات</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="142" />
      <source>formulaire {n}</source>
      <translation>الاستمارة {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="99" />
      <source>{product}, {place} : tapez les réponses d'un formulaire papier.</source>
      <translation>{product}، {place}: اكتبي أجوبة استمارة ورقية واحدة.</translation>
    </message>
  </context>
  <context>
    <name>FrameworkPage</name>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="75" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="209" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="221" />
      <source>Adjectif</source>
      <translation>صفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="77" />
      <source>Adjectifs</source>
      <translation>الصفات</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="99" />
      <source>Adjectifs (pour toutes les cohortes)</source>
      <translation>الصفات (لكل المجموعات)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="83" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="103" />
      <source>Ajouter…</source>
      <translation>إضافة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="65" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="165" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="71" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="199" />
      <source>Ce que l'on observe</source>
      <translation>ما نلاحظه</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="65" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="165" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="175" />
      <source>Compétence</source>
      <translation>مهارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="68" />
      <source>Compétences</source>
      <translation>المهارات</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="79" />
      <source>Compétences de la cohorte</source>
      <translation>مهارات المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="75" />
      <source>Explication</source>
      <translation>شرح</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="209" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="222" />
      <source>Explication simple</source>
      <translation>شرح بسيط</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="219" />
      <source>Modifier l'adjectif</source>
      <translation>تعديل الصفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="95" />
      <source>Modifier le niveau…</source>
      <translation>تعديل المستوى…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="104" />
      <source>Modifier…</source>
      <translation>تعديل…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="71" />
      <source>Niveau</source>
      <translation>المستوى</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="196" />
      <source>Niveau {n}</source>
      <translation>المستوى {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="71" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="198" />
      <source>Nom</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="208" />
      <source>Nouvel adjectif</source>
      <translation>صفة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="164" />
      <source>Nouvelle compétence</source>
      <translation>مهارة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="174" />
      <source>Renommer la compétence</source>
      <translation>تغيير اسم المهارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="84" />
      <source>Renommer…</source>
      <translation>تغيير الاسم…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="86" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="106" />
      <source>Retirer / remettre</source>
      <translation>حذف / إرجاع</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="129" />
      <source>retirée</source>
      <translation>محذوفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="129" />
      <source>utilisée</source>
      <translation>مستعملة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="73" />
      <source>Échelle</source>
      <translation>السُّلَّم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="91" />
      <source>Échelle de notes</source>
      <translation>سُلَّم النقاط</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="65" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="75" />
      <source>État</source>
      <translation>الحالة</translation>
    </message>
  </context>
  <context>
    <name>GridPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/evaluations/grid_page.py" line="272" />
      <source>%n jour(s)</source>
      <translation>
        <numerusform>لا أيام</numerusform>
        <numerusform>يوم واحد</numerusform>
        <numerusform>يومان</numerusform>
        <numerusform>%n أيام</numerusform>
        <numerusform>%n يومًا</numerusform>
        <numerusform>%n يوم</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/evaluations/grid_page.py" line="273" />
      <source>%n évaluatrice(s)</source>
      <translation>
        <numerusform>لا مقيّمات</numerusform>
        <numerusform>مقيّمة واحدة</numerusform>
        <numerusform>مقيّمتان</numerusform>
        <numerusform>%n مقيّمات</numerusform>
        <numerusform>%n مقيّمة</numerusform>
        <numerusform>%n مقيّمة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="342" />
      <source>Accord entre évaluatrices ({n} paires de notes) : {exact} identiques, {close} à un niveau près. Kappa pondéré : {kappa}.</source>
      <translation>الاتفاق بين المقيّمات ({n} أزواج من النقاط): {exact} متطابقة، {close} بفارق مستوى واحد. كابا الموزون: {kappa}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="336" />
      <source>Accord entre évaluatrices : pas encore de notes à comparer.</source>
      <translation>الاتفاق بين المقيّمات: لا توجد نقاط للمقارنة بعد.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="241" />
      <source>Aucune grille : créez-en une.</source>
      <translation>لا توجد شبكة: أنشئي واحدة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="129" />
      <source>Commentaire</source>
      <translation>تعليق</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="388" />
      <source>Commentaire pour {name}</source>
      <translation>تعليق عن {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="166" />
      <source>Commentaires</source>
      <translation>التعليقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="129" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="166" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="176" />
      <source>Compétence</source>
      <translation>المهارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="181" />
      <source>Désaccords</source>
      <translation>الاختلافات</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="169" />
      <source>Détail du membre</source>
      <translation>تفاصيل العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="134" />
      <source>Enregistrer la fiche</source>
      <translation>حفظ الورقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="136" />
      <source>Enregistrer la fiche (Ctrl+S)</source>
      <translation>حفظ الورقة (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="127" />
      <source>Fiche d'observation</source>
      <translation>ورقة الملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="456" />
      <source>Fiche de {name}, jour {day}</source>
      <translation>ورقة {name}، اليوم {day}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/evaluations/grid_page.py" line="467" />
      <source>Fiche enregistrée : %n note(s).</source>
      <translation>
        <numerusform>حُفظت الاستمارة: لا توجد علامة.</numerusform>
        <numerusform>حُفظت الاستمارة: علامة واحدة.</numerusform>
        <numerusform>حُفظت الاستمارة: علامتان.</numerusform>
        <numerusform>حُفظت الاستمارة: %n علامات.</numerusform>
        <numerusform>حُفظت الاستمارة: %n علامة.</numerusform>
        <numerusform>حُفظت الاستمارة: %n علامة.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="101" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="495" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="504" />
      <source>Finaliser</source>
      <translation>إنهاء</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="496" />
      <source>Finaliser cette grille ? Les notes ne pourront plus changer.</source>
      <translation>إنهاء هذه الشبكة؟ لن يمكن تغيير النقاط بعد ذلك.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="268" />
      <source>Finalisée</source>
      <translation>منتهية</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="104" />
      <source>Grille :</source>
      <translation>الشبكة:</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="120" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="177" />
      <source>Jour</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="117" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="156" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="175" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="166" />
      <source>Médiane</source>
      <translation>الوسيط</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="189" />
      <source>Médiane des notes par catégorie</source>
      <translation>وسيط النقاط حسب الفئة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="190" />
      <source>Médiane par compétence du membre choisi</source>
      <translation>الوسيط لكل مهارة للعضوة المختارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="161" />
      <source>Médianes par membre</source>
      <translation>الوسيط لكل عضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="129" />
      <source>Niveau</source>
      <translation>المستوى</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="380" />
      <source>Niveau pour {name}</source>
      <translation>مستوى {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="158" />
      <source>Nombre de notes</source>
      <translation>عدد النقاط</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="178" />
      <source>Notes différentes</source>
      <translation>نقاط مختلفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="96" />
      <source>Nouvelle grille d'observation (Ctrl+N)</source>
      <translation>شبكة ملاحظة جديدة (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="93" />
      <source>Nouvelle grille…</source>
      <translation>شبكة جديدة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="185" />
      <source>Résultats</source>
      <translation>النتائج</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="147" />
      <source>Saisie d'une fiche</source>
      <translation>ملء ورقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="121" />
      <source>jour </source>
      <translation>اليوم </translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="271" />
      <source>{days}, {evaluators}</source>
      <translation>{days}، {evaluators}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="191" />
      <source>À discuter avant l'entretien (2 niveaux d'écart ou plus)</source>
      <translation>للنقاش قبل المقابلة (فرق مستويين أو أكثر)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="89" />
      <source>Évaluation</source>
      <translation>التقييم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="114" />
      <source>Évaluatrice</source>
      <translation>المقيّمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="99" />
      <source>Évaluatrices…</source>
      <translation>المقيّمات…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="381" />
      <source>— pas observé</source>
      <translation>— لم تُلاحَظ</translation>
    </message>
  </context>
  <context>
    <name>HandoverDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="126" />
      <source>Ce qui est fait</source>
      <translation>ما تم إنجازه</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="127" />
      <source>La suite</source>
      <translation>ما يأتي بعد</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="111" />
      <source>Passation</source>
      <translation>التسليم</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="114" />
      <source>Pour la prochaine déléguée : ce qui est fait, ce qui reste à faire.</source>
      <translation>للمندوبة القادمة: ما تم إنجازه، وما بقي للقيام به.</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../app/ui/help/content.py" line="55" />
      <source>Annuler / rétablir le dernier appui</source>
      <translation>التراجع عن آخر ضغطة / إعادتها</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="39" />
      <source>Aperçu et impression</source>
      <translation>معاينة وطباعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="99" />
      <source>Calculez avant de dépenser : regardez le prix de revient avant de fixer le prix.</source>
      <translation>احسبي قبل الإنفاق: انظري إلى سعر التكلفة قبل تحديد السعر.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="42" />
      <source>Changer le nombre d'étiquettes</source>
      <translation>تغيير عدد الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="169" />
      <source>Cherchez un nom dans la case de recherche.</source>
      <translation>ابحثي عن اسم في خانة البحث.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="110" />
      <source>Choisissez la feuille d'étiquettes que vous avez.</source>
      <translation>اختاري ورقة الملصقات التي لديك.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="138" />
      <source>Choisissez la grille, les regards entre pairs ou les bilans.</source>
      <translation>اختاري الشبكة أو نظرات الزميلات أو الحصائل.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="118" />
      <source>Choisissez la journée de vente.</source>
      <translation>اختاري يوم البيع.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="87" />
      <source>Choisissez la vue : semaine, liste ou présences.</source>
      <translation>اختاري العرض: أسبوع أو قائمة أو حضور.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="107" />
      <source>Cliquez sur le produit, puis tapez le nombre d'étiquettes.</source>
      <translation>انقري على المنتج، ثم اكتبي عدد الملصقات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="165" />
      <source>Cliquez sur « Ajouter » pour une nouvelle personne.</source>
      <translation>انقري على «إضافة» لشخص جديد.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="111" />
      <source>Cliquez sur « Aperçu et impression… » (Ctrl+P), puis « Imprimer ».</source>
      <translation>انقري على «معاينة وطباعة…» (Ctrl+P)، ثم «طباعة».</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="74" />
      <source>Cochez les tâches faites dans la liste.</source>
      <translation>ضعي علامة على المهام المنجزة في القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="57" />
      <source>Comment faire ?</source>
      <translation>كيف أفعل؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="89" />
      <source>Dans « Présences », cochez les personnes présentes.</source>
      <translation>في «الحضور»، ضعي علامة على الحاضرات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="168" />
      <source>Double-cliquez sur un nom pour le modifier.</source>
      <translation>انقري مرتين على اسم لتعديله.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="88" />
      <source>Double-cliquez sur une matinée pour la modifier.</source>
      <translation>انقري مرتين على صباح لتعديله.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="97" />
      <source>Ensuite les recettes : ingrédients et quantités.</source>
      <translation>ثم الوصفات: المكونات والكميات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="41" />
      <source>Entrée</source>
      <translation>Enter</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="106" />
      <source>Imprimer des étiquettes</source>
      <translation>طباعة الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="86" />
      <source>L'horaire</source>
      <translation>الجدول الزمني</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="128" />
      <source>La liste montre qui est déléguée chaque jour.</source>
      <translation>تُظهر القائمة من هي المندوبة كل يوم.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="147" />
      <source>La vie coopérative</source>
      <translation>الحياة التعاونية</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="98" />
      <source>Le prix de revient se calcule tout seul.</source>
      <translation>يُحسب سعر التكلفة تلقائيًا.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="78" />
      <source>Le soir : « Ouvrir les ventes », puis « Clôturer la journée » avec la caisse.</source>
      <translation>في المساء: «فتح المبيعات»، ثم «إغلاق اليوم» مع الصندوق.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="121" />
      <source>Le soir, ouvrez « Fin de journée », comptez la caisse et clôturez.</source>
      <translation>في المساء، افتحي «نهاية اليوم»، عدّي الصندوق وأغلقي.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="127" />
      <source>Les déléguées</source>
      <translation>المندوبات</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="96" />
      <source>Les ingrédients d'abord : nom, prix, unité.</source>
      <translation>المكونات أولًا: الاسم، السعر، الوحدة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="164" />
      <source>Les membres</source>
      <translation>العضوات</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="117" />
      <source>Les ventes du jour</source>
      <translation>مبيعات اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="136" />
      <source>Les évaluations</source>
      <translation>التقييمات</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="70" />
      <source>Ma journée</source>
      <translation>يومي</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="49" />
      <source>Maj+F1 … Maj+F9</source>
      <translation>Shift+F1 … Shift+F9</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="95" />
      <source>Menus et recettes</source>
      <translation>القوائم والوصفات</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="52" />
      <source>Mode de paiement</source>
      <translation>طريقة الدفع</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="170" />
      <source>Ne notez rien sur les papiers ni le titre de séjour.</source>
      <translation>لا تكتبي شيئًا عن الأوراق أو بطاقة الإقامة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="36" />
      <source>Nouvelle tâche</source>
      <translation>مهمة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="46" />
      <source>Nouvelle vente</source>
      <translation>بيع جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="151" />
      <source>Pour chaque membre, choisissez sa position.</source>
      <translation>لكل عضوة، اختاري موقفها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="71" />
      <source>Regardez qui est la déléguée du jour et ce qui est prévu.</source>
      <translation>انظري من هي مندوبة اليوم وما هو المخطط له.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="137" />
      <source>Tapez le code PIN pour ouvrir.</source>
      <translation>اكتبي الرمز السري للفتح.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="50" />
      <source>Un produit de moins</source>
      <translation>منتج واحد أقل</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="47" />
      <source>Un produit vendu de plus</source>
      <translation>منتج مبيع واحد إضافي</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="120" />
      <source>Une erreur ? Annulez avec Ctrl+Z.</source>
      <translation>خطأ؟ تراجعي باستعمال Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="152" />
      <source>Une objection : écrivez qui la fait et comment elle est intégrée.</source>
      <translation>اعتراض: اكتبي من تقدّمه وكيف يتم دمجه.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="129" />
      <source>Une personne absente ? Notez son indisponibilité.</source>
      <translation>شخص غائب؟ سجّلي عدم توفرها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="60" />
      <source>Verrouiller les évaluations</source>
      <translation>قفل التقييمات</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="141" />
      <source>Verrouillez avant de quitter l'ordinateur (Ctrl+L).</source>
      <translation>اقفلي قبل مغادرة الحاسوب (Ctrl+L).</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="158" />
      <source>« Cercles » : un petit groupe, son mandat, ses membres, ses tâches.</source>
      <translation>«الدوائر»: مجموعة صغيرة، تفويضها، عضواتها، مهامها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="155" />
      <source>« Charte et règlement » : chaque membre signe la version en cours.</source>
      <translation>«الميثاق والنظام الداخلي»: كل عضوة توقّع النسخة الحالية.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="148" />
      <source>« Nouvelle décision » : écrivez la proposition, puis les tours.</source>
      <translation>«قرار جديد»: اكتبي الاقتراح ثم الجولات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="119" />
      <source>À chaque vente, cliquez sur le bouton du produit.</source>
      <translation>عند كل بيع، انقري على زر المنتج.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="130" />
      <source>Échangez deux jours si deux personnes sont d'accord.</source>
      <translation>بدّلي يومين إذا اتفقت شخصان.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="35" />
      <source>Écrire la passation</source>
      <translation>كتابة التسليم</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="82" />
      <source>Écrivez la passation pour la déléguée de demain.</source>
      <translation>اكتبي التسليم لمندوبة الغد.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="75" />
      <source>Étiquettes : cliquez sur « Imprimer les étiquettes ».</source>
      <translation>الملصقات: انقري على «طباعة الملصقات».</translation>
    </message>
  </context>
  <context>
    <name>HelpPanel</name>
    <message>
      <location filename="../../app/ui/help/dock.py" line="27" />
      <source>Aide de l'onglet</source>
      <translation>مساعدة هذا التبويب</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/dock.py" line="59" />
      <source>Aller à un onglet</source>
      <translation>الذهاب إلى تبويب</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/dock.py" line="59" />
      <source>Alt+1 … Alt+8</source>
      <translation>Alt+1 … Alt+8</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/dock.py" line="21" />
      <location filename="../../app/ui/help/panel.py" line="21" />
      <source>Comment faire ?</source>
      <translation>كيف أفعل؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/dock.py" line="62" />
      <source>Passer au champ suivant / précédent</source>
      <translation>الانتقال إلى الخانة التالية / السابقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/dock.py" line="46" />
      <source>Raccourcis clavier</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/dock.py" line="61" />
      <source>Tab / Maj+Tab</source>
      <translation>Tab / Shift+Tab</translation>
    </message>
  </context>
  <context>
    <name>IngredientDialog</name>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="98" />
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="100" />
      <source>Actif</source>
      <translation>نشِط</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="124" />
      <source>Allergènes (contient)</source>
      <translation>مسبّبات الحساسية (يحتوي على)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="109" />
      <source>Fournisseur</source>
      <translation>المورّد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="94" />
      <source>Le tableau du paquet, recopié une fois, pour les étiquettes des produits.</source>
      <translation>جدول العبوة، يُنسخ مرة واحدة، لملصقات المنتجات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="62" />
      <source>Modifier l'ingrédient</source>
      <translation>تعديل المكوّن</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="104" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="117" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="62" />
      <source>Nouvel ingrédient</source>
      <translation>مكوّن جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="125" />
      <source>Peut contenir des traces de</source>
      <translation>قد يحتوي على آثار من</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="110" />
      <source>Poids d'une pièce (g)</source>
      <translation>وزن القطعة الواحدة (غ)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="211" />
      <source>Prix connus (un nouveau prix garde les anciens) :</source>
      <translation>الأسعار المعروفة (السعر الجديد يحتفظ بالقديمة):</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="107" />
      <source>Prix du paquet (€) *</source>
      <translation>سعر العلبة (€) *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="108" />
      <source>Prix valable depuis le</source>
      <translation>السعر صالح منذ</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="81" />
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="176" />
      <source>Ses ingrédients…</source>
      <translation>مكوّناته…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="172" />
      <source>Ses ingrédients… ({names})</source>
      <translation>مكوّناته… ({names})</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="84" />
      <source>Seulement si le paquet liste des ingrédients (beurre de cacahuète : arachides, sel). L'étiquette les imprime entre parenthèses.</source>
      <translation>فقط إذا كانت العبوة تذكر مكوّنات (زبدة الفول السوداني: فول سوداني، ملح). يطبعها الملصق بين قوسين.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="113" />
      <source>Sur le paquet</source>
      <translation>على العبوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="106" />
      <source>Taille du paquet *</source>
      <translation>حجم العلبة *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="105" />
      <source>Unité d'achat</source>
      <translation>وحدة الشراء</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="91" />
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="165" />
      <source>Valeurs nutritionnelles…</source>
      <translation>القيم الغذائية…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="161" />
      <source>Valeurs nutritionnelles… ({kcal} kcal)</source>
      <translation>القيم الغذائية… ({kcal} kcal)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="203" />
      <source>depuis le {date} : {size} pour {price}</source>
      <translation>منذ {date}: {size} بسعر {price}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="68" />
      <source>par exemple 1 ou 500</source>
      <translation>مثلًا 1 أو 500</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="70" />
      <source>par exemple 6,49</source>
      <translation>مثلًا 6,49</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="73" />
      <source>par exemple Colruyt, marché de la Batte</source>
      <translation>مثلًا Colruyt، سوق La Batte</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="76" />
      <source>pour les étiquettes, par exemple 55 pour un œuf</source>
      <translation>للملصقات، مثلًا 55 لبيضة واحدة</translation>
    </message>
  </context>
  <context>
    <name>IngredientsPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/ingredients_page.py" line="89" />
      <source>%n ingrédient(s)</source>
      <translation>
        <numerusform>%n مكوّن</numerusform>
        <numerusform>%n مكوّن</numerusform>
        <numerusform>%n مكوّنان</numerusform>
        <numerusform>%n مكوّنات</numerusform>
        <numerusform>%n مكوّنًا</numerusform>
        <numerusform>%n مكوّن</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="42" />
      <source>Allergènes</source>
      <translation>مسببات الحساسية</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="36" />
      <source>Depuis le</source>
      <translation>منذ</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="40" />
      <source>Fournisseur</source>
      <translation>المورّد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="22" />
      <source>Ingrédient</source>
      <translation>المكوّن</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="74" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="65" />
      <source>Montrer les ingrédients inactifs</source>
      <translation>إظهار المكوّنات غير النشطة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="71" />
      <source>Nouvel ingrédient</source>
      <translation>مكوّن جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="24" />
      <source>Paquet</source>
      <translation>العبوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="30" />
      <source>Prix du paquet</source>
      <translation>سعر العبوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="50" />
      <source>Recettes</source>
      <translation>الوصفات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="64" />
      <source>Rechercher un ingrédient ou un fournisseur…</source>
      <translation>البحث عن مكوّن أو مورّد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="77" />
      <source>Supprimer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="46" />
      <source>Traces</source>
      <translation>آثار</translation>
    </message>
  </context>
  <context>
    <name>KitchenPrinting</name>
    <message>
      <location filename="../../app/ui/kitchen/printing.py" line="27" />
      <source>Allergènes — {name}</source>
      <translation>مسببات الحساسية — {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/printing.py" line="37" />
      <source>Liste des prix du stand</source>
      <translation>قائمة أسعار الكشك</translation>
    </message>
  </context>
  <context>
    <name>LabelProducts</name>
    <message>
      <location filename="../../app/ui/labels/model.py" line="110" />
      <source>Il manque : {missing}</source>
      <translation>ينقص: {missing}</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="121" />
      <source>Nombre d'étiquettes</source>
      <translation>عدد الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="34" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="108" />
      <source>Prêt</source>
      <translation>جاهز</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="106" />
      <source>Prêt, à vérifier : {warning}</source>
      <translation>جاهز، للتحقق: {warning}</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="36" />
      <source>Quantité nette</source>
      <translation>الكمية الصافية</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="40" />
      <source>État</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="38" />
      <source>Étiquettes</source>
      <translation>الملصقات</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../app/ui/labels/commands.py" line="24" />
      <source>suppression du modèle {name}</source>
      <translation>حذف النموذج {name}</translation>
    </message>
  </context>
  <context>
    <name>LabelsTab</name>
    <message numerus="yes">
      <location filename="../../app/ui/labels/tab.py" line="372" />
      <source>%n feuille(s) {name}</source>
      <translation>
        <numerusform>لا أوراق {name}</numerusform>
        <numerusform>ورقة {name} واحدة</numerusform>
        <numerusform>ورقتا {name}</numerusform>
        <numerusform>%n أوراق {name}</numerusform>
        <numerusform>%n ورقة {name}</numerusform>
        <numerusform>%n ورقة {name}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/labels/tab.py" line="371" />
      <source>%n étiquette(s)</source>
      <translation>
        <numerusform>لا ملصقات</numerusform>
        <numerusform>ملصق واحد</numerusform>
        <numerusform>ملصقان</numerusform>
        <numerusform>%n ملصقات</numerusform>
        <numerusform>%n ملصقًا</numerusform>
        <numerusform>%n ملصق</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="122" />
      <source>1. Produits : tapez le nombre d'étiquettes</source>
      <translation>1. المنتجات: اكتبي عدد الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="161" />
      <source>2. Impression</source>
      <translation>2. الطباعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="180" />
      <source>Ajouter</source>
      <translation>إضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="189" />
      <source>Aperçu et impression…</source>
      <translation>المعاينة والطباعة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="143" />
      <source>Aucun</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="110" />
      <source>Aucun produit. Créez d'abord les recettes (ingrédients, quantité nette, durée de conservation) dans l'onglet Menus.</source>
      <translation>لا يوجد منتج. أنشئي أولًا الوصفات (المكوّنات، الكمية الصافية، مدة الحفظ) في قسم القوائم.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="341" />
      <source>Ce n'est pas la date d'aujourd'hui ({today}). Vérifiez-la.</source>
      <translation>هذا ليس تاريخ اليوم ({today}). تحقّقي منه.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="145" />
      <source>Code 128 (code produit, lettres permises)</source>
      <translation>Code 128 (رمز المنتج، الحروف مسموحة)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="176" />
      <source>Code-barres</source>
      <translation>الرمز الشريطي</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="166" />
      <source>Date de production</source>
      <translation>تاريخ الإنتاج</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="201" />
      <source>Décalage vers la droite</source>
      <translation>إزاحة نحو اليمين</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="202" />
      <source>Décalage vers le bas</source>
      <translation>إزاحة نحو الأسفل</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="144" />
      <source>EAN-13 (code produit)</source>
      <translation>EAN-13 (رمز المنتج)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="173" />
      <source>Feuille d'étiquettes</source>
      <translation>ورقة الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="204" />
      <source>Garder ce décalage</source>
      <translation>الاحتفاظ بهذه الإزاحة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="218" />
      <source>Imprimante</source>
      <translation>الطابعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="275" />
      <source>Langue des étiquettes : {language}. Pour la changer : Fichier &gt; Paramètres de la coopérative.</source>
      <translation>لغة الملصقات: {language}. لتغييرها: ملف &gt; إعدادات التعاونية.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="376" />
      <source>Les {n} premières (en gris) sont déjà utilisées.</source>
      <translation>أول {n} (باللون الرمادي) مستعملة بالفعل.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="151" />
      <source>Logo</source>
      <translation>الشعار</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="210" />
      <source>Nouveau modèle…</source>
      <translation>نموذج جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="175" />
      <source>Numéro de lot</source>
      <translation>رقم التشغيلة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="120" />
      <source>Ouvrir la recette</source>
      <translation>فتح الوصفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="466" />
      <source>Page de réglage</source>
      <translation>صفحة الضبط</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="207" />
      <source>Page de réglage…</source>
      <translation>صفحة الضبط…</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="150" />
      <source>Petite histoire</source>
      <translation>قصة قصيرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="149" />
      <source>Prix</source>
      <translation>السعر</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="93" />
      <source>Produits et nombre d'étiquettes</source>
      <translation>المنتجات وعدد الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="146" />
      <source>QR code (code produit, nom, lot, date, contact)</source>
      <translation>رمز QR (رمز المنتج، الاسم، رقم التشغيلة، التاريخ، جهة الاتصال)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="215" />
      <source>Réglages de la feuille</source>
      <translation>إعدادات الورقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="213" />
      <source>Supprimer ce modèle</source>
      <translation>حذف هذا النموذج</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="503" />
      <source>Supprimer le modèle</source>
      <translation>حذف النموذج</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="505" />
      <source>Supprimer le modèle « {name} » ? Vous pourrez annuler (Ctrl+Z).</source>
      <translation>حذف النموذج «{name}»؟ يمكنك التراجع (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="362" />
      <source>Tapez un nombre d'étiquettes à côté d'un produit. Sur le dessin de la feuille, cliquez sur la première étiquette libre.</source>
      <translation>اكتبي عدد الملصقات بجانب المنتج. على رسم الورقة، انقري على أول ملصق فارغ.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="192" />
      <source>Voir les étiquettes, puis imprimer (Ctrl+P)</source>
      <translation>رؤية الملصقات، ثم الطباعة (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="350" />
      <source>automatique : {lot}</source>
      <translation>تلقائي: {lot}</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="370" />
      <source>{labels} sur {sheets}.</source>
      <translation>{labels} على {sheets}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="389" />
      <source>« {name} » : il manque {missing}.</source>
      <translation>«{name}»: ينقص {missing}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="395" />
      <source>« {name} » est prêt.</source>
      <translation>«{name}» جاهز.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="249" />
      <location filename="../../app/ui/labels/tab.py" line="454" />
      <source>Étiquettes</source>
      <translation>الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="174" />
      <source>Étiquettes déjà utilisées</source>
      <translation>ملصقات مستعملة بالفعل</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <location filename="../../app/ui/menus/list_page.py" line="56" />
      <source>Rechercher</source>
      <translation>بحث</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" line="163" />
      <source>&amp;Fichier</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="399" />
      <source>&lt;h3&gt;Coopér'Actives Cuisine {version}&lt;/h3&gt;&lt;p&gt;L'application des coopératives éphémères de cuisine : planning, menus, étiquettes, ventes, déléguée du jour et évaluations.&lt;/p&gt;&lt;p&gt;Base de données : {path}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Coopér'Actives Cuisine {version}&lt;/h3&gt;&lt;p&gt;برنامج التعاونيات المؤقتة للطبخ: الجدول، القوائم، الملصقات، البيع، مندوبة اليوم والتقييمات.&lt;/p&gt;&lt;p&gt;قاعدة البيانات: {path}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="175" />
      <source>A&amp;ide</source>
      <translation>م&amp;ساعدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="248" />
      <source>Aucune cohorte</source>
      <translation>لا توجد مجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="272" />
      <source>Bienvenue ! Commencez par décrire votre coopérative : son nom, son adresse.</source>
      <translation>مرحبًا! ابدئي بوصف تعاونيتك: اسمها وعنوانها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="53" />
      <location filename="../../app/ui/main_window.py" line="150" />
      <source>Cohorte</source>
      <translation>المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="153" />
      <source>Cohorte :</source>
      <translation>المجموعة:</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="248" />
      <source>Cohorte : {name}</source>
      <translation>المجموعة: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="209" />
      <source>Commencer</source>
      <translation>ابدئي</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="283" />
      <source>Créer une cohorte</source>
      <translation>إنشاء مجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="281" />
      <source>Créez maintenant la première cohorte, puis ajoutez ses membres.</source>
      <translation>أنشئي الآن المجموعة الأولى، ثم أضيفي عضواتها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="276" />
      <source>Décrire la coopérative</source>
      <translation>وصف التعاونية</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="257" />
      <source>Délégué du jour : {name}</source>
      <translation>مندوب اليوم: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="259" />
      <source>Déléguée du jour : {name}</source>
      <translation>مندوبة اليوم: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="134" />
      <source>Modifier la cohorte…</source>
      <translation>تعديل المجموعة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="127" />
      <source>Nouvelle cohorte…</source>
      <translation>مجموعة جديدة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="118" />
      <source>Paramètres de la coopérative…</source>
      <translation>إعدادات التعاونية…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="137" />
      <source>Quitter</source>
      <translation>خروج</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="397" />
      <source>À propos</source>
      <translation>حول البرنامج</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="146" />
      <source>À propos…</source>
      <translation>حول البرنامج…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="170" />
      <source>É&amp;dition</source>
      <translation>&amp;تحرير</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="31" />
      <source>Ce qui a été dit, ce qui a été décidé, qui fait quoi.</source>
      <translation>ما قيل، ما تقرّر، من تفعل ماذا.</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="30" />
      <source>Compte rendu</source>
      <translation>المحضر</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="39" />
      <source>Compte rendu *</source>
      <translation>المحضر *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="38" />
      <source>Date *</source>
      <translation>التاريخ *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="26" />
      <source>Date de la réunion</source>
      <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="22" />
      <source>Modifier le compte rendu</source>
      <translation>تعديل المحضر</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="22" />
      <source>Réunion du cercle</source>
      <translation>اجتماع الدائرة</translation>
    </message>
  </context>
  <context>
    <name>Members</name>
    <message>
      <location filename="../../app/ui/people/commands.py" line="22" />
      <source>ajout de {name}</source>
      <translation>إضافة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/commands.py" line="52" />
      <source>désactivation de {name}</source>
      <translation>تعطيل {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/commands.py" line="36" />
      <source>modification de {name}</source>
      <translation>تعديل {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/commands.py" line="50" />
      <source>réactivation de {name}</source>
      <translation>إعادة تفعيل {name}</translation>
    </message>
  </context>
  <context>
    <name>MembersTab</name>
    <message numerus="yes">
      <location filename="../../app/ui/people/tab.py" line="182" />
      <source>%n personne(s)</source>
      <translation>
        <numerusform>لا أشخاص</numerusform>
        <numerusform>شخص واحد</numerusform>
        <numerusform>شخصان</numerusform>
        <numerusform>%n أشخاص</numerusform>
        <numerusform>%n شخصًا</numerusform>
        <numerusform>%n شخص</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="68" />
      <source>Ajouter une personne</source>
      <translation>إضافة شخص</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="71" />
      <source>Ajouter une personne (Ctrl+N)</source>
      <translation>إضافة شخص (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="86" />
      <source>Après le programme…</source>
      <translation>بعد البرنامج…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="93" />
      <source>Données personnelles</source>
      <translation>المعلومات الشخصية</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="76" />
      <location filename="../../app/ui/people/tab.py" line="205" />
      <location filename="../../app/ui/people/tab.py" line="272" />
      <source>Désactiver</source>
      <translation>إيقاف</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="276" />
      <source>Désactiver {name} ? Elle n'apparaîtra plus dans les listes, mais tout son historique est gardé. Vous pourrez la réactiver.</source>
      <translation>إيقاف {name}؟ لن تظهر في القوائم بعد الآن، لكن كل تاريخها محفوظ. يمكنك إعادة تفعيلها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="280" />
      <source>Désactiver {name} ? Il n'apparaîtra plus dans les listes, mais tout son historique est gardé. Vous pourrez le réactiver.</source>
      <translation>إيقاف {name}؟ لن يظهر في القوائم بعد الآن، لكن كل تاريخه محفوظ. يمكنك إعادة تفعيله.</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="104" />
      <source>Effacer ses données…</source>
      <translation>مسح معلوماتها…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="97" />
      <source>Exporter en JSON…</source>
      <translation>تصدير بصيغة JSON…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="59" />
      <source>Liste des personnes</source>
      <translation>قائمة الأشخاص</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="220" />
      <source>Marraine / parrain : {mentor} — {notes}</source>
      <translation>العرّابة / العرّاب: {mentor} — {notes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="142" />
      <location filename="../../app/ui/people/tab.py" line="154" />
      <source>Membres</source>
      <translation>العضوات</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="82" />
      <source>Mettre à la corbeille (Suppr)</source>
      <translation>وضع في سلة المهملات (Delete)</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="74" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="51" />
      <source>Montrer les personnes inactives</source>
      <translation>إظهار الأشخاص غير النشطين</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="89" />
      <source>Portfolio employeur…</source>
      <translation>ملف لأصحاب العمل…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="48" />
      <source>Rechercher</source>
      <translation>بحث</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="47" />
      <source>Rechercher un nom, un téléphone, une langue…</source>
      <translation>البحث عن اسم، هاتف، لغة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="203" />
      <source>Réactiver</source>
      <translation>إعادة التفعيل</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="145" />
      <source>Répertoire</source>
      <translation>الدليل</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="79" />
      <source>Supprimer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="100" />
      <source>Voir et imprimer (PDF)…</source>
      <translation>عرض وطباعة (PDF)…</translation>
    </message>
  </context>
  <context>
    <name>MenuDialog</name>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="53" />
      <location filename="../../app/ui/menus/menu_dialog.py" line="55" />
      <source>Actif</source>
      <translation>نشِط</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="63" />
      <source>Ajouter une recette</source>
      <translation>إضافة وصفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="73" />
      <source>Format de vente</source>
      <translation>شكل البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="133" />
      <source>Ligne {n} : choisissez une recette de la liste.</source>
      <translation>السطر {n}: اختاري وصفة من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="44" />
      <source>Modifier le menu</source>
      <translation>تعديل القائمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="72" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="74" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="44" />
      <source>Nouveau menu</source>
      <translation>قائمة طعام جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="60" />
      <source>Portions par personne</source>
      <translation>الحصص لكل شخص</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="111" />
      <source>Portions par personne, ligne {n}</source>
      <translation>الحصص لكل شخص، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="60" />
      <source>Recette</source>
      <translation>الوصفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="106" />
      <source>Recette, ligne {n}</source>
      <translation>الوصفة، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="58" />
      <source>Recettes du menu</source>
      <translation>وصفات القائمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="112" />
      <source>Retirer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="113" />
      <source>Retirer la ligne {n}</source>
      <translation>حذف السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="49" />
      <source>par exemple : Brunch des 20 ans</source>
      <translation>مثلًا: فطور الذكرى العشرين</translation>
    </message>
  </context>
  <context>
    <name>MenusPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/menus_page.py" line="83" />
      <source>%n menu(s)</source>
      <translation>
        <numerusform>%n قائمة</numerusform>
        <numerusform>%n قائمة</numerusform>
        <numerusform>%n قائمتان</numerusform>
        <numerusform>%n قوائم</numerusform>
        <numerusform>%n قائمة</numerusform>
        <numerusform>%n قائمة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="73" />
      <source>Allergènes…</source>
      <translation>مسببات الحساسية…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="34" />
      <source>Coût par personne</source>
      <translation>التكلفة للشخص</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="30" />
      <source>Format</source>
      <translation>الشكل</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="136" />
      <source>Liste de courses</source>
      <translation>قائمة المشتريات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="70" />
      <source>Liste de courses…</source>
      <translation>قائمة المشتريات…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="28" />
      <source>Menu</source>
      <translation>القائمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="68" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="123" />
      <source>Modifier le menu {name}</source>
      <translation>تعديل القائمة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="62" />
      <source>Montrer les menus inactifs</source>
      <translation>إظهار القوائم غير النشطة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="67" />
      <source>Nouveau menu</source>
      <translation>قائمة طعام جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="136" />
      <source>Pour combien de personnes ?</source>
      <translation>لكم شخص؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="40" />
      <source>Prix par personne</source>
      <translation>السعر للشخص</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="46" />
      <source>Recettes</source>
      <translation>الوصفات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="61" />
      <source>Rechercher un menu…</source>
      <translation>البحث عن قائمة…</translation>
    </message>
  </context>
  <context>
    <name>MenusPrinting</name>
    <message>
      <location filename="../../app/ui/menus/printing.py" line="27" />
      <source>Devis n° {id}</source>
      <translation>عرض السعر رقم {id}</translation>
    </message>
  </context>
  <context>
    <name>MenusTab</name>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="75" />
      <source>Calculer avant de dépenser : chaque recette et chaque commande montre son coût.</source>
      <translation>احسبي قبل أن تصرفي: كل وصفة وكل طلب يُظهر تكلفته.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="54" />
      <source>Commandes et devis</source>
      <translation>الطلبات وعروض الأسعار</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="124" />
      <source>Coût matière visé : {n}</source>
      <translation>تكلفة المواد المطلوبة: {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="59" />
      <source>Dégustations</source>
      <translation>التذوّق</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="44" />
      <source>Ingrédients</source>
      <translation>المكوّنات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="49" />
      <location filename="../../app/ui/menus/tab.py" line="86" />
      <source>Menus</source>
      <translation>القوائم</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="41" />
      <source>Recettes</source>
      <translation>الوصفات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="66" />
      <source>TVA et objectif de marge…</source>
      <translation>ضريبة القيمة المضافة وهدف الهامش…</translation>
    </message>
  </context>
  <context>
    <name>ModuleDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="390" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="384" />
      <source>Nouveau module</source>
      <translation>وحدة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="390" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
  </context>
  <context>
    <name>MorningDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="140" />
      <source>Animé par</source>
      <translation>تنشّطها</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="135" />
      <source>Date *</source>
      <translation>التاريخ *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="136" />
      <source>Début</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="137" />
      <source>Fin</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="142" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="143" />
      <source>Marraine / parrain</source>
      <translation>عرّابة / عرّاب</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="105" />
      <source>Modifier la matinée</source>
      <translation>تعديل الصباحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="138" />
      <source>Module</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="146" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="105" />
      <source>Nouvelle matinée</source>
      <translation>صباحية جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="145" />
      <source>Point de rendez-vous</source>
      <translation>نقطة اللقاء</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="141" />
      <source>Pour</source>
      <translation>لـ</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="120" />
      <source>Toute la cohorte</source>
      <translation>المجموعة كلها</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="139" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="144" />
      <source>Visite chez</source>
      <translation>زيارة عند</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="127" />
      <source>par exemple : devant la gare, à 8h30</source>
      <translation>مثلاً: أمام المحطة، على الساعة 8:30</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="147" />
      <source>État</source>
      <translation>الحالة</translation>
    </message>
  </context>
  <context>
    <name>MoveDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="206" />
      <source>Début</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="195" />
      <source>Déplacer la matinée</source>
      <translation>نقل الصباحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="205" />
      <source>Nouvelle date</source>
      <translation>التاريخ الجديد</translation>
    </message>
  </context>
  <context>
    <name>NutritionDialog</name>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="85" />
      <source>Valeurs nutritionnelles</source>
      <translation>القيم الغذائية</translation>
    </message>
  </context>
  <context>
    <name>NutritionEditor</name>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="31" />
      <source>Glucides (g)</source>
      <translation>الكربوهيدرات (غ)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="29" />
      <source>Matières grasses (g)</source>
      <translation>الدهون (غ)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="33" />
      <source>Protéines (g)</source>
      <translation>البروتين (غ)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="38" />
      <source>Recopiez le tableau du paquet une fois : l'étiquette de vos produits en fait le calcul. Laissez vide si vous ne le connaissez pas.</source>
      <translation>انسخي جدول العبوة مرة واحدة: تحسب ملصقات منتجاتك منه. اتركيه فارغًا إن لم تعرفيه.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="69" />
      <source>Remplissez toutes les valeurs nutritionnelles, ou aucune.</source>
      <translation>املئي كل القيم الغذائية، أو لا شيء منها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="34" />
      <source>Sel (g)</source>
      <translation>الملح (غ)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="25" />
      <source>Valeurs nutritionnelles pour 100 g (sur le paquet)</source>
      <translation>القيم الغذائية لكل 100 غ (على العبوة)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="30" />
      <source>dont acides gras saturés (g)</source>
      <translation>منها الدهون المشبعة (غ)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="32" />
      <source>dont sucres (g)</source>
      <translation>منها السكريات (غ)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="27" />
      <source>Énergie (kJ)</source>
      <translation>الطاقة (kJ)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="28" />
      <source>Énergie (kcal)</source>
      <translation>الطاقة (kcal)</translation>
    </message>
  </context>
  <context>
    <name>OrderDialog</name>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="137" />
      <source> jours</source>
      <translation> أيام</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="126" />
      <source>(pas de menu)</source>
      <translation>(بدون قائمة)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="154" />
      <source>Adresse</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="170" />
      <source>Ajouter une ligne</source>
      <translation>إضافة سطر</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="360" />
      <source>Ajoutez des lignes pour voir le coût et la marge.</source>
      <translation>أضيفي سطورًا لرؤية التكلفة والهامش.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="249" />
      <source>Choisissez d'abord un menu.</source>
      <translation>اختاري أولًا قائمة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="147" />
      <source>Client *</source>
      <translation>الزبون *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="89" />
      <source>Commande n° {id}</source>
      <translation>الطلب رقم {id}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="157" />
      <source>Conditions</source>
      <translation>الشروط</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="148" />
      <source>Contact</source>
      <translation>جهة الاتصال</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="149" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="156" />
      <source>Devis valable</source>
      <translation>عرض السعر صالح لمدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="120" />
      <source>Du répertoire</source>
      <translation>من الدليل</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="151" />
      <source>Format de vente</source>
      <translation>شكل البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="139" />
      <source>Imprimées sur le devis, dans la langue du devis.</source>
      <translation>تُطبع على عرض السعر، بلغة عرض السعر.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="276" />
      <source>Ligne {n} : choisissez un produit de la liste.</source>
      <translation>السطر {n}: اختاري منتجًا من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="165" />
      <source>Lignes de la commande</source>
      <translation>سطور الطلب</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="153" />
      <source>Livraison</source>
      <translation>التوصيل</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="152" />
      <source>Menu</source>
      <translation>القائمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="150" />
      <source>Nombre de personnes</source>
      <translation>عدد الأشخاص</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="158" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="87" />
      <source>Nouvelle commande</source>
      <translation>طلب جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="367" />
      <source>Pour calculer : {message}</source>
      <translation>للحساب: {message}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="167" />
      <source>Prix TVAC</source>
      <translation>السعر مع الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="199" />
      <source>Prix unitaire, ligne {n}</source>
      <translation>سعر الوحدة، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="167" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="194" />
      <source>Produit, ligne {n}</source>
      <translation>المنتج، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="167" />
      <source>Quantité</source>
      <translation>الكمية</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="197" />
      <source>Quantité, ligne {n}</source>
      <translation>الكمية، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="128" />
      <source>Remplir depuis le menu</source>
      <translation>الملء من القائمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="208" />
      <source>Retirer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="209" />
      <source>Retirer la ligne {n}</source>
      <translation>حذف السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="155" />
      <source>Statut</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="167" />
      <source>TVA</source>
      <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="201" />
      <source>TVA, ligne {n}</source>
      <translation>ضريبة القيمة المضافة، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="372" />
      <source>Total : {total} TVA comprise</source>
      <translation>المجموع: {total} مع ضريبة القيمة المضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="114" />
      <source>nom, téléphone, e-mail</source>
      <translation>الاسم، الهاتف، البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="112" />
      <source>organisation ou personne</source>
      <translation>منظمة أو شخص</translation>
    </message>
  </context>
  <context>
    <name>OrdersPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/orders_page.py" line="130" />
      <source>%n commande(s)</source>
      <translation>
        <numerusform>%n طلب</numerusform>
        <numerusform>%n طلب</numerusform>
        <numerusform>%n طلبان</numerusform>
        <numerusform>%n طلبات</numerusform>
        <numerusform>%n طلبًا</numerusform>
        <numerusform>%n طلب</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="110" />
      <source>Allergènes…</source>
      <translation>مسببات الحساسية…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="229" />
      <source>Calculer avant de dépenser</source>
      <translation>احسبي قبل أن تصرفي</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="41" />
      <source>Client</source>
      <translation>الزبون</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="120" />
      <source>Commande n° {id} : {message}</source>
      <translation>الطلب رقم {id}: {message}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="107" />
      <source>Courses en CSV…</source>
      <translation>المشتريات بصيغة CSV…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="56" />
      <source>Coût</source>
      <translation>التكلفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="37" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="260" />
      <source>Enregistrer la liste de courses</source>
      <translation>حفظ قائمة المشتريات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="100" />
      <source>Imprimer le devis (Ctrl+P)</source>
      <translation>طباعة عرض السعر (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="97" />
      <source>Imprimer le devis…</source>
      <translation>طباعة عرض السعر…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="230" />
      <source>Imprimer quand même le devis ?</source>
      <translation>طباعة عرض السعر رغم ذلك؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="104" />
      <source>Liste de courses…</source>
      <translation>قائمة المشتريات…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="62" />
      <source>Marge</source>
      <translation>الهامش</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="69" />
      <source>Marge %</source>
      <translation>الهامش %</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="95" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="199" />
      <source>Modifier la commande n° {id}</source>
      <translation>تعديل الطلب رقم {id}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="85" />
      <source>Montrer les commandes livrées et annulées</source>
      <translation>إظهار الطلبات المسلَّمة والملغاة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="93" />
      <source>Nouvelle commande</source>
      <translation>طلب جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="31" />
      <source>N°</source>
      <translation>رقم</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="43" />
      <source>Personnes</source>
      <translation>الأشخاص</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="84" />
      <source>Rechercher un client…</source>
      <translation>البحث عن زبون…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="48" />
      <source>Statut</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="113" />
      <source>Supprimer…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="50" />
      <source>Total TVAC</source>
      <translation>المجموع مع الضريبة</translation>
    </message>
  </context>
  <context>
    <name>OrganisationDialog</name>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="63" />
      <source>Adresse</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="64" />
      <source>Comment y aller</source>
      <translation>كيفية الوصول</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="65" />
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="42" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="61" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="67" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="42" />
      <source>Nouvelle organisation</source>
      <translation>منظمة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="62" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="66" />
      <source>Téléphone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="53" />
      <source>nom@exemple.be</source>
      <translation>name@example.be</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="50" />
      <source>par exemple : bus 4, arrêt Pont d'Avroy, puis 5 minutes à pied</source>
      <translation>مثلاً: الحافلة 4، محطة Pont d'Avroy، ثم 5 دقائق مشياً</translation>
    </message>
  </context>
  <context>
    <name>OtherDayDialog</name>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="66" />
      <source>Annuler</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="69" />
      <source>Aucune vente n'est ouverte : rien à clôturer.</source>
      <translation>لا يوجد بيع مفتوح: لا شيء للإغلاق.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="55" />
      <source>Ces ventes ne sont pas encore clôturées. Choisissez celle à clôturer, avec sa date :</source>
      <translation>هذه المبيعات لم تُغلق بعد. اختاري التي تريدين إغلاقها، مع تاريخها:</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="62" />
      <source>Clôturer cette vente</source>
      <translation>إغلاق هذا البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="34" />
      <source>Clôturer la journée</source>
      <translation>إغلاق اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="72" />
      <source>Fermer</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="47" />
      <source>Il n'y a pas de vente aujourd'hui ({date}).</source>
      <translation>لا يوجد بيع اليوم ({date}).</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="41" />
      <source>Ventes encore ouvertes</source>
      <translation>مبيعات ما زالت مفتوحة</translation>
    </message>
  </context>
  <context>
    <name>OutcomesDialog</name>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="61" />
      <source>Accord pour le suivi</source>
      <translation>الموافقة على المتابعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/commands.py" line="30" />
      <source>Après le programme</source>
      <translation>بعد البرنامج</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="37" />
      <source>Après le programme : {name}</source>
      <translation>بعد البرنامج: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="62" />
      <source>Cohorte</source>
      <translation>المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="63" />
      <source>Moment</source>
      <translation>الوقت</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="65" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="86" />
      <source>Retirer l'accord ? Ce qui a été noté après le programme sera effacé.</source>
      <translation>سحب الموافقة؟ سيُمحى ما سُجّل بعد البرنامج.</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="85" />
      <source>Retirer son accord</source>
      <translation>سحب موافقتها</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="64" />
      <source>Situation</source>
      <translation>الوضع</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/commands.py" line="73" />
      <source>accord de {name}</source>
      <translation>موافقة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/commands.py" line="75" />
      <source>retrait de l'accord de {name}</source>
      <translation>سحب موافقة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/commands.py" line="40" />
      <source>situation de {name}</source>
      <translation>وضع {name}</translation>
    </message>
  </context>
  <context>
    <name>PairingDialog</name>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="186" />
      <source>Accompagner une membre</source>
      <translation>مرافقة عضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="200" />
      <source>Marraine / parrain</source>
      <translation>العرّابة / العرّاب</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="201" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="202" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="194" />
      <source>par exemple : se voient le jeudi pour la comptabilité</source>
      <translation>مثلاً: تلتقيان يوم الخميس للمحاسبة</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
      <location filename="../../app/ui/pdf_preview.py" line="54" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحتان</numerusform>
        <numerusform>%n صفحات</numerusform>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="52" />
      <source>Aperçu</source>
      <translation>المعاينة</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="97" />
      <source>Enregistrer en PDF</source>
      <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="59" />
      <source>Enregistrer en PDF…</source>
      <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="63" />
      <source>Fermer</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="55" />
      <source>Imprimer…</source>
      <translation>طباعة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="79" />
      <source>Imprimez à la taille réelle (100 %) : dans la fenêtre d'impression, ne choisissez pas « Ajuster à la page ». Sinon les lettres deviennent trop petites pour la loi et les étiquettes sortent à côté des cases.</source>
      <translation>اطبعي بالحجم الحقيقي (100 %): في نافذة الطباعة لا تختاري «ملاءمة للصفحة». وإلا تصبح الحروف أصغر مما يسمح به القانون وتخرج الملصقات خارج أماكنها.</translation>
    </message>
  </context>
  <context>
    <name>PeersPage</name>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="61" />
      <source>A répondu</source>
      <translation>أجابت</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="84" />
      <source>Auto-évaluation</source>
      <translation>التقييم الذاتي</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="91" />
      <source>Aveugle : choisi par ses collègues seulement</source>
      <translation>دون معرفة: يختاره الزملاء فقط</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="92" />
      <source>Caché : choisi par la personne seulement</source>
      <translation>مخفي: يختاره الشخص نفسه فقط</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="81" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="49" />
      <source>Chaque membre répond seule ; personne ne voit les réponses des autres.</source>
      <translation>كل عضوة تجيب وحدها؛ لا أحد يرى أجوبة الأخريات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="81" />
      <source>Compétence</source>
      <translation>المهارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="61" />
      <location filename="../../app/ui/evaluations/peers_page.py" line="68" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="81" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="43" />
      <source>Nouvelle auto-évaluation…</source>
      <translation>تقييم ذاتي جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="90" />
      <source>Ouvert : choisi par la personne et par ses collègues</source>
      <translation>مفتوح: يختاره الشخص نفسه والزملاء</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="62" />
      <source>Qui a répondu</source>
      <translation>من أجابت</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="81" />
      <source>Réponse</source>
      <translation>الإجابة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="63" />
      <source>Réponses</source>
      <translation>الأجوبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="86" />
      <source>Résultats d'un membre (coordinatrice seulement)</source>
      <translation>نتائج عضوة (للمنسّقة فقط)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="46" />
      <source>Saisie privée par les membres</source>
      <translation>إدخال خاص من طرف العضوات</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="170" />
      <source>je l'ai déjà</source>
      <translation>عندي هذه المهارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="137" />
      <source>oui</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="137" />
      <source>pas encore</source>
      <translation>ليس بعد</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="39" />
      <source>Évaluation</source>
      <translation>التقييم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="54" />
      <source>Évaluation :</source>
      <translation>التقييم:</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="170" />
      <source>à travailler</source>
      <translation>للتدرّب عليها</translation>
    </message>
  </context>
  <context>
    <name>PeopleModel</name>
    <message>
      <location filename="../../app/ui/people/model.py" line="23" />
      <source>Actif</source>
      <translation>نشِط</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="23" />
      <source>Active</source>
      <translation>نشِطة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="17" />
      <source>Inactif</source>
      <translation>غير نشِط</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="17" />
      <source>Inactive</source>
      <translation>غير نشِطة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="33" />
      <source>Langues</source>
      <translation>اللغات</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="30" />
      <source>Nom</source>
      <translation>اسم العائلة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="20" />
      <source>Parti le {date}</source>
      <translation>غادر في {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="20" />
      <source>Partie le {date}</source>
      <translation>غادرت في {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="32" />
      <source>Pays d'origine</source>
      <translation>بلد الأصل</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="29" />
      <source>Prénom</source>
      <translation>الاسم الشخصي</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="31" />
      <source>Rôle</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="35" />
      <source>Statut</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="34" />
      <source>Téléphone</source>
      <translation>الهاتف</translation>
    </message>
  </context>
  <context>
    <name>PersonData</name>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="135" />
      <source>Aucune sauvegarde du dossier des sauvegardes ne contient ses données.</source>
      <translation>لا توجد أي نسخة احتياطية في مجلد النسخ الاحتياطية تحتوي على بياناتها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="110" />
      <source>Données personnelles</source>
      <translation>المعلومات الشخصية</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="194" />
      <source>Effacement impossible</source>
      <translation>تعذّر المحو</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="163" />
      <source>Effacer définitivement les données de {name} ?

Son nom, son téléphone, ses langues, son pays et les notes seront effacés, ses évaluations supprimées. Les ventes et l'historique de la cohorte restent, au nom de « Ancienne membre ». Cela ne peut pas être annulé.</source>
      <translation>مسح بيانات {name} نهائيًا؟

سيُمسح اسمها وهاتفها ولغاتها وبلدها والملاحظات، وتُحذف تقييماتها. تبقى المبيعات وتاريخ المجموعة باسم «عضوة سابقة». لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="159" />
      <source>Effacer ses données</source>
      <translation>محو بياناتها</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="70" />
      <source>Enregistrer</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="92" />
      <source>Export impossible</source>
      <translation>تعذّر التصدير</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="141" />
      <source>Les copies sur une clé USB qui n'est pas branchée ne peuvent pas être vérifiées : elles sont supprimées quand elles ont plus de 12 mois, à la copie suivante sur la même clé.</source>
      <translation>لا يمكن التحقق من النسخ الموجودة على مفتاح USB غير موصول: تُحذف عندما يزيد عمرها عن 12 شهرًا، عند النسخ التالي على المفتاح نفسه.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="31" />
      <source>Mettre {name} à la corbeille ? Vous pourrez la restaurer pendant 30 jours (Édition › Corbeille).</source>
      <translation>نقل {name} إلى سلة المحذوفات؟ يمكنك استعادتها خلال 30 يومًا (تحرير › سلة المحذوفات).</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="36" />
      <source>Mettre {name} à la corbeille ? Vous pourrez le restaurer pendant 30 jours (Édition › Corbeille).</source>
      <translation>نقل {name} إلى سلة المحذوفات؟ يمكنك استعادته خلال 30 يومًا (تحرير › سلة المحذوفات).</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="227" />
      <source>Sauvegarde impossible</source>
      <translation>تعذّر الحفظ الاحتياطي</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="212" />
      <source>Sauvegardes</source>
      <translation>النسخ الاحتياطية</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/person_data.py" line="123" />
      <source>Ses données restent dans %n sauvegarde(s) (la plus ancienne du {oldest}), supprimée(s) automatiquement au plus tard le {until}. Vous pourrez aussi le faire tout de suite après l'effacement.</source>
      <translation>
        <numerusform>لا توجد نسخة احتياطية تحتوي على بياناتها.</numerusform>
        <numerusform>ما زالت نسخة احتياطية واحدة تحتوي على بياناتها (بتاريخ {oldest}). تُحذف تلقائيًا في موعد أقصاه {until}؛ ويمكنك أيضًا حذفها مباشرة بعد المسح.</numerusform>
        <numerusform>ما زالت نسختان احتياطيتان تحتويان على بياناتها (أقدمهما بتاريخ {oldest}). تُحذفان تلقائيًا في موعد أقصاه {until}؛ ويمكنك أيضًا حذفهما مباشرة بعد المسح.</numerusform>
        <numerusform>ما زالت %n نسخ احتياطية تحتوي على بياناتها (أقدمها بتاريخ {oldest}). تُحذف تلقائيًا في موعد أقصاه {until}؛ ويمكنك أيضًا حذفها مباشرة بعد المسح.</numerusform>
        <numerusform>ما زالت %n نسخة احتياطية تحتوي على بياناتها (أقدمها بتاريخ {oldest}). تُحذف تلقائيًا في موعد أقصاه {until}؛ ويمكنك أيضًا حذفها مباشرة بعد المسح.</numerusform>
        <numerusform>ما زالت %n نسخة احتياطية تحتوي على بياناتها (أقدمها بتاريخ {oldest}). تُحذف تلقائيًا في موعد أقصاه {until}؛ ويمكنك أيضًا حذفها مباشرة بعد المسح.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="53" />
      <source>Suppression impossible</source>
      <translation>تعذّر الحذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="27" />
      <source>Supprimer</source>
      <translation>حذف</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/person_data.py" line="213" />
      <source>Supprimer maintenant %n sauvegarde(s) contenant encore ses données ? Une nouvelle sauvegarde, sans ses données, est faite d'abord.</source>
      <translation>
        <numerusform>لا توجد نسخة احتياطية لحذفها.</numerusform>
        <numerusform>حذف النسخة الاحتياطية الوحيدة التي ما زالت تحتوي على بياناتها الآن؟ تُؤخذ أولًا نسخة احتياطية جديدة بدون بياناتها.</numerusform>
        <numerusform>حذف النسختين الاحتياطيتين اللتين ما زالتا تحتويان على بياناتها الآن؟ تُؤخذ أولًا نسخة احتياطية جديدة بدون بياناتها.</numerusform>
        <numerusform>حذف النسخ الاحتياطية الـ%n التي ما زالت تحتوي على بياناتها الآن؟ تُؤخذ أولًا نسخة احتياطية جديدة بدون بياناتها.</numerusform>
        <numerusform>حذف النسخ الاحتياطية الـ%n التي ما زالت تحتوي على بياناتها الآن؟ تُؤخذ أولًا نسخة احتياطية جديدة بدون بياناتها.</numerusform>
        <numerusform>حذف النسخ الاحتياطية الـ%n التي ما زالت تحتوي على بياناتها الآن؟ تُؤخذ أولًا نسخة احتياطية جديدة بدون بياناتها.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PersonData_man</name>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="170" />
      <source>Effacer définitivement les données de {name} ?

Son nom, son téléphone, ses langues, son pays et les notes seront effacés, ses évaluations supprimées. Les ventes et l'historique de la cohorte restent, au nom de « Ancienne membre ». Cela ne peut pas être annulé.</source>
      <translation>مسح بيانات {name} نهائيًا؟

سيُمسح اسمه وهاتفه ولغاته وبلده والملاحظات، وتُحذف تقييماته. تبقى المبيعات وتاريخ المجموعة باسم «عضوة سابقة». لا يمكن التراجع عن ذلك.</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="63" />
      <location filename="../../app/ui/people/dialog.py" line="79" />
      <source>Active</source>
      <translation>نشِطة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="71" />
      <source>Genre</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="73" />
      <source>Langues parlées</source>
      <translation>اللغات التي تتكلّمها</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="39" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="80" />
      <source>Ne notez rien sur le titre de séjour, les papiers ni l'âge.</source>
      <translation>لا تكتبي شيئًا عن بطاقة الإقامة، ولا الأوراق، ولا العمر.</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="69" />
      <source>Nom</source>
      <translation>اسم العائلة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="75" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="39" />
      <source>Nouvelle personne</source>
      <translation>شخص جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="72" />
      <source>Pays d'origine</source>
      <translation>بلد الأصل</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="68" />
      <source>Prénom *</source>
      <translation>الاسم الشخصي *</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="70" />
      <source>Rôle</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="48" />
      <source>Seulement si la personne le dit. Non précisé : son rôle s'écrit au féminin.</source>
      <translation>فقط إذا قاله الشخص بنفسه. غير محدد: يُكتب دوره بصيغة المؤنث.</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="74" />
      <source>Téléphone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="58" />
      <source>par exemple : arabe, français</source>
      <translation>مثلًا: العربية، الفرنسية</translation>
    </message>
  </context>
  <context>
    <name>PinPanel</name>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="94" />
      <source>Choisir le code PIN</source>
      <translation>اختيار الرمز السري PIN</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="47" />
      <location filename="../../app/ui/evaluations/pin_panel.py" line="62" />
      <source>Code PIN</source>
      <translation>الرمز السري PIN</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="49" />
      <source>Encore une fois</source>
      <translation>مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="101" />
      <source>Enregistrer le code</source>
      <translation>حفظ الرمز</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="96" />
      <source>Les évaluations sont privées. Choisissez un code de 4 chiffres ou plus. Seule la coordinatrice le connaît.</source>
      <translation>التقييمات خاصة. اختاري رمزًا من 4 أرقام أو أكثر. المنسّقة وحدها تعرفه.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="107" />
      <source>Ouvrir</source>
      <translation>فتح</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="48" />
      <source>Répéter le code PIN</source>
      <translation>أعيدي كتابة الرمز السري PIN</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="105" />
      <source>Tapez le code PIN de la coordinatrice pour voir les évaluations.</source>
      <translation>اكتبي الرمز السري PIN للمنسّقة لرؤية التقييمات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="103" />
      <source>Évaluations : accès protégé</source>
      <translation>التقييمات: دخول محمي</translation>
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="155" />
      <source>Garder les jours déjà publiés</source>
      <translation>الاحتفاظ بالأيام المنشورة بالفعل</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="172" />
      <source>Jours</source>
      <translation>الأيام</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="162" />
      <source>Les jours de travail sont ceux du programme de la cohorte.</source>
      <translation>أيام العمل هي أيام برنامج المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="164" />
      <source>Pas de planning pour cette cohorte : choisissez les jours de la semaine.</source>
      <translation>لا يوجد جدول لهذه المجموعة: اختاري أيام الأسبوع.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="178" />
      <source>Planifier</source>
      <translation>التخطيط</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="148" />
      <source>Planifier les déléguées</source>
      <translation>تخطيط المسؤولات</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="157" />
      <source>Une adjointe expérimentée pour une première fois</source>
      <translation>نائبة لها خبرة مع من تقوم بذلك أول مرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="171" />
      <source>À partir du</source>
      <translation>ابتداءً من</translation>
    </message>
  </context>
  <context>
    <name>PortfolioDialog</name>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="75" />
      <source>Accord pour le portfolio</source>
      <translation>الموافقة على الملف</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="76" />
      <source>Cohortes</source>
      <translation>المجموعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="49" />
      <source>Portfolio employeur : {name}</source>
      <translation>ملف لأصحاب العمل: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="87" />
      <source>Retirer l'accord ? Plus aucun portfolio ne sera imprimé.</source>
      <translation>سحب الموافقة؟ لن يُطبع أي ملف بعد الآن.</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="86" />
      <source>Retirer son accord</source>
      <translation>سحب موافقتها</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="105" />
      <source>Sans le code PIN, le portfolio n'est pas fait (il montre ses évaluations).</source>
      <translation>بدون الرمز السري لا يُصنع الملف (فهو يعرض تقييماتها).</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="69" />
      <source>Toutes ses cohortes</source>
      <translation>كل مجموعاتها</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="51" />
      <source>Un document pour les employeurs : ses heures et ses modules, ses journées de déléguée, les ventes qu'elle a menées, ses produits, ses compétences et son attestation. Rien sur les autres membres. Seulement avec son accord.</source>
      <translation>وثيقة لأصحاب العمل: ساعاتها ووحداتها، أيامها كمندوبة، المبيعات التي أدارتها، منتجاتها، كفاءاتها وشهادتها. لا شيء عن العضوات الأخريات. فقط بموافقتها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="80" />
      <source>Voir le portfolio</source>
      <translation>عرض الملف</translation>
    </message>
  </context>
  <context>
    <name>PrerequisiteDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="366" />
      <source>Avant</source>
      <translation>قبل</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="365" />
      <source>D'abord le module</source>
      <translation>أولًا الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="350" />
      <source>Nouveau prérequis</source>
      <translation>شرط سابق جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="356" />
      <source>toutes les matinées « {kind} »</source>
      <translation>كل الصباحيات «{kind}»</translation>
    </message>
  </context>
  <context>
    <name>PrivateEntry</name>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="190" />
      <source>1. Pour chaque compétence : je l'ai déjà, ou je veux la travailler ?</source>
      <translation>1. لكل مهارة: هل عندي هذه المهارة، أم أريد أن أتدرّب عليها؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="223" />
      <source>2. Choisissez de {low} à {high} mots pour vous et pour chaque collègue.</source>
      <translation>2. اختاري من {low} إلى {high} كلمات لنفسك ولكل زميلة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="122" />
      <source>Annuler</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="186" />
      <source>Bonjour {name} !</source>
      <translation>مرحبًا {name}!</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="100" />
      <source>Choisissez votre nom, puis cliquez sur « Commencer ».</source>
      <translation>اختاري اسمك، ثم انقري على «ابدئي».</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="85" />
      <source>Commencer</source>
      <translation>ابدئي</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="117" />
      <source>Envoyer mes réponses</source>
      <translation>إرسال أجوبتي</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="199" />
      <source>Je l'ai déjà</source>
      <translation>عندي هذه المهارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="328" />
      <source>Merci ! Vos réponses sont enregistrées. Passez l'ordinateur à la personne suivante.</source>
      <translation>شكرًا! أجوبتك محفوظة. أعطي الحاسوب للشخص التالي.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="210" />
      <source>Note pour {name}</source>
      <translation>ملاحظة لـ {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="233" />
      <source>Pour vous</source>
      <translation>لكِ</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="90" />
      <source>Terminer la saisie (code PIN)</source>
      <translation>إنهاء الإدخال (الرمز السري PIN)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="209" />
      <source>Une note courte (si vous voulez)</source>
      <translation>ملاحظة قصيرة (إذا أردتِ)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="294" />
      <source>Vos réponses commencées sont revenues : continuez, puis envoyez.</source>
      <translation>عادت إجاباتك التي بدأتِها: أكملي ثم أرسلي.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="83" />
      <source>Votre nom</source>
      <translation>اسمك</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="200" />
      <source>À travailler</source>
      <translation>للتدرّب عليها</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeActions</name>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="40" />
      <source>Enregistrer le rapport</source>
      <translation>حفظ التقرير</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="75" />
      <source>Impossible d'écrire le fichier : {error}</source>
      <translation>تعذّرت كتابة الملف: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="24" />
      <source>Rapport du programme…</source>
      <translation>تقرير البرنامج…</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="78" />
      <source>Rapport enregistré : {path}</source>
      <translation>تم حفظ التقرير: {path}</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="42" />
      <source>Tableur CSV (*.csv)</source>
      <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="30" />
      <source>Ventes de plusieurs cohortes…</source>
      <translation>مبيعات عدة مجموعات…</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeReportDialog</name>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="133" />
      <source>Au</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="88" />
      <source>Aucune cohorte à résumer.</source>
      <translation>لا توجد مجموعة للتلخيص.</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="116" />
      <source>Cette cohorte : {name}</source>
      <translation>هذه المجموعة: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="135" />
      <source>Code PIN</source>
      <translation>الرمز السري</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="130" />
      <source>Document</source>
      <translation>الوثيقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="132" />
      <source>Du</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="140" />
      <source>Faire le rapport</source>
      <translation>إعداد التقرير</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="136" />
      <source>Format</source>
      <translation>الصيغة</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="121" />
      <source>Inclure les évaluations (sans noms)</source>
      <translation>تضمين التقييمات (بدون أسماء)</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="125" />
      <source>PDF (à voir et imprimer)</source>
      <translation>PDF (للعرض والطباعة)</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="131" />
      <source>Pour</source>
      <translation>لـ</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="109" />
      <location filename="../../app/ui/programme/report_dialog.py" line="151" />
      <source>Rapport du programme</source>
      <translation>تقرير البرنامج</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="110" />
      <source>Résumé des ventes</source>
      <translation>ملخص المبيعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="125" />
      <source>Tableur (.csv)</source>
      <translation>جدول (‎.csv)</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="113" />
      <source>Toutes les cohortes</source>
      <translation>كل المجموعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="113" />
      <source>Une période</source>
      <translation>فترة</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="90" />
      <location filename="../../app/ui/programme/report_dialog.py" line="151" />
      <source>Ventes des cohortes</source>
      <translation>مبيعات المجموعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="134" />
      <source>Évaluations</source>
      <translation>التقييمات</translation>
    </message>
  </context>
  <context>
    <name>PublishAction</name>
    <message numerus="yes">
      <location filename="../../app/ui/network/publish_action.py" line="49" />
      <source>%n cohorte(s) publiée(s) ici, la dernière le {when}</source>
      <translation>
        <numerusform>%n مجموعة منشورة هنا، آخرها في {when}</numerusform>
        <numerusform>%n مجموعة منشورة هنا، آخرها في {when}</numerusform>
        <numerusform>%n مجموعتان منشورتان هنا، آخرها في {when}</numerusform>
        <numerusform>%n مجموعات منشورة هنا، آخرها في {when}</numerusform>
        <numerusform>%n مجموعة منشورة هنا، آخرها في {when}</numerusform>
        <numerusform>%n مجموعة منشورة هنا، آخرها في {when}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="68" />
      <source>Adresse du serveur de l'organisation (postgresql://utilisateur@serveur/base) :</source>
      <translation>عنوان خادم المنظمة (postgresql://user@server/database):</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="121" />
      <source>Les cohortes sont sur le serveur.</source>
      <translation>المجموعات موجودة على الخادم.</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="86" />
      <source>Publication des cohortes…</source>
      <translation>جارٍ نشر المجموعات…</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="120" />
      <source>Publication faite</source>
      <translation>تم النشر</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="100" />
      <source>Publication impossible</source>
      <translation>تعذّر النشر</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="67" />
      <location filename="../../app/ui/network/publish_action.py" line="87" />
      <source>Publier vers le serveur</source>
      <translation>النشر على الخادم</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="25" />
      <source>Publier vers le serveur…</source>
      <translation>النشر على الخادم…</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="55" />
      <source>Publiée sur le serveur le {when}</source>
      <translation>نُشرت على الخادم في {when}</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="108" />
      <source>« {name} » : {inserted} ajoutées, {updated} modifiées, {deleted} supprimées</source>
      <translation>«{name}»: أُضيف {inserted}، عُدّل {updated}، حُذف {deleted}</translation>
    </message>
  </context>
  <context>
    <name>PurchaseDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="22" />
      <source>Achat d'ingrédient</source>
      <translation>شراء مكوّن</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="47" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="46" />
      <source>Date sur l'emballage</source>
      <translation>التاريخ على العلبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="44" />
      <source>Fournisseur</source>
      <translation>المورّد</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="41" />
      <source>Ingrédient *</source>
      <translation>المكوّن *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="42" />
      <source>Jour de l'achat *</source>
      <translation>يوم الشراء *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="45" />
      <source>Lot du fournisseur</source>
      <translation>رقم التشغيلة للمورّد</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="32" />
      <source>Pas de date sur l'emballage</source>
      <translation>لا تاريخ على العلبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="48" />
      <source>Prix payé (€)</source>
      <translation>الثمن المدفوع (€)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="43" />
      <source>Quantité *</source>
      <translation>الكمية *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="26" />
      <source>dans l'unité de l'ingrédient, par exemple 2,5</source>
      <translation>بوحدة المكوّن، مثلًا 2,5</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="37" />
      <source>facultatif, par exemple 2,50</source>
      <translation>اختياري، مثلًا 2,50</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="30" />
      <source>le numéro de lot écrit sur l'emballage</source>
      <translation>رقم التشغيلة المكتوب على العلبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="28" />
      <source>par exemple : Colruyt</source>
      <translation>مثلًا: Colruyt</translation>
    </message>
  </context>
  <context>
    <name>QuestionDialog</name>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="62" />
      <source>Genre de question</source>
      <translation>نوع السؤال</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="49" />
      <source>Modifier la question</source>
      <translation>تعديل السؤال</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="49" />
      <source>Nouvelle question</source>
      <translation>سؤال جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="63" />
      <source>Question</source>
      <translation>السؤال</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="64" />
      <source>Réponses possibles</source>
      <translation>الأجوبة الممكنة</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="56" />
      <source>Une réponse par ligne</source>
      <translation>جواب واحد في كل سطر</translation>
    </message>
  </context>
  <context>
    <name>RecipeDialog</name>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="211" />
      <source> jours</source>
      <translation> أيام</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="306" />
      <source>&lt;b&gt;Ingrédients d'une fournée&lt;/b&gt;</source>
      <translation>&lt;b&gt;مكوّنات طبخة واحدة&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="237" />
      <source>Active (en vente)</source>
      <translation>نشِطة (للبيع)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="288" />
      <source>Ajouter un ingrédient</source>
      <translation>إضافة مكوّن</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="291" />
      <source>Ajouter une ligne (Ctrl+L)</source>
      <translation>إضافة سطر (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="556" />
      <source>Ajoutez des ingrédients pour voir le coût.</source>
      <translation>أضيفي مكوّنات لرؤية التكلفة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="135" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="193" />
      <source>Ce que la cuisson fait au poids</source>
      <translation>ما يفعله الطهي بالوزن</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="275" />
      <source>Coché : le nom du produit met l'ingrédient en avant (« coco » dans « Energy balls coco-cajou ») et l'étiquette imprime son pourcentage. À moitié coché : suggéré par le nom, à confirmer.</source>
      <translation>محدد: اسم المنتج يبرز المكوّن («coco» في «Energy balls coco-cajou») ويطبع الملصق نسبته. محدد جزئيًا: مقترح من الاسم، يحتاج إلى تأكيد.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="161" />
      <source>Code produit</source>
      <translation>رمز المنتج</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="155" />
      <source>Conservation</source>
      <translation>الحفظ</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="157" />
      <source>Conservation (texte)</source>
      <translation>الحفظ (نص)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="148" />
      <source>Emballage par unité (€)</source>
      <translation>التغليف لكل وحدة (€)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="197" />
      <source>En % du poids des ingrédients : une sauce qui réduit perd du poids, le riz absorbe de l'eau. Les pourcentages de l'étiquette sont calculés sur le produit fini.</source>
      <translation>بالنسبة المئوية من وزن المكوّنات: الصلصة التي تتكثف تفقد وزنًا، والأرز يمتص الماء. تُحسب نسب الملصق على المنتج النهائي.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="227" />
      <source>Exemption artisanale : pas de valeurs nutritionnelles sur l'étiquette</source>
      <translation>إعفاء الإنتاج الحرفي: لا قيم غذائية على الملصق</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="230" />
      <source>Fait à la main, en petites quantités, vendu directement aux clients ou à des commerces de la région (annexe V, point 19). Une allégation (« riche en », « sans sucre ajouté »…) demande quand même les valeurs.</source>
      <translation>مصنوع يدويًا، بكميات صغيرة، يُباع مباشرة للزبائن أو لمتاجر المنطقة (الملحق الخامس، البند 19). الادعاء («riche en»، «sans sucre ajouté»…) يتطلب القيم رغم ذلك.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="267" />
      <source>Ingrédient</source>
      <translation>المكوّن</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="326" />
      <source>Ingrédient, ligne {n}</source>
      <translation>المكوّن، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="264" />
      <source>Ingrédients de la recette</source>
      <translation>مكوّنات الوصفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="456" />
      <source>Ligne {n} : choisissez un ingrédient de la liste, ou créez-le avec « Nouvel ingrédient ».</source>
      <translation>السطر {n}: اختاري مكوّنًا من القائمة، أو أنشئيه بـ «مكوّن جديد».</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="270" />
      <source>Mis en avant</source>
      <translation>مُبرَز</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="337" />
      <source>Mis en avant, ligne {n}</source>
      <translation>مُبرَز، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="97" />
      <source>Modifier {name} (v{version})</source>
      <translation>تعديل {name} (النسخة {version})</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="133" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="134" />
      <source>Nom descriptif (étiquette)</source>
      <translation>الاسم الوصفي (الملصق)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="295" />
      <source>Nouvel ingrédient…</source>
      <translation>مكوّن جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="94" />
      <source>Nouvelle recette</source>
      <translation>وصفة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="225" />
      <source>Petit emballage (moins de 80 cm²)</source>
      <translation>تغليف صغير (أقل من 80 cm²)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="158" />
      <source>Petite histoire</source>
      <translation>قصة قصيرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="144" />
      <source>Poids ou volume net</source>
      <translation>الوزن أو الحجم الصافي</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="561" />
      <source>Pour calculer le coût : {message}</source>
      <translation>لحساب التكلفة: {message}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="159" />
      <source>Prix de vente TVAC (€)</source>
      <translation>سعر البيع مع الضريبة (€)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="268" />
      <source>Quantité</source>
      <translation>الكمية</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="332" />
      <source>Quantité, ligne {n}</source>
      <translation>الكمية، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="138" />
      <source>Rendement d'une fournée *</source>
      <translation>ما تعطيه طبخة واحدة *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="339" />
      <source>Retirer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="340" />
      <source>Retirer la ligne {n}</source>
      <translation>حذف السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="207" />
      <source>Sachet, pot, étiquette… par unité</source>
      <translation>كيس، علبة، ملصق… لكل وحدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="160" />
      <source>TVA</source>
      <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="254" />
      <source>TVA pour {format}</source>
      <translation>ضريبة القيمة المضافة لـ {format}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="245" />
      <source>TVA selon le format de vente</source>
      <translation>ضريبة القيمة المضافة حسب شكل البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="156" />
      <source>Type de date</source>
      <translation>نوع التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="269" />
      <source>Unité</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="165" />
      <source>Unité du poids net</source>
      <translation>وحدة الوزن الصافي</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="334" />
      <source>Unité, ligne {n}</source>
      <translation>الوحدة، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="164" />
      <source>Unités ou portions</source>
      <translation>وحدات أو حصص</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="190" />
      <source>absorbe de l'eau (%)</source>
      <translation>يمتص الماء (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="224" />
      <source>chiffres, pour le code-barres</source>
      <translation>أرقام، للرمز الشريطي</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="250" />
      <source>comme la recette</source>
      <translation>مثل الوصفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="188" />
      <source>le poids ne change pas</source>
      <translation>الوزن لا يتغير</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="187" />
      <source>non indiqué</source>
      <translation>غير محدد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="210" />
      <source>non précisé</source>
      <translation>غير محدّد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="195" />
      <source>par exemple 20</source>
      <translation>مثلًا 20</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="214" />
      <source>par exemple : à conserver au frais</source>
      <translation>مثلًا: يُحفظ في مكان بارد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="177" />
      <source>par exemple Energy balls, Plat, Brunch</source>
      <translation>مثلًا Energy balls، طبق، فطور Brunch</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="183" />
      <source>par unité, par exemple 150</source>
      <translation>لكل وحدة، مثلًا 150</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="189" />
      <source>perd du poids (%)</source>
      <translation>يفقد وزنًا (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="565" />
      <source>portion</source>
      <translation>حصة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="329" />
      <source>quantité</source>
      <translation>كمية</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="219" />
      <source>si le nom n'est pas en français : Boules énergétiques aux dattes</source>
      <translation>إذا لم يكن الاسم بالفرنسية: Boules énergétiques aux dattes</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="565" />
      <source>unité</source>
      <translation>وحدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="151" />
      <source>À la cuisson</source>
      <translation>عند الطهي</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="300" />
      <source>À vérifier pour l'étiquette</source>
      <translation>للتحقق من أجل الملصق</translation>
    </message>
  </context>
  <context>
    <name>RecipesPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/recipes_page.py" line="188" />
      <source>%n recette(s)</source>
      <translation>
        <numerusform>%n وصفة</numerusform>
        <numerusform>%n وصفة</numerusform>
        <numerusform>%n وصفتان</numerusform>
        <numerusform>%n وصفات</numerusform>
        <numerusform>%n وصفة</numerusform>
        <numerusform>%n وصفة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="64" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="337" />
      <source>Combien de fournées de « {name} » ?</source>
      <translation>كم طبخة من «{name}»؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="318" />
      <source>Copier « {name} » en une nouvelle version ? L'ancienne version est gardée (les dégustations et les ventes s'y rapportent) mais ne sera plus en vente.</source>
      <translation>نسخ «{name}» في نسخة جديدة؟ النسخة القديمة تبقى محفوظة (التذوّق والمبيعات مرتبطة بها) لكنها لن تُباع بعد الآن.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/menus/recipes_page.py" line="360" />
      <source>Courses pour {batches} fournée(s) de {name}</source>
      <translation>
        <numerusform>المشتريات لـ {name}، عدد الطبخات: {batches}</numerusform>
        <numerusform>المشتريات لطبخة واحدة من {name}</numerusform>
        <numerusform>المشتريات لطبختين من {name}</numerusform>
        <numerusform>المشتريات لـ {batches} طبخات من {name}</numerusform>
        <numerusform>المشتريات لـ {batches} طبخة من {name}</numerusform>
        <numerusform>المشتريات لـ {batches} طبخة من {name}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="76" />
      <source>Coût / unité</source>
      <translation>التكلفة / الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="121" />
      <source>Coût matière</source>
      <translation>تكلفة المواد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="69" />
      <source>Fournée</source>
      <translation>الدفعة المطهوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="336" />
      <location filename="../../app/ui/menus/recipes_page.py" line="345" />
      <source>Liste de courses</source>
      <translation>قائمة المشتريات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="161" />
      <source>Liste de courses…</source>
      <translation>قائمة المشتريات…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="101" />
      <source>Marge</source>
      <translation>الهامش</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="110" />
      <source>Marge %</source>
      <translation>الهامش %</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="156" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="282" />
      <source>Modifier {name}</source>
      <translation>تعديل {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="143" />
      <source>Montrer les recettes inactives et les anciennes versions</source>
      <translation>إظهار الوصفات غير النشطة والنسخ القديمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="150" />
      <source>Nouvelle recette</source>
      <translation>وصفة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="154" />
      <source>Nouvelle recette (Ctrl+N)</source>
      <translation>وصفة جديدة (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="158" />
      <location filename="../../app/ui/menus/recipes_page.py" line="316" />
      <source>Nouvelle version</source>
      <translation>نسخة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="93" />
      <source>Prix HTVA</source>
      <translation>السعر دون الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="84" />
      <source>Prix TVAC</source>
      <translation>السعر مع الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="53" />
      <source>Recette</source>
      <translation>الوصفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="142" />
      <source>Rechercher une recette ou une catégorie…</source>
      <translation>البحث عن وصفة أو فئة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="174" />
      <source>Sans prix : {names}.</source>
      <translation>بدون سعر: {names}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="164" />
      <source>Supprimer…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="58" />
      <source>Version</source>
      <translation>النسخة</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="153" />
      <source>Adjectifs choisis par ses collègues</source>
      <translation>الصفات التي اختارتها زميلاتها</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="64" />
      <source>Aperçu et impression du bilan (Ctrl+P)</source>
      <translation>معاينة الحصيلة وطباعتها (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="61" />
      <source>Aperçu et impression du bilan…</source>
      <translation>معاينة الحصيلة وطباعتها…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="145" />
      <source>Auto-évaluation</source>
      <translation>التقييم الذاتي</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="191" />
      <source>Bilan de {name}</source>
      <translation>حصيلة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="143" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="85" />
      <source>Ce que le bilan contiendra</source>
      <translation>ما ستحتويه الحصيلة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="49" />
      <source>Ce que vous voulez dire à la personne et aux employeurs : progrès, qualités, conseils.</source>
      <translation>ما تريدين قوله للشخص ولأصحاب العمل: التقدّم، الصفات الحسنة، النصائح.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="46" />
      <source>Commentaire de la coordinatrice</source>
      <translation>تعليق المنسّقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="87" />
      <source>Commentaire de la coordinatrice (imprimé dans le bilan)</source>
      <translation>تعليق المنسّقة (يُطبع في الحصيلة)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="58" />
      <source>Enregistrer le commentaire</source>
      <translation>حفظ التعليق</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="41" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="69" />
      <source>Membre :</source>
      <translation>العضوة:</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="144" />
      <source>Observé (sur {n})</source>
      <translation>لوحظ (من {n})</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="151" />
      <source>Points forts</source>
      <translation>نقاط القوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="152" />
      <source>Points à travailler</source>
      <translation>نقاط للتدرّب عليها</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="81" />
      <source>Résumé du bilan</source>
      <translation>ملخّص الحصيلة</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="65" />
      <source>Annuler</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="55" />
      <source>Aucune sauvegarde automatique pour l'instant.</source>
      <translation>لا توجد نسخة احتياطية تلقائية حتى الآن.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="63" />
      <source>Autre fichier (clé USB)…</source>
      <translation>ملف آخر (مفتاح USB)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="86" />
      <source>Choisir la sauvegarde à restaurer</source>
      <translation>اختيار النسخة الاحتياطية لاسترجاعها</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="36" />
      <source>Choisissez la sauvegarde à remettre. Les données actuelles seront gardées.</source>
      <translation>اختاري النسخة الاحتياطية التي تريدين إرجاعها. المعلومات الحالية ستبقى محفوظة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="58" />
      <source>Restaurer celle-ci</source>
      <translation>استرجاع هذه النسخة</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="33" />
      <source>Restaurer une sauvegarde</source>
      <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="41" />
      <source>Sauvegardes</source>
      <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="88" />
      <source>Sauvegardes Coopér'Actives (*.sqlite3 *.db);;Tous les fichiers (*)</source>
      <translation>نسخ Coopér'Actives الاحتياطية (*.sqlite3 *.db);;كل الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="45" />
      <source>{when} — {reason}</source>
      <translation>{when} — {reason}</translation>
    </message>
  </context>
  <context>
    <name>ReuseAction</name>
    <message numerus="yes">
      <location filename="../../app/ui/programme/reuse_action.py" line="37" />
      <source>Nouvelle cohorte créée : %n matinée(s) reprise(s).</source>
      <translation>
        <numerusform>أُنشئت مجموعة جديدة: %n صباح منقول.</numerusform>
        <numerusform>أُنشئت مجموعة جديدة: صباح واحد منقول.</numerusform>
        <numerusform>أُنشئت مجموعة جديدة: صباحان منقولان.</numerusform>
        <numerusform>أُنشئت مجموعة جديدة: %n صباحات منقولة.</numerusform>
        <numerusform>أُنشئت مجموعة جديدة: %n صباحًا منقولًا.</numerusform>
        <numerusform>أُنشئت مجموعة جديدة: %n صباح منقول.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_action.py" line="18" />
      <source>Nouvelle cohorte à partir de…</source>
      <translation>مجموعة جديدة انطلاقًا من أخرى…</translation>
    </message>
  </context>
  <context>
    <name>ReuseDialog</name>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="58" />
      <source>Créer la cohorte</source>
      <translation>إنشاء المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="35" />
      <source>La nouvelle cohorte reprend les matinées (mêmes jours de la semaine, à partir de la nouvelle date), les objectifs et la grille d'évaluation. Pas les membres, ni les présences, ni les ventes.</source>
      <translation>تأخذ المجموعة الجديدة الصباحات (نفس أيام الأسبوع، ابتداءً من التاريخ الجديد) والأهداف وشبكة التقييم. لا العضوات ولا الحضور ولا المبيعات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="53" />
      <source>Nom de la nouvelle cohorte *</source>
      <translation>اسم المجموعة الجديدة *</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="32" />
      <source>Nouvelle cohorte à partir d'une autre</source>
      <translation>مجموعة جديدة انطلاقًا من أخرى</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="54" />
      <source>Premier jour</source>
      <translation>اليوم الأول</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="46" />
      <source>par exemple : Coopérative 3</source>
      <translation>مثلًا: التعاونية 3</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="52" />
      <source>À partir de</source>
      <translation>انطلاقًا من</translation>
    </message>
  </context>
  <context>
    <name>Rotation</name>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="77" />
      <location filename="../../app/ui/delegate/tab.py" line="101" />
      <source>Adjointe</source>
      <translation>نائبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="113" />
      <source>Avant → après</source>
      <translation>قبل ← بعد</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="123" />
      <source>Cercle</source>
      <translation>الدائرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="102" />
      <source>Déjà faits</source>
      <translation>ما تم إنجازه</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="76" />
      <source>Déléguée</source>
      <translation>المندوبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="120" />
      <source>Fait le</source>
      <translation>أُنجز في</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="75" />
      <location filename="../../app/ui/delegate/tab.py" line="110" />
      <source>Jour</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="98" />
      <location filename="../../app/ui/delegate/tab.py" line="129" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="122" />
      <source>Par</source>
      <translation>من طرف</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="114" />
      <location filename="../../app/ui/delegate/tab.py" line="131" />
      <source>Pourquoi</source>
      <translation>لماذا</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="81" />
      <source>Publié</source>
      <translation>منشور</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="108" />
      <location filename="../../app/ui/delegate/tab.py" line="130" />
      <source>Quand</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="109" />
      <source>Quoi</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="82" />
      <source>Remarque</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="99" />
      <source>Tours</source>
      <translation>الأدوار</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="121" />
      <source>Tâche</source>
      <translation>المهمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="79" />
      <source>Vente</source>
      <translation>البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="100" />
      <source>Ventes</source>
      <translation>المبيعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="79" />
      <source>vente</source>
      <translation>بيع</translation>
    </message>
  </context>
  <context>
    <name>RotationTab</name>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="473" />
      <source>Absence du {date}</source>
      <translation>غياب يوم {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="191" />
      <source>Absente…</source>
      <translation>غائبة…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/delegate/tab.py" line="262" />
      <source>Attention : %n jour(s) à revoir (en rouge).</source>
      <translation>
        <numerusform>انتباه: لا يوجد يوم للمراجعة.</numerusform>
        <numerusform>انتباه: يوم واحد للمراجعة (بالأحمر).</numerusform>
        <numerusform>انتباه: يومان للمراجعة (بالأحمر).</numerusform>
        <numerusform>انتباه: %n أيام للمراجعة (بالأحمر).</numerusform>
        <numerusform>انتباه: %n يومًا للمراجعة (بالأحمر).</numerusform>
        <numerusform>انتباه: %n يوم للمراجعة (بالأحمر).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="418" />
      <source>Avec</source>
      <translation>مع</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="613" />
      <source>Calendrier des déléguées</source>
      <translation>جدول المسؤولات</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="542" />
      <source>Ce jour-là, la personne choisie quitte la cohorte. Ses jours suivants sont donnés aux autres.</source>
      <translation>في ذلك اليوم، يغادر الشخص المختار المجموعة. تُعطى أيامه التالية للأخريات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="197" />
      <source>Cercles…</source>
      <translation>الدوائر…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="140" />
      <location filename="../../app/ui/delegate/tab.py" line="161" />
      <source>Changements</source>
      <translation>التغييرات</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="496" />
      <source>Choisir la déléguée</source>
      <translation>اختيار المندوبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="192" />
      <source>Choisir à la main…</source>
      <translation>الاختيار باليد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="238" />
      <source>Choisissez ou créez une cohorte.</source>
      <translation>اختاري مجموعة أو أنشئي واحدة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="550" />
      <source>Date du départ</source>
      <translation>تاريخ المغادرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="453" />
      <source>Délégué absent</source>
      <translation>المندوب غائب</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="500" />
      <source>Déléguée</source>
      <translation>المندوبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="459" />
      <source>Déléguée absente</source>
      <translation>المندوبة غائبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="506" />
      <source>Déléguée du {date}</source>
      <translation>مندوبة يوم {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="224" />
      <source>Déléguées</source>
      <translation>المسؤولات</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="541" />
      <source>Départ de la cohorte</source>
      <translation>مغادرة المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="193" />
      <source>Départ de la cohorte…</source>
      <translation>مغادرة المجموعة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="199" />
      <source>Imprimer le calendrier</source>
      <translation>طباعة الجدول</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="142" />
      <location filename="../../app/ui/delegate/tab.py" line="171" />
      <source>Indisponibilités</source>
      <translation>أوقات عدم التوفّر</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="174" />
      <source>Indisponible…</source>
      <translation>غير متوفّرة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="88" />
      <source>Jours et déléguées</source>
      <translation>الأيام والمسؤولات</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="347" />
      <source>Le planning existe déjà. Les jours non publiés à partir du jour choisi seront refaits. Continuer ?</source>
      <translation>الجدول موجود بالفعل. الأيام غير المنشورة ابتداءً من اليوم المختار ستُعاد. هل تريدين المتابعة؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="195" />
      <source>Listes du jour…</source>
      <translation>قوائم اليوم…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="548" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="249" />
      <source>Pas encore de planning. Cliquez sur « Planifier… ».</source>
      <translation>لا يوجد جدول بعد. انقري على «التخطيط…».</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="346" />
      <source>Planifier</source>
      <translation>التخطيط</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="359" />
      <source>Planifier les déléguées</source>
      <translation>تخطيط المندوبات</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="188" />
      <source>Planifier…</source>
      <translation>التخطيط…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="189" />
      <location filename="../../app/ui/delegate/tab.py" line="375" />
      <source>Publier</source>
      <translation>نشر</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="376" />
      <source>Publier le planning ? Les jours publiés ne changent plus quand on replanifie.</source>
      <translation>نشر الجدول؟ الأيام المنشورة لا تتغيّر عند إعادة التخطيط.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="497" />
      <source>Qui est déléguée le {date} ?</source>
      <translation>من المندوبة يوم {date}؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="177" />
      <location filename="../../app/ui/delegate/tab.py" line="579" />
      <source>Retirer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="581" />
      <source>Retirer « {name} : {when} » ? Replanifiez ensuite si besoin.</source>
      <translation>حذف «{name}: {when}»؟ أعيدي التخطيط بعد ذلك إذا لزم الأمر.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="139" />
      <location filename="../../app/ui/delegate/tab.py" line="158" />
      <source>Tours par personne</source>
      <translation>الأدوار لكل شخص</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="141" />
      <location filename="../../app/ui/delegate/tab.py" line="166" />
      <source>Tâches faites</source>
      <translation>المهام المنجزة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="252" />
      <source>{days} jours. Écart entre le plus et le moins de tours : {spread}. Deux jours de suite : {b2b} fois.</source>
      <translation>{days} أيام. الفرق بين أكثر وأقل عدد من الأدوار: {spread}. يومان متتاليان: {b2b} مرات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="407" />
      <source>{name} donne son jour ({date}) et prend le prochain jour de :</source>
      <translation>{name} تعطي يومها ({date}) وتأخذ اليوم القادم لـ:</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="454" />
      <source>{name} est absent le {date}. Son adjointe ou son adjoint le remplace, sinon la membre qui a eu le moins de tours.</source>
      <translation>{name} غائب يوم {date}. تعوّضه نائبته أو نائبه، وإلا فالعضوة التي كان لها أقل عدد من الأدوار.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="460" />
      <source>{name} est absente le {date}. Son adjointe la remplace, sinon la membre qui a eu le moins de tours.</source>
      <translation>{name} غائبة يوم {date}. تعوّضها نائبتها، وإلا فالعضوة التي كان لها أقل عدد من الأدوار.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="436" />
      <source>Échange du {date}</source>
      <translation>تبادل يوم {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="403" />
      <source>Échanger un jour</source>
      <translation>تبادل يوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="190" />
      <source>Échanger…</source>
      <translation>تبادل…</translation>
    </message>
  </context>
  <context>
    <name>RotationTab_man</name>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="408" />
      <source>{name} donne son jour ({date}) et prend le prochain jour de :</source>
      <translation>{name} يعطي يومه ({date}) ويأخذ اليوم القادم لـ:</translation>
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="79" />
      <source>Fichier remplacé</source>
      <translation>تم استبدال الملف</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="66" />
      <source>La base est ouverte en lecture seule : ce changement n'est pas enregistré. Restaurez une sauvegarde (Fichier › Restaurer une sauvegarde) pour modifier.</source>
      <translation>قاعدة البيانات مفتوحة للقراءة فقط: هذا التغيير لم يُحفظ. لكي تغيّري، استرجعي نسخة احتياطية (ملف › استرجاع نسخة احتياطية).</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="65" />
      <source>Lecture seule</source>
      <translation>للقراءة فقط</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="89" />
      <source>Plus tard</source>
      <translation>لاحقًا</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="84" />
      <source>Rouvrir maintenant</source>
      <translation>إعادة الفتح الآن</translation>
    </message>
  </context>
  <context>
    <name>SafetyActions</name>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="172" />
      <source>%n cohorte(s)</source>
      <translation>
        <numerusform>لا مجموعات</numerusform>
        <numerusform>مجموعة واحدة</numerusform>
        <numerusform>مجموعتان</numerusform>
        <numerusform>%n مجموعات</numerusform>
        <numerusform>%n مجموعة</numerusform>
        <numerusform>%n مجموعة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="173" />
      <source>%n personne(s)</source>
      <translation>
        <numerusform>لا أشخاص</numerusform>
        <numerusform>شخص واحد</numerusform>
        <numerusform>شخصان</numerusform>
        <numerusform>%n أشخاص</numerusform>
        <numerusform>%n شخصًا</numerusform>
        <numerusform>%n شخص</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="82" />
      <source>Base sur le serveur {url}</source>
      <translation>قاعدة البيانات على الخادم {url}</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="191" />
      <source>Cette sauvegarde n'a pas été faite à partir de cette base de données, mais d'une autre. Remplacer quand même toutes les données actuelles par les siennes ?</source>
      <translation>لم تُؤخذ هذه النسخة الاحتياطية من قاعدة البيانات هذه، بل من قاعدة أخرى. هل تريدين استبدال كل البيانات الحالية ببياناتها على أي حال؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="104" />
      <source>Choisir la clé USB ou le dossier de sauvegarde</source>
      <translation>اختيار مفتاح USB أو مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="39" />
      <source>Corbeille…</source>
      <translation>سلة المهملات…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="97" />
      <source>Fichier › Sauvegarder sur clé USB… (Ctrl+Maj+S)</source>
      <translation>ملف › حفظ نسخة على مفتاح USB… (Ctrl+Shift+S)</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="135" />
      <source>La sauvegarde est enregistrée :
{path}
Vous pouvez retirer la clé.</source>
      <translation>تم حفظ النسخة الاحتياطية:
{path}
يمكنك نزع المفتاح.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="50" />
      <source>Lecture seule : rien ne peut être modifié.</source>
      <translation>للقراءة فقط: لا يمكن تغيير أي شيء.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="36" />
      <source>Ouvrir le dossier des journaux</source>
      <translation>فتح مجلد السجلّات</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="165" />
      <source>Remplacer les données actuelles par la sauvegarde du {when} ({cohorts}, {people}) ?

Les données actuelles seront d'abord gardées dans le dossier des sauvegardes. L'application va se rouvrir.</source>
      <translation>استبدال المعلومات الحالية بالنسخة الاحتياطية ليوم {when} ({cohorts}، {people})؟

ستُحفظ المعلومات الحالية أولًا في مجلد النسخ الاحتياطية. سيُعاد فتح التطبيق.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="157" />
      <source>Restauration impossible</source>
      <translation>الاسترجاع غير ممكن</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="163" />
      <source>Restaurer une sauvegarde</source>
      <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="33" />
      <source>Restaurer une sauvegarde…</source>
      <translation>استرجاع نسخة احتياطية…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="190" />
      <source>Sauvegarde d'une autre base</source>
      <translation>نسخة احتياطية لقاعدة بيانات أخرى</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="133" />
      <source>Sauvegarde faite</source>
      <translation>تم الحفظ</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="128" />
      <source>Sauvegarde impossible</source>
      <translation>الحفظ غير ممكن</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="30" />
      <source>Sauvegarder sur clé USB…</source>
      <translation>حفظ نسخة على مفتاح USB…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="114" />
      <source>Sauvegardes</source>
      <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="92" />
      <source>Sauvegardée sur clé aujourd'hui</source>
      <translation>حُفظت على المفتاح اليوم</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="94" />
      <source>Sauvegardée sur clé il y a %n jour(s)</source>
      <translation>
        <numerusform>حُفظت على المفتاح منذ %n يوم</numerusform>
        <numerusform>حُفظت على المفتاح منذ %n يوم</numerusform>
        <numerusform>حُفظت على المفتاح منذ %n يومين</numerusform>
        <numerusform>حُفظت على المفتاح منذ %n أيام</numerusform>
        <numerusform>حُفظت على المفتاح منذ %n يومًا</numerusform>
        <numerusform>حُفظت على المفتاح منذ %n يوم</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="88" />
      <source>⚠ Jamais sauvegardée sur clé USB</source>
      <translation>⚠ لم تُحفظ أبدًا على مفتاح USB</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="90" />
      <source>⚠ Pas de sauvegarde sur clé depuis %n jour(s)</source>
      <translation>
        <numerusform>⚠ لا توجد نسخة على المفتاح منذ %n يوم</numerusform>
        <numerusform>⚠ لا توجد نسخة على المفتاح منذ %n يوم</numerusform>
        <numerusform>⚠ لا توجد نسخة على المفتاح منذ %n يومين</numerusform>
        <numerusform>⚠ لا توجد نسخة على المفتاح منذ %n أيام</numerusform>
        <numerusform>⚠ لا توجد نسخة على المفتاح منذ %n يومًا</numerusform>
        <numerusform>⚠ لا توجد نسخة على المفتاح منذ %n يوم</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Sales</name>
    <message>
      <location filename="../../app/ui/sales/commands.py" line="32" />
      <source>+1 {name}</source>
      <translation>+1 {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="66" />
      <source>Annule la dépense n° {n} : {r}</source>
      <translation>يلغي المصروف رقم {n}: {r}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="39" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="37" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="38" />
      <source>Fournisseur</source>
      <translation>المورّد</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="41" />
      <source>Montant</source>
      <translation>المبلغ</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="46" />
      <source>Payé par</source>
      <translation>دفعته</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="52" />
      <source>Remarque</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="48" />
      <source>Remboursée</source>
      <translation>تم التعويض</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="51" />
      <source>Ticket</source>
      <translation>الوصل</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="59" />
      <source>la caisse</source>
      <translation>الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/commands.py" line="32" />
      <source>−1 {name}</source>
      <translation>−1 {name}</translation>
    </message>
  </context>
  <context>
    <name>SalesTab</name>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="175" />
      <source> (clôturée)</source>
      <translation> (مغلق)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="63" />
      <source>Allergènes…</source>
      <translation>مسببات الحساسية…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="228" />
      <source>Choisissez une cohorte.</source>
      <translation>اختاري مجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="231" />
      <source>Clôturée : corrections seulement</source>
      <translation>مغلق: تصحيحات فقط</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="84" />
      <source>Comptage</source>
      <translation>العدّ</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="92" />
      <source>Dépenses</source>
      <translation>المصاريف</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="87" />
      <source>Fin de journée</source>
      <translation>نهاية اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="59" />
      <source>Liste des prix du jour, avec les allergènes, à afficher</source>
      <translation>قائمة أسعار اليوم مع مسببات الحساسية للتعليق</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="47" />
      <source>Nouvelle vente (Ctrl+N)</source>
      <translation>بيع جديد (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="45" />
      <source>Nouvelle vente…</source>
      <translation>بيع جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="233" />
      <source>Ouverte</source>
      <translation>مفتوح</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="226" />
      <source>Pas encore de vente dans cette cohorte.</source>
      <translation>لا يوجد بيع في هذه المجموعة بعد.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="57" />
      <source>Prix…</source>
      <translation>الأسعار…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="97" />
      <source>Résumé</source>
      <translation>الملخّص</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="53" />
      <source>Supprimer la vente</source>
      <translation>حذف البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="51" />
      <source>Supprimer…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="65" />
      <source>Tableau des allergènes de chaque produit du jour</source>
      <translation>جدول مسببات الحساسية لكل منتج اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="42" />
      <source>Vente</source>
      <translation>البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="105" />
      <source>Vente :</source>
      <translation>البيع:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="157" />
      <source>Ventes</source>
      <translation>المبيعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="235" />
      <source>délégué : {name}</source>
      <translation>المندوب: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="237" />
      <source>déléguée : {name}</source>
      <translation>المندوبة: {name}</translation>
    </message>
  </context>
  <context>
    <name>Schedule</name>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="121" />
      <source>ANNULÉE</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="63" />
      <source>Animé par</source>
      <translation>تنشّطها</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="53" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="377" />
      <source>Fait</source>
      <translation>منجز</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="31" />
      <source>Fermetures</source>
      <translation>أيام الإغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="413" />
      <source>Graphique des heures</source>
      <translation>رسم بياني للساعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="55" />
      <location filename="../../app/ui/schedule/models.py" line="150" />
      <location filename="../../app/ui/schedule/views.py" line="402" />
      <source>Heures</source>
      <translation>الساعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="247" />
      <source>Heures faites</source>
      <translation>الساعات المنجزة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="391" />
      <source>Heures par type : prévues et faites</source>
      <translation>الساعات حسب النوع: المخطط لها والمنجزة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="339" />
      <source>Il manque {n} au programme prévu.</source>
      <translation>ينقص البرنامج المخطط له {n}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="68" />
      <source>Jours de fermeture (les jours fériés belges sont connus)</source>
      <translation>أيام الإغلاق (العطل الرسمية البلجيكية معروفة)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="356" />
      <source>Le programme prévu atteint les objectifs.</source>
      <translation>البرنامج المخطط له يبلغ الأهداف.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="66" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="246" />
      <source>Matinées faites</source>
      <translation>الصباحات المنجزة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="61" />
      <source>Module</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="60" />
      <source>Nouveau module…</source>
      <translation>وحدة جديدة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="48" />
      <source>Nouveau prérequis…</source>
      <translation>شرط مسبق جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="36" />
      <source>Nouvelle fermeture…</source>
      <translation>إغلاق جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="251" />
      <source>Pratique (cuisine, ventes, visites…)</source>
      <translation>تطبيق عملي (طبخ، مبيعات، زيارات…)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="34" />
      <source>Prérequis</source>
      <translation>شرط سابق</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="77" />
      <source>Prérequis : ce qu'il faut avoir suivi avant</source>
      <translation>الشروط المسبقة: ما يجب متابعته قبل ذلك</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="181" />
      <source>Présences : membres et matinées</source>
      <translation>الحضور: العضوات والصباحات</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="376" />
      <source>Prévu</source>
      <translation>مخطط له</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="43" />
      <source>Semaine</source>
      <translation>الأسبوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="141" />
      <location filename="../../app/ui/schedule/rules_page.py" line="174" />
      <source>Supprimer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="42" />
      <source>Supprimer la fermeture</source>
      <translation>حذف يوم الإغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="143" />
      <source>Supprimer la fermeture « {text} » ?</source>
      <translation>حذف يوم الإغلاق «{text}»؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="176" />
      <source>Supprimer la règle « {text} » ?</source>
      <translation>حذف القاعدة «{text}»؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="54" />
      <source>Supprimer le prérequis</source>
      <translation>حذف الشرط المسبق</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="152" />
      <source>Taux</source>
      <translation>النسبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="248" />
      <source>Théorie</source>
      <translation>نظري</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="124" />
      <source>Trop tôt : voir le message en haut</source>
      <translation>مبكر جدًا: انظري الرسالة في الأعلى</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="57" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="120" />
      <source>ajout d'un prérequis</source>
      <translation>إضافة شرط مسبق</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="95" />
      <source>ajout d'une fermeture</source>
      <translation>إضافة إغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="113" />
      <source>cette cohorte</source>
      <translation>هذه المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="115" />
      <source>fermé</source>
      <translation>مغلق</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="80" />
      <source>note de présence</source>
      <translation>تسجيل الحضور</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="154" />
      <source>nouveau sous-groupe {name}</source>
      <translation>مجموعة فرعية جديدة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="189" />
      <source>rien de noté</source>
      <translation>لا شيء مسجّل</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="178" />
      <source>sous-groupe renommé {name}</source>
      <translation>إعادة تسمية المجموعة الفرعية إلى {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="140" />
      <source>suppression d'un prérequis</source>
      <translation>حذف شرط مسبق</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="109" />
      <source>suppression d'une fermeture</source>
      <translation>حذف إغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="48" />
      <source>suppression de la matinée du {date}</source>
      <translation>حذف صباح يوم {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="111" />
      <source>toutes les cohortes</source>
      <translation>كل المجموعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="301" />
      <source>{done} faites sur {target} (prévues : {planned})</source>
      <translation>{done} منجزة من {target} (المخطط له: {planned})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/views.py" line="310" />
      <source>{done} matinée(s) faite(s) sur {target} (prévues : {planned})</source>
      <translation>
        <numerusform>الصباحات المنجزة: {done} من {target} (المخطط له: {planned})</numerusform>
        <numerusform>الصباحات المنجزة: {done} من {target} (المخطط له: {planned})</numerusform>
        <numerusform>الصباحات المنجزة: {done} من {target} (المخطط له: {planned})</numerusform>
        <numerusform>الصباحات المنجزة: {done} من {target} (المخطط له: {planned})</numerusform>
        <numerusform>الصباحات المنجزة: {done} من {target} (المخطط له: {planned})</numerusform>
        <numerusform>الصباحات المنجزة: {done} من {target} (المخطط له: {planned})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="347" />
      <source>{group} : il manque {n} au programme prévu.</source>
      <translation>{group}: ينقص البرنامج المخطط له {n}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="42" />
      <source>{hours} h</source>
      <translation>{hours} ساعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="204" />
      <source>{n} matinées manquées de suite : prenez de ses nouvelles.</source>
      <translation>{n} صباحات فائتة متتالية: اسألي عن أحوالها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="120" />
      <source>{reason} ({scope})</source>
      <translation>{reason} ({scope})</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="106" />
      <source>{start} → {end}</source>
      <translation>{start} ← {end}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="68" />
      <source>État</source>
      <translation>الحالة</translation>
    </message>
  </context>
  <context>
    <name>ScheduleTab</name>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="610" />
      <source>%n matinée(s) ajoutée(s).</source>
      <translation>
        <numerusform>أُضيفت %n صباحية.</numerusform>
        <numerusform>أُضيفت %n صباحية.</numerusform>
        <numerusform>أُضيفت %n صباحيتان.</numerusform>
        <numerusform>أُضيفت %n صباحيات.</numerusform>
        <numerusform>أُضيفت %n صباحية.</numerusform>
        <numerusform>أُضيفت %n صباحية.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="479" />
      <source>Ajouter une matinée</source>
      <translation>إضافة صباحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="193" />
      <location filename="../../app/ui/schedule/tab.py" line="407" />
      <location filename="../../app/ui/schedule/tab.py" line="568" />
      <source>Annuler la matinée</source>
      <translation>إلغاء الصباحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="570" />
      <source>Annuler la matinée du {date} ? Elle reste dans l'horaire, barrée, et ne compte plus.</source>
      <translation>إلغاء صباحية يوم {date}؟ تبقى في الجدول، مشطوبة، ولا تُحسب بعد الآن.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="853" />
      <source>Calendrier enregistré : {path}</source>
      <translation>تم حفظ الجدول: {path}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="728" />
      <location filename="../../app/ui/schedule/tab.py" line="751" />
      <source>Cette cohorte n'a pas de sous-groupe.</source>
      <translation>ليس لهذه المجموعة أي مجموعة فرعية.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="99" />
      <source>Cette semaine</source>
      <translation>هذا الأسبوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="89" />
      <source>Choisissez ou créez une cohorte pour voir son horaire.</source>
      <translation>اختاري مجموعة أو أنشئي واحدة لرؤية جدولها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="211" />
      <source>Copier cette semaine…</source>
      <translation>نسخ هذا الأسبوع…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="635" />
      <source>Copier la semaine</source>
      <translation>نسخ الأسبوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="189" />
      <source>Déplacer (Alt+Gauche / Alt+Droite : un jour plus tôt ou plus tard)</source>
      <translation>نقل (Alt+Gauche / Alt+Droite: يوم قبل أو يوم بعد)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="538" />
      <location filename="../../app/ui/schedule/tab.py" line="558" />
      <source>Déplacer la matinée</source>
      <translation>نقل الصباحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="186" />
      <source>Déplacer…</source>
      <translation>نقل…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="835" />
      <source>Exporter le calendrier</source>
      <translation>تصدير الجدول</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="225" />
      <source>Exporter le calendrier (.ics)…</source>
      <translation>تصدير الجدول (.ics)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="801" />
      <source>Exporter les présences</source>
      <translation>تصدير الحضور</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="228" />
      <source>Exporter les présences (tableur .csv)…</source>
      <translation>تصدير الحضور (جدول ‎.csv)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="693" />
      <source>Fermeture ajoutée du {start} au {end}.</source>
      <translation>تمت إضافة إغلاق من {start} إلى {end}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="124" />
      <source>Fermetures et prérequis</source>
      <translation>أيام الإغلاق والشروط السابقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="796" />
      <source>Feuilles de présence à signer</source>
      <translation>أوراق الحضور للتوقيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="222" />
      <source>Feuilles de présence à signer (cette semaine)</source>
      <translation>أوراق الحضور للتوقيع (هذا الأسبوع)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="672" />
      <source>Générer une période</source>
      <translation>إنشاء فترة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="210" />
      <source>Générer une période…</source>
      <translation>إنشاء فترة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="123" />
      <source>Heures</source>
      <translation>الساعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="257" />
      <source>Horaire</source>
      <translation>الجدول الزمني</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="827" />
      <source>Impossible d'écrire le fichier : {error}</source>
      <translation>لا يمكن كتابة الملف: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="199" />
      <source>Imprimer la semaine</source>
      <translation>طباعة الأسبوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="202" />
      <source>Imprimer la semaine pour le mur de la cuisine (Ctrl+P)</source>
      <translation>طباعة الأسبوع لحائط المطبخ (Ctrl+P)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="612" />
      <source>Jours qui avaient déjà une matinée : %n.</source>
      <translation>
        <numerusform>%n يوم كانت فيه صباحية بالفعل.</numerusform>
        <numerusform>%n يوم كانت فيه صباحية بالفعل.</numerusform>
        <numerusform>%n يومان كانت فيهما صباحية بالفعل.</numerusform>
        <numerusform>%n أيام كانت فيها صباحية بالفعل.</numerusform>
        <numerusform>%n يومًا كانت فيها صباحية بالفعل.</numerusform>
        <numerusform>%n يوم كانت فيها صباحية بالفعل.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="660" />
      <source>Jours qui ont déjà une matinée : %n.</source>
      <translation>
        <numerusform>%n يوم فيه صباحية بالفعل.</numerusform>
        <numerusform>%n يوم فيه صباحية بالفعل.</numerusform>
        <numerusform>%n يومان فيهما صباحية بالفعل.</numerusform>
        <numerusform>%n أيام فيها صباحية بالفعل.</numerusform>
        <numerusform>%n يومًا فيها صباحية بالفعل.</numerusform>
        <numerusform>%n يوم فيها صباحية بالفعل.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="615" />
      <source>Jours sautés : {days}</source>
      <translation>أيام متروكة: {days}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="121" />
      <source>Liste</source>
      <translation>القائمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="134" />
      <source>Liste des matinées</source>
      <translation>قائمة الصباحيات</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="652" />
      <source>Matinées à ajouter : %n.</source>
      <translation>
        <numerusform>ستُضاف %n صباحية.</numerusform>
        <numerusform>ستُضاف %n صباحية.</numerusform>
        <numerusform>ستُضاف %n صباحيتان.</numerusform>
        <numerusform>ستُضاف %n صباحيات.</numerusform>
        <numerusform>ستُضاف %n صباحية.</numerusform>
        <numerusform>ستُضاف %n صباحية.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="183" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="506" />
      <source>Modifier la matinée</source>
      <translation>تعديل الصباحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="213" />
      <source>Nouveau sous-groupe…</source>
      <translation>مجموعة فرعية جديدة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="212" />
      <source>Nouvelle fermeture…</source>
      <translation>إغلاق جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="176" />
      <source>Nouvelle matinée</source>
      <translation>صباحية جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="179" />
      <source>Nouvelle matinée (Ctrl+N)</source>
      <translation>صباحية جديدة (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="205" />
      <source>Plus d'actions</source>
      <translation>إجراءات أخرى</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="206" />
      <source>Plus…</source>
      <translation>المزيد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="122" />
      <source>Présences</source>
      <translation>الحضور</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="819" />
      <source>Présences enregistrées : {path}</source>
      <translation>تم حفظ الحضور: {path}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="215" />
      <source>Renommer un sous-groupe…</source>
      <translation>إعادة تسمية مجموعة فرعية…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="405" />
      <source>Rétablir la matinée</source>
      <translation>إرجاع الصباحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="655" />
      <source>Sautés : {days}.</source>
      <translation>متروكة: {days}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="120" />
      <source>Semaine</source>
      <translation>الأسبوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="97" />
      <source>Semaine d'après ▶</source>
      <translation>الأسبوع التالي ◀</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="310" />
      <source>Semaine du {start} au {end}</source>
      <translation>أسبوع من {start} إلى {end}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="781" />
      <source>Semaine à imprimer</source>
      <translation>الأسبوع المراد طباعته</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="196" />
      <source>Supprimer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="218" />
      <source>Supprimer un sous-groupe…</source>
      <translation>حذف مجموعة فرعية…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="803" />
      <source>Tableur CSV (*.csv)</source>
      <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="605" />
      <source>{day} ({why})</source>
      <translation>{day} ({why})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="367" />
      <source>… et %n autre(s) : voir la liste.</source>
      <translation>
        <numerusform>… انظري القائمة.</numerusform>
        <numerusform>… وواحدة أخرى: انظري القائمة.</numerusform>
        <numerusform>… واثنتان أخريان: انظري القائمة.</numerusform>
        <numerusform>… و%n أخرى: انظري القائمة.</numerusform>
        <numerusform>… و%n أخرى: انظري القائمة.</numerusform>
        <numerusform>… و%n أخرى: انظري القائمة.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="94" />
      <source>◀ Semaine d'avant</source>
      <translation>▶ الأسبوع السابق</translation>
    </message>
  </context>
  <context>
    <name>SharingDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="394" />
      <source>A participé</source>
      <translation>شاركت</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="458" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation>اختاري أولًا مجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="433" />
      <source>Date *</source>
      <translation>التاريخ *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="439" />
      <source>Décision</source>
      <translation>القرار</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="394" />
      <source>Heures</source>
      <translation>الساعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="437" />
      <source>Heures de présence</source>
      <translation>ساعات الحضور</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="436" />
      <source>Le reste</source>
      <translation>الباقي</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="394" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="438" />
      <source>Objections</source>
      <translation>الاعتراضات</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="435" />
      <source>Part au fonds commun</source>
      <translation>الحصة في الصندوق المشترك</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="383" />
      <source>Partage du résultat (par consentement)</source>
      <translation>تقسيم الربح (بالموافقة)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="434" />
      <source>Proposition *</source>
      <translation>الاقتراح *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="420" />
      <source>Revoir la décision le :</source>
      <translation>مراجعة القرار يوم:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="429" />
      <source>Résultat de la cohorte : {p}</source>
      <translation>ربح المجموعة: {p}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="440" />
      <source>Révision</source>
      <translation>المراجعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="415" />
      <source>Une objection par ligne : objection =&gt; comment elle a été intégrée</source>
      <translation>اعتراض واحد في كل سطر: الاعتراض =&gt; كيف أُخذ به</translation>
    </message>
  </context>
  <context>
    <name>SheetMap</name>
    <message>
      <location filename="../../app/ui/labels/sheet_map.py" line="24" />
      <source>Cliquez sur la première étiquette libre de la feuille.</source>
      <translation>اضغطي على أول ملصق فارغ في الورقة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/sheet_map.py" line="22" />
      <source>Première feuille : cliquez sur la première étiquette libre</source>
      <translation>الورقة الأولى: اضغطي على أول ملصق فارغ</translation>
    </message>
  </context>
  <context>
    <name>SignDialog</name>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="73" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="64" />
      <source>Signer le document</source>
      <translation>توقيع المستند</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="74" />
      <source>Signé le</source>
      <translation>وُقّع في</translation>
    </message>
  </context>
  <context>
    <name>Stock</name>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="234" />
      <source>Achat d'ingrédient</source>
      <translation>شراء مكوّن</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/soon_text.py" line="33" />
      <source>Bientôt périmés (ou périmés) :</source>
      <translation>تنتهي صلاحيتها قريبًا (أو انتهت):</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="292" />
      <source>Comptage du stock</source>
      <translation>جرد المخزون</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="263" />
      <source>Lot fabriqué</source>
      <translation>رقم التشغيلة المصنوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="325" />
      <source>Perte</source>
      <translation>خسارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/soon_text.py" line="20" />
      <source>{name}, lot {lot} : {left} en stock, PÉRIMÉ depuis le {date}</source>
      <translation>{name}، رقم التشغيلة {lot}: {left} في المخزون، انتهت صلاحيته منذ {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/soon_text.py" line="24" />
      <source>{name}, lot {lot} : {left} en stock, date {date}</source>
      <translation>{name}، رقم التشغيلة {lot}: {left} في المخزون، التاريخ {date}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/kitchen/soon_text.py" line="37" />
      <source>… et %n autre(s) : voir « Stock et lots… »</source>
      <translation>
        <numerusform>… انظري «المخزون وأرقام التشغيلة…»</numerusform>
        <numerusform>… وواحد آخر: انظري «المخزون وأرقام التشغيلة…»</numerusform>
        <numerusform>… واثنان آخران: انظري «المخزون وأرقام التشغيلة…»</numerusform>
        <numerusform>… و%n أخرى: انظري «المخزون وأرقام التشغيلة…»</numerusform>
        <numerusform>… و%n أخرى: انظري «المخزون وأرقام التشغيلة…»</numerusform>
        <numerusform>… و%n أخرى: انظري «المخزون وأرقام التشغيلة…»</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StockDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="344" />
      <source>Acheté : {ingredient}, {supplier}, le {date}, lot {lot}</source>
      <translation>تم الشراء: {ingredient}، {supplier}، يوم {date}، رقم التشغيلة {lot}</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="89" />
      <source>Acheté le</source>
      <translation>اشتُري يوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="338" />
      <source>Aucun achat ni lot fabriqué avec ce numéro.</source>
      <translation>لا يوجد شراء ولا رقم التشغيلة مصنوع بهذا الرقم.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="304" />
      <source>Choisissez d'abord le lot dans la liste des produits.</source>
      <translation>اختاري أولًا رقم التشغيلة في قائمة المنتجات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="113" />
      <source>Compter le stock…</source>
      <translation>جرد المخزون…</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="68" />
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="91" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="71" />
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="94" />
      <source>En stock</source>
      <translation>في المخزون</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="66" />
      <source>Fabriqué le</source>
      <translation>صُنع يوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="128" />
      <source>Fermer</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="184" />
      <source>Imprimer la traçabilité…</source>
      <translation>طباعة التتبّع…</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="86" />
      <source>Ingrédient</source>
      <translation>المكوّن</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="100" />
      <source>Ingrédients en stock</source>
      <translation>المكوّنات في المخزون</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="65" />
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="88" />
      <source>Lot</source>
      <translation>رقم التشغيلة</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="358" />
      <source>Lot {lot} : {product}, fait le {date} ; vendu : {days}</source>
      <translation>رقم التشغيلة {lot}: {product}، صُنع يوم {date}؛ بيع: {days}</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="163" />
      <source>Noter la perte du lot choisi</source>
      <translation>تسجيل خسارة رقم التشغيلة المختار</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="112" />
      <source>Nouveau lot fabriqué…</source>
      <translation>رقم التشغيلة مصنوع جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="111" />
      <source>Nouvel achat…</source>
      <translation>شراء جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="174" />
      <source>Numéro de lot à retrouver</source>
      <translation>رقم التشغيلة للبحث عنه</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="64" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="76" />
      <source>Produits en stock</source>
      <translation>المنتجات في المخزون</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="154" />
      <source>Raison de la perte</source>
      <translation>سبب الخسارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="183" />
      <source>Retrouver le lot</source>
      <translation>البحث عن رقم التشغيلة</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="203" />
      <source>Rien n'est bientôt périmé.</source>
      <translation>لا شيء تنتهي صلاحيته قريبًا.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="57" />
      <source>Stock et lots</source>
      <translation>المخزون وأرقام التشغيلة</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="378" />
      <source>Traçabilité du lot</source>
      <translation>تتبّع رقم التشغيلة</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="153" />
      <source>Unités perdues</source>
      <translation>الوحدات الضائعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="70" />
      <source>Vendues</source>
      <translation>المباعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="175" />
      <source>numéro de lot : étiquette ou fournisseur</source>
      <translation>رقم التشغيلة: الملصق أو المورّد</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="145" />
      <source>par exemple : tombées, date dépassée</source>
      <translation>مثلًا: سقطت، انتهت الصلاحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="353" />
      <source>{date} ({units})</source>
      <translation>{date} ({units})</translation>
    </message>
  </context>
  <context>
    <name>SubgroupChoiceDialog</name>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="72" />
      <source>Nouveau nom *</source>
      <translation>الاسم الجديد *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="67" />
      <source>Renommer un sous-groupe</source>
      <translation>إعادة تسمية مجموعة فرعية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="65" />
      <source>Sous-groupe</source>
      <translation>المجموعة الفرعية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="74" />
      <source>Supprimer un sous-groupe</source>
      <translation>حذف مجموعة فرعية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="80" />
      <source>Supprimer…</source>
      <translation>حذف…</translation>
    </message>
  </context>
  <context>
    <name>SubgroupDialog</name>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="37" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="23" />
      <source>Nouveau sous-groupe</source>
      <translation>مجموعة فرعية جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="25" />
      <source>Par exemple : Informatique A</source>
      <translation>مثلاً: المعلوماتية أ</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="38" />
      <source>Ses membres *</source>
      <translation>عضواتها *</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="184" />
      <source>&lt;b&gt;La cohorte&lt;/b&gt; ({n} ventes)</source>
      <translation>&lt;b&gt;المجموعة&lt;/b&gt; ({n} مبيعات)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="158" />
      <source>&lt;b&gt;La journée&lt;/b&gt; ({title})&lt;br&gt;Chiffre d'affaires TVAC : {incl}&lt;br&gt;TVA : {vat}&lt;br&gt;Par paiement : {methods}</source>
      <translation>&lt;b&gt;اليوم&lt;/b&gt; ({title})&lt;br&gt;رقم المعاملات مع الضريبة: {incl}&lt;br&gt;الضريبة على القيمة المضافة: {vat}&lt;br&gt;حسب طريقة الدفع: {methods}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/sales/summary.py" line="122" />
      <source>&lt;br&gt;&lt;b&gt;Vendu plus que le stock noté : %n unité(s).&lt;/b&gt; Le comptage sur papier compte ; vérifiez les lots fabriqués (Aujourd'hui, « Stock et lots »).</source>
      <translation>
        <numerusform>&lt;br&gt;&lt;b&gt;بيع أكثر من المخزون المسجَّل: %n وحدة.&lt;/b&gt; العدّ على الورق هو المعتمد؛ راجعي أرقام التشغيلة المصنوعة (اليوم، «المخزون وأرقام التشغيلة»).</numerusform>
        <numerusform>&lt;br&gt;&lt;b&gt;بيع أكثر من المخزون المسجَّل: %n وحدة.&lt;/b&gt; العدّ على الورق هو المعتمد؛ راجعي أرقام التشغيلة المصنوعة (اليوم، «المخزون وأرقام التشغيلة»).</numerusform>
        <numerusform>&lt;br&gt;&lt;b&gt;بيع أكثر من المخزون المسجَّل: %n وحدتان.&lt;/b&gt; العدّ على الورق هو المعتمد؛ راجعي أرقام التشغيلة المصنوعة (اليوم، «المخزون وأرقام التشغيلة»).</numerusform>
        <numerusform>&lt;br&gt;&lt;b&gt;بيع أكثر من المخزون المسجَّل: %n وحدات.&lt;/b&gt; العدّ على الورق هو المعتمد؛ راجعي أرقام التشغيلة المصنوعة (اليوم، «المخزون وأرقام التشغيلة»).</numerusform>
        <numerusform>&lt;br&gt;&lt;b&gt;بيع أكثر من المخزون المسجَّل: %n وحدة.&lt;/b&gt; العدّ على الورق هو المعتمد؛ راجعي أرقام التشغيلة المصنوعة (اليوم، «المخزون وأرقام التشغيلة»).</numerusform>
        <numerusform>&lt;br&gt;&lt;b&gt;بيع أكثر من المخزون المسجَّل: %n وحدة.&lt;/b&gt; العدّ على الورق هو المعتمد؛ راجعي أرقام التشغيلة المصنوعة (اليوم، «المخزون وأرقام التشغيلة»).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="187" />
      <source>&lt;br&gt;Meilleures ventes : {best}</source>
      <translation>&lt;br&gt;الأكثر مبيعًا: {best}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/sales/summary.py" line="182" />
      <source>&lt;br&gt;Pertes (produits jetés) : %n unité(s)</source>
      <translation>
        <numerusform>&lt;br&gt;الخسائر (منتجات مرمية): %n وحدة</numerusform>
        <numerusform>&lt;br&gt;الخسائر (منتجات مرمية): %n وحدة</numerusform>
        <numerusform>&lt;br&gt;الخسائر (منتجات مرمية): %n وحدتان</numerusform>
        <numerusform>&lt;br&gt;الخسائر (منتجات مرمية): %n وحدات</numerusform>
        <numerusform>&lt;br&gt;الخسائر (منتجات مرمية): %n وحدة</numerusform>
        <numerusform>&lt;br&gt;الخسائر (منتجات مرمية): %n وحدة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/sales/summary.py" line="120" />
      <source>&lt;br&gt;Pertes du jour : %n unité(s)</source>
      <translation>
        <numerusform>&lt;br&gt;خسائر اليوم: %n وحدة</numerusform>
        <numerusform>&lt;br&gt;خسائر اليوم: %n وحدة</numerusform>
        <numerusform>&lt;br&gt;خسائر اليوم: %n وحدتان</numerusform>
        <numerusform>&lt;br&gt;خسائر اليوم: %n وحدات</numerusform>
        <numerusform>&lt;br&gt;خسائر اليوم: %n وحدة</numerusform>
        <numerusform>&lt;br&gt;خسائر اليوم: %n وحدة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="117" />
      <source>&lt;br&gt;Reporté des jours précédents : {products}</source>
      <translation>&lt;br&gt;المنقول من الأيام السابقة: {products}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="232" />
      <source>Aucune décision de partage pour cette cohorte.</source>
      <translation>لا يوجد قرار لتقسيم الربح لهذه المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="171" />
      <source>Aucune vente choisie.</source>
      <translation>لم تختاري أي بيع.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="60" />
      <source>Décider le partage du résultat…</source>
      <translation>قرّري تقسيم الربح…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="246" />
      <source>Exporter en CSV</source>
      <translation>تصدير بصيغة CSV</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="69" />
      <source>Exporter les dépenses (CSV)…</source>
      <translation>تصدير المصاريف (CSV)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="66" />
      <source>Exporter les ventes (CSV)…</source>
      <translation>تصدير المبيعات (CSV)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="50" />
      <source>Graphique de la recette par vente</source>
      <translation>رسم بياني للمدخول في كل بيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="267" />
      <source>Impossible d'écrire ce fichier : {e}</source>
      <translation>لا يمكن كتابة هذا الملف: {e}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="63" />
      <source>Imprimer le partage…</source>
      <translation>طباعة تقسيم الربح…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="57" />
      <source>Imprimer le résumé de la cohorte…</source>
      <translation>طباعة ملخص المجموعة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="53" />
      <source>Imprimer le résumé du jour…</source>
      <translation>طباعة ملخص اليوم…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="231" />
      <location filename="../../app/ui/sales/summary.py" line="237" />
      <source>Partage du résultat</source>
      <translation>تقسيم الربح</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="175" />
      <source>Recette HTVA</source>
      <translation>المدخول بدون الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="49" />
      <source>Recette par vente (hors TVA, €)</source>
      <translation>المدخول في كل بيع (بدون الضريبة، €)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="215" />
      <source>Résumé de la cohorte</source>
      <translation>ملخص المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="203" />
      <source>Résumé de la journée</source>
      <translation>ملخص اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="270" />
      <source>{n} lignes exportées.</source>
      <translation>عدد الأسطر المصدَّرة: {n}.</translation>
    </message>
  </context>
  <context>
    <name>Tabs</name>
    <message>
      <location filename="../../app/ui/tabs.py" line="40" />
      <source>Aujourd'hui</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="77" />
      <source>Déléguées</source>
      <translation>المندوبات</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="44" />
      <source>Horaire</source>
      <translation>المواعيد</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="105" />
      <source>Membres</source>
      <translation>العضوات</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="52" />
      <source>Menus</source>
      <translation>قوائم الطعام</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="69" />
      <source>Ventes</source>
      <translation>المبيعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="97" />
      <source>Vie coopérative</source>
      <translation>الحياة التعاونية</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="65" />
      <source>Étiquettes</source>
      <translation>الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="84" />
      <source>Évaluations</source>
      <translation>التقييمات</translation>
    </message>
  </context>
  <context>
    <name>TallyPage</name>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="230" />
      <source>Ajouter un {name}</source>
      <translation>إضافة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="145" />
      <source>Annuler le dernier appui (Ctrl+Z)</source>
      <translation>إلغاء آخر ضغطة (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="319" />
      <source>Annulé : {tap}</source>
      <translation>تم التراجع: {tap}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="203" />
      <source>Cette vente est celle du {date}, pas d'aujourd'hui. Pour vendre aujourd'hui, cliquez sur « Nouvelle vente… ».</source>
      <translation>هذا البيع هو بيع يوم {date}، وليس بيع اليوم. للبيع اليوم، اضغطي على «بيع جديد…».</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="170" />
      <source>Chaque appui est enregistré tout de suite. F1 à F9 : +1 du produit 1 à 9 ; Maj+F1 à F9 : −1. Ceci est un outil de comptage, pas une caisse enregistreuse certifiée.</source>
      <translation>كل ضغطة تُحفظ فورًا. المفاتيح من F1 إلى F9 تضيف واحدًا للمنتجات من 1 إلى 9، ومع مفتاح Shift تطرح واحدًا. هذه أداة للعدّ، وليست آلة تسجيل نقود معتمدة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="260" />
      <source>Choisissez ou créez une vente.</source>
      <translation>اختاري بيعًا أو أنشئي بيعًا جديدًا.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="122" />
      <source>Code-barres</source>
      <translation>الرمز الشريطي</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="237" />
      <source>Enlever un {name}</source>
      <translation>إزالة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="279" />
      <source>Journée clôturée. </source>
      <translation>تم إغلاق اليوم. </translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="99" />
      <source>Paiement :</source>
      <translation>الدفع:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="109" />
      <source>Paiement : {m}</source>
      <translation>الدفع: {m}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="321" />
      <source>Rétabli : {tap}</source>
      <translation>تمت الإعادة: {tap}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="148" />
      <source>Rétablir (Ctrl+Y)</source>
      <translation>إعادة (Ctrl+Y)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="120" />
      <source>Scanner un code-barres ici (ou taper le code puis Entrée)</source>
      <translation>مرّري الرمز أمام القارئ (أو اكتبي الرمز ثم اضغطي Enter)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="275" />
      <source>Total : {amount}</source>
      <translation>المجموع: {amount}</translation>
    </message>
  </context>
  <context>
    <name>TaskDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="93" />
      <source>Nouvelle tâche</source>
      <translation>مهمة جديدة</translation>
    </message>
  </context>
  <context>
    <name>TaskFields</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="56" />
      <source>(aucun)</source>
      <translation>(لا شيء)</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="48" />
      <source>(personne en particulier)</source>
      <translation>(لا أحد بعينه)</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="49" />
      <source>Avec une date limite</source>
      <translation>مع موعد نهائي</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="77" />
      <source>Cercle</source>
      <translation>دائرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="72" />
      <source>Nouvelle tâche</source>
      <translation>مهمة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="76" />
      <source>Pour quand</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="75" />
      <source>Pour qui</source>
      <translation>لمن</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="70" />
      <source>Tâche *</source>
      <translation>المهمة *</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="47" />
      <source>par exemple : acheter des dattes</source>
      <translation>مثلاً: شراء التمر</translation>
    </message>
  </context>
  <context>
    <name>TastingDialog</name>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="32" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="33" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="21" />
      <source>Nouvelle dégustation</source>
      <translation>تذوق جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="31" />
      <source>Produit et version</source>
      <translation>المنتج والنسخة</translation>
    </message>
  </context>
  <context>
    <name>Tastings</name>
    <message>
      <location filename="../../app/ui/tastings/chart.py" line="64" />
      <source>Graphique des notes par version</source>
      <translation>رسم بياني للنقاط حسب النسخة</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/chart.py" line="35" />
      <source>Note moyenne sur 5, par version</source>
      <translation>متوسط النقطة من 5، حسب النسخة</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/commands.py" line="41" />
      <source>déplacement de la question « {q} »</source>
      <translation>نقل السؤال «{q}»</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/commands.py" line="21" />
      <source>modification de la question « {q} »</source>
      <translation>تعديل السؤال «{q}»</translation>
    </message>
  </context>
  <context>
    <name>TastingsPage</name>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="102" />
      <source>Ajouter…</source>
      <translation>إضافة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="239" />
      <source>Coût</source>
      <translation>التكلفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="129" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="108" />
      <source>Descendre</source>
      <translation>إلى الأسفل</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="136" />
      <source>Dégustations</source>
      <translation>التذوقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="142" />
      <source>Dégustations du produit</source>
      <translation>تذوّقات المنتج</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="132" />
      <location filename="../../app/ui/tastings/page.py" line="232" />
      <source>Formulaires</source>
      <translation>الاستمارات</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="88" />
      <source>Genre</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="71" />
      <source>Imprimer le questionnaire…</source>
      <translation>طباعة الاستمارة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="131" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="242" />
      <source>Marge</source>
      <translation>الهامش</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="104" />
      <source>Modifier…</source>
      <translation>تعديل…</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="106" />
      <source>Monter</source>
      <translation>إلى الأعلى</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="161" />
      <source>Notes moyennes sur 5, avec le coût, le prix et la marge par pièce.</source>
      <translation>متوسط النقاط من 5، مع التكلفة والسعر والهامش للقطعة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="63" />
      <source>Nouvelle dégustation…</source>
      <translation>تذوق جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="87" />
      <source>N°</source>
      <translation>رقم</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="240" />
      <source>Prix de vente</source>
      <translation>سعر البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="56" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="74" />
      <source>Produit :</source>
      <translation>المنتج:</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="89" />
      <source>Question</source>
      <translation>السؤال</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="390" />
      <source>Questionnaire de dégustation</source>
      <translation>استمارة التذوّق</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="94" />
      <source>Questions de la version</source>
      <translation>أسئلة النسخة</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="113" />
      <source>Questions de la version choisie</source>
      <translation>أسئلة النسخة المختارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="90" />
      <source>Réponses possibles</source>
      <translation>الأجوبة الممكنة</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="153" />
      <source>Résultats par version</source>
      <translation>النتائج حسب النسخة</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="158" />
      <source>Résultats, version après version</source>
      <translation>النتائج، نسخة بعد نسخة</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="65" />
      <source>Saisir les formulaires…</source>
      <translation>إدخال الاستمارات…</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="111" />
      <source>Supprimer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="68" />
      <source>Taper les formulaires papier de la dégustation choisie</source>
      <translation>إدخال الاستمارات الورقية للتذوّق المختار</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="61" />
      <location filename="../../app/ui/tastings/page.py" line="130" />
      <location filename="../../app/ui/tastings/page.py" line="231" />
      <source>Version</source>
      <translation>النسخة</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="76" />
      <source>Version :</source>
      <translation>النسخة:</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="360" />
      <source>dégustation du {day}</source>
      <translation>تذوّق يوم {day}</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="244" />
      <source>{amount} ({percent})</source>
      <translation>{amount} ({percent})</translation>
    </message>
  </context>
  <context>
    <name>TemperatureDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="39" />
      <source>Action corrective</source>
      <translation>الإجراء التصحيحي</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="51" />
      <source>Pas encore de frigo ni de congélateur : ajoutez-les dans l'onglet « Déléguées », « Listes du jour… », bouton « Frigos… ».</source>
      <translation>لا توجد ثلاجة ولا مجمد بعد: أضيفوها في تبويب « المسؤولات »، « قوائم اليوم… »، زر « الثلاجات… ».</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="19" />
      <source>Températures du jour</source>
      <translation>درجات حرارة اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="27" />
      <source>par exemple 4 ou -18,5</source>
      <translation>مثلاً 4 أو -18,5</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="29" />
      <source>si hors limites : ce qui a été fait</source>
      <translation>إذا كانت خارج الحدود: ما الذي تم فعله</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="33" />
      <source>{name} (de {low} à {high})</source>
      <translation>{name} (من {low} إلى {high})</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="42" />
      <source>Écrivez la température lue sur le thermomètre. Hors limites : notez ce que vous avez fait (porte refermée, produits jetés…).</source>
      <translation>اكتبوا درجة الحرارة التي يظهرها الميزان. خارج الحدود: اكتبوا ما فعلتم (إغلاق الباب، رمي المنتجات…).</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="28" />
      <source>Code du modèle *</source>
      <translation>رمز النموذج *</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="38" />
      <source>Colonnes</source>
      <translation>الأعمدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="33" />
      <source>Hauteur d'une étiquette (mm)</source>
      <translation>ارتفاع الملصق (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="31" />
      <source>Hauteur de la page (mm)</source>
      <translation>ارتفاع الصفحة (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="32" />
      <source>Largeur d'une étiquette (mm)</source>
      <translation>عرض الملصق (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="30" />
      <source>Largeur de la page (mm)</source>
      <translation>عرض الصفحة (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="35" />
      <source>Marge en haut (mm)</source>
      <translation>الهامش من فوق (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="34" />
      <source>Marge à gauche (mm)</source>
      <translation>الهامش من اليسار (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="29" />
      <source>Mes étiquettes</source>
      <translation>ملصقاتي</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="52" />
      <source>Mesurez sur la feuille, depuis le coin en haut à gauche. Le pas est la distance entre le début d'une étiquette et le début de la suivante.</source>
      <translation>قيسي على الورقة، ابتداءً من الزاوية في أعلى اليسار. الخطوة هي المسافة بين بداية ملصق وبداية الملصق التالي.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="29" />
      <source>Nom</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="25" />
      <source>Nouveau modèle d'étiquettes</source>
      <translation>نموذج ملصقات جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="36" />
      <source>Pas horizontal (mm)</source>
      <translation>الخطوة الأفقية (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="37" />
      <source>Pas vertical (mm)</source>
      <translation>الخطوة العمودية (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="39" />
      <source>Rangées</source>
      <translation>الصفوف</translation>
    </message>
  </context>
  <context>
    <name>TermDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="275" />
      <source>Au</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="274" />
      <source>Du</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="277" />
      <source>Début</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="278" />
      <source>Fin</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="253" />
      <source>Générer une période</source>
      <translation>إنشاء فترة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="276" />
      <source>Jours</source>
      <translation>الأيام</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="288" />
      <source>Les jours fériés belges et les fermetures sont sautés.</source>
      <translation>يتم تخطي أيام العطل الرسمية في بلجيكا وأيام الإغلاق.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="281" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="280" />
      <source>Module</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="279" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
  </context>
  <context>
    <name>Today</name>
    <message>
      <location filename="../../app/ui/today/tab.py" line="506" />
      <source>Cocher « {text} »</source>
      <translation>تأشير «{text}»</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="506" />
      <source>Décocher « {text} »</source>
      <translation>إزالة التأشير عن «{text}»</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="439" />
      <source>Températures du jour</source>
      <translation>درجات حرارة اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="537" />
      <source>Tâche faite : {text}</source>
      <translation>مهمة منجزة: {text}</translation>
    </message>
  </context>
  <context>
    <name>TodayTab</name>
    <message numerus="yes">
      <location filename="../../app/ui/today/tab.py" line="296" />
      <source>%n suivi(s) après le programme à faire : onglet Membres, « Après le programme… ».</source>
      <translation>
        <numerusform>%n متابعة بعد البرنامج يجب القيام بها: تبويب العضوات، «بعد البرنامج…».</numerusform>
        <numerusform>%n متابعة بعد البرنامج يجب القيام بها: تبويب العضوات، «بعد البرنامج…».</numerusform>
        <numerusform>%n متابعتان بعد البرنامج يجب القيام بهما: تبويب العضوات، «بعد البرنامج…».</numerusform>
        <numerusform>%n متابعات بعد البرنامج يجب القيام بها: تبويب العضوات، «بعد البرنامج…».</numerusform>
        <numerusform>%n متابعة بعد البرنامج يجب القيام بها: تبويب العضوات، «بعد البرنامج…».</numerusform>
        <numerusform>%n متابعة بعد البرنامج يجب القيام بها: تبويب العضوات، «بعد البرنامج…».</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="483" />
      <source>Aucune tâche ouverte.</source>
      <translation>لا توجد مهام مفتوحة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="239" />
      <source>Aujourd'hui</source>
      <translation>اليوم</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/today/tab.py" line="458" />
      <source>Cercles : %n tâche(s) pour aujourd'hui ou en retard ({circles})</source>
      <translation>
        <numerusform>الدوائر: %n مهمة لليوم أو متأخرة ({circles})</numerusform>
        <numerusform>الدوائر: مهمة واحدة لليوم أو متأخرة ({circles})</numerusform>
        <numerusform>الدوائر: مهمتان لليوم أو متأخرتان ({circles})</numerusform>
        <numerusform>الدوائر: %n مهام لليوم أو متأخرة ({circles})</numerusform>
        <numerusform>الدوائر: %n مهمة لليوم أو متأخرة ({circles})</numerusform>
        <numerusform>الدوائر: %n مهمة لليوم أو متأخرة ({circles})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="249" />
      <source>Choisissez ou créez une cohorte.</source>
      <translation>اختاري مجموعة أو أنشئي مجموعة جديدة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="112" />
      <source>Clôturer la journée</source>
      <translation>إغلاق اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="370" />
      <source>Coché par {name}{at}</source>
      <translation>تمّ التأشير من طرف {name}{at}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="389" />
      <source>Double-cliquez pour écrire les températures.</source>
      <translation>انقروا مرتين لكتابة درجات الحرارة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="89" />
      <source>Déléguée du jour</source>
      <translation>مندوبة اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="480" />
      <source>En retard</source>
      <translation>متأخرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="114" />
      <source>Encoder les ventes et compter la caisse</source>
      <translation>إدخال المبيعات وعدّ الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="333" />
      <source>Fait : {text}</source>
      <translation>تم: {text}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="106" />
      <source>Imprimer les étiquettes</source>
      <translation>طباعة الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="335" />
      <source>La suite : {text}</source>
      <translation>التالي: {text}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="147" />
      <location filename="../../app/ui/today/tab.py" line="210" />
      <source>Liste du jour</source>
      <translation>قائمة اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="120" />
      <source>Nouvelle tâche</source>
      <translation>مهمة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="122" />
      <source>Nouvelle tâche (Ctrl+Maj+A)</source>
      <translation>مهمة جديدة (Ctrl+Shift+A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="109" />
      <source>Ouvrir les ventes</source>
      <translation>فتح المبيعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="269" />
      <source>Pas de déléguée</source>
      <translation>لا توجد مندوبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="271" />
      <source>Pas de matinée aujourd'hui</source>
      <translation>لا توجد فترة صباحية اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="323" />
      <source>Pas encore de passation.</source>
      <translation>لا يوجد تسليم بعد.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="267" />
      <source>Pas encore de planning</source>
      <translation>لا يوجد جدول بعد</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="205" />
      <source>Passation de la déléguée précédente</source>
      <translation>التسليم من المندوبة السابقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="141" />
      <source>Passation précédente</source>
      <translation>التسليم السابق</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="276" />
      <source>Planifiez les déléguées dans l'onglet « Déléguées ».</source>
      <translation>نظّمي جدول المندوبات في تبويب «المندوبات».</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="283" />
      <source>Prochain délégué : {name}, {date}</source>
      <translation>المندوب القادم: {name}، {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="285" />
      <source>Prochaine déléguée : {name}, {date}</source>
      <translation>المندوبة القادمة: {name}، {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="144" />
      <location filename="../../app/ui/today/tab.py" line="209" />
      <source>Programme du jour</source>
      <translation>برنامج اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="152" />
      <source>Relever les températures</source>
      <translation>قراءة درجات الحرارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="346" />
      <source>Rien dans le planning aujourd'hui.</source>
      <translation>لا شيء في الجدول اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="155" />
      <source>Stock et lots…</source>
      <translation>المخزون وأرقام التشغيلة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="157" />
      <source>Stock, achats, lots fabriqués et pertes</source>
      <translation>المخزون والمشتريات وأرقام التشغيلة المصنوعة والخسائر</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="395" />
      <source>Température hors limites : notez ce qui a été fait (bouton « Températures… »).</source>
      <translation>درجة حرارة خارج الحدود: اكتبوا ما تم فعله (زر « درجات الحرارة… »).</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="150" />
      <source>Températures…</source>
      <translation>درجات الحرارة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="172" />
      <location filename="../../app/ui/today/tab.py" line="215" />
      <source>Tâches ouvertes</source>
      <translation>المهام المفتوحة</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="471" />
      <source>pour le {date}</source>
      <translation>ليوم {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="327" />
      <source>{name}, {date} :</source>
      <translation>{name}، {date}:</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="116" />
      <source>Écrire la passation</source>
      <translation>كتابة التسليم</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="118" />
      <source>Écrire la passation (Ctrl+Maj+H)</source>
      <translation>كتابة التسليم (Ctrl+Shift+H)</translation>
    </message>
  </context>
  <context>
    <name>Trash</name>
    <message>
      <location filename="../../app/ui/safety/commands.py" line="40" />
      <source>Corbeille</source>
      <translation>سلة المهملات</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/delete_action.py" line="25" />
      <source>Mettre « {label} » à la corbeille ? Vous pourrez la restaurer pendant 30 jours (Édition › Corbeille).</source>
      <translation>نقل «{label}» إلى سلة المحذوفات؟ يمكنك استعادته خلال 30 يومًا (تحرير › سلة المحذوفات).</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/delete_action.py" line="40" />
      <source>Suppression impossible</source>
      <translation>تعذّر الحذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/delete_action.py" line="23" />
      <source>Supprimer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/commands.py" line="67" />
      <source>ajout de {label}</source>
      <translation>إضافة {label}</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/commands.py" line="50" />
      <source>suppression de {label}</source>
      <translation>حذف {label}</translation>
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="105" />
      <source>Ce qui a été supprimé reste ici 30 jours. Choisissez une ligne pour la restaurer.</source>
      <translation>ما تم حذفه يبقى هنا 30 يومًا. اختاري سطرًا لاسترجاعه.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="102" />
      <source>Corbeille</source>
      <translation>سلة المهملات</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="122" />
      <source>Fermer</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="115" />
      <source>La corbeille est vide.</source>
      <translation>سلة المهملات فارغة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="163" />
      <source>Restauration impossible</source>
      <translation>لا يمكن الاسترجاع</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="117" />
      <source>Restaurer</source>
      <translation>استرجاع</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="120" />
      <location filename="../../app/ui/safety/trash_dialog.py" line="177" />
      <source>Supprimer définitivement</source>
      <translation>حذف نهائي</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="179" />
      <source>Supprimer définitivement « {label} » ? Ce ne sera plus possible de la restaurer.</source>
      <translation>حذف «{label}» نهائيًا؟ لن يكون ممكنًا استرجاعه بعد ذلك.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="112" />
      <source>Éléments dans la corbeille</source>
      <translation>العناصر في سلة المهملات</translation>
    </message>
  </context>
  <context>
    <name>TrashModel</name>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="90" />
      <source>Gardé jusqu'au</source>
      <translation>محفوظ حتى</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="87" />
      <source>Quoi</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="89" />
      <source>Supprimé le</source>
      <translation>حُذف يوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="88" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
  </context>
  <context>
    <name>UnavailabilityDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="241" />
      <source>Chaque semaine</source>
      <translation>كل أسبوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="238" />
      <source>Indisponible</source>
      <translation>غير متاحة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="256" />
      <source>Jour</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="263" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="265" />
      <source>Pourquoi</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="264" />
      <source>Quand</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="240" />
      <source>Un jour</source>
      <translation>يوم واحد</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="258" />
      <source>par exemple : garde des enfants</source>
      <translation>مثلًا: رعاية الأطفال</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <location filename="../../app/ui/undo.py" line="157" />
      <source>Annuler</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <location filename="../../app/ui/undo.py" line="157" />
      <source>Annuler : {action}</source>
      <translation>تراجع: {action}</translation>
    </message>
    <message>
      <location filename="../../app/ui/undo.py" line="160" />
      <source>Rétablir</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <location filename="../../app/ui/undo.py" line="160" />
      <source>Rétablir : {action}</source>
      <translation>إعادة: {action}</translation>
    </message>
  </context>
  <context>
    <name>VersionDialog</name>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="49" />
      <source>Adopté le *</source>
      <translation>اعتُمد في *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="47" />
      <source>Document</source>
      <translation>المستند</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="36" />
      <source>Nouvelle version</source>
      <translation>نسخة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="48" />
      <source>Texte *</source>
      <translation>النص *</translation>
    </message>
  </context>
  <context>
    <name>ViewMenu</name>
    <message>
      <location filename="../../app/ui/view_menu.py" line="49" />
      <source>&amp;Affichage</source>
      <translation>&amp;عرض</translation>
    </message>
    <message>
      <location filename="../../app/ui/view_menu.py" line="66" />
      <source>Grand affichage (comptoir)</source>
      <translation>عرض كبير (المنضدة)</translation>
    </message>
    <message>
      <location filename="../../app/ui/view_menu.py" line="51" />
      <source>Langue</source>
      <translation>اللغة</translation>
    </message>
  </context>
  <context>
    <name>WeekdayBoxes</name>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="27" />
      <source>dim.</source>
      <translation>الأحد</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="24" />
      <source>jeu.</source>
      <translation>الخميس</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="21" />
      <source>lun.</source>
      <translation>الإثنين</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="22" />
      <source>mar.</source>
      <translation>الثلاثاء</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="23" />
      <source>mer.</source>
      <translation>الأربعاء</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="26" />
      <source>sam.</source>
      <translation>السبت</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="25" />
      <source>ven.</source>
      <translation>الجمعة</translation>
    </message>
  </context>
  <context>
    <name>_CohortPage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="128" />
      <source>&amp;Début</source>
      <translation>&amp;البداية</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="129" />
      <source>&amp;Fin</source>
      <translation>ال&amp;نهاية</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="127" />
      <source>&amp;Nom *</source>
      <translation>&amp;الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="111" />
      <source>Coopérative 1</source>
      <translation>التعاونية 1</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="116" />
      <source>Début</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="121" />
      <source>Fin</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="136" />
      <source>La fin doit venir après le début.</source>
      <translation>يجب أن تكون النهاية بعد البداية.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="110" />
      <source>La première cohorte</source>
      <translation>المجموعة الأولى</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="113" />
      <source>Nom de la cohorte</source>
      <translation>اسم المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="126" />
      <source>Une cohorte, c'est un groupe de membres pendant trois mois.</source>
      <translation>المجموعة هي عضوات يعملن معًا لمدة ثلاثة أشهر.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="134" />
      <source>Écrivez le nom de la cohorte.</source>
      <translation>اكتبي اسم المجموعة.</translation>
    </message>
  </context>
  <context>
    <name>_CooperativePage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="93" />
      <source>&amp;Adresse</source>
      <translation>ال&amp;عنوان</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="94" />
      <source>&amp;Langue des étiquettes et documents clients</source>
      <translation>&amp;لغة الملصقات ووثائق الزبائن</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="92" />
      <source>&amp;Nom *</source>
      <translation>&amp;الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="81" />
      <source>Adresse</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="86" />
      <source>Langue des étiquettes et documents clients</source>
      <translation>لغة الملصقات ووثائق الزبائن</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="78" />
      <source>Nom de la coopérative</source>
      <translation>اسم التعاونية</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="75" />
      <source>Votre coopérative</source>
      <translation>تعاونيتكِ</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="101" />
      <source>Écrivez le nom de la coopérative.</source>
      <translation>اكتبي اسم التعاونية.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="90" />
      <source>Écrivez le nom de votre coopérative. L'adresse est facultative.</source>
      <translation>اكتبي اسم تعاونيتكِ. العنوان ليس إجباريًا.</translation>
    </message>
  </context>
  <context>
    <name>_MembersPage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="163" />
      <source>&amp;Membres :</source>
      <translation>ال&amp;عضوات:</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="151" />
      <source>Amina Diallo
Olga Petrova
Linh Nguyen</source>
      <translation>Amina Diallo
Olga Petrova
Linh Nguyen</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="147" />
      <source>Les membres</source>
      <translation>العضوات</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="150" />
      <source>Membres, un nom par ligne</source>
      <translation>العضوات، اسم واحد في كل سطر</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="157" />
      <source>Écrivez un nom par ligne : le prénom, puis le nom. Vous pourrez en ajouter plus tard dans l'onglet Membres.</source>
      <translation>اكتبي اسمًا واحدًا في كل سطر: الاسم الشخصي ثم اسم العائلة. يمكنكِ إضافة أسماء أخرى لاحقًا في تبويب «العضوات».</translation>
    </message>
  </context>
  <context>
    <name>_StartPage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="53" />
      <source>Bienvenue !</source>
      <translation>أهلًا وسهلًا!</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="59" />
      <source>Cette base est vide.</source>
      <translation>قاعدة البيانات هذه فارغة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="54" />
      <source>Ouvrir la &amp;démo (pour essayer)</source>
      <translation>فتح ال&amp;تجربة (للتجريب)</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="62" />
      <source>Pour créer votre coopérative, cliquez sur « Suivant ». Pour essayer l'application avec des exemples, ouvrez la démo.</source>
      <translation>لإنشاء تعاونيتكِ، انقري على «التالي». لتجربة التطبيق مع أمثلة، افتحي التجربة.</translation>
    </message>
  </context>
  <context>
    <name>allergen_sheet</name>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="73" />
      <source>Allergènes</source>
      <translation>مسببات الحساسية</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="64" />
      <source>Allergènes — {date}</source>
      <translation>مسببات الحساسية — {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="54" />
      <source>Allergènes — {name}</source>
      <translation>مسببات الحساسية — {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="58" />
      <location filename="../../app/printing/allergen_sheet.py" line="62" />
      <source>Allergènes — {name}, {date}</source>
      <translation>مسببات الحساسية — {name}، {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="21" />
      <source>Aucun des 14 allergènes</source>
      <translation>لا شيء من مسببات الحساسية الأربعة عشر</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="105" />
      <source>Aucun plat.</source>
      <translation>لا يوجد طبق.</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="29" />
      <source>Contient</source>
      <translation>يحتوي على</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="20" />
      <source>Inconnu : demandez à l'équipe</source>
      <translation>غير معروف: اسألوا الفريق</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="107" />
      <source>Les 14 allergènes de chaque plat, d'après nos recettes</source>
      <translation>مسببات الحساسية الأربعة عشر لكل طبق، حسب وصفاتنا</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="80" />
      <source>Les 14 allergènes du règlement (UE) 1169/2011, d'après nos recettes. En cas d'allergie, parlez-en à l'équipe avant de manger.</source>
      <translation>مسببات الحساسية الأربعة عشر في اللائحة (الاتحاد الأوروبي) 1169/2011، حسب وصفاتنا. إذا كانت لديكم حساسية، تحدثوا مع الفريق قبل الأكل.</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="30" />
      <source>Peut contenir des traces de</source>
      <translation>قد يحتوي على آثار من</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="28" />
      <source>Plat</source>
      <translation>الطبق</translation>
    </message>
  </context>
  <context>
    <name>argparse</name>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="35" />
      <source>%(prog)s : erreur : %(message)s</source>
      <translation>%(prog)s: خطأ: %(message)s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="31" />
      <source>afficher cette aide, puis quitter</source>
      <translation>عرض هذه المساعدة ثم الخروج</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="32" />
      <source>afficher la version du programme, puis quitter</source>
      <translation>عرض إصدار البرنامج ثم الخروج</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="36" />
      <source>argument %(argument_name)s : %(message)s</source>
      <translation>المعامل %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="53" />
      <source>au moins une valeur est attendue</source>
      <translation>قيمة واحدة على الأقل مطلوبة</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="61" />
      <source>choix non valable : %(value)r (choisir parmi %(choices)s)</source>
      <translation>اختيار غير صالح: %(value)r (اختاري من %(choices)s)</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="29" />
      <source>commandes et arguments</source>
      <translation>الأوامر والمعاملات</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="45" />
      <source>il manque ces arguments obligatoires : %s</source>
      <translation>هذه المعاملات الإلزامية ناقصة: %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="43" />
      <source>impossible avec l'argument %s</source>
      <translation>غير ممكن مع المعامل %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="39" />
      <source>impossible d'ouvrir « %(filename)s » : %(error)s</source>
      <translation>تعذّر فتح «%(filename)s»: %(error)s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="42" />
      <source>mots non reconnus : %s</source>
      <translation>كلمات غير معروفة: %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="65" />
      <source>nombre de valeurs attendu : %s</source>
      <translation>عدد القيم المطلوبة: %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="54" />
      <source>option ambiguë : %(option)s peut être %(matches)s</source>
      <translation>خيار ملتبس: %(option)s قد يكون %(matches)s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="57" />
      <source>option inattendue : %s</source>
      <translation>خيار غير متوقع: %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="30" />
      <source>options</source>
      <translation>الخيارات</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="48" />
      <source>un de ces arguments est obligatoire : %s</source>
      <translation>أحد هذه المعاملات إلزامي: %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="52" />
      <source>une valeur au plus est attendue</source>
      <translation>قيمة واحدة على الأكثر مطلوبة</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="51" />
      <source>une valeur est attendue</source>
      <translation>قيمة واحدة مطلوبة</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="28" />
      <source>utilisation : </source>
      <translation>الاستخدام: </translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="44" />
      <source>valeur en trop, ignorée : %r</source>
      <translation>قيمة زائدة، تم تجاهلها: %r</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="58" />
      <source>valeur non valable (%(type)s) : %(value)r</source>
      <translation>قيمة غير صالحة (%(type)s): %(value)r</translation>
    </message>
  </context>
  <context>
    <name>attendance_export</name>
    <message>
      <location filename="../../app/services/schedule/attendance_export.py" line="30" />
      <source>Heures prévues</source>
      <translation>الساعات المخطط لها</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance_export.py" line="29" />
      <source>Heures suivies</source>
      <translation>الساعات التي حضرتها</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance_export.py" line="23" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance_export.py" line="31" />
      <source>Taux de présence (%)</source>
      <translation>نسبة الحضور (%)</translation>
    </message>
  </context>
  <context>
    <name>backup</name>
    <message>
      <location filename="../../app/services/safety/backup.py" line="591" />
      <source>Ce fichier est la base de données ouverte.</source>
      <translation>هذا الملف هو قاعدة البيانات المفتوحة الآن.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="307" />
      <source>Il n'y a encore rien à sauvegarder.</source>
      <translation>لا يوجد شيء للحفظ بعد.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="609" />
      <source>Impossible d'écrire dans le dossier de la base de données ({reason}). Rien n'a été modifié.</source>
      <translation>لا يمكن الكتابة في مجلد قاعدة البيانات ({reason}). لم يتغير أي شيء.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="279" />
      <source>Impossible d'écrire la sauvegarde dans « {folder} » ({reason}). Choisissez un autre dossier.</source>
      <translation>لا يمكن كتابة النسخة الاحتياطية في «{folder}» ({reason}). اختاري مجلدًا آخر.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="316" />
      <source>La base de données est endommagée ({detail}) : aucune sauvegarde n'a été faite. Restaurez la dernière bonne sauvegarde (Fichier › Restaurer une sauvegarde).</source>
      <translation>قاعدة البيانات تالفة ({detail}): لم تُؤخذ أي نسخة احتياطية. استرجعي آخر نسخة احتياطية سليمة (ملف › استرجاع نسخة احتياطية).</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="622" />
      <source>La copie de la sauvegarde n'est pas saine.</source>
      <translation>نسخة النسخة الاحتياطية غير سليمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="333" />
      <source>La copie n'est pas saine ({detail}) : la base actuelle est peut-être endommagée. Aucune sauvegarde n'a été enregistrée.</source>
      <translation>النسخة غير سليمة ({detail}): ربما قاعدة البيانات الحالية تالفة. لم تُحفظ أي نسخة احتياطية.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="497" />
      <source>La sauvegarde « {name} » est endommagée ({detail}).</source>
      <translation>النسخة الاحتياطية «{name}» تالفة ({detail}).</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="513" />
      <source>La sauvegarde « {name} » vient d'une version plus récente de Coopér'Actives. Installez la dernière version pour la restaurer.</source>
      <translation>النسخة الاحتياطية «{name}» جاءت من إصدار أحدث من Coopér'Actives. ثبّتي آخر إصدار لاسترجاعها.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="270" />
      <source>Le disque de « {folder} » est plein : la sauvegarde n'a pas pu être écrite. Libérez de la place ou choisissez un autre dossier.</source>
      <translation>القرص في «{folder}» ممتلئ: لم يمكن كتابة النسخة الاحتياطية. وفّري مساحة أو اختاري مجلدًا آخر.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="431" />
      <source>Le dossier « {folder} » n'existe pas. Branchez la clé et réessayez.</source>
      <translation>المجلد «{folder}» غير موجود. أدخلي مفتاح USB وحاولي مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="95" />
      <source>au démarrage</source>
      <translation>عند التشغيل</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="98" />
      <source>avant une mise à jour</source>
      <translation>قبل التحديث</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="99" />
      <source>avant une restauration</source>
      <translation>قبل الاسترجاع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="100" />
      <source>base endommagée mise de côté</source>
      <translation>قاعدة بيانات تالفة وُضعت جانبًا</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="97" />
      <source>demandée</source>
      <translation>مطلوبة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="101" />
      <source>sur clé USB</source>
      <translation>على مفتاح USB</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="596" />
      <source>« {name} » est la sauvegarde d'une autre base de données. Rien n'a été modifié.</source>
      <translation>«{name}» نسخة احتياطية لقاعدة بيانات أخرى. لم يتغيّر شيء.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="480" />
      <source>« {name} » est un dossier : choisissez un fichier de sauvegarde.</source>
      <translation>«{name}» مجلد: اختاري ملف نسخة احتياطية.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="466" />
      <source>« {name} » n'est pas une sauvegarde de Coopér'Actives.</source>
      <translation>«{name}» ليست نسخة احتياطية من Coopér'Actives.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="485" />
      <source>« {name} » n'existe pas.</source>
      <translation>«{name}» غير موجود.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="96" />
      <source>à la fermeture</source>
      <translation>عند الإغلاق</translation>
    </message>
  </context>
  <context>
    <name>charts</name>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="43" />
      <location filename="../../app/printing/programme_report.py" line="71" />
      <source>Euros</source>
      <translation>اليورو</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="61" />
      <source>Heures</source>
      <translation>الساعات</translation>
    </message>
  </context>
  <context>
    <name>checklists</name>
    <message>
      <location filename="../../app/services/delegate/checklists.py" line="85" />
      <source>Cette ligne n'existe plus.</source>
      <translation>هذا السطر لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/checklists.py" line="50" />
      <source>Choisissez un type de journée.</source>
      <translation>اختاري نوع اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="27" />
      <source>Clôturer la journée</source>
      <translation>إغلاق اليوم</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="26" />
      <source>Compter la caisse</source>
      <translation>عدّ الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="25" />
      <source>Encoder les ventes</source>
      <translation>تسجيل المبيعات</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="29" />
      <source>Faire une sauvegarde</source>
      <translation>عمل نسخة احتياطية</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="22" />
      <source>Imprimer les étiquettes</source>
      <translation>طباعة الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="18" />
      <source>Lire la passation d'hier</source>
      <translation>قراءة تسليم الأمس</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="21" />
      <source>Nettoyer les plans de travail</source>
      <translation>تنظيف أسطح العمل</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="23" />
      <source>Préparer le fonds de caisse</source>
      <translation>تحضير رصيد البداية في الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="16" />
      <source>Relever la température des frigos</source>
      <translation>تسجيل حرارة الثلاجات</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="19" />
      <source>Répartir les tâches du jour</source>
      <translation>توزيع مهام اليوم</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="20" />
      <source>Se laver les mains, mettre tablier et charlotte</source>
      <translation>غسل اليدين ولبس المريلة وغطاء الشعر</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="17" />
      <source>Vérifier le stock</source>
      <translation>التحقق من المخزون</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="24" />
      <source>Vérifier le terminal de paiement</source>
      <translation>التحقق من جهاز الدفع</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/checklists.py" line="51" />
      <location filename="../../app/services/delegate/checklists.py" line="65" />
      <source>le texte de la ligne</source>
      <translation>نص السطر</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="28" />
      <source>Écrire la passation</source>
      <translation>كتابة التسليم</translation>
    </message>
  </context>
  <context>
    <name>circles</name>
    <message>
      <location filename="../../app/services/circles/sheet.py" line="60" />
      <source>Aucun cercle « {name} » dans cette cohorte.</source>
      <translation>لا توجد دائرة «{name}» في هذه المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/circles.py" line="95" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>هذه المجموعة لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/circles.py" line="110" />
      <source>Choisissez au moins une membre pour le cercle.</source>
      <translation>اختاري عضوة واحدة على الأقل للدائرة.</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/lead.py" line="79" />
      <source>L'animatrice doit être membre du cercle.</source>
      <translation>يجب أن تكون المنشطة عضوة في الدائرة.</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/circles.py" line="106" />
      <source>Un cercle de la cohorte porte déjà ce nom.</source>
      <translation>توجد دائرة في هذه المجموعة بهذا الاسم.</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/circles.py" line="121" />
      <source>Une des personnes n'est pas (ou plus) dans la cohorte.</source>
      <translation>إحدى الأشخاص ليست (أو لم تعد) في المجموعة.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="89" />
      <source>a fait %n tâche(s) du cercle</source>
      <translation>
        <numerusform>قامت بـ %n مهمة للدائرة</numerusform>
        <numerusform>قامت بـ %n مهمة للدائرة</numerusform>
        <numerusform>قامت بمهمتين للدائرة</numerusform>
        <numerusform>قامت بـ %n مهام للدائرة</numerusform>
        <numerusform>قامت بـ %n مهمة للدائرة</numerusform>
        <numerusform>قامت بـ %n مهمة للدائرة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="66" />
      <source>a fait les achats %n fois</source>
      <translation>
        <numerusform>قامت بالمشتريات %n مرة</numerusform>
        <numerusform>قامت بالمشتريات %n مرة</numerusform>
        <numerusform>قامت بالمشتريات مرتين</numerusform>
        <numerusform>قامت بالمشتريات %n مرات</numerusform>
        <numerusform>قامت بالمشتريات %n مرة</numerusform>
        <numerusform>قامت بالمشتريات %n مرة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="78" />
      <source>a fait les étiquettes %n fois</source>
      <translation>
        <numerusform>أعدّت الملصقات %n مرة</numerusform>
        <numerusform>أعدّت الملصقات %n مرة</numerusform>
        <numerusform>أعدّت الملصقات مرتين</numerusform>
        <numerusform>أعدّت الملصقات %n مرات</numerusform>
        <numerusform>أعدّت الملصقات %n مرة</numerusform>
        <numerusform>أعدّت الملصقات %n مرة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="84" />
      <source>a préparé la communication %n fois</source>
      <translation>
        <numerusform>حضّرت التواصل %n مرة</numerusform>
        <numerusform>حضّرت التواصل %n مرة</numerusform>
        <numerusform>حضّرت التواصل مرتين</numerusform>
        <numerusform>حضّرت التواصل %n مرات</numerusform>
        <numerusform>حضّرت التواصل %n مرة</numerusform>
        <numerusform>حضّرت التواصل %n مرة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="72" />
      <source>a tenu la caisse %n fois</source>
      <translation>
        <numerusform>مسكت الصندوق %n مرة</numerusform>
        <numerusform>مسكت الصندوق %n مرة</numerusform>
        <numerusform>مسكت الصندوق مرتين</numerusform>
        <numerusform>مسكت الصندوق %n مرات</numerusform>
        <numerusform>مسكت الصندوق %n مرة</numerusform>
        <numerusform>مسكت الصندوق %n مرة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/circles/checklist.py" line="54" />
      <source>ce qu'il faut mettre en place</source>
      <translation>ما يجب تحضيره</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/circles.py" line="96" />
      <source>le nom du cercle</source>
      <translation>اسم الدائرة</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/suggestions.py" line="120" />
      <source>suggérée : {reasons}</source>
      <translation>مقترحة: {reasons}</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/meetings.py" line="42" />
      <source>Écrivez en quelques mots ce qui a été dit ou décidé.</source>
      <translation>اكتبي في كلمات قليلة ما قيل أو تقرّر.</translation>
    </message>
  </context>
  <context>
    <name>circles_man</name>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="90" />
      <source>a fait %n tâche(s) du cercle</source>
      <translation>
        <numerusform>قام بـ %n مهمة للدائرة</numerusform>
        <numerusform>قام بـ %n مهمة للدائرة</numerusform>
        <numerusform>قام بمهمتين للدائرة</numerusform>
        <numerusform>قام بـ %n مهام للدائرة</numerusform>
        <numerusform>قام بـ %n مهمة للدائرة</numerusform>
        <numerusform>قام بـ %n مهمة للدائرة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="67" />
      <source>a fait les achats %n fois</source>
      <translation>
        <numerusform>قام بالمشتريات %n مرة</numerusform>
        <numerusform>قام بالمشتريات %n مرة</numerusform>
        <numerusform>قام بالمشتريات مرتين</numerusform>
        <numerusform>قام بالمشتريات %n مرات</numerusform>
        <numerusform>قام بالمشتريات %n مرة</numerusform>
        <numerusform>قام بالمشتريات %n مرة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="79" />
      <source>a fait les étiquettes %n fois</source>
      <translation>
        <numerusform>أعدّ الملصقات %n مرة</numerusform>
        <numerusform>أعدّ الملصقات %n مرة</numerusform>
        <numerusform>أعدّ الملصقات مرتين</numerusform>
        <numerusform>أعدّ الملصقات %n مرات</numerusform>
        <numerusform>أعدّ الملصقات %n مرة</numerusform>
        <numerusform>أعدّ الملصقات %n مرة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="85" />
      <source>a préparé la communication %n fois</source>
      <translation>
        <numerusform>حضّر التواصل %n مرة</numerusform>
        <numerusform>حضّر التواصل %n مرة</numerusform>
        <numerusform>حضّر التواصل مرتين</numerusform>
        <numerusform>حضّر التواصل %n مرات</numerusform>
        <numerusform>حضّر التواصل %n مرة</numerusform>
        <numerusform>حضّر التواصل %n مرة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="73" />
      <source>a tenu la caisse %n fois</source>
      <translation>
        <numerusform>مسك الصندوق %n مرة</numerusform>
        <numerusform>مسك الصندوق %n مرة</numerusform>
        <numerusform>مسك الصندوق مرتين</numerusform>
        <numerusform>مسك الصندوق %n مرات</numerusform>
        <numerusform>مسك الصندوق %n مرة</numerusform>
        <numerusform>مسك الصندوق %n مرة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/circles/suggestions.py" line="121" />
      <source>suggéré : {reasons}</source>
      <translation>مقترح: {reasons}</translation>
    </message>
  </context>
  <context>
    <name>circles_print</name>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="48" />
      <source>Animateur : {lead} · ensuite : {next}</source>
      <translation>المنشط: {lead} · بعده: {next}</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="50" />
      <source>Animatrice : {lead} · ensuite : {next}</source>
      <translation>المنشطة: {lead} · بعدها: {next}</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="42" />
      <source>Apporte au groupe</source>
      <translation>تعرض على المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="37" />
      <source>Cercle « {name} »</source>
      <translation>دائرة «{name}»</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="91" />
      <source>Dernières réunions</source>
      <translation>آخر الاجتماعات</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="41" />
      <source>Décide seul</source>
      <translation>تقرر وحدها</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="62" />
      <source>Fait</source>
      <translation>أُنجز</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="106" />
      <source>Fiche du cercle {name} – {cohort}</source>
      <translation>بطاقة الدائرة {name} – {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="111" />
      <source>Le mandat, les membres et le travail d'un cercle</source>
      <translation>تفويض الدائرة وعضواتها وعملها</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="60" />
      <source>Liste de départ</source>
      <translation>قائمة البداية</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="44" />
      <source>Membres</source>
      <translation>العضوات</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="78" />
      <source>Pour quand</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="77" />
      <source>Pour qui</source>
      <translation>لمن</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="76" />
      <source>Tâche</source>
      <translation>المهمة</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="72" />
      <source>Tâches ouvertes</source>
      <translation>المهام المفتوحة</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="62" />
      <source>À mettre en place</source>
      <translation>ما يجب تحضيره</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message numerus="yes">
      <location filename="../../app/commands/cohort.py" line="79" />
      <source>%n matinée(s) laissée(s) de côté (jour férié, fermeture, hors des dates ou en double).</source>
      <translation>
        <numerusform>%n صباح متروك (عطلة رسمية، إغلاق، خارج التواريخ أو مكرر).</numerusform>
        <numerusform>صباح واحد متروك (عطلة رسمية، إغلاق، خارج التواريخ أو مكرر).</numerusform>
        <numerusform>صباحان متروكان (عطلة رسمية، إغلاق، خارج التواريخ أو مكرر).</numerusform>
        <numerusform>%n صباحات متروكة (عطلة رسمية، إغلاق، خارج التواريخ أو مكرر).</numerusform>
        <numerusform>%n صباحًا متروكًا (عطلة رسمية، إغلاق، خارج التواريخ أو مكرر).</numerusform>
        <numerusform>%n صباح متروك (عطلة رسمية، إغلاق، خارج التواريخ أو مكرر).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="56" />
      <location filename="../../app/commands/kitchen.py" line="64" />
      <source>AAAA-MM</source>
      <translation>YYYY-MM</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="104" />
      <location filename="../../app/commands/cohort.py" line="46" />
      <location filename="../../app/commands/kitchen.py" line="26" />
      <source>AAAA-MM-JJ</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="31" />
      <source>AAAA-Wnn</source>
      <translation>YYYY-Wnn</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="20" />
      <source>ACTION</source>
      <translation>إجراء</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="108" />
      <source>Ancienne base gardée : {path}</source>
      <translation>تم الاحتفاظ بقاعدة البيانات القديمة: {path}</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="126" />
      <source>Avec --menu, donnez --guests (le nombre de personnes).</source>
      <translation>مع --menu، أعطي --guests (عدد الأشخاص).</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="43" />
      <source>Base de démonstration écrite : {path}</source>
      <translation>تمت كتابة قاعدة بيانات تجريبية: {path}</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="50" />
      <location filename="../../app/cli.py" line="72" />
      <source>CHEMIN</source>
      <translation>مسار</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="111" />
      <source>COMMANDE</source>
      <translation>أمر</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="117" />
      <source>Cette cohorte n'a pas encore décidé du partage du résultat.</source>
      <translation>هذه المجموعة لم تقرر بعد تقسيم الربح.</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="57" />
      <source>Code PIN de la coordinatrice : </source>
      <translation>رمز PIN للمنسقة: </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/cohort.py" line="69" />
      <source>Cohorte « {name} » créée : %n matinée(s) reprise(s).</source>
      <translation>
        <numerusform>أُنشئت المجموعة «{name}»: %n صباح منقول.</numerusform>
        <numerusform>أُنشئت المجموعة «{name}»: صباح واحد منقول.</numerusform>
        <numerusform>أُنشئت المجموعة «{name}»: صباحان منقولان.</numerusform>
        <numerusform>أُنشئت المجموعة «{name}»: %n صباحات منقولة.</numerusform>
        <numerusform>أُنشئت المجموعة «{name}»: %n صباحًا منقولًا.</numerusform>
        <numerusform>أُنشئت المجموعة «{name}»: %n صباح منقول.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="56" />
      <source>Cohorte « {name} » publiée : {counts}.</source>
      <translation>نُشرت المجموعة «{name}»: {counts}.</translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="82" />
      <source>Cohorte « {name} » récupérée : {counts}.</source>
      <translation>جُلبت المجموعة «{name}»: {counts}.</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="65" />
      <source>Coopér'Actives Cuisine : l'application des coopératives éphémères de cuisine. Sans commande, ouvre la fenêtre de l'application.</source>
      <translation>Coopér'Actives Cuisine: تطبيق التعاونيات المؤقتة للطبخ. بدون أمر، يفتح نافذة التطبيق.</translation>
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="56" />
      <source>DOCUMENT</source>
      <translation>مستند</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="80" />
      <location filename="../../app/commands/backup.py" line="25" />
      <source>DOSSIER</source>
      <translation>مجلد</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="96" />
      <source>Donnez --cohort NOM (une ou plusieurs), ou --from et --to.</source>
      <translation>أعطي ‎--cohort‎ الاسم (واحدة أو أكثر)، أو ‎--from‎ و ‎--to‎.</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="92" />
      <source>Donnez --cohort NOM, ou une période avec --from et --to.</source>
      <translation>أعطي --cohort الاسم، أو فترة مع --from و --to.</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="90" />
      <source>Donnez soit --cohort, soit --from et --to, pas les deux.</source>
      <translation>أعطي إما --cohort أو --from و --to، وليس الاثنين معًا.</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="124" />
      <source>Donnez un --batches pour chaque --recipe.</source>
      <translation>أعطي --batches لكل --recipe.</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="175" />
      <source>Erreur inattendue ({kind}). Les détails sont dans le journal.</source>
      <translation>خطأ غير متوقع ({kind}). التفاصيل في السجل.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="39" />
      <location filename="../../app/commands/people.py" line="28" />
      <location filename="../../app/commands/print_cmd.py" line="24" />
      <source>FICHIER</source>
      <translation>ملف</translation>
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="35" />
      <location filename="../../app/commands/sales.py" line="134" />
      <source>Impossible d'écrire « {path} » : {error}</source>
      <translation>لا يمكن كتابة «{path}»: {error}</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="222" />
      <source>Impossible de charger Qt : {error}</source>
      <translation>لا يمكن تحميل Qt: {error}</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="21" />
      <source>Imprime le bilan de compétences d'un membre d'une cohorte. Le code PIN de la coordinatrice est demandé.</source>
      <translation>يطبع تقييم مهارات عضوة في مجموعة. يُطلب رمز PIN للمنسقة.</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="38" />
      <source>Imprime les étiquettes des produits (ingrédients, allergènes, date, lot) sur un modèle de feuille. Exemple : coopactives print labels --product "Energy balls=42" --template L7160 --date 2022-10-05 -o etiquettes.pdf</source>
      <translation>يطبع ملصقات المنتجات (المكونات، مسببات الحساسية، التاريخ، رقم التشغيلة) على نموذج ورقة. مثال: coopactives print labels --product "Energy balls=42" --template L7160 --date 2022-10-05 -o etiquettes.pdf</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="132" />
      <source>Indiquez au moins un produit : --product "Nom=42".</source>
      <translation>اكتبي منتجًا واحدًا على الأقل: --product "Nom=42".</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="98" />
      <source>L'application est ouverte sur cette base : fermez-la d'abord.</source>
      <translation>التطبيق مفتوح على قاعدة البيانات هذه: أغلقيه أولًا.</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="56" />
      <source>MODÈLE</source>
      <translation>نموذج</translation>
    </message>
    <message>
      <location filename="../../app/commands/decisions.py" line="22" />
      <location filename="../../app/commands/directory.py" line="21" />
      <source>MOTS</source>
      <translation>كلمات</translation>
    </message>
    <message>
      <location filename="../../app/commands/circles.py" line="16" />
      <location filename="../../app/commands/circles.py" line="19" />
      <location filename="../../app/commands/cohort.py" line="33" />
      <source>NOM</source>
      <translation>اسم</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="50" />
      <source>NOM[=NOMBRE]</source>
      <translation>اسم[=عدد]</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="120" />
      <location filename="../../app/commands/menus.py" line="79" />
      <location filename="../../app/commands/menus.py" line="157" />
      <source>Pas de commande n° {id}.</source>
      <translation>لا توجد طلبية رقم {id}.</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="110" />
      <location filename="../../app/commands/menus.py" line="144" />
      <source>Pas de menu « {name} ».</source>
      <translation>لا توجد قائمة طعام «{name}».</translation>
    </message>
    <message>
      <location filename="../../app/commands/tastings.py" line="55" />
      <source>Pas de recette « {name} » dans cette version.</source>
      <translation>لا توجد وصفة «{name}» بهذه النسخة.</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="152" />
      <source>Pas de recette « {name} ».</source>
      <translation>لا توجد وصفة «{name}».</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="48" />
      <source>Pas de terminal pour taper le code PIN : lancez la commande dans un terminal, ou donnez le code sur l'entrée standard avec --pin-stdin.</source>
      <translation>لا توجد طرفية لكتابة رمز PIN: شغّلي الأمر في طرفية، أو أعطي الرمز على المدخل القياسي مع --pin-stdin.</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="52" />
      <source>Personnes extérieures :</source>
      <translation>أشخاص من الخارج:</translation>
    </message>
    <message>
      <location filename="../../app/commands/export_cmd.py" line="19" />
      <source>QUOI</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="57" />
      <source>Rien dans le répertoire.</source>
      <translation>لا شيء في الدليل.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="16" />
      <source>Sauvegarde la base de données (copie vérifiée). Sans --to, dans le dossier des sauvegardes à côté de la base ; avec --to DOSSIER, par exemple sur une clé USB.</source>
      <translation>يحفظ نسخة احتياطية من قاعدة البيانات (نسخة مفحوصة). بدون --to، في مجلد النسخ الاحتياطية بجانب قاعدة البيانات؛ مع --to DOSSIER، مثلًا على مفتاح USB.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="109" />
      <source>Sauvegarde restaurée : {path}</source>
      <translation>تم استرجاع النسخة الاحتياطية: {path}</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="103" />
      <source>Stock non déduit : donnez la cohorte avec --cohort NOM.</source>
      <translation>لم يُخصم المخزون: أعطي المجموعة مع ‎--cohort الاسم.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="32" />
      <source>Vérifie la sauvegarde, garde une copie de la base actuelle dans le dossier des sauvegardes, puis la remplace. L'application ne doit pas être ouverte.</source>
      <translation>يفحص النسخة الاحتياطية، ويحتفظ بنسخة من قاعدة البيانات الحالية في مجلد النسخ الاحتياطية، ثم يضعها مكانها. يجب ألا يكون التطبيق مفتوحًا.</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="20" />
      <source>bilan d'évaluation d'un membre (code PIN demandé)</source>
      <translation>تقييم عضوة (يُطلب رمز PIN)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="80" />
      <source>code-barres du code produit</source>
      <translation>الرمز الشريطي لرمز المنتج</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="34" />
      <source>cohorte (répétez --cohort pour en réunir plusieurs)</source>
      <translation>المجموعة (كرري ‎--cohort‎ لجمع عدة مجموعات)</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="30" />
      <location filename="../../app/commands/kitchen.py" line="42" />
      <location filename="../../app/commands/sales.py" line="22" />
      <source>cohorte (si plusieurs ventes ce jour-là)</source>
      <translation>المجموعة (إذا كان هناك عدة مبيعات في ذلك اليوم)</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="49" />
      <source>commandes : {n}</source>
      <translation>الطلبات: {n}</translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="16" />
      <source>copier les cohortes de cet ordinateur sur le serveur de l'organisation</source>
      <translation>نسخ مجموعات هذا الحاسوب إلى خادم المنظمة</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="64" />
      <source>date de production (par défaut : aujourd'hui)</source>
      <translation>تاريخ الإنتاج (بشكل افتراضي: اليوم)</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="50" />
      <source>date des prix (par défaut : aujourd'hui)</source>
      <translation>تاريخ الأسعار (بشكل افتراضي: اليوم)</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="29" />
      <source>date inconnue « {text} » : écrivez AAAA-MM-JJ</source>
      <translation>تاريخ غير معروف «{text}»: اكتبي YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="26" />
      <source>dossier où écrire la copie</source>
      <translation>المجلد الذي تُكتب فيه النسخة</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="40" />
      <source>début de la période</source>
      <translation>بداية الفترة</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="41" />
      <source>décision de partage du résultat d'une cohorte</source>
      <translation>قرار تقسيم الربح لمجموعة</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="51" />
      <source>dépenses en CSV</source>
      <translation>المصاريف بصيغة CSV</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="82" />
      <source>enregistrer chaque onglet, page et fenêtre de dialogue en PNG dans DIR, puis quitter</source>
      <translation>حفظ كل تبويب وصفحة ونافذة حوار كصورة PNG في DIR، ثم الخروج</translation>
    </message>
    <message>
      <location filename="../../app/commands/export_cmd.py" line="17" />
      <source>exporter des données (CSV, calendrier…)</source>
      <translation>تصدير البيانات (CSV، التقويم…)</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="106" />
      <source>faire comme si nous étions ce jour-là (démonstration, essais)</source>
      <translation>التصرف كأننا في ذلك اليوم (عرض تجريبي، تجارب)</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="83" />
      <location filename="../../app/commands/schedule.py" line="88" />
      <source>fichier .csv à écrire</source>
      <translation>ملف ‎.csv المراد كتابته</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="74" />
      <source>fichier .ics à écrire</source>
      <translation>ملف .ics للكتابة</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="63" />
      <source>fichier CSV à écrire</source>
      <translation>ملف CSV للكتابة</translation>
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="25" />
      <source>fichier PDF à écrire</source>
      <translation>ملف PDF للكتابة</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="29" />
      <source>fichier de base de données (sinon ${var}, sinon le dossier de l'utilisateur)</source>
      <translation>ملف قاعدة البيانات (وإلا ${var}، وإلا مجلد المستخدم)</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="22" />
      <source>fichier à créer (ne doit pas exister)</source>
      <translation>الملف الذي سيُنشأ (يجب ألا يكون موجودًا)</translation>
    </message>
    <message>
      <location filename="../../app/commands/people.py" line="29" />
      <source>fichier à écrire : .json, sinon PDF</source>
      <translation>الملف الذي سيُكتب: ‎.json، وإلا PDF</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="47" />
      <source>fin de la période</source>
      <translation>نهاية الفترة</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="90" />
      <source>imprimer la page de réglage du modèle</source>
      <translation>طباعة صفحة ضبط النموذج</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="84" />
      <source>imprimer la petite histoire</source>
      <translation>طباعة القصة القصيرة</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="82" />
      <source>imprimer le prix</source>
      <translation>طباعة السعر</translation>
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="55" />
      <source>imprimer un document en PDF</source>
      <translation>طباعة وثيقة بصيغة PDF</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="52" />
      <source>inclure les évaluations (sans noms ; demande le code PIN)</source>
      <translation>تضمين التقييمات (بدون أسماء؛ يطلب الرمز السري)</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="53" />
      <source>l'attestation de participation d'un membre</source>
      <translation>شهادة مشاركة عضوة</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="55" />
      <source>la cohorte dont le stock est déduit (par défaut : celle du jour)</source>
      <translation>المجموعة التي يُخصم مخزونها (افتراضيًا: مجموعة اليوم)</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="34" />
      <source>la cohorte à reprendre</source>
      <translation>المجموعة المراد أخذها</translation>
    </message>
    <message>
      <location filename="../../app/commands/circles.py" line="14" />
      <source>la fiche d'un cercle thématique</source>
      <translation>بطاقة دائرة موضوعية</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="90" />
      <source>la langue de l'interface, des messages et des documents imprimés pour cette fois (sans changer le réglage)</source>
      <translation>لغة الواجهة والرسائل والوثائق المطبوعة لهذه المرة (دون تغيير الإعداد)</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="28" />
      <source>la liste de courses (PDF ou CSV)</source>
      <translation>قائمة المشتريات (PDF أو CSV)</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="36" />
      <source>la liste des prix du stand, avec les allergènes</source>
      <translation>قائمة أسعار الكشك مع مسببات الحساسية</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="39" />
      <source>la sauvegarde à restaurer</source>
      <translation>النسخة الاحتياطية التي سيتم استرجاعها</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="38" />
      <source>la semaine pour le mur de la cuisine (A4 paysage)</source>
      <translation>الأسبوع لحائط المطبخ (A4 بالعرض)</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="70" />
      <source>la traçabilité d'un lot : ses achats et ses jours de vente</source>
      <translation>تتبّع رقم التشغيلة: مشترياته وأيام بيعه</translation>
    </message>
    <message>
      <location filename="../../app/commands/delegate.py" line="14" />
      <source>le calendrier des déléguées du jour d'une cohorte</source>
      <translation>جدول مندوبات اليوم لمجموعة</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="21" />
      <source>le devis d'une commande</source>
      <translation>عرض سعر لطلبية</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="100" />
      <source>le grand affichage pour cette fois (sans changer le réglage)</source>
      <translation>العرض الكبير لهذه المرة فقط (دون تغيير الإعداد)</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="40" />
      <source>le nom de la nouvelle cohorte</source>
      <translation>اسم المجموعة الجديدة</translation>
    </message>
    <message>
      <location filename="../../app/commands/portfolio.py" line="24" />
      <source>le portfolio d'une participante pour les employeurs, avec son accord</source>
      <translation>ملف مشاركة لأصحاب العمل، بموافقتها</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="47" />
      <source>le premier jour de la nouvelle cohorte</source>
      <translation>اليوم الأول للمجموعة الجديدة</translation>
    </message>
    <message>
      <location filename="../../app/commands/tastings.py" line="15" />
      <source>le questionnaire papier d'une dégustation</source>
      <translation>الاستمارة الورقية لتذوّق</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="74" />
      <source>le rapport du programme en tableur (.csv)</source>
      <translation>تقرير البرنامج في جدول (‎.csv)</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="64" />
      <source>le rapport du programme pour la direction et les bailleurs (PDF)</source>
      <translation>تقرير البرنامج للإدارة والجهات المموّلة (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decisions.py" line="14" />
      <source>le registre des décisions d'une cohorte</source>
      <translation>سجل قرارات مجموعة</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="48" />
      <source>le relevé mensuel des températures d'un frigo</source>
      <translation>السجل الشهري لدرجات حرارة ثلاجة</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="61" />
      <source>le relevé mensuel du nettoyage et de l'hygiène d'une cohorte</source>
      <translation>السجل الشهري للتنظيف والنظافة الصحية لمجموعة</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="16" />
      <source>le répertoire : organisations et personnes extérieures</source>
      <translation>الدليل: المنظمات والأشخاص من الخارج</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="21" />
      <source>les allergènes par plat d'un menu, d'une commande ou d'une vente</source>
      <translation>مسببات الحساسية لكل طبق في قائمة طعام أو طلبية أو بيع</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="19" />
      <source>les cohortes</source>
      <translation>المجموعات</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="46" />
      <source>les feuilles de présence à signer d'une semaine (une page par matinée)</source>
      <translation>أوراق الحضور للتوقيع لأسبوع (صفحة لكل صباح)</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="65" />
      <source>les matinées d'une cohorte en fichier .ics</source>
      <translation>الفترات الصباحية لمجموعة في ملف .ics</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="79" />
      <source>les présences d'une cohorte en tableur (.csv : membres × matinées)</source>
      <translation>حضور المجموعة في جدول (‎.csv: العضوات × الصباحات)</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="50" />
      <source>lignes de vente en CSV (une ligne par vente)</source>
      <translation>أسطر البيع بصيغة CSV (سطر واحد لكل بيع)</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="36" />
      <location filename="../../app/commands/people.py" line="34" />
      <location filename="../../app/commands/portfolio.py" line="40" />
      <source>lire le code PIN sur l'entrée standard (scripts)</source>
      <translation>قراءة رمز PIN من المدخل القياسي (سكريبتات)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="57" />
      <source>modèle de feuille : L7160, L7163, L7165, L7651, ROLL62…</source>
      <translation>نموذج الورقة: L7160، L7163، L7165، L7651، ROLL62…</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="19" />
      <source>montrer le répertoire</source>
      <translation>عرض الدليل</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="21" />
      <source>mots cherchés</source>
      <translation>الكلمات المبحوث عنها</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="24" />
      <location filename="../../app/commands/menus.py" line="37" />
      <source>nom d'un menu</source>
      <translation>اسم قائمة طعام</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="35" />
      <source>nom d'une recette (répétable)</source>
      <translation>اسم وصفة (يمكن تكراره)</translation>
    </message>
    <message>
      <location filename="../../app/commands/circles.py" line="16" />
      <location filename="../../app/commands/decisions.py" line="17" />
      <location filename="../../app/commands/delegate.py" line="17" />
      <source>nom de la cohorte</source>
      <translation>اسم المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/commands/portfolio.py" line="30" />
      <source>nom de la participante</source>
      <translation>اسم المشاركة</translation>
    </message>
    <message>
      <location filename="../../app/commands/tastings.py" line="18" />
      <source>nom de la recette</source>
      <translation>اسم الوصفة</translation>
    </message>
    <message>
      <location filename="../../app/commands/circles.py" line="19" />
      <source>nom du cercle</source>
      <translation>اسم الدائرة</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="54" />
      <source>nom du frigo ou du congélateur</source>
      <translation>اسم الثلاجة أو المجمد</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="42" />
      <source>nombre de fournées, une par --recipe</source>
      <translation>عدد الدفعات، دفعة لكل --recipe</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="45" />
      <source>nombre de personnes (avec --menu)</source>
      <translation>عدد الأشخاص (مع --menu)</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="23" />
      <source>nouvelle cohorte à partir d'une autre (matinées, objectifs, grille d'évaluation ; sans les personnes)</source>
      <translation>مجموعة جديدة انطلاقًا من أخرى (الصباحات، الأهداف، شبكة التقييم؛ دون الأشخاص)</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="25" />
      <location filename="../../app/commands/menus.py" line="23" />
      <location filename="../../app/commands/menus.py" line="30" />
      <source>numéro de la commande</source>
      <translation>رقم الطلبية</translation>
    </message>
    <message>
      <location filename="../../app/commands/tastings.py" line="24" />
      <source>numéro de la version (la dernière sinon)</source>
      <translation>رقم النسخة (وإلا فالأخيرة)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="74" />
      <source>numéro de lot (par défaut : L + date)</source>
      <translation>رقم التشغيلة (بشكل افتراضي: L + التاريخ)</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="73" />
      <source>numéro de lot (étiquette ou fournisseur)</source>
      <translation>رقم التشغيلة (الملصق أو المورّد)</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="76" />
      <source>ouvrir une coopérative de démonstration (dans un dossier temporaire)</source>
      <translation>فتح تعاونية تجريبية (في مجلد مؤقت)</translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="22" />
      <location filename="../../app/commands/network.py" line="33" />
      <source>postgresql://utilisateur@serveur/base</source>
      <translation>postgresql://user@server/database</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="28" />
      <location filename="../../app/commands/people.py" line="21" />
      <location filename="../../app/commands/schedule.py" line="56" />
      <source>prénom ou nom complet</source>
      <translation>الاسم الأول أو الاسم الكامل</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="31" />
      <source>remplacer la base de données par une sauvegarde</source>
      <translation>وضع نسخة احتياطية مكان قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="26" />
      <source>récupérer une cohorte du serveur sur cet ordinateur</source>
      <translation>جلب مجموعة من الخادم إلى هذا الحاسوب</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="17" />
      <source>résumé d'une journée de vente</source>
      <translation>ملخص يوم بيع</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="28" />
      <source>résumé des ventes d'une cohorte, de plusieurs ou d'une période</source>
      <translation>ملخص مبيعات مجموعة أو عدة مجموعات أو فترة</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="86" />
      <source>sans le logo</source>
      <translation>بدون الشعار</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="15" />
      <source>sauvegarder la base de données</source>
      <translation>حفظ نسخة احتياطية من قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="32" />
      <source>semaine ISO, par exemple 2022-W41</source>
      <translation>أسبوع ISO، مثلًا 2022-W41</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="26" />
      <source>seulement ce type d'organisation</source>
      <translation>هذا النوع من المنظمات فقط</translation>
    </message>
    <message>
      <location filename="../../app/commands/portfolio.py" line="35" />
      <source>seulement cette cohorte (sinon toutes)</source>
      <translation>هذه المجموعة فقط (وإلا فكلها)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decisions.py" line="23" />
      <source>seulement les décisions avec ces mots</source>
      <translation>فقط القرارات التي تحتوي هذه الكلمات</translation>
    </message>
    <message>
      <location filename="../../app/commands/people.py" line="18" />
      <source>toutes les données d'une personne (JSON ou PDF)</source>
      <translation>كل بيانات شخص (JSON أو PDF)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="51" />
      <source>un produit et son nombre d'étiquettes (1 si absent) ; répétable</source>
      <translation>منتج وعدد ملصقاته (1 إذا لم يُذكر)؛ يمكن تكراره</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="55" />
      <source>une seule cohorte (sinon toutes)</source>
      <translation>مجموعة واحدة فقط (وإلا كل المجموعات)</translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="42" />
      <source>{inserted} ajoutées, {updated} modifiées, {deleted} supprimées</source>
      <translation>أُضيف {inserted}، عُدّل {updated}، حُذف {deleted}</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="140" />
      <source>{n} lignes écrites dans {path}</source>
      <translation>عدد الأسطر المكتوبة في {path}: {n}</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="57" />
      <source>« {path} » est un dossier : indiquez le fichier de la base de données.</source>
      <translation>«{path}» مجلد: حددي ملف قاعدة البيانات.</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="34" />
      <source>« {path} » existe déjà : choisissez un nouveau fichier.</source>
      <translation>«{path}» موجود بالفعل: اختاري ملفًا جديدًا.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="64" />
      <location filename="../../app/commands/database.py" line="17" />
      <source>« {path} » n'existe pas.</source>
      <translation>«{path}» غير موجود.</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="25" />
      <source>« {text} » : après le = vient un nombre d'étiquettes (ex. Houmous=42).</source>
      <translation>«{text}»: بعد = يأتي عدد الملصقات (مثلًا Houmous=42).</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="88" />
      <source>« {text} » n'est pas un mois AAAA-MM.</source>
      <translation>« {text} » ليس شهراً بصيغة YYYY-MM.</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="24" />
      <location filename="../../app/commands/menus.py" line="120" />
      <source>« {text} » n'est pas une date AAAA-MM-JJ.</source>
      <translation>«{text}» ليس تاريخًا بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="16" />
      <source>Écrit une base de données de démonstration : la coopérative, les deux cohortes de 2022, leurs membres (noms inventés), animatrices et marraines.</source>
      <translation>يكتب قاعدة بيانات تجريبية: التعاونية، ومجموعتي 2022، وعضواتهما (أسماء مخترعة)، والمنشطات والعرّابات.</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="15" />
      <source>écrire une base de démonstration dans un nouveau fichier</source>
      <translation>كتابة قاعدة بيانات تجريبية في ملف جديد</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="37" />
      <source>étiquettes de produits sur des feuilles d'étiquettes</source>
      <translation>ملصقات المنتجات على أوراق الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="71" />
      <source>étiquettes déjà utilisées au début de la feuille</source>
      <translation>الملصقات المستعملة بالفعل في بداية الورقة</translation>
    </message>
  </context>
  <context>
    <name>cohorts</name>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="92" />
      <source>Aucune cohorte ne s'appelle « {name} ».</source>
      <translation>لا توجد مجموعة اسمها «{name}».</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="164" />
      <source>Cette cohorte a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>تغيّرت هذه المجموعة منذ أن فتحتِ هذه النافذة: تعرض الحقول الآن قيمها الجديدة. أعيدي تغييراتك ثم احفظي.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="110" />
      <location filename="../../app/services/programme/reuse.py" line="171" />
      <source>Indiquez la date de début.</source>
      <translation>اكتبي تاريخ البداية.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="112" />
      <source>Indiquez la date de fin.</source>
      <translation>اكتبي تاريخ النهاية.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="115" />
      <source>La cohorte ne peut pas finir avant de commencer.</source>
      <translation>لا يمكن أن تنتهي المجموعة قبل أن تبدأ.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="123" />
      <source>Le nombre d'heures doit être entre 0 et 2000.</source>
      <translation>عدد الساعات يجب أن يكون بين 0 و 2000.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="119" />
      <source>Le nombre de matinées doit être entre 0 et 366.</source>
      <translation>عدد الفترات الصباحية يجب أن يكون بين 0 و 366.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="130" />
      <source>Une cohorte porte déjà ce nom.</source>
      <translation>توجد مجموعة بهذا الاسم بالفعل.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="108" />
      <source>le nom de la cohorte</source>
      <translation>اسم المجموعة</translation>
    </message>
  </context>
  <context>
    <name>cooperative</name>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="27" />
      <source>Assujettie à la TVA</source>
      <translation>خاضعة للضريبة على القيمة المضافة</translation>
    </message>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="46" />
      <source>Ce numéro d'entreprise n'existe pas : vérifiez les chiffres.</source>
      <translation>رقم المؤسسة هذا غير موجود: تحققي من الأرقام.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="63" />
      <source>Cet IBAN n'existe pas : vérifiez les chiffres.</source>
      <translation>رقم IBAN هذا غير موجود: تحققي من الأرقام.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="193" />
      <source>Choisissez un régime de TVA de la liste.</source>
      <translation>اختاري نظام ضريبة القيمة المضافة من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="197" />
      <source>Choisissez une langue de la liste.</source>
      <translation>اختاري لغة من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="28" />
      <source>Franchise des petites entreprises (pas de TVA)</source>
      <translation>إعفاء المؤسسات الصغيرة (بدون ضريبة)</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="209" />
      <source>Le logo est trop lourd (2 Mo au plus).</source>
      <translation>الشعار كبير جدًا (2 ميغابايت على الأكثر).</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="139" />
      <source>Les paramètres de la coopérative ont changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant leurs nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>تغيّرت إعدادات التعاونية منذ أن فتحتِ هذه النافذة: تعرض الحقول الآن قيمها الجديدة. أعيدي تغييراتك ثم احفظي.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="223" />
      <source>Produit par {name}</source>
      <translation>من إنتاج {name}</translation>
    </message>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="58" />
      <source>Un IBAN commence par le pays : BE68 5390 0754 7034.</source>
      <translation>يبدأ رقم IBAN برمز البلد: BE68 5390 0754 7034.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="41" />
      <source>Un numéro d'entreprise a 10 chiffres : 0123.456.749.</source>
      <translation>رقم المؤسسة من 10 أرقام: 0123.456.749.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="184" />
      <source>le nom de la coopérative</source>
      <translation>اسم التعاونية</translation>
    </message>
  </context>
  <context>
    <name>costing</name>
    <message>
      <location filename="../../app/services/menus/costing.py" line="416" />
      <source>Attention : la marge est trop petite ({margin}). Le coût fait {food_cost} du prix hors TVA ; l'objectif est {target} au plus. Prix conseillé : {suggested}.</source>
      <translation>انتباه: الهامش صغير جدًا ({margin}). التكلفة تساوي {food_cost} من السعر بدون الضريبة؛ الهدف هو {target} على الأكثر. السعر المقترح: {suggested}.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="402" />
      <source>Attention : le prix hors TVA ({price}) est plus bas que le coût ({cost}). On perd {loss}. Prix conseillé : {suggested}.</source>
      <translation>انتباه: السعر بدون الضريبة ({price}) أقل من التكلفة ({cost}). نخسر {loss}. السعر المقترح: {suggested}.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="291" />
      <source>L'objectif de coût matière doit être entre 1 et 99 %.</source>
      <translation>هدف تكلفة المواد يجب أن يكون بين 1 و 99 %.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="428" />
      <source>Le prix couvre le coût et la marge visée.</source>
      <translation>السعر يغطي التكلفة والهامش المطلوب.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="139" />
      <source>Le rendement doit être plus grand que zéro.</source>
      <translation>الكمية الناتجة يجب أن تكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="396" />
      <source>Pas encore de prix de vente. Prix conseillé : {suggested}.</source>
      <translation>لا يوجد سعر بيع بعد. السعر المقترح: {suggested}.</translation>
    </message>
  </context>
  <context>
    <name>database</name>
    <message>
      <location filename="../../app/db.py" line="127" />
      <source>Le dossier « {folder} » n'existe pas. Vérifiez le chemin, ou branchez le disque où il se trouve.</source>
      <translation>المجلد «{folder}» غير موجود. تحققي من المسار، أو صلي القرص الذي يوجد عليه.</translation>
    </message>
    <message>
      <location filename="../../app/db.py" line="98" />
      <source>Le fichier de la base de données « {name} » a été remplacé pendant que l'application était ouverte (par une restauration ?). Ce changement n'a pas été enregistré. Rouvrez l'application pour travailler sur le fichier actuel.</source>
      <translation>تم استبدال ملف قاعدة البيانات «{name}» أثناء فتح التطبيق (بسبب استعادة؟). لم يُحفظ هذا التغيير. أعيدي فتح التطبيق للعمل على الملف الحالي.</translation>
    </message>
    <message>
      <location filename="../../app/db.py" line="113" />
      <source>Le fichier « {name} » est protégé contre l'écriture. Rien n'a été modifié. Vous pouvez l'ouvrir en lecture seule, ou enlever la protection du fichier.</source>
      <translation>الملف «{name}» محمي من الكتابة. لم يتغيّر شيء. يمكنك فتحه للقراءة فقط، أو إزالة حماية الملف.</translation>
    </message>
    <message>
      <location filename="../../app/db.py" line="83" />
      <source>« {name} » est une base de données d'un autre programme, pas de Coopér'Actives. Elle n'a pas été modifiée. Choisissez un autre fichier.</source>
      <translation>«{name}» قاعدة بيانات لبرنامج آخر، وليست لـ Coopér'Actives. لم تُعدَّل. اختاري ملفًا آخر.</translation>
    </message>
  </context>
  <context>
    <name>db_server</name>
    <message>
      <location filename="../../app/db_server.py" line="27" />
      <source>Cette base est sur un serveur PostgreSQL : ses sauvegardes et leur restauration se font avec les outils du serveur (pg_dump, pg_restore), par la personne qui le gère.</source>
      <translation>قاعدة البيانات هذه على خادم PostgreSQL: تُنجَز نسخها الاحتياطية واستعادتها بأدوات الخادم نفسه (pg_dump وpg_restore) على يد الشخص الذي يديره.</translation>
    </message>
    <message>
      <location filename="../../app/db_server.py" line="71" />
      <source>Impossible de joindre le serveur {url}. Vérifiez la connexion au réseau et l'adresse ; rien n'a été modifié.</source>
      <translation>تعذّر الوصول إلى الخادم {url}. تحقّقي من الاتصال بالشبكة ومن العنوان؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
      <location filename="../../app/db_server.py" line="65" />
      <source>La base de données de {url} n'existe pas sur le serveur : demandez à la personne qui gère le serveur de la créer.</source>
      <translation>قاعدة بيانات {url} غير موجودة على الخادم: اطلبي من الشخص الذي يدير الخادم إنشاءها.</translation>
    </message>
    <message>
      <location filename="../../app/db_server.py" line="61" />
      <source>Le serveur {url} a refusé l'identifiant ou le mot de passe.</source>
      <translation>رفض الخادم {url} اسم المستخدم أو كلمة المرور.</translation>
    </message>
  </context>
  <context>
    <name>decisions</name>
    <message>
      <location filename="../../app/services/decisions/register.py" line="143" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation>اختاري مجموعة أولاً.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="50" />
      <source>Choisissez la charte ou le règlement.</source>
      <translation>اختاري الميثاق أو النظام الداخلي.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="81" />
      <source>Choisissez qui signe.</source>
      <translation>اختاري من توقّع.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="164" />
      <source>Choisissez une position.</source>
      <translation>اختاري موقفاً.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="55" />
      <source>Indiquez la date d'adoption.</source>
      <translation>أدخلي تاريخ الاعتماد.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="148" />
      <source>Indiquez la date de la décision.</source>
      <translation>أدخلي تاريخ القرار.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="83" />
      <source>Indiquez la date de la signature.</source>
      <translation>أدخلي تاريخ التوقيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="135" />
      <source>Indiquez qui a fait cette objection.</source>
      <translation>اذكري من قدّمت هذا الاعتراض.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="154" />
      <source>La révision vient après la décision.</source>
      <translation>المراجعة تأتي بعد القرار.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="87" />
      <source>On signe un document après son adoption.</source>
      <translation>يُوقَّع المستند بعد اعتماده.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="161" />
      <location filename="../../app/services/decisions/register.py" line="170" />
      <source>Une personne n'est pas membre de la cohorte.</source>
      <translation>إحدى الأشخاص ليست عضوة في المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="92" />
      <source>{name} a déjà signé cette version.</source>
      <translation>لقد وقّعت {name} هذه النسخة من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="130" />
      <source>Écrivez l'objection.</source>
      <translation>اكتبي الاعتراض.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="146" />
      <source>Écrivez la proposition.</source>
      <translation>اكتبي الاقتراح.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="53" />
      <source>Écrivez le texte du document.</source>
      <translation>اكتبي نص المستند.</translation>
    </message>
  </context>
  <context>
    <name>decisions_man</name>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="93" />
      <source>{name} a déjà signé cette version.</source>
      <translation>لقد وقّع {name} هذه النسخة من قبل.</translation>
    </message>
  </context>
  <context>
    <name>decisions_print</name>
    <message>
      <location filename="../../app/printing/decisions.py" line="112" />
      <source>Aucune décision.</source>
      <translation>لا يوجد قرار.</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="78" />
      <source>Comment elle a été intégrée</source>
      <translation>كيف تم دمجه</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="89" />
      <source>Décision prise</source>
      <translation>القرار المتخذ</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="119" />
      <source>Les décisions prises par consentement dans une cohorte</source>
      <translation>القرارات المتخذة بالموافقة في مجموعة</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="77" />
      <source>Objection</source>
      <translation>اعتراض</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="76" />
      <source>Par</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="69" />
      <source>Proposition</source>
      <translation>الاقتراح</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="107" />
      <source>Recherche : « {q} »</source>
      <translation>البحث: «{q}»</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="101" />
      <source>Registre des décisions</source>
      <translation>سجل القرارات</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="117" />
      <source>Registre des décisions – {cohort}</source>
      <translation>سجل القرارات – {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="71" />
      <source>Réactions</source>
      <translation>ردود الفعل</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="65" />
      <source>Révision</source>
      <translation>المراجعة</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="70" />
      <source>Tour de clarification</source>
      <translation>جولة التوضيح</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="63" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
  </context>
  <context>
    <name>delegate</name>
    <message numerus="yes">
      <location filename="../../app/services/delegate/rotation.py" line="70" />
      <source>%n jour(s) planifié(s)</source>
      <translation>
        <numerusform>لم يُنظَّم أي يوم</numerusform>
        <numerusform>نُظِّم يوم واحد</numerusform>
        <numerusform>نُظِّم يومان</numerusform>
        <numerusform>نُظِّمت %n أيام</numerusform>
        <numerusform>نُظِّم %n يومًا</numerusform>
        <numerusform>نُظِّم %n يوم</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="220" />
      <source>Ajoutez d'abord des membres à la cohorte.</source>
      <translation>أضيفي عضوات إلى المجموعة أولًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="67" />
      <source>Annulation : {text}</source>
      <translation>إلغاء: {text}</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="289" />
      <source>Ce jour est passé : on ne change plus l'histoire.</source>
      <translation>هذا اليوم مضى: لا نغيّر الماضي.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="273" />
      <source>Ce jour n'est pas dans le planning.</source>
      <translation>هذا اليوم ليس في الجدول.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="28" />
      <source>Ce jour-là, {name} n'est pas déléguée.</source>
      <translation>في ذلك اليوم، {name} ليست المندوبة.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="216" />
      <source>Cette cohorte n'a aucun jour de travail à planifier.</source>
      <translation>ليس لهذه المجموعة أي يوم عمل لتنظيمه.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="93" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>هذه المجموعة لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="566" />
      <source>Choisissez un jour de la semaine.</source>
      <translation>اختاري يومًا من أيام الأسبوع.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="563" />
      <source>Choisissez une date ou un jour de la semaine.</source>
      <translation>اختاري تاريخًا أو يومًا من أيام الأسبوع.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="283" />
      <source>Choisissez une membre active de la cohorte.</source>
      <translation>اختاري عضوة نشيطة في المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="212" />
      <source>Cochez au moins un jour de la semaine.</source>
      <translation>أشّري على يوم واحد على الأقل من أيام الأسبوع.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="421" />
      <source>Personne d'autre n'est disponible ce jour-là.</source>
      <translation>لا أحد غيرها متاح في ذلك اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_problem.py" line="91" />
      <source>Personne n'est disponible : la cohorte n'a pas de membre actif.</source>
      <translation>لا أحد متاح: ليس في المجموعة أي عضوة نشيطة.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_problem.py" line="99" />
      <source>Personne n'est disponible : {reasons}. Choisissez quelqu'un à la main.</source>
      <translation>لا أحد متاح: {reasons}. اختاري شخصًا بنفسك.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="307" />
      <source>Personne n'est déléguée ce jour-là : choisissez quelqu'un.</source>
      <translation>لا توجد مندوبة في ذلك اليوم: اختاري شخصًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="404" />
      <source>Personne n'est déléguée ce jour-là.</source>
      <translation>لا توجد مندوبة في ذلك اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="311" />
      <source>Une personne ne peut pas échanger avec elle-même.</source>
      <translation>لا يمكن للشخص أن يبدّل مع نفسه.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="85" />
      <source>chaque {day}</source>
      <translation>كل {day}</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="17" />
      <source>dimanche</source>
      <translation>الأحد</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="94" />
      <source>indisponible ce jour</source>
      <translation>غير متاحة في هذا اليوم</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_problem.py" line="79" />
      <source>jamais le {day}</source>
      <translation>أبدًا يوم {day}</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="14" />
      <source>jeudi</source>
      <translation>الخميس</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="11" />
      <source>lundi</source>
      <translation>الإثنين</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="12" />
      <source>mardi</source>
      <translation>الثلاثاء</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="13" />
      <source>mercredi</source>
      <translation>الأربعاء</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="92" />
      <source>partie</source>
      <translation>غادرت</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="91" />
      <source>pas encore arrivée</source>
      <translation>لم تصل بعد</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="16" />
      <source>samedi</source>
      <translation>السبت</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="15" />
      <source>vendredi</source>
      <translation>الجمعة</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_problem.py" line="94" />
      <source>{name} ({why})</source>
      <translation>{name} ({why})</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="19" />
      <source>{name} n'a pas de jour à venir à échanger.</source>
      <translation>{name} ليس لديها يوم قادم للتبديل.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="46" />
      <source>{name} n'est pas disponible ce jour-là.</source>
      <translation>{name} غير متاحة في ذلك اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="37" />
      <source>{name} n'est pas disponible le {date}.</source>
      <translation>{name} غير متاحة يوم {date}.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="57" />
      <source>{name} n'est plus disponible ce jour-là : remplacez-la (Absente…).</source>
      <translation>{name} لم تعد متاحة في ذلك اليوم: ضعي واحدة مكانها (غائبة…).</translation>
    </message>
  </context>
  <context>
    <name>delegate_man</name>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="29" />
      <source>Ce jour-là, {name} n'est pas délégué.</source>
      <translation>في ذلك اليوم، {name} ليس المندوب.</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="88" />
      <source>indisponible ce jour</source>
      <translation>غير متاح في هذا اليوم</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="86" />
      <source>parti</source>
      <translation>غادر</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="85" />
      <source>pas encore arrivé</source>
      <translation>لم يصل بعد</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="20" />
      <source>{name} n'a pas de jour à venir à échanger.</source>
      <translation>{name} ليس لديه يوم قادم للتبديل.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="47" />
      <source>{name} n'est pas disponible ce jour-là.</source>
      <translation>{name} غير متاح في ذلك اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="38" />
      <source>{name} n'est pas disponible le {date}.</source>
      <translation>{name} غير متاح يوم {date}.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="58" />
      <source>{name} n'est plus disponible ce jour-là : remplacez-le (Absente…).</source>
      <translation>{name} لم يعد متاحًا في ذلك اليوم: ضعي أحدًا مكانه (غائبة…).</translation>
    </message>
  </context>
  <context>
    <name>directory</name>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="172" />
      <source>Cette organisation a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>تغيّرت هذه المنظمة منذ أن فتحتِ هذه النافذة: تعرض الحقول الآن قيمها الجديدة. أعيدي تغييراتك ثم احفظي.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/contacts.py" line="93" />
      <source>Cette organisation n'est plus dans le répertoire.</source>
      <translation>هذه المنظمة لم تعد في الدليل.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/contacts.py" line="177" />
      <source>Cette personne a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>تغيّرت بيانات هذا الشخص منذ أن فتحتِ هذه النافذة: تعرض الحقول الآن القيم الجديدة. أعيدي تغييراتك ثم احفظي.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/contacts.py" line="90" />
      <source>Choisissez un rôle dans la liste.</source>
      <translation>اختاري دورًا من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="82" />
      <source>Choisissez un type dans la liste.</source>
      <translation>اختاري نوعًا من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/mentors.py" line="56" />
      <source>Choisissez une marraine ou un parrain du répertoire.</source>
      <translation>اختاري عرّابة أو عرّاباً من الدليل.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/mentors.py" line="65" />
      <source>Choisissez une membre de cette cohorte.</source>
      <translation>اختاري عضوة من هذه المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="80" />
      <source>le nom</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/contacts.py" line="87" />
      <source>le prénom</source>
      <translation>الاسم الأول</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="217" />
      <source>{customer} du {date}</source>
      <translation>{customer} بتاريخ {date}</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/mentors.py" line="79" />
      <source>{mentor} accompagne déjà {member}.</source>
      <translation>المرافقة بين {mentor} و{member} مسجّلة من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/contacts.py" line="110" />
      <source>{name} est déjà dans le répertoire.</source>
      <translation>{name} موجودة في الدليل من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="92" />
      <source>« {name} » est déjà dans le répertoire.</source>
      <translation>«{name}» موجودة في الدليل من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="209" />
      <source>« {name} » ne peut pas être supprimée : ses commandes y renvoient ({orders}). Les commandes gardent leur client.</source>
      <translation>لا يمكن حذف «{name}»: طلباتها تشير إليها ({orders}). تحتفظ الطلبات بزبونها.</translation>
    </message>
  </context>
  <context>
    <name>evaluation</name>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="142" />
      <source>(pas de réponse)</source>
      <translation>(لا يوجد جواب)</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="128" />
      <location filename="../../app/printing/evaluation_report.py" line="133" />
      <source>(à compléter)</source>
      <translation>(يجب إكماله)</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="141" />
      <source>Aucun code PIN n'est encore choisi.</source>
      <translation>لم يتم اختيار رمز PIN بعد.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="105" />
      <source>Auto-évaluation</source>
      <translation>التقييم الذاتي</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="55" />
      <source>Auto-évaluation (« je l'ai déjà »)</source>
      <translation>التقييم الذاتي («عندي هذه المهارة»)</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="95" />
      <source>Auto-évaluation : {t}</source>
      <translation>التقييم الذاتي: {t}</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="161" />
      <source>Bilan de compétences d'une participante (confidentiel)</source>
      <translation>تقييم كفاءات مشاركة (سري)</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="76" />
      <source>Bilan de compétences — {name}</source>
      <translation>تقييم المهارات — {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="103" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="262" />
      <source>Ce niveau n'existe pas.</source>
      <translation>هذا المستوى غير موجود.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="135" />
      <source>Ce que disent les collègues</source>
      <translation>ما يقوله الزملاء</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="296" />
      <source>Cet adjectif est déjà dans la liste.</source>
      <translation>هذه الصفة موجودة في القائمة بالفعل.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="228" />
      <source>Cette compétence existe déjà.</source>
      <translation>هذه المهارة موجودة بالفعل.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="128" />
      <source>Cette compétence n'existe plus.</source>
      <translation>هذه المهارة لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="117" />
      <source>Cette fiche a changé depuis que vous l'avez ouverte : elle montre maintenant ce qui est enregistré, avec vos changements. Vérifiez, puis enregistrez de nouveau.</source>
      <translation>تغيّرت هذه الورقة منذ أن فتحتِها: تعرض الآن ما هو محفوظ مع تغييراتك. تحقّقي ثم احفظي من جديد.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="138" />
      <source>Cette évaluation est déjà finalisée.</source>
      <translation>هذا التقييم منتهٍ بالفعل.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="81" />
      <location filename="../../app/services/evaluations/peers.py" line="78" />
      <source>Cette évaluation est finalisée : elle ne change plus.</source>
      <translation>هذا التقييم منتهٍ: لن يتغير بعد الآن.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="110" />
      <source>Cette évaluation n'existe plus.</source>
      <translation>هذا التقييم لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="71" />
      <location filename="../../app/services/evaluations/framework.py" line="118" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation>اختاري مجموعة أولًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="110" />
      <source>Choisissez de {low} à {high} adjectifs pour {name}.</source>
      <translation>اختاري من {low} إلى {high} صفات لـ {name}.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="104" />
      <source>Choisissez des adjectifs de la liste.</source>
      <translation>اختاري صفات من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="118" />
      <source>Choisissez des membres de la cohorte.</source>
      <translation>اختاري عضوات من المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="73" />
      <source>Choisissez un format d'évaluation.</source>
      <translation>اختاري شكل التقييم.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="96" />
      <source>Choisissez un jour entre 1 et {n}.</source>
      <translation>اختاري يومًا بين 1 و {n}.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="93" />
      <location filename="../../app/services/evaluations/report.py" line="75" />
      <source>Choisissez un membre de la cohorte.</source>
      <translation>اختاري عضوة من المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="196" />
      <source>Choisissez un niveau entre 1 et {n}.</source>
      <translation>اختاري مستوى بين 1 و {n}.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="134" />
      <source>Choisissez un niveau pour ce commentaire.</source>
      <translation>اختاري مستوى لهذا التعليق.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="204" />
      <source>Choisissez une catégorie.</source>
      <translation>اختاري فئة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="90" />
      <source>Choisissez une évaluatrice de cette évaluation.</source>
      <translation>اختاري مُقيِّمة لهذا التقييم.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="82" />
      <source>Choisissez votre nom dans la liste.</source>
      <translation>اختاري اسمك من القائمة.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/evaluations/pin.py" line="167" />
      <source>Code PIN faux. Encore %n essai(s).</source>
      <translation>
        <numerusform>رمز سري خاطئ. لم تبق أي محاولة.</numerusform>
        <numerusform>رمز سري خاطئ. بقيت محاولة واحدة.</numerusform>
        <numerusform>رمز سري خاطئ. بقيت محاولتان.</numerusform>
        <numerusform>رمز سري خاطئ. بقيت %n محاولات.</numerusform>
        <numerusform>رمز سري خاطئ. بقيت %n محاولة.</numerusform>
        <numerusform>رمز سري خاطئ. بقيت %n محاولة.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="144" />
      <source>Commentaire de la coordinatrice</source>
      <translation>تعليق المنسقة</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="151" />
      <source>Date et signature de la coordinatrice :</source>
      <translation>التاريخ وتوقيع المنسقة:</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="190" />
      <source>Il faut au moins {n} évaluatrices qui ont noté les membres pour finaliser.</source>
      <translation>يجب أن تكون هناك {n} مُقيِّمات على الأقل قيّمن العضوات حتى يمكن إنهاء التقييم.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="76" />
      <source>Indiquez la date de début.</source>
      <translation>اكتبي تاريخ البداية.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="91" />
      <source>L'ancien code PIN n'est pas correct.</source>
      <translation>رمز PIN القديم غير صحيح.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="51" />
      <source>Le code PIN a au moins {n} chiffres.</source>
      <translation>رمز PIN فيه {n} أرقام على الأقل.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="55" />
      <source>Le code PIN a au plus {n} chiffres.</source>
      <translation>رمز PIN فيه {n} أرقام على الأكثر.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="48" />
      <source>Le code PIN ne contient que des chiffres.</source>
      <translation>رمز PIN فيه أرقام فقط.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="81" />
      <source>Le nombre de jours doit être entre 1 et 30.</source>
      <translation>عدد الأيام يجب أن يكون بين 1 و 30.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="95" />
      <source>Les deux codes ne sont pas les mêmes.</source>
      <translation>الرمزان غير متطابقين.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="93" />
      <source>Observation : {t}</source>
      <translation>الملاحظة: {t}</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="51" />
      <source>Observé (médiane des évaluatrices)</source>
      <translation>الملاحظة (وسيط تقييمات المُقيِّمات)</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="104" />
      <source>Observé (sur {n})</source>
      <translation>الملاحظة (من {n})</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="128" />
      <source>Points forts</source>
      <translation>نقاط القوة</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="131" />
      <source>Points à travailler</source>
      <translation>نقاط للعمل عليها</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="91" />
      <source>Répondez pour « {name} » : je l'ai déjà, ou à travailler.</source>
      <translation>أجيبي عن «{name}»: عندي هذه المهارة، أو يجب العمل عليها.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="98" />
      <source>Résultats par catégorie</source>
      <translation>النتائج حسب الفئة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="46" />
      <source>Tapez le code PIN.</source>
      <translation>اكتبي رمز PIN.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="174" />
      <source>Trop d'essais faux. Attendez {n} secondes avant de réessayer.</source>
      <translation>محاولات خاطئة كثيرة. انتظري {n} ثانية قبل المحاولة مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="86" />
      <source>Une évaluatrice ne peut pas se noter elle-même.</source>
      <translation>المُقيِّمة لا يمكنها أن تقيّم نفسها.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="285" />
      <source>l'adjectif</source>
      <translation>الصفة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="205" />
      <location filename="../../app/services/evaluations/framework.py" line="235" />
      <source>le nom de la compétence</source>
      <translation>اسم المهارة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="263" />
      <source>le nom du niveau</source>
      <translation>اسم المستوى</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="74" />
      <source>le titre</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="100" />
      <source>vous</source>
      <translation>أنتِ</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="82" />
      <source>{cohort}, du {start} au {end}</source>
      <translation>{cohort}، من {start} إلى {end}</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="168" />
      <source>{name} a déjà noté des membres : elle reste évaluatrice.</source>
      <translation>{name} قيّمت عضوات بالفعل: تبقى مُقيِّمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="146" />
      <source>{name} est évaluée : elle ne peut pas être évaluatrice.</source>
      <translation>{name} يتم تقييمها: لا يمكن أن تكون مُقيِّمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/report.py" line="98" />
      <source>{name} n'est pas membre de « {cohort} ».</source>
      <translation>{name} ليست عضوة في «{cohort}».</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="118" />
      <source>Échelle : </source>
      <translation>المقياس: </translation>
    </message>
  </context>
  <context>
    <name>evaluation_defaults</name>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="86" />
      <source>Accueillante</source>
      <translation>مضيافة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="76" />
      <source>Acquis</source>
      <translation>مكتسب</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="90" />
      <source>Attentive</source>
      <translation>منتبهة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="94" />
      <source>Calme</source>
      <translation>هادئة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="98" />
      <source>Courageuse</source>
      <translation>شجاعة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="102" />
      <source>Créative</source>
      <translation>مبدعة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="55" />
      <source>Disponibilité</source>
      <translation>الاستعداد</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="106" />
      <source>Drôle</source>
      <translation>مرحة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="110" />
      <source>Dynamique</source>
      <translation>نشيطة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="111" />
      <source>Elle a beaucoup d'énergie.</source>
      <translation>لديها طاقة كبيرة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="103" />
      <source>Elle a de nouvelles idées.</source>
      <translation>لديها أفكار جديدة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="143" />
      <source>Elle a le sourire, elle met de la bonne humeur.</source>
      <translation>تبتسم، وتنشر المزاج الجيد.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="139" />
      <source>Elle aide volontiers.</source>
      <translation>تساعد عن طيب خاطر.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="131" />
      <source>Elle arrive à l'heure.</source>
      <translation>تصل في الموعد.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="91" />
      <source>Elle fait attention aux autres et aux détails.</source>
      <translation>تنتبه للآخرين وللتفاصيل.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="107" />
      <source>Elle fait rire les autres.</source>
      <translation>تُضحك الآخرين.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="69" />
      <source>Elle le fait parfois, avec beaucoup d'aide.</source>
      <translation>تقوم به أحيانًا، بمساعدة كبيرة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="77" />
      <source>Elle le fait seule et bien, chaque fois.</source>
      <translation>تقوم به وحدها وبشكل جيد، في كل مرة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="73" />
      <source>Elle le fait souvent, avec un peu d'aide.</source>
      <translation>تقوم به غالبًا، بقليل من المساعدة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="65" />
      <source>Elle ne le fait pas encore, même avec de l'aide.</source>
      <translation>لا تقوم به بعد، حتى بالمساعدة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="99" />
      <source>Elle ose faire des choses difficiles.</source>
      <translation>تجرؤ على القيام بأشياء صعبة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="119" />
      <source>Elle partage et donne volontiers.</source>
      <translation>تشارك وتعطي عن طيب خاطر.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="127" />
      <source>Elle prend le temps, elle attend sans s'énerver.</source>
      <translation>تأخذ وقتها، وتنتظر دون أن تغضب.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="123" />
      <source>Elle prépare et range bien son travail.</source>
      <translation>تحضّر عملها وترتّبه جيدًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="95" />
      <source>Elle reste tranquille quand il y a du stress.</source>
      <translation>تبقى هادئة عندما يكون هناك ضغط.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="87" />
      <source>Elle reçoit bien les gens.</source>
      <translation>تستقبل الناس جيدًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="135" />
      <source>Elle travaille avec soin.</source>
      <translation>تعمل بعناية.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="147" />
      <source>Elle travaille beaucoup et bien.</source>
      <translation>تعمل كثيرًا وجيدًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="72" />
      <source>En progrès</source>
      <translation>في تقدّم</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="49" />
      <source>Entraide</source>
      <translation>التعاون</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="114" />
      <source>Fiable</source>
      <translation>موثوقة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="118" />
      <source>Généreuse</source>
      <translation>كريمة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="51" />
      <source>Hygiène en cuisine</source>
      <translation>النظافة في المطبخ</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="45" />
      <source>Initiative</source>
      <translation>مبادرة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="115" />
      <source>On peut compter sur elle.</source>
      <translation>يمكن الاعتماد عليها.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="53" />
      <source>Organisation du poste</source>
      <translation>تنظيم مكان العمل</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="122" />
      <source>Organisée</source>
      <translation>منظمة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="126" />
      <source>Patiente</source>
      <translation>صبورة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="54" />
      <source>Ponctualité</source>
      <translation>الالتزام بالمواعيد</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="130" />
      <source>Ponctuelle</source>
      <translation>ملتزمة بالمواعيد</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="50" />
      <source>Prise de parole en groupe</source>
      <translation>التحدث أمام المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="134" />
      <source>Précise</source>
      <translation>دقيقة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="52" />
      <source>Qualité des préparations</source>
      <translation>جودة التحضيرات</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="56" />
      <source>Respect des consignes</source>
      <translation>احترام التعليمات</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="46" />
      <source>Résolution de problèmes</source>
      <translation>حلّ المشكلات</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="47" />
      <source>Sens commercial</source>
      <translation>حسّ تجاري</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="138" />
      <source>Serviable</source>
      <translation>خدومة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="142" />
      <source>Souriante</source>
      <translation>مبتسمة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="146" />
      <source>Travailleuse</source>
      <translation>مجتهدة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="64" />
      <source>À découvrir</source>
      <translation>للاكتشاف</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="68" />
      <source>À travailler</source>
      <translation>للعمل عليه</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="48" />
      <source>Écoute</source>
      <translation>الإصغاء</translation>
    </message>
  </context>
  <context>
    <name>evaluation_man</name>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="169" />
      <source>{name} a déjà noté des membres : il reste évaluateur.</source>
      <translation>{name} قيّم عضوات بالفعل: يبقى مُقيِّمًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="147" />
      <source>{name} est évalué : il ne peut pas être évaluateur.</source>
      <translation>{name} يتم تقييمه: لا يمكن أن يكون مُقيِّمًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/report.py" line="99" />
      <source>{name} n'est pas membre de « {cohort} ».</source>
      <translation>{name} ليس عضوًا في «{cohort}».</translation>
    </message>
  </context>
  <context>
    <name>first_run</name>
    <message>
      <location filename="../../app/services/people/first_run.py" line="52" />
      <source>Une coopérative existe déjà dans cette base.</source>
      <translation>توجد تعاونية بالفعل في قاعدة البيانات هذه.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/first_run.py" line="59" />
      <source>{name} est écrite deux fois.</source>
      <translation>{name} مكتوبة مرتين.</translation>
    </message>
  </context>
  <context>
    <name>hygiene_sheet</name>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="37" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="43" />
      <source>Lignes non cochées : {n}</source>
      <translation>الأسطر غير المؤشَّر عليها: {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="27" />
      <source>Nettoyage et hygiène — {cohort} — {month}</source>
      <translation>التنظيف والنظافة الصحية — {cohort} — {month}</translation>
    </message>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="34" />
      <source>Pas de matinée de cuisine ce mois-ci.</source>
      <translation>لا توجد صبيحة مطبخ هذا الشهر.</translation>
    </message>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="47" />
      <source>Relevé mensuel du nettoyage et de l'hygiène (autocontrôle)</source>
      <translation>السجل الشهري للتنظيف والنظافة الصحية (رقابة ذاتية)</translation>
    </message>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="18" />
      <source>✓ {name}{at}</source>
      <translation>✓ {name}{at}</translation>
    </message>
  </context>
  <context>
    <name>ingredients</name>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="134" />
      <source>Choisissez une unité : g, kg, ml, l ou pièce.</source>
      <translation>اختاري وحدة: g أو kg أو ml أو l أو قطعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="213" />
      <source>Des recettes utilisent cet ingrédient : on ne peut pas passer des pièces au poids ou au volume.</source>
      <translation>هناك وصفات تستعمل هذا المكوّن: لا يمكن التغيير من القطع إلى الوزن أو الحجم.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="147" />
      <source>Indiquez depuis quand ce prix est valable.</source>
      <translation>اكتبي منذ متى هذا السعر صالح.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="138" />
      <source>La taille du paquet doit être plus grande que zéro.</source>
      <translation>حجم العلبة يجب أن يكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="161" />
      <source>Le poids d'une pièce doit être plus grand que zéro (en grammes).</source>
      <translation>يجب أن يكون وزن القطعة الواحدة أكبر من صفر (بالغرام).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="153" />
      <source>Le poids d'une pièce ne sert que pour un ingrédient compté en pièces.</source>
      <translation>وزن القطعة الواحدة يُستعمل فقط لمكوّن يُحسب بالقطع.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="143" />
      <source>Le prix du paquet doit être plus grand que zéro.</source>
      <translation>سعر العلبة يجب أن يكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/nutrition_values.py" line="47" />
      <source>Les acides gras saturés font partie des matières grasses, et les sucres des glucides : ils ne peuvent pas être plus grands.</source>
      <translation>الدهون المشبعة جزء من الدهون، والسكريات جزء من الكربوهيدرات: لا يمكن أن تكون أكبر منها.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/components.py" line="48" />
      <source>Ligne {n} : donnez le nom de l'ingrédient, ou videz la ligne.</source>
      <translation>السطر {n}: اكتبي اسم المكوّن، أو أفرغي السطر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="336" />
      <source>On ne peut pas supprimer « {name} » : ces recettes l'utilisent : {recipes}. Vous pouvez le rendre inactif.</source>
      <translation>لا يمكن حذف «{name}»: هذه الوصفات تستعمله: {recipes}. يمكنك جعله غير نشيط.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/components.py" line="38" />
      <source>Un ingrédient composé a {n} ingrédients au plus.</source>
      <translation>للمكوّن المركّب {n} مكوّنًا على الأكثر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="131" />
      <source>Un ingrédient porte déjà ce nom.</source>
      <translation>يوجد مكوّن بهذا الاسم بالفعل.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/nutrition_values.py" line="40" />
      <source>Une valeur nutritionnelle pour 100 g va de 0 à {limit}.</source>
      <translation>القيمة الغذائية لكل 100 غ من 0 إلى {limit}.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="128" />
      <source>le nom de l'ingrédient</source>
      <translation>اسم المكوّن</translation>
    </message>
  </context>
  <context>
    <name>kitchen</name>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="37" />
      <source>Ce lot fabriqué n'existe plus.</source>
      <translation>رقم التشغيلة المصنوع هذا لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/batches.py" line="96" />
      <location filename="../../app/services/kitchen/stock_changes.py" line="66" />
      <source>Cet achat n'existe plus.</source>
      <translation>هذا الشراء لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="227" />
      <source>Cet appareil n'existe plus.</source>
      <translation>هذا الجهاز لم يعد موجوداً.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="103" />
      <source>Cette date est avant le jour de l'achat.</source>
      <translation>هذا التاريخ قبل يوم الشراء.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="154" />
      <source>Choisissez frigo ou congélateur.</source>
      <translation>اختاروا ثلاجة أو مجمد.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="88" />
      <source>Choisissez l'ingrédient acheté.</source>
      <translation>اختاري المكوّن الذي تم شراؤه.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/batches.py" line="124" />
      <source>Choisissez le produit fabriqué.</source>
      <translation>اختاري المنتج المصنوع.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="97" />
      <source>Indiquez la date écrite sur l'emballage.</source>
      <translation>اكتبي التاريخ المكتوب على العلبة.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/batches.py" line="126" />
      <source>Indiquez le jour de fabrication.</source>
      <translation>اكتبي يوم التصنيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="90" />
      <source>Indiquez le jour de l'achat.</source>
      <translation>اكتبي يوم الشراء.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="30" />
      <source>Indiquez le jour.</source>
      <translation>اكتبي اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/batches.py" line="81" />
      <location filename="../../app/services/kitchen/stock_changes.py" line="78" />
      <location filename="../../app/services/kitchen/stock_changes.py" line="201" />
      <source>Indiquez un nombre entier d'unités.</source>
      <translation>اكتبي عددًا صحيحًا من الوحدات.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="159" />
      <source>La limite haute doit être plus grande que la limite basse.</source>
      <translation>يجب أن يكون الحد الأعلى أكبر من الحد الأدنى.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/batches.py" line="105" />
      <source>Le lot {lot} de {ingredient} n'en a plus que {left} : vous en utilisez {used}.</source>
      <translation>رقم التشغيلة {lot} من {ingredient} لم يبق منه إلا {left}: أنتِ تستعملين {used}.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="325" />
      <source>Pas d'appareil « {name} ».</source>
      <translation>لا يوجد جهاز « {name} ».</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="94" />
      <source>Sorte de date inconnue.</source>
      <translation>نوع تاريخ غير معروف.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="152" />
      <source>Un appareil porte déjà ce nom.</source>
      <translation>يوجد جهاز بهذا الاسم من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="154" />
      <source>Un lot fabriqué a utilisé cet achat : retirez d'abord ce lot.</source>
      <translation>رقم التشغيلة المصنوع استعمل هذا الشراء: احذفي رقم التشغيلة هذا أولًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_rules.py" line="27" />
      <source>achat du {date}</source>
      <translation>شراء يوم {date}</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="202" />
      <source>la raison de la perte</source>
      <translation>سبب الخسارة</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="150" />
      <source>la raison du comptage</source>
      <translation>سبب الجرد</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="149" />
      <source>le nom</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="124" />
      <source>{value} °C : un frigo ou un congélateur est entre -40 et 30 °C. Relisez le thermomètre.</source>
      <translation>{value} °م: الثلاجة أو المجمد بين -40 و30 °م. أعيدوا قراءة الميزان.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="112" />
      <source>« {text} » n'est pas une température. Écrivez par exemple 4 ou -18,5.</source>
      <translation>« {text} » ليست درجة حرارة. اكتبوا مثلاً 4 أو -18,5.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="155" />
      <source>Écrivez la quantité comptée d'au moins un lot.</source>
      <translation>اكتبي الكمية المعدودة في سطر رقم التشغيلة، لسطر واحد على الأقل.</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../app/services/labels/content.py" line="918" />
      <source> Vouliez-vous dire : {names} ?</source>
      <translation> هل تقصدين: {names}؟</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="923" />
      <source>Aucun produit ne s'appelle « {name} ».</source>
      <translation>لا يوجد منتج اسمه «{name}».</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="180" />
      <source>Avec le changement de poids à la cuisson indiqué ({change} %), {ingredients} g d'ingrédients donnent {expected} g, mais rendement × quantité nette = {finished} g. Vérifiez la perte à la cuisson, le rendement et la quantité nette.</source>
      <translation>مع تغيّر الوزن عند الطهي المحدد ({change} %)، تعطي {ingredients} غ من المكوّنات {expected} غ، لكن المردود × الكمية الصافية = {finished} غ. تحققي من الفقد عند الطهي والمردود والكمية الصافية.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="271" />
      <source>Ce code est celui d'un modèle fourni : choisissez-en un autre.</source>
      <translation>هذا الرمز هو رمز نموذج موجود في التطبيق: اختاري رمزًا آخر.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="980" />
      <source>Ce modèle n'a qu'une étiquette par page : rien à sauter.</source>
      <translation>هذا النموذج فيه ملصق واحد في كل صفحة: لا شيء لتخطيه.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="298" />
      <source>Ce modèle n'est pas un modèle personnalisé.</source>
      <translation>هذا النموذج ليس نموذجًا خاصًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="385" />
      <source>Ce produit n'existe plus.</source>
      <translation>هذا المنتج لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="1003" />
      <source>Choisissez au moins un produit et un nombre d'étiquettes.</source>
      <translation>اختاري منتجًا واحدًا على الأقل وعدد الملصقات.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="160" />
      <source>Contient</source>
      <translation>يحتوي على</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="700" />
      <source>Décalage de l'imprimante : {right} mm vers la droite, {down} mm vers le bas.</source>
      <translation>إزاحة الطابعة: {right} mm إلى اليمين، {down} mm إلى الأسفل.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="614" />
      <source>Eau</source>
      <translation>ماء</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="172" />
      <source>Entre 1 et 100 rangées.</source>
      <translation>بين 1 و100 صف.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="170" />
      <source>Entre 1 et 50 colonnes.</source>
      <translation>بين 1 و50 عمود.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="732" />
      <source>Impossible de faire l'étiquette de « {name} ». Il manque : {missing}. Complétez la recette.</source>
      <translation>لا يمكن عمل ملصق «{name}». ينقص: {missing}. أكملي الوصفة.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="694" />
      <source>Imprimez-la sur du papier normal, posez-la sur une feuille d'étiquettes et regardez à la lumière.</source>
      <translation>اطبعيها على ورق عادي، ضعيها فوق ورقة ملصقات وانظري إليها أمام الضوء.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="247" />
      <source>Indiquez un nombre (exemple : 63,5).</source>
      <translation>اكتبي رقمًا (مثلًا: 63,5).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="254" />
      <source>Indiquez un nombre entier.</source>
      <translation>اكتبي عددًا صحيحًا (بدون فاصلة).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="168" />
      <source>Indiquez une dimension plus grande que zéro.</source>
      <translation>اكتبي مقاسًا أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="135" />
      <source>Ingrédients</source>
      <translation>المكونات</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="535" />
      <source>L'histoire de « {name} » ne tient pas sur le modèle {template} à côté des mentions obligatoires : imprimez sans l'histoire.</source>
      <translation>قصة «{name}» لا تتسع على النموذج {template} بجانب البيانات الإلزامية: اطبعي بدون القصة.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="350" />
      <source>Le code EAN-13 « {code} » a une erreur (dernier chiffre).</source>
      <translation>رمز EAN-13 «{code}» فيه خطأ (الرقم الأخير).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="264" />
      <source>Le code du modèle : lettres, chiffres, tirets, 30 signes au plus (ex. MON-60x40).</source>
      <translation>رمز النموذج: حروف وأرقام وشرطات، 30 علامة على الأكثر (مثلًا MON-60x40).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="336" />
      <source>Le code produit « {code} » n'a pas que des chiffres : choisissez le QR code, ou donnez un code en chiffres dans la recette.</source>
      <translation>رمز المنتج «{code}» ليس كله أرقامًا: اختاري رمز QR، أو اكتبي رمزًا من أرقام في الوصفة.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="544" />
      <source>Le code-barres de « {name} » ne tient pas sur le modèle {template} à côté des mentions obligatoires : imprimez sans code-barres.</source>
      <translation>الرمز الشريطي لـ «{name}» لا يتسع على النموذج {template} بجانب البيانات الإلزامية: اطبعي بدون رمز شريطي.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="666" />
      <source>Le nom ou l'histoire fait une allégation : l'étiquette doit donner les valeurs nutritionnelles. Entrez celles de : {names} (fiche de l'ingrédient, « Valeurs nutritionnelles… »).</source>
      <translation>الاسم أو القصة فيهما ادعاء: يجب أن يذكر الملصق القيم الغذائية. أدخلي قيم: {names} (بطاقة المكوّن، «القيم الغذائية…»).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="237" />
      <source>Le nom « {product} » évoque « {ingredient} » : son pourcentage est imprimé. Confirmez-le dans la recette (colonne « Mis en avant »), ou décochez.</source>
      <translation>الاسم «{product}» يشير إلى «{ingredient}»: تُطبع نسبته. أكّديها في الوصفة (عمود «مُبرَز»)، أو أزيلي التحديد.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="970" />
      <source>Le nombre d'étiquettes va de 1 à {max} par produit.</source>
      <translation>عدد الملصقات من 1 إلى {max} لكل منتج.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="180" />
      <source>Le pas horizontal doit être au moins la largeur d'une étiquette.</source>
      <translation>المسافة الأفقية يجب أن تكون على الأقل عرض ملصق واحد.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="185" />
      <source>Le pas vertical doit être au moins la hauteur d'une étiquette.</source>
      <translation>المسافة العمودية يجب أن تكون على الأقل طول ملصق واحد.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="199" />
      <source>Les ingrédients pèsent {ingredients} g et le produit fini {finished} g (rendement × quantité nette) : une perte à la cuisson de {percent} % ? Les pourcentages de l'étiquette sont calculés sur le produit fini : indiquez la perte dans la recette (« À la cuisson »), ou corrigez le rendement et la quantité nette.</source>
      <translation>تزن المكوّنات {ingredients} غ والمنتج النهائي {finished} غ (المردود × الكمية الصافية): فقد عند الطهي بنسبة {percent} %؟ تُحسب نسب الملصق على المنتج النهائي: حدّدي الفقد في الوصفة («عند الطهي»)، أو صحّحي المردود والكمية الصافية.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="212" />
      <source>Les ingrédients pèsent {ingredients} g et le produit fini {finished} g (rendement × quantité nette) : {percent} % d'eau ajoutée à la cuisson ? Si oui, indiquez-le dans la recette (« À la cuisson ») ; sinon, corrigez le rendement et la quantité nette.</source>
      <translation>تزن المكوّنات {ingredients} غ والمنتج النهائي {finished} غ (المردود × الكمية الصافية): {percent} % ماء مضاف عند الطهي؟ إن كان كذلك، حدّديه في الوصفة («عند الطهي»)؛ وإلا فصحّحي المردود والكمية الصافية.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="552" />
      <source>Les mentions obligatoires de « {name} » (ingrédients, conservation, producteur, date, lot, quantité) ne tiennent pas sur le modèle {template}, même en lettres de {x} mm, le minimum de la loi.</source>
      <translation>البيانات الإلزامية لـ «{name}» (المكونات، الحفظ، المنتج، التاريخ، رقم التشغيلة، الكمية) لا تتسع على النموذج {template}، حتى بحروف {x} مم، وهو الحد الأدنى القانوني.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="208" />
      <source>Les étiquettes sortent de la page en bas ({bottom} mm pour une page de {height} mm). Réduisez les rangées, la marge ou le pas.</source>
      <translation>الملصقات تخرج من الصفحة في الأسفل ({bottom} mm لصفحة طولها {height} mm). قلّلي الصفوف أو الهامش أو المسافة.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="195" />
      <source>Les étiquettes sortent de la page à droite ({right} mm pour une page de {width} mm). Réduisez les colonnes, la marge ou le pas.</source>
      <translation>الملصقات تخرج من الصفحة على اليمين ({right} mm لصفحة عرضها {width} mm). قلّلي الأعمدة أو الهامش أو المسافة.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="352" />
      <location filename="../../app/services/labels/content.py" line="720" />
      <source>Lot : {lot}</source>
      <translation>رقم التشغيلة: {lot}</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="153" />
      <source>Modèle d'étiquettes inconnu : « {id} ». Modèles connus : {known}.</source>
      <translation>نموذج ملصقات غير معروف: «{id}». النماذج المعروفة: {known}.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="983" />
      <source>On peut sauter de 0 à {max} étiquettes (une feuille {name} en a {n}).</source>
      <translation>يمكن تخطي من 0 إلى {max} ملصقات (ورقة {name} فيها {n}).</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="581" />
      <source>Ou prenez un modèle plus grand, par exemple {name}.</source>
      <translation>أو اختاري نموذجاً أكبر، مثلاً {name}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="677" />
      <source>Page de réglage</source>
      <translation>صفحة الضبط</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="693" />
      <source>Page de réglage : {name}</source>
      <translation>صفحة الضبط: {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="315" />
      <source>Peut contenir des traces de : {allergens}.</source>
      <translation>قد يحتوي على آثار من: {allergens}.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="914" />
      <source>Plusieurs produits s'appellent « {name} ».</source>
      <translation>هناك عدة منتجات اسمها «{name}».</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="585" />
      <source>Raccourcissez les textes de la recette.</source>
      <translation>اجعلي نصوص الوصفة أقصر.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="775" />
      <source>Type de code-barres inconnu.</source>
      <translation>نوع رمز شريطي غير معروف.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="362" />
      <source>Un code produit a 10 chiffres au plus, ou 12 ou 13 chiffres (EAN).</source>
      <translation>رمز المنتج فيه 10 أرقام على الأكثر، أو 12 أو 13 رقمًا (EAN).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="332" />
      <source>Un décalage d'imprimante est de {max} mm au plus.</source>
      <translation>إزاحة الطابعة {max} mm على الأكثر.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="747" />
      <source>Un numéro de lot a {n} signes au plus.</source>
      <translation>رقم التشغيلة فيه {n} علامات على الأكثر.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="141" />
      <source>Un produit gardé au frais, avec des œufs, du lait, de la viande ou du poisson, demande « À consommer jusqu'au » (DLC), pas « de préférence avant » (DDM).</source>
      <translation>المنتج المحفوظ في البرودة والذي يحتوي على بيض أو حليب أو لحم أو سمك يحتاج «يُستهلك حتى» وليس «يُفضّل استهلاكه قبل».</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="166" />
      <source>Une marge ne peut pas être négative.</source>
      <translation>لا يمكن أن يكون الهامش سالبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="106" />
      <source>Une phrase sur la santé (« bon pour… », « renforce… ») n'est permise que si elle figure dans la liste européenne des allégations de santé autorisées. Retirez-la ou reprenez la phrase exacte de la liste.</source>
      <translation>الجملة عن الصحة («مفيد لـ…»، «يقوّي…») مسموحة فقط إذا كانت في القائمة الأوروبية للادعاءات الصحية المسموح بها. احذفيها أو استعملي الصياغة الدقيقة من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="175" />
      <source>Une étiquette mesure au moins 15 × 10 mm.</source>
      <translation>الملصق يجب أن يكون 15 × 10 mm على الأقل.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/nutrition.py" line="105" />
      <source>Valeurs nutritionnelles pour 100 g : énergie {kj} kJ / {kcal} kcal ; matières grasses {fat}, dont acides gras saturés {saturates} ; glucides {carbohydrate}, dont sucres {sugars} ; protéines {protein} ; sel {salt}.</source>
      <translation>القيم الغذائية لكل 100 غ: الطاقة {kj} kJ / {kcal} kcal؛ الدهون {fat}، منها الدهون المشبعة {saturates}؛ الكربوهيدرات {carbohydrate}، منها السكريات {sugars}؛ البروتين {protein}؛ الملح {salt}.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="143" />
      <source>arachides</source>
      <translation>الفول السوداني</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="131" />
      <source>blé</source>
      <translation>القمح</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="130" />
      <source>blé dur</source>
      <translation>القمح الصلب</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="140" />
      <source>crustacés</source>
      <translation>القشريات</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="147" />
      <source>céleri</source>
      <translation>الكرفس</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="146" />
      <source>fruits à coque</source>
      <translation>المكسرات</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="139" />
      <source>gluten</source>
      <translation>الغلوتين</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="687" />
      <source>la durée de conservation (en jours)</source>
      <translation>مدة الحفظ (بالأيام)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="685" />
      <source>la quantité nette (poids, volume ou nombre)</source>
      <translation>الكمية الصافية (الوزن أو الحجم أو العدد)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="145" />
      <source>lait</source>
      <translation>الحليب</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="698" />
      <source>le code produit (pour le code-barres)</source>
      <translation>رمز المنتج (للرمز الشريطي)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="696" />
      <source>le nom et l'adresse de la coopérative (Fichier &gt; Paramètres)</source>
      <translation>اسم التعاونية وعنوانها (ملف &gt; الإعدادات)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="588" />
      <source>le poids en g de « {name} » (compté en pièces)</source>
      <translation>وزن «{name}» بالغرام g (محسوب بالقطع)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="690" />
      <source>les conditions de conservation (obligatoires avec « à consommer jusqu'au »)</source>
      <translation>شروط الحفظ (ضرورية مع «يُستهلك قبل»)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="683" />
      <source>les ingrédients</source>
      <translation>المكونات</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="151" />
      <source>lupin</source>
      <translation>الترمس</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="152" />
      <source>mollusques</source>
      <translation>الرخويات</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="148" />
      <source>moutarde</source>
      <translation>الخردل</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="286" />
      <source>pièce</source>
      <translation>قطعة</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="286" />
      <source>pièces</source>
      <translation>قطع</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="142" />
      <source>poisson</source>
      <translation>السمك</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="144" />
      <source>soja</source>
      <translation>الصويا</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="150" />
      <source>sulfites</source>
      <translation>الكبريتيت</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="149" />
      <source>sésame</source>
      <translation>السمسم</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="450" />
      <source>{grams} g pour 100 g</source>
      <translation>{grams} غ لكل 100 غ</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="69" />
      <source>{name} ({w} × {h} mm)</source>
      <translation>{name} ({w} × {h} mm)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="75" />
      <source>{name} — {n} par feuille ({w} × {h} mm)</source>
      <translation>{name} — {n} في كل ورقة ({w} × {h} mm)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="98" />
      <source>« Allégé » demande au moins 30 % de moins qu'un produit semblable, dit sur l'étiquette, et une déclaration nutritionnelle.</source>
      <translation>«خفيف» يتطلب 30 % أقل على الأقل من منتج مشابه، مذكوراً على الملصق، مع بيان غذائي.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="89" />
      <source>« Riche en » ou « source de » est une allégation nutritionnelle : elle demande une déclaration nutritionnelle et les quantités minimales fixées par la loi (par exemple 3 g de fibres pour 100 g pour « source de fibres »).</source>
      <translation>«غني بـ» أو «مصدر لـ» ادعاء غذائي: يتطلب بياناً غذائياً والكميات الدنيا التي يحددها القانون (مثلاً 3 غ من الألياف لكل 100 غ لـ«مصدر للألياف»).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="66" />
      <source>« Sans sucre ajouté » : la recette contient du sucre, du miel ou un sirop. Retirez cette phrase.</source>
      <translation>«بدون سكر مضاف»: الوصفة تحتوي على سكر أو عسل أو شراب. احذفي هذه الجملة.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="74" />
      <source>« Sans sucre ajouté » est une allégation : elle n'est permise que sans aucun sucre, miel ni sirop ajouté, et l'étiquette doit dire « contient des sucres naturellement présents » quand les ingrédients en ont (dattes, fruits, lait).</source>
      <translation>«بدون سكر مضاف» ادعاء: مسموح فقط بدون أي سكر أو عسل أو شراب مضاف، ويجب أن يذكر الملصق «يحتوي على سكريات طبيعية» عندما تحتويها المكونات (تمر، فواكه، حليب).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="81" />
      <source>« Sans sucre ajouté » est une allégation : vérifiez qu'aucun sucre, miel ni sirop n'est ajouté.</source>
      <translation>«بدون سكر مضاف» ادعاء: تحققي من عدم إضافة أي سكر أو عسل أو شراب.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="264" />
      <source>« {name} » n'est pas un nom français : écrivez dans la recette un nom descriptif (par exemple « Boules énergétiques aux dattes et au cacao »), imprimé sous le nom.</source>
      <translation>«{name}» ليس اسماً فرنسياً: اكتبي في الوصفة اسماً وصفياً (مثلاً «Boules énergétiques aux dattes et au cacao»)، يُطبع تحت الاسم.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="244" />
      <source>« {text} » n'est pas un nombre (exemple : 63,5).</source>
      <translation>«{text}» ليس رقمًا (مثلًا: 63,5).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="149" />
      <source>« À consommer jusqu'au » (DLC) est pour les produits gardés au frais : celui-ci se garde au sec. Vérifiez le type de date.</source>
      <translation>«يُستهلك حتى» للمنتجات المحفوظة في البرودة: هذا المنتج يُحفظ في مكان جاف. تحققي من نوع التاريخ.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="130" />
      <source>« À réchauffer » sur un produit qui se mange froid : vérifiez les conditions de conservation.</source>
      <translation>«يُسخَّن» على منتج يؤكل بارداً: تحققي من شروط الحفظ.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="315" />
      <source>À consommer de préférence avant le</source>
      <translation>يُفضّل استهلاكه قبل</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="314" />
      <source>À consommer jusqu'au</source>
      <translation>يُستهلك حتى</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="616" />
      <source>Étiquettes</source>
      <translation>الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="619" />
      <source>Étiquettes alimentaires, à imprimer à taille réelle</source>
      <translation>ملصقات غذائية، تُطبع بالحجم الحقيقي</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="141" />
      <source>œufs</source>
      <translation>البيض</translation>
    </message>
  </context>
  <context>
    <name>lot_trace</name>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="101" />
      <source>Achats avec ce lot du fournisseur</source>
      <translation>مشتريات برقم التشغيلة هذا من المورّد</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="27" />
      <source>Acheté</source>
      <translation>تم شراؤه</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="24" />
      <source>Acheté le</source>
      <translation>اشتُري يوم</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="175" />
      <location filename="../../app/printing/lot_trace.py" line="96" />
      <source>Aucun achat ni lot fabriqué avec ce numéro.</source>
      <translation>لا يوجد شراء ولا رقم التشغيلة مصنوع بهذا الرقم.</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="74" />
      <source>Aucun achat noté.</source>
      <translation>لم يُسجَّل أي شراء.</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="83" />
      <source>Aucune vente de ce lot.</source>
      <translation>لا مبيعات من رقم التشغيلة هذا.</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="26" />
      <source>Date sur l'emballage</source>
      <translation>التاريخ على العلبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="57" />
      <source>Fabriqué le {made_on} · unités : {made} · date sur l'étiquette : {best} · vendues : {sold} · perdues : {wasted} · en stock : {left}</source>
      <translation>صُنع يوم {made_on} · الوحدات: {made} · التاريخ على الملصق: {best} · المباعة: {sold} · الضائعة: {wasted} · في المخزون: {left}</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="23" />
      <source>Fournisseur</source>
      <translation>المورّد</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="22" />
      <source>Ingrédient</source>
      <translation>المكوّن</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="70" />
      <source>Ingrédients achetés utilisés</source>
      <translation>المكوّنات المشتراة المستعملة</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="78" />
      <source>Jour de vente</source>
      <translation>يوم البيع</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="78" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="25" />
      <source>Lot du fournisseur</source>
      <translation>رقم التشغيلة للمورّد</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="49" />
      <source>Lot {lot} — {product} (version {version}) — {cohort}</source>
      <translation>رقم التشغيلة {lot} — {product} (النسخة {version}) — {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="106" />
      <source>Traçabilité : des achats aux jours de vente (rappel de produit)</source>
      <translation>التتبّع: من المشتريات إلى أيام البيع (استرجاع المنتج)</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="91" />
      <source>Traçabilité du lot {lot}</source>
      <translation>تتبّع رقم التشغيلة {lot}</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="78" />
      <source>Unités</source>
      <translation>الوحدات</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="27" />
      <source>Utilisé</source>
      <translation>مستعمل</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="75" />
      <source>Ventes</source>
      <translation>المبيعات</translation>
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <location filename="../../app/services/menus/menus.py" line="108" />
      <source>Ajoutez au moins une recette au menu.</source>
      <translation>أضيفي وصفة واحدة على الأقل إلى القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="159" />
      <source>Ce menu a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>تغيّرت هذه القائمة منذ أن فتحتِ هذه النافذة: تعرض الحقول الآن قيمها الجديدة. أعيدي تغييراتك ثم احفظي.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="105" />
      <source>Choisissez un format de vente.</source>
      <translation>اختاري شكل البيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="112" />
      <source>Choisissez une recette de la liste.</source>
      <translation>اختاري وصفة من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="117" />
      <source>Les portions par personne doivent être plus grandes que zéro.</source>
      <translation>الحصص لكل شخص يجب أن تكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="103" />
      <source>Un menu porte déjà ce nom.</source>
      <translation>توجد قائمة طعام بهذا الاسم بالفعل.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="100" />
      <source>le nom du menu</source>
      <translation>اسم قائمة الطعام</translation>
    </message>
  </context>
  <context>
    <name>modules</name>
    <message>
      <location filename="../../app/vocab/schedule.py" line="107" />
      <source>Affiches et étiquettes</source>
      <translation>الملصقات والبطاقات</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="95" />
      <source>Alimentation durable</source>
      <translation>التغذية المستدامة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="104" />
      <source>Analyse SWOT</source>
      <translation>تحليل SWOT</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="101" />
      <source>Carte d'empathie et proposition de valeur</source>
      <translation>خريطة التعاطف وعرض القيمة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="88" />
      <source>Communication visuelle</source>
      <translation>التواصل البصري</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="111" />
      <source>Conférence</source>
      <translation>محاضرة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="99" />
      <source>Cuisine</source>
      <translation>الطبخ</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="105" />
      <source>Dressage des assiettes</source>
      <translation>تقديم الأطباق</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="84" />
      <source>Découverte du marché et entretiens d'empathie</source>
      <translation>اكتشاف السوق ومقابلات التعاطف</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="100" />
      <source>Dégustation et questionnaire</source>
      <translation>التذوق والاستبيان</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="108" />
      <source>Energy balls avec un partenaire</source>
      <translation>كرات الطاقة مع شريك</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="77" />
      <source>Entrepreneuriat</source>
      <translation>ريادة الأعمال</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="106" />
      <source>Exercices de comptabilité</source>
      <translation>تمارين المحاسبة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="87" />
      <source>Gestion du cycle de projet</source>
      <translation>إدارة دورة المشروع</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="96" />
      <source>Hygiène alimentaire et règles de l'AFSCA</source>
      <translation>النظافة الغذائية وقواعد الوكالة الفيدرالية لسلامة الغذاء (AFSCA)</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="89" />
      <source>Introduction à la comptabilité</source>
      <translation>مدخل إلى المحاسبة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="78" />
      <source>Le marché de l'emploi belge et ses codes</source>
      <translation>سوق العمل البلجيكي وقواعده</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="112" />
      <source>Matinée avec les marraines et parrains</source>
      <translation>صباح مع العرّابات والعرّابين</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="82" />
      <source>Plan d'affaires</source>
      <translation>خطة العمل</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="94" />
      <source>Répondre aux demandes des clients</source>
      <translation>الرد على طلبات الزبائن</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="90" />
      <source>Storytelling</source>
      <translation>فن السرد</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="91" />
      <source>Vendre, étiqueter et présenter ses produits</source>
      <translation>بيع المنتجات ووضع البطاقات عليها وعرضها</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="115" />
      <source>Vente</source>
      <translation>البيع</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="110" />
      <source>Visite d'un restaurant</source>
      <translation>زيارة مطعم</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="109" />
      <source>Visite d'un supermarché coopératif</source>
      <translation>زيارة متجر تعاوني</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="81" />
      <source>Économie sociale et coopératives</source>
      <translation>الاقتصاد الاجتماعي والتعاونيات</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="83" />
      <source>Étude de marché</source>
      <translation>دراسة السوق</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="116" />
      <source>Évaluation</source>
      <translation>التقييم</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <location filename="../../app/services/money.py" line="98" />
      <source>Ce montant est trop grand (au plus {limit}).</source>
      <translation>هذا المبلغ كبير جدًا (على الأكثر {limit}).</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="62" />
      <source>Indiquez un montant, par exemple 2,50.</source>
      <translation>اكتبي مبلغًا، مثلًا 2,50.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="93" />
      <source>Le montant doit être plus grand que zéro.</source>
      <translation>المبلغ يجب أن يكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="90" />
      <source>Le montant ne peut pas être négatif.</source>
      <translation>لا يمكن أن يكون المبلغ سالبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="87" />
      <source>Un montant a au plus deux chiffres après la virgule (les cents).</source>
      <translation>المبلغ فيه رقمان على الأكثر بعد الفاصلة (السنتات).</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="69" />
      <location filename="../../app/services/money.py" line="79" />
      <source>« {text} » n'est pas un montant. Écrivez par exemple 2,50.</source>
      <translation>«{text}» ليس مبلغًا. اكتبي مثلًا 2,50.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="38" />
      <source>« {text} » peut se lire {small} ou {large}. Écrivez {small_typed} ou {large_typed}.</source>
      <translation>يمكن قراءة «{text}» على أنها {small} أو {large}. اكتبي {small_typed} أو {large_typed}.</translation>
    </message>
  </context>
  <context>
    <name>network</name>
    <message>
      <location filename="../../app/services/network/publish.py" line="251" />
      <source>Cet ordinateur a déjà une autre cohorte « {name} » : renommez-la avant de récupérer celle du serveur.</source>
      <translation>في هذا الحاسوب مجموعة أخرى باسم «{name}»: غيّري اسمها قبل جلب مجموعة الخادم.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="46" />
      <source>Cette base n'a pas d'identifiant : rouvrez-la d'abord.</source>
      <translation>ليس لقاعدة البيانات هذه مُعرّف: أعيدي فتحها أولًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="121" />
      <source>La cohorte « {name} » est publiée depuis un autre ordinateur, « {other} » (dernière publication le {when}), et pas depuis celui-ci, « {this} ». Une cohorte n'a qu'un ordinateur qui l'écrit : pour la reprendre ici, récupérez-la d'abord depuis le serveur (coopactives fetch).</source>
      <translation>تُنشر المجموعة «{name}» من حاسوب آخر، «{other}» (آخر نشر في {when})، وليس من هذا الحاسوب «{this}». لكل مجموعة حاسوب واحد يكتبها: لاستلامها هنا، اجلبيها أولًا من الخادم (coopactives fetch).</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="79" />
      <source>La connexion au serveur {url} s'est interrompue. Le serveur garde la copie complète précédente ; relancez la publication quand le réseau est revenu.</source>
      <translation>انقطع الاتصال بالخادم {url}. يحتفظ الخادم بالنسخة الكاملة السابقة؛ أعيدي النشر عند عودة الشبكة.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="110" />
      <source>Le serveur a déjà une autre cohorte « {name} » : renommez l'une des deux avant de publier.</source>
      <translation>في الخادم مجموعة أخرى باسم «{name}»: غيّري اسم إحداهما قبل النشر.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="238" />
      <source>Le serveur n'a pas de cohorte « {name} ». Cohortes publiées : {names}.</source>
      <translation>لا توجد على الخادم مجموعة «{name}». المجموعات المنشورة: {names}.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="187" />
      <source>Publiez depuis l'ordinateur de la cuisine, pas du serveur.</source>
      <translation>انشري من حاسوب المطبخ، لا من الخادم.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="228" />
      <source>Récupérez une cohorte sur l'ordinateur de la cuisine.</source>
      <translation>اجلبي المجموعة على حاسوب المطبخ.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="62" />
      <source>« {url} » n'est pas l'adresse d'un serveur PostgreSQL : écrivez-la postgresql://utilisateur@serveur/base.</source>
      <translation>«{url}» ليس عنوان خادم PostgreSQL: اكتبيه هكذا postgresql://user@server/database.</translation>
    </message>
  </context>
  <context>
    <name>orders</name>
    <message>
      <location filename="../../app/services/menus/orders.py" line="233" />
      <source>Ajoutez au moins une ligne (ou choisissez un menu).</source>
      <translation>أضيفي سطرًا واحدًا على الأقل (أو اختاري قائمة طعام).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/customers.py" line="26" />
      <source>Ce client n'est plus dans le répertoire.</source>
      <translation>هذا الزبون لم يعد في الدليل.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="215" />
      <source>Ce menu n'existe plus.</source>
      <translation>قائمة الطعام هذه لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="306" />
      <source>Cette commande a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>تغيّرت هذه الطلبية منذ أن فتحتِ هذه النافذة: تعرض الحقول الآن قيمها الجديدة. أعيدي تغييراتك ثم احفظي.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="220" />
      <source>Choisissez livraison ou à venir chercher.</source>
      <translation>اختاري التوصيل أو الاستلام من عندنا.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="217" />
      <source>Choisissez un format de vente.</source>
      <translation>اختاري شكل البيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="239" />
      <source>Choisissez une recette de la liste.</source>
      <translation>اختاري وصفة من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="209" />
      <source>Indiquez la date.</source>
      <translation>اكتبي التاريخ.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="190" />
      <source>Indiquez le nombre de personnes.</source>
      <translation>اكتبي عدد الأشخاص.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="242" />
      <source>La quantité doit être plus grande que zéro.</source>
      <translation>الكمية يجب أن تكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="211" />
      <source>Le nombre de personnes doit être positif.</source>
      <translation>عدد الأشخاص يجب أن يكون موجبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="253" />
      <source>Le prix ne peut pas être négatif.</source>
      <translation>لا يمكن أن يكون السعر سالبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="256" />
      <source>Le taux de TVA doit être entre 0 et 100 %.</source>
      <translation>نسبة ضريبة القيمة المضافة يجب أن تكون بين 0 و 100 %.</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="53" />
      <source>Livraison</source>
      <translation>توصيل</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="223" />
      <location filename="../../app/services/menus/orders.py" line="336" />
      <source>Statut inconnu.</source>
      <translation>حالة غير معروفة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="229" />
      <source>Un devis est valable de 1 à 365 jours.</source>
      <translation>عرض السعر صالح من 1 إلى 365 يومًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="204" />
      <source>le client</source>
      <translation>الزبون</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="54" />
      <source>À venir chercher</source>
      <translation>الاستلام من عندنا</translation>
    </message>
  </context>
  <context>
    <name>outcomes</name>
    <message>
      <location filename="../../app/services/outcomes/records.py" line="79" />
      <source>Cette personne ne fait pas partie de la cohorte.</source>
      <translation>هذا الشخص ليس من هذه المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/outcomes/records.py" line="69" />
      <source>Choisissez le moment du suivi.</source>
      <translation>اختاري وقت المتابعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/outcomes/records.py" line="71" />
      <source>Choisissez sa situation.</source>
      <translation>اختاري وضعها.</translation>
    </message>
    <message>
      <location filename="../../app/services/outcomes/records.py" line="62" />
      <source>Pas d'accord de sa part pour le suivi : notez d'abord son accord. Rien n'est enregistré.</source>
      <translation>لا موافقة منها على المتابعة: سجّلي موافقتها أولًا. لم يُحفظ شيء.</translation>
    </message>
    <message>
      <location filename="../../app/services/outcomes/records.py" line="116" />
      <source>Suivi de {name} ({cohort}) : {when}, prévu le {date}.</source>
      <translation>متابعة {name} ({cohort}): {when}، مقررة في {date}.</translation>
    </message>
    <message>
      <location filename="../../app/services/outcomes/consent.py" line="95" />
      <source>{name} n'a pas donné son accord.</source>
      <translation>لم تعطِ {name} موافقتها.</translation>
    </message>
  </context>
  <context>
    <name>outcomes_man</name>
    <message>
      <location filename="../../app/services/outcomes/consent.py" line="96" />
      <source>{name} n'a pas donné son accord.</source>
      <translation>لم يعطِ {name} موافقته.</translation>
    </message>
  </context>
  <context>
    <name>people</name>
    <message>
      <location filename="../../app/services/people/members.py" line="226" />
      <location filename="../../app/services/people/members.py" line="287" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>هذه المجموعة لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="255" />
      <source>Cette personne a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>تغيّرت بيانات هذا الشخص منذ أن فتحتِ هذه النافذة: تعرض الحقول الآن القيم الجديدة. أعيدي تغييراتك ثم احفظي.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="305" />
      <source>Cette personne n'est pas dans la cohorte.</source>
      <translation>هذا الشخص ليس في المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="100" />
      <source>Choisissez un genre dans la liste.</source>
      <translation>اختاري الجنس من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="98" />
      <source>Choisissez un rôle dans la liste.</source>
      <translation>اختاري دورًا من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="308" />
      <source>La date de départ est avant la date d'arrivée.</source>
      <translation>تاريخ المغادرة قبل تاريخ الوصول.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="206" />
      <source>Personne ne s'appelle « {name} ».</source>
      <translation>لا أحد اسمه «{name}».</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="208" />
      <source>Plusieurs personnes s'appellent « {name} » : donnez aussi le nom.</source>
      <translation>هناك عدة أشخاص اسمهم «{name}»: اكتبي اسم العائلة أيضًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="95" />
      <source>le prénom</source>
      <translation>الاسم الأول</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="330" />
      <source>{name} a déjà un historique dans l'application : désactivez-la plutôt.</source>
      <translation>{name} لها تاريخ في التطبيق بالفعل: الأفضل أن تجعليها غير نشيطة.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="132" />
      <source>{name} fait déjà partie de cette cohorte.</source>
      <translation>{name} موجودة في هذه المجموعة بالفعل.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/countries.py" line="63" />
      <source>« {code} » n'est pas un code de pays connu.</source>
      <translation>«{code}» ليس رمز بلد معروفًا.</translation>
    </message>
  </context>
  <context>
    <name>people_man</name>
    <message>
      <location filename="../../app/services/people/members.py" line="334" />
      <source>{name} a déjà un historique dans l'application : désactivez-le plutôt.</source>
      <translation>{name} له تاريخ في التطبيق بالفعل: الأفضل أن تجعليه غير نشيط.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="133" />
      <source>{name} fait déjà partie de cette cohorte.</source>
      <translation>{name} موجود في هذه المجموعة بالفعل.</translation>
    </message>
  </context>
  <context>
    <name>personal_data</name>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="350" />
      <source>(image, {n} octets)</source>
      <translation>(صورة، الحجم بالبايت: {n})</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="141" />
      <source>Accord donné le</source>
      <translation>أُعطيت الموافقة في</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="142" />
      <source>Accord retiré le</source>
      <translation>سُحبت الموافقة في</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="241" />
      <source>Acquise</source>
      <translation>مكتسبة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="181" />
      <source>Action corrective</source>
      <translation>الإجراء التصحيحي</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="136" />
      <source>Active</source>
      <translation>نشِطة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="244" />
      <source>Adjectif</source>
      <translation>صفة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="473" />
      <source>Ancienne membre</source>
      <translation>عضوة سابقة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="151" />
      <source>Animatrice</source>
      <translation>منشطة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="195" />
      <source>Anime depuis le</source>
      <translation>تنشّط منذ</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="171" />
      <source>Annule</source>
      <translation>يلغي</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="174" />
      <source>Après</source>
      <translation>بعد</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="139" />
      <source>Arrivée</source>
      <translation>الوصول</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="172" />
      <source>Autre date</source>
      <translation>تاريخ آخر</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="173" />
      <source>Avant</source>
      <translation>قبل</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="202" />
      <source>Caisse attendue</source>
      <translation>الصندوق المتوقع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="201" />
      <source>Caisse comptée</source>
      <translation>الصندوق المعدود</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="220" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="191" />
      <source>Cercle</source>
      <translation>الدائرة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="242" />
      <source>Choisi par</source>
      <translation>اختارته</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="205" />
      <source>Clôturée le</source>
      <translation>أُغلقت في</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="206" />
      <source>Clôturée par</source>
      <translation>أغلقتها</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="178" />
      <source>Cochée le</source>
      <translation>وُضعت العلامة في</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="177" />
      <source>Cochée par</source>
      <translation>وضعت العلامة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="138" />
      <source>Cohorte</source>
      <translation>المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="198" />
      <source>Commande</source>
      <translation>طلب</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="240" />
      <source>Commentaire</source>
      <translation>تعليق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="200" />
      <source>Comptage de la caisse</source>
      <translation>عدّ الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="237" />
      <source>Compétence</source>
      <translation>مهارة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="218" />
      <source>Correction</source>
      <translation>تصحيح</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="216" />
      <source>Corrige la ligne</source>
      <translation>يصحّح السطر</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="192" />
      <location filename="../../app/services/safety/personal_data.py" line="207" />
      <source>Créé le</source>
      <translation>أُنشئ في</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="146" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="230" />
      <source>Document</source>
      <translation>المستند</translation>
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="17" />
      <source>Données personnelles : {name}</source>
      <translation>البيانات الشخصية: {name}</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="147" />
      <source>Début</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="224" />
      <source>Décision</source>
      <translation>القرار</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="165" />
      <source>Déléguée</source>
      <translation>المندوبة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="140" />
      <source>Départ</source>
      <translation>مغادرة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="169" />
      <source>Détail du problème</source>
      <translation>تفاصيل المشكلة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="203" />
      <source>Explication de l'écart</source>
      <translation>شرح الفرق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="185" />
      <source>Fait aujourd'hui</source>
      <translation>أُنجز اليوم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="175" />
      <location filename="../../app/services/safety/personal_data.py" line="193" />
      <source>Fait le</source>
      <translation>أُنجز في</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="194" />
      <source>Fait par</source>
      <translation>أنجزته</translation>
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="33" />
      <source>Fiche</source>
      <translation>البطاقة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="148" />
      <source>Fin</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="199" />
      <source>Fonds de caisse</source>
      <translation>مال البداية في الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="197" />
      <source>Format</source>
      <translation>الشكل</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="219" />
      <source>Fournisseur</source>
      <translation>المورّد</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="179" />
      <source>Frigo ou congélateur</source>
      <translation>ثلاجة أو مجمد</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="132" />
      <source>Genre</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="225" />
      <source>Heures</source>
      <translation>الساعات</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="128" />
      <source>Identifiant global</source>
      <translation>المُعرّف العام</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="229" />
      <source>Intégration</source>
      <translation>الدمج</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="238" />
      <source>Jour</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="162" />
      <source>Jour de la semaine</source>
      <translation>يوم الأسبوع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="164" />
      <source>Jour de vente</source>
      <translation>يوم البيع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="170" />
      <source>Jours planifiés</source>
      <translation>الأيام المنظَّمة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="451" />
      <source>L'effacement ne sait pas encore traiter : {tables}.</source>
      <translation>المسح لا يعرف بعد كيف يعالج: {tables}.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="134" />
      <source>Langues</source>
      <translation>اللغات</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="161" />
      <source>Le</source>
      <translation>في</translation>
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="63" />
      <source>Les données personnelles gardées sur une personne</source>
      <translation>البيانات الشخصية المحفوظة عن شخص</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="152" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="154" />
      <source>Lieu de visite</source>
      <translation>مكان الزيارة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="153" />
      <source>Marraine / parrain</source>
      <translation>عرّابة / عرّاب</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="159" />
      <source>Matinée</source>
      <translation>فترة صباحية</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="236" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="150" />
      <source>Module</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="143" />
      <source>Moment du suivi</source>
      <translation>وقت المتابعة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="217" />
      <source>Montant</source>
      <translation>المبلغ</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="239" />
      <source>Niveau</source>
      <translation>المستوى</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="130" />
      <source>Nom</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="356" />
      <source>Non</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="158" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="137" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="145" />
      <source>Noté le</source>
      <translation>سُجّل في</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="208" />
      <source>Noté par</source>
      <translation>سجّلته</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="127" />
      <source>Numéro</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="222" />
      <source>Numéro du ticket</source>
      <translation>رقم الإيصال</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="228" />
      <source>Objection</source>
      <translation>اعتراض</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="215" />
      <source>Origine</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="356" />
      <source>Oui</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="211" />
      <source>Paiement</source>
      <translation>الدفع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="226" />
      <source>Part</source>
      <translation>الحصة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="133" />
      <source>Pays</source>
      <translation>البلد</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="221" />
      <source>Payé par</source>
      <translation>دفعته</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="160" />
      <source>Personne</source>
      <translation>شخص</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="176" />
      <source>Point de la liste</source>
      <translation>بند القائمة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="155" />
      <source>Point de rendez-vous</source>
      <translation>نقطة اللقاء</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="227" />
      <source>Position</source>
      <translation>الموقف</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="189" />
      <location filename="../../app/services/safety/personal_data.py" line="243" />
      <source>Pour</source>
      <translation>لـ</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="190" />
      <source>Pour le</source>
      <translation>قبل يوم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="213" />
      <source>Prix unitaire</source>
      <translation>سعر الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="168" />
      <source>Problème</source>
      <translation>المشكلة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="210" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="129" />
      <source>Prénom</source>
      <translation>الاسم الشخصي</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="167" />
      <source>Publié</source>
      <translation>منشور</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="212" />
      <source>Quantité</source>
      <translation>الكمية</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="163" />
      <source>Raison</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="183" />
      <source>Relevée le</source>
      <translation>قُرئت في</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="182" />
      <source>Relevée par</source>
      <translation>قرأتها</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="223" />
      <source>Remboursé le</source>
      <translation>رُدّ في</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="131" />
      <source>Rôle</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="64" />
      <source>Ses données contiennent des évaluations : tapez le code PIN des évaluations.</source>
      <translation>تحتوي بياناتها على تقييمات: اكتبي رمز PIN للتقييمات.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="231" />
      <source>Signé le</source>
      <translation>وُقّع في</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="144" />
      <source>Situation</source>
      <translation>الوضع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="232" />
      <source>Sous-groupe</source>
      <translation>مجموعة فرعية</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="166" />
      <source>Suppléante</source>
      <translation>النائبة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="214" />
      <source>TVA</source>
      <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="180" />
      <source>Température (°C)</source>
      <translation>درجة الحرارة (°م)</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="188" />
      <source>Texte</source>
      <translation>النص</translation>
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="23" />
      <source>Tout ce que l'application Coopér'Actives garde sur cette personne, le {date}. Rien d'autre n'est enregistré.</source>
      <translation>كل ما يحفظه تطبيق Coopér'Actives عن هذا الشخص، يوم {date}. لا يوجد شيء آخر محفوظ.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="149" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="135" />
      <source>Téléphone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="209" />
      <source>Vente</source>
      <translation>البيع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="204" />
      <source>Version (nombre d'enregistrements)</source>
      <translation>الإصدار (عدد مرات الحفظ)</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="186" />
      <source>À faire ensuite</source>
      <translation>ما يجب فعله بعد ذلك</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="187" />
      <source>Écrit le</source>
      <translation>كُتب في</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="184" />
      <source>Écrit par</source>
      <translation>كتبته</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="157" />
      <source>État</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="234" />
      <source>Évaluation</source>
      <translation>التقييم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="235" />
      <source>Évaluatrice</source>
      <translation>المقيّمة</translation>
    </message>
  </context>
  <context>
    <name>portfolio</name>
    <message>
      <location filename="../../app/printing/portfolio.py" line="321" />
      <source>Attestation</source>
      <translation>الشهادة</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="136" />
      <source>Aucune journée de vente menée.</source>
      <translation>لم تُدِر أي يوم بيع.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="248" />
      <source>Compétences</source>
      <translation>الكفاءات</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="143" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="230" />
      <source>Domaine</source>
      <translation>المجال</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/printing/portfolio.py" line="109" />
      <source>Elle a organisé la journée de toute l'équipe %n fois, comme déléguée du jour : {days}.</source>
      <translation>
        <numerusform>نظّمت يوم الفريق كله %n مرة، كمندوبة اليوم: {days}.</numerusform>
        <numerusform>نظّمت يوم الفريق كله مرة واحدة، كمندوبة اليوم: {days}.</numerusform>
        <numerusform>نظّمت يوم الفريق كله مرتين، كمندوبة اليوم: {days}.</numerusform>
        <numerusform>نظّمت يوم الفريق كله %n مرات، كمندوبة اليوم: {days}.</numerusform>
        <numerusform>نظّمت يوم الفريق كله %n مرة، كمندوبة اليوم: {days}.</numerusform>
        <numerusform>نظّمت يوم الفريق كله %n مرة، كمندوبة اليوم: {days}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="101" />
      <source>Elle n'a pas encore été déléguée du jour.</source>
      <translation>لم تكن مندوبة اليوم بعد.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="190" />
      <source>Goût, dernière version goûtée</source>
      <translation>الطعم، آخر نسخة مُتذوَّقة</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="189" />
      <source>Goût, première version goûtée</source>
      <translation>الطعم، أول نسخة مُتذوَّقة</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="76" />
      <source>Heures et modules</source>
      <translation>الساعات والوحدات</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/printing/portfolio.py" line="115" />
      <source>Il a organisé la journée de toute l'équipe %n fois, comme délégué du jour : {days}.</source>
      <translation>
        <numerusform>نظّم يوم الفريق كله %n مرة، كمندوب اليوم: {days}.</numerusform>
        <numerusform>نظّم يوم الفريق كله مرة واحدة، كمندوب اليوم: {days}.</numerusform>
        <numerusform>نظّم يوم الفريق كله مرتين، كمندوب اليوم: {days}.</numerusform>
        <numerusform>نظّم يوم الفريق كله %n مرات، كمندوب اليوم: {days}.</numerusform>
        <numerusform>نظّم يوم الفريق كله %n مرة، كمندوب اليوم: {days}.</numerusform>
        <numerusform>نظّم يوم الفريق كله %n مرة، كمندوب اليوم: {days}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="102" />
      <source>Il n'a pas encore été délégué du jour.</source>
      <translation>لم يكن مندوب اليوم بعد.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="129" />
      <source>Journées de vente qu'elle a menées</source>
      <translation>أيام البيع التي أدارتها</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="130" />
      <source>Journées de vente qu'il a menées</source>
      <translation>أيام البيع التي أدارها</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="287" />
      <source>Les mots choisis par ses collègues pour la décrire : {list}.</source>
      <translation>الكلمات التي اختارتها زميلاتها لوصفها: {list}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="291" />
      <source>Les mots choisis par ses collègues pour le décrire : {list}.</source>
      <translation>الكلمات التي اختارها زملاؤه لوصفه: {list}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="207" />
      <source>Les produits vendus les jours qu'elle a menés, avec la note de goût donnée par les clients aux dégustations (de 1 à 5).</source>
      <translation>المنتجات المبيعة في الأيام التي أدارتها، مع تقييم الطعم الذي أعطاه الزبائن في التذوق (من 1 إلى 5).</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="212" />
      <source>Les produits vendus les jours qu'il a menés, avec la note de goût donnée par les clients aux dégustations (de 1 à 5).</source>
      <translation>المنتجات المبيعة في الأيام التي أدارها، مع تقييم الطعم الذي أعطاه الزبائن في التذوق (من 1 إلى 5).</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="145" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="147" />
      <source>Marge</source>
      <translation>الهامش</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="172" />
      <source>Marge : les ventes hors TVA moins le coût des ingrédients et des emballages.</source>
      <translation>الهامش: المبيعات دون ضريبة القيمة المضافة ناقص تكلفة المكونات والتغليف.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="85" />
      <source>Modules suivis : {modules}.</source>
      <translation>الوحدات التي تابعتها: {modules}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="231" />
      <source>Observées à l'évaluation</source>
      <translation>ما لوحظ في التقييم</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="255" />
      <source>Points forts observés à l'évaluation : {list}.</source>
      <translation>نقاط القوة الملاحظة في التقييم: {list}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="388" />
      <source>Portfolio d'un participant pour les employeurs : heures, journées, ventes, produits, compétences</source>
      <translation>ملف مشارك لأصحاب العمل: الساعات، الأيام، المبيعات، المنتجات، الكفاءات</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="383" />
      <source>Portfolio d'une participante pour les employeurs : heures, journées, ventes, produits, compétences</source>
      <translation>ملف مشاركة لأصحاب العمل: الساعات، الأيام، المبيعات، المنتجات، الكفاءات</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="350" />
      <source>Portfolio pour les employeurs</source>
      <translation>ملف لأصحاب العمل</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="29" />
      <source>Portfolio — {name}</source>
      <translation>الملف — {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="187" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="203" />
      <source>Produits créés et améliorés</source>
      <translation>منتجات صُنعت وحُسّنت</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="327" />
      <source>Son attestation de participation : {attended} suivies sur les {planned} prévues.</source>
      <translation>شهادة مشاركتها: {attended} من أصل {planned} مقررة.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="234" />
      <source>Son auto-évaluation</source>
      <translation>تقييمها الذاتي</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="267" />
      <source>Son auto-évaluation (ce qu'elle dit savoir déjà faire) : {list}.</source>
      <translation>تقييمها الذاتي (ما تقول إنها تتقنه بالفعل): {list}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="271" />
      <source>Son auto-évaluation (ce qu'il dit savoir déjà faire) : {list}.</source>
      <translation>تقييمه الذاتي (ما يقول إنه يتقنه بالفعل): {list}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="144" />
      <source>Type de vente</source>
      <translation>نوع البيع</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="146" />
      <source>Ventes (TVAC)</source>
      <translation>المبيعات (مع الضريبة)</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="188" />
      <source>Versions</source>
      <translation>النسخ</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="308" />
      <source>{cohort}, du {start} au {end}</source>
      <translation>{cohort}، من {start} إلى {end}</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/portfolio.py" line="118" />
      <source>{name} n'a pas donné son accord pour un portfolio : notez d'abord son accord. Rien n'est imprimé.</source>
      <translation>لم تعطِ {name} موافقتها على ملف: سجّلي موافقتها أولاً. لا يُطبع شيء.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/portfolio.py" line="146" />
      <source>{name} n'a pas fait partie de cette cohorte.</source>
      <translation>{name} لم تكن في هذه المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="369" />
      <source>Établi le {date}, avec son accord.</source>
      <translation>أُعدّ في {date}، بموافقتها.</translation>
    </message>
  </context>
  <context>
    <name>portfolio_man</name>
    <message>
      <location filename="../../app/printing/portfolio.py" line="137" />
      <source>Aucune journée de vente menée.</source>
      <translation>لم يُدِر أي يوم بيع.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="86" />
      <source>Modules suivis : {modules}.</source>
      <translation>الوحدات التي تابعها: {modules}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="332" />
      <source>Son attestation de participation : {attended} suivies sur les {planned} prévues.</source>
      <translation>شهادة مشاركته: {attended} من أصل {planned} مقررة.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="235" />
      <source>Son auto-évaluation</source>
      <translation>تقييمه الذاتي</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/portfolio.py" line="123" />
      <source>{name} n'a pas donné son accord pour un portfolio : notez d'abord son accord. Rien n'est imprimé.</source>
      <translation>لم يعطِ {name} موافقته على ملف: سجّلي موافقته أولاً. لا يُطبع شيء.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/portfolio.py" line="147" />
      <source>{name} n'a pas fait partie de cette cohorte.</source>
      <translation>{name} لم يكن في هذه المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="370" />
      <source>Établi le {date}, avec son accord.</source>
      <translation>أُعدّ في {date}، بموافقته.</translation>
    </message>
  </context>
  <context>
    <name>prerequisites</name>
    <message>
      <location filename="../../app/services/schedule/activity_sources.py" line="58" />
      <source>commande payante de {customer}</source>
      <translation>طلبية مدفوعة من {customer}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/activity_sources.py" line="30" />
      <source>vente ({format}{place})</source>
      <translation>بيع ({format}{place})</translation>
    </message>
  </context>
  <context>
    <name>price_list</name>
    <message>
      <location filename="../../app/printing/price_list.py" line="43" />
      <source>Allergènes</source>
      <translation>مسببات الحساسية</translation>
    </message>
    <message>
      <location filename="../../app/printing/price_list.py" line="57" />
      <source>Nos prix — {date}</source>
      <translation>أسعارنا — {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/price_list.py" line="42" />
      <source>Prix</source>
      <translation>السعر</translation>
    </message>
    <message>
      <location filename="../../app/printing/price_list.py" line="64" />
      <source>Prix TVA comprise. Allergènes : demandez-nous.</source>
      <translation>الأسعار شاملة الضريبة. مسببات الحساسية: اسألونا.</translation>
    </message>
    <message>
      <location filename="../../app/printing/price_list.py" line="67" />
      <source>Prix et allergènes des produits du stand</source>
      <translation>أسعار ومسببات الحساسية لمنتجات الكشك</translation>
    </message>
    <message>
      <location filename="../../app/printing/price_list.py" line="41" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
  </context>
  <context>
    <name>printing</name>
    <message numerus="yes">
      <location filename="../../app/printing/attendance_sheet.py" line="49" />
      <source>%n membre(s) attendue(s)</source>
      <translation>
        <numerusform>%n عضوة متوقعة</numerusform>
        <numerusform>%n عضوة متوقعة</numerusform>
        <numerusform>%n عضوتان متوقعتان</numerusform>
        <numerusform>%n عضوات متوقعات</numerusform>
        <numerusform>%n عضوة متوقعة</numerusform>
        <numerusform>%n عضوة متوقعة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="83" />
      <location filename="../../app/printing/portfolio.py" line="58" />
      <source>Activité</source>
      <translation>النشاط</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="56" />
      <location filename="../../app/printing/rotation.py" line="77" />
      <source>Adjointe</source>
      <translation>النائبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="61" />
      <source>Arrivée</source>
      <translation>الوصول</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="46" />
      <source>Attestation de participation</source>
      <translation>شهادة مشاركة</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="149" />
      <source>Attestation de participation à une coopérative éphémère</source>
      <translation>شهادة مشاركة في تعاونية مؤقتة</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="144" />
      <source>Attestation — {name}</source>
      <translation>شهادة — {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="51" />
      <source>Aucun membre attendu ce jour-là.</source>
      <translation>لا عضوة متوقعة في ذلك اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="102" />
      <source>Avant → après</source>
      <translation>قبل ← بعد</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="180" />
      <source>Cachet de l'organisation</source>
      <translation>ختم المنظمة</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="124" />
      <source>Ce qu'il faut acheter, en paquets, et ce que cela coûte</source>
      <translation>ما يجب شراؤه بالعبوات وكم يكلف</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="97" />
      <source>Changements</source>
      <translation>التغييرات</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="37" />
      <source>Chaque jour, une déléguée s'occupe de la journée ; l'adjointe l'aide et la remplace si elle est absente. Un échange ? Notez-le dans l'application.</source>
      <translation>كل يوم، مندوبة تهتم باليوم؛ والنائبة تساعدها وتحل مكانها إذا كانت غائبة. تبديل؟ سجّليه في التطبيق.</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="126" />
      <source>Comment y aller : {note}</source>
      <translation>كيفية الوصول: {note}</translation>
    </message>
    <message>
      <location filename="../../app/printing/tasting_form.py" line="78" />
      <source>Dégustation : {product}</source>
      <translation>تذوّق: {product}</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="70" />
      <source>Délégué : {name}</source>
      <translation>مندوب اليوم: {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="55" />
      <location filename="../../app/printing/rotation.py" line="75" />
      <source>Déléguée</source>
      <translation>المندوبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="72" />
      <source>Déléguée : {name}</source>
      <translation>مندوبة اليوم: {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="32" />
      <source>Déléguées du jour — {cohort}</source>
      <translation>مندوبات اليوم — {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="120" />
      <source>Elle a suivi {attended} sur les {planned} prévues.</source>
      <translation>حضرت {attended} من أصل {planned} مقررة.</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="196" />
      <source>Fait à Liège, le {date}.</source>
      <translation>حُرّر في لييج، يوم {date}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="40" />
      <source>Feuille de présence</source>
      <translation>ورقة الحضور</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="95" />
      <source>Feuilles de présence — semaine {week} — {cohort}</source>
      <translation>أوراق الحضور — الأسبوع {week} — {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/tasting_form.py" line="48" />
      <source>Formulaire n° ______</source>
      <translation>الاستمارة رقم ______</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="84" />
      <location filename="../../app/printing/portfolio.py" line="59" />
      <source>Heures prévues</source>
      <translation>الساعات المقررة</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="79" />
      <location filename="../../app/printing/attestation.py" line="85" />
      <location filename="../../app/printing/portfolio.py" line="60" />
      <source>Heures suivies</source>
      <translation>الساعات المتابَعة</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="118" />
      <source>Il a suivi {attended} sur les {planned} prévues.</source>
      <translation>حضر {attended} من أصل {planned} مقررة.</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="54" />
      <location filename="../../app/printing/rotation.py" line="100" />
      <source>Jour</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="81" />
      <source>Jour de vente</source>
      <translation>يوم البيع</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="49" />
      <source>Le planning n'est pas encore fait.</source>
      <translation>الجدول لم يُعمل بعد.</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="248" />
      <source>Les matinées, les ventes et les déléguées de la semaine</source>
      <translation>صباحات الأسبوع ومبيعاته ومندوباته</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="103" />
      <source>Les membres attendues à chaque matinée, avec leur signature</source>
      <translation>العضوات المتوقعات في كل صباح، مع توقيعهن</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="60" />
      <location filename="../../app/printing/rotation.py" line="74" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/printing/tasting_form.py" line="83" />
      <source>Merci de goûter notre produit ! Cochez une case par ligne (1 = pas bon, 5 = très bon).</source>
      <translation>شكراً لتذوّق منتجنا! ضعي علامة في خانة واحدة في كل سطر (1 = غير جيد، 5 = جيد جداً).</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="129" />
      <source>Modules suivis</source>
      <translation>الوحدات المتابَعة</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="48" />
      <source>Nous attestons que</source>
      <translation>نشهد بأن</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="59" />
      <source>N°</source>
      <translation>رقم</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="173" />
      <source>N° d'entreprise (BCE) : {n}</source>
      <translation>رقم المؤسسة (BCE): {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/document.py" line="210" />
      <location filename="../../app/printing/document.py" line="212" />
      <source>Page {n} / {total}</source>
      <translation>صفحة {n} / {total}</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="112" />
      <source>Pas de matinée</source>
      <translation>لا توجد فترة صباحية</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="103" />
      <source>Pourquoi</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../app/printing/tasting_form.py" line="108" />
      <source>Questionnaire de dégustation</source>
      <translation>استمارة التذوّق</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="122" />
      <source>Qui est déléguée du jour, et quand</source>
      <translation>من هي مندوبة اليوم، ومتى</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="101" />
      <source>Quoi</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="57" />
      <source>Remarque</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="121" />
      <source>Rendez-vous : {place}</source>
      <translation>اللقاء: {place}</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="205" />
      <source>Semaine du {start} au {end}</source>
      <translation>الأسبوع من {start} إلى {end}</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="62" />
      <source>Signature</source>
      <translation>التوقيع</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="77" />
      <source>Signature de l'animatrice :</source>
      <translation>توقيع المنشطة:</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="169" />
      <source>Signature de la coordinatrice</source>
      <translation>توقيع المنسقة</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="100" />
      <location filename="../../app/printing/portfolio.py" line="70" />
      <location filename="../../app/printing/portfolio.py" line="162" />
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="71" />
      <source>Tours par personne</source>
      <translation>عدد المرات لكل شخص</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="70" />
      <location filename="../../app/printing/portfolio.py" line="353" />
      <source>Une coopérative éphémère est une formation pratique de trois mois : les participantes créent ensemble une activité de cuisine et vendent de vrais produits à de vrais clients.</source>
      <translation>التعاونية المؤقتة هي تدريب عملي مدته ثلاثة أشهر: المشاركات ينشئن معًا نشاط طبخ ويبعن منتجات حقيقية لزبائن حقيقيين.</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="61" />
      <source>Vente</source>
      <translation>البيع</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="54" />
      <source>a participé à la coopérative éphémère « {cohort} » organisée par {organisation}, du {start} au {end}.</source>
      <translation>شاركت في التعاونية المؤقتة «{cohort}» التي نظمتها {organisation}، من {start} إلى {end}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="91" />
      <source>annulée</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="76" />
      <source>dont ventes</source>
      <translation>منها مبيعات</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="170" />
      <source>pour {organisation}</source>
      <translation>عن {organisation}</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="89" />
      <source>Écart entre le plus et le moins de tours : {n}.</source>
      <translation>الفرق بين أكثر وأقل عدد من المرات: {n}.</translation>
    </message>
  </context>
  <context>
    <name>programme</name>
    <message numerus="yes">
      <location filename="../../app/services/programme/report_tables.py" line="195" />
      <source>%n membre(s) ont donné leur accord pour le suivi ; les autres ne sont pas comptées.</source>
      <translation>
        <numerusform>%n عضوة أعطت موافقتها على المتابعة؛ الأخريات غير محسوبات.</numerusform>
        <numerusform>%n عضوة أعطت موافقتها على المتابعة؛ الأخريات غير محسوبات.</numerusform>
        <numerusform>%n عضوتان أعطتا موافقتهما على المتابعة؛ الأخريات غير محسوبات.</numerusform>
        <numerusform>%n عضوات أعطين موافقتهن على المتابعة؛ الأخريات غير محسوبات.</numerusform>
        <numerusform>%n عضوة أعطت موافقتها على المتابعة؛ الأخريات غير محسوبات.</numerusform>
        <numerusform>%n عضوة أعطت موافقتها على المتابعة؛ الأخريات غير محسوبات.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="192" />
      <source>Après le programme</source>
      <translation>بعد البرنامج</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report.py" line="141" />
      <location filename="../../app/services/programme/report.py" line="222" />
      <source>Aucune cohorte pendant cette période : rien à rapporter.</source>
      <translation>لا توجد مجموعة في هذه الفترة: لا شيء للإبلاغ عنه.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="228" />
      <source>Aucune grille d'observation remplie.</source>
      <translation>لم تُملأ أي شبكة ملاحظة.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="217" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="217" />
      <source>Compétence</source>
      <translation>الكفاءة</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="143" />
      <source>Coût des produits</source>
      <translation>تكلفة المنتجات</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="133" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="105" />
      <source>En gris : heures prévues ; en vert : heures faites.</source>
      <translation>بالرمادي: الساعات المخطط لها؛ بالأخضر: الساعات المنجزة.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="84" />
      <source>Fait / objectif</source>
      <translation>المنجز / الهدف</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="73" />
      <location filename="../../app/services/programme/report_tables.py" line="82" />
      <source>Faites</source>
      <translation>المنجزة</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="140" />
      <source>Format</source>
      <translation>الصيغة</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="66" />
      <source>Genre : {gender}</source>
      <translation>الجنس: {gender}</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="121" />
      <source>Heures de marrainage</source>
      <translation>ساعات المرافقة (العرّابة)</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="78" />
      <source>Heures par rapport aux objectifs</source>
      <translation>الساعات مقارنة بالأهداف</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="72" />
      <source>Heures prévues et faites, par type de matinée</source>
      <translation>الساعات المخطط لها والمنجزة، حسب نوع الصباح</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="119" />
      <source>Heures suivies par les membres</source>
      <translation>الساعات التي حضرتها العضوات</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="141" />
      <source>Jours</source>
      <translation>الأيام</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report.py" line="133" />
      <source>La fin de la période est avant son début.</source>
      <translation>نهاية الفترة قبل بدايتها.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="133" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="144" />
      <source>Marge</source>
      <translation>الهامش</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="98" />
      <source>Matinées</source>
      <translation>الصباحات</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="120" />
      <source>Matinées de marrainage</source>
      <translation>صباحات المرافقة (العرّابة)</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="127" />
      <source>Matinées faites</source>
      <translation>الصباحات المنجزة</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="127" />
      <source>Module</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="126" />
      <source>Modules</source>
      <translation>الوحدات</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="219" />
      <source>Niveau {level}</source>
      <translation>المستوى {level}</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="53" />
      <location filename="../../app/services/programme/report_tables.py" line="111" />
      <source>Nombre</source>
      <translation>العدد</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="211" />
      <source>Non incluses : les évaluations ne s'impriment qu'avec le code PIN de la coordinatrice.</source>
      <translation>غير مدرجة: لا تُطبع التقييمات إلا بالرمز السري للمنسقة.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report.py" line="159" />
      <source>Non précisé</source>
      <translation>غير محدد</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="83" />
      <source>Objectif</source>
      <translation>الهدف</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="52" />
      <location filename="../../app/services/programme/report_tables.py" line="55" />
      <source>Participantes</source>
      <translation>المشاركات</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="80" />
      <source>Partie</source>
      <translation>الجزء</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="62" />
      <source>Pays d'origine : {country}</source>
      <translation>بلد الأصل: {country}</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="110" />
      <source>Présences</source>
      <translation>الحضور</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="114" />
      <source>Présences notées (membre × matinée)</source>
      <translation>الحضور المسجّل (عضوة × صباح)</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="117" />
      <source>Présente ou en retard</source>
      <translation>حاضرة أو متأخرة</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="73" />
      <location filename="../../app/services/programme/report_tables.py" line="81" />
      <source>Prévues</source>
      <translation>المخطط لها</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="53" />
      <location filename="../../app/services/programme/report_tables.py" line="111" />
      <source>Quoi</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="82" />
      <source>Rapport du programme</source>
      <translation>تقرير البرنامج</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="30" />
      <source>Rapport du programme — du {start} au {end}</source>
      <translation>تقرير البرنامج — من {start} إلى {end}</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="27" />
      <source>Rapport du programme — {cohort}</source>
      <translation>تقرير البرنامج — {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="115" />
      <source>Rapport pour la direction et les bailleurs : participantes, heures, ventes, évaluations</source>
      <translation>تقرير للإدارة والجهات المموّلة: المشاركات، الساعات، المبيعات، التقييمات</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="142" />
      <source>Recette HTVA</source>
      <translation>المدخول بدون الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="166" />
      <source>Recette TVAC {incl}, dépenses {expenses}, résultat (recette HTVA − dépenses) {profit}.</source>
      <translation>المدخول مع الضريبة {incl}، المصاريف {expenses}، النتيجة (المدخول بدون الضريبة − المصاريف) {profit}.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="57" />
      <source>Restées jusqu'à la fin de leur cohorte</source>
      <translation>بقين حتى نهاية مجموعتهن</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="184" />
      <source>Situation</source>
      <translation>الوضع</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="118" />
      <source>Taux de présence</source>
      <translation>نسبة الحضور</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report.py" line="251" />
      <location filename="../../app/services/programme/report_tables.py" line="158" />
      <source>Total</source>
      <translation>المجموع الكلي</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="73" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="138" />
      <source>Ventes par format</source>
      <translation>المبيعات حسب الصيغة</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="133" />
      <source>Visite</source>
      <translation>الزيارة</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="132" />
      <source>Visites</source>
      <translation>الزيارات</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="86" />
      <source>{cohorts}, du {start} au {end}</source>
      <translation>{cohorts}، من {start} إلى {end}</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="204" />
      <source>Évaluations (membres par niveau, sans noms)</source>
      <translation>التقييمات (العضوات حسب المستوى، بدون أسماء)</translation>
    </message>
  </context>
  <context>
    <name>punctuation</name>
    <message>
      <location filename="../../app/i18n.py" line="216" />
      <source>{before} → {after}</source>
      <translation>{before} ← {after}</translation>
    </message>
    <message>
      <location filename="../../app/i18n.py" line="210" />
      <source>{first} — {second}</source>
      <translation>{first} — {second}</translation>
    </message>
    <message>
      <location filename="../../app/printing/label_value.py" line="16" />
      <location filename="../../app/printing/label_value.py" line="17" />
      <source>{label} :</source>
      <translation>{label}:</translation>
    </message>
    <message>
      <location filename="../../app/i18n.py" line="195" />
      <source>{label} : {value}</source>
      <translation>{label}: {value}</translation>
    </message>
  </context>
  <context>
    <name>quote</name>
    <message>
      <location filename="../../app/services/menus/orders.py" line="38" />
      <source>Acompte de 30 % à la confirmation. Solde à la livraison, en espèces, par carte ou par virement. Les quantités peuvent être modifiées jusqu'à 5 jours avant la date.</source>
      <translation>عربون 30 % عند التأكيد. الباقي عند التسليم، نقدًا أو بالبطاقة أو بالتحويل البنكي. يمكن تغيير الكميات حتى 5 أيام قبل التاريخ.</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="113" />
      <source>Base hors TVA</source>
      <translation>المبلغ بدون الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="211" />
      <source>Bon pour accord (date et signature) :</source>
      <translation>موافق (التاريخ والتوقيع):</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="189" />
      <source>Conditions</source>
      <translation>الشروط</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="46" />
      <source>Contact : {contact}</source>
      <translation>للتواصل: {contact}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="48" />
      <source>Date de l'événement : {date}</source>
      <translation>تاريخ المناسبة: {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="63" />
      <source>Devis fait le {date}, valable jusqu'au {until}</source>
      <translation>عرض سعر بتاريخ {date}، صالح حتى {until}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="158" />
      <source>Devis n° {id}</source>
      <translation>عرض سعر رقم {id}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="218" />
      <source>Devis pour {customer}</source>
      <translation>عرض سعر لـ {customer}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="51" />
      <source>Nombre de personnes : {n}</source>
      <translation>عدد الأشخاص: {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="35" />
      <source>N° d'entreprise (BCE) : {n}</source>
      <translation>رقم المؤسسة (BCE): {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="37" />
      <source>N° de TVA : {n}</source>
      <translation>رقم الضريبة: {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="196" />
      <source>Paiement par virement sur le compte {iban} de {name}, avec la communication « Devis {id} ».</source>
      <translation>الدفع بالتحويل إلى الحساب {iban} باسم {name}، مع ذكر «عرض سعر {id}».</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="44" />
      <source>Pour : {customer}</source>
      <translation>إلى: {customer}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="84" />
      <source>Prix unitaire</source>
      <translation>سعر الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="91" />
      <source>Prix unitaire TVAC</source>
      <translation>سعر الوحدة مع الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="82" />
      <location filename="../../app/printing/quote.py" line="89" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="83" />
      <location filename="../../app/printing/quote.py" line="90" />
      <source>Quantité</source>
      <translation>الكمية</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="171" />
      <source>Régime particulier de franchise des petites entreprises — TVA non applicable</source>
      <translation>النظام الخاص بإعفاء المؤسسات الصغيرة — الضريبة على القيمة المضافة غير مطبقة</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="92" />
      <location filename="../../app/printing/quote.py" line="114" />
      <source>TVA</source>
      <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="112" />
      <source>Taux de TVA</source>
      <translation>نسبة الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="85" />
      <location filename="../../app/printing/quote.py" line="129" />
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="93" />
      <location filename="../../app/printing/quote.py" line="115" />
      <source>Total TVAC</source>
      <translation>المجموع مع الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="176" />
      <source>Total à payer : {total}</source>
      <translation>المجموع المستحق: {total}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="181" />
      <source>Total à payer : {total} TVA comprise</source>
      <translation>المبلغ الذي يجب دفعه: {total} مع ضريبة القيمة المضافة</translation>
    </message>
  </context>
  <context>
    <name>recipes</name>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="288" />
      <source>Ajoutez au moins un ingrédient.</source>
      <translation>أضيفي مكوّنًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="387" />
      <source>Cette recette a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>تغيّرت هذه الوصفة منذ أن فتحتِ هذه النافذة: تعرض الحقول الآن قيمها الجديدة. أعيدي تغييراتك ثم احفظي.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="245" />
      <source>Choisissez g, ml ou pièce.</source>
      <translation>اختاري g أو ml أو قطعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="257" />
      <source>Choisissez le type de date.</source>
      <translation>اختاري نوع التاريخ.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="294" />
      <source>Choisissez un ingrédient de la liste.</source>
      <translation>اختاري مكوّنًا من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="239" />
      <source>Choisissez unités ou portions.</source>
      <translation>اختاري وحدات أو حصصًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="308" />
      <source>Choix « mis en avant » inconnu.</source>
      <translation>اختيار «مُبرَز» غير معروف.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="266" />
      <source>Format de vente inconnu.</source>
      <translation>شكل بيع غير معروف.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="250" />
      <source>L'emballage ne peut pas coûter moins que zéro.</source>
      <translation>لا يمكن أن تكون تكلفة التغليف أقل من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="254" />
      <source>La durée de conservation va de 1 à 3650 jours.</source>
      <translation>مدة الحفظ من 1 إلى 3650 يومًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="300" />
      <source>La quantité de « {name} » doit être plus grande que zéro.</source>
      <translation>كمية «{name}» يجب أن تكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="272" />
      <source>Le code produit ne contient que des chiffres (12 au plus).</source>
      <translation>رمز المنتج فيه أرقام فقط (12 على الأكثر).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="242" />
      <source>Le poids net doit être plus grand que zéro.</source>
      <translation>الوزن الصافي يجب أن يكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="262" />
      <source>Le prix ne peut pas être négatif.</source>
      <translation>لا يمكن أن يكون السعر سالبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="232" />
      <source>Le rendement doit être plus grand que zéro (par exemple 30 energy balls).</source>
      <translation>الكمية الناتجة يجب أن تكون أكبر من صفر (مثلًا 30 energy balls).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="221" />
      <source>Le taux de TVA doit être entre 0 et 100 %.</source>
      <translation>نسبة ضريبة القيمة المضافة يجب أن تكون بين 0 و 100 %.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="279" />
      <source>Une perte à la cuisson va de 0 à {loss} % ; l'eau absorbée, de 0 à {gain} %.</source>
      <translation>الفقد عند الطهي من 0 إلى {loss} %؛ والماء الممتص من 0 إلى {gain} %.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="227" />
      <source>le nom de la recette</source>
      <translation>اسم الوصفة</translation>
    </message>
  </context>
  <context>
    <name>sales</name>
    <message>
      <location filename="../../app/services/sales/result.py" line="79" />
      <source>= Marge brute</source>
      <translation>= الهامش الإجمالي</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/result.py" line="99" />
      <source>= Résultat</source>
      <translation>= النتيجة</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="336" />
      <source>Aucune vente le {date}.</source>
      <translation>لا يوجد بيع يوم {date}.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="203" />
      <source>Caisse {amount}</source>
      <translation>الصندوق {amount}</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="162" />
      <source>Ce jour a changé depuis que vous avez ouvert cette page : les chiffres ont été mis à jour.</source>
      <translation>تغيّر هذا اليوم منذ أن فتحتِ هذه الصفحة: تم تحديث الأرقام.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="75" />
      <source>Ce nombre est trop grand.</source>
      <translation>هذا الرقم كبير جدًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="123" />
      <location filename="../../app/services/sales/events.py" line="381" />
      <location filename="../../app/services/sales/tally.py" line="53" />
      <source>Ce produit n'est pas en vente ce jour-là.</source>
      <translation>هذا المنتج ليس للبيع في ذلك اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="228" />
      <source>Cette commande n'existe plus.</source>
      <translation>هذه الطلبية لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="149" />
      <source>Cette dépense est déjà annulée.</source>
      <translation>هذه المصاريف ملغاة بالفعل.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="117" />
      <source>Cette journée est clôturée : notez la dépense sans la lier à la vente.</source>
      <translation>هذا اليوم مغلق: سجّلي المصاريف بدون ربطها بالبيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="175" />
      <source>Cette journée est clôturée. Pour changer quelque chose, faites une correction.</source>
      <translation>هذا اليوم مغلق. لتغيير شيء، اعملي تصحيحًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="58" />
      <source>Cette journée est déjà clôturée.</source>
      <translation>هذا اليوم مغلق بالفعل.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="65" />
      <location filename="../../app/services/sales/closing.py" line="120" />
      <location filename="../../app/services/sales/events.py" line="215" />
      <source>Cette personne n'existe plus.</source>
      <translation>هذا الشخص لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="158" />
      <source>Cette pièce ou ce billet n'existe pas.</source>
      <translation>هذه القطعة النقدية أو هذه الورقة النقدية غير موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="113" />
      <source>Cette vente n'existe pas dans la cohorte.</source>
      <translation>هذا البيع غير موجود في المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/result.py" line="77" />
      <source>Chiffre d'affaires HTVA</source>
      <translation>رقم المعاملات دون الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="221" />
      <source>Choisissez au moins un produit à vendre.</source>
      <translation>اختاري منتجًا واحدًا على الأقل للبيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="209" />
      <location filename="../../app/services/sales/expenses.py" line="99" />
      <location filename="../../app/services/sales/sharing.py" line="182" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation>اختاري مجموعة أولًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="213" />
      <source>Choisissez le type de vente.</source>
      <translation>اختاري نوع البيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="80" />
      <source>Choisissez les personnes qui reçoivent une part.</source>
      <translation>اختاري الأشخاص الذين يأخذون حصة.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="93" />
      <source>Choisissez parts égales ou selon les heures.</source>
      <translation>اختاري حصصًا متساوية أو حسب الساعات.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="184" />
      <source>Choisissez un moyen de paiement.</source>
      <translation>اختاري طريقة الدفع.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="107" />
      <source>Choisissez une catégorie.</source>
      <translation>اختاري فئة.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="111" />
      <source>Choisissez vendu, invendu ou offert.</source>
      <translation>اختاري: مَبيع، أو غير مَبيع، أو مُهدى.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="185" />
      <source>Clôture de la journée</source>
      <translation>إغلاق اليوم</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="62" />
      <source>Comptez d'abord la caisse (pièces et billets), puis clôturez.</source>
      <translation>عُدّي الصندوق أولًا (القطع والأوراق النقدية)، ثم أغلقي اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="70" />
      <source>Des ventes ont changé depuis le comptage : recomptez la caisse.</source>
      <translation>تغيّرت بعض المبيعات بعد العدّ: عُدّي الصندوق مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="130" />
      <source>Dites pourquoi de l'argent entre ou sort.</source>
      <translation>قولي لماذا يدخل المال أو يخرج.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="70" />
      <source>Il n'y a pas de résultat positif à partager.</source>
      <translation>لا يوجد ربح للتقسيم.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/tally.py" line="106" />
      <source>Il n'y a rien à enlever : ce compte est déjà à zéro.</source>
      <translation>لا يوجد شيء لإزالته: هذا الحساب صفر بالفعل.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="125" />
      <location filename="../../app/services/sales/tally.py" line="114" />
      <source>Impossible : ce compte deviendrait négatif.</source>
      <translation>غير ممكن: هذا الحساب سيصبح سالبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="117" />
      <source>Indiquez combien ajouter ou enlever.</source>
      <translation>اكتبي كم تريدين أن تضيفي أو تزيلي.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="101" />
      <source>Indiquez la date de l'achat.</source>
      <translation>اكتبي تاريخ الشراء.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="184" />
      <source>Indiquez la date de la décision.</source>
      <translation>اكتبي تاريخ القرار.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="211" />
      <source>Indiquez la date de la vente.</source>
      <translation>اكتبي تاريخ البيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="103" />
      <source>Indiquez le montant de la dépense.</source>
      <translation>اكتبي مبلغ المصاريف.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="88" />
      <source>Indiquez les heures de présence.</source>
      <translation>اكتبي ساعات الحضور.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="127" />
      <location filename="../../app/services/sales/closing.py" line="142" />
      <source>Indiquez un montant différent de zéro.</source>
      <translation>اكتبي مبلغًا غير الصفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="169" />
      <source>La caisse a une différence de {diff}. Expliquez en quelques mots (par exemple : erreur de monnaie).</source>
      <translation>في الصندوق فرق قدره {diff}. اشرحي في كلمات قليلة (مثلًا: خطأ في إرجاع الباقي).</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="92" />
      <source>La journée est encore ouverte : changez simplement les comptes.</source>
      <translation>اليوم ما زال مفتوحًا: غيّري الأعداد فقط.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="72" />
      <location filename="../../app/services/sales/sharing.py" line="189" />
      <source>La part du fonds commun va de 0 à 100 %.</source>
      <translation>حصة الصندوق المشترك من 0 إلى 100 %.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="191" />
      <source>La révision vient après la décision.</source>
      <translation>المراجعة تأتي بعد القرار.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="368" />
      <source>Le code « {code} » ne correspond à aucun produit de la vente.</source>
      <translation>الرمز «{code}» لا يطابق أي منتج في هذا البيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="218" />
      <location filename="../../app/services/sales/events.py" line="299" />
      <source>Le fonds de caisse ne peut pas être négatif.</source>
      <translation>لا يمكن أن يكون مبلغ بداية الصندوق سالبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="105" />
      <source>Le montant doit être plus grand que zéro.</source>
      <translation>المبلغ يجب أن يكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="114" />
      <source>Les heures vont de 0 à 2000.</source>
      <translation>الساعات من 0 إلى 2000.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="181" />
      <source>Marquez plutôt la dépense de départ.</source>
      <translation>الأفضل أن تؤشّري على المصاريف الأصلية.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="179" />
      <source>Personne n'a avancé cet argent.</source>
      <translation>لا أحد دفع هذا المال من جيبه.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="342" />
      <source>Plusieurs ventes le {date} : précisez la cohorte.</source>
      <translation>عدة مبيعات يوم {date}: حدّدي المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="64" />
      <source>Pour {d}, écrivez un nombre de pièces ou de billets (des chiffres).</source>
      <translation>لـ {d}، اكتبي عدد القطع أو الأوراق النقدية (بالأرقام).</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/tally.py" line="102" />
      <source>Un appui compte +1 ou −1.</source>
      <translation>كل ضغطة تحسب +1 أو −1.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="73" />
      <location filename="../../app/services/sales/tally.py" line="243" />
      <source>Un nombre ne peut pas être négatif.</source>
      <translation>لا يمكن أن يكون العدد سالبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="226" />
      <source>Un produit choisi n'existe plus.</source>
      <translation>أحد المنتجات المختارة لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="223" />
      <source>Un produit est choisi deux fois.</source>
      <translation>تم اختيار منتج مرتين.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="84" />
      <location filename="../../app/services/sales/expenses.py" line="152" />
      <source>Une correction a besoin d'une raison.</source>
      <translation>التصحيح يحتاج إلى سبب.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="146" />
      <source>Une correction ne s'annule pas.</source>
      <translation>لا يمكن إلغاء التصحيح.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="207" />
      <source>Une personne n'est pas membre de la cohorte.</source>
      <translation>أحد الأشخاص ليس عضوة في المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="90" />
      <source>{date} · {kind}</source>
      <translation>{date} · {kind}</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="84" />
      <source>{date} · {kind} – {place}</source>
      <translation>{date} · {kind} – {place}</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/tally.py" line="298" />
      <source>{n} : c'est beaucoup. Est-ce bien le bon nombre ?</source>
      <translation>{n}: هذا كثير. هل هذا هو العدد الصحيح؟</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/tally.py" line="239" />
      <source>« {text} » n'est pas un nombre entier.</source>
      <translation>«{text}» ليس عددًا صحيحًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="111" />
      <source>« {t} » n'est pas un nombre d'heures.</source>
      <translation>«{t}» ليس عدد ساعات.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="218" />
      <source>Écrivez l'objection avant sa réponse.</source>
      <translation>اكتبي الاعتراض قبل جوابه.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="187" />
      <source>Écrivez la proposition.</source>
      <translation>اكتبي الاقتراح.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/result.py" line="78" />
      <source>− Coût matière des produits vendus</source>
      <translation>− تكلفة مواد المنتجات المبيعة</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/result.py" line="81" />
      <source>− Dépenses autres qu'ingrédients (emballages, transport, autre, sorties de caisse)</source>
      <translation>− مصاريف غير المكوّنات (التغليف، النقل، أخرى، مبالغ أُخذت من الصندوق)</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/result.py" line="90" />
      <source>− Écart sur les ingrédients (ingrédients payés {paid} − coût matière : stock restant, pertes)</source>
      <translation>− فرق المكوّنات (المكوّنات المدفوعة {paid} − تكلفة المواد: المخزون المتبقي، الخسائر)</translation>
    </message>
  </context>
  <context>
    <name>sales_print</name>
    <message>
      <location filename="../../app/printing/day_summary.py" line="256" />
      <source>(correction)</source>
      <translation>(تصحيح)</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="77" />
      <source>A participé</source>
      <translation>شاركت</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="176" />
      <source>Argent entré dans la caisse (compté − fonds de caisse)</source>
      <translation>المال الداخل إلى الصندوق (المعدود − رصيد البداية)</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="228" />
      <source>Attendu dans la caisse</source>
      <translation>المتوقع في الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="70" />
      <source>Aucune objection.</source>
      <translation>لا اعتراض.</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="223" />
      <source>Caisse</source>
      <translation>الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="203" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="196" />
      <location filename="../../app/printing/day_summary.py" line="301" />
      <source>Ce relevé vient d'un outil de comptage pour une coopérative de formation. Ce n'est pas une caisse enregistreuse certifiée.</source>
      <translation>هذا الكشف صادر عن أداة عدّ لتعاونية تدريب. وهو ليس آلة تسجيل نقدية معتمدة.</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="66" />
      <source>Chaque vente</source>
      <translation>كل بيع</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="60" />
      <source>Chiffre d'affaires TVAC</source>
      <translation>رقم المعاملات مع الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="275" />
      <source>Clôture et corrections</source>
      <translation>الإقفال والتصحيحات</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="105" />
      <source>Clôturée</source>
      <translation>مقفلة</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="230" />
      <source>Cohorte</source>
      <translation>المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="63" />
      <source>Comment elle a été intégrée</source>
      <translation>كيف أُخذ بعين الاعتبار</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="272" />
      <source>Comptage</source>
      <translation>العدّ</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="230" />
      <source>Compté</source>
      <translation>المعدود</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="74" />
      <location filename="../../app/printing/cohort_summary.py" line="102" />
      <location filename="../../app/printing/cohort_summary.py" line="124" />
      <source>Coût</source>
      <translation>التكلفة</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="189" />
      <source>Coût des produits offerts ou perdus</source>
      <translation>تكلفة المنتجات المهداة أو الضائعة</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="69" />
      <location filename="../../app/printing/day_summary.py" line="97" />
      <location filename="../../app/printing/day_summary.py" line="201" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="46" />
      <source>Date de la décision</source>
      <translation>تاريخ القرار</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="112" />
      <source>Date de révision</source>
      <translation>تاريخ المراجعة</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="236" />
      <source>Différence</source>
      <translation>الفرق</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="71" />
      <source>Décision</source>
      <translation>القرار</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="133" />
      <source>Décision de partage du résultat d'une cohorte</source>
      <translation>قرار تقاسم أرباح مجموعة</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="76" />
      <location filename="../../app/printing/day_summary.py" line="198" />
      <source>Dépenses</source>
      <translation>المصاريف</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="162" />
      <source>Dépenses et caisse</source>
      <translation>المصاريف والصندوق</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="227" />
      <source>Entrées et sorties d'argent</source>
      <translation>دخول المال وخروجه</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="246" />
      <source>Explication</source>
      <translation>التفسير</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="92" />
      <source>Fonds commun</source>
      <translation>الصندوق المشترك</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="225" />
      <source>Fonds de caisse au début</source>
      <translation>رصيد الصندوق في البداية</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="202" />
      <source>Fournisseur</source>
      <translation>المورّد</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="73" />
      <location filename="../../app/printing/cohort_summary.py" line="101" />
      <location filename="../../app/printing/cohort_summary.py" line="123" />
      <source>HTVA</source>
      <translation>دون الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="78" />
      <source>Heures</source>
      <translation>الساعات</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="52" />
      <source>Invendus</source>
      <translation>غير المبيع</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="118" />
      <source>Journée encore ouverte</source>
      <translation>اليوم ما زال مفتوحاً</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="71" />
      <location filename="../../app/printing/day_summary.py" line="99" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="75" />
      <location filename="../../app/printing/cohort_summary.py" line="103" />
      <location filename="../../app/printing/cohort_summary.py" line="125" />
      <source>Marge</source>
      <translation>الهامش</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="143" />
      <source>Meilleures ventes</source>
      <translation>الأكثر مبيعاً</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="186" />
      <location filename="../../app/printing/profit_sharing.py" line="76" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="56" />
      <source>Mode</source>
      <translation>الطريقة</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="144" />
      <location filename="../../app/printing/day_summary.py" line="205" />
      <location filename="../../app/printing/day_summary.py" line="251" />
      <source>Montant</source>
      <translation>المبلغ</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="251" />
      <source>Mouvement</source>
      <translation>الحركة</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="142" />
      <source>Moyen de paiement</source>
      <translation>وسيلة الدفع</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="51" />
      <source>Méthode</source>
      <translation>الطريقة</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="295" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="63" />
      <source>Objection</source>
      <translation>الاعتراض</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="59" />
      <source>Objections et leur intégration</source>
      <translation>الاعتراضات وكيف أُخذت بعين الاعتبار</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="53" />
      <source>Offert ou perdu hors vente</source>
      <translation>مُهدى أو ضائع خارج البيع</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="118" />
      <source>Par produit</source>
      <translation>حسب المنتج</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="96" />
      <source>Par type de vente</source>
      <translation>حسب نوع البيع</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="79" />
      <source>Part</source>
      <translation>الحصة</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="42" />
      <source>Partage du résultat</source>
      <translation>تقسيم الربح</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="128" />
      <source>Partage du résultat – {cohort}</source>
      <translation>تقسيم الربح – {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="73" />
      <source>Parts</source>
      <translation>الحصص</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="204" />
      <source>Payé par</source>
      <translation>دفعته</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="281" />
      <source>Pourquoi</source>
      <translation>لماذا</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="48" />
      <source>Prix</source>
      <translation>السعر</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="121" />
      <location filename="../../app/printing/day_summary.py" line="48" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="57" />
      <source>Proposition</source>
      <translation>الاقتراح</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="278" />
      <source>Quand</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="279" />
      <source>Qui</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="280" />
      <source>Quoi</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="54" />
      <source>Recette TVAC</source>
      <translation>الإيراد مع الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="139" />
      <source>Recette par moyen de paiement</source>
      <translation>الإيراد حسب وسيلة الدفع</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="63" />
      <source>Recette par vente (hors TVA)</source>
      <translation>الإيراد لكل بيع (دون الضريبة)</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="159" />
      <source>Recette, TVA et marge</source>
      <translation>الإيراد والضريبة والهامش</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="184" />
      <source>Remboursements dus aux membres</source>
      <translation>المبالغ المستحقة للعضوات</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="95" />
      <source>Reste des arrondis (au fonds commun)</source>
      <translation>باقي التقريب (للصندوق المشترك)</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="191" />
      <source>Rien à rembourser.</source>
      <translation>لا شيء للسداد.</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="236" />
      <source>Résultat</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="53" />
      <source>Résultat partagé</source>
      <translation>الربح المقسوم</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="95" />
      <source>Résumé de la journée de vente</source>
      <translation>ملخص يوم البيع</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="316" />
      <source>Résumé de vente du {date}</source>
      <translation>ملخص البيع ليوم {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="57" />
      <source>Résumé des ventes de la cohorte</source>
      <translation>ملخص مبيعات المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="169" />
      <source>Sorties de caisse (achats payés avec la caisse)</source>
      <translation>مبالغ أُخذت من الصندوق (مشتريات دُفعت من الصندوق)</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="148" />
      <location filename="../../app/printing/cohort_summary.py" line="154" />
      <location filename="../../app/printing/day_summary.py" line="165" />
      <source>TVA</source>
      <translation>الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="72" />
      <location filename="../../app/printing/cohort_summary.py" line="152" />
      <location filename="../../app/printing/cohort_summary.py" line="232" />
      <source>TVAC</source>
      <translation>مع الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="151" />
      <source>Taux</source>
      <translation>النسبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="162" />
      <source>Taux de TVA</source>
      <translation>نسبة الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="253" />
      <location filename="../../app/printing/day_summary.py" line="51" />
      <location filename="../../app/printing/day_summary.py" line="65" />
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="172" />
      <source>Total des dépenses payées</source>
      <translation>مجموع المصاريف المدفوعة</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="179" />
      <source>Total des écarts de caisse</source>
      <translation>مجموع فروقات الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="29" />
      <source>Tout est partagé {how}</source>
      <translation>كل شيء مقسّم {how}</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="22" />
      <source>Tout reste dans le fonds commun</source>
      <translation>كل شيء يبقى في الصندوق المشترك</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="70" />
      <location filename="../../app/printing/cohort_summary.py" line="99" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="98" />
      <source>Type de vente</source>
      <translation>نوع البيع</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="122" />
      <location filename="../../app/printing/day_summary.py" line="143" />
      <source>Unités</source>
      <translation>الوحدات</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="100" />
      <location filename="../../app/printing/cohort_summary.py" line="231" />
      <source>Ventes</source>
      <translation>المبيعات</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="255" />
      <source>Ventes de plusieurs cohortes</source>
      <translation>مبيعات عدة مجموعات</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="211" />
      <source>Ventes de {cohort}</source>
      <translation>مبيعات {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="273" />
      <source>Ventes des cohortes du {start} au {end}</source>
      <translation>مبيعات المجموعات من {start} إلى {end}</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="226" />
      <source>Ventes en espèces</source>
      <translation>المبيعات النقدية</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="122" />
      <source>Ventes par produit et moyen de paiement</source>
      <translation>المبيعات حسب المنتج ووسيلة الدفع</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="330" />
      <source>Ventes, TVA, marge et caisse d'une journée de vente</source>
      <translation>المبيعات والضريبة والهامش والصندوق ليوم بيع</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="219" />
      <source>Ventes, marge, TVA et caisse d'une cohorte</source>
      <translation>المبيعات والهامش والضريبة والصندوق لمجموعة</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="281" />
      <source>Ventes, marge, TVA et caisse de plusieurs cohortes</source>
      <translation>المبيعات والهامش والضريبة والصندوق لعدة مجموعات</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="40" />
      <source>consentement</source>
      <translation>التوافق</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="24" />
      <source>en parts égales</source>
      <translation>بحصص متساوية</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="215" />
      <source>la caisse</source>
      <translation>الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="87" />
      <source>non</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="87" />
      <source>oui</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="233" />
      <source>pas encore compté</source>
      <translation>لم يُعدّ بعد</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="26" />
      <source>selon les heures de présence</source>
      <translation>حسب ساعات الحضور</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="30" />
      <source>{fund} % au fonds commun, le reste {how}</source>
      <translation>{fund} % للصندوق المشترك، والباقي {how}</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="108" />
      <source>{when} par {name}</source>
      <translation>{when} بواسطة {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="129" />
      <source>« Offert » : donné à un client, compté dans les ventes à 0 €. « Offert ou perdu hors vente » : sorti du stock sans vente (goûté, abîmé, jeté).</source>
      <translation>«مُهدى»: أُعطي لزبون، ويُحسب في المبيعات بـ 0 €. «مُهدى أو ضائع خارج البيع»: خرج من المخزون دون بيع (تذوّق، تلف، رمي).</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="186" />
      <source>À rembourser</source>
      <translation>للسداد</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="77" />
      <source>Écart caisse</source>
      <translation>فرق الصندوق</translation>
    </message>
  </context>
  <context>
    <name>schedule</name>
    <message>
      <location filename="../../app/services/schedule/attendance_sheets.py" line="37" />
      <source>Aucune matinée prévue cette semaine : rien à imprimer.</source>
      <translation>لا يوجد صباح مخطط له هذا الأسبوع: لا شيء للطباعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/calendar.py" line="51" />
      <source>Avec : {name}</source>
      <translation>مع: {name}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="94" />
      <source>Ce module existe déjà.</source>
      <translation>هذه الوحدة موجودة بالفعل.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="284" />
      <location filename="../../app/services/schedule/prerequisites.py" line="122" />
      <location filename="../../app/services/schedule/term.py" line="185" />
      <source>Ce module n'existe plus.</source>
      <translation>هذه الوحدة لم تعد موجودة.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/schedule/subgroups.py" line="106" />
      <source>Ce sous-groupe a encore des matinées au programme : %n. Mettez chacune pour « Toute la cohorte » ou supprimez-la d'abord.</source>
      <translation>
        <numerusform>لا تزال لهذه المجموعة الفرعية صباحات في البرنامج: %n. انقلي كل صباح إلى «المجموعة كلها» أو احذفيه أولاً.</numerusform>
        <numerusform>لا تزال لهذه المجموعة الفرعية صباحات في البرنامج: %n. انقلي كل صباح إلى «المجموعة كلها» أو احذفيه أولاً.</numerusform>
        <numerusform>لا تزال لهذه المجموعة الفرعية صباحات في البرنامج: %n. انقلي كل صباح إلى «المجموعة كلها» أو احذفيه أولاً.</numerusform>
        <numerusform>لا تزال لهذه المجموعة الفرعية صباحات في البرنامج: %n. انقلي كل صباح إلى «المجموعة كلها» أو احذفيه أولاً.</numerusform>
        <numerusform>لا تزال لهذه المجموعة الفرعية صباحات في البرنامج: %n. انقلي كل صباح إلى «المجموعة كلها» أو احذفيه أولاً.</numerusform>
        <numerusform>لا تزال لهذه المجموعة الفرعية صباحات في البرنامج: %n. انقلي كل صباح إلى «المجموعة كلها» أو احذفيه أولاً.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/subgroups.py" line="61" />
      <source>Ce sous-groupe existe déjà.</source>
      <translation>هذه المجموعة الفرعية موجودة من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="297" />
      <source>Ce sous-groupe n'a aucune membre : personne ne viendrait.</source>
      <translation>هذه المجموعة الفرعية بلا عضوات: لن تأتي أي واحدة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="292" />
      <source>Ce sous-groupe n'existe pas dans la cohorte.</source>
      <translation>هذه المجموعة الفرعية غير موجودة في المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="223" />
      <location filename="../../app/services/schedule/term.py" line="102" />
      <location filename="../../app/services/schedule/term.py" line="165" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>هذه المجموعة لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="278" />
      <source>Cette date est en dehors de la cohorte (du {start} au {end}).</source>
      <translation>هذا التاريخ خارج فترة المجموعة (من {start} إلى {end}).</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="63" />
      <source>Cette date n'existe pas : « {text} ».</source>
      <translation>هذا التاريخ غير موجود: «{text}».</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="112" />
      <location filename="../../app/services/schedule/attendance.py" line="158" />
      <source>Cette matinée est annulée.</source>
      <translation>هذه الفترة الصباحية ملغاة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="81" />
      <source>Cette matinée est pour un sous-groupe : cette personne n'en fait pas partie.</source>
      <translation>هذه الصبيحة لمجموعة فرعية: هذا الشخص ليس منها.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/morning_people.py" line="43" />
      <source>Cette organisation n'est plus dans le répertoire.</source>
      <translation>هذه المنظمة لم تعد في الدليل.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/morning_people.py" line="38" />
      <source>Cette personne n'est plus dans le répertoire.</source>
      <translation>هذا الشخص لم يعد في الدليل.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="286" />
      <source>Cette personne n'existe plus.</source>
      <translation>هذا الشخص لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="68" />
      <source>Cette personne n'était pas dans la cohorte ce jour-là.</source>
      <translation>هذا الشخص لم يكن في المجموعة في ذلك اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="120" />
      <location filename="../../app/services/schedule/attendance.py" line="173" />
      <location filename="../../app/services/schedule/attendance.py" line="338" />
      <source>Cette personne ne fait pas partie de la cohorte.</source>
      <translation>هذا الشخص ليس من المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="133" />
      <source>Cette présence a changé depuis que la grille s'est affichée : la grille est mise à jour. Cliquez de nouveau si besoin.</source>
      <translation>تغيّر هذا الحضور منذ عرض الجدول: تم تحديث الجدول. انقري مرة أخرى إذا لزم الأمر.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="133" />
      <source>Cette règle existe déjà.</source>
      <translation>هذه القاعدة موجودة بالفعل.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="464" />
      <source>Cette semaine n'a aucune matinée à copier.</source>
      <translation>هذا الأسبوع ليس فيه أي فترة صباحية للنسخ.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="109" />
      <location filename="../../app/services/schedule/attendance.py" line="169" />
      <source>Choisissez : présente, en retard, excusée ou absente.</source>
      <translation>اختاري: حاضرة، أو متأخرة، أو غائبة بعذر، أو غائبة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/subgroups.py" line="34" />
      <source>Choisissez au moins une membre du sous-groupe.</source>
      <translation>اختاري عضوة واحدة على الأقل من المجموعة الفرعية.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="113" />
      <source>Choisissez le module à suivre d'abord.</source>
      <translation>اختاري أولًا الوحدة التي يجب متابعتها.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="117" />
      <source>Choisissez un module ou un type de matinée.</source>
      <translation>اختاري وحدة أو نوع فترة صباحية.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="92" />
      <location filename="../../app/services/schedule/mornings.py" line="271" />
      <location filename="../../app/services/schedule/prerequisites.py" line="120" />
      <source>Choisissez un type dans la liste.</source>
      <translation>اختاري نوعًا من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="273" />
      <source>Choisissez un état dans la liste.</source>
      <translation>اختاري حالة من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="459" />
      <source>Choisissez une autre semaine que celle copiée.</source>
      <translation>اختاري أسبوعًا غير الأسبوع المنسوخ.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="177" />
      <source>Cochez au moins un jour de la semaine.</source>
      <translation>أشّري على يوم واحد على الأقل من أيام الأسبوع.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="408" />
      <source>Des présences sont notées pour cette matinée : annulez-la plutôt.</source>
      <translation>تم تسجيل حضور في هذه الفترة الصباحية: الأفضل أن تلغيها.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="265" />
      <source>Indiquez l'heure de début et de fin.</source>
      <translation>اكتبي ساعة البداية وساعة النهاية.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="167" />
      <source>Indiquez la date de début.</source>
      <translation>اكتبي تاريخ البداية.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="169" />
      <source>Indiquez la date de fin.</source>
      <translation>اكتبي تاريخ النهاية.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="263" />
      <location filename="../../app/services/schedule/term.py" line="53" />
      <source>Indiquez la date.</source>
      <translation>اكتبي التاريخ.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="323" />
      <source>La cohorte a déjà une matinée ce jour-là de {start} à {end}.</source>
      <translation>المجموعة عندها فترة صباحية في ذلك اليوم بالفعل، من {start} إلى {end}.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="97" />
      <source>La fermeture ne peut pas finir avant de commencer.</source>
      <translation>لا يمكن أن ينتهي الإغلاق قبل أن يبدأ.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="385" />
      <source>La matinée finirait après minuit.</source>
      <translation>الفترة الصباحية ستنتهي بعد منتصف الليل.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="268" />
      <location filename="../../app/services/schedule/term.py" line="180" />
      <source>La matinée ne peut pas finir avant de commencer.</source>
      <translation>لا يمكن أن تنتهي الفترة الصباحية قبل أن تبدأ.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="172" />
      <source>La période ne peut pas finir avant de commencer.</source>
      <translation>لا يمكن أن تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="305" />
      <source>Le {date} est un jour de fermeture : {reason}.</source>
      <translation>يوم {date} هو يوم إغلاق: {reason}.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="82" />
      <source>Module inconnu : « {name} ».</source>
      <translation>وحدة غير معروفة: «{name}».</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/hours.py" line="36" />
      <source>Pratique (cuisine, ventes, visites…)</source>
      <translation>تطبيق عملي (طبخ، مبيعات، زيارات…)</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="92" />
      <source>Semaine inconnue : écrivez par exemple 2022-W41.</source>
      <translation>أسبوع غير معروف: اكتبي مثلًا 2022-W41.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/hours.py" line="35" />
      <source>Théorie</source>
      <translation>نظري</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="125" />
      <source>Un module ne peut pas se précéder lui-même.</source>
      <translation>لا يمكن أن تأتي الوحدة قبل نفسها.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="100" />
      <source>Une fermeture dure au plus un an.</source>
      <translation>الإغلاق يدوم سنة واحدة على الأكثر.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="175" />
      <source>Une période dure au plus un an.</source>
      <translation>الفترة تدوم سنة واحدة على الأكثر.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="202" />
      <source>en dehors des dates de la cohorte</source>
      <translation>خارج تواريخ المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="207" />
      <source>fermeture : {reason}</source>
      <translation>إغلاق: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="307" />
      <location filename="../../app/services/schedule/term.py" line="208" />
      <source>fermé</source>
      <translation>مغلق</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="471" />
      <location filename="../../app/services/schedule/term.py" line="204" />
      <source>jour férié : {name}</source>
      <translation>عطلة رسمية: {name}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="52" />
      <source>le module « {name} »</source>
      <translation>الوحدة «{name}»</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="90" />
      <source>le nom du module</source>
      <translation>اسم الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/subgroups.py" line="51" />
      <source>le nom du sous-groupe</source>
      <translation>اسم المجموعة الفرعية</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="55" />
      <source>les matinées « {kind} »</source>
      <translation>الفترات الصباحية «{kind}»</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="244" />
      <source>{activity} du {date} : il faut d'abord le module « {module} », prévu seulement le {when}.</source>
      <translation>{activity} يوم {date}: يجب أولًا متابعة الوحدة «{module}»، وهي مبرمجة فقط يوم {when}.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="238" />
      <source>{activity} du {date} : il faut d'abord le module « {module} », qui n'est pas encore prévu.</source>
      <translation>{activity} يوم {date}: يجب أولًا متابعة الوحدة «{module}»، وهي غير مبرمجة بعد.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="363" />
      <source>{name} a manqué {n} matinées de suite : prenez de ses nouvelles.</source>
      <translation>{name} غابت عن {n} فترات صباحية متتالية: اسألي عن أحوالها.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="59" />
      <source>« {required} » avant {target}</source>
      <translation>«{required}» قبل {target}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="65" />
      <source>Écrivez la date comme ceci : 31/12/2022.</source>
      <translation>اكتبي التاريخ هكذا: 31/12/2022.</translation>
    </message>
  </context>
  <context>
    <name>schedule_man</name>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="364" />
      <source>{name} a manqué {n} matinées de suite : prenez de ses nouvelles.</source>
      <translation>{name} غاب عن {n} فترات صباحية متتالية: اسألي عن أحواله.</translation>
    </message>
  </context>
  <context>
    <name>schedule_time</name>
    <message>
      <location filename="../../app/i18n.py" line="282" />
      <source>{hour}h</source>
      <translation>{hour}:00</translation>
    </message>
    <message>
      <location filename="../../app/i18n.py" line="279" />
      <source>{hour}h{minute}</source>
      <translation>{hour}:{minute}</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="93" />
      <source>Ces réglages ont changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant leurs nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>تغيّرت هذه الإعدادات منذ أن فتحت هذه النافذة: تعرض الحقول الآن قيمها الجديدة. أعيدي تغييراتك ثم احفظي.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="87" />
      <source>L'objectif de coût matière va de 1 à 99 %.</source>
      <translation>هدف تكلفة المواد من 1 إلى 99 %.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="69" />
      <source>Un taux a au plus deux chiffres après la virgule.</source>
      <translation>للنسبة رقمان على الأكثر بعد الفاصلة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="83" />
      <source>Un taux de TVA va de 0 à 100 %.</source>
      <translation>نسبة ضريبة القيمة المضافة من 0 إلى 100 %.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="64" />
      <source>Écrivez un taux, par exemple 6 ou 12.</source>
      <translation>اكتبي نسبة، مثلًا 6 أو 12.</translation>
    </message>
  </context>
  <context>
    <name>shopping</name>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="64" />
      <source>Acheter</source>
      <translation>للشراء</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="151" />
      <source>Cette commande n'a aucune ligne.</source>
      <translation>هذه الطلبية ليس فيها أي سطر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="88" />
      <source>Choisissez au moins une recette.</source>
      <translation>اختاري وصفة واحدة على الأقل.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="153" />
      <source>Courses pour la commande n° {id} : {customer}</source>
      <translation>المشتريات للطلبية رقم {id}: {customer}</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="179" />
      <source>Courses pour « {menu} », {n} personnes</source>
      <translation>المشتريات لـ «{menu}»، عدد الأشخاص: {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="101" />
      <source>Dépense estimée : {total}</source>
      <translation>المصاريف المتوقعة: {total}</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="143" />
      <source>En stock</source>
      <translation>في المخزون</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="134" />
      <source>Fournisseur</source>
      <translation>المورّد</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="125" />
      <source>Fournisseur non précisé</source>
      <translation>المورّد غير محدد</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="63" />
      <source>Il faut</source>
      <translation>المطلوب</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="171" />
      <source>Indiquez le nombre de personnes.</source>
      <translation>اكتبي عدد الأشخاص.</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="62" />
      <location filename="../../app/printing/shopping_list.py" line="135" />
      <source>Ingrédient</source>
      <translation>المكوّن</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="96" />
      <source>Le nombre de fournées doit être plus grand que zéro.</source>
      <translation>عدد الدفعات يجب أن يكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="136" />
      <source>Liste de courses</source>
      <translation>قائمة المشتريات</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="138" />
      <source>Paquets</source>
      <translation>العلب</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="53" />
      <source>Prix du {date}.</source>
      <translation>أسعار يوم {date}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="65" />
      <location filename="../../app/printing/shopping_list.py" line="140" />
      <source>Prix estimé</source>
      <translation>السعر التقريبي</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="136" />
      <source>Quantité</source>
      <translation>الكمية</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="142" />
      <source>Recettes</source>
      <translation>الوصفات</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="66" />
      <location filename="../../app/printing/shopping_list.py" line="141" />
      <source>Reste</source>
      <translation>الباقي</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="113" />
      <source>Sans prix connu : {names}.</source>
      <translation>بدون سعر معروف: {names}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="87" />
      <source>Sous-total</source>
      <translation>المجموع الجزئي</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="139" />
      <source>Taille du paquet</source>
      <translation>حجم العلبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="166" />
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="137" />
      <source>Unité</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="35" />
      <source>prix inconnu</source>
      <translation>سعر غير معروف</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="27" />
      <source>{needed} (en stock : {in_stock})</source>
      <translation>{needed} (في المخزون: {in_stock})</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="37" />
      <source>{packs} × {size}</source>
      <translation>{packs} × {size}</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="144" />
      <source>À acheter</source>
      <translation>للشراء</translation>
    </message>
  </context>
  <context>
    <name>stock_print</name>
    <message>
      <location filename="../../app/printing/sale_day_stock_section.py" line="18" />
      <source>Stock du jour</source>
      <translation>مخزون اليوم</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/printing/sale_day_stock_section.py" line="26" />
      <source>Vendu au-delà du stock noté : %n unité(s) (le comptage papier fait foi).</source>
      <translation>
        <numerusform>بيع فوق المخزون المسجّل: لا شيء (العدّ على الورق هو المعتمد).</numerusform>
        <numerusform>بيع فوق المخزون المسجّل: وحدة واحدة (العدّ على الورق هو المعتمد).</numerusform>
        <numerusform>بيع فوق المخزون المسجّل: وحدتان (العدّ على الورق هو المعتمد).</numerusform>
        <numerusform>بيع فوق المخزون المسجّل: %n وحدات (العدّ على الورق هو المعتمد).</numerusform>
        <numerusform>بيع فوق المخزون المسجّل: %n وحدة (العدّ على الورق هو المعتمد).</numerusform>
        <numerusform>بيع فوق المخزون المسجّل: %n وحدة (العدّ على الورق هو المعتمد).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/printing/sale_day_stock_section.py" line="21" />
      <source>{product} : %n unité(s) reportée(s) des jours précédents</source>
      <translation>
        <numerusform>{product}: لا شيء مُرحَّل من الأيام السابقة</numerusform>
        <numerusform>{product}: وحدة واحدة مُرحَّلة من الأيام السابقة</numerusform>
        <numerusform>{product}: وحدتان مُرحَّلتان من الأيام السابقة</numerusform>
        <numerusform>{product}: %n وحدات مُرحَّلة من الأيام السابقة</numerusform>
        <numerusform>{product}: %n وحدة مُرحَّلة من الأيام السابقة</numerusform>
        <numerusform>{product}: %n وحدة مُرحَّلة من الأيام السابقة</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tasks</name>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="72" />
      <source>Ce cercle n'existe plus.</source>
      <translation>هذه الحلقة لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="55" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>هذه المجموعة لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="65" />
      <source>Cette personne n'est pas dans la cohorte.</source>
      <translation>هذا الشخص ليس في المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="68" />
      <source>La date limite est déjà passée.</source>
      <translation>آخر موعد قد مضى.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="56" />
      <source>ce qu'il faut faire</source>
      <translation>ما يجب عمله</translation>
    </message>
  </context>
  <context>
    <name>tasting</name>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="28" />
      <source>Achèteriez-vous ce produit ?</source>
      <translation>هل تشترين هذا المنتج؟</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="26" />
      <source>Aspect</source>
      <translation>المظهر</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/forms.py" line="90" />
      <source>Ce formulaire est vide : tapez au moins une réponse.</source>
      <translation>هذه الاستمارة فارغة: اكتبي جواباً واحداً على الأقل.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/forms.py" line="86" />
      <source>Cette dégustation n'existe plus.</source>
      <translation>هذا التذوّق لم يعد موجوداً.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/questions.py" line="136" />
      <source>Choisissez le genre de question.</source>
      <translation>اختاري نوع السؤال.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/sessions.py" line="67" />
      <source>Choisissez une recette et sa version.</source>
      <translation>اختاري وصفة ونسختها.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="29" />
      <source>Commentaire</source>
      <translation>تعليق</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="24" />
      <source>Goût</source>
      <translation>الطعم</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/questions.py" line="148" />
      <source>Huit réponses possibles au plus : la feuille doit rester claire.</source>
      <translation>ثمانية أجوبة ممكنة على الأكثر: يجب أن تبقى الورقة واضحة.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/sessions.py" line="69" />
      <source>Indiquez la date de la dégustation.</source>
      <translation>اكتبي تاريخ التذوّق.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="35" />
      <source>Non</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="35" />
      <source>Oui</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="27" />
      <source>Prix</source>
      <translation>السعر</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="25" />
      <source>Texture</source>
      <translation>القوام</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/questions.py" line="137" />
      <source>la question</source>
      <translation>السؤال</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/sessions.py" line="30" />
      <source>{name} (v{version})</source>
      <translation>{name} (النسخة {version})</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/forms.py" line="59" />
      <source>{question} : tapez le numéro d'une réponse, de 1 à {high}.</source>
      <translation>{question}: اكتبي رقم جواب، من 1 إلى {high}.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/forms.py" line="40" />
      <source>{question} : tapez une note de {low} à {high}.</source>
      <translation>{question}: اكتبي نقطة من {low} إلى {high}.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/questions.py" line="143" />
      <source>Écrivez au moins deux réponses possibles, une par ligne.</source>
      <translation>اكتبي جوابين ممكنين على الأقل، جواباً في كل سطر.</translation>
    </message>
  </context>
  <context>
    <name>temperature_sheet</name>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="44" />
      <source>Action corrective</source>
      <translation>الإجراء التصحيحي</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="41" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="78" />
      <source>Relevé mensuel des températures (autocontrôle)</source>
      <translation>السجل الشهري لدرجات الحرارة (رقابة ذاتية)</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="43" />
      <source>Relevé par</source>
      <translation>قرأها</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="68" />
      <source>Relevés : {read} · hors limites (« ! ») : {out}</source>
      <translation>القراءات: {read} · خارج الحدود (« ! »): {out}</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="29" />
      <source>Températures — {name} — {month}</source>
      <translation>درجات الحرارة — {name} — {month}</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="34" />
      <source>{kind} · limites : de {low} à {high} °C</source>
      <translation>{kind} · الحدود: من {low} إلى {high} °م</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="42" />
      <source>°C</source>
      <translation>°م</translation>
    </message>
  </context>
  <context>
    <name>today</name>
    <message>
      <location filename="../../app/services/delegate/handover.py" line="42" />
      <source>Cette personne n'existe plus.</source>
      <translation>هذا الشخص لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/handover.py" line="39" />
      <source>Écrivez ce qui a été fait ou ce qui reste à faire.</source>
      <translation>اكتبي ما تم عمله أو ما بقي لعمله.</translation>
    </message>
  </context>
  <context>
    <name>trash</name>
    <message>
      <location filename="../../app/services/safety/trash.py" line="52" />
      <source>Accord pour le portfolio employeur</source>
      <translation>الموافقة على الملف لأصحاب العمل</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="51" />
      <source>Accord pour le suivi après le programme</source>
      <translation>الموافقة على المتابعة بعد البرنامج</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="76" />
      <source>Achat d'ingrédient</source>
      <translation>شراء مكوّن</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="96" />
      <source>Adjectif</source>
      <translation>صفة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="69" />
      <source>Adjectif choisi</source>
      <translation>صفة مختارة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="68" />
      <source>Auto-évaluation</source>
      <translation>تقييم ذاتي</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="97" />
      <source>Campagne d'évaluation</source>
      <translation>جولة تقييم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="152" />
      <source>Ce type de donnée ne va pas à la corbeille.</source>
      <translation>هذا النوع من البيانات لا يذهب إلى سلة المهملات.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="71" />
      <source>Cercle</source>
      <translation>دائرة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="92" />
      <source>Cercle thématique</source>
      <translation>دائرة موضوعية</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="72" />
      <source>Changement de déléguée</source>
      <translation>تغيير المندوبة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="104" />
      <source>Charte ou règlement</source>
      <translation>الميثاق أو النظام الداخلي</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="43" />
      <source>Cohorte</source>
      <translation>مجموعة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="54" />
      <source>Commande</source>
      <translation>طلب</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="62" />
      <source>Commande {customer} du {date}</source>
      <translation>طلب {customer} بتاريخ {date}</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="98" />
      <source>Compétence</source>
      <translation>كفاءة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="101" />
      <source>Décision</source>
      <translation>قرار</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="100" />
      <source>Décision sur le résultat</source>
      <translation>قرار بشأن الربح</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="60" />
      <source>Dégustation</source>
      <translation>تذوّق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="82" />
      <source>Dépense</source>
      <translation>مصروف</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="89" />
      <source>Fermeture</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="87" />
      <source>Formulaire de dégustation</source>
      <translation>استمارة تذوّق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="74" />
      <source>Frigo ou congélateur</source>
      <translation>ثلاجة أو مجمد</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="70" />
      <source>Indisponibilité</source>
      <translation>عدم توفّر</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="45" />
      <source>Ingrédient</source>
      <translation>مكوّن</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="46" />
      <source>Ingrédient d'un ingrédient composé</source>
      <translation>مكوّن لمكوّن مركّب</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="64" />
      <source>Jour de déléguée</source>
      <translation>يوم مندوبة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="55" />
      <source>Journée de vente</source>
      <translation>يوم بيع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="91" />
      <source>Ligne d'une liste du jour</source>
      <translation>سطر من قائمة اليوم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="58" />
      <source>Ligne de commande</source>
      <translation>سطر طلب</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="83" />
      <source>Ligne de recette</source>
      <translation>سطر وصفة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="61" />
      <source>Ligne de vente</source>
      <translation>سطر بيع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="77" />
      <source>Lot fabriqué</source>
      <translation>رقم التشغيلة المصنوع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="110" />
      <source>Marrainage d'une membre</source>
      <translation>عرابة عضوة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="48" />
      <source>Matinée</source>
      <translation>فترة صباحية</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="101" />
      <source>Matinée du {date} ({title})</source>
      <translation>الفترة الصباحية بتاريخ {date} ({title})</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="107" />
      <source>Membre d'un sous-groupe</source>
      <translation>عضوة في مجموعة فرعية</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="56" />
      <source>Menu</source>
      <translation>قائمة طعام</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="49" />
      <source>Module</source>
      <translation>وحدة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="81" />
      <source>Mouvement de caisse</source>
      <translation>حركة في الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="78" />
      <source>Mouvement de stock</source>
      <translation>حركة المخزون</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="99" />
      <source>Niveau de l'échelle</source>
      <translation>مستوى في السلّم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="103" />
      <source>Objection</source>
      <translation>اعتراض</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="108" />
      <source>Organisation du répertoire</source>
      <translation>منظمة من الدليل</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="63" />
      <source>Partage du résultat</source>
      <translation>تقسيم الربح</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="50" />
      <source>Participation à une cohorte</source>
      <translation>مشاركة في مجموعة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="79" />
      <source>Passation</source>
      <translation>تسليم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="42" />
      <source>Personne</source>
      <translation>شخص</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="109" />
      <source>Personne du répertoire</source>
      <translation>شخص من الدليل</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="59" />
      <source>Plat d'un menu</source>
      <translation>طبق من قائمة طعام</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="73" />
      <source>Point coché</source>
      <translation>نقطة مؤشَّر عليها</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="93" />
      <source>Point de la liste d'un cercle</source>
      <translation>بند من قائمة دائرة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="102" />
      <source>Position dans une décision</source>
      <translation>موقف في قرار</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="84" />
      <source>Prix d'ingrédient</source>
      <translation>سعر مكوّن</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="62" />
      <source>Produit d'une vente</source>
      <translation>منتج في بيع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="90" />
      <source>Prérequis</source>
      <translation>شرط سابق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="57" />
      <source>Présence</source>
      <translation>حضور</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="86" />
      <source>Question de dégustation</source>
      <translation>سؤال تذوّق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="44" />
      <source>Recette</source>
      <translation>وصفة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="75" />
      <source>Relevé de température</source>
      <translation>قراءة درجة الحرارة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="67" />
      <source>Retour individuel</source>
      <translation>رأي شخصي</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="88" />
      <source>Réponse de dégustation</source>
      <translation>جواب تذوّق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="94" />
      <source>Réunion d'un cercle</source>
      <translation>اجتماع دائرة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="105" />
      <source>Signature</source>
      <translation>توقيع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="53" />
      <source>Situation après le programme</source>
      <translation>الوضع بعد البرنامج</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="106" />
      <source>Sous-groupe</source>
      <translation>مجموعة فرعية</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="85" />
      <source>TVA par format</source>
      <translation>ضريبة القيمة المضافة حسب الحجم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="95" />
      <source>Tour d'animation d'un cercle</source>
      <translation>دور تنشيط دائرة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="148" />
      <source>Type de donnée inconnu : {name}.</source>
      <translation>نوع بيانات غير معروف: {name}.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="80" />
      <source>Tâche</source>
      <translation>مهمة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="47" />
      <source>Valeurs nutritionnelles d'un ingrédient</source>
      <translation>القيم الغذائية لمكوّن</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="79" />
      <source>Vente du {title}</source>
      <translation>بيع {title}</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="88" />
      <source>« {label} » est clôturée : elle ne peut plus être supprimée. Corrigez-la par une correction.</source>
      <translation>«{label}» مُغلقة: لا يمكن حذفها بعد الآن. صحّحيها بإضافة تصحيح.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="245" />
      <source>« {label} » ne peut pas être restaurée : l'application a été mise à jour depuis sa suppression et ne peut plus la remettre en place.</source>
      <translation>لا يمكن استعادة «{label}»: تم تحديث التطبيق منذ حذفها ولم يعد بإمكانه إعادتها إلى مكانها.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="306" />
      <source>« {label} » ne peut pas être restaurée : une donnée dont elle a besoin a été supprimée, ou une autre porte le même nom.</source>
      <translation>لا يمكن استرجاع «{label}»: تم حذف بيانات تحتاجها، أو هناك عنصر آخر يحمل نفس الاسم.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="169" />
      <source>« {label} » ne peut pas être supprimée : d'autres données en dépendent ({where}). Désactivez-la plutôt.</source>
      <translation>لا يمكن حذف «{label}»: هناك بيانات أخرى تعتمد عليه ({where}). الأفضل أن تجعليه غير نشيط.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/safety/deletions.py" line="48" />
      <source>« {label} » ne peut pas être supprimée : elle figure dans %n journée(s) de vente. Désactivez-la plutôt.</source>
      <translation>
        <numerusform>لا يمكن حذف «{label}»: لا تظهر في أي يوم بيع. الأفضل إيقافها.</numerusform>
        <numerusform>لا يمكن حذف «{label}»: تظهر في يوم بيع واحد. الأفضل إيقافها.</numerusform>
        <numerusform>لا يمكن حذف «{label}»: تظهر في يومي بيع. الأفضل إيقافها.</numerusform>
        <numerusform>لا يمكن حذف «{label}»: تظهر في %n أيام بيع. الأفضل إيقافها.</numerusform>
        <numerusform>لا يمكن حذف «{label}»: تظهر في %n يومًا من أيام البيع. الأفضل إيقافها.</numerusform>
        <numerusform>لا يمكن حذف «{label}»: تظهر في %n يوم بيع. الأفضل إيقافها.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="65" />
      <source>Évaluation</source>
      <translation>تقييم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="66" />
      <source>Évaluatrice</source>
      <translation>مقيّمة</translation>
    </message>
  </context>
  <context>
    <name>units</name>
    <message>
      <location filename="../../app/services/labels/content.py" line="447" />
      <source>&lt; {value} %</source>
      <translation>&lt; {value} %</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="173" />
      <source>Au plus trois chiffres après la virgule.</source>
      <translation>ثلاثة أرقام على الأكثر بعد الفاصلة.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="102" />
      <source>Ce nombre est trop grand : au plus {limit}.</source>
      <translation>هذا العدد كبير جدًا: {limit} على الأكثر.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="87" />
      <source>Cette quantité est trop grande : au plus {limit}.</source>
      <translation>هذه الكمية كبيرة جدًا: {limit} على الأكثر.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="80" />
      <location filename="../../app/services/units.py" line="175" />
      <source>Cette quantité est trop grande.</source>
      <translation>هذه الكمية كبيرة جدًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="97" />
      <source>Indiquez un nombre plus grand que zéro.</source>
      <translation>اكتبي عددًا أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="156" />
      <source>Indiquez une quantité, par exemple 250 ou 1,5.</source>
      <translation>اكتبي كمية، مثلًا 250 أو 1,5.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="171" />
      <source>La quantité doit être plus grande que zéro.</source>
      <translation>الكمية يجب أن تكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="52" />
      <source>On ne peut pas convertir des « {a} » en « {b} » : choisissez une unité de même nature (poids, volume ou pièces).</source>
      <translation>لا يمكن تحويل «{a}» إلى «{b}»: اختاري وحدة من نفس النوع (وزن أو حجم أو قطع).</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="36" />
      <source>Unité inconnue : « {unit} ».</source>
      <translation>وحدة غير معروفة: «{unit}».</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="189" />
      <source>pièces</source>
      <translation>قطع</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="187" />
      <source>poids (g, kg)</source>
      <translation>الوزن (g، kg)</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="188" />
      <source>volume (ml, l)</source>
      <translation>الحجم (ml، l)</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="139" />
      <source>{hours} h</source>
      <translation>{hours} ساعة</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/units.py" line="146" />
      <source>{quantity} pièce(s)</source>
      <translation>
        <numerusform>{quantity} قطعة</numerusform>
        <numerusform>قطعة واحدة</numerusform>
        <numerusform>قطعتان</numerusform>
        <numerusform>{quantity} قطع</numerusform>
        <numerusform>{quantity} قطعة</numerusform>
        <numerusform>{quantity} قطعة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/i18n.py" line="265" />
      <location filename="../../app/services/labels/content.py" line="454" />
      <source>{value} %</source>
      <translation>{value} %</translation>
    </message>
    <message>
      <location filename="../../app/i18n.py" line="270" />
      <source>{value} °C</source>
      <translation>{value} °م</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="199" />
      <source>« {name} » se compte en {unit} : on ne peut pas l'indiquer en {line_unit}.</source>
      <translation>«{name}» يُحسب بـ {unit}: لا يمكن كتابته بـ {line_unit}.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="165" />
      <source>« {text} » n'est pas une quantité. Écrivez par exemple 1,5.</source>
      <translation>«{text}» ليست كمية. اكتبي مثلًا 1,5.</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <location filename="../../app/services/validation.py" line="46" />
      <source>Ce texte contient un caractère invisible qui n'est pas permis ({code}). Retapez-le au clavier au lieu de le copier.</source>
      <translation>يحتوي هذا النص على حرف غير مرئي غير مسموح به ({code}). اكتبيه بلوحة المفاتيح بدل نسخه.</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="89" />
      <source>Ce texte est trop long (au plus {n} caractères).</source>
      <translation>هذا النص طويل جدًا (على الأكثر {n} حرفًا).</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="116" />
      <source>Cette adresse e-mail n'est pas valide (exemple : nom@exemple.be).</source>
      <translation>عنوان البريد الإلكتروني هذا غير صحيح (مثال: nom@exemple.be).</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="79" />
      <source>Indiquez {label}.</source>
      <translation>اكتبي {label}.</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="133" />
      <source>La date {date} n'est pas plausible (entre 2000 et 2099).</source>
      <translation>التاريخ {date} غير معقول (بين 2000 و 2099).</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="102" />
      <source>Un numéro de téléphone ne contient que des chiffres, des espaces et un + au début, par exemple +32 470 12 34 56.</source>
      <translation>رقم الهاتف فيه أرقام ومسافات فقط، وعلامة + في البداية، مثلًا +32 470 12 34 56.</translation>
    </message>
  </context>
  <context>
    <name>vocab_decisions</name>
    <message>
      <location filename="../../app/vocab/decisions.py" line="38" />
      <source>Absente</source>
      <translation>غائبة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="37" />
      <source>Abstention</source>
      <translation>امتناع</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="49" />
      <source>Charte</source>
      <translation>الميثاق</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="35" />
      <source>Consentement</source>
      <translation>موافقة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="19" />
      <source>Décision du groupe</source>
      <translation>قرار المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="36" />
      <source>Objection</source>
      <translation>اعتراض</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="20" />
      <source>Partage du bénéfice</source>
      <translation>تقاسم الربح</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="50" />
      <source>Règlement d'ordre intérieur</source>
      <translation>النظام الداخلي</translation>
    </message>
  </context>
  <context>
    <name>vocab_delegate</name>
    <message>
      <location filename="../../app/vocab/delegate.py" line="44" />
      <source>Absence</source>
      <translation>غياب</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="61" />
      <source>Aucun membre actif</source>
      <translation>لا عضوة نشيطة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="46" />
      <source>Choix manuel</source>
      <translation>اختيار يدوي</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="45" />
      <source>Départ</source>
      <translation>مغادرة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="26" />
      <source>Fermeture</source>
      <translation>الإغلاق</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="24" />
      <source>Jour de cuisine</source>
      <translation>يوم الطبخ</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="25" />
      <source>Jour de vente</source>
      <translation>يوم البيع</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="23" />
      <source>Ouverture</source>
      <translation>الفتح</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="62" />
      <source>Personne n'est disponible</source>
      <translation>لا أحد متاح</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="42" />
      <source>Planning</source>
      <translation>الجدول</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="63" />
      <source>Remarque</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="87" />
      <location filename="../../app/vocab/delegate.py" line="93" />
      <source>jamais ce jour de la semaine</source>
      <translation>أبدًا في هذا اليوم من الأسبوع</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="43" />
      <source>Échange</source>
      <translation>تبديل</translation>
    </message>
  </context>
  <context>
    <name>vocab_directory</name>
    <message>
      <location filename="../../app/vocab/directory.py" line="22" />
      <source>Client</source>
      <translation>زبون</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="25" />
      <source>Financeur</source>
      <translation>جهة مموّلة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="23" />
      <source>Fournisseur</source>
      <translation>المورّد</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="39" />
      <source>Intervenante</source>
      <translation>متدخلة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="24" />
      <source>Lieu de visite</source>
      <translation>مكان الزيارة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="38" />
      <source>Marraine / parrain</source>
      <translation>عرّابة / عرّاب</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="21" />
      <source>Partenaire</source>
      <translation>شريك</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="41" />
      <source>Personne de contact</source>
      <translation>شخص الاتصال</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="40" />
      <source>Évaluatrice</source>
      <translation>المقيّمة</translation>
    </message>
  </context>
  <context>
    <name>vocab_evaluation</name>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="23" />
      <source>Activité culinaire</source>
      <translation>نشاط الطبخ</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="50" />
      <source>Auto-évaluation et regard des autres</source>
      <translation>التقييم الذاتي ورأي الآخرين</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="36" />
      <source>Autres (pro)</source>
      <translation>أخرى (مهنية)</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="24" />
      <source>Autres compétences professionnelles</source>
      <translation>مهارات مهنية أخرى</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="21" />
      <source>Compétences entrepreneuriales</source>
      <translation>مهارات ريادة الأعمال</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="34" />
      <source>Coopérer</source>
      <translation>التعاون</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="35" />
      <source>Cuisine</source>
      <translation>الطبخ</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="33" />
      <source>Entreprendre</source>
      <translation>ريادة الأعمال</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="49" />
      <source>Grille d'observation</source>
      <translation>جدول الملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="22" />
      <source>Travail coopératif</source>
      <translation>العمل التعاوني</translation>
    </message>
  </context>
  <context>
    <name>vocab_kitchen</name>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="35" />
      <source>Achat</source>
      <translation>شراء</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="38" />
      <source>Comptage</source>
      <translation>جرد</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="18" />
      <source>Congélateur</source>
      <translation>مجمد</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="37" />
      <source>Fabriqué</source>
      <translation>مصنوع</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="17" />
      <source>Frigo</source>
      <translation>ثلاجة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="39" />
      <source>Perte</source>
      <translation>خسارة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="36" />
      <source>Utilisé dans un lot</source>
      <translation>مستعمل في رقم التشغيلة</translation>
    </message>
  </context>
  <context>
    <name>vocab_menus</name>
    <message>
      <location filename="../../app/vocab/menus.py" line="134" />
      <source>Acceptée</source>
      <translation>مقبولة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="116" />
      <source>Anhydride sulfureux et sulfites</source>
      <translation>ثاني أكسيد الكبريت والكبريتيت</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="136" />
      <source>Annulée</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="109" />
      <source>Arachides</source>
      <translation>الفول السوداني</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="132" />
      <source>Brouillon</source>
      <translation>مسودة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="106" />
      <source>Crustacés</source>
      <translation>القشريات</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="113" />
      <source>Céleri</source>
      <translation>الكرفس</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="105" />
      <source>Céréales contenant du gluten</source>
      <translation>الحبوب المحتوية على الغلوتين</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="133" />
      <source>Devis envoyé</source>
      <translation>تم إرسال عرض السعر</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="112" />
      <source>Fruits à coque</source>
      <translation>المكسرات</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="115" />
      <source>Graines de sésame</source>
      <translation>بذور السمسم</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="111" />
      <source>Lait</source>
      <translation>الحليب</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="149" />
      <source>Livraison</source>
      <translation>توصيل</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="135" />
      <source>Livrée</source>
      <translation>تم التوصيل</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="117" />
      <source>Lupin</source>
      <translation>الترمس</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="118" />
      <source>Mollusques</source>
      <translation>الرخويات</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="114" />
      <source>Moutarde</source>
      <translation>الخردل</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="108" />
      <source>Poissons</source>
      <translation>الأسماك</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="110" />
      <source>Soja</source>
      <translation>الصويا</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="26" />
      <source>g</source>
      <translation>غ</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="27" />
      <source>kg</source>
      <translation>كغ</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="29" />
      <source>l</source>
      <translation>ل</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="78" />
      <source>mis en avant (pourcentage imprimé)</source>
      <translation>مُبرَز (النسبة مطبوعة)</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="28" />
      <source>ml</source>
      <translation>مل</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="79" />
      <source>pas mis en avant</source>
      <translation>غير مُبرَز</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="30" />
      <source>pièces</source>
      <translation>قطع</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="48" />
      <source>portions</source>
      <translation>حصص</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="77" />
      <source>suggéré par le nom, à confirmer</source>
      <translation>مقترح من الاسم، يحتاج إلى تأكيد</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="47" />
      <source>unités</source>
      <translation>وحدات</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="61" />
      <source>À consommer de préférence avant</source>
      <translation>يُفضّل استهلاكه قبل</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="62" />
      <source>À consommer jusqu'au</source>
      <translation>يُستهلك حتى</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="150" />
      <source>À venir chercher</source>
      <translation>الاستلام من عندنا</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="107" />
      <source>Œufs</source>
      <translation>البيض</translation>
    </message>
  </context>
  <context>
    <name>vocab_outcomes</name>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="55" />
      <source>Après 12 mois</source>
      <translation>بعد 12 شهرًا</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="53" />
      <source>Après 3 mois</source>
      <translation>بعد 3 أشهر</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="54" />
      <source>Après 6 mois</source>
      <translation>بعد 6 أشهر</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="30" />
      <source>Autre</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="27" />
      <source>Du bénévolat</source>
      <translation>عمل تطوعي</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="29" />
      <source>En recherche</source>
      <translation>تبحث</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="70" />
      <source>Le portfolio pour les employeurs</source>
      <translation>الملف لأصحاب العمل</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="69" />
      <source>Le suivi après le programme</source>
      <translation>المتابعة بعد البرنامج</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="28" />
      <source>Son propre projet</source>
      <translation>مشروعها الخاص</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="24" />
      <source>Un emploi</source>
      <translation>وظيفة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="26" />
      <source>Un stage</source>
      <translation>تدريب مهني</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="25" />
      <source>Une formation</source>
      <translation>تكوين</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="52" />
      <source>À la fin</source>
      <translation>في النهاية</translation>
    </message>
  </context>
  <context>
    <name>vocab_people</name>
    <message>
      <location filename="../../app/vocab/people.py" line="89" />
      <source>Adjoint</source>
      <translation>نائب</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="90" />
      <source>Adjointe</source>
      <translation>نائبة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="38" />
      <source>Animateur</source>
      <translation>منشط</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="25" />
      <location filename="../../app/vocab/people.py" line="45" />
      <source>Animatrice</source>
      <translation>منشطة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="82" />
      <source>Délégué</source>
      <translation>مندوب</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="96" />
      <source>Délégué du jour</source>
      <translation>مندوب اليوم</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="83" />
      <source>Déléguée</source>
      <translation>مندوبة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="97" />
      <source>Déléguée du jour</source>
      <translation>مندوبة اليوم</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="63" />
      <source>Femme</source>
      <translation>امرأة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="64" />
      <source>Homme</source>
      <translation>رجل</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="41" />
      <source>Intervenant</source>
      <translation>متدخل</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="28" />
      <location filename="../../app/vocab/people.py" line="48" />
      <source>Intervenante</source>
      <translation>متدخلة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="46" />
      <source>Marraine</source>
      <translation>عرّابة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="26" />
      <source>Marraine / parrain</source>
      <translation>عرّابة / عرّاب</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="24" />
      <location filename="../../app/vocab/people.py" line="37" />
      <location filename="../../app/vocab/people.py" line="44" />
      <source>Membre</source>
      <translation>عضوة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="65" />
      <source>Non précisé</source>
      <translation>غير محدد</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="39" />
      <source>Parrain</source>
      <translation>عرّاب</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="40" />
      <source>Évaluateur</source>
      <translation>المقيّم</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="27" />
      <location filename="../../app/vocab/people.py" line="47" />
      <source>Évaluatrice</source>
      <translation>مُقيِّمة</translation>
    </message>
  </context>
  <context>
    <name>vocab_sales</name>
    <message>
      <location filename="../../app/vocab/sales.py" line="84" />
      <source>Annulation</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="103" />
      <source>Autre</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="47" />
      <source>Bancontact</source>
      <translation>Bancontact</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="28" />
      <source>Brunch</source>
      <translation>برانش</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="86" />
      <source>Compte tapé</source>
      <translation>عدّ مكتوب</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="87" />
      <source>Correction</source>
      <translation>تصحيح</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="101" />
      <source>Emballages</source>
      <translation>التغليف</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="46" />
      <source>Espèces</source>
      <translation>نقدًا</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="100" />
      <source>Ingrédients</source>
      <translation>المكونات</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="65" />
      <source>Invendu</source>
      <translation>لم يُبَع</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="29" />
      <source>Livraison</source>
      <translation>توصيل</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="50" />
      <source>Offert</source>
      <translation>مُهدى</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="66" />
      <source>Offert ou perdu</source>
      <translation>هدية أو ضائع</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="116" />
      <source>Parts égales</source>
      <translation>حصص متساوية</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="48" />
      <source>Payconiq / Wero</source>
      <translation>Payconiq / Wero</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="85" />
      <source>Rétablissement</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="117" />
      <source>Selon les heures de présence</source>
      <translation>حسب ساعات الحضور</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="31" />
      <source>Stand</source>
      <translation>كشك</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="83" />
      <source>Touche</source>
      <translation>نقرة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="30" />
      <source>Traiteur</source>
      <translation>تموين</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="102" />
      <source>Transport</source>
      <translation>النقل</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="64" />
      <source>Vendu</source>
      <translation>بِيع</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="49" />
      <source>Virement</source>
      <translation>تحويل بنكي</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="32" />
      <source>À emporter</source>
      <translation>للأخذ</translation>
    </message>
  </context>
  <context>
    <name>vocab_schedule</name>
    <message>
      <location filename="../../app/vocab/schedule.py" line="66" />
      <source>Absente</source>
      <translation>غائبة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="50" />
      <source>Annulée</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="34" />
      <source>Autre</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="29" />
      <source>Cuisine</source>
      <translation>الطبخ</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="64" />
      <source>En retard</source>
      <translation>متأخرة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="65" />
      <source>Excusée</source>
      <translation>غائبة بعذر</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="49" />
      <source>Faite</source>
      <translation>تمت</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="32" />
      <source>Marrainage</source>
      <translation>المرافقة (العرّابة)</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="28" />
      <source>Pratique</source>
      <translation>تطبيق عملي</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="63" />
      <source>Présente</source>
      <translation>حاضرة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="48" />
      <source>Prévue</source>
      <translation>مبرمجة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="27" />
      <source>Théorie</source>
      <translation>نظري</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="31" />
      <source>Vente</source>
      <translation>البيع</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="30" />
      <source>Visite</source>
      <translation>زيارة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="33" />
      <source>Évaluation</source>
      <translation>التقييم</translation>
    </message>
  </context>
  <context>
    <name>vocab_tasting</name>
    <message>
      <location filename="../../app/vocab/tastings.py" line="19" />
      <source>Choix entre des réponses</source>
      <translation>اختيار بين أجوبة</translation>
    </message>
    <message>
      <location filename="../../app/vocab/tastings.py" line="18" />
      <source>Note de 1 à 5</source>
      <translation>نقطة من 1 إلى 5</translation>
    </message>
    <message>
      <location filename="../../app/vocab/tastings.py" line="20" />
      <source>Texte libre</source>
      <translation>نص حر</translation>
    </message>
  </context>
  <context>
    <name>waste_print</name>
    <message>
      <location filename="../../app/printing/waste_section.py" line="19" />
      <source>Jour</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="21" />
      <source>Lot</source>
      <translation>رقم التشغيلة</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="42" />
      <source>Pertes (produits jetés)</source>
      <translation>الخسائر (منتجات مرمية)</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="20" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="23" />
      <source>Raison</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="22" />
      <source>Unités</source>
      <translation>الوحدات</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="37" />
      <source>Unités perdues en tout : {units}</source>
      <translation>مجموع الوحدات الضائعة: {units}</translation>
    </message>
  </context>
</TS>
