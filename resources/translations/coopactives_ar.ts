<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr">
  <context>
    <name>AnswerDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="84" />
      <source>Achèterait</source>
      <translation>ستشتري</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="91" />
      <source>Achèterait le produit</source>
      <translation>ستشتري المنتج</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="90" />
      <location filename="../../app/ui/evaluations/tastings_page.py" line="93" />
      <source>Commentaire</source>
      <translation>تعليق</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="87" />
      <source>Non</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="72" />
      <source>Notes de 1 (pas bon) à 5 (très bon)</source>
      <translation>تقييم من 1 (ليس جيدًا) إلى 5 (جيد جدًا)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="86" />
      <source>Oui</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="69" />
      <source>Réponse d'un client</source>
      <translation>جواب زبون</translation>
    </message>
  </context>
  <context>
    <name>AttendancePage</name>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/attendance_page.py" line="113" />
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
      <location filename="../../app/ui/schedule/attendance_page.py" line="45" />
      <source>Attestation de ce membre</source>
      <translation>شهادة هذه العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="130" />
      <source>Attestation de {name}</source>
      <translation>شهادة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="123" />
      <source>Cliquez d'abord sur la ligne d'un membre.</source>
      <translation>انقري أولًا على سطر عضوة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="109" />
      <source>Cliquez d'abord sur une case de la matinée.</source>
      <translation>انقري أولًا على خانة من الصباحية.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="35" />
      <source>Cliquez sur une case pour passer à l'état suivant, ou tapez P (présente), R (en retard), E (excusée), A (absente). Suppr efface.</source>
      <translation>انقري على خانة للانتقال إلى الحالة التالية، أو اكتبي P (حاضرة)، R (متأخرة)، E (معذورة)، A (غائبة). زر Suppr يمسح.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="42" />
      <source>Toutes présentes à cette matinée</source>
      <translation>الكل حاضرات في هذه الصباحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="71" />
      <source>{name} a manqué {n} matinées de suite : prenez de ses nouvelles.</source>
      <translation>غابت {name} {n} صباحيات متتالية: اسألي عن أحوالها.</translation>
    </message>
  </context>
  <context>
    <name>CampaignDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="114" />
      <source>Format</source>
      <translation>الشكل</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="116" />
      <source>Nombre de jours de vente</source>
      <translation>عدد أيام البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="94" />
      <source>Nouvelle évaluation</source>
      <translation>تقييم جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="115" />
      <source>Premier jour</source>
      <translation>اليوم الأول</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="113" />
      <source>Titre *</source>
      <translation>العنوان *</translation>
    </message>
  </context>
  <context>
    <name>CashCorrectionDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="249" />
      <source>(personne)</source>
      <translation>(لا أحد)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="247" />
      <source>-2,00 pour une sortie</source>
      <translation>-2,00 للمال الخارج</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="245" />
      <source>Correction de la caisse</source>
      <translation>تصحيح الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="255" />
      <source>Montant (+ ou −) *</source>
      <translation>المبلغ (+ أو −) *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="256" />
      <source>Pourquoi ? *</source>
      <translation>لماذا؟ *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="257" />
      <source>Qui corrige</source>
      <translation>من تصحّح</translation>
    </message>
  </context>
  <context>
    <name>ChangeDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="249" />
      <source>Pourquoi</source>
      <translation>لماذا</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="243" />
      <source>par exemple : rendez-vous médical</source>
      <translation>مثلًا: موعد عند الطبيب</translation>
    </message>
  </context>
  <context>
    <name>ChangePinDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="44" />
      <source>Ancien code</source>
      <translation>الرمز القديم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="43" />
      <source>Changer le code PIN</source>
      <translation>تغيير الرمز السري PIN</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="45" />
      <source>Nouveau code</source>
      <translation>الرمز الجديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="46" />
      <source>Nouveau code, encore une fois</source>
      <translation>الرمز الجديد، مرة أخرى</translation>
    </message>
  </context>
  <context>
    <name>ChecklistTemplatesDialog</name>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="64" />
      <source>Ajouter</source>
      <translation>إضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="67" />
      <source>Fermer</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="55" />
      <source>Lignes de la liste</source>
      <translation>سطور القائمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="45" />
      <source>Listes du jour</source>
      <translation>قوائم اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="65" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="66" />
      <location filename="../../app/ui/delegate/lists.py" line="128" />
      <source>Retirer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="129" />
      <source>Retirer « {text} » de la liste ? Les jours déjà cochés le gardent.</source>
      <translation>حذف «{text}» من القائمة؟ الأيام التي تم تأشيرها من قبل تحتفظ به.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="59" />
      <source>Texte de la ligne</source>
      <translation>نص السطر</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="49" />
      <source>Type de journée</source>
      <translation>نوع اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="60" />
      <source>par exemple : sortir les poubelles</source>
      <translation>مثلًا: إخراج القمامة</translation>
    </message>
  </context>
  <context>
    <name>CirclesDialog</name>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="156" />
      <source>Cercles</source>
      <translation>الدوائر</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="145" />
      <source>Cercles thématiques</source>
      <translation>دوائر حسب الموضوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="169" />
      <source>Créer le cercle</source>
      <translation>إنشاء الدائرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="148" />
      <source>Facultatif : des petits groupes pour les achats, la cuisine, la vente, la communication, la comptabilité. Les tâches peuvent en porter un.</source>
      <translation>اختياري: مجموعات صغيرة للشراء، الطبخ، البيع، التواصل، المحاسبة. يمكن أن تحمل المهام اسم دائرة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="170" />
      <source>Fermer</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="160" />
      <source>Membres du cercle</source>
      <translation>عضوات الدائرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="164" />
      <location filename="../../app/ui/delegate/lists.py" line="165" />
      <source>Nom du nouveau cercle</source>
      <translation>اسم الدائرة الجديدة</translation>
    </message>
  </context>
  <context>
    <name>ClosingPage</name>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="251" />
      <source> (correction)</source>
      <translation> (تصحيح)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="83" />
      <source>-3,50 pour une sortie</source>
      <translation>-3,50 للمال الخارج</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="62" />
      <source>1. Comptes de la journée (si vous avez compté sur papier)</source>
      <translation>1. حسابات اليوم (إذا حسبتِ على الورق)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="100" />
      <source>2. Argent de la caisse</source>
      <translation>2. مال الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="115" />
      <source>3. Comptage de la caisse à la fin</source>
      <translation>3. عدّ الصندوق في النهاية</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="150" />
      <source>4. Clôturer la journée</source>
      <translation>4. إغلاق اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="89" />
      <source>Ajouter</source>
      <translation>إضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="291" />
      <source>Attendu : {e}   ·   Compté : {c}   ·   Différence : {d}</source>
      <translation>المتوقع: {e}   ·   المعدود: {c}   ·   الفرق: {d}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="76" />
      <source>Ce qui s'est passé, ce qu'il faut retenir</source>
      <translation>ما حدث، وما يجب تذكّره</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="166" />
      <source>Clôture et corrections</source>
      <translation>الإغلاق والتصحيحات</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="397" />
      <source>Clôturer la journée</source>
      <translation>إغلاق اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="398" />
      <source>Clôturer la journée du {date} ? Ensuite, on ne peut plus changer les comptes, seulement ajouter des corrections.</source>
      <translation>إغلاق يوم {date}؟ بعد ذلك لا يمكن تغيير الحسابات، فقط إضافة تصحيحات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="48" />
      <source>Comptes de la feuille papier</source>
      <translation>حسابات الورقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="155" />
      <source>Corriger (après clôture)…</source>
      <translation>تصحيح (بعد الإغلاق)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="158" />
      <source>Corriger la caisse…</source>
      <translation>تصحيح الصندوق…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="137" />
      <source>Enregistrer le comptage</source>
      <translation>حفظ العدّ</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="78" />
      <source>Enregistrer le fond de caisse et les notes</source>
      <translation>حفظ مال البداية والملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="55" />
      <source>Enregistrer les comptes</source>
      <translation>حفظ الحسابات</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="107" />
      <source>Entrée (+) ou sortie (−) :</source>
      <translation>مال داخل (+) أو خارج (−):</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="94" />
      <source>Entrées et sorties d'argent</source>
      <translation>المال الداخل والخارج</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="136" />
      <source>Explication de la différence</source>
      <translation>شرح الفرق</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="73" />
      <source>Fond de caisse</source>
      <translation>مال البداية في الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="102" />
      <source>Fond de caisse au début :</source>
      <translation>مال الصندوق في البداية:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="51" />
      <source>Invendus</source>
      <translation>ما لم يُبَع</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="269" />
      <source>Journée clôturée le {when} par {who}. Elle ne change plus : utilisez « Corriger ».</source>
      <translation>أُغلق اليوم في {when} من طرف {who}. لم يعد يتغيّر: استعملي «تصحيح».</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="275" />
      <source>Journée ouverte.</source>
      <translation>اليوم مفتوح.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="84" />
      <source>Montant entré ou sorti</source>
      <translation>المبلغ الداخل أو الخارج</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="122" />
      <source>Nombre de {d}</source>
      <translation>عدد {d}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="325" />
      <source>Nombre très grand</source>
      <translation>الرقم كبير جدًا</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="77" />
      <source>Notes de la journée</source>
      <translation>ملاحظات اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="104" />
      <source>Notes de la journée :</source>
      <translation>ملاحظات اليوم:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="51" />
      <source>Offerts / pertes</source>
      <translation>هدايا / خسائر</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="87" />
      <source>Pourquoi ?</source>
      <translation>لماذا؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="88" />
      <source>Raison</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="135" />
      <source>S'il y a une différence : pourquoi ?</source>
      <translation>إذا كان هناك فرق: لماذا؟</translation>
    </message>
  </context>
  <context>
    <name>ClosureDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="346" />
      <source>Au</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="345" />
      <source>Du *</source>
      <translation>من *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="331" />
      <source>Nouvelle fermeture</source>
      <translation>إغلاق جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="338" />
      <source>Pour toutes les cohortes</source>
      <translation>لكل الدفعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="347" />
      <source>Raison</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="337" />
      <source>par exemple : congé d'automne</source>
      <translation>مثلًا: عطلة الخريف</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="335" />
      <source>vide = un seul jour</source>
      <translation>فارغ = يوم واحد فقط</translation>
    </message>
  </context>
  <context>
    <name>CohortDialog</name>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="47" />
      <source>Activité</source>
      <translation>النشاط</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="24" />
      <source>Cohorte</source>
      <translation>الدفعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="45" />
      <source>Début</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="46" />
      <source>Fin</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="49" />
      <source>Heures prévues</source>
      <translation>الساعات المخطط لها</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="48" />
      <source>Matinées prévues</source>
      <translation>الصباحيات المخطط لها</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="44" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="24" />
      <source>Nouvelle cohorte</source>
      <translation>دفعة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="32" />
      <source>par exemple : Coopérative 3</source>
      <translation>مثلًا: التعاونية 3</translation>
    </message>
  </context>
  <context>
    <name>CooperativeDialog</name>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="111" />
      <source>(aucun)</source>
      <translation>(لا شيء)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="79" />
      <source>Adresse</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="124" />
      <source>Ce fichier n'est pas une image lisible.</source>
      <translation>هذا الملف ليس صورة يمكن قراءتها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="116" />
      <source>Choisir un logo</source>
      <translation>اختيار شعار</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="65" />
      <source>Choisir un logo…</source>
      <translation>اختيار شعار…</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="80" />
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="118" />
      <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
      <translation>صور (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="83" />
      <source>Ligne « producteur »</source>
      <translation>سطر «المنتِج»</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="89" />
      <source>Logo</source>
      <translation>الشعار</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="78" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="82" />
      <source>N° d'entreprise / TVA</source>
      <translation>رقم المؤسسة / ضريبة القيمة المضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="47" />
      <source>Paramètres de la coopérative</source>
      <translation>إعدادات التعاونية</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="60" />
      <source>Produit par … (imprimé sur les étiquettes)</source>
      <translation>من إنتاج … (يُطبع على الملصقات)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="67" />
      <source>Retirer le logo</source>
      <translation>حذف الشعار</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="81" />
      <source>Téléphone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="58" />
      <source>facultatif, par exemple BE 0123.456.789</source>
      <translation>اختياري، مثلًا BE 0123.456.789</translation>
    </message>
  </context>
  <context>
    <name>CopyWeekDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="206" />
      <source>Copier la semaine</source>
      <translation>نسخ الأسبوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="211" />
      <source>Copier les matinées de la semaine du {date} vers la semaine du :</source>
      <translation>نسخ صباحيات أسبوع {date} إلى أسبوع:</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="216" />
      <source>Semaine</source>
      <translation>الأسبوع</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="204" />
      <source>(personne)</source>
      <translation>(لا أحد)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="213" />
      <source>Ajouter (+) ou enlever (−)</source>
      <translation>إضافة (+) أو إزالة (−)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="183" />
      <source>Correction après clôture</source>
      <translation>تصحيح بعد الإغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="190" />
      <source>Invendu</source>
      <translation>لم يُبَع</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="191" />
      <source>Offert ou perdu</source>
      <translation>هدية أو ضائع</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="212" />
      <source>Paiement</source>
      <translation>الدفع</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="214" />
      <source>Pourquoi ? *</source>
      <translation>لماذا؟ *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="210" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="215" />
      <source>Qui corrige</source>
      <translation>من تصحّح</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="211" />
      <source>Quoi</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="189" />
      <source>Vendu</source>
      <translation>بِيع</translation>
    </message>
  </context>
  <context>
    <name>CostPanel</name>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="33" />
      <source>&lt;b&gt;Coût et marge&lt;/b&gt;</source>
      <translation>&lt;b&gt;التكلفة والربح&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="46" />
      <source>Coût d'une fournée : {batch} (ingrédients {ingredients} + emballage {packaging})</source>
      <translation>تكلفة طبخة واحدة: {batch} (المكوّنات {ingredients} + التغليف {packaging})</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="65" />
      <source>Coût de la commande : {cost}</source>
      <translation>تكلفة الطلب: {cost}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="24" />
      <source>Coût et marge</source>
      <translation>التكلفة والربح</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="51" />
      <source>Coût par {unit} : {cost}</source>
      <translation>التكلفة لكل {unit}: {cost}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="77" />
      <source>Marge : {margin} ({percent}) · coût matière {food} · coefficient {markup}</source>
      <translation>الربح: {margin} ({percent}) · تكلفة المواد {food} · المعامل {markup}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="73" />
      <source>Prix : {incl} TVA comprise, soit {excl} hors TVA</source>
      <translation>السعر: {incl} مع ضريبة القيمة المضافة، أي {excl} بدون الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="85" />
      <source>Prix conseillé (coût matière {target}) : {price}</source>
      <translation>السعر المقترح (تكلفة المواد {target}): {price}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="58" />
      <source>Sans prix : {names}</source>
      <translation>بدون سعر: {names}</translation>
    </message>
  </context>
  <context>
    <name>CostingSettingsDialog</name>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="42" />
      <source>Coût matière visé</source>
      <translation>تكلفة المواد المطلوبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="49" />
      <source>Coût matière visé : la part du prix hors TVA que coûtent les ingrédients et l'emballage. 30 % veut dire une marge de 70 %.</source>
      <translation>تكلفة المواد المطلوبة: جزء السعر بدون ضريبة القيمة المضافة الذي تكلّفه المكوّنات والتغليف. 30 % تعني ربحًا بنسبة 70 %.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="39" />
      <source>TVA alimentation (%)</source>
      <translation>ضريبة القيمة المضافة على الطعام (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="29" />
      <source>TVA et objectif de marge</source>
      <translation>ضريبة القيمة المضافة وهدف الربح</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="41" />
      <source>TVA taux normal (%)</source>
      <translation>ضريبة القيمة المضافة العادية (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="40" />
      <source>TVA traiteur et service (%)</source>
      <translation>ضريبة القيمة المضافة على التموين والخدمة (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="67" />
      <source>Écrivez un taux, par exemple 6 ou 12.</source>
      <translation>اكتبي نسبة، مثلًا 6 أو 12.</translation>
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
    <name>Evaluations</name>
    <message>
      <location filename="../../app/ui/evaluations/commands.py" line="46" />
      <source>Ajouter une réponse</source>
      <translation>إضافة جواب</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/commands.py" line="65" />
      <source>Supprimer une réponse</source>
      <translation>حذف جواب</translation>
    </message>
  </context>
  <context>
    <name>EvaluationsTab</name>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="79" />
      <source>Auto-évaluation et pairs</source>
      <translation>التقييم الذاتي وتقييم الزميلات</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="81" />
      <source>Bilans individuels</source>
      <translation>الحصيلة الفردية</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="87" />
      <source>Changer le code PIN…</source>
      <translation>تغيير الرمز السري PIN…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="82" />
      <source>Compétences et échelle</source>
      <translation>المهارات والسُّلَّم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="91" />
      <source>Données privées : verrouillez avant de quitter l'ordinateur.</source>
      <translation>معلومات خاصة: أقفلي قبل أن تتركي الحاسوب.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="80" />
      <source>Dégustations</source>
      <translation>التذوّق</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="78" />
      <source>Grille d'observation</source>
      <translation>شبكة الملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="83" />
      <source>Verrouiller</source>
      <translation>قفل</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="85" />
      <source>Verrouiller les évaluations (Ctrl+L)</source>
      <translation>قفل التقييمات (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="124" />
      <source>Évaluations</source>
      <translation>التقييمات</translation>
    </message>
  </context>
  <context>
    <name>EvaluatorsDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="54" />
      <source>Au moins deux évaluatrices observent chaque membre.</source>
      <translation>تلاحظ مقيّمتان على الأقل كل عضوة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="42" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="45" />
      <source>Évaluatrices</source>
      <translation>المقيّمات</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="85" />
      <source>(aucune)</source>
      <translation>(لا شيء)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="83" />
      <source>(personne)</source>
      <translation>(لا أحد)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="118" />
      <source>Commande (onglet Menus)</source>
      <translation>الطلب (قسم القوائم)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="114" />
      <source>Date *</source>
      <translation>التاريخ *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="117" />
      <source>Déléguée du jour</source>
      <translation>المسؤولة عن اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="120" />
      <source>Fond de caisse</source>
      <translation>مال البداية في الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="125" />
      <source>Les prix sont copiés maintenant : changer une recette plus tard ne change pas cette vente.</source>
      <translation>الأسعار تُنسخ الآن: تغيير وصفة فيما بعد لا يغيّر هذا البيع.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="116" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="76" />
      <source>Nouvelle vente</source>
      <translation>بيع جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="119" />
      <source>Produits en vente *</source>
      <translation>المنتجات المعروضة للبيع *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="115" />
      <source>Type de vente *</source>
      <translation>نوع البيع *</translation>
    </message>
  </context>
  <context>
    <name>ExpenseDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="304" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="301" />
      <source>Date *</source>
      <translation>التاريخ *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="302" />
      <source>Fournisseur</source>
      <translation>المورّد</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="292" />
      <source>Liée à la vente du {d}</source>
      <translation>مرتبطة ببيع يوم {d}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="303" />
      <source>Montant *</source>
      <translation>المبلغ *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="280" />
      <source>Nouvelle dépense</source>
      <translation>مصروف جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="306" />
      <source>N° du ticket</source>
      <translation>رقم الوصل</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="305" />
      <source>Payé par</source>
      <translation>دفعته</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="307" />
      <source>Vente</source>
      <translation>البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="289" />
      <source>la caisse (personne à rembourser)</source>
      <translation>الصندوق (لا أحد يجب تعويضه)</translation>
    </message>
  </context>
  <context>
    <name>ExpensesPage</name>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="108" />
      <source>Ajouter une dépense</source>
      <translation>إضافة مصروف</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="111" />
      <source>Annuler cette dépense…</source>
      <translation>إلغاء هذا المصروف…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="169" />
      <source>Annuler une dépense</source>
      <translation>إلغاء مصروف</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="100" />
      <source>Dépenses de la cohorte</source>
      <translation>مصاريف الدفعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="114" />
      <source>Marquer remboursée</source>
      <translation>تأشير: تم التعويض</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="170" />
      <source>On garde la dépense et on ajoute une dépense contraire. Pourquoi ?</source>
      <translation>نحتفظ بالمصروف ونضيف مصروفًا معاكسًا. لماذا؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="152" />
      <source>Rien à rembourser.</source>
      <translation>لا شيء للتعويض.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="150" />
      <source>À rembourser : {list}</source>
      <translation>للتعويض: {list}</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="184" />
      <source>&lt; Retour</source>
      <translation>&lt; رجوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="186" />
      <source>Plus tard</source>
      <translation>لاحقًا</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="169" />
      <source>Premier démarrage</source>
      <translation>التشغيل الأول</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="183" />
      <source>Suivant &gt;</source>
      <translation>التالي &gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="185" />
      <source>Terminer</source>
      <translation>إنهاء</translation>
    </message>
  </context>
  <context>
    <name>FrameworkPage</name>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="80" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="214" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="226" />
      <source>Adjectif</source>
      <translation>صفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="82" />
      <source>Adjectifs</source>
      <translation>الصفات</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="104" />
      <source>Adjectifs (pour toutes les cohortes)</source>
      <translation>الصفات (لكل الدفعات)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="88" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="108" />
      <source>Ajouter…</source>
      <translation>إضافة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="72" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="170" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="76" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="204" />
      <source>Ce que l'on observe</source>
      <translation>ما نلاحظه</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="72" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="170" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="180" />
      <source>Compétence</source>
      <translation>مهارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="74" />
      <source>Compétences</source>
      <translation>المهارات</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="84" />
      <source>Compétences de la cohorte</source>
      <translation>مهارات الدفعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="80" />
      <source>Explication</source>
      <translation>شرح</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="214" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="227" />
      <source>Explication simple</source>
      <translation>شرح بسيط</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="224" />
      <source>Modifier l'adjectif</source>
      <translation>تعديل الصفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="100" />
      <source>Modifier le niveau…</source>
      <translation>تعديل المستوى…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="109" />
      <source>Modifier…</source>
      <translation>تعديل…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="76" />
      <source>Niveau</source>
      <translation>المستوى</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="201" />
      <source>Niveau {n}</source>
      <translation>المستوى {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="76" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="203" />
      <source>Nom</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="213" />
      <source>Nouvel adjectif</source>
      <translation>صفة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="169" />
      <source>Nouvelle compétence</source>
      <translation>مهارة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="179" />
      <source>Renommer la compétence</source>
      <translation>تغيير اسم المهارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="89" />
      <source>Renommer…</source>
      <translation>تغيير الاسم…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="91" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="111" />
      <source>Retirer / remettre</source>
      <translation>حذف / إرجاع</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="134" />
      <source>retirée</source>
      <translation>محذوفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="134" />
      <source>utilisée</source>
      <translation>مستعملة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="78" />
      <source>Échelle</source>
      <translation>السُّلَّم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="96" />
      <source>Échelle de notes</source>
      <translation>سُلَّم النقاط</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="72" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="80" />
      <source>État</source>
      <translation>الحالة</translation>
    </message>
  </context>
  <context>
    <name>GridPage</name>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="324" />
      <source>Accord entre évaluatrices ({n} paires de notes) : {exact} % identiques, {close} % à un niveau près. Kappa pondéré : {kappa}.</source>
      <translation>الاتفاق بين المقيّمات ({n} أزواج من النقاط): {exact} % متطابقة، {close} % بفارق مستوى واحد. كابا الموزون: {kappa}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="319" />
      <source>Accord entre évaluatrices : pas encore de notes à comparer.</source>
      <translation>الاتفاق بين المقيّمات: لا توجد نقاط للمقارنة بعد.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="229" />
      <source>Aucune grille : créez-en une.</source>
      <translation>لا توجد شبكة: أنشئي واحدة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="120" />
      <source>Commentaire</source>
      <translation>تعليق</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="367" />
      <source>Commentaire pour {name}</source>
      <translation>تعليق عن {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="155" />
      <source>Commentaires</source>
      <translation>التعليقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="120" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="155" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="164" />
      <source>Compétence</source>
      <translation>المهارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="169" />
      <source>Désaccords</source>
      <translation>الاختلافات</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="158" />
      <source>Détail du membre</source>
      <translation>تفاصيل العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="124" />
      <source>Enregistrer la fiche</source>
      <translation>حفظ الورقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="126" />
      <source>Enregistrer la fiche (Ctrl+S)</source>
      <translation>حفظ الورقة (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="118" />
      <source>Fiche d'observation</source>
      <translation>ورقة الملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="417" />
      <source>Fiche de {name}, jour {day}</source>
      <translation>ورقة {name}، اليوم {day}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="427" />
      <source>Fiche enregistrée : {n} note(s).</source>
      <translation>تم حفظ الورقة: عدد النقاط {n}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="89" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="469" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="478" />
      <source>Finaliser</source>
      <translation>إنهاء</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="470" />
      <source>Finaliser cette grille ? Les notes ne pourront plus changer.</source>
      <translation>إنهاء هذه الشبكة؟ لن يمكن تغيير النقاط بعد ذلك.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="256" />
      <source>Finalisée</source>
      <translation>منتهية</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="94" />
      <source>Grille :</source>
      <translation>الشبكة:</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="111" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="165" />
      <source>Jour</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="108" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="146" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="163" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="155" />
      <source>Médiane</source>
      <translation>الوسيط</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="177" />
      <source>Médiane des notes par catégorie</source>
      <translation>وسيط النقاط حسب الفئة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="178" />
      <source>Médiane par compétence du membre choisi</source>
      <translation>الوسيط لكل مهارة للعضوة المختارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="151" />
      <source>Médianes par membre</source>
      <translation>الوسيط لكل عضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="120" />
      <source>Niveau</source>
      <translation>المستوى</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="359" />
      <source>Niveau pour {name}</source>
      <translation>مستوى {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="148" />
      <source>Nombre de notes</source>
      <translation>عدد النقاط</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="166" />
      <source>Notes différentes</source>
      <translation>نقاط مختلفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="84" />
      <source>Nouvelle grille d'observation (Ctrl+N)</source>
      <translation>شبكة ملاحظة جديدة (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="82" />
      <source>Nouvelle grille…</source>
      <translation>شبكة جديدة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="173" />
      <source>Résultats</source>
      <translation>النتائج</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="137" />
      <source>Saisie d'une fiche</source>
      <translation>ملء ورقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="112" />
      <source>jour </source>
      <translation>اليوم </translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="258" />
      <source>{n} jour(s), {e} évaluatrice(s)</source>
      <translation>الأيام: {n}، المقيّمات: {e}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="179" />
      <source>À discuter avant l'entretien (2 niveaux d'écart ou plus)</source>
      <translation>للنقاش قبل المقابلة (فرق مستويين أو أكثر)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="79" />
      <source>Évaluation</source>
      <translation>التقييم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="105" />
      <source>Évaluatrice</source>
      <translation>المقيّمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="86" />
      <source>Évaluatrices…</source>
      <translation>المقيّمات…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="360" />
      <source>— pas observé</source>
      <translation>— لم تُلاحَظ</translation>
    </message>
  </context>
  <context>
    <name>HandoverDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="138" />
      <source>Ce qui est fait</source>
      <translation>ما تم إنجازه</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="139" />
      <source>La suite</source>
      <translation>ما يأتي بعد</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="122" />
      <source>Passation</source>
      <translation>التسليم</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="125" />
      <source>Pour la prochaine déléguée : ce qui est fait, ce qui reste à faire.</source>
      <translation>للمسؤولة القادمة: ما تم إنجازه، وما بقي للقيام به.</translation>
    </message>
  </context>
  <context>
    <name>HelpPanel</name>
    <message>
      <location filename="../../app/ui/help/panel.py" line="25" />
      <source>Aide de l'onglet</source>
      <translation>مساعدة هذا التبويب</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/panel.py" line="81" />
      <source>Aller à un onglet</source>
      <translation>الذهاب إلى تبويب</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/panel.py" line="81" />
      <source>Alt+1 … Alt+8</source>
      <translation>Alt+1 … Alt+8</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/panel.py" line="31" />
      <source>Comment faire ?</source>
      <translation>كيف أفعل؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/panel.py" line="82" />
      <source>Passer au champ suivant / précédent</source>
      <translation>الانتقال إلى الخانة التالية / السابقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/panel.py" line="69" />
      <source>Raccourcis clavier</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/panel.py" line="82" />
      <source>Tab / Maj+Tab</source>
      <translation>Tab / Maj+Tab</translation>
    </message>
  </context>
  <context>
    <name>IngredientDialog</name>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="74" />
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="76" />
      <source>Actif</source>
      <translation>نشِط</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="98" />
      <source>Allergènes (contient)</source>
      <translation>مسبّبات الحساسية (يحتوي على)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="85" />
      <source>Fournisseur</source>
      <translation>المورّد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="51" />
      <source>Modifier l'ingrédient</source>
      <translation>تعديل المكوّن</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="80" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="87" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="51" />
      <source>Nouvel ingrédient</source>
      <translation>مكوّن جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="99" />
      <source>Peut contenir des traces de</source>
      <translation>قد يحتوي على آثار من</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="86" />
      <source>Poids d'une pièce (g)</source>
      <translation>وزن القطعة الواحدة (غ)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="158" />
      <source>Prix connus (un nouveau prix garde les anciens) :</source>
      <translation>الأسعار المعروفة (السعر الجديد يحتفظ بالقديمة):</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="83" />
      <source>Prix du paquet (€) *</source>
      <translation>سعر العلبة (€) *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="84" />
      <source>Prix valable depuis le</source>
      <translation>السعر صالح منذ</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="82" />
      <source>Taille du paquet *</source>
      <translation>حجم العلبة *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="81" />
      <source>Unité d'achat</source>
      <translation>وحدة الشراء</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="149" />
      <source>depuis le {date} : {size} {unit} pour {price}</source>
      <translation>منذ {date}: {size} {unit} بسعر {price}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="59" />
      <source>par exemple 1 ou 500</source>
      <translation>مثلًا 1 أو 500</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="61" />
      <source>par exemple 6,49</source>
      <translation>مثلًا 6,49</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="66" />
      <source>par exemple Colruyt, marché de la Batte</source>
      <translation>مثلًا Colruyt، سوق La Batte</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="69" />
      <source>pour les étiquettes, par exemple 55 pour un œuf</source>
      <translation>للملصقات، مثلًا 55 لبيضة واحدة</translation>
    </message>
  </context>
  <context>
    <name>IngredientsPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/ingredients_page.py" line="78" />
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
      <location filename="../../app/ui/menus/ingredients_page.py" line="64" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="56" />
      <source>Montrer les ingrédients inactifs</source>
      <translation>إظهار المكوّنات غير النشطة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="61" />
      <source>Nouvel ingrédient</source>
      <translation>مكوّن جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="55" />
      <source>Rechercher un ingrédient ou un fournisseur…</source>
      <translation>البحث عن مكوّن أو مورّد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="67" />
      <source>Supprimer</source>
      <translation>حذف</translation>
    </message>
  </context>
  <context>
    <name>LabelProducts</name>
    <message>
      <location filename="../../app/ui/labels/model.py" line="118" />
      <source>Il manque : {missing}</source>
      <translation>ينقص: {missing}</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="129" />
      <source>Nombre d'étiquettes</source>
      <translation>عدد الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="17" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="117" />
      <source>Prêt</source>
      <translation>جاهز</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="18" />
      <source>Quantité nette</source>
      <translation>الكمية الصافية</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="20" />
      <source>État</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="19" />
      <source>Étiquettes</source>
      <translation>الملصقات</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../app/ui/labels/commands.py" line="18" />
      <source>Supprimer le modèle {name}</source>
      <translation>حذف النموذج {name}</translation>
    </message>
  </context>
  <context>
    <name>LabelsTab</name>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="104" />
      <source>1. Produits : tapez le nombre d'étiquettes</source>
      <translation>1. المنتجات: اكتبي عدد الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="146" />
      <source>2. Impression</source>
      <translation>2. الطباعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="166" />
      <source>Ajouter</source>
      <translation>إضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="176" />
      <source>Aperçu et impression…</source>
      <translation>المعاينة والطباعة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="134" />
      <source>Aucun</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="91" />
      <source>Aucun produit. Créez d'abord les recettes (ingrédients, quantité nette, durée de conservation) dans l'onglet Menus.</source>
      <translation>لا يوجد منتج. أنشئي أولًا الوصفات (المكوّنات، الكمية الصافية، مدة الحفظ) في قسم القوائم.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="323" />
      <source>Ce n'est pas la date d'aujourd'hui ({today}). Vérifiez-la.</source>
      <translation>هذا ليس تاريخ اليوم ({today}). تحقّقي منه.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="153" />
      <source>Code-barres</source>
      <translation>الرمز الشريطي</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="149" />
      <source>Date de production</source>
      <translation>تاريخ الإنتاج</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="190" />
      <source>Décalage vers la droite</source>
      <translation>إزاحة نحو اليمين</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="191" />
      <source>Décalage vers le bas</source>
      <translation>إزاحة نحو الأسفل</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="135" />
      <source>EAN-13 (code produit)</source>
      <translation>EAN-13 (رمز المنتج)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="150" />
      <source>Feuille d'étiquettes</source>
      <translation>ورقة الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="200" />
      <source>Garder ce décalage</source>
      <translation>الاحتفاظ بهذه الإزاحة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="217" />
      <source>Imprimante</source>
      <translation>الطابعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="354" />
      <source>Les {n} premières (en gris) sont déjà utilisées.</source>
      <translation>أول {n} (باللون الرمادي) مستعملة من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="225" />
      <source>Les étiquettes en arabe ne sont pas encore possibles.</source>
      <translation>الملصقات بالعربية غير ممكنة بعد.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="141" />
      <source>Logo</source>
      <translation>الشعار</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="203" />
      <source>Nouveau modèle…</source>
      <translation>نموذج جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="152" />
      <source>Numéro de lot</source>
      <translation>رقم الدفعة (Lot)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="101" />
      <source>Ouvrir la recette</source>
      <translation>فتح الوصفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="438" />
      <source>Page de réglage</source>
      <translation>صفحة الضبط</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="184" />
      <source>Page de réglage…</source>
      <translation>صفحة الضبط…</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="140" />
      <source>Petite histoire</source>
      <translation>قصة قصيرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="139" />
      <source>Prix</source>
      <translation>السعر</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="67" />
      <source>Produits et nombre d'étiquettes</source>
      <translation>المنتجات وعدد الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="136" />
      <source>QR code (code produit)</source>
      <translation>رمز QR (رمز المنتج)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="209" />
      <source>Réglages de la feuille</source>
      <translation>إعدادات الورقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="206" />
      <source>Supprimer ce modèle</source>
      <translation>حذف هذا النموذج</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="474" />
      <source>Supprimer le modèle</source>
      <translation>حذف النموذج</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="475" />
      <source>Supprimer le modèle « {name} » ? Vous pourrez annuler (Ctrl+Z).</source>
      <translation>حذف النموذج «{name}»؟ يمكنك التراجع (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="343" />
      <source>Tapez un nombre d'étiquettes à côté d'un produit. Sur le dessin de la feuille, cliquez sur la première étiquette libre.</source>
      <translation>اكتبي عدد الملصقات بجانب المنتج. على رسم الورقة، انقري على أول ملصق فارغ.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="178" />
      <source>Voir les étiquettes, puis imprimer (Ctrl+P)</source>
      <translation>رؤية الملصقات، ثم الطباعة (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="331" />
      <source>automatique : {lot}</source>
      <translation>تلقائي: {lot}</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="350" />
      <source>{n} étiquettes sur {sheets} feuille(s) {name}.</source>
      <translation>{n} ملصقات على أوراق {name} (عددها {sheets}).</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="367" />
      <source>« {name} » : il manque {missing}.</source>
      <translation>«{name}»: ينقص {missing}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="372" />
      <source>« {name} » est prêt.</source>
      <translation>«{name}» جاهز.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="261" />
      <location filename="../../app/ui/labels/tab.py" line="429" />
      <source>Étiquettes</source>
      <translation>الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="151" />
      <source>Étiquettes déjà utilisées</source>
      <translation>ملصقات مستعملة من قبل</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <location filename="../../app/ui/menus/list_page.py" line="47" />
      <source>Rechercher</source>
      <translation>بحث</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" line="153" />
      <source>&amp;Aide</source>
      <translation>&amp;مساعدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="141" />
      <source>&amp;Fichier</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="350" />
      <source>&lt;h3&gt;Coopér'Actives Cuisine {version}&lt;/h3&gt;&lt;p&gt;L'application des coopératives éphémères de cuisine : planning, menus, étiquettes, ventes, déléguée du jour et évaluations.&lt;/p&gt;&lt;p&gt;Base de données : {path}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Coopér'Actives Cuisine {version}&lt;/h3&gt;&lt;p&gt;برنامج التعاونيات المؤقتة للطبخ: الجدول، القوائم، الملصقات، البيع، المسؤولة عن اليوم والتقييمات.&lt;/p&gt;&lt;p&gt;قاعدة البيانات: {path}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="118" />
      <source>Annuler</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="204" />
      <source>Aucune cohorte</source>
      <translation>لا توجد دفعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="224" />
      <source>Bienvenue ! Commencez par décrire votre coopérative : son nom, son adresse.</source>
      <translation>مرحبًا! ابدئي بوصف تعاونيتك: اسمها وعنوانها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="40" />
      <location filename="../../app/ui/main_window.py" line="129" />
      <source>Cohorte</source>
      <translation>الدفعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="132" />
      <source>Cohorte :</source>
      <translation>الدفعة:</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="204" />
      <source>Cohorte : {name}</source>
      <translation>الدفعة: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="169" />
      <source>Commencer</source>
      <translation>ابدئي</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="234" />
      <source>Créer une cohorte</source>
      <translation>إنشاء دفعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="232" />
      <source>Créez maintenant la première cohorte, puis ajoutez ses membres.</source>
      <translation>أنشئي الآن الدفعة الأولى، ثم أضيفي عضواتها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="228" />
      <source>Décrire la coopérative</source>
      <translation>وصف التعاونية</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="209" />
      <source>Déléguée du jour : {name}</source>
      <translation>المسؤولة عن اليوم: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="113" />
      <source>Modifier la cohorte…</source>
      <translation>تعديل الدفعة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="106" />
      <source>Nouvelle cohorte…</source>
      <translation>دفعة جديدة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="97" />
      <source>Paramètres de la coopérative…</source>
      <translation>إعدادات التعاونية…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="116" />
      <source>Quitter</source>
      <translation>خروج</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="121" />
      <source>Rétablir</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="349" />
      <source>À propos</source>
      <translation>حول البرنامج</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="125" />
      <source>À propos…</source>
      <translation>حول البرنامج…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="148" />
      <source>É&amp;dition</source>
      <translation>&amp;تحرير</translation>
    </message>
  </context>
  <context>
    <name>Members</name>
    <message>
      <location filename="../../app/ui/people/commands.py" line="20" />
      <source>Ajouter {name}</source>
      <translation>إضافة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/commands.py" line="47" />
      <source>Désactiver {name}</source>
      <translation>إيقاف {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/commands.py" line="34" />
      <source>Modifier {name}</source>
      <translation>تعديل {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/commands.py" line="47" />
      <source>Réactiver {name}</source>
      <translation>إعادة تفعيل {name}</translation>
    </message>
  </context>
  <context>
    <name>MembersTab</name>
    <message numerus="yes">
      <location filename="../../app/ui/people/tab.py" line="138" />
      <source>%n personne(s)</source>
      <translation>
        <numerusform>%n شخص</numerusform>
        <numerusform>%n شخص</numerusform>
        <numerusform>%n شخصان</numerusform>
        <numerusform>%n أشخاص</numerusform>
        <numerusform>%n شخصًا</numerusform>
        <numerusform>%n شخص</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="67" />
      <source>Ajouter une personne</source>
      <translation>إضافة شخص</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="69" />
      <source>Ajouter une personne (Ctrl+N)</source>
      <translation>إضافة شخص (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="83" />
      <source>Données personnelles</source>
      <translation>المعلومات الشخصية</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="74" />
      <location filename="../../app/ui/people/tab.py" line="163" />
      <location filename="../../app/ui/people/tab.py" line="202" />
      <source>Désactiver</source>
      <translation>إيقاف</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="203" />
      <source>Désactiver {name} ? Elle n'apparaîtra plus dans les listes, mais tout son historique est gardé. Vous pourrez la réactiver.</source>
      <translation>إيقاف {name}؟ لن تظهر في القوائم بعد الآن، لكن كل تاريخها محفوظ. يمكنك إعادة تفعيلها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="94" />
      <source>Effacer ses données…</source>
      <translation>مسح معلوماتها…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="87" />
      <source>Exporter en JSON…</source>
      <translation>تصدير بصيغة JSON…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="53" />
      <source>Liste des personnes</source>
      <translation>قائمة الأشخاص</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="126" />
      <source>Membres</source>
      <translation>العضوات</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="79" />
      <source>Mettre à la corbeille (Suppr)</source>
      <translation>وضع في سلة المهملات (Suppr)</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="71" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="43" />
      <source>Montrer les personnes inactives</source>
      <translation>إظهار الأشخاص غير النشطين</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="40" />
      <source>Rechercher</source>
      <translation>بحث</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="39" />
      <source>Rechercher un nom, un téléphone, une langue…</source>
      <translation>البحث عن اسم، هاتف، لغة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="161" />
      <source>Réactiver</source>
      <translation>إعادة التفعيل</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="77" />
      <source>Supprimer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="90" />
      <source>Voir et imprimer (PDF)…</source>
      <translation>عرض وطباعة (PDF)…</translation>
    </message>
  </context>
  <context>
    <name>MenuDialog</name>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="52" />
      <location filename="../../app/ui/menus/menu_dialog.py" line="54" />
      <source>Actif</source>
      <translation>نشِط</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="63" />
      <source>Ajouter une recette</source>
      <translation>إضافة وصفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="71" />
      <source>Format de vente</source>
      <translation>شكل البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="136" />
      <source>Ligne {n} : choisissez une recette de la liste.</source>
      <translation>السطر {n}: اختاري وصفة من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="41" />
      <source>Modifier le menu</source>
      <translation>تعديل القائمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="70" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="72" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="41" />
      <source>Nouveau menu</source>
      <translation>قائمة طعام جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="59" />
      <source>Portions par personne</source>
      <translation>الحصص لكل شخص</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="111" />
      <source>Portions par personne, ligne {n}</source>
      <translation>الحصص لكل شخص، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="59" />
      <source>Recette</source>
      <translation>الوصفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="104" />
      <source>Recette, ligne {n}</source>
      <translation>الوصفة، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="57" />
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
      <location filename="../../app/ui/menus/menu_dialog.py" line="46" />
      <source>par exemple : Brunch des 20 ans</source>
      <translation>مثلًا: فطور الذكرى العشرين</translation>
    </message>
  </context>
  <context>
    <name>MenusPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/menus_page.py" line="74" />
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
      <location filename="../../app/ui/menus/menus_page.py" line="118" />
      <source>Liste de courses</source>
      <translation>قائمة المشتريات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="63" />
      <source>Liste de courses…</source>
      <translation>قائمة المشتريات…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="61" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="105" />
      <source>Modifier le menu {name}</source>
      <translation>تعديل القائمة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="56" />
      <source>Montrer les menus inactifs</source>
      <translation>إظهار القوائم غير النشطة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="60" />
      <source>Nouveau menu</source>
      <translation>قائمة طعام جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="118" />
      <source>Pour combien de personnes ?</source>
      <translation>لكم شخص؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="55" />
      <source>Rechercher un menu…</source>
      <translation>البحث عن قائمة…</translation>
    </message>
  </context>
  <context>
    <name>MenusPrinting</name>
    <message>
      <location filename="../../app/ui/menus/printing.py" line="23" />
      <source>Devis n° {id}</source>
      <translation>عرض السعر رقم {id}</translation>
    </message>
  </context>
  <context>
    <name>MenusTab</name>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="44" />
      <source>Calculer avant de dépenser : chaque recette et chaque commande montre son coût.</source>
      <translation>احسبي قبل أن تصرفي: كل وصفة وكل طلب يُظهر تكلفته.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="33" />
      <source>Commandes et devis</source>
      <translation>الطلبات وعروض الأسعار</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="69" />
      <source>Coût matière visé : {n} %</source>
      <translation>تكلفة المواد المطلوبة: {n} %</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="31" />
      <source>Ingrédients</source>
      <translation>المكوّنات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="32" />
      <location filename="../../app/ui/menus/tab.py" line="58" />
      <source>Menus</source>
      <translation>القوائم</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="30" />
      <source>Recettes</source>
      <translation>الوصفات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="34" />
      <source>TVA et objectif de marge…</source>
      <translation>ضريبة القيمة المضافة وهدف الربح…</translation>
    </message>
  </context>
  <context>
    <name>ModuleDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="414" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="407" />
      <source>Nouveau module</source>
      <translation>وحدة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="414" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
  </context>
  <context>
    <name>MorningDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="130" />
      <source>Animé par</source>
      <translation>تنشّطها</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="125" />
      <source>Date *</source>
      <translation>التاريخ *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="126" />
      <source>Début</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="127" />
      <source>Fin</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="131" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="100" />
      <source>Modifier la matinée</source>
      <translation>تعديل الصباحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="128" />
      <source>Module</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="132" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="100" />
      <source>Nouvelle matinée</source>
      <translation>صباحية جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="129" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="133" />
      <source>État</source>
      <translation>الحالة</translation>
    </message>
  </context>
  <context>
    <name>MoveDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="187" />
      <source>Début</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="177" />
      <source>Déplacer la matinée</source>
      <translation>نقل الصباحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="186" />
      <source>Nouvelle date</source>
      <translation>التاريخ الجديد</translation>
    </message>
  </context>
  <context>
    <name>OrderDialog</name>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="125" />
      <source> jours</source>
      <translation> أيام</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="107" />
      <source>(pas de menu)</source>
      <translation>(بدون قائمة)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="143" />
      <source>Adresse</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="170" />
      <source>Ajouter une ligne</source>
      <translation>إضافة سطر</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="367" />
      <source>Ajoutez des lignes pour voir le coût et la marge.</source>
      <translation>أضيفي سطورًا لرؤية التكلفة والربح.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="273" />
      <source>Choisissez d'abord un menu.</source>
      <translation>اختاري أولًا قائمة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="136" />
      <source>Client *</source>
      <translation>الزبون *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="84" />
      <source>Commande n° {id}</source>
      <translation>الطلب رقم {id}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="146" />
      <source>Conditions</source>
      <translation>الشروط</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="137" />
      <source>Contact</source>
      <translation>جهة الاتصال</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="138" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="145" />
      <source>Devis valable</source>
      <translation>عرض السعر صالح لمدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="140" />
      <source>Format de vente</source>
      <translation>شكل البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="302" />
      <source>Ligne {n} : choisissez un produit de la liste.</source>
      <translation>السطر {n}: اختاري منتجًا من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="162" />
      <source>Lignes de la commande</source>
      <translation>سطور الطلب</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="142" />
      <source>Livraison</source>
      <translation>التوصيل</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="141" />
      <source>Menu</source>
      <translation>القائمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="139" />
      <source>Nombre de personnes</source>
      <translation>عدد الأشخاص</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="147" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="82" />
      <source>Nouvelle commande</source>
      <translation>طلب جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="374" />
      <source>Pour calculer : {message}</source>
      <translation>للحساب: {message}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="164" />
      <source>Prix TVAC</source>
      <translation>السعر مع الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="219" />
      <source>Prix unitaire, ligne {n}</source>
      <translation>سعر الوحدة، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="164" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="212" />
      <source>Produit, ligne {n}</source>
      <translation>المنتج، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="164" />
      <source>Quantité</source>
      <translation>الكمية</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="217" />
      <source>Quantité, ligne {n}</source>
      <translation>الكمية، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="110" />
      <source>Remplir depuis le menu</source>
      <translation>الملء من القائمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="228" />
      <source>Retirer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="229" />
      <source>Retirer la ligne {n}</source>
      <translation>حذف السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="144" />
      <source>Statut</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="164" />
      <source>TVA</source>
      <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="221" />
      <source>TVA, ligne {n}</source>
      <translation>ضريبة القيمة المضافة، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="378" />
      <source>Total : {total} TVA comprise</source>
      <translation>المجموع: {total} مع ضريبة القيمة المضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="96" />
      <source>nom, téléphone, e-mail</source>
      <translation>الاسم، الهاتف، البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="94" />
      <source>organisation ou personne</source>
      <translation>منظمة أو شخص</translation>
    </message>
  </context>
  <context>
    <name>OrdersPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/orders_page.py" line="115" />
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
      <location filename="../../app/ui/menus/orders_page.py" line="201" />
      <source>Calculer avant de dépenser</source>
      <translation>احسبي قبل أن تصرفي</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="103" />
      <source>Commande n° {id} : {message}</source>
      <translation>الطلب رقم {id}: {message}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="93" />
      <source>Courses en CSV…</source>
      <translation>المشتريات بصيغة CSV…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="223" />
      <source>Enregistrer la liste de courses</source>
      <translation>حفظ قائمة المشتريات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="86" />
      <source>Imprimer le devis (Ctrl+P)</source>
      <translation>طباعة عرض السعر (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="83" />
      <source>Imprimer le devis…</source>
      <translation>طباعة عرض السعر…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="202" />
      <source>Imprimer quand même le devis ?</source>
      <translation>طباعة عرض السعر رغم ذلك؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="90" />
      <source>Liste de courses…</source>
      <translation>قائمة المشتريات…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="81" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="171" />
      <source>Modifier la commande n° {id}</source>
      <translation>تعديل الطلب رقم {id}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="72" />
      <source>Montrer les commandes livrées et annulées</source>
      <translation>إظهار الطلبات المسلَّمة والملغاة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="79" />
      <source>Nouvelle commande</source>
      <translation>طلب جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="71" />
      <source>Rechercher un client…</source>
      <translation>البحث عن زبون…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="96" />
      <source>Supprimer…</source>
      <translation>حذف…</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
      <location filename="../../app/ui/pdf_preview.py" line="38" />
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
      <location filename="../../app/ui/pdf_preview.py" line="36" />
      <source>Aperçu</source>
      <translation>المعاينة</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="68" />
      <source>Enregistrer en PDF</source>
      <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="43" />
      <source>Enregistrer en PDF…</source>
      <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="47" />
      <source>Fermer</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="39" />
      <source>Imprimer…</source>
      <translation>طباعة…</translation>
    </message>
  </context>
  <context>
    <name>PeersPage</name>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="54" />
      <source>A répondu</source>
      <translation>أجابت</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="76" />
      <source>Auto-évaluation</source>
      <translation>التقييم الذاتي</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="82" />
      <source>Aveugle : choisi par ses collègues seulement</source>
      <translation>دون معرفة: تختاره زميلاتها فقط</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="83" />
      <source>Caché : choisi par elle seulement</source>
      <translation>مخفي: تختاره هي فقط</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="74" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="42" />
      <source>Chaque membre répond seule ; personne ne voit les réponses des autres.</source>
      <translation>كل عضوة تجيب وحدها؛ لا أحد يرى أجوبة الأخريات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="74" />
      <source>Compétence</source>
      <translation>المهارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="74" />
      <source>Elle dit</source>
      <translation>هي تقول</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="54" />
      <location filename="../../app/ui/evaluations/peers_page.py" line="61" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="74" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="36" />
      <source>Nouvelle auto-évaluation…</source>
      <translation>تقييم ذاتي جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="81" />
      <source>Ouvert : choisi par elle et par ses collègues</source>
      <translation>مفتوح: تختاره هي وزميلاتها</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="55" />
      <source>Qui a répondu</source>
      <translation>من أجابت</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="56" />
      <source>Réponses</source>
      <translation>الأجوبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="77" />
      <source>Résultats d'un membre (coordinatrice seulement)</source>
      <translation>نتائج عضوة (للمنسّقة فقط)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="39" />
      <source>Saisie privée par les membres</source>
      <translation>إدخال خاص من طرف العضوات</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="161" />
      <source>je l'ai déjà</source>
      <translation>عندي هذه المهارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="128" />
      <source>oui</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="128" />
      <source>pas encore</source>
      <translation>ليس بعد</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="33" />
      <source>Évaluation</source>
      <translation>التقييم</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="46" />
      <source>Évaluation :</source>
      <translation>التقييم:</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="161" />
      <source>à travailler</source>
      <translation>للتدرّب عليها</translation>
    </message>
  </context>
  <context>
    <name>PeopleModel</name>
    <message>
      <location filename="../../app/ui/people/model.py" line="75" />
      <source>Active</source>
      <translation>نشِطة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="72" />
      <source>Inactive</source>
      <translation>غير نشِطة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="19" />
      <source>Langues</source>
      <translation>اللغات</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="16" />
      <source>Nom</source>
      <translation>اسم العائلة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="74" />
      <source>Partie le {date}</source>
      <translation>غادرت في {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="18" />
      <source>Pays d'origine</source>
      <translation>بلد الأصل</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="15" />
      <source>Prénom</source>
      <translation>الاسم الشخصي</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="17" />
      <source>Rôle</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="21" />
      <source>Statut</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="20" />
      <source>Téléphone</source>
      <translation>الهاتف</translation>
    </message>
  </context>
  <context>
    <name>PersonData</name>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="120" />
      <source>Aucune sauvegarde du dossier des sauvegardes ne contient ses données.</source>
      <translation>لا توجد أي نسخة احتياطية في مجلد النسخ الاحتياطية تحتوي على بياناتها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="97" />
      <source>Données personnelles</source>
      <translation>البيانات الشخصية</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="165" />
      <source>Effacement impossible</source>
      <translation>تعذّر المسح</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="144" />
      <source>Effacer définitivement les données de {name} ?

Son nom, son téléphone, ses langues, son pays et les notes seront effacés, ses évaluations supprimées. Les ventes et l'historique de la cohorte restent, au nom de « Ancienne membre ». Cela ne peut pas être annulé.</source>
      <translation>مسح بيانات {name} نهائيًا؟

سيُمسح اسمها وهاتفها ولغاتها وبلدها والملاحظات، وتُحذف تقييماتها. تبقى المبيعات وتاريخ المجموعة باسم «عضوة سابقة». لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="143" />
      <source>Effacer ses données</source>
      <translation>مسح بياناتها</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="57" />
      <source>Enregistrer</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="79" />
      <source>Export impossible</source>
      <translation>تعذّر التصدير</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="126" />
      <source>Les copies sur une clé USB qui n'est pas branchée ne peuvent pas être vérifiées : elles sont supprimées quand elles ont plus de 12 mois, à la copie suivante sur la même clé.</source>
      <translation>لا يمكن التحقق من النسخ الموجودة على مفتاح USB غير موصول: تُحذف عندما يزيد عمرها عن 12 شهرًا، عند النسخ التالي على المفتاح نفسه.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="26" />
      <source>Mettre {name} à la corbeille ? Vous pourrez la restaurer pendant 30 jours (Édition › Corbeille).</source>
      <translation>نقل {name} إلى سلة المحذوفات؟ يمكنك استرجاعها خلال 30 يومًا (تحرير › سلة المحذوفات).</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="196" />
      <source>Sauvegarde impossible</source>
      <translation>تعذّر الحفظ الاحتياطي</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="183" />
      <source>Sauvegardes</source>
      <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="40" />
      <source>Suppression impossible</source>
      <translation>تعذّر الحذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="25" />
      <source>Supprimer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="184" />
      <source>Supprimer maintenant les {n} sauvegarde(s) qui gardent ses données ? Une nouvelle sauvegarde, sans ses données, est faite d'abord.</source>
      <translation>حذف النسخ الاحتياطية ({n}) التي ما زالت تحتوي على بياناتها الآن؟ تُؤخذ أولًا نسخة احتياطية جديدة بدون بياناتها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="109" />
      <source>{n} sauvegarde(s) gardent encore ses données (la plus ancienne du {oldest}). Elles sont supprimées automatiquement au plus tard le {until} ; vous pourrez aussi les supprimer tout de suite après l'effacement.</source>
      <translation>ما زالت {n} نسخة احتياطية تحتوي على بياناتها (أقدمها بتاريخ {oldest}). تُحذف تلقائيًا في موعد أقصاه {until}؛ ويمكنك أيضًا حذفها مباشرة بعد المسح.</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="54" />
      <location filename="../../app/ui/people/dialog.py" line="73" />
      <source>Active</source>
      <translation>نشِطة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="63" />
      <source>Langues parlées</source>
      <translation>اللغات التي تتكلّمها</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="34" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="74" />
      <source>Ne notez rien sur le titre de séjour, les papiers ni l'âge.</source>
      <translation>لا تكتبي شيئًا عن بطاقة الإقامة، ولا الأوراق، ولا العمر.</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="60" />
      <source>Nom</source>
      <translation>اسم العائلة</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="65" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="34" />
      <source>Nouvelle personne</source>
      <translation>شخص جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="62" />
      <source>Pays d'origine</source>
      <translation>بلد الأصل</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="59" />
      <source>Prénom *</source>
      <translation>الاسم الشخصي *</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="61" />
      <source>Rôle</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="64" />
      <source>Téléphone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="49" />
      <source>par exemple : arabe, français</source>
      <translation>مثلًا: العربية، الفرنسية</translation>
    </message>
  </context>
  <context>
    <name>PinPanel</name>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="93" />
      <source>Choisir le code PIN</source>
      <translation>اختيار الرمز السري PIN</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="46" />
      <location filename="../../app/ui/evaluations/pin_panel.py" line="61" />
      <source>Code PIN</source>
      <translation>الرمز السري PIN</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="48" />
      <source>Encore une fois</source>
      <translation>مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="100" />
      <source>Enregistrer le code</source>
      <translation>حفظ الرمز</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="95" />
      <source>Les évaluations sont privées. Choisissez un code de 4 chiffres ou plus. Seule la coordinatrice le connaît.</source>
      <translation>التقييمات خاصة. اختاري رمزًا من 4 أرقام أو أكثر. المنسّقة وحدها تعرفه.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="106" />
      <source>Ouvrir</source>
      <translation>فتح</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="47" />
      <source>Répéter le code PIN</source>
      <translation>أعيدي كتابة الرمز السري PIN</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="104" />
      <source>Tapez le code PIN de la coordinatrice pour voir les évaluations.</source>
      <translation>اكتبي الرمز السري PIN للمنسّقة لرؤية التقييمات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="102" />
      <source>Évaluations : accès protégé</source>
      <translation>التقييمات: دخول محمي</translation>
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="179" />
      <source>Garder les jours déjà publiés</source>
      <translation>الاحتفاظ بالأيام المنشورة من قبل</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="197" />
      <source>Jours</source>
      <translation>الأيام</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="186" />
      <source>Les jours de travail sont ceux du programme de la cohorte.</source>
      <translation>أيام العمل هي أيام برنامج الدفعة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="188" />
      <source>Pas de planning pour cette cohorte : choisissez les jours de la semaine.</source>
      <translation>لا يوجد جدول لهذه الدفعة: اختاري أيام الأسبوع.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="203" />
      <source>Planifier</source>
      <translation>التخطيط</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="165" />
      <source>Planifier les déléguées</source>
      <translation>تخطيط المسؤولات</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="181" />
      <source>Une adjointe expérimentée pour une première fois</source>
      <translation>مساعِدة لها خبرة مع من تقوم بذلك أول مرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="196" />
      <source>À partir du</source>
      <translation>ابتداءً من</translation>
    </message>
  </context>
  <context>
    <name>PrerequisiteDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="385" />
      <source>Avant</source>
      <translation>قبل</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="384" />
      <source>D'abord le module</source>
      <translation>أولًا الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="368" />
      <source>Nouveau prérequis</source>
      <translation>شرط سابق جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="374" />
      <source>toutes les matinées « {kind} »</source>
      <translation>كل الصباحيات «{kind}»</translation>
    </message>
  </context>
  <context>
    <name>PrivateEntry</name>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="165" />
      <source>1. Pour chaque compétence : je l'ai déjà, ou je veux la travailler ?</source>
      <translation>1. لكل مهارة: هل عندي هذه المهارة، أم أريد أن أتدرّب عليها؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="197" />
      <source>2. Choisissez de {low} à {high} mots pour vous et pour chaque collègue.</source>
      <translation>2. اختاري من {low} إلى {high} كلمات لنفسك ولكل زميلة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="97" />
      <source>Annuler</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="161" />
      <source>Bonjour {name} !</source>
      <translation>مرحبًا {name}!</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="75" />
      <source>Choisissez votre nom, puis cliquez sur « Commencer ».</source>
      <translation>اختاري اسمك، ثم انقري على «ابدئي».</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="60" />
      <source>Commencer</source>
      <translation>ابدئي</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="92" />
      <source>Envoyer mes réponses</source>
      <translation>إرسال أجوبتي</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="174" />
      <source>Je l'ai déjà</source>
      <translation>عندي هذه المهارة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="258" />
      <source>Merci ! Vos réponses sont enregistrées. Passez l'ordinateur à la personne suivante.</source>
      <translation>شكرًا! أجوبتك محفوظة. أعطي الحاسوب للشخص التالي.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="185" />
      <source>Note pour {name}</source>
      <translation>ملاحظة لـ {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="204" />
      <source>Pour vous</source>
      <translation>لكِ</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="65" />
      <source>Terminer la saisie (code PIN)</source>
      <translation>إنهاء الإدخال (الرمز السري PIN)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="184" />
      <source>Une note courte (si vous voulez)</source>
      <translation>ملاحظة قصيرة (إذا أردتِ)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="58" />
      <source>Votre nom</source>
      <translation>اسمك</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="175" />
      <source>À travailler</source>
      <translation>للتدرّب عليها</translation>
    </message>
  </context>
  <context>
    <name>RecipeDialog</name>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="109" />
      <source> jours</source>
      <translation> أيام</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="214" />
      <source>&lt;b&gt;Ingrédients d'une fournée&lt;/b&gt;</source>
      <translation>&lt;b&gt;مكوّنات طبخة واحدة&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="123" />
      <source>Active (en vente)</source>
      <translation>نشِطة (للبيع)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="196" />
      <source>Ajouter un ingrédient</source>
      <translation>إضافة مكوّن</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="199" />
      <source>Ajouter une ligne (Ctrl+L)</source>
      <translation>إضافة سطر (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="439" />
      <source>Ajoutez des ingrédients pour voir le coût.</source>
      <translation>أضيفي مكوّنات لرؤية التكلفة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="137" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="147" />
      <source>Code produit</source>
      <translation>رمز المنتج</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="141" />
      <source>Conservation</source>
      <translation>الحفظ</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="143" />
      <source>Conservation (texte)</source>
      <translation>الحفظ (نص)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="140" />
      <source>Emballage par unité (€)</source>
      <translation>التغليف لكل وحدة (€)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="192" />
      <source>Ingrédient</source>
      <translation>المكوّن</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="253" />
      <source>Ingrédient, ligne {n}</source>
      <translation>المكوّن، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="190" />
      <source>Ingrédients de la recette</source>
      <translation>مكوّنات الوصفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="367" />
      <source>Ligne {n} : choisissez un ingrédient de la liste, ou créez-le avec « Nouvel ingrédient ».</source>
      <translation>السطر {n}: اختاري مكوّنًا من القائمة، أو أنشئيه بـ «مكوّن جديد».</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="83" />
      <source>Modifier {name} (v{version})</source>
      <translation>تعديل {name} (v{version})</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="136" />
      <source>Nom *</source>
      <translation>الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="201" />
      <source>Nouvel ingrédient…</source>
      <translation>مكوّن جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="81" />
      <source>Nouvelle recette</source>
      <translation>وصفة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="122" />
      <source>Petit emballage (moins de 80 cm²)</source>
      <translation>تغليف صغير (أقل من 80 cm²)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="144" />
      <source>Petite histoire</source>
      <translation>قصة قصيرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="139" />
      <source>Poids ou volume net</source>
      <translation>الوزن أو الحجم الصافي</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="444" />
      <source>Pour calculer le coût : {message}</source>
      <translation>لحساب التكلفة: {message}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="145" />
      <source>Prix de vente TVAC (€)</source>
      <translation>سعر البيع مع الضريبة (€)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="192" />
      <source>Quantité</source>
      <translation>الكمية</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="262" />
      <source>Quantité, ligne {n}</source>
      <translation>الكمية، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="138" />
      <source>Rendement d'une fournée *</source>
      <translation>ما تعطيه طبخة واحدة *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="267" />
      <source>Retirer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="268" />
      <source>Retirer la ligne {n}</source>
      <translation>حذف السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="105" />
      <source>Sachet, pot, étiquette… par unité</source>
      <translation>كيس، علبة، ملصق… لكل وحدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="146" />
      <source>TVA</source>
      <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="168" />
      <source>TVA pour {format}</source>
      <translation>ضريبة القيمة المضافة لـ {format}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="162" />
      <source>TVA selon le format de vente</source>
      <translation>ضريبة القيمة المضافة حسب شكل البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="142" />
      <source>Type de date</source>
      <translation>نوع التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="192" />
      <source>Unité</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="158" />
      <source>Unité du poids net</source>
      <translation>وحدة الوزن الصافي</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="264" />
      <source>Unité, ligne {n}</source>
      <translation>الوحدة، السطر {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="157" />
      <source>Unités ou portions</source>
      <translation>وحدات أو حصص</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="121" />
      <source>chiffres, pour le code-barres</source>
      <translation>أرقام، للرمز الشريطي</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="170" />
      <source>comme la recette</source>
      <translation>مثل الوصفة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="108" />
      <source>non précisé</source>
      <translation>غير محدّد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="114" />
      <source>par exemple : à conserver au frais</source>
      <translation>مثلًا: يُحفظ في مكان بارد</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="92" />
      <source>par exemple Energy balls, Plat, Brunch</source>
      <translation>مثلًا Energy balls، طبق، فطور Brunch</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="100" />
      <source>par unité, par exemple 150</source>
      <translation>لكل وحدة، مثلًا 150</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="447" />
      <source>portion</source>
      <translation>حصة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="98" />
      <source>portions</source>
      <translation>حصص</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="261" />
      <source>quantité</source>
      <translation>كمية</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="447" />
      <source>unité</source>
      <translation>وحدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="97" />
      <source>unités</source>
      <translation>وحدات</translation>
    </message>
  </context>
  <context>
    <name>RecipesPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/recipes_page.py" line="136" />
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
      <location filename="../../app/ui/menus/recipes_page.py" line="247" />
      <source>Combien de fournées de « {name} » ?</source>
      <translation>كم طبخة من «{name}»؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="231" />
      <source>Copier « {name} » en une nouvelle version ? L'ancienne version est gardée (les dégustations et les ventes s'y rapportent) mais ne sera plus en vente.</source>
      <translation>نسخ «{name}» في نسخة جديدة؟ النسخة القديمة تبقى محفوظة (التذوّق والمبيعات مرتبطة بها) لكنها لن تُباع بعد الآن.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="265" />
      <source>Courses pour {batches} fournée(s) de {name}</source>
      <translation>المشتريات لـ {name}، عدد الطبخات: {batches}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="246" />
      <location filename="../../app/ui/menus/recipes_page.py" line="255" />
      <source>Liste de courses</source>
      <translation>قائمة المشتريات</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="112" />
      <source>Liste de courses…</source>
      <translation>قائمة المشتريات…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="107" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="196" />
      <source>Modifier {name}</source>
      <translation>تعديل {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="96" />
      <source>Montrer les recettes inactives et les anciennes versions</source>
      <translation>إظهار الوصفات غير النشطة والنسخ القديمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="101" />
      <source>Nouvelle recette</source>
      <translation>وصفة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="105" />
      <source>Nouvelle recette (Ctrl+N)</source>
      <translation>وصفة جديدة (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="109" />
      <location filename="../../app/ui/menus/recipes_page.py" line="230" />
      <source>Nouvelle version</source>
      <translation>نسخة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="95" />
      <source>Rechercher une recette ou une catégorie…</source>
      <translation>البحث عن وصفة أو فئة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="126" />
      <source>Sans prix : {names}.</source>
      <translation>بدون سعر: {names}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="115" />
      <source>Supprimer…</source>
      <translation>حذف…</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="141" />
      <source>Adjectifs choisis par ses collègues</source>
      <translation>الصفات التي اختارتها زميلاتها</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="55" />
      <source>Aperçu et impression du bilan (Ctrl+P)</source>
      <translation>معاينة الحصيلة وطباعتها (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="53" />
      <source>Aperçu et impression du bilan…</source>
      <translation>معاينة الحصيلة وطباعتها…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="138" />
      <source>Auto-évaluation</source>
      <translation>التقييم الذاتي</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="179" />
      <source>Bilan de {name}</source>
      <translation>حصيلة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="136" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="78" />
      <source>Ce que le bilan contiendra</source>
      <translation>ما ستحتويه الحصيلة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="43" />
      <source>Ce que vous voulez dire à elle et aux employeurs : progrès, qualités, conseils.</source>
      <translation>ما تريدين قوله لها ولأصحاب العمل: التقدّم، الصفات الحسنة، النصائح.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="40" />
      <source>Commentaire de la coordinatrice</source>
      <translation>تعليق المنسّقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="80" />
      <source>Commentaire de la coordinatrice (imprimé dans le bilan)</source>
      <translation>تعليق المنسّقة (يُطبع في الحصيلة)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="50" />
      <source>Enregistrer le commentaire</source>
      <translation>حفظ التعليق</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="35" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="62" />
      <source>Membre :</source>
      <translation>العضوة:</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="137" />
      <source>Observé (sur {n})</source>
      <translation>لوحظ (من {n})</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="139" />
      <source>Points forts</source>
      <translation>نقاط القوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="140" />
      <source>Points à travailler</source>
      <translation>نقاط للتدرّب عليها</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="74" />
      <source>Résumé du bilan</source>
      <translation>ملخّص الحصيلة</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="62" />
      <source>Annuler</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="52" />
      <source>Aucune sauvegarde automatique pour l'instant.</source>
      <translation>لا توجد نسخة احتياطية تلقائية حتى الآن.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="59" />
      <source>Autre fichier (clé USB)…</source>
      <translation>ملف آخر (مفتاح USB)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="88" />
      <source>Choisir la sauvegarde à restaurer</source>
      <translation>اختيار النسخة الاحتياطية لاسترجاعها</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="35" />
      <source>Choisissez la sauvegarde à remettre. Les données actuelles seront gardées.</source>
      <translation>اختاري النسخة الاحتياطية التي تريدين إرجاعها. المعلومات الحالية ستبقى محفوظة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="54" />
      <source>Restaurer celle-ci</source>
      <translation>استرجاع هذه النسخة</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="32" />
      <source>Restaurer une sauvegarde</source>
      <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="40" />
      <source>Sauvegardes</source>
      <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="90" />
      <source>Sauvegardes Coopér'Actives (*.sqlite3 *.db);;Tous les fichiers (*)</source>
      <translation>نسخ Coopér'Actives الاحتياطية (*.sqlite3 *.db);;كل الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="43" />
      <source>{when} — {reason}</source>
      <translation>{when} — {reason}</translation>
    </message>
  </context>
  <context>
    <name>Rotation</name>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="65" />
      <location filename="../../app/ui/delegate/tab.py" line="78" />
      <source>Adjointe</source>
      <translation>مساعِدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="316" />
      <location filename="../../app/ui/delegate/tab.py" line="450" />
      <source>Annulation : {text}</source>
      <translation>إلغاء: {text}</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="89" />
      <source>Avant → après</source>
      <translation>قبل ← بعد</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="105" />
      <source>Cercle</source>
      <translation>الدائرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="79" />
      <source>Déjà faits</source>
      <translation>ما تم إنجازه</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="64" />
      <source>Déléguée</source>
      <translation>المسؤولة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="102" />
      <source>Fait le</source>
      <translation>أُنجز في</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="63" />
      <location filename="../../app/ui/delegate/tab.py" line="87" />
      <source>Jour</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="75" />
      <location filename="../../app/ui/delegate/tab.py" line="111" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="104" />
      <source>Par</source>
      <translation>من طرف</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="96" />
      <location filename="../../app/ui/delegate/tab.py" line="113" />
      <source>Pourquoi</source>
      <translation>لماذا</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="67" />
      <source>Publié</source>
      <translation>منشور</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="85" />
      <location filename="../../app/ui/delegate/tab.py" line="112" />
      <source>Quand</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="86" />
      <source>Quoi</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="68" />
      <source>Remarque</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="76" />
      <source>Tours</source>
      <translation>الأدوار</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="103" />
      <source>Tâche</source>
      <translation>المهمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="66" />
      <source>Vente</source>
      <translation>البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="77" />
      <source>Ventes</source>
      <translation>المبيعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="66" />
      <source>vente</source>
      <translation>بيع</translation>
    </message>
  </context>
  <context>
    <name>RotationTab</name>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="408" />
      <source>Absence du {date}</source>
      <translation>غياب يوم {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="135" />
      <source>Absente…</source>
      <translation>غائبة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="238" />
      <source>Attention : {n} jour(s) à revoir (en rouge).</source>
      <translation>انتباه: {n} من الأيام يجب مراجعتها (باللون الأحمر).</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="364" />
      <source>Avec</source>
      <translation>مع</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="534" />
      <source>Calendrier des déléguées</source>
      <translation>جدول المسؤولات</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="147" />
      <source>Cercles…</source>
      <translation>الدوائر…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="122" />
      <location filename="../../app/ui/delegate/tab.py" line="169" />
      <source>Changements</source>
      <translation>التغييرات</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="428" />
      <source>Choisir la déléguée</source>
      <translation>اختيار المسؤولة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="136" />
      <source>Choisir à la main…</source>
      <translation>الاختيار باليد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="215" />
      <source>Choisissez ou créez une cohorte.</source>
      <translation>اختاري دفعة أو أنشئي واحدة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="432" />
      <source>Déléguée</source>
      <translation>المسؤولة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="398" />
      <source>Déléguée absente</source>
      <translation>المسؤولة غائبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="438" />
      <source>Déléguée du {date}</source>
      <translation>المسؤولة عن يوم {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="202" />
      <source>Déléguées</source>
      <translation>المسؤولات</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="470" />
      <source>Départ d'une membre</source>
      <translation>مغادرة عضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="137" />
      <source>Départ d'une membre…</source>
      <translation>مغادرة عضوة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="471" />
      <source>Elle quitte la cohorte ce jour-là. Ses jours suivants sont donnés aux autres.</source>
      <translation>تغادر الدفعة في ذلك اليوم. أيامها التالية تُعطى للأخريات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="149" />
      <source>Imprimer le calendrier</source>
      <translation>طباعة الجدول</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="125" />
      <location filename="../../app/ui/delegate/tab.py" line="179" />
      <source>Indisponibilités</source>
      <translation>أوقات عدم التوفّر</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="139" />
      <source>Indisponible…</source>
      <translation>غير متوفّرة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="117" />
      <source>Jours et déléguées</source>
      <translation>الأيام والمسؤولات</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="303" />
      <source>Le planning existe déjà. Les jours non publiés à partir du jour choisi seront refaits. Continuer ?</source>
      <translation>الجدول موجود من قبل. الأيام غير المنشورة ابتداءً من اليوم المختار ستُعاد. هل تريدين المتابعة؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="145" />
      <source>Listes du jour…</source>
      <translation>قوائم اليوم…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="476" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="478" />
      <source>Partie le</source>
      <translation>غادرت في</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="230" />
      <source>Pas encore de planning. Cliquez sur « Planifier… ».</source>
      <translation>لا يوجد جدول بعد. انقري على «التخطيط…».</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="302" />
      <source>Planifier</source>
      <translation>التخطيط</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="315" />
      <source>Planifier les déléguées</source>
      <translation>تخطيط المندوبات</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="132" />
      <source>Planifier…</source>
      <translation>التخطيط…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="133" />
      <location filename="../../app/ui/delegate/tab.py" line="332" />
      <source>Publier</source>
      <translation>نشر</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="333" />
      <source>Publier le planning ? Les jours publiés ne changent plus quand on replanifie.</source>
      <translation>نشر الجدول؟ الأيام المنشورة لا تتغيّر عند إعادة التخطيط.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="429" />
      <source>Qui est déléguée le {date} ?</source>
      <translation>من المسؤولة يوم {date}؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="142" />
      <location filename="../../app/ui/delegate/tab.py" line="505" />
      <source>Retirer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="506" />
      <source>Retirer « {name} : {when} » ? Replanifiez ensuite si besoin.</source>
      <translation>حذف «{name}: {when}»؟ أعيدي التخطيط بعد ذلك إذا لزم الأمر.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="120" />
      <location filename="../../app/ui/delegate/tab.py" line="168" />
      <source>Tours par personne</source>
      <translation>الأدوار لكل شخص</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="123" />
      <location filename="../../app/ui/delegate/tab.py" line="170" />
      <source>Tâches faites</source>
      <translation>المهام المنجزة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="232" />
      <source>{days} jours. Écart entre le plus et le moins de tours : {spread}. Deux jours de suite : {b2b} fois.</source>
      <translation>{days} أيام. الفرق بين أكثر وأقل عدد من الأدوار: {spread}. يومان متتاليان: {b2b} مرات.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="359" />
      <source>{name} donne son jour ({date}) et prend le prochain jour de :</source>
      <translation>{name} تعطي يومها ({date}) وتأخذ اليوم القادم لـ:</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="399" />
      <source>{name} est absente le {date}. Son adjointe la remplace, sinon la membre qui a eu le moins de tours.</source>
      <translation>{name} غائبة يوم {date}. تعوّضها مساعِدتها، وإلا فالعضوة التي كان لها أقل عدد من الأدوار.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="382" />
      <source>Échange du {date}</source>
      <translation>تبادل يوم {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="358" />
      <source>Échanger un jour</source>
      <translation>تبادل يوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="134" />
      <source>Échanger…</source>
      <translation>تبادل…</translation>
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="74" />
      <source>Fichier remplacé</source>
      <translation>تم استبدال الملف</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="61" />
      <source>La base est ouverte en lecture seule : ce changement n'est pas enregistré. Restaurez une sauvegarde (Fichier › Restaurer une sauvegarde) pour modifier.</source>
      <translation>قاعدة البيانات مفتوحة للقراءة فقط: هذا التغيير لم يُحفظ. لكي تغيّري، استرجعي نسخة احتياطية (ملف › استرجاع نسخة احتياطية).</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="60" />
      <source>Lecture seule</source>
      <translation>للقراءة فقط</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="84" />
      <source>Plus tard</source>
      <translation>لاحقًا</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="79" />
      <source>Rouvrir maintenant</source>
      <translation>إعادة الفتح الآن</translation>
    </message>
  </context>
  <context>
    <name>SafetyActions</name>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="158" />
      <source>Cette sauvegarde n'a pas été faite à partir de cette base de données, mais d'une autre. Remplacer quand même toutes les données actuelles par les siennes ?</source>
      <translation>لم تُؤخذ هذه النسخة الاحتياطية من قاعدة البيانات هذه، بل من قاعدة أخرى. هل تريدين استبدال كل البيانات الحالية ببياناتها على أي حال؟</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="93" />
      <source>Choisir la clé USB ou le dossier de sauvegarde</source>
      <translation>اختيار مفتاح USB أو مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="38" />
      <source>Corbeille…</source>
      <translation>سلة المهملات…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="88" />
      <source>Fichier › Sauvegarder sur clé USB… (Ctrl+Maj+S)</source>
      <translation>ملف › حفظ نسخة على مفتاح USB… (Ctrl+Maj+S)</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="109" />
      <source>La sauvegarde est enregistrée :
{path}
Vous pouvez retirer la clé.</source>
      <translation>تم حفظ النسخة الاحتياطية:
{path}
يمكنك نزع المفتاح.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="49" />
      <source>Lecture seule : rien ne peut être modifié.</source>
      <translation>للقراءة فقط: لا يمكن تغيير أي شيء.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="35" />
      <source>Ouvrir le dossier des journaux</source>
      <translation>فتح مجلد السجلّات</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="134" />
      <source>Remplacer les données actuelles par la sauvegarde du {when} ({cohorts} cohorte(s), {people} personne(s)) ?

Les données actuelles seront d'abord gardées dans le dossier des sauvegardes. L'application va se rouvrir.</source>
      <translation>استبدال المعلومات الحالية بالنسخة الاحتياطية ليوم {when} (الدفعات: {cohorts}، الأشخاص: {people})؟

ستُحفظ المعلومات الحالية أولًا في مجلد النسخ الاحتياطية. سيُعاد فتح البرنامج.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="127" />
      <source>Restauration impossible</source>
      <translation>الاسترجاع غير ممكن</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="133" />
      <source>Restaurer une sauvegarde</source>
      <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="32" />
      <source>Restaurer une sauvegarde…</source>
      <translation>استرجاع نسخة احتياطية…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="157" />
      <source>Sauvegarde d'une autre base</source>
      <translation>نسخة احتياطية لقاعدة بيانات أخرى</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="108" />
      <source>Sauvegarde faite</source>
      <translation>تم الحفظ</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="103" />
      <source>Sauvegarde impossible</source>
      <translation>الحفظ غير ممكن</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="29" />
      <source>Sauvegarder sur clé USB…</source>
      <translation>حفظ نسخة على مفتاح USB…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="83" />
      <source>Sauvegardée sur clé aujourd'hui</source>
      <translation>حُفظت على المفتاح اليوم</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="85" />
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
      <location filename="../../app/ui/safety/actions.py" line="79" />
      <source>⚠ Jamais sauvegardée sur clé USB</source>
      <translation>⚠ لم تُحفظ أبدًا على مفتاح USB</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="81" />
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
      <location filename="../../app/ui/sales/commands.py" line="18" />
      <source>+1 {name}</source>
      <translation>+1 {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="74" />
      <source>Annule la dépense n° {n} : {r}</source>
      <translation>يلغي المصروف رقم {n}: {r}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="36" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="34" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="35" />
      <source>Fournisseur</source>
      <translation>المورّد</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="37" />
      <source>Montant</source>
      <translation>المبلغ</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="38" />
      <source>Payé par</source>
      <translation>دفعته</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="41" />
      <source>Remarque</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="39" />
      <source>Remboursée</source>
      <translation>تم التعويض</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="40" />
      <source>Ticket</source>
      <translation>الوصل</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="83" />
      <source>la caisse</source>
      <translation>الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/commands.py" line="18" />
      <source>−1 {name}</source>
      <translation>−1 {name}</translation>
    </message>
  </context>
  <context>
    <name>SalesTab</name>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="88" />
      <source> (clôturée)</source>
      <translation> (مغلق)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="122" />
      <source>Choisissez une cohorte.</source>
      <translation>اختاري دفعة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="125" />
      <source>Clôturée : seules les corrections sont possibles.</source>
      <translation>مغلق: التصحيحات فقط ممكنة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="52" />
      <source>Comptage</source>
      <translation>العدّ</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="54" />
      <source>Dépenses</source>
      <translation>المصاريف</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="53" />
      <source>Fin de journée</source>
      <translation>نهاية اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="33" />
      <source>Nouvelle vente (Ctrl+N)</source>
      <translation>بيع جديد (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="31" />
      <source>Nouvelle vente…</source>
      <translation>بيع جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="128" />
      <source>Ouverte · déléguée : {name}</source>
      <translation>مفتوح · المسؤولة: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="120" />
      <source>Pas encore de vente dans cette cohorte.</source>
      <translation>لا يوجد بيع في هذه الدفعة بعد.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="55" />
      <source>Résumé</source>
      <translation>الملخّص</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="39" />
      <source>Supprimer la vente</source>
      <translation>حذف البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="37" />
      <source>Supprimer…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="28" />
      <source>Vente</source>
      <translation>البيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="58" />
      <source>Vente :</source>
      <translation>البيع:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="71" />
      <source>Ventes</source>
      <translation>المبيعات</translation>
    </message>
  </context>
  <context>
    <name>ScheduleTab</name>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="480" />
      <source>%n jour(s) avaient déjà une matinée.</source>
      <translation>
        <numerusform>%n يوم كانت فيه صباحية من قبل.</numerusform>
        <numerusform>%n يوم كانت فيه صباحية من قبل.</numerusform>
        <numerusform>%n يومان كانت فيهما صباحية من قبل.</numerusform>
        <numerusform>%n أيام كانت فيها صباحية من قبل.</numerusform>
        <numerusform>%n يومًا كانت فيها صباحية من قبل.</numerusform>
        <numerusform>%n يوم كانت فيها صباحية من قبل.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="526" />
      <source>%n jour(s) ont déjà une matinée.</source>
      <translation>
        <numerusform>%n يوم فيه صباحية من قبل.</numerusform>
        <numerusform>%n يوم فيه صباحية من قبل.</numerusform>
        <numerusform>%n يومان فيهما صباحية من قبل.</numerusform>
        <numerusform>%n أيام فيها صباحية من قبل.</numerusform>
        <numerusform>%n يومًا فيها صباحية من قبل.</numerusform>
        <numerusform>%n يوم فيها صباحية من قبل.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="478" />
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
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="519" />
      <source>%n matinée(s) seront ajoutées.</source>
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
      <location filename="../../app/ui/schedule/tab.py" line="375" />
      <source>Ajouter une matinée</source>
      <translation>إضافة صباحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="88" />
      <location filename="../../app/ui/schedule/tab.py" line="319" />
      <location filename="../../app/ui/schedule/tab.py" line="444" />
      <source>Annuler la matinée</source>
      <translation>إلغاء الصباحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="445" />
      <source>Annuler la matinée du {date} ? Elle reste dans l'horaire, barrée, et ne compte plus.</source>
      <translation>إلغاء صباحية يوم {date}؟ تبقى في الجدول، مشطوبة، ولا تُحسب بعد الآن.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="604" />
      <source>Calendrier enregistré : {path}</source>
      <translation>تم حفظ الجدول: {path}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="71" />
      <source>Cette semaine</source>
      <translation>هذا الأسبوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="124" />
      <source>Choisissez ou créez une cohorte pour voir son horaire.</source>
      <translation>اختاري دفعة أو أنشئي واحدة لرؤية جدولها.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="107" />
      <source>Copier cette semaine…</source>
      <translation>نسخ هذا الأسبوع…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="502" />
      <source>Copier la semaine</source>
      <translation>نسخ الأسبوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="85" />
      <source>Déplacer (Alt+Gauche / Alt+Droite : un jour plus tôt ou plus tard)</source>
      <translation>نقل (Alt+Gauche / Alt+Droite: يوم قبل أو يوم بعد)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="414" />
      <location filename="../../app/ui/schedule/tab.py" line="434" />
      <source>Déplacer la matinée</source>
      <translation>نقل الصباحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="83" />
      <source>Déplacer…</source>
      <translation>نقل…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="579" />
      <source>Exporter le calendrier</source>
      <translation>تصدير الجدول</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="111" />
      <source>Exporter le calendrier (.ics)…</source>
      <translation>تصدير الجدول (.ics)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="558" />
      <source>Fermeture ajoutée du {start} au {end}.</source>
      <translation>تمت إضافة إغلاق من {start} إلى {end}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="160" />
      <source>Fermetures et prérequis</source>
      <translation>أيام الإغلاق والشروط السابقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="538" />
      <source>Générer une période</source>
      <translation>إنشاء فترة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="106" />
      <source>Générer une période…</source>
      <translation>إنشاء فترة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="159" />
      <source>Heures</source>
      <translation>الساعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="210" />
      <source>Horaire</source>
      <translation>الجدول الزمني</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="601" />
      <source>Impossible d'écrire le fichier : {error}</source>
      <translation>لا يمكن كتابة الملف: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="94" />
      <source>Imprimer la semaine</source>
      <translation>طباعة الأسبوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="97" />
      <source>Imprimer la semaine pour le mur de la cuisine (Ctrl+P)</source>
      <translation>طباعة الأسبوع لحائط المطبخ (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="482" />
      <source>Jours sautés : {days}</source>
      <translation>أيام متروكة: {days}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="157" />
      <source>Liste</source>
      <translation>القائمة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="134" />
      <source>Liste des matinées</source>
      <translation>قائمة الصباحيات</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="82" />
      <source>Modifier</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="393" />
      <source>Modifier la matinée</source>
      <translation>تعديل الصباحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="108" />
      <source>Nouvelle fermeture…</source>
      <translation>إغلاق جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="80" />
      <source>Nouvelle matinée</source>
      <translation>صباحية جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="81" />
      <source>Nouvelle matinée (Ctrl+N)</source>
      <translation>صباحية جديدة (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="102" />
      <source>Plus d'actions</source>
      <translation>إجراءات أخرى</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="101" />
      <source>Plus…</source>
      <translation>المزيد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="158" />
      <source>Présences</source>
      <translation>الحضور</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="317" />
      <source>Rétablir la matinée</source>
      <translation>إرجاع الصباحية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="521" />
      <source>Sautés : {days}</source>
      <translation>متروكة: {days}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="156" />
      <source>Semaine</source>
      <translation>الأسبوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="70" />
      <source>Semaine d'après ▶</source>
      <translation>الأسبوع التالي ◀</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="261" />
      <source>Semaine du {start} au {end}</source>
      <translation>أسبوع من {start} إلى {end}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="574" />
      <source>Semaine à imprimer</source>
      <translation>الأسبوع المراد طباعته</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="91" />
      <source>Supprimer</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="281" />
      <source>… et {n} autre(s) : voir la liste.</source>
      <translation>… وغيرها ({n}): انظري القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="68" />
      <source>◀ Semaine d'avant</source>
      <translation>▶ الأسبوع السابق</translation>
    </message>
  </context>
  <context>
    <name>SharingDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="356" />
      <source>A participé</source>
      <translation>شاركت</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="392" />
      <source>Bénéfice de la cohorte : {p}</source>
      <translation>ربح الدفعة: {p}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="426" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation>اختاري أولًا دفعة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="398" />
      <source>Date *</source>
      <translation>التاريخ *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="404" />
      <source>Décision</source>
      <translation>القرار</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="356" />
      <source>Heures</source>
      <translation>الساعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="402" />
      <source>Heures de présence</source>
      <translation>ساعات الحضور</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="401" />
      <source>Le reste</source>
      <translation>الباقي</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="356" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="403" />
      <source>Objections</source>
      <translation>الاعتراضات</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="400" />
      <source>Part au fonds commun</source>
      <translation>الحصة في الصندوق المشترك</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="343" />
      <source>Partage du bénéfice (par consentement)</source>
      <translation>تقسيم الربح (بالموافقة)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="352" />
      <source>Parts égales</source>
      <translation>حصص متساوية</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="399" />
      <source>Proposition *</source>
      <translation>الاقتراح *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="382" />
      <source>Revoir la décision le :</source>
      <translation>مراجعة القرار يوم:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="405" />
      <source>Révision</source>
      <translation>المراجعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="353" />
      <source>Selon les heures de présence</source>
      <translation>حسب ساعات الحضور</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="377" />
      <source>Une objection par ligne : objection =&gt; comment elle a été intégrée</source>
      <translation>اعتراض واحد في كل سطر: الاعتراض =&gt; كيف أُخذ به</translation>
    </message>
  </context>
  <context>
    <name>SheetMap</name>
    <message>
      <location filename="../../app/ui/labels/sheet_map.py" line="27" />
      <source>Cliquez sur la première étiquette libre de la feuille.</source>
      <translation>اضغطي على أول ملصق فارغ في الورقة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/sheet_map.py" line="25" />
      <source>Première feuille : cliquez sur la première étiquette libre</source>
      <translation>الورقة الأولى: اضغطي على أول ملصق فارغ</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="154" />
      <source>&lt;b&gt;La cohorte&lt;/b&gt; ({n} ventes)&lt;br&gt;Recette HTVA : {excl}&lt;br&gt;Coût des produits : {cogs}&lt;br&gt;Marge brute : {margin}&lt;br&gt;Dépenses : {exp}&lt;br&gt;&lt;b&gt;Bénéfice : {profit}&lt;/b&gt;&lt;br&gt;Meilleures ventes : {best}</source>
      <translation>&lt;b&gt;المجموعة&lt;/b&gt; (عدد المبيعات: {n})&lt;br&gt;المدخول بدون الضريبة: {excl}&lt;br&gt;تكلفة المنتجات: {cogs}&lt;br&gt;الهامش الإجمالي: {margin}&lt;br&gt;المصاريف: {exp}&lt;br&gt;&lt;b&gt;الربح: {profit}&lt;/b&gt;&lt;br&gt;الأكثر مبيعًا: {best}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="127" />
      <source>&lt;b&gt;La journée&lt;/b&gt; ({title})&lt;br&gt;Recette TVAC : {incl}&lt;br&gt;Recette HTVA : {excl}&lt;br&gt;TVA : {vat}&lt;br&gt;Coût des produits : {cogs}&lt;br&gt;Marge brute : {margin}&lt;br&gt;Dépenses : {exp}&lt;br&gt;Par paiement : {methods}</source>
      <translation>&lt;b&gt;اليوم&lt;/b&gt; ({title})&lt;br&gt;المدخول مع الضريبة: {incl}&lt;br&gt;المدخول بدون الضريبة: {excl}&lt;br&gt;ضريبة القيمة المضافة: {vat}&lt;br&gt;تكلفة المنتجات: {cogs}&lt;br&gt;الهامش الإجمالي: {margin}&lt;br&gt;المصاريف: {exp}&lt;br&gt;حسب طريقة الدفع: {methods}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="222" />
      <source>Aucune décision de partage pour cette cohorte.</source>
      <translation>لا يوجد قرار لتقسيم الربح لهذه المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="143" />
      <source>Aucune vente choisie.</source>
      <translation>لم تختاري أي بيع.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="59" />
      <source>Décider le partage du bénéfice…</source>
      <translation>قرّري تقسيم الربح…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="234" />
      <source>Exporter en CSV</source>
      <translation>تصدير بصيغة CSV</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="68" />
      <source>Exporter les dépenses (CSV)…</source>
      <translation>تصدير المصاريف (CSV)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="65" />
      <source>Exporter les ventes (CSV)…</source>
      <translation>تصدير المبيعات (CSV)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="48" />
      <source>Graphique de la recette par vente</source>
      <translation>رسم بياني للمدخول في كل بيع</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="255" />
      <source>Impossible d'écrire ce fichier : {e}</source>
      <translation>لا يمكن كتابة هذا الملف: {e}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="62" />
      <source>Imprimer le partage…</source>
      <translation>طباعة تقسيم الربح…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="56" />
      <source>Imprimer le résumé de la cohorte…</source>
      <translation>طباعة ملخص المجموعة…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="52" />
      <source>Imprimer le résumé du jour…</source>
      <translation>طباعة ملخص اليوم…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="221" />
      <location filename="../../app/ui/sales/summary.py" line="225" />
      <source>Partage du bénéfice</source>
      <translation>تقسيم الربح</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="168" />
      <source>Recette HTVA</source>
      <translation>المدخول بدون الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="44" />
      <source>Recette par vente (hors TVA, €)</source>
      <translation>المدخول في كل بيع (بدون الضريبة، €)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="205" />
      <source>Résumé de la cohorte</source>
      <translation>ملخص المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="195" />
      <source>Résumé de la journée</source>
      <translation>ملخص اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="258" />
      <source>{n} lignes exportées.</source>
      <translation>عدد الأسطر المصدَّرة: {n}.</translation>
    </message>
  </context>
  <context>
    <name>Tabs</name>
    <message>
      <location filename="../../app/ui/tabs.py" line="37" />
      <source>Aujourd'hui</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="65" />
      <source>Déléguées</source>
      <translation>المندوبات</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="41" />
      <source>Horaire</source>
      <translation>المواعيد</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="78" />
      <source>Membres</source>
      <translation>العضوات</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="48" />
      <source>Menus</source>
      <translation>قوائم الطعام</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="58" />
      <source>Ventes</source>
      <translation>المبيعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="54" />
      <source>Étiquettes</source>
      <translation>الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="72" />
      <source>Évaluations</source>
      <translation>التقييمات</translation>
    </message>
  </context>
  <context>
    <name>TallyPage</name>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="145" />
      <source>Ajouter un {name}</source>
      <translation>إضافة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="87" />
      <source>Annuler le dernier appui (Ctrl+Z)</source>
      <translation>إلغاء آخر ضغطة (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="111" />
      <source>Chaque appui est enregistré tout de suite. F1 à F9 : +1 du produit 1 à 9 ; Maj+F1 à F9 : −1. Ceci est un outil de comptage, pas une caisse enregistreuse certifiée.</source>
      <translation>كل ضغطة تُحفظ فورًا. من F1 إلى F9: +1 للمنتج من 1 إلى 9؛ Maj+F1 إلى F9: −1. هذه أداة للعدّ، وليست آلة تسجيل نقود معتمدة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="176" />
      <source>Choisissez ou créez une vente.</source>
      <translation>اختاري بيعًا أو أنشئي بيعًا جديدًا.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="70" />
      <source>Code-barres</source>
      <translation>الرمز الشريطي</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="151" />
      <source>Enlever un {name}</source>
      <translation>إزالة {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="191" />
      <source>Journée clôturée. </source>
      <translation>تم إغلاق اليوم. </translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="50" />
      <source>Paiement :</source>
      <translation>الدفع:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="58" />
      <source>Paiement : {m}</source>
      <translation>الدفع: {m}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="90" />
      <source>Rétablir (Ctrl+Y)</source>
      <translation>إعادة (Ctrl+Y)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="68" />
      <source>Scanner un code-barres ici (ou taper le code puis Entrée)</source>
      <translation>امسحي الرمز الشريطي هنا (أو اكتبي الرمز ثم اضغطي Entrée)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="187" />
      <source>Total : {amount}</source>
      <translation>المجموع: {amount}</translation>
    </message>
  </context>
  <context>
    <name>TaskDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="100" />
      <source>Nouvelle tâche</source>
      <translation>مهمة جديدة</translation>
    </message>
  </context>
  <context>
    <name>TastingDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="46" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="47" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="35" />
      <source>Nouvelle dégustation</source>
      <translation>تذوق جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="45" />
      <source>Produit et version</source>
      <translation>المنتج والنسخة</translation>
    </message>
  </context>
  <context>
    <name>TastingsPage</name>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="159" />
      <source>Achèteraient</source>
      <translation>سيشترون</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="146" />
      <source>Achèterait</source>
      <translation>ستشتري</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="127" />
      <source>Ajouter la réponse d'un client (Ctrl+R)</source>
      <translation>إضافة رأي زبون (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="125" />
      <source>Ajouter une réponse…</source>
      <translation>إضافة رأي…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="146" />
      <source>Commentaire</source>
      <translation>تعليق</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="140" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="142" />
      <source>Dégustations</source>
      <translation>التذوقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="164" />
      <source>Dégustations et moyennes</source>
      <translation>التذوقات والمعدلات</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="333" />
      <source>Graphique des notes par version</source>
      <translation>رسم بياني للنقاط حسب النسخة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="176" />
      <source>Les notes, version après version</source>
      <translation>النقاط، نسخة بعد نسخة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="140" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="162" />
      <source>Moyennes par version</source>
      <translation>المعدلات حسب النسخة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="173" />
      <source>Moyennes par version (sur 5)</source>
      <translation>المعدلات حسب النسخة (من 5)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="310" />
      <source>Note moyenne sur 5, par version</source>
      <translation>معدل النقاط من 5، حسب النسخة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="122" />
      <source>Nouvelle dégustation…</source>
      <translation>تذوق جديد…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="119" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="131" />
      <source>Produit :</source>
      <translation>المنتج:</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="140" />
      <location filename="../../app/ui/evaluations/tastings_page.py" line="148" />
      <location filename="../../app/ui/evaluations/tastings_page.py" line="157" />
      <source>Réponses</source>
      <translation>الآراء</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="168" />
      <source>Réponses de la dégustation choisie</source>
      <translation>آراء التذوق المختار</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="280" />
      <source>Supprimer cette réponse ? Vous pourrez annuler avec Ctrl+Z.</source>
      <translation>حذف هذا الرأي؟ يمكنك التراجع بـ Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="150" />
      <location filename="../../app/ui/evaluations/tastings_page.py" line="279" />
      <source>Supprimer la réponse</source>
      <translation>حذف الرأي</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="153" />
      <source>Supprimer la réponse choisie (Suppr)</source>
      <translation>حذف الرأي المختار (Suppr)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="140" />
      <location filename="../../app/ui/evaluations/tastings_page.py" line="157" />
      <source>Version</source>
      <translation>النسخة</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="243" />
      <source>non</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="243" />
      <source>oui</source>
      <translation>نعم</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="27" />
      <source>Code du modèle *</source>
      <translation>رمز النموذج *</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="37" />
      <source>Colonnes</source>
      <translation>الأعمدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="32" />
      <source>Hauteur d'une étiquette (mm)</source>
      <translation>ارتفاع الملصق (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="30" />
      <source>Hauteur de la page (mm)</source>
      <translation>ارتفاع الصفحة (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="31" />
      <source>Largeur d'une étiquette (mm)</source>
      <translation>عرض الملصق (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="29" />
      <source>Largeur de la page (mm)</source>
      <translation>عرض الصفحة (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="34" />
      <source>Marge en haut (mm)</source>
      <translation>الهامش من فوق (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="33" />
      <source>Marge à gauche (mm)</source>
      <translation>الهامش من اليسار (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="28" />
      <source>Mes étiquettes</source>
      <translation>ملصقاتي</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="51" />
      <source>Mesurez sur la feuille, depuis le coin en haut à gauche. Le pas est la distance entre le début d'une étiquette et le début de la suivante.</source>
      <translation>قيسي على الورقة، ابتداءً من الزاوية في أعلى اليسار. الخطوة هي المسافة بين بداية ملصق وبداية الملصق التالي.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="28" />
      <source>Nom</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="24" />
      <source>Nouveau modèle d'étiquettes</source>
      <translation>نموذج ملصقات جديد</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="35" />
      <source>Pas horizontal (mm)</source>
      <translation>الخطوة الأفقية (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="36" />
      <source>Pas vertical (mm)</source>
      <translation>الخطوة العمودية (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="38" />
      <source>Rangées</source>
      <translation>الصفوف</translation>
    </message>
  </context>
  <context>
    <name>TermDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="282" />
      <source>Au</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="257" />
      <source>Dimanche</source>
      <translation>الأحد</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="281" />
      <source>Du</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="284" />
      <source>Début</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="285" />
      <source>Fin</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="241" />
      <source>Générer une période</source>
      <translation>إنشاء فترة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="254" />
      <source>Jeudi</source>
      <translation>الخميس</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="283" />
      <source>Jours</source>
      <translation>الأيام</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="295" />
      <source>Les jours fériés belges et les fermetures sont sautés.</source>
      <translation>يتم تخطي أيام العطل الرسمية في بلجيكا وأيام الإغلاق.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="288" />
      <source>Lieu</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="251" />
      <source>Lundi</source>
      <translation>الإثنين</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="252" />
      <source>Mardi</source>
      <translation>الثلاثاء</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="253" />
      <source>Mercredi</source>
      <translation>الأربعاء</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="287" />
      <source>Module</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="256" />
      <source>Samedi</source>
      <translation>السبت</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="286" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="255" />
      <source>Vendredi</source>
      <translation>الجمعة</translation>
    </message>
  </context>
  <context>
    <name>Today</name>
    <message>
      <location filename="../../app/ui/today/tab.py" line="314" />
      <source>Cocher « {text} »</source>
      <translation>تأشير «{text}»</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="314" />
      <source>Décocher « {text} »</source>
      <translation>إزالة التأشير عن «{text}»</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="341" />
      <source>Tâche faite : {text}</source>
      <translation>مهمة منجزة: {text}</translation>
    </message>
  </context>
  <context>
    <name>TodayTab</name>
    <message>
      <location filename="../../app/ui/today/tab.py" line="195" />
      <source>Adjointe : {name}</source>
      <translation>المساعدة: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="291" />
      <source>Aucune tâche ouverte.</source>
      <translation>لا توجد مهام مفتوحة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="165" />
      <source>Aujourd'hui</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="175" />
      <source>Choisissez ou créez une cohorte.</source>
      <translation>اختاري مجموعة أو أنشئي مجموعة جديدة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="75" />
      <source>Clôturer la journée</source>
      <translation>إغلاق اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="268" />
      <source>Coché par {name}{at}</source>
      <translation>أشّرت عليها {name}{at}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="49" />
      <location filename="../../app/ui/today/tab.py" line="57" />
      <source>Déléguée du jour</source>
      <translation>مندوبة اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="288" />
      <source>En retard</source>
      <translation>متأخرة</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="77" />
      <source>Encoder les ventes et compter la caisse</source>
      <translation>إدخال المبيعات وعدّ الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="233" />
      <source>Fait : {text}</source>
      <translation>تم: {text}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="69" />
      <source>Imprimer les étiquettes</source>
      <translation>طباعة الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="235" />
      <source>La suite : {text}</source>
      <translation>التالي: {text}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="110" />
      <location filename="../../app/ui/today/tab.py" line="144" />
      <source>Liste du jour</source>
      <translation>قائمة اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="83" />
      <source>Nouvelle tâche</source>
      <translation>مهمة جديدة</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="85" />
      <source>Nouvelle tâche (Ctrl+Maj+T)</source>
      <translation>مهمة جديدة (Ctrl+Maj+T)</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="72" />
      <source>Ouvrir les ventes</source>
      <translation>فتح المبيعات</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="191" />
      <source>Pas de déléguée</source>
      <translation>لا توجد مندوبة</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="193" />
      <source>Pas de matinée aujourd'hui</source>
      <translation>لا توجد فترة صباحية اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="225" />
      <source>Pas encore de passation.</source>
      <translation>لا يوجد تسليم بعد.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="189" />
      <source>Pas encore de planning</source>
      <translation>لا يوجد جدول بعد</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="139" />
      <source>Passation de la déléguée précédente</source>
      <translation>التسليم من المندوبة السابقة</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="104" />
      <source>Passation précédente</source>
      <translation>التسليم السابق</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="198" />
      <source>Planifiez les déléguées dans l'onglet « Déléguées ».</source>
      <translation>نظّمي جدول المندوبات في تبويب «المندوبات».</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="204" />
      <source>Prochaine déléguée : {name}, {date}</source>
      <translation>المندوبة القادمة: {name}، {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="107" />
      <location filename="../../app/ui/today/tab.py" line="143" />
      <source>Programme du jour</source>
      <translation>برنامج اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="246" />
      <source>Rien dans le planning aujourd'hui.</source>
      <translation>لا شيء في الجدول اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="114" />
      <location filename="../../app/ui/today/tab.py" line="145" />
      <source>Tâches ouvertes</source>
      <translation>المهام المفتوحة</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="279" />
      <source>pour le {date}</source>
      <translation>ليوم {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="228" />
      <source>{name}, {date} :</source>
      <translation>{name}، {date}:</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="79" />
      <source>Écrire la passation</source>
      <translation>كتابة التسليم</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="81" />
      <source>Écrire la passation (Ctrl+Maj+H)</source>
      <translation>كتابة التسليم (Ctrl+Maj+H)</translation>
    </message>
  </context>
  <context>
    <name>Trash</name>
    <message>
      <location filename="../../app/ui/safety/commands.py" line="71" />
      <source>Ajouter {label}</source>
      <translation>إضافة {label}</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/commands.py" line="62" />
      <source>Corbeille</source>
      <translation>سلة المهملات</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/commands.py" line="22" />
      <source>Supprimer {label}</source>
      <translation>حذف {label}</translation>
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="82" />
      <source>Ce qui a été supprimé reste ici 30 jours. Choisissez une ligne pour la restaurer.</source>
      <translation>ما تم حذفه يبقى هنا 30 يومًا. اختاري سطرًا لاسترجاعه.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="79" />
      <source>Corbeille</source>
      <translation>سلة المهملات</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="106" />
      <source>Fermer</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="99" />
      <source>La corbeille est vide.</source>
      <translation>سلة المهملات فارغة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="149" />
      <source>Restauration impossible</source>
      <translation>لا يمكن الاسترجاع</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="100" />
      <source>Restaurer</source>
      <translation>استرجاع</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="103" />
      <location filename="../../app/ui/safety/trash_dialog.py" line="160" />
      <source>Supprimer définitivement</source>
      <translation>حذف نهائي</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="161" />
      <source>Supprimer définitivement « {label} » ? Ce ne sera plus possible de la restaurer.</source>
      <translation>حذف «{label}» نهائيًا؟ لن يكون ممكنًا استرجاعه بعد ذلك.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="90" />
      <source>Éléments dans la corbeille</source>
      <translation>العناصر في سلة المهملات</translation>
    </message>
  </context>
  <context>
    <name>TrashModel</name>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="59" />
      <source>Gardé jusqu'au</source>
      <translation>محفوظ حتى</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="56" />
      <source>Quoi</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="58" />
      <source>Supprimé le</source>
      <translation>حُذف يوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="57" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
  </context>
  <context>
    <name>UnavailabilityDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="276" />
      <source>Chaque semaine</source>
      <translation>كل أسبوع</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="273" />
      <source>Indisponible</source>
      <translation>غير متاحة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="291" />
      <source>Jour</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="299" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="301" />
      <source>Pourquoi</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="300" />
      <source>Quand</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="275" />
      <source>Un jour</source>
      <translation>يوم واحد</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="293" />
      <source>par exemple : garde des enfants</source>
      <translation>مثلًا: رعاية الأطفال</translation>
    </message>
  </context>
  <context>
    <name>ViewMenu</name>
    <message>
      <location filename="../../app/ui/view_menu.py" line="46" />
      <source>&amp;Affichage</source>
      <translation>&amp;عرض</translation>
    </message>
    <message>
      <location filename="../../app/ui/view_menu.py" line="63" />
      <source>Grand affichage (comptoir)</source>
      <translation>عرض كبير (المنضدة)</translation>
    </message>
    <message>
      <location filename="../../app/ui/view_menu.py" line="48" />
      <source>Langue</source>
      <translation>اللغة</translation>
    </message>
  </context>
  <context>
    <name>_CohortPage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="121" />
      <source>&amp;Début</source>
      <translation>&amp;البداية</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="122" />
      <source>&amp;Fin</source>
      <translation>ال&amp;نهاية</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="120" />
      <source>&amp;Nom *</source>
      <translation>&amp;الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="104" />
      <source>Coopérative 1</source>
      <translation>التعاونية 1</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="109" />
      <source>Début</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="114" />
      <source>Fin</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="129" />
      <source>La fin doit venir après le début.</source>
      <translation>يجب أن تكون النهاية بعد البداية.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="103" />
      <source>La première cohorte</source>
      <translation>المجموعة الأولى</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="106" />
      <source>Nom de la cohorte</source>
      <translation>اسم المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="119" />
      <source>Une cohorte, c'est un groupe de membres pendant trois mois.</source>
      <translation>المجموعة هي عضوات يعملن معًا لمدة ثلاثة أشهر.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="127" />
      <source>Écrivez le nom de la cohorte.</source>
      <translation>اكتبي اسم المجموعة.</translation>
    </message>
  </context>
  <context>
    <name>_CooperativePage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="87" />
      <source>&amp;Adresse</source>
      <translation>ال&amp;عنوان</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="86" />
      <source>&amp;Nom *</source>
      <translation>&amp;الاسم *</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="78" />
      <source>Adresse</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="75" />
      <source>Nom de la coopérative</source>
      <translation>اسم التعاونية</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="72" />
      <source>Votre coopérative</source>
      <translation>تعاونيتكِ</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="94" />
      <source>Écrivez le nom de la coopérative.</source>
      <translation>اكتبي اسم التعاونية.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="84" />
      <source>Écrivez le nom de votre coopérative. L'adresse est facultative.</source>
      <translation>اكتبي اسم تعاونيتكِ. العنوان ليس إجباريًا.</translation>
    </message>
  </context>
  <context>
    <name>_MembersPage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="156" />
      <source>&amp;Membres :</source>
      <translation>ال&amp;عضوات:</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="144" />
      <source>Amina Diallo
Olga Petrova
Linh Nguyen</source>
      <translation>Amina Diallo
Olga Petrova
Linh Nguyen</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="140" />
      <source>Les membres</source>
      <translation>العضوات</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="143" />
      <source>Membres, un nom par ligne</source>
      <translation>العضوات، اسم واحد في كل سطر</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="150" />
      <source>Écrivez un nom par ligne : le prénom, puis le nom. Vous pourrez en ajouter plus tard dans l'onglet Membres.</source>
      <translation>اكتبي اسمًا واحدًا في كل سطر: الاسم الشخصي ثم اسم العائلة. يمكنكِ إضافة أسماء أخرى لاحقًا في تبويب «العضوات».</translation>
    </message>
  </context>
  <context>
    <name>_StartPage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="50" />
      <source>Bienvenue !</source>
      <translation>أهلًا وسهلًا!</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="56" />
      <source>Cette base est vide.</source>
      <translation>قاعدة البيانات هذه فارغة.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="51" />
      <source>Ouvrir la &amp;démo (pour essayer)</source>
      <translation>فتح ال&amp;تجربة (للتجريب)</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="59" />
      <source>Pour créer votre coopérative, cliquez sur « Suivant ». Pour essayer l'application avec des exemples, ouvrez la démo.</source>
      <translation>لإنشاء تعاونيتكِ، انقري على «التالي». لتجربة التطبيق مع أمثلة، افتحي التجربة.</translation>
    </message>
  </context>
  <context>
    <name>backup</name>
    <message>
      <location filename="../../app/services/safety/backup.py" line="520" />
      <source>Ce fichier est la base de données ouverte.</source>
      <translation>هذا الملف هو قاعدة البيانات المفتوحة الآن.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="281" />
      <source>Il n'y a encore rien à sauvegarder.</source>
      <translation>لا يوجد شيء للحفظ بعد.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="533" />
      <source>Impossible d'écrire dans le dossier de la base de données ({reason}). Rien n'a été modifié.</source>
      <translation>لا يمكن الكتابة في مجلد قاعدة البيانات ({reason}). لم يتغير أي شيء.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="256" />
      <source>Impossible d'écrire la sauvegarde dans « {folder} » ({reason}). Choisissez un autre dossier.</source>
      <translation>لا يمكن كتابة النسخة الاحتياطية في «{folder}» ({reason}). اختاري مجلدًا آخر.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="289" />
      <source>La base de données est endommagée ({detail}) : aucune sauvegarde n'a été faite. Restaurez la dernière bonne sauvegarde (Fichier › Restaurer une sauvegarde).</source>
      <translation>قاعدة البيانات تالفة ({detail}): لم تُؤخذ أي نسخة احتياطية. استرجعي آخر نسخة احتياطية سليمة (ملف › استرجاع نسخة احتياطية).</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="544" />
      <source>La copie de la sauvegarde n'est pas saine.</source>
      <translation>نسخة النسخة الاحتياطية غير سليمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="302" />
      <source>La copie n'est pas saine ({detail}) : la base actuelle est peut-être endommagée. Aucune sauvegarde n'a été enregistrée.</source>
      <translation>النسخة غير سليمة ({detail}): ربما قاعدة البيانات الحالية تالفة. لم تُحفظ أي نسخة احتياطية.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="431" />
      <source>La sauvegarde « {name} » est endommagée ({detail}).</source>
      <translation>النسخة الاحتياطية «{name}» تالفة ({detail}).</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="445" />
      <source>La sauvegarde « {name} » vient d'une version plus récente de Coopér'Actives. Installez la dernière version pour la restaurer.</source>
      <translation>النسخة الاحتياطية «{name}» جاءت من إصدار أحدث من Coopér'Actives. ثبّتي آخر إصدار لاسترجاعها.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="250" />
      <source>Le disque de « {folder} » est plein : la sauvegarde n'a pas pu être écrite. Libérez de la place ou choisissez un autre dossier.</source>
      <translation>القرص في «{folder}» ممتلئ: لم يمكن كتابة النسخة الاحتياطية. وفّري مساحة أو اختاري مجلدًا آخر.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="365" />
      <source>Le dossier « {folder} » n'existe pas. Branchez la clé et réessayez.</source>
      <translation>المجلد «{folder}» غير موجود. أدخلي مفتاح USB وحاولي مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="76" />
      <source>au démarrage</source>
      <translation>عند التشغيل</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="79" />
      <source>avant une mise à jour</source>
      <translation>قبل التحديث</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="80" />
      <source>avant une restauration</source>
      <translation>قبل الاسترجاع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="81" />
      <source>base endommagée mise de côté</source>
      <translation>قاعدة بيانات تالفة وُضعت جانبًا</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="78" />
      <source>demandée</source>
      <translation>مطلوبة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="82" />
      <source>sur clé USB</source>
      <translation>على مفتاح USB</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="524" />
      <source>« {name} » est la sauvegarde d'une autre base de données. Rien n'a été modifié.</source>
      <translation>«{name}» نسخة احتياطية لقاعدة بيانات أخرى. لم يتغيّر شيء.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="415" />
      <source>« {name} » est un dossier : choisissez un fichier de sauvegarde.</source>
      <translation>«{name}» مجلد: اختاري ملف نسخة احتياطية.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="400" />
      <source>« {name} » n'est pas une sauvegarde de Coopér'Actives.</source>
      <translation>«{name}» ليست نسخة احتياطية من Coopér'Actives.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="420" />
      <source>« {name} » n'existe pas.</source>
      <translation>«{name}» غير موجود.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="77" />
      <source>à la fermeture</source>
      <translation>عند الإغلاق</translation>
    </message>
  </context>
  <context>
    <name>checklists</name>
    <message>
      <location filename="../../app/services/delegate/checklists.py" line="76" />
      <source>Cette ligne n'existe plus.</source>
      <translation>هذا السطر لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/checklists.py" line="42" />
      <source>Choisissez un type de journée.</source>
      <translation>اختاري نوع اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/today/day_records.py" line="25" />
      <source>Fermeture</source>
      <translation>الإغلاق</translation>
    </message>
    <message>
      <location filename="../../app/services/today/day_records.py" line="23" />
      <source>Jour de cuisine</source>
      <translation>يوم الطبخ</translation>
    </message>
    <message>
      <location filename="../../app/services/today/day_records.py" line="24" />
      <source>Jour de vente</source>
      <translation>يوم البيع</translation>
    </message>
    <message>
      <location filename="../../app/services/today/day_records.py" line="22" />
      <source>Ouverture</source>
      <translation>الفتح</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/checklists.py" line="43" />
      <location filename="../../app/services/delegate/checklists.py" line="57" />
      <source>le texte de la ligne</source>
      <translation>نص السطر</translation>
    </message>
  </context>
  <context>
    <name>circles</name>
    <message>
      <location filename="../../app/services/delegate/circles.py" line="22" />
      <source>Achats</source>
      <translation>المشتريات</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/circles.py" line="25" />
      <source>Communication</source>
      <translation>التواصل</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/circles.py" line="26" />
      <source>Comptabilité</source>
      <translation>المحاسبة</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/circles.py" line="23" />
      <source>Cuisine</source>
      <translation>المطبخ</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/circles.py" line="61" />
      <source>Un cercle porte déjà ce nom.</source>
      <translation>توجد حلقة بهذا الاسم من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/circles.py" line="75" />
      <source>Une des personnes n'existe plus.</source>
      <translation>أحد الأشخاص لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/circles.py" line="24" />
      <source>Vente et présentation</source>
      <translation>البيع والعرض</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/circles.py" line="58" />
      <source>le nom du cercle</source>
      <translation>اسم الحلقة</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../app/commands/backup.py" line="100" />
      <source>Ancienne base gardée : {path}</source>
      <translation>تم الاحتفاظ بقاعدة البيانات القديمة: {path}</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="99" />
      <source>Avec --menu, donnez --guests (le nombre de personnes).</source>
      <translation>مع --menu، أعطي --guests (عدد الأشخاص).</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="43" />
      <source>Base de démonstration écrite : {path}</source>
      <translation>تمت كتابة قاعدة بيانات تجريبية: {path}</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="124" />
      <source>Cette cohorte n'a pas encore décidé du partage du bénéfice.</source>
      <translation>هذه المجموعة لم تقرر بعد تقسيم الربح.</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="57" />
      <source>Code PIN de la coordinatrice : </source>
      <translation>رمز PIN للمنسقة: </translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="56" />
      <source>Coopér'Actives Cuisine : l'application des coopératives éphémères de cuisine. Sans commande, ouvre la fenêtre de l'application.</source>
      <translation>Coopér'Actives Cuisine: تطبيق التعاونيات المؤقتة للطبخ. بدون أمر، يفتح نافذة التطبيق.</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="97" />
      <source>Donnez un --batches pour chaque --recipe.</source>
      <translation>أعطي --batches لكل --recipe.</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="117" />
      <source>Erreur inattendue ({kind}). Les détails sont dans le journal.</source>
      <translation>خطأ غير متوقع ({kind}). التفاصيل في السجل.</translation>
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="42" />
      <location filename="../../app/commands/sales.py" line="139" />
      <source>Impossible d'écrire « {path} » : {error}</source>
      <translation>لا يمكن كتابة «{path}»: {error}</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="148" />
      <source>Impossible de charger Qt : {error}</source>
      <translation>لا يمكن تحميل Qt: {error}</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="21" />
      <source>Imprime le bilan de compétences d'un membre d'une cohorte. Le code PIN de la coordinatrice est demandé.</source>
      <translation>يطبع تقييم مهارات عضوة في مجموعة. يُطلب رمز PIN للمنسقة.</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="35" />
      <source>Imprime les étiquettes des produits (ingrédients, allergènes, date, lot) sur un modèle de feuille. Exemple : coopactives print labels --product "Energy balls=42" --template L7160 --date 2022-10-05 -o etiquettes.pdf</source>
      <translation>يطبع ملصقات المنتجات (المكونات، مسببات الحساسية، التاريخ، رقم الدفعة) على نموذج ورقة. مثال: coopactives print labels --product "Energy balls=42" --template L7160 --date 2022-10-05 -o etiquettes.pdf</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="129" />
      <source>Indiquez au moins un produit : --product "Nom=42".</source>
      <translation>اكتبي منتجًا واحدًا على الأقل: --product "Nom=42".</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="90" />
      <source>L'application est ouverte sur cette base : fermez-la d'abord.</source>
      <translation>التطبيق مفتوح على قاعدة البيانات هذه: أغلقيه أولًا.</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="67" />
      <location filename="../../app/commands/menus.py" line="128" />
      <source>Pas de commande n° {id}.</source>
      <translation>لا توجد طلبية رقم {id}.</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="117" />
      <source>Pas de menu « {name} ».</source>
      <translation>لا توجد قائمة طعام «{name}».</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="124" />
      <source>Pas de recette « {name} ».</source>
      <translation>لا توجد وصفة «{name}».</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="48" />
      <source>Pas de terminal pour taper le code PIN : lancez la commande dans un terminal, ou donnez le code sur l'entrée standard avec --pin-stdin.</source>
      <translation>لا توجد طرفية لكتابة رمز PIN: شغّلي الأمر في طرفية، أو أعطي الرمز على المدخل القياسي مع --pin-stdin.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="16" />
      <source>Sauvegarde la base de données (copie vérifiée). Sans --to, dans le dossier des sauvegardes à côté de la base ; avec --to DOSSIER, par exemple sur une clé USB.</source>
      <translation>يحفظ نسخة احتياطية من قاعدة البيانات (نسخة مفحوصة). بدون --to، في مجلد النسخ الاحتياطية بجانب قاعدة البيانات؛ مع --to DOSSIER، مثلًا على مفتاح USB.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="101" />
      <source>Sauvegarde restaurée : {path}</source>
      <translation>تم استرجاع النسخة الاحتياطية: {path}</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="29" />
      <source>Vérifie la sauvegarde, garde une copie de la base actuelle dans le dossier des sauvegardes, puis la remplace. L'application ne doit pas être ouverte.</source>
      <translation>يفحص النسخة الاحتياطية، ويحتفظ بنسخة من قاعدة البيانات الحالية في مجلد النسخ الاحتياطية، ثم يضعها مكانها. يجب ألا يكون التطبيق مفتوحًا.</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="20" />
      <source>bilan d'évaluation d'un membre (code PIN demandé)</source>
      <translation>تقييم عضوة (يُطلب رمز PIN)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="77" />
      <source>code-barres du code produit</source>
      <translation>الرمز الشريطي لرمز المنتج</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="30" />
      <source>cohorte (si plusieurs ventes ce jour-là)</source>
      <translation>المجموعة (إذا كان هناك عدة مبيعات في ذلك اليوم)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="61" />
      <source>date de production (par défaut : aujourd'hui)</source>
      <translation>تاريخ الإنتاج (بشكل افتراضي: اليوم)</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="41" />
      <source>date des prix (par défaut : aujourd'hui)</source>
      <translation>تاريخ الأسعار (بشكل افتراضي: اليوم)</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="23" />
      <source>dossier où écrire la copie</source>
      <translation>المجلد الذي تُكتب فيه النسخة</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="38" />
      <source>décision de partage du bénéfice d'une cohorte</source>
      <translation>قرار تقسيم الربح لمجموعة</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="51" />
      <source>dépenses en CSV</source>
      <translation>المصاريف بصيغة CSV</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="73" />
      <source>enregistrer chaque onglet en PNG dans DIR, puis quitter</source>
      <translation>حفظ كل تبويب كصورة PNG في DIR، ثم الخروج</translation>
    </message>
    <message>
      <location filename="../../app/commands/export_cmd.py" line="21" />
      <source>exporter des données (CSV, calendrier…)</source>
      <translation>تصدير البيانات (CSV، التقويم…)</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="79" />
      <source>faire comme si nous étions ce jour-là (démonstration, essais)</source>
      <translation>التصرف كأننا في ذلك اليوم (عرض تجريبي، تجارب)</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="61" />
      <source>fichier .ics à écrire</source>
      <translation>ملف .ics للكتابة</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="63" />
      <source>fichier CSV à écrire</source>
      <translation>ملف CSV للكتابة</translation>
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="32" />
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
      <location filename="../../app/commands/labels.py" line="87" />
      <source>imprimer la page de réglage du modèle</source>
      <translation>طباعة صفحة ضبط النموذج</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="81" />
      <source>imprimer la petite histoire</source>
      <translation>طباعة القصة القصيرة</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="79" />
      <source>imprimer le prix</source>
      <translation>طباعة السعر</translation>
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="53" />
      <source>imprimer un document en PDF</source>
      <translation>طباعة وثيقة بصيغة PDF</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="40" />
      <source>l'attestation de participation d'un membre</source>
      <translation>شهادة مشاركة عضوة</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="24" />
      <source>la liste de courses (PDF ou CSV)</source>
      <translation>قائمة المشتريات (PDF أو CSV)</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="36" />
      <source>la sauvegarde à restaurer</source>
      <translation>النسخة الاحتياطية التي سيتم استرجاعها</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="28" />
      <source>la semaine pour le mur de la cuisine (A4 paysage)</source>
      <translation>الأسبوع لحائط المطبخ (A4 بالعرض)</translation>
    </message>
    <message>
      <location filename="../../app/commands/delegate.py" line="15" />
      <source>le calendrier des déléguées du jour d'une cohorte</source>
      <translation>جدول مندوبات اليوم لمجموعة</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="17" />
      <source>le devis d'une commande</source>
      <translation>عرض سعر لطلبية</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="52" />
      <source>les matinées d'une cohorte en fichier .ics</source>
      <translation>الفترات الصباحية لمجموعة في ملف .ics</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="50" />
      <source>lignes de vente en CSV (une ligne par vente)</source>
      <translation>أسطر البيع بصيغة CSV (سطر واحد لكل بيع)</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="36" />
      <location filename="../../app/commands/people.py" line="34" />
      <source>lire le code PIN sur l'entrée standard (scripts)</source>
      <translation>قراءة رمز PIN من المدخل القياسي (سكريبتات)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="54" />
      <source>modèle de feuille : L7160, L7163, L7165, L7651, ROLL62…</source>
      <translation>نموذج الورقة: L7160، L7163، L7165، L7651، ROLL62…</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="30" />
      <source>nom d'un menu</source>
      <translation>اسم قائمة طعام</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="28" />
      <source>nom d'une recette (répétable)</source>
      <translation>اسم وصفة (يمكن تكراره)</translation>
    </message>
    <message>
      <location filename="../../app/commands/delegate.py" line="18" />
      <location filename="../../app/commands/evaluations.py" line="31" />
      <location filename="../../app/commands/schedule.py" line="22" />
      <source>nom de la cohorte</source>
      <translation>اسم المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="35" />
      <source>nombre de fournées, une par --recipe</source>
      <translation>عدد الدفعات، دفعة لكل --recipe</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="38" />
      <source>nombre de personnes (avec --menu)</source>
      <translation>عدد الأشخاص (مع --menu)</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="19" />
      <location filename="../../app/commands/menus.py" line="26" />
      <source>numéro de la commande</source>
      <translation>رقم الطلبية</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="71" />
      <source>numéro de lot (par défaut : L + date)</source>
      <translation>رقم الدفعة (بشكل افتراضي: L + التاريخ)</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="67" />
      <source>ouvrir une coopérative de démonstration (dans un dossier temporaire)</source>
      <translation>فتح تعاونية تجريبية (في مجلد مؤقت)</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="28" />
      <location filename="../../app/commands/people.py" line="21" />
      <location filename="../../app/commands/schedule.py" line="43" />
      <source>prénom ou nom complet</source>
      <translation>الاسم الأول أو الاسم الكامل</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="28" />
      <source>remplacer la base de données par une sauvegarde</source>
      <translation>وضع نسخة احتياطية مكان قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="27" />
      <source>résumé d'une journée de vente</source>
      <translation>ملخص يوم بيع</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="35" />
      <source>résumé des ventes d'une cohorte</source>
      <translation>ملخص مبيعات مجموعة</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="83" />
      <source>sans le logo</source>
      <translation>بدون الشعار</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="15" />
      <source>sauvegarder la base de données</source>
      <translation>حفظ نسخة احتياطية من قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="35" />
      <source>semaine ISO, par exemple 2022-W41</source>
      <translation>أسبوع ISO، مثلًا 2022-W41</translation>
    </message>
    <message>
      <location filename="../../app/commands/people.py" line="18" />
      <source>toutes les données d'une personne (JSON ou PDF)</source>
      <translation>كل بيانات شخص (JSON أو PDF)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="48" />
      <source>un produit et son nombre d'étiquettes (1 si absent) ; répétable</source>
      <translation>منتج وعدد ملصقاته (1 إذا لم يُذكر)؛ يمكن تكراره</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="55" />
      <source>une seule cohorte (sinon toutes)</source>
      <translation>مجموعة واحدة فقط (وإلا كل المجموعات)</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="145" />
      <source>{n} lignes écrites dans {path}</source>
      <translation>عدد الأسطر المكتوبة في {path}: {n}</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="49" />
      <source>« {path} » est un dossier : indiquez le fichier de la base de données.</source>
      <translation>«{path}» مجلد: حددي ملف قاعدة البيانات.</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="34" />
      <source>« {path} » existe déjà : choisissez un nouveau fichier.</source>
      <translation>«{path}» موجود من قبل: اختاري ملفًا جديدًا.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="56" />
      <location filename="../../app/commands/database.py" line="16" />
      <source>« {path} » n'existe pas.</source>
      <translation>«{path}» غير موجود.</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="22" />
      <source>« {text} » : après le = vient un nombre d'étiquettes (ex. Houmous=42).</source>
      <translation>«{text}»: بعد = يأتي عدد الملصقات (مثلًا Houmous=42).</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="24" />
      <location filename="../../app/commands/menus.py" line="93" />
      <location filename="../../app/commands/sales.py" line="20" />
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
      <location filename="../../app/commands/labels.py" line="34" />
      <source>étiquettes de produits sur des feuilles d'étiquettes</source>
      <translation>ملصقات المنتجات على أوراق الملصقات</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="68" />
      <source>étiquettes déjà utilisées au début de la feuille</source>
      <translation>الملصقات المستعملة من قبل في بداية الورقة</translation>
    </message>
  </context>
  <context>
    <name>cohorts</name>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="81" />
      <source>Aucune cohorte ne s'appelle « {name} ».</source>
      <translation>لا توجد مجموعة اسمها «{name}».</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="89" />
      <source>Indiquez la date de début.</source>
      <translation>اكتبي تاريخ البداية.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="91" />
      <source>Indiquez la date de fin.</source>
      <translation>اكتبي تاريخ النهاية.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="94" />
      <source>La cohorte ne peut pas finir avant de commencer.</source>
      <translation>لا يمكن أن تنتهي المجموعة قبل أن تبدأ.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="102" />
      <source>Le nombre d'heures doit être entre 0 et 2000.</source>
      <translation>عدد الساعات يجب أن يكون بين 0 و 2000.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="98" />
      <source>Le nombre de matinées doit être entre 0 et 366.</source>
      <translation>عدد الفترات الصباحية يجب أن يكون بين 0 و 366.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="110" />
      <source>Une cohorte porte déjà ce nom.</source>
      <translation>توجد مجموعة بهذا الاسم من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="87" />
      <source>le nom de la cohorte</source>
      <translation>اسم المجموعة</translation>
    </message>
  </context>
  <context>
    <name>cooperative</name>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="61" />
      <source>Le logo est trop lourd (2 Mo au plus).</source>
      <translation>الشعار كبير جدًا (2 ميغابايت على الأكثر).</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="81" />
      <source>Produit par {name}</source>
      <translation>من إنتاج {name}</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="54" />
      <source>le nom de la coopérative</source>
      <translation>اسم التعاونية</translation>
    </message>
  </context>
  <context>
    <name>costing</name>
    <message>
      <location filename="../../app/services/menus/costing.py" line="299" />
      <source>Attention : la marge est trop petite ({margin}). Le coût fait {food_cost} du prix hors TVA ; l'objectif est {target} au plus. Prix conseillé : {suggested}.</source>
      <translation>انتباه: الهامش صغير جدًا ({margin}). التكلفة تساوي {food_cost} من السعر بدون الضريبة؛ الهدف هو {target} على الأكثر. السعر المقترح: {suggested}.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="286" />
      <source>Attention : le prix hors TVA ({price}) est plus bas que le coût ({cost}). On perd {loss}. Prix conseillé : {suggested}.</source>
      <translation>انتباه: السعر بدون الضريبة ({price}) أقل من التكلفة ({cost}). نخسر {loss}. السعر المقترح: {suggested}.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="177" />
      <source>L'objectif de coût matière doit être entre 1 et 99 %.</source>
      <translation>هدف تكلفة المواد يجب أن يكون بين 1 و 99 %.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="311" />
      <source>Le prix couvre le coût et la marge visée.</source>
      <translation>السعر يغطي التكلفة والهامش المطلوب.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="126" />
      <source>Le rendement doit être plus grand que zéro.</source>
      <translation>الكمية الناتجة يجب أن تكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="281" />
      <source>Pas encore de prix de vente. Prix conseillé : {suggested}.</source>
      <translation>لا يوجد سعر بيع بعد. السعر المقترح: {suggested}.</translation>
    </message>
  </context>
  <context>
    <name>database</name>
    <message>
      <location filename="../../app/db.py" line="120" />
      <source>Le dossier « {folder} » n'existe pas. Vérifiez le chemin, ou branchez le disque où il se trouve.</source>
      <translation>المجلد «{folder}» غير موجود. تحققي من المسار، أو صلي القرص الذي يوجد عليه.</translation>
    </message>
    <message>
      <location filename="../../app/db.py" line="91" />
      <source>Le fichier de la base de données « {name} » a été remplacé pendant que l'application était ouverte (par une restauration ?). Ce changement n'a pas été enregistré. Rouvrez l'application pour travailler sur le fichier actuel.</source>
      <translation>تم استبدال ملف قاعدة البيانات «{name}» أثناء فتح التطبيق (بسبب استعادة؟). لم يُحفظ هذا التغيير. أعيدي فتح التطبيق للعمل على الملف الحالي.</translation>
    </message>
    <message>
      <location filename="../../app/db.py" line="106" />
      <source>Le fichier « {name} » est protégé contre l'écriture. Rien n'a été modifié. Vous pouvez l'ouvrir en lecture seule, ou enlever la protection du fichier.</source>
      <translation>الملف «{name}» محمي من الكتابة. لم يتغيّر شيء. يمكنك فتحه للقراءة فقط، أو إزالة حماية الملف.</translation>
    </message>
    <message>
      <location filename="../../app/db.py" line="76" />
      <source>« {name} » est une base de données d'un autre programme, pas de Coopér'Actives. Elle n'a pas été modifiée. Choisissez un autre fichier.</source>
      <translation>«{name}» قاعدة بيانات لبرنامج آخر، وليست لـ Coopér'Actives. لم تُعدَّل. اختاري ملفًا آخر.</translation>
    </message>
  </context>
  <context>
    <name>delegate</name>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="99" />
      <source>Absence</source>
      <translation>غياب</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="317" />
      <source>Ajoutez d'abord des membres à la cohorte.</source>
      <translation>أضيفي عضوات إلى المجموعة أولًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="390" />
      <source>Ce jour est passé : on ne change plus l'histoire.</source>
      <translation>هذا اليوم مضى: لا نغيّر الماضي.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="374" />
      <source>Ce jour n'est pas dans le planning.</source>
      <translation>هذا اليوم ليس في الجدول.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="443" />
      <source>Ce jour-là, {name} n'est pas déléguée.</source>
      <translation>في ذلك اليوم، {name} ليست المندوبة.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="313" />
      <source>Cette cohorte n'a aucun jour de travail à planifier.</source>
      <translation>ليس لهذه المجموعة أي يوم عمل لتنظيمه.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="109" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>هذه المجموعة لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="658" />
      <source>Choisissez un jour de la semaine.</source>
      <translation>اختاري يومًا من أيام الأسبوع.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="655" />
      <source>Choisissez une date ou un jour de la semaine.</source>
      <translation>اختاري تاريخًا أو يومًا من أيام الأسبوع.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="384" />
      <source>Choisissez une membre active de la cohorte.</source>
      <translation>اختاري عضوة نشيطة في المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="101" />
      <source>Choix manuel</source>
      <translation>اختيار يدوي</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="309" />
      <source>Cochez au moins un jour de la semaine.</source>
      <translation>أشّري على يوم واحد على الأقل من أيام الأسبوع.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="100" />
      <source>Départ</source>
      <translation>مغادرة</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="528" />
      <source>Personne d'autre n'est disponible ce jour-là.</source>
      <translation>لا أحد غيرها متاح في ذلك اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="177" />
      <source>Personne n'est disponible : la cohorte n'a pas de membre actif.</source>
      <translation>لا أحد متاح: ليس في المجموعة أي عضوة نشيطة.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="189" />
      <source>Personne n'est disponible : {reasons}. Choisissez quelqu'un à la main.</source>
      <translation>لا أحد متاح: {reasons}. اختاري شخصًا بنفسك.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="408" />
      <source>Personne n'est déléguée ce jour-là : choisissez quelqu'un.</source>
      <translation>لا توجد مندوبة في ذلك اليوم: اختاري شخصًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="511" />
      <source>Personne n'est déléguée ce jour-là.</source>
      <translation>لا توجد مندوبة في ذلك اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="97" />
      <source>Planning</source>
      <translation>الجدول</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="412" />
      <source>Une personne ne peut pas échanger avec elle-même.</source>
      <translation>لا يمكن للشخص أن يبدّل مع نفسه.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="91" />
      <source>chaque {day}</source>
      <translation>كل {day}</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_days.py" line="25" />
      <source>dimanche</source>
      <translation>الأحد</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="187" />
      <source>indisponible ce jour</source>
      <translation>غير متاحة في هذا اليوم</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="185" />
      <source>jamais le {day}</source>
      <translation>أبدًا يوم {day}</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_days.py" line="22" />
      <source>jeudi</source>
      <translation>الخميس</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_days.py" line="19" />
      <source>lundi</source>
      <translation>الإثنين</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_days.py" line="20" />
      <source>mardi</source>
      <translation>الثلاثاء</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_days.py" line="21" />
      <source>mercredi</source>
      <translation>الأربعاء</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="183" />
      <source>partie</source>
      <translation>غادرت</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="181" />
      <source>pas encore arrivée</source>
      <translation>لم تصل بعد</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_days.py" line="24" />
      <source>samedi</source>
      <translation>السبت</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_days.py" line="23" />
      <source>vendredi</source>
      <translation>الجمعة</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="432" />
      <source>{name} n'a pas de jour à venir à échanger.</source>
      <translation>{name} ليس لديها يوم قادم للتبديل.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="553" />
      <source>{name} n'est pas disponible ce jour-là.</source>
      <translation>{name} غير متاحة في ذلك اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="448" />
      <location filename="../../app/services/delegate/rotation.py" line="455" />
      <source>{name} n'est pas disponible le {date}.</source>
      <translation>{name} غير متاحة يوم {date}.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="240" />
      <source>{name} n'est plus disponible ce jour-là : remplacez-la (Absente…).</source>
      <translation>{name} لم تعد متاحة في ذلك اليوم: ضعي واحدة مكانها (غائبة…).</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="353" />
      <source>{n} jour(s) planifié(s)</source>
      <translation>عدد الأيام المنظمة: {n}</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="98" />
      <source>Échange</source>
      <translation>تبديل</translation>
    </message>
  </context>
  <context>
    <name>evaluation</name>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="145" />
      <source>(pas de réponse)</source>
      <translation>(لا يوجد جواب)</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="129" />
      <location filename="../../app/printing/evaluation_report.py" line="134" />
      <source>(à compléter)</source>
      <translation>(يجب إكماله)</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="58" />
      <source>Activité culinaire</source>
      <translation>نشاط الطبخ</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/tastings.py" line="30" />
      <source>Aspect</source>
      <translation>الشكل</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="140" />
      <source>Aucun code PIN n'est encore choisi.</source>
      <translation>لم يتم اختيار رمز PIN بعد.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="106" />
      <source>Auto-évaluation</source>
      <translation>التقييم الذاتي</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="62" />
      <source>Auto-évaluation (« je l'ai déjà »)</source>
      <translation>التقييم الذاتي («عندي هذه المهارة»)</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="96" />
      <source>Auto-évaluation : {t}</source>
      <translation>التقييم الذاتي: {t}</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="28" />
      <source>Auto-évaluation et regard des autres</source>
      <translation>التقييم الذاتي ورأي الآخرين</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="70" />
      <source>Autres (pro)</source>
      <translation>أخرى (مهنية)</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="59" />
      <source>Autres compétences professionnelles</source>
      <translation>مهارات مهنية أخرى</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="78" />
      <source>Bilan de compétences — {name}</source>
      <translation>تقييم المهارات — {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="104" />
      <source>Catégorie</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="248" />
      <source>Ce niveau n'existe pas.</source>
      <translation>هذا المستوى غير موجود.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="137" />
      <source>Ce que ses collègues disent d'elle</source>
      <translation>ما تقوله زميلاتها عنها</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="277" />
      <source>Cet adjectif est déjà dans la liste.</source>
      <translation>هذه الصفة موجودة في القائمة من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="215" />
      <source>Cette compétence existe déjà.</source>
      <translation>هذه المهارة موجودة من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="114" />
      <source>Cette compétence n'existe plus.</source>
      <translation>هذه المهارة لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/tastings.py" line="162" />
      <source>Cette dégustation n'existe plus.</source>
      <translation>هذا التذوق لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="142" />
      <source>Cette évaluation est déjà finalisée.</source>
      <translation>هذا التقييم منتهٍ من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="79" />
      <location filename="../../app/services/evaluations/peers.py" line="77" />
      <source>Cette évaluation est finalisée : elle ne change plus.</source>
      <translation>هذا التقييم منتهٍ: لن يتغير بعد الآن.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="114" />
      <source>Cette évaluation n'existe plus.</source>
      <translation>هذا التقييم لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="75" />
      <location filename="../../app/services/evaluations/framework.py" line="131" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation>اختاري مجموعة أولًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="107" />
      <source>Choisissez de {low} à {high} adjectifs pour {name}.</source>
      <translation>اختاري من {low} إلى {high} صفات لـ {name}.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="102" />
      <source>Choisissez des adjectifs de la liste.</source>
      <translation>اختاري صفات من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="113" />
      <source>Choisissez des membres de la cohorte.</source>
      <translation>اختاري عضوات من المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="77" />
      <source>Choisissez un format d'évaluation.</source>
      <translation>اختاري شكل التقييم.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="94" />
      <source>Choisissez un jour entre 1 et {n}.</source>
      <translation>اختاري يومًا بين 1 و {n}.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="91" />
      <location filename="../../app/services/evaluations/report.py" line="69" />
      <source>Choisissez un membre de la cohorte.</source>
      <translation>اختاري عضوة من المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="184" />
      <source>Choisissez un niveau entre 1 et {n}.</source>
      <translation>اختاري مستوى بين 1 و {n}.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="120" />
      <source>Choisissez un niveau pour ce commentaire.</source>
      <translation>اختاري مستوى لهذا التعليق.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="192" />
      <source>Choisissez une catégorie.</source>
      <translation>اختاري فئة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/tastings.py" line="110" />
      <source>Choisissez une recette et sa version.</source>
      <translation>اختاري وصفة ونسختها.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="88" />
      <source>Choisissez une évaluatrice de cette évaluation.</source>
      <translation>اختاري مُقيِّمة لهذا التقييم.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="81" />
      <source>Choisissez votre nom dans la liste.</source>
      <translation>اختاري اسمك من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="166" />
      <source>Code PIN faux. Encore {n} essai(s).</source>
      <translation>رمز PIN خطأ. المحاولات الباقية: {n}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="147" />
      <source>Commentaire de la coordinatrice</source>
      <translation>تعليق المنسقة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="56" />
      <source>Compétences entrepreneuriales</source>
      <translation>مهارات ريادة الأعمال</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="68" />
      <source>Coopérer</source>
      <translation>التعاون</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="69" />
      <source>Cuisine</source>
      <translation>الطبخ</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="154" />
      <source>Date et signature de la coordinatrice :</source>
      <translation>التاريخ وتوقيع المنسقة:</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="67" />
      <source>Entreprendre</source>
      <translation>ريادة الأعمال</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/tastings.py" line="28" />
      <source>Goût</source>
      <translation>الطعم</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="27" />
      <source>Grille d'observation</source>
      <translation>جدول الملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="175" />
      <source>Il faut au moins {n} évaluatrices qui ont noté les membres pour finaliser.</source>
      <translation>يجب أن تكون هناك {n} مُقيِّمات على الأقل قيّمن العضوات حتى يمكن إنهاء التقييم.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="80" />
      <source>Indiquez la date de début.</source>
      <translation>اكتبي تاريخ البداية.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/tastings.py" line="112" />
      <source>Indiquez la date de la dégustation.</source>
      <translation>اكتبي تاريخ التذوق.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/tastings.py" line="148" />
      <source>Indiquez si la personne achèterait le produit.</source>
      <translation>قولي هل الشخص سيشتري المنتج.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="90" />
      <source>L'ancien code PIN n'est pas correct.</source>
      <translation>رمز PIN القديم غير صحيح.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="50" />
      <source>Le code PIN a au moins {n} chiffres.</source>
      <translation>رمز PIN فيه {n} أرقام على الأقل.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="54" />
      <source>Le code PIN a au plus {n} chiffres.</source>
      <translation>رمز PIN فيه {n} أرقام على الأكثر.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="47" />
      <source>Le code PIN ne contient que des chiffres.</source>
      <translation>رمز PIN فيه أرقام فقط.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="85" />
      <source>Le nombre de jours doit être entre 1 et 30.</source>
      <translation>عدد الأيام يجب أن يكون بين 1 و 30.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="94" />
      <source>Les deux codes ne sont pas les mêmes.</source>
      <translation>الرمزان غير متطابقين.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="94" />
      <source>Observation : {t}</source>
      <translation>الملاحظة: {t}</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="61" />
      <source>Observé (médiane des évaluatrices)</source>
      <translation>الملاحظة (وسيط تقييمات المُقيِّمات)</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="105" />
      <source>Observé (sur {n})</source>
      <translation>الملاحظة (من {n})</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="129" />
      <source>Points forts</source>
      <translation>نقاط القوة</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="132" />
      <source>Points à travailler</source>
      <translation>نقاط للعمل عليها</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/tastings.py" line="31" />
      <source>Prix</source>
      <translation>السعر</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="89" />
      <source>Répondez pour « {name} » : je l'ai déjà, ou à travailler.</source>
      <translation>أجيبي عن «{name}»: عندي هذه المهارة، أو يجب العمل عليها.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="99" />
      <source>Résultats par catégorie</source>
      <translation>النتائج حسب الفئة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="45" />
      <source>Tapez le code PIN.</source>
      <translation>اكتبي رمز PIN.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/tastings.py" line="29" />
      <source>Texture</source>
      <translation>القوام</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="57" />
      <source>Travail coopératif</source>
      <translation>العمل التعاوني</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="172" />
      <source>Trop d'essais faux. Attendez {n} secondes avant de réessayer.</source>
      <translation>محاولات خاطئة كثيرة. انتظري {n} ثانية قبل المحاولة مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="84" />
      <source>Une évaluatrice ne peut pas se noter elle-même.</source>
      <translation>المُقيِّمة لا يمكنها أن تقيّم نفسها.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="268" />
      <source>l'adjectif</source>
      <translation>الصفة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="193" />
      <location filename="../../app/services/evaluations/framework.py" line="222" />
      <source>le nom de la compétence</source>
      <translation>اسم المهارة</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="249" />
      <source>le nom du niveau</source>
      <translation>اسم المستوى</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="78" />
      <source>le titre</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="98" />
      <source>vous</source>
      <translation>أنتِ</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="83" />
      <source>{cohort}, du {start} au {end}</source>
      <translation>{cohort}، من {start} إلى {end}</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/tastings.py" line="44" />
      <source>{name} (v{version})</source>
      <translation>{name} (v{version})</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="171" />
      <source>{name} a déjà noté des membres : elle reste évaluatrice.</source>
      <translation>{name} قيّمت عضوات من قبل: تبقى مُقيِّمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="150" />
      <source>{name} est évaluée : elle ne peut pas être évaluatrice.</source>
      <translation>{name} يتم تقييمها: لا يمكن أن تكون مُقيِّمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/report.py" line="89" />
      <source>{name} n'est pas membre de « {cohort} ».</source>
      <translation>{name} ليست عضوة في «{cohort}».</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/tastings.py" line="142" />
      <source>{what} : donnez une note de 1 à 5.</source>
      <translation>{what}: أعطي نقطة من 1 إلى 5.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="119" />
      <source>Échelle : </source>
      <translation>المقياس: </translation>
    </message>
  </context>
  <context>
    <name>first_run</name>
    <message>
      <location filename="../../app/services/people/first_run.py" line="50" />
      <source>Une coopérative existe déjà dans cette base.</source>
      <translation>توجد تعاونية من قبل في قاعدة البيانات هذه.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/first_run.py" line="57" />
      <source>{name} est écrite deux fois.</source>
      <translation>{name} مكتوبة مرتين.</translation>
    </message>
  </context>
  <context>
    <name>ingredients</name>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="109" />
      <source>Choisissez une unité : g, kg, ml, l ou pièce.</source>
      <translation>اختاري وحدة: g أو kg أو ml أو l أو قطعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="184" />
      <source>Des recettes utilisent cet ingrédient : on ne peut pas passer des pièces au poids ou au volume.</source>
      <translation>هناك وصفات تستعمل هذا المكوّن: لا يمكن التغيير من القطع إلى الوزن أو الحجم.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="122" />
      <source>Indiquez depuis quand ce prix est valable.</source>
      <translation>اكتبي منذ متى هذا السعر صالح.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="113" />
      <source>La taille du paquet doit être plus grande que zéro.</source>
      <translation>حجم العلبة يجب أن يكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="136" />
      <source>Le poids d'une pièce doit être plus grand que zéro (en grammes).</source>
      <translation>يجب أن يكون وزن القطعة الواحدة أكبر من صفر (بالغرام).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="128" />
      <source>Le poids d'une pièce ne sert que pour un ingrédient compté en pièces.</source>
      <translation>وزن القطعة الواحدة يُستعمل فقط لمكوّن يُحسب بالقطع.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="118" />
      <source>Le prix du paquet doit être plus grand que zéro.</source>
      <translation>سعر العلبة يجب أن يكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="295" />
      <source>On ne peut pas supprimer « {name} » : ces recettes l'utilisent : {recipes}. Vous pouvez le rendre inactif.</source>
      <translation>لا يمكن حذف «{name}»: هذه الوصفات تستعمله: {recipes}. يمكنك جعله غير نشيط.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="106" />
      <source>Un ingrédient porte déjà ce nom.</source>
      <translation>يوجد مكوّن بهذا الاسم من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="101" />
      <source>le nom de l'ingrédient</source>
      <translation>اسم المكوّن</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../app/services/labels/content.py" line="509" />
      <source> Vouliez-vous dire : {names} ?</source>
      <translation> هل تقصدين: {names}؟</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="514" />
      <source>Aucun produit ne s'appelle « {name} ».</source>
      <translation>لا يوجد منتج اسمه «{name}».</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="236" />
      <source>Ce code est celui d'un modèle fourni : choisissez-en un autre.</source>
      <translation>هذا الرمز هو رمز نموذج موجود في التطبيق: اختاري رمزًا آخر.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="568" />
      <source>Ce modèle n'a qu'une étiquette par page : rien à sauter.</source>
      <translation>هذا النموذج فيه ملصق واحد في كل صفحة: لا شيء لتخطيه.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="263" />
      <source>Ce modèle n'est pas un modèle personnalisé.</source>
      <translation>هذا النموذج ليس نموذجًا خاصًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="286" />
      <source>Ce produit n'existe plus.</source>
      <translation>هذا المنتج لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="583" />
      <source>Choisissez au moins un produit et un nombre d'étiquettes.</source>
      <translation>اختاري منتجًا واحدًا على الأقل وعدد الملصقات.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="409" />
      <source>Décalage de l'imprimante : {right} mm vers la droite, {down} mm vers le bas.</source>
      <translation>إزاحة الطابعة: {right} mm إلى اليمين، {down} mm إلى الأسفل.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="145" />
      <source>Entre 1 et 100 rangées.</source>
      <translation>بين 1 و100 صف.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="143" />
      <source>Entre 1 et 50 colonnes.</source>
      <translation>بين 1 و50 عمود.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="386" />
      <source>Impossible de faire l'étiquette de « {name} ». Il manque : {missing}. Complétez la recette.</source>
      <translation>لا يمكن عمل ملصق «{name}». ينقص: {missing}. أكملي الوصفة.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="404" />
      <source>Imprimez-la sur du papier normal, posez-la sur une feuille d'étiquettes et regardez à la lumière.</source>
      <translation>اطبعيها على ورق عادي، ضعيها فوق ورقة ملصقات وانظري إليها أمام الضوء.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="212" />
      <source>Indiquez un nombre (exemple : 63,5).</source>
      <translation>اكتبي رقمًا (مثلًا: 63,5).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="219" />
      <source>Indiquez un nombre entier.</source>
      <translation>اكتبي عددًا صحيحًا (بدون فاصلة).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="141" />
      <source>Indiquez une dimension plus grande que zéro.</source>
      <translation>اكتبي مقاسًا أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="89" />
      <source>Ingrédients</source>
      <translation>المكونات</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="297" />
      <source>L'étiquette de « {name} » ne tient pas sur le modèle {template}, même en petites lettres (la loi demande des lettres d'au moins {x} mm de haut).</source>
      <translation>ملصق «{name}» لا يدخل في النموذج {template}، حتى بحروف صغيرة (القانون يطلب حروفًا ارتفاعها {x} mm على الأقل).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="249" />
      <source>Le code EAN-13 « {code} » a une erreur (dernier chiffre).</source>
      <translation>رمز EAN-13 «{code}» فيه خطأ (الرقم الأخير).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="229" />
      <source>Le code du modèle : lettres, chiffres, tirets, 30 signes au plus (ex. MON-60x40).</source>
      <translation>رمز النموذج: حروف وأرقام وشرطات، 30 علامة على الأكثر (مثلًا MON-60x40).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="239" />
      <source>Le code produit « {code} » n'a pas que des chiffres : choisissez le QR code, ou donnez un code en chiffres dans la recette.</source>
      <translation>رمز المنتج «{code}» ليس كله أرقامًا: اختاري رمز QR، أو اكتبي رمزًا من أرقام في الوصفة.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="558" />
      <source>Le nombre d'étiquettes va de 1 à {max} par produit.</source>
      <translation>عدد الملصقات من 1 إلى {max} لكل منتج.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="153" />
      <source>Le pas horizontal doit être au moins la largeur d'une étiquette.</source>
      <translation>المسافة الأفقية يجب أن تكون على الأقل عرض ملصق واحد.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="158" />
      <source>Le pas vertical doit être au moins la hauteur d'une étiquette.</source>
      <translation>المسافة العمودية يجب أن تكون على الأقل طول ملصق واحد.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="459" />
      <source>Les étiquettes en arabe (ou en hébreu) ne sont pas encore possibles. Écrivez les textes de « {name} » en lettres latines.</source>
      <translation>الملصقات باللغة العربية (أو العبرية) غير ممكنة بعد. اكتبي نصوص «{name}» بالحروف اللاتينية.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="176" />
      <source>Les étiquettes sortent de la page en bas ({bottom} mm pour une page de {height} mm). Réduisez les rangées, la marge ou le pas.</source>
      <translation>الملصقات تخرج من الصفحة في الأسفل ({bottom} mm لصفحة طولها {height} mm). قلّلي الصفوف أو الهامش أو المسافة.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="167" />
      <source>Les étiquettes sortent de la page à droite ({right} mm pour une page de {width} mm). Réduisez les colonnes, la marge ou le pas.</source>
      <translation>الملصقات تخرج من الصفحة على اليمين ({right} mm لصفحة عرضها {width} mm). قلّلي الأعمدة أو الهامش أو المسافة.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="185" />
      <source>Lot : {lot}</source>
      <translation>الدفعة: {lot}</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="127" />
      <source>Modèle d'étiquettes inconnu : « {id} ». Modèles connus : {known}.</source>
      <translation>نموذج ملصقات غير معروف: «{id}». النماذج المعروفة: {known}.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="570" />
      <source>On peut sauter de 0 à {max} étiquettes (une feuille {name} en a {n}).</source>
      <translation>يمكن تخطي من 0 إلى {max} ملصقات (ورقة {name} فيها {n}).</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="388" />
      <source>Page de réglage</source>
      <translation>صفحة الضبط</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="403" />
      <source>Page de réglage : {name}</source>
      <translation>صفحة الضبط: {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="218" />
      <source>Peut contenir des traces de : {allergens}.</source>
      <translation>قد يحتوي على آثار من: {allergens}.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="505" />
      <source>Plusieurs produits s'appellent « {name} ».</source>
      <translation>هناك عدة منتجات اسمها «{name}».</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="307" />
      <source>Prenez un modèle plus grand, par exemple {name}.</source>
      <translation>خذي نموذجًا أكبر، مثلًا {name}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="311" />
      <source>Raccourcissez les textes de la recette.</source>
      <translation>اجعلي نصوص الوصفة أقصر.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="411" />
      <source>Type de code-barres inconnu.</source>
      <translation>نوع رمز شريطي غير معروف.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="261" />
      <source>Un code produit a 10 chiffres au plus, ou 12 ou 13 chiffres (EAN).</source>
      <translation>رمز المنتج فيه 10 أرقام على الأكثر، أو 12 أو 13 رقمًا (EAN).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="291" />
      <source>Un décalage d'imprimante est de {max} mm au plus.</source>
      <translation>إزاحة الطابعة {max} mm على الأكثر.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="397" />
      <source>Un numéro de lot a {n} signes au plus.</source>
      <translation>رقم الدفعة فيه {n} علامات على الأكثر.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="139" />
      <source>Une marge ne peut pas être négative.</source>
      <translation>لا يمكن أن يكون الهامش سالبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="148" />
      <source>Une étiquette mesure au moins 15 × 10 mm.</source>
      <translation>الملصق يجب أن يكون 15 × 10 mm على الأقل.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="363" />
      <source>la durée de conservation (en jours)</source>
      <translation>مدة الحفظ (بالأيام)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="361" />
      <source>la quantité nette (poids, volume ou nombre)</source>
      <translation>الكمية الصافية (الوزن أو الحجم أو العدد)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="374" />
      <source>le code produit (pour le code-barres)</source>
      <translation>رمز المنتج (للرمز الشريطي)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="372" />
      <source>le nom et l'adresse de la coopérative (Fichier &gt; Paramètres)</source>
      <translation>اسم التعاونية وعنوانها (ملف &gt; الإعدادات)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="325" />
      <source>le poids en g de « {name} » (compté en pièces)</source>
      <translation>وزن «{name}» بالغرام g (محسوب بالقطع)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="366" />
      <source>les conditions de conservation (obligatoires avec « à consommer jusqu'au »)</source>
      <translation>شروط الحفظ (ضرورية مع «يُستهلك قبل»)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="359" />
      <source>les ingrédients</source>
      <translation>المكونات</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="208" />
      <source>pièce</source>
      <translation>قطعة</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="208" />
      <source>pièces</source>
      <translation>قطع</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="64" />
      <source>{name} ({w} × {h} mm)</source>
      <translation>{name} ({w} × {h} mm)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="67" />
      <source>{name} — {n} par feuille ({w} × {h} mm)</source>
      <translation>{name} — {n} في كل ورقة ({w} × {h} mm)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="209" />
      <source>« {text} » n'est pas un nombre (exemple : 63,5).</source>
      <translation>«{text}» ليس رقمًا (مثلًا: 63,5).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="219" />
      <source>À consommer de préférence avant le</source>
      <translation>يُفضّل استهلاكه قبل</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="218" />
      <source>À consommer jusqu'au</source>
      <translation>يُستهلك قبل</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="336" />
      <source>Étiquettes</source>
      <translation>الملصقات</translation>
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <location filename="../../app/services/menus/menus.py" line="104" />
      <source>Ajoutez au moins une recette au menu.</source>
      <translation>أضيفي وصفة واحدة على الأقل إلى القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="36" />
      <source>Brunch</source>
      <translation>برانش</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="101" />
      <source>Choisissez un format de vente.</source>
      <translation>اختاري شكل البيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="108" />
      <source>Choisissez une recette de la liste.</source>
      <translation>اختاري وصفة من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="113" />
      <source>Les portions par personne doivent être plus grandes que zéro.</source>
      <translation>الحصص لكل شخص يجب أن تكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="40" />
      <source>Livraison</source>
      <translation>توصيل</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="38" />
      <source>Stand</source>
      <translation>كشك</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="37" />
      <source>Traiteur (buffet)</source>
      <translation>تموين (بوفيه)</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="99" />
      <source>Un menu porte déjà ce nom.</source>
      <translation>توجد قائمة طعام بهذا الاسم من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="96" />
      <source>le nom du menu</source>
      <translation>اسم قائمة الطعام</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="47" />
      <source>À consommer de préférence avant</source>
      <translation>يُفضّل استهلاكه قبل</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="48" />
      <source>À consommer jusqu'au</source>
      <translation>يُستهلك قبل</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="39" />
      <source>À emporter</source>
      <translation>للأخذ</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <location filename="../../app/services/money.py" line="117" />
      <source>Ce montant est trop grand (au plus {limit}).</source>
      <translation>هذا المبلغ كبير جدًا (على الأكثر {limit}).</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="84" />
      <source>Indiquez un montant, par exemple 2,50.</source>
      <translation>اكتبي مبلغًا، مثلًا 2,50.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="113" />
      <source>Le montant doit être plus grand que zéro.</source>
      <translation>المبلغ يجب أن يكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="110" />
      <source>Le montant ne peut pas être négatif.</source>
      <translation>لا يمكن أن يكون المبلغ سالبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="107" />
      <source>Un montant a au plus deux chiffres après la virgule (les cents).</source>
      <translation>المبلغ فيه رقمان على الأكثر بعد الفاصلة (السنتات).</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="90" />
      <location filename="../../app/services/money.py" line="99" />
      <source>« {text} » n'est pas un montant. Écrivez par exemple 2,50.</source>
      <translation>«{text}» ليس مبلغًا. اكتبي مثلًا 2,50.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="53" />
      <source>« {text} » peut se lire {small} ou {large}. Écrivez {small_typed} ou {large_typed}.</source>
      <translation>يمكن قراءة «{text}» على أنها {small} أو {large}. اكتبي {small_typed} أو {large_typed}.</translation>
    </message>
  </context>
  <context>
    <name>orders</name>
    <message>
      <location filename="../../app/services/menus/orders.py" line="45" />
      <source>Acceptée</source>
      <translation>مقبولة</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="227" />
      <source>Ajoutez au moins une ligne (ou choisissez un menu).</source>
      <translation>أضيفي سطرًا واحدًا على الأقل (أو اختاري قائمة طعام).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="47" />
      <source>Annulée</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="43" />
      <source>Brouillon</source>
      <translation>مسودة</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="209" />
      <source>Ce menu n'existe plus.</source>
      <translation>قائمة الطعام هذه لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="214" />
      <source>Choisissez livraison ou à venir chercher.</source>
      <translation>اختاري التوصيل أو الاستلام من عندنا.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="211" />
      <source>Choisissez un format de vente.</source>
      <translation>اختاري شكل البيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="233" />
      <source>Choisissez une recette de la liste.</source>
      <translation>اختاري وصفة من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="44" />
      <source>Devis envoyé</source>
      <translation>تم إرسال عرض السعر</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="203" />
      <source>Indiquez la date.</source>
      <translation>اكتبي التاريخ.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="189" />
      <source>Indiquez le nombre de personnes.</source>
      <translation>اكتبي عدد الأشخاص.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="236" />
      <source>La quantité doit être plus grande que zéro.</source>
      <translation>الكمية يجب أن تكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="205" />
      <source>Le nombre de personnes doit être positif.</source>
      <translation>عدد الأشخاص يجب أن يكون موجبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="247" />
      <source>Le prix ne peut pas être négatif.</source>
      <translation>لا يمكن أن يكون السعر سالبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="250" />
      <source>Le taux de TVA doit être entre 0 et 100 %.</source>
      <translation>نسبة ضريبة القيمة المضافة يجب أن تكون بين 0 و 100 %.</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="51" />
      <location filename="../../app/services/menus/orders.py" line="52" />
      <source>Livraison</source>
      <translation>توصيل</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="46" />
      <source>Livrée</source>
      <translation>تم التوصيل</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="217" />
      <location filename="../../app/services/menus/orders.py" line="309" />
      <source>Statut inconnu.</source>
      <translation>حالة غير معروفة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="223" />
      <source>Un devis est valable de 1 à 365 jours.</source>
      <translation>عرض السعر صالح من 1 إلى 365 يومًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="200" />
      <source>le client</source>
      <translation>الزبون</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="52" />
      <location filename="../../app/services/menus/orders.py" line="52" />
      <source>À venir chercher</source>
      <translation>الاستلام من عندنا</translation>
    </message>
  </context>
  <context>
    <name>people</name>
    <message>
      <location filename="../../app/services/people/members.py" line="22" />
      <source>Animatrice</source>
      <translation>منشطة</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="208" />
      <location filename="../../app/services/people/members.py" line="253" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>هذه المجموعة لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="271" />
      <source>Cette personne n'est pas dans la cohorte.</source>
      <translation>هذا الشخص ليس في المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="100" />
      <source>Choisissez un rôle dans la liste.</source>
      <translation>اختاري دورًا من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="25" />
      <source>Intervenante</source>
      <translation>متدخلة</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="274" />
      <source>La date de départ est avant la date d'arrivée.</source>
      <translation>تاريخ المغادرة قبل تاريخ الوصول.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="23" />
      <source>Marraine / parrain</source>
      <translation>عرّابة / عرّاب</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="21" />
      <source>Membre</source>
      <translation>عضوة</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="188" />
      <source>Personne ne s'appelle « {name} ».</source>
      <translation>لا أحد اسمه «{name}».</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="190" />
      <source>Plusieurs personnes s'appellent « {name} » : donnez aussi le nom.</source>
      <translation>هناك عدة أشخاص اسمهم «{name}»: اكتبي اسم العائلة أيضًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="97" />
      <source>le prénom</source>
      <translation>الاسم الأول</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="293" />
      <source>{name} a déjà un historique dans l'application : désactivez-la plutôt.</source>
      <translation>{name} لها تاريخ في التطبيق من قبل: الأفضل أن تجعليها غير نشيطة.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="127" />
      <source>{name} fait déjà partie de cette cohorte.</source>
      <translation>{name} موجودة في هذه المجموعة من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/countries.py" line="40" />
      <source>« {code} » n'est pas un code de pays connu.</source>
      <translation>«{code}» ليس رمز بلد معروفًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="24" />
      <source>Évaluatrice</source>
      <translation>مُقيِّمة</translation>
    </message>
  </context>
  <context>
    <name>personal_data</name>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="300" />
      <source>(image, {n} octets)</source>
      <translation>(صورة، الحجم بالبايت: {n})</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="422" />
      <source>Ancienne membre</source>
      <translation>عضوة سابقة</translation>
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="15" />
      <source>Données personnelles : {name}</source>
      <translation>البيانات الشخصية: {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="28" />
      <source>Fiche</source>
      <translation>البطاقة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="400" />
      <source>L'effacement ne sait pas encore traiter : {tables}.</source>
      <translation>المسح لا يعرف بعد كيف يعالج: {tables}.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="306" />
      <source>Non</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="306" />
      <source>Oui</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="57" />
      <source>Ses données contiennent des évaluations : tapez le code PIN des évaluations.</source>
      <translation>تحتوي بياناتها على تقييمات: اكتبي رمز PIN للتقييمات.</translation>
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="20" />
      <source>Tout ce que l'application Coopér'Actives garde sur cette personne, le {date}. Rien d'autre n'est enregistré.</source>
      <translation>كل ما يحفظه تطبيق Coopér'Actives عن هذا الشخص، يوم {date}. لا يوجد شيء آخر محفوظ.</translation>
    </message>
  </context>
  <context>
    <name>prerequisites</name>
    <message>
      <location filename="../../app/services/schedule/activity_sources.py" line="53" />
      <source>commande payante de {customer}</source>
      <translation>طلبية مدفوعة من {customer}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/activity_sources.py" line="29" />
      <source>vente ({format}{place})</source>
      <translation>بيع ({format}{place})</translation>
    </message>
  </context>
  <context>
    <name>printing</name>
    <message>
      <location filename="../../app/printing/attestation.py" line="78" />
      <source>Activité</source>
      <translation>النشاط</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="55" />
      <location filename="../../app/printing/rotation.py" line="76" />
      <source>Adjointe</source>
      <translation>المساعدة</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="44" />
      <source>Attestation de participation</source>
      <translation>شهادة مشاركة</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="129" />
      <source>Attestation — {name}</source>
      <translation>شهادة — {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="100" />
      <source>Avant → après</source>
      <translation>قبل ← بعد</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="95" />
      <source>Changements</source>
      <translation>التغييرات</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="36" />
      <source>Chaque jour, une déléguée s'occupe de la journée ; l'adjointe l'aide et la remplace si elle est absente. Un échange ? Notez-le dans l'application.</source>
      <translation>كل يوم، مندوبة تهتم باليوم؛ والمساعدة تساعدها وتحل مكانها إذا كانت غائبة. تبديل؟ سجّليه في التطبيق.</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="54" />
      <location filename="../../app/printing/rotation.py" line="74" />
      <source>Déléguée</source>
      <translation>المندوبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="31" />
      <source>Déléguées du jour — {cohort}</source>
      <translation>مندوبات اليوم — {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="111" />
      <source>Fait à Liège, le {date}.</source>
      <translation>حُرّر في لييج، يوم {date}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="78" />
      <source>Heures</source>
      <translation>الساعات</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="76" />
      <source>Heures suivies</source>
      <translation>الساعات المتابَعة</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="53" />
      <location filename="../../app/printing/rotation.py" line="98" />
      <source>Jour</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="48" />
      <source>Le planning n'est pas encore fait.</source>
      <translation>الجدول لم يُعمل بعد.</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="73" />
      <source>Membre</source>
      <translation>العضوة</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="94" />
      <source>Modules suivis</source>
      <translation>الوحدات المتابَعة</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="46" />
      <source>Nous attestons que</source>
      <translation>نشهد بأن</translation>
    </message>
    <message>
      <location filename="../../app/printing/document.py" line="138" />
      <location filename="../../app/printing/document.py" line="138" />
      <source>Page {n}</source>
      <translation>صفحة {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="30" />
      <source>Pas de matinée</source>
      <translation>لا توجد فترة صباحية</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="101" />
      <source>Pourquoi</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="99" />
      <source>Quoi</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="56" />
      <source>Remarque</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="104" />
      <source>Semaine du {start} au {end}</source>
      <translation>الأسبوع من {start} إلى {end}</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="121" />
      <source>Signature de la coordinatrice, pour {organisation}</source>
      <translation>توقيع المنسقة، عن {organisation}</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="83" />
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="70" />
      <source>Tours par personne</source>
      <translation>عدد المرات لكل شخص</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="67" />
      <source>Une coopérative éphémère est une formation pratique de trois mois : les participantes créent ensemble une activité de cuisine et vendent de vrais produits à de vrais clients.</source>
      <translation>التعاونية المؤقتة هي تدريب عملي مدته ثلاثة أشهر: المشاركات ينشئن معًا نشاط طبخ ويبعن منتجات حقيقية لزبائن حقيقيين.</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="60" />
      <source>Vente</source>
      <translation>البيع</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="51" />
      <source>a participé à la coopérative éphémère « {cohort} » organisée par {organisation}, du {start} au {end}.</source>
      <translation>شاركت في التعاونية المؤقتة «{cohort}» التي نظمتها {organisation}، من {start} إلى {end}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="36" />
      <source>annulée</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="75" />
      <source>dont ventes</source>
      <translation>منها مبيعات</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="87" />
      <source>Écart entre le plus et le moins de tours : {n}.</source>
      <translation>الفرق بين أكثر وأقل عدد من المرات: {n}.</translation>
    </message>
  </context>
  <context>
    <name>quote</name>
    <message>
      <location filename="../../app/printing/quote.py" line="94" />
      <source>Base hors TVA</source>
      <translation>المبلغ بدون الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="140" />
      <source>Bon pour accord (date et signature) :</source>
      <translation>موافق (التاريخ والتوقيع):</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="136" />
      <source>Conditions</source>
      <translation>الشروط</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="46" />
      <source>Contact : {contact}</source>
      <translation>للتواصل: {contact}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="47" />
      <source>Date : {date}</source>
      <translation>التاريخ: {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="60" />
      <source>Devis fait le {date}, valable jusqu'au {until}</source>
      <translation>عرض سعر بتاريخ {date}، صالح حتى {until}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="29" />
      <source>Devis n° {id}</source>
      <translation>عرض سعر رقم {id}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="49" />
      <source>Nombre de personnes : {n}</source>
      <translation>عدد الأشخاص: {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="40" />
      <source>N° d'entreprise / TVA : {n}</source>
      <translation>رقم المؤسسة / الضريبة: {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="44" />
      <source>Pour : {customer}</source>
      <translation>إلى: {customer}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="71" />
      <source>Prix unitaire TVAC</source>
      <translation>سعر الوحدة مع الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="69" />
      <source>Produit</source>
      <translation>المنتج</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="70" />
      <source>Quantité</source>
      <translation>الكمية</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="72" />
      <location filename="../../app/printing/quote.py" line="95" />
      <source>TVA</source>
      <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="93" />
      <source>Taux de TVA</source>
      <translation>نسبة الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="110" />
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="73" />
      <location filename="../../app/printing/quote.py" line="96" />
      <source>Total TVAC</source>
      <translation>المجموع مع الضريبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="128" />
      <source>Total à payer : {total} TVA comprise</source>
      <translation>المبلغ الذي يجب دفعه: {total} مع ضريبة القيمة المضافة</translation>
    </message>
  </context>
  <context>
    <name>recipes</name>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="259" />
      <source>Ajoutez au moins un ingrédient.</source>
      <translation>أضيفي مكوّنًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="230" />
      <source>Choisissez g, ml ou pièce.</source>
      <translation>اختاري g أو ml أو قطعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="242" />
      <source>Choisissez le type de date.</source>
      <translation>اختاري نوع التاريخ.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="265" />
      <source>Choisissez un ingrédient de la liste.</source>
      <translation>اختاري مكوّنًا من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="224" />
      <source>Choisissez unités ou portions.</source>
      <translation>اختاري وحدات أو حصصًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="250" />
      <source>Format de vente inconnu.</source>
      <translation>شكل بيع غير معروف.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="235" />
      <source>L'emballage ne peut pas coûter moins que zéro.</source>
      <translation>لا يمكن أن تكون تكلفة التغليف أقل من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="239" />
      <source>La durée de conservation va de 1 à 3650 jours.</source>
      <translation>مدة الحفظ من 1 إلى 3650 يومًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="270" />
      <source>La quantité de « {name} » doit être plus grande que zéro.</source>
      <translation>كمية «{name}» يجب أن تكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="256" />
      <source>Le code produit ne contient que des chiffres (12 au plus).</source>
      <translation>رمز المنتج فيه أرقام فقط (12 على الأكثر).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="227" />
      <source>Le poids net doit être plus grand que zéro.</source>
      <translation>الوزن الصافي يجب أن يكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="246" />
      <source>Le prix ne peut pas être négatif.</source>
      <translation>لا يمكن أن يكون السعر سالبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="217" />
      <source>Le rendement doit être plus grand que zéro (par exemple 30 energy balls).</source>
      <translation>الكمية الناتجة يجب أن تكون أكبر من صفر (مثلًا 30 energy balls).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="206" />
      <source>Le taux de TVA doit être entre 0 et 100 %.</source>
      <translation>نسبة ضريبة القيمة المضافة يجب أن تكون بين 0 و 100 %.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="212" />
      <source>le nom de la recette</source>
      <translation>اسم الوصفة</translation>
    </message>
  </context>
  <context>
    <name>sales</name>
    <message>
      <location filename="../../app/services/sales/events.py" line="316" />
      <source>Aucune vente le {date}.</source>
      <translation>لا يوجد بيع يوم {date}.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="28" />
      <source>Autre</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="38" />
      <source>Bancontact</source>
      <translation>Bancontact</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="25" />
      <source>Brunch</source>
      <translation>برانش</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="193" />
      <source>Caisse {amount}</source>
      <translation>الصندوق {amount}</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="71" />
      <source>Ce nombre est trop grand.</source>
      <translation>هذا الرقم كبير جدًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="109" />
      <location filename="../../app/services/sales/events.py" line="360" />
      <location filename="../../app/services/sales/tally.py" line="54" />
      <source>Ce produit n'est pas en vente ce jour-là.</source>
      <translation>هذا المنتج ليس للبيع في ذلك اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="213" />
      <source>Cette commande n'existe plus.</source>
      <translation>هذه الطلبية لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="156" />
      <source>Cette dépense est déjà annulée.</source>
      <translation>هذه المصاريف ملغاة من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="124" />
      <source>Cette journée est clôturée : notez la dépense sans la lier à la vente.</source>
      <translation>هذا اليوم مغلق: سجّلي المصاريف بدون ربطها بالبيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="160" />
      <source>Cette journée est clôturée. Pour changer quelque chose, faites une correction.</source>
      <translation>هذا اليوم مغلق. لتغيير شيء، اعملي تصحيحًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="45" />
      <source>Cette journée est déjà clôturée.</source>
      <translation>هذا اليوم مغلق من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="51" />
      <location filename="../../app/services/sales/closing.py" line="106" />
      <location filename="../../app/services/sales/events.py" line="200" />
      <source>Cette personne n'existe plus.</source>
      <translation>هذا الشخص لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="145" />
      <source>Cette pièce ou ce billet n'existe pas.</source>
      <translation>هذه القطعة النقدية أو هذه الورقة النقدية غير موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="120" />
      <source>Cette vente n'existe pas dans la cohorte.</source>
      <translation>هذا البيع غير موجود في المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="206" />
      <source>Choisissez au moins un produit à vendre.</source>
      <translation>اختاري منتجًا واحدًا على الأقل للبيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="194" />
      <location filename="../../app/services/sales/expenses.py" line="106" />
      <location filename="../../app/services/sales/sharing.py" line="178" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation>اختاري مجموعة أولًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="198" />
      <source>Choisissez le type de vente.</source>
      <translation>اختاري نوع البيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="76" />
      <source>Choisissez les personnes qui reçoivent une part.</source>
      <translation>اختاري الأشخاص الذين يأخذون حصة.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="89" />
      <source>Choisissez parts égales ou selon les heures.</source>
      <translation>اختاري حصصًا متساوية أو حسب الساعات.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="169" />
      <source>Choisissez un moyen de paiement.</source>
      <translation>اختاري طريقة الدفع.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="114" />
      <source>Choisissez une catégorie.</source>
      <translation>اختاري فئة.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="97" />
      <source>Choisissez vendu, invendu ou offert.</source>
      <translation>اختاري: مَبيع، أو غير مَبيع، أو مُهدى.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="169" />
      <source>Clôture de la journée</source>
      <translation>إغلاق اليوم</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="30" />
      <source>Commande</source>
      <translation>طلبية</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="48" />
      <source>Comptez d'abord la caisse (pièces et billets), puis clôturez.</source>
      <translation>عُدّي الصندوق أولًا (القطع والأوراق النقدية)، ثم أغلقي اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="56" />
      <source>Des ventes ont changé depuis le comptage : recomptez la caisse.</source>
      <translation>تغيّرت بعض المبيعات بعد العدّ: عُدّي الصندوق مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="126" />
      <source>Dites pourquoi de l'argent entre ou sort.</source>
      <translation>قولي لماذا يدخل المال أو يخرج.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="26" />
      <source>Emballages</source>
      <translation>التغليف</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="37" />
      <source>Espèces</source>
      <translation>نقدًا</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="66" />
      <source>Il n'y a pas de bénéfice à partager.</source>
      <translation>لا يوجد ربح للتقسيم.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/tally.py" line="107" />
      <source>Il n'y a rien à enlever : ce compte est déjà à zéro.</source>
      <translation>لا يوجد شيء لإزالته: هذا الحساب صفر من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="111" />
      <location filename="../../app/services/sales/tally.py" line="114" />
      <source>Impossible : ce compte deviendrait négatif.</source>
      <translation>غير ممكن: هذا الحساب سيصبح سالبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="103" />
      <source>Indiquez combien ajouter ou enlever.</source>
      <translation>اكتبي كم تريدين أن تضيفي أو تزيلي.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="108" />
      <source>Indiquez la date de l'achat.</source>
      <translation>اكتبي تاريخ الشراء.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="180" />
      <source>Indiquez la date de la décision.</source>
      <translation>اكتبي تاريخ القرار.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="196" />
      <source>Indiquez la date de la vente.</source>
      <translation>اكتبي تاريخ البيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="110" />
      <source>Indiquez le montant de la dépense.</source>
      <translation>اكتبي مبلغ المصاريف.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="84" />
      <source>Indiquez les heures de présence.</source>
      <translation>اكتبي ساعات الحضور.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="123" />
      <location filename="../../app/services/sales/closing.py" line="127" />
      <source>Indiquez un montant différent de zéro.</source>
      <translation>اكتبي مبلغًا غير الصفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="25" />
      <source>Ingrédients</source>
      <translation>المكونات</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="155" />
      <source>La caisse a une différence de {diff}. Expliquez en quelques mots (par exemple : erreur de monnaie).</source>
      <translation>في الصندوق فرق قدره {diff}. اشرحي في كلمات قليلة (مثلًا: خطأ في إرجاع الباقي).</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="78" />
      <source>La journée est encore ouverte : changez simplement les comptes.</source>
      <translation>اليوم ما زال مفتوحًا: غيّري الأعداد فقط.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="68" />
      <location filename="../../app/services/sales/sharing.py" line="185" />
      <source>La part du fonds commun va de 0 à 100 %.</source>
      <translation>حصة الصندوق المشترك من 0 إلى 100 %.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="187" />
      <source>La révision vient après la décision.</source>
      <translation>المراجعة تأتي بعد القرار.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="346" />
      <source>Le code « {code} » ne correspond à aucun produit de la vente.</source>
      <translation>الرمز «{code}» لا يطابق أي منتج في هذا البيع.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="203" />
      <location filename="../../app/services/sales/events.py" line="280" />
      <source>Le fond de caisse ne peut pas être négatif.</source>
      <translation>لا يمكن أن يكون مبلغ بداية الصندوق سالبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="112" />
      <source>Le montant doit être plus grand que zéro.</source>
      <translation>المبلغ يجب أن يكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="110" />
      <source>Les heures vont de 0 à 2000.</source>
      <translation>الساعات من 0 إلى 2000.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="26" />
      <source>Livraison</source>
      <translation>توصيل</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="188" />
      <source>Marquez plutôt la dépense de départ.</source>
      <translation>الأفضل أن تؤشّري على المصاريف الأصلية.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="41" />
      <source>Offert</source>
      <translation>مُهدى</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="39" />
      <source>Payconiq / Wero</source>
      <translation>Payconiq / Wero</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="186" />
      <source>Personne n'a avancé cet argent.</source>
      <translation>لا أحد دفع هذا المال من جيبه.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="321" />
      <source>Plusieurs ventes le {date} : précisez la cohorte.</source>
      <translation>عدة مبيعات يوم {date}: حدّدي المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="63" />
      <source>Pour {d}, écrivez un nombre de pièces ou de billets (des chiffres).</source>
      <translation>لـ {d}، اكتبي عدد القطع أو الأوراق النقدية (بالأرقام).</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="28" />
      <source>Stand</source>
      <translation>كشك</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="27" />
      <source>Traiteur</source>
      <translation>تموين</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="27" />
      <source>Transport</source>
      <translation>النقل</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/tally.py" line="103" />
      <source>Un appui compte +1 ou −1.</source>
      <translation>كل ضغطة تحسب +1 أو −1.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="69" />
      <location filename="../../app/services/sales/tally.py" line="243" />
      <source>Un nombre ne peut pas être négatif.</source>
      <translation>لا يمكن أن يكون العدد سالبًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="211" />
      <source>Un produit choisi n'existe plus.</source>
      <translation>أحد المنتجات المختارة لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="208" />
      <source>Un produit est choisi deux fois.</source>
      <translation>تم اختيار منتج مرتين.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="70" />
      <location filename="../../app/services/sales/expenses.py" line="159" />
      <source>Une correction a besoin d'une raison.</source>
      <translation>التصحيح يحتاج إلى سبب.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="153" />
      <source>Une correction ne s'annule pas.</source>
      <translation>لا يمكن إلغاء التصحيح.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="203" />
      <source>Une personne n'est pas membre de la cohorte.</source>
      <translation>أحد الأشخاص ليس عضوة في المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="40" />
      <source>Virement</source>
      <translation>تحويل بنكي</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="175" />
      <source>invendu</source>
      <translation>غير مَبيع</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="176" />
      <source>offert ou perdu</source>
      <translation>مُهدى أو ضائع</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="174" />
      <source>vendu</source>
      <translation>مَبيع</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/tally.py" line="281" />
      <source>{n} : c'est beaucoup. Est-ce bien le bon nombre ?</source>
      <translation>{n}: هذا كثير. هل هذا هو العدد الصحيح؟</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/tally.py" line="239" />
      <source>« {text} » n'est pas un nombre entier.</source>
      <translation>«{text}» ليس عددًا صحيحًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="107" />
      <source>« {t} » n'est pas un nombre d'heures.</source>
      <translation>«{t}» ليس عدد ساعات.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="29" />
      <source>À emporter</source>
      <translation>للأخذ</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="214" />
      <source>Écrivez l'objection avant sa réponse.</source>
      <translation>اكتبي الاعتراض قبل جوابه.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="183" />
      <source>Écrivez la proposition.</source>
      <translation>اكتبي الاقتراح.</translation>
    </message>
  </context>
  <context>
    <name>sales_print</name>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="106" />
      <source>Partage du bénéfice – {cohort}</source>
      <translation>تقسيم الربح – {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="216" />
      <source>Résumé de vente du {date}</source>
      <translation>ملخص البيع ليوم {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="26" />
      <source>Tout est partagé {how}</source>
      <translation>كل شيء مقسّم {how}</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="19" />
      <source>Tout reste dans le fonds commun</source>
      <translation>كل شيء يبقى في الصندوق المشترك</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="181" />
      <source>Ventes de {cohort}</source>
      <translation>مبيعات {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="21" />
      <source>en parts égales</source>
      <translation>بحصص متساوية</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="23" />
      <source>selon les heures de présence</source>
      <translation>حسب ساعات الحضور</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="27" />
      <source>{fund} % au fonds commun, le reste {how}</source>
      <translation>{fund} % للصندوق المشترك، والباقي {how}</translation>
    </message>
  </context>
  <context>
    <name>schedule</name>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="33" />
      <source>Absente</source>
      <translation>غائبة</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="71" />
      <source>Annulée</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="62" />
      <source>Autre</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/calendar.py" line="51" />
      <source>Avec : {name}</source>
      <translation>مع: {name}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="87" />
      <source>Ce module existe déjà.</source>
      <translation>هذه الوحدة موجودة من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="264" />
      <location filename="../../app/services/schedule/prerequisites.py" line="116" />
      <location filename="../../app/services/schedule/term.py" line="183" />
      <source>Ce module n'existe plus.</source>
      <translation>هذه الوحدة لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="208" />
      <location filename="../../app/services/schedule/term.py" line="100" />
      <location filename="../../app/services/schedule/term.py" line="163" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>هذه المجموعة لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="258" />
      <source>Cette date est en dehors de la cohorte (du {start} au {end}).</source>
      <translation>هذا التاريخ خارج فترة المجموعة (من {start} إلى {end}).</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="61" />
      <source>Cette date n'existe pas : « {text} ».</source>
      <translation>هذا التاريخ غير موجود: «{text}».</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="86" />
      <location filename="../../app/services/schedule/attendance.py" line="123" />
      <source>Cette matinée est annulée.</source>
      <translation>هذه الفترة الصباحية ملغاة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="266" />
      <source>Cette personne n'existe plus.</source>
      <translation>هذا الشخص لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="67" />
      <source>Cette personne n'était pas dans la cohorte ce jour-là.</source>
      <translation>هذا الشخص لم يكن في المجموعة في ذلك اليوم.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="94" />
      <location filename="../../app/services/schedule/attendance.py" line="137" />
      <location filename="../../app/services/schedule/attendance.py" line="264" />
      <source>Cette personne ne fait pas partie de la cohorte.</source>
      <translation>هذا الشخص ليس من المجموعة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="127" />
      <source>Cette règle existe déjà.</source>
      <translation>هذه القاعدة موجودة من قبل.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="419" />
      <source>Cette semaine n'a aucune matinée à copier.</source>
      <translation>هذا الأسبوع ليس فيه أي فترة صباحية للنسخ.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="83" />
      <location filename="../../app/services/schedule/attendance.py" line="133" />
      <source>Choisissez : présente, en retard, excusée ou absente.</source>
      <translation>اختاري: حاضرة، أو متأخرة، أو غائبة بعذر، أو غائبة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="107" />
      <source>Choisissez le module à suivre d'abord.</source>
      <translation>اختاري أولًا الوحدة التي يجب متابعتها.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="111" />
      <source>Choisissez un module ou un type de matinée.</source>
      <translation>اختاري وحدة أو نوع فترة صباحية.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="85" />
      <location filename="../../app/services/schedule/mornings.py" line="252" />
      <location filename="../../app/services/schedule/prerequisites.py" line="114" />
      <source>Choisissez un type dans la liste.</source>
      <translation>اختاري نوعًا من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="254" />
      <source>Choisissez un état dans la liste.</source>
      <translation>اختاري حالة من القائمة.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="414" />
      <source>Choisissez une autre semaine que celle copiée.</source>
      <translation>اختاري أسبوعًا غير الأسبوع المنسوخ.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="175" />
      <source>Cochez au moins un jour de la semaine.</source>
      <translation>أشّري على يوم واحد على الأقل من أيام الأسبوع.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="57" />
      <source>Cuisine</source>
      <translation>الطبخ</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="363" />
      <source>Des présences sont notées pour cette matinée : annulez-la plutôt.</source>
      <translation>تم تسجيل حضور في هذه الفترة الصباحية: الأفضل أن تلغيها.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="31" />
      <source>En retard</source>
      <translation>متأخرة</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="32" />
      <source>Excusée</source>
      <translation>غائبة بعذر</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="70" />
      <source>Faite</source>
      <translation>تمت</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="246" />
      <source>Indiquez l'heure de début et de fin.</source>
      <translation>اكتبي ساعة البداية وساعة النهاية.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="165" />
      <source>Indiquez la date de début.</source>
      <translation>اكتبي تاريخ البداية.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="167" />
      <source>Indiquez la date de fin.</source>
      <translation>اكتبي تاريخ النهاية.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="244" />
      <location filename="../../app/services/schedule/term.py" line="51" />
      <source>Indiquez la date.</source>
      <translation>اكتبي التاريخ.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="283" />
      <source>La cohorte a déjà une matinée ce jour-là de {start} à {end}.</source>
      <translation>المجموعة عندها فترة صباحية في ذلك اليوم من قبل، من {start} إلى {end}.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="95" />
      <source>La fermeture ne peut pas finir avant de commencer.</source>
      <translation>لا يمكن أن ينتهي الإغلاق قبل أن يبدأ.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="340" />
      <source>La matinée finirait après minuit.</source>
      <translation>الفترة الصباحية ستنتهي بعد منتصف الليل.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="249" />
      <location filename="../../app/services/schedule/term.py" line="178" />
      <source>La matinée ne peut pas finir avant de commencer.</source>
      <translation>لا يمكن أن تنتهي الفترة الصباحية قبل أن تبدأ.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="170" />
      <source>La période ne peut pas finir avant de commencer.</source>
      <translation>لا يمكن أن تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="272" />
      <source>Le {date} est un jour de fermeture : {reason}.</source>
      <translation>يوم {date} هو يوم إغلاق: {reason}.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="60" />
      <source>Marrainage</source>
      <translation>المرافقة (العرّابة)</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="75" />
      <source>Module inconnu : « {name} ».</source>
      <translation>وحدة غير معروفة: «{name}».</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="56" />
      <source>Pratique</source>
      <translation>تطبيق عملي</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/hours.py" line="29" />
      <source>Pratique (cuisine, ventes, visites…)</source>
      <translation>تطبيق عملي (طبخ، مبيعات، زيارات…)</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="30" />
      <source>Présente</source>
      <translation>حاضرة</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="69" />
      <source>Prévue</source>
      <translation>مبرمجة</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="107" />
      <source>Semaine inconnue : écrivez par exemple 2022-W41.</source>
      <translation>أسبوع غير معروف: اكتبي مثلًا 2022-W41.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/hours.py" line="28" />
      <location filename="../../app/services/schedule/mornings.py" line="55" />
      <source>Théorie</source>
      <translation>نظري</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="119" />
      <source>Un module ne peut pas se précéder lui-même.</source>
      <translation>لا يمكن أن تأتي الوحدة قبل نفسها.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="98" />
      <source>Une fermeture dure au plus un an.</source>
      <translation>الإغلاق يدوم سنة واحدة على الأكثر.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="173" />
      <source>Une période dure au plus un an.</source>
      <translation>الفترة تدوم سنة واحدة على الأكثر.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="59" />
      <source>Vente</source>
      <translation>البيع</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="58" />
      <source>Visite</source>
      <translation>زيارة</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="200" />
      <source>en dehors des dates de la cohorte</source>
      <translation>خارج تواريخ المجموعة</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="204" />
      <source>fermeture : {reason}</source>
      <translation>إغلاق: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="274" />
      <location filename="../../app/services/schedule/term.py" line="205" />
      <source>fermé</source>
      <translation>مغلق</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="426" />
      <location filename="../../app/services/schedule/term.py" line="202" />
      <source>jour férié : {name}</source>
      <translation>عطلة رسمية: {name}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="49" />
      <source>le module « {name} »</source>
      <translation>الوحدة «{name}»</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="83" />
      <source>le nom du module</source>
      <translation>اسم الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="51" />
      <source>les matinées « {kind} »</source>
      <translation>الفترات الصباحية «{kind}»</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="199" />
      <source>{activity} du {date} : il faut d'abord le module « {module} », prévu seulement le {when}.</source>
      <translation>{activity} يوم {date}: يجب أولًا متابعة الوحدة «{module}»، وهي مبرمجة فقط يوم {when}.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="194" />
      <source>{activity} du {date} : il faut d'abord le module « {module} », qui n'est pas encore prévu.</source>
      <translation>{activity} يوم {date}: يجب أولًا متابعة الوحدة «{module}»، وهي غير مبرمجة بعد.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="280" />
      <source>{name} a manqué {n} matinées de suite : prenez de ses nouvelles.</source>
      <translation>{name} غابت عن {n} فترات صباحية متتالية: اسألي عن أحوالها.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="54" />
      <source>« {required} » avant {target}</source>
      <translation>«{required}» قبل {target}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="63" />
      <source>Écrivez la date comme ceci : 31/12/2022.</source>
      <translation>اكتبي التاريخ هكذا: 31/12/2022.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="61" />
      <source>Évaluation</source>
      <translation>التقييم</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="45" />
      <source>L'objectif de coût matière va de 1 à 99 %.</source>
      <translation>هدف تكلفة المواد من 1 إلى 99 %.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="42" />
      <source>Un taux de TVA va de 0 à 100 %.</source>
      <translation>نسبة ضريبة القيمة المضافة من 0 إلى 100 %.</translation>
    </message>
  </context>
  <context>
    <name>shopping</name>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="48" />
      <source>Acheter</source>
      <translation>للشراء</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="138" />
      <source>Cette commande n'a aucune ligne.</source>
      <translation>هذه الطلبية ليس فيها أي سطر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="80" />
      <source>Choisissez au moins une recette.</source>
      <translation>اختاري وصفة واحدة على الأقل.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="139" />
      <source>Courses pour la commande n° {id} : {customer}</source>
      <translation>المشتريات للطلبية رقم {id}: {customer}</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="158" />
      <source>Courses pour « {menu} », {n} personnes</source>
      <translation>المشتريات لـ «{menu}»، عدد الأشخاص: {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="84" />
      <source>Dépense estimée : {total}</source>
      <translation>المصاريف المتوقعة: {total}</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="111" />
      <source>Fournisseur</source>
      <translation>المورّد</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="115" />
      <source>Fournisseur non précisé</source>
      <translation>المورّد غير محدد</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="47" />
      <source>Il faut</source>
      <translation>المطلوب</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="150" />
      <source>Indiquez le nombre de personnes.</source>
      <translation>اكتبي عدد الأشخاص.</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="46" />
      <location filename="../../app/printing/shopping_list.py" line="112" />
      <source>Ingrédient</source>
      <translation>المكوّن</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="88" />
      <source>Le nombre de fournées doit être plus grand que zéro.</source>
      <translation>عدد الدفعات يجب أن يكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="125" />
      <source>Liste de courses</source>
      <translation>قائمة المشتريات</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="115" />
      <source>Paquets</source>
      <translation>العلب</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="37" />
      <source>Prix du {date}.</source>
      <translation>أسعار يوم {date}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="49" />
      <location filename="../../app/printing/shopping_list.py" line="117" />
      <source>Prix estimé</source>
      <translation>السعر التقريبي</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="113" />
      <source>Quantité</source>
      <translation>الكمية</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="119" />
      <source>Recettes</source>
      <translation>الوصفات</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="50" />
      <location filename="../../app/printing/shopping_list.py" line="118" />
      <source>Reste</source>
      <translation>الباقي</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="95" />
      <source>Sans prix connu : {names}.</source>
      <translation>بدون سعر معروف: {names}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="71" />
      <source>Sous-total</source>
      <translation>المجموع الجزئي</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="116" />
      <source>Taille du paquet</source>
      <translation>حجم العلبة</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="139" />
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="114" />
      <source>Unité</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="23" />
      <source>prix inconnu</source>
      <translation>سعر غير معروف</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="24" />
      <source>{packs} × {size}</source>
      <translation>{packs} × {size}</translation>
    </message>
  </context>
  <context>
    <name>tasks</name>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="70" />
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
    <name>today</name>
    <message>
      <location filename="../../app/services/today/first_screen.py" line="128" />
      <source>Autre</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/handover.py" line="42" />
      <source>Cette personne n'existe plus.</source>
      <translation>هذا الشخص لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/today/first_screen.py" line="123" />
      <source>Cuisine</source>
      <translation>الطبخ</translation>
    </message>
    <message>
      <location filename="../../app/services/today/first_screen.py" line="126" />
      <source>Marrainage</source>
      <translation>المرافقة (العرّابة)</translation>
    </message>
    <message>
      <location filename="../../app/services/today/first_screen.py" line="122" />
      <source>Pratique</source>
      <translation>تطبيق عملي</translation>
    </message>
    <message>
      <location filename="../../app/services/today/first_screen.py" line="121" />
      <source>Théorie</source>
      <translation>نظري</translation>
    </message>
    <message>
      <location filename="../../app/services/today/first_screen.py" line="125" />
      <source>Vente</source>
      <translation>البيع</translation>
    </message>
    <message>
      <location filename="../../app/services/today/first_screen.py" line="124" />
      <source>Visite</source>
      <translation>زيارة</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/handover.py" line="39" />
      <source>Écrivez ce qui a été fait ou ce qui reste à faire.</source>
      <translation>اكتبي ما تم عمله أو ما بقي لعمله.</translation>
    </message>
    <message>
      <location filename="../../app/services/today/first_screen.py" line="127" />
      <source>Évaluation</source>
      <translation>التقييم</translation>
    </message>
  </context>
  <context>
    <name>trash</name>
    <message>
      <location filename="../../app/services/safety/trash.py" line="58" />
      <source>Adjectif choisi</source>
      <translation>صفة مختارة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="57" />
      <source>Auto-évaluation</source>
      <translation>تقييم ذاتي</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="114" />
      <source>Ce type de donnée ne va pas à la corbeille.</source>
      <translation>هذا النوع من البيانات لا يذهب إلى سلة المهملات.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="60" />
      <source>Cercle</source>
      <translation>دائرة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="61" />
      <source>Changement de déléguée</source>
      <translation>تغيير المندوبة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="37" />
      <source>Cohorte</source>
      <translation>مجموعة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="43" />
      <source>Commande</source>
      <translation>طلب</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="57" />
      <source>Commande {customer} du {date}</source>
      <translation>طلب {customer} بتاريخ {date}</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="49" />
      <source>Dégustation</source>
      <translation>تذوّق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="66" />
      <source>Dépense</source>
      <translation>مصروف</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="71" />
      <source>Fermeture</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="59" />
      <source>Indisponibilité</source>
      <translation>عدم توفّر</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="39" />
      <source>Ingrédient</source>
      <translation>مكوّن</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="53" />
      <source>Jour de déléguée</source>
      <translation>يوم مندوبة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="44" />
      <source>Journée de vente</source>
      <translation>يوم بيع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="47" />
      <source>Ligne de commande</source>
      <translation>سطر طلب</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="67" />
      <source>Ligne de recette</source>
      <translation>سطر وصفة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="50" />
      <source>Ligne de vente</source>
      <translation>سطر بيع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="40" />
      <source>Matinée</source>
      <translation>فترة صباحية</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="91" />
      <source>Matinée du {date} ({title})</source>
      <translation>الفترة الصباحية بتاريخ {date} ({title})</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="45" />
      <source>Menu</source>
      <translation>قائمة طعام</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="41" />
      <source>Module</source>
      <translation>وحدة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="65" />
      <source>Mouvement de caisse</source>
      <translation>حركة في الصندوق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="52" />
      <source>Partage du bénéfice</source>
      <translation>تقسيم الربح</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="42" />
      <source>Participation à une cohorte</source>
      <translation>مشاركة في مجموعة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="63" />
      <source>Passation</source>
      <translation>تسليم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="36" />
      <source>Personne</source>
      <translation>شخص</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="48" />
      <source>Plat d'un menu</source>
      <translation>طبق من قائمة طعام</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="62" />
      <source>Point coché</source>
      <translation>نقطة مؤشَّر عليها</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="68" />
      <source>Prix d'ingrédient</source>
      <translation>سعر مكوّن</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="51" />
      <source>Produit d'une vente</source>
      <translation>منتج في بيع</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="72" />
      <source>Prérequis</source>
      <translation>شرط سابق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="46" />
      <source>Présence</source>
      <translation>حضور</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="38" />
      <source>Recette</source>
      <translation>وصفة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="56" />
      <source>Retour individuel</source>
      <translation>رأي شخصي</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="70" />
      <source>Réponse de dégustation</source>
      <translation>جواب تذوّق</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="69" />
      <source>TVA par format</source>
      <translation>ضريبة القيمة المضافة حسب الحجم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="110" />
      <source>Type de donnée inconnu : {name}.</source>
      <translation>نوع بيانات غير معروف: {name}.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="64" />
      <source>Tâche</source>
      <translation>مهمة</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="73" />
      <source>Vente du {title}</source>
      <translation>بيع {title}</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="81" />
      <source>« {label} » est clôturée : elle ne peut plus être supprimée. Corrigez-la par une correction.</source>
      <translation>«{label}» مُغلقة: لا يمكن حذفها بعد الآن. صحّحيها بإضافة تصحيح.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="208" />
      <source>« {label} » ne peut pas être restaurée : une donnée dont elle a besoin a été supprimée, ou une autre porte le même nom.</source>
      <translation>لا يمكن استرجاع «{label}»: تم حذف بيانات تحتاجها، أو هناك عنصر آخر يحمل نفس الاسم.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="130" />
      <source>« {label} » ne peut pas être supprimée : d'autres données en dépendent ({where}). Désactivez-la plutôt.</source>
      <translation>لا يمكن حذف «{label}»: هناك بيانات أخرى تعتمد عليه ({where}). الأفضل أن تجعليه غير نشيط.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="47" />
      <source>« {label} » ne peut pas être supprimée : elle figure dans {count} journée(s) de vente. Désactivez-la plutôt.</source>
      <translation>لا يمكن حذف «{label}»: هي موجودة في {count} يوم/أيام بيع. أوقفي استعمالها بدل ذلك.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="54" />
      <source>Évaluation</source>
      <translation>تقييم</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="55" />
      <source>Évaluatrice</source>
      <translation>مقيّمة</translation>
    </message>
  </context>
  <context>
    <name>units</name>
    <message>
      <location filename="../../app/services/units.py" line="135" />
      <source>Au plus trois chiffres après la virgule.</source>
      <translation>ثلاثة أرقام على الأكثر بعد الفاصلة.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="93" />
      <source>Ce nombre est trop grand : au plus {limit}.</source>
      <translation>هذا العدد كبير جدًا: {limit} على الأكثر.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="79" />
      <source>Cette quantité est trop grande : au plus {limit} {unit}.</source>
      <translation>هذه الكمية كبيرة جدًا: {limit} {unit} على الأكثر.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="137" />
      <source>Cette quantité est trop grande.</source>
      <translation>هذه الكمية كبيرة جدًا.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="89" />
      <source>Indiquez un nombre plus grand que zéro.</source>
      <translation>اكتبي عددًا أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="123" />
      <source>Indiquez une quantité, par exemple 250 ou 1,5.</source>
      <translation>اكتبي كمية، مثلًا 250 أو 1,5.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="133" />
      <source>La quantité doit être plus grande que zéro.</source>
      <translation>الكمية يجب أن تكون أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="49" />
      <source>On ne peut pas convertir des « {a} » en « {b} » : choisissez une unité de même nature (poids, volume ou pièces).</source>
      <translation>لا يمكن تحويل «{a}» إلى «{b}»: اختاري وحدة من نفس النوع (وزن أو حجم أو قطع).</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="36" />
      <source>Unité inconnue : « {unit} ».</source>
      <translation>وحدة غير معروفة: «{unit}».</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="151" />
      <source>pièces</source>
      <translation>قطع</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="149" />
      <source>poids (g, kg)</source>
      <translation>الوزن (g، kg)</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="150" />
      <source>volume (ml, l)</source>
      <translation>الحجم (ml، l)</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="160" />
      <source>« {name} » se compte en {unit} : on ne peut pas l'indiquer en {line_unit}.</source>
      <translation>«{name}» يُحسب بـ {unit}: لا يمكن كتابته بـ {line_unit}.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="127" />
      <source>« {text} » n'est pas une quantité. Écrivez par exemple 1,5.</source>
      <translation>«{text}» ليست كمية. اكتبي مثلًا 1,5.</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <location filename="../../app/services/validation.py" line="45" />
      <source>Ce texte contient un caractère invisible qui n'est pas permis ({code}). Retapez-le au clavier au lieu de le copier.</source>
      <translation>يحتوي هذا النص على حرف غير مرئي غير مسموح به ({code}). اكتبيه بلوحة المفاتيح بدل نسخه.</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="85" />
      <source>Ce texte est trop long (au plus {n} caractères).</source>
      <translation>هذا النص طويل جدًا (على الأكثر {n} حرفًا).</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="113" />
      <source>Cette adresse e-mail n'est pas valide (exemple : nom@exemple.be).</source>
      <translation>عنوان البريد الإلكتروني هذا غير صحيح (مثال: nom@exemple.be).</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="76" />
      <source>Indiquez {label}.</source>
      <translation>اكتبي {label}.</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="129" />
      <source>La date {date} n'est pas plausible (entre 2000 et 2099).</source>
      <translation>التاريخ {date} غير معقول (بين 2000 و 2099).</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="99" />
      <source>Un numéro de téléphone ne contient que des chiffres, des espaces et un + au début, par exemple +32 470 12 34 56.</source>
      <translation>رقم الهاتف فيه أرقام ومسافات فقط، وعلامة + في البداية، مثلًا +32 470 12 34 56.</translation>
    </message>
  </context>
</TS>
