<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
  <context>
    <name>AllergenPicker</name>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="51" />
      <source>aucun</source>
      <translation>none</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../app/ui/app.py" line="83" />
      <source>Base Coopér'Actives (*.sqlite3 *.db);;Tous les fichiers (*)</source>
      <translation>Coopér'Actives database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="99" />
      <source>Base de données</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="123" />
      <source>Choisir un autre fichier…</source>
      <translation>Choose another file…</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="155" />
      <source>Coopér'Actives est déjà ouverte sur cette base de données. Utilisez la fenêtre déjà ouverte.</source>
      <translation>Coopér'Actives is already open on this database. Use the window that is already open.</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="154" />
      <source>Déjà ouverte</source>
      <translation>Already open</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="107" />
      <source>La dernière sauvegarde en bon état date du {when}.</source>
      <translation>The last good backup is from {when}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="119" />
      <source>Ouvrir en lecture seule</source>
      <translation>Open read-only</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="81" />
      <source>Ouvrir ou créer une base de données</source>
      <translation>Open or create a database</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="127" />
      <source>Quitter</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="213" />
      <location filename="../../app/ui/app.py" line="313" />
      <source>Restauration impossible</source>
      <translation>Can't restore</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="114" />
      <source>Restaurer cette sauvegarde</source>
      <translation>Restore this backup</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="250" />
      <source>Sauvegarde automatique</source>
      <translation>Automatic backup</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="176" />
      <source>Serveur indisponible</source>
      <translation>Server unavailable</translation>
    </message>
  </context>
  <context>
    <name>AppliancesDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="103" />
      <source> (hors service)</source>
      <translation> (out of use)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="69" />
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="66" />
      <source>En service</source>
      <translation>In use</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="78" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="40" />
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="43" />
      <source>Frigos et congélateurs</source>
      <translation>Fridges and freezers</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="76" />
      <source>Imprimer le mois…</source>
      <translation>Print the month…</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="64" />
      <source>Limite basse (°C)</source>
      <translation>Lowest limit (°C)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="65" />
      <source>Limite haute (°C)</source>
      <translation>Highest limit (°C)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="70" />
      <source>Modifier</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="74" />
      <source>Mois à imprimer</source>
      <translation>Month to print</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="62" />
      <source>Nom *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="174" />
      <source>Relevé des températures</source>
      <translation>Temperature record</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="63" />
      <source>Sorte</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="46" />
      <source>par exemple : frigo du bas</source>
      <translation>for example: bottom fridge</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="96" />
      <source>{name} — {kind}, de {low} à {high}</source>
      <translation>{name} — {kind}, from {low} to {high}</translation>
    </message>
  </context>
  <context>
    <name>AttendancePage</name>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/attendance_page.py" line="117" />
      <source>%n membre(s) notée(s) présente(s).</source>
      <translation>
        <numerusform>%n member marked present.</numerusform>
        <numerusform>%n members marked present.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="53" />
      <source>Attestation de ce membre</source>
      <translation>Certificate for this member</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="134" />
      <source>Attestation de {name}</source>
      <translation>Certificate for {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="127" />
      <source>Cliquez d'abord sur la ligne d'un membre.</source>
      <translation>First click on a member's row.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="113" />
      <source>Cliquez d'abord sur une case de la matinée.</source>
      <translation>First click on a box for the morning.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="43" />
      <source>Cliquez sur une case pour passer à l'état suivant, ou tapez P (présente), R (en retard), E (excusée), A (absente). Suppr efface.</source>
      <translation>Click a box to move to the next state, or type P (present), R (late), E (excused), A (absent). Delete clears it.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="50" />
      <source>Toutes présentes à cette matinée</source>
      <translation>Everyone present this morning</translation>
    </message>
  </context>
  <context>
    <name>BatchDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="51" />
      <source>Ingrédients achetés utilisés : écrivez la quantité prise dans chaque lot (dans l'unité de l'ingrédient), laissez vide les autres.</source>
      <translation>Purchased ingredients used: write the quantity taken from each lot (in the ingredient's unit), leave the others empty.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="44" />
      <source>Jour de fabrication *</source>
      <translation>Day made *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="46" />
      <source>Lot (sur les étiquettes)</source>
      <translation>Lot (on the labels)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="33" />
      <source>Lot fabriqué</source>
      <translation>Lot made</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="43" />
      <source>Produit *</source>
      <translation>Product *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="45" />
      <source>Unités faites *</source>
      <translation>Units made *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="38" />
      <source>nombre d'unités, par exemple 20</source>
      <translation>number of units, for example 20</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="76" />
      <source>vide : {lot}</source>
      <translation>empty: {lot}</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="63" />
      <source>{ingredient} — lot {lot} (reste {left})</source>
      <translation>{ingredient} — lot {lot} ({left} left)</translation>
    </message>
  </context>
  <context>
    <name>CampaignDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="84" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="86" />
      <source>Nombre de jours de vente</source>
      <translation>Number of selling days</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="66" />
      <source>Nouvelle évaluation</source>
      <translation>New evaluation</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="85" />
      <source>Premier jour</source>
      <translation>First day</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="83" />
      <source>Titre *</source>
      <translation>Title *</translation>
    </message>
  </context>
  <context>
    <name>CashCorrectionDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="291" />
      <source>(personne)</source>
      <translation>(nobody)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="289" />
      <source>-2,00 pour une sortie</source>
      <translation>-2.00 for money going out</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="287" />
      <source>Correction de la caisse</source>
      <translation>Cash correction</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="297" />
      <source>Montant (+ ou −) *</source>
      <translation>Amount (+ or −) *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="298" />
      <source>Pourquoi ? *</source>
      <translation>Why? *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="299" />
      <source>Qui corrige</source>
      <translation>Who is correcting</translation>
    </message>
  </context>
  <context>
    <name>ChangeDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="219" />
      <source>Pourquoi</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="213" />
      <source>par exemple : rendez-vous médical</source>
      <translation>for example: doctor's appointment</translation>
    </message>
  </context>
  <context>
    <name>ChangePinDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="45" />
      <source>Ancien code</source>
      <translation>Old code</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="44" />
      <source>Changer le code PIN</source>
      <translation>Change PIN code</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="46" />
      <source>Nouveau code</source>
      <translation>New code</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="47" />
      <source>Nouveau code, encore une fois</source>
      <translation>New code, once more</translation>
    </message>
  </context>
  <context>
    <name>ChecklistTemplatesDialog</name>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="57" />
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="60" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="88" />
      <source>Frigos…</source>
      <translation>Fridges…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="81" />
      <source>Imprimer le nettoyage du mois…</source>
      <translation>Print the month's cleaning…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="90" />
      <source>Les frigos et congélateurs à relever chaque jour</source>
      <translation>The fridges and freezers to read each day</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="48" />
      <source>Lignes de la liste</source>
      <translation>Lines of the list</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="39" />
      <source>Listes du jour</source>
      <translation>Lists for the day</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="58" />
      <source>Modifier</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="79" />
      <source>Mois à imprimer</source>
      <translation>Month to print</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="113" />
      <source>Nettoyage et hygiène</source>
      <translation>Cleaning and hygiene</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="59" />
      <location filename="../../app/ui/delegate/lists.py" line="161" />
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="163" />
      <source>Retirer « {text} » de la liste ? Les jours déjà cochés le gardent.</source>
      <translation>Remove "{text}" from the list? Days already ticked keep it.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="52" />
      <source>Texte de la ligne</source>
      <translation>Text of the line</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="43" />
      <source>Type de journée</source>
      <translation>Type of day</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="53" />
      <source>par exemple : sortir les poubelles</source>
      <translation>for example: take out the bins</translation>
    </message>
  </context>
  <context>
    <name>CircleDetails</name>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="104" />
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="176" />
      <source>Animateur : {lead} · ensuite : {next}</source>
      <translation>Facilitator: {lead} · next: {next}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="178" />
      <source>Animatrice : {lead} · ensuite : {next}</source>
      <translation>Facilitator: {lead} · next: {next}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="127" />
      <source>Apporter au groupe</source>
      <translation>Bring to the group</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="124" />
      <source>Apporter au groupe…</source>
      <translation>Bring to the group…</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="166" />
      <source>Décide seul : {alone}
Apporte au groupe : {group}</source>
      <translation>Decides alone: {alone}
Brings to the group: {group}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="92" />
      <location filename="../../app/ui/decisions/circle_details.py" line="106" />
      <source>Liste de départ</source>
      <translation>Starter checklist</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="172" />
      <source>Membres : {names}</source>
      <translation>Members: {names}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="122" />
      <source>Modifier le compte rendu</source>
      <translation>Edit the minutes</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="98" />
      <source>Nouveau point de la liste</source>
      <translation>New checklist item</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="121" />
      <source>Nouvelle réunion</source>
      <translation>New meeting</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="140" />
      <source>Nouvelle tâche</source>
      <translation>New task</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="81" />
      <source>Passer l'animation</source>
      <translation>Pass on the facilitation</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="117" />
      <location filename="../../app/ui/decisions/circle_details.py" line="131" />
      <source>Réunions</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="138" />
      <source>Tâches du cercle</source>
      <translation>Circle's tasks</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="142" />
      <source>Tâches du cercle (aussi sur Aujourd'hui)</source>
      <translation>Circle's tasks (also on Today)</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="128" />
      <source>Une nouvelle décision du registre, à partir de ce compte rendu</source>
      <translation>A new decision in the register, from these minutes</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="99" />
      <source>par exemple : choisir les fournisseurs</source>
      <translation>for example: choose the suppliers</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="189" />
      <source>pour le {date}</source>
      <translation>by {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="199" />
      <source>{text} (fait le {date})</source>
      <translation>{text} (done on {date})</translation>
    </message>
  </context>
  <context>
    <name>CircleDialog</name>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="95" />
      <source>Apporte au groupe</source>
      <translation>Brings to the group</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="71" />
      <source>Ce que le cercle apporte au groupe</source>
      <translation>What the circle brings to the group</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="66" />
      <source>Ce que le cercle décide seul</source>
      <translation>What the circle decides alone</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="94" />
      <source>Décide seul</source>
      <translation>Decides alone</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="96" />
      <source>Membres *</source>
      <translation>Members *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="74" />
      <source>Membres du cercle</source>
      <translation>Members of the circle</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="53" />
      <source>Modifier le cercle</source>
      <translation>Edit the circle</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="93" />
      <source>Nom *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="61" />
      <source>Nom du cercle</source>
      <translation>Name of the circle</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="53" />
      <source>Nouveau cercle</source>
      <translation>New circle</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="62" />
      <source>par exemple : Achats et stock</source>
      <translation>for example: Purchasing and stock</translation>
    </message>
  </context>
  <context>
    <name>Circles</name>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="31" />
      <source>Animatrice</source>
      <translation>Facilitator</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="25" />
      <source>Cercle</source>
      <translation>Circle</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="50" />
      <source>Compte rendu</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="47" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="27" />
      <source>Membres</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="52" />
      <source>ajout à la liste du cercle</source>
      <translation>addition to the circle's checklist</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="111" />
      <source>animation passée</source>
      <translation>facilitation passed on</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="99" />
      <source>compte rendu modifié</source>
      <translation>minutes edited</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="40" />
      <source>modification d'un cercle</source>
      <translation>change to a circle</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="28" />
      <source>nouveau cercle</source>
      <translation>new circle</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="68" />
      <source>point de la liste coché</source>
      <translation>checklist item ticked</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="86" />
      <source>réunion du cercle</source>
      <translation>circle meeting</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="126" />
      <source>tâche du cercle</source>
      <translation>circle task</translation>
    </message>
  </context>
  <context>
    <name>CirclesPage</name>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="51" />
      <source>Cercles</source>
      <translation>Circles</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="169" />
      <source>Fiche du cercle</source>
      <translation>Circle sheet</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="62" />
      <source>Imprimer la fiche</source>
      <translation>Print the sheet</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="57" />
      <source>Modifier</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="55" />
      <source>Nouveau cercle</source>
      <translation>New circle</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="59" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="43" />
      <source>Un cercle prépare et fait un travail pour le groupe : il décide seul ce que son mandat lui donne, il apporte le reste au groupe.</source>
      <translation>A circle prepares and does a job for the group: it decides alone what its mandate gives it, and brings the rest to the group.</translation>
    </message>
  </context>
  <context>
    <name>ClosingPage</name>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="294" />
      <source> (correction)</source>
      <translation> (correction)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="121" />
      <source>-3,50 pour une sortie</source>
      <translation>-3.50 for money going out</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="100" />
      <source>1. Comptes de la journée (si vous avez compté sur papier)</source>
      <translation>1. Day's figures (if you counted on paper)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="134" />
      <source>2. Argent de la caisse</source>
      <translation>2. Cash box money</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="151" />
      <source>3. Comptage de la caisse à la fin</source>
      <translation>3. Counting the cash box at the end</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="186" />
      <source>4. Clôturer la journée</source>
      <translation>4. Close the day</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="126" />
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="385" />
      <source>Attendu : {e}   ·   Compté : {c}   ·   Différence : {d}</source>
      <translation>Expected: {e}   ·   Counted: {c}   ·   Difference: {d}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="552" />
      <source>Ce que vous avez tapé n'est pas encore enregistré : cliquez d'abord sur {buttons}, puis clôturez la journée.</source>
      <translation>What you typed is not saved yet: first click {buttons}, then close the day.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="115" />
      <source>Ce qui s'est passé, ce qu'il faut retenir</source>
      <translation>What happened, what to remember</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="202" />
      <source>Clôture et corrections</source>
      <translation>Closing and corrections</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="564" />
      <source>Clôturer la journée</source>
      <translation>Close the day</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="566" />
      <source>Clôturer la journée du {date} ? Ensuite, on ne peut plus changer les comptes, seulement ajouter des corrections.</source>
      <translation>Close the day of {date}? After that, the accounts can't be changed, only corrections can be added.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="89" />
      <source>Comptes de la feuille papier</source>
      <translation>Accounts from the paper sheet</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="191" />
      <source>Corriger (après clôture)…</source>
      <translation>Correct (after closing)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="194" />
      <source>Corriger la caisse…</source>
      <translation>Correct the cash box…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="174" />
      <source>Enregistrer le comptage</source>
      <translation>Save the count</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="117" />
      <source>Enregistrer le fonds de caisse et les notes</source>
      <translation>Save the starting cash and the notes</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="96" />
      <source>Enregistrer les comptes</source>
      <translation>Save the figures</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="141" />
      <source>Entrée (+) ou sortie (−) :</source>
      <translation>Money in (+) or out (−):</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="131" />
      <source>Entrées et sorties d'argent</source>
      <translation>Money in and out</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="171" />
      <source>Explication de la différence</source>
      <translation>Reason for the difference</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="111" />
      <source>Fonds de caisse</source>
      <translation>Starting cash</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="136" />
      <source>Fonds de caisse au début :</source>
      <translation>Starting cash at the beginning:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="92" />
      <source>Invendus</source>
      <translation>Unsold</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="314" />
      <source>Journée clôturée le {when} par {who}. Elle ne change plus : utilisez « Corriger ».</source>
      <translation>Day closed on {when} by {who}. It can't change any more: use "Correct".</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="323" />
      <source>Journée ouverte.</source>
      <translation>Day open.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="121" />
      <source>Montant entré ou sorti</source>
      <translation>Amount in or out</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="158" />
      <source>Nombre de {d}</source>
      <translation>Number of {d}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="435" />
      <source>Nombre très grand</source>
      <translation>Number too big</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="114" />
      <source>Notes de la journée</source>
      <translation>Notes for the day</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="138" />
      <source>Notes de la journée :</source>
      <translation>Notes for the day:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="92" />
      <source>Offert ou perdu hors vente</source>
      <translation>Given away or lost outside a sale</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="124" />
      <source>Pourquoi ?</source>
      <translation>Why?</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="124" />
      <source>Raison</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="424" />
      <source>Rien à enregistrer : aucun compte n'a changé.</source>
      <translation>Nothing to save: no count has changed.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="172" />
      <source>S'il y a une différence : pourquoi ?</source>
      <translation>If there is a difference: why?</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="557" />
      <source>« {button} »</source>
      <translation>"{button}"</translation>
    </message>
  </context>
  <context>
    <name>ClosureDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="332" />
      <source>Au</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="331" />
      <source>Du *</source>
      <translation>From *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="318" />
      <source>Nouvelle fermeture</source>
      <translation>New closure</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="325" />
      <source>Pour toutes les cohortes</source>
      <translation>For all cohorts</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="333" />
      <source>Raison</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="324" />
      <source>par exemple : congé d'automne</source>
      <translation>for example: autumn holiday</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="322" />
      <source>vide = un seul jour</source>
      <translation>empty = just one day</translation>
    </message>
  </context>
  <context>
    <name>CohortDialog</name>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="43" />
      <source>Activité</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_action.py" line="54" />
      <source>Cette cohorte a été changée ou supprimée depuis, dans une autre fenêtre : elle reste comme elle est.</source>
      <translation>This cohort was changed or deleted since, in another window: it stays as it is.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_action.py" line="53" />
      <location filename="../../app/ui/cohort_dialog.py" line="18" />
      <source>Cohorte</source>
      <translation>Cohort</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="41" />
      <source>Début</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="42" />
      <source>Fin</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="45" />
      <source>Heures prévues</source>
      <translation>Planned hours</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="44" />
      <source>Matinées prévues</source>
      <translation>Planned mornings</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="40" />
      <source>Nom *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="18" />
      <source>Nouvelle cohorte</source>
      <translation>New cohort</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_action.py" line="48" />
      <source>modification de la cohorte</source>
      <translation>change to the cohort</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="26" />
      <source>par exemple : Coopérative 3</source>
      <translation>for example: Cooperative 3</translation>
    </message>
  </context>
  <context>
    <name>ComponentsDialog</name>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="112" />
      <source>Ingrédients du paquet</source>
      <translation>Ingredients on the pack</translation>
    </message>
  </context>
  <context>
    <name>ComponentsEditor</name>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="73" />
      <source>Ajouter une ligne</source>
      <translation>Add a line</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="67" />
      <source>Allergènes</source>
      <translation>Allergens</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="85" />
      <source>Allergènes, ligne {n}</source>
      <translation>Allergens, line {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="67" />
      <source>Ingrédient</source>
      <translation>Ingredient</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="56" />
      <source>Ingrédient composé : ses propres ingrédients</source>
      <translation>Compound ingredient: its own ingredients</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="83" />
      <source>Ingrédient du paquet, ligne {n}</source>
      <translation>Ingredient on the pack, line {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="66" />
      <source>Ingrédients du paquet</source>
      <translation>Ingredients on the pack</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="58" />
      <source>Seulement si le paquet liste des ingrédients (beurre de cacahuète : arachides, sel). Recopiez-les dans l'ordre du paquet, avec leurs allergènes. L'étiquette les imprime entre parenthèses.</source>
      <translation>Only if the pack lists ingredients (peanut butter: peanuts, salt). Copy them in the pack's order, with their allergens. The label prints them in brackets.</translation>
    </message>
  </context>
  <context>
    <name>ConsentRow</name>
    <message>
      <location filename="../../app/ui/outcomes/consent_row.py" line="57" />
      <source>Accord donné le {date}.</source>
      <translation>Consent given on {date}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/consent_row.py" line="59" />
      <source>Accord retiré le {date}.</source>
      <translation>Consent withdrawn on {date}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/consent_row.py" line="39" />
      <source>Noter son accord</source>
      <translation>Record her consent</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/consent_row.py" line="55" />
      <source>Pas encore d'accord.</source>
      <translation>No consent yet.</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/consent_row.py" line="41" />
      <source>Retirer son accord</source>
      <translation>Withdraw her consent</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="120" />
      <source>(aucune)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="137" />
      <source>E-mail</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="113" />
      <source>Modifier</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="134" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="139" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="113" />
      <source>Nouvelle personne</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="136" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="133" />
      <source>Prénom *</source>
      <translation>First name *</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="135" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="138" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="124" />
      <source>nom@exemple.be</source>
      <translation>name@example.be</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="128" />
      <source>par exemple : a enseigné les étiquettes</source>
      <translation>for example: taught labels</translation>
    </message>
  </context>
  <context>
    <name>CoopLifeTab</name>
    <message>
      <location filename="../../app/ui/decisions/tab.py" line="42" />
      <source>Cercles</source>
      <translation>Circles</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/tab.py" line="37" />
      <source>Charte et règlement</source>
      <translation>Charter and house rules</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/tab.py" line="34" />
      <source>Décisions</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/tab.py" line="52" />
      <source>Vie coopérative</source>
      <translation>Cooperative life</translation>
    </message>
  </context>
  <context>
    <name>CooperativeDialog</name>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="188" />
      <source>(aucun)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="105" />
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="201" />
      <source>Ce fichier n'est pas une image lisible.</source>
      <translation>This file is not a readable image.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_action.py" line="48" />
      <source>Ces paramètres ont été changés depuis, dans une autre fenêtre : ils restent comme ils sont.</source>
      <translation>These settings were changed since, in another window: they stay as they are.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="193" />
      <source>Choisir un logo</source>
      <translation>Choose a logo</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="89" />
      <source>Choisir un logo…</source>
      <translation>Choose a logo…</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="106" />
      <source>E-mail</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="141" />
      <source>IBAN</source>
      <translation>IBAN</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="195" />
      <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
      <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="112" />
      <source>Langue des étiquettes et documents clients</source>
      <translation>Language of labels and customer documents</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="81" />
      <source>Les étiquettes, la liste de prix, les fiches allergènes et les devis.</source>
      <translation>The labels, the price list, the allergen sheets and the quotes.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="109" />
      <source>Ligne « producteur »</source>
      <translation>"Producer" line</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="118" />
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="104" />
      <source>Nom *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="139" />
      <source>N° d'entreprise (BCE)</source>
      <translation>Company number (BCE)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="108" />
      <source>N° d'entreprise / TVA</source>
      <translation>Company / VAT number</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_action.py" line="47" />
      <location filename="../../app/ui/cooperative_dialog.py" line="65" />
      <source>Paramètres de la coopérative</source>
      <translation>Cooperative settings</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="78" />
      <source>Produit par … (imprimé sur les étiquettes)</source>
      <translation>Made by … (printed on the labels)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="143" />
      <source>Qui signe (fonction)</source>
      <translation>Signatory (function)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="142" />
      <source>Qui signe (nom)</source>
      <translation>Signatory (name)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="140" />
      <source>RPM</source>
      <translation>RPM (register of legal entities)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="91" />
      <source>Retirer le logo</source>
      <translation>Remove the logo</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="138" />
      <source>TVA</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="107" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="76" />
      <source>facultatif, par exemple BE 0123.456.789</source>
      <translation>optional, for example BE 0123.456.789</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_action.py" line="42" />
      <source>modification des paramètres de la coopérative</source>
      <translation>editing the cooperative settings</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="129" />
      <source>par exemple 0123.456.749</source>
      <translation>for example 0123.456.749</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="136" />
      <source>par exemple Coordinatrice</source>
      <translation>for example Coordinator</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="131" />
      <source>par exemple RPM Liège, division Liège</source>
      <translation>for example RPM Liège, division Liège</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="133" />
      <source>pour les virements, par exemple BE68 5390 0754 7034</source>
      <translation>for transfers, for example BE68 5390 0754 7034</translation>
    </message>
  </context>
  <context>
    <name>CopyWeekDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="221" />
      <source>Copier la semaine</source>
      <translation>Copy the week</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="227" />
      <source>Copier les matinées de la semaine du {date} vers la semaine du :</source>
      <translation>Copy the mornings of the week of {date} to the week of:</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="232" />
      <source>Semaine</source>
      <translation>Week</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="246" />
      <source>(personne)</source>
      <translation>(nobody)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="255" />
      <source>Ajouter (+) ou enlever (−)</source>
      <translation>Add (+) or take away (−)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="233" />
      <source>Correction après clôture</source>
      <translation>Correction after closing</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="254" />
      <source>Paiement</source>
      <translation>Payment</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="256" />
      <source>Pourquoi ? *</source>
      <translation>Why? *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="252" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="257" />
      <source>Qui corrige</source>
      <translation>Who is correcting</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="253" />
      <source>Quoi</source>
      <translation>What</translation>
    </message>
  </context>
  <context>
    <name>CostPanel</name>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="34" />
      <source>&lt;b&gt;Coût et marge&lt;/b&gt;</source>
      <translation>&lt;b&gt;Cost and margin&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="48" />
      <source>Coût d'une fournée : {batch} (ingrédients {ingredients} + emballage {packaging})</source>
      <translation>Cost of one batch: {batch} (ingredients {ingredients} + packaging {packaging})</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="70" />
      <source>Coût de la commande : {cost}</source>
      <translation>Cost of the order: {cost}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="25" />
      <source>Coût et marge</source>
      <translation>Cost and margin</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="57" />
      <source>Coût par {unit} : {cost}</source>
      <translation>Cost per {unit}: {cost}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="84" />
      <source>Marge : {margin} ({percent}) · coût matière {food} · coefficient {markup}</source>
      <translation>Margin: {margin} ({percent}) · food cost {food} · markup {markup}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="79" />
      <source>Prix : {incl} TVA comprise, soit {excl} hors TVA</source>
      <translation>Price: {incl} including VAT, so {excl} without VAT</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="93" />
      <source>Prix conseillé (coût matière {target}) : {price}</source>
      <translation>Suggested price (food cost {target}): {price}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="64" />
      <source>Sans prix : {names}</source>
      <translation>No price: {names}</translation>
    </message>
  </context>
  <context>
    <name>CostingSettingsDialog</name>
    <message>
      <location filename="../../app/ui/menus/costing_settings_action.py" line="44" />
      <source>Ces réglages ont été changés depuis, dans une autre fenêtre : ils restent comme ils sont.</source>
      <translation>These settings were changed since, in another window: they stay as they are.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="39" />
      <source>Coût matière visé</source>
      <translation>Target food cost</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="43" />
      <source>Coût matière visé : la part du prix hors TVA que coûtent les ingrédients et l'emballage. 30 % veut dire une marge de 70 %.</source>
      <translation>Target food cost: the part of the price without VAT that the ingredients and packaging cost. 30% means a margin of 70%.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="36" />
      <source>TVA alimentation (%)</source>
      <translation>VAT on food (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/costing_settings_action.py" line="43" />
      <location filename="../../app/ui/menus/settings_dialog.py" line="24" />
      <source>TVA et objectif de marge</source>
      <translation>VAT and margin target</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="38" />
      <source>TVA taux normal (%)</source>
      <translation>VAT standard rate (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="37" />
      <source>TVA traiteur et service (%)</source>
      <translation>VAT catering and service (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/costing_settings_action.py" line="38" />
      <source>modification de la TVA et de la marge</source>
      <translation>change to VAT and margin</translation>
    </message>
  </context>
  <context>
    <name>CountDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="33" />
      <source>Compter le stock</source>
      <translation>Count the stock</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="35" />
      <source>Comptez ce qui est sur l'étagère et écrivez-le à côté du lot (par exemple 2,5). Laissez vide un lot que vous n'avez pas compté.</source>
      <translation>Count what is on the shelf and write it next to the lot (for example 2.5). Leave empty a lot you did not count.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="80" />
      <source>Ingrédients</source>
      <translation>Ingredients</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="75" />
      <source>Produits</source>
      <translation>Products</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="45" />
      <source>Raison du comptage *</source>
      <translation>Reason for the count *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="84" />
      <source>Rien en stock à compter.</source>
      <translation>Nothing in stock to count.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="96" />
      <source>compté</source>
      <translation>counted</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="43" />
      <source>par exemple : comptage du vendredi</source>
      <translation>for example: Friday's count</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="64" />
      <source>{ingredient} — lot {lot} (selon les fiches : {left})</source>
      <translation>{ingredient} — lot {lot} (records say: {left})</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="52" />
      <source>{product} — lot {lot} (selon les fiches : {left})</source>
      <translation>{product} — lot {lot} (records say: {left})</translation>
    </message>
  </context>
  <context>
    <name>CustomerPicker</name>
    <message>
      <location filename="../../app/ui/menus/customer_picker.py" line="62" />
      <source>(pas dans le répertoire)</source>
      <translation>(not in the directory)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/customer_picker.py" line="43" />
      <source>Client du répertoire</source>
      <translation>Customer from the directory</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/customer_picker.py" line="88" />
      <source>Commandes passées : {orders}</source>
      <translation>Past orders: {orders}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/customer_picker.py" line="47" />
      <source>Nouveau client…</source>
      <translation>New customer…</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="86" />
      <source>Ajouter une objection</source>
      <translation>Add an objection</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="136" />
      <source>Comment elle a été intégrée</source>
      <translation>How it was integrated</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="97" />
      <source>Date de la décision *</source>
      <translation>Date of the decision *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="77" />
      <location filename="../../app/ui/decisions/decision_dialog.py" line="109" />
      <source>Décision prise</source>
      <translation>Decision taken</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="117" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="63" />
      <source>Modifier la décision</source>
      <translation>Edit the decision</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="63" />
      <source>Nouvelle décision</source>
      <translation>New decision</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="136" />
      <source>Objection</source>
      <translation>Objection</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="108" />
      <source>Objections</source>
      <translation>Objections</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="136" />
      <source>Par</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="117" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="126" />
      <source>Position de {name}</source>
      <translation>Position of {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="107" />
      <source>Positions</source>
      <translation>Positions</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="74" />
      <source>Proposition</source>
      <translation>Proposal</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="104" />
      <source>Proposition *</source>
      <translation>Proposal *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="151" />
      <source>Qui a fait l'objection</source>
      <translation>Who raised the objection</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="76" />
      <location filename="../../app/ui/decisions/decision_dialog.py" line="106" />
      <source>Réactions</source>
      <translation>Reactions</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="100" />
      <source>Révision</source>
      <translation>Review</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="96" />
      <source>Titre</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="75" />
      <location filename="../../app/ui/decisions/decision_dialog.py" line="105" />
      <source>Tour de clarification</source>
      <translation>Clarifying round</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="69" />
      <source>À revoir le</source>
      <translation>Review on</translation>
    </message>
  </context>
  <context>
    <name>Decisions</name>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="94" />
      <source>Adopté le</source>
      <translation>Adopted on</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="45" />
      <source>Consentements</source>
      <translation>Consents</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="32" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="87" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="110" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="50" />
      <source>Objections</source>
      <translation>Objections</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="41" />
      <source>Proposition</source>
      <translation>Proposal</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="55" />
      <source>Révision</source>
      <translation>Review</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="98" />
      <source>Signatures</source>
      <translation>Signatures</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="112" />
      <source>Signé le</source>
      <translation>Signed on</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="37" />
      <source>Titre</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="91" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/commands.py" line="23" />
      <source>ajout d'une décision</source>
      <translation>adding a decision</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/commands.py" line="38" />
      <source>modification d'une décision</source>
      <translation>editing a decision</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/commands.py" line="52" />
      <source>nouvelle version d'un document</source>
      <translation>new version of a document</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/commands.py" line="67" />
      <source>signature d'un document</source>
      <translation>signing a document</translation>
    </message>
  </context>
  <context>
    <name>DecisionsPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/decisions/decisions_page.py" line="122" />
      <source>%n décision(s)</source>
      <translation>
        <numerusform>%n decision</numerusform>
        <numerusform>%n decisions</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="95" />
      <source>Imprimer le registre</source>
      <translation>Print the register</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="89" />
      <source>Modifier</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="86" />
      <source>Nouvelle décision</source>
      <translation>New decision</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="72" />
      <source>Rechercher</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="73" />
      <source>Rechercher un mot dans les décisions…</source>
      <translation>Search a word in the decisions…</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="80" />
      <location filename="../../app/ui/decisions/decisions_page.py" line="221" />
      <source>Registre des décisions</source>
      <translation>Register of decisions</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="92" />
      <location filename="../../app/ui/decisions/decisions_page.py" line="196" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="197" />
      <source>Un partage du bénéfice reste dans le registre : il est lié aux ventes de la cohorte. Vous pouvez le modifier.</source>
      <translation>A profit sharing stays in the register: it is tied to the cohort's sales. You can edit it.</translation>
    </message>
  </context>
  <context>
    <name>Directory</name>
    <message>
      <location filename="../../app/ui/people/directory_commands.py" line="24" />
      <location filename="../../app/ui/people/directory_commands.py" line="52" />
      <source>ajout de {name}</source>
      <translation>adding {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_commands.py" line="39" />
      <location filename="../../app/ui/people/directory_commands.py" line="65" />
      <source>modification de {name}</source>
      <translation>editing {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_commands.py" line="81" />
      <source>{mentor} accompagne {member}</source>
      <translation>{mentor} mentors {member}</translation>
    </message>
  </context>
  <context>
    <name>DirectoryCustomers</name>
    <message>
      <location filename="../../app/ui/menus/directory_customers.py" line="44" />
      <source>Nouveau client</source>
      <translation>New customer</translation>
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
      <translation>Orders</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="14" />
      <location filename="../../app/ui/people/directory_models.py" line="27" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="29" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="28" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="15" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="16" />
      <location filename="../../app/ui/people/directory_models.py" line="30" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPage</name>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="233" />
      <source>Accompagne : {names}</source>
      <translation>Mentors: {names}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="119" />
      <source>Accompagner une membre…</source>
      <translation>Mentor a member…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="188" />
      <source>Adresse : {address}</source>
      <translation>Address: {address}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="69" />
      <source>Ajouter une organisation</source>
      <translation>Add an organisation</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="110" />
      <source>Ajouter une personne</source>
      <translation>Add a person</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="203" />
      <source>Commandes : {orders}</source>
      <translation>Orders: {orders}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="191" />
      <source>Comment y aller : {note}</source>
      <translation>How to get there: {note}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="75" />
      <location filename="../../app/ui/people/directory_page.py" line="113" />
      <source>Modifier</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="58" />
      <location filename="../../app/ui/people/directory_page.py" line="81" />
      <source>Organisations</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="196" />
      <source>Personnes : {names}</source>
      <translation>People: {names}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="99" />
      <source>Personnes extérieures</source>
      <translation>Outside people</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="122" />
      <source>Personnes extérieures (marraines, intervenantes…)</source>
      <translation>Outside people (mentors, speakers…)</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="42" />
      <source>Rechercher</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="43" />
      <source>Rechercher un nom, une adresse, un téléphone…</source>
      <translation>Search a name, an address, a phone…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="240" />
      <source>Ses matinées : {dates}</source>
      <translation>Her mornings: {dates}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="78" />
      <location filename="../../app/ui/people/directory_page.py" line="116" />
      <source>Supprimer</source>
      <translation>Delete</translation>
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
      <translation>Charter and house rules</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="139" />
      <source>Nouvelle version</source>
      <translation>New version</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/decisions/documents_page.py" line="180" />
      <source>Pas encore signée par %n membre(s) de la cohorte.</source>
      <translation>
        <numerusform>Not yet signed by %n member of the cohort.</numerusform>
        <numerusform>Not yet signed by %n members of the cohort.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="136" />
      <source>Signatures</source>
      <translation>Signatures</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="141" />
      <source>Signer</source>
      <translation>Sign</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="132" />
      <source>Texte du document</source>
      <translation>Text of the document</translation>
    </message>
  </context>
  <context>
    <name>EmphasisBox</name>
    <message>
      <location filename="../../app/ui/menus/emphasis_box.py" line="57" />
      <source>Coché : le nom du produit met cet ingrédient en avant, son pourcentage est imprimé sur l'étiquette.</source>
      <translation>Ticked: the product's name highlights this ingredient; its percentage is printed on the label.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/emphasis_box.py" line="50" />
      <source>Le nom du produit évoque cet ingrédient : son pourcentage sera imprimé. Cliquez pour confirmer (coché) ou refuser (vide).</source>
      <translation>The product's name suggests this ingredient: its percentage will be printed. Click to confirm (ticked) or refuse (empty).</translation>
    </message>
  </context>
  <context>
    <name>EvaluationPinDialog</name>
    <message>
      <location filename="../../app/ui/safety/pin_dialog.py" line="32" />
      <location filename="../../app/ui/safety/pin_dialog.py" line="34" />
      <source>Code PIN</source>
      <translation>PIN code</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/pin_dialog.py" line="24" />
      <source>Code PIN des évaluations</source>
      <translation>Evaluations PIN code</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/pin_dialog.py" line="26" />
      <source>Ses données contiennent des évaluations. Seule la coordinatrice peut les exporter ou les effacer : tapez le code PIN des évaluations.</source>
      <translation>Her data contains evaluations. Only the coordinator may export or erase them: type the evaluations PIN code.</translation>
    </message>
  </context>
  <context>
    <name>EvaluationsTab</name>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="85" />
      <source>Auto-évaluation et pairs</source>
      <translation>Self-assessment and peers</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="90" />
      <source>Bilans individuels</source>
      <translation>Individual reviews</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="109" />
      <source>Changer le code PIN…</source>
      <translation>Change PIN code…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="95" />
      <source>Compétences et échelle</source>
      <translation>Skills and scale</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="112" />
      <source>Données privées : verrouillez avant de quitter l'ordinateur.</source>
      <translation>Private data: lock before leaving the computer.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="80" />
      <source>Grille d'observation</source>
      <translation>Observation grid</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="103" />
      <source>Verrouiller</source>
      <translation>Lock</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="106" />
      <source>Verrouiller les évaluations (Ctrl+L)</source>
      <translation>Lock the evaluations (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="142" />
      <source>Évaluations</source>
      <translation>Evaluations</translation>
    </message>
  </context>
  <context>
    <name>EvaluatorsDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="69" />
      <source>Au moins deux évaluatrices observent chaque membre.</source>
      <translation>At least two evaluators observe each member.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="56" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="59" />
      <source>Évaluatrices</source>
      <translation>Evaluators</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="88" />
      <source>(aucune)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="86" />
      <source>(personne)</source>
      <translation>(nobody)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="123" />
      <source>Commande (onglet Menus)</source>
      <translation>Order (Menus tab)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="119" />
      <source>Date *</source>
      <translation>Date *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="169" />
      <source>Deuxième vente le même jour</source>
      <translation>Second sale on the same day</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="122" />
      <source>Déléguée du jour</source>
      <translation>Delegate of the day</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="125" />
      <source>Fonds de caisse</source>
      <translation>Starting cash</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="171" />
      <source>Il y a déjà une vente le {date} à cet endroit : « {title} ». Créer quand même une deuxième vente ?</source>
      <translation>There is already a sale on {date} at this place: “{title}”. Create a second sale anyway?</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="130" />
      <source>Les prix sont copiés maintenant : changer une recette plus tard ne change pas cette vente.</source>
      <translation>Prices are copied now: changing a recipe later does not change this sale.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="121" />
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="81" />
      <source>Nouvelle vente</source>
      <translation>New sale</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="124" />
      <source>Produits en vente *</source>
      <translation>Products on sale *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="120" />
      <source>Type de vente *</source>
      <translation>Type of sale *</translation>
    </message>
  </context>
  <context>
    <name>ExpenseDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="344" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="341" />
      <source>Date *</source>
      <translation>Date *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="342" />
      <source>Fournisseur</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="332" />
      <source>Liée à la vente du {d}</source>
      <translation>Linked to the sale of {d}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="343" />
      <source>Montant *</source>
      <translation>Amount *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="322" />
      <source>Nouvelle dépense</source>
      <translation>New expense</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="346" />
      <source>N° du ticket</source>
      <translation>Receipt number</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="345" />
      <source>Payé par</source>
      <translation>Paid by</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="347" />
      <source>Vente</source>
      <translation>Sale</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="329" />
      <source>la caisse (rien à rembourser)</source>
      <translation>the cash box (nothing to pay back)</translation>
    </message>
  </context>
  <context>
    <name>ExpensesPage</name>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="88" />
      <source>Ajouter une dépense</source>
      <translation>Add an expense</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="91" />
      <source>Annuler cette dépense…</source>
      <translation>Cancel this expense…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="153" />
      <source>Annuler une dépense</source>
      <translation>Cancel an expense</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="80" />
      <source>Dépenses de la cohorte</source>
      <translation>Cohort expenses</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="94" />
      <source>Marquer remboursée</source>
      <translation>Mark as paid back</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="154" />
      <source>On garde la dépense et on ajoute une dépense contraire. Pourquoi ?</source>
      <translation>We keep the expense and add an opposite expense. Why?</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="131" />
      <source>Rien à rembourser.</source>
      <translation>Nothing to pay back.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="129" />
      <source>À rembourser : {list}</source>
      <translation>To pay back: {list}</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="192" />
      <source>&lt; Retour</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="194" />
      <source>Plus tard</source>
      <translation>Later</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="177" />
      <source>Premier démarrage</source>
      <translation>First start</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="191" />
      <source>Suivant &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="193" />
      <source>Terminer</source>
      <translation>Finish</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <location filename="../../app/ui/dialogs.py" line="61" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="58" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>FormEntryDialog</name>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="115" />
      <source>1 à 5</source>
      <translation>1 to 5</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="94" />
      <source>Annuler le dernier formulaire (Ctrl+Z)</source>
      <translation>Undo the last form (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="91" />
      <source>Enregistrer et formulaire suivant (Ctrl+Entrée)</source>
      <translation>Save and next form (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="96" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="124" />
      <source>Formulaire {n}</source>
      <translation>Form {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="68" />
      <source>Saisir les formulaires</source>
      <translation>Type the forms</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="142" />
      <source>formulaire {n}</source>
      <translation>form {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="99" />
      <source>{product}, {place} : tapez les réponses d'un formulaire papier.</source>
      <translation>{product}, {place}: type the answers of one paper form.</translation>
    </message>
  </context>
  <context>
    <name>FrameworkPage</name>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="75" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="209" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="221" />
      <source>Adjectif</source>
      <translation>Adjective</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="77" />
      <source>Adjectifs</source>
      <translation>Adjectives</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="99" />
      <source>Adjectifs (pour toutes les cohortes)</source>
      <translation>Adjectives (for all cohorts)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="83" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="103" />
      <source>Ajouter…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="65" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="165" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="71" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="199" />
      <source>Ce que l'on observe</source>
      <translation>What we observe</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="65" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="165" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="175" />
      <source>Compétence</source>
      <translation>Skill</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="68" />
      <source>Compétences</source>
      <translation>Skills</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="79" />
      <source>Compétences de la cohorte</source>
      <translation>Cohort skills</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="75" />
      <source>Explication</source>
      <translation>Explanation</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="209" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="222" />
      <source>Explication simple</source>
      <translation>Simple explanation</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="219" />
      <source>Modifier l'adjectif</source>
      <translation>Edit the adjective</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="95" />
      <source>Modifier le niveau…</source>
      <translation>Edit the level…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="104" />
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="71" />
      <source>Niveau</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="196" />
      <source>Niveau {n}</source>
      <translation>Level {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="71" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="198" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="208" />
      <source>Nouvel adjectif</source>
      <translation>New adjective</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="164" />
      <source>Nouvelle compétence</source>
      <translation>New skill</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="174" />
      <source>Renommer la compétence</source>
      <translation>Rename the skill</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="84" />
      <source>Renommer…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="86" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="106" />
      <source>Retirer / remettre</source>
      <translation>Remove / put back</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="129" />
      <source>retirée</source>
      <translation>removed</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="129" />
      <source>utilisée</source>
      <translation>in use</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="73" />
      <source>Échelle</source>
      <translation>Scale</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="91" />
      <source>Échelle de notes</source>
      <translation>Rating scale</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="65" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="75" />
      <source>État</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>GridPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/evaluations/grid_page.py" line="272" />
      <source>%n jour(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/evaluations/grid_page.py" line="273" />
      <source>%n évaluatrice(s)</source>
      <translation>
        <numerusform>%n evaluator</numerusform>
        <numerusform>%n evaluators</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="342" />
      <source>Accord entre évaluatrices ({n} paires de notes) : {exact} identiques, {close} à un niveau près. Kappa pondéré : {kappa}.</source>
      <translation>Agreement between evaluators ({n} pairs of scores): {exact} identical, {close} within one level. Weighted kappa: {kappa}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="336" />
      <source>Accord entre évaluatrices : pas encore de notes à comparer.</source>
      <translation>Agreement between evaluators: no scores to compare yet.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="241" />
      <source>Aucune grille : créez-en une.</source>
      <translation>No grid: create one.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="129" />
      <source>Commentaire</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="388" />
      <source>Commentaire pour {name}</source>
      <translation>Comment for {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="166" />
      <source>Commentaires</source>
      <translation>Comments</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="129" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="166" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="176" />
      <source>Compétence</source>
      <translation>Skill</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="181" />
      <source>Désaccords</source>
      <translation>Disagreements</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="169" />
      <source>Détail du membre</source>
      <translation>Member details</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="134" />
      <source>Enregistrer la fiche</source>
      <translation>Save the sheet</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="136" />
      <source>Enregistrer la fiche (Ctrl+S)</source>
      <translation>Save the sheet (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="127" />
      <source>Fiche d'observation</source>
      <translation>Observation sheet</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="456" />
      <source>Fiche de {name}, jour {day}</source>
      <translation>Sheet of {name}, day {day}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/evaluations/grid_page.py" line="467" />
      <source>Fiche enregistrée : %n note(s).</source>
      <translation>
        <numerusform>Sheet saved: %n score.</numerusform>
        <numerusform>Sheet saved: %n scores.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="101" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="495" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="504" />
      <source>Finaliser</source>
      <translation>Finalise</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="496" />
      <source>Finaliser cette grille ? Les notes ne pourront plus changer.</source>
      <translation>Finalise this grid? The scores can't change after that.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="268" />
      <source>Finalisée</source>
      <translation>Finalised</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="104" />
      <source>Grille :</source>
      <translation>Grid:</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="120" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="177" />
      <source>Jour</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="117" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="156" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="175" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="166" />
      <source>Médiane</source>
      <translation>Median</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="189" />
      <source>Médiane des notes par catégorie</source>
      <translation>Median score per category</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="190" />
      <source>Médiane par compétence du membre choisi</source>
      <translation>Median per skill for the chosen member</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="161" />
      <source>Médianes par membre</source>
      <translation>Medians per member</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="129" />
      <source>Niveau</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="380" />
      <source>Niveau pour {name}</source>
      <translation>Level for {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="158" />
      <source>Nombre de notes</source>
      <translation>Number of scores</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="178" />
      <source>Notes différentes</source>
      <translation>Different scores</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="96" />
      <source>Nouvelle grille d'observation (Ctrl+N)</source>
      <translation>New observation grid (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="93" />
      <source>Nouvelle grille…</source>
      <translation>New grid…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="185" />
      <source>Résultats</source>
      <translation>Results</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="147" />
      <source>Saisie d'une fiche</source>
      <translation>Filling in a sheet</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="121" />
      <source>jour </source>
      <translation>day </translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="271" />
      <source>{days}, {evaluators}</source>
      <translation>{days}, {evaluators}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="191" />
      <source>À discuter avant l'entretien (2 niveaux d'écart ou plus)</source>
      <translation>To discuss before the interview (2 levels apart or more)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="89" />
      <source>Évaluation</source>
      <translation>Evaluation</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="114" />
      <source>Évaluatrice</source>
      <translation>Evaluator</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="99" />
      <source>Évaluatrices…</source>
      <translation>Evaluators…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="381" />
      <source>— pas observé</source>
      <translation>— not observed</translation>
    </message>
  </context>
  <context>
    <name>HandoverDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="126" />
      <source>Ce qui est fait</source>
      <translation>What is done</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="127" />
      <source>La suite</source>
      <translation>What comes next</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="111" />
      <source>Passation</source>
      <translation>Handover</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="114" />
      <source>Pour la prochaine déléguée : ce qui est fait, ce qui reste à faire.</source>
      <translation>For the next delegate: what is done, what is still to do.</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../app/ui/help/content.py" line="55" />
      <source>Annuler / rétablir le dernier appui</source>
      <translation>Undo / redo the last tap</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="39" />
      <source>Aperçu et impression</source>
      <translation>Preview and print</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="99" />
      <source>Calculez avant de dépenser : regardez le prix de revient avant de fixer le prix.</source>
      <translation>Calculate before spending: look at the cost price before setting the price.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="42" />
      <source>Changer le nombre d'étiquettes</source>
      <translation>Change the number of labels</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="169" />
      <source>Cherchez un nom dans la case de recherche.</source>
      <translation>Look for a name in the search box.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="110" />
      <source>Choisissez la feuille d'étiquettes que vous avez.</source>
      <translation>Choose the label sheet you have.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="138" />
      <source>Choisissez la grille, les regards entre pairs ou les bilans.</source>
      <translation>Choose the grid, the peer views or the reports.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="118" />
      <source>Choisissez la journée de vente.</source>
      <translation>Choose the sales day.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="87" />
      <source>Choisissez la vue : semaine, liste ou présences.</source>
      <translation>Choose the view: week, list or attendance.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="107" />
      <source>Cliquez sur le produit, puis tapez le nombre d'étiquettes.</source>
      <translation>Click the product, then type the number of labels.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="165" />
      <source>Cliquez sur « Ajouter » pour une nouvelle personne.</source>
      <translation>Click “Add” for a new person.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="111" />
      <source>Cliquez sur « Aperçu et impression… » (Ctrl+P), puis « Imprimer ».</source>
      <translation>Click “Preview and print…” (Ctrl+P), then “Print”.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="74" />
      <source>Cochez les tâches faites dans la liste.</source>
      <translation>Tick the tasks done in the list.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="57" />
      <source>Comment faire ?</source>
      <translation>How do I do it?</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="89" />
      <source>Dans « Présences », cochez les personnes présentes.</source>
      <translation>In “Attendance”, tick the people present.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="168" />
      <source>Double-cliquez sur un nom pour le modifier.</source>
      <translation>Double-click a name to change it.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="88" />
      <source>Double-cliquez sur une matinée pour la modifier.</source>
      <translation>Double-click a morning to change it.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="97" />
      <source>Ensuite les recettes : ingrédients et quantités.</source>
      <translation>Then the recipes: ingredients and quantities.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="41" />
      <source>Entrée</source>
      <translation>Enter</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="106" />
      <source>Imprimer des étiquettes</source>
      <translation>Print labels</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="86" />
      <source>L'horaire</source>
      <translation>The schedule</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="128" />
      <source>La liste montre qui est déléguée chaque jour.</source>
      <translation>The list shows who is delegate each day.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="147" />
      <source>La vie coopérative</source>
      <translation>Cooperative life</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="98" />
      <source>Le prix de revient se calcule tout seul.</source>
      <translation>The cost price is calculated by itself.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="78" />
      <source>Le soir : « Ouvrir les ventes », puis « Clôturer la journée » avec la caisse.</source>
      <translation>In the evening: “Open sales”, then “Close the day” with the till.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="121" />
      <source>Le soir, ouvrez « Fin de journée », comptez la caisse et clôturez.</source>
      <translation>In the evening, open “End of day”, count the till and close.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="127" />
      <source>Les déléguées</source>
      <translation>The delegates</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="96" />
      <source>Les ingrédients d'abord : nom, prix, unité.</source>
      <translation>Ingredients first: name, price, unit.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="164" />
      <source>Les membres</source>
      <translation>The members</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="117" />
      <source>Les ventes du jour</source>
      <translation>The day's sales</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="136" />
      <source>Les évaluations</source>
      <translation>Evaluations</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="70" />
      <source>Ma journée</source>
      <translation>My day</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="49" />
      <source>Maj+F1 … Maj+F9</source>
      <translation>Shift+F1 … Shift+F9</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="95" />
      <source>Menus et recettes</source>
      <translation>Menus and recipes</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="52" />
      <source>Mode de paiement</source>
      <translation>Payment method</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="170" />
      <source>Ne notez rien sur les papiers ni le titre de séjour.</source>
      <translation>Write nothing about papers or residence permits.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="36" />
      <source>Nouvelle tâche</source>
      <translation>New task</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="46" />
      <source>Nouvelle vente</source>
      <translation>New sale</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="151" />
      <source>Pour chaque membre, choisissez sa position.</source>
      <translation>For each member, choose her position.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="71" />
      <source>Regardez qui est la déléguée du jour et ce qui est prévu.</source>
      <translation>See who is the delegate of the day and what is planned.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="137" />
      <source>Tapez le code PIN pour ouvrir.</source>
      <translation>Type the PIN code to open.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="50" />
      <source>Un produit de moins</source>
      <translation>One product fewer</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="47" />
      <source>Un produit vendu de plus</source>
      <translation>One more product sold</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="120" />
      <source>Une erreur ? Annulez avec Ctrl+Z.</source>
      <translation>A mistake? Undo with Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="152" />
      <source>Une objection : écrivez qui la fait et comment elle est intégrée.</source>
      <translation>An objection: write who raises it and how it is integrated.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="129" />
      <source>Une personne absente ? Notez son indisponibilité.</source>
      <translation>Someone absent? Record her unavailability.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="60" />
      <source>Verrouiller les évaluations</source>
      <translation>Lock the evaluations</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="141" />
      <source>Verrouillez avant de quitter l'ordinateur (Ctrl+L).</source>
      <translation>Lock before leaving the computer (Ctrl+L).</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="158" />
      <source>« Cercles » : un petit groupe, son mandat, ses membres, ses tâches.</source>
      <translation>“Circles”: a small group, its mandate, its members, its tasks.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="155" />
      <source>« Charte et règlement » : chaque membre signe la version en cours.</source>
      <translation>“Charter and house rules”: each member signs the current version.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="148" />
      <source>« Nouvelle décision » : écrivez la proposition, puis les tours.</source>
      <translation>“New decision”: write the proposal, then the rounds.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="119" />
      <source>À chaque vente, cliquez sur le bouton du produit.</source>
      <translation>At each sale, click the product's button.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="130" />
      <source>Échangez deux jours si deux personnes sont d'accord.</source>
      <translation>Swap two days if two people agree.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="35" />
      <source>Écrire la passation</source>
      <translation>Write the handover</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="82" />
      <source>Écrivez la passation pour la déléguée de demain.</source>
      <translation>Write the handover for tomorrow's delegate.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="75" />
      <source>Étiquettes : cliquez sur « Imprimer les étiquettes ».</source>
      <translation>Labels: click “Print the labels”.</translation>
    </message>
  </context>
  <context>
    <name>HelpPanel</name>
    <message>
      <location filename="../../app/ui/help/dock.py" line="27" />
      <source>Aide de l'onglet</source>
      <translation>Help for this tab</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/dock.py" line="59" />
      <source>Aller à un onglet</source>
      <translation>Go to a tab</translation>
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
      <translation>How do I do it?</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/dock.py" line="62" />
      <source>Passer au champ suivant / précédent</source>
      <translation>Go to the next / previous field</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/dock.py" line="46" />
      <source>Raccourcis clavier</source>
      <translation>Keyboard shortcuts</translation>
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
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="124" />
      <source>Allergènes (contient)</source>
      <translation>Allergens (contains)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="109" />
      <source>Fournisseur</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="94" />
      <source>Le tableau du paquet, recopié une fois, pour les étiquettes des produits.</source>
      <translation>The pack's table, copied once, for the products' labels.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="62" />
      <source>Modifier l'ingrédient</source>
      <translation>Edit the ingredient</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="104" />
      <source>Nom *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="117" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="62" />
      <source>Nouvel ingrédient</source>
      <translation>New ingredient</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="125" />
      <source>Peut contenir des traces de</source>
      <translation>May contain traces of</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="110" />
      <source>Poids d'une pièce (g)</source>
      <translation>Weight of one piece (g)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="211" />
      <source>Prix connus (un nouveau prix garde les anciens) :</source>
      <translation>Known prices (a new price keeps the old ones):</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="107" />
      <source>Prix du paquet (€) *</source>
      <translation>Pack price (€) *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="108" />
      <source>Prix valable depuis le</source>
      <translation>Price valid from</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="81" />
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="176" />
      <source>Ses ingrédients…</source>
      <translation>Its ingredients…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="172" />
      <source>Ses ingrédients… ({names})</source>
      <translation>Its ingredients… ({names})</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="84" />
      <source>Seulement si le paquet liste des ingrédients (beurre de cacahuète : arachides, sel). L'étiquette les imprime entre parenthèses.</source>
      <translation>Only if the pack lists ingredients (peanut butter: peanuts, salt). The label prints them in brackets.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="113" />
      <source>Sur le paquet</source>
      <translation>On the pack</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="106" />
      <source>Taille du paquet *</source>
      <translation>Pack size *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="105" />
      <source>Unité d'achat</source>
      <translation>Buying unit</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="91" />
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="165" />
      <source>Valeurs nutritionnelles…</source>
      <translation>Nutrition values…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="161" />
      <source>Valeurs nutritionnelles… ({kcal} kcal)</source>
      <translation>Nutrition values… ({kcal} kcal)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="203" />
      <source>depuis le {date} : {size} pour {price}</source>
      <translation>from {date}: {size} for {price}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="68" />
      <source>par exemple 1 ou 500</source>
      <translation>for example 1 or 500</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="70" />
      <source>par exemple 6,49</source>
      <translation>for example 6.49</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="73" />
      <source>par exemple Colruyt, marché de la Batte</source>
      <translation>for example Colruyt, La Batte market</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="76" />
      <source>pour les étiquettes, par exemple 55 pour un œuf</source>
      <translation>for the labels, e.g. 55 for an egg</translation>
    </message>
  </context>
  <context>
    <name>IngredientsPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/ingredients_page.py" line="89" />
      <source>%n ingrédient(s)</source>
      <translation>
        <numerusform>%n ingredient</numerusform>
        <numerusform>%n ingredients</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="42" />
      <source>Allergènes</source>
      <translation>Allergens</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="36" />
      <source>Depuis le</source>
      <translation>Since</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="40" />
      <source>Fournisseur</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="22" />
      <source>Ingrédient</source>
      <translation>Ingredient</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="74" />
      <source>Modifier</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="65" />
      <source>Montrer les ingrédients inactifs</source>
      <translation>Show inactive ingredients</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="71" />
      <source>Nouvel ingrédient</source>
      <translation>New ingredient</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="24" />
      <source>Paquet</source>
      <translation>Pack</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="30" />
      <source>Prix du paquet</source>
      <translation>Pack price</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="50" />
      <source>Recettes</source>
      <translation>Recipes</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="64" />
      <source>Rechercher un ingrédient ou un fournisseur…</source>
      <translation>Search for an ingredient or a supplier…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="77" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="46" />
      <source>Traces</source>
      <translation>Traces</translation>
    </message>
  </context>
  <context>
    <name>KitchenPrinting</name>
    <message>
      <location filename="../../app/ui/kitchen/printing.py" line="27" />
      <source>Allergènes — {name}</source>
      <translation>Allergens — {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/printing.py" line="37" />
      <source>Liste des prix du stand</source>
      <translation>Stand price list</translation>
    </message>
  </context>
  <context>
    <name>LabelProducts</name>
    <message>
      <location filename="../../app/ui/labels/model.py" line="110" />
      <source>Il manque : {missing}</source>
      <translation>Missing: {missing}</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="121" />
      <source>Nombre d'étiquettes</source>
      <translation>Number of labels</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="34" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="108" />
      <source>Prêt</source>
      <translation>Ready</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="106" />
      <source>Prêt, à vérifier : {warning}</source>
      <translation>Ready, to check: {warning}</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="36" />
      <source>Quantité nette</source>
      <translation>Net quantity</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="40" />
      <source>État</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="38" />
      <source>Étiquettes</source>
      <translation>Labels</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../app/ui/labels/commands.py" line="24" />
      <source>suppression du modèle {name}</source>
      <translation>deleting the template {name}</translation>
    </message>
  </context>
  <context>
    <name>LabelsTab</name>
    <message numerus="yes">
      <location filename="../../app/ui/labels/tab.py" line="372" />
      <source>%n feuille(s) {name}</source>
      <translation>
        <numerusform>%n {name} sheet</numerusform>
        <numerusform>%n {name} sheets</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/labels/tab.py" line="371" />
      <source>%n étiquette(s)</source>
      <translation>
        <numerusform>%n label</numerusform>
        <numerusform>%n labels</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="122" />
      <source>1. Produits : tapez le nombre d'étiquettes</source>
      <translation>1. Products: type the number of labels</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="161" />
      <source>2. Impression</source>
      <translation>2. Printing</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="180" />
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="189" />
      <source>Aperçu et impression…</source>
      <translation>Preview and print…</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="143" />
      <source>Aucun</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="110" />
      <source>Aucun produit. Créez d'abord les recettes (ingrédients, quantité nette, durée de conservation) dans l'onglet Menus.</source>
      <translation>No products. First create the recipes (ingredients, net quantity, shelf life) in the Menus tab.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="341" />
      <source>Ce n'est pas la date d'aujourd'hui ({today}). Vérifiez-la.</source>
      <translation>This is not today's date ({today}). Check it.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="145" />
      <source>Code 128 (code produit, lettres permises)</source>
      <translation>Code 128 (product code, letters allowed)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="176" />
      <source>Code-barres</source>
      <translation>Barcode</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="166" />
      <source>Date de production</source>
      <translation>Production date</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="201" />
      <source>Décalage vers la droite</source>
      <translation>Shift to the right</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="202" />
      <source>Décalage vers le bas</source>
      <translation>Shift down</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="144" />
      <source>EAN-13 (code produit)</source>
      <translation>EAN-13 (product code)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="173" />
      <source>Feuille d'étiquettes</source>
      <translation>Label sheet</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="204" />
      <source>Garder ce décalage</source>
      <translation>Keep this shift</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="218" />
      <source>Imprimante</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="275" />
      <source>Langue des étiquettes : {language}. Pour la changer : Fichier &gt; Paramètres de la coopérative.</source>
      <translation>Language of the labels: {language}. To change it: File &gt; Cooperative settings.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="376" />
      <source>Les {n} premières (en gris) sont déjà utilisées.</source>
      <translation>The first {n} (in grey) are already used.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="151" />
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="210" />
      <source>Nouveau modèle…</source>
      <translation>New template…</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="175" />
      <source>Numéro de lot</source>
      <translation>Lot number</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="120" />
      <source>Ouvrir la recette</source>
      <translation>Open the recipe</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="466" />
      <source>Page de réglage</source>
      <translation>Test page</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="207" />
      <source>Page de réglage…</source>
      <translation>Test page…</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="150" />
      <source>Petite histoire</source>
      <translation>Short story</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="149" />
      <source>Prix</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="93" />
      <source>Produits et nombre d'étiquettes</source>
      <translation>Products and number of labels</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="146" />
      <source>QR code (code produit, nom, lot, date, contact)</source>
      <translation>QR code (product code, name, lot, date, contact)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="215" />
      <source>Réglages de la feuille</source>
      <translation>Sheet settings</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="213" />
      <source>Supprimer ce modèle</source>
      <translation>Delete this template</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="503" />
      <source>Supprimer le modèle</source>
      <translation>Delete the template</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="505" />
      <source>Supprimer le modèle « {name} » ? Vous pourrez annuler (Ctrl+Z).</source>
      <translation>Delete the template "{name}"? You can undo it (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="362" />
      <source>Tapez un nombre d'étiquettes à côté d'un produit. Sur le dessin de la feuille, cliquez sur la première étiquette libre.</source>
      <translation>Type a number of labels next to a product. On the picture of the sheet, click the first free label.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="192" />
      <source>Voir les étiquettes, puis imprimer (Ctrl+P)</source>
      <translation>See the labels, then print (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="350" />
      <source>automatique : {lot}</source>
      <translation>automatic: {lot}</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="370" />
      <source>{labels} sur {sheets}.</source>
      <translation>{labels} on {sheets}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="389" />
      <source>« {name} » : il manque {missing}.</source>
      <translation>"{name}": {missing} is missing.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="395" />
      <source>« {name} » est prêt.</source>
      <translation>"{name}" is ready.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="249" />
      <location filename="../../app/ui/labels/tab.py" line="454" />
      <source>Étiquettes</source>
      <translation>Labels</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="174" />
      <source>Étiquettes déjà utilisées</source>
      <translation>Labels already used</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <location filename="../../app/ui/menus/list_page.py" line="56" />
      <source>Rechercher</source>
      <translation>Search</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" line="163" />
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="399" />
      <source>&lt;h3&gt;Coopér'Actives Cuisine {version}&lt;/h3&gt;&lt;p&gt;L'application des coopératives éphémères de cuisine : planning, menus, étiquettes, ventes, déléguée du jour et évaluations.&lt;/p&gt;&lt;p&gt;Base de données : {path}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Coopér'Actives Cuisine {version}&lt;/h3&gt;&lt;p&gt;The app for short-term cooking cooperatives: planning, menus, labels, sales, delegate of the day and evaluations.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="175" />
      <source>A&amp;ide</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="248" />
      <source>Aucune cohorte</source>
      <translation>No cohort</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="272" />
      <source>Bienvenue ! Commencez par décrire votre coopérative : son nom, son adresse.</source>
      <translation>Welcome! Start by describing your cooperative: its name, its address.</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="53" />
      <location filename="../../app/ui/main_window.py" line="150" />
      <source>Cohorte</source>
      <translation>Cohort</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="153" />
      <source>Cohorte :</source>
      <translation>Cohort:</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="248" />
      <source>Cohorte : {name}</source>
      <translation>Cohort: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="209" />
      <source>Commencer</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="283" />
      <source>Créer une cohorte</source>
      <translation>Create a cohort</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="281" />
      <source>Créez maintenant la première cohorte, puis ajoutez ses membres.</source>
      <translation>Now create the first cohort, then add its members.</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="276" />
      <source>Décrire la coopérative</source>
      <translation>Describe the cooperative</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="257" />
      <source>Délégué du jour : {name}</source>
      <translation>Delegate of the day: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="259" />
      <source>Déléguée du jour : {name}</source>
      <translation>Delegate of the day: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="134" />
      <source>Modifier la cohorte…</source>
      <translation>Edit the cohort…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="127" />
      <source>Nouvelle cohorte…</source>
      <translation>New cohort…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="118" />
      <source>Paramètres de la coopérative…</source>
      <translation>Cooperative settings…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="137" />
      <source>Quitter</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="397" />
      <source>À propos</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="146" />
      <source>À propos…</source>
      <translation>About…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="170" />
      <source>É&amp;dition</source>
      <translation>&amp;Edit</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="31" />
      <source>Ce qui a été dit, ce qui a été décidé, qui fait quoi.</source>
      <translation>What was said, what was decided, who does what.</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="30" />
      <source>Compte rendu</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="39" />
      <source>Compte rendu *</source>
      <translation>Minutes *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="38" />
      <source>Date *</source>
      <translation>Date *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="26" />
      <source>Date de la réunion</source>
      <translation>Date of the meeting</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="22" />
      <source>Modifier le compte rendu</source>
      <translation>Edit the minutes</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="22" />
      <source>Réunion du cercle</source>
      <translation>Circle meeting</translation>
    </message>
  </context>
  <context>
    <name>Members</name>
    <message>
      <location filename="../../app/ui/people/commands.py" line="22" />
      <source>ajout de {name}</source>
      <translation>adding {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/commands.py" line="52" />
      <source>désactivation de {name}</source>
      <translation>deactivating {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/commands.py" line="36" />
      <source>modification de {name}</source>
      <translation>editing {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/commands.py" line="50" />
      <source>réactivation de {name}</source>
      <translation>reactivating {name}</translation>
    </message>
  </context>
  <context>
    <name>MembersTab</name>
    <message numerus="yes">
      <location filename="../../app/ui/people/tab.py" line="182" />
      <source>%n personne(s)</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="68" />
      <source>Ajouter une personne</source>
      <translation>Add a person</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="71" />
      <source>Ajouter une personne (Ctrl+N)</source>
      <translation>Add a person (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="86" />
      <source>Après le programme…</source>
      <translation>After the programme…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="93" />
      <source>Données personnelles</source>
      <translation>Personal data</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="76" />
      <location filename="../../app/ui/people/tab.py" line="205" />
      <location filename="../../app/ui/people/tab.py" line="272" />
      <source>Désactiver</source>
      <translation>Deactivate</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="276" />
      <source>Désactiver {name} ? Elle n'apparaîtra plus dans les listes, mais tout son historique est gardé. Vous pourrez la réactiver.</source>
      <translation>Deactivate {name}? She will no longer appear in the lists, but all her history is kept. You can reactivate her.</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="280" />
      <source>Désactiver {name} ? Il n'apparaîtra plus dans les listes, mais tout son historique est gardé. Vous pourrez le réactiver.</source>
      <translation>Deactivate {name}? He will no longer appear in the lists, but all his history is kept. You can reactivate him.</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="104" />
      <source>Effacer ses données…</source>
      <translation>Erase her data…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="97" />
      <source>Exporter en JSON…</source>
      <translation>Export as JSON…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="59" />
      <source>Liste des personnes</source>
      <translation>List of people</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="220" />
      <source>Marraine / parrain : {mentor} — {notes}</source>
      <translation>Mentor: {mentor} — {notes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="142" />
      <location filename="../../app/ui/people/tab.py" line="154" />
      <source>Membres</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="82" />
      <source>Mettre à la corbeille (Suppr)</source>
      <translation>Move to the bin (Delete)</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="74" />
      <source>Modifier</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="51" />
      <source>Montrer les personnes inactives</source>
      <translation>Show inactive people</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="89" />
      <source>Portfolio employeur…</source>
      <translation>Employer portfolio…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="48" />
      <source>Rechercher</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="47" />
      <source>Rechercher un nom, un téléphone, une langue…</source>
      <translation>Search for a name, a phone number, a language…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="203" />
      <source>Réactiver</source>
      <translation>Reactivate</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="145" />
      <source>Répertoire</source>
      <translation>Directory</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="79" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="100" />
      <source>Voir et imprimer (PDF)…</source>
      <translation>View and print (PDF)…</translation>
    </message>
  </context>
  <context>
    <name>MenuDialog</name>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="53" />
      <location filename="../../app/ui/menus/menu_dialog.py" line="55" />
      <source>Actif</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="63" />
      <source>Ajouter une recette</source>
      <translation>Add a recipe</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="73" />
      <source>Format de vente</source>
      <translation>Sales format</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="133" />
      <source>Ligne {n} : choisissez une recette de la liste.</source>
      <translation>Line {n}: choose a recipe from the list.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="44" />
      <source>Modifier le menu</source>
      <translation>Edit the menu</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="72" />
      <source>Nom *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="74" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="44" />
      <source>Nouveau menu</source>
      <translation>New menu</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="60" />
      <source>Portions par personne</source>
      <translation>Portions per person</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="111" />
      <source>Portions par personne, ligne {n}</source>
      <translation>Portions per person, line {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="60" />
      <source>Recette</source>
      <translation>Recipe</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="106" />
      <source>Recette, ligne {n}</source>
      <translation>Recipe, line {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="58" />
      <source>Recettes du menu</source>
      <translation>Recipes in the menu</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="112" />
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="113" />
      <source>Retirer la ligne {n}</source>
      <translation>Remove line {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="49" />
      <source>par exemple : Brunch des 20 ans</source>
      <translation>for example: 20th birthday brunch</translation>
    </message>
  </context>
  <context>
    <name>MenusPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/menus_page.py" line="83" />
      <source>%n menu(s)</source>
      <translation>
        <numerusform>%n menu</numerusform>
        <numerusform>%n menus</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="73" />
      <source>Allergènes…</source>
      <translation>Allergens…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="34" />
      <source>Coût par personne</source>
      <translation>Cost per person</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="30" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="136" />
      <source>Liste de courses</source>
      <translation>Shopping list</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="70" />
      <source>Liste de courses…</source>
      <translation>Shopping list…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="28" />
      <source>Menu</source>
      <translation>Menu</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="68" />
      <source>Modifier</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="123" />
      <source>Modifier le menu {name}</source>
      <translation>Edit the menu {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="62" />
      <source>Montrer les menus inactifs</source>
      <translation>Show inactive menus</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="67" />
      <source>Nouveau menu</source>
      <translation>New menu</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="136" />
      <source>Pour combien de personnes ?</source>
      <translation>For how many people?</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="40" />
      <source>Prix par personne</source>
      <translation>Price per person</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="46" />
      <source>Recettes</source>
      <translation>Recipes</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="61" />
      <source>Rechercher un menu…</source>
      <translation>Search for a menu…</translation>
    </message>
  </context>
  <context>
    <name>MenusPrinting</name>
    <message>
      <location filename="../../app/ui/menus/printing.py" line="27" />
      <source>Devis n° {id}</source>
      <translation>Quote no. {id}</translation>
    </message>
  </context>
  <context>
    <name>MenusTab</name>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="75" />
      <source>Calculer avant de dépenser : chaque recette et chaque commande montre son coût.</source>
      <translation>Work it out before spending: each recipe and each order shows its cost.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="54" />
      <source>Commandes et devis</source>
      <translation>Orders and quotes</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="124" />
      <source>Coût matière visé : {n}</source>
      <translation>Target food cost: {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="59" />
      <source>Dégustations</source>
      <translation>Tastings</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="44" />
      <source>Ingrédients</source>
      <translation>Ingredients</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="49" />
      <location filename="../../app/ui/menus/tab.py" line="86" />
      <source>Menus</source>
      <translation>Menus</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="41" />
      <source>Recettes</source>
      <translation>Recipes</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="66" />
      <source>TVA et objectif de marge…</source>
      <translation>VAT and margin target…</translation>
    </message>
  </context>
  <context>
    <name>ModuleDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="390" />
      <source>Nom *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="384" />
      <source>Nouveau module</source>
      <translation>New module</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="390" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
  </context>
  <context>
    <name>MorningDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="140" />
      <source>Animé par</source>
      <translation>Led by</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="135" />
      <source>Date *</source>
      <translation>Date *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="136" />
      <source>Début</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="137" />
      <source>Fin</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="142" />
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="143" />
      <source>Marraine / parrain</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="105" />
      <source>Modifier la matinée</source>
      <translation>Edit the morning</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="138" />
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="146" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="105" />
      <source>Nouvelle matinée</source>
      <translation>New morning</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="145" />
      <source>Point de rendez-vous</source>
      <translation>Meeting point</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="141" />
      <source>Pour</source>
      <translation>For</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="120" />
      <source>Toute la cohorte</source>
      <translation>The whole cohort</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="139" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="144" />
      <source>Visite chez</source>
      <translation>Visit at</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="127" />
      <source>par exemple : devant la gare, à 8h30</source>
      <translation>for example: in front of the station, at 8:30</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="147" />
      <source>État</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>MoveDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="206" />
      <source>Début</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="195" />
      <source>Déplacer la matinée</source>
      <translation>Move the morning</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="205" />
      <source>Nouvelle date</source>
      <translation>New date</translation>
    </message>
  </context>
  <context>
    <name>NutritionDialog</name>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="85" />
      <source>Valeurs nutritionnelles</source>
      <translation>Nutrition values</translation>
    </message>
  </context>
  <context>
    <name>NutritionEditor</name>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="31" />
      <source>Glucides (g)</source>
      <translation>Carbohydrate (g)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="29" />
      <source>Matières grasses (g)</source>
      <translation>Fat (g)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="33" />
      <source>Protéines (g)</source>
      <translation>Protein (g)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="38" />
      <source>Recopiez le tableau du paquet une fois : l'étiquette de vos produits en fait le calcul. Laissez vide si vous ne le connaissez pas.</source>
      <translation>Copy the pack's table once: your products' labels work it out from it. Leave it empty if you don't know it.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="69" />
      <source>Remplissez toutes les valeurs nutritionnelles, ou aucune.</source>
      <translation>Fill in all the nutrition values, or none.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="34" />
      <source>Sel (g)</source>
      <translation>Salt (g)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="25" />
      <source>Valeurs nutritionnelles pour 100 g (sur le paquet)</source>
      <translation>Nutrition values per 100 g (on the pack)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="30" />
      <source>dont acides gras saturés (g)</source>
      <translation>of which saturates (g)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="32" />
      <source>dont sucres (g)</source>
      <translation>of which sugars (g)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="27" />
      <source>Énergie (kJ)</source>
      <translation>Energy (kJ)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="28" />
      <source>Énergie (kcal)</source>
      <translation>Energy (kcal)</translation>
    </message>
  </context>
  <context>
    <name>OrderDialog</name>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="137" />
      <source> jours</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="126" />
      <source>(pas de menu)</source>
      <translation>(no menu)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="154" />
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="170" />
      <source>Ajouter une ligne</source>
      <translation>Add a line</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="360" />
      <source>Ajoutez des lignes pour voir le coût et la marge.</source>
      <translation>Add lines to see the cost and margin.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="249" />
      <source>Choisissez d'abord un menu.</source>
      <translation>First choose a menu.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="147" />
      <source>Client *</source>
      <translation>Customer *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="89" />
      <source>Commande n° {id}</source>
      <translation>Order no. {id}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="157" />
      <source>Conditions</source>
      <translation>Terms</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="148" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="149" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="156" />
      <source>Devis valable</source>
      <translation>Quote valid for</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="120" />
      <source>Du répertoire</source>
      <translation>From the directory</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="151" />
      <source>Format de vente</source>
      <translation>Sales format</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="139" />
      <source>Imprimées sur le devis, dans la langue du devis.</source>
      <translation>Printed on the quote, in the quote's language.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="276" />
      <source>Ligne {n} : choisissez un produit de la liste.</source>
      <translation>Line {n}: choose a product from the list.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="165" />
      <source>Lignes de la commande</source>
      <translation>Order lines</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="153" />
      <source>Livraison</source>
      <translation>Delivery</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="152" />
      <source>Menu</source>
      <translation>Menu</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="150" />
      <source>Nombre de personnes</source>
      <translation>Number of people</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="158" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="87" />
      <source>Nouvelle commande</source>
      <translation>New order</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="367" />
      <source>Pour calculer : {message}</source>
      <translation>To work it out: {message}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="167" />
      <source>Prix TVAC</source>
      <translation>Price incl. VAT</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="199" />
      <source>Prix unitaire, ligne {n}</source>
      <translation>Unit price, line {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="167" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="194" />
      <source>Produit, ligne {n}</source>
      <translation>Product, line {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="167" />
      <source>Quantité</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="197" />
      <source>Quantité, ligne {n}</source>
      <translation>Quantity, line {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="128" />
      <source>Remplir depuis le menu</source>
      <translation>Fill in from the menu</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="208" />
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="209" />
      <source>Retirer la ligne {n}</source>
      <translation>Remove line {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="155" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="167" />
      <source>TVA</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="201" />
      <source>TVA, ligne {n}</source>
      <translation>VAT, line {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="372" />
      <source>Total : {total} TVA comprise</source>
      <translation>Total: {total} including VAT</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="114" />
      <source>nom, téléphone, e-mail</source>
      <translation>name, phone, email</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="112" />
      <source>organisation ou personne</source>
      <translation>organisation or person</translation>
    </message>
  </context>
  <context>
    <name>OrdersPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/orders_page.py" line="130" />
      <source>%n commande(s)</source>
      <translation>
        <numerusform>%n order</numerusform>
        <numerusform>%n orders</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="110" />
      <source>Allergènes…</source>
      <translation>Allergens…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="229" />
      <source>Calculer avant de dépenser</source>
      <translation>Work it out before spending</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="41" />
      <source>Client</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="120" />
      <source>Commande n° {id} : {message}</source>
      <translation>Order no. {id}: {message}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="107" />
      <source>Courses en CSV…</source>
      <translation>Shopping as CSV…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="56" />
      <source>Coût</source>
      <translation>Cost</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="37" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="260" />
      <source>Enregistrer la liste de courses</source>
      <translation>Save the shopping list</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="100" />
      <source>Imprimer le devis (Ctrl+P)</source>
      <translation>Print the quote (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="97" />
      <source>Imprimer le devis…</source>
      <translation>Print the quote…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="230" />
      <source>Imprimer quand même le devis ?</source>
      <translation>Print the quote anyway?</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="104" />
      <source>Liste de courses…</source>
      <translation>Shopping list…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="62" />
      <source>Marge</source>
      <translation>Margin</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="69" />
      <source>Marge %</source>
      <translation>Margin %</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="95" />
      <source>Modifier</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="199" />
      <source>Modifier la commande n° {id}</source>
      <translation>Edit order no. {id}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="85" />
      <source>Montrer les commandes livrées et annulées</source>
      <translation>Show delivered and cancelled orders</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="93" />
      <source>Nouvelle commande</source>
      <translation>New order</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="31" />
      <source>N°</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="43" />
      <source>Personnes</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="84" />
      <source>Rechercher un client…</source>
      <translation>Search for a customer…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="48" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="113" />
      <source>Supprimer…</source>
      <translation>Delete…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="50" />
      <source>Total TVAC</source>
      <translation>Total incl. VAT</translation>
    </message>
  </context>
  <context>
    <name>OrganisationDialog</name>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="63" />
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="64" />
      <source>Comment y aller</source>
      <translation>How to get there</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="65" />
      <source>E-mail</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="42" />
      <source>Modifier</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="61" />
      <source>Nom *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="67" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="42" />
      <source>Nouvelle organisation</source>
      <translation>New organisation</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="62" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="66" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="53" />
      <source>nom@exemple.be</source>
      <translation>name@example.be</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="50" />
      <source>par exemple : bus 4, arrêt Pont d'Avroy, puis 5 minutes à pied</source>
      <translation>for example: bus 4, Pont d'Avroy stop, then a 5-minute walk</translation>
    </message>
  </context>
  <context>
    <name>OtherDayDialog</name>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="66" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="69" />
      <source>Aucune vente n'est ouverte : rien à clôturer.</source>
      <translation>No sale is open: nothing to close.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="55" />
      <source>Ces ventes ne sont pas encore clôturées. Choisissez celle à clôturer, avec sa date :</source>
      <translation>These sales are not closed yet. Choose the one to close, by its date:</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="62" />
      <source>Clôturer cette vente</source>
      <translation>Close this sale</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="34" />
      <source>Clôturer la journée</source>
      <translation>Close the day</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="72" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="47" />
      <source>Il n'y a pas de vente aujourd'hui ({date}).</source>
      <translation>There is no sale today ({date}).</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="41" />
      <source>Ventes encore ouvertes</source>
      <translation>Sales still open</translation>
    </message>
  </context>
  <context>
    <name>OutcomesDialog</name>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="61" />
      <source>Accord pour le suivi</source>
      <translation>Consent to the follow-up</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/commands.py" line="30" />
      <source>Après le programme</source>
      <translation>After the programme</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="37" />
      <source>Après le programme : {name}</source>
      <translation>After the programme: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="62" />
      <source>Cohorte</source>
      <translation>Cohort</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="63" />
      <source>Moment</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="65" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="86" />
      <source>Retirer l'accord ? Ce qui a été noté après le programme sera effacé.</source>
      <translation>Withdraw the consent? What was noted after the programme will be erased.</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="85" />
      <source>Retirer son accord</source>
      <translation>Withdraw her consent</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="64" />
      <source>Situation</source>
      <translation>Situation</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/commands.py" line="73" />
      <source>accord de {name}</source>
      <translation>consent of {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/commands.py" line="75" />
      <source>retrait de l'accord de {name}</source>
      <translation>withdrawal of {name}'s consent</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/commands.py" line="40" />
      <source>situation de {name}</source>
      <translation>situation of {name}</translation>
    </message>
  </context>
  <context>
    <name>PairingDialog</name>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="186" />
      <source>Accompagner une membre</source>
      <translation>Mentor a member</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="200" />
      <source>Marraine / parrain</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="201" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="202" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="194" />
      <source>par exemple : se voient le jeudi pour la comptabilité</source>
      <translation>for example: meet on Thursdays for the bookkeeping</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
      <location filename="../../app/ui/pdf_preview.py" line="54" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="52" />
      <source>Aperçu</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="97" />
      <source>Enregistrer en PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="59" />
      <source>Enregistrer en PDF…</source>
      <translation>Save as PDF…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="63" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="55" />
      <source>Imprimer…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="79" />
      <source>Imprimez à la taille réelle (100 %) : dans la fenêtre d'impression, ne choisissez pas « Ajuster à la page ». Sinon les lettres deviennent trop petites pour la loi et les étiquettes sortent à côté des cases.</source>
      <translation>Print at actual size (100 %): in the print window, do not choose “Fit to page”. Otherwise the letters become too small for the law and the labels come out beside their places.</translation>
    </message>
  </context>
  <context>
    <name>PeersPage</name>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="61" />
      <source>A répondu</source>
      <translation>Has answered</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="84" />
      <source>Auto-évaluation</source>
      <translation>Self-assessment</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="91" />
      <source>Aveugle : choisi par ses collègues seulement</source>
      <translation>Blind: chosen only by colleagues</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="92" />
      <source>Caché : choisi par la personne seulement</source>
      <translation>Hidden: chosen only by the person</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="81" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="49" />
      <source>Chaque membre répond seule ; personne ne voit les réponses des autres.</source>
      <translation>Each member answers alone; nobody sees the others' answers.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="81" />
      <source>Compétence</source>
      <translation>Skill</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="61" />
      <location filename="../../app/ui/evaluations/peers_page.py" line="68" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="81" />
      <source>Note</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="43" />
      <source>Nouvelle auto-évaluation…</source>
      <translation>New self-assessment…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="90" />
      <source>Ouvert : choisi par la personne et par ses collègues</source>
      <translation>Open: chosen by the person and by colleagues</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="62" />
      <source>Qui a répondu</source>
      <translation>Who has answered</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="81" />
      <source>Réponse</source>
      <translation>Answer</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="63" />
      <source>Réponses</source>
      <translation>Answers</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="86" />
      <source>Résultats d'un membre (coordinatrice seulement)</source>
      <translation>A member's results (coordinator only)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="46" />
      <source>Saisie privée par les membres</source>
      <translation>Private entry by the members</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="170" />
      <source>je l'ai déjà</source>
      <translation>I already have it</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="137" />
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="137" />
      <source>pas encore</source>
      <translation>not yet</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="39" />
      <source>Évaluation</source>
      <translation>Evaluation</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="54" />
      <source>Évaluation :</source>
      <translation>Evaluation:</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="170" />
      <source>à travailler</source>
      <translation>to work on</translation>
    </message>
  </context>
  <context>
    <name>PeopleModel</name>
    <message>
      <location filename="../../app/ui/people/model.py" line="23" />
      <source>Actif</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="23" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="17" />
      <source>Inactif</source>
      <translation>Inactive</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="17" />
      <source>Inactive</source>
      <translation>Inactive</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="33" />
      <source>Langues</source>
      <translation>Languages</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="30" />
      <source>Nom</source>
      <translation>Surname</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="20" />
      <source>Parti le {date}</source>
      <translation>Left on {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="20" />
      <source>Partie le {date}</source>
      <translation>Left on {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="32" />
      <source>Pays d'origine</source>
      <translation>Country of origin</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="29" />
      <source>Prénom</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="31" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="35" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="34" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
  </context>
  <context>
    <name>PersonData</name>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="135" />
      <source>Aucune sauvegarde du dossier des sauvegardes ne contient ses données.</source>
      <translation>No backup in the backups folder contains her data.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="110" />
      <source>Données personnelles</source>
      <translation>Personal data</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="194" />
      <source>Effacement impossible</source>
      <translation>Cannot erase</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="163" />
      <source>Effacer définitivement les données de {name} ?

Son nom, son téléphone, ses langues, son pays et les notes seront effacés, ses évaluations supprimées. Les ventes et l'historique de la cohorte restent, au nom de « Ancienne membre ». Cela ne peut pas être annulé.</source>
      <translation>Permanently erase {name}'s data?

Her name, phone, languages, country and notes will be erased, her evaluations deleted. Sales and the cohort's history stay, under the name “Former member”. This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="159" />
      <source>Effacer ses données</source>
      <translation>Erase her data</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="70" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="92" />
      <source>Export impossible</source>
      <translation>Cannot export</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="141" />
      <source>Les copies sur une clé USB qui n'est pas branchée ne peuvent pas être vérifiées : elles sont supprimées quand elles ont plus de 12 mois, à la copie suivante sur la même clé.</source>
      <translation>Copies on a USB key that is not plugged in cannot be checked: they are deleted once older than 12 months, at the next copy to the same key.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="31" />
      <source>Mettre {name} à la corbeille ? Vous pourrez la restaurer pendant 30 jours (Édition › Corbeille).</source>
      <translation>Move {name} to the bin? You can restore her for 30 days (Edit › Bin).</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="36" />
      <source>Mettre {name} à la corbeille ? Vous pourrez le restaurer pendant 30 jours (Édition › Corbeille).</source>
      <translation>Move {name} to the bin? You can restore him for 30 days (Edit › Bin).</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="227" />
      <source>Sauvegarde impossible</source>
      <translation>Backup failed</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="212" />
      <source>Sauvegardes</source>
      <translation>Backups</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/person_data.py" line="123" />
      <source>Ses données restent dans %n sauvegarde(s) (la plus ancienne du {oldest}), supprimée(s) automatiquement au plus tard le {until}. Vous pourrez aussi le faire tout de suite après l'effacement.</source>
      <translation>
        <numerusform>%n backup still holds her data (from {oldest}). It is deleted automatically by {until} at the latest; you can also delete it right after the erasure.</numerusform>
        <numerusform>%n backups still hold her data (the oldest from {oldest}). They are deleted automatically by {until} at the latest; you can also delete them right after the erasure.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="53" />
      <source>Suppression impossible</source>
      <translation>Cannot delete</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="27" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/person_data.py" line="213" />
      <source>Supprimer maintenant %n sauvegarde(s) contenant encore ses données ? Une nouvelle sauvegarde, sans ses données, est faite d'abord.</source>
      <translation>
        <numerusform>Delete now the %n backup that still holds her data? A new backup, without her data, is made first.</numerusform>
        <numerusform>Delete now the %n backups that still hold her data? A new backup, without her data, is made first.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PersonData_man</name>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="170" />
      <source>Effacer définitivement les données de {name} ?

Son nom, son téléphone, ses langues, son pays et les notes seront effacés, ses évaluations supprimées. Les ventes et l'historique de la cohorte restent, au nom de « Ancienne membre ». Cela ne peut pas être annulé.</source>
      <translation>Permanently erase {name}'s data?

His name, phone, languages, country and notes will be erased, his evaluations deleted. Sales and the cohort's history stay, under the name “Former member”. This cannot be undone.</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="63" />
      <location filename="../../app/ui/people/dialog.py" line="79" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="71" />
      <source>Genre</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="73" />
      <source>Langues parlées</source>
      <translation>Languages spoken</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="39" />
      <source>Modifier</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="80" />
      <source>Ne notez rien sur le titre de séjour, les papiers ni l'âge.</source>
      <translation>Do not write anything about residence permit, papers or age.</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="69" />
      <source>Nom</source>
      <translation>Surname</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="75" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="39" />
      <source>Nouvelle personne</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="72" />
      <source>Pays d'origine</source>
      <translation>Country of origin</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="68" />
      <source>Prénom *</source>
      <translation>First name *</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="70" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="48" />
      <source>Seulement si la personne le dit. Non précisé : son rôle s'écrit au féminin.</source>
      <translation>Only if the person says so. Not stated: her role is written in the feminine.</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="74" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="58" />
      <source>par exemple : arabe, français</source>
      <translation>for example: Arabic, French</translation>
    </message>
  </context>
  <context>
    <name>PinPanel</name>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="94" />
      <source>Choisir le code PIN</source>
      <translation>Choose the PIN code</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="47" />
      <location filename="../../app/ui/evaluations/pin_panel.py" line="62" />
      <source>Code PIN</source>
      <translation>PIN code</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="49" />
      <source>Encore une fois</source>
      <translation>Once more</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="101" />
      <source>Enregistrer le code</source>
      <translation>Save the code</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="96" />
      <source>Les évaluations sont privées. Choisissez un code de 4 chiffres ou plus. Seule la coordinatrice le connaît.</source>
      <translation>Evaluations are private. Choose a code of 4 digits or more. Only the coordinator knows it.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="107" />
      <source>Ouvrir</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="48" />
      <source>Répéter le code PIN</source>
      <translation>Repeat the PIN code</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="105" />
      <source>Tapez le code PIN de la coordinatrice pour voir les évaluations.</source>
      <translation>Type the coordinator's PIN code to see the evaluations.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="103" />
      <source>Évaluations : accès protégé</source>
      <translation>Evaluations: protected access</translation>
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="155" />
      <source>Garder les jours déjà publiés</source>
      <translation>Keep the days already published</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="172" />
      <source>Jours</source>
      <translation>Days</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="162" />
      <source>Les jours de travail sont ceux du programme de la cohorte.</source>
      <translation>The working days are the ones in the cohort's programme.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="164" />
      <source>Pas de planning pour cette cohorte : choisissez les jours de la semaine.</source>
      <translation>No schedule for this cohort: choose the days of the week.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="178" />
      <source>Planifier</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="148" />
      <source>Planifier les déléguées</source>
      <translation>Plan the delegates</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="157" />
      <source>Une adjointe expérimentée pour une première fois</source>
      <translation>An experienced deputy for a first time</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="171" />
      <source>À partir du</source>
      <translation>Starting from</translation>
    </message>
  </context>
  <context>
    <name>PortfolioDialog</name>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="75" />
      <source>Accord pour le portfolio</source>
      <translation>Consent to the portfolio</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="76" />
      <source>Cohortes</source>
      <translation>Cohorts</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="49" />
      <source>Portfolio employeur : {name}</source>
      <translation>Employer portfolio: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="87" />
      <source>Retirer l'accord ? Plus aucun portfolio ne sera imprimé.</source>
      <translation>Withdraw the consent? No portfolio will be printed any more.</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="86" />
      <source>Retirer son accord</source>
      <translation>Withdraw her consent</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="105" />
      <source>Sans le code PIN, le portfolio n'est pas fait (il montre ses évaluations).</source>
      <translation>Without the PIN code, the portfolio is not made (it shows her evaluations).</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="69" />
      <source>Toutes ses cohortes</source>
      <translation>All her cohorts</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="51" />
      <source>Un document pour les employeurs : ses heures et ses modules, ses journées de déléguée, les ventes qu'elle a menées, ses produits, ses compétences et son attestation. Rien sur les autres membres. Seulement avec son accord.</source>
      <translation>A document for employers: her hours and modules, her days as delegate, the sales she ran, her products, her skills and her certificate. Nothing about the other members. Only with her consent.</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="80" />
      <source>Voir le portfolio</source>
      <translation>See the portfolio</translation>
    </message>
  </context>
  <context>
    <name>PrerequisiteDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="366" />
      <source>Avant</source>
      <translation>Before</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="365" />
      <source>D'abord le module</source>
      <translation>First the module</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="350" />
      <source>Nouveau prérequis</source>
      <translation>New prerequisite</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="356" />
      <source>toutes les matinées « {kind} »</source>
      <translation>all the "{kind}" mornings</translation>
    </message>
  </context>
  <context>
    <name>PrivateEntry</name>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="190" />
      <source>1. Pour chaque compétence : je l'ai déjà, ou je veux la travailler ?</source>
      <translation>1. For each skill: do I already have it, or do I want to work on it?</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="223" />
      <source>2. Choisissez de {low} à {high} mots pour vous et pour chaque collègue.</source>
      <translation>2. Choose {low} to {high} words for yourself and for each colleague.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="122" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="186" />
      <source>Bonjour {name} !</source>
      <translation>Hello {name}!</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="100" />
      <source>Choisissez votre nom, puis cliquez sur « Commencer ».</source>
      <translation>Choose your name, then click "Start".</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="85" />
      <source>Commencer</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="117" />
      <source>Envoyer mes réponses</source>
      <translation>Send my answers</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="199" />
      <source>Je l'ai déjà</source>
      <translation>I already have it</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="328" />
      <source>Merci ! Vos réponses sont enregistrées. Passez l'ordinateur à la personne suivante.</source>
      <translation>Thank you! Your answers are saved. Pass the computer to the next person.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="210" />
      <source>Note pour {name}</source>
      <translation>Note for {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="233" />
      <source>Pour vous</source>
      <translation>For you</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="90" />
      <source>Terminer la saisie (code PIN)</source>
      <translation>Finish entering (PIN code)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="209" />
      <source>Une note courte (si vous voulez)</source>
      <translation>A short note (if you want)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="294" />
      <source>Vos réponses commencées sont revenues : continuez, puis envoyez.</source>
      <translation>Your unfinished answers are back: carry on, then send.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="83" />
      <source>Votre nom</source>
      <translation>Your name</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="200" />
      <source>À travailler</source>
      <translation>To work on</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeActions</name>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="40" />
      <source>Enregistrer le rapport</source>
      <translation>Save the report</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="75" />
      <source>Impossible d'écrire le fichier : {error}</source>
      <translation>Cannot write the file: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="24" />
      <source>Rapport du programme…</source>
      <translation>Programme report…</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="78" />
      <source>Rapport enregistré : {path}</source>
      <translation>Report saved: {path}</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="42" />
      <source>Tableur CSV (*.csv)</source>
      <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="30" />
      <source>Ventes de plusieurs cohortes…</source>
      <translation>Sales of several cohorts…</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeReportDialog</name>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="133" />
      <source>Au</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="88" />
      <source>Aucune cohorte à résumer.</source>
      <translation>No cohort to summarise.</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="116" />
      <source>Cette cohorte : {name}</source>
      <translation>This cohort: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="135" />
      <source>Code PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="130" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="132" />
      <source>Du</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="140" />
      <source>Faire le rapport</source>
      <translation>Make the report</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="136" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="121" />
      <source>Inclure les évaluations (sans noms)</source>
      <translation>Include the evaluations (no names)</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="125" />
      <source>PDF (à voir et imprimer)</source>
      <translation>PDF (to view and print)</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="131" />
      <source>Pour</source>
      <translation>For</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="109" />
      <location filename="../../app/ui/programme/report_dialog.py" line="151" />
      <source>Rapport du programme</source>
      <translation>Programme report</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="110" />
      <source>Résumé des ventes</source>
      <translation>Sales summary</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="125" />
      <source>Tableur (.csv)</source>
      <translation>Spreadsheet (.csv)</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="113" />
      <source>Toutes les cohortes</source>
      <translation>Every cohort</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="113" />
      <source>Une période</source>
      <translation>A period</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="90" />
      <location filename="../../app/ui/programme/report_dialog.py" line="151" />
      <source>Ventes des cohortes</source>
      <translation>Sales of the cohorts</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="134" />
      <source>Évaluations</source>
      <translation>Evaluations</translation>
    </message>
  </context>
  <context>
    <name>PublishAction</name>
    <message numerus="yes">
      <location filename="../../app/ui/network/publish_action.py" line="49" />
      <source>%n cohorte(s) publiée(s) ici, la dernière le {when}</source>
      <translation>
        <numerusform>%n cohort published here, the latest on {when}</numerusform>
        <numerusform>%n cohorts published here, the latest on {when}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="68" />
      <source>Adresse du serveur de l'organisation (postgresql://utilisateur@serveur/base) :</source>
      <translation>Address of the organisation's server (postgresql://user@server/database):</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="121" />
      <source>Les cohortes sont sur le serveur.</source>
      <translation>The cohorts are on the server.</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="86" />
      <source>Publication des cohortes…</source>
      <translation>Publishing the cohorts…</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="120" />
      <source>Publication faite</source>
      <translation>Published</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="100" />
      <source>Publication impossible</source>
      <translation>Cannot publish</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="67" />
      <location filename="../../app/ui/network/publish_action.py" line="87" />
      <source>Publier vers le serveur</source>
      <translation>Publish to the server</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="25" />
      <source>Publier vers le serveur…</source>
      <translation>Publish to the server…</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="55" />
      <source>Publiée sur le serveur le {when}</source>
      <translation>Published to the server on {when}</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="108" />
      <source>« {name} » : {inserted} ajoutées, {updated} modifiées, {deleted} supprimées</source>
      <translation>“{name}”: {inserted} added, {updated} changed, {deleted} deleted</translation>
    </message>
  </context>
  <context>
    <name>PurchaseDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="22" />
      <source>Achat d'ingrédient</source>
      <translation>Ingredient purchase</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="47" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="46" />
      <source>Date sur l'emballage</source>
      <translation>Date on the pack</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="44" />
      <source>Fournisseur</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="41" />
      <source>Ingrédient *</source>
      <translation>Ingredient *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="42" />
      <source>Jour de l'achat *</source>
      <translation>Day of purchase *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="45" />
      <source>Lot du fournisseur</source>
      <translation>Supplier lot</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="32" />
      <source>Pas de date sur l'emballage</source>
      <translation>No date on the pack</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="48" />
      <source>Prix payé (€)</source>
      <translation>Price paid (€)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="43" />
      <source>Quantité *</source>
      <translation>Quantity *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="26" />
      <source>dans l'unité de l'ingrédient, par exemple 2,5</source>
      <translation>in the ingredient's unit, for example 2,5</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="37" />
      <source>facultatif, par exemple 2,50</source>
      <translation>optional, for example 2,50</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="30" />
      <source>le numéro de lot écrit sur l'emballage</source>
      <translation>the lot number written on the pack</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="28" />
      <source>par exemple : Colruyt</source>
      <translation>for example: Colruyt</translation>
    </message>
  </context>
  <context>
    <name>QuestionDialog</name>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="62" />
      <source>Genre de question</source>
      <translation>Kind of question</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="49" />
      <source>Modifier la question</source>
      <translation>Edit the question</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="49" />
      <source>Nouvelle question</source>
      <translation>New question</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="63" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="64" />
      <source>Réponses possibles</source>
      <translation>Possible answers</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="56" />
      <source>Une réponse par ligne</source>
      <translation>One answer per line</translation>
    </message>
  </context>
  <context>
    <name>RecipeDialog</name>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="211" />
      <source> jours</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="306" />
      <source>&lt;b&gt;Ingrédients d'une fournée&lt;/b&gt;</source>
      <translation>&lt;b&gt;Ingredients for one batch&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="237" />
      <source>Active (en vente)</source>
      <translation>Active (on sale)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="288" />
      <source>Ajouter un ingrédient</source>
      <translation>Add an ingredient</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="291" />
      <source>Ajouter une ligne (Ctrl+L)</source>
      <translation>Add a line (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="556" />
      <source>Ajoutez des ingrédients pour voir le coût.</source>
      <translation>Add ingredients to see the cost.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="135" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="193" />
      <source>Ce que la cuisson fait au poids</source>
      <translation>What cooking does to the weight</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="275" />
      <source>Coché : le nom du produit met l'ingrédient en avant (« coco » dans « Energy balls coco-cajou ») et l'étiquette imprime son pourcentage. À moitié coché : suggéré par le nom, à confirmer.</source>
      <translation>Ticked: the product's name highlights the ingredient ("coco" in "Energy balls coco-cajou") and the label prints its percentage. Half-ticked: suggested by the name, to confirm.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="161" />
      <source>Code produit</source>
      <translation>Product code</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="155" />
      <source>Conservation</source>
      <translation>Shelf life</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="157" />
      <source>Conservation (texte)</source>
      <translation>Storage (text)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="148" />
      <source>Emballage par unité (€)</source>
      <translation>Packaging per unit (€)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="197" />
      <source>En % du poids des ingrédients : une sauce qui réduit perd du poids, le riz absorbe de l'eau. Les pourcentages de l'étiquette sont calculés sur le produit fini.</source>
      <translation>As a % of the ingredients' weight: a sauce that reduces loses weight, rice absorbs water. The label's percentages are worked out on the finished product.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="227" />
      <source>Exemption artisanale : pas de valeurs nutritionnelles sur l'étiquette</source>
      <translation>Craft exemption: no nutrition values on the label</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="230" />
      <source>Fait à la main, en petites quantités, vendu directement aux clients ou à des commerces de la région (annexe V, point 19). Une allégation (« riche en », « sans sucre ajouté »…) demande quand même les valeurs.</source>
      <translation>Handmade, in small quantities, sold directly to customers or to local shops (Annex V, point 19). A claim ("riche en", "sans sucre ajouté"…) still needs the values.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="267" />
      <source>Ingrédient</source>
      <translation>Ingredient</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="326" />
      <source>Ingrédient, ligne {n}</source>
      <translation>Ingredient, line {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="264" />
      <source>Ingrédients de la recette</source>
      <translation>Recipe ingredients</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="456" />
      <source>Ligne {n} : choisissez un ingrédient de la liste, ou créez-le avec « Nouvel ingrédient ».</source>
      <translation>Line {n}: choose an ingredient from the list, or create it with "New ingredient".</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="270" />
      <source>Mis en avant</source>
      <translation>Highlighted</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="337" />
      <source>Mis en avant, ligne {n}</source>
      <translation>Highlighted, line {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="97" />
      <source>Modifier {name} (v{version})</source>
      <translation>Edit {name} (v{version})</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="133" />
      <source>Nom *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="134" />
      <source>Nom descriptif (étiquette)</source>
      <translation>Descriptive name (label)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="295" />
      <source>Nouvel ingrédient…</source>
      <translation>New ingredient…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="94" />
      <source>Nouvelle recette</source>
      <translation>New recipe</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="225" />
      <source>Petit emballage (moins de 80 cm²)</source>
      <translation>Small packaging (less than 80 cm²)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="158" />
      <source>Petite histoire</source>
      <translation>Short story</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="144" />
      <source>Poids ou volume net</source>
      <translation>Net weight or volume</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="561" />
      <source>Pour calculer le coût : {message}</source>
      <translation>To work out the cost: {message}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="159" />
      <source>Prix de vente TVAC (€)</source>
      <translation>Selling price incl. VAT (€)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="268" />
      <source>Quantité</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="332" />
      <source>Quantité, ligne {n}</source>
      <translation>Quantity, line {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="138" />
      <source>Rendement d'une fournée *</source>
      <translation>Yield of one batch *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="339" />
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="340" />
      <source>Retirer la ligne {n}</source>
      <translation>Remove line {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="207" />
      <source>Sachet, pot, étiquette… par unité</source>
      <translation>Bag, jar, label… per unit</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="160" />
      <source>TVA</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="254" />
      <source>TVA pour {format}</source>
      <translation>VAT for {format}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="245" />
      <source>TVA selon le format de vente</source>
      <translation>VAT depending on the sales format</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="156" />
      <source>Type de date</source>
      <translation>Type of date</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="269" />
      <source>Unité</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="165" />
      <source>Unité du poids net</source>
      <translation>Unit of net weight</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="334" />
      <source>Unité, ligne {n}</source>
      <translation>Unit, line {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="164" />
      <source>Unités ou portions</source>
      <translation>Units or portions</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="190" />
      <source>absorbe de l'eau (%)</source>
      <translation>absorbs water (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="224" />
      <source>chiffres, pour le code-barres</source>
      <translation>digits, for the barcode</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="250" />
      <source>comme la recette</source>
      <translation>same as the recipe</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="188" />
      <source>le poids ne change pas</source>
      <translation>the weight does not change</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="187" />
      <source>non indiqué</source>
      <translation>not given</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="210" />
      <source>non précisé</source>
      <translation>not specified</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="195" />
      <source>par exemple 20</source>
      <translation>for example 20</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="214" />
      <source>par exemple : à conserver au frais</source>
      <translation>for example: keep refrigerated</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="177" />
      <source>par exemple Energy balls, Plat, Brunch</source>
      <translation>for example Energy balls, Main dish, Brunch</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="183" />
      <source>par unité, par exemple 150</source>
      <translation>per unit, for example 150</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="189" />
      <source>perd du poids (%)</source>
      <translation>loses weight (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="565" />
      <source>portion</source>
      <translation>portion</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="329" />
      <source>quantité</source>
      <translation>quantity</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="219" />
      <source>si le nom n'est pas en français : Boules énergétiques aux dattes</source>
      <translation>if the name is not in French: Boules énergétiques aux dattes</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="565" />
      <source>unité</source>
      <translation>unit</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="151" />
      <source>À la cuisson</source>
      <translation>When cooked</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="300" />
      <source>À vérifier pour l'étiquette</source>
      <translation>To check for the label</translation>
    </message>
  </context>
  <context>
    <name>RecipesPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/recipes_page.py" line="188" />
      <source>%n recette(s)</source>
      <translation>
        <numerusform>%n recipe</numerusform>
        <numerusform>%n recipes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="64" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="337" />
      <source>Combien de fournées de « {name} » ?</source>
      <translation>How many batches of "{name}"?</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="318" />
      <source>Copier « {name} » en une nouvelle version ? L'ancienne version est gardée (les dégustations et les ventes s'y rapportent) mais ne sera plus en vente.</source>
      <translation>Copy "{name}" as a new version? The old version is kept (tastings and sales refer to it) but will no longer be on sale.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/menus/recipes_page.py" line="360" />
      <source>Courses pour {batches} fournée(s) de {name}</source>
      <translation>
        <numerusform>Shopping for {batches} batch of {name}</numerusform>
        <numerusform>Shopping for {batches} batches of {name}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="76" />
      <source>Coût / unité</source>
      <translation>Cost / unit</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="121" />
      <source>Coût matière</source>
      <translation>Ingredient cost</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="69" />
      <source>Fournée</source>
      <translation>Batch</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="336" />
      <location filename="../../app/ui/menus/recipes_page.py" line="345" />
      <source>Liste de courses</source>
      <translation>Shopping list</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="161" />
      <source>Liste de courses…</source>
      <translation>Shopping list…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="101" />
      <source>Marge</source>
      <translation>Margin</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="110" />
      <source>Marge %</source>
      <translation>Margin %</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="156" />
      <source>Modifier</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="282" />
      <source>Modifier {name}</source>
      <translation>Edit {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="143" />
      <source>Montrer les recettes inactives et les anciennes versions</source>
      <translation>Show inactive recipes and old versions</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="150" />
      <source>Nouvelle recette</source>
      <translation>New recipe</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="154" />
      <source>Nouvelle recette (Ctrl+N)</source>
      <translation>New recipe (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="158" />
      <location filename="../../app/ui/menus/recipes_page.py" line="316" />
      <source>Nouvelle version</source>
      <translation>New version</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="93" />
      <source>Prix HTVA</source>
      <translation>Price excl. VAT</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="84" />
      <source>Prix TVAC</source>
      <translation>Price incl. VAT</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="53" />
      <source>Recette</source>
      <translation>Recipe</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="142" />
      <source>Rechercher une recette ou une catégorie…</source>
      <translation>Search for a recipe or a category…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="174" />
      <source>Sans prix : {names}.</source>
      <translation>No price: {names}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="164" />
      <source>Supprimer…</source>
      <translation>Delete…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="58" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="153" />
      <source>Adjectifs choisis par ses collègues</source>
      <translation>Adjectives chosen by her colleagues</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="64" />
      <source>Aperçu et impression du bilan (Ctrl+P)</source>
      <translation>Preview and print the review (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="61" />
      <source>Aperçu et impression du bilan…</source>
      <translation>Preview and print the review…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="145" />
      <source>Auto-évaluation</source>
      <translation>Self-assessment</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="191" />
      <source>Bilan de {name}</source>
      <translation>Review for {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="143" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="85" />
      <source>Ce que le bilan contiendra</source>
      <translation>What the review will contain</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="49" />
      <source>Ce que vous voulez dire à la personne et aux employeurs : progrès, qualités, conseils.</source>
      <translation>What you want to say to the person and to employers: progress, strengths, advice.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="46" />
      <source>Commentaire de la coordinatrice</source>
      <translation>Coordinator's comment</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="87" />
      <source>Commentaire de la coordinatrice (imprimé dans le bilan)</source>
      <translation>Coordinator's comment (printed in the review)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="58" />
      <source>Enregistrer le commentaire</source>
      <translation>Save the comment</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="41" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="69" />
      <source>Membre :</source>
      <translation>Member:</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="144" />
      <source>Observé (sur {n})</source>
      <translation>Observed (out of {n})</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="151" />
      <source>Points forts</source>
      <translation>Strengths</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="152" />
      <source>Points à travailler</source>
      <translation>Points to work on</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="81" />
      <source>Résumé du bilan</source>
      <translation>Review summary</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="65" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="55" />
      <source>Aucune sauvegarde automatique pour l'instant.</source>
      <translation>No automatic backup yet.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="63" />
      <source>Autre fichier (clé USB)…</source>
      <translation>Other file (USB stick)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="86" />
      <source>Choisir la sauvegarde à restaurer</source>
      <translation>Choose the backup to restore</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="36" />
      <source>Choisissez la sauvegarde à remettre. Les données actuelles seront gardées.</source>
      <translation>Choose the backup to put back. The current data will be kept.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="58" />
      <source>Restaurer celle-ci</source>
      <translation>Restore this one</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="33" />
      <source>Restaurer une sauvegarde</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="41" />
      <source>Sauvegardes</source>
      <translation>Backups</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="88" />
      <source>Sauvegardes Coopér'Actives (*.sqlite3 *.db);;Tous les fichiers (*)</source>
      <translation>Coopér'Actives backups (*.sqlite3 *.db);;All files (*)</translation>
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
        <numerusform>New cohort created: %n morning copied.</numerusform>
        <numerusform>New cohort created: %n mornings copied.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_action.py" line="18" />
      <source>Nouvelle cohorte à partir de…</source>
      <translation>New cohort from another…</translation>
    </message>
  </context>
  <context>
    <name>ReuseDialog</name>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="58" />
      <source>Créer la cohorte</source>
      <translation>Create the cohort</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="35" />
      <source>La nouvelle cohorte reprend les matinées (mêmes jours de la semaine, à partir de la nouvelle date), les objectifs et la grille d'évaluation. Pas les membres, ni les présences, ni les ventes.</source>
      <translation>The new cohort takes over the mornings (same days of the week, from the new date), the targets and the evaluation grid. Not the members, the attendance or the sales.</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="53" />
      <source>Nom de la nouvelle cohorte *</source>
      <translation>Name of the new cohort *</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="32" />
      <source>Nouvelle cohorte à partir d'une autre</source>
      <translation>New cohort from another</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="54" />
      <source>Premier jour</source>
      <translation>First day</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="46" />
      <source>par exemple : Coopérative 3</source>
      <translation>for example: Cooperative 3</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="52" />
      <source>À partir de</source>
      <translation>Starting from</translation>
    </message>
  </context>
  <context>
    <name>Rotation</name>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="77" />
      <location filename="../../app/ui/delegate/tab.py" line="101" />
      <source>Adjointe</source>
      <translation>Deputy</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="113" />
      <source>Avant → après</source>
      <translation>Before → after</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="123" />
      <source>Cercle</source>
      <translation>Circle</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="102" />
      <source>Déjà faits</source>
      <translation>Already done</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="76" />
      <source>Déléguée</source>
      <translation>Delegate</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="120" />
      <source>Fait le</source>
      <translation>Done on</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="75" />
      <location filename="../../app/ui/delegate/tab.py" line="110" />
      <source>Jour</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="98" />
      <location filename="../../app/ui/delegate/tab.py" line="129" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="122" />
      <source>Par</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="114" />
      <location filename="../../app/ui/delegate/tab.py" line="131" />
      <source>Pourquoi</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="81" />
      <source>Publié</source>
      <translation>Published</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="108" />
      <location filename="../../app/ui/delegate/tab.py" line="130" />
      <source>Quand</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="109" />
      <source>Quoi</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="82" />
      <source>Remarque</source>
      <translation>Remark</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="99" />
      <source>Tours</source>
      <translation>Turns</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="121" />
      <source>Tâche</source>
      <translation>Task</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="79" />
      <source>Vente</source>
      <translation>Sale</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="100" />
      <source>Ventes</source>
      <translation>Sales</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="79" />
      <source>vente</source>
      <translation>sale</translation>
    </message>
  </context>
  <context>
    <name>RotationTab</name>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="473" />
      <source>Absence du {date}</source>
      <translation>Absence on {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="191" />
      <source>Absente…</source>
      <translation>Absent…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/delegate/tab.py" line="262" />
      <source>Attention : %n jour(s) à revoir (en rouge).</source>
      <translation>
        <numerusform>Attention: %n day to check again (in red).</numerusform>
        <numerusform>Attention: %n days to check again (in red).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="418" />
      <source>Avec</source>
      <translation>With</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="613" />
      <source>Calendrier des déléguées</source>
      <translation>Delegates' calendar</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="542" />
      <source>Ce jour-là, la personne choisie quitte la cohorte. Ses jours suivants sont donnés aux autres.</source>
      <translation>On that day, the person chosen leaves the cohort. Their next days are given to the others.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="197" />
      <source>Cercles…</source>
      <translation>Circles…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="140" />
      <location filename="../../app/ui/delegate/tab.py" line="161" />
      <source>Changements</source>
      <translation>Changes</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="496" />
      <source>Choisir la déléguée</source>
      <translation>Choose the delegate</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="192" />
      <source>Choisir à la main…</source>
      <translation>Choose by hand…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="238" />
      <source>Choisissez ou créez une cohorte.</source>
      <translation>Choose or create a cohort.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="550" />
      <source>Date du départ</source>
      <translation>Date of leaving</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="453" />
      <source>Délégué absent</source>
      <translation>Delegate absent</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="500" />
      <source>Déléguée</source>
      <translation>Delegate</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="459" />
      <source>Déléguée absente</source>
      <translation>Delegate absent</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="506" />
      <source>Déléguée du {date}</source>
      <translation>Delegate for {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="224" />
      <source>Déléguées</source>
      <translation>Delegates</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="541" />
      <source>Départ de la cohorte</source>
      <translation>Leaving the cohort</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="193" />
      <source>Départ de la cohorte…</source>
      <translation>Leaving the cohort…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="199" />
      <source>Imprimer le calendrier</source>
      <translation>Print the calendar</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="142" />
      <location filename="../../app/ui/delegate/tab.py" line="171" />
      <source>Indisponibilités</source>
      <translation>Unavailable days</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="174" />
      <source>Indisponible…</source>
      <translation>Unavailable…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="88" />
      <source>Jours et déléguées</source>
      <translation>Days and delegates</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="347" />
      <source>Le planning existe déjà. Les jours non publiés à partir du jour choisi seront refaits. Continuer ?</source>
      <translation>The schedule already exists. Unpublished days from the chosen day on will be redone. Continue?</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="195" />
      <source>Listes du jour…</source>
      <translation>Lists for the day…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="548" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="249" />
      <source>Pas encore de planning. Cliquez sur « Planifier… ».</source>
      <translation>No schedule yet. Click "Plan…".</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="346" />
      <source>Planifier</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="359" />
      <source>Planifier les déléguées</source>
      <translation>Plan the delegates</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="188" />
      <source>Planifier…</source>
      <translation>Plan…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="189" />
      <location filename="../../app/ui/delegate/tab.py" line="375" />
      <source>Publier</source>
      <translation>Publish</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="376" />
      <source>Publier le planning ? Les jours publiés ne changent plus quand on replanifie.</source>
      <translation>Publish the schedule? Published days no longer change when you plan again.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="497" />
      <source>Qui est déléguée le {date} ?</source>
      <translation>Who is delegate on {date}?</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="177" />
      <location filename="../../app/ui/delegate/tab.py" line="579" />
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="581" />
      <source>Retirer « {name} : {when} » ? Replanifiez ensuite si besoin.</source>
      <translation>Remove "{name}: {when}"? Plan again afterwards if needed.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="139" />
      <location filename="../../app/ui/delegate/tab.py" line="158" />
      <source>Tours par personne</source>
      <translation>Turns per person</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="141" />
      <location filename="../../app/ui/delegate/tab.py" line="166" />
      <source>Tâches faites</source>
      <translation>Tasks done</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="252" />
      <source>{days} jours. Écart entre le plus et le moins de tours : {spread}. Deux jours de suite : {b2b} fois.</source>
      <translation>{days} days. Gap between the most and the fewest turns: {spread}. Two days in a row: {b2b} times.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="407" />
      <source>{name} donne son jour ({date}) et prend le prochain jour de :</source>
      <translation>{name} gives her day ({date}) and takes the next day of:</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="454" />
      <source>{name} est absent le {date}. Son adjointe ou son adjoint le remplace, sinon la membre qui a eu le moins de tours.</source>
      <translation>{name} is absent on {date}. His deputy replaces him, otherwise the member who has had the fewest turns.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="460" />
      <source>{name} est absente le {date}. Son adjointe la remplace, sinon la membre qui a eu le moins de tours.</source>
      <translation>{name} is absent on {date}. Her deputy replaces her, otherwise the member who has had the fewest turns.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="436" />
      <source>Échange du {date}</source>
      <translation>Swap on {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="403" />
      <source>Échanger un jour</source>
      <translation>Swap a day</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="190" />
      <source>Échanger…</source>
      <translation>Swap…</translation>
    </message>
  </context>
  <context>
    <name>RotationTab_man</name>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="408" />
      <source>{name} donne son jour ({date}) et prend le prochain jour de :</source>
      <translation>{name} gives his day ({date}) and takes the next day of:</translation>
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="79" />
      <source>Fichier remplacé</source>
      <translation>File replaced</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="66" />
      <source>La base est ouverte en lecture seule : ce changement n'est pas enregistré. Restaurez une sauvegarde (Fichier › Restaurer une sauvegarde) pour modifier.</source>
      <translation>The database is open in read-only mode: this change is not saved. Restore a backup (File › Restore a backup) to make changes.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="65" />
      <source>Lecture seule</source>
      <translation>Read-only</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="89" />
      <source>Plus tard</source>
      <translation>Later</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="84" />
      <source>Rouvrir maintenant</source>
      <translation>Reopen now</translation>
    </message>
  </context>
  <context>
    <name>SafetyActions</name>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="172" />
      <source>%n cohorte(s)</source>
      <translation>
        <numerusform>%n cohort</numerusform>
        <numerusform>%n cohorts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="173" />
      <source>%n personne(s)</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="82" />
      <source>Base sur le serveur {url}</source>
      <translation>Database on the server {url}</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="191" />
      <source>Cette sauvegarde n'a pas été faite à partir de cette base de données, mais d'une autre. Remplacer quand même toutes les données actuelles par les siennes ?</source>
      <translation>This backup was not made from this database but from another one. Replace all the current data with its data anyway?</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="104" />
      <source>Choisir la clé USB ou le dossier de sauvegarde</source>
      <translation>Choose the USB stick or the backup folder</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="39" />
      <source>Corbeille…</source>
      <translation>Bin…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="97" />
      <source>Fichier › Sauvegarder sur clé USB… (Ctrl+Maj+S)</source>
      <translation>File › Back up to USB stick… (Ctrl+Shift+S)</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="135" />
      <source>La sauvegarde est enregistrée :
{path}
Vous pouvez retirer la clé.</source>
      <translation>The backup is saved:
{path}
You can remove the stick.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="50" />
      <source>Lecture seule : rien ne peut être modifié.</source>
      <translation>Read only: nothing can be changed.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="36" />
      <source>Ouvrir le dossier des journaux</source>
      <translation>Open the logs folder</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="165" />
      <source>Remplacer les données actuelles par la sauvegarde du {when} ({cohorts}, {people}) ?

Les données actuelles seront d'abord gardées dans le dossier des sauvegardes. L'application va se rouvrir.</source>
      <translation>Replace the current data with the backup from {when} ({cohorts}, {people})?

The current data will first be kept in the backups folder. The application will reopen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="157" />
      <source>Restauration impossible</source>
      <translation>Can't restore</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="163" />
      <source>Restaurer une sauvegarde</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="33" />
      <source>Restaurer une sauvegarde…</source>
      <translation>Restore a backup…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="190" />
      <source>Sauvegarde d'une autre base</source>
      <translation>Backup of another database</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="133" />
      <source>Sauvegarde faite</source>
      <translation>Backup done</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="128" />
      <source>Sauvegarde impossible</source>
      <translation>Can't back up</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="30" />
      <source>Sauvegarder sur clé USB…</source>
      <translation>Back up to USB stick…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="114" />
      <source>Sauvegardes</source>
      <translation>Backups</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="92" />
      <source>Sauvegardée sur clé aujourd'hui</source>
      <translation>Backed up to a stick today</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="94" />
      <source>Sauvegardée sur clé il y a %n jour(s)</source>
      <translation>
        <numerusform>Backed up to a stick %n day ago</numerusform>
        <numerusform>Backed up to a stick %n days ago</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="88" />
      <source>⚠ Jamais sauvegardée sur clé USB</source>
      <translation>⚠ Never backed up to a USB stick</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="90" />
      <source>⚠ Pas de sauvegarde sur clé depuis %n jour(s)</source>
      <translation>
        <numerusform>⚠ No backup to a stick for %n day</numerusform>
        <numerusform>⚠ No backup to a stick for %n days</numerusform>
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
      <translation>Cancels expense no. {n}: {r}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="39" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="37" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="38" />
      <source>Fournisseur</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="41" />
      <source>Montant</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="46" />
      <source>Payé par</source>
      <translation>Paid by</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="52" />
      <source>Remarque</source>
      <translation>Remark</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="48" />
      <source>Remboursée</source>
      <translation>Paid back</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="51" />
      <source>Ticket</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="59" />
      <source>la caisse</source>
      <translation>the cash box</translation>
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
      <translation> (closed)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="63" />
      <source>Allergènes…</source>
      <translation>Allergens…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="228" />
      <source>Choisissez une cohorte.</source>
      <translation>Choose a cohort.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="231" />
      <source>Clôturée : corrections seulement</source>
      <translation>Closed: corrections only</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="84" />
      <source>Comptage</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="92" />
      <source>Dépenses</source>
      <translation>Expenses</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="87" />
      <source>Fin de journée</source>
      <translation>End of the day</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="59" />
      <source>Liste des prix du jour, avec les allergènes, à afficher</source>
      <translation>The day's price list, with the allergens, to put up</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="47" />
      <source>Nouvelle vente (Ctrl+N)</source>
      <translation>New sale (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="45" />
      <source>Nouvelle vente…</source>
      <translation>New sale…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="233" />
      <source>Ouverte</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="226" />
      <source>Pas encore de vente dans cette cohorte.</source>
      <translation>No sale in this cohort yet.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="57" />
      <source>Prix…</source>
      <translation>Prices…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="97" />
      <source>Résumé</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="53" />
      <source>Supprimer la vente</source>
      <translation>Delete the sale</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="51" />
      <source>Supprimer…</source>
      <translation>Delete…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="65" />
      <source>Tableau des allergènes de chaque produit du jour</source>
      <translation>Allergen table of each product of the day</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="42" />
      <source>Vente</source>
      <translation>Sale</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="105" />
      <source>Vente :</source>
      <translation>Sale:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="157" />
      <source>Ventes</source>
      <translation>Sales</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="235" />
      <source>délégué : {name}</source>
      <translation>delegate: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="237" />
      <source>déléguée : {name}</source>
      <translation>delegate: {name}</translation>
    </message>
  </context>
  <context>
    <name>Schedule</name>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="121" />
      <source>ANNULÉE</source>
      <translation>CANCELLED</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="63" />
      <source>Animé par</source>
      <translation>Led by</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="53" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="377" />
      <source>Fait</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="31" />
      <source>Fermetures</source>
      <translation>Closures</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="413" />
      <source>Graphique des heures</source>
      <translation>Hours chart</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="55" />
      <location filename="../../app/ui/schedule/models.py" line="150" />
      <location filename="../../app/ui/schedule/views.py" line="402" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="247" />
      <source>Heures faites</source>
      <translation>Hours done</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="391" />
      <source>Heures par type : prévues et faites</source>
      <translation>Hours by type: planned and done</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="339" />
      <source>Il manque {n} au programme prévu.</source>
      <translation>The planned programme is {n} short.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="68" />
      <source>Jours de fermeture (les jours fériés belges sont connus)</source>
      <translation>Closing days (Belgian public holidays are known)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="356" />
      <source>Le programme prévu atteint les objectifs.</source>
      <translation>The planned programme meets the targets.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="66" />
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="246" />
      <source>Matinées faites</source>
      <translation>Mornings done</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="61" />
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="60" />
      <source>Nouveau module…</source>
      <translation>New module…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="48" />
      <source>Nouveau prérequis…</source>
      <translation>New prerequisite…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="36" />
      <source>Nouvelle fermeture…</source>
      <translation>New closure…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="251" />
      <source>Pratique (cuisine, ventes, visites…)</source>
      <translation>Practice (cooking, sales, visits…)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="34" />
      <source>Prérequis</source>
      <translation>Prerequisite</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="77" />
      <source>Prérequis : ce qu'il faut avoir suivi avant</source>
      <translation>Prerequisites: what must have been followed before</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="181" />
      <source>Présences : membres et matinées</source>
      <translation>Attendance: members and mornings</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="376" />
      <source>Prévu</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="43" />
      <source>Semaine</source>
      <translation>Week</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="141" />
      <location filename="../../app/ui/schedule/rules_page.py" line="174" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="42" />
      <source>Supprimer la fermeture</source>
      <translation>Delete the closure</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="143" />
      <source>Supprimer la fermeture « {text} » ?</source>
      <translation>Delete the closure “{text}”?</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="176" />
      <source>Supprimer la règle « {text} » ?</source>
      <translation>Delete the rule “{text}”?</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="54" />
      <source>Supprimer le prérequis</source>
      <translation>Delete the prerequisite</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="152" />
      <source>Taux</source>
      <translation>Rate</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="248" />
      <source>Théorie</source>
      <translation>Theory</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="124" />
      <source>Trop tôt : voir le message en haut</source>
      <translation>Too early: see the message at the top</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="57" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="120" />
      <source>ajout d'un prérequis</source>
      <translation>adding a prerequisite</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="95" />
      <source>ajout d'une fermeture</source>
      <translation>adding a closure</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="113" />
      <source>cette cohorte</source>
      <translation>this cohort</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="115" />
      <source>fermé</source>
      <translation>closed</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="80" />
      <source>note de présence</source>
      <translation>attendance mark</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="154" />
      <source>nouveau sous-groupe {name}</source>
      <translation>new sub-group {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="189" />
      <source>rien de noté</source>
      <translation>nothing recorded</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="178" />
      <source>sous-groupe renommé {name}</source>
      <translation>sub-group renamed {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="140" />
      <source>suppression d'un prérequis</source>
      <translation>deleting a prerequisite</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="109" />
      <source>suppression d'une fermeture</source>
      <translation>deleting a closure</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="48" />
      <source>suppression de la matinée du {date}</source>
      <translation>deleting the morning of {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="111" />
      <source>toutes les cohortes</source>
      <translation>all cohorts</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="301" />
      <source>{done} faites sur {target} (prévues : {planned})</source>
      <translation>{done} done out of {target} (planned: {planned})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/views.py" line="310" />
      <source>{done} matinée(s) faite(s) sur {target} (prévues : {planned})</source>
      <translation>
        <numerusform>{done} morning done out of {target} (planned: {planned})</numerusform>
        <numerusform>{done} mornings done out of {target} (planned: {planned})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="347" />
      <source>{group} : il manque {n} au programme prévu.</source>
      <translation>{group}: the planned programme is {n} short.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="42" />
      <source>{hours} h</source>
      <translation>{hours} h</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="204" />
      <source>{n} matinées manquées de suite : prenez de ses nouvelles.</source>
      <translation>{n} mornings missed in a row: ask how she is.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="120" />
      <source>{reason} ({scope})</source>
      <translation>{reason} ({scope})</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="106" />
      <source>{start} → {end}</source>
      <translation>{start} → {end}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="68" />
      <source>État</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>ScheduleTab</name>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="610" />
      <source>%n matinée(s) ajoutée(s).</source>
      <translation>
        <numerusform>%n morning added.</numerusform>
        <numerusform>%n mornings added.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="479" />
      <source>Ajouter une matinée</source>
      <translation>Add a morning</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="193" />
      <location filename="../../app/ui/schedule/tab.py" line="407" />
      <location filename="../../app/ui/schedule/tab.py" line="568" />
      <source>Annuler la matinée</source>
      <translation>Cancel the morning</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="570" />
      <source>Annuler la matinée du {date} ? Elle reste dans l'horaire, barrée, et ne compte plus.</source>
      <translation>Cancel the morning of {date}? It stays in the timetable, crossed out, and no longer counts.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="853" />
      <source>Calendrier enregistré : {path}</source>
      <translation>Calendar saved: {path}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="728" />
      <location filename="../../app/ui/schedule/tab.py" line="751" />
      <source>Cette cohorte n'a pas de sous-groupe.</source>
      <translation>This cohort has no sub-group.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="99" />
      <source>Cette semaine</source>
      <translation>This week</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="89" />
      <source>Choisissez ou créez une cohorte pour voir son horaire.</source>
      <translation>Choose or create a cohort to see its timetable.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="211" />
      <source>Copier cette semaine…</source>
      <translation>Copy this week…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="635" />
      <source>Copier la semaine</source>
      <translation>Copy the week</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="189" />
      <source>Déplacer (Alt+Gauche / Alt+Droite : un jour plus tôt ou plus tard)</source>
      <translation>Move (Alt+Left / Alt+Right: one day earlier or later)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="538" />
      <location filename="../../app/ui/schedule/tab.py" line="558" />
      <source>Déplacer la matinée</source>
      <translation>Move the morning</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="186" />
      <source>Déplacer…</source>
      <translation>Move…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="835" />
      <source>Exporter le calendrier</source>
      <translation>Export the calendar</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="225" />
      <source>Exporter le calendrier (.ics)…</source>
      <translation>Export the calendar (.ics)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="801" />
      <source>Exporter les présences</source>
      <translation>Export attendance</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="228" />
      <source>Exporter les présences (tableur .csv)…</source>
      <translation>Export attendance (.csv spreadsheet)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="693" />
      <source>Fermeture ajoutée du {start} au {end}.</source>
      <translation>Closure added from {start} to {end}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="124" />
      <source>Fermetures et prérequis</source>
      <translation>Closures and prerequisites</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="796" />
      <source>Feuilles de présence à signer</source>
      <translation>Attendance sheets to sign</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="222" />
      <source>Feuilles de présence à signer (cette semaine)</source>
      <translation>Attendance sheets to sign (this week)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="672" />
      <source>Générer une période</source>
      <translation>Create a period</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="210" />
      <source>Générer une période…</source>
      <translation>Create a period…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="123" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="257" />
      <source>Horaire</source>
      <translation>Timetable</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="827" />
      <source>Impossible d'écrire le fichier : {error}</source>
      <translation>Can't write the file: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="199" />
      <source>Imprimer la semaine</source>
      <translation>Print the week</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="202" />
      <source>Imprimer la semaine pour le mur de la cuisine (Ctrl+P)</source>
      <translation>Print the week for the kitchen wall (Ctrl+P)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="612" />
      <source>Jours qui avaient déjà une matinée : %n.</source>
      <translation>
        <numerusform>%n day already had a morning.</numerusform>
        <numerusform>%n days already had a morning.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="660" />
      <source>Jours qui ont déjà une matinée : %n.</source>
      <translation>
        <numerusform>%n day already has a morning.</numerusform>
        <numerusform>%n days already have a morning.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="615" />
      <source>Jours sautés : {days}</source>
      <translation>Days skipped: {days}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="121" />
      <source>Liste</source>
      <translation>List</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="134" />
      <source>Liste des matinées</source>
      <translation>List of mornings</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="652" />
      <source>Matinées à ajouter : %n.</source>
      <translation>
        <numerusform>%n morning will be added.</numerusform>
        <numerusform>%n mornings will be added.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="183" />
      <source>Modifier</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="506" />
      <source>Modifier la matinée</source>
      <translation>Edit the morning</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="213" />
      <source>Nouveau sous-groupe…</source>
      <translation>New sub-group…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="212" />
      <source>Nouvelle fermeture…</source>
      <translation>New closure…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="176" />
      <source>Nouvelle matinée</source>
      <translation>New morning</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="179" />
      <source>Nouvelle matinée (Ctrl+N)</source>
      <translation>New morning (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="205" />
      <source>Plus d'actions</source>
      <translation>More actions</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="206" />
      <source>Plus…</source>
      <translation>More…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="122" />
      <source>Présences</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="819" />
      <source>Présences enregistrées : {path}</source>
      <translation>Attendance saved: {path}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="215" />
      <source>Renommer un sous-groupe…</source>
      <translation>Rename a sub-group…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="405" />
      <source>Rétablir la matinée</source>
      <translation>Bring back the morning</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="655" />
      <source>Sautés : {days}.</source>
      <translation>Skipped: {days}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="120" />
      <source>Semaine</source>
      <translation>Week</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="97" />
      <source>Semaine d'après ▶</source>
      <translation>Next week ▶</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="310" />
      <source>Semaine du {start} au {end}</source>
      <translation>Week from {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="781" />
      <source>Semaine à imprimer</source>
      <translation>Week to print</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="196" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="218" />
      <source>Supprimer un sous-groupe…</source>
      <translation>Delete a sub-group…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="803" />
      <source>Tableur CSV (*.csv)</source>
      <translation>CSV spreadsheet (*.csv)</translation>
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
        <numerusform>… and %n more: see the list.</numerusform>
        <numerusform>… and %n more: see the list.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="94" />
      <source>◀ Semaine d'avant</source>
      <translation>◀ Previous week</translation>
    </message>
  </context>
  <context>
    <name>SharingDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="394" />
      <source>A participé</source>
      <translation>Took part</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="458" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation>First choose a cohort.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="433" />
      <source>Date *</source>
      <translation>Date *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="439" />
      <source>Décision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="394" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="437" />
      <source>Heures de présence</source>
      <translation>Hours present</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="436" />
      <source>Le reste</source>
      <translation>The rest</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="394" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="438" />
      <source>Objections</source>
      <translation>Objections</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="435" />
      <source>Part au fonds commun</source>
      <translation>Share for the common fund</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="383" />
      <source>Partage du résultat (par consentement)</source>
      <translation>Sharing the profit (by consent)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="434" />
      <source>Proposition *</source>
      <translation>Proposal *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="420" />
      <source>Revoir la décision le :</source>
      <translation>Review the decision on:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="429" />
      <source>Résultat de la cohorte : {p}</source>
      <translation>Cohort profit: {p}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="440" />
      <source>Révision</source>
      <translation>Review</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="415" />
      <source>Une objection par ligne : objection =&gt; comment elle a été intégrée</source>
      <translation>One objection per line: objection =&gt; how it was taken into account</translation>
    </message>
  </context>
  <context>
    <name>SheetMap</name>
    <message>
      <location filename="../../app/ui/labels/sheet_map.py" line="24" />
      <source>Cliquez sur la première étiquette libre de la feuille.</source>
      <translation>Click the first free label on the sheet.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/sheet_map.py" line="22" />
      <source>Première feuille : cliquez sur la première étiquette libre</source>
      <translation>First sheet: click the first free label</translation>
    </message>
  </context>
  <context>
    <name>SignDialog</name>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="73" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="64" />
      <source>Signer le document</source>
      <translation>Sign the document</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="74" />
      <source>Signé le</source>
      <translation>Signed on</translation>
    </message>
  </context>
  <context>
    <name>Stock</name>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="234" />
      <source>Achat d'ingrédient</source>
      <translation>Ingredient purchase</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/soon_text.py" line="33" />
      <source>Bientôt périmés (ou périmés) :</source>
      <translation>Soon out of date (or out of date):</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="292" />
      <source>Comptage du stock</source>
      <translation>Stock count</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="263" />
      <source>Lot fabriqué</source>
      <translation>Lot made</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="325" />
      <source>Perte</source>
      <translation>Loss</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/soon_text.py" line="20" />
      <source>{name}, lot {lot} : {left} en stock, PÉRIMÉ depuis le {date}</source>
      <translation>{name}, lot {lot}: {left} in stock, OUT OF DATE since {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/soon_text.py" line="24" />
      <source>{name}, lot {lot} : {left} en stock, date {date}</source>
      <translation>{name}, lot {lot}: {left} in stock, date {date}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/kitchen/soon_text.py" line="37" />
      <source>… et %n autre(s) : voir « Stock et lots… »</source>
      <translation>
        <numerusform>… and %n more: see “Stock and lots…”</numerusform>
        <numerusform>… and %n more: see “Stock and lots…”</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StockDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="344" />
      <source>Acheté : {ingredient}, {supplier}, le {date}, lot {lot}</source>
      <translation>Bought: {ingredient}, {supplier}, on {date}, lot {lot}</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="89" />
      <source>Acheté le</source>
      <translation>Bought on</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="338" />
      <source>Aucun achat ni lot fabriqué avec ce numéro.</source>
      <translation>No purchase or lot made with this number.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="304" />
      <source>Choisissez d'abord le lot dans la liste des produits.</source>
      <translation>First choose the lot in the list of products.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="113" />
      <source>Compter le stock…</source>
      <translation>Count the stock…</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="68" />
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="91" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="71" />
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="94" />
      <source>En stock</source>
      <translation>In stock</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="66" />
      <source>Fabriqué le</source>
      <translation>Made on</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="128" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="184" />
      <source>Imprimer la traçabilité…</source>
      <translation>Print the traceability…</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="86" />
      <source>Ingrédient</source>
      <translation>Ingredient</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="100" />
      <source>Ingrédients en stock</source>
      <translation>Ingredients in stock</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="65" />
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="88" />
      <source>Lot</source>
      <translation>Lot</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="358" />
      <source>Lot {lot} : {product}, fait le {date} ; vendu : {days}</source>
      <translation>Lot {lot}: {product}, made on {date}; sold: {days}</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="163" />
      <source>Noter la perte du lot choisi</source>
      <translation>Record the loss of the chosen lot</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="112" />
      <source>Nouveau lot fabriqué…</source>
      <translation>New lot made…</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="111" />
      <source>Nouvel achat…</source>
      <translation>New purchase…</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="174" />
      <source>Numéro de lot à retrouver</source>
      <translation>Lot number to find</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="64" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="76" />
      <source>Produits en stock</source>
      <translation>Products in stock</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="154" />
      <source>Raison de la perte</source>
      <translation>Reason for the loss</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="183" />
      <source>Retrouver le lot</source>
      <translation>Find the lot</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="203" />
      <source>Rien n'est bientôt périmé.</source>
      <translation>Nothing is soon out of date.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="57" />
      <source>Stock et lots</source>
      <translation>Stock and lots</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="378" />
      <source>Traçabilité du lot</source>
      <translation>Traceability of the lot</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="153" />
      <source>Unités perdues</source>
      <translation>Units lost</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="70" />
      <source>Vendues</source>
      <translation>Sold</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="175" />
      <source>numéro de lot : étiquette ou fournisseur</source>
      <translation>lot number: label or supplier</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="145" />
      <source>par exemple : tombées, date dépassée</source>
      <translation>for example: dropped, out of date</translation>
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
      <translation>New name *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="67" />
      <source>Renommer un sous-groupe</source>
      <translation>Rename a sub-group</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="65" />
      <source>Sous-groupe</source>
      <translation>Sub-group</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="74" />
      <source>Supprimer un sous-groupe</source>
      <translation>Delete a sub-group</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="80" />
      <source>Supprimer…</source>
      <translation>Delete…</translation>
    </message>
  </context>
  <context>
    <name>SubgroupDialog</name>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="37" />
      <source>Nom *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="23" />
      <source>Nouveau sous-groupe</source>
      <translation>New sub-group</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="25" />
      <source>Par exemple : Informatique A</source>
      <translation>For example: IT A</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="38" />
      <source>Ses membres *</source>
      <translation>Its members *</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="184" />
      <source>&lt;b&gt;La cohorte&lt;/b&gt; ({n} ventes)</source>
      <translation>&lt;b&gt;The cohort&lt;/b&gt; ({n} sales)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="158" />
      <source>&lt;b&gt;La journée&lt;/b&gt; ({title})&lt;br&gt;Chiffre d'affaires TVAC : {incl}&lt;br&gt;TVA : {vat}&lt;br&gt;Par paiement : {methods}</source>
      <translation>&lt;b&gt;The day&lt;/b&gt; ({title})&lt;br&gt;Turnover incl. VAT: {incl}&lt;br&gt;VAT: {vat}&lt;br&gt;By payment: {methods}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/sales/summary.py" line="122" />
      <source>&lt;br&gt;&lt;b&gt;Vendu plus que le stock noté : %n unité(s).&lt;/b&gt; Le comptage sur papier compte ; vérifiez les lots fabriqués (Aujourd'hui, « Stock et lots »).</source>
      <translation>
        <numerusform>&lt;br&gt;&lt;b&gt;Sold more than the recorded stock: %n unit.&lt;/b&gt; The paper count counts; check the lots made (Today, “Stock and lots”).</numerusform>
        <numerusform>&lt;br&gt;&lt;b&gt;Sold more than the recorded stock: %n units.&lt;/b&gt; The paper count counts; check the lots made (Today, “Stock and lots”).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="187" />
      <source>&lt;br&gt;Meilleures ventes : {best}</source>
      <translation>&lt;br&gt;Best sellers: {best}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/sales/summary.py" line="182" />
      <source>&lt;br&gt;Pertes (produits jetés) : %n unité(s)</source>
      <translation>
        <numerusform>&lt;br&gt;Losses (products thrown away): %n unit</numerusform>
        <numerusform>&lt;br&gt;Losses (products thrown away): %n units</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/sales/summary.py" line="120" />
      <source>&lt;br&gt;Pertes du jour : %n unité(s)</source>
      <translation>
        <numerusform>&lt;br&gt;Losses of the day: %n unit</numerusform>
        <numerusform>&lt;br&gt;Losses of the day: %n units</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="117" />
      <source>&lt;br&gt;Reporté des jours précédents : {products}</source>
      <translation>&lt;br&gt;Carried over from earlier days: {products}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="232" />
      <source>Aucune décision de partage pour cette cohorte.</source>
      <translation>No profit-sharing decision for this cohort.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="171" />
      <source>Aucune vente choisie.</source>
      <translation>No sale chosen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="60" />
      <source>Décider le partage du résultat…</source>
      <translation>Decide how to share the profit…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="246" />
      <source>Exporter en CSV</source>
      <translation>Export as CSV</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="69" />
      <source>Exporter les dépenses (CSV)…</source>
      <translation>Export the expenses (CSV)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="66" />
      <source>Exporter les ventes (CSV)…</source>
      <translation>Export the sales (CSV)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="50" />
      <source>Graphique de la recette par vente</source>
      <translation>Chart of takings per sale</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="267" />
      <source>Impossible d'écrire ce fichier : {e}</source>
      <translation>Can't write this file: {e}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="63" />
      <source>Imprimer le partage…</source>
      <translation>Print the sharing…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="57" />
      <source>Imprimer le résumé de la cohorte…</source>
      <translation>Print the cohort summary…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="53" />
      <source>Imprimer le résumé du jour…</source>
      <translation>Print the day's summary…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="231" />
      <location filename="../../app/ui/sales/summary.py" line="237" />
      <source>Partage du résultat</source>
      <translation>Profit sharing</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="175" />
      <source>Recette HTVA</source>
      <translation>Takings excl. VAT</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="49" />
      <source>Recette par vente (hors TVA, €)</source>
      <translation>Takings per sale (excl. VAT, €)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="215" />
      <source>Résumé de la cohorte</source>
      <translation>Cohort summary</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="203" />
      <source>Résumé de la journée</source>
      <translation>Day's summary</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="270" />
      <source>{n} lignes exportées.</source>
      <translation>{n} lines exported.</translation>
    </message>
  </context>
  <context>
    <name>Tabs</name>
    <message>
      <location filename="../../app/ui/tabs.py" line="40" />
      <source>Aujourd'hui</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="77" />
      <source>Déléguées</source>
      <translation>Delegates</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="44" />
      <source>Horaire</source>
      <translation>Schedule</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="105" />
      <source>Membres</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="52" />
      <source>Menus</source>
      <translation>Menus</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="69" />
      <source>Ventes</source>
      <translation>Sales</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="97" />
      <source>Vie coopérative</source>
      <translation>Cooperative life</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="65" />
      <source>Étiquettes</source>
      <translation>Labels</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="84" />
      <source>Évaluations</source>
      <translation>Evaluations</translation>
    </message>
  </context>
  <context>
    <name>TallyPage</name>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="230" />
      <source>Ajouter un {name}</source>
      <translation>Add one {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="145" />
      <source>Annuler le dernier appui (Ctrl+Z)</source>
      <translation>Undo the last press (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="319" />
      <source>Annulé : {tap}</source>
      <translation>Undone: {tap}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="203" />
      <source>Cette vente est celle du {date}, pas d'aujourd'hui. Pour vendre aujourd'hui, cliquez sur « Nouvelle vente… ».</source>
      <translation>This sale is the one of {date}, not today's. To sell today, click "New sale…".</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="170" />
      <source>Chaque appui est enregistré tout de suite. F1 à F9 : +1 du produit 1 à 9 ; Maj+F1 à F9 : −1. Ceci est un outil de comptage, pas une caisse enregistreuse certifiée.</source>
      <translation>Each press is saved straight away. F1 to F9: +1 for product 1 to 9; Shift+F1 to F9: −1. This is a counting tool, not a certified cash register.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="260" />
      <source>Choisissez ou créez une vente.</source>
      <translation>Choose or create a sale.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="122" />
      <source>Code-barres</source>
      <translation>Barcode</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="237" />
      <source>Enlever un {name}</source>
      <translation>Take away one {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="279" />
      <source>Journée clôturée. </source>
      <translation>Day closed. </translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="99" />
      <source>Paiement :</source>
      <translation>Payment:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="109" />
      <source>Paiement : {m}</source>
      <translation>Payment: {m}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="321" />
      <source>Rétabli : {tap}</source>
      <translation>Redone: {tap}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="148" />
      <source>Rétablir (Ctrl+Y)</source>
      <translation>Redo (Ctrl+Y)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="120" />
      <source>Scanner un code-barres ici (ou taper le code puis Entrée)</source>
      <translation>Scan a barcode here (or type the code then Enter)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="275" />
      <source>Total : {amount}</source>
      <translation>Total: {amount}</translation>
    </message>
  </context>
  <context>
    <name>TaskDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="93" />
      <source>Nouvelle tâche</source>
      <translation>New task</translation>
    </message>
  </context>
  <context>
    <name>TaskFields</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="56" />
      <source>(aucun)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="48" />
      <source>(personne en particulier)</source>
      <translation>(no one in particular)</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="49" />
      <source>Avec une date limite</source>
      <translation>With a deadline</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="77" />
      <source>Cercle</source>
      <translation>Circle</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="72" />
      <source>Nouvelle tâche</source>
      <translation>New task</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="76" />
      <source>Pour quand</source>
      <translation>By when</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="75" />
      <source>Pour qui</source>
      <translation>For whom</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="70" />
      <source>Tâche *</source>
      <translation>Task *</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="47" />
      <source>par exemple : acheter des dattes</source>
      <translation>for example: buy dates</translation>
    </message>
  </context>
  <context>
    <name>TastingDialog</name>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="32" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="33" />
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="21" />
      <source>Nouvelle dégustation</source>
      <translation>New tasting</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="31" />
      <source>Produit et version</source>
      <translation>Product and version</translation>
    </message>
  </context>
  <context>
    <name>Tastings</name>
    <message>
      <location filename="../../app/ui/tastings/chart.py" line="64" />
      <source>Graphique des notes par version</source>
      <translation>Chart of the scores by version</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/chart.py" line="35" />
      <source>Note moyenne sur 5, par version</source>
      <translation>Average score out of 5, by version</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/commands.py" line="41" />
      <source>déplacement de la question « {q} »</source>
      <translation>moving the question “{q}”</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/commands.py" line="21" />
      <source>modification de la question « {q} »</source>
      <translation>editing the question “{q}”</translation>
    </message>
  </context>
  <context>
    <name>TastingsPage</name>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="102" />
      <source>Ajouter…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="239" />
      <source>Coût</source>
      <translation>Cost</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="129" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="108" />
      <source>Descendre</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="136" />
      <source>Dégustations</source>
      <translation>Tastings</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="142" />
      <source>Dégustations du produit</source>
      <translation>Tastings of the product</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="132" />
      <location filename="../../app/ui/tastings/page.py" line="232" />
      <source>Formulaires</source>
      <translation>Forms</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="88" />
      <source>Genre</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="71" />
      <source>Imprimer le questionnaire…</source>
      <translation>Print the questionnaire…</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="131" />
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="242" />
      <source>Marge</source>
      <translation>Margin</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="104" />
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="106" />
      <source>Monter</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="161" />
      <source>Notes moyennes sur 5, avec le coût, le prix et la marge par pièce.</source>
      <translation>Average scores out of 5, with the cost, the price and the margin per piece.</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="63" />
      <source>Nouvelle dégustation…</source>
      <translation>New tasting…</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="87" />
      <source>N°</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="240" />
      <source>Prix de vente</source>
      <translation>Selling price</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="56" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="74" />
      <source>Produit :</source>
      <translation>Product:</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="89" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="390" />
      <source>Questionnaire de dégustation</source>
      <translation>Tasting questionnaire</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="94" />
      <source>Questions de la version</source>
      <translation>Questions of the version</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="113" />
      <source>Questions de la version choisie</source>
      <translation>Questions of the chosen version</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="90" />
      <source>Réponses possibles</source>
      <translation>Possible answers</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="153" />
      <source>Résultats par version</source>
      <translation>Results by version</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="158" />
      <source>Résultats, version après version</source>
      <translation>Results, version after version</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="65" />
      <source>Saisir les formulaires…</source>
      <translation>Type the forms…</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="111" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="68" />
      <source>Taper les formulaires papier de la dégustation choisie</source>
      <translation>Type the paper forms of the chosen tasting</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="61" />
      <location filename="../../app/ui/tastings/page.py" line="130" />
      <location filename="../../app/ui/tastings/page.py" line="231" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="76" />
      <source>Version :</source>
      <translation>Version:</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="360" />
      <source>dégustation du {day}</source>
      <translation>tasting of {day}</translation>
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
      <translation>Corrective action</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="51" />
      <source>Pas encore de frigo ni de congélateur : ajoutez-les dans l'onglet « Déléguées », « Listes du jour… », bouton « Frigos… ».</source>
      <translation>No fridge or freezer yet: add them in the « Delegates » tab, « Lists for the day… », button « Fridges… ».</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="19" />
      <source>Températures du jour</source>
      <translation>Today's temperatures</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="27" />
      <source>par exemple 4 ou -18,5</source>
      <translation>for example 4 or -18,5</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="29" />
      <source>si hors limites : ce qui a été fait</source>
      <translation>if out of limits: what was done</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="33" />
      <source>{name} (de {low} à {high})</source>
      <translation>{name} (from {low} to {high})</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="42" />
      <source>Écrivez la température lue sur le thermomètre. Hors limites : notez ce que vous avez fait (porte refermée, produits jetés…).</source>
      <translation>Write the temperature shown on the thermometer. Out of limits: write what you did (door closed, food thrown away…).</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="28" />
      <source>Code du modèle *</source>
      <translation>Template code *</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="38" />
      <source>Colonnes</source>
      <translation>Columns</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="33" />
      <source>Hauteur d'une étiquette (mm)</source>
      <translation>Label height (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="31" />
      <source>Hauteur de la page (mm)</source>
      <translation>Page height (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="32" />
      <source>Largeur d'une étiquette (mm)</source>
      <translation>Label width (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="30" />
      <source>Largeur de la page (mm)</source>
      <translation>Page width (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="35" />
      <source>Marge en haut (mm)</source>
      <translation>Top margin (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="34" />
      <source>Marge à gauche (mm)</source>
      <translation>Left margin (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="29" />
      <source>Mes étiquettes</source>
      <translation>My labels</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="52" />
      <source>Mesurez sur la feuille, depuis le coin en haut à gauche. Le pas est la distance entre le début d'une étiquette et le début de la suivante.</source>
      <translation>Measure on the sheet, from the top left corner. The pitch is the distance from the start of one label to the start of the next.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="29" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="25" />
      <source>Nouveau modèle d'étiquettes</source>
      <translation>New label template</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="36" />
      <source>Pas horizontal (mm)</source>
      <translation>Horizontal pitch (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="37" />
      <source>Pas vertical (mm)</source>
      <translation>Vertical pitch (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="39" />
      <source>Rangées</source>
      <translation>Rows</translation>
    </message>
  </context>
  <context>
    <name>TermDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="275" />
      <source>Au</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="274" />
      <source>Du</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="277" />
      <source>Début</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="278" />
      <source>Fin</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="253" />
      <source>Générer une période</source>
      <translation>Create a period</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="276" />
      <source>Jours</source>
      <translation>Days</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="288" />
      <source>Les jours fériés belges et les fermetures sont sautés.</source>
      <translation>Belgian public holidays and closures are skipped.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="281" />
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="280" />
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="279" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
  </context>
  <context>
    <name>Today</name>
    <message>
      <location filename="../../app/ui/today/tab.py" line="506" />
      <source>Cocher « {text} »</source>
      <translation>Tick "{text}"</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="506" />
      <source>Décocher « {text} »</source>
      <translation>Untick "{text}"</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="439" />
      <source>Températures du jour</source>
      <translation>Today's temperatures</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="537" />
      <source>Tâche faite : {text}</source>
      <translation>Task done: {text}</translation>
    </message>
  </context>
  <context>
    <name>TodayTab</name>
    <message numerus="yes">
      <location filename="../../app/ui/today/tab.py" line="296" />
      <source>%n suivi(s) après le programme à faire : onglet Membres, « Après le programme… ».</source>
      <translation>
        <numerusform>%n follow-up after the programme to do: Members tab, “After the programme…”.</numerusform>
        <numerusform>%n follow-ups after the programme to do: Members tab, “After the programme…”.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="483" />
      <source>Aucune tâche ouverte.</source>
      <translation>No open tasks.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="239" />
      <source>Aujourd'hui</source>
      <translation>Today</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/today/tab.py" line="458" />
      <source>Cercles : %n tâche(s) pour aujourd'hui ou en retard ({circles})</source>
      <translation>
        <numerusform>Circles: %n task for today or late ({circles})</numerusform>
        <numerusform>Circles: %n tasks for today or late ({circles})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="249" />
      <source>Choisissez ou créez une cohorte.</source>
      <translation>Choose or create a cohort.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="112" />
      <source>Clôturer la journée</source>
      <translation>Close the day</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="370" />
      <source>Coché par {name}{at}</source>
      <translation>Ticked by {name}{at}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="389" />
      <source>Double-cliquez pour écrire les températures.</source>
      <translation>Double-click to write the temperatures.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="89" />
      <source>Déléguée du jour</source>
      <translation>Delegate of the day</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="480" />
      <source>En retard</source>
      <translation>Late</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="114" />
      <source>Encoder les ventes et compter la caisse</source>
      <translation>Enter the sales and count the cash box</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="333" />
      <source>Fait : {text}</source>
      <translation>Done: {text}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="106" />
      <source>Imprimer les étiquettes</source>
      <translation>Print the labels</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="335" />
      <source>La suite : {text}</source>
      <translation>Next: {text}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="147" />
      <location filename="../../app/ui/today/tab.py" line="210" />
      <source>Liste du jour</source>
      <translation>Today's checklist</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="120" />
      <source>Nouvelle tâche</source>
      <translation>New task</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="122" />
      <source>Nouvelle tâche (Ctrl+Maj+A)</source>
      <translation>New task (Ctrl+Shift+A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="109" />
      <source>Ouvrir les ventes</source>
      <translation>Open the sales</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="269" />
      <source>Pas de déléguée</source>
      <translation>No delegate</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="271" />
      <source>Pas de matinée aujourd'hui</source>
      <translation>No morning today</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="323" />
      <source>Pas encore de passation.</source>
      <translation>No handover yet.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="267" />
      <source>Pas encore de planning</source>
      <translation>No schedule yet</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="205" />
      <source>Passation de la déléguée précédente</source>
      <translation>Handover from the previous delegate</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="141" />
      <source>Passation précédente</source>
      <translation>Previous handover</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="276" />
      <source>Planifiez les déléguées dans l'onglet « Déléguées ».</source>
      <translation>Plan the delegates in the "Delegates" tab.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="283" />
      <source>Prochain délégué : {name}, {date}</source>
      <translation>Next delegate: {name}, {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="285" />
      <source>Prochaine déléguée : {name}, {date}</source>
      <translation>Next delegate: {name}, {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="144" />
      <location filename="../../app/ui/today/tab.py" line="209" />
      <source>Programme du jour</source>
      <translation>Today's programme</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="152" />
      <source>Relever les températures</source>
      <translation>Read the temperatures</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="346" />
      <source>Rien dans le planning aujourd'hui.</source>
      <translation>Nothing on the schedule today.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="155" />
      <source>Stock et lots…</source>
      <translation>Stock and lots…</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="157" />
      <source>Stock, achats, lots fabriqués et pertes</source>
      <translation>Stock, purchases, lots made and losses</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="395" />
      <source>Température hors limites : notez ce qui a été fait (bouton « Températures… »).</source>
      <translation>Temperature out of limits: write what was done (button « Temperatures… »).</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="150" />
      <source>Températures…</source>
      <translation>Temperatures…</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="172" />
      <location filename="../../app/ui/today/tab.py" line="215" />
      <source>Tâches ouvertes</source>
      <translation>Open tasks</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="471" />
      <source>pour le {date}</source>
      <translation>for {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="327" />
      <source>{name}, {date} :</source>
      <translation>{name}, {date}:</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="116" />
      <source>Écrire la passation</source>
      <translation>Write the handover</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="118" />
      <source>Écrire la passation (Ctrl+Maj+H)</source>
      <translation>Write the handover (Ctrl+Shift+H)</translation>
    </message>
  </context>
  <context>
    <name>Trash</name>
    <message>
      <location filename="../../app/ui/safety/commands.py" line="40" />
      <source>Corbeille</source>
      <translation>Bin</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/delete_action.py" line="25" />
      <source>Mettre « {label} » à la corbeille ? Vous pourrez la restaurer pendant 30 jours (Édition › Corbeille).</source>
      <translation>Move “{label}” to the bin? You can restore it for 30 days (Edit › Bin).</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/delete_action.py" line="40" />
      <source>Suppression impossible</source>
      <translation>Cannot delete</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/delete_action.py" line="23" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/commands.py" line="67" />
      <source>ajout de {label}</source>
      <translation>adding {label}</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/commands.py" line="50" />
      <source>suppression de {label}</source>
      <translation>deleting {label}</translation>
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="105" />
      <source>Ce qui a été supprimé reste ici 30 jours. Choisissez une ligne pour la restaurer.</source>
      <translation>What was deleted stays here for 30 days. Choose a line to restore it.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="102" />
      <source>Corbeille</source>
      <translation>Bin</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="122" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="115" />
      <source>La corbeille est vide.</source>
      <translation>The bin is empty.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="163" />
      <source>Restauration impossible</source>
      <translation>Can't restore</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="117" />
      <source>Restaurer</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="120" />
      <location filename="../../app/ui/safety/trash_dialog.py" line="177" />
      <source>Supprimer définitivement</source>
      <translation>Delete for good</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="179" />
      <source>Supprimer définitivement « {label} » ? Ce ne sera plus possible de la restaurer.</source>
      <translation>Delete "{label}" for good? It will no longer be possible to restore it.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="112" />
      <source>Éléments dans la corbeille</source>
      <translation>Items in the bin</translation>
    </message>
  </context>
  <context>
    <name>TrashModel</name>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="90" />
      <source>Gardé jusqu'au</source>
      <translation>Kept until</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="87" />
      <source>Quoi</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="89" />
      <source>Supprimé le</source>
      <translation>Deleted on</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="88" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
  </context>
  <context>
    <name>UnavailabilityDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="241" />
      <source>Chaque semaine</source>
      <translation>Every week</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="238" />
      <source>Indisponible</source>
      <translation>Unavailable</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="256" />
      <source>Jour</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="263" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="265" />
      <source>Pourquoi</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="264" />
      <source>Quand</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="240" />
      <source>Un jour</source>
      <translation>One day</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="258" />
      <source>par exemple : garde des enfants</source>
      <translation>for example: childcare</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <location filename="../../app/ui/undo.py" line="157" />
      <source>Annuler</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../app/ui/undo.py" line="157" />
      <source>Annuler : {action}</source>
      <translation>Undo {action}</translation>
    </message>
    <message>
      <location filename="../../app/ui/undo.py" line="160" />
      <source>Rétablir</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../app/ui/undo.py" line="160" />
      <source>Rétablir : {action}</source>
      <translation>Redo {action}</translation>
    </message>
  </context>
  <context>
    <name>VersionDialog</name>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="49" />
      <source>Adopté le *</source>
      <translation>Adopted on *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="47" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="36" />
      <source>Nouvelle version</source>
      <translation>New version</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="48" />
      <source>Texte *</source>
      <translation>Text *</translation>
    </message>
  </context>
  <context>
    <name>ViewMenu</name>
    <message>
      <location filename="../../app/ui/view_menu.py" line="49" />
      <source>&amp;Affichage</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../app/ui/view_menu.py" line="66" />
      <source>Grand affichage (comptoir)</source>
      <translation>Large display (counter)</translation>
    </message>
    <message>
      <location filename="../../app/ui/view_menu.py" line="51" />
      <source>Langue</source>
      <translation>Language</translation>
    </message>
  </context>
  <context>
    <name>WeekdayBoxes</name>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="27" />
      <source>dim.</source>
      <translation>Sun</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="24" />
      <source>jeu.</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="21" />
      <source>lun.</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="22" />
      <source>mar.</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="23" />
      <source>mer.</source>
      <translation>Wed</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="26" />
      <source>sam.</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="25" />
      <source>ven.</source>
      <translation>Fri</translation>
    </message>
  </context>
  <context>
    <name>_CohortPage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="128" />
      <source>&amp;Début</source>
      <translation>&amp;Start</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="129" />
      <source>&amp;Fin</source>
      <translation>&amp;End</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="127" />
      <source>&amp;Nom *</source>
      <translation>&amp;Name *</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="111" />
      <source>Coopérative 1</source>
      <translation>Cooperative 1</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="116" />
      <source>Début</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="121" />
      <source>Fin</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="136" />
      <source>La fin doit venir après le début.</source>
      <translation>The end must come after the start.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="110" />
      <source>La première cohorte</source>
      <translation>The first cohort</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="113" />
      <source>Nom de la cohorte</source>
      <translation>Name of the cohort</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="126" />
      <source>Une cohorte, c'est un groupe de membres pendant trois mois.</source>
      <translation>A cohort is a group of members for three months.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="134" />
      <source>Écrivez le nom de la cohorte.</source>
      <translation>Write the name of the cohort.</translation>
    </message>
  </context>
  <context>
    <name>_CooperativePage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="93" />
      <source>&amp;Adresse</source>
      <translation>&amp;Address</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="94" />
      <source>&amp;Langue des étiquettes et documents clients</source>
      <translation>&amp;Language of labels and customer documents</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="92" />
      <source>&amp;Nom *</source>
      <translation>&amp;Name *</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="81" />
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="86" />
      <source>Langue des étiquettes et documents clients</source>
      <translation>Language of labels and customer documents</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="78" />
      <source>Nom de la coopérative</source>
      <translation>Name of the cooperative</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="75" />
      <source>Votre coopérative</source>
      <translation>Your cooperative</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="101" />
      <source>Écrivez le nom de la coopérative.</source>
      <translation>Write the name of the cooperative.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="90" />
      <source>Écrivez le nom de votre coopérative. L'adresse est facultative.</source>
      <translation>Write the name of your cooperative. The address is optional.</translation>
    </message>
  </context>
  <context>
    <name>_MembersPage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="163" />
      <source>&amp;Membres :</source>
      <translation>&amp;Members:</translation>
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
      <translation>The members</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="150" />
      <source>Membres, un nom par ligne</source>
      <translation>Members, one name per line</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="157" />
      <source>Écrivez un nom par ligne : le prénom, puis le nom. Vous pourrez en ajouter plus tard dans l'onglet Membres.</source>
      <translation>Write one name per line: first name, then last name. You can add more later in the Members tab.</translation>
    </message>
  </context>
  <context>
    <name>_StartPage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="53" />
      <source>Bienvenue !</source>
      <translation>Welcome!</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="59" />
      <source>Cette base est vide.</source>
      <translation>This database is empty.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="54" />
      <source>Ouvrir la &amp;démo (pour essayer)</source>
      <translation>Open the &amp;demo (to try it out)</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="62" />
      <source>Pour créer votre coopérative, cliquez sur « Suivant ». Pour essayer l'application avec des exemples, ouvrez la démo.</source>
      <translation>To create your cooperative, click "Next". To try the app with examples, open the demo.</translation>
    </message>
  </context>
  <context>
    <name>allergen_sheet</name>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="73" />
      <source>Allergènes</source>
      <translation>Allergens</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="64" />
      <source>Allergènes — {date}</source>
      <translation>Allergens — {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="54" />
      <source>Allergènes — {name}</source>
      <translation>Allergens — {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="58" />
      <location filename="../../app/printing/allergen_sheet.py" line="62" />
      <source>Allergènes — {name}, {date}</source>
      <translation>Allergens — {name}, {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="21" />
      <source>Aucun des 14 allergènes</source>
      <translation>None of the 14 allergens</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="105" />
      <source>Aucun plat.</source>
      <translation>No dish.</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="29" />
      <source>Contient</source>
      <translation>Contains</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="20" />
      <source>Inconnu : demandez à l'équipe</source>
      <translation>Unknown: ask the team</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="107" />
      <source>Les 14 allergènes de chaque plat, d'après nos recettes</source>
      <translation>The 14 allergens of each dish, from our recipes</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="80" />
      <source>Les 14 allergènes du règlement (UE) 1169/2011, d'après nos recettes. En cas d'allergie, parlez-en à l'équipe avant de manger.</source>
      <translation>The 14 allergens of regulation (EU) 1169/2011, from our recipes. If you have an allergy, talk to the team before eating.</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="30" />
      <source>Peut contenir des traces de</source>
      <translation>May contain traces of</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="28" />
      <source>Plat</source>
      <translation>Dish</translation>
    </message>
  </context>
  <context>
    <name>argparse</name>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="35" />
      <source>%(prog)s : erreur : %(message)s</source>
      <translation>%(prog)s: error: %(message)s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="31" />
      <source>afficher cette aide, puis quitter</source>
      <translation>show this help, then quit</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="32" />
      <source>afficher la version du programme, puis quitter</source>
      <translation>show the program's version, then quit</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="36" />
      <source>argument %(argument_name)s : %(message)s</source>
      <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="53" />
      <source>au moins une valeur est attendue</source>
      <translation>at least one value is expected</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="61" />
      <source>choix non valable : %(value)r (choisir parmi %(choices)s)</source>
      <translation>choice not valid: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="29" />
      <source>commandes et arguments</source>
      <translation>commands and arguments</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="45" />
      <source>il manque ces arguments obligatoires : %s</source>
      <translation>these required arguments are missing: %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="43" />
      <source>impossible avec l'argument %s</source>
      <translation>not possible with the argument %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="39" />
      <source>impossible d'ouvrir « %(filename)s » : %(error)s</source>
      <translation>cannot open '%(filename)s': %(error)s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="42" />
      <source>mots non reconnus : %s</source>
      <translation>words not recognised: %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="65" />
      <source>nombre de valeurs attendu : %s</source>
      <translation>number of values expected: %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="54" />
      <source>option ambiguë : %(option)s peut être %(matches)s</source>
      <translation>ambiguous option: %(option)s could be %(matches)s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="57" />
      <source>option inattendue : %s</source>
      <translation>unexpected option: %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="30" />
      <source>options</source>
      <translation>options</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="48" />
      <source>un de ces arguments est obligatoire : %s</source>
      <translation>one of these arguments is required: %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="52" />
      <source>une valeur au plus est attendue</source>
      <translation>at most one value is expected</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="51" />
      <source>une valeur est attendue</source>
      <translation>a value is expected</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="28" />
      <source>utilisation : </source>
      <translation>usage: </translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="44" />
      <source>valeur en trop, ignorée : %r</source>
      <translation>value too many, ignored: %r</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="58" />
      <source>valeur non valable (%(type)s) : %(value)r</source>
      <translation>value not valid (%(type)s): %(value)r</translation>
    </message>
  </context>
  <context>
    <name>attendance_export</name>
    <message>
      <location filename="../../app/services/schedule/attendance_export.py" line="30" />
      <source>Heures prévues</source>
      <translation>Hours planned</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance_export.py" line="29" />
      <source>Heures suivies</source>
      <translation>Hours attended</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance_export.py" line="23" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance_export.py" line="31" />
      <source>Taux de présence (%)</source>
      <translation>Attendance rate (%)</translation>
    </message>
  </context>
  <context>
    <name>backup</name>
    <message>
      <location filename="../../app/services/safety/backup.py" line="591" />
      <source>Ce fichier est la base de données ouverte.</source>
      <translation>This file is the open database.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="307" />
      <source>Il n'y a encore rien à sauvegarder.</source>
      <translation>There is nothing to back up yet.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="609" />
      <source>Impossible d'écrire dans le dossier de la base de données ({reason}). Rien n'a été modifié.</source>
      <translation>Can't write in the database folder ({reason}). Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="279" />
      <source>Impossible d'écrire la sauvegarde dans « {folder} » ({reason}). Choisissez un autre dossier.</source>
      <translation>Can't write the backup in "{folder}" ({reason}). Choose another folder.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="316" />
      <source>La base de données est endommagée ({detail}) : aucune sauvegarde n'a été faite. Restaurez la dernière bonne sauvegarde (Fichier › Restaurer une sauvegarde).</source>
      <translation>The database is damaged ({detail}): no backup was made. Restore the last good backup (File › Restore a backup).</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="622" />
      <source>La copie de la sauvegarde n'est pas saine.</source>
      <translation>The backup copy is not sound.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="333" />
      <source>La copie n'est pas saine ({detail}) : la base actuelle est peut-être endommagée. Aucune sauvegarde n'a été enregistrée.</source>
      <translation>The copy is not sound ({detail}): the current database may be damaged. No backup was saved.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="497" />
      <source>La sauvegarde « {name} » est endommagée ({detail}).</source>
      <translation>The backup "{name}" is damaged ({detail}).</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="513" />
      <source>La sauvegarde « {name} » vient d'une version plus récente de Coopér'Actives. Installez la dernière version pour la restaurer.</source>
      <translation>The backup "{name}" comes from a newer version of Coopér'Actives. Install the latest version to restore it.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="270" />
      <source>Le disque de « {folder} » est plein : la sauvegarde n'a pas pu être écrite. Libérez de la place ou choisissez un autre dossier.</source>
      <translation>The disk of "{folder}" is full: the backup could not be written. Free up some space or choose another folder.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="431" />
      <source>Le dossier « {folder} » n'existe pas. Branchez la clé et réessayez.</source>
      <translation>The folder "{folder}" does not exist. Plug in the stick and try again.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="95" />
      <source>au démarrage</source>
      <translation>at start-up</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="98" />
      <source>avant une mise à jour</source>
      <translation>before an update</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="99" />
      <source>avant une restauration</source>
      <translation>before a restore</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="100" />
      <source>base endommagée mise de côté</source>
      <translation>damaged database set aside</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="97" />
      <source>demandée</source>
      <translation>requested</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="101" />
      <source>sur clé USB</source>
      <translation>on USB stick</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="596" />
      <source>« {name} » est la sauvegarde d'une autre base de données. Rien n'a été modifié.</source>
      <translation>“{name}” is the backup of another database. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="480" />
      <source>« {name} » est un dossier : choisissez un fichier de sauvegarde.</source>
      <translation>“{name}” is a folder: choose a backup file.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="466" />
      <source>« {name} » n'est pas une sauvegarde de Coopér'Actives.</source>
      <translation>"{name}" is not a Coopér'Actives backup.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="485" />
      <source>« {name} » n'existe pas.</source>
      <translation>"{name}" does not exist.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="96" />
      <source>à la fermeture</source>
      <translation>on closing</translation>
    </message>
  </context>
  <context>
    <name>charts</name>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="43" />
      <location filename="../../app/printing/programme_report.py" line="71" />
      <source>Euros</source>
      <translation>Euros</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="61" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
  </context>
  <context>
    <name>checklists</name>
    <message>
      <location filename="../../app/services/delegate/checklists.py" line="85" />
      <source>Cette ligne n'existe plus.</source>
      <translation>This line no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/checklists.py" line="50" />
      <source>Choisissez un type de journée.</source>
      <translation>Choose a type of day.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="27" />
      <source>Clôturer la journée</source>
      <translation>Close the day</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="26" />
      <source>Compter la caisse</source>
      <translation>Count the till</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="25" />
      <source>Encoder les ventes</source>
      <translation>Record the sales</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="29" />
      <source>Faire une sauvegarde</source>
      <translation>Make a backup</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="22" />
      <source>Imprimer les étiquettes</source>
      <translation>Print the labels</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="18" />
      <source>Lire la passation d'hier</source>
      <translation>Read yesterday's handover</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="21" />
      <source>Nettoyer les plans de travail</source>
      <translation>Clean the worktops</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="23" />
      <source>Préparer le fonds de caisse</source>
      <translation>Prepare the float</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="16" />
      <source>Relever la température des frigos</source>
      <translation>Check the fridge temperatures</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="19" />
      <source>Répartir les tâches du jour</source>
      <translation>Share out the day's tasks</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="20" />
      <source>Se laver les mains, mettre tablier et charlotte</source>
      <translation>Wash hands, put on apron and hairnet</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="17" />
      <source>Vérifier le stock</source>
      <translation>Check the stock</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="24" />
      <source>Vérifier le terminal de paiement</source>
      <translation>Check the payment terminal</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/checklists.py" line="51" />
      <location filename="../../app/services/delegate/checklists.py" line="65" />
      <source>le texte de la ligne</source>
      <translation>the text of the line</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="28" />
      <source>Écrire la passation</source>
      <translation>Write the handover</translation>
    </message>
  </context>
  <context>
    <name>circles</name>
    <message>
      <location filename="../../app/services/circles/sheet.py" line="60" />
      <source>Aucun cercle « {name} » dans cette cohorte.</source>
      <translation>No circle “{name}” in this cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/circles.py" line="95" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>This cohort no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/circles.py" line="110" />
      <source>Choisissez au moins une membre pour le cercle.</source>
      <translation>Choose at least one member for the circle.</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/lead.py" line="79" />
      <source>L'animatrice doit être membre du cercle.</source>
      <translation>The facilitator must be a member of the circle.</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/circles.py" line="106" />
      <source>Un cercle de la cohorte porte déjà ce nom.</source>
      <translation>A circle of this cohort already has this name.</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/circles.py" line="121" />
      <source>Une des personnes n'est pas (ou plus) dans la cohorte.</source>
      <translation>One of the people is not (or no longer) in the cohort.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="89" />
      <source>a fait %n tâche(s) du cercle</source>
      <translation>
        <numerusform>did %n task of the circle</numerusform>
        <numerusform>did %n tasks of the circle</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="66" />
      <source>a fait les achats %n fois</source>
      <translation>
        <numerusform>did the shopping %n time</numerusform>
        <numerusform>did the shopping %n times</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="78" />
      <source>a fait les étiquettes %n fois</source>
      <translation>
        <numerusform>made the labels %n time</numerusform>
        <numerusform>made the labels %n times</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="84" />
      <source>a préparé la communication %n fois</source>
      <translation>
        <numerusform>prepared the communication %n time</numerusform>
        <numerusform>prepared the communication %n times</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="72" />
      <source>a tenu la caisse %n fois</source>
      <translation>
        <numerusform>ran the till %n time</numerusform>
        <numerusform>ran the till %n times</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/circles/checklist.py" line="54" />
      <source>ce qu'il faut mettre en place</source>
      <translation>what needs to be set up</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/circles.py" line="96" />
      <source>le nom du cercle</source>
      <translation>the name of the circle</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/suggestions.py" line="120" />
      <source>suggérée : {reasons}</source>
      <translation>suggested: {reasons}</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/meetings.py" line="42" />
      <source>Écrivez en quelques mots ce qui a été dit ou décidé.</source>
      <translation>Write in a few words what was said or decided.</translation>
    </message>
  </context>
  <context>
    <name>circles_man</name>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="90" />
      <source>a fait %n tâche(s) du cercle</source>
      <translation>
        <numerusform>did %n task of the circle</numerusform>
        <numerusform>did %n tasks of the circle</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="67" />
      <source>a fait les achats %n fois</source>
      <translation>
        <numerusform>did the shopping %n time</numerusform>
        <numerusform>did the shopping %n times</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="79" />
      <source>a fait les étiquettes %n fois</source>
      <translation>
        <numerusform>made the labels %n time</numerusform>
        <numerusform>made the labels %n times</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="85" />
      <source>a préparé la communication %n fois</source>
      <translation>
        <numerusform>prepared the communication %n time</numerusform>
        <numerusform>prepared the communication %n times</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="73" />
      <source>a tenu la caisse %n fois</source>
      <translation>
        <numerusform>ran the till %n time</numerusform>
        <numerusform>ran the till %n times</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/circles/suggestions.py" line="121" />
      <source>suggéré : {reasons}</source>
      <translation>suggested: {reasons}</translation>
    </message>
  </context>
  <context>
    <name>circles_print</name>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="48" />
      <source>Animateur : {lead} · ensuite : {next}</source>
      <translation>Facilitator: {lead} · next: {next}</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="50" />
      <source>Animatrice : {lead} · ensuite : {next}</source>
      <translation>Facilitator: {lead} · next: {next}</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="42" />
      <source>Apporte au groupe</source>
      <translation>Brings to the group</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="37" />
      <source>Cercle « {name} »</source>
      <translation>Circle “{name}”</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="91" />
      <source>Dernières réunions</source>
      <translation>Last meetings</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="41" />
      <source>Décide seul</source>
      <translation>Decides alone</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="62" />
      <source>Fait</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="106" />
      <source>Fiche du cercle {name} – {cohort}</source>
      <translation>Circle sheet {name} – {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="111" />
      <source>Le mandat, les membres et le travail d'un cercle</source>
      <translation>The mandate, members and work of a circle</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="60" />
      <source>Liste de départ</source>
      <translation>Starter checklist</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="44" />
      <source>Membres</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="78" />
      <source>Pour quand</source>
      <translation>By when</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="77" />
      <source>Pour qui</source>
      <translation>For whom</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="76" />
      <source>Tâche</source>
      <translation>Task</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="72" />
      <source>Tâches ouvertes</source>
      <translation>Open tasks</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="62" />
      <source>À mettre en place</source>
      <translation>To set up</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message numerus="yes">
      <location filename="../../app/commands/cohort.py" line="79" />
      <source>%n matinée(s) laissée(s) de côté (jour férié, fermeture, hors des dates ou en double).</source>
      <translation>
        <numerusform>%n morning left out (public holiday, closure, outside the dates or twice).</numerusform>
        <numerusform>%n mornings left out (public holiday, closure, outside the dates or twice).</numerusform>
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
      <translation>ACTION</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="108" />
      <source>Ancienne base gardée : {path}</source>
      <translation>Old database kept: {path}</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="126" />
      <source>Avec --menu, donnez --guests (le nombre de personnes).</source>
      <translation>With --menu, give --guests (the number of people).</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="43" />
      <source>Base de démonstration écrite : {path}</source>
      <translation>Demo database written: {path}</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="50" />
      <location filename="../../app/cli.py" line="72" />
      <source>CHEMIN</source>
      <translation>PATH</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="111" />
      <source>COMMANDE</source>
      <translation>COMMAND</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="117" />
      <source>Cette cohorte n'a pas encore décidé du partage du résultat.</source>
      <translation>This cohort has not decided yet how to share the profit.</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="57" />
      <source>Code PIN de la coordinatrice : </source>
      <translation>Coordinator's PIN code: </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/cohort.py" line="69" />
      <source>Cohorte « {name} » créée : %n matinée(s) reprise(s).</source>
      <translation>
        <numerusform>Cohort “{name}” created: %n morning copied.</numerusform>
        <numerusform>Cohort “{name}” created: %n mornings copied.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="56" />
      <source>Cohorte « {name} » publiée : {counts}.</source>
      <translation>Cohort “{name}” published: {counts}.</translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="82" />
      <source>Cohorte « {name} » récupérée : {counts}.</source>
      <translation>Cohort “{name}” fetched: {counts}.</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="65" />
      <source>Coopér'Actives Cuisine : l'application des coopératives éphémères de cuisine. Sans commande, ouvre la fenêtre de l'application.</source>
      <translation>Coopér'Actives Cuisine: the app for short-term cooking cooperatives. With no command, it opens the app window.</translation>
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="56" />
      <source>DOCUMENT</source>
      <translation>DOCUMENT</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="80" />
      <location filename="../../app/commands/backup.py" line="25" />
      <source>DOSSIER</source>
      <translation>FOLDER</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="96" />
      <source>Donnez --cohort NOM (une ou plusieurs), ou --from et --to.</source>
      <translation>Give --cohort NAME (one or more), or --from and --to.</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="92" />
      <source>Donnez --cohort NOM, ou une période avec --from et --to.</source>
      <translation>Give --cohort NAME, or a period with --from and --to.</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="90" />
      <source>Donnez soit --cohort, soit --from et --to, pas les deux.</source>
      <translation>Give either --cohort, or --from and --to, not both.</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="124" />
      <source>Donnez un --batches pour chaque --recipe.</source>
      <translation>Give one --batches for each --recipe.</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="175" />
      <source>Erreur inattendue ({kind}). Les détails sont dans le journal.</source>
      <translation>Unexpected error ({kind}). The details are in the log.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="39" />
      <location filename="../../app/commands/people.py" line="28" />
      <location filename="../../app/commands/print_cmd.py" line="24" />
      <source>FICHIER</source>
      <translation>FILE</translation>
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="35" />
      <location filename="../../app/commands/sales.py" line="134" />
      <source>Impossible d'écrire « {path} » : {error}</source>
      <translation>Can't write "{path}": {error}</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="222" />
      <source>Impossible de charger Qt : {error}</source>
      <translation>Can't load Qt: {error}</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="21" />
      <source>Imprime le bilan de compétences d'un membre d'une cohorte. Le code PIN de la coordinatrice est demandé.</source>
      <translation>Prints the skills review of a member of a cohort. The coordinator's PIN code is asked for.</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="38" />
      <source>Imprime les étiquettes des produits (ingrédients, allergènes, date, lot) sur un modèle de feuille. Exemple : coopactives print labels --product "Energy balls=42" --template L7160 --date 2022-10-05 -o etiquettes.pdf</source>
      <translation>Prints the product labels (ingredients, allergens, date, lot) on a sheet template. Example: coopactives print labels --product "Energy balls=42" --template L7160 --date 2022-10-05 -o etiquettes.pdf</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="132" />
      <source>Indiquez au moins un produit : --product "Nom=42".</source>
      <translation>Give at least one product: --product "Name=42".</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="98" />
      <source>L'application est ouverte sur cette base : fermez-la d'abord.</source>
      <translation>The app is open on this database: close it first.</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="56" />
      <source>MODÈLE</source>
      <translation>TEMPLATE</translation>
    </message>
    <message>
      <location filename="../../app/commands/decisions.py" line="22" />
      <location filename="../../app/commands/directory.py" line="21" />
      <source>MOTS</source>
      <translation>WORDS</translation>
    </message>
    <message>
      <location filename="../../app/commands/circles.py" line="16" />
      <location filename="../../app/commands/circles.py" line="19" />
      <location filename="../../app/commands/cohort.py" line="33" />
      <source>NOM</source>
      <translation>NAME</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="50" />
      <source>NOM[=NOMBRE]</source>
      <translation>NAME[=COUNT]</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="120" />
      <location filename="../../app/commands/menus.py" line="79" />
      <location filename="../../app/commands/menus.py" line="157" />
      <source>Pas de commande n° {id}.</source>
      <translation>No order no. {id}.</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="110" />
      <location filename="../../app/commands/menus.py" line="144" />
      <source>Pas de menu « {name} ».</source>
      <translation>No menu "{name}".</translation>
    </message>
    <message>
      <location filename="../../app/commands/tastings.py" line="55" />
      <source>Pas de recette « {name} » dans cette version.</source>
      <translation>No recipe “{name}” in that version.</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="152" />
      <source>Pas de recette « {name} ».</source>
      <translation>No recipe "{name}".</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="48" />
      <source>Pas de terminal pour taper le code PIN : lancez la commande dans un terminal, ou donnez le code sur l'entrée standard avec --pin-stdin.</source>
      <translation>No terminal to type the PIN code in: run the command in a terminal, or give the code on standard input with --pin-stdin.</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="52" />
      <source>Personnes extérieures :</source>
      <translation>Outside people:</translation>
    </message>
    <message>
      <location filename="../../app/commands/export_cmd.py" line="19" />
      <source>QUOI</source>
      <translation>WHAT</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="57" />
      <source>Rien dans le répertoire.</source>
      <translation>Nothing in the directory.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="16" />
      <source>Sauvegarde la base de données (copie vérifiée). Sans --to, dans le dossier des sauvegardes à côté de la base ; avec --to DOSSIER, par exemple sur une clé USB.</source>
      <translation>Backs up the database (checked copy). Without --to, into the backups folder next to the database; with --to FOLDER, for example onto a USB stick.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="109" />
      <source>Sauvegarde restaurée : {path}</source>
      <translation>Backup restored: {path}</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="103" />
      <source>Stock non déduit : donnez la cohorte avec --cohort NOM.</source>
      <translation>Stock not taken into account: give the cohort with --cohort NAME.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="32" />
      <source>Vérifie la sauvegarde, garde une copie de la base actuelle dans le dossier des sauvegardes, puis la remplace. L'application ne doit pas être ouverte.</source>
      <translation>Checks the backup, keeps a copy of the current database in the backups folder, then replaces it. The app must not be open.</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="20" />
      <source>bilan d'évaluation d'un membre (code PIN demandé)</source>
      <translation>a member's evaluation review (PIN code asked for)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="80" />
      <source>code-barres du code produit</source>
      <translation>barcode of the product code</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="34" />
      <source>cohorte (répétez --cohort pour en réunir plusieurs)</source>
      <translation>cohort (repeat --cohort to gather several)</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="30" />
      <location filename="../../app/commands/kitchen.py" line="42" />
      <location filename="../../app/commands/sales.py" line="22" />
      <source>cohorte (si plusieurs ventes ce jour-là)</source>
      <translation>cohort (if there are several sales that day)</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="49" />
      <source>commandes : {n}</source>
      <translation>orders: {n}</translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="16" />
      <source>copier les cohortes de cet ordinateur sur le serveur de l'organisation</source>
      <translation>copy this computer's cohorts to the organisation's server</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="64" />
      <source>date de production (par défaut : aujourd'hui)</source>
      <translation>production date (default: today)</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="50" />
      <source>date des prix (par défaut : aujourd'hui)</source>
      <translation>date for prices (default: today)</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="29" />
      <source>date inconnue « {text} » : écrivez AAAA-MM-JJ</source>
      <translation>unknown date "{text}": write YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="26" />
      <source>dossier où écrire la copie</source>
      <translation>folder to write the copy in</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="40" />
      <source>début de la période</source>
      <translation>start of the period</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="41" />
      <source>décision de partage du résultat d'une cohorte</source>
      <translation>a cohort's profit-sharing decision</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="51" />
      <source>dépenses en CSV</source>
      <translation>expenses as CSV</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="82" />
      <source>enregistrer chaque onglet, page et fenêtre de dialogue en PNG dans DIR, puis quitter</source>
      <translation>save every tab, page and dialog as PNG in DIR, then quit</translation>
    </message>
    <message>
      <location filename="../../app/commands/export_cmd.py" line="17" />
      <source>exporter des données (CSV, calendrier…)</source>
      <translation>export data (CSV, calendar…)</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="106" />
      <source>faire comme si nous étions ce jour-là (démonstration, essais)</source>
      <translation>act as if today were that day (demo, testing)</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="83" />
      <location filename="../../app/commands/schedule.py" line="88" />
      <source>fichier .csv à écrire</source>
      <translation>.csv file to write</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="74" />
      <source>fichier .ics à écrire</source>
      <translation>.ics file to write</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="63" />
      <source>fichier CSV à écrire</source>
      <translation>CSV file to write</translation>
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="25" />
      <source>fichier PDF à écrire</source>
      <translation>PDF file to write</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="29" />
      <source>fichier de base de données (sinon ${var}, sinon le dossier de l'utilisateur)</source>
      <translation>database file (otherwise ${var}, otherwise the user's folder)</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="22" />
      <source>fichier à créer (ne doit pas exister)</source>
      <translation>file to create (must not exist)</translation>
    </message>
    <message>
      <location filename="../../app/commands/people.py" line="29" />
      <source>fichier à écrire : .json, sinon PDF</source>
      <translation>file to write: .json, otherwise PDF</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="47" />
      <source>fin de la période</source>
      <translation>end of the period</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="90" />
      <source>imprimer la page de réglage du modèle</source>
      <translation>print the template's test page</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="84" />
      <source>imprimer la petite histoire</source>
      <translation>print the short story</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="82" />
      <source>imprimer le prix</source>
      <translation>print the price</translation>
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="55" />
      <source>imprimer un document en PDF</source>
      <translation>print a document as PDF</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="52" />
      <source>inclure les évaluations (sans noms ; demande le code PIN)</source>
      <translation>include the evaluations (no names; asks for the PIN)</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="53" />
      <source>l'attestation de participation d'un membre</source>
      <translation>a member's certificate of participation</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="55" />
      <source>la cohorte dont le stock est déduit (par défaut : celle du jour)</source>
      <translation>the cohort whose stock is taken into account (default: the one of the day)</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="34" />
      <source>la cohorte à reprendre</source>
      <translation>the cohort to take over</translation>
    </message>
    <message>
      <location filename="../../app/commands/circles.py" line="14" />
      <source>la fiche d'un cercle thématique</source>
      <translation>the sheet of a theme circle</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="90" />
      <source>la langue de l'interface, des messages et des documents imprimés pour cette fois (sans changer le réglage)</source>
      <translation>the language of the interface, the messages and the printed documents for this time (without changing the setting)</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="28" />
      <source>la liste de courses (PDF ou CSV)</source>
      <translation>the shopping list (PDF or CSV)</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="36" />
      <source>la liste des prix du stand, avec les allergènes</source>
      <translation>the stand's price list, with the allergens</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="39" />
      <source>la sauvegarde à restaurer</source>
      <translation>the backup to restore</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="38" />
      <source>la semaine pour le mur de la cuisine (A4 paysage)</source>
      <translation>the week for the kitchen wall (A4 landscape)</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="70" />
      <source>la traçabilité d'un lot : ses achats et ses jours de vente</source>
      <translation>the traceability of a lot: its purchases and its sale days</translation>
    </message>
    <message>
      <location filename="../../app/commands/delegate.py" line="14" />
      <source>le calendrier des déléguées du jour d'une cohorte</source>
      <translation>a cohort's calendar of delegates of the day</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="21" />
      <source>le devis d'une commande</source>
      <translation>the quote for an order</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="100" />
      <source>le grand affichage pour cette fois (sans changer le réglage)</source>
      <translation>the large display for this time only (the setting is not changed)</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="40" />
      <source>le nom de la nouvelle cohorte</source>
      <translation>the name of the new cohort</translation>
    </message>
    <message>
      <location filename="../../app/commands/portfolio.py" line="24" />
      <source>le portfolio d'une participante pour les employeurs, avec son accord</source>
      <translation>a participant's portfolio for employers, with her consent</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="47" />
      <source>le premier jour de la nouvelle cohorte</source>
      <translation>the first day of the new cohort</translation>
    </message>
    <message>
      <location filename="../../app/commands/tastings.py" line="15" />
      <source>le questionnaire papier d'une dégustation</source>
      <translation>the paper questionnaire of a tasting</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="74" />
      <source>le rapport du programme en tableur (.csv)</source>
      <translation>the programme report as a spreadsheet (.csv)</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="64" />
      <source>le rapport du programme pour la direction et les bailleurs (PDF)</source>
      <translation>the programme report for management and funders (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decisions.py" line="14" />
      <source>le registre des décisions d'une cohorte</source>
      <translation>a cohort's register of decisions</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="48" />
      <source>le relevé mensuel des températures d'un frigo</source>
      <translation>a fridge's monthly temperature record</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="61" />
      <source>le relevé mensuel du nettoyage et de l'hygiène d'une cohorte</source>
      <translation>a cohort's monthly cleaning and hygiene record</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="16" />
      <source>le répertoire : organisations et personnes extérieures</source>
      <translation>the directory: organisations and outside people</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="21" />
      <source>les allergènes par plat d'un menu, d'une commande ou d'une vente</source>
      <translation>the allergens per dish of a menu, an order or a sale</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="19" />
      <source>les cohortes</source>
      <translation>cohorts</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="46" />
      <source>les feuilles de présence à signer d'une semaine (une page par matinée)</source>
      <translation>a week's attendance sheets to sign (one page per morning)</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="65" />
      <source>les matinées d'une cohorte en fichier .ics</source>
      <translation>a cohort's mornings as an .ics file</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="79" />
      <source>les présences d'une cohorte en tableur (.csv : membres × matinées)</source>
      <translation>a cohort's attendance as a spreadsheet (.csv: members × mornings)</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="50" />
      <source>lignes de vente en CSV (une ligne par vente)</source>
      <translation>sales lines as CSV (one line per sale)</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="36" />
      <location filename="../../app/commands/people.py" line="34" />
      <location filename="../../app/commands/portfolio.py" line="40" />
      <source>lire le code PIN sur l'entrée standard (scripts)</source>
      <translation>read the PIN code from standard input (scripts)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="57" />
      <source>modèle de feuille : L7160, L7163, L7165, L7651, ROLL62…</source>
      <translation>sheet template: L7160, L7163, L7165, L7651, ROLL62…</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="19" />
      <source>montrer le répertoire</source>
      <translation>show the directory</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="21" />
      <source>mots cherchés</source>
      <translation>words searched</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="24" />
      <location filename="../../app/commands/menus.py" line="37" />
      <source>nom d'un menu</source>
      <translation>name of a menu</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="35" />
      <source>nom d'une recette (répétable)</source>
      <translation>name of a recipe (can be repeated)</translation>
    </message>
    <message>
      <location filename="../../app/commands/circles.py" line="16" />
      <location filename="../../app/commands/decisions.py" line="17" />
      <location filename="../../app/commands/delegate.py" line="17" />
      <source>nom de la cohorte</source>
      <translation>name of the cohort</translation>
    </message>
    <message>
      <location filename="../../app/commands/portfolio.py" line="30" />
      <source>nom de la participante</source>
      <translation>name of the participant</translation>
    </message>
    <message>
      <location filename="../../app/commands/tastings.py" line="18" />
      <source>nom de la recette</source>
      <translation>name of the recipe</translation>
    </message>
    <message>
      <location filename="../../app/commands/circles.py" line="19" />
      <source>nom du cercle</source>
      <translation>name of the circle</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="54" />
      <source>nom du frigo ou du congélateur</source>
      <translation>name of the fridge or freezer</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="42" />
      <source>nombre de fournées, une par --recipe</source>
      <translation>number of batches, one per --recipe</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="45" />
      <source>nombre de personnes (avec --menu)</source>
      <translation>number of people (with --menu)</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="23" />
      <source>nouvelle cohorte à partir d'une autre (matinées, objectifs, grille d'évaluation ; sans les personnes)</source>
      <translation>new cohort from another (mornings, targets, evaluation grid; without the people)</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="25" />
      <location filename="../../app/commands/menus.py" line="23" />
      <location filename="../../app/commands/menus.py" line="30" />
      <source>numéro de la commande</source>
      <translation>order number</translation>
    </message>
    <message>
      <location filename="../../app/commands/tastings.py" line="24" />
      <source>numéro de la version (la dernière sinon)</source>
      <translation>number of the version (the latest otherwise)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="74" />
      <source>numéro de lot (par défaut : L + date)</source>
      <translation>lot number (default: L + date)</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="73" />
      <source>numéro de lot (étiquette ou fournisseur)</source>
      <translation>lot number (label or supplier)</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="76" />
      <source>ouvrir une coopérative de démonstration (dans un dossier temporaire)</source>
      <translation>open a demo cooperative (in a temporary folder)</translation>
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
      <translation>first name or full name</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="31" />
      <source>remplacer la base de données par une sauvegarde</source>
      <translation>replace the database with a backup</translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="26" />
      <source>récupérer une cohorte du serveur sur cet ordinateur</source>
      <translation>fetch a cohort from the server to this computer</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="17" />
      <source>résumé d'une journée de vente</source>
      <translation>summary of a selling day</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="28" />
      <source>résumé des ventes d'une cohorte, de plusieurs ou d'une période</source>
      <translation>sales summary of one cohort, several, or a period</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="86" />
      <source>sans le logo</source>
      <translation>without the logo</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="15" />
      <source>sauvegarder la base de données</source>
      <translation>back up the database</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="32" />
      <source>semaine ISO, par exemple 2022-W41</source>
      <translation>ISO week, for example 2022-W41</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="26" />
      <source>seulement ce type d'organisation</source>
      <translation>only this kind of organisation</translation>
    </message>
    <message>
      <location filename="../../app/commands/portfolio.py" line="35" />
      <source>seulement cette cohorte (sinon toutes)</source>
      <translation>only this cohort (otherwise all)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decisions.py" line="23" />
      <source>seulement les décisions avec ces mots</source>
      <translation>only the decisions with these words</translation>
    </message>
    <message>
      <location filename="../../app/commands/people.py" line="18" />
      <source>toutes les données d'une personne (JSON ou PDF)</source>
      <translation>all of a person's data (JSON or PDF)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="51" />
      <source>un produit et son nombre d'étiquettes (1 si absent) ; répétable</source>
      <translation>a product and its number of labels (1 if missing); can be repeated</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="55" />
      <source>une seule cohorte (sinon toutes)</source>
      <translation>just one cohort (otherwise all)</translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="42" />
      <source>{inserted} ajoutées, {updated} modifiées, {deleted} supprimées</source>
      <translation>{inserted} added, {updated} changed, {deleted} deleted</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="140" />
      <source>{n} lignes écrites dans {path}</source>
      <translation>{n} lines written to {path}</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="57" />
      <source>« {path} » est un dossier : indiquez le fichier de la base de données.</source>
      <translation>“{path}” is a folder: give the database file.</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="34" />
      <source>« {path} » existe déjà : choisissez un nouveau fichier.</source>
      <translation>"{path}" already exists: choose a new file.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="64" />
      <location filename="../../app/commands/database.py" line="17" />
      <source>« {path} » n'existe pas.</source>
      <translation>"{path}" does not exist.</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="25" />
      <source>« {text} » : après le = vient un nombre d'étiquettes (ex. Houmous=42).</source>
      <translation>"{text}": after the = comes a number of labels (e.g. Houmous=42).</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="88" />
      <source>« {text} » n'est pas un mois AAAA-MM.</source>
      <translation>« {text} » is not a YYYY-MM month.</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="24" />
      <location filename="../../app/commands/menus.py" line="120" />
      <source>« {text} » n'est pas une date AAAA-MM-JJ.</source>
      <translation>"{text}" is not a YYYY-MM-DD date.</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="16" />
      <source>Écrit une base de données de démonstration : la coopérative, les deux cohortes de 2022, leurs membres (noms inventés), animatrices et marraines.</source>
      <translation>Writes a demo database: the cooperative, the two 2022 cohorts, their members (made-up names), facilitators and mentors.</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="15" />
      <source>écrire une base de démonstration dans un nouveau fichier</source>
      <translation>write a demo database to a new file</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="37" />
      <source>étiquettes de produits sur des feuilles d'étiquettes</source>
      <translation>product labels on label sheets</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="71" />
      <source>étiquettes déjà utilisées au début de la feuille</source>
      <translation>labels already used at the start of the sheet</translation>
    </message>
  </context>
  <context>
    <name>cohorts</name>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="92" />
      <source>Aucune cohorte ne s'appelle « {name} ».</source>
      <translation>No cohort is called "{name}".</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="164" />
      <source>Cette cohorte a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>This cohort changed since you opened this window: the fields now show its new values. Make your changes again, then save.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="110" />
      <location filename="../../app/services/programme/reuse.py" line="171" />
      <source>Indiquez la date de début.</source>
      <translation>Give the start date.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="112" />
      <source>Indiquez la date de fin.</source>
      <translation>Give the end date.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="115" />
      <source>La cohorte ne peut pas finir avant de commencer.</source>
      <translation>The cohort can't end before it starts.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="123" />
      <source>Le nombre d'heures doit être entre 0 et 2000.</source>
      <translation>The number of hours must be between 0 and 2000.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="119" />
      <source>Le nombre de matinées doit être entre 0 et 366.</source>
      <translation>The number of mornings must be between 0 and 366.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="130" />
      <source>Une cohorte porte déjà ce nom.</source>
      <translation>A cohort already has this name.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="108" />
      <source>le nom de la cohorte</source>
      <translation>the name of the cohort</translation>
    </message>
  </context>
  <context>
    <name>cooperative</name>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="27" />
      <source>Assujettie à la TVA</source>
      <translation>Charges VAT</translation>
    </message>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="46" />
      <source>Ce numéro d'entreprise n'existe pas : vérifiez les chiffres.</source>
      <translation>This company number does not exist: check the digits.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="63" />
      <source>Cet IBAN n'existe pas : vérifiez les chiffres.</source>
      <translation>This IBAN does not exist: check the digits.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="193" />
      <source>Choisissez un régime de TVA de la liste.</source>
      <translation>Choose a VAT scheme from the list.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="197" />
      <source>Choisissez une langue de la liste.</source>
      <translation>Choose a language from the list.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="28" />
      <source>Franchise des petites entreprises (pas de TVA)</source>
      <translation>Small-business franchise (no VAT)</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="209" />
      <source>Le logo est trop lourd (2 Mo au plus).</source>
      <translation>The logo is too big (2 MB at most).</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="139" />
      <source>Les paramètres de la coopérative ont changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant leurs nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>The cooperative settings changed since you opened this window: the fields now show their new values. Make your changes again, then save.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="223" />
      <source>Produit par {name}</source>
      <translation>Made by {name}</translation>
    </message>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="58" />
      <source>Un IBAN commence par le pays : BE68 5390 0754 7034.</source>
      <translation>An IBAN starts with the country: BE68 5390 0754 7034.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="41" />
      <source>Un numéro d'entreprise a 10 chiffres : 0123.456.749.</source>
      <translation>A company number has 10 digits: 0123.456.749.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="184" />
      <source>le nom de la coopérative</source>
      <translation>the name of the cooperative</translation>
    </message>
  </context>
  <context>
    <name>costing</name>
    <message>
      <location filename="../../app/services/menus/costing.py" line="416" />
      <source>Attention : la marge est trop petite ({margin}). Le coût fait {food_cost} du prix hors TVA ; l'objectif est {target} au plus. Prix conseillé : {suggested}.</source>
      <translation>Watch out: the margin is too small ({margin}). The cost is {food_cost} of the price without VAT; the target is {target} at most. Suggested price: {suggested}.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="402" />
      <source>Attention : le prix hors TVA ({price}) est plus bas que le coût ({cost}). On perd {loss}. Prix conseillé : {suggested}.</source>
      <translation>Watch out: the price without VAT ({price}) is lower than the cost ({cost}). We lose {loss}. Suggested price: {suggested}.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="291" />
      <source>L'objectif de coût matière doit être entre 1 et 99 %.</source>
      <translation>The target food cost must be between 1 and 99%.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="428" />
      <source>Le prix couvre le coût et la marge visée.</source>
      <translation>The price covers the cost and the target margin.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="139" />
      <source>Le rendement doit être plus grand que zéro.</source>
      <translation>The yield must be more than zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="396" />
      <source>Pas encore de prix de vente. Prix conseillé : {suggested}.</source>
      <translation>No selling price yet. Suggested price: {suggested}.</translation>
    </message>
  </context>
  <context>
    <name>database</name>
    <message>
      <location filename="../../app/db.py" line="127" />
      <source>Le dossier « {folder} » n'existe pas. Vérifiez le chemin, ou branchez le disque où il se trouve.</source>
      <translation>The folder “{folder}” does not exist. Check the path, or plug in the drive it is on.</translation>
    </message>
    <message>
      <location filename="../../app/db.py" line="98" />
      <source>Le fichier de la base de données « {name} » a été remplacé pendant que l'application était ouverte (par une restauration ?). Ce changement n'a pas été enregistré. Rouvrez l'application pour travailler sur le fichier actuel.</source>
      <translation>The database file “{name}” was replaced while the application was open (by a restore?). This change was not saved. Reopen the application to work on the current file.</translation>
    </message>
    <message>
      <location filename="../../app/db.py" line="113" />
      <source>Le fichier « {name} » est protégé contre l'écriture. Rien n'a été modifié. Vous pouvez l'ouvrir en lecture seule, ou enlever la protection du fichier.</source>
      <translation>The file “{name}” is write-protected. Nothing was changed. You can open it read-only, or remove the file's protection.</translation>
    </message>
    <message>
      <location filename="../../app/db.py" line="83" />
      <source>« {name} » est une base de données d'un autre programme, pas de Coopér'Actives. Elle n'a pas été modifiée. Choisissez un autre fichier.</source>
      <translation>“{name}” is a database of another program, not of Coopér'Actives. It was not changed. Choose another file.</translation>
    </message>
  </context>
  <context>
    <name>db_server</name>
    <message>
      <location filename="../../app/db_server.py" line="27" />
      <source>Cette base est sur un serveur PostgreSQL : ses sauvegardes et leur restauration se font avec les outils du serveur (pg_dump, pg_restore), par la personne qui le gère.</source>
      <translation>This database is on a PostgreSQL server: its backups and restores are made with the server's own tools (pg_dump, pg_restore) by the person who manages it.</translation>
    </message>
    <message>
      <location filename="../../app/db_server.py" line="71" />
      <source>Impossible de joindre le serveur {url}. Vérifiez la connexion au réseau et l'adresse ; rien n'a été modifié.</source>
      <translation>Cannot reach the server {url}. Check the network connection and the address; nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../app/db_server.py" line="65" />
      <source>La base de données de {url} n'existe pas sur le serveur : demandez à la personne qui gère le serveur de la créer.</source>
      <translation>The database of {url} does not exist on the server: ask the person who manages the server to create it.</translation>
    </message>
    <message>
      <location filename="../../app/db_server.py" line="61" />
      <source>Le serveur {url} a refusé l'identifiant ou le mot de passe.</source>
      <translation>The server {url} refused the user name or the password.</translation>
    </message>
  </context>
  <context>
    <name>decisions</name>
    <message>
      <location filename="../../app/services/decisions/register.py" line="143" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation>Choose a cohort first.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="50" />
      <source>Choisissez la charte ou le règlement.</source>
      <translation>Choose the charter or the house rules.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="81" />
      <source>Choisissez qui signe.</source>
      <translation>Choose who signs.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="164" />
      <source>Choisissez une position.</source>
      <translation>Choose a position.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="55" />
      <source>Indiquez la date d'adoption.</source>
      <translation>Enter the date it was adopted.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="148" />
      <source>Indiquez la date de la décision.</source>
      <translation>Enter the date of the decision.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="83" />
      <source>Indiquez la date de la signature.</source>
      <translation>Enter the date of the signature.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="135" />
      <source>Indiquez qui a fait cette objection.</source>
      <translation>Say who raised this objection.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="154" />
      <source>La révision vient après la décision.</source>
      <translation>The review comes after the decision.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="87" />
      <source>On signe un document après son adoption.</source>
      <translation>A document is signed after it is adopted.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="161" />
      <location filename="../../app/services/decisions/register.py" line="170" />
      <source>Une personne n'est pas membre de la cohorte.</source>
      <translation>One person is not a member of the cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="92" />
      <source>{name} a déjà signé cette version.</source>
      <translation>{name} has already signed this version.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="130" />
      <source>Écrivez l'objection.</source>
      <translation>Write the objection.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="146" />
      <source>Écrivez la proposition.</source>
      <translation>Write the proposal.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="53" />
      <source>Écrivez le texte du document.</source>
      <translation>Write the text of the document.</translation>
    </message>
  </context>
  <context>
    <name>decisions_man</name>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="93" />
      <source>{name} a déjà signé cette version.</source>
      <translation>{name} has already signed this version.</translation>
    </message>
  </context>
  <context>
    <name>decisions_print</name>
    <message>
      <location filename="../../app/printing/decisions.py" line="112" />
      <source>Aucune décision.</source>
      <translation>No decision.</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="78" />
      <source>Comment elle a été intégrée</source>
      <translation>How it was integrated</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="89" />
      <source>Décision prise</source>
      <translation>Decision taken</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="119" />
      <source>Les décisions prises par consentement dans une cohorte</source>
      <translation>The decisions taken by consent in a cohort</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="77" />
      <source>Objection</source>
      <translation>Objection</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="76" />
      <source>Par</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="69" />
      <source>Proposition</source>
      <translation>Proposal</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="107" />
      <source>Recherche : « {q} »</source>
      <translation>Search: “{q}”</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="101" />
      <source>Registre des décisions</source>
      <translation>Register of decisions</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="117" />
      <source>Registre des décisions – {cohort}</source>
      <translation>Register of decisions – {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="71" />
      <source>Réactions</source>
      <translation>Reactions</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="65" />
      <source>Révision</source>
      <translation>Review</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="70" />
      <source>Tour de clarification</source>
      <translation>Clarifying round</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="63" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
  </context>
  <context>
    <name>delegate</name>
    <message numerus="yes">
      <location filename="../../app/services/delegate/rotation.py" line="70" />
      <source>%n jour(s) planifié(s)</source>
      <translation>
        <numerusform>%n day planned</numerusform>
        <numerusform>%n days planned</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="220" />
      <source>Ajoutez d'abord des membres à la cohorte.</source>
      <translation>First add members to the cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="67" />
      <source>Annulation : {text}</source>
      <translation>Cancellation: {text}</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="289" />
      <source>Ce jour est passé : on ne change plus l'histoire.</source>
      <translation>This day is over: we don't change the past.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="273" />
      <source>Ce jour n'est pas dans le planning.</source>
      <translation>This day is not in the schedule.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="28" />
      <source>Ce jour-là, {name} n'est pas déléguée.</source>
      <translation>On that day, {name} is not the delegate.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="216" />
      <source>Cette cohorte n'a aucun jour de travail à planifier.</source>
      <translation>This cohort has no working days to plan.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="93" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>This cohort no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="566" />
      <source>Choisissez un jour de la semaine.</source>
      <translation>Choose a day of the week.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="563" />
      <source>Choisissez une date ou un jour de la semaine.</source>
      <translation>Choose a date or a day of the week.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="283" />
      <source>Choisissez une membre active de la cohorte.</source>
      <translation>Choose an active member of the cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="212" />
      <source>Cochez au moins un jour de la semaine.</source>
      <translation>Tick at least one day of the week.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="421" />
      <source>Personne d'autre n'est disponible ce jour-là.</source>
      <translation>Nobody else is available that day.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_problem.py" line="91" />
      <source>Personne n'est disponible : la cohorte n'a pas de membre actif.</source>
      <translation>Nobody is available: the cohort has no active member.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_problem.py" line="99" />
      <source>Personne n'est disponible : {reasons}. Choisissez quelqu'un à la main.</source>
      <translation>Nobody is available: {reasons}. Choose someone by hand.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="307" />
      <source>Personne n'est déléguée ce jour-là : choisissez quelqu'un.</source>
      <translation>Nobody is delegate that day: choose someone.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="404" />
      <source>Personne n'est déléguée ce jour-là.</source>
      <translation>Nobody is delegate that day.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="311" />
      <source>Une personne ne peut pas échanger avec elle-même.</source>
      <translation>A person can't swap with herself.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="85" />
      <source>chaque {day}</source>
      <translation>every {day}</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="17" />
      <source>dimanche</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="94" />
      <source>indisponible ce jour</source>
      <translation>unavailable that day</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_problem.py" line="79" />
      <source>jamais le {day}</source>
      <translation>never on {day}</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="14" />
      <source>jeudi</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="11" />
      <source>lundi</source>
      <translation>Monday</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="12" />
      <source>mardi</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="13" />
      <source>mercredi</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="92" />
      <source>partie</source>
      <translation>left</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="91" />
      <source>pas encore arrivée</source>
      <translation>not arrived yet</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="16" />
      <source>samedi</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="15" />
      <source>vendredi</source>
      <translation>Friday</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_problem.py" line="94" />
      <source>{name} ({why})</source>
      <translation>{name} ({why})</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="19" />
      <source>{name} n'a pas de jour à venir à échanger.</source>
      <translation>{name} has no coming day to swap.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="46" />
      <source>{name} n'est pas disponible ce jour-là.</source>
      <translation>{name} is not available that day.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="37" />
      <source>{name} n'est pas disponible le {date}.</source>
      <translation>{name} is not available on {date}.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="57" />
      <source>{name} n'est plus disponible ce jour-là : remplacez-la (Absente…).</source>
      <translation>{name} is no longer available that day: replace her (Absent…).</translation>
    </message>
  </context>
  <context>
    <name>delegate_man</name>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="29" />
      <source>Ce jour-là, {name} n'est pas délégué.</source>
      <translation>On that day, {name} is not the delegate.</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="88" />
      <source>indisponible ce jour</source>
      <translation>unavailable that day</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="86" />
      <source>parti</source>
      <translation>left</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="85" />
      <source>pas encore arrivé</source>
      <translation>not arrived yet</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="20" />
      <source>{name} n'a pas de jour à venir à échanger.</source>
      <translation>{name} has no coming day to swap.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="47" />
      <source>{name} n'est pas disponible ce jour-là.</source>
      <translation>{name} is not available that day.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="38" />
      <source>{name} n'est pas disponible le {date}.</source>
      <translation>{name} is not available on {date}.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="58" />
      <source>{name} n'est plus disponible ce jour-là : remplacez-le (Absente…).</source>
      <translation>{name} is no longer available that day: replace him (Absent…).</translation>
    </message>
  </context>
  <context>
    <name>directory</name>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="172" />
      <source>Cette organisation a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>This organisation changed since you opened this window: the fields now show its new values. Make your changes again, then save.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/contacts.py" line="93" />
      <source>Cette organisation n'est plus dans le répertoire.</source>
      <translation>This organisation is no longer in the directory.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/contacts.py" line="177" />
      <source>Cette personne a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>This person changed since you opened this window: the fields now show the new values. Make your changes again, then save.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/contacts.py" line="90" />
      <source>Choisissez un rôle dans la liste.</source>
      <translation>Choose a role from the list.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="82" />
      <source>Choisissez un type dans la liste.</source>
      <translation>Choose a type from the list.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/mentors.py" line="56" />
      <source>Choisissez une marraine ou un parrain du répertoire.</source>
      <translation>Choose a mentor from the directory.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/mentors.py" line="65" />
      <source>Choisissez une membre de cette cohorte.</source>
      <translation>Choose a member of this cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="80" />
      <source>le nom</source>
      <translation>the name</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/contacts.py" line="87" />
      <source>le prénom</source>
      <translation>the first name</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="217" />
      <source>{customer} du {date}</source>
      <translation>{customer} of {date}</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/mentors.py" line="79" />
      <source>{mentor} accompagne déjà {member}.</source>
      <translation>{mentor} already mentors {member}.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/contacts.py" line="110" />
      <source>{name} est déjà dans le répertoire.</source>
      <translation>{name} is already in the directory.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="92" />
      <source>« {name} » est déjà dans le répertoire.</source>
      <translation>“{name}” is already in the directory.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="209" />
      <source>« {name} » ne peut pas être supprimée : ses commandes y renvoient ({orders}). Les commandes gardent leur client.</source>
      <translation>“{name}” cannot be deleted: its orders refer to it ({orders}). Orders keep their customer.</translation>
    </message>
  </context>
  <context>
    <name>evaluation</name>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="142" />
      <source>(pas de réponse)</source>
      <translation>(no answer)</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="128" />
      <location filename="../../app/printing/evaluation_report.py" line="133" />
      <source>(à compléter)</source>
      <translation>(to fill in)</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="141" />
      <source>Aucun code PIN n'est encore choisi.</source>
      <translation>No PIN code has been chosen yet.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="105" />
      <source>Auto-évaluation</source>
      <translation>Self-assessment</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="55" />
      <source>Auto-évaluation (« je l'ai déjà »)</source>
      <translation>Self-assessment ("I already have it")</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="95" />
      <source>Auto-évaluation : {t}</source>
      <translation>Self-assessment: {t}</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="161" />
      <source>Bilan de compétences d'une participante (confidentiel)</source>
      <translation>Skills report of a participant (confidential)</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="76" />
      <source>Bilan de compétences — {name}</source>
      <translation>Skills review — {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="103" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="262" />
      <source>Ce niveau n'existe pas.</source>
      <translation>This level does not exist.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="135" />
      <source>Ce que disent les collègues</source>
      <translation>What colleagues say</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="296" />
      <source>Cet adjectif est déjà dans la liste.</source>
      <translation>This adjective is already in the list.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="228" />
      <source>Cette compétence existe déjà.</source>
      <translation>This skill already exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="128" />
      <source>Cette compétence n'existe plus.</source>
      <translation>This skill no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="117" />
      <source>Cette fiche a changé depuis que vous l'avez ouverte : elle montre maintenant ce qui est enregistré, avec vos changements. Vérifiez, puis enregistrez de nouveau.</source>
      <translation>This sheet has changed since you opened it: it now shows what is saved, with your changes. Check, then save again.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="138" />
      <source>Cette évaluation est déjà finalisée.</source>
      <translation>This evaluation is already finalised.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="81" />
      <location filename="../../app/services/evaluations/peers.py" line="78" />
      <source>Cette évaluation est finalisée : elle ne change plus.</source>
      <translation>This evaluation is finalised: it no longer changes.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="110" />
      <source>Cette évaluation n'existe plus.</source>
      <translation>This evaluation no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="71" />
      <location filename="../../app/services/evaluations/framework.py" line="118" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation>First choose a cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="110" />
      <source>Choisissez de {low} à {high} adjectifs pour {name}.</source>
      <translation>Choose {low} to {high} adjectives for {name}.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="104" />
      <source>Choisissez des adjectifs de la liste.</source>
      <translation>Choose adjectives from the list.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="118" />
      <source>Choisissez des membres de la cohorte.</source>
      <translation>Choose members of the cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="73" />
      <source>Choisissez un format d'évaluation.</source>
      <translation>Choose an evaluation format.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="96" />
      <source>Choisissez un jour entre 1 et {n}.</source>
      <translation>Choose a day between 1 and {n}.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="93" />
      <location filename="../../app/services/evaluations/report.py" line="75" />
      <source>Choisissez un membre de la cohorte.</source>
      <translation>Choose a member of the cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="196" />
      <source>Choisissez un niveau entre 1 et {n}.</source>
      <translation>Choose a level between 1 and {n}.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="134" />
      <source>Choisissez un niveau pour ce commentaire.</source>
      <translation>Choose a level for this comment.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="204" />
      <source>Choisissez une catégorie.</source>
      <translation>Choose a category.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="90" />
      <source>Choisissez une évaluatrice de cette évaluation.</source>
      <translation>Choose an evaluator of this evaluation.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="82" />
      <source>Choisissez votre nom dans la liste.</source>
      <translation>Choose your name from the list.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/evaluations/pin.py" line="167" />
      <source>Code PIN faux. Encore %n essai(s).</source>
      <translation>
        <numerusform>Wrong PIN code. %n more try.</numerusform>
        <numerusform>Wrong PIN code. %n more tries.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="144" />
      <source>Commentaire de la coordinatrice</source>
      <translation>Coordinator's comment</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="151" />
      <source>Date et signature de la coordinatrice :</source>
      <translation>Coordinator's date and signature:</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="190" />
      <source>Il faut au moins {n} évaluatrices qui ont noté les membres pour finaliser.</source>
      <translation>You need at least {n} evaluators who have scored the members to finalise.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="76" />
      <source>Indiquez la date de début.</source>
      <translation>Give the start date.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="91" />
      <source>L'ancien code PIN n'est pas correct.</source>
      <translation>The old PIN code is not correct.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="51" />
      <source>Le code PIN a au moins {n} chiffres.</source>
      <translation>The PIN code has at least {n} digits.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="55" />
      <source>Le code PIN a au plus {n} chiffres.</source>
      <translation>The PIN code has at most {n} digits.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="48" />
      <source>Le code PIN ne contient que des chiffres.</source>
      <translation>The PIN code contains only digits.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="81" />
      <source>Le nombre de jours doit être entre 1 et 30.</source>
      <translation>The number of days must be between 1 and 30.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="95" />
      <source>Les deux codes ne sont pas les mêmes.</source>
      <translation>The two codes are not the same.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="93" />
      <source>Observation : {t}</source>
      <translation>Observation: {t}</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="51" />
      <source>Observé (médiane des évaluatrices)</source>
      <translation>Observed (median of the evaluators)</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="104" />
      <source>Observé (sur {n})</source>
      <translation>Observed (out of {n})</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="128" />
      <source>Points forts</source>
      <translation>Strengths</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="131" />
      <source>Points à travailler</source>
      <translation>Points to work on</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="91" />
      <source>Répondez pour « {name} » : je l'ai déjà, ou à travailler.</source>
      <translation>Answer for "{name}": I already have it, or to work on.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="98" />
      <source>Résultats par catégorie</source>
      <translation>Results by category</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="46" />
      <source>Tapez le code PIN.</source>
      <translation>Type the PIN code.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="174" />
      <source>Trop d'essais faux. Attendez {n} secondes avant de réessayer.</source>
      <translation>Too many wrong tries. Wait {n} seconds before trying again.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="86" />
      <source>Une évaluatrice ne peut pas se noter elle-même.</source>
      <translation>An evaluator can't score herself.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="285" />
      <source>l'adjectif</source>
      <translation>the adjective</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="205" />
      <location filename="../../app/services/evaluations/framework.py" line="235" />
      <source>le nom de la compétence</source>
      <translation>the name of the skill</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="263" />
      <source>le nom du niveau</source>
      <translation>the name of the level</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="74" />
      <source>le titre</source>
      <translation>the title</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="100" />
      <source>vous</source>
      <translation>you</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="82" />
      <source>{cohort}, du {start} au {end}</source>
      <translation>{cohort}, from {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="168" />
      <source>{name} a déjà noté des membres : elle reste évaluatrice.</source>
      <translation>{name} has already scored members: she stays an evaluator.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="146" />
      <source>{name} est évaluée : elle ne peut pas être évaluatrice.</source>
      <translation>{name} is being evaluated: she can't be an evaluator.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/report.py" line="98" />
      <source>{name} n'est pas membre de « {cohort} ».</source>
      <translation>{name} is not a member of "{cohort}".</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="118" />
      <source>Échelle : </source>
      <translation>Scale: </translation>
    </message>
  </context>
  <context>
    <name>evaluation_defaults</name>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="86" />
      <source>Accueillante</source>
      <translation>Welcoming</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="76" />
      <source>Acquis</source>
      <translation>Acquired</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="90" />
      <source>Attentive</source>
      <translation>Attentive</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="94" />
      <source>Calme</source>
      <translation>Calm</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="98" />
      <source>Courageuse</source>
      <translation>Brave</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="102" />
      <source>Créative</source>
      <translation>Creative</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="55" />
      <source>Disponibilité</source>
      <translation>Availability</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="106" />
      <source>Drôle</source>
      <translation>Funny</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="110" />
      <source>Dynamique</source>
      <translation>Energetic</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="111" />
      <source>Elle a beaucoup d'énergie.</source>
      <translation>She has a lot of energy.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="103" />
      <source>Elle a de nouvelles idées.</source>
      <translation>She has new ideas.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="143" />
      <source>Elle a le sourire, elle met de la bonne humeur.</source>
      <translation>She smiles, she brings good spirits.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="139" />
      <source>Elle aide volontiers.</source>
      <translation>She gladly helps.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="131" />
      <source>Elle arrive à l'heure.</source>
      <translation>She arrives on time.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="91" />
      <source>Elle fait attention aux autres et aux détails.</source>
      <translation>She pays attention to others and to details.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="107" />
      <source>Elle fait rire les autres.</source>
      <translation>She makes others laugh.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="69" />
      <source>Elle le fait parfois, avec beaucoup d'aide.</source>
      <translation>She sometimes does it, with a lot of help.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="77" />
      <source>Elle le fait seule et bien, chaque fois.</source>
      <translation>She does it alone and well, every time.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="73" />
      <source>Elle le fait souvent, avec un peu d'aide.</source>
      <translation>She often does it, with a little help.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="65" />
      <source>Elle ne le fait pas encore, même avec de l'aide.</source>
      <translation>She does not do it yet, even with help.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="99" />
      <source>Elle ose faire des choses difficiles.</source>
      <translation>She dares to do difficult things.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="119" />
      <source>Elle partage et donne volontiers.</source>
      <translation>She shares and gives gladly.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="127" />
      <source>Elle prend le temps, elle attend sans s'énerver.</source>
      <translation>She takes her time, she waits without getting upset.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="123" />
      <source>Elle prépare et range bien son travail.</source>
      <translation>She prepares and tidies her work well.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="95" />
      <source>Elle reste tranquille quand il y a du stress.</source>
      <translation>She stays calm under stress.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="87" />
      <source>Elle reçoit bien les gens.</source>
      <translation>She welcomes people well.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="135" />
      <source>Elle travaille avec soin.</source>
      <translation>She works carefully.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="147" />
      <source>Elle travaille beaucoup et bien.</source>
      <translation>She works a lot and well.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="72" />
      <source>En progrès</source>
      <translation>Progressing</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="49" />
      <source>Entraide</source>
      <translation>Mutual help</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="114" />
      <source>Fiable</source>
      <translation>Reliable</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="118" />
      <source>Généreuse</source>
      <translation>Generous</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="51" />
      <source>Hygiène en cuisine</source>
      <translation>Kitchen hygiene</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="45" />
      <source>Initiative</source>
      <translation>Initiative</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="115" />
      <source>On peut compter sur elle.</source>
      <translation>You can count on her.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="53" />
      <source>Organisation du poste</source>
      <translation>Organising the workstation</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="122" />
      <source>Organisée</source>
      <translation>Organised</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="126" />
      <source>Patiente</source>
      <translation>Patient</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="54" />
      <source>Ponctualité</source>
      <translation>Punctuality</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="130" />
      <source>Ponctuelle</source>
      <translation>Punctual</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="50" />
      <source>Prise de parole en groupe</source>
      <translation>Speaking in a group</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="134" />
      <source>Précise</source>
      <translation>Precise</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="52" />
      <source>Qualité des préparations</source>
      <translation>Quality of the dishes</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="56" />
      <source>Respect des consignes</source>
      <translation>Following instructions</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="46" />
      <source>Résolution de problèmes</source>
      <translation>Problem solving</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="47" />
      <source>Sens commercial</source>
      <translation>Commercial sense</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="138" />
      <source>Serviable</source>
      <translation>Helpful</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="142" />
      <source>Souriante</source>
      <translation>Smiling</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="146" />
      <source>Travailleuse</source>
      <translation>Hard-working</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="64" />
      <source>À découvrir</source>
      <translation>To discover</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="68" />
      <source>À travailler</source>
      <translation>To work on</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="48" />
      <source>Écoute</source>
      <translation>Listening</translation>
    </message>
  </context>
  <context>
    <name>evaluation_man</name>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="169" />
      <source>{name} a déjà noté des membres : il reste évaluateur.</source>
      <translation>{name} has already scored members: he stays an evaluator.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="147" />
      <source>{name} est évalué : il ne peut pas être évaluateur.</source>
      <translation>{name} is being evaluated: he can't be an evaluator.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/report.py" line="99" />
      <source>{name} n'est pas membre de « {cohort} ».</source>
      <translation>{name} is not a member of "{cohort}".</translation>
    </message>
  </context>
  <context>
    <name>first_run</name>
    <message>
      <location filename="../../app/services/people/first_run.py" line="52" />
      <source>Une coopérative existe déjà dans cette base.</source>
      <translation>A cooperative already exists in this database.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/first_run.py" line="59" />
      <source>{name} est écrite deux fois.</source>
      <translation>{name} is written twice.</translation>
    </message>
  </context>
  <context>
    <name>hygiene_sheet</name>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="37" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="43" />
      <source>Lignes non cochées : {n}</source>
      <translation>Lines not ticked: {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="27" />
      <source>Nettoyage et hygiène — {cohort} — {month}</source>
      <translation>Cleaning and hygiene — {cohort} — {month}</translation>
    </message>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="34" />
      <source>Pas de matinée de cuisine ce mois-ci.</source>
      <translation>No kitchen morning this month.</translation>
    </message>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="47" />
      <source>Relevé mensuel du nettoyage et de l'hygiène (autocontrôle)</source>
      <translation>Monthly cleaning and hygiene record (self-check)</translation>
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
      <translation>Choose a unit: g, kg, ml, l or piece.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="213" />
      <source>Des recettes utilisent cet ingrédient : on ne peut pas passer des pièces au poids ou au volume.</source>
      <translation>Recipes use this ingredient: you can't switch from pieces to weight or volume.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="147" />
      <source>Indiquez depuis quand ce prix est valable.</source>
      <translation>Say from when this price is valid.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="138" />
      <source>La taille du paquet doit être plus grande que zéro.</source>
      <translation>The pack size must be more than zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="161" />
      <source>Le poids d'une pièce doit être plus grand que zéro (en grammes).</source>
      <translation>The weight of one piece must be more than zero (in grams).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="153" />
      <source>Le poids d'une pièce ne sert que pour un ingrédient compté en pièces.</source>
      <translation>The weight of one piece is only for an ingredient counted in pieces.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="143" />
      <source>Le prix du paquet doit être plus grand que zéro.</source>
      <translation>The pack price must be more than zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/nutrition_values.py" line="47" />
      <source>Les acides gras saturés font partie des matières grasses, et les sucres des glucides : ils ne peuvent pas être plus grands.</source>
      <translation>Saturates are part of the fat, and sugars part of the carbohydrate: they can't be larger.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/components.py" line="48" />
      <source>Ligne {n} : donnez le nom de l'ingrédient, ou videz la ligne.</source>
      <translation>Line {n}: give the ingredient's name, or empty the line.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="336" />
      <source>On ne peut pas supprimer « {name} » : ces recettes l'utilisent : {recipes}. Vous pouvez le rendre inactif.</source>
      <translation>"{name}" can't be deleted: these recipes use it: {recipes}. You can make it inactive.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/components.py" line="38" />
      <source>Un ingrédient composé a {n} ingrédients au plus.</source>
      <translation>A compound ingredient has {n} ingredients at most.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="131" />
      <source>Un ingrédient porte déjà ce nom.</source>
      <translation>An ingredient already has this name.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/nutrition_values.py" line="40" />
      <source>Une valeur nutritionnelle pour 100 g va de 0 à {limit}.</source>
      <translation>A nutrition value per 100 g goes from 0 to {limit}.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="128" />
      <source>le nom de l'ingrédient</source>
      <translation>the name of the ingredient</translation>
    </message>
  </context>
  <context>
    <name>kitchen</name>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="37" />
      <source>Ce lot fabriqué n'existe plus.</source>
      <translation>This lot made no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/batches.py" line="96" />
      <location filename="../../app/services/kitchen/stock_changes.py" line="66" />
      <source>Cet achat n'existe plus.</source>
      <translation>This purchase no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="227" />
      <source>Cet appareil n'existe plus.</source>
      <translation>This appliance no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="103" />
      <source>Cette date est avant le jour de l'achat.</source>
      <translation>This date is before the day of purchase.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="154" />
      <source>Choisissez frigo ou congélateur.</source>
      <translation>Choose fridge or freezer.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="88" />
      <source>Choisissez l'ingrédient acheté.</source>
      <translation>Choose the ingredient bought.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/batches.py" line="124" />
      <source>Choisissez le produit fabriqué.</source>
      <translation>Choose the product made.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="97" />
      <source>Indiquez la date écrite sur l'emballage.</source>
      <translation>Enter the date written on the pack.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/batches.py" line="126" />
      <source>Indiquez le jour de fabrication.</source>
      <translation>Enter the day it was made.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="90" />
      <source>Indiquez le jour de l'achat.</source>
      <translation>Enter the day of purchase.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="30" />
      <source>Indiquez le jour.</source>
      <translation>Enter the day.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/batches.py" line="81" />
      <location filename="../../app/services/kitchen/stock_changes.py" line="78" />
      <location filename="../../app/services/kitchen/stock_changes.py" line="201" />
      <source>Indiquez un nombre entier d'unités.</source>
      <translation>Enter a whole number of units.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="159" />
      <source>La limite haute doit être plus grande que la limite basse.</source>
      <translation>The highest limit must be above the lowest limit.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/batches.py" line="105" />
      <source>Le lot {lot} de {ingredient} n'en a plus que {left} : vous en utilisez {used}.</source>
      <translation>Lot {lot} of {ingredient} has only {left} left: you are using {used}.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="325" />
      <source>Pas d'appareil « {name} ».</source>
      <translation>No appliance « {name} ».</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="94" />
      <source>Sorte de date inconnue.</source>
      <translation>Unknown kind of date.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="152" />
      <source>Un appareil porte déjà ce nom.</source>
      <translation>An appliance already has this name.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="154" />
      <source>Un lot fabriqué a utilisé cet achat : retirez d'abord ce lot.</source>
      <translation>A lot made has used this purchase: remove that lot first.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_rules.py" line="27" />
      <source>achat du {date}</source>
      <translation>bought on {date}</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="202" />
      <source>la raison de la perte</source>
      <translation>the reason for the loss</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="150" />
      <source>la raison du comptage</source>
      <translation>the reason for the count</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="149" />
      <source>le nom</source>
      <translation>the name</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="124" />
      <source>{value} °C : un frigo ou un congélateur est entre -40 et 30 °C. Relisez le thermomètre.</source>
      <translation>{value} °C: a fridge or freezer is between -40 and 30 °C. Read the thermometer again.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="112" />
      <source>« {text} » n'est pas une température. Écrivez par exemple 4 ou -18,5.</source>
      <translation>« {text} » is not a temperature. Write for example 4 or -18,5.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="155" />
      <source>Écrivez la quantité comptée d'au moins un lot.</source>
      <translation>Write the counted quantity of at least one lot.</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../app/services/labels/content.py" line="918" />
      <source> Vouliez-vous dire : {names} ?</source>
      <translation> Did you mean: {names}?</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="923" />
      <source>Aucun produit ne s'appelle « {name} ».</source>
      <translation>No product is called "{name}".</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="180" />
      <source>Avec le changement de poids à la cuisson indiqué ({change} %), {ingredients} g d'ingrédients donnent {expected} g, mais rendement × quantité nette = {finished} g. Vérifiez la perte à la cuisson, le rendement et la quantité nette.</source>
      <translation>With the weight change in cooking given ({change} %), {ingredients} g of ingredients make {expected} g, but yield × net quantity = {finished} g. Check the cooking loss, the yield and the net quantity.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="271" />
      <source>Ce code est celui d'un modèle fourni : choisissez-en un autre.</source>
      <translation>This code belongs to a built-in template: choose another one.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="980" />
      <source>Ce modèle n'a qu'une étiquette par page : rien à sauter.</source>
      <translation>This template has only one label per page: nothing to skip.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="298" />
      <source>Ce modèle n'est pas un modèle personnalisé.</source>
      <translation>This template is not a custom template.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="385" />
      <source>Ce produit n'existe plus.</source>
      <translation>This product no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="1003" />
      <source>Choisissez au moins un produit et un nombre d'étiquettes.</source>
      <translation>Choose at least one product and a number of labels.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="160" />
      <source>Contient</source>
      <translation>Contains</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="700" />
      <source>Décalage de l'imprimante : {right} mm vers la droite, {down} mm vers le bas.</source>
      <translation>Printer shift: {right} mm to the right, {down} mm down.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="614" />
      <source>Eau</source>
      <translation>Water</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="172" />
      <source>Entre 1 et 100 rangées.</source>
      <translation>Between 1 and 100 rows.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="170" />
      <source>Entre 1 et 50 colonnes.</source>
      <translation>Between 1 and 50 columns.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="732" />
      <source>Impossible de faire l'étiquette de « {name} ». Il manque : {missing}. Complétez la recette.</source>
      <translation>Can't make the label for "{name}". Missing: {missing}. Complete the recipe.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="694" />
      <source>Imprimez-la sur du papier normal, posez-la sur une feuille d'étiquettes et regardez à la lumière.</source>
      <translation>Print it on plain paper, lay it on a label sheet and hold it up to the light.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="247" />
      <source>Indiquez un nombre (exemple : 63,5).</source>
      <translation>Give a number (example: 63.5).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="254" />
      <source>Indiquez un nombre entier.</source>
      <translation>Give a whole number.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="168" />
      <source>Indiquez une dimension plus grande que zéro.</source>
      <translation>Give a size bigger than zero.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="135" />
      <source>Ingrédients</source>
      <translation>Ingredients</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="535" />
      <source>L'histoire de « {name} » ne tient pas sur le modèle {template} à côté des mentions obligatoires : imprimez sans l'histoire.</source>
      <translation>The story of “{name}” does not fit template {template} beside the mandatory particulars: print without the story.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="350" />
      <source>Le code EAN-13 « {code} » a une erreur (dernier chiffre).</source>
      <translation>The EAN-13 code "{code}" has a mistake (last digit).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="264" />
      <source>Le code du modèle : lettres, chiffres, tirets, 30 signes au plus (ex. MON-60x40).</source>
      <translation>The template code: letters, digits, dashes, 30 characters at most (e.g. MY-60x40).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="336" />
      <source>Le code produit « {code} » n'a pas que des chiffres : choisissez le QR code, ou donnez un code en chiffres dans la recette.</source>
      <translation>The product code "{code}" is not only digits: choose the QR code, or give a code in digits in the recipe.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="544" />
      <source>Le code-barres de « {name} » ne tient pas sur le modèle {template} à côté des mentions obligatoires : imprimez sans code-barres.</source>
      <translation>The barcode of “{name}” does not fit template {template} beside the mandatory particulars: print without a barcode.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="666" />
      <source>Le nom ou l'histoire fait une allégation : l'étiquette doit donner les valeurs nutritionnelles. Entrez celles de : {names} (fiche de l'ingrédient, « Valeurs nutritionnelles… »).</source>
      <translation>The name or the story makes a claim: the label must give the nutrition values. Enter those of: {names} (the ingredient's form, "Nutrition values…").</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="237" />
      <source>Le nom « {product} » évoque « {ingredient} » : son pourcentage est imprimé. Confirmez-le dans la recette (colonne « Mis en avant »), ou décochez.</source>
      <translation>The name "{product}" suggests "{ingredient}": its percentage is printed. Confirm it in the recipe ("Highlighted" column), or untick it.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="970" />
      <source>Le nombre d'étiquettes va de 1 à {max} par produit.</source>
      <translation>The number of labels goes from 1 to {max} per product.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="180" />
      <source>Le pas horizontal doit être au moins la largeur d'une étiquette.</source>
      <translation>The horizontal pitch must be at least the width of a label.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="185" />
      <source>Le pas vertical doit être au moins la hauteur d'une étiquette.</source>
      <translation>The vertical pitch must be at least the height of a label.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="199" />
      <source>Les ingrédients pèsent {ingredients} g et le produit fini {finished} g (rendement × quantité nette) : une perte à la cuisson de {percent} % ? Les pourcentages de l'étiquette sont calculés sur le produit fini : indiquez la perte dans la recette (« À la cuisson »), ou corrigez le rendement et la quantité nette.</source>
      <translation>The ingredients weigh {ingredients} g and the finished product {finished} g (yield × net quantity): a cooking loss of {percent} %? The label's percentages are worked out on the finished product: give the loss in the recipe ("When cooked"), or correct the yield and the net quantity.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="212" />
      <source>Les ingrédients pèsent {ingredients} g et le produit fini {finished} g (rendement × quantité nette) : {percent} % d'eau ajoutée à la cuisson ? Si oui, indiquez-le dans la recette (« À la cuisson ») ; sinon, corrigez le rendement et la quantité nette.</source>
      <translation>The ingredients weigh {ingredients} g and the finished product {finished} g (yield × net quantity): {percent} % water added in cooking? If so, give it in the recipe ("When cooked"); if not, correct the yield and the net quantity.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="552" />
      <source>Les mentions obligatoires de « {name} » (ingrédients, conservation, producteur, date, lot, quantité) ne tiennent pas sur le modèle {template}, même en lettres de {x} mm, le minimum de la loi.</source>
      <translation>The mandatory particulars of “{name}” (ingredients, storage, producer, date, lot, quantity) do not fit template {template}, even in letters of {x} mm, the legal minimum.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="208" />
      <source>Les étiquettes sortent de la page en bas ({bottom} mm pour une page de {height} mm). Réduisez les rangées, la marge ou le pas.</source>
      <translation>The labels go off the bottom of the page ({bottom} mm for a {height} mm page). Reduce the rows, the margin or the pitch.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="195" />
      <source>Les étiquettes sortent de la page à droite ({right} mm pour une page de {width} mm). Réduisez les colonnes, la marge ou le pas.</source>
      <translation>The labels go off the right of the page ({right} mm for a {width} mm page). Reduce the columns, the margin or the pitch.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="352" />
      <location filename="../../app/services/labels/content.py" line="720" />
      <source>Lot : {lot}</source>
      <translation>Lot: {lot}</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="153" />
      <source>Modèle d'étiquettes inconnu : « {id} ». Modèles connus : {known}.</source>
      <translation>Unknown label template: "{id}". Known templates: {known}.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="983" />
      <source>On peut sauter de 0 à {max} étiquettes (une feuille {name} en a {n}).</source>
      <translation>You can skip 0 to {max} labels (a {name} sheet has {n}).</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="581" />
      <source>Ou prenez un modèle plus grand, par exemple {name}.</source>
      <translation>Or take a larger template, for example {name}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="677" />
      <source>Page de réglage</source>
      <translation>Test page</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="693" />
      <source>Page de réglage : {name}</source>
      <translation>Test page: {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="315" />
      <source>Peut contenir des traces de : {allergens}.</source>
      <translation>May contain traces of: {allergens}.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="914" />
      <source>Plusieurs produits s'appellent « {name} ».</source>
      <translation>Several products are called "{name}".</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="585" />
      <source>Raccourcissez les textes de la recette.</source>
      <translation>Make the recipe's texts shorter.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="775" />
      <source>Type de code-barres inconnu.</source>
      <translation>Unknown type of barcode.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="362" />
      <source>Un code produit a 10 chiffres au plus, ou 12 ou 13 chiffres (EAN).</source>
      <translation>A product code has 10 digits at most, or 12 or 13 digits (EAN).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="332" />
      <source>Un décalage d'imprimante est de {max} mm au plus.</source>
      <translation>A printer shift is {max} mm at most.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="747" />
      <source>Un numéro de lot a {n} signes au plus.</source>
      <translation>A lot number has {n} characters at most.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="141" />
      <source>Un produit gardé au frais, avec des œufs, du lait, de la viande ou du poisson, demande « À consommer jusqu'au » (DLC), pas « de préférence avant » (DDM).</source>
      <translation>A chilled product with eggs, milk, meat or fish needs “Use by”, not “Best before”.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="166" />
      <source>Une marge ne peut pas être négative.</source>
      <translation>A margin can't be negative.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="106" />
      <source>Une phrase sur la santé (« bon pour… », « renforce… ») n'est permise que si elle figure dans la liste européenne des allégations de santé autorisées. Retirez-la ou reprenez la phrase exacte de la liste.</source>
      <translation>A sentence about health (“good for…”, “strengthens…”) is allowed only if it is in the EU list of authorised health claims. Remove it or use the exact wording of the list.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="175" />
      <source>Une étiquette mesure au moins 15 × 10 mm.</source>
      <translation>A label is at least 15 × 10 mm.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/nutrition.py" line="105" />
      <source>Valeurs nutritionnelles pour 100 g : énergie {kj} kJ / {kcal} kcal ; matières grasses {fat}, dont acides gras saturés {saturates} ; glucides {carbohydrate}, dont sucres {sugars} ; protéines {protein} ; sel {salt}.</source>
      <translation>Nutrition declaration per 100 g: energy {kj} kJ / {kcal} kcal; fat {fat}, of which saturates {saturates}; carbohydrate {carbohydrate}, of which sugars {sugars}; protein {protein}; salt {salt}.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="143" />
      <source>arachides</source>
      <translation>peanuts</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="131" />
      <source>blé</source>
      <translation>wheat</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="130" />
      <source>blé dur</source>
      <translation>durum wheat</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="140" />
      <source>crustacés</source>
      <translation>crustaceans</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="147" />
      <source>céleri</source>
      <translation>celery</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="146" />
      <source>fruits à coque</source>
      <translation>nuts</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="139" />
      <source>gluten</source>
      <translation>gluten</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="687" />
      <source>la durée de conservation (en jours)</source>
      <translation>the shelf life (in days)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="685" />
      <source>la quantité nette (poids, volume ou nombre)</source>
      <translation>the net quantity (weight, volume or number)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="145" />
      <source>lait</source>
      <translation>milk</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="698" />
      <source>le code produit (pour le code-barres)</source>
      <translation>the product code (for the barcode)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="696" />
      <source>le nom et l'adresse de la coopérative (Fichier &gt; Paramètres)</source>
      <translation>the cooperative's name and address (File &gt; Settings)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="588" />
      <source>le poids en g de « {name} » (compté en pièces)</source>
      <translation>the weight in g of "{name}" (counted in pieces)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="690" />
      <source>les conditions de conservation (obligatoires avec « à consommer jusqu'au »)</source>
      <translation>the storage conditions (required with "use by")</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="683" />
      <source>les ingrédients</source>
      <translation>the ingredients</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="151" />
      <source>lupin</source>
      <translation>lupin</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="152" />
      <source>mollusques</source>
      <translation>molluscs</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="148" />
      <source>moutarde</source>
      <translation>mustard</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="286" />
      <source>pièce</source>
      <translation>piece</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="286" />
      <source>pièces</source>
      <translation>pieces</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="142" />
      <source>poisson</source>
      <translation>fish</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="144" />
      <source>soja</source>
      <translation>soybeans</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="150" />
      <source>sulfites</source>
      <translation>sulphites</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="149" />
      <source>sésame</source>
      <translation>sesame</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="450" />
      <source>{grams} g pour 100 g</source>
      <translation>{grams} g per 100 g</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="69" />
      <source>{name} ({w} × {h} mm)</source>
      <translation>{name} ({w} × {h} mm)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="75" />
      <source>{name} — {n} par feuille ({w} × {h} mm)</source>
      <translation>{name} — {n} per sheet ({w} × {h} mm)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="98" />
      <source>« Allégé » demande au moins 30 % de moins qu'un produit semblable, dit sur l'étiquette, et une déclaration nutritionnelle.</source>
      <translation>“Light” requires at least 30 % less than a similar product, stated on the label, and a nutrition declaration.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="89" />
      <source>« Riche en » ou « source de » est une allégation nutritionnelle : elle demande une déclaration nutritionnelle et les quantités minimales fixées par la loi (par exemple 3 g de fibres pour 100 g pour « source de fibres »).</source>
      <translation>“Rich in” or “source of” is a nutrition claim: it requires a nutrition declaration and the minimum amounts set by law (for example 3 g of fibre per 100 g for “source of fibre”).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="66" />
      <source>« Sans sucre ajouté » : la recette contient du sucre, du miel ou un sirop. Retirez cette phrase.</source>
      <translation>“No added sugar”: the recipe contains sugar, honey or a syrup. Remove this sentence.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="74" />
      <source>« Sans sucre ajouté » est une allégation : elle n'est permise que sans aucun sucre, miel ni sirop ajouté, et l'étiquette doit dire « contient des sucres naturellement présents » quand les ingrédients en ont (dattes, fruits, lait).</source>
      <translation>“No added sugar” is a claim: it is allowed only with no sugar, honey or syrup added, and the label must say “contains naturally occurring sugars” when the ingredients have some (dates, fruit, milk).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="81" />
      <source>« Sans sucre ajouté » est une allégation : vérifiez qu'aucun sucre, miel ni sirop n'est ajouté.</source>
      <translation>“No added sugar” is a claim: check that no sugar, honey or syrup is added.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="264" />
      <source>« {name} » n'est pas un nom français : écrivez dans la recette un nom descriptif (par exemple « Boules énergétiques aux dattes et au cacao »), imprimé sous le nom.</source>
      <translation>“{name}” is not a French name: write a descriptive name in the recipe (for example “Boules énergétiques aux dattes et au cacao”), printed under the name.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="244" />
      <source>« {text} » n'est pas un nombre (exemple : 63,5).</source>
      <translation>"{text}" is not a number (example: 63.5).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="149" />
      <source>« À consommer jusqu'au » (DLC) est pour les produits gardés au frais : celui-ci se garde au sec. Vérifiez le type de date.</source>
      <translation>“Use by” is for chilled products: this one keeps in a dry place. Check the kind of date.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="130" />
      <source>« À réchauffer » sur un produit qui se mange froid : vérifiez les conditions de conservation.</source>
      <translation>“To reheat” on a product eaten cold: check the storage conditions.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="315" />
      <source>À consommer de préférence avant le</source>
      <translation>Best before</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="314" />
      <source>À consommer jusqu'au</source>
      <translation>Use by</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="616" />
      <source>Étiquettes</source>
      <translation>Labels</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="619" />
      <source>Étiquettes alimentaires, à imprimer à taille réelle</source>
      <translation>Food labels, to print at actual size</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="141" />
      <source>œufs</source>
      <translation>eggs</translation>
    </message>
  </context>
  <context>
    <name>lot_trace</name>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="101" />
      <source>Achats avec ce lot du fournisseur</source>
      <translation>Purchases with this supplier lot</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="27" />
      <source>Acheté</source>
      <translation>Bought</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="24" />
      <source>Acheté le</source>
      <translation>Bought on</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="175" />
      <location filename="../../app/printing/lot_trace.py" line="96" />
      <source>Aucun achat ni lot fabriqué avec ce numéro.</source>
      <translation>No purchase or lot made with this number.</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="74" />
      <source>Aucun achat noté.</source>
      <translation>No purchase recorded.</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="83" />
      <source>Aucune vente de ce lot.</source>
      <translation>No sales from this lot.</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="26" />
      <source>Date sur l'emballage</source>
      <translation>Date on the pack</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="57" />
      <source>Fabriqué le {made_on} · unités : {made} · date sur l'étiquette : {best} · vendues : {sold} · perdues : {wasted} · en stock : {left}</source>
      <translation>Made on {made_on} · units: {made} · date on the label: {best} · sold: {sold} · lost: {wasted} · in stock: {left}</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="23" />
      <source>Fournisseur</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="22" />
      <source>Ingrédient</source>
      <translation>Ingredient</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="70" />
      <source>Ingrédients achetés utilisés</source>
      <translation>Purchased ingredients used</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="78" />
      <source>Jour de vente</source>
      <translation>Sale day</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="78" />
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="25" />
      <source>Lot du fournisseur</source>
      <translation>Supplier lot</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="49" />
      <source>Lot {lot} — {product} (version {version}) — {cohort}</source>
      <translation>Lot {lot} — {product} (version {version}) — {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="106" />
      <source>Traçabilité : des achats aux jours de vente (rappel de produit)</source>
      <translation>Traceability: from purchases to sale days (product recall)</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="91" />
      <source>Traçabilité du lot {lot}</source>
      <translation>Traceability of lot {lot}</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="78" />
      <source>Unités</source>
      <translation>Units</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="27" />
      <source>Utilisé</source>
      <translation>Used</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="75" />
      <source>Ventes</source>
      <translation>Sales</translation>
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <location filename="../../app/services/menus/menus.py" line="108" />
      <source>Ajoutez au moins une recette au menu.</source>
      <translation>Add at least one recipe to the menu.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="159" />
      <source>Ce menu a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>This menu changed since you opened this window: the fields now show its new values. Make your changes again, then save.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="105" />
      <source>Choisissez un format de vente.</source>
      <translation>Choose a sales format.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="112" />
      <source>Choisissez une recette de la liste.</source>
      <translation>Choose a recipe from the list.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="117" />
      <source>Les portions par personne doivent être plus grandes que zéro.</source>
      <translation>Portions per person must be more than zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="103" />
      <source>Un menu porte déjà ce nom.</source>
      <translation>A menu already has this name.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="100" />
      <source>le nom du menu</source>
      <translation>the name of the menu</translation>
    </message>
  </context>
  <context>
    <name>modules</name>
    <message>
      <location filename="../../app/vocab/schedule.py" line="107" />
      <source>Affiches et étiquettes</source>
      <translation>Posters and labels</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="95" />
      <source>Alimentation durable</source>
      <translation>Sustainable food</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="104" />
      <source>Analyse SWOT</source>
      <translation>SWOT analysis</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="101" />
      <source>Carte d'empathie et proposition de valeur</source>
      <translation>Empathy map and value proposition</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="88" />
      <source>Communication visuelle</source>
      <translation>Visual communication</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="111" />
      <source>Conférence</source>
      <translation>Talk</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="99" />
      <source>Cuisine</source>
      <translation>Cooking</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="105" />
      <source>Dressage des assiettes</source>
      <translation>Plating</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="84" />
      <source>Découverte du marché et entretiens d'empathie</source>
      <translation>Discovering the market and empathy interviews</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="100" />
      <source>Dégustation et questionnaire</source>
      <translation>Tasting and questionnaire</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="108" />
      <source>Energy balls avec un partenaire</source>
      <translation>Energy balls with a partner</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="77" />
      <source>Entrepreneuriat</source>
      <translation>Entrepreneurship</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="106" />
      <source>Exercices de comptabilité</source>
      <translation>Bookkeeping exercises</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="87" />
      <source>Gestion du cycle de projet</source>
      <translation>Project cycle management</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="96" />
      <source>Hygiène alimentaire et règles de l'AFSCA</source>
      <translation>Food hygiene and AFSCA rules</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="89" />
      <source>Introduction à la comptabilité</source>
      <translation>Introduction to bookkeeping</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="78" />
      <source>Le marché de l'emploi belge et ses codes</source>
      <translation>The Belgian job market and its codes</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="112" />
      <source>Matinée avec les marraines et parrains</source>
      <translation>Morning with the mentors</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="82" />
      <source>Plan d'affaires</source>
      <translation>Business plan</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="94" />
      <source>Répondre aux demandes des clients</source>
      <translation>Answering customers' requests</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="90" />
      <source>Storytelling</source>
      <translation>Storytelling</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="91" />
      <source>Vendre, étiqueter et présenter ses produits</source>
      <translation>Selling, labelling and presenting one's products</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="115" />
      <source>Vente</source>
      <translation>Sale</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="110" />
      <source>Visite d'un restaurant</source>
      <translation>Visit to a restaurant</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="109" />
      <source>Visite d'un supermarché coopératif</source>
      <translation>Visit to a cooperative supermarket</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="81" />
      <source>Économie sociale et coopératives</source>
      <translation>Social economy and cooperatives</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="83" />
      <source>Étude de marché</source>
      <translation>Market research</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="116" />
      <source>Évaluation</source>
      <translation>Evaluation</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <location filename="../../app/services/money.py" line="98" />
      <source>Ce montant est trop grand (au plus {limit}).</source>
      <translation>This amount is too big (at most {limit}).</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="62" />
      <source>Indiquez un montant, par exemple 2,50.</source>
      <translation>Give an amount, for example 2.50.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="93" />
      <source>Le montant doit être plus grand que zéro.</source>
      <translation>The amount must be more than zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="90" />
      <source>Le montant ne peut pas être négatif.</source>
      <translation>The amount can't be negative.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="87" />
      <source>Un montant a au plus deux chiffres après la virgule (les cents).</source>
      <translation>An amount has at most two digits after the decimal point (the cents).</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="69" />
      <location filename="../../app/services/money.py" line="79" />
      <source>« {text} » n'est pas un montant. Écrivez par exemple 2,50.</source>
      <translation>"{text}" is not an amount. Write for example 2.50.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="38" />
      <source>« {text} » peut se lire {small} ou {large}. Écrivez {small_typed} ou {large_typed}.</source>
      <translation>“{text}” can be read as {small} or {large}. Type {small_typed} or {large_typed}.</translation>
    </message>
  </context>
  <context>
    <name>network</name>
    <message>
      <location filename="../../app/services/network/publish.py" line="251" />
      <source>Cet ordinateur a déjà une autre cohorte « {name} » : renommez-la avant de récupérer celle du serveur.</source>
      <translation>This computer already has another cohort “{name}”: rename it before fetching the server's.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="46" />
      <source>Cette base n'a pas d'identifiant : rouvrez-la d'abord.</source>
      <translation>This database has no identifier: reopen it first.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="121" />
      <source>La cohorte « {name} » est publiée depuis un autre ordinateur, « {other} » (dernière publication le {when}), et pas depuis celui-ci, « {this} ». Une cohorte n'a qu'un ordinateur qui l'écrit : pour la reprendre ici, récupérez-la d'abord depuis le serveur (coopactives fetch).</source>
      <translation>The cohort “{name}” is published from another computer, “{other}” (last published on {when}), not from this one, “{this}”. A cohort has only one computer that writes it: to take it over here, first fetch it from the server (coopactives fetch).</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="79" />
      <source>La connexion au serveur {url} s'est interrompue. Le serveur garde la copie complète précédente ; relancez la publication quand le réseau est revenu.</source>
      <translation>The connection to the server {url} was cut. The server keeps the previous complete copy; publish again when the network is back.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="110" />
      <source>Le serveur a déjà une autre cohorte « {name} » : renommez l'une des deux avant de publier.</source>
      <translation>The server already has another cohort “{name}”: rename one of the two before publishing.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="238" />
      <source>Le serveur n'a pas de cohorte « {name} ». Cohortes publiées : {names}.</source>
      <translation>The server has no cohort “{name}”. Published cohorts: {names}.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="187" />
      <source>Publiez depuis l'ordinateur de la cuisine, pas du serveur.</source>
      <translation>Publish from the kitchen computer, not from the server.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="228" />
      <source>Récupérez une cohorte sur l'ordinateur de la cuisine.</source>
      <translation>Fetch a cohort on the kitchen computer.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="62" />
      <source>« {url} » n'est pas l'adresse d'un serveur PostgreSQL : écrivez-la postgresql://utilisateur@serveur/base.</source>
      <translation>“{url}” is not the address of a PostgreSQL server: write it as postgresql://user@server/database.</translation>
    </message>
  </context>
  <context>
    <name>orders</name>
    <message>
      <location filename="../../app/services/menus/orders.py" line="233" />
      <source>Ajoutez au moins une ligne (ou choisissez un menu).</source>
      <translation>Add at least one line (or choose a menu).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/customers.py" line="26" />
      <source>Ce client n'est plus dans le répertoire.</source>
      <translation>This customer is no longer in the directory.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="215" />
      <source>Ce menu n'existe plus.</source>
      <translation>This menu no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="306" />
      <source>Cette commande a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>This order changed since you opened this window: the fields now show its new values. Make your changes again, then save.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="220" />
      <source>Choisissez livraison ou à venir chercher.</source>
      <translation>Choose delivery or pick-up.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="217" />
      <source>Choisissez un format de vente.</source>
      <translation>Choose a sales format.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="239" />
      <source>Choisissez une recette de la liste.</source>
      <translation>Choose a recipe from the list.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="209" />
      <source>Indiquez la date.</source>
      <translation>Give the date.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="190" />
      <source>Indiquez le nombre de personnes.</source>
      <translation>Give the number of people.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="242" />
      <source>La quantité doit être plus grande que zéro.</source>
      <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="211" />
      <source>Le nombre de personnes doit être positif.</source>
      <translation>The number of people must be positive.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="253" />
      <source>Le prix ne peut pas être négatif.</source>
      <translation>The price can't be negative.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="256" />
      <source>Le taux de TVA doit être entre 0 et 100 %.</source>
      <translation>The VAT rate must be between 0 and 100%.</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="53" />
      <source>Livraison</source>
      <translation>Delivery</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="223" />
      <location filename="../../app/services/menus/orders.py" line="336" />
      <source>Statut inconnu.</source>
      <translation>Unknown status.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="229" />
      <source>Un devis est valable de 1 à 365 jours.</source>
      <translation>A quote is valid for 1 to 365 days.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="204" />
      <source>le client</source>
      <translation>the customer</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="54" />
      <source>À venir chercher</source>
      <translation>Pick-up</translation>
    </message>
  </context>
  <context>
    <name>outcomes</name>
    <message>
      <location filename="../../app/services/outcomes/records.py" line="79" />
      <source>Cette personne ne fait pas partie de la cohorte.</source>
      <translation>This person is not part of the cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/outcomes/records.py" line="69" />
      <source>Choisissez le moment du suivi.</source>
      <translation>Choose when the follow-up is.</translation>
    </message>
    <message>
      <location filename="../../app/services/outcomes/records.py" line="71" />
      <source>Choisissez sa situation.</source>
      <translation>Choose her situation.</translation>
    </message>
    <message>
      <location filename="../../app/services/outcomes/records.py" line="62" />
      <source>Pas d'accord de sa part pour le suivi : notez d'abord son accord. Rien n'est enregistré.</source>
      <translation>She has not consented to the follow-up: record her consent first. Nothing is saved.</translation>
    </message>
    <message>
      <location filename="../../app/services/outcomes/records.py" line="116" />
      <source>Suivi de {name} ({cohort}) : {when}, prévu le {date}.</source>
      <translation>Follow-up of {name} ({cohort}): {when}, due on {date}.</translation>
    </message>
    <message>
      <location filename="../../app/services/outcomes/consent.py" line="95" />
      <source>{name} n'a pas donné son accord.</source>
      <translation>{name} has not given her consent.</translation>
    </message>
  </context>
  <context>
    <name>outcomes_man</name>
    <message>
      <location filename="../../app/services/outcomes/consent.py" line="96" />
      <source>{name} n'a pas donné son accord.</source>
      <translation>{name} has not given his consent.</translation>
    </message>
  </context>
  <context>
    <name>people</name>
    <message>
      <location filename="../../app/services/people/members.py" line="226" />
      <location filename="../../app/services/people/members.py" line="287" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>This cohort no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="255" />
      <source>Cette personne a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>This person changed since you opened this window: the fields now show the new values. Make your changes again, then save.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="305" />
      <source>Cette personne n'est pas dans la cohorte.</source>
      <translation>This person is not in the cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="100" />
      <source>Choisissez un genre dans la liste.</source>
      <translation>Choose a gender from the list.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="98" />
      <source>Choisissez un rôle dans la liste.</source>
      <translation>Choose a role from the list.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="308" />
      <source>La date de départ est avant la date d'arrivée.</source>
      <translation>The leaving date is before the arrival date.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="206" />
      <source>Personne ne s'appelle « {name} ».</source>
      <translation>Nobody is called "{name}".</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="208" />
      <source>Plusieurs personnes s'appellent « {name} » : donnez aussi le nom.</source>
      <translation>Several people are called "{name}": give the surname too.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="95" />
      <source>le prénom</source>
      <translation>the first name</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="330" />
      <source>{name} a déjà un historique dans l'application : désactivez-la plutôt.</source>
      <translation>{name} already has a history in the app: deactivate her instead.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="132" />
      <source>{name} fait déjà partie de cette cohorte.</source>
      <translation>{name} is already part of this cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/countries.py" line="63" />
      <source>« {code} » n'est pas un code de pays connu.</source>
      <translation>"{code}" is not a known country code.</translation>
    </message>
  </context>
  <context>
    <name>people_man</name>
    <message>
      <location filename="../../app/services/people/members.py" line="334" />
      <source>{name} a déjà un historique dans l'application : désactivez-le plutôt.</source>
      <translation>{name} already has a history in the app: deactivate him instead.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="133" />
      <source>{name} fait déjà partie de cette cohorte.</source>
      <translation>{name} is already part of this cohort.</translation>
    </message>
  </context>
  <context>
    <name>personal_data</name>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="350" />
      <source>(image, {n} octets)</source>
      <translation>(image, {n} bytes)</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="141" />
      <source>Accord donné le</source>
      <translation>Consent given on</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="142" />
      <source>Accord retiré le</source>
      <translation>Consent withdrawn on</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="241" />
      <source>Acquise</source>
      <translation>Acquired</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="181" />
      <source>Action corrective</source>
      <translation>Corrective action</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="136" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="244" />
      <source>Adjectif</source>
      <translation>Adjective</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="473" />
      <source>Ancienne membre</source>
      <translation>Former member</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="151" />
      <source>Animatrice</source>
      <translation>Facilitator</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="195" />
      <source>Anime depuis le</source>
      <translation>Facilitator since</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="171" />
      <source>Annule</source>
      <translation>Undoes</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="174" />
      <source>Après</source>
      <translation>After</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="139" />
      <source>Arrivée</source>
      <translation>Joined</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="172" />
      <source>Autre date</source>
      <translation>Other date</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="173" />
      <source>Avant</source>
      <translation>Before</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="202" />
      <source>Caisse attendue</source>
      <translation>Expected till</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="201" />
      <source>Caisse comptée</source>
      <translation>Counted till</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="220" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="191" />
      <source>Cercle</source>
      <translation>Circle</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="242" />
      <source>Choisi par</source>
      <translation>Chosen by</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="205" />
      <source>Clôturée le</source>
      <translation>Closed on</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="206" />
      <source>Clôturée par</source>
      <translation>Closed by</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="178" />
      <source>Cochée le</source>
      <translation>Ticked on</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="177" />
      <source>Cochée par</source>
      <translation>Ticked by</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="138" />
      <source>Cohorte</source>
      <translation>Cohort</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="198" />
      <source>Commande</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="240" />
      <source>Commentaire</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="200" />
      <source>Comptage de la caisse</source>
      <translation>Till count</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="237" />
      <source>Compétence</source>
      <translation>Skill</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="218" />
      <source>Correction</source>
      <translation>Correction</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="216" />
      <source>Corrige la ligne</source>
      <translation>Corrects line</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="192" />
      <location filename="../../app/services/safety/personal_data.py" line="207" />
      <source>Créé le</source>
      <translation>Created on</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="146" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="230" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="17" />
      <source>Données personnelles : {name}</source>
      <translation>Personal data: {name}</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="147" />
      <source>Début</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="224" />
      <source>Décision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="165" />
      <source>Déléguée</source>
      <translation>Delegate</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="140" />
      <source>Départ</source>
      <translation>Leaving</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="169" />
      <source>Détail du problème</source>
      <translation>Problem details</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="203" />
      <source>Explication de l'écart</source>
      <translation>Explanation of the difference</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="185" />
      <source>Fait aujourd'hui</source>
      <translation>Done today</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="175" />
      <location filename="../../app/services/safety/personal_data.py" line="193" />
      <source>Fait le</source>
      <translation>Done on</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="194" />
      <source>Fait par</source>
      <translation>Done by</translation>
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="33" />
      <source>Fiche</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="148" />
      <source>Fin</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="199" />
      <source>Fonds de caisse</source>
      <translation>Starting cash</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="197" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="219" />
      <source>Fournisseur</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="179" />
      <source>Frigo ou congélateur</source>
      <translation>Fridge or freezer</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="132" />
      <source>Genre</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="225" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="128" />
      <source>Identifiant global</source>
      <translation>Global identifier</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="229" />
      <source>Intégration</source>
      <translation>Integration</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="238" />
      <source>Jour</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="162" />
      <source>Jour de la semaine</source>
      <translation>Day of the week</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="164" />
      <source>Jour de vente</source>
      <translation>Selling day</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="170" />
      <source>Jours planifiés</source>
      <translation>Days planned</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="451" />
      <source>L'effacement ne sait pas encore traiter : {tables}.</source>
      <translation>Erasing can't handle these yet: {tables}.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="134" />
      <source>Langues</source>
      <translation>Languages</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="161" />
      <source>Le</source>
      <translation>On</translation>
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="63" />
      <source>Les données personnelles gardées sur une personne</source>
      <translation>The personal data kept about a person</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="152" />
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="154" />
      <source>Lieu de visite</source>
      <translation>Visit host</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="153" />
      <source>Marraine / parrain</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="159" />
      <source>Matinée</source>
      <translation>Morning</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="236" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="150" />
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="143" />
      <source>Moment du suivi</source>
      <translation>Follow-up checkpoint</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="217" />
      <source>Montant</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="239" />
      <source>Niveau</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="130" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="356" />
      <source>Non</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="158" />
      <source>Note</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="137" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="145" />
      <source>Noté le</source>
      <translation>Noted on</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="208" />
      <source>Noté par</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="127" />
      <source>Numéro</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="222" />
      <source>Numéro du ticket</source>
      <translation>Receipt number</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="228" />
      <source>Objection</source>
      <translation>Objection</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="215" />
      <source>Origine</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="356" />
      <source>Oui</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="211" />
      <source>Paiement</source>
      <translation>Payment</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="226" />
      <source>Part</source>
      <translation>Share</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="133" />
      <source>Pays</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="221" />
      <source>Payé par</source>
      <translation>Paid by</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="160" />
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="176" />
      <source>Point de la liste</source>
      <translation>Checklist item</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="155" />
      <source>Point de rendez-vous</source>
      <translation>Meeting point</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="227" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="189" />
      <location filename="../../app/services/safety/personal_data.py" line="243" />
      <source>Pour</source>
      <translation>For</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="190" />
      <source>Pour le</source>
      <translation>Due on</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="213" />
      <source>Prix unitaire</source>
      <translation>Unit price</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="168" />
      <source>Problème</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="210" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="129" />
      <source>Prénom</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="167" />
      <source>Publié</source>
      <translation>Published</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="212" />
      <source>Quantité</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="163" />
      <source>Raison</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="183" />
      <source>Relevée le</source>
      <translation>Read on</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="182" />
      <source>Relevée par</source>
      <translation>Read by</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="223" />
      <source>Remboursé le</source>
      <translation>Refunded on</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="131" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="64" />
      <source>Ses données contiennent des évaluations : tapez le code PIN des évaluations.</source>
      <translation>Her data contains evaluations: type the evaluations PIN code.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="231" />
      <source>Signé le</source>
      <translation>Signed on</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="144" />
      <source>Situation</source>
      <translation>Situation</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="232" />
      <source>Sous-groupe</source>
      <translation>Sub-group</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="166" />
      <source>Suppléante</source>
      <translation>Deputy</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="214" />
      <source>TVA</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="180" />
      <source>Température (°C)</source>
      <translation>Temperature (°C)</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="188" />
      <source>Texte</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="23" />
      <source>Tout ce que l'application Coopér'Actives garde sur cette personne, le {date}. Rien d'autre n'est enregistré.</source>
      <translation>Everything the Coopér'Actives app keeps about this person, on {date}. Nothing else is stored.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="149" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="135" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="209" />
      <source>Vente</source>
      <translation>Sale</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="204" />
      <source>Version (nombre d'enregistrements)</source>
      <translation>Version (number of saves)</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="186" />
      <source>À faire ensuite</source>
      <translation>To do next</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="187" />
      <source>Écrit le</source>
      <translation>Written on</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="184" />
      <source>Écrit par</source>
      <translation>Written by</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="157" />
      <source>État</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="234" />
      <source>Évaluation</source>
      <translation>Evaluation</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="235" />
      <source>Évaluatrice</source>
      <translation>Evaluator</translation>
    </message>
  </context>
  <context>
    <name>portfolio</name>
    <message>
      <location filename="../../app/printing/portfolio.py" line="321" />
      <source>Attestation</source>
      <translation>Certificate</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="136" />
      <source>Aucune journée de vente menée.</source>
      <translation>No sales day run.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="248" />
      <source>Compétences</source>
      <translation>Skills</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="143" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="230" />
      <source>Domaine</source>
      <translation>Area</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/printing/portfolio.py" line="109" />
      <source>Elle a organisé la journée de toute l'équipe %n fois, comme déléguée du jour : {days}.</source>
      <translation>
        <numerusform>She organised the whole team's day %n time, as delegate of the day: {days}.</numerusform>
        <numerusform>She organised the whole team's day %n times, as delegate of the day: {days}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="101" />
      <source>Elle n'a pas encore été déléguée du jour.</source>
      <translation>She has not been delegate of the day yet.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="190" />
      <source>Goût, dernière version goûtée</source>
      <translation>Taste, latest version tasted</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="189" />
      <source>Goût, première version goûtée</source>
      <translation>Taste, first version tasted</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="76" />
      <source>Heures et modules</source>
      <translation>Hours and modules</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/printing/portfolio.py" line="115" />
      <source>Il a organisé la journée de toute l'équipe %n fois, comme délégué du jour : {days}.</source>
      <translation>
        <numerusform>He organised the whole team's day %n time, as delegate of the day: {days}.</numerusform>
        <numerusform>He organised the whole team's day %n times, as delegate of the day: {days}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="102" />
      <source>Il n'a pas encore été délégué du jour.</source>
      <translation>He has not been delegate of the day yet.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="129" />
      <source>Journées de vente qu'elle a menées</source>
      <translation>Sales days she ran</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="130" />
      <source>Journées de vente qu'il a menées</source>
      <translation>Sales days he ran</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="287" />
      <source>Les mots choisis par ses collègues pour la décrire : {list}.</source>
      <translation>The words her teammates chose to describe her: {list}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="291" />
      <source>Les mots choisis par ses collègues pour le décrire : {list}.</source>
      <translation>The words his teammates chose to describe him: {list}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="207" />
      <source>Les produits vendus les jours qu'elle a menés, avec la note de goût donnée par les clients aux dégustations (de 1 à 5).</source>
      <translation>The products sold on the days she ran, with the taste score customers gave at tastings (from 1 to 5).</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="212" />
      <source>Les produits vendus les jours qu'il a menés, avec la note de goût donnée par les clients aux dégustations (de 1 à 5).</source>
      <translation>The products sold on the days he ran, with the taste score customers gave at tastings (from 1 to 5).</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="145" />
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="147" />
      <source>Marge</source>
      <translation>Margin</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="172" />
      <source>Marge : les ventes hors TVA moins le coût des ingrédients et des emballages.</source>
      <translation>Margin: sales excluding VAT minus the cost of ingredients and packaging.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="85" />
      <source>Modules suivis : {modules}.</source>
      <translation>Modules attended: {modules}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="231" />
      <source>Observées à l'évaluation</source>
      <translation>Observed in the evaluation</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="255" />
      <source>Points forts observés à l'évaluation : {list}.</source>
      <translation>Strengths observed in the evaluation: {list}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="388" />
      <source>Portfolio d'un participant pour les employeurs : heures, journées, ventes, produits, compétences</source>
      <translation>A participant's portfolio for employers: hours, days, sales, products, skills</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="383" />
      <source>Portfolio d'une participante pour les employeurs : heures, journées, ventes, produits, compétences</source>
      <translation>A participant's portfolio for employers: hours, days, sales, products, skills</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="350" />
      <source>Portfolio pour les employeurs</source>
      <translation>Portfolio for employers</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="29" />
      <source>Portfolio — {name}</source>
      <translation>Portfolio — {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="187" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="203" />
      <source>Produits créés et améliorés</source>
      <translation>Products created and improved</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="327" />
      <source>Son attestation de participation : {attended} suivies sur les {planned} prévues.</source>
      <translation>Her certificate of participation: {attended} attended out of the {planned} planned.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="234" />
      <source>Son auto-évaluation</source>
      <translation>Her self-assessment</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="267" />
      <source>Son auto-évaluation (ce qu'elle dit savoir déjà faire) : {list}.</source>
      <translation>Her self-assessment (what she says she can already do): {list}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="271" />
      <source>Son auto-évaluation (ce qu'il dit savoir déjà faire) : {list}.</source>
      <translation>His self-assessment (what he says he can already do): {list}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="144" />
      <source>Type de vente</source>
      <translation>Kind of sale</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="146" />
      <source>Ventes (TVAC)</source>
      <translation>Sales (VAT incl.)</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="188" />
      <source>Versions</source>
      <translation>Versions</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="308" />
      <source>{cohort}, du {start} au {end}</source>
      <translation>{cohort}, from {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/portfolio.py" line="118" />
      <source>{name} n'a pas donné son accord pour un portfolio : notez d'abord son accord. Rien n'est imprimé.</source>
      <translation>{name} has not given her consent to a portfolio: record her consent first. Nothing is printed.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/portfolio.py" line="146" />
      <source>{name} n'a pas fait partie de cette cohorte.</source>
      <translation>{name} was not in this cohort.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="369" />
      <source>Établi le {date}, avec son accord.</source>
      <translation>Made on {date}, with her consent.</translation>
    </message>
  </context>
  <context>
    <name>portfolio_man</name>
    <message>
      <location filename="../../app/printing/portfolio.py" line="137" />
      <source>Aucune journée de vente menée.</source>
      <translation>No sales day run.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="86" />
      <source>Modules suivis : {modules}.</source>
      <translation>Modules attended: {modules}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="332" />
      <source>Son attestation de participation : {attended} suivies sur les {planned} prévues.</source>
      <translation>His certificate of participation: {attended} attended out of the {planned} planned.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="235" />
      <source>Son auto-évaluation</source>
      <translation>His self-assessment</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/portfolio.py" line="123" />
      <source>{name} n'a pas donné son accord pour un portfolio : notez d'abord son accord. Rien n'est imprimé.</source>
      <translation>{name} has not given his consent to a portfolio: record his consent first. Nothing is printed.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/portfolio.py" line="147" />
      <source>{name} n'a pas fait partie de cette cohorte.</source>
      <translation>{name} was not in this cohort.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="370" />
      <source>Établi le {date}, avec son accord.</source>
      <translation>Made on {date}, with his consent.</translation>
    </message>
  </context>
  <context>
    <name>prerequisites</name>
    <message>
      <location filename="../../app/services/schedule/activity_sources.py" line="58" />
      <source>commande payante de {customer}</source>
      <translation>paid order from {customer}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/activity_sources.py" line="30" />
      <source>vente ({format}{place})</source>
      <translation>sale ({format}{place})</translation>
    </message>
  </context>
  <context>
    <name>price_list</name>
    <message>
      <location filename="../../app/printing/price_list.py" line="43" />
      <source>Allergènes</source>
      <translation>Allergens</translation>
    </message>
    <message>
      <location filename="../../app/printing/price_list.py" line="57" />
      <source>Nos prix — {date}</source>
      <translation>Our prices — {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/price_list.py" line="42" />
      <source>Prix</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../../app/printing/price_list.py" line="64" />
      <source>Prix TVA comprise. Allergènes : demandez-nous.</source>
      <translation>Prices include VAT. Allergens: ask us.</translation>
    </message>
    <message>
      <location filename="../../app/printing/price_list.py" line="67" />
      <source>Prix et allergènes des produits du stand</source>
      <translation>Prices and allergens of the stand's products</translation>
    </message>
    <message>
      <location filename="../../app/printing/price_list.py" line="41" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
  </context>
  <context>
    <name>printing</name>
    <message numerus="yes">
      <location filename="../../app/printing/attendance_sheet.py" line="49" />
      <source>%n membre(s) attendue(s)</source>
      <translation>
        <numerusform>%n member expected</numerusform>
        <numerusform>%n members expected</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="83" />
      <location filename="../../app/printing/portfolio.py" line="58" />
      <source>Activité</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="56" />
      <location filename="../../app/printing/rotation.py" line="77" />
      <source>Adjointe</source>
      <translation>Deputy</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="61" />
      <source>Arrivée</source>
      <translation>Arrival</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="46" />
      <source>Attestation de participation</source>
      <translation>Certificate of participation</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="149" />
      <source>Attestation de participation à une coopérative éphémère</source>
      <translation>Certificate of participation in a temporary cooperative</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="144" />
      <source>Attestation — {name}</source>
      <translation>Certificate — {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="51" />
      <source>Aucun membre attendu ce jour-là.</source>
      <translation>No member expected that day.</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="102" />
      <source>Avant → après</source>
      <translation>Before → after</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="180" />
      <source>Cachet de l'organisation</source>
      <translation>Organisation's stamp</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="124" />
      <source>Ce qu'il faut acheter, en paquets, et ce que cela coûte</source>
      <translation>What to buy, in packs, and what it costs</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="97" />
      <source>Changements</source>
      <translation>Changes</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="37" />
      <source>Chaque jour, une déléguée s'occupe de la journée ; l'adjointe l'aide et la remplace si elle est absente. Un échange ? Notez-le dans l'application.</source>
      <translation>Each day, a delegate looks after the day; the deputy helps her and replaces her if she is absent. A swap? Write it down in the app.</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="126" />
      <source>Comment y aller : {note}</source>
      <translation>How to get there: {note}</translation>
    </message>
    <message>
      <location filename="../../app/printing/tasting_form.py" line="78" />
      <source>Dégustation : {product}</source>
      <translation>Tasting: {product}</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="70" />
      <source>Délégué : {name}</source>
      <translation>Delegate: {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="55" />
      <location filename="../../app/printing/rotation.py" line="75" />
      <source>Déléguée</source>
      <translation>Delegate</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="72" />
      <source>Déléguée : {name}</source>
      <translation>Delegate: {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="32" />
      <source>Déléguées du jour — {cohort}</source>
      <translation>Delegates of the day — {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="120" />
      <source>Elle a suivi {attended} sur les {planned} prévues.</source>
      <translation>She attended {attended} of the {planned} planned.</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="196" />
      <source>Fait à Liège, le {date}.</source>
      <translation>Done in Liège, on {date}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="40" />
      <source>Feuille de présence</source>
      <translation>Attendance sheet</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="95" />
      <source>Feuilles de présence — semaine {week} — {cohort}</source>
      <translation>Attendance sheets — week {week} — {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/tasting_form.py" line="48" />
      <source>Formulaire n° ______</source>
      <translation>Form no. ______</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="84" />
      <location filename="../../app/printing/portfolio.py" line="59" />
      <source>Heures prévues</source>
      <translation>Hours planned</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="79" />
      <location filename="../../app/printing/attestation.py" line="85" />
      <location filename="../../app/printing/portfolio.py" line="60" />
      <source>Heures suivies</source>
      <translation>Hours attended</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="118" />
      <source>Il a suivi {attended} sur les {planned} prévues.</source>
      <translation>He attended {attended} of the {planned} planned.</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="54" />
      <location filename="../../app/printing/rotation.py" line="100" />
      <source>Jour</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="81" />
      <source>Jour de vente</source>
      <translation>Sales day</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="49" />
      <source>Le planning n'est pas encore fait.</source>
      <translation>The schedule is not made yet.</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="248" />
      <source>Les matinées, les ventes et les déléguées de la semaine</source>
      <translation>The week's mornings, sales and delegates</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="103" />
      <source>Les membres attendues à chaque matinée, avec leur signature</source>
      <translation>The members expected at each morning, with their signature</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="60" />
      <location filename="../../app/printing/rotation.py" line="74" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/printing/tasting_form.py" line="83" />
      <source>Merci de goûter notre produit ! Cochez une case par ligne (1 = pas bon, 5 = très bon).</source>
      <translation>Thank you for tasting our product! Tick one box per line (1 = not good, 5 = very good).</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="129" />
      <source>Modules suivis</source>
      <translation>Modules attended</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="48" />
      <source>Nous attestons que</source>
      <translation>We certify that</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="59" />
      <source>N°</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="173" />
      <source>N° d'entreprise (BCE) : {n}</source>
      <translation>Company number (BCE): {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/document.py" line="210" />
      <location filename="../../app/printing/document.py" line="212" />
      <source>Page {n} / {total}</source>
      <translation>Page {n} / {total}</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="112" />
      <source>Pas de matinée</source>
      <translation>No morning</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="103" />
      <source>Pourquoi</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../app/printing/tasting_form.py" line="108" />
      <source>Questionnaire de dégustation</source>
      <translation>Tasting questionnaire</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="122" />
      <source>Qui est déléguée du jour, et quand</source>
      <translation>Who is delegate of the day, and when</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="101" />
      <source>Quoi</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="57" />
      <source>Remarque</source>
      <translation>Remark</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="121" />
      <source>Rendez-vous : {place}</source>
      <translation>Meeting point: {place}</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="205" />
      <source>Semaine du {start} au {end}</source>
      <translation>Week from {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="62" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="77" />
      <source>Signature de l'animatrice :</source>
      <translation>Facilitator's signature:</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="169" />
      <source>Signature de la coordinatrice</source>
      <translation>Coordinator's signature</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="100" />
      <location filename="../../app/printing/portfolio.py" line="70" />
      <location filename="../../app/printing/portfolio.py" line="162" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="71" />
      <source>Tours par personne</source>
      <translation>Turns per person</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="70" />
      <location filename="../../app/printing/portfolio.py" line="353" />
      <source>Une coopérative éphémère est une formation pratique de trois mois : les participantes créent ensemble une activité de cuisine et vendent de vrais produits à de vrais clients.</source>
      <translation>A short-term cooperative is a three-month hands-on training: the participants create a cooking activity together and sell real products to real customers.</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="61" />
      <source>Vente</source>
      <translation>Sale</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="54" />
      <source>a participé à la coopérative éphémère « {cohort} » organisée par {organisation}, du {start} au {end}.</source>
      <translation>took part in the short-term cooperative "{cohort}" organised by {organisation}, from {start} to {end}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="91" />
      <source>annulée</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="76" />
      <source>dont ventes</source>
      <translation>of which sales</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="170" />
      <source>pour {organisation}</source>
      <translation>for {organisation}</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="89" />
      <source>Écart entre le plus et le moins de tours : {n}.</source>
      <translation>Gap between the most and the fewest turns: {n}.</translation>
    </message>
  </context>
  <context>
    <name>programme</name>
    <message numerus="yes">
      <location filename="../../app/services/programme/report_tables.py" line="195" />
      <source>%n membre(s) ont donné leur accord pour le suivi ; les autres ne sont pas comptées.</source>
      <translation>
        <numerusform>%n member gave her consent to the follow-up; the others are not counted.</numerusform>
        <numerusform>%n members gave their consent to the follow-up; the others are not counted.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="192" />
      <source>Après le programme</source>
      <translation>After the programme</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report.py" line="141" />
      <location filename="../../app/services/programme/report.py" line="222" />
      <source>Aucune cohorte pendant cette période : rien à rapporter.</source>
      <translation>No cohort during this period: nothing to report.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="228" />
      <source>Aucune grille d'observation remplie.</source>
      <translation>No observation grid filled in.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="217" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="217" />
      <source>Compétence</source>
      <translation>Competence</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="143" />
      <source>Coût des produits</source>
      <translation>Cost of the products</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="133" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="105" />
      <source>En gris : heures prévues ; en vert : heures faites.</source>
      <translation>In grey: hours planned; in green: hours done.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="84" />
      <source>Fait / objectif</source>
      <translation>Done / target</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="73" />
      <location filename="../../app/services/programme/report_tables.py" line="82" />
      <source>Faites</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="140" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="66" />
      <source>Genre : {gender}</source>
      <translation>Gender: {gender}</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="121" />
      <source>Heures de marrainage</source>
      <translation>Mentoring hours</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="78" />
      <source>Heures par rapport aux objectifs</source>
      <translation>Hours against the targets</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="72" />
      <source>Heures prévues et faites, par type de matinée</source>
      <translation>Hours planned and done, by kind of morning</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="119" />
      <source>Heures suivies par les membres</source>
      <translation>Hours attended by the members</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="141" />
      <source>Jours</source>
      <translation>Days</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report.py" line="133" />
      <source>La fin de la période est avant son début.</source>
      <translation>The end of the period is before its start.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="133" />
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="144" />
      <source>Marge</source>
      <translation>Margin</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="98" />
      <source>Matinées</source>
      <translation>Mornings</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="120" />
      <source>Matinées de marrainage</source>
      <translation>Mentoring mornings</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="127" />
      <source>Matinées faites</source>
      <translation>Mornings done</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="127" />
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="126" />
      <source>Modules</source>
      <translation>Modules</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="219" />
      <source>Niveau {level}</source>
      <translation>Level {level}</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="53" />
      <location filename="../../app/services/programme/report_tables.py" line="111" />
      <source>Nombre</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="211" />
      <source>Non incluses : les évaluations ne s'impriment qu'avec le code PIN de la coordinatrice.</source>
      <translation>Not included: evaluations are printed only with the coordinator's PIN.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report.py" line="159" />
      <source>Non précisé</source>
      <translation>Not given</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="83" />
      <source>Objectif</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="52" />
      <location filename="../../app/services/programme/report_tables.py" line="55" />
      <source>Participantes</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="80" />
      <source>Partie</source>
      <translation>Part</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="62" />
      <source>Pays d'origine : {country}</source>
      <translation>Country of origin: {country}</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="110" />
      <source>Présences</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="114" />
      <source>Présences notées (membre × matinée)</source>
      <translation>Attendance noted (member × morning)</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="117" />
      <source>Présente ou en retard</source>
      <translation>Present or late</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="73" />
      <location filename="../../app/services/programme/report_tables.py" line="81" />
      <source>Prévues</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="53" />
      <location filename="../../app/services/programme/report_tables.py" line="111" />
      <source>Quoi</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="82" />
      <source>Rapport du programme</source>
      <translation>Programme report</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="30" />
      <source>Rapport du programme — du {start} au {end}</source>
      <translation>Programme report — from {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="27" />
      <source>Rapport du programme — {cohort}</source>
      <translation>Programme report — {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="115" />
      <source>Rapport pour la direction et les bailleurs : participantes, heures, ventes, évaluations</source>
      <translation>Report for management and funders: participants, hours, sales, evaluations</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="142" />
      <source>Recette HTVA</source>
      <translation>Takings excl. VAT</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="166" />
      <source>Recette TVAC {incl}, dépenses {expenses}, résultat (recette HTVA − dépenses) {profit}.</source>
      <translation>Takings incl. VAT {incl}, expenses {expenses}, result (takings excl. VAT − expenses) {profit}.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="57" />
      <source>Restées jusqu'à la fin de leur cohorte</source>
      <translation>Stayed until the end of their cohort</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="184" />
      <source>Situation</source>
      <translation>Situation</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="118" />
      <source>Taux de présence</source>
      <translation>Attendance rate</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report.py" line="251" />
      <location filename="../../app/services/programme/report_tables.py" line="158" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="73" />
      <source>Type</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="138" />
      <source>Ventes par format</source>
      <translation>Sales by format</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="133" />
      <source>Visite</source>
      <translation>Visit</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="132" />
      <source>Visites</source>
      <translation>Visits</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="86" />
      <source>{cohorts}, du {start} au {end}</source>
      <translation>{cohorts}, from {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="204" />
      <source>Évaluations (membres par niveau, sans noms)</source>
      <translation>Evaluations (members per level, no names)</translation>
    </message>
  </context>
  <context>
    <name>punctuation</name>
    <message>
      <location filename="../../app/i18n.py" line="216" />
      <source>{before} → {after}</source>
      <translation>{before} → {after}</translation>
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
      <translation>30% deposit on confirmation. Balance on delivery, in cash, by card or by bank transfer. Quantities may be changed up to 5 days before the date.</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="113" />
      <source>Base hors TVA</source>
      <translation>Amount excl. VAT</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="211" />
      <source>Bon pour accord (date et signature) :</source>
      <translation>Agreed (date and signature):</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="189" />
      <source>Conditions</source>
      <translation>Terms</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="46" />
      <source>Contact : {contact}</source>
      <translation>Contact: {contact}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="48" />
      <source>Date de l'événement : {date}</source>
      <translation>Date of the event: {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="63" />
      <source>Devis fait le {date}, valable jusqu'au {until}</source>
      <translation>Quote made on {date}, valid until {until}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="158" />
      <source>Devis n° {id}</source>
      <translation>Quote no. {id}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="218" />
      <source>Devis pour {customer}</source>
      <translation>Quote for {customer}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="51" />
      <source>Nombre de personnes : {n}</source>
      <translation>Number of people: {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="35" />
      <source>N° d'entreprise (BCE) : {n}</source>
      <translation>Company number (BCE): {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="37" />
      <source>N° de TVA : {n}</source>
      <translation>VAT number: {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="196" />
      <source>Paiement par virement sur le compte {iban} de {name}, avec la communication « Devis {id} ».</source>
      <translation>Payment by transfer to account {iban} of {name}, with the reference “Quote {id}”.</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="44" />
      <source>Pour : {customer}</source>
      <translation>For: {customer}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="84" />
      <source>Prix unitaire</source>
      <translation>Unit price</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="91" />
      <source>Prix unitaire TVAC</source>
      <translation>Unit price incl. VAT</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="82" />
      <location filename="../../app/printing/quote.py" line="89" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="83" />
      <location filename="../../app/printing/quote.py" line="90" />
      <source>Quantité</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="171" />
      <source>Régime particulier de franchise des petites entreprises — TVA non applicable</source>
      <translation>Special small-business franchise scheme — VAT not applicable</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="92" />
      <location filename="../../app/printing/quote.py" line="114" />
      <source>TVA</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="112" />
      <source>Taux de TVA</source>
      <translation>VAT rate</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="85" />
      <location filename="../../app/printing/quote.py" line="129" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="93" />
      <location filename="../../app/printing/quote.py" line="115" />
      <source>Total TVAC</source>
      <translation>Total incl. VAT</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="176" />
      <source>Total à payer : {total}</source>
      <translation>Total to pay: {total}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="181" />
      <source>Total à payer : {total} TVA comprise</source>
      <translation>Total to pay: {total} including VAT</translation>
    </message>
  </context>
  <context>
    <name>recipes</name>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="288" />
      <source>Ajoutez au moins un ingrédient.</source>
      <translation>Add at least one ingredient.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="387" />
      <source>Cette recette a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>This recipe changed since you opened this window: the fields now show its new values. Make your changes again, then save.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="245" />
      <source>Choisissez g, ml ou pièce.</source>
      <translation>Choose g, ml or piece.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="257" />
      <source>Choisissez le type de date.</source>
      <translation>Choose the type of date.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="294" />
      <source>Choisissez un ingrédient de la liste.</source>
      <translation>Choose an ingredient from the list.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="239" />
      <source>Choisissez unités ou portions.</source>
      <translation>Choose units or portions.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="308" />
      <source>Choix « mis en avant » inconnu.</source>
      <translation>Unknown "highlighted" choice.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="266" />
      <source>Format de vente inconnu.</source>
      <translation>Unknown sales format.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="250" />
      <source>L'emballage ne peut pas coûter moins que zéro.</source>
      <translation>Packaging can't cost less than zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="254" />
      <source>La durée de conservation va de 1 à 3650 jours.</source>
      <translation>Shelf life goes from 1 to 3650 days.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="300" />
      <source>La quantité de « {name} » doit être plus grande que zéro.</source>
      <translation>The quantity of "{name}" must be more than zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="272" />
      <source>Le code produit ne contient que des chiffres (12 au plus).</source>
      <translation>The product code contains only digits (12 at most).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="242" />
      <source>Le poids net doit être plus grand que zéro.</source>
      <translation>The net weight must be more than zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="262" />
      <source>Le prix ne peut pas être négatif.</source>
      <translation>The price can't be negative.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="232" />
      <source>Le rendement doit être plus grand que zéro (par exemple 30 energy balls).</source>
      <translation>The yield must be more than zero (for example 30 energy balls).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="221" />
      <source>Le taux de TVA doit être entre 0 et 100 %.</source>
      <translation>The VAT rate must be between 0 and 100%.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="279" />
      <source>Une perte à la cuisson va de 0 à {loss} % ; l'eau absorbée, de 0 à {gain} %.</source>
      <translation>A cooking loss goes from 0 to {loss} %; water absorbed, from 0 to {gain} %.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="227" />
      <source>le nom de la recette</source>
      <translation>the name of the recipe</translation>
    </message>
  </context>
  <context>
    <name>sales</name>
    <message>
      <location filename="../../app/services/sales/result.py" line="79" />
      <source>= Marge brute</source>
      <translation>= Gross margin</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/result.py" line="99" />
      <source>= Résultat</source>
      <translation>= Result</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="336" />
      <source>Aucune vente le {date}.</source>
      <translation>No sale on {date}.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="203" />
      <source>Caisse {amount}</source>
      <translation>Cash box {amount}</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="162" />
      <source>Ce jour a changé depuis que vous avez ouvert cette page : les chiffres ont été mis à jour.</source>
      <translation>This day has changed since you opened this page: the figures have been updated.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="75" />
      <source>Ce nombre est trop grand.</source>
      <translation>This number is too big.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="123" />
      <location filename="../../app/services/sales/events.py" line="381" />
      <location filename="../../app/services/sales/tally.py" line="53" />
      <source>Ce produit n'est pas en vente ce jour-là.</source>
      <translation>This product is not on sale that day.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="228" />
      <source>Cette commande n'existe plus.</source>
      <translation>This order no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="149" />
      <source>Cette dépense est déjà annulée.</source>
      <translation>This expense is already cancelled.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="117" />
      <source>Cette journée est clôturée : notez la dépense sans la lier à la vente.</source>
      <translation>This day is closed: write down the expense without linking it to the sale.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="175" />
      <source>Cette journée est clôturée. Pour changer quelque chose, faites une correction.</source>
      <translation>This day is closed. To change something, make a correction.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="58" />
      <source>Cette journée est déjà clôturée.</source>
      <translation>This day is already closed.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="65" />
      <location filename="../../app/services/sales/closing.py" line="120" />
      <location filename="../../app/services/sales/events.py" line="215" />
      <source>Cette personne n'existe plus.</source>
      <translation>This person no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="158" />
      <source>Cette pièce ou ce billet n'existe pas.</source>
      <translation>This coin or note does not exist.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="113" />
      <source>Cette vente n'existe pas dans la cohorte.</source>
      <translation>This sale does not exist in the cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/result.py" line="77" />
      <source>Chiffre d'affaires HTVA</source>
      <translation>Turnover excl. VAT</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="221" />
      <source>Choisissez au moins un produit à vendre.</source>
      <translation>Choose at least one product to sell.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="209" />
      <location filename="../../app/services/sales/expenses.py" line="99" />
      <location filename="../../app/services/sales/sharing.py" line="182" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation>First choose a cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="213" />
      <source>Choisissez le type de vente.</source>
      <translation>Choose the type of sale.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="80" />
      <source>Choisissez les personnes qui reçoivent une part.</source>
      <translation>Choose the people who get a share.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="93" />
      <source>Choisissez parts égales ou selon les heures.</source>
      <translation>Choose equal shares or by hours.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="184" />
      <source>Choisissez un moyen de paiement.</source>
      <translation>Choose a way to pay.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="107" />
      <source>Choisissez une catégorie.</source>
      <translation>Choose a category.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="111" />
      <source>Choisissez vendu, invendu ou offert.</source>
      <translation>Choose sold, unsold or given away.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="185" />
      <source>Clôture de la journée</source>
      <translation>Closing the day</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="62" />
      <source>Comptez d'abord la caisse (pièces et billets), puis clôturez.</source>
      <translation>First count the cash box (coins and notes), then close.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="70" />
      <source>Des ventes ont changé depuis le comptage : recomptez la caisse.</source>
      <translation>Sales have changed since the count: count the cash box again.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="130" />
      <source>Dites pourquoi de l'argent entre ou sort.</source>
      <translation>Say why money is coming in or going out.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="70" />
      <source>Il n'y a pas de résultat positif à partager.</source>
      <translation>There is no profit to share.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/tally.py" line="106" />
      <source>Il n'y a rien à enlever : ce compte est déjà à zéro.</source>
      <translation>There is nothing to take away: this count is already at zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="125" />
      <location filename="../../app/services/sales/tally.py" line="114" />
      <source>Impossible : ce compte deviendrait négatif.</source>
      <translation>Not possible: this count would go below zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="117" />
      <source>Indiquez combien ajouter ou enlever.</source>
      <translation>Say how many to add or take away.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="101" />
      <source>Indiquez la date de l'achat.</source>
      <translation>Give the date of the purchase.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="184" />
      <source>Indiquez la date de la décision.</source>
      <translation>Give the date of the decision.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="211" />
      <source>Indiquez la date de la vente.</source>
      <translation>Give the date of the sale.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="103" />
      <source>Indiquez le montant de la dépense.</source>
      <translation>Give the amount of the expense.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="88" />
      <source>Indiquez les heures de présence.</source>
      <translation>Give the hours present.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="127" />
      <location filename="../../app/services/sales/closing.py" line="142" />
      <source>Indiquez un montant différent de zéro.</source>
      <translation>Give an amount other than zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="169" />
      <source>La caisse a une différence de {diff}. Expliquez en quelques mots (par exemple : erreur de monnaie).</source>
      <translation>The cash box has a difference of {diff}. Explain in a few words (for example: mistake with change).</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="92" />
      <source>La journée est encore ouverte : changez simplement les comptes.</source>
      <translation>The day is still open: just change the accounts.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="72" />
      <location filename="../../app/services/sales/sharing.py" line="189" />
      <source>La part du fonds commun va de 0 à 100 %.</source>
      <translation>The share for the common fund goes from 0 to 100%.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="191" />
      <source>La révision vient après la décision.</source>
      <translation>The review comes after the decision.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="368" />
      <source>Le code « {code} » ne correspond à aucun produit de la vente.</source>
      <translation>The code "{code}" does not match any product in the sale.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="218" />
      <location filename="../../app/services/sales/events.py" line="299" />
      <source>Le fonds de caisse ne peut pas être négatif.</source>
      <translation>The starting cash can't be negative.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="105" />
      <source>Le montant doit être plus grand que zéro.</source>
      <translation>The amount must be more than zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="114" />
      <source>Les heures vont de 0 à 2000.</source>
      <translation>Hours go from 0 to 2000.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="181" />
      <source>Marquez plutôt la dépense de départ.</source>
      <translation>Mark the original expense instead.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="179" />
      <source>Personne n'a avancé cet argent.</source>
      <translation>Nobody paid this money in advance.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="342" />
      <source>Plusieurs ventes le {date} : précisez la cohorte.</source>
      <translation>Several sales on {date}: say which cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="64" />
      <source>Pour {d}, écrivez un nombre de pièces ou de billets (des chiffres).</source>
      <translation>For {d}, write a number of coins or notes (digits).</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/tally.py" line="102" />
      <source>Un appui compte +1 ou −1.</source>
      <translation>One press counts +1 or −1.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="73" />
      <location filename="../../app/services/sales/tally.py" line="243" />
      <source>Un nombre ne peut pas être négatif.</source>
      <translation>A number can't be negative.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="226" />
      <source>Un produit choisi n'existe plus.</source>
      <translation>A chosen product no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="223" />
      <source>Un produit est choisi deux fois.</source>
      <translation>A product is chosen twice.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="84" />
      <location filename="../../app/services/sales/expenses.py" line="152" />
      <source>Une correction a besoin d'une raison.</source>
      <translation>A correction needs a reason.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="146" />
      <source>Une correction ne s'annule pas.</source>
      <translation>A correction can't be cancelled.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="207" />
      <source>Une personne n'est pas membre de la cohorte.</source>
      <translation>One person is not a member of the cohort.</translation>
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
      <translation>{n}: that's a lot. Is it really the right number?</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/tally.py" line="239" />
      <source>« {text} » n'est pas un nombre entier.</source>
      <translation>"{text}" is not a whole number.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="111" />
      <source>« {t} » n'est pas un nombre d'heures.</source>
      <translation>"{t}" is not a number of hours.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="218" />
      <source>Écrivez l'objection avant sa réponse.</source>
      <translation>Write the objection before its answer.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="187" />
      <source>Écrivez la proposition.</source>
      <translation>Write the proposal.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/result.py" line="78" />
      <source>− Coût matière des produits vendus</source>
      <translation>− Ingredient cost of the products sold</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/result.py" line="81" />
      <source>− Dépenses autres qu'ingrédients (emballages, transport, autre, sorties de caisse)</source>
      <translation>− Expenses other than ingredients (packaging, transport, other, cash taken from the till)</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/result.py" line="90" />
      <source>− Écart sur les ingrédients (ingrédients payés {paid} − coût matière : stock restant, pertes)</source>
      <translation>− Ingredient gap (ingredients paid {paid} − ingredient cost: stock left, losses)</translation>
    </message>
  </context>
  <context>
    <name>sales_print</name>
    <message>
      <location filename="../../app/printing/day_summary.py" line="256" />
      <source>(correction)</source>
      <translation>(correction)</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="77" />
      <source>A participé</source>
      <translation>Took part</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="176" />
      <source>Argent entré dans la caisse (compté − fonds de caisse)</source>
      <translation>Money into the cash box (counted − starting cash)</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="228" />
      <source>Attendu dans la caisse</source>
      <translation>Expected in the cash box</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="70" />
      <source>Aucune objection.</source>
      <translation>No objection.</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="223" />
      <source>Caisse</source>
      <translation>Cash box</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="203" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="196" />
      <location filename="../../app/printing/day_summary.py" line="301" />
      <source>Ce relevé vient d'un outil de comptage pour une coopérative de formation. Ce n'est pas une caisse enregistreuse certifiée.</source>
      <translation>This statement comes from a counting tool for a training cooperative. It is not a certified cash register.</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="66" />
      <source>Chaque vente</source>
      <translation>Each sale</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="60" />
      <source>Chiffre d'affaires TVAC</source>
      <translation>Turnover incl. VAT</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="275" />
      <source>Clôture et corrections</source>
      <translation>Closing and corrections</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="105" />
      <source>Clôturée</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="230" />
      <source>Cohorte</source>
      <translation>Cohort</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="63" />
      <source>Comment elle a été intégrée</source>
      <translation>How it was taken into account</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="272" />
      <source>Comptage</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="230" />
      <source>Compté</source>
      <translation>Counted</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="74" />
      <location filename="../../app/printing/cohort_summary.py" line="102" />
      <location filename="../../app/printing/cohort_summary.py" line="124" />
      <source>Coût</source>
      <translation>Cost</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="189" />
      <source>Coût des produits offerts ou perdus</source>
      <translation>Cost of products given away or lost</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="69" />
      <location filename="../../app/printing/day_summary.py" line="97" />
      <location filename="../../app/printing/day_summary.py" line="201" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="46" />
      <source>Date de la décision</source>
      <translation>Date of the decision</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="112" />
      <source>Date de révision</source>
      <translation>Review date</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="236" />
      <source>Différence</source>
      <translation>Difference</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="71" />
      <source>Décision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="133" />
      <source>Décision de partage du résultat d'une cohorte</source>
      <translation>Profit-sharing decision of a cohort</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="76" />
      <location filename="../../app/printing/day_summary.py" line="198" />
      <source>Dépenses</source>
      <translation>Expenses</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="162" />
      <source>Dépenses et caisse</source>
      <translation>Expenses and cash box</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="227" />
      <source>Entrées et sorties d'argent</source>
      <translation>Money in and out</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="246" />
      <source>Explication</source>
      <translation>Explanation</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="92" />
      <source>Fonds commun</source>
      <translation>Common fund</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="225" />
      <source>Fonds de caisse au début</source>
      <translation>Starting cash</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="202" />
      <source>Fournisseur</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="73" />
      <location filename="../../app/printing/cohort_summary.py" line="101" />
      <location filename="../../app/printing/cohort_summary.py" line="123" />
      <source>HTVA</source>
      <translation>Excl. VAT</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="78" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="52" />
      <source>Invendus</source>
      <translation>Unsold</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="118" />
      <source>Journée encore ouverte</source>
      <translation>Day still open</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="71" />
      <location filename="../../app/printing/day_summary.py" line="99" />
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="75" />
      <location filename="../../app/printing/cohort_summary.py" line="103" />
      <location filename="../../app/printing/cohort_summary.py" line="125" />
      <source>Marge</source>
      <translation>Margin</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="143" />
      <source>Meilleures ventes</source>
      <translation>Best sellers</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="186" />
      <location filename="../../app/printing/profit_sharing.py" line="76" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="56" />
      <source>Mode</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="144" />
      <location filename="../../app/printing/day_summary.py" line="205" />
      <location filename="../../app/printing/day_summary.py" line="251" />
      <source>Montant</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="251" />
      <source>Mouvement</source>
      <translation>Movement</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="142" />
      <source>Moyen de paiement</source>
      <translation>Payment method</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="51" />
      <source>Méthode</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="295" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="63" />
      <source>Objection</source>
      <translation>Objection</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="59" />
      <source>Objections et leur intégration</source>
      <translation>Objections and how they were taken into account</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="53" />
      <source>Offert ou perdu hors vente</source>
      <translation>Given away or lost outside a sale</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="118" />
      <source>Par produit</source>
      <translation>By product</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="96" />
      <source>Par type de vente</source>
      <translation>By type of sale</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="79" />
      <source>Part</source>
      <translation>Share</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="42" />
      <source>Partage du résultat</source>
      <translation>Profit sharing</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="128" />
      <source>Partage du résultat – {cohort}</source>
      <translation>Profit sharing – {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="73" />
      <source>Parts</source>
      <translation>Shares</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="204" />
      <source>Payé par</source>
      <translation>Paid by</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="281" />
      <source>Pourquoi</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="48" />
      <source>Prix</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="121" />
      <location filename="../../app/printing/day_summary.py" line="48" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="57" />
      <source>Proposition</source>
      <translation>Proposal</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="278" />
      <source>Quand</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="279" />
      <source>Qui</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="280" />
      <source>Quoi</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="54" />
      <source>Recette TVAC</source>
      <translation>Revenue incl. VAT</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="139" />
      <source>Recette par moyen de paiement</source>
      <translation>Revenue by payment method</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="63" />
      <source>Recette par vente (hors TVA)</source>
      <translation>Revenue per sale (excl. VAT)</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="159" />
      <source>Recette, TVA et marge</source>
      <translation>Revenue, VAT and margin</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="184" />
      <source>Remboursements dus aux membres</source>
      <translation>Repayments owed to members</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="95" />
      <source>Reste des arrondis (au fonds commun)</source>
      <translation>Rounding remainder (to the common fund)</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="191" />
      <source>Rien à rembourser.</source>
      <translation>Nothing to repay.</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="236" />
      <source>Résultat</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="53" />
      <source>Résultat partagé</source>
      <translation>Profit shared</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="95" />
      <source>Résumé de la journée de vente</source>
      <translation>Sales day summary</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="316" />
      <source>Résumé de vente du {date}</source>
      <translation>Sales summary for {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="57" />
      <source>Résumé des ventes de la cohorte</source>
      <translation>Summary of the cohort's sales</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="169" />
      <source>Sorties de caisse (achats payés avec la caisse)</source>
      <translation>Cash taken from the till (purchases paid from the till)</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="148" />
      <location filename="../../app/printing/cohort_summary.py" line="154" />
      <location filename="../../app/printing/day_summary.py" line="165" />
      <source>TVA</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="72" />
      <location filename="../../app/printing/cohort_summary.py" line="152" />
      <location filename="../../app/printing/cohort_summary.py" line="232" />
      <source>TVAC</source>
      <translation>Incl. VAT</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="151" />
      <source>Taux</source>
      <translation>Rate</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="162" />
      <source>Taux de TVA</source>
      <translation>VAT rate</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="253" />
      <location filename="../../app/printing/day_summary.py" line="51" />
      <location filename="../../app/printing/day_summary.py" line="65" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="172" />
      <source>Total des dépenses payées</source>
      <translation>Total expenses paid</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="179" />
      <source>Total des écarts de caisse</source>
      <translation>Total cash differences</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="29" />
      <source>Tout est partagé {how}</source>
      <translation>Everything is shared {how}</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="22" />
      <source>Tout reste dans le fonds commun</source>
      <translation>Everything stays in the common fund</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="70" />
      <location filename="../../app/printing/cohort_summary.py" line="99" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="98" />
      <source>Type de vente</source>
      <translation>Type of sale</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="122" />
      <location filename="../../app/printing/day_summary.py" line="143" />
      <source>Unités</source>
      <translation>Units</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="100" />
      <location filename="../../app/printing/cohort_summary.py" line="231" />
      <source>Ventes</source>
      <translation>Sales</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="255" />
      <source>Ventes de plusieurs cohortes</source>
      <translation>Sales of several cohorts</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="211" />
      <source>Ventes de {cohort}</source>
      <translation>Sales of {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="273" />
      <source>Ventes des cohortes du {start} au {end}</source>
      <translation>Sales of the cohorts from {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="226" />
      <source>Ventes en espèces</source>
      <translation>Cash sales</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="122" />
      <source>Ventes par produit et moyen de paiement</source>
      <translation>Sales by product and payment method</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="330" />
      <source>Ventes, TVA, marge et caisse d'une journée de vente</source>
      <translation>Sales, VAT, margin and cash of a sales day</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="219" />
      <source>Ventes, marge, TVA et caisse d'une cohorte</source>
      <translation>Sales, margin, VAT and cash of a cohort</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="281" />
      <source>Ventes, marge, TVA et caisse de plusieurs cohortes</source>
      <translation>Sales, margin, VAT and cash of several cohorts</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="40" />
      <source>consentement</source>
      <translation>consent</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="24" />
      <source>en parts égales</source>
      <translation>in equal shares</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="215" />
      <source>la caisse</source>
      <translation>the cash box</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="87" />
      <source>non</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="87" />
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="233" />
      <source>pas encore compté</source>
      <translation>not counted yet</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="26" />
      <source>selon les heures de présence</source>
      <translation>by hours present</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="30" />
      <source>{fund} % au fonds commun, le reste {how}</source>
      <translation>{fund}% to the common fund, the rest {how}</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="108" />
      <source>{when} par {name}</source>
      <translation>{when} by {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="129" />
      <source>« Offert » : donné à un client, compté dans les ventes à 0 €. « Offert ou perdu hors vente » : sorti du stock sans vente (goûté, abîmé, jeté).</source>
      <translation>“Given away”: given to a customer, counted in the sales at €0. “Given away or lost outside a sale”: out of stock without a sale (tasted, damaged, thrown away).</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="186" />
      <source>À rembourser</source>
      <translation>To repay</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="77" />
      <source>Écart caisse</source>
      <translation>Cash difference</translation>
    </message>
  </context>
  <context>
    <name>schedule</name>
    <message>
      <location filename="../../app/services/schedule/attendance_sheets.py" line="37" />
      <source>Aucune matinée prévue cette semaine : rien à imprimer.</source>
      <translation>No morning planned this week: nothing to print.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/calendar.py" line="51" />
      <source>Avec : {name}</source>
      <translation>With: {name}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="94" />
      <source>Ce module existe déjà.</source>
      <translation>This module already exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="284" />
      <location filename="../../app/services/schedule/prerequisites.py" line="122" />
      <location filename="../../app/services/schedule/term.py" line="185" />
      <source>Ce module n'existe plus.</source>
      <translation>This module no longer exists.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/schedule/subgroups.py" line="106" />
      <source>Ce sous-groupe a encore des matinées au programme : %n. Mettez chacune pour « Toute la cohorte » ou supprimez-la d'abord.</source>
      <translation>
        <numerusform>This sub-group still has a morning in the programme: %n. Move it to “The whole cohort” or delete it first.</numerusform>
        <numerusform>This sub-group still has mornings in the programme: %n. Move each to “The whole cohort” or delete it first.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/subgroups.py" line="61" />
      <source>Ce sous-groupe existe déjà.</source>
      <translation>This sub-group already exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="297" />
      <source>Ce sous-groupe n'a aucune membre : personne ne viendrait.</source>
      <translation>This sub-group has no member: nobody would come.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="292" />
      <source>Ce sous-groupe n'existe pas dans la cohorte.</source>
      <translation>This sub-group does not exist in the cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="223" />
      <location filename="../../app/services/schedule/term.py" line="102" />
      <location filename="../../app/services/schedule/term.py" line="165" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>This cohort no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="278" />
      <source>Cette date est en dehors de la cohorte (du {start} au {end}).</source>
      <translation>This date is outside the cohort (from {start} to {end}).</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="63" />
      <source>Cette date n'existe pas : « {text} ».</source>
      <translation>This date does not exist: "{text}".</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="112" />
      <location filename="../../app/services/schedule/attendance.py" line="158" />
      <source>Cette matinée est annulée.</source>
      <translation>This morning is cancelled.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="81" />
      <source>Cette matinée est pour un sous-groupe : cette personne n'en fait pas partie.</source>
      <translation>This morning is for a sub-group: this person is not part of it.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/morning_people.py" line="43" />
      <source>Cette organisation n'est plus dans le répertoire.</source>
      <translation>This organisation is no longer in the directory.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/morning_people.py" line="38" />
      <source>Cette personne n'est plus dans le répertoire.</source>
      <translation>This person is no longer in the directory.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="286" />
      <source>Cette personne n'existe plus.</source>
      <translation>This person no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="68" />
      <source>Cette personne n'était pas dans la cohorte ce jour-là.</source>
      <translation>This person was not in the cohort that day.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="120" />
      <location filename="../../app/services/schedule/attendance.py" line="173" />
      <location filename="../../app/services/schedule/attendance.py" line="338" />
      <source>Cette personne ne fait pas partie de la cohorte.</source>
      <translation>This person is not part of the cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="133" />
      <source>Cette présence a changé depuis que la grille s'est affichée : la grille est mise à jour. Cliquez de nouveau si besoin.</source>
      <translation>This attendance has changed since the grid was shown: the grid is updated. Click again if needed.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="133" />
      <source>Cette règle existe déjà.</source>
      <translation>This rule already exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="464" />
      <source>Cette semaine n'a aucune matinée à copier.</source>
      <translation>This week has no mornings to copy.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="109" />
      <location filename="../../app/services/schedule/attendance.py" line="169" />
      <source>Choisissez : présente, en retard, excusée ou absente.</source>
      <translation>Choose: present, late, excused or absent.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/subgroups.py" line="34" />
      <source>Choisissez au moins une membre du sous-groupe.</source>
      <translation>Choose at least one member of the sub-group.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="113" />
      <source>Choisissez le module à suivre d'abord.</source>
      <translation>Choose the module to attend first.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="117" />
      <source>Choisissez un module ou un type de matinée.</source>
      <translation>Choose a module or a type of morning.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="92" />
      <location filename="../../app/services/schedule/mornings.py" line="271" />
      <location filename="../../app/services/schedule/prerequisites.py" line="120" />
      <source>Choisissez un type dans la liste.</source>
      <translation>Choose a type from the list.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="273" />
      <source>Choisissez un état dans la liste.</source>
      <translation>Choose a status from the list.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="459" />
      <source>Choisissez une autre semaine que celle copiée.</source>
      <translation>Choose a different week from the one copied.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="177" />
      <source>Cochez au moins un jour de la semaine.</source>
      <translation>Tick at least one day of the week.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="408" />
      <source>Des présences sont notées pour cette matinée : annulez-la plutôt.</source>
      <translation>Attendance is recorded for this morning: cancel it instead.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="265" />
      <source>Indiquez l'heure de début et de fin.</source>
      <translation>Give the start and end time.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="167" />
      <source>Indiquez la date de début.</source>
      <translation>Give the start date.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="169" />
      <source>Indiquez la date de fin.</source>
      <translation>Give the end date.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="263" />
      <location filename="../../app/services/schedule/term.py" line="53" />
      <source>Indiquez la date.</source>
      <translation>Give the date.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="323" />
      <source>La cohorte a déjà une matinée ce jour-là de {start} à {end}.</source>
      <translation>The cohort already has a morning that day from {start} to {end}.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="97" />
      <source>La fermeture ne peut pas finir avant de commencer.</source>
      <translation>The closure can't end before it starts.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="385" />
      <source>La matinée finirait après minuit.</source>
      <translation>The morning would end after midnight.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="268" />
      <location filename="../../app/services/schedule/term.py" line="180" />
      <source>La matinée ne peut pas finir avant de commencer.</source>
      <translation>The morning can't end before it starts.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="172" />
      <source>La période ne peut pas finir avant de commencer.</source>
      <translation>The period can't end before it starts.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="305" />
      <source>Le {date} est un jour de fermeture : {reason}.</source>
      <translation>{date} is a closing day: {reason}.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="82" />
      <source>Module inconnu : « {name} ».</source>
      <translation>Unknown module: "{name}".</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/hours.py" line="36" />
      <source>Pratique (cuisine, ventes, visites…)</source>
      <translation>Practice (cooking, sales, visits…)</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="92" />
      <source>Semaine inconnue : écrivez par exemple 2022-W41.</source>
      <translation>Unknown week: write for example 2022-W41.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/hours.py" line="35" />
      <source>Théorie</source>
      <translation>Theory</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="125" />
      <source>Un module ne peut pas se précéder lui-même.</source>
      <translation>A module can't come before itself.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="100" />
      <source>Une fermeture dure au plus un an.</source>
      <translation>A closure lasts one year at most.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="175" />
      <source>Une période dure au plus un an.</source>
      <translation>A period lasts one year at most.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="202" />
      <source>en dehors des dates de la cohorte</source>
      <translation>outside the cohort's dates</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="207" />
      <source>fermeture : {reason}</source>
      <translation>closure: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="307" />
      <location filename="../../app/services/schedule/term.py" line="208" />
      <source>fermé</source>
      <translation>closed</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="471" />
      <location filename="../../app/services/schedule/term.py" line="204" />
      <source>jour férié : {name}</source>
      <translation>public holiday: {name}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="52" />
      <source>le module « {name} »</source>
      <translation>the module "{name}"</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="90" />
      <source>le nom du module</source>
      <translation>the name of the module</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/subgroups.py" line="51" />
      <source>le nom du sous-groupe</source>
      <translation>the name of the sub-group</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="55" />
      <source>les matinées « {kind} »</source>
      <translation>the "{kind}" mornings</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="244" />
      <source>{activity} du {date} : il faut d'abord le module « {module} », prévu seulement le {when}.</source>
      <translation>{activity} on {date}: the module "{module}" is needed first, but it is only planned on {when}.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="238" />
      <source>{activity} du {date} : il faut d'abord le module « {module} », qui n'est pas encore prévu.</source>
      <translation>{activity} on {date}: the module "{module}" is needed first, and it is not planned yet.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="363" />
      <source>{name} a manqué {n} matinées de suite : prenez de ses nouvelles.</source>
      <translation>{name} has missed {n} mornings in a row: check in on her.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="59" />
      <source>« {required} » avant {target}</source>
      <translation>"{required}" before {target}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="65" />
      <source>Écrivez la date comme ceci : 31/12/2022.</source>
      <translation>Write the date like this: 31/12/2022.</translation>
    </message>
  </context>
  <context>
    <name>schedule_man</name>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="364" />
      <source>{name} a manqué {n} matinées de suite : prenez de ses nouvelles.</source>
      <translation>{name} has missed {n} mornings in a row: check in on him.</translation>
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
      <translation>These settings changed since you opened this window: the fields now show their new values. Make your changes again, then save.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="87" />
      <source>L'objectif de coût matière va de 1 à 99 %.</source>
      <translation>The target food cost goes from 1 to 99%.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="69" />
      <source>Un taux a au plus deux chiffres après la virgule.</source>
      <translation>A rate has at most two digits after the decimal point.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="83" />
      <source>Un taux de TVA va de 0 à 100 %.</source>
      <translation>A VAT rate goes from 0 to 100%.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="64" />
      <source>Écrivez un taux, par exemple 6 ou 12.</source>
      <translation>Write a rate, for example 6 or 12.</translation>
    </message>
  </context>
  <context>
    <name>shopping</name>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="64" />
      <source>Acheter</source>
      <translation>Buy</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="151" />
      <source>Cette commande n'a aucune ligne.</source>
      <translation>This order has no lines.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="88" />
      <source>Choisissez au moins une recette.</source>
      <translation>Choose at least one recipe.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="153" />
      <source>Courses pour la commande n° {id} : {customer}</source>
      <translation>Shopping for order no. {id}: {customer}</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="179" />
      <source>Courses pour « {menu} », {n} personnes</source>
      <translation>Shopping for "{menu}", {n} people</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="101" />
      <source>Dépense estimée : {total}</source>
      <translation>Estimated spending: {total}</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="143" />
      <source>En stock</source>
      <translation>In stock</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="134" />
      <source>Fournisseur</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="125" />
      <source>Fournisseur non précisé</source>
      <translation>Supplier not specified</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="63" />
      <source>Il faut</source>
      <translation>Needed</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="171" />
      <source>Indiquez le nombre de personnes.</source>
      <translation>Give the number of people.</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="62" />
      <location filename="../../app/printing/shopping_list.py" line="135" />
      <source>Ingrédient</source>
      <translation>Ingredient</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="96" />
      <source>Le nombre de fournées doit être plus grand que zéro.</source>
      <translation>The number of batches must be more than zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="136" />
      <source>Liste de courses</source>
      <translation>Shopping list</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="138" />
      <source>Paquets</source>
      <translation>Packs</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="53" />
      <source>Prix du {date}.</source>
      <translation>Prices from {date}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="65" />
      <location filename="../../app/printing/shopping_list.py" line="140" />
      <source>Prix estimé</source>
      <translation>Estimated price</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="136" />
      <source>Quantité</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="142" />
      <source>Recettes</source>
      <translation>Recipes</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="66" />
      <location filename="../../app/printing/shopping_list.py" line="141" />
      <source>Reste</source>
      <translation>Left over</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="113" />
      <source>Sans prix connu : {names}.</source>
      <translation>No known price: {names}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="87" />
      <source>Sous-total</source>
      <translation>Subtotal</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="139" />
      <source>Taille du paquet</source>
      <translation>Pack size</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="166" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="137" />
      <source>Unité</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="35" />
      <source>prix inconnu</source>
      <translation>price unknown</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="27" />
      <source>{needed} (en stock : {in_stock})</source>
      <translation>{needed} (in stock: {in_stock})</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="37" />
      <source>{packs} × {size}</source>
      <translation>{packs} × {size}</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="144" />
      <source>À acheter</source>
      <translation>To buy</translation>
    </message>
  </context>
  <context>
    <name>stock_print</name>
    <message>
      <location filename="../../app/printing/sale_day_stock_section.py" line="18" />
      <source>Stock du jour</source>
      <translation>Stock of the day</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/printing/sale_day_stock_section.py" line="26" />
      <source>Vendu au-delà du stock noté : %n unité(s) (le comptage papier fait foi).</source>
      <translation>
        <numerusform>Sold beyond the recorded stock: %n unit (the paper count wins).</numerusform>
        <numerusform>Sold beyond the recorded stock: %n units (the paper count wins).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/printing/sale_day_stock_section.py" line="21" />
      <source>{product} : %n unité(s) reportée(s) des jours précédents</source>
      <translation>
        <numerusform>{product}: %n unit carried over from earlier days</numerusform>
        <numerusform>{product}: %n units carried over from earlier days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tasks</name>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="72" />
      <source>Ce cercle n'existe plus.</source>
      <translation>This circle no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="55" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>This cohort no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="65" />
      <source>Cette personne n'est pas dans la cohorte.</source>
      <translation>This person is not in the cohort.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="68" />
      <source>La date limite est déjà passée.</source>
      <translation>The deadline has already passed.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="56" />
      <source>ce qu'il faut faire</source>
      <translation>what needs doing</translation>
    </message>
  </context>
  <context>
    <name>tasting</name>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="28" />
      <source>Achèteriez-vous ce produit ?</source>
      <translation>Would you buy this product?</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="26" />
      <source>Aspect</source>
      <translation>Look</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/forms.py" line="90" />
      <source>Ce formulaire est vide : tapez au moins une réponse.</source>
      <translation>This form is empty: type at least one answer.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/forms.py" line="86" />
      <source>Cette dégustation n'existe plus.</source>
      <translation>This tasting no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/questions.py" line="136" />
      <source>Choisissez le genre de question.</source>
      <translation>Choose the kind of question.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/sessions.py" line="67" />
      <source>Choisissez une recette et sa version.</source>
      <translation>Choose a recipe and its version.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="29" />
      <source>Commentaire</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="24" />
      <source>Goût</source>
      <translation>Taste</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/questions.py" line="148" />
      <source>Huit réponses possibles au plus : la feuille doit rester claire.</source>
      <translation>Eight possible answers at most: the sheet must stay clear.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/sessions.py" line="69" />
      <source>Indiquez la date de la dégustation.</source>
      <translation>Give the date of the tasting.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="35" />
      <source>Non</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="35" />
      <source>Oui</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="27" />
      <source>Prix</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="25" />
      <source>Texture</source>
      <translation>Texture</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/questions.py" line="137" />
      <source>la question</source>
      <translation>the question</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/sessions.py" line="30" />
      <source>{name} (v{version})</source>
      <translation>{name} (v{version})</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/forms.py" line="59" />
      <source>{question} : tapez le numéro d'une réponse, de 1 à {high}.</source>
      <translation>{question}: type the number of an answer, from 1 to {high}.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/forms.py" line="40" />
      <source>{question} : tapez une note de {low} à {high}.</source>
      <translation>{question}: type a score from {low} to {high}.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/questions.py" line="143" />
      <source>Écrivez au moins deux réponses possibles, une par ligne.</source>
      <translation>Write at least two possible answers, one per line.</translation>
    </message>
  </context>
  <context>
    <name>temperature_sheet</name>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="44" />
      <source>Action corrective</source>
      <translation>Corrective action</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="41" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="78" />
      <source>Relevé mensuel des températures (autocontrôle)</source>
      <translation>Monthly temperature record (self-check)</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="43" />
      <source>Relevé par</source>
      <translation>Read by</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="68" />
      <source>Relevés : {read} · hors limites (« ! ») : {out}</source>
      <translation>Readings: {read} · out of limits (« ! »): {out}</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="29" />
      <source>Températures — {name} — {month}</source>
      <translation>Temperatures — {name} — {month}</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="34" />
      <source>{kind} · limites : de {low} à {high} °C</source>
      <translation>{kind} · limits: from {low} to {high} °C</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="42" />
      <source>°C</source>
      <translation>°C</translation>
    </message>
  </context>
  <context>
    <name>today</name>
    <message>
      <location filename="../../app/services/delegate/handover.py" line="42" />
      <source>Cette personne n'existe plus.</source>
      <translation>This person no longer exists.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/handover.py" line="39" />
      <source>Écrivez ce qui a été fait ou ce qui reste à faire.</source>
      <translation>Write what was done or what is still to do.</translation>
    </message>
  </context>
  <context>
    <name>trash</name>
    <message>
      <location filename="../../app/services/safety/trash.py" line="52" />
      <source>Accord pour le portfolio employeur</source>
      <translation>Consent to the employer portfolio</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="51" />
      <source>Accord pour le suivi après le programme</source>
      <translation>Consent to the follow-up after the programme</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="76" />
      <source>Achat d'ingrédient</source>
      <translation>Ingredient purchase</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="96" />
      <source>Adjectif</source>
      <translation>Adjective</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="69" />
      <source>Adjectif choisi</source>
      <translation>Chosen adjective</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="68" />
      <source>Auto-évaluation</source>
      <translation>Self-assessment</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="97" />
      <source>Campagne d'évaluation</source>
      <translation>Evaluation round</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="152" />
      <source>Ce type de donnée ne va pas à la corbeille.</source>
      <translation>This type of data does not go to the bin.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="71" />
      <source>Cercle</source>
      <translation>Circle</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="92" />
      <source>Cercle thématique</source>
      <translation>Theme circle</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="72" />
      <source>Changement de déléguée</source>
      <translation>Change of delegate</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="104" />
      <source>Charte ou règlement</source>
      <translation>Charter or house rules</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="43" />
      <source>Cohorte</source>
      <translation>Cohort</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="54" />
      <source>Commande</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="62" />
      <source>Commande {customer} du {date}</source>
      <translation>Order {customer} of {date}</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="98" />
      <source>Compétence</source>
      <translation>Skill</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="101" />
      <source>Décision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="100" />
      <source>Décision sur le résultat</source>
      <translation>Decision on the profit</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="60" />
      <source>Dégustation</source>
      <translation>Tasting</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="82" />
      <source>Dépense</source>
      <translation>Expense</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="89" />
      <source>Fermeture</source>
      <translation>Closure</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="87" />
      <source>Formulaire de dégustation</source>
      <translation>Tasting form</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="74" />
      <source>Frigo ou congélateur</source>
      <translation>Fridge or freezer</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="70" />
      <source>Indisponibilité</source>
      <translation>Unavailable day</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="45" />
      <source>Ingrédient</source>
      <translation>Ingredient</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="46" />
      <source>Ingrédient d'un ingrédient composé</source>
      <translation>Ingredient of a compound ingredient</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="64" />
      <source>Jour de déléguée</source>
      <translation>Delegate day</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="55" />
      <source>Journée de vente</source>
      <translation>Sales day</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="91" />
      <source>Ligne d'une liste du jour</source>
      <translation>Line of today's checklist</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="58" />
      <source>Ligne de commande</source>
      <translation>Order line</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="83" />
      <source>Ligne de recette</source>
      <translation>Recipe line</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="61" />
      <source>Ligne de vente</source>
      <translation>Sale line</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="77" />
      <source>Lot fabriqué</source>
      <translation>Lot made</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="110" />
      <source>Marrainage d'une membre</source>
      <translation>A member's mentoring</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="48" />
      <source>Matinée</source>
      <translation>Morning</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="101" />
      <source>Matinée du {date} ({title})</source>
      <translation>Morning of {date} ({title})</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="107" />
      <source>Membre d'un sous-groupe</source>
      <translation>Member of a sub-group</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="56" />
      <source>Menu</source>
      <translation>Menu</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="49" />
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="81" />
      <source>Mouvement de caisse</source>
      <translation>Cash movement</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="78" />
      <source>Mouvement de stock</source>
      <translation>Stock movement</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="99" />
      <source>Niveau de l'échelle</source>
      <translation>Scale level</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="103" />
      <source>Objection</source>
      <translation>Objection</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="108" />
      <source>Organisation du répertoire</source>
      <translation>Directory organisation</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="63" />
      <source>Partage du résultat</source>
      <translation>Profit sharing</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="50" />
      <source>Participation à une cohorte</source>
      <translation>Taking part in a cohort</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="79" />
      <source>Passation</source>
      <translation>Handover</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="42" />
      <source>Personne</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="109" />
      <source>Personne du répertoire</source>
      <translation>Directory person</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="59" />
      <source>Plat d'un menu</source>
      <translation>Dish in a menu</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="73" />
      <source>Point coché</source>
      <translation>Ticked item</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="93" />
      <source>Point de la liste d'un cercle</source>
      <translation>Item of a circle's checklist</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="102" />
      <source>Position dans une décision</source>
      <translation>Position in a decision</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="84" />
      <source>Prix d'ingrédient</source>
      <translation>Ingredient price</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="62" />
      <source>Produit d'une vente</source>
      <translation>Product in a sale</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="90" />
      <source>Prérequis</source>
      <translation>Prerequisite</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="57" />
      <source>Présence</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="86" />
      <source>Question de dégustation</source>
      <translation>Tasting question</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="44" />
      <source>Recette</source>
      <translation>Recipe</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="75" />
      <source>Relevé de température</source>
      <translation>Temperature reading</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="67" />
      <source>Retour individuel</source>
      <translation>Personal feedback</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="88" />
      <source>Réponse de dégustation</source>
      <translation>Tasting answer</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="94" />
      <source>Réunion d'un cercle</source>
      <translation>Circle meeting</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="105" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="53" />
      <source>Situation après le programme</source>
      <translation>Situation after the programme</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="106" />
      <source>Sous-groupe</source>
      <translation>Sub-group</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="85" />
      <source>TVA par format</source>
      <translation>VAT by format</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="95" />
      <source>Tour d'animation d'un cercle</source>
      <translation>Turn as facilitator of a circle</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="148" />
      <source>Type de donnée inconnu : {name}.</source>
      <translation>Unknown type of data: {name}.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="80" />
      <source>Tâche</source>
      <translation>Task</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="47" />
      <source>Valeurs nutritionnelles d'un ingrédient</source>
      <translation>Nutrition values of an ingredient</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="79" />
      <source>Vente du {title}</source>
      <translation>Sale of {title}</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="88" />
      <source>« {label} » est clôturée : elle ne peut plus être supprimée. Corrigez-la par une correction.</source>
      <translation>"{label}" is closed: it can no longer be deleted. Fix it with a correction.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="245" />
      <source>« {label} » ne peut pas être restaurée : l'application a été mise à jour depuis sa suppression et ne peut plus la remettre en place.</source>
      <translation>"{label}" can't be restored: the application has been updated since it was deleted and can no longer put it back.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="306" />
      <source>« {label} » ne peut pas être restaurée : une donnée dont elle a besoin a été supprimée, ou une autre porte le même nom.</source>
      <translation>"{label}" can't be restored: something it needs was deleted, or another item has the same name.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="169" />
      <source>« {label} » ne peut pas être supprimée : d'autres données en dépendent ({where}). Désactivez-la plutôt.</source>
      <translation>"{label}" can't be deleted: other data depend on it ({where}). Deactivate it instead.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/safety/deletions.py" line="48" />
      <source>« {label} » ne peut pas être supprimée : elle figure dans %n journée(s) de vente. Désactivez-la plutôt.</source>
      <translation>
        <numerusform>“{label}” cannot be deleted: it is used in %n sales day. Deactivate it instead.</numerusform>
        <numerusform>“{label}” cannot be deleted: it is used in %n sales days. Deactivate it instead.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="65" />
      <source>Évaluation</source>
      <translation>Evaluation</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="66" />
      <source>Évaluatrice</source>
      <translation>Evaluator</translation>
    </message>
  </context>
  <context>
    <name>units</name>
    <message>
      <location filename="../../app/services/labels/content.py" line="447" />
      <source>&lt; {value} %</source>
      <translation>&lt; {value}%</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="173" />
      <source>Au plus trois chiffres après la virgule.</source>
      <translation>At most three digits after the decimal point.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="102" />
      <source>Ce nombre est trop grand : au plus {limit}.</source>
      <translation>This number is too large: {limit} at most.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="87" />
      <source>Cette quantité est trop grande : au plus {limit}.</source>
      <translation>This quantity is too large: {limit} at most.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="80" />
      <location filename="../../app/services/units.py" line="175" />
      <source>Cette quantité est trop grande.</source>
      <translation>This quantity is too big.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="97" />
      <source>Indiquez un nombre plus grand que zéro.</source>
      <translation>Enter a number greater than zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="156" />
      <source>Indiquez une quantité, par exemple 250 ou 1,5.</source>
      <translation>Give a quantity, for example 250 or 1.5.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="171" />
      <source>La quantité doit être plus grande que zéro.</source>
      <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="52" />
      <source>On ne peut pas convertir des « {a} » en « {b} » : choisissez une unité de même nature (poids, volume ou pièces).</source>
      <translation>Can't convert "{a}" into "{b}": choose a unit of the same kind (weight, volume or pieces).</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="36" />
      <source>Unité inconnue : « {unit} ».</source>
      <translation>Unknown unit: "{unit}".</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="189" />
      <source>pièces</source>
      <translation>pieces</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="187" />
      <source>poids (g, kg)</source>
      <translation>weight (g, kg)</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="188" />
      <source>volume (ml, l)</source>
      <translation>volume (ml, l)</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="139" />
      <source>{hours} h</source>
      <translation>{hours} h</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/units.py" line="146" />
      <source>{quantity} pièce(s)</source>
      <translation>
        <numerusform>{quantity} piece</numerusform>
        <numerusform>{quantity} pieces</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/i18n.py" line="265" />
      <location filename="../../app/services/labels/content.py" line="454" />
      <source>{value} %</source>
      <translation>{value}%</translation>
    </message>
    <message>
      <location filename="../../app/i18n.py" line="270" />
      <source>{value} °C</source>
      <translation>{value} °C</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="199" />
      <source>« {name} » se compte en {unit} : on ne peut pas l'indiquer en {line_unit}.</source>
      <translation>"{name}" is counted in {unit}: it can't be given in {line_unit}.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="165" />
      <source>« {text} » n'est pas une quantité. Écrivez par exemple 1,5.</source>
      <translation>"{text}" is not a quantity. Write for example 1.5.</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <location filename="../../app/services/validation.py" line="46" />
      <source>Ce texte contient un caractère invisible qui n'est pas permis ({code}). Retapez-le au clavier au lieu de le copier.</source>
      <translation>This text contains an invisible character that is not allowed ({code}). Type it on the keyboard instead of copying it.</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="89" />
      <source>Ce texte est trop long (au plus {n} caractères).</source>
      <translation>This text is too long (at most {n} characters).</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="116" />
      <source>Cette adresse e-mail n'est pas valide (exemple : nom@exemple.be).</source>
      <translation>This email address is not valid (example: name@example.be).</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="79" />
      <source>Indiquez {label}.</source>
      <translation>Give {label}.</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="133" />
      <source>La date {date} n'est pas plausible (entre 2000 et 2099).</source>
      <translation>The date {date} is not plausible (between 2000 and 2099).</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="102" />
      <source>Un numéro de téléphone ne contient que des chiffres, des espaces et un + au début, par exemple +32 470 12 34 56.</source>
      <translation>A phone number contains only digits, spaces and a + at the start, for example +32 470 12 34 56.</translation>
    </message>
  </context>
  <context>
    <name>vocab_decisions</name>
    <message>
      <location filename="../../app/vocab/decisions.py" line="38" />
      <source>Absente</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="37" />
      <source>Abstention</source>
      <translation>Abstention</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="49" />
      <source>Charte</source>
      <translation>Charter</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="35" />
      <source>Consentement</source>
      <translation>Consent</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="19" />
      <source>Décision du groupe</source>
      <translation>Group decision</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="36" />
      <source>Objection</source>
      <translation>Objection</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="20" />
      <source>Partage du bénéfice</source>
      <translation>Profit sharing</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="50" />
      <source>Règlement d'ordre intérieur</source>
      <translation>House rules</translation>
    </message>
  </context>
  <context>
    <name>vocab_delegate</name>
    <message>
      <location filename="../../app/vocab/delegate.py" line="44" />
      <source>Absence</source>
      <translation>Absence</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="61" />
      <source>Aucun membre actif</source>
      <translation>No active member</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="46" />
      <source>Choix manuel</source>
      <translation>Chosen by hand</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="45" />
      <source>Départ</source>
      <translation>Leaving</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="26" />
      <source>Fermeture</source>
      <translation>Closing</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="24" />
      <source>Jour de cuisine</source>
      <translation>Cooking day</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="25" />
      <source>Jour de vente</source>
      <translation>Selling day</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="23" />
      <source>Ouverture</source>
      <translation>Opening</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="62" />
      <source>Personne n'est disponible</source>
      <translation>Nobody is available</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="42" />
      <source>Planning</source>
      <translation>Schedule</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="63" />
      <source>Remarque</source>
      <translation>Remark</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="87" />
      <location filename="../../app/vocab/delegate.py" line="93" />
      <source>jamais ce jour de la semaine</source>
      <translation>never on that day of the week</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="43" />
      <source>Échange</source>
      <translation>Swap</translation>
    </message>
  </context>
  <context>
    <name>vocab_directory</name>
    <message>
      <location filename="../../app/vocab/directory.py" line="22" />
      <source>Client</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="25" />
      <source>Financeur</source>
      <translation>Funder</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="23" />
      <source>Fournisseur</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="39" />
      <source>Intervenante</source>
      <translation>Guest speaker</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="24" />
      <source>Lieu de visite</source>
      <translation>Visit host</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="38" />
      <source>Marraine / parrain</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="21" />
      <source>Partenaire</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="41" />
      <source>Personne de contact</source>
      <translation>Contact person</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="40" />
      <source>Évaluatrice</source>
      <translation>Evaluator</translation>
    </message>
  </context>
  <context>
    <name>vocab_evaluation</name>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="23" />
      <source>Activité culinaire</source>
      <translation>Cooking activity</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="50" />
      <source>Auto-évaluation et regard des autres</source>
      <translation>Self-assessment and how others see her</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="36" />
      <source>Autres (pro)</source>
      <translation>Other (work)</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="24" />
      <source>Autres compétences professionnelles</source>
      <translation>Other work skills</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="21" />
      <source>Compétences entrepreneuriales</source>
      <translation>Business skills</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="34" />
      <source>Coopérer</source>
      <translation>Cooperating</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="35" />
      <source>Cuisine</source>
      <translation>Cooking</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="33" />
      <source>Entreprendre</source>
      <translation>Running a business</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="49" />
      <source>Grille d'observation</source>
      <translation>Observation grid</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="22" />
      <source>Travail coopératif</source>
      <translation>Working together</translation>
    </message>
  </context>
  <context>
    <name>vocab_kitchen</name>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="35" />
      <source>Achat</source>
      <translation>Purchase</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="38" />
      <source>Comptage</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="18" />
      <source>Congélateur</source>
      <translation>Freezer</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="37" />
      <source>Fabriqué</source>
      <translation>Made</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="17" />
      <source>Frigo</source>
      <translation>Fridge</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="39" />
      <source>Perte</source>
      <translation>Loss</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="36" />
      <source>Utilisé dans un lot</source>
      <translation>Used in a lot</translation>
    </message>
  </context>
  <context>
    <name>vocab_menus</name>
    <message>
      <location filename="../../app/vocab/menus.py" line="134" />
      <source>Acceptée</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="116" />
      <source>Anhydride sulfureux et sulfites</source>
      <translation>Sulphur dioxide and sulphites</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="136" />
      <source>Annulée</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="109" />
      <source>Arachides</source>
      <translation>Peanuts</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="132" />
      <source>Brouillon</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="106" />
      <source>Crustacés</source>
      <translation>Crustaceans</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="113" />
      <source>Céleri</source>
      <translation>Celery</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="105" />
      <source>Céréales contenant du gluten</source>
      <translation>Cereals containing gluten</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="133" />
      <source>Devis envoyé</source>
      <translation>Quote sent</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="112" />
      <source>Fruits à coque</source>
      <translation>Nuts</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="115" />
      <source>Graines de sésame</source>
      <translation>Sesame seeds</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="111" />
      <source>Lait</source>
      <translation>Milk</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="149" />
      <source>Livraison</source>
      <translation>Delivery</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="135" />
      <source>Livrée</source>
      <translation>Delivered</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="117" />
      <source>Lupin</source>
      <translation>Lupin</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="118" />
      <source>Mollusques</source>
      <translation>Molluscs</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="114" />
      <source>Moutarde</source>
      <translation>Mustard</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="108" />
      <source>Poissons</source>
      <translation>Fish</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="110" />
      <source>Soja</source>
      <translation>Soybeans</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="26" />
      <source>g</source>
      <translation>g</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="27" />
      <source>kg</source>
      <translation>kg</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="29" />
      <source>l</source>
      <translation>l</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="78" />
      <source>mis en avant (pourcentage imprimé)</source>
      <translation>highlighted (percentage printed)</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="28" />
      <source>ml</source>
      <translation>ml</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="79" />
      <source>pas mis en avant</source>
      <translation>not highlighted</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="30" />
      <source>pièces</source>
      <translation>pieces</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="48" />
      <source>portions</source>
      <translation>portions</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="77" />
      <source>suggéré par le nom, à confirmer</source>
      <translation>suggested by the name, to confirm</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="47" />
      <source>unités</source>
      <translation>units</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="61" />
      <source>À consommer de préférence avant</source>
      <translation>Best before</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="62" />
      <source>À consommer jusqu'au</source>
      <translation>Use by</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="150" />
      <source>À venir chercher</source>
      <translation>Pick-up</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="107" />
      <source>Œufs</source>
      <translation>Eggs</translation>
    </message>
  </context>
  <context>
    <name>vocab_outcomes</name>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="55" />
      <source>Après 12 mois</source>
      <translation>After 12 months</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="53" />
      <source>Après 3 mois</source>
      <translation>After 3 months</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="54" />
      <source>Après 6 mois</source>
      <translation>After 6 months</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="30" />
      <source>Autre</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="27" />
      <source>Du bénévolat</source>
      <translation>Volunteering</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="29" />
      <source>En recherche</source>
      <translation>Looking</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="70" />
      <source>Le portfolio pour les employeurs</source>
      <translation>The portfolio for employers</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="69" />
      <source>Le suivi après le programme</source>
      <translation>The follow-up after the programme</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="28" />
      <source>Son propre projet</source>
      <translation>Her own project</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="24" />
      <source>Un emploi</source>
      <translation>A job</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="26" />
      <source>Un stage</source>
      <translation>An internship</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="25" />
      <source>Une formation</source>
      <translation>A training</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="52" />
      <source>À la fin</source>
      <translation>At the end</translation>
    </message>
  </context>
  <context>
    <name>vocab_people</name>
    <message>
      <location filename="../../app/vocab/people.py" line="89" />
      <source>Adjoint</source>
      <translation>Deputy</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="90" />
      <source>Adjointe</source>
      <translation>Deputy</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="38" />
      <source>Animateur</source>
      <translation>Facilitator</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="25" />
      <location filename="../../app/vocab/people.py" line="45" />
      <source>Animatrice</source>
      <translation>Facilitator</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="82" />
      <source>Délégué</source>
      <translation>Delegate</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="96" />
      <source>Délégué du jour</source>
      <translation>Delegate of the day</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="83" />
      <source>Déléguée</source>
      <translation>Delegate</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="97" />
      <source>Déléguée du jour</source>
      <translation>Delegate of the day</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="63" />
      <source>Femme</source>
      <translation>Woman</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="64" />
      <source>Homme</source>
      <translation>Man</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="41" />
      <source>Intervenant</source>
      <translation>Guest speaker</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="28" />
      <location filename="../../app/vocab/people.py" line="48" />
      <source>Intervenante</source>
      <translation>Guest speaker</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="46" />
      <source>Marraine</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="26" />
      <source>Marraine / parrain</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="24" />
      <location filename="../../app/vocab/people.py" line="37" />
      <location filename="../../app/vocab/people.py" line="44" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="65" />
      <source>Non précisé</source>
      <translation>Not stated</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="39" />
      <source>Parrain</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="40" />
      <source>Évaluateur</source>
      <translation>Evaluator</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="27" />
      <location filename="../../app/vocab/people.py" line="47" />
      <source>Évaluatrice</source>
      <translation>Evaluator</translation>
    </message>
  </context>
  <context>
    <name>vocab_sales</name>
    <message>
      <location filename="../../app/vocab/sales.py" line="84" />
      <source>Annulation</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="103" />
      <source>Autre</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="47" />
      <source>Bancontact</source>
      <translation>Bancontact</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="28" />
      <source>Brunch</source>
      <translation>Brunch</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="86" />
      <source>Compte tapé</source>
      <translation>Typed count</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="87" />
      <source>Correction</source>
      <translation>Correction</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="101" />
      <source>Emballages</source>
      <translation>Packaging</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="46" />
      <source>Espèces</source>
      <translation>Cash</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="100" />
      <source>Ingrédients</source>
      <translation>Ingredients</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="65" />
      <source>Invendu</source>
      <translation>Unsold</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="29" />
      <source>Livraison</source>
      <translation>Delivery</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="50" />
      <source>Offert</source>
      <translation>Given away</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="66" />
      <source>Offert ou perdu</source>
      <translation>Given away or lost</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="116" />
      <source>Parts égales</source>
      <translation>Equal shares</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="48" />
      <source>Payconiq / Wero</source>
      <translation>Payconiq / Wero</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="85" />
      <source>Rétablissement</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="117" />
      <source>Selon les heures de présence</source>
      <translation>By hours present</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="31" />
      <source>Stand</source>
      <translation>Stall</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="83" />
      <source>Touche</source>
      <translation>Tap</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="30" />
      <source>Traiteur</source>
      <translation>Catering</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="102" />
      <source>Transport</source>
      <translation>Transport</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="64" />
      <source>Vendu</source>
      <translation>Sold</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="49" />
      <source>Virement</source>
      <translation>Bank transfer</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="32" />
      <source>À emporter</source>
      <translation>Takeaway</translation>
    </message>
  </context>
  <context>
    <name>vocab_schedule</name>
    <message>
      <location filename="../../app/vocab/schedule.py" line="66" />
      <source>Absente</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="50" />
      <source>Annulée</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="34" />
      <source>Autre</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="29" />
      <source>Cuisine</source>
      <translation>Cooking</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="64" />
      <source>En retard</source>
      <translation>Late</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="65" />
      <source>Excusée</source>
      <translation>Excused</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="49" />
      <source>Faite</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="32" />
      <source>Marrainage</source>
      <translation>Mentoring</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="28" />
      <source>Pratique</source>
      <translation>Practice</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="63" />
      <source>Présente</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="48" />
      <source>Prévue</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="27" />
      <source>Théorie</source>
      <translation>Theory</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="31" />
      <source>Vente</source>
      <translation>Sale</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="30" />
      <source>Visite</source>
      <translation>Visit</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="33" />
      <source>Évaluation</source>
      <translation>Evaluation</translation>
    </message>
  </context>
  <context>
    <name>vocab_tasting</name>
    <message>
      <location filename="../../app/vocab/tastings.py" line="19" />
      <source>Choix entre des réponses</source>
      <translation>Choice between answers</translation>
    </message>
    <message>
      <location filename="../../app/vocab/tastings.py" line="18" />
      <source>Note de 1 à 5</source>
      <translation>Score from 1 to 5</translation>
    </message>
    <message>
      <location filename="../../app/vocab/tastings.py" line="20" />
      <source>Texte libre</source>
      <translation>Free text</translation>
    </message>
  </context>
  <context>
    <name>waste_print</name>
    <message>
      <location filename="../../app/printing/waste_section.py" line="19" />
      <source>Jour</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="21" />
      <source>Lot</source>
      <translation>Lot</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="42" />
      <source>Pertes (produits jetés)</source>
      <translation>Losses (products thrown away)</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="20" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="23" />
      <source>Raison</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="22" />
      <source>Unités</source>
      <translation>Units</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="37" />
      <source>Unités perdues en tout : {units}</source>
      <translation>Units lost in all: {units}</translation>
    </message>
  </context>
</TS>
