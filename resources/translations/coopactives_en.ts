<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
  <context>
    <name>AnswerDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="83" />
      <source>Achèterait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="90" />
      <source>Achèterait le produit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="89" />
      <location filename="../../app/ui/evaluations/tastings_page.py" line="92" />
      <source>Commentaire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="86" />
      <source>Non</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="71" />
      <source>Notes de 1 (pas bon) à 5 (très bon)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="85" />
      <source>Oui</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="68" />
      <source>Réponse d'un client</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttendancePage</name>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/attendance_page.py" line="112" />
      <source>%n membre(s) notée(s) présente(s).</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="44" />
      <source>Attestation de ce membre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="129" />
      <source>Attestation de {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="122" />
      <source>Cliquez d'abord sur la ligne d'un membre.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="108" />
      <source>Cliquez d'abord sur une case de la matinée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="34" />
      <source>Cliquez sur une case pour passer à l'état suivant, ou tapez P (présente), R (en retard), E (excusée), A (absente). Suppr efface.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="41" />
      <source>Toutes présentes à cette matinée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="70" />
      <source>{name} a manqué {n} matinées de suite : prenez de ses nouvelles.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CampaignDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="113" />
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="115" />
      <source>Nombre de jours de vente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="93" />
      <source>Nouvelle évaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="114" />
      <source>Premier jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="112" />
      <source>Titre *</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CashCorrectionDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="187" />
      <source>(personne)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="185" />
      <source>-2,00 pour une sortie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="183" />
      <source>Correction de la caisse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="190" />
      <source>Montant (+ ou −) *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="191" />
      <source>Pourquoi ? *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="192" />
      <source>Qui corrige</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChangeDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="249" />
      <source>Pourquoi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="243" />
      <source>par exemple : rendez-vous médical</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChangePinDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="43" />
      <source>Ancien code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="42" />
      <source>Changer le code PIN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="44" />
      <source>Nouveau code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="45" />
      <source>Nouveau code, encore une fois</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChecklistTemplatesDialog</name>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="63" />
      <source>Ajouter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="66" />
      <source>Fermer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="54" />
      <source>Lignes de la liste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="44" />
      <source>Listes du jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="64" />
      <source>Modifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="65" />
      <location filename="../../app/ui/delegate/lists.py" line="127" />
      <source>Retirer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="128" />
      <source>Retirer « {text} » de la liste ? Les jours déjà cochés le gardent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="58" />
      <source>Texte de la ligne</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="48" />
      <source>Type de journée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="59" />
      <source>par exemple : sortir les poubelles</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CirclesDialog</name>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="155" />
      <source>Cercles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="144" />
      <source>Cercles thématiques</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="168" />
      <source>Créer le cercle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="147" />
      <source>Facultatif : des petits groupes pour les achats, la cuisine, la vente, la communication, la comptabilité. Les tâches peuvent en porter un.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="169" />
      <source>Fermer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="159" />
      <source>Membres du cercle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="163" />
      <location filename="../../app/ui/delegate/lists.py" line="164" />
      <source>Nom du nouveau cercle</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ClosingPage</name>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="231" />
      <source> (correction)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="80" />
      <source>-3,50 pour une sortie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="59" />
      <source>1. Comptes de la journée (si vous avez compté sur papier)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="97" />
      <source>2. Argent de la caisse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="112" />
      <source>3. Comptage de la caisse à la fin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="147" />
      <source>4. Clôturer la journée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="86" />
      <source>Ajouter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="263" />
      <source>Attendu : {e}   ·   Compté : {c}   ·   Différence : {d}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="73" />
      <source>Ce qui s'est passé, ce qu'il faut retenir</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="163" />
      <source>Clôture et corrections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="359" />
      <source>Clôturer la journée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="360" />
      <source>Clôturer la journée du {date} ? Ensuite, on ne peut plus changer les comptes, seulement ajouter des corrections.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="46" />
      <source>Comptes de la feuille papier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="152" />
      <source>Corriger (après clôture)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="155" />
      <source>Corriger la caisse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="134" />
      <source>Enregistrer le comptage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="75" />
      <source>Enregistrer le fond de caisse et les notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="52" />
      <source>Enregistrer les comptes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="104" />
      <source>Entrée (+) ou sortie (−) :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="91" />
      <source>Entrées et sorties d'argent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="133" />
      <source>Explication de la différence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="70" />
      <source>Fond de caisse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="99" />
      <source>Fond de caisse au début :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="48" />
      <source>Invendus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="244" />
      <source>Journée clôturée le {when} par {who}. Elle ne change plus : utilisez « Corriger ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="248" />
      <source>Journée ouverte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="81" />
      <source>Montant entré ou sorti</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="119" />
      <source>Nombre de {d}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="293" />
      <source>Nombre très grand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="74" />
      <source>Notes de la journée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="101" />
      <source>Notes de la journée :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="48" />
      <source>Offerts / pertes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="84" />
      <source>Pourquoi ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="85" />
      <source>Raison</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="132" />
      <source>S'il y a une différence : pourquoi ?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ClosureDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="348" />
      <source>Au</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="347" />
      <source>Du *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="333" />
      <source>Nouvelle fermeture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="340" />
      <source>Pour toutes les cohortes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="349" />
      <source>Raison</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="339" />
      <source>par exemple : congé d'automne</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="337" />
      <source>vide = un seul jour</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CohortDialog</name>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="46" />
      <source>Activité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="23" />
      <source>Cohorte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="44" />
      <source>Début</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="45" />
      <source>Fin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="48" />
      <source>Heures prévues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="47" />
      <source>Matinées prévues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="43" />
      <source>Nom *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="23" />
      <source>Nouvelle cohorte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="31" />
      <source>par exemple : Coopérative 3</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CooperativeDialog</name>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="104" />
      <source>(aucun)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="76" />
      <source>Adresse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="115" />
      <source>Ce fichier n'est pas une image lisible.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="108" />
      <source>Choisir un logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="62" />
      <source>Choisir un logo…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="77" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="109" />
      <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="80" />
      <source>Ligne « producteur »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="86" />
      <source>Logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="75" />
      <source>Nom *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="79" />
      <source>N° d'entreprise / TVA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="44" />
      <source>Paramètres de la coopérative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="57" />
      <source>Produit par … (imprimé sur les étiquettes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="64" />
      <source>Retirer le logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="78" />
      <source>Téléphone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="55" />
      <source>facultatif, par exemple BE 0123.456.789</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CopyWeekDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="208" />
      <source>Copier la semaine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="213" />
      <source>Copier les matinées de la semaine du {date} vers la semaine du :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="218" />
      <source>Semaine</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="153" />
      <source>(personne)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="159" />
      <source>Ajouter (+) ou enlever (−)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="138" />
      <source>Correction après clôture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="143" />
      <source>Invendu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="143" />
      <source>Offert ou perdu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="158" />
      <source>Paiement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="160" />
      <source>Pourquoi ? *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="156" />
      <source>Produit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="161" />
      <source>Qui corrige</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="157" />
      <source>Quoi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="143" />
      <source>Vendu</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CostPanel</name>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="33" />
      <source>&lt;b&gt;Coût et marge&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="46" />
      <source>Coût d'une fournée : {batch} (ingrédients {ingredients} + emballage {packaging})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="65" />
      <source>Coût de la commande : {cost}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="24" />
      <source>Coût et marge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="51" />
      <source>Coût par {unit} : {cost}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="77" />
      <source>Marge : {margin} ({percent}) · coût matière {food} · coefficient {markup}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="73" />
      <source>Prix : {incl} TVA comprise, soit {excl} hors TVA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="85" />
      <source>Prix conseillé (coût matière {target}) : {price}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="58" />
      <source>Sans prix : {names}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CostingSettingsDialog</name>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="42" />
      <source>Coût matière visé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="49" />
      <source>Coût matière visé : la part du prix hors TVA que coûtent les ingrédients et l'emballage. 30 % veut dire une marge de 70 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="39" />
      <source>TVA alimentation (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="29" />
      <source>TVA et objectif de marge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="41" />
      <source>TVA taux normal (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="40" />
      <source>TVA traiteur et service (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="67" />
      <source>Écrivez un taux, par exemple 6 ou 12.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Entre 1 et 100 rangées.</name>
    <message>
      <location filename="../../app/services/label_templates.py" line="146" />
      <source>labels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Entre 1 et 50 colonnes.</name>
    <message>
      <location filename="../../app/services/label_templates.py" line="144" />
      <source>labels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Evaluations</name>
    <message>
      <location filename="../../app/ui/evaluations/commands.py" line="42" />
      <source>Ajouter une réponse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/commands.py" line="58" />
      <source>Supprimer une réponse</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EvaluationsTab</name>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="78" />
      <source>Auto-évaluation et pairs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="80" />
      <source>Bilans individuels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="86" />
      <source>Changer le code PIN…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="81" />
      <source>Compétences et échelle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="90" />
      <source>Données privées : verrouillez avant de quitter l'ordinateur.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="79" />
      <source>Dégustations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="77" />
      <source>Grille d'observation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="82" />
      <source>Verrouiller</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="84" />
      <source>Verrouiller les évaluations (Ctrl+L)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="123" />
      <source>Évaluations</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EvaluatorsDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="54" />
      <source>Au moins deux évaluatrices observent chaque membre.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="42" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="45" />
      <source>Évaluatrices</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="77" />
      <source>(personne)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="90" />
      <source>Date *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="93" />
      <source>Déléguée du jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="95" />
      <source>Fond de caisse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="97" />
      <source>Les prix sont copiés maintenant : changer une recette plus tard ne change pas cette vente.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="92" />
      <source>Lieu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="70" />
      <source>Nouvelle vente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="94" />
      <source>Produits en vente *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="91" />
      <source>Type de vente *</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExpenseDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="232" />
      <source>Catégorie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="229" />
      <source>Date *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="230" />
      <source>Fournisseur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="224" />
      <source>Liée à la vente du {d}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="231" />
      <source>Montant *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="213" />
      <source>Nouvelle dépense</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="234" />
      <source>N° du ticket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="233" />
      <source>Payé par</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="235" />
      <source>Vente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="222" />
      <source>la caisse (personne à rembourser)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExpensesPage</name>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="86" />
      <source>Ajouter une dépense</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="89" />
      <source>Annuler cette dépense…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="146" />
      <source>Annuler une dépense</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="78" />
      <source>Dépenses de la cohorte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="92" />
      <source>Marquer remboursée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="147" />
      <source>On garde la dépense et on ajoute une dépense contraire. Pourquoi ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="130" />
      <source>Rien à rembourser.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="128" />
      <source>À rembourser : {list}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FrameworkPage</name>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="74" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="198" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="209" />
      <source>Adjectif</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="75" />
      <source>Adjectifs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="95" />
      <source>Adjectifs (pour toutes les cohortes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="81" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="99" />
      <source>Ajouter…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="70" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="159" />
      <source>Catégorie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="72" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="191" />
      <source>Ce que l'on observe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="70" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="159" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="169" />
      <source>Compétence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="71" />
      <source>Compétences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="77" />
      <source>Compétences de la cohorte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="74" />
      <source>Explication</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="198" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="209" />
      <source>Explication simple</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="208" />
      <source>Modifier l'adjectif</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="91" />
      <source>Modifier le niveau…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="100" />
      <source>Modifier…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="72" />
      <source>Niveau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="190" />
      <source>Niveau {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="72" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="191" />
      <source>Nom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="197" />
      <source>Nouvel adjectif</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="158" />
      <source>Nouvelle compétence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="168" />
      <source>Renommer la compétence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="82" />
      <source>Renommer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="83" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="101" />
      <source>Retirer / remettre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="123" />
      <source>retirée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="123" />
      <source>utilisée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="73" />
      <source>Échelle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="87" />
      <source>Échelle de notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="70" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="74" />
      <source>État</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GridPage</name>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="306" />
      <source>Accord entre évaluatrices ({n} paires de notes) : {exact} % identiques, {close} % à un niveau près. Kappa pondéré : {kappa}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="302" />
      <source>Accord entre évaluatrices : pas encore de notes à comparer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="220" />
      <source>Aucune grille : créez-en une.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="120" />
      <source>Commentaire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="344" />
      <source>Commentaire pour {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="153" />
      <source>Commentaires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="120" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="153" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="158" />
      <source>Compétence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="160" />
      <source>Désaccords</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="155" />
      <source>Détail du membre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="124" />
      <source>Enregistrer la fiche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="126" />
      <source>Enregistrer la fiche (Ctrl+S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="118" />
      <source>Fiche d'observation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="394" />
      <source>Fiche enregistrée : {n} note(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="89" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="436" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="445" />
      <source>Finaliser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="437" />
      <source>Finaliser cette grille ? Les notes ne pourront plus changer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="247" />
      <source>Finalisée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="94" />
      <source>Grille :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="111" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="158" />
      <source>Jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="108" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="146" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="158" />
      <source>Membre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="153" />
      <source>Médiane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="168" />
      <source>Médiane des notes par catégorie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="169" />
      <source>Médiane par compétence du membre choisi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="150" />
      <source>Médianes par membre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="120" />
      <source>Niveau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="337" />
      <source>Niveau pour {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="148" />
      <source>Nombre de notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="158" />
      <source>Notes différentes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="84" />
      <source>Nouvelle grille d'observation (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="82" />
      <source>Nouvelle grille…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="164" />
      <source>Résultats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="137" />
      <source>Saisie d'une fiche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="112" />
      <source>jour </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="248" />
      <source>{n} jour(s), {e} évaluatrice(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="170" />
      <source>À discuter avant l'entretien (2 niveaux d'écart ou plus)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="79" />
      <source>Évaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="105" />
      <source>Évaluatrice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="86" />
      <source>Évaluatrices…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="338" />
      <source>— pas observé</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HandoverDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="138" />
      <source>Ce qui est fait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="139" />
      <source>La suite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="122" />
      <source>Passation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="125" />
      <source>Pour la prochaine déléguée : ce qui est fait, ce qui reste à faire.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Indiquez une dimension plus grande que zéro.</name>
    <message>
      <location filename="../../app/services/label_templates.py" line="142" />
      <source>labels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IngredientDialog</name>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="69" />
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="71" />
      <source>Actif</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="92" />
      <source>Allergènes (contient)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="80" />
      <source>Fournisseur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="51" />
      <source>Modifier l'ingrédient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="75" />
      <source>Nom *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="81" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="51" />
      <source>Nouvel ingrédient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="93" />
      <source>Peut contenir des traces de</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="145" />
      <source>Prix connus (un nouveau prix garde les anciens) :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="78" />
      <source>Prix du paquet (€) *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="79" />
      <source>Prix valable depuis le</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="77" />
      <source>Taille du paquet *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="76" />
      <source>Unité d'achat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="136" />
      <source>depuis le {date} : {size} {unit} pour {price}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="59" />
      <source>par exemple 1 ou 500</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="61" />
      <source>par exemple 6,49</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="66" />
      <source>par exemple Colruyt, marché de la Batte</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IngredientsPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/ingredients_page.py" line="80" />
      <source>%n ingrédient(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="66" />
      <source>Modifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="58" />
      <source>Montrer les ingrédients inactifs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="63" />
      <source>Nouvel ingrédient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="57" />
      <source>Rechercher un ingrédient ou un fournisseur…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="123" />
      <source>Suppression refusée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="69" />
      <location filename="../../app/ui/menus/ingredients_page.py" line="114" />
      <source>Supprimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="115" />
      <source>Supprimer l'ingrédient « {name} » et ses prix ?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LabelProducts</name>
    <message>
      <location filename="../../app/ui/labels/model.py" line="118" />
      <source>Il manque : {missing}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="129" />
      <source>Nombre d'étiquettes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="17" />
      <source>Produit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="117" />
      <source>Prêt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="18" />
      <source>Quantité nette</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="20" />
      <source>État</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="19" />
      <source>Étiquettes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../app/ui/labels/commands.py" line="18" />
      <source>Supprimer le modèle {name}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LabelsTab</name>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="98" />
      <source>1. Produits : tapez le nombre d'étiquettes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="140" />
      <source>2. Impression</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="160" />
      <source>Ajouter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="170" />
      <source>Aperçu et impression…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="128" />
      <source>Aucun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="85" />
      <source>Aucun produit. Créez d'abord les recettes (ingrédients, quantité nette, durée de conservation) dans l'onglet Menus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="318" />
      <source>Ce n'est pas la date d'aujourd'hui ({today}). Vérifiez-la.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="147" />
      <source>Code-barres</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="143" />
      <source>Date de production</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="184" />
      <source>Décalage vers la droite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="185" />
      <source>Décalage vers le bas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="129" />
      <source>EAN-13 (code produit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="144" />
      <source>Feuille d'étiquettes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="194" />
      <source>Garder ce décalage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="211" />
      <source>Imprimante</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="349" />
      <source>Les {n} premières (en gris) sont déjà utilisées.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="219" />
      <source>Les étiquettes en arabe ne sont pas encore possibles.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="135" />
      <source>Logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="197" />
      <source>Nouveau modèle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="146" />
      <source>Numéro de lot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="95" />
      <source>Ouvrir la recette</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="433" />
      <source>Page de réglage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="178" />
      <source>Page de réglage…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="134" />
      <source>Petite histoire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="133" />
      <source>Prix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="66" />
      <source>Produits et nombre d'étiquettes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="130" />
      <source>QR code (code produit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="203" />
      <source>Réglages de la feuille</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="200" />
      <source>Supprimer ce modèle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="469" />
      <source>Supprimer le modèle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="470" />
      <source>Supprimer le modèle « {name} » ? Vous pourrez annuler (Ctrl+Z).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="338" />
      <source>Tapez un nombre d'étiquettes à côté d'un produit. Sur le dessin de la feuille, cliquez sur la première étiquette libre.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="172" />
      <source>Voir les étiquettes, puis imprimer (Ctrl+P)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="326" />
      <source>automatique : {lot}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="345" />
      <source>{n} étiquettes sur {sheets} feuille(s) {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="362" />
      <source>« {name} » : il manque {missing}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="367" />
      <source>« {name} » est prêt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="256" />
      <location filename="../../app/ui/labels/tab.py" line="424" />
      <source>Étiquettes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="145" />
      <source>Étiquettes déjà utilisées</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Le pas horizontal doit être au moins la largeur d'une étiquette.</name>
    <message>
      <location filename="../../app/services/label_templates.py" line="154" />
      <source>labels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Le pas vertical doit être au moins la hauteur d'une étiquette.</name>
    <message>
      <location filename="../../app/services/label_templates.py" line="159" />
      <source>labels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Les étiquettes sortent de la page en bas ({bottom} mm pour une page de {height} mm). Réduisez les rangées, la marge ou le pas.</name>
    <message>
      <location filename="../../app/services/label_templates.py" line="177" />
      <source>labels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Les étiquettes sortent de la page à droite ({right} mm pour une page de {width} mm). Réduisez les colonnes, la marge ou le pas.</name>
    <message>
      <location filename="../../app/services/label_templates.py" line="168" />
      <source>labels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <location filename="../../app/ui/menus/list_page.py" line="47" />
      <source>Rechercher</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" line="141" />
      <source>&amp;Aide</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="129" />
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="324" />
      <source>&lt;h3&gt;Coopér'Actives Cuisine {version}&lt;/h3&gt;&lt;p&gt;L'application des coopératives éphémères de cuisine : planning, menus, étiquettes, ventes, déléguée du jour et évaluations.&lt;/p&gt;&lt;p&gt;Base de données : {path}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Coopér'Actives Cuisine {version}&lt;/h3&gt;&lt;p&gt;The app of the short-lived cooking cooperatives: schedule, menus, labels, sales, delegate of the day and evaluations.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="108" />
      <source>Annuler</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="189" />
      <source>Aucune cohorte</source>
      <translation>No group</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="208" />
      <source>Bienvenue ! Commencez par décrire votre coopérative : son nom, son adresse.</source>
      <translation>Welcome! Start by describing your cooperative: its name, its address.</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="39" />
      <location filename="../../app/ui/main_window.py" line="117" />
      <source>Cohorte</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="120" />
      <source>Cohorte :</source>
      <translation>Group:</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="189" />
      <source>Cohorte : {name}</source>
      <translation>Group: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="216" />
      <source>Créer une cohorte</source>
      <translation>Create a group</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="214" />
      <source>Créez maintenant la première cohorte, puis ajoutez ses membres.</source>
      <translation>Now create the first group, then add its members.</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="210" />
      <source>Décrire la coopérative</source>
      <translation>Describe the cooperative</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="194" />
      <source>Déléguée du jour : {name}</source>
      <translation>Delegate of the day: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="103" />
      <source>Modifier la cohorte…</source>
      <translation>Edit the group…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="100" />
      <source>Nouvelle cohorte…</source>
      <translation>New group…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="94" />
      <source>Paramètres de la coopérative…</source>
      <translation>Cooperative settings…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="106" />
      <source>Quitter</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="111" />
      <source>Rétablir</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="323" />
      <source>À propos</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="114" />
      <source>À propos…</source>
      <translation>About…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="136" />
      <source>É&amp;dition</source>
      <translation>&amp;Edit</translation>
    </message>
  </context>
  <context>
    <name>Members</name>
    <message>
      <location filename="../../app/ui/members/commands.py" line="43" />
      <source>Ajouter {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/commands.py" line="70" />
      <source>Désactiver {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/commands.py" line="57" />
      <source>Modifier {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/commands.py" line="70" />
      <source>Réactiver {name}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MembersTab</name>
    <message numerus="yes">
      <location filename="../../app/ui/members/tab.py" line="134" />
      <source>%n personne(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="66" />
      <source>Ajouter une personne</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="68" />
      <source>Ajouter une personne (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="82" />
      <source>Données personnelles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="73" />
      <location filename="../../app/ui/members/tab.py" line="157" />
      <location filename="../../app/ui/members/tab.py" line="196" />
      <source>Désactiver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="197" />
      <source>Désactiver {name} ? Elle n'apparaîtra plus dans les listes, mais tout son historique est gardé. Vous pourrez la réactiver.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="91" />
      <source>Effacer ses données…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="86" />
      <source>Exporter en JSON…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="52" />
      <source>Liste des personnes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="122" />
      <source>Membres</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="78" />
      <source>Mettre à la corbeille (Suppr)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="70" />
      <source>Modifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="42" />
      <source>Montrer les personnes inactives</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="39" />
      <source>Rechercher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="38" />
      <source>Rechercher un nom, un téléphone, une langue…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="157" />
      <source>Réactiver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="76" />
      <source>Supprimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/tab.py" line="88" />
      <source>Voir et imprimer (PDF)…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MenuDialog</name>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="52" />
      <location filename="../../app/ui/menus/menu_dialog.py" line="54" />
      <source>Actif</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="63" />
      <source>Ajouter une recette</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="71" />
      <source>Format de vente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="136" />
      <source>Ligne {n} : choisissez une recette de la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="41" />
      <source>Modifier le menu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="70" />
      <source>Nom *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="72" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="41" />
      <source>Nouveau menu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="59" />
      <source>Portions par personne</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="111" />
      <source>Portions par personne, ligne {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="59" />
      <source>Recette</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="104" />
      <source>Recette, ligne {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="57" />
      <source>Recettes du menu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="112" />
      <source>Retirer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="113" />
      <source>Retirer la ligne {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="46" />
      <source>par exemple : Brunch des 20 ans</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MenusPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/menus_page.py" line="74" />
      <source>%n menu(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="114" />
      <source>Liste de courses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="63" />
      <source>Liste de courses…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="61" />
      <source>Modifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="103" />
      <source>Modifier le menu {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="56" />
      <source>Montrer les menus inactifs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="60" />
      <source>Nouveau menu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="114" />
      <source>Pour combien de personnes ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="55" />
      <source>Rechercher un menu…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MenusPrinting</name>
    <message>
      <location filename="../../app/ui/menus/printing.py" line="23" />
      <source>Devis n° {id}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MenusTab</name>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="44" />
      <source>Calculer avant de dépenser : chaque recette et chaque commande montre son coût.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="33" />
      <source>Commandes et devis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="69" />
      <source>Coût matière visé : {n} %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="31" />
      <source>Ingrédients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="32" />
      <location filename="../../app/ui/menus/tab.py" line="58" />
      <source>Menus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="30" />
      <source>Recettes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="34" />
      <source>TVA et objectif de marge…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ModuleDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="416" />
      <source>Nom *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="409" />
      <source>Nouveau module</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="416" />
      <source>Type</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MorningDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="130" />
      <source>Animé par</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="125" />
      <source>Date *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="126" />
      <source>Début</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="127" />
      <source>Fin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="131" />
      <source>Lieu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="100" />
      <source>Modifier la matinée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="128" />
      <source>Module</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="132" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="100" />
      <source>Nouvelle matinée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="129" />
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="133" />
      <source>État</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MoveDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="189" />
      <source>Début</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="177" />
      <source>Déplacer la matinée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="188" />
      <source>Nouvelle date</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OrderDialog</name>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="125" />
      <source> jours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="107" />
      <source>(pas de menu)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="143" />
      <source>Adresse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="170" />
      <source>Ajouter une ligne</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="367" />
      <source>Ajoutez des lignes pour voir le coût et la marge.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="273" />
      <source>Choisissez d'abord un menu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="136" />
      <source>Client *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="84" />
      <source>Commande n° {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="146" />
      <source>Conditions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="137" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="138" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="145" />
      <source>Devis valable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="140" />
      <source>Format de vente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="302" />
      <source>Ligne {n} : choisissez un produit de la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="162" />
      <source>Lignes de la commande</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="142" />
      <source>Livraison</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="141" />
      <source>Menu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="139" />
      <source>Nombre de personnes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="147" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="82" />
      <source>Nouvelle commande</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="374" />
      <source>Pour calculer : {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="164" />
      <source>Prix TVAC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="219" />
      <source>Prix unitaire, ligne {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="164" />
      <source>Produit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="212" />
      <source>Produit, ligne {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="164" />
      <source>Quantité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="217" />
      <source>Quantité, ligne {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="110" />
      <source>Remplir depuis le menu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="228" />
      <source>Retirer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="229" />
      <source>Retirer la ligne {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="144" />
      <source>Statut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="164" />
      <source>TVA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="221" />
      <source>TVA, ligne {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="378" />
      <source>Total : {total} TVA comprise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="96" />
      <source>nom, téléphone, e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="94" />
      <source>organisation ou personne</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OrdersPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/orders_page.py" line="112" />
      <source>%n commande(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="179" />
      <source>Calculer avant de dépenser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="100" />
      <source>Commande n° {id} : {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="93" />
      <source>Courses en CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="201" />
      <source>Enregistrer la liste de courses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="86" />
      <source>Imprimer le devis (Ctrl+P)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="83" />
      <source>Imprimer le devis…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="180" />
      <source>Imprimer quand même le devis ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="90" />
      <source>Liste de courses…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="81" />
      <source>Modifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="166" />
      <source>Modifier la commande n° {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="72" />
      <source>Montrer les commandes livrées et annulées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="79" />
      <source>Nouvelle commande</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="71" />
      <source>Rechercher un client…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
      <location filename="../../app/ui/pdf_preview.py" line="35" />
      <source>%n page(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="33" />
      <source>Aperçu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="64" />
      <source>Enregistrer en PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="40" />
      <source>Enregistrer en PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="44" />
      <source>Fermer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="36" />
      <source>Imprimer…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PeersPage</name>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="55" />
      <source>A répondu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="77" />
      <source>Auto-évaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="83" />
      <source>Aveugle : choisi par ses collègues seulement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="84" />
      <source>Caché : choisi par elle seulement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="75" />
      <source>Catégorie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="43" />
      <source>Chaque membre répond seule ; personne ne voit les réponses des autres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="75" />
      <source>Compétence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="75" />
      <source>Elle dit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="55" />
      <location filename="../../app/ui/evaluations/peers_page.py" line="62" />
      <source>Membre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="75" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="37" />
      <source>Nouvelle auto-évaluation…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="82" />
      <source>Ouvert : choisi par elle et par ses collègues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="56" />
      <source>Qui a répondu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="57" />
      <source>Réponses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="78" />
      <source>Résultats d'un membre (coordinatrice seulement)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="40" />
      <source>Saisie privée par les membres</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="159" />
      <source>je l'ai déjà</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="128" />
      <source>oui</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="128" />
      <source>pas encore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="34" />
      <source>Évaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="47" />
      <source>Évaluation :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="159" />
      <source>à travailler</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PeopleModel</name>
    <message>
      <location filename="../../app/ui/members/model.py" line="76" />
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/model.py" line="71" />
      <source>Inactive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/model.py" line="18" />
      <source>Langues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/model.py" line="15" />
      <source>Nom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/model.py" line="73" />
      <source>Partie le {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/model.py" line="17" />
      <source>Pays d'origine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/model.py" line="14" />
      <source>Prénom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/model.py" line="16" />
      <source>Rôle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/model.py" line="20" />
      <source>Statut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/model.py" line="19" />
      <source>Téléphone</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../app/ui/members/dialog.py" line="53" />
      <location filename="../../app/ui/members/dialog.py" line="72" />
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/dialog.py" line="62" />
      <source>Langues parlées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/dialog.py" line="33" />
      <source>Modifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/dialog.py" line="73" />
      <source>Ne notez rien sur le titre de séjour, les papiers ni l'âge.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/dialog.py" line="59" />
      <source>Nom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/dialog.py" line="64" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/dialog.py" line="33" />
      <source>Nouvelle personne</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/dialog.py" line="61" />
      <source>Pays d'origine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/dialog.py" line="58" />
      <source>Prénom *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/dialog.py" line="60" />
      <source>Rôle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/dialog.py" line="63" />
      <source>Téléphone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/members/dialog.py" line="48" />
      <source>par exemple : arabe, français</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PinPanel</name>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="92" />
      <source>Choisir le code PIN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="45" />
      <location filename="../../app/ui/evaluations/pin_panel.py" line="60" />
      <source>Code PIN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="47" />
      <source>Encore une fois</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="99" />
      <source>Enregistrer le code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="94" />
      <source>Les évaluations sont privées. Choisissez un code de 4 chiffres ou plus. Seule la coordinatrice le connaît.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="105" />
      <source>Ouvrir</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="46" />
      <source>Répéter le code PIN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="103" />
      <source>Tapez le code PIN de la coordinatrice pour voir les évaluations.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="101" />
      <source>Évaluations : accès protégé</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="179" />
      <source>Garder les jours déjà publiés</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="197" />
      <source>Jours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="186" />
      <source>Les jours de travail sont ceux du programme de la cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="188" />
      <source>Pas de planning pour cette cohorte : choisissez les jours de la semaine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="203" />
      <source>Planifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="165" />
      <source>Planifier les déléguées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="181" />
      <source>Une adjointe expérimentée pour une première fois</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="196" />
      <source>À partir du</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PrerequisiteDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="387" />
      <source>Avant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="386" />
      <source>D'abord le module</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="370" />
      <source>Nouveau prérequis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="376" />
      <source>toutes les matinées « {kind} »</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PrivateEntry</name>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="163" />
      <source>1. Pour chaque compétence : je l'ai déjà, ou je veux la travailler ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="194" />
      <source>2. Choisissez de {low} à {high} mots pour vous et pour chaque collègue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="96" />
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="160" />
      <source>Bonjour {name} !</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="75" />
      <source>Choisissez votre nom, puis cliquez sur « Commencer ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="61" />
      <source>Commencer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="91" />
      <source>Envoyer mes réponses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="171" />
      <source>Je l'ai déjà</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="251" />
      <source>Merci ! Vos réponses sont enregistrées. Passez l'ordinateur à la personne suivante.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="182" />
      <source>Note pour {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="201" />
      <source>Pour vous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="66" />
      <source>Terminer la saisie (code PIN)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="181" />
      <source>Une note courte (si vous voulez)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="59" />
      <source>Votre nom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="172" />
      <source>À travailler</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecipeDialog</name>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="110" />
      <source> jours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="215" />
      <source>&lt;b&gt;Ingrédients d'une fournée&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="124" />
      <source>Active (en vente)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="197" />
      <source>Ajouter un ingrédient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="200" />
      <source>Ajouter une ligne (Ctrl+L)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="440" />
      <source>Ajoutez des ingrédients pour voir le coût.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="138" />
      <source>Catégorie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="148" />
      <source>Code produit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="142" />
      <source>Conservation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="144" />
      <source>Conservation (texte)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="141" />
      <source>Emballage par unité (€)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="193" />
      <source>Ingrédient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="254" />
      <source>Ingrédient, ligne {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="191" />
      <source>Ingrédients de la recette</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="368" />
      <source>Ligne {n} : choisissez un ingrédient de la liste, ou créez-le avec « Nouvel ingrédient ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="84" />
      <source>Modifier {name} (v{version})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="137" />
      <source>Nom *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="202" />
      <source>Nouvel ingrédient…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="82" />
      <source>Nouvelle recette</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="123" />
      <source>Petit emballage (moins de 80 cm²)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="145" />
      <source>Petite histoire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="140" />
      <source>Poids ou volume net</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="445" />
      <source>Pour calculer le coût : {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="146" />
      <source>Prix de vente TVAC (€)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="193" />
      <source>Quantité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="263" />
      <source>Quantité, ligne {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="139" />
      <source>Rendement d'une fournée *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="268" />
      <source>Retirer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="269" />
      <source>Retirer la ligne {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="106" />
      <source>Sachet, pot, étiquette… par unité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="147" />
      <source>TVA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="169" />
      <source>TVA pour {format}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="163" />
      <source>TVA selon le format de vente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="143" />
      <source>Type de date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="193" />
      <source>Unité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="159" />
      <source>Unité du poids net</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="265" />
      <source>Unité, ligne {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="158" />
      <source>Unités ou portions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="122" />
      <source>chiffres, pour le code-barres</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="171" />
      <source>comme la recette</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="109" />
      <source>non précisé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="115" />
      <source>par exemple : à conserver au frais</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="93" />
      <source>par exemple Energy balls, Plat, Brunch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="101" />
      <source>par unité, par exemple 150</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="448" />
      <source>portion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="99" />
      <source>portions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="262" />
      <source>quantité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="448" />
      <source>unité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="98" />
      <source>unités</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecipesPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/recipes_page.py" line="133" />
      <source>%n recette(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="218" />
      <source>Combien de fournées de « {name} » ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="202" />
      <source>Copier « {name} » en une nouvelle version ? L'ancienne version est gardée (les dégustations et les ventes s'y rapportent) mais ne sera plus en vente.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="236" />
      <source>Courses pour {batches} fournée(s) de {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="217" />
      <location filename="../../app/ui/menus/recipes_page.py" line="226" />
      <source>Liste de courses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="112" />
      <source>Liste de courses…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="107" />
      <source>Modifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="184" />
      <source>Modifier {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="96" />
      <source>Montrer les recettes inactives et les anciennes versions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="101" />
      <source>Nouvelle recette</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="105" />
      <source>Nouvelle recette (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="109" />
      <location filename="../../app/ui/menus/recipes_page.py" line="201" />
      <source>Nouvelle version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="95" />
      <source>Rechercher une recette ou une catégorie…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="123" />
      <source>Sans prix : {names}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="135" />
      <source>Adjectifs choisis par ses collègues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="52" />
      <source>Aperçu et impression du bilan (Ctrl+P)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="50" />
      <source>Aperçu et impression du bilan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="132" />
      <source>Auto-évaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="171" />
      <source>Bilan de {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="130" />
      <source>Catégorie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="75" />
      <source>Ce que le bilan contiendra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="42" />
      <source>Ce que vous voulez dire à elle et aux employeurs : progrès, qualités, conseils.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="40" />
      <source>Commentaire de la coordinatrice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="77" />
      <source>Commentaire de la coordinatrice (imprimé dans le bilan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="47" />
      <source>Enregistrer le commentaire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="35" />
      <source>Membre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="59" />
      <source>Membre :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="131" />
      <source>Observé (sur {n})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="133" />
      <source>Points forts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="134" />
      <source>Points à travailler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="71" />
      <source>Résumé du bilan</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="62" />
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="52" />
      <source>Aucune sauvegarde automatique pour l'instant.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="59" />
      <source>Autre fichier (clé USB)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="88" />
      <source>Choisir la sauvegarde à restaurer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="35" />
      <source>Choisissez la sauvegarde à remettre. Les données actuelles seront gardées.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="54" />
      <source>Restaurer celle-ci</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="32" />
      <source>Restaurer une sauvegarde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="40" />
      <source>Sauvegardes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="90" />
      <source>Sauvegardes Coopér'Actives (*.sqlite3 *.db);;Tous les fichiers (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="43" />
      <source>{when} — {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Rotation</name>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="64" />
      <location filename="../../app/ui/delegate/tab.py" line="77" />
      <source>Adjointe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="434" />
      <source>Annulation : {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="88" />
      <source>Avant → après</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="104" />
      <source>Cercle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="78" />
      <source>Déjà faits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="63" />
      <source>Déléguée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="101" />
      <source>Fait le</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="62" />
      <location filename="../../app/ui/delegate/tab.py" line="86" />
      <source>Jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="74" />
      <location filename="../../app/ui/delegate/tab.py" line="110" />
      <source>Membre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="103" />
      <source>Par</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="95" />
      <location filename="../../app/ui/delegate/tab.py" line="112" />
      <source>Pourquoi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="66" />
      <source>Publié</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="84" />
      <location filename="../../app/ui/delegate/tab.py" line="111" />
      <source>Quand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="85" />
      <source>Quoi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="67" />
      <source>Remarque</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="75" />
      <source>Tours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="102" />
      <source>Tâche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="65" />
      <source>Vente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="76" />
      <source>Ventes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="65" />
      <source>vente</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RotationTab</name>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="392" />
      <source>Absence du {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="134" />
      <source>Absente…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="238" />
      <source>Attention : {n} jour(s) à revoir (en rouge).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="348" />
      <source>Avec</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="518" />
      <source>Calendrier des déléguées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="146" />
      <source>Cercles…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="121" />
      <location filename="../../app/ui/delegate/tab.py" line="168" />
      <source>Changements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="412" />
      <source>Choisir la déléguée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="135" />
      <source>Choisir à la main…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="215" />
      <source>Choisissez ou créez une cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="416" />
      <source>Déléguée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="382" />
      <source>Déléguée absente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="422" />
      <source>Déléguée du {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="202" />
      <source>Déléguées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="454" />
      <source>Départ d'une membre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="136" />
      <source>Départ d'une membre…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="455" />
      <source>Elle quitte la cohorte ce jour-là. Ses jours suivants sont donnés aux autres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="148" />
      <source>Imprimer le calendrier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="124" />
      <location filename="../../app/ui/delegate/tab.py" line="178" />
      <source>Indisponibilités</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="138" />
      <source>Indisponible…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="116" />
      <source>Jours et déléguées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="303" />
      <source>Le planning existe déjà. Les jours non publiés à partir du jour choisi seront refaits. Continuer ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="144" />
      <source>Listes du jour…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="460" />
      <source>Membre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="462" />
      <source>Partie le</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="230" />
      <source>Pas encore de planning. Cliquez sur « Planifier… ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="302" />
      <source>Planifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="131" />
      <source>Planifier…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="132" />
      <location filename="../../app/ui/delegate/tab.py" line="316" />
      <source>Publier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="317" />
      <source>Publier le planning ? Les jours publiés ne changent plus quand on replanifie.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="413" />
      <source>Qui est déléguée le {date} ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="141" />
      <location filename="../../app/ui/delegate/tab.py" line="489" />
      <source>Retirer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="490" />
      <source>Retirer « {name} : {when} » ? Replanifiez ensuite si besoin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="119" />
      <location filename="../../app/ui/delegate/tab.py" line="167" />
      <source>Tours par personne</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="122" />
      <location filename="../../app/ui/delegate/tab.py" line="169" />
      <source>Tâches faites</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="232" />
      <source>{days} jours. Écart entre le plus et le moins de tours : {spread}. Deux jours de suite : {b2b} fois.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="343" />
      <source>{name} donne son jour ({date}) et prend le prochain jour de :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="383" />
      <source>{name} est absente le {date}. Son adjointe la remplace, sinon la membre qui a eu le moins de tours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="366" />
      <source>Échange du {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="342" />
      <source>Échanger un jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="133" />
      <source>Échanger…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SafetyActions</name>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="89" />
      <source>Choisir la clé USB ou le dossier de sauvegarde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="38" />
      <source>Corbeille…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="84" />
      <source>Fichier › Sauvegarder sur clé USB… (Ctrl+Maj+S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="105" />
      <source>La sauvegarde est enregistrée :
{path}
Vous pouvez retirer la clé.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="49" />
      <source>Lecture seule : rien ne peut être modifié.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="35" />
      <source>Ouvrir le dossier des journaux</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="130" />
      <source>Remplacer les données actuelles par la sauvegarde du {when} ({cohorts} cohorte(s), {people} personne(s)) ?

Les données actuelles seront d'abord gardées dans le dossier des sauvegardes. L'application va se rouvrir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="123" />
      <source>Restauration impossible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="129" />
      <source>Restaurer une sauvegarde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="32" />
      <source>Restaurer une sauvegarde…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="104" />
      <source>Sauvegarde faite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="99" />
      <source>Sauvegarde impossible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="29" />
      <source>Sauvegarder sur clé USB…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="79" />
      <source>Sauvegardée sur clé aujourd'hui</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="81" />
      <source>Sauvegardée sur clé il y a %n jour(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="75" />
      <source>⚠ Jamais sauvegardée sur clé USB</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="77" />
      <source>⚠ Pas de sauvegarde sur clé depuis %n jour(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>Sales</name>
    <message>
      <location filename="../../app/ui/sales/commands.py" line="17" />
      <source>+1 {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="60" />
      <source>Annule la dépense n° {n} : {r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="32" />
      <source>Catégorie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="32" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="32" />
      <source>Fournisseur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="32" />
      <source>Montant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="33" />
      <source>Payé par</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="33" />
      <source>Remarque</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="33" />
      <source>Remboursée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="33" />
      <source>Ticket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="63" />
      <source>la caisse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/commands.py" line="17" />
      <source>−1 {name}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SalesTab</name>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="82" />
      <source> (clôturée)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="114" />
      <source>Choisissez une cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="116" />
      <source>Clôturée : seules les corrections sont possibles.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="46" />
      <source>Comptage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="48" />
      <source>Dépenses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="47" />
      <source>Fin de journée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="32" />
      <source>Nouvelle vente (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="30" />
      <source>Nouvelle vente…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="118" />
      <source>Ouverte · déléguée : {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="113" />
      <source>Pas encore de vente dans cette cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="49" />
      <source>Résumé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="27" />
      <source>Vente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="52" />
      <source>Vente :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="65" />
      <source>Ventes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScheduleTab</name>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="486" />
      <source>%n jour(s) avaient déjà une matinée.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="532" />
      <source>%n jour(s) ont déjà une matinée.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="484" />
      <source>%n matinée(s) ajoutée(s).</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="525" />
      <source>%n matinée(s) seront ajoutées.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="375" />
      <source>Ajouter une matinée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="87" />
      <location filename="../../app/ui/schedule/tab.py" line="319" />
      <location filename="../../app/ui/schedule/tab.py" line="444" />
      <source>Annuler la matinée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="445" />
      <source>Annuler la matinée du {date} ? Elle reste dans l'horaire, barrée, et ne compte plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="610" />
      <source>Calendrier enregistré : {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="70" />
      <source>Cette semaine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="123" />
      <source>Choisissez ou créez une cohorte pour voir son horaire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="106" />
      <source>Copier cette semaine…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="508" />
      <source>Copier la semaine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="84" />
      <source>Déplacer (Alt+Gauche / Alt+Droite : un jour plus tôt ou plus tard)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="414" />
      <location filename="../../app/ui/schedule/tab.py" line="434" />
      <source>Déplacer la matinée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="82" />
      <source>Déplacer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="585" />
      <source>Exporter le calendrier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="110" />
      <source>Exporter le calendrier (.ics)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="564" />
      <source>Fermeture ajoutée du {start} au {end}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="159" />
      <source>Fermetures et prérequis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="544" />
      <source>Générer une période</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="105" />
      <source>Générer une période…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="158" />
      <source>Heures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="210" />
      <source>Horaire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="607" />
      <source>Impossible d'écrire le fichier : {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="93" />
      <source>Imprimer la semaine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="96" />
      <source>Imprimer la semaine pour le mur de la cuisine (Ctrl+P)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="488" />
      <source>Jours sautés : {days}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="156" />
      <source>Liste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="133" />
      <source>Liste des matinées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="81" />
      <source>Modifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="393" />
      <source>Modifier la matinée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="107" />
      <source>Nouvelle fermeture…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="79" />
      <source>Nouvelle matinée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="80" />
      <source>Nouvelle matinée (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="101" />
      <source>Plus d'actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="100" />
      <source>Plus…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="157" />
      <source>Présences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="317" />
      <source>Rétablir la matinée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="527" />
      <source>Sautés : {days}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="155" />
      <source>Semaine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="69" />
      <source>Semaine d'après ▶</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="261" />
      <source>Semaine du {start} au {end}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="580" />
      <source>Semaine à imprimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="90" />
      <location filename="../../app/ui/schedule/tab.py" line="465" />
      <source>Supprimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="466" />
      <source>Supprimer la matinée du {date} ({title}) ? Vous pourrez annuler avec Ctrl+Z.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="281" />
      <source>… et {n} autre(s) : voir la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="67" />
      <source>◀ Semaine d'avant</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SharingDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="279" />
      <source>A participé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="311" />
      <source>Bénéfice de la cohorte : {p}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="339" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="313" />
      <source>Date *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="319" />
      <source>Décision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="279" />
      <source>Heures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="317" />
      <source>Heures de présence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="316" />
      <source>Le reste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="279" />
      <source>Membre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="318" />
      <source>Objections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="315" />
      <source>Part au fonds commun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="267" />
      <source>Partage du bénéfice (par consentement)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="276" />
      <source>Parts égales</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="314" />
      <source>Proposition *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="302" />
      <source>Revoir la décision le :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="320" />
      <source>Révision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="277" />
      <source>Selon les heures de présence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="298" />
      <source>Une objection par ligne : objection =&gt; comment elle a été intégrée</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SheetMap</name>
    <message>
      <location filename="../../app/ui/labels/sheet_map.py" line="27" />
      <source>Cliquez sur la première étiquette libre de la feuille.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/sheet_map.py" line="25" />
      <source>Première feuille : cliquez sur la première étiquette libre</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="131" />
      <source>&lt;b&gt;La cohorte&lt;/b&gt; ({n} ventes)&lt;br&gt;Recette HTVA : {excl}&lt;br&gt;Coût des produits : {cogs}&lt;br&gt;Marge brute : {margin}&lt;br&gt;Dépenses : {exp}&lt;br&gt;&lt;b&gt;Bénéfice : {profit}&lt;/b&gt;&lt;br&gt;Meilleures ventes : {best}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="113" />
      <source>&lt;b&gt;La journée&lt;/b&gt; ({title})&lt;br&gt;Recette TVAC : {incl}&lt;br&gt;Recette HTVA : {excl}&lt;br&gt;TVA : {vat}&lt;br&gt;Coût des produits : {cogs}&lt;br&gt;Marge brute : {margin}&lt;br&gt;Dépenses : {exp}&lt;br&gt;Par paiement : {methods}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="185" />
      <source>Aucune décision de partage pour cette cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="121" />
      <source>Aucune vente choisie.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="58" />
      <source>Décider le partage du bénéfice…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="196" />
      <source>Exporter en CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="67" />
      <source>Exporter les dépenses (CSV)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="64" />
      <source>Exporter les ventes (CSV)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="47" />
      <source>Graphique de la recette par vente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="216" />
      <source>Impossible d'écrire ce fichier : {e}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="61" />
      <source>Imprimer le partage…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="55" />
      <source>Imprimer le résumé de la cohorte…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="51" />
      <source>Imprimer le résumé du jour…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="184" />
      <location filename="../../app/ui/sales/summary.py" line="187" />
      <source>Partage du bénéfice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="138" />
      <source>Recette HTVA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="43" />
      <source>Recette par vente (hors TVA, €)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="170" />
      <source>Résumé de la cohorte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="163" />
      <source>Résumé de la journée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="218" />
      <source>{n} lignes exportées.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Tabs</name>
    <message>
      <location filename="../../app/ui/tabs.py" line="37" />
      <source>Aujourd'hui</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="65" />
      <source>Déléguées</source>
      <translation>Delegates</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="41" />
      <source>Horaire</source>
      <translation>Schedule</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="78" />
      <source>Membres</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="48" />
      <source>Menus</source>
      <translation>Menus</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="58" />
      <source>Ventes</source>
      <translation>Sales</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="54" />
      <source>Étiquettes</source>
      <translation>Labels</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="72" />
      <source>Évaluations</source>
      <translation>Evaluations</translation>
    </message>
  </context>
  <context>
    <name>TallyPage</name>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="139" />
      <source>Ajouter un {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="83" />
      <source>Annuler le dernier appui (Ctrl+Z)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="106" />
      <source>Chaque appui est enregistré tout de suite. F1 à F9 : +1 du produit 1 à 9 ; Maj+F1 à F9 : −1. Ceci est un outil de comptage, pas une caisse enregistreuse certifiée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="170" />
      <source>Choisissez ou créez une vente.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="66" />
      <source>Code-barres</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="145" />
      <source>Enlever un {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="185" />
      <source>Journée clôturée. </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="48" />
      <source>Paiement :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="56" />
      <source>Paiement : {m}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="86" />
      <source>Rétablir (Ctrl+Y)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="65" />
      <source>Scanner un code-barres ici (ou taper le code puis Entrée)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="181" />
      <source>Total : {amount}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TaskDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="100" />
      <source>Nouvelle tâche</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TastingDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="45" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="46" />
      <source>Lieu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="34" />
      <source>Nouvelle dégustation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="44" />
      <source>Produit et version</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TastingsPage</name>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="158" />
      <source>Achèteraient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="145" />
      <source>Achèterait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="126" />
      <source>Ajouter la réponse d'un client (Ctrl+R)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="124" />
      <source>Ajouter une réponse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="145" />
      <source>Commentaire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="139" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="141" />
      <source>Dégustations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="161" />
      <source>Dégustations et moyennes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="325" />
      <source>Graphique des notes par version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="173" />
      <source>Les notes, version après version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="139" />
      <source>Lieu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="160" />
      <source>Moyennes par version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="170" />
      <source>Moyennes par version (sur 5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="302" />
      <source>Note moyenne sur 5, par version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="121" />
      <source>Nouvelle dégustation…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="118" />
      <source>Produit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="130" />
      <source>Produit :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="139" />
      <location filename="../../app/ui/evaluations/tastings_page.py" line="147" />
      <location filename="../../app/ui/evaluations/tastings_page.py" line="156" />
      <source>Réponses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="165" />
      <source>Réponses de la dégustation choisie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="270" />
      <source>Supprimer cette réponse ? Vous pourrez annuler avec Ctrl+Z.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="149" />
      <location filename="../../app/ui/evaluations/tastings_page.py" line="269" />
      <source>Supprimer la réponse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="152" />
      <source>Supprimer la réponse choisie (Suppr)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="139" />
      <location filename="../../app/ui/evaluations/tastings_page.py" line="156" />
      <source>Version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="240" />
      <source>non</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tastings_page.py" line="240" />
      <source>oui</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="27" />
      <source>Code du modèle *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="37" />
      <source>Colonnes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="32" />
      <source>Hauteur d'une étiquette (mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="30" />
      <source>Hauteur de la page (mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="31" />
      <source>Largeur d'une étiquette (mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="29" />
      <source>Largeur de la page (mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="34" />
      <source>Marge en haut (mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="33" />
      <source>Marge à gauche (mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="28" />
      <source>Mes étiquettes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="51" />
      <source>Mesurez sur la feuille, depuis le coin en haut à gauche. Le pas est la distance entre le début d'une étiquette et le début de la suivante.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="28" />
      <source>Nom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="24" />
      <source>Nouveau modèle d'étiquettes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="35" />
      <source>Pas horizontal (mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="36" />
      <source>Pas vertical (mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="38" />
      <source>Rangées</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TermDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="284" />
      <source>Au</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="259" />
      <source>Dimanche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="283" />
      <source>Du</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="286" />
      <source>Début</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="287" />
      <source>Fin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="243" />
      <source>Générer une période</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="256" />
      <source>Jeudi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="285" />
      <source>Jours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="297" />
      <source>Les jours fériés belges et les fermetures sont sautés.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="290" />
      <source>Lieu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="253" />
      <source>Lundi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="254" />
      <source>Mardi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="255" />
      <source>Mercredi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="289" />
      <source>Module</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="258" />
      <source>Samedi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="288" />
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="257" />
      <source>Vendredi</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Today</name>
    <message>
      <location filename="../../app/ui/today/tab.py" line="312" />
      <source>Cocher « {text} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="312" />
      <source>Décocher « {text} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="337" />
      <source>Tâche faite : {text}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TodayTab</name>
    <message>
      <location filename="../../app/ui/today/tab.py" line="197" />
      <source>Adjointe : {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="293" />
      <source>Aucune tâche ouverte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="167" />
      <source>Aujourd'hui</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="177" />
      <source>Choisissez ou créez une cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="76" />
      <source>Clôturer la journée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="270" />
      <source>Coché par {name}{at}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="50" />
      <location filename="../../app/ui/today/tab.py" line="58" />
      <source>Déléguée du jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="290" />
      <source>En retard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="78" />
      <source>Encoder les ventes et compter la caisse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="235" />
      <source>Fait : {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="70" />
      <source>Imprimer les étiquettes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="237" />
      <source>La suite : {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="111" />
      <location filename="../../app/ui/today/tab.py" line="145" />
      <source>Liste du jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="84" />
      <source>Nouvelle tâche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="86" />
      <source>Nouvelle tâche (Ctrl+Maj+T)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="73" />
      <source>Ouvrir les ventes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="193" />
      <source>Pas de déléguée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="195" />
      <source>Pas de matinée aujourd'hui</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="227" />
      <source>Pas encore de passation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="191" />
      <source>Pas encore de planning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="140" />
      <source>Passation de la déléguée précédente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="105" />
      <source>Passation précédente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="200" />
      <source>Planifiez les déléguées dans l'onglet « Déléguées ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="206" />
      <source>Prochaine déléguée : {name}, {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="108" />
      <location filename="../../app/ui/today/tab.py" line="144" />
      <source>Programme du jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="248" />
      <source>Rien dans le planning aujourd'hui.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="115" />
      <location filename="../../app/ui/today/tab.py" line="146" />
      <source>Tâches ouvertes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="281" />
      <source>pour le {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="230" />
      <source>{name}, {date} :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="80" />
      <source>Écrire la passation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="82" />
      <source>Écrire la passation (Ctrl+Maj+H)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Trash</name>
    <message>
      <location filename="../../app/ui/safety/commands.py" line="15" />
      <source>Supprimer {label}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="72" />
      <source>Ce qui a été supprimé reste ici 30 jours. Choisissez une ligne pour la restaurer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="69" />
      <source>Corbeille</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="96" />
      <source>Fermer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="89" />
      <source>La corbeille est vide.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="139" />
      <source>Restauration impossible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="90" />
      <source>Restaurer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="93" />
      <location filename="../../app/ui/safety/trash_dialog.py" line="150" />
      <source>Supprimer définitivement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="151" />
      <source>Supprimer définitivement « {label} » ? Ce ne sera plus possible de la restaurer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="80" />
      <source>Éléments dans la corbeille</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrashModel</name>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="49" />
      <source>Gardé jusqu'au</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="46" />
      <source>Quoi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="48" />
      <source>Supprimé le</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="47" />
      <source>Type</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnavailabilityDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="276" />
      <source>Chaque semaine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="273" />
      <source>Indisponible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="291" />
      <source>Jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="299" />
      <source>Membre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="301" />
      <source>Pourquoi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="300" />
      <source>Quand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="275" />
      <source>Un jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="293" />
      <source>par exemple : garde des enfants</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Une marge ne peut pas être négative.</name>
    <message>
      <location filename="../../app/services/label_templates.py" line="140" />
      <source>labels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Une étiquette mesure au moins 15 × 10 mm.</name>
    <message>
      <location filename="../../app/services/label_templates.py" line="149" />
      <source>labels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ViewMenu</name>
    <message>
      <location filename="../../app/ui/view_menu.py" line="46" />
      <source>&amp;Affichage</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../app/ui/view_menu.py" line="63" />
      <source>Grand affichage (comptoir)</source>
      <translation>Large display (counter)</translation>
    </message>
    <message>
      <location filename="../../app/ui/view_menu.py" line="48" />
      <source>Langue</source>
      <translation>Language</translation>
    </message>
  </context>
  <context>
    <name>backup</name>
    <message>
      <location filename="../../app/services/backup.py" line="379" />
      <source>Ce fichier est la base de données ouverte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="175" />
      <source>Il n'y a encore rien à sauvegarder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="384" />
      <source>Impossible d'écrire dans le dossier de la base de données ({reason}). Rien n'a été modifié.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="165" />
      <source>Impossible d'écrire la sauvegarde dans « {folder} » ({reason}). Choisissez un autre dossier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="395" />
      <source>La copie de la sauvegarde n'est pas saine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="186" />
      <source>La copie n'est pas saine ({detail}) : la base actuelle est peut-être endommagée. Aucune sauvegarde n'a été enregistrée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="304" />
      <source>La sauvegarde « {name} » est endommagée ({detail}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="318" />
      <source>La sauvegarde « {name} » vient d'une version plus récente de Coopér'Actives. Installez la dernière version pour la restaurer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="159" />
      <source>Le disque de « {folder} » est plein : la sauvegarde n'a pas pu être écrite. Libérez de la place ou choisissez un autre dossier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="245" />
      <source>Le dossier « {folder} » n'existe pas. Branchez la clé et réessayez.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="64" />
      <source>au démarrage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="67" />
      <source>avant une mise à jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="68" />
      <source>avant une restauration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="69" />
      <source>base endommagée mise de côté</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="66" />
      <source>demandée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="70" />
      <source>sur clé USB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="279" />
      <source>« {name} » n'est pas une sauvegarde de Coopér'Actives.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="293" />
      <source>« {name} » n'existe pas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/backup.py" line="65" />
      <source>à la fermeture</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>checklists</name>
    <message>
      <location filename="../../app/services/checklists.py" line="154" />
      <source>Cette ligne n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/checklists.py" line="61" />
      <source>Choisissez un type de journée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/checklists.py" line="27" />
      <source>Fermeture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/checklists.py" line="25" />
      <source>Jour de cuisine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/checklists.py" line="26" />
      <source>Jour de vente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/checklists.py" line="24" />
      <source>Ouverture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/checklists.py" line="62" />
      <location filename="../../app/services/checklists.py" line="76" />
      <source>le texte de la ligne</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>circles</name>
    <message>
      <location filename="../../app/services/circles.py" line="22" />
      <source>Achats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/circles.py" line="25" />
      <source>Communication</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/circles.py" line="26" />
      <source>Comptabilité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/circles.py" line="23" />
      <source>Cuisine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/circles.py" line="61" />
      <source>Un cercle porte déjà ce nom.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/circles.py" line="75" />
      <source>Une des personnes n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/circles.py" line="24" />
      <source>Vente et présentation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/circles.py" line="58" />
      <source>le nom du cercle</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../app/commands/backup.py" line="90" />
      <source>Ancienne base gardée : {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="109" />
      <source>Avec --menu, donnez --guests (le nombre de personnes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="40" />
      <source>Base de démonstration écrite : {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="102" />
      <source>Cette cohorte n'a pas encore décidé du partage du bénéfice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="40" />
      <source>Code PIN de la coordinatrice : </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/cli.py" line="30" />
      <source>Coopér'Actives Cuisine : l'application des coopératives éphémères de cuisine. Sans commande, ouvre la fenêtre de l'application.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="107" />
      <source>Donnez un --batches pour chaque --recipe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="35" />
      <location filename="../../app/commands/sales.py" line="114" />
      <source>Impossible d'écrire « {path} » : {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/cli.py" line="99" />
      <source>Impossible de charger Qt : {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="20" />
      <source>Imprime le bilan de compétences d'un membre d'une cohorte. Le code PIN de la coordinatrice est demandé.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="35" />
      <source>Imprime les étiquettes des produits (ingrédients, allergènes, date, lot) sur un modèle de feuille. Exemple : coopactives print labels --product "Energy balls=42" --template L7160 --date 2022-10-05 -o etiquettes.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="129" />
      <source>Indiquez au moins un produit : --product "Nom=42".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="80" />
      <source>L'application est ouverte sur cette base : fermez-la d'abord.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="78" />
      <location filename="../../app/commands/menus.py" line="138" />
      <source>Pas de commande n° {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="127" />
      <source>Pas de menu « {name} ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="134" />
      <source>Pas de recette « {name} ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="16" />
      <source>Sauvegarde la base de données (copie vérifiée). Sans --to, dans le dossier des sauvegardes à côté de la base ; avec --to DOSSIER, par exemple sur une clé USB.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="91" />
      <source>Sauvegarde restaurée : {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="29" />
      <source>Vérifie la sauvegarde, garde une copie de la base actuelle dans le dossier des sauvegardes, puis la remplace. L'application ne doit pas être ouverte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="19" />
      <source>bilan d'évaluation d'un membre (code PIN demandé)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="77" />
      <source>code-barres du code produit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="28" />
      <source>cohorte (si plusieurs ventes ce jour-là)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="61" />
      <source>date de production (par défaut : aujourd'hui)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="52" />
      <source>date des prix (par défaut : aujourd'hui)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="23" />
      <source>dossier où écrire la copie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="33" />
      <source>décision de partage du bénéfice d'une cohorte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="44" />
      <source>dépenses en CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/cli.py" line="52" />
      <source>enregistrer chaque onglet en PNG dans DIR, puis quitter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/export_cmd.py" line="15" />
      <source>exporter des données (CSV, calendrier…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/cli.py" line="58" />
      <source>faire comme si nous étions ce jour-là (démonstration, essais)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="61" />
      <source>fichier .ics à écrire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="48" />
      <source>fichier CSV à écrire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="26" />
      <source>fichier PDF à écrire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="22" />
      <source>fichier de base de données</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/cli.py" line="40" />
      <source>fichier de base de données (sinon ${var}, sinon le dossier de l'utilisateur)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="21" />
      <source>fichier à créer (ne doit pas exister)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="87" />
      <source>imprimer la page de réglage du modèle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="81" />
      <source>imprimer la petite histoire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="79" />
      <source>imprimer le prix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="42" />
      <source>imprimer un document en PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="40" />
      <source>l'attestation de participation d'un membre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="35" />
      <source>la liste de courses (PDF ou CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="36" />
      <source>la sauvegarde à restaurer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="28" />
      <source>la semaine pour le mur de la cuisine (A4 paysage)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/delegate.py" line="15" />
      <source>le calendrier des déléguées du jour d'une cohorte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="27" />
      <source>le devis d'une commande</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="52" />
      <source>les matinées d'une cohorte en fichier .ics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="43" />
      <source>lignes de vente en CSV (une ligne par vente)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="31" />
      <source>lire le code PIN sur l'entrée standard (scripts)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="54" />
      <source>modèle de feuille : L7160, L7163, L7165, L7651, ROLL62…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="41" />
      <source>nom d'un menu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="39" />
      <source>nom d'une recette (répétable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/delegate.py" line="18" />
      <location filename="../../app/commands/evaluations.py" line="27" />
      <location filename="../../app/commands/schedule.py" line="22" />
      <source>nom de la cohorte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="46" />
      <source>nombre de fournées, une par --recipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="49" />
      <source>nombre de personnes (avec --menu)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="29" />
      <location filename="../../app/commands/menus.py" line="37" />
      <source>numéro de la commande</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="71" />
      <source>numéro de lot (par défaut : L + date)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/cli.py" line="46" />
      <source>ouvrir une coopérative de démonstration (dans un dossier temporaire)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="26" />
      <location filename="../../app/commands/schedule.py" line="43" />
      <source>prénom ou nom complet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="28" />
      <source>remplacer la base de données par une sauvegarde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="26" />
      <source>résumé d'une journée de vente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="32" />
      <source>résumé des ventes d'une cohorte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="83" />
      <source>sans le logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="15" />
      <source>sauvegarder la base de données</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="35" />
      <source>semaine ISO, par exemple 2022-W41</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="48" />
      <source>un produit et son nombre d'étiquettes (1 si absent) ; répétable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="47" />
      <source>une seule cohorte (sinon toutes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="116" />
      <source>{n} lignes écrites dans {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="33" />
      <source>« {path} » existe déjà : choisissez un nouveau fichier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="48" />
      <location filename="../../app/commands/database.py" line="15" />
      <source>« {path} » n'existe pas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="22" />
      <source>« {text} » : après le = vient un nombre d'étiquettes (ex. Houmous=42).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/cli.py" line="23" />
      <location filename="../../app/commands/menus.py" line="103" />
      <location filename="../../app/commands/sales.py" line="19" />
      <source>« {text} » n'est pas une date AAAA-MM-JJ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="15" />
      <source>Écrit une base de données de démonstration : la coopérative, les deux cohortes de 2022, leurs membres (noms inventés), animatrices et marraines.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="14" />
      <source>écrire une base de démonstration dans un nouveau fichier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="34" />
      <source>étiquettes de produits sur des feuilles d'étiquettes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="68" />
      <source>étiquettes déjà utilisées au début de la feuille</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cohorts</name>
    <message>
      <location filename="../../app/services/cohorts.py" line="78" />
      <source>Aucune cohorte ne s'appelle « {name} ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/cohorts.py" line="86" />
      <source>Indiquez la date de début.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/cohorts.py" line="88" />
      <source>Indiquez la date de fin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/cohorts.py" line="91" />
      <source>La cohorte ne peut pas finir avant de commencer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/cohorts.py" line="99" />
      <source>Le nombre d'heures doit être entre 0 et 2000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/cohorts.py" line="95" />
      <source>Le nombre de matinées doit être entre 0 et 366.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/cohorts.py" line="105" />
      <source>Une cohorte porte déjà ce nom.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/cohorts.py" line="84" />
      <source>le nom de la cohorte</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cooperative</name>
    <message>
      <location filename="../../app/services/cooperative.py" line="60" />
      <source>Le logo est trop lourd (2 Mo au plus).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/cooperative.py" line="80" />
      <source>Produit par {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/cooperative.py" line="53" />
      <source>le nom de la coopérative</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>costing</name>
    <message>
      <location filename="../../app/services/costing.py" line="299" />
      <source>Attention : la marge est trop petite ({margin}). Le coût fait {food_cost} du prix hors TVA ; l'objectif est {target} au plus. Prix conseillé : {suggested}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/costing.py" line="286" />
      <source>Attention : le prix hors TVA ({price}) est plus bas que le coût ({cost}). On perd {loss}. Prix conseillé : {suggested}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/costing.py" line="177" />
      <source>L'objectif de coût matière doit être entre 1 et 99 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/costing.py" line="311" />
      <source>Le prix couvre le coût et la marge visée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/costing.py" line="126" />
      <source>Le rendement doit être plus grand que zéro.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/costing.py" line="281" />
      <source>Pas encore de prix de vente. Prix conseillé : {suggested}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>delegate</name>
    <message>
      <location filename="../../app/services/delegates.py" line="118" />
      <source>Absence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="375" />
      <source>Ajoutez d'abord des membres à la cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="448" />
      <source>Ce jour est passé : on ne change plus l'histoire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="432" />
      <source>Ce jour n'est pas dans le planning.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="501" />
      <source>Ce jour-là, {name} n'est pas déléguée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="371" />
      <source>Cette cohorte n'a aucun jour de travail à planifier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="128" />
      <source>Cette cohorte n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="692" />
      <source>Choisissez un jour de la semaine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="689" />
      <source>Choisissez une date ou un jour de la semaine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="442" />
      <source>Choisissez une membre active de la cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="120" />
      <source>Choix manuel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="367" />
      <source>Cochez au moins un jour de la semaine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="119" />
      <source>Départ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="586" />
      <source>Personne d'autre n'est disponible ce jour-là.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="203" />
      <source>Personne n'est disponible : la cohorte n'a pas de membre actif.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="215" />
      <source>Personne n'est disponible : {reasons}. Choisissez quelqu'un à la main.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="466" />
      <source>Personne n'est déléguée ce jour-là : choisissez quelqu'un.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="569" />
      <source>Personne n'est déléguée ce jour-là.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="116" />
      <source>Planning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="470" />
      <source>Une personne ne peut pas échanger avec elle-même.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="110" />
      <source>chaque {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="35" />
      <source>dimanche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="213" />
      <source>indisponible ce jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="211" />
      <source>jamais le {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="32" />
      <source>jeudi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="29" />
      <source>lundi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="30" />
      <source>mardi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="31" />
      <source>mercredi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="209" />
      <source>partie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="207" />
      <source>pas encore arrivée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="34" />
      <source>samedi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="33" />
      <source>vendredi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="490" />
      <source>{name} n'a pas de jour à venir à échanger.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="611" />
      <source>{name} n'est pas disponible ce jour-là.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="506" />
      <location filename="../../app/services/delegates.py" line="513" />
      <source>{name} n'est pas disponible le {date}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="279" />
      <source>{name} n'est plus disponible ce jour-là : remplacez-la (Absente…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="411" />
      <source>{n} jour(s) planifié(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegates.py" line="117" />
      <source>Échange</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>evaluation</name>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="138" />
      <source>(pas de réponse)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="127" />
      <location filename="../../app/printing/evaluation_report.py" line="129" />
      <source>(à compléter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="57" />
      <source>Activité culinaire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_tastings.py" line="28" />
      <source>Aspect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_pin.py" line="108" />
      <source>Aucun code PIN n'est encore choisi.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="105" />
      <source>Auto-évaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="61" />
      <source>Auto-évaluation (« je l'ai déjà »)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="95" />
      <source>Auto-évaluation : {t}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_campaigns.py" line="27" />
      <source>Auto-évaluation et regard des autres</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="69" />
      <source>Autres (pro)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="58" />
      <source>Autres compétences professionnelles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="77" />
      <source>Bilan de compétences — {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="103" />
      <source>Catégorie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="247" />
      <source>Ce niveau n'existe pas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="131" />
      <source>Ce que ses collègues disent d'elle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="276" />
      <source>Cet adjectif est déjà dans la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="214" />
      <source>Cette compétence existe déjà.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_grid.py" line="114" />
      <source>Cette compétence n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_tastings.py" line="153" />
      <source>Cette dégustation n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_campaigns.py" line="134" />
      <source>Cette évaluation est déjà finalisée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_grid.py" line="79" />
      <location filename="../../app/services/evaluation_peers.py" line="76" />
      <source>Cette évaluation est finalisée : elle ne change plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_campaigns.py" line="107" />
      <source>Cette évaluation n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_campaigns.py" line="68" />
      <location filename="../../app/services/evaluation_framework.py" line="130" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_peers.py" line="104" />
      <source>Choisissez de {low} à {high} adjectifs pour {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_peers.py" line="99" />
      <source>Choisissez des adjectifs de la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_peers.py" line="110" />
      <source>Choisissez des membres de la cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_campaigns.py" line="70" />
      <source>Choisissez un format d'évaluation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_grid.py" line="94" />
      <source>Choisissez un jour entre 1 et {n}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_grid.py" line="91" />
      <location filename="../../app/services/evaluation_report.py" line="69" />
      <source>Choisissez un membre de la cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="183" />
      <source>Choisissez un niveau entre 1 et {n}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_grid.py" line="120" />
      <source>Choisissez un niveau pour ce commentaire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="191" />
      <source>Choisissez une catégorie.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_tastings.py" line="103" />
      <source>Choisissez une recette et sa version.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_grid.py" line="88" />
      <source>Choisissez une évaluatrice de cette évaluation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_peers.py" line="80" />
      <source>Choisissez votre nom dans la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_pin.py" line="128" />
      <source>Code PIN faux. Encore {n} essai(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="140" />
      <source>Commentaire de la coordinatrice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="55" />
      <source>Compétences entrepreneuriales</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="67" />
      <source>Coopérer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="68" />
      <source>Cuisine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="147" />
      <source>Date et signature de la coordinatrice :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="66" />
      <source>Entreprendre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_tastings.py" line="26" />
      <source>Goût</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_campaigns.py" line="26" />
      <source>Grille d'observation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_grid.py" line="175" />
      <source>Il faut au moins {n} évaluatrices qui ont noté les membres pour finaliser.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_campaigns.py" line="73" />
      <source>Indiquez la date de début.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_tastings.py" line="105" />
      <source>Indiquez la date de la dégustation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_tastings.py" line="143" />
      <source>Indiquez si la personne achèterait le produit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_pin.py" line="83" />
      <source>L'ancien code PIN n'est pas correct.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_pin.py" line="44" />
      <source>Le code PIN a au moins {n} chiffres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_pin.py" line="48" />
      <source>Le code PIN a au plus {n} chiffres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_pin.py" line="41" />
      <source>Le code PIN ne contient que des chiffres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_campaigns.py" line="78" />
      <source>Le nombre de jours doit être entre 1 et 30.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_pin.py" line="86" />
      <source>Les deux codes ne sont pas les mêmes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="93" />
      <source>Observation : {t}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="60" />
      <source>Observé (médiane des évaluatrices)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="104" />
      <source>Observé (sur {n})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="127" />
      <source>Points forts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="129" />
      <source>Points à travailler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_tastings.py" line="29" />
      <source>Prix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_peers.py" line="88" />
      <source>Répondez pour « {name} » : je l'ai déjà, ou à travailler.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="98" />
      <source>Résultats par catégorie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_pin.py" line="39" />
      <source>Tapez le code PIN.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_tastings.py" line="27" />
      <source>Texture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="56" />
      <source>Travail coopératif</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_pin.py" line="134" />
      <source>Trop d'essais faux. Attendez {n} secondes avant de réessayer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_grid.py" line="84" />
      <source>Une évaluatrice ne peut pas se noter elle-même.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="267" />
      <source>l'adjectif</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="192" />
      <location filename="../../app/services/evaluation_framework.py" line="221" />
      <source>le nom de la compétence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_framework.py" line="248" />
      <source>le nom du niveau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_campaigns.py" line="71" />
      <source>le titre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_peers.py" line="96" />
      <source>vous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="82" />
      <source>{cohort}, du {start} au {end}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_tastings.py" line="42" />
      <source>{name} (v{version})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_campaigns.py" line="162" />
      <source>{name} a déjà noté des membres : elle reste évaluatrice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_campaigns.py" line="141" />
      <source>{name} est évaluée : elle ne peut pas être évaluatrice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_report.py" line="89" />
      <source>{name} n'est pas membre de « {cohort} ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/evaluation_tastings.py" line="137" />
      <source>{what} : donnez une note de 1 à 5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="118" />
      <source>Échelle : </source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ingredients</name>
    <message>
      <location filename="../../app/services/ingredients.py" line="105" />
      <source>Choisissez une unité : g, kg, ml, l ou pièce.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/ingredients.py" line="161" />
      <source>Des recettes utilisent cet ingrédient : on ne peut pas passer des pièces au poids ou au volume.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/ingredients.py" line="117" />
      <source>Indiquez depuis quand ce prix est valable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/ingredients.py" line="109" />
      <source>La taille du paquet doit être plus grande que zéro.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/ingredients.py" line="113" />
      <source>Le prix du paquet doit être plus grand que zéro.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/ingredients.py" line="270" />
      <source>On ne peut pas supprimer « {name} » : ces recettes l'utilisent : {recipes}. Vous pouvez le rendre inactif.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/ingredients.py" line="102" />
      <source>Un ingrédient porte déjà ce nom.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/ingredients.py" line="97" />
      <source>le nom de l'ingrédient</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>la durée de conservation (en jours)</name>
    <message>
      <location filename="../../app/services/labels.py" line="361" />
      <source>labels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>la quantité nette (poids, volume ou nombre)</name>
    <message>
      <location filename="../../app/services/labels.py" line="359" />
      <source>labels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../app/services/labels.py" line="504" />
      <source> Vouliez-vous dire : {names} ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="509" />
      <source>Aucun produit ne s'appelle « {name} ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/label_templates.py" line="237" />
      <source>Ce code est celui d'un modèle fourni : choisissez-en un autre.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="563" />
      <source>Ce modèle n'a qu'une étiquette par page : rien à sauter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/label_templates.py" line="264" />
      <source>Ce modèle n'est pas un modèle personnalisé.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="285" />
      <source>Ce produit n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="578" />
      <source>Choisissez au moins un produit et un nombre d'étiquettes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="409" />
      <source>Décalage de l'imprimante : {right} mm vers la droite, {down} mm vers le bas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="384" />
      <source>Impossible de faire l'étiquette de « {name} ». Il manque : {missing}. Complétez la recette.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="404" />
      <source>Imprimez-la sur du papier normal, posez-la sur une feuille d'étiquettes et regardez à la lumière.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/label_templates.py" line="213" />
      <source>Indiquez un nombre (exemple : 63,5).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/label_templates.py" line="220" />
      <source>Indiquez un nombre entier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="89" />
      <source>Ingrédients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="297" />
      <source>L'étiquette de « {name} » ne tient pas sur le modèle {template}, même en petites lettres (la loi demande des lettres d'au moins {x} mm de haut).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="248" />
      <source>Le code EAN-13 « {code} » a une erreur (dernier chiffre).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/label_templates.py" line="230" />
      <source>Le code du modèle : lettres, chiffres, tirets, 30 signes au plus (ex. MON-60x40).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="238" />
      <source>Le code produit « {code} » n'a pas que des chiffres : choisissez le QR code, ou donnez un code en chiffres dans la recette.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="553" />
      <source>Le nombre d'étiquettes va de 1 à {max} par produit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="454" />
      <source>Les étiquettes en arabe (ou en hébreu) ne sont pas encore possibles. Écrivez les textes de « {name} » en lettres latines.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="185" />
      <source>Lot : {lot}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/label_templates.py" line="127" />
      <source>Modèle d'étiquettes inconnu : « {id} ». Modèles connus : {known}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="565" />
      <source>On peut sauter de 0 à {max} étiquettes (une feuille {name} en a {n}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="388" />
      <source>Page de réglage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="403" />
      <source>Page de réglage : {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="218" />
      <source>Peut contenir des traces de : {allergens}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="500" />
      <source>Plusieurs produits s'appellent « {name} ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="307" />
      <source>Prenez un modèle plus grand, par exemple {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="311" />
      <source>Raccourcissez les textes de la recette.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="409" />
      <source>Type de code-barres inconnu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="260" />
      <source>Un code produit a 10 chiffres au plus, ou 12 ou 13 chiffres (EAN).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/label_templates.py" line="292" />
      <source>Un décalage d'imprimante est de {max} mm au plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="395" />
      <source>Un numéro de lot a {n} signes au plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="322" />
      <source>le poids en g de « {name} » (compté en pièces)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="207" />
      <source>pièce</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="207" />
      <source>pièces</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/label_templates.py" line="64" />
      <source>{name} ({w} × {h} mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/label_templates.py" line="67" />
      <source>{name} — {n} par feuille ({w} × {h} mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/label_templates.py" line="210" />
      <source>« {text} » n'est pas un nombre (exemple : 63,5).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="218" />
      <source>À consommer de préférence avant le</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/labels.py" line="217" />
      <source>À consommer jusqu'au</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="336" />
      <source>Étiquettes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>le code produit (pour le code-barres)</name>
    <message>
      <location filename="../../app/services/labels.py" line="372" />
      <source>labels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>le nom et l'adresse de la coopérative (Fichier &gt; Paramètres)</name>
    <message>
      <location filename="../../app/services/labels.py" line="370" />
      <source>labels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>les conditions de conservation (obligatoires avec « à consommer jusqu'au »)</name>
    <message>
      <location filename="../../app/services/labels.py" line="364" />
      <source>labels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>les ingrédients</name>
    <message>
      <location filename="../../app/services/labels.py" line="357" />
      <source>labels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <location filename="../../app/services/menus.py" line="104" />
      <source>Ajoutez au moins une recette au menu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="31" />
      <source>Brunch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/menus.py" line="101" />
      <source>Choisissez un format de vente.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/menus.py" line="108" />
      <source>Choisissez une recette de la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/menus.py" line="113" />
      <source>Les portions par personne doivent être plus grandes que zéro.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="35" />
      <source>Livraison</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="33" />
      <source>Stand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="32" />
      <source>Traiteur (buffet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/menus.py" line="99" />
      <source>Un menu porte déjà ce nom.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/menus.py" line="96" />
      <source>le nom du menu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="42" />
      <source>À consommer de préférence avant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="43" />
      <source>À consommer jusqu'au</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="34" />
      <source>À emporter</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <location filename="../../app/services/money.py" line="76" />
      <source>Ce montant est trop grand (au plus {limit}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/money.py" line="48" />
      <source>Indiquez un montant, par exemple 2,50.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/money.py" line="72" />
      <source>Le montant doit être plus grand que zéro.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/money.py" line="69" />
      <source>Le montant ne peut pas être négatif.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/money.py" line="66" />
      <source>Un montant a au plus deux chiffres après la virgule (les cents).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/money.py" line="52" />
      <location filename="../../app/services/money.py" line="60" />
      <source>« {text} » n'est pas un montant. Écrivez par exemple 2,50.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>orders</name>
    <message>
      <location filename="../../app/services/orders.py" line="37" />
      <source>Acceptée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="216" />
      <source>Ajoutez au moins une ligne (ou choisissez un menu).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="39" />
      <source>Annulée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="35" />
      <source>Brouillon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="198" />
      <source>Ce menu n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="203" />
      <source>Choisissez livraison ou à venir chercher.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="200" />
      <source>Choisissez un format de vente.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="222" />
      <source>Choisissez une recette de la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="36" />
      <source>Devis envoyé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="194" />
      <source>Indiquez la date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="181" />
      <source>Indiquez le nombre de personnes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="225" />
      <source>La quantité doit être plus grande que zéro.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="196" />
      <source>Le nombre de personnes doit être positif.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="235" />
      <source>Le prix ne peut pas être négatif.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="238" />
      <source>Le taux de TVA doit être entre 0 et 100 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="50" />
      <location filename="../../app/services/orders.py" line="44" />
      <source>Livraison</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="38" />
      <source>Livrée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="206" />
      <location filename="../../app/services/orders.py" line="297" />
      <source>Statut inconnu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="212" />
      <source>Un devis est valable de 1 à 365 jours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/orders.py" line="191" />
      <source>le client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="50" />
      <location filename="../../app/services/orders.py" line="44" />
      <source>À venir chercher</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>people</name>
    <message>
      <location filename="../../app/services/people.py" line="22" />
      <source>Animatrice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/people.py" line="208" />
      <location filename="../../app/services/people.py" line="253" />
      <source>Cette cohorte n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/people.py" line="267" />
      <source>Cette personne n'est pas dans la cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/people.py" line="100" />
      <source>Choisissez un rôle dans la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/people.py" line="25" />
      <source>Intervenante</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/people.py" line="270" />
      <source>La date de départ est avant la date d'arrivée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/people.py" line="23" />
      <source>Marraine / parrain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/people.py" line="21" />
      <source>Membre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/people.py" line="188" />
      <source>Personne ne s'appelle « {name} ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/people.py" line="190" />
      <source>Plusieurs personnes s'appellent « {name} » : donnez aussi le nom.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/people.py" line="97" />
      <source>le prénom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/people.py" line="289" />
      <source>{name} a déjà un historique dans l'application : désactivez-la plutôt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/people.py" line="127" />
      <source>{name} fait déjà partie de cette cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/countries.py" line="39" />
      <source>« {code} » n'est pas un code de pays connu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/people.py" line="24" />
      <source>Évaluatrice</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>personal_data</name>
    <message>
      <location filename="../../app/services/personal_data.py" line="139" />
      <source>(image, {n} octets)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/personal_data.py" line="236" />
      <source>Ancienne membre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="15" />
      <source>Données personnelles : {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="28" />
      <source>Fiche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/personal_data.py" line="214" />
      <source>L'effacement ne sait pas encore traiter : {tables}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/personal_data.py" line="145" />
      <source>Non</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/personal_data.py" line="145" />
      <source>Oui</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="20" />
      <source>Tout ce que l'application Coopér'Actives garde sur cette personne, le {date}. Rien d'autre n'est enregistré.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>printing</name>
    <message>
      <location filename="../../app/printing/attestation.py" line="78" />
      <source>Activité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="54" />
      <location filename="../../app/printing/rotation.py" line="75" />
      <source>Adjointe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="44" />
      <source>Attestation de participation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="129" />
      <source>Attestation — {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="99" />
      <source>Avant → après</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="94" />
      <source>Changements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="35" />
      <source>Chaque jour, une déléguée s'occupe de la journée ; l'adjointe l'aide et la remplace si elle est absente. Un échange ? Notez-le dans l'application.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="53" />
      <location filename="../../app/printing/rotation.py" line="73" />
      <source>Déléguée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="30" />
      <source>Déléguées du jour — {cohort}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="111" />
      <source>Fait à Liège, le {date}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="78" />
      <source>Heures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="76" />
      <source>Heures suivies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="52" />
      <location filename="../../app/printing/rotation.py" line="97" />
      <source>Jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="47" />
      <source>Le planning n'est pas encore fait.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="72" />
      <source>Membre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="94" />
      <source>Modules suivis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="46" />
      <source>Nous attestons que</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/document.py" line="112" />
      <location filename="../../app/printing/document.py" line="112" />
      <source>Page {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="24" />
      <source>Pas de matinée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="100" />
      <source>Pourquoi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="98" />
      <source>Quoi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="55" />
      <source>Remarque</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="98" />
      <source>Semaine du {start} au {end}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="121" />
      <source>Signature de la coordinatrice, pour {organisation}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="83" />
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="69" />
      <source>Tours par personne</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="67" />
      <source>Une coopérative éphémère est une formation pratique de trois mois : les participantes créent ensemble une activité de cuisine et vendent de vrais produits à de vrais clients.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="59" />
      <source>Vente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="51" />
      <source>a participé à la coopérative éphémère « {cohort} » organisée par {organisation}, du {start} au {end}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="30" />
      <source>annulée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="74" />
      <source>dont ventes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="86" />
      <source>Écart entre le plus et le moins de tours : {n}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>quote</name>
    <message>
      <location filename="../../app/printing/quote.py" line="93" />
      <source>Base hors TVA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="134" />
      <source>Bon pour accord (date et signature) :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="131" />
      <source>Conditions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="46" />
      <source>Contact : {contact}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="47" />
      <source>Date : {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="59" />
      <source>Devis fait le {date}, valable jusqu'au {until}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="29" />
      <source>Devis n° {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="49" />
      <source>Nombre de personnes : {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="40" />
      <source>N° d'entreprise / TVA : {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="44" />
      <source>Pour : {customer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="70" />
      <source>Prix unitaire TVAC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="68" />
      <source>Produit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="69" />
      <source>Quantité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="71" />
      <location filename="../../app/printing/quote.py" line="94" />
      <source>TVA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="92" />
      <source>Taux de TVA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="109" />
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="72" />
      <location filename="../../app/printing/quote.py" line="95" />
      <source>Total TVAC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="123" />
      <source>Total à payer : {total} TVA comprise</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>recipes</name>
    <message>
      <location filename="../../app/services/recipes.py" line="251" />
      <source>Ajoutez au moins un ingrédient.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="224" />
      <source>Choisissez g, ml ou pièce.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="234" />
      <source>Choisissez le type de date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="257" />
      <source>Choisissez un ingrédient de la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="218" />
      <source>Choisissez unités ou portions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="242" />
      <source>Format de vente inconnu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="227" />
      <source>L'emballage ne peut pas coûter moins que zéro.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="231" />
      <source>La durée de conservation va de 1 à 3650 jours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="262" />
      <source>La quantité de « {name} » doit être plus grande que zéro.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="248" />
      <source>Le code produit ne contient que des chiffres (12 au plus).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="221" />
      <source>Le poids net doit être plus grand que zéro.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="238" />
      <source>Le prix ne peut pas être négatif.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="212" />
      <source>Le rendement doit être plus grand que zéro (par exemple 30 energy balls).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="201" />
      <source>Le taux de TVA doit être entre 0 et 100 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/recipes.py" line="207" />
      <source>le nom de la recette</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>sales</name>
    <message>
      <location filename="../../app/services/sales_events.py" line="289" />
      <source>Aucune vente le {date}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_expenses.py" line="27" />
      <source>Autre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="36" />
      <source>Bancontact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="23" />
      <source>Brunch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_closing.py" line="174" />
      <source>Caisse {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_cash.py" line="70" />
      <source>Ce nombre est trop grand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_closing.py" line="107" />
      <location filename="../../app/services/sales_events.py" line="327" />
      <location filename="../../app/services/sales_tally.py" line="54" />
      <source>Ce produit n'est pas en vente ce jour-là.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_expenses.py" line="140" />
      <source>Cette dépense est déjà annulée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_expenses.py" line="111" />
      <source>Cette journée est clôturée : notez la dépense sans la lier à la vente.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="153" />
      <source>Cette journée est clôturée. Pour changer quelque chose, faites une correction.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_closing.py" line="43" />
      <source>Cette journée est déjà clôturée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_closing.py" line="49" />
      <location filename="../../app/services/sales_closing.py" line="104" />
      <location filename="../../app/services/sales_events.py" line="185" />
      <source>Cette personne n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_cash.py" line="141" />
      <source>Cette pièce ou ce billet n'existe pas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_expenses.py" line="107" />
      <source>Cette vente n'existe pas dans la cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="189" />
      <source>Choisissez au moins un produit à vendre.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="179" />
      <location filename="../../app/services/sales_expenses.py" line="93" />
      <location filename="../../app/services/sales_sharing.py" line="166" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="183" />
      <source>Choisissez le type de vente.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_sharing.py" line="67" />
      <source>Choisissez les personnes qui reçoivent une part.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_sharing.py" line="78" />
      <source>Choisissez parts égales ou selon les heures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="159" />
      <source>Choisissez un moyen de paiement.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_expenses.py" line="101" />
      <source>Choisissez une catégorie.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_closing.py" line="95" />
      <source>Choisissez vendu, invendu ou offert.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_closing.py" line="161" />
      <source>Clôture de la journée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="28" />
      <source>Commande</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_closing.py" line="46" />
      <source>Comptez d'abord la caisse (pièces et billets), puis clôturez.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_closing.py" line="54" />
      <source>Des ventes ont changé depuis le comptage : recomptez la caisse.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_cash.py" line="124" />
      <source>Dites pourquoi de l'argent entre ou sort.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_expenses.py" line="25" />
      <source>Emballages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="35" />
      <source>Espèces</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_sharing.py" line="58" />
      <source>Il n'y a pas de bénéfice à partager.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_tally.py" line="103" />
      <source>Il n'y a rien à enlever : ce compte est déjà à zéro.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_closing.py" line="109" />
      <location filename="../../app/services/sales_tally.py" line="111" />
      <source>Impossible : ce compte deviendrait négatif.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_closing.py" line="101" />
      <source>Indiquez combien ajouter ou enlever.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_expenses.py" line="95" />
      <source>Indiquez la date de l'achat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_sharing.py" line="168" />
      <source>Indiquez la date de la décision.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="181" />
      <source>Indiquez la date de la vente.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_expenses.py" line="97" />
      <source>Indiquez le montant de la dépense.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_sharing.py" line="74" />
      <source>Indiquez les heures de présence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_cash.py" line="121" />
      <location filename="../../app/services/sales_closing.py" line="121" />
      <source>Indiquez un montant différent de zéro.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_expenses.py" line="24" />
      <source>Ingrédients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_cash.py" line="151" />
      <source>La caisse a une différence de {diff}. Expliquez en quelques mots (par exemple : erreur de monnaie).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_closing.py" line="76" />
      <source>La journée est encore ouverte : changez simplement les comptes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_sharing.py" line="60" />
      <location filename="../../app/services/sales_sharing.py" line="173" />
      <source>La part du fonds commun va de 0 à 100 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_sharing.py" line="175" />
      <source>La révision vient après la décision.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="315" />
      <source>Le code « {code} » ne correspond à aucun produit de la vente.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="187" />
      <location filename="../../app/services/sales_events.py" line="255" />
      <source>Le fond de caisse ne peut pas être négatif.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_expenses.py" line="99" />
      <source>Le montant doit être plus grand que zéro.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_sharing.py" line="98" />
      <source>Les heures vont de 0 à 2000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="24" />
      <source>Livraison</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_expenses.py" line="172" />
      <source>Marquez plutôt la dépense de départ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="39" />
      <source>Offert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="37" />
      <source>Payconiq / Wero</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_expenses.py" line="170" />
      <source>Personne n'a avancé cet argent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="293" />
      <source>Plusieurs ventes le {date} : précisez la cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_cash.py" line="62" />
      <source>Pour {d}, écrivez un nombre de pièces ou de billets (des chiffres).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="26" />
      <source>Stand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="25" />
      <source>Traiteur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_expenses.py" line="26" />
      <source>Transport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_tally.py" line="99" />
      <source>Un appui compte +1 ou −1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_cash.py" line="68" />
      <location filename="../../app/services/sales_tally.py" line="221" />
      <source>Un nombre ne peut pas être négatif.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="194" />
      <source>Un produit choisi n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="191" />
      <source>Un produit est choisi deux fois.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_closing.py" line="68" />
      <location filename="../../app/services/sales_expenses.py" line="143" />
      <source>Une correction a besoin d'une raison.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_expenses.py" line="137" />
      <source>Une correction ne s'annule pas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_sharing.py" line="188" />
      <source>Une personne n'est pas membre de la cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="38" />
      <source>Virement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_closing.py" line="163" />
      <source>invendu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_closing.py" line="163" />
      <source>offert ou perdu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_closing.py" line="163" />
      <source>vendu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_tally.py" line="255" />
      <source>{n} : c'est beaucoup. Est-ce bien le bon nombre ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_tally.py" line="217" />
      <source>« {text} » n'est pas un nombre entier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_sharing.py" line="95" />
      <source>« {t} » n'est pas un nombre d'heures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_events.py" line="27" />
      <source>À emporter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_sharing.py" line="197" />
      <source>Écrivez l'objection avant sa réponse.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/sales_sharing.py" line="171" />
      <source>Écrivez la proposition.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>sales_print</name>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="75" />
      <source>Partage du bénéfice – {cohort}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="158" />
      <source>Résumé de vente du {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="21" />
      <source>Tout est partagé {how}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="18" />
      <source>Tout reste dans le fonds commun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="133" />
      <source>Ventes de {cohort}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="19" />
      <source>en parts égales</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="19" />
      <source>selon les heures de présence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="22" />
      <source>{fund} % au fonds commun, le reste {how}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>schedule</name>
    <message>
      <location filename="../../app/services/attendance.py" line="33" />
      <source>Absente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="71" />
      <source>Annulée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="62" />
      <source>Autre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/calendar_export.py" line="51" />
      <source>Avec : {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/modules.py" line="88" />
      <source>Ce module existe déjà.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/prerequisites.py" line="117" />
      <location filename="../../app/services/schedule.py" line="264" />
      <location filename="../../app/services/term.py" line="183" />
      <source>Ce module n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="208" />
      <location filename="../../app/services/term.py" line="100" />
      <location filename="../../app/services/term.py" line="163" />
      <source>Cette cohorte n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="258" />
      <source>Cette date est en dehors de la cohorte (du {start} au {end}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/term.py" line="61" />
      <source>Cette date n'existe pas : « {text} ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/attendance.py" line="86" />
      <location filename="../../app/services/attendance.py" line="123" />
      <source>Cette matinée est annulée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="266" />
      <source>Cette personne n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/attendance.py" line="67" />
      <source>Cette personne n'était pas dans la cohorte ce jour-là.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/attendance.py" line="94" />
      <location filename="../../app/services/attendance.py" line="137" />
      <location filename="../../app/services/attendance.py" line="264" />
      <source>Cette personne ne fait pas partie de la cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/prerequisites.py" line="128" />
      <source>Cette règle existe déjà.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="419" />
      <source>Cette semaine n'a aucune matinée à copier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/attendance.py" line="83" />
      <location filename="../../app/services/attendance.py" line="133" />
      <source>Choisissez : présente, en retard, excusée ou absente.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/prerequisites.py" line="108" />
      <source>Choisissez le module à suivre d'abord.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/prerequisites.py" line="112" />
      <source>Choisissez un module ou un type de matinée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/modules.py" line="86" />
      <location filename="../../app/services/prerequisites.py" line="115" />
      <location filename="../../app/services/schedule.py" line="252" />
      <source>Choisissez un type dans la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="254" />
      <source>Choisissez un état dans la liste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="414" />
      <source>Choisissez une autre semaine que celle copiée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/term.py" line="175" />
      <source>Cochez au moins un jour de la semaine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="57" />
      <source>Cuisine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="363" />
      <source>Des présences sont notées pour cette matinée : annulez-la plutôt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/attendance.py" line="31" />
      <source>En retard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/attendance.py" line="32" />
      <source>Excusée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="70" />
      <source>Faite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="246" />
      <source>Indiquez l'heure de début et de fin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/term.py" line="165" />
      <source>Indiquez la date de début.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/term.py" line="167" />
      <source>Indiquez la date de fin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="244" />
      <location filename="../../app/services/term.py" line="51" />
      <source>Indiquez la date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="283" />
      <source>La cohorte a déjà une matinée ce jour-là de {start} à {end}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/term.py" line="95" />
      <source>La fermeture ne peut pas finir avant de commencer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="340" />
      <source>La matinée finirait après minuit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="249" />
      <location filename="../../app/services/term.py" line="178" />
      <source>La matinée ne peut pas finir avant de commencer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/term.py" line="170" />
      <source>La période ne peut pas finir avant de commencer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="272" />
      <source>Le {date} est un jour de fermeture : {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="60" />
      <source>Marrainage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/modules.py" line="76" />
      <source>Module inconnu : « {name} ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="56" />
      <source>Pratique</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule_hours.py" line="29" />
      <source>Pratique (cuisine, ventes, visites…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/attendance.py" line="30" />
      <source>Présente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="69" />
      <source>Prévue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="107" />
      <source>Semaine inconnue : écrivez par exemple 2022-W41.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="55" />
      <location filename="../../app/services/schedule_hours.py" line="28" />
      <source>Théorie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/prerequisites.py" line="120" />
      <source>Un module ne peut pas se précéder lui-même.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/term.py" line="98" />
      <source>Une fermeture dure au plus un an.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/term.py" line="173" />
      <source>Une période dure au plus un an.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="59" />
      <source>Vente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="58" />
      <source>Visite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/term.py" line="200" />
      <source>en dehors des dates de la cohorte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/term.py" line="204" />
      <source>fermeture : {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="274" />
      <location filename="../../app/services/term.py" line="205" />
      <source>fermé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="426" />
      <location filename="../../app/services/term.py" line="202" />
      <source>jour férié : {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/prerequisites.py" line="50" />
      <source>le module « {name} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/modules.py" line="84" />
      <source>le nom du module</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/prerequisites.py" line="52" />
      <source>les matinées « {kind} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/prerequisites.py" line="197" />
      <source>{activity} du {date} : il faut d'abord le module « {module} », prévu seulement le {when}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/prerequisites.py" line="192" />
      <source>{activity} du {date} : il faut d'abord le module « {module} », qui n'est pas encore prévu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/attendance.py" line="280" />
      <source>{name} a manqué {n} matinées de suite : prenez de ses nouvelles.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/prerequisites.py" line="55" />
      <source>« {required} » avant {target}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/term.py" line="63" />
      <source>Écrivez la date comme ceci : 31/12/2022.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/schedule.py" line="61" />
      <source>Évaluation</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <location filename="../../app/services/costing_settings.py" line="45" />
      <source>L'objectif de coût matière va de 1 à 99 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/costing_settings.py" line="42" />
      <source>Un taux de TVA va de 0 à 100 %.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>shopping</name>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="48" />
      <source>Acheter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/shopping.py" line="137" />
      <source>Cette commande n'a aucune ligne.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/shopping.py" line="80" />
      <source>Choisissez au moins une recette.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/shopping.py" line="138" />
      <source>Courses pour la commande n° {id} : {customer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/shopping.py" line="156" />
      <source>Courses pour « {menu} », {n} personnes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="84" />
      <source>Dépense estimée : {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="111" />
      <source>Fournisseur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/shopping.py" line="114" />
      <source>Fournisseur non précisé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="47" />
      <source>Il faut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/shopping.py" line="149" />
      <source>Indiquez le nombre de personnes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="46" />
      <location filename="../../app/printing/shopping_list.py" line="112" />
      <source>Ingrédient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/shopping.py" line="88" />
      <source>Le nombre de fournées doit être plus grand que zéro.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/shopping.py" line="124" />
      <source>Liste de courses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="115" />
      <source>Paquets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="37" />
      <source>Prix du {date}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="49" />
      <location filename="../../app/printing/shopping_list.py" line="117" />
      <source>Prix estimé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="113" />
      <source>Quantité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="119" />
      <source>Recettes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="50" />
      <location filename="../../app/printing/shopping_list.py" line="118" />
      <source>Reste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="95" />
      <source>Sans prix connu : {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="71" />
      <source>Sous-total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="116" />
      <source>Taille du paquet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="139" />
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="114" />
      <source>Unité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="23" />
      <source>prix inconnu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="24" />
      <source>{packs} × {size}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>tasks</name>
    <message>
      <location filename="../../app/services/tasks.py" line="86" />
      <source>Ce cercle n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/tasks.py" line="71" />
      <source>Cette cohorte n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/tasks.py" line="81" />
      <source>Cette personne n'est pas dans la cohorte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/tasks.py" line="84" />
      <source>La date limite est déjà passée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/tasks.py" line="72" />
      <source>ce qu'il faut faire</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>today</name>
    <message>
      <location filename="../../app/services/delegate_day.py" line="68" />
      <source>Autre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegate_day.py" line="161" />
      <source>Cette personne n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegate_day.py" line="63" />
      <source>Cuisine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegate_day.py" line="66" />
      <source>Marrainage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegate_day.py" line="62" />
      <source>Pratique</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegate_day.py" line="61" />
      <source>Théorie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegate_day.py" line="65" />
      <source>Vente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegate_day.py" line="64" />
      <source>Visite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegate_day.py" line="158" />
      <source>Écrivez ce qui a été fait ou ce qui reste à faire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/delegate_day.py" line="67" />
      <source>Évaluation</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>trash</name>
    <message>
      <location filename="../../app/services/trash.py" line="83" />
      <source>Ce type de donnée ne va pas à la corbeille.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/trash.py" line="36" />
      <source>Cohorte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/trash.py" line="38" />
      <source>Ingrédient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/trash.py" line="39" />
      <source>Matinée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/trash.py" line="40" />
      <source>Module</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/trash.py" line="41" />
      <source>Participation à une cohorte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/trash.py" line="35" />
      <source>Personne</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/trash.py" line="37" />
      <source>Recette</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/trash.py" line="79" />
      <source>Type de donnée inconnu : {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/trash.py" line="177" />
      <source>« {label} » ne peut pas être restaurée : une donnée dont elle a besoin a été supprimée, ou une autre porte le même nom.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/trash.py" line="99" />
      <source>« {label} » ne peut pas être supprimée : d'autres données en dépendent ({where}). Désactivez-la plutôt.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>units</name>
    <message>
      <location filename="../../app/services/units.py" line="98" />
      <source>Au plus trois chiffres après la virgule.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/units.py" line="100" />
      <source>Cette quantité est trop grande.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/units.py" line="76" />
      <location filename="../../app/services/units.py" line="94" />
      <source>Indiquez une quantité, par exemple 250 ou 1,5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/units.py" line="96" />
      <source>La quantité doit être plus grande que zéro.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/units.py" line="39" />
      <source>On ne peut pas convertir des « {a} » en « {b} » : choisissez une unité de même nature (poids, volume ou pièces).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/units.py" line="26" />
      <source>Unité inconnue : « {unit} ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/units.py" line="114" />
      <source>pièces</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/units.py" line="112" />
      <source>poids (g, kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/units.py" line="113" />
      <source>volume (ml, l)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/units.py" line="123" />
      <source>« {name} » se compte en {unit} : on ne peut pas l'indiquer en {line_unit}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/units.py" line="80" />
      <location filename="../../app/services/units.py" line="89" />
      <source>« {text} » n'est pas une quantité. Écrivez par exemple 1,5.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <location filename="../../app/services/validation.py" line="29" />
      <source>Ce texte est trop long (au plus {n} caractères).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="56" />
      <source>Cette adresse e-mail n'est pas valide (exemple : nom@exemple.be).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="20" />
      <source>Indiquez {label}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="43" />
      <source>Un numéro de téléphone ne contient que des chiffres, des espaces et un + au début, par exemple +32 470 12 34 56.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
