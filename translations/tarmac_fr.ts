<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    </context>
    <context>
        <name>Tarmac::NavigationSidebar</name>
        <message>
            <source>Work areas</source>
            <translation>Espaces de travail</translation>
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
            <source>the platform reports status "%1"</source>
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
            <source>the golden-path template gallery, with a validated form for each template's parameters</source>
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
    </context>
</TS>
