<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Tarmac</name>
    <message>
        <source>&apos;values&apos; is %1; expected a mapping of names to values</source>
        <translation>« values » est %1 ; attendu : un mappage de noms vers des valeurs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2; expected a list of glob patterns</source>
        <translation>« %1 » est %2 ; attendu : une liste de motifs glob</translation>
    </message>
    <message>
        <source>copyWithoutRender and copyWithoutTemplating cannot be used at the same time</source>
        <translation>copyWithoutRender et copyWithoutTemplating ne peuvent pas être utilisés en même temps</translation>
    </message>
    <message>
        <source>&apos;templateFileExtension&apos; is %1; expected true, false or an extension such as .njk</source>
        <translation>« templateFileExtension » est %1 ; attendu : true, false ou une extension comme .njk</translation>
    </message>
    <message>
        <source>templateFileExtension cannot be combined with copyWithoutRender, copyWithoutTemplating or cookiecutterCompat</source>
        <translation>templateFileExtension ne peut pas être combiné avec copyWithoutRender, copyWithoutTemplating ou cookiecutterCompat</translation>
    </message>
    <message>
        <source>&apos;cookiecutterCompat&apos; is %1; expected true or false</source>
        <translation>« cookiecutterCompat » est %1 ; attendu : true ou false</translation>
    </message>
    <message>
        <source>In Backstage this is a %1; here, type the value.</source>
        <translation>Dans Backstage, c’est un %1 ; ici, saisissez la valeur.</translation>
    </message>
    <message>
        <source>metadata.name is missing; the API server requires it</source>
        <translation>metadata.name manque ; le serveur d’API l’exige</translation>
    </message>
    <message>
        <source>metadata.name &apos;%1&apos; is not a DNS-1123 name (lower-case letters, digits, &apos;-&apos;)</source>
        <translation>metadata.name « %1 » n’est pas un nom DNS-1123 (minuscules, chiffres, « - »)</translation>
    </message>
    <message>
        <source>spec.selector and spec.template are required</source>
        <translation>spec.selector et spec.template sont obligatoires</translation>
    </message>
    <message>
        <source>spec.selector.matchLabels and spec.template.metadata.labels are required</source>
        <translation>spec.selector.matchLabels et spec.template.metadata.labels sont obligatoires</translation>
    </message>
    <message>
        <source>the selector label &apos;%1&apos; is not on the pod template</source>
        <translation>le label de sélecteur « %1 » ne figure pas dans le modèle de pod</translation>
    </message>
    <message>
        <source>spec.template.spec.containers must list at least one container</source>
        <translation>spec.template.spec.containers doit contenir au moins un conteneur</translation>
    </message>
    <message>
        <source>every container needs a name and an image</source>
        <translation>chaque conteneur doit avoir un nom et une image</translation>
    </message>
    <message>
        <source>container without liveness and readiness probes</source>
        <translation>conteneur sans sondes liveness ni readiness</translation>
    </message>
    <message>
        <source>container without resource requests</source>
        <translation>conteneur sans demandes de ressources</translation>
    </message>
    <message>
        <source>spec.ports must list at least one port</source>
        <translation>spec.ports doit contenir au moins un port</translation>
    </message>
    <message>
        <source>every port needs a port number</source>
        <translation>chaque port doit avoir un numéro de port</translation>
    </message>
    <message>
        <source>spec.podSelector is required</source>
        <translation>spec.podSelector est obligatoire</translation>
    </message>
    <message>
        <source>spec.parentRefs is required</source>
        <translation>spec.parentRefs est obligatoire</translation>
    </message>
</context>
<context>
    <name>Tarmac::AboutDialog</name>
    <message>
        <source>Tarmac %1</source>
        <translation>Tarmac %1</translation>
    </message>
    <message>
        <source>Qt %1 (built against %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>KDE Frameworks: KSyntaxHighlighting %1</source>
        <translation>KDE Frameworks : KSyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation>Système : %1 (%2)</translation>
    </message>
    <message>
        <source>About Tarmac</source>
        <translation>À propos de Tarmac</translation>
    </message>
    <message>
        <source>A workbench for internal developer platforms: compose services from golden-path templates, deploy them, see what that did to delivery, and assess platform maturity with a group.</source>
        <translation>Un atelier pour les plateformes de développement internes : composer des services à partir de modèles golden path, les déployer, voir ce que cela change à la livraison et évaluer la maturité de la plateforme en groupe.</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
</context>
<context>
    <name>Tarmac::ActionModel</name>
    <message>
        <source>not agreed in both rounds</source>
        <translation>pas convenu dans les deux tours</translation>
    </message>
    <message>
        <source>%1 → %2, no change</source>
        <translation>%1 → %2, inchangé</translation>
    </message>
    <message>
        <source>%1 → %2, up</source>
        <translation>%1 → %2, en hausse</translation>
    </message>
    <message>
        <source>%1 → %2, down</source>
        <translation>%1 → %2, en baisse</translation>
    </message>
    <message>
        <source>Change an action&apos;s status</source>
        <translation>Changer le statut d’une action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Capability since</source>
        <translation>Capacité depuis</translation>
    </message>
</context>
<context>
    <name>Tarmac::Assessment</name>
    <message>
        <source>Platform team</source>
        <translation>Équipe plateforme</translation>
    </message>
    <message>
        <source>App team</source>
        <translation>Équipe applicative</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>Tarmac::AssessmentDocument</name>
    <message>
        <source>Record a vote</source>
        <translation>Enregistrer un vote</translation>
    </message>
    <message>
        <source>Clear a vote</source>
        <translation>Effacer un vote</translation>
    </message>
    <message>
        <source>Reveal votes</source>
        <translation>Révéler les votes</translation>
    </message>
    <message>
        <source>Hide votes</source>
        <translation>Masquer les votes</translation>
    </message>
    <message>
        <source>Record the agreed level</source>
        <translation>Enregistrer le niveau convenu</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
</context>
<context>
    <name>Tarmac::AssessmentPage</name>
    <message>
        <source>Characteristics</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Conséquences</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>The maturity model for a new session</source>
        <translation>Le modèle de maturité d’une nouvelle session</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Assessment sessions (*.tarmac-assessment.yaml)</source>
        <translation>Sessions d’évaluation (*.tarmac-assessment.yaml)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation>Charger un modèle…</translation>
    </message>
    <message>
        <source>Load a maturity model</source>
        <translation>Charger un modèle de maturité</translation>
    </message>
    <message>
        <source>Maturity models (*.yaml *.yml)</source>
        <translation>Modèles de maturité (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <source>Open the previous round</source>
        <translation>Ouvrir le tour précédent</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Titre de la session</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Which organisation, unit or team</source>
        <translation>Quelle organisation, unité ou équipe</translation>
    </message>
    <message>
        <source>Edit the session details</source>
        <translation>Modifier les détails de la session</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>A&amp;ctions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Previous capability (Alt+Left)</source>
        <translation>Capacité précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Next capability (Alt+Right)</source>
        <translation>Capacité suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timebox per capability</source>
        <translation>Durée par capacité</translation>
    </message>
    <message>
        <source>Timebox:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 restantes</translation>
    </message>
    <message>
        <source>Time is up: agree or park it</source>
        <translation>Temps écoulé : convenez ou reportez</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected participant and their votes</source>
        <translation>Retirer le participant sélectionné et ses votes</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Confidence: not given</source>
        <translation>Confiance : non indiquée</translation>
    </message>
    <message>
        <source>Confidence: low</source>
        <translation>Confiance : faible</translation>
    </message>
    <message>
        <source>Confidence: medium</source>
        <translation>Confiance : moyenne</translation>
    </message>
    <message>
        <source>Confidence: high</source>
        <translation>Confiance : élevée</translation>
    </message>
    <message>
        <source>&amp;Reveal votes</source>
        <translation>Ré&amp;véler les votes</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Who disagrees, and why</source>
        <translation>Qui est en désaccord, et pourquoi</translation>
    </message>
    <message>
        <source>&amp;Agreed level:</source>
        <translation>Niveau co&amp;nvenu :</translation>
    </message>
    <message>
        <source>&amp;Target level:</source>
        <translation>Niveau ci&amp;ble :</translation>
    </message>
    <message>
        <source>&amp;Dissent:</source>
        <translation>&amp;Désaccord :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Only you see these; they are never exported</source>
        <translation>Visibles par vous seul ; jamais exportées</translation>
    </message>
    <message>
        <source>Go into the report</source>
        <translation>Figurent dans le rapport</translation>
    </message>
    <message>
        <source>Private:</source>
        <translation>Privées :</translation>
    </message>
    <message>
        <source>Shared:</source>
        <translation>Partagées :</translation>
    </message>
    <message>
        <source>What supports the level: a fact or a link</source>
        <translation>Ce qui étaye le niveau : un fait ou un lien</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuves :</translation>
    </message>
    <message>
        <source>Action for the current capability</source>
        <translation>Action pour la capacité en cours</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter l’action</translation>
    </message>
    <message>
        <source>Last round&apos;s actions</source>
        <translation>Actions du tour précédent</translation>
    </message>
    <message>
        <source>%1 was not opened: the session on the Assess page has unsaved changes</source>
        <translation>%1 n’a pas été ouvert : la session de la page Évaluer a des modifications non enregistrées</translation>
    </message>
    <message>
        <source>The model cannot be used:
%1</source>
        <translation>Le modèle est inutilisable :
%1</translation>
    </message>
    <message>
        <source>%1 was not opened; the file is unchanged:
%2</source>
        <translation>%1 n’a pas été ouvert ; le fichier n’a pas été modifié :
%2</translation>
    </message>
    <message>
        <source>This session was run with %1 version %2; the model here is version %3 and has changed since. Results are shown against the current text.</source>
        <translation>Cette session a été menée avec %1 version %2 ; le modèle présent est en version %3 et a changé depuis. Les résultats sont affichés avec le texte actuel.</translation>
    </message>
    <message>
        <source>%1 uses the model &apos;%2&apos;, which is not installed. Put its file in %3.</source>
        <translation>%1 utilise le modèle « %2 », qui n’est pas installé. Placez son fichier dans %3.</translation>
    </message>
    <message>
        <source>Not saved: %1. Your work is still here and in the autosave.</source>
        <translation>Non enregistré : %1. Votre travail est toujours là et dans la sauvegarde automatique.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>The previous round was not loaded:
%1</source>
        <translation>Le tour précédent n’a pas été chargé :
%1</translation>
    </message>
    <message>
        <source>%1 was run with another model (%2); rounds can only be compared on the same model.</source>
        <translation>%1 a été mené avec un autre modèle (%2) ; on ne peut comparer que des tours sur le même modèle.</translation>
    </message>
    <message>
        <source>Compare with the previous round</source>
        <translation>Comparer avec le tour précédent</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Unsaved session</source>
        <translation>Session non enregistrée</translation>
    </message>
    <message>
        <source>This session has changes that are not saved. Discard them?</source>
        <translation>Cette session a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>An autosaved session could not be read and was left in %1:
%2</source>
        <translation>Une session sauvegardée automatiquement était illisible et a été laissée dans %1 :
%2</translation>
    </message>
    <message>
        <source>Recovered the unsaved session “%1” from %2. Save it to keep it.</source>
        <translation>Session non enregistrée « %1 » récupérée depuis %2. Enregistrez-la pour la conserver.</translation>
    </message>
    <message>
        <source>Read as %1 — %2</source>
        <translation>Lu comme %1 — %2</translation>
    </message>
    <message>
        <source>%1:00 left</source>
        <translation>%1:00 restantes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Pas encore convenu</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Aucune cible</translation>
    </message>
    <message>
        <source>&amp;Hide votes</source>
        <translation>&amp;Masquer les votes</translation>
    </message>
    <message>
        <source>Add the participants first.</source>
        <translation>Ajoutez d’abord les participants.</translation>
    </message>
    <message>
        <source>Votes are revealed. Hide them to change a vote.</source>
        <translation>Les votes sont révélés. Masquez-les pour modifier un vote.</translation>
    </message>
    <message>
        <source>%1 with a level, %2 don&apos;t know, %3 not applicable.</source>
        <translation>%1 avec un niveau, %2 ne savent pas, %3 sans objet.</translation>
    </message>
    <message>
        <source>Median %1, interquartile range %2–%3.</source>
        <translation>Médiane %1, écart interquartile %2–%3.</translation>
    </message>
    <message>
        <source>%1: median %2 (%3)</source>
        <translation>%1 : médiane %2 (%3)</translation>
    </message>
    <message>
        <source>Select the participant who is voting.</source>
        <translation>Sélectionnez le participant qui vote.</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <source>Remove a participant</source>
        <translation>Retirer un participant</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n participant(s) voted. Select a participant, then their answer; votes stay hidden until you reveal them.</source>
        <translation>
            <numerusform>Ont voté : %1 sur %n participant. Choisissez un participant, puis sa réponse ; les votes restent masqués jusqu’à ce que vous les révéliez.</numerusform>
            <numerusform>Ont voté : %1 sur %n participants. Choisissez un participant, puis sa réponse ; les votes restent masqués jusqu’à ce que vous les révéliez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s): </source>
        <translation>
            <numerusform>%n réponse : </numerusform>
            <numerusform>%n réponses : </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::AssessmentReport</name>
    <message>
        <source>Model: %1 %2. Scope: %3. Date: %4. Participants: %5.</source>
        <translation>Modèle : %1 %2. Périmètre : %3. Date : %4. Participants : %5.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>IQR</source>
        <translation>EIQ</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>moves %1</source>
        <translation>agit sur %1</translation>
    </message>
    <message>
        <source>Last round&apos;s actions</source>
        <translation>Actions du tour précédent</translation>
    </message>
    <message>
        <source>its capability was not agreed in both rounds</source>
        <translation>sa capacité n’a pas été convenue dans les deux tours</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3</source>
        <translation>%1 est passé de %2 à %3</translation>
    </message>
    <message>
        <source>Model: %1 %2&lt;br&gt;Scope: %3&lt;br&gt;Date: %4&lt;br&gt;Participants: %5</source>
        <translation>Modèle : %1 %2&lt;br&gt;Périmètre : %3&lt;br&gt;Date : %4&lt;br&gt;Participants : %5</translation>
    </message>
    <message>
        <source>Responses: %1 (levels %2, don&apos;t know %3, not applicable %4)</source>
        <translation>Réponses : %1 (niveaux %2, ne sait pas %3, sans objet %4)</translation>
    </message>
    <message>
        <source>Median %1, interquartile range %2 to %3</source>
        <translation>Médiane %1, écart interquartile de %2 à %3</translation>
    </message>
    <message>
        <source>Votes per level:</source>
        <translation>Votes par niveau :</translation>
    </message>
    <message>
        <source>Votes were not revealed.</source>
        <translation>Les votes n’ont pas été révélés.</translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation>Convenu : %1</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>non convenu</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Previous round: %1 %2</source>
        <translation>Tour précédent : %1 %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>Tour précédent</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n response(s), median %2</source>
        <translation>
            <numerusform>%1 : %n réponse, médiane %2</numerusform>
            <numerusform>%1 : %n réponses, médiane %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::AssessmentSessionFile</name>
    <message>
        <source>&apos;format&apos; must be %1%2, not &apos;%3&apos;</source>
        <translation>« format » doit être %1%2, et non « %3 »</translation>
    </message>
    <message>
        <source>this session was written by a newer Tarmac (%1; this version reads up to %2%3); open it there, the file was left as it is</source>
        <translation>cette session a été écrite par un Tarmac plus récent (%1 ; cette version lit jusqu’à %2%3) ; ouvrez-la avec celui-ci, le fichier n’a pas été modifié</translation>
    </message>
    <message>
        <source>&apos;date&apos; must be a date like 2026-03-31, not &apos;%1&apos;</source>
        <translation>« date » doit être une date comme 2026-03-31, et non « %1 »</translation>
    </message>
    <message>
        <source>scope &apos;kind&apos; must be organisation, unit or team, not &apos;%1&apos;</source>
        <translation>le « kind » du périmètre doit être organisation, unit ou team, et non « %1 »</translation>
    </message>
    <message>
        <source>every participant must be a mapping with &apos;id&apos; and &apos;name&apos;</source>
        <translation>chaque participant doit être un mappage avec « id » et « name »</translation>
    </message>
    <message>
        <source>participant id &apos;%1&apos; appears twice</source>
        <translation>l’identifiant de participant « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>every capability must be a mapping with &apos;id&apos;</source>
        <translation>chaque capacité doit être un mappage avec « id »</translation>
    </message>
    <message>
        <source>every vote must be a mapping with &apos;participant&apos;</source>
        <translation>chaque vote doit être un mappage avec « participant »</translation>
    </message>
    <message>
        <source>vote from &apos;%1&apos;, who is not among the participants</source>
        <translation>vote de « %1 », qui ne fait pas partie des participants</translation>
    </message>
    <message>
        <source>&apos;answer&apos; must be dont-know or not-applicable, not &apos;%1&apos;</source>
        <translation>« answer » doit être dont-know ou not-applicable, et non « %1 »</translation>
    </message>
    <message>
        <source>&apos;confidence&apos; must be low, medium or high, not &apos;%1&apos;</source>
        <translation>« confidence » doit être low, medium ou high, et non « %1 »</translation>
    </message>
    <message>
        <source>every evidence entry must be a mapping with &apos;text&apos;</source>
        <translation>chaque preuve doit être un mappage avec « text »</translation>
    </message>
    <message>
        <source>every action must be a mapping with &apos;title&apos;</source>
        <translation>chaque action doit être un mappage avec « title »</translation>
    </message>
    <message>
        <source>&apos;due&apos; must be a date like 2026-03-31, not &apos;%1&apos;</source>
        <translation>« due » doit être une date comme 2026-03-31, et non « %1 »</translation>
    </message>
    <message>
        <source>&apos;status&apos; must be open, in-progress, done or dropped, not &apos;%1&apos;</source>
        <translation>« status » doit être open, in-progress, done ou dropped, et non « %1 »</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::CapabilityResultsModel</name>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>IQR</source>
        <translation>EIQ</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>Tour précédent</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
</context>
<context>
    <name>Tarmac::Checker</name>
    <message>
        <source>&apos;%1&apos; is missing; expected a string</source>
        <translation>« %1 » manque ; attendu : une chaîne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2; expected a string</source>
        <translation>« %1 » est %2 ; attendu : une chaîne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; expected a non-empty string</source>
        <translation>« %1 » est vide ; attendu : une chaîne non vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2; expected a list of strings</source>
        <translation>« %1 » est %2 ; attendu : une liste de chaînes</translation>
    </message>
    <message>
        <source>entry %1 of &apos;%2&apos; is %3; expected a string</source>
        <translation>l’entrée %1 de « %2 » est %3 ; attendu : une chaîne</translation>
    </message>
</context>
<context>
    <name>Tarmac::ComposePage</name>
    <message>
        <source>Search templates, tags, owners…</source>
        <translation>Modèles, étiquettes…</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Générer…</translation>
    </message>
    <message>
        <source>The files this template generates appear here as you fill in the form; pick one above to read it.</source>
        <translation>Les fichiers que ce modèle génère s’affichent ici à mesure que vous remplissez le formulaire ; choisissez-en un ci-dessus pour le lire.</translation>
    </message>
    <message>
        <source>%1 · version %2 · owner %3
%4</source>
        <translation>%1 · version %2 · responsable %3
%4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attach resources&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rattacher des ressources&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The preview appears when the form is complete:
%1</source>
        <translation>L’aperçu s’affiche quand le formulaire est complet :
%1</translation>
    </message>
    <message>
        <source>Step %1 (%2) skipped: %3</source>
        <translation>Étape %1 (%2) ignorée : %3</translation>
    </message>
    <message numerus="yes">
        <source>(binary file, %n byte(s))</source>
        <translation>
            <numerusform>(fichier binaire, %n octet)</numerusform>
            <numerusform>(fichier binaire, %n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written:
%1</source>
        <translation>Rien n’a été écrit :
%1</translation>
    </message>
    <message>
        <source>Wrote the files to %1</source>
        <translation>Fichiers écrits dans %1</translation>
    </message>
    <message>
        <source>Generate into folder</source>
        <translation>Générer dans un dossier</translation>
    </message>
    <message>
        <source>%1 is not empty; choose an empty folder</source>
        <translation>%1 n’est pas vide ; choisissez un dossier vide</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 skipped, rendered in %2 ms</source>
        <translation>
            <numerusform>%n fichier, %1 ignorés, rendu en %2 ms</numerusform>
            <numerusform>%n fichiers, %1 ignorés, rendus en %2 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::Converter</name>
    <message>
        <source>the document nests deeper than 64 levels</source>
        <translation>le document est imbriqué sur plus de 64 niveaux</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;; expected each key once in a mapping</source>
        <translation>clé « %1 » en double ; chaque clé ne doit apparaître qu’une fois dans un mappage</translation>
    </message>
</context>
<context>
    <name>Tarmac::Crosswalk</name>
    <message>
        <source>&apos;schema&apos; must be tarmac-maturity-crosswalk/1, not &apos;%1&apos;</source>
        <translation>« schema » doit être tarmac-maturity-crosswalk/1, et non « %1 »</translation>
    </message>
    <message>
        <source>every mapping must have &apos;from&apos; and &apos;to&apos;</source>
        <translation>chaque correspondance doit avoir « from » et « to »</translation>
    </message>
    <message>
        <source>&apos;to&apos; must map capability ids to whole-number levels</source>
        <translation>« to » doit associer des identifiants de capacité à des niveaux entiers</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>%1 (read as %2)</source>
        <translation>%1 (lu comme %2)</translation>
    </message>
    <message>
        <source>Derived from the %1 results through the crosswalk %2.</source>
        <translation>Dérivé des résultats %1 via la table de correspondance %2.</translation>
    </message>
    <message>
        <source>crosswalk is from &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>la table de correspondance part de « %1 », et non de « %2 »</translation>
    </message>
    <message>
        <source>crosswalk is to &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>la table de correspondance mène à « %1 », et non à « %2 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no capability &apos;%2&apos;</source>
        <translation>« %1 » n’a pas de capacité « %2 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no level %2</source>
        <translation>« %1 » n’a pas de niveau %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::LocalPlatformProcess</name>
    <message numerus="yes">
        <source>tarmacd did not start listening within %n second(s)</source>
        <translation>
            <numerusform>tarmacd n’écoutait toujours pas après %n seconde</numerusform>
            <numerusform>tarmacd n’écoutait toujours pas après %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>tarmacd reported an address that is not a URL: %1</source>
        <translation>tarmacd a indiqué une adresse qui n’est pas une URL : %1</translation>
    </message>
    <message>
        <source>tarmacd crashed</source>
        <translation>tarmacd a planté</translation>
    </message>
    <message>
        <source>tarmacd exited with code %1</source>
        <translation>tarmacd s’est terminé avec le code %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 introuvable</translation>
    </message>
</context>
<context>
    <name>Tarmac::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>Afficher la barre &amp;latérale</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>&amp;Copy API Address</source>
        <translation>&amp;Copier l’adresse de l’API</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Tarmac</source>
        <translation>À &amp;propos de Tarmac</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — Tarmac</source>
        <translation>%1 — Tarmac</translation>
    </message>
    <message>
        <source>%1 is not a Tarmac composition (*.tarmac.yaml) or assessment (*.tarmac-assessment.yaml)</source>
        <translation>%1 n’est ni une composition Tarmac (*.tarmac.yaml) ni une évaluation (*.tarmac-assessment.yaml)</translation>
    </message>
    <message>
        <source>%1: the %2 page cannot open files yet</source>
        <translation>%1 : la page %2 ne peut pas encore ouvrir de fichiers</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Tarmac could not open everything it was asked to:</source>
        <translation>Tarmac n’a pas pu ouvrir tout ce qui lui était demandé :</translation>
    </message>
</context>
<context>
    <name>Tarmac::ManifestLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>no template here: expected a template folder holding template.yaml, or the path of a template.yaml</source>
        <translation>aucun modèle ici : attendu : un dossier de modèle contenant template.yaml, ou le chemin d’un template.yaml</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <source>the document is %1; expected a Backstage Template (a mapping with apiVersion, kind, metadata and spec)</source>
        <translation>le document est %1 ; attendu : un Template Backstage (un mappage avec apiVersion, kind, metadata et spec)</translation>
    </message>
    <message>
        <source>apiVersion is &apos;%1&apos;; expected scaffolder.backstage.io/v1beta3</source>
        <translation>apiVersion vaut « %1 » ; attendu : scaffolder.backstage.io/v1beta3</translation>
    </message>
    <message>
        <source>kind is &apos;%1&apos;; expected Template</source>
        <translation>kind vaut « %1 » ; attendu : Template</translation>
    </message>
    <message>
        <source>&apos;metadata&apos; is %1; expected a mapping with at least a name</source>
        <translation>« metadata » est %1 ; attendu : un mappage avec au moins un nom</translation>
    </message>
    <message>
        <source>name &apos;%1&apos; is not a valid entity name; expected 1-63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation>le nom « %1 » n’est pas un nom d’entité valide ; attendu : 1 à 63 lettres, chiffres, « - », « _ » ou « . », commençant et finissant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>&apos;tarmac&apos; is %1; expected a mapping</source>
        <translation>« tarmac » est %1 ; attendu : un mappage</translation>
    </message>
    <message>
        <source>version is a number; expected a semantic version in quotes such as &quot;1.2.0&quot;</source>
        <translation>version est un nombre ; attendu : une version sémantique entre guillemets comme &quot;1.2.0&quot;</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not a semantic version; expected MAJOR.MINOR.PATCH such as 1.2.0</source>
        <translation>la version « %1 » n’est pas une version sémantique ; attendu : MAJEURE.MINEURE.CORRECTIF comme 1.2.0</translation>
    </message>
    <message>
        <source>kind &apos;%1&apos; is unknown; expected service or resource</source>
        <translation>kind « %1 » inconnu ; attendu : service ou resource</translation>
    </message>
    <message>
        <source>&apos;contributes&apos; is %1; expected a mapping (env, egress, score, compose)</source>
        <translation>« contributes » est %1 ; attendu : un mappage (env, egress, score, compose)</translation>
    </message>
    <message>
        <source>&apos;spec&apos; is %1; expected a mapping with type, parameters and steps</source>
        <translation>« spec » est %1 ; attendu : un mappage avec type, parameters et steps</translation>
    </message>
    <message>
        <source>&apos;parameters&apos; is %1; expected a list of pages, each a JSON-Schema object</source>
        <translation>« parameters » est %1 ; attendu : une liste de pages, chacune un objet JSON Schema</translation>
    </message>
    <message>
        <source>parameter page %1 is %2; expected a mapping with properties</source>
        <translation>la page de paramètres %1 est %2 ; attendu : un mappage avec properties</translation>
    </message>
    <message>
        <source>&apos;steps&apos; is %1; expected a list of steps, each with an action</source>
        <translation>« steps » est %1 ; attendu : une liste d’étapes, chacune avec une action</translation>
    </message>
    <message>
        <source>step %1 is %2; expected a mapping with id, action and input</source>
        <translation>l’étape %1 est %2 ; attendu : un mappage avec id, action et input</translation>
    </message>
    <message>
        <source>step id &apos;%1&apos; is used twice; expected unique step ids</source>
        <translation>l’identifiant d’étape « %1 » est utilisé deux fois ; les identifiants d’étape doivent être uniques</translation>
    </message>
    <message>
        <source>&apos;input&apos; is %1; expected a mapping</source>
        <translation>« input » est %1 ; attendu : un mappage</translation>
    </message>
    <message>
        <source>&apos;each&apos; is not supported by Tarmac yet; the step runs once</source>
        <translation>« each » n’est pas encore pris en charge par Tarmac ; l’étape s’exécute une seule fois</translation>
    </message>
</context>
<context>
    <name>Tarmac::MaturityModelLoader</name>
    <message>
        <source>&apos;schema&apos; must be %1%2, not &apos;%3&apos;</source>
        <translation>« schema » doit être %1%2, et non « %3 »</translation>
    </message>
    <message>
        <source>this file needs a newer Tarmac (it is %1; this version reads up to %2%3)</source>
        <translation>ce fichier nécessite un Tarmac plus récent (il est en %1 ; cette version lit jusqu’à %2%3)</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be &apos;levels&apos; or &apos;checklist&apos;, not &apos;%1&apos;</source>
        <translation>« kind » doit être « levels » ou « checklist », et non « %1 »</translation>
    </message>
    <message>
        <source>every level must be a mapping with &apos;value&apos; and &apos;name&apos;</source>
        <translation>chaque niveau doit être un mappage avec « value » et « name »</translation>
    </message>
    <message>
        <source>level value %1 appears twice</source>
        <translation>la valeur de niveau %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>levels must be listed from lowest to highest value</source>
        <translation>les niveaux doivent être listés de la valeur la plus basse à la plus haute</translation>
    </message>
    <message>
        <source>level values must not be negative</source>
        <translation>les valeurs de niveau ne doivent pas être négatives</translation>
    </message>
    <message>
        <source>a model needs at least one level</source>
        <translation>un modèle doit avoir au moins un niveau</translation>
    </message>
    <message>
        <source>every capability must be a mapping with &apos;id&apos; and &apos;name&apos;</source>
        <translation>chaque capacité doit être un mappage avec « id » et « name »</translation>
    </message>
    <message>
        <source>capability id &apos;%1&apos; appears twice</source>
        <translation>l’identifiant de capacité « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>every entry of &apos;levels&apos; must be a mapping with &apos;level&apos;</source>
        <translation>chaque entrée de « levels » doit être un mappage avec « level »</translation>
    </message>
    <message>
        <source>level %1 is not one of the model&apos;s levels</source>
        <translation>le niveau %1 ne fait pas partie des niveaux du modèle</translation>
    </message>
    <message>
        <source>level %1 is described twice for &apos;%2&apos;</source>
        <translation>le niveau %1 est décrit deux fois pour « %2 »</translation>
    </message>
    <message>
        <source>a model needs at least one capability</source>
        <translation>un modèle doit avoir au moins une capacité</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
</context>
<context>
    <name>Tarmac::NavigationSidebar</name>
    <message>
        <source>Work areas</source>
        <translation>Espaces de travail</translation>
    </message>
</context>
<context>
    <name>Tarmac::ParameterForm</name>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>Tarmac::ParameterSchema</name>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>%1 must be of type %2</source>
        <translation>%1 doit être de type %2</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 doit valoir l’une de ces valeurs : %2</translation>
    </message>
    <message>
        <source>%1 must be at least %2 characters long</source>
        <translation>%1 doit comporter au moins %2 caractères</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long</source>
        <translation>%1 doit comporter au plus %2 caractères</translation>
    </message>
    <message>
        <source>%1 must match the pattern %2</source>
        <translation>%1 doit correspondre au motif %2</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 doit valoir au moins %2</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1 doit valoir au plus %2</translation>
    </message>
    <message>
        <source>&apos;properties&apos; must be a mapping of field names to schemas</source>
        <translation>« properties » doit être un mappage de noms de champs vers des schémas</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; is not among the page&apos;s properties; expected one of: %2</source>
        <translation>le champ obligatoire « %1 » ne fait pas partie des properties de la page ; attendu : l’un de %2</translation>
    </message>
    <message>
        <source>&apos;required&apos; must be a list of field names</source>
        <translation>« required » doit être une liste de noms de champs</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a mapping (a JSON Schema)</source>
        <translation>le champ « %1 » doit être un mappage (un JSON Schema)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has type &apos;%2&apos;; expected one of: %3</source>
        <translation>le champ « %1 » est de type « %2 » ; attendu : l’un de %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has a pattern that is not a valid regular expression: %2</source>
        <translation>le champ « %1 » a un motif qui n’est pas une expression régulière valide : %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has an enum that is not a list</source>
        <translation>le champ « %1 » a un enum qui n’est pas une liste</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; must be a number</source>
        <translation>champ « %1 » : « %2 » doit être un nombre</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has a default that is not of type %2</source>
        <translation>le champ « %1 » a une valeur par défaut qui n’est pas de type %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has a default that is not one of its enum values</source>
        <translation>le champ « %1 » a une valeur par défaut qui ne fait pas partie de ses valeurs enum</translation>
    </message>
</context>
<context>
    <name>Tarmac::ParticipantModel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>voted</source>
        <translation>a voté</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>ne sait pas</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
</context>
<context>
    <name>Tarmac::PathGuard</name>
    <message>
        <source>the path contains a NUL character</source>
        <translation>le chemin contient un caractère NUL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an absolute path; expected a path inside the output folder</source>
        <translation>« %1 » est un chemin absolu ; attendu : un chemin dans le dossier de sortie</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a backslash; expected &apos;/&apos; between folder names</source>
        <translation>« %1 » contient une barre oblique inverse ; attendu : « / » entre les noms de dossiers</translation>
    </message>
    <message>
        <source>&apos;%1&apos; starts with a drive letter; expected a path inside the output folder</source>
        <translation>« %1 » commence par une lettre de lecteur ; attendu : un chemin dans le dossier de sortie</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leads outside the output folder</source>
        <translation>« %1 » sort du dossier de sortie</translation>
    </message>
</context>
<context>
    <name>Tarmac::PlatformConnection</name>
    <message>
        <source>Local platform</source>
        <translation>Plateforme locale</translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation>Plateforme %1</translation>
    </message>
    <message>
        <source>%1: not started</source>
        <translation>%1 : non démarrée</translation>
    </message>
    <message>
        <source>%1: starting</source>
        <translation>%1 : démarrage</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1 : connectée</translation>
    </message>
    <message>
        <source>%1: failed (%2)</source>
        <translation>%1 : échec (%2)</translation>
    </message>
    <message>
        <source>the health check did not answer with JSON (%1)</source>
        <translation>le contrôle de santé n’a pas répondu en JSON (%1)</translation>
    </message>
    <message>
        <source>the platform reports status &quot;%1&quot;</source>
        <translation>la plateforme signale l’état « %1 »</translation>
    </message>
</context>
<context>
    <name>Tarmac::PlatformStatusWidget</name>
    <message>
        <source>%1
API: %2</source>
        <translation>%1
API : %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::RadarChartView</name>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>Tour précédent</translation>
    </message>
</context>
<context>
    <name>Tarmac::RenderedFilesModel</name>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <source>copied as is</source>
        <translation>copié tel quel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>Tarmac::SpreadChartView</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>Tarmac::TemplateCatalogModel</name>
    <message>
        <source>resource</source>
        <translation>ressource</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>Tarmac::TemplateLinter</name>
    <message>
        <source>this looks like %1; generated files must hold references to secrets, never their values</source>
        <translation>cela ressemble à %1 ; les fichiers générés doivent contenir des références aux secrets, jamais leurs valeurs</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <source>GitHub Actions expression &apos;%1&apos; would be rendered by nunjucks (to an empty string); wrap it in {% raw %}...{% endraw %} or list %2 in copyWithoutTemplating</source>
        <translation>l’expression GitHub Actions « %1 » serait interprétée par nunjucks (en une chaîne vide) ; entourez-la de {% raw %}...{% endraw %} ou ajoutez %2 à copyWithoutTemplating</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;; Backstage and nunjucks have no such filter</source>
        <translation>filtre « %1 » inconnu ; ni Backstage ni nunjucks n’ont ce filtre</translation>
    </message>
    <message>
        <source>when rendered with sample values, %1: %2</source>
        <translation>générée avec des valeurs d’exemple, %1 : %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::TemplateRenderer</name>
    <message>
        <source>cannot render &apos;%1&apos;: %2</source>
        <translation>impossible de générer « %1 » : %2</translation>
    </message>
    <message>
        <source>the template engine did not load: %1</source>
        <translation>le moteur de modèles n’a pas été chargé : %1</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;: %2</source>
        <translation>paramètre « %1 » : %2</translation>
    </message>
    <message>
        <source>resource kind &apos;%1&apos; cannot attach to %2; expected one of: %3</source>
        <translation>le type de ressource « %1 » ne peut pas être rattaché à %2 ; attendu : l’un de %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>no template for resource kind &apos;%1&apos;</source>
        <translation>aucun modèle pour le type de ressource « %1 »</translation>
    </message>
    <message>
        <source>resource name &apos;%1&apos; is not valid; expected lower-case letters, digits and &apos;-&apos;</source>
        <translation>le nom de ressource « %1 » n’est pas valide ; attendu : minuscules, chiffres et « - »</translation>
    </message>
    <message>
        <source>resource name &apos;%1&apos; is used twice</source>
        <translation>le nom de ressource « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>the value of secret parameter &apos;%1&apos; appears in this file</source>
        <translation>la valeur du paramètre secret « %1 » apparaît dans ce fichier</translation>
    </message>
    <message>
        <source>its condition (if) is false</source>
        <translation>sa condition (if) est fausse</translation>
    </message>
    <message>
        <source>publishes to a remote repository; Tarmac writes the files to the output folder instead</source>
        <translation>publie vers un dépôt distant ; Tarmac écrit plutôt les fichiers dans le dossier de sortie</translation>
    </message>
    <message>
        <source>registers the component in a Backstage catalog, which needs a Backstage backend</source>
        <translation>enregistre le composant dans un catalogue Backstage, ce qui nécessite un backend Backstage</translation>
    </message>
    <message>
        <source>changes a remote code host</source>
        <translation>modifie un hébergeur de code distant</translation>
    </message>
    <message>
        <source>only writes to the scaffolder&apos;s log</source>
        <translation>écrit seulement dans le journal du scaffolder</translation>
    </message>
    <message>
        <source>Tarmac&apos;s local renderer does not run the action &apos;%1&apos;</source>
        <translation>le moteur local de Tarmac n’exécute pas l’action « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a remote location; Tarmac renders template folders it has locally</source>
        <translation>« %1 » est un emplacement distant ; Tarmac génère les dossiers de modèles présents localement</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leads outside the template&apos;s folder</source>
        <translation>« %1 » sort du dossier du modèle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder next to the template</source>
        <translation>« %1 » n’est pas un dossier à côté du modèle</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: %2</source>
        <translation>étape « %1 » : %2</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: targetPath %2</source>
        <translation>étape « %1 » : targetPath %2</translation>
    </message>
    <message>
        <source>cannot render the file name: %1</source>
        <translation>impossible de générer le nom du fichier : %1</translation>
    </message>
    <message>
        <source>the name renders to &apos;%1&apos;, an absolute path; expected a path inside the output folder</source>
        <translation>le nom donne « %1 », un chemin absolu ; attendu : un chemin dans le dossier de sortie</translation>
    </message>
    <message>
        <source>a folder or file name in its path rendered empty</source>
        <translation>un nom de dossier ou de fichier de son chemin est vide après génération</translation>
    </message>
    <message>
        <source>the name renders to a path that is not allowed: %1</source>
        <translation>le nom donne un chemin non autorisé : %1</translation>
    </message>
    <message>
        <source>an earlier entry already wrote %1</source>
        <translation>une entrée précédente a déjà écrit %1</translation>
    </message>
</context>
<context>
    <name>Tarmac::TemplateWriter</name>
    <message>
        <source>the render has errors; nothing was written</source>
        <translation>la génération comporte des erreurs ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>le chemin est vide</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>impossible de créer le dossier de sortie</translation>
    </message>
    <message>
        <source>cannot create the folder inside %1</source>
        <translation>impossible de créer le dossier dans %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d’écrire le fichier : %1</translation>
    </message>
</context>
<context>
    <name>Tarmac::WorkAreaModel</name>
    <message>
        <source>Compose</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Compose services from golden-path templates and edit every generated file.</source>
        <translation>Composer des services à partir de modèles golden path et modifier chaque fichier généré.</translation>
    </message>
    <message>
        <source>Deploy services to the platform and watch them land.</source>
        <translation>Déployer des services sur la plateforme et suivre leur arrivée.</translation>
    </message>
    <message>
        <source>DORA and adoption metrics from the platform, with every number explained.</source>
        <translation>Métriques DORA et d’adoption de la plateforme, chaque chiffre expliqué.</translation>
    </message>
    <message>
        <source>Run platform engineering maturity assessments with a group.</source>
        <translation>Mener des évaluations de maturité du platform engineering en groupe.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Tarmac::WorkAreaPage</name>
    <message>
        <source>This page will hold:</source>
        <translation>Cette page contiendra :</translation>
    </message>
    <message>
        <source>the golden-path template gallery, with a validated form for each template&apos;s parameters</source>
        <translation>la galerie des modèles golden path, avec un formulaire validé pour les paramètres de chaque modèle</translation>
    </message>
    <message>
        <source>a canvas to compose services and attach databases, caches, queues and routes by dragging</source>
        <translation>un canevas pour composer des services et y rattacher bases de données, caches, files de messages et routes par glisser-déposer</translation>
    </message>
    <message>
        <source>every generated file in an editor with syntax highlighting and validation as you type</source>
        <translation>chaque fichier généré dans un éditeur avec coloration syntaxique et validation pendant la saisie</translation>
    </message>
    <message>
        <source>the services registered with the platform and their environments</source>
        <translation>les services enregistrés sur la plateforme et leurs environnements</translation>
    </message>
    <message>
        <source>the difference between what is about to be deployed and what runs now</source>
        <translation>la différence entre ce qui va être déployé et ce qui tourne actuellement</translation>
    </message>
    <message>
        <source>live progress and logs of each deployment, with cancel and one-step rollback</source>
        <translation>la progression et les journaux de chaque déploiement en direct, avec annulation et retour arrière en une étape</translation>
    </message>
    <message>
        <source>deployment frequency, lead time for changes, change failure rate and recovery time, with their bands</source>
        <translation>fréquence de déploiement, délai d’exécution des modifications, taux d’échec des modifications et délai de restauration, avec leurs niveaux</translation>
    </message>
    <message>
        <source>adoption: golden-path share, template usage and version lag, time to first deploy</source>
        <translation>adoption : part du golden path, utilisation des modèles et retard de version, délai jusqu’au premier déploiement</translation>
    </message>
    <message>
        <source>for any number, the deployments, changes and incidents behind it</source>
        <translation>pour chaque chiffre, les déploiements, modifications et incidents qui le sous-tendent</translation>
    </message>
    <message>
        <source>maturity models: the platform engineering model, the CNCF model and the minimum viable platform checklist</source>
        <translation>modèles de maturité : le modèle de platform engineering, le modèle de la CNCF et la liste de contrôle de la plateforme minimale viable</translation>
    </message>
    <message>
        <source>a workshop flow: hidden votes, reveal the spread, agree a level and a target</source>
        <translation>un déroulé d’atelier : votes masqués, révélation de la dispersion, accord sur un niveau et une cible</translation>
    </message>
    <message>
        <source>evidence, actions, comparison with earlier rounds, and PDF and CSV reports</source>
        <translation>preuves, actions, comparaison avec les tours précédents, et rapports PDF et CSV</translation>
    </message>
</context>
<context>
    <name>Tarmac::YamlReader</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the top level must be a mapping of keys to values</source>
        <translation>le niveau supérieur doit être un mappage de clés vers des valeurs</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos;</source>
        <translation>clé obligatoire « %1 » manquante</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>« %1 » doit être du texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>« %1 » doit être un nombre entier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>« %1 » doit être true ou false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>« %1 » doit être une liste</translation>
    </message>
    <message>
        <source>every entry of &apos;%1&apos; must be text</source>
        <translation>chaque entrée de « %1 » doit être du texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a mapping of keys to values</source>
        <translation>« %1 » doit être un mappage de clés vers des valeurs</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tarmac, the workbench for internal developer platforms.

With no platform URL it starts a local platform (tarmacd) of its own.</source>
        <translation>Tarmac, l’atelier des plateformes de développement internes.

Sans URL de plateforme, Tarmac démarre sa propre plateforme locale (tarmacd).</translation>
    </message>
    <message>
        <source>Open on page NAME: %1.</source>
        <translation>Ouvrir à la page NAME : %1.</translation>
    </message>
    <message>
        <source>Use the platform API at URL instead of starting a local one.</source>
        <translation>Utiliser l’API de plateforme à l’adresse URL au lieu d’en démarrer une locale.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation>Enregistrer une image PNG de la fenêtre dès qu’elle est affichée, puis quitter.</translation>
    </message>
    <message>
        <source>With --screenshot: wait until the platform has connected or failed.</source>
        <translation>Avec --screenshot : attendre que la plateforme soit connectée ou en échec.</translation>
    </message>
    <message>
        <source>Compositions (*.tarmac.yaml) and assessments (*.tarmac-assessment.yaml) to open.</source>
        <translation>Compositions (*.tarmac.yaml) et évaluations (*.tarmac-assessment.yaml) à ouvrir.</translation>
    </message>
</context>
</TS>
