<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <source>bad request</source>
        <translation>requête incorrecte</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation>non authentifié</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>interdit</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>request too large</source>
        <translation>requête trop volumineuse</translation>
    </message>
    <message>
        <source>invalid request</source>
        <translation>requête non valide</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>trop de requêtes</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>Cannot reach the platform (%1: %2). Check that it is running and that its address is right, then retry.</source>
        <translation>Impossible de joindre la plateforme (%1 : %2). Vérifiez qu’elle est en cours d’exécution et que son adresse est correcte, puis réessayez.</translation>
    </message>
    <message>
        <source>The platform did not answer in time (%1). It may be overloaded or unreachable; retry in a moment.</source>
        <translation>La plateforme n’a pas répondu à temps (%1). Elle est peut-être surchargée ou injoignable ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is not trusted (%1: %2). Check the address, or add the platform&apos;s CA certificate to the connection.</source>
        <translation>Le certificat de la plateforme n’est pas approuvé (%1 : %2). Vérifiez l’adresse, ou ajoutez le certificat de l’autorité (CA) de la plateforme à la connexion.</translation>
    </message>
    <message>
        <source>The platform did not accept the token (%1: %2). Set a valid token for this platform.</source>
        <translation>La plateforme n’a pas accepté le jeton (%1 : %2). Définissez un jeton valide pour cette plateforme.</translation>
    </message>
    <message>
        <source>The token may not do this (%1: %2). Ask the platform&apos;s administrators for a token with the right role or team.</source>
        <translation>Ce jeton n’autorise pas cette action (%1 : %2). Demandez aux administrateurs de la plateforme un jeton avec le bon rôle ou la bonne équipe.</translation>
    </message>
    <message>
        <source>The platform failed (%1: %2). Retry in a moment; if it keeps failing, tell its operators.</source>
        <translation>La plateforme a échoué (%1 : %2). Réessayez dans un instant ; si l’échec persiste, prévenez ses exploitants.</translation>
    </message>
    <message>
        <source>The platform refused the request (%1: %2). Correct it and try again.</source>
        <translation>La plateforme a refusé la requête (%1 : %2). Corrigez-la et réessayez.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer is not the JSON the API promises (%1: %2). The address may not be a Tarmac platform, or a proxy changed the answer.</source>
        <translation>La réponse de la plateforme n’est pas le JSON promis par l’API (%1 : %2). L’adresse n’est peut-être pas une plateforme Tarmac, ou un proxy a modifié la réponse.</translation>
    </message>
    <message>
        <source>The request was cancelled (%1).</source>
        <translation>La requête a été annulée (%1).</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the bundle folder %1 does not exist</source>
        <translation>le dossier du lot %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is larger than 2 MiB; a bundle carries configuration and source text only</source>
        <translation>%1 dépasse 2 Mio ; un lot ne contient que de la configuration et du texte source</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; a bundle carries text files only</source>
        <translation>%1 n’est pas du texte UTF-8 ; un lot ne contient que des fichiers texte</translation>
    </message>
</context>
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
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>the alias refers to an anchor that is not defined: %1</source>
        <translation>l’alias fait référence à une ancre non définie : %1</translation>
    </message>
    <message>
        <source>unknown escape in a double-quoted string: \%1; write &apos;\\&apos; for a backslash or use single quotes</source>
        <translation>séquence d’échappement inconnue dans une chaîne entre guillemets doubles : \%1 ; écrivez « \\ » pour une barre oblique inverse ou utilisez des guillemets simples</translation>
    </message>
    <message>
        <source>nothing measured in the range</source>
        <translation>rien de mesuré sur la période</translation>
    </message>
    <message>
        <source>median %1 deploy days a week, %2 deployments</source>
        <translation>médiane de %1 jours avec déploiement par semaine, %2 déploiements</translation>
    </message>
    <message>
        <source>Golden-path share</source>
        <translation>Part golden path</translation>
    </message>
    <message>
        <source>%1% of %2 services</source>
        <translation>%1 % des %2 services</translation>
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
    <name>Tarmac::ApiReply</name>
    <message>
        <source>%1 at byte %2 of %3</source>
        <translation>%1 à l’octet %2 sur %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
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
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
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
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Publish this session</source>
        <translation>&amp;Publier cette session</translation>
    </message>
    <message>
        <source>&amp;Open a stored session…</source>
        <translation>&amp;Ouvrir une session stockée…</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Publish sessions to the platform, or open one stored there</source>
        <translation>Publier des sessions sur la plateforme, ou en ouvrir une qui y est stockée</translation>
    </message>
    <message>
        <source>No platform is configured</source>
        <translation>Aucune plateforme n’est configurée</translation>
    </message>
    <message>
        <source>Published again to %1: the stored copy (%2) now has this state of the session. Private notes stay on this machine.</source>
        <translation>Publiée à nouveau sur %1 : la copie stockée (%2) reflète maintenant cet état de la session. Les notes privées restent sur cette machine.</translation>
    </message>
    <message>
        <source>Published to %1 as %2. Private notes stay on this machine.</source>
        <translation>Publiée sur %1 sous %2. Les notes privées restent sur cette machine.</translation>
    </message>
    <message>
        <source>The session was not published; it is unchanged here. %1</source>
        <translation>La session n’a pas été publiée ; elle reste inchangée ici. %1</translation>
    </message>
    <message>
        <source>No platform is configured to publish to.</source>
        <translation>Aucune plateforme n’est configurée pour la publication.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Publication sur %1…</translation>
    </message>
    <message>
        <source>No platform is configured to open sessions from.</source>
        <translation>Aucune plateforme n’est configurée pour y ouvrir des sessions.</translation>
    </message>
    <message>
        <source>The session %1 from the platform</source>
        <translation>La session %1 de la plateforme</translation>
    </message>
    <message>
        <source>%1 was not opened:
%2</source>
        <translation>%1 n’a pas été ouverte :
%2</translation>
    </message>
    <message>
        <source>Opened %1 (%2, %3). Save it to keep a copy in a file.</source>
        <translation>Session %1 ouverte (%2, %3). Enregistrez-la pour en conserver une copie dans un fichier.</translation>
    </message>
    <message>
        <source>Session actions</source>
        <translation>Actions de la séance</translation>
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
    <message>
        <source>(%1, measured %2)</source>
        <translation>(%1, mesuré le %2)</translation>
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
    <message>
        <source>&apos;at&apos; must be a time like 2026-03-31T09:30:00Z, not &apos;%1&apos;</source>
        <translation>« at » doit être un horodatage comme 2026-03-31T09:30:00Z, et non « %1 »</translation>
    </message>
</context>
<context>
    <name>Tarmac::BundleBuilder</name>
    <message>
        <source>service &apos;%1&apos;: the id must be lower-case letters, digits and &apos;-&apos;, starting with a letter</source>
        <translation>service « %1 » : l’identifiant doit être composé de minuscules, de chiffres et de « - », et commencer par une lettre</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: the id is used twice</source>
        <translation>service « %1 » : l’identifiant est utilisé deux fois</translation>
    </message>
    <message>
        <source>resource &apos;%1&apos;: the id must be lower-case letters, digits and &apos;-&apos;, starting with a letter</source>
        <translation>ressource « %1 » : l’identifiant doit être composé de minuscules, de chiffres et de « - », et commencer par une lettre</translation>
    </message>
    <message>
        <source>resource &apos;%1&apos;: the id is used twice</source>
        <translation>ressource « %1 » : l’identifiant est utilisé deux fois</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos;: &apos;%2&apos; is not a service</source>
        <translation>connexion « %1 » : « %2 » n’est pas un service</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos;: &apos;%2&apos; is not a resource</source>
        <translation>connexion « %1 » : « %2 » n’est pas une ressource</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos;: &apos;%2&apos; is not another service</source>
        <translation>connexion « %1 » : « %2 » n’est pas un autre service</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: no template named &apos;%2&apos;</source>
        <translation>service « %1 » : aucun modèle nommé « %2 »</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: composed with %2 version %3, which is not available; rendered with version %4</source>
        <translation>service « %1 » : composé avec %2 version %3, qui n’est pas disponible ; généré avec la version %4</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: %2 is a resource template</source>
        <translation>service « %1 » : %2 est un modèle de ressource</translation>
    </message>
    <message>
        <source>resource &apos;%1&apos; (used by service &apos;%2&apos;): no resource template for &apos;%3&apos;</source>
        <translation>ressource « %1 » (utilisée par le service « %2 ») : aucun modèle de ressource pour « %3 »</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: %2</source>
        <translation>service « %1 » : %2</translation>
    </message>
    <message>
        <source>resource &apos;%1&apos;: cannot render its compose fragment: %2</source>
        <translation>ressource « %1 » : impossible de générer son fragment compose : %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::BundleWriter</name>
    <message>
        <source>%1: cannot tell hand edits from generated files: %2</source>
        <translation>%1 : impossible de distinguer les modifications manuelles des fichiers générés : %2</translation>
    </message>
    <message>
        <source>%1 was edited by hand and is not an override; keep the edit with `tarmacctl drift %2 --record %3`, or undo it</source>
        <translation>%1 a été modifié à la main et n’est pas une surcharge ; conservez la modification avec `tarmacctl drift %2 --record %3`, ou annulez-la</translation>
    </message>
    <message>
        <source>%1 still holds conflict markers; resolve them first</source>
        <translation>%1 contient encore des marqueurs de conflit ; résolvez-les d’abord</translation>
    </message>
    <message>
        <source>the bundle has errors; nothing was written</source>
        <translation>le lot contient des erreurs ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>%1 was edited by hand (or not written by Tarmac); move the edit away first</source>
        <translation>%1 a été modifié à la main (ou n’a pas été écrit par Tarmac) ; déplacez d’abord la modification ailleurs</translation>
    </message>
    <message>
        <source>%1 exists and was not generated by Tarmac; move it away first</source>
        <translation>%1 existe et n’a pas été généré par Tarmac ; déplacez-le d’abord ailleurs</translation>
    </message>
    <message>
        <source>%1 was edited in the folder after it was generated, and the composition edits it too: move the folder&apos;s edit into the composition, or undo it</source>
        <translation>%1 a été modifié dans le dossier après sa génération, et la composition le modifie aussi : reportez la modification du dossier dans la composition, ou annulez-la</translation>
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
    <name>Tarmac::ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <source>Vector image (SVG)…</source>
        <translation>Image vectorielle (SVG)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Données (CSV)…</translation>
    </message>
    <message>
        <source>%1
%2 (from %3)</source>
        <translation>%1
%2 (depuis %3)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>%1 band</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Nothing to show in this range.</source>
        <translation>Rien à afficher sur cette période.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
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
    <message>
        <source>apiVersion is missing; the API server requires it</source>
        <translation>apiVersion est absent ; le serveur d’API l’exige</translation>
    </message>
    <message>
        <source>kind is missing; the API server requires it</source>
        <translation>kind est absent ; le serveur d’API l’exige</translation>
    </message>
    <message>
        <source>metadata.name is missing; the API server requires it</source>
        <translation>metadata.name est absent ; le serveur d’API l’exige</translation>
    </message>
    <message>
        <source>metadata.name &apos;%1&apos; is not a DNS-1123 name (lower-case letters, digits, &apos;-&apos;)</source>
        <translation>metadata.name « %1 » n’est pas un nom DNS-1123 (minuscules, chiffres, « - »)</translation>
    </message>
    <message>
        <source>spec.podSelector is required</source>
        <translation>spec.podSelector est obligatoire</translation>
    </message>
    <message>
        <source>spec.parentRefs is required</source>
        <translation>spec.parentRefs est obligatoire</translation>
    </message>
    <message>
        <source>targetPort %1 matches no container port of %2, which this Service selects (its ports: %3)</source>
        <translation>targetPort %1 ne correspond à aucun port de conteneur de %2, que ce Service sélectionne (ses ports : %3)</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>aucun déclaré</translation>
    </message>
    <message>
        <source>spec.selector and spec.template are required</source>
        <translation>spec.selector et spec.template sont obligatoires</translation>
    </message>
    <message>
        <source>spec.selector.matchLabels is required</source>
        <translation>spec.selector.matchLabels est obligatoire</translation>
    </message>
    <message>
        <source>spec.template.metadata.labels is required to match the selector</source>
        <translation>spec.template.metadata.labels est obligatoire pour correspondre au sélecteur</translation>
    </message>
    <message>
        <source>the selector label &apos;%1&apos; is not on the pod template</source>
        <translation>le label de sélecteur « %1 » ne figure pas dans le modèle de pod</translation>
    </message>
    <message>
        <source>the selector wants %1=%2 but the pod template has %1=%3</source>
        <translation>le sélecteur attend %1=%2, mais le modèle de pod a %1=%3</translation>
    </message>
    <message>
        <source>spec.ports must list at least one port</source>
        <translation>spec.ports doit lister au moins un port</translation>
    </message>
    <message>
        <source>every port needs a port number</source>
        <translation>chaque port doit avoir un numéro de port</translation>
    </message>
    <message>
        <source>the pod template must list at least one container</source>
        <translation>le modèle de pod doit lister au moins un conteneur</translation>
    </message>
    <message>
        <source>every container needs a name and an image</source>
        <translation>chaque conteneur doit avoir un nom et une image</translation>
    </message>
    <message>
        <source>container &apos;%1&apos; has no livenessProbe; a hung process is never restarted</source>
        <translation>le conteneur « %1 » n’a pas de livenessProbe ; un processus bloqué n’est jamais redémarré</translation>
    </message>
    <message>
        <source>container &apos;%1&apos; has no readinessProbe; traffic can reach it before it is ready</source>
        <translation>le conteneur « %1 » n’a pas de readinessProbe ; le trafic peut l’atteindre avant qu’il soit prêt</translation>
    </message>
    <message>
        <source>container &apos;%1&apos; sets no resources.requests; the scheduler cannot place it reliably</source>
        <translation>le conteneur « %1 » ne définit pas de resources.requests ; l’ordonnanceur ne peut pas le placer de façon fiable</translation>
    </message>
</context>
<context>
    <name>Tarmac::CodeEditor</name>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>Tarmac::CodeEditorGutter</name>
    <message>
        <source>Line numbers</source>
        <translation>Numéros de ligne</translation>
    </message>
</context>
<context>
    <name>Tarmac::ComposePage</name>
    <message>
        <source>Search templates, tags, owners…</source>
        <translation>Modèles, étiquettes…</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Générer…</translation>
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
    <message numerus="yes">
        <source>%n file(s), %1 skipped, rendered in %2 ms</source>
        <translation>
            <numerusform>%n fichier, %1 ignorés, rendu en %2 ms</numerusform>
            <numerusform>%n fichiers, %1 ignorés, rendus en %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), rendered in %1 ms</source>
        <translation>
            <numerusform>%n fichier, généré en %1 ms</numerusform>
            <numerusform>%n fichiers, générés en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Template palette</source>
        <translation>Palette de modèles</translation>
    </message>
    <message>
        <source>Drag a template onto the canvas, or press Enter to add it</source>
        <translation>Faites glisser un modèle sur le canevas, ou appuyez sur Entrée pour l’ajouter</translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation>&amp;Nœuds</translation>
    </message>
    <message>
        <source>Services and resources in the composition</source>
        <translation>Services et ressources de la composition</translation>
    </message>
    <message>
        <source>Write the whole composition into a folder: each service with its record, a local compose file and a kustomization</source>
        <translation>Écrire toute la composition dans un dossier : chaque service avec sa fiche, un fichier compose local et une kustomization</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>Nœud sélectionné</translation>
    </message>
    <message>
        <source>Files of the whole composition</source>
        <translation>Fichiers de toute la composition</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Add a service to see the files the composition generates.</source>
        <translation>Ajoutez un service pour voir les fichiers que la composition génère.</translation>
    </message>
    <message>
        <source>Unsaved composition</source>
        <translation>Composition non enregistrée</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modifiée)</translation>
    </message>
    <message>
        <source>Select a service or resource</source>
        <translation>Sélectionnez un service ou une ressource</translation>
    </message>
    <message>
        <source>Its parameters and the files it generates appear here.</source>
        <translation>Ses paramètres et les fichiers qu’il génère s’affichent ici.</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; is not in the catalog: add it to a template folder to edit and render %2.</source>
        <translation>Le modèle « %1 » n’est pas dans le catalogue : ajoutez-le à un dossier de modèles pour modifier et générer %2.</translation>
    </message>
    <message>
        <source>%1 · %2 version %3%4
%5</source>
        <translation>%1 · %2 version %3%4
%5</translation>
    </message>
    <message>
        <source> (the catalog has %1)</source>
        <translation> (le catalogue a %1)</translation>
    </message>
    <message>
        <source>Generating the composition into %1…</source>
        <translation>Génération de la composition dans %1…</translation>
    </message>
    <message>
        <source>Nothing was written to %1:
%2</source>
        <translation>Rien n’a été écrit dans %1 :
%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>%n fichier écrit dans %1</numerusform>
            <numerusform>%n fichiers écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate the composition into a folder</source>
        <translation>Générer la composition dans un dossier</translation>
    </message>
    <message>
        <source>%1 was not opened: the composition on the Compose page has unsaved changes</source>
        <translation>%1 n’a pas été ouvert : la composition de la page Composer a des modifications non enregistrées</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>%1 was not opened; the file is unchanged:
%2</source>
        <translation>%1 n’a pas été ouvert ; le fichier est inchangé :
%2</translation>
    </message>
    <message>
        <source>Some connections break the templates&apos; rules:
%1</source>
        <translation>Certaines connexions enfreignent les règles des modèles :
%1</translation>
    </message>
    <message>
        <source>Not saved: %1. Your work is still here and in the autosave.</source>
        <translation>Non enregistré : %1. Votre travail est toujours ici et dans la sauvegarde automatique.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save Composition</source>
        <translation>Enregistrer la composition</translation>
    </message>
    <message>
        <source>Tarmac compositions (*.tarmac.yaml)</source>
        <translation>Compositions Tarmac (*.tarmac.yaml)</translation>
    </message>
    <message>
        <source>Open Composition</source>
        <translation>Ouvrir une composition</translation>
    </message>
    <message>
        <source>This composition has changes that are not saved. Discard them?</source>
        <translation>Cette composition a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>An autosaved composition could not be read and was left in %1:
%2</source>
        <translation>Une composition sauvegardée automatiquement n’a pas pu être lue et a été laissée dans %1 :
%2</translation>
    </message>
    <message>
        <source>Recovered the unsaved composition “%1” from %2. Save it to keep it.</source>
        <translation>La composition non enregistrée « %1 » a été récupérée depuis %2. Enregistrez-la pour la conserver.</translation>
    </message>
    <message numerus="yes">
        <source>edited, %n conflict(s)</source>
        <translation>
            <numerusform>modifié, %n conflit</numerusform>
            <numerusform>modifié, %n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>edited, no longer generated</source>
        <translation>modifié, n’est plus généré</translation>
    </message>
    <message>
        <source>edited, cannot merge</source>
        <translation>modifié, fusion impossible</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conflict(s) between the hand edit and the new render; resolve them on the service&apos;s files</source>
        <translation>
            <numerusform>%1 : %n conflit entre la modification manuelle et la nouvelle génération ; résolvez-le dans les fichiers du service</numerusform>
            <numerusform>%1 : %n conflits entre la modification manuelle et la nouvelle génération ; résolvez-les dans les fichiers du service</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a Git &amp;Repository</source>
        <translation>Créer un &amp;dépôt Git</translation>
    </message>
    <message>
        <source>Generate first; then make the generated folder a git repository and commit everything in it (author from your git config)</source>
        <translation>Générez d’abord ; puis faites du dossier généré un dépôt Git et créez un commit de tout son contenu (auteur issu de votre configuration Git)</translation>
    </message>
    <message>
        <source>Remote URL (optional)</source>
        <translation>URL du dépôt distant (facultatif)</translation>
    </message>
    <message>
        <source>Remote URL for the repository</source>
        <translation>URL distante du dépôt</translation>
    </message>
    <message>
        <source>Added as the repository&apos;s origin; nothing is pushed</source>
        <translation>Ajoutée comme origin du dépôt ; aucun push n’est effectué</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Conserver mes lignes</translation>
    </message>
    <message>
        <source>Resolve the first conflict with your lines</source>
        <translation>Résoudre le premier conflit avec vos lignes</translation>
    </message>
    <message>
        <source>Take &amp;Template&apos;s</source>
        <translation>Prendre les lignes du &amp;modèle</translation>
    </message>
    <message>
        <source>Resolve the first conflict with the new render&apos;s lines</source>
        <translation>Résoudre le premier conflit avec les lignes de la nouvelle génération</translation>
    </message>
    <message>
        <source>&amp;Revert to Generated</source>
        <translation>&amp;Revenir au texte généré</translation>
    </message>
    <message>
        <source>Drop your edit of this file and use the generated text again</source>
        <translation>Abandonner votre modification de ce fichier et réutiliser le texte généré</translation>
    </message>
    <message>
        <source>The files the selected node generates appear here as you fill in its form; pick one above to read it, or to edit it (a service&apos;s files only).</source>
        <translation>Les fichiers que le nœud sélectionné génère s’affichent ici à mesure que vous remplissez son formulaire ; choisissez-en un ci-dessus pour le lire, ou pour le modifier (fichiers d’un service uniquement).</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with the new render, the first at line %1</source>
        <translation>
            <numerusform>%n conflit avec la nouvelle génération, à la ligne %1</numerusform>
            <numerusform>%n conflits avec la nouvelle génération, le premier à la ligne %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No longer generated; your edit is kept</source>
        <translation>N’est plus généré ; votre modification est conservée</translation>
    </message>
    <message>
        <source>Edited: merged into every new render</source>
        <translation>Modifié : fusionné dans chaque nouvelle génération</translation>
    </message>
    <message>
        <source>Your edit is kept as an override of the generated file and merged into every new render.</source>
        <translation>Votre modification est conservée comme surcharge du fichier généré et fusionnée dans chaque nouvelle génération.</translation>
    </message>
    <message>
        <source>Your edit and the new render change the same lines. Keep your lines or take the template&apos;s, one conflict at a time, or edit the text between the markers.</source>
        <translation>Votre modification et la nouvelle génération changent les mêmes lignes. Conservez vos lignes ou prenez celles du modèle, un conflit à la fois, ou modifiez le texte entre les marqueurs.</translation>
    </message>
    <message>
        <source>Resolve a conflict in %1 of %2</source>
        <translation>Résoudre un conflit dans %1 de %2</translation>
    </message>
    <message>
        <source>Revert %1 of %2 to the generated text</source>
        <translation>Rétablir le texte généré pour %1 de %2</translation>
    </message>
    <message>
        <source>Make %1 a git repository and commit everything in it (author from your git config)</source>
        <translation>Faire de %1 un dépôt Git et créer un commit de tout son contenu (auteur issu de votre configuration Git)</translation>
    </message>
    <message>
        <source>Making %1 a git repository…</source>
        <translation>Création d’un dépôt Git dans %1…</translation>
    </message>
    <message>
        <source>%1 is now a git repository: first commit %2 on main</source>
        <translation>%1 est maintenant un dépôt Git : premier commit %2 sur main</translation>
    </message>
    <message>
        <source>%1 is now a git repository: first commit %2 on main, origin %3</source>
        <translation>%1 est maintenant un dépôt Git : premier commit %2 sur main, origin %3</translation>
    </message>
    <message>
        <source>No git repository was made: %1</source>
        <translation>Aucun dépôt Git n’a été créé : %1</translation>
    </message>
    <message>
        <source>Reload Templates</source>
        <translation>Recharger les modèles</translation>
    </message>
    <message>
        <source>Load the templates again: built-in, your folders and the platform&apos;s (%1)</source>
        <translation>Recharger les modèles : intégrés, ceux de vos dossiers et ceux de la plateforme (%1)</translation>
    </message>
</context>
<context>
    <name>Tarmac::CompositionCanvas</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected nodes with their connections, or the selected connections</source>
        <translation>Supprimer les nœuds sélectionnés avec leurs connexions, ou les connexions sélectionnées</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Change the id of the selected node</source>
        <translation>Modifier l’identifiant du nœud sélectionné</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Connecter…</translation>
    </message>
    <message>
        <source>Connect the selected node to another: the nodes it cannot connect to say why</source>
        <translation>Connecter le nœud sélectionné à un autre : les nœuds auxquels il ne peut pas être connecté indiquent pourquoi</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Select every node</source>
        <translation>Sélectionner tous les nœuds</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole composition</source>
        <translation>Afficher toute la composition</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Lay the composition out automatically (Graphviz dot); undoable</source>
        <translation>Disposer la composition automatiquement (Graphviz dot) ; peut être annulé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no template &apos;%1&apos; in the catalog</source>
        <translation>Il n’y a pas de modèle « %1 » dans le catalogue</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <source>Added resource %1; drag from a service&apos;s port to it to connect them</source>
        <translation>Ressource %1 ajoutée ; faites glisser depuis le port d’un service jusqu’à elle pour les connecter</translation>
    </message>
    <message>
        <source>Added service %1; press F2 to rename it</source>
        <translation>Service %1 ajouté ; appuyez sur F2 pour le renommer</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Deleted; Undo brings it back</source>
        <translation>Supprimé ; Annuler le rétablit</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connect %1 and %2</source>
        <translation>Connecter %1 et %2</translation>
    </message>
    <message>
        <source>Connected %1 and %2</source>
        <translation>%1 et %2 connectés</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Nothing to connect to yet</source>
        <translation>Rien à connecter pour l’instant</translation>
    </message>
    <message>
        <source>Arranging…</source>
        <translation>Disposition…</translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Disposer automatiquement</translation>
    </message>
    <message>
        <source>Arranged; Undo puts the nodes back</source>
        <translation>Disposé ; Annuler remet les nœuds en place</translation>
    </message>
    <message>
        <source>Canvas actions</source>
        <translation>Actions du canevas</translation>
    </message>
</context>
<context>
    <name>Tarmac::CompositionDocument</name>
    <message>
        <source>&apos;%1&apos; is already in the composition</source>
        <translation>« %1 » est déjà dans la composition</translation>
    </message>
    <message>
        <source>Add service %1</source>
        <translation>Ajouter le service %1</translation>
    </message>
    <message>
        <source>Add resource %1</source>
        <translation>Ajouter la ressource %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n node(s)</source>
        <translation>
            <numerusform>Supprimer %n nœud</numerusform>
            <numerusform>Supprimer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 to call %2</source>
        <translation>Connecter %1 pour appeler %2</translation>
    </message>
    <message>
        <source>Connect %1 to use %2</source>
        <translation>Connecter %1 pour utiliser %2</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>Déconnecter %1 de %2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Déplacer %n nœud</numerusform>
            <numerusform>Déplacer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>il n’y a pas de nœud « %1 »</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Edit the parameters of %1</source>
        <translation>Modifier les paramètres de %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::CompositionFile</name>
    <message>
        <source>parameters nest deeper than 32 levels</source>
        <translation>les paramètres sont imbriqués sur plus de 32 niveaux</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>clé « %1 » en double</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2; expected one of: %3</source>
        <translation>clé « %1 » inconnue dans %2 ; attendu : l’une de %3</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>this composition was written by a newer Tarmac (apiVersion %1); this version reads %2 only. Update Tarmac to open it.</source>
        <translation>cette composition a été écrite par une version plus récente de Tarmac (apiVersion %1) ; cette version ne lit que %2. Mettez Tarmac à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>apiVersion &apos;%1&apos; is not a Tarmac composition version; expected %2</source>
        <translation>apiVersion « %1 » n’est pas une version de composition Tarmac ; attendu : %2</translation>
    </message>
    <message>
        <source>kind &apos;%1&apos; is not a composition; expected %2</source>
        <translation>kind « %1 » n’est pas une composition ; attendu : %2</translation>
    </message>
    <message>
        <source>the composition</source>
        <translation>la composition</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>metadata</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice; every service and resource needs its own</source>
        <translation>l’identifiant « %1 » est utilisé deux fois ; chaque service et chaque ressource doit avoir le sien</translation>
    </message>
    <message>
        <source>a service must be a mapping with id, template, version and parameters</source>
        <translation>un service doit être un mappage avec id, template, version et parameters</translation>
    </message>
    <message>
        <source>a service</source>
        <translation>un service</translation>
    </message>
    <message>
        <source>a resource must be a mapping with id, kind, template, version and parameters</source>
        <translation>une ressource doit être un mappage avec id, kind, template, version et parameters</translation>
    </message>
    <message>
        <source>a resource</source>
        <translation>une ressource</translation>
    </message>
    <message>
        <source>a connection must be a mapping with from, to and kind</source>
        <translation>une connexion doit être un mappage avec from, to et kind</translation>
    </message>
    <message>
        <source>a connection</source>
        <translation>une connexion</translation>
    </message>
    <message>
        <source>connection kind &apos;%1&apos; is unknown; expected uses or calls</source>
        <translation>le type de connexion « %1 » est inconnu ; attendu : uses ou calls</translation>
    </message>
    <message>
        <source>connection %1 -&gt; %2: %3</source>
        <translation>connexion %1 -&gt; %2 : %3</translation>
    </message>
    <message>
        <source>the layout places &apos;%1&apos;, which is not a service or resource</source>
        <translation>la disposition place « %1 », qui n’est ni un service ni une ressource</translation>
    </message>
    <message>
        <source>the position of &apos;%1&apos; must be {x: number, y: number}</source>
        <translation>la position de « %1 » doit être {x: number, y: number}</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>an id cannot be empty</source>
        <translation>un identifiant ne peut pas être vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits and dashes, starting with a letter and not ending with a dash (at most 63)</source>
        <translation>« %1 » n’est pas un identifiant valide : utilisez des minuscules, des chiffres et des tirets, en commençant par une lettre et sans finir par un tiret (63 au plus)</translation>
    </message>
    <message>
        <source>an override must be a mapping with path, base and edited</source>
        <translation>une surcharge doit être un mappage avec path, base et edited</translation>
    </message>
    <message>
        <source>an override</source>
        <translation>une surcharge</translation>
    </message>
    <message>
        <source>the override of &apos;%1&apos; needs its base text</source>
        <translation>la surcharge de « %1 » doit avoir son texte de base</translation>
    </message>
    <message>
        <source>the override of &apos;%1&apos; needs its edited text</source>
        <translation>la surcharge de « %1 » doit avoir son texte modifié</translation>
    </message>
    <message>
        <source>override path &apos;%1&apos; is not a plain path inside the service folder%2</source>
        <translation>le chemin de surcharge « %1 » n’est pas un simple chemin dans le dossier du service%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is overridden twice</source>
        <translation>« %1 » est surchargé deux fois</translation>
    </message>
</context>
<context>
    <name>Tarmac::CompositionNodeModel</name>
    <message>
        <source>%1 (service, %2)</source>
        <translation>%1 (service, %2)</translation>
    </message>
    <message>
        <source>%1 (%2 resource)</source>
        <translation>%1 (ressource %2)</translation>
    </message>
    <message>
        <source>calls %1</source>
        <translation>appelle %1</translation>
    </message>
    <message>
        <source>uses %1</source>
        <translation>utilise %1</translation>
    </message>
    <message>
        <source>called by %1</source>
        <translation>appelé par %1</translation>
    </message>
    <message>
        <source>used by %1</source>
        <translation>utilisé par %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
</context>
<context>
    <name>Tarmac::CompositionScene</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connecting %1: release over a service or resource</source>
        <translation>Connexion de %1 : relâchez sur un service ou une ressource</translation>
    </message>
    <message>
        <source>Release to connect %1 to %2</source>
        <translation>Relâchez pour connecter %1 à %2</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>No connection made</source>
        <translation>Aucune connexion établie</translation>
    </message>
    <message>
        <source>Connected %1 and %2</source>
        <translation>%1 et %2 connectés</translation>
    </message>
</context>
<context>
    <name>Tarmac::CompositionView</name>
    <message>
        <source>Composition canvas</source>
        <translation>Canevas de composition</translation>
    </message>
    <message>
        <source>Move with the keyboard</source>
        <translation>Déplacer avec le clavier</translation>
    </message>
    <message>
        <source>Select one service or resource to rename</source>
        <translation>Sélectionnez un seul service ou une seule ressource à renommer</translation>
    </message>
    <message>
        <source>New id</source>
        <translation>Nouvel identifiant</translation>
    </message>
    <message>
        <source>Type the new id of %1; Enter renames, Escape cancels</source>
        <translation>Saisissez le nouvel identifiant de %1 ; Entrée renomme, Échap annule</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>Non renommé : %1</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 renommé en %2</translation>
    </message>
    <message>
        <source>Drag a template from the palette here to add a service or resource,
or select one and press Enter.</source>
        <translation>Faites glisser un modèle de la palette ici pour ajouter un service ou une ressource,
ou sélectionnez-en un et appuyez sur Entrée.</translation>
    </message>
</context>
<context>
    <name>Tarmac::ConfigEditor</name>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Problems summary</source>
        <translation>Résumé des problèmes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Editor for %1</source>
        <translation>Éditeur de %1</translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation>Problèmes dans %1</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (checking…)</source>
        <translation>%1 (vérification…)</translation>
    </message>
</context>
<context>
    <name>Tarmac::ConnectionEditor</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Add Platform Connection</source>
        <translation>Ajouter une connexion à une plateforme</translation>
    </message>
    <message>
        <source>Edit Platform Connection</source>
        <translation>Modifier la connexion à la plateforme</translation>
    </message>
    <message>
        <source>for example: staging</source>
        <translation>par exemple : staging</translation>
    </message>
    <message>
        <source>https://platform.example.org</source>
        <translation>https://platform.example.org</translation>
    </message>
    <message>
        <source>optional: a PEM file, for a platform with a private CA</source>
        <translation>facultatif : un fichier PEM, pour une plateforme avec une CA privée</translation>
    </message>
    <message>
        <source>from tarmacd token create, or your platform team</source>
        <translation>de tarmacd token create, ou de votre équipe plateforme</translation>
    </message>
    <message>
        <source>leave empty to keep the stored token</source>
        <translation>laisser vide pour conserver le jeton enregistré</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keychain, never in a file</source>
        <translation>Conservé dans le trousseau de votre système, jamais dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certificat d’autorité :</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d’autorité</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
</context>
<context>
    <name>Tarmac::ConnectionsDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>&amp;Use This Platform</source>
        <translation>&amp;Utiliser cette plateforme</translation>
    </message>
    <message>
        <source>Platform Connections</source>
        <translation>Connexions aux plateformes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>The token for %1 is kept in your keychain.</source>
        <translation>Le jeton pour %1 est conservé dans votre trousseau.</translation>
    </message>
    <message>
        <source>No keychain is available here (%1), so the token for %2 is kept for this session only; you will be asked for it again next time.</source>
        <translation>Aucun trousseau n’est disponible ici (%1) : le jeton pour %2 n’est donc conservé que pour cette session ; il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Connexion « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its token.</source>
        <translation>« %1 » et son jeton ont été supprimés.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Now using &quot;%1&quot;.</source>
        <translation>« %1 » est désormais utilisée.</translation>
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
    <name>Tarmac::Ctl</name>
    <message>
        <source>What to do (list).</source>
        <translation>Action à effectuer (list).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>Render a template (a built-in name, a template folder or a template.yaml) into a folder, as Backstage&apos;s fetch:template would. Steps that need a remote system are listed as skipped.</source>
        <translation>Générer un modèle (un nom intégré, un dossier de modèle ou un template.yaml) dans un dossier, comme le ferait fetch:template de Backstage. Les étapes qui nécessitent un système distant sont listées comme ignorées.</translation>
    </message>
    <message>
        <source>Template name, folder or template.yaml.</source>
        <translation>Nom de modèle, dossier ou template.yaml.</translation>
    </message>
    <message>
        <source>A parameter value (repeatable).</source>
        <translation>Une valeur de paramètre (répétable).</translation>
    </message>
    <message>
        <source>Attach a resource (repeatable), e.g. postgres or postgres:orders-db.</source>
        <translation>Rattacher une ressource (répétable), p. ex. postgres ou postgres:orders-db.</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Dossier de sortie.</translation>
    </message>
    <message>
        <source>Write into a folder that is not empty.</source>
        <translation>Écrire dans un dossier non vide.</translation>
    </message>
    <message>
        <source>Render and report, write nothing.</source>
        <translation>Générer et rendre compte, sans rien écrire.</translation>
    </message>
    <message>
        <source>usage: tarmacctl render TEMPLATE --set KEY=VALUE ... [--resource KIND[:NAME]] ... -o DIR</source>
        <translation>usage : tarmacctl render TEMPLATE --set KEY=VALUE ... [--resource KIND[:NAME]] ... -o DIR</translation>
    </message>
    <message>
        <source>tarmacctl render: no template &apos;%1&apos; (see tarmacctl templates list)</source>
        <translation>tarmacctl render : aucun modèle « %1 » (voir tarmacctl templates list)</translation>
    </message>
    <message>
        <source>tarmacctl render: --set expects KEY=VALUE, got &apos;%1&apos;</source>
        <translation>tarmacctl render : --set attend KEY=VALUE, reçu « %1 »</translation>
    </message>
    <message>
        <source>tarmacctl render: &apos;%1&apos; is not a parameter of %2; expected one of: %3</source>
        <translation>tarmacctl render : « %1 » n’est pas un paramètre de %2 ; attendu : l’un de %3</translation>
    </message>
    <message>
        <source>tarmacctl render: %1 error(s); nothing was written</source>
        <translation>tarmacctl render : %1 erreur(s) ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 ignoré : %2</translation>
    </message>
    <message>
        <source>step %1 (%2) skipped: %3</source>
        <translation>étape %1 (%2) ignorée : %3</translation>
    </message>
    <message>
        <source>tarmacctl render: %1 is not empty; use --force to write into it anyway</source>
        <translation>tarmacctl render : %1 n’est pas vide ; utilisez --force pour y écrire quand même</translation>
    </message>
    <message>
        <source>wrote %1 files to %2 in %3 ms</source>
        <translation>%1 fichiers écrits dans %2 en %3 ms</translation>
    </message>
    <message>
        <source>Check a template (its manifest, GitHub Actions expressions nunjucks would eat, unknown filters, secrets, paths) or generated files (YAML, Kubernetes objects, secrets). Prints file:line:col: severity: message; exits 1 when there are errors.</source>
        <translation>Vérifier un modèle (son manifeste, les expressions GitHub Actions que nunjucks avalerait, les filtres inconnus, les secrets, les chemins) ou des fichiers générés (YAML, objets Kubernetes, secrets). Affiche fichier:ligne:colonne: gravité: message ; code de sortie 1 en cas d’erreurs.</translation>
    </message>
    <message>
        <source>A template folder or template.yaml, or generated files.</source>
        <translation>Un dossier de modèle ou un template.yaml, ou des fichiers générés.</translation>
    </message>
    <message>
        <source>usage: tarmacctl validate PATH</source>
        <translation>usage : tarmacctl validate PATH</translation>
    </message>
    <message>
        <source>tarmacctl validate: %1 does not exist</source>
        <translation>tarmacctl validate : %1 n’existe pas</translation>
    </message>
    <message>
        <source>tarmacctl validate: cannot read %1</source>
        <translation>tarmacctl validate : impossible de lire %1</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s)</source>
        <translation>%1 : %2 erreur(s), %3 avertissement(s)</translation>
    </message>
    <message>
        <source>DORA or adoption metrics of a platform, per bucket, for scripts (definitions: tarmacd&apos;s API).</source>
        <translation>Métriques DORA ou d’adoption d’une plateforme, par intervalle, pour les scripts (définitions : API de tarmacd).</translation>
    </message>
    <message>
        <source>dora or adoption</source>
        <translation>dora ou adoption</translation>
    </message>
    <message>
        <source>Start of the range: a date (UTC) or an RFC 3339 time (default: 90 days before --to).</source>
        <translation>Début de la période : une date (UTC) ou une heure RFC 3339 (par défaut : 90 jours avant --to).</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>QUAND</translation>
    </message>
    <message>
        <source>End of the range, exclusive (default: tomorrow, 00:00 UTC).</source>
        <translation>Fin de la période, exclue (par défaut : demain, 00:00 UTC).</translation>
    </message>
    <message>
        <source>day, week or month (default: week).</source>
        <translation>day, week ou month (par défaut : week).</translation>
    </message>
    <message>
        <source>BUCKET</source>
        <translation>INTERVALLE</translation>
    </message>
    <message>
        <source>all, team:NAME, service:NAME, environment:NAME, path:golden or path:other (default: all).</source>
        <translation>all, team:NAME, service:NAME, environment:NAME, path:golden ou path:other (par défaut : all).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>PÉRIMÈTRE</translation>
    </message>
    <message>
        <source>dora: the report year of the bands (default: the platform&apos;s).</source>
        <translation>dora : l’année du rapport pour les niveaux (par défaut : celle de la plateforme).</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ANNÉE</translation>
    </message>
    <message>
        <source>Print the platform&apos;s JSON answer.</source>
        <translation>Afficher la réponse JSON de la plateforme.</translation>
    </message>
    <message>
        <source>Print CSV, one line per bucket, in the API&apos;s units.</source>
        <translation>Afficher du CSV, une ligne par intervalle, dans les unités de l’API.</translation>
    </message>
    <message>
        <source>tarmacctl metrics: expected dora or adoption (tarmacctl metrics dora --from 2026-01-01)</source>
        <translation>tarmacctl metrics : attendu : dora ou adoption (tarmacctl metrics dora --from 2026-01-01)</translation>
    </message>
    <message>
        <source>tarmacctl metrics: --json and --csv exclude each other</source>
        <translation>tarmacctl metrics : --json et --csv s’excluent mutuellement</translation>
    </message>
    <message>
        <source>tarmacctl metrics: --to: &apos;%1&apos; is neither a date (2026-01-31) nor an RFC 3339 time</source>
        <translation>tarmacctl metrics : --to : « %1 » n’est ni une date (2026-01-31) ni une heure RFC 3339</translation>
    </message>
    <message>
        <source>tarmacctl metrics: --from: &apos;%1&apos; is neither a date (2026-01-31) nor an RFC 3339 time</source>
        <translation>tarmacctl metrics : --from : « %1 » n’est ni une date (2026-01-31) ni une heure RFC 3339</translation>
    </message>
    <message>
        <source>tarmacctl metrics: --bucket must be day, week or month</source>
        <translation>tarmacctl metrics : --bucket doit être day, week ou month</translation>
    </message>
    <message>
        <source>tarmacctl metrics: %1</source>
        <translation>tarmacctl metrics : %1</translation>
    </message>
    <message>
        <source>tarmacctl metrics: the platform did not answer; these figures were cached %1</source>
        <translation>tarmacctl metrics : la plateforme n’a pas répondu ; ces chiffres ont été mis en cache %1</translation>
    </message>
    <message>
        <source>tarmacctl metrics: the platform&apos;s answer is malformed: %1</source>
        <translation>tarmacctl metrics : la réponse de la plateforme est mal formée : %1</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>DEPLOYS</source>
        <translation>DÉPLOIEMENTS</translation>
    </message>
    <message>
        <source>LEAD MEDIAN</source>
        <translation>DÉLAI MÉDIAN</translation>
    </message>
    <message>
        <source>LEAD P90</source>
        <translation>DÉLAI P90</translation>
    </message>
    <message>
        <source>CFR</source>
        <translation>CFR</translation>
    </message>
    <message>
        <source>RECOVERY</source>
        <translation>RESTAURATION</translation>
    </message>
    <message>
        <source>REWORK</source>
        <translation>REPRISE</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>services %1, from templates %2, behind newest template version %3, teams onboarded %4</source>
        <translation>services %1, issus de modèles %2, en retard sur la version de modèle la plus récente %3, équipes intégrées %4</translation>
    </message>
    <message>
        <source>TARMAC</source>
        <translation>TARMAC</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>AUTRES</translation>
    </message>
    <message>
        <source>DEPLOYERS</source>
        <translation>DÉPLOYEURS</translation>
    </message>
    <message>
        <source>GOLDEN PATH</source>
        <translation>GOLDEN PATH</translation>
    </message>
    <message>
        <source>Render a composition (*.tarmac.yaml) into a folder: each service under services/&lt;id&gt;/ with its record, compose.yaml and deploy/kustomization.yaml. Generating again merges the services&apos; overrides and refuses to overwrite hand edits that are not overrides.</source>
        <translation>Générer une composition (*.tarmac.yaml) dans un dossier : chaque service sous services/&lt;id&gt;/ avec sa fiche, compose.yaml et deploy/kustomization.yaml. Une nouvelle génération fusionne les surcharges des services et refuse d’écraser les modifications manuelles qui ne sont pas des surcharges.</translation>
    </message>
    <message>
        <source>The composition file.</source>
        <translation>Le fichier de composition.</translation>
    </message>
    <message>
        <source>Render and list the files, write nothing.</source>
        <translation>Générer et lister les fichiers, sans rien écrire.</translation>
    </message>
    <message>
        <source>usage: tarmacctl compose FILE.tarmac.yaml -o DIR</source>
        <translation>usage : tarmacctl compose FILE.tarmac.yaml -o DIR</translation>
    </message>
    <message>
        <source>tarmacctl compose: %1 cannot be read; nothing was written</source>
        <translation>tarmacctl compose : impossible de lire %1 ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>tarmacctl compose: nothing was written</source>
        <translation>tarmacctl compose : rien n’a été écrit</translation>
    </message>
    <message>
        <source>removed %1: the new render no longer produces it</source>
        <translation>%1 supprimé : la nouvelle génération ne le produit plus</translation>
    </message>
    <message>
        <source>merged your override of %1 with the new render</source>
        <translation>votre surcharge de %1 a été fusionnée avec la nouvelle génération</translation>
    </message>
    <message>
        <source>%1:%2: conflict between your override and the new render; both sides are in the file</source>
        <translation>%1:%2 : conflit entre votre surcharge et la nouvelle génération ; les deux versions sont dans le fichier</translation>
    </message>
    <message>
        <source>%1: the template no longer produces this file; your override is kept</source>
        <translation>%1 : le modèle ne produit plus ce fichier ; votre surcharge est conservée</translation>
    </message>
    <message>
        <source>wrote %1 files for %2 services to %3 in %4 ms</source>
        <translation>%1 fichiers écrits pour %2 services dans %3 en %4 ms</translation>
    </message>
    <message>
        <source>Compare generated services with a fresh render of their template version, parameters and overrides. DIR is a service folder or a bundle (its services/*). Exits 0 when clean, 1 with a unified diff on stdout when not, 2 when the check cannot run.</source>
        <translation>Comparer les services générés avec une nouvelle génération de leur version de modèle, de leurs paramètres et de leurs surcharges. DIR est un dossier de service ou un lot (ses services/*). Code de sortie 0 si tout est conforme, 1 avec un diff unifié sur stdout sinon, 2 si la vérification ne peut pas s’exécuter.</translation>
    </message>
    <message>
        <source>A generated service folder, or a bundle folder.</source>
        <translation>Un dossier de service généré, ou un dossier de lot.</translation>
    </message>
    <message>
        <source>Keep the hand edit of FILE (relative to the service folder) as an override first (repeatable).</source>
        <translation>Conserver d’abord la modification manuelle de FILE (relatif au dossier du service) comme surcharge (répétable).</translation>
    </message>
    <message>
        <source>usage: tarmacctl drift DIR [--record FILE]...</source>
        <translation>usage : tarmacctl drift DIR [--record FILE]...</translation>
    </message>
    <message>
        <source>tarmacctl drift: %1 does not exist</source>
        <translation>tarmacctl drift : %1 n’existe pas</translation>
    </message>
    <message>
        <source>tarmacctl drift: %1 has no service record (%2) and no services/*/%2; was it generated by Tarmac?</source>
        <translation>tarmacctl drift : %1 n’a ni fiche de service (%2) ni services/*/%2 ; a-t-il été généré par Tarmac ?</translation>
    </message>
    <message>
        <source>tarmacctl drift: --record needs a service folder, not a bundle</source>
        <translation>tarmacctl drift : --record nécessite un dossier de service, pas un lot</translation>
    </message>
    <message>
        <source>tarmacctl drift: %1</source>
        <translation>tarmacctl drift : %1</translation>
    </message>
    <message>
        <source>%1: kept your edit of %2 as an override</source>
        <translation>%1 : votre modification de %2 est conservée comme surcharge</translation>
    </message>
    <message numerus="yes">
        <source>no drift: %n service(s) match their templates</source>
        <translation>
            <numerusform>aucune dérive : %n service correspond à son modèle</numerusform>
            <numerusform>aucune dérive : %n services correspondent à leurs modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>deployment %1: %2</source>
        <translation>déploiement %1 : %2</translation>
    </message>
    <message>
        <source>deployment %1: %2 (%3)</source>
        <translation>déploiement %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>event stream interrupted (%1); resuming, attempt %2</source>
        <translation>flux d’événements interrompu (%1) ; reprise, tentative %2</translation>
    </message>
    <message>
        <source>tarmacctl deploy: cannot follow deployment %1: %2</source>
        <translation>tarmacctl deploy : impossible de suivre le déploiement %1 : %2</translation>
    </message>
    <message>
        <source>Deploy a service to an environment of the platform, and with --follow print its log until it finishes (exit 0 on success, 1 on failure).</source>
        <translation>Déployer un service dans un environnement de la plateforme et, avec --follow, afficher son journal jusqu’à la fin (code de sortie 0 en cas de succès, 1 en cas d’échec).</translation>
    </message>
    <message>
        <source>The service&apos;s name or id.</source>
        <translation>Nom ou identifiant du service.</translation>
    </message>
    <message>
        <source>The environment&apos;s name or id.</source>
        <translation>Nom ou identifiant de l’environnement.</translation>
    </message>
    <message>
        <source>Print the deployment&apos;s log until it finishes.</source>
        <translation>Afficher le journal du déploiement jusqu’à sa fin.</translation>
    </message>
    <message>
        <source>planned (default), hotfix or rollback.</source>
        <translation>planned (par défaut), hotfix ou rollback.</translation>
    </message>
    <message>
        <source>The version being deployed (default: a time stamp).</source>
        <translation>La version déployée (par défaut : un horodatage).</translation>
    </message>
    <message>
        <source>The commit being deployed.</source>
        <translation>Le commit déployé.</translation>
    </message>
    <message>
        <source>A folder of files the deployer writes out and runs.</source>
        <translation>Un dossier de fichiers que le déployeur écrit et exécute.</translation>
    </message>
    <message>
        <source>usage: tarmacctl deploy SERVICE --env ENV [--follow] [--intent planned|hotfix|rollback]</source>
        <translation>usage : tarmacctl deploy SERVICE --env ENV [--follow] [--intent planned|hotfix|rollback]</translation>
    </message>
    <message>
        <source>tarmacctl deploy: --intent must be planned, hotfix or rollback, not &apos;%1&apos;</source>
        <translation>tarmacctl deploy : --intent doit être planned, hotfix ou rollback, et non « %1 »</translation>
    </message>
    <message>
        <source>deployment %1 of %2 to %3: %4</source>
        <translation>déploiement %1 de %2 vers %3 : %4</translation>
    </message>
    <message>
        <source>List a platform&apos;s deployments, newest first.</source>
        <translation>Lister les déploiements d’une plateforme, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Only this service&apos;s.</source>
        <translation>Uniquement ceux de ce service.</translation>
    </message>
    <message>
        <source>Only this environment&apos;s.</source>
        <translation>Uniquement ceux de cet environnement.</translation>
    </message>
    <message>
        <source>Only queued, running, succeeded, failed or cancelled ones.</source>
        <translation>Uniquement ceux en file d’attente, en cours, réussis, échoués ou annulés.</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>Au plus ce nombre (50 par défaut).</translation>
    </message>
    <message>
        <source>usage: tarmacctl deployments list [--service S] [--env E] [--status S] [--json]</source>
        <translation>usage : tarmacctl deployments list [--service S] [--env E] [--status S] [--json]</translation>
    </message>
    <message>
        <source>tarmacctl deployments: --limit must be a positive number</source>
        <translation>tarmacctl deployments : --limit doit être un nombre positif</translation>
    </message>
    <message>
        <source>Who renders, as the templates&apos; user.ref (default: TARMAC_USER, or your login name).</source>
        <translation>Qui génère, en tant que user.ref des modèles (par défaut : TARMAC_USER, ou votre nom de connexion).</translation>
    </message>
    <message>
        <source>Store a workshop session on the platform (without the facilitator&apos;s private notes); a session stored before is replaced.</source>
        <translation>Stocker une session d’atelier sur la plateforme (sans les notes privées de l’animateur) ; une session stockée auparavant est remplacée.</translation>
    </message>
    <message>
        <source>The *.tarmac-assessment.yaml file.</source>
        <translation>Le fichier *.tarmac-assessment.yaml.</translation>
    </message>
    <message>
        <source>usage: tarmacctl assessment publish SESSION.tarmac-assessment.yaml [--platform URL]</source>
        <translation>usage : tarmacctl assessment publish SESSION.tarmac-assessment.yaml [--platform URL]</translation>
    </message>
    <message>
        <source>%1: the session has no date; set one before publishing (the platform lists sessions by date)</source>
        <translation>%1 : la session n’a pas de date ; définissez-en une avant de la publier (la plateforme liste les sessions par date)</translation>
    </message>
    <message>
        <source>%1: replaced the copy stored as %2 (%3, %4)</source>
        <translation>%1 : la copie stockée sous %2 a été remplacée (%3, %4)</translation>
    </message>
    <message>
        <source>%1: stored as %2 (%3, %4)</source>
        <translation>%1 : stockée sous %2 (%3, %4)</translation>
    </message>
    <message>
        <source>List the workshop sessions the platform stores, newest first.</source>
        <translation>Lister les sessions d’atelier stockées par la plateforme, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>Only this scope: organisation, unit or team, optionally with :NAME.</source>
        <translation>Uniquement ce périmètre : organisation, unit ou team, éventuellement avec :NAME.</translation>
    </message>
    <message>
        <source>Only sessions run with this model id.</source>
        <translation>Uniquement les sessions menées avec cet identifiant de modèle.</translation>
    </message>
    <message>
        <source>usage: tarmacctl assessment list [--scope KIND[:NAME]] [--model ID] [--limit N] [--json]</source>
        <translation>usage : tarmacctl assessment list [--scope KIND[:NAME]] [--model ID] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>tarmacctl assessment list: --limit must be a positive number</source>
        <translation>tarmacctl assessment list : --limit doit être un nombre positif</translation>
    </message>
    <message>
        <source>Publish a template folder (template.yaml and its skeleton) to the platform as the version its metadata.tarmac.version names. Versions never change: the same version with other files is refused.</source>
        <translation>Publier un dossier de modèle (template.yaml et son squelette) sur la plateforme, sous la version que nomme metadata.tarmac.version. Une version ne change jamais : la même version avec d&apos;autres fichiers est refusée.</translation>
    </message>
    <message>
        <source>The template folder, holding template.yaml.</source>
        <translation>Le dossier du modèle, qui contient template.yaml.</translation>
    </message>
    <message>
        <source>usage: tarmacctl templates publish FOLDER [--platform URL]</source>
        <translation>utilisation : tarmacctl templates publish DOSSIER [--platform URL]</translation>
    </message>
    <message>
        <source>tarmacctl templates publish: %1 %2 to %3: %4</source>
        <translation>tarmacctl templates publish : %1 %2 vers %3 : %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: published %2 %3 (%n file(s)) as %4</source>
        <translation>
            <numerusform>%1 : %2 %3 publié (%n fichier) sous %4</numerusform>
            <numerusform>%1 : %2 %3 publié (%n fichiers) sous %4</numerusform>
        </translation>
    </message>
    <message>
        <source>List the templates tarmacctl knows: built-in, then your folders; with --platform, the latest version of each template the platform has. &apos;templates publish FOLDER&apos; publishes one.</source>
        <translation>Lister les modèles que tarmacctl connaît : intégrés, puis ceux de vos dossiers ; avec --platform, la dernière version de chaque modèle de la plateforme. « templates publish DOSSIER » en publie un.</translation>
    </message>
    <message>
        <source>What to do (list, or publish FOLDER).</source>
        <translation>Que faire (list, ou publish DOSSIER).</translation>
    </message>
    <message>
        <source>tarmacctl templates: expected &apos;list&apos; or &apos;publish FOLDER&apos; (tarmacctl templates list [--platform URL] [--json])</source>
        <translation>tarmacctl templates : « list » ou « publish DOSSIER » attendu (tarmacctl templates list [--platform URL] [--json])</translation>
    </message>
    <message>
        <source>Usage:
  tarmacctl assessment models
      list the maturity models (built in, then your own)
  tarmacctl assessment validate FILE...
      check model or crosswalk files; errors say file:line:column
  tarmacctl assessment export SESSION [--format csv|md|pdf] [-o FILE]
                          [--csv FILE] [--md FILE] [--pdf FILE] [--previous SESSION]
                          [--model MODELFILE] [--as MODEL-ID]
      write the report of a *.tarmac-assessment.yaml session; CSV and Markdown go
      to standard output without -o; --as reads the results in another model
      through a crosswalk (platform-engineering &lt;-&gt; cncf-platform-engineering)
  tarmacctl assessment publish SESSION [--platform URL]
      store the session on the platform without its private notes (a session
      stored before is replaced); prints the stored id
  tarmacctl assessment list [--scope KIND[:NAME]] [--model ID] [--limit N] [--json]
      the sessions the platform stores, newest first</source>
        <translation>Utilisation :
  tarmacctl assessment models
      lister les modèles de maturité (intégrés, puis les vôtres)
  tarmacctl assessment validate FICHIER...
      vérifier des fichiers de modèle ou de correspondance ; les erreurs donnent fichier:ligne:colonne
  tarmacctl assessment export SÉANCE [--format csv|md|pdf] [-o FICHIER]
                          [--csv FICHIER] [--md FICHIER] [--pdf FICHIER] [--previous SÉANCE]
                          [--model FICHIERMODÈLE] [--as ID-MODÈLE]
      écrire le rapport d&apos;une séance *.tarmac-assessment.yaml ; sans -o, CSV et Markdown
      vont sur la sortie standard ; --as lit les résultats dans un autre modèle
      au moyen d&apos;une correspondance (platform-engineering &lt;-&gt; cncf-platform-engineering)
  tarmacctl assessment publish SÉANCE [--platform URL]
      enregistrer la séance sur la plateforme sans ses notes privées (une séance
      enregistrée auparavant est remplacée) ; affiche l&apos;identifiant enregistré
  tarmacctl assessment list [--scope TYPE[:NOM]] [--model ID] [--limit N] [--json]
      les séances que la plateforme enregistre, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>%1 capabilities x %2 levels</source>
        <translation>%1 capacités x %2 niveaux</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1 : ok</translation>
    </message>
    <message>
        <source>tarmacctl: cannot write %1: %2</source>
        <translation>tarmacctl : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Write the report of a *.tarmac-assessment.yaml session.</source>
        <translation>Écrire le rapport d&apos;une séance *.tarmac-assessment.yaml.</translation>
    </message>
    <message>
        <source>csv, md or pdf</source>
        <translation>csv, md ou pdf</translation>
    </message>
    <message>
        <source>Where to write the report.</source>
        <translation>Où écrire le rapport.</translation>
    </message>
    <message>
        <source>Also write CSV to FILE.</source>
        <translation>Écrire aussi le CSV dans FICHIER.</translation>
    </message>
    <message>
        <source>Also write Markdown to FILE.</source>
        <translation>Écrire aussi le Markdown dans FICHIER.</translation>
    </message>
    <message>
        <source>Also write the PDF report to FILE.</source>
        <translation>Écrire aussi le rapport PDF dans FICHIER.</translation>
    </message>
    <message>
        <source>The previous round&apos;s session, for comparison.</source>
        <translation>La séance de la série précédente, pour comparaison.</translation>
    </message>
    <message>
        <source>The model file, when it is not installed.</source>
        <translation>Le fichier du modèle, s&apos;il n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Report in another model, through a crosswalk.</source>
        <translation>Faire le rapport dans un autre modèle, au moyen d&apos;une correspondance.</translation>
    </message>
    <message>
        <source>tarmacctl: %1 uses the model &apos;%2&apos;, which is not installed (give it with --model)</source>
        <translation>tarmacctl : %1 utilise le modèle « %2 », qui n&apos;est pas installé (indiquez-le avec --model)</translation>
    </message>
    <message>
        <source>tarmacctl: note: the model &apos;%1&apos; has changed since this session was run (%2 then, %3 now)</source>
        <translation>tarmacctl : remarque : le modèle « %1 » a changé depuis cette séance (%2 alors, %3 maintenant)</translation>
    </message>
    <message>
        <source>tarmacctl: no model &apos;%1&apos; is installed</source>
        <translation>tarmacctl : aucun modèle « %1 » n&apos;est installé</translation>
    </message>
    <message>
        <source>tarmacctl: no crosswalk joins &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>tarmacctl : aucune correspondance ne relie « %1 » et « %2 »</translation>
    </message>
    <message>
        <source>tarmacctl: a PDF needs a file: -o FILE or --pdf FILE</source>
        <translation>tarmacctl : un PDF demande un fichier : -o FICHIER ou --pdf FICHIER</translation>
    </message>
    <message>
        <source>tarmacctl: PDF export needs a GUI application object</source>
        <translation>tarmacctl : l&apos;export PDF demande un objet d&apos;application graphique</translation>
    </message>
    <message>
        <source>tarmacctl: unknown format &apos;%1&apos; (csv, md or pdf)</source>
        <translation>tarmacctl : format « %1 » inconnu (csv, md ou pdf)</translation>
    </message>
    <message>
        <source>tarmacctl: cannot find %1 beside %2 or in %3; the installation is incomplete</source>
        <translation>tarmacctl : %1 est introuvable à côté de %2 et dans %3 ; l’installation est incomplète</translation>
    </message>
    <message>
        <source>tarmacctl: cannot run %1: %2</source>
        <translation>tarmacctl : impossible d’exécuter %1 : %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::Ctl::PlatformOptions</name>
    <message>
        <source>The platform&apos;s URL (default: $TARMAC_PLATFORM).</source>
        <translation>L’URL de la plateforme (par défaut : $TARMAC_PLATFORM).</translation>
    </message>
    <message>
        <source>Trust this PEM CA certificate too (for a platform with a private CA).</source>
        <translation>Approuver aussi ce certificat d’autorité PEM (pour une plateforme avec une CA privée).</translation>
    </message>
    <message>
        <source>no platform: pass --platform URL or set TARMAC_PLATFORM</source>
        <translation>aucune plateforme : passez --platform URL ou définissez TARMAC_PLATFORM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>« %1 » n’est pas une URL http ou https</translation>
    </message>
    <message>
        <source>cannot read the CA certificate %1: %2</source>
        <translation>impossible de lire le certificat d’autorité %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>le trousseau</translation>
    </message>
    <message>
        <source>none (the keychain has no token for %1)</source>
        <translation>aucun (le trousseau n’a pas de jeton pour %1)</translation>
    </message>
    <message>
        <source>none (keychain: %1)</source>
        <translation>aucun (trousseau : %1)</translation>
    </message>
</context>
<context>
    <name>Tarmac::DeployPage</name>
    <message>
        <source>&amp;Register service…</source>
        <translation>&amp;Enregistrer un service…</translation>
    </message>
    <message>
        <source>a time stamp when empty</source>
        <translation>un horodatage si vide</translation>
    </message>
    <message>
        <source>optional: the generated service&apos;s folder</source>
        <translation>facultatif : le dossier du service généré</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Déployer…</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>B&amp;undle:</source>
        <translation>&amp;Lot :</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>No deployment followed yet.</source>
        <translation>Aucun déploiement suivi pour l’instant.</translation>
    </message>
    <message>
        <source>&amp;Cancel deployment</source>
        <translation>&amp;Annuler le déploiement</translation>
    </message>
    <message>
        <source>The log of the deployment you follow appears here.</source>
        <translation>Le journal du déploiement que vous suivez s’affiche ici.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Tous les environnements</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Roll &amp;back to this…</source>
        <translation>&amp;Revenir à cette version…</translation>
    </message>
    <message>
        <source>Deploy again the last successful release before the selected deployment</source>
        <translation>Redéployer la dernière version réussie antérieure au déploiement sélectionné</translation>
    </message>
    <message>
        <source>Mark &amp;incident…</source>
        <translation>Signaler un &amp;incident…</translation>
    </message>
    <message>
        <source>Re&amp;solve incidents</source>
        <translation>&amp;Résoudre les incidents</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actu&amp;aliser</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Bundle folder</source>
        <translation>Dossier du lot</translation>
    </message>
    <message>
        <source>The platform does not answer: showing cached data, from %1.</source>
        <translation>La plateforme ne répond pas : affichage des données en cache du %1.</translation>
    </message>
    <message>
        <source>The platform does not answer; what you see is cached, from %1. Check the platform, then retry.</source>
        <translation>La plateforme ne répond pas ; ce que vous voyez provient du cache, du %1. Vérifiez la plateforme, puis réessayez.</translation>
    </message>
    <message>
        <source>Deploy %1 version %2 to %3.</source>
        <translation>Déployer %1 version %2 vers %3.</translation>
    </message>
    <message>
        <source>No bundle: the deployer runs the service&apos;s registered run command.</source>
        <translation>Aucun lot : le déployeur exécute la commande de lancement enregistrée du service.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from %1; nothing deployed from this workbench to compare with.</source>
        <translation>
            <numerusform>%n fichier de %1 ; rien n’a été déployé depuis cet atelier pour comparer.</numerusform>
            <numerusform>%n fichiers de %1 ; rien n’a été déployé depuis cet atelier pour comparer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ from the bundle last deployed there:</source>
        <translation>
            <numerusform>%n fichier diffère du dernier lot déployé à cet endroit :</numerusform>
            <numerusform>%n fichiers diffèrent du dernier lot déployé à cet endroit :</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Cannot read the bundle: %1. Choose another folder, or none.</source>
        <translation>Impossible de lire le lot : %1. Choisissez un autre dossier, ou aucun.</translation>
    </message>
    <message>
        <source>Deploy %1?</source>
        <translation>Déployer %1 ?</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <source>Asking the platform to deploy %1…</source>
        <translation>Demande de déploiement de %1 à la plateforme…</translation>
    </message>
    <message>
        <source>Not deployed.</source>
        <translation>Non déployé.</translation>
    </message>
    <message>
        <source>Deployment %1: queued</source>
        <translation>Déploiement %1 : en file d’attente</translation>
    </message>
    <message>
        <source>Deployment %1: %2</source>
        <translation>Déploiement %1 : %2</translation>
    </message>
    <message>
        <source>Deployment %1: %2 (%3)</source>
        <translation>Déploiement %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>-- the event stream was interrupted (%1); resuming, attempt %2</source>
        <translation>-- le flux d’événements a été interrompu (%1) ; reprise, tentative %2</translation>
    </message>
    <message>
        <source>Lost the progress of deployment %1: %2</source>
        <translation>Progression du déploiement %1 perdue : %2</translation>
    </message>
    <message>
        <source>-- cancellation requested</source>
        <translation>-- annulation demandée</translation>
    </message>
    <message>
        <source>Roll back?</source>
        <translation>Revenir en arrière ?</translation>
    </message>
    <message>
        <source>Roll %1 in %2 back to the last successful release before %3?</source>
        <translation>Ramener %1 dans %2 à la dernière version réussie antérieure à %3 ?</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Revenir en arrière</translation>
    </message>
    <message>
        <source>Mark incident</source>
        <translation>Signaler un incident</translation>
    </message>
    <message>
        <source>What went wrong after deployment %1?</source>
        <translation>Qu’est-ce qui s’est mal passé après le déploiement %1 ?</translation>
    </message>
    <message>
        <source>Incident &quot;%1&quot; opened and attributed to deployment %2.</source>
        <translation>Incident « %1 » ouvert et attribué au déploiement %2.</translation>
    </message>
    <message>
        <source>Deployment %1 has no open incident.</source>
        <translation>Le déploiement %1 n’a aucun incident ouvert.</translation>
    </message>
    <message>
        <source>The incidents of deployment %1 are resolved.</source>
        <translation>Les incidents du déploiement %1 sont résolus.</translation>
    </message>
    <message>
        <source>Register a service</source>
        <translation>Enregistrer un service</translation>
    </message>
    <message>
        <source>the golden-path template it was generated from</source>
        <translation>le modèle golden path à partir duquel il a été généré</translation>
    </message>
    <message>
        <source>how the local deployer starts it, e.g. ./run.sh</source>
        <translation>comment le déployeur local le démarre, p. ex. ./run.sh</translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:8080/healthz</source>
        <translation>facultatif, p. ex. http://127.0.0.1:8080/healthz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Run command:</source>
        <translation>Commande de &amp;lancement :</translation>
    </message>
    <message>
        <source>&amp;Health URL:</source>
        <translation>URL de &amp;santé :</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 vers %2 : %3</translation>
    </message>
    <message>
        <source>Cannot tell which commit was last deployed to %1: %2</source>
        <translation>Impossible de savoir quel commit a été déployé en dernier vers %1 : %2</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Changements :</translation>
    </message>
    <message>
        <source>Deployed %1 to %2</source>
        <translation>%1 déployé vers %2</translation>
    </message>
    <message>
        <source>Deployment of %1 to %2 cancelled</source>
        <translation>Déploiement de %1 vers %2 annulé</translation>
    </message>
    <message>
        <source>Deployment of %1 to %2 failed</source>
        <translation>Échec du déploiement de %1 vers %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::DeploymentChanges</name>
    <message>
        <source>The folder is not a git repository: no changes are sent, so lead time cannot be measured for this deployment.</source>
        <translation>Le dossier n’est pas un dépôt Git : aucun changement n’est envoyé, le délai de mise en production ne peut donc pas être mesuré pour ce déploiement.</translation>
    </message>
    <message>
        <source>The git repository cannot be read (%1): no changes are sent.</source>
        <translation>Impossible de lire le dépôt Git (%1) : aucun changement n’est envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) (first deployment here):</source>
        <translation>
            <numerusform>%n commit (premier déploiement ici) :</numerusform>
            <numerusform>%n commits (premier déploiement ici) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s); the commit last deployed here (%1) is not in this repository, so they are counted as for a first deployment:</source>
        <translation>
            <numerusform>%n commit ; le dernier commit déployé ici (%1) n’est pas dans ce dépôt, il est donc compté comme pour un premier déploiement :</numerusform>
            <numerusform>%n commits ; le dernier commit déployé ici (%1) n’est pas dans ce dépôt, ils sont donc comptés comme pour un premier déploiement :</numerusform>
        </translation>
    </message>
    <message>
        <source>No new commits since %1, which is already deployed here.</source>
        <translation>Aucun nouveau commit depuis %1, qui est déjà déployé ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) since %1, last deployed here:</source>
        <translation>
            <numerusform>%n commit depuis %1, le dernier déployé ici :</numerusform>
            <numerusform>%n commits depuis %1, le dernier déployé ici :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and older ones, left out (at most %n are sent).</source>
        <translation>
            <numerusform>… et d’autres plus anciens, omis (%n au plus est envoyé).</numerusform>
            <numerusform>… et d’autres plus anciens, omis (%n au plus sont envoyés).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::DeploymentStream</name>
    <message>
        <source>the event stream ended before the deployment finished</source>
        <translation>le flux d’événements s’est terminé avant la fin du déploiement</translation>
    </message>
</context>
<context>
    <name>Tarmac::DeploymentTray</name>
    <message>
        <source>&amp;Show Tarmac</source>
        <translation>&amp;Afficher Tarmac</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>No deployment running</source>
        <translation>Aucun déploiement en cours</translation>
    </message>
    <message>
        <source>Tarmac</source>
        <translation>Tarmac</translation>
    </message>
    <message numerus="yes">
        <source>Tarmac: %n deployment(s) running</source>
        <translation>
            <numerusform>Tarmac : %n déploiement en cours</numerusform>
            <numerusform>Tarmac : %n déploiements en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::DeploymentsModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>Tarmac::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error at line %1, column %2: %3</source>
        <translation>Erreur à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Warning at line %1, column %2: %3</source>
        <translation>Avertissement à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>Ligne:Col</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Tarmac::DiffView</name>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Unifié</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Diff layout</source>
        <translation>Disposition du diff</translation>
    </message>
    <message>
        <source>Unified diff</source>
        <translation>Diff unifié</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>%1 → %2: %3 added, %4 removed</source>
        <translation>%1 → %2 : %3 ajoutées, %4 supprimées</translation>
    </message>
</context>
<context>
    <name>Tarmac::DockerfileChecker</name>
    <message>
        <source>base image &apos;%1&apos; has no tag, so every build may get a different image; pin a version (name:1.2.3) or a digest (name@sha256:...)</source>
        <translation>l’image de base « %1 » n’a pas d’étiquette, donc chaque build peut obtenir une image différente ; fixez une version (name:1.2.3) ou un condensé (name@sha256:...)</translation>
    </message>
    <message>
        <source>base image &apos;%1&apos; uses the &apos;latest&apos; tag, so every build may get a different image; pin a version or a digest</source>
        <translation>l’image de base « %1 » utilise l’étiquette « latest », donc chaque build peut obtenir une image différente ; fixez une version ou un condensé</translation>
    </message>
    <message>
        <source>the final stage sets no USER, so the container runs as root; add a USER with a non-root user after the last FROM</source>
        <translation>la dernière étape ne définit pas de USER, donc le conteneur s’exécute en root ; ajoutez un USER avec un utilisateur non root après le dernier FROM</translation>
    </message>
    <message>
        <source>the container runs as root (USER %1); the final USER must be a non-root user</source>
        <translation>le conteneur s’exécute en root (USER %1) ; le dernier USER doit être un utilisateur non root</translation>
    </message>
</context>
<context>
    <name>Tarmac::Drift</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>changed: %1 (an override made on an older render; generate again to merge it)</source>
        <translation>modifié : %1 (une surcharge faite sur une génération plus ancienne ; générez à nouveau pour la fusionner)</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modifié : %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquant : %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>ajouté : %1</translation>
    </message>
    <message>
        <source>conflict: %1 still holds conflict markers</source>
        <translation>conflit : %1 contient encore des marqueurs de conflit</translation>
    </message>
    <message>
        <source>orphaned override: %1 is no longer produced by the template; the edit is kept</source>
        <translation>surcharge orpheline : %1 n’est plus produit par le modèle ; la modification est conservée</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1 : dossier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot render the service again:
%2</source>
        <translation>%1 : impossible de générer à nouveau le service :
%2</translation>
    </message>
    <message>
        <source>%1: override &apos;%2&apos; is not a path inside the folder</source>
        <translation>%1 : la surcharge « %2 » n’est pas un chemin à l’intérieur du dossier</translation>
    </message>
    <message>
        <source>%1: cannot render the service again</source>
        <translation>%1 : impossible de générer à nouveau le service</translation>
    </message>
    <message>
        <source>%1: %2 is not a file the template generates; only generated files have overrides</source>
        <translation>%1 : %2 n’est pas un fichier généré par le modèle ; seuls les fichiers générés ont des surcharges</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::EdgeItem</name>
    <message>
        <source>%1 calls %2</source>
        <translation>%1 appelle %2</translation>
    </message>
    <message>
        <source>%1 uses %2</source>
        <translation>%1 utilise %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::EnvironmentsModel</name>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Deployer</source>
        <translation>Déployeur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Tarmac::ExplainPanel</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1

This number covers %2.</source>
        <translation>%1

Ce nombre couvre %2.</translation>
    </message>
    <message>
        <source>Loading the records behind this number…</source>
        <translation>Chargement des enregistrements derrière ce nombre…</translation>
    </message>
    <message>
        <source>The records behind this number could not be loaded: %1</source>
        <translation>Impossible de charger les enregistrements derrière ce nombre : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) behind this number:</source>
        <translation>
            <numerusform>%n enregistrement derrière ce nombre :</numerusform>
            <numerusform>%n enregistrements derrière ce nombre :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::FindReplaceBar</name>
    <message>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>Fermer Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Expression non valide : %1</translation>
    </message>
    <message>
        <source>Continued from the end</source>
        <translation>Reprise depuis la fin</translation>
    </message>
    <message>
        <source>Continued from the top</source>
        <translation>Reprise depuis le début</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::GoToLineBar</name>
    <message>
        <source>Go to line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>Go to line:</source>
        <translation>Aller à la ligne :</translation>
    </message>
    <message>
        <source>Line and column</source>
        <translation>Ligne et colonne</translation>
    </message>
    <message>
        <source>line or line:column</source>
        <translation>ligne ou ligne:colonne</translation>
    </message>
    <message>
        <source>Go to line hint</source>
        <translation>Indication pour Aller à la ligne</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close go to line</source>
        <translation>Fermer Aller à la ligne</translation>
    </message>
    <message>
        <source>1 to %1</source>
        <translation>1 à %1</translation>
    </message>
    <message>
        <source>Type a line from 1 to %1, optionally with :column</source>
        <translation>Saisissez une ligne de 1 à %1, éventuellement avec :colonne</translation>
    </message>
</context>
<context>
    <name>Tarmac::GraphLayout</name>
    <message>
        <source>Graphviz could not lay out the composition (is its dot layout plugin installed?)</source>
        <translation>Graphviz n’a pas pu disposer la composition (son greffon de disposition dot est-il installé ?)</translation>
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
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
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
    <message>
        <source>La&amp;nguage</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>Tarmac will follow the system&apos;s language from its next start.</source>
        <translation>Tarmac suivra la langue du système à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>Tarmac will be in %1 from its next start.</source>
        <translation>Tarmac sera en %1 à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>The token for %1 is kept in your keychain.</source>
        <translation>Le jeton pour %1 est conservé dans votre trousseau.</translation>
    </message>
    <message>
        <source>The token for %1 is kept for this session only.</source>
        <translation>Le jeton pour %1 n’est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation>C&amp;onnexions…</translation>
    </message>
    <message>
        <source>Set &amp;Token…</source>
        <translation>Définir le &amp;jeton…</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 n’existe plus</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer le menu</translation>
    </message>
    <message>
        <source>Platform Token</source>
        <translation>Jeton de la plateforme</translation>
    </message>
    <message>
        <source>The API token for %1 (from tarmacd token create, or your platform team). It is kept in your system&apos;s keychain:</source>
        <translation>Le jeton d’API pour %1 (de tarmacd token create, ou de votre équipe plateforme). Il est conservé dans le trousseau de votre système :</translation>
    </message>
    <message>
        <source>No keychain is available here (%1), so a token cannot be stored. Enter the API token for %2 to use it for this session only; it is never written to a file:</source>
        <translation>Aucun trousseau n’est disponible ici (%1) : aucun jeton ne peut donc être conservé. Saisissez le jeton d’API pour %2 pour l’utiliser uniquement pendant cette session ; il n’est jamais écrit dans un fichier :</translation>
    </message>
    <message>
        <source>no Secret Service</source>
        <translation>pas de Secret Service</translation>
    </message>
    <message>
        <source>Tarmac is still watching</source>
        <translation>Tarmac continue de surveiller</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) running; you will be told when they end. Quit from this icon&apos;s menu.</source>
        <translation>
            <numerusform>%n déploiement en cours ; une notification vous préviendra quand il se terminera. Quittez Tarmac depuis le menu de cette icône.</numerusform>
            <numerusform>%n déploiements en cours ; une notification vous préviendra quand ils se termineront. Quittez Tarmac depuis le menu de cette icône.</numerusform>
        </translation>
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
        <source>&apos;each&apos; is %1; expected a list, a mapping or an expression giving one</source>
        <translation>« each » est %1 ; attendu : une liste, un mappage ou une expression qui en produit un</translation>
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
    <message>
        <source>&apos;platform-evidence&apos; of &apos;%1&apos; names &apos;%2&apos;; the platform measures %3</source>
        <translation>« platform-evidence » de « %1 » nomme « %2 » ; la plateforme mesure %3</translation>
    </message>
</context>
<context>
    <name>Tarmac::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics</name>
    <message>
        <source>Golden-path share</source>
        <translation>Part golden path</translation>
    </message>
    <message>
        <source>Deployments from Tarmac</source>
        <translation>Déploiements depuis Tarmac</translation>
    </message>
    <message>
        <source>Deployments from other systems</source>
        <translation>Déploiements depuis d’autres systèmes</translation>
    </message>
    <message>
        <source>Active deployers</source>
        <translation>Déployeurs actifs</translation>
    </message>
    <message>
        <source>Services created</source>
        <translation>Services créés</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation>(aucun modèle)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>up to 1 day</source>
        <translation>jusqu’à 1 jour</translation>
    </message>
    <message>
        <source>1-3 days</source>
        <translation>1 à 3 jours</translation>
    </message>
    <message>
        <source>3-7 days</source>
        <translation>3 à 7 jours</translation>
    </message>
    <message>
        <source>1-2 weeks</source>
        <translation>1 à 2 semaines</translation>
    </message>
    <message>
        <source>2-4 weeks</source>
        <translation>2 à 4 semaines</translation>
    </message>
    <message>
        <source>over 30 days</source>
        <translation>plus de 30 jours</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Deployment frequency</source>
        <translation>Fréquence de déploiement</translation>
    </message>
    <message>
        <source>Lead time for changes (median)</source>
        <translation>Délai de mise en production des changements (médiane)</translation>
    </message>
    <message>
        <source>Lead time for changes (p90)</source>
        <translation>Délai de mise en production des changements (p90)</translation>
    </message>
    <message>
        <source>Change failure rate</source>
        <translation>Taux d’échec des changements</translation>
    </message>
    <message>
        <source>Failed deployment recovery time</source>
        <translation>Temps de restauration après un déploiement en échec</translation>
    </message>
    <message>
        <source>Time to restore service</source>
        <translation>Temps de restauration du service</translation>
    </message>
    <message>
        <source>Deployment rework rate</source>
        <translation>Taux de reprise des déploiements</translation>
    </message>
    <message>
        <source>deployments</source>
        <translation>déploiements</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Successful deployments to a production environment, counted in the bucket of their finish time. Its band comes from the median, over the weeks of the range, of the number of distinct days with a deployment in that week.</source>
        <translation>Déploiements réussis vers un environnement de production, comptés dans l’intervalle de leur heure de fin. Son niveau vient de la médiane, sur les semaines de la période, du nombre de jours distincts comportant un déploiement dans la semaine.</translation>
    </message>
    <message>
        <source>For each change: the finish time of the first successful production deployment that contains it, minus the change&apos;s commit time, in the bucket of that deployment. The median is the middle value (or the mean of the two middle values); p90 is the nearest rank, the ceil(0.9 n)-th smallest. Non-positive lead times are left out and reported as a data-quality warning.</source>
        <translation>Pour chaque changement : l’heure de fin du premier déploiement en production réussi qui le contient, moins l’heure de commit du changement, dans l’intervalle de ce déploiement. La médiane est la valeur du milieu (ou la moyenne des deux valeurs du milieu) ; p90 est le rang le plus proche, la ceil(0.9 n)-ième plus petite valeur. Les délais non positifs sont exclus et signalés comme avertissement de qualité des données.</translation>
    </message>
    <message>
        <source>Failed deployments divided by deployments, in the bucket of the deployment&apos;s finish time. A deployment failed when an incident is attributed to it, or when the next deployment of the same service and environment is a rollback or a hotfix. An incident without an explicit attribution goes to the service&apos;s latest deployment before it opened, within the attribution window; otherwise it stays unattributed.</source>
        <translation>Déploiements en échec divisés par les déploiements, dans l’intervalle de l’heure de fin du déploiement. Un déploiement a échoué lorsqu’un incident lui est attribué, ou lorsque le déploiement suivant du même service dans le même environnement est un retour arrière ou un correctif urgent. Un incident sans attribution explicite revient au dernier déploiement du service avant son ouverture, dans la fenêtre d’attribution ; sinon, il reste non attribué.</translation>
    </message>
    <message>
        <source>For each failed deployment: the latest resolution of its attributed incidents, or else the finish of its remediating deployment, minus its finish time; the median per bucket. Failures not yet recovered are counted as open, not timed.</source>
        <translation>Pour chaque déploiement en échec : la dernière résolution de ses incidents attribués, ou à défaut la fin de son déploiement correctif, moins son heure de fin ; la médiane par intervalle. Les échecs pas encore rétablis sont comptés comme ouverts, non chronométrés.</translation>
    </message>
    <message>
        <source>For each incident: resolved minus opened, in the bucket of its opening time; the median per bucket. Unresolved incidents are counted, not timed.</source>
        <translation>Pour chaque incident : résolution moins ouverture, dans l’intervalle de son heure d’ouverture ; la médiane par intervalle. Les incidents non résolus sont comptés, non chronométrés.</translation>
    </message>
    <message>
        <source>Deployments with the intent hotfix or rollback divided by all deployments, per bucket.</source>
        <translation>Déploiements avec l’intention hotfix ou rollback divisés par l’ensemble des déploiements, par intervalle.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics::BandTableModel</name>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>&gt;= %1</source>
        <translation>&gt;= %1</translation>
    </message>
    <message>
        <source>Deployment frequency (median deploy-days)</source>
        <translation>Fréquence de déploiement (médiane des jours avec déploiement)</translation>
    </message>
    <message>
        <source>&gt;= %1 per week</source>
        <translation>&gt;= %1 par semaine</translation>
    </message>
    <message>
        <source>&gt;= %1 per month</source>
        <translation>&gt;= %1 par mois</translation>
    </message>
    <message>
        <source>less</source>
        <translation>moins</translation>
    </message>
    <message>
        <source>Lead time (median)</source>
        <translation>Délai (médiane)</translation>
    </message>
    <message>
        <source>Change failure rate</source>
        <translation>Taux d’échec des changements</translation>
    </message>
    <message>
        <source>&lt;= %1</source>
        <translation>&lt;= %1</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>Failed deployment recovery time (median)</source>
        <translation>Temps de restauration après un déploiement en échec (médiane)</translation>
    </message>
    <message>
        <source>Metric (%1 report)</source>
        <translation>Métrique (rapport %1)</translation>
    </message>
    <message>
        <source>Elite</source>
        <translation>Élite</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics::CategoryCountModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics::DrillDownModel</name>
    <message>
        <source>failed, not recovered yet</source>
        <translation>en échec, pas encore rétabli</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>hotfix or rollback</source>
        <translation>correctif urgent ou retour arrière</translation>
    </message>
    <message>
        <source>not recovered yet: counted, not timed</source>
        <translation>pas encore rétabli : compté, non chronométré</translation>
    </message>
    <message>
        <source>left out: shipped at or before its commit time</source>
        <translation>exclu : livré à son heure de commit ou avant</translation>
    </message>
    <message>
        <source>unattributed: no deployment within the attribution window</source>
        <translation>non attribué : aucun déploiement dans la fenêtre d’attribution</translation>
    </message>
    <message>
        <source>unattributed: fails no deployment</source>
        <translation>non attribué : ne met aucun déploiement en échec</translation>
    </message>
    <message>
        <source>opened in this period</source>
        <translation>ouvert durant cette période</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shipped at or before their commit time were left out.</source>
        <translation>
            <numerusform>%n changement livré à son heure de commit ou avant a été exclu.</numerusform>
            <numerusform>%n changements livrés à leur heure de commit ou avant ont été exclus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) had no deployment within the attribution window: they fail no deployment.</source>
        <translation>
            <numerusform>%n incident n’avait aucun déploiement dans la fenêtre d’attribution : il ne met aucun déploiement en échec.</numerusform>
            <numerusform>%n incidents n’avaient aucun déploiement dans la fenêtre d’attribution : ils ne mettent aucun déploiement en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed deployment(s) have not recovered yet: counted, not timed.</source>
        <translation>
            <numerusform>%n déploiement en échec n’est pas encore rétabli : compté, non chronométré.</numerusform>
            <numerusform>%n déploiements en échec ne sont pas encore rétablis : comptés, non chronométrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>shipped no change</source>
        <translation>aucun changement livré</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) shipped no change: they count as deployments but add nothing to lead time.</source>
        <translation>
            <numerusform>%n déploiement n’a livré aucun changement : il compte comme déploiement mais n’ajoute rien au délai de mise en production.</numerusform>
            <numerusform>%n déploiements n’ont livré aucun changement : ils comptent comme déploiements mais n’ajoutent rien au délai de mise en production.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics::MetricSummaryModel</name>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>better than the previous period</source>
        <translation>meilleur que la période précédente</translation>
    </message>
    <message>
        <source>worse than the previous period</source>
        <translation>moins bon que la période précédente</translation>
    </message>
    <message>
        <source>about the same as the previous period</source>
        <translation>à peu près comme la période précédente</translation>
    </message>
    <message>
        <source>no previous period to compare</source>
        <translation>aucune période précédente à comparer</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics::MetricsFetcher</name>
    <message>
        <source>The platform&apos;s DORA metrics are malformed: %1</source>
        <translation>Les métriques DORA de la plateforme sont mal formées : %1</translation>
    </message>
    <message>
        <source>The platform&apos;s adoption metrics are malformed: %1</source>
        <translation>Les métriques d’adoption de la plateforme sont mal formées : %1</translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics::QuickCheckModel</name>
    <message>
        <source>Lead time for changes (median)</source>
        <translation>Délai de mise en production des changements (médiane)</translation>
    </message>
    <message>
        <source>Deployment frequency (average time between deployments)</source>
        <translation>Fréquence de déploiement (temps moyen entre deux déploiements)</translation>
    </message>
    <message>
        <source>Failed deployment recovery time (median)</source>
        <translation>Temps de restauration après un déploiement en échec (médiane)</translation>
    </message>
    <message>
        <source>Change fail rate</source>
        <translation>Taux d’échec des changements</translation>
    </message>
    <message>
        <source>Deployment rework rate</source>
        <translation>Taux de reprise des déploiements</translation>
    </message>
    <message>
        <source>nothing to measure</source>
        <translation>rien à mesurer</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Quick Check answer</source>
        <translation>Réponse du Quick Check</translation>
    </message>
    <message>
        <source>Score (0-10)</source>
        <translation>Score (0–10)</translation>
    </message>
    <message>
        <source>Benchmark %1, all industries (mean ± sd)</source>
        <translation>Référence %1, tous secteurs (moyenne ± écart type)</translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics::TimeValueModel</name>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Tarmac::MetricsPage</name>
    <message>
        <source>Elite</source>
        <translation>Élite</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>DORA</source>
        <translation>DORA</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Périmètre :</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Intervalle :</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>&amp;Année du rapport :</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>metrics-report.pdf</source>
        <translation>metrics-report.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Explain this number</source>
        <translation>Expliquer ce nombre</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Golden-path share</source>
        <translation>Part golden path</translation>
    </message>
    <message>
        <source>% of services</source>
        <translation>% des services</translation>
    </message>
    <message>
        <source>Services per template and version</source>
        <translation>Services par modèle et version</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>Time to first deploy</source>
        <translation>Délai avant le premier déploiement</translation>
    </message>
    <message>
        <source>Active deployers (a count, never names)</source>
        <translation>Déployeurs actifs (un nombre, jamais de noms)</translation>
    </message>
    <message>
        <source>deployers</source>
        <translation>déployeurs</translation>
    </message>
    <message>
        <source>Where deployments come from</source>
        <translation>Origine des déploiements</translation>
    </message>
    <message>
        <source>deployments</source>
        <translation>déploiements</translation>
    </message>
    <message>
        <source>Template usage over time</source>
        <translation>Utilisation des modèles dans le temps</translation>
    </message>
    <message>
        <source>DORA for golden-path services and the rest</source>
        <translation>DORA pour les services golden path et les autres</translation>
    </message>
    <message>
        <source>Golden path</source>
        <translation>Golden path</translation>
    </message>
    <message>
        <source>The rest</source>
        <translation>Les autres</translation>
    </message>
    <message>
        <source>The range ends before it starts: pick a later end date.</source>
        <translation>La période se termine avant de commencer : choisissez une date de fin plus tardive.</translation>
    </message>
    <message>
        <source>Offline: showing figures cached %1</source>
        <translation>Hors ligne : affichage des chiffres mis en cache %1</translation>
    </message>
    <message>
        <source>No deployments or incidents in this range for this scope.</source>
        <translation>Aucun déploiement ni incident sur cette période pour ce périmètre.</translation>
    </message>
    <message>
        <source>better</source>
        <translation>meilleur</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>moins bon</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>%1
Previous period: %2
Click to explain this number.</source>
        <translation>%1
Période précédente : %2
Cliquez pour expliquer ce nombre.</translation>
    </message>
    <message>
        <source>%1 teams onboarded · %2 services, %3 from templates · %4 behind their template&apos;s newest version · golden-path share %5 · median time to first deploy %6</source>
        <translation>%1 équipes intégrées · %2 services, dont %3 issus de modèles · %4 en retard sur la dernière version de leur modèle · part golden path %5 · délai médian avant le premier déploiement %6</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>No services in this scope yet.</source>
        <translation>Aucun service dans ce périmètre pour l’instant.</translation>
    </message>
    <message>
        <source>Could not load: see the message above.</source>
        <translation>Chargement impossible : voir le message ci-dessus.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Tarmac metrics report</source>
        <translation>Rapport de métriques Tarmac</translation>
    </message>
    <message>
        <source>Delivery metrics: %1, %2 to %3, by %4</source>
        <translation>Métriques de livraison : %1, du %2 au %3, par %4</translation>
    </message>
    <message>
        <source>DORA Quick Check</source>
        <translation>DORA Quick Check</translation>
    </message>
    <message>
        <source>The measured figures of the whole range placed in the answers of the DORA Quick Check (%1 edition) and scored as it scores them: an answer from 0 (worst) to 10, a percentage p as (100 - p) / 10; throughput is the mean of lead time, deployment frequency and recovery time, stability of change fail and rework rates. Deployment frequency is read as the average time between deployments, and the limits between answers from the answers&apos; own words. Benchmark: the Quick Check&apos;s published figures for all industries. Source: %2</source>
        <translation>Les valeurs mesurées sur toute la période, placées dans les réponses du DORA Quick Check (édition %1) et notées comme il les note : une réponse de 0 (la pire) à 10, un pourcentage p comme (100 - p) / 10 ; le débit est la moyenne du délai de mise en production, de la fréquence de déploiement et du temps de restauration, la stabilité celle du taux d’échec des changements et du taux de reprise. La fréquence de déploiement est lue comme le temps moyen entre deux déploiements, et les limites entre réponses d’après le libellé des réponses. Référence : les chiffres publiés par le Quick Check pour tous secteurs. Source : %2</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>pas assez de données</translation>
    </message>
    <message>
        <source>Software delivery throughput: %1 of 10 · stability: %2 of 10</source>
        <translation>Débit de livraison logicielle : %1 sur 10 · stabilité : %2 sur 10</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translation>Aucun chiffre : %1</translation>
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
    <name>Tarmac::NodeItem</name>
    <message>
        <source>Service %1, %2</source>
        <translation>Service %1, %2</translation>
    </message>
    <message>
        <source>Resource %1, %2</source>
        <translation>Ressource %1, %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::Overrides</name>
    <message>
        <source>%1: cannot merge the edit with the new render: %2</source>
        <translation>%1 : impossible de fusionner la modification avec la nouvelle génération : %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>%1: the override&apos;s base (%2) cannot be read: %3</source>
        <translation>%1 : impossible de lire la base de la surcharge (%2) : %3</translation>
    </message>
    <message>
        <source>%1: the overridden file cannot be read: %2</source>
        <translation>%1 : impossible de lire le fichier surchargé : %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
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
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::PlatformConnectionsModel</name>
    <message>
        <source>Local platform</source>
        <translation>Plateforme locale</translation>
    </message>
    <message>
        <source>Name: give the connection a name.</source>
        <translation>Nom : donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>Address: enter the platform&apos;s URL, for example https://platform.example.org.</source>
        <translation>Adresse : saisissez l’URL de la plateforme, par exemple https://platform.example.org.</translation>
    </message>
    <message>
        <source>Address: &quot;%1&quot; is not a URL (%2).</source>
        <translation>Adresse : « %1 » n’est pas une URL (%2).</translation>
    </message>
    <message>
        <source>Address: &quot;%1&quot; must start with https:// (or http:// on this machine).</source>
        <translation>Adresse : « %1 » doit commencer par https:// (ou http:// sur cette machine).</translation>
    </message>
    <message>
        <source>Address: &quot;%1&quot; has no host name.</source>
        <translation>Adresse : « %1 » n’a pas de nom d’hôte.</translation>
    </message>
    <message>
        <source>Address: plain http:// would send the token unencrypted to %1; use https://, or http:// only for this machine (127.0.0.1, localhost).</source>
        <translation>Adresse : un simple http:// enverrait le jeton en clair à %1 ; utilisez https://, ou http:// uniquement pour cette machine (127.0.0.1, localhost).</translation>
    </message>
    <message>
        <source>CA certificate: the file %1 does not exist.</source>
        <translation>Certificat d’autorité : le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Name: another connection is already called &quot;%1&quot;.</source>
        <translation>Nom : une autre connexion s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>Address: the connection &quot;%1&quot; already uses %2.</source>
        <translation>Adresse : la connexion « %1 » utilise déjà %2.</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (utilisée)</translation>
    </message>
    <message>
        <source>started by the workbench</source>
        <translation>démarrée par l’atelier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d’autorité</translation>
    </message>
</context>
<context>
    <name>Tarmac::PlatformEvidencePanel</name>
    <message>
        <source>Platform evidence</source>
        <translation>Preuves de la plateforme</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Measure again on the platform</source>
        <translation>Mesurer à nouveau sur la plateforme</translation>
    </message>
    <message>
        <source>No platform is connected: connect one to see what it measures here.</source>
        <translation>Aucune plateforme n’est connectée : connectez-en une pour voir ici ce qu’elle mesure.</translation>
    </message>
    <message>
        <source>The platform measures the whole organisation and teams; name the team (or choose the organisation) to see its figures.</source>
        <translation>La plateforme mesure l’organisation entière et les équipes ; indiquez l’équipe (ou choisissez l’organisation) pour voir ses chiffres.</translation>
    </message>
    <message>
        <source>%1, %2, %3 to %4</source>
        <translation>%1, %2, du %3 au %4</translation>
    </message>
    <message>
        <source>Measuring %1 on the platform…</source>
        <translation>Mesure de %1 sur la plateforme…</translation>
    </message>
    <message>
        <source>The platform could not be asked: %1</source>
        <translation>Impossible d’interroger la plateforme : %1</translation>
    </message>
    <message>
        <source>The platform does not answer: these are its figures as cached at %1, for %2 over the last %3 days.</source>
        <translation>La plateforme ne répond pas : voici ses chiffres mis en cache le %1, pour %2 sur les %3 derniers jours.</translation>
    </message>
    <message>
        <source>Measured at %1 for %2 over the last %3 days.</source>
        <translation>Mesuré le %1 pour %2 sur les %3 derniers jours.</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Keep this figure in the session as evidence, with its source and time</source>
        <translation>Conserver ce chiffre dans la session comme preuve, avec sa source et son heure</translation>
    </message>
    <message>
        <source>%1 (offline cache)</source>
        <translation>%1 (cache hors ligne)</translation>
    </message>
    <message>
        <source>Attach platform evidence</source>
        <translation>Joindre une preuve de la plateforme</translation>
    </message>
</context>
<context>
    <name>Tarmac::PlatformFigure</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
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
    <name>Tarmac::PlatformSwitcher</name>
    <message>
        <source>cannot read the CA certificate file %1: %2</source>
        <translation>impossible de lire le fichier de certificat d’autorité %1 : %2</translation>
    </message>
    <message>
        <source>the CA certificate file %1 holds no PEM certificate</source>
        <translation>le fichier de certificat d’autorité %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>The platform answers: status %1, version %2.</source>
        <translation>La plateforme répond : état %1, version %2.</translation>
    </message>
    <message>
        <source>There is no token for it yet: enter one.</source>
        <translation>Il n’y a pas encore de jeton pour elle : saisissez-en un.</translation>
    </message>
    <message>
        <source>The token is accepted.</source>
        <translation>Le jeton est accepté.</translation>
    </message>
</context>
<context>
    <name>Tarmac::PlatformTemplateSource</name>
    <message>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <source>platform: %1</source>
        <translation>plateforme : %1</translation>
    </message>
    <message>
        <source>%1: fetching templates…</source>
        <translation>%1 : récupération des modèles…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n template(s)</source>
        <translation>
            <numerusform>%1 : %n modèle</numerusform>
            <numerusform>%1 : %n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot fetch templates: %2 Templates fetched before are still shown.</source>
        <translation>%1 : impossible de récupérer les modèles : %2 Les modèles récupérés auparavant restent affichés.</translation>
    </message>
    <message>
        <source>the platform sent a template named &apos;%1&apos;, which cannot be a folder name</source>
        <translation>la plateforme a envoyé un modèle nommé « %1 », qui ne peut pas être un nom de dossier</translation>
    </message>
    <message>
        <source>cannot write the templates to %1: %2</source>
        <translation>impossible d&apos;écrire les modèles dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::PortRules</name>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>il n’y a pas de nœud « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot connect to itself</source>
        <translation>« %1 » ne peut pas se connecter à lui-même</translation>
    </message>
    <message>
        <source>two resources (&apos;%1&apos; and &apos;%2&apos;) cannot be connected; connect each to a service</source>
        <translation>deux ressources (« %1 » et « %2 ») ne peuvent pas être connectées ; connectez chacune à un service</translation>
    </message>
    <message>
        <source>a connection starts at a service, not at the resource &apos;%1&apos;</source>
        <translation>une connexion part d’un service, pas de la ressource « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a service: a service calls another service, it does not use it</source>
        <translation>« %1 » est un service : un service appelle un autre service, il ne l’utilise pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a resource: a service uses a resource, it does not call it</source>
        <translation>« %1 » est une ressource : un service utilise une ressource, il ne l’appelle pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already connected to &apos;%2&apos;</source>
        <translation>« %1 » est déjà connecté à « %2 »</translation>
    </message>
    <message>
        <source>the template &apos;%1&apos; of &apos;%2&apos; is not in the catalog, so the resources it takes are unknown</source>
        <translation>le modèle « %1 » de « %2 » n’est pas dans le catalogue, donc les ressources qu’il accepte sont inconnues</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) takes no resources</source>
        <translation>« %1 » (%2) n’accepte aucune ressource</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) takes %3, not %4</source>
        <translation>« %1 » (%2) accepte %3, pas %4</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3</source>
        <translation>%1 -&gt; %2 : %3</translation>
    </message>
</context>
<context>
    <name>Tarmac::PresenterView</name>
    <message>
        <source>Tarmac: presenter view</source>
        <translation>Tarmac : vue de présentation</translation>
    </message>
    <message>
        <source>→ next   ← previous   R reveal   Esc leave</source>
        <translation>→ suivante   ← précédente   R révéler   Échap quitter</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 have voted</source>
        <translation>
            <numerusform>%n sur %1 a voté</numerusform>
            <numerusform>%n sur %1 ont voté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>median %1 (%2), interquartile range %3</source>
        <translation>médiane %1 (%2), écart interquartile %3</translation>
    </message>
    <message numerus="yes">
        <source>%n don&apos;t know</source>
        <translation>
            <numerusform>%n ne sait pas</numerusform>
            <numerusform>%n ne savent pas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n sans objet</numerusform>
            <numerusform>%n sans objet</numerusform>
        </translation>
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
    <name>Tarmac::ServiceRecord</name>
    <message>
        <source>%1: expected a service record (a YAML mapping)</source>
        <translation>%1 : attendu : une fiche de service (un mappage YAML)</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <source>%1: expected apiVersion %2 and kind %3</source>
        <translation>%1 : attendu : apiVersion %2 et kind %3</translation>
    </message>
    <message>
        <source>%1: id, template.name and template.version are required</source>
        <translation>%1 : id, template.name et template.version sont obligatoires</translation>
    </message>
    <message>
        <source>%1: no service record; the folder was not generated by Tarmac, or its record was removed</source>
        <translation>%1 : aucune fiche de service ; le dossier n’a pas été généré par Tarmac, ou sa fiche a été supprimée</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>template %1 version %2 is not available (the catalog has version %3)</source>
        <translation>le modèle %1 version %2 n’est pas disponible (le catalogue a la version %3)</translation>
    </message>
    <message>
        <source>no template named &apos;%1&apos;</source>
        <translation>aucun modèle nommé « %1 »</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: %2</source>
        <translation>service « %1 » : %2</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;, resource &apos;%2&apos;: %3</source>
        <translation>service « %1 », ressource « %2 » : %3</translation>
    </message>
    <message>
        <source>template %1 is not a resource template</source>
        <translation>le modèle %1 n’est pas un modèle de ressource</translation>
    </message>
</context>
<context>
    <name>Tarmac::ServiceRepository</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>erreur libgit2 inconnue</translation>
    </message>
    <message>
        <source>the author &apos;%1 &lt;%2&gt;&apos; is not valid: %3</source>
        <translation>l’auteur « %1 &lt;%2&gt; » n’est pas valide : %3</translation>
    </message>
    <message>
        <source>no author: set user.name and user.email in git config, or give a name and e-mail address</source>
        <translation>aucun auteur : définissez user.name et user.email dans la configuration Git, ou indiquez un nom et une adresse e-mail</translation>
    </message>
    <message>
        <source>cannot stage the files: %1</source>
        <translation>impossible d’indexer les fichiers : %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>commit impossible : %1</translation>
    </message>
    <message>
        <source>%1 is not a git repository: %2</source>
        <translation>%1 n’est pas un dépôt Git : %2</translation>
    </message>
    <message>
        <source>%1 is already a git repository</source>
        <translation>%1 est déjà un dépôt Git</translation>
    </message>
    <message>
        <source>cannot create a git repository in %1: %2</source>
        <translation>impossible de créer un dépôt Git dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot add the remote &apos;%1&apos;: %2</source>
        <translation>impossible d’ajouter le dépôt distant « %1 » : %2</translation>
    </message>
    <message>
        <source>Generated by Tarmac</source>
        <translation>Généré par Tarmac</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 has no commits: %2</source>
        <translation>%1 n’a aucun commit : %2</translation>
    </message>
    <message>
        <source>commit %1 is not in the repository %2</source>
        <translation>le commit %1 n’est pas dans le dépôt %2</translation>
    </message>
    <message>
        <source>commit %1: %2</source>
        <translation>commit %1 : %2</translation>
    </message>
    <message>
        <source>%1: no permission to write there, so it cannot become a git repository</source>
        <translation>%1 : pas d’autorisation d’écriture, il ne peut donc pas devenir un dépôt Git</translation>
    </message>
</context>
<context>
    <name>Tarmac::ServicesModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
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
    <name>Tarmac::StoredAssessment</name>
    <message>
        <source>the assessment&apos;s &apos;%1&apos; is missing or not what the API promises</source>
        <translation>« %1 » de l’évaluation est absent ou ne correspond pas à ce que promet l’API</translation>
    </message>
</context>
<context>
    <name>Tarmac::StoredAssessmentsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 version %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::StoredSessionsDialog</name>
    <message>
        <source>Open a session from the platform</source>
        <translation>Ouvrir une session depuis la plateforme</translation>
    </message>
    <message>
        <source>Sessions stored on %1, newest first.</source>
        <translation>Sessions stockées sur %1, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Loading the platform&apos;s sessions…</source>
        <translation>Chargement des sessions de la plateforme…</translation>
    </message>
    <message>
        <source>The platform stores no sessions yet. Publish one from the Assess page, or with tarmacctl assessment publish.</source>
        <translation>La plateforme ne stocke encore aucune session. Publiez-en une depuis la page Évaluer, ou avec tarmacctl assessment publish.</translation>
    </message>
    <message>
        <source>The sessions could not be loaded. %1</source>
        <translation>Impossible de charger les sessions. %1</translation>
    </message>
    <message>
        <source>Fetching the session…</source>
        <translation>Récupération de la session…</translation>
    </message>
    <message>
        <source>The session could not be fetched. %1</source>
        <translation>Impossible de récupérer la session. %1</translation>
    </message>
    <message>
        <source>The platform&apos;s answer is not a stored session: %1</source>
        <translation>La réponse de la plateforme n’est pas une session stockée : %1</translation>
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
    <message>
        <source>%1
Version %2, from %3</source>
        <translation>%1
Version %2, depuis %3</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Tarmac::TemplateFolder</name>
    <message>
        <source>is not a folder</source>
        <translation>n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>is not UTF-8 text; the platform stores templates as text files only</source>
        <translation>n&apos;est pas du texte UTF-8 ; la plateforme ne stocke les modèles que sous forme de fichiers texte</translation>
    </message>
    <message>
        <source>cannot move the new files into place</source>
        <translation>impossible de mettre les nouveaux fichiers en place</translation>
    </message>
</context>
<context>
    <name>Tarmac::TemplateLinter</name>
    <message>
        <source>this looks like %1; generated files must hold references to secrets, never their values</source>
        <translation>cela ressemble à %1 ; les fichiers générés doivent contenir des références aux secrets, jamais leurs valeurs</translation>
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
    <message>
        <source>resource &apos;%1&apos;: parameter &apos;%2&apos;: %3</source>
        <translation>ressource « %1 » : paramètre « %2 » : %3</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: &apos;each&apos; gave nothing; expected a list or a mapping</source>
        <translation>étape « %1 » : « each » n’a rien produit ; attendu : une liste ou un mappage</translation>
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
    <name>Tarmac::WelcomeDialog</name>
    <message>
        <source>Welcome to Tarmac</source>
        <translation>Bienvenue dans Tarmac</translation>
    </message>
    <message>
        <source>Compose services from golden-path templates, deploy them and watch them land, follow DORA and adoption metrics, and run maturity assessments with a group. There are two ways to start:</source>
        <translation>Composez des services à partir de modèles golden path, déployez-les et observez leur arrivée, suivez les métriques DORA et d’adoption, et menez des évaluations de maturité en groupe. Il y a deux façons de commencer :</translation>
    </message>
    <message>
        <source>Use the local platform</source>
        <translation>Utiliser la plateforme locale</translation>
    </message>
    <message>
        <source>Tarmac runs a platform of its own on this computer: only this computer can reach it, and its data stay in your user folder. Deployments, history and metrics work with it now, with nothing to set up.</source>
        <translation>Tarmac exécute sa propre plateforme sur cet ordinateur : seul cet ordinateur peut la joindre, et ses données restent dans votre dossier utilisateur. Les déploiements, l’historique et les métriques fonctionnent avec elle dès maintenant, sans rien à configurer.</translation>
    </message>
    <message>
        <source>Use the &amp;Local Platform</source>
        <translation>Utiliser la plateforme &amp;locale</translation>
    </message>
    <message>
        <source>Connect to your team&apos;s platform</source>
        <translation>Se connecter à la plateforme de votre équipe</translation>
    </message>
    <message>
        <source>If your organisation runs a Tarmac platform (tarmacd, or another server with its API), connect to it with its address. Your token is kept in the system keychain, never in a file.</source>
        <translation>Si votre organisation exploite une plateforme Tarmac (tarmacd, ou un autre serveur doté de son API), connectez-vous-y avec son adresse. Votre jeton est conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;Connect to a Platform…</source>
        <translation>Se &amp;connecter à une plateforme…</translation>
    </message>
    <message>
        <source>The example composition is not installed with this copy of Tarmac.</source>
        <translation>La composition d’exemple n’est pas installée avec cet exemplaire de Tarmac.</translation>
    </message>
    <message>
        <source>New to compositions? Open the example: a small shop with a web front, an API, a worker, PostgreSQL, Redis, a queue and a public route. Save it under a name of your own to keep your changes.</source>
        <translation>Vous découvrez les compositions ? Ouvrez l’exemple : une petite boutique avec une interface web, une API, un processus d’arrière-plan, PostgreSQL, Redis, une file de messages et une route publique. Enregistrez-le sous un nom de votre choix pour conserver vos modifications.</translation>
    </message>
    <message>
        <source>Open the &amp;Example</source>
        <translation>Ouvrir l’&amp;exemple</translation>
    </message>
    <message>
        <source>Help ▸ Welcome shows this again.</source>
        <translation>Aide ▸ Bienvenue affiche à nouveau cette fenêtre.</translation>
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
    <name>Tarmac::YamlChecker</name>
    <message>
        <source>the &apos;[&apos; list that starts here is not closed with &apos;]&apos;</source>
        <translation>la liste « [ » qui commence ici n’est pas fermée par « ] »</translation>
    </message>
    <message>
        <source>the &apos;{&apos; mapping that starts here is not closed with &apos;}&apos;</source>
        <translation>le mappage « { » qui commence ici n’est pas fermé par « } »</translation>
    </message>
    <message>
        <source>this does not fit the mapping around it; check its indentation, or quote the whole value</source>
        <translation>ceci ne correspond pas au mappage qui l’entoure ; vérifiez son indentation, ou mettez toute la valeur entre guillemets</translation>
    </message>
    <message>
        <source>this does not fit the list around it; check its indentation</source>
        <translation>ceci ne correspond pas à la liste qui l’entoure ; vérifiez son indentation</translation>
    </message>
    <message>
        <source>a tab in the indentation; YAML indents with spaces only</source>
        <translation>une tabulation dans l’indentation ; YAML n’indente qu’avec des espaces</translation>
    </message>
    <message>
        <source>a &apos;:&apos; where no value can start; quote a value that contains &apos;: &apos;, or fix the indentation</source>
        <translation>un « : » là où aucune valeur ne peut commencer ; mettez entre guillemets une valeur qui contient « : » suivi d’une espace, ou corrigez l’indentation</translation>
    </message>
    <message>
        <source>a &apos;]&apos; or &apos;}&apos; that closes nothing</source>
        <translation>un « ] » ou « } » qui ne ferme rien</translation>
    </message>
    <message>
        <source>a quoted string is not closed before the end of the document</source>
        <translation>une chaîne entre guillemets n’est pas fermée avant la fin du document</translation>
    </message>
    <message>
        <source>a quoted string is not closed before the next document</source>
        <translation>une chaîne entre guillemets n’est pas fermée avant le document suivant</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
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
