<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>keying</name>
    <message>
        <source>Entry form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Next field (checks this one)</source>
        <translation>Champ suivant (vérifie celui-ci)</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>Champ précédent</translation>
    </message>
    <message>
        <source>Previous / next field; in a table the row above / below</source>
        <translation>Champ précédent / suivant ; dans un tableau, la ligne au-dessus / en dessous</translation>
    </message>
    <message>
        <source>Illegible: the value cannot be read</source>
        <translation>Illisible : la valeur ne peut pas être lue</translation>
    </message>
    <message>
        <source>Blank on paper: nothing is written</source>
        <translation>Vide sur le papier : rien n&apos;est écrit</translation>
    </message>
    <message>
        <source>Finish the document (runs the checks)</source>
        <translation>Terminer le document (lance les contrôles)</translation>
    </message>
    <message>
        <source>Add a table row below</source>
        <translation>Ajouter une ligne au tableau en dessous</translation>
    </message>
    <message>
        <source>Remove this table row</source>
        <translation>Supprimer cette ligne du tableau</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No discrepancies wait for you&lt;/h2&gt;&lt;p&gt;Every document you may adjudicate is decided. F5 asks the central database again; F9 shows the overview.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucune divergence ne vous attend&lt;/h2&gt;&lt;p&gt;Tous les documents que vous pouvez arbitrer sont décidés. F5 redemande à la base centrale ; F9 affiche la vue d’ensemble.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fetching discrepancies…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Recherche des divergences…&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Supervisor station: adjudication</source>
        <translation>Poste superviseur : arbitrage</translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation>Problème d’enregistrement</translation>
    </message>
    <message>
        <source>Page snippet</source>
        <translation>Extrait de la page</translation>
    </message>
    <message>
        <source>The other row&apos;s snippet</source>
        <translation>Extrait de l’autre ligne</translation>
    </message>
    <message>
        <source>No discrepancies</source>
        <translation>Aucune divergence</translation>
    </message>
    <message>
        <source>{0} minor in the queue</source>
        <translation>{0} mineurs dans la file</translation>
    </message>
    <message>
        <source>Final records written: {0}</source>
        <translation>Enregistrements finaux écrits : {0}</translation>
    </message>
    <message>
        <source>Adjudicating {0}: {1} of {2}</source>
        <translation>Arbitrage de {0} : {1} sur {2}</translation>
    </message>
    <message>
        <source>Held: {0} open in {1} documents</source>
        <translation>Tenus : {0} ouverts dans {1} documents</translation>
    </message>
    <message>
        <source>{0} ({1} minor first; {2} in the queue)</source>
        <translation>{0} ({1} mineurs d’abord ; {2} dans la file)</translation>
    </message>
    <message>
        <source>{0} ({1} minor; {2} in the queue)</source>
        <translation>{0} ({1} mineurs ; {2} dans la file)</translation>
    </message>
    <message>
        <source>NOT SAVED: {0} (retrying)</source>
        <translation>NON ENREGISTRÉ : {0} (nouvel essai)</translation>
    </message>
    <message>
        <source>Saving {0}</source>
        <translation>Enregistrement de {0}</translation>
    </message>
    <message>
        <source>decided next: the row beside it</source>
        <translation>décidée ensuite : la ligne d’à côté</translation>
    </message>
    <message>
        <source>{0} · {1} · discrepancy {2} of {3} · {4} documents waiting</source>
        <translation>{0} · {1} · écart {2} sur {3} · {4} documents en attente</translation>
    </message>
    <message>
        <source>{0} · discrepancy {2} of {3} · {4} waiting · {1}</source>
        <translation>{0} · écart {2} sur {3} · {4} en attente · {1}</translation>
    </message>
    <message>
        <source>{0} · {2} of {3} · {4} waiting · {1}</source>
        <translation>{0} · {2} sur {3} · {4} en attente · {1}</translation>
    </message>
    <message>
        <source>There is no pass C for this discrepancy.</source>
        <translation>Il n’y a pas de passage C pour cet écart.</translation>
    </message>
    <message>
        <source>A row is included or left out: A or B.</source>
        <translation>Une ligne est incluse ou laissée de côté : A ou B.</translation>
    </message>
    <message>
        <source>Not sent back: {0}.</source>
        <translation>Non renvoyé : {0}.</translation>
    </message>
    <message>
        <source>Sending {0} back for a third keying…</source>
        <translation>Renvoi de {0} pour une troisième saisie…</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Undone: {0} is open again.</source>
        <translation>Annulé : {0} est de nouveau ouvert.</translation>
    </message>
    <message>
        <source>A / B{0}: take that value</source>
        <translation>A / B{0} : prendre cette valeur</translation>
    </message>
    <message>
        <source>N: new value</source>
        <translation>N : nouvelle valeur</translation>
    </message>
    <message>
        <source>I: illegible</source>
        <translation>I : illisible</translation>
    </message>
    <message>
        <source>Ctrl+Z: undo</source>
        <translation>Ctrl+Z : annuler</translation>
    </message>
    <message>
        <source>Ctrl+B: send back for a third keying</source>
        <translation>Ctrl+B : renvoyer pour une troisième saisie</translation>
    </message>
    <message>
        <source>P: whole page</source>
        <translation>P : page entière</translation>
    </message>
    <message>
        <source>F: this field across the batch</source>
        <translation>F : ce champ dans tout le lot</translation>
    </message>
    <message>
        <source>M: minor flags in bulk</source>
        <translation>M : différences mineures en bloc</translation>
    </message>
    <message>
        <source>Ctrl+M: minor first</source>
        <translation>Ctrl+M : mineures d’abord</translation>
    </message>
    <message>
        <source>F1: keys</source>
        <translation>F1 : touches</translation>
    </message>
    <message>
        <source>F1: every key (A, B, N, I, Ctrl+Z, Ctrl+B, P, F, M, Ctrl+M)</source>
        <translation>F1 : toutes les touches (A, B, N, I, Ctrl+Z, Ctrl+B, P, F, M, Ctrl+M)</translation>
    </message>
    <message>
        <source>Take A&apos;s value (a row: include or leave out as A)</source>
        <translation>Prendre la valeur de A (une ligne : la garder ou l’omettre comme A)</translation>
    </message>
    <message>
        <source>Take B&apos;s value (a row: include or leave out as B)</source>
        <translation>Prendre la valeur de B (une ligne : la garder ou l’omettre comme B)</translation>
    </message>
    <message>
        <source>Take C&apos;s value (three passes)</source>
        <translation>Prendre la valeur de C (trois saisies)</translation>
    </message>
    <message>
        <source>Type a new value (checked as keying does; F2/F3 markers allowed)</source>
        <translation>Taper une nouvelle valeur (vérifiée comme à la saisie ; marqueurs F2/F3 permis)</translation>
    </message>
    <message>
        <source>Illegible (a reason may follow; Enter decides)</source>
        <translation>Illisible (une raison peut suivre ; Entrée décide)</translation>
    </message>
    <message>
        <source>Undo the last decision of this document</source>
        <translation>Annuler la dernière décision de ce document</translation>
    </message>
    <message>
        <source>Send the fields not decided back for a third keying (Enter confirms)</source>
        <translation>Renvoyer les champs non décidés pour une troisième saisie (Entrée confirme)</translation>
    </message>
    <message>
        <source>Whole page / the field&apos;s zone</source>
        <translation>Page entière / la zone du champ</translation>
    </message>
    <message>
        <source>This field across the batch (same-field mode)</source>
        <translation>Ce champ dans tout le lot (mode même champ)</translation>
    </message>
    <message>
        <source>Minor flags of this field and kind in bulk (asks first; the same-field list)</source>
        <translation>Différences mineures de ce champ et de ce genre en bloc (demande d’abord ; la liste du même champ)</translation>
    </message>
    <message>
        <source>Minor flags first (the same-field list: minor flags only)</source>
        <translation>Différences mineures d’abord (la liste du même champ : mineures seulement)</translation>
    </message>
    <message>
        <source>Keyboard help (this list)</source>
        <translation>Aide du clavier (cette liste)</translation>
    </message>
    <message>
        <source>{0} — row {1}, {2}</source>
        <translation>{0} — ligne {1}, {2}</translation>
    </message>
    <message>
        <source>Form title</source>
        <translation>Titre du formulaire</translation>
    </message>
    <message>
        <source>Checks that failed</source>
        <translation>Contrôles échoués</translation>
    </message>
    <message>
        <source>Main keys</source>
        <translation>Touches principales</translation>
    </message>
    <message>
        <source>Field instructions</source>
        <translation>Instructions du champ</translation>
    </message>
    <message>
        <source>Focused field</source>
        <translation>Champ actif</translation>
    </message>
    <message>
        <source>Instructions of the focused field</source>
        <translation>Instructions du champ actif</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Label: {0}</source>
        <translation>Libellé : {0}</translation>
    </message>
    <message>
        <source>Codes of {0}</source>
        <translation>Codes de {0}</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Fields of the form</source>
        <translation>Champs du formulaire</translation>
    </message>
    <message>
        <source>F1 help  ·  F2 illegible  ·  F3 blank on paper  ·  F12 finish</source>
        <translation>F1 aide  ·  F2 illisible  ·  F3 vide sur le papier  ·  F12 terminer</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(facultatif)</translation>
    </message>
    <message>
        <source>Third keying: only the fields sent back are open ({0}).</source>
        <translation>Troisième saisie : seuls les champs renvoyés sont ouverts ({0}).</translation>
    </message>
    <message>
        <source>The form changes</source>
        <translation>Le formulaire change</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another form: {0}&lt;/b&gt; (batch {1}). Its fields are not those of the last document. &lt;b&gt;Press Enter&lt;/b&gt; to start keying it.</source>
        <translation>&lt;b&gt;Autre formulaire : {0}&lt;/b&gt; (lot {1}). Ses champs ne sont pas ceux du document précédent. &lt;b&gt;Appuyez sur Entrée&lt;/b&gt; pour commencer la saisie.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>Aide du clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts  —  Esc or F1 closes this list; Up, Down, Page Up and Page Down scroll it</source>
        <translation>Raccourcis clavier  —  Échap ou F1 ferme cette liste ; Haut, Bas, Page préc. et Page suiv. la font défiler</translation>
    </message>
    <message>
        <source>Keyboard help title</source>
        <translation>Titre de l’aide du clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
    <message>
        <source>Page image</source>
        <translation>Image de la page</translation>
    </message>
    <message>
        <source>Page image area</source>
        <translation>Zone de l’image de la page</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Page damaged</source>
        <translation>Page abîmée</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>Rotation de 90° à droite</translation>
    </message>
    <message>
        <source>Pan left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <source>Pan right</source>
        <translation>Déplacer à droite</translation>
    </message>
    <message>
        <source>Pan up</source>
        <translation>Déplacer vers le haut</translation>
    </message>
    <message>
        <source>Pan down</source>
        <translation>Déplacer vers le bas</translation>
    </message>
    <message>
        <source>Brighter</source>
        <translation>Plus clair</translation>
    </message>
    <message>
        <source>Darker</source>
        <translation>Plus sombre</translation>
    </message>
    <message>
        <source>More contrast</source>
        <translation>Plus de contraste</translation>
    </message>
    <message>
        <source>Less contrast</source>
        <translation>Moins de contraste</translation>
    </message>
    <message>
        <source>Invert (white on black)</source>
        <translation>Inverser (blanc sur noir)</translation>
    </message>
    <message>
        <source>Reset brightness, contrast and invert</source>
        <translation>Rétablir luminosité, contraste et inversion</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Flag this page (unreadable, wrong document, needs rescan)</source>
        <translation>Signaler cette page (illisible, mauvais document, à rescanner)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>drag with the mouse</source>
        <translation>glisser avec la souris</translation>
    </message>
    <message>
        <source>&lt;b&gt;Page damaged&lt;/b&gt;: {0}. Key what can be read, or press &lt;b&gt;{1}&lt;/b&gt; to flag the page for a supervisor.</source>
        <translation>&lt;b&gt;Page endommagée&lt;/b&gt; : {0}. Saisissez ce qui se lit, ou appuyez sur &lt;b&gt;{1}&lt;/b&gt; pour signaler la page à un superviseur.</translation>
    </message>
    <message>
        <source>Page {0} of {1}   (Ctrl+PgUp / Ctrl+PgDn)</source>
        <translation>Page {0} sur {1}   (Ctrl+PgUp / Ctrl+PgDn)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the interface:</source>
        <translation>Langue de l’interface :</translation>
    </message>
    <message>
        <source>Zoom the page to the focused field on / off</source>
        <translation>Zoom de la page sur le champ actif oui / non</translation>
    </message>
    <message>
        <source>Auto-advance when a field is full on / off</source>
        <translation>Avance automatique quand un champ est plein oui / non</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <source>High-contrast colours on / off</source>
        <translation>Couleurs à fort contraste oui / non</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Text size {0} %.</source>
        <translation>Taille du texte {0} %.</translation>
    </message>
    <message>
        <source>High-contrast colours on.</source>
        <translation>Couleurs à fort contraste activées.</translation>
    </message>
    <message>
        <source>High-contrast colours off.</source>
        <translation>Couleurs à fort contraste désactivées.</translation>
    </message>
    <message>
        <source>Language: {0}.</source>
        <translation>Langue : {0}.</translation>
    </message>
    <message>
        <source>Zoom to the focused field on.</source>
        <translation>Zoom sur le champ actif activé.</translation>
    </message>
    <message>
        <source>Zoom to the focused field off.</source>
        <translation>Zoom sur le champ actif désactivé.</translation>
    </message>
    <message>
        <source>Auto-advance when a field is full on.</source>
        <translation>Avance automatique activée.</translation>
    </message>
    <message>
        <source>Auto-advance when a field is full off.</source>
        <translation>Avance automatique désactivée.</translation>
    </message>
    <message>
        <source>keying — sign in</source>
        <translation>keying — connexion</translation>
    </message>
    <message>
        <source>Sign in to keying</source>
        <translation>Connexion à keying</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>your login, e.g. op1</source>
        <translation>votre identifiant, par ex. op1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>Tapez votre identifiant.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Quitting when the central database answers or gives up…</source>
        <translation>Fermeture dès que la base de données centrale répond ou abandonne…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No documents to key&lt;/h2&gt;&lt;p&gt;Every document available to you is keyed. Press F9 for the overview, or Ctrl+Shift+Q to sign out.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun document à saisir&lt;/h2&gt;&lt;p&gt;Tous les documents disponibles pour vous sont saisis. F9 pour la vue d&apos;ensemble, Ctrl+Maj+Q pour vous déconnecter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fetching documents…&lt;/h2&gt;&lt;p&gt;Asking the central database for work.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Recherche de documents…&lt;/h2&gt;&lt;p&gt;Demande de travail à la base centrale.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No documents here, and the central database does not answer&lt;/h2&gt;&lt;p&gt;Your finished work is kept on this PC. keying asks again every 30 seconds; F5 asks now.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun document ici, et la base centrale ne répond pas&lt;/h2&gt;&lt;p&gt;Votre travail terminé est gardé sur ce PC. keying redemande toutes les 30 secondes ; F5 redemande maintenant.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Wrong document</source>
        <translation>Mauvais document</translation>
    </message>
    <message>
        <source>Needs rescan</source>
        <translation>À rescanner</translation>
    </message>
    <message>
        <source>Choose a reason with Up / Down, then Enter</source>
        <translation>Choisissez une raison avec Haut / Bas, puis Entrée</translation>
    </message>
    <message>
        <source>Flag this page</source>
        <translation>Signaler cette page</translation>
    </message>
    <message>
        <source>Why? (the document goes to a supervisor)</source>
        <translation>Pourquoi ? (le document va à un superviseur)</translation>
    </message>
    <message>
        <source>Operator station</source>
        <translation>Poste de saisie</translation>
    </message>
    <message>
        <source>No documents to key</source>
        <translation>Aucun document à saisir</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Problème d’enregistrement</translation>
    </message>
    <message>
        <source>Trying again every {0} s.</source>
        <translation>Nouvel essai toutes les {0} s.</translation>
    </message>
    <message>
        <source>The document cannot be finished until it is saved.</source>
        <translation>Le document ne peut pas être terminé tant qu&apos;il n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>The document is not finished: press F12 again later</source>
        <translation>Le document n&apos;est pas terminé : appuyez de nouveau sur F12 plus tard</translation>
    </message>
    <message>
        <source>The page is not flagged</source>
        <translation>La page n&apos;est pas signalée</translation>
    </message>
    <message>
        <source>The flag is taken back: key the document.</source>
        <translation>Le signalement est annulé : saisissez le document.</translation>
    </message>
    <message>
        <source>A wrong character</source>
        <translation>Un caractère faux</translation>
    </message>
    <message>
        <source>Two characters swapped</source>
        <translation>Deux caractères inversés</translation>
    </message>
    <message>
        <source>Characters left out</source>
        <translation>Des caractères oubliés</translation>
    </message>
    <message>
        <source>Characters too many</source>
        <translation>Des caractères en trop</translation>
    </message>
    <message>
        <source>Words in another order</source>
        <translation>Des mots dans un autre ordre</translation>
    </message>
    <message>
        <source>A different value</source>
        <translation>Une autre valeur</translation>
    </message>
    <message>
        <source>Keyed where there is nothing, or nothing keyed</source>
        <translation>Saisi là où il n&apos;y a rien, ou rien saisi</translation>
    </message>
    <message>
        <source>A row left out</source>
        <translation>Une ligne oubliée</translation>
    </message>
    <message>
        <source>A row too many</source>
        <translation>Une ligne en trop</translation>
    </message>
    <message>
        <source>Marked illegible, or not marked</source>
        <translation>Marqué illisible, ou pas marqué</translation>
    </message>
    <message>
        <source>Keyer</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Keystrokes / hour</source>
        <translation>Frappes / heure</translation>
    </message>
    <message>
        <source>Fields / hour</source>
        <translation>Champs / heure</translation>
    </message>
    <message>
        <source>Seconds / document</source>
        <translation>Secondes / document</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Hours keyed</source>
        <translation>Heures de saisie</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Fields re-entered</source>
        <translation>Champs ressaisis</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Errors / 1,000 fields</source>
        <translation>Erreurs / 1 000 champs</translation>
    </message>
    <message>
        <source>95 % low</source>
        <translation>95 % bas</translation>
    </message>
    <message>
        <source>95 % high</source>
        <translation>95 % haut</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Fields checked</source>
        <translation>Champs vérifiés</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Errors / 1,000 passes</source>
        <translation>Erreurs / 1 000 passages</translation>
    </message>
    <message>
        <source>Discrepancy rate %</source>
        <translation>Taux d’écart %</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineurs</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériels</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Part %</translation>
    </message>
    <message>
        <source>Keyed once</source>
        <translation>Saisis une fois</translation>
    </message>
    <message>
        <source>Keyed twice</source>
        <translation>Saisis deux fois</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>Arbitrés</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finaux</translation>
    </message>
    <message>
        <source>You keyed</source>
        <translation>Vous avez saisi</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>A keyer whose measured accuracy on the form reaches the threshold has a document verified by a second pass only when it is drawn at the rate; other keyers, gold documents and keyers measured on too few fields are always verified. A document keyed once is final as pass 1 keyed it. {0}: the rate, {1}: the threshold, {2}: set them (admins), {3}: key twice in full again.</source>
        <translation>Un opérateur dont la précision mesurée sur le formulaire atteint le seuil n’a un document vérifié par un second passage que s’il est tiré au taux ; les autres opérateurs, les documents de référence et les opérateurs mesurés sur trop peu de champs sont toujours vérifiés. Un document saisi une fois est final tel que le passage 1 l’a saisi. {0} : le taux, {1} : le seuil, {2} : les fixer (administrateurs), {3} : tout saisir deux fois de nouveau.</translation>
    </message>
    <message>
        <source>drawn for verification</source>
        <translation>tiré pour vérification</translation>
    </message>
    <message>
        <source>not drawn: keyed once, not verified</source>
        <translation>non tiré : saisi une fois, non vérifié</translation>
    </message>
    <message>
        <source>keyer&apos;s accuracy below the threshold: verified</source>
        <translation>précision de l’opérateur sous le seuil : vérifié</translation>
    </message>
    <message>
        <source>keyer measured on too few fields: verified</source>
        <translation>opérateur mesuré sur trop peu de champs : vérifié</translation>
    </message>
    <message>
        <source>gold document: verified</source>
        <translation>document de référence : vérifié</translation>
    </message>
    <message>
        <source>pass 2 under way before the draw: verified</source>
        <translation>passage 2 commencé avant le tirage : vérifié</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no: keyed once</source>
        <translation>non : saisi une fois</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Tirage</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>{0} is keyed twice in full (no verification sampling): residual error at most {1} per 1,000 fields.</source>
        <translation>{0} est saisi deux fois en entier (sans échantillonnage de vérification) : erreur résiduelle au plus {1} pour 1 000 champs.</translation>
    </message>
    <message>
        <source>{0} was verified by sampling at {1} % (seed {2}); it is keyed twice in full now.</source>
        <translation>{0} a été vérifié par échantillonnage à {1} % (graine {2}) ; il est maintenant saisi deux fois en entier.</translation>
    </message>
    <message>
        <source>{0}: keyers at {1} % or better on the form are verified at a rate of {2} % (seed {3}); the others are keyed twice.</source>
        <translation>{0} : les opérateurs à {1} % ou mieux sur le formulaire sont vérifiés au taux de {2} % (graine {3}) ; les autres sont saisis deux fois.</translation>
    </message>
    <message>
        <source>{0} {1} of {2} documents drawn were keyed once, not verified; expected errors in them {3} fields ({4} per 1,000), at most {5} with 95 % confidence. Estimated residual error of the whole batch: {6} per 1,000 fields.</source>
        <translation>{0} {1} des {2} documents tirés ont été saisis une fois, non vérifiés ; erreurs attendues {3} champs ({4} pour 1 000), au plus {5} avec 95 % de confiance. Erreur résiduelle estimée du lot entier : {6} pour 1 000 champs.</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <source>Sampling summary</source>
        <translation>Résumé de l’échantillonnage</translation>
    </message>
    <message>
        <source>Share of documents verified, percent</source>
        <translation>Part des documents vérifiés, en pourcentage</translation>
    </message>
    <message>
        <source>Keyer accuracy threshold, percent</source>
        <translation>Seuil de précision de l’opérateur, en pourcentage</translation>
    </message>
    <message>
        <source>S&amp;et sampling</source>
        <translation>&amp;Fixer l’échantillonnage</translation>
    </message>
    <message>
        <source>Set this batch&apos;s verification sampling</source>
        <translation>Fixer l’échantillonnage de vérification de ce lot</translation>
    </message>
    <message>
        <source>Key t&amp;wice in full</source>
        <translation>Saisir deux fois en &amp;entier</translation>
    </message>
    <message>
        <source>Stop sampling: key this batch twice in full</source>
        <translation>Arrêter l’échantillonnage : saisir ce lot deux fois en entier</translation>
    </message>
    <message>
        <source>Documents drawn (table)</source>
        <translation>Documents tirés (tableau)</translation>
    </message>
    <message>
        <source>&amp;Rate verified</source>
        <translation>Taux &amp;vérifié</translation>
    </message>
    <message>
        <source>Acc&amp;uracy at least</source>
        <translation>&amp;Précision au moins</translation>
    </message>
    <message>
        <source>An admin sets the sampling (keying batch set-sampling).</source>
        <translation>Un administrateur fixe l’échantillonnage (keying batch set-sampling).</translation>
    </message>
    <message>
        <source>Setting the sampling of {0}…</source>
        <translation>Échantillonnage de {0} en cours de réglage…</translation>
    </message>
    <message>
        <source>Keying {0} twice in full again…</source>
        <translation>{0} de nouveau saisi deux fois en entier…</translation>
    </message>
    <message numerus="yes">
        <source>Sampling set: {0} % verified for keyers at {1} % or better (seed {2}); %n document(s) drawn now.</source>
        <translation>
            <numerusform>Échantillonnage fixé : {0} % vérifiés pour les opérateurs à {1} % ou mieux (graine {2}) ; %n document tiré maintenant.</numerusform>
            <numerusform>Échantillonnage fixé : {0} % vérifiés pour les opérateurs à {1} % ou mieux (graine {2}) ; %n documents tirés maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyed twice in full from now on; documents drawn already keep their draw.</source>
        <translation>Saisi deux fois en entier désormais ; les documents déjà tirés gardent leur tirage.</translation>
    </message>
    <message>
        <source>It was not sampled.</source>
        <translation>Il n’était pas échantillonné.</translation>
    </message>
    <message>
        <source>Not changed: {0}</source>
        <translation>Non modifié : {0}</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>No mistakes</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>Mistakes: %1</source>
        <translation>Erreurs : %1</translation>
    </message>
    <message>
        <source>%1 of %2 values right (%3 %)</source>
        <translation>%1 valeurs justes sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 keystrokes an hour</source>
        <translation>%1 frappes par heure</translation>
    </message>
    <message>
        <source>Qualified! You may now key this form live (Ctrl+1).</source>
        <translation>Qualifié ! Vous pouvez maintenant saisir ce formulaire en production (Ctrl+1).</translation>
    </message>
    <message>
        <source>You are qualified on this form.</source>
        <translation>Vous êtes qualifié pour ce formulaire.</translation>
    </message>
    <message>
        <source>Last %1 of %2 documents: %3 right</source>
        <translation>%1 derniers documents sur %2 : %3 justes</translation>
    </message>
    <message>
        <source>to qualify: %1 % at %2 an hour</source>
        <translation>pour être qualifié : %1 % à %2 par heure</translation>
    </message>
    <message>
        <source>Training feedback</source>
        <translation>Retour sur la formation</translation>
    </message>
    <message>
        <source>Training result</source>
        <translation>Résultat de la formation</translation>
    </message>
    <message>
        <source>Fields: what you keyed, what was right, why</source>
        <translation>Champs : ce que vous avez saisi, ce qui était juste, pourquoi</translation>
    </message>
    <message>
        <source>The field on the page</source>
        <translation>Le champ sur la page</translation>
    </message>
    <message>
        <source>Up / Down: the fields · Enter: the next document</source>
        <translation>Haut / Bas : les champs · Entrée : le document suivant</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No training to do&lt;/h2&gt;&lt;p&gt;You are qualified on every form that asks for it, or no gold document is there to train on. Press Ctrl+1 to key documents.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pas d&apos;entraînement à faire&lt;/h2&gt;&lt;p&gt;Vous êtes qualifié pour chaque formulaire qui le demande, ou aucun document de référence n&apos;est là pour s&apos;entraîner. Appuyez sur Ctrl+1 pour saisir des documents.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fetching a training document…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Chargement d&apos;un document d&apos;entraînement…&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The central database does not answer&lt;/h2&gt;&lt;p&gt;Training needs it. F5 asks again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;La base centrale ne répond pas&lt;/h2&gt;&lt;p&gt;L&apos;entraînement en a besoin. F5 redemande.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Training — a gold document, not live work</source>
        <translation>Entraînement — un document de référence, pas du travail en production</translation>
    </message>
    <message>
        <source>Training: %1 done</source>
        <translation>Entraînement : %1 faits</translation>
    </message>
    <message>
        <source>Training: key this document as live work; F12 finishes.</source>
        <translation>Entraînement : saisissez ce document comme en production ; F12 termine.</translation>
    </message>
    <message>
        <source>Not saved: %1. F12 tries again.</source>
        <translation>Non enregistré : %1. F12 réessaie.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Flagged by</source>
        <translation>Signalée par</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>wrong document</source>
        <translation>mauvais document</translation>
    </message>
    <message>
        <source>needs rescan</source>
        <translation>à rescanner</translation>
    </message>
    <message>
        <source>returned to keying</source>
        <translation>rendu à la saisie</translation>
    </message>
    <message>
        <source>withdrawn for a rescan</source>
        <translation>retiré pour un nouveau scan</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Nouveau scan</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>{0} leaves the batch ({1}). Why?</source>
        <translation>{0} quitte le lot ({1}). Pourquoi ?</translation>
    </message>
    <message>
        <source>Reading the flagged pages…</source>
        <translation>Lecture des pages signalées…</translation>
    </message>
    <message>
        <source>Flagged pages, oldest first</source>
        <translation>Pages signalées, les plus anciennes d’abord</translation>
    </message>
    <message>
        <source>Flag reason and note</source>
        <translation>Motif du signalement et note</translation>
    </message>
    <message>
        <source>Flagged pages message</source>
        <translation>Message des pages signalées</translation>
    </message>
    <message>
        <source>Back to keying</source>
        <translation>Retour à la saisie</translation>
    </message>
    <message>
        <source>Rescan: the document leaves the batch</source>
        <translation>Nouveau scan : le document quitte le lot</translation>
    </message>
    <message>
        <source>Reject: the document leaves the batch</source>
        <translation>Rejeter : le document quitte le lot</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Flagged pages&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Pages signalées&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Read the flagged pages again</source>
        <translation>Relire les pages signalées</translation>
    </message>
    <message>
        <source>The flagged pages could not be read: {0}</source>
        <translation>Les pages signalées n’ont pas pu être lues : {0}</translation>
    </message>
    <message>
        <source>No flagged page waits.</source>
        <translation>Aucune page signalée n’attend.</translation>
    </message>
    <message>
        <source>{0}, page {1} of {2}: {3}{4} (flagged by {5})</source>
        <translation>{0}, page {1} sur {2} : {3}{4} (signalée par {5})</translation>
    </message>
    <message>
        <source>Select a flagged page first.</source>
        <translation>Sélectionnez d’abord une page signalée.</translation>
    </message>
    <message>
        <source>Not done: say why the document leaves the batch.</source>
        <translation>Pas fait : dites pourquoi le document quitte le lot.</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translation>Pas fait : {0}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où il en est</translation>
    </message>
    <message>
        <source>being keyed</source>
        <translation>en saisie</translation>
    </message>
    <message>
        <source>waiting for a pass</source>
        <translation>attend une saisie</translation>
    </message>
    <message>
        <source>sent back — third keying</source>
        <translation>renvoyé — troisième saisie</translation>
    </message>
    <message>
        <source>waits for a supervisor</source>
        <translation>attend un superviseur</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <source>page flagged — waits for a supervisor</source>
        <translation>page signalée — attend un superviseur</translation>
    </message>
    <message>
        <source>out of the batch</source>
        <translation>retiré du lot</translation>
    </message>
    <message>
        <source>{0} final</source>
        <translation>{0} définitifs</translation>
    </message>
    <message>
        <source>{0} wait for a supervisor</source>
        <translation>{0} attendent un superviseur</translation>
    </message>
    <message>
        <source>{0} still being keyed</source>
        <translation>{0} encore en saisie</translation>
    </message>
    <message>
        <source>{0} out of the batch</source>
        <translation>{0} retirés du lot</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Numérisations (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The central database refused the import: {0}</source>
        <translation>La base centrale a refusé l’import : {0}</translation>
    </message>
    <message>
        <source>Batch “{0}” ({1}) imported: {2}, {3} ({4} new page images stored).</source>
        <translation>Lot « {0} » ({1}) importé : {2}, {3} ({4} nouvelles images de page enregistrées).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n ignoré :</numerusform>
            <numerusform>%n ignorés :</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was skipped.</source>
        <translation>Aucun fichier n’a été ignoré.</translation>
    </message>
    <message>
        <source>Import scans as a new batch</source>
        <translation>Importer des numérisations comme un nouveau lot</translation>
    </message>
    <message>
        <source>Form: a stored form or a form definition file</source>
        <translation>Formulaire : un formulaire enregistré ou un fichier de définition</translation>
    </message>
    <message>
        <source>name@version, or a .yaml file</source>
        <translation>nom@version, ou un fichier .yaml</translation>
    </message>
    <message>
        <source>Form fi&amp;le…</source>
        <translation>Fic&amp;hier de formulaire…</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>Nom du lot</translation>
    </message>
    <message>
        <source>Add a file or folder by its path</source>
        <translation>Ajouter un fichier ou un dossier par son chemin</translation>
    </message>
    <message>
        <source>a file or folder; Enter adds it</source>
        <translation>un fichier ou un dossier ; Entrée l’ajoute</translation>
    </message>
    <message>
        <source>Fil&amp;es…</source>
        <translation>Fi&amp;chiers…</translation>
    </message>
    <message>
        <source>Browse for files to import</source>
        <translation>Choisir des fichiers à importer</translation>
    </message>
    <message>
        <source>Fol&amp;der…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <source>Browse for a folder to import</source>
        <translation>Choisir un dossier à importer</translation>
    </message>
    <message>
        <source>Files and folders to import (Delete removes)</source>
        <translation>Fichiers et dossiers à importer (Suppr retire)</translation>
    </message>
    <message>
        <source>one document per file</source>
        <translation>un document par fichier</translation>
    </message>
    <message>
        <source>Pages per document (0: one document per file)</source>
        <translation>Pages par document (0 : un document par fichier)</translation>
    </message>
    <message>
        <source>Resolution PDF pages are rasterized at</source>
        <translation>Résolution à laquelle les pages PDF sont tramées</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formulaire :</translation>
    </message>
    <message>
        <source>Batch &amp;name:</source>
        <translation>&amp;Nom du lot :</translation>
    </message>
    <message>
        <source>&amp;Add path:</source>
        <translation>&amp;Ajouter un chemin :</translation>
    </message>
    <message>
        <source>&amp;To import:</source>
        <translation>À &amp;importer :</translation>
    </message>
    <message>
        <source>&amp;Pages per document:</source>
        <translation>&amp;Pages par document :</translation>
    </message>
    <message>
        <source>PDF &amp;resolution:</source>
        <translation>&amp;Résolution PDF :</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <source>Summary of the import</source>
        <translation>Résumé de l’import</translation>
    </message>
    <message>
        <source>The summary of the import shows here.</source>
        <translation>Le résumé de l’import s’affiche ici.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the import, or close</source>
        <translation>Annuler l’import, ou fermer</translation>
    </message>
    <message>
        <source>Form definition</source>
        <translation>Définition de formulaire</translation>
    </message>
    <message>
        <source>Form definitions (*.yaml *.yml)</source>
        <translation>Définitions de formulaire (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Scans to import</source>
        <translation>Numérisations à importer</translation>
    </message>
    <message>
        <source>Choose a form: a stored one, or a form definition file.</source>
        <translation>Choisissez un formulaire : un formulaire enregistré, ou un fichier de définition.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>Read {0} ({1} of {2} files).</source>
        <translation>{0} lu ({1} fichiers sur {2}).</translation>
    </message>
    <message>
        <source>Imported: batch “{0}”. Esc closes.</source>
        <translation>Importé : lot « {0} ». Échap ferme.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation>Rien n’a été importé. {0}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n’a été importé.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Your documents: {0}</source>
        <translation>Vos documents : {0}</translation>
    </message>
    <message>
        <source>Documents overview</source>
        <translation>Vue d’ensemble des documents</translation>
    </message>
    <message>
        <source>Overview summary</source>
        <translation>Résumé de la vue d’ensemble</translation>
    </message>
    <message>
        <source>Show the documents of batch</source>
        <translation>Afficher les documents du lot</translation>
    </message>
    <message>
        <source>Show the documents whose status is</source>
        <translation>Afficher les documents dont l’état est</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>tous les états</translation>
    </message>
    <message>
        <source>Ba&amp;tch:</source>
        <translation>&amp;Lot :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Documents and their status</source>
        <translation>Documents et leur état</translation>
    </message>
    <message>
        <source>Enter opens the document (read only)</source>
        <translation>Entrée ouvre le document (en lecture seule)</translation>
    </message>
    <message>
        <source>Overview keys</source>
        <translation>Touches de la vue d’ensemble</translation>
    </message>
    <message>
        <source>Send back for a third keying</source>
        <translation>Renvoyer pour une troisième saisie</translation>
    </message>
    <message>
        <source>Enter opens the document (read only) · Ctrl+B sends a document that waits for a supervisor back for a third keying of its disputed fields</source>
        <translation>Entrée ouvre le document (en lecture seule) · Ctrl+B renvoie un document qui attend un superviseur pour une troisième saisie de ses champs en litige</translation>
    </message>
    <message>
        <source>Your documents and their status</source>
        <translation>Vos documents et leur état</translation>
    </message>
    <message>
        <source>all batches</source>
        <translation>tous les lots</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>keying main window</source>
        <translation>Fenêtre principale de keying</translation>
    </message>
    <message>
        <source>&amp;Keying</source>
        <translation>&amp;Saisie</translation>
    </message>
    <message>
        <source>Overview of documents</source>
        <translation>Vue d&apos;ensemble des documents</translation>
    </message>
    <message>
        <source>Send and receive now</source>
        <translation>Envoyer et recevoir maintenant</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Import scans as a new batch…</source>
        <translation>Importer des scans comme nouveau lot…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Key documents (keying station)</source>
        <translation>Saisir des documents (poste de saisie)</translation>
    </message>
    <message>
        <source>The overview could not be read from the central database</source>
        <translation>La vue d&apos;ensemble n&apos;a pas pu être lue dans la base centrale</translation>
    </message>
    <message>
        <source>keying — {0} ({1})</source>
        <translation>keying — {0} ({1})</translation>
    </message>
    <message>
        <source>The current row&apos;s cut texts, whole</source>
        <translation>Les textes coupés de la ligne choisie, en entier</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>Batch: {0}</source>
        <translation>Lot : {0}</translation>
    </message>
    <message>
        <source>Document {0} of {1} ({2})</source>
        <translation>Document {0} sur {1} ({2})</translation>
    </message>
    <message>
        <source>Pass {0}</source>
        <translation>Saisie {0}</translation>
    </message>
    <message>
        <source>Keyed today: {0}</source>
        <translation>Saisis aujourd&apos;hui : {0}</translation>
    </message>
    <message>
        <source>Sync: {0}</source>
        <translation>Synchro : {0}</translation>
    </message>
    <message>
        <source>Not signed out: decisions not saved</source>
        <translation>Pas de déconnexion : décisions non enregistrées</translation>
    </message>
    <message>
        <source>Adjudicate discrepancies</source>
        <translation>Arbitrer les écarts</translation>
    </message>
    <message>
        <source>Flagged pages</source>
        <translation>Pages signalées</translation>
    </message>
    <message>
        <source>Tasks held</source>
        <translation>Tâches détenues</translation>
    </message>
    <message>
        <source>Refused items</source>
        <translation>Éléments refusés</translation>
    </message>
    <message>
        <source>Train on gold documents</source>
        <translation>S&apos;entraîner sur des documents de référence</translation>
    </message>
    <message>
        <source>Trainees and qualifications</source>
        <translation>Stagiaires et qualifications</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>Trainees: documents, figures, qualified when</source>
        <translation>Stagiaires : documents, chiffres, qualifiés quand</translation>
    </message>
    <message>
        <source>Dashboard of keyer figures</source>
        <translation>Tableau de bord des chiffres des opérateurs</translation>
    </message>
    <message>
        <source>Page flag to confirm</source>
        <translation>Signalement de page à confirmer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Page {0} flagged: {1}.&lt;/b&gt; &lt;b&gt;Enter&lt;/b&gt; sends the document to a supervisor and opens the next one; &lt;b&gt;Ctrl+Z&lt;/b&gt; takes the flag back.</source>
        <translation>&lt;b&gt;Page {0} signalée : {1}.&lt;/b&gt; &lt;b&gt;Entrée&lt;/b&gt; envoie le document à un superviseur et ouvre le suivant ; &lt;b&gt;Ctrl+Z&lt;/b&gt; annule le signalement.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>concordant</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>nouvelle valeur</translation>
    </message>
    <message>
        <source>skipped a row kept</source>
        <translation>a sauté une ligne gardée</translation>
    </message>
    <message>
        <source>keyed a row left out</source>
        <translation>a saisi une ligne écartée</translation>
    </message>
    <message>
        <source>outvoted 2 of 3</source>
        <translation>mis en minorité 2 contre 1</translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation>(aucune ligne)</translation>
    </message>
    <message>
        <source>(to decide)</source>
        <translation>(à trancher)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>How it was decided</source>
        <translation>Comment elle a été décidée</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Errors are charged to keyers when the final record is written.</source>
        <translation>Les erreurs sont imputées aux opérateurs quand l’enregistrement final est écrit.</translation>
    </message>
    <message>
        <source>No error charged to a keyer: every pass kept agrees with the final record.</source>
        <translation>Aucune erreur imputée à un opérateur : chaque passage gardé concorde avec l’enregistrement final.</translation>
    </message>
    <message>
        <source>Errors charged to keyers: {0} (a pass whose value differs from the final one)</source>
        <translation>Erreurs imputées aux opérateurs : {0} (un passage dont la valeur diffère de la valeur finale)</translation>
    </message>
    <message>
        <source>Document {0}, read only</source>
        <translation>Document {0}, lecture seule</translation>
    </message>
    <message>
        <source>Document and status</source>
        <translation>Document et état</translation>
    </message>
    <message>
        <source>Values and how each was decided</source>
        <translation>Valeurs et comment chacune a été décidée</translation>
    </message>
    <message>
        <source>History of the document</source>
        <translation>Historique du document</translation>
    </message>
    <message>
        <source>Errors charged to keyers</source>
        <translation>Erreurs imputées aux opérateurs</translation>
    </message>
    <message>
        <source>{0} — {1} (read only)</source>
        <translation>{0} — {1} (lecture seule)</translation>
    </message>
    <message>
        <source>Final values</source>
        <translation>Valeurs finales</translation>
    </message>
    <message>
        <source>Values the passes agreed so far</source>
        <translation>Valeurs sur lesquelles les passages concordent jusqu’ici</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>it is no longer stored</source>
        <translation>il n’est plus enregistré</translation>
    </message>
    <message>
        <source>The document could not be opened: {0}</source>
        <translation>Le document n’a pas pu être ouvert : {0}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>page flag</source>
        <translation>signalement de page</translation>
    </message>
    <message>
        <source>keying</source>
        <translation>saisie</translation>
    </message>
    <message>
        <source>Items the central database refused</source>
        <translation>Éléments refusés par la base centrale</translation>
    </message>
    <message>
        <source>Keyings and page flags a workstation sent that the central database will never take (the reason says why). Each stays on its PC, kept, and is not sent again. F5 reads them again.</source>
        <translation>Saisies et signalements de page envoyés par un poste que la base centrale ne prendra jamais (la raison dit pourquoi). Chacun reste sur son PC, conservé, et n’est pas renvoyé. F5 les relit.</translation>
    </message>
    <message>
        <source>Refused items, by when, operator, PC and document</source>
        <translation>Éléments refusés, par date, opérateur, poste et document</translation>
    </message>
    <message>
        <source>Refused items message</source>
        <translation>Message des éléments refusés</translation>
    </message>
    <message>
        <source>Read the refused items again</source>
        <translation>Relire les éléments refusés</translation>
    </message>
    <message>
        <source>The refused items could not be read: {0}</source>
        <translation>Les éléments refusés n’ont pas pu être lus : {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n refused item(s)</source>
        <translation>
            <numerusform>%n élément refusé</numerusform>
            <numerusform>%n éléments refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>No item has been refused.</source>
        <translation>Aucun élément n’a été refusé.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Bail</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>expiré à l’instant</translation>
    </message>
    <message>
        <source>expired {0} ago</source>
        <translation>expiré il y a {0}</translation>
    </message>
    <message>
        <source>ends in under a minute</source>
        <translation>se termine dans moins d’une minute</translation>
    </message>
    <message>
        <source>ends in {0}</source>
        <translation>se termine dans {0}</translation>
    </message>
    <message>
        <source>{0} ago</source>
        <translation>il y a {0}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} jours</translation>
    </message>
    <message>
        <source>adjudicate</source>
        <translation>arbitrer</translation>
    </message>
    <message>
        <source>train</source>
        <translation>formation</translation>
    </message>
    <message>
        <source>key pass {0}</source>
        <translation>saisir le passage {0}</translation>
    </message>
    <message>
        <source>Release {0} of {1}, held by {2} on {3}?
Its draft stays on that PC. Reason (optional):</source>
        <translation>Libérer {0} de {1}, tenu par {2} sur {3} ?
Son brouillon reste sur ce PC. Raison (facultative) :</translation>
    </message>
    <message>
        <source>Release this task</source>
        <translation>Libérer cette tâche</translation>
    </message>
    <message>
        <source>Reading the tasks held…</source>
        <translation>Lecture des tâches détenues…</translation>
    </message>
    <message>
        <source>F5 reads them again · Delete releases the selected task</source>
        <translation>F5 les relit · Suppr libère la tâche choisie</translation>
    </message>
    <message>
        <source>Tasks held, by operator, PC, claim and lease</source>
        <translation>Tâches détenues, par opérateur, poste, réservation et bail</translation>
    </message>
    <message>
        <source>Tasks view message</source>
        <translation>Message de la vue des tâches</translation>
    </message>
    <message>
        <source>Read the tasks held again</source>
        <translation>Relire les tâches tenues</translation>
    </message>
    <message>
        <source>Release the selected task</source>
        <translation>Libérer la tâche choisie</translation>
    </message>
    <message>
        <source>The tasks held could not be read: {0}</source>
        <translation>Les tâches tenues n’ont pas pu être lues : {0}</translation>
    </message>
    <message>
        <source>{0} tasks held</source>
        <translation>{0} tâches tenues</translation>
    </message>
    <message>
        <source>No task is held.</source>
        <translation>Aucune tâche n’est tenue.</translation>
    </message>
    <message>
        <source>Select a task to release.</source>
        <translation>Choisissez une tâche à libérer.</translation>
    </message>
    <message>
        <source>Releasing {0} of {1}…</source>
        <translation>Libération de {0} de {1}…</translation>
    </message>
    <message>
        <source>Not released: {0}</source>
        <translation>Non libérée : {0}</translation>
    </message>
    <message>
        <source>Released {0} of {1}: it is back in the queue; the draft stays on {2}.</source>
        <translation>{0} de {1} libéré : de retour dans la file ; le brouillon reste sur {2}.</translation>
    </message>
    <message>
        <source>its PC</source>
        <translation>son PC</translation>
    </message>
    <message>
        <source>The sign-in failed: {0}</source>
        <translation>La connexion a échoué : {0}</translation>
    </message>
    <message>
        <source>This is the last field. Press F12 to finish the document.</source>
        <translation>C’est le dernier champ. Appuyez sur F12 pour terminer le document.</translation>
    </message>
    <message>
        <source>{0} The document is not finished: correct this field first (or press F2 / F3).</source>
        <translation>{0} Le document n’est pas terminé : corrigez d’abord ce champ (ou appuyez sur F2 / F3).</translation>
    </message>
    <message>
        <source>Entry form: {0}</source>
        <translation>Formulaire de saisie : {0}</translation>
    </message>
    <message>
        <source>Ctrl+Ins adds a row in a table; this field is not in a table.</source>
        <translation>Ctrl+Ins ajoute une ligne dans un tableau ; ce champ n’est pas dans un tableau.</translation>
    </message>
    <message>
        <source>{0}: at most {1} rows.</source>
        <translation>{0} : {1} lignes au plus.</translation>
    </message>
    <message>
        <source>no such code — {0}</source>
        <translation>code inconnu — {0}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>{0} is not a month</source>
        <translation>{0} n’est pas un mois</translation>
    </message>
    <message>
        <source>there is no month {0}</source>
        <translation>il n’y a pas de mois {0}</translation>
    </message>
    <message>
        <source>{0} {1} has no day {2}</source>
        <translation>{0} {1} n’a pas de jour {2}</translation>
    </message>
    <message>
        <source>illegible</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>blank on paper</source>
        <translation>vide sur le papier</translation>
    </message>
    <message>
        <source>{0}: {1}. Correct it, or press F2 / F3.</source>
        <translation>{0} : {1}. Corrigez-le, ou appuyez sur F2 / F3.</translation>
    </message>
    <message>
        <source>{0}: this value differs from the other keying. Look at the page again and key it once more.</source>
        <translation>{0} : cette valeur diffère de l’autre saisie. Regardez la page à nouveau et saisissez-la encore une fois.</translation>
    </message>
    <message>
        <source>{0} — recorded; keying goes on.</source>
        <translation>{0} — enregistré ; la saisie continue.</translation>
    </message>
    <message>
        <source>{0}: keyed as {1}.</source>
        <translation>{0} : saisi comme {1}.</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0} : {1}.</translation>
    </message>
    <message>
        <source>{0} is required: key the value, F3 if it is blank on paper, F2 if it cannot be read.</source>
        <translation>{0} est obligatoire : saisissez la valeur, F3 si elle est vide sur le papier, F2 si elle est illisible.</translation>
    </message>
    <message>
        <source>{0} failed — correct the fields, or press F12 again to finish as keyed (a supervisor will see the failed checks).</source>
        <translation>{0} en échec — corrigez les champs, ou appuyez à nouveau sur F12 pour terminer tel que saisi (un superviseur verra les contrôles en échec).</translation>
    </message>
    <message>
        <source>Document finished.</source>
        <translation>Document terminé.</translation>
    </message>
    <message>
        <source>1 check</source>
        <translation>1 contrôle</translation>
    </message>
    <message>
        <source>{0} checks</source>
        <translation>{0} contrôles</translation>
    </message>
    <message>
        <source>{0}, for example {1}</source>
        <translation>{0}, par exemple {1}</translation>
    </message>
    <message>
        <source>capital letter</source>
        <translation>lettre majuscule</translation>
    </message>
    <message>
        <source>capital letters</source>
        <translation>lettres majuscules</translation>
    </message>
    <message>
        <source>small letter</source>
        <translation>lettre minuscule</translation>
    </message>
    <message>
        <source>small letters</source>
        <translation>lettres minuscules</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>lettres</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>espaces</translation>
    </message>
    <message>
        <source>a {0}</source>
        <translation>1 {0}</translation>
    </message>
    <message>
        <source>any character</source>
        <translation>n’importe quel caractère</translation>
    </message>
    <message>
        <source>any characters</source>
        <translation>des caractères quelconques</translation>
    </message>
    <message>
        <source>{0} if written</source>
        <translation>{0} si écrit</translation>
    </message>
    <message>
        <source>any number of {0}</source>
        <translation>{0} en nombre quelconque</translation>
    </message>
    <message>
        <source>one or more {0}</source>
        <translation>{0} (au moins 1)</translation>
    </message>
    <message>
        <source>at least {0} {1}</source>
        <translation>au moins {0} {1}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0} to {1} {2}</source>
        <translation>{0} à {1} {2}</translation>
    </message>
    <message>
        <source>too long: at most {0} characters (this is {1})</source>
        <translation>trop long : {0} caractères au plus (celui-ci en a {1})</translation>
    </message>
    <message>
        <source>write it as {0}</source>
        <translation>écrivez-le ainsi : {0}</translation>
    </message>
    <message>
        <source>not written as this field asks</source>
        <translation>pas écrit comme ce champ le demande</translation>
    </message>
    <message>
        <source>below the minimum {0}</source>
        <translation>sous le minimum {0}</translation>
    </message>
    <message>
        <source>above the maximum {0}</source>
        <translation>au-dessus du maximum {0}</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} ou {1}</translation>
    </message>
    <message>
        <source>{0}, then {1}</source>
        <translation>{0}, puis {1}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>not a value of this field</source>
        <translation>pas une valeur de ce champ</translation>
    </message>
    <message>
        <source>Key exactly what is written.</source>
        <translation>Saisissez exactement ce qui est écrit.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Y (yes) or N (no)</source>
        <translation>Y (oui) ou N (non)</translation>
    </message>
    <message>
        <source>Type the code; its meaning shows beside the field.</source>
        <translation>Tapez le code ; son sens s’affiche à côté du champ.</translation>
    </message>
    <message>
        <source>one of the codes {0}</source>
        <translation>l’un des codes {0}</translation>
    </message>
    <message>
        <source>a date as {0}</source>
        <translation>une date au format {0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0} ; {1}</translation>
    </message>
    <message>
        <source>A date as {0}.</source>
        <translation>Une date au format {0}.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>A number; a decimal point, no currency sign.</source>
        <translation>Un nombre ; un point décimal, sans symbole monétaire.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Un nombre entier.</translation>
    </message>
    <message>
        <source>One row per written line; each cell as its column says.</source>
        <translation>Une ligne par ligne écrite ; chaque cellule comme l’indique sa colonne.</translation>
    </message>
    <message>
        <source>a time as HH:MM, 24-hour, for example 14:30</source>
        <translation>une heure au format HH:MM, sur 24 heures, par exemple 14:30</translation>
    </message>
    <message>
        <source>A time as HH:MM, 24-hour (14:30).</source>
        <translation>Une heure au format HH:MM, sur 24 heures (14:30).</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> et {0} de plus</translation>
    </message>
    <message>
        <source>Not saved yet — the central database does not answer ({0}). Kept here and sent again every {1} s (F5: now): {2}{3}.</source>
        <translation>Pas encore enregistré — la base centrale ne répond pas ({0}). Gardé ici et renvoyé toutes les {1} s (F5 : maintenant) : {2}{3}.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) not saved yet — the central database does not answer ({0}): {1}{2}.</source>
        <translation>
            <numerusform>%n décision pas encore enregistrée — la base centrale ne répond pas ({0}) : {1}{2}.</numerusform>
            <numerusform>%n décisions pas encore enregistrées — la base centrale ne répond pas ({0}) : {1}{2}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out now would lose them, so you stay signed in. They are kept on screen and sent again every 5 seconds (F5: now). Sign out once they are saved, or take them back with Ctrl+Z if you mean to drop them.</source>
        <translation>Se déconnecter maintenant les perdrait : vous restez connecté. Elles restent à l’écran et sont renvoyées toutes les 5 secondes (F5 : maintenant). Déconnectez-vous une fois qu’elles sont enregistrées, ou reprenez-les avec Ctrl+Z si vous voulez les abandonner.</translation>
    </message>
    <message>
        <source>new value &apos;{0}&apos;</source>
        <translation>nouvelle valeur « {0} »</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Nouvelle valeur :</translation>
    </message>
    <message>
        <source>Illegible — reason (optional), Enter decides:</source>
        <translation>Illisible — raison (facultative), Entrée décide :</translation>
    </message>
    <message>
        <source>Read from the page</source>
        <translation>Lu sur la page</translation>
    </message>
    <message>
        <source>Both passes misread the page</source>
        <translation>Les deux saisies ont mal lu la page</translation>
    </message>
    <message>
        <source>Smudged or damaged on the page</source>
        <translation>Taché ou abîmé sur la page</translation>
    </message>
    <message>
        <source>Written over or crossed out</source>
        <translation>Surchargé ou barré</translation>
    </message>
    <message>
        <source>Outside the field&apos;s zone</source>
        <translation>Hors de la zone du champ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Send back?</source>
        <translation>Renvoyer ?</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sans raison)</translation>
    </message>
    <message>
        <source>Reason, in your words</source>
        <translation>Motif, dans vos mots</translation>
    </message>
    <message>
        <source>reason in your words (optional)</source>
        <translation>raison dans vos mots (facultatif)</translation>
    </message>
    <message>
        <source>Why the value is refused</source>
        <translation>Pourquoi la valeur est refusée</translation>
    </message>
    <message>
        <source>Send {0} back for a third keying of {1}, by an operator who keyed neither pass? It cannot be undone. Enter sends it, Esc goes back.</source>
        <translation>Renvoyer {0} pour une troisième saisie de {1}, par un opérateur qui n’a saisi aucune des deux ? Ce n’est pas annulable. Entrée l’envoie, Échap revient.</translation>
    </message>
    <message>
        <source>Reading the refused items…</source>
        <translation>Lecture des éléments refusés…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>final record written</source>
        <translation>enregistrement final écrit</translation>
    </message>
    <message>
        <source>a page was flagged</source>
        <translation>une page a été signalée</translation>
    </message>
    <message>
        <source>1 discrepancy to decide</source>
        <translation>1 écart à trancher</translation>
    </message>
    <message>
        <source>{0} discrepancies to decide</source>
        <translation>{0} écarts à trancher</translation>
    </message>
    <message>
        <source>pass 3 of the fields sent back is being keyed</source>
        <translation>le passage 3 des champs renvoyés est en cours de saisie</translation>
    </message>
    <message>
        <source>pass {0} in, waiting for pass {1}</source>
        <translation>passage {0} reçu, en attente du passage {1}</translation>
    </message>
    <message>
        <source>no pass in yet</source>
        <translation>aucun passage reçu</translation>
    </message>
    <message>
        <source>no values yet: the passes are still being compared</source>
        <translation>pas encore de valeurs : les passages sont encore comparés</translation>
    </message>
    <message>
        <source>values are shown once the document is final (keying is blind)</source>
        <translation>les valeurs s’affichent une fois le document final (la saisie est en aveugle)</translation>
    </message>
    <message>
        <source>account disabled — {0} kept — tell your supervisor</source>
        <translation>compte désactivé — {0} conservés — prévenez votre superviseur</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <source>{0} to send</source>
        <translation>{0} à envoyer</translation>
    </message>
    <message>
        <source>offline — {0} waiting</source>
        <translation>hors ligne — {0} en attente</translation>
    </message>
    <message>
        <source>{0} — {1} refused</source>
        <translation>{0} — {1} refusés</translation>
    </message>
    <message>
        <source>Decide minor flags in bulk</source>
        <translation>Trancher les écarts mineurs en bloc</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decide 1 minor flag of {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trancher 1 écart mineur de {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decide {0} minor flags of {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trancher {0} écarts mineurs de {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} — the same content written differently ({1}). Each is stored as a decision of its own (reason “bulk: minor”); Ctrl+Z right after takes them all back.</source>
        <translation>{0} — le même contenu écrit autrement ({1}). Chacun est enregistré comme une décision à part (raison « bulk: minor ») ; Ctrl+Z juste après les annule tous.</translation>
    </message>
    <message>
        <source>The minor flags to decide</source>
        <translation>Les signalements mineurs à décider</translation>
    </message>
    <message>
        <source>{0}’s form for all ({0})</source>
        <translation>Forme de {0} pour toutes ({0})</translation>
    </message>
    <message>
        <source>{0}&apos;s form for all</source>
        <translation>Le formulaire de {0} pour tous</translation>
    </message>
    <message>
        <source>All keyers</source>
        <translation>Tous les opérateurs</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>débit</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>hot spots</source>
        <translation>points chauds</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>avancement</translation>
    </message>
    <message>
        <source>sampling</source>
        <translation>échantillonnage</translation>
    </message>
    <message>
        <source>T&amp;hroughput</source>
        <translation>Dé&amp;bit</translation>
    </message>
    <message>
        <source>&amp;Accuracy trend</source>
        <translation>&amp;Tendance de la précision</translation>
    </message>
    <message>
        <source>Error hot &amp;spots</source>
        <translation>Points c&amp;hauds d’erreurs</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>Ava&amp;ncement</translation>
    </message>
    <message>
        <source>Sa&amp;mpling</source>
        <translation>É&amp;chantillonnage</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>From day (any: no limit)</source>
        <translation>Du jour (aucun : sans limite)</translation>
    </message>
    <message>
        <source>To day (any: no limit)</source>
        <translation>Au jour (aucun : sans limite)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the figures of this tab to CSV</source>
        <translation>Exporter les chiffres de cet onglet en CSV</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Lot</translation>
    </message>
    <message>
        <source>Ke&amp;yer</source>
        <translation>&amp;Opérateur</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>Batch summary</source>
        <translation>Résumé du lot</translation>
    </message>
    <message>
        <source>Keystrokes per hour, per keyer</source>
        <translation>Frappes par heure, par opérateur</translation>
    </message>
    <message>
        <source>Errors per 1,000 fields, per keyer and day</source>
        <translation>Erreurs pour 1 000 champs, par opérateur et par jour</translation>
    </message>
    <message>
        <source>Errors per 1,000 passes: the ten worst fields</source>
        <translation>Erreurs pour 1 000 passages : les dix pires champs</translation>
    </message>
    <message>
        <source>Documents by stage</source>
        <translation>Documents par étape</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Dashboard figures</source>
        <translation>Chiffres du tableau de bord</translation>
    </message>
    <message>
        <source>{0} (table)</source>
        <translation>{0} (tableau)</translation>
    </message>
    <message>
        <source>Dashboard message</source>
        <translation>Message du tableau de bord</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>Relire les chiffres</translation>
    </message>
    <message>
        <source>Reading the batches…</source>
        <translation>Lecture des lots…</translation>
    </message>
    <message>
        <source>The batches could not be read: {0}</source>
        <translation>Les lots n’ont pas pu être lus : {0}</translation>
    </message>
    <message>
        <source>There is no batch yet.</source>
        <translation>Il n’y a encore aucun lot.</translation>
    </message>
    <message>
        <source>The first day is after the last: nothing to show.</source>
        <translation>Le premier jour est après le dernier : rien à montrer.</translation>
    </message>
    <message>
        <source>Reading the figures of {0}…</source>
        <translation>Lecture des chiffres de {0}…</translation>
    </message>
    <message>
        <source>The figures could not be read: {0}</source>
        <translation>Les chiffres n’ont pas pu être lus : {0}</translation>
    </message>
    <message>
        <source>{0} (form {1}): {2} documents, {3} final; {4} discrepancies in {5} fields ({6} %); residual error at most {7} per 1,000 fields</source>
        <translation>{0} (formulaire {1}) : {2} documents, {3} finaux ; {4} écarts dans {5} champs ({6} %) ; erreur résiduelle au plus {7} pour 1 000 champs</translation>
    </message>
    <message>
        <source>1 keyer</source>
        <translation>1 opérateur</translation>
    </message>
    <message>
        <source>{0} keyers</source>
        <translation>{0} opérateurs</translation>
    </message>
    <message>
        <source>no keying</source>
        <translation>aucune saisie</translation>
    </message>
    <message>
        <source>{0} {1} · F5 reads again · hot spots and progress are the whole batch&apos;s</source>
        <translation>{0} {1} · F5 relit · points chauds et avancement portent sur tout le lot</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>from {0} to {1} by {2}</source>
        <translation>du {0} au {1} par {2}</translation>
    </message>
    <message>
        <source>from {0} to {1}</source>
        <translation>du {0} au {1}</translation>
    </message>
    <message>
        <source>No figures to export yet.</source>
        <translation>Pas encore de chiffres à exporter.</translation>
    </message>
    <message>
        <source>Not exported: cannot write {0}: {1}</source>
        <translation>Non exporté : impossible d’écrire {0} : {1}</translation>
    </message>
    <message>
        <source>Exported the {0} figures to {1}</source>
        <translation>Chiffres de {0} exportés vers {1}</translation>
    </message>
    <message>
        <source>(nothing keyed)</source>
        <translation>(rien saisi)</translation>
    </message>
    <message>
        <source>characters substituted</source>
        <translation>caractères remplacés</translation>
    </message>
    <message>
        <source>two characters swapped</source>
        <translation>deux caractères intervertis</translation>
    </message>
    <message>
        <source>characters added in B</source>
        <translation>caractères ajoutés dans B</translation>
    </message>
    <message>
        <source>characters missing in B</source>
        <translation>caractères manquants dans B</translation>
    </message>
    <message>
        <source>the same words in another order</source>
        <translation>les mêmes mots dans un autre ordre</translation>
    </message>
    <message>
        <source>different values</source>
        <translation>valeurs différentes</translation>
    </message>
    <message>
        <source>one pass keyed nothing</source>
        <translation>un passage n’a rien saisi</translation>
    </message>
    <message>
        <source>a row only A keyed</source>
        <translation>une ligne saisie par A seul</translation>
    </message>
    <message>
        <source>a row only B keyed</source>
        <translation>une ligne saisie par B seul</translation>
    </message>
    <message>
        <source>one pass marked it illegible</source>
        <translation>un passage l’a marqué illisible</translation>
    </message>
    <message>
        <source>only one of three passes keyed a value</source>
        <translation>un seul des trois passages a saisi une valeur</translation>
    </message>
    <message>
        <source>required, and no pass keyed it</source>
        <translation>obligatoire, et aucun passage ne l’a saisi</translation>
    </message>
    <message>
        <source>letter case only</source>
        <translation>casse des lettres seulement</translation>
    </message>
    <message>
        <source>spacing or punctuation between words</source>
        <translation>espaces ou ponctuation entre les mots</translation>
    </message>
    <message>
        <source>the separator between names</source>
        <translation>le séparateur entre les noms</translation>
    </message>
    <message>
        <source>a word and its abbreviation</source>
        <translation>un mot et son abréviation</translation>
    </message>
    <message>
        <source>a no-value word against nothing</source>
        <translation>un mot « sans valeur » contre rien</translation>
    </message>
    <message>
        <source>include this row</source>
        <translation>inclure cette ligne</translation>
    </message>
    <message>
        <source>leave the row out</source>
        <translation>laisser la ligne de côté</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>Divergence</translation>
    </message>
    <message>
        <source>Document and progress</source>
        <translation>Document et avancement</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Kind and explanation</source>
        <translation>Nature et explication</translation>
    </message>
    <message>
        <source>the same content written differently</source>
        <translation>le même contenu écrit autrement</translation>
    </message>
    <message>
        <source>{0} (minor: {1})</source>
        <translation>{0} (mineur : {1})</translation>
    </message>
    <message>
        <source>On the page</source>
        <translation>Sur la page</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>A / B: take that value</source>
        <translation>A / B : prendre cette valeur</translation>
    </message>
    <message>
        <source>Ctrl+B: send back</source>
        <translation>Ctrl+B : renvoyer</translation>
    </message>
    <message>
        <source>Ctrl+M: minor flags only</source>
        <translation>Ctrl+M : écarts mineurs seulement</translation>
    </message>
    <message>
        <source>F or Esc: back to one discrepancy at a time</source>
        <translation>F ou Échap : retour à un écart à la fois</translation>
    </message>
    <message>
        <source>minor: {0}</source>
        <translation>mineur : {0}</translation>
    </message>
    <message>
        <source>the field on the page</source>
        <translation>le champ sur la page</translation>
    </message>
    <message>
        <source>Same field across the batch: {0}</source>
        <translation>Même champ dans tout le lot : {0}</translation>
    </message>
    <message>
        <source>Same field</source>
        <translation>Même champ</translation>
    </message>
    <message>
        <source>{0} in every document of the batch</source>
        <translation>{0} dans chaque document du lot</translation>
    </message>
    <message>
        <source>minor flags only (Ctrl+M: all)</source>
        <translation>écarts mineurs seulement (Ctrl+M : tous)</translation>
    </message>
    <message>
        <source>{0} of them minor</source>
        <translation>dont {0} mineurs</translation>
    </message>
    <message>
        <source>{0} across the batch: {1} open of {2}, {3}</source>
        <translation>{0} dans tout le lot : {1} ouverts sur {2}, {3}</translation>
    </message>
    <message>
        <source>{0} — fetching…</source>
        <translation>{0} — chargement…</translation>
    </message>
    <message>
        <source>No open minor flags of {0}.</source>
        <translation>Aucun écart mineur ouvert pour {0}.</translation>
    </message>
    <message>
        <source>Nothing decided.</source>
        <translation>Rien de décidé.</translation>
    </message>
    <message>
        <source>{0} minor flags of {1} ({2}) decided for {3}&apos;s form. Ctrl+Z now takes them all back.</source>
        <translation>{0} écarts mineurs de {1} ({2}) tranchés pour la forme de {3}. Ctrl+Z maintenant les annule tous.</translation>
    </message>
    <message>
        <source>No document is highlighted.</source>
        <translation>Aucun document n’est en surbrillance.</translation>
    </message>
    <message>
        <source>Same field: {0}</source>
        <translation>Même champ : {0}</translation>
    </message>
    <message>
        <source>{0} open of {1}</source>
        <translation>{0} ouverts sur {1}</translation>
    </message>
    <message>
        <source>Wrong login or password, or the account is disabled.</source>
        <translation>Identifiant ou mot de passe erroné, ou compte désactivé.</translation>
    </message>
    <message>
        <source>This login is locked after {0} wrong passwords: ask an admin to unlock it (keying user unlock).</source>
        <translation>Cet identifiant est bloqué après {0} mots de passe erronés : demandez à un administrateur de le débloquer (keying user unlock).</translation>
    </message>
    <message>
        <source>Too many wrong passwords: wait {0} s before trying this login again.</source>
        <translation>Trop de mots de passe erronés : attendez {0} s avant de réessayer cet identifiant.</translation>
    </message>
    <message>
        <source>keying cannot start</source>
        <translation>keying ne peut pas démarrer</translation>
    </message>
    <message>
        <source>keying: work was lost on this PC</source>
        <translation>keying : du travail a été perdu sur ce PC</translation>
    </message>
    <message>
        <source>Loading the page…</source>
        <translation>Chargement de la page…</translation>
    </message>
    <message>
        <source>the page&apos;s image is missing</source>
        <translation>l’image de la page manque</translation>
    </message>
    <message>
        <source>The page cannot be shown: {0}.
Decide from the values, or send the document back.</source>
        <translation>La page ne peut pas être affichée : {0}.
Décidez d’après les valeurs, ou renvoyez le document.</translation>
    </message>
    <message>
        <source> (and {0} more documents)</source>
        <translation> (et {0} autres documents)</translation>
    </message>
    <message>
        <source>Passed over, tell your administrator: {0}{1}</source>
        <translation>Laissé de côté, prévenez votre administrateur : {0}{1}</translation>
    </message>
    <message>
        <source>Not sent back: {0}</source>
        <translation>Non renvoyé : {0}</translation>
    </message>
    <message>
        <source>{0} sent back for a third keying of {1}.</source>
        <translation>{0} renvoyé pour une troisième saisie de {1}.</translation>
    </message>
    <message>
        <source>Trainees could not be read: {0}</source>
        <translation>Les stagiaires n’ont pas pu être lus : {0}</translation>
    </message>
    <message>
        <source>{0} (chart; the table beside it has the same numbers)</source>
        <translation>{0} (graphique ; le tableau à côté donne les mêmes chiffres)</translation>
    </message>
    <message>
        <source>Page and form</source>
        <translation>Page et formulaire</translation>
    </message>
    <message>
        <source>{0}: column {1}</source>
        <translation>{0} : colonne {1}</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>Ligne {0}</translation>
    </message>
    <message>
        <source>{0}, row {1}, {2}</source>
        <translation>{0}, ligne {1}, {2}</translation>
    </message>
    <message>
        <source>Tell your supervisor.</source>
        <translation>Prévenez votre superviseur.</translation>
    </message>
    <message>
        <source>Make that folder writable for this user, or start keying with KEYING_DATA_DIR set to a writable folder.</source>
        <translation>Rendez ce dossier accessible en écriture pour cet utilisateur, ou lancez keying avec KEYING_DATA_DIR réglé sur un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>The workstation cache {0} could not be used: {1}. It is kept as {2} (nothing was overwritten) and a new, empty cache was started.</source>
        <translation>Le cache du poste {0} n’a pas pu être utilisé : {1}. Il est conservé sous {2} (rien n’a été écrasé) et un nouveau cache vide a été créé.</translation>
    </message>
    <message>
        <source>The workstation cache {0} was missing; a new, empty one was started.</source>
        <translation>Le cache du poste {0} manquait ; un nouveau cache vide a été créé.</translation>
    </message>
    <message>
        <source>The central database could not be reached, so the documents this PC had claimed stay claimed until their leases expire.</source>
        <translation>La base centrale n’a pas pu être jointe : les documents que ce poste avait réservés le restent jusqu’à l’expiration de leurs baux.</translation>
    </message>
    <message>
        <source>Lost with it: what was keyed and not yet sent of {0}. These documents were released and will be keyed again.</source>
        <translation>Perdu avec lui : ce qui avait été saisi et pas encore envoyé de {0}. Ces documents ont été libérés et seront saisis à nouveau.</translation>
    </message>
    <message>
        <source>No document claimed by this PC was lost.</source>
        <translation>Aucun document réservé par ce poste n’a été perdu.</translation>
    </message>
    <message>
        <source>Free space on that disk, then start keying again.</source>
        <translation>Libérez de la place sur ce disque, puis relancez keying.</translation>
    </message>
    <message>
        <source>The workstation cache cannot be used: {0}.</source>
        <translation>Le cache du poste ne peut pas être utilisé : {0}.</translation>
    </message>
    <message>
        <source>The data folder {0} cannot be written ({1}): keying keeps its central database {2} there.</source>
        <translation>Le dossier de données {0} n’est pas accessible en écriture ({1}) : keying y garde sa base centrale {2}.</translation>
    </message>
    <message>
        <source>The central database {0} could not be opened.</source>
        <translation>La base centrale {0} n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Check that the database server is running and reachable from this PC and that the URL (--database-url or KEYING_DATABASE_URL) is right; then start keying again.</source>
        <translation>Vérifiez que le serveur de base de données fonctionne et est joignable depuis ce poste, et que l’URL (--database-url ou KEYING_DATABASE_URL) est juste ; puis relancez keying.</translation>
    </message>
</context>
</TS>
