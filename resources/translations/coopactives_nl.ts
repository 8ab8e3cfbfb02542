<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="fr">
  <context>
    <name>AllergenPicker</name>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="51" />
      <source>aucun</source>
      <translation>geen</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../app/ui/app.py" line="83" />
      <source>Base Coopér'Actives (*.sqlite3 *.db);;Tous les fichiers (*)</source>
      <translation>Coopér'Actives-databank (*.sqlite3 *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="99" />
      <source>Base de données</source>
      <translation>Databank</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="123" />
      <source>Choisir un autre fichier…</source>
      <translation>Een ander bestand kiezen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="155" />
      <source>Coopér'Actives est déjà ouverte sur cette base de données. Utilisez la fenêtre déjà ouverte.</source>
      <translation>Coopér'Actives is al geopend op deze databank. Gebruik het venster dat al open is.</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="154" />
      <source>Déjà ouverte</source>
      <translation>Al geopend</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="107" />
      <source>La dernière sauvegarde en bon état date du {when}.</source>
      <translation>De laatste goede back-up is van {when}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="119" />
      <source>Ouvrir en lecture seule</source>
      <translation>Alleen-lezen openen</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="81" />
      <source>Ouvrir ou créer une base de données</source>
      <translation>Een databank openen of aanmaken</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="127" />
      <source>Quitter</source>
      <translation>Afsluiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="213" />
      <location filename="../../app/ui/app.py" line="313" />
      <source>Restauration impossible</source>
      <translation>Terugzetten niet mogelijk</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="114" />
      <source>Restaurer cette sauvegarde</source>
      <translation>Deze back-up terugzetten</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="250" />
      <source>Sauvegarde automatique</source>
      <translation>Automatische back-up</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" line="176" />
      <source>Serveur indisponible</source>
      <translation>Server niet beschikbaar</translation>
    </message>
  </context>
  <context>
    <name>AppliancesDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="103" />
      <source> (hors service)</source>
      <translation> (buiten gebruik)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="69" />
      <source>Ajouter</source>
      <translation>Toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="66" />
      <source>En service</source>
      <translation>In gebruik</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="78" />
      <source>Fermer</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="40" />
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="43" />
      <source>Frigos et congélateurs</source>
      <translation>Koelkasten en diepvriezers</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="76" />
      <source>Imprimer le mois…</source>
      <translation>Maand afdrukken…</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="64" />
      <source>Limite basse (°C)</source>
      <translation>Ondergrens (°C)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="65" />
      <source>Limite haute (°C)</source>
      <translation>Bovengrens (°C)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="70" />
      <source>Modifier</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="74" />
      <source>Mois à imprimer</source>
      <translation>Af te drukken maand</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="62" />
      <source>Nom *</source>
      <translation>Naam *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="174" />
      <source>Relevé des températures</source>
      <translation>Temperatuurregistratie</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="63" />
      <source>Sorte</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="46" />
      <source>par exemple : frigo du bas</source>
      <translation>bijvoorbeeld: onderste koelkast</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/appliances_dialog.py" line="96" />
      <source>{name} — {kind}, de {low} à {high}</source>
      <translation>{name} — {kind}, van {low} tot {high}</translation>
    </message>
  </context>
  <context>
    <name>AttendancePage</name>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/attendance_page.py" line="117" />
      <source>%n membre(s) notée(s) présente(s).</source>
      <translation>
        <numerusform>%n lid als aanwezig genoteerd.</numerusform>
        <numerusform>%n leden als aanwezig genoteerd.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="53" />
      <source>Attestation de ce membre</source>
      <translation>Attest van dit lid</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="134" />
      <source>Attestation de {name}</source>
      <translation>Attest van {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="127" />
      <source>Cliquez d'abord sur la ligne d'un membre.</source>
      <translation>Klik eerst op de rij van een lid.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="113" />
      <source>Cliquez d'abord sur une case de la matinée.</source>
      <translation>Klik eerst op een vakje van de voormiddag.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="43" />
      <source>Cliquez sur une case pour passer à l'état suivant, ou tapez P (présente), R (en retard), E (excusée), A (absente). Suppr efface.</source>
      <translation>Klik op een vakje om naar de volgende toestand te gaan, of typ P (aanwezig), R (te laat), E (verontschuldigd), A (afwezig). Met Delete wis je het.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/attendance_page.py" line="50" />
      <source>Toutes présentes à cette matinée</source>
      <translation>Iedereen aanwezig op deze voormiddag</translation>
    </message>
  </context>
  <context>
    <name>BatchDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="51" />
      <source>Ingrédients achetés utilisés : écrivez la quantité prise dans chaque lot (dans l'unité de l'ingrédient), laissez vide les autres.</source>
      <translation>Gebruikte gekochte ingrediënten: schrijf de hoeveelheid uit elk lot (in de eenheid van het ingrediënt), laat de andere leeg.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="44" />
      <source>Jour de fabrication *</source>
      <translation>Productiedag *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="46" />
      <source>Lot (sur les étiquettes)</source>
      <translation>Lot (op de etiketten)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="33" />
      <source>Lot fabriqué</source>
      <translation>Gemaakt lot</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="43" />
      <source>Produit *</source>
      <translation>Product *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="45" />
      <source>Unités faites *</source>
      <translation>Gemaakte stuks *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="38" />
      <source>nombre d'unités, par exemple 20</source>
      <translation>aantal stuks, bijvoorbeeld 20</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="76" />
      <source>vide : {lot}</source>
      <translation>leeg: {lot}</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/batch_dialog.py" line="63" />
      <source>{ingredient} — lot {lot} (reste {left})</source>
      <translation>{ingredient} — lot {lot} (nog {left})</translation>
    </message>
  </context>
  <context>
    <name>CampaignDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="84" />
      <source>Format</source>
      <translation>Formaat</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="86" />
      <source>Nombre de jours de vente</source>
      <translation>Aantal verkoopdagen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="66" />
      <source>Nouvelle évaluation</source>
      <translation>Nieuwe evaluatie</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="85" />
      <source>Premier jour</source>
      <translation>Eerste dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/common.py" line="83" />
      <source>Titre *</source>
      <translation>Titel *</translation>
    </message>
  </context>
  <context>
    <name>CashCorrectionDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="291" />
      <source>(personne)</source>
      <translation>(niemand)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="289" />
      <source>-2,00 pour une sortie</source>
      <translation>-2,00 voor geld dat eruit gaat</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="287" />
      <source>Correction de la caisse</source>
      <translation>Correctie van de kassa</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="297" />
      <source>Montant (+ ou −) *</source>
      <translation>Bedrag (+ of −) *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="298" />
      <source>Pourquoi ? *</source>
      <translation>Waarom? *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="299" />
      <source>Qui corrige</source>
      <translation>Wie corrigeert</translation>
    </message>
  </context>
  <context>
    <name>ChangeDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="219" />
      <source>Pourquoi</source>
      <translation>Waarom</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="213" />
      <source>par exemple : rendez-vous médical</source>
      <translation>bijvoorbeeld: afspraak bij de dokter</translation>
    </message>
  </context>
  <context>
    <name>ChangePinDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="45" />
      <source>Ancien code</source>
      <translation>Oude code</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="44" />
      <source>Changer le code PIN</source>
      <translation>Pincode wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="46" />
      <source>Nouveau code</source>
      <translation>Nieuwe code</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="47" />
      <source>Nouveau code, encore une fois</source>
      <translation>Nieuwe code, nog een keer</translation>
    </message>
  </context>
  <context>
    <name>ChecklistTemplatesDialog</name>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="57" />
      <source>Ajouter</source>
      <translation>Toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="60" />
      <source>Fermer</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="88" />
      <source>Frigos…</source>
      <translation>Koelkasten…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="81" />
      <source>Imprimer le nettoyage du mois…</source>
      <translation>Schoonmaak van de maand afdrukken…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="90" />
      <source>Les frigos et congélateurs à relever chaque jour</source>
      <translation>De koelkasten en diepvriezers om elke dag op te nemen</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="48" />
      <source>Lignes de la liste</source>
      <translation>Regels van de lijst</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="39" />
      <source>Listes du jour</source>
      <translation>Lijsten van de dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="58" />
      <source>Modifier</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="79" />
      <source>Mois à imprimer</source>
      <translation>Af te drukken maand</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="113" />
      <source>Nettoyage et hygiène</source>
      <translation>Schoonmaak en hygiëne</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="59" />
      <location filename="../../app/ui/delegate/lists.py" line="161" />
      <source>Retirer</source>
      <translation>Weghalen</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="163" />
      <source>Retirer « {text} » de la liste ? Les jours déjà cochés le gardent.</source>
      <translation>"{text}" van de lijst weghalen? De dagen die al afgevinkt zijn, houden het.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="52" />
      <source>Texte de la ligne</source>
      <translation>Tekst van de regel</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="43" />
      <source>Type de journée</source>
      <translation>Soort dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/lists.py" line="53" />
      <source>par exemple : sortir les poubelles</source>
      <translation>bijvoorbeeld: de vuilniszakken buitenzetten</translation>
    </message>
  </context>
  <context>
    <name>CircleDetails</name>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="104" />
      <source>Ajouter</source>
      <translation>Toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="176" />
      <source>Animateur : {lead} · ensuite : {next}</source>
      <translation>Begeleider: {lead} · daarna: {next}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="178" />
      <source>Animatrice : {lead} · ensuite : {next}</source>
      <translation>Begeleidster: {lead} · daarna: {next}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="127" />
      <source>Apporter au groupe</source>
      <translation>Naar de groep brengen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="124" />
      <source>Apporter au groupe…</source>
      <translation>Naar de groep brengen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="166" />
      <source>Décide seul : {alone}
Apporte au groupe : {group}</source>
      <translation>Beslist zelf: {alone}
Brengt naar de groep: {group}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="92" />
      <location filename="../../app/ui/decisions/circle_details.py" line="106" />
      <source>Liste de départ</source>
      <translation>Startlijst</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="172" />
      <source>Membres : {names}</source>
      <translation>Leden: {names}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="122" />
      <source>Modifier le compte rendu</source>
      <translation>Verslag wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="98" />
      <source>Nouveau point de la liste</source>
      <translation>Nieuw punt op de lijst</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="121" />
      <source>Nouvelle réunion</source>
      <translation>Nieuwe vergadering</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="140" />
      <source>Nouvelle tâche</source>
      <translation>Nieuwe taak</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="81" />
      <source>Passer l'animation</source>
      <translation>Begeleiding doorgeven</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="117" />
      <location filename="../../app/ui/decisions/circle_details.py" line="131" />
      <source>Réunions</source>
      <translation>Vergaderingen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="138" />
      <source>Tâches du cercle</source>
      <translation>Taken van de kring</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="142" />
      <source>Tâches du cercle (aussi sur Aujourd'hui)</source>
      <translation>Taken van de kring (ook op Vandaag)</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="128" />
      <source>Une nouvelle décision du registre, à partir de ce compte rendu</source>
      <translation>Een nieuwe beslissing in het register, op basis van dit verslag</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="99" />
      <source>par exemple : choisir les fournisseurs</source>
      <translation>bijvoorbeeld: de leveranciers kiezen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="189" />
      <source>pour le {date}</source>
      <translation>tegen {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="199" />
      <source>{text} (fait le {date})</source>
      <translation>{text} (gedaan op {date})</translation>
    </message>
  </context>
  <context>
    <name>CircleDialog</name>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="95" />
      <source>Apporte au groupe</source>
      <translation>Brengt naar de groep</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="71" />
      <source>Ce que le cercle apporte au groupe</source>
      <translation>Wat de kring naar de groep brengt</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="66" />
      <source>Ce que le cercle décide seul</source>
      <translation>Wat de kring zelf beslist</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="94" />
      <source>Décide seul</source>
      <translation>Beslist zelf</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="96" />
      <source>Membres *</source>
      <translation>Leden *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="74" />
      <source>Membres du cercle</source>
      <translation>Leden van de kring</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="53" />
      <source>Modifier le cercle</source>
      <translation>Kring wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="93" />
      <source>Nom *</source>
      <translation>Naam *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="61" />
      <source>Nom du cercle</source>
      <translation>Naam van de kring</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="53" />
      <source>Nouveau cercle</source>
      <translation>Nieuwe kring</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_dialog.py" line="62" />
      <source>par exemple : Achats et stock</source>
      <translation>bijvoorbeeld: Aankopen en voorraad</translation>
    </message>
  </context>
  <context>
    <name>Circles</name>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="31" />
      <source>Animatrice</source>
      <translation>Begeleidster</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="25" />
      <source>Cercle</source>
      <translation>Kring</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="50" />
      <source>Compte rendu</source>
      <translation>Verslag</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_details.py" line="47" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="27" />
      <source>Membres</source>
      <translation>Leden</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="52" />
      <source>ajout à la liste du cercle</source>
      <translation>toevoeging aan de lijst van de kring</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="111" />
      <source>animation passée</source>
      <translation>begeleiding doorgegeven</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="99" />
      <source>compte rendu modifié</source>
      <translation>verslag gewijzigd</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="40" />
      <source>modification d'un cercle</source>
      <translation>wijziging van een kring</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="28" />
      <source>nouveau cercle</source>
      <translation>nieuwe kring</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="68" />
      <source>point de la liste coché</source>
      <translation>punt van de lijst aangevinkt</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="86" />
      <source>réunion du cercle</source>
      <translation>vergadering van de kring</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circle_commands.py" line="126" />
      <source>tâche du cercle</source>
      <translation>taak van de kring</translation>
    </message>
  </context>
  <context>
    <name>CirclesPage</name>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="51" />
      <source>Cercles</source>
      <translation>Kringen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="169" />
      <source>Fiche du cercle</source>
      <translation>Fiche van de kring</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="62" />
      <source>Imprimer la fiche</source>
      <translation>Fiche afdrukken</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="57" />
      <source>Modifier</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="55" />
      <source>Nouveau cercle</source>
      <translation>Nieuwe kring</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="59" />
      <source>Supprimer</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/circles_page.py" line="43" />
      <source>Un cercle prépare et fait un travail pour le groupe : il décide seul ce que son mandat lui donne, il apporte le reste au groupe.</source>
      <translation>Een kring bereidt een taak voor de groep voor en voert ze uit: hij beslist zelf wat zijn mandaat hem geeft en brengt de rest naar de groep.</translation>
    </message>
  </context>
  <context>
    <name>ClosingPage</name>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="294" />
      <source> (correction)</source>
      <translation> (correctie)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="121" />
      <source>-3,50 pour une sortie</source>
      <translation>-3,50 voor geld dat eruit gaat</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="100" />
      <source>1. Comptes de la journée (si vous avez compté sur papier)</source>
      <translation>1. Aantallen van de dag (als je op papier geteld hebt)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="134" />
      <source>2. Argent de la caisse</source>
      <translation>2. Geld in de kassa</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="151" />
      <source>3. Comptage de la caisse à la fin</source>
      <translation>3. De kassa tellen op het einde</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="186" />
      <source>4. Clôturer la journée</source>
      <translation>4. De dag afsluiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="126" />
      <source>Ajouter</source>
      <translation>Toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="385" />
      <source>Attendu : {e}   ·   Compté : {c}   ·   Différence : {d}</source>
      <translation>Verwacht: {e}   ·   Geteld: {c}   ·   Verschil: {d}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="552" />
      <source>Ce que vous avez tapé n'est pas encore enregistré : cliquez d'abord sur {buttons}, puis clôturez la journée.</source>
      <translation>Wat u hebt getypt, is nog niet opgeslagen: klik eerst op {buttons} en sluit dan de dag af.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="115" />
      <source>Ce qui s'est passé, ce qu'il faut retenir</source>
      <translation>Wat er gebeurd is, wat we moeten onthouden</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="202" />
      <source>Clôture et corrections</source>
      <translation>Afsluiting en correcties</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="564" />
      <source>Clôturer la journée</source>
      <translation>De dag afsluiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="566" />
      <source>Clôturer la journée du {date} ? Ensuite, on ne peut plus changer les comptes, seulement ajouter des corrections.</source>
      <translation>De dag van {date} afsluiten? Daarna kun je de aantallen niet meer veranderen, alleen nog correcties toevoegen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="89" />
      <source>Comptes de la feuille papier</source>
      <translation>Aantallen van het papieren blad</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="191" />
      <source>Corriger (après clôture)…</source>
      <translation>Corrigeren (na afsluiting)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="194" />
      <source>Corriger la caisse…</source>
      <translation>Kassa corrigeren…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="174" />
      <source>Enregistrer le comptage</source>
      <translation>Telling opslaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="117" />
      <source>Enregistrer le fonds de caisse et les notes</source>
      <translation>Kassabodem en notities opslaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="96" />
      <source>Enregistrer les comptes</source>
      <translation>Aantallen opslaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="141" />
      <source>Entrée (+) ou sortie (−) :</source>
      <translation>Geld erin (+) of eruit (−):</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="131" />
      <source>Entrées et sorties d'argent</source>
      <translation>Geld erin en eruit</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="171" />
      <source>Explication de la différence</source>
      <translation>Uitleg over het verschil</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="111" />
      <source>Fonds de caisse</source>
      <translation>Kassabodem</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="136" />
      <source>Fonds de caisse au début :</source>
      <translation>Kassabodem bij het begin:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="92" />
      <source>Invendus</source>
      <translation>Niet verkocht</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="314" />
      <source>Journée clôturée le {when} par {who}. Elle ne change plus : utilisez « Corriger ».</source>
      <translation>Dag afgesloten op {when} door {who}. Hij verandert niet meer: gebruik "Corrigeren".</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="323" />
      <source>Journée ouverte.</source>
      <translation>Dag open.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="121" />
      <source>Montant entré ou sorti</source>
      <translation>Bedrag erin of eruit</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="158" />
      <source>Nombre de {d}</source>
      <translation>Aantal {d}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="435" />
      <source>Nombre très grand</source>
      <translation>Heel groot getal</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="114" />
      <source>Notes de la journée</source>
      <translation>Notities van de dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="138" />
      <source>Notes de la journée :</source>
      <translation>Notities van de dag:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="92" />
      <source>Offert ou perdu hors vente</source>
      <translation>Weggegeven of verloren buiten verkoop</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="124" />
      <source>Pourquoi ?</source>
      <translation>Waarom?</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="124" />
      <source>Raison</source>
      <translation>Reden</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="424" />
      <source>Rien à enregistrer : aucun compte n'a changé.</source>
      <translation>Niets op te slaan: geen enkele telling is gewijzigd.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/closing.py" line="172" />
      <source>S'il y a une différence : pourquoi ?</source>
      <translation>Als er een verschil is: waarom?</translation>
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
      <translation>Tot</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="331" />
      <source>Du *</source>
      <translation>Van *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="318" />
      <source>Nouvelle fermeture</source>
      <translation>Nieuwe sluiting</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="325" />
      <source>Pour toutes les cohortes</source>
      <translation>Voor alle groepen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="333" />
      <source>Raison</source>
      <translation>Reden</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="324" />
      <source>par exemple : congé d'automne</source>
      <translation>bijvoorbeeld: herfstvakantie</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="322" />
      <source>vide = un seul jour</source>
      <translation>leeg = maar één dag</translation>
    </message>
  </context>
  <context>
    <name>CohortDialog</name>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="43" />
      <source>Activité</source>
      <translation>Activiteit</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_action.py" line="54" />
      <source>Cette cohorte a été changée ou supprimée depuis, dans une autre fenêtre : elle reste comme elle est.</source>
      <translation>Deze groep is intussen in een ander venster gewijzigd of verwijderd: hij blijft zoals hij is.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_action.py" line="53" />
      <location filename="../../app/ui/cohort_dialog.py" line="18" />
      <source>Cohorte</source>
      <translation>Groep</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="41" />
      <source>Début</source>
      <translation>Begin</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="42" />
      <source>Fin</source>
      <translation>Einde</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="45" />
      <source>Heures prévues</source>
      <translation>Geplande uren</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="44" />
      <source>Matinées prévues</source>
      <translation>Geplande voormiddagen</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="40" />
      <source>Nom *</source>
      <translation>Naam *</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="18" />
      <source>Nouvelle cohorte</source>
      <translation>Nieuwe groep</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_action.py" line="48" />
      <source>modification de la cohorte</source>
      <translation>wijziging van de groep</translation>
    </message>
    <message>
      <location filename="../../app/ui/cohort_dialog.py" line="26" />
      <source>par exemple : Coopérative 3</source>
      <translation>bijvoorbeeld: Coöperatie 3</translation>
    </message>
  </context>
  <context>
    <name>ComponentsDialog</name>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="112" />
      <source>Ingrédients du paquet</source>
      <translation>Ingrediënten van de verpakking</translation>
    </message>
  </context>
  <context>
    <name>ComponentsEditor</name>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="73" />
      <source>Ajouter une ligne</source>
      <translation>Regel toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="67" />
      <source>Allergènes</source>
      <translation>Allergenen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="85" />
      <source>Allergènes, ligne {n}</source>
      <translation>Allergenen, regel {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="67" />
      <source>Ingrédient</source>
      <translation>Ingrediënt</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="56" />
      <source>Ingrédient composé : ses propres ingrédients</source>
      <translation>Samengesteld ingrediënt: zijn eigen ingrediënten</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="83" />
      <source>Ingrédient du paquet, ligne {n}</source>
      <translation>Ingrediënt van de verpakking, regel {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="66" />
      <source>Ingrédients du paquet</source>
      <translation>Ingrediënten van de verpakking</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/components_editor.py" line="58" />
      <source>Seulement si le paquet liste des ingrédients (beurre de cacahuète : arachides, sel). Recopiez-les dans l'ordre du paquet, avec leurs allergènes. L'étiquette les imprime entre parenthèses.</source>
      <translation>Alleen als de verpakking ingrediënten vermeldt (pindakaas: pinda's, zout). Neem ze over in de volgorde van de verpakking, met hun allergenen. Het etiket drukt ze tussen haakjes af.</translation>
    </message>
  </context>
  <context>
    <name>ConsentRow</name>
    <message>
      <location filename="../../app/ui/outcomes/consent_row.py" line="57" />
      <source>Accord donné le {date}.</source>
      <translation>Toestemming gegeven op {date}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/consent_row.py" line="59" />
      <source>Accord retiré le {date}.</source>
      <translation>Toestemming ingetrokken op {date}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/consent_row.py" line="39" />
      <source>Noter son accord</source>
      <translation>Haar toestemming noteren</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/consent_row.py" line="55" />
      <source>Pas encore d'accord.</source>
      <translation>Nog geen toestemming.</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/consent_row.py" line="41" />
      <source>Retirer son accord</source>
      <translation>Haar toestemming intrekken</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="120" />
      <source>(aucune)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="137" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="113" />
      <source>Modifier</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="134" />
      <source>Nom</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="139" />
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="113" />
      <source>Nouvelle personne</source>
      <translation>Nieuwe persoon</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="136" />
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="133" />
      <source>Prénom *</source>
      <translation>Voornaam *</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="135" />
      <source>Rôle</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="138" />
      <source>Téléphone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="124" />
      <source>nom@exemple.be</source>
      <translation>naam@voorbeeld.be</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="128" />
      <source>par exemple : a enseigné les étiquettes</source>
      <translation>bijvoorbeeld: gaf les over etiketten</translation>
    </message>
  </context>
  <context>
    <name>CoopLifeTab</name>
    <message>
      <location filename="../../app/ui/decisions/tab.py" line="42" />
      <source>Cercles</source>
      <translation>Kringen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/tab.py" line="37" />
      <source>Charte et règlement</source>
      <translation>Charter en huishoudelijk reglement</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/tab.py" line="34" />
      <source>Décisions</source>
      <translation>Beslissingen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/tab.py" line="52" />
      <source>Vie coopérative</source>
      <translation>Coöperatief leven</translation>
    </message>
  </context>
  <context>
    <name>CooperativeDialog</name>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="188" />
      <source>(aucun)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="105" />
      <source>Adresse</source>
      <translation>Adres</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="201" />
      <source>Ce fichier n'est pas une image lisible.</source>
      <translation>Dit bestand is geen leesbare afbeelding.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_action.py" line="48" />
      <source>Ces paramètres ont été changés depuis, dans une autre fenêtre : ils restent comme ils sont.</source>
      <translation>Deze instellingen zijn intussen in een ander venster gewijzigd: ze blijven zoals ze zijn.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="193" />
      <source>Choisir un logo</source>
      <translation>Een logo kiezen</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="89" />
      <source>Choisir un logo…</source>
      <translation>Een logo kiezen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="106" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="141" />
      <source>IBAN</source>
      <translation>IBAN</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="195" />
      <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
      <translation>Afbeeldingen (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="112" />
      <source>Langue des étiquettes et documents clients</source>
      <translation>Taal van etiketten en klantendocumenten</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="81" />
      <source>Les étiquettes, la liste de prix, les fiches allergènes et les devis.</source>
      <translation>De etiketten, de prijslijst, de allergenenfiches en de offertes.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="109" />
      <source>Ligne « producteur »</source>
      <translation>Regel "producent"</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="118" />
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="104" />
      <source>Nom *</source>
      <translation>Naam *</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="139" />
      <source>N° d'entreprise (BCE)</source>
      <translation>Ondernemingsnummer (KBO)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="108" />
      <source>N° d'entreprise / TVA</source>
      <translation>Ondernemingsnr. / btw</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_action.py" line="47" />
      <location filename="../../app/ui/cooperative_dialog.py" line="65" />
      <source>Paramètres de la coopérative</source>
      <translation>Instellingen van de coöperatie</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="78" />
      <source>Produit par … (imprimé sur les étiquettes)</source>
      <translation>Gemaakt door … (gedrukt op de etiketten)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="143" />
      <source>Qui signe (fonction)</source>
      <translation>Ondertekenaar (functie)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="142" />
      <source>Qui signe (nom)</source>
      <translation>Ondertekenaar (naam)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="140" />
      <source>RPM</source>
      <translation>RPR</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="91" />
      <source>Retirer le logo</source>
      <translation>Logo weghalen</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="138" />
      <source>TVA</source>
      <translation>Btw</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="107" />
      <source>Téléphone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="76" />
      <source>facultatif, par exemple BE 0123.456.789</source>
      <translation>niet verplicht, bijvoorbeeld BE 0123.456.789</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_action.py" line="42" />
      <source>modification des paramètres de la coopérative</source>
      <translation>instellingen van de coöperatie wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="129" />
      <source>par exemple 0123.456.749</source>
      <translation>bijvoorbeeld 0123.456.749</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="136" />
      <source>par exemple Coordinatrice</source>
      <translation>bijvoorbeeld Coördinatrice</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="131" />
      <source>par exemple RPM Liège, division Liège</source>
      <translation>bijvoorbeeld RPR Luik, afdeling Luik</translation>
    </message>
    <message>
      <location filename="../../app/ui/cooperative_dialog.py" line="133" />
      <source>pour les virements, par exemple BE68 5390 0754 7034</source>
      <translation>voor overschrijvingen, bijvoorbeeld BE68 5390 0754 7034</translation>
    </message>
  </context>
  <context>
    <name>CopyWeekDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="221" />
      <source>Copier la semaine</source>
      <translation>Week kopiëren</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="227" />
      <source>Copier les matinées de la semaine du {date} vers la semaine du :</source>
      <translation>De voormiddagen van de week van {date} kopiëren naar de week van:</translation>
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
      <translation>(niemand)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="255" />
      <source>Ajouter (+) ou enlever (−)</source>
      <translation>Toevoegen (+) of afnemen (−)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="233" />
      <source>Correction après clôture</source>
      <translation>Correctie na afsluiting</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="254" />
      <source>Paiement</source>
      <translation>Betaling</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="256" />
      <source>Pourquoi ? *</source>
      <translation>Waarom? *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="252" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="257" />
      <source>Qui corrige</source>
      <translation>Wie corrigeert</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="253" />
      <source>Quoi</source>
      <translation>Wat</translation>
    </message>
  </context>
  <context>
    <name>CostPanel</name>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="34" />
      <source>&lt;b&gt;Coût et marge&lt;/b&gt;</source>
      <translation>&lt;b&gt;Kost en marge&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="48" />
      <source>Coût d'une fournée : {batch} (ingrédients {ingredients} + emballage {packaging})</source>
      <translation>Kost van één baksel: {batch} (ingrediënten {ingredients} + verpakking {packaging})</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="70" />
      <source>Coût de la commande : {cost}</source>
      <translation>Kost van de bestelling: {cost}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="25" />
      <source>Coût et marge</source>
      <translation>Kost en marge</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="57" />
      <source>Coût par {unit} : {cost}</source>
      <translation>Kost per {unit}: {cost}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="84" />
      <source>Marge : {margin} ({percent}) · coût matière {food} · coefficient {markup}</source>
      <translation>Marge: {margin} ({percent}) · grondstofkost {food} · coëfficiënt {markup}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="79" />
      <source>Prix : {incl} TVA comprise, soit {excl} hors TVA</source>
      <translation>Prijs: {incl} inclusief btw, of {excl} zonder btw</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="93" />
      <source>Prix conseillé (coût matière {target}) : {price}</source>
      <translation>Aangeraden prijs (grondstofkost {target}): {price}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/cost_panel.py" line="64" />
      <source>Sans prix : {names}</source>
      <translation>Zonder prijs: {names}</translation>
    </message>
  </context>
  <context>
    <name>CostingSettingsDialog</name>
    <message>
      <location filename="../../app/ui/menus/costing_settings_action.py" line="44" />
      <source>Ces réglages ont été changés depuis, dans une autre fenêtre : ils restent comme ils sont.</source>
      <translation>Deze instellingen zijn intussen in een ander venster gewijzigd: ze blijven zoals ze zijn.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="39" />
      <source>Coût matière visé</source>
      <translation>Beoogde grondstofkost</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="43" />
      <source>Coût matière visé : la part du prix hors TVA que coûtent les ingrédients et l'emballage. 30 % veut dire une marge de 70 %.</source>
      <translation>Beoogde grondstofkost: het deel van de prijs zonder btw dat de ingrediënten en de verpakking kosten. 30 % betekent een marge van 70 %.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="36" />
      <source>TVA alimentation (%)</source>
      <translation>Btw voeding (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/costing_settings_action.py" line="43" />
      <location filename="../../app/ui/menus/settings_dialog.py" line="24" />
      <source>TVA et objectif de marge</source>
      <translation>Btw en margedoel</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="38" />
      <source>TVA taux normal (%)</source>
      <translation>Btw normaal tarief (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/settings_dialog.py" line="37" />
      <source>TVA traiteur et service (%)</source>
      <translation>Btw traiteur en bediening (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/costing_settings_action.py" line="38" />
      <source>modification de la TVA et de la marge</source>
      <translation>wijziging van btw en marge</translation>
    </message>
  </context>
  <context>
    <name>CountDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="33" />
      <source>Compter le stock</source>
      <translation>Voorraad tellen</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="35" />
      <source>Comptez ce qui est sur l'étagère et écrivez-le à côté du lot (par exemple 2,5). Laissez vide un lot que vous n'avez pas compté.</source>
      <translation>Tel wat op de plank staat en schrijf het naast het lot (bijvoorbeeld 2,5). Laat een lot dat u niet geteld hebt leeg.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="80" />
      <source>Ingrédients</source>
      <translation>Ingrediënten</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="75" />
      <source>Produits</source>
      <translation>Producten</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="45" />
      <source>Raison du comptage *</source>
      <translation>Reden van de telling *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="84" />
      <source>Rien en stock à compter.</source>
      <translation>Niets in voorraad om te tellen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="96" />
      <source>compté</source>
      <translation>geteld</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="43" />
      <source>par exemple : comptage du vendredi</source>
      <translation>bijvoorbeeld: telling van vrijdag</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="64" />
      <source>{ingredient} — lot {lot} (selon les fiches : {left})</source>
      <translation>{ingredient} — lot {lot} (volgens de fiches: {left})</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/count_dialog.py" line="52" />
      <source>{product} — lot {lot} (selon les fiches : {left})</source>
      <translation>{product} — lot {lot} (volgens de fiches: {left})</translation>
    </message>
  </context>
  <context>
    <name>CustomerPicker</name>
    <message>
      <location filename="../../app/ui/menus/customer_picker.py" line="62" />
      <source>(pas dans le répertoire)</source>
      <translation>(niet in het adresboek)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/customer_picker.py" line="43" />
      <source>Client du répertoire</source>
      <translation>Klant uit het adresboek</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/customer_picker.py" line="88" />
      <source>Commandes passées : {orders}</source>
      <translation>Vorige bestellingen: {orders}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/customer_picker.py" line="47" />
      <source>Nouveau client…</source>
      <translation>Nieuwe klant…</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="86" />
      <source>Ajouter une objection</source>
      <translation>Een bezwaar toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="136" />
      <source>Comment elle a été intégrée</source>
      <translation>Hoe het verwerkt werd</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="97" />
      <source>Date de la décision *</source>
      <translation>Datum van de beslissing *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="77" />
      <location filename="../../app/ui/decisions/decision_dialog.py" line="109" />
      <source>Décision prise</source>
      <translation>Genomen beslissing</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="117" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="63" />
      <source>Modifier la décision</source>
      <translation>De beslissing wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="63" />
      <source>Nouvelle décision</source>
      <translation>Nieuwe beslissing</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="136" />
      <source>Objection</source>
      <translation>Bezwaar</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="108" />
      <source>Objections</source>
      <translation>Bezwaren</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="136" />
      <source>Par</source>
      <translation>Door</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="117" />
      <source>Position</source>
      <translation>Standpunt</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="126" />
      <source>Position de {name}</source>
      <translation>Standpunt van {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="107" />
      <source>Positions</source>
      <translation>Standpunten</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="74" />
      <source>Proposition</source>
      <translation>Voorstel</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="104" />
      <source>Proposition *</source>
      <translation>Voorstel *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="151" />
      <source>Qui a fait l'objection</source>
      <translation>Wie het bezwaar maakte</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="76" />
      <location filename="../../app/ui/decisions/decision_dialog.py" line="106" />
      <source>Réactions</source>
      <translation>Reacties</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="100" />
      <source>Révision</source>
      <translation>Herziening</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="96" />
      <source>Titre</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="75" />
      <location filename="../../app/ui/decisions/decision_dialog.py" line="105" />
      <source>Tour de clarification</source>
      <translation>Verduidelijkingsronde</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decision_dialog.py" line="69" />
      <source>À revoir le</source>
      <translation>Herzien op</translation>
    </message>
  </context>
  <context>
    <name>Decisions</name>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="94" />
      <source>Adopté le</source>
      <translation>Goedgekeurd op</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="45" />
      <source>Consentements</source>
      <translation>Instemmingen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="32" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="87" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="110" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="50" />
      <source>Objections</source>
      <translation>Bezwaren</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="41" />
      <source>Proposition</source>
      <translation>Voorstel</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="55" />
      <source>Révision</source>
      <translation>Herziening</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="98" />
      <source>Signatures</source>
      <translation>Handtekeningen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="112" />
      <source>Signé le</source>
      <translation>Getekend op</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="37" />
      <source>Titre</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="91" />
      <source>Version</source>
      <translation>Versie</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/commands.py" line="23" />
      <source>ajout d'une décision</source>
      <translation>toevoegen van een beslissing</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/commands.py" line="38" />
      <source>modification d'une décision</source>
      <translation>wijzigen van een beslissing</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/commands.py" line="52" />
      <source>nouvelle version d'un document</source>
      <translation>nieuwe versie van een document</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/commands.py" line="67" />
      <source>signature d'un document</source>
      <translation>ondertekenen van een document</translation>
    </message>
  </context>
  <context>
    <name>DecisionsPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/decisions/decisions_page.py" line="122" />
      <source>%n décision(s)</source>
      <translation>
        <numerusform>%n beslissing</numerusform>
        <numerusform>%n beslissingen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="95" />
      <source>Imprimer le registre</source>
      <translation>Het register afdrukken</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="89" />
      <source>Modifier</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="86" />
      <source>Nouvelle décision</source>
      <translation>Nieuwe beslissing</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="72" />
      <source>Rechercher</source>
      <translation>Zoeken</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="73" />
      <source>Rechercher un mot dans les décisions…</source>
      <translation>Zoek een woord in de beslissingen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="80" />
      <location filename="../../app/ui/decisions/decisions_page.py" line="221" />
      <source>Registre des décisions</source>
      <translation>Register van beslissingen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="92" />
      <location filename="../../app/ui/decisions/decisions_page.py" line="196" />
      <source>Supprimer</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/decisions_page.py" line="197" />
      <source>Un partage du bénéfice reste dans le registre : il est lié aux ventes de la cohorte. Vous pouvez le modifier.</source>
      <translation>Een winstverdeling blijft in het register: ze hangt aan de verkoop van de groep. U kunt ze wijzigen.</translation>
    </message>
  </context>
  <context>
    <name>Directory</name>
    <message>
      <location filename="../../app/ui/people/directory_commands.py" line="24" />
      <location filename="../../app/ui/people/directory_commands.py" line="52" />
      <source>ajout de {name}</source>
      <translation>{name} toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_commands.py" line="39" />
      <location filename="../../app/ui/people/directory_commands.py" line="65" />
      <source>modification de {name}</source>
      <translation>{name} wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_commands.py" line="81" />
      <source>{mentor} accompagne {member}</source>
      <translation>{mentor} begeleidt {member}</translation>
    </message>
  </context>
  <context>
    <name>DirectoryCustomers</name>
    <message>
      <location filename="../../app/ui/menus/directory_customers.py" line="44" />
      <source>Nouveau client</source>
      <translation>Nieuwe klant</translation>
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
      <translation>Bestellingen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="14" />
      <location filename="../../app/ui/people/directory_models.py" line="27" />
      <source>Nom</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="29" />
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="28" />
      <source>Rôle</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="15" />
      <source>Type</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_models.py" line="16" />
      <location filename="../../app/ui/people/directory_models.py" line="30" />
      <source>Téléphone</source>
      <translation>Telefoon</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPage</name>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="233" />
      <source>Accompagne : {names}</source>
      <translation>Begeleidt: {names}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="119" />
      <source>Accompagner une membre…</source>
      <translation>Een lid begeleiden…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="188" />
      <source>Adresse : {address}</source>
      <translation>Adres: {address}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="69" />
      <source>Ajouter une organisation</source>
      <translation>Organisatie toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="110" />
      <source>Ajouter une personne</source>
      <translation>Een persoon toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="203" />
      <source>Commandes : {orders}</source>
      <translation>Bestellingen: {orders}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="191" />
      <source>Comment y aller : {note}</source>
      <translation>Hoe er te komen: {note}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="75" />
      <location filename="../../app/ui/people/directory_page.py" line="113" />
      <source>Modifier</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="58" />
      <location filename="../../app/ui/people/directory_page.py" line="81" />
      <source>Organisations</source>
      <translation>Organisaties</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="196" />
      <source>Personnes : {names}</source>
      <translation>Personen: {names}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="99" />
      <source>Personnes extérieures</source>
      <translation>Externe personen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="122" />
      <source>Personnes extérieures (marraines, intervenantes…)</source>
      <translation>Externe personen (meters, gastsprekers…)</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="42" />
      <source>Rechercher</source>
      <translation>Zoeken</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="43" />
      <source>Rechercher un nom, une adresse, un téléphone…</source>
      <translation>Zoek een naam, een adres, een telefoon…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="240" />
      <source>Ses matinées : {dates}</source>
      <translation>Haar voormiddagen: {dates}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_page.py" line="78" />
      <location filename="../../app/ui/people/directory_page.py" line="116" />
      <source>Supprimer</source>
      <translation>Verwijderen</translation>
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
      <translation>Charter en huishoudelijk reglement</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="139" />
      <source>Nouvelle version</source>
      <translation>Nieuwe versie</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/decisions/documents_page.py" line="180" />
      <source>Pas encore signée par %n membre(s) de la cohorte.</source>
      <translation>
        <numerusform>Nog niet getekend door %n lid van de groep.</numerusform>
        <numerusform>Nog niet getekend door %n leden van de groep.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="136" />
      <source>Signatures</source>
      <translation>Handtekeningen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="141" />
      <source>Signer</source>
      <translation>Tekenen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="132" />
      <source>Texte du document</source>
      <translation>Tekst van het document</translation>
    </message>
  </context>
  <context>
    <name>EmphasisBox</name>
    <message>
      <location filename="../../app/ui/menus/emphasis_box.py" line="57" />
      <source>Coché : le nom du produit met cet ingrédient en avant, son pourcentage est imprimé sur l'étiquette.</source>
      <translation>Aangevinkt: de productnaam zet dit ingrediënt in de verf; het percentage staat op het etiket.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/emphasis_box.py" line="50" />
      <source>Le nom du produit évoque cet ingrédient : son pourcentage sera imprimé. Cliquez pour confirmer (coché) ou refuser (vide).</source>
      <translation>De productnaam verwijst naar dit ingrediënt: het percentage wordt afgedrukt. Klik om te bevestigen (aangevinkt) of te weigeren (leeg).</translation>
    </message>
  </context>
  <context>
    <name>EvaluationPinDialog</name>
    <message>
      <location filename="../../app/ui/safety/pin_dialog.py" line="32" />
      <location filename="../../app/ui/safety/pin_dialog.py" line="34" />
      <source>Code PIN</source>
      <translation>Pincode</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/pin_dialog.py" line="24" />
      <source>Code PIN des évaluations</source>
      <translation>Pincode van de evaluaties</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/pin_dialog.py" line="26" />
      <source>Ses données contiennent des évaluations. Seule la coordinatrice peut les exporter ou les effacer : tapez le code PIN des évaluations.</source>
      <translation>Haar gegevens bevatten evaluaties. Alleen de coördinatrice mag ze exporteren of wissen: typ de pincode van de evaluaties.</translation>
    </message>
  </context>
  <context>
    <name>EvaluationsTab</name>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="85" />
      <source>Auto-évaluation et pairs</source>
      <translation>Zelfevaluatie en evaluatie door anderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="90" />
      <source>Bilans individuels</source>
      <translation>Persoonlijke evaluatiegesprekken</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="109" />
      <source>Changer le code PIN…</source>
      <translation>Pincode wijzigen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="95" />
      <source>Compétences et échelle</source>
      <translation>Vaardigheden en schaal</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="112" />
      <source>Données privées : verrouillez avant de quitter l'ordinateur.</source>
      <translation>Privégegevens: vergrendel voor je van de computer weggaat.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="80" />
      <source>Grille d'observation</source>
      <translation>Observatierooster</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="103" />
      <source>Verrouiller</source>
      <translation>Vergrendelen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="106" />
      <source>Verrouiller les évaluations (Ctrl+L)</source>
      <translation>Evaluaties vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/tab.py" line="142" />
      <source>Évaluations</source>
      <translation>Evaluaties</translation>
    </message>
  </context>
  <context>
    <name>EvaluatorsDialog</name>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="69" />
      <source>Au moins deux évaluatrices observent chaque membre.</source>
      <translation>Minstens twee beoordelaars observeren elk lid.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="56" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="59" />
      <source>Évaluatrices</source>
      <translation>Beoordelaars</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="88" />
      <source>(aucune)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="86" />
      <source>(personne)</source>
      <translation>(niemand)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="123" />
      <source>Commande (onglet Menus)</source>
      <translation>Bestelling (tabblad Menu's)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="119" />
      <source>Date *</source>
      <translation>Datum *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="169" />
      <source>Deuxième vente le même jour</source>
      <translation>Tweede verkoop op dezelfde dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="122" />
      <source>Déléguée du jour</source>
      <translation>Verantwoordelijke van de dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="125" />
      <source>Fonds de caisse</source>
      <translation>Kassabodem</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="171" />
      <source>Il y a déjà une vente le {date} à cet endroit : « {title} ». Créer quand même une deuxième vente ?</source>
      <translation>Er is al een verkoop op {date} op deze plaats: ‘{title}’. Toch een tweede verkoop aanmaken?</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="130" />
      <source>Les prix sont copiés maintenant : changer une recette plus tard ne change pas cette vente.</source>
      <translation>De prijzen worden nu gekopieerd: als je later een recept verandert, verandert deze verkoop niet.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="121" />
      <source>Lieu</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="81" />
      <source>Nouvelle vente</source>
      <translation>Nieuwe verkoop</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="124" />
      <source>Produits en vente *</source>
      <translation>Producten te koop *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="120" />
      <source>Type de vente *</source>
      <translation>Soort verkoop *</translation>
    </message>
  </context>
  <context>
    <name>ExpenseDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="344" />
      <source>Catégorie</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="341" />
      <source>Date *</source>
      <translation>Datum *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="342" />
      <source>Fournisseur</source>
      <translation>Leverancier</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="332" />
      <source>Liée à la vente du {d}</source>
      <translation>Hoort bij de verkoop van {d}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="343" />
      <source>Montant *</source>
      <translation>Bedrag *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="322" />
      <source>Nouvelle dépense</source>
      <translation>Nieuwe uitgave</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="346" />
      <source>N° du ticket</source>
      <translation>Nr. van het kasticket</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="345" />
      <source>Payé par</source>
      <translation>Betaald door</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="347" />
      <source>Vente</source>
      <translation>Verkoop</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="329" />
      <source>la caisse (rien à rembourser)</source>
      <translation>de kassa (niets terug te betalen)</translation>
    </message>
  </context>
  <context>
    <name>ExpensesPage</name>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="88" />
      <source>Ajouter une dépense</source>
      <translation>Een uitgave toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="91" />
      <source>Annuler cette dépense…</source>
      <translation>Deze uitgave annuleren…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="153" />
      <source>Annuler une dépense</source>
      <translation>Een uitgave annuleren</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="80" />
      <source>Dépenses de la cohorte</source>
      <translation>Uitgaven van de groep</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="94" />
      <source>Marquer remboursée</source>
      <translation>Als terugbetaald aanduiden</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="154" />
      <source>On garde la dépense et on ajoute une dépense contraire. Pourquoi ?</source>
      <translation>We houden de uitgave en voegen een omgekeerde uitgave toe. Waarom?</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="131" />
      <source>Rien à rembourser.</source>
      <translation>Niets terug te betalen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="129" />
      <source>À rembourser : {list}</source>
      <translation>Terug te betalen: {list}</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="192" />
      <source>&lt; Retour</source>
      <translation>&lt; Terug</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="194" />
      <source>Plus tard</source>
      <translation>Later</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="177" />
      <source>Premier démarrage</source>
      <translation>Eerste start</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="191" />
      <source>Suivant &gt;</source>
      <translation>Volgende &gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="193" />
      <source>Terminer</source>
      <translation>Klaar</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <location filename="../../app/ui/dialogs.py" line="61" />
      <source>Annuler</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="58" />
      <source>Enregistrer</source>
      <translation>Opslaan</translation>
    </message>
  </context>
  <context>
    <name>FormEntryDialog</name>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="115" />
      <source>1 à 5</source>
      <translation>1 tot 5</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="94" />
      <source>Annuler le dernier formulaire (Ctrl+Z)</source>
      <translation>Laatste formulier ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="91" />
      <source>Enregistrer et formulaire suivant (Ctrl+Entrée)</source>
      <translation>Opslaan en volgend formulier (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="96" />
      <source>Fermer</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="124" />
      <source>Formulaire {n}</source>
      <translation>Formulier {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="68" />
      <source>Saisir les formulaires</source>
      <translation>Formulieren invoeren</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="142" />
      <source>formulaire {n}</source>
      <translation>formulier {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/entry_dialog.py" line="99" />
      <source>{product}, {place} : tapez les réponses d'un formulaire papier.</source>
      <translation>{product}, {place}: typ de antwoorden van één papieren formulier.</translation>
    </message>
  </context>
  <context>
    <name>FrameworkPage</name>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="75" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="209" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="221" />
      <source>Adjectif</source>
      <translation>Bijvoeglijk naamwoord</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="77" />
      <source>Adjectifs</source>
      <translation>Bijvoeglijke naamwoorden</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="99" />
      <source>Adjectifs (pour toutes les cohortes)</source>
      <translation>Bijvoeglijke naamwoorden (voor alle groepen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="83" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="103" />
      <source>Ajouter…</source>
      <translation>Toevoegen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="65" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="165" />
      <source>Catégorie</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="71" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="199" />
      <source>Ce que l'on observe</source>
      <translation>Wat we observeren</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="65" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="165" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="175" />
      <source>Compétence</source>
      <translation>Vaardigheid</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="68" />
      <source>Compétences</source>
      <translation>Vaardigheden</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="79" />
      <source>Compétences de la cohorte</source>
      <translation>Vaardigheden van de groep</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="75" />
      <source>Explication</source>
      <translation>Uitleg</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="209" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="222" />
      <source>Explication simple</source>
      <translation>Eenvoudige uitleg</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="219" />
      <source>Modifier l'adjectif</source>
      <translation>Bijvoeglijk naamwoord wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="95" />
      <source>Modifier le niveau…</source>
      <translation>Niveau wijzigen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="104" />
      <source>Modifier…</source>
      <translation>Wijzigen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="71" />
      <source>Niveau</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="196" />
      <source>Niveau {n}</source>
      <translation>Niveau {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="71" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="198" />
      <source>Nom</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="208" />
      <source>Nouvel adjectif</source>
      <translation>Nieuw bijvoeglijk naamwoord</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="164" />
      <source>Nouvelle compétence</source>
      <translation>Nieuwe vaardigheid</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="174" />
      <source>Renommer la compétence</source>
      <translation>Vaardigheid hernoemen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="84" />
      <source>Renommer…</source>
      <translation>Hernoemen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="86" />
      <location filename="../../app/ui/evaluations/framework_page.py" line="106" />
      <source>Retirer / remettre</source>
      <translation>Weghalen / terugzetten</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="129" />
      <source>retirée</source>
      <translation>weggehaald</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="129" />
      <source>utilisée</source>
      <translation>gebruikt</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="73" />
      <source>Échelle</source>
      <translation>Schaal</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/framework_page.py" line="91" />
      <source>Échelle de notes</source>
      <translation>Puntenschaal</translation>
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
        <numerusform>%n dag</numerusform>
        <numerusform>%n dagen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/evaluations/grid_page.py" line="273" />
      <source>%n évaluatrice(s)</source>
      <translation>
        <numerusform>%n beoordelaar</numerusform>
        <numerusform>%n beoordelaars</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="342" />
      <source>Accord entre évaluatrices ({n} paires de notes) : {exact} identiques, {close} à un niveau près. Kappa pondéré : {kappa}.</source>
      <translation>Overeenkomst tussen beoordelaars ({n} paren punten): {exact} gelijk, {close} met één niveau verschil. Gewogen kappa: {kappa}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="336" />
      <source>Accord entre évaluatrices : pas encore de notes à comparer.</source>
      <translation>Overeenkomst tussen beoordelaars: nog geen punten om te vergelijken.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="241" />
      <source>Aucune grille : créez-en une.</source>
      <translation>Geen rooster: maak er een.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="129" />
      <source>Commentaire</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="388" />
      <source>Commentaire pour {name}</source>
      <translation>Opmerking voor {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="166" />
      <source>Commentaires</source>
      <translation>Opmerkingen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="129" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="166" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="176" />
      <source>Compétence</source>
      <translation>Vaardigheid</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="181" />
      <source>Désaccords</source>
      <translation>Meningsverschillen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="169" />
      <source>Détail du membre</source>
      <translation>Details van het lid</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="134" />
      <source>Enregistrer la fiche</source>
      <translation>Fiche opslaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="136" />
      <source>Enregistrer la fiche (Ctrl+S)</source>
      <translation>Fiche opslaan (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="127" />
      <source>Fiche d'observation</source>
      <translation>Observatiefiche</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="456" />
      <source>Fiche de {name}, jour {day}</source>
      <translation>Fiche van {name}, dag {day}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/evaluations/grid_page.py" line="467" />
      <source>Fiche enregistrée : %n note(s).</source>
      <translation>
        <numerusform>Fiche opgeslagen: %n punt.</numerusform>
        <numerusform>Fiche opgeslagen: %n punten.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="101" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="495" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="504" />
      <source>Finaliser</source>
      <translation>Afronden</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="496" />
      <source>Finaliser cette grille ? Les notes ne pourront plus changer.</source>
      <translation>Dit rooster afronden? De punten kunnen daarna niet meer veranderen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="268" />
      <source>Finalisée</source>
      <translation>Afgerond</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="104" />
      <source>Grille :</source>
      <translation>Rooster:</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="120" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="177" />
      <source>Jour</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="117" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="156" />
      <location filename="../../app/ui/evaluations/grid_page.py" line="175" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="166" />
      <source>Médiane</source>
      <translation>Mediaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="189" />
      <source>Médiane des notes par catégorie</source>
      <translation>Mediaan van de punten per categorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="190" />
      <source>Médiane par compétence du membre choisi</source>
      <translation>Mediaan per vaardigheid van het gekozen lid</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="161" />
      <source>Médianes par membre</source>
      <translation>Medianen per lid</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="129" />
      <source>Niveau</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="380" />
      <source>Niveau pour {name}</source>
      <translation>Niveau voor {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="158" />
      <source>Nombre de notes</source>
      <translation>Aantal punten</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="178" />
      <source>Notes différentes</source>
      <translation>Verschillende punten</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="96" />
      <source>Nouvelle grille d'observation (Ctrl+N)</source>
      <translation>Nieuw observatierooster (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="93" />
      <source>Nouvelle grille…</source>
      <translation>Nieuw rooster…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="185" />
      <source>Résultats</source>
      <translation>Resultaten</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="147" />
      <source>Saisie d'une fiche</source>
      <translation>Een fiche invullen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="121" />
      <source>jour </source>
      <translation>dag </translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="271" />
      <source>{days}, {evaluators}</source>
      <translation>{days}, {evaluators}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="191" />
      <source>À discuter avant l'entretien (2 niveaux d'écart ou plus)</source>
      <translation>Te bespreken vóór het gesprek (2 niveaus verschil of meer)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="89" />
      <source>Évaluation</source>
      <translation>Evaluatie</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="114" />
      <source>Évaluatrice</source>
      <translation>Beoordelaar</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="99" />
      <source>Évaluatrices…</source>
      <translation>Beoordelaars…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/grid_page.py" line="381" />
      <source>— pas observé</source>
      <translation>— niet geobserveerd</translation>
    </message>
  </context>
  <context>
    <name>HandoverDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="126" />
      <source>Ce qui est fait</source>
      <translation>Wat gedaan is</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="127" />
      <source>La suite</source>
      <translation>Wat nog komt</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="111" />
      <source>Passation</source>
      <translation>Overdracht</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="114" />
      <source>Pour la prochaine déléguée : ce qui est fait, ce qui reste à faire.</source>
      <translation>Voor de volgende verantwoordelijke: wat gedaan is, wat nog moet gebeuren.</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../app/ui/help/content.py" line="55" />
      <source>Annuler / rétablir le dernier appui</source>
      <translation>Laatste tik ongedaan maken / opnieuw doen</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="39" />
      <source>Aperçu et impression</source>
      <translation>Voorbeeld en afdrukken</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="99" />
      <source>Calculez avant de dépenser : regardez le prix de revient avant de fixer le prix.</source>
      <translation>Reken voor u uitgeeft: bekijk de kostprijs voor u de prijs bepaalt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="42" />
      <source>Changer le nombre d'étiquettes</source>
      <translation>Het aantal etiketten wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="169" />
      <source>Cherchez un nom dans la case de recherche.</source>
      <translation>Zoek een naam in het zoekvak.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="110" />
      <source>Choisissez la feuille d'étiquettes que vous avez.</source>
      <translation>Kies het etikettenvel dat u hebt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="138" />
      <source>Choisissez la grille, les regards entre pairs ou les bilans.</source>
      <translation>Kies het rooster, de blik van de collega's of de verslagen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="118" />
      <source>Choisissez la journée de vente.</source>
      <translation>Kies de verkoopdag.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="87" />
      <source>Choisissez la vue : semaine, liste ou présences.</source>
      <translation>Kies de weergave: week, lijst of aanwezigheden.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="107" />
      <source>Cliquez sur le produit, puis tapez le nombre d'étiquettes.</source>
      <translation>Klik op het product en typ dan het aantal etiketten.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="165" />
      <source>Cliquez sur « Ajouter » pour une nouvelle personne.</source>
      <translation>Klik op „Toevoegen” voor een nieuwe persoon.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="111" />
      <source>Cliquez sur « Aperçu et impression… » (Ctrl+P), puis « Imprimer ».</source>
      <translation>Klik op „Voorbeeld en afdrukken…” (Ctrl+P) en dan op „Afdrukken”.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="74" />
      <source>Cochez les tâches faites dans la liste.</source>
      <translation>Vink de gedane taken aan in de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="57" />
      <source>Comment faire ?</source>
      <translation>Hoe doe je het?</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="89" />
      <source>Dans « Présences », cochez les personnes présentes.</source>
      <translation>Vink in „Aanwezigheden” de aanwezige personen aan.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="168" />
      <source>Double-cliquez sur un nom pour le modifier.</source>
      <translation>Dubbelklik op een naam om hem te wijzigen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="88" />
      <source>Double-cliquez sur une matinée pour la modifier.</source>
      <translation>Dubbelklik op een voormiddag om hem te wijzigen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="97" />
      <source>Ensuite les recettes : ingrédients et quantités.</source>
      <translation>Dan de recepten: ingrediënten en hoeveelheden.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="41" />
      <source>Entrée</source>
      <translation>Enter</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="106" />
      <source>Imprimer des étiquettes</source>
      <translation>Etiketten afdrukken</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="86" />
      <source>L'horaire</source>
      <translation>Het rooster</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="128" />
      <source>La liste montre qui est déléguée chaque jour.</source>
      <translation>De lijst toont wie elke dag verantwoordelijke is.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="147" />
      <source>La vie coopérative</source>
      <translation>Het coöperatieve leven</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="98" />
      <source>Le prix de revient se calcule tout seul.</source>
      <translation>De kostprijs wordt vanzelf berekend.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="78" />
      <source>Le soir : « Ouvrir les ventes », puis « Clôturer la journée » avec la caisse.</source>
      <translation>’s Avonds: „Verkoop openen” en dan „De dag afsluiten” met de kassa.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="121" />
      <source>Le soir, ouvrez « Fin de journée », comptez la caisse et clôturez.</source>
      <translation>Open ’s avonds „Einde van de dag”, tel de kassa en sluit af.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="127" />
      <source>Les déléguées</source>
      <translation>De verantwoordelijken</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="96" />
      <source>Les ingrédients d'abord : nom, prix, unité.</source>
      <translation>Eerst de ingrediënten: naam, prijs, eenheid.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="164" />
      <source>Les membres</source>
      <translation>De leden</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="117" />
      <source>Les ventes du jour</source>
      <translation>De verkoop van de dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="136" />
      <source>Les évaluations</source>
      <translation>De evaluaties</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="70" />
      <source>Ma journée</source>
      <translation>Mijn dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="49" />
      <source>Maj+F1 … Maj+F9</source>
      <translation>Shift+F1 … Shift+F9</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="95" />
      <source>Menus et recettes</source>
      <translation>Menu's en recepten</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="52" />
      <source>Mode de paiement</source>
      <translation>Betaalwijze</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="170" />
      <source>Ne notez rien sur les papiers ni le titre de séjour.</source>
      <translation>Noteer niets over papieren of verblijfsvergunning.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="36" />
      <source>Nouvelle tâche</source>
      <translation>Nieuwe taak</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="46" />
      <source>Nouvelle vente</source>
      <translation>Nieuwe verkoop</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="151" />
      <source>Pour chaque membre, choisissez sa position.</source>
      <translation>Kies voor elk lid haar standpunt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="71" />
      <source>Regardez qui est la déléguée du jour et ce qui est prévu.</source>
      <translation>Kijk wie de verantwoordelijke van de dag is en wat er gepland is.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="137" />
      <source>Tapez le code PIN pour ouvrir.</source>
      <translation>Typ de pincode om te openen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="50" />
      <source>Un produit de moins</source>
      <translation>Eén product minder</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="47" />
      <source>Un produit vendu de plus</source>
      <translation>Eén verkocht product meer</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="120" />
      <source>Une erreur ? Annulez avec Ctrl+Z.</source>
      <translation>Een fout? Maak ongedaan met Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="152" />
      <source>Une objection : écrivez qui la fait et comment elle est intégrée.</source>
      <translation>Een bezwaar: schrijf wie het maakt en hoe het verwerkt wordt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="129" />
      <source>Une personne absente ? Notez son indisponibilité.</source>
      <translation>Iemand afwezig? Noteer dat ze niet beschikbaar is.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="60" />
      <source>Verrouiller les évaluations</source>
      <translation>De evaluaties vergrendelen</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="141" />
      <source>Verrouillez avant de quitter l'ordinateur (Ctrl+L).</source>
      <translation>Vergrendel voor u de computer verlaat (Ctrl+L).</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="158" />
      <source>« Cercles » : un petit groupe, son mandat, ses membres, ses tâches.</source>
      <translation>„Kringen”: een kleine groep, zijn mandaat, zijn leden, zijn taken.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="155" />
      <source>« Charte et règlement » : chaque membre signe la version en cours.</source>
      <translation>„Charter en huishoudelijk reglement”: elk lid tekent de huidige versie.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="148" />
      <source>« Nouvelle décision » : écrivez la proposition, puis les tours.</source>
      <translation>„Nieuwe beslissing”: schrijf het voorstel, dan de rondes.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="119" />
      <source>À chaque vente, cliquez sur le bouton du produit.</source>
      <translation>Klik bij elke verkoop op de knop van het product.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="130" />
      <source>Échangez deux jours si deux personnes sont d'accord.</source>
      <translation>Wissel twee dagen als twee personen akkoord gaan.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="35" />
      <source>Écrire la passation</source>
      <translation>De overdracht schrijven</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="82" />
      <source>Écrivez la passation pour la déléguée de demain.</source>
      <translation>Schrijf de overdracht voor de verantwoordelijke van morgen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/content.py" line="75" />
      <source>Étiquettes : cliquez sur « Imprimer les étiquettes ».</source>
      <translation>Etiketten: klik op „De etiketten afdrukken”.</translation>
    </message>
  </context>
  <context>
    <name>HelpPanel</name>
    <message>
      <location filename="../../app/ui/help/dock.py" line="27" />
      <source>Aide de l'onglet</source>
      <translation>Hulp bij dit tabblad</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/dock.py" line="59" />
      <source>Aller à un onglet</source>
      <translation>Naar een tabblad gaan</translation>
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
      <translation>Hoe doe je het?</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/dock.py" line="62" />
      <source>Passer au champ suivant / précédent</source>
      <translation>Naar het volgende / vorige veld gaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/help/dock.py" line="46" />
      <source>Raccourcis clavier</source>
      <translation>Sneltoetsen</translation>
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
      <translation>Actief</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="124" />
      <source>Allergènes (contient)</source>
      <translation>Allergenen (bevat)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="109" />
      <source>Fournisseur</source>
      <translation>Leverancier</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="94" />
      <source>Le tableau du paquet, recopié une fois, pour les étiquettes des produits.</source>
      <translation>De tabel van de verpakking, één keer overgenomen, voor de etiketten van de producten.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="62" />
      <source>Modifier l'ingrédient</source>
      <translation>Ingrediënt wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="104" />
      <source>Nom *</source>
      <translation>Naam *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="117" />
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="62" />
      <source>Nouvel ingrédient</source>
      <translation>Nieuw ingrediënt</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="125" />
      <source>Peut contenir des traces de</source>
      <translation>Kan sporen bevatten van</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="110" />
      <source>Poids d'une pièce (g)</source>
      <translation>Gewicht van één stuk (g)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="211" />
      <source>Prix connus (un nouveau prix garde les anciens) :</source>
      <translation>Bekende prijzen (een nieuwe prijs houdt de oude bij):</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="107" />
      <source>Prix du paquet (€) *</source>
      <translation>Prijs van het pak (€) *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="108" />
      <source>Prix valable depuis le</source>
      <translation>Prijs geldig sinds</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="81" />
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="176" />
      <source>Ses ingrédients…</source>
      <translation>Zijn ingrediënten…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="172" />
      <source>Ses ingrédients… ({names})</source>
      <translation>Zijn ingrediënten… ({names})</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="84" />
      <source>Seulement si le paquet liste des ingrédients (beurre de cacahuète : arachides, sel). L'étiquette les imprime entre parenthèses.</source>
      <translation>Alleen als de verpakking ingrediënten vermeldt (pindakaas: pinda's, zout). Het etiket drukt ze tussen haakjes af.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="113" />
      <source>Sur le paquet</source>
      <translation>Op de verpakking</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="106" />
      <source>Taille du paquet *</source>
      <translation>Grootte van het pak *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="105" />
      <source>Unité d'achat</source>
      <translation>Aankoopeenheid</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="91" />
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="165" />
      <source>Valeurs nutritionnelles…</source>
      <translation>Voedingswaarden…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="161" />
      <source>Valeurs nutritionnelles… ({kcal} kcal)</source>
      <translation>Voedingswaarden… ({kcal} kcal)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="203" />
      <source>depuis le {date} : {size} pour {price}</source>
      <translation>sinds {date}: {size} voor {price}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="68" />
      <source>par exemple 1 ou 500</source>
      <translation>bijvoorbeeld 1 of 500</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="70" />
      <source>par exemple 6,49</source>
      <translation>bijvoorbeeld 6,49</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="73" />
      <source>par exemple Colruyt, marché de la Batte</source>
      <translation>bijvoorbeeld Colruyt, markt op de Batte</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredient_dialog.py" line="76" />
      <source>pour les étiquettes, par exemple 55 pour un œuf</source>
      <translation>voor de etiketten, bijvoorbeeld 55 voor een ei</translation>
    </message>
  </context>
  <context>
    <name>IngredientsPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/ingredients_page.py" line="89" />
      <source>%n ingrédient(s)</source>
      <translation>
        <numerusform>%n ingrediënt</numerusform>
        <numerusform>%n ingrediënten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="42" />
      <source>Allergènes</source>
      <translation>Allergenen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="36" />
      <source>Depuis le</source>
      <translation>Sinds</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="40" />
      <source>Fournisseur</source>
      <translation>Leverancier</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="22" />
      <source>Ingrédient</source>
      <translation>Ingrediënt</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="74" />
      <source>Modifier</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="65" />
      <source>Montrer les ingrédients inactifs</source>
      <translation>Niet-actieve ingrediënten tonen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="71" />
      <source>Nouvel ingrédient</source>
      <translation>Nieuw ingrediënt</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="24" />
      <source>Paquet</source>
      <translation>Verpakking</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="30" />
      <source>Prix du paquet</source>
      <translation>Prijs van de verpakking</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="50" />
      <source>Recettes</source>
      <translation>Recepten</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="64" />
      <source>Rechercher un ingrédient ou un fournisseur…</source>
      <translation>Een ingrediënt of leverancier zoeken…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="77" />
      <source>Supprimer</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/ingredients_page.py" line="46" />
      <source>Traces</source>
      <translation>Sporen</translation>
    </message>
  </context>
  <context>
    <name>KitchenPrinting</name>
    <message>
      <location filename="../../app/ui/kitchen/printing.py" line="27" />
      <source>Allergènes — {name}</source>
      <translation>Allergenen — {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/printing.py" line="37" />
      <source>Liste des prix du stand</source>
      <translation>Prijslijst van de stand</translation>
    </message>
  </context>
  <context>
    <name>LabelProducts</name>
    <message>
      <location filename="../../app/ui/labels/model.py" line="110" />
      <source>Il manque : {missing}</source>
      <translation>Er ontbreekt: {missing}</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="121" />
      <source>Nombre d'étiquettes</source>
      <translation>Aantal etiketten</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="34" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="108" />
      <source>Prêt</source>
      <translation>Klaar</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="106" />
      <source>Prêt, à vérifier : {warning}</source>
      <translation>Klaar, na te kijken: {warning}</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="36" />
      <source>Quantité nette</source>
      <translation>Nettohoeveelheid</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="40" />
      <source>État</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/model.py" line="38" />
      <source>Étiquettes</source>
      <translation>Etiketten</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../app/ui/labels/commands.py" line="24" />
      <source>suppression du modèle {name}</source>
      <translation>het sjabloon {name} verwijderen</translation>
    </message>
  </context>
  <context>
    <name>LabelsTab</name>
    <message numerus="yes">
      <location filename="../../app/ui/labels/tab.py" line="372" />
      <source>%n feuille(s) {name}</source>
      <translation>
        <numerusform>%n blad {name}</numerusform>
        <numerusform>%n bladen {name}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/labels/tab.py" line="371" />
      <source>%n étiquette(s)</source>
      <translation>
        <numerusform>%n etiket</numerusform>
        <numerusform>%n etiketten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="122" />
      <source>1. Produits : tapez le nombre d'étiquettes</source>
      <translation>1. Producten: typ het aantal etiketten</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="161" />
      <source>2. Impression</source>
      <translation>2. Afdrukken</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="180" />
      <source>Ajouter</source>
      <translation>Toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="189" />
      <source>Aperçu et impression…</source>
      <translation>Voorbeeld en afdrukken…</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="143" />
      <source>Aucun</source>
      <translation>Geen</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="110" />
      <source>Aucun produit. Créez d'abord les recettes (ingrédients, quantité nette, durée de conservation) dans l'onglet Menus.</source>
      <translation>Geen producten. Maak eerst de recepten (ingrediënten, nettohoeveelheid, houdbaarheid) in het tabblad Menu's.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="341" />
      <source>Ce n'est pas la date d'aujourd'hui ({today}). Vérifiez-la.</source>
      <translation>Dit is niet de datum van vandaag ({today}). Kijk hem na.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="145" />
      <source>Code 128 (code produit, lettres permises)</source>
      <translation>Code 128 (productcode, letters toegestaan)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="176" />
      <source>Code-barres</source>
      <translation>Streepjescode</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="166" />
      <source>Date de production</source>
      <translation>Productiedatum</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="201" />
      <source>Décalage vers la droite</source>
      <translation>Verschuiving naar rechts</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="202" />
      <source>Décalage vers le bas</source>
      <translation>Verschuiving naar onder</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="144" />
      <source>EAN-13 (code produit)</source>
      <translation>EAN-13 (productcode)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="173" />
      <source>Feuille d'étiquettes</source>
      <translation>Etikettenblad</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="204" />
      <source>Garder ce décalage</source>
      <translation>Deze verschuiving houden</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="218" />
      <source>Imprimante</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="275" />
      <source>Langue des étiquettes : {language}. Pour la changer : Fichier &gt; Paramètres de la coopérative.</source>
      <translation>Taal van de etiketten: {language}. Wijzigen: Bestand &gt; Instellingen van de coöperatie.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="376" />
      <source>Les {n} premières (en gris) sont déjà utilisées.</source>
      <translation>De eerste {n} (in het grijs) zijn al gebruikt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="151" />
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="210" />
      <source>Nouveau modèle…</source>
      <translation>Nieuw model…</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="175" />
      <source>Numéro de lot</source>
      <translation>Lotnummer</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="120" />
      <source>Ouvrir la recette</source>
      <translation>Het recept openen</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="466" />
      <source>Page de réglage</source>
      <translation>Testpagina</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="207" />
      <source>Page de réglage…</source>
      <translation>Testpagina…</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="150" />
      <source>Petite histoire</source>
      <translation>Klein verhaal</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="149" />
      <source>Prix</source>
      <translation>Prijs</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="93" />
      <source>Produits et nombre d'étiquettes</source>
      <translation>Producten en aantal etiketten</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="146" />
      <source>QR code (code produit, nom, lot, date, contact)</source>
      <translation>QR-code (productcode, naam, lot, datum, contact)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="215" />
      <source>Réglages de la feuille</source>
      <translation>Instellingen van het blad</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="213" />
      <source>Supprimer ce modèle</source>
      <translation>Dit model verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="503" />
      <source>Supprimer le modèle</source>
      <translation>Het model verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="505" />
      <source>Supprimer le modèle « {name} » ? Vous pourrez annuler (Ctrl+Z).</source>
      <translation>Het model "{name}" verwijderen? Je kunt het ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="362" />
      <source>Tapez un nombre d'étiquettes à côté d'un produit. Sur le dessin de la feuille, cliquez sur la première étiquette libre.</source>
      <translation>Typ een aantal etiketten naast een product. Klik op de tekening van het blad op het eerste vrije etiket.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="192" />
      <source>Voir les étiquettes, puis imprimer (Ctrl+P)</source>
      <translation>De etiketten bekijken en dan afdrukken (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="350" />
      <source>automatique : {lot}</source>
      <translation>automatisch: {lot}</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="370" />
      <source>{labels} sur {sheets}.</source>
      <translation>{labels} op {sheets}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="389" />
      <source>« {name} » : il manque {missing}.</source>
      <translation>"{name}": er ontbreekt {missing}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="395" />
      <source>« {name} » est prêt.</source>
      <translation>"{name}" is klaar.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="249" />
      <location filename="../../app/ui/labels/tab.py" line="454" />
      <source>Étiquettes</source>
      <translation>Etiketten</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/tab.py" line="174" />
      <source>Étiquettes déjà utilisées</source>
      <translation>Etiketten die al gebruikt zijn</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <location filename="../../app/ui/menus/list_page.py" line="56" />
      <source>Rechercher</source>
      <translation>Zoeken</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" line="163" />
      <source>&amp;Fichier</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="399" />
      <source>&lt;h3&gt;Coopér'Actives Cuisine {version}&lt;/h3&gt;&lt;p&gt;L'application des coopératives éphémères de cuisine : planning, menus, étiquettes, ventes, déléguée du jour et évaluations.&lt;/p&gt;&lt;p&gt;Base de données : {path}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Coopér'Actives Cuisine {version}&lt;/h3&gt;&lt;p&gt;Het programma van de tijdelijke kookcoöperaties: planning, menu's, etiketten, verkoop, verantwoordelijke van de dag en evaluaties.&lt;/p&gt;&lt;p&gt;Databank: {path}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="175" />
      <source>A&amp;ide</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="248" />
      <source>Aucune cohorte</source>
      <translation>Geen groep</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="272" />
      <source>Bienvenue ! Commencez par décrire votre coopérative : son nom, son adresse.</source>
      <translation>Welkom! Begin met je coöperatie te beschrijven: de naam, het adres.</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="53" />
      <location filename="../../app/ui/main_window.py" line="150" />
      <source>Cohorte</source>
      <translation>Groep</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="153" />
      <source>Cohorte :</source>
      <translation>Groep:</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="248" />
      <source>Cohorte : {name}</source>
      <translation>Groep: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="209" />
      <source>Commencer</source>
      <translation>Beginnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="283" />
      <source>Créer une cohorte</source>
      <translation>Een groep maken</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="281" />
      <source>Créez maintenant la première cohorte, puis ajoutez ses membres.</source>
      <translation>Maak nu de eerste groep en voeg dan de leden toe.</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="276" />
      <source>Décrire la coopérative</source>
      <translation>De coöperatie beschrijven</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="257" />
      <source>Délégué du jour : {name}</source>
      <translation>Verantwoordelijke van de dag: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="259" />
      <source>Déléguée du jour : {name}</source>
      <translation>Verantwoordelijke van de dag: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="134" />
      <source>Modifier la cohorte…</source>
      <translation>Groep wijzigen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="127" />
      <source>Nouvelle cohorte…</source>
      <translation>Nieuwe groep…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="118" />
      <source>Paramètres de la coopérative…</source>
      <translation>Instellingen van de coöperatie…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="137" />
      <source>Quitter</source>
      <translation>Afsluiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="397" />
      <source>À propos</source>
      <translation>Over</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="146" />
      <source>À propos…</source>
      <translation>Over…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="170" />
      <source>É&amp;dition</source>
      <translation>Be&amp;werken</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="31" />
      <source>Ce qui a été dit, ce qui a été décidé, qui fait quoi.</source>
      <translation>Wat er gezegd is, wat er beslist is, wie wat doet.</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="30" />
      <source>Compte rendu</source>
      <translation>Verslag</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="39" />
      <source>Compte rendu *</source>
      <translation>Verslag *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="38" />
      <source>Date *</source>
      <translation>Datum *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="26" />
      <source>Date de la réunion</source>
      <translation>Datum van de vergadering</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="22" />
      <source>Modifier le compte rendu</source>
      <translation>Verslag wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/meeting_dialog.py" line="22" />
      <source>Réunion du cercle</source>
      <translation>Vergadering van de kring</translation>
    </message>
  </context>
  <context>
    <name>Members</name>
    <message>
      <location filename="../../app/ui/people/commands.py" line="22" />
      <source>ajout de {name}</source>
      <translation>{name} toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/commands.py" line="52" />
      <source>désactivation de {name}</source>
      <translation>{name} deactiveren</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/commands.py" line="36" />
      <source>modification de {name}</source>
      <translation>{name} wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/commands.py" line="50" />
      <source>réactivation de {name}</source>
      <translation>{name} opnieuw activeren</translation>
    </message>
  </context>
  <context>
    <name>MembersTab</name>
    <message numerus="yes">
      <location filename="../../app/ui/people/tab.py" line="182" />
      <source>%n personne(s)</source>
      <translation>
        <numerusform>%n persoon</numerusform>
        <numerusform>%n personen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="68" />
      <source>Ajouter une personne</source>
      <translation>Een persoon toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="71" />
      <source>Ajouter une personne (Ctrl+N)</source>
      <translation>Een persoon toevoegen (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="86" />
      <source>Après le programme…</source>
      <translation>Na het programma…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="93" />
      <source>Données personnelles</source>
      <translation>Persoonlijke gegevens</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="76" />
      <location filename="../../app/ui/people/tab.py" line="205" />
      <location filename="../../app/ui/people/tab.py" line="272" />
      <source>Désactiver</source>
      <translation>Uitschakelen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="276" />
      <source>Désactiver {name} ? Elle n'apparaîtra plus dans les listes, mais tout son historique est gardé. Vous pourrez la réactiver.</source>
      <translation>{name} uitschakelen? Ze staat dan niet meer in de lijsten, maar haar hele geschiedenis blijft bewaard. Je kunt haar weer inschakelen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="280" />
      <source>Désactiver {name} ? Il n'apparaîtra plus dans les listes, mais tout son historique est gardé. Vous pourrez le réactiver.</source>
      <translation>{name} uitschakelen? Hij staat dan niet meer in de lijsten, maar zijn hele geschiedenis blijft bewaard. Je kunt hem weer inschakelen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="104" />
      <source>Effacer ses données…</source>
      <translation>Haar gegevens wissen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="97" />
      <source>Exporter en JSON…</source>
      <translation>Exporteren als JSON…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="59" />
      <source>Liste des personnes</source>
      <translation>Lijst van de personen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="220" />
      <source>Marraine / parrain : {mentor} — {notes}</source>
      <translation>Meter / peter: {mentor} — {notes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="142" />
      <location filename="../../app/ui/people/tab.py" line="154" />
      <source>Membres</source>
      <translation>Leden</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="82" />
      <source>Mettre à la corbeille (Suppr)</source>
      <translation>In de prullenbak (Delete)</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="74" />
      <source>Modifier</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="51" />
      <source>Montrer les personnes inactives</source>
      <translation>Niet-actieve personen tonen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="89" />
      <source>Portfolio employeur…</source>
      <translation>Portfolio voor werkgevers…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="48" />
      <source>Rechercher</source>
      <translation>Zoeken</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="47" />
      <source>Rechercher un nom, un téléphone, une langue…</source>
      <translation>Een naam, een telefoonnummer, een taal zoeken…</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="203" />
      <source>Réactiver</source>
      <translation>Weer inschakelen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="145" />
      <source>Répertoire</source>
      <translation>Adresboek</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="79" />
      <source>Supprimer</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/tab.py" line="100" />
      <source>Voir et imprimer (PDF)…</source>
      <translation>Bekijken en afdrukken (pdf)…</translation>
    </message>
  </context>
  <context>
    <name>MenuDialog</name>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="53" />
      <location filename="../../app/ui/menus/menu_dialog.py" line="55" />
      <source>Actif</source>
      <translation>Actief</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="63" />
      <source>Ajouter une recette</source>
      <translation>Een recept toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="73" />
      <source>Format de vente</source>
      <translation>Verkoopformaat</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="133" />
      <source>Ligne {n} : choisissez une recette de la liste.</source>
      <translation>Regel {n}: kies een recept uit de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="44" />
      <source>Modifier le menu</source>
      <translation>Menu wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="72" />
      <source>Nom *</source>
      <translation>Naam *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="74" />
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="44" />
      <source>Nouveau menu</source>
      <translation>Nieuw menu</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="60" />
      <source>Portions par personne</source>
      <translation>Porties per persoon</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="111" />
      <source>Portions par personne, ligne {n}</source>
      <translation>Porties per persoon, regel {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="60" />
      <source>Recette</source>
      <translation>Recept</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="106" />
      <source>Recette, ligne {n}</source>
      <translation>Recept, regel {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="58" />
      <source>Recettes du menu</source>
      <translation>Recepten van het menu</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="112" />
      <source>Retirer</source>
      <translation>Weghalen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="113" />
      <source>Retirer la ligne {n}</source>
      <translation>Regel {n} weghalen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menu_dialog.py" line="49" />
      <source>par exemple : Brunch des 20 ans</source>
      <translation>bijvoorbeeld: Brunch voor 20 jaar</translation>
    </message>
  </context>
  <context>
    <name>MenusPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/menus_page.py" line="83" />
      <source>%n menu(s)</source>
      <translation>
        <numerusform>%n menu</numerusform>
        <numerusform>%n menu's</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="73" />
      <source>Allergènes…</source>
      <translation>Allergenen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="34" />
      <source>Coût par personne</source>
      <translation>Kost per persoon</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="30" />
      <source>Format</source>
      <translation>Formaat</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="136" />
      <source>Liste de courses</source>
      <translation>Boodschappenlijst</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="70" />
      <source>Liste de courses…</source>
      <translation>Boodschappenlijst…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="28" />
      <source>Menu</source>
      <translation>Menu</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="68" />
      <source>Modifier</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="123" />
      <source>Modifier le menu {name}</source>
      <translation>Het menu {name} wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="62" />
      <source>Montrer les menus inactifs</source>
      <translation>Niet-actieve menu's tonen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="67" />
      <source>Nouveau menu</source>
      <translation>Nieuw menu</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="136" />
      <source>Pour combien de personnes ?</source>
      <translation>Voor hoeveel personen?</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="40" />
      <source>Prix par personne</source>
      <translation>Prijs per persoon</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="46" />
      <source>Recettes</source>
      <translation>Recepten</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/menus_page.py" line="61" />
      <source>Rechercher un menu…</source>
      <translation>Een menu zoeken…</translation>
    </message>
  </context>
  <context>
    <name>MenusPrinting</name>
    <message>
      <location filename="../../app/ui/menus/printing.py" line="27" />
      <source>Devis n° {id}</source>
      <translation>Offerte nr. {id}</translation>
    </message>
  </context>
  <context>
    <name>MenusTab</name>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="75" />
      <source>Calculer avant de dépenser : chaque recette et chaque commande montre son coût.</source>
      <translation>Reken voor je geld uitgeeft: elk recept en elke bestelling toont wat het kost.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="54" />
      <source>Commandes et devis</source>
      <translation>Bestellingen en offertes</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="124" />
      <source>Coût matière visé : {n}</source>
      <translation>Beoogde grondstofkost: {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="59" />
      <source>Dégustations</source>
      <translation>Proeverijen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="44" />
      <source>Ingrédients</source>
      <translation>Ingrediënten</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="49" />
      <location filename="../../app/ui/menus/tab.py" line="86" />
      <source>Menus</source>
      <translation>Menu's</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="41" />
      <source>Recettes</source>
      <translation>Recepten</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/tab.py" line="66" />
      <source>TVA et objectif de marge…</source>
      <translation>Btw en margedoel…</translation>
    </message>
  </context>
  <context>
    <name>ModuleDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="390" />
      <source>Nom *</source>
      <translation>Naam *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="384" />
      <source>Nouveau module</source>
      <translation>Nieuwe module</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="390" />
      <source>Type</source>
      <translation>Soort</translation>
    </message>
  </context>
  <context>
    <name>MorningDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="140" />
      <source>Animé par</source>
      <translation>Begeleid door</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="135" />
      <source>Date *</source>
      <translation>Datum *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="136" />
      <source>Début</source>
      <translation>Begin</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="137" />
      <source>Fin</source>
      <translation>Einde</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="142" />
      <source>Lieu</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="143" />
      <source>Marraine / parrain</source>
      <translation>Meter / peter</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="105" />
      <source>Modifier la matinée</source>
      <translation>Voormiddag wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="138" />
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="146" />
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="105" />
      <source>Nouvelle matinée</source>
      <translation>Nieuwe voormiddag</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="145" />
      <source>Point de rendez-vous</source>
      <translation>Verzamelpunt</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="141" />
      <source>Pour</source>
      <translation>Voor</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="120" />
      <source>Toute la cohorte</source>
      <translation>De hele groep</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="139" />
      <source>Type</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="144" />
      <source>Visite chez</source>
      <translation>Bezoek bij</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="127" />
      <source>par exemple : devant la gare, à 8h30</source>
      <translation>bijvoorbeeld: voor het station, om 8u30</translation>
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
      <translation>Begin</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="195" />
      <source>Déplacer la matinée</source>
      <translation>Voormiddag verplaatsen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="205" />
      <source>Nouvelle date</source>
      <translation>Nieuwe datum</translation>
    </message>
  </context>
  <context>
    <name>NutritionDialog</name>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="85" />
      <source>Valeurs nutritionnelles</source>
      <translation>Voedingswaarden</translation>
    </message>
  </context>
  <context>
    <name>NutritionEditor</name>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="31" />
      <source>Glucides (g)</source>
      <translation>Koolhydraten (g)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="29" />
      <source>Matières grasses (g)</source>
      <translation>Vetten (g)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="33" />
      <source>Protéines (g)</source>
      <translation>Eiwitten (g)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="38" />
      <source>Recopiez le tableau du paquet une fois : l'étiquette de vos produits en fait le calcul. Laissez vide si vous ne le connaissez pas.</source>
      <translation>Neem de tabel van de verpakking één keer over: de etiketten van uw producten rekenen ermee. Laat leeg als u hem niet kent.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="69" />
      <source>Remplissez toutes les valeurs nutritionnelles, ou aucune.</source>
      <translation>Vul alle voedingswaarden in, of geen enkele.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="34" />
      <source>Sel (g)</source>
      <translation>Zout (g)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="25" />
      <source>Valeurs nutritionnelles pour 100 g (sur le paquet)</source>
      <translation>Voedingswaarden per 100 g (op de verpakking)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="30" />
      <source>dont acides gras saturés (g)</source>
      <translation>waarvan verzadigde vetzuren (g)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="32" />
      <source>dont sucres (g)</source>
      <translation>waarvan suikers (g)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="27" />
      <source>Énergie (kJ)</source>
      <translation>Energie (kJ)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/nutrition_editor.py" line="28" />
      <source>Énergie (kcal)</source>
      <translation>Energie (kcal)</translation>
    </message>
  </context>
  <context>
    <name>OrderDialog</name>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="137" />
      <source> jours</source>
      <translation> dagen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="126" />
      <source>(pas de menu)</source>
      <translation>(geen menu)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="154" />
      <source>Adresse</source>
      <translation>Adres</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="170" />
      <source>Ajouter une ligne</source>
      <translation>Een regel toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="360" />
      <source>Ajoutez des lignes pour voir le coût et la marge.</source>
      <translation>Voeg regels toe om de kost en de marge te zien.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="249" />
      <source>Choisissez d'abord un menu.</source>
      <translation>Kies eerst een menu.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="147" />
      <source>Client *</source>
      <translation>Klant *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="89" />
      <source>Commande n° {id}</source>
      <translation>Bestelling nr. {id}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="157" />
      <source>Conditions</source>
      <translation>Voorwaarden</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="148" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="149" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="156" />
      <source>Devis valable</source>
      <translation>Offerte geldig</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="120" />
      <source>Du répertoire</source>
      <translation>Uit het adresboek</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="151" />
      <source>Format de vente</source>
      <translation>Verkoopformaat</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="139" />
      <source>Imprimées sur le devis, dans la langue du devis.</source>
      <translation>Afgedrukt op de offerte, in de taal van de offerte.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="276" />
      <source>Ligne {n} : choisissez un produit de la liste.</source>
      <translation>Regel {n}: kies een product uit de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="165" />
      <source>Lignes de la commande</source>
      <translation>Regels van de bestelling</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="153" />
      <source>Livraison</source>
      <translation>Levering</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="152" />
      <source>Menu</source>
      <translation>Menu</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="150" />
      <source>Nombre de personnes</source>
      <translation>Aantal personen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="158" />
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="87" />
      <source>Nouvelle commande</source>
      <translation>Nieuwe bestelling</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="367" />
      <source>Pour calculer : {message}</source>
      <translation>Om te berekenen: {message}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="167" />
      <source>Prix TVAC</source>
      <translation>Prijs incl. btw</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="199" />
      <source>Prix unitaire, ligne {n}</source>
      <translation>Eenheidsprijs, regel {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="167" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="194" />
      <source>Produit, ligne {n}</source>
      <translation>Product, regel {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="167" />
      <source>Quantité</source>
      <translation>Hoeveelheid</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="197" />
      <source>Quantité, ligne {n}</source>
      <translation>Hoeveelheid, regel {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="128" />
      <source>Remplir depuis le menu</source>
      <translation>Invullen vanuit het menu</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="208" />
      <source>Retirer</source>
      <translation>Weghalen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="209" />
      <source>Retirer la ligne {n}</source>
      <translation>Regel {n} weghalen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="155" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="167" />
      <source>TVA</source>
      <translation>Btw</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="201" />
      <source>TVA, ligne {n}</source>
      <translation>Btw, regel {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="372" />
      <source>Total : {total} TVA comprise</source>
      <translation>Totaal: {total} inclusief btw</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="114" />
      <source>nom, téléphone, e-mail</source>
      <translation>naam, telefoon, e-mail</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/order_dialog.py" line="112" />
      <source>organisation ou personne</source>
      <translation>organisatie of persoon</translation>
    </message>
  </context>
  <context>
    <name>OrdersPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/orders_page.py" line="130" />
      <source>%n commande(s)</source>
      <translation>
        <numerusform>%n bestelling</numerusform>
        <numerusform>%n bestellingen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="110" />
      <source>Allergènes…</source>
      <translation>Allergenen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="229" />
      <source>Calculer avant de dépenser</source>
      <translation>Reken voor je geld uitgeeft</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="41" />
      <source>Client</source>
      <translation>Klant</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="120" />
      <source>Commande n° {id} : {message}</source>
      <translation>Bestelling nr. {id}: {message}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="107" />
      <source>Courses en CSV…</source>
      <translation>Boodschappen als CSV…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="56" />
      <source>Coût</source>
      <translation>Kost</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="37" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="260" />
      <source>Enregistrer la liste de courses</source>
      <translation>De boodschappenlijst opslaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="100" />
      <source>Imprimer le devis (Ctrl+P)</source>
      <translation>De offerte afdrukken (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="97" />
      <source>Imprimer le devis…</source>
      <translation>De offerte afdrukken…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="230" />
      <source>Imprimer quand même le devis ?</source>
      <translation>De offerte toch afdrukken?</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="104" />
      <source>Liste de courses…</source>
      <translation>Boodschappenlijst…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="62" />
      <source>Marge</source>
      <translation>Marge</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="69" />
      <source>Marge %</source>
      <translation>Marge %</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="95" />
      <source>Modifier</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="199" />
      <source>Modifier la commande n° {id}</source>
      <translation>Bestelling nr. {id} wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="85" />
      <source>Montrer les commandes livrées et annulées</source>
      <translation>Geleverde en geannuleerde bestellingen tonen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="93" />
      <source>Nouvelle commande</source>
      <translation>Nieuwe bestelling</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="31" />
      <source>N°</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="43" />
      <source>Personnes</source>
      <translation>Personen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="84" />
      <source>Rechercher un client…</source>
      <translation>Een klant zoeken…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="48" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="113" />
      <source>Supprimer…</source>
      <translation>Verwijderen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/orders_page.py" line="50" />
      <source>Total TVAC</source>
      <translation>Totaal incl. btw</translation>
    </message>
  </context>
  <context>
    <name>OrganisationDialog</name>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="63" />
      <source>Adresse</source>
      <translation>Adres</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="64" />
      <source>Comment y aller</source>
      <translation>Hoe er te komen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="65" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="42" />
      <source>Modifier</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="61" />
      <source>Nom *</source>
      <translation>Naam *</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="67" />
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="42" />
      <source>Nouvelle organisation</source>
      <translation>Nieuwe organisatie</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="62" />
      <source>Type</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="66" />
      <source>Téléphone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="53" />
      <source>nom@exemple.be</source>
      <translation>naam@voorbeeld.be</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="50" />
      <source>par exemple : bus 4, arrêt Pont d'Avroy, puis 5 minutes à pied</source>
      <translation>bijvoorbeeld: bus 4, halte Pont d'Avroy, dan 5 minuten te voet</translation>
    </message>
  </context>
  <context>
    <name>OtherDayDialog</name>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="66" />
      <source>Annuler</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="69" />
      <source>Aucune vente n'est ouverte : rien à clôturer.</source>
      <translation>Er is geen verkoop open: niets af te sluiten.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="55" />
      <source>Ces ventes ne sont pas encore clôturées. Choisissez celle à clôturer, avec sa date :</source>
      <translation>Deze verkopen zijn nog niet afgesloten. Kies welke u wilt afsluiten, met de datum:</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="62" />
      <source>Clôturer cette vente</source>
      <translation>Deze verkoop afsluiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="34" />
      <source>Clôturer la journée</source>
      <translation>De dag afsluiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="72" />
      <source>Fermer</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="47" />
      <source>Il n'y a pas de vente aujourd'hui ({date}).</source>
      <translation>Er is vandaag geen verkoop ({date}).</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/closing_choice.py" line="41" />
      <source>Ventes encore ouvertes</source>
      <translation>Verkopen die nog open zijn</translation>
    </message>
  </context>
  <context>
    <name>OutcomesDialog</name>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="61" />
      <source>Accord pour le suivi</source>
      <translation>Toestemming voor de opvolging</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/commands.py" line="30" />
      <source>Après le programme</source>
      <translation>Na het programma</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="37" />
      <source>Après le programme : {name}</source>
      <translation>Na het programma: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="62" />
      <source>Cohorte</source>
      <translation>Groep</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="63" />
      <source>Moment</source>
      <translation>Moment</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="65" />
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="86" />
      <source>Retirer l'accord ? Ce qui a été noté après le programme sera effacé.</source>
      <translation>Toestemming intrekken? Wat na het programma genoteerd werd, wordt gewist.</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="85" />
      <source>Retirer son accord</source>
      <translation>Haar toestemming intrekken</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/dialog.py" line="64" />
      <source>Situation</source>
      <translation>Situatie</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/commands.py" line="73" />
      <source>accord de {name}</source>
      <translation>toestemming van {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/commands.py" line="75" />
      <source>retrait de l'accord de {name}</source>
      <translation>intrekking van de toestemming van {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/outcomes/commands.py" line="40" />
      <source>situation de {name}</source>
      <translation>situatie van {name}</translation>
    </message>
  </context>
  <context>
    <name>PairingDialog</name>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="186" />
      <source>Accompagner une membre</source>
      <translation>Een lid begeleiden</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="200" />
      <source>Marraine / parrain</source>
      <translation>Meter / peter</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="201" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="202" />
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/directory_dialogs.py" line="194" />
      <source>par exemple : se voient le jeudi pour la comptabilité</source>
      <translation>bijvoorbeeld: zien elkaar op donderdag voor de boekhouding</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
      <location filename="../../app/ui/pdf_preview.py" line="54" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n pagina</numerusform>
        <numerusform>%n pagina's</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="52" />
      <source>Aperçu</source>
      <translation>Voorbeeld</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="97" />
      <source>Enregistrer en PDF</source>
      <translation>Opslaan als pdf</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="59" />
      <source>Enregistrer en PDF…</source>
      <translation>Opslaan als pdf…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="63" />
      <source>Fermer</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="55" />
      <source>Imprimer…</source>
      <translation>Afdrukken…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" line="79" />
      <source>Imprimez à la taille réelle (100 %) : dans la fenêtre d'impression, ne choisissez pas « Ajuster à la page ». Sinon les lettres deviennent trop petites pour la loi et les étiquettes sortent à côté des cases.</source>
      <translation>Druk af op ware grootte (100 %): kies in het afdrukvenster niet „Aanpassen aan pagina”. Anders worden de letters te klein voor de wet en komen de etiketten naast de vakjes.</translation>
    </message>
  </context>
  <context>
    <name>PeersPage</name>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="61" />
      <source>A répondu</source>
      <translation>Heeft geantwoord</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="84" />
      <source>Auto-évaluation</source>
      <translation>Zelfevaluatie</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="91" />
      <source>Aveugle : choisi par ses collègues seulement</source>
      <translation>Blind: alleen door collega's gekozen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="92" />
      <source>Caché : choisi par la personne seulement</source>
      <translation>Verborgen: alleen door de persoon zelf gekozen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="81" />
      <source>Catégorie</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="49" />
      <source>Chaque membre répond seule ; personne ne voit les réponses des autres.</source>
      <translation>Elk lid antwoordt alleen; niemand ziet de antwoorden van de anderen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="81" />
      <source>Compétence</source>
      <translation>Vaardigheid</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="61" />
      <location filename="../../app/ui/evaluations/peers_page.py" line="68" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="81" />
      <source>Note</source>
      <translation>Punt</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="43" />
      <source>Nouvelle auto-évaluation…</source>
      <translation>Nieuwe zelfevaluatie…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="90" />
      <source>Ouvert : choisi par la personne et par ses collègues</source>
      <translation>Open: gekozen door de persoon zelf en door collega's</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="62" />
      <source>Qui a répondu</source>
      <translation>Wie heeft geantwoord</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="81" />
      <source>Réponse</source>
      <translation>Antwoord</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="63" />
      <source>Réponses</source>
      <translation>Antwoorden</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="86" />
      <source>Résultats d'un membre (coordinatrice seulement)</source>
      <translation>Resultaten van een lid (alleen coördinator)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="46" />
      <source>Saisie privée par les membres</source>
      <translation>Privé invullen door de leden</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="170" />
      <source>je l'ai déjà</source>
      <translation>ik kan het al</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="137" />
      <source>oui</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="137" />
      <source>pas encore</source>
      <translation>nog niet</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="39" />
      <source>Évaluation</source>
      <translation>Evaluatie</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="54" />
      <source>Évaluation :</source>
      <translation>Evaluatie:</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/peers_page.py" line="170" />
      <source>à travailler</source>
      <translation>nog te oefenen</translation>
    </message>
  </context>
  <context>
    <name>PeopleModel</name>
    <message>
      <location filename="../../app/ui/people/model.py" line="23" />
      <source>Actif</source>
      <translation>Actief</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="23" />
      <source>Active</source>
      <translation>Actief</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="17" />
      <source>Inactif</source>
      <translation>Niet actief</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="17" />
      <source>Inactive</source>
      <translation>Niet actief</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="33" />
      <source>Langues</source>
      <translation>Talen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="30" />
      <source>Nom</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="20" />
      <source>Parti le {date}</source>
      <translation>Vertrokken op {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="20" />
      <source>Partie le {date}</source>
      <translation>Vertrokken op {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="32" />
      <source>Pays d'origine</source>
      <translation>Land van herkomst</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="29" />
      <source>Prénom</source>
      <translation>Voornaam</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="31" />
      <source>Rôle</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="35" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/model.py" line="34" />
      <source>Téléphone</source>
      <translation>Telefoon</translation>
    </message>
  </context>
  <context>
    <name>PersonData</name>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="135" />
      <source>Aucune sauvegarde du dossier des sauvegardes ne contient ses données.</source>
      <translation>Geen enkele back-up in de back-upmap bevat haar gegevens.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="110" />
      <source>Données personnelles</source>
      <translation>Persoonlijke gegevens</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="194" />
      <source>Effacement impossible</source>
      <translation>Wissen onmogelijk</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="163" />
      <source>Effacer définitivement les données de {name} ?

Son nom, son téléphone, ses langues, son pays et les notes seront effacés, ses évaluations supprimées. Les ventes et l'historique de la cohorte restent, au nom de « Ancienne membre ». Cela ne peut pas être annulé.</source>
      <translation>De gegevens van {name} definitief wissen?

Haar naam, telefoon, talen, land en notities worden gewist, haar evaluaties verwijderd. De verkopen en de geschiedenis van de groep blijven, onder de naam „Voormalig lid”. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="159" />
      <source>Effacer ses données</source>
      <translation>Haar gegevens wissen</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="70" />
      <source>Enregistrer</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="92" />
      <source>Export impossible</source>
      <translation>Exporteren onmogelijk</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="141" />
      <source>Les copies sur une clé USB qui n'est pas branchée ne peuvent pas être vérifiées : elles sont supprimées quand elles ont plus de 12 mois, à la copie suivante sur la même clé.</source>
      <translation>Kopieën op een USB-stick die niet is aangesloten kunnen niet gecontroleerd worden: ze worden gewist zodra ze ouder zijn dan 12 maanden, bij de volgende kopie op dezelfde stick.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="31" />
      <source>Mettre {name} à la corbeille ? Vous pourrez la restaurer pendant 30 jours (Édition › Corbeille).</source>
      <translation>{name} naar de prullenbak verplaatsen? U kunt haar 30 dagen lang terugzetten (Bewerken › Prullenbak).</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="36" />
      <source>Mettre {name} à la corbeille ? Vous pourrez le restaurer pendant 30 jours (Édition › Corbeille).</source>
      <translation>{name} naar de prullenbak verplaatsen? U kunt hem 30 dagen lang terugzetten (Bewerken › Prullenbak).</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="227" />
      <source>Sauvegarde impossible</source>
      <translation>Back-up onmogelijk</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="212" />
      <source>Sauvegardes</source>
      <translation>Back-ups</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/person_data.py" line="123" />
      <source>Ses données restent dans %n sauvegarde(s) (la plus ancienne du {oldest}), supprimée(s) automatiquement au plus tard le {until}. Vous pourrez aussi le faire tout de suite après l'effacement.</source>
      <translation>
        <numerusform>%n back-up bevat nog haar gegevens (van {oldest}). Hij wordt automatisch gewist, uiterlijk op {until}; u kunt hem ook meteen na het wissen verwijderen.</numerusform>
        <numerusform>%n back-ups bevatten nog haar gegevens (de oudste van {oldest}). Ze worden automatisch gewist, uiterlijk op {until}; u kunt ze ook meteen na het wissen verwijderen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="53" />
      <source>Suppression impossible</source>
      <translation>Verwijderen onmogelijk</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="27" />
      <source>Supprimer</source>
      <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/person_data.py" line="213" />
      <source>Supprimer maintenant %n sauvegarde(s) contenant encore ses données ? Une nouvelle sauvegarde, sans ses données, est faite d'abord.</source>
      <translation>
        <numerusform>Nu de %n back-up wissen die haar gegevens nog bevat? Eerst wordt een nieuwe back-up gemaakt, zonder haar gegevens.</numerusform>
        <numerusform>Nu de %n back-ups wissen die haar gegevens nog bevatten? Eerst wordt een nieuwe back-up gemaakt, zonder haar gegevens.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PersonData_man</name>
    <message>
      <location filename="../../app/ui/safety/person_data.py" line="170" />
      <source>Effacer définitivement les données de {name} ?

Son nom, son téléphone, ses langues, son pays et les notes seront effacés, ses évaluations supprimées. Les ventes et l'historique de la cohorte restent, au nom de « Ancienne membre ». Cela ne peut pas être annulé.</source>
      <translation>De gegevens van {name} definitief wissen?

Zijn naam, telefoon, talen, land en notities worden gewist, zijn evaluaties verwijderd. De verkopen en de geschiedenis van de groep blijven, onder de naam „Voormalig lid”. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="63" />
      <location filename="../../app/ui/people/dialog.py" line="79" />
      <source>Active</source>
      <translation>Actief</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="71" />
      <source>Genre</source>
      <translation>Geslacht</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="73" />
      <source>Langues parlées</source>
      <translation>Gesproken talen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="39" />
      <source>Modifier</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="80" />
      <source>Ne notez rien sur le titre de séjour, les papiers ni l'âge.</source>
      <translation>Schrijf niets op over verblijfsvergunning, papieren of leeftijd.</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="69" />
      <source>Nom</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="75" />
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="39" />
      <source>Nouvelle personne</source>
      <translation>Nieuwe persoon</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="72" />
      <source>Pays d'origine</source>
      <translation>Land van herkomst</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="68" />
      <source>Prénom *</source>
      <translation>Voornaam *</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="70" />
      <source>Rôle</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="48" />
      <source>Seulement si la personne le dit. Non précisé : son rôle s'écrit au féminin.</source>
      <translation>Alleen als de persoon het zelf zegt. Niet opgegeven: de rol wordt in de vrouwelijke vorm geschreven.</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="74" />
      <source>Téléphone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <location filename="../../app/ui/people/dialog.py" line="58" />
      <source>par exemple : arabe, français</source>
      <translation>bijvoorbeeld: Arabisch, Frans</translation>
    </message>
  </context>
  <context>
    <name>PinPanel</name>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="94" />
      <source>Choisir le code PIN</source>
      <translation>De pincode kiezen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="47" />
      <location filename="../../app/ui/evaluations/pin_panel.py" line="62" />
      <source>Code PIN</source>
      <translation>Pincode</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="49" />
      <source>Encore une fois</source>
      <translation>Nog een keer</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="101" />
      <source>Enregistrer le code</source>
      <translation>De code opslaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="96" />
      <source>Les évaluations sont privées. Choisissez un code de 4 chiffres ou plus. Seule la coordinatrice le connaît.</source>
      <translation>De evaluaties zijn privé. Kies een code van 4 cijfers of meer. Alleen de coördinator kent hem.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="107" />
      <source>Ouvrir</source>
      <translation>Openen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="48" />
      <source>Répéter le code PIN</source>
      <translation>De pincode herhalen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="105" />
      <source>Tapez le code PIN de la coordinatrice pour voir les évaluations.</source>
      <translation>Typ de pincode van de coördinator om de evaluaties te zien.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/pin_panel.py" line="103" />
      <source>Évaluations : accès protégé</source>
      <translation>Evaluaties: beveiligde toegang</translation>
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="155" />
      <source>Garder les jours déjà publiés</source>
      <translation>De dagen die al gepubliceerd zijn houden</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="172" />
      <source>Jours</source>
      <translation>Dagen</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="162" />
      <source>Les jours de travail sont ceux du programme de la cohorte.</source>
      <translation>De werkdagen zijn die van het programma van de groep.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="164" />
      <source>Pas de planning pour cette cohorte : choisissez les jours de la semaine.</source>
      <translation>Geen planning voor deze groep: kies de dagen van de week.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="178" />
      <source>Planifier</source>
      <translation>Plannen</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="148" />
      <source>Planifier les déléguées</source>
      <translation>De verantwoordelijken plannen</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="157" />
      <source>Une adjointe expérimentée pour une première fois</source>
      <translation>Een ervaren adjunct voor een eerste keer</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="171" />
      <source>À partir du</source>
      <translation>Vanaf</translation>
    </message>
  </context>
  <context>
    <name>PortfolioDialog</name>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="75" />
      <source>Accord pour le portfolio</source>
      <translation>Toestemming voor het portfolio</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="76" />
      <source>Cohortes</source>
      <translation>Groepen</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="49" />
      <source>Portfolio employeur : {name}</source>
      <translation>Portfolio voor werkgevers: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="87" />
      <source>Retirer l'accord ? Plus aucun portfolio ne sera imprimé.</source>
      <translation>Toestemming intrekken? Er wordt geen portfolio meer afgedrukt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="86" />
      <source>Retirer son accord</source>
      <translation>Haar toestemming intrekken</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="105" />
      <source>Sans le code PIN, le portfolio n'est pas fait (il montre ses évaluations).</source>
      <translation>Zonder pincode wordt het portfolio niet gemaakt (het toont haar evaluaties).</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="69" />
      <source>Toutes ses cohortes</source>
      <translation>Al haar groepen</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="51" />
      <source>Un document pour les employeurs : ses heures et ses modules, ses journées de déléguée, les ventes qu'elle a menées, ses produits, ses compétences et son attestation. Rien sur les autres membres. Seulement avec son accord.</source>
      <translation>Een document voor werkgevers: haar uren en modules, haar dagen als afgevaardigde, de verkopen die ze leidde, haar producten, haar vaardigheden en haar attest. Niets over de andere leden. Alleen met haar toestemming.</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/portfolio_dialog.py" line="80" />
      <source>Voir le portfolio</source>
      <translation>Portfolio bekijken</translation>
    </message>
  </context>
  <context>
    <name>PrerequisiteDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="366" />
      <source>Avant</source>
      <translation>Vóór</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="365" />
      <source>D'abord le module</source>
      <translation>Eerst de module</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="350" />
      <source>Nouveau prérequis</source>
      <translation>Nieuwe voorwaarde</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="356" />
      <source>toutes les matinées « {kind} »</source>
      <translation>alle voormiddagen "{kind}"</translation>
    </message>
  </context>
  <context>
    <name>PrivateEntry</name>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="190" />
      <source>1. Pour chaque compétence : je l'ai déjà, ou je veux la travailler ?</source>
      <translation>1. Voor elke vaardigheid: kan ik het al, of wil ik het oefenen?</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="223" />
      <source>2. Choisissez de {low} à {high} mots pour vous et pour chaque collègue.</source>
      <translation>2. Kies {low} tot {high} woorden voor jezelf en voor elke collega.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="122" />
      <source>Annuler</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="186" />
      <source>Bonjour {name} !</source>
      <translation>Dag {name}!</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="100" />
      <source>Choisissez votre nom, puis cliquez sur « Commencer ».</source>
      <translation>Kies je naam en klik dan op "Beginnen".</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="85" />
      <source>Commencer</source>
      <translation>Beginnen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="117" />
      <source>Envoyer mes réponses</source>
      <translation>Mijn antwoorden versturen</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="199" />
      <source>Je l'ai déjà</source>
      <translation>Ik kan het al</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="328" />
      <source>Merci ! Vos réponses sont enregistrées. Passez l'ordinateur à la personne suivante.</source>
      <translation>Dank je! Je antwoorden zijn opgeslagen. Geef de computer aan de volgende persoon.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="210" />
      <source>Note pour {name}</source>
      <translation>Opmerking voor {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="233" />
      <source>Pour vous</source>
      <translation>Voor jezelf</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="90" />
      <source>Terminer la saisie (code PIN)</source>
      <translation>Het invullen afsluiten (pincode)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="209" />
      <source>Une note courte (si vous voulez)</source>
      <translation>Een korte opmerking (als je wilt)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="294" />
      <source>Vos réponses commencées sont revenues : continuez, puis envoyez.</source>
      <translation>Uw begonnen antwoorden zijn terug: ga verder en verstuur ze dan.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="83" />
      <source>Votre nom</source>
      <translation>Je naam</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/private_entry.py" line="200" />
      <source>À travailler</source>
      <translation>Nog te oefenen</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeActions</name>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="40" />
      <source>Enregistrer le rapport</source>
      <translation>Verslag opslaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="75" />
      <source>Impossible d'écrire le fichier : {error}</source>
      <translation>Kan het bestand niet schrijven: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="24" />
      <source>Rapport du programme…</source>
      <translation>Programmaverslag…</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="78" />
      <source>Rapport enregistré : {path}</source>
      <translation>Verslag opgeslagen: {path}</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="42" />
      <source>Tableur CSV (*.csv)</source>
      <translation>CSV-rekenblad (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_actions.py" line="30" />
      <source>Ventes de plusieurs cohortes…</source>
      <translation>Verkoop van meerdere groepen…</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeReportDialog</name>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="133" />
      <source>Au</source>
      <translation>Tot</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="88" />
      <source>Aucune cohorte à résumer.</source>
      <translation>Geen groep om samen te vatten.</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="116" />
      <source>Cette cohorte : {name}</source>
      <translation>Deze groep: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="135" />
      <source>Code PIN</source>
      <translation>Pincode</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="130" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="132" />
      <source>Du</source>
      <translation>Van</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="140" />
      <source>Faire le rapport</source>
      <translation>Verslag maken</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="136" />
      <source>Format</source>
      <translation>Formaat</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="121" />
      <source>Inclure les évaluations (sans noms)</source>
      <translation>De evaluaties opnemen (zonder namen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="125" />
      <source>PDF (à voir et imprimer)</source>
      <translation>PDF (bekijken en afdrukken)</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="131" />
      <source>Pour</source>
      <translation>Voor</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="109" />
      <location filename="../../app/ui/programme/report_dialog.py" line="151" />
      <source>Rapport du programme</source>
      <translation>Programmaverslag</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="110" />
      <source>Résumé des ventes</source>
      <translation>Verkoopoverzicht</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="125" />
      <source>Tableur (.csv)</source>
      <translation>Rekenblad (.csv)</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="113" />
      <source>Toutes les cohortes</source>
      <translation>Alle groepen</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="113" />
      <source>Une période</source>
      <translation>Een periode</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="90" />
      <location filename="../../app/ui/programme/report_dialog.py" line="151" />
      <source>Ventes des cohortes</source>
      <translation>Verkoop van de groepen</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/report_dialog.py" line="134" />
      <source>Évaluations</source>
      <translation>Evaluaties</translation>
    </message>
  </context>
  <context>
    <name>PublishAction</name>
    <message numerus="yes">
      <location filename="../../app/ui/network/publish_action.py" line="49" />
      <source>%n cohorte(s) publiée(s) ici, la dernière le {when}</source>
      <translation>
        <numerusform>%n groep hier gepubliceerd, de laatste op {when}</numerusform>
        <numerusform>%n groepen hier gepubliceerd, de laatste op {when}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="68" />
      <source>Adresse du serveur de l'organisation (postgresql://utilisateur@serveur/base) :</source>
      <translation>Adres van de server van de organisatie (postgresql://gebruiker@server/database):</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="121" />
      <source>Les cohortes sont sur le serveur.</source>
      <translation>De groepen staan op de server.</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="86" />
      <source>Publication des cohortes…</source>
      <translation>De groepen worden gepubliceerd…</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="120" />
      <source>Publication faite</source>
      <translation>Gepubliceerd</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="100" />
      <source>Publication impossible</source>
      <translation>Publiceren niet mogelijk</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="67" />
      <location filename="../../app/ui/network/publish_action.py" line="87" />
      <source>Publier vers le serveur</source>
      <translation>Publiceren naar de server</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="25" />
      <source>Publier vers le serveur…</source>
      <translation>Publiceren naar de server…</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="55" />
      <source>Publiée sur le serveur le {when}</source>
      <translation>Gepubliceerd op de server op {when}</translation>
    </message>
    <message>
      <location filename="../../app/ui/network/publish_action.py" line="108" />
      <source>« {name} » : {inserted} ajoutées, {updated} modifiées, {deleted} supprimées</source>
      <translation>“{name}”: {inserted} toegevoegd, {updated} gewijzigd, {deleted} verwijderd</translation>
    </message>
  </context>
  <context>
    <name>PurchaseDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="22" />
      <source>Achat d'ingrédient</source>
      <translation>Aankoop van ingrediënt</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="47" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="46" />
      <source>Date sur l'emballage</source>
      <translation>Datum op de verpakking</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="44" />
      <source>Fournisseur</source>
      <translation>Leverancier</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="41" />
      <source>Ingrédient *</source>
      <translation>Ingrediënt *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="42" />
      <source>Jour de l'achat *</source>
      <translation>Aankoopdag *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="45" />
      <source>Lot du fournisseur</source>
      <translation>Lot van de leverancier</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="32" />
      <source>Pas de date sur l'emballage</source>
      <translation>Geen datum op de verpakking</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="48" />
      <source>Prix payé (€)</source>
      <translation>Betaalde prijs (€)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="43" />
      <source>Quantité *</source>
      <translation>Hoeveelheid *</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="26" />
      <source>dans l'unité de l'ingrédient, par exemple 2,5</source>
      <translation>in de eenheid van het ingrediënt, bijvoorbeeld 2,5</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="37" />
      <source>facultatif, par exemple 2,50</source>
      <translation>niet verplicht, bijvoorbeeld 2,50</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="30" />
      <source>le numéro de lot écrit sur l'emballage</source>
      <translation>het lotnummer op de verpakking</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/purchase_dialog.py" line="28" />
      <source>par exemple : Colruyt</source>
      <translation>bijvoorbeeld: Colruyt</translation>
    </message>
  </context>
  <context>
    <name>QuestionDialog</name>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="62" />
      <source>Genre de question</source>
      <translation>Soort vraag</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="49" />
      <source>Modifier la question</source>
      <translation>Vraag wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="49" />
      <source>Nouvelle question</source>
      <translation>Nieuwe vraag</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="63" />
      <source>Question</source>
      <translation>Vraag</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="64" />
      <source>Réponses possibles</source>
      <translation>Mogelijke antwoorden</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="56" />
      <source>Une réponse par ligne</source>
      <translation>Eén antwoord per regel</translation>
    </message>
  </context>
  <context>
    <name>RecipeDialog</name>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="211" />
      <source> jours</source>
      <translation> dagen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="306" />
      <source>&lt;b&gt;Ingrédients d'une fournée&lt;/b&gt;</source>
      <translation>&lt;b&gt;Ingrediënten van één baksel&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="237" />
      <source>Active (en vente)</source>
      <translation>Actief (te koop)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="288" />
      <source>Ajouter un ingrédient</source>
      <translation>Een ingrediënt toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="291" />
      <source>Ajouter une ligne (Ctrl+L)</source>
      <translation>Een regel toevoegen (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="556" />
      <source>Ajoutez des ingrédients pour voir le coût.</source>
      <translation>Voeg ingrediënten toe om de kost te zien.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="135" />
      <source>Catégorie</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="193" />
      <source>Ce que la cuisson fait au poids</source>
      <translation>Wat het koken met het gewicht doet</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="275" />
      <source>Coché : le nom du produit met l'ingrédient en avant (« coco » dans « Energy balls coco-cajou ») et l'étiquette imprime son pourcentage. À moitié coché : suggéré par le nom, à confirmer.</source>
      <translation>Aangevinkt: de productnaam zet het ingrediënt in de verf ("coco" in "Energy balls coco-cajou") en het etiket drukt het percentage af. Half aangevinkt: voorgesteld door de naam, te bevestigen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="161" />
      <source>Code produit</source>
      <translation>Productcode</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="155" />
      <source>Conservation</source>
      <translation>Houdbaarheid</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="157" />
      <source>Conservation (texte)</source>
      <translation>Houdbaarheid (tekst)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="148" />
      <source>Emballage par unité (€)</source>
      <translation>Verpakking per stuk (€)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="197" />
      <source>En % du poids des ingrédients : une sauce qui réduit perd du poids, le riz absorbe de l'eau. Les pourcentages de l'étiquette sont calculés sur le produit fini.</source>
      <translation>In % van het gewicht van de ingrediënten: een saus die inkookt verliest gewicht, rijst neemt water op. De percentages op het etiket worden berekend op het eindproduct.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="227" />
      <source>Exemption artisanale : pas de valeurs nutritionnelles sur l'étiquette</source>
      <translation>Ambachtelijke vrijstelling: geen voedingswaarden op het etiket</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="230" />
      <source>Fait à la main, en petites quantités, vendu directement aux clients ou à des commerces de la région (annexe V, point 19). Une allégation (« riche en », « sans sucre ajouté »…) demande quand même les valeurs.</source>
      <translation>Met de hand gemaakt, in kleine hoeveelheden, rechtstreeks verkocht aan klanten of aan winkels uit de streek (bijlage V, punt 19). Een claim ("riche en", "sans sucre ajouté"…) vraagt toch de waarden.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="267" />
      <source>Ingrédient</source>
      <translation>Ingrediënt</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="326" />
      <source>Ingrédient, ligne {n}</source>
      <translation>Ingrediënt, regel {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="264" />
      <source>Ingrédients de la recette</source>
      <translation>Ingrediënten van het recept</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="456" />
      <source>Ligne {n} : choisissez un ingrédient de la liste, ou créez-le avec « Nouvel ingrédient ».</source>
      <translation>Regel {n}: kies een ingrediënt uit de lijst, of maak het met "Nieuw ingrediënt".</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="270" />
      <source>Mis en avant</source>
      <translation>In de verf</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="337" />
      <source>Mis en avant, ligne {n}</source>
      <translation>In de verf gezet, regel {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="97" />
      <source>Modifier {name} (v{version})</source>
      <translation>{name} wijzigen (v{version})</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="133" />
      <source>Nom *</source>
      <translation>Naam *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="134" />
      <source>Nom descriptif (étiquette)</source>
      <translation>Beschrijvende naam (etiket)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="295" />
      <source>Nouvel ingrédient…</source>
      <translation>Nieuw ingrediënt…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="94" />
      <source>Nouvelle recette</source>
      <translation>Nieuw recept</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="225" />
      <source>Petit emballage (moins de 80 cm²)</source>
      <translation>Kleine verpakking (minder dan 80 cm²)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="158" />
      <source>Petite histoire</source>
      <translation>Klein verhaal</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="144" />
      <source>Poids ou volume net</source>
      <translation>Nettogewicht of -volume</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="561" />
      <source>Pour calculer le coût : {message}</source>
      <translation>Om de kost te berekenen: {message}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="159" />
      <source>Prix de vente TVAC (€)</source>
      <translation>Verkoopprijs incl. btw (€)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="268" />
      <source>Quantité</source>
      <translation>Hoeveelheid</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="332" />
      <source>Quantité, ligne {n}</source>
      <translation>Hoeveelheid, regel {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="138" />
      <source>Rendement d'une fournée *</source>
      <translation>Opbrengst van één baksel *</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="339" />
      <source>Retirer</source>
      <translation>Weghalen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="340" />
      <source>Retirer la ligne {n}</source>
      <translation>Regel {n} weghalen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="207" />
      <source>Sachet, pot, étiquette… par unité</source>
      <translation>Zakje, pot, etiket… per stuk</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="160" />
      <source>TVA</source>
      <translation>Btw</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="254" />
      <source>TVA pour {format}</source>
      <translation>Btw voor {format}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="245" />
      <source>TVA selon le format de vente</source>
      <translation>Btw volgens het verkoopformaat</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="156" />
      <source>Type de date</source>
      <translation>Soort datum</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="269" />
      <source>Unité</source>
      <translation>Eenheid</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="165" />
      <source>Unité du poids net</source>
      <translation>Eenheid van het nettogewicht</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="334" />
      <source>Unité, ligne {n}</source>
      <translation>Eenheid, regel {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="164" />
      <source>Unités ou portions</source>
      <translation>Stuks of porties</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="190" />
      <source>absorbe de l'eau (%)</source>
      <translation>neemt water op (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="224" />
      <source>chiffres, pour le code-barres</source>
      <translation>cijfers, voor de streepjescode</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="250" />
      <source>comme la recette</source>
      <translation>zoals het recept</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="188" />
      <source>le poids ne change pas</source>
      <translation>het gewicht verandert niet</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="187" />
      <source>non indiqué</source>
      <translation>niet opgegeven</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="210" />
      <source>non précisé</source>
      <translation>niet opgegeven</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="195" />
      <source>par exemple 20</source>
      <translation>bijvoorbeeld 20</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="214" />
      <source>par exemple : à conserver au frais</source>
      <translation>bijvoorbeeld: koel bewaren</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="177" />
      <source>par exemple Energy balls, Plat, Brunch</source>
      <translation>bijvoorbeeld Energy balls, Gerecht, Brunch</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="183" />
      <source>par unité, par exemple 150</source>
      <translation>per stuk, bijvoorbeeld 150</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="189" />
      <source>perd du poids (%)</source>
      <translation>verliest gewicht (%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="565" />
      <source>portion</source>
      <translation>portie</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="329" />
      <source>quantité</source>
      <translation>hoeveelheid</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="219" />
      <source>si le nom n'est pas en français : Boules énergétiques aux dattes</source>
      <translation>als de naam niet in het Frans is: Boules énergétiques aux dattes</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="565" />
      <source>unité</source>
      <translation>stuk</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="151" />
      <source>À la cuisson</source>
      <translation>Bij het koken</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipe_dialog.py" line="300" />
      <source>À vérifier pour l'étiquette</source>
      <translation>Na te kijken voor het etiket</translation>
    </message>
  </context>
  <context>
    <name>RecipesPage</name>
    <message numerus="yes">
      <location filename="../../app/ui/menus/recipes_page.py" line="188" />
      <source>%n recette(s)</source>
      <translation>
        <numerusform>%n recept</numerusform>
        <numerusform>%n recepten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="64" />
      <source>Catégorie</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="337" />
      <source>Combien de fournées de « {name} » ?</source>
      <translation>Hoeveel baksels van "{name}"?</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="318" />
      <source>Copier « {name} » en une nouvelle version ? L'ancienne version est gardée (les dégustations et les ventes s'y rapportent) mais ne sera plus en vente.</source>
      <translation>"{name}" kopiëren naar een nieuwe versie? De oude versie wordt bewaard (de proeverijen en de verkoop verwijzen ernaar), maar is niet meer te koop.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/menus/recipes_page.py" line="360" />
      <source>Courses pour {batches} fournée(s) de {name}</source>
      <translation>
        <numerusform>Boodschappen voor {batches} baksel {name}</numerusform>
        <numerusform>Boodschappen voor {batches} baksels {name}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="76" />
      <source>Coût / unité</source>
      <translation>Kost / eenheid</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="121" />
      <source>Coût matière</source>
      <translation>Grondstofkost</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="69" />
      <source>Fournée</source>
      <translation>Baksel</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="336" />
      <location filename="../../app/ui/menus/recipes_page.py" line="345" />
      <source>Liste de courses</source>
      <translation>Boodschappenlijst</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="161" />
      <source>Liste de courses…</source>
      <translation>Boodschappenlijst…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="101" />
      <source>Marge</source>
      <translation>Marge</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="110" />
      <source>Marge %</source>
      <translation>Marge %</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="156" />
      <source>Modifier</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="282" />
      <source>Modifier {name}</source>
      <translation>{name} wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="143" />
      <source>Montrer les recettes inactives et les anciennes versions</source>
      <translation>Niet-actieve recepten en oude versies tonen</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="150" />
      <source>Nouvelle recette</source>
      <translation>Nieuw recept</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="154" />
      <source>Nouvelle recette (Ctrl+N)</source>
      <translation>Nieuw recept (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="158" />
      <location filename="../../app/ui/menus/recipes_page.py" line="316" />
      <source>Nouvelle version</source>
      <translation>Nieuwe versie</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="93" />
      <source>Prix HTVA</source>
      <translation>Prijs excl. btw</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="84" />
      <source>Prix TVAC</source>
      <translation>Prijs incl. btw</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="53" />
      <source>Recette</source>
      <translation>Recept</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="142" />
      <source>Rechercher une recette ou une catégorie…</source>
      <translation>Een recept of categorie zoeken…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="174" />
      <source>Sans prix : {names}.</source>
      <translation>Zonder prijs: {names}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="164" />
      <source>Supprimer…</source>
      <translation>Verwijderen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/menus/recipes_page.py" line="58" />
      <source>Version</source>
      <translation>Versie</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="153" />
      <source>Adjectifs choisis par ses collègues</source>
      <translation>Bijvoeglijke naamwoorden gekozen door haar collega's</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="64" />
      <source>Aperçu et impression du bilan (Ctrl+P)</source>
      <translation>Voorbeeld en afdrukken van het evaluatieverslag (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="61" />
      <source>Aperçu et impression du bilan…</source>
      <translation>Voorbeeld en afdrukken van het evaluatieverslag…</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="145" />
      <source>Auto-évaluation</source>
      <translation>Zelfevaluatie</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="191" />
      <source>Bilan de {name}</source>
      <translation>Evaluatieverslag van {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="143" />
      <source>Catégorie</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="85" />
      <source>Ce que le bilan contiendra</source>
      <translation>Wat er in het verslag komt</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="49" />
      <source>Ce que vous voulez dire à la personne et aux employeurs : progrès, qualités, conseils.</source>
      <translation>Wat je de persoon en de werkgevers wilt zeggen: vooruitgang, sterke kanten, tips.</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="46" />
      <source>Commentaire de la coordinatrice</source>
      <translation>Opmerking van de coördinator</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="87" />
      <source>Commentaire de la coordinatrice (imprimé dans le bilan)</source>
      <translation>Opmerking van de coördinator (gedrukt in het verslag)</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="58" />
      <source>Enregistrer le commentaire</source>
      <translation>De opmerking opslaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="41" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="69" />
      <source>Membre :</source>
      <translation>Lid:</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="144" />
      <source>Observé (sur {n})</source>
      <translation>Geobserveerd (op {n})</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="151" />
      <source>Points forts</source>
      <translation>Sterke punten</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="152" />
      <source>Points à travailler</source>
      <translation>Punten om aan te werken</translation>
    </message>
    <message>
      <location filename="../../app/ui/evaluations/reports_page.py" line="81" />
      <source>Résumé du bilan</source>
      <translation>Samenvatting van het verslag</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="65" />
      <source>Annuler</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="55" />
      <source>Aucune sauvegarde automatique pour l'instant.</source>
      <translation>Nog geen automatische back-up.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="63" />
      <source>Autre fichier (clé USB)…</source>
      <translation>Ander bestand (USB-stick)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="86" />
      <source>Choisir la sauvegarde à restaurer</source>
      <translation>De back-up kiezen om terug te zetten</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="36" />
      <source>Choisissez la sauvegarde à remettre. Les données actuelles seront gardées.</source>
      <translation>Kies de back-up die je wilt terugzetten. De huidige gegevens worden bewaard.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="58" />
      <source>Restaurer celle-ci</source>
      <translation>Deze terugzetten</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="33" />
      <source>Restaurer une sauvegarde</source>
      <translation>Een back-up terugzetten</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="41" />
      <source>Sauvegardes</source>
      <translation>Back-ups</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/restore_dialog.py" line="88" />
      <source>Sauvegardes Coopér'Actives (*.sqlite3 *.db);;Tous les fichiers (*)</source>
      <translation>Back-ups Coopér'Actives (*.sqlite3 *.db);;Alle bestanden (*)</translation>
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
        <numerusform>Nieuwe groep aangemaakt: %n voormiddag overgenomen.</numerusform>
        <numerusform>Nieuwe groep aangemaakt: %n voormiddagen overgenomen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_action.py" line="18" />
      <source>Nouvelle cohorte à partir de…</source>
      <translation>Nieuwe groep op basis van een andere…</translation>
    </message>
  </context>
  <context>
    <name>ReuseDialog</name>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="58" />
      <source>Créer la cohorte</source>
      <translation>De groep aanmaken</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="35" />
      <source>La nouvelle cohorte reprend les matinées (mêmes jours de la semaine, à partir de la nouvelle date), les objectifs et la grille d'évaluation. Pas les membres, ni les présences, ni les ventes.</source>
      <translation>De nieuwe groep neemt de voormiddagen over (dezelfde weekdagen, vanaf de nieuwe datum), de doelen en het evaluatierooster. Niet de leden, de aanwezigheden of de verkoop.</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="53" />
      <source>Nom de la nouvelle cohorte *</source>
      <translation>Naam van de nieuwe groep *</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="32" />
      <source>Nouvelle cohorte à partir d'une autre</source>
      <translation>Nieuwe groep op basis van een andere</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="54" />
      <source>Premier jour</source>
      <translation>Eerste dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="46" />
      <source>par exemple : Coopérative 3</source>
      <translation>bijvoorbeeld: Coöperatie 3</translation>
    </message>
    <message>
      <location filename="../../app/ui/programme/reuse_dialog.py" line="52" />
      <source>À partir de</source>
      <translation>Op basis van</translation>
    </message>
  </context>
  <context>
    <name>Rotation</name>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="77" />
      <location filename="../../app/ui/delegate/tab.py" line="101" />
      <source>Adjointe</source>
      <translation>Adjunct</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="113" />
      <source>Avant → après</source>
      <translation>Voor → na</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="123" />
      <source>Cercle</source>
      <translation>Kring</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="102" />
      <source>Déjà faits</source>
      <translation>Al gedaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="76" />
      <source>Déléguée</source>
      <translation>Verantwoordelijke</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="120" />
      <source>Fait le</source>
      <translation>Gedaan op</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="75" />
      <location filename="../../app/ui/delegate/tab.py" line="110" />
      <source>Jour</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="98" />
      <location filename="../../app/ui/delegate/tab.py" line="129" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="122" />
      <source>Par</source>
      <translation>Door</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="114" />
      <location filename="../../app/ui/delegate/tab.py" line="131" />
      <source>Pourquoi</source>
      <translation>Waarom</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="81" />
      <source>Publié</source>
      <translation>Gepubliceerd</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="108" />
      <location filename="../../app/ui/delegate/tab.py" line="130" />
      <source>Quand</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="109" />
      <source>Quoi</source>
      <translation>Wat</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="82" />
      <source>Remarque</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="99" />
      <source>Tours</source>
      <translation>Beurten</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="121" />
      <source>Tâche</source>
      <translation>Taak</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="79" />
      <source>Vente</source>
      <translation>Verkoop</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="100" />
      <source>Ventes</source>
      <translation>Verkoop</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="79" />
      <source>vente</source>
      <translation>verkoop</translation>
    </message>
  </context>
  <context>
    <name>RotationTab</name>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="473" />
      <source>Absence du {date}</source>
      <translation>Afwezigheid van {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="191" />
      <source>Absente…</source>
      <translation>Afwezig…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/delegate/tab.py" line="262" />
      <source>Attention : %n jour(s) à revoir (en rouge).</source>
      <translation>
        <numerusform>Let op: %n dag na te kijken (in het rood).</numerusform>
        <numerusform>Let op: %n dagen na te kijken (in het rood).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="418" />
      <source>Avec</source>
      <translation>Met</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="613" />
      <source>Calendrier des déléguées</source>
      <translation>Kalender van de verantwoordelijken</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="542" />
      <source>Ce jour-là, la personne choisie quitte la cohorte. Ses jours suivants sont donnés aux autres.</source>
      <translation>Op die dag verlaat de gekozen persoon de groep. De volgende dagen van die persoon gaan naar de anderen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="197" />
      <source>Cercles…</source>
      <translation>Kringen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="140" />
      <location filename="../../app/ui/delegate/tab.py" line="161" />
      <source>Changements</source>
      <translation>Wijzigingen</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="496" />
      <source>Choisir la déléguée</source>
      <translation>De verantwoordelijke kiezen</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="192" />
      <source>Choisir à la main…</source>
      <translation>Zelf kiezen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="238" />
      <source>Choisissez ou créez une cohorte.</source>
      <translation>Kies of maak een groep.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="550" />
      <source>Date du départ</source>
      <translation>Datum van vertrek</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="453" />
      <source>Délégué absent</source>
      <translation>Verantwoordelijke afwezig</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="500" />
      <source>Déléguée</source>
      <translation>Verantwoordelijke</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="459" />
      <source>Déléguée absente</source>
      <translation>Verantwoordelijke afwezig</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="506" />
      <source>Déléguée du {date}</source>
      <translation>Verantwoordelijke van {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="224" />
      <source>Déléguées</source>
      <translation>Verantwoordelijken</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="541" />
      <source>Départ de la cohorte</source>
      <translation>Vertrek uit de groep</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="193" />
      <source>Départ de la cohorte…</source>
      <translation>Vertrek uit de groep…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="199" />
      <source>Imprimer le calendrier</source>
      <translation>De kalender afdrukken</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="142" />
      <location filename="../../app/ui/delegate/tab.py" line="171" />
      <source>Indisponibilités</source>
      <translation>Niet beschikbaar</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="174" />
      <source>Indisponible…</source>
      <translation>Niet beschikbaar…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="88" />
      <source>Jours et déléguées</source>
      <translation>Dagen en verantwoordelijken</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="347" />
      <source>Le planning existe déjà. Les jours non publiés à partir du jour choisi seront refaits. Continuer ?</source>
      <translation>De planning bestaat al. De niet-gepubliceerde dagen vanaf de gekozen dag worden opnieuw gemaakt. Doorgaan?</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="195" />
      <source>Listes du jour…</source>
      <translation>Lijsten van de dag…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="548" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="249" />
      <source>Pas encore de planning. Cliquez sur « Planifier… ».</source>
      <translation>Nog geen planning. Klik op "Plannen…".</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="346" />
      <source>Planifier</source>
      <translation>Plannen</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="359" />
      <source>Planifier les déléguées</source>
      <translation>Verantwoordelijken plannen</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="188" />
      <source>Planifier…</source>
      <translation>Plannen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="189" />
      <location filename="../../app/ui/delegate/tab.py" line="375" />
      <source>Publier</source>
      <translation>Publiceren</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="376" />
      <source>Publier le planning ? Les jours publiés ne changent plus quand on replanifie.</source>
      <translation>De planning publiceren? Gepubliceerde dagen veranderen niet meer als je opnieuw plant.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="497" />
      <source>Qui est déléguée le {date} ?</source>
      <translation>Wie is verantwoordelijke op {date}?</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="177" />
      <location filename="../../app/ui/delegate/tab.py" line="579" />
      <source>Retirer</source>
      <translation>Weghalen</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="581" />
      <source>Retirer « {name} : {when} » ? Replanifiez ensuite si besoin.</source>
      <translation>"{name}: {when}" weghalen? Plan daarna opnieuw als het nodig is.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="139" />
      <location filename="../../app/ui/delegate/tab.py" line="158" />
      <source>Tours par personne</source>
      <translation>Beurten per persoon</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="141" />
      <location filename="../../app/ui/delegate/tab.py" line="166" />
      <source>Tâches faites</source>
      <translation>Gedane taken</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="252" />
      <source>{days} jours. Écart entre le plus et le moins de tours : {spread}. Deux jours de suite : {b2b} fois.</source>
      <translation>{days} dagen. Verschil tussen de meeste en de minste beurten: {spread}. Twee dagen na elkaar: {b2b} keer.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="407" />
      <source>{name} donne son jour ({date}) et prend le prochain jour de :</source>
      <translation>{name} geeft haar dag ({date}) en neemt de volgende dag van:</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="454" />
      <source>{name} est absent le {date}. Son adjointe ou son adjoint le remplace, sinon la membre qui a eu le moins de tours.</source>
      <translation>{name} is afwezig op {date}. Zijn adjunct vervangt hem, anders het lid dat de minste beurten had.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="460" />
      <source>{name} est absente le {date}. Son adjointe la remplace, sinon la membre qui a eu le moins de tours.</source>
      <translation>{name} is afwezig op {date}. Haar adjunct vervangt haar, anders het lid dat de minste beurten had.</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="436" />
      <source>Échange du {date}</source>
      <translation>Ruil van {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="403" />
      <source>Échanger un jour</source>
      <translation>Een dag ruilen</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="190" />
      <source>Échanger…</source>
      <translation>Ruilen…</translation>
    </message>
  </context>
  <context>
    <name>RotationTab_man</name>
    <message>
      <location filename="../../app/ui/delegate/tab.py" line="408" />
      <source>{name} donne son jour ({date}) et prend le prochain jour de :</source>
      <translation>{name} geeft zijn dag ({date}) en neemt de volgende dag van:</translation>
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="79" />
      <source>Fichier remplacé</source>
      <translation>Bestand vervangen</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="66" />
      <source>La base est ouverte en lecture seule : ce changement n'est pas enregistré. Restaurez une sauvegarde (Fichier › Restaurer une sauvegarde) pour modifier.</source>
      <translation>De databank is open in alleen-lezen: deze wijziging is niet opgeslagen. Zet een back-up terug (Bestand › Een back-up terugzetten) om iets te wijzigen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="65" />
      <source>Lecture seule</source>
      <translation>Alleen lezen</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="89" />
      <source>Plus tard</source>
      <translation>Later</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/read_only.py" line="84" />
      <source>Rouvrir maintenant</source>
      <translation>Nu opnieuw openen</translation>
    </message>
  </context>
  <context>
    <name>SafetyActions</name>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="172" />
      <source>%n cohorte(s)</source>
      <translation>
        <numerusform>%n groep</numerusform>
        <numerusform>%n groepen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="173" />
      <source>%n personne(s)</source>
      <translation>
        <numerusform>%n persoon</numerusform>
        <numerusform>%n personen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="82" />
      <source>Base sur le serveur {url}</source>
      <translation>Database op de server {url}</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="191" />
      <source>Cette sauvegarde n'a pas été faite à partir de cette base de données, mais d'une autre. Remplacer quand même toutes les données actuelles par les siennes ?</source>
      <translation>Deze back-up is niet van deze database gemaakt, maar van een andere. Toch alle huidige gegevens door de hare vervangen?</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="104" />
      <source>Choisir la clé USB ou le dossier de sauvegarde</source>
      <translation>De USB-stick of de back-upmap kiezen</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="39" />
      <source>Corbeille…</source>
      <translation>Prullenbak…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="97" />
      <source>Fichier › Sauvegarder sur clé USB… (Ctrl+Maj+S)</source>
      <translation>Bestand › Back-up maken op USB-stick… (Ctrl+Shift+S)</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="135" />
      <source>La sauvegarde est enregistrée :
{path}
Vous pouvez retirer la clé.</source>
      <translation>De back-up is opgeslagen:
{path}
Je kunt de stick eruit halen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="50" />
      <source>Lecture seule : rien ne peut être modifié.</source>
      <translation>Alleen lezen: er kan niets veranderd worden.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="36" />
      <source>Ouvrir le dossier des journaux</source>
      <translation>De map met logbestanden openen</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="165" />
      <source>Remplacer les données actuelles par la sauvegarde du {when} ({cohorts}, {people}) ?

Les données actuelles seront d'abord gardées dans le dossier des sauvegardes. L'application va se rouvrir.</source>
      <translation>De huidige gegevens vervangen door de back-up van {when} ({cohorts}, {people})?

De huidige gegevens worden eerst bewaard in de map met back-ups. De toepassing wordt opnieuw geopend.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="157" />
      <source>Restauration impossible</source>
      <translation>Terugzetten niet mogelijk</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="163" />
      <source>Restaurer une sauvegarde</source>
      <translation>Een back-up terugzetten</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="33" />
      <source>Restaurer une sauvegarde…</source>
      <translation>Een back-up terugzetten…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="190" />
      <source>Sauvegarde d'une autre base</source>
      <translation>Back-up van een andere database</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="133" />
      <source>Sauvegarde faite</source>
      <translation>Back-up gemaakt</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="128" />
      <source>Sauvegarde impossible</source>
      <translation>Back-up niet mogelijk</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="30" />
      <source>Sauvegarder sur clé USB…</source>
      <translation>Back-up maken op USB-stick…</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="114" />
      <source>Sauvegardes</source>
      <translation>Back-ups</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="92" />
      <source>Sauvegardée sur clé aujourd'hui</source>
      <translation>Vandaag een back-up op de stick gemaakt</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="94" />
      <source>Sauvegardée sur clé il y a %n jour(s)</source>
      <translation>
        <numerusform>%n dag geleden een back-up op de stick gemaakt</numerusform>
        <numerusform>%n dagen geleden een back-up op de stick gemaakt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/actions.py" line="88" />
      <source>⚠ Jamais sauvegardée sur clé USB</source>
      <translation>⚠ Nog nooit een back-up op USB-stick gemaakt</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/safety/actions.py" line="90" />
      <source>⚠ Pas de sauvegarde sur clé depuis %n jour(s)</source>
      <translation>
        <numerusform>⚠ Al %n dag geen back-up op de stick</numerusform>
        <numerusform>⚠ Al %n dagen geen back-up op de stick</numerusform>
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
      <translation>Annuleert uitgave nr. {n}: {r}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="39" />
      <source>Catégorie</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="37" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="38" />
      <source>Fournisseur</source>
      <translation>Leverancier</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="41" />
      <source>Montant</source>
      <translation>Bedrag</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="46" />
      <source>Payé par</source>
      <translation>Betaald door</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="52" />
      <source>Remarque</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="48" />
      <source>Remboursée</source>
      <translation>Terugbetaald</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="51" />
      <source>Ticket</source>
      <translation>Kasticket</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/expenses.py" line="59" />
      <source>la caisse</source>
      <translation>de kassa</translation>
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
      <translation> (afgesloten)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="63" />
      <source>Allergènes…</source>
      <translation>Allergenen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="228" />
      <source>Choisissez une cohorte.</source>
      <translation>Kies een groep.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="231" />
      <source>Clôturée : corrections seulement</source>
      <translation>Afgesloten: enkel correcties</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="84" />
      <source>Comptage</source>
      <translation>Telling</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="92" />
      <source>Dépenses</source>
      <translation>Uitgaven</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="87" />
      <source>Fin de journée</source>
      <translation>Einde van de dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="59" />
      <source>Liste des prix du jour, avec les allergènes, à afficher</source>
      <translation>Prijslijst van de dag, met de allergenen, om op te hangen</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="47" />
      <source>Nouvelle vente (Ctrl+N)</source>
      <translation>Nieuwe verkoop (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="45" />
      <source>Nouvelle vente…</source>
      <translation>Nieuwe verkoop…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="233" />
      <source>Ouverte</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="226" />
      <source>Pas encore de vente dans cette cohorte.</source>
      <translation>Nog geen verkoop in deze groep.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="57" />
      <source>Prix…</source>
      <translation>Prijzen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="97" />
      <source>Résumé</source>
      <translation>Samenvatting</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="53" />
      <source>Supprimer la vente</source>
      <translation>De verkoop verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="51" />
      <source>Supprimer…</source>
      <translation>Verwijderen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="65" />
      <source>Tableau des allergènes de chaque produit du jour</source>
      <translation>Allergenentabel van elk product van de dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="42" />
      <source>Vente</source>
      <translation>Verkoop</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="105" />
      <source>Vente :</source>
      <translation>Verkoop:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="157" />
      <source>Ventes</source>
      <translation>Verkoop</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="235" />
      <source>délégué : {name}</source>
      <translation>verantwoordelijke: {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tab.py" line="237" />
      <source>déléguée : {name}</source>
      <translation>verantwoordelijke: {name}</translation>
    </message>
  </context>
  <context>
    <name>Schedule</name>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="121" />
      <source>ANNULÉE</source>
      <translation>GEANNULEERD</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="63" />
      <source>Animé par</source>
      <translation>Begeleid door</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="53" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="377" />
      <source>Fait</source>
      <translation>Gedaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="31" />
      <source>Fermetures</source>
      <translation>Sluitingen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="413" />
      <source>Graphique des heures</source>
      <translation>Grafiek van de uren</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="55" />
      <location filename="../../app/ui/schedule/models.py" line="150" />
      <location filename="../../app/ui/schedule/views.py" line="402" />
      <source>Heures</source>
      <translation>Uren</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="247" />
      <source>Heures faites</source>
      <translation>Gedane uren</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="391" />
      <source>Heures par type : prévues et faites</source>
      <translation>Uren per soort: gepland en gedaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="339" />
      <source>Il manque {n} au programme prévu.</source>
      <translation>Het geplande programma komt {n} tekort.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="68" />
      <source>Jours de fermeture (les jours fériés belges sont connus)</source>
      <translation>Sluitingsdagen (Belgische feestdagen zijn gekend)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="356" />
      <source>Le programme prévu atteint les objectifs.</source>
      <translation>Het geplande programma haalt de doelen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="66" />
      <source>Lieu</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="246" />
      <source>Matinées faites</source>
      <translation>Gedane voormiddagen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="61" />
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="60" />
      <source>Nouveau module…</source>
      <translation>Nieuwe module…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="48" />
      <source>Nouveau prérequis…</source>
      <translation>Nieuwe voorwaarde…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="36" />
      <source>Nouvelle fermeture…</source>
      <translation>Nieuwe sluiting…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="251" />
      <source>Pratique (cuisine, ventes, visites…)</source>
      <translation>Praktijk (keuken, verkoop, bezoeken…)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="34" />
      <source>Prérequis</source>
      <translation>Voorwaarde</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="77" />
      <source>Prérequis : ce qu'il faut avoir suivi avant</source>
      <translation>Voorwaarden: wat eerst gevolgd moet zijn</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="181" />
      <source>Présences : membres et matinées</source>
      <translation>Aanwezigheden: leden en voormiddagen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="376" />
      <source>Prévu</source>
      <translation>Gepland</translation>
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
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="42" />
      <source>Supprimer la fermeture</source>
      <translation>De sluiting verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="143" />
      <source>Supprimer la fermeture « {text} » ?</source>
      <translation>De sluiting „{text}” verwijderen?</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="176" />
      <source>Supprimer la règle « {text} » ?</source>
      <translation>De regel „{text}” verwijderen?</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="54" />
      <source>Supprimer le prérequis</source>
      <translation>De voorwaarde verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="152" />
      <source>Taux</source>
      <translation>Tarief</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="248" />
      <source>Théorie</source>
      <translation>Theorie</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="124" />
      <source>Trop tôt : voir le message en haut</source>
      <translation>Te vroeg: zie het bericht bovenaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="57" />
      <source>Type</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="120" />
      <source>ajout d'un prérequis</source>
      <translation>een voorwaarde toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="95" />
      <source>ajout d'une fermeture</source>
      <translation>een sluiting toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="113" />
      <source>cette cohorte</source>
      <translation>deze groep</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="115" />
      <source>fermé</source>
      <translation>gesloten</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="80" />
      <source>note de présence</source>
      <translation>aanwezigheid noteren</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="154" />
      <source>nouveau sous-groupe {name}</source>
      <translation>nieuwe subgroep {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="189" />
      <source>rien de noté</source>
      <translation>niets genoteerd</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="178" />
      <source>sous-groupe renommé {name}</source>
      <translation>subgroep hernoemd tot {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="140" />
      <source>suppression d'un prérequis</source>
      <translation>een voorwaarde verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="109" />
      <source>suppression d'une fermeture</source>
      <translation>een sluiting verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/commands.py" line="48" />
      <source>suppression de la matinée du {date}</source>
      <translation>de voormiddag van {date} verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/rules_page.py" line="111" />
      <source>toutes les cohortes</source>
      <translation>alle groepen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="301" />
      <source>{done} faites sur {target} (prévues : {planned})</source>
      <translation>{done} gedaan van {target} (gepland: {planned})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/views.py" line="310" />
      <source>{done} matinée(s) faite(s) sur {target} (prévues : {planned})</source>
      <translation>
        <numerusform>{done} voormiddag gedaan van {target} (gepland: {planned})</numerusform>
        <numerusform>{done} voormiddagen gedaan van {target} (gepland: {planned})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/views.py" line="347" />
      <source>{group} : il manque {n} au programme prévu.</source>
      <translation>{group}: het geplande programma komt {n} tekort.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="42" />
      <source>{hours} h</source>
      <translation>{hours} u</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/models.py" line="204" />
      <source>{n} matinées manquées de suite : prenez de ses nouvelles.</source>
      <translation>{n} voormiddagen na elkaar gemist: vraag hoe het met haar gaat.</translation>
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
        <numerusform>%n voormiddag toegevoegd.</numerusform>
        <numerusform>%n voormiddagen toegevoegd.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="479" />
      <source>Ajouter une matinée</source>
      <translation>Een voormiddag toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="193" />
      <location filename="../../app/ui/schedule/tab.py" line="407" />
      <location filename="../../app/ui/schedule/tab.py" line="568" />
      <source>Annuler la matinée</source>
      <translation>De voormiddag annuleren</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="570" />
      <source>Annuler la matinée du {date} ? Elle reste dans l'horaire, barrée, et ne compte plus.</source>
      <translation>De voormiddag van {date} annuleren? Hij blijft in het rooster, doorgestreept, en telt niet meer mee.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="853" />
      <source>Calendrier enregistré : {path}</source>
      <translation>Kalender opgeslagen: {path}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="728" />
      <location filename="../../app/ui/schedule/tab.py" line="751" />
      <source>Cette cohorte n'a pas de sous-groupe.</source>
      <translation>Deze groep heeft geen subgroep.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="99" />
      <source>Cette semaine</source>
      <translation>Deze week</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="89" />
      <source>Choisissez ou créez une cohorte pour voir son horaire.</source>
      <translation>Kies of maak een groep om het rooster te zien.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="211" />
      <source>Copier cette semaine…</source>
      <translation>Deze week kopiëren…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="635" />
      <source>Copier la semaine</source>
      <translation>De week kopiëren</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="189" />
      <source>Déplacer (Alt+Gauche / Alt+Droite : un jour plus tôt ou plus tard)</source>
      <translation>Verplaatsen (Alt+Links / Alt+Rechts: een dag vroeger of later)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="538" />
      <location filename="../../app/ui/schedule/tab.py" line="558" />
      <source>Déplacer la matinée</source>
      <translation>De voormiddag verplaatsen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="186" />
      <source>Déplacer…</source>
      <translation>Verplaatsen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="835" />
      <source>Exporter le calendrier</source>
      <translation>De kalender exporteren</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="225" />
      <source>Exporter le calendrier (.ics)…</source>
      <translation>De kalender exporteren (.ics)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="801" />
      <source>Exporter les présences</source>
      <translation>Aanwezigheden exporteren</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="228" />
      <source>Exporter les présences (tableur .csv)…</source>
      <translation>Aanwezigheden exporteren (rekenblad .csv)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="693" />
      <source>Fermeture ajoutée du {start} au {end}.</source>
      <translation>Sluiting toegevoegd van {start} tot {end}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="124" />
      <source>Fermetures et prérequis</source>
      <translation>Sluitingen en voorwaarden</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="796" />
      <source>Feuilles de présence à signer</source>
      <translation>Aanwezigheidslijsten om te tekenen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="222" />
      <source>Feuilles de présence à signer (cette semaine)</source>
      <translation>Aanwezigheidslijsten om te tekenen (deze week)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="672" />
      <source>Générer une période</source>
      <translation>Een periode maken</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="210" />
      <source>Générer une période…</source>
      <translation>Een periode maken…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="123" />
      <source>Heures</source>
      <translation>Uren</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="257" />
      <source>Horaire</source>
      <translation>Rooster</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="827" />
      <source>Impossible d'écrire le fichier : {error}</source>
      <translation>Kan het bestand niet schrijven: {error}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="199" />
      <source>Imprimer la semaine</source>
      <translation>De week afdrukken</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="202" />
      <source>Imprimer la semaine pour le mur de la cuisine (Ctrl+P)</source>
      <translation>De week afdrukken voor de muur van de keuken (Ctrl+P)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="612" />
      <source>Jours qui avaient déjà une matinée : %n.</source>
      <translation>
        <numerusform>%n dag had al een voormiddag.</numerusform>
        <numerusform>%n dagen hadden al een voormiddag.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="660" />
      <source>Jours qui ont déjà une matinée : %n.</source>
      <translation>
        <numerusform>%n dag heeft al een voormiddag.</numerusform>
        <numerusform>%n dagen hebben al een voormiddag.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="615" />
      <source>Jours sautés : {days}</source>
      <translation>Overgeslagen dagen: {days}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="121" />
      <source>Liste</source>
      <translation>Lijst</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="134" />
      <source>Liste des matinées</source>
      <translation>Lijst van de voormiddagen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/schedule/tab.py" line="652" />
      <source>Matinées à ajouter : %n.</source>
      <translation>
        <numerusform>%n voormiddag wordt toegevoegd.</numerusform>
        <numerusform>%n voormiddagen worden toegevoegd.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="183" />
      <source>Modifier</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="506" />
      <source>Modifier la matinée</source>
      <translation>De voormiddag wijzigen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="213" />
      <source>Nouveau sous-groupe…</source>
      <translation>Nieuwe subgroep…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="212" />
      <source>Nouvelle fermeture…</source>
      <translation>Nieuwe sluiting…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="176" />
      <source>Nouvelle matinée</source>
      <translation>Nieuwe voormiddag</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="179" />
      <source>Nouvelle matinée (Ctrl+N)</source>
      <translation>Nieuwe voormiddag (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="205" />
      <source>Plus d'actions</source>
      <translation>Meer acties</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="206" />
      <source>Plus…</source>
      <translation>Meer…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="122" />
      <source>Présences</source>
      <translation>Aanwezigheden</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="819" />
      <source>Présences enregistrées : {path}</source>
      <translation>Aanwezigheden opgeslagen: {path}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="215" />
      <source>Renommer un sous-groupe…</source>
      <translation>Subgroep hernoemen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="405" />
      <source>Rétablir la matinée</source>
      <translation>De voormiddag terugzetten</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="655" />
      <source>Sautés : {days}.</source>
      <translation>Overgeslagen: {days}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="120" />
      <source>Semaine</source>
      <translation>Week</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="97" />
      <source>Semaine d'après ▶</source>
      <translation>Volgende week ▶</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="310" />
      <source>Semaine du {start} au {end}</source>
      <translation>Week van {start} tot {end}</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="781" />
      <source>Semaine à imprimer</source>
      <translation>Week om af te drukken</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="196" />
      <source>Supprimer</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="218" />
      <source>Supprimer un sous-groupe…</source>
      <translation>Subgroep verwijderen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="803" />
      <source>Tableur CSV (*.csv)</source>
      <translation>CSV-rekenblad (*.csv)</translation>
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
        <numerusform>… en %n andere: zie de lijst.</numerusform>
        <numerusform>… en %n andere: zie de lijst.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/tab.py" line="94" />
      <source>◀ Semaine d'avant</source>
      <translation>◀ Vorige week</translation>
    </message>
  </context>
  <context>
    <name>SharingDialog</name>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="394" />
      <source>A participé</source>
      <translation>Heeft meegedaan</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="458" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation>Kies eerst een groep.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="433" />
      <source>Date *</source>
      <translation>Datum *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="439" />
      <source>Décision</source>
      <translation>Beslissing</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="394" />
      <source>Heures</source>
      <translation>Uren</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="437" />
      <source>Heures de présence</source>
      <translation>Uren aanwezig</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="436" />
      <source>Le reste</source>
      <translation>De rest</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="394" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="438" />
      <source>Objections</source>
      <translation>Bezwaren</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="435" />
      <source>Part au fonds commun</source>
      <translation>Deel voor het gemeenschappelijk fonds</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="383" />
      <source>Partage du résultat (par consentement)</source>
      <translation>Verdeling van de winst (met instemming)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="434" />
      <source>Proposition *</source>
      <translation>Voorstel *</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="420" />
      <source>Revoir la décision le :</source>
      <translation>De beslissing opnieuw bekijken op:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="429" />
      <source>Résultat de la cohorte : {p}</source>
      <translation>Winst van de groep: {p}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="440" />
      <source>Révision</source>
      <translation>Herziening</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/dialogs.py" line="415" />
      <source>Une objection par ligne : objection =&gt; comment elle a été intégrée</source>
      <translation>Eén bezwaar per regel: bezwaar =&gt; hoe het opgenomen is</translation>
    </message>
  </context>
  <context>
    <name>SheetMap</name>
    <message>
      <location filename="../../app/ui/labels/sheet_map.py" line="24" />
      <source>Cliquez sur la première étiquette libre de la feuille.</source>
      <translation>Klik op het eerste vrije etiket van het blad.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/sheet_map.py" line="22" />
      <source>Première feuille : cliquez sur la première étiquette libre</source>
      <translation>Eerste blad: klik op het eerste vrije etiket</translation>
    </message>
  </context>
  <context>
    <name>SignDialog</name>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="73" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="64" />
      <source>Signer le document</source>
      <translation>Het document tekenen</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="74" />
      <source>Signé le</source>
      <translation>Getekend op</translation>
    </message>
  </context>
  <context>
    <name>Stock</name>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="234" />
      <source>Achat d'ingrédient</source>
      <translation>Aankoop van ingrediënt</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/soon_text.py" line="33" />
      <source>Bientôt périmés (ou périmés) :</source>
      <translation>Bijna vervallen (of vervallen):</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="292" />
      <source>Comptage du stock</source>
      <translation>Voorraadtelling</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="263" />
      <source>Lot fabriqué</source>
      <translation>Gemaakt lot</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="325" />
      <source>Perte</source>
      <translation>Verlies</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/soon_text.py" line="20" />
      <source>{name}, lot {lot} : {left} en stock, PÉRIMÉ depuis le {date}</source>
      <translation>{name}, lot {lot}: {left} in voorraad, VERVALLEN sinds {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/soon_text.py" line="24" />
      <source>{name}, lot {lot} : {left} en stock, date {date}</source>
      <translation>{name}, lot {lot}: {left} in voorraad, datum {date}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/kitchen/soon_text.py" line="37" />
      <source>… et %n autre(s) : voir « Stock et lots… »</source>
      <translation>
        <numerusform>… en %n andere: zie „Voorraad en loten…”</numerusform>
        <numerusform>… en %n andere: zie „Voorraad en loten…”</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StockDialog</name>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="344" />
      <source>Acheté : {ingredient}, {supplier}, le {date}, lot {lot}</source>
      <translation>Gekocht: {ingredient}, {supplier}, op {date}, lot {lot}</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="89" />
      <source>Acheté le</source>
      <translation>Gekocht op</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="338" />
      <source>Aucun achat ni lot fabriqué avec ce numéro.</source>
      <translation>Geen aankoop of gemaakt lot met dit nummer.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="304" />
      <source>Choisissez d'abord le lot dans la liste des produits.</source>
      <translation>Kies eerst het lot in de lijst van producten.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="113" />
      <source>Compter le stock…</source>
      <translation>Voorraad tellen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="68" />
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="91" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="71" />
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="94" />
      <source>En stock</source>
      <translation>In voorraad</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="66" />
      <source>Fabriqué le</source>
      <translation>Gemaakt op</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="128" />
      <source>Fermer</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="184" />
      <source>Imprimer la traçabilité…</source>
      <translation>Traceerbaarheid afdrukken…</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="86" />
      <source>Ingrédient</source>
      <translation>Ingrediënt</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="100" />
      <source>Ingrédients en stock</source>
      <translation>Ingrediënten in voorraad</translation>
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
      <translation>Lot {lot}: {product}, gemaakt op {date}; verkocht: {days}</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="163" />
      <source>Noter la perte du lot choisi</source>
      <translation>Verlies van het gekozen lot noteren</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="112" />
      <source>Nouveau lot fabriqué…</source>
      <translation>Nieuw gemaakt lot…</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="111" />
      <source>Nouvel achat…</source>
      <translation>Nieuwe aankoop…</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="174" />
      <source>Numéro de lot à retrouver</source>
      <translation>Te zoeken lotnummer</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="64" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="76" />
      <source>Produits en stock</source>
      <translation>Producten in voorraad</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="154" />
      <source>Raison de la perte</source>
      <translation>Reden van het verlies</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="183" />
      <source>Retrouver le lot</source>
      <translation>Lot terugvinden</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="203" />
      <source>Rien n'est bientôt périmé.</source>
      <translation>Niets vervalt binnenkort.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="57" />
      <source>Stock et lots</source>
      <translation>Voorraad en loten</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="378" />
      <source>Traçabilité du lot</source>
      <translation>Traceerbaarheid van het lot</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="153" />
      <source>Unités perdues</source>
      <translation>Verloren stuks</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="70" />
      <source>Vendues</source>
      <translation>Verkocht</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="175" />
      <source>numéro de lot : étiquette ou fournisseur</source>
      <translation>lotnummer: etiket of leverancier</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/stock_dialog.py" line="145" />
      <source>par exemple : tombées, date dépassée</source>
      <translation>bijvoorbeeld: gevallen, vervallen</translation>
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
      <translation>Nieuwe naam *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="67" />
      <source>Renommer un sous-groupe</source>
      <translation>Subgroep hernoemen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="65" />
      <source>Sous-groupe</source>
      <translation>Subgroep</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="74" />
      <source>Supprimer un sous-groupe</source>
      <translation>Subgroep verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="80" />
      <source>Supprimer…</source>
      <translation>Verwijderen…</translation>
    </message>
  </context>
  <context>
    <name>SubgroupDialog</name>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="37" />
      <source>Nom *</source>
      <translation>Naam *</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="23" />
      <source>Nouveau sous-groupe</source>
      <translation>Nieuwe subgroep</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="25" />
      <source>Par exemple : Informatique A</source>
      <translation>Bijvoorbeeld: Informatica A</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/subgroup_dialog.py" line="38" />
      <source>Ses membres *</source>
      <translation>Leden *</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="184" />
      <source>&lt;b&gt;La cohorte&lt;/b&gt; ({n} ventes)</source>
      <translation>&lt;b&gt;De groep&lt;/b&gt; ({n} verkopen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="158" />
      <source>&lt;b&gt;La journée&lt;/b&gt; ({title})&lt;br&gt;Chiffre d'affaires TVAC : {incl}&lt;br&gt;TVA : {vat}&lt;br&gt;Par paiement : {methods}</source>
      <translation>&lt;b&gt;De dag&lt;/b&gt; ({title})&lt;br&gt;Omzet incl. btw: {incl}&lt;br&gt;Btw: {vat}&lt;br&gt;Per betaling: {methods}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/sales/summary.py" line="122" />
      <source>&lt;br&gt;&lt;b&gt;Vendu plus que le stock noté : %n unité(s).&lt;/b&gt; Le comptage sur papier compte ; vérifiez les lots fabriqués (Aujourd'hui, « Stock et lots »).</source>
      <translation>
        <numerusform>&lt;br&gt;&lt;b&gt;Meer verkocht dan de genoteerde voorraad: %n stuk.&lt;/b&gt; De telling op papier telt; controleer de gemaakte loten (Vandaag, „Voorraad en loten”).</numerusform>
        <numerusform>&lt;br&gt;&lt;b&gt;Meer verkocht dan de genoteerde voorraad: %n stuks.&lt;/b&gt; De telling op papier telt; controleer de gemaakte loten (Vandaag, „Voorraad en loten”).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="187" />
      <source>&lt;br&gt;Meilleures ventes : {best}</source>
      <translation>&lt;br&gt;Best verkocht: {best}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/sales/summary.py" line="182" />
      <source>&lt;br&gt;Pertes (produits jetés) : %n unité(s)</source>
      <translation>
        <numerusform>&lt;br&gt;Verliezen (weggegooide producten): %n stuk</numerusform>
        <numerusform>&lt;br&gt;Verliezen (weggegooide producten): %n stuks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/sales/summary.py" line="120" />
      <source>&lt;br&gt;Pertes du jour : %n unité(s)</source>
      <translation>
        <numerusform>&lt;br&gt;Verliezen van de dag: %n stuk</numerusform>
        <numerusform>&lt;br&gt;Verliezen van de dag: %n stuks</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="117" />
      <source>&lt;br&gt;Reporté des jours précédents : {products}</source>
      <translation>&lt;br&gt;Overgedragen van vorige dagen: {products}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="232" />
      <source>Aucune décision de partage pour cette cohorte.</source>
      <translation>Geen beslissing over de verdeling voor deze groep.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="171" />
      <source>Aucune vente choisie.</source>
      <translation>Geen verkoop gekozen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="60" />
      <source>Décider le partage du résultat…</source>
      <translation>Beslissen over de verdeling van de winst…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="246" />
      <source>Exporter en CSV</source>
      <translation>Exporteren als CSV</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="69" />
      <source>Exporter les dépenses (CSV)…</source>
      <translation>De uitgaven exporteren (CSV)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="66" />
      <source>Exporter les ventes (CSV)…</source>
      <translation>De verkoop exporteren (CSV)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="50" />
      <source>Graphique de la recette par vente</source>
      <translation>Grafiek van de omzet per verkoop</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="267" />
      <source>Impossible d'écrire ce fichier : {e}</source>
      <translation>Kan dit bestand niet schrijven: {e}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="63" />
      <source>Imprimer le partage…</source>
      <translation>De verdeling afdrukken…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="57" />
      <source>Imprimer le résumé de la cohorte…</source>
      <translation>De samenvatting van de groep afdrukken…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="53" />
      <source>Imprimer le résumé du jour…</source>
      <translation>De samenvatting van de dag afdrukken…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="231" />
      <location filename="../../app/ui/sales/summary.py" line="237" />
      <source>Partage du résultat</source>
      <translation>Verdeling van de winst</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="175" />
      <source>Recette HTVA</source>
      <translation>Omzet zonder btw</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="49" />
      <source>Recette par vente (hors TVA, €)</source>
      <translation>Omzet per verkoop (zonder btw, €)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="215" />
      <source>Résumé de la cohorte</source>
      <translation>Samenvatting van de groep</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="203" />
      <source>Résumé de la journée</source>
      <translation>Samenvatting van de dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/summary.py" line="270" />
      <source>{n} lignes exportées.</source>
      <translation>{n} regels geëxporteerd.</translation>
    </message>
  </context>
  <context>
    <name>Tabs</name>
    <message>
      <location filename="../../app/ui/tabs.py" line="40" />
      <source>Aujourd'hui</source>
      <translation>Vandaag</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="77" />
      <source>Déléguées</source>
      <translation>Verantwoordelijken</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="44" />
      <source>Horaire</source>
      <translation>Rooster</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="105" />
      <source>Membres</source>
      <translation>Leden</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="52" />
      <source>Menus</source>
      <translation>Menu's</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="69" />
      <source>Ventes</source>
      <translation>Verkoop</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="97" />
      <source>Vie coopérative</source>
      <translation>Coöperatief leven</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="65" />
      <source>Étiquettes</source>
      <translation>Etiketten</translation>
    </message>
    <message>
      <location filename="../../app/ui/tabs.py" line="84" />
      <source>Évaluations</source>
      <translation>Evaluaties</translation>
    </message>
  </context>
  <context>
    <name>TallyPage</name>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="230" />
      <source>Ajouter un {name}</source>
      <translation>Eén {name} toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="145" />
      <source>Annuler le dernier appui (Ctrl+Z)</source>
      <translation>De laatste klik ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="319" />
      <source>Annulé : {tap}</source>
      <translation>Ongedaan gemaakt: {tap}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="203" />
      <source>Cette vente est celle du {date}, pas d'aujourd'hui. Pour vendre aujourd'hui, cliquez sur « Nouvelle vente… ».</source>
      <translation>Deze verkoop is die van {date}, niet van vandaag. Om vandaag te verkopen, klik op "Nieuwe verkoop…".</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="170" />
      <source>Chaque appui est enregistré tout de suite. F1 à F9 : +1 du produit 1 à 9 ; Maj+F1 à F9 : −1. Ceci est un outil de comptage, pas une caisse enregistreuse certifiée.</source>
      <translation>Elke klik wordt meteen opgeslagen. F1 tot F9: +1 van product 1 tot 9; Shift+F1 tot F9: −1. Dit is een hulpmiddel om te tellen, geen gecertificeerde kassa.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="260" />
      <source>Choisissez ou créez une vente.</source>
      <translation>Kies of maak een verkoop.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="122" />
      <source>Code-barres</source>
      <translation>Streepjescode</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="237" />
      <source>Enlever un {name}</source>
      <translation>Eén {name} weghalen</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="279" />
      <source>Journée clôturée. </source>
      <translation>Dag afgesloten. </translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="99" />
      <source>Paiement :</source>
      <translation>Betaling:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="109" />
      <source>Paiement : {m}</source>
      <translation>Betaling: {m}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="321" />
      <source>Rétabli : {tap}</source>
      <translation>Opnieuw gedaan: {tap}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="148" />
      <source>Rétablir (Ctrl+Y)</source>
      <translation>Opnieuw doen (Ctrl+Y)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="120" />
      <source>Scanner un code-barres ici (ou taper le code puis Entrée)</source>
      <translation>Scan hier een streepjescode (of typ de code en druk op Enter)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sales/tally.py" line="275" />
      <source>Total : {amount}</source>
      <translation>Totaal: {amount}</translation>
    </message>
  </context>
  <context>
    <name>TaskDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="93" />
      <source>Nouvelle tâche</source>
      <translation>Nieuwe taak</translation>
    </message>
  </context>
  <context>
    <name>TaskFields</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="56" />
      <source>(aucun)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="48" />
      <source>(personne en particulier)</source>
      <translation>(niemand in het bijzonder)</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="49" />
      <source>Avec une date limite</source>
      <translation>Met een uiterste datum</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="77" />
      <source>Cercle</source>
      <translation>Kring</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="72" />
      <source>Nouvelle tâche</source>
      <translation>Nieuwe taak</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="76" />
      <source>Pour quand</source>
      <translation>Tegen wanneer</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="75" />
      <source>Pour qui</source>
      <translation>Voor wie</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="70" />
      <source>Tâche *</source>
      <translation>Taak *</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="47" />
      <source>par exemple : acheter des dattes</source>
      <translation>bijvoorbeeld: dadels kopen</translation>
    </message>
  </context>
  <context>
    <name>TastingDialog</name>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="32" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="33" />
      <source>Lieu</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="21" />
      <source>Nouvelle dégustation</source>
      <translation>Nieuwe proeverij</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/dialogs.py" line="31" />
      <source>Produit et version</source>
      <translation>Product en versie</translation>
    </message>
  </context>
  <context>
    <name>Tastings</name>
    <message>
      <location filename="../../app/ui/tastings/chart.py" line="64" />
      <source>Graphique des notes par version</source>
      <translation>Grafiek van de scores per versie</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/chart.py" line="35" />
      <source>Note moyenne sur 5, par version</source>
      <translation>Gemiddelde score op 5, per versie</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/commands.py" line="41" />
      <source>déplacement de la question « {q} »</source>
      <translation>verplaatsen van de vraag “{q}”</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/commands.py" line="21" />
      <source>modification de la question « {q} »</source>
      <translation>wijzigen van de vraag “{q}”</translation>
    </message>
  </context>
  <context>
    <name>TastingsPage</name>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="102" />
      <source>Ajouter…</source>
      <translation>Toevoegen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="239" />
      <source>Coût</source>
      <translation>Kostprijs</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="129" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="108" />
      <source>Descendre</source>
      <translation>Omlaag</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="136" />
      <source>Dégustations</source>
      <translation>Proeverijen</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="142" />
      <source>Dégustations du produit</source>
      <translation>Proeverijen van het product</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="132" />
      <location filename="../../app/ui/tastings/page.py" line="232" />
      <source>Formulaires</source>
      <translation>Formulieren</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="88" />
      <source>Genre</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="71" />
      <source>Imprimer le questionnaire…</source>
      <translation>Vragenlijst afdrukken…</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="131" />
      <source>Lieu</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="242" />
      <source>Marge</source>
      <translation>Marge</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="104" />
      <source>Modifier…</source>
      <translation>Wijzigen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="106" />
      <source>Monter</source>
      <translation>Omhoog</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="161" />
      <source>Notes moyennes sur 5, avec le coût, le prix et la marge par pièce.</source>
      <translation>Gemiddelde scores op 5, met de kostprijs, de prijs en de marge per stuk.</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="63" />
      <source>Nouvelle dégustation…</source>
      <translation>Nieuwe proeverij…</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="87" />
      <source>N°</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="240" />
      <source>Prix de vente</source>
      <translation>Verkoopprijs</translation>
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
      <translation>Vraag</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="390" />
      <source>Questionnaire de dégustation</source>
      <translation>Proefvragenlijst</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="94" />
      <source>Questions de la version</source>
      <translation>Vragen van de versie</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="113" />
      <source>Questions de la version choisie</source>
      <translation>Vragen van de gekozen versie</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="90" />
      <source>Réponses possibles</source>
      <translation>Mogelijke antwoorden</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="153" />
      <source>Résultats par version</source>
      <translation>Resultaten per versie</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="158" />
      <source>Résultats, version après version</source>
      <translation>Resultaten, versie na versie</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="65" />
      <source>Saisir les formulaires…</source>
      <translation>Formulieren invoeren…</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="111" />
      <source>Supprimer</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="68" />
      <source>Taper les formulaires papier de la dégustation choisie</source>
      <translation>De papieren formulieren van de gekozen proeverij invoeren</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="61" />
      <location filename="../../app/ui/tastings/page.py" line="130" />
      <location filename="../../app/ui/tastings/page.py" line="231" />
      <source>Version</source>
      <translation>Versie</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="76" />
      <source>Version :</source>
      <translation>Versie:</translation>
    </message>
    <message>
      <location filename="../../app/ui/tastings/page.py" line="360" />
      <source>dégustation du {day}</source>
      <translation>proeverij van {day}</translation>
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
      <translation>Corrigerende maatregel</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="51" />
      <source>Pas encore de frigo ni de congélateur : ajoutez-les dans l'onglet « Déléguées », « Listes du jour… », bouton « Frigos… ».</source>
      <translation>Nog geen koelkast of diepvriezer: voeg ze toe in het tabblad « Verantwoordelijken », « Lijsten van de dag… », knop « Koelkasten… ».</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="19" />
      <source>Températures du jour</source>
      <translation>Temperaturen van vandaag</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="27" />
      <source>par exemple 4 ou -18,5</source>
      <translation>bijvoorbeeld 4 of -18,5</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="29" />
      <source>si hors limites : ce qui a été fait</source>
      <translation>indien buiten de grenzen: wat er gedaan is</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="33" />
      <source>{name} (de {low} à {high})</source>
      <translation>{name} (van {low} tot {high})</translation>
    </message>
    <message>
      <location filename="../../app/ui/kitchen/temperature_dialog.py" line="42" />
      <source>Écrivez la température lue sur le thermomètre. Hors limites : notez ce que vous avez fait (porte refermée, produits jetés…).</source>
      <translation>Schrijf de temperatuur die de thermometer toont. Buiten de grenzen: noteer wat u gedaan hebt (deur gesloten, producten weggegooid…).</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="28" />
      <source>Code du modèle *</source>
      <translation>Code van het model *</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="38" />
      <source>Colonnes</source>
      <translation>Kolommen</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="33" />
      <source>Hauteur d'une étiquette (mm)</source>
      <translation>Hoogte van een etiket (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="31" />
      <source>Hauteur de la page (mm)</source>
      <translation>Hoogte van de pagina (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="32" />
      <source>Largeur d'une étiquette (mm)</source>
      <translation>Breedte van een etiket (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="30" />
      <source>Largeur de la page (mm)</source>
      <translation>Breedte van de pagina (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="35" />
      <source>Marge en haut (mm)</source>
      <translation>Marge boven (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="34" />
      <source>Marge à gauche (mm)</source>
      <translation>Marge links (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="29" />
      <source>Mes étiquettes</source>
      <translation>Mijn etiketten</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="52" />
      <source>Mesurez sur la feuille, depuis le coin en haut à gauche. Le pas est la distance entre le début d'une étiquette et le début de la suivante.</source>
      <translation>Meet op het blad, vanaf de hoek linksboven. De stap is de afstand tussen het begin van een etiket en het begin van het volgende.</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="29" />
      <source>Nom</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="25" />
      <source>Nouveau modèle d'étiquettes</source>
      <translation>Nieuw etikettenmodel</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="36" />
      <source>Pas horizontal (mm)</source>
      <translation>Horizontale stap (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="37" />
      <source>Pas vertical (mm)</source>
      <translation>Verticale stap (mm)</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels/template_dialog.py" line="39" />
      <source>Rangées</source>
      <translation>Rijen</translation>
    </message>
  </context>
  <context>
    <name>TermDialog</name>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="275" />
      <source>Au</source>
      <translation>Tot</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="274" />
      <source>Du</source>
      <translation>Van</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="277" />
      <source>Début</source>
      <translation>Begin</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="278" />
      <source>Fin</source>
      <translation>Einde</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="253" />
      <source>Générer une période</source>
      <translation>Een periode maken</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="276" />
      <source>Jours</source>
      <translation>Dagen</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="288" />
      <source>Les jours fériés belges et les fermetures sont sautés.</source>
      <translation>Belgische feestdagen en sluitingen worden overgeslagen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="281" />
      <source>Lieu</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="280" />
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <location filename="../../app/ui/schedule/dialogs.py" line="279" />
      <source>Type</source>
      <translation>Soort</translation>
    </message>
  </context>
  <context>
    <name>Today</name>
    <message>
      <location filename="../../app/ui/today/tab.py" line="506" />
      <source>Cocher « {text} »</source>
      <translation>"{text}" afvinken</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="506" />
      <source>Décocher « {text} »</source>
      <translation>"{text}" niet meer afvinken</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="439" />
      <source>Températures du jour</source>
      <translation>Temperaturen van vandaag</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="537" />
      <source>Tâche faite : {text}</source>
      <translation>Taak gedaan: {text}</translation>
    </message>
  </context>
  <context>
    <name>TodayTab</name>
    <message numerus="yes">
      <location filename="../../app/ui/today/tab.py" line="296" />
      <source>%n suivi(s) après le programme à faire : onglet Membres, « Après le programme… ».</source>
      <translation>
        <numerusform>%n opvolging na het programma te doen: tabblad Leden, „Na het programma…”.</numerusform>
        <numerusform>%n opvolgingen na het programma te doen: tabblad Leden, „Na het programma…”.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="483" />
      <source>Aucune tâche ouverte.</source>
      <translation>Geen open taken.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="239" />
      <source>Aujourd'hui</source>
      <translation>Vandaag</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/today/tab.py" line="458" />
      <source>Cercles : %n tâche(s) pour aujourd'hui ou en retard ({circles})</source>
      <translation>
        <numerusform>Kringen: %n taak voor vandaag of te laat ({circles})</numerusform>
        <numerusform>Kringen: %n taken voor vandaag of te laat ({circles})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="249" />
      <source>Choisissez ou créez une cohorte.</source>
      <translation>Kies of maak een groep.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="112" />
      <source>Clôturer la journée</source>
      <translation>De dag afsluiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="370" />
      <source>Coché par {name}{at}</source>
      <translation>Afgevinkt door {name}{at}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="389" />
      <source>Double-cliquez pour écrire les températures.</source>
      <translation>Dubbelklik om de temperaturen in te vullen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="89" />
      <source>Déléguée du jour</source>
      <translation>Verantwoordelijke van de dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="480" />
      <source>En retard</source>
      <translation>Te laat</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="114" />
      <source>Encoder les ventes et compter la caisse</source>
      <translation>De verkoop invoeren en de kassa tellen</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="333" />
      <source>Fait : {text}</source>
      <translation>Gedaan: {text}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="106" />
      <source>Imprimer les étiquettes</source>
      <translation>De etiketten afdrukken</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="335" />
      <source>La suite : {text}</source>
      <translation>Wat nog komt: {text}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="147" />
      <location filename="../../app/ui/today/tab.py" line="210" />
      <source>Liste du jour</source>
      <translation>Lijst van de dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="120" />
      <source>Nouvelle tâche</source>
      <translation>Nieuwe taak</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="122" />
      <source>Nouvelle tâche (Ctrl+Maj+A)</source>
      <translation>Nieuwe taak (Ctrl+Shift+A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="109" />
      <source>Ouvrir les ventes</source>
      <translation>De verkoop openen</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="269" />
      <source>Pas de déléguée</source>
      <translation>Geen verantwoordelijke</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="271" />
      <source>Pas de matinée aujourd'hui</source>
      <translation>Vandaag geen voormiddag</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="323" />
      <source>Pas encore de passation.</source>
      <translation>Nog geen overdracht.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="267" />
      <source>Pas encore de planning</source>
      <translation>Nog geen planning</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="205" />
      <source>Passation de la déléguée précédente</source>
      <translation>Overdracht van de vorige verantwoordelijke</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="141" />
      <source>Passation précédente</source>
      <translation>Vorige overdracht</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="276" />
      <source>Planifiez les déléguées dans l'onglet « Déléguées ».</source>
      <translation>Plan de verantwoordelijken in het tabblad "Verantwoordelijken".</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="283" />
      <source>Prochain délégué : {name}, {date}</source>
      <translation>Volgende verantwoordelijke: {name}, {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="285" />
      <source>Prochaine déléguée : {name}, {date}</source>
      <translation>Volgende verantwoordelijke: {name}, {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="144" />
      <location filename="../../app/ui/today/tab.py" line="209" />
      <source>Programme du jour</source>
      <translation>Programma van de dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="152" />
      <source>Relever les températures</source>
      <translation>Temperaturen opnemen</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="346" />
      <source>Rien dans le planning aujourd'hui.</source>
      <translation>Vandaag niets in de planning.</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="155" />
      <source>Stock et lots…</source>
      <translation>Voorraad en loten…</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="157" />
      <source>Stock, achats, lots fabriqués et pertes</source>
      <translation>Voorraad, aankopen, gemaakte loten en verliezen</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="395" />
      <source>Température hors limites : notez ce qui a été fait (bouton « Températures… »).</source>
      <translation>Temperatuur buiten de grenzen: noteer wat er gedaan is (knop « Temperaturen… »).</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="150" />
      <source>Températures…</source>
      <translation>Temperaturen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="172" />
      <location filename="../../app/ui/today/tab.py" line="215" />
      <source>Tâches ouvertes</source>
      <translation>Open taken</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="471" />
      <source>pour le {date}</source>
      <translation>voor {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="327" />
      <source>{name}, {date} :</source>
      <translation>{name}, {date}:</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="116" />
      <source>Écrire la passation</source>
      <translation>De overdracht schrijven</translation>
    </message>
    <message>
      <location filename="../../app/ui/today/tab.py" line="118" />
      <source>Écrire la passation (Ctrl+Maj+H)</source>
      <translation>De overdracht schrijven (Ctrl+Shift+H)</translation>
    </message>
  </context>
  <context>
    <name>Trash</name>
    <message>
      <location filename="../../app/ui/safety/commands.py" line="40" />
      <source>Corbeille</source>
      <translation>Prullenbak</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/delete_action.py" line="25" />
      <source>Mettre « {label} » à la corbeille ? Vous pourrez la restaurer pendant 30 jours (Édition › Corbeille).</source>
      <translation>„{label}” naar de prullenbak verplaatsen? U kunt het 30 dagen lang terugzetten (Bewerken › Prullenbak).</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/delete_action.py" line="40" />
      <source>Suppression impossible</source>
      <translation>Verwijderen onmogelijk</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/delete_action.py" line="23" />
      <source>Supprimer</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/commands.py" line="67" />
      <source>ajout de {label}</source>
      <translation>{label} toevoegen</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/commands.py" line="50" />
      <source>suppression de {label}</source>
      <translation>{label} verwijderen</translation>
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="105" />
      <source>Ce qui a été supprimé reste ici 30 jours. Choisissez une ligne pour la restaurer.</source>
      <translation>Wat verwijderd is, blijft hier 30 dagen. Kies een regel om ze terug te zetten.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="102" />
      <source>Corbeille</source>
      <translation>Prullenbak</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="122" />
      <source>Fermer</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="115" />
      <source>La corbeille est vide.</source>
      <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="163" />
      <source>Restauration impossible</source>
      <translation>Terugzetten niet mogelijk</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="117" />
      <source>Restaurer</source>
      <translation>Terugzetten</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="120" />
      <location filename="../../app/ui/safety/trash_dialog.py" line="177" />
      <source>Supprimer définitivement</source>
      <translation>Voorgoed verwijderen</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="179" />
      <source>Supprimer définitivement « {label} » ? Ce ne sera plus possible de la restaurer.</source>
      <translation>"{label}" voorgoed verwijderen? Je kunt het daarna niet meer terugzetten.</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="112" />
      <source>Éléments dans la corbeille</source>
      <translation>Dingen in de prullenbak</translation>
    </message>
  </context>
  <context>
    <name>TrashModel</name>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="90" />
      <source>Gardé jusqu'au</source>
      <translation>Bewaard tot</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="87" />
      <source>Quoi</source>
      <translation>Wat</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="89" />
      <source>Supprimé le</source>
      <translation>Verwijderd op</translation>
    </message>
    <message>
      <location filename="../../app/ui/safety/trash_dialog.py" line="88" />
      <source>Type</source>
      <translation>Soort</translation>
    </message>
  </context>
  <context>
    <name>UnavailabilityDialog</name>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="241" />
      <source>Chaque semaine</source>
      <translation>Elke week</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="238" />
      <source>Indisponible</source>
      <translation>Niet beschikbaar</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="256" />
      <source>Jour</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="263" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="265" />
      <source>Pourquoi</source>
      <translation>Waarom</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="264" />
      <source>Quand</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="240" />
      <source>Un jour</source>
      <translation>Eén dag</translation>
    </message>
    <message>
      <location filename="../../app/ui/delegate/dialogs.py" line="258" />
      <source>par exemple : garde des enfants</source>
      <translation>bijvoorbeeld: opvang van de kinderen</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <location filename="../../app/ui/undo.py" line="157" />
      <source>Annuler</source>
      <translation>Ongedaan maken</translation>
    </message>
    <message>
      <location filename="../../app/ui/undo.py" line="157" />
      <source>Annuler : {action}</source>
      <translation>Ongedaan maken: {action}</translation>
    </message>
    <message>
      <location filename="../../app/ui/undo.py" line="160" />
      <source>Rétablir</source>
      <translation>Opnieuw doen</translation>
    </message>
    <message>
      <location filename="../../app/ui/undo.py" line="160" />
      <source>Rétablir : {action}</source>
      <translation>Opnieuw doen: {action}</translation>
    </message>
  </context>
  <context>
    <name>VersionDialog</name>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="49" />
      <source>Adopté le *</source>
      <translation>Goedgekeurd op *</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="47" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="36" />
      <source>Nouvelle version</source>
      <translation>Nieuwe versie</translation>
    </message>
    <message>
      <location filename="../../app/ui/decisions/documents_page.py" line="48" />
      <source>Texte *</source>
      <translation>Tekst *</translation>
    </message>
  </context>
  <context>
    <name>ViewMenu</name>
    <message>
      <location filename="../../app/ui/view_menu.py" line="49" />
      <source>&amp;Affichage</source>
      <translation>Beel&amp;d</translation>
    </message>
    <message>
      <location filename="../../app/ui/view_menu.py" line="66" />
      <source>Grand affichage (comptoir)</source>
      <translation>Groot scherm (toonbank)</translation>
    </message>
    <message>
      <location filename="../../app/ui/view_menu.py" line="51" />
      <source>Langue</source>
      <translation>Taal</translation>
    </message>
  </context>
  <context>
    <name>WeekdayBoxes</name>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="27" />
      <source>dim.</source>
      <translation>zo</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="24" />
      <source>jeu.</source>
      <translation>do</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="21" />
      <source>lun.</source>
      <translation>ma</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="22" />
      <source>mar.</source>
      <translation>di</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="23" />
      <source>mer.</source>
      <translation>wo</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="26" />
      <source>sam.</source>
      <translation>za</translation>
    </message>
    <message>
      <location filename="../../app/ui/weekday_boxes.py" line="25" />
      <source>ven.</source>
      <translation>vr</translation>
    </message>
  </context>
  <context>
    <name>_CohortPage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="128" />
      <source>&amp;Début</source>
      <translation>&amp;Begin</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="129" />
      <source>&amp;Fin</source>
      <translation>&amp;Einde</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="127" />
      <source>&amp;Nom *</source>
      <translation>&amp;Naam *</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="111" />
      <source>Coopérative 1</source>
      <translation>Coöperatie 1</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="116" />
      <source>Début</source>
      <translation>Begin</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="121" />
      <source>Fin</source>
      <translation>Einde</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="136" />
      <source>La fin doit venir après le début.</source>
      <translation>Het einde moet na het begin komen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="110" />
      <source>La première cohorte</source>
      <translation>De eerste groep</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="113" />
      <source>Nom de la cohorte</source>
      <translation>Naam van de groep</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="126" />
      <source>Une cohorte, c'est un groupe de membres pendant trois mois.</source>
      <translation>Een groep, dat zijn leden die drie maanden samen zijn.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="134" />
      <source>Écrivez le nom de la cohorte.</source>
      <translation>Schrijf de naam van de groep.</translation>
    </message>
  </context>
  <context>
    <name>_CooperativePage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="93" />
      <source>&amp;Adresse</source>
      <translation>&amp;Adres</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="94" />
      <source>&amp;Langue des étiquettes et documents clients</source>
      <translation>&amp;Taal van etiketten en klantendocumenten</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="92" />
      <source>&amp;Nom *</source>
      <translation>&amp;Naam *</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="81" />
      <source>Adresse</source>
      <translation>Adres</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="86" />
      <source>Langue des étiquettes et documents clients</source>
      <translation>Taal van etiketten en klantendocumenten</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="78" />
      <source>Nom de la coopérative</source>
      <translation>Naam van de coöperatie</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="75" />
      <source>Votre coopérative</source>
      <translation>Je coöperatie</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="101" />
      <source>Écrivez le nom de la coopérative.</source>
      <translation>Schrijf de naam van de coöperatie.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="90" />
      <source>Écrivez le nom de votre coopérative. L'adresse est facultative.</source>
      <translation>Schrijf de naam van je coöperatie. Het adres is niet verplicht.</translation>
    </message>
  </context>
  <context>
    <name>_MembersPage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="163" />
      <source>&amp;Membres :</source>
      <translation>&amp;Leden:</translation>
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
      <translation>De leden</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="150" />
      <source>Membres, un nom par ligne</source>
      <translation>Leden, één naam per regel</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="157" />
      <source>Écrivez un nom par ligne : le prénom, puis le nom. Vous pourrez en ajouter plus tard dans l'onglet Membres.</source>
      <translation>Schrijf één naam per regel: eerst de voornaam, dan de achternaam. Je kunt er later meer toevoegen in het tabblad Leden.</translation>
    </message>
  </context>
  <context>
    <name>_StartPage</name>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="53" />
      <source>Bienvenue !</source>
      <translation>Welkom!</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="59" />
      <source>Cette base est vide.</source>
      <translation>Deze databank is leeg.</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="54" />
      <source>Ouvrir la &amp;démo (pour essayer)</source>
      <translation>De &amp;demo openen (om te proberen)</translation>
    </message>
    <message>
      <location filename="../../app/ui/first_run/wizard.py" line="62" />
      <source>Pour créer votre coopérative, cliquez sur « Suivant ». Pour essayer l'application avec des exemples, ouvrez la démo.</source>
      <translation>Klik op "Volgende" om je coöperatie te maken. Open de demo om de app te proberen met voorbeelden.</translation>
    </message>
  </context>
  <context>
    <name>allergen_sheet</name>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="73" />
      <source>Allergènes</source>
      <translation>Allergenen</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="64" />
      <source>Allergènes — {date}</source>
      <translation>Allergenen — {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="54" />
      <source>Allergènes — {name}</source>
      <translation>Allergenen — {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="58" />
      <location filename="../../app/printing/allergen_sheet.py" line="62" />
      <source>Allergènes — {name}, {date}</source>
      <translation>Allergenen — {name}, {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="21" />
      <source>Aucun des 14 allergènes</source>
      <translation>Geen van de 14 allergenen</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="105" />
      <source>Aucun plat.</source>
      <translation>Geen gerecht.</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="29" />
      <source>Contient</source>
      <translation>Bevat</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="20" />
      <source>Inconnu : demandez à l'équipe</source>
      <translation>Onbekend: vraag het aan het team</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="107" />
      <source>Les 14 allergènes de chaque plat, d'après nos recettes</source>
      <translation>De 14 allergenen van elk gerecht, volgens onze recepten</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="80" />
      <source>Les 14 allergènes du règlement (UE) 1169/2011, d'après nos recettes. En cas d'allergie, parlez-en à l'équipe avant de manger.</source>
      <translation>De 14 allergenen van verordening (EU) 1169/2011, volgens onze recepten. Hebt u een allergie, spreek dan met het team voor u eet.</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="30" />
      <source>Peut contenir des traces de</source>
      <translation>Kan sporen bevatten van</translation>
    </message>
    <message>
      <location filename="../../app/printing/allergen_sheet.py" line="28" />
      <source>Plat</source>
      <translation>Gerecht</translation>
    </message>
  </context>
  <context>
    <name>argparse</name>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="35" />
      <source>%(prog)s : erreur : %(message)s</source>
      <translation>%(prog)s: fout: %(message)s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="31" />
      <source>afficher cette aide, puis quitter</source>
      <translation>deze hulp tonen en dan stoppen</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="32" />
      <source>afficher la version du programme, puis quitter</source>
      <translation>de versie van het programma tonen en dan stoppen</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="36" />
      <source>argument %(argument_name)s : %(message)s</source>
      <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="53" />
      <source>au moins une valeur est attendue</source>
      <translation>minstens één waarde wordt verwacht</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="61" />
      <source>choix non valable : %(value)r (choisir parmi %(choices)s)</source>
      <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="29" />
      <source>commandes et arguments</source>
      <translation>opdrachten en argumenten</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="45" />
      <source>il manque ces arguments obligatoires : %s</source>
      <translation>deze verplichte argumenten ontbreken: %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="43" />
      <source>impossible avec l'argument %s</source>
      <translation>niet mogelijk met het argument %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="39" />
      <source>impossible d'ouvrir « %(filename)s » : %(error)s</source>
      <translation>kan '%(filename)s' niet openen: %(error)s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="42" />
      <source>mots non reconnus : %s</source>
      <translation>niet herkende woorden: %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="65" />
      <source>nombre de valeurs attendu : %s</source>
      <translation>verwacht aantal waarden: %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="54" />
      <source>option ambiguë : %(option)s peut être %(matches)s</source>
      <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="57" />
      <source>option inattendue : %s</source>
      <translation>onverwachte optie: %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="30" />
      <source>options</source>
      <translation>opties</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="48" />
      <source>un de ces arguments est obligatoire : %s</source>
      <translation>een van deze argumenten is verplicht: %s</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="52" />
      <source>une valeur au plus est attendue</source>
      <translation>hoogstens één waarde wordt verwacht</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="51" />
      <source>une valeur est attendue</source>
      <translation>een waarde wordt verwacht</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="28" />
      <source>utilisation : </source>
      <translation>gebruik: </translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="44" />
      <source>valeur en trop, ignorée : %r</source>
      <translation>waarde te veel, genegeerd: %r</translation>
    </message>
    <message>
      <location filename="../../app/commands/parser_messages.py" line="58" />
      <source>valeur non valable (%(type)s) : %(value)r</source>
      <translation>ongeldige waarde (%(type)s): %(value)r</translation>
    </message>
  </context>
  <context>
    <name>attendance_export</name>
    <message>
      <location filename="../../app/services/schedule/attendance_export.py" line="30" />
      <source>Heures prévues</source>
      <translation>Geplande uren</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance_export.py" line="29" />
      <source>Heures suivies</source>
      <translation>Gevolgde uren</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance_export.py" line="23" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance_export.py" line="31" />
      <source>Taux de présence (%)</source>
      <translation>Aanwezigheidsgraad (%)</translation>
    </message>
  </context>
  <context>
    <name>backup</name>
    <message>
      <location filename="../../app/services/safety/backup.py" line="591" />
      <source>Ce fichier est la base de données ouverte.</source>
      <translation>Dit bestand is de databank die open is.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="307" />
      <source>Il n'y a encore rien à sauvegarder.</source>
      <translation>Er is nog niets om een back-up van te maken.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="609" />
      <source>Impossible d'écrire dans le dossier de la base de données ({reason}). Rien n'a été modifié.</source>
      <translation>Kan niet schrijven in de map van de databank ({reason}). Er is niets veranderd.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="279" />
      <source>Impossible d'écrire la sauvegarde dans « {folder} » ({reason}). Choisissez un autre dossier.</source>
      <translation>Kan de back-up niet schrijven in "{folder}" ({reason}). Kies een andere map.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="316" />
      <source>La base de données est endommagée ({detail}) : aucune sauvegarde n'a été faite. Restaurez la dernière bonne sauvegarde (Fichier › Restaurer une sauvegarde).</source>
      <translation>De database is beschadigd ({detail}): er is geen back-up gemaakt. Zet de laatste goede back-up terug (Bestand › Een back-up terugzetten).</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="622" />
      <source>La copie de la sauvegarde n'est pas saine.</source>
      <translation>De kopie van de back-up is niet in orde.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="333" />
      <source>La copie n'est pas saine ({detail}) : la base actuelle est peut-être endommagée. Aucune sauvegarde n'a été enregistrée.</source>
      <translation>De kopie is niet in orde ({detail}): de huidige databank is misschien beschadigd. Er is geen back-up opgeslagen.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="497" />
      <source>La sauvegarde « {name} » est endommagée ({detail}).</source>
      <translation>De back-up "{name}" is beschadigd ({detail}).</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="513" />
      <source>La sauvegarde « {name} » vient d'une version plus récente de Coopér'Actives. Installez la dernière version pour la restaurer.</source>
      <translation>De back-up "{name}" komt van een nieuwere versie van Coopér'Actives. Installeer de laatste versie om hem terug te zetten.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="270" />
      <source>Le disque de « {folder} » est plein : la sauvegarde n'a pas pu être écrite. Libérez de la place ou choisissez un autre dossier.</source>
      <translation>De schijf van "{folder}" is vol: de back-up kon niet geschreven worden. Maak plaats vrij of kies een andere map.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="431" />
      <source>Le dossier « {folder} » n'existe pas. Branchez la clé et réessayez.</source>
      <translation>De map "{folder}" bestaat niet. Steek de stick in en probeer opnieuw.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="95" />
      <source>au démarrage</source>
      <translation>bij het opstarten</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="98" />
      <source>avant une mise à jour</source>
      <translation>voor een update</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="99" />
      <source>avant une restauration</source>
      <translation>voor het terugzetten</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="100" />
      <source>base endommagée mise de côté</source>
      <translation>beschadigde databank opzij gezet</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="97" />
      <source>demandée</source>
      <translation>gevraagd</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="101" />
      <source>sur clé USB</source>
      <translation>op USB-stick</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="596" />
      <source>« {name} » est la sauvegarde d'une autre base de données. Rien n'a été modifié.</source>
      <translation>„{name}” is de back-up van een andere database. Er is niets gewijzigd.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="480" />
      <source>« {name} » est un dossier : choisissez un fichier de sauvegarde.</source>
      <translation>„{name}” is een map: kies een back-upbestand.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="466" />
      <source>« {name} » n'est pas une sauvegarde de Coopér'Actives.</source>
      <translation>"{name}" is geen back-up van Coopér'Actives.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="485" />
      <source>« {name} » n'existe pas.</source>
      <translation>"{name}" bestaat niet.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/backup.py" line="96" />
      <source>à la fermeture</source>
      <translation>bij het afsluiten</translation>
    </message>
  </context>
  <context>
    <name>charts</name>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="43" />
      <location filename="../../app/printing/programme_report.py" line="71" />
      <source>Euros</source>
      <translation>Euro</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="61" />
      <source>Heures</source>
      <translation>Uren</translation>
    </message>
  </context>
  <context>
    <name>checklists</name>
    <message>
      <location filename="../../app/services/delegate/checklists.py" line="85" />
      <source>Cette ligne n'existe plus.</source>
      <translation>Deze regel bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/checklists.py" line="50" />
      <source>Choisissez un type de journée.</source>
      <translation>Kies een soort dag.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="27" />
      <source>Clôturer la journée</source>
      <translation>De dag afsluiten</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="26" />
      <source>Compter la caisse</source>
      <translation>De kassa tellen</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="25" />
      <source>Encoder les ventes</source>
      <translation>De verkoop ingeven</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="29" />
      <source>Faire une sauvegarde</source>
      <translation>Een back-up maken</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="22" />
      <source>Imprimer les étiquettes</source>
      <translation>De etiketten afdrukken</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="18" />
      <source>Lire la passation d'hier</source>
      <translation>De overdracht van gisteren lezen</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="21" />
      <source>Nettoyer les plans de travail</source>
      <translation>De werkbladen schoonmaken</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="23" />
      <source>Préparer le fonds de caisse</source>
      <translation>De kassabodem klaarmaken</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="16" />
      <source>Relever la température des frigos</source>
      <translation>De temperatuur van de koelkasten noteren</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="19" />
      <source>Répartir les tâches du jour</source>
      <translation>De taken van de dag verdelen</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="20" />
      <source>Se laver les mains, mettre tablier et charlotte</source>
      <translation>Handen wassen, schort en haarnetje aandoen</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="17" />
      <source>Vérifier le stock</source>
      <translation>De voorraad nakijken</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="24" />
      <source>Vérifier le terminal de paiement</source>
      <translation>De betaalterminal nakijken</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/checklists.py" line="51" />
      <location filename="../../app/services/delegate/checklists.py" line="65" />
      <source>le texte de la ligne</source>
      <translation>de tekst van de regel</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/default_checklists.py" line="28" />
      <source>Écrire la passation</source>
      <translation>De overdracht schrijven</translation>
    </message>
  </context>
  <context>
    <name>circles</name>
    <message>
      <location filename="../../app/services/circles/sheet.py" line="60" />
      <source>Aucun cercle « {name} » dans cette cohorte.</source>
      <translation>Geen kring „{name}” in deze groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/circles.py" line="95" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>Deze groep bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/circles.py" line="110" />
      <source>Choisissez au moins une membre pour le cercle.</source>
      <translation>Kies minstens één lid voor de kring.</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/lead.py" line="79" />
      <source>L'animatrice doit être membre du cercle.</source>
      <translation>De begeleidster moet lid zijn van de kring.</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/circles.py" line="106" />
      <source>Un cercle de la cohorte porte déjà ce nom.</source>
      <translation>Een kring van deze groep heeft al deze naam.</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/circles.py" line="121" />
      <source>Une des personnes n'est pas (ou plus) dans la cohorte.</source>
      <translation>Een van de personen zit niet (meer) in de groep.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="89" />
      <source>a fait %n tâche(s) du cercle</source>
      <translation>
        <numerusform>deed %n taak van de kring</numerusform>
        <numerusform>deed %n taken van de kring</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="66" />
      <source>a fait les achats %n fois</source>
      <translation>
        <numerusform>deed %n keer de aankopen</numerusform>
        <numerusform>deed %n keer de aankopen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="78" />
      <source>a fait les étiquettes %n fois</source>
      <translation>
        <numerusform>maakte %n keer de etiketten</numerusform>
        <numerusform>maakte %n keer de etiketten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="84" />
      <source>a préparé la communication %n fois</source>
      <translation>
        <numerusform>bereidde %n keer de communicatie voor</numerusform>
        <numerusform>bereidde %n keer de communicatie voor</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="72" />
      <source>a tenu la caisse %n fois</source>
      <translation>
        <numerusform>hield %n keer de kassa</numerusform>
        <numerusform>hield %n keer de kassa</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/circles/checklist.py" line="54" />
      <source>ce qu'il faut mettre en place</source>
      <translation>wat er opgezet moet worden</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/circles.py" line="96" />
      <source>le nom du cercle</source>
      <translation>de naam van de kring</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/suggestions.py" line="120" />
      <source>suggérée : {reasons}</source>
      <translation>voorgesteld: {reasons}</translation>
    </message>
    <message>
      <location filename="../../app/services/circles/meetings.py" line="42" />
      <source>Écrivez en quelques mots ce qui a été dit ou décidé.</source>
      <translation>Schrijf in een paar woorden wat er gezegd of beslist is.</translation>
    </message>
  </context>
  <context>
    <name>circles_man</name>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="90" />
      <source>a fait %n tâche(s) du cercle</source>
      <translation>
        <numerusform>deed %n taak van de kring</numerusform>
        <numerusform>deed %n taken van de kring</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="67" />
      <source>a fait les achats %n fois</source>
      <translation>
        <numerusform>deed %n keer de aankopen</numerusform>
        <numerusform>deed %n keer de aankopen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="79" />
      <source>a fait les étiquettes %n fois</source>
      <translation>
        <numerusform>maakte %n keer de etiketten</numerusform>
        <numerusform>maakte %n keer de etiketten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="85" />
      <source>a préparé la communication %n fois</source>
      <translation>
        <numerusform>bereidde %n keer de communicatie voor</numerusform>
        <numerusform>bereidde %n keer de communicatie voor</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/circles/suggestions.py" line="73" />
      <source>a tenu la caisse %n fois</source>
      <translation>
        <numerusform>hield %n keer de kassa</numerusform>
        <numerusform>hield %n keer de kassa</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/circles/suggestions.py" line="121" />
      <source>suggéré : {reasons}</source>
      <translation>voorgesteld: {reasons}</translation>
    </message>
  </context>
  <context>
    <name>circles_print</name>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="48" />
      <source>Animateur : {lead} · ensuite : {next}</source>
      <translation>Begeleider: {lead} · daarna: {next}</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="50" />
      <source>Animatrice : {lead} · ensuite : {next}</source>
      <translation>Begeleidster: {lead} · daarna: {next}</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="42" />
      <source>Apporte au groupe</source>
      <translation>Brengt naar de groep</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="37" />
      <source>Cercle « {name} »</source>
      <translation>Kring „{name}”</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="91" />
      <source>Dernières réunions</source>
      <translation>Laatste vergaderingen</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="41" />
      <source>Décide seul</source>
      <translation>Beslist zelf</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="62" />
      <source>Fait</source>
      <translation>Gedaan</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="106" />
      <source>Fiche du cercle {name} – {cohort}</source>
      <translation>Fiche van de kring {name} – {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="111" />
      <source>Le mandat, les membres et le travail d'un cercle</source>
      <translation>Het mandaat, de leden en het werk van een kring</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="60" />
      <source>Liste de départ</source>
      <translation>Startlijst</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="44" />
      <source>Membres</source>
      <translation>Leden</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="78" />
      <source>Pour quand</source>
      <translation>Tegen wanneer</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="77" />
      <source>Pour qui</source>
      <translation>Voor wie</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="76" />
      <source>Tâche</source>
      <translation>Taak</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="72" />
      <source>Tâches ouvertes</source>
      <translation>Open taken</translation>
    </message>
    <message>
      <location filename="../../app/printing/circle_sheet.py" line="62" />
      <source>À mettre en place</source>
      <translation>Op te zetten</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message numerus="yes">
      <location filename="../../app/commands/cohort.py" line="79" />
      <source>%n matinée(s) laissée(s) de côté (jour férié, fermeture, hors des dates ou en double).</source>
      <translation>
        <numerusform>%n voormiddag weggelaten (feestdag, sluiting, buiten de data of dubbel).</numerusform>
        <numerusform>%n voormiddagen weggelaten (feestdag, sluiting, buiten de data of dubbel).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="56" />
      <location filename="../../app/commands/kitchen.py" line="64" />
      <source>AAAA-MM</source>
      <translation>JJJJ-MM</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="104" />
      <location filename="../../app/commands/cohort.py" line="46" />
      <location filename="../../app/commands/kitchen.py" line="26" />
      <source>AAAA-MM-JJ</source>
      <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="31" />
      <source>AAAA-Wnn</source>
      <translation>JJJJ-Wnn</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="20" />
      <source>ACTION</source>
      <translation>ACTIE</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="108" />
      <source>Ancienne base gardée : {path}</source>
      <translation>Oude databank bewaard: {path}</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="126" />
      <source>Avec --menu, donnez --guests (le nombre de personnes).</source>
      <translation>Geef met --menu ook --guests (het aantal personen).</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="43" />
      <source>Base de démonstration écrite : {path}</source>
      <translation>Demodatabank geschreven: {path}</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="50" />
      <location filename="../../app/cli.py" line="72" />
      <source>CHEMIN</source>
      <translation>PAD</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="111" />
      <source>COMMANDE</source>
      <translation>OPDRACHT</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="117" />
      <source>Cette cohorte n'a pas encore décidé du partage du résultat.</source>
      <translation>Deze groep heeft nog niet beslist over de verdeling van de winst.</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="57" />
      <source>Code PIN de la coordinatrice : </source>
      <translation>Pincode van de coördinator: </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/cohort.py" line="69" />
      <source>Cohorte « {name} » créée : %n matinée(s) reprise(s).</source>
      <translation>
        <numerusform>Groep ‘{name}’ aangemaakt: %n voormiddag overgenomen.</numerusform>
        <numerusform>Groep ‘{name}’ aangemaakt: %n voormiddagen overgenomen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="56" />
      <source>Cohorte « {name} » publiée : {counts}.</source>
      <translation>Groep “{name}” gepubliceerd: {counts}.</translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="82" />
      <source>Cohorte « {name} » récupérée : {counts}.</source>
      <translation>Groep “{name}” opgehaald: {counts}.</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="65" />
      <source>Coopér'Actives Cuisine : l'application des coopératives éphémères de cuisine. Sans commande, ouvre la fenêtre de l'application.</source>
      <translation>Coopér'Actives Cuisine: het programma van de tijdelijke kookcoöperaties. Zonder commando opent het venster van het programma.</translation>
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
      <translation>MAP</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="96" />
      <source>Donnez --cohort NOM (une ou plusieurs), ou --from et --to.</source>
      <translation>Geef --cohort NAAM (een of meer), of --from en --to.</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="92" />
      <source>Donnez --cohort NOM, ou une période avec --from et --to.</source>
      <translation>Geef --cohort NAAM, of een periode met --from en --to.</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="90" />
      <source>Donnez soit --cohort, soit --from et --to, pas les deux.</source>
      <translation>Geef --cohort, of --from en --to, niet allebei.</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="124" />
      <source>Donnez un --batches pour chaque --recipe.</source>
      <translation>Geef een --batches voor elke --recipe.</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="175" />
      <source>Erreur inattendue ({kind}). Les détails sont dans le journal.</source>
      <translation>Onverwachte fout ({kind}). De details staan in het logboek.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="39" />
      <location filename="../../app/commands/people.py" line="28" />
      <location filename="../../app/commands/print_cmd.py" line="24" />
      <source>FICHIER</source>
      <translation>BESTAND</translation>
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="35" />
      <location filename="../../app/commands/sales.py" line="134" />
      <source>Impossible d'écrire « {path} » : {error}</source>
      <translation>Kan "{path}" niet schrijven: {error}</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="222" />
      <source>Impossible de charger Qt : {error}</source>
      <translation>Kan Qt niet laden: {error}</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="21" />
      <source>Imprime le bilan de compétences d'un membre d'une cohorte. Le code PIN de la coordinatrice est demandé.</source>
      <translation>Drukt het vaardighedenverslag af van een lid van een groep. De pincode van de coördinator wordt gevraagd.</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="38" />
      <source>Imprime les étiquettes des produits (ingrédients, allergènes, date, lot) sur un modèle de feuille. Exemple : coopactives print labels --product "Energy balls=42" --template L7160 --date 2022-10-05 -o etiquettes.pdf</source>
      <translation>Drukt de etiketten van de producten af (ingrediënten, allergenen, datum, lot) op een bladmodel. Voorbeeld: coopactives print labels --product "Energy balls=42" --template L7160 --date 2022-10-05 -o etiketten.pdf</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="132" />
      <source>Indiquez au moins un produit : --product "Nom=42".</source>
      <translation>Geef minstens één product: --product "Naam=42".</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="98" />
      <source>L'application est ouverte sur cette base : fermez-la d'abord.</source>
      <translation>Het programma is open op deze databank: sluit het eerst.</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="56" />
      <source>MODÈLE</source>
      <translation>SJABLOON</translation>
    </message>
    <message>
      <location filename="../../app/commands/decisions.py" line="22" />
      <location filename="../../app/commands/directory.py" line="21" />
      <source>MOTS</source>
      <translation>WOORDEN</translation>
    </message>
    <message>
      <location filename="../../app/commands/circles.py" line="16" />
      <location filename="../../app/commands/circles.py" line="19" />
      <location filename="../../app/commands/cohort.py" line="33" />
      <source>NOM</source>
      <translation>NAAM</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="50" />
      <source>NOM[=NOMBRE]</source>
      <translation>NAAM[=AANTAL]</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="120" />
      <location filename="../../app/commands/menus.py" line="79" />
      <location filename="../../app/commands/menus.py" line="157" />
      <source>Pas de commande n° {id}.</source>
      <translation>Geen bestelling nr. {id}.</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="110" />
      <location filename="../../app/commands/menus.py" line="144" />
      <source>Pas de menu « {name} ».</source>
      <translation>Geen menu "{name}".</translation>
    </message>
    <message>
      <location filename="../../app/commands/tastings.py" line="55" />
      <source>Pas de recette « {name} » dans cette version.</source>
      <translation>Geen recept “{name}” in die versie.</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="152" />
      <source>Pas de recette « {name} ».</source>
      <translation>Geen recept "{name}".</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="48" />
      <source>Pas de terminal pour taper le code PIN : lancez la commande dans un terminal, ou donnez le code sur l'entrée standard avec --pin-stdin.</source>
      <translation>Geen terminal om de pincode te typen: start de opdracht in een terminal, of geef de code op de standaardinvoer met --pin-stdin.</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="52" />
      <source>Personnes extérieures :</source>
      <translation>Externe personen:</translation>
    </message>
    <message>
      <location filename="../../app/commands/export_cmd.py" line="19" />
      <source>QUOI</source>
      <translation>WAT</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="57" />
      <source>Rien dans le répertoire.</source>
      <translation>Niets in het adresboek.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="16" />
      <source>Sauvegarde la base de données (copie vérifiée). Sans --to, dans le dossier des sauvegardes à côté de la base ; avec --to DOSSIER, par exemple sur une clé USB.</source>
      <translation>Maakt een back-up van de databank (nagekeken kopie). Zonder --to in de back-upmap naast de databank; met --to DOSSIER bijvoorbeeld op een USB-stick.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="109" />
      <source>Sauvegarde restaurée : {path}</source>
      <translation>Back-up teruggezet: {path}</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="103" />
      <source>Stock non déduit : donnez la cohorte avec --cohort NOM.</source>
      <translation>Voorraad niet afgetrokken: geef de groep met --cohort NAAM.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="32" />
      <source>Vérifie la sauvegarde, garde une copie de la base actuelle dans le dossier des sauvegardes, puis la remplace. L'application ne doit pas être ouverte.</source>
      <translation>Kijkt de back-up na, bewaart een kopie van de huidige databank in de back-upmap en vervangt ze dan. Het programma mag niet open zijn.</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="20" />
      <source>bilan d'évaluation d'un membre (code PIN demandé)</source>
      <translation>evaluatieverslag van een lid (pincode gevraagd)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="80" />
      <source>code-barres du code produit</source>
      <translation>streepjescode van de productcode</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="34" />
      <source>cohorte (répétez --cohort pour en réunir plusieurs)</source>
      <translation>groep (herhaal --cohort om er meerdere samen te nemen)</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="30" />
      <location filename="../../app/commands/kitchen.py" line="42" />
      <location filename="../../app/commands/sales.py" line="22" />
      <source>cohorte (si plusieurs ventes ce jour-là)</source>
      <translation>groep (als er die dag meerdere verkopen zijn)</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="49" />
      <source>commandes : {n}</source>
      <translation>bestellingen: {n}</translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="16" />
      <source>copier les cohortes de cet ordinateur sur le serveur de l'organisation</source>
      <translation>de groepen van deze computer naar de server van de organisatie kopiëren</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="64" />
      <source>date de production (par défaut : aujourd'hui)</source>
      <translation>productiedatum (standaard: vandaag)</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="50" />
      <source>date des prix (par défaut : aujourd'hui)</source>
      <translation>datum van de prijzen (standaard: vandaag)</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="29" />
      <source>date inconnue « {text} » : écrivez AAAA-MM-JJ</source>
      <translation>onbekende datum "{text}": schrijf JJJJ-MM-DD</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="26" />
      <source>dossier où écrire la copie</source>
      <translation>map waar de kopie geschreven wordt</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="40" />
      <source>début de la période</source>
      <translation>begin van de periode</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="41" />
      <source>décision de partage du résultat d'une cohorte</source>
      <translation>beslissing over de verdeling van de winst van een groep</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="51" />
      <source>dépenses en CSV</source>
      <translation>uitgaven als CSV</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="82" />
      <source>enregistrer chaque onglet, page et fenêtre de dialogue en PNG dans DIR, puis quitter</source>
      <translation>elk tabblad, elke pagina en elk dialoogvenster als PNG opslaan in DIR en dan afsluiten</translation>
    </message>
    <message>
      <location filename="../../app/commands/export_cmd.py" line="17" />
      <source>exporter des données (CSV, calendrier…)</source>
      <translation>gegevens exporteren (CSV, kalender…)</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="106" />
      <source>faire comme si nous étions ce jour-là (démonstration, essais)</source>
      <translation>doen alsof het die dag is (demo, testen)</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="83" />
      <location filename="../../app/commands/schedule.py" line="88" />
      <source>fichier .csv à écrire</source>
      <translation>te schrijven .csv-bestand</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="74" />
      <source>fichier .ics à écrire</source>
      <translation>.ics-bestand om te schrijven</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="63" />
      <source>fichier CSV à écrire</source>
      <translation>CSV-bestand om te schrijven</translation>
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="25" />
      <source>fichier PDF à écrire</source>
      <translation>pdf-bestand om te schrijven</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="29" />
      <source>fichier de base de données (sinon ${var}, sinon le dossier de l'utilisateur)</source>
      <translation>databankbestand (anders ${var}, anders de map van de gebruiker)</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="22" />
      <source>fichier à créer (ne doit pas exister)</source>
      <translation>bestand om te maken (mag nog niet bestaan)</translation>
    </message>
    <message>
      <location filename="../../app/commands/people.py" line="29" />
      <source>fichier à écrire : .json, sinon PDF</source>
      <translation>te schrijven bestand: .json, anders PDF</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="47" />
      <source>fin de la période</source>
      <translation>einde van de periode</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="90" />
      <source>imprimer la page de réglage du modèle</source>
      <translation>de instelpagina van het model afdrukken</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="84" />
      <source>imprimer la petite histoire</source>
      <translation>het kleine verhaal afdrukken</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="82" />
      <source>imprimer le prix</source>
      <translation>de prijs afdrukken</translation>
    </message>
    <message>
      <location filename="../../app/commands/print_cmd.py" line="55" />
      <source>imprimer un document en PDF</source>
      <translation>een document als pdf afdrukken</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="52" />
      <source>inclure les évaluations (sans noms ; demande le code PIN)</source>
      <translation>de evaluaties opnemen (zonder namen; vraagt de pincode)</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="53" />
      <source>l'attestation de participation d'un membre</source>
      <translation>het deelnameattest van een lid</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="55" />
      <source>la cohorte dont le stock est déduit (par défaut : celle du jour)</source>
      <translation>de groep waarvan de voorraad wordt afgetrokken (standaard: die van de dag)</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="34" />
      <source>la cohorte à reprendre</source>
      <translation>de groep om over te nemen</translation>
    </message>
    <message>
      <location filename="../../app/commands/circles.py" line="14" />
      <source>la fiche d'un cercle thématique</source>
      <translation>de fiche van een themakring</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="90" />
      <source>la langue de l'interface, des messages et des documents imprimés pour cette fois (sans changer le réglage)</source>
      <translation>de taal van de interface, de berichten en de afgedrukte documenten voor deze keer (zonder de instelling te wijzigen)</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="28" />
      <source>la liste de courses (PDF ou CSV)</source>
      <translation>de boodschappenlijst (pdf of CSV)</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="36" />
      <source>la liste des prix du stand, avec les allergènes</source>
      <translation>de prijslijst van de stand, met de allergenen</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="39" />
      <source>la sauvegarde à restaurer</source>
      <translation>de back-up om terug te zetten</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="38" />
      <source>la semaine pour le mur de la cuisine (A4 paysage)</source>
      <translation>de week voor de muur van de keuken (A4 liggend)</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="70" />
      <source>la traçabilité d'un lot : ses achats et ses jours de vente</source>
      <translation>de traceerbaarheid van een lot: aankopen en verkoopdagen</translation>
    </message>
    <message>
      <location filename="../../app/commands/delegate.py" line="14" />
      <source>le calendrier des déléguées du jour d'une cohorte</source>
      <translation>de kalender van de verantwoordelijken van de dag van een groep</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="21" />
      <source>le devis d'une commande</source>
      <translation>de offerte van een bestelling</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="100" />
      <source>le grand affichage pour cette fois (sans changer le réglage)</source>
      <translation>het grote scherm voor deze keer (de instelling blijft ongewijzigd)</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="40" />
      <source>le nom de la nouvelle cohorte</source>
      <translation>de naam van de nieuwe groep</translation>
    </message>
    <message>
      <location filename="../../app/commands/portfolio.py" line="24" />
      <source>le portfolio d'une participante pour les employeurs, avec son accord</source>
      <translation>het portfolio van een deelneemster voor werkgevers, met haar toestemming</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="47" />
      <source>le premier jour de la nouvelle cohorte</source>
      <translation>de eerste dag van de nieuwe groep</translation>
    </message>
    <message>
      <location filename="../../app/commands/tastings.py" line="15" />
      <source>le questionnaire papier d'une dégustation</source>
      <translation>de papieren vragenlijst van een proeverij</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="74" />
      <source>le rapport du programme en tableur (.csv)</source>
      <translation>het programmaverslag als rekenblad (.csv)</translation>
    </message>
    <message>
      <location filename="../../app/commands/programme.py" line="64" />
      <source>le rapport du programme pour la direction et les bailleurs (PDF)</source>
      <translation>het programmaverslag voor de directie en de financiers (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decisions.py" line="14" />
      <source>le registre des décisions d'une cohorte</source>
      <translation>het register van de beslissingen van een groep</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="48" />
      <source>le relevé mensuel des températures d'un frigo</source>
      <translation>de maandelijkse temperatuurregistratie van een koelkast</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="61" />
      <source>le relevé mensuel du nettoyage et de l'hygiène d'une cohorte</source>
      <translation>de maandelijkse schoonmaak- en hygiëneregistratie van een groep</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="16" />
      <source>le répertoire : organisations et personnes extérieures</source>
      <translation>het adresboek: organisaties en externe personen</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="21" />
      <source>les allergènes par plat d'un menu, d'une commande ou d'une vente</source>
      <translation>de allergenen per gerecht van een menu, een bestelling of een verkoop</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="19" />
      <source>les cohortes</source>
      <translation>de groepen</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="46" />
      <source>les feuilles de présence à signer d'une semaine (une page par matinée)</source>
      <translation>de aanwezigheidslijsten van een week om te tekenen (één pagina per voormiddag)</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="65" />
      <source>les matinées d'une cohorte en fichier .ics</source>
      <translation>de voormiddagen van een groep als .ics-bestand</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="79" />
      <source>les présences d'une cohorte en tableur (.csv : membres × matinées)</source>
      <translation>de aanwezigheden van een groep als rekenblad (.csv: leden × voormiddagen)</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="50" />
      <source>lignes de vente en CSV (une ligne par vente)</source>
      <translation>verkoopregels als CSV (één regel per verkoop)</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="36" />
      <location filename="../../app/commands/people.py" line="34" />
      <location filename="../../app/commands/portfolio.py" line="40" />
      <source>lire le code PIN sur l'entrée standard (scripts)</source>
      <translation>de pincode lezen via de standaardinvoer (scripts)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="57" />
      <source>modèle de feuille : L7160, L7163, L7165, L7651, ROLL62…</source>
      <translation>bladmodel: L7160, L7163, L7165, L7651, ROLL62…</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="19" />
      <source>montrer le répertoire</source>
      <translation>het adresboek tonen</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="21" />
      <source>mots cherchés</source>
      <translation>gezochte woorden</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="24" />
      <location filename="../../app/commands/menus.py" line="37" />
      <source>nom d'un menu</source>
      <translation>naam van een menu</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="35" />
      <source>nom d'une recette (répétable)</source>
      <translation>naam van een recept (herhaalbaar)</translation>
    </message>
    <message>
      <location filename="../../app/commands/circles.py" line="16" />
      <location filename="../../app/commands/decisions.py" line="17" />
      <location filename="../../app/commands/delegate.py" line="17" />
      <source>nom de la cohorte</source>
      <translation>naam van de groep</translation>
    </message>
    <message>
      <location filename="../../app/commands/portfolio.py" line="30" />
      <source>nom de la participante</source>
      <translation>naam van de deelneemster</translation>
    </message>
    <message>
      <location filename="../../app/commands/tastings.py" line="18" />
      <source>nom de la recette</source>
      <translation>naam van het recept</translation>
    </message>
    <message>
      <location filename="../../app/commands/circles.py" line="19" />
      <source>nom du cercle</source>
      <translation>naam van de kring</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="54" />
      <source>nom du frigo ou du congélateur</source>
      <translation>naam van de koelkast of diepvriezer</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="42" />
      <source>nombre de fournées, une par --recipe</source>
      <translation>aantal baksels, één per --recipe</translation>
    </message>
    <message>
      <location filename="../../app/commands/menus.py" line="45" />
      <source>nombre de personnes (avec --menu)</source>
      <translation>aantal personen (met --menu)</translation>
    </message>
    <message>
      <location filename="../../app/commands/cohort.py" line="23" />
      <source>nouvelle cohorte à partir d'une autre (matinées, objectifs, grille d'évaluation ; sans les personnes)</source>
      <translation>nieuwe groep op basis van een andere (voormiddagen, doelen, evaluatierooster; zonder de personen)</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="25" />
      <location filename="../../app/commands/menus.py" line="23" />
      <location filename="../../app/commands/menus.py" line="30" />
      <source>numéro de la commande</source>
      <translation>nummer van de bestelling</translation>
    </message>
    <message>
      <location filename="../../app/commands/tastings.py" line="24" />
      <source>numéro de la version (la dernière sinon)</source>
      <translation>nummer van de versie (anders de laatste)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="74" />
      <source>numéro de lot (par défaut : L + date)</source>
      <translation>lotnummer (standaard: L + datum)</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="73" />
      <source>numéro de lot (étiquette ou fournisseur)</source>
      <translation>lotnummer (etiket of leverancier)</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="76" />
      <source>ouvrir une coopérative de démonstration (dans un dossier temporaire)</source>
      <translation>een democoöperatie openen (in een tijdelijke map)</translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="22" />
      <location filename="../../app/commands/network.py" line="33" />
      <source>postgresql://utilisateur@serveur/base</source>
      <translation>postgresql://gebruiker@server/database</translation>
    </message>
    <message>
      <location filename="../../app/commands/evaluations.py" line="28" />
      <location filename="../../app/commands/people.py" line="21" />
      <location filename="../../app/commands/schedule.py" line="56" />
      <source>prénom ou nom complet</source>
      <translation>voornaam of volledige naam</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="31" />
      <source>remplacer la base de données par une sauvegarde</source>
      <translation>de databank vervangen door een back-up</translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="26" />
      <source>récupérer une cohorte du serveur sur cet ordinateur</source>
      <translation>een groep van de server naar deze computer halen</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="17" />
      <source>résumé d'une journée de vente</source>
      <translation>samenvatting van een verkoopdag</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="28" />
      <source>résumé des ventes d'une cohorte, de plusieurs ou d'une période</source>
      <translation>verkoopoverzicht van een groep, meerdere groepen of een periode</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="86" />
      <source>sans le logo</source>
      <translation>zonder het logo</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="15" />
      <source>sauvegarder la base de données</source>
      <translation>een back-up van de databank maken</translation>
    </message>
    <message>
      <location filename="../../app/commands/schedule.py" line="32" />
      <source>semaine ISO, par exemple 2022-W41</source>
      <translation>ISO-week, bijvoorbeeld 2022-W41</translation>
    </message>
    <message>
      <location filename="../../app/commands/directory.py" line="26" />
      <source>seulement ce type d'organisation</source>
      <translation>alleen dit soort organisatie</translation>
    </message>
    <message>
      <location filename="../../app/commands/portfolio.py" line="35" />
      <source>seulement cette cohorte (sinon toutes)</source>
      <translation>alleen deze groep (anders alle)</translation>
    </message>
    <message>
      <location filename="../../app/commands/decisions.py" line="23" />
      <source>seulement les décisions avec ces mots</source>
      <translation>alleen de beslissingen met deze woorden</translation>
    </message>
    <message>
      <location filename="../../app/commands/people.py" line="18" />
      <source>toutes les données d'une personne (JSON ou PDF)</source>
      <translation>alle gegevens van een persoon (JSON of PDF)</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="51" />
      <source>un produit et son nombre d'étiquettes (1 si absent) ; répétable</source>
      <translation>een product en zijn aantal etiketten (1 als het ontbreekt); herhaalbaar</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="55" />
      <source>une seule cohorte (sinon toutes)</source>
      <translation>maar één groep (anders alle)</translation>
    </message>
    <message>
      <location filename="../../app/commands/network.py" line="42" />
      <source>{inserted} ajoutées, {updated} modifiées, {deleted} supprimées</source>
      <translation>{inserted} toegevoegd, {updated} gewijzigd, {deleted} verwijderd</translation>
    </message>
    <message>
      <location filename="../../app/commands/sales.py" line="140" />
      <source>{n} lignes écrites dans {path}</source>
      <translation>{n} regels geschreven in {path}</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="57" />
      <source>« {path} » est un dossier : indiquez le fichier de la base de données.</source>
      <translation>„{path}” is een map: geef het databasebestand op.</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="34" />
      <source>« {path} » existe déjà : choisissez un nouveau fichier.</source>
      <translation>"{path}" bestaat al: kies een nieuw bestand.</translation>
    </message>
    <message>
      <location filename="../../app/commands/backup.py" line="64" />
      <location filename="../../app/commands/database.py" line="17" />
      <source>« {path} » n'existe pas.</source>
      <translation>"{path}" bestaat niet.</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="25" />
      <source>« {text} » : après le = vient un nombre d'étiquettes (ex. Houmous=42).</source>
      <translation>"{text}": na de = komt een aantal etiketten (bv. Hummus=42).</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="88" />
      <source>« {text} » n'est pas un mois AAAA-MM.</source>
      <translation>« {text} » is geen maand JJJJ-MM.</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" line="24" />
      <location filename="../../app/commands/menus.py" line="120" />
      <source>« {text} » n'est pas une date AAAA-MM-JJ.</source>
      <translation>"{text}" is geen datum JJJJ-MM-DD.</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="16" />
      <source>Écrit une base de données de démonstration : la coopérative, les deux cohortes de 2022, leurs membres (noms inventés), animatrices et marraines.</source>
      <translation>Schrijft een demodatabank: de coöperatie, de twee groepen van 2022, hun leden (verzonnen namen), begeleidsters en meters.</translation>
    </message>
    <message>
      <location filename="../../app/commands/demo.py" line="15" />
      <source>écrire une base de démonstration dans un nouveau fichier</source>
      <translation>een demodatabank in een nieuw bestand schrijven</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="37" />
      <source>étiquettes de produits sur des feuilles d'étiquettes</source>
      <translation>productetiketten op etikettenbladen</translation>
    </message>
    <message>
      <location filename="../../app/commands/labels.py" line="71" />
      <source>étiquettes déjà utilisées au début de la feuille</source>
      <translation>etiketten die al gebruikt zijn aan het begin van het blad</translation>
    </message>
  </context>
  <context>
    <name>cohorts</name>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="92" />
      <source>Aucune cohorte ne s'appelle « {name} ».</source>
      <translation>Er is geen groep met de naam "{name}".</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="164" />
      <source>Cette cohorte a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>Deze groep is gewijzigd sinds u dit venster opende: de velden tonen nu de nieuwe waarden. Breng uw wijzigingen opnieuw aan en sla dan op.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="110" />
      <location filename="../../app/services/programme/reuse.py" line="171" />
      <source>Indiquez la date de début.</source>
      <translation>Geef de begindatum.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="112" />
      <source>Indiquez la date de fin.</source>
      <translation>Geef de einddatum.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="115" />
      <source>La cohorte ne peut pas finir avant de commencer.</source>
      <translation>De groep kan niet eindigen voor hij begint.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="123" />
      <source>Le nombre d'heures doit être entre 0 et 2000.</source>
      <translation>Het aantal uren moet tussen 0 en 2000 liggen.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="119" />
      <source>Le nombre de matinées doit être entre 0 et 366.</source>
      <translation>Het aantal voormiddagen moet tussen 0 en 366 liggen.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="130" />
      <source>Une cohorte porte déjà ce nom.</source>
      <translation>Er is al een groep met deze naam.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cohorts.py" line="108" />
      <source>le nom de la cohorte</source>
      <translation>de naam van de groep</translation>
    </message>
  </context>
  <context>
    <name>cooperative</name>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="27" />
      <source>Assujettie à la TVA</source>
      <translation>Btw-plichtig</translation>
    </message>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="46" />
      <source>Ce numéro d'entreprise n'existe pas : vérifiez les chiffres.</source>
      <translation>Dit ondernemingsnummer bestaat niet: controleer de cijfers.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="63" />
      <source>Cet IBAN n'existe pas : vérifiez les chiffres.</source>
      <translation>Dit IBAN bestaat niet: controleer de cijfers.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="193" />
      <source>Choisissez un régime de TVA de la liste.</source>
      <translation>Kies een btw-regeling uit de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="197" />
      <source>Choisissez une langue de la liste.</source>
      <translation>Kies een taal uit de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="28" />
      <source>Franchise des petites entreprises (pas de TVA)</source>
      <translation>Vrijstellingsregeling kleine ondernemingen (geen btw)</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="209" />
      <source>Le logo est trop lourd (2 Mo au plus).</source>
      <translation>Het logo is te groot (maximaal 2 MB).</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="139" />
      <source>Les paramètres de la coopérative ont changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant leurs nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>De instellingen van de coöperatie zijn gewijzigd sinds u dit venster opende: de velden tonen nu de nieuwe waarden. Breng uw wijzigingen opnieuw aan en sla dan op.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="223" />
      <source>Produit par {name}</source>
      <translation>Gemaakt door {name}</translation>
    </message>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="58" />
      <source>Un IBAN commence par le pays : BE68 5390 0754 7034.</source>
      <translation>Een IBAN begint met het land: BE68 5390 0754 7034.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/legal_numbers.py" line="41" />
      <source>Un numéro d'entreprise a 10 chiffres : 0123.456.749.</source>
      <translation>Een ondernemingsnummer heeft 10 cijfers: 0123.456.749.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/cooperative.py" line="184" />
      <source>le nom de la coopérative</source>
      <translation>de naam van de coöperatie</translation>
    </message>
  </context>
  <context>
    <name>costing</name>
    <message>
      <location filename="../../app/services/menus/costing.py" line="416" />
      <source>Attention : la marge est trop petite ({margin}). Le coût fait {food_cost} du prix hors TVA ; l'objectif est {target} au plus. Prix conseillé : {suggested}.</source>
      <translation>Let op: de marge is te klein ({margin}). De kost is {food_cost} van de prijs zonder btw; het doel is maximaal {target}. Aangeraden prijs: {suggested}.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="402" />
      <source>Attention : le prix hors TVA ({price}) est plus bas que le coût ({cost}). On perd {loss}. Prix conseillé : {suggested}.</source>
      <translation>Let op: de prijs zonder btw ({price}) is lager dan de kost ({cost}). We verliezen {loss}. Aangeraden prijs: {suggested}.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="291" />
      <source>L'objectif de coût matière doit être entre 1 et 99 %.</source>
      <translation>Het doel voor de grondstofkost moet tussen 1 en 99 % liggen.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="428" />
      <source>Le prix couvre le coût et la marge visée.</source>
      <translation>De prijs dekt de kost en de beoogde marge.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="139" />
      <source>Le rendement doit être plus grand que zéro.</source>
      <translation>De opbrengst moet groter zijn dan nul.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing.py" line="396" />
      <source>Pas encore de prix de vente. Prix conseillé : {suggested}.</source>
      <translation>Nog geen verkoopprijs. Aangeraden prijs: {suggested}.</translation>
    </message>
  </context>
  <context>
    <name>database</name>
    <message>
      <location filename="../../app/db.py" line="127" />
      <source>Le dossier « {folder} » n'existe pas. Vérifiez le chemin, ou branchez le disque où il se trouve.</source>
      <translation>De map „{folder}” bestaat niet. Controleer het pad, of sluit de schijf aan waarop ze staat.</translation>
    </message>
    <message>
      <location filename="../../app/db.py" line="98" />
      <source>Le fichier de la base de données « {name} » a été remplacé pendant que l'application était ouverte (par une restauration ?). Ce changement n'a pas été enregistré. Rouvrez l'application pour travailler sur le fichier actuel.</source>
      <translation>Het databasebestand „{name}” werd vervangen terwijl de toepassing open was (door een herstel?). Deze wijziging is niet opgeslagen. Open de toepassing opnieuw om met het huidige bestand te werken.</translation>
    </message>
    <message>
      <location filename="../../app/db.py" line="113" />
      <source>Le fichier « {name} » est protégé contre l'écriture. Rien n'a été modifié. Vous pouvez l'ouvrir en lecture seule, ou enlever la protection du fichier.</source>
      <translation>Het bestand „{name}” is beveiligd tegen schrijven. Er is niets gewijzigd. U kunt het alleen-lezen openen, of de beveiliging van het bestand weghalen.</translation>
    </message>
    <message>
      <location filename="../../app/db.py" line="83" />
      <source>« {name} » est une base de données d'un autre programme, pas de Coopér'Actives. Elle n'a pas été modifiée. Choisissez un autre fichier.</source>
      <translation>„{name}” is een database van een ander programma, niet van Coopér'Actives. Ze is niet gewijzigd. Kies een ander bestand.</translation>
    </message>
  </context>
  <context>
    <name>db_server</name>
    <message>
      <location filename="../../app/db_server.py" line="27" />
      <source>Cette base est sur un serveur PostgreSQL : ses sauvegardes et leur restauration se font avec les outils du serveur (pg_dump, pg_restore), par la personne qui le gère.</source>
      <translation>Deze database staat op een PostgreSQL-server: back-ups en herstel gebeuren met de eigen hulpmiddelen van de server (pg_dump, pg_restore), door de persoon die hem beheert.</translation>
    </message>
    <message>
      <location filename="../../app/db_server.py" line="71" />
      <source>Impossible de joindre le serveur {url}. Vérifiez la connexion au réseau et l'adresse ; rien n'a été modifié.</source>
      <translation>De server {url} is niet bereikbaar. Controleer de netwerkverbinding en het adres; er is niets gewijzigd.</translation>
    </message>
    <message>
      <location filename="../../app/db_server.py" line="65" />
      <source>La base de données de {url} n'existe pas sur le serveur : demandez à la personne qui gère le serveur de la créer.</source>
      <translation>De database van {url} bestaat niet op de server: vraag de persoon die de server beheert om ze aan te maken.</translation>
    </message>
    <message>
      <location filename="../../app/db_server.py" line="61" />
      <source>Le serveur {url} a refusé l'identifiant ou le mot de passe.</source>
      <translation>De server {url} weigerde de gebruikersnaam of het wachtwoord.</translation>
    </message>
  </context>
  <context>
    <name>decisions</name>
    <message>
      <location filename="../../app/services/decisions/register.py" line="143" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation>Kies eerst een groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="50" />
      <source>Choisissez la charte ou le règlement.</source>
      <translation>Kies het charter of het huishoudelijk reglement.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="81" />
      <source>Choisissez qui signe.</source>
      <translation>Kies wie tekent.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="164" />
      <source>Choisissez une position.</source>
      <translation>Kies een standpunt.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="55" />
      <source>Indiquez la date d'adoption.</source>
      <translation>Vul de datum van goedkeuring in.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="148" />
      <source>Indiquez la date de la décision.</source>
      <translation>Vul de datum van de beslissing in.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="83" />
      <source>Indiquez la date de la signature.</source>
      <translation>Vul de datum van de handtekening in.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="135" />
      <source>Indiquez qui a fait cette objection.</source>
      <translation>Zeg wie dit bezwaar maakte.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="154" />
      <source>La révision vient après la décision.</source>
      <translation>De herziening komt na de beslissing.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="87" />
      <source>On signe un document après son adoption.</source>
      <translation>Een document wordt getekend na de goedkeuring.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="161" />
      <location filename="../../app/services/decisions/register.py" line="170" />
      <source>Une personne n'est pas membre de la cohorte.</source>
      <translation>Iemand is geen lid van de groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="92" />
      <source>{name} a déjà signé cette version.</source>
      <translation>{name} heeft deze versie al getekend.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="130" />
      <source>Écrivez l'objection.</source>
      <translation>Schrijf het bezwaar.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/register.py" line="146" />
      <source>Écrivez la proposition.</source>
      <translation>Schrijf het voorstel.</translation>
    </message>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="53" />
      <source>Écrivez le texte du document.</source>
      <translation>Schrijf de tekst van het document.</translation>
    </message>
  </context>
  <context>
    <name>decisions_man</name>
    <message>
      <location filename="../../app/services/decisions/documents.py" line="93" />
      <source>{name} a déjà signé cette version.</source>
      <translation>{name} heeft deze versie al getekend.</translation>
    </message>
  </context>
  <context>
    <name>decisions_print</name>
    <message>
      <location filename="../../app/printing/decisions.py" line="112" />
      <source>Aucune décision.</source>
      <translation>Geen beslissing.</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="78" />
      <source>Comment elle a été intégrée</source>
      <translation>Hoe het verwerkt werd</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="89" />
      <source>Décision prise</source>
      <translation>Genomen beslissing</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="119" />
      <source>Les décisions prises par consentement dans une cohorte</source>
      <translation>De beslissingen die een groep met instemming nam</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="77" />
      <source>Objection</source>
      <translation>Bezwaar</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="76" />
      <source>Par</source>
      <translation>Door</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="69" />
      <source>Proposition</source>
      <translation>Voorstel</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="107" />
      <source>Recherche : « {q} »</source>
      <translation>Zoeken: „{q}”</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="101" />
      <source>Registre des décisions</source>
      <translation>Register van beslissingen</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="117" />
      <source>Registre des décisions – {cohort}</source>
      <translation>Register van beslissingen – {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="71" />
      <source>Réactions</source>
      <translation>Reacties</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="65" />
      <source>Révision</source>
      <translation>Herziening</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="70" />
      <source>Tour de clarification</source>
      <translation>Verduidelijkingsronde</translation>
    </message>
    <message>
      <location filename="../../app/printing/decisions.py" line="63" />
      <source>Type</source>
      <translation>Soort</translation>
    </message>
  </context>
  <context>
    <name>delegate</name>
    <message numerus="yes">
      <location filename="../../app/services/delegate/rotation.py" line="70" />
      <source>%n jour(s) planifié(s)</source>
      <translation>
        <numerusform>%n dag gepland</numerusform>
        <numerusform>%n dagen gepland</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="220" />
      <source>Ajoutez d'abord des membres à la cohorte.</source>
      <translation>Voeg eerst leden toe aan de groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="67" />
      <source>Annulation : {text}</source>
      <translation>Annulering: {text}</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="289" />
      <source>Ce jour est passé : on ne change plus l'histoire.</source>
      <translation>Deze dag is voorbij: de geschiedenis verandert niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="273" />
      <source>Ce jour n'est pas dans le planning.</source>
      <translation>Deze dag staat niet in de planning.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="28" />
      <source>Ce jour-là, {name} n'est pas déléguée.</source>
      <translation>Op die dag is {name} geen verantwoordelijke.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="216" />
      <source>Cette cohorte n'a aucun jour de travail à planifier.</source>
      <translation>Deze groep heeft geen werkdagen om te plannen.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="93" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>Deze groep bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="566" />
      <source>Choisissez un jour de la semaine.</source>
      <translation>Kies een dag van de week.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="563" />
      <source>Choisissez une date ou un jour de la semaine.</source>
      <translation>Kies een datum of een dag van de week.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="283" />
      <source>Choisissez une membre active de la cohorte.</source>
      <translation>Kies een actief lid van de groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="212" />
      <source>Cochez au moins un jour de la semaine.</source>
      <translation>Vink minstens één dag van de week aan.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="421" />
      <source>Personne d'autre n'est disponible ce jour-là.</source>
      <translation>Niemand anders is beschikbaar op die dag.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_problem.py" line="91" />
      <source>Personne n'est disponible : la cohorte n'a pas de membre actif.</source>
      <translation>Niemand is beschikbaar: de groep heeft geen actieve leden.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_problem.py" line="99" />
      <source>Personne n'est disponible : {reasons}. Choisissez quelqu'un à la main.</source>
      <translation>Niemand is beschikbaar: {reasons}. Kies zelf iemand.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="307" />
      <source>Personne n'est déléguée ce jour-là : choisissez quelqu'un.</source>
      <translation>Niemand is verantwoordelijke op die dag: kies iemand.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="404" />
      <source>Personne n'est déléguée ce jour-là.</source>
      <translation>Niemand is verantwoordelijke op die dag.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="311" />
      <source>Une personne ne peut pas échanger avec elle-même.</source>
      <translation>Iemand kan niet met zichzelf ruilen.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation.py" line="85" />
      <source>chaque {day}</source>
      <translation>elke {day}</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="17" />
      <source>dimanche</source>
      <translation>zondag</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="94" />
      <source>indisponible ce jour</source>
      <translation>niet beschikbaar op deze dag</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_problem.py" line="79" />
      <source>jamais le {day}</source>
      <translation>nooit op {day}</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="14" />
      <source>jeudi</source>
      <translation>donderdag</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="11" />
      <source>lundi</source>
      <translation>maandag</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="12" />
      <source>mardi</source>
      <translation>dinsdag</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="13" />
      <source>mercredi</source>
      <translation>woensdag</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="92" />
      <source>partie</source>
      <translation>vertrokken</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="91" />
      <source>pas encore arrivée</source>
      <translation>nog niet begonnen</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="16" />
      <source>samedi</source>
      <translation>zaterdag</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/weekday_names.py" line="15" />
      <source>vendredi</source>
      <translation>vrijdag</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/rotation_problem.py" line="94" />
      <source>{name} ({why})</source>
      <translation>{name} ({why})</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="19" />
      <source>{name} n'a pas de jour à venir à échanger.</source>
      <translation>{name} heeft geen komende dag om te ruilen.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="46" />
      <source>{name} n'est pas disponible ce jour-là.</source>
      <translation>{name} is niet beschikbaar op die dag.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="37" />
      <source>{name} n'est pas disponible le {date}.</source>
      <translation>{name} is niet beschikbaar op {date}.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="57" />
      <source>{name} n'est plus disponible ce jour-là : remplacez-la (Absente…).</source>
      <translation>{name} is niet meer beschikbaar op die dag: vervang haar (Afwezig…).</translation>
    </message>
  </context>
  <context>
    <name>delegate_man</name>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="29" />
      <source>Ce jour-là, {name} n'est pas délégué.</source>
      <translation>Op die dag is {name} geen verantwoordelijke.</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="88" />
      <source>indisponible ce jour</source>
      <translation>niet beschikbaar op deze dag</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="86" />
      <source>parti</source>
      <translation>vertrokken</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="85" />
      <source>pas encore arrivé</source>
      <translation>nog niet begonnen</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="20" />
      <source>{name} n'a pas de jour à venir à échanger.</source>
      <translation>{name} heeft geen komende dag om te ruilen.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="47" />
      <source>{name} n'est pas disponible ce jour-là.</source>
      <translation>{name} is niet beschikbaar op die dag.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="38" />
      <source>{name} n'est pas disponible le {date}.</source>
      <translation>{name} is niet beschikbaar op {date}.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/person_messages.py" line="58" />
      <source>{name} n'est plus disponible ce jour-là : remplacez-le (Absente…).</source>
      <translation>{name} is niet meer beschikbaar op die dag: vervang hem (Afwezig…).</translation>
    </message>
  </context>
  <context>
    <name>directory</name>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="172" />
      <source>Cette organisation a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>Deze organisatie is gewijzigd sinds u dit venster opende: de velden tonen nu de nieuwe waarden. Breng uw wijzigingen opnieuw aan en sla op.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/contacts.py" line="93" />
      <source>Cette organisation n'est plus dans le répertoire.</source>
      <translation>Deze organisatie staat niet meer in het adresboek.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/contacts.py" line="177" />
      <source>Cette personne a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>Deze persoon is gewijzigd sinds u dit venster opende: de velden tonen nu de nieuwe waarden. Breng uw wijzigingen opnieuw aan en sla dan op.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/contacts.py" line="90" />
      <source>Choisissez un rôle dans la liste.</source>
      <translation>Kies een rol uit de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="82" />
      <source>Choisissez un type dans la liste.</source>
      <translation>Kies een soort uit de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/mentors.py" line="56" />
      <source>Choisissez une marraine ou un parrain du répertoire.</source>
      <translation>Kies een meter of peter uit het adresboek.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/mentors.py" line="65" />
      <source>Choisissez une membre de cette cohorte.</source>
      <translation>Kies een lid van deze groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="80" />
      <source>le nom</source>
      <translation>de naam</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/contacts.py" line="87" />
      <source>le prénom</source>
      <translation>de voornaam</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="217" />
      <source>{customer} du {date}</source>
      <translation>{customer} van {date}</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/mentors.py" line="79" />
      <source>{mentor} accompagne déjà {member}.</source>
      <translation>{mentor} begeleidt {member} al.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/contacts.py" line="110" />
      <source>{name} est déjà dans le répertoire.</source>
      <translation>{name} staat al in het adresboek.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="92" />
      <source>« {name} » est déjà dans le répertoire.</source>
      <translation>‘{name}’ staat al in het adresboek.</translation>
    </message>
    <message>
      <location filename="../../app/services/directory/organisations.py" line="209" />
      <source>« {name} » ne peut pas être supprimée : ses commandes y renvoient ({orders}). Les commandes gardent leur client.</source>
      <translation>‘{name}’ kan niet worden verwijderd: haar bestellingen verwijzen ernaar ({orders}). Bestellingen houden hun klant.</translation>
    </message>
  </context>
  <context>
    <name>evaluation</name>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="142" />
      <source>(pas de réponse)</source>
      <translation>(geen antwoord)</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="128" />
      <location filename="../../app/printing/evaluation_report.py" line="133" />
      <source>(à compléter)</source>
      <translation>(in te vullen)</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="141" />
      <source>Aucun code PIN n'est encore choisi.</source>
      <translation>Er is nog geen pincode gekozen.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="105" />
      <source>Auto-évaluation</source>
      <translation>Zelfevaluatie</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="55" />
      <source>Auto-évaluation (« je l'ai déjà »)</source>
      <translation>Zelfevaluatie ("ik kan het al")</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="95" />
      <source>Auto-évaluation : {t}</source>
      <translation>Zelfevaluatie: {t}</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="161" />
      <source>Bilan de compétences d'une participante (confidentiel)</source>
      <translation>Competentiebalans van een deelneemster (vertrouwelijk)</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="76" />
      <source>Bilan de compétences — {name}</source>
      <translation>Vaardighedenverslag — {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="103" />
      <source>Catégorie</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="262" />
      <source>Ce niveau n'existe pas.</source>
      <translation>Dit niveau bestaat niet.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="135" />
      <source>Ce que disent les collègues</source>
      <translation>Wat de collega's zeggen</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="296" />
      <source>Cet adjectif est déjà dans la liste.</source>
      <translation>Dit bijvoeglijk naamwoord staat al in de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="228" />
      <source>Cette compétence existe déjà.</source>
      <translation>Deze vaardigheid bestaat al.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="128" />
      <source>Cette compétence n'existe plus.</source>
      <translation>Deze vaardigheid bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="117" />
      <source>Cette fiche a changé depuis que vous l'avez ouverte : elle montre maintenant ce qui est enregistré, avec vos changements. Vérifiez, puis enregistrez de nouveau.</source>
      <translation>Dit blad is gewijzigd sinds u het opende: het toont nu wat opgeslagen is, met uw wijzigingen. Controleer en sla dan opnieuw op.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="138" />
      <source>Cette évaluation est déjà finalisée.</source>
      <translation>Deze evaluatie is al afgerond.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="81" />
      <location filename="../../app/services/evaluations/peers.py" line="78" />
      <source>Cette évaluation est finalisée : elle ne change plus.</source>
      <translation>Deze evaluatie is afgerond: ze verandert niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="110" />
      <source>Cette évaluation n'existe plus.</source>
      <translation>Deze evaluatie bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="71" />
      <location filename="../../app/services/evaluations/framework.py" line="118" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation>Kies eerst een groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="110" />
      <source>Choisissez de {low} à {high} adjectifs pour {name}.</source>
      <translation>Kies {low} tot {high} bijvoeglijke naamwoorden voor {name}.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="104" />
      <source>Choisissez des adjectifs de la liste.</source>
      <translation>Kies bijvoeglijke naamwoorden uit de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="118" />
      <source>Choisissez des membres de la cohorte.</source>
      <translation>Kies leden van de groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="73" />
      <source>Choisissez un format d'évaluation.</source>
      <translation>Kies een soort evaluatie.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="96" />
      <source>Choisissez un jour entre 1 et {n}.</source>
      <translation>Kies een dag tussen 1 en {n}.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="93" />
      <location filename="../../app/services/evaluations/report.py" line="75" />
      <source>Choisissez un membre de la cohorte.</source>
      <translation>Kies een lid van de groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="196" />
      <source>Choisissez un niveau entre 1 et {n}.</source>
      <translation>Kies een niveau tussen 1 en {n}.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="134" />
      <source>Choisissez un niveau pour ce commentaire.</source>
      <translation>Kies een niveau voor deze opmerking.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="204" />
      <source>Choisissez une catégorie.</source>
      <translation>Kies een categorie.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="90" />
      <source>Choisissez une évaluatrice de cette évaluation.</source>
      <translation>Kies een beoordelaar van deze evaluatie.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="82" />
      <source>Choisissez votre nom dans la liste.</source>
      <translation>Kies je naam in de lijst.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/evaluations/pin.py" line="167" />
      <source>Code PIN faux. Encore %n essai(s).</source>
      <translation>
        <numerusform>Verkeerde pincode. Nog %n poging.</numerusform>
        <numerusform>Verkeerde pincode. Nog %n pogingen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="144" />
      <source>Commentaire de la coordinatrice</source>
      <translation>Opmerking van de coördinator</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="151" />
      <source>Date et signature de la coordinatrice :</source>
      <translation>Datum en handtekening van de coördinator:</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="190" />
      <source>Il faut au moins {n} évaluatrices qui ont noté les membres pour finaliser.</source>
      <translation>Er zijn minstens {n} beoordelaars nodig die de leden punten gaven om af te ronden.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="76" />
      <source>Indiquez la date de début.</source>
      <translation>Geef de begindatum.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="91" />
      <source>L'ancien code PIN n'est pas correct.</source>
      <translation>De oude pincode is niet juist.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="51" />
      <source>Le code PIN a au moins {n} chiffres.</source>
      <translation>De pincode heeft minstens {n} cijfers.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="55" />
      <source>Le code PIN a au plus {n} chiffres.</source>
      <translation>De pincode heeft maximaal {n} cijfers.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="48" />
      <source>Le code PIN ne contient que des chiffres.</source>
      <translation>De pincode bevat alleen cijfers.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="81" />
      <source>Le nombre de jours doit être entre 1 et 30.</source>
      <translation>Het aantal dagen moet tussen 1 en 30 liggen.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="95" />
      <source>Les deux codes ne sont pas les mêmes.</source>
      <translation>De twee codes zijn niet dezelfde.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="93" />
      <source>Observation : {t}</source>
      <translation>Observatie: {t}</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="51" />
      <source>Observé (médiane des évaluatrices)</source>
      <translation>Geobserveerd (mediaan van de beoordelaars)</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="104" />
      <source>Observé (sur {n})</source>
      <translation>Geobserveerd (op {n})</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="128" />
      <source>Points forts</source>
      <translation>Sterke punten</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="131" />
      <source>Points à travailler</source>
      <translation>Punten om aan te werken</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="91" />
      <source>Répondez pour « {name} » : je l'ai déjà, ou à travailler.</source>
      <translation>Antwoord voor "{name}": ik kan het al, of nog te oefenen.</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="98" />
      <source>Résultats par catégorie</source>
      <translation>Resultaten per categorie</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="46" />
      <source>Tapez le code PIN.</source>
      <translation>Typ de pincode.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/pin.py" line="174" />
      <source>Trop d'essais faux. Attendez {n} secondes avant de réessayer.</source>
      <translation>Te veel verkeerde pogingen. Wacht {n} seconden voor je opnieuw probeert.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/grid.py" line="86" />
      <source>Une évaluatrice ne peut pas se noter elle-même.</source>
      <translation>Een beoordelaar kan zichzelf geen punten geven.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="285" />
      <source>l'adjectif</source>
      <translation>het bijvoeglijk naamwoord</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="205" />
      <location filename="../../app/services/evaluations/framework.py" line="235" />
      <source>le nom de la compétence</source>
      <translation>de naam van de vaardigheid</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/framework.py" line="263" />
      <source>le nom du niveau</source>
      <translation>de naam van het niveau</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="74" />
      <source>le titre</source>
      <translation>de titel</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/peers.py" line="100" />
      <source>vous</source>
      <translation>jij</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="82" />
      <source>{cohort}, du {start} au {end}</source>
      <translation>{cohort}, van {start} tot {end}</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="168" />
      <source>{name} a déjà noté des membres : elle reste évaluatrice.</source>
      <translation>{name} heeft al leden punten gegeven: ze blijft beoordelaar.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="146" />
      <source>{name} est évaluée : elle ne peut pas être évaluatrice.</source>
      <translation>{name} wordt geëvalueerd: ze kan geen beoordelaar zijn.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/report.py" line="98" />
      <source>{name} n'est pas membre de « {cohort} ».</source>
      <translation>{name} is geen lid van "{cohort}".</translation>
    </message>
    <message>
      <location filename="../../app/printing/evaluation_report.py" line="118" />
      <source>Échelle : </source>
      <translation>Schaal: </translation>
    </message>
  </context>
  <context>
    <name>evaluation_defaults</name>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="86" />
      <source>Accueillante</source>
      <translation>Gastvrij</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="76" />
      <source>Acquis</source>
      <translation>Verworven</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="90" />
      <source>Attentive</source>
      <translation>Oplettend</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="94" />
      <source>Calme</source>
      <translation>Rustig</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="98" />
      <source>Courageuse</source>
      <translation>Moedig</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="102" />
      <source>Créative</source>
      <translation>Creatief</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="55" />
      <source>Disponibilité</source>
      <translation>Beschikbaarheid</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="106" />
      <source>Drôle</source>
      <translation>Grappig</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="110" />
      <source>Dynamique</source>
      <translation>Dynamisch</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="111" />
      <source>Elle a beaucoup d'énergie.</source>
      <translation>Ze heeft veel energie.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="103" />
      <source>Elle a de nouvelles idées.</source>
      <translation>Ze heeft nieuwe ideeën.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="143" />
      <source>Elle a le sourire, elle met de la bonne humeur.</source>
      <translation>Ze lacht, ze brengt goede zin.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="139" />
      <source>Elle aide volontiers.</source>
      <translation>Ze helpt graag.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="131" />
      <source>Elle arrive à l'heure.</source>
      <translation>Ze komt op tijd.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="91" />
      <source>Elle fait attention aux autres et aux détails.</source>
      <translation>Ze let op anderen en op details.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="107" />
      <source>Elle fait rire les autres.</source>
      <translation>Ze laat anderen lachen.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="69" />
      <source>Elle le fait parfois, avec beaucoup d'aide.</source>
      <translation>Ze doet het soms, met veel hulp.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="77" />
      <source>Elle le fait seule et bien, chaque fois.</source>
      <translation>Ze doet het alleen en goed, elke keer.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="73" />
      <source>Elle le fait souvent, avec un peu d'aide.</source>
      <translation>Ze doet het vaak, met een beetje hulp.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="65" />
      <source>Elle ne le fait pas encore, même avec de l'aide.</source>
      <translation>Ze doet het nog niet, zelfs niet met hulp.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="99" />
      <source>Elle ose faire des choses difficiles.</source>
      <translation>Ze durft moeilijke dingen te doen.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="119" />
      <source>Elle partage et donne volontiers.</source>
      <translation>Ze deelt en geeft graag.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="127" />
      <source>Elle prend le temps, elle attend sans s'énerver.</source>
      <translation>Ze neemt haar tijd, ze wacht zonder zich op te winden.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="123" />
      <source>Elle prépare et range bien son travail.</source>
      <translation>Ze bereidt haar werk goed voor en ruimt goed op.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="95" />
      <source>Elle reste tranquille quand il y a du stress.</source>
      <translation>Ze blijft rustig als er stress is.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="87" />
      <source>Elle reçoit bien les gens.</source>
      <translation>Ze ontvangt mensen goed.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="135" />
      <source>Elle travaille avec soin.</source>
      <translation>Ze werkt zorgvuldig.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="147" />
      <source>Elle travaille beaucoup et bien.</source>
      <translation>Ze werkt veel en goed.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="72" />
      <source>En progrès</source>
      <translation>Gaat vooruit</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="49" />
      <source>Entraide</source>
      <translation>Elkaar helpen</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="114" />
      <source>Fiable</source>
      <translation>Betrouwbaar</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="118" />
      <source>Généreuse</source>
      <translation>Vrijgevig</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="51" />
      <source>Hygiène en cuisine</source>
      <translation>Hygiëne in de keuken</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="45" />
      <source>Initiative</source>
      <translation>Initiatief</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="115" />
      <source>On peut compter sur elle.</source>
      <translation>Je kunt op haar rekenen.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="53" />
      <source>Organisation du poste</source>
      <translation>Organisatie van de werkplek</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="122" />
      <source>Organisée</source>
      <translation>Georganiseerd</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="126" />
      <source>Patiente</source>
      <translation>Geduldig</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="54" />
      <source>Ponctualité</source>
      <translation>Stiptheid</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="130" />
      <source>Ponctuelle</source>
      <translation>Stipt</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="50" />
      <source>Prise de parole en groupe</source>
      <translation>Spreken in een groep</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="134" />
      <source>Précise</source>
      <translation>Nauwkeurig</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="52" />
      <source>Qualité des préparations</source>
      <translation>Kwaliteit van de bereidingen</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="56" />
      <source>Respect des consignes</source>
      <translation>Afspraken volgen</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="46" />
      <source>Résolution de problèmes</source>
      <translation>Problemen oplossen</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="47" />
      <source>Sens commercial</source>
      <translation>Commercieel inzicht</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="138" />
      <source>Serviable</source>
      <translation>Behulpzaam</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="142" />
      <source>Souriante</source>
      <translation>Vrolijk</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="146" />
      <source>Travailleuse</source>
      <translation>Hardwerkend</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="64" />
      <source>À découvrir</source>
      <translation>Te ontdekken</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="68" />
      <source>À travailler</source>
      <translation>Aan te werken</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/default_framework.py" line="48" />
      <source>Écoute</source>
      <translation>Luisteren</translation>
    </message>
  </context>
  <context>
    <name>evaluation_man</name>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="169" />
      <source>{name} a déjà noté des membres : il reste évaluateur.</source>
      <translation>{name} heeft al leden punten gegeven: hij blijft beoordelaar.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/campaigns.py" line="147" />
      <source>{name} est évalué : il ne peut pas être évaluateur.</source>
      <translation>{name} wordt geëvalueerd: hij kan geen beoordelaar zijn.</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations/report.py" line="99" />
      <source>{name} n'est pas membre de « {cohort} ».</source>
      <translation>{name} is geen lid van "{cohort}".</translation>
    </message>
  </context>
  <context>
    <name>first_run</name>
    <message>
      <location filename="../../app/services/people/first_run.py" line="52" />
      <source>Une coopérative existe déjà dans cette base.</source>
      <translation>Er is al een coöperatie in deze databank.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/first_run.py" line="59" />
      <source>{name} est écrite deux fois.</source>
      <translation>{name} staat er twee keer.</translation>
    </message>
  </context>
  <context>
    <name>hygiene_sheet</name>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="37" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="43" />
      <source>Lignes non cochées : {n}</source>
      <translation>Niet aangevinkte regels: {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="27" />
      <source>Nettoyage et hygiène — {cohort} — {month}</source>
      <translation>Schoonmaak en hygiëne — {cohort} — {month}</translation>
    </message>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="34" />
      <source>Pas de matinée de cuisine ce mois-ci.</source>
      <translation>Geen keukenvoormiddag deze maand.</translation>
    </message>
    <message>
      <location filename="../../app/printing/hygiene_month.py" line="47" />
      <source>Relevé mensuel du nettoyage et de l'hygiène (autocontrôle)</source>
      <translation>Maandelijkse schoonmaak- en hygiëneregistratie (autocontrole)</translation>
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
      <translation>Kies een eenheid: g, kg, ml, l of stuk.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="213" />
      <source>Des recettes utilisent cet ingrédient : on ne peut pas passer des pièces au poids ou au volume.</source>
      <translation>Er zijn recepten die dit ingrediënt gebruiken: je kunt niet van stuks naar gewicht of volume gaan.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="147" />
      <source>Indiquez depuis quand ce prix est valable.</source>
      <translation>Geef aan sinds wanneer deze prijs geldt.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="138" />
      <source>La taille du paquet doit être plus grande que zéro.</source>
      <translation>De grootte van het pak moet groter zijn dan nul.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="161" />
      <source>Le poids d'une pièce doit être plus grand que zéro (en grammes).</source>
      <translation>Het gewicht van één stuk moet groter zijn dan nul (in gram).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="153" />
      <source>Le poids d'une pièce ne sert que pour un ingrédient compté en pièces.</source>
      <translation>Het gewicht van één stuk dient alleen voor een ingrediënt dat per stuk geteld wordt.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="143" />
      <source>Le prix du paquet doit être plus grand que zéro.</source>
      <translation>De prijs van het pak moet groter zijn dan nul.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/nutrition_values.py" line="47" />
      <source>Les acides gras saturés font partie des matières grasses, et les sucres des glucides : ils ne peuvent pas être plus grands.</source>
      <translation>Verzadigde vetzuren maken deel uit van de vetten, en suikers van de koolhydraten: ze kunnen niet groter zijn.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/components.py" line="48" />
      <source>Ligne {n} : donnez le nom de l'ingrédient, ou videz la ligne.</source>
      <translation>Regel {n}: geef de naam van het ingrediënt, of maak de regel leeg.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="336" />
      <source>On ne peut pas supprimer « {name} » : ces recettes l'utilisent : {recipes}. Vous pouvez le rendre inactif.</source>
      <translation>"{name}" kan niet verwijderd worden: deze recepten gebruiken het: {recipes}. Je kunt het niet-actief maken.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/components.py" line="38" />
      <source>Un ingrédient composé a {n} ingrédients au plus.</source>
      <translation>Een samengesteld ingrediënt heeft hoogstens {n} ingrediënten.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="131" />
      <source>Un ingrédient porte déjà ce nom.</source>
      <translation>Er is al een ingrediënt met deze naam.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/nutrition_values.py" line="40" />
      <source>Une valeur nutritionnelle pour 100 g va de 0 à {limit}.</source>
      <translation>Een voedingswaarde per 100 g gaat van 0 tot {limit}.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/ingredients.py" line="128" />
      <source>le nom de l'ingrédient</source>
      <translation>de naam van het ingrediënt</translation>
    </message>
  </context>
  <context>
    <name>kitchen</name>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="37" />
      <source>Ce lot fabriqué n'existe plus.</source>
      <translation>Dit gemaakte lot bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/batches.py" line="96" />
      <location filename="../../app/services/kitchen/stock_changes.py" line="66" />
      <source>Cet achat n'existe plus.</source>
      <translation>Deze aankoop bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="227" />
      <source>Cet appareil n'existe plus.</source>
      <translation>Dit toestel bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="103" />
      <source>Cette date est avant le jour de l'achat.</source>
      <translation>Deze datum ligt vóór de aankoopdag.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="154" />
      <source>Choisissez frigo ou congélateur.</source>
      <translation>Kies koelkast of diepvriezer.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="88" />
      <source>Choisissez l'ingrédient acheté.</source>
      <translation>Kies het gekochte ingrediënt.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/batches.py" line="124" />
      <source>Choisissez le produit fabriqué.</source>
      <translation>Kies het gemaakte product.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="97" />
      <source>Indiquez la date écrite sur l'emballage.</source>
      <translation>Vul de datum op de verpakking in.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/batches.py" line="126" />
      <source>Indiquez le jour de fabrication.</source>
      <translation>Vul de productiedag in.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="90" />
      <source>Indiquez le jour de l'achat.</source>
      <translation>Vul de aankoopdag in.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="30" />
      <source>Indiquez le jour.</source>
      <translation>Vul de dag in.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/batches.py" line="81" />
      <location filename="../../app/services/kitchen/stock_changes.py" line="78" />
      <location filename="../../app/services/kitchen/stock_changes.py" line="201" />
      <source>Indiquez un nombre entier d'unités.</source>
      <translation>Vul een geheel aantal stuks in.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="159" />
      <source>La limite haute doit être plus grande que la limite basse.</source>
      <translation>De bovengrens moet hoger zijn dan de ondergrens.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/batches.py" line="105" />
      <source>Le lot {lot} de {ingredient} n'en a plus que {left} : vous en utilisez {used}.</source>
      <translation>Van lot {lot} {ingredient} is nog maar {left} over: u gebruikt {used}.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="325" />
      <source>Pas d'appareil « {name} ».</source>
      <translation>Geen toestel « {name} ».</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="94" />
      <source>Sorte de date inconnue.</source>
      <translation>Onbekende soort datum.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="152" />
      <source>Un appareil porte déjà ce nom.</source>
      <translation>Een toestel heeft deze naam al.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/purchases.py" line="154" />
      <source>Un lot fabriqué a utilisé cet achat : retirez d'abord ce lot.</source>
      <translation>Een gemaakt lot heeft deze aankoop gebruikt: verwijder eerst dat lot.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_rules.py" line="27" />
      <source>achat du {date}</source>
      <translation>aankoop van {date}</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="202" />
      <source>la raison de la perte</source>
      <translation>de reden van het verlies</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="150" />
      <source>la raison du comptage</source>
      <translation>de reden van de telling</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="149" />
      <source>le nom</source>
      <translation>de naam</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="124" />
      <source>{value} °C : un frigo ou un congélateur est entre -40 et 30 °C. Relisez le thermomètre.</source>
      <translation>{value} °C: een koelkast of diepvriezer zit tussen -40 en 30 °C. Lees de thermometer opnieuw.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/temperatures.py" line="112" />
      <source>« {text} » n'est pas une température. Écrivez par exemple 4 ou -18,5.</source>
      <translation>« {text} » is geen temperatuur. Schrijf bijvoorbeeld 4 of -18,5.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="155" />
      <source>Écrivez la quantité comptée d'au moins un lot.</source>
      <translation>Schrijf de getelde hoeveelheid van minstens één lot.</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../app/services/labels/content.py" line="918" />
      <source> Vouliez-vous dire : {names} ?</source>
      <translation> Bedoelde je: {names}?</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="923" />
      <source>Aucun produit ne s'appelle « {name} ».</source>
      <translation>Er is geen product met de naam "{name}".</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="180" />
      <source>Avec le changement de poids à la cuisson indiqué ({change} %), {ingredients} g d'ingrédients donnent {expected} g, mais rendement × quantité nette = {finished} g. Vérifiez la perte à la cuisson, le rendement et la quantité nette.</source>
      <translation>Met de opgegeven gewichtsverandering bij het koken ({change} %) geven {ingredients} g ingrediënten {expected} g, maar opbrengst × nettohoeveelheid = {finished} g. Controleer het kookverlies, de opbrengst en de nettohoeveelheid.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="271" />
      <source>Ce code est celui d'un modèle fourni : choisissez-en un autre.</source>
      <translation>Deze code is die van een meegeleverd model: kies een andere.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="980" />
      <source>Ce modèle n'a qu'une étiquette par page : rien à sauter.</source>
      <translation>Dit model heeft maar één etiket per pagina: niets over te slaan.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="298" />
      <source>Ce modèle n'est pas un modèle personnalisé.</source>
      <translation>Dit model is geen eigen model.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="385" />
      <source>Ce produit n'existe plus.</source>
      <translation>Dit product bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="1003" />
      <source>Choisissez au moins un produit et un nombre d'étiquettes.</source>
      <translation>Kies minstens één product en een aantal etiketten.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="160" />
      <source>Contient</source>
      <translation>Bevat</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="700" />
      <source>Décalage de l'imprimante : {right} mm vers la droite, {down} mm vers le bas.</source>
      <translation>Verschuiving van de printer: {right} mm naar rechts, {down} mm naar onder.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="614" />
      <source>Eau</source>
      <translation>Water</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="172" />
      <source>Entre 1 et 100 rangées.</source>
      <translation>Tussen 1 en 100 rijen.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="170" />
      <source>Entre 1 et 50 colonnes.</source>
      <translation>Tussen 1 en 50 kolommen.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="732" />
      <source>Impossible de faire l'étiquette de « {name} ». Il manque : {missing}. Complétez la recette.</source>
      <translation>Kan het etiket van "{name}" niet maken. Er ontbreekt: {missing}. Vul het recept aan.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="694" />
      <source>Imprimez-la sur du papier normal, posez-la sur une feuille d'étiquettes et regardez à la lumière.</source>
      <translation>Druk ze af op gewoon papier, leg ze op een etikettenblad en kijk ertegen het licht.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="247" />
      <source>Indiquez un nombre (exemple : 63,5).</source>
      <translation>Geef een getal (voorbeeld: 63,5).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="254" />
      <source>Indiquez un nombre entier.</source>
      <translation>Geef een geheel getal.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="168" />
      <source>Indiquez une dimension plus grande que zéro.</source>
      <translation>Geef een maat groter dan nul.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="135" />
      <source>Ingrédients</source>
      <translation>Ingrediënten</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="535" />
      <source>L'histoire de « {name} » ne tient pas sur le modèle {template} à côté des mentions obligatoires : imprimez sans l'histoire.</source>
      <translation>Het verhaal van „{name}” past niet op sjabloon {template} naast de verplichte vermeldingen: druk af zonder het verhaal.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="350" />
      <source>Le code EAN-13 « {code} » a une erreur (dernier chiffre).</source>
      <translation>De EAN-13-code "{code}" heeft een fout (laatste cijfer).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="264" />
      <source>Le code du modèle : lettres, chiffres, tirets, 30 signes au plus (ex. MON-60x40).</source>
      <translation>De code van het model: letters, cijfers, streepjes, maximaal 30 tekens (bv. MIJN-60x40).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="336" />
      <source>Le code produit « {code} » n'a pas que des chiffres : choisissez le QR code, ou donnez un code en chiffres dans la recette.</source>
      <translation>De productcode "{code}" bestaat niet alleen uit cijfers: kies de QR-code, of geef een code in cijfers in het recept.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="544" />
      <source>Le code-barres de « {name} » ne tient pas sur le modèle {template} à côté des mentions obligatoires : imprimez sans code-barres.</source>
      <translation>De streepjescode van „{name}” past niet op sjabloon {template} naast de verplichte vermeldingen: druk af zonder streepjescode.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="666" />
      <source>Le nom ou l'histoire fait une allégation : l'étiquette doit donner les valeurs nutritionnelles. Entrez celles de : {names} (fiche de l'ingrédient, « Valeurs nutritionnelles… »).</source>
      <translation>De naam of het verhaal doet een claim: het etiket moet de voedingswaarden geven. Vul die in van: {names} (fiche van het ingrediënt, "Voedingswaarden…").</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="237" />
      <source>Le nom « {product} » évoque « {ingredient} » : son pourcentage est imprimé. Confirmez-le dans la recette (colonne « Mis en avant »), ou décochez.</source>
      <translation>De naam "{product}" verwijst naar "{ingredient}": het percentage wordt afgedrukt. Bevestig het in het recept (kolom "In de verf"), of vink het uit.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="970" />
      <source>Le nombre d'étiquettes va de 1 à {max} par produit.</source>
      <translation>Het aantal etiketten gaat van 1 tot {max} per product.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="180" />
      <source>Le pas horizontal doit être au moins la largeur d'une étiquette.</source>
      <translation>De horizontale stap moet minstens de breedte van een etiket zijn.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="185" />
      <source>Le pas vertical doit être au moins la hauteur d'une étiquette.</source>
      <translation>De verticale stap moet minstens de hoogte van een etiket zijn.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="199" />
      <source>Les ingrédients pèsent {ingredients} g et le produit fini {finished} g (rendement × quantité nette) : une perte à la cuisson de {percent} % ? Les pourcentages de l'étiquette sont calculés sur le produit fini : indiquez la perte dans la recette (« À la cuisson »), ou corrigez le rendement et la quantité nette.</source>
      <translation>De ingrediënten wegen {ingredients} g en het eindproduct {finished} g (opbrengst × nettohoeveelheid): een kookverlies van {percent} %? De percentages op het etiket worden berekend op het eindproduct: geef het verlies op in het recept ("Bij het koken"), of verbeter de opbrengst en de nettohoeveelheid.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="212" />
      <source>Les ingrédients pèsent {ingredients} g et le produit fini {finished} g (rendement × quantité nette) : {percent} % d'eau ajoutée à la cuisson ? Si oui, indiquez-le dans la recette (« À la cuisson ») ; sinon, corrigez le rendement et la quantité nette.</source>
      <translation>De ingrediënten wegen {ingredients} g en het eindproduct {finished} g (opbrengst × nettohoeveelheid): {percent} % water toegevoegd bij het koken? Zo ja, geef het op in het recept ("Bij het koken"); zo niet, verbeter de opbrengst en de nettohoeveelheid.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="552" />
      <source>Les mentions obligatoires de « {name} » (ingrédients, conservation, producteur, date, lot, quantité) ne tiennent pas sur le modèle {template}, même en lettres de {x} mm, le minimum de la loi.</source>
      <translation>De verplichte vermeldingen van „{name}” (ingrediënten, bewaring, producent, datum, lot, hoeveelheid) passen niet op sjabloon {template}, zelfs niet in letters van {x} mm, het wettelijke minimum.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="208" />
      <source>Les étiquettes sortent de la page en bas ({bottom} mm pour une page de {height} mm). Réduisez les rangées, la marge ou le pas.</source>
      <translation>De etiketten gaan onderaan buiten de pagina ({bottom} mm voor een pagina van {height} mm). Verminder de rijen, de marge of de stap.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="195" />
      <source>Les étiquettes sortent de la page à droite ({right} mm pour une page de {width} mm). Réduisez les colonnes, la marge ou le pas.</source>
      <translation>De etiketten gaan rechts buiten de pagina ({right} mm voor een pagina van {width} mm). Verminder de kolommen, de marge of de stap.</translation>
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
      <translation>Onbekend etikettenmodel: "{id}". Bekende modellen: {known}.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="983" />
      <source>On peut sauter de 0 à {max} étiquettes (une feuille {name} en a {n}).</source>
      <translation>Je kunt 0 tot {max} etiketten overslaan (een blad {name} heeft er {n}).</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="581" />
      <source>Ou prenez un modèle plus grand, par exemple {name}.</source>
      <translation>Of neem een groter sjabloon, bijvoorbeeld {name}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="677" />
      <source>Page de réglage</source>
      <translation>Testpagina</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="693" />
      <source>Page de réglage : {name}</source>
      <translation>Testpagina: {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="315" />
      <source>Peut contenir des traces de : {allergens}.</source>
      <translation>Kan sporen bevatten van: {allergens}.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="914" />
      <source>Plusieurs produits s'appellent « {name} ».</source>
      <translation>Er zijn meerdere producten met de naam "{name}".</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="585" />
      <source>Raccourcissez les textes de la recette.</source>
      <translation>Maak de teksten van het recept korter.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="775" />
      <source>Type de code-barres inconnu.</source>
      <translation>Onbekende soort streepjescode.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="362" />
      <source>Un code produit a 10 chiffres au plus, ou 12 ou 13 chiffres (EAN).</source>
      <translation>Een productcode heeft maximaal 10 cijfers, of 12 of 13 cijfers (EAN).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="332" />
      <source>Un décalage d'imprimante est de {max} mm au plus.</source>
      <translation>Een verschuiving van de printer is maximaal {max} mm.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="747" />
      <source>Un numéro de lot a {n} signes au plus.</source>
      <translation>Een lotnummer heeft maximaal {n} tekens.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="141" />
      <source>Un produit gardé au frais, avec des œufs, du lait, de la viande ou du poisson, demande « À consommer jusqu'au » (DLC), pas « de préférence avant » (DDM).</source>
      <translation>Een gekoeld product met eieren, melk, vlees of vis vraagt „Te gebruiken tot”, niet „Ten minste houdbaar tot”.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="166" />
      <source>Une marge ne peut pas être négative.</source>
      <translation>Een marge kan niet negatief zijn.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="106" />
      <source>Une phrase sur la santé (« bon pour… », « renforce… ») n'est permise que si elle figure dans la liste européenne des allégations de santé autorisées. Retirez-la ou reprenez la phrase exacte de la liste.</source>
      <translation>Een zin over gezondheid („goed voor…”, „versterkt…”) mag alleen als hij in de Europese lijst van toegelaten gezondheidsclaims staat. Verwijder hem of neem de precieze zin uit de lijst over.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="175" />
      <source>Une étiquette mesure au moins 15 × 10 mm.</source>
      <translation>Een etiket is minstens 15 × 10 mm.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/nutrition.py" line="105" />
      <source>Valeurs nutritionnelles pour 100 g : énergie {kj} kJ / {kcal} kcal ; matières grasses {fat}, dont acides gras saturés {saturates} ; glucides {carbohydrate}, dont sucres {sugars} ; protéines {protein} ; sel {salt}.</source>
      <translation>Voedingswaarden per 100 g: energie {kj} kJ / {kcal} kcal; vetten {fat}, waarvan verzadigde vetzuren {saturates}; koolhydraten {carbohydrate}, waarvan suikers {sugars}; eiwitten {protein}; zout {salt}.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="143" />
      <source>arachides</source>
      <translation>aardnoten</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="131" />
      <source>blé</source>
      <translation>tarwe</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="130" />
      <source>blé dur</source>
      <translation>harde tarwe</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="140" />
      <source>crustacés</source>
      <translation>schaaldieren</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="147" />
      <source>céleri</source>
      <translation>selderij</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="146" />
      <source>fruits à coque</source>
      <translation>noten</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="139" />
      <source>gluten</source>
      <translation>gluten</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="687" />
      <source>la durée de conservation (en jours)</source>
      <translation>de houdbaarheid (in dagen)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="685" />
      <source>la quantité nette (poids, volume ou nombre)</source>
      <translation>de nettohoeveelheid (gewicht, volume of aantal)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="145" />
      <source>lait</source>
      <translation>melk</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="698" />
      <source>le code produit (pour le code-barres)</source>
      <translation>de productcode (voor de streepjescode)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="696" />
      <source>le nom et l'adresse de la coopérative (Fichier &gt; Paramètres)</source>
      <translation>de naam en het adres van de coöperatie (Bestand &gt; Instellingen)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="588" />
      <source>le poids en g de « {name} » (compté en pièces)</source>
      <translation>het gewicht in g van "{name}" (geteld in stuks)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="690" />
      <source>les conditions de conservation (obligatoires avec « à consommer jusqu'au »)</source>
      <translation>de bewaarvoorschriften (verplicht bij "te gebruiken tot")</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="683" />
      <source>les ingrédients</source>
      <translation>de ingrediënten</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="151" />
      <source>lupin</source>
      <translation>lupine</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="152" />
      <source>mollusques</source>
      <translation>weekdieren</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="148" />
      <source>moutarde</source>
      <translation>mosterd</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="286" />
      <source>pièce</source>
      <translation>stuk</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="286" />
      <source>pièces</source>
      <translation>stuks</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="142" />
      <source>poisson</source>
      <translation>vis</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="144" />
      <source>soja</source>
      <translation>soja</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="150" />
      <source>sulfites</source>
      <translation>sulfieten</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="149" />
      <source>sésame</source>
      <translation>sesam</translation>
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
      <translation>{name} — {n} per blad ({w} × {h} mm)</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="98" />
      <source>« Allégé » demande au moins 30 % de moins qu'un produit semblable, dit sur l'étiquette, et une déclaration nutritionnelle.</source>
      <translation>„Light” vraagt minstens 30 % minder dan een gelijkaardig product, vermeld op het etiket, en een voedingswaardevermelding.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="89" />
      <source>« Riche en » ou « source de » est une allégation nutritionnelle : elle demande une déclaration nutritionnelle et les quantités minimales fixées par la loi (par exemple 3 g de fibres pour 100 g pour « source de fibres »).</source>
      <translation>„Rijk aan” of „bron van” is een voedingsclaim: die vraagt een voedingswaardevermelding en de wettelijke minimumhoeveelheden (bijvoorbeeld 3 g vezels per 100 g voor „bron van vezels”).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="66" />
      <source>« Sans sucre ajouté » : la recette contient du sucre, du miel ou un sirop. Retirez cette phrase.</source>
      <translation>„Zonder toegevoegde suiker”: het recept bevat suiker, honing of een siroop. Verwijder deze zin.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="74" />
      <source>« Sans sucre ajouté » est une allégation : elle n'est permise que sans aucun sucre, miel ni sirop ajouté, et l'étiquette doit dire « contient des sucres naturellement présents » quand les ingrédients en ont (dattes, fruits, lait).</source>
      <translation>„Zonder toegevoegde suiker” is een claim: alleen toegestaan zonder toegevoegde suiker, honing of siroop, en het etiket moet „bevat van nature aanwezige suikers” vermelden als de ingrediënten die hebben (dadels, fruit, melk).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="81" />
      <source>« Sans sucre ajouté » est une allégation : vérifiez qu'aucun sucre, miel ni sirop n'est ajouté.</source>
      <translation>„Zonder toegevoegde suiker” is een claim: controleer dat er geen suiker, honing of siroop is toegevoegd.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="264" />
      <source>« {name} » n'est pas un nom français : écrivez dans la recette un nom descriptif (par exemple « Boules énergétiques aux dattes et au cacao »), imprimé sous le nom.</source>
      <translation>„{name}” is geen Franse naam: schrijf in het recept een beschrijvende naam (bijvoorbeeld „Boules énergétiques aux dattes et au cacao”), gedrukt onder de naam.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/templates.py" line="244" />
      <source>« {text} » n'est pas un nombre (exemple : 63,5).</source>
      <translation>"{text}" is geen getal (voorbeeld: 63,5).</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="149" />
      <source>« À consommer jusqu'au » (DLC) est pour les produits gardés au frais : celui-ci se garde au sec. Vérifiez le type de date.</source>
      <translation>„Te gebruiken tot” is voor gekoelde producten: dit product bewaart men droog. Controleer het soort datum.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/warnings.py" line="130" />
      <source>« À réchauffer » sur un produit qui se mange froid : vérifiez les conditions de conservation.</source>
      <translation>„Op te warmen” op een product dat koud gegeten wordt: controleer de bewaarvoorschriften.</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="315" />
      <source>À consommer de préférence avant le</source>
      <translation>Ten minste houdbaar tot</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="314" />
      <source>À consommer jusqu'au</source>
      <translation>Te gebruiken tot</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="616" />
      <source>Étiquettes</source>
      <translation>Etiketten</translation>
    </message>
    <message>
      <location filename="../../app/printing/labels.py" line="619" />
      <source>Étiquettes alimentaires, à imprimer à taille réelle</source>
      <translation>Voedingsetiketten, af te drukken op ware grootte</translation>
    </message>
    <message>
      <location filename="../../app/services/labels/content.py" line="141" />
      <source>œufs</source>
      <translation>eieren</translation>
    </message>
  </context>
  <context>
    <name>lot_trace</name>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="101" />
      <source>Achats avec ce lot du fournisseur</source>
      <translation>Aankopen met dit lot van de leverancier</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="27" />
      <source>Acheté</source>
      <translation>Gekocht</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="24" />
      <source>Acheté le</source>
      <translation>Gekocht op</translation>
    </message>
    <message>
      <location filename="../../app/commands/kitchen.py" line="175" />
      <location filename="../../app/printing/lot_trace.py" line="96" />
      <source>Aucun achat ni lot fabriqué avec ce numéro.</source>
      <translation>Geen aankoop of gemaakt lot met dit nummer.</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="74" />
      <source>Aucun achat noté.</source>
      <translation>Geen aankoop genoteerd.</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="83" />
      <source>Aucune vente de ce lot.</source>
      <translation>Geen verkoop uit dit lot.</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="26" />
      <source>Date sur l'emballage</source>
      <translation>Datum op de verpakking</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="57" />
      <source>Fabriqué le {made_on} · unités : {made} · date sur l'étiquette : {best} · vendues : {sold} · perdues : {wasted} · en stock : {left}</source>
      <translation>Gemaakt op {made_on} · stuks: {made} · datum op het etiket: {best} · verkocht: {sold} · verloren: {wasted} · in voorraad: {left}</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="23" />
      <source>Fournisseur</source>
      <translation>Leverancier</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="22" />
      <source>Ingrédient</source>
      <translation>Ingrediënt</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="70" />
      <source>Ingrédients achetés utilisés</source>
      <translation>Gebruikte gekochte ingrediënten</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="78" />
      <source>Jour de vente</source>
      <translation>Verkoopdag</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="78" />
      <source>Lieu</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="25" />
      <source>Lot du fournisseur</source>
      <translation>Lot van de leverancier</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="49" />
      <source>Lot {lot} — {product} (version {version}) — {cohort}</source>
      <translation>Lot {lot} — {product} (versie {version}) — {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="106" />
      <source>Traçabilité : des achats aux jours de vente (rappel de produit)</source>
      <translation>Traceerbaarheid: van aankopen tot verkoopdagen (terugroeping)</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="91" />
      <source>Traçabilité du lot {lot}</source>
      <translation>Traceerbaarheid van lot {lot}</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="78" />
      <source>Unités</source>
      <translation>Stuks</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="27" />
      <source>Utilisé</source>
      <translation>Gebruikt</translation>
    </message>
    <message>
      <location filename="../../app/printing/lot_trace.py" line="75" />
      <source>Ventes</source>
      <translation>Verkoop</translation>
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <location filename="../../app/services/menus/menus.py" line="108" />
      <source>Ajoutez au moins une recette au menu.</source>
      <translation>Voeg minstens één recept toe aan het menu.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="159" />
      <source>Ce menu a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>Dit menu is gewijzigd sinds u dit venster opende: de velden tonen nu de nieuwe waarden. Breng uw wijzigingen opnieuw aan en sla dan op.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="105" />
      <source>Choisissez un format de vente.</source>
      <translation>Kies een verkoopformaat.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="112" />
      <source>Choisissez une recette de la liste.</source>
      <translation>Kies een recept uit de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="117" />
      <source>Les portions par personne doivent être plus grandes que zéro.</source>
      <translation>De porties per persoon moeten groter zijn dan nul.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="103" />
      <source>Un menu porte déjà ce nom.</source>
      <translation>Er is al een menu met deze naam.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/menus.py" line="100" />
      <source>le nom du menu</source>
      <translation>de naam van het menu</translation>
    </message>
  </context>
  <context>
    <name>modules</name>
    <message>
      <location filename="../../app/vocab/schedule.py" line="107" />
      <source>Affiches et étiquettes</source>
      <translation>Affiches en etiketten</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="95" />
      <source>Alimentation durable</source>
      <translation>Duurzame voeding</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="104" />
      <source>Analyse SWOT</source>
      <translation>SWOT-analyse</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="101" />
      <source>Carte d'empathie et proposition de valeur</source>
      <translation>Empathiekaart en waardepropositie</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="88" />
      <source>Communication visuelle</source>
      <translation>Visuele communicatie</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="111" />
      <source>Conférence</source>
      <translation>Lezing</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="99" />
      <source>Cuisine</source>
      <translation>Koken</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="105" />
      <source>Dressage des assiettes</source>
      <translation>Borden dresseren</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="84" />
      <source>Découverte du marché et entretiens d'empathie</source>
      <translation>De markt verkennen en empathie-interviews</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="100" />
      <source>Dégustation et questionnaire</source>
      <translation>Proeverij en vragenlijst</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="108" />
      <source>Energy balls avec un partenaire</source>
      <translation>Energy balls met een partner</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="77" />
      <source>Entrepreneuriat</source>
      <translation>Ondernemerschap</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="106" />
      <source>Exercices de comptabilité</source>
      <translation>Boekhoudoefeningen</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="87" />
      <source>Gestion du cycle de projet</source>
      <translation>Projectcyclusbeheer</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="96" />
      <source>Hygiène alimentaire et règles de l'AFSCA</source>
      <translation>Voedselhygiëne en de regels van het FAVV</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="89" />
      <source>Introduction à la comptabilité</source>
      <translation>Inleiding tot boekhouding</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="78" />
      <source>Le marché de l'emploi belge et ses codes</source>
      <translation>De Belgische arbeidsmarkt en haar codes</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="112" />
      <source>Matinée avec les marraines et parrains</source>
      <translation>Voormiddag met de meters en peters</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="82" />
      <source>Plan d'affaires</source>
      <translation>Ondernemingsplan</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="94" />
      <source>Répondre aux demandes des clients</source>
      <translation>Ingaan op vragen van klanten</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="90" />
      <source>Storytelling</source>
      <translation>Storytelling</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="91" />
      <source>Vendre, étiqueter et présenter ses produits</source>
      <translation>Je producten verkopen, etiketteren en voorstellen</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="115" />
      <source>Vente</source>
      <translation>Verkoop</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="110" />
      <source>Visite d'un restaurant</source>
      <translation>Bezoek aan een restaurant</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="109" />
      <source>Visite d'un supermarché coopératif</source>
      <translation>Bezoek aan een coöperatieve supermarkt</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="81" />
      <source>Économie sociale et coopératives</source>
      <translation>Sociale economie en coöperaties</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="83" />
      <source>Étude de marché</source>
      <translation>Marktonderzoek</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="116" />
      <source>Évaluation</source>
      <translation>Evaluatie</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <location filename="../../app/services/money.py" line="98" />
      <source>Ce montant est trop grand (au plus {limit}).</source>
      <translation>Dit bedrag is te groot (maximaal {limit}).</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="62" />
      <source>Indiquez un montant, par exemple 2,50.</source>
      <translation>Geef een bedrag, bijvoorbeeld 2,50.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="93" />
      <source>Le montant doit être plus grand que zéro.</source>
      <translation>Het bedrag moet groter zijn dan nul.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="90" />
      <source>Le montant ne peut pas être négatif.</source>
      <translation>Het bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="87" />
      <source>Un montant a au plus deux chiffres après la virgule (les cents).</source>
      <translation>Een bedrag heeft maximaal twee cijfers na de komma (de centen).</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="69" />
      <location filename="../../app/services/money.py" line="79" />
      <source>« {text} » n'est pas un montant. Écrivez par exemple 2,50.</source>
      <translation>"{text}" is geen bedrag. Schrijf bijvoorbeeld 2,50.</translation>
    </message>
    <message>
      <location filename="../../app/services/money.py" line="38" />
      <source>« {text} » peut se lire {small} ou {large}. Écrivez {small_typed} ou {large_typed}.</source>
      <translation>„{text}” kan gelezen worden als {small} of {large}. Typ {small_typed} of {large_typed}.</translation>
    </message>
  </context>
  <context>
    <name>network</name>
    <message>
      <location filename="../../app/services/network/publish.py" line="251" />
      <source>Cet ordinateur a déjà une autre cohorte « {name} » : renommez-la avant de récupérer celle du serveur.</source>
      <translation>Deze computer heeft al een andere groep “{name}”: geef ze een andere naam voor u die van de server ophaalt.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="46" />
      <source>Cette base n'a pas d'identifiant : rouvrez-la d'abord.</source>
      <translation>Deze database heeft geen identificatie: open ze eerst opnieuw.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="121" />
      <source>La cohorte « {name} » est publiée depuis un autre ordinateur, « {other} » (dernière publication le {when}), et pas depuis celui-ci, « {this} ». Une cohorte n'a qu'un ordinateur qui l'écrit : pour la reprendre ici, récupérez-la d'abord depuis le serveur (coopactives fetch).</source>
      <translation>De groep “{name}” wordt gepubliceerd vanaf een andere computer, “{other}” (laatst gepubliceerd op {when}), niet vanaf deze, “{this}”. Een groep heeft maar één computer die ze schrijft: om ze hier over te nemen, haalt u ze eerst van de server (coopactives fetch).</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="79" />
      <source>La connexion au serveur {url} s'est interrompue. Le serveur garde la copie complète précédente ; relancez la publication quand le réseau est revenu.</source>
      <translation>De verbinding met de server {url} werd onderbroken. De server houdt de vorige volledige kopie; publiceer opnieuw wanneer het netwerk terug is.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="110" />
      <source>Le serveur a déjà une autre cohorte « {name} » : renommez l'une des deux avant de publier.</source>
      <translation>De server heeft al een andere groep “{name}”: geef een van beide een andere naam voor u publiceert.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="238" />
      <source>Le serveur n'a pas de cohorte « {name} ». Cohortes publiées : {names}.</source>
      <translation>De server heeft geen groep “{name}”. Gepubliceerde groepen: {names}.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="187" />
      <source>Publiez depuis l'ordinateur de la cuisine, pas du serveur.</source>
      <translation>Publiceer vanaf de computer in de keuken, niet vanaf de server.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="228" />
      <source>Récupérez une cohorte sur l'ordinateur de la cuisine.</source>
      <translation>Haal een groep op met de computer in de keuken.</translation>
    </message>
    <message>
      <location filename="../../app/services/network/publish.py" line="62" />
      <source>« {url} » n'est pas l'adresse d'un serveur PostgreSQL : écrivez-la postgresql://utilisateur@serveur/base.</source>
      <translation>“{url}” is geen adres van een PostgreSQL-server: schrijf het als postgresql://gebruiker@server/database.</translation>
    </message>
  </context>
  <context>
    <name>orders</name>
    <message>
      <location filename="../../app/services/menus/orders.py" line="233" />
      <source>Ajoutez au moins une ligne (ou choisissez un menu).</source>
      <translation>Voeg minstens één regel toe (of kies een menu).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/customers.py" line="26" />
      <source>Ce client n'est plus dans le répertoire.</source>
      <translation>Deze klant staat niet meer in het adresboek.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="215" />
      <source>Ce menu n'existe plus.</source>
      <translation>Dit menu bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="306" />
      <source>Cette commande a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>Deze bestelling is gewijzigd sinds u dit venster opende: de velden tonen nu de nieuwe waarden. Breng uw wijzigingen opnieuw aan en sla dan op.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="220" />
      <source>Choisissez livraison ou à venir chercher.</source>
      <translation>Kies levering of afhalen.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="217" />
      <source>Choisissez un format de vente.</source>
      <translation>Kies een verkoopformaat.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="239" />
      <source>Choisissez une recette de la liste.</source>
      <translation>Kies een recept uit de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="209" />
      <source>Indiquez la date.</source>
      <translation>Geef de datum.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="190" />
      <source>Indiquez le nombre de personnes.</source>
      <translation>Geef het aantal personen.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="242" />
      <source>La quantité doit être plus grande que zéro.</source>
      <translation>De hoeveelheid moet groter zijn dan nul.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="211" />
      <source>Le nombre de personnes doit être positif.</source>
      <translation>Het aantal personen moet positief zijn.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="253" />
      <source>Le prix ne peut pas être négatif.</source>
      <translation>De prijs kan niet negatief zijn.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="256" />
      <source>Le taux de TVA doit être entre 0 et 100 %.</source>
      <translation>Het btw-tarief moet tussen 0 en 100 % liggen.</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="53" />
      <source>Livraison</source>
      <translation>Levering</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="223" />
      <location filename="../../app/services/menus/orders.py" line="336" />
      <source>Statut inconnu.</source>
      <translation>Onbekende status.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="229" />
      <source>Un devis est valable de 1 à 365 jours.</source>
      <translation>Een offerte is 1 tot 365 dagen geldig.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/orders.py" line="204" />
      <source>le client</source>
      <translation>de klant</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="54" />
      <source>À venir chercher</source>
      <translation>Afhalen</translation>
    </message>
  </context>
  <context>
    <name>outcomes</name>
    <message>
      <location filename="../../app/services/outcomes/records.py" line="79" />
      <source>Cette personne ne fait pas partie de la cohorte.</source>
      <translation>Deze persoon maakt geen deel uit van de groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/outcomes/records.py" line="69" />
      <source>Choisissez le moment du suivi.</source>
      <translation>Kies het moment van de opvolging.</translation>
    </message>
    <message>
      <location filename="../../app/services/outcomes/records.py" line="71" />
      <source>Choisissez sa situation.</source>
      <translation>Kies haar situatie.</translation>
    </message>
    <message>
      <location filename="../../app/services/outcomes/records.py" line="62" />
      <source>Pas d'accord de sa part pour le suivi : notez d'abord son accord. Rien n'est enregistré.</source>
      <translation>Geen toestemming van haar voor de opvolging: noteer eerst haar toestemming. Er wordt niets opgeslagen.</translation>
    </message>
    <message>
      <location filename="../../app/services/outcomes/records.py" line="116" />
      <source>Suivi de {name} ({cohort}) : {when}, prévu le {date}.</source>
      <translation>Opvolging van {name} ({cohort}): {when}, gepland op {date}.</translation>
    </message>
    <message>
      <location filename="../../app/services/outcomes/consent.py" line="95" />
      <source>{name} n'a pas donné son accord.</source>
      <translation>{name} heeft haar toestemming niet gegeven.</translation>
    </message>
  </context>
  <context>
    <name>outcomes_man</name>
    <message>
      <location filename="../../app/services/outcomes/consent.py" line="96" />
      <source>{name} n'a pas donné son accord.</source>
      <translation>{name} heeft zijn toestemming niet gegeven.</translation>
    </message>
  </context>
  <context>
    <name>people</name>
    <message>
      <location filename="../../app/services/people/members.py" line="226" />
      <location filename="../../app/services/people/members.py" line="287" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>Deze groep bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="255" />
      <source>Cette personne a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>Deze persoon is gewijzigd sinds u dit venster opende: de velden tonen nu de nieuwe waarden. Breng uw wijzigingen opnieuw aan en sla dan op.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="305" />
      <source>Cette personne n'est pas dans la cohorte.</source>
      <translation>Deze persoon zit niet in de groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="100" />
      <source>Choisissez un genre dans la liste.</source>
      <translation>Kies een geslacht uit de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="98" />
      <source>Choisissez un rôle dans la liste.</source>
      <translation>Kies een rol uit de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="308" />
      <source>La date de départ est avant la date d'arrivée.</source>
      <translation>De vertrekdatum ligt voor de aankomstdatum.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="206" />
      <source>Personne ne s'appelle « {name} ».</source>
      <translation>Niemand heet "{name}".</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="208" />
      <source>Plusieurs personnes s'appellent « {name} » : donnez aussi le nom.</source>
      <translation>Meerdere personen heten "{name}": geef ook de familienaam.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="95" />
      <source>le prénom</source>
      <translation>de voornaam</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="330" />
      <source>{name} a déjà un historique dans l'application : désactivez-la plutôt.</source>
      <translation>{name} heeft al een geschiedenis in het programma: schakel haar liever uit.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="132" />
      <source>{name} fait déjà partie de cette cohorte.</source>
      <translation>{name} zit al in deze groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/countries.py" line="63" />
      <source>« {code} » n'est pas un code de pays connu.</source>
      <translation>"{code}" is geen bekende landcode.</translation>
    </message>
  </context>
  <context>
    <name>people_man</name>
    <message>
      <location filename="../../app/services/people/members.py" line="334" />
      <source>{name} a déjà un historique dans l'application : désactivez-le plutôt.</source>
      <translation>{name} heeft al een geschiedenis in het programma: schakel hem liever uit.</translation>
    </message>
    <message>
      <location filename="../../app/services/people/members.py" line="133" />
      <source>{name} fait déjà partie de cette cohorte.</source>
      <translation>{name} zit al in deze groep.</translation>
    </message>
  </context>
  <context>
    <name>personal_data</name>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="350" />
      <source>(image, {n} octets)</source>
      <translation>(afbeelding, {n} bytes)</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="141" />
      <source>Accord donné le</source>
      <translation>Toestemming gegeven op</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="142" />
      <source>Accord retiré le</source>
      <translation>Toestemming ingetrokken op</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="241" />
      <source>Acquise</source>
      <translation>Verworven</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="181" />
      <source>Action corrective</source>
      <translation>Corrigerende maatregel</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="136" />
      <source>Active</source>
      <translation>Actief</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="244" />
      <source>Adjectif</source>
      <translation>Bijvoeglijk naamwoord</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="473" />
      <source>Ancienne membre</source>
      <translation>Voormalig lid</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="151" />
      <source>Animatrice</source>
      <translation>Begeleidster</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="195" />
      <source>Anime depuis le</source>
      <translation>Begeleidster sinds</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="171" />
      <source>Annule</source>
      <translation>Maakt ongedaan</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="174" />
      <source>Après</source>
      <translation>Na</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="139" />
      <source>Arrivée</source>
      <translation>Aankomst</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="172" />
      <source>Autre date</source>
      <translation>Andere datum</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="173" />
      <source>Avant</source>
      <translation>Vóór</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="202" />
      <source>Caisse attendue</source>
      <translation>Verwachte kassa</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="201" />
      <source>Caisse comptée</source>
      <translation>Getelde kassa</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="220" />
      <source>Catégorie</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="191" />
      <source>Cercle</source>
      <translation>Kring</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="242" />
      <source>Choisi par</source>
      <translation>Gekozen door</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="205" />
      <source>Clôturée le</source>
      <translation>Afgesloten op</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="206" />
      <source>Clôturée par</source>
      <translation>Afgesloten door</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="178" />
      <source>Cochée le</source>
      <translation>Aangevinkt op</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="177" />
      <source>Cochée par</source>
      <translation>Aangevinkt door</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="138" />
      <source>Cohorte</source>
      <translation>Groep</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="198" />
      <source>Commande</source>
      <translation>Bestelling</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="240" />
      <source>Commentaire</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="200" />
      <source>Comptage de la caisse</source>
      <translation>Telling van de kassa</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="237" />
      <source>Compétence</source>
      <translation>Vaardigheid</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="218" />
      <source>Correction</source>
      <translation>Correctie</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="216" />
      <source>Corrige la ligne</source>
      <translation>Corrigeert regel</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="192" />
      <location filename="../../app/services/safety/personal_data.py" line="207" />
      <source>Créé le</source>
      <translation>Aangemaakt op</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="146" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="230" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="17" />
      <source>Données personnelles : {name}</source>
      <translation>Persoonlijke gegevens: {name}</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="147" />
      <source>Début</source>
      <translation>Begin</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="224" />
      <source>Décision</source>
      <translation>Beslissing</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="165" />
      <source>Déléguée</source>
      <translation>Verantwoordelijke</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="140" />
      <source>Départ</source>
      <translation>Vertrek</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="169" />
      <source>Détail du problème</source>
      <translation>Details van het probleem</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="203" />
      <source>Explication de l'écart</source>
      <translation>Uitleg van het verschil</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="185" />
      <source>Fait aujourd'hui</source>
      <translation>Vandaag gedaan</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="175" />
      <location filename="../../app/services/safety/personal_data.py" line="193" />
      <source>Fait le</source>
      <translation>Gedaan op</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="194" />
      <source>Fait par</source>
      <translation>Gedaan door</translation>
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="33" />
      <source>Fiche</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="148" />
      <source>Fin</source>
      <translation>Einde</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="199" />
      <source>Fonds de caisse</source>
      <translation>Kassabodem</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="197" />
      <source>Format</source>
      <translation>Formaat</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="219" />
      <source>Fournisseur</source>
      <translation>Leverancier</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="179" />
      <source>Frigo ou congélateur</source>
      <translation>Koelkast of diepvriezer</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="132" />
      <source>Genre</source>
      <translation>Geslacht</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="225" />
      <source>Heures</source>
      <translation>Uren</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="128" />
      <source>Identifiant global</source>
      <translation>Globale identificatie</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="229" />
      <source>Intégration</source>
      <translation>Verwerking</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="238" />
      <source>Jour</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="162" />
      <source>Jour de la semaine</source>
      <translation>Dag van de week</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="164" />
      <source>Jour de vente</source>
      <translation>Verkoopdag</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="170" />
      <source>Jours planifiés</source>
      <translation>Geplande dagen</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="451" />
      <source>L'effacement ne sait pas encore traiter : {tables}.</source>
      <translation>Het wissen kan dit nog niet verwerken: {tables}.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="134" />
      <source>Langues</source>
      <translation>Talen</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="161" />
      <source>Le</source>
      <translation>Op</translation>
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="63" />
      <source>Les données personnelles gardées sur une personne</source>
      <translation>De persoonsgegevens die over iemand bewaard worden</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="152" />
      <source>Lieu</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="154" />
      <source>Lieu de visite</source>
      <translation>Bezoekplaats</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="153" />
      <source>Marraine / parrain</source>
      <translation>Meter / peter</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="159" />
      <source>Matinée</source>
      <translation>Voormiddag</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="236" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="150" />
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="143" />
      <source>Moment du suivi</source>
      <translation>Moment van de opvolging</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="217" />
      <source>Montant</source>
      <translation>Bedrag</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="239" />
      <source>Niveau</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="130" />
      <source>Nom</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="356" />
      <source>Non</source>
      <translation>Nee</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="158" />
      <source>Note</source>
      <translation>Punt</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="137" />
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="145" />
      <source>Noté le</source>
      <translation>Genoteerd op</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="208" />
      <source>Noté par</source>
      <translation>Genoteerd door</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="127" />
      <source>Numéro</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="222" />
      <source>Numéro du ticket</source>
      <translation>Ticketnummer</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="228" />
      <source>Objection</source>
      <translation>Bezwaar</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="215" />
      <source>Origine</source>
      <translation>Herkomst</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="356" />
      <source>Oui</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="211" />
      <source>Paiement</source>
      <translation>Betaling</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="226" />
      <source>Part</source>
      <translation>Deel</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="133" />
      <source>Pays</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="221" />
      <source>Payé par</source>
      <translation>Betaald door</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="160" />
      <source>Personne</source>
      <translation>Persoon</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="176" />
      <source>Point de la liste</source>
      <translation>Punt van de lijst</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="155" />
      <source>Point de rendez-vous</source>
      <translation>Verzamelpunt</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="227" />
      <source>Position</source>
      <translation>Standpunt</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="189" />
      <location filename="../../app/services/safety/personal_data.py" line="243" />
      <source>Pour</source>
      <translation>Voor</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="190" />
      <source>Pour le</source>
      <translation>Tegen</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="213" />
      <source>Prix unitaire</source>
      <translation>Eenheidsprijs</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="168" />
      <source>Problème</source>
      <translation>Probleem</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="210" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="129" />
      <source>Prénom</source>
      <translation>Voornaam</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="167" />
      <source>Publié</source>
      <translation>Gepubliceerd</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="212" />
      <source>Quantité</source>
      <translation>Hoeveelheid</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="163" />
      <source>Raison</source>
      <translation>Reden</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="183" />
      <source>Relevée le</source>
      <translation>Opgenomen op</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="182" />
      <source>Relevée par</source>
      <translation>Opgenomen door</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="223" />
      <source>Remboursé le</source>
      <translation>Terugbetaald op</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="131" />
      <source>Rôle</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="64" />
      <source>Ses données contiennent des évaluations : tapez le code PIN des évaluations.</source>
      <translation>Haar gegevens bevatten evaluaties: typ de pincode van de evaluaties.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="231" />
      <source>Signé le</source>
      <translation>Getekend op</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="144" />
      <source>Situation</source>
      <translation>Situatie</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="232" />
      <source>Sous-groupe</source>
      <translation>Subgroep</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="166" />
      <source>Suppléante</source>
      <translation>Adjunct</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="214" />
      <source>TVA</source>
      <translation>Btw</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="180" />
      <source>Température (°C)</source>
      <translation>Temperatuur (°C)</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="188" />
      <source>Texte</source>
      <translation>Tekst</translation>
    </message>
    <message>
      <location filename="../../app/printing/personal_data.py" line="23" />
      <source>Tout ce que l'application Coopér'Actives garde sur cette personne, le {date}. Rien d'autre n'est enregistré.</source>
      <translation>Alles wat het programma Coopér'Actives over deze persoon bewaart, op {date}. Niets anders is opgeslagen.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="149" />
      <source>Type</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="135" />
      <source>Téléphone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="209" />
      <source>Vente</source>
      <translation>Verkoop</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="204" />
      <source>Version (nombre d'enregistrements)</source>
      <translation>Versie (aantal keer opgeslagen)</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="186" />
      <source>À faire ensuite</source>
      <translation>Daarna te doen</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="187" />
      <source>Écrit le</source>
      <translation>Geschreven op</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="184" />
      <source>Écrit par</source>
      <translation>Geschreven door</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="157" />
      <source>État</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="234" />
      <source>Évaluation</source>
      <translation>Evaluatie</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/personal_data.py" line="235" />
      <source>Évaluatrice</source>
      <translation>Beoordelaar</translation>
    </message>
  </context>
  <context>
    <name>portfolio</name>
    <message>
      <location filename="../../app/printing/portfolio.py" line="321" />
      <source>Attestation</source>
      <translation>Attest</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="136" />
      <source>Aucune journée de vente menée.</source>
      <translation>Geen verkoopdag geleid.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="248" />
      <source>Compétences</source>
      <translation>Vaardigheden</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="143" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="230" />
      <source>Domaine</source>
      <translation>Domein</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/printing/portfolio.py" line="109" />
      <source>Elle a organisé la journée de toute l'équipe %n fois, comme déléguée du jour : {days}.</source>
      <translation>
        <numerusform>Ze organiseerde %n keer de dag van het hele team, als afgevaardigde van de dag: {days}.</numerusform>
        <numerusform>Ze organiseerde %n keer de dag van het hele team, als afgevaardigde van de dag: {days}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="101" />
      <source>Elle n'a pas encore été déléguée du jour.</source>
      <translation>Ze is nog geen afgevaardigde van de dag geweest.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="190" />
      <source>Goût, dernière version goûtée</source>
      <translation>Smaak, laatst geproefde versie</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="189" />
      <source>Goût, première version goûtée</source>
      <translation>Smaak, eerst geproefde versie</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="76" />
      <source>Heures et modules</source>
      <translation>Uren en modules</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/printing/portfolio.py" line="115" />
      <source>Il a organisé la journée de toute l'équipe %n fois, comme délégué du jour : {days}.</source>
      <translation>
        <numerusform>Hij organiseerde %n keer de dag van het hele team, als afgevaardigde van de dag: {days}.</numerusform>
        <numerusform>Hij organiseerde %n keer de dag van het hele team, als afgevaardigde van de dag: {days}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="102" />
      <source>Il n'a pas encore été délégué du jour.</source>
      <translation>Hij is nog geen afgevaardigde van de dag geweest.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="129" />
      <source>Journées de vente qu'elle a menées</source>
      <translation>Verkoopdagen die ze leidde</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="130" />
      <source>Journées de vente qu'il a menées</source>
      <translation>Verkoopdagen die hij leidde</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="287" />
      <source>Les mots choisis par ses collègues pour la décrire : {list}.</source>
      <translation>De woorden die haar collega's kozen om haar te beschrijven: {list}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="291" />
      <source>Les mots choisis par ses collègues pour le décrire : {list}.</source>
      <translation>De woorden die zijn collega's kozen om hem te beschrijven: {list}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="207" />
      <source>Les produits vendus les jours qu'elle a menés, avec la note de goût donnée par les clients aux dégustations (de 1 à 5).</source>
      <translation>De producten verkocht op de dagen die ze leidde, met de smaakscore die klanten gaven bij proeverijen (van 1 tot 5).</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="212" />
      <source>Les produits vendus les jours qu'il a menés, avec la note de goût donnée par les clients aux dégustations (de 1 à 5).</source>
      <translation>De producten verkocht op de dagen die hij leidde, met de smaakscore die klanten gaven bij proeverijen (van 1 tot 5).</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="145" />
      <source>Lieu</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="147" />
      <source>Marge</source>
      <translation>Marge</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="172" />
      <source>Marge : les ventes hors TVA moins le coût des ingrédients et des emballages.</source>
      <translation>Marge: de verkoop zonder btw min de kosten van ingrediënten en verpakking.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="85" />
      <source>Modules suivis : {modules}.</source>
      <translation>Gevolgde modules: {modules}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="231" />
      <source>Observées à l'évaluation</source>
      <translation>Geobserveerd bij de evaluatie</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="255" />
      <source>Points forts observés à l'évaluation : {list}.</source>
      <translation>Sterke punten geobserveerd bij de evaluatie: {list}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="388" />
      <source>Portfolio d'un participant pour les employeurs : heures, journées, ventes, produits, compétences</source>
      <translation>Portfolio van een deelnemer voor werkgevers: uren, dagen, verkoop, producten, vaardigheden</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="383" />
      <source>Portfolio d'une participante pour les employeurs : heures, journées, ventes, produits, compétences</source>
      <translation>Portfolio van een deelneemster voor werkgevers: uren, dagen, verkoop, producten, vaardigheden</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="350" />
      <source>Portfolio pour les employeurs</source>
      <translation>Portfolio voor werkgevers</translation>
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
      <translation>Gemaakte en verbeterde producten</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="327" />
      <source>Son attestation de participation : {attended} suivies sur les {planned} prévues.</source>
      <translation>Haar deelnameattest: {attended} gevolgd van de {planned} geplande.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="234" />
      <source>Son auto-évaluation</source>
      <translation>Haar zelfevaluatie</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="267" />
      <source>Son auto-évaluation (ce qu'elle dit savoir déjà faire) : {list}.</source>
      <translation>Haar zelfevaluatie (wat ze zegt al te kunnen): {list}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="271" />
      <source>Son auto-évaluation (ce qu'il dit savoir déjà faire) : {list}.</source>
      <translation>Zijn zelfevaluatie (wat hij zegt al te kunnen): {list}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="144" />
      <source>Type de vente</source>
      <translation>Soort verkoop</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="146" />
      <source>Ventes (TVAC)</source>
      <translation>Verkoop (incl. btw)</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="188" />
      <source>Versions</source>
      <translation>Versies</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="308" />
      <source>{cohort}, du {start} au {end}</source>
      <translation>{cohort}, van {start} tot {end}</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/portfolio.py" line="118" />
      <source>{name} n'a pas donné son accord pour un portfolio : notez d'abord son accord. Rien n'est imprimé.</source>
      <translation>{name} heeft geen toestemming gegeven voor een portfolio: noteer eerst haar toestemming. Er wordt niets afgedrukt.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/portfolio.py" line="146" />
      <source>{name} n'a pas fait partie de cette cohorte.</source>
      <translation>{name} zat niet in deze groep.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="369" />
      <source>Établi le {date}, avec son accord.</source>
      <translation>Opgesteld op {date}, met haar toestemming.</translation>
    </message>
  </context>
  <context>
    <name>portfolio_man</name>
    <message>
      <location filename="../../app/printing/portfolio.py" line="137" />
      <source>Aucune journée de vente menée.</source>
      <translation>Geen verkoopdag geleid.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="86" />
      <source>Modules suivis : {modules}.</source>
      <translation>Gevolgde modules: {modules}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="332" />
      <source>Son attestation de participation : {attended} suivies sur les {planned} prévues.</source>
      <translation>Zijn deelnameattest: {attended} gevolgd van de {planned} geplande.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="235" />
      <source>Son auto-évaluation</source>
      <translation>Zijn zelfevaluatie</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/portfolio.py" line="123" />
      <source>{name} n'a pas donné son accord pour un portfolio : notez d'abord son accord. Rien n'est imprimé.</source>
      <translation>{name} heeft geen toestemming gegeven voor een portfolio: noteer eerst zijn toestemming. Er wordt niets afgedrukt.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/portfolio.py" line="147" />
      <source>{name} n'a pas fait partie de cette cohorte.</source>
      <translation>{name} zat niet in deze groep.</translation>
    </message>
    <message>
      <location filename="../../app/printing/portfolio.py" line="370" />
      <source>Établi le {date}, avec son accord.</source>
      <translation>Opgesteld op {date}, met zijn toestemming.</translation>
    </message>
  </context>
  <context>
    <name>prerequisites</name>
    <message>
      <location filename="../../app/services/schedule/activity_sources.py" line="58" />
      <source>commande payante de {customer}</source>
      <translation>betaalde bestelling van {customer}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/activity_sources.py" line="30" />
      <source>vente ({format}{place})</source>
      <translation>verkoop ({format}{place})</translation>
    </message>
  </context>
  <context>
    <name>price_list</name>
    <message>
      <location filename="../../app/printing/price_list.py" line="43" />
      <source>Allergènes</source>
      <translation>Allergenen</translation>
    </message>
    <message>
      <location filename="../../app/printing/price_list.py" line="57" />
      <source>Nos prix — {date}</source>
      <translation>Onze prijzen — {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/price_list.py" line="42" />
      <source>Prix</source>
      <translation>Prijs</translation>
    </message>
    <message>
      <location filename="../../app/printing/price_list.py" line="64" />
      <source>Prix TVA comprise. Allergènes : demandez-nous.</source>
      <translation>Prijzen inclusief btw. Allergenen: vraag het ons.</translation>
    </message>
    <message>
      <location filename="../../app/printing/price_list.py" line="67" />
      <source>Prix et allergènes des produits du stand</source>
      <translation>Prijzen en allergenen van de producten van de stand</translation>
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
        <numerusform>%n lid verwacht</numerusform>
        <numerusform>%n leden verwacht</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="83" />
      <location filename="../../app/printing/portfolio.py" line="58" />
      <source>Activité</source>
      <translation>Activiteit</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="56" />
      <location filename="../../app/printing/rotation.py" line="77" />
      <source>Adjointe</source>
      <translation>Adjunct</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="61" />
      <source>Arrivée</source>
      <translation>Aankomst</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="46" />
      <source>Attestation de participation</source>
      <translation>Deelnameattest</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="149" />
      <source>Attestation de participation à une coopérative éphémère</source>
      <translation>Attest van deelname aan een tijdelijke coöperatie</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="144" />
      <source>Attestation — {name}</source>
      <translation>Attest — {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="51" />
      <source>Aucun membre attendu ce jour-là.</source>
      <translation>Die dag wordt geen lid verwacht.</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="102" />
      <source>Avant → après</source>
      <translation>Voor → na</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="180" />
      <source>Cachet de l'organisation</source>
      <translation>Stempel van de organisatie</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="124" />
      <source>Ce qu'il faut acheter, en paquets, et ce que cela coûte</source>
      <translation>Wat te kopen, in verpakkingen, en wat het kost</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="97" />
      <source>Changements</source>
      <translation>Wijzigingen</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="37" />
      <source>Chaque jour, une déléguée s'occupe de la journée ; l'adjointe l'aide et la remplace si elle est absente. Un échange ? Notez-le dans l'application.</source>
      <translation>Elke dag zorgt één verantwoordelijke voor de dag; de adjunct helpt haar en vervangt haar als ze afwezig is. Een ruil? Zet het in het programma.</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="126" />
      <source>Comment y aller : {note}</source>
      <translation>Hoe er te komen: {note}</translation>
    </message>
    <message>
      <location filename="../../app/printing/tasting_form.py" line="78" />
      <source>Dégustation : {product}</source>
      <translation>Proeverij: {product}</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="70" />
      <source>Délégué : {name}</source>
      <translation>Verantwoordelijke: {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="55" />
      <location filename="../../app/printing/rotation.py" line="75" />
      <source>Déléguée</source>
      <translation>Verantwoordelijke</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="72" />
      <source>Déléguée : {name}</source>
      <translation>Verantwoordelijke: {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="32" />
      <source>Déléguées du jour — {cohort}</source>
      <translation>Verantwoordelijken van de dag — {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="120" />
      <source>Elle a suivi {attended} sur les {planned} prévues.</source>
      <translation>Zij volgde {attended} van de {planned} geplande.</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="196" />
      <source>Fait à Liège, le {date}.</source>
      <translation>Opgemaakt in Luik, op {date}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="40" />
      <source>Feuille de présence</source>
      <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="95" />
      <source>Feuilles de présence — semaine {week} — {cohort}</source>
      <translation>Aanwezigheidslijsten — week {week} — {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/tasting_form.py" line="48" />
      <source>Formulaire n° ______</source>
      <translation>Formulier nr. ______</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="84" />
      <location filename="../../app/printing/portfolio.py" line="59" />
      <source>Heures prévues</source>
      <translation>Geplande uren</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="79" />
      <location filename="../../app/printing/attestation.py" line="85" />
      <location filename="../../app/printing/portfolio.py" line="60" />
      <source>Heures suivies</source>
      <translation>Gevolgde uren</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="118" />
      <source>Il a suivi {attended} sur les {planned} prévues.</source>
      <translation>Hij volgde {attended} van de {planned} geplande.</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="54" />
      <location filename="../../app/printing/rotation.py" line="100" />
      <source>Jour</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="81" />
      <source>Jour de vente</source>
      <translation>Verkoopdag</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="49" />
      <source>Le planning n'est pas encore fait.</source>
      <translation>De planning is nog niet gemaakt.</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="248" />
      <source>Les matinées, les ventes et les déléguées de la semaine</source>
      <translation>De voormiddagen, verkopen en afgevaardigden van de week</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="103" />
      <source>Les membres attendues à chaque matinée, avec leur signature</source>
      <translation>De leden die elke voormiddag verwacht worden, met hun handtekening</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="60" />
      <location filename="../../app/printing/rotation.py" line="74" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/printing/tasting_form.py" line="83" />
      <source>Merci de goûter notre produit ! Cochez une case par ligne (1 = pas bon, 5 = très bon).</source>
      <translation>Bedankt om ons product te proeven! Kruis één vakje per regel aan (1 = niet lekker, 5 = heel lekker).</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="129" />
      <source>Modules suivis</source>
      <translation>Gevolgde modules</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="48" />
      <source>Nous attestons que</source>
      <translation>Wij verklaren dat</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="59" />
      <source>N°</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="173" />
      <source>N° d'entreprise (BCE) : {n}</source>
      <translation>Ondernemingsnummer (KBO): {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/document.py" line="210" />
      <location filename="../../app/printing/document.py" line="212" />
      <source>Page {n} / {total}</source>
      <translation>Pagina {n} / {total}</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="112" />
      <source>Pas de matinée</source>
      <translation>Geen voormiddag</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="103" />
      <source>Pourquoi</source>
      <translation>Waarom</translation>
    </message>
    <message>
      <location filename="../../app/printing/tasting_form.py" line="108" />
      <source>Questionnaire de dégustation</source>
      <translation>Proefvragenlijst</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="122" />
      <source>Qui est déléguée du jour, et quand</source>
      <translation>Wie afgevaardigde van de dag is, en wanneer</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="101" />
      <source>Quoi</source>
      <translation>Wat</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="57" />
      <source>Remarque</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="121" />
      <source>Rendez-vous : {place}</source>
      <translation>Afspraak: {place}</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="205" />
      <source>Semaine du {start} au {end}</source>
      <translation>Week van {start} tot {end}</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="62" />
      <source>Signature</source>
      <translation>Handtekening</translation>
    </message>
    <message>
      <location filename="../../app/printing/attendance_sheet.py" line="77" />
      <source>Signature de l'animatrice :</source>
      <translation>Handtekening van de begeleidster:</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="169" />
      <source>Signature de la coordinatrice</source>
      <translation>Handtekening van de coördinatrice</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="100" />
      <location filename="../../app/printing/portfolio.py" line="70" />
      <location filename="../../app/printing/portfolio.py" line="162" />
      <source>Total</source>
      <translation>Totaal</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="71" />
      <source>Tours par personne</source>
      <translation>Beurten per persoon</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="70" />
      <location filename="../../app/printing/portfolio.py" line="353" />
      <source>Une coopérative éphémère est une formation pratique de trois mois : les participantes créent ensemble une activité de cuisine et vendent de vrais produits à de vrais clients.</source>
      <translation>Een tijdelijke coöperatie is een praktijkopleiding van drie maanden: de deelneemsters starten samen een kookactiviteit en verkopen echte producten aan echte klanten.</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="61" />
      <source>Vente</source>
      <translation>Verkoop</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="54" />
      <source>a participé à la coopérative éphémère « {cohort} » organisée par {organisation}, du {start} au {end}.</source>
      <translation>heeft deelgenomen aan de tijdelijke coöperatie "{cohort}" georganiseerd door {organisation}, van {start} tot {end}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/week.py" line="91" />
      <source>annulée</source>
      <translation>geannuleerd</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="76" />
      <source>dont ventes</source>
      <translation>waarvan verkoop</translation>
    </message>
    <message>
      <location filename="../../app/printing/attestation.py" line="170" />
      <source>pour {organisation}</source>
      <translation>voor {organisation}</translation>
    </message>
    <message>
      <location filename="../../app/printing/rotation.py" line="89" />
      <source>Écart entre le plus et le moins de tours : {n}.</source>
      <translation>Verschil tussen de meeste en de minste beurten: {n}.</translation>
    </message>
  </context>
  <context>
    <name>programme</name>
    <message numerus="yes">
      <location filename="../../app/services/programme/report_tables.py" line="195" />
      <source>%n membre(s) ont donné leur accord pour le suivi ; les autres ne sont pas comptées.</source>
      <translation>
        <numerusform>%n lid gaf toestemming voor de opvolging; de anderen worden niet meegeteld.</numerusform>
        <numerusform>%n leden gaven toestemming voor de opvolging; de anderen worden niet meegeteld.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="192" />
      <source>Après le programme</source>
      <translation>Na het programma</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report.py" line="141" />
      <location filename="../../app/services/programme/report.py" line="222" />
      <source>Aucune cohorte pendant cette période : rien à rapporter.</source>
      <translation>Geen groep in deze periode: niets te rapporteren.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="228" />
      <source>Aucune grille d'observation remplie.</source>
      <translation>Geen observatierooster ingevuld.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="217" />
      <source>Catégorie</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="217" />
      <source>Compétence</source>
      <translation>Competentie</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="143" />
      <source>Coût des produits</source>
      <translation>Kostprijs van de producten</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="133" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="105" />
      <source>En gris : heures prévues ; en vert : heures faites.</source>
      <translation>In grijs: geplande uren; in groen: gedane uren.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="84" />
      <source>Fait / objectif</source>
      <translation>Gedaan / doel</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="73" />
      <location filename="../../app/services/programme/report_tables.py" line="82" />
      <source>Faites</source>
      <translation>Gedaan</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="140" />
      <source>Format</source>
      <translation>Formaat</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="66" />
      <source>Genre : {gender}</source>
      <translation>Geslacht: {gender}</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="121" />
      <source>Heures de marrainage</source>
      <translation>Uren meterschap</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="78" />
      <source>Heures par rapport aux objectifs</source>
      <translation>Uren tegenover de doelen</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="72" />
      <source>Heures prévues et faites, par type de matinée</source>
      <translation>Geplande en gedane uren, per soort voormiddag</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="119" />
      <source>Heures suivies par les membres</source>
      <translation>Door de leden gevolgde uren</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="141" />
      <source>Jours</source>
      <translation>Dagen</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report.py" line="133" />
      <source>La fin de la période est avant son début.</source>
      <translation>Het einde van de periode ligt voor het begin.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="133" />
      <source>Lieu</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="144" />
      <source>Marge</source>
      <translation>Marge</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="98" />
      <source>Matinées</source>
      <translation>Voormiddagen</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="120" />
      <source>Matinées de marrainage</source>
      <translation>Voormiddagen meterschap</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="127" />
      <source>Matinées faites</source>
      <translation>Gedane voormiddagen</translation>
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
      <translation>Niveau {level}</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="53" />
      <location filename="../../app/services/programme/report_tables.py" line="111" />
      <source>Nombre</source>
      <translation>Aantal</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="211" />
      <source>Non incluses : les évaluations ne s'impriment qu'avec le code PIN de la coordinatrice.</source>
      <translation>Niet opgenomen: evaluaties worden alleen met de pincode van de coördinatrice afgedrukt.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report.py" line="159" />
      <source>Non précisé</source>
      <translation>Niet opgegeven</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="83" />
      <source>Objectif</source>
      <translation>Doel</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="52" />
      <location filename="../../app/services/programme/report_tables.py" line="55" />
      <source>Participantes</source>
      <translation>Deelneemsters</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="80" />
      <source>Partie</source>
      <translation>Deel</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="62" />
      <source>Pays d'origine : {country}</source>
      <translation>Land van herkomst: {country}</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="110" />
      <source>Présences</source>
      <translation>Aanwezigheden</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="114" />
      <source>Présences notées (membre × matinée)</source>
      <translation>Genoteerde aanwezigheden (lid × voormiddag)</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="117" />
      <source>Présente ou en retard</source>
      <translation>Aanwezig of te laat</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="73" />
      <location filename="../../app/services/programme/report_tables.py" line="81" />
      <source>Prévues</source>
      <translation>Gepland</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="53" />
      <location filename="../../app/services/programme/report_tables.py" line="111" />
      <source>Quoi</source>
      <translation>Wat</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="82" />
      <source>Rapport du programme</source>
      <translation>Programmaverslag</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="30" />
      <source>Rapport du programme — du {start} au {end}</source>
      <translation>Programmaverslag — van {start} tot {end}</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="27" />
      <source>Rapport du programme — {cohort}</source>
      <translation>Programmaverslag — {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="115" />
      <source>Rapport pour la direction et les bailleurs : participantes, heures, ventes, évaluations</source>
      <translation>Verslag voor de directie en de financiers: deelneemsters, uren, verkoop, evaluaties</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="142" />
      <source>Recette HTVA</source>
      <translation>Omzet zonder btw</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="166" />
      <source>Recette TVAC {incl}, dépenses {expenses}, résultat (recette HTVA − dépenses) {profit}.</source>
      <translation>Omzet met btw {incl}, uitgaven {expenses}, resultaat (omzet zonder btw − uitgaven) {profit}.</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="57" />
      <source>Restées jusqu'à la fin de leur cohorte</source>
      <translation>Gebleven tot het einde van hun groep</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="184" />
      <source>Situation</source>
      <translation>Situatie</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="118" />
      <source>Taux de présence</source>
      <translation>Aanwezigheidsgraad</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report.py" line="251" />
      <location filename="../../app/services/programme/report_tables.py" line="158" />
      <source>Total</source>
      <translation>Totaal</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="73" />
      <source>Type</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="138" />
      <source>Ventes par format</source>
      <translation>Verkoop per formaat</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="133" />
      <source>Visite</source>
      <translation>Bezoek</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="132" />
      <source>Visites</source>
      <translation>Bezoeken</translation>
    </message>
    <message>
      <location filename="../../app/printing/programme_report.py" line="86" />
      <source>{cohorts}, du {start} au {end}</source>
      <translation>{cohorts}, van {start} tot {end}</translation>
    </message>
    <message>
      <location filename="../../app/services/programme/report_tables.py" line="204" />
      <source>Évaluations (membres par niveau, sans noms)</source>
      <translation>Evaluaties (leden per niveau, zonder namen)</translation>
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
      <translation>Voorschot van 30 % bij de bevestiging. Saldo bij de levering, contant, met de kaart of via overschrijving. De hoeveelheden kunnen tot 5 dagen voor de datum worden gewijzigd.</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="113" />
      <source>Base hors TVA</source>
      <translation>Basis zonder btw</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="211" />
      <source>Bon pour accord (date et signature) :</source>
      <translation>Voor akkoord (datum en handtekening):</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="189" />
      <source>Conditions</source>
      <translation>Voorwaarden</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="46" />
      <source>Contact : {contact}</source>
      <translation>Contact: {contact}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="48" />
      <source>Date de l'événement : {date}</source>
      <translation>Datum van het evenement: {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="63" />
      <source>Devis fait le {date}, valable jusqu'au {until}</source>
      <translation>Offerte opgemaakt op {date}, geldig tot {until}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="158" />
      <source>Devis n° {id}</source>
      <translation>Offerte nr. {id}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="218" />
      <source>Devis pour {customer}</source>
      <translation>Offerte voor {customer}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="51" />
      <source>Nombre de personnes : {n}</source>
      <translation>Aantal personen: {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="35" />
      <source>N° d'entreprise (BCE) : {n}</source>
      <translation>Ondernemingsnummer (KBO): {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="37" />
      <source>N° de TVA : {n}</source>
      <translation>Btw-nummer: {n}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="196" />
      <source>Paiement par virement sur le compte {iban} de {name}, avec la communication « Devis {id} ».</source>
      <translation>Betaling per overschrijving op rekening {iban} van {name}, met de mededeling „Offerte {id}”.</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="44" />
      <source>Pour : {customer}</source>
      <translation>Voor: {customer}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="84" />
      <source>Prix unitaire</source>
      <translation>Eenheidsprijs</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="91" />
      <source>Prix unitaire TVAC</source>
      <translation>Eenheidsprijs incl. btw</translation>
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
      <translation>Hoeveelheid</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="171" />
      <source>Régime particulier de franchise des petites entreprises — TVA non applicable</source>
      <translation>Bijzondere vrijstellingsregeling voor kleine ondernemingen — btw niet van toepassing</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="92" />
      <location filename="../../app/printing/quote.py" line="114" />
      <source>TVA</source>
      <translation>Btw</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="112" />
      <source>Taux de TVA</source>
      <translation>Btw-tarief</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="85" />
      <location filename="../../app/printing/quote.py" line="129" />
      <source>Total</source>
      <translation>Totaal</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="93" />
      <location filename="../../app/printing/quote.py" line="115" />
      <source>Total TVAC</source>
      <translation>Totaal incl. btw</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="176" />
      <source>Total à payer : {total}</source>
      <translation>Te betalen totaal: {total}</translation>
    </message>
    <message>
      <location filename="../../app/printing/quote.py" line="181" />
      <source>Total à payer : {total} TVA comprise</source>
      <translation>Totaal te betalen: {total} inclusief btw</translation>
    </message>
  </context>
  <context>
    <name>recipes</name>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="288" />
      <source>Ajoutez au moins un ingrédient.</source>
      <translation>Voeg minstens één ingrediënt toe.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="387" />
      <source>Cette recette a changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>Dit recept is gewijzigd sinds u dit venster opende: de velden tonen nu de nieuwe waarden. Breng uw wijzigingen opnieuw aan en sla dan op.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="245" />
      <source>Choisissez g, ml ou pièce.</source>
      <translation>Kies g, ml of stuk.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="257" />
      <source>Choisissez le type de date.</source>
      <translation>Kies de soort datum.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="294" />
      <source>Choisissez un ingrédient de la liste.</source>
      <translation>Kies een ingrediënt uit de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="239" />
      <source>Choisissez unités ou portions.</source>
      <translation>Kies stuks of porties.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="308" />
      <source>Choix « mis en avant » inconnu.</source>
      <translation>Onbekende keuze "in de verf gezet".</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="266" />
      <source>Format de vente inconnu.</source>
      <translation>Onbekend verkoopformaat.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="250" />
      <source>L'emballage ne peut pas coûter moins que zéro.</source>
      <translation>De verpakking kan niet minder dan nul kosten.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="254" />
      <source>La durée de conservation va de 1 à 3650 jours.</source>
      <translation>De houdbaarheid gaat van 1 tot 3650 dagen.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="300" />
      <source>La quantité de « {name} » doit être plus grande que zéro.</source>
      <translation>De hoeveelheid van "{name}" moet groter zijn dan nul.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="272" />
      <source>Le code produit ne contient que des chiffres (12 au plus).</source>
      <translation>De productcode bevat alleen cijfers (maximaal 12).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="242" />
      <source>Le poids net doit être plus grand que zéro.</source>
      <translation>Het nettogewicht moet groter zijn dan nul.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="262" />
      <source>Le prix ne peut pas être négatif.</source>
      <translation>De prijs kan niet negatief zijn.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="232" />
      <source>Le rendement doit être plus grand que zéro (par exemple 30 energy balls).</source>
      <translation>De opbrengst moet groter zijn dan nul (bijvoorbeeld 30 energy balls).</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="221" />
      <source>Le taux de TVA doit être entre 0 et 100 %.</source>
      <translation>Het btw-tarief moet tussen 0 en 100 % liggen.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="279" />
      <source>Une perte à la cuisson va de 0 à {loss} % ; l'eau absorbée, de 0 à {gain} %.</source>
      <translation>Een kookverlies gaat van 0 tot {loss} %; opgenomen water van 0 tot {gain} %.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/recipes.py" line="227" />
      <source>le nom de la recette</source>
      <translation>de naam van het recept</translation>
    </message>
  </context>
  <context>
    <name>sales</name>
    <message>
      <location filename="../../app/services/sales/result.py" line="79" />
      <source>= Marge brute</source>
      <translation>= Brutomarge</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/result.py" line="99" />
      <source>= Résultat</source>
      <translation>= Resultaat</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="336" />
      <source>Aucune vente le {date}.</source>
      <translation>Geen verkoop op {date}.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="203" />
      <source>Caisse {amount}</source>
      <translation>Kassa {amount}</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="162" />
      <source>Ce jour a changé depuis que vous avez ouvert cette page : les chiffres ont été mis à jour.</source>
      <translation>Deze dag is gewijzigd sinds u deze pagina opende: de cijfers zijn bijgewerkt.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="75" />
      <source>Ce nombre est trop grand.</source>
      <translation>Dit getal is te groot.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="123" />
      <location filename="../../app/services/sales/events.py" line="381" />
      <location filename="../../app/services/sales/tally.py" line="53" />
      <source>Ce produit n'est pas en vente ce jour-là.</source>
      <translation>Dit product is die dag niet te koop.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="228" />
      <source>Cette commande n'existe plus.</source>
      <translation>Deze bestelling bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="149" />
      <source>Cette dépense est déjà annulée.</source>
      <translation>Deze uitgave is al geannuleerd.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="117" />
      <source>Cette journée est clôturée : notez la dépense sans la lier à la vente.</source>
      <translation>Deze dag is afgesloten: noteer de uitgave zonder ze aan de verkoop te koppelen.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="175" />
      <source>Cette journée est clôturée. Pour changer quelque chose, faites une correction.</source>
      <translation>Deze dag is afgesloten. Om iets te veranderen, maak je een correctie.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="58" />
      <source>Cette journée est déjà clôturée.</source>
      <translation>Deze dag is al afgesloten.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="65" />
      <location filename="../../app/services/sales/closing.py" line="120" />
      <location filename="../../app/services/sales/events.py" line="215" />
      <source>Cette personne n'existe plus.</source>
      <translation>Deze persoon bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="158" />
      <source>Cette pièce ou ce billet n'existe pas.</source>
      <translation>Deze munt of dit biljet bestaat niet.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="113" />
      <source>Cette vente n'existe pas dans la cohorte.</source>
      <translation>Deze verkoop bestaat niet in de groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/result.py" line="77" />
      <source>Chiffre d'affaires HTVA</source>
      <translation>Omzet excl. btw</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="221" />
      <source>Choisissez au moins un produit à vendre.</source>
      <translation>Kies minstens één product om te verkopen.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="209" />
      <location filename="../../app/services/sales/expenses.py" line="99" />
      <location filename="../../app/services/sales/sharing.py" line="182" />
      <source>Choisissez d'abord une cohorte.</source>
      <translation>Kies eerst een groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="213" />
      <source>Choisissez le type de vente.</source>
      <translation>Kies de soort verkoop.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="80" />
      <source>Choisissez les personnes qui reçoivent une part.</source>
      <translation>Kies de personen die een deel krijgen.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="93" />
      <source>Choisissez parts égales ou selon les heures.</source>
      <translation>Kies gelijke delen of volgens de uren.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="184" />
      <source>Choisissez un moyen de paiement.</source>
      <translation>Kies een betaalwijze.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="107" />
      <source>Choisissez une catégorie.</source>
      <translation>Kies een categorie.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="111" />
      <source>Choisissez vendu, invendu ou offert.</source>
      <translation>Kies verkocht, niet verkocht of weggegeven.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="185" />
      <source>Clôture de la journée</source>
      <translation>Afsluiting van de dag</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="62" />
      <source>Comptez d'abord la caisse (pièces et billets), puis clôturez.</source>
      <translation>Tel eerst de kassa (munten en biljetten) en sluit dan af.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="70" />
      <source>Des ventes ont changé depuis le comptage : recomptez la caisse.</source>
      <translation>Er is verkoop veranderd sinds de telling: tel de kassa opnieuw.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="130" />
      <source>Dites pourquoi de l'argent entre ou sort.</source>
      <translation>Zeg waarom er geld bijkomt of weggaat.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="70" />
      <source>Il n'y a pas de résultat positif à partager.</source>
      <translation>Er is geen winst om te verdelen.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/tally.py" line="106" />
      <source>Il n'y a rien à enlever : ce compte est déjà à zéro.</source>
      <translation>Er is niets om af te nemen: dit aantal staat al op nul.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="125" />
      <location filename="../../app/services/sales/tally.py" line="114" />
      <source>Impossible : ce compte deviendrait négatif.</source>
      <translation>Niet mogelijk: dit aantal zou negatief worden.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="117" />
      <source>Indiquez combien ajouter ou enlever.</source>
      <translation>Geef aan hoeveel je wilt toevoegen of afnemen.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="101" />
      <source>Indiquez la date de l'achat.</source>
      <translation>Geef de datum van de aankoop.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="184" />
      <source>Indiquez la date de la décision.</source>
      <translation>Geef de datum van de beslissing.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="211" />
      <source>Indiquez la date de la vente.</source>
      <translation>Geef de datum van de verkoop.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="103" />
      <source>Indiquez le montant de la dépense.</source>
      <translation>Geef het bedrag van de uitgave.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="88" />
      <source>Indiquez les heures de présence.</source>
      <translation>Geef de uren aanwezigheid.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="127" />
      <location filename="../../app/services/sales/closing.py" line="142" />
      <source>Indiquez un montant différent de zéro.</source>
      <translation>Geef een bedrag dat niet nul is.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="169" />
      <source>La caisse a une différence de {diff}. Expliquez en quelques mots (par exemple : erreur de monnaie).</source>
      <translation>De kassa heeft een verschil van {diff}. Leg het uit in een paar woorden (bijvoorbeeld: fout bij het teruggeven).</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="92" />
      <source>La journée est encore ouverte : changez simplement les comptes.</source>
      <translation>De dag is nog open: verander gewoon de aantallen.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="72" />
      <location filename="../../app/services/sales/sharing.py" line="189" />
      <source>La part du fonds commun va de 0 à 100 %.</source>
      <translation>Het deel voor het gemeenschappelijk fonds gaat van 0 tot 100 %.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="191" />
      <source>La révision vient après la décision.</source>
      <translation>De herziening komt na de beslissing.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="368" />
      <source>Le code « {code} » ne correspond à aucun produit de la vente.</source>
      <translation>De code "{code}" past bij geen enkel product van de verkoop.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="218" />
      <location filename="../../app/services/sales/events.py" line="299" />
      <source>Le fonds de caisse ne peut pas être négatif.</source>
      <translation>Het kassabodem kan niet negatief zijn.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="105" />
      <source>Le montant doit être plus grand que zéro.</source>
      <translation>Het bedrag moet groter zijn dan nul.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="114" />
      <source>Les heures vont de 0 à 2000.</source>
      <translation>De uren gaan van 0 tot 2000.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="181" />
      <source>Marquez plutôt la dépense de départ.</source>
      <translation>Duid liever de oorspronkelijke uitgave aan.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="179" />
      <source>Personne n'a avancé cet argent.</source>
      <translation>Niemand heeft dit geld voorgeschoten.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="342" />
      <source>Plusieurs ventes le {date} : précisez la cohorte.</source>
      <translation>Meerdere verkopen op {date}: zeg welke groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="64" />
      <source>Pour {d}, écrivez un nombre de pièces ou de billets (des chiffres).</source>
      <translation>Schrijf voor {d} een aantal munten of biljetten (in cijfers).</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/tally.py" line="102" />
      <source>Un appui compte +1 ou −1.</source>
      <translation>Eén klik telt +1 of −1.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/cash.py" line="73" />
      <location filename="../../app/services/sales/tally.py" line="243" />
      <source>Un nombre ne peut pas être négatif.</source>
      <translation>Een getal kan niet negatief zijn.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="226" />
      <source>Un produit choisi n'existe plus.</source>
      <translation>Een gekozen product bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/events.py" line="223" />
      <source>Un produit est choisi deux fois.</source>
      <translation>Een product is twee keer gekozen.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/closing.py" line="84" />
      <location filename="../../app/services/sales/expenses.py" line="152" />
      <source>Une correction a besoin d'une raison.</source>
      <translation>Een correctie heeft een reden nodig.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/expenses.py" line="146" />
      <source>Une correction ne s'annule pas.</source>
      <translation>Een correctie kan niet geannuleerd worden.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="207" />
      <source>Une personne n'est pas membre de la cohorte.</source>
      <translation>Een persoon is geen lid van de groep.</translation>
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
      <translation>{n}: dat is veel. Is dat echt het juiste aantal?</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/tally.py" line="239" />
      <source>« {text} » n'est pas un nombre entier.</source>
      <translation>"{text}" is geen geheel getal.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="111" />
      <source>« {t} » n'est pas un nombre d'heures.</source>
      <translation>"{t}" is geen aantal uren.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="218" />
      <source>Écrivez l'objection avant sa réponse.</source>
      <translation>Schrijf het bezwaar voor het antwoord erop.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/sharing.py" line="187" />
      <source>Écrivez la proposition.</source>
      <translation>Schrijf het voorstel.</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/result.py" line="78" />
      <source>− Coût matière des produits vendus</source>
      <translation>− Grondstofkost van de verkochte producten</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/result.py" line="81" />
      <source>− Dépenses autres qu'ingrédients (emballages, transport, autre, sorties de caisse)</source>
      <translation>− Andere uitgaven dan ingrediënten (verpakking, vervoer, andere, uitgaven uit de kassa)</translation>
    </message>
    <message>
      <location filename="../../app/services/sales/result.py" line="90" />
      <source>− Écart sur les ingrédients (ingrédients payés {paid} − coût matière : stock restant, pertes)</source>
      <translation>− Verschil op ingrediënten (betaalde ingrediënten {paid} − grondstofkost: resterende voorraad, verliezen)</translation>
    </message>
  </context>
  <context>
    <name>sales_print</name>
    <message>
      <location filename="../../app/printing/day_summary.py" line="256" />
      <source>(correction)</source>
      <translation>(correctie)</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="77" />
      <source>A participé</source>
      <translation>Nam deel</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="176" />
      <source>Argent entré dans la caisse (compté − fonds de caisse)</source>
      <translation>Geld in de kassa (geteld − kassabodem)</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="228" />
      <source>Attendu dans la caisse</source>
      <translation>Verwacht in de kassa</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="70" />
      <source>Aucune objection.</source>
      <translation>Geen bezwaar.</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="223" />
      <source>Caisse</source>
      <translation>Kassa</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="203" />
      <source>Catégorie</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="196" />
      <location filename="../../app/printing/day_summary.py" line="301" />
      <source>Ce relevé vient d'un outil de comptage pour une coopérative de formation. Ce n'est pas une caisse enregistreuse certifiée.</source>
      <translation>Dit overzicht komt uit een teltool voor een opleidingscoöperatie. Het is geen gecertificeerd kassasysteem.</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="66" />
      <source>Chaque vente</source>
      <translation>Elke verkoop</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="60" />
      <source>Chiffre d'affaires TVAC</source>
      <translation>Omzet incl. btw</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="275" />
      <source>Clôture et corrections</source>
      <translation>Afsluiting en correcties</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="105" />
      <source>Clôturée</source>
      <translation>Afgesloten</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="230" />
      <source>Cohorte</source>
      <translation>Groep</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="63" />
      <source>Comment elle a été intégrée</source>
      <translation>Hoe het verwerkt werd</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="272" />
      <source>Comptage</source>
      <translation>Telling</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="230" />
      <source>Compté</source>
      <translation>Geteld</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="74" />
      <location filename="../../app/printing/cohort_summary.py" line="102" />
      <location filename="../../app/printing/cohort_summary.py" line="124" />
      <source>Coût</source>
      <translation>Kosten</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="189" />
      <source>Coût des produits offerts ou perdus</source>
      <translation>Kosten van weggegeven of verloren producten</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="69" />
      <location filename="../../app/printing/day_summary.py" line="97" />
      <location filename="../../app/printing/day_summary.py" line="201" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="46" />
      <source>Date de la décision</source>
      <translation>Datum van de beslissing</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="112" />
      <source>Date de révision</source>
      <translation>Herzieningsdatum</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="236" />
      <source>Différence</source>
      <translation>Verschil</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="71" />
      <source>Décision</source>
      <translation>Beslissing</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="133" />
      <source>Décision de partage du résultat d'une cohorte</source>
      <translation>Beslissing over de winstverdeling van een groep</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="76" />
      <location filename="../../app/printing/day_summary.py" line="198" />
      <source>Dépenses</source>
      <translation>Uitgaven</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="162" />
      <source>Dépenses et caisse</source>
      <translation>Uitgaven en kassa</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="227" />
      <source>Entrées et sorties d'argent</source>
      <translation>Geld in en uit</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="246" />
      <source>Explication</source>
      <translation>Uitleg</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="92" />
      <source>Fonds commun</source>
      <translation>Gemeenschappelijk fonds</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="225" />
      <source>Fonds de caisse au début</source>
      <translation>Kassabodem bij de start</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="202" />
      <source>Fournisseur</source>
      <translation>Leverancier</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="73" />
      <location filename="../../app/printing/cohort_summary.py" line="101" />
      <location filename="../../app/printing/cohort_summary.py" line="123" />
      <source>HTVA</source>
      <translation>Excl. btw</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="78" />
      <source>Heures</source>
      <translation>Uren</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="52" />
      <source>Invendus</source>
      <translation>Onverkocht</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="118" />
      <source>Journée encore ouverte</source>
      <translation>Dag nog open</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="71" />
      <location filename="../../app/printing/day_summary.py" line="99" />
      <source>Lieu</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="75" />
      <location filename="../../app/printing/cohort_summary.py" line="103" />
      <location filename="../../app/printing/cohort_summary.py" line="125" />
      <source>Marge</source>
      <translation>Marge</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="143" />
      <source>Meilleures ventes</source>
      <translation>Best verkocht</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="186" />
      <location filename="../../app/printing/profit_sharing.py" line="76" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="56" />
      <source>Mode</source>
      <translation>Wijze</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="144" />
      <location filename="../../app/printing/day_summary.py" line="205" />
      <location filename="../../app/printing/day_summary.py" line="251" />
      <source>Montant</source>
      <translation>Bedrag</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="251" />
      <source>Mouvement</source>
      <translation>Beweging</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="142" />
      <source>Moyen de paiement</source>
      <translation>Betaalwijze</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="51" />
      <source>Méthode</source>
      <translation>Methode</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="295" />
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="63" />
      <source>Objection</source>
      <translation>Bezwaar</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="59" />
      <source>Objections et leur intégration</source>
      <translation>Bezwaren en hoe ze verwerkt werden</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="53" />
      <source>Offert ou perdu hors vente</source>
      <translation>Weggegeven of verloren buiten verkoop</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="118" />
      <source>Par produit</source>
      <translation>Per product</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="96" />
      <source>Par type de vente</source>
      <translation>Per soort verkoop</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="79" />
      <source>Part</source>
      <translation>Deel</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="42" />
      <source>Partage du résultat</source>
      <translation>Winstverdeling</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="128" />
      <source>Partage du résultat – {cohort}</source>
      <translation>Verdeling van de winst – {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="73" />
      <source>Parts</source>
      <translation>Delen</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="204" />
      <source>Payé par</source>
      <translation>Betaald door</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="281" />
      <source>Pourquoi</source>
      <translation>Waarom</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="48" />
      <source>Prix</source>
      <translation>Prijs</translation>
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
      <translation>Voorstel</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="278" />
      <source>Quand</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="279" />
      <source>Qui</source>
      <translation>Wie</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="280" />
      <source>Quoi</source>
      <translation>Wat</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="54" />
      <source>Recette TVAC</source>
      <translation>Ontvangsten incl. btw</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="139" />
      <source>Recette par moyen de paiement</source>
      <translation>Ontvangsten per betaalwijze</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="63" />
      <source>Recette par vente (hors TVA)</source>
      <translation>Ontvangsten per verkoop (excl. btw)</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="159" />
      <source>Recette, TVA et marge</source>
      <translation>Ontvangsten, btw en marge</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="184" />
      <source>Remboursements dus aux membres</source>
      <translation>Terugbetalingen aan leden</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="95" />
      <source>Reste des arrondis (au fonds commun)</source>
      <translation>Rest van de afrondingen (naar het gemeenschappelijk fonds)</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="191" />
      <source>Rien à rembourser.</source>
      <translation>Niets terug te betalen.</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="236" />
      <source>Résultat</source>
      <translation>Resultaat</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="53" />
      <source>Résultat partagé</source>
      <translation>Gedeelde winst</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="95" />
      <source>Résumé de la journée de vente</source>
      <translation>Overzicht van de verkoopdag</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="316" />
      <source>Résumé de vente du {date}</source>
      <translation>Samenvatting van de verkoop van {date}</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="57" />
      <source>Résumé des ventes de la cohorte</source>
      <translation>Overzicht van de verkoop van de groep</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="169" />
      <source>Sorties de caisse (achats payés avec la caisse)</source>
      <translation>Uitgaven uit de kassa (aankopen betaald met de kassa)</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="148" />
      <location filename="../../app/printing/cohort_summary.py" line="154" />
      <location filename="../../app/printing/day_summary.py" line="165" />
      <source>TVA</source>
      <translation>Btw</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="72" />
      <location filename="../../app/printing/cohort_summary.py" line="152" />
      <location filename="../../app/printing/cohort_summary.py" line="232" />
      <source>TVAC</source>
      <translation>Incl. btw</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="151" />
      <source>Taux</source>
      <translation>Tarief</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="162" />
      <source>Taux de TVA</source>
      <translation>Btw-tarief</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="253" />
      <location filename="../../app/printing/day_summary.py" line="51" />
      <location filename="../../app/printing/day_summary.py" line="65" />
      <source>Total</source>
      <translation>Totaal</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="172" />
      <source>Total des dépenses payées</source>
      <translation>Totaal betaalde uitgaven</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="179" />
      <source>Total des écarts de caisse</source>
      <translation>Totaal kasverschillen</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="29" />
      <source>Tout est partagé {how}</source>
      <translation>Alles wordt verdeeld {how}</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="22" />
      <source>Tout reste dans le fonds commun</source>
      <translation>Alles blijft in het gemeenschappelijk fonds</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="70" />
      <location filename="../../app/printing/cohort_summary.py" line="99" />
      <source>Type</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="98" />
      <source>Type de vente</source>
      <translation>Soort verkoop</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="122" />
      <location filename="../../app/printing/day_summary.py" line="143" />
      <source>Unités</source>
      <translation>Eenheden</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="100" />
      <location filename="../../app/printing/cohort_summary.py" line="231" />
      <source>Ventes</source>
      <translation>Verkopen</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="255" />
      <source>Ventes de plusieurs cohortes</source>
      <translation>Verkoop van meerdere groepen</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="211" />
      <source>Ventes de {cohort}</source>
      <translation>Verkoop van {cohort}</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="273" />
      <source>Ventes des cohortes du {start} au {end}</source>
      <translation>Verkoop van de groepen van {start} tot {end}</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="226" />
      <source>Ventes en espèces</source>
      <translation>Contante verkoop</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="122" />
      <source>Ventes par produit et moyen de paiement</source>
      <translation>Verkoop per product en betaalwijze</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="330" />
      <source>Ventes, TVA, marge et caisse d'une journée de vente</source>
      <translation>Verkoop, btw, marge en kassa van een verkoopdag</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="219" />
      <source>Ventes, marge, TVA et caisse d'une cohorte</source>
      <translation>Verkoop, marge, btw en kassa van een groep</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="281" />
      <source>Ventes, marge, TVA et caisse de plusieurs cohortes</source>
      <translation>Verkoop, marge, btw en kassa van meerdere groepen</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="40" />
      <source>consentement</source>
      <translation>consent</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="24" />
      <source>en parts égales</source>
      <translation>in gelijke delen</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="215" />
      <source>la caisse</source>
      <translation>de kassa</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="87" />
      <source>non</source>
      <translation>nee</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="87" />
      <source>oui</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="233" />
      <source>pas encore compté</source>
      <translation>nog niet geteld</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="26" />
      <source>selon les heures de présence</source>
      <translation>volgens de uren aanwezig</translation>
    </message>
    <message>
      <location filename="../../app/printing/profit_sharing.py" line="30" />
      <source>{fund} % au fonds commun, le reste {how}</source>
      <translation>{fund} % naar het gemeenschappelijk fonds, de rest {how}</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="108" />
      <source>{when} par {name}</source>
      <translation>{when} door {name}</translation>
    </message>
    <message>
      <location filename="../../app/printing/day_summary.py" line="129" />
      <source>« Offert » : donné à un client, compté dans les ventes à 0 €. « Offert ou perdu hors vente » : sorti du stock sans vente (goûté, abîmé, jeté).</source>
      <translation>„Weggegeven”: aan een klant gegeven, geteld in de verkoop aan € 0. „Weggegeven of verloren buiten verkoop”: uit de voorraad zonder verkoop (geproefd, beschadigd, weggegooid).</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="186" />
      <source>À rembourser</source>
      <translation>Terug te betalen</translation>
    </message>
    <message>
      <location filename="../../app/printing/cohort_summary.py" line="77" />
      <source>Écart caisse</source>
      <translation>Kasverschil</translation>
    </message>
  </context>
  <context>
    <name>schedule</name>
    <message>
      <location filename="../../app/services/schedule/attendance_sheets.py" line="37" />
      <source>Aucune matinée prévue cette semaine : rien à imprimer.</source>
      <translation>Geen voormiddag gepland deze week: niets om af te drukken.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/calendar.py" line="51" />
      <source>Avec : {name}</source>
      <translation>Met: {name}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="94" />
      <source>Ce module existe déjà.</source>
      <translation>Deze module bestaat al.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="284" />
      <location filename="../../app/services/schedule/prerequisites.py" line="122" />
      <location filename="../../app/services/schedule/term.py" line="185" />
      <source>Ce module n'existe plus.</source>
      <translation>Deze module bestaat niet meer.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/schedule/subgroups.py" line="106" />
      <source>Ce sous-groupe a encore des matinées au programme : %n. Mettez chacune pour « Toute la cohorte » ou supprimez-la d'abord.</source>
      <translation>
        <numerusform>Deze subgroep heeft nog een voormiddag in het programma: %n. Zet die op “De hele groep” of verwijder die eerst.</numerusform>
        <numerusform>Deze subgroep heeft nog voormiddagen in het programma: %n. Zet elke op “De hele groep” of verwijder ze eerst.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/subgroups.py" line="61" />
      <source>Ce sous-groupe existe déjà.</source>
      <translation>Deze subgroep bestaat al.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="297" />
      <source>Ce sous-groupe n'a aucune membre : personne ne viendrait.</source>
      <translation>Deze subgroep heeft geen leden: niemand zou komen.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="292" />
      <source>Ce sous-groupe n'existe pas dans la cohorte.</source>
      <translation>Deze subgroep bestaat niet in de groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="223" />
      <location filename="../../app/services/schedule/term.py" line="102" />
      <location filename="../../app/services/schedule/term.py" line="165" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>Deze groep bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="278" />
      <source>Cette date est en dehors de la cohorte (du {start} au {end}).</source>
      <translation>Deze datum valt buiten de groep (van {start} tot {end}).</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="63" />
      <source>Cette date n'existe pas : « {text} ».</source>
      <translation>Deze datum bestaat niet: "{text}".</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="112" />
      <location filename="../../app/services/schedule/attendance.py" line="158" />
      <source>Cette matinée est annulée.</source>
      <translation>Deze voormiddag is geannuleerd.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="81" />
      <source>Cette matinée est pour un sous-groupe : cette personne n'en fait pas partie.</source>
      <translation>Deze voormiddag is voor een subgroep: deze persoon hoort er niet bij.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/morning_people.py" line="43" />
      <source>Cette organisation n'est plus dans le répertoire.</source>
      <translation>Deze organisatie staat niet meer in het adresboek.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/morning_people.py" line="38" />
      <source>Cette personne n'est plus dans le répertoire.</source>
      <translation>Deze persoon staat niet meer in het adresboek.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="286" />
      <source>Cette personne n'existe plus.</source>
      <translation>Deze persoon bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="68" />
      <source>Cette personne n'était pas dans la cohorte ce jour-là.</source>
      <translation>Deze persoon zat die dag niet in de groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="120" />
      <location filename="../../app/services/schedule/attendance.py" line="173" />
      <location filename="../../app/services/schedule/attendance.py" line="338" />
      <source>Cette personne ne fait pas partie de la cohorte.</source>
      <translation>Deze persoon hoort niet bij de groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="133" />
      <source>Cette présence a changé depuis que la grille s'est affichée : la grille est mise à jour. Cliquez de nouveau si besoin.</source>
      <translation>Deze aanwezigheid is gewijzigd sinds het rooster werd getoond: het rooster is bijgewerkt. Klik opnieuw indien nodig.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="133" />
      <source>Cette règle existe déjà.</source>
      <translation>Deze regel bestaat al.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="464" />
      <source>Cette semaine n'a aucune matinée à copier.</source>
      <translation>Deze week heeft geen voormiddagen om te kopiëren.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="109" />
      <location filename="../../app/services/schedule/attendance.py" line="169" />
      <source>Choisissez : présente, en retard, excusée ou absente.</source>
      <translation>Kies: aanwezig, te laat, verontschuldigd of afwezig.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/subgroups.py" line="34" />
      <source>Choisissez au moins une membre du sous-groupe.</source>
      <translation>Kies minstens één lid van de subgroep.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="113" />
      <source>Choisissez le module à suivre d'abord.</source>
      <translation>Kies de module die eerst gevolgd moet worden.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="117" />
      <source>Choisissez un module ou un type de matinée.</source>
      <translation>Kies een module of een soort voormiddag.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="92" />
      <location filename="../../app/services/schedule/mornings.py" line="271" />
      <location filename="../../app/services/schedule/prerequisites.py" line="120" />
      <source>Choisissez un type dans la liste.</source>
      <translation>Kies een soort uit de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="273" />
      <source>Choisissez un état dans la liste.</source>
      <translation>Kies een toestand uit de lijst.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="459" />
      <source>Choisissez une autre semaine que celle copiée.</source>
      <translation>Kies een andere week dan de gekopieerde.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="177" />
      <source>Cochez au moins un jour de la semaine.</source>
      <translation>Vink minstens één dag van de week aan.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="408" />
      <source>Des présences sont notées pour cette matinée : annulez-la plutôt.</source>
      <translation>Er zijn aanwezigheden genoteerd voor deze voormiddag: annuleer hem liever.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="265" />
      <source>Indiquez l'heure de début et de fin.</source>
      <translation>Geef het beginuur en het einduur.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="167" />
      <source>Indiquez la date de début.</source>
      <translation>Geef de begindatum.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="169" />
      <source>Indiquez la date de fin.</source>
      <translation>Geef de einddatum.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="263" />
      <location filename="../../app/services/schedule/term.py" line="53" />
      <source>Indiquez la date.</source>
      <translation>Geef de datum.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="323" />
      <source>La cohorte a déjà une matinée ce jour-là de {start} à {end}.</source>
      <translation>De groep heeft die dag al een voormiddag van {start} tot {end}.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="97" />
      <source>La fermeture ne peut pas finir avant de commencer.</source>
      <translation>De sluiting kan niet eindigen voor ze begint.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="385" />
      <source>La matinée finirait après minuit.</source>
      <translation>De voormiddag zou na middernacht eindigen.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="268" />
      <location filename="../../app/services/schedule/term.py" line="180" />
      <source>La matinée ne peut pas finir avant de commencer.</source>
      <translation>De voormiddag kan niet eindigen voor hij begint.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="172" />
      <source>La période ne peut pas finir avant de commencer.</source>
      <translation>De periode kan niet eindigen voor ze begint.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="305" />
      <source>Le {date} est un jour de fermeture : {reason}.</source>
      <translation>{date} is een sluitingsdag: {reason}.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="82" />
      <source>Module inconnu : « {name} ».</source>
      <translation>Onbekende module: "{name}".</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/hours.py" line="36" />
      <source>Pratique (cuisine, ventes, visites…)</source>
      <translation>Praktijk (keuken, verkoop, bezoeken…)</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="92" />
      <source>Semaine inconnue : écrivez par exemple 2022-W41.</source>
      <translation>Onbekende week: schrijf bijvoorbeeld 2022-W41.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/hours.py" line="35" />
      <source>Théorie</source>
      <translation>Theorie</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="125" />
      <source>Un module ne peut pas se précéder lui-même.</source>
      <translation>Een module kan niet voor zichzelf komen.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="100" />
      <source>Une fermeture dure au plus un an.</source>
      <translation>Een sluiting duurt maximaal een jaar.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="175" />
      <source>Une période dure au plus un an.</source>
      <translation>Een periode duurt maximaal een jaar.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="202" />
      <source>en dehors des dates de la cohorte</source>
      <translation>buiten de data van de groep</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="207" />
      <source>fermeture : {reason}</source>
      <translation>sluiting: {reason}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="307" />
      <location filename="../../app/services/schedule/term.py" line="208" />
      <source>fermé</source>
      <translation>gesloten</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/mornings.py" line="471" />
      <location filename="../../app/services/schedule/term.py" line="204" />
      <source>jour férié : {name}</source>
      <translation>feestdag: {name}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="52" />
      <source>le module « {name} »</source>
      <translation>de module "{name}"</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/modules.py" line="90" />
      <source>le nom du module</source>
      <translation>de naam van de module</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/subgroups.py" line="51" />
      <source>le nom du sous-groupe</source>
      <translation>de naam van de subgroep</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="55" />
      <source>les matinées « {kind} »</source>
      <translation>de voormiddagen "{kind}"</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="244" />
      <source>{activity} du {date} : il faut d'abord le module « {module} », prévu seulement le {when}.</source>
      <translation>{activity} van {date}: eerst is de module "{module}" nodig, die pas gepland is op {when}.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="238" />
      <source>{activity} du {date} : il faut d'abord le module « {module} », qui n'est pas encore prévu.</source>
      <translation>{activity} van {date}: eerst is de module "{module}" nodig, die nog niet gepland is.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="363" />
      <source>{name} a manqué {n} matinées de suite : prenez de ses nouvelles.</source>
      <translation>{name} was {n} voormiddagen na elkaar afwezig: vraag hoe het met haar gaat.</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/prerequisites.py" line="59" />
      <source>« {required} » avant {target}</source>
      <translation>"{required}" vóór {target}</translation>
    </message>
    <message>
      <location filename="../../app/services/schedule/term.py" line="65" />
      <source>Écrivez la date comme ceci : 31/12/2022.</source>
      <translation>Schrijf de datum zo: 31/12/2022.</translation>
    </message>
  </context>
  <context>
    <name>schedule_man</name>
    <message>
      <location filename="../../app/services/schedule/attendance.py" line="364" />
      <source>{name} a manqué {n} matinées de suite : prenez de ses nouvelles.</source>
      <translation>{name} was {n} voormiddagen na elkaar afwezig: vraag hoe het met hem gaat.</translation>
    </message>
  </context>
  <context>
    <name>schedule_time</name>
    <message>
      <location filename="../../app/i18n.py" line="282" />
      <source>{hour}h</source>
      <translation>{hour} u</translation>
    </message>
    <message>
      <location filename="../../app/i18n.py" line="279" />
      <source>{hour}h{minute}</source>
      <translation>{hour}.{minute} u</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="93" />
      <source>Ces réglages ont changé depuis que vous avez ouvert cette fenêtre : les champs montrent maintenant leurs nouvelles valeurs. Refaites vos changements, puis enregistrez.</source>
      <translation>Deze instellingen zijn gewijzigd sinds u dit venster opende: de velden tonen nu hun nieuwe waarden. Breng uw wijzigingen opnieuw aan en sla dan op.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="87" />
      <source>L'objectif de coût matière va de 1 à 99 %.</source>
      <translation>Het doel voor de grondstofkost gaat van 1 tot 99 %.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="69" />
      <source>Un taux a au plus deux chiffres après la virgule.</source>
      <translation>Een tarief heeft hoogstens twee cijfers na de komma.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="83" />
      <source>Un taux de TVA va de 0 à 100 %.</source>
      <translation>Een btw-tarief gaat van 0 tot 100 %.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/costing_settings.py" line="64" />
      <source>Écrivez un taux, par exemple 6 ou 12.</source>
      <translation>Schrijf een tarief, bijvoorbeeld 6 of 12.</translation>
    </message>
  </context>
  <context>
    <name>shopping</name>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="64" />
      <source>Acheter</source>
      <translation>Kopen</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="151" />
      <source>Cette commande n'a aucune ligne.</source>
      <translation>Deze bestelling heeft geen regels.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="88" />
      <source>Choisissez au moins une recette.</source>
      <translation>Kies minstens één recept.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="153" />
      <source>Courses pour la commande n° {id} : {customer}</source>
      <translation>Boodschappen voor bestelling nr. {id}: {customer}</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="179" />
      <source>Courses pour « {menu} », {n} personnes</source>
      <translation>Boodschappen voor "{menu}", {n} personen</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="101" />
      <source>Dépense estimée : {total}</source>
      <translation>Geschatte uitgave: {total}</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="143" />
      <source>En stock</source>
      <translation>In voorraad</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="134" />
      <source>Fournisseur</source>
      <translation>Leverancier</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="125" />
      <source>Fournisseur non précisé</source>
      <translation>Leverancier niet opgegeven</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="63" />
      <source>Il faut</source>
      <translation>Nodig</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="171" />
      <source>Indiquez le nombre de personnes.</source>
      <translation>Geef het aantal personen.</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="62" />
      <location filename="../../app/printing/shopping_list.py" line="135" />
      <source>Ingrédient</source>
      <translation>Ingrediënt</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="96" />
      <source>Le nombre de fournées doit être plus grand que zéro.</source>
      <translation>Het aantal baksels moet groter zijn dan nul.</translation>
    </message>
    <message>
      <location filename="../../app/services/menus/shopping.py" line="136" />
      <source>Liste de courses</source>
      <translation>Boodschappenlijst</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="138" />
      <source>Paquets</source>
      <translation>Pakken</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="53" />
      <source>Prix du {date}.</source>
      <translation>Prijzen van {date}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="65" />
      <location filename="../../app/printing/shopping_list.py" line="140" />
      <source>Prix estimé</source>
      <translation>Geschatte prijs</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="136" />
      <source>Quantité</source>
      <translation>Hoeveelheid</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="142" />
      <source>Recettes</source>
      <translation>Recepten</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="66" />
      <location filename="../../app/printing/shopping_list.py" line="141" />
      <source>Reste</source>
      <translation>Over</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="113" />
      <source>Sans prix connu : {names}.</source>
      <translation>Zonder bekende prijs: {names}.</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="87" />
      <source>Sous-total</source>
      <translation>Subtotaal</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="139" />
      <source>Taille du paquet</source>
      <translation>Grootte van het pak</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="166" />
      <source>Total</source>
      <translation>Totaal</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="137" />
      <source>Unité</source>
      <translation>Eenheid</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="35" />
      <source>prix inconnu</source>
      <translation>prijs onbekend</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="27" />
      <source>{needed} (en stock : {in_stock})</source>
      <translation>{needed} (in voorraad: {in_stock})</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="37" />
      <source>{packs} × {size}</source>
      <translation>{packs} × {size}</translation>
    </message>
    <message>
      <location filename="../../app/printing/shopping_list.py" line="144" />
      <source>À acheter</source>
      <translation>Te kopen</translation>
    </message>
  </context>
  <context>
    <name>stock_print</name>
    <message>
      <location filename="../../app/printing/sale_day_stock_section.py" line="18" />
      <source>Stock du jour</source>
      <translation>Voorraad van de dag</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/printing/sale_day_stock_section.py" line="26" />
      <source>Vendu au-delà du stock noté : %n unité(s) (le comptage papier fait foi).</source>
      <translation>
        <numerusform>Verkocht boven de genoteerde voorraad: %n stuk (de telling op papier geldt).</numerusform>
        <numerusform>Verkocht boven de genoteerde voorraad: %n stuks (de telling op papier geldt).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/printing/sale_day_stock_section.py" line="21" />
      <source>{product} : %n unité(s) reportée(s) des jours précédents</source>
      <translation>
        <numerusform>{product}: %n stuk overgedragen van vorige dagen</numerusform>
        <numerusform>{product}: %n stuks overgedragen van vorige dagen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tasks</name>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="72" />
      <source>Ce cercle n'existe plus.</source>
      <translation>Deze kring bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="55" />
      <source>Cette cohorte n'existe plus.</source>
      <translation>Deze groep bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="65" />
      <source>Cette personne n'est pas dans la cohorte.</source>
      <translation>Deze persoon zit niet in de groep.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="68" />
      <source>La date limite est déjà passée.</source>
      <translation>De uiterste datum is al voorbij.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/tasks.py" line="56" />
      <source>ce qu'il faut faire</source>
      <translation>wat er moet gebeuren</translation>
    </message>
  </context>
  <context>
    <name>tasting</name>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="28" />
      <source>Achèteriez-vous ce produit ?</source>
      <translation>Zou u dit product kopen?</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="26" />
      <source>Aspect</source>
      <translation>Uitzicht</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/forms.py" line="90" />
      <source>Ce formulaire est vide : tapez au moins une réponse.</source>
      <translation>Dit formulier is leeg: typ minstens één antwoord.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/forms.py" line="86" />
      <source>Cette dégustation n'existe plus.</source>
      <translation>Deze proeverij bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/questions.py" line="136" />
      <source>Choisissez le genre de question.</source>
      <translation>Kies de soort vraag.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/sessions.py" line="67" />
      <source>Choisissez une recette et sa version.</source>
      <translation>Kies een recept en de versie.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="29" />
      <source>Commentaire</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="24" />
      <source>Goût</source>
      <translation>Smaak</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/questions.py" line="148" />
      <source>Huit réponses possibles au plus : la feuille doit rester claire.</source>
      <translation>Hoogstens acht mogelijke antwoorden: het blad moet duidelijk blijven.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/sessions.py" line="69" />
      <source>Indiquez la date de la dégustation.</source>
      <translation>Geef de datum van de proeverij.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="35" />
      <source>Non</source>
      <translation>Nee</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="35" />
      <source>Oui</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="27" />
      <source>Prix</source>
      <translation>Prijs</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/defaults.py" line="25" />
      <source>Texture</source>
      <translation>Textuur</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/questions.py" line="137" />
      <source>la question</source>
      <translation>de vraag</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/sessions.py" line="30" />
      <source>{name} (v{version})</source>
      <translation>{name} (v{version})</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/forms.py" line="59" />
      <source>{question} : tapez le numéro d'une réponse, de 1 à {high}.</source>
      <translation>{question}: typ het nummer van een antwoord, van 1 tot {high}.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/forms.py" line="40" />
      <source>{question} : tapez une note de {low} à {high}.</source>
      <translation>{question}: typ een score van {low} tot {high}.</translation>
    </message>
    <message>
      <location filename="../../app/services/tastings/questions.py" line="143" />
      <source>Écrivez au moins deux réponses possibles, une par ligne.</source>
      <translation>Schrijf minstens twee mogelijke antwoorden, één per regel.</translation>
    </message>
  </context>
  <context>
    <name>temperature_sheet</name>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="44" />
      <source>Action corrective</source>
      <translation>Corrigerende maatregel</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="41" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="78" />
      <source>Relevé mensuel des températures (autocontrôle)</source>
      <translation>Maandelijkse temperatuurregistratie (autocontrole)</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="43" />
      <source>Relevé par</source>
      <translation>Opgenomen door</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="68" />
      <source>Relevés : {read} · hors limites (« ! ») : {out}</source>
      <translation>Metingen: {read} · buiten de grenzen (« ! »): {out}</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="29" />
      <source>Températures — {name} — {month}</source>
      <translation>Temperaturen — {name} — {month}</translation>
    </message>
    <message>
      <location filename="../../app/printing/temperature_month.py" line="34" />
      <source>{kind} · limites : de {low} à {high} °C</source>
      <translation>{kind} · grenzen: van {low} tot {high} °C</translation>
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
      <translation>Deze persoon bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../app/services/delegate/handover.py" line="39" />
      <source>Écrivez ce qui a été fait ou ce qui reste à faire.</source>
      <translation>Schrijf wat gedaan is of wat nog moet gebeuren.</translation>
    </message>
  </context>
  <context>
    <name>trash</name>
    <message>
      <location filename="../../app/services/safety/trash.py" line="52" />
      <source>Accord pour le portfolio employeur</source>
      <translation>Toestemming voor het portfolio voor werkgevers</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="51" />
      <source>Accord pour le suivi après le programme</source>
      <translation>Toestemming voor de opvolging na het programma</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="76" />
      <source>Achat d'ingrédient</source>
      <translation>Aankoop van ingrediënt</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="96" />
      <source>Adjectif</source>
      <translation>Bijvoeglijk naamwoord</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="69" />
      <source>Adjectif choisi</source>
      <translation>Gekozen bijvoeglijk naamwoord</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="68" />
      <source>Auto-évaluation</source>
      <translation>Zelfevaluatie</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="97" />
      <source>Campagne d'évaluation</source>
      <translation>Evaluatieronde</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="152" />
      <source>Ce type de donnée ne va pas à la corbeille.</source>
      <translation>Dit soort gegevens gaat niet naar de prullenbak.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="71" />
      <source>Cercle</source>
      <translation>Kring</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="92" />
      <source>Cercle thématique</source>
      <translation>Themakring</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="72" />
      <source>Changement de déléguée</source>
      <translation>Wissel van verantwoordelijke</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="104" />
      <source>Charte ou règlement</source>
      <translation>Charter of huishoudelijk reglement</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="43" />
      <source>Cohorte</source>
      <translation>Groep</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="54" />
      <source>Commande</source>
      <translation>Bestelling</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="62" />
      <source>Commande {customer} du {date}</source>
      <translation>Bestelling {customer} van {date}</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="98" />
      <source>Compétence</source>
      <translation>Competentie</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="101" />
      <source>Décision</source>
      <translation>Beslissing</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="100" />
      <source>Décision sur le résultat</source>
      <translation>Beslissing over de winst</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="60" />
      <source>Dégustation</source>
      <translation>Proeverij</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="82" />
      <source>Dépense</source>
      <translation>Uitgave</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="89" />
      <source>Fermeture</source>
      <translation>Sluiting</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="87" />
      <source>Formulaire de dégustation</source>
      <translation>Proefformulier</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="74" />
      <source>Frigo ou congélateur</source>
      <translation>Koelkast of diepvriezer</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="70" />
      <source>Indisponibilité</source>
      <translation>Niet beschikbaar</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="45" />
      <source>Ingrédient</source>
      <translation>Ingrediënt</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="46" />
      <source>Ingrédient d'un ingrédient composé</source>
      <translation>Ingrediënt van een samengesteld ingrediënt</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="64" />
      <source>Jour de déléguée</source>
      <translation>Dag als verantwoordelijke</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="55" />
      <source>Journée de vente</source>
      <translation>Verkoopdag</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="91" />
      <source>Ligne d'une liste du jour</source>
      <translation>Regel van een dagelijst</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="58" />
      <source>Ligne de commande</source>
      <translation>Regel van een bestelling</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="83" />
      <source>Ligne de recette</source>
      <translation>Regel van een recept</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="61" />
      <source>Ligne de vente</source>
      <translation>Regel van een verkoop</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="77" />
      <source>Lot fabriqué</source>
      <translation>Gemaakt lot</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="110" />
      <source>Marrainage d'une membre</source>
      <translation>Meterschap van een lid</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="48" />
      <source>Matinée</source>
      <translation>Voormiddag</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="101" />
      <source>Matinée du {date} ({title})</source>
      <translation>Voormiddag van {date} ({title})</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="107" />
      <source>Membre d'un sous-groupe</source>
      <translation>Lid van een subgroep</translation>
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
      <translation>Kasbeweging</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="78" />
      <source>Mouvement de stock</source>
      <translation>Voorraadbeweging</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="99" />
      <source>Niveau de l'échelle</source>
      <translation>Niveau van de schaal</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="103" />
      <source>Objection</source>
      <translation>Bezwaar</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="108" />
      <source>Organisation du répertoire</source>
      <translation>Organisatie uit het adresboek</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="63" />
      <source>Partage du résultat</source>
      <translation>Verdeling van de winst</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="50" />
      <source>Participation à une cohorte</source>
      <translation>Deelname aan een groep</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="79" />
      <source>Passation</source>
      <translation>Overdracht</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="42" />
      <source>Personne</source>
      <translation>Persoon</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="109" />
      <source>Personne du répertoire</source>
      <translation>Persoon uit het adresboek</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="59" />
      <source>Plat d'un menu</source>
      <translation>Gerecht van een menu</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="73" />
      <source>Point coché</source>
      <translation>Aangevinkt punt</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="93" />
      <source>Point de la liste d'un cercle</source>
      <translation>Punt van de lijst van een kring</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="102" />
      <source>Position dans une décision</source>
      <translation>Standpunt in een beslissing</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="84" />
      <source>Prix d'ingrédient</source>
      <translation>Prijs van een ingrediënt</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="62" />
      <source>Produit d'une vente</source>
      <translation>Product van een verkoop</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="90" />
      <source>Prérequis</source>
      <translation>Voorwaarde</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="57" />
      <source>Présence</source>
      <translation>Aanwezigheid</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="86" />
      <source>Question de dégustation</source>
      <translation>Proefvraag</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="44" />
      <source>Recette</source>
      <translation>Recept</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="75" />
      <source>Relevé de température</source>
      <translation>Temperatuurmeting</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="67" />
      <source>Retour individuel</source>
      <translation>Persoonlijke feedback</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="88" />
      <source>Réponse de dégustation</source>
      <translation>Antwoord bij een proeverij</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="94" />
      <source>Réunion d'un cercle</source>
      <translation>Vergadering van een kring</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="105" />
      <source>Signature</source>
      <translation>Handtekening</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="53" />
      <source>Situation après le programme</source>
      <translation>Situatie na het programma</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="106" />
      <source>Sous-groupe</source>
      <translation>Subgroep</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="85" />
      <source>TVA par format</source>
      <translation>Btw per formaat</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="95" />
      <source>Tour d'animation d'un cercle</source>
      <translation>Beurt als begeleidster van een kring</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="148" />
      <source>Type de donnée inconnu : {name}.</source>
      <translation>Onbekend soort gegevens: {name}.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="80" />
      <source>Tâche</source>
      <translation>Taak</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="47" />
      <source>Valeurs nutritionnelles d'un ingrédient</source>
      <translation>Voedingswaarden van een ingrediënt</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="79" />
      <source>Vente du {title}</source>
      <translation>Verkoop van {title}</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/deletions.py" line="88" />
      <source>« {label} » est clôturée : elle ne peut plus être supprimée. Corrigez-la par une correction.</source>
      <translation>"{label}" is afgesloten: je kunt het niet meer verwijderen. Pas het aan met een correctie.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="245" />
      <source>« {label} » ne peut pas être restaurée : l'application a été mise à jour depuis sa suppression et ne peut plus la remettre en place.</source>
      <translation>"{label}" kan niet teruggezet worden: de toepassing werd bijgewerkt sinds het verwijderen en kan het niet meer terugzetten.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="306" />
      <source>« {label} » ne peut pas être restaurée : une donnée dont elle a besoin a été supprimée, ou une autre porte le même nom.</source>
      <translation>"{label}" kan niet teruggezet worden: gegevens die nodig zijn, werden verwijderd, of iets anders heeft dezelfde naam.</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="169" />
      <source>« {label} » ne peut pas être supprimée : d'autres données en dépendent ({where}). Désactivez-la plutôt.</source>
      <translation>"{label}" kan niet verwijderd worden: andere gegevens hangen ervan af ({where}). Schakel het liever uit.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/safety/deletions.py" line="48" />
      <source>« {label} » ne peut pas être supprimée : elle figure dans %n journée(s) de vente. Désactivez-la plutôt.</source>
      <translation>
        <numerusform>„{label}” kan niet verwijderd worden: het staat in %n verkoopdag. Schakel het liever uit.</numerusform>
        <numerusform>„{label}” kan niet verwijderd worden: het staat in %n verkoopdagen. Schakel het liever uit.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="65" />
      <source>Évaluation</source>
      <translation>Evaluatie</translation>
    </message>
    <message>
      <location filename="../../app/services/safety/trash.py" line="66" />
      <source>Évaluatrice</source>
      <translation>Beoordelaar</translation>
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
      <translation>Maximaal drie cijfers na de komma.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="102" />
      <source>Ce nombre est trop grand : au plus {limit}.</source>
      <translation>Dit getal is te groot: hoogstens {limit}.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="87" />
      <source>Cette quantité est trop grande : au plus {limit}.</source>
      <translation>Deze hoeveelheid is te groot: hoogstens {limit}.</translation>
    </message>
    <message>
      <location filename="../../app/services/kitchen/stock_changes.py" line="80" />
      <location filename="../../app/services/units.py" line="175" />
      <source>Cette quantité est trop grande.</source>
      <translation>Deze hoeveelheid is te groot.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="97" />
      <source>Indiquez un nombre plus grand que zéro.</source>
      <translation>Geef een getal groter dan nul.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="156" />
      <source>Indiquez une quantité, par exemple 250 ou 1,5.</source>
      <translation>Geef een hoeveelheid, bijvoorbeeld 250 of 1,5.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="171" />
      <source>La quantité doit être plus grande que zéro.</source>
      <translation>De hoeveelheid moet groter zijn dan nul.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="52" />
      <source>On ne peut pas convertir des « {a} » en « {b} » : choisissez une unité de même nature (poids, volume ou pièces).</source>
      <translation>Je kunt "{a}" niet omzetten naar "{b}": kies een eenheid van dezelfde soort (gewicht, volume of stuks).</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="36" />
      <source>Unité inconnue : « {unit} ».</source>
      <translation>Onbekende eenheid: "{unit}".</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="189" />
      <source>pièces</source>
      <translation>stuks</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="187" />
      <source>poids (g, kg)</source>
      <translation>gewicht (g, kg)</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="188" />
      <source>volume (ml, l)</source>
      <translation>volume (ml, l)</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="139" />
      <source>{hours} h</source>
      <translation>{hours} u</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/services/units.py" line="146" />
      <source>{quantity} pièce(s)</source>
      <translation>
        <numerusform>{quantity} stuk</numerusform>
        <numerusform>{quantity} stuks</numerusform>
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
      <translation>{value} °C</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="199" />
      <source>« {name} » se compte en {unit} : on ne peut pas l'indiquer en {line_unit}.</source>
      <translation>"{name}" wordt geteld in {unit}: je kunt het niet in {line_unit} opgeven.</translation>
    </message>
    <message>
      <location filename="../../app/services/units.py" line="165" />
      <source>« {text} » n'est pas une quantité. Écrivez par exemple 1,5.</source>
      <translation>"{text}" is geen hoeveelheid. Schrijf bijvoorbeeld 1,5.</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <location filename="../../app/services/validation.py" line="46" />
      <source>Ce texte contient un caractère invisible qui n'est pas permis ({code}). Retapez-le au clavier au lieu de le copier.</source>
      <translation>Deze tekst bevat een onzichtbaar teken dat niet toegelaten is ({code}). Typ hem op het toetsenbord in plaats van hem te kopiëren.</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="89" />
      <source>Ce texte est trop long (au plus {n} caractères).</source>
      <translation>Deze tekst is te lang (maximaal {n} tekens).</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="116" />
      <source>Cette adresse e-mail n'est pas valide (exemple : nom@exemple.be).</source>
      <translation>Dit e-mailadres is niet geldig (voorbeeld: naam@voorbeeld.be).</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="79" />
      <source>Indiquez {label}.</source>
      <translation>Geef {label} op.</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="133" />
      <source>La date {date} n'est pas plausible (entre 2000 et 2099).</source>
      <translation>De datum {date} is niet aannemelijk (tussen 2000 en 2099).</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" line="102" />
      <source>Un numéro de téléphone ne contient que des chiffres, des espaces et un + au début, par exemple +32 470 12 34 56.</source>
      <translation>Een telefoonnummer bevat alleen cijfers, spaties en een + vooraan, bijvoorbeeld +32 470 12 34 56.</translation>
    </message>
  </context>
  <context>
    <name>vocab_decisions</name>
    <message>
      <location filename="../../app/vocab/decisions.py" line="38" />
      <source>Absente</source>
      <translation>Afwezig</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="37" />
      <source>Abstention</source>
      <translation>Onthouding</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="49" />
      <source>Charte</source>
      <translation>Charter</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="35" />
      <source>Consentement</source>
      <translation>Instemming</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="19" />
      <source>Décision du groupe</source>
      <translation>Groepsbeslissing</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="36" />
      <source>Objection</source>
      <translation>Bezwaar</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="20" />
      <source>Partage du bénéfice</source>
      <translation>Verdeling van de winst</translation>
    </message>
    <message>
      <location filename="../../app/vocab/decisions.py" line="50" />
      <source>Règlement d'ordre intérieur</source>
      <translation>Huishoudelijk reglement</translation>
    </message>
  </context>
  <context>
    <name>vocab_delegate</name>
    <message>
      <location filename="../../app/vocab/delegate.py" line="44" />
      <source>Absence</source>
      <translation>Afwezigheid</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="61" />
      <source>Aucun membre actif</source>
      <translation>Geen actief lid</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="46" />
      <source>Choix manuel</source>
      <translation>Zelf gekozen</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="45" />
      <source>Départ</source>
      <translation>Vertrek</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="26" />
      <source>Fermeture</source>
      <translation>Sluiting</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="24" />
      <source>Jour de cuisine</source>
      <translation>Kookdag</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="25" />
      <source>Jour de vente</source>
      <translation>Verkoopdag</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="23" />
      <source>Ouverture</source>
      <translation>Opening</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="62" />
      <source>Personne n'est disponible</source>
      <translation>Niemand is beschikbaar</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="42" />
      <source>Planning</source>
      <translation>Planning</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="63" />
      <source>Remarque</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="87" />
      <location filename="../../app/vocab/delegate.py" line="93" />
      <source>jamais ce jour de la semaine</source>
      <translation>nooit op die dag van de week</translation>
    </message>
    <message>
      <location filename="../../app/vocab/delegate.py" line="43" />
      <source>Échange</source>
      <translation>Ruil</translation>
    </message>
  </context>
  <context>
    <name>vocab_directory</name>
    <message>
      <location filename="../../app/vocab/directory.py" line="22" />
      <source>Client</source>
      <translation>Klant</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="25" />
      <source>Financeur</source>
      <translation>Financier</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="23" />
      <source>Fournisseur</source>
      <translation>Leverancier</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="39" />
      <source>Intervenante</source>
      <translation>Gastspreker</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="24" />
      <source>Lieu de visite</source>
      <translation>Bezoekplaats</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="38" />
      <source>Marraine / parrain</source>
      <translation>Meter / peter</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="21" />
      <source>Partenaire</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="41" />
      <source>Personne de contact</source>
      <translation>Contactpersoon</translation>
    </message>
    <message>
      <location filename="../../app/vocab/directory.py" line="40" />
      <source>Évaluatrice</source>
      <translation>Beoordelaar</translation>
    </message>
  </context>
  <context>
    <name>vocab_evaluation</name>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="23" />
      <source>Activité culinaire</source>
      <translation>Kookactiviteit</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="50" />
      <source>Auto-évaluation et regard des autres</source>
      <translation>Zelfevaluatie en de blik van anderen</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="36" />
      <source>Autres (pro)</source>
      <translation>Andere (beroeps)</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="24" />
      <source>Autres compétences professionnelles</source>
      <translation>Andere beroepsvaardigheden</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="21" />
      <source>Compétences entrepreneuriales</source>
      <translation>Ondernemersvaardigheden</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="34" />
      <source>Coopérer</source>
      <translation>Samenwerken</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="35" />
      <source>Cuisine</source>
      <translation>Keuken</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="33" />
      <source>Entreprendre</source>
      <translation>Ondernemen</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="49" />
      <source>Grille d'observation</source>
      <translation>Observatierooster</translation>
    </message>
    <message>
      <location filename="../../app/vocab/evaluations.py" line="22" />
      <source>Travail coopératif</source>
      <translation>Samenwerken in een coöperatie</translation>
    </message>
  </context>
  <context>
    <name>vocab_kitchen</name>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="35" />
      <source>Achat</source>
      <translation>Aankoop</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="38" />
      <source>Comptage</source>
      <translation>Telling</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="18" />
      <source>Congélateur</source>
      <translation>Diepvriezer</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="37" />
      <source>Fabriqué</source>
      <translation>Gemaakt</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="17" />
      <source>Frigo</source>
      <translation>Koelkast</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="39" />
      <source>Perte</source>
      <translation>Verlies</translation>
    </message>
    <message>
      <location filename="../../app/vocab/kitchen.py" line="36" />
      <source>Utilisé dans un lot</source>
      <translation>Gebruikt in een lot</translation>
    </message>
  </context>
  <context>
    <name>vocab_menus</name>
    <message>
      <location filename="../../app/vocab/menus.py" line="134" />
      <source>Acceptée</source>
      <translation>Aanvaard</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="116" />
      <source>Anhydride sulfureux et sulfites</source>
      <translation>Zwaveldioxide en sulfieten</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="136" />
      <source>Annulée</source>
      <translation>Geannuleerd</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="109" />
      <source>Arachides</source>
      <translation>Aardnoten</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="132" />
      <source>Brouillon</source>
      <translation>Ontwerp</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="106" />
      <source>Crustacés</source>
      <translation>Schaaldieren</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="113" />
      <source>Céleri</source>
      <translation>Selderij</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="105" />
      <source>Céréales contenant du gluten</source>
      <translation>Glutenbevattende granen</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="133" />
      <source>Devis envoyé</source>
      <translation>Offerte verstuurd</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="112" />
      <source>Fruits à coque</source>
      <translation>Noten</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="115" />
      <source>Graines de sésame</source>
      <translation>Sesamzaad</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="111" />
      <source>Lait</source>
      <translation>Melk</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="149" />
      <source>Livraison</source>
      <translation>Levering</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="135" />
      <source>Livrée</source>
      <translation>Geleverd</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="117" />
      <source>Lupin</source>
      <translation>Lupine</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="118" />
      <source>Mollusques</source>
      <translation>Weekdieren</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="114" />
      <source>Moutarde</source>
      <translation>Mosterd</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="108" />
      <source>Poissons</source>
      <translation>Vis</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="110" />
      <source>Soja</source>
      <translation>Soja</translation>
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
      <translation>in de verf gezet (percentage afgedrukt)</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="28" />
      <source>ml</source>
      <translation>ml</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="79" />
      <source>pas mis en avant</source>
      <translation>niet in de verf gezet</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="30" />
      <source>pièces</source>
      <translation>stuks</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="48" />
      <source>portions</source>
      <translation>porties</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="77" />
      <source>suggéré par le nom, à confirmer</source>
      <translation>voorgesteld door de naam, te bevestigen</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="47" />
      <source>unités</source>
      <translation>stuks</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="61" />
      <source>À consommer de préférence avant</source>
      <translation>Ten minste houdbaar tot</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="62" />
      <source>À consommer jusqu'au</source>
      <translation>Te gebruiken tot</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="150" />
      <source>À venir chercher</source>
      <translation>Afhalen</translation>
    </message>
    <message>
      <location filename="../../app/vocab/menus.py" line="107" />
      <source>Œufs</source>
      <translation>Eieren</translation>
    </message>
  </context>
  <context>
    <name>vocab_outcomes</name>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="55" />
      <source>Après 12 mois</source>
      <translation>Na 12 maanden</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="53" />
      <source>Après 3 mois</source>
      <translation>Na 3 maanden</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="54" />
      <source>Après 6 mois</source>
      <translation>Na 6 maanden</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="30" />
      <source>Autre</source>
      <translation>Andere</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="27" />
      <source>Du bénévolat</source>
      <translation>Vrijwilligerswerk</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="29" />
      <source>En recherche</source>
      <translation>Op zoek</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="70" />
      <source>Le portfolio pour les employeurs</source>
      <translation>Het portfolio voor werkgevers</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="69" />
      <source>Le suivi après le programme</source>
      <translation>De opvolging na het programma</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="28" />
      <source>Son propre projet</source>
      <translation>Haar eigen project</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="24" />
      <source>Un emploi</source>
      <translation>Een baan</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="26" />
      <source>Un stage</source>
      <translation>Een stage</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="25" />
      <source>Une formation</source>
      <translation>Een opleiding</translation>
    </message>
    <message>
      <location filename="../../app/vocab/outcomes.py" line="52" />
      <source>À la fin</source>
      <translation>Op het einde</translation>
    </message>
  </context>
  <context>
    <name>vocab_people</name>
    <message>
      <location filename="../../app/vocab/people.py" line="89" />
      <source>Adjoint</source>
      <translation>Adjunct</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="90" />
      <source>Adjointe</source>
      <translation>Adjunct</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="38" />
      <source>Animateur</source>
      <translation>Begeleider</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="25" />
      <location filename="../../app/vocab/people.py" line="45" />
      <source>Animatrice</source>
      <translation>Begeleidster</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="82" />
      <source>Délégué</source>
      <translation>Verantwoordelijke</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="96" />
      <source>Délégué du jour</source>
      <translation>Verantwoordelijke van de dag</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="83" />
      <source>Déléguée</source>
      <translation>Verantwoordelijke</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="97" />
      <source>Déléguée du jour</source>
      <translation>Verantwoordelijke van de dag</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="63" />
      <source>Femme</source>
      <translation>Vrouw</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="64" />
      <source>Homme</source>
      <translation>Man</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="41" />
      <source>Intervenant</source>
      <translation>Gastspreker</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="28" />
      <location filename="../../app/vocab/people.py" line="48" />
      <source>Intervenante</source>
      <translation>Gastspreker</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="46" />
      <source>Marraine</source>
      <translation>Meter</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="26" />
      <source>Marraine / parrain</source>
      <translation>Meter / peter</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="24" />
      <location filename="../../app/vocab/people.py" line="37" />
      <location filename="../../app/vocab/people.py" line="44" />
      <source>Membre</source>
      <translation>Lid</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="65" />
      <source>Non précisé</source>
      <translation>Niet opgegeven</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="39" />
      <source>Parrain</source>
      <translation>Peter</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="40" />
      <source>Évaluateur</source>
      <translation>Beoordelaar</translation>
    </message>
    <message>
      <location filename="../../app/vocab/people.py" line="27" />
      <location filename="../../app/vocab/people.py" line="47" />
      <source>Évaluatrice</source>
      <translation>Beoordelaar</translation>
    </message>
  </context>
  <context>
    <name>vocab_sales</name>
    <message>
      <location filename="../../app/vocab/sales.py" line="84" />
      <source>Annulation</source>
      <translation>Ongedaan maken</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="103" />
      <source>Autre</source>
      <translation>Andere</translation>
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
      <translation>Getypte telling</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="87" />
      <source>Correction</source>
      <translation>Correctie</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="101" />
      <source>Emballages</source>
      <translation>Verpakkingen</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="46" />
      <source>Espèces</source>
      <translation>Contant</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="100" />
      <source>Ingrédients</source>
      <translation>Ingrediënten</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="65" />
      <source>Invendu</source>
      <translation>Niet verkocht</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="29" />
      <source>Livraison</source>
      <translation>Levering</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="50" />
      <source>Offert</source>
      <translation>Weggegeven</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="66" />
      <source>Offert ou perdu</source>
      <translation>Weggegeven of verloren</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="116" />
      <source>Parts égales</source>
      <translation>Gelijke delen</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="48" />
      <source>Payconiq / Wero</source>
      <translation>Payconiq / Wero</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="85" />
      <source>Rétablissement</source>
      <translation>Opnieuw</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="117" />
      <source>Selon les heures de présence</source>
      <translation>Volgens de uren aanwezig</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="31" />
      <source>Stand</source>
      <translation>Kraam</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="83" />
      <source>Touche</source>
      <translation>Tik</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="30" />
      <source>Traiteur</source>
      <translation>Traiteur</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="102" />
      <source>Transport</source>
      <translation>Vervoer</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="64" />
      <source>Vendu</source>
      <translation>Verkocht</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="49" />
      <source>Virement</source>
      <translation>Overschrijving</translation>
    </message>
    <message>
      <location filename="../../app/vocab/sales.py" line="32" />
      <source>À emporter</source>
      <translation>Om mee te nemen</translation>
    </message>
  </context>
  <context>
    <name>vocab_schedule</name>
    <message>
      <location filename="../../app/vocab/schedule.py" line="66" />
      <source>Absente</source>
      <translation>Afwezig</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="50" />
      <source>Annulée</source>
      <translation>Geannuleerd</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="34" />
      <source>Autre</source>
      <translation>Andere</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="29" />
      <source>Cuisine</source>
      <translation>Keuken</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="64" />
      <source>En retard</source>
      <translation>Te laat</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="65" />
      <source>Excusée</source>
      <translation>Verontschuldigd</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="49" />
      <source>Faite</source>
      <translation>Gedaan</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="32" />
      <source>Marrainage</source>
      <translation>Meterschap</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="28" />
      <source>Pratique</source>
      <translation>Praktijk</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="63" />
      <source>Présente</source>
      <translation>Aanwezig</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="48" />
      <source>Prévue</source>
      <translation>Gepland</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="27" />
      <source>Théorie</source>
      <translation>Theorie</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="31" />
      <source>Vente</source>
      <translation>Verkoop</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="30" />
      <source>Visite</source>
      <translation>Bezoek</translation>
    </message>
    <message>
      <location filename="../../app/vocab/schedule.py" line="33" />
      <source>Évaluation</source>
      <translation>Evaluatie</translation>
    </message>
  </context>
  <context>
    <name>vocab_tasting</name>
    <message>
      <location filename="../../app/vocab/tastings.py" line="19" />
      <source>Choix entre des réponses</source>
      <translation>Keuze tussen antwoorden</translation>
    </message>
    <message>
      <location filename="../../app/vocab/tastings.py" line="18" />
      <source>Note de 1 à 5</source>
      <translation>Score van 1 tot 5</translation>
    </message>
    <message>
      <location filename="../../app/vocab/tastings.py" line="20" />
      <source>Texte libre</source>
      <translation>Vrije tekst</translation>
    </message>
  </context>
  <context>
    <name>waste_print</name>
    <message>
      <location filename="../../app/printing/waste_section.py" line="19" />
      <source>Jour</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="21" />
      <source>Lot</source>
      <translation>Lot</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="42" />
      <source>Pertes (produits jetés)</source>
      <translation>Verliezen (weggegooide producten)</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="20" />
      <source>Produit</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="23" />
      <source>Raison</source>
      <translation>Reden</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="22" />
      <source>Unités</source>
      <translation>Stuks</translation>
    </message>
    <message>
      <location filename="../../app/printing/waste_section.py" line="37" />
      <source>Unités perdues en tout : {units}</source>
      <translation>Verloren stuks in totaal: {units}</translation>
    </message>
  </context>
</TS>
